"""Session 14, lead: the year of a day and month written without one; talks between two others
that a meeting discussed are its topic, not a meeting of theirs."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity
from dipld.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # last December's, not next December's (a signing told in January)
        ("Sweden signed a similar agreement on December 5.", dt.date(2024, 1, 10), "2023-12-05"),
        ("They met on 5 December.", dt.date(2024, 1, 10), "2023-12-05"),
        ("talks on December 20-22", dt.date(2024, 2, 1), "2023-12-20"),
        # the article's year, also a day after publication (ANNOTATION.md §3: "met on August 29")
        ("They met on August 29.", dt.date(2024, 8, 28), "2024-08-29"),
        ("signed on March 3", dt.date(2024, 9, 1), "2024-03-03"),
        ("The summit opens on October 30.", dt.date(2024, 6, 1), "2024-10-30"),
        # next January's, told in late December
        ("The leaders will meet on January 5.", dt.date(2023, 12, 28), "2024-01-05"),
        # but not a January a year away
        ("They met on January 5.", dt.date(2023, 12, 1), "2023-01-05"),
    ],
)
def test_year_of_a_day_and_month(text: str, published: dt.date, expected: str) -> None:
    assert [d.value.lexical for d in find_dates(text, published)][:1] == [expected]


def _meetings(body: str) -> list[frozenset[str]]:
    article = Article(
        id="t", source="t.txt", body=body, date=dt.date(2024, 2, 15), url=None, title=None
    )
    return [
        frozenset(v.label or v.surface or "" for v in f.get("participant") if isinstance(v, Entity))
        for f in extract(article, load_index())
        if f.cls.value == "Meeting"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "They discussed the dialogue between Kosovo and Serbia and the agreement reached in 2023.",
        "The ministers reviewed the talks between Armenia and Azerbaijan.",
        "The leaders also discussed the negotiations between Israel and Hamas.",
    ],
)
def test_talks_discussed_are_a_topic(sentence: str) -> None:
    body = "Secretary Blinken met Prime Minister Edi Rama in Tirana today.\n\n" + sentence
    assert len(_meetings(body)) == 1  # only Blinken and Rama's


def test_talks_between_two_others_told_as_news_stay_a_meeting() -> None:
    found = _meetings("The talks between Kosovo and Serbia resumed in Brussels on Monday.")
    assert frozenset({"Kosovo", "Serbia"}) in found
