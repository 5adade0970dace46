"""Street demonstrations in a city (session 42b, protest).

"Dozens of opposition activists rallied outside the parliament building in Tbilisi, chanting
slogans against the Russian government", "A few hundred demonstrators gathered in front of
Parliament in Rabat to protest against the visit", "Thousands of protesters took to the streets
of Yerevan to denounce the Azerbaijani offensive": a PROTEST 141 (demonstrate or rally) by the
crowd, as written (unlinked, as :mod:`dipld.extract.protests` writes it), in the city (``place``),
at the state the protest is told to be against ("against the Russian government", "the
Azerbaijani offensive"), else at no one when the text calls it a protest ("to protest against
the visit"; the blind25 and blind33 gold). A crowd that only demands something of no named
state ("rallied to demand the departure of the French forces") is left alone (the blind37 gold
codes none).

Not a protest: a gathering or a rally with no sign of protest after it ("rallied in Tbilisi
on Sunday", a campaign rally), one to mourn, celebrate or lay flowers, one in support of a state
with nothing opposed ("chanting slogans in solidarity with Ukraine"), a hedged, negated or
planned one ("plan to rally", "were not allowed to gather"), one against an unnamed government
("against the government": the gold writes the city's own state or no one, left alone), nor a
crowd told only by a people's name ("Georgians took to the streets": a state's mention, left
alone as the embassy rule does). Embassies and consulates are the embassy rule's.
"""

from __future__ import annotations

import re

from dipld.extract.facts import Doc, event_args
from dipld.extract.protests import crowd_label, is_crowd, protest_told
from dipld.extract.spans import Analysis, hedged
from dipld.model import EntityKind, FactClass, Value

_RALLY_DAY = r"(?:on\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night))?|again|also|later)"
_RALLY_SITE = (
    r"(?:(?:the\s+)?(?:[Pp]arliament|[Nn]ational\s+[Aa]ssembly|[Gg]overnment|[Pp]residential|"
    r"[Pp]rime\s+[Mm]inister['’]s)(?:\s+(?:building|headquarters|house|palace|office|offices|"
    r"complex|compound|seat))?|(?:the\s+)?(?:[Pp]residential\s+)?[Pp]alace|(?:the\s+)?city\s+hall)"
)
# "[Dozens of ]opposition activists rallied outside the parliament building in Tbilisi",
# "protesters took to the streets of Yerevan"
_CITY_RALLY = re.compile(
    r"(?:^|,\s+)(?P<crowd>[A-Za-z][^,;§\"“”]{2,80}?)\s+(?:" + _RALLY_DAY + r"\s+)?"
    r"(?P<verb>rallied|demonstrated|protested|gathered|assembled|marched|"
    r"(?:held|staged)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:rally|protest|demonstration|sit-in)|"
    r"took\s+to\s+the\s+streets)"
    r"(?:\s+" + _RALLY_DAY + r")?"
    r"\s+(?:(?:outside|in\s+front\s+of|near|at)\s+" + _RALLY_SITE + r"\s+in|in|of|across)\s+"
    r"(?:(?:central|downtown)\s+)?(?P<c>§C\d+§)(?![\w§])"
)
_RALLY_SIGN = re.compile(
    r"^(?:\s+" + _RALLY_DAY + r")?(?:\s+(?:this|last)\s+week)?(?:,\s+|\s+)(?:to\s+(?:protest|"
    r"oppose|denounce|condemn|demand)\b|against\b|in\s+protest\b|chanting\b|demanding\b|"
    r"denouncing\b|condemning\b|protesting\b|waving\s+placards\b|burning\b)"
)
_RALLY_AGAINST = re.compile(
    r"\b(?:against|denounc\w*|condemn\w*|oppos\w*)\s+(?:the\s+)?(?P<x>§[SD]\d+§)"
)
_UNNAMED_AGAINST = re.compile(
    r"\bagainst\s+(?:the\s+)?(?:government|authorities|regime|president|prime\s+minister|"
    r"parliament|cabinet|ruling\s+party)\b",
    re.IGNORECASE,
)
_RALLY_WORDS = frozenset(
    {"rallied", "demonstrated", "protested", "gathered", "assembled", "marched", "held", "staged"}
    | {"streets"}
)
# with no state it is against, a protest only when told as one ("to protest against the visit")
_RALLY_PROTESTING = re.compile(r"\b(?:to\s+protest|in\s+protest|protesting)\b")
_RALLY_SUPPORT = re.compile(r"\bin\s+(?:support|solidarity)\s+(?:of|with)\s+(?:the\s+)?§[SD]\d+§")
_RALLY_OPPOSED = re.compile(r"\b(?:protest\w*|against|oppos\w*|denounc\w*|condemn\w*)\b")
_NOT_A_RALLY = re.compile(
    r"\b(?:flowers|vigil|mourn\w*|condolences?|tribute|celebrat\w*|commemorat\w*|"
    r"plan(?:s|ned)?\s+to|will|would|could|may|"
    r"might|allowed|banned|prevented)\b",
    re.IGNORECASE,
)


def city_rallies(analysis: Analysis, doc: Doc) -> None:
    """PROTEST 141 by a crowd that rallied, demonstrated or took to the streets in a city, with a
    sign of protest told after it, at the state it is against, else at no one."""
    words = analysis.words
    if _RALLY_WORDS.isdisjoint(words):
        return
    masked = analysis.masked
    m = _CITY_RALLY.search(masked)
    if m is None or not is_crowd(m.group("crowd")):
        return
    rest = masked[m.end() :]
    if not _RALLY_SIGN.search(rest) or hedged(masked[: m.start("verb")]):
        return
    if _NOT_A_RALLY.search(masked) or _UNNAMED_AGAINST.search(rest):
        return
    if _RALLY_SUPPORT.search(rest) and not _RALLY_OPPOSED.search(rest):
        return  # "rallied in Tbilisi, chanting slogans in support of Ukraine": no protest told
    cities = [e for e in analysis.mention(m.group("c")).entities if e.kind is EntityKind.CITY]
    if len(cities) != 1:
        return
    recipients = []
    against = _RALLY_AGAINST.search(rest)
    if against is not None:
        recipients = [
            e for e in analysis.mention(against.group("x")).entities if e.kind is EntityKind.STATE
        ]
        if len(recipients) != 1:
            return
    elif not _RALLY_PROTESTING.search(rest):
        return  # "rallied in Ouagadougou to demand the departure of ...": whom, untold
    if protest_told(analysis, doc):
        return  # told already
    crowd = crowd_label(m.group("crowd"))
    if crowd is None:
        return
    actors = [crowd]
    from dipld.extract import events

    when = events.event_date(analysis, doc, actors)
    args = event_args("PROTEST", "141", actors, recipients, when)
    place: list[Value] = [cities[0]]
    args["place"] = place
    doc.add(FactClass.EVENT, args, analysis, 0.7)
