"""Attacks told by their noun after whose they are, and fights of the states of two leaders
(session 43, force).

- One attack named by its noun after the possessive or demonym of its maker, with its target
  after "on": "the leaders condemned Iran's missile and drone attack on Israel on April 13",
  "the Russian drone strike on Kyiv in March", "Syria's air raid on Idlib": ASSAULT of the maker
  on the target's state (195 for aerial weapons named before the noun, 194 for artillery, else
  190), dated as the act's clause. One attack told by its weapon or kind ("missile", "air",
  "terror"; not "Russia's attack on Ukraine", the war named): not "Russia's attacks on
  Ukraine's energy grid", "continued strikes" (a campaign condemned, which the spent golds leave
  uncoded), nor one feared, planned, alleged or denied ("any Iranian attack on Israel", "the
  threat of a Russian attack on Kyiv", "an alleged Turkish strike on Zakho").
- A fight of the troops of two leaders (or states) told in a relative clause after them: "signed
  by Thai Prime Minister A and Cambodian Prime Minister B, whose troops fought five days of border
  clashes in July": ASSAULT 190, both leaders' states as actors, no recipient (as "Thai and
  Cambodian troops clashed" is read).
"""

from __future__ import annotations

import re

from dipld.extract.arguments import earlier_year
from dipld.extract.events import event_date
from dipld.extract.facts import Doc, entities_of, event_args, state_of
from dipld.extract.people import entity_of
from dipld.extract.spans import Analysis, Code
from dipld.model import Entity, EntityKind, FactClass, Status

# what may come between the maker and the noun: weapons and kinds of attack
_ATTACK_KIND = (
    r"(?:drone|drones|missile|missiles|rocket|rockets|air|aerial|ballistic|cruise|artillery|"
    r"deadly|large-scale|massive|surprise|cross-border|terror|terrorist|armed|military|"
    r"combined|overnight|retaliatory)"
)
_ATTACK_NAMED = re.compile(
    r"(?:(?<=\s)|^)(?P<a>§[SO]\d+§['’]s?|§[DO]\d+§(?!['’]))\s+"
    rf"(?P<w>(?:{_ATTACK_KIND}(?:\s*,\s*|\s+and\s+|\s+)){{0,4}})"
    r"(?P<n>attack|strike|airstrike|air\s+strike|air\s+raid|raid)(?![\w-])"
    r"\s+(?:on|against)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|"
    r"north-eastern|north-western|south-eastern|south-western)\s+)?(?P<r>§[SC]\d+§)(?![\w§-])",
    re.IGNORECASE,
)
# what makes the attack no act told: one feared, planned, alleged, denied or to be prevented
_ATTACK_NOT_BEFORE = re.compile(
    r"\b(?:any|no|future|possible|potential|planned|imminent|expected|feared|alleged|"
    r"allegedly|claimed|so-called|purported|threat|threats|threatened|risk|fear|fears|"
    r"prevent|preventing|deter|deterring|avert|averting|plot|plotting|plan|plans|denied|"
    r"denies|deny|rumou?red|continued|continuing|ongoing|repeated|new)\s+"
    r"(?:(?:of|an?|the)\s+){0,2}$",
    re.IGNORECASE,
)
_AERIAL = re.compile(r"\b(?:drones?|missiles?|rockets?|air|aerial|ballistic|cruise)\b", re.I)
_ARTILLERY = re.compile(r"\bartillery\b", re.IGNORECASE)
# one attack is told by its weapon or kind ("missile attack", "air raid", "terror attack")
_WEAPON = re.compile(
    r"\b(?:drones?|missiles?|rockets?|air|aerial|ballistic|cruise|artillery|terror|terrorist|"
    r"airstrike|raid)\b",
    re.IGNORECASE,
)
_ATTACK_WORDS = frozenset({"attack", "strike", "airstrike", "raid"})

# "A and B, whose troops fought five days of border clashes", "whose forces clashed in July"
_WHOSE_FIGHT = re.compile(
    r"(?P<a>§[PS]\d+§)\s+and\s+(?:the\s+)?(?P<b>§[PS]\d+§)\s*,\s+whose\s+(?:[\w-]+\s+)?"
    r"(?:troops|forces|armies|soldiers|armed\s+forces|militaries|border\s+guards)\s+"
    r"(?:had\s+|have\s+)?(?:fought\s+(?:(?:[\w-]+\s+){1,2}of\s+)?(?:(?:heavy|deadly|fierce|"
    r"bloody|border|armed|brief)\s+){0,2}(?:clashes|skirmishes|battles|fighting)\b|clashed\b|"
    r"exchanged\s+(?:heavy\s+)?(?:fire|artillery\s+fire|gunfire)\b)"
)
_WHOSE_WORDS = frozenset({"whose"})


def _states(doc: Doc, analysis: Analysis, slot: str) -> list[Entity]:
    """The state a slot names, or the state of the one person it names."""
    mention = analysis.mention(slot)
    out: list[Entity] = []
    for e in mention.entities:
        if e.kind is EntityKind.STATE:
            out.append(e)
        elif e.kind is EntityKind.PERSON:
            s = state_of(doc, e)
            if s is not None and s.kind is EntityKind.STATE:
                out.append(s)
    return out


def _target(doc: Doc, analysis: Analysis, slot: str) -> list[Entity]:
    """The state an attack's target is: a state named, or a city's state (by the KB)."""
    mention = analysis.mention(slot)
    if mention.code is Code.CITY:
        city = doc.kb.entity(mention.entity.qid) if mention.entity and mention.entity.qid else None
        state = doc.kb.entity(city.country) if city is not None and city.country else None
        return [entity_of(state)] if state is not None and state.kind is EntityKind.STATE else []
    return [e for e in mention.entities if e.kind is EntityKind.STATE]


def _told(doc: Doc, analysis: Analysis, actors: list[Entity]) -> bool:
    """Whether the sentence gave an ASSAULT of these actors already (by the templates)."""
    keys = {a.key for a in actors}
    return any(
        f.cls is FactClass.EVENT
        and str(f.get("eventType")[0]).upper() == "ASSAULT"
        and any(e.begin == analysis.sentence.begin for e in f.evidence)
        and keys <= {a.key for a in f.entities("actor")}
        for f in doc.facts
    )


def attacks_named(analysis: Analysis, doc: Doc) -> None:
    """ASSAULT of the maker of one attack named by its noun, on its target (_ATTACK_NAMED)."""
    if _ATTACK_WORDS.isdisjoint(analysis.words) or analysis.hypothetical or analysis.negated:
        return
    masked = analysis.masked
    for m in _ATTACK_NAMED.finditer(masked):
        if _ATTACK_NOT_BEFORE.search(masked, max(0, m.start() - 30), m.start()):
            continue
        actors = [
            e
            for e in entities_of(analysis, m.group("a"))
            if e.kind in (EntityKind.STATE, EntityKind.ORGANIZATION)
        ]
        targets = _target(doc, analysis, m.group("r"))
        if len(actors) != 1 or len(targets) != 1 or actors[0].key == targets[0].key:
            continue
        if _told(doc, analysis, actors):
            continue
        kinds = m.group("w") + " " + m.group("n")
        if not _WEAPON.search(kinds):
            continue  # "Russia's attack on Ukraine": the war named, no one attack told
        cameo = "195" if _AERIAL.search(kinds) else "194" if _ARTILLERY.search(kinds) else "190"
        when = event_date(analysis, doc, actors, "ASSAULT", at=m.start())
        status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
        args = event_args("ASSAULT", cameo, actors, targets, when)
        doc.add(FactClass.EVENT, args, analysis, 0.7, status)


def whose_troops_fought(analysis: Analysis, doc: Doc) -> None:
    """ASSAULT 190 of the states of two leaders whose troops fought (_WHOSE_FIGHT)."""
    if _WHOSE_WORDS.isdisjoint(analysis.words) or analysis.hypothetical or analysis.negated:
        return
    for m in _WHOSE_FIGHT.finditer(analysis.masked):
        a, b = _states(doc, analysis, m.group("a")), _states(doc, analysis, m.group("b"))
        if len(a) != 1 or len(b) != 1 or a[0].key == b[0].key:
            continue
        actors = [a[0], b[0]]
        if _told(doc, analysis, actors):
            continue
        when = event_date(analysis, doc, actors, "ASSAULT", at=m.end())
        status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
        args = event_args("ASSAULT", "190", actors, [], when)
        doc.add(FactClass.EVENT, args, analysis, 0.7, status)
