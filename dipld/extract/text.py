"""Sentences and tokens with character offsets into the article body.

>>> body = "Mr. Putin met Dr. Ivanov in the U.S. on Friday. They talked.\\nAlso, read: X"
>>> [s.text for s in sentences(body)]
['Mr. Putin met Dr. Ivanov in the U.S. on Friday.', 'They talked.', 'Also, read: X']
>>> [t.text for t in tokens("Russia's $40.1Billion, U.S.-ASEAN")]
['Russia', "'s", '$', '40.1', 'Billion', ',', 'U.S.', '-', 'ASEAN']
>>> [t.text for t in tokens("Belarusian-Russian")]
['Belarusian', '-', 'Russian']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from dipld.extract.patterns import DATELINE_DAY

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep st jr sr no vs etc inc ltd co
    corp dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.s.a
    p.m a.m d.c e.g i.e approx ave blvd mt ft h.e hon rev amb pres sec dep asst smt
    """.split()
)

# letters of words, and of the parts of a word after an apostrophe ("O'Neil", "Russia's"):
# Latin with its extensions (Vietnamese "Nguyễn", Azerbaijani "ə"), combining accents (text in
# decomposed form), Cyrillic
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏ\u0300-\u036fḀ-ỿА-яЁё"
_LETTER_AFTER_APOSTROPHE = "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏ\u0300-\u036fḀ-ỿ"
_WORD = rf"[{_LETTER}]+(?:['’][{_LETTER_AFTER_APOSTROPHE}]+)*"
_TOKEN_PATTERN = rf"""
    (?:[A-Z]\.){{2,}}(?=[^A-Za-z]|$)        # U.S. U.K. D.C.
  | \d+(?:[.,]\d+)*(?:st|nd|rd|th)?        # numbers 40.1 1,000 20th
  | {_WORD}                               # words (hyphens split)
  | ['’]s\b                                # possessive
  | \S                                     # any other single character
    """
_TOKEN = re.compile(_TOKEN_PATTERN, re.VERBOSE)
_FIND = _TOKEN.finditer
#: The next token from a position (past spaces), as :func:`tokens_at` makes it before it splits
#: a possessive off.
TOKEN_SEARCH = _TOKEN.search
# A run of text none of whose tokens starts with a capital or a digit, consumed as _TOKEN would
# tokenise it: spaces and punctuation other than apostrophes (_GAP), then words starting with a
# lower-case ASCII letter (no other alternative of _TOKEN matches there), possessives and other
# apostrophes, each with the gap after it. One repetition per word, not per token or character:
# the regex engine's cost is per repetition, and this scan is most of the gazetteer's work.
_GAP = r"[\s!-&(-/:-@\[-`{-~“”‘—–…«»]*+"
_LOWER_WORD = rf"[a-z][{_LETTER}]*+(?:['’][{_LETTER_AFTER_APOSTROPHE}]++)*+"
_LOWER_RUN = rf"{_GAP}(?:(?:{_LOWER_WORD}|['’]s\b|['’]){_GAP})*+"
# Such a run (possessive: no backtracking into it), then the token after it (next_token; the
# gazetteer reads it inline).
NEXT_TOKEN = _NEXT_TOKEN = re.compile(rf"{_LOWER_RUN}(?P<token>{_TOKEN_PATTERN})", re.VERBOSE)
#: The non-ASCII letters that IGNORECASE matches to ASCII ones ("İ" and "ı" to "i", "ſ" to "s",
#: the Kelvin sign to "k"): a lower-case substring test can miss what an IGNORECASE regex finds
#: in text with one of them.
ASCII_UNDER_IGNORECASE = ("\u0130", "\u0131", "\u017f", "\u212a")


class Token(NamedTuple):
    """A token: ``text == body[begin:end]``. A named tuple, as a sentence has dozens of tokens
    and a tuple is several times cheaper to make than a frozen dataclass."""

    begin: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text == body[begin:end]``; ``index`` is its position in the article."""

    index: int
    begin: int
    end: int
    text: str
    paragraph: int


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; possessive ``'s`` is split off; offsets shifted by ``offset``."""
    new = tuple.__new__  # Token(...) without the keyword handling of a named tuple's __new__
    if "'" not in text and "’" not in text:  # no possessive to split off: the common case
        return [new(Token, (offset + m.start(), offset + m.end(), m.group())) for m in _FIND(text)]
    return [token for token, _ in tokens_at(text, 0, offset)]


def _possessive(word: str) -> bool:
    """Whether a word ends in a possessive to split off: Russia's -> Russia, 's."""
    return len(word) > 2 and word[-2] in "'’" and word[-1] in "sS" and word[0].isalpha()


def tokens_at(text: str, pos: int, offset: int = 0) -> Iterator[tuple[Token, int]]:
    """The tokens of ``text`` from ``pos`` (where a token starts) on, as :func:`tokens` makes
    them, each with where the text goes on after it (for a word's first part, after the
    possessive split off it: "Russia" of "Russia's")."""
    new = tuple.__new__
    for m in _FIND(text, pos):
        word = m.group()
        start, end = m.start(), m.end()
        if _possessive(word):
            yield new(Token, (offset + start, offset + end - 2, word[:-2])), end
            yield new(Token, (offset + end - 2, offset + end, word[-2:])), end
        else:
            yield new(Token, (offset + start, offset + end, word)), end


def next_token(text: str, pos: int) -> tuple[int, str, int] | None:
    """The next token from ``pos`` (where a token starts) that may start with a capital or a
    digit, past the spaces, lower-case words and punctuation there, in one regex step: where it
    starts, its text as :func:`tokens` makes it, and where the text goes on after it (after the
    possessive split off it, as in :func:`tokens_at`); None at the end of the text."""
    m = _NEXT_TOKEN.match(text, pos)
    if m is None:
        return None
    word = m.group("token")
    return m.start("token"), (word[:-2] if _possessive(word) else word), m.end()


_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation rather than a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        # "U.S." at the end of a sentence: a capitalised word follows after a lower-case start
        return True
    # initials: "Antony J. Blinken", "N.P. Saud"
    return all(len(part) == 1 and part.isalpha() for part in word.split("."))


def sentences(body: str) -> list[Sentence]:
    """Split the body into sentences, never across a line break."""
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line in body.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            paragraph += 1
            continue
        start = 0
        # the first line's dateline is part of its first sentence: "MOSCOW, March 14. /TASS/.
        # Russian Foreign Minister ...", "Yerevan, March 14, ARMENPRESS. ..."
        dateline = _DATELINE.match(line) if not out else None
        for m in _END.finditer(line):
            dot = m.start()
            if dateline is not None and m.end() <= dateline.end():
                continue
            if line[dot] == "." and m.group(0) == "." and _is_abbreviation(line, dot):
                rest = line[m.end() :].lstrip()
                # an abbreviation ends the sentence only if a new sentence clearly starts
                if not rest or not _starts_sentence(line, dot, rest):
                    continue
            end = m.end()
            _add(out, body, line_start + start, line_start + end, paragraph)
            start = end
        _add(out, body, line_start + start, line_start + len(line), paragraph)
        paragraph += 1
    return out


_DATELINE = re.compile(
    r"[A-Z][A-Za-z'’ -]{1,30}(?:,\s+[A-Z][A-Za-z'’ -]{1,30})?,\s+"
    + DATELINE_DAY
    + r"(?:\.\s*/[A-Z][A-Za-z-]{1,15}/\.|,\s+[A-Z][A-Za-z-]{1,15}\.|\.)(?=\s+[A-Z])"
)

_SENTENCE_STARTERS = frozenset(
    "the a an this that these those he she it they we i in on at during after before but and "
    "also however moreover further additionally both according".split()
)


def _starts_sentence(line: str, dot: int, rest: str) -> bool:
    word = line[:dot].rsplit(" ", 1)[-1].lower().rstrip(".")
    first = rest.split(" ", 1)[0].strip("\"'“(").lower()
    # "U.S. President" continues; "in the U.S. The talks" ends
    capital = rest.lstrip("\"'“(")[:1].isupper()
    return (
        capital
        and word.replace(".", "") in {"us", "uk", "un", "eu", "dc"}
        and first in _SENTENCE_STARTERS
    )


#: Longest sentence read as one (news sentences stay under ~1,000 characters). A longer run of
#: text without a sentence end (a list of thousands of names, a hostile input) is read in pieces
#: cut after a comma or space, so that no rule's cost grows with the square of its length.
MAX_SENTENCE = 2000


def _add(out: list[Sentence], body: str, begin: int, end: int, paragraph: int) -> None:
    while begin < end and body[begin].isspace():
        begin += 1
    while end > begin and body[end - 1].isspace():
        end -= 1
    while end - begin > MAX_SENTENCE:
        limit = begin + MAX_SENTENCE
        cut = max(body.rfind(", ", begin, limit), body.rfind("; ", begin, limit))
        if cut <= begin:
            cut = body.rfind(" ", begin, limit)
        cut = cut + 1 if cut > begin else limit
        _add(out, body, begin, cut, paragraph)
        begin = cut
        while begin < end and body[begin].isspace():
            begin += 1
    if end > begin:
        out.append(Sentence(len(out), begin, end, body[begin:end], paragraph))
