"""Session 18's speed changes give the same answers as what they replace."""

from __future__ import annotations

import random
import re

import pytest

from dipld.extract.people import _standalone, spelled, whole_words
from dipld.extract.spans import Analysis
from dipld.extract.text import Sentence

NAMES = ["Biden", "Lavrov", "Xi", "Sergey Lavrov", "O'Brien", "J. Smith", "Zelenskyy", "Orbán",
         "Al-Sisi", "Li", "Macron", "Erdoğan", "Kishida"]  # fmt: skip
SAMPLES = [
    "Biden met Lavrov; Bidens and Biden-Harris, _Biden, Biden_ and §Biden§ are not him.",
    "Xi, Xi's, Xin, Xi-era, 2Xi, Xi2, éXi, Xié, XiXi Xi",
    "Sergey Lavrov and Sergey Lavrovich; O'Brien, O'Briens, J. Smith, J. Smithson.",
    "Zelensky, Zelenskiy, Zelenskyy and Zelenskyi met Orbán (Orbáns), Al-Sisi, Al-Sisi-led.",
    "LiLi Li Li, Lis Li. Erdoğan’s Erdoğanist Kishida Kishida-san",
    "",
    "Macron",
]


def regex_spans(name: str, text: str) -> list[tuple[int, int]]:
    pattern, _ = spelled(name)
    return [(m.start(), m.end()) for m in _standalone(pattern).finditer(text)]


def found(name: str, text: str) -> list[tuple[int, int]]:
    pattern, stem = spelled(name)
    return list(whole_words(pattern, stem, text))


@pytest.mark.parametrize("name", NAMES)
def test_whole_words_finds_what_the_pattern_matches(name: str) -> None:
    for text in SAMPLES:
        assert found(name, text) == regex_spans(name, text), (name, text)


def test_whole_words_on_random_text() -> None:
    rng = random.Random(18)
    alphabet = ["Xi", "Li", "Biden", "Orbán", " ", "-", "_", "§", "é", "2", "'", ".", ",", "s", "n"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        for name in ("Xi", "Li", "Biden", "Orbán", "XiLi"):
            assert found(name, text) == regex_spans(name, text), (name, text)


def test_names_with_variants_still_use_the_pattern() -> None:
    pattern, stem = spelled("Zelenskyy")
    assert pattern != re.escape(stem)
    assert found("Zelenskyy", "Zelensky and Zelenskiy") == [(0, 8), (13, 22)]


def test_analysis_properties_are_computed_once() -> None:
    text = "Russia did not meet Belarus."
    analysis = Analysis(Sentence(0, 0, len(text), text, 0), [], [], masked=text)
    assert analysis.negated is True
    assert analysis.__dict__["negated"] is True  # read from the instance from now on
    assert analysis.words == frozenset({"russia", "did", "not", "meet", "belarus"})
    assert analysis.hypothetical is False
