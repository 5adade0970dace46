"""One person of a nationality detained: the person, not the state (session 42b, force).

"Turkish police detained a Syrian woman suspected of planting the bomb", "Norwegian police
arrested a Brazilian researcher at the university": the trigger table reads the demonym before
the object as its state ("condemned Russian aggression"), which made the arrest one of Syria or
Brazil. One person of that nationality is no act on the state: the spent golds code all three
such sentences with the person as the recipient ("a Syrian woman", "a Brazilian researcher", "a
former Serb police officer"), while a group keeps its state ("arrested two Iranian truck
drivers", "the Ivorian soldiers": the state, as the golds code them). So a detention (COERCE
173) or deportation (174) told in the sentence whose one recipient is the state of a demonym
in "a(n) [former|young|...] <demonym> <one person's noun>" right after the verb gets that person,
unlinked, as its recipient. Not a diplomat, an envoy or a soldier (the envoys' rules and the
golds read those as their state), nor "a Chinese national" or "citizen" (a word of the
nationality itself; session 25's tests keep the state there), nor a journalist or an activist
(session 30 reads those as their state's people), not a plural, and not a passive
("a Syrian woman was arrested": the trigger table reads no recipient there).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.facts import Doc, entities_of
from dipld.extract.spans import Analysis
from dipld.model import Entity, EntityKind, Fact, FactClass, Value

# the verb, then one person of a nationality: "detained a §D1§ woman", "arrested a former §D0§
# police officer", "deported an §D2§ journalist"
_ONE_NATIONAL = re.compile(
    r"\b(?:arrested|detained|jailed|imprisoned|deported|expelled|abducted|kidnapped)\s+"
    r"(?P<a>an?\s+)(?P<adj>(?:(?:former|young|prominent|retired|dual|elderly|\d+-year-old)\s+)?)"
    r"(?P<d>§D\d+§)\s+(?P<n>(?:police\s+officer|aid\s+worker|(?:wo)?man|researcher|student|"
    r"businessman|businesswoman|tourist|academic|scholar|engineer|worker|teacher|lawyer|"
    r"filmmaker|photographer|professor|scientist|doctor|pilot|sailor|fisherman|priest|writer|"
    r"artist|athlete|player))\b(?!['’-])"
)
_CAPTIVE_WORDS = frozenset(
    "arrested detained jailed imprisoned deported expelled abducted kidnapped".split()
)


def lone_captives(analysis: Analysis, doc: Doc) -> None:
    """The recipient of a detention of one person of a nationality (_ONE_NATIONAL) made the
    person, where the trigger table gave the demonym's state."""
    if _CAPTIVE_WORDS.isdisjoint(analysis.words):
        return
    masked = analysis.masked
    found = list(_ONE_NATIONAL.finditer(masked))
    if len(found) != 1:
        return  # (two such objects: whose act is which is not plain)
    m = found[0]
    states = {e.key for e in entities_of(analysis, m.group("d")) if e.kind is EntityKind.STATE}
    if len(states) != 1:
        return
    slot = analysis.mention(m.group("d"))
    label = f"{m.group('adj')}{slot.text} {m.group('n')}"
    person = Entity.unlinked(" ".join(label.split()), EntityKind.PERSON)
    start = analysis.sentence.begin
    for i, fact in enumerate(doc.facts):
        if (
            fact.cls is not FactClass.EVENT
            or fact.get("cameoCode") not in {("173",), ("174",)}
            or not any(e.begin == start for e in fact.evidence)
        ):
            continue
        recipients = fact.entities("recipient")
        if len(recipients) != 1 or recipients[0].key not in states:
            continue
        args: dict[str, Sequence[Value]] = dict(fact.args)
        args["recipient"] = [person]
        doc.facts[i] = Fact.make(
            fact.cls,
            args,
            evidence=list(fact.evidence),
            confidence=fact.confidence,
            status=fact.status,
        )
