"""The cheap pre-checks of mention finding skip a regex pass when the sentence lacks every word a
match needs; these tests keep the word lists in step with the patterns they guard."""

from __future__ import annotations

import re

import pytest

from dipld.extract import amounts, mentions

GROUPS = [
    "Both sides agreed",
    "both countries agreed",
    "the two countries agreed",
    "The two nations agreed",
    "The sides agreed",
    "The Parties agreed",
    "the delegations agreed",
    "Our two countries agreed",
    "our governments agreed",
    "Delegation members agreed",
    "Each side agreed",
    "The countries agreed",
]
PEOPLE = [
    "Both leaders agreed",
    "The two presidents agreed",
    "The two vice foreign ministers agreed",
    "the two deputy ministers agreed",
    "The leaders agreed",
    "The heads of state agreed",
    "The participants agreed",
    "The presidents agreed",
    "The prime ministers agreed",
    "The foreign ministers agreed",
]


@pytest.mark.parametrize(
    ("regex", "keys", "phrase"),
    [(mentions._GROUP, mentions._GROUP_KEYS, p) for p in GROUPS]
    + [(mentions._PERSON_GROUP, mentions._PERSON_GROUP_KEYS, p) for p in PEOPLE],
)
def test_every_phrase_a_group_pattern_reads_passes_its_precheck(
    regex: re.Pattern[str], keys: tuple[str, ...], phrase: str
) -> None:
    assert regex.search(phrase), f"the pattern no longer reads {phrase!r}"
    assert list(mentions._scan(regex, keys, phrase, phrase.lower())), (
        f"{phrase!r} matches the pattern, but the pre-check skips it: add a key word"
    )


GOVERNMENTS = [
    "the governments of §S0§ and §S1§",
    "The Government of §S0§ and §S1§",
    "Leaders of the §S0§, §S1§ and §S2§",
    "delegations of §D0§ and §D1§",
    "the Authorities of §S0§ and §S1§",
    "the peoples of §S0§ and the §S1§",
    "The People of §S0§ and §S1§",
]


@pytest.mark.parametrize("phrase", GOVERNMENTS)
def test_every_phrase_the_governments_rewrite_reads_has_one_of_its_words(phrase: str) -> None:
    assert mentions._GOVERNMENTS_OF.search(phrase), f"the pattern no longer reads {phrase!r}"
    assert any(word in phrase for word in mentions._GOVERNMENTS_OF_WORDS), (
        f"{phrase!r} matches the pattern, but the pre-check skips it: add a word"
    )


def test_every_approximation_starts_with_a_letter_the_amount_lookahead_allows() -> None:
    alternatives = re.search(r"\(\?P<approx>(.*?)\)\\s\+$", amounts._APPROX)
    assert alternatives is not None
    for approximation in alternatives.group(1).split("|"):
        assert approximation[0] in amounts._APPROX_FIRST, approximation


@pytest.mark.parametrize(
    "text",
    ["10 million euros", "5 US dollars", "12 Billion Yuan", "3 RUBLES", "4 pounds", "9 rupees"],
)
def test_money_by_currency_word_passes_its_precheck(text: str) -> None:
    assert amounts._MONEY_WORD.search(text), f"the pattern no longer reads {text!r}"
    assert amounts._may_name_currency_word(text)
