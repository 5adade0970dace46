"""Opposition to a party's conduct, and an unlawful crossing told by a speaker (session 43,
accuse).

The sentences are written for this session in wire and ministry styles (none from a gold set).
Conventions followed (the dev and spent gold's):

- "Canada opposes Russia's continued aggression against Ukraine", "We oppose the dangerous
  behaviour of the PRC in the South China Sea", "Australia voiced strong opposition to Chinese
  coercion": opposition, said plainly or as a noun, to a named party's conduct of wrongdoing is
  an ACCUSE (111) of that party, as "strongly oppose" already was; not a bid or a plan opposed
  (a veto), not opposition to attempts with no party named, not negated or hypothetical, nor
  "the occupation of Ukrainian territory" (the one wronged).
- "The Philippine coast guard said Chinese ships had illegally entered its exclusive economic
  zone", "Japan's coast guard warned off Chinese ships that it said had illegally entered
  Japanese waters": the speaker's ACCUSE (111) of the state whose craft it says crossed
  unlawfully; not negated, hypothetical or conditional, not of the speaker's own craft, not of
  migrants (no state), not a denial.
- "Georgia condemned the move as another Russian provocation", "Moscow denounced the drills as
  a NATO provocation": the wrongdoer named in the judgement of an act whose own party is not
  named is the one accused (ACCUSE 111); not "as a provocation against Russian interests" (the
  one wronged), "as a violation of Georgian sovereignty", nor negated.
- "Bolivia demanded that Israel halt its strikes on Gaza", "urged that Russia should
  immediately stop the shelling": a demand to end attacks told in a "that" clause is a
  de-escalation asked (REQUEST 1056), as "urged Russia to stop the shelling" already was; not
  "demanded that Israel release ..." (1053) nor "halt the construction of settlements" (no
  hostilities).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)  # a Friday

RUSSIA, CHINA, JAPAN, USA, PHILIPPINES = "Q159", "Q148", "Q17", "Q30", "Q928"
CANADA, AUSTRALIA, GERMANY, TAIWAN, UKRAINE = "Q16", "Q408", "Q183", "Q865", "Q212"
BULGARIA, NETHERLANDS, AUSTRIA, HUNGARY = "Q219", "Q55", "Q40", "Q28"

POSITIVES = [
    # opposition to a party's conduct
    (
        "Canada opposes Russia's continued aggression against Ukraine.",
        ("ACCUSE", {CANADA}, {RUSSIA}, "111"),
    ),
    (
        "Japan and the United States oppose the reckless and coercive behaviour of China in the "
        "East China Sea.",
        ("ACCUSE", {JAPAN, USA}, {CHINA}, "111"),
    ),
    (
        "Japan opposed the attempts by China to change the status quo around the islands.",
        ("ACCUSE", {JAPAN}, {CHINA}, "111"),
    ),
    (
        'Australia voiced strong opposition to China\'s "provocative actions" near Taiwan.',
        ("ACCUSE", {AUSTRALIA}, {CHINA}, "111"),
    ),
    (
        "Germany expressed its opposition to the Russian occupation of Ukrainian territory.",
        ("ACCUSE", {GERMANY}, {RUSSIA}, "111"),
    ),
    # an unlawful crossing told by a speaker
    (
        "The Philippine coast guard said Chinese ships had illegally entered its exclusive "
        "economic zone on Tuesday.",
        ("ACCUSE", {PHILIPPINES}, {CHINA}, "111"),
    ),
    (
        "Taipei said Chinese military aircraft unlawfully crossed into its air defence zone.",
        ("ACCUSE", {TAIWAN}, {CHINA}, "111"),
    ),
    (
        "Japan's coast guard said it had warned off Chinese ships that it said had illegally "
        "entered Japanese waters near the islands.",
        ("ACCUSE", {JAPAN}, {CHINA}, "111"),
    ),
    (
        "Beijing said two Japanese vessels had illegally intruded into Chinese waters.",
        ("ACCUSE", {CHINA}, {JAPAN}, "111"),
    ),
]

POSITIVES += [
    (
        "Chile demanded that Israel halt its air strikes on Gaza.",
        ("REQUEST", {"Q298"}, {"Q801"}, "1056"),
    ),
    (
        "Ukraine urged that Russia should immediately stop the shelling of the plant.",
        ("REQUEST", {UKRAINE}, {RUSSIA}, "1056"),
    ),
]

POSITIVES += [
    (
        "Armenia condemned the move as yet another Azerbaijani provocation.",
        ("ACCUSE", {"Q399"}, {"Q227"}, "111"),
    ),
    (
        "Moscow denounced the exercises as a NATO provocation near its borders.",
        ("ACCUSE", {RUSSIA}, {"Q7184"}, "111"),
    ),
    (
        "Beijing criticised the visit as blatant American interference in its internal affairs.",
        ("ACCUSE", {CHINA}, {USA}, "111"),
    ),
]

CODES_NOT = [
    ("Chile demanded that Israel release the detained activists.", "1056"),
    ("Chile demanded that Israel halt the construction of settlements.", "1056"),
    ("Chile demanded that Israel open the crossings into Gaza.", "1056"),
]

NEGATIVES = [
    # a bid opposed: a veto, no accusation
    ("The Netherlands also opposed Bulgaria's bid to join Schengen.", ("ACCUSE", {BULGARIA})),
    # no party named for the attempts; the one wronged
    (
        "Moscow opposed the attempts to isolate Russia at the summit.",
        ("ACCUSE", {RUSSIA}),
    ),
    (
        "Germany opposes the occupation of Ukrainian territory.",
        ("ACCUSE", {UKRAINE}),
    ),
    (
        "Canada expressed opposition to the harassment of Philippine fishermen.",
        ("ACCUSE", {PHILIPPINES}),
    ),
    # negated, hypothetical
    ("Japan does not oppose China's activities in the area.", ("ACCUSE", {CHINA})),
    (
        "Japan would oppose any Chinese attempts to change the status quo.",
        ("ACCUSE", {CHINA}),
    ),
    # the one wronged, a victim, negated
    (
        "Armenia condemned the move as a provocation against Azerbaijani civilians.",
        ("ACCUSE", {"Q227"}),
    ),
    (
        "Armenia condemned the move as a violation of Azerbaijani sovereignty.",
        ("ACCUSE", {"Q227"}),
    ),
    (
        "Armenia did not condemn the move as an Azerbaijani provocation.",
        ("ACCUSE", {"Q227"}),
    ),
    # a crossing negated, guessed, conditional, denied
    (
        "The Philippine coast guard said Chinese ships had not illegally entered its exclusive "
        "economic zone.",
        ("ACCUSE", {CHINA}),
    ),
    (
        "The Philippine coast guard said Chinese ships may have illegally entered its zone.",
        ("ACCUSE", {CHINA}),
    ),
    (
        "The Philippine coast guard said if Chinese ships illegally entered its zone they would "
        "be expelled.",
        ("ACCUSE", {CHINA}),
    ),
    ("Manila denied that Chinese ships had illegally entered the zone.", ("ACCUSE", {CHINA})),
    # the speaker's own craft; no state
    (
        "Japan's coast guard said it had stopped Japanese boats that it said had illegally "
        "entered the zone.",
        ("ACCUSE", {JAPAN}),
    ),
    ("Austria said migrants had illegally entered the country via Hungary.", ("ACCUSE", {HUNGARY})),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_accusation(text: str, want: tuple[str, set[str], set[str], str]) -> None:
    kind, actors, recipients, cameo = want
    got = typed_events(text, DAY)
    assert any(
        t == kind and actors <= a and recipients <= r and c == cameo for t, a, r, c in got
    ), got


@pytest.mark.parametrize(("text", "banned"), NEGATIVES)
def test_no_accusation(text: str, banned: tuple[str, set[str]]) -> None:
    kind, recipients = banned
    got = typed_events(text, DAY)
    assert not any(t == kind and recipients & r for t, _, r, _ in got), got


@pytest.mark.parametrize(("text", "code"), CODES_NOT)
def test_not_deescalation(text: str, code: str) -> None:
    got = typed_events(text, DAY)
    assert any(t == "REQUEST" for t, _, _, _ in got), got
    assert not any(t == "REQUEST" and c == code for t, _, _, c in got), got
