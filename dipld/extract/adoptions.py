"""Documents signed, passed or adopted, told in the passive ("was signed by X on behalf of
Y") or by their noun ("the talks ended with the signing of ..."), and outcomes welcomed with
their signers (SUPPORT 057).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.facts import (
    Doc,
    event_args,
    state_of,
)
from dipld.extract.patterns import (
    ACTORS,
    SIGNED_IN_PRESENCE,
)
from dipld.extract.spans import Analysis
from dipld.extract.statements import (
    DEMONYM_NAME,
    DOCUMENT,
    NOT_AUTHOR,
    ONE_SLOT,
    OWN_BID,
    SLOT,
    TREATY,
    actors_in,
    background_signing,
    document_signers,
    leading_words,
)
from dipld.model import (
    Entity,
    EntityKind,
    FactClass,
    Precision,
    TimeValue,
    Value,
)

_SIGNING_NOMINAL = re.compile(
    r"\b(?=[acdefmpst])(?:(?:ended|concluded|culminated|finished|closed)\s+with\s+the\s+"
    r"signing\s+of|"
    r"summari[sz]ed\s+in\s+(?:a\s+number\s+of\s+)?signed\s+documents|"
    # "A number of intergovernmental documents were also signed, including ...", "Agreements on
    # energy and transport have also been signed"
    r"(?:documents|agreements|memorand\w+|treaties|mous)(?:\s+of\s+understanding)?"
    r"(?:\s+(?:on|in)\s+[a-z\s-]{3,60}?)?"
    r"\s+(?:were|have(?:\s+also)?\s+been)\s+(?:also\s+|then\s+|subsequently\s+)?"
    # ("In the presence of the two leaders, four agreements were exchanged": session 37)
    r"(?:signed|exchanged)|"
    r"among\s+the\s+documents\s+signed\s+were|"
    # "Following the talks, a joint statement was signed" (not "... was signed by X", nor "the
    # treaty was signed in 2001": the talks' outcome only)
    r"(?:following|after|during)\s+the\s+(?:talks|meeting|negotiations|visit),\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:statement|declaration|agreement|memorandum|treaty|"
    r"protocol|package\s+of\s+documents|number\s+of\s+documents)\s+(?:was|has\s+been)\s+signed"
    r"(?!\s+by\b)|"
    r"(?:statement|declaration|agreement|memorandum|treaty|protocol)\s+(?:was|has\s+been)\s+signed"
    r"\s+(?:following|after|during|at\s+the\s+end\s+of)\s+the\s+(?:talks|meeting|negotiations))\b",
    re.IGNORECASE,
)


# "The Federal Law was passed by the State Duma on October 7, 2016, and approved by the
# Federation Council on October 12": each body that signed, passed or ratified the document
_PASSED = r"signed|passed|approved|ratified|adopted|endorsed"
# "The agreement was signed today by ...", "the signing today of the Framework Agreement by ..."
_PASSIVE_SIGN = re.compile(
    r"(?:(?:\b(?:was|were|has\s+been|have\s+been|had\s+been)|,?\s+and)\s+(?:\w+ly\s+)?"
    # ("was signed on Wednesday by ...": the day written before the signers)
    # ("was signed in Nairobi on Monday by ...": the place too; session 33)
    rf"(?:{_PASSED})(?:\s+in\s+(?P<city0>§C\d+§))?"
    r"(?:\s+(?P<day>today|yesterday|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?))?|"
    r"\b(?:signing|adoption|ratification)(?:\s+(?P<day2>today|yesterday))?\s+of\s+"
    r"(?P<what>[^.;§]{0,80}?(?:§[SD]\d+§\s*[-–]\s*§[SD]\d+§[^.;§]{0,80}?)?))"
    # "were signed on behalf of Serbia by ...", "was signed for Japan by X and for ... by Y"
    r"(?P<pre>,?\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+)?§[SD]\d+§,?)?"
    # (not "the adoption of the resolution drafted by Japan": its author)
    rf"{NOT_AUTHOR}\s+by\s+(?:the\s+)?"
    # "was signed by Presidents Putin and Xi": the signatories' shared title
    r"(?:(?:Presidents|Prime\s+Ministers|Foreign\s+Ministers|Ministers|[Ll]eaders)\s+(?=§P))?"
    # "was approved by both chambers of the Argentine Congress": the legislature's (session 35b)
    r"(?:both\s+(?:chambers|houses)\s+of\s+(?:the\s+)?)?"
    # (not "signed by the two countries' companies")
    rf"(?P<a>{ACTORS})(?!['’]s?\s+(?:[a-z]+\s+)?(?:companies|firms|businesses|banks|corporations|"
    r"enterprises))"
)


_IN_CITY = re.compile(r",?\s+in\s+(?P<c>§C\d+§)")
# "was signed by X and Y at the Tower of London on Wednesday", "at the Kremlin": a named
# building after the signers (session 33)
_AT_SITE = re.compile(
    r",?\s+at\s+the\s+(?:(?P<site>(?:[A-Z][\w'’-]*\s+){1,3}of)\s+)?(?P<c>§[CL]\d+§)"
)
# a sentence's opening "The deal", "The agreement": the one whose signing the article told
_THE_DOCUMENT = re.compile(
    r"^(?:[A-Z][a-z]+,\s+)?[Tt]he\s+(?:agreement|treaty|memorandum|protocol|accord|deal|pact|"
    # ("The agreements were signed by X and Y" after the documents were told exchanged: session
    # 37, treaty)
    r"document|agreements|treaties|memoranda|memorandums|protocols|accords|deals|pacts|documents)\b"
)
_PASSED_WORDS = leading_words(_PASSED) | {
    "signing",
    "adoption",
    "ratification",
}  # (each between spaces)
# a signing the sentence reports as done: "We welcome the signing today of ...", "witnessed the
# signing of ..." (not "called for the signing of the treaty by ...")
_SIGNING_DONE = re.compile(
    r"\b(?:welcom\w*|hail\w*|applaud\w*|salut\w*|celebrat\w*|witness\w*|attend\w*|"
    r"marked|after|following)\s+(?:[\w§'’-]+\s+){0,3}?$"
)
_TO_BE = re.compile(r"\b(?:will|would|must|should|to)\s+be\b")


# a state's legislature after its mention ("the Hungarian parliament", "Turkey's parliament")
_BODY_AFTER_STATE = re.compile(
    r"(?:['’]s)?\s+(?:parliament|legislature|senate|congress|lawmakers|(?:national\s+)?assembly)\b",
    re.IGNORECASE,
)


def passive_signing(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT (057) by the bodies a document "was passed by", dated by the date after each."""
    masked = analysis.masked
    if " by " not in masked or _PASSED_WORDS.isdisjoint(analysis.words):
        return
    if not DOCUMENT.search(masked) or analysis.negated:
        return
    if analysis.hypothetical or _TO_BE.search(masked):
        return
    for m in _PASSIVE_SIGN.finditer(masked):
        if not DOCUMENT.search(m.group("what") or masked[: m.start()]):
            continue
        if m.group("what") is not None and not _SIGNING_DONE.search(masked, 0, m.start()):
            continue
        actors = actors_in(analysis, m.group("a"))
        if not actors:
            continue
        if _THE_DOCUMENT.match(masked) and _signed_before(doc, analysis, actors):
            # "Morocco, Nigeria and ECOWAS signed a memorandum ... The memorandum was signed by
            # the Director General of ...": the signing told again, by its signers' officials
            # (one event per act, ANNOTATION.md §5)
            continue
        after = analysis.mention(SLOT.findall(m.group("a"))[-1]).end
        body = _BODY_AFTER_STATE.match(analysis.sentence.text, after - analysis.sentence.begin)
        if body is not None:
            # "was ratified by the Hungarian parliament on March 27": the date after the body
            # the state's mention names (session 33, history)
            after += body.end() - body.start()
        sides, side_end, tail = signed_for(analysis, masked, m.end())
        if m.group("pre") and len(sides) < 2:
            # "was signed for Japan by X and for the Philippines by Y": the states, as above
            sides, tail = signed_for_before(analysis, masked, m.start("pre"))
            side_end = analysis.mention(SLOT.findall(masked, 0, tail)[-1]).end if sides else 0
        if len(sides) >= 2:
            # "was signed by Foreign Minister X on behalf of Bhutan and by Assistant Minister Y
            # on behalf of China": the states signed, as "Bhutan and China signed"
            actors, after = sides, side_end
        elif not m.group("pre") and (more := next_signer(masked, m.end())) is not None:
            # "was signed by Thai Foreign Minister X and by Lao Deputy Prime Minister Y": both
            others = [o for o in actors_in(analysis, more) if o not in actors]
            if others:
                actors = [*actors, *others]
                after = analysis.mention(SLOT.findall(more)[-1]).end
                tail = masked.index(more, m.end()) + len(more)
                sides = []
        args = event_args("SUPPORT", "057", actors)
        city = _IN_CITY.match(masked, tail or m.end()) or _AT_SITE.match(masked, tail or m.end())
        if city is not None:
            # "was signed by India and Vietnam in Hanoi on Wednesday": where, and the date after it
            where = analysis.mention(city.group("c"))
            if where.entity is not None:
                args["place"] = [where.entity]
            if city.re is _AT_SITE and city.group("site"):
                # "at the Tower of London": the building, unlinked, as "at the White House" is
                site = f"{city.group('site')} {where.text}"
                args["place"] = [Entity.unlinked(site, EntityKind.PLACE)]
            after = where.end
        elif m.group("city0") and (first := analysis.mention(m.group("city0")).entity):
            args["place"] = [first]  # "was signed in Nairobi on Monday by ..."
        when = next(
            (
                d.value
                for d in analysis.dates
                if d.begin >= after and d.begin - after < 12 and d.end_value is None
            ),
            None,
        )
        if when is None and (m.group("day") or m.group("day2")):
            # "was signed today by ...", "was signed on Wednesday by ...": the day the verb is
            # dated by
            day = (m.group("day") or m.group("day2")).lower().removeprefix("on ")
            when = next((d.value for d in analysis.dates if d.text.lower() == day), None)
        if when is None and not analysis.dates and _THE_DOCUMENT.match(masked):
            # "Iran and Saudi Arabia signed an agreement in Beijing on Friday. The deal was
            # signed by X and Y": that signing's day, when X and Y are of its signatories
            when = _signing_of(doc, actors)
        if (
            when is None
            and m.start() > 0
            and (named := _YEAR_OPENING.match(masked)) is not None
            and (year := _year_named(analysis, named)) is not None
            and doc.date is not None
            and year.year < doc.date.year
        ):
            # "The 2015 agreement, under which ..., was signed by A, B and C": a treaty of an
            # earlier year, background (ANNOTATION.md §5), a treaty relation of its signers
            parties = [a for a in actors if a.kind is not EntityKind.PERSON]
            if len(parties) >= 2:
                doc.add(
                    FactClass.TREATY_RELATION, {"party": parties, "date": [year]}, analysis, 0.75
                )
            continue
        if background_signing(analysis, doc, when):
            continue  # "The treaty was signed by Russia and China in Moscow in 2001", "... in
            # May" told in September: background, a treaty relation only (ANNOTATION.md §5)
        if when is not None:
            args["date"] = [when]
        doc.add(FactClass.EVENT, args, analysis, 0.75)


# "... on behalf of Bhutan", "... for Armenia" after a signer, and the next signer "and by ..."
_SIGNED_FOR = re.compile(r",?\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+)?(?P<s>§[SD]\d+§)")
_AND_BY = re.compile(rf",?\s+and\s+(?:also\s+)?by\s+(?:the\s+)?(?P<a>{ACTORS})")


# "for Japan by X", "and on behalf of the Philippines by Y": each signer after its state
_FOR_BEFORE_BY = re.compile(
    rf",?\s*(?P<and>and\s+)?(?:on\s+behalf\s+of|for)\s+(?:the\s+)?(?P<s>§[SD]\d+§),?\s+by\s+"
    rf"(?:the\s+)?(?P<a>{ACTORS})"
)


def signed_for_before(analysis: Analysis, masked: str, at: int) -> tuple[list[Entity], int]:
    """The states a passive signing's signers signed for, each told before its signer ("was
    signed for Japan by X and for the Philippines by Y"), and where the last signer ends in the
    masked text; none unless two signers each have their state."""
    states: list[Entity] = []
    end = at
    while (side := _FOR_BEFORE_BY.match(masked, end)) is not None:
        if bool(side.group("and")) != bool(states):
            break  # the first one without "and", each next one after it
        state = analysis.mention(side.group("s")).entity
        if state is None or state.kind is not EntityKind.STATE:
            return [], 0
        if state not in states:
            states.append(state)
        end = side.end()
    return (states, end) if len(states) >= 2 else ([], 0)


def next_signer(masked: str, at: int) -> str | None:
    """The next signer of a passive signing, ", and by Y" right after ``at`` (its slots)."""
    more = _AND_BY.match(masked, at)
    return more.group("a") if more is not None else None


def signed_for(analysis: Analysis, masked: str, at: int) -> tuple[list[Entity], int, int]:
    """The states a passive signing's signers signed for ("by X on behalf of Bhutan and by Y on
    behalf of China"), one per signer, where the last one ends (in the text, in the masked
    text); none unless every signer told has its state."""
    states: list[Entity] = []
    while (side := _SIGNED_FOR.match(masked, at)) is not None:
        state = analysis.mention(side.group("s")).entity
        if state is None or state.kind is not EntityKind.STATE:
            return [], 0, 0
        if state not in states:
            states.append(state)
        more = _AND_BY.match(masked, side.end())
        if more is None:
            return states, analysis.mention(side.group("s")).end, side.end()
        at = more.end()
    return [], 0, 0  # no state told, or a later signer without one


# a document named by its year at the sentence's opening: "The 2015 agreement", "The 1992 treaty"
_YEAR_OPENING = re.compile(
    r"(?:[A-Z][a-z]+,\s+)?[Tt]he\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}?(?:agreement|treaty|"
    r"accord|deal|pact|protocol|memorandum|convention)\b"
)


def _year_named(analysis: Analysis, named: re.Match[str]) -> TimeValue | None:
    """The year the opening names its document by, as the sentence's dates read it."""
    at = analysis.sentence.begin + named.start("y")
    return next(
        (d.value for d in analysis.dates if d.begin == at and d.value.precision is Precision.YEAR),
        None,
    )


def _signing_of(doc: Doc, signers: Sequence[Entity]) -> TimeValue | None:
    """The day of the last signing (SUPPORT 057) the article told, if it was the signers' (or
    their states')."""
    keys = {(state_of(doc, e) or e).key if e.kind is EntityKind.PERSON else e.key for e in signers}
    for fact in reversed(doc.facts):
        if fact.cls is FactClass.EVENT and "057" in fact.get("cameoCode"):
            told = {
                (state_of(doc, e) or e).key if e.kind is EntityKind.PERSON else e.key
                for e in fact.entities("actor")
            }
            day = next(iter(fact.get("date")), None)
            return day if told == keys and isinstance(day, TimeValue) else None
    return None


def _signed_before(doc: Doc, analysis: Analysis, signers: Sequence[Entity]) -> bool:
    """Whether a sentence before this one told a signing (SUPPORT 057) by every one of the
    signers (or their states)."""
    keys = {(state_of(doc, e) or e).key if e.kind is EntityKind.PERSON else e.key for e in signers}
    begin = analysis.sentence.begin
    for fact in doc.facts:
        if fact.cls is not FactClass.EVENT or "057" not in fact.get("cameoCode"):
            continue
        first = fact.evidence[0]
        if not first.in_title and first.begin >= begin:
            continue
        told = {
            (state_of(doc, e) or e).key if e.kind is EntityKind.PERSON else e.key
            for e in fact.entities("actor")
        }
        if keys <= told:
            return True
    return False


# an outcome welcomed as done, its doers named before the document: "welcomes the adoption by
# the UN Security Council of Resolution 2728", "welcomed Hungary's ratification of the
# protocol", "welcomed the signing of an agreement between Armenia and Azerbaijan" (the words
# before it: _SIGNING_DONE)
_OUTCOME_NOUN = r"(?:signing|adoption|ratification|signature|conclusion)"


def _when_where(name: str) -> str:
    """When and where the act was, told between its noun and "of" or "by" ("the signing
    yesterday in Bridgetown, Barbados, of ...", "the signing in Jeddah on May 20 of ...", "the
    Parliament's ratification last week of ...")."""
    return (
        rf"(?P<{name}>(?:(?:today|yesterday|last\s+(?:week|month)|this\s+week|"
        r"earlier\s+this\s+(?:week|month)|on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
        r"(?:,?\s+\d{4})?|in\s+(?:the\s+)?§C\d+§(?:,\s+(?:the\s+)?§S\d+§)?),?\s+){0,3})"
    )


# ("the signing", "today's adoption")
_OUTCOME_DET = r"(?:the|today['’]s|yesterday['’]s)"
# signers named after the document: "of the Agreement on a Short-Term Ceasefire by the Sudanese
# Armed Forces and the Rapid Support Forces"
_OUTCOME_BY = r"(?:the\s+)?§[SOGD]\d+§(?:\s+[A-Z][\w-]+){0,3}"
DONE_OUTCOME = re.compile(
    rf"(?:{_OUTCOME_DET}\s+(?:[\w-]+\s+)?{_OUTCOME_NOUN}\s+{_when_where('w1')}by\s+(?:the\s+)?"
    rf"(?P<by>§[SOG]\d+§)\s+of\s+(?P<what>[^.;§]{{1,80}})|"
    rf"(?:the\s+)?(?P<own>§[SOG]\d+§)['’]s?\s+(?:[\w-]+\s+)?{_OUTCOME_NOUN}\s+{_when_where('w2')}"
    r"of\s+(?P<what2>(?:[^.;§]|§[SDO]\d+§){1,80})|"
    rf"the\s+(?:[\w-]+\s+)?(?:signing|conclusion)\s+{_when_where('w3')}of\s+"
    r"(?P<what3>[^.;§]{1,80}?)\s+between\s+(?:the\s+)?(?P<a>§[SO]\d+§)\s+and\s+"
    r"(?:(?:the\s+)?representatives\s+of\s+)?(?:the\s+)?(?P<b>§[SOP]\d+§)|"
    rf"{_OUTCOME_DET}\s+(?:[\w-]+\s+)?{_OUTCOME_NOUN}\s+{_when_where('w4')}of\s+"
    rf"(?P<what4>[^.;§]{{1,120}}?){NOT_AUTHOR}\s+by\s+(?P<by2>{_OUTCOME_BY}(?:,?\s+and\s+{_OUTCOME_BY})?))"
)
_HOPED = re.compile(
    r"\b(?:hopes?|hoped|hoping|looks?\s+forward|looked\s+forward|would|will|wants?|wish(?:es)?|"
    r"expects?|expected|ready)\s+(?:to\s+)?(?:[\w-]+\s+)?(?:welcom|hail|applaud|prais|salut|celebrat)"
)
OUTCOME_WORDS = frozenset({"signing", "adoption", "ratification", "signature", "conclusion"})


def welcomed_outcomes(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT (057) by those whose signing, adoption or ratification of a document a party
    welcomes or praises as done (ANNOTATION.md §5; the praise is SUPPORT 051 of them), dated by
    a date right after them; not a background signing, nor one called for or to come."""
    if OUTCOME_WORDS.isdisjoint(analysis.words) or analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    if _TO_BE.search(masked):
        return
    for m in DONE_OUTCOME.finditer(masked):
        if not _SIGNING_DONE.search(masked, 0, m.start()) or _HOPED.search(masked, 0, m.start()):
            continue  # ("called for the signing of ...", "hopes to welcome the signing of ...")
        what = m.group("what") or m.group("what2") or m.group("what3") or m.group("what4")
        if not DOCUMENT.search(what[:80]) or OWN_BID.match(what):
            continue  # ("welcomed Hungary's ratification of Sweden's accession protocol": backing)
        if m.group("a"):
            doers = actors_in(analysis, m.group("a")) + actors_in(analysis, m.group("b"))
        elif m.group("by2"):
            doers = _by_signers(analysis, m.group("by2"))
        else:
            doers = actors_in(analysis, m.group("by") or m.group("own"))
        doers = list({e.key: e for e in doers}.values())
        if not doers or (m.group("a") and len(doers) < 2):
            continue
        after = analysis.mention(SLOT.findall(m.group(0))[-1]).end if m.group("a") else -1
        when = next(
            (d.value for d in analysis.dates if 0 <= d.begin - after < 12 and d.end_value is None),
            None,
        )
        ww = next((g for g in ("w1", "w2", "w3", "w4") if m.group(g)), None)
        if when is None and m[0].startswith(("today", "yesterday")):
            # "today's adoption by ...": that day
            day = m[0].split("'")[0].split("’")[0].lower()
            when = next((d.value for d in analysis.dates if d.text.lower() == day), None)
        if when is None and ww is not None:
            # the date told between the noun and its document ("the signing in Jeddah on May 20
            # of ...", "ratification last week of ...")
            when = next(
                (d.value for d in analysis.dates if d.end_value is None and d.text in m[ww]), None
            )
        if background_signing(analysis, doc, when):
            continue
        args = event_args("SUPPORT", "057", doers)
        if when is not None:
            args["date"] = [when]
        doc.add(FactClass.EVENT, args, analysis, 0.7)


def _by_signers(analysis: Analysis, text: str) -> list[Entity]:
    """The signers named after "by": two as :func:`document_signers` reads them, or one (a demonym's
    name the KB lacks, "the Sudanese Armed Forces": an unlinked body)."""
    if " and " in text:
        return document_signers(analysis, f" by {text}")
    name = text.removeprefix("the ").strip()
    if DEMONYM_NAME.fullmatch(name):
        plain = SLOT.sub(lambda s: analysis.mention(s.group(0)).text, name)
        return [Entity.unlinked(plain, EntityKind.ORGANIZATION)]
    return actors_in(analysis, name) if ONE_SLOT.fullmatch(name) else []


_NONE_SIGNED = re.compile(r"\b(?:[Nn]o|[Nn]one|[Nn]ot|[Nn]ever|[Nn]either|[Nn]or)\b")


# "In the presence of the two leaders, a package of documents was signed, including ...": at
# bilateral talks, the two states' signing (a council's package is its members' leaders')
_PACKAGE_SIGNED = re.compile(
    # ("a package of 15 intergovernmental and interdepartmental documents", session 26)
    r"\b(?:package|set|number|series)\s+of\s+(?:[\w-]+\s+){0,4}?(?:documents|agreements)\s+"
    r"(?:was|has(?:\s+also)?\s+been)\s+(?:also\s+|then\s+)?signed(?!\s+by\b)"
)


def nominal_signing(analysis: Analysis, doc: Doc) -> None:
    """ "The talks ended with the signing of ...": the meeting's parties signed."""
    words = analysis.words
    if "signed" not in words and "signing" not in words and "exchanged" not in words:
        return
    if doc.meeting is None:
        return
    nominal = _SIGNING_NOMINAL
    if (found := nominal.search(analysis.masked)) is not None and analysis.masked.startswith(
        " by ", found.end()
    ):
        return  # "The agreements were signed by X and Y": its signers (passive_signing)
    if found is None:
        if "presence" in analysis.words and SIGNED_IN_PRESENCE.search(analysis.masked):
            nominal = SIGNED_IN_PRESENCE
        elif _PACKAGE_SIGNED.search(analysis.masked):
            nominal = _PACKAGE_SIGNED
        else:
            return
    if not DOCUMENT.search(analysis.masked) or analysis.hypothetical:
        return
    if analysis.negated or _NONE_SIGNED.search(analysis.masked):
        return  # "No documents were signed", "none of the agreements has been signed"
    written = nominal.search(analysis.sentence.text)
    until = analysis.sentence.begin + (written.end() if written else len(analysis.sentence.text))
    if any(
        d.value != doc.meeting_date and d.end_value is None and d.begin < until
        for d in analysis.dates
    ):
        return  # "In 2019, agreements were also signed": not the talks' outcome
    states = _states_of(doc, list(doc.meeting.entities("participant")))
    if len(states) < 2:
        return
    if nominal is _PACKAGE_SIGNED and (
        len(states) != 2 or any(e.kind is not EntityKind.STATE for e in states)
    ):
        return  # (a council's package: its members' leaders signed, not said which)
    args = event_args("SUPPORT", "057", states, when=doc.meeting_date)
    doc.add(FactClass.EVENT, args, analysis, 0.7)
    if TREATY.search(analysis.masked):
        # (the talks' day is the signing's, as for the event)
        treaty: dict[str, Sequence[Value]] = {"party": states}
        if doc.meeting_date is not None:
            treaty["date"] = [doc.meeting_date]
        doc.add(FactClass.TREATY_RELATION, treaty, analysis, 0.7)


def _states_of(doc: Doc, entities: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for entity in entities:
        if entity.kind in {EntityKind.STATE, EntityKind.ORGANIZATION}:
            out.append(entity)
            continue
        # the office the article gives them, else the KB's on the article date
        state = state_of(doc, entity)
        if state is not None:
            out.append(state)
    return list({e.key: e for e in out}.values())
