"""Blame told in a quote that opens the sentence, its speaker after it (session 42, accuse).

'"Israel is committing war crimes in Gaza," the minister said.', '"Russia continues its
brutal aggression against Ukraine," Kallas said.', '"We cannot trade as usual while Russia is
waging a genocidal war," the Estonian foreign minister said.': the speaker accuses the party
the quote names (ACCUSE; 112 for a crime named, 111 for a war of aggression), as the same
words told after "said" do (:mod:`.blame`, ``_SAID_CRIMES``). The development and spent gold
code four of six such quotes so (the two left a violation of a principle or of sovereignty,
which this module does not read). Not a quote negated or hypothetical ("is not committing",
"would be waging"), nor one the speaker says of its own side, nor one whose speaker is of no
known state.
"""

from __future__ import annotations

import re

from dipld.extract.events import ACTOR_KINDS, event_date
from dipld.extract.facts import Doc, entities_of, event_args, side_of
from dipld.extract.patterns import ACTORS
from dipld.extract.spans import Analysis, hedged
from dipld.model import EntityKind, FactClass

# the crime or war the quote lays at a party's door: "is committing war crimes", "has been
# perpetrating atrocities", "is waging a genocidal war", "continues its brutal aggression
# against", "continues to wage its war of aggression on"
_QUOTED_ACCUSATION = re.compile(
    r"^[\"“](?P<pre>[^\"”]{0,120}?\b(?:while|as|when|because|since|and|but|so\s+long\s+as)\s+)?"
    rf"(?:the\s+)?(?P<x>{ACTORS})\s+(?:"
    r"(?P<crime>(?:is|are|has\s+been|have\s+been)\s+(?:(?:still|now|clearly|openly|again|"
    r"once\s+again|systematically|deliberately)\s+)?(?:committing|perpetrating)\s+(?:an?\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:genocide|war\s+crimes|crimes\s+against\s+humanity|"
    r"ethnic\s+cleansing|atrocities|massacres?))|"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:(?:still|now|clearly|openly|again)\s+)?waging\s+"
    r"(?:an?\s+|its\s+|their\s+)?(?:(?:genocidal|brutal|illegal|unprovoked|criminal|"
    r"aggressive|barbaric|colonial|full-scale)\s+(?:and\s+)?){1,2}war|"
    r"(?:is|are|has\s+been|have\s+been)\s+waging\s+(?:an?\s+|its\s+|their\s+)?war\s+of\s+"
    r"aggression|"
    r"continues?\s+(?:to\s+wage\s+)?(?:its|their)\s+(?:(?:brutal|illegal|unprovoked|criminal|"
    r"full-scale|barbaric|unjustified|and)\s+){0,3}(?:aggression|war\s+of\s+aggression|"
    r"invasion)\s+(?:against|on|of|in)\s)"
    r"[^\"”]*?,[\"”]\s"
)
# the speaker named after the quote: 'Estonian Foreign Minister §P0§ said', '§P0§ said at the
# press conference', '§P0§ wrote on X' (the speaker's slot the last before the verb)
_SPEAKER_AFTER = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,5}?"
    rf"(?P<s>{ACTORS})(?:['’]s)?(?:\s+[a-z]+){{0,2}}?\s+"
    r"(?:said|says|told|tells|wrote|writes|added|adds|stressed|declared|tweeted|posted)\b"
)
_CONDITION = re.compile(r"\b(?:if|unless|whether|once|until)\b", re.IGNORECASE)
_WORDS = frozenset({"committing", "perpetrating", "waging", "continues", "continue", "continuing"})


def quoted_accusations(analysis: Analysis, doc: Doc) -> None:
    """ACCUSE by the speaker of a quote that opens the sentence laying a crime or a war of
    aggression at another party's door."""
    masked = analysis.masked
    if masked[:1] not in '"“' or _WORDS.isdisjoint(analysis.words):
        return
    m = _QUOTED_ACCUSATION.match(masked)
    if m is None:
        return
    clause = masked[m.start("x") : m.end()]
    if hedged(clause) or _CONDITION.search(m.group("pre") or ""):
        return  # ("is not committing", '"If Russia were waging ...': the main clause before a
        # "while" may be negated: '"Tourists should not stroll around while Russia is waging")
    said = _SPEAKER_AFTER.match(masked, m.end())
    if said is None:
        return
    speakers = [e for e in entities_of(analysis, said.group("s")) if e.kind in ACTOR_KINDS]
    sides = [side_of(doc, e) for e in speakers]
    if not speakers or not all(s is not None and s.kind is EntityKind.STATE for s in sides):
        return  # (a speaker of no known state: whose words these are is unsure)
    own = {s.key for s in sides if s is not None}
    parties = [e for e in entities_of(analysis, m.group("x")) if e.kind in ACTOR_KINDS]
    accused = [
        side
        for e in parties
        if (side := side_of(doc, e)) is not None
        and side.key not in own
        and side.kind is EntityKind.STATE
    ]
    if not accused:
        return
    cameo = "112" if m.group("crime") else "111"
    when = event_date(analysis, doc, speakers, "ACCUSE")
    doc.add(FactClass.EVENT, event_args("ACCUSE", cameo, speakers, accused, when), analysis, 0.7)
