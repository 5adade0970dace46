"""The gazetteer's step to the next token that may start a name agrees with the tokeniser."""

from __future__ import annotations

import random
import re

import pytest

from dipld.extract import text
from dipld.extract.text import next_token, tokens

TEXTS = [
    "Mr. Putin met Dr. Ivanov in the U.S. on Friday.",
    "Russia's $40.1Billion deal, U.S.-ASEAN talks and the EU’s 20th summit",
    "the talks of the People's Republic of China and O'Neil",
    "lower case only, with punctuation: (none) — here…",
    "RUSSIA'S leader and the ministers' meeting in 2022",
    "a Belarusian-Russian forum; «Minsk» and Élysée",
    "",
    "   ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_next_token_visits_the_tokens_a_name_can_start_with(text: str) -> None:
    steps = []
    pos = 0
    while (step := next_token(text, pos)) is not None:
        steps.append(step[:2])
        pos = step[2]
    made = [(t.begin, t.text) for t in tokens(text)]
    assert all(step in made for step in steps)
    capitals = [
        (t.begin, t.text) for t in tokens(text) if t.text[:1].isupper() or t.text[:1].isdigit()
    ]
    assert all(token in steps for token in capitals)


# The run _NEXT_TOKEN skips, written token by token as _TOKEN tokenises it (a lower-case word,
# spaces, a possessive, one punctuation character): the definition its faster form, one
# repetition per word, must agree with.
_BY_TOKEN = re.compile(
    rf"(?:(?=[a-z]){text._WORD}|\s+|['’]s\b|[!-/:-@\[-`{{-~’“”‘—–…«»])*+"
    rf"(?P<token>{text._TOKEN_PATTERN})",
    re.VERBOSE,
)
EDGES = [
    "Côte d'Ivoire and the iPhone's maker",  # an apostrophe or a capital inside a lower word
    "the minister's' deputy, ministers’ talks",
    "ab'cЖ and abЖ, the 's5 and 's_",  # a Cyrillic letter ends a word after an apostrophe
    "o's\u0301 and the s\u0301",  # a possessive before a combining accent is no word
    "the 20th talks, 1,000.5 tonnes, U.S.A. and a.b.",
    "«quoted» … ‘single’ “double” — en – dash, #tag @user",
]


@pytest.mark.parametrize("sample", TEXTS + EDGES)
def test_the_scan_to_the_next_token_is_the_token_by_token_one(sample: str) -> None:
    for pos in range(len(sample) + 1):
        expected = _BY_TOKEN.match(sample, pos)
        found = text._NEXT_TOKEN.match(sample, pos)
        assert (found and found.span("token")) == (expected and expected.span("token")), pos


def test_the_scan_to_the_next_token_is_the_token_by_token_one_on_random_text() -> None:
    alphabet = [*"aAzZ bB'’sS.,-\n5éÉЖжß§“”—İı_x", "\u0301", "\u00a0", "U.S.", "’s ", "d'I"]
    rnd = random.Random(10)
    for _ in range(3000):
        sample = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        for pos in range(len(sample) + 1):
            expected = _BY_TOKEN.match(sample, pos)
            found = text._NEXT_TOKEN.match(sample, pos)
            assert (found and found.span("token")) == (expected and expected.span("token")), (
                sample,
                pos,
            )
