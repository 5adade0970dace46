"""Hostile acts in fresh text (session 20, hostile4): imports barred over a longer list of goods
("suspended imports of fruit and some fish from Japan", SANCTION 163); "recalled its own
ambassador from <capital>" (SANCTION 161 at the capital's state); a state's participation in
sanctions on another (SANCTION 163); "called/pressed for the release of those detained in <state>"
(REQUEST 1053 to the state holding them, and no detention by the one asking); with the guards:
negation, a plan, the future, a relative clause."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events

DAY = dt.date(2023, 5, 12)
CHINA, JAPAN, CHILE, VENEZUELA, RUSSIA = "Q148", "Q17", "Q298", "Q717", "Q159"
AUSTRALIA, GEORGIA, ROMANIA = "Q408", "Q230", "Q218"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return events(text, kind, DAY)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("China also suspended imports of fruit and some fish from Japan.", CHINA, JAPAN),
        ("Russia banned imports of wine, brandy and mineral water from Georgia.", RUSSIA, GEORGIA),
    ],
)
def test_imports_of_several_goods_barred(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "163") in _events(text, "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Last week, Chile recalled its own ambassador from Caracas for consultations.",
        "Chile recalled its own ambassador from Venezuela on Monday.",
    ],
)
def test_own_ambassador_recalled(text: str) -> None:
    assert ({CHILE}, {VENEZUELA}, "161") in _events(text, "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Biden thanked Kishida for Japan's participation in the sanctions imposed on Russia.",
        "Japan's participation in the sanctions against Russia was welcomed in Washington.",
    ],
)
def test_participation_in_sanctions(text: str) -> None:
    assert ({JAPAN}, {RUSSIA}, "163") in _events(text, "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Australia called for the release of two Australian citizens detained in China.",
        "Australia also pressed for the release of two writers, who have been detained in China "
        "since 2020.",
    ],
)
def test_release_of_those_held_in_a_state(text: str) -> None:
    assert ({AUSTRALIA}, {CHINA}, "1053") in _events(text, "REQUEST")
    assert not _events(text, "COERCE")


def test_detention_itself_still_coerce() -> None:
    assert ({CHINA}, {AUSTRALIA}, "173") in _events(
        "China detained two Australian citizens in March.", "COERCE"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("China has not suspended imports of fruit and some fish from Japan.", "SANCTION"),
        ("Chile did not recall its own ambassador from Caracas.", "SANCTION"),
        ("Japan is considering participation in the sanctions against Russia.", "SANCTION"),
        ("Australia did not call for the release of citizens detained in China.", "REQUEST"),
        ("Australia will call for the release of citizens detained in China.", "REQUEST"),
        ("Australia called for the release of political prisoners.", "REQUEST"),
        ("Will Australia call for the release of citizens detained in China?", "REQUEST"),
    ],
)
def test_near_misses(text: str, kind: str) -> None:
    assert not _events(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow responded by expelling the same number of Romanian embassy staff.",
        "Russia expelled the same number of Romanian diplomats on Tuesday.",
    ],
)
def test_same_number_expelled(text: str) -> None:
    assert ({RUSSIA}, {ROMANIA}, "161") in _events(text, "SANCTION")


def test_same_number_expelled_negated() -> None:
    assert not _events("Russia did not expel the same number of Romanian diplomats.", "SANCTION")
