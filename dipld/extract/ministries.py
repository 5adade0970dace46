"""A state's foreign ministry named before its state: the state (session 43, support).

"The Ministry of Foreign Affairs of the Republic of Kenya welcomed the decision", "The Foreign
Ministry of Kenya said it supported ...": a release's and an agency's usual way to name who
speaks. The mentions read "Ministry of Foreign Affairs" as an organisation the KB lacks (or, for
"Foreign Ministry", as no mention at all), so the clause rules took that nameless body as the
subject, or none, and the state after it was left out of the clause: the praise that followed
came out with no actor ("welcomed the decision") or not at all. A foreign ministry speaks for
its state (ANNOTATION.md §6: a state's organs act as the state), as "the Kenyan Foreign
Ministry" and "Kenya's Ministry of Foreign Affairs" already are read; so the subject "the
[foreign ministry] of [state]" is that state, and the clause begins after it.

Only a state's foreign ministry (also "... and International Cooperation", "External
Affairs") and its foreign office: not a ministry of another field, a court, a party, nor a body
the KB knows (a linked organisation keeps its own name).
"""

from __future__ import annotations

import re

from dipld.extract.facts import entities_of
from dipld.extract.spans import Analysis
from dipld.model import Entity, EntityKind

# the foreign ministry's own names ("Ministry of Foreign Affairs and International Cooperation",
# "Foreign Ministry", "Ministry of External Affairs", "Foreign Office")
_FOREIGN_MINISTRY = (
    r"(?:Ministry\s+of\s+(?:Foreign|External)\s+Affairs(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|"
    r"(?:Foreign|External\s+Affairs)\s+Ministry|Foreign\s+Office)"
)
_MINISTRY_LABEL = re.compile(rf"(?:[Tt]he\s+)?{_FOREIGN_MINISTRY}")
# the subject: "The §O0§ of the §S1§" (the ministry an unlinked mention), "The Foreign Ministry
# of §S0§" (no mention), then the verb's clause
_MINISTRY_OF = re.compile(
    rf"(?:[Tt]he\s+)?(?:(?P<o>§O\d+§)|{_FOREIGN_MINISTRY})\s+of\s+(?:the\s+)?(?P<s>§S\d+§)(?=\s)"
)


def ministry_state(analysis: Analysis, at: int) -> tuple[list[Entity], int] | None:
    """The state whose foreign ministry is the subject at ``at`` ("The Ministry of Foreign
    Affairs of the Republic of Kenya welcomed ..."), and where the subject ends; None when the
    subject is no such ministry."""
    masked = analysis.masked
    if "of" not in analysis.words or "§S" not in masked:
        return None
    m = _MINISTRY_OF.match(masked, at)
    if m is None:
        return None
    if m.group("o") is not None:
        body = analysis.mention(m.group("o"))
        if not _MINISTRY_LABEL.fullmatch(body.text) or any(
            e.qid is not None for e in body.entities
        ):
            return None  # ("The African Union Commission of ...": a body of its own)
    states = [e for e in entities_of(analysis, m.group("s")) if e.kind is EntityKind.STATE]
    return (states, m.end()) if len(states) == 1 else None
