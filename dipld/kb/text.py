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
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "′": "'"})
_PLURAL_MARK = re.compile(r"^(?P<stem>.*?\S)\s*\((?P<suffix>s|es|men|women)\)$")
_NOT_A_NAME = {"", "none", "na", "n/a"}


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
