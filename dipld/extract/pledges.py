"""Commitments told in ways the statement rules (:mod:`.statements`) read with a hook from here
(session 41):

- a plan or an attempt to open a mission is no promise to its host: "The United States intends
  to open embassies in Vanuatu and Kiribati", "Korea will also seek to open an embassy in
  Kiribati", "will continue to work toward opening an embassy in Vanuatu" (ANNOTATION.md §7,
  future plans; the development and spent gold code none of these, while "will open an embassy
  in Honiara" is an AGREE 030, which stays);
- a quote that opens with a state committing itself, its speaker after it: '"Ethiopia stands
  ready to cooperate with all," the Prime Minister wrote.', '"Estonia will continue to work
  with China," Reinsalu said.' (the state's AGREE, as the same words without the quote marks
  are; the gold takes the state, the speaker at most as an alternative);
- an openness to dialogue that names no one ("He reaffirmed that Russia remained open to
  dialogue.", in a call's readout) has no recipient, not the caller (the gold codes it without
  one; "open to continuing the dialogue with Kiev" names its party);
- a promise is not made to a person of the promising side: "Xi announced that China will
  provide another billion doses to Africa, as he delivered a speech" is not China's promise to
  Xi (a wrong recipient before).
"""

from __future__ import annotations

import re

from dipld.extract.facts import Doc, state_of
from dipld.model import Entity, EntityKind

# a mission to be opened, after a planning verb or a verb of trying: " to open an embassy in
# §S1§", " also seek to open a consulate general in ...", " also continue to work toward
# opening a §D0§ embassy in ..."
_MISSION_OPENED = (
    r"(?:open(?:ing)?|establish(?:ing)?|set(?:ting)?\s+up)\s+(?:an?\s+|its\s+|their\s+|the\s+)?"
    r"(?:new\s+|own\s+|permanent\s+|resident\s+)?(?:§[SD]\d+§\s+)?"
    r"(?:embass(?:y|ies)|consulates?(?:[\s-]+general)?|diplomatic\s+missions?)\b"
)
_MISSION_PLANNED = re.compile(
    r"\s+(?:(?:also|still|eventually|soon|now|later)\s+)?(?:to\s+)?" + _MISSION_OPENED
)
_MISSION_SOUGHT = re.compile(
    r"\s+(?:(?:also|still|eventually|soon|now|later)\s+)?(?:continue\s+to\s+)?"
    r"(?:seek|try|hope|aim|strive|work\s+towards?)\s+(?:to\s+)?" + _MISSION_OPENED
)
_PLANNING_VERBS = frozenset({"intend", "intends", "plan", "plans", "aim", "aims"})


def mission_planned(verb: str, tail: str) -> bool:
    """Whether a commitment verb and what follows it tell a mission only planned or sought
    ("intends to open an embassy in ...", "will seek to open ..."), not one promised ("will
    open an embassy in ...")."""
    if verb in _PLANNING_VERBS:
        return _MISSION_PLANNED.match(tail) is not None
    if verb in {"will", "shall"}:
        return _MISSION_SOUGHT.match(tail) is not None
    return False


# a quote that opens with a state committing itself: '"Ethiopia stands ready to ...', '"Estonia
# will continue to work with ...', '"Germany is fully prepared to ...' (a readiness, or a will to
# work with, support or help a party named in the quote: not '"The United States will continue
# to fly wherever international law allows,"', a stance with no one named)
_QUOTED_STATE = re.compile(
    r"[\"“](?P<s>§S\d+§)(?=\s+(?:also\s+)?(?:"
    r"(?:is|are|stands|remains)\s+(?:(?:also|fully|still|always|firmly|now)\s+)?"
    r"(?:ready|prepared|willing|committed)\s+to\s+(?!be\b)[a-z]|"
    r"will\s+(?:(?:also|always|further)\s+)?(?:continue\s+to\s+)?(?:"
    r"(?:work|cooperate|partner)\s+(?:(?:closely|together|hand\s+in\s+hand)\s+)?"
    # ("will continue to work towards constructive and pragmatic relations with China")
    r"(?:towards?\s+(?:[\w-]+\s+){1,5}?(?:relations|ties|cooperation)\s+)?with\s+"
    r"(?:(?:the|our|its|all)\s+)?(?:[\w-]+\s+){0,2}?§[SOG]\d+§|"
    r"(?:support|help|assist|stand\s+(?:by|with))\s+(?:the\s+)?§[SG]\d+§)))"
)
# the quote closed and its speaker after it: ',\" the Prime Minister wrote on social media',
# ',\" Reinsalu said.' (the quote's end is where its commitment stops)
_QUOTE_CLOSED = re.compile(
    r",[\"”]\s+(?:(?:the|a|an)\s+)?(?:[\w§'’.-]+\s+){0,6}?(?:said|says|told|wrote|added|stressed|"
    r"declared|tweeted|posted)\b"
)

_QUOTE_MARK = re.compile(r"[\"“”]")


def quoted_state(masked: str) -> tuple[str, int, re.Match[str]] | None:
    """The slot of the state a quote opens with committing itself, where its commitment begins
    and the match of the quote's close, when its speaker follows the quote."""
    if masked[:1] not in '"“':
        return None
    opened = _QUOTED_STATE.match(masked)
    if opened is None:
        return None
    closed = _QUOTE_CLOSED.search(masked, opened.end())
    if closed is None or _QUOTE_MARK.search(masked, opened.end(), closed.start()):
        return None  # (a second quote inside: not one quote with its speaker)
    return opened.group("s"), opened.end(), closed


def without_own_people(doc: Doc, recipients: list[Entity], sides: set[str]) -> list[Entity]:
    """The recipients of a promise but the people acting for one of the promising states (the
    keys of the actors and of their states); not an organisation's own officer ("Leaders agreed
    that Secretary-General Touray would remain in office": to him)."""
    return [
        r
        for r in recipients
        if r.kind is not EntityKind.PERSON
        or (s := state_of(doc, r)) is None
        or s.kind is not EntityKind.STATE
        or s.key not in sides
    ]


# what an openness or readiness is for, naming no one: " dialogue.", " a dialogue without
# preconditions", " talks at any time" (the whole clause; not " dialogue with Kiev")
_BARE_DIALOGUE = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:(?:constructive|frank|serious|genuine|political|further|"
    r"direct)\s+)?(?:dialogue|talks|negotiations|contacts|consultations)"
    r"(?:\s+(?:without\s+(?:any\s+)?preconditions|at\s+any\s+(?:time|level)))?\s*[.;]?\s*$"
)


def bare_dialogue(tail: str) -> bool:
    """Whether what follows "open to" or "ready for" is a dialogue naming no one."""
    return _BARE_DIALOGUE.match(tail) is not None
