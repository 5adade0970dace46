"""Accusations told in a "what ... called" clause (session 40b, accuse).

The sentences are written for this session in wire and ministry styles (none from a gold set).
Conventions followed (all earlier sessions' except where said):

- "Iran welcomed the end of what it called Israel's aggression", "Beijing spoke out against
  what it termed Washington's hegemonism": the speaker's own word of blame for another party's
  act, named by its owner ("Israel's", "Israeli", "US"), is the speaker's ACCUSE 111 of that
  party, whatever verb governs the clause (a verb of blame already gave it: session 35b).
- "Rwanda, accused by Kinshasa of backing the M23 rebels, denies ...": a passive participle
  right after its subject names the one accused (the subject) and the accuser (after "by"):
  ACCUSE 112 of Kinshasa against Rwanda, no longer the other way round; not "Rwanda, accused of
  ..." (no accuser named).
- Not a word of praise or a neutral one ("what it called China's constructive role", "what it
  called Israel's legitimate operation"), not negated ("did not comment on ..."), not
  hypothetical ("would respond to what it called ... if attacked").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)  # a Friday

IRAN, ISRAEL, CHINA, USA, RUSSIA, NATO = "Q794", "Q801", "Q148", "Q30", "Q159", "Q7184"
RWANDA, DRC, UK = "Q1037", "Q974", "Q145"
LAVROV, WANG_YI = "Q58217", "Q701801"

# (text, (type, CAMEO code, actors, recipients))
POSITIVES = [
    (
        "Iran welcomed the end of what it called Israel's aggression.",
        ("ACCUSE", "111", {IRAN}, {ISRAEL}),
    ),
    (
        "Tehran on Sunday hailed the withdrawal as the end of what it called Israeli aggression "
        "against Lebanon.",
        ("ACCUSE", "111", {IRAN}, {ISRAEL}),
    ),
    (
        "Beijing spoke out against what it termed Washington's hegemonism in Asia.",
        ("ACCUSE", "111", {CHINA}, {USA}),
    ),
    (
        "Moscow said the talks had been overshadowed by what it described as NATO's "
        "provocations near its borders.",
        ("ACCUSE", "111", {RUSSIA}, {NATO}),
    ),
]

# (a person speaking: "he", masked as the person it stands for)
POSITIVES += [
    (
        "Russian Foreign Minister Sergei Lavrov on Tuesday warned against what he called NATO's "
        "provocations near Russia's borders.",
        ("ACCUSE", "111", {LAVROV}, {NATO}),
    ),
    (
        "Chinese Foreign Minister Wang Yi on Monday spoke out against what he called "
        "Washington's bullying.",
        ("ACCUSE", "111", {WANG_YI}, {USA}),
    ),
]

# ("X, accused by Y of ...": Y accuses X)
POSITIVES += [
    (
        "Rwanda, accused by Kinshasa of backing the M23 rebels, denies the charge.",
        ("ACCUSE", "112", {DRC}, {RWANDA}),
    ),
    (
        "Iran, accused by Washington and London of supplying drones to Russia, rejected the claim "
        "on Monday.",
        ("ACCUSE", "112", {USA, UK}, {IRAN}),
    ),
]

# (text, (type, parties that must not be its recipients))
NEGATIVES = [
    ("Hungary praised what it called China's constructive role.", ("ACCUSE", {CHINA})),
    (
        "Iran welcomed the end of what it called Israel's legitimate operation.",
        ("ACCUSE", {ISRAEL}),
    ),
    ("Iran did not comment on what it called Israel's aggression.", ("ACCUSE", {ISRAEL})),
    (
        "Iran said it would respond to what it called Israel's aggression if attacked.",
        ("ACCUSE", {ISRAEL}),
    ),
    (
        "Moscow said the talks had dealt with what it called the situation in the Baltic region.",
        ("ACCUSE", {NATO, RUSSIA}),
    ),
    (
        "Russian Foreign Minister Sergei Lavrov praised what he called China's constructive role.",
        ("ACCUSE", {CHINA}),
    ),
    (
        "Russian Foreign Minister Sergei Lavrov said he would answer what he called NATO's "
        "provocations if needed.",
        ("ACCUSE", {NATO}),
    ),
    (
        "Rwanda, accused by Kinshasa of backing the M23 rebels, denies the charge.",
        ("ACCUSE", {DRC}),
    ),
    (
        "Rwanda, accused of backing the M23 rebels, denies the charge.",
        ("ACCUSE", {RWANDA}),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_what_it_called(text: str, want: tuple[str, str, set[str], set[str]]) -> None:
    kind, code, actors, recipients = want
    got = typed_events(text, DAY)
    assert any(t == kind and c == code and a == actors and r == recipients for t, a, r, c in got), (
        got
    )


@pytest.mark.parametrize(("text", "want"), NEGATIVES)
def test_not_what_it_called(text: str, want: tuple[str, set[str]]) -> None:
    kind, banned = want
    got = typed_events(text, DAY)
    assert not any(t == kind and r & banned for t, a, r, c in got), got
