"""Role concepts of posts: derived by explicit rules from a position's kind, role guess and label.

A role is given only when a rule is clear; anything else gets None (no guess). Heads of state
and of government come only from the sources' own classification (positions.csv ``kind`` =
``leader`` with ``role_guess``, or a generic class), never from a free label, so regional
offices such as "Prime Minister of Crimea" are not taken for national ones.

>>> derive_role("leader", "head_of_state", "President of Belarus")
'HeadOfState'
>>> derive_role("foreign_minister", "", "Minister of Foreign Affairs")
'ForeignMinister'
>>> derive_role(None, "", "Ambassador to Belarus")
'Ambassador'
>>> derive_role(None, "", "Deputy Prime Minister")
'DeputyHeadOfGovernment'
>>> derive_role(None, "", "Secretary of State of Maryland") is None
True
>>> derive_role(None, "", "Prime Minister of Crimea") is None
True
>>> derive_role("cabinet", "", "United States Secretary of State")
'ForeignMinister'
>>> derive_role("cabinet", "", "Minister of Finance of Ukraine")
'Minister'
"""

from __future__ import annotations

import re

ROLES: tuple[str, ...] = (
    "HeadOfState",
    "HeadOfGovernment",
    "ForeignMinister",
    "Ambassador",
    "Minister",
    "DeputyHeadOfGovernment",
    "DeputyMinister",
    "NationalSecurityAdvisor",
    "SpecialEnvoy",
    "SeniorOfficial",
    "HeadOfAgency",
    "HeadOfOrganization",
    "MilitaryCommander",
)

# positions.csv role_guess (kind "leader") -> role
_GUESSES = {"head_of_state": "HeadOfState", "head_of_government": "HeadOfGovernment"}

# exact labels of generic position classes (positions.csv kind "generic_class", from S11)
_GENERIC = {
    "head of state": "HeadOfState",
    "monarch": "HeadOfState",
    "head of government": "HeadOfGovernment",
    "prime minister": "HeadOfGovernment",
    "foreign minister": "ForeignMinister",
    "minister": "Minister",
    "deputy minister": "DeputyMinister",
    "ambassador of a country": "Ambassador",
    "ambassador to a country": "Ambassador",
    "military chief of staff": "MilitaryCommander",
}

_US_DEPARTMENTS = (
    "agriculture|commerce|defen[cs]e|education|energy|health and human services|health"
    "|homeland security|housing and urban development|labou?r|transportation|veterans affairs"
    "|the interior|the treasury"
)

# (pattern on the lower-cased label, role or None); the first match wins
_RULES: tuple[tuple[re.Pattern[str], str | None], ...] = tuple(
    (re.compile(pattern), role)
    for pattern, role in (
        (
            r"^(first )?(deputy (prime minister|premier)|vice[- ]premier"
            r"|vice[- ]president of the council of ministers"
            r"|deputy chairman of the government)\b",
            "DeputyHeadOfGovernment",
        ),
        (r"^(first )?deputy (foreign )?minister\b", "DeputyMinister"),
        (rf"^deputy secretary of ({_US_DEPARTMENTS}|state)$", "DeputyMinister"),
        (r"^(deputy secretary-general|under-secretary-general)\b", "SeniorOfficial"),
        (
            r"^(first )?deputy head of the (presidential|president|belarus president) "
            r"administration\b",
            "SeniorOfficial",
        ),
        (r"^(deputy|first deputy|vice|acting|lieutenant)\b", None),
        (
            r"^(minister (of|for) (foreign|external) (affairs|relations)"
            r"|foreign minister\b|secretary (of|for) foreign affairs"
            r"|(united states )?secretary of state$)",
            "ForeignMinister",
        ),
        (r"^national security advis[eo]r\b", "NationalSecurityAdvisor"),
        (r"\bspecial envoy\b", "SpecialEnvoy"),
        (r"\bambassador\b|^permanent representative\b", "Ambassador"),
        (r"\bprime minister\b|\bpremier\b|\bminister-president\b", None),
        (r"^(united states )?attorney general$", "Minister"),
        (rf"^(united states )?secretary of ({_US_DEPARTMENTS})$", "Minister"),
        (r"^([\w'-]+ )?minister\b|\bminister (of|for|in charge of)\b", "Minister"),
        (
            r"^(governor|president|chair|chairman|chairperson) of the (central|national|people's) "
            r"bank\b|^governor of the central bank\b|^chair of the federal reserve\b"
            r"|^president of the central bank\b",
            "HeadOfAgency",
        ),
        (
            r"^(director|head|chairman|chairperson) of (the )?(cia|fbi|svr|national intelligence"
            r"|federal security service|foreign intelligence service|security service"
            r"|state security committee|national security committee)\b|^administrator of the\b",
            "HeadOfAgency",
        ),
        (
            r"^(chief of (the )?general staff|chairman of the joint chiefs of staff"
            r"|chief of the joint staff"
            r"|chief of staff of the (united states )?(army|navy|air force)"
            r"|chief of naval operations|commandant of the marine corps|supreme commander)\b",
            "MilitaryCommander",
        ),
        (
            r"^((special |senior )?assistant to the president"
            r"|assistant secretary\b|under secretary\b"
            r"|senior advis[eo]r to the president|counselor to the president"
            r"|white house chief of staff|head of the presidential administration"
            r"|head of the (office|secretariat) of the president)",
            "SeniorOfficial",
        ),
    )
)

_HEAD_OF_ORGANIZATION = re.compile(
    r"^(united nations secretary-general|secretary-general of|secretary general of"
    r"|director-general of|director general of)\b"
)


def derive_role(kind: str | None, role_guess: str, label: str) -> str | None:
    """The role concept (local name under ``dipld:``) of a post, or None when no rule is clear.

    ``kind`` is positions.csv ``kind`` (None for an office known only by an officeholder label).
    """
    text = " ".join(label.split()).casefold()
    if kind == "leader":
        return _GUESSES.get(role_guess)
    if kind == "foreign_minister":
        return "ForeignMinister"
    if kind == "ambassador":
        return "Ambassador"
    if kind == "generic_class":
        return _GENERIC.get(text)
    if kind == "international" and _HEAD_OF_ORGANIZATION.match(text):
        return "HeadOfOrganization"
    for pattern, role in _RULES:
        if pattern.search(text):
            return role
    return None
