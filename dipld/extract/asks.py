"""Requests, threats and background agreements the event table misses (session 20):

- "In 1973, A and B agreed on a maritime boundary": a past agreement on a line told as
  background is a TreatyRelation dated that year, not a current AGREE (ANNOTATION.md §4);
- "X made clear that the sanctions on Y would remain in place and be tightened as long as ...":
  a conditional tightening is X's THREATEN 1312 against Y;
- "X asked President Y to make more tanks available": a person asked for a material act is
  X's REQUEST 100 of Y (not a courtesy such as passing on greetings).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dipld.extract.facts import Doc, event_args, state_of
from dipld.extract.patterns import NEGATION, in_relative_clause
from dipld.extract.spans import Analysis
from dipld.model import Entity, EntityKind, FactClass, TimeValue

# "In 1973, Denmark and Canada agreed on a continental shelf boundary": the year opens the
# sentence, both parties are named, the object is a line between them
_PAST_BOUNDARY = re.compile(
    r"In\s+(?:the\s+year\s+)?(?P<y>1[89]\d\d|20\d\d),\s+(?:the\s+)?(?P<a>§[SD]\d+§)\s+and\s+"
    r"(?:the\s+)?(?P<b>§[SD]\d+§)\s+agreed\s+(?:on|upon)\s+(?:an?|the|their|a\s+common)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:boundary|border|frontier|demarcation|delimitation|"
    r"dividing\s+line|median\s+line|sea\s+line)\b"
)


# the occasion the act was told at, right before its date: "condemned the launch during their
# meeting in Tokyo on Thursday", "at talks with Yoon in Seoul on" (not "thanked Qatar for
# hosting talks in Doha on Monday": the date of the talks hosted)
_OCCASION_BEFORE = re.compile(
    r"\b(?:[Dd]uring|[Aa]t|in)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|"
    r"(?:tele)?phone\s+(?:call|conversation)|call|conversation|summit|"
    # "Speaking at a news conference on Monday, spokesperson X criticised Canada ...", "at his
    # weekly press briefing on Tuesday" (session 31, spokespersons)
    r"(?:news\s+|press\s+)?(?:conference|briefing))"
    r"(?:\s+(?!and\s+\w+ed\b)[\w§.'’-]+){0,6}?\s+(?:on|in)\s+$|"
    # "signed the memorandum during a visit to Tehran on Monday": the visit's day (not "recalled
    # ... during his visit to Jakarta in July": an earlier occasion of another act)
    r"\bduring\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\s+to\s+(?:[\w§.'’-]+\s+){1,4}?on\s+$|"
    # "reached a deal on the sidelines of the G20 summit in Rome on Saturday": the summit's day
    # is the deal's (session 33)
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:summit|meeting|forum|conference|session|assembly)(?:\s+[\w.'’-]+){0,4}?\s+on\s+$"
)


# "At Monday's regular briefing, spokesperson X urged ...", "At Monday's summit, Japan
# criticised China": the day of the occasion the act was told at, before its possessive (not
# "condemned Monday's attack": the thing's day)
_BRIEFING_OF_DAY = re.compile(
    r"['’]s\s+(?:(?:regular|daily|weekly|routine|usual|press|news)\s+){0,2}"
    r"(?:briefing|news\s+conference|press\s+conference|summit|talks|meeting)\b"
)
_AT_BEFORE = re.compile(r"\b(?:[Aa]t|[Dd]uring|[Ii]n)\s+$")


def briefing_day(text: str, at: int, end: int) -> bool:
    """Whether the date from ``at`` to ``end`` in the sentence's text names the day of the
    briefing the act was told at ("At Monday's regular briefing, ...": the act's own date)."""
    return (
        _AT_BEFORE.search(text, max(0, at - 8), at) is not None
        and _BRIEFING_OF_DAY.match(text, end) is not None
    )


def dates_occasion(text: str, at: int) -> bool:
    """Whether the date at ``at`` in the sentence's text is that of the occasion the act was
    told at ("during their meeting in Tokyo on Thursday"): the act's own date (session 23)."""
    return _OCCASION_BEFORE.search(text, max(0, at - 80), at) is not None


# a time of years before the article ("over the past decade", "in recent years")
_YEARS_PAST = re.compile(
    r"\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+){0,2}?(?:years|decades?)|"
    r"in\s+recent\s+(?:years|decades)|over\s+the\s+(?:years|decades))\b",
    re.IGNORECASE,
)


def aside_meeting_date(analysis: Analysis, doc: Doc, actors: list[Entity]) -> TimeValue | None:
    """The date of the article's meeting the actors took part in, for an act of theirs the
    sentence does not date; none when that meeting is only what a relative clause of this
    sentence tells ("X, who met Y in Paris last month, thanked France ...": background, not the
    occasion of the act; session 23)."""
    met = doc.meeting_date_of(actors)
    if met is not None and _YEARS_PAST.search(analysis.sentence.text):
        # "China and Kazakhstan have signed more than 100 cooperation documents over the past
        # decade": a time of years, not the day of the talks
        return None
    if met is None or doc.meeting is None or ", wh" not in analysis.sentence.text:
        return met
    told = doc.meeting.evidence
    if not told or told[0].begin != analysis.sentence.begin:
        return met  # (the meeting was told before: "Xi, who met Putin on Tuesday, thanked ...")
    text, begin = analysis.sentence.text, analysis.sentence.begin
    if any(d.value == met and in_relative_clause(text, d.begin - begin) for d in analysis.dates):
        return None
    return met


_SLOT_MARK = re.compile(r"§[A-Z]\d+§")


# a time clause telling another party's deed, after or before the act: "recalled its ambassador
# after police raided its embassy on Friday", "struck targets in Lebanon after Hezbollah fired
# rockets on Sunday" (a subject and a past verb of its own: not "after talks on Friday", nor
# "after they met on Friday", whose day is the act's)
_OTHER_DEED = re.compile(
    r"\b(?:[Aa]fter|[Bb]efore)\s+(?!(?:they|he|she|it|we|the\s+two|both|talks|meeting)\b)"
    r"(?:(?:the|its|their|his|her|an?)\s+)?(?P<s>(?:[\w’'§-]+\s+){1,6}?)"
    r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:[a-z]{2,}ed|fired|struck|shot|hit|sent|broke|"
    r"began|took|seized|launched)\b[^,;]*|"
    # "Following Israel's strikes on Lebanon on Monday, Hezbollah fired rockets": another party's
    # deed told by its noun after the party's possessive (session 25)
    r"\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing)\s+(?P<s2>(?:§[SDO]\d+§|(?-i:[A-Z][\w.-]*)"
    r"(?:\s+(?-i:[A-Z][\w.-]*)){0,2})['’]s?\s+)(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|"
    r"air\s*strikes?|shelling|bombing|invasion|incursion|offensive|expulsion|arrest|detention|"
    r"seizure|decision|announcement|launch)\b[^,;]*"
)


_MEETING_NOUN = re.compile(r"\b(?:talks|meetings?|summit|visit|call|consultations|negotiations)\b")


def other_deeds(
    analysis: Analysis, actors: Sequence[Entity], at: int | None = None
) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """The spans (in the sentence's text) of time clauses that tell another party's deed and do
    not hold the act at ``at`` in the masked text, if given (their dates are that deed's), and
    the span of the one that holds it ("Russia expelled two diplomats on Thursday after Moldova
    expelled a Russian envoy": only its own dates are that act's); none when the masked text
    and the text do not show the same clauses."""
    masked, text = analysis.masked, analysis.sentence.text
    if "fter " not in masked and "efore " not in masked and "ollowing " not in masked:
        return [], None
    in_masked = list(_OTHER_DEED.finditer(masked))
    in_text = list(_OTHER_DEED.finditer(text))
    if not in_masked or len(in_masked) != len(in_text):
        return [], None
    own = {a.key for a in actors}
    spans = []
    holding = None
    for m, t in zip(in_masked, in_text, strict=True):
        if at is not None and m.start() <= at < m.end():
            holding = (t.start(), t.end())
            continue
        party = m.group("s") or m.group("s2")
        if _MEETING_NOUN.search(party):
            continue  # "after a meeting that ended on Friday"
        named = [e for slot in _SLOT_MARK.findall(party) for e in analysis.mention(slot).entities]
        if any(e.key in own for e in named):
            continue  # "after Russia had ..." of the act's own actor
        spans.append((t.start(), t.end()))
    return spans, holding


def past_boundary(masked: str, day: dt.date | None) -> re.Match[str] | None:
    """The background agreement on a line the sentence opens with, when its year is before the
    article's (the caller's AGREE trigger then states no current act; none in an undated
    article)."""
    if day is None or not masked.startswith("In ") or "agreed" not in masked:
        return None
    m = _PAST_BOUNDARY.match(masked)
    return m if m is not None and int(m.group("y")) < day.year else None


def past_boundaries(analysis: Analysis, doc: Doc) -> None:
    """TreatyRelation of a past agreement on a boundary between two named states, dated."""
    m = past_boundary(analysis.masked, doc.article.date)
    if m is None or NEGATION.search(analysis.masked, 0, m.end()):
        return
    from dipld.extract import arguments

    parties = [
        e
        for ph in (m.group("a"), m.group("b"))
        for e in arguments.resolve_phrase(analysis, doc, ph)
    ]
    year = int(m.group("y"))
    dated = [d.value for d in analysis.dates if not d.end_value and d.value.year == year]
    if len(parties) == 2 and parties[0].key != parties[1].key and dated:
        doc.add(FactClass.TREATY_RELATION, {"party": parties, "date": dated[:1]}, analysis, 0.75)


# "Scholz made clear that the sanctions imposed by the EU on Russia would remain in place and be
# tightened as long as ...": the tightening on a condition is the speaker's threat
_TIGHTENED_IF = re.compile(
    r"(?P<s>§[PSDO]\d+§)\s+(?:also\s+)?(?:made\s+(?:it\s+)?clear|said|stated|warned|stressed|"
    r"emphasi[sz]ed|underlined|insisted|reiterated)\s+that\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"sanctions\s+(?:(?:imposed|placed)\s+by\s+(?:the\s+)?§[SO]\d+§\s+)?(?:on|against)\s+"
    r"(?:the\s+)?(?P<r>§[SD]\d+§)\s+(?:would|will)\s+(?:(?:remain|stay)\s+in\s+(?:place|force)\s+"
    r"and\s+)?(?:be\s+)?(?:further\s+)?(?:tightened|increased|stepped\s+up|expanded|"
    r"strengthened|toughened)\s+(?:(?:further|even\s+further)\s+)?(?:as\s+long\s+as|if|unless|"
    r"until|for\s+as\s+long\s+as)\b"
)
_TIGHTEN_WORDS = ("tightened", "increased", "stepped", "expanded", "strengthened", "toughened")


def tightened_sanctions(analysis: Analysis, doc: Doc) -> None:
    """THREATEN 1312 by a speaker who said sanctions on a party would be tightened as long as,
    or if, it went on (not "would not be tightened", not a question)."""
    masked = analysis.masked
    if "sanctions" not in masked or not any(w in masked for w in _TIGHTEN_WORDS):
        return
    m = _TIGHTENED_IF.search(masked)
    if m is None or NEGATION.search(masked, 0, m.end()) or masked.rstrip().endswith("?"):
        return
    from dipld.extract import arguments, events

    actors = arguments.resolve_phrase(analysis, doc, m.group("s"))
    own = {a.key for a in actors}
    recipients = [
        e for e in arguments.resolve_phrase(analysis, doc, m.group("r")) if e.key not in own
    ]
    if not actors or not recipients:
        return
    when = events.event_date(analysis, doc, actors)
    doc.add(
        FactClass.EVENT, event_args("THREATEN", "1312", actors, recipients, when), analysis, 0.7
    )


# "During the talks, Scholz asked President Macron to make more tanks available": a person
# asked for a material act (a courtesy, "asked him to convey greetings", is none)
_ASKED_TO_ACT = re.compile(
    r"(?P<s>§[PSD]\d+§)\s+(?:also\s+|on\s+[A-Z][a-z]+day\s+)?asked\s+(?P<r>§P\d+§)\s+"
    r"(?:on\s+[A-Z][a-z]+day\s+)?to\s+(?:make\s+(?:[\w-]+\s+){1,8}?"
    r"available|release|free|lift|extradite|hand\s+over|withdraw|return|reopen|unblock|"
    # another state's leader asked to act on a matter ("Erdogan asked Putin to extend the grain
    # deal", "Macron asked Traore to clarify the request"): only between two states' people
    # (not a leader's order to his own minister; session 35)
    # (not "asked Mr Dini to extend his invitation to ...": a message passed on)
    r"(?P<other>extend(?!\s+(?:[\w-]+\s+){0,3}?(?:invitations?|greetings|regards|congratulations|"
    r"wishes|condolences|thanks|gratitude)\b)|ease|postpone|clarify|reconsider|resume|allow|halt|"
    r"stop|end|send))\b"
)


def asked_to_act(analysis: Analysis, doc: Doc) -> None:
    """REQUEST 100 of a named person asked to make something available, release, lift, ..."""
    masked = analysis.masked
    if "asked" not in masked:
        return
    m = _ASKED_TO_ACT.search(masked)
    if m is None or NEGATION.search(masked, 0, m.end()) or masked.rstrip().endswith("?"):
        return
    if any(
        fact.cls is FactClass.EVENT
        and "REQUEST" in fact.get("eventType")
        and any(e.begin == analysis.sentence.begin for e in fact.evidence)
        for fact in doc.facts
    ):
        return  # told already by the event table
    from dipld.extract import arguments, events

    actors = arguments.resolve_phrase(analysis, doc, m.group("s"))
    own = {a.key for a in actors}
    recipients = [
        e for e in arguments.resolve_phrase(analysis, doc, m.group("r")) if e.key not in own
    ]
    if not actors or not recipients:
        return
    if m.group("other") and not _two_states(doc, actors, recipients):
        return
    when = events.event_date(analysis, doc, actors)
    doc.add(FactClass.EVENT, event_args("REQUEST", "100", actors, recipients, when), analysis, 0.7)


def _two_states(doc: Doc, actors: list[Entity], recipients: list[Entity]) -> bool:
    """Whether the one who asks and the one asked act for two different known states."""
    sides = [
        {s.key for e in group if (s := e if e.kind is not EntityKind.PERSON else state_of(doc, e))}
        for group in (actors, recipients)
    ]
    return all(len(side) == 1 for side in sides) and sides[0] != sides[1]


# a request told by its noun, its maker named in the phrase: "Armenia's request to the CSTO for
# assistance", "Iran's main demand on the United States", "demands from the United States that
# it cut ties", "a request by Iran for ...", "Ethiopian demands that it withdraw"
_MAKER = r"(?:the\s+)?(?:(?:[Gg]overnment|authorities)\s+of\s+(?:the\s+)?)?(?P<m>§[SDOP]\d+§)"
_NOUN = (
    r"(?:(?:main|key|central|repeated|formal|official|latest|earlier|renewed|urgent|written)\s+)?"
    r"(?P<n>requests?|demands?)"
)
_MAKER2, _MAKER3 = _MAKER.replace("<m>", "<m2>"), _MAKER.replace("<m>", "<m3>")
_NOUN2, _NOUN3 = _NOUN.replace("<n>", "<n2>"), _NOUN.replace("<n>", "<n3>")
_ASKED_NOUN = re.compile(
    rf"(?:(?<=[\s(])|^)(?:(?P<pre>the|a|an|rejected|rejects|dismissed|dismisses|rebuffed|"
    rf"rebuffs|refused|refuses|considered|consider|answers|answered|of|to|over|by|with|under)"
    rf"\s+)?(?:{_MAKER}['’]s?\s+{_NOUN}|{_MAKER2}\s+{_NOUN2}"
    rf"|(?:the\s+|a\s+)?{_NOUN3}\s+(?:from|by)\s+{_MAKER3})"
    r"\s+(?:(?:to|on|of)\s+(?:the\s+)?(?P<r>§[SDOP]\d+§)|that\s+(?:the\s+)?(?P<r2>§[SDOP]\d+§)|"
    r"that\s+(?P<it>it|they)\b|for\s+[^§.;]{1,60}?\s+(?:to|from)\s+(?:the\s+)?(?P<r3>§[SDOP]\d+§))"
)
# "Polish police arrested the suspect at the request of Germany": the maker, and the one asked
# is the clause's subject
_AT_REQUEST_OF = re.compile(rf"\bat\s+the\s+(?:request|behest)\s+of\s+{_MAKER}(?!['’])")
_SUBJECT = re.compile(
    r"^(?:[A-Z]\w+(?:\s+\w+){0,3},\s+)?(?:[Tt]he\s+)?(?P<s>§[SDOP]\d+§)(?:['’]s?)?"
    r"(?:\s+(?:police|authorities|government|officials|forces|side))?\s+(?:has\s+|had\s+|have\s+|"
    r"also\s+|on\s+[A-Z]\w+\s+)*[a-z]+(?:ed|s)\b"
)
# "Chad refused to deploy troops at the request of Sudan": the act not done is told, not the ask
_REFUSAL = re.compile(r"\b(?:refused|refuses|declined|declines|rejected|rejects)\s+to\b")
_REFUSED = frozenset({"rejected", "rejects", "dismissed", "dismisses", "rebuffed", "rebuffs"})


def requests_by_noun(analysis: Analysis, doc: Doc) -> None:
    """REQUEST (100) told by its noun with its maker ("X's request to Y", "demands from X that
    Y ...", "at the request of X": the one asked is the clause's subject), and the rejection
    (REJECT 120) of such a demand by the clause's subject at its maker, when the event table
    told neither. None when no maker is named, or the sentence is negated or hypothetical."""
    words = analysis.words
    if (
        "request" not in words
        and "requests" not in words
        and "demand" not in words
        and "demands" not in words
    ):
        return
    if analysis.negated or analysis.hypothetical or "§" not in analysis.masked:
        return
    from dipld.extract import acts, arguments, events

    masked = analysis.masked
    subject = _SUBJECT.match(masked)
    subjects = arguments.resolve_phrase(analysis, doc, subject.group("s")) if subject else []
    told = [
        f for f in acts.told_here(analysis, doc) if f.cls is FactClass.EVENT and f.get("eventType")
    ]

    def told_by(kind: str, makers: list[Entity]) -> bool:
        keys = {e.key for e in makers}
        return any(
            str(f.get("eventType")[0]) == kind and keys & {e.key for e in f.entities("actor")}
            for f in told
        )

    found: list[tuple[list[Entity], list[Entity], str | None]] = []
    for m in _ASKED_NOUN.finditer(masked):
        maker = m.group("m") or m.group("m2") or m.group("m3")
        if m.group("m2") and m.group("pre") is None:
            continue  # "Russia demands that ...": a verb, the event table's
        makers = arguments.resolve_phrase(analysis, doc, maker)
        slot = m.group("r") or m.group("r2") or m.group("r3")
        asked = (
            arguments.resolve_phrase(analysis, doc, slot)
            if slot
            else subjects
            if m.group("it")
            else []
        )
        found.append((makers, asked, m.group("pre")))
    for m in _AT_REQUEST_OF.finditer(masked):
        if (
            subject is not None
            and subject.end() <= m.start()
            and not _REFUSAL.search(masked, 0, m.start())
        ):
            found.append((arguments.resolve_phrase(analysis, doc, m.group("m")), subjects, None))
    for makers, asked, pre in found:
        own = {e.key for e in makers}
        asked = [e for e in asked if e.key not in own]
        if not makers or not asked:
            continue
        if not told_by("REQUEST", makers):
            when = events.event_date(analysis, doc, makers)
            args = event_args("REQUEST", "100", makers, asked, when)
            doc.add(FactClass.EVENT, args, analysis, 0.7)
        refusers = [e for e in subjects if e.key not in own]
        if pre in _REFUSED and refusers and not told_by("REJECT", refusers):
            when = events.event_date(analysis, doc, refusers)
            args = event_args("REJECT", "120", refusers, makers, when)
            doc.add(FactClass.EVENT, args, analysis, 0.7)
