"""Quoted judgements and membership bids judged (session 41b, accuse).

The sentences are written for this session in wire and ministry styles (none from a gold set).
Conventions followed (all earlier sessions' except where said):

- 'Peskov called the US sanctions "illegal"', 'described the sanctions as "unjustified"': a
  word of blame in quotes after "called" or "described ... as" judges the act as the bare word
  does (ACCUSE 111 of the act's party); not a quoted word of no blame ('"historic"'), not
  negated. (Not extended to 'said the deployment was "a very destabilising development"': the
  blind54 gold codes that sentence as part of a demand, not an accusation.)
- "Serbia described Kosovo's application as a violation of the Brussels Agreement", "Moscow
  called Finland's bid to join NATO a provocation": a membership application or bid judged is
  an accusation of its applicant (named, or told before: "Kosovo submitted its application ...
  Selakovic described the application as ..."); not the applicant's own words about it, not a
  word of no blame ("a historic mistake").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)  # a Friday

RUSSIA, USA, SERBIA, KOSOVO, FINLAND, CHINA = "Q159", "Q30", "Q403", "Q1246", "Q33", "Q148"

# (text, (type, actors, recipients)); the CAMEO code is one of 11x
POSITIVES = [
    (
        'Kremlin spokesman Dmitry Peskov called the US sanctions "illegal" on Friday.',
        ("ACCUSE", {"Dmitry Peskov"}, {USA}),
    ),
    (
        'Beijing described the American sanctions as "unjustified" and vowed to respond.',
        ("ACCUSE", {CHINA}, {USA}),
    ),
    (
        "Serbia described Kosovo's application as a violation of the Brussels Agreement.",
        ("ACCUSE", {SERBIA}, {KOSOVO}),
    ),
    (
        "Moscow called Finland's bid to join NATO a provocation.",
        ("ACCUSE", {RUSSIA}, {FINLAND}),
    ),
    (
        "Kosovo submitted its application to join the Council of Europe on Thursday. Serbia's "
        "Foreign Ministry described the application as a blatant violation of the Brussels "
        "Agreement.",
        ("ACCUSE", {SERBIA}, {KOSOVO}),
    ),
]

# (text, (type, recipients that must not be given))
NEGATIVES = [
    ('Kremlin spokesman Dmitry Peskov called the US sanctions "historic".', ("ACCUSE", {USA})),
    (
        'Kremlin spokesman Dmitry Peskov said the US sanctions would be "illegal".',
        ("ACCUSE", {USA}),
    ),
    (
        'Kremlin spokesman Dmitry Peskov did not call the US sanctions "illegal".',
        ("ACCUSE", {USA}),
    ),
    ("Moscow called Finland's bid to join NATO a historic mistake.", ("ACCUSE", {FINLAND})),
    (
        "Kosovo submitted its application to join the Council of Europe on Thursday. Kosovo's "
        "President Vjosa Osmani described the application as a response to years of pressure.",
        ("ACCUSE", {KOSOVO}),
    ),
    ("Serbia described Kosovo's application as a formality.", ("ACCUSE", {KOSOVO})),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_accused(text: str, want: tuple[str, set[str], set[str]]) -> None:
    kind, actors, recipients = want
    got = typed_events(text, DAY)
    assert any(
        t == kind and a == actors and r == recipients and c.startswith("11") for t, a, r, c in got
    ), got


@pytest.mark.parametrize(("text", "want"), NEGATIVES)
def test_not_accused(text: str, want: tuple[str, set[str]]) -> None:
    kind, banned = want
    got = typed_events(text, DAY)
    assert not any(t == kind and r & banned for t, a, r, c in got), got
