"""Measures between states told as one act: coordinated or mutual bans, relations cut,
boycotts lifted, media suspended (SANCTION, COERCE, CONCEDE).
"""

from __future__ import annotations

import re

from dipld.extract.arguments import earlier_year
from dipld.extract.events import (
    ACTOR_KINDS,
    ADJACENT,
    DEMONYM_FORCES,
    actor_before,
    event_date,
    parties_named,
)
from dipld.extract.facts import (
    Doc,
    entities_of,
    event_args,
    state_of,
)
from dipld.extract.patterns import (
    ACTORS,
    NEGATION,
)
from dipld.extract.spans import Analysis, hedged
from dipld.model import (
    Concept,
    Entity,
    EntityKind,
    FactClass,
    Status,
    TimeValue,
)

# "We are taking these actions in coordination with the UK and Canada, which have also announced
# new measures against the regime today": the sanctions of each party named
_ALSO_MEASURES = re.compile(
    rf"\bin\s+(?:close\s+)?(?:coordination|concert)\s+with\s+(?:the\s+)?(?P<g>{ACTORS}),\s+"
    r"(?:which|who)\s+(?:have|has)\s+also\s+(?:announced|imposed|taken|adopted)\s+"
    r"(?:(?:their|its)\s+own\s+|(?:new|further|additional|similar|parallel)\s+)*"
    r"(?:measures|sanctions|actions|designations)\b"
    r"(?:\s+(?:against|on|targeting)\s+(?:the\s+)?(?P<t>§[SDO]\d+§))?"
)


# "The United States imposed sanctions on Russia's central bank. Canada and Britain announced
# similar measures.": the same measure by others, on the one the sentence before sanctioned
_SIMILAR_MEASURES = re.compile(
    rf"^(?:(?:On\s+[A-Z][a-z]+|Later|Separately|Meanwhile),\s+)?(?:[Tt]he\s+)?(?P<g>{ACTORS})\s+"
    r"(?:(?:also|later|quickly|then|soon|swiftly)\s+)?(?:have\s+|has\s+)?(?:announced|imposed|"
    r"took|taken|adopted|unveiled|introduced)\s+(?:(?:its|their)\s+own\s+)?(?:similar|parallel|"
    r"equivalent|comparable|matching|identical)\s+(?:measures|sanctions|steps|restrictions|"
    r"penalties)\b(?!\s+(?:against|on|targeting)\s+(?:the\s+)?§)|"
    rf"^(?:[Tt]he\s+)?(?P<g2>{ACTORS})\s+(?:(?:also|later|quickly|soon|swiftly)\s+)?"
    r"(?:have\s+|has\s+)?followed\s+suit\b"
)
_SIMILAR_WORDS = frozenset("similar parallel equivalent comparable matching identical suit".split())


def _similar_measures(analysis: Analysis, doc: Doc) -> None:
    """SANCTION 163 by the parties a sentence says took similar measures (or followed suit)
    right after a sentence that told a sanction: on that sanction's recipients (session 26)."""
    m = _SIMILAR_MEASURES.search(analysis.masked)
    if m is None or analysis.negated or analysis.hypothetical or doc.previous is None:
        return
    last = next(
        (
            f
            for f in reversed(doc.facts)
            if f.cls is FactClass.EVENT and f.get("eventType") == (Concept("SANCTION"),)
        ),
        None,
    )
    if last is None or not any(
        e.begin == doc.previous.sentence.begin and e.end == doc.previous.sentence.end
        for e in last.evidence
    ):
        return  # (only right after the sanction it is like)
    recipients = list(last.entities("recipient"))
    partners = [
        e
        for e in entities_of(analysis, m.group("g") or m.group("g2"))
        if e.kind in ACTOR_KINDS and e.key not in {r.key for r in recipients}
    ]
    if not recipients or not partners:
        return
    when = next((d.value for d in analysis.dates if d.end_value is None and not d.since), None)
    for partner in partners:
        args = event_args("SANCTION", "163", [partner], recipients, when)
        doc.add(FactClass.EVENT, args, analysis, 0.7)


def parallel_measures(analysis: Analysis, doc: Doc) -> None:
    """SANCTION by each party a government says took its own measures in coordination with it,
    on the party they name, else on the one the article's last sanction was on."""
    if not _SIMILAR_WORDS.isdisjoint(analysis.words):
        _similar_measures(analysis, doc)
    if "coordination" not in analysis.words and "concert" not in analysis.words:
        return
    m = _ALSO_MEASURES.search(analysis.masked)
    if m is None or analysis.negated or analysis.hypothetical:
        return
    partners = parties_named(analysis, m)
    target = m.group("t")
    recipients = (
        [e for e in entities_of(analysis, target) if e.kind in ACTOR_KINDS]
        if target
        else _last_sanctioned(doc)
    )
    if not recipients:
        return
    # (the date of the relative clause, an aside to other readings, is the measures')
    when = next((d.value for d in analysis.dates if d.end_value is None and not d.since), None)
    for partner in partners:
        args = event_args("SANCTION", "163", [partner], recipients, when)
        doc.add(FactClass.EVENT, args, analysis, 0.7)


def _last_sanctioned(doc: Doc) -> list[Entity]:
    """The recipients of the article's last sanction so far."""
    for fact in reversed(doc.facts):
        if fact.cls is FactClass.EVENT and fact.get("eventType") == (Concept("SANCTION"),):
            return list(fact.entities("recipient"))
    return []


# "Mali and Algeria barred each other's citizens from leaving their territories", "The two
# countries banned each other's nationals from entering": one act of both sides against each
# other, both actors and recipients; leaving barred is COERCE 172 (a restriction of movement),
# entering barred SANCTION 163 (as "barred Moroccan citizens from entering"; session 31)
_MUTUAL_BAR = re.compile(
    r"(?:^|[^§\w])(?:[Tt]he\s+)?(?:(?P<a>§[SD]\d+§)\s+and\s+(?:the\s+)?(?P<b>§[SD]\d+§)|"
    r"(?P<g>§G\d+§))\s+(?:(?:have|has|had|also|\w+ly)\s+){0,2}"
    r"(?:barred|banned|prohibited|forbade|forbidden|stopped)\s+"
    r"(?:each\s+other['’]s|one\s+another['’]s)\s+(?:citizens|nationals|residents)\s+from\s+"
    r"(?P<way>leaving|exiting|entering|travell?ing\s+to|visiting)\b"
)
_K_MUTUAL_BAR = frozenset("barred banned prohibited forbade forbidden stopped".split())


def mutual_bar(analysis: Analysis, doc: Doc) -> None:
    """COERCE (172) or SANCTION (163) of two states that barred each other's citizens from
    leaving or entering their territories, told as one mutual act."""
    if _K_MUTUAL_BAR.isdisjoint(analysis.words) or "other" not in analysis.words:
        return
    if analysis.hypothetical:
        return
    masked = analysis.masked
    for m in _MUTUAL_BAR.finditer(masked):
        if hedged(masked[max(0, m.start() - 40) : m.start("way")]):
            continue
        if NEGATION.search(masked[m.start() : m.start("way")]):
            continue
        slots = [m.group("g")] if m.group("g") else [m.group("a"), m.group("b")]
        sides: list[Entity] = []
        for slot in slots:
            for e in entities_of(analysis, slot):
                if e.kind is EntityKind.STATE and e.key not in {s.key for s in sides}:
                    sides.append(e)
        if len(sides) != 2:
            continue
        leaving = m.group("way") in {"leaving", "exiting"}
        event_type, cameo = ("COERCE", "172") if leaving else ("SANCTION", "163")
        when = event_date(analysis, doc, sides, event_type)
        doc.add(FactClass.EVENT, event_args(event_type, cameo, sides, sides, when), analysis, 0.7)


# "The boycott of Qatar by Saudi Arabia, the UAE, Bahrain and Egypt was lifted at a summit in
# January 2021": the boycotting states ended it (CONCEDE 085; session 27, ties)
_BOYCOTT_LIFTED = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?(?:boycott|blockade|embargo)\s+(?:of|on|against)\s+"
    r"(?:the\s+)?(?P<r>§S\d+§)\s+by\s+(?P<a>§S\d+§(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"§S\d+§)*)\s+(?:was|had\s+been|has\s+been)\s+(?:finally\s+|formally\s+|officially\s+)?"
    r"(?:lifted|ended)\b"
)
_BOYCOTT_WORDS = frozenset({"boycott", "blockade", "embargo"})
_LIFTED_VERB = re.compile(r"\b(?:lifted|ended)\b")


# a broadcaster or paper suspended or banned: "the junta suspended Radio France Internationale
# and France 24", "banned the independent newspaper La Prensa", "suspended the broadcasts of the
# French broadcaster TV5 Monde" (COERCE 1721, curbing political freedoms; session 28), read on
# the sentence's text (the masks split such names: "Radio §S0§ Internationale")
_MEDIA_NOUN = (
    r"(?:broadcasters?|radio\s+stations?|radios?|television\s+(?:channels?|stations?|networks?)|"
    r"TV\s+(?:channels?|stations?)|news\s+(?:channels?|outlets?|networks?|websites?|agenc(?:y|ies))|"
    r"media\s+outlets?|outlets?|newspapers?|channels?|weekly|daily|magazine)"
)
_MEDIA_NAME = r"(?:[A-Z][\w&-]*|24|5)(?:\s+(?:[A-Z][\w&-]*|24|5|de|du|la|le)){0,4}"
_MEDIA_SUSPENDED = re.compile(
    r"\b(?P<v>suspended|banned|shut\s+down|closed\s+down|halted|blocked|took\s+off\s+the\s+air)\s+"
    r"(?:the\s+)?(?:(?:broadcasts?|signals?|transmissions?|programmes|programs|activities|"
    r"operations|licen[cs]es?|accreditation|websites?)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:(?:[A-Z][a-z]+|state-owned|state-run|public|private|independent|international|"
    rf"pan-Arab|foreign|two|three|several)\s+){{0,2}}(?P<noun>{_MEDIA_NOUN})\s*,?\s*)?"
    rf"(?P<names>{_MEDIA_NAME}(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?{_MEDIA_NAME})*)"
    r"(?!['’\w])"
)
# "The authorities in Burkina Faso suspended ...": the state they govern
_AUTHORITIES_IN = re.compile(
    r"^(?:[Tt]he\s+)?(?:authorities|junta|(?:military\s+)?government|(?:military\s+)?rulers)\s+"
    r"in\s+(?P<g>§S\d+§)\s+$"
)
_MEDIA_WORD = re.compile(
    r"\b(?:Radio|TV\d*|Television|T[ée]l[ée]vision|News|24|Press|Times|Post|Journal|Internationale|"
    r"Broadcasting|Channel|BBC|RFI|CNN|Jazeera|VOA|Voice\s+of\s+America|Deutsche\s+Welle|DW|RT|"
    r"Sputnik|Euronews|Monde|Prensa|Tribune|Herald|Gazette|Afrique|FM)\b"
)
_MEDIA_SPLIT = re.compile(r"\s*,\s+and\s+|\s*,\s*|\s+and\s+")
_MEDIA_WORDS = frozenset({"suspended", "banned", "shut", "closed", "halted", "blocked", "took"})


def media_suspended(analysis: Analysis, doc: Doc) -> None:
    """COERCE 1721 of a state that suspended or banned a broadcaster or paper, each one named
    (unlinked) its recipient (see _MEDIA_SUSPENDED)."""
    if _MEDIA_WORDS.isdisjoint(analysis.words) or analysis.hypothetical or analysis.negated:
        return
    text = analysis.sentence.text
    m = _MEDIA_SUSPENDED.search(text)
    if m is None:
        return
    names = [n.strip() for n in _MEDIA_SPLIT.split(m.group("names")) if n.strip()]
    names = [re.sub(r"^the\s+", "", n) for n in names]
    if not names or not all(m.group("noun") or _MEDIA_WORD.search(n) for n in names):
        return
    verb = m.group("v")
    at = analysis.masked.find(verb)
    if at < 0 or analysis.masked.find(verb, at + 1) >= 0:
        return  # (the verb twice: which one is unclear)
    head = analysis.masked[:at]
    if (ruled := _AUTHORITIES_IN.match(head)) is not None:
        actors = [e for e in entities_of(analysis, ruled.group("g")) if e.kind is EntityKind.STATE]
    elif not ADJACENT.search(head) and not DEMONYM_FORCES.search(head):
        return  # (the subject right before the verb: "Mali's junta", "Burkinabe authorities")
    else:
        actors = [e for e in actor_before(analysis, doc, head) if e.kind is EntityKind.STATE]
    if len(actors) != 1:
        return
    recipients = [Entity.unlinked(n, EntityKind.ORGANIZATION) for n in names]
    when = event_date(analysis, doc, actors)
    status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
    args = event_args("COERCE", "1721", actors, recipients, when)
    doc.add(FactClass.EVENT, args, analysis, 0.7, status)


def boycott_lifted(analysis: Analysis, doc: Doc) -> None:
    """CONCEDE 085 by the agents of a passive "the boycott of X by A and B was lifted"."""
    m = _told_with_agent(analysis, _BOYCOTT_WORDS, _BOYCOTT_LIFTED)
    if m is None:
        return
    actors = [e for e in entities_of(analysis, m.group("a")) if e.kind is EntityKind.STATE]
    targets = [e for e in entities_of(analysis, m.group("r")) if e.kind is EntityKind.STATE]
    if not actors or len(targets) != 1 or targets[0].key in {a.key for a in actors}:
        return
    when = _date_after(analysis, _LIFTED_VERB)
    doc.add(FactClass.EVENT, event_args("CONCEDE", "085", actors, targets, when), analysis, 0.7)


def _told_with_agent(
    analysis: Analysis, words: frozenset[str], passive: re.Pattern[str]
) -> re.Match[str] | None:
    """Where an asserted sentence with one of ``words`` tells ``passive``, an act with its agent
    ("... was lifted by", "relations were downgraded by X")."""
    if "by" not in analysis.words or words.isdisjoint(analysis.words):
        return None
    if analysis.hypothetical or analysis.negated:
        return None
    return passive.search(analysis.masked)


def _date_after(analysis: Analysis, verb: re.Pattern[str]) -> TimeValue | None:
    """The first single date the sentence gives from its ``verb`` on ("... was lifted at a
    summit in January 2021"), else from its start."""
    found = verb.search(analysis.sentence.text)
    at = analysis.sentence.begin + (found.start() if found else 0)
    return next((d.value for d in analysis.dates if d.end_value is None and d.begin >= at), None)


# "Relations were downgraded by Saudi Arabia in 1990 following ...": the agent cut them, with
# the other state of the relations, else of the article's talks (session 20)
_RELATIONS_CUT_BY = re.compile(
    r"\b(?:[Dd]iplomatic\s+)?(?:[Rr]elations|[Tt]ies)(?:\s+between\s+(?:the\s+)?(?P<x>§S\d+§)\s+"
    r"and\s+(?:the\s+)?(?P<y>§S\d+§))?\s+(?:were|had\s+been|have\s+been)\s+(?:also\s+|later\s+)?"
    r"(?:downgraded|severed|suspended|broken\s+off|cut)\s+by\s+(?:the\s+)?(?P<a>§S\d+§)(?!['’])"
)
_CUT_BY_VERB = re.compile(r"\b(?:downgraded|severed|suspended|broken|cut)\s+by\b")
_CUT_WORDS = frozenset({"downgraded", "severed", "suspended", "broken", "cut"})


def relations_cut_by(analysis: Analysis, doc: Doc) -> None:
    """SANCTION 161 by the agent of a passive "relations were downgraded by X"."""
    m = _told_with_agent(analysis, _CUT_WORDS, _RELATIONS_CUT_BY)
    if m is None:
        return
    actors = [e for e in entities_of(analysis, m.group("a")) if e.kind is EntityKind.STATE]
    if len(actors) != 1:
        return
    own = actors[0].key
    if m.group("x"):
        sides = entities_of(analysis, m.group("x")) + entities_of(analysis, m.group("y"))
    elif doc.meeting is not None:
        sides = [
            (state_of(doc, e) if e.kind is EntityKind.PERSON else e) or e
            for e in doc.meeting.entities("participant")
        ]
    else:
        sides = []
    others = list({e.key: e for e in sides if e.kind is EntityKind.STATE and e.key != own}.values())
    if not others and not m.group("x"):
        # the states whose officeholders the article named (the talks' two sides)
        sides = [
            e
            for f in doc.facts
            if f.cls is FactClass.TENURE
            for e in f.get("jurisdiction")
            if isinstance(e, Entity)
        ]
        others = list(
            {e.key: e for e in sides if e.kind is EntityKind.STATE and e.key != own}.values()
        )
    if len(others) != 1:
        return
    when = _date_after(analysis, _CUT_BY_VERB)
    doc.add(FactClass.EVENT, event_args("SANCTION", "161", actors, others, when), analysis, 0.7)
