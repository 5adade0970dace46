# ruff: noqa: E501  (a table of sentences)
"""Memberships, treaties and relations told in background sentences (session 32, members).

Sentences written for this session in wire, agency and release styles (none from a gold set).
Fixed (each with paraphrases below, positives and negatives):

1. Further members after a bare "with": "Japan and India are members of the Quad grouping with
   the United States and Australia" (``relations._MEMBERS_ALONG``; "along with", "together
   with", "alongside" were read already). Only right after the organisation or its head word
   ("grouping", "group", "bloc", "alliance", ...) and only a list that ends the clause: not "a
   member of NATO with a long border with Belarus", not "with Turkey's backing".
2. "the bloc" after a sentence naming only the European Union (a state among the KB's kinds,
   never the organisation named last) is the EU (``mentions._bloc_named_before``): "Croatia
   joined the bloc in 2013"; "the bloc's" before a member's rank is the bloc too ("Belarus
   became the bloc's tenth member on Thursday", dated; ``mentions._THE_BLOC``, ordinal words in
   ``relations._ORG_MEMBER``).
3. Chairs held since a date: "Brazil has chaired the G20 since December 2023", "has held the
   G20 presidency since ..." (the membership; ``_CHAIRS``, ``_HOLDS_PRESIDENCY``).
4. "Troops from Germany, Spain and other Allies": NATO memberships of the states listed, when
   the article names NATO and "Allies" has NATO's capital A (``relations._other_allies``); not
   "other allies" (anyone's allies), not "other countries".
5. Relations "governed by" a treaty: "Relations between the EU and Georgia are governed by an
   Association Agreement", "Chile's trade with China is governed by a free trade agreement",
   "Its trade relations with Ukraine are governed by the Association Agreement" ("Its": the one
   state or union the sentence before opened with): a TreatyRelation, with the instrument when
   it is named in capitals (``relations._governed_by``).
6. "the two allies" is a pair phrase as "the two countries" is: "Diplomatic relations between
   the two allies cooled in 2020" (``mentions._GROUP``).

Conventions decided: cooled, strained or deteriorated diplomatic relations are still relations
(DiplomaticRelations); severed or broken ones are not (session 25's rule). Bare "Relations
between the two countries have deteriorated" (no "diplomatic") gives nothing: ANNOTATION.md §4
wants "diplomatic relations" stated and the spent gold sets mark such sentences not_expected.
"cooperate under their bilateral agreements" (no instrument named, parties by "their") gives no
TreatyRelation: precision first. "and other allies" in lower case gives nothing.

Hit rate at 85e2422a (before): positives 6/24, forms kept 5/5, negatives 27/27 (one of them the
list of "with" that does not end its clause); after: 24/24, 5/5, 27/27. Rule dump (1,263
articles): one fact added, "Finland became the alliance's 31st member on Tuesday" (NATO, dated
2023-04-04); no spent gold set changed.

Left: "the Quad" alone (no "grouping") is no organisation to the mentions; "brings together 55
countries, including Egypt and Nigeria"; "Its relations with the EU are governed by ..." after a
negated sentence (the sentence before's subject is not kept).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 5, 16)

MERCOSUR, NATO, EU, SCO, EAC, G20, ASEAN = (
    "Q4264",
    "Q7184",
    "Q458",
    "Q485207",
    "Q337456",
    "Q19771",
    "Q7768",
)
ARGENTINA, BRAZIL, PARAGUAY, URUGUAY = "Q414", "Q155", "Q733", "Q77"
JAPAN, INDIA, US, AUSTRALIA, ISRAEL, UAE = "Q17", "Q668", "Q30", "Q408", "Q801", "Q878"
KENYA, TANZANIA, UGANDA, POLAND, BELARUS, CROATIA = "Q114", "Q924", "Q1036", "Q36", "Q184", "Q224"
GERMANY, NORWAY, SPAIN, CANADA, GEORGIA, UKRAINE = "Q183", "Q20", "Q29", "Q16", "Q230", "Q212"
CHILE, CHINA, TURKEY, QATAR, SAUDI, ROMANIA, ITALY = (
    "Q298",
    "Q148",
    "Q43",
    "Q846",
    "Q851",
    "Q218",
    "Q38",
)
FINLAND, SWEDEN, ARMENIA, RUSSIA, KAZAKHSTAN = "Q33", "Q34", "Q399", "Q159", "Q232"
MOLDOVA, INDONESIA, EGYPT, MOROCCO, ALGERIA = "Q217", "Q252", "Q79", "Q1028", "Q262"


def _members(text: str, date: dt.date = DAY) -> set[tuple[str, str]]:
    """(member, organisation) of each Membership the text gives."""
    return {
        (m, o)
        for f in facts(text, date)
        if f.cls.value == "Membership"
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


def _starts(text: str, date: dt.date = DAY) -> dict[tuple[str, str], str]:
    return {
        (m, o): str(f.get("startDate")[0])
        for f in facts(text, date)
        if f.cls.value == "Membership" and f.get("startDate")
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


def _of(cls: str, text: str, date: dt.date = DAY) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    """(parties, instruments) of each fact of the class."""
    return [
        (frozenset(keys(f.get("party"))), tuple(str(v) for v in f.get("instrument")))
        for f in facts(text, date)
        if f.cls.value == cls
    ]


# 1. further members after "with", "together with", "alongside"
WITH = [
    pytest.param(
        "Argentina and Brazil are members of Mercosur with Paraguay and Uruguay.",
        {(ARGENTINA, MERCOSUR), (BRAZIL, MERCOSUR), (PARAGUAY, MERCOSUR), (URUGUAY, MERCOSUR)},
        id="with-list",
    ),
    pytest.param(
        "Japan and India are members of the Quad grouping with the United States and Australia.",
        {(JAPAN, "Quad"), (INDIA, "Quad"), (US, "Quad"), (AUSTRALIA, "Quad")},
        id="with-after-grouping-unlinked",
    ),
    pytest.param(
        "India and Israel are members of the I2U2 group together with the United Arab Emirates and the United States.",
        {(INDIA, "I2U2"), (ISRAEL, "I2U2"), (UAE, "I2U2"), (US, "I2U2")},
        id="together-with-group",
    ),
    pytest.param(
        "Kenya is a member of the East African Community alongside Tanzania and Uganda.",
        {(KENYA, EAC), (TANZANIA, EAC), (UGANDA, EAC)},
        id="alongside",
    ),
    pytest.param(
        "Armenia, the officials said, has been a member of the Eurasian Economic Union with Russia and Kazakhstan since 2015.",
        None,
        id="with-not-ending-clause-skipped",
    ),
    pytest.param(
        "Poland has been a member of NATO with Germany and Norway.",
        {(POLAND, NATO), (GERMANY, NATO), (NORWAY, NATO)},
        id="with-has-been",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITH)
def test_members_with(text: str, expected: set[tuple[str, str]] | None) -> None:
    got = _members(text)
    if expected is None:
        # (the list does not end the clause: the "with" states are not read, the subject is)
        assert (RUSSIA, "Q4173083") not in got and (KAZAKHSTAN, "Q4173083") not in got
    else:
        assert expected <= got


WITH_NOT = [
    pytest.param(
        "Poland is a member of NATO with a long border with Belarus.",
        {(BELARUS, NATO)},
        id="with-border",
    ),
    pytest.param(
        "Sweden became a member of NATO with Turkey's backing after months of delay.",
        {(TURKEY, NATO)},
        id="with-backing",
    ),
    pytest.param(
        "Indonesia is not a member of the Quad grouping with India and Japan.",
        {(INDONESIA, "Quad"), (INDIA, "Quad"), (JAPAN, "Quad")},
        id="negated",
    ),
    pytest.param(
        "Spain and Portugal, both members of the European Union, signed a fisheries deal with Morocco.",
        {(MOROCCO, EU)},
        id="deal-with",
    ),
    pytest.param(
        "Italy is a member of the G20 with an economy worth more than $2 trillion.",
        {(US, G20)},
        id="with-economy",
    ),
    pytest.param(
        "Moldova could become a member of the European Union with Ukraine by 2030.",
        {(MOLDOVA, EU), (UKRAINE, EU)},
        id="hypothetical",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), WITH_NOT)
def test_members_with_not(text: str, wrong: set[tuple[str, str]]) -> None:
    assert not (_members(text) & wrong)


# forms read already (kept): an organisation that groups, comprises, is made up of named states
MADE_UP = [
    pytest.param(
        "The Gulf Cooperation Council brings together Saudi Arabia, Qatar and four other Gulf monarchies.",
        {(SAUDI, "Q217172"), (QATAR, "Q217172")},
        id="brings-together",
    ),
    pytest.param(
        "Mercosur groups Argentina, Brazil, Paraguay and Uruguay.",
        {(ARGENTINA, MERCOSUR), (URUGUAY, MERCOSUR)},
        id="groups",
    ),
    pytest.param(
        "The Nordic Council is made up of Denmark, Finland, Iceland, Norway and Sweden.",
        {(FINLAND, "Q146165"), (NORWAY, "Q146165")},
        id="made-up-of",
    ),
    pytest.param(
        "Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan make up the Eurasian Economic Union.",
        {(RUSSIA, "Q4173083"), (ARMENIA, "Q4173083")},
        id="make-up",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MADE_UP)
def test_made_up_kept(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _members(text)


MADE_UP_NOT = [
    pytest.param("The African Union brings together 55 African countries.", id="counted-only"),
    pytest.param(
        "The forum brought together officials from Chile, Peru and Colombia.", id="forum-officials"
    ),
    pytest.param(
        "Egypt and Saudi Arabia make up the bulk of the coalition's air power.", id="bulk"
    ),
]


@pytest.mark.parametrize("text", MADE_UP_NOT)
def test_made_up_not(text: str) -> None:
    assert not _members(text)


# 2. "the bloc" of a sentence before, "the bloc's Nth member"
BLOC = [
    pytest.param(
        "The European Union marked twenty years since its largest enlargement. Croatia joined the bloc in 2013.",
        (CROATIA, EU),
        "2013",
        id="joined-the-bloc-eu",
    ),
    pytest.param(
        "The Shanghai Cooperation Organisation met in Astana. Belarus became the bloc's tenth member on Thursday.",
        (BELARUS, SCO),
        "2024-05-16",
        id="bloc-tenth-member",
    ),
    pytest.param(
        "NATO foreign ministers met in Prague on Thursday. Finland became the alliance's 31st member in April 2023.",
        (FINLAND, NATO),
        "2023-04",
        id="alliance-31st-member",
    ),
    pytest.param(
        "Leaders of the European Union gathered in Brussels. Finland and Sweden joined the bloc in 1995.",
        (SWEDEN, EU),
        "1995",
        id="pair-joined-bloc",
    ),
]


@pytest.mark.parametrize(("text", "pair", "start"), BLOC)
def test_bloc_member(text: str, pair: tuple[str, str], start: str) -> None:
    assert _starts(text).get(pair) == start


BLOC_NOT = [
    pytest.param(
        "The European Union opened talks with Ukraine. Serbia hopes to join the bloc by 2030.",
        "Q403",
        id="hopes-to-join",
    ),
    pytest.param(
        "ASEAN foreign ministers met in Vientiane. Timor-Leste has not yet joined the bloc.",
        "Q574",
        id="not-yet",
    ),
    pytest.param(
        "The European Union imposed new sanctions. Ukraine could become the bloc's 28th member.",
        UKRAINE,
        id="could-become",
    ),
    pytest.param(
        "The EU and China held talks. Beijing criticised the bloc's newest member, Croatia.",
        CHINA,
        id="criticised-member",
    ),
]


@pytest.mark.parametrize(("text", "state"), BLOC_NOT)
def test_bloc_member_not(text: str, state: str) -> None:
    assert not {m for m, _ in _members(text)} & {state}


# 3. chairs held since a date
CHAIRS = [
    pytest.param(
        "Brazil has chaired the G20 since December 2023.", (BRAZIL, G20), id="has-chaired-since"
    ),
    pytest.param(
        "Brazil has held the G20 presidency since December 2023.",
        (BRAZIL, G20),
        id="has-held-presidency",
    ),
    pytest.param(
        "Indonesia has been the chair of ASEAN since January.",
        (INDONESIA, ASEAN),
        id="has-been-chair",
    ),
    pytest.param(
        "India has held the G20 presidency since 1 December.", (INDIA, G20), id="has-held-day"
    ),
]


@pytest.mark.parametrize(("text", "pair"), CHAIRS)
def test_chair_since(text: str, pair: tuple[str, str]) -> None:
    assert pair in _members(text)


def test_chair_hedged_not() -> None:
    assert (ARGENTINA, G20) not in _members("Argentina has not chaired the G20 since 2018.")


# 4. "and other Allies" in a NATO article
ALLIES = [
    pytest.param(
        "Troops from Germany, Spain and Norway and other Allies took part in the NATO exercise in Lithuania.",
        {(GERMANY, NATO), (SPAIN, NATO), (NORWAY, NATO)},
        id="troops-other-allies",
    ),
    pytest.param(
        "NATO launched its largest drills in decades on Monday. Soldiers from Canada, Italy and other Allies joined them in Latvia.",
        {(CANADA, NATO), (ITALY, NATO)},
        id="allies-article-nato",
    ),
    pytest.param(
        "Soldiers from Poland, Romania and other NATO members joined the drills near the Suwalki Gap.",
        {(POLAND, NATO), (ROMANIA, NATO)},
        id="other-nato-members-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALLIES)
def test_other_allies(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _members(text)


ALLIES_NOT = [
    pytest.param(
        "Troops from France, Italy and other countries joined the exercise in Estonia.",
        id="other-countries",
    ),
    pytest.param(
        "NATO held drills in Latvia. Soldiers from Canada, Spain and other allies trained there.",
        id="lower-case-allies",
    ),
    pytest.param(
        "Troops from Japan, South Korea and other Allies trained in the Pacific.",
        id="no-nato-named",
    ),
    pytest.param(
        "NATO said troops from Sweden, Finland and other Allies would not take part in the drills.",
        id="negated",
    ),
]


@pytest.mark.parametrize("text", ALLIES_NOT)
def test_other_allies_not(text: str) -> None:
    assert NATO not in {o for _, o in _members(text)}


# 5. relations governed by a treaty
GOVERNED = [
    pytest.param(
        "Relations between the European Union and Georgia are governed by an Association Agreement.",
        {GEORGIA, EU},
        ("Association Agreement",),
        id="between-governed",
    ),
    pytest.param(
        "The European Union is Ukraine's largest trading partner. Its trade relations with Ukraine are governed by the Association Agreement.",
        {UKRAINE, EU},
        ("Association Agreement",),
        id="its-governed",
    ),
    pytest.param(
        "Chile's trade with China is governed by a free trade agreement signed in 2005.",
        {CHILE, CHINA},
        (),
        id="possessive-trade-unnamed",
    ),
    pytest.param(
        "Kazakhstan remains Russia's closest partner in Central Asia. Its relations with Russia are regulated by the Treaty on Good-Neighbourliness and Alliance.",
        {KAZAKHSTAN, RUSSIA},
        None,
        id="its-regulated",
    ),
]


@pytest.mark.parametrize(("text", "parties", "instrument"), GOVERNED)
def test_governed_by(text: str, parties: set[str], instrument: tuple[str, ...] | None) -> None:
    found = _of("TreatyRelation", text)
    assert any(p == parties and (instrument is None or i == instrument) for p, i in found), found


GOVERNED_NOT = [
    pytest.param(
        "Relations between Armenia and Azerbaijan will be governed by a peace treaty once it is signed.",
        id="future",
    ),
    pytest.param(
        "Relations between the two countries are governed by international law.", id="no-treaty"
    ),
    pytest.param(
        "Russia and Kazakhstan cooperate closely under their bilateral agreements.",
        id="their-bilateral-agreements",
    ),
    pytest.param(
        "Relations between Egypt and Qatar are not governed by any formal agreement.", id="negated"
    ),
]


@pytest.mark.parametrize("text", GOVERNED_NOT)
def test_governed_by_not(text: str) -> None:
    assert not _of("TreatyRelation", text)


def test_bound_by_treaty_kept() -> None:
    found = _of(
        "TreatyRelation",
        "The United States and the Philippines are bound by a 1951 Mutual Defense Treaty.",
    )
    assert any(p == {US, "Q928"} for p, _ in found)


# 6. relations between a known pair: cooled and strained are relations, severed are not
RELATIONS = [
    pytest.param(
        "Turkey and the United States quarrelled over Syria. Diplomatic relations between the two allies cooled in 2020.",
        {TURKEY, US},
        id="two-allies-cooled",
    ),
    pytest.param(
        "China and Canada traded accusations on Monday. Diplomatic relations between the two countries have sharply deteriorated since 2018.",
        {CHINA, CANADA},
        id="two-countries-deteriorated",
    ),
    pytest.param(
        "Japan and Australia signed a defence pact. Diplomatic ties between the two allies have grown steadily closer.",
        {JAPAN, AUSTRALIA},
        id="two-allies-ties",
    ),
]


@pytest.mark.parametrize(("text", "parties"), RELATIONS)
def test_relations_known_pair(text: str, parties: set[str]) -> None:
    assert any(p == parties for p, _ in _of("DiplomaticRelations", text))


RELATIONS_NOT = [
    pytest.param(
        "Qatar and Saudi Arabia restored flights. Diplomatic relations between the two countries were severed in 2017.",
        id="severed",
    ),
    pytest.param(
        "Morocco and Algeria have a long-running rivalry. The two allies broke off relations in 2021.",
        id="broke-off",
    ),
    pytest.param(
        "China and Canada traded accusations on Monday. Relations between the two countries have sharply deteriorated.",
        id="bare-relations",
    ),
    pytest.param(
        "Turkey and the United States quarrelled over Syria. Relations between the two allies cooled in 2020.",
        id="bare-relations-allies",
    ),
]


@pytest.mark.parametrize("text", RELATIONS_NOT)
def test_relations_not(text: str) -> None:
    assert not _of("DiplomaticRelations", text)
