"""Summits told in the passive with their chair or host and those who attended, in one sentence
(session 41b, meetings).

"The summit, chaired by Tajik President Rahmon, was attended by President Raisi and the leaders
of Kazakhstan and Pakistan", "The summit was hosted by President X and attended by President Y
and Prime Minister Z", "..., while Putin and Xi took part by video link": one meeting of the
chair or host and every one who attended (in person or by video), where and when the sentence
says: CAMEO 043 when hosted, 040 when chaired. Not a summit to be held ("will be attended by"),
one not attended ("was not attended by"), nor a chair with no one said to attend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.arguments import act_date, resolve_phrase, told_as_future
from dipld.extract.events import COLLECTIVE
from dipld.extract.facts import Doc
from dipld.extract.meetings import past_or_news, place_in
from dipld.extract.patterns import group_of, intro_end
from dipld.extract.spans import Analysis
from dipld.model import Concept, Entity, EntityKind, FactClass, Value

_SUMMIT_ACTORS = group_of("SOP")
# one who attended: a person or a state, a collective's states ("the leaders of X"), a demonym
# the text does not mark before a person ("Palestinian President Mahmoud Abbas")
_SUMMIT_GUEST = (
    rf"(?:the\s+)?(?:(?:(?i:{COLLECTIVE})|§G\d+§)\s+of\s+(?:the\s+)?)?"
    r"(?:§D\d+§\s+|[A-Z][a-z]+(?:n|i|ese|ish)\s+)?§[SOP]\d+§"
)
# those who attended, the whole list (a list cut short by a word read as no one is no reading)
_SUMMIT_GUESTS = (
    rf"{_SUMMIT_GUEST}(?:(?:,\s+|,?\s+and\s+){_SUMMIT_GUEST}){{0,20}}"
    r"(?=\s*[.;,]|\s*$|\s+(?:in|at|on|during|for|as|while)\b)"
)
_SUMMIT_NOUN = (
    r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w'’–-]+\s+|§[OSD]\d+§[–-]?\s*){0,5}?"
    r"(?:[Ss]ummit|[Mm]eeting|[Cc]onference|[Ss]ession)"
)
_SUMMIT_BY = (
    r"(?P<verb>chaired|co-?chaired|hosted|co-?hosted|presided\s+over)\s+by\s+(?:the\s+)?"
    r"(?:§D\d+§\s+)?(?P<h>" + _SUMMIT_ACTORS + r")"
)
_SUMMIT_ATTENDED = (
    r"(?:also\s+)?attended\s+(?:in\s+person\s+)?by\s+(?P<by>" + _SUMMIT_GUESTS + r")"
    # ("..., while Putin and Xi took part by video link": they attended too)
    r"(?:,?\s+(?:while|and|with)\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<remote>"
    + _SUMMIT_ACTORS
    + r")\s+(?:took\s+part|participated|joined)\b)?"
)
# "The summit, chaired by X at the Y Palace, was attended by A and B"
_SUMMIT_CHAIR_ASIDE = re.compile(
    _SUMMIT_NOUN
    + r",\s+"
    + _SUMMIT_BY
    + r"(?P<mid>(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:§[CLS]\d+§|[A-Z][a-z]+day))*),\s+"
    r"(?:was|were)\s+" + _SUMMIT_ATTENDED
)
# "The summit was chaired by X and attended by A and B"
_SUMMIT_CHAIR_AND = re.compile(
    _SUMMIT_NOUN
    + r"\s+(?:was|were)\s+"
    + _SUMMIT_BY
    + r"(?P<mid>(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:§[CLS]\d+§|[A-Z][a-z]+day))*)"
    # ("chaired by X, the current Chairperson of SADC, and attended by": the chair's title)
    r"(?:,\s+(?:the\s+)?(?:current\s+|outgoing\s+)?(?:[Cc]hair(?:man|woman|person)?|[Pp]resident)"
    r"\s+of\s+(?:the\s+)?§[OS]\d+§(?:\s+[A-Z][a-z]+)?)?,?\s+and\s+(?:was\s+)?" + _SUMMIT_ATTENDED
)
_K_SUMMIT_BY = frozenset({"chaired", "hosted", "co-chaired", "co-hosted", "cochaired", "presided"})


def chaired_and_attended(analysis: Analysis, doc: Doc) -> None:
    """A summit told with its chair or host and those who attended it (see the module)."""
    words = analysis.words
    if "attended" not in words or _K_SUMMIT_BY.isdisjoint(words) or analysis.in_title:
        return
    if analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    start = intro_end(masked)
    m = _SUMMIT_CHAIR_ASIDE.match(masked, start) or _SUMMIT_CHAIR_AND.match(masked, start)
    if m is None or told_as_future(masked[: m.end()]):
        return
    hosts = resolve_phrase(analysis, doc, m.group("h"))
    guests = resolve_phrase(analysis, doc, m.group("by"))
    if m.group("remote"):
        guests += resolve_phrase(analysis, doc, m.group("remote"))
    if not hosts or not guests:
        return
    # (a person or a state; not an organisation in the people's place)
    if any(e.kind not in {EntityKind.PERSON, EntityKind.STATE} for e in (*hosts, *guests)):
        return
    people: dict[str, Entity] = {}
    for e in (*hosts, *guests):
        people.setdefault(e.key, e)
    if len(people) < 3:
        return
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": tuple(people.values()),
        "cameoCode": ["043" if "host" in m.group("verb") else "040"],
    }
    if (place := place_in(analysis, m.group("mid"), doc.kb)) is not None:
        args["place"] = [place]
    when = act_date(analysis)
    if when is not None:
        args["date"] = [when]
    fact = doc.add(FactClass.MEETING, args, analysis, 0.75, past_or_news(when, doc.date))
    # (one occasion: another rule's reading of the same sentence with fewer of them goes, as
    # "attended by the heads of state of X, Y and Z" without the chair)
    keys = set(people)
    for other in [
        f
        for f in doc.facts
        if f is not fact
        and f.cls is FactClass.MEETING
        and f.evidence[0] == fact.evidence[0]
        and {e.key for e in f.entities("participant")} < keys
    ]:
        doc.facts.remove(other)
        if doc.meeting is other:
            doc.meeting = fact
