"""Agreements an article tells in passing (AGREE, ANNOTATION.md §5): one a noun phrase names
with its parties ("welcomed the arrangement that Manila and Beijing reached on July 21", "the
deal struck by Egypt and Qatar last week", "the agreement between Serbia and Kosovo reached in
March"), dated by its own clause, and what such an agreement makes a party do ("the agreement
reached in Vilnius on July 10, under which Türkiye will transmit ...")."""

from __future__ import annotations

import dataclasses
import re

from dipld.extract import statements
from dipld.extract.facts import Doc, entities_of, event_args
from dipld.extract.meetings import past_or_news
from dipld.extract.patterns import ACTORS, AGREEMENT_NOUN, AGREEMENT_TOPIC
from dipld.extract.spans import Analysis
from dipld.model import Entity, EntityKind, FactClass, Status, TimeValue

_ACTOR_KINDS = frozenset({EntityKind.STATE, EntityKind.ORGANIZATION, EntityKind.PERSON})

# the agreement as a noun phrase names it: a determiner, up to three words ("the provisional
# arrangement"), the noun; not one still to come ("a possible deal", "the draft agreement")
_DONE_NOUN = (
    r"(?<![\w§])(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Tt]heir|[Ii]ts|[Ll]ast\s+\w+['’]s)\s+"
    r"(?:(?!(?:draft|proposed|possible|potential|future|planned|eventual|envisaged|prospective|"
    r"new-to-be|hoped-for)\b)[\w-]+\s+){0,3}?"
    rf"(?P<n>{AGREEMENT_NOUN})"
)
# the verbs that tell it was made (not "failed to reach", "hope to strike", "would reach")
_MADE = (
    r"(?P<v>reached|struck|concluded|clinched|sealed|agreed(?:\s+(?:on|upon|to))?|"
    r"hammered\s+out|worked\s+out|forged)\b"
)
_PARTIES = r"§[SOPG]\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§[SOPG]\d+§){0,5}"
# "the arrangement that Manila and Beijing reached on July 21", "the agreement Armenia and
# Azerbaijan reached in April", "the deal Egypt struck with Qatar"
_PARTIES_MADE = re.compile(
    rf"{_DONE_NOUN}(?:{AGREEMENT_TOPIC}\s+(?:that|which)\s+|,?\s+(?:that\s+|which\s+)?)"
    rf"(?:the\s+)?(?P<p>{_PARTIES})\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:(?:also|already|finally|eventually|recently)\s+)?"
    rf"{_MADE}(?:\s+with\s+(?:the\s+)?(?P<w>{ACTORS}))?"
)
# "the deal struck by Egypt and Qatar last week", "the agreement reached last night in Ohrid by
# Kurti and Vučić", "the deal struck on Monday between Armenia and Azerbaijan" (the parties:
# statements.signers)
_MADE_BY = re.compile(
    rf"{_DONE_NOUN}\s+(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?{_MADE}"
)
# "the agreement between Serbia and Kosovo reached in March"
_BETWEEN_MADE = re.compile(
    rf"{_DONE_NOUN}\s+between\s+(?:the\s+)?(?P<p>{_PARTIES}),?\s+"
    rf"(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?{_MADE}"
)
# those who helped make it, not its parties: "the truce brokered by Qatar and Egypt"
_GO_BETWEEN = re.compile(r"\b(?:brokered|mediated|facilitated|hosted|witnessed|guaranteed)\b")
# an agreement reported, denied or doubted, not told as made
_NOT_TOLD_MADE = re.compile(
    r"\b(?:den(?:y|ied|ies)|reports?\s+of|rumou?rs?\s+of|alleged|so-called|reportedly|"
    r"(?:no|any)\s+(?:\w+\s+)?$)",
    re.IGNORECASE,
)
# what the agreement makes a party do: ", under which Türkiye will transmit ...", ", whereby
# Russia undertakes to ..."
_UNDER_WHICH = re.compile(r",\s+(?:under\s+which|whereby|under\s+whose\s+terms)\s+")
# where the clause that tells the agreement ends
_CLAUSE_END = re.compile(
    r";|,\s+(?:and|but|while|which|under|whereby|where|when)\b|\s+and\s+[a-z]+ed\b"
)
# (the words every match needs)
_NOUN_WORDS = frozenset(
    "agreement agreements deal deals arrangement arrangements accord accords understanding "
    "understandings truce ceasefire cease-fire consensus compromise settlement roadmap".split()
)
_MADE_WORDS = frozenset(
    "reached struck concluded clinched sealed agreed hammered worked forged".split()
)


def _actors(analysis: Analysis, slots: str) -> list[Entity]:
    found = [e for e in entities_of(analysis, slots) if e.kind in _ACTOR_KINDS]
    return list({e.key: e for e in found}.values())


_SLOT = re.compile(r"§[A-Z]\d+§")


def _date_in(analysis: Analysis, start: int, end: int) -> TimeValue | None:
    """The first date between two offsets of the sentence's text."""
    base = analysis.sentence.begin
    for d in analysis.dates:
        if d.end_value is None and not d.since and start <= d.begin - base < end:
            return d.value
    return None


def _clause_date(analysis: Analysis, verb_at: int, verb: str, after: int) -> TimeValue | None:
    """The date of the clause that tells an agreement was made: from its verb (at ``verb_at``
    in the masked text) to the end of the clause, past the slots up to ``after``."""
    masked, text = analysis.masked, analysis.sentence.text
    base = analysis.sentence.begin
    before = _SLOT.findall(masked, 0, verb_at)
    following = _SLOT.findall(masked, verb_at, after)
    start = text.find(verb, analysis.mention(before[-1]).end - base if before else 0)
    if start < 0:
        return None
    last = analysis.mention(following[-1]).end - base if following else start
    stop = _CLAUSE_END.search(text, max(start, last))
    return _date_in(analysis, start, stop.start() if stop else len(text))


def referenced_agreements(analysis: Analysis, doc: Doc) -> None:
    """AGREE (030) by the parties of an agreement a noun phrase tells they made, dated by its
    own clause (historical when before the week reported); and the AGREE of a party the
    agreement binds (", under which X will ...", statements.commitment)."""
    words = analysis.words
    bound = "under" in words or "whereby" in words
    if not bound and (_NOUN_WORDS.isdisjoint(words) or _MADE_WORDS.isdisjoint(words)):
        return
    masked = analysis.masked
    today = doc.article.date
    # (the agreement's parties and date, by where its noun ends)
    told: dict[int, tuple[list[Entity], TimeValue | None]] = {}
    made = not (_NOUN_WORDS.isdisjoint(words) or _MADE_WORDS.isdisjoint(words))
    for regex in (_PARTIES_MADE, _MADE_BY, _BETWEEN_MADE) if made else ():
        for m in regex.finditer(masked):
            if m.end("n") in told or _NOT_TOLD_MADE.search(
                masked, max(0, m.start() - 40), m.start()
            ):
                continue
            tail = masked[m.end() :]
            if regex is _MADE_BY:
                by = statements.SIGNED_BY.match(tail)
                if by is None or _GO_BETWEEN.search(tail, 0, by.start("a")):
                    continue
                parties = statements.signers(analysis, tail)
                end = m.end() + by.end()
            else:
                parties = _actors(analysis, m.group("p"))
                if m.groupdict().get("w"):
                    parties = list(
                        {e.key: e for e in parties + _actors(analysis, m.group("w"))}.values()
                    )
                end = m.end()
            if len(parties) < 2:
                continue
            when = _clause_date(analysis, m.start("v"), m.group("v").split()[0], end)
            told[m.end("n")] = (parties, when)
            args = event_args("AGREE", "030", parties, [], when)
            doc.add(FactClass.EVENT, args, analysis, 0.7, past_or_news(when, today))
    if bound:
        _bound_by(analysis, doc, told)


_NOUN_BEFORE = re.compile(
    rf"\b(?P<n>{AGREEMENT_NOUN}|treaty|memorandum|protocol|pact)\b(?![^,;]*\b(?:{AGREEMENT_NOUN}|"
    r"treaty|memorandum|protocol|pact)\b)[^;]{0,120}$"
)


def _bound_by(
    analysis: Analysis, doc: Doc, told: dict[int, tuple[list[Entity], TimeValue | None]]
) -> None:
    """AGREE by the party an agreement the sentence names binds (", under which Türkiye will
    transmit Sweden's accession protocol to its parliament"): to the agreement's other parties,
    else to the party its object names; dated by the agreement."""
    masked = analysis.masked
    for u in _UNDER_WHICH.finditer(masked):
        noun = _NOUN_BEFORE.search(masked, max(0, u.start() - 160), u.start())
        if noun is None or statements.IN_PREPARATION.search(
            masked, max(0, noun.start() - 30), u.start()
        ):
            continue
        subject = statements.SUBJECT.match(masked, u.end())
        if subject is None:
            continue
        actors = _actors(analysis, subject.group("s"))
        if not actors:
            continue
        parties, when = next(
            (v for k, v in told.items() if noun.start() < k <= noun.end() + 1),
            ([], _noun_date(analysis, noun.group("n"))),
        )
        rest = statements.WOULD.sub(" will", masked[subject.end() :])
        before = len(doc.facts)
        if not statements.commitment(analysis, doc, rest, actors, document=(parties, when)):
            continue
        for i in range(before, len(doc.facts)):
            # ("the Beijing agreement signed in March, under which the two countries agreed to
            # resume relations", told in August: background)
            fact = doc.facts[i]
            day = next((d for d in fact.get("date") if isinstance(d, TimeValue)), None)
            if fact.status is Status.ASSERTED and past_or_news(day, doc.article.date) is (
                Status.HISTORICAL
            ):
                doc.facts[i] = dataclasses.replace(fact, status=Status.HISTORICAL)


def _noun_date(analysis: Analysis, noun: str) -> TimeValue | None:
    """The date between an agreement's noun and the ", under which" after it, in the sentence's
    text ("the agreement reached in Vilnius on July 10, under which ...")."""
    text = analysis.sentence.text
    under = _UNDER_WHICH.search(text)
    start = text.rfind(noun, 0, under.start()) if under is not None else -1
    return _date_in(analysis, start, under.start()) if under is not None and start >= 0 else None
