"""Signings told around a meeting: ceremonies the leaders attended, documents witnessed in a
second clause, contracts witnessed, joint statements as the medium of an act, and the place of
a deal reached (session 33).

Each rule reads one sentence after the clause rules of :mod:`dipld.extract.statements` and adds
only what they did not give for it: a signing already told of the sentence is not told twice
(ANNOTATION.md section 5: one event per act).
"""

from __future__ import annotations

import re

from dipld.extract.assistance import arms_deal
from dipld.extract.economy import money_args
from dipld.extract.facts import Doc, entities_of, event_args, meeting_states, side_of
from dipld.extract.spans import Analysis
from dipld.model import Entity, EntityKind, Fact, FactClass, TimeValue, Value

_SLOT = re.compile(r"§[A-Z]\d+§")

# a formal document a state signs ("memorandums of understanding", "agreements", "documents on
# gas supplies"; not "a book of condolences", nor "contracts": companies' papers)
_STATE_PAPER = re.compile(
    r"\b(?:agreements?|treat(?:y|ies)|memorand(?:ums?|a)|MOUs?|MoUs?|protocols?|accords?|"
    r"conventions?|documents|declarations?|roadmaps?|programmes?|instruments|pacts?)\b",
    re.IGNORECASE,
)
# what a document may be that is no state's: "a book of condolences", "contracts between
# companies", "a guest book"
_NO_STATE_PAPER = re.compile(
    r"\b(?:books?\s+of\s+condolences?|condolence\s+books?|guest\s*books?|compan(?:y|ies)|firms?|"
    r"business(?:es)?|corporations?)\b",
    re.IGNORECASE,
)
# a time that is not now ("are expected to", "will", "next month"): a signing to come
_TO_COME = re.compile(
    r"\b(?:will|would|shall|expected|plan(?:s|ned)?|set\s+to|due\s+to|to\s+be|next|"
    r"postponed|cancell?ed|delayed|scheduled|upcoming|hope[sd]?)\b",
    re.IGNORECASE,
)
_NONE_SIGNED = re.compile(r"\b(?:no|not|never|none|neither|nor|n['’]t)\b", re.IGNORECASE)


def _facts_here(doc: Doc, analysis: Analysis) -> list[Fact]:
    """The facts the rules gave for this sentence so far."""
    begin, title = analysis.sentence.begin, analysis.in_title
    return [
        f
        for f in doc.facts
        if f.evidence and f.evidence[0].begin == begin and f.evidence[0].in_title == title
    ]


def _signed_here(doc: Doc, analysis: Analysis) -> bool:
    """Whether a signing (SUPPORT 057) was already told of this sentence."""
    return any(
        f.cls is FactClass.EVENT and "057" in {str(c) for c in f.get("cameoCode")}
        for f in _facts_here(doc, analysis)
    )


def _states(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """The distinct linked states the entities stand for (a person's state)."""
    out: dict[str, Entity] = {}
    for e in entities:
        side = side_of(doc, e)
        if side is None or side.kind is not EntityKind.STATE or not side.is_linked:
            return []
        out.setdefault(side.key, side)
    return list(out.values())


def _meeting_place(doc: Doc) -> list[Value]:
    return list(doc.meeting.entities("place")) if doc.meeting is not None else []


# ---- ceremonies ---------------------------------------------------------------------------

# "attended a ceremony at which officials of the two governments signed memorandums of
# understanding on ...", "The talks were followed by a ceremony where the ministers signed ...",
# "attended a signing ceremony for documents on gas supplies", "the signing ceremony of six
# agreements": who signed (if told) and what
_CEREMONY = re.compile(
    r"\b(?:attended|joined|took\s+part\s+in|presided\s+over|followed\s+by|ended\s+with|"
    r"concluded\s+with|culminated\s+in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?ceremony\s+"
    r"(?:(?:at|in|during)\s+which|where)\s+(?P<who>[^.;]{0,80}?)\s+(?:also\s+|then\s+)?"
    r"(?:signed|exchanged|inked)\s+(?P<what>[^.;]{3,})|"
    r"\b(?:attended|joined|took\s+part\s+in|presided\s+over|followed\s+by|ended\s+with|"
    r"concluded\s+with)\s+(?:a|an|the)\s+signing\s+ceremony\s+(?:for|of)\s+(?P<what2>[^.;]{3,})"
)
# a ceremony that marks a day, not a signing ("a ceremony marking the anniversary of ...")
_MARKING = re.compile(r"\bceremony\s+(?:marking|to\s+mark|commemorating|honou?ring|for\s+the)\b")


def ceremony_signings(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT 057 by the two states whose officials signed documents at a ceremony the pair
    that met attended, dated and placed as the meeting is; by the states the sentence names
    as signers ("officials of the two governments") when it names them."""
    if "ceremony" not in analysis.words or analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    m = _CEREMONY.search(masked)
    if m is None or _MARKING.search(masked) or _TO_COME.search(masked, 0, m.start()):
        return
    what = (m.group("what") or m.group("what2"))[:120]
    if not _STATE_PAPER.search(what) or _NO_STATE_PAPER.search(what):
        return
    if m.group("who") and _NO_STATE_PAPER.search(m.group("who")):
        return  # "a ceremony at which Chinese and Kazakh companies signed agreements"
    if _NONE_SIGNED.search(masked, 0, m.end()) or _signed_here(doc, analysis):
        return
    named = _states(doc, entities_of(analysis, m.group("who"))) if m.group("who") else []
    if len(named) == 2:
        parties = named
    else:
        # the pair that attended it (the subject), else the pair that met
        subject = entities_of(analysis, masked[: m.start()])
        parties = _states(doc, subject) if subject else []
        if len(parties) != 2:
            parties = meeting_states(doc)
    if len(parties) != 2 or not all(p.kind is EntityKind.STATE and p.is_linked for p in parties):
        return
    own = [d for d in analysis.dates if d.end_value is None and not d.since]
    when: TimeValue | None
    place: list[Value] = []
    if own:
        if len(own) != 1:
            return
        when = own[0].value
    else:
        when = doc.meeting_date_of(parties)
        if when is not None:
            place = _meeting_place(doc)
    args = event_args("SUPPORT", "057", parties, when=when)
    if place:
        args["place"] = place
    doc.add(FactClass.EVENT, args, analysis, 0.7)
    if not any(f.cls is FactClass.TREATY_RELATION for f in _facts_here(doc, analysis)) and (
        _TREATY_PAPER.search(what)
    ):
        treaty: dict[str, list[Value]] = {"party": list(parties)}
        if when is not None:
            treaty["date"] = [when]
        doc.add(FactClass.TREATY_RELATION, treaty, analysis, 0.65)


# a document that makes a treaty relation (ANNOTATION.md section 4: not declarations, joint
# statements, roadmaps or programmes)
_TREATY_PAPER = re.compile(
    r"\b(?:agreements?|treat(?:y|ies)|memorand(?:ums?|a)|MOUs?|MoUs?|protocols?|accords?|"
    r"conventions?|pacts?)\b",
    re.IGNORECASE,
)


# ---- witnesses in a second clause ----------------------------------------------------------

# "A memorandum on energy cooperation was signed in Astana on Thursday, which was witnessed by
# Presidents X and Y", "... was signed on Tuesday and witnessed by the two leaders": a document
# signed (its signers not told), then who watched it
_SIGNED_THEN_WITNESSED = re.compile(
    r"^(?P<what>(?:[A-Z]\w*\s+)?[^,;]{0,120}?)\s+(?:was|were|has\s+been|have\s+been)\s+signed"
    r"(?P<mid>(?:\s+(?:in\s+§C\d+§|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|today|yesterday)){0,2})"
    r"(?:,\s+(?:which|that)\s+(?:was|were)|,?\s+and)\s+witnessed\s+by\s+(?:the\s+)?"
    r"(?:(?:[Pp]residents|[Pp]rime\s+[Mm]inisters|[Ll]eaders|[Hh]eads\s+of\s+(?:[Ss]tate|"
    r"[Gg]overnment))\s+(?=§))?(?P<g>§[PG]\d+§(?:\s+and\s+§P\d+§)?)\s*[.,]?"
)
_CITY_SLOT = re.compile(r"§C\d+§")


def witnessed_signings(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT 057 by the states of the two people who witnessed a document signed, told in a
    second clause, with the date and place the signing clause gives (else the meeting's)."""
    if "witnessed" not in analysis.words or analysis.negated or analysis.hypothetical:
        return
    m = _SIGNED_THEN_WITNESSED.match(analysis.masked)
    if m is None or not _STATE_PAPER.search(m.group("what")):
        return
    if _NO_STATE_PAPER.search(m.group("what")) or _TO_COME.search(m.group("what")):
        return
    if _signed_here(doc, analysis):
        return
    witnesses = entities_of(analysis, m.group("g"))
    if len(witnesses) != 2 or any(w.kind is not EntityKind.PERSON for w in witnesses):
        return
    parties = _states(doc, witnesses)
    if len(parties) != 2:
        return
    own = [d for d in analysis.dates if d.end_value is None and not d.since]
    when = own[0].value if len(own) == 1 else None
    place: list[Value] = []
    if (city := _CITY_SLOT.search(m.group("mid"))) is not None:
        found = analysis.mention(city.group(0)).entity
        place = [found] if found is not None else []
    if when is None and not own:
        when = doc.meeting_date_of(witnesses)
        if when is not None and not place:
            place = _meeting_place(doc)
    args = event_args("SUPPORT", "057", parties, when=when)
    if place:
        args["place"] = place
    doc.add(FactClass.EVENT, args, analysis, 0.7)


# ---- contracts witnessed ------------------------------------------------------------------

# "They also witnessed the signing of a contract for the purchase of 18 Rafale fighter jets for
# the Indonesian Air Force worth 2.5 billion euros", "X and Y witnessed the signing of a contract
# for the supply of 40 armoured vehicles to the Kenyan army"
_WITNESSED_CONTRACT = re.compile(
    r"(?P<w>§[PG]\d+§(?:\s+and\s+§P\d+§)?)\s+(?:also\s+|then\s+|later\s+)?(?:have\s+|has\s+|had\s+)?"
    r"(?:witnessed|attended|oversaw|presided\s+over)\s+the\s+signing\s+(?:ceremony\s+)?of\s+"
    r"(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?contracts?\s+"
    r"(?:for|on)\s+the\s+(?:purchase|acquisition|procurement|supply|delivery|sale)\s+of\s+"
    r"(?P<what>[^.;]{0,160})"
)


def witnessed_contracts(analysis: Analysis, doc: Doc) -> None:
    """COOPERATE (062 for arms, else 061) between the two states whose leaders witnessed a
    contract for a purchase signed, with its sum; only when every state the contract names (its
    buyer: "for the Indonesian Air Force") is one of the two, and no deal was told of it yet."""
    if "contract" not in analysis.masked or analysis.negated or analysis.hypothetical:
        return
    m = _WITNESSED_CONTRACT.search(analysis.masked)
    if m is None or _TO_COME.search(analysis.masked, 0, m.start()):
        return
    witnesses = entities_of(analysis, m.group("w"))
    parties = _states(doc, witnesses) if len(witnesses) == 2 else []
    if len(parties) != 2:
        return
    keys = {p.key for p in parties}
    named = [e for e in entities_of(analysis, m.group("what")) if e.kind is EntityKind.STATE]
    if any(e.key not in keys for e in named):
        return  # (a third state buys: not the witnesses' deal)
    if any(
        f.cls is FactClass.EVENT and str(f.one("eventType")) == "COOPERATE"
        for f in _facts_here(doc, analysis)
    ):
        return
    own = [d for d in analysis.dates if d.end_value is None and not d.since]
    when = own[0].value if len(own) == 1 else None
    if not own:
        when = doc.meeting_date_of(witnesses)
    cameo = "062" if arms_deal(m.group("what")) else "061"
    args = {**event_args("COOPERATE", cameo, parties, when=when), **money_args(analysis, m["what"])}
    doc.add(FactClass.EVENT, args, analysis, 0.7)


# ---- joint statements as the medium -------------------------------------------------------

# "In a joint statement, the leaders called for ...", "In a joint declaration signed on
# Thursday, India and France urged ...": the statement its subject adopted (ANNOTATION.md
# section 6: adopting one is SUPPORT 057); not one told "issued" or "released" (at the end of the
# visit, on Thursday): the issuing itself, no event (section 6)
_IN_JOINT_STATEMENT = re.compile(
    r"^In\s+(?:a|their)\s+joint\s+(?:statement|declaration|communiqu[eé])"
    r"(?P<when>\s+(?:adopted|signed|approved)\b[^,;]{0,60})?,\s+(?:the\s+)?"
    r"(?P<s>§[SPGO]\d+§(?:(?:,\s+(?:the\s+)?|,?\s+and\s+(?:the\s+)?)§[SPO]\d+§)*)\s+"
    r"(?:also\s+|jointly\s+)?[a-z]+(?:ed|ted)\b"
)


def joint_statement_medium(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT 057 by the issuers of the joint statement an act is told in (not one told as
    issued or released), dated by the statement's own date, else by the meeting its
    issuers held; what they say in it is read by the other rules."""
    if "joint" not in analysis.words or analysis.negated or analysis.hypothetical:
        return
    m = _IN_JOINT_STATEMENT.match(analysis.masked)
    if m is None or (m.group("when") and _TO_COME.search(m.group("when"))):
        return
    issuers = list({e.key: e for e in entities_of(analysis, m.group("s"))}.values())
    if len(issuers) < 2 or any(
        e.kind not in {EntityKind.STATE, EntityKind.PERSON, EntityKind.ORGANIZATION}
        for e in issuers
    ):
        return
    if any(
        f.cls is FactClass.EVENT
        and "057" in {str(c) for c in f.get("cameoCode")}
        and {e.key for e in f.entities("actor")} >= {e.key for e in issuers}
        for f in _facts_here(doc, analysis)
    ):
        return
    begin = analysis.sentence.begin
    told = [
        d
        for d in analysis.dates
        if d.end_value is None and not d.since and d.begin - begin < m.start("s")
    ]
    if len(told) > 1:
        return
    when = told[0].value if told else doc.meeting_date_of(issuers)
    doc.add(FactClass.EVENT, event_args("SUPPORT", "057", issuers, when=when), analysis, 0.7)


# ---- where a deal was reached -------------------------------------------------------------

# "reached a deal on the sidelines of the G20 summit in Rome on Saturday", "concluded talks on a
# free trade agreement in Brussels on Thursday": the city the deal was reached in
_REACHED_IN = re.compile(
    r"\b(?:reached|concluded|struck|clinched|sealed)\s+(?:an?\s+|the\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:deal|agreement|negotiations|talks)\b(?:[^.;§]|§[OD]\d+§){0,80}?"
    r"\bin\s+(?P<c>§C\d+§)(?=\s+on\s+[A-Z]|\s*[.,]|\s*$)"
)


def deal_places(analysis: Analysis, doc: Doc) -> None:
    """The place of an agreement (AGREE 030) the sentence tells reached in a city, when the
    rules gave it none."""
    if "§C" not in analysis.masked:
        return
    m = _REACHED_IN.search(analysis.masked)
    if m is None:
        return
    city = analysis.mention(m.group("c")).entity
    if city is None or city.kind is not EntityKind.CITY:
        return
    for i, fact in enumerate(doc.facts):
        if (
            fact.cls is FactClass.EVENT
            and str(fact.one("eventType")) == "AGREE"
            and str(fact.one("cameoCode")) == "030"
            and not fact.get("place")
            and fact in _facts_here(doc, analysis)
        ):
            args = {role: values for role, values in fact.args}
            doc.facts[i] = fact.with_args({**args, "place": (city,)})
