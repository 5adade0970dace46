"""Session 30 (lead, second part): a wire dateline of two cities.

"BEIJING/TEGUCIGALPA, March 26 (Reuters) - Honduras established diplomatic relations with China
on Sunday after breaking off its decades-long ties with Taiwan": a dateline naming two cities
(a story filed from both) is no party to the sentence; the cities were read as their
governments (China and Honduras both breaking ties with Taiwan). Now both are places, as one
city alone was (``mentions.MentionFinder._metonym``, ``patterns.DATELINE``), and two capitals
joined by a slash elsewhere still stand for their governments.

Hit rates at ce68199 (before) → after: two-city datelines 2/3 → 3/3 (where the dateline's
cities were also the sentence's parties, the other two were right by chance); slashed capitals in a
sentence 1/1 → 1/1."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 3, 26)
HONDURAS, CHINA, TAIWAN, RUSSIA, UKRAINE = "Q783", "Q148", "Q865", "Q159", "Q212"


def _acts(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {
        (
            str(f.get("eventType")[0]),
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event"
    }


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "BEIJING/TEGUCIGALPA, March 26 (Reuters) - Honduras established diplomatic relations "
            "with China on Sunday after breaking off its decades-long ties with Taiwan.",
            ("SANCTION", frozenset({HONDURAS}), frozenset({TAIWAN})),
        ),
        (
            "KYIV/MOSCOW, March 26 (Reuters) - Russia accused Ukraine of shelling the plant.",
            ("ACCUSE", frozenset({RUSSIA}), frozenset({UKRAINE})),
        ),
        (
            "MOSCOW/KYIV, March 26 (Reuters) - Ukraine accused Russia of shelling the plant.",
            ("ACCUSE", frozenset({UKRAINE}), frozenset({RUSSIA})),
        ),
    ],
)
def test_a_dateline_of_two_cities_is_no_party(
    text: str, act: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    assert _acts(text) == {act}


def test_two_capitals_in_a_sentence_still_stand_for_their_governments() -> None:
    found = _acts("Moscow/Minsk agreed to hold talks.")
    assert {actors for kind, actors, _ in found if kind == "AGREE"} == {frozenset({RUSSIA, "Q184"})}


# ---- a named treaty with its year between its name and its parties ----------------------------
# "The Brussels Agreement of 2013 between Belgrade and Pristina remains valid": the year after
# "of" kept the parties from being read (relations._AGREEMENT_BETWEEN); before 0/2 → after 2/2.


@pytest.mark.parametrize(
    "text",
    [
        "The Brussels Agreement of 2013 between Belgrade and Pristina remains valid.",
        "The Brussels Agreement of 2013 between Serbia and Kosovo remains valid.",
    ],
)
def test_a_treaty_named_with_its_year_between_two_states(text: str) -> None:
    found = [f for f in facts(text, dt.date(2023, 3, 18)) if f.cls.value == "TreatyRelation"]
    assert [frozenset(keys(f.get("party"))) for f in found] == [frozenset({"Q403", "Q1246"})]


def test_agreements_between_companies_stay_contracts() -> None:
    text = "The agreement of 2013 between Serbian and Kosovar companies remains valid."
    assert not [f for f in facts(text, dt.date(2023, 3, 18)) if f.cls.value == "TreatyRelation"]


# ---- a capital opening a later sentence before an apposition -----------------------------------
# "Tokyo, long one of Myanmar's largest aid donors, has suspended new official development
# assistance to the country": a capital at a sentence's start before a comma was taken for a
# dateline ("Minsk, 2 September 2022") in every sentence; now only in the article's first one or
# before a day (the seed's golden graph keeps its "Minsk, 2 September 2022 (TDI): " a place).
# And an apposition naming another state by its possessive ("Myanmar's largest aid donor") is
# set aside like the others (patterns.aside_reading). Before 0/1 → after 1/1.


def test_a_capital_before_an_apposition_is_its_government() -> None:
    found = _acts(
        "Japan and Myanmar held talks in 2019. Tokyo, long one of Myanmar's largest aid donors, "
        "has suspended new official development assistance to the country since the coup."
    )
    assert ("SANCTION", frozenset({"Q17"}), frozenset({"Q836"})) in found
