"""Relations stated in passing (session 19): memberships told by a leader's chair, by "one of
the N member states", by a list after "the N member states" and by "As NATO Allies, ..."; a
state's own border in a hedged sentence and "X's border, which it shares with Y"; an earlier
treaty a new one is compared with, and "the Agreement, first signed in YEAR"; two totals of
their own years told as a change."""

from __future__ import annotations

import datetime as dt
from re import _parser  # type: ignore[attr-defined]

from dipld.extract import memberships, treaties
from tests.extract.test_patterns import facts, keys
from tests.extract.test_s10_rel import _never

DAY = dt.date(2023, 3, 14)
SENEGAL, GAMBIA, NIGER, AU, ECOWAS = "Q1041", "Q1005", "Q1032", "Q7159", "Q193272"
KUWAIT, SAUDI, QATAR, OMAN, BAHRAIN, UAE, GCC = (
    "Q817",
    "Q851",
    "Q846",
    "Q842",
    "Q398",
    "Q878",
    "Q217172",
)
CANADA, NORWAY, NATO = "Q16", "Q20", "Q7184"
AFGHANISTAN, PAKISTAN = "Q889", "Q843"
NEPAL, INDIA, US, SPAIN = "Q837", "Q668", "Q30", "Q29"
KENYA, TANZANIA = "Q114", "Q924"


def _members(text: str) -> set[tuple[str, str]]:
    return {
        (m, o)
        for f in facts(text, DAY)
        if f.cls.value == "Membership"
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


def _borders(text: str) -> set[frozenset[str]]:
    return {
        frozenset(keys(f.get("party"))) for f in facts(text, DAY) if f.cls.value == "SharedBorder"
    }


def _treaties(text: str) -> set[tuple[frozenset[str], tuple[str, ...]]]:
    return {
        (frozenset(keys(f.get("party"))), tuple(str(v) for v in f.get("date")))
        for f in facts(text, DAY)
        if f.cls.value == "TreatyRelation"
    }


def _totals(text: str) -> set[tuple[str, str]]:
    return {
        (str(f.get("amount")[0]), str(f.get("period")[0]) if f.get("period") else "")
        for f in facts(text, DAY)
        if f.cls.value == "TradeFlow"
    }


# --- memberships


def test_a_leader_called_the_chair_of_an_organisation() -> None:
    text = (
        "Senegal's President Macky Sall, the current chairman of the African Union, told "
        "reporters in Dakar that talks would resume."
    )
    assert (SENEGAL, AU) in _members(text)


def test_a_leader_called_chair_of_the_commission_is_no_member() -> None:
    text = (
        "Senegal's President Macky Sall, the current chairman of the African Union "
        "Commission, spoke."
    )
    assert (SENEGAL, AU) not in _members(text)


def test_one_of_the_blocs_member_states() -> None:
    text = (
        "ECOWAS leaders gathered in Abuja on Sunday.\n"
        "Niger, one of the bloc's 15 member states, has been suspended since the coup."
    )
    assert (NIGER, ECOWAS) in _members(text)


def test_one_of_the_member_states_of_a_named_organisation() -> None:
    assert (NIGER, ECOWAS) in _members("Niger, one of the 15 member states of ECOWAS, protested.")
    assert (NIGER, ECOWAS) in _members("Niger, one of ECOWAS's 15 members, protested.")


def test_one_of_the_former_or_candidate_members_is_none() -> None:
    assert not _members("Niger, one of the former member states of ECOWAS, protested.")
    assert not _members("Niger, one of the candidate countries of ECOWAS, protested.")


def test_the_blocs_members_with_another_organisation_named_is_none() -> None:
    text = (
        "ECOWAS leaders gathered in Abuja on Sunday.\n"
        "Niger, one of the bloc's 15 member states, asked the African Union for help."
    )
    assert (NIGER, ECOWAS) not in _members(text) and (NIGER, AU) not in _members(text)


def test_member_states_listed_after_their_count() -> None:
    text = (
        "Leaders of the Gulf Cooperation Council met in Riyadh on Tuesday.\n"
        "The communique reaffirms the commitment of the six member states, Saudi Arabia, "
        "Kuwait, Qatar, Bahrain, Oman and the United Arab Emirates, to joint defence."
    )
    found = _members(text)
    assert {(s, GCC) for s in (SAUDI, KUWAIT, QATAR, BAHRAIN, OMAN, UAE)} <= found


def test_member_states_listed_with_a_wrong_count_are_none() -> None:
    text = (
        "Leaders of the Gulf Cooperation Council met in Riyadh on Tuesday.\n"
        "The communique reaffirms the commitment of the five member states, Saudi Arabia, "
        "Kuwait and Qatar, to joint defence."
    )
    assert not {m for m in _members(text) if m[1] == GCC and m[0] in {KUWAIT, QATAR}}


def test_as_allies_with_the_alliances_capital() -> None:
    found = _members("As NATO Allies, Canada and Norway pledged to reinforce the Arctic.")
    assert {(CANADA, NATO), (NORWAY, NATO)} <= found


def test_as_allies_in_a_hypothetical_is_none() -> None:
    assert not _members("If they were NATO Allies, Canada and Norway could do more.")


# --- borders


def test_its_border_in_a_hedged_sentence() -> None:
    text = "Neighbouring Senegal said on Monday it would keep its border with Gambia open."
    assert frozenset({SENEGAL, GAMBIA}) in _borders(text)


def test_its_border_after_an_aside_and_a_negated_clause() -> None:
    text = (
        "Neighbouring Gambia, which is itself governed by a transitional council, said it "
        "would not join the embargo and would keep its border with Senegal open."
    )
    assert frozenset({SENEGAL, GAMBIA}) in _borders(text)


def test_a_border_which_it_shares() -> None:
    text = (
        "The Nuwaiseeb post is Kuwait's only land border crossing, which it shares with "
        "Saudi Arabia."
    )
    text2 = "Kuwait's southern border, which it shares with Saudi Arabia, was reopened."
    assert frozenset({KUWAIT, SAUDI}) in _borders(text2)
    assert _borders(text) <= {frozenset({KUWAIT, SAUDI})}


def test_a_demonym_pairs_border_in_a_hedged_sentence() -> None:
    text = "Officials said the Afghan-Pakistani border could reopen next week."
    assert frozenset({AFGHANISTAN, PAKISTAN}) in _borders(text)


def test_no_border_and_a_possible_border_are_none() -> None:
    assert not _borders("Senegal has no border with Niger.")
    assert not _borders("Senegal could one day share a border with Niger.")


# --- treaties


def test_an_earlier_treaty_the_new_one_is_compared_with() -> None:
    text = (
        "Nepal and India signed an agreement on the Mahakali river on Tuesday.\n"
        "The Mahakali pact is the first water-sharing agreement between the two countries "
        "since the Kosi Treaty signed in 1954."
    )
    assert (frozenset({NEPAL, INDIA}), ("1954",)) in _treaties(text)


def test_a_treaty_to_come_is_not_dated_by_an_earlier_one() -> None:
    text = (
        "Nepal and India are negotiating an agreement on the Mahakali river.\n"
        "It could become the first water-sharing agreement between the two countries since "
        "the Kosi Treaty signed in 1954."
    )
    assert (frozenset({NEPAL, INDIA}), ("1954",)) not in _treaties(text)


def test_the_agreement_first_signed_in_a_year() -> None:
    text = (
        "The United States and Spain signed a protocol amending their defense cooperation "
        "agreement on Monday.\n"
        "The protocol extends the Agreement, first signed in 1988, for eight years, after "
        "which it will remain in force unless either party withdraws."
    )
    assert (frozenset({US, SPAIN}), ("1988",)) in _treaties(text)


def test_the_agreement_first_signed_with_a_third_state_named_is_none() -> None:
    text = (
        "The United States and Spain signed a protocol amending their defense cooperation "
        "agreement on Monday.\n"
        "Portugal said the Agreement, first signed in 1988, should be reviewed."
    )
    assert (frozenset({US, SPAIN}), ("1988",)) not in _treaties(text)


# --- trade


MEETING = (
    "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi "
    "on Monday.\n"
)


def test_two_totals_in_a_relative_clause_and_after_it() -> None:
    text = MEETING + (
        "Bilateral trade, which exceeded 2 billion dollars in 2015, fell to about 900 million "
        "dollars in 2021."
    )
    assert {("2000000000", "2015"), ("900000000", "2021")} <= _totals(text)


def test_two_totals_joined_by_but() -> None:
    text = MEETING + (
        "Mutual trade topped 3 billion dollars in 2012 but dropped to 800 million dollars in 2020."
    )
    assert {("3000000000", "2012"), ("800000000", "2020")} <= _totals(text)


def test_a_total_then_a_forecast_gives_only_the_first() -> None:
    text = MEETING + (
        "Bilateral trade, which reached 2 billion dollars in 2015, is expected to rise to 5 "
        "billion dollars in 2021."
    )
    found = _totals(text)
    assert ("2000000000", "2015") in found
    assert not any(amount == "5000000000" for amount, _ in found)


def test_the_new_patterns_cannot_match_without_their_gate_words() -> None:
    """Each gate's words blanked out of the pattern, it can match nothing (checked on phrases
    that match with them)."""
    cases = (
        (treaties._SINCE_TREATY, ("since",)),
        (treaties._SINCE_TREATY, ("signed", "concluded", "reached")),
        (treaties._FIRST_SIGNED, ("signed", "concluded")),
        (treaties._FIRST_SIGNED, ("first", "originally", "initially")),
        (memberships._ONE_OF_MEMBERS, ("member",)),
        (memberships._MEMBER_STATES_LISTED, ("member",)),
    )
    for regex, words in cases:
        pattern = regex.pattern
        for word in words:
            assert word in pattern, word
            pattern = pattern.replace(word, "(?!)")
        assert _never(list(_parser.parse(pattern, regex.flags))), (regex.pattern, words)
