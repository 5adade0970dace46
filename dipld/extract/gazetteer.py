"""The name index the extractor matches text against, built once from the reference KB.

Names are matched on token sequences (longest match first). Case rules keep precision:
an all-capital KB name (``UN``, ``CIS``) matches only all-capital text; any other name needs a
capitalised first word, so "turkey" or "chad" in lower case never become countries.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from dipld.extract import text as text_module
from dipld.extract.text import NEXT_TOKEN, TOKEN_SEARCH, Token, tokens
from dipld.kb.index import KbIndex, cached_table
from dipld.model import EntityKind

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
# letters that Unicode does not decompose into a base letter and an accent, as English-language
# wires write them ("Jonas Gahr Store", "Lars Lokke Rasmussen", "Radoslaw Sikorski")
_UNDECOMPOSED = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
        "ħ": "h",
        "Ħ": "H",
    }
)

# Words that start many names but never a name on their own.
_SKIP_FIRST = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "at", "to"})
# Stop names: single words that are KB aliases but far more often ordinary English.
_STOP_NAMES = frozenset(
    """
    union republic kingdom state states government people council commission assembly
    bank court office agency organization organisation community forum group party
    president minister island islands north south east west central new great
    america national federal general international
    """.split()
)
# Particles that may sit inside person names.
NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "la", "le"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-folded, accent-free, one apostrophe: the key used for every name comparison."""
    if text.isascii():
        return text.replace("`", "'").lower()
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).translate(_UNDECOMPOSED))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold()


@lru_cache(maxsize=1 << 16)
def token_key(token: str) -> str:
    """Normalised form of one token: dotted abbreviations lose their dots (U.S. -> us)."""
    if "." in token and len(token) > 2 and token.replace(".", "").isalpha():
        token = token.replace(".", "")
    return fold(token)


class NameEntry(NamedTuple):
    """One KB name as a token sequence, the QIDs it names, and whether it is an abbreviation (a
    named tuple: the gazetteer holds ~11,000 of them, and a tuple unpickles several times faster
    than a frozen dataclass, which every ``dipld`` command that extracts pays at start-up)."""

    keys: tuple[str, ...]
    qids: tuple[str, ...]
    upper: bool


class Match(NamedTuple):
    """A name found in text: its offsets and its KB candidates (a named tuple: several times
    cheaper to make than a frozen dataclass)."""

    begin: int
    end: int
    qids: tuple[str, ...]


_END = "\0"  # trie key of the entries that end at a node (no token normalises to it)


class Gazetteer:
    """Longest-match lookup of KB names over a token list (a trie over normalised tokens)."""

    def __init__(self, entries: Iterable[NameEntry]) -> None:
        root: dict[str, Any] = {}
        for entry in entries:
            node = root
            for key in entry.keys:
                node = node.setdefault(key, {})
            node.setdefault(_END, []).append(entry)
        self._root = root

    def find(self, text: str, offset: int = 0) -> list[Match]:
        """The KB names in ``text``, left to right, the longest at each place (offsets shifted by
        ``offset``). A name starts with a capitalised word or a number: the text between such
        tokens is skipped in one regex step, and tokens are made only where a name starts."""
        out: list[Match] = []
        pos = 0
        root = self._root
        match = NEXT_TOKEN.match
        new = tuple.__new__  # Token(...) without the keyword handling of a named tuple's __new__
        # text.next_token, inline (a Python call per token costs as much as the regex step)
        while (step := match(text, pos)) is not None:
            first = step.group("token")
            after = step.end()
            if not (first[0].isupper() or first[0].isdigit()):
                pos = after
                continue
            if len(first) > 2 and first[-2] in "'’" and first[-1] in "sS" and first[0].isalpha():
                first = first[:-2]  # the possessive split off: text._possessive
            node = root.get(token_key(first))
            if node is None:
                pos = after
                continue
            pos = step.start("token")
            first_token = new(Token, (pos, pos + len(first), first))
            if len(node) == 1 and (entries := node.get(_END)):
                # no longer name starts with this word ("Ukraine"): _longest's first step, inline
                for entry in entries:
                    if not entry.upper or _case_ok([first_token], entry):
                        out.append(
                            new(Match, (offset + pos, offset + pos + len(first), entry.qids))
                        )
                        break
                pos = after
                continue
            found, pos = self._longest(text, first_token, after, offset, node)
            if found is not None:
                out.append(found)
        return out

    def _longest(
        self, text: str, first: Token, after: int, offset: int, node: dict[str, Any]
    ) -> tuple[Match | None, int]:
        """The longest name that starts with the token ``first`` (whose trie node is ``node``;
        the text goes on at ``after``, past a possessive split off it), if any, with offsets
        shifted by ``offset``, and where the text goes on after it (after that token when there
        is none). The tokens after the first are made only while the trie has a longer name to
        read, as :func:`tokens_at` makes them (one regex search a token, inline: a generator
        costs more than the one token most names read past their end)."""
        toks = [first]
        found: tuple[Match | None, int] = (None, after)
        new = tuple.__new__
        # the possessive split off the first token, when the text goes on past its end
        pending = (
            new(Token, (first.end, after, text[first.end : after])) if first.end < after else None
        )
        pos = after
        while True:
            entries = node.get(_END)
            if entries:
                for entry in entries:
                    # the first token is capitalised: only abbreviations need a case check
                    if not entry.upper or _case_ok(toks, entry):
                        match = new(
                            Match, (offset + first.begin, offset + toks[-1].end, entry.qids)
                        )
                        found = (match, after)
                        break
                if len(node) == 1:
                    return found  # no longer name starts with this one
            if pending is not None:
                token, pending = pending, None
            else:
                step = TOKEN_SEARCH(text, pos)
                if step is None:
                    return found
                word = step.group()
                start, pos = step.span()
                after = pos
                if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS" and word[0].isalpha():
                    # text._possessive: "Russia" of "Russia's", then "'s"
                    token = new(Token, (start, pos - 2, word[:-2]))
                    pending = new(Token, (pos - 2, pos, word[-2:]))
                else:
                    token = new(Token, (start, pos, word))
            toks.append(token)
            deeper = node.get(token_key(token.text))
            if deeper is None:
                return found
            node = deeper


def _case_ok(toks: list[Token], entry: NameEntry) -> bool:
    if entry.upper:
        return all(
            t.text.replace(".", "").isupper()
            or not t.text.isalpha()
            or t.text.lower() in _SKIP_FIRST
            for t in toks
        )
    first = toks[0].text
    return first[:1].isupper() or first[:1].isdigit()


# the Arabic article before a family name, spaced or hyphened ("Al Thani", "Al-Thani")
_ARABIC_ARTICLE_SPACED = re.compile(r"\b(Al|El) (?=[A-Z])")
_ARABIC_ARTICLE_HYPHENED = re.compile(r"\b(Al|El)-(?=[A-Z])")


def _variants(name: str) -> set[str]:
    """Spelling variants: with and without "the" after "of", -isation/-ization, "&"/"and"."""
    out = {name}
    low = name
    if " of the " in low:
        out.add(low.replace(" of the ", " of "))
    elif " of " in low:
        out.add(low.replace(" of ", " of the ", 1))
    if re.search(r"[a-z]-[a-z]", name):
        # "Kim Jong-un" is also written "Kim Jong Un"
        out.add(re.sub(r"(?<=[a-z])-([a-z])", lambda m: " " + m.group(1).upper(), name))
    if _ARABIC_ARTICLE_SPACED.search(name) or _ARABIC_ARTICLE_HYPHENED.search(name):
        # "Tamim bin Hamad Al Thani" is also written "Al-Thani", "Al-Sabah" "Al Sabah"
        out.add(_ARABIC_ARTICLE_SPACED.sub(r"\1-", name))
        out.add(_ARABIC_ARTICLE_HYPHENED.sub(r"\1 ", name))
    if re.match(r"(?:St\.?|Saint)\s", name):
        # "Saint Petersburg", "St. Petersburg", "St Petersburg"
        rest = name.split(None, 1)[1]
        out.update(f"{form} {rest}" for form in ("St.", "St", "Saint"))
    for a, b in (
        ("Organization", "Organisation"),
        ("organization", "organisation"),
        (" and ", " & "),
        ("Defense", "Defence"),
    ):
        for v in list(out):
            if a in v:
                out.add(v.replace(a, b))
            if b in v:
                out.add(v.replace(b, a))
    return out


def _entry_keys(name: str) -> tuple[tuple[str, ...], bool] | None:
    toks = [t.text for t in tokens(name)]
    while toks and toks[0].lower() == "the":
        toks = toks[1:]
    if not toks:
        return None
    keys = tuple(token_key(t) for t in toks)
    if len(keys) == 1 and (keys[0] in _STOP_NAMES or len(keys[0]) < 2):
        return None
    letters = "".join(c for c in name if c.isalpha())
    upper = letters.isupper() and len(letters) <= 8
    return keys, upper


@cache
def gazetteer_for(kb: KbIndex) -> Gazetteer:
    """The gazetteer of a KB index (built once per index, and cached on disk with it: building
    takes longer than reading it back)."""
    return cached_table(kb, "gazetteer", _CODE, Gazetteer, lambda: _build(kb))


#: The code a gazetteer is built by: a change to it rebuilds the cached gazetteers.
_CODE = (Path(__file__), Path(text_module.__file__))


def _build(kb: KbIndex) -> Gazetteer:
    merged: dict[tuple[tuple[str, ...], bool], set[str]] = defaultdict(set)
    for surface, qids in kb.surface_names().items():
        for variant in _variants(surface):
            keyed = _entry_keys(variant)
            if keyed is None:
                continue
            keys, upper = keyed
            wanted = {q for q in qids if _name_fits(kb, q, keys)}
            if wanted:
                merged[(keys, upper)].update(wanted)
            people = {q for q in wanted if kb.kind_of(q) is EntityKind.PERSON}
            for other in _y_spellings(keys) if people else ():
                merged[(other, upper)].update(people)
    entries = sorted(
        (NameEntry(keys, tuple(sorted(q)), upper) for (keys, upper), q in merged.items()),
        key=lambda e: (e.keys, not e.upper),
    )
    return Gazetteer(entries)


_VOWEL_Y = re.compile(r"(?<=[aeiou])y(?![aeiouy])")
_VOWEL_I = re.compile(r"(?<=[aeiou])i(?![aeiouy])")


def _y_spellings(keys: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A person's name with each word of five letters or more that has a "y" or "i" after a
    vowel and before a consonant or at its end written with the other letter (Russian "й" is
    romanised both ways: "Sergey Shoygu" is also written "Sergei Shoigu", "Nikolai" "Nikolay")."""
    forms: list[tuple[str, ...]] = [()]
    for key in keys:
        own = {key}
        if len(key) > 4:
            own |= {_VOWEL_Y.sub("i", key), _VOWEL_I.sub("y", key)}
        forms = [(*form, word) for form in forms for word in sorted(own)]
    return [form for form in forms if form != keys]


def _name_fits(kb: KbIndex, qid: str, keys: tuple[str, ...]) -> bool:
    kind = kb.kind_of(qid)
    if kind is EntityKind.PERSON:
        return len(keys) >= 2  # persons only by full names
    return kind is not EntityKind.POST
