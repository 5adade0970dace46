"""Bodies and sides that speak for a state, and the demands and warnings they make (session 29,
round 2, bodies).

A battery of 44 sentences written for this round before the extractor ran
(``/tmp/s29/b-bodies-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set): a ministry, presidency, presidential administration,
government, junta or "side" speaking for its state, in one sentence or referred to in the next;
demands told by "must" in reported speech, warnings of a response to another's aggression,
rights reserved, expulsions with an accusation; negations and hypotheticals; wire stories and
ministry releases from East, West and Central Africa, the Caucasus, Central, South, East and
South-East Asia, the Middle East, the Balkans, Latin America and the Pacific. At 96b2c01 (main)
it gave no wrong fact of this family and missed 27 facts; after: 0 wrong facts and 11 misses.
Fixed (paraphrases below, positives and negatives):

1. A state's presidency, presidential administration or office, or foreign office as the
   speaker of an allegation: "Kyrgyzstan's presidential administration said Tajik troops had
   opened fire first", "Ecuador's presidency said Mexico had violated the Vienna Convention",
   "The presidency of Chile said ..." gave nothing (only "'s ministry / government / officials
   ..." were read as the state; ``events._LEAD_ACTOR``, ``_LEAD_SUBJECT``, ``_GOV_OF``).
2. A demand told by "must" in reported words: "India's external affairs ministry said Pakistan
   must end cross-border terrorism", "Kenya must also explain why ..., the Ugandan foreign
   ministry said" (REQUEST of the speaker's state to the one that must act, 101 for an
   explanation; ``events.reported_demands``); not "must be held accountable", "must have known",
   the speaker's own duty ("said it must"), a hypothetical, nor a speaker of no state
   ("analysts said").
3. A bare "the ministry" (presidency, junta) in a later sentence: "Uganda's foreign ministry
   issued a statement. The ministry urged the Kenyan authorities to release ..." gave nothing
   (no mention: "the ministry" names no state). It is now the one state whose body of that
   name the article named in the last three sentences ("Uganda's foreign ministry", "the
   Ugandan foreign ministry", "the Ministry of Foreign Affairs of Uganda", "Niger's junta";
   ``events.bare_body``, remembered in ``Doc.bodies``: facts.py, a shared module, one field),
   or, in a foreign ministry's own release with none named, the publisher's state; none when
   two states' ministries were named, nor when it was named long before.
4. A response warned of against another's aggression: "Tehran warned that it would respond
   decisively to any aggression by Israel" (THREATEN 130 at the aggressor; a trigger in
   ``events``); not without an aggressor named, nor negated.
5. "Poland expelled two Russian diplomats on Friday, accusing them of espionage" lost the
   ACCUSE (read without "on Friday"): envoys masked with their state ("two Russian diplomats")
   may now have a day after them before the participle (``events._envoy_accused``).
6. A second demand whose party is only a possessive: "Manila lodged a protest with Beijing and
   demands that its coast guard stop harassing Filipino fishermen" gave the protest alone; the
   one protested to (a protest lodged with, "protested to") is now asked (REQUEST;
   ``events._DEMANDED_ITS``, ``_PROTESTED_TO``); not after praise, nor negated.

Hit rates at 96b2c01 (before) → after: positives 0/19 → 19/19, negatives 13/13 → 13/13.

Left (one sentence each):

- "The government urged Uganda to lift the ban" after "Kenya's government said ..." (a bare
  "the government" is left out: too often another state's in wire stories);
- "The Venezuelan government and the opposition agreed to hold elections in 2024" (a party the
  KB lacks, named by a common noun);
- "Myanmar's military government extended ... The junta agreed to extend the ceasefire" (a
  junta told as a "military government" first);
- "Azerbaijani forces shelled ... Armenia demands an international investigation" (the
  recipient only in the sentence before);
- "The Azerbaijani side considers the statements by Yerevan a provocation";
- "Thailand and Cambodia's governments agreed to withdraw troops from the border";
- "Nigeria's foreign ministry warned that Niger's junta would bear responsibility for any harm
  to Bazoum";
- "Seoul reserves the right to respond to Pyongyang's provocations": "Pyongyang's" is read as
  the city (names), not as North Korea;
- "The Russian foreign ministry summoned the Finnish ambassador. The ministry said Helsinki's
  decision was hostile" (the ministry is now Russia, but no rule reads the judgement);
- "Beijing would respond to the move, the spokesperson said" after another state's move.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

KYRGYZSTAN, TAJIKISTAN, ECUADOR, MEXICO = "Q813", "Q863", "Q736", "Q96"
CHILE, PERU, BOLIVIA = "Q298", "Q419", "Q750"
INDIA, PAKISTAN, UGANDA, KENYA, JAPAN, CHINA = "Q668", "Q843", "Q1036", "Q114", "Q17", "Q148"
GREECE, TURKEY, RUSSIA, UKRAINE = "Q41", "Q43", "Q159", "Q212"
IRAN, ISRAEL, DRC, RWANDA = "Q794", "Q801", "Q974", "Q1037"

POSITIVES = [
    # 1: the bodies that speak for a state
    (
        "Tajikistan's presidential administration said Kyrgyz border guards had opened fire first.",
        ("ACCUSE", {TAJIKISTAN}, {KYRGYZSTAN}, "112"),
    ),
    (
        "Mexico's presidency said Ecuador had violated international law by raiding the embassy.",
        ("ACCUSE", {MEXICO}, {ECUADOR}, "112"),
    ),
    (
        "The presidency of Peru said Chile had violated the maritime boundary.",
        ("ACCUSE", {PERU}, {CHILE}, "112"),
    ),
    # 2: demands told by "must"
    (
        "Pakistan's foreign office said on Monday that India must stop its hostile propaganda.",
        ("REQUEST", {PAKISTAN}, {INDIA}, "100"),
    ),
    (
        "The Chinese foreign ministry said Japan must immediately halt the release of the water.",
        ("REQUEST", {CHINA}, {JAPAN}, "100"),
    ),
    (
        "Chile said that Bolivia must respect the ruling of the International Court of Justice.",
        ("REQUEST", {CHILE}, {BOLIVIA}, "100"),
    ),
    (
        "Uganda must explain why its soldiers crossed into Kenyan territory, the Kenyan foreign "
        "ministry said.",
        ("REQUEST", {KENYA}, {UGANDA}, "101"),
    ),
    (
        "Turkey must also stop its violations of Greek airspace, the Greek foreign ministry said "
        "on Tuesday.",
        ("REQUEST", {GREECE}, {TURKEY}, "100"),
    ),
    (
        "The Kremlin said Kyiv must first withdraw its forces from the four regions.",
        ("REQUEST", {RUSSIA}, {UKRAINE}, None),
    ),
    # 3: a bare body named before
    (
        "Kenya's foreign ministry issued a statement on Sunday. The ministry urged the Ugandan "
        "authorities to release the detained fishermen.",
        ("REQUEST", {KENYA}, {UGANDA}, "1053"),
    ),
    (
        "The Greek foreign ministry summoned the Turkish ambassador. The ministry also urged "
        "Ankara to stop its overflights.",
        ("REQUEST", {GREECE}, {TURKEY}, "100"),
    ),
    (
        "The Ministry of Foreign Affairs of Pakistan issued a statement. The ministry accused "
        "India of spreading propaganda.",
        ("ACCUSE", {PAKISTAN}, {INDIA}, None),
    ),
    # 5: envoys expelled and accused, with a day between
    (
        "Latvia expelled three Belarusian diplomats on Thursday, accusing them of espionage.",
        ("ACCUSE", {"Q211"}, {"Q184"}, "112"),
    ),
    (
        "Sweden expelled two Iranian diplomats yesterday, accusing them of plotting attacks.",
        ("ACCUSE", {"Q34"}, {"Q794"}, "112"),
    ),
    # 6: a second demand of the one protested to
    (
        "Hanoi lodged a protest with Beijing and demanded that its navy stop seizing Vietnamese "
        "boats.",
        ("REQUEST", {"Q881"}, {CHINA}, "100"),
    ),
    (
        "Tokyo protested to Moscow and demands that its forces stop flying near Hokkaido.",
        ("REQUEST", {JAPAN}, {RUSSIA}, "100"),
    ),
    # 4: a response warned of against another's aggression
    (
        "Israel warned that it would respond forcefully to any attack by Iran.",
        ("THREATEN", {ISRAEL}, {IRAN}, "130"),
    ),
    (
        "Rwanda warned that it would respond to any further provocation from the DRC.",
        ("THREATEN", {RWANDA}, {DRC}, "130"),
    ),
    (
        "Iran's foreign ministry warned that they will react firmly to any new aggression by "
        "Israel.",
        ("THREATEN", {IRAN}, {ISRAEL}, "130"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), POSITIVES)
def test_bodies_speak_for_their_state_and_demands_and_warnings_are_read(
    body: str, expected: tuple[str, set[str], set[str], str | None]
) -> None:
    kind, actors, recipients, cameo = expected
    found = [(k, a, r, c) for k, a, r, c in typed_events(body) if k == kind]
    assert any(a == actors and r == recipients for _, a, r, _ in found), found
    if cameo is not None:
        assert (kind, actors, recipients, cameo) in found


NEGATIVES = [
    # 2: no demand
    ("Japan said it must defend its waters.", "REQUEST"),
    ("Russia must be held accountable, the Ukrainian foreign ministry said.", "REQUEST"),
    ("Beijing said Tokyo must have known about the flights.", "REQUEST"),
    ("If the talks fail, Bolivia must withdraw its claim, the Chilean presidency said.", "REQUEST"),
    ("The minister did not say whether India must act.", "REQUEST"),
    ("Uganda must explain why its soldiers crossed the border, analysts said.", "REQUEST"),
    ("India's foreign ministry said Indian exporters must follow the new rules.", "REQUEST"),
    # 3: no state for a bare body of two states, or named long before
    (
        "India's foreign ministry summoned the Pakistani envoy. Pakistan's foreign ministry "
        "called it regrettable. The ministry urged Islamabad to act.",
        "REQUEST",
    ),
    (
        "Japan's foreign ministry said it would study the report. Japan and China held talks. "
        "Officials met again. The weather was fine. Nothing else happened. The ministry urged "
        "China to lift the ban.",
        "REQUEST",
    ),
    # 6: no demand of the one praised, nor a negated one
    ("Hanoi praised Beijing and demanded that its navy stop seizing boats.", "REQUEST"),
    (
        "Hanoi lodged a protest with Beijing and did not demand that its navy stop seizing boats.",
        "REQUEST",
    ),
    # 4: no threat
    ("Tehran warned that it would respond to any aggression.", "THREATEN"),
    ("Tehran did not warn that it would respond to any aggression by Israel.", "THREATEN"),
]


@pytest.mark.parametrize(("body", "kind"), NEGATIVES)
def test_no_demand_or_warning_without_a_party_asked_or_warned(body: str, kind: str) -> None:
    assert [e for e in typed_events(body) if e[0] == kind] == []
