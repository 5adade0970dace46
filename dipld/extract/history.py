"""Past events told in the background of a story, with their own dates (session 33, history).

ANNOTATION.md §3: background items keep their own dates. The rules here read acts the other
rules miss when a story recalls them in passing:

- negotiations launched between two named parties: one Meeting 046 of the two, its startDate
  the launch's date (the talks run on from there), historical when before the report's week;
- "Under an agreement reached in April, A ... B ...": the agreement is A's and B's AGREE 030,
  dated by its clause, when the sentence names exactly two states;
- a standing call for a party's presence ("Lithuania has repeatedly called for a larger
  permanent NATO presence"): REQUEST 100 to the party whose presence is asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.facts import Doc, entities_of, event_args
from dipld.extract.meetings import past_or_news
from dipld.extract.patterns import ACTORS
from dipld.extract.spans import Analysis
from dipld.model import Concept, Entity, EntityKind, FactClass, TimeValue, Value

# a party of a negotiation: a state or an organisation (not a person: "launched negotiations"
# is told of states and blocs)
_PARTY = r"(?:[Tt]he\s+)?§[SO]\d+§"
# "India and the United Kingdom (formally) launched negotiations on a trade pact", "The EU and
# New Zealand launched trade negotiations in June 2018"
_LAUNCHED_BY = re.compile(
    rf"^(?:[A-Z][\w ,'’-]{{0,40}}?,\s+)?(?P<a>{_PARTY})\s+and\s+(?P<b>{_PARTY})\s+"
    r"(?:(?:had|have)\s+)?(?:formally\s+|officially\s+|first\s+)?(?:launched|opened|began)\s+"
    r"(?:(?:their|the|formal)\s+)?(?:[\w-]+\s+){0,2}?negotiations\b"
)
# "Negotiations (on a trade deal) between the EU and Australia were (formally) launched in June
# 2018"
_LAUNCHED_PASSIVE = re.compile(
    r"^(?:[A-Z][\w ,'’-]{0,40}?,\s+)?(?:The\s+)?(?:[\w-]+\s+){0,2}?[Nn]egotiations\s+"
    r"(?:(?:on|for|over)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?)?"
    rf"between\s+(?P<a>{_PARTY})\s+and\s+(?P<b>{_PARTY})\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:formally\s+|officially\s+|first\s+)?launched\b"
)
# "Negotiations were launched in June 2018." after a story of two parties: their talks
_LAUNCHED_BARE = re.compile(
    r"^(?:The\s+)?(?:[\w-]+\s+){0,2}?[Nn]egotiations\s+(?:(?:on|for|over)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,4}?)?(?:were|had\s+been)\s+(?:formally\s+|officially\s+|first\s+)?"
    r"launched\b(?![^§]*\b(?:between|with|by)\s+(?:the\s+)?§)"
)
_LAUNCH_WORDS = frozenset({"launched", "opened", "began"})
# what makes a launch no fact: one to come, hoped for, planned or denied
_NOT_LAUNCHED = re.compile(
    r"\b(?:will|would|could|should|may|might|to\s+be|hope[sd]?|plan(?:s|ned)?|expected|aim(?:s|ed)?|"
    r"not|never|yet)\b"
)


def _one_date(analysis: Analysis, start: int, end: int) -> TimeValue | None:
    """The one date the sentence's text writes between ``start`` and ``end`` (offsets into the
    sentence), none when there are several or one to come."""
    base = analysis.sentence.begin
    found = [
        d
        for d in analysis.dates
        if start <= d.begin - base < end and not d.planned and d.end_value is None and not d.since
    ]
    return found[0].value if len(found) == 1 else None


def _parties(analysis: Analysis, *slots: str) -> list[Entity]:
    out = [
        e
        for slot in slots
        for e in entities_of(analysis, slot)
        if e.kind in {EntityKind.STATE, EntityKind.ORGANIZATION} and e.is_linked
    ]
    return list({e.key: e for e in out}.values())


def launched_negotiations(analysis: Analysis, doc: Doc) -> None:
    """Negotiations launched between two named parties: a Meeting 046 of the two with the
    launch's date as its start (the meeting other rules read from "negotiations between A and B
    were launched" gives way to it)."""
    if _LAUNCH_WORDS.isdisjoint(analysis.words) or "egotiations" not in analysis.masked:
        return
    if analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    m = _LAUNCHED_BY.match(masked) or _LAUNCHED_PASSIVE.match(masked)
    bare = None if m is not None else _LAUNCHED_BARE.match(masked)
    found = m or bare
    if found is None or _NOT_LAUNCHED.search(masked, 0, found.end()):
        return
    parties = _parties(analysis, m.group("a"), m.group("b")) if m is not None else _told_pair(doc)
    if len(parties) != 2:
        return
    when = _one_date(analysis, 0, len(analysis.sentence.text))
    if when is None:
        return  # (an undated launch tells nothing a reader can place)
    keys = {p.key for p in parties}
    evidence = doc.evidence(analysis)
    doc.facts[:] = [
        f
        for f in doc.facts
        if not (
            f.cls is FactClass.MEETING
            and evidence in f.evidence
            and {e.key for e in f.get("participant") if isinstance(e, Entity)} <= keys
        )
    ]
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": parties,
        "cameoCode": ["046"],
        "startDate": [when],
    }
    doc.add(FactClass.MEETING, args, analysis, 0.75, past_or_news(when, doc.article.date))


def _told_pair(doc: Doc) -> list[Entity]:
    """The two parties the story is about: the pair of states named last, else those of the
    last of the article's latest facts that has exactly two (states or organisations)."""
    pair = list(doc.finder.pair())
    if len(pair) == 2:
        return pair
    for fact in reversed(doc.facts[-5:]):
        sides = {
            e.key: e
            for role in ("participant", "party", "actor", "recipient")
            for e in fact.entities(role)
            if e.kind in {EntityKind.STATE, EntityKind.ORGANIZATION} and e.is_linked
        }
        if len(sides) == 2:
            return list(sides.values())
    return []


# "Under an agreement reached in April, ...", "Under a deal struck last year, ...": an agreement
# told with its date at the head of the sentence, the parties named after it (not "Under the
# agreement signed in 2014, ...": a background signing is a TreatyRelation only, ANNOTATION.md §5)
_UNDER_REACHED = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?[Uu]nder\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord)\s+"
    r"(?:(?:that\s+was|which\s+was)\s+)?(?P<v>reached|struck|agreed|concluded)\s+"
    r"(?P<when>[^,;§]{2,40}),\s+"
)
_UNDER_WORDS = frozenset({"under"})


def agreement_reached_under(analysis: Analysis, doc: Doc) -> None:
    """An agreement reached on a date the sentence opens with, whose terms it tells of two
    states: their AGREE 030, dated by its clause (historical when before the report's week)."""
    if _UNDER_WORDS.isdisjoint(analysis.words) or analysis.negated or analysis.hypothetical:
        return
    m = _UNDER_REACHED.match(analysis.masked)
    if m is None or _NOT_LAUNCHED.search(m.group(0)):
        return
    text = analysis.sentence.text
    at = text.find(m.group("when"))
    when = _one_date(analysis, at, at + len(m.group("when"))) if at >= 0 else None
    if when is None:
        return
    states = [
        e
        for e in entities_of(analysis, analysis.masked[m.end() :])
        if e.kind is EntityKind.STATE and e.is_linked
    ]
    states = list({e.key: e for e in states}.values())
    if len(states) != 2 or _NOT_LAUNCHED.search(analysis.masked, m.end()):
        return
    args = event_args("AGREE", "030", states, [], when=when)
    doc.add(FactClass.EVENT, args, analysis, 0.65, past_or_news(when, doc.article.date))


# "Lithuania has (repeatedly / long) called for a larger permanent NATO presence", "Warsaw has
# long called for a permanent US troop presence": a request to the one whose presence it is
_PRESENCE_CALL = re.compile(
    rf"^(?:[A-Z][\w ,'’-]{{0,40}}?,\s+)?(?P<a>{ACTORS})\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:(?:long|repeatedly|also|consistently|frequently|often|again)\s+){0,2}"
    r"(?:called|pushed|pressed|lobbied|asked)\s+for\s+(?:an?\s+|the\s+)?"
    r"(?:(?:larger|bigger|greater|stronger|increased|enhanced|permanent|more|expanded|"
    r"beefed-up|continued|lasting)\s+){0,3}(?P<b>§[SOD]\d+§)\s+(?:(?:troop|military|naval|"
    r"security)\s+)?(?:presence|deployment|troops?)\b"
)
_PRESENCE_WORDS = frozenset({"presence", "deployment", "troops", "troop"})


def presence_called_for(analysis: Analysis, doc: Doc) -> None:
    """A call for another party's presence: REQUEST 100 by the caller to that party (not one
    for the caller's own presence, nor one denied)."""
    if _PRESENCE_WORDS.isdisjoint(analysis.words) or analysis.negated or analysis.hypothetical:
        return
    m = _PRESENCE_CALL.match(analysis.masked)
    if m is None:
        return
    callers = [e for e in entities_of(analysis, m.group("a")) if e.kind is EntityKind.STATE]
    asked = [
        e
        for e in entities_of(analysis, m.group("b"))
        if e.kind in {EntityKind.STATE, EntityKind.ORGANIZATION} and e.is_linked
    ]
    if not callers or len(asked) != 1 or asked[0].key in {c.key for c in callers}:
        return
    doc.add(FactClass.EVENT, event_args("REQUEST", "100", callers, asked), analysis, 0.65)
