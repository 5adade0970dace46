"""Relation facts on constructions of readouts, ministry releases and wire copy (session 12):
possessive asides ("Russia, Belarus's closest ally, and Belarus signed ..."), lists inside an
aside ("Mali, which borders Niger, Burkina Faso and Algeria, ..."), borders a pair shares with a
third state, memberships a clause is about ("Kazakhstan's membership in the SCO ..."), chairs in
an apposition, organisation lists with a participle's aside without commas, treaty names that end
with an organisation's head word or hold a list, and partnerships a state has with others."""

from __future__ import annotations

from re import _parser  # type: ignore[attr-defined]

import pytest

from dipld.extract import memberships as memberships_rules
from dipld.extract import mentions, partnerships
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts
from tests.extract.test_s10_rel import _never
from tests.extract.test_s11_rel import memberships
from tests.extract.test_s11_rel2 import parties

RUSSIA, BELARUS, KAZAKHSTAN, CHINA, PAKISTAN = "Q159", "Q184", "Q232", "Q148", "Q843"
POLAND, LITHUANIA, LATVIA, UKRAINE, MALI = "Q36", "Q37", "Q211", "Q212", "Q912"
NIGER, BURKINA, ALGERIA, INDIA, BANGLADESH = "Q1032", "Q965", "Q262", "Q668", "Q902"
MYANMAR, VIETNAM, LAOS, AUSTRALIA, JAPAN = "Q836", "Q881", "Q819", "Q408", "Q17"
SWEDEN, FINLAND, TURKEY, IRAN, EGYPT = "Q34", "Q33", "Q43", "Q794", "Q79"
US, SOUTH_KOREA, AZERBAIJAN, KYRGYZSTAN, UZBEKISTAN = "Q30", "Q884", "Q227", "Q813", "Q265"
NATO, EU, CSTO, ASEAN, BIMSTEC, SAARC = "Q7184", "Q458", "Q318693", "Q7768", "Q795985", "Q145700"
CIS = "Q7779"


def borders(found: list[Fact]) -> list[set[str]]:
    return parties(found, "SharedBorder")


def _start(fact: Fact) -> str | None:
    value = fact.one("startDate")
    return getattr(value, "lexical", None)


# --- 1. an aside after a party: possessive, or with a list inside -------------------------------


@pytest.mark.parametrize(
    ("text", "cls", "pairs"),
    [
        (
            "Russia, Belarus's closest ally, and Belarus signed a treaty on security guarantees.",
            "TreatyRelation",
            [{RUSSIA, BELARUS}],
        ),
        (
            "Poland, Lithuania's neighbour, and Latvia signed an agreement on energy.",
            "TreatyRelation",
            [{POLAND, LATVIA}],
        ),
        (
            "Belarus, Russia's closest ally, borders Poland, Lithuania and Ukraine.",
            "SharedBorder",
            [{BELARUS, POLAND}, {BELARUS, LITHUANIA}, {BELARUS, UKRAINE}],
        ),
        (
            "China, Pakistan's biggest creditor, and Pakistan have an all-weather strategic "
            "cooperative partnership.",
            "Partnership",
            [{CHINA, PAKISTAN}],
        ),
        (
            "Mali, which borders Niger, Burkina Faso and Algeria, cut ties with Ukraine on Sunday.",
            "SharedBorder",
            [{MALI, NIGER}, {MALI, BURKINA}, {MALI, ALGERIA}],
        ),
        (
            "Kazakhstan, which borders Russia, China and Kyrgyzstan, signed the deal.",
            "SharedBorder",
            [{KAZAKHSTAN, RUSSIA}, {KAZAKHSTAN, CHINA}, {KAZAKHSTAN, KYRGYZSTAN}],
        ),
    ],
)
def test_a_party_with_an_aside(text: str, cls: str, pairs: list[set[str]]) -> None:
    found = parties(facts(text), cls)
    assert all(pair in found for pair in pairs), found
    assert len(found) == len(pairs), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Belarus, Russia's closest ally, borders Poland.", {BELARUS, RUSSIA}),
        (
            "Kazakhstan, one of Russia's closest allies, signed a deal with China.",
            {KAZAKHSTAN, RUSSIA},
        ),
        ("Belarus, a close ally of Russia, signed a deal with China.", None),
        # (a rank in trade is no partnership)
        ("China, Russia's largest trading partner, signed a deal with Iran.", None),
        ("Kazakhstan, one of the founders of the CSTO, signed a deal with China.", None),
    ],
)
def test_a_possessive_aside_names_a_partnership(text: str, pair: set[str] | None) -> None:
    found = parties(facts(text), "Partnership")
    assert found == ([pair] if pair else []), found


# --- 2. borders -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "NATO allies Poland and Lithuania share a border with Belarus.",
            [{POLAND, BELARUS}, {LITHUANIA, BELARUS}],
        ),
        (
            "Poland and Lithuania share a border with Belarus and with Russia's Kaliningrad "
            "exclave.",
            [{POLAND, BELARUS}, {LITHUANIA, BELARUS}, {POLAND, RUSSIA}, {LITHUANIA, RUSSIA}],
        ),
        ("Poland and Lithuania border Belarus.", [{POLAND, BELARUS}, {LITHUANIA, BELARUS}]),
        (
            "Kazakhstan and Uzbekistan both have a border with Kyrgyzstan.",
            [{KAZAKHSTAN, KYRGYZSTAN}, {UZBEKISTAN, KYRGYZSTAN}],
        ),
        # the pair itself (unchanged)
        ("Poland and Lithuania share a border.", [{POLAND, LITHUANIA}]),
        ("Poland and Lithuania share a border with each other.", [{POLAND, LITHUANIA}]),
        # a second thing they share
        (
            "Vietnam and Laos share a special relationship and a 2,337-kilometre border.",
            [{VIETNAM, LAOS}],
        ),
        ("Poland and Ukraine share a 535-km (332-mile) border.", [{POLAND, UKRAINE}]),
    ],
)
def test_borders_a_pair_shares(text: str, pairs: list[set[str]]) -> None:
    found = borders(facts(text))
    assert all(pair in found for pair in pairs), found
    assert len(found) == len(pairs), found


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and Laos share a history and a commitment to the border talks with Cambodia.",
        "Poland and Lithuania share a commitment to the border security mission.",
        "Poland and Lithuania have a border dispute with Belarus.",
        "Poland and Lithuania do not share a border with Ukraine.",
    ],
)
def test_no_border_from_what_else_is_shared(text: str) -> None:
    assert borders(facts(text)) == []


# --- 3. memberships -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The presidents noted that Kazakhstan's membership in the SCO and the CSTO "
            "contributes to regional security.",
            {(KAZAKHSTAN, "Q485207"), (KAZAKHSTAN, CSTO)},
        ),
        (
            "Belarus's membership of the CIS opens new opportunities, Lukashenko said.",
            {(BELARUS, CIS)},
        ),
        ("Poland's membership in NATO is a guarantee of its security.", {(POLAND, NATO)}),
        (
            "In 2024, Kazakhstan's membership in the Quad and APEC helped trade.",
            {(KAZAKHSTAN, "U:Quad"), (KAZAKHSTAN, "U:APEC")},
        ),
    ],
)
def test_a_membership_a_clause_is_about(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(facts(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turkey blocked Sweden's membership in NATO.",
        "Hungary approved Sweden's membership in NATO.",
        "Hungary welcomed Finland's membership of NATO.",
        "Ukraine's membership in NATO is on the agenda.",
        "Ukraine's membership in NATO would strengthen the alliance.",
        "Ukraine's membership in NATO is not possible now.",
        "Georgia's future membership in the EU depends on reforms.",
        "Ukraine's membership in the EU is a question of time.",
        "Ukraine's membership bid to NATO was discussed.",
        "Germany supports Ukraine's membership in NATO.",
    ],
)
def test_no_membership_from_an_accession_or_its_prospect(text: str) -> None:
    assert memberships(facts(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran, a BRICS member since January 2024, attended the summit.", {(IRAN, "U:BRICS")}),
        ("Egypt is a BRICS member.", {(EGYPT, "U:BRICS")}),
        (
            "Russia and China, fellow BRICS members, supported Belarus's application.",
            {(RUSSIA, "U:BRICS"), (CHINA, "U:BRICS")},
        ),
        (
            "Sweden, a NATO member, backed Ukraine's application to join the EU.",
            {(SWEDEN, NATO)},
        ),
        (
            "Turkey, a NATO member since 1952, has been a candidate for membership of the "
            "European Union since 1999.",
            {(TURKEY, NATO)},
        ),
    ],
)
def test_a_membership_stated_aside_or_by_an_acronym(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert memberships(facts(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Georgia, an aspiring NATO member, applied to join the EU.",
        "Georgia, an aspiring NATO member since 2008, applied to join the EU.",
        "Ukraine, which is not a member of NATO, has applied for membership.",
        "Japan and South Korea, which are NATO partners but not members, attended as observers.",
        "Non-members of NATO such as Austria and Ireland were not represented.",
        "Belarus has applied to join BRICS and hopes to become a partner country.",
    ],
)
def test_no_membership_of_candidates_observers_and_non_members(text: str) -> None:
    assert memberships(facts(text)) == set()


def test_a_turkey_aside_keeps_its_start() -> None:
    found = facts(
        "Turkey, a NATO member since 1952, has been a candidate for membership of the European "
        "Union since 1999."
    )
    (fact,) = [f for f in found if f.cls.value == "Membership"]
    assert _start(fact) == "1952"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam, the chair of ASEAN in 2020, and Australia are both members of the G20.",
            {(VIETNAM, ASEAN), (VIETNAM, "Q19771"), (AUSTRALIA, "Q19771")},
        ),
        (
            "Niger, Mali and Burkina Faso, all three suspended from ECOWAS, formed the Alliance "
            "of Sahel States in September 2023.",
            {
                (NIGER, "U:Alliance of Sahel States"),
                (MALI, "U:Alliance of Sahel States"),
                (BURKINA, "U:Alliance of Sahel States"),
                # (a suspended member is still a member: session 30)
                (NIGER, "Q193272"),
                (MALI, "Q193272"),
                (BURKINA, "Q193272"),
            },
        ),
        (
            "Sweden, a NATO candidate, and Finland, which joined NATO in April, took part.",
            {(FINLAND, NATO)},
        ),
        # (a sentence that speaks of a candidacy is not read without its asides)
        ("Sweden, a NATO candidate, and Finland are members of the EU.", {(FINLAND, EU)}),
    ],
)
def test_memberships_of_parties_with_asides(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(facts(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bangladesh, which borders India and Myanmar, holds the chairmanship of BIMSTEC.",
            {(BANGLADESH, BIMSTEC)},
        ),
        (
            "Laos, which holds the ASEAN chairmanship this year, hosted the summit.",
            {("Q819", ASEAN)},
        ),
        ("Vietnam, the chair of ASEAN in 2020, welcomed the move.", {(VIETNAM, ASEAN)}),
        ("Laos is the current chair of ASEAN.", {(LAOS, ASEAN)}),
        ("Kazakhstan holds the rotating chairmanship of the CSTO this year.", {(KAZAKHSTAN, CSTO)}),
    ],
)
def test_chairs_in_an_apposition_or_relative_clause(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert memberships(facts(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India and Bangladesh are founding members of SAARC and members of BIMSTEC.",
            {(INDIA, SAARC), (BANGLADESH, SAARC), (INDIA, BIMSTEC), (BANGLADESH, BIMSTEC)},
        ),
        (
            "Kazakhstan is a member of the CSTO and a founding member of the SCO.",
            {(KAZAKHSTAN, CSTO), (KAZAKHSTAN, "Q485207")},
        ),
        # a clause of its own after "and"
        ("Norway is a member of NATO and members of the EU criticised it.", {("Q20", NATO)}),
        (
            "Norway is a member of NATO and members of the EU met in Oslo.",
            {("Q20", NATO)},
        ),
    ],
)
def test_a_second_membership_after_and(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(facts(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan is a member of the CSTO founded in 2002 and the SCO.",
            {(KAZAKHSTAN, CSTO), (KAZAKHSTAN, "Q485207")},
        ),
        (
            "India is a member of the Quad founded in 2007 and BRICS.",
            {(INDIA, "U:Quad"), (INDIA, "U:BRICS")},
        ),
        # (no list goes on: the founding is the organisation's)
        (
            "Kazakhstan is a member of the SCO founded in 2001 and the country hosted its summit.",
            {(KAZAKHSTAN, "Q485207")},
        ),
    ],
)
def test_a_participle_aside_without_commas(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(facts(text)) == expected


# --- 4. treaties ----------------------------------------------------------------------------------


def _treaties(text: str) -> list[Fact]:
    return [f for f in facts(text) if f.cls.value == "TreatyRelation"]


def test_a_treaty_name_with_a_list_between_two_states() -> None:
    (fact,) = _treaties(
        "The Treaty of Friendship, Cooperation and Peace between India and Bangladesh was "
        "signed in 1972."
    )
    assert {e.qid for e in fact.entities("party")} == {INDIA, BANGLADESH}
    assert getattr(fact.one("date"), "lexical", None) == "1972"


def test_no_treaty_between_two_states_in_preparation() -> None:
    assert not _treaties(
        "They discussed the new Treaty of Friendship, Cooperation and Peace between India and "
        "Bangladesh."
    )


def test_a_treaty_named_with_an_organisations_head_word_is_no_organisation() -> None:
    found = facts(
        "Russia and Kazakhstan are linked by the Treaty on Good-Neighbourliness and Alliance in "
        "the 21st Century, signed in 2013."
    )
    (fact,) = [f for f in found if f.cls.value == "TreatyRelation"]
    assert {e.qid for e in fact.entities("party")} == {RUSSIA, KAZAKHSTAN}
    assert fact.one("instrument") == "Treaty on Good-Neighbourliness and Alliance"
    labels = {e.label for f in found for role, _ in f.args for e in f.entities(role)}
    assert "Treaty on Good-Neighbourliness and Alliance" not in labels


def test_an_organisation_an_agreement_is_about_is_still_one() -> None:
    found = facts(
        "India and China signed the Agreement on the Establishment of the Asian Infrastructure "
        "Investment Bank in 2015."
    )
    analysis_orgs = {
        m.text
        for m in mentions_of(
            "India and China signed the Agreement on the Establishment of the Asian "
            "Infrastructure Investment Bank in 2015."
        )
    }
    assert "Asian Infrastructure Investment Bank" in analysis_orgs
    assert any(f.cls.value == "TreatyRelation" for f in found)


def mentions_of(text: str) -> list[object]:
    import datetime as dt

    from dipld.extract.facts import MentionFinder
    from dipld.extract.spans import Code
    from dipld.extract.text import sentences
    from dipld.kb.index import load_index

    finder = MentionFinder(load_index(), dt.date(2023, 12, 8), None)
    (sentence,) = sentences(text)
    return [m for m in finder.analyse(sentence).mentions if m.code is Code.ORG]


def test_the_alliance_of_a_region_is_an_organisation() -> None:
    found = mentions_of("Fiji is a member of the Alliance of Small Island States.")
    assert [getattr(m, "text", None) for m in found] == ["Alliance of Small Island States"]


# --- 5. partnerships ------------------------------------------------------------------------------


def _partnerships(text: str) -> list[set[str]]:
    return parties(facts(text), "Partnership")


def test_partnerships_a_state_has_with_others() -> None:
    found = _partnerships(
        "Vietnam has comprehensive strategic partnerships with China, Russia, India, South "
        "Korea, the United States and Japan."
    )
    partners = [CHINA, RUSSIA, INDIA, SOUTH_KOREA, US, JAPAN]
    assert sorted(found, key=sorted) == sorted(({VIETNAM, p} for p in partners), key=sorted)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kazakhstan maintains a strategic partnership with Azerbaijan.", {KAZAKHSTAN, AZERBAIJAN}),
        (
            "Kazakhstan has had a strategic partnership with Russia since 2013.",
            {KAZAKHSTAN, RUSSIA},
        ),
        (
            "Over the past 70 years, China and Pakistan have forged an all-weather strategic "
            "cooperative partnership.",
            {CHINA, PAKISTAN},
        ),
    ],
)
def test_a_partnership_had_or_forged(text: str, pair: set[str]) -> None:
    assert _partnerships(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Peru has proposed a partnership with Chile.",
        "Peru has no partnership with Chile.",
        "Australia is also considering a comprehensive strategic partnership with Indonesia.",
        "Vietnam will have a strategic partnership with Brazil.",
        "Indonesia is seeking a strategic partnership with Brazil.",
        "The Philippines and Vietnam may sign a comprehensive strategic partnership next year.",
        "Vietnam and Australia met in 2023 and hope to become strategic partners.",
        "Vietnam and Australia are partners in the fight against terrorism.",
        "Kazakhstan has talks on a partnership with Russia.",
    ],
)
def test_no_partnership_planned_sought_or_denied(text: str) -> None:
    assert _partnerships(text) == []


def test_partners_a_pair_became_after_another_act() -> None:
    found = [
        f
        for f in facts(
            "Vietnam and Australia established diplomatic relations in February 1973 and became "
            "strategic partners in 2018."
        )
        if f.cls.value == "Partnership"
    ]
    (fact,) = found
    assert {e.qid for e in fact.entities("party")} == {VIETNAM, AUSTRALIA}
    assert _start(fact) == "2018"


def test_a_partnership_made_first_and_upgraded_later_starts_first() -> None:
    (fact,) = [
        f
        for f in facts(
            "Belarus and China established a comprehensive strategic partnership in 2013 and "
            "upgraded ties to an all-weather comprehensive strategic partnership in 2022."
        )
        if f.cls.value == "Partnership"
    ]
    assert _start(fact) == "2013"


def test_an_upgrade_after_diplomatic_relations_starts_at_the_upgrade() -> None:
    (fact,) = [
        f
        for f in facts(
            "India and Japan established diplomatic relations in 1952 and upgraded their "
            "relationship to a Special Strategic and Global Partnership in 2014."
        )
        if f.cls.value == "Partnership"
    ]
    assert _start(fact) == "2014"


# --- 6. the gates still imply the patterns --------------------------------------------------------


def test_the_membership_list_start_reads_membership_in() -> None:
    """``_ORG_LIST`` starts at "membership in" and "membership of" (gated by "ember")."""
    for phrase in ("membership in ", "membership of ", "Kazakhstan's membership in both "):
        assert mentions._ORG_LIST.search(phrase), phrase


def test_the_acronym_before_member_needs_the_word_member() -> None:
    blanked = mentions._ACRONYM_ORG.pattern
    for word in mentions._ACRONYM_ORG_KEYS:
        blanked = blanked.replace(word, "(?!)")
    # ("members?" spelled as "member" + "s?" everywhere in the new alternative)
    assert "member\\b" not in blanked
    assert mentions._ACRONYM_ORG.search("a BRICS member since 2024")
    assert mentions._ACRONYM_ORG.search("fellow SCO member Kazakhstan")


def test_possessive_membership_needs_its_gate_word() -> None:
    blanked = memberships_rules._POSSESSIVE_MEMBERSHIP.pattern.replace("membership", "(?!)")
    assert _never(list(_parser.parse(blanked, memberships_rules._POSSESSIVE_MEMBERSHIP.flags)))


def test_has_partnership_with_needs_with_and_a_partnership_word() -> None:
    regex = partnerships._HAS_PARTNERSHIP_WITH
    for word in ("with", "partnerships?|alliance"):
        blanked = regex.pattern.replace(word, "(?!)")
        assert _never(list(_parser.parse(blanked, regex.flags))), word


def test_the_partnership_words_cover_the_new_pattern() -> None:
    assert {"partnership", "partnerships", "alliance"} <= partnerships._PARTNERSHIP_WORDS
    assert isinstance(Entity, type)


# --- 7. diplomatic relations named with other kinds; neighbours -----------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Today, the United States and the Philippines signed a memorandum, which strengthens "
            "our diplomatic and economic relationship.",
            {US, "Q928"},
        ),
        ("Poland and Hungary have diplomatic, trade and cultural ties.", {POLAND, "Q28"}),
        ("Russia and Ukraine cut diplomatic and economic ties.", None),
        ("Kenya and Somalia discussed diplomatic and security issues.", None),
    ],
)
def test_diplomatic_and_other_relations(text: str, pair: set[str] | None) -> None:
    assert parties(facts(text), "DiplomaticRelations") == ([pair] if pair else [])


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia and neighbouring Belarus held joint drills.", {RUSSIA, BELARUS}),
        ("Troops from Russia and neighboring Belarus joined the exercise.", {RUSSIA, BELARUS}),
        ("Kazakhstan and its neighbour Uzbekistan held talks.", {KAZAKHSTAN, UZBEKISTAN}),
        ("Kazakhstan and neighbouring countries held talks.", None),
        ("The EU and neighbouring Ukraine signed a deal.", None),
        ("Russia and neighbouring Belarus did not share data.", None),
    ],
)
def test_a_state_and_its_neighbour(text: str, pair: set[str] | None) -> None:
    assert borders(facts(text)) == ([pair] if pair else [])
