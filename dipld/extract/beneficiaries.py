"""Whom a commitment is made to, read with hooks from :mod:`.statements` (session 43):

- a group of states the KB has no entity for, named in the promise's own clause, is its
  recipient, kept as written and unlinked, also for a promise of cooperation or relations and
  before the other side of a meeting: "India said it would provide vaccines worth $7.5 million
  to Indo-Pacific countries" (not to the leaders India met), "Libya was ready to cooperate with
  all Mediterranean states", "restoring relations with the Gulf states", "will fund a new
  programme for Pacific island countries, worth A$30 million" (the development and spent gold
  code every such group it has as the recipient, unlinked: nine sentences);
- a named programme, initiative or plan is what the money is for, not a party: "will
  contribute $400 million to the Pacific Policing Initiative" (no recipient from it);
- the actor's own fund or body a sum comes from is no recipient: "will extend $4 billion in
  loans from its Economic Development Cooperation Fund to the Philippines" (the Philippines);
- an organisation after "at" is where something is done, not whom it is promised to: "would
  withdraw its complaint at the World Trade Organization", "would raise the issue at the
  Council" (the gold codes the latter with no recipient);
- a plan of one party that names no one it is for and no sum is no promise (ANNOTATION.md §7,
  future plans): "The Czech Republic plans to end its imports of Russian crude oil in 2025",
  "Greece intends to submit a Letter of Request" (not to the side of the meeting it was told
  at; not "we intend to continue these deliveries", what it already does for the other side);
  every other AGREE the gold codes for "plans/intends/aims to" names a party, a group or a sum
  (35 sentences in all), and a plan to sign ("The two governments intend to sign a memorandum
  later this year") is none either (the gold codes no such plan).
"""

from __future__ import annotations

import re

from dipld.model import Entity, EntityKind

# a group of states by one or two regional words the masking left as text ("Indo-Pacific
# countries", "Southeast Asian nations", "Mediterranean states", "the Gulf states", "Pacific
# island nations", "developing countries"; not "Member States", "third countries", "other
# countries", "both countries": no group named)
_REGION_WORD = (
    r"(?!(?:Member|Partner|Allied|Contracting|Participating|Third|Other|Both|All|These|Those|"
    r"Some|Many|Several|Fellow|Friendly|Western|Eastern|Northern|Southern|Foreign|Neighbouring|"
    r"Neighboring|Sovereign|Independent|Island|Donor|Nuclear|Two|Three|Four|Five|The|Our|Their|"
    r"Its|Such|Certain|Most|Few|Key|Major)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
)
GROUP_OF_STATES = (
    rf"(?:(?:{_REGION_WORD}(?:\s+{_REGION_WORD})?|developing|least\s+developed|low-income|"
    r"small\s+island)\s+"
    r"(?:island\s+)?(?:countries|nations|states|economies))(?![\w-])"
)
# the group a promise of cooperation, relations or support names: "cooperate with all
# Mediterranean states", "work closely with African countries", "relations with the Gulf
# states", "support for Pacific island countries", "fund a programme for Pacific island
# countries" (the group straight after the word, in the promise's own clause)
_GROUP_PARTNER = re.compile(
    r"\b(?:cooperat\w*|work(?:ing)?|relations|ties|partnership|dialogue|engage\w*|"
    r"coordinat\w*|consult\w*)\s+(?:(?:closely|together|further|more)\s+)?with\s+"
    rf"(?:all\s+|the\s+|other\s+|all\s+the\s+|fellow\s+)*(?P<g>{GROUP_OF_STATES})"
)
_GROUP_SUPPORTED = re.compile(
    r"\b(?:support|assistance|aid|help|funding|financing)\s+(?:to|for)\s+"
    rf"(?:all\s+|the\s+)?(?P<g>{GROUP_OF_STATES})"
)
_GROUP_FUNDED = re.compile(
    r"\b(?:fund|finance|provide|give|send|supply|deliver|donate|offer|extend)\b[^.;§]{0,80}?"
    rf"\b(?:to|for)\s+(?:all\s+|the\s+)?(?P<g>{GROUP_OF_STATES})(?=[^.;]{{0,60}}§M\d+§)"
)
_GROUP_AFTER_SUM = re.compile(
    r"(?:§M\d+§|\b(?:doses|vaccines|kits|equipment|supplies))(?:\s+(?!(?:to|for)\b)[\w-]+){0,4}?"
    rf"\s+(?:to|for)\s+(?:all\s+|the\s+)?(?P<g>{GROUP_OF_STATES})"
)


def group_of_states(clause: str, money: bool) -> list[Entity]:
    """The unlinked group of states a promise's own clause makes it to (see the module's
    docstring); ``money``: whether the promise is of money or goods (031, 033), which also reads
    a sum or goods going "to" or "for" the group. (The promise's modality is the commitment
    rule's to judge: "said it would provide ..." is a promise reported.)"""
    patterns = (
        (_GROUP_AFTER_SUM, _GROUP_FUNDED, _GROUP_SUPPORTED, _GROUP_PARTNER)
        if money
        else (_GROUP_PARTNER, _GROUP_SUPPORTED)
    )
    for pattern in patterns:
        m = pattern.search(clause)
        if m is not None:
            name = " ".join(m.group("g").split())
            return [Entity.unlinked(name, EntityKind.OTHER)]
    return []


# a named programme, plan or initiative (an unlinked name the mentions took as a body)
_PROGRAMME_NAME = re.compile(
    r"\b(?:Initiative|Programme|Program|Project|Plan|Scheme|Strategy|Roadmap|Corridor|"
    r"Compact|Window)$"
)
# the actor's own fund or body a sum comes from: "from its Economic Development Cooperation Fund"
_FROM_ITS = re.compile(r"\bfrom\s+(?:its|their|our|his|her)\s+(?:own\s+)?$")
# where something is done: "at the World Trade Organization", "at the Council"
_AT_BODY = re.compile(r"\bat\s+(?:the\s+)?$")


def no_party(clause: str, start: int, found: list[Entity]) -> bool:
    """Whether the party a commitment's object names at ``start`` is none the promise is made
    to: a programme by its name, the actor's own fund it draws on, a body where it is done."""
    if found and all(
        e.kind is EntityKind.ORGANIZATION and not e.is_linked and _PROGRAMME_NAME.search(e.label)
        for e in found
    ):
        return True
    before = clause[max(0, start - 30) : start]
    if _FROM_ITS.search(before):
        return True
    return bool(_AT_BODY.search(before) and all(e.kind is EntityKind.ORGANIZATION for e in found))


_PLANNING = frozenset({"intend", "intends", "plan", "plans", "aim", "aims"})
# ("we intend to continue these deliveries", said to the other side: what it already does for it)
_GOING_ON = re.compile(r"^\s+(?:to\s+)?(?:continue|keep|maintain)\b")
_PLANNED_SIGNING = re.compile(r"^\s+(?:to\s+)?(?:sign|conclude|finalis|finaliz)")


def plan_for_no_one(verb: str, tail: str, clause: str, named: list[Entity], alone: bool) -> bool:
    """Whether a plan ("plans to", "intends to", "aims to") is no promise: a signing still to
    come, or one party's plan whose own ``clause`` names no party (``named``), group or sum."""
    if verb not in _PLANNING:
        return False
    if _PLANNED_SIGNING.match(tail):
        return True
    return (
        alone
        and not named
        and "§M" not in clause
        and "§S" not in clause
        and not _GOING_ON.match(tail)
    )
