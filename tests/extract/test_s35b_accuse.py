"""Criticism and threats told in three more ways (session 35b, accuse).

The sentences are written for this session (none from a gold set). Conventions followed:

- A speaker who "told lawmakers" (reporters, a briefing) that something happened "and accused
  Y of ..." makes the accusation, as one who "said that ... and accused" does; a party named after
  a preposition in the reported clause ("an attack on Poland") is no subject of the second verb.
- A party's invasion, occupation, blockade, cut-off or shelling called "an affront to", "an
  insult to" or "an attack on" something is criticised (ACCUSE 111), as one called "a violation
  of" is; an act of no party named, or a judgement denied, gives nothing.
- A speaker who warned or said that it ("his government", "the country") "would respond" or
  "retaliate" to "any" move, sanction or attack of a named party threatens that party
  (THREATEN 130); not a response denied, an analyst's guess, or another party's response.

Hit rate at 532928ae (before): positives 0/11, negatives 10/10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2023, 9, 22)

RUSSIA, POLAND, USA, CHINA, JAPAN, IRAN = "Q159", "Q36", "Q30", "Q148", "Q17", "Q794"
EU, VENEZUELA, TURKEY, INDIA, PAKISTAN = "Q458", "Q717", "Q43", "Q668", "Q843"
MORAWIECKI, BIDEN, MADURO, AMIR_ABDOLLAHIAN = "Q11771436", "Q6279", "Q58132", "Q17991320"

# (text, (type, actors, recipients, CAMEO code)); actors of None are not checked
POSITIVES = [
    # 1. a telling to an audience, then the speaker's second verb
    (
        "Polish Prime Minister Mateusz Morawiecki told reporters that the pipeline shutdown was "
        "a blow to Poland and accused Moscow of using energy as a weapon.",
        ("ACCUSE", {MORAWIECKI}, {RUSSIA}, "112"),
    ),
    (
        "Pakistan told a weekly briefing that the firing had killed two soldiers and accused "
        "India of violating the ceasefire.",
        ("ACCUSE", {PAKISTAN}, {INDIA}, "112"),
    ),
    (
        "President Joe Biden said that the strike was an attack on the United States and accused "
        "Iran of arming the militia.",
        ("ACCUSE", {BIDEN}, {IRAN}, "112"),
    ),
    # 2. a party's invasion, blockade or cut-off judged
    (
        "President Joe Biden called the Russian invasion an affront to the whole world.",
        ("ACCUSE", {BIDEN}, {RUSSIA}, "111"),
    ),
    (
        "Tokyo called the Chinese blockade of the strait an attack on free navigation.",
        ("ACCUSE", {JAPAN}, {CHINA}, "111"),
    ),
    (
        "Mateusz Morawiecki said the Russian cut-off was a direct assault on Polish households.",
        ("ACCUSE", {MORAWIECKI}, {RUSSIA}, "111"),
    ),
    (
        "India described Pakistan's shelling of border villages as an insult to the peace process.",
        ("ACCUSE", {INDIA}, {PAKISTAN}, "111"),
    ),
    # 3. a response held over any move of a named party
    (
        "China warned that it would respond firmly to any Japanese provocation in the East "
        "China Sea.",
        ("THREATEN", {CHINA}, {JAPAN}, "130"),
    ),
    (
        "Russia said it would retaliate against any new sanctions by the European Union.",
        ("THREATEN", {RUSSIA}, {EU}, "130"),
    ),
    (
        "Venezuelan President Nicolas Maduro warned in a televised address that his government "
        "would retaliate against any new American sanctions.",
        ("THREATEN", {MADURO}, {USA}, "130"),
    ),
    (
        "Iranian Foreign Minister Hossein Amir-Abdollahian warned that his country would react "
        "to any European move against its banks.",
        ("THREATEN", {AMIR_ABDOLLAHIAN}, {EU}, "130"),
    ),
]


def _found(want: tuple[str, set[str] | None, set[str], str], got: list[tuple]) -> bool:
    kind, actors, recipients, code = want
    return any(
        g[0] == kind and actors in (None, g[1]) and g[2] == recipients and g[3] == code for g in got
    )


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_accusation_or_threat_told(
    text: str, want: tuple[str, set[str] | None, set[str], str]
) -> None:
    got = typed_events(text, DAY)
    assert _found(want, got), got


NEGATIVES = [
    # a judgement denied, an act of no named party, a judgement that blames no one
    ("Mateusz Morawiecki said the Russian cut-off was not an attack on Poland.", "ACCUSE"),
    ("President Joe Biden called the blockade an attack on free navigation.", "ACCUSE"),
    ("President Joe Biden called the Russian invasion a turning point.", "ACCUSE"),
    # a response denied, guessed by others, or another party's
    ("China said it would not respond to any Japanese provocation.", "THREATEN"),
    ("China would respond to any Japanese provocation, an analyst said.", "THREATEN"),
    ("Analysts said Iran would respond to any Israeli attack.", "THREATEN"),
    ("Kenya said it would respond to any request by Somalia.", "THREATEN"),
    ("Kenya said it would respond to any move.", "THREATEN"),
    ("Iran warned that Israel would respond to any attack by Hezbollah.", "THREATEN"),
    # a telling with no accusation after it
    ("Mateusz Morawiecki told reporters that the cut-off was a blow to Poland.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_accusation_or_threat_not_told(text: str, kind: str) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == kind]
    assert not got, got
