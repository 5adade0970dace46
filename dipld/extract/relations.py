"""Standing relations between states: shared borders and diplomatic relations, and the
helpers the membership, treaty and partnership rules share (:mod:`.memberships`,
:mod:`.treaties`, :mod:`.partnerships`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from dipld.extract.facts import Doc, entities_of, meeting_states, side_of, state_of
from dipld.extract.patterns import (
    STATES,
    group_of,
    intro_end,
)
from dipld.extract.spans import Analysis, Code, hedged
from dipld.model import Entity, EntityKind, FactClass, Precision, TimeValue, Value
from dipld.temporal import DateMention

# a pair phrase that coreference left unresolved (its antecedent is unclear)
_UNRESOLVED_PAIR = re.compile(
    r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:[\w-]+\s+)?(?:countries|states|nations|sides|parties|"
    r"neighbou?rs)\b|\b[Tt]he\s+countries\b"
)


def states_in(analysis: Analysis, text: str, doc: Doc) -> list[Entity]:
    if text.lower() in {"they", "both"}:
        return [e for e in doc.finder.ctx.subject if e.kind is EntityKind.STATE]
    return [e for e in entities_of(analysis, text) if e.kind is EntityKind.STATE]


def member_states(analysis: Analysis, text: str, doc: Doc) -> list[Entity]:
    """The member states a matched piece of text names; a group slot that stands for two
    people ("the two sides" after their ministers met) stands for their states."""
    states = states_in(analysis, text, doc)
    if states or not text.startswith("§G") or not text.endswith("§") or text.count("§") != 2:
        return states
    people = entities_of(analysis, text)
    sides = {s.key: s for p in people if (s := side_of(doc, p)) is not None}
    if len(people) < 2 or len(sides) != len(people):
        return []
    return [s for s in sides.values() if s.kind is EntityKind.STATE]


def is_org(entity: Entity, doc: Doc) -> bool:
    if entity.kind is EntityKind.ORGANIZATION:
        return True
    known = doc.kb.entity(entity.qid) if entity.qid else None
    return known is not None and EntityKind.ORGANIZATION in known.kinds


# "Armenia and Azerbaijan have no diplomatic relations": "no" negates the relation it names
NO_RELATION = re.compile(
    r"\bno\s+(?:[\w-]+\s+){0,2}(?:relations|ties|border|boundary|membership|members?|treaty|"
    r"agreement|partnership)\b",
    re.IGNORECASE,
)


def plainly_asserted(analysis: Analysis) -> bool:
    return (
        not analysis.negated
        and not analysis.hypothetical
        and not ("no" in analysis.words and NO_RELATION.search(analysis.masked))
    )


# a verb after a list's last item, which is its subject: "... a member of NATO and the European
# Parliament approved the deal", "... and the EU also participates", "... and the Quad will";
# not a participle ("the SCO founded in 2001", "the bloc led by Russia")
NEW_CLAUSE = re.compile(
    r"\s+(?:also\s+|too\s+|then\s+|later\s+)?"
    r"(?:(?:is|was|are|were|has|have|had|will|would|can|could|should|shall|may|might|must|does|"
    r"did|participates?|attends?|joins?|takes?|holds?|remains?|said|says|told|met|held|made|"
    r"took|gave|sent|began|became|won)\b|"
    r"[a-z]+ed\s+(?:the|a|an|its|their|his|her|this|these|those|to|that)\s|[a-z]+ed\s+§|"
    r"(?!(?:members|states|countries|nations|allies|partners|leaders|ministers|officials|forces|"
    r"troops|heads|talks|ties|relations|plus|thus|versus|minus)\s)[a-z]+[^s\W]s\s+"
    r"(?:the|a|an|its|their|this|§))"
)


_BORDER = re.compile(
    r"\b(?:separated\s+by\s+(?:a|an|the)\s+(?:[\w,.-]+\s+){0,3}(?:boundary|border)|"
    # "Moldova and Romania are separated by the Prut river"
    r"separated\s+by\s+the\s+(?:[A-Z][\w-]+\s+){1,3}[Rr]iver|"
    # "share a special relationship and a 2,337-kilometre border"
    r"(?:share|(?:have|has)(?:\s+(?:long\s+|always\s+)?shared)?)\s+"
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?and\s+)?(?:a|an|the)\s+"
    # (not "share a commitment to the border talks")
    r"(?:(?!(?:to|of|on|in|for|with|about|over|at)\s)[\w,.'’-]+\s+){0,4}"
    r"(?:\([^()]{1,20}\)\s+)?(?:boundary|border|frontier)|"
    # "Chile and Argentina share one of the longest borders in the world"
    r"share\s+one\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}(?:boundaries|borders|frontiers)|"
    r"(?:common|shared|mutual)\s+(?:land\s+)?(?:borders?|boundary|frontier)|border\s+each\s+other|"
    # "Egypt and Sudan are neighbouring countries" (not "X, Y and neighbouring countries must ...")
    r"(?:are|were|as|two)\s+(?:\w+\s+)?neighbou?ring\s+(?:states|countries)|"
    # "along the frontier between Venezuela and Colombia" (not "the line of contact between")
    r"(?:border|frontier|boundary)\s+between|"
    # "the border dispute between Ethiopia and Sudan", "their long-running border dispute"
    # (session 28)
    r"(?:border|frontier|boundary)\s+(?:disputes?|row|conflict)\s+between|"
    r"their\s+(?:(?:long-running|long-standing|decades-old|decades-long|bitter|territorial|"
    r"maritime|land)\s+)*(?:border|frontier|boundary)\s+(?:disputes?|row|conflict)|"
    r"(?:our|the)\s+(?:shared|common|\d[\d,]*-(?:mile|kilometer|kilometre|km))\s+(?:land\s+)?border|"
    # "China and India have clashed along their 3,488-km border"
    # ("Peru and Ecuador fought over their disputed border": a border all the same)
    r"their\s+(?:shared|common|long|disputed|contested|porous|"
    r"\d[\d,.]*\s*-?\s*(?:miles?|kilomet(?:er|re)s?|km)(?:-long)?)\s+"
    r"(?:land\s+)?(?:border|boundary|frontier))\b"
    r"|§[SD]\d+§\s*[-–]\s*§[SD]\d+§\s+(?:land\s+|state\s+)?border\b",
    re.IGNORECASE,
)
_PAIR = re.compile(rf"between\s+(?P<p>{STATES})|(?P<q>§S\d+§\s*[-–]\s*§S\d+§)")
# "a land border of some 1,300 kilometres with Russia", "a frontier, about 900 miles long, with ..."
_LENGTH = (
    r"(?:,?\s+(?:of|stretching|running|spanning|measuring|extending)\s+(?:for\s+)?"
    r"(?:(?:some|about|around|roughly|nearly|almost|approximately|over|more\s+than|close\s+to)\s+)?"
    r"\d[\d,.]*\s*-?\s*(?:miles?|kilomet(?:er|re)s?|km)(?:\s+\([^()]{1,20}\))?(?:\s+long)?|"
    r",\s+(?:(?:some|about|around|roughly|nearly|almost|approximately|over|more\s+than)\s+)?"
    r"\d[\d,.]*\s*-?\s*(?:miles?|kilomet(?:er|re)s?|km)(?:\s+\([^()]{1,20}\))?\s+long,)?"
)
# "Mongolia borders Russia and China", "Ukraine shares a 1,000-kilometre border with Belarus",
# "Finland, a member of the EU, shares a long border with Russia": one border per neighbour named
_BORDERS_WITH = re.compile(
    # "Moldova, which borders Ukraine, has applied ..."
    # "Poland and Lithuania share a border with Belarus": each of them (not with each other)
    # ("All four countries border Russia", "Both countries border Afghanistan": a group's
    # states, session 28)
    r"(?P<a>§S\d+§(?:(?:,\s+|\s+and\s+|,\s+and\s+)§S\d+§){0,9}|§G\d+§)"
    r"(?:,\s+(?:a|an|the|which|whose)\s[^,;]{1,60},|,\s+which)?\s+(?:also\s+|both\s+|each\s+|all\s+)?"
    r"(?:borders|bordered|border(?=\s+(?:the\s+)?§)|"
    r"(?:shares|shared|share|has|had|have)\s+(?:(?:a|an|the)\s+)?"
    # "shares a 1,340-km (832-mile) border with Russia"
    r"(?:[\w,.'’-]+\s+){0,3}?(?:\([^()]{1,20}\)\s+)?(?:land\s+|maritime\s+|common\s+)?"
    # ("Mongolia shares borders only with Russia and China", session 27)
    rf"(?:boundary|borders?|frontier){_LENGTH}\s+(?:only\s+|just\s+)?with)"
    # "Mongolia, which borders only Russia and China"
    r"(?:\s+(?:only|just|directly))?"
    # "Russia borders 14 countries, including China, Mongolia and North Korea"
    r"(?:\s+(?:\d+|[a-z]+)\s+(?:countries|states|nations),?\s+(?:including|among\s+them|such\s+as))?"
    rf"\s+(?:the\s+)?(?P<b>{STATES})"
    # "... a border with Russia's Kaliningrad exclave and with Belarus"
    r"(?P<more>(?:(?:['’]s\s+(?:[A-Z]\w+\s+){0,2}(?:exclave|region|oblast|province))?"
    rf",?\s+(?:and\s+)?with\s+(?:the\s+)?{STATES})*)"
)


# the border told in an aside about the other state: "As a country that shares a long border
# with Afghanistan, Tajikistan ...", "Chad, with which Sudan shares a 1,400-km border, ..."
# (session 38)
_BORDER_IN_ASIDE = re.compile(
    r"\b[Aa]s\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:country|state|nation|neighbou?r)\s+"
    r"(?:that|which)\s+(?:also\s+)?(?:shares|has)\s+(?:a|an|the)\s+(?:[\w,.'’-]+\s+){0,3}?"
    rf"(?:land\s+)?(?:border|frontier|boundary){_LENGTH}\s+with\s+(?:the\s+)?(?P<b>§S\d+§),\s+"
    r"(?:the\s+)?(?P<a>§S\d+§)(?!\s*(?:and|or|,))|"
    r"(?P<b2>§S\d+§),\s+with\s+which\s+(?:the\s+)?(?P<a2>§S\d+§)\s+(?:also\s+)?"
    r"(?:shares|shared|has|had)\s+(?:a|an|the)\s+(?:[\w,.'’-]+\s+){0,3}?(?:land\s+)?"
    r"(?:border|frontier|boundary)\b"
)

# the same aside with "it" for the sentence's subject: "Eritrea has not said whether it will
# join the mediation in Sudan, with which it shares a long border" (the subject's border with the
# state before the aside, no other state named between; session 41)
_WITH_WHICH_IT_SHARES = re.compile(
    r"(?P<b>§S\d+§),\s+with\s+which\s+it\s+(?:also\s+)?(?:shares|shared|has|had)\s+(?:a|an|the)\s+"
    r"(?:(?!with\b)[\w,.'’-]+\s+){0,3}?(?:land\s+)?(?:border|frontier|boundary)\b"
)
_SINGLE_LEAD = re.compile(r"(?:the\s+)?(?P<a>§S\d+§)(?!['’]|\s*(?:and|or|,|[-–]))")

# a region named by its city the KB knows, as a party of a border: "The Kaliningrad Region
# borders Lithuania and Poland", "Kaliningrad Oblast shares a border with Poland" (a region of
# a state stands for it)
_REGION_BORDERS = re.compile(
    r"(?<![\w§])(?:[Tt]he\s+)?(?P<r>[A-Z][a-z]+)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Ee]xclave)\s+"
    r"(?:also\s+)?(?:borders|shares\s+(?:(?:a|an|the)\s+)?(?:[\w,.'’-]+\s+){0,3}?(?:land\s+)?"
    rf"(?:borders?|frontier|boundary){_LENGTH}\s+with)\s+(?:the\s+)?(?P<b>{STATES})"
)


def _subjects_border_in_aside(analysis: Analysis, doc: Doc, masked: str) -> bool:
    """The border of the sentence's one subject state with the state an aside "with which it
    shares a ... border" follows, no other state named between them."""
    aside = _WITH_WHICH_IT_SHARES.search(masked)
    lead = _SINGLE_LEAD.match(masked, intro_end(masked))
    if aside is None or lead is None:
        return False
    if re.search(r"§[SDGO]\d+§", masked[lead.end() : aside.start()]):
        return False
    added = False
    for a in states_in(analysis, lead.group("a"), doc):
        for b in states_in(analysis, aside.group("b"), doc):
            if a.key != b.key and not is_org(a, doc) and not is_org(b, doc):
                doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.75)
                added = True
    return added


def _region_state(doc: Doc, name: str) -> Entity | None:
    """The state of the one city the KB knows by a region's name ("Kaliningrad")."""
    city = doc.kb.resolve(name, (EntityKind.CITY,))
    state = doc.kb.entity(city.country) if city is not None and city.country else None
    if state is None or state.kind is not EntityKind.STATE:
        return None
    return Entity.linked(state.qid, state.label, state.kind)


# "Uzbekistan is bordered by Kazakhstan, Kyrgyzstan, ...", "Finland's border with Russia",
# "Russia massed troops on its border with Ukraine" (the subject's border: no other name between),
# "Armenia's borders with Turkey and Iran" (one border with each)
_BORDERED_BY = re.compile(
    rf"(?P<a>§S\d+§)\s+(?:is|was)\s+(?:also\s+)?bordered\s+by\s+(?:the\s+)?(?P<b>{STATES})|"
    # ("Costa Rica will strengthen the screening of migrants along its southern border with Panama")
    # ("Senegal said on Monday it would keep its border with Gambia open")
    # "approved Croatia's entry into the Schengen area, which means that checks at its borders
    # with Slovenia and Hungary ..." (an organisation after a preposition, no other state between)
    r"(?P<a2>§S\d+§)(?:['’]s|(?:['’]s)?\s+(?:(?:[a-z][a-z-]*,?|[A-Z][a-z]+day|(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December),?|"
    r"(?:(?<=the\s)|(?<=into\s)|(?<=to\s)|(?<=in\s))§O\d+§,?)\s+){1,16}?its(?:\s+own)?)\s+"
    r"(?:[\w,.-]+\s+){0,3}?"
    # "Kuwait's only land border, which it shares with Saudi Arabia"
    rf"(?:borders?|boundar(?:y|ies)|frontiers?){_LENGTH}"
    r"(?:,\s+which\s+it\s+(?:also\s+)?(?:shares|shared|has\s+shared))?\s+with\s+(?:the\s+)?"
    rf"(?P<b2>§S\d+§(?:(?:,\s+|,?\s+and\s+)(?:with\s+)?(?:the\s+)?§S\d+§){{0,9}})"
)
# a list's last item that is a possessive or the subject of a clause of its own ("Finland's
# border with Russia and Estonia's with Latvia", "... with Russia and Norway said ...")
_LAST_ITEM = re.compile(r"(?:,\s+|,?\s+and\s+)(?:with\s+)?(?:the\s+)?§S\d+§$")
# "refugees crossed the border from Sudan into Chad": the two states the border lies between
_CROSSED_FROM_INTO = re.compile(
    r"\bacross\s+the\s+(?:border|frontier)\s+from\s+(?:the\s+)?(?P<a>§S\d+§)\s+(?:in)?to\s+"
    r"(?:the\s+)?(?P<b>§S\d+§)|"
    r"\bcross(?:ed|es|ing)?\s+the\s+(?:border|frontier)\s+from\s+(?:the\s+)?(?P<a2>§S\d+§)\s+"
    r"(?:in)?to\s+(?:the\s+)?(?P<b2>§S\d+§)"
)
# "Russia and neighbouring Belarus", "Kazakhstan and its neighbour Uzbekistan": neighbours
_AND_NEIGHBOURING = re.compile(
    r"(?P<a>§S\d+§)\s+and\s+(?:its\s+|their\s+)?(?:(?:close|immediate|northern|southern|"
    r"eastern|western)\s+)?neighbou?r(?:ing)?\s+(?:the\s+)?(?P<b>§S\d+§)"
)
# "the Liptako-Gourma region, where the borders of Mali, Burkina Faso and Niger meet", "the
# tri-border area of Brazil, Argentina and Paraguay": a border between each two of them
_BORDERS_MEET = re.compile(
    rf"(?:borders|frontiers|boundaries)\s+of\s+(?:the\s+)?(?P<a>{group_of('S')})\s+"
    r"(?:meet|converge|intersect|join)\b|"
    rf"tri-?(?:border|national)\s+(?:area|region|zone|point|junction)\s+(?:of|between)\s+"
    rf"(?:the\s+)?(?P<b>{group_of('S')})"
)
# "Germany sent more troops to neighbouring Poland", "Estonia said its neighbour Latvia would
# ...": the neighbour of the one state named before it
_NEIGHBOURING = re.compile(
    r"(?:\b[Nn]eighbou?ring|\b(?:its|their)\s+(?:(?:close|immediate|northern|southern|eastern|"
    r"western)\s+)?neighbou?r)\s+(?:the\s+)?(?P<b>§S\d+§)(?!\s*(?:,\s*)?(?:and|or)\s)"
)
STATE_SLOT = re.compile(r"§S\d+§")
_STATE_OR_DEMONYM_SLOT = re.compile(r"§[SD]\d+§")
# "Kazakhstan's neighbour Kyrgyzstan", "Kenya's neighbours Uganda and Tanzania": as "its
# neighbour" (_NEIGHBOURING), the state named as the other's neighbour
_POSSESSIVE_NEIGHBOUR = re.compile(
    r"(?P<a>§S\d+§)['’]s?\s+(?:(?:close|immediate|northern|southern|eastern|western)\s+)?"
    rf"neighbou?r(?:,\s+|\s+)(?:the\s+)?(?P<b>§S\d+§)|"
    r"(?P<a2>§S\d+§)['’]s?\s+(?:(?:close|immediate|northern|southern|eastern|western)\s+)?"
    rf"neighbou?rs(?:,\s+|\s+)(?:the\s+)?(?P<b2>{STATES})"
)
# "Mongolia is landlocked between Russia and China": a border with each
_WEDGED = re.compile(
    # ("Mongolia, wedged between its two giant neighbours Russia and China,": session 28)
    r"(?P<a>§S\d+§)(?:\s+(?:is|lies|sits)|,)\s+(?:landlocked|sandwiched|wedged)\s+between\s+"
    r"(?:(?:its|their)\s+(?:two\s+)?(?:[a-z]+\s+)?neighbou?rs,?\s+)?"
    r"(?:the\s+)?(?P<b>§S\d+§\s+and\s+(?:the\s+)?§S\d+§)"
)


# the subject of a relation sentence: "Chile and Argentina ...", "They ...", "Both ..."
_PAIR_SUBJECT = re.compile(
    rf"(?:[A-Z][a-z]+,\s*)?(?:[Tt]he\s+)?(?P<s>{STATES}|[Tt]hey\b|[Bb]oth\b)"
)
_THE_TWO = re.compile(r"(?:[Tt]he\s+two|[Bb]oth)\b")
# a count that an apposition names: "Three of them, Palau, Nauru and Tuvalu, maintain ..."
# (session 43)
_COUNT_OF_THEM = re.compile(
    r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|\d+)\s+of\s+(?:them|these|those),\s+"
)


def _pair(analysis: Analysis, doc: Doc, masked: str) -> list[Entity]:
    """The two parties a relation sentence is about: "between X and Y", "X-Y", the subject."""
    m = _PAIR.search(masked)
    if m:
        states = states_in(analysis, m.group("p") or m.group("q"), doc)
        if len(states) >= 2:
            return states
    # (after a dateline: "MINSK, 27 June (BelTA) – Belarus and Russia ...")
    subject = _PAIR_SUBJECT.match(masked) or _PAIR_SUBJECT.match(masked, intro_end(masked))
    if subject is None and (counted := _COUNT_OF_THEM.match(masked)) is not None:
        subject = _PAIR_SUBJECT.match(masked, counted.end())
    if subject:
        states = states_in(analysis, subject.group("s"), doc)
        if len(states) >= 2:
            return states
    if _THE_TWO.match(masked):
        # "Turkiye was the first to recognise Azerbaijan's independence, and the two established
        # diplomatic relations ...": the two states of the sentence
        named = {
            e.key: e for e in entities_of(analysis, analysis.masked) if e.kind is EntityKind.STATE
        }
        if len(named) == 2:
            return list(named.values())
    return []


_BORDER_WORDS = frozenset(
    {
        "border",
        "boundary",
        "boundaries",
        "frontiers",
        "borders",
        "bordered",
        "frontier",
        "neighbouring",
        "neighboring",
        "neighbour",  # (of _AND_NEIGHBOURING)
        "neighbor",
        "neighbours",  # (of _POSSESSIVE_NEIGHBOUR)
        "neighbors",
        "landlocked",
        "sandwiched",
        "wedged",
    }
)
# a border a pair has with a third party: "... a border dispute with Belarus"
_WITH_A_THIRD = re.compile(r"(?:\s+[a-z]+){0,2}\s+with\s+(?:the\s+)?§")
# "the Russia-Ukraine border", "our common border"
_HYPHEN_BORDER = re.compile(
    r"(?P<a>§[SD]\d+§)\s*[-–]\s*(?P<b>§[SD]\d+§)\s+(?:land\s+|state\s+)?border"
)
_OUR_BORDER = re.compile(r"\b(?:our|the)\s+\S*\s*border")


_OPENS = re.compile(r"(?:[Tt]he\s+)?")


# the state's people who report what the sentence said: "..., U.S. officials said"
_REPORTED_BY = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:officials|sources|diplomats|authorities|media|analysts|intelligence|"
    r"spokesm[ae]n|spokespersons?|spokeswoman)\s+(?:have\s+|had\s+)?(?:said|say|says|told|"
    r"reported|report|claimed|claim|confirmed|added|noted|warned|estimated|believe|believed)\b"
)


# a clause's subject whose place is the border: "that checks at its borders with ...", "so
# controls on its border with ..." (the verb after the list is that subject's)
_SUBJECT_AT_ITS = re.compile(
    r"(?:^|\b(?:that|which|so|and|but|while|as)\s+|,\s+)(?:the\s+)?(?:[a-z]+\s+){1,2}"
    r"(?:at|on|along|across)\s+$"
)


def _own_clause_after(masked: str, m: re.Match[str]) -> bool:
    """Whether the last state of a list a match ends with is the subject of a clause of its own
    ("Tensions rose along Lithuania's border with Belarus and Poland said ..."), not when the
    match opens the sentence and the verb is its own ("Georgia's borders with Russia and
    Armenia were reinforced", "Kenya's neighbours Uganda and Tanzania sent observers")."""
    if _REPORTED_BY.match(masked, m.end()):
        return True  # "... near its border with Ukraine, U.S. officials said": who reports it
    if not NEW_CLAUSE.match(masked, m.end()):
        return False
    its = masked.find(" its ", m.start(), m.end())
    if its >= 0 and _SUBJECT_AT_ITS.search(masked, 0, its + 1):
        return False  # "..., which means that checks at its borders with A and B will be lifted"
    start = intro_end(masked)
    opening = _OPENS.match(masked, start)
    return opening is None or opening.end() != m.start()


def _neighbour_of_one(analysis: Analysis, doc: Doc) -> bool:
    """Shared borders of "neighbouring X" with the one state the sentence names before it (not
    "France and Germany sent aid to neighbouring Moldova", "from Poland to neighbouring ...")."""
    masked = analysis.masked
    found = False
    for m in _NEIGHBOURING.finditer(masked):
        before = states_in(analysis, " ".join(STATE_SLOT.findall(masked, 0, m.start())), doc)
        after = states_in(analysis, m.group("b"), doc)
        lead = [e for e in doc.finder.ctx.lead if e.kind is EntityKind.STATE]
        if (
            not before
            and m.group(0).lower().startswith("neighbo")
            and {
                e.key
                for k in analysis.mentions
                if k.code in {Code.STATE, Code.DEMONYM, Code.CITY}
                for e in k.entities
            }
            <= {e.key for e in after}
            and len(lead) == 1
            and len(doc.finder.ctx.lead) == 1
        ):
            # "Burkina Faso's junta ordered French troops out. The move mirrors neighbouring
            # Mali, ...": the one state the sentence before was about, when this one names no
            # other (session 28)
            before = lead
        if len({e.key for e in before}) != 1 or len(after) != 1:
            continue
        a, b = before[0], after[0]
        if a.key != b.key and not is_org(a, doc) and not is_org(b, doc):
            doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.75)
            found = True
    return found


# a plural a demonym's slot took in: "Russian border guards", "Romanian customs officers"
_PLURAL_NOUN = re.compile(
    r"(?:[a-z]{2,}(?<![su])s|personnel|police|people|(?:service)?(?:wo)?men)$"
)


def _plural_folded(analysis: Analysis, slot: str, masked: str, end: int) -> bool:
    """Whether ``slot`` (ending at ``end`` of ``masked``) is a demonym the mask folded together
    with a plural noun ("Russian border guards"), which "its" cannot stand for."""
    mention = analysis.slots.get(slot)
    if mention is None or mention.code is not Code.DEMONYM:
        return False
    text = analysis.sentence.text
    start = mention.end - analysis.sentence.begin
    tail = masked[end:].split(None, 1)
    if not tail or "§" in tail[0]:
        return False
    stop = text.find(" " + tail[0], start)
    folded = text[start:stop].strip() if stop > start else ""
    return bool(folded) and _PLURAL_NOUN.search(folded) is not None


def _possessive_borders(
    analysis: Analysis, doc: Doc, masked: str, *, possessive_only: bool
) -> bool:
    """Borders told as "X is bordered by Y", "X's border with Y", "its border with Y" (only the
    last two, with ``possessive_only``); whether one was found."""
    found = False
    at, bordered_by = 0, "with" in masked or "bordered" in masked
    while bordered_by and (hit := _BORDERED_BY.search(masked, at)) is not None:
        at, listed = hit.end(), hit.group("b") or hit.group("b2")
        last = _LAST_ITEM.search(listed) if hit.group("b2") else None
        if last is not None and (
            masked.startswith(("'s", "’s"), hit.end()) or _own_clause_after(masked, hit)
        ):
            # "Finland's border with Russia and Estonia's border with Latvia": the last item is
            # none, but may start the next match (a single one is an item: "Poland's border
            # with Russia's Kaliningrad exclave")
            listed, at = listed[: last.start()], hit.start("b2") + last.start() + 1
        if possessive_only and not hit.group("a2"):
            continue
        owner = hit.group("a") or hit.group("a2")
        if hit.group("a2") and _plural_folded(analysis, owner, masked, hit.end("a2")):
            # "Armenia let Russian border guards patrol its border with Turkey": "its" is not
            # the guards'; the state named before them, if any
            before = [
                slot
                for slot in STATE_SLOT.findall(masked, 0, hit.start("a2"))
                if not _plural_folded(analysis, slot, masked, masked.index(slot) + len(slot))
            ]
            if not before:
                continue
            owner = before[-1]
        for a in states_in(analysis, owner, doc):
            for b in states_in(analysis, listed, doc):
                # (states only: "the EU's border with Belarus" is the Union's)
                if a.key != b.key and not is_org(a, doc) and not is_org(b, doc):
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.8)
                    found = True
    return found


# "ordered the closure of the land border with Iraq": the subject's state's border (session 20)
_CLOSED_BORDER_WITH = re.compile(
    r"\b(?:closed|closure\s+of|closing\s+of|shut|shutting|reopened|reopening\s+of|sealed|"
    r"sealing\s+of)\s+(?:the\s+)?(?:land\s+|common\s+|shared\s+)?(?:border|frontier)\s+with\s+"
    r"(?:the\s+)?(?P<b>§S\d+§)(?!['’])"
)
_SUBJECT_SLOT = re.compile(r"(?:[Tt]he\s+)?(?P<a>§[SP]\d+§)\s+(?:has\s+|had\s+)?[a-z]")
# "India and Pakistan ..., and a U.N. force patrols their land frontier": the pair's border (not
# "their borders", each its own, nor "their border with Ukraine")
_THEIR_BORDER = re.compile(
    # (a qualified one: not "tensions along their border", a setting)
    # ("signed a treaty on their state border": the pair's, session 23)
    r"(?:\btheir\s+(?:land|common|shared|mutual|state)\s+|"
    # ("completed the demarcation of their border": a border the pair marks out is theirs)
    r"\b(?:(?:demarcation|delimitation)\s+of|demarcat(?:e|ing)|delimit(?:ing)?)\s+their\s+)"
    r"(?:border|frontier|boundary)\b"
    r"(?!\s+(?:with|to)\b)"
)


def _ones_or_their_border(analysis: Analysis, doc: Doc, masked: str) -> bool:
    """A border the sentence's subject closed "with" a state, or the border "their" names of
    the two states that open the sentence; whether one was found."""
    closed = _CLOSED_BORDER_WITH.search(masked) if "with" in masked else None
    if closed is not None:
        subject = _SUBJECT_SLOT.match(masked, intro_end(masked))
        if subject is not None and "§" not in masked[subject.end() : closed.start()]:
            who = analysis.mention(subject.group("a")).entity
            if who is not None and who.kind is EntityKind.PERSON:
                who = state_of(doc, who)
            other = states_in(analysis, closed.group("b"), doc)
            if (
                who is not None
                and who.kind is EntityKind.STATE
                and len(other) == 1
                and other[0].key != who.key
                and not is_org(other[0], doc)
            ):
                doc.add(FactClass.SHARED_BORDER, {"party": [who, other[0]]}, analysis, 0.75)
                return True
    their = _THEIR_BORDER.search(masked) if "their" in analysis.words else None
    if their is None:
        return False
    parties = _pair(analysis, doc, masked[: their.start()])
    if (
        len(parties) == 2
        and parties[0].key != parties[1].key
        and not any(is_org(e, doc) for e in parties)
    ):
        doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.75)
        return True
    return False


# the pair's own border (session 22): "their 4,200-kilometre border", "the two countries' border",
# "the border the two countries share", "Their shared border has been closed" (not "their border
# with Ukraine", "their borders": a third state's, each its own)
_BORDER_KIND = (
    r"(?:land|common|shared|mutual|state|long|open|porous|\d[\d,.]*[- ](?:kilometre|kilometer|km|"
    r"mile)s?(?:-long)?)"
)
_BORDER_QUALIFIER = rf"(?:{_BORDER_KIND}\s+){{0,2}}"
_PAIR_BORDER = re.compile(
    # ("their" with a word that makes the border the pair's: not "fighting along their border",
    # a setting (as _THEIR_BORDER))
    rf"(?:\b(?P<their>[Tt]heir)\s+(?={_BORDER_KIND}\s)|(?P<g>§G\d+§)['’]s?\s+)"
    rf"{_BORDER_QUALIFIER}(?:border|frontier|boundary)\b"
    r"(?!\s+(?:with|to|of)\b|-)|"
    rf"\b(?:border|frontier|boundary)\s+(?:that\s+|which\s+)?(?P<g2>§G\d+§)\s+(?:share|have\s+shared)\b"
)
# a clause coordinated after a negated or hedged one: "X and Y have no diplomatic relations, and
# the land border between the two countries has been closed since 1993" (not in a sentence a
# subordinator opens: "If X and Y shared a border, and ...")
_LAST_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+(?P<rest>(?:(?!,\s+and\s|;).)+)$")
_SUBORDINATE_OPENING = re.compile(
    r"(?:[Ii]f|[Uu]nless|[Ww]hether|[Ss]hould|[Oo]nce|[Ww]hen|[Aa]lthough|[Tt]hough|[Ww]hile)\b"
)
_GROUP_SLOT = re.compile(r"§G\d+§")
_BETWEEN_GROUP = re.compile(
    rf"\b{_BORDER_QUALIFIER}(?:border|frontier|boundary)\s+between\s+(?P<g>§G\d+§)"
)


def _pair_border(analysis: Analysis, doc: Doc, text: str, pair: list[Entity]) -> bool:
    """The border a clause tells as the pair's own: by "their" (the pair the sentence opens
    with, given as ``pair``, or for a sentence opening with "Their" the pair the article is
    about), by "the two countries'", or "the border (that) the two countries share"; whether
    one was found."""
    found = False
    told = "border" in text or "frontier" in text or "boundary" in text
    for m in _PAIR_BORDER.finditer(text) if told else ():
        if m.group("their"):
            parties = pair
            if not parties and (group := _GROUP_SLOT.search(text, 0, m.start())):
                # "the two countries have ... turned their border into ...": the group's
                parties = member_states(analysis, group.group(0), doc)
            elif not parties and m.start() == 0:
                parties = [e for e in doc.finder.ctx.focus if e.kind is EntityKind.STATE]
        else:
            parties = member_states(analysis, m.group("g") or m.group("g2"), doc)
        if (
            len(parties) == 2
            and parties[0].key != parties[1].key
            and not any(is_org(e, doc) for e in parties)
        ):
            doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.75)
            found = True
    return found


def _border_after_hedge(analysis: Analysis, doc: Doc, masked: str) -> None:
    """A border told in the last clause of a sentence whose earlier clause is negated or hedged
    ("X and Y do not have diplomatic relations, and the land border between the two countries
    has been closed"), when that clause is not hedged itself."""
    last = _LAST_CLAUSE.search(masked)
    if last is None or _SUBORDINATE_OPENING.match(masked, intro_end(masked)):
        return
    rest = last.group("rest")
    if hedged(rest) or "n't" in rest or "n’t" in rest or re.search(r"\bno\b", rest):
        return
    pair = _pair(analysis, doc, masked[: last.start()])
    if _pair_border(analysis, doc, rest, pair):
        return
    for m in _BETWEEN_GROUP.finditer(rest):
        parties = member_states(analysis, m.group("g"), doc)
        if len(parties) == 2 and parties[0].key != parties[1].key:
            doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.75)


def _hyphen_border(analysis: Analysis, doc: Doc, masked: str) -> None:
    """The border "the Afghan-Pakistani border" names, in a hedged sentence."""
    hyphen = _HYPHEN_BORDER.search(masked) if "-" in masked or "–" in masked else None
    if hyphen is None:
        return
    parties = states_in(analysis, hyphen.group("a") + hyphen.group("b"), doc)
    if (
        len(parties) == 2
        and parties[0].key != parties[1].key
        and not any(is_org(e, doc) for e in parties)
    ):
        doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.8)


# "In neighbouring Kenya, President Ruto ordered the immediate closure of the land border with
# Somalia": the border of the one state named before, with the state after (session 20)
_BORDER_CLOSED_WITH = re.compile(
    r"\bclosure\s+of\s+(?:the\s+|its\s+)?(?:land\s+)?border\s+with\s+(?:the\s+)?(?P<b>§S\d+§)"
    r"(?![\w'’§-])"
)


def _border_closed_with(analysis: Analysis, doc: Doc, masked: str) -> bool:
    """The shared border a closure "of the border with Y" tells, with the one state the
    sentence names before it; whether one was found."""
    found = False
    for m in _BORDER_CLOSED_WITH.finditer(masked):
        slots = " ".join(_STATE_OR_DEMONYM_SLOT.findall(masked, 0, m.start()))
        before = {e.key: e for e in states_in(analysis, slots, doc) if not is_org(e, doc)}
        after = states_in(analysis, m.group("b"), doc)
        if len(before) != 1 or len(after) != 1:
            continue
        (a,) = before.values()
        if a.key != after[0].key and not is_org(after[0], doc):
            doc.add(FactClass.SHARED_BORDER, {"party": [a, after[0]]}, analysis, 0.75)
            found = True
    return found


# a relative clause after a border, to the clause's end: "a border that has never been demarcated"
_BORDER_RELATIVE = re.compile(
    r"\b(?:border|frontier|boundary)(?P<rel>,?\s+(?:that|which)\s+[^,;.]*)"
)


# a pair told with their border in a relative clause: "Qatar and Bahrain, whose maritime boundary
# was settled by the ICJ in 2001, ..." (presupposed, whatever the clause or the sentence tells
# of it; session 27)
_WHOSE_BORDER = re.compile(
    r"(?P<p>§S\d+§\s+and\s+(?:the\s+)?§S\d+§),\s+whose\s+(?:common\s+|shared\s+|land\s+|"
    r"maritime\s+|sea\s+|mutual\s+)*(?:boundary|border|frontier)\b(?!\s+(?:with|dispute))"
)


# the words by which a hedge or a negation may be about a border itself
_BORDER_TALK = frozenset(
    "border borders bordering boundary boundaries frontier frontiers share shares shared "
    "neighbours neighbors adjacent".split()
)


def _and_neighbouring(analysis: Analysis, doc: Doc, masked: str) -> bool:
    """ "Kenya and its northern neighbour Ethiopia", "Egypt and neighbouring Sudan": the pair's
    border; whether one was found."""
    found = False
    for m in _AND_NEIGHBOURING.finditer(masked):
        parties = states_in(analysis, m.group("a") + m.group("b"), doc)
        if (
            len(parties) == 2
            and parties[0].key != parties[1].key
            and not any(is_org(e, doc) for e in parties)  # (not "the EU and neighbouring ...")
        ):
            doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.75)
            found = True
    return found


def borders(analysis: Analysis, doc: Doc, *, view: bool = False) -> None:
    masked = analysis.masked
    if analysis.words.isdisjoint(_BORDER_WORDS):
        return
    for m in _WHOSE_BORDER.finditer(masked) if not view and "whose" in masked else ():
        pair = states_in(analysis, m.group("p"), doc)
        if len(pair) == 2 and pair[0].key != pair[1].key and not any(is_org(e, doc) for e in pair):
            doc.add(FactClass.SHARED_BORDER, {"party": pair}, analysis, 0.8)
    if not view and " and " in masked and (second := second_clause(analysis, doc)) is not None:
        borders(second, doc, view=True)
    if "§," in masked and not view and (views := aside_views(analysis)):
        for part in views:
            borders(part, doc, view=True)
        return
    if not plainly_asserted(analysis) and not view and (rel := _BORDER_RELATIVE.search(masked)):
        # "Armenia and Azerbaijan share a border that has never been demarcated": the negation
        # or hedge is the relative clause's, the border is shared (read without it, session 23)
        plain = dataclasses.replace(
            analysis,
            masked=masked[: rel.start("rel")] + masked[rel.end("rel") :],
            dates=[d for d in analysis.dates if d.text not in rel.group("rel")],
        )
        if plainly_asserted(plain):
            borders(plain, doc, view=True)
            return
    if not plainly_asserted(analysis):
        # a border named as a state's own, or by its two states' names, is presupposed by a
        # hedged sentence too ("Senegal said it would keep its border with Gambia open", "the
        # Afghan-Pakistani border could reopen next week"); not a border denied ("no border")
        denied = "no" in analysis.words and NO_RELATION.search(masked) is not None
        if not denied and not _possessive_borders(analysis, doc, masked, possessive_only=True):
            _hyphen_border(analysis, doc, masked)
        if not denied and "it" in analysis.words:
            # ("Eritrea has not said whether it will join the mediation in Sudan, with which it
            # shares a long border": the aside tells the border whatever the hedge)
            _subjects_border_in_aside(analysis, doc, masked)
        if "neighbo" in masked and analysis.words.isdisjoint(_BORDER_TALK):
            # "Ghana and its neighbour Togo may sign a deal", "Bolivia and its western neighbour
            # Chile have had no diplomatic relations": the neighbour named is presupposed when
            # the hedge or the negation says nothing of a border (session 28)
            _and_neighbouring(analysis, doc, masked)
        if not view:
            _border_after_hedge(analysis, doc, masked)
        return
    neighbours = "neighbo" in masked and _and_neighbouring(analysis, doc, masked)
    for m in _BORDERS_MEET.finditer(masked) if "tri" in masked or " of " in masked else ():
        met = [
            e for e in states_in(analysis, m.group("a") or m.group("b"), doc) if not is_org(e, doc)
        ]
        for i, a in enumerate(met):
            for b in met[i + 1 :]:
                if a.key != b.key:
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.8)
                    neighbours = True
    for m in _POSSESSIVE_NEIGHBOUR.finditer(masked) if "neighbo" in masked else ():
        listed = m.group("b2") or m.group("b")
        if m.group("b2") and _own_clause_after(masked, m):
            listed = _LAST_ITEM.sub("", listed)
        for a in states_in(analysis, m.group("a") or m.group("a2"), doc):
            for b in states_in(analysis, listed, doc):
                if a.key != b.key and not is_org(a, doc) and not is_org(b, doc):
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.75)
                    neighbours = True
    if not neighbours and "eighbo" in masked:  # (also "Neighbouring Niger ...")
        neighbours = _neighbour_of_one(analysis, doc)
    for m in _WEDGED.finditer(masked):
        for a in states_in(analysis, m.group("a"), doc):
            for b in states_in(analysis, m.group("b"), doc):
                if a.key != b.key:
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.8)
                    neighbours = True
    if _possessive_borders(analysis, doc, masked, possessive_only=False):
        neighbours = True
    for m in _CROSSED_FROM_INTO.finditer(masked) if "cross" in masked and "from" in masked else ():
        since, into = (m.group("a") or m.group("a2")), (m.group("b") or m.group("b2"))
        for x in states_in(analysis, since, doc):
            for y in states_in(analysis, into, doc):
                if x.key != y.key and not is_org(x, doc) and not is_org(y, doc):
                    doc.add(FactClass.SHARED_BORDER, {"party": [x, y]}, analysis, 0.75)
                    neighbours = True
    for m in _REGION_BORDERS.finditer(masked) if "§S" in masked else ():
        # "The Kaliningrad Region borders Lithuania and Poland": the region's state's border
        region = _region_state(doc, m.group("r"))
        if region is None:
            continue
        for b in states_in(analysis, m.group("b"), doc):
            if region.key != b.key and not is_org(b, doc):
                doc.add(FactClass.SHARED_BORDER, {"party": [region, b]}, analysis, 0.8)
                neighbours = True
    for m in _BORDERS_WITH.finditer(masked):
        for a in states_in(analysis, m.group("a"), doc):
            for b in states_in(analysis, m.group("b") + m.group("more"), doc):
                if a.key != b.key:
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.85)
                    neighbours = True
    for m in _BORDER_IN_ASIDE.finditer(masked) if "with" in analysis.words else ():
        for a in states_in(analysis, m.group("a") or m.group("a2"), doc):
            for b in states_in(analysis, m.group("b") or m.group("b2"), doc):
                if a.key != b.key and not is_org(a, doc) and not is_org(b, doc):
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.8)
                    neighbours = True
    if not neighbours and "it" in analysis.words:
        neighbours = _subjects_border_in_aside(analysis, doc, masked)
    if not neighbours and ("with" in masked or "their" in analysis.words):
        neighbours = _ones_or_their_border(analysis, doc, masked)
    if not neighbours and ("§G" in masked or "their" in analysis.words):
        neighbours = _pair_border(analysis, doc, masked, _pair(analysis, doc, masked))
    if not neighbours and "closure" in analysis.words:
        # (no subject of its own: "In neighbouring Kenya, President Ruto ordered the closure")
        neighbours = _border_closed_with(analysis, doc, masked)
    border = None if neighbours else _BORDER.search(masked)
    if border is None or _WITH_A_THIRD.match(masked, border.end()):
        return  # (not "Poland and Lithuania have a border dispute with Belarus")
    hyphen = _HYPHEN_BORDER.search(masked)
    sharers = _SHARERS.search(masked)
    if hyphen:
        parties = states_in(analysis, hyphen.group("a") + hyphen.group("b"), doc)
    elif sharers:
        # "..., and the two countries share a maritime border"
        parties = states_in(analysis, sharers.group("p"), doc)
    else:
        parties = _pair(analysis, doc, masked)
    if len(parties) < 2 and _OUR_BORDER.search(masked):
        parties = [e for e in doc.finder.ctx.issuers if e.kind is EntityKind.STATE]
    if len(parties) >= 2:
        doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.85)


_DIPLOMATIC = re.compile(
    # "strengthens our diplomatic and economic relationship", "diplomatic, trade and cultural ties"
    r"\bdiplomatic(?:,\s+[a-z]+)*,?\s+(?:and\s+[a-z]+\s+)?(?:relations|relationship|ties)\b|"
    r"\bnormali[sz](?:ed|ation\s+of)\s+(?:their\s+|bilateral\s+)?(?:relations|ties)\b",
    re.IGNORECASE,
)
# an anniversary counted in words: "the fifth anniversary of", "the twenty-fifth anniversary of"
# (session 27)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20,
    "twenty-fifth": 25, "thirtieth": 30, "thirty-fifth": 35, "fortieth": 40,
    "forty-fifth": 45, "fiftieth": 50, "sixtieth": 60, "sixty-fifth": 65,
    "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "hundredth": 100,
}  # fmt: skip
ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))


def ordinal_count(n: str) -> int:
    """The number an anniversary's count gives: "30" or "30th" in digits, "fifth" in words."""
    return _ORDINALS.get(n.lower()) or int(n)


_YEARS_OF = re.compile(
    # ("in the 32 years since the establishment of diplomatic relations": session 37)
    rf"\b(?:(?P<n>\d+)(?:st|nd|rd|th)?\s+(?:years?\s+of|anniversary\s+of|"
    r"years\s+since\s+the\s+establishment\s+of)|"
    rf"(?P<w>{ORDINAL})\s+anniversary\s+of)\b",
    re.IGNORECASE,
)
_NORMALISATION = re.compile(
    r"\bnormali[sz]ation\s+of\s+(?:their\s+|bilateral\s+)?(?:diplomatic\s+)?relations\b",
    re.IGNORECASE,
)
_ESTABLISHED = re.compile(r"\bestablish(?:ed|ment\s+of)\b", re.IGNORECASE)
# relations that existed before: "re-established", "restored" (their start is earlier)
_RESTORED = re.compile(
    r"\b(?:restored|resumed|normali[sz]ed|re-?established|reinstated)\b", re.IGNORECASE
)
# relations restored then, told with the day they were: "Kenya and Somalia restored diplomatic
# relations on Thursday", "has today decided to restore diplomatic relations with" (a decision
# taken, as "decided to ... resume" is; session 27): the start of the relations the news tells
# (not "agreed to restore": relations to come, session 23; not a year, session 9)
_RESTORED_NOW = re.compile(
    r"\b(?:restored|resumed|re-?established|reinstated)\s+(?:full\s+|their\s+|bilateral\s+)*"
    r"(?:diplomatic\s+)?(?:relations|ties)\b|"
    r"\b(?<!\bnot\s)(?:decided|decides)\s+(?:[\w§]+\s+){0,3}?to\s+(?:restore|resume|re-?establish)\s+"
    r"(?:full\s+|their\s+|bilateral\s+)*(?:diplomatic\s+)?(?:relations|ties)\b",
    re.IGNORECASE,
)
# "decided ... to restore": a decision taken, no relation still to come (see _ENDED)
_DECIDED_TO_RESTORE = re.compile(
    r"\b(?<!\bnot\s)(?:decided|decides)\s+(?:[\w§]+\s+){0,3}?to\s+(?=(?:restore|resume|re-?establish)\s)",
    re.IGNORECASE,
)
# the words right before the date relations were established on
# ("... of diplomatic relations, which were established between the Soviet Union and India in
# April 1947": the pair between, session 41)
_ESTABLISHED_ON = re.compile(
    r"\bestablished\s+(?:between\s+[^.;,()]{3,80}?\s+and\s+[^.;,()]{3,60}?\s+)?(?:on|in)\s+$",
    re.IGNORECASE,
)


# a subordinate clause after the relation: "... established diplomatic relations on Sunday
# after the Central American nation broke off relations with Taiwan"
_LATER_CLAUSE = re.compile(
    r",?\s+(?:after|before|when|while|because|since|following)\s+"
    # (a state's own act after it: "after the Central American country severed its ties with
    # Taiwan", its epithet a state since session 28)
    r"(?!§(?![SDG]\d+§\s+(?:had\s+|has\s+)?(?:broke|severed|cut|ended|downgraded|suspended)\b))|"
    # "established diplomatic relations with Beijing, cutting ties with Taiwan": another state's
    # relations ended in a participle clause after them (session 25)
    r",\s+(?:thereby\s+|effectively\s+)?(?:cutting|breaking|severing|ending|downgrading)\s"
)
_ENDED = re.compile(
    # (whole words: not "brokered", "several", "cutting-edge")
    # "Morocco downgraded diplomatic relations with Iran" (session 25)
    # ("Lithuania lowered its diplomatic relations with Belarus", "to lower the level of its
    # diplomatic relations": lowered, session 27)
    r"\b(?:break(?:s|ing)?|broke|broken|sever(?:s|ed|ing)?|cut(?:s|ting)?|suspend(?:s|ed|ing)?|"
    r"downgrad(?:e|es|ed|ing)|froze|frozen|freez(?:e|es|ing)|"
    r"lower(?:s|ed|ing)?(?=\s+(?:the\s+level|its|their|the|diplomatic|relations|ties)\b)|"
    r"reduc(?:e|es|ed|ing)\s+(?:the\s+level|its|their)|"
    r"(?:to|will|would)\s+restore|(?:to|will|would)\s+normali[sz]e)(?![\w-])",
    re.IGNORECASE,
)


# relations told as held until a time: "Nicaragua and Taiwan had diplomatic relations until
# December 2021" (former ones, session 23)
_HELD_UNTIL = re.compile(r"\b(?:had|was|were)\s(?:[^.;]*?\s)?(?:until|till)\s")


# relations still to be made: "have been negotiating the normalisation of relations", "talks on
# establishing diplomatic ties", "discussed the possible establishment of diplomatic relations",
# "dialogue aimed at the full normalisation of relations", "to lead the normalisation of ...",
# "hopes to establish diplomatic relations"
_SOUGHT = re.compile(
    r"\b(?:negotiat\w*(?:\s+on)?|talks\s+(?:on|about)|discuss\w*|towards?|prospects?\s+(?:of|for)|"
    r"path\s+to|road\s+to|seek\w*|push\w*\s+for|efforts?\s+(?:to|towards|at)|pursu\w*|"
    r"conditions?\s+for|aim(?:ed|ing|s)?\s+(?:at|to)|intended\s+to|designed\s+to|lead|"
    # "Israel hopes to establish diplomatic relations with Saudi Arabia"
    r"(?:hop|want|wish|plan|intend)\w*\s+to|(?:ready|willing|eager|keen)\s+to|"
    # "agreed to resume diplomatic relations ... within two months", "will establish diplomatic
    # relations": relations to come, not yet restored (session 23; blind20's and blind31's
    # writers note these must_not)
    # (not "decided to ... resume diplomatic relations from the date of signature": made then)
    r"agree(?:d|s|ing)?\s+to|agreement\s+to|will|would|shall|"
    r"process\s+(?:of|to|towards?))\s+(?:the\s+|a\s+)?(?:possible\s+|potential\s+|eventual\s+|full\s+)?"
    r"(?:normali[sz]\w*|establish\w*|restor\w*|resum\w*)\s+(?:of\s+)?(?:their\s+|bilateral\s+)?"
    # "agreed to establish full diplomatic relations" (session 25)
    r"(?:(?:full|formal|normal|official)\s+)?(?:diplomatic\s+)?(?:relations|relationship|ties)\b",
    re.IGNORECASE,
)


# "Egypt and Turkey exchanged ambassadors in July": ambassadors accredited both ways
_EXCHANGED_AMBASSADORS = re.compile(
    rf"(?P<p>{STATES}|§G\d+§)(?:,\s+which)?\s+(?:have\s+|had\s+|also\s+)?(?:formally\s+|officially\s+)?"
    r"(?:exchanged\s+ambassadors\b|"
    # "The two countries, which appointed ambassadors to each other's capitals in July 2023,
    # ...": relations with ambassadors accredited (session 37)
    r"(?:appointed|named|sent)\s+(?:new\s+)?ambassadors\s+to\s+(?:each\s+other['’]s\s+capitals|"
    r"each\s+other|one\s+another)\b)"
)
_AMBASSADOR_VERBS = ("exchanged", "appointed", "named", "sent")  # (of _EXCHANGED_AMBASSADORS)


_DIPLOMATIC_WORDS = frozenset({"diplomatic", "normalised", "normalized", "normalisation"})
LEAD_STATES = re.compile(rf"(?P<s>{STATES})")


# a capital standing for its state: "recalled its envoy to Paris, a capital with which Italy
# established diplomatic relations in 1861"
_CAPITAL_WITH_WHICH = re.compile(
    r"(?P<c>§C\d+§),\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:capital|city)\s+with\s+which\s+"
    r"(?P<s>§[SD]\d+§)\s+(?:first\s+)?(?:had\s+)?established\s+(?:formal\s+)?diplomatic\s+"
    r"(?:relations|ties)\s+in\s+(?P<y>1\d{3}|20\d\d)\b"
)


def _capital_with_which(analysis: Analysis, doc: Doc) -> None:
    """DiplomaticRelations, from their start year, of a state and the one a capital stands for
    ("a capital with which France established diplomatic relations in 1778")."""
    m = _CAPITAL_WITH_WHICH.search(analysis.masked)
    if m is None or analysis.negated or analysis.hypothetical:
        return
    city = analysis.mention(m.group("c")).entity
    found = doc.kb.capital_of(city.qid) if city is not None and city.qid else None
    states = states_in(analysis, m.group("s"), doc)
    if found is None or len(states) != 1 or states[0].qid == found.qid:
        return
    other = Entity.linked(found.qid, found.label, EntityKind.STATE)
    args: dict[str, Sequence[Value]] = {
        "party": [states[0], other],
        "startDate": [TimeValue(int(m.group("y")))],
    }
    doc.add(FactClass.DIPLOMATIC_RELATIONS, args, analysis, 0.8)


# "Nauru switched diplomatic relations from Taiwan to China in January 2024": the subject's
# relations with the state after "to", from the date told after it (session 25; not the state
# after "from", whose relations ended)
_SWITCHED = re.compile(
    r"(?:^|[Tt]he\s+|\b(?:said|says|that)\s+(?:the\s+)?)(?P<a>§S\d+§)\s+"
    r"(?:has\s+|had\s+|formally\s+|officially\s+)*"
    r"(?:switched|shifted|transferred)\s+(?:its\s+)?diplomatic\s+(?:relations|ties)\s+from\s+"
    r"(?:the\s+)?§[SC]\d+§\s+to\s+(?:the\s+)?(?P<b>§[SC]\d+§)"
)


_SWITCH = re.compile(
    r"\b(?:switch|shift|transfer)(?:s|ed|ing)?\s+(?:its\s+|their\s+)?diplomatic\s+"
    r"(?:relations|ties|recognition)\s+from\b"
)


def _switched(analysis: Analysis, doc: Doc) -> None:
    """DiplomaticRelations of a state that switched its relations to another (not hedged)."""
    m = _SWITCHED.search(analysis.masked)
    if m is None or hedged(analysis.masked[: m.start()]) or _SOUGHT.search(analysis.masked):
        return
    other = states_in(analysis, m.group("b"), doc)
    city = analysis.mention(m.group("b")).entity if m.group("b").startswith("§C") else None
    if city is not None and city.qid and (found := doc.kb.capital_of(city.qid)) is not None:
        # "from Taipei to Beijing": the capital stands for its state (ANNOTATION.md §2)
        other = [Entity.linked(found.qid, found.label, EntityKind.STATE)]
    parties = states_in(analysis, m.group("a"), doc) + other
    if len(parties) != 2 or parties[0].key == parties[1].key:
        return
    args: dict[str, Sequence[Value]] = {"party": parties}
    end = analysis.mention(m.group("b")).end
    after = [
        d.value
        for d in analysis.dates
        if d.begin >= end
        and not d.end_value
        and not d.since
        and not d.reported
        and (not d.relative or d.value.precision is Precision.DAY)
    ]
    if after:
        args["startDate"] = [after[0]]
    doc.add(FactClass.DIPLOMATIC_RELATIONS, args, analysis, 0.8)


def diplomatic_relations(analysis: Analysis, doc: Doc, *, view: bool = False) -> None:
    masked = analysis.masked
    words = analysis.words
    ambassadors = "ambassadors" in words and any(verb in words for verb in _AMBASSADOR_VERBS)
    if not ambassadors and words.isdisjoint(_DIPLOMATIC_WORDS):
        return
    if "from" in words and _SWITCH.search(masked):
        # a switch tells the relations of its subject and the state switched to, or none
        # ("Taiwan said Honduras switched diplomatic relations from Taipei to Beijing" gave
        # Taiwan and Honduras)
        if not view and not analysis.negated and not analysis.hypothetical:
            _switched(analysis, doc)
        return
    if not view and "which" in words and "§C" in masked:
        _capital_with_which(analysis, doc)
    if "§," in masked and not view and (views := aside_views(analysis)):
        for part in views:
            diplomatic_relations(part, doc, view=True)
        return
    if ambassadors and plainly_asserted(analysis):
        for m in _EXCHANGED_AMBASSADORS.finditer(masked):
            parties = parties_of(entities_of(analysis, m.group("p")), doc)
            if len(parties) == 2 and parties[0].key != parties[1].key:
                doc.add(FactClass.DIPLOMATIC_RELATIONS, {"party": parties}, analysis, 0.75)
    if analysis.words.isdisjoint(_DIPLOMATIC_WORDS):
        return
    if "no" in analysis.words and NO_RELATION.search(masked):
        return
    clauses = analysis.clauses(_RELATION_CLAUSE)
    subject = LEAD_STATES.match(masked[intro_end(masked) :])
    for m_start, m_end, t_start, t_end in clauses:
        clause = masked[m_start:m_end]
        relation = _DIPLOMATIC.search(clause)
        if relation is None:
            continue
        # "... established diplomatic relations in 1955; the Federal Government is not breaking
        # off diplomatic relations": each clause asserts or hedges its own
        if (analysis.negated or analysis.hypothetical) and (len(clauses) == 1 or hedged(clause)):
            continue
        later = _LATER_CLAUSE.search(clause, relation.end())
        if later is not None:
            clause = clause[: later.start()]
        if (
            _ENDED.search(_DECIDED_TO_RESTORE.sub("decided ", clause))
            or _SOUGHT.search(clause)
            or _HELD_UNTIL.search(clause)
        ):
            continue
        if (each := _WITH_EACH.search(clause)) is not None:
            _with_each(analysis, doc, each, [d for d in analysis.dates if not d.end_value])
            continue
        parties = _pair(analysis, doc, clause)
        listed = _each_with(analysis, doc, clause, relation.end(), parties)
        if len(parties) > 2 and listed:
            # "Palau, Nauru and Tuvalu maintain diplomatic relations with Taipei": each listed
            # subject's with the state after "with" (session 43; two were read already)
            parties = [pair[0] for pair in listed]
        elif len(parties) > 2:
            # "The four countries lifted the boycott ..., and Qatar and Egypt restored diplomatic
            # relations": a group of more than two is no pair; the clause's own two (session 28)
            parties = states_in(analysis, " ".join(_STATE_OR_DEMONYM_SLOT.findall(clause)), doc)
        with_party = _WITH_STATE.search(clause)
        if len(parties) < 2 and with_party is not None and subject is not None:
            # "Nicaragua broke off relations with Taiwan and established diplomatic relations
            # with China": the sentence's subject and the state "with"
            parties = states_in(analysis, subject.group("s"), doc) + states_in(
                analysis, with_party.group("p"), doc
            )
        if len(parties) < 2 and m_start > 0:
            # "The two sides reaffirmed ..., and looked forward to the 30th anniversary of
            # diplomatic relations": the sentence's subject
            parties = _pair(analysis, doc, masked[intro_end(masked) :])
        if (
            len(parties) < 2
            and not entities_of(analysis, clause)
            # (not "The two countries established ..." left unresolved: the pair is unclear)
            and not _UNRESOLVED_PAIR.search(clause)
            and (
                _ESTABLISHED.search(clause)
                or _YEARS_OF.search(clause)
                or _RELATIONS_SINCE.search(clause)
                or _NORMALISATION.search(clause)
            )
        ):
            # "Diplomatic relations were established in 1992.": the pair the article is about
            last = tuple(e for e in doc.finder.ctx.last_states if e.kind is EntityKind.STATE)
            parties = meeting_states(doc) or (list(last) if len(last) == 2 else [])
        if len(parties) < 2:
            parties = [e for e in entities_of(analysis, clause) if e.kind is EntityKind.STATE]
            home = doc.finder.ctx.home
            if len(parties) == 1 and home and parties[0].qid != home.qid:
                parties = [Entity.linked(home.qid, home.label, EntityKind.STATE), parties[0]]
        if len(parties) < 2 and _WE_MARK.search(analysis.sentence.text):
            # "this year we mark ... 77 years of diplomatic relations": the publisher's with its
            # partner
            parties = our_pair(doc)
        pairs = _each_with(analysis, doc, clause, relation.end(), parties)
        if not pairs and (len(parties) != 2 or parties[0].key == parties[1].key):
            continue
        begin = analysis.sentence.begin
        text = analysis.sentence.text
        dates = [
            d
            for d in analysis.dates
            if t_start <= d.begin - begin < t_end
            and not _of_partnership_after(text, d.begin - begin)
        ]
        args: dict[str, Sequence[Value]] = {"party": parties}
        years = _years_of(clause, relation.start())
        founded = [d for d in dates if _ESTABLISHED_ON.search(text, 0, d.begin - begin)]
        if years and founded:
            # "the 30th anniversary of diplomatic relations established in 1992": that date
            args["startDate"] = [founded[0].value]
        elif years and doc.date:
            # "the 30th anniversary of diplomatic relations in 2022", "... in January 2025":
            # from the year of the anniversary
            marked = {
                _marked_year(d, clause, doc.date) for d in dates if not d.end_value and not d.since
            }
            year = marked.pop() if len(marked) == 1 else doc.date.year
            args["startDate"] = [
                TimeValue(year - ordinal_count(years.group("n") or years.group("w")))
            ]
        elif (
            (_ESTABLISHED.search(clause) and not _RESTORED.search(clause))
            or re.search(
                r"\bnormali[sz]ed\s+(?:their\s+|bilateral\s+)?(?:relations|ties)\b", clause
            )
            or (_NORMALISATION.search(clause))
        ):
            # established, or normalised where there were none: the relations' start (a day
            # the news names, "on Sunday", too; not "last year")
            dated = [d for d in dates if not d.relative or d.value.precision is Precision.DAY]
            # the date the verb governs, after it ("On Tuesday, the minister recalled that the
            # two established diplomatic relations on March 26, 1990": 1990)
            est = _ESTABLISHED.search(text, t_start, t_end)
            after = [d for d in dated if est is not None and d.begin - begin >= est.start()]
            if after or dated:
                args["startDate"] = [(after or dated)[0].value]
        elif (restored := _RESTORED_NOW.search(text, t_start, t_end)) is not None:
            # restored then: the date the verb governs, after it ("restored diplomatic relations
            # on Thursday"; not "last year", not a date before the verb)
            dated = [
                d
                for d in dates
                if (
                    d.begin - begin >= restored.start()
                    # ("has today decided to restore")
                    or text[d.end - begin : restored.start()].strip() in ("", "has", "have")
                )
                and not d.since
                and not d.end_value
                # (a restoration the news reports, by its day; not one of years before,
                # "re-established diplomatic relations in 2007", session 9)
                and d.value.precision is Precision.DAY
            ]
            if dated:
                args["startDate"] = [dated[0].value]
        elif _RELATIONS_SINCE.search(masked[m_start:m_end]):
            # "have enjoyed cordial diplomatic relations since 1964"
            started = [d.value for d in dates if d.since and not d.relative]
            since = _SINCE_EVENT_IN.search(masked, m_start, m_end) if not started else None
            if since is not None:
                # "have maintained diplomatic relations since Kenya's independence in 1963"
                # (session 37)
                started = [
                    d.value
                    for d in dates
                    if not d.relative and not d.end_value and d.text in since.group(0)
                ]
            if started:
                args["startDate"] = [started[0]]
        elif _DATE_BACK.match(clause, relation.end()) or _FIRST_TO_ESTABLISH.search(clause):
            # "diplomatic relations date back to April 13, 1947", "the first country in Central
            # Asia to establish diplomatic relations with Israel in 1992"
            absolute = [d.value for d in dates if not d.relative and not d.end_value]
            if len(absolute) == 1:
                args["startDate"] = absolute
        for pair in pairs or [parties]:
            doc.add(FactClass.DIPLOMATIC_RELATIONS, {**args, "party": pair}, analysis, 0.85)


_PARTNERSHIP_NOUN = re.compile(r"\b(?:[Pp]artnership|[Aa]lliance)\b")


def _of_partnership_after(text: str, at: int) -> bool:
    """Whether a date at ``at`` follows a partnership named after the diplomatic relations ("50
    years of diplomatic relations and five years of their strategic partnership, established in
    2018": the partnership's date, session 37)."""
    relation = max(text.rfind("diplomatic", 0, at), text.rfind("Diplomatic", 0, at))
    return relation >= 0 and _PARTNERSHIP_NOUN.search(text, relation, at) is not None


# the relations of the speaker's state: "we mark 77 years of diplomatic relations", "our 30
# years of diplomatic relations"
_WE_MARK = re.compile(
    r"\b(?:we\s+(?:mark|celebrate|commemorate)|(?:mark|celebrate|commemorate)s?\s+our)\s+[^.;]{0,60}?"
    r"years\s+of\b"
)


# an anniversary still to be marked: "will mark 50 years of diplomatic relations in August"
_TO_MARK = re.compile(
    r"\b(?:will|shall|to)\s+(?:\w+\s+)?(?:mark|celebrate|commemorate)\b", re.IGNORECASE
)
_FOUR_DIGITS = re.compile(r"\d{4}")


def _marked_year(date: DateMention, clause: str, today: dt.date) -> int:
    """The year an anniversary is marked in: a month or day without a year the resolver put
    before the article is the next one's when the marking is still to come ("will mark 50 years
    ... in August", told in March; session 25)."""
    year = date.value.year
    if year < today.year and not _FOUR_DIGITS.search(date.text) and _TO_MARK.search(clause):
        return year + 1
    return year


def _years_of(clause: str, relation: int) -> re.Match[str] | None:
    """The "N years of" counting the relations at ``relation``: the last one before them ("72
    years of our alliance and 77 years of diplomatic relations": 77), else the first."""
    before = list(_YEARS_OF.finditer(clause, 0, relation))
    return before[-1] if before else _YEARS_OF.search(clause)


# the third state of "Guatemala and Belize maintain diplomatic relations with Taiwan"
_RELATIONS_WITH = re.compile(r"\s+with\s+(?:the\s+)?(?P<p>§[SD]\d+§)")


def _each_with(
    analysis: Analysis, doc: Doc, clause: str, end: int, parties: list[Entity]
) -> list[list[Entity]]:
    """The relations of each of several subjects with the state named after "relations with"
    (not of the subjects with each other); else nothing."""
    m = _RELATIONS_WITH.match(clause, end)
    if m is None or len(parties) < 2:
        return []
    others = states_in(analysis, m.group("p"), doc)
    keys = {e.key for e in parties}
    if len(others) != 1 or others[0].key in keys:
        return []
    return [[e, others[0]] for e in parties]


# "The United States established diplomatic relations with each of the five Central Asian
# countries, Kazakhstan, ...": one state's relations with each state of a list
_WITH_EACH = re.compile(
    r"(?:^|[Tt]he\s+)(?P<a>§S\d+§)\s+(?:(?:has|have|had)\s+)?(?:formally\s+|officially\s+)?"
    r"(?:established|(?:has|have|had)\s+(?:had|maintained))\s+diplomatic\s+(?:relations|ties)\s+with\s+"
    r"(?:each\s+of\s+|all\s+)?(?:(?:the|its)\s+(?:[\w-]+\s+){0,4}?(?:countries|states|nations|"
    r"neighbou?rs)\s*,?\s+(?:namely\s+|including\s+)?)?"
    r"(?P<list>(?:the\s+)?§S\d+§(?:\s*,\s*(?:the\s+)?§S\d+§)*,?\s+and\s+(?:the\s+)?§S\d+§)"
)


def _with_each(analysis: Analysis, doc: Doc, m: re.Match[str], dates: list[DateMention]) -> None:
    """One relation of the subject with each listed state, from the one date given if any."""
    subjects = states_in(analysis, m.group("a"), doc)
    if len(subjects) != 1:
        return
    subject = subjects[0]
    args: dict[str, Sequence[Value]] = {}
    if len(dates) == 1 and "established" in m.group(0):
        args["startDate"] = [dates[0].value]
    for other in states_in(analysis, m.group("list"), doc):
        if other.key != subject.key:
            doc.add(
                FactClass.DIPLOMATIC_RELATIONS, {"party": [subject, other], **args}, analysis, 0.8
            )


# a clause of its own: "...; ...", "... in 1991, and the two established ...", "... and
# established diplomatic relations with China"
_RELATION_CLAUSE = re.compile(
    # "recalled that ... and that Russia and Israel had established diplomatic relations in 1948"
    r";\s*|,?\s+and\s+that\s+|,\s+(?:and|but)\s+(?=(?:the\s+two\s+|they\s+|both\s+|§[SDG]\d+§\s+|[A-Z]\w+\s+)?"
    r"(?:also\s+|then\s+|later\s+|formally\s+|officially\s+)?[a-z]+ed\b)|"
    r"\s+(?:and|but)\s+(?=(?:also\s+|then\s+|later\s+|formally\s+|officially\s+)?[a-z]+ed\b)|"
    # a second predicate of the subject with an auxiliary or an irregular past: "established
    # diplomatic relations with Beijing in 1979 but has remained Taiwan's main arms supplier",
    # "... but kept close unofficial ties with Taiwan" (the other state is not a party; session 41)
    r"\s+(?:and|but)\s+(?=(?:has|have|had|is|are|was|were|will|would|kept|keeps|held|holds|"
    r"became|remains|continues|maintains)\s+(?!§))"
)
_WITH_STATE = re.compile(r"\bwith\s+(?:the\s+)?(?P<p>§[SD]\d+§)")


_DATE_BACK = re.compile(r"\s+(?:date|dates|dated|dating|go|goes|went)\s+back\s+to\b")
_FIRST_TO_ESTABLISH = re.compile(
    r"\bfirst\s+(?:[\w-]+\s+){0,6}?to\s+(?:have\s+)?establish(?:ed)?\s+diplomatic\s+(?:relations|ties)\b"
)
_RELATIONS_SINCE = re.compile(
    r"\bdiplomatic\s+(?:relations|relationship|ties)\s+since\b", re.IGNORECASE
)
# the event relations date from, then its year: "since Kenya's independence in 1963"
_SINCE_EVENT_IN = re.compile(
    r"\bsince\s+(?:§S\d+§['’]s?\s+|the\s+|its\s+|their\s+)?(?:independence|founding|creation|"
    r"birth|inception|establishment)\b(?:\s+of\s+(?:the\s+)?§S\d+§)?\s+in\s+\d{4}\b"
)


def parties_of(entities: list[Entity], doc: Doc) -> list[Entity]:
    """States and organisations stand as themselves; people stand for their states."""
    out: list[Entity] = []
    for entity in entities:
        if entity.kind is EntityKind.ORGANIZATION and _LEGISLATURE.search(entity.label or ""):
            # "The State Duma ratified the treaty with the DPRK": a parliament ratifies for its
            # state, which it does not name; it is no party of its own
            continue
        if entity.kind in {EntityKind.STATE, EntityKind.ORGANIZATION}:
            out.append(entity)
        elif entity.kind is EntityKind.PERSON:
            # the office this article gives them, else the KB's office on the article date
            state = doc_state_of(doc, entity) or state_of(doc, entity)
            if state is not None:
                out.append(state)
    return out


# the name of a state's parliament or one of its chambers
_LEGISLATURE = re.compile(
    r"\b(?:Duma|Parliament|Rada|Senate|Congress|Assembly|Majlis|Mazhilis|Sejm|Bundestag|"
    r"Bundesrat|Knesset|Diet|Federation\s+Council|House\s+of\s+(?:Representatives|Commons|"
    r"Lords)|Chamber\s+of\s+Deputies|Legislature|Oliy\s+Majlis|Seimas|Saeima|Riigikogu)\b",
    re.IGNORECASE,
)


def doc_state_of(doc: Doc, person: Entity) -> Entity | None:
    """The state a person acts for, from the office this article gave them."""
    for known, office in doc.finder.ctx.people:
        if known.key == person.key and office is not None and office.jurisdiction is not None:
            return office.jurisdiction
    return None


def our_pair(doc: Doc) -> list[Entity]:
    """The two states "our Presidents" stand for: a joint statement's issuers, else the
    publisher's state and the one state its talks reported are with (else none)."""
    issuers = [e for e in doc.finder.ctx.issuers if e.kind is EntityKind.STATE]
    if len(issuers) == 2:
        return issuers
    home, focus = doc.finder.ctx.home, doc.finder.ctx.focus
    if home is None or len(focus) != 2 or home.qid not in {e.qid for e in focus}:
        return []
    return list(focus)


_SHARERS = re.compile(
    rf"(?P<p>{STATES})\s+(?:also\s+)?share\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{1,3}}?and\s+)?"
    r"(?:a|an|the)\s+(?:(?!(?:to|of|on|in|for|with|about|over|at)\s)[\w,.'’-]+\s+){0,4}"
    r"(?:\([^()]{1,20}\)\s+)?(?:boundary|border|frontier)"
)


# an aside after a party: "Japan and Australia, both members of the G20, signed ...", "Poland, a
# NATO ally, and Lithuania ...", "X and Y, which share a 1,000-km border, signed ..." (not the next
# item of a list: ", the United States and ...")
_ASIDE_AFTER_PARTY = re.compile(
    # ("Serbia, whose EU membership talks stalled, signed ...": session 24)
    r"§(?P<aside>,\s+(?P<kind>which|who|whose|an?|the(?=\s+[a-z])|one\s+of|both|all|each|another|"
    # "Russia, Belarus's closest ally, and Belarus signed ...": a possessive apposition
    r"fellow|long-?time|§[SD]\d+§['’]s?(?=\s+[a-z]))\s+"
    # (a list goes on inside it: "Mali, which borders Niger, Burkina Faso and Algeria, cut ...")
    r"(?P<body>(?:[^,;]|,(?=\d)|,(?=\s+(?:the\s+)?§[SD]\d+§(?:\s*,|\s+(?:and|or)\s))){1,120}?),)"
    r"(?=\s)(?!\s+(?:the\s+)?§[SD]\d+§(?:\s*,|\s+(?:and|or)\s))"
)
# a verb in an aside that is no apposition: "On ... the invasion of Ukraine, the discussion
# focused on ...,", "In Poland, the government approved an agreement with Lithuania, which ..."
_CLAUSE_IN_ASIDE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|met|held|signed)\b|"
    r"\b[a-z]+ed\s+(?:the|a|an|its|their|his|her|on|with|to|that)\b|[a-z]ed\s+§"
)
# "Guatemala and Belize, two of the countries that maintain diplomatic relations with Taiwan.",
# "Estonia and Latvia, both states that border Russia, ...": a relative clause on a counted set
_COUNTED_RELATIVE = re.compile(
    r"§(?P<aside>,\s+(?:(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|both|all|some|"
    r"among)\s+(?:of\s+)?)?(?:the\s+)?(?:(?:few|only|last|remaining|other|\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\s+){0,2}"
    r"(?:countries|states|nations)\s+|§G\d+§\s+)(?P<kind>that|which|who)\s+"
    r"(?P<body>[^,;]{1,120}?)(?:,(?=\s)|(?=\.?\s*$)))"
)
_RELATIVE = ("which", "who", "that")
# the parties an aside is about: the group of slots right before it
_PARTIES_BEFORE = re.compile(rf"(?:{group_of('SDGOP')})$")
# the one state an apposition is about: "Belarus, Russia's closest ally, ..." (not a list's last)
_PARTY_BEFORE = re.compile(r"(?<![§,]\s)(?<!\sand\s)§[SD]\d+§$")


def _asides(masked: str) -> list[re.Match[str]]:
    """The asides after a party in a masked sentence (relative clauses, appositions without a
    verb of their own)."""
    found = [
        m
        for m in _ASIDE_AFTER_PARTY.finditer(masked)
        if m.group("kind") in _RELATIVE
        or m.group("kind") == "whose"
        or not _CLAUSE_IN_ASIDE.search(m.group("body"))
    ]
    if "countries" in masked or "states" in masked or "nations" in masked or "§G" in masked:
        counted = list(_COUNTED_RELATIVE.finditer(masked))
        if counted:
            found = [m for m in found if not any(_overlap(m, c) for c in counted)] + counted
            found.sort(key=lambda m: m.start())
    return found


def _overlap(a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether two asides overlap."""
    return a.start("aside") < b.end("aside") and b.start("aside") < a.end("aside")


# the relative clause of an apposition: "a NATO member that shares ...", "an EU state which
# borders ..." (the clause's own verb follows)
_APPOSITION_CLAUSE = re.compile(r"^(?:[^,;§]|§[A-Z]\d+§){1,40}?\s(?:that|which)\s+(?=[a-z])")


def aside_views(analysis: Analysis) -> list[Analysis]:
    """When a party has an aside, the sentence as the relation rules read it (else nothing):
    without the asides (and without their dates), and each relative clause with its parties as
    a sentence of its own ("X and Y, which share a border, signed a treaty": "X and Y signed a
    treaty", "X and Y share a border")."""
    masked = analysis.masked
    asides = _asides(masked)
    if not asides:
        return []
    texts = [m.group("aside") for m in asides]
    pieces, pos = [], 0
    for m in asides:
        pieces.append(masked[pos : m.start("aside")])
        pos = m.end("aside")
    pieces.append(masked[pos:])
    views = [
        dataclasses.replace(
            analysis,
            masked="".join(pieces),
            dates=[d for d in analysis.dates if not any(d.text in t for t in texts)],
        )
    ]
    for m in asides:
        kind = m.group("kind")
        own = None
        if kind in _RELATIVE:
            parties = _PARTIES_BEFORE.search(masked, max(0, m.start() - 400), m.start() + 1)
        elif kind.startswith("§") or (kind.startswith("one") and m.group("body")[:1] == "§"):
            # "Belarus, Russia's closest ally, ...": also "Belarus is Russia's closest ally"
            # ("Kazakhstan, one of Russia's allies, ...": "Kazakhstan is one of Russia's allies")
            parties = _PARTY_BEFORE.search(masked, max(0, m.start() - 12), m.start() + 1)
        elif (own := _APPOSITION_CLAUSE.search(m.group("body"))) is not None:
            # "Norway, a NATO member that shares a border with Russia, ...": also "Norway shares
            # a border with Russia"
            parties = _PARTY_BEFORE.search(masked, max(0, m.start() - 12), m.start() + 1)
        else:
            continue
        if parties is None:
            continue
        text = m.group("aside")
        if own is not None:
            body = m.group("body")[own.end() :]
        else:
            body = m.group("body") if kind in _RELATIVE else f"is {kind} {m.group('body')}"
        views.append(
            dataclasses.replace(
                analysis,
                masked=f"{parties.group(0)} {body}",
                dates=[d for d in analysis.dates if d.text in text],
            )
        )
    return views


# a second clause that shares the sentence's subject: "Russia and Belarus together form the Union
# State and share a common border", "Armenia and Georgia held talks in Tbilisi and signed an
# agreement", "X and Y are participating States of the OSCE and are members of the CIS" (the
# first clause names no other party: organisations, cities and places only)
_SECOND_CLAUSE = re.compile(
    # ("Lithuania, a member of NATO since 2004, is a small state and borders Belarus"; "Finland
    # joined the EU in 1995 and shares a border with Russia": a state slot after "the" that is an
    # organisation, second_clause)
    rf"(?P<s>{STATES}|[Tt]hey|[Bb]oth)(?:,(?=\s+(?:a|an|the|which|one)\s))?\s+"
    r"(?P<link>(?:[^§;.:]|§[OCL]\d+§|(?<=the\s)§S\d+§){1,100}?),?\s+and\s+"
    r"(?P<rest>(?:(?:also|both|together|jointly|all|each|now|later|then|subsequently|have|has|"
    r"had)\s+)*"
    r"(?:are|is|were|was|remain|remains|became|form|formed|make|made|constitute|constituted|"
    r"share|shared|signed|concluded|ratified|border|bordered|belong|belonged|upgraded|elevated|"
    # "Niger is a member of ECOWAS and shares long borders with Mali", "... and has a long
    # frontier with Nigeria"
    r"established|joined|shares|borders|belongs|joins|has|have|had)\b.*)$"
)
# a first clause that hedges what follows: "hope to join the EU and become members", "want to"
_LINK_HEDGE = re.compile(
    r"\b(?=[aehiprstw])(?:hopes?|hoped|wants?|wanted|wish\w*|aims?|aimed|seeks?|sought|plans?|"
    r"planned|intends?|intended|expects?|expected|strives?|ready|willing|prepared|set|to|"
    r"try\w*|tried|attempt\w*|refus\w*|den(?:y|ies|ied))\b"
)


def second_clause(analysis: Analysis, doc: Doc) -> Analysis | None:
    """The second clause of a sentence read with the sentence's subject, when its own subject
    is left out ("Russia and Belarus together form the Union State and share a common border":
    also "Russia and Belarus share a common border"); else nothing."""
    masked = analysis.masked
    m = _SECOND_CLAUSE.match(masked, intro_end(masked))
    if m is None or hedged(m.group("link")) or _LINK_HEDGE.search(m.group("link")):
        return None
    if "§S" in m.group("link") and not all(
        is_org(e, doc) for e in entities_of(analysis, m.group("link")) if e.kind is EntityKind.STATE
    ):
        return None  # (another state named in the first clause: only an organisation may be)
    rest = m.group("rest")
    return dataclasses.replace(
        analysis,
        masked=f"{m.group('s')} {rest}",
        dates=[d for d in analysis.dates if d.text in rest],
    )
