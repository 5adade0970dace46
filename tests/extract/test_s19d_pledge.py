"""Promises to refrain, solidarity and missile launches in fresh text (session 19d): "Under the
memorandum, X pledged not to ..." / "undertook not to ..." (a promise, to the document's other
parties); "said it stood in solidarity with Y" (SUPPORT 052, for an organisation too); missiles
fired into a sea and "the launch of missiles by X" (MOBILIZE 150); with the guards: a promise
not made, a defiance, a hypothetical, a question, a strike at a state."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events

DAY = dt.date(2023, 5, 12)
ARMENIA, AZERBAIJAN, HUNGARY, SLOVAKIA = "Q399", "Q227", "Q28", "Q214"
ESTONIA, GERMANY, NATO, COMMISSION = "Q191", "Q183", "Q7184", "Q8880"
NORTH_KOREA, RUSSIA, UKRAINE, USA = "Q423", "Q159", "Q212", "Q30"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return events(text, kind, DAY)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Armenia and Azerbaijan signed a memorandum in Moscow on Tuesday. Under the "
            "memorandum, Azerbaijan pledged not to block the Lachin corridor.",
            AZERBAIJAN,
            ARMENIA,
        ),
        (
            "Hungary and Slovakia signed an energy accord on Monday. Under the accord, Hungary "
            "agreed not to cut gas supplies to its neighbour.",
            HUNGARY,
            SLOVAKIA,
        ),
        (
            "Armenia and Azerbaijan signed a ceasefire agreement on Tuesday. Under the agreement, "
            "Armenia undertook not to shell villages along the border.",
            ARMENIA,
            AZERBAIJAN,
        ),
    ],
)
def test_a_promise_to_refrain_is_agree(text: str, actor: str, recipient: str) -> None:
    assert any(a == {actor} and recipient in r and c == "030" for a, r, c in _events(text, "AGREE"))


@pytest.mark.parametrize(
    "text",
    [
        # a promise not made
        "Armenia and Azerbaijan signed a memorandum in Moscow on Tuesday. Azerbaijan did not "
        "pledge to reopen the Lachin corridor.",
        # a defiance, not a promise
        "Armenia and Azerbaijan signed a memorandum in Moscow on Tuesday. Under the memorandum, "
        "Azerbaijan vowed not to surrender any territory.",
        # a question
        "Armenia and Azerbaijan signed a memorandum in Moscow on Tuesday. Could Azerbaijan "
        "pledge not to attack Armenia?",
        # no document, no meeting: no one it is made to
        "Azerbaijan pledged not to attack Armenia.",
    ],
)
def test_no_promise_to_refrain(text: str) -> None:
    assert _events(text, "AGREE") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The European Commission said it stood in solidarity with Estonia.", COMMISSION),
        ("NATO said it stands in full solidarity with Estonia.", NATO),
        ("Germany stood in solidarity with Estonia after the cyberattack.", GERMANY),
    ],
)
def test_solidarity_with_a_state_is_support(text: str, actor: str) -> None:
    assert (({actor}, {ESTONIA}, "052")) in _events(text, "SUPPORT")


def test_no_solidarity_denied() -> None:
    assert _events("Germany has not stood in solidarity with Estonia.", "SUPPORT") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "North Korea launched two ballistic missiles into the waters off its east coast on "
            "Sunday.",
            NORTH_KOREA,
        ),
        ("U.S. forces fired four surface-to-surface missiles into the Yellow Sea on Monday.", USA),
        ("He raised in particular the launch of cruise missiles by Russia in March.", RUSSIA),
    ],
)
def test_a_missile_launch_is_mobilize(text: str, actor: str) -> None:
    assert any(actor in a and c == "150" for a, _, c in _events(text, "MOBILIZE"))
    assert _events(text, "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "North Korea did not fire missiles into the sea on Friday.",
        "North Korea might fire missiles into the sea next year.",
    ],
)
def test_no_missile_launch(text: str) -> None:
    assert _events(text, "MOBILIZE") == []


def test_missiles_fired_into_a_state_stay_an_assault() -> None:
    found = _events("Russia fired dozens of missiles into Ukraine on Monday.", "ASSAULT")
    assert ({RUSSIA}, {UKRAINE}, "195") in found
    assert _events("Russia fired dozens of missiles into Ukraine on Monday.", "MOBILIZE") == []
