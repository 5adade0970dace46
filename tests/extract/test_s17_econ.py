"""Trade, shares, permissions and founders in phrasings of fresh wire and agency text (session
17): a state's "foreign trade turnover with" another is their total; the flow the other way told
in a second clause without its sides ("..., while imports from the country stood at ...", "and
imported goods worth ... from China"); a share told after an apposition's possessive ("Russia,
Mongolia's other neighbour, accounted for 13 percent of the country's trade"); the year of "a
2014 defence pact" is the pact's, not a permission's; and the states an organisation "was
founded by" are its founding members."""

from __future__ import annotations

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import date_values, facts, facts_of, find, keys, memberships

MONGOLIA, CHINA, RUSSIA, TURKIYE, AZERBAIJAN = "Q711", "Q148", "Q159", "Q43", "Q227"
KENYA, IRAN, US, PHILIPPINES, KYRGYZSTAN = "Q114", "Q794", "Q30", "Q928", "Q813"
KAZAKHSTAN, UZBEKISTAN, TAJIKISTAN, BELARUS = "Q232", "Q265", "Q863", "Q184"
SCO, EAEU, ASEAN, CSTO = "Q485207", "Q4173083", "Q7768", "Q318693"
INDONESIA, MALAYSIA, SINGAPORE, THAILAND = "Q252", "Q833", "Q334", "Q869"


def _flows(found: list[Fact]) -> set[tuple[str, str, str]]:
    """(exporter, importer, amount) of each directional TradeFlow."""
    return {
        (
            next(iter(keys(f.get("exporter")))),
            next(iter(keys(f.get("importer")))),
            str(f.get("amount")[0]),
        )
        for f in facts_of(found, "TradeFlow")
        if f.get("exporter")
    }


@pytest.mark.parametrize(
    "body",
    [
        "Mongolia's foreign trade turnover with China reached USD 12.8 billion in 2022.",
        "Mongolia's external trade with China totalled $12.8 billion in 2022.",
    ],
)
def test_foreign_trade_with_a_partner_is_their_total(body: str) -> None:
    fact = find(facts(body), "TradeFlow", party={MONGOLIA, CHINA}, flow="TotalTrade")
    assert fact is not None
    assert str(fact.get("amount")[0]) == "12800000000"
    assert date_values(fact, "period") == ("2022",)


@pytest.mark.parametrize(
    ("body", "flow"),
    [
        (
            "Türkiye's exports to Azerbaijan increased by 19% to $2.9 billion in 2022, while "
            "imports from the country stood at $3.1 billion.",
            (AZERBAIJAN, TURKIYE, "3100000000"),
        ),
        (
            "Mongolia exported goods worth USD 8.9 billion to China in 2022 and imported goods "
            "worth USD 3.9 billion from its southern neighbour.",
            (CHINA, MONGOLIA, "3900000000"),
        ),
        (
            "Mongolia exported goods worth USD 8.9 billion to China and imported goods worth USD "
            "3.9 billion from China in 2022.",
            (CHINA, MONGOLIA, "3900000000"),
        ),
        (
            "Kenya's imports from China reached $3.5 billion in 2022, while exports stood at just "
            "$200 million.",
            (KENYA, CHINA, "200000000"),
        ),
    ],
)
def test_the_other_way_in_a_second_clause(body: str, flow: tuple[str, str, str]) -> None:
    assert flow in _flows(facts(body))


@pytest.mark.parametrize(
    "body",
    [
        # a third state's flow
        "Mongolia exported goods worth USD 8.9 billion to China in 2022 and imported goods worth "
        "USD 3.9 billion from Russia.",
        # all of its exports, to every market
        "Kenya's imports from China reached $3.5 billion in 2022, while exports overall stood at "
        "$7 billion.",
        "Kenya's imports from China reached $3.5 billion in 2022, while exports to other markets "
        "stood at $7 billion.",
        "Kenya's imports from China reached $3.5 billion in 2022, while its total exports were $7 "
        "billion.",
        # a second state named: not the first's partner
        "Kenya's imports from China reached $3.5 billion in 2022, while imports from Iran were "
        "$700 million.",
    ],
)
def test_no_reversed_flow_of_other_trade(body: str) -> None:
    found = _flows(facts(body))
    assert found <= {(CHINA, KENYA, "3500000000"), (CHINA, MONGOLIA, "8900000000")} | {
        (MONGOLIA, CHINA, "8900000000"),
        (IRAN, KENYA, "700000000"),
    }, found


@pytest.mark.parametrize(
    ("body", "reporter", "partner", "share"),
    [
        (
            "Russia, Mongolia's other neighbour, accounted for 13 percent of the country's trade "
            "in 2022.",
            MONGOLIA,
            RUSSIA,
            "0.13",
        ),
        (
            "China, Kyrgyzstan's largest trading partner, accounts for over a third of its "
            "imports.",
            KYRGYZSTAN,
            CHINA,
            "0.33",
        ),
    ],
)
def test_share_after_an_apposition(body: str, reporter: str, partner: str, share: str) -> None:
    fact = find(facts(body), "TradeShare", reporter={reporter}, partner={partner})
    assert fact is not None
    assert str(fact.get("share")[0]) == share


def test_no_share_of_its_own_trade_without_a_possessor() -> None:
    assert not facts_of(facts("China accounts for 30 percent of its trade."), "TradeShare")


@pytest.mark.parametrize(
    "body",
    [
        "The Philippines has granted the United States access to four more military bases, "
        "expanding a 2014 defence pact.",
        "Under their 2014 agreement, the Philippines granted the United States access to five "
        "military bases.",
    ],
)
def test_a_pacts_year_is_not_the_permissions(body: str) -> None:
    fact = find(facts(body), "Permission", grantor={PHILIPPINES}, grantee={US})
    assert fact is not None
    assert not fact.get("date")


def test_a_permissions_own_year_stays() -> None:
    body = "In 2014, the Philippines granted the United States access to five military bases."
    fact = find(facts(body), "Permission", grantor={PHILIPPINES}, grantee={US})
    assert fact is not None
    assert date_values(fact, "date") == ("2014",)


@pytest.mark.parametrize(
    ("body", "org", "founders", "start"),
    [
        (
            "The Shanghai Cooperation Organisation was founded in 2001 by China, Russia, "
            "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.",
            SCO,
            {CHINA, RUSSIA, KAZAKHSTAN, KYRGYZSTAN, TAJIKISTAN, UZBEKISTAN},
            "2001",
        ),
        (
            "ASEAN was founded by Indonesia, Malaysia, the Philippines, Singapore and Thailand in "
            "August 1967.",
            ASEAN,
            {INDONESIA, MALAYSIA, PHILIPPINES, SINGAPORE, THAILAND},
            "1967-08",
        ),
        (
            "The Eurasian Economic Union, set up in 2015 by Russia, Belarus and Kazakhstan, now "
            "has five members.",
            EAEU,
            {RUSSIA, BELARUS, KAZAKHSTAN},
            "2015",
        ),
        (
            # the organisation named generically, after its name; the clause after the list is
            # its own
            "The Collective Security Treaty Organization held its summit. The organisation was "
            "founded in 2002 by Russia and Belarus, and Kazakhstan hosted the talks.",
            CSTO,
            {RUSSIA, BELARUS},
            "2002",
        ),
    ],
)
def test_founders_after_a_passive(body: str, org: str, founders: set[str], start: str) -> None:
    found = facts(body)
    assert {m for m, o in memberships(found) if o == org} == founders
    for fact in facts_of(found, "Membership"):
        assert date_values(fact, "startDate") == (start,)


@pytest.mark.parametrize(
    "body",
    [
        "The fund was established by the European Union in 2015.",
        "The Eurasian Economic Union was not founded by Uzbekistan.",
        "The Shanghai Cooperation Organisation could be joined by Iran in 2023.",
    ],
)
def test_no_founders_of_other_things(body: str) -> None:
    found = facts(body)
    assert not [m for m in memberships(found) if m[0] in {UZBEKISTAN, IRAN}]
    assert not [o for _, o in memberships(found) if o not in {EAEU, SCO}]


def test_reverse_flow_gate_holds_every_verb() -> None:
    """Each verb _REVERSE_FLOW can match is a word of its gate."""
    from dipld.extract.economy import _REVERSE_FLOW, _REVERSE_WORDS

    for verb in ("import", "imports", "imported", "bought", "purchased"):
        assert _REVERSE_FLOW.search(f"§S0§ sold §M1§ to §S2§ and {verb} §M3§")
        assert verb in _REVERSE_WORDS
    for verb in ("export", "exports", "exported", "sold"):
        assert _REVERSE_FLOW.search(f"§S0§ bought §M1§ from §S2§, while {verb} §M3§")
        assert verb in _REVERSE_WORDS
