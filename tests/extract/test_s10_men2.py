"""Patterns written with their first letter apart, so that the regex engine scans for it (s10),
each beside the plain form it must match exactly like."""

from __future__ import annotations

import random
import re

import pytest

from dipld.extract import mentions, spans

PLAIN_FORMS = [
    (
        mentions._THE_NUMBER,
        re.compile(
            r"\b[Tt]he\s+(?P<n>two|three|four|five|six)"
            r"(?=\s+(?:also\s+|jointly\s+)?(?:[a-z]+ed|will|would|have|had|are|were|agree|"
            r"commit)\b)"
        ),
    ),
    (
        mentions._THEIR_LEADERS,
        re.compile(
            r"\b[Tt]he\s+[A-Z][\w.’'-]*(?:(?:,\s+|\s+and\s+)[A-Z][\w.’'-]*)+\s+"
            r"(?:leaders|heads\s+of\s+state|presidents)\b"
        ),
    ),
    (
        mentions._THE_BLOC,
        re.compile(
            r"\b[Tt]he\s+(?:bloc|grouping|alliance|(?:organi[sz]|associ)ation(?!\s+of\b))\b(?!['’])"
            r"(?![ \t]+[A-Z])(?!\s+(?:for|between|with|that|which)\b)"
        ),
    ),
    (
        mentions._THE_COUNTRY,
        re.compile(r"\b[Tt]he\s+country(?=['’]s\b|\b(?!\s+(?:of|where|that|which)\b))"),
    ),
    (
        mentions._THE_BODY,
        re.compile(
            r"\b[Tt]he\s+(?P<w>Council|Commission|Assembly|Committee|Board|Secretariat|Parliament|"
            r"Court|Summit)\b(?!\s+(?:of|for|on)\b)(?![ \t]+[A-Z])"
        ),
    ),
]
SAMPLES = [
    "Both sides agreed; both countries, the two nations and The Parties met. Our two countries,",
    "The delegation members and Delegation members, each side; theThe sides, xBoth sides",
    "The countries of Asia; the countries agreed; The two vice foreign ministers; The G7 leaders",
    "The Quad Foreign Ministers' statement, the participants, Both heads of state, the two Leaders",
    "The three agreed; the two jointly signed; The Russian and EU leaders; the US, UK and FR heads "
    "of state",
    "The bloc's, the alliance said; the organisation of; The organization for; The grouping Nato",
    "the association said; The association of; the association which; the associations",
    "the country's, The country where, the country; theCountry; The Council of; the Summit began",
    "Earlier this week, later this week, last weekend, Recently, previously, in recent days, over "
    "the past few months; inrecent, alast week, Over the last weeks, Previouslyx",
]
WORDS = [
    *"TtBbOoEeDdLlRrPpio ,'’.-A",
    "he",
    "The ",
    "the ",
    "both ",
    "two ",
    "sides",
    "delegation ",
    "members",
    "countries",
    "leaders",
    "ach ",
    "ur ",
    "country",
    "bloc",
    "Council",
    "three ",
    "agreed",
    " of",
    "Quad ",
    "ast week",
    "ecently",
    "ater this week",
    "n recent days",
    "ver the past days",
    "reviously",
    "Both sides ",
    "The two presidents ",
    "the country",
    "The bloc",
    "Earlier this week",
    "over the last few weeks",
    "The Council ",
    "The three agreed",
    "The US and EU leaders",
    "Delegation members",
    "each side",
    "our countries",
]


@pytest.mark.parametrize(("fast", "plain"), PLAIN_FORMS)
def test_a_pattern_with_its_first_letter_apart_matches_as_its_plain_form(
    fast: re.Pattern[str], plain: re.Pattern[str]
) -> None:
    rnd = random.Random(10)
    samples = SAMPLES + ["".join(rnd.choice(WORDS) for _ in range(10)) for _ in range(3000)]
    for sample in samples:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(sample)]
        assert [(m.span(), m.groupdict()) for m in fast.finditer(sample)] == expected, sample


def test_a_region_word_before_a_demonym_is_found_within_the_reach() -> None:
    rnd = random.Random(10)
    pieces = [*mentions._REGION_WORDS, " ", "-", "\n", "x", "Latin\n", "the ", "South African"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 8)))
        at = len(text)  # where the demonym starts
        reach = mentions._OF_A_CONTINENT_REACH
        near = mentions._OF_A_CONTINENT.search(text, max(0, at - reach), at)
        whole = mentions._OF_A_CONTINENT.search(text, 0, at)
        assert (near and near.span()) == (whole and whole.span()), text


def test_the_words_of_a_text_are_its_runs_of_letters_a_z() -> None:
    rnd = random.Random(10)
    alphabet = [*"abzAZ  -.'’§0\n\t\x00\x7f\xa0ßİ\u212a\u0307é😀\ud800", "said", "§S0§"]
    samples = ["", "a", "§P0§ met the §D2§-§D3§ pic.twitter.com/urTgF82YmW 🇧🇾🇷🇺|"]
    for sample in samples + ["".join(rnd.choice(alphabet) for _ in range(12)) for _ in range(3000)]:
        for text in (sample, sample.lower()):
            assert spans.words_of(text) == spans._WORD.findall(text), text
