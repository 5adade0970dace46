"""The cheap pre-checks of mention finding skip a regex pass when the sentence lacks every word a
match needs; these tests keep the word lists in step with the patterns they guard."""

from __future__ import annotations

import random
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


# Patterns written with their first letter apart so that the regex engine scans for it (s10),
# each beside the plain form it must match exactly like.
PLAIN_FORMS = [
    (
        mentions._PRONOUN,
        re.compile(
            r"(?=[TtHhSsWwI])(?<![\w§])(?P<p>[Tt]hey|them|[Hh]e|[Ss]he|[Ww]e|I|him|her)\b(?!\.)"
        ),
    ),
    (mentions._CAPS_WORD, re.compile(r"[A-Z]{3,}(?:-[A-Z]{2,})?(?=\s+[A-Z][a-z]+\b)")),
    (mentions._THREE_CAPITALS, re.compile(r"[A-Z]{3}")),
]
SAMPLES = [
    "They said he met her; she and we agreed. I. Then I met them: The Hebrews, §P1§he",
    "invited him, urged her to; hers, Him, himself, §P2§him, Herat and her.",
    "Theyre, They’s, aThey, 'they' and (he) with IT, I's, THEY HE",
    "Ms. KAMIKAWA Yoko and Prime Minister KISHIDA Fumio met JEAN-PAUL Smith and ABC-D Ef",
    "The SCO, BRICS and NATO; AB C, ABCD1 and É ABC",
]


@pytest.mark.parametrize(("fast", "plain"), PLAIN_FORMS)
def test_a_pattern_with_its_first_letter_apart_matches_as_its_plain_form(
    fast: re.Pattern[str], plain: re.Pattern[str]
) -> None:
    rnd = random.Random(10)
    alphabet = [*"TtHhSsWwIeyABCK -.'§5é", "hey", "he", "They ", "I."]
    samples = SAMPLES + ["".join(rnd.choice(alphabet) for _ in range(12)) for _ in range(3000)]
    for sample in samples:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(sample)]
        assert [(m.span(), m.groupdict()) for m in fast.finditer(sample)] == expected, sample
