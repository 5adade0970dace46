"""Group subjects of memberships (session 18): "Both countries are members of the EU" after a
sentence that named another pair, one of them no member (the pair the KB has as members, when
only one pair the article named fits), and "All three countries remain members of ECOWAS" after
a sentence that named two of the three (the one set of three states the article named)."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 7, 5)
FINLAND, SWEDEN, RUSSIA, EU = "Q33", "Q34", "Q159", "Q458"
MALI, BURKINA, NIGER = "Q912", "Q965", "Q1032"
UN = "Q1065"


def _members(text: str) -> set[tuple[str, str]]:
    """(member, organisation) of the memberships found."""
    return {
        (m, o)
        for f in facts(text, DAY)
        if f.cls.value == "Membership"
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


def test_the_pair_that_are_members_not_the_pair_named_last() -> None:
    text = (
        "Finland and Sweden applied to join NATO on 18 May.\n"
        "Finland shares a land border of some 1,300 kilometres with Russia.\n"
        "Both countries are members of the European Union."
    )
    found = _members(text)
    assert (FINLAND, EU) in found and (SWEDEN, EU) in found
    assert (RUSSIA, EU) not in found


def test_two_pairs_that_both_fit_give_no_other_pair() -> None:
    # Finland and Sweden, then Finland and Estonia: both are EU pairs, the phrase means the
    # last one (the default), never Sweden
    text = (
        "Finland and Sweden applied to join NATO on 18 May.\n"
        "Finland and Estonia signed a memorandum on energy.\n"
        "Both countries are members of the European Union."
    )
    found = _members(text)
    assert (SWEDEN, EU) not in found


def test_all_three_after_a_sentence_of_two() -> None:
    text = (
        "Mali, Burkina Faso and Niger signed a mutual defence pact on Saturday.\n"
        "Mali and Burkina Faso have warned that any intervention would be a declaration of war.\n"
        "All three countries are members of the United Nations."
    )
    found = _members(text)
    assert {(MALI, UN), (BURKINA, UN), (NIGER, UN)} <= found


def test_all_three_with_two_sets_of_three_is_unclear() -> None:
    text = (
        "Mali, Burkina Faso and Niger signed a mutual defence pact on Saturday.\n"
        "Senegal, Ghana and Nigeria condemned the coups.\n"
        "Mali and Senegal held talks on security on Sunday.\n"
        "All three countries are members of the United Nations."
    )
    found = _members(text)
    assert not any(m in {MALI, BURKINA, NIGER} for m, _ in found)


def test_a_pair_not_both_members_stays_unresolved_to_others() -> None:
    # the only pair named is no EU pair: no other pair is made up
    text = (
        "Finland shares a land border of some 1,300 kilometres with Russia.\n"
        "Both countries are members of the European Union."
    )
    assert (SWEDEN, EU) not in _members(text)


def test_a_pair_not_members_of_every_organisation_named_gives_nothing() -> None:
    # the pair discussed is no member of one of the two bodies (Azerbaijan of the CSTO): the
    # unclear pair stays unclear
    text = (
        "Russian Foreign Minister Sergey Lavrov held talks with Iranian Foreign Minister Hossein "
        "Amir-Abdollahian in Tehran on Thursday.\n"
        "The ministers also discussed relations between Armenia and Azerbaijan.\n"
        "The two countries are members of the CSTO and the Commonwealth of Independent States."
    )
    assert not _members(text)
