"""Diplomatic relations told by an ambassador one state acts on (session 40b, structure).

An accredited ambassador implies diplomatic relations (ANNOTATION.md §4, inferred;
:mod:`dipld.extract.envoys`):

- a state summons, orders out or declares persona non grata another state's ambassador, named
  by demonym, possessive, "the ambassadors of ..." or by name with the title, or expels one
  named with the title: relations of the two;
- not a state's own ambassador recalled or withdrawn (a step of a rupture as often as not).

Conventions: one DiplomaticRelations per pair, no date (the relations are older than the act);
none for a summons or expulsion to come, denied, or told with relations cut or lowered in the
same sentence or ended anywhere in the article; none for an unnamed ambassador expelled;
none for an ambassador to a third party ("to the UN"), nor for a chargé
d'affaires; none for a state's own ambassador summoned home.

Hit rate at 6ee628ff (before): 1/9 positives (the named envoy expelled, whose title the tenure
rule already read as accredited).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 12)
GHANA, NIGERIA, PERU, MEXICO = "Q117", "Q1033", "Q419", "Q96"
CHILE, VENEZUELA, POLAND, RUSSIA = "Q298", "Q717", "Q36", "Q159"
KENYA, UGANDA, EGYPT, ISRAEL = "Q114", "Q1036", "Q79", "Q801"
HUNGARY, SWEDEN, FINLAND = "Q28", "Q34", "Q33"


def _relations(body: str) -> set[frozenset[str]]:
    """The pairs of the DiplomaticRelations the body gives."""
    return {
        frozenset(keys(f.get("party")))
        for f in facts(body, DAY)
        if f.cls.value == "DiplomaticRelations"
    }


POSITIVE = [
    pytest.param(
        "Ghana on Tuesday expelled Nigerian Ambassador Musa Bello over the border dispute.",
        {frozenset({GHANA, NIGERIA})},
        id="expelled-named",
    ),
    pytest.param(
        "Peru's government ordered Mexican Ambassador Pablo Monroy to leave the country within "
        "72 hours.",
        {frozenset({PERU, MEXICO})},
        id="ordered-named-to-leave",
    ),
    pytest.param(
        "Chile has declared the ambassador of Venezuela, Juan Perez, persona non grata.",
        {frozenset({CHILE, VENEZUELA})},
        id="declared-persona-non-grata",
    ),
    pytest.param(
        "Poland summoned the Russian ambassador on Thursday over the drone incursion.",
        {frozenset({POLAND, RUSSIA})},
        id="summoned-demonym",
    ),
    pytest.param(
        "ACCRA, May 3 (Reuters) - Ghana declared Nigeria's ambassador persona non grata and "
        "gave him 48 hours to leave.",
        {frozenset({GHANA, NIGERIA})},
        id="declared-unnamed-after-dateline",
    ),
    pytest.param(
        "Ghana summoned Nigeria's ambassador at the end of October.",
        {frozenset({GHANA, NIGERIA})},
        id="summoned-possessive",
    ),
    pytest.param(
        "The Hungarian foreign ministry summoned the ambassadors of Sweden and Finland in "
        "Budapest on Monday.",
        {frozenset({HUNGARY, SWEDEN}), frozenset({HUNGARY, FINLAND})},
        id="ambassadors-of-two",
    ),
    pytest.param(
        "Mexico on Monday gave Peruvian Ambassador Juan Sanchez 72 hours to leave the country.",
        {frozenset({MEXICO, PERU})},
        id="gave-hours-to-leave",
    ),
    pytest.param(
        "Russia summoned the Polish ambassador to the Foreign Ministry on Friday.",
        {frozenset({RUSSIA, POLAND})},
        id="summoned-to-the-ministry",
    ),
]


@pytest.mark.parametrize(("body", "pairs"), POSITIVE)
def test_envoy_acted_on(body: str, pairs: set[frozenset[str]]) -> None:
    assert pairs <= _relations(body)


NEGATIVE = [
    pytest.param("Poland will summon the Russian ambassador on Thursday.", id="future"),
    pytest.param("Poland did not expel the Russian ambassador.", id="negated"),
    pytest.param(
        "Poland expelled the Russian ambassador and severed diplomatic relations with Russia.",
        id="relations-cut",
    ),
    pytest.param(
        "Ghana summoned the Nigerian chargé d'affaires and lowered its relations with Nigeria.",
        id="charge-lowered",
    ),
    pytest.param(
        "Ghana called on Nigeria to expel the Russian ambassador.",
        id="asked-for",
    ),
    pytest.param(
        "Kenya summoned Russia's ambassador to the United Nations to a meeting in New York.",
        id="ambassador-to-third-party",
    ),
    pytest.param(
        "Kenya ordered the Nigerian ambassador to explain the remarks.",
        id="ordered-not-to-leave",
    ),
    pytest.param("Kenya summoned the Nigerian envoy on Monday.", id="envoy-not-ambassador"),
    pytest.param("Kenya recalled its ambassador to Uganda for consultations.", id="own-recalled"),
    pytest.param("Egypt withdrew its ambassador from Israel on Monday.", id="own-withdrawn"),
    pytest.param(
        "Ghana expelled the Nigerian ambassador and banned all Nigerian imports.",
        id="unnamed-expelled",
    ),
    pytest.param(
        "Kenya broke off diplomatic relations with Uganda on Monday. Kenya had recalled its "
        "ambassador to Uganda last month.",
        id="article-rupture",
    ),
    pytest.param(
        "Hungary summoned the ambassadors of Sweden and Finland in Berlin.",
        id="third-capital",
    ),
]


@pytest.mark.parametrize("body", NEGATIVE)
def test_no_envoy_relations(body: str) -> None:
    assert not _relations(body)
