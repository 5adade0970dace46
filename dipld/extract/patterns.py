"""Building blocks for fact rules written over masked sentences (``§S0§ met §P1§``).

>>> groups("§S0§, §S1§ and §S2§ are members")
['§S0§, §S1§ and §S2§']
>>> slots_in("§S0§ and §G1§")
['§S0§', '§G1§']
"""

from __future__ import annotations

import re

SLOT = r"§[SODPCLGMR]\d+§"
_SEP = (
    r"(?:\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+|his\s+|her\s+|their\s+)?|\s*/\s*|"
    r"\s*[-–]\s*)"
)


def group_of(codes: str) -> str:
    """A coordinated list of slots of the given codes: ``§S0§, §S1§ and §S2§``."""
    one = rf"§[{codes}]\d+§"
    return rf"{one}(?:{_SEP}{one})*"


# introductory phrases before a sentence's subject ("During the meeting, ", "Today, ")
INTRO = re.compile(
    r"^(?:[-•*]\s+|\(?[ivx0-9]{1,4}[.)]\s+|"
    r"(?:[A-Z][a-z]+ly|Today|Additionally|Moreover|Further(?:more)?|Also|In\s+addition|Finally|"
    r"Similarly|Meanwhile|Together|However|In\s+particular|In\s+turn|Accordingly|Therefore|Thus|"
    r"Hence|Separately|Specifically|Importantly|Notably|Again|Now|Then|Yesterday|Earlier|Later)\s*,\s*|"
    r"(?:That|This)\s+is\s+why\s+|"
    r"(?:During|In|On|At|After|Following|Through|As\s+part\s+of|Under|Despite|With|Building\s+on|"
    r"Recognizing|Recognising|Facing|Pending|Consistent\s+with|For|To|Since|Before|Given|Noting|"
    r"Acknowledging|Reflecting|Guided\s+by|In\s+light\s+of|Based\s+on|Beyond|Among)\b[^,;]{0,220}?,\s*)+"
)

STATES = group_of("SDG")
ORGS = group_of("O")
PARTIES = group_of("SDGO")
ACTORS = group_of("SOPG")
ANY = group_of("SODPGCL")

_SLOT_RE = re.compile(SLOT)
_GROUP_RE = re.compile(ANY)


def _any_word(*alternatives: str) -> re.Pattern[str]:
    r"""``\b(?:one|two|...)\b``, ignoring case. A lookahead for the alternatives' first letters
    lets a search pass over most words without trying every alternative at them.

    >>> _any_word("will", r"plans?\s+to", "(?-i:may)").pattern
    '\\b(?=[mpw])(?:will|plans?\\s+to|(?-i:may))\\b'
    """
    first = {alternative.removeprefix("(?-i:")[0] for alternative in alternatives}
    assert all(letter.isalpha() for letter in first), first
    return re.compile(
        rf"\b(?=[{''.join(sorted(first))}])(?:{'|'.join(alternatives)})\b", re.IGNORECASE
    )


NEGATION = _any_word(
    "not",
    "never",
    r"no\s+longer",
    "n['’]t",
    "neither",
    "nor",
    r"refused\s+to",
    r"failed\s+to",
    "without",
)
HYPOTHETICAL = _any_word(
    "could",
    "would",
    "might",
    "(?-i:may)",
    "if",
    "unless",
    "whether",
    "should",
    "possible",
    "possibly",
    "potential(?:ly)?",
    "consider(?:s|ed|ing)?",
    r"hope[sd]?\s+to",
    r"would\s+like",
)
FUTURE = _any_word(
    "will",
    "shall",
    r"plans?\s+to",
    r"planned\s+to",
    r"planning\s+to",
    r"intends?\s+to",
    r"intention\s+to",
    r"intent\s+to",
    r"is\s+to",
    r"are\s+to",
    r"expected\s+to",
    r"going\s+to",
    r"aims?\s+to",
    r"set\s+to",
    r"next\s+(?:week|month|year)",
    "upcoming",
    "forthcoming",
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


_CLAUSE_END = re.compile(r";|, which|, while|, and (?=[a-z]+ed\b)|\. ")


def clause_after(masked: str, pos: int) -> str:
    tail = masked[pos:]
    m = _CLAUSE_END.search(tail)
    return tail[: m.start()] if m else tail
