"""Romanisation keys of people's names, and the KB's people indexed by them.

Newsrooms and Wikidata romanise the same name differently ("Garibashvili" and
"Gharibashvili", "Zourabichvili" and "Zurabishvili", "Tokaev" and "Tokayev", "Shoigu" and
"Shoygu"); :func:`spelling_key` gives all of them one key. :func:`spelling_index` holds the
KB's people by the keys of their given name and surname, and by those of their first two names
(a name written short: "Abiy Ahmed" for the KB's "Abiy Ahmed Ali").

>>> [spelling_key(w) for w in ("Gharibashvili", "Garibashvili")]
['garibashvili', 'garibashvili']
>>> [spelling_key(w) for w in ("Zourabichvili", "Zurabishvili")]
['zurabishvili', 'zurabishvili']
>>> sorted({spelling_key(w) for w in ("Mirziyoyev", "Mirziyoev", "Tokayev", "Tokaev")})
['mirziov', 'tokaov']
>>> sorted({spelling_key(w) for w in ("Zelensky", "Zelenskyy", "Zelenskiy", "Erdoğan", "Erdogan")})
['erdogan', 'zelenski']
>>> spelling_key("Dzhaparov") == spelling_key("Japarov") == spelling_key("Zhaparov")
True
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from dipld.extract import gazetteer as gazetteer_module
from dipld.extract.gazetteer import fold
from dipld.kb.index import KbIndex, cached_table
from dipld.model import EntityKind

#: styles a KB label may start with, no part of the name as written ("Sheikh", "Prince")
HONORIFIC_WORDS = frozenset(
    "sheikh shaikh sheik sir dr mr mrs ms prince king emir sayyid sayed ayatollah captain".split()
)

# letters one Cyrillic, Georgian or Turkic letter is romanised as, made one
_LETTERS_AS = {
    "dzh": "j",
    "dj": "j",
    "zh": "j",
    "kh": "h",
    "gh": "g",
    "ch": "sh",
    "ou": "u",
    "w": "v",
    "ph": "f",
    "ck": "k",
    "x": "ks",
}
_LETTERS = re.compile("|".join(sorted(_LETTERS_AS, key=len, reverse=True)))
_Y_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])y(?=[aeiou])")  # "Tokayev", "Mirziyoyev"
_PATRONYMIC_END = re.compile(r"[oe](?:v|ff)(?=a?$)")  # "-ov", "-off", "-ev" (and "-ova", "-eva")
_BELARUSIAN_END = re.compile(r"(?<=enk)a$")  # "Lukashenka" is "Lukashenko"
_DOUBLED = re.compile(r"(.)\1+")
_NOT_LETTERS = re.compile(r"[^a-z]")


@functools.lru_cache(maxsize=1 << 14)
def spelling_key(word: str) -> str:
    """One key for the romanisations of a name word: lower case without diacritics, hyphens
    or apostrophes; "dzh", "dj" and "zh" as "j", "kh" as "h", "gh" as "g", "ch" as "sh", "ou"
    as "u", "w" as "v"; a "y" between vowels left out and any other "y" as "i"; "-ov", "-off",
    "-ev" as "-ov", a Belarusian "-enka" as "-enko"; doubled letters single."""
    word = _NOT_LETTERS.sub("", fold(word))
    word = _LETTERS.sub(lambda m: _LETTERS_AS[m.group(0)], word)
    word = _Y_BETWEEN_VOWELS.sub("", word).replace("y", "i")
    word = _BELARUSIAN_END.sub("o", _PATRONYMIC_END.sub("ov", word))
    return _DOUBLED.sub(r"\1", word)


def name_keys(name: str) -> tuple[str, ...]:
    """The spelling keys of a name's words, styles left out."""
    return tuple(
        spelling_key(w) for w in name.split() if fold(w) not in HONORIFIC_WORDS and spelling_key(w)
    )


#: (given name key, surname key) -> QIDs; (first key, second key) -> (QID, the name's keys) of
#: the names of three words and more
Spellings = tuple[
    dict[tuple[str, str], tuple[str, ...]],
    dict[tuple[str, str], tuple[tuple[str, tuple[str, ...]], ...]],
]

_CACHE: dict[str, Spellings] = {}
_CODE = (Path(__file__), Path(gazetteer_module.__file__))


def spelling_index(kb: KbIndex) -> Spellings:
    """The KB's people by the spelling keys of their names (built once per index, cached on
    disk beside it)."""
    found = _CACHE.get(kb.version)
    if found is None:
        found = cached_table(kb, "spellings", _CODE, tuple, lambda: _build(kb))
        _CACHE[kb.version] = found
    return found


def _build(kb: KbIndex) -> Spellings:
    ends: dict[tuple[str, str], set[str]] = {}
    starts: dict[tuple[str, str], set[tuple[str, tuple[str, ...]]]] = {}
    for name, qids in kb.names().items():
        keys = name_keys(name)
        if len(keys) < 2:
            continue
        for qid in qids:
            if kb.kind_of(qid) is not EntityKind.PERSON:
                continue
            ends.setdefault((keys[0], keys[-1]), set()).add(qid)
            if len(keys) > 2:
                starts.setdefault((keys[0], keys[1]), set()).add((qid, keys))
    return (
        {k: tuple(sorted(v)) for k, v in ends.items()},
        {k: tuple(sorted(v)) for k, v in starts.items()},
    )
