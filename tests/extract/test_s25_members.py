# ruff: noqa: E501  (a table of sentences)
"""Memberships and permissions probed with a battery of fresh sentences (session 25).

A battery of 129 sentences written for this session (/tmp/s25/members-work/battery.txt: wire
stories, readouts, ministry releases; Africa, Latin America, Asia, the Middle East, Europe, the
Pacific; lists, relative clauses, appositions, possessives, passives, negations, hypotheticals,
plans, reported speech), with the facts ANNOTATION.md expects written before the extractor was
run (85 sentences, then 22, 22 and 18 more after each round of fixes). At d13df34 it gave 3
wrong facts of this family and missed 40 (30 memberships, 10 permissions):

- wrong: "Qatar, a member of OPEC until 2019, now exports gas mainly to Asia" gave a current
  Membership (an apposition told over by a year before the article's; session 23 read only
  "was a member ... until"); "Mexico and Canada, fellow members of the USMCA trade pact," gave
  two Memberships of a trade agreement (a TreatyRelation's parties, not an organisation's).
- missed: members named after their organisation ("ECOWAS, which has 15 member states including
  Ghana and Nigeria", "Members of the African Union, among them Kenya and Ethiopia", "The EU's
  members Hungary and Austria", "NATO's newest members, Finland and Sweden,", "The OIC, whose 57
  members include ..."); "are among ECOWAS members"; "Poland and other members of NATO";
  "Argentina joined fellow Mercosur members Brazil and Uruguay" (Argentina); "The EU and the
  African Union are both members of the G20" (the EU); "The African Union's current chair,
  Mauritania,"; "holds the pro tempore presidency of"; "Turkey's NATO membership gives it ...";
  "The EU provided aid to its member states Greece and Italy"; permissions to armed craft named
  after the grantee ("permitted a US aircraft carrier to make a port call", "allowed US warships
  to dock at Rota", "gave Russian military trucks transit rights", "a basing agreement allowing
  US submarines to use HMAS Stirling"), "agreed to host a NATO air base", access to ports "under
  a defence agreement", "Under the agreement, Japanese forces can train in the Philippines", and
  an agreement's signers told "A and the B signed an agreement allowing ..." (the grantor was
  looked for in the text the match began in, after "the B").

Fixed (each with paraphrases below, positives and negatives):

1. Members named after their organisation: "ORG, which has 15 member states including X and
   Y", "Members (member states) of ORG, among them / including / such as X and Y", "ORG's
   (newest, founding, current, two ...) members X and Y" or ", X and Y," (not "former",
   "future", "prospective" members, nor a list that goes on in a clause of its own).
2. "X, Y and Z are among ECOWAS members", "among the six GCC members".
3. "X and other members of ORG", "X, along with other members of ORG,".
4. "X joined (its) fellow ORG members Y and Z in ...": X too.
5. An organisation in a list of members ("The EU and the African Union are both members of the
   G20"), the list stopping at ", and" (not "the eurozone, and Poland is a member of the OECD").
6. The chair named after its organisation: "The AU's current chair, Mauritania,", "ASEAN chair
   Laos hosted ..." (a state, not a leader; not a former chair); "holds the pro tempore
   presidency of".
7. "Turkey's NATO membership gives it ...": a membership the clause is about, by the
   possessive before the organisation's name, only for a state the KB has as a member (this
   form is most often accession talk, "Ukraine's NATO membership", and a hedge such as "a long
   way off" has no word of its own), with the same guards as "X's membership in ORG".
8. "The EU provided aid to its member states Greece and Italy": the organisation's own members
   after "its" (no other party between).
9. "Qatar, a member of OPEC until 2019, ...": a membership ended in a year before the
   article's, told right after it, is a former one (a term that runs on, "until 2025", stays).
10. Permissions to armed craft the mask does not fold into the grantee ("a US aircraft carrier",
   "US submarines", "military trucks"), after "a"/"an" ("agreed to host a NATO air base", "a US
   military base"); "make a port call"; "to use HMAS Stirling" (a named place) for armed craft;
   the signers of "A and the B signed an agreement allowing ..." found.
11. Access to ports and airports granted "under a defence agreement" (or a security pact) is a
   military one (not "under a trade agreement").
12. A permission a newspaper or a news service reports (", The Wall Street Journal reported",
   ", Bloomberg reported, citing ...", "the Japanese daily Asahi reported", "according to media
   reports", "The X Times reported that ..."): unconfirmed, no fact; a news agency, which may be
   a party's own ("TASS reported", ANNOTATION.md §6), and a state or its ministry reporting its
   own grant still give it. Without this, fix 10 would have turned "Cuba agreed to host a
   Chinese spy base, The Wall Street Journal reported" into a wrong fact.
13. "Under the agreement, Japanese forces can train in the Philippines" (not a draft one).
14. "Sweden, NATO's newest member,", "Indonesia, the only G20 member from Southeast Asia,",
   "Japan, the only Asian G7 member,": a state called a member in an apposition, by the
   organisation's possessive or a rank before its name (not a partner, a candidate or a former
   member).
15. "Hungary, which holds the EU's rotating presidency from July,": a presidency named by the
   organisation's possessive (a chair to come is held by a member, as the rules already read
   "will hold the presidency").
16. "Mexico and Canada, fellow members of the USMCA trade pact,", "Vietnam, a member of the
   CPTPP free trade agreement,": an unlinked name the sentence calls a pact or an agreement is
   no organisation, its parties no members (wrong facts before, found in the fourth batch).
17. "Turkey allowed Russian warships to return to their base in the Black Sea": the grantee's
   own base, no Permission (a wrong fact before, in the plural; fix 10's "a" would have added
   the singular).

Battery (147 sentences): wrong facts 3 -> 0, misses 40 -> 8. Rows below: positives 1/39 before
-> 39/39 after; negatives 27/33 before -> 33/33 after (and 4/5 -> 5/5 for the tests at the end).
Rule dump (1,263 articles): byte-identical (sha1 49cf645...): none of these forms occurs in the
corpus, probes or synthetic articles; spent gold sets unchanged.

Found and left (one example each): "Turkey's NATO membership gives it leverage over Sweden's
bid" (another state's bid makes the whole sentence accession talk); "Saudi Arabia and Russia
lead the OPEC+ group of oil producers" (leading a group the KB lacks, unlinked); "The OIC, whose
57 members include Pakistan and Indonesia" (the KB has no "OIC" abbreviation); "Denmark,
Iceland and Norway are Nordic members of NATO, and Finland and Sweden are members of the Nordic
Council" (Finland missed: the organisation list of the first clause runs on over ", and
Finland"; older than this session); conventions kept: "Sri Lanka allowed a Chinese research
vessel to dock at Colombo port" (no armed craft, no Permission, as session 23 chose), "Turkey
opened its airspace to Armenian flights" (civil flights), "Kazakhstan granted Russia access to
the Baikonur cosmodrome" (no military activity), "Comoros, which held the AU chairmanship last
year, handed it to Mauritania" (Mauritania's chair told by "it"), "Kazakhstan will take over the
chairmanship of the SCO in July" (a chair to come is held by a member: the rules' convention,
kept); "Greece authorised the United States to use the port of Alexandroupolis for military
shipments" (no armed craft named with the grantee), "Japan and the Philippines signed an
agreement allowing their troops to train in each other's territory" ("their troops": no state
slot); "Ukraine and other members of the Ramstein group pledged ..." (a Membership of an unlinked
"Ramstein": the contact group's name as the mentions cut it, left as the older "other ORG
members" form reads it)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find

DAY = dt.date(2024, 3, 15)

M, PM = "Membership", "Permission"

POSITIVES = [
    # 1. members named after their organisation
    pytest.param(
        M,
        {"member": {"Q1033"}, "organization": {"Q193272"}},
        "ECOWAS, which has 15 member states including Ghana and Nigeria, imposed sanctions on Guinea.",
        id="which-has-including",
    ),
    pytest.param(
        M,
        {"member": {"Q869"}, "organization": {"Q7768"}},
        "ASEAN, which counts ten members such as Thailand and Cambodia, met in Vientiane.",
        id="which-counts-such-as",
    ),
    pytest.param(
        M,
        {"member": {"Q115"}, "organization": {"Q7159"}},
        "Members of the African Union, among them Kenya and Ethiopia, endorsed the plan.",
        id="members-of-among-them",
    ),
    pytest.param(
        M,
        {"member": {"Q810"}, "organization": {"Q7172"}},
        "Member states of the Arab League, including Jordan and Egypt, rejected the proposal.",
        id="member-states-of-including",
    ),
    pytest.param(
        M,
        {"member": {"Q40"}, "organization": {"Q458"}},
        "The EU's members Hungary and Austria blocked the decision.",
        id="possessive-members",
    ),
    pytest.param(
        M,
        {"member": {"Q34"}, "organization": {"Q7184"}},
        "NATO's newest members, Finland and Sweden, took part in the exercise.",
        id="possessive-newest-apposition",
    ),
    pytest.param(
        M,
        {"member": {"Q1008"}, "organization": {"Q193272"}},
        "ECOWAS's founding members, Senegal and Côte d'Ivoire, have called for calm.",
        id="possessive-founding-apposition",
    ),
    # 2. "among ECOWAS members"
    pytest.param(
        M,
        {"member": {"Q1041"}, "organization": {"Q193272"}},
        "Nigeria, Ghana and Senegal are among ECOWAS members.",
        id="among-org-members",
    ),
    pytest.param(
        M,
        {"member": {"Q817"}, "organization": {"Q217172"}},
        "Kuwait and Bahrain are among the six GCC members that backed the plan.",
        id="among-count-org-members",
    ),
    pytest.param(
        M,
        {"member": {"Q79"}, "organization": {"Q7172"}},
        "Saudi Arabia, Egypt and Jordan were among the Arab League members that attended.",
        id="among-the-org-members-past",
    ),
    # 3. "X and other members of ORG"
    pytest.param(
        M,
        {"member": {"Q36"}, "organization": {"Q7184"}},
        "Poland and other members of NATO have increased defence spending.",
        id="and-other-members-of",
    ),
    pytest.param(
        M,
        {"member": {"Q232"}, "organization": {"Q4173083"}},
        "Kazakhstan, along with other members of the Eurasian Economic Union, agreed to the new tariff schedule.",
        id="along-with-other-members-of",
    ),
    # 4. a state joining fellow members it names
    pytest.param(
        M,
        {"member": {"Q414"}, "organization": {"Q4264"}},
        "Argentina joined fellow Mercosur members Brazil and Uruguay in rejecting the proposal.",
        id="joined-fellow",
    ),
    pytest.param(
        M,
        {"member": {"Q191"}, "organization": {"Q7184"}},
        "Estonia has joined fellow NATO allies Latvia and Lithuania in calling for more air defence.",
        id="joined-fellow-allies",
    ),
    pytest.param(
        M,
        {"member": {"Q424"}, "organization": {"Q7768"}},
        "Cambodia joined its fellow ASEAN members in calling for restraint.",
        id="joined-its-fellow",
    ),
    # 5. an organisation in a list of members
    pytest.param(
        M,
        {"member": {"Q458"}, "organization": {"Q19771"}},
        "The EU and the African Union are both members of the G20.",
        id="org-in-list",
    ),
    # 6. the chair named after its organisation
    pytest.param(
        M,
        {"member": {"Q1025"}, "organization": {"Q7159"}},
        "The African Union's current chair, Mauritania, called for dialogue.",
        id="org-chair-apposition",
    ),
    pytest.param(
        M,
        {"member": {"Q819"}, "organization": {"Q7768"}},
        "ASEAN chair Laos hosted the foreign ministers in Vientiane.",
        id="org-chair-named",
    ),
    pytest.param(
        M,
        {"member": {"Q31"}, "organization": {"Q458"}},
        "The EU presidency, Belgium, said talks would continue.",
        id="eu-presidency-apposition",
    ),
    # 7. a membership the clause is about, named before it (KB members only)
    pytest.param(
        M,
        {"member": {"Q43"}, "organization": {"Q7184"}},
        "Turkey's NATO membership gives it a say in the alliance's decisions.",
        id="possessive-org-membership",
    ),
    pytest.param(
        M,
        {"member": {"Q28"}, "organization": {"Q458"}},
        "Analysts said that Hungary's EU membership has brought it billions in funds.",
        id="possessive-org-membership-that",
    ),
    # 8. an organisation's own members after "its"
    pytest.param(
        M,
        {"member": {"Q38"}, "organization": {"Q458"}},
        "The EU provided aid to its member states Greece and Italy to manage migration.",
        id="its-member-states",
    ),
    # 12. a chair "pro tempore"; a count before "members include"
    pytest.param(
        M,
        {"member": {"Q298"}, "organization": {"Q7122288"}},
        "Chile currently holds the pro tempore presidency of the Pacific Alliance.",
        id="pro-tempore",
    ),
    pytest.param(
        M,
        {"member": {"Q810"}, "organization": {"Q7172"}},
        "The Arab League, whose 22 members include Egypt and Jordan, met in Cairo.",
        id="whose-count-members-include",
    ),
    # 14. a state called a member in an apposition, by the organisation's possessive or a rank
    pytest.param(
        M,
        {"member": {"Q34"}, "organization": {"Q7184"}},
        "Sweden, NATO's newest member, hosted the drills.",
        id="apposed-possessive-newest",
    ),
    pytest.param(
        M,
        {"member": {"Q252"}, "organization": {"Q19771"}},
        "Indonesia, the only G20 member from Southeast Asia, spoke first.",
        id="apposed-the-only",
    ),
    pytest.param(
        M,
        {"member": {"Q36"}, "organization": {"Q458"}},
        "Poland, the largest EU member in the east, agreed.",
        id="apposed-the-largest-eu",
    ),
    pytest.param(
        M,
        {"member": {"Q17"}, "organization": {"Q1764511"}},
        "Japan, the only Asian G7 member, hosted the summit.",
        id="apposed-the-only-asian",
    ),
    # 15. a presidency held, named by the organisation's possessive
    pytest.param(
        M,
        {"member": {"Q28"}, "organization": {"Q458"}},
        "Hungary, which holds the EU's rotating presidency from July, has drawn criticism.",
        id="holds-possessive-presidency",
    ),
    # 16. an unlinked organisation not called a pact stays one
    pytest.param(
        M,
        {"member": {"Q419"}, "organization": {"APEC"}},
        "Peru is a member of APEC and a party to the CPTPP trade pact.",
        id="unlinked-org-beside-pact",
    ),
    # 10. permissions: armed craft named after the grantee's slot
    pytest.param(
        PM,
        {"grantor": {"Q881"}, "grantee": {"Q30"}, "activity": "MilitaryBasing"},
        "Vietnam permitted a US aircraft carrier to make a port call in Da Nang.",
        id="carrier-port-call",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q29"}, "grantee": {"Q30"}, "activity": "MilitaryBasing"},
        "Spain allowed US warships to dock at Rota.",
        id="warships-dock",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q218"}, "grantee": {"Q7184"}, "activity": "MilitaryBasing"},
        "Romania has agreed to host a NATO air base near Constanta.",
        id="host-org-base",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q36"}, "grantee": {"Q30"}, "activity": "MilitaryBasing"},
        "Poland agreed to host a US military base.",
        id="host-a-base",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q230"}, "grantee": {"Q159"}, "activity": "MilitaryTransit"},
        "Georgia gave Russian military trucks transit rights through its territory.",
        id="trucks-transit-rights",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q408"}, "grantee": {"Q30"}, "activity": "MilitaryBasing"},
        "Australia and the United States signed a basing agreement allowing US submarines to use HMAS Stirling.",
        id="agreement-submarines",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q408"}, "grantee": {"Q30"}, "activity": "MilitaryBasing"},
        "Australia and the United States signed an agreement allowing US forces to use the port of Fremantle.",
        id="and-the-signers",
    ),
    # 13. forces that can train on a state's soil under an agreement
    pytest.param(
        PM,
        {"grantor": {"Q928"}, "grantee": {"Q17"}, "activity": "MilitaryExercise"},
        "Under the agreement, Japanese forces can train in the Philippines.",
        id="under-agreement-train",
    ),
    # 11. access to ports under a defence agreement
    pytest.param(
        PM,
        {"grantor": {"Q691"}, "grantee": {"Q30"}, "activity": "MilitaryBasing"},
        "Papua New Guinea granted the United States access to its ports and airports under a defence agreement signed in May.",
        id="ports-defence-agreement",
    ),
]

NEGATIVES = [
    # 9. a membership ended in a year before the article's, in an apposition
    pytest.param(
        M,
        {"member": {"Q846"}, "organization": {"Q7795"}},
        "Qatar, a member of OPEC until 2019, now exports gas mainly to Asia.",
        id="apposition-until-past",
    ),
    pytest.param(
        M,
        {"member": {"Q145"}, "organization": {"Q458"}},
        "Britain, an EU member until January 2020, now trades with the bloc under a new deal.",
        id="apposition-until-month",
    ),
    # 1. not former, future members; not a list that goes on
    pytest.param(
        M,
        {"member": {"Q1028"}, "organization": {"Q7159"}},
        "Former members of the African Union, including Morocco, attended.",
        id="former-members-including",
    ),
    pytest.param(
        M,
        {"member": {"Q212"}, "organization": {"Q458"}},
        "The EU's future members, Ukraine and Moldova, were invited.",
        id="future-members-apposition",
    ),
    pytest.param(
        M,
        {"member": {"Q212"}, "organization": {"Q458"}},
        "The EU's prospective members Ukraine and Moldova were invited.",
        id="prospective-members",
    ),
    # 3. not candidates
    pytest.param(
        M,
        {"member": {"Q212"}, "organization": {"Q458"}},
        "Ukraine and other candidates for membership of the EU met in Brussels.",
        id="other-candidates",
    ),
    pytest.param(
        M,
        {"member": {"Q212"}, "organization": {"Q7184"}},
        "Ukraine is not among NATO members.",
        id="not-among",
    ),
    # 6. not a former chair, nor a leader
    pytest.param(
        M,
        {"member": {"Q1041"}, "organization": {"Q7159"}},
        "The AU's former chair, Senegal, spoke first.",
        id="former-chair",
    ),
    pytest.param(
        M,
        {"member": {"Q1033"}, "organization": {"Q193272"}},
        "The ECOWAS chair, Nigeria's Bola Tinubu, said sanctions would stay.",
        id="chair-a-leader",
    ),
    # 14. not a partner, a candidate or a former member
    pytest.param(
        M,
        {"member": {"Q212"}, "organization": {"Q7184"}},
        "Ukraine, NATO's newest partner, hosted the drills.",
        id="apposed-partner",
    ),
    pytest.param(
        M,
        {"member": {"Q212"}, "organization": {"Q458"}},
        "Ukraine, the EU's newest candidate member, hosted the talks.",
        id="apposed-candidate",
    ),
    pytest.param(
        M,
        {"member": {"Q145"}, "organization": {"Q458"}},
        "Britain, the EU's former member, signed a deal.",
        id="apposed-former",
    ),
    # 16. an unlinked name the sentence calls a pact is no organisation
    pytest.param(
        M,
        {"member": {"Q96"}, "organization": {"USMCA"}},
        "Mexico and Canada, fellow members of the USMCA trade pact, expressed concern.",
        id="pact-fellow-members",
    ),
    pytest.param(
        M,
        {"member": {"Q881"}, "organization": {"CPTPP"}},
        "Vietnam, a member of the CPTPP free trade agreement, exports shoes.",
        id="pact-apposition",
    ),
    pytest.param(
        M,
        {"member": {"Q298"}, "organization": {"CPTPP"}},
        "Peru and Chile are members of the CPTPP trade pact.",
        id="pact-are-members",
    ),
    # 7. accession talk, or a state the KB has no member
    pytest.param(
        M,
        {"member": {"Q230"}, "organization": {"Q458"}},
        "Georgia's EU membership is a long way off.",
        id="possessive-not-a-member",
    ),
    pytest.param(
        M,
        {"member": {"Q212"}, "organization": {"Q7184"}},
        "Ukraine's NATO membership would anger Moscow.",
        id="possessive-hedged",
    ),
    pytest.param(
        M,
        {"member": {"Q43"}, "organization": {"Q7184"}},
        "Turkey's NATO membership was never questioned.",
        id="possessive-negated",
    ),
    # 8. another party's members
    pytest.param(
        M,
        {"member": {"Q212"}, "organization": {"Q458"}},
        "The EU urged Russia to respect its neighbours Ukraine and Moldova.",
        id="its-neighbours",
    ),
    # 10. permissions not given, or of no armed craft
    pytest.param(
        PM,
        {"grantor": {"Q854"}, "grantee": {"Q148"}},
        "Sri Lanka allowed a Chinese research vessel to dock at Colombo port.",
        id="research-vessel",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q41"}, "grantee": {"Q148"}},
        "Greece allowed a Chinese company to build a port.",
        id="company",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q881"}, "grantee": {"Q30"}},
        "Vietnam refused to let a US aircraft carrier make a port call in Da Nang.",
        id="refused",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q408"}, "grantee": {"Q30"}},
        "Australia and the United States signed a draft agreement allowing US submarines to use HMAS Stirling.",
        id="draft-agreement",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q408"}, "grantee": {"Q30"}},
        "Australia could allow US submarines to use HMAS Stirling.",
        id="could-allow",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q928"}, "grantee": {"Q17"}},
        "Under the draft agreement, Japanese forces can train in the Philippines.",
        id="under-draft-agreement-train",
    ),
    # 17. a grantee let return to its own base
    pytest.param(
        PM,
        {"grantor": {"Q43"}, "grantee": {"Q159"}},
        "Turkey allowed Russian warships to return to their base in the Black Sea.",
        id="return-to-their-base",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q43"}, "grantee": {"Q159"}},
        "Turkey allowed a Russian warship to return to its home port of Sevastopol.",
        id="return-to-its-home-port",
    ),
    # 11. not under a trade agreement
    pytest.param(
        PM,
        {"grantor": {"Q854"}, "grantee": {"Q668"}},
        "Sri Lanka granted India access to its ports under a trade agreement.",
        id="ports-trade-agreement",
    ),
    # 12. a permission a news outlet reports
    pytest.param(
        PM,
        {"grantor": {"Q241"}, "grantee": {"Q148"}},
        "Cuba agreed to host a Chinese military base, The Wall Street Journal reported.",
        id="outlet-reported",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q241"}, "grantee": {"Q148"}},
        "Cuba has agreed to host a Chinese spy base, according to media reports.",
        id="according-to-reports",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q241"}, "grantee": {"Q148"}},
        "The Wall Street Journal reported that Cuba had agreed to host a Chinese military base.",
        id="outlet-reported-that",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q241"}, "grantee": {"Q148"}},
        "Cuba agreed to host a Chinese military base, Bloomberg reported, citing people familiar with the matter.",
        id="news-service-reported",
    ),
    pytest.param(
        PM,
        {"grantor": {"Q241"}, "grantee": {"Q148"}},
        "Cuba agreed to host a Chinese military base, the Japanese daily Asahi reported.",
        id="daily-reported",
    ),
]


@pytest.mark.parametrize(("cls", "roles", "text"), POSITIVES)
def test_positive(cls: str, roles: dict[str, set[str] | str], text: str) -> None:
    found = facts(text, DAY)
    assert find(found, cls, **roles) is not None, found


@pytest.mark.parametrize(("cls", "roles", "text"), NEGATIVES)
def test_negative(cls: str, roles: dict[str, set[str] | str], text: str) -> None:
    found = facts(text, DAY)
    assert find(found, cls, **roles) is None, found


@pytest.mark.parametrize(
    "text",
    [
        "Belarus let Russian troops use its territory for drills, TASS reported.",
        "Iran allowed Russian bombers to use the Hamadan airbase, state news agency IRNA reported.",
    ],
)
def test_a_news_agency_is_no_outlet(text: str) -> None:
    """A news agency may be a party's own (ANNOTATION.md §6): its report keeps the grant."""
    found = facts(text, DAY)
    assert [f for f in found if f.cls.value == PM], found


def test_a_state_that_reports_its_own_grant_keeps_it() -> None:
    """A state's ministry (masked, a party) reporting is no outlet's report."""
    found = facts(
        "Poland agreed to host a US military base, the Polish defence ministry reported.", DAY
    )
    assert find(found, PM, grantor={"Q36"}, grantee={"Q30"}) is not None, found


def test_a_term_that_runs_on_is_kept() -> None:
    """ "until 2025" in a 2024 article: a term, not a membership over."""
    found = facts("Japan, a member of the Security Council until 2025, voted in favour.", DAY)
    assert find(found, M, member={"Q17"}) is not None, found


def test_an_organisation_before_a_clause_of_its_own_is_no_member() -> None:
    """ "..., and Poland is a member of the OECD": the eurozone of the first clause is no member
    of the OECD (an organisation in a list of members stops at ", and")."""
    found = facts("Croatia is a member of the eurozone, and Poland is a member of the OECD.", DAY)
    assert find(found, M, member={"Q36"}, organization={"Q41550"}) is not None, found
    members = [f for f in found if f.cls.value == M and find([f], M, organization={"Q41550"})]
    assert all(find([f], M, member={"Q36"}) for f in members), found
