"""Dates in text resolve against the article date at the precision the text gives."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.temporal import find_dates, parse_date

FRIDAY = dt.date(2022, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on Friday.", ["2022-09-02"]),
        ("They met on Monday.", ["2022-08-29"]),  # the most recent Monday
        ("in February 2022", ["2022-02"]),  # month precision, no invented day
        ("on 2 September 2022", ["2022-09-02"]),
        ("on September 2, 2022", ["2022-09-02"]),
        ("on August 29", ["2022-08-29"]),  # year from the article date
        ("today", ["2022-09-02"]),
        ("yesterday", ["2022-09-01"]),
        ("last year", ["2021"]),
        ("In 2021, trade grew", ["2021"]),
        ("up 20 percent", []),
        ("They may meet", []),  # the verb
        ("Earlier in the day, they met", ["2022-09-02"]),  # the report's day
        ("trade stood at $7 billion in 2022-23", ["2022"]),  # a fiscal year, from its first year
        ("between 1995-97", []),  # no fiscal year
        ("the day before yesterday", ["2022-08-31"]),
        ("this morning", ["2022-09-02"]),
        ("last night", ["2022-09-01"]),  # the evening before the report
        ("a week ago", ["2022-08-26"]),
        ("two months ago", ["2022-07"]),
        ("a year ago", ["2021"]),
        ("signed on 20.01.2021", ["2021-01-20"]),  # dots: day first
        ("one of the", []),
    ],
)
def test_resolution(text: str, expected: list[str]) -> None:
    assert [d.value.lexical for d in find_dates(text, FRIDAY)] == expected


def test_decade_is_a_range() -> None:
    (decade,) = find_dates("disputes in the 1990s", FRIDAY)
    assert decade.end_value is not None
    assert (decade.value.lexical, decade.end_value.lexical) == ("1990", "1999")


def test_since_marks_a_start() -> None:
    (since,) = find_dates("Since February 24, aid grew.", dt.date(2022, 7, 19))
    assert since.since and since.value.lexical == "2022-02-24"


@pytest.mark.parametrize(
    ("text", "since"),
    [
        # a part of a relative year after "since" starts a period too (session 43): the date
        # of the launches condemned, not of the condemnation
        ("condemned the launches since the beginning of last year", True),
        ("exports have grown since the start of this year", True),
        ("since last year", True),
        ("at the end of last year", False),
        ("in the first half of last year", False),
    ],
)
def test_since_a_part_of_a_relative_year(text: str, since: bool) -> None:
    (found,) = find_dates(text, dt.date(2023, 8, 19))
    assert found.since is since and found.value.year in (2022, 2023)


def test_relative_dates_need_an_article_date() -> None:
    assert find_dates("on Friday", None) == []


def test_parse_date_forms() -> None:
    assert parse_date("Friday, August 21, 2015") == dt.date(2015, 8, 21)
    assert parse_date("2022-09-02T10:00:00Z") == dt.date(2022, 9, 2)
    assert parse_date("31 February 2022") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("visited China from 16 to 17 May", ("2022-05-16", "2022-05-17")),
        ("on 16-17 May", ("2022-05-16", "2022-05-17")),
        ("on May 16-17", ("2022-05-16", "2022-05-17")),
        ("on 16 and 17 May 2023", ("2023-05-16", "2023-05-17")),
    ],
)
def test_runs_of_days_with_and_without_a_year(text: str, expected: tuple[str, str]) -> None:
    (days,) = find_dates(text, FRIDAY)
    assert days.end_value is not None
    assert (days.value.lexical, days.end_value.lexical) == expected


def test_days_ago() -> None:
    assert [d.value.lexical for d in find_dates("They met two days ago.", FRIDAY)] == ["2022-08-31"]
    assert [d.value.lexical for d in find_dates("three days ago", FRIDAY)] == ["2022-08-30"]
    assert find_dates("the two sides met", FRIDAY) == []


def test_a_run_of_days_after_its_month() -> None:
    (days,) = find_dates("traveled to Tokyo and Seoul from April 15 to 18", FRIDAY)
    assert days.end_value is not None
    assert (days.value.lexical, days.end_value.lexical) == ("2022-04-15", "2022-04-18")
    # a second month makes two dates, not a run
    assert len(find_dates("from April 15 to 2 May", FRIDAY)) == 2


def test_a_run_of_years_is_a_range() -> None:
    (years,) = find_dates("trade grew in 2019-2021", FRIDAY)
    assert (years.value.lexical, years.end_value and years.end_value.lexical) == ("2019", "2021")
