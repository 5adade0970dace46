"""Partnerships a sentence presupposes (session 11): working with a partner to deepen "the"
partnership, developing "the partnership with" a state, carrying on ("will continue to
strengthen") a partnership, "the two countries'" partnership; never a planned one, an agenda
item or a partnership merely discussed."""

from __future__ import annotations

import pytest

from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts

CHINA, SPAIN, RUSSIA, MONGOLIA = "Q148", "Q29", "Q159", "Q711"
CHILE, PERU, KAZAKHSTAN, JAPAN = "Q298", "Q419", "Q232", "Q17"
VIETNAM, LAOS, BRAZIL, PORTUGAL = "Q881", "Q819", "Q155", "Q45"
TURKEY, QATAR, EGYPT, GREECE = "Q43", "Q846", "Q79", "Q41"


def partnerships(found: list[Fact]) -> set[frozenset[str]]:
    out = set()
    for fact in found:
        if fact.cls.value == "Partnership":
            parties = fact.get("party")
            out.add(frozenset(p.qid or p.label for p in parties if isinstance(p, Entity)))
    return out


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "China is willing to work with Spain to deepen the comprehensive strategic "
            "partnership.",
            {CHINA, SPAIN},
        ),
        (
            "Chile is ready to work with Peru to strengthen the comprehensive partnership.",
            {CHILE, PERU},
        ),
        (
            "Xi said China is ready to cooperate with Spain to further advance the strategic "
            "partnership.",
            {CHINA, SPAIN},
        ),
        ("Russia is ready to further develop the partnership with Mongolia.", {RUSSIA, MONGOLIA}),
        ("Türkiye is keen on deepening the strategic partnership with Qatar.", {TURKEY, QATAR}),
        (
            "Kazakhstan will continue to strengthen its partnership with Japan.",
            {KAZAKHSTAN, JAPAN},
        ),
        ("Brazil values its strategic partnership with Portugal.", {BRAZIL, PORTUGAL}),
        ("China and Spain vowed to deepen the strategic partnership.", {CHINA, SPAIN}),
        (
            "Vietnam and Laos signed six agreements to boost the two countries' comprehensive "
            "strategic partnership.",
            {VIETNAM, LAOS},
        ),
        (
            "Egypt and Greece will further consolidate their strategic partnership.",
            {EGYPT, GREECE},
        ),
    ],
)
def test_a_presupposed_partnership(text: str, pair: set[str]) -> None:
    assert partnerships(facts(text)) == {frozenset(pair)}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Greece agreed to establish a strategic partnership.",
        "Egypt and Greece will establish a strategic partnership.",
        "Chile and Peru plan to launch a partnership.",
        "Chile and Peru could become partners.",
        "Chile and Peru did not deepen their strategic partnership.",
        "Brazil and Portugal discussed partnership in energy.",
        "Türkiye discussed a partnership with Qatar.",
        "Russia wants to establish a partnership with Mongolia.",
        "China is willing to work with Spain to establish a strategic partnership.",
        "China is willing to work with Spain to deepen the partnership in renewable energy.",
        "Kazakhstan will develop a partnership with Japan.",
        "Brazil and Chile agreed to deepen the strategic partnership with Peru.",
        "Brazil and Chile are ready to work with Peru to deepen the strategic partnership.",
    ],
)
def test_no_partnership_planned_or_discussed(text: str) -> None:
    assert partnerships(facts(text)) == set()
