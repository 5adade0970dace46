"""A joint statement's "they" for the issuers' leaders is the issuing states, and "the leaders
issued the following statement" names the issuers (session 18)."""

from __future__ import annotations

import datetime as dt

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import keys

DAY = dt.date(2023, 7, 13)
US, UK, AUSTRALIA, JAPAN, EU, DPRK = "Q30", "Q145", "Q408", "Q17", "Q458", "Q423"


def _events(title: str, body: str) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=DAY, title=title)
    return [f for f in extract(article, load_index()) if f.cls.value == "Event"]


def _actors(found: list[Fact], event_type: str) -> list[set[str]]:
    return [keys(f.get("actor")) for f in found if str(f.get("eventType")[0]) == event_type]


EU_JAPAN = (
    "The 29th summit between the European Union and Japan took place in Brussels. The EU was "
    "represented by Charles Michel, President of the European Council, and Ursula von der "
    "Leyen, President of the European Commission, and Japan by Prime Minister Kishida Fumio. "
)


def test_they_in_a_joint_statement_is_the_issuers() -> None:
    found = _events(
        "EU-Japan summit, 13 July 2023: joint statement",
        EU_JAPAN + "They urged the Democratic People's Republic of Korea to abandon its "
        "nuclear weapons programme.",
    )
    assert {JAPAN, EU} in _actors(found, "REQUEST")


def test_they_outside_a_joint_statement_stays_the_people() -> None:
    found = _events(
        "EU-Japan summit in Brussels",
        EU_JAPAN + "They urged the Democratic People's Republic of Korea to abandon its "
        "nuclear weapons programme.",
    )
    assert {JAPAN, EU} not in _actors(found, "REQUEST")


def test_they_after_a_third_party_is_not_the_issuers() -> None:
    found = _events(
        "EU-Japan summit, 13 July 2023: joint statement",
        EU_JAPAN + "Russia and China held drills, and they urged the Democratic People's "
        "Republic of Korea to abandon its nuclear weapons programme.",
    )
    assert {JAPAN, EU} not in _actors(found, "REQUEST")


AUKUS = (
    "President Joseph R. Biden, Jr. hosted Prime Minister Anthony Albanese of Australia and "
    "Prime Minister Rishi Sunak of the United Kingdom today in San Diego, California, and the "
    "three leaders issued the following statement. "
)


def test_the_leaders_issued_the_following_statement_names_the_issuers() -> None:
    found = _events(
        "Joint Leaders Statement on AUKUS",
        AUKUS + "We are committed to setting the highest nonproliferation standard.",
    )
    assert {US, UK, AUSTRALIA} in _actors(found, "AGREE")


def test_we_without_the_issuing_sentence_is_the_publisher() -> None:
    found = _events(
        "Joint Leaders Statement on AUKUS",
        "President Biden hosted Prime Minister Albanese of Australia and Prime Minister Sunak "
        "of the United Kingdom today. We are committed to setting the highest nonproliferation "
        "standard.",
    )
    assert {US, UK, AUSTRALIA} not in _actors(found, "AGREE")
