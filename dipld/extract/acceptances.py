"""An invitation accepted in the sentence that tells it, the guest named by no name of their
own: "Phuc invited Widodo to visit Viet Nam, and the invitation was accepted", "Modi invited
Meloni to visit India, and she accepted the invitation", "He invited President Tebboune to pay a
state visit to Italy, an invitation the President accepted" (session 41).

The guest's acceptance is their own AGREE (036) to the one who invited, besides the invitation
(ANNOTATION.md §5: one event per act; the spent golds code both in five of six such sentences).
Not an invitation still to be accepted ("an invitation he has yet to accept"), refused or
accepted "by" someone named (the clause rules read those).
"""

from __future__ import annotations

import re

from dipld.extract.facts import Doc, event_args
from dipld.extract.spans import Analysis
from dipld.extract.statements import statement_date
from dipld.model import EntityKind, FactClass

_ACCEPTED_HERE = re.compile(
    # ", and the invitation was accepted" (not "... accepted by ...": named, read elsewhere)
    r"(?:,\s+|\s+)and\s+(?:that\s+)?the\s+invitation\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?:\w+ly|also)\s+)?accepted\b(?!\s+by\b)"
    # ", and she accepted the invitation", "and he accepted it"
    r"|(?:,\s+|\s+)and\s+(?P<pro>he|she)\s+(?:has\s+|had\s+)?(?:(?:\w+ly|also)\s+)?"
    r"accepted\s+(?:it\b|the\s+invitation\b)"
    # ", an invitation the Angolan head of state accepted", ", an invitation §P3§ accepted"
    r"|,\s+an\s+invitation\s+(?:that\s+|which\s+)?(?:the\s+(?:[\w§-]+\s+){1,4}?|(?P<pro2>he|she)\s+|"
    r"(?P<p>§P\d+§)\s+)(?:has\s+|had\s+)?(?:(?:\w+ly|also)\s+)?accepted\b"
)


def accepted_in_sentence(analysis: Analysis, doc: Doc) -> None:
    """AGREE (036) by the guest of the one invitation this sentence tells, accepted in it."""
    if "accepted" not in analysis.words or "invit" not in analysis.sentence.text:
        return
    m = _ACCEPTED_HERE.search(analysis.masked)
    if m is None:
        return
    begin = analysis.sentence.begin
    told = [
        f
        for f in doc.facts
        if f.cls is FactClass.EVENT
        and "036" in f.get("cameoCode")
        and any(e.begin == begin for e in f.evidence)
    ]
    if len(told) != 1:
        return  # (none, or an invitation and its acceptance already: read by the clause rules)
    hosts, guests = told[0].entities("actor"), told[0].entities("recipient")
    if not hosts or not guests:
        return
    if (m.group("pro") or m.group("pro2")) and (
        len(guests) != 1 or guests[0].kind is not EntityKind.PERSON
    ):
        return  # ("and she accepted": the one person invited)
    if m.group("p") is not None:
        named = {e.key for e in analysis.mention(m.group("p")).entities}
        if named != {e.key for e in guests}:
            return  # (someone else accepted it)
    when = statement_date(analysis, doc, list(guests))
    doc.add(FactClass.EVENT, event_args("AGREE", "036", guests, hosts, when), analysis, 0.7)
