"""Relation and economy facts missed on unseen articles (session 12, round 3): memberships told
as becoming a member, as participating States, as a role or in an "of which" clause, formed
"together"; second clauses that leave their subject out; signings whose agreement is described
with a hedge; treaties named with a year; partnerships two parties agree on elevating;
permissions in a relative clause or granted by an agreement; trade shares written as fractions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dipld.extract import economy
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts
from tests.extract.test_s11_rel import memberships
from tests.extract.test_s11_rel2 import parties

SWEDEN, FINLAND, NATO, OSCE, ASEAN, EAEU = "Q34", "Q33", "Q7184", "Q81299", "Q7768", "Q4173083"
KAZAKHSTAN, KYRGYZSTAN, UZBEKISTAN, ARMENIA, AZERBAIJAN = "Q232", "Q813", "Q265", "Q399", "Q227"
RUSSIA, BELARUS, UNION_STATE, CSTO, INDONESIA, UKRAINE = (
    "Q159",
    "Q184",
    "Q166110",
    "Q318693",
    "Q252",
    "Q212",
)
INDIA, BANGLADESH, PAKISTAN, JAPAN, CHINA, GEORGIA = "Q668", "Q902", "Q843", "Q17", "Q148", "Q230"
VIETNAM, MALAYSIA, KENYA, AUSTRALIA, PNG, US = "Q881", "Q833", "Q114", "Q408", "Q691", "Q30"
NORWAY, MONGOLIA, MOLDOVA, EU, TURKMENISTAN = "Q20", "Q711", "Q217", "Q458", "Q874"
THURSDAY = dt.date(2024, 3, 7)


def _start(fact: Fact) -> str | None:
    value = fact.one("startDate")
    return getattr(value, "lexical", None)


def _date(fact: Fact) -> str | None:
    value = fact.one("date")
    return getattr(value, "lexical", None)


def _of(found: list[Fact], cls: str) -> list[Fact]:
    return [f for f in found if f.cls.value == cls]


# --- 1. memberships ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Today, Sweden becomes the 32nd member of NATO.", {(SWEDEN, NATO)}),
        ("Finland today becomes NATO's newest member.", {(FINLAND, NATO)}),
        (
            "Kazakhstan and Uzbekistan are both participating States of the OSCE.",
            {(KAZAKHSTAN, OSCE), (UZBEKISTAN, OSCE)},
        ),
        ("Armenia, an OSCE participating State, hosted the talks.", {(ARMENIA, OSCE)}),
        (
            "OSCE participating States Armenia and Azerbaijan met.",
            {(ARMENIA, OSCE), (AZERBAIJAN, OSCE)},
        ),
        (
            "The minister praised Indonesia's role as an active member of ASEAN.",
            {(INDONESIA, ASEAN)},
        ),
        (
            "Kazakhstan underlined its position as a founding member of the CSTO.",
            {(KAZAKHSTAN, CSTO)},
        ),
        (
            "The ministers discussed tariffs within the Eurasian Economic Union, of which both "
            "Armenia and Kyrgyzstan are members.",
            {(ARMENIA, EAEU), (KYRGYZSTAN, EAEU)},
        ),
        (
            "Russia and Belarus together form the Union State.",
            {(RUSSIA, UNION_STATE), (BELARUS, UNION_STATE)},
        ),
        ("Kyrgyzstan, an active member of the CSTO, hosted the drills.", {(KYRGYZSTAN, CSTO)}),
        ("As an active member of ASEAN, Indonesia backed the plan.", {(INDONESIA, ASEAN)}),
    ],
)
def test_memberships_told_other_ways(text: str, pairs: set[tuple[str, str]]) -> None:
    assert memberships(facts(text, THURSDAY)) == pairs


def test_becoming_a_member_today_starts_the_membership() -> None:
    (fact,) = _of(facts("Today, Sweden becomes the 32nd member of NATO.", THURSDAY), "Membership")
    assert _start(fact) == "2024-03-07"


@pytest.mark.parametrize(
    "text",
    [
        "Once Sweden becomes a member of NATO, the alliance will grow.",
        "Sweden becomes a NATO member next week.",
        "After Hungary ratifies the protocol, Sweden becomes a member of NATO.",
        "Sweden becomes a member of NATO on March 12.",
        "Ukraine hopes to become the next member of NATO.",
        "Ukraine's future role as a member of NATO was discussed.",
        "Georgia's role as an observer of the SCO was praised.",
        "Turkey's role as a mediator between Russia and Ukraine was welcomed.",
        "The SCO, of which Mongolia is an observer, met in Astana.",
        "The EU, of which both Ukraine and Moldova are candidates, opened talks.",
        "The EU, of which Ukraine hopes to become a member, opened talks.",
        "Moldova, an aspiring member of the EU, held elections.",
        "Armenia and Azerbaijan are not participating States of the OSCE.",
        "Armenia and Azerbaijan will together form a joint commission.",
        "Georgia hopes to be admitted and become a member of NATO.",
    ],
)
def test_no_membership_to_come(text: str) -> None:
    assert memberships(facts(text, THURSDAY)) == set()


# --- 2. a second clause without its subject ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cls", "expected"),
    [
        (
            "Kazakhstan and Kyrgyzstan share a border and are both members of the CSTO.",
            "Membership",
            {(KAZAKHSTAN, CSTO), (KYRGYZSTAN, CSTO)},
        ),
        (
            "Russia and Belarus share a border and together form the Union State.",
            "Membership",
            {(RUSSIA, UNION_STATE), (BELARUS, UNION_STATE)},
        ),
        (
            "Armenia and Azerbaijan are participating States of the OSCE and will continue to "
            "coordinate their positions.",
            "Membership",
            {(ARMENIA, OSCE), (AZERBAIJAN, OSCE)},
        ),
    ],
)
def test_a_second_clause_keeps_the_subject(
    text: str, cls: str, expected: set[tuple[str, str]]
) -> None:
    assert memberships(facts(text, THURSDAY)) == expected


def test_a_second_clause_signing_and_border() -> None:
    found = facts("Armenia and Georgia held talks in Tbilisi and signed an agreement on customs.")
    assert parties(found, "TreatyRelation") == [{ARMENIA, GEORGIA}]
    found = facts("Russia and Belarus together form the Union State and share a common border.")
    assert parties(found, "SharedBorder") == [{RUSSIA, BELARUS}]
    found = facts("Kazakhstan and Russia signed a treaty in 1992 and border each other.")
    assert parties(found, "SharedBorder") == [{KAZAKHSTAN, RUSSIA}]


@pytest.mark.parametrize(
    "text",
    [
        # (another party in the first clause: whose is the second?)
        "Armenia and Georgia held talks with Iran and signed an agreement on customs.",
        "Armenia and Georgia hope to settle the dispute and sign an agreement on customs.",
        "Armenia and Georgia held talks and may sign an agreement on customs.",
    ],
)
def test_no_second_clause_signing(text: str) -> None:
    assert parties(facts(text), "TreatyRelation") == []


# --- 4. treaties --------------------------------------------------------------------------------

MEETING = "Prime Minister Albanese met Prime Minister Marape in Canberra. "


@pytest.mark.parametrize(
    "second",
    [
        "The two governments also signed an agreement on policing that would allow Australian "
        "officers to serve in Port Moresby.",
        "The two governments also signed an agreement on a plan to upgrade the port.",
        "Both governments signed a memorandum on security, which could be widened later.",
    ],
)
def test_a_signing_with_a_hedge_in_what_it_is_about(second: str) -> None:
    assert parties(facts(MEETING + second), "TreatyRelation") == [{AUSTRALIA, PNG}]


@pytest.mark.parametrize(
    "second",
    [
        "The two governments could sign an agreement on policing that would allow it.",
        "The two governments did not sign an agreement on policing.",
        "If the two governments signed an agreement on policing, officers could serve abroad.",
        "The two governments signed a draft agreement on policing that would allow it.",
        "Once the two governments have signed an agreement on policing, officers could serve.",
        "The two governments would have signed an agreement on policing.",
    ],
)
def test_no_signing_hedged_in_its_own_words(second: str) -> None:
    assert parties(facts(MEETING + second), "TreatyRelation") == []


@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        (
            "The ministers discussed the renewal of the 1996 Ganges Water Sharing Treaty between "
            "India and Bangladesh.",
            {INDIA, BANGLADESH},
            "1996",
        ),
        (
            "Officials reviewed the implementation of the 1960 Indus Waters Treaty between India "
            "and Pakistan.",
            {INDIA, PAKISTAN},
            "1960",
        ),
        (
            "Both sides welcomed the 2010 agreement between Armenia and Azerbaijan on prisoners.",
            {ARMENIA, AZERBAIJAN},
            "2010",
        ),
        (
            "Russia and Belarus extended the 1999 agreement on the Union State.",
            {RUSSIA, BELARUS},
            "1999",
        ),
        (
            "Japan and China signed the 1978 Treaty of Peace and Friendship in Beijing in August "
            "1978.",
            {JAPAN, CHINA},
            "1978-08",
        ),
    ],
)
def test_a_year_before_a_treatys_name_is_its_date(text: str, pair: set[str], date: str) -> None:
    (fact,) = _of(facts(text), "TreatyRelation")
    assert {e.qid for e in fact.entities("party")} == pair
    assert _date(fact) == date


@pytest.mark.parametrize(
    "text",
    [
        "The leaders discussed a new treaty between India and Bangladesh.",
        "The leaders discussed the proposed 2030 treaty between India and Bangladesh.",
        "The leaders discussed the draft 2023 agreement between India and Bangladesh.",
    ],
)
def test_no_treaty_in_preparation_for_a_year(text: str) -> None:
    assert parties(facts(text), "TreatyRelation") == []


# --- 3. partnerships ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Vietnam and Indonesia agreed on elevating their bilateral relations to a "
            "Comprehensive Strategic Partnership.",
            {VIETNAM, INDONESIA},
        ),
        (
            "Kenya and Japan announced the elevation of their ties to a strategic partnership.",
            {KENYA, JAPAN},
        ),
        (
            "Prime Minister Albanese and President Widodo signed a joint declaration elevating "
            "bilateral relations to a Comprehensive Strategic Partnership.",
            {AUSTRALIA, INDONESIA},
        ),
        (
            "General Secretary To Lam and Prime Minister Anwar Ibrahim agreed to elevate the "
            "relations between Vietnam and Malaysia to a Comprehensive Strategic Partnership.",
            {VIETNAM, MALAYSIA},
        ),
    ],
)
def test_partnerships_two_parties_elevate_to(text: str, pair: set[str]) -> None:
    assert parties(facts(text, THURSDAY), "Partnership") == [pair]


@pytest.mark.parametrize(
    "verb",
    [
        "discussed elevating",
        "hope to elevate",
        "are looking forward to elevating",
        "will consider elevating",
        "did not agree on elevating",
        "set out a roadmap towards elevating",
        "are exploring ways of elevating",
    ],
)
def test_no_partnership_only_wished_for(verb: str) -> None:
    text = f"Vietnam and Indonesia {verb} their relations to a Comprehensive Strategic Partnership."
    assert parties(facts(text, THURSDAY), "Partnership") == []


# --- 5. permissions -----------------------------------------------------------------------------


def _permissions(text: str) -> list[tuple[str | None, str | None, str]]:
    out = []
    for fact in _of(facts(text, THURSDAY), "Permission"):
        grantor, grantee = fact.one("grantor"), fact.one("grantee")
        assert isinstance(grantor, Entity) and isinstance(grantee, Entity)
        out.append((grantor.qid, grantee.qid, str(fact.one("activity"))))
    return out


@pytest.mark.parametrize(
    ("text", "grantor", "grantee"),
    [
        (
            "The pact will give U.S. forces access to agreed locations across Papua New Guinea.",
            PNG,
            US,
        ),
        (
            "The agreement provides American troops with access to five bases in Norway.",
            NORWAY,
            US,
        ),
        (
            "Parliament approved the Defense Cooperation Agreement, which grants U.S. forces "
            "access to 17 military facilities throughout Sweden.",
            SWEDEN,
            US,
        ),
        (
            "The talks focused on Belarus, which allowed Russian troops to use its territory.",
            BELARUS,
            RUSSIA,
        ),
        (
            "Russia struck Kyiv from Belarus, which in 2022 allowed Russian forces to use its "
            "airfields.",
            BELARUS,
            RUSSIA,
        ),
    ],
)
def test_permissions_by_agreements_and_in_relative_clauses(
    text: str, grantor: str, grantee: str
) -> None:
    assert [(g, h) for g, h, _ in _permissions(text)] == [(grantor, grantee)]


@pytest.mark.parametrize(
    "text",
    [
        "The agreement would provide U.S. forces with access to facilities in Papua New Guinea.",
        "A draft agreement will provide U.S. forces with access to facilities in Papua New Guinea.",
        "Once ratified, the agreement will give U.S. forces access to facilities in Ghana.",
        "The proposed agreement will give U.S. forces access to facilities in Ghana.",
        "Papua New Guinea will provide U.S. forces with access to its facilities.",
        "The agreement provides Australian students with access to universities in Indonesia.",
        "Belarus, which has not allowed Russian troops to use its territory, held drills.",
        "Belarus, which denies that it allowed Russian troops to use its territory, held drills.",
    ],
)
def test_no_permission_not_granted(text: str) -> None:
    assert _permissions(text) == []


# --- 6. trade shares as fractions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reporter", "partner", "share"),
    [
        (
            "Russia accounts for nearly a fifth of Kazakhstan's external trade.",
            KAZAKHSTAN,
            RUSSIA,
            "0.2",
        ),
        ("China accounted for about a third of Mongolia's foreign trade.", MONGOLIA, CHINA, "0.33"),
        ("The EU accounts for roughly two-thirds of Moldova's exports.", MOLDOVA, EU, "0.67"),
        ("Three-quarters of Turkmenistan's exports go to China.", TURKMENISTAN, CHINA, "0.75"),
        (
            "Russia remains Armenia's main trading partner, accounting for more than a quarter "
            "of its foreign trade.",
            ARMENIA,
            RUSSIA,
            "0.25",
        ),
        ("Russia accounts for one-third of Belarus' exports.", BELARUS, RUSSIA, "0.33"),
    ],
)
def test_trade_shares_as_fractions(text: str, reporter: str, partner: str, share: str) -> None:
    (fact,) = _of(facts(text), "TradeShare")
    got_reporter, got_partner = fact.one("reporter"), fact.one("partner")
    assert isinstance(got_reporter, Entity) and isinstance(got_partner, Entity)
    assert (got_reporter.qid, got_partner.qid) == (reporter, partner)
    assert fact.one("share") == Decimal(share)


@pytest.mark.parametrize(
    "text",
    [
        "Russia accounts for a quarter of Kazakhstan's trade with the Eurasian Economic Union.",
        "China accounts for almost a quarter of the world's trade.",
        "Russia accounts for a quarter of Kazakhstan's trade growth.",
        "In the first quarter, trade between China and Mongolia grew.",
    ],
)
def test_no_fraction_share_of_something_else(text: str) -> None:
    assert _of(facts(text), "TradeShare") == []


@pytest.mark.parametrize(
    "written",
    [
        "half",
        "a quarter",
        "one-third",
        "a fifth",
        "a tenth",
        "two-thirds",
        "three quarters",
        "four-fifths",
        "Half",
        "A third",
    ],
)
def test_every_fraction_passes_the_gate(written: str) -> None:
    assert any(word in written for word in economy._FRACTION_WORDS)
    m = economy.re.fullmatch(economy._FRACTION, written)
    assert m is not None
    key = m.group("half").lower().replace("-", "").replace(" ", "")
    assert key.removeprefix("a").removeprefix("one") in economy._FRACTIONS
