"""A border crossing closed with the neighbour told before, not in the clause (session 42,
sanctions).

"Polish authorities closed the Kuznica crossing on Tuesday", "the Finnish Government has
closed all crossing points on that border", "Their shared border has been closed since 1993,
when Ankara shut it": a border shut against a state is a sanction (SANCTION 163, as the trigger
table reads "closed its border with Belarus"), and when the clause names no state the border is
the one the article told the closing state shares ("Finland shares a 1,340-kilometre border
with Russia", "near the Kuznica crossing on the two countries' border"): the other party of
the SharedBorder facts read so far, when there is exactly one. Not a closure for health or
repairs ("to curb the spread of COVID-19"), negated, hypothetical or only planned ("could
close", "threatened to close"), nor "closed the border issue" (a question settled).
"""

from __future__ import annotations

import re

from dipld.extract.events import event_date
from dipld.extract.facts import Doc, entities_of, event_args
from dipld.extract.spans import Analysis, hedged
from dipld.model import Entity, EntityKind, FactClass

# the closing state (or its authorities, government, border guards) and the verb, then what it
# shut: "§D0§ authorities closed the Kuznica crossing", "the §D0§ Government has closed all
# crossing points on that border", "§S0§ shut it" (a border or crossing the sentence named
# before; checked in the rule)
_CLOSED_CROSSING = re.compile(
    r"(?:^|(?<=\s))(?P<g>§[SD]\d+§)(?:['’]s)?(?:\s+(?:authorities|government|Government|"
    r"border\s+(?:guards|police|service)|officials))?\s+"
    r"(?:(?:has|have|had|also|again|then|temporarily|abruptly|on\s+[A-Z][a-z]+|"
    r"last\s+[A-Z][a-z]+)\s+){0,3}"
    r"(?:closed|shut|sealed)\s+(?:(?:off|down)\s+)?"
    r"(?:(?P<it>it)\b|(?:all\s+)?(?:the\s+|its\s+|their\s+|that\s+)?"
    r"(?:(?!(?:on|of|at|in|for|with|to|and|or|by|from|after|issue|question|dispute)\s)"
    r"[\w§'’-]+\s+){0,2}?"
    r"(?:border\s+crossings?|crossing\s+points|crossings?|border|frontier|checkpoints?)\b"
    # ("the border issue", "the frontier dispute": a question, not a border)
    r"(?!\s+(?:issue|question|dispute|deal|talks|case)\b))"
)
# a border or crossing the sentence names before "shut it"
_BORDER_BEFORE = re.compile(r"\b(?:border|crossing|frontier|checkpoint)s?\b", re.IGNORECASE)
# the neighbour named right after what was shut: the trigger table's own closure ("closed its
# border with §S1§", "to §D1§ aircraft"; not "shut it in solidarity with §S1§", a third state)
_NAMED_AFTER = re.compile(
    r"^(?:\s+(?:on|along|at)\s+(?:its|the|their)\s+(?:[\w-]+\s+)?border)?\s+(?:with|to|from|"
    r"against|for)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?§[SD]\d+§"
)
# closures for reasons of health, repair or weather: no sanction
_NO_SANCTION_WORDS = frozenset(
    "covid covid-19 coronavirus pandemic epidemic virus outbreak spread cholera ebola "
    "quarantine repairs repair maintenance weather flooding floods snow storm holiday "
    "holidays".split()
)
_WORDS = frozenset({"closed", "shut", "sealed"})
_BORDER_WORDS = frozenset(
    "border borders crossing crossings frontier checkpoint checkpoints points it".split()
)


def _neighbours(doc: Doc, state: Entity) -> list[Entity]:
    """The other parties of the SharedBorder facts read so far that have ``state`` as one."""
    out: dict[str, Entity] = {}
    for fact in doc.facts:
        if fact.cls is not FactClass.SHARED_BORDER:
            continue
        parties = [e for e in fact.get("party") if isinstance(e, Entity)]
        if any(e.key == state.key for e in parties):
            for e in parties:
                if e.key != state.key and e.kind is EntityKind.STATE:
                    out.setdefault(e.key, e)
    return list(out.values())


def _sanctioned_here(doc: Doc, analysis: Analysis, actors: list[Entity]) -> bool:
    """Whether a SANCTION of one of ``actors`` was already read in this sentence."""
    keys = {e.key for e in actors}
    begin = analysis.sentence.begin
    for fact in reversed(doc.facts):
        first = fact.evidence[0]
        if first.begin < begin and not first.in_title:
            return False
        if (
            first.begin == begin
            and fact.cls is FactClass.EVENT
            and str(fact.get("eventType")[0]) == "SANCTION"
            and keys & {e.key for e in fact.get("actor") if isinstance(e, Entity)}
        ):
            return True
    return False


def closed_crossings(analysis: Analysis, doc: Doc) -> None:
    """SANCTION 163 by a state that shut a border or crossing of the one neighbour the article
    told it shares a border with, when the clause names no state it was shut against."""
    words = analysis.words
    if _WORDS.isdisjoint(words) or _BORDER_WORDS.isdisjoint(words):
        return
    if analysis.hypothetical or not _NO_SANCTION_WORDS.isdisjoint(words):
        return
    masked = analysis.masked
    for m in _CLOSED_CROSSING.finditer(masked):
        if m.group("it") and not _BORDER_BEFORE.search(masked, 0, m.start()):
            continue
        if hedged(masked[max(0, m.start() - 40) : m.end()]):
            continue
        if _NAMED_AFTER.match(masked[m.end() :]):
            continue  # (the trigger table's: the state shut against is named)
        actors = [e for e in entities_of(analysis, m.group("g")) if e.kind is EntityKind.STATE]
        if len(actors) != 1:
            continue
        neighbours = _neighbours(doc, actors[0])
        if len(neighbours) != 1 or _sanctioned_here(doc, analysis, actors):
            continue
        when = event_date(analysis, doc, actors, "SANCTION")
        args = event_args("SANCTION", "163", actors, neighbours, when)
        doc.add(FactClass.EVENT, args, analysis, 0.6)
