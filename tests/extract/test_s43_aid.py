"""AID recipients named as people (session 43).

The sentences are written for this session (none from a gold set). Convention followed (the
development and spent gold's, counted this session): aid told as going to the people of Gaza,
the Palestinian people or Palestinians in Gaza goes to those people as written, an unlinked
recipient (seven of the gold's eight such sentences), not to the State of Palestine; aid to "the
people of Sudan" stays with the state.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

EGYPT, NORWAY, JAPAN, SUDAN, PALESTINE = "Q79", "Q20", "Q17", "Q1049", "Q219060"


def _aid(text: str) -> list[tuple[set[str], set[str], str]]:
    return [(a, r, c) for k, a, r, c in typed_events(text) if k == "AID"]


@pytest.mark.parametrize(
    ("text", "giver", "people"),
    [
        (
            "Egypt has delivered 500 tonnes of humanitarian aid to the Palestinian people.",
            EGYPT,
            "Palestinian people",
        ),
        (
            "Norway provided $20 million in humanitarian assistance to Palestinians in Gaza.",
            NORWAY,
            "Palestinians in Gaza",
        ),
        (
            "Japan has sent 60 tonnes of medical supplies to the people of Gaza since November.",
            JAPAN,
            "people of Gaza",
        ),
        (
            "Egypt dispatched 40 trucks of food and medicine to the population of the Gaza Strip "
            "on Sunday.",
            EGYPT,
            "population of the Gaza Strip",
        ),
        (
            "The minister thanked Norway for its humanitarian aid to the people of Gaza.",
            NORWAY,
            "people of Gaza",
        ),
    ],
)
def test_aid_to_the_people_of_gaza(text: str, giver: str, people: str) -> None:
    found = _aid(text)
    assert any(a == {giver} and r == {people} for a, r, _ in found), (text, found)
    assert not any(PALESTINE in r for _, r, _ in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt did not send aid to the people of Gaza.",
        "Israel accused Hamas of stealing aid meant for the people of Gaza.",
        "Norway thanked Egypt for its support for the Palestinian people at the United Nations.",
        # (one of a list: which people, not told apart here)
        "Egypt sent medical supplies to civilians in Gaza and Sudan last month.",
    ],
)
def test_no_aid_to_the_people_of_gaza(text: str) -> None:
    assert not any(r - {PALESTINE} for _, r, _ in _aid(text)), text


def test_people_of_a_state_stay_with_the_state() -> None:
    found = _aid("Japan has provided $10 million in humanitarian aid to the people of Sudan.")
    assert ({JAPAN}, {SUDAN}, "073") in found, found


def test_aid_to_gaza_itself_is_unchanged() -> None:
    found = _aid("Egypt sent 30 trucks of humanitarian aid to Gaza.")
    assert all(not any(" " in x for x in r) for _, r, _ in found), found
