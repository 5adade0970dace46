"""Commitments, exercises and deployments at a state's request in fresh text (session 19e):
"X has also agreed to supply Y with ..." (AGREE 030); "X's army began exercises" (MOBILIZE 150,
at no one named); "X deployed troops ... at the request of the government of Y" (AID 074 to Y,
and Y's REQUEST 1034); with the guards: negation, a refusal, a plan, joint drills, a show of
force at a state."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events

DAY = dt.date(2023, 5, 12)
CHINA, LAOS, TURKEY, AZERBAIJAN = "Q148", "Q819", "Q43", "Q227"
PAKISTAN, CHAD, SUDAN, TAIWAN = "Q843", "Q657", "Q1049", "Q865"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return events(text, kind, DAY)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("China has also agreed to supply Laos with fertiliser.", CHINA, LAOS),
        (
            "Turkey has also agreed to build a railway for Azerbaijan, a presidential aide "
            "told reporters.",
            TURKEY,
            AZERBAIJAN,
        ),
    ],
)
def test_has_also_agreed_is_agree(text: str, actor: str, recipient: str) -> None:
    assert any(a == {actor} and recipient in r for a, r, _ in _events(text, "AGREE"))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Tensions rose after Turkey's army began large-scale exercises in the east on Monday.",
            TURKEY,
        ),
        ("Pakistan launched military drills in the north on Monday.", PAKISTAN),
    ],
)
def test_exercises_begun_are_mobilize(text: str, actor: str) -> None:
    assert (({actor}, set(), "150")) in _events(text, "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan did not begin exercises on Monday.",
        "The students began exercises in the gym on Monday.",
        "Pakistan and China began joint exercises on Monday.",
    ],
)
def test_no_exercises_mobilize(text: str) -> None:
    assert not any(r == set() for _, r, _ in _events(text, "MOBILIZE"))


def test_drills_around_a_state_keep_their_target() -> None:
    found = _events("China began large-scale military drills around Taiwan on Monday.", "MOBILIZE")
    assert found == [({CHINA}, {TAIWAN}, "150")]


@pytest.mark.parametrize(
    "text",
    [
        "Chad deployed a force of 500 soldiers to Darfur in May at the request of the "
        "Government of Sudan.",
        "Chad has sent troops to Sudan at the request of Sudan.",
    ],
)
def test_troops_at_a_request_are_aid(text: str) -> None:
    assert ({CHAD}, {SUDAN}, "074") in _events(text, "AID")
    assert ({SUDAN}, {CHAD}, "1034") in _events(text, "REQUEST")
    assert _events(text, "MOBILIZE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Chad did not deploy troops to Darfur at the request of the Government of Sudan.",
        "Chad refused to deploy troops to Darfur at the request of Sudan.",
        "Would Chad deploy troops to Darfur at the request of Sudan?",
    ],
)
def test_no_troops_at_a_request(text: str) -> None:
    assert _events(text, "AID") == []
    assert _events(text, "REQUEST") == []
