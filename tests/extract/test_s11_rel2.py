"""Relation facts on constructions news uses (session 11): parties with an aside ("Japan and
Australia, both members of the G20, signed ..."), a list of organisations that stops where a
clause of its own starts ("... of NATO and the European Parliament approved ..."), joining told
as a done thing ("congratulated Finland on joining NATO", "since joining the EU in 2004") but not
candidature, and organisation names with a generic head noun ("the Quad grouping")."""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

import pytest

from dipld.extract import memberships as memberships_rules
from dipld.extract import relations
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts, find
from tests.extract.test_s10_rel import _never
from tests.extract.test_s11_rel import memberships

JAPAN, AUSTRALIA, INDIA, POLAND, LITHUANIA = "Q17", "Q408", "Q668", "Q36", "Q37"
RUSSIA, CHINA, BELARUS, TURKEY, IRAN = "Q159", "Q148", "Q184", "Q43", "Q794"
FINLAND, SWEDEN, HUNGARY, UKRAINE, KAZAKHSTAN = "Q33", "Q34", "Q28", "Q212", "Q232"
GERMANY, FRANCE, CHILE, ARGENTINA = "Q183", "Q142", "Q298", "Q414"
NATO, EU, G20, ASEAN, CSTO, EP = "Q7184", "Q458", "Q19771", "Q7768", "Q318693", "Q8889"
INDONESIA = "Q252"


def parties(found: list[Fact], cls: str) -> list[set[str]]:
    return [
        {e.qid or e.label for e in fact.get("party") if isinstance(e, Entity)}
        for fact in found
        if fact.cls.value == cls
    ]


# --- 1. a party with an aside ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cls", "pair"),
    [
        (
            "Japan and Australia, both members of the G20, signed a treaty on defence cooperation.",
            "TreatyRelation",
            {JAPAN, AUSTRALIA},
        ),
        (
            "Poland, a NATO ally, and Lithuania signed an agreement on border security.",
            "TreatyRelation",
            {POLAND, LITHUANIA},
        ),
        (
            "Japan, a close partner of India, and Australia signed a treaty on defence.",
            "TreatyRelation",
            {JAPAN, AUSTRALIA},
        ),
        (
            "Poland and Lithuania, which share a 1,000-km border, signed an agreement on energy.",
            "TreatyRelation",
            {POLAND, LITHUANIA},
        ),
        (
            "Germany and France, longtime partners, signed a treaty in Aachen.",
            "TreatyRelation",
            {GERMANY, FRANCE},
        ),
        (
            "Japan and Australia, both members of the G20, are strategic partners.",
            "Partnership",
            {JAPAN, AUSTRALIA},
        ),
        (
            "India and Japan, the two largest democracies in Asia, upgraded their relationship "
            "to a Special Strategic and Global Partnership.",
            "Partnership",
            {INDIA, JAPAN},
        ),
        (
            "Poland, a member of the EU, and Lithuania share a long border.",
            "SharedBorder",
            {POLAND, LITHUANIA},
        ),
        # what the aside itself says, read with the parties it is about
        (
            "Poland and Lithuania, which share a 1,000-km border, signed an agreement on energy.",
            "SharedBorder",
            {POLAND, LITHUANIA},
        ),
        (
            "Russia and China, which established diplomatic relations in 1949, signed an "
            "agreement on energy.",
            "DiplomaticRelations",
            {RUSSIA, CHINA},
        ),
        (
            "Turkey, which hosts refugees from Syria, reinforced its border with Iran.",
            "SharedBorder",
            {TURKEY, IRAN},
        ),
    ],
)
def test_a_party_with_an_aside(text: str, cls: str, pair: set[str]) -> None:
    found = facts(text)
    assert pair in parties(found, cls), found


def test_the_memberships_of_the_aside_stay() -> None:
    found = facts(
        "Japan and Australia, both members of the G20, signed a treaty on defence cooperation."
    )
    assert memberships(found) == {(JAPAN, G20), (AUSTRALIA, G20)}


def test_an_aside_dates_what_it_says_not_the_act() -> None:
    found = facts(
        "Russia and China, which established diplomatic relations in 1949, signed an agreement "
        "on energy in 2024."
    )
    treaty = find(found, "TreatyRelation", party={RUSSIA, CHINA})
    relations_ = find(found, "DiplomaticRelations", party={RUSSIA, CHINA})
    assert treaty is not None and relations_ is not None, found
    assert [str(v) for v in treaty.get("date")] == ["2024"]
    assert [str(v) for v in relations_.get("startDate")] == ["1949"]


@pytest.mark.parametrize(
    ("text", "cls", "pair"),
    [
        # the aside's state is no party of the main clause
        (
            "Japan, a close partner of India, and Australia signed a treaty on defence.",
            "TreatyRelation",
            {INDIA, AUSTRALIA},
        ),
        (
            "Poland, which borders Belarus, and Lithuania signed an agreement on energy.",
            "TreatyRelation",
            {BELARUS, LITHUANIA},
        ),
        # an aside that is no relation's
        (
            "Japan and Australia, both members of the G20, discussed a treaty on defence.",
            "TreatyRelation",
            {JAPAN, AUSTRALIA},
        ),
        (
            "Poland and Lithuania, which signed nothing, will sign an agreement on energy.",
            "TreatyRelation",
            {POLAND, LITHUANIA},
        ),
        # a list, not an aside
        (
            "Japan, the United States and Australia signed a treaty on defence.",
            "TreatyRelation",
            {JAPAN, "Q30"},
        ),
    ],
)
def test_no_relation_from_an_aside_that_names_none(text: str, cls: str, pair: set[str]) -> None:
    found = facts(text)
    got = parties(found, cls)
    if pair == {JAPAN, "Q30"}:
        assert {JAPAN, "Q30", AUSTRALIA} in got, found  # (one treaty of the three)
        return
    assert not any(pair <= p for p in got), found


# --- 2. a list of organisations stops where a clause starts ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland is a member of NATO and the European Parliament approved the deal.",
            {(POLAND, NATO)},
        ),
        ("Poland is a member of NATO and the European Parliament said it backed the deal.", None),
        ("Poland is a member of NATO, and the European Parliament has approved the deal.", None),
        ("Japan is a member of the G20 and ASEAN will hold a summit.", {(JAPAN, G20)}),
        ("Poland is a member of NATO and the European Parliament opposes the deal.", None),
        ("Poland is a member of NATO and the European Parliament welcomed Finland.", None),
        # a participle that modifies the organisation, or an aside: the list goes on
        (
            "Kazakhstan is a member of the SCO, founded in 2001, and the CSTO.",
            {(KAZAKHSTAN, "Q485207"), (KAZAKHSTAN, CSTO)},
        ),
        (
            "Kazakhstan is a member of the SCO, established in 2001, and the Quad.",
            {(KAZAKHSTAN, "Q485207"), (KAZAKHSTAN, "U:Quad")},
        ),
        ("Kazakhstan is a member of the SCO founded in 2001.", {(KAZAKHSTAN, "Q485207")}),
        ("Kazakhstan is a member of the CSTO founded in 2002.", {(KAZAKHSTAN, CSTO)}),
        ("Poland is a member of NATO and the EU.", {(POLAND, NATO), (POLAND, EU)}),
        ("Poland is a member of NATO and the EU plus the OSCE.", {(POLAND, NATO), (POLAND, EU)}),
    ],
)
def test_a_list_stops_before_a_clause(text: str, expected: set[tuple[str, str]] | None) -> None:
    assert memberships(facts(text)) == (expected or {(POLAND, NATO)})


# --- 3. joining --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member", "org", "start"),
    [
        ("Germany congratulated Finland on joining NATO.", FINLAND, NATO, None),
        ("The Chancellor congratulated Sweden on officially joining NATO.", SWEDEN, NATO, None),
        ("Stoltenberg welcomed Sweden on becoming NATO's 32nd member.", SWEDEN, NATO, None),
        ("Finland, which joined NATO in April 2023, held exercises.", FINLAND, NATO, "2023-04"),
        ("Since joining the EU in 2004, Poland has grown fast.", POLAND, EU, "2004"),
        ("Since joining NATO, Finland has doubled its defence spending.", FINLAND, NATO, None),
        ("Poland has grown fast since joining the EU in 2004.", POLAND, EU, "2004"),
        ("Poland's economy has doubled since joining the EU.", POLAND, EU, None),
        (
            "After becoming a member of NATO in 1999, Hungary modernised its army.",
            HUNGARY,
            NATO,
            "1999",
        ),
        ("Sweden became NATO's 32nd member on 7 March 2024.", SWEDEN, NATO, "2024-03-07"),
        (
            "Finland officially became a member of NATO on 4 April 2023.",
            FINLAND,
            NATO,
            "2023-04-04",
        ),
    ],
)
def test_joining_told_as_done(text: str, member: str, org: str, start: str | None) -> None:
    found = facts(text)
    fact = find(found, "Membership", member={member}, organization={org})
    assert fact is not None, found
    assert [str(v) for v in fact.get("startDate")] == ([start] if start else []), fact


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine applied to join NATO in 2022.",
        "Germany backed Ukraine's bid to join NATO.",
        "Georgia hopes to join the EU.",
        "Ukraine will join NATO.",
        "Ukraine is set to join NATO.",
        "Germany held talks with Ukraine on joining the EU.",
        "They held talks on joining the EU.",
        "Ukraine is a candidate to join the EU.",
        "After joining NATO, Ukraine would be protected.",
        "Ukraine will get security guarantees after joining NATO.",
        "Germany said Poland has grown since joining the EU.",
        "Since joining talks with the EU, Ukraine has reformed.",
        "Since applying to join NATO, Ukraine has reformed.",
        "Germany congratulated Ukraine on its bid to join the EU.",
        "Germany congratulated Ukraine on joining in the talks.",
    ],
)
def test_no_membership_from_candidature(text: str) -> None:
    found = facts(text)
    assert not {(m, o) for m, o in memberships(found) if m != GERMANY}, found


# --- 4. organisation names with a generic head noun --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India and Japan are members of the Quad grouping.",
            {(INDIA, "U:Quad"), (JAPAN, "U:Quad")},
        ),
        (
            "Australia is a member of the Five Eyes intelligence alliance.",
            {(AUSTRALIA, "U:Five Eyes")},
        ),
        ("Brazil is a member of the BRICS bloc.", {("Q155", "U:BRICS")}),
        ("Poland is a member of the Visegrad Group countries.", {(POLAND, "U:Visegrad Group")}),
        (
            "Japan is a member of the Quad grouping and the G20.",
            {(JAPAN, "U:Quad"), (JAPAN, G20)},
        ),
        (
            "Indonesia is a member of the ASEAN bloc and the G20.",
            {(INDONESIA, ASEAN), (INDONESIA, G20)},
        ),
        (
            "Japan joined the Quad security format and APEC.",
            {(JAPAN, "U:Quad"), (JAPAN, "U:APEC")},
        ),
        # no proper name before the noun: nothing
        ("Poland is a member of the Western alliance.", set()),
        ("Kenya is a member of the regional bloc.", set()),
        ("Hungary was a member of the Soviet bloc.", set()),
        ("Norway is a member of the Nordic countries.", set()),
        ("Poland is a member of the Western alliance and the G20.", set()),
    ],
)
def test_a_name_before_a_head_noun(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(facts(text)) == expected


# --- the word gates of the new patterns ----------------------------------------------------------


def test_joining_patterns_run_only_where_their_words_are() -> None:
    """Each pattern is tried only on sentences with the words it cannot match without."""
    pattern = memberships_rules._CONGRATULATED_ON_JOINING.pattern
    blanked = pattern.replace("(?:congratulat|welcom|hail|prais|thank)", "(?!)")
    assert blanked != pattern
    assert _never(list(_parser.parse(blanked, 0))), blanked
    pattern = memberships_rules._SINCE_JOINING.pattern
    blanked = pattern.replace("joining", "(?!)").replace("becoming", "(?!)")
    assert _never(list(_parser.parse(blanked, 0))), blanked
    for regex in (memberships_rules._CONGRATULATED_ON_JOINING, memberships_rules._SINCE_JOINING):
        assert re.search(r"joining", regex.pattern)
    assert "joining" in memberships_rules._MEMBER_WORDS


def test_not_yet_looks_ahead_for_its_first_letters() -> None:
    """``_NOT_YET`` looks ahead for the first letters of its words: each word is one of them."""
    pattern = memberships_rules._NOT_YET.pattern
    letters = re.search(r"\(\?=\[(\w+)\]\)", pattern)
    assert letters is not None
    body = pattern[letters.end() :].removeprefix("(?:").split(")\\b")[0]
    alternatives = body.split("|")
    assert len(alternatives) > 10, alternatives
    for alternative in alternatives:
        assert alternative[0] in letters.group(1), alternative


@pytest.mark.parametrize(
    ("masked", "asides"),
    [
        ("§S0§ and §S1§, both members of §O2§, signed a treaty.", [", both members of §O2§,"]),
        ("§S0§, a §O1§ ally, and §S2§ signed", [", a §O1§ ally,"]),
        (
            "§S0§ and §S1§, which share a 1,000-km border, signed",
            [", which share a 1,000-km border,"],
        ),
        # a clause after an opening phrase, not an aside
        ("Aside from the invasion of §S0§, the discussion focused on the Balkans, and ...", []),
        ("In §S0§, the government approved an agreement with §S1§, which ...", []),
        # the next item of a list
        ("§S0§, the §S1§ and §S2§ signed", []),
    ],
)
def test_what_an_aside_is(masked: str, asides: list[str]) -> None:
    assert [m.group("aside") for m in relations._asides(masked)] == asides
