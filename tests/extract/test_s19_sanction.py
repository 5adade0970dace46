"""Hostile and material acts told plainly (session 19): ambassadors recalled told by a noun or
in the progressive ("ordered the recall of their ambassadors", "was recalling its envoys"),
an expulsion told by a noun ("announced the expulsion of ... employees of the X embassy"), the
state whose embassy's staff are expelled, relations "broke" without "off", transactions
suspended with a state, a freeze of assets named by a noun after "ordered"/"announced", borders
and airspace reopened to a state (an easing, CONCEDE 085), "border troops" of two states
exchanging fire, and units put on readiness with a longer object; and the guards: negations,
hypotheticals, questions, futures, reopenings for something else."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 10, 18)
POLAND, BELARUS, LITHUANIA, RUSSIA, NIGER, NIGERIA = "Q36", "Q184", "Q37", "Q159", "Q1032", "Q1033"
ECUADOR, MEXICO, EGYPT, LIBYA, ARMENIA, AZERBAIJAN = "Q736", "Q96", "Q79", "Q1016", "Q399", "Q227"
CHAD, SUDAN = "Q657", "Q1049"


def _events(text: str, event_type: str) -> list[tuple[set[str], set[str], str]]:
    """(actors, recipients, cameo) of the events of one type."""
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == event_type
    ]


def _pairs(text: str, event_type: str) -> list[tuple[set[str], set[str]]]:
    return [(a, r) for a, r, _ in _events(text, event_type)]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Niger was recalling its ambassadors from Nigeria, the state television said.",
            NIGER,
            NIGERIA,
        ),
        ("Chad recalls its ambassador from Sudan over the border incident.", CHAD, SUDAN),
        ("Chad ordered the recall of its ambassador from Khartoum on Monday.", CHAD, SUDAN),
        ("Ecuador broke diplomatic relations with Mexico in April 2024.", ECUADOR, MEXICO),
        ("The Government of Ecuador broke relations with Mexico after the raid.", ECUADOR, MEXICO),
        (
            "Lithuania announced the expulsion of four employees of the Russian embassy.",
            LITHUANIA,
            RUSSIA,
        ),
        (
            "Poland has declared 12 employees of the Belarusian embassy in Warsaw persona non "
            "grata.",
            POLAND,
            BELARUS,
        ),
        (
            "Lithuania ordered the expulsion of three diplomats of the Belarusian embassy in "
            "Vilnius.",
            LITHUANIA,
            BELARUS,
        ),
    ],
)
def test_diplomatic_sanctions(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}) in _pairs(text, "SANCTION")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Niger suspended all financial transactions with Nigeria on Tuesday.", NIGER, NIGERIA),
        (
            "Chad suspended all commercial and financial transactions with Sudan.",
            CHAD,
            SUDAN,
        ),
    ],
)
def test_transactions_suspended(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}) in _pairs(text, "SANCTION")


def test_freezing_of_assets_ordered() -> None:
    text = "Poland ordered the freezing of Belarusian state assets held in its banks."
    assert ({POLAND}, {BELARUS}) in _pairs(text, "SANCTION")


def test_no_state_sanctions_itself() -> None:
    # "the leaders" read as the states just named, the recalled-from capital's state among them
    text = (
        "The summit brought together the leaders of Niger, Ghana and Chad. The leaders also "
        "ordered the recall of their ambassadors from Niamey."
    )
    assert not any(NIGER in a for a, _ in _pairs(text, "SANCTION"))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt reopened its airspace and its land borders to Libya.",
        "Egypt reopened its land, sea and air borders to the State of Libya on Monday.",
        "Egypt reopens its borders with Libya after a year.",
    ],
)
def test_borders_reopened_to_a_state(text: str) -> None:
    assert ({EGYPT}, {LIBYA}, "085") in _events(text, "CONCEDE")


def test_border_troops_exchanged_fire() -> None:
    text = "Armenian and Azerbaijani border troops exchanged fire at several points on Tuesday."
    assert any(a == {ARMENIA, AZERBAIJAN} for a, _ in _pairs(text, "ASSAULT"))


def test_units_near_the_border_on_readiness() -> None:
    text = (
        "Armenia put several army units near the border on the highest level of combat "
        "readiness on Tuesday."
    )
    assert any(a == {ARMENIA} for a, _ in _pairs(text, "MOBILIZE"))


@pytest.mark.parametrize(
    "text",
    [
        "Niger did not recall its ambassador from Nigeria.",
        "Niger could break diplomatic relations with Nigeria if the raids continue.",
        "Will Niger break diplomatic relations with Nigeria?",
        "Niger will suspend all financial transactions with Nigeria next month.",
        "Niger threatened to break diplomatic relations with Nigeria.",
        "The minister said the recall of its ambassador from Nigeria was not on the agenda.",
    ],
)
def test_no_sanction(text: str) -> None:
    assert _pairs(text, "SANCTION") == []


@pytest.mark.parametrize(
    "text",
    [
        "Egypt did not reopen its airspace to Libya.",
        "Egypt could reopen its borders to Libya next year.",
        "Egypt reopened its border crossing for aid convoys.",
        "Egypt reopened its embassy in Libya.",
    ],
)
def test_no_reopening(text: str) -> None:
    assert _events(text, "CONCEDE") == []
