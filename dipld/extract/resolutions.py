"""Resolutions adopted by an international body, told in the shapes the clause rules miss
(session 40b, support).

ANNOTATION.md section 5: adopting a formal document is SUPPORT 057, its adopters as actor, no
recipient, only when reported as news. A body's vote on a resolution is told, besides "the
Security Council adopted a resolution ..." (the clause rules of :mod:`dipld.extract.statements`),
as:

- a fronted participle: "Unanimously adopting resolution 2701 (2023), the Council extended ...";
- a fronted instrument: "By resolution 2702 (2023), also adopted unanimously, the Council
  renewed ...";
- the body's adoption as a noun after a reaction: "welcomed the Security Council's adoption on
  Monday of resolution 2703";
- a resolution named by its body with its adoption dated: "Security Council resolution 2704
  (2023), adopted on 3 March, ...";
- a relative clause of the body: "the General Assembly, which on 4 May adopted a resolution ...";
- the resolution's passive vote, its body named by the sentence before: "The resolution,
  drafted by Japan, was adopted with 14 votes in favour" (a United Nations organ only);
- the plain clause when another reading took the sentence ("the Council adopted a resolution
  on humanitarian aid to Afghanistan").

Each adds the body's 057 unless the sentence already gave that body's signing. Not: a
resolution rejected, vetoed or failed, one to be adopted, one of an earlier year.
"""

from __future__ import annotations

import datetime as dt
import re

from dipld.extract.arguments import told_as_future
from dipld.extract.events import event_date
from dipld.extract.facts import Doc, event_args
from dipld.extract.patterns import intro_end
from dipld.extract.spans import Analysis
from dipld.model import Entity, EntityKind, FactClass, Precision, TimeValue

# the United Nations organs that vote on resolutions (Security Council, General Assembly): a
# passive vote after a sentence that names one is that organ's
_UN_ORGANS = frozenset({"Q37470", "Q47423"})

_RESOLUTION_NOUN = r"(?:draft\s+)?[Rr]esolutions?"
# a resolution's number and year: "2714 (2023)", "ES-11/1", "77/247"
_RESOLUTION_NO = r"(?:\s+(?:[A-Z]{1,3}-)?[\d/.]+(?:\s+\(\d{4}\))?)?"
# the adverbs and times between a body and its adopting verb
_ADOPT_BETWEEN = (
    r"(?:(?:today|yesterday|also|unanimously|overwhelmingly|later|then|formally|finally|"
    r"on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|on\s+\d{1,2}\s+[A-Z][a-z]+|last\s+week)\s+){0,3}"
)

# "Unanimously adopting resolution 2714 (2023), the Council decided ..."
_ADOPTING_FIRST = re.compile(
    r"(?:(?:[A-Z][a-z]+ly|Also|Further)\s+)?[Aa]dopting\s+(?:(?:a|the|its)\s+)?"
    + _RESOLUTION_NOUN
    + _RESOLUTION_NO
    + r"(?:\s+[^,;§]{1,60})?,\s+(?:the\s+)?(?P<o>§O\d+§)\s+(?:(?:also|then|thereby)\s+)?"
    r"(?!(?:would|will|could|may|might|should|must|did|does|do|had|has|is|was)\b)[a-z]+"
)
# "By resolution 2713 (2023), also adopted unanimously, the Council imposed ..."
_BY_RESOLUTION = re.compile(
    r"(?:By|In|Through|With)\s+(?:its\s+)?[Rr]esolution" + _RESOLUTION_NO + r",\s+"
    r"(?:(?:also|which\s+was|which\s+it)\s+)?adopted(?:\s+[^,;§]{1,40})?,\s+(?:the\s+)?"
    r"(?P<o>§O\d+§)\s+(?!(?:would|will|could|may|might|should|must|did|does|do)\b)[a-z]+"
)
# "welcomed the Security Council's adoption on Monday of Resolution 2735"
_ADOPTION_OF = re.compile(
    r"\b(?:welcom\w*|hail\w*|applaud\w*|prais\w*|salut\w*|celebrat\w*|after|following|since)\s+"
    r"(?:the\s+)?(?P<o>§O\d+§)['’]s?\s+(?:unanimous\s+)?adoption\s+"
    r"(?:(?:today|yesterday|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|on\s+\d{1,2}\s+[A-Z][a-z]+)\s+)?"
    r"of\s+(?:a\s+|the\s+|its\s+)?" + _RESOLUTION_NOUN + r"\b"
)
# "Security Council resolution 2623 (2022), adopted on 27 February ..."
_NAMED_ADOPTED = re.compile(
    r"(?P<o>§O\d+§)\s+[Rr]esolution" + _RESOLUTION_NO + r",\s+(?:which\s+was\s+)?"
    r"(?:unanimously\s+)?adopted\s+(?:unanimously\s+)?"
    r"(?=(?:on|in|last|this|yesterday|today)\b)"
)
# "the General Assembly, which on 4 May adopted a resolution ..."
_WHICH_ADOPTED = re.compile(
    r"(?P<o>§O\d+§),\s+which\s+(?:(?:on|in)\s+[^,;§]{1,20}?\s+|earlier\s+|today\s+|yesterday\s+)?"
    r"(?:had\s+|has\s+)?(?:unanimously\s+)?adopted\s+(?:a\s+|the\s+|its\s+)?"
    + _RESOLUTION_NOUN
    + r"\b"
)
# "The resolution, drafted by the United States and Ecuador, was adopted with 13 votes in favor"
_PASSIVE_VOTE = re.compile(
    r"(?:The|Its)\s+" + _RESOLUTION_NOUN + r"\b(?:,\s+[^;]{1,120}?,)?\s+was\s+"
    r"(?:then\s+|later\s+|eventually\s+)?adopted\s+(?:unanimously|by\s+consensus|"
    r"by\s+acclamation|without\s+a\s+vote|by\s+(?:a\s+)?(?:recorded\s+)?votes?\b|"
    r"(?:with|by)\s+\d+\s+votes)"
)
# "In December, the U.N. Security Council adopted a resolution ..."
_BODY_ADOPTED = re.compile(
    # ("Acting by acclamation, the Assembly adopted ...")
    r"(?:[A-Z][a-z]+ing\s+[^,;§]{1,40},\s+)?(?:[Tt]he\s+)?(?P<o>§O\d+§)\s+"
    + _ADOPT_BETWEEN
    + r"(?:adopted|passed)\s+"
    r"(?:a|the|its|two|three)\s+(?:[\w-]+\s+){0,2}?" + _RESOLUTION_NOUN + r"\b"
)
# a resolution that did not pass ("vetoed", "failed to adopt", "rejected"), before the adoption
# told (not "adopted on 27 February after Russia vetoed a draft": another draft)
_NOT_PASSED = re.compile(
    r"\b(?:vetoe?d?s?|fail(?:ed|s)?\s+to|rejected|blocked|not\s+adopted|not\s+been\s+adopted)\b"
)


def _body(analysis: Analysis, slot: str) -> Entity | None:
    """The one organisation (with a QID) a slot names."""
    found = [
        e
        for e in analysis.mention(slot).entities
        if e.kind is EntityKind.ORGANIZATION and e.qid is not None
    ]
    return found[0] if len(found) == 1 else None


def _organ_before(doc: Doc) -> Entity | None:
    """The one United Nations voting organ the sentence before names, if it names one."""
    before = doc.previous
    if before is None:
        return None
    organs = {
        e.qid: e
        for m in before.mentions
        for e in m.entities
        if e.kind is EntityKind.ORGANIZATION and e.qid in _UN_ORGANS
    }
    return next(iter(organs.values())) if len(organs) == 1 else None


def _adopted_before(doc: Doc, analysis: Analysis, body: Entity) -> bool:
    """Whether the sentence already gave the body's signing (SUPPORT 057)."""
    begin, title = analysis.sentence.begin, analysis.in_title
    return any(
        f.cls is FactClass.EVENT
        and "057" in {str(c) for c in f.get("cameoCode")}
        and f.evidence
        and f.evidence[0].begin == begin
        and f.evidence[0].in_title == title
        and body.qid in {getattr(a, "qid", None) for a in f.get("actor")}
        for f in doc.facts
    )


def _numbered_year(masked: str, when: TimeValue | None) -> bool:
    """Whether the date read is only the year in a resolution's number ("2714 (2023)")."""
    return (
        when is not None
        and when.precision is Precision.YEAR
        and f"({when.year})" in masked
        and re.search(rf"[Rr]esolution\s+[\w/.-]+\s+\({when.year}\)", masked) is not None
    )


def _news(when: TimeValue | None, today: dt.date | None) -> bool:
    """Whether an adoption dated ``when`` is news: within three months before the article (a
    resolution's weeks of follow-up are told with its adoption: "In December, the Council
    adopted a resolution exempting aid ..." in a story of February)."""
    if when is None or today is None:
        return True
    if when.precision is Precision.DAY and when.month and when.day:
        return (today - dt.date(when.year, when.month, when.day)).days <= 92
    if when.precision is Precision.MONTH and when.month:
        return (today.year - when.year) * 12 + today.month - when.month <= 3
    return when.year == today.year


def resolution_adoptions(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT (057) of a body that adopted a resolution, in the shapes of the module
    docstring."""
    words = analysis.words
    if {"adopted", "adopting", "adoption", "passed"}.isdisjoint(words):
        return
    if analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    if "esolution" not in masked:
        return
    start = intro_end(masked)
    body: Entity | None = None
    for pattern, at in ((_ADOPTING_FIRST, 0), (_BY_RESOLUTION, 0), (_BODY_ADOPTED, start)):
        m = pattern.match(masked, at)
        if m is not None:
            # (the future of what the body decided is not its adoption's: "Adopting resolution
            # 2714, the Council decided that the embargo shall no longer apply")
            if not told_as_future(masked[: m.end()]) and not _NOT_PASSED.search(masked, 0, m.end()):
                body = _body(analysis, m.group("o"))
            break
    if body is None and not told_as_future(masked):
        if (m := _ADOPTION_OF.search(masked)) is not None:
            if not _NOT_PASSED.search(masked, 0, m.end()):
                body = _body(analysis, m.group("o"))
        elif (m := _PASSIVE_VOTE.match(masked, start)) is not None and not _NOT_PASSED.search(
            masked, 0, m.end()
        ):
            body = _organ_before(doc)
    if body is not None and not _adopted_before(doc, analysis, body):
        when = event_date(analysis, doc, [body])
        if _numbered_year(masked, when):
            when = None
        if _news(when, doc.date):  # (not "In 2015, the Council adopted ...": background)
            args = event_args("SUPPORT", "057", [body], (), when)
            doc.add(FactClass.EVENT, args, analysis, 0.7)
    for pattern in (_NAMED_ADOPTED, _WHICH_ADOPTED):
        for m in pattern.finditer(masked):
            other = _body(analysis, m.group("o"))
            if other is not None and other != body and not _NOT_PASSED.search(masked, 0, m.end()):
                _dated_adoption(analysis, doc, other, m.group("o"))


def _dated_adoption(analysis: Analysis, doc: Doc, body: Entity, slot: str) -> None:
    """The 057 of a body whose adoption the sentence dates after "adopted" ("resolution 2623,
    adopted on 27 February"), when that date is news (not "adopted in 2015": background)."""
    if _adopted_before(doc, analysis, body):
        return
    text, begin = analysis.sentence.text, analysis.sentence.begin
    after = analysis.mention(slot).end - begin
    verb = text.find("adopted", after)
    dates = [
        d
        for d in analysis.dates
        if after <= d.begin - begin <= verb + 40
        and not d.end_value
        and not text.startswith("(", d.begin - begin - 1)  # (the year of "2623 (2022)")
    ]
    when = dates[0].value if dates and verb >= 0 else None
    if when is None or not _news(when, doc.date):
        return
    doc.add(FactClass.EVENT, event_args("SUPPORT", "057", [body], (), when), analysis, 0.7)
