"""Diplomatic relations told by an ambassador one state acts on (session 40b, structure).

An accredited ambassador implies diplomatic relations (ANNOTATION.md §4, inferred). A state that
summons, orders out or declares persona non grata another state's ambassador acts on the
ambassador accredited to it ("Ghana summoned the Nigerian ambassador", "Peru ordered Mexican
Ambassador Pablo Monroy to leave the country", "summoned the ambassadors of Sweden and Finland in
Budapest"). An order to leave or a declaration of persona non grata is the formal act on an
accredited envoy; a bare "expelled" counts only for an envoy named with the title (whose Tenure
then gets the host as ``accreditedTo``), since an unnamed ambassador expelled is often a step of
a rupture.

Not: a state's own ambassador recalled or withdrawn ("Kenya recalled its ambassador to Uganda",
a step of a rupture as often as not, and the spent golds take it either way); a summons to
come, denied or asked for ("will summon", "did not expel", "urged ... to expel"); one told with
relations cut or lowered in the sentence ("... and severed diplomatic relations with ...": the
relations rule's to tell) or ended anywhere in the article; a chargé d'affaires (no ambassador
accredited); an ambassador to a third party ("Russia's ambassador to the UN").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.facts import Doc, entities_of
from dipld.extract.relations import states_in
from dipld.extract.spans import Analysis, hedged
from dipld.model import Concept, Entity, EntityKind, Fact, FactClass, Value

# the host: a state, or its government, authorities or foreign ministry ("Mali's military-led
# government", "The Hungarian foreign ministry" masked as "The §S0§")
_HOST = (
    r"(?:^|(?<=[Tt]he\s)|(?<=,\s)|(?<=\bthat\s)|(?<=\s[-—]\s))(?P<host>§[SO]\d+§)"
    r"(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:government|authorities|junta|(?:foreign\s+)?ministry))?"
    # (asides and times between: "on Monday", "has", "also", "earlier this month")
    r"(?:\s+(?:on\s+[A-Z][a-z]+day|today|yesterday|has|had|have|also|formally|officially|"
    r"promptly|immediately|earlier\s+this\s+(?:month|week|year)))*\s+"
)
# the ambassador acted on: "the Nigerian ambassador", "Russia's ambassador", "the ambassadors of
# Sweden and Finland", a named one ("§P1§": the tenure tells their state)
_ENVOY = (
    r"(?:the\s+)?(?:(?P<dem>§[DS]\d+§)(?:['’]s?)?\s+[Aa]mbassador\b|"
    r"(?:[Aa]mbassadors?)\s+of\s+(?P<of>§S\d+§(?:(?:,\s+|,?\s+and\s+)§S\d+§)*)"
    r"(?:\s+in\s+(?P<city>§C\d+§))?|"
    # ("the Polish ambassador" masked as one state slot)
    r"(?P<person>§P\d+§)|(?P<titled>§S\d+§))"
    # (not an envoy to a third party: "Russia's ambassador to the UN"; the ministry they are
    # summoned to is the host's)
    r"(?:\s+to\s+(?:the\s+)?(?P<to>§[SCOG]\d+§|[Ff]oreign\s+[Mm]inistry))?"
)
_ACTED_ON = re.compile(
    _HOST
    + r"(?P<verb>expelled|summoned|ordered|declared|gave)\s+"
    + _ENVOY
    # (what follows the named envoy: the order to leave, the declaration, the summons)
    + r"(?P<rest>[^.;]{0,60})"
)
# what an order or a declaration must say to be one on the envoy's stay
_TO_LEAVE = re.compile(r"^,?\s+(?:[^,.;]{0,40},\s+)?(?:to\s+leave|persona\s+non\s+grata)\b")
_GAVE_HOURS = re.compile(r"^\s+\w+\s+hours\s+to\s+leave\b")
# relations cut, lowered or suspended in the same sentence: the relations rule's to tell
_CUT = re.compile(
    r"\b(?:sever\w*|cut|cutting|broke|break\w*|ruptur\w*|suspend\w*|downgrad\w*|lower\w*|"
    r"reduc\w*|freez\w*|froze)\s+(?:\w+\s+){0,4}?(?:relations|ties)\b|\bchar?g[eé]\s+d['’]affaires\b",
    re.IGNORECASE,
)
# relations the article tells ended: an expulsion or recall in it is a step of the rupture
_RELATIONS_ENDED = re.compile(
    r"\b(?:severed|broke\s+off|cut\s+off|cut|ended|suspended|ruptured)\s+(?:\w+\s+){0,3}?"
    r"(?:diplomatic\s+)?(?:relations|ties)\b"
)
_ACT_WORDS = frozenset({"expelled", "summoned", "ordered", "declared", "gave"})


def _ambassador_tenure(doc: Doc, person: Entity) -> tuple[int, Fact] | None:
    """The Tenure of an ambassador the article titles (index and fact), when it is one."""
    for i, fact in enumerate(doc.facts):
        if fact.cls is not FactClass.TENURE:
            continue
        if person.key not in {e.key for e in fact.entities("holder")}:
            continue
        if any(isinstance(r, Concept) and r.name == "Ambassador" for r in fact.get("role")):
            return i, fact
    return None


def _ministry(analysis: Analysis, slot: str) -> bool:
    """Whether an organisation slot names a ministry (the host's, an envoy is summoned to)."""
    return slot.startswith("§O") and "inistry" in analysis.mention(slot).text


def _add(analysis: Analysis, doc: Doc, host: Entity, home: Entity) -> None:
    if host.kind is not EntityKind.STATE or home.kind is not EntityKind.STATE:
        return
    if host.key == home.key or not host.is_linked or not home.is_linked:
        return
    args: dict[str, Sequence[Value]] = {"party": [host, home]}
    doc.add(FactClass.DIPLOMATIC_RELATIONS, args, analysis, 0.6)


def _capital_state(analysis: Analysis, doc: Doc, slot: str) -> Entity | None:
    """The state a slot names, or whose capital it names."""
    if slot.startswith("§S"):
        found = states_in(analysis, slot, doc)
        return found[0] if len(found) == 1 else None
    city = analysis.mention(slot).entity
    state = doc.kb.capital_of(city.qid) if city is not None and city.qid else None
    if state is None or state.kind is not EntityKind.STATE:
        return None
    return Entity.linked(state.qid, state.label, EntityKind.STATE)


def accredited_envoys(analysis: Analysis, doc: Doc) -> None:
    """DiplomaticRelations of a state and the state whose ambassador it acts on."""
    words = analysis.words
    if "mbassador" not in analysis.sentence.text or words.isdisjoint(_ACT_WORDS):
        return
    masked = analysis.masked
    if _CUT.search(analysis.sentence.text) or _RELATIONS_ENDED.search(doc.article.body):
        return
    for m in _ACTED_ON.finditer(masked):
        if hedged(masked[: m.end()]):  # (a later clause's negation is its own)
            continue
        to = m.group("to")
        if to and to.startswith("§") and not _ministry(analysis, to):
            continue  # (an envoy to a third party: "Russia's ambassador to the UN")
        verb, rest = m.group("verb"), m.group("rest")
        if verb == "expelled" and not m.group("person"):
            # (an expulsion is often a step of a rupture: "expelled the Nigerian ambassador
            # and banned all imports"; a named envoy's tenure holds the accreditation; an order
            # to leave or a declaration of persona non grata is the formal act on an envoy)
            continue
        if verb in {"ordered", "declared"} and not _TO_LEAVE.match(rest):
            continue
        if verb == "gave" and not _GAVE_HOURS.match(rest):
            continue
        hosts = states_in(analysis, m.group("host"), doc)
        seat = _capital_state(analysis, doc, m.group("city")) if m.group("city") else None
        if m.group("host").startswith("§O") and seat is not None:
            # "the Foreign Ministry summoned the ambassadors of ... in Tehran": the capital's
            hosts = [seat]
        if len(hosts) != 1:
            continue
        host = hosts[0]
        if m.group("of"):
            homes = states_in(analysis, m.group("of"), doc)
            if seat is not None and seat.key != host.key:
                continue  # (envoys in a third state's capital)
        elif m.group("dem"):
            homes = states_in(analysis, m.group("dem"), doc)
        elif m.group("titled"):
            titled = analysis.mention(m.group("titled")).text.lower()
            if not titled.endswith(" ambassador"):
                continue
            homes = states_in(analysis, m.group("titled"), doc)
        else:
            people = entities_of(analysis, m.group("person"))
            found = _ambassador_tenure(doc, people[0]) if len(people) == 1 else None
            if found is None:
                continue
            index, tenure = found
            homes = list(tenure.entities("jurisdiction"))
            if tenure.get("accreditedTo") or len(homes) != 1:
                continue  # (a host the title names: the tenure rule told the relations)
            if homes[0].key != host.key and host.kind is EntityKind.STATE:
                args = {role: list(values) for role, values in tenure.args}
                args["accreditedTo"] = [host]
                doc.facts[index] = tenure.with_args(args)
        for home in homes:
            _add(analysis, doc, host, home)
