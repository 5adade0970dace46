"""Session 20's speed pass on dates, amounts, masking and coreference: each helper rewritten
for speed gives what its plain old form (kept here) gave, on samples and on random text."""

from __future__ import annotations

import random
import re

from dipld import temporal
from dipld.extract import amounts, mentions
from dipld.extract.spans import Code

_SAMPLES = [
    "",
    "The two leaders met on 12 May 2023 in Minsk.",
    "No digits here, only words: today, tomorrow and next week.",
    "Trade reached $1.2 billion, up 15% from 2021.",
    "Il a reçu 3 délégations à Genève le 5 mai.",
    "Der Preis stieg um ١٢ Prozent.",  # Arabic-Indic digits: Unicode digits, not ASCII
    "It cost 5,000 rubles and RM 30 million, or R39.2 billion.",
    "The USD 4 bn loan from the IMF and 300 EUR.",
    "₹2,000 crore and ₽5 million; £3m and €4bn; ¥100.",
    "Both sides and the two countries agreed; the three parties signed.",
    "On Monday, the ministry said the two states established relations in 1992.",
    "İstanbul hosted the talks on Tuesday, November 21.",
    "The Kelvin sign \u212a and 7 days later.",
    "KAMIKAWA Yoko met Mr. KISHIDA Fumio in Tokyo.",
]
_ALPHABET = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:$€£¥₹%-'’éİı\u212a١"


def _random_texts(n: int, seed: int = 20) -> list[str]:
    rng = random.Random(seed)
    words = " ".join(_SAMPLES).split()
    out = []
    for _ in range(n):
        if rng.random() < 0.5:
            out.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 120))))
        else:
            out.append(" ".join(rng.choice(words) for _ in range(rng.randint(0, 25))))
    return out


_TEXTS = _SAMPLES + _random_texts(3000)

# --- amounts: the plain old forms ---------------------------------------------------------
_OLD_DIGIT = re.compile(r"\d")
_OLD_ASCII_DIGIT = re.compile(r"[0-9]")


def _old_has_digit(text: str) -> bool:
    return (_OLD_ASCII_DIGIT if text.isascii() else _OLD_DIGIT).search(text) is not None


def _old_names_currency(text: str) -> bool:
    if not any(key in text for key in amounts._SIGNS_AND_CODES):
        low = text.lower()
        if not any(stem in low for stem in amounts._CURRENCY_STEMS):
            return amounts._has_code(
                text, amounts._THREE_CAPITALS_BEFORE, amounts._OTHER_CODES
            ) or ("R" in text and amounts._RAND_HINT.search(text) is not None)
    return amounts._CURRENCY_HINT.search(text) is not None


def _old_may_name_currency_word(text: str) -> bool:
    if not text.isascii() and any(letter in text for letter in amounts.ASCII_UNDER_IGNORECASE):
        return True
    low = text.lower()
    if any(stem in low for stem in amounts._CURRENCY_STEMS):
        return True
    return amounts._has_code(text, amounts._THREE_CAPITALS_AFTER, amounts._CODES_AFTER_SET)


def test_has_digit_is_the_regex() -> None:
    for text in _TEXTS:
        assert amounts._has_digit(text) == _old_has_digit(text), text
        if text.isascii():
            assert temporal._has_ascii_digit(text) == _old_has_digit(text), text


def test_currency_tests_are_the_old_ones() -> None:
    for text in _TEXTS:
        assert amounts._names_currency(text) == _old_names_currency(text), text
        assert amounts._may_name_currency_word(text) == _old_may_name_currency_word(text), text


def test_ascii_signs_are_all_the_ascii_ones() -> None:
    # an ASCII text can hold no other sign: the shorter list finds what the whole one finds
    others = set(amounts._SIGNS_AND_CODES) - set(amounts._ASCII_SIGNS_AND_CODES)
    assert all(not key.isascii() for key in others)
    assert set(amounts._ASCII_SIGNS_AND_CODES) <= set(amounts._SIGNS_AND_CODES)


# --- temporal: the plain old forms --------------------------------------------------------
_OLD_ASCII_DIGITS = re.compile(r"[0-9][0-9]*")


def _old_anchors(text: str, low: str) -> list[int]:
    if len(low) != len(text) or "\u212a" in text:
        return [
            a.start()
            for a in temporal._ANCHOR.finditer(text)
            if a.group()[0].isdigit() or a.group().lower().rstrip(".") in temporal._ANCHOR_WORDS
        ]
    ascii_text = text.isascii()
    runs = (
        low.translate(temporal._LETTERS_ONLY).split()
        if ascii_text
        else temporal._LOWER_WORD.findall(low)
    )
    words = temporal._ANCHOR_WORDS.intersection(runs)
    if words and "ago" not in low:
        words -= temporal._AGO_WORDS
    digit = (_OLD_ASCII_DIGIT if ascii_text else _OLD_DIGIT).search(text)
    if digit is None and not words:
        return []
    numbers = _OLD_ASCII_DIGITS if ascii_text else temporal._DIGITS
    starts = [d.start() for d in numbers.finditer(text, digit.start())] if digit else []
    for word in words:
        at = low.find(word)
        while at >= 0:
            if not temporal._ascii_letter(low, at - 1) and not temporal._ascii_letter(
                low, at + len(word)
            ):
                starts.append(at)
            at = low.find(word, at + 1)
    return sorted(starts)


def test_anchors_are_the_old_ones() -> None:
    for text in _TEXTS:
        low = text.lower()
        assert temporal._anchors(text, low) == _old_anchors(text, low), text


def test_groupdict_is_the_old_one() -> None:
    texts = [
        "on 12 May 2023",
        "from 3 to 5 June",
        "May 4, 2022",
        "2021-03-04",
        "in the 1990s",
        "last week",
        "on Tuesday",
        "in fiscal 2024",
        "1-3 March 2024",
        "between 2019 and 2021",
        "the 5th of May",
        "today",
    ]
    seen = set()
    for text in texts + _TEXTS:
        for start in range(len(text)):
            regex = temporal._AT_LETTER if text[start].isalpha() else temporal._AT_DIGIT
            m = regex.match(text, start)
            if m is None:
                continue
            assert m.lastgroup is not None
            index = int(m.lastgroup[3:])
            seen.add(index)
            old = {short: m.group(full) for short, full in temporal._GROUP_NAMES[index]}
            assert temporal._Groups(m, index).groupdict() == old
    assert len(seen) >= 10  # (alternatives of one, two and more groups among them)


# --- mentions -----------------------------------------------------------------------------
def test_slot_code_formats_as_its_value() -> None:
    for code in Code:
        assert f"§{code}{7}§" == f"§{code.value}{7}§"
        assert type(f"{code}") is str


def test_scan_is_the_gated_finditer() -> None:
    regex = mentions._GROUP
    keys = mentions._GROUP_KEYS
    for text in _TEXTS:
        low = text.lower()
        new = [m.span() for m in mentions._scan(regex, keys, text, low)]
        old = [m.span() for m in regex.finditer(text)] if any(k in low for k in keys) else []
        assert new == old, text
