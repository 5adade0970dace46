"""Reading an event's arguments where the rule modules share it: phrases resolved to
entities, the date of an act, whether it is future or told of an earlier year.
"""

from __future__ import annotations

import datetime as dt
import re

from dipld.extract import acts
from dipld.extract.events import ACTOR_KINDS
from dipld.extract.facts import (
    Doc,
    entities_of,
)
from dipld.extract.patterns import (
    FUTURE,
    RELATIVE,
)
from dipld.extract.spans import Analysis
from dipld.model import (
    Entity,
    Fact,
    FactClass,
    Precision,
    Status,
    TimeValue,
)
from dipld.temporal import DateMention


def resolve_phrase(analysis: Analysis, doc: Doc, text: str) -> list[Entity]:
    low = text.lower().strip()
    if low in {
        "they",
        "the leaders",
        "the two leaders",
        "the sides",
        "the two sides",
        "the ministers",
        "the two ministers",
    }:
        return list(doc.finder.ctx.subject)
    return [e for e in entities_of(analysis, text) if e.kind in ACTOR_KINDS]


# a visit ranked in an aside, whose own dates are not the meeting's (session 39)
_VISIT_RANKED = re.compile(
    r",\s+on\s+(?:the|his|her|their)\s+(?:first|second|third|fourth|fifth|last|latest)\s+"
    r"(?:[\w-]+\s+){0,2}(?:visit|trip)\s+(?:to|by|since)\b[^,;]{1,90},"
)


def act_date(analysis: Analysis) -> TimeValue | None:
    text, base = analysis.sentence.text, analysis.sentence.begin
    # (not an aside that is itself the meeting: "Macron, who met Putin in Moscow on Monday, ...")
    asides = (
        [m.span() for m in RELATIVE.finditer(text) if not _MET_IN_ASIDE.search(m.group(0))]
        if ", wh" in text
        else []
    )
    if ", on " in text:
        # "X, on the first visit by a Gulf official since the crisis erupted in October, met Y"
        asides += [m.span() for m in _VISIT_RANKED.finditer(text)]
    year: TimeValue | None = None
    arrived: TimeValue | None = None
    for d in analysis.dates:
        if d.planned:
            continue  # "spoke with Y, and the two agreed to meet in May": the meeting to come
        aside = next(((a, b) for a, b in asides if a <= d.begin - base < b), None)
        if aside is not None:
            if (
                arrived is None
                and d.end_value is None
                and (d.relative or d.value.precision >= 11)
                and _ARRIVED_ASIDE.match(text, *aside)
            ):
                # "X, who arrived in Bishkek on a state visit today, held talks with Y": the
                # talks are of the day of arrival, unless the sentence dates them itself
                arrived = d.value
            continue  # "Hakan Fidan, who took office in June, visited Baghdad"
        if d.reported and act_days(analysis) is not None:
            return None  # "Lavrov said on Sunday he met Wang on Saturday and Sunday": the run
        if d.end_value is None and (d.relative or d.value.precision >= 10):
            if d.value.precision >= 11 and (shifted := _met_days_apart(text, d, base)):
                return shifted
            return d.value
        if year is None and d.end_value is None and _IN_YEAR.search(text, 0, d.begin - base):
            year = d.value
    # a year alone only as the meeting's own time ("met in 2019", "in late 2022"), not as the
    # date of what was signed or set up ("discussed the treaty signed in 2019")
    if year is not None and not _DONE_IN.search(text):
        return year
    return arrived


# "The two sides signed the deal on April 25, a day after X met Y": the meeting is of the day
# before the date the sentence gives its main clause (not "X met Y on April 25, a day after
# the vote", nor "the talks on April 25, a day after ...": the meeting is the main clause's)
_DAYS_APART_MET = re.compile(
    r",?\s+(?P<n>a|one|two|three|four|five)\s+days?\s+(?P<dir>after|before)\s+"
    r"(?:(?!\b(?:meeting|talks|speaking)\b)[^.;])*?\b(?:met|held\s+talks|spoke|talked)\b"
)
_MET_BEFORE = re.compile(r"\b(?:met|meet|meets|meeting|talks|spoke|talked|call|conversation)\b")


def _met_days_apart(text: str, d: DateMention, base: int) -> TimeValue | None:
    """The day of a meeting told in ", a day after X met Y" after the date ``d`` of the
    sentence's main clause."""
    m = _DAYS_APART_MET.match(text, d.end - base)
    day = d.value.as_date()
    if m is None or day is None or _MET_BEFORE.search(text, 0, d.begin - base):
        return None
    n = DAYS_BACK[m.group("n")]
    return TimeValue.of_date(day + dt.timedelta(days=-n if m.group("dir") == "after" else n))


# "X, who arrived in Baghdad on Saturday at the head of a delegation, held talks with Y": the
# aside of a visitor's arrival (its day is the talks' when the main clause has none)
_ARRIVED_ASIDE = re.compile(
    # (session 43: "X, who arrived on Tuesday, held talks with Y that evening": the day alone)
    r",\s+who\s+(?:had\s+)?(?:arrived|landed)\s+(?:(?:in|at|on|earlier|late|early)\s+|"
    r"(?=[A-Z][a-z]+day\b))[^,;]*$"
)


# "in 2019", "in early 2022", "in the spring of 2021", "in the first half of 2023"
_IN_YEAR = re.compile(
    r"\bin\s+(?:(?:early|late|mid)[\s-]+|the\s+(?:(?:spring|summer|autumn|fall|winter)|"
    r"(?:first|second|third|fourth|last)\s+(?:half|quarter))\s+of\s+)?$",
    re.IGNORECASE,
)
_DONE_IN = re.compile(
    r"\b(?:signed|adopted|concluded|reached|launched|established|founded|created|approved|"
    r"ratified|introduced|enacted|passed|agreed|set\s+up|elected|appointed|took\s+office|"
    # (not across a meeting told after it: "the understandings reached when the two leaders met
    # in Jakarta in 2019": the meeting's year)
    r"came\s+into\s+force|entered\s+into\s+force|since)\b(?:(?!\bmet\b)[^.;:])*?\bin\s+(?:\S+\s+)?\d{4}\b"
)


_MET_IN_ASIDE = re.compile(
    # ("the Three Seas Initiative, whose summit opened in Vilnius in April": the summit's date)
    r"\b(?:met|meets|held\s+talks|spoke|talked|(?:summit|meeting|session)\s+(?:took\s+place|"
    r"was\s+held|opened|convened))\b"
)


def act_days(analysis: Analysis) -> tuple[TimeValue, TimeValue] | None:
    """The first run of days the sentence names ("on 19-20 June 2023"): a visit's span."""
    for d in analysis.dates:
        if d.end_value is not None and d.value.precision >= 11 and d.end_value.precision >= 11:
            return d.value, d.end_value
    return None


_TOPIC_START = re.compile(
    r"\b(?:met|meets|held\s+talks|spoke|talked|conferred)\b[^;]*?\b(?P<t>to\s+(?:discuss|review|"
    r"prepare|consider|exchange|coordinate)|in\s+preparation\s+for|on\s+(?:the\s+)?preparations\s+for|"
    r"ahead\s+of|on\s+the\s+eve\s+of)\b"
)


# a relative clause of what came after a meeting told as past: "welcomed X to Cairo at the start
# of a regional tour that will also take him to Jordan", "met Y, who will travel on to Tokyo"
_RELATIVE_BEFORE = re.compile(
    r"\b(?:that|which|who)\s+$"
    # "held a bilateral meeting with Anwar, after which the two leaders signed a deal, under
    # which Malaysia will cut tariffs": a relative clause with its own subject (session 43)
    r"|(?:,\s+|\b(?:after|under|by|through|with|in)\s+)which\s+(?:[^,;.§]|§[SPOG]\d+§){1,40}?\s+$"
)
_PAST_MEETING_VERB = re.compile(
    r"\b(?:met|held|welcomed|received|hosted|spoke|talked|visited|arrived|paid|conferred)\b"
)


# the past meeting verb right after a relative aside that closed: ", spoke by phone with"
_AFTER_ASIDE_MET = re.compile(
    r"[^,;.]{1,80},\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:met|held|welcomed|received|hosted|spoke|"
    r"talked|visited|paid|conferred)\b"
)


def _closed_aside_then_met(masked: str, start: int) -> bool:
    """Whether the "who" at ``start`` opens an aside of the subject (", who will ..., ") that a
    past meeting verb follows: the aside's future is not the meeting's."""
    return masked.startswith(", ", start - 2) and _AFTER_ASIDE_MET.match(masked, start) is not None


def told_as_future(masked: str) -> bool:
    """Whether the sentence speaks of the future ("will meet"), but for the topic of its meeting
    ("met ... to discuss the upcoming visit": the future is the topic's, not the meeting's) and
    a relative clause after a meeting told as past."""
    topic = _TOPIC_START.search(masked)
    for will in FUTURE.finditer(masked, 0, topic.start("t") if topic else len(masked)):
        relative = _RELATIVE_BEFORE.search(masked, max(0, will.start() - 60), will.start())
        if relative is not None and _closed_aside_then_met(masked, relative.start()):
            continue  # "X, who will visit Washington in June, spoke by phone with Y"
        if relative is None or not _PAST_MEETING_VERB.search(masked, 0, relative.start()):
            return True
    return False


DAYS_BACK = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def earlier_year(when: TimeValue | None, today: dt.date | None) -> bool:
    """Whether a meeting's date puts it in an earlier year than the article ("One year ago, I
    welcomed President Yoon to Camp David", "in 2019", more than a year before): a past
    occasion, not the one the article reports, whose date its acts would take."""
    if when is None or today is None:
        return False
    if when.precision is Precision.YEAR:
        return when.year < today.year
    last = dt.date(when.year, when.month or 12, when.day or 28)
    return (today - last).days > 365


def asserted_here(analysis: Analysis, doc: Doc) -> list[tuple[str, Fact]]:
    """The asserted events the sentence told so far, each with its type."""
    return [
        (str(fact.get("eventType")[0]), fact)
        for fact in acts.told_here(analysis, doc)
        if fact.cls is FactClass.EVENT and fact.status is Status.ASSERTED
    ]
