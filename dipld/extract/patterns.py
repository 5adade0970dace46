"""Building blocks for fact rules written over masked sentences (``§S0§ met §P1§``).

>>> groups("§S0§, §S1§ and §S2§ are members")
['§S0§, §S1§ and §S2§']
>>> slots_in("§S0§ and §G1§")
['§S0§', '§G1§']
"""

from __future__ import annotations

import re

SLOT = r"§[SODPCLGMR]\d+§"
_SEP = r"(?:\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s*/\s*|\s*[-–]\s*)"


def group_of(codes: str) -> str:
    """A coordinated list of slots of the given codes: ``§S0§, §S1§ and §S2§``."""
    one = rf"§[{codes}]\d+§"
    return rf"{one}(?:{_SEP}{one})*"


STATES = group_of("SDG")
ORGS = group_of("O")
PARTIES = group_of("SDGO")
ACTORS = group_of("SOPG")
ANY = group_of("SODPGCL")

_SLOT_RE = re.compile(SLOT)
_GROUP_RE = re.compile(ANY)

NEGATION = re.compile(
    r"\b(?:not|never|no\s+longer|n['’]t|neither|nor|refused\s+to|failed\s+to|without)\b",
    re.IGNORECASE,
)
HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|(?-i:may)|if|unless|whether|should|possible|possibly|potential(?:ly)?|"
    r"consider(?:s|ed|ing)?|hope[sd]?\s+to|would\s+like)\b",
    re.IGNORECASE,
)
FUTURE = re.compile(
    r"\b(?:will|shall|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intention\s+to|"
    r"intent\s+to|is\s+to|are\s+to|expected\s+to|going\s+to|aims?\s+to|set\s+to|next\s+(?:week|month|year)|"
    r"upcoming|forthcoming)\b",
    re.IGNORECASE,
)


def keywords(pattern: str) -> frozenset[str]:
    """The words that can start a match of a trigger pattern (its alternatives' first words):
    a sentence without any of them cannot match, so the pattern need not run."""
    return frozenset(re.findall(r"(?:^|\||\(\?:)([a-z]+)", pattern))


def slots_in(text: str) -> list[str]:
    return _SLOT_RE.findall(text)


def groups(text: str) -> list[str]:
    return _GROUP_RE.findall(text)


def clause_before(masked: str, pos: int) -> str:
    """The clause that ends at ``pos``: back to the last ';', 'which', 'that' or 'who'."""
    head = masked[:pos]
    cut = max(head.rfind(";"), head.rfind(" which "), head.rfind(" that "), head.rfind(" who "))
    return head[cut + 1 :] if cut >= 0 else head


def clause_after(masked: str, pos: int) -> str:
    tail = masked[pos:]
    m = re.search(r";|, which|, while|, and (?=[a-z]+ed\b)|\. ", tail)
    return tail[: m.start()] if m else tail
