"""Admissions an organisation's members decide: "The EAC heads of state admitted Somalia into
the bloc", "The leaders of ASEAN agreed in principle to admit Timor-Leste as its eleventh
member", "the leaders also agreed to grant Timor-Leste observer status", "EU interior ministers
approved Croatia's entry into the Schengen area" (session 41).

Each is the organisation's AGREE (030) to the states it admits or grants a status (ANNOTATION.md
§5, as :func:`bodies.applications` codes "ASEAN admitted Timor-Leste"): the organisation's
leaders, heads of state, ministers or summit act as the organisation. Not a state's own
approval ("Hungary approved Sweden's accession": its ratification), nor a refusal, a plan or an
admission of an earlier year (background).
"""

from __future__ import annotations

import re

from dipld.extract.arguments import earlier_year, told_as_future
from dipld.extract.bodies import organisation_of
from dipld.extract.events import event_date
from dipld.extract.facts import Doc, event_args
from dipld.extract.patterns import group_of
from dipld.extract.spans import Analysis, hedged
from dipld.model import EntityKind, FactClass, Status

_ENTRY_STATES = group_of("SG")
_MEMBERS_GROUP = (
    r"(?:[Ll]eaders|[Hh]eads\s+of\s+[Ss]tate(?:\s+and\s+[Gg]overnment)?|"
    r"(?:[\w-]+\s+)?[Mm]inisters|[Mm]ember\s+[Ss]tates)"
)
# the organisation acting through its members: "the leaders of ASEAN", "The EAC Heads of
# State", "EU interior ministers", "the SCO summit", "NATO" (the EU is masked as a state;
# "the leaders" the mention finder resolved to the organisation of a summit is a group slot)
_ENTRY_SUBJECT = (
    r"(?<![\w§'’-])(?:(?:[Tt]he\s+)?" + _MEMBERS_GROUP + r"\s+of\s+(?:the\s+)?(?P<o1>§[OS]\d+§)"
    r"|(?:[Tt]he\s+)?(?P<o2>§[OSG]\d+§)(?:\s+(?:[Ss]ummit|[Cc]ouncil|" + _MEMBERS_GROUP + r"))?)"
)
_ENTRY_STATUS = (
    r"(?:(?:the\s+)?status\s+of\s+(?:an?\s+)?(?:observers?|dialogue\s+partners?|"
    r"associate\s+members?|candidates?(?:\s+country)?)|(?:(?:an?|the)\s+)?(?:observer|"
    r"dialogue[\s-]+partner|candidate|associate\s+member)\s+status)"
)
_ENTRY_DECIDED = re.compile(
    _ENTRY_SUBJECT
    # ("The European Council, meeting in Brussels, decided on Thursday evening to grant ...")
    + r"(?:,\s+(?:meeting|gathered|convened)\s+in\s+§C\d+§,)?"
    r"\s+(?:(?:also|today|formally|officially|unanimously|finally|"
    r"(?:on|last)\s+[A-Z][a-z]+(?:\s+\d{1,2})?(?:\s+(?:morning|evening|night))?)\s+){0,3}"
    r"(?:(?P<v>agreed|decided)\s+(?:(?:in\s+principle|today|formally|"
    r"(?:on|last)\s+[A-Z][a-z]+(?:\s+(?:morning|evening|night))?)\s+){0,2}to\s+"
    rf"(?:admit\s+(?:the\s+)?(?P<s1>{_ENTRY_STATES})\s+(?:as|into|to)\b|"
    rf"(?:grant|give|accord)\s+(?:the\s+)?(?:(?P<s2>{_ENTRY_STATES})\s+{_ENTRY_STATUS}|"
    rf"{_ENTRY_STATUS}\s+to\s+(?:the\s+)?(?P<s3>{_ENTRY_STATES})))"
    # "The EAC Heads of State admitted the DRC into the bloc"
    rf"|(?P<v4>admitted)\s+(?:the\s+)?(?P<s4>{_ENTRY_STATES})\s+(?:as\s+(?:its\s+|a\s+|an\s+|"
    r"the\s+)?(?:[\w-]+\s+){0,2}?(?:full\s+)?members?\b|(?:in)?to\s+(?:the\s+)?§O\d+§)"
    # "approved Croatia's entry into the Schengen area", "approved the start of the procedure
    # for Iran's full membership"
    r"|(?P<v5>approved)\s+(?:the\s+(?:start|launch|opening)\s+of\s+the\s+(?:procedure|process)\s+"
    rf"for\s+)?(?:the\s+)?(?P<s5>{_ENTRY_STATES})['’]s?\s+(?:(?:full|formal)\s+)?"
    r"(?:entry|accession|admission|membership)\s+(?:in|into|to)\b)"
)
_ENTRY_WORDS = frozenset({"admit", "admitted", "grant", "give", "accord", "approved"})


def entries_decided(analysis: Analysis, doc: Doc) -> None:
    """AGREE (030) of an organisation whose members admitted a state or granted it a status."""
    if _ENTRY_WORDS.isdisjoint(analysis.words) or analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    for m in _ENTRY_DECIDED.finditer(masked):
        org = organisation_of(analysis, m.group("o1") or m.group("o2"))
        slot = next(m.group(g) for g in ("s1", "s2", "s3", "s4", "s5") if m.group(g))
        at = m.start("v") if m.group("v") else m.start("v4") if m.group("v4") else m.start("v5")
        if org is None or org.qid is None or hedged(masked[max(0, at - 40) : at]):
            continue
        if told_as_future(masked[: m.end()]):
            continue
        states = [
            e
            for one in re.findall(r"§[SG]\d+§", slot)
            for e in analysis.mention(one).entities
            if e.kind is EntityKind.STATE and e.key != org.key
        ]
        if not states:
            continue
        when = event_date(analysis, doc, states, "AGREE", at=at)
        if earlier_year(when, doc.date):
            continue  # (an admission of an earlier year is background)
        # (the same act coded otherwise by the clause rules, "agreed to grant ... status" as
        # 036, is this one)
        keys = ({org.key}, {e.key for e in states})
        begin = analysis.sentence.begin
        doc.facts[:] = [
            f
            for f in doc.facts
            if not (
                f.cls is FactClass.EVENT
                and "AGREE" in {str(t) for t in f.get("eventType")}
                and any(e.begin == begin for e in f.evidence)
                and ({e.key for e in f.entities("actor")}, {e.key for e in f.entities("recipient")})
                == keys
            )
        ]
        args = event_args("AGREE", "030", [org], states, when)
        doc.add(FactClass.EVENT, args, analysis, 0.7, Status.ASSERTED)
