"""Offices in China's central party and state organs: titles whose body names the state.

China's press and the wires that follow it title officials by the organ they serve in, not by
a ministry: "Wang Yi, director of the Office of the Central Foreign Affairs Commission",
"Director of the General Office of the CPC Central Committee Cai Qi", "Zhao Leji, chairman of
the NPC Standing Committee", "Liu Zhenli, chief of the Joint Staff Department of the Central
Military Commission". No state is named, yet each organ is China's only, so the office is
China's (ANNOTATION.md §4; the spent sets code them so: a party office's or a legislature's
head a SeniorOfficial, a staff chief of the Central Military Commission a
MilitaryCommander). The titles are read in lower case as well: the capitalised organ's name
after them marks them as titles (not "the director of the office said").

Not here: the party's general secretary and the Central Military Commission's chairman (the
head of state's other titles, which the spent sets do not code), another state's party
organs ("the Communist Party of Vietnam Central Committee").

>>> [china_organ_state(t) for t in ("director of the Office of the Central Foreign Affairs "
...     "Commission", "Chairman of the NPC Standing Committee", "chairman of the board")]
['Q148', 'Q148', None]
"""

from __future__ import annotations

import re

#: China's Wikidata item.
CHINA = "Q148"

# the Communist Party of China, by its names and abbreviations (capitalised)
_CPC = r"(?:CPC|CCP|Communist\s+Party\s+of\s+China|Chinese\s+Communist\s+Party)"
# its Central Committee: "the CPC Central Committee", "the Central Committee of the CPC"
_CENTRAL_COMMITTEE = rf"(?:{_CPC}\s+Central\s+Committee|Central\s+Committee\s+of\s+the\s+{_CPC})"
# the National People's Congress and the CPPCC
_NPC = r"(?:NPC|National\s+People['’]s\s+Congress)"
_CPPCC = r"(?:CPPCC|Chinese\s+People['’]s\s+Political\s+Consultative\s+Conference)"
# the party's central commissions whose offices have a director ("the Central Foreign Affairs
# Commission", "the Central National Security Commission")
_CENTRAL_COMMISSION = (
    r"Central\s+(?:Foreign\s+Affairs|National\s+Security|Financial\s+and\s+Economic\s+Affairs)\s+"
    r"Commission"
)

#: A party office's or a legislature's head: a senior official of China (lower case allowed,
#: the organ's name in capitals).
_SENIOR = (
    r"director\s+of\s+the\s+(?-i:(?:General\s+)?Office\s+of\s+the\s+"
    rf"(?:{_CENTRAL_COMMITTEE}|{_CENTRAL_COMMISSION}(?:\s+of\s+the\s+(?:{_CENTRAL_COMMITTEE}|"
    rf"{_CPC}))?))|"
    rf"chairman\s+of\s+the\s+(?-i:{_NPC}\s+Standing\s+Committee|Standing\s+Committee\s+of\s+the\s+"
    rf"{_NPC}|{_CPPCC}\s+National\s+Committee|National\s+Committee\s+of\s+the\s+{_CPPCC})"
)
#: A staff chief or vice-chairman of the Central Military Commission: a military commander.
_COMMANDER = (
    r"chief\s+of\s+the\s+(?-i:Joint\s+Staff\s+Department\s+of\s+the\s+(?:Central\s+Military\s+"
    r"Commission|CMC|[Cc]ommission)\b)|"
    r"vice[-\s]chairman\s+of\s+the\s+(?-i:(?:Central\s+Military\s+Commission|CMC)\b)"
)

#: A seat in a ruling party's leading organ between a name's comma and its office: "Wang Yi, a
#: member of the Political Bureau of the CPC Central Committee and director of ...", "Liu
#: Zhenli, member of the Central Military Commission and chief of ..." (people.py reads the
#: office as the name's, as if apposed right after the comma).
MEMBER_OF_ORGAN_BEFORE = (
    r"(?:(?:a\s+)?member\s+of\s+the\s+(?:Political\s+Bureau|Politburo|Secretariat|Central\s+"
    r"Military\s+Commission)(?:\s+(?:of|the|[A-Z][\w'’-]*)){0,10}?,?\s+and\s+)?"
)

#: (pattern, role) for offices.py's title table, tried before its general titles.
ORGAN_TITLES: tuple[tuple[str, str], ...] = (
    (_SENIOR, "SeniorOfficial"),
    (_COMMANDER, "MilitaryCommander"),
)

_ORGAN_TITLE = re.compile(
    rf"(?:the\s+)?(?:{_SENIOR}|{_COMMANDER})",
    re.IGNORECASE,
)


def china_organ_title(words: str) -> bool:
    """Whether ``words`` are a title of one of China's central organs (any case before the
    organ's capitalised name)."""
    return _ORGAN_TITLE.fullmatch(words) is not None


def china_organ_state(label: str) -> str | None:
    """China's QID for a title of one of its central organs, else None."""
    return CHINA if china_organ_title(label) else None
