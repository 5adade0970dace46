"""Street demonstrations in a city (session 42b, protest); another state's people returned.

The sentences are written for this session in wire style (none from a gold set). Conventions
followed (the blind25 and blind33 gold):

- "Dozens of students rallied outside the parliament building in Yerevan, chanting slogans
  against the Azerbaijani government": a crowd demonstrating in a city, with a sign of protest
  told after it, is PROTEST 141 by the crowd (unlinked, written as the embassy rule writes it),
  with the city as ``place``, at the state it is told to be against, else at no one.
- Not: a rally with no sign of protest, one to mourn, one in support of a state, one planned,
  negated or not allowed, one against an unnamed government (the gold is split between the
  city's own state and no one), nor a crowd told only by a people's name.
- "Baku returned 17 Armenian servicemen", "Moscow repatriated 20 Ukrainian prisoners": another
  state's people sent back to it are released to it, CONCEDE 0841 at their state (as "handed
  over 55 Russian prisoners"; the blind21 gold codes "the return by Baku of 17 Armenian
  servicemen" so). Not one's own nationals, nor bodies, nor a negated or hypothetical return.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 15)  # a Friday

RUSSIA, AZERBAIJAN, ISRAEL, ARMENIA, UKRAINE = "Q159", "Q227", "Q801", "Q399", "Q212"
TBILISI, YEREVAN, RABAT, AMMAN = "Q994", "Q1953", "Q3551", "Q3805"


def _protests(body: str) -> list[tuple[set[str], set[str], set[str], str]]:
    return [
        (
            keys(f.get("actor")),
            keys(f.get("recipient")),
            keys(f.get("place")),
            str(f.get("date")[0]) if f.get("date") else "",
        )
        for f in facts(body, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "PROTEST"
    ]


POSITIVES = [
    (
        "Dozens of students rallied outside the parliament building in Yerevan on Thursday, "
        "chanting slogans against the Azerbaijani government.",
        ({"students"}, {AZERBAIJAN}, {YEREVAN}, "2024-03-14"),
    ),
    (
        "Several hundred opposition supporters demonstrated in front of Parliament in Tbilisi "
        "on Wednesday evening to protest against the Russian government.",
        ({"Several hundred opposition supporters"}, {RUSSIA}, {TBILISI}, "2024-03-13"),
    ),
    (
        "Thousands of protesters took to the streets of Amman on Friday to denounce Israel.",
        ({"protesters"}, {ISRAEL}, {AMMAN}, "2024-03-15"),
    ),
    (
        "A few hundred activists gathered in Rabat on Thursday to protest against the "
        "minister's visit, chanting slogans in support of the Palestinians.",
        ({"A few hundred activists"}, set(), {RABAT}, "2024-03-14"),
    ),
]

NEGATIVES = [
    "Dozens of students rallied in Yerevan on Thursday.",
    "Several hundred people gathered in Tbilisi to mourn the victims of the earthquake.",
    "Hundreds of people rallied in Tbilisi in support of Ukraine, chanting slogans.",
    "Opposition activists plan to rally in Tbilisi on Sunday against the Russian government.",
    "Protesters were not allowed to gather in Yerevan against the Azerbaijani government.",
    "Protesters did not rally in Amman against Israel.",
    "Hundreds of students marched in Tbilisi on Thursday against the government.",
    "Tens of thousands of Armenians took to the streets of Yerevan to denounce Azerbaijan.",
    "Hundreds of people rallied in Tbilisi on Sunday, chanting slogans in solidarity with Ukraine.",
    "Hundreds of people rallied in Amman on Friday to demand the release of the prisoners.",
    "Officials said dozens of people rallied in Amman against Israel.",
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_a_street_protest_in_a_city(
    text: str, want: tuple[set[str], set[str], set[str], str]
) -> None:
    assert want in _protests(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_street_protest(text: str) -> None:
    assert _protests(text) == []


def _concessions(body: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(body, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "CONCEDE"
    ]


RETURNED = [
    (
        "Azerbaijan returned 17 Armenian servicemen on Tuesday.",
        ({AZERBAIJAN}, {ARMENIA}, "0841"),
    ),
    (
        "Russia repatriated 20 Ukrainian prisoners of war on Friday.",
        ({RUSSIA}, {UKRAINE}, "0841"),
    ),
    (
        "Moscow sent back 12 Ukrainian soldiers on Thursday.",
        ({RUSSIA}, {UKRAINE}, "0841"),
    ),
]

NOT_RETURNED = [
    "Azerbaijan has not returned the 17 Armenian servicemen.",
    "If Azerbaijan returned 17 Armenian servicemen, talks could resume.",
    "Azerbaijan will return 17 Armenian servicemen next week.",
    "Kazakhstan returned 200 Kazakh citizens from Syria last year.",
    "Ukraine returned the bodies of 50 Russian soldiers.",
    "Seventeen Armenian servicemen returned to Yerevan on Tuesday.",
]


@pytest.mark.parametrize(("text", "want"), RETURNED)
def test_another_states_people_returned(text: str, want: tuple[set[str], set[str], str]) -> None:
    assert want in _concessions(text)


@pytest.mark.parametrize("text", NOT_RETURNED)
def test_no_return_released(text: str) -> None:
    assert all(code != "0841" for _, _, code in _concessions(text))
