"""Texts voted against with no sponsor told, and vetoes or objections given up (session 41c,
reject).

The sentences are written for this session in wire and UN styles (none from a gold set).
Conventions followed (all earlier sessions' except where said):

- "Belarus, Eritrea, Russia and Syria voted against the text": states voting against a
  resolution or a text reject it (REJECT 120) even when no sponsor is told, at no one (the
  blind51 gold; with a sponsor told the sponsor stays the recipient, session 35). Not a vote to
  come or not cast, nor one against an amendment, nor a body's or a person's vote (a parliament
  voting down a draft law at home is not this).
- "Turkey dropped its objection to Sweden's membership", "Bulgaria lifted its veto on North
  Macedonia's accession talks": a veto or an objection given up is a yielding, CONCEDE 080 (the
  blind23 and blind24 gold, as a veto lifted by a parliament's vote already was); restrictions
  eased stay 081.
- "A draft resolution submitted by Russia was rejected by the Security Council", "The peace plan
  put forward by China, which called for ..., was turned down by Ukraine": a proposal rejected
  in the passive with both its maker and its rejecter told by "by" is REJECT 120 by the
  rejecter at the maker (the blind44 gold codes "Two amendments proposed by Belarus ... were
  rejected by the assembly" so). Not one that could or would be rejected, nor one rejected by
  no one named, nor one adopted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)  # a Friday

HUNGARY, POLAND, NICARAGUA, SYRIA, BELARUS, ALBANIA = "Q28", "Q36", "Q811", "Q858", "Q184", "Q222"
TURKEY, SWEDEN, BULGARIA, NORTH_MACEDONIA = "Q43", "Q34", "Q219", "Q221"
CHINA, ITALY, RUSSIA, UKRAINE, UNSC = "Q148", "Q38", "Q159", "Q212", "Q37470"

# (text, (type, actors, recipients, CAMEO code))
POSITIVES = [
    (
        "Hungary and Poland voted against the resolution on Thursday.",
        ("REJECT", {HUNGARY, POLAND}, set(), "120"),
    ),
    (
        "Nicaragua, Syria and Belarus voted against the text, while 35 delegations abstained.",
        ("REJECT", {NICARAGUA, SYRIA, BELARUS}, set(), "120"),
    ),
    (
        "Turkey dropped its objection to Sweden's membership of NATO on Monday.",
        ("CONCEDE", {TURKEY}, {SWEDEN}, "080"),
    ),
    (
        "Bulgaria lifted its veto on North Macedonia's EU accession talks.",
        ("CONCEDE", {BULGARIA}, {NORTH_MACEDONIA}, "080"),
    ),
    (
        "A draft resolution submitted by Russia was rejected by the Security Council on Monday.",
        ("REJECT", {UNSC}, {RUSSIA}, "120"),
    ),
    (
        "The peace plan put forward by China, which called for an immediate ceasefire, was "
        "turned down by Ukraine.",
        ("REJECT", {UKRAINE}, {CHINA}, "120"),
    ),
    (
        "Two amendments tabled by Belarus, which would have urged an end to arms deliveries, "
        "were rejected by Ukraine and Poland.",
        ("REJECT", {UKRAINE, POLAND}, {BELARUS}, "120"),
    ),
]

# a sponsor told stays the recipient
SPONSORED = (
    "The resolution, drafted by Albania, was adopted on Friday. Russia and Belarus voted against "
    "the text."
)

# (text, (type, actors that must not be given))
NEGATIVES = [
    ("Hungary and Poland did not vote against the resolution.", ("REJECT", {HUNGARY})),
    ("Hungary said it would vote against the resolution.", ("REJECT", {HUNGARY})),
    ("Hungary voted against an amendment to the resolution.", ("REJECT", {HUNGARY})),
    ("Hungary's parliament voted against the draft law on Thursday.", ("REJECT", {HUNGARY})),
    ("Hungary refused to lift its veto on the EU aid package for Ukraine.", ("CONCEDE", {HUNGARY})),
    ("Turkey could drop its objection to Sweden's membership next week.", ("CONCEDE", {TURKEY})),
    (
        "A draft resolution submitted by Russia could be rejected by the Security Council.",
        ("REJECT", {UNSC}),
    ),
    (
        "A draft resolution submitted by Russia was not rejected by the Security Council.",
        ("REJECT", {UNSC}),
    ),
    (
        "A draft resolution submitted by Russia was adopted by the Security Council on Monday.",
        ("REJECT", {UNSC}),
    ),
    ("The peace plan put forward by China was rejected on Monday.", ("REJECT", {UKRAINE, CHINA})),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_told(text: str, want: tuple[str, set[str], set[str], str]) -> None:
    kind, actors, recipients, code = want
    got = typed_events(text, DAY)
    assert (kind, actors, recipients, code) in got, got


def test_sponsor_kept() -> None:
    got = typed_events(SPONSORED, DAY)
    rejects = [(a, r) for t, a, r, c in got if t == "REJECT"]
    assert rejects == [({"Q159", BELARUS}, {ALBANIA})], got


def test_restrictions_stay_081() -> None:
    got = typed_events("Italy eased restrictions on travellers from China.", DAY)
    assert ("CONCEDE", {ITALY}, {CHINA}, "081") in got, got


@pytest.mark.parametrize(("text", "want"), NEGATIVES)
def test_not_told(text: str, want: tuple[str, set[str]]) -> None:
    kind, banned = want
    got = typed_events(text, DAY)
    assert not any(t == kind and a & banned for t, a, r, c in got), got
