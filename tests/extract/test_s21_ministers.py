""" "The ministers", "the two ministers" are the ministers who met, never a head of state who
received one of them in between (session 21): the group's word of office is checked as
"the presidents" and "the foreign ministers" already were."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 3, 29)
MIRZOYAN, DENDIAS, SAKELLAROPOULOU = "Q31196321", "Q247424", "Q57415743"
TALKS = (
    "Armenian Foreign Minister Ararat Mirzoyan held talks with his Greek counterpart Nikos "
    "Dendias in Athens on Wednesday. "
)


@pytest.mark.parametrize(
    "text",
    [
        TALKS + "Earlier in the day, Minister Mirzoyan was received by President Katerina "
        "Sakellaropoulou. The ministers agreed to set up a joint working group on trade.",
        TALKS + "Earlier in the day, President Katerina Sakellaropoulou received Minister "
        "Mirzoyan. The two ministers agreed to set up a joint working group on trade.",
        TALKS + "The ministers agreed to set up a joint working group on trade.",
    ],
)
def test_the_ministers_are_the_ministers_who_met(text: str) -> None:
    agreed = [f for f in facts(text, DAY) if f.cls.value == "Event"]
    assert [keys(f.get("actor")) for f in agreed] == [{MIRZOYAN, DENDIAS}]


def test_no_ministers_no_guess() -> None:
    text = (
        "President Katerina Sakellaropoulou received Armenian President Vahagn Khachaturyan in "
        "Athens on Wednesday. The ministers agreed to set up a joint working group on trade."
    )
    agreed = [f for f in facts(text, DAY) if f.cls.value == "Event"]
    assert not [f for f in agreed if SAKELLAROPOULOU in keys(f.get("actor"))]
