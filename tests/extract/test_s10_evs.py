"""The first-letter lookaheads of the event patterns only let a search skip words no match can
start with: these tests check each lookahead against the words its pattern starts with, and that
the patterns find the same matches with and without it; and the cheap test before a search for
another time (statements._other_time) passes every phrase the search reads."""

from __future__ import annotations

import re

import pytest

from dipld.extract import adoptions, meetings, statements, triggers
from dipld.extract.patterns import OTHER_TIME, first_words
from dipld.extract.spans import Analysis
from dipld.extract.text import Sentence
from tests.extract.test_event_prechecks import NEEDING
from tests.extract.test_patterns import facts, find

_LOOKAHEAD = re.compile(r"^\\b\(\?=(?:\[(?P<letters>[a-z]+)\]|(?P<letter>[a-z]))\)")

# more masked phrases, with capitals where a trigger's word can start a sentence
PHRASES = [
    *NEEDING,
    "§S0§ Expelled two §D1§ diplomats",
    "Recalled its ambassador, §S0§ said",
    "§S0§ severed diplomatic relations with §S1§ and urged §S2§ to act",
    "§S0§ accused §S1§ of violating the truce and threatened to respond",
    "§S0§ condemned the attack on §S1§ and called on §O2§ to act",
    "§P0§ warned §S1§; §S2§ deployed troops near the border with §S3§",
    "§S0§ declared three §D1§ diplomats personae non gratae",
]


def _without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(_LOOKAHEAD.sub(r"\\b", pattern.pattern), pattern.flags)


@pytest.mark.parametrize("trigger", triggers.TRIGGERS, ids=lambda t: t.pattern.pattern[6:40])
def test_a_triggers_lookahead_is_the_first_letters_of_its_words(
    trigger: triggers.Trigger,
) -> None:
    m = _LOOKAHEAD.match(trigger.pattern.pattern)
    assert m is not None and trigger.words is not None
    body = trigger.pattern.pattern[m.end() :]
    assert trigger.words == first_words(body.removeprefix("(?:").removesuffix(r")\b"))
    assert set(m.group("letters")) == {w[0] for w in trigger.words}


@pytest.mark.parametrize("phrase", PHRASES)
def test_the_triggers_find_the_same_matches_without_their_lookahead(phrase: str) -> None:
    for trigger in triggers.TRIGGERS:
        plain = _without_lookahead(trigger.pattern)
        assert [m.span() for m in trigger.pattern.finditer(phrase)] == [
            m.span() for m in plain.finditer(phrase)
        ], trigger.pattern.pattern[:60]


# the pattern the hints of statements._other_time were read from: when it changes, check that
# every match still has one of the hints, then copy it here
OTHER_TIME_READ = (
    r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+this\s+week|[Ll]ast\s+(?:week|weekend)|[Rr]ecently|"
    r"[Pp]reviously|in\s+recent\s+(?:days|weeks|months)|over\s+the\s+(?:past|last)\s+(?:few\s+)?"
    r"(?:days|weeks|months)|"
    # a day told from another that could not be read ("The next day, ..." after two days)
    r"(?:[Tt]hat|[Ss]ame|[Nn]ext|[Ff]ollowing|[Pp]revious|[Pp]receding)\s+day|"
    r"days?\s+(?:later|earlier))\b"
)


def test_the_other_time_hints_were_read_from_the_pattern_in_use() -> None:
    assert OTHER_TIME.pattern == OTHER_TIME_READ, (
        "OTHER_TIME changed: check statements._OTHER_TIME_HINTS against it"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this week, they signed",
        "later  this week",
        "Last week",
        "last weekend",
        "Recently",
        "recently",
        "Previously",
        "previously",
        *[f"in recent {w}" for w in ["days", "weeks", "months"]],
        *[f"over the {w} days" for w in ["past", "last"]],
        "over the past few weeks",
        "over the last few months",
    ],
)
def test_every_other_time_passes_its_precheck(text: str) -> None:
    assert OTHER_TIME.search(text), f"the pattern no longer reads {text!r}"
    assert statements._other_time(text), f"the pre-check skips {text!r}: add a hint"


def _leading_group(pattern: str) -> str:
    """The alternatives of the group a pattern starts with, past its lookahead."""
    start = pattern.index("(?:")
    depth = 0
    for i in range(start, len(pattern)):
        if pattern[i] == "\\":
            continue
        if pattern[i] == "(" and pattern[i - 1] != "\\":
            depth += 1
        elif pattern[i] == ")" and pattern[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return pattern[start + 3 : i]
    raise AssertionError(pattern)


@pytest.mark.parametrize(
    "regex",
    [
        meetings._PHONE,
        meetings._BETWEEN,
        statements.DOCUMENT,
        statements._NOT,
        adoptions._SIGNING_NOMINAL,
    ],
    ids=lambda r: r.pattern[14:40],
)
def test_a_patterns_lookahead_has_the_first_letter_of_each_alternative(
    regex: re.Pattern[str],
) -> None:
    m = _LOOKAHEAD.match(regex.pattern)
    assert m is not None
    # (the first letters only: a word's ending "\w+" does not change them)
    words = first_words(_leading_group(regex.pattern).replace(r"\w+", ""))
    assert words is not None
    assert set(m.group("letters") or m.group("letter")) == {w[0] for w in words}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("On Monday, NATO foreign ministers met in Brussels.", "Q7184"),
        ("MOSCOW, May 4 (Reuters) - Leaders of the G7 met in Hiroshima.", "Q1764511"),
        ("Today, ASEAN leaders convened a summit in Jakarta.", "Q7768"),
    ],
)
def test_a_bodys_members_meeting_after_introductory_phrases(text: str, body: str) -> None:
    assert find(facts(text), "Meeting", participant={body}) is not None


def test_a_bodys_members_meeting_in_an_introductory_phrase_is_no_subjects() -> None:
    found = facts("After NATO leaders met in Vilnius, Zelensky said Ukraine would join.")
    assert find(found, "Meeting", participant={"Q7184"}) is None


def _words(masked: str) -> frozenset[str]:
    return Analysis(Sentence(-1, 0, len(masked), masked, -1), [], [], masked).words


# (a pattern of statements.py, a clause it reads, the words one of which the rule needs first)
CLAUSES = [
    (statements._SAID_THAT, " said that §S1§", statements._SAYING_WORDS),
    (statements._SAID_THAT, " also emphasised §S1§", statements._SAYING_WORDS),
    (statements._SAID_THAT, " pointed out that the §S1§", statements._SAYING_WORDS),
    (statements._INVITE, " invited §P1§", statements._INVITE_WORDS),
    (statements._INVITE, " also extended an invitation to §P1§", statements._INVITE_WORDS),
    (statements._ACCEPTED_INVITATION, " accepted the invitation", frozenset({"accepted"})),
    (statements._SIGN, " signed the agreement", statements._SIGN_WORDS),
    (statements._SIGN, " have finalised the treaty", statements._SIGN_WORDS),
    (statements._SIGN, " concluded the talks by signing a treaty", statements._SIGN_WORDS),
    (statements._SIGN, " summarized the visit by adopting a plan", statements._SIGN_WORDS),
    (statements._SIGN, " exchanged the instruments of ratification", statements._SIGN_WORDS),
    (statements._PLEASED_TO_ANNOUNCE, " are pleased to announce that they", frozenset({"pleased"})),
    (statements._IT_WAS_AGREED, "It was also agreed to meet", frozenset({"agreed"})),
]


@pytest.mark.parametrize(("regex", "clause", "needed"), CLAUSES)
def test_every_clause_a_statement_pattern_reads_passes_its_precheck(
    regex: re.Pattern[str], clause: str, needed: frozenset[str]
) -> None:
    assert regex.match(clause), f"the pattern no longer reads {clause!r}"
    assert not needed.isdisjoint(_words(clause)), f"the pre-check skips {clause!r}: add a word"


def test_the_statement_verb_lists_are_the_patterns_first_words() -> None:
    assert {"said", "stated", "pointed", "added"} <= statements._SAYING_WORDS
    assert sorted(statements._INVITE_WORDS) == [
        "conveyed",
        "extended",
        "extends",
        "invite",
        "invited",
        "invites",
        "reiterated",
        "reiterates",
        "renewed",
        "renews",
        "repeated",
    ]
    assert {
        "signed",
        "summarised",
        "summarized",
        "concluded",
        "exchanged",
    } <= statements._SIGN_WORDS
