# ruff: noqa: E501  (tables of sentences)
"""Session 29, two precision errors from a spent blind set, written again in other words.

- **"Special Envoy of the Secretary-General for Yemen, Hans Grundberg"** was Yemen's special
  envoy (jurisdiction the state after "for"), as "Personal Envoy of the Secretary-General for
  Western Sahara" was Western Sahara's: a Secretary-General's envoy for a state serves the
  organisation. The jurisdiction is now the one organisation the article has named; with none
  or several, no Tenure (a wrong jurisdiction is worse than none). A state's own envoy for
  another state ("US Special Envoy for Yemen") is unchanged.
- **"The first round of the talks took place in Caracas, months after Colombia and Venezuela
  restored diplomatic relations"** was a round of talks between Colombia and Venezuela: "a
  round of talks took place" is one of the pair named before the sentence, never of a pair the
  sentence itself names in a clause about something else.

Hit rates at b2d106a (before) → after: envoys 0/3 → 3/3 right or none (negatives 2/2 → 2/2);
rounds 0/2 → 2/2 (the pair named before: 1/1 → 1/1)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article
from tests.extract.test_patterns import keys

DAY = dt.date(2022, 4, 1)
UN, YEMEN, WESTERN_SAHARA, USA = "Q1065", "Q805", "Q40362", "Q30"


def _tenures(body: str) -> list[tuple[str, set[str]]]:
    article = Article(id="t", source="t.txt", body=body, date=DAY)
    return [
        (str(f.get("role")[0]), keys(f.get("jurisdiction")))
        for f in extract(article, load_index())
        if f.cls.value == "Tenure"
    ]


ENVOYS = [
    (
        "The parties accepted a United Nations proposal. The Special Envoy of the Secretary-General for Yemen, Hans Grundberg, welcomed the truce.",
        {UN},
    ),
    (
        "The United Nations called for calm. Personal Envoy of the Secretary-General for Western Sahara Staffan de Mistura visited Rabat.",
        {UN},
    ),
    (
        "The Special Envoy of the Secretary-General for Yemen, Hans Grundberg, welcomed the truce.",
        None,
    ),
]


@pytest.mark.parametrize(("body", "jurisdiction"), ENVOYS)
def test_a_secretary_general_s_envoy_for_a_state_serves_the_organisation(
    body: str, jurisdiction: set[str] | None
) -> None:
    envoys = [j for role, j in _tenures(body) if role == "SpecialEnvoy"]
    assert {YEMEN} not in envoys and {WESTERN_SAHARA} not in envoys
    assert envoys == ([jurisdiction] if jurisdiction else [])


STATES_ENVOYS = [
    ("US Special Envoy for Yemen Tim Lenderking met Saudi officials.", {USA}),
    ("Russian Special Envoy for Syria Alexander Lavrentiev met officials in Damascus.", {"Q159"}),
]


@pytest.mark.parametrize(("body", "jurisdiction"), STATES_ENVOYS)
def test_a_state_s_envoy_for_another_state_is_still_the_state_s(
    body: str, jurisdiction: set[str]
) -> None:
    assert ("SpecialEnvoy", jurisdiction) in _tenures(body)


def _meetings(body: str) -> list[set[str]]:
    article = Article(id="t", source="t.txt", body=body, date=dt.date(2023, 6, 9))
    return [
        keys(f.get("participant"))
        for f in extract(article, load_index())
        if f.cls.value == "Meeting"
    ]


ROUNDS = [
    "The first round of the talks took place in Caracas in November 2022, months after Colombia and Venezuela restored diplomatic relations.",
    "The second round of negotiations took place in Mexico City, weeks after Colombia and Venezuela reopened their border.",
]


@pytest.mark.parametrize("body", ROUNDS)
def test_a_round_of_talks_is_not_of_a_pair_named_in_a_clause_about_something_else(
    body: str,
) -> None:
    assert {"Q739", "Q717"} not in _meetings(body)


def test_a_round_of_talks_of_the_pair_named_before() -> None:
    body = (
        "Colombia and Venezuela restored diplomatic relations in 2022. "
        "The first round of the talks took place in Caracas in November 2022."
    )
    assert {"Q739", "Q717"} in _meetings(body)
