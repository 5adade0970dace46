"""Dates written in article text (session 12): ordinal and slashed days, "on the 14th", a weekday
with its date, runs of weekdays, qualified years and months ("in early 2022"), spans of years,
years in names, the day a text was said against the day of what it says, and a first-line
dateline with a time."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.articles import parse_text
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Fact, TimeValue
from dipld.temporal import find_dates
from tests.extract.test_patterns import facts

FRIDAY = dt.date(2023, 9, 15)
WEDNESDAY = dt.date(2023, 11, 29)


def _values(text: str, ref: dt.date | None = FRIDAY) -> list[str]:
    return [
        d.value.lexical + (f"..{d.end_value.lexical}" if d.end_value else "")
        for d in find_dates(text, ref)
    ]


def _dated(found: list[Fact], cls: str, role: str = "date") -> list[list[str]]:
    return [
        [v.lexical for v in f.get(role) if isinstance(v, TimeValue)]
        for f in found
        if f.cls.value == cls
    ]


# ---- forms of a day ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal day "of" its month, with the year: one date, not a day and a year
        ("spoke on the 3rd of March 2023", ["2023-03-03"]),
        ("signed on the 23rd of November, 1992", ["1992-11-23"]),
        # slashed days: the order read from a number above 12, or the year-first form
        ("met on 14/04/2023", ["2023-04-14"]),
        ("met on 04/14/2023", ["2023-04-14"]),
        ("met on 2023/04/14", ["2023-04-14"]),
        ("met on 7/7/2023", ["2023-07-07"]),
        # either reading: the year alone, never a guessed day or month
        ("met on 03/04/2023", ["2023"]),
        ("on 31/02/2023", []),  # no such day
        # "on the 14th" (Chinese and wire copy): a day of the article's month
        ("held talks in Beijing on the 14th.", ["2023-09-14"]),
        ("On the 12th, the minister arrived in Shanghai", ["2023-09-12"]),
        ("on the 14th local time", ["2023-09-14"]),
        ("on the 5th of last month", ["2023-08-05"]),
        ("on the 20th of this month", ["2023-09-20"]),
        # not a day: a floor, an anniversary, a day after the article's without its month
        ("met on the 14th floor of the building", []),
        ("marked on the 30th anniversary of relations", []),
        ("will meet on the 20th.", []),
        ("the 14th round of talks", []),
    ],
)
def test_forms_of_a_day(text: str, expected: list[str]) -> None:
    assert _values(text) == expected


def test_a_weekday_with_its_date_is_one_date_the_written_one() -> None:
    assert _values("met on Tuesday, November 21", WEDNESDAY) == ["2023-11-21"]
    assert _values("met on Tuesday (Nov. 21)", WEDNESDAY) == ["2023-11-21"]
    assert _values("met on Tuesday, 21 November 2023", WEDNESDAY) == ["2023-11-21"]
    # (a weekday and a date that are not one: two dates)
    assert _values("met on Tuesday, and again on November 21", WEDNESDAY) == [
        "2023-11-28",
        "2023-11-21",
    ]


def test_a_run_of_weekdays_is_a_span() -> None:
    assert _values("talks on Saturday and Sunday") == ["2023-09-09..2023-09-10"]
    assert _values("talks from Monday to Wednesday") == ["2023-09-11..2023-09-13"]
    # the days as they resolve are not a run: two dates
    assert _values("talks on Friday and Saturday") == ["2023-09-15", "2023-09-09"]
    assert _values("met on Monday and again on Thursday") == ["2023-09-11", "2023-09-14"]


def test_relative_days_need_an_article_date() -> None:
    for text in ("on the 14th", "on Tuesday, November 21", "on Saturday and Sunday"):
        assert find_dates(text, None) == []


# ---- parts of years and months, spans of years --------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("In early 2022, they agreed", "early 2022", "2022"),
        ("in mid-2022", "mid-2022", "2022"),
        ("in the first half of 2023", "the first half of 2023", "2023"),
        ("in the second quarter of 2023", "the second quarter of 2023", "2023"),
        ("in Q3 2023", "Q3 2023", "2023"),
        ("in the spring of 2021", "the spring of 2021", "2021"),
        ("at the end of May", "the end of May", "2023-05"),
        ("in mid-March", "mid-March", "2023-03"),
    ],
)
def test_a_part_of_a_year_or_month_is_the_year_or_month(
    text: str, mention: str, value: str
) -> None:
    (date,) = find_dates(text, FRIDAY)
    assert (date.text, date.value.lexical) == (mention, value)


def test_since_a_part_of_a_year_starts_a_period() -> None:
    (date,) = find_dates("Since early 2022, the aid has grown", FRIDAY)
    assert date.since and date.value.lexical == "2022"


def test_from_and_between_years_are_spans() -> None:
    assert _values("from 2015 to 2020") == ["2015..2020"]
    assert _values("between 2019 and 2021") == ["2019..2021"]
    assert _values("Between 2019 and 2021, trade grew") == ["2019..2021"]
    # not spans: a lone year after "from", years compared, a backward pair
    assert _values("from 2015, and in 2020") == ["2015", "2020"]
    assert _values("in 2015 and 2020") == ["2015", "2020"]


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia is pursuing its Vision 2030 plan",
        "the African Union's Agenda 2063",
        "Riyadh won the bid to host Expo 2030",
        "the 2030 Agenda for Sustainable Development",
        "the Horizon 2020 programme",
    ],
)
def test_a_year_in_a_name_is_no_date(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2030, the plan ends", ["2030"]),
        ("By 2030, trade will double", ["2030"]),
        ("Since 2014, aid has grown", ["2014"]),
        ("in FY 2023", ["2023"]),
        ("the 2015 Minsk agreements", ["2015"]),  # the year the agreements were signed
        ("signed in May 2023", ["2023-05"]),
    ],
)
def test_years_after_other_words_stay_dates(text: str, expected: list[str]) -> None:
    assert _values(text) == expected


# ---- the date a fact takes ------------------------------------------------------------------


def test_a_qualified_year_dates_an_agreement() -> None:
    found = facts(
        "In early 2022, Saudi Arabia and Brazil agreed to set up a joint investment fund.",
        WEDNESDAY,
    )
    assert _dated(found, "Event") == [["2022"]]


@pytest.mark.parametrize(
    "text",
    [
        "The United States provided $2 billion in security assistance to Ukraine from 2015 to "
        "2020.",
        "The European Union imposed sanctions on Belarus between 2020 and 2022.",
    ],
)
def test_a_span_of_years_is_not_an_acts_day(text: str) -> None:
    assert _dated(facts(text, WEDNESDAY), "Event") == [[]]


def test_a_slashed_date_dates_a_meeting() -> None:
    found = facts("Chinese Foreign Minister Qin Gang met Mauro Vieira on 14/04/2023.", FRIDAY)
    assert _dated(found, "Meeting") == [["2023-04-14"]]


def test_a_weekday_with_its_date_dates_a_meeting() -> None:
    found = facts(
        "Blinken met Chinese Foreign Minister Wang Yi on Tuesday, November 21.", WEDNESDAY
    )
    assert _dated(found, "Meeting") == [["2023-11-21"]]


def test_a_run_of_weekdays_spans_a_meeting() -> None:
    found = facts(
        "Blinken met Chinese Foreign Minister Wang Yi in Malta on Saturday and Sunday.", FRIDAY
    )
    assert _dated(found, "Meeting", "startDate") == [["2023-09-09"]]
    assert _dated(found, "Meeting", "endDate") == [["2023-09-10"]]


@pytest.mark.parametrize(
    ("text", "cls", "role", "expected"),
    [
        # what was said has its own day, not the day it was said
        (
            "On Monday, the State Department said Blinken spoke with Wang Yi by telephone on "
            "Friday.",
            "Meeting",
            "date",
            "2023-09-15",
        ),
        (
            "Speaking on Thursday, Lavrov said he met Wang Yi on Tuesday.",
            "Meeting",
            "date",
            "2023-09-12",
        ),
        (
            "On Monday, the Russian Foreign Ministry said Moscow had expelled two Estonian "
            "diplomats on Friday.",
            "Event",
            "date",
            "2023-09-15",
        ),
        (
            "On Monday, the ministry said Kazakhstan and Uzbekistan established diplomatic "
            "relations in 1992.",
            "DiplomaticRelations",
            "startDate",
            "1992",
        ),
        (
            "On Monday, the ministry said Kazakhstan and Uzbekistan signed a border treaty on "
            "Friday.",
            "TreatyRelation",
            "date",
            "2023-09-15",
        ),
    ],
)
def test_the_day_of_what_was_said(text: str, cls: str, role: str, expected: str) -> None:
    assert _dated(facts(text, FRIDAY), cls, role) == [[expected]]


@pytest.mark.parametrize(
    ("text", "cls", "expected"),
    [
        # an act of saying has the day it was said, in the text's order
        (
            "On Tuesday, China accused the United States of violating its airspace on Sunday.",
            "Event",
            "2023-09-12",
        ),
        (
            "China accused the United States on Sunday of violating its airspace, the ministry "
            "said on Tuesday.",
            "Event",
            "2023-09-10",
        ),
        # "announced" is the act itself ("announced ... aid"), not a report of it
        (
            "On Thursday, Washington announced $250 million in military aid to Ukraine, after "
            "Kyiv requested it on Monday.",
            "Event",
            "2023-09-14",
        ),
        (
            "Lavrov met Wang Yi on Tuesday, the Russian Foreign Ministry said on Thursday.",
            "Meeting",
            "2023-09-12",
        ),
    ],
)
def test_the_day_said_stays_where_it_is_the_acts(text: str, cls: str, expected: str) -> None:
    assert _dated(facts(text, FRIDAY), cls) == [[expected]]


def test_an_earlier_meeting_does_not_date_the_articles() -> None:
    body = (
        "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip "
        "Erdogan.\n\n"
        "Vladimir Putin and Recep Tayyip Erdogan last met in Astana on 13 October 2022.\n\n"
        "The leaders agreed to continue contacts."
    )
    found = facts(body, dt.date(2023, 3, 3))
    agreed = [f for f in found if f.cls.value == "Event" and str(f.get("eventType")[0]) == "AGREE"]
    assert agreed and all(not f.get("date") for f in agreed)
    # (the earlier meeting keeps its own date)
    assert ["2022-10-13"] in _dated(found, "Meeting")


def test_a_meeting_of_the_article_day_still_dates_an_undated_one() -> None:
    body = (
        "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip "
        "Erdogan.\n\n"
        "Vladimir Putin and Recep Tayyip Erdogan spoke today.\n\n"
        "The leaders agreed to continue contacts."
    )
    found = facts(body, dt.date(2023, 3, 3))
    agreed = [f for f in found if f.cls.value == "Event" and str(f.get("eventType")[0]) == "AGREE"]
    assert [[v.lexical for v in f.get("date") if isinstance(v, TimeValue)] for f in agreed] == [
        ["2023-03-03"]
    ]


# ---- the article's own date ------------------------------------------------------------------


@pytest.mark.parametrize(
    "first_line",
    [
        "March 3, 2023 / 23:30 / The Kremlin, Moscow",
        "3 March 2023, 23:30",
        "March 3, 2023 23:30",
        "Friday, March 3, 2023, 11:30 pm",
    ],
)
def test_a_first_line_date_with_its_time(first_line: str) -> None:
    body = (
        f"{first_line}\n\nEarlier today, Vladimir Putin met Prime Minister of Armenia Nikol "
        "Pashinyan.\n"
    )
    article = parse_text(body, "k.txt")
    assert article.date == dt.date(2023, 3, 3)
    found = extract(article, load_index())
    assert _dated(found, "Meeting") == [["2023-03-03"]]


@pytest.mark.parametrize(
    "first_line",
    ["March 3, 2023 talks were held in Moscow", "23:30 March 3, 2023", "March 3, 2023 / 99"],
)
def test_a_first_line_that_is_no_date_line(first_line: str) -> None:
    assert parse_text(f"{first_line}\n\nThe two sides met.\n", "k.txt").date is None


def test_relative_dates_in_an_undated_article_date_nothing() -> None:
    body = (
        "Russian Foreign Minister Sergey Lavrov met Indian External Affairs Minister S. "
        "Jaishankar in Moscow on the 14th, on Tuesday, November 21.\n"
    )
    article = parse_text(body, "u.txt")
    assert article.date is None
    assert _dated(extract(article, load_index()), "Meeting") == [[]]


def test_the_day_said_after_a_wire_dateline() -> None:
    found = facts(
        "MOSCOW, Sept 18 - On Monday, the Russian Foreign Ministry said Moscow had expelled two "
        "Estonian diplomats on Friday.",
        dt.date(2023, 9, 18),
    )
    assert _dated(found, "Event") == [["2023-09-15"]]


def test_the_day_said_gives_way_to_a_run_of_days() -> None:
    found = facts(
        "Speaking on Sunday, Russian Foreign Minister Sergey Lavrov said he had met Chinese "
        "Foreign Minister Wang Yi on Saturday and Sunday.",
        dt.date(2023, 9, 18),
    )
    assert _dated(found, "Meeting") == [[]]
    assert _dated(found, "Meeting", "startDate") == [["2023-09-16"]]
    assert _dated(found, "Meeting", "endDate") == [["2023-09-17"]]


def test_a_run_of_days_dates_the_headlines_meeting() -> None:
    article = parse_text(
        "---\ntitle: Lavrov meets Wang Yi\ndate: 2023-09-18\n---\n"
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Moscow "
        "on Saturday and Sunday.\n",
        "t.txt",
    )
    found = extract(article, load_index())
    assert _dated(found, "Meeting", "startDate") == [["2023-09-16"]]
    assert _dated(found, "Meeting", "endDate") == [["2023-09-17"]]


def test_an_acts_clause_with_a_span_takes_no_other_clauses_day() -> None:
    found = facts(
        "The European Union imposed sanctions on Belarus between 2020 and 2022, and its foreign "
        "ministers discussed them again at the end of February.",
        FRIDAY,
    )
    assert _dated(found, "Event") == [[]]
    # (a clause with a day of its own keeps it, and the renewal is an act of its own)
    found = facts(
        "The European Union imposed sanctions on Belarus in 2020, and renewed them at the end "
        "of February.",
        FRIDAY,
    )
    assert sorted(_dated(found, "Event")) == [["2020"], ["2023-02"]]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Uzbekistan allowed the US to use the Karshi-Khanabad air base from 2001 to 2005.",
            "2001",
            "2005",
        ),
        (
            "Uzbekistan allowed the US to use the Karshi-Khanabad air base between 2001 and 2005.",
            "2001",
            "2005",
        ),
    ],
)
def test_a_span_of_years_bounds_a_permission(text: str, start: str, end: str) -> None:
    found = facts(text, FRIDAY)
    assert _dated(found, "Permission") == [[start]]
    assert _dated(found, "Permission", "endDate") == [[end]]
