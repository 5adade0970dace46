"""Longer names of organisations and state bodies the KB lacks (session 43).

The unknown-organisation reader of :mod:`dipld.extract.mentions` ends a name "of" or "for"
something at its first comma or lower-case word. Two shapes of name go on past that point:

- a body named by a list of its portfolios: "the Ministry of Economy, Trade and Industry", "the
  Department of Foreign Affairs, Trade and Development", "the Ministry of Land, Infrastructure,
  Transport and Tourism" (a list closed by "and", of capitalised words no other mention covers:
  not "the Ministry of Defence, France and Germany", a list of parties);
- a name going on with "through": "the European Commission for Democracy through Law".

A multinational force is named by the words of its mission before "Force" ("the UK-led Joint
Expeditionary Force", "the Multinational Joint Task Force"): an organisation of its own, after
"the" (and a leader's "X-led"), when no known name is part of it ("the NATO Response Force" stays
NATO's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dipld.extract.people import CALENDAR_WORDS

# a list of portfolios closed by "and", after a body's first one (", Trade and Industry",
# ", Infrastructure, Transport and Tourism", ", Trade and Development")
_PORTFOLIO_LIST = re.compile(
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)+,?\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b"
    r"(?![\s-]+[A-Z])"
)
# "... for Democracy through Law"
_THROUGH_TAIL = re.compile(r"\s+through\s+[A-Z][a-z]+\b(?![\s-]+[A-Z])")
# a name ending "of" or "for" something: the part a list may go on from
_OF_FOR_TAIL = re.compile(r"\s(?:of|for)\s+(?:the\s+)?[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+)*$")
# words no portfolio is ("Monday", "January") and heads of other bodies' names ("... Finance,
# Central Bank and Treasury": several bodies)
_NOT_A_PORTFOLIO = frozenset(w.capitalize() for w in CALENDAR_WORDS) | frozenset(
    "Bank Council Commission Ministry Department Agency Office Committee Union Authority "
    "Service Court Assembly Parliament Government President Minister Secretary".split()
)


def name_goes_on(name: str, text: str, at: int) -> int:
    """Where the name ``name`` of a body, which ends at ``at`` in ``text``, truly ends: after a
    list of its portfolios or a "through" tail, or at ``at``."""
    if not _OF_FOR_TAIL.search(name):
        return at
    found = _PORTFOLIO_LIST.match(text, at) or _THROUGH_TAIL.match(text, at)
    if found is None:
        return at
    words = re.findall(r"[A-Z][a-z]+", found.group(0))
    if any(word in _NOT_A_PORTFOLIO for word in words):
        return at
    return found.end()


_FORCE_MISSION = (
    r"(?:Joint|Expeditionary|Multinational|Multi-National|Standby|Stabili[sz]ation|Peacekeeping|"
    r"Intervention|Rapid\s+Reaction|Response)"
)
_MULTINATIONAL_FORCE = re.compile(
    r"(?<![\w-])[Tt]he\s+(?:[\w.]+-(?:led|backed)\s+)?(?P<name>(?:[A-Z][\w-]*\s+){0,3}?"
    rf"{_FORCE_MISSION}\s+(?:[A-Z][\w-]*\s+){{0,2}}?Force)\b(?!\s*-?[A-Z])"
)


def multinational_forces(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each multinational force the text names after "the"."""
    if "Force" not in text:
        return
    for m in _MULTINATIONAL_FORCE.finditer(text):
        yield m.start("name"), m.end("name"), m.group("name")
