"""Material conflict (session 43, force): attacks named by their noun after their maker, fights
of the states of two leaders told in a relative clause, clashes fought.

The sentences are written for this session (none from a gold set). Conventions followed:

- One attack named by its noun after its maker's possessive or demonym, with its target after
  "on" ("condemned Iran's missile and drone attack on Israel on April 13") is the maker's
  ASSAULT on the target's state (a city's state by the KB): 195 for aerial weapons named, 194 for
  artillery, else 190 ("terror attack"). No weapon or kind named ("Russia's attack on Ukraine":
  the war) is none. A campaign of attacks ("Russia's attacks on Ukraine's grid"), one feared,
  prevented or alleged is none (dipld/extract/attacks_named.py).
- "A and B, whose troops fought clashes" is ASSAULT 190 of the two leaders' states, no
  recipient; "Thai and Cambodian troops fought five days of border clashes" alike.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

RUSSIA, UKRAINE, IRAN, ISRAEL, SYRIA, TURKEY = "Q159", "Q212", "Q794", "Q801", "Q858", "Q43"
THAILAND, CAMBODIA, ARMENIA, AZERBAIJAN = "Q869", "Q424", "Q399", "Q227"
KYRGYZSTAN, TAJIKISTAN, CHINA, PHILIPPINES, VIETNAM = "Q813", "Q863", "Q148", "Q928", "Q881"


def _of(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return [(a, r, code) for k, a, r, code in typed_events(text) if k == kind]


ATTACK_NAMED = [
    (
        "The two ministers condemned Iran's missile and drone attack on Israel on April 13.",
        IRAN,
        ISRAEL,
        "195",
    ),
    (
        "The talks came a week after the Russian drone strike on Kyiv that killed 12 people.",
        RUSSIA,
        UKRAINE,
        "195",
    ),
    (
        "Ankara summoned the envoy over Syria's artillery attack on Turkey last month.",
        SYRIA,
        TURKEY,
        "194",
    ),
    (
        "Aid workers described the aftermath of Russia's terrorist attack on Kharkiv in May.",
        RUSSIA,
        UKRAINE,
        "190",
    ),
]


@pytest.mark.parametrize(("text", "actor", "target", "code"), ATTACK_NAMED)
def test_attack_named_after_its_maker(text: str, actor: str, target: str, code: str) -> None:
    assert ({actor}, {target}, code) in _of(text, "ASSAULT")


ATTACK_NOT = [
    # a campaign of attacks, not one
    "The ministers condemned Russia's attacks on Ukraine's energy grid.",
    "The ministers condemned Russia's continued strikes on Kyiv.",
    # the war named, no one attack
    "They discussed global developments, including Russia's attack on Ukraine and its costs.",
    # feared, prevented, threatened, alleged
    "The ministers warned against any Iranian attack on Israel.",
    "The talks aimed to prevent a Russian attack on Ukraine.",
    "Officials discussed the threat of an Iranian missile attack on Israel.",
    "Moscow denied an alleged Russian strike on Kyiv.",
    # hypothetical, negated
    "A Russian attack on Kyiv would be a grave mistake.",
    "There was no Iranian drone attack on Israel on Sunday.",
    # no target state or not an attack
    "The ministers discussed Russia's attack on free speech.",
    "The ministers discussed Iran's charm offensive on Israel.",
]


@pytest.mark.parametrize("text", ATTACK_NOT)
def test_no_attack_named(text: str) -> None:
    assert not [e for e in _of(text, "ASSAULT") if e[1]]


FOUGHT = [
    (
        "The accord was signed by Thai Prime Minister Somchai Rattana and Cambodian Prime "
        "Minister Sok Vanna, whose troops fought five days of border clashes in July.",
        {THAILAND, CAMBODIA},
    ),
    (
        "The deal was reached by Armenian Prime Minister Aram Sargsyan and Azerbaijani President "
        "Elchin Mammadov, whose forces clashed along the border in September.",
        {ARMENIA, AZERBAIJAN},
    ),
    (
        "The talks were hosted by Kyrgyzstan and Tajikistan, whose border guards exchanged fire "
        "in April.",
        {KYRGYZSTAN, TAJIKISTAN},
    ),
    ("Thai and Cambodian troops fought five days of border clashes in July.", {THAILAND, CAMBODIA}),
    (
        "Armenian and Azerbaijani forces fought deadly clashes along the border on Tuesday.",
        {ARMENIA, AZERBAIJAN},
    ),
]


@pytest.mark.parametrize(("text", "actors"), FOUGHT)
def test_fight_of_two_sides(text: str, actors: set[str]) -> None:
    assert (actors, set(), "190") in _of(text, "ASSAULT")


FOUGHT_NOT = [
    "Armenian and Azerbaijani forces have not fought clashes since the truce.",
    "The accord was signed by Thai Prime Minister Somchai Rattana and Cambodian Prime "
    "Minister Sok Vanna, whose troops could fight border clashes again.",
    "The accord was signed by Thai Prime Minister Somchai Rattana and Cambodian Prime "
    "Minister Sok Vanna, whose troops trained together in July.",
    "Thai and Cambodian troops fought against floods in July.",
]


@pytest.mark.parametrize("text", FOUGHT_NOT)
def test_no_fight_of_two_sides(text: str) -> None:
    assert not _of(text, "ASSAULT")
