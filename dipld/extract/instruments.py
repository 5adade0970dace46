"""Which treaty a TreatyRelation is: restatements of one instrument against two instruments.

The merge (:func:`dipld.extract.facts.merge`) joins the TreatyRelations of one pair of
parties unless they name other instruments or other signing dates (ANNOTATION.md §4: the Four
Freedoms Agreement of 2004 is not the military cooperation agreement of 2021). Two more
signs tell two instruments apart when neither is named (session 39):

- an agreement in force since a year before another was signed is not that one ("The
  Taiwan-Guatemala Free Trade Agreement has been in force since 2006" is not the memorandum
  signed today);
- a signing told as another one ("The two governments also signed an agreement on ...",
  "signed a separate agreement with ...") is not the one the body told before it, in another
  sentence (when the body told none before, it is the headline's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from dipld.model import Fact, TimeValue, Value

# a signing told as a further instrument: "also signed", "signed a separate agreement",
# "another memorandum was signed" (not "also welcomed the signing", whose instrument may be the
# one just told; not "also signed by", the same instrument's further signatories)
_ANOTHER_SIGNING = re.compile(
    r"\b(?:also|separately|additionally)\s+(?:jointly\s+)?(?:signed|concluded|exchanged)\b"
    r"(?!\s+(?:by|on\s+behalf)\b)|"
    r"\b(?:signed|concluded)\s+(?:a|an)\s+separate\s+|"
    r"\b(?:[Aa]nother|[Aa]\s+separate)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|memorandum|treaty|accord|protocol|pact)(?:\s+(?:on|of|for)\s+[^,.;]{1,60}?)?"
    r"(?:,[^,.;]{1,60},)?\s+(?:was|were)\s+(?:also\s+)?signed\b"
)


def _years(values: Iterable[Value]) -> list[int]:
    return [v.year for v in values if isinstance(v, TimeValue)]


def another_signing(fact: Fact) -> int | None:
    """Where (the evidence offset) a TreatyRelation is told as a further signing, or None."""
    told = [e.begin for e in fact.evidence if _ANOTHER_SIGNING.search(e.text)]
    return min(told) if told else None


def further_signings(
    treaties: Sequence[Fact], key: Callable[[Fact], tuple[object, ...]]
) -> dict[int, int]:
    """The TreatyRelations (by ``id``) told as a further signing after a signing of the same
    parties told earlier in the body, each with its sentence's offset (the merge keys them by
    it). Not one the body tells first: "BISHKEK - The presidents held talks. The presidents
    also signed a treaty on the state border" is the headline's treaty."""
    first: dict[tuple[object, ...], int] = {}
    told: list[tuple[Fact, tuple[object, ...], int]] = []
    for fact in treaties:
        k = key(fact)
        body = [e.begin for e in fact.evidence if not e.in_title]
        if body:
            first[k] = min(first.get(k, body[0]), *body)
        if (at := another_signing(fact)) is not None:
            told.append((fact, k, at))
    return {id(fact): at for fact, k, at in told if first.get(k, at) < at}


def in_force_before(a: Fact, b: Fact) -> bool:
    """Whether one of two TreatyRelations of a pair was in force before the other was signed
    (its startDate's year before the other's date's): two instruments."""
    for one, other in ((a, b), (b, a)):
        starts, signed = _years(one.get("startDate")), _years(other.get("date"))
        if starts and signed and max(starts) < min(signed):
            return True
    return False
