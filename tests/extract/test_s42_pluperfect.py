"""Meetings told in the past perfect are earlier ones (session 42, lead).

The sentences are written for this round (none from a gold set). Convention followed (the
development and spent gold, ANNOTATION.md §4 "Past meetings: historical"): of the eleven gold
meetings told by "had met", "had held talks", "had visited", "had spoken", nine are historical;
the two that are not are "said he had spoken by phone with X" (a verb of saying before it: the
reported present perfect, as recent as the saying) and "The two had held talks earlier in the
day" (the article's own day). Before, all eleven came out asserted.

- Every verb telling a meeting in the sentence, outside a "where" or "when" clause, is in the past
  perfect: "X came to Moscow from Kyiv, where he had held talks with Y" (the verb in the clause
  when the main clause has none), "X had visited Kyiv, where he met Y" (the clause's verb is the
  visit's), "X recalled that he had visited A and had held talks in B".
- Not: a verb of saying before it, a date that is the article's day, a sentence with another
  meeting verb not in the past perfect ("X met Y on Monday, after he had visited Z").

Why it matters beyond the status: a meeting recalled sets no pair for "the two countries" next,
so "Trade between the two countries reached ..." after it is the pair of the talks reported.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact, Status
from tests.extract.test_patterns import facts_of, key

DAY = dt.date(2022, 6, 30)
PUTIN, WIDODO, ZELENSKY, SCHOLZ, MACRON = "Q7747", "Q3318231", "Q3874799", "Q61053", "Q3052772"


def _facts(body: str, date: dt.date = DAY) -> list[Fact]:
    return extract(Article(id="t", source="t.txt", body=body, date=date), load_index())


def _statuses(body: str, date: dt.date = DAY) -> dict[frozenset[str], Status | None]:
    return {
        frozenset(key(e) for e in f.get("participant")): f.status
        for f in facts_of(_facts(body, date), "Meeting")
    }


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "President Joko Widodo came to Moscow from Kyiv, where he had held talks with "
            "President Volodymyr Zelensky.",
            {WIDODO, ZELENSKY},
        ),
        (
            "Chancellor Olaf Scholz had visited Paris a week earlier, where he met President "
            "Emmanuel Macron.",
            {SCHOLZ, MACRON},
        ),
        (
            "Olaf Scholz had met Emmanuel Macron in Paris in May, officials recalled.",
            {SCHOLZ, MACRON},
        ),
        (
            "Chancellor Olaf Scholz had already held talks with President Emmanuel Macron in "
            "Paris on Monday.",
            {SCHOLZ, MACRON},
        ),
    ],
)
def test_a_meeting_in_the_past_perfect_is_historical(body: str, pair: set[str]) -> None:
    assert _statuses(body).get(frozenset(pair)) is Status.HISTORICAL


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        # the reported present perfect
        (
            "Chancellor Olaf Scholz said he had spoken by phone with President Emmanuel Macron.",
            {SCHOLZ, MACRON},
        ),
        # the article's own day
        (
            "Olaf Scholz and Emmanuel Macron had held talks earlier in the day in Paris.",
            {SCHOLZ, MACRON},
        ),
        # the simple past
        ("Olaf Scholz met Emmanuel Macron in Paris on Tuesday.", {SCHOLZ, MACRON}),
        # another meeting verb, not in the past perfect
        (
            "Olaf Scholz met Emmanuel Macron in Paris on Tuesday, after he had visited Kyiv.",
            {SCHOLZ, MACRON},
        ),
    ],
)
def test_not_historical(body: str, pair: set[str]) -> None:
    assert _statuses(body).get(frozenset(pair)) is Status.ASSERTED


def test_the_two_countries_after_a_recalled_meeting_are_the_talks_pair() -> None:
    body = (
        "Vladimir Putin held talks in the Kremlin with President of Indonesia Joko Widodo.\n\n"
        "The Indonesian President came to Moscow from Kyiv, where he had held talks with "
        "President of Ukraine Vladimir Zelensky.\n\n"
        "The President of Russia said Russia would continue to supply fertilisers to "
        "Indonesia.\n\n"
        "Trade between the two countries reached $2.7 billion in 2021."
    )
    flows = [f for f in facts_of(_facts(body), "TradeFlow") if f.get("flow")]
    assert [frozenset(key(e) for e in f.get("party")) for f in flows] == [
        frozenset({"Q159", "Q252"})
    ]
