"""Session 20's speed pass on title finding: the rewritten steps of ``offices.find_titles``
find the same titles as their plain forms, kept here, on samples and on random text."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from dipld.extract.offices import (
    _ALL,
    _FIRST_STEM_WORD,
    _FIRST_STEMS,
    _LAST_KEY,
    _TITLE_KEYS,
    _WORD,
    ASCII_UNDER_IGNORECASE,
    TitleMatch,
    _accept,
    find_titles,
)

ROOT = Path(__file__).resolve().parents[2]


def _plain_find_titles(text: str) -> list[TitleMatch]:
    """find_titles as it was before session 20: every word tested in Python, the last keyword
    found by ``rfind``."""
    out: list[TitleMatch] = []
    last = len(text)
    if text.isascii() or not any(letter in text for letter in ASCII_UNDER_IGNORECASE):
        low = text.lower()
        for key in _TITLE_KEYS:
            if key in low:
                break
        else:
            if "PM" not in text:
                return out
        if len(low) == len(text):
            last = max(*map(low.rfind, _TITLE_KEYS), text.rfind("PM"))
    covered = 0
    for word in _WORD.finditer(text):
        begin = word.start()
        if begin > last:
            break
        if begin < covered or word.group()[:5].lower() not in _FIRST_STEMS:
            continue
        if begin and text[begin - 1] in "-'’":
            continue
        m = _ALL.match(text, begin)
        if m is None:
            continue
        found = _accept(m)
        if found is not None:
            out.append(found)
            covered = found.end
    return out


def _plain_stem_words(low: str) -> list[int]:
    return [w.start() for w in _WORD.finditer(low) if w.group()[:5] in _FIRST_STEMS]


def _plain_last_key(low: str) -> int:
    return max(map(low.rfind, _TITLE_KEYS))


SAMPLES = [
    "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Moscow.",
    "The administrator and the Prime Minister, PM Modi, met at 3 PM.",
    "Tánaiste Micheál Martin and the Taoiseach spoke; King Charles III and Queen Camilla.",
    "Deputy Secretary of State Wendy Sherman and Secretary Blinken",
    "the ambassador-designate, ex-president and U.S. Trade Representative Katherine Tai",
    "Kazakhstan's President Kassym-Jomart Tokayev, the Emir of Qatar and Sultan Haitham",
    "ΣΟΦΙΑ said the minister’s aide, İsmail, and the Kelvin \u212a sign; \u017fecretary",
    "",
    "a",
    "minist",
    "no keyword in this sentence at all",
    "FM Jaishankar and EAM, the eam; fm radio 12 PM2.5 PMs",
]


def _sentences() -> list[str]:
    texts = list(SAMPLES)
    for path in sorted((ROOT / "tests" / "corpus").glob("*.txt"))[:12]:
        texts += re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8"))
    return texts


_WORDS = (
    sorted(_FIRST_STEMS)
    + list(_TITLE_KEYS)
    + [
        "Minister",
        "Foreign",
        "PRESIDENT",
        "Secretary-General",
        "of",
        "the",
        "and",
        "United",
        "Nations",
        "Kings",
        "Prime",
        "Deputy",
        "Vice",
        "State",
        "Federal",
        "Tánaiste",
        "İstanbul",
        "Σίσυφος",
        "\u212aing",
        "\u017fpeaker",
        "x1minist",
        "_aide",
        "PM",
        "fm",
        "Lavrov",
    ]
)
_GLUE = [" ", " ", " ", ", ", "-", "'", "’", ".", "3", "_", "\n", "  ", "é"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 14)):
            word = rng.choice(_WORDS)
            if rng.random() < 0.3:
                word = word.capitalize() if rng.random() < 0.5 else word.upper()
            if rng.random() < 0.1:
                word = word[: rng.randint(1, len(word))] if word else word
            parts.append(word + rng.choice(_GLUE))
        out.append("".join(parts))
    return out


def test_find_titles_as_plain_form_on_samples() -> None:
    texts = _sentences()
    assert len(texts) > 100
    assert any(find_titles(t) for t in texts)
    for text in texts:
        assert find_titles(text) == _plain_find_titles(text), text


def test_find_titles_as_plain_form_on_random_text() -> None:
    texts = _random_texts(3000, 20)
    assert sum(1 for t in texts if find_titles(t)) > 300
    for text in texts:
        assert find_titles(text) == _plain_find_titles(text), text


def test_last_key_is_the_largest_rfind() -> None:
    for text in _sentences() + _random_texts(3000, 21):
        low = text.lower()
        key = _LAST_KEY.match(low)
        assert (key.end() if key is not None else -1) == _plain_last_key(low), low


def test_stem_words_are_the_words_with_a_first_stem() -> None:
    for text in _sentences() + _random_texts(3000, 22):
        low = text.lower()
        found = [m.start() for m in _FIRST_STEM_WORD.finditer(low)]
        assert found == _plain_stem_words(low), low


def test_lower_case_keeps_letters_letters() -> None:
    """_titles_from reads word starts on the lower-cased text: a character that lower-cases to
    one character is a letter of ``_WORD`` exactly when its lower case is."""
    letter = re.compile(r"[^\W\d_]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        low = char.lower()
        if len(low) == 1:
            assert bool(letter.match(char)) == bool(letter.match(low)), hex(code)
