"""The gazetteer's step to the next token that may start a name agrees with the tokeniser."""

from __future__ import annotations

import pytest

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
