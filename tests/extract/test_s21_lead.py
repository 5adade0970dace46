"""Session 21, the lead's fixes: a journey on is no promise ("will continue from Israel to
Turkmenistan"); an apposition's own relative clause states a border ("Norway, a NATO member
that shares a 198-km border with Russia, ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 4, 13)
NORWAY, RUSSIA, FINLAND, GEORGIA, AZERBAIJAN = "Q20", "Q159", "Q33", "Q230", "Q227"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jeyhun Bayramov will continue from Baku to Tbilisi on Thursday.",
        "Foreign Minister Jeyhun Bayramov will then proceed to Georgia.",
        "Foreign Minister Jeyhun Bayramov will travel on to Georgia on Friday.",
    ],
)
def test_a_journey_on_is_no_promise(text: str) -> None:
    assert not [f for f in facts(text, DAY) if f.cls.value == "Event"]


def test_a_promise_to_continue_is_still_one() -> None:
    (agreed,) = [
        f
        for f in facts("Azerbaijan will continue to support Georgia.", DAY)
        if f.cls.value == "Event"
    ]
    assert (keys(agreed.get("actor")), keys(agreed.get("recipient"))) == ({AZERBAIJAN}, {GEORGIA})


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Norway, a NATO member that shares a 198-km border with Russia, expelled three "
            "Russian diplomats.",
            {NORWAY, RUSSIA},
        ),
        (
            "Finland, an EU member which borders Russia, joined NATO in April.",
            {FINLAND, RUSSIA},
        ),
    ],
)
def test_an_apposition_s_own_clause_states_a_border(text: str, pair: set[str]) -> None:
    borders = [keys(f.get("party")) for f in facts(text, DAY) if f.cls.value == "SharedBorder"]
    assert borders == [pair]


def test_an_apposition_without_a_border_states_none() -> None:
    text = "Poland, a country that has long feared Russia, condemned Belarus."
    assert not [f for f in facts(text, DAY) if f.cls.value == "SharedBorder"]
