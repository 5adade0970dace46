"""A measure told with the date it was imposed: that earlier imposition (session 43, sanctions).

News of a measure lifted, eased or still in force names it by when it was imposed: "Tokyo will
lift the export restrictions imposed in 2019 on three chemicals", "agreed to end the arms
embargo on Ankara which they imposed in 2019", "lifted the ban on direct flights between Russia
and Georgia that the Kremlin imposed in July 2019". That imposition is an act of its own, told in
passing (SANCTION 163, status historical, on its own date: ANNOTATION.md §3 "background items
keep their own dates"), whatever the sentence says of the measure now. The gold codes it so in
blind23, blind33 and blind58 (and the imposition told alone, "Beijing imposed the duties in May
2020", in blind45, which ``tariffs.py`` reads).

Who imposed it: the one named in the relative clause ("that the Kremlin imposed"), else, for
"which it imposed" or a bare "imposed in 2019", the subject of the verb that lifts, ends or
keeps it (a state, or a ministry named by its state). On whom: the state the measure is "on",
"to", "against" or "from", the other of "between A and B", the state named after "imposed
on", else the other party of the article's two-party meeting or statement. The date must be a
year (with or without its month) before the article's: "imposed last week" or a bare month is
left to the trigger rule. Not when the relative clause is negated or hypothetical ("that it
never imposed", "that it would impose in 2025").
"""

from __future__ import annotations

import re

from dipld.extract.facts import Doc, entities_of, event_args, meeting_states, state_body
from dipld.extract.spans import Analysis, hedged
from dipld.model import Entity, EntityKind, FactClass, Status

_IMPOSE_WORDS = frozenset({"imposed", "introduced", "suspended"})
_MEASURE_WORDS = frozenset(
    "sanctions restrictions ban bans embargo embargoes curbs controls duties tariffs "
    "blockade boycott permits licences licenses".split()
)
_MEASURE = (
    r"(?:sanctions|restrictions|ban|bans|embargo|embargoes|curbs|controls|duties|tariffs|"
    r"blockade|boycott|(?:export|arms)\s+(?:permits|licen[cs]es))"
)
# the verb that lifts, ends, eases or keeps the measure: its subject imposed it when the
# relative clause names no one else ("which it imposed", "imposed in 2019")
_LIFT = (
    r"(?:lift|lifts|lifted|lifting|remove|removes|removed|removing|scrap|scraps|scrapped|"
    r"scrapping|end|ends|ended|ending|revoke|revokes|revoked|revoking|rescind|rescinded|"
    r"cancel|cancels|cancelled|canceled|cancelling|ease|eases|eased|easing|relax|relaxed|"
    r"relaxing|drop|drops|dropped|dropping|keep|keeps|kept|keeping|maintain|maintains|"
    r"maintained|extend|extends|extended|extending)"
)
# "[lift] [export] restrictions [on arms exports to §S0§] (that|which) [§S2§|it|they] imposed
# [on §S1§] in July 2019": the measure, who imposed it and its date (a year, after a month or
# a season word or neither)
_IMPOSED_IN = re.compile(
    rf"(?:\b(?P<lift>{_LIFT})\s+(?:(?:the|its|their|all|an?|those|these)\s+)?)?"
    rf"(?P<np>(?:(?!{_LIFT}\s)[\w-]+\s+){{0,3}}?{_MEASURE}\b(?:(?!\s(?:that|which|who)\s)[^,;.()]){{0,90}}?)"
    r"(?:,\s+)?(?P<rel>\s+(?:(?:that|which)\s+(?:(?P<pro>it|they)|(?:the\s+)?(?P<who>§[SDO]\d+§)"
    r"(?:\s+(?:government|authorities))?)\s+(?:had\s+|has\s+|have\s+|first\s+)*"
    r"|(?:(?:that|which)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?)"
    r"(?:imposed|introduced|(?<=were\s)suspended|(?<=was\s)suspended))"
    r"(?:\s+(?:on|against)\s+(?:the\s+)?(?P<t>§[SD]\d+§))?"
    r"\s+in\s+(?P<when>(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?\d{4})\b"
    r"(?:\s+(?:on|against)\s+(?:the\s+)?(?P<t2>§[SD]\d+§))?"
)
# the state the measure is on, to, against or from: "on arms exports to §S0§", "on §D1§ barley"
# permits suspended are a measure (a sanction suspended is one lifted)
_PERMITS = re.compile(r"\b(?:permits|licen[cs]es)\b")
_TARGET_IN = re.compile(r"\b(?:on|to|against|from|of|for)\s+(?:the\s+)?(?P<t>§[SD]\d+§)")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>§S\d+§)\s+and\s+(?:the\s+)?(?P<b>§S\d+§)")
# the subject of the sentence's first clause (or the one after a comma): "§S0§ has decided to",
# "§O0§, Trade and Industry announced ..." (a ministry of a state)
_SUBJECT = re.compile(r"(?:^|[;:]\s+)(?:The\s+|the\s+)?(?P<s>§[SDO]\d+§)(?:['’]s\s+§O\d+§)?")
# the subject right before the verb that lifts the measure: "that §S0§ has cancelled the export
# permits", "§S0§ will scrap the curbs"
_SUBJECT_BEFORE = re.compile(
    r"(?:^|\s)(?:the\s+)?(?P<s>§[SO]\d+§)\s+(?:(?:has|have|had|will|would|also|now|on\s+[A-Z][a-z]+|"
    r"agreed\s+to|decided\s+to)\s+)*$"
)


def _states(doc: Doc, analysis: Analysis, slot: str) -> list[Entity]:
    """The states of a slot: a state itself, an organisation the KB knows (the European
    Union), or the state a ministry or government acts for."""
    out: list[Entity] = []
    for e in entities_of(analysis, slot):
        if e.kind is EntityKind.STATE or (e.kind is EntityKind.ORGANIZATION and e.is_linked):
            out.append(e)
        elif (state := state_body(doc, e)) is not None:
            out.append(state)
    return list({e.key: e for e in out}.values())


def _imposer(doc: Doc, analysis: Analysis, m: re.Match[str]) -> list[Entity]:
    """Who imposed the measure: the one the relative clause names, else the subject of the
    verb that lifts or keeps it."""
    if m.group("who"):
        return _states(doc, analysis, m.group("who"))
    if not m.group("lift") and not m.group("pro"):
        return []  # ("sanctions imposed in 2019 remain": no one named)
    masked = analysis.masked
    if m.group("lift") and (near := _SUBJECT_BEFORE.search(masked, 0, m.start())) is not None:
        return _states(doc, analysis, near.group("s"))
    subject = _SUBJECT.search(masked, 0, m.start())
    return _states(doc, analysis, subject.group("s")) if subject is not None else []


def _target(doc: Doc, analysis: Analysis, m: re.Match[str], actor: Entity) -> Entity | None:
    """The one state the measure was imposed on, else the other party of the article's pair."""
    found: list[Entity] = []
    for key in ("t", "t2"):
        if m.group(key):
            found += _states(doc, analysis, m.group(key))
    if not found:
        np = m.group("np")
        for pair in _BETWEEN.finditer(np):
            found += _states(doc, analysis, pair.group("a")) + _states(
                doc, analysis, pair.group("b")
            )
        if not found:
            for t in _TARGET_IN.finditer(np):
                found += _states(doc, analysis, t.group("t"))
    if not found:
        found = meeting_states(doc)
        if len(found) != 2:
            return None
    others = list({e.key: e for e in found if e.key != actor.key}.values())
    return others[0] if len(others) == 1 else None


def imposed_before(analysis: Analysis, doc: Doc) -> None:
    """SANCTION 163 (historical, on its own date) for a measure named with the year it was
    imposed, by the one who imposed it on the one it targets."""
    words = analysis.words
    if _IMPOSE_WORDS.isdisjoint(words) or _MEASURE_WORDS.isdisjoint(words):
        return
    today = doc.article.date
    for m in _IMPOSED_IN.finditer(analysis.masked):
        if hedged(m.group("np") + m.group("rel")):
            continue
        if m.group("rel").endswith("suspended") and not _PERMITS.search(m.group("np")):
            continue
        when = next((d for d in analysis.dates if d.text.endswith(m.group("when"))), None)
        if when is None or when.end_value is not None or when.relative:
            continue
        if today is not None and when.value.year >= today.year:
            continue  # (an imposition of this year is news, the trigger rule's)
        actors = _imposer(doc, analysis, m)
        if len(actors) != 1:
            continue
        target = _target(doc, analysis, m, actors[0])
        if target is None or not target.is_linked:
            continue
        if _told(doc, actors[0], target, str(when.value)):
            continue
        args = event_args("SANCTION", "163", actors, [target], when.value)
        doc.add(FactClass.EVENT, args, analysis, 0.65, status=Status.HISTORICAL)


def _told(doc: Doc, actor: Entity, target: Entity, when: str) -> bool:
    """Whether the article already told this SANCTION 163 on this date."""
    for fact in doc.facts:
        if (
            fact.cls is FactClass.EVENT
            and str(fact.get("cameoCode")[0]) == "163"
            and {str(d) for d in fact.get("date")} == {when}
            and actor.key in {e.key for e in fact.get("actor") if isinstance(e, Entity)}
            and target.key in {e.key for e in fact.get("recipient") if isinstance(e, Entity)}
        ):
            return True
    return False
