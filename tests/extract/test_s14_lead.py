"""Session 14, lead: the year of a day and month written without one."""

from __future__ import annotations

import datetime as dt

import pytest

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
