"""Facts as JSON objects, in the key vocabulary of the gold annotations (ANNOTATION.md §1).

>>> from dipld.model import Entity, EntityKind, Evidence, Fact, FactClass
>>> by = Entity.linked("Q184", "Belarus", EntityKind.STATE)
>>> un = Entity.unlinked("Eurasian Customs Union", EntityKind.ORGANIZATION)
>>> f = Fact.make(FactClass.MEMBERSHIP, {"member": [by], "organization": [un]},
...               evidence=[Evidence(0, 4, "Both")], confidence=0.9)
>>> d = fact_json(f, "seed", 1)
>>> d["member"], d["organization"], d["evidence"][0]["begin"]
([{'qid': 'Q184', 'label': 'Belarus'}], [{'unlinked': 'Eurasian Customs Union'}], 0)
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from dipld.model import Concept, Entity, Fact, TimeValue, Value
from dipld.rdf import decimal_literal


def _value(value: Value) -> Any:
    if isinstance(value, Entity):
        if value.qid:
            return {"qid": value.qid, "label": value.label}
        return {"unlinked": value.label}
    if isinstance(value, TimeValue):
        return value.lexical
    if isinstance(value, Decimal):
        return decimal_literal(value).value
    if isinstance(value, Concept):
        return value.name
    return value


def fact_json(fact: Fact, article_id: str, n: int) -> dict[str, Any]:
    """One fact as a JSON-ready dict: ``article``, ``n``, ``class``, its roles, evidence."""
    out: dict[str, Any] = {"article": article_id, "n": n, "class": fact.cls.value}
    for role, values in fact.args:
        out[role] = [_value(v) for v in values]
    out["confidence"] = round(fact.confidence, 2)
    if fact.status.value != "asserted":
        out["status"] = fact.status.value
    out["evidence"] = [{"text": e.text, "begin": e.begin, "end": e.end} for e in fact.evidence]
    return out
