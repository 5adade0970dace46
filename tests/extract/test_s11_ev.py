"""Visits with the purpose stated ("visited Bagan, Myanmar, for talks with ..."), dates of weeks
and weekends at the precision they support, and appeals to the leaders or authorities "in" a
state (session 11)."""

from __future__ import annotations

import datetime as dt
from re import _parser  # type: ignore[attr-defined]

import pytest

from dipld.extract import meetings
from dipld.extract.spans import _WORD
from dipld.model import Entity, Fact, TimeValue
from dipld.temporal import find_dates
from tests.extract.test_patterns import facts
from tests.extract.test_s10_rel import _never, _without

SATURDAY = dt.date(2023, 5, 20)


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _dates(fact: Fact) -> list[str]:
    return [v.lexical for v in fact.get("date") if isinstance(v, TimeValue)]


def _meetings(text: str, date: dt.date = SATURDAY) -> list[Fact]:
    return [f for f in facts(text, date) if f.cls.value == "Meeting"]


def _events(text: str, date: dt.date = SATURDAY) -> list[tuple[str, set[str], set[str]]]:
    return [
        (str(f.get("eventType")[0]), _keys(f, "actor"), _keys(f, "recipient"))
        for f in facts(text, date)
        if f.cls.value == "Event"
    ]


JAISHANKAR, LAVROV, MODI, BIDEN = "Q16186720", "Q58217", "Q1058", "Q6279"
MYANMAR, NAYPYIDAW, HIROSHIMA = "Q836", "Q37400", "Q34664"


@pytest.mark.parametrize(
    ("text", "participants", "place", "date"),
    [
        # a town the KB does not know, in the state named after it: the state is the place
        (
            "External Affairs Minister S. Jaishankar visited Bagan, Myanmar, for talks with "
            "Foreign Minister Than Swe.",
            {JAISHANKAR, "Than Swe"},
            MYANMAR,
            None,
        ),
        (
            "Foreign Minister Sergey Lavrov travelled to Bagan, Myanmar, to meet Foreign "
            "Minister Than Swe on Friday.",
            {LAVROV, "Than Swe"},
            MYANMAR,
            "2023-05-19",
        ),
        (
            "Foreign Minister Sergey Lavrov arrived in Bagan, Myanmar, on Tuesday for talks with "
            "Foreign Minister Than Swe.",
            {LAVROV, "Than Swe"},
            MYANMAR,
            "2023-05-16",
        ),
        (
            "Foreign Minister Sergey Lavrov was in Bagan, Myanmar, for consultations with "
            "Foreign Minister Than Swe.",
            {LAVROV, "Than Swe"},
            MYANMAR,
            None,
        ),
        # a known city with its state after it: the city, and the one met (not the state)
        (
            "Foreign Minister Sergey Lavrov travelled to Naypyidaw, Myanmar, for talks with "
            "Foreign Minister Than Swe.",
            {LAVROV, "Than Swe"},
            NAYPYIDAW,
            None,
        ),
        (
            "Foreign Minister Sergey Lavrov was in Naypyidaw, Myanmar, on Monday for talks with "
            "Foreign Minister Than Swe.",
            {LAVROV, "Than Swe"},
            NAYPYIDAW,
            "2023-05-15",
        ),
        (
            "Prime Minister Narendra Modi travelled to Hiroshima, Japan, to meet President Joe "
            "Biden on Sunday.",
            {MODI, BIDEN},
            HIROSHIMA,
            "2023-05-14",
        ),
        # a town alone: the meeting, with no place
        (
            "Foreign Minister Sergey Lavrov was in Bagan for consultations with Foreign Minister "
            "Than Swe.",
            {LAVROV, "Than Swe"},
            None,
            None,
        ),
    ],
)
def test_a_visit_for_talks_is_a_meeting_with_the_one_met(
    text: str, participants: set[str], place: str | None, date: str | None
) -> None:
    found = _meetings(text)
    assert len(found) == 1, found
    meeting = found[0]
    assert _keys(meeting, "participant") == participants
    assert [str(c) for c in meeting.get("cameoCode")] == ["042"]
    assert _keys(meeting, "place") == ({place} if place else set())
    assert _dates(meeting) == ([date] if date else [])


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Sergey Lavrov will travel to Bagan, Myanmar, for talks with Foreign "
        "Minister Than Swe next week.",
        "Foreign Minister Sergey Lavrov is expected to arrive in Bagan, Myanmar, on Tuesday for "
        "talks with Foreign Minister Than Swe.",
        "Foreign Minister Sergey Lavrov did not travel to Bagan, Myanmar, for talks with Foreign "
        "Minister Than Swe.",
        "Foreign Minister Sergey Lavrov visited Bagan for its temples.",
        "Foreign Minister Sergey Lavrov was in Bagan for talks.",
        "Foreign Minister Sergey Lavrov was in Charge of talks with Foreign Minister Than Swe.",
    ],
)
def test_no_visit_that_is_not_or_not_yet_a_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a week within one month: the month; across two: the year; across two years: none
        ("Earlier this week, they met.", SATURDAY, ["2023-05"]),
        ("They met earlier this week.", dt.date(2023, 5, 1), []),  # (a Monday: no earlier day)
        ("They met this week.", dt.date(2023, 5, 31), ["2023"]),
        ("They met last week.", dt.date(2023, 5, 1), ["2023-04"]),
        ("They will meet next week.", dt.date(2023, 12, 29), ["2024-01"]),
        ("They will meet later this week.", dt.date(2023, 5, 31), ["2023-06"]),
        ("They met last week.", dt.date(2021, 1, 6), []),
        ("They met over the weekend.", dt.date(2023, 5, 22), ["2023-05"]),
        ("They met at the weekend.", dt.date(2023, 5, 1), ["2023"]),
        ("They met last weekend.", SATURDAY, ["2023-05"]),
        ("They will meet this weekend.", dt.date(2023, 5, 31), ["2023-06"]),
        # a weekday of a named week is that week's day
        ("They met on Thursday last week.", SATURDAY, ["2023-05-11"]),
        ("They met on Monday of last week.", SATURDAY, ["2023-05-08"]),
        ("They will meet on Monday next week.", SATURDAY, ["2023-05-22"]),
        ("They met on Monday last.", SATURDAY, ["2023-05-15"]),
        # a span that ends with the article, not the calendar month or year before it
        ("Trade grew in the past month.", SATURDAY, ["2023"]),
        ("Trade grew over the past year.", SATURDAY, []),
        ("Trade grew over the last year.", SATURDAY, []),
        ("They met twice over the last week.", SATURDAY, ["2023-05"]),
        # not a date of the article's weeks
        ("in the last week of March", SATURDAY, ["2023-03"]),
        ("the last year of his term", SATURDAY, []),
        ("a weekend of talks", SATURDAY, []),
        ("They met the day before.", SATURDAY, []),
        ("earlier this month", SATURDAY, ["2023-05"]),
        ("last month", SATURDAY, ["2023-04"]),
    ],
)
def test_weeks_and_weekends_resolve_at_the_precision_they_support(
    text: str, ref: dt.date, expected: list[str]
) -> None:
    assert [d.value.lexical for d in find_dates(text, ref)] == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Earlier this week, Lavrov met Chinese Foreign Minister Qin Gang in Moscow.",
            "2023-05",
        ),
        ("Lavrov met Qin Gang in Moscow over the weekend.", "2023-05"),
        ("Lavrov met Qin Gang in Moscow on Monday last week.", "2023-05-08"),
    ],
)
def test_a_meeting_of_a_week_is_dated_by_its_month(text: str, date: str) -> None:
    (meeting,) = _meetings(text)
    assert _dates(meeting) == [date]


def test_a_meeting_of_a_week_across_two_years_has_no_date() -> None:
    (meeting,) = _meetings("Lavrov met Qin Gang in Moscow last week.", dt.date(2021, 1, 6))
    assert _dates(meeting) == []


def test_a_meeting_next_week_is_no_meeting() -> None:
    assert _meetings("Lavrov will meet Qin Gang in Moscow next week.") == []


def test_an_act_of_last_week_is_dated_by_its_month() -> None:
    (event,) = [f for f in facts("Russia condemned Ukraine last week.", SATURDAY)]
    assert _dates(event) == ["2023-05"]


EU, GEORGIA, ARMENIA, SUDAN, BELARUS, MOLDOVA = "Q458", "Q230", "Q399", "Q1049", "Q184", "Q217"


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        (
            "The EU calls on all political leaders in Georgia to refrain from violence.",
            {EU},
            {GEORGIA},
        ),
        (
            "The United States urged political leaders in Armenia to resolve their differences "
            "peacefully.",
            {"Q30"},
            {ARMENIA},
        ),
        (
            "The EU calls on the political leadership of Georgia to engage in dialogue.",
            {EU},
            {GEORGIA},
        ),
        (
            "The EU calls on all political actors in Georgia and Armenia to refrain from violence.",
            {EU},
            {GEORGIA, ARMENIA},
        ),
        (
            "The OSCE called on all political forces in Moldova to respect the election results.",
            {"Q81299"},
            {MOLDOVA},
        ),
        ("The EU called on the authorities in Minsk to resume talks.", {EU}, {BELARUS}),
        (
            "The EU calls on all parties to the conflict in Sudan to agree a ceasefire.",
            {EU},
            {SUDAN},
        ),
        # an organisation and its members, the present tense of statements
        (
            "The EU and its member states call on the authorities of Georgia to respect freedom "
            "of assembly.",
            {EU},
            {GEORGIA},
        ),
        (
            "The Council of Europe appeals to all political forces in Armenia to refrain from "
            "violence.",
            {"Q8908"},
            {ARMENIA},
        ),
        ("France called on Mali's government to hold elections.", {"Q142"}, {"Q912"}),
    ],
)
def test_an_appeal_to_the_leaders_in_a_state_is_a_request_to_the_state(
    text: str, actors: set[str], recipients: set[str]
) -> None:
    assert _events(text) == [("REQUEST", actors, recipients)]


@pytest.mark.parametrize(
    "text",
    [
        # no one named is asked
        "The European Union calls on all parties to refrain from violence.",
        "The UN urges all sides to exercise restraint.",
        "The EU calls on all political leaders to refrain from violence in Georgia.",
        # negated, hedged, not an appeal
        "The EU did not call on political leaders in Georgia to resign.",
        "The EU could call on political leaders in Georgia to resign.",
        "The EU praised political leaders in Georgia for their restraint.",
        "The UN called on the local authorities in Aleppo to open the roads.",
        "Ukraine's appeals to the UN went unheeded.",
        "The deal appeals to China.",
    ],
)
def test_no_request_without_a_named_recipient(text: str) -> None:
    assert [e for e in _events(text) if e[0] == "REQUEST"] == []


# the gates before _VISIT_TOWN: one of its verbs, and one of the words _VISIT_HOST needs
@pytest.mark.parametrize(
    "masked",
    [
        "§P0§ visited Bagan for talks with §P1§",
        "§P0§ arrived in Bagan to hold consultations with §P1§",
        "§P0§ travelled to Bagan to attend meetings with §P1§",
        "§P0§ traveled to Bagan for the annual summit with §P1§",
        "§P0§ was in Bagan for the strategic dialogue with §P1§",
        "§P0§ is in Bagan to meet §P1§",
        "§P0§ visited Bagan and met with §P1§",
        "§P0§ visited Bagan, where §P1§ held talks with §P2§",
        "§P0§ visited Bagan for a meeting with §P1§",
    ],
)
def test_every_visit_to_a_town_passes_its_gates(masked: str) -> None:
    m = meetings._VISIT_TOWN.search(masked)
    assert m is not None and meetings._VISIT_HOST.match(masked, m.end()), masked
    words = frozenset(_WORD.findall(masked.lower()))
    assert not meetings._K_VISIT_TOWN.isdisjoint(words), masked
    assert not meetings._K_VISIT_TOWN_WHY.isdisjoint(words), masked


def test_no_visit_to_a_town_without_its_gate_words() -> None:
    for regex in (meetings._VISIT_TOWN, meetings._VISIT_HOST):
        assert not _never(list(_parser.parse(regex.pattern, regex.flags)))
    verbs = ("visited", "arrived", "travel(?:l)?ed", "(?:was|is)")
    blanked = _without(meetings._VISIT_TOWN, verbs)
    assert _never(list(_parser.parse(blanked, meetings._VISIT_TOWN.flags))), blanked
    why = ("talks", "meet", "met", "consultations", "[Ss]ummit", "[Dd]ialogue", "received")
    blanked = _without(meetings._VISIT_HOST, why)
    assert _never(list(_parser.parse(blanked, meetings._VISIT_HOST.flags))), blanked
