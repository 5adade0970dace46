"""Whom a demand to "the parties" reaches (session 41b, request family).

"The EU calls on both parties to refrain from any unilateral action", "He urged the parties to
continue implementing the agreement", "The two ministers called on both parties to respect the
ceasefire": after an article told an agreement signed by two parties (a treaty's parties, or the
signers of a signing), "the parties" of a demand are those two, states or not ("the Sudanese
Armed Forces and the Rapid Support Forces", "the Government of Ethiopia and the Tigray People's
Liberation Front"). The spent gold sets code the parties so in every such sentence read
(blind5, blind8, blind10, blind36, blind39, blind42).

The event rule reads this after the two states of the article's latest hostile act (the sides
of a conflict come first) and before its own fallback (the pair "both sides" stands for, unless
they only met). None when the one demanding is one of the parties, and none when "both" or
"the two" parties are asked and the agreement had more.
"""

from __future__ import annotations

import re

from dipld.extract.facts import Doc, side_of
from dipld.extract.spans import Analysis
from dipld.model import Entity, EntityKind, FactClass

# "both parties", "the parties", "the two parties" asked (not "all parties", "the sides"),
# masked as a group or not
_GROUP_ASKED = re.compile(r"\s+(?P<g>§G\d+§)\s+to\b")
_PARTIES_ASKED = re.compile(
    r"\s*(?P<n>both|the(?:\s+two)?)\s+parties(?:\s+to\b|\s*$)", re.IGNORECASE
)


def _parties_of(fact_parties: tuple[Entity, ...], doc: Doc) -> list[Entity]:
    """The parties a document's parties or signers stand for: a person's state."""
    found: dict[str, Entity] = {}
    for e in fact_parties:
        side = side_of(doc, e) if e.kind is EntityKind.PERSON else e
        if side is None:
            return []
        found.setdefault(side.key, side)
    return list(found.values())


def agreement_parties(
    analysis: Analysis, doc: Doc, actors: list[Entity], tail: str
) -> list[Entity]:
    """The parties of the agreement the article told last, when a demand's ``tail`` (the masked
    text after its verb) asks "the parties" and the one demanding is none of them."""
    group = _GROUP_ASKED.match(tail)
    asked = (
        _PARTIES_ASKED.match(analysis.mention(group.group("g")).text)
        if group is not None
        else _PARTIES_ASKED.match(tail)
    )
    if asked is None:
        return []
    parties: list[Entity] = []
    for fact in reversed(doc.facts):
        if fact.cls is FactClass.TREATY_RELATION:
            parties = _parties_of(fact.entities("party"), doc)
        elif (
            fact.cls is FactClass.EVENT
            and "057" in fact.get("cameoCode")
            and not fact.get("recipient")
            and len(fact.entities("actor")) >= 2
        ):
            parties = _parties_of(fact.entities("actor"), doc)
        else:
            continue
        if len(parties) >= 2:
            break
    if len(parties) < 2 or (asked.group("n").lower() != "the" and len(parties) != 2):
        return []
    own = {a.key for a in actors} | {s.key for a in actors if (s := side_of(doc, a)) is not None}
    return [] if own & {p.key for p in parties} else parties
