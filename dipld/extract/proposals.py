"""A named initiative praised with who put it forward: that one (session 43, support).

"Zambia welcomes and supports the Global Development Initiative proposed by Xi", "Belarus
fully supported the Global Security Initiative put forward by Xi Jinping": the praise reading
took the first name after the verb, the initiative's (an organisation the KB lacks), as the one
praised. An initiative, plan or proposal is no party; the praise is of the one who made it
(ANNOTATION.md §5: praise of a named actor), told after "proposed by", "put forward by",
"launched by" or "initiated by" right after the name (the dev and spent gold code both such
sentences so, with the proposer as recipient).

Only an unlinked name ending in a word of a proposal ("Initiative", "Plan", "Proposal",
"Concept", "Vision", "Roadmap", "Strategy", "Formula"): not a party named with a "by" after it
("thanked Qatar, hosted by ...").
"""

from __future__ import annotations

import re

from dipld.extract.facts import entities_of
from dipld.extract.spans import Analysis
from dipld.model import Entity, EntityKind

_PROPOSER_KINDS = frozenset({EntityKind.STATE, EntityKind.ORGANIZATION, EntityKind.PERSON})
# the last word of a proposal's name
_PROPOSAL_NAME = re.compile(
    r"(?:Initiative|Initiatives|Plan|Proposal|Proposals|Concept|Vision|Roadmap|Strategy|Formula)"
)
# right after the name: "proposed by Xi", "put forward by President Xi Jinping", "launched by
# China in 2021"
_PROPOSED_BY = re.compile(
    r"^,?\s+(?:(?:first|originally|jointly)\s+)?(?:proposed|put\s+forward|launched|initiated|"
    r"advanced|unveiled)\s+by\s+(?:the\s+)?(?P<p>§[PSOG]\d+§(?:\s+and\s+(?:the\s+)?§[PSOG]\d+§)?)"
)


def proposer_of(analysis: Analysis, slot: str, after: str) -> list[Entity] | None:
    """Who put forward the initiative the praised slot names, when the text right after the
    name tells it ("... Initiative proposed by Xi"); None when the slot is no unlinked
    proposal's name or no proposer follows."""
    if "by" not in analysis.words or not slot.startswith("§O"):
        return None
    mention = analysis.mention(slot)
    if any(e.qid is not None for e in mention.entities):
        return None
    if not _PROPOSAL_NAME.fullmatch(mention.text.split()[-1]):
        return None
    m = _PROPOSED_BY.match(after)
    if m is None:
        return None
    found = [e for s in re.findall(r"§[PSOG]\d+§", m.group("p")) for e in entities_of(analysis, s)]
    found = [e for e in found if e.kind in _PROPOSER_KINDS]
    return found or None
