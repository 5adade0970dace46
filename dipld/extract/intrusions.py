"""An unlawful crossing told by a speaker (session 43, accuse).

"The Philippine coast guard said Chinese ships had illegally entered its exclusive economic
zone", "China's coast guard said it had expelled Philippine vessels that it said had illegally
intruded into waters near the shoal": the speaker accuses the state whose ships, aircraft or
troops it says crossed unlawfully (ACCUSE 111, as the spent gold codes it), the craft named by
their state's demonym or slot. Not a crossing negated or hypothetical ("had not illegally
entered", "may have illegally entered"), nor one the speaker tells of its own side's craft, nor
one with no state named ("migrants had illegally entered").
"""

from __future__ import annotations

import re

from dipld.extract.events import ACTOR_KINDS, allegation_of, event_date
from dipld.extract.facts import Doc, entities_of, event_args
from dipld.extract.spans import Analysis, hedged
from dipld.model import FactClass

# the craft or troops, named by their state: "Chinese ships", "the Philippine vessels",
# "Russia's military aircraft"
_CRAFT = (
    r"(?:the\s+)?(?:(?:two|three|four|five|several|some|many|dozens\s+of)\s+)?(?P<x>§[SD]\d+§)"
    r"(?:(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:vessels?|ships?|boats?|aircraft|jets?|planes?|"
    r"drones?|helicopters?|warships?|submarines?|troops|soldiers|forces|guards|militia|"
    r"personnel))?"
)
# (the craft are often masked with their state: "Chinese ships" is the state's slot)
# the unlawful crossing: "(had) illegally intruded into", "unlawfully entered"
_CROSSED = (
    r"(?:had\s+|has\s+|have\s+)?(?:illegally|unlawfully)\s+(?:intruded|entered|crossed|"
    r"trespassed|violated|encroached|intrude|enter|cross)\b"
)
# "said (that) Chinese ships had illegally entered ...": the crossing reported after the verb
_SAID_CROSSED = re.compile(
    r"\b(?:said|says|stated|states|claimed|claims|charged|alleged|alleges|accused|reported|"
    r"reports)\s+(?:that\s+)?"
    rf"{_CRAFT}\s+(?:that\s+|which\s+|who\s+)?{_CROSSED}"
)
# "Philippine vessels that it said had illegally intruded": the speaker's word inside the
# relative clause ("it", "they" or a party's slot)
_CRAFT_IT_SAID = re.compile(
    rf"{_CRAFT}\s+(?:that|which|who)\s+(?:it|they|§[SOPG]\d+§)\s+(?:said|says|claimed|claims)\s+"
    rf"{_CROSSED}"
)
# "China's coast guard", "Japan's defence ministry": a state's organ, the whole subject
_STATE_ORGAN = re.compile(
    r"^(?:the\s+)?(?P<s>§S\d+§)['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:coast\s+guard|navy|army|military|"
    r"(?:foreign|defen[cs]e)\s+ministry|ministry\s+of\s+(?:foreign\s+affairs|defen[cs]e)|"
    r"government)\s*$"
)
_FIRST_SAID = re.compile(r"\b(?:said|says|stated|claimed|claims)\b")
_WORDS = frozenset({"illegally", "unlawfully"})


def reported_intrusions(analysis: Analysis, doc: Doc) -> None:
    """ACCUSE (111) by a speaker who says another state's ships, aircraft or troops crossed
    into a place unlawfully."""
    if _WORDS.isdisjoint(analysis.words) or analysis.hypothetical:
        return
    masked = analysis.masked
    for m in (*_SAID_CROSSED.finditer(masked), *_CRAFT_IT_SAID.finditer(masked)):
        if hedged(masked[max(0, m.start() - 40) : m.end()]):
            continue  # ("did not say ...", "had not illegally entered", "may have ...")
        parties = [e for e in entities_of(analysis, m.group("x")) if e.kind in ACTOR_KINDS]
        head = masked[: m.start()]
        if m.re is _CRAFT_IT_SAID:
            # "China's coast guard said it had expelled Philippine vessels that it said ...":
            # the subject of the sentence's first "said" speaks
            first = _FIRST_SAID.search(head)
            if first is None:
                continue
            head = head[: first.start()]
        speakers, accused = allegation_of(analysis, doc, head, parties)
        if not speakers and (organ := _STATE_ORGAN.match(head)) is not None:
            # "China's coast guard said ...": the state whose organ speaks
            speakers = [e for e in entities_of(analysis, organ.group("s")) if e.kind in ACTOR_KINDS]
            own = {e.key for e in speakers}
            accused = [e for e in accused if e.key not in own]
        if not speakers or not accused:
            continue
        when = event_date(analysis, doc, speakers, "ACCUSE")
        doc.add(
            FactClass.EVENT, event_args("ACCUSE", "111", speakers, accused, when), analysis, 0.7
        )
