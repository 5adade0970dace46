"""Name text of the reference KB: normalising names for lookup, and splitting the sources' lists.

The CIA Factbook (S4) writes several names in one cell with editorial notes ("US or USA",
"Motswana (singular), Batswana (plural)", "Kyiv (Kiev is the transliteration from Russian)");
these helpers turn such a cell into the separate names it gives, and drop the notes.

>>> normalise("  The  Republic of Belarus’s ")
"republic of belarus's"
>>> split_demonyms("Barbadian or Bajan (colloquial)")
('Barbadian', 'Bajan')
>>> split_demonyms("Motswana (singular), Batswana (plural)")
('Motswana', 'Batswana')
>>> split_demonyms("Taiwan (or Taiwanese)")
('Taiwan', 'Taiwanese')
>>> split_demonyms("NA")
()
>>> noun_forms("Belarusian(s)")
('Belarusian', 'Belarusians')
>>> noun_forms("Irishman(men)")
('Irishman', 'Irishmen')
>>> split_factbook("abbreviation", "Saint-Barth (French)/ St. Barts or St. Barths (English)")
('Saint-Barth', 'St. Barts', 'St. Barths')
>>> split_factbook("official_name", "Islamic Republic of Afghanistan (prior to 15 August 2021);"
...                " current country name disputed")
('Islamic Republic of Afghanistan',)
>>> split_factbook("name", "Congo (Brazzaville)")
('Congo (Brazzaville)',)
>>> belarus = ("Belarus", "Republic of Belarus", "Belarusian")
>>> office_key("Defence Minister of Belarus", belarus), office_key("Minister of Defense", belarus)
('minister of defense', 'minister of defense')
>>> office_key("Chairperson of the State Security Committee of the Republic of Belarus", belarus)
'chair of the state security committee'
>>> us = ("United States", "United States of America", "American")
>>> office_key("Chief of Staff of the United States Army", us)
'chief of staff of the army'
>>> office_key("Prime Minister", us), office_key("Deputy Secretary of Defence", us)
('prime minister', 'deputy secretary of defense')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "′": "'"})
_PLURAL_MARK = re.compile(r"^(?P<stem>.*?\S)\s*\((?P<suffix>s|es|men|women)\)$")
_NOT_A_NAME = {"", "none", "na", "n/a"}
# Spellings of the same word in office titles: British and American, gendered and neutral.
_TITLE_WORDS = {
    "defence": "defense", "labour": "labor", "chairman": "chair", "chairperson": "chair",
    "chairwoman": "chair", "&": "and",
}  # fmt: skip
_PORTFOLIO_FIRST = re.compile(r"\b(?!(?:prime|deputy|first|vice)\b)(\w+) minister$")


def normalise(text: str) -> str:
    """A lookup key: NFKC, one apostrophe, case-folded, single spaces, no leading "the "."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    key = " ".join(unicodedata.normalize("NFKC", folded).split())
    return key[4:] if key.startswith("the ") else key


def _drop_notes(text: str, *, keep_plural: bool = False, max_words: int = 0) -> str:
    """Remove parenthetical notes; keep "(s)"-style plural marks when asked, and notes of at
    most ``max_words`` words (e.g. "Congo (Brazzaville)")."""

    def note(match: re.Match[str]) -> str:
        inner = match.group(1).strip()
        if keep_plural and inner in {"s", "es", "men", "women"}:
            return match.group(0)
        if max_words and len(inner.split()) <= max_words:
            return match.group(0)
        return ""

    return " ".join(re.sub(r"\(([^()]*)\)", note, text).split())


def _parts(text: str, separators: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in re.split(separators, text):
        value = " ".join(part.split()).strip(" ,;")
        if value.casefold() not in _NOT_A_NAME and value not in out:
            out.append(value)
    return tuple(out)


def split_demonyms(text: str) -> tuple[str, ...]:
    """The demonyms in a Factbook demonym cell, plural marks such as "(s)" kept."""
    text = text.split("; note", maxsplit=1)[0]
    text = re.sub(r"\(or ([^()]*)\)", r" or \1", text)
    text = _drop_notes(text, keep_plural=True)
    return _parts(text, r",|;|/|\bor\b")


def noun_forms(demonym: str) -> tuple[str, ...]:
    """A demonym noun with its plural mark expanded: "Belarusian(s)" -> singular and plural."""
    match = _PLURAL_MARK.match(demonym.strip())
    if not match:
        return (demonym.strip(),)
    stem, suffix = match.group("stem"), match.group("suffix")
    if suffix in {"s", "es"}:
        return (stem, stem + suffix)
    for singular in ("woman", "man"):
        if stem.endswith(singular):
            return (stem, stem[: -len(singular)] + suffix)
    return (stem,)


def split_factbook(label_type: str, text: str) -> tuple[str, ...]:
    """The names in a Factbook (S4) label cell of the given type, notes dropped."""
    text = text.split("; note", maxsplit=1)[0]
    if label_type == "official_name":
        return _parts(_drop_notes(text.split(";", maxsplit=1)[0], max_words=3), r"$^")
    if label_type == "name":
        return _parts(_drop_notes(text, max_words=3), r"$^")
    if label_type == "abbreviation":
        text = re.sub(r"\(or ([^()]*)\)", r" or \1", text)
        return _parts(_drop_notes(text), r",|/|\bor\b")
    if label_type == "local_name":
        return _parts(_drop_notes(text), r"/")
    # former_name: comma or semicolon lists
    return _parts(_drop_notes(text), r",|;")


def office_key(title: str, state_names: Iterable[str]) -> str:
    """A key under which an office title and the title of its post in the same state agree.

    The title is normalised (:func:`normalise`, invisible format characters dropped), the
    state's names and demonyms (``state_names``) are removed where they name the state ("...
    of the Republic of Belarus", "(China)", "Russian ...", "United States Army"), British and
    gendered spellings become one ("Defence", "Chairman"), and "Defence Minister" is written
    "Minister of Defense" ("Foreign Minister": "Minister of Foreign Affairs").
    """
    text = "".join(ch for ch in title if unicodedata.category(ch) != "Cf")
    key = normalise(text)
    names = {normalise(name) for name in state_names if name.strip()}
    for name in sorted(names, key=lambda n: (-len(n), n)):
        state = re.escape(name)
        key = re.sub(rf" \((?:the )?{state}\)$", "", key)
        key = re.sub(rf" of (?:the )?{state}$", "", key)
        key = re.sub(rf"(?:^|(?<= )){state} (?=\w)", "", key)
    key = " ".join(_TITLE_WORDS.get(word, word) for word in key.split())
    key = re.sub(r"\bforeign minister$", "minister of foreign affairs", key)
    return _PORTFOLIO_FIRST.sub(r"minister of \1", key)
