"""Economic words that only name a field of cooperation, not a material act (session 39).

A commitment is material cooperation (AGREE 031) when what is promised is itself an investment,
a purchase, a supply or a trade flow ("ready to invest in uranium mining", "will buy three
frigates", "to increase trade"). When trade or investment is only the field of a framework the
parties set up or widen, the act is intent to cooperate in general (030), as the gold sets code
it (all but one of the spent sets' such sentences):

- the object of a preposition after a word of cooperation or of a body: "expand cooperation
  with Belarus in trade, investment and agriculture", "set up a joint working group on
  semiconductor supply chains", "a joint commission on trade and investment", "a roadmap for
  trade and economic cooperation";
- a modifier of such a word: "trade and economic cooperation", "trade integration", "a Russian
  trade house";
- an economic relation itself: "deepen economic cooperation", "strengthen economic security",
  "expand commercial ties".

A sentence whose every economic word is of these kinds is no 031; one economic word used
plainly ("and to encourage Chinese companies to invest in Zambia") keeps it. Barriers to trade
stay 031: the gold sets code their removal both ways (030 after a leaders' meeting, 031 among a
trade deal's terms).

Likewise a dialogue or a mechanism set up, widened or worked through is a standing framework
(030), not an intent to meet or negotiate (036, which holding, convening or restoring one
stays): "agreed to establish a high-level strategic dialogue", "to launch a critical minerals
dialogue", "to set up an early warning mechanism", "to manage their differences through
dialogue", "a hotline under the maritime communication mechanism".
"""

from __future__ import annotations

import re

# a word of cooperation or of a body, then its field: "cooperation with §S1§ in agriculture,
# energy and " (the field words up to the economic one, no "to" of a later verb among them)
_FIELD_OF = re.compile(
    r"\b(?:cooperat\w*|collaborat\w*|commissions?|committees?|councils?|working\s+groups?|"
    r"task\s+forces?|dialogues?|forums?|mechanisms?|integration|partnerships?|"
    r"road\s?maps?|programmes?|programs?|frameworks?|links|connectivity)"
    r"(?:\s+with\s+(?:the\s+)?§[SDOG]\d+§)?\s+(?:in|on|of|for|to|regarding|covering)\s+"
    r"(?:(?!to\b|and\s+to\b)[\w§'’-]+,?\s+){0,8}$",
    re.IGNORECASE,
)
# the economic word names the kind of a relation, body or person that follows it: "trade and
# economic cooperation", "a trade house", "their trade ministers"
_KIND_OF = re.compile(
    r"(?:\s+and\s+(?:[\w-]+\s+){1,2}?|\s+)(?:cooperation|collaboration|integration|"
    r"partnership|ties|relations|dialogue|commissions?|committees?|councils?|"
    r"working\s+groups?|forums?|mechanisms?|houses?|missions?|offices?|representations?|"
    r"issues|matters|ministers?|ministry|ministries|officials|representatives|envoys?)\b",
    re.IGNORECASE,
)
# an economic relation itself: "economic cooperation", "commercial ties"
_RELATION = re.compile(
    r"^(?:economic|commercial)\b.*\b(?:cooperation|ties|relations|partnership|integration|"
    r"interaction|engagement|exchanges?|agenda|security)$",
    re.IGNORECASE | re.DOTALL,
)


def only_fields(text: str, matches: list[re.Match[str]]) -> bool:
    """Whether every economic word found in ``text`` only names a field of cooperation."""
    if not matches:
        return False
    for m in matches:
        if _RELATION.match(m.group(0)) is not None:
            continue
        if _FIELD_OF.search(text, max(0, m.start() - 120), m.start()) is not None:
            continue
        if _KIND_OF.match(text, m.end()) is not None:
            continue
        return False
    return True


# a dialogue or mechanism founded, widened or used as a means: "establish a strategic dialogue",
# "launch a C5+1 Critical Minerals Dialogue", "through dialogue", "under the Communication
# Mechanism" (not "hold", "convene", "resume" or "restore" one: a meeting)
_FOUNDED = re.compile(
    r"\b(?:establish\w*|launch\w*|set(?:ting)?\s+up|creat\w*|institut\w*|form(?:ing)?|"
    r"expand\w*|upgrad\w*|promot\w*|through|via|under)\s+"
    r"(?:(?:an?|the|their|its|our|a\s+new|new)\s+)?(?:[\w§'’+-]+\s+){0,5}$",
    re.IGNORECASE,
)
_FRAMEWORK = frozenset({"dialogue", "mechanism", "dialogues", "mechanisms"})


def only_frameworks(text: str, matches: list[re.Match[str]]) -> bool:
    """Whether every meeting word found in ``text`` is a dialogue or mechanism founded."""
    if not matches:
        return False
    for m in matches:
        if m.group(0).lower() not in _FRAMEWORK:
            return False
        if _FOUNDED.search(text, max(0, m.start() - 80), m.start()) is None:
            return False
    return True
