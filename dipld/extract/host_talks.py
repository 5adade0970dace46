"""Meetings told by reference to a person named before in the sentence (session 43, meetings).

- Talks "with him" after a host named in the clause before: "Xi attended a welcome ceremony
  hosted by Malaysia's King Sultan Ibrahim and held talks with him at the National Palace", "X
  was received by President Y and held talks with her": the subject's meeting with that host
  (CAMEO 043), where and when the sentence says.
- A possessor's "his meeting with X": "Minister Prabowo's visit follows his meeting with Prime
  Minister Albanese in Canberra on 20 August", "Kishida's trip comes after his talks with Biden
  in Washington in January": the possessor's meeting with X, with its own place and day
  (historical when dated before the article's week).

Not a meeting denied ("did not hold talks with him"), to come ("will hold talks with him"),
nor one with "them" (a group) or with no host named before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.arguments import act_date, resolve_phrase, told_as_future
from dipld.extract.facts import Doc
from dipld.extract.meetings import past_or_news, place_in
from dipld.extract.patterns import FUTURE, NEGATION, intro_end
from dipld.extract.spans import Analysis
from dipld.model import Concept, Entity, EntityKind, FactClass, Value

# "X attended a ceremony hosted by Malaysia's King Y and held talks with him ...": the subject,
# the host (a state's possessive or a demonym and a few capitalised words of office may stand
# before the host's mention), the talks "with him" or "with her" after "and"
_TALKS_WITH_HOST = re.compile(
    r"(?P<a>§P\d+§)(?:,\s+(?:[^,;.§]|§[SCD]\d+§){1,80},)?\s+"
    r"(?:(?:[^;.§]|§[SCDLO]\d+§){0,100}?\s)?"
    r"(?P<verb>hosted|received|welcomed|greeted|given|offered|organi[sz]ed)\s+by\s+(?:the\s+)?"
    r"(?:§[SD]\d+§(?:['’]s)?\s+)?(?:[A-Z][\w-]*\s+){0,3}(?P<h>§P\d+§)"
    r"(?P<mid>(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:§[CLS]\d+§|[A-Z][a-z]+day))*),?\s+"
    r"and\s+(?:also\s+|later\s+|then\s+)?(?:held|had)\s+(?:(?:bilateral|official|separate|"
    r"private|one-on-one|closed-door)\s+)?(?:talks|a\s+(?:\w+\s+)?meeting|discussions)\s+with\s+"
    r"(?:him|her)\b(?P<tail>[^;]*)"
)
_K_TALKS_WITH_HOST = frozenset({"him", "her"})
_K_HOST_VERBS = frozenset({"hosted", "received", "welcomed", "greeted", "given", "offered"})

# "Minister Prabowo's visit follows his meeting with the Prime Minister, the Hon Anthony
# Albanese MP, in Canberra on 20 August": the possessor's meeting with the one named after
# "with", placed by "in" a city
_POSSESSOR_MEETING = re.compile(
    r"(?P<a>§P\d+§)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|talks|call|meeting|"
    r"appointment|announcement|remarks)\s+(?:follows|followed|comes|came)\s+(?:after\s+|on\s+the\s+"
    r"heels\s+of\s+)?(?:his|her)\s+(?:(?:recent|earlier|previous|first|last)\s+)?"
    r"(?:meeting|talks)\s+with\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<b>§P\d+§)(?:\s+MP)?"
    r",?\s+(?:at\s+(?:the\s+)?§L\d+§\s+)?in\s+(?P<c>§C\d+§)"
)
_K_POSSESSOR_MEETING = frozenset({"follows", "followed", "comes", "came"})


def _two_people(people: list[Entity]) -> bool:
    return (
        len(people) == 2
        and all(e.kind is EntityKind.PERSON for e in people)
        and people[0].key != people[1].key
    )


def talks_with_host(analysis: Analysis, doc: Doc) -> None:
    """Talks "with him" with the host the clause before named (see the module)."""
    words = analysis.words
    if _K_TALKS_WITH_HOST.isdisjoint(words) or _K_HOST_VERBS.isdisjoint(words):
        return
    if analysis.in_title or analysis.hypothetical:
        return
    masked = analysis.masked
    m = _TALKS_WITH_HOST.match(masked, intro_end(masked))
    if m is None or told_as_future(masked[: m.start("tail")]):
        return
    if NEGATION.search(masked, 0, m.start("tail")):
        return
    people = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
        analysis, doc, m.group("h")
    )
    if not _two_people(people):
        return
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": people,
        "cameoCode": ["043"],
    }
    place = place_in(analysis, m.group("tail"), doc.kb) or place_in(
        analysis, m.group("mid"), doc.kb
    )
    if place is not None:
        args["place"] = [place]
    when = act_date(analysis)
    if when is not None:
        args["date"] = [when]
    doc.add(FactClass.MEETING, args, analysis, 0.75, past_or_news(when, doc.date))


def possessor_meetings(analysis: Analysis, doc: Doc) -> None:
    """A possessor's "his meeting with X in C on <day>" (see the module)."""
    words = analysis.words
    if _K_POSSESSOR_MEETING.isdisjoint(words) or "with" not in words:
        return
    if analysis.in_title or analysis.hypothetical:
        return
    masked = analysis.masked
    m = _POSSESSOR_MEETING.match(masked, intro_end(masked))
    if m is None or NEGATION.search(masked, 0, m.end()) or FUTURE.search(masked, 0, m.end()):
        return
    people = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
        analysis, doc, m.group("b")
    )
    city = analysis.mention(m.group("c"))
    if not _two_people(people) or city.entity is None:
        return
    base = analysis.sentence.begin
    day = next((d for d in analysis.dates if d.begin - base >= city.end - base), None)
    if day is None or day.planned or day.end_value is not None:
        return
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": people,
        "cameoCode": ["040"],
        "place": [city.entity],
        "date": [day.value],
    }
    doc.add(FactClass.MEETING, args, analysis, 0.75, past_or_news(day.value, doc.date))
