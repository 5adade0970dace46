"""Dates written in text, resolved against the article date at the precision the text gives.

>>> ref = dt.date(2022, 9, 2)  # a Friday
>>> [(m.text, m.value.lexical) for m in find_dates("They met on Friday.", ref)]
[('Friday', '2022-09-02')]
>>> [m.value.lexical for m in find_dates("in February 2022 and in 2021", ref)]
['2022-02', '2021']
>>> [(m.value.lexical, m.end_value.lexical) for m in find_dates("disputes in the 1990s", ref)
...  if m.end_value]
[('1990', '1999')]
>>> find_dates("last year", ref)[0].value.lexical
'2021'
>>> [m.value.lexical for m in find_dates("last week, and earlier this week", ref)]
['2022-08', '2022']
>>> [m.value.lexical for m in find_dates("in March and since December, but not May be", ref)]
['2022-03', '2021-12']
>>> parse_date("2 September 2022"), parse_date("Sept. 2, 2022"), parse_date("2022-09-02")
(datetime.date(2022, 9, 2), datetime.date(2022, 9, 2), datetime.date(2022, 9, 2))
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from dipld.model import Precision, TimeValue

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>1[89]\d\d|20\d\d|2100)"


def _m(g: str) -> str:
    return _MONTH.format(g=g)


def _d(g: str) -> str:
    return _DAY.format(g=g)


def _y(g: str) -> str:
    return _YEAR.format(g=g)


# Order matters: the longest, most specific forms first.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b"),
    # "20.01.2021": day first, as everywhere dots separate a date's numbers
    ("dotted", r"\b(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4})\b"),
    # "14/04/2023", "04/14/2023", "2023/04/14": the order of day and month read from the
    # numbers (a day above 12), else the year alone
    ("slashed", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b"),
    ("ymd_slashed", r"\b(?P<y>\d{4})/(?P<mo>\d{1,2})/(?P<d>\d{1,2})\b"),
    # "from 2015 to 2020", "between 2019 and 2021": a run of years, one date
    (
        "from_to_years",
        rf"(?:(?<=\bfrom\s)|(?<=\bbetween\s)){_y('y')}\s+(?:to|and|until|till|through)\s+"
        rf"{_y('y2')}\b(?!\s*(?:percent|%|[-–/]))",
    ),
    # "in 2019-2021": a run of years
    ("year_range", rf"\b{_y('y')}\s*[-–]\s*(?P<y2>(?:19|20)\d\d)\b(?!\s*(?:percent|%))"),
    # 2-5 September 2022 / September 2-5, 2022 (ranges)
    ("dmy_range", rf"\b{_d('d')}\s*[-–]\s*{_d('d2')}\s+{_m('mo')}\s*,?\s+{_y('y')}\b"),
    ("mdy_range", rf"\b{_m('mo')}\s+{_d('d')}\s*[-–]\s*{_d('d2')}\s*,\s*{_y('y')}\b"),
    # "from 16 to 17 May (2024)", "16-17 May", "May 16-17": a run of days whose year is the
    # article's unless given
    (
        "dm_range",
        rf"\b(?:from\s+)?{_d('d')}\s*(?:[-–]|to|and)\s*{_d('d2')}\s+{_m('mo')}(?:\s*,?\s+{_y('y')})?\b",
    ),
    (
        "md_range",
        rf"\b{_m('mo')}\s+{_d('d')}\s*(?:[-–]|to|and)\s*{_d('d2')}\b(?!\s*,\s*\d|\s+{_m('mo2')})",
    ),
    # "3 March 2023", "3rd of March, 2023"
    ("dmy", rf"\b{_d('d')}\s+(?:of\s+)?{_m('mo')}\s*,?\s+{_y('y')}\b"),
    ("mdy", rf"\b{_m('mo')}\s+{_d('d')}\s*,\s*{_y('y')}\b"),
    ("my", rf"\b{_m('mo')}\s+(?:of\s+)?{_y('y')}\b"),
    ("md", rf"\b{_m('mo')}\s+{_d('d')}(?!\d)\b"),
    ("dm", rf"\b{_d('d')}\s+(?:of\s+)?{_m('mo')}\b"),
    # "on the 14th", "On the 3rd, ...", "on the 5th of last month": a day of the article's
    # month (not "on the 14th floor")
    (
        "nth",
        r"(?<=\bon\sthe\s)(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?:\s+of\s+(?P<rel>this|last|next)\s+"
        r"month\b|(?=\s*(?:[,.;:)(]|$)|\s+(?:local\s+time|in|at|and|with|when|during|as|after|"
        r"before|to|for)\b))",
    ),
    ("decade", r"\b(?P<y>1[89]\d0|20\d0)'?s\b"),
    # "in September", "since March": a month alone (read only after such a word, see below)
    # ("in August last year", "in March of next year": that month of that year)
    (
        "month",
        rf"\b{_m('mo')}\b(?:,?\s+(?:of\s+)?(?P<yr>last|this|next)\s+year\b)?(?!\.?\s*(?:of\s+)?\d)",
    ),
    (
        "weekday",
        r"\b(?:last\s+|this\s+|next\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|"
        # "on Thursday last week", "on Monday of next week": that day of that week
        r"Saturday|Sunday)\b(?:,?\s+(?:of\s+)?(?P<wk>last|this|next)\s+week\b)?",
    ),
    # "earlier this week", "last week", "next week", "the past week", "over the weekend": a
    # span of days, given at the precision that holds for all of them (the month or the year)
    (
        "week",
        r"\b(?P<rel>(?:earlier|later)\s+this|this|last|next|past)\s+(?P<unit>week(?:end)?)\b"
        r"(?!\s+of\b)",
    ),
    # "over the weekend", "at the weekend" (read only after such words, see below)
    ("weekend", r"\bweekend\b"),
    # "Earlier in the day, the Secretary met ...": the day of the report
    (
        "relday",
        r"\b(?P<rel>today|tonight|(?:day\s+before\s+)?yesterday|(?:day\s+after\s+)?tomorrow|"
        r"(?:earlier|later)\s+in\s+the\s+day|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
    ),
    ("daysago", r"\b(?P<n>\d|two|three|four|five|six)\s+days\s+ago\b"),
    # "a week ago", "two months ago", "a year ago"
    (
        "unitsago",
        r"\b(?P<n>an?|one|two|three|four|five|six|\d{1,2})\s+(?P<unit>week|month|year)s?\s+ago\b",
    ),
    # ("the past month", "over the last year": the thirty days or the year before the article)
    # (not "the last year of his term")
    ("relyear", r"\b(?P<rel>last|this|next|past)\s+(?P<unit>year|month)\b(?!\s+of\b)"),
    # a fiscal year: "in 2022-23", "FY2022/23"
    ("fiscal", rf"\b{_y('y')}\s*[-–/]\s*(?P<y2>\d{{2}})\b(?!\s*(?:percent|%))"),
    ("year", rf"\b{_y('y')}\b(?!\s*(?:percent|%|-))"),
)
# The patterns that cannot start with a digit, and those that cannot start with a letter (the
# others, such as "two days ago" and "2 days ago", can start with either); a date starts with a
# number or a word, and there only the patterns that can start with one are tried
# (tests/extract/test_temporal.py reads each pattern's possible first characters)
_LETTER_FIRST = frozenset(
    {
        "mdy_range",
        "md_range",
        "mdy",
        "my",
        "md",
        "month",
        "weekday",
        "week",
        "weekend",
        "relday",
        "relyear",
    }
)
_DIGIT_FIRST = frozenset(
    {
        "iso",
        "dotted",
        "slashed",
        "ymd_slashed",
        "from_to_years",
        "year_range",
        "dmy_range",
        "dmy",
        "dm",
        "nth",
        "decade",
        "fiscal",
        "year",
    }
)
_NAMES = tuple(name for name, _ in _PATTERNS)


def _combined(names: frozenset[str]) -> re.Pattern[str]:
    """One pass over the text: the named patterns as alternatives, in priority order, each
    alternative's groups prefixed with its index in _PATTERNS."""
    return re.compile(
        "|".join(
            f"(?P<alt{i}>" + pat.replace("(?P<", f"(?P<p{i}_") + ")"
            for i, (name, pat) in enumerate(_PATTERNS)
            if name in names
        ),
        re.IGNORECASE,
    )


_COMBINED = _combined(frozenset(_NAMES))
_AT_DIGIT = _combined(frozenset(_NAMES) - _LETTER_FIRST)
_AT_LETTER = _combined(frozenset(_NAMES) - _DIGIT_FIRST)


# the group names of each alternative: (name in its own pattern, name in the combined one)
_GROUP_NAMES = tuple(
    tuple((k[len(f"p{i}_") :], k) for k in _COMBINED.groupindex if k.startswith(f"p{i}_"))
    for i in range(len(_PATTERNS))
)
# (the same as two tuples, the names in its own pattern and in the combined one, for one call
# of ``Match.group`` with every name of an alternative of two groups or more)
_GROUP_NAME_LISTS = tuple(
    (tuple(short for short, _ in names), tuple(full for _, full in names)) for names in _GROUP_NAMES
)


class _Groups:
    """A match of one alternative of the combined pattern, with the alternative's group names."""

    def __init__(self, m: re.Match[str], index: int) -> None:
        self._m = m
        self._index = index
        self._alt = f"alt{index}"

    def groupdict(self) -> dict[str, str]:
        shorts, fulls = _GROUP_NAME_LISTS[self._index]
        if len(fulls) >= 2:
            return dict(zip(shorts, self._m.group(*fulls), strict=True))
        return {short: self._m.group(full) for short, full in _GROUP_NAMES[self._index]}

    def start(self) -> int:
        return self._m.start(self._alt)

    def end(self) -> int:
        return self._m.end(self._alt)

    def group(self, _: int = 0) -> str:
        return self._m.group(self._alt)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in text and its resolved value (``end_value`` for ranges and decades)."""

    begin: int
    end: int
    text: str
    value: TimeValue
    end_value: TimeValue | None = None
    relative: bool = False
    since: bool = False  # "since February 24": the start of a period
    # "On Monday, the ministry said ...", "... said on Monday": when the text was said, not
    # when what it tells happened (set only in a sentence with another date)
    reported: bool = False
    # "agreed to meet in May", "will visit on Monday", "a truce starting Saturday": the time of
    # a planned act or of a start, not of the act that tells of it (a bare month or weekday is
    # then the coming one)
    planned: bool = False


_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _safe_day(year: int, month: int, day: int) -> TimeValue | None:
    try:
        return TimeValue.of_date(dt.date(year, month, day))
    except ValueError:
        return None


def _year_of(month: int, day: int, ref: dt.date) -> int:
    """The year of a day and month written without one: the article's, unless that puts it
    more than half a year after the article ("signed on December 5" in a January story is last
    December's), or nearly a year before it with the next year's within a month ("will meet
    on January 5" in a late-December story)."""
    try:
        same = dt.date(ref.year, month, day)
    except ValueError:
        return ref.year  # (29 February; _safe_day rejects it in years without one)
    if (same - ref).days > 183:
        return ref.year - 1
    if (ref - same).days > 300 and (same.replace(year=ref.year + 1) - ref).days <= 31:
        return ref.year + 1
    return ref.year


def _resolve(
    name: str,
    m: re.Match[str] | _Groups,
    ref: dt.date | None,
    offset: int = 0,
    after_the: bool = False,
) -> DateMention | None:
    g = m.groupdict()
    start, end, text = offset + m.start(), offset + m.end(), m.group(0)
    if name == "iso":
        value = _safe_day(int(g["y"]), int(g["mo"]), int(g["d"]))
        return DateMention(start, end, text, value) if value else None
    if name in {"dmy_range", "mdy_range"}:
        year, month = int(g["y"]), _month(g["mo"])
        first, last = _safe_day(year, month, int(g["d"])), _safe_day(year, month, int(g["d2"]))
        if first and last:
            return DateMention(start, end, text, first, last)
        return None
    if name in {"dm_range", "md_range"}:
        stated = g.get("y")
        if (not stated and ref is None) or (name == "md_range" and not g["mo"][:1].isupper()):
            return None
        year = int(stated) if stated else _year_of(_month(g["mo"]), int(g["d"]), ref) if ref else 0
        month = _month(g["mo"])
        d1, d2 = int(g["d"]), int(g["d2"])
        first, last = _safe_day(year, month, d1), _safe_day(year, month, d2)
        if first and last and d1 < d2:
            return DateMention(start, end, text, first, last, relative=not stated)
        return None
    if name == "daysago":
        if ref is None:
            return None
        n = _SMALL_NUMBERS.get(g["n"].lower()) or int(g["n"])
        return DateMention(
            start, end, text, TimeValue.of_date(ref - dt.timedelta(days=n)), relative=True
        )
    if name == "dotted":
        value = (
            _safe_day(int(g["y"]), int(g["mo"]), int(g["d"])) if 1 <= int(g["mo"]) <= 12 else None
        )
        return DateMention(start, end, text, value) if value else None
    if name == "slashed":
        a, b, year = int(g["a"]), int(g["b"]), int(g["y"])
        if a > 12 or a == b:
            value = _safe_day(year, b, a) if b <= 12 else None  # "14/04/2023": day first
        elif b > 12:
            value = _safe_day(year, a, b)  # "04/14/2023": month first
        else:
            value = TimeValue(year) if a and b else None  # "03/04/2023": either; the year
        return DateMention(start, end, text, value) if value else None
    if name == "ymd_slashed":
        month = int(g["mo"])
        value = _safe_day(int(g["y"]), month, int(g["d"])) if 1 <= month <= 12 else None
        return DateMention(start, end, text, value) if value else None
    if name == "from_to_years":
        from_year, to_year = int(g["y"]), int(g["y2"])
        if to_year <= from_year:
            return None
        return DateMention(start, end, text, TimeValue(from_year), TimeValue(to_year))
    if name == "nth":
        if ref is None:
            return None
        day, rel = int(g["d"]), (g["rel"] or "").lower()
        if not rel and day > ref.day:
            return None  # "on the 20th" in an article of the 12th: this month's or the last
        month_index = ref.year * 12 + ref.month - 1 + {"last": -1, "next": 1}.get(rel, 0)
        value = _safe_day(month_index // 12, month_index % 12 + 1, day)
        return DateMention(start, end, text, value, relative=True) if value else None
    if name == "year_range":
        from_year, to_year = int(g["y"]), int(g["y2"])
        if to_year <= from_year:
            return None
        return DateMention(start, end, text, TimeValue(from_year), TimeValue(to_year))
    if name == "unitsago":
        if ref is None:
            return None
        word = g["n"].lower()
        n = 1 if word in {"a", "an", "one"} else _SMALL_NUMBERS.get(word) or int(word)
        unit = g["unit"].lower()
        if unit == "week":
            return DateMention(
                start, end, text, TimeValue.of_date(ref - dt.timedelta(days=7 * n)), relative=True
            )
        if unit == "year":
            return DateMention(start, end, text, TimeValue(ref.year - n), relative=True)
        month_index = ref.year * 12 + ref.month - 1 - n
        value = TimeValue(month_index // 12, month_index % 12 + 1, precision=Precision.MONTH)
        return DateMention(start, end, text, value, relative=True)
    if name in {"dmy", "mdy"}:
        value = _safe_day(int(g["y"]), _month(g["mo"]), int(g["d"]))
        return DateMention(start, end, text, value) if value else None
    if name == "my":
        return DateMention(
            start, end, text, TimeValue(int(g["y"]), _month(g["mo"]), precision=Precision.MONTH)
        )
    if name in {"md", "dm"}:
        if ref is None:
            return None
        if name == "md" and g["mo"].lower().rstrip(".") == "may" and not text[:1].isupper():
            return None  # the verb "may"
        month, day = _month(g["mo"]), int(g["d"])
        value = _safe_day(_year_of(month, day, ref), month, day)
        return DateMention(start, end, text, value, relative=True) if value else None
    if name == "month":
        if ref is None or not text[:1].isupper() or (len(text.rstrip(".")) < 4 and text != "May"):
            return None
        month = _month(g["mo"])
        # a month named alone in news copy is the latest one, the article's month included
        year = ref.year if month <= ref.month else ref.year - 1
        if g["yr"]:
            year = ref.year + _YEAR_SHIFT[g["yr"].lower()]
        return DateMention(
            start, end, text, TimeValue(year, month, precision=Precision.MONTH), relative=True
        )
    if name == "decade":
        decade = int(g["y"])
        return DateMention(
            start, end, text, TimeValue(decade), TimeValue(decade + 9), relative=False
        )
    if name == "weekday":
        if ref is None or not g["wd"][0].isupper():
            return None
        target = WEEKDAYS.index(g["wd"].lower())
        low = text.lower()
        if g["wk"]:
            # "Thursday last week": that day of the week before the article's (weeks from Monday)
            week = _WEEK_SHIFT[g["wk"].lower()]
            delta = target - ref.weekday() + week
        elif low.startswith("next"):
            delta = (target - ref.weekday()) % 7 or 7
        elif low.startswith("last"):
            # "last Friday" in a Friday's article is the week before's (session 23)
            delta = -((ref.weekday() - target) % 7 or 7)
        else:
            # a weekday in news copy is the most recent one, the article day included
            delta = -((ref.weekday() - target) % 7)
        return DateMention(
            start, end, text, TimeValue.of_date(ref + dt.timedelta(days=delta)), relative=True
        )
    if name == "relday":
        if ref is None:
            return None
        rel = g["rel"].lower()
        # "the day before yesterday" is two days back; "last night" the evening before the report
        delta = -2 if rel.startswith("day before") else 2 if rel.startswith("day after") else 0
        if not delta:
            delta = -1 if rel in {"yesterday", "last night"} else 1 if rel == "tomorrow" else 0
        return DateMention(
            start, end, text, TimeValue.of_date(ref + dt.timedelta(days=delta)), relative=True
        )
    if name in {"week", "weekend"}:
        if ref is None:
            return None
        rel = " ".join(g.get("rel", "").lower().split())
        if after_the and rel == "last":
            rel = "past"  # "over the last week": the seven days before the article
        days = _week_days(rel, g.get("unit", "weekend").lower(), ref)
        value = _span_value(*days) if days else None
        return DateMention(start, end, text, value, relative=True) if value else None
    if name == "relyear":
        if ref is None:
            return None
        rel, unit = g["rel"].lower(), g["unit"].lower()
        if rel == "past" or (after_the and rel == "last"):
            # "in the past month": the thirty days before the article, not the calendar month
            back = dt.timedelta(days=365 if unit == "year" else 30)
            value = _span_value(ref - back, ref)
            return DateMention(start, end, text, value, relative=True) if value else None
        shift = {"last": -1, "past": -1, "this": 0, "next": 1}[rel]
        if unit == "year":
            return DateMention(start, end, text, TimeValue(ref.year + shift), relative=True)
        month_index = ref.year * 12 + ref.month - 1 + shift
        return DateMention(
            start,
            end,
            text,
            TimeValue(month_index // 12, month_index % 12 + 1, precision=Precision.MONTH),
            relative=True,
        )
    if name == "fiscal":
        opening = int(g["y"])
        if int(g["y2"]) != (opening + 1) % 100:
            return None  # "1995-97" is no fiscal year
        return DateMention(start, end, text, TimeValue(opening), TimeValue(opening + 1))
    if name == "year":
        return DateMention(start, end, text, TimeValue(int(g["y"])))
    return None


_WEEK_SHIFT = {"last": -7, "this": 0, "next": 7}


def _week_days(rel: str, unit: str, ref: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day a week phrase can mean, seen from the article date (weeks from
    Monday; a weekend said without "this", "last" or "next" is the one before a weekday article,
    or after it)."""
    monday = ref - dt.timedelta(days=ref.weekday())
    day = dt.timedelta(days=1)
    if unit == "week":
        if rel == "past":
            return ref - 7 * day, ref
        if rel == "earlier this":
            return (monday, ref - day) if ref > monday else None
        if rel == "later this":
            return (ref + day, monday + 6 * day) if ref.weekday() < 6 else None
        first = monday + _WEEK_SHIFT[rel] * day
        return first, first + 6 * day
    saturday = monday + 5 * day  # the weekend of the article's week
    weekend = ref >= saturday  # (an article of Saturday or Sunday)
    if rel == "this" or (rel == "" and weekend):
        return saturday, saturday + day
    if rel == "":
        return saturday - 7 * day, saturday + day  # the weekend before, or the one to come
    if rel in {"last", "past"}:
        return saturday - 7 * day, saturday - 6 * day
    if rel == "next":
        # (on a weekday, the coming weekend or the one after it)
        return saturday + (7 if weekend else 0) * day, saturday + 8 * day
    return None  # "earlier this weekend"


def _span_value(first: dt.date, last: dt.date) -> TimeValue | None:
    """The value that holds for every day from ``first`` to ``last``: their month, their year,
    or none."""
    if first.year != last.year:
        return None
    if first.month != last.month:
        return TimeValue(first.year)
    return TimeValue(first.year, first.month, precision=Precision.MONTH)


_ANCHOR = re.compile(r"\d+|[A-Za-z]+\.?")
_ANCHOR_WORDS = frozenset(
    [
        *MONTHS,
        *WEEKDAYS,
        "today",
        "tonight",
        "yesterday",
        "day",
        "a",  # "a week ago" (only where the text says "ago": see _anchors)
        "an",
        "one",
        "tomorrow",
        "earlier",
        "later",
        *_SMALL_NUMBERS,
        "last",
        "this",
        "next",
        "past",
        "weekend",  # "over the weekend"
    ]
)


_MONTH_AFTER = re.compile(
    r"\b(?:in|since|during|until|till|by|from|through|early|late|mid|last|this|of)[\s-]+$",
    re.IGNORECASE,
)
_SPANS = frozenset({"week", "relyear"})
_THE_END = re.compile(r"\bthe\s+$", re.IGNORECASE)
_WEEKEND_AFTER = re.compile(r"\b(?:over|at|on|during|through|throughout)\s+the\s+$", re.IGNORECASE)
# a digit and a number ("\d\d*", not "\d+": a pattern that starts with a class is looked for
# by that class, far faster than a match tried at every position); in ASCII text the ten digits,
# a test far cheaper than a look-up of each character's Unicode category (and whether there is
# one at all: ten substring tests, see _has_ascii_digit)
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d\d*")
_ASCII_DIGITS = re.compile(r"[0-9][0-9]*")
_LOWER_WORD = re.compile(r"[a-z]+")
_LETTERS_ONLY = str.maketrans({chr(c): " " for c in range(128) if not "a" <= chr(c) <= "z"})


def find_dates(
    text: str,
    ref: dt.date | None,
    offset: int = 0,
    anchor: dt.date | None = None,
    *,
    narrative: bool = True,
) -> list[DateMention]:
    """Every date expression in ``text``, non-overlapping, leftmost-longest, in text order
    (offsets shifted by ``offset``). ``anchor`` is the day the text before told of last ("the
    next day", "on the same day" count from it, or from a day this text names before them);
    without ``narrative`` (a headline) neither those nor "overnight" are read."""
    low = text.lower()
    found = _calendar_dates(text, ref, offset, low)
    if ref is not None and ("Christmas" in text or "New Year" in text):
        found = _holidays(text, ref, offset, found)
    if narrative and (" day" in low or "overnight" in low):
        # (most sentences have none of these words: the patterns are not tried)
        found = _narrative_dates(text, ref, offset, anchor, found)
        if len(found) >= 2:
            found = [replace(d, reported=True) if _reported(text, d, offset) else d for d in found]
    return found


def _calendar_dates(text: str, ref: dt.date | None, offset: int, low: str) -> list[DateMention]:
    """The calendar dates of ``text`` (``low``: the text in lower case)."""
    found: list[DateMention] = []
    covered = 0
    weekday = -1  # (the number of dates found when the last one is a weekday)
    for start in _anchors(text, low):
        # a date starts with a number, a month, a weekday or a word like "today" or "last"
        if start < covered:
            continue
        m = (_AT_LETTER if text[start].isalpha() else _AT_DIGIT).match(text, start)
        if m is None:
            continue
        covered = m.end()
        alternative = m.lastgroup  # the alternative's group encloses its others: it closes last
        assert alternative is not None
        index = int(alternative[3:])
        name = _NAMES[index]
        if name == "month" and not _MONTH_AFTER.search(text, 0, start):
            covered = 0
            continue  # "a March rally", "May be": only "in March", "since May" ...
        if name == "weekend" and not _WEEKEND_AFTER.search(text, 0, start):
            covered = 0
            continue  # "a weekend of talks": only "over the weekend", "at the weekend" ...
        # ("the last week", "the past year": a span that ends with the article)
        after_the = name in _SPANS and _THE_END.search(text, max(0, start - 6), start) is not None
        at = start
        if name in _QUALIFIED and (q := _QUALIFIER.search(text, max(0, start - 40), start)):
            at = q.start()  # "in early 2022", "at the end of May": the year's, the month's
        elif name == "year" and _NAME_YEAR.search(text, max(0, start - 40), start):
            continue  # "Vision 2030", "Agenda 2063", "Expo 2030": a name, not a date
        elif (
            name == "year"
            and (ref is None or int(m.group(0)) > ref.year)
            and _THE_END.search(text, max(0, start - 6), start)
            and _NAME_AFTER.match(text, m.end())
        ):
            continue  # "the 2030 Agenda", "the 2026 World Cup": a target or a name
        mention = _resolve(name, _Groups(m, index), ref, offset, after_the)
        if mention is None:
            continue
        if name in _PLANNABLE and (
            _planned(text, start, name, found[-1].end - offset if found else 0)
            or (
                # "from Monday to Wednesday" in a plan: both days to come
                name == "weekday"
                and weekday == len(found)
                and found[-1].planned
                and _WEEKDAY_RUN.fullmatch(text, found[-1].end - offset, start) is not None
            )
        ):
            # (not after a past date the plan was made on: "In January, they agreed to meet in
            # May" in a July story is this May)
            past = ref is not None and any(
                (d.value.year, d.value.month or 12) < (ref.year, ref.month) for d in found
            )
            mention = _coming(mention, name, ref, shift=not past)
        if at != start:
            mention = replace(mention, begin=offset + at, text=text[at : m.end()])
        lead = at
        if name == "relyear" and (q := _QUALIFIER.search(text, max(0, at - 40), at)):
            lead = q.start()  # ("since the beginning of last year": a period from its start)
        if text[max(0, lead - 6) : lead].lower().endswith("since ") or (
            # "since last October": the last such month before the article
            name == "month" and text[max(0, at - 11) : at].lower().endswith("since last ")
        ):
            mention = replace(mention, since=True)
        if (
            found
            and name in _DAYS
            and weekday == len(found)
            and _AFTER_WEEKDAY.fullmatch(text, found[-1].end - offset, at)
        ):
            # "on Tuesday, November 21", "on Tuesday (Nov. 21)": one day, the one written
            first = found.pop()
            mention = replace(mention, begin=first.begin, text=text[first.begin - offset : m.end()])
        elif (
            name == "weekday"
            and weekday == len(found)
            and _WEEKDAY_RUN.fullmatch(text, found[-1].end - offset, at)
            and _days_apart(found[-1].value, mention.value) in range(1, 7)
        ):
            # "on Saturday and Sunday", "from Monday to Wednesday": a run of days
            first = found.pop()
            mention = replace(
                first,
                end=mention.end,
                text=text[first.begin - offset : m.end()],
                end_value=mention.value,
            )
            name = "weekdays"
        found.append(mention)
        weekday = len(found) if name == "weekday" else -1
    if len(found) >= 2:
        found = [replace(d, reported=True) if _reported(text, d, offset) else d for d in found]
    return found


# a plan or a promise before a date in its clause: "agreed to meet in May", "will visit China
# in December", "is due to sign the accord in March", "could meet in June", "invited him to
# visit Moscow in October" (not "had agreed to", "was due to": a past plan; nor across "said")
_PLAN_CUE = re.compile(
    r"(?<!\bhad\s)\b(?:(?:will|shall|would|could|might)(?:\s+not)?\s+(?!have\b)[a-z]+|"
    r"(?:agreed|agree|agrees|decided|decide|decides|plans?|planning|intends?|intending|hopes?|"
    r"hoping|aims?|aiming|vowed|pledged|promised|committed|undertook|resolved|"
    r"invited\s+[^.;,]{1,40}?|(?:is|are|be|being)\s+(?:due|set|scheduled|slated|expected|"
    r"poised|going|likely))\s+to\s+[a-z]+|"
    r"(?:takes?|taking)\s+effect|(?:comes?|coming|enters?|goes|go)\s+into\s+(?:force|effect)|"
    # an occasion named with its time to come: "a concert to be held in Vientiane in July", "the
    # dialogue, to be hosted in Washington in September" (session 42)
    r"(?<!\bwas\s)(?<!\bwere\s)\bto\s+be\s+(?:held|hosted|convened|staged|organi[sz]ed))\b"
)
# what ends the stretch a cue reaches: a sentence's or clause's end, a saying, a subordinate
_PLAN_STOP = re.compile(
    r"[.;:]|\b(?:said|says|told|tells|announced|added|stated|reported|noted|recalled|after|"
    r"before|when|while|since|who|which|where|whom|had|was|were|met|held|signed|visited)\b"
)
# the words right before a planned date ("in May", "on Monday", "from Monday", "starting
# Saturday")
_PLAN_AT = re.compile(r"\b(?:in|on|from|starting|beginning|as\s+of|effective)\s+$", re.IGNORECASE)
# a start told as such: "a truce starting Saturday", "effective Monday" (a plan by itself)
_STARTING_AT = re.compile(r"\b(?:starting|beginning|as\s+of|effective)\s+$", re.IGNORECASE)
_PLANNABLE = frozenset({"month", "weekday", "md", "dm"})
_SHIFTED = re.compile(r"\b(?:last|this|next)\b")


def _planned(text: str, start: int, name: str, since: int = 0) -> bool:
    """Whether the date at ``start`` is the time of a planned act: after a plan's words in its
    clause (after ``since``, the end of the date before it: "signed a trade agreement, which
    enters into force in 2025, on Monday": the plan's date is 2025), or after "starting",
    "effective"."""
    if not _PLAN_AT.search(text, max(0, start - 12), start):
        return False
    if name == "weekday" and _STARTING_AT.search(text, max(0, start - 12), start):
        return True
    window = max(0, start - 90, since)
    for cue in _PLAN_CUE.finditer(text, window, start):
        if _PLAN_STOP.search(text, cue.end(), start) is None:
            return True
    return False


def _coming(
    mention: DateMention, name: str, ref: dt.date | None, *, shift: bool = True
) -> DateMention:
    """A planned date: a bare month or weekday is the coming one, not the last."""
    mention = replace(mention, planned=True)
    if ref is None or not mention.relative or not shift:
        return mention
    value = mention.value
    low = mention.text.lower()
    if name == "month" and value.month is not None and not _SHIFTED.search(low):
        year = ref.year if value.month >= ref.month else ref.year + 1
        return replace(mention, value=TimeValue(year, value.month, precision=Precision.MONTH))
    if name == "weekday" and not _SHIFTED.search(low):
        target = WEEKDAYS.index(low.split()[0])
        delta = (target - ref.weekday()) % 7
        return replace(mention, value=TimeValue.of_date(ref + dt.timedelta(days=delta)))
    return mention


# a holiday of a fixed day, as the day of what was done on it: "on Christmas Day", "on New
# Year's Eve" (not lunar feasts such as Eid, nor a state's own days such as Independence Day;
# not "a New Year's Eve address": only after "on")
_HOLIDAY = re.compile(
    r"(?<![\w-])[Oo]n\s+(?:the\s+)?(?:(?P<ny>New\s+Year['’]?s)|(?P<xmas>Christmas))\s+"
    r"(?P<kind>Eve|Day)\b"
)
_HOLIDAY_DAYS = {("ny", "Eve"): (12, 31), ("ny", "Day"): (1, 1), ("xmas", "Eve"): (12, 24)}


def _holidays(text: str, ref: dt.date, offset: int, found: list[DateMention]) -> list[DateMention]:
    """``found`` with the fixed-day holidays of ``text`` in text order: December 31 of the year
    before a January story ("on New Year's Eve"), January 1 of the year after a late-December
    one ("on New Year's Day"), as with any day written without its year."""
    added = []
    for m in _HOLIDAY.finditer(text):
        key = ("ny" if m.group("ny") else "xmas", m.group("kind"))
        month, day = _HOLIDAY_DAYS.get(key, (12, 25))
        value = _safe_day(_year_of(month, day, ref), month, day)
        begin = offset + m.start() + m.group(0).index(m.group("ny") or m.group("xmas"))
        if value is None or any(d.begin < offset + m.end() and begin < d.end for d in found):
            continue
        mention = DateMention(
            begin, offset + m.end(), text[begin - offset : m.end()], value, relative=True
        )
        if _planned(text, m.start(), "md"):
            mention = replace(mention, planned=True)
        added.append(mention)
    return sorted([*found, *added], key=lambda d: d.begin) if added else found


# a day told from the day the text told of before it: "Later that day", "On the same day",
# "The next day", "the previous day", "two days later" (not "the same day as the vote", "a day
# after the attack": from another event)
_NARRATIVE = re.compile(
    r"\b(?:(?P<same>(?:(?:[Ee]arlier|[Ll]ater)\s+(?:on\s+)?(?:that(?:\s+same)?|the\s+same)|"
    r"[Tt]hat(?:\s+same)?|"
    r"[Tt]he\s+(?:very\s+)?same) +day)\b(?!\s+(?:as|that|when|of|in\s+which|on\s+which)\b)|"
    r"(?P<next>(?:[Tt]he\s+)?(?:next|following) +day|[Aa] +day\s+later)\b(?!\s+(?:of|after)\b)|"
    r"(?P<prev>[Tt]he\s+(?:previous|preceding) +day\b(?!\s+(?:of|to)\b)|"
    r"(?:[Tt]he|[Aa]) +day\s+(?:before|earlier)(?=\s*(?:[,.;:)]|$)))|"
    r"(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d) +days\s+(?P<dir>later|earlier)\b)"
)
# "overnight" as an adverb of the act ("attacked Odesa with drones overnight", "overnight into
# Wednesday"), not an adjective ("an overnight stay", "the overnight strike") or a stay
_OVERNIGHT = re.compile(
    r"\b[Oo]vernight\b(?:\s+(?:into|to)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b)?"
)
_OVERNIGHT_AFTER = re.compile(
    r"\s*(?:[,.;:)\u2014\u2013]|-\s|$)|\s+(?:in|into|at|against|with|as|after|before|and|but|while|"
    r"when|from|near|across|along|according|killing|wounding|injuring|damaging|hitting|"
    r"targeting|officials|authorities)\b"
)
_OVERNIGHT_BEFORE = re.compile(
    r"(?:\b(?:an?|the|its|their|his|her|this|that|last|Saturday|Sunday|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|stay(?:ed|s|ing)?|spen[dt]|spending|remain(?:ed|s)?)|['’]s)\s+$",
    re.IGNORECASE,
)
_OVERNIGHT_DAY = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _narrative_dates(
    text: str,
    ref: dt.date | None,
    offset: int,
    anchor: dt.date | None,
    found: list[DateMention],
) -> list[DateMention]:
    """``found`` with the days told from another ("the next day") and nights ("overnight")."""
    out = list(found)
    for m in _NARRATIVE.finditer(text):
        start, end = offset + m.start(), offset + m.end()
        if any(d.begin < end and start < d.end for d in out):
            continue
        # the day this text names last before it, else the one the text before told of
        before = [d for d in out if d.end <= start and not d.since]
        if before:
            prior = before[-1]
            day = prior.value.as_date() if prior.end_value is None else None
        else:
            day = anchor
        if day is None:
            continue  # (after a month, a run of days or nothing: which day is not known)
        if m.group("same"):
            shift = 0
        elif m.group("next"):
            shift = 1
        elif m.group("prev"):
            shift = -1
        else:
            n = _SMALL_NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
            shift = n if m.group("dir") == "later" else -n
        value = TimeValue.of_date(day + dt.timedelta(days=shift))
        out.append(DateMention(start, end, m.group(0), value, relative=True))
        out.sort(key=lambda d: d.begin)
    if ref is not None and "vernight" in text:
        for m in _OVERNIGHT.finditer(text):
            start, end = offset + m.start(), offset + m.end()
            if m.group("wd"):
                # ("overnight into Sunday": the night, not the Sunday found alone)
                out = [d for d in out if not (start <= d.begin and d.end <= end)]
            if any(d.begin < end and start < d.end for d in out):
                continue
            if _OVERNIGHT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "an overnight attack", "stayed overnight", "on Tuesday overnight"
            if m.group("wd") is None and (
                _OVERNIGHT_DAY.match(text, m.end()) or not _OVERNIGHT_AFTER.match(text, m.end())
            ):
                continue  # "overnight on Tuesday": the day written; "overnight talks"
            # the night before the day it ends on: a day named ("into Wednesday"), else the
            # day it was told ("officials said on Thursday"), else the article's
            ends = ref
            if m.group("wd"):
                target = WEEKDAYS.index(m.group("wd").lower())
                ends = ref + dt.timedelta(days=-((ref.weekday() - target) % 7))
            else:
                told = [
                    d.value.as_date()
                    for d in out
                    if _SAID_BEFORE.search(text, max(0, d.begin - offset - 60), d.begin - offset)
                ]
                ends = next((t for t in told if t is not None), ref)
            night = _span_value(ends - dt.timedelta(days=1), ends)
            if night is not None:
                out.append(DateMention(start, end, m.group(0), night, relative=True))
                out.sort(key=lambda d: d.begin)
    return out


# the words before a year or month that narrow it to a part ("in early 2022", "at the end of
# May", "in the first half of 2023", "in Q3 2023"): part of the date, at its precision
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
_QUALIFIED = frozenset({"year", "my", "month"})
_QUALIFIER = re.compile(
    r"(?:\b(?:early|late|mid)[\s-]+|\bthe\s+(?:(?:very\s+)?(?:end|beginning|start|middle|turn)|"
    r"(?:first|second|third|fourth|last)\s+(?:half|quarter|months?|weeks?|days?)|"
    r"(?:spring|summer|autumn|fall|winter))\s+of\s+|\b(?:spring|summer|autumn|fall|winter)\s+"
    r"(?:of\s+)?|\b[QH][1-4]\s+)$",
    re.IGNORECASE,
)
# a capitalised word right before a year: the year is part of a name ("Vision 2030"), unless
# the word is one a date follows ("In 2022", "Since 2014", "FY 2023")
_NAME_YEAR = re.compile(
    r"\b(?!(?:In|On|By|Since|From|Between|Until|Till|Through|Throughout|During|Before|After|Of|"
    r"And|Or|For|To|At|As|Around|About|Circa|Over|Within|Across|Beyond|Also|But|Then|Only|Even|"
    r"Early|Late|Mid|Spring|Summer|Autumn|Fall|Winter|Fiscal|FY|Year|Years|Calendar|Unlike|Like|"
    r"Compared|Than|Last|Next|This|That|The|Its|Their|His|Her|Our|Whereas|While|When|Until|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][A-Za-z]*\s$"
)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# the day-precision forms a weekday before them names again ("Tuesday, November 21")
_DAYS = frozenset({"md", "dm", "mdy", "dmy", "iso", "dotted", "slashed", "ymd_slashed"})
_AFTER_WEEKDAY = re.compile(r"\s*,?\s*\(?\s*")
_WEEKDAY_RUN = re.compile(r"\s*(?:[-–]|and|to|through|till|until)\s*")


def _days_apart(first: TimeValue, last: TimeValue) -> int:
    """How many days ``last`` is after ``first`` (two days)."""
    a, b = first.as_date(), last.as_date()
    return (b - a).days if a is not None and b is not None else 0


_SAID_BEFORE = re.compile(
    r"\b(?:said|says|stated|reported|added|wrote|announced|announces|confirmed|confirms|"
    r"[Ss]peaking|"
    r"told\s+[^,.;]{1,40}?)"
    r"\s+(?:late\s+|early\s+)?(?:on\s+)?$"
)
# "On Monday, the State Department said ...": a sentence that opens with when it was said
_OPENS_SAID = re.compile(
    r",?\s+(?:(?!\b(?:met|meets|held|holds|spoke|speaks|talked|visited|signed|received|hosted|"
    r"and|who|which|that|after|before|when|while)\b)[^,;])*?\b(?:said|says|stated|reported|"
    r"told|announced|confirmed)\b"
)
# (after a wire dateline: "MOSCOW, Sept 18 (Reuters) - On Monday, ...")
_OPENING = re.compile(
    r"(?:[^\n]{0,80}?\s(?:--?|[–—])\s+)?\W*(?:[Oo]n\s+|[Ee]arlier\s+|[Ll]ate\s+)?$"
)


def _reported(text: str, date: DateMention, offset: int) -> bool:
    """Whether a date is the one the text was said on: "the ministry said on Monday", "On
    Monday, the ministry said ..." """
    start, end = date.begin - offset, date.end - offset
    if _SAID_BEFORE.search(text, max(0, start - 60), start):
        return True
    return (
        _OPENING.fullmatch(text, 0, start) is not None and _OPENS_SAID.match(text, end) is not None
    )


_AGO_WORDS = frozenset({"a", "an", "one"})


def _anchors(text: str, low: str) -> list[int]:
    """Where a date can start, in order: every number (a run of digits) and every word of
    _ANCHOR_WORDS (a whole run of ASCII letters, with or without a full stop); ``low`` is the
    text in lower case (lowered once for all of find_dates)."""
    if len(low) != len(text) or "\u212a" in text:
        # lower-casing moved offsets ("İ") or made an ASCII letter (the Kelvin sign): go word
        # by word
        return [
            a.start()
            for a in _ANCHOR.finditer(text)
            if a.group()[0].isdigit() or a.group().lower().rstrip(".") in _ANCHOR_WORDS
        ]
    ascii_text = text.isascii()
    # the runs of ASCII letters (in ASCII text, the words left when every other character is a
    # space: far cheaper than the regex)
    runs = low.translate(_LETTERS_ONLY).split() if ascii_text else _LOWER_WORD.findall(low)
    words = _ANCHOR_WORDS.intersection(runs)
    if words and "ago" not in low:
        words -= _AGO_WORDS  # ("a week ago": articles and "one" start dates only before "ago")
    if ascii_text:
        # (ten substring tests, each a fast scan for one character: half a regex call)
        if not words and not _has_ascii_digit(text):
            return []  # most sentences: no number and no word a date can start with
        starts = [d.start() for d in _ASCII_DIGITS.finditer(text)]
    else:
        digit = _DIGIT.search(text)
        if digit is None and not words:
            return []
        starts = [d.start() for d in _DIGITS.finditer(text, digit.start())] if digit else []
    for word in words:
        # most sentences have no such word; find the few that do without a loop over words
        at = low.find(word)
        while at >= 0:
            if not _ascii_letter(low, at - 1) and not _ascii_letter(low, at + len(word)):
                starts.append(at)
            at = low.find(word, at + 1)
    return sorted(starts)


def _has_ascii_digit(text: str) -> bool:
    for digit in "0123456789":  # noqa: SIM110
        if digit in text:
            return True
    return False


def _ascii_letter(low: str, at: int) -> bool:
    """Whether ``low[at]`` is a lower-case ASCII letter (False outside the text)."""
    return 0 <= at < len(low) and "a" <= low[at] <= "z"


_FULL_DATE = tuple(
    re.compile(rf"^\s*{pat}\s*$", re.IGNORECASE)
    for name, pat in _PATTERNS
    if name in {"iso", "dmy", "mdy"}
)


def parse_date(text: str) -> dt.date | None:
    """A full calendar date in a common written form, else None."""
    cleaned = text.strip()
    with_weekday = re.match(
        r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(.*)$",
        cleaned,
        re.IGNORECASE,
    )
    if with_weekday:
        cleaned = with_weekday.group(1)
    iso = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$", cleaned)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    for name, regex in zip(("dmy", "mdy"), _FULL_DATE[1:], strict=True):
        m = regex.match(cleaned)
        if m:
            value = _resolve(name, m, None)
            return value.value.as_date() if value else None
    return None
