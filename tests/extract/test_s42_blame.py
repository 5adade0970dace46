"""Blame in a quote that opens the sentence, its speaker after it (session 42, accuse).

The sentences are written for this session in wire and ministry styles (none from a gold set).
Conventions followed (all earlier sessions' except where said):

- '"Israel is committing war crimes in Gaza," Safadi said.', '"Russia continues its brutal
  aggression against Ukraine," the Estonian foreign minister said.': the speaker's ACCUSE of
  the party the quote names (112 for a crime, 111 for a war of aggression), as the same words
  after "said" are; not negated, hypothetical, said of the speaker's own side, nor a quote
  whose subject is not the one waging the war ("the war Russia is waging").
- "Lithuania shares a border with Belarus. Lithuanian authorities closed the Medininkai
  crossing": a crossing shut with no state named in the clause is a SANCTION (163) against the
  one neighbour the article told the closing state shares a border with (the trigger table reads
  "closed its border with Belarus"); not for health reasons, negated, hypothetical or
  threatened, nor with two neighbours told, nor "closed the border issue".
- "The EU imposed further sanctions on Thursday, October 20, on three Iranian individuals": the
  day between the measure and the "on" of its target is passed over (SANCTION 163 on Iran, as
  without the day); not "on a Mexican cartel leader" (no state), not future or negated.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)  # a Friday

RUSSIA, ISRAEL, UKRAINE, SUDAN, USA = "Q159", "Q801", "Q212", "Q1049", "Q30"
LITHUANIA, BELARUS, NORWAY, TURKEY, ARMENIA = "Q37", "Q184", "Q20", "Q43", "Q399"
THAILAND, KYRGYZSTAN = "Q869", "Q813"

POSITIVES = [
    (
        '"Israel is committing war crimes in Gaza, and nobody can call it self-defence," '
        "Jordanian Foreign Minister Ayman Safadi said on Friday.",
        ("ACCUSE", {"Q28336737"}, {ISRAEL}, "112"),
    ),
    (
        '"Russia continues its brutal and unprovoked aggression against Ukraine," German '
        "Foreign Minister Annalena Baerbock told reporters in Berlin.",
        ("ACCUSE", {"Q564328"}, {RUSSIA}, "111"),
    ),
    (
        '"We cannot do business as usual while Russia is waging a genocidal war in Ukraine," '
        "Polish Prime Minister Donald Tusk wrote on social media.",
        ("ACCUSE", {"Donald Tusk"}, {RUSSIA}, "111"),
    ),
    (
        '"Tourists from Russia should not be visiting our beaches while Russia is waging a brutal '
        'war against Ukraine," Latvian Foreign Minister Krisjanis Karins said.',
        ("ACCUSE", {"Q3736499"}, {RUSSIA}, "111"),
    ),
    (
        '"Russia has been perpetrating atrocities against civilians for two years," Ukrainian '
        "Foreign Minister Dmytro Kuleba said.",
        ("ACCUSE", {"Q24025631"}, {RUSSIA}, "112"),
    ),
]

POSITIVES += [
    (
        "Lithuania shares a 680-kilometre border with Belarus. Lithuanian authorities closed the "
        "Medininkai crossing on Wednesday after a surge of migrants.",
        ("SANCTION", {LITHUANIA}, {BELARUS}, "163"),
    ),
    (
        "Norway shares a 198-kilometre border with Russia in the Arctic north. In recent days the "
        "Norwegian Government has closed all crossing points on that border.",
        ("SANCTION", {NORWAY}, {RUSSIA}, "163"),
    ),
    (
        "Armenia and Turkey share a 311-kilometre border. The border has been closed since 1993, "
        "when Turkey shut it in support of Azerbaijan.",
        ("SANCTION", {TURKEY}, {ARMENIA}, "163"),
    ),
]

POSITIVES += [
    (
        "The EU imposed further sanctions on Thursday, October 20, on three Iranian individuals "
        "over drone deliveries.",
        ("SANCTION", {"Q458"}, {"Q794"}, "163"),
    ),
    (
        "The United States imposed sanctions on Monday against two Russian banks.",
        ("SANCTION", {USA}, {RUSSIA}, "163"),
    ),
    (
        "Japan imposed additional sanctions on Tuesday on three North Korean shipping firms.",
        ("SANCTION", {"Q17"}, {"Q423"}, "163"),
    ),
]

NEGATIVES = [
    # a denial
    (
        '"Israel is not committing war crimes in Gaza," Israeli Prime Minister Benjamin '
        "Netanyahu said.",
        ("ACCUSE", {ISRAEL}),
    ),
    (
        '"Israel is not committing genocide," Foreign Minister Ayman Safadi of Jordan said.',
        ("ACCUSE", {ISRAEL}),
    ),
    # a hypothetical
    (
        '"Once Russia is waging a brutal war on NATO, it will be too late," Polish Prime '
        "Minister Donald Tusk said.",
        ("ACCUSE", {RUSSIA}),
    ),
    (
        '"If Russia were waging a genocidal war, we would know it," Hungarian Prime Minister '
        "Viktor Orban said.",
        ("ACCUSE", {RUSSIA}),
    ),
    # not the party waging it: the victim named first
    (
        '"Ukraine is defending itself against the war Russia is waging," German Foreign '
        "Minister Annalena Baerbock said.",
        ("ACCUSE", {UKRAINE}),
    ),
    # a word of no blame
    (
        '"Russia continues its cooperation with Sudan," Russian Foreign Minister Sergei '
        "Lavrov said.",
        ("ACCUSE", {SUDAN}),
    ),
]


NEGATIVES += [
    # a closure for health reasons
    (
        "Malaysia shares a long border with Thailand. Malaysian authorities closed the Bukit Kayu "
        "Hitam crossing to curb the spread of COVID-19.",
        ("SANCTION", {THAILAND}),
    ),
    # negated, hypothetical, threatened
    (
        "Finland shares a 1,340-kilometre border with Russia. The Finnish Government has not "
        "closed the Vaalimaa crossing.",
        ("SANCTION", {RUSSIA}),
    ),
    (
        "Finland shares a 1,340-kilometre border with Russia. The Finnish Government could close "
        "all crossing points on that border.",
        ("SANCTION", {RUSSIA}),
    ),
    (
        "Finland shares a 1,340-kilometre border with Russia. Finland threatened to close all "
        "crossing points on that border.",
        ("SANCTION", {RUSSIA}),
    ),
    # two neighbours told: which one is unsure
    (
        "Poland shares borders with Belarus and Ukraine. Polish authorities closed the Dorohusk "
        "crossing on Tuesday.",
        ("SANCTION", {BELARUS, UKRAINE}),
    ),
    # a question settled, not a border shut
    (
        "Uzbekistan shares a border with Kyrgyzstan. Uzbekistan has closed the border issue with "
        "the treaty.",
        ("SANCTION", {KYRGYZSTAN}),
    ),
]

NEGATIVES += [
    # no state: a person of one sanctioned
    (
        "Canada imposed sanctions on Monday on a Mexican cartel leader.",
        ("SANCTION", {"Q96"}),
    ),
    # future, negated
    ("The EU will impose further sanctions on Thursday on Iran.", ("SANCTION", {"Q794"})),
    ("The EU did not impose sanctions on Thursday on Iran.", ("SANCTION", {"Q794"})),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_quoted_accusation(text: str, want: tuple[str, set[str], set[str], str]) -> None:
    kind, actors, recipients, cameo = want
    got = typed_events(text, DAY)
    assert any(
        t == kind and actors <= a and recipients <= r and c == cameo for t, a, r, c in got
    ), got


@pytest.mark.parametrize(("text", "banned"), NEGATIVES)
def test_not_quoted_accusation(text: str, banned: tuple[str, set[str]]) -> None:
    kind, recipients = banned
    got = typed_events(text, DAY)
    assert not any(t == kind and recipients & r for t, _, r, _ in got), got
