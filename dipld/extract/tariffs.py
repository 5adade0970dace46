"""Tariffs one state imposed on another, named by the legal instruments that imposed them.

Trade deals and their joint statements refer to earlier tariffs by instrument: "remove tariffs
on aircraft parts of India imposed ... in Proclamation 9704 of March 8, 2018". Each dated
instrument is one act of imposing tariffs (a SANCTION, CAMEO 163) by the state whose instrument
it is, on the state whose goods it taxes, on the instrument's date — whatever the sentence
goes on to promise about removing them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.facts import Doc, entities_of, event_args
from dipld.extract.spans import Analysis
from dipld.model import Entity, EntityKind, FactClass, Status, Value
from dipld.temporal import DateMention

_WORDS = frozenset({"tariff", "tariffs", "duty", "duties", "countermeasures"})
# lower case: "the Customs Tariff Commission" names a body, not a tariff
_TARIFF = re.compile(r"^(?:Tariffs?|Duties)\b|\b(?:tariffs?|dut(?:y|ies))\b")
# the instrument right before a date: "Executive Order 14257 of ", "Proclamation 9704 of ",
# "Announcement of the Customs Tariff Commission of the State Council No. 4 of "
_INSTRUMENT = re.compile(
    r"(?P<name>\b(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:Proclamation|Order|Decree|Announcement|Notice|Regulation|Directive)\b"
    r"[^;()\d]{0,90}?\s(?:No\.?\s*)?\d[\d/.-]*)\s+(?:of|dated)\s+$"
)
# the tariffs were imposed by the instrument (not "a tariff rate of 18 percent under Executive
# Order ...", which only names the law a new rate is applied under)
_IMPOSED = re.compile(r"\b(?:imposed|set\s+forth|levied|introduced|established)\b")
# whose goods are taxed: "duty on articles of China", "tariffs on Chinese steel"
_TARGET = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|rates?)\b[^;§]{0,80}?\b(?:of|from|on|against)\s+(?:the\s+)?"
    r"(?P<t>§[SD]\d+§)"
)
_TAKEN_AGAINST = re.compile(
    r"\b(?:countermeasures|tariffs|duties|restrictions)\s+(?:\w+\s+){0,2}?"
    r"(?:taken|imposed|adopted|introduced)\s+(?:on|against)\s+(?:the\s+)?(?P<t>§[SD]\d+§)"
)
_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\(\w+\)\s+)(?:the\s+)?(?P<s>§S\d+§)\s+(?:also\s+|further\s+)?"
    r"(?P<verb>(?:will\s+|shall\s+)?(?:receives?|received|obtains?|obtained)|will|shall|would|"
    r"agrees|agreed|commits|committed|intends|has|have|had|is|are|was)\b",
    re.IGNORECASE,
)


# "The United States imposed 25 percent tariffs on Chinese goods", "China retaliated with
# tariffs on $60 billion of U.S. products", "Washington raised tariffs on Chinese steel to 50
# percent": the state whose goods are taxed is the first one named after "on"
_IMPOSES = re.compile(
    r"(?:^|[,;:]\s+|\(\w+\)\s+)(?:the\s+|The\s+)?(?P<s>§S\d+§)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:also\s+|further\s+|then\s+)?(?:imposed|slapped|levied|raised|hiked|increased|doubled|"
    r"retaliated\s+with|responded\s+with)\s+(?:(?:[\w-]+|§R\d+§|§M\d+§)\s+){0,4}?"
    r"(?:tariffs|duties|levies)\s+(?:of\s+(?:up\s+to\s+)?§R\d+§\s+)?on\s+"
    r"(?:(?:[\w$-]+|§[RM]\d+§)\s+){0,4}?(?:(?:of|from)\s+)?(?:the\s+)?(?P<t>§[SD]\d+§)"
)


# "Beijing imposed the duties in May 2020": tariffs told before, now dated (session 32)
_IMPOSED_THOSE = re.compile(
    r"(?:^|[,;:]\s+|\(\w+\)\s+)(?:the\s+|The\s+)?(?P<s>§S\d+§)\s+(?:has\s+|had\s+|first\s+)*"
    r"(?:imposed|slapped|levied|introduced)\s+(?:the|those|these)\s+(?:[\w-]+\s+)?"
    r"(?:tariffs|duties|levies)\b(?!\s+(?:on|against)\b)"
)
# the goods the sentence before taxed: "scrap the anti-dumping duties it imposed on Australian
# barley", "tariffs on Indian steel"
_LEVIED_ON = re.compile(
    r"\b(?:tariffs|duties|levies)(?:\s+(?:it|they|that|which)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:imposed|slapped|levied))?\s+on\s+(?:imports\s+of\s+)?(?P<t>§[SD]\d+§)"
    r"(?![-–/'’]|\s+and\s+§[SD])"
)


# tariffs still in force on a state's goods, told by the goods (session 32): "Australian wine,
# which still faces duties of up to 218 percent", "steel from other allies, including Britain
# and Japan, which still face the duties" (a SANCTION 163 on each state, ongoing)
_STILL_FACED = (
    r"(?:still|continues?\s+to)\s+faces?\s+(?:the\s+|those\s+)?(?:(?:[\w-]+|§R\d+§)\s+){0,4}?"
    r"(?:tariffs|duties|levies)\b"
)
_GOODS_STILL_FACE = re.compile(
    r"(?P<d>§D\d+§)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?:,\s+(?:which|that)|\s+(?:which|that))?\s+"
    + _STILL_FACED
)
_STATES_STILL_FACE = re.compile(
    r"\b(?:from|including)\s+(?P<list>(?:the\s+)?§S\d+§(?:(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?"
    r"§S\d+§)*),\s+(?:which|that)\s+" + _STILL_FACED
)
# the sentence's own subject keeps or imposes the tariffs: "The United States kept its tariffs on
# steel from other allies, including Britain and Japan, which still face the duties"
_KEEPS = re.compile(
    r"(?:^|[,;:]\s+)(?:the\s+|The\s+)?(?P<s>§S\d+§)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:kept|keeps|maintained|maintains|retained|left|imposed|extended)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tariffs|duties|levies)\b"
)
# the codes of a tariff act the article told (with tariff words in its evidence): imposed, lifted,
# or promised (030 since the pledges family's convention; 031 before it)
_TARIFF_CODES = frozenset({"163", "085", "031", "030"})


def tariffs(analysis: Analysis, doc: Doc) -> None:
    """SANCTION events for tariffs imposed by dated instruments and countermeasures taken
    against a state."""
    if _WORDS.isdisjoint(analysis.words) or analysis.hypothetical or analysis.negated:
        return
    masked = analysis.masked
    if (told := _IMPOSED_THOSE.search(masked)) is not None:
        _imposed_before(analysis, doc, told)
    if "still" in analysis.words or "continue" in analysis.words or "continues" in analysis.words:
        _still_faced(analysis, doc)
    if "on " in masked:
        for m in _IMPOSES.finditer(masked):
            actor, target = _state(analysis, m.group("s")), _state(analysis, m.group("t"))
            if actor is None or target is None or actor.key == target.key:
                continue
            day = next((d.value for d in analysis.dates if d.end_value is None), None)
            _add(doc, analysis, actor, target, {"date": [day]} if day is not None else {})
    subject_match = _SUBJECT.search(masked)
    subject = _state(analysis, subject_match.group("s")) if subject_match else None
    target_match = _TARGET.search(masked)
    target = _state(analysis, target_match.group("t")) if target_match else None
    if target is None and subject_match and re.search(r"rec|obt", subject_match.group("verb")):
        target = subject  # "India will receive a tariff rate quota ...": India is taxed
    if target is not None:
        actor = subject if subject is not None and subject.key != target.key else None
        actor = actor or _other(doc, target)
        if actor is not None:
            for name, when in _instruments(analysis):
                _add(doc, analysis, actor, target, {"date": [when.value], "instrument": [name]})
    if subject is None:
        return
    for m in _TAKEN_AGAINST.finditer(masked):
        against = _state(analysis, m.group("t"))
        if against is None or against.key == subject.key:
            continue
        since = [d for d in analysis.dates if d.since and d.end_value is None]
        args: dict[str, Sequence[Value]] = {"startDate": [since[-1].value]} if since else {}
        _add(doc, analysis, subject, against, args)


def _imposed_before(analysis: Analysis, doc: Doc, told: re.Match[str]) -> None:
    """ "China said it would scrap the duties on Australian barley. Beijing imposed the duties
    in May 2020.": the tariffs the sentence before named, on the one state whose goods they
    tax, imposed by this sentence's subject on its date (none when the sentence before named
    no such goods)."""
    before = doc.previous
    if before is None or before.sentence.index != analysis.sentence.index - 1:
        return
    taxed = list(_LEVIED_ON.finditer(before.masked))
    if len(taxed) != 1:
        return
    actor, target = _state(analysis, told.group("s")), _state(before, taxed[0].group("t"))
    if actor is None or target is None or actor.key == target.key:
        return
    day = next((d.value for d in analysis.dates if d.end_value is None and not d.relative), None)
    _add(doc, analysis, actor, target, {"date": [day]} if day is not None else {})


def _still_faced(analysis: Analysis, doc: Doc) -> None:
    """Tariffs still in force on the goods of the states the sentence names, by the state that
    keeps them here, else by the state of the latest tariff act the article told (none when
    there is none: "Australian wine still faces duties" alone names no one who imposed them)."""
    masked = analysis.masked
    targets: list[Entity] = []
    for m in _GOODS_STILL_FACE.finditer(masked):
        targets += [e for e in entities_of(analysis, m.group("d")) if e.kind is EntityKind.STATE]
    for m in _STATES_STILL_FACE.finditer(masked):
        for slot in re.findall(r"§S\d+§", m.group("list")):
            targets += [e for e in entities_of(analysis, slot) if e.kind is EntityKind.STATE]
    if not targets:
        return
    keeps = _KEEPS.search(masked)
    actor = _state(analysis, keeps.group("s")) if keeps is not None else _last_tariff_actor(doc)
    if actor is None:
        return
    seen = {actor.key}
    for target in targets:
        if target.key in seen or not target.is_linked:
            continue
        seen.add(target.key)
        args = event_args("SANCTION", "163", [actor], [target])
        doc.add(FactClass.EVENT, args, analysis, 0.7, status=Status.ONGOING)


def _last_tariff_actor(doc: Doc) -> Entity | None:
    """The one state that acted in the latest tariff event (imposed, lifted or promised to
    lift) the article told."""
    for fact in reversed(doc.facts):
        if fact.cls is not FactClass.EVENT or not _TARIFF_CODES & {
            str(c) for c in fact.get("cameoCode")
        }:
            continue
        if not any(_TARIFF.search(e.text) for e in fact.evidence):
            continue
        actors = [e for e in fact.entities("actor") if e.kind is EntityKind.STATE]
        return actors[0] if len(actors) == 1 else None
    return None


def _instruments(analysis: Analysis) -> list[tuple[str, DateMention]]:
    """Each dated instrument that imposed the sentence's tariffs, with its date."""
    text = analysis.sentence.text
    start = analysis.sentence.begin
    out: list[tuple[str, DateMention]] = []
    for when in analysis.dates:
        if when.end_value is not None or when.relative:
            continue
        before = text[: when.begin - start]
        m = _INSTRUMENT.search(before)
        if m is None:
            continue
        tariffs = list(_TARIFF.finditer(before, 0, m.start()))
        if not tariffs or not _IMPOSED.search(before, tariffs[-1].end(), m.start()):
            continue
        out.append((" ".join(m.group("name").split()), when))
    return out


def _add(
    doc: Doc,
    analysis: Analysis,
    actor: Entity,
    target: Entity,
    details: dict[str, Sequence[Value]],
) -> None:
    args = event_args("SANCTION", "163", [actor], [target])
    args.update(details)
    doc.add(FactClass.EVENT, args, analysis, 0.75)


def _state(analysis: Analysis, slot: str) -> Entity | None:
    found = [e for e in entities_of(analysis, slot) if e.kind is EntityKind.STATE]
    return found[0] if len(found) == 1 else None


def _other(doc: Doc, one: Entity) -> Entity | None:
    """The other party of a two-party statement or meeting."""
    for pair in (doc.finder.ctx.issuers, doc.finder.ctx.meeting):
        states = [e for e in pair if e.kind is EntityKind.STATE]
        keys = [e.key for e in states]
        if len(states) == 2 and one.key in keys:
            return states[1] if keys[0] == one.key else states[0]
    return None
