"""Static relations the extractor missed: commodity shares told by who supplies them, who relies
on whom for them or whom they come from, and partnerships told by their start or by a bond held
since a date (session 35, relations).

The sentences are written for this session in wire, agency and ministry styles (none from a
gold set). Conventions followed (all earlier sessions' except where said):

- A share of a state's imports of one commodity ("more than 40 percent of Spain's natural gas
  imports", "about a third of its crude oil imports") is a TradeShare of that state (reporter)
  with the supplier (partner), as a share of its trade is (ANNOTATION.md §4; the gold of spent
  sets annotates commodity shares so). New here: told by the supplier ("Algeria supplied ...",
  "Qatar provides ..."), by reliance ("Japan relies on the UAE for ..."), or by what the reporter
  received, imported or bought from the partner ("Poland received 45 percent of its gas imports
  from Russia"); and a share "of Japan's seafood exports" with the goods named between the
  possessive and "exports". A share of a commodity's supply or use ("buys 90 percent of its
  natural gas from Russia") is a dependence, no share of trade (blind30's gold says so: must_not),
  nor is one with no flow word ("40 percent of Spain's budget"), a hedged one ("could supply"),
  a target ("aims to supply") or a rank.
- A partnership a relative clause says two states started in a year ("the special strategic
  partnership that the two countries established in 2018") holds whatever the main clause
  hopes or plans about it, as a treaty signed in a year does (session 27); so does one two
  states "have been bound by ... since 2018" (only "are bound by" was read), a capitalised one
  ("are bound by the Strategic Partnership for ..."), one a "whose" clause tells made ("X and Y,
  whose alliance was formalised in ...") and a quoted one between two ('the "special strategic
  partnership" between X and Y').
- Forces a state keeps in another are there by its leave (MilitaryBasing) unless "against" its
  will: a sentence going on to "the fight against jihadists" no longer blocks it.
- A caretaker's office is held, as an acting or interim one is; titles with the portfolios
  Ecological Transition, Manpower, Human Resources, Elections and Maritime are offices.
- Memberships told in passing: an acronym the KB lacks "which currently brings together" states,
  a state called an organisation's largest producer, biggest economy or most populous member
  (not a trading partner, nor a region's: "Africa's largest economy"), and a state "as this
  year's G20 president".
- A time between a relative pronoun and its verb ("Kenya, which last year signed a pact with
  ...") is read at the end of its clause, and the clause's dates stay the act's.
- A commodity's flow with its partner named ("U.S. imports of crude oil from Iraq were worth
  ...") is a directional TradeFlow, as one of goods is; arms are none. One named by the goods'
  demonym alone ("imports of Russian oil") stayed none here (test_s12_eco2's convention);
  session 42 made it a flow too, as the gold codes such figures (blind2, 23, 28, 47).
- Tried and dropped: diplomatic relations inferred from an ambassador expelled, recalled or
  summoned (the spent sets' gold annotates them in blind37-46, not in blind14, 23, 25, 26, 32, 36).

Hit rate at 2572d392 (before): positives 6/36, negatives 25/25.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import facts, find, keys, labels

DAY = dt.date(2023, 9, 22)

RUSSIA, USA, JAPAN, CHINA, SPAIN, ALGERIA = "Q159", "Q30", "Q17", "Q148", "Q29", "Q262"
POLAND, QATAR, UAE, SAUDI, INDIA, KOREA = "Q36", "Q846", "Q878", "Q851", "Q668", "Q884"
GERMANY, NORWAY, ITALY, AUSTRALIA, VIETNAM = "Q183", "Q20", "Q38", "Q408", "Q881"
FRANCE, EGYPT, KAZAKHSTAN = "Q142", "Q79", "Q232"

SHARES = [
    # told by the supplier
    (
        "Algeria supplied more than 40 percent of Spain's natural gas imports in 2021.",
        SPAIN,
        ALGERIA,
        "0.4",
    ),
    (
        "Qatar provides about a third of Japan's liquefied natural gas imports.",
        JAPAN,
        QATAR,
        "0.33",
    ),
    (
        "Saudi Arabia supplied around 17 percent of China's crude oil imports last year, ahead "
        "of Russia.",
        CHINA,
        SAUDI,
        "0.17",
    ),
    # told by reliance
    (
        "South Korea relies on Saudi Arabia for about 30 percent of its crude oil imports.",
        KOREA,
        SAUDI,
        "0.3",
    ),
    (
        "Egypt depends on Russia for nearly 60 percent of its wheat imports.",
        EGYPT,
        RUSSIA,
        "0.6",
    ),
    # told by what the reporter received, imported or bought
    (
        "Germany, which received about 55 percent of its gas imports from Russia in 2021, has "
        "filled its storage sites.",
        GERMANY,
        RUSSIA,
        "0.55",
    ),
    (
        "India bought almost 40 percent of its crude oil imports from Russia last year.",
        INDIA,
        RUSSIA,
        "0.4",
    ),
    # the goods named before "exports"
    (
        "China accounted for 20.5 percent of Australia's agricultural exports last year.",
        AUSTRALIA,
        CHINA,
        "0.205",
    ),
]


@pytest.mark.parametrize(("text", "reporter", "partner", "share"), SHARES)
def test_commodity_shares(text: str, reporter: str, partner: str, share: str) -> None:
    found = facts(text, DAY)
    got = find(found, "TradeShare", reporter={reporter}, partner={partner}, share=share)
    assert got is not None, [f for f in found if f.cls.value == "TradeShare"]


def test_a_suppliers_share_keeps_its_year() -> None:
    found = facts("Algeria supplied more than 40 percent of Spain's gas imports in 2021.", DAY)
    assert find(found, "TradeShare", reporter={SPAIN}, partner={ALGERIA}, period="2021")


NO_SHARES = [
    # hedged, planned, negated
    "Qatar could supply 40 percent of Germany's gas imports by 2030.",
    "Algeria aims to supply 30 percent of Italy's natural gas imports.",
    "Norway did not supply 50 percent of Poland's gas imports.",
    # no flow or commodity: a share of something else
    "Russia supplied 40 percent of Egypt's budget deficit financing.",
    "Japan relies on the United States for about 40 percent of its security.",
    # a share of a third state's trade, or a rank
    "France relies on Norway for most of its gas, while Spain buys gas from Algeria.",
    "Saudi Arabia is China's largest source of crude oil imports.",
    # a plan to buy
    "India wants to buy 30 percent of its crude oil imports from Russia.",
    # a share of a commodity's supply or use: a dependence, no share of trade
    "Serbia buys almost 90 percent of its natural gas from Russia.",
    "Qatar supplies a third of Japan's liquefied natural gas.",
    "Egypt relies on Russia for half of its wheat.",
]


@pytest.mark.parametrize("text", NO_SHARES)
def test_no_commodity_share(text: str) -> None:
    got = [f for f in facts(text, DAY) if f.cls.value == "TradeShare"]
    assert not got, got


PARTNERSHIPS = [
    # a partnership started in a year, under a main clause of hopes or plans
    (
        "Japan and Vietnam met in Hanoi on Friday. The leaders said they would further develop "
        "the comprehensive strategic partnership that the two countries established in 2014.",
        {JAPAN, VIETNAM},
        "2014",
    ),
    (
        "Kazakhstan and France held talks in Astana. The two presidents pledged to deepen the "
        "strategic partnership which the two countries forged in 2008.",
        {KAZAKHSTAN, FRANCE},
        "2008",
    ),
    # bound by it since a date
    (
        "India and the UAE have been bound by a comprehensive strategic partnership since 2017.",
        {INDIA, UAE},
        "2017",
    ),
    # a relative clause telling the pair made it
    (
        "Egypt and Greece, whose strategic partnership was established in 2020, signed a "
        "maritime deal.",
        {EGYPT, "Q41"},
        "2020",
    ),
    (
        "Armenia and France, whose alliance was formalised in a declaration, held talks.",
        {"Q399", FRANCE},
        "",
    ),
    # a quoted name between the pair
    (
        "The leaders reaffirmed the 'special strategic partnership' between India and Japan.",
        {INDIA, JAPAN},
        "",
    ),
    (
        "Georgia and Azerbaijan are bound by the Strategic Partnership for Regional Connectivity, "
        "based on the Declaration signed in Tbilisi in 2021.",
        {"Q230", "Q227"},
        "",
    ),
    (
        "Egypt and Russia have long been bound by a comprehensive strategic partnership since "
        "2018, when their presidents signed a treaty to that effect.",
        {EGYPT, RUSSIA},
        "2018",
    ),
]


@pytest.mark.parametrize(("text", "parties", "start"), PARTNERSHIPS)
def test_partnerships_started(text: str, parties: set[str], start: str) -> None:
    found = facts(text, DAY)
    dated = {"startDate": start} if start else {}
    got = find(found, "Partnership", party=parties, **dated)
    assert got is not None, [f for f in found if f.cls.value == "Partnership"]


NO_PARTNERSHIPS = [
    # one to come: not started
    "Japan and Vietnam met in Hanoi. They said they would establish a strategic partnership "
    "in 2025.",
    "Japan and Vietnam met in Hanoi. The partnership that the two countries will establish in "
    "2025 is expected to cover defence.",
    # one planned, or not made
    "Egypt and Greece, whose planned partnership was announced in 2020, signed a deal.",
    "Egypt and Greece, whose partnership was never formalised, met on Monday.",
    # not bound by it
    "India and the UAE have not been bound by any strategic partnership since 2017.",
]


@pytest.mark.parametrize("text", NO_PARTNERSHIPS)
def test_no_partnership_started(text: str) -> None:
    got = [f for f in facts(text, DAY) if f.cls.value == "Partnership"]
    assert not got, got


def test_keys_helper_is_used() -> None:
    found = facts("Algeria supplied 40 percent of Spain's gas imports in 2021.", DAY)
    shares = [f for f in found if f.cls.value == "TradeShare"]
    assert shares and keys(shares[0].get("reporter")) == {SPAIN}


STATIONED = [
    # a presence whose sentence goes on to fight against someone
    (
        "France keeps about 1,000 troops in Chad, a key partner in the fight against jihadists.",
        FRANCE,
        "Q657",
    ),
    (
        "The United States maintains some 900 troops in Syria to fight against the remnants of "
        "the Islamic State group.",
        USA,
        "Q858",
    ),
]


@pytest.mark.parametrize(("text", "grantee", "grantor"), STATIONED)
def test_forces_kept_while_fighting_against_a_third(text: str, grantee: str, grantor: str) -> None:
    found = facts(text, DAY)
    got = find(found, "Permission", grantee={grantee}, grantor={grantor})
    assert got is not None, [f for f in found if f.cls.value == "Permission"]


NOT_STATIONED = [
    "Russia keeps about 1,500 troops in Moldova against the will of its government.",
    "Russia keeps some 1,500 troops in Moldova against Moldova's wishes.",
]


@pytest.mark.parametrize("text", NOT_STATIONED)
def test_forces_kept_against_the_hosts_will(text: str) -> None:
    got = [f for f in facts(text, DAY) if f.cls.value == "Permission"]
    assert not got, got


TENURES = [
    # a caretaker's office is held, as an acting or interim one is
    (
        "Nepal's caretaker foreign minister, Narayan Khadka, held talks with Indian Foreign "
        "Minister S. Jaishankar in New Delhi.",
        "Narayan Khadka",
        "Q837",
        "ForeignMinister",
    ),
    (
        "Pakistan's caretaker prime minister, Anwaar-ul-Haq Kakar, met Chinese President Xi "
        "Jinping in Beijing on Wednesday.",
        "Anwaar-ul-Haq Kakar",
        "Q843",
        "HeadOfGovernment",
    ),
    # portfolios the titles did not know
    (
        "French Prime Minister Elisabeth Borne was accompanied by Minister of Ecological "
        "Transition Christophe Béchu.",
        "Christophe Béchu",
        "Q142",
        "Minister",
    ),
    (
        "The agreement was signed by Indonesian Manpower Minister Ida Fauziyah and her "
        "Malaysian counterpart.",
        "Ida Fauziyah",
        "Q252",
        "Minister",
    ),
    (
        "Haitian Elections Minister Mathias Pierre told reporters the vote would be delayed.",
        "Mathias Pierre",
        "Q790",
        "Minister",
    ),
    (
        "Malaysian Human Resources Minister M. Saravanan visited Jakarta on Monday.",
        "M. Saravanan",
        "Q833",
        "Minister",
    ),
]


def names(fact: Fact) -> set[str]:
    """The names a Tenure's holder is known by (its labels)."""
    return set(labels(fact, "holder"))


@pytest.mark.parametrize(("text", "holder", "state", "role"), TENURES)
def test_tenures_of_more_titles(text: str, holder: str, state: str, role: str) -> None:
    found = facts(text, DAY)
    got = [f for f in found if f.cls.value == "Tenure" and any(holder in n for n in names(f))]
    assert any(
        keys(f.get("jurisdiction")) == {state} and str(f.get("role")[0]) == role for f in got
    ), [f for f in found if f.cls.value == "Tenure"]


def test_a_former_caretaker_holds_no_office() -> None:
    found = facts(
        "Former caretaker prime minister Anwaar-ul-Haq Kakar criticised the government.", DAY
    )
    assert not [f for f in found if f.cls.value == "Tenure"]


MEMBERSHIPS = [
    # an acronym the KB lacks grouping states in a relative clause with an adverb
    (
        "MIKTA, which currently brings together Mexico, Indonesia, South Korea, Turkey and "
        "Australia, met in New York.",
        "Q96",
        "MIKTA",
    ),
    # a state called the organisation's foremost member by what it is or produces
    ("Nigeria, OPEC's largest producer in Africa, raised its output.", "Q1033", "Q7795"),
    ("Germany is the EU's biggest economy.", GERMANY, "Q458"),
    ("Indonesia, ASEAN's most populous member, hosted the summit.", "Q252", "Q7768"),
    # a state as the organisation's president
    ("India, as this year's G20 president, hosted the ministers in New Delhi.", INDIA, "Q19771"),
]


@pytest.mark.parametrize(("text", "member", "org"), MEMBERSHIPS)
def test_memberships_told_in_passing(text: str, member: str, org: str) -> None:
    found = facts(text, DAY)
    got = [
        f
        for f in found
        if f.cls.value == "Membership"
        and keys(f.get("member")) == {member}
        and (keys(f.get("organization")) == {org} or org in labels(f, "organization"))
    ]
    assert got, [f for f in found if f.cls.value == "Membership"]


NO_MEMBERSHIPS = [
    # partners and regions are no organisations' members
    "China, ASEAN's largest trading partner, sent a delegation.",
    "Nigeria, Africa's largest economy, hosted the talks.",
    "Canada is the United States' largest oil exporter.",
    # hedged or to come
    "Germany could become the EU's biggest economy again.",
    "President Joe Biden, as the host, thanked the leaders.",
]


@pytest.mark.parametrize("text", NO_MEMBERSHIPS)
def test_no_membership_told_in_passing(text: str) -> None:
    got = [f for f in facts(text, DAY) if f.cls.value == "Membership"]
    assert not got, got


def test_a_treaty_signed_in_a_relative_clause_with_its_time_first() -> None:
    found = facts(
        "Kenya, which last year signed a security pact with Ethiopia and Somalia, called for calm.",
        DAY,
    )
    got = find(found, "TreatyRelation", party={"Q114", "Q115", "Q1045"}, date="2022")
    assert got is not None, [f for f in found if f.cls.value == "TreatyRelation"]


def test_a_membership_joined_in_a_relative_clause_with_its_time_first() -> None:
    found = facts("Sweden, which in March joined NATO, hosted the exercise.", DAY)
    got = find(found, "Membership", member={"Q34"}, organization={"Q7184"}, startDate="2023-03")
    assert got is not None, [f for f in found if f.cls.value == "Membership"]


def test_a_relative_clauses_time_is_not_the_main_acts() -> None:
    found = facts(
        "Shehbaz Sharif, who last week met Xi Jinping, held talks with Mohammed bin Salman on "
        "Tuesday.",
        DAY,
    )
    dates = {
        str(v) for f in found if f.cls.value == "Meeting" for v in f.get("date") if f.get("date")
    }
    assert "2023-09-19" in dates, dates


FLOWS = [
    (
        "U.S. imports of crude oil from Iraq were worth about 9.5 billion dollars in 2022.",
        "Q796",
        USA,
        "9500000000",
    ),
    (
        "Australian exports of coal to Japan were worth 40 billion Australian dollars last year.",
        AUSTRALIA,
        JAPAN,
        "40000000000",
    ),
]


@pytest.mark.parametrize(("text", "exporter", "importer", "amount"), FLOWS)
def test_commodity_flows(text: str, exporter: str, importer: str, amount: str) -> None:
    found = facts(text, DAY)
    got = find(found, "TradeFlow", exporter={exporter}, importer={importer}, amount=amount)
    assert got is not None, [f for f in found if f.cls.value == "TradeFlow"]


def test_no_flow_of_arms() -> None:
    found = facts("U.S. exports of weapons to Taiwan were worth 5 billion dollars.", DAY)
    assert not [f for f in found if f.cls.value == "TradeFlow"]
