# ruff: noqa: E501  (a table of sentences)
"""A state named only as a land's former ruler is no one of "the two countries" (session 27).

Found in a spent blind set, written again here in other words: "Algeria backs the Polisario
Front, which seeks independence for the former Spanish colony. The land border between the two
countries has been closed since 1994." published a SharedBorder of Algeria and *Spain*: the
demonym of "the former Spanish colony" made Algeria and Spain the last pair of states named. A
state named between "former"/"ex-" and "colony", "protectorate", "mandate", "republic",
"territory" ... (``mentions._FORMER_RULER_*``) no longer joins the pair a later "the two
countries" stands for; it is still a mention (linked as before) for the rules that read it.

Hit rate at f324ffa (before): 0/3; after: 3/3 (the plain pairs 2/2 before and after)."""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, find

FORMER = [
    (
        "Algeria and Morocco have been rivals for decades. Algeria backs the Polisario Front, which seeks independence for the former Spanish colony. The land border between the two countries has been closed since 1994.",
        {"Q262", "Q1028"},
    ),
    (
        "Ethiopia and Eritrea signed a peace deal in 2018. Eritrea, a former Italian colony, then reopened its embassy. The two countries share a border of about 1,000 km.",
        {"Q115", "Q986"},
    ),
    (
        "Russia and Kazakhstan held talks in Moscow. Kazakhstan is an ex-Soviet republic. The two countries share the world's longest continuous land border.",
        {"Q159", "Q232"},
    ),
]

PLAIN = [
    (
        "Morocco and Spain agreed to reopen the crossings at Ceuta and Melilla. The two countries share a land border.",
        {"Q1028", "Q29"},
    ),
    ("Italy and Eritrea held talks. The two countries share no border.", set()),
]


@pytest.mark.parametrize(("text", "pair"), FORMER)
def test_the_former_ruler_is_not_of_the_pair(text: str, pair: set[str]) -> None:
    found = facts(text)
    assert find(found, "SharedBorder", party=pair) is not None, found
    assert len([f for f in found if f.cls.value == "SharedBorder"]) == 1, found


@pytest.mark.parametrize(("text", "pair"), PLAIN)
def test_a_state_named_plainly_still_makes_the_pair(text: str, pair: set[str]) -> None:
    found = facts(text)
    borders = [f for f in found if f.cls.value == "SharedBorder"]
    if pair:
        assert find(found, "SharedBorder", party=pair) is not None, found
    else:
        assert not borders, found
