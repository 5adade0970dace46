"""Speed rewrites that must not change a match: the title pattern's long word lists read one
alternative per first letter (offices._by_first_letter), and the gazetteer's inline step to the
next token (text.next_token, written out in Gazetteer.find)."""

from __future__ import annotations

import random
import re

import pytest

from dipld.extract import offices
from dipld.extract.gazetteer import Gazetteer, Match, gazetteer_for, token_key
from dipld.extract.text import Token, next_token
from dipld.kb.index import load_index

SENTENCES = [
    "Deputy Minister of Foreign Affairs and International Cooperation Ali Ahmed met the Envoy.",
    "Minister of State for External Affairs V. Muraleedharan and the Minister of Finance met.",
    "The Economy, Trade and Industry Minister, Assistant Secretary of State for European and "
    "Eurasian Affairs James O'Brien, and the Speaker of the State Duma.",
    "Special Envoy for Climate John Kerry and Under Secretary for Political Affairs Nuland.",
    "Cabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi and Sports Minister X.",
    "Minister-in-Charge of Cambodia's State Secretariat and the Minister for Digital Development.",
    "the minister of foreign affairs, the minister for sports and youth, senior adviser for "
    "economic affairs, the director of the federal security service",
    "Minister of Labour and Social Protection and Minister of Energy and Mines Kim",
    "Head of the Presidential Administration Anton Vaino; Deputy Chief of Staff of Security",
]


def _plain_all() -> re.Pattern[str]:
    """The title pattern with its word lists as written (one alternative per word)."""
    return re.compile(
        offices._ALL.pattern.replace(
            offices._by_first_letter(offices._FIELD_WORD), offices._FIELD_WORD
        ).replace(offices._by_first_letter(offices._PORTFOLIO), offices._PORTFOLIO),
        re.IGNORECASE,
    )


def test_the_title_pattern_reads_its_word_lists_by_first_letter() -> None:
    assert offices._by_first_letter(offices._FIELD_WORD) in offices._ALL.pattern
    assert offices._by_first_letter(offices._PORTFOLIO) in offices._ALL.pattern
    assert offices._FIELD_WORD not in offices._ALL.pattern
    assert _plain_all().pattern != offices._ALL.pattern
    assert offices._by_first_letter("(?:Bank|Arms|Board|Affairs)") == (
        "(?:B(?:ank|oard)|A(?:rms|ffairs))"
    )


@pytest.mark.parametrize("words", [offices._FIELD_WORD, offices._PORTFOLIO])
def test_a_word_list_by_first_letter_matches_as_the_list(words: str) -> None:
    plain = re.compile(words)
    grouped = re.compile(offices._by_first_letter(words))
    listed = words[3:-1].split("|")
    samples = [w.replace("[cs]", "c").replace("?", "") for w in listed] + listed
    samples += (
        [w + "s" for w in samples] + [w.lower() for w in samples] + [w.upper() for w in samples]
    )
    for flags in (0, re.IGNORECASE):
        plain, grouped = (
            re.compile(words, flags),
            re.compile(offices._by_first_letter(words), flags),
        )
        for sample in samples:
            for pos in range(len(sample)):
                found, expected = grouped.match(sample, pos), plain.match(sample, pos)
                assert (found and found.span()) == (expected and expected.span()), sample


def _titles(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [
        (m.start(), m.end(), m.lastgroup)
        for m in (pattern.match(text, i) for i in range(len(text)))
        if m
    ]


def test_the_title_pattern_by_first_letter_matches_as_the_plain_one() -> None:
    plain = _plain_all()
    samples = list(SENTENCES)
    # the letters IGNORECASE matches to ASCII ones: the Kelvin sign, the long s, dotted and
    # dotless i
    for sentence in SENTENCES:
        samples += [
            sentence.replace("k", "\u212a"),
            sentence.replace("s", "\u017f"),
            sentence.replace("i", "\u0131"),
            sentence.replace("I", "\u0130"),
        ]
    words = " ".join(SENTENCES).split()
    rnd = random.Random(11)
    samples += [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12))) for _ in range(300)]
    for sample in samples:
        assert _titles(offices._ALL, sample) == _titles(plain, sample), sample
    assert _titles(offices._ALL, SENTENCES[0])  # (the samples have titles)


def _find_by_steps(gazetteer: Gazetteer, text: str, offset: int = 0) -> list[Match]:
    """Gazetteer.find as it was written with text.next_token, one call per token."""
    out: list[Match] = []
    pos = 0
    while (step := next_token(text, pos)) is not None:
        pos, first, after = step
        capital = first[:1].isupper() or first[:1].isdigit()
        node = gazetteer._root.get(token_key(first)) if capital else None
        if node is None:
            pos = after
            continue
        found, pos = gazetteer._longest(
            text, Token(pos, pos + len(first), first), after, offset, node
        )
        if found is not None:
            out.append(found)
    return out


GAZETTEER_TEXTS = [
    *SENTENCES,
    "Russia's Foreign Minister met the U.S. Secretary of State in Kazakhstan's capital Astana.",
    "RUSSIA'S and CHINA’S leaders, the EU’s 20th summit, the UN's chief and NATO.",
    "Bosnia and Herzegovina, the People's Republic of China and Côte d'Ivoire.",
    "the Ministry of Foreign Affairs of the Republic of Belarus' statement, 2022's talks",
    "«Minsk» — Élysée; Ukraine’s; Iran's; the iPhone's maker in Saint Petersburg",
    "",
]


def test_the_inline_step_of_the_gazetteer_is_the_next_token_one() -> None:
    gazetteer = gazetteer_for(load_index())
    rnd = random.Random(12)
    words = [*" ".join(GAZETTEER_TEXTS).split(), "'s", "’s", "5", "U.S.", "Russia's", "-"]
    texts = GAZETTEER_TEXTS + [
        " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 15))) for _ in range(500)
    ]
    found_any = False
    for text in texts:
        expected = _find_by_steps(gazetteer, text, 7)
        assert gazetteer.find(text, 7) == expected, text
        found_any = found_any or bool(expected)
    assert found_any
