"""Office titles: which words name which role concept, and how a title names its jurisdiction.

>>> m = match_title("Foreign Minister of Belarus", 0)
>>> (m.role, m.text) if m else None
('ForeignMinister', 'Foreign Minister')
>>> match_title("Deputy Secretary of State", 0).role
'DeputyMinister'
>>> match_title("President", 0).role
'HeadOfState'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# (pattern, role). Order matters: longer, more specific titles first.
_TITLES: tuple[tuple[str, str], ...] = (
    (r"(?:first\s+)?deputy\s+prime\s+ministers?|vice[-\s]premiers?|deputy\s+premiers?", "DeputyHeadOfGovernment"),
    (r"vice[-\s]presidents?(?!\s+of\s+the\s+(?:european|world|asian))", "DeputyHeadOfGovernment"),
    (r"(?:first\s+)?(?:deputy|vice)\s+(?:foreign\s+ministers?|ministers?\s+(?:of|for)\s+foreign\s+affairs|"
     r"secretary\s+of\s+state|foreign\s+secretary)", "DeputyMinister"),
    (r"(?:first\s+)?vice\s+foreign\s+ministers?", "DeputyMinister"),
    (r"under\s+secretary(?:\s+of\s+state)?(?:\s+for\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*)?", "DeputyMinister"),
    (r"deputy\s+secretary(?:\s+of\s+[A-Z][a-z]+)?", "DeputyMinister"),
    (r"(?:first\s+)?deputy\s+ministers?(?:\s+(?:of|for)\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*)?", "DeputyMinister"),
    (r"prime\s+ministers?|premiers?|chancellors?", "HeadOfGovernment"),
    (r"foreign\s+ministers?|ministers?\s+(?:of|for)\s+foreign\s+affairs(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)?|"
     r"secretary\s+of\s+state|foreign\s+secretary|ministers?\s+of\s+external\s+affairs|"
     r"external\s+affairs\s+ministers?|FM", "ForeignMinister"),
    (r"national\s+security\s+advis[eo]rs?", "NationalSecurityAdvisor"),
    (r"special\s+(?:presidential\s+)?(?:envoy|representative)s?(?:\s+for\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)?", "SpecialEnvoy"),
    (r"permanent\s+representatives?|ambassadors?(?:-at-large)?|envoys?|charg[ée]\s+d['’]affaires", "Ambassador"),
    (r"(?:deputy\s+)?assistant\s+secretary(?:\s+of\s+state)?(?:\s+for\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*)?|"
     r"senior\s+director|deputy\s+chief\s+of\s+mission|deputy\s+national\s+security\s+advis[eo]r", "SeniorOfficial"),
    (r"secretary[-\s]general|director[-\s]general|high\s+representative|chairman\s+of\s+the\s+board", "HeadOfOrganization"),
    (r"(?:vice\s+chairman|chief)\s+of\s+the\s+(?:general\s+staff|central\s+military\s+commission|joint\s+chiefs\s+of\s+staff)|"
     r"commander-in-chief|commander|chief\s+of\s+staff\s+of\s+the\s+armed\s+forces", "MilitaryCommander"),
    (r"presidents?|kings?|queens?|emirs?|amirs?|sultans?|heads?\s+of\s+state", "HeadOfState"),
    (r"ministers?(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:,?\s+(?:and\s+)?[A-Z][a-z]+)*)?|"
     r"(?:defen[cs]e|finance|trade|economy|economic|energy|interior|justice|health|commerce|agriculture|"
     r"transport|industry|education|culture)\s+ministers?|"
     r"secretary\s+of\s+(?:the\s+)?(?:treasury|defen[cs]e|commerce|energy|homeland\s+security|agriculture)|"
     r"(?:treasury|commerce|defen[cs]e|energy)\s+secretary|trade\s+representative", "Minister"),
    (r"administrator|director|governor\s+of\s+the\s+central\s+bank", "HeadOfAgency"),
    (r"spokes(?:person|man|woman)", "Spokesperson"),
    (r"chairman|chairwoman|chairperson|chair", "HeadOfOrganization"),
)
# Titles whose words are ordinary nouns: only accepted capitalised (or as "the <title> of").
_NEEDS_CAPITAL = frozenset({"HeadOfAgency", "HeadOfOrganization", "Spokesperson", "MilitaryCommander"})

_ROLES = tuple(role for _, role in _TITLES)
_ALL = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(f"(?P<r{i}>{pat})" for i, (pat, _) in enumerate(_TITLES))
    + r")(?![A-Za-z-])",
    re.IGNORECASE,
)


#: Title words that mark a former or future office: no Tenure for them.
NOT_CURRENT = re.compile(
    r"\b(?:former|ex-|then|late|outgoing|incoming|future|first\s+president|designate|-elect|elect)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A title at ``begin`` (relative to the string searched) and its role concept."""

    begin: int
    end: int
    text: str
    role: str


def _accept(m: re.Match[str]) -> TitleMatch | None:
    group = m.lastgroup
    if group is None:
        return None
    role = _ROLES[int(group[1:])]
    words = m.group(0)
    if role in _NEEDS_CAPITAL and not words[:1].isupper():
        return None
    if words.lower() == "fm" and words != "FM":
        return None
    return TitleMatch(m.start(), m.end(), words, role)


def match_title(text: str, pos: int) -> TitleMatch | None:
    """The title starting exactly at ``pos``, if any."""
    m = _ALL.match(text, pos)
    return _accept(m) if m else None


def find_titles(text: str) -> list[TitleMatch]:
    """Every title in ``text``, leftmost first, not overlapping."""
    out: list[TitleMatch] = []
    for m in _ALL.finditer(text):
        found = _accept(m)
        if found:
            out.append(found)
    return out
