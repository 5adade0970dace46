"""Several occasions, one with each counterpart: "held telephone conversations with A, B and C",
"held separate bilateral talks with A and B" are a call or a meeting with each; "held talks with
A and B" and "a phone call with A and B" stay one occasion with all (session 21)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 9, 16)
MODI, PUTIN, XI, MACRON, PASHINYAN, BLINKEN = (
    "Q1058",
    "Q7747",
    "Q15031",
    "Q3052772",
    "Q7035479",
    "Q7821917",
)


def _meetings(text: str) -> list[tuple[frozenset[str], str]]:
    return sorted(
        (frozenset(keys(f.get("participant"))), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Meeting"
    )


@pytest.mark.parametrize(
    ("text", "each", "code"),
    [
        (
            "Prime Minister Nikol Pashinyan held telephone conversations with Russian President "
            "Vladimir Putin, French President Emmanuel Macron and U.S. Secretary of State Antony "
            "Blinken on Tuesday.",
            {PUTIN, MACRON, BLINKEN},
            "041",
        ),
        (
            "Prime Minister Nikol Pashinyan held phone calls with Russian President Vladimir "
            "Putin and French President Emmanuel Macron.",
            {PUTIN, MACRON},
            "041",
        ),
        (
            "Modi held separate talks with Russian President Vladimir Putin and Chinese President "
            "Xi Jinping in Samarkand on Friday.",
            {PUTIN, XI},
            None,
        ),
        (
            "Modi held bilateral talks with Russian President Vladimir Putin and Chinese "
            "President Xi Jinping in Samarkand on Friday.",
            {PUTIN, XI},
            None,
        ),
    ],
)
def test_one_occasion_with_each(text: str, each: set[str], code: str | None) -> None:
    found = _meetings(text)
    subject = PASHINYAN if "Pashinyan" in text else MODI
    assert {p for p, _ in found} == {frozenset({subject, other}) for other in each}
    if code is not None:
        assert {c for _, c in found} == {code}


@pytest.mark.parametrize(
    "text",
    [
        "Modi held talks with Russian President Vladimir Putin and Chinese President Xi Jinping.",
        "Modi held a phone call with Russian President Vladimir Putin and Chinese President Xi "
        "Jinping.",
    ],
)
def test_one_occasion_with_all(text: str) -> None:
    assert [p for p, _ in _meetings(text)] == [frozenset({MODI, PUTIN, XI})]
