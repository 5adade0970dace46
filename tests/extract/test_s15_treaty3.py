"""Treaty relations as wire copy tells them (session 15, treaty3): a treaty told by when it was
made ("a security pact signed in 2001", "the peace agreement signed in Jeddah in September 2018",
"a 1998 agreement on trade", "the intergovernmental agreement signed in 2022") binds the two
parties the sentence's subject names, or the two states a bilateral one binds; a deal "signed
by" officials binds their states, dated by the signing the article told of it ("was signed on
Wednesday by", or the day of "signed an agreement in Beijing on Friday" before "The deal was
signed by ..."); the ministries of two states sign for them (SUPPORT 057); a treaty name stops
before "signed"; and the near misses that must give nothing (a new or draft treaty, a third
party's breach, negation, hypotheticals, a similar agreement of nobody named, a company's
deal, declarations)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import date_values, facts, keys

DAY = dt.date(2024, 3, 4)
ARMENIA, IRAN, UZBEKISTAN, TAJIKISTAN = "Q399", "Q794", "Q265", "Q863"
ETHIOPIA, ERITREA, KAZAKHSTAN, RUSSIA = "Q115", "Q986", "Q232", "Q159"
KENYA, GHANA, TOGO, INDIA, BANGLADESH = "Q114", "Q117", "Q945", "Q668", "Q902"
SAUDI, BELARUS, VIETNAM, LAOS, USA, CHINA, JAPAN = (
    "Q851",
    "Q184",
    "Q881",
    "Q819",
    "Q30",
    "Q148",
    "Q17",
)


def _treaties(text: str, day: dt.date = DAY) -> list[Fact]:
    return [f for f in facts(text, day) if f.cls.value == "TreatyRelation"]


def _signings(text: str, day: dt.date = DAY) -> list[Fact]:
    return [f for f in facts(text, day) if f.cls.value == "Event" and "057" in f.get("cameoCode")]


# ---- a treaty told by when it was made ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "date"),
    [
        ("Armenia and Iran will also revive a 1998 agreement on trade.", {ARMENIA, IRAN}, "1998"),
        (
            "Uzbekistan and Tajikistan cooperate closely under a security pact signed in 2001.",
            {UZBEKISTAN, TAJIKISTAN},
            "2001",
        ),
        (
            "Ethiopia and Eritrea have honoured the peace agreement signed in Jeddah in "
            "September 2018.",
            {ETHIOPIA, ERITREA},
            "2018-09",
        ),
        (
            "Kazakhstan buys Russian petrol duty-free under the intergovernmental agreement "
            "signed in 2022.",
            {KAZAKHSTAN, RUSSIA},
            "2022",
        ),
        (
            "Ghana and Togo agreed to start talks on the renewal of the agreement on fishing "
            "signed in 2005.",
            {GHANA, TOGO},
            "2005",
        ),
        (
            "Kenya and Ethiopia agreed to begin talks on renewing their 2012 border agreement.",
            {KENYA, ETHIOPIA},
            "2012",
        ),
        (
            "India and Bangladesh agreed to start talks on the renewal of the 1996 Ganges Water "
            "Treaty.",
            {INDIA, BANGLADESH},
            "1996",
        ),
    ],
)
def test_treaty_told_by_when_it_was_made(text: str, parties: set[str], date: str) -> None:
    found = _treaties(text)
    assert len(found) == 1, found
    assert keys(found[0].get("party")) == parties
    assert date_values(found[0], "date") == (date,)


def test_bilateral_agreement_of_the_pair_that_met() -> None:
    text = (
        "President Kassym-Jomart Tokayev of Kazakhstan held talks with President Shavkat "
        "Mirziyoyev of Uzbekistan in Tashkent on Thursday. Water is shared under the "
        "intergovernmental agreement signed in 2019."
    )
    found = [f for f in _treaties(text) if "2019" in date_values(f, "date")]
    assert len(found) == 1
    assert keys(found[0].get("party")) == {KAZAKHSTAN, UZBEKISTAN}


@pytest.mark.parametrize(
    "text",
    [
        "India and Japan criticised China's breach of the 2002 agreement.",
        "Kazakhstan and Uzbekistan are working on a new 2023 agreement on water.",
        "Germany and France did not ratify the agreement signed in 2019.",
        "The Paris Agreement signed in 2015 binds nearly every state.",
        "Chile and Peru would revive the 1999 agreement if talks succeed.",
        "Norway and Sweden have joined a similar agreement signed in 2020.",
        "Poland and Lithuania adopted a joint declaration signed in 2021.",
        "Serbia and Hungary welcomed the 2030 agreement.",
        "Russia and Japan agreed to start talks on a peace treaty.",
        "Kenya and Uganda plan to sign the agreement signed in 2020 by their negotiators.",
    ],
)
def test_no_treaty_told_by_when_it_was_made(text: str) -> None:
    assert _treaties(text) == []


def test_treaty_name_stops_before_signed() -> None:
    found = _treaties(
        "Russia and Belarus are bound by the Treaty on Allied Interaction signed in 1999."
    )
    assert len(found) == 1
    assert tuple(found[0].get("instrument")) == ("Treaty on Allied Interaction",)


# ---- signed by officials --------------------------------------------------------------------


def test_deal_signed_by_officials_dated_by_the_signing_told() -> None:
    text = (
        "Iran and Saudi Arabia signed an agreement in Beijing on Friday to restore diplomatic "
        "relations. The deal was signed by Ali Shamkhani, the secretary of Iran's Supreme "
        "National Security Council, and Musaed Al-Aiban, Saudi Arabia's national security "
        "adviser."
    )
    found = _treaties(text, dt.date(2023, 3, 11))
    assert len(found) == 1  # (one signing, told twice)
    assert keys(found[0].get("party")) == {IRAN, SAUDI}
    assert date_values(found[0], "date") == ("2023-03-10",)
    assert len(found[0].evidence) == 2
    # the signing by the two officials is the one the first sentence told (session 22: a
    # restatement is no second act, ANNOTATION.md section 5), not a second signing of theirs
    by_people = [
        f for f in _signings(text, dt.date(2023, 3, 11)) if "Iran" not in str(f.get("actor"))
    ]
    assert by_people == []


def test_agreement_signed_on_a_day_by_ministers() -> None:
    text = (
        "The agreement was signed on Wednesday by Kazakhstan's energy minister Almasadam "
        "Satkaliyev and Uzbekistan's energy minister Jurabek Mirzamakhmudov."
    )
    day = dt.date(2023, 3, 11)
    found = _treaties(text, day)
    assert len(found) == 1
    assert keys(found[0].get("party")) == {KAZAKHSTAN, UZBEKISTAN}
    assert date_values(found[0], "date") == ("2023-03-08",)
    assert [date_values(f, "date") for f in _signings(text, day)] == [("2023-03-08",)]


def test_signed_by_officials_in_a_city_after_a_comma() -> None:
    text = (
        "The memorandum was signed by Ararat Mirzoyan, Armenia's foreign minister, and Hossein "
        "Amir-Abdollahian, Iran's foreign minister, in Tehran on Thursday."
    )
    signings = _signings(text, dt.date(2023, 3, 11))
    assert len(signings) == 1
    assert date_values(signings[0], "date") == ("2023-03-09",)
    assert {e.label for e in signings[0].entities("place")} == {"Tehran"}


@pytest.mark.parametrize(
    "text",
    [
        # a company's deal: no state signs
        "The deal was signed by Gazprom chief Alexei Miller and CNPC chairman Dai Houliang.",
        # a deal to come
        "The deal will be signed by the foreign ministers of Iran and Saudi Arabia next week.",
    ],
)
def test_no_deal_signed_by(text: str) -> None:
    assert _treaties(text, dt.date(2023, 3, 11)) == []


def test_deal_signed_by_others_not_dated_by_an_earlier_signing() -> None:
    text = (
        "Iran and Saudi Arabia signed an agreement in Beijing on Friday. The deal was signed by "
        "Vietnamese Foreign Minister Bui Thanh Son and Lao Foreign Minister Saleumxay Kommasith."
    )
    later = [f for f in _treaties(text, dt.date(2023, 3, 11)) if VIETNAM in keys(f.get("party"))]
    assert len(later) == 1
    assert date_values(later[0], "date") == ()


# ---- ministries sign for their states --------------------------------------------------------


def test_ministries_sign_for_their_states() -> None:
    text = (
        "Vietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone in "
        "Vientiane on Monday. In the presence of the two prime ministers, the foreign ministries "
        "of Vietnam and Laos signed a memorandum on consular affairs."
    )
    day = dt.date(2024, 1, 10)
    signings = [f for f in _signings(text, day) if "consular" in f.evidence[0].text]
    assert len(signings) == 1
    assert keys(signings[0].get("actor")) == {VIETNAM, LAOS}
    assert date_values(signings[0], "date") == ("2024-01-08",)
    found = _treaties(text, day)
    assert len(found) == 1
    assert keys(found[0].get("party")) == {VIETNAM, LAOS}


def test_ministries_declaration_is_no_treaty() -> None:
    text = "The foreign ministries of Vietnam and Laos signed a joint declaration on Monday."
    assert _treaties(text) == []


# ---- a treaty "between the two countries" signed at the talks ------------------------------


def test_treaty_between_the_two_countries_signed_at_the_talks() -> None:
    text = (
        "President Kassym-Jomart Tokayev of Kazakhstan held talks with President Shavkat "
        "Mirziyoyev of Uzbekistan in Tashkent on Thursday. The presidents also signed a treaty "
        "on the state border between the two countries. The two countries will also revive a "
        "1998 agreement on road transport."
    )
    found = _treaties(text)
    assert {date_values(f, "date") for f in found} == {("2024-02-29",), ("1998",)}
    assert all(keys(f.get("party")) == {KAZAKHSTAN, UZBEKISTAN} for f in found)


def test_treaty_between_signed_last_year_dated_by_its_own_words() -> None:
    text = (
        "President Kassym-Jomart Tokayev of Kazakhstan held talks with President Shavkat "
        "Mirziyoyev of Uzbekistan in Tashkent on Thursday. Last year, the presidents signed a "
        "treaty on the state border between the two countries."
    )
    found = _treaties(text)
    assert [date_values(f, "date") for f in found] == [("2023",)]  # (not the talks' day)
