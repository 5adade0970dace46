# ruff: noqa: E501  (a table of sentences)
"""Dates of plans, of starts and of fixed holidays (session 29, dates).

A battery of 44 sentences written for this session before the extractor ran (plans with a bare
month or weekday, truces and measures "starting Saturday" or "from Monday", holidays, overnight
acts, past acts with a bare month, "last May", "next May", relative clauses, reported speech;
wire stories, readouts and releases from Central Asia, Africa, Latin America, the Gulf, Europe
and the Pacific). At 96b2c01 (main) it gave 4 wrong dates of this family and missed 6; after: 0
wrong dates and 3 misses (left, below). A second battery of 8 (``b2.txt``: announcements, starts
and runs of days to come) found 2 more wrong dates, fixed (the third item below); a third of 6
(``b3.txt``: meetings told "a day after" a dated act, and negatives) one more like the fourth.

Wrong facts, fixed (each with paraphrases below, positives and negatives):

- **A bare month in a plan was the last one, and the act that told of the plan took it.**
  "Japarov held a telephone conversation with Rahmon, and the two presidents agreed to meet in
  May" in a story of 29 April 2021 published the call (and the agreement made in it) dated
  2020-05: a month named alone was read as the latest one, as it is for past acts, and the
  call took the sentence's only date. A bare month or weekday after a plan's words in its
  clause ("agreed to meet in", "will visit ... in", "is due to sign ... in", "could meet in",
  "invited him to visit ... in", "takes effect from") is now the coming one, and marked
  ``DateMention.planned``; a meeting's date (``events._date``) skips planned dates, so the call
  is undated (ANNOTATION.md §3: an undated act gets no date) unless the sentence dates it.
  Not after a past plan ("had agreed to", "were due to") nor when the sentence names a past
  month before the plan ("In January, they agreed to meet in May" in a July story: this May).
- **"A truce starting Saturday" in a Friday story started the Saturday before**: a weekday
  after "starting", "beginning", "effective", "as of", or after "from"/"on" in a plan's clause
  ("agreed to reopen their border from Wednesday", "will take effect from Monday"), is the
  coming one (the article's day included).

- **"announced on Monday that ... signed ... on Sunday" dated the signing Monday**: "said on"
  marked the day a text was told (``temporal._reported``), "announced on" and "confirmed on" did
  not, so the act took the telling's day. They now do, as "said" ("The Kremlin confirmed on
  Monday that Putin met Erdogan on Sunday": the meeting is Sunday's).

Misses, fixed:

- **Fixed-day holidays as dates**: "on Christmas Day", "on Christmas Eve", "on New Year's Eve",
  "on New Year's Day" are December 25, December 24, December 31 and January 1 of the year a day
  without a year gets (``temporal._year_of``: December 31 of the year before a January story).
  Not lunar feasts ("on Eid") nor a state's own days ("on Independence Day"), nor a holiday
  named as an attribute ("a New Year's Eve address").

- **"signed the deal on April 25, a day after Wickremesinghe met Raisi" dated the meeting April
  25**: a meeting told after ", a day after" (", two days before" ...) takes the main clause's
  day shifted by those days (``events._met_days_apart``), when nothing before the date is a
  meeting ("X met Y on Tuesday, a day after the vote": Tuesday).

Left:
- "Jordan airdropped aid over Gaza overnight": no aid fact at all (another family's miss), so
  "overnight" could not be checked; ``temporal`` reads it as the night before (session 23).
- "The Houthis committed to suspend attacks on shipping from October 10": no fact to carry a
  startDate (a suspension promised by an armed group).

- A bare "is to" / "are to" is no plan cue here: "Kazakhstan and South Korea are to celebrate
  the 32nd anniversary of diplomatic relations in January" in a March story keeps the January
  before it (start 1992, as ``test_s25_treaties`` has it), though by the plan reading it is the
  coming January (1993): a choice for the lead.

Hit rate at 96b2c01 (main, before): positives 2/27, negatives 19/19; after: 27/27, 19/19.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.temporal import find_dates
from tests.extract.test_patterns import facts

APR29 = dt.date(2021, 4, 29)  # a Thursday
FRIDAY = dt.date(2024, 6, 7)
JULY = dt.date(2024, 7, 10)
JAN3 = dt.date(2025, 1, 3)


def _dates(text: str, day: dt.date) -> list[str]:
    return [str(d.value) for d in find_dates(text, day)]


def _dated(text: str, day: dt.date, cls: str = "Meeting") -> list[str]:
    """The date (or startDate) of each fact of ``cls``."""
    out = []
    for f in facts(text, day):
        if f.cls.value != cls:
            continue
        when = f.get("date") or f.get("startDate")
        out.append(str(when[0]) if when else "")
    return out


# a bare month or weekday in a plan: the coming one
PLANNED = [
    ("the two presidents agreed to meet in May to discuss border issues.", APR29, "2021-05"),
    ("Prime Minister Anthony Albanese said he would visit China in February.", JULY, "2025-02"),
    ("Kenyan President William Ruto is due to sign the agreement in March.", JULY, "2025-03"),
    ("The Kremlin said Putin and Biden could meet in June.", JULY, "2025-06"),
    ("Putin invited Tokayev to visit Moscow in October.", JULY, "2024-10"),
    ("Japan and the Philippines agreed to hold talks in July.", JULY, "2024-07"),
    ("Sudan's army and the RSF agreed to a truce starting Saturday.", FRIDAY, "2024-06-08"),
    (
        "The ceasefire takes effect from Monday, Qatar's foreign ministry said.",
        FRIDAY,
        "2024-06-10",
    ),
    ("Nigeria and Niger agreed to reopen their border from Wednesday.", FRIDAY, "2024-06-12"),
]
# a past act with a bare month or weekday: the last one
PAST = [
    ("Lavrov said Russia and Turkey had signed a memorandum in March.", JULY, "2024-03"),
    ("Lavrov said Russia and Turkey had agreed to meet in March.", JULY, "2024-03"),
    ("The talks were due to take place in March.", JULY, "2024-03"),
    ("In January, the two ministers agreed to meet in May.", JULY, "2024-05"),
    ("Putin and Xi met in Beijing in May and agreed to strengthen cooperation.", JULY, "2024-05"),
    ("The ceasefire in Gaza took effect on Monday, Qatar said.", FRIDAY, "2024-06-03"),
    ("Ruto met Modi on Monday.", FRIDAY, "2024-06-03"),
    ("The ministers, who met in Nairobi in March, will meet again soon.", JULY, "2024-03"),
    # (the plan's date is the one before: the signing is Monday's)
    (
        "Kenya and Tanzania signed a trade agreement, which enters into force in 2025, on Monday.",
        FRIDAY,
        "2024-06-03",
    ),
    ("Ghana and Togo signed a security pact last May.", dt.date(2024, 1, 10), "2023-05"),
    ("Chile and Argentina signed an energy agreement in April.", JULY, "2024-04"),
]


@pytest.mark.parametrize(("text", "day", "want"), PLANNED)
def test_planned_month_or_weekday_is_the_coming_one(text: str, day: dt.date, want: str) -> None:
    found = find_dates(text, day)
    assert [str(d.value) for d in found][-1] == want
    assert found[-1].planned


@pytest.mark.parametrize(("text", "day", "want"), PAST)
def test_past_month_or_weekday_is_the_last_one(text: str, day: dt.date, want: str) -> None:
    assert _dates(text, day)[-1] == want


def test_call_is_not_dated_by_the_meeting_it_plans() -> None:
    text = (
        "Kyrgyz President Sadyr Japarov held a telephone conversation with Tajik President "
        "Emomali Rahmon, and the two presidents agreed to meet in May to discuss border issues."
    )
    found = facts(text, APR29)
    dated = [str(v) for f in found for v in f.get("date")]
    assert "2020-05" not in dated and "2021-05" not in dated
    assert any(f.cls.value == "Meeting" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Blinken met Wang Yi on Monday, and both sides agreed to hold another round of talks in August.",
        "President Ruto met Prime Minister Modi on Monday and the two agreed to resume talks from Wednesday.",
    ],
)
def test_meeting_keeps_its_own_day_before_a_plan(text: str) -> None:
    assert _dated(text, FRIDAY) == ["2024-06-03"]


def test_truce_starting_saturday_starts_the_coming_saturday() -> None:
    text = (
        "Sudan's army and the Rapid Support Forces agreed to a truce starting Saturday, Saudi "
        "Arabia and the United States said."
    )
    assert "2024-06-01" not in [str(v) for f in facts(text, FRIDAY) for v in f.get("startDate")]


HOLIDAYS = [
    ("Macron spoke with Zelensky on New Year's Eve.", JAN3, ["2024-12-31"]),
    ("Macron spoke with Zelensky on New Year's Eve.", dt.date(2024, 12, 31), ["2024-12-31"]),
    ("Ethiopia and Somalia agreed on New Year's Day to resume talks.", JAN3, ["2025-01-01"]),
    ("The two leaders will meet on New Year's Day.", dt.date(2024, 12, 20), ["2025-01-01"]),
    (
        "Pope Francis met President Mattarella on Christmas Day.",
        dt.date(2024, 12, 27),
        ["2024-12-25"],
    ),
    ("On Christmas Eve, the Patriarch met the President.", dt.date(2024, 12, 24), ["2024-12-24"]),
    ("Pope Francis met President Mattarella on Christmas Day.", JAN3, ["2024-12-25"]),
    # not dates: lunar feasts, a state's own days, a holiday as an attribute
    ("Erdogan called el-Sisi on Eid.", FRIDAY, []),
    ("Blinken called Jaishankar on Independence Day.", FRIDAY, []),
    ("In a New Year's Eve address, the President thanked the army.", JAN3, []),
    ("The Christmas Day truce of 1914 was recalled.", JAN3, ["1914"]),
]


@pytest.mark.parametrize(("text", "day", "want"), HOLIDAYS)
def test_fixed_holidays(text: str, day: dt.date, want: list[str]) -> None:
    assert _dates(text, day) == want


# the day something was announced or confirmed is when it was told, not when it was done
TOLD = [
    (
        "The Jordanian foreign ministry announced on Monday that Jordan and Egypt signed a trade agreement on Sunday.",
        "SUPPORT",
        "2024-03-17",
    ),
    ("The Kremlin confirmed on Monday that Putin met Erdogan on Sunday.", "Meeting", "2024-03-17"),
    # (an announcement alone keeps its day)
    ("Putin met Erdogan on Sunday.", "Meeting", "2024-03-17"),
]


@pytest.mark.parametrize(("text", "kind", "want"), TOLD)
def test_announced_on_is_when_it_was_told(text: str, kind: str, want: str) -> None:
    found = facts(text, dt.date(2024, 3, 19))
    dated = [
        str(f.get("date")[0])
        for f in found
        if f.get("date")
        and (f.cls.value == kind or (f.cls.value == "Event" and str(f.get("eventType")[0]) == kind))
    ]
    assert dated == [want]


def test_announced_on_is_reported() -> None:
    text = "On Monday, the ministry announced that the two states established relations in 1992."
    found = find_dates(text, FRIDAY)
    assert [d.reported for d in found] == [True, False]


def test_planned_run_of_days() -> None:
    found = find_dates("The humanitarian pause will run from Monday to Wednesday.", FRIDAY)
    assert [(str(d.value), str(d.end_value)) for d in found] == [("2024-06-10", "2024-06-12")]


# "signed the deal on April 25, a day after X met Y": the meeting is of the day before
DAYS_APART = [
    (
        "The two sides signed the deal on April 25, a day after Sri Lankan President Ranil Wickremesinghe met Iranian President Ebrahim Raisi.",
        "2024-04-24",
    ),
    (
        "Iran and Pakistan signed eight agreements on Tuesday, a day after Pakistani Prime Minister Shehbaz Sharif met Iranian President Ebrahim Raisi in Islamabad.",
        "2024-04-22",
    ),
    # (the meeting is the main clause's: its own day)
    (
        "Sharif met Raisi in Islamabad on Tuesday, a day after the Iranian president arrived.",
        "2024-04-23",
    ),
    ("Widodo met Putin in Moscow on Thursday, a day after the vote.", "2024-04-25"),
    (
        "The talks between Sharif and Raisi on Tuesday came two days after the foreign ministers met.",
        "2024-04-23",
    ),
]


@pytest.mark.parametrize(("text", "want"), DAYS_APART)
def test_meeting_a_day_after_the_dated_clause(text: str, want: str) -> None:
    assert _dated(text, dt.date(2024, 4, 26))[:1] == [want]


def test_call_on_new_years_eve_is_dated() -> None:
    text = "President Emmanuel Macron spoke with President Volodymyr Zelensky on New Year's Eve."
    assert _dated(text, JAN3) == ["2024-12-31"]
