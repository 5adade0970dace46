"""What a demand asks for, when the event table's own tests leave it a bare REQUEST 100
(session 39b):

- restraint and calm: "urged China to exercise restraint", "called for restraint in the PRC's
  military activity", "urged Beijing to reduce tensions", "called on the PRC to stop its
  provocative conduct", "demanded that Russia cease its use of force": a demand to de-escalate
  a military engagement (1056); not "trade tensions", not restraint toward protesters;
- economic measures eased: "urged China to lift its ban on Japanese seafood imports", "urged
  China to remove the trade impediments", "called for the lifting of the sanctions", "urged the
  United States to lower tariffs on Indian goods": a demand to ease sanctions, a boycott or an
  embargo (1054); not "to impose sanctions", not "lift the blockade";
- frozen assets: "urged the United States to unfreeze the funds": a demand to release property
  (1053), as "to release" already was.

Each test reads the text right after the verb of asking (its recipient and "to", or "for"),
so that a later clause ("... and said sanctions would stay") is not what was asked.
"""

from __future__ import annotations

import re

# the recipient and "to" (or "that X"), or "for", that open what is asked
_ASKED_OPENING = (
    r"^\s*(?:for\s+|that\s+)?(?:(?:the\s+)?§[SDOPG]\d+§(?:\s+and\s+(?:the\s+)?§[SDOPG]\d+§)?"
    r"(?:['’]s\s+[\w-]+)?\s+(?:(?:on|in)\s+[A-Z][a-z]+\s+|again\s+|repeatedly\s+)?(?:to\s+)?|"
    # ("urged both sides to", "called on the two governments to")
    r"(?:[\w-]+\s+){1,3}?to\s+)?"
)

# a demand for restraint or calm in a military standoff (1056)
_RESTRAINT_ASKED = re.compile(
    _ASKED_OPENING + r"[^.;:§]{0,50}?\b(?:(?:exercise|show|use|display|act\s+with|observe)\s+"
    r"(?:the\s+)?(?:(?:maximum|utmost|great(?:est)?|more)\s+)?restraint|"
    r"(?<![\w-])(?:(?:maximum|utmost)\s+)?restraint\b(?=\s+(?:in|on|from|by|over|around|along|"
    r"at)\b|\s*[,.;]|\s+and\b)|(?:reduce|ease|defuse|lower|calm|de-?escalate)\s+(?:the\s+)?"
    r"(?:(?:military|current|rising|heightened)\s+)?tensions\b|(?:stop|cease|end|halt|refrain\s+"
    r"from)\s+(?:its\s+|their\s+|the\s+|any\s+|further\s+|all\s+)*(?:[\w-]+\s+(?:and\s+)?){0,2}?"
    r"(?:provocative\s+(?:conduct|actions?|acts|activities|behaviou?r|moves|manoeuvres|maneuvers)|"
    r"provocations)\b|(?:cease|stop|end|halt|refrain\s+from)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:use|threat)\s+of\s+force\b)",
    re.IGNORECASE,
)
# restraint that is no military matter: toward protesters, in spending, on trade
_NOT_MILITARY_RESTRAINT = re.compile(
    r"\b(?:protest(?:er)?s|demonstrat(?:ors|ions)|crowds|spending|budget|trade\s+tensions|"
    r"economic\s+tensions|commercial\s+tensions|political\s+tensions|ethnic\s+tensions|"
    r"communal\s+tensions)\b",
    re.IGNORECASE,
)

# the measures a demand asks to ease: sanctions, embargoes, tariffs, trade bans (1054)
_ECONOMIC_MEASURE = (
    r"(?:(?:[\w-]+\s+){0,4}?(?:sanctions|embargo(?:es)?|tariffs|(?:import\s+|export\s+|"
    r"customs\s+)?duties)|(?:[\w-]+\s+){0,2}?(?:trade|import|export)\s+(?:barriers|restrictions|"
    r"impediments|curbs|bans?|measures)|(?:[\w-]+\s+){0,2}?(?:bans?|restrictions|curbs)\s+on\s+"
    r"(?:[\w§-]+\s+){0,3}?(?:imports|exports|trade|products|goods|seafood|produce|wine|barley|"
    r"fertili[sz]ers?))\b"
)
_EASING_ASKED = re.compile(
    _ASKED_OPENING + r"(?:(?:immediately|fully|completely|unconditionally|also)\s+)?"
    r"(?:(?:lift|ease|remove|drop|end|scrap|lower|reduce|cut|roll\s+back|relax|repeal)\s+"
    r"(?:the\s+|its\s+|their\s+|all\s+|all\s+the\s+)?" + _ECONOMIC_MEASURE + r"|"
    r"(?:the\s+|an\s+)?(?:(?:immediate|complete|full|unconditional|swift)\s+)?(?:lifting|removal|"
    r"easing|repeal|end|scrapping|relaxation)\s+(?:of|to)\s+(?:the\s+|its\s+|their\s+|all\s+)?"
    + _ECONOMIC_MEASURE
    + r")",
    re.IGNORECASE,
)
# a blockade or siege is no economic measure of this kind
_BLOCKADE = re.compile(r"\b(?:blockade|siege)\b", re.IGNORECASE)

# frozen property asked back (1053)
_UNFREEZE_ASKED = re.compile(
    _ASKED_OPENING + r"(?:(?:immediately|fully|also)\s+)?(?:unfreeze|unblock)\s+(?:the\s+|its\s+|"
    r"their\s+|all\s+)?(?:[\w§'’-]+\s+){0,4}?(?:assets|funds|reserves|accounts|money)\b",
    re.IGNORECASE,
)


def demand_code(tail: str) -> str | None:
    """The CAMEO code of what a demand asks for, from the text right after its verb, when it is
    one of restraint (1056), eased economic measures (1054) or frozen assets (1053)."""
    head = tail[:200]
    restraint = _RESTRAINT_ASKED.match(head)
    if restraint is not None and not _NOT_MILITARY_RESTRAINT.search(head[: restraint.end() + 40]):
        return "1056"
    eased = _EASING_ASKED.match(head)
    if eased is not None and not _BLOCKADE.search(eased.group(0)):
        return "1054"
    if _UNFREEZE_ASKED.match(head):
        return "1053"
    return None
