"""Borders told in an aside about the other state (session 38, the lead).

A shared border is often told in passing, in a clause about one state while the sentence is
about the other: an opening "As a country that shares a long border with Afghanistan,
Tajikistan ..." (the sharer is the subject after the comma) or a relative "Chad, with which
Sudan shares a long border, ..." (the sharer is the relative clause's subject, the other the
noun it hangs on). Both give the pair's SharedBorder, as "X, which borders Y" always did.

Conventions: one state on each side (a list after the opening, "Tajikistan and Uzbekistan",
gives nothing: the opening may describe only one of them); the clause must say the border is
had or shared (not "signed a border accord", "has a border dispute with"); a denial ("does not
share a border") gives nothing.

Hit rate at 5afc8d79 (before): 0/6 positives; the controls gave nothing before too.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, keys

TAJIKISTAN, AFGHANISTAN, MOLDOVA, UKRAINE = "Q863", "Q889", "Q217", "Q212"
CHAD, SUDAN, MONGOLIA, CHINA, NIGER, NIGERIA = "Q657", "Q1049", "Q711", "Q148", "Q1032", "Q1033"
LAOS, VIETNAM = "Q819", "Q881"


def _borders(body: str) -> list[set[str]]:
    return [keys(f.get("party")) for f in facts(body) if f.cls.value == "SharedBorder"]


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "As a country that shares a long border with Afghanistan, Tajikistan has a stake in "
            "the region's security.",
            {TAJIKISTAN, AFGHANISTAN},
        ),
        (
            "As a neighbour which has a 1,000-kilometre border with Ukraine, Moldova has taken "
            "in many refugees since the war began.",
            {MOLDOVA, UKRAINE},
        ),
        (
            "As the nation that shares the longest land border with Vietnam, Laos was the first "
            "stop of the tour.",
            {LAOS, VIETNAM},
        ),
        (
            "Chad, with which Sudan shares a long border, has received many refugees.",
            {CHAD, SUDAN},
        ),
        (
            "Mongolia, with which China has a 4,600-km frontier, buys most of its fuel from "
            "Russia.",
            {MONGOLIA, CHINA},
        ),
        (
            "The junta in Niger closed its airspace on Sunday; Nigeria, with which Niger shares "
            "a border of some 1,500 kilometres, cut off electricity supplies.",
            {NIGER, NIGERIA},
        ),
    ],
)
def test_border_told_in_an_aside(body: str, pair: set[str]) -> None:
    assert pair in _borders(body)


@pytest.mark.parametrize(
    "body",
    [
        # a list after the opening: which of them the opening describes is not said
        "As a country that shares a long border with Afghanistan, Tajikistan and Uzbekistan "
        "have a stake in the region.",
        # a dispute, not the border itself
        "As a state that has a border dispute with Kenya, Somalia says little.",
        # an accord about the border, not one had
        "Chad, with which Sudan signed a border accord, has received many refugees.",
        # denied
        "As a country that does not share a border with Russia, Portugal feels safer.",
    ],
)
def test_no_border_from_a_near_miss(body: str) -> None:
    assert _borders(body) == []
