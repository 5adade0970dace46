"""Responses vowed in a statement that names no party (session 40, verbal conflict).

A ministry's statement condemns a party's act, then closes with a vow: "Pakistan reserves the
right to respond to this illegal act.", "Egypt reserves its legitimate right, guaranteed under
the Charter, to take all necessary measures ...", "Zakharova said Moscow would respond to the
move." The vow names no one, but the article has told whom its speaker's side condemned,
protested to or sanctioned: when every such act before the vow is aimed at one party, the vow is
a THREATEN (130) of the vow's subject against that party.

Not a vow: a hedged or negated one ("Moscow would not respond", "if Russia reserves ..."), one
the sentence told already (with its party named, or an accusation in the same sentence:
:func:`dipld.extract.hostilities.vowed_responses`), nor one whose side accused two parties before
(the party it answers is then not told).
"""

from __future__ import annotations

import re

from dipld.extract.facts import Doc, event_args, state_of
from dipld.extract.spans import Analysis, hedged
from dipld.model import Entity, FactClass, Status

# "Pakistan reserves the right to respond", "Egypt reserves its legitimate right, guaranteed
# under the Charter, to take all necessary measures", "Pakistan will not accept ..., and
# reserves the right to respond"; "Moscow would respond to the move", "Russia will retaliate."
_CONTEXT_VOW = re.compile(
    r"(?P<s>§[SOP]\d+§)\s+(?:(?:also|further|fully)\s+)?"
    r"(?:(?P<before>[^§.;]{0,100}?,?\s+and\s+))?"
    r"(?:(?:reserves|reserved)\s+(?:the|its|their)\s+(?:(?:legitimate|full|sovereign|legal)\s+)?"
    r"right(?:\s*,\s*[^,;]{1,100},)?\s+to\s+(?:respond|retaliate|react|"
    r"(?:take|adopt)\s+(?:[\w-]+\s+){0,3}?(?:measures|steps|action|countermeasures))\b|"
    r"(?:would|will)\s+(?:respond|retaliate)(?:\s+(?:accordingly|appropriately|firmly|"
    r"decisively|harshly|proportionately|in\s+kind))?"
    r"(?=\s*[.;]|\s+to\s+(?:the|this|these|that|such|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:move|moves|decision|decisions|step|steps|expulsions?|measures?|act|acts|actions?|"
    r"sanctions)\s*[.;,]))"
)
_VOW_MODAL = re.compile(r"^\s*(?:would|will)\s+(?=respond|retaliate)")
_VOW_WORDS = frozenset({"reserves", "reserved", "respond", "retaliate", "react"})
# the acts by which a side told whom it stands against
_HOSTILE_TOLD = frozenset({"ACCUSE", "PROTEST", "SANCTION"})


def _side(doc: Doc, entities: list[Entity] | tuple[Entity, ...]) -> set[str]:
    """The keys of the entities and of the states their people act for."""
    return {e.key for e in entities} | {s.key for e in entities if (s := state_of(doc, e))}


def context_vows(analysis: Analysis, doc: Doc) -> None:
    """THREATEN 130 by the subject of a vow of response that names no party, at the one party
    every accusation, protest or sanction of the subject's side before it in the article was
    aimed at."""
    if _VOW_WORDS.isdisjoint(analysis.words):
        return
    masked = analysis.masked
    m = _CONTEXT_VOW.search(masked)
    if m is None or masked.rstrip().endswith("?"):
        return
    # (the clause between the subject and "and reserves" may be negated: "will not accept ...")
    vow_at = m.end("before") if m.group("before") else m.end("s")
    # (the vow's own "would" is no hedge: "Moscow would respond to the move")
    vow = _VOW_MODAL.sub(" ", masked[vow_at : m.end()])
    if hedged(masked[: m.start("s")]) or hedged(vow):
        return
    begin = analysis.sentence.begin
    if any(
        fact.cls is FactClass.EVENT
        and fact.evidence
        and fact.evidence[0].begin == begin
        and str(fact.get("eventType")[0]) in {"THREATEN", "ACCUSE"}
        for fact in doc.facts
    ):
        return  # told already, or the sentence's own accusation answers (vowed_responses)
    from dipld.extract import arguments, events

    actors = arguments.resolve_phrase(analysis, doc, m.group("s"))
    if not actors:
        return
    own = _side(doc, actors)
    aimed: set[frozenset[str]] = set()
    recipients: list[Entity] = []
    for fact in doc.facts:
        if (
            fact.cls is not FactClass.EVENT
            or fact.status is not Status.ASSERTED
            or not fact.evidence
            or fact.evidence[0].in_title
            or fact.evidence[0].begin >= begin
            or str(fact.get("eventType")[0]) not in _HOSTILE_TOLD
            or not _side(doc, fact.entities("actor")) & own
        ):
            continue
        targets = [e for e in fact.entities("recipient") if e.key not in own]
        if targets:
            aimed.add(frozenset(e.key for e in targets))
            recipients = targets
    if len(aimed) != 1:
        return  # none told, or more than one party: whom the vow answers is not said
    when = events.event_date(analysis, doc, actors)
    doc.add(FactClass.EVENT, event_args("THREATEN", "130", actors, recipients, when), analysis, 0.7)
