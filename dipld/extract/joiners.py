"""Memberships told by a state's joining named as a point in time (session 43).

A newcomer is often measured against the last state that joined before it, told in a "since"
clause that presupposes that state's membership whatever the main clause asserts:

- "Timor-Leste became the first new member of the regional bloc since Cambodia joined in 1999";
- "the first enlargement of the union since Croatia joined it in 2013";
- "would make it the alliance's first new member since Montenegro was admitted in 2017".

The "since" clause makes the state a member of the organisation it names ("since Croatia joined
the EU in 2013"), else of the organisation the sentence named last before the clause, else the
one the article named last (the EU when named after every organisation), when the KB lists
the state among its members; with the year the state joined as the start (ANNOTATION.md §4: a
membership's startDate when the text gives it). The sentence must speak of membership before the
clause ("member", "enlargement", "join", "admitted", "accession": not "the worst fighting since
Russia joined in 2015"). The clause is presupposed, so neither a hedge nor a negation of
the main clause lifts it ("Full membership would make Timor-Leste the first new member since
Cambodia joined in 1999": the gold codes Cambodia's membership there).

A state told to have joined after the organisation's founding or its members, in the same
sentence and with the object left out, is a member too ("BRICS was formed in 2009 by Brazil,
Russia, India and China, and South Africa joined the following year"; "NATO was founded by
twelve states in 1949, and Greece and Turkey joined in 1952"): from the year given, or the year
after the one named before for "the following year"; not hedged or negated, and not a state the
KB does not list among the organisation's members.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.facts import Doc, entities_of
from dipld.extract.memberships import first_negation
from dipld.extract.relations import is_org, states_in
from dipld.extract.spans import Analysis, Code, hedged
from dipld.model import Entity, FactClass, Precision, TimeValue, Value

# "since Cambodia joined in 1999", "since Croatia joined the EU in 2013", "since Montenegro was
# admitted in 2017", "since South Sudan became a member in 2016", "since Croatia's accession in
# 2013"
_SINCE_JOINED = re.compile(
    r"\bsince\s+(?:the\s+)?(?P<m>§S\d+§)(?:\s+(?:first\s+|formally\s+|itself\s+|last\s+)?"
    r"(?:joined|acceded|was\s+admitted|became\s+(?:a\s+|the\s+[a-z]+\s+)?(?:full\s+)?member)|"
    r"['’]s?\s+(?:accession|admission|entry))"
    r"(?:\s+(?:to\s+|into\s+|of\s+|in\s+)?(?:the\s+)?(?P<o>§[OS]\d+§))?"
    r"(?:\s+(?:it|them))?"
    r"(?:\s+in\s+(?P<y>(?:19|20)\d\d)\b)?"
)
# a newcomer told after the founders or members, its object left out: "BRICS was formed in 2009
# by Brazil, Russia, India and China, and South Africa joined the following year", "NATO was
# founded by twelve states in 1949, and Greece and Turkey joined in 1952"
_AND_JOINED = re.compile(
    r"(?:,\s*|\s+)(?:and|while)\s+(?:the\s+)?(?P<m>§S\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§S\d+§)*)"
    r"\s+(?:later\s+|also\s+|then\s+|only\s+)?joined"
    r"(?:\s+in\s+(?P<y>(?:19|20)\d\d)\b|\s+(?P<next>the\s+(?:following|next)\s+year|a\s+year\s+later)"
    r"|\s+later)?(?=\s*(?:[.;,]|$))"
)
# the organisation's clause before: founded, or its members or founders named
_FOUNDED_OR_MEMBERS = re.compile(
    r"(?P<o>§O\d+§)\s+(?:was|were|had\s+been)\s+(?:co-?)?(?:formed|founded|created|established|"
    r"set\s+up|launched)\b|(?:members|founders|founding\s+members)\s+of\s+(?:the\s+)?(?P<o2>§O\d+§)"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the sentence speaks of membership before the clause
_MEMBERSHIP_TALK = re.compile(
    r"\b(?:member|members|membership|enlargement|expansion|newcomer|join|joins|joined|joining|"
    r"admitted|admission|accession|accede)\b"
)


def _organisation(analysis: Analysis, doc: Doc, m: re.Match[str]) -> tuple[Entity | None, bool]:
    """The organisation the clause names (and True), else the one named last before it in the
    sentence or, if none, in the article (and False)."""
    if m.group("o"):
        told = [e for e in entities_of(analysis, m.group("o")) if is_org(e, doc)]
        return (told[0] if len(told) == 1 else None), True
    # (the European Union is a state among the KB's kinds, with member states)
    before = [
        e
        for k in analysis.mentions
        if k.end <= analysis.sentence.begin + m.start()
        for e in k.entities
        if k.code is Code.ORG or (e.qid and doc.kb.members(e.qid))
    ]
    if before:
        return before[-1], False
    # (the EU when the article named it after every organisation: "the bloc's first enlargement")
    union = doc.finder.ctx.last_union
    return (union if union is not None else doc.finder.ctx.last_org), False


def joiners(analysis: Analysis, doc: Doc) -> None:
    """Memberships of the states a "since X joined" clause names (see the module docstring)."""
    masked = analysis.masked
    if "since" not in masked or "§S" not in masked:
        return
    for m in _SINCE_JOINED.finditer(masked):
        if not _MEMBERSHIP_TALK.search(masked, 0, m.start()):
            continue
        org, named = _organisation(analysis, doc, m)
        if org is None or not org.qid or not (is_org(org, doc) or doc.kb.members(org.qid)):
            continue
        known = doc.kb.members(org.qid)
        extra: dict[str, Sequence[Value]] = {}
        if m.group("y"):
            year = int(m.group("y"))
            if doc.date is None or year <= doc.date.year:
                extra["startDate"] = [TimeValue(year, precision=Precision.YEAR)]
        for member in states_in(analysis, m.group("m"), doc):
            if not member.qid or (member.qid not in known and not named):
                continue
            args: dict[str, Sequence[Value]] = {"member": [member], "organization": [org]}
            doc.add(FactClass.MEMBERSHIP, {**args, **extra}, analysis, 0.75)


def and_joined(analysis: Analysis, doc: Doc) -> None:
    """Memberships of the states said to have joined after an organisation's founding or its
    members were told, in the same sentence ("..., and South Africa joined the following year"),
    from the year the text gives ("in 1952", or the year after the one named before for "the
    following year")."""
    masked = analysis.masked
    if "joined" not in masked or "§O" not in masked:
        return
    for m in _AND_JOINED.finditer(masked):
        before = masked[: m.start()]
        told = list(_FOUNDED_OR_MEMBERS.finditer(before))
        if not told or hedged(before) or (first_negation(analysis) or len(masked)) < m.end():
            continue
        slot = told[-1].group("o") or told[-1].group("o2")
        orgs = [e for e in entities_of(analysis, slot) if is_org(e, doc)]
        if len(orgs) != 1:
            continue
        org = orgs[0]
        known = doc.kb.members(org.qid) if org.qid else frozenset()
        year: int | None = None
        if m.group("y"):
            year = int(m.group("y"))
        elif m.group("next") and (years := _YEAR.findall(before)):
            year = int(years[-1]) + 1
        extra: dict[str, Sequence[Value]] = {}
        if year is not None and (doc.date is None or year <= doc.date.year):
            extra["startDate"] = [TimeValue(year, precision=Precision.YEAR)]
        for member in states_in(analysis, m.group("m"), doc):
            if known and member.qid not in known:
                continue
            args: dict[str, Sequence[Value]] = {"member": [member], "organization": [org]}
            doc.add(FactClass.MEMBERSHIP, {**args, **extra}, analysis, 0.75)
