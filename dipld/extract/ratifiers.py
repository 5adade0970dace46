"""Memberships told by a state's place among the members that ratify another's accession
(session 42).

Only an organisation's members ratify or approve a newcomer's accession, so a state called the
last, the only or the first of the members or allies to do so is one of them (ANNOTATION.md,
Membership: "named states called its members"):

- "Turkey's parliament became the last of the 30 allies to ratify Finland's membership";
- "Türkiye and Hungary were the last Allies to approve Sweden's accession protocol";
- "Hungary, the only other member yet to ratify Sweden's accession, ...".

The organisation is the one named in the phrase ("the last NATO member to ratify", "Sweden's
NATO accession", "accession to NATO"); else, for "allies", NATO when the article has named it;
else, for "members", the EU when the article named it after every organisation, else the last
organisation the article named whose members the KB lists the ratifying states among. Where the
KB lists the organisation's members, a state it does not list is not taken (the accession of
another body). Not when the phrase is negated or hedged before its end ("could become the last
ally to ratify"), not the acceding state itself, and not "countries" (any states may ratify a
treaty).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.facts import Doc, entities_of
from dipld.extract.memberships import first_negation
from dipld.extract.patterns import STATES
from dipld.extract.relations import is_org, states_in
from dipld.extract.spans import Analysis, Code, hedged
from dipld.model import Entity, EntityKind, FactClass, Value

# the ratifying state(s), its parliament or government ("Turkey's parliament last week"), the
# copula or an apposition's comma, the rank among the members, the act and the accession
_RATIFIER = re.compile(
    rf"(?P<m>{STATES})(?:['’]s?(?:\s+[A-Za-z-]+){{1,5}}?(?=\s+(?:became|becomes|was|were|is|are|"
    r"remains|remained|has\s+been|had\s+been)\s))?"
    r"(?:,\s+|\s+(?:(?:now|then|thus|also|finally)\s+)?(?:became|becomes|was|were|is|are|remains|"
    r"remained|has\s+been|had\s+been)\s+)"
    r"(?:one\s+of\s+)?the\s+(?:last|only|final|first)\s+(?:(?:two|three|four|remaining|other)\s+)*"
    r"(?:of\s+the\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?=other\s|§O|[Aa]ll|members?\b))?"
    r"(?:other\s+)?)?"
    r"(?:(?P<o>§[OS]\d+§)\s+)?(?P<k>[Aa]llies|[Aa]lly|members?|member\s+states?|member\s+countries)\s+"
    r"(?:yet\s+|still\s+)?to\s+(?:have\s+)?(?:formally\s+)?(?:ratif(?:y|ied)|approved?|endorsed?|"
    r"back(?:ed)?|sign(?:ed)?\s+off\s+on)\s+"
    r"(?P<a>§[SDG]\d+§)['’]s?\s+(?:(?P<o2>§[OS]\d+§)\s+)?"
    r"(?:accession|membership|bid|application|entry|admission)\b"
    # ("... Sweden's accession protocol to NATO")
    r"(?:\s+(?:protocol|treaty|agreement))?(?:\s+(?:to|in|into)\s+(?:the\s+)?(?P<o3>§[OS]\d+§))?"
)
_NATO = "NATO"
_ACCESSION_WORDS = ("accession", "membership", "bid", "application", "entry", "admission")


def _organisation(analysis: Analysis, doc: Doc, m: re.Match[str]) -> Entity | None:
    """The organisation whose accession the match tells (see the module's docstring)."""
    slot = m.group("o") or m.group("o2") or m.group("o3")
    if slot:
        told = [e for e in entities_of(analysis, slot) if is_org(e, doc)]
        return told[0] if len(told) == 1 else None
    if m.group("k").lower().startswith("all"):
        nato = doc.kb.resolve(_NATO, (EntityKind.ORGANIZATION,))
        if nato is None:
            return None
        qids = {e.qid for e in doc.finder.ctx.orgs.values()} | {
            e.qid for k in analysis.mentions if k.code is Code.ORG for e in k.entities
        }
        if nato.qid not in qids:
            return None
        return Entity.linked(nato.qid, nato.label, EntityKind.ORGANIZATION)
    # (the EU when named after every organisation, else the last organisation the article
    # named that the KB lists the ratifying states in: "Hungary, the only other member yet to
    # ratify ..." after NATO and "Kurdish militants")
    ratifying = {e.qid for e in states_in(analysis, m.group("m"), doc)}
    union = doc.finder.ctx.last_union
    before = [union] if union is not None else list(doc.finder.ctx.orgs.values())
    fits = [e for e in before if e.qid and (known := doc.kb.members(e.qid)) and ratifying <= known]
    return fits[-1] if fits else None


def ratifiers(analysis: Analysis, doc: Doc) -> None:
    """Memberships of the states called the last (only, first) members or allies to ratify or
    approve another state's accession."""
    masked = analysis.masked
    if "§" not in masked or " to " not in masked or not any(w in masked for w in _ACCESSION_WORDS):
        return
    negation = first_negation(analysis)
    for m in _RATIFIER.finditer(masked):
        if negation is not None and negation < m.end():
            continue
        if hedged(masked[: m.end()]):
            continue
        org = _organisation(analysis, doc, m)
        if org is None:
            continue
        known = doc.kb.members(org.qid) if org.qid else frozenset()
        acceding = {e.key for e in states_in(analysis, m.group("a"), doc)}
        for member in states_in(analysis, m.group("m"), doc):
            if member.key in acceding or (known and member.qid not in known):
                continue
            args: dict[str, Sequence[Value]] = {"member": [member], "organization": [org]}
            doc.add(FactClass.MEMBERSHIP, args, analysis, 0.75)
