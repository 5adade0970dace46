"""Group subjects (session 18): "the sides" after a sentence of one side of the meeting reported
last are that meeting's two states, not the pair that sentence named in passing ("The Russian
side criticised the United States ... The sides agreed ..."); "the ministers", "the leaders"
after ", where" are the people the sentence named before it ("X held talks with Y in Moscow,
where the ministers agreed ..."), not those who met earlier. And the near misses."""

from __future__ import annotations

import datetime as dt

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import facts_of, keys

RUSSIA, TURKIYE, US, NORTH_KOREA = "Q159", "Q43", "Q30", "Q423"
PUTIN, ERDOGAN, LAVROV, CHOE = "Q7747", "Q39259", "Q58217", "Q30436217"
DAY = dt.date(2024, 1, 16)


def _facts(body: str) -> list[Fact]:
    return extract(Article(id="t", source="t.txt", body=body, title=None, date=DAY), load_index())


def _events(body: str, code: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    return {
        (frozenset(keys(f.get("actor"))), frozenset(keys(f.get("recipient"))))
        for f in facts_of(_facts(body), "Event")
        if code in {str(c) for c in f.get("cameoCode")}
    }


def _actors(body: str, code: str) -> set[frozenset[str]]:
    return {actors for actors, _ in _events(body, code)}


# ---- "the sides" after a sentence of one side ---------------------------------------------


def test_the_sides_after_one_side_criticised_a_third_state() -> None:
    body = (
        "Vladimir Putin received Minister of Foreign Affairs of the DPRK Choe Son Hui in the "
        "Kremlin. The Russian side criticised the military activity of the United States near "
        "the Korean Peninsula. The sides agreed to expand exchanges in tourism and culture."
    )
    assert frozenset({RUSSIA, NORTH_KOREA}) in _actors(body, "030")
    assert not any(US in a for a in _actors(body, "030"))


def test_the_sides_after_one_leader_named_a_third_state() -> None:
    body = (
        "Vladimir Putin met Recep Tayyip Erdogan in Sochi. Putin accused the United States of "
        "prolonging the war. The sides agreed to expand trade in national currencies."
    )
    found = _actors(body, "031") | _actors(body, "030")
    assert frozenset({RUSSIA, TURKIYE}) in found
    assert not any(US in a for a in found)


def test_the_sides_did_not_agree() -> None:
    body = (
        "Vladimir Putin received Minister of Foreign Affairs of the DPRK Choe Son Hui in the "
        "Kremlin. The Russian side criticised the military activity of the United States. "
        "The sides did not agree on a date for the visit."
    )
    assert not _actors(body, "030")


# ---- "the ministers" after ", where" ------------------------------------------------------


def test_the_ministers_where_they_met() -> None:
    body = (
        "Vladimir Putin received Minister of Foreign Affairs of the DPRK Choe Son Hui in the "
        "Kremlin. Earlier, Choe Son Hui held talks with Sergei Lavrov at the Foreign Ministry, "
        "where the ministers agreed to expand cooperation in tourism."
    )
    found = _actors(body, "030") | _actors(body, "031")
    assert frozenset({CHOE, LAVROV}) in found
    assert not any(PUTIN in a for a in found)


def test_the_two_ministers_where_three_were_named() -> None:
    # a pair's phrase after three people: not these
    body = (
        "Vladimir Putin received Minister of Foreign Affairs of the DPRK Choe Son Hui in the "
        "Kremlin. Choe Son Hui, Sergei Lavrov and Recep Tayyip Erdogan met in Moscow, where the "
        "two ministers agreed to expand cooperation in tourism."
    )
    found = _actors(body, "030") | _actors(body, "031")
    assert frozenset({CHOE, LAVROV, ERDOGAN}) not in found
