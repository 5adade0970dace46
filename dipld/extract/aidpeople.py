"""The people aid is given to, as written, where their land is no state the gold links
(session 43).

Aid told as going "to the people of Gaza", "to the Palestinian people", "to Palestinians in
Gaza" or "to the population of the Gaza Strip" goes to those people, an unlinked recipient
written as the text names them, not to the State of Palestine: the development and spent gold
write seven of its eight such sentences so (aid to "the people of Sudan" or "the people of
Ukraine" stays with the state, as the gold has it).
"""

from __future__ import annotations

import re

from dipld.extract.spans import Analysis
from dipld.model import Entity, EntityKind

_AID_SLOT = re.compile(r"§[A-Z]\d+§")

_GAZA = r"Gaza(?:\s+Strip)?"
# the first "to"/"for" of the clause naming the people: "to the people of Gaza", "for the
# Palestinian people", "to Palestinians in Gaza", "to civilians in the Gaza Strip"
_GAZA_PEOPLE = re.compile(
    r"^(?:(?!\b(?:to|for)\s)[^;])*?\b(?:to|for)\s+(?P<p>(?:the\s+)?(?:"
    r"(?:(?:civilian|besieged|affected|displaced)\s+)?(?:people|population|civilians|residents|"
    rf"inhabitants)\s+(?:of|in)\s+(?:the\s+)?{_GAZA}|"
    r"Palestinian\s+(?:people|civilians|population)(?:\s+in\s+(?:the\s+)?" + _GAZA + r")?|"
    rf"Palestinians\s+in\s+(?:the\s+)?{_GAZA}))\b"
    # (not one of a list: "to civilians in Gaza and Sudan")
    r"(?!\s*(?:,|and\s|&))"
)


def gaza_people(analysis: Analysis, clause: str) -> list[Entity]:
    """The people of Gaza or the Palestinian people the first "to" or "for" of ``clause`` (masked
    text after an aid verb) names, as one unlinked recipient; none when it names another."""
    plain = _AID_SLOT.sub(lambda s: analysis.mention(s.group(0)).text, clause)
    m = _GAZA_PEOPLE.match(plain)
    if m is None:
        return []
    label = re.sub(r"^the\s+", "", " ".join(m.group("p").split()))
    return [Entity.unlinked(label, EntityKind.OTHER)]
