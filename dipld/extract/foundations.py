"""Treaties told to be the foundation of two parties' relations: "the Lombok Treaty, signed in
2006, which remains the foundation of security cooperation between Australia and Indonesia",
"the Treaty of Friendship is the cornerstone of ties between Russia and Vietnam" (session 43).

A named treaty (capitalised, or "the 1951 ... Treaty") whose predicate, or a relative clause on
it, calls it the foundation, basis, cornerstone, bedrock or backbone of the relations, ties,
cooperation, alliance or partnership "between A and B" is a treaty of A and B, dated by the
signing told right after its name ("..., signed in 2006,"). Not a treaty that would, could or
should become one (no present or past "is", "remains", "serves as", "forms"), not a treaty
denied it ("is no longer the basis"), and not "a new treaty".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.facts import Doc
from dipld.extract.relations import parties_of, plainly_asserted, states_in
from dipld.extract.spans import Analysis, hedged
from dipld.model import FactClass, Value

_FOUNDATION_NOUNS = ("foundation", "basis", "cornerstone", "bedrock", "backbone")
_FOUNDATION_OF = re.compile(
    # the treaty by its name: "the Lombok Treaty", "the 1951 Mutual Defense Treaty", "the Treaty
    # of Friendship and Cooperation" (not "The treaty", "a new agreement")
    r"(?:\b(?:[Tt]he\s+)?(?:(?P<year>(?:1[89]|20)\d\d)\s+)?(?P<name>(?:(?!(?:The|A|An|This|That|It|Its|Their|"
    r"New|Draft)\b)[A-Z][\w’'-]*\s+)+(?:Treaty|Agreement|Accord|Pact|Convention|Compact|"
    r"Protocol)|(?:Treaty|Agreement|Accord|Pact|Convention)\s+(?:on|of|for)\s+"
    r"(?:[A-Z][\w’'-]*|and|the|of|on|,)(?:\s+(?:[A-Z][\w’'-]*|and|the|of|on)|,){0,10}))"
    # its signing told in an aside: "..., signed in 2006,"
    r"(?P<signed>,\s+(?:which\s+was\s+)?signed\s+(?:in|on)\s+[^,;§]{1,40}?(?:,|(?=\s+which\b)))?"
    r",?\s+(?:(?:which|that)\s+)?(?:still\s+|also\s+|has\s+long\s+|long\s+)?"
    r"(?:remains|remained|is|was|has\s+been|had\s+been|serves\s+as|served\s+as|forms|formed|"
    r"constitutes|constituted|provides|provided|lays|laid)\s+"
    r"(?:the|a)\s+(?:(?:legal|main|key|solid|firm|political|legal\s+and\s+political)\s+)?"
    r"(?:foundation|basis|cornerstone|bedrock|backbone)\s+(?:for|of)\s+"
    r"(?:(?!between\b)[\w-]+\s+){0,4}?"
    r"(?:relations|relationship|ties|cooperation|alliance|partnership)\s+between\s+(?:the\s+)?"
    r"(?P<a>§[SD]\d+§)\s+and\s+(?:the\s+)?(?P<b>§[SD]\d+§)"
)


def treaty_foundations(analysis: Analysis, doc: Doc) -> bool:
    """Treaty relations of a named treaty told the foundation of two states' relations (see the
    module's docstring); whether one was added."""
    masked = analysis.masked
    if not any(noun in masked for noun in _FOUNDATION_NOUNS) or not plainly_asserted(analysis):
        return False
    added = False
    for m in _FOUNDATION_OF.finditer(masked):
        if hedged(masked[: m.start()]):
            continue
        parties = parties_of(
            states_in(analysis, m.group("a"), doc) + states_in(analysis, m.group("b"), doc), doc
        )
        if len(parties) != 2 or parties[0].key == parties[1].key:
            continue
        args: dict[str, Sequence[Value]] = {"party": parties}
        if m.group("signed"):
            dated = [
                d.value
                for d in analysis.dates
                if not d.end_value and not d.relative and d.text in m.group("signed")
            ]
            if len(dated) == 1:
                args["date"] = dated
        elif (year := m.group("year")) and doc.date is not None and int(year) <= doc.date.year:
            # "the 1951 Mutual Defense Treaty": the year of its name
            args["date"] = [d.value for d in analysis.dates if d.text == year][:1]
        if not args.get("date"):
            args.pop("date", None)
        doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)
        added = True
    return added
