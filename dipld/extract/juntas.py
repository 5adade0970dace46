"""The state a bare "the junta" or "the military" means (session 41b, request family).

A demand addressed to "the junta" ("ASEAN leaders urged the junta to de-escalate", "called on
the military to restore democracy", "called on the junta, led by Colonel Doumbouya, to hand
power back") is one to the state the junta rules: the spent gold sets code that state as the
recipient, or accept it beside the unlinked "the junta", in every such sentence read (blind4,
blind32, blind34, blind41 twice, blind42).

Which state that is, the article tells once, often far from the demand:

- "Myanmar's junta", "Myanmar's military government" (rulers, regime, leadership), "the
  Malian junta", "the Myanmar junta" (the headline's too);
- "military-ruled Myanmar";
- "the military junta that seized power in Guinea", "the junta in Niger".

The registry is ``Doc.bodies["junta"]`` (which the bare "the junta" of other rules reads
within three sentences); a demand reads it at any distance, and only when the article named
one state's junta: none when it named two ("Mali's junta and Niger's junta") or spoke of
"juntas".
"""

from __future__ import annotations

import re

from dipld.extract.facts import Doc, entities_of
from dipld.extract.spans import Analysis, Code
from dipld.model import Entity, EntityKind

_RULERS = r"(?:military\s+)?juntas?|military\s+(?:government|rulers|regime)"
# "Myanmar's junta", "Myanmar's military government", "the Myanmar junta" (whatever follows:
# "Mali's junta and Niger's junta" names two)
_STATE_JUNTA = re.compile(rf"(?P<x>§S\d+§)(?:['’]s)?\s+(?:{_RULERS})\b")
# "military-ruled Myanmar"
_MILITARY_RULED = re.compile(r"\b[Mm]ilitary-ruled\s+(?P<x>§S\d+§)")
# "the military junta that seized power in Guinea", "the junta in Niger"
_JUNTA_IN = re.compile(
    r"\bjunta\s+(?:(?:that|which)\s+(?:has\s+|had\s+)?(?:seized|took|grabbed)\s+power\s+)?in\s+"
    r"(?P<x>§S\d+§)(?!\s*(?:,\s*)?(?:and|or)\b)"
)
# after a demonym: "the Malian junta", "the Burmese military government"
_DEMONYM_JUNTA = re.compile(rf"\s+(?:{_RULERS})\b", re.IGNORECASE)

# a junta asked to act, by a bare noun: "the junta", "the military junta", "the military", "the
# military rulers" (not "the military's", "the military of Kenya", "the military leaders of
# ..."), right before "to" or an aside "led by ..." and "to"
_JUNTA_ASKED = re.compile(
    r"\s*the\s+(?:military\s+junta|junta|military(?:\s+(?:rulers|regime|government))?)"
    r"(?:\s*,\s+(?:led|headed)\s+by\s+[^,;]{1,60},)?\s+to\s+[a-z]"
)
# juntas of more than one state ("the juntas of Mali and Niger", "the Sahel juntas")
_JUNTAS = re.compile(r"\bjuntas\b", re.IGNORECASE)


def juntas_named(analysis: Analysis) -> list[Entity]:
    """The states whose juntas (military governments) the sentence names."""
    text = analysis.sentence.text
    if "junta" not in text and "ilitary" not in text:
        return []
    masked = analysis.masked
    slots: list[str] = []
    if "§S" in masked:
        for pattern in (_STATE_JUNTA, _MILITARY_RULED, _JUNTA_IN):
            slots.extend(m.group("x") for m in pattern.finditer(masked))
    states: dict[str, Entity] = {}
    for slot in slots:
        found = [e for e in entities_of(analysis, slot) if e.kind is EntityKind.STATE]
        if len(found) == 1:
            states.setdefault(found[0].key, found[0])
    for mention in analysis.mentions:
        if mention.code is Code.DEMONYM and _DEMONYM_JUNTA.match(
            text, mention.end - analysis.sentence.begin
        ):
            for e in mention.entities[:1]:
                if e.kind is EntityKind.STATE:
                    states.setdefault(e.key, e)
    return list(states.values())


def junta_asked(analysis: Analysis, doc: Doc, tail: str) -> list[Entity]:
    """The state a demand addressed to a bare "the junta" or "the military" (``tail``, the text
    after the verb of asking) reaches: the one state whose junta the article named before, at
    any distance; none when it named two, or none."""
    if _JUNTA_ASKED.match(tail) is None or _JUNTAS.search(doc.article.body):
        return []
    named = doc.bodies.get("junta", {})
    if len(named) != 1:
        return []
    state, index = next(iter(named.values()))
    return [state] if index <= analysis.sentence.index else []
