"""Ties in fresh text (session 19e, ties): "the leaders" after their ministers were named are the
leaders who met; a document "also signed" at a dated signing is another treaty of that day; a
ceremonial welcome of a visitor is a reception, not praise."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, facts_of, keys

DAY = dt.date(2022, 4, 5)

SIGNING = (
    "Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a Treaty on "
    "Strategic Partnership in Nairobi on Monday.\n\n"
    "The two presidents held talks in a restricted format.\n\n"
    "Also present were Kenyan Foreign Minister Alfred Mutua and his Ugandan counterpart "
    "Jeje Odongo.\n\n"
)


def test_the_leaders_after_their_ministers_are_the_leaders_who_met() -> None:
    found = facts(
        SIGNING + "The leaders also signed an agreement on the joint management of Lake "
        "Victoria fisheries, ending years of disputes.",
        DAY,
    )
    signings = [
        f
        for f in facts_of(found, "Event")
        if "057" in f.get("cameoCode") and "Lake" in f.evidence[0].text
    ]
    assert signings
    assert all(keys(f.get("actor")) == {"Q195725", "Q57274"} for f in signings)


def test_a_document_also_signed_is_another_treaty_of_that_day() -> None:
    found = facts(
        SIGNING + "The leaders also signed an agreement on the joint management of Lake "
        "Victoria fisheries, ending years of disputes.",
        DAY,
    )
    treaties = facts_of(found, "TreatyRelation")
    assert len(treaties) == 2
    lake = [t for t in treaties if "Lake" in t.evidence[0].text]
    assert lake and date_values(lake[0], "date") == ("2022-04-04",)
    assert keys(lake[0].get("party")) == {"Q114", "Q1036"}


def test_also_signed_after_a_background_signing_takes_no_old_date() -> None:
    found = facts(
        "Kenya and Uganda signed a Treaty on Border Cooperation in Kampala in March 2009.\n\n"
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in "
        "Nairobi.\n\n"
        "The presidents also signed an agreement on the joint management of Lake Victoria "
        "fisheries.",
        DAY,
    )
    for t in facts_of(found, "TreatyRelation"):
        if "Lake" in t.evidence[0].text:
            assert "2009-03" not in date_values(t, "date")


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto welcomed President Museveni of the Republic of Uganda with full "
        "military honours at State House on Monday.",
        "Prime Minister Modi welcomed President Ramaphosa with full state honours in Delhi.",
        "Foreign Minister Wong welcomed her Indonesian counterpart Retno Marsudi on her arrival "
        "in Canberra.",
    ],
)
def test_ceremonial_welcome_is_no_praise(text: str) -> None:
    assert not [f for f in facts_of(facts(text, DAY), "Event") if "051" in f.get("cameoCode")]


def test_welcoming_a_decision_is_still_praise() -> None:
    text = "President Ruto welcomed President Museveni's decision to reopen the border."
    found = facts(text, DAY)
    assert [f for f in facts_of(found, "Event") if "051" in f.get("cameoCode")]
