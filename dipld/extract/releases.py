"""A release or extradition demanded of the holder the sentence names (session 42, request
family).

"Armenia says Azerbaijan is still holding dozens of Armenians and has called for their
release", "Ankara had accused Stockholm of sheltering Kurdish militants and demanded their
extradition", "Japan said China was detaining five of its nationals and demanded their immediate
release": the demand names no recipient of its own, but the people it asks for ("their", "his",
"her") are those the state just said to hold them, so that state is the recipient. The spent
gold codes the holder so in both such sentences read (blind33, blind42): a release is 1053, an
extradition or handover 100 (as the gold codes them).

The event rule asks for a named recipient and gave none. Not when the demand is negated or
hypothetical ("has not demanded", "would demand", "if ..."), not when the holder is the speaker
itself, and not when the sentence already gives the speaker's REQUEST.
"""

from __future__ import annotations

import re

from dipld.extract.facts import Doc, entities_of, event_args
from dipld.extract.spans import Analysis
from dipld.extract.statements import statement_date
from dipld.model import EntityKind, FactClass

_RELEASE_WORDS = frozenset({"release", "extradition", "handover"})

# who holds whom, told by the one who then asks: "A says B is (still) holding ...", "A said B
# had detained ...", "A accused B of sheltering ...", then ", and (has) demanded|called for
# their (immediate) release|extradition"
_HELD_THEN_ASKED = re.compile(
    r"(?P<a>§[SP]\d+§)\s+(?:(?:has|had)\s+)?(?:(?:repeatedly|also|long)\s+)?"
    r"(?:says|said|accuses|accused|charged)\s+(?:that\s+)?(?:the\s+)?(?P<b>§S\d+§)\s+"
    r"(?:(?:is|was|has\s+been|had\s+been|of|has|had)\s+)?(?:(?:still|illegally|unlawfully|"
    r"wrongfully|arbitrarily)\s+)?(?:holding|detaining|jailing|imprisoning|detained|arrested|"
    r"held|jailed|abducted|sheltering|harbou?ring|protecting|being\s+too\s+lenient\s+"
    r"(?:toward|towards|with|on))\b"
    r"(?P<mid>[^.;:]{0,160}?),?\s+and\s+(?:has\s+|had\s+)?(?:(?:repeatedly|also|again|long|"
    r"since)\s+)?(?:demanded|called\s+for|sought|pressed\s+for|urged|insisted\s+on)\s+"
    r"(?:their|his|her)\s+(?:(?:immediate|swift|prompt|early|unconditional|safe|speedy)\s+"
    r"(?:and\s+)?)*(?P<w>release|extradition|handover)\b"
)
# a hypothetical or negated telling up to the demand ("if", "not", "would")
# (a whole-sentence test would also refuse "groups that Turkey considers threats")
_UNSURE = re.compile(
    r"\b(?:if|unless|whether|not|never|would|could|might|should|(?-i:may))\b|n['’]t\b",
    re.IGNORECASE,
)


def release_demanded(analysis: Analysis, doc: Doc) -> None:
    """REQUEST by the speaker of the state it says holds the people whose release (or
    extradition) it demanded in the same sentence (_HELD_THEN_ASKED)."""
    if _RELEASE_WORDS.isdisjoint(analysis.words):
        return
    masked = analysis.masked
    for m in _HELD_THEN_ASKED.finditer(masked):
        if _UNSURE.search(masked, 0, m.end()):
            continue  # (negated or hypothetical up to the demand)
        actors = [
            e
            for e in entities_of(analysis, m.group("a"))
            if e.kind in (EntityKind.STATE, EntityKind.PERSON)
        ]
        holders = [e for e in entities_of(analysis, m.group("b")) if e.kind is EntityKind.STATE]
        if len(actors) != 1 or len(holders) != 1 or not holders[0].is_linked:
            continue
        if actors[0].key == holders[0].key:
            continue
        begin = analysis.sentence.begin
        if any(
            f.cls is FactClass.EVENT
            and str(f.get("eventType")[0]) == "REQUEST"
            and any(e.begin == begin for e in f.evidence)
            for f in doc.facts
        ):
            continue  # (the event rule read the demand already)
        code = "1053" if m.group("w") == "release" else "100"
        when = statement_date(analysis, doc, actors)
        doc.add(FactClass.EVENT, event_args("REQUEST", code, actors, holders, when), analysis, 0.7)
