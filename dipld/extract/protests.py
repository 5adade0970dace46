"""Demonstrations at a state's embassy (session 40, verbal conflict).

"Several dozen people rallied outside the Chinese Embassy in Vilnius on Sunday", "members of a
civic group held a rally in front of the Japanese Embassy", "Hundreds of protesters gathered
outside Turkish visa offices in Baghdad, burning Turkish flags": a PROTEST 141 (demonstrate or
rally) by the crowd, as written (unlinked), at the state whose mission it is.

The crowd is written as the spent golds write it: a count before "of" is dropped ("Hundreds of
protesters" are "protesters"), so is "members of" ("members of a civic group" are "a civic
group"), and a group named after its kind is its name ("the fishers' group Pamalakaya" is
"Pamalakaya"); a count without "of" stays ("Several dozen people").

Not a protest: a gathering with no sign of protest ("gathered outside the embassy" alone, to
lay flowers, at a vigil, to mourn or celebrate), a rally in support of the mission's own state
("rallied outside the Ukrainian Embassy in support of Ukraine"), a hedged or negated one, nor a
crowd told only by a people's name ("Ukrainians rallied ...": a state's mention, left alone).
"""

from __future__ import annotations

import re

from dipld.extract.facts import Doc, event_args
from dipld.extract.spans import Analysis, hedged
from dipld.model import Entity, EntityKind, FactClass

_DAY = r"(?:on\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night))?|again|also|later)"
# "[In Seoul, ]members of a civic group held a rally in front of the Japanese Embassy"
_EMBASSY_PROTEST = re.compile(
    r"(?:^|,\s+)(?P<crowd>[A-Za-z][^,;§\"“”]{2,80}?)\s+(?:" + _DAY + r"\s+)?"
    r"(?P<verb>rallied|demonstrated|protested|gathered|assembled|"
    r"(?:held|staged)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:rally|protest|demonstration|sit-in|picket))"
    r"(?:\s+" + _DAY + r")?"
    r"\s+(?:outside|in\s+front\s+of|near|at)\s+(?:the\s+)?(?P<d>§[DS]\d+§)\s+"
    r"(?:[Ee]mbassy|[Cc]onsulate(?:\s+[Gg]eneral)?|visa\s+(?:offices?|centres?|centers?)|"
    r"(?:diplomatic\s+)?mission)\b"
)
_CROWD_HEAD = re.compile(
    r"\b(?i:protesters|demonstrators|people|activists|supporters|students|residents|"
    r"citizens|nationalists|veterans|workers|fishermen|fishers|group|groups|crowds?|members)\b"
    r"|\bgroup\s+[A-Z]"
)
# a gathering is a protest only with a sign of one
_PROTEST_SIGN = re.compile(
    r"\b(?:protest\w*|chant\w*|demand\w*|burn\w*|slogans?|against|placards?|banners?|"
    r"denounc\w*|condemn\w*|anger|angry|oppos\w*)\b"
)
_NOT_PROTEST = re.compile(
    r"\b(?:flowers|vigil|mourn\w*|condolences?|tribute|celebrat\w*|commemorat\w*|thank\w*|"
    r"queue\w*|lined\s+up|visas?\s+applications?)\b",
    re.IGNORECASE,
)
_SUPPORT_OF = re.compile(
    r"\bin\s+(?:support|solidarity)\s+(?:of|with)\s+(?:the\s+)?(?P<x>§[SD]\d+§)"
)
_COUNT_OF = re.compile(
    r"^(?:(?:[Tt]ens|[Hh]undreds)\s+of\s+thousands|[Hh]undreds|[Dd]ozens|[Tt]housands|[Ss]cores)"
    r"\s+of\s+"
)
# a crowd is one noun phrase: not "police said dozens of people", "but hundreds of protesters"
_NOT_A_CROWD = re.compile(
    r"\b(?:said|says|told|that|which|who|whom|when|while|after|before|and|but|as|where|"
    r"police|authorities|officials|no|none|nobody|few\s+if\s+any)\b",
    re.IGNORECASE,
)
_MEMBERS_OF = re.compile(r"^(?:[Mm]embers|[Ss]ome)\s+of\s+")
_NAMED_GROUP = re.compile(r"\bgroups?\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})$")
_CROWD_WORDS = frozenset(
    {"rallied", "demonstrated", "protested", "gathered", "assembled", "held", "staged"}
)


def _crowd(text: str) -> str:
    """The crowd as the golds write it."""
    text = " ".join(text.split())
    text = _COUNT_OF.sub("", text)
    text = _MEMBERS_OF.sub("", text)
    named = _NAMED_GROUP.search(text)
    return named.group("name") if named else text


def is_crowd(text: str) -> bool:
    """Whether a matched phrase is one crowd ("Hundreds of protesters", not "police said dozens
    of people")."""
    return bool(_CROWD_HEAD.search(text)) and not _NOT_A_CROWD.search(text)


def crowd_label(text: str) -> Entity | None:
    """The crowd as an unlinked actor, as the golds write it."""
    crowd = _crowd(text)
    return Entity.unlinked(crowd, EntityKind.OTHER) if crowd else None


def embassy_protests(analysis: Analysis, doc: Doc) -> None:
    """PROTEST 141 by a crowd that rallied, demonstrated or held a protest at a state's embassy,
    consulate or visa office, at that state."""
    words = analysis.words
    if _CROWD_WORDS.isdisjoint(words) or not (
        {"embassy", "consulate", "visa", "mission"} & set(words)
    ):
        return
    masked = analysis.masked
    m = _EMBASSY_PROTEST.search(masked)
    if (
        m is None
        or not _CROWD_HEAD.search(m.group("crowd"))
        or _NOT_A_CROWD.search(m.group("crowd"))
    ):
        return
    if hedged(masked[: m.start("verb")]) or _NOT_PROTEST.search(masked):
        return
    if m.group("verb") in {"gathered", "assembled"} and not _PROTEST_SIGN.search(masked[m.end() :]):
        return  # "gathered outside the embassy" alone: no protest told
    states = [e for e in analysis.mention(m.group("d")).entities if e.kind is EntityKind.STATE]
    if len(states) != 1:
        return
    state = states[0]
    for support in _SUPPORT_OF.finditer(masked, m.end()):
        if any(e.key == state.key for e in analysis.mention(support.group("x")).entities):
            return  # "rallied outside the Ukrainian Embassy in support of Ukraine"
    if protest_told(analysis, doc):
        return  # told already
    crowd = _crowd(m.group("crowd"))
    if not crowd:
        return
    actors = [Entity.unlinked(crowd, EntityKind.OTHER)]
    from dipld.extract import events

    when = events.event_date(analysis, doc, actors)
    doc.add(FactClass.EVENT, event_args("PROTEST", "141", actors, [state], when), analysis, 0.7)


def protest_told(analysis: Analysis, doc: Doc) -> bool:
    """Whether a PROTEST has come from this sentence already (another rule read it)."""
    begin = analysis.sentence.begin
    return any(
        fact.cls is FactClass.EVENT
        and fact.evidence
        and fact.evidence[0].begin == begin
        and str(fact.get("eventType")[0]) == "PROTEST"
        for fact in doc.facts
    )
