"""Treaty relations: treaties, agreements, protocols and memoranda between stated parties,
signed, reached, in force or referenced, with their instruments and signature dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence

from dipld.extract.adoptions import next_signer, signed_for, signed_for_before
from dipld.extract.facts import Doc, entities_of, meeting_states, side_of
from dipld.extract.foundations import treaty_foundations
from dipld.extract.memberships import LEAD_SUBJECTS, NEGATION_CUE, SLOT_CODE, but_clause, our_states
from dipld.extract.patterns import (
    OTHER_TIME,
    PARTIES,
    SIGNED_IN_PRESENCE,
    group_of,
    in_relative_clause,
    intro_end,
)
from dipld.extract.relations import (
    NO_RELATION,
    aside_views,
    is_org,
    parties_of,
    plainly_asserted,
    second_clause,
    states_in,
)
from dipld.extract.spans import Analysis, hedged
from dipld.model import Entity, EntityKind, FactClass, Precision, TimeValue, Value
from dipld.temporal import DateMention

_TREATY_WORDS = (
    r"(?:[Tt]reat(?:y|ies)|[Aa]greements?|[Aa]ccords?|[Pp]rotocols?|[Mm]emorand(?:ums?|a)"
    r"(?:\s+of\s+[Uu]nderstanding)?|MOUs?|MoUs?|[Cc]onventions?|[Pp]acts?)"
)
SIGNATORIES = group_of("SDGOP")
_SIGNED = re.compile(
    # officials sign for their states: "Minister Wong and Minister Marsudi signed an MoU"
    # an organisation's members sign as it: "The 30 NATO Allies signed the Accession Protocols"
    rf"(?P<a>{SIGNATORIES}(?P<members>\s+(?:[Aa]llies|members|member\s+(?:states|countries)))?"
    # "Malaysia and Indonesia's defence ministers signed a memorandum": their states (session 25)
    r"(?:['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:ministers|leaders|presidents|premiers|delegations|"
    r"secretaries|representatives|envoys|heads\s+of\s+(?:state|government)))?|"
    r"[Tt]hey|[Bb]oth(?:\s+sides)?|[Tt]he\s+(?:two\s+)?(?:sides|parties))\s+"
    # ("the National Liberation Army (ELN) guerrilla group signed": what the last signer is)
    r"(?:\([A-Z]{2,8}\)\s+)?(?:(?:guerrilla|rebel|armed|militant)\s+(?:group|movement)\s+)?"
    # ("Morocco and Israel on Wednesday in Rabat signed ...": a place too, session 43)
    rf"(?:(?:today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"in\s+§C\d+§)\s+){0,2}"
    rf"(?P<perf>have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:also\s+)?(?P<verb>signed|concluded|ratified|exchanged|finali[sz]ed)"
    # (not "concluded negotiations on a trade agreement": not yet signed)
    r"\s+(?!(?:the\s+|their\s+)?(?:negotiations|talks|consultations)\b)"
    # "signed the Black Sea Grain Initiative": an initiative signed is a document; "exchanged
    # notes on ODA loans": an exchange of notes is an agreement concluded; "signed documents on
    # the procedure for ...": the papers two states' officials sign
    r"(?P<what>(?:(?<=exchanged\s)(?:the\s+)?notes\b|"
    r"(?:a\s+(?:package|set|number)\s+of\s+|several\s+|\w+\s+)?documents\b|"
    rf"[^.;]*?\b(?:{_TREATY_WORDS}|Initiative)\b|"
    # "signed the Liptako-Gourma Charter establishing the Alliance of Sahel States": a founding
    # charter is a treaty (not "the Charter on Strategic Partnership": a declaration; session 41)
    r"[^.;]*?\b[Cc]harter(?=\s+(?:establishing|creating|founding|setting\s+up)\s)|"
    # "signed a strategic partnership for cooperation in defence": the partnership's document
    # (session 20)
    r"(?<=signed\s)(?:an?\s+|the\s+)(?:[\w-]+\s+){0,2}?[Pp]artnership\b(?!\s+(?:with|between)\b))"
    r"[^.;]*)",
)
# a declaration or statement as what is signed, and a treaty signed with it ("a joint
# declaration and an agreement on visas") or after it
_DECLARED = re.compile(
    rf"(?:an?\s+|the\s+|their\s+)?(?:(?!(?:and|{_TREATY_WORDS})\b)[\w-]+\s+){{0,3}}?"
    r"(?:[Dd]eclarations?|[Ss]tatements?|[Cc]ommuniqu[eé]s?)\b"
)
_AND_TREATY = re.compile(
    # (or signed in a clause of its own: "..., and their ministers signed 18 agreements")
    rf"\b(?:signed|concluded)\b|\b(?:and|as\s+well\s+as)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"{_TREATY_WORDS}\b"
)
_NOTES = re.compile(r"(?:the\s+)?notes\b")
# "signed separate agreements with Turkey and the UN", "separate but identical deals": each
# signer's own, no one treaty of them all (not "a separate agreement with Japan on fisheries")
_SEPARATE_ONES = re.compile(
    r"\bseparate\s+(?:but\b|(?:[\w-]+\s+){0,2}?(?:agreements|accords|deals|treaties|pacts|"
    r"protocols|memorand(?:a|ums)|documents|texts)\b)"
)
# what was signed is nothing: "signed no new agreements", "signed none of the accords"
_NOTHING_SIGNED = re.compile(r"(?:no|none|neither|nothing)\b")
# what exchanging signs: "exchanged the instruments of ratification", "exchanged notes",
# "exchanged memoranda of understanding", "exchanged the signed agreements"
_EXCHANGED_PAPERS = re.compile(
    r"(?:the\s+|their\s+)?(?:(?!(?:under|of|on|over|for|about|with|in|at|after)\b)[\w-]+\s+){0,3}?"
    r"(?:instruments?|documents|notes|letters|"
    rf"{_TREATY_WORDS})\b"
)
_AGREEMENT_BETWEEN = re.compile(
    # "the 1960 Treaty of Mutual Cooperation and Security between Japan and the United States"
    # "the Treaty of Friendship, Cooperation and Peace between India and Bangladesh"
    # "the Treaty on the Establishment of the Supreme Interstate Council between ...": a body
    # the KB lacks, in the name
    # ("the Brussels Agreement of 2013 between Belgrade and Pristina": its year, session 30)
    rf"\b(?P<what>{_TREATY_WORDS})(?:\s+(?:on|of|for)\s+(?:[A-Za-z0-9\s-]|§O\d+§|,(?=\s+[A-Z])){{3,80}}?)?"
    # ("a Defence Cooperation Agreement (DCA) between Sweden and ...": its short name told)
    r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?"
    r"\s+between\s+(?:the\s+)?"
    rf"(?P<a>{PARTIES})"
    # (not "agreements between Indian and Bangladeshi companies": contracts; session 27)
    r"(?!\s+(?:state-owned\s+|private\s+|energy\s+|oil\s+|gas\s+|defen[cs]e\s+)?(?:compan(?:y|ies)|"
    r"firms?|business(?:es)?|corporations?|enterprises|banks|universities|institutions|"
    r"entities|operators|manufacturers|producers|exporters|importers|clubs)\b)",
)
_INSTRUMENT = re.compile(
    # "an Enhanced Partnership and Cooperation Agreement"
    rf"\b(?:the\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+(?:and\s+(?=[A-Z]))?)*"
    rf"(?:{_TREATY_WORDS.replace('(?:', '(?:', 1)})"
    # "the Treaty of Peace and Friendship" goes on after "and" with a capital
    # "the Treaty of Good-Neighbourliness, Friendship and Cooperation": a list inside the name
    # (not "... Agreement on October 24, 2024")
    # (not "... treaty on behalf of their countries": who signed it)
    r"(?:\s+(?:on(?!\s+(?:\d|[A-Z][a-z]+\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"behalf\s+of\b))|"
    r"of|for|between|concerning|regarding)\s+"
    rf"(?:[^,.;]|,\s+(?=(?:[A-Z][\w-]*\s+)*"
    r"[A-Z][\w-]*,?\s+and\s+[A-Z]))+?)?)"
    # (not "... on 18 July 1977")
    r"(?=[.;]|,(?!\s+(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*,?\s+and\s+[A-Z])|"
    r"\s+(?:was|were|between|with|and(?!\s+[A-Z])|that|in|since|today|yesterday|signed|concluded|"
    r"on(?=\s+(?:\d|[A-Z][a-z]+\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"behalf\s+of\b)))\b|$)",
)


_TREATY_HINTS = frozenset(
    "treaty treaties agreement agreements accord accords protocol protocols memorandum memoranda "
    "memorandums "
    "mou mous convention conventions pact pacts initiative identical documents compact "
    "compacts".split()
)


_SIGNED_WORDS = frozenset({"signed", "concluded", "ratified"})  # (of _SIGNED_BY)


def _hinted(words: frozenset[str]) -> bool:
    """Whether a sentence has a word every treaty pattern needs ("exchanged notes" has none of
    the treaty words)."""
    return (
        not _TREATY_HINTS.isdisjoint(words)
        or ("notes" in words and "exchanged" in words)
        or ("deal" in words and not _SIGNED_WORDS.isdisjoint(words))
        or ("partnership" in words and "signed" in words)  # (session 20)
        # (a founding charter signed: session 41)
        or ("signed" in words and ("charter" in words or "Charter" in words))
    )


# "Serbia's free trade agreement with the Eurasian Economic Union, signed in Moscow in October
# 2019, ...": a state's treaty with another party, dated by the signing told right after it
_POSSESSIVE_SIGNED = re.compile(
    # ("The Philippines' visiting forces agreement with the United States, signed in 1998,":
    # the apostrophe alone after a plural name; session 29)
    r"(?P<a>§[SD]\d+§)['’]s?\s+(?:[\w-]+\s+){0,4}?"
    rf"{_TREATY_WORDS}\s+with\s+(?:the\s+)?(?P<b>§[SDO]\d+§)(?:,\s+(?:which\s+was\s+)?|\s+(?:was|were)\s+)"
    r"signed\b(?:\s+(?:in|at)\s+(?P<c>§C\d+§))?"
)
# "the protocol Albania signed with Italy in November 2023": a state's treaty with another party,
# dated by the signing told right after the other party
_SIGNED_WITH = re.compile(
    rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,4}}?{_TREATY_WORDS}\s+(?:(?:that|which)\s+)?(?P<a>§[SD]\d+§)\s+"
    r"(?:had\s+|has\s+)?(?:signed|concluded)\s+with\s+(?:the\s+)?(?P<b>§[SDO]\d+§)"
    r"(?:\s+in\s+(?P<c>§C\d+§))?"
)
# what lies between the signing (or its place) and its date: "signed in October 2019"
_TO_SIGNING_DATE = re.compile(
    r"(?:,\s+(?:which\s+was\s+)?signed|\s+(?:was|were)\s+signed)?\s+(?:in|on)\s+$"
)


# "Uzbekistan and Tajikistan's treaty on allied relations was signed in Dushanbe in 2022": a
# pair's treaty told signed, dated by the signing (session 25; not the last two of a longer list)
_PAIR_SIGNED = re.compile(
    r"(?P<a>§[SD]\d+§)\s+and\s+(?:the\s+)?(?P<b>§[SD]\d+§)['’]s?\s+"
    r"(?:(?!(?:new|draft|proposed|planned|future|possible|potential)\b)[\w-]+\s+){0,4}?"
    rf"{_TREATY_WORDS}(?:\s+(?:on|of|for)\s+[^§,;]{{1,60}}?)?"
    r"(?:,\s+(?:which\s+was\s+)?|\s+(?:was|were)\s+)signed\b(?:\s+(?:in|at)\s+(?P<c>§C\d+§))?"
)


# from the second party of _PAIR_SIGNED to its signing's date
_PAIR_TO_SIGNING_DATE = re.compile(
    r"['’]s?\s+[^,;.]*?(?:,\s+(?:which\s+was\s+)?|\s+(?:was|were)\s+)signed\s+(?:in|on)\s+"
)


def _possessive_signed(analysis: Analysis, doc: Doc) -> None:
    """Treaty relations of a state's treaty with another party ("Serbia's agreement with X,
    signed in ...", "the protocol Albania signed with Italy in ..."), signed on the date after it
    (not "Serbia's planned agreement with ..., to be signed in ...": the signing is told done)."""
    masked = analysis.masked
    matches = [*_POSSESSIVE_SIGNED.finditer(masked), *_SIGNED_WITH.finditer(masked)]
    for pair in _PAIR_SIGNED.finditer(masked) if " and " in masked else ():
        if not masked[: pair.start()].rstrip().endswith(","):
            matches.append(pair)
    for m in matches:
        parties = _parties(analysis, doc, m.group("a") + " and " + m.group("b"), "")
        # (the masked sentence leaves its dates out: they are found by their offsets)
        anchor = analysis.mention(m.group("c") or m.group("b")).end
        text, begin = analysis.sentence.text, analysis.sentence.begin
        to_date = _TO_SIGNING_DATE
        if m.re is _PAIR_SIGNED and not m.group("c"):
            to_date = _PAIR_TO_SIGNING_DATE
        dated = [
            d.value
            for d in analysis.dates
            if not d.end_value
            and d.begin > anchor
            and to_date.fullmatch(text, anchor - begin, d.begin - begin)
        ]
        if len(parties) == 2 and dated and not hedged(masked[: m.start()]):
            doc.add(FactClass.TREATY_RELATION, {"party": parties, "date": dated}, analysis, 0.8)


# "China's free trade agreement with Ecuador took effect on May 1", "Serbia's agreement with the
# EAEU, which entered into force in 2021, ...": a state's treaty with another party told in force
# or ratified (no date: the signing's is not told; session 24)
_POSSESSIVE_IN_FORCE = re.compile(
    # "Israel and the UAE's free trade agreement took effect in April 2023": a pair's, without a
    # third party after it
    r"(?P<a>§[SD]\d+§)(?:\s+and\s+(?:the\s+)?(?P<a2>§[SD]\d+§))?['’]s?\s+"
    r"(?:(?!(?:new|draft|proposed|planned|future|possible|potential)\b)[\w-]+\s+){0,4}?"
    rf"{_TREATY_WORDS}(?:\s+with\s+(?:the\s+)?(?P<b>§[SDO]\d+§))?(?:(?:,\s+which)?\s+"
    r"(?:(?:has|had)\s+)?(?:took\s+effect|taken\s+effect|entered\s+into\s+force|"
    # "Egypt and Israel's 1979 peace treaty remains in force" (session 25)
    r"came\s+into\s+force|(?:has\s+been|had\s+been|is|was|remains|remained)\s+in\s+force)|"
    # "Russia's treaty with North Korea, ratified by the Duma in November, ..."
    r",\s+(?:which\s+(?:was|were|has\s+been|had\s+been)\s+)?ratified)\b"
)


def _possessive_in_force(analysis: Analysis, doc: Doc) -> None:
    """Treaty relations of a state's treaty with another party, or of a pair's treaty, told in
    force (not in a negated or hedged sentence: "China's agreement with Ecuador has not taken
    effect"; not a pair's with a third, nor the last two of a longer list)."""
    masked = analysis.masked
    for m in _POSSESSIVE_IN_FORCE.finditer(masked):
        if bool(m.group("a2")) == bool(m.group("b")) or masked[: m.start()].rstrip().endswith(","):
            continue
        other = m.group("a2") or m.group("b")
        parties = _parties(analysis, doc, m.group("a") + " and " + other, "")
        if len(parties) == 2 and parties[0].key != parties[1].key and not hedged(masked):
            doc.add(FactClass.TREATY_RELATION, {"party": parties}, analysis, 0.75)


# "Chile and South Korea are upgrading their free trade agreement, which entered into force in
# 2004", "... their accord, which was signed in 2020": the pair that opens the sentence has the
# treaty its relative clause tells in force or signed (session 24; the main verb may hedge: the
# clause presupposes the treaty; not "their first agreement, which would enter into force")
_THEIR_TREATY_WHICH = re.compile(
    r"(?:[Tt]he\s+)?(?P<a>§[SD]\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§[SD]\d+§)+)\s+"
    r"(?:(?!(?:and|or|with|not|never)\b)[a-z]+\s+){1,4}?their\s+"
    r"(?:(?!(?:new|draft|proposed|planned|future|possible|potential|first)\b)[\w-]+\s+){0,4}?"
    rf"{_TREATY_WORDS},?\s+(?:which|that)\s+(?:(?P<signed>was\s+signed|were\s+signed)|"
    r"entered\s+into\s+force|came\s+into\s+force|took\s+effect|"
    r"(?:has|have)\s+been\s+in\s+force)\b"
)


def _their_treaty_which(analysis: Analysis, doc: Doc) -> None:
    """Treaty relations of the opening pair's treaty told signed or in force in a relative
    clause after it (:data:`_THEIR_TREATY_WHICH`), dated by a signing told there."""
    masked = analysis.masked
    m = _THEIR_TREATY_WHICH.match(masked, intro_end(masked))
    if m is None:
        return
    parties = _parties(analysis, doc, m.group("a"), "")
    if len(parties) < 2:
        return
    args: dict[str, Sequence[Value]] = {"party": parties}
    if m.group("signed") and (day := _signed_on(analysis)):
        args["date"] = day
    doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


# "Britain signed a defence agreement with Japan in January 2023 and another with Italy a year
# later": the subject's second treaty, of the same kind, dated from the first (session 29)
_ANOTHER_WITH = re.compile(
    r"(?P<a>§[SD]\d+§)\s+(?:has\s+|had\s+|also\s+)?signed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?"
    rf"{_TREATY_WORDS}\s+with\s+(?:the\s+)?(?P<b>§[SDO]\d+§)[^;§]{{0,40}}?,?\s+and\s+"
    r"(?:another|a\s+second)\s+(?:one\s+)?with\s+(?:the\s+)?(?P<c>§[SDO]\d+§)"
    r"(?:\s+(?P<n>a|one|two|three|four|five)\s+years?\s+later\b|"
    r"\s+(?P<same>later\s+(?:that|the\s+same)\s+year)\b)?"
)
_YEARS_LATER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# from the second party to its own date: " states in ", " on "
_OWN_DATE = re.compile(r"(?:\s+(?:states|members|countries))?\s+(?:in|on)\s+|,?\s+")


def _another_with(analysis: Analysis, doc: Doc) -> None:
    """The second treaty of "signed an agreement with B ... and another with C" (the first is
    read by :func:`_treaties`), dated "a year later" than the first when it says so."""
    masked = analysis.masked
    m = _ANOTHER_WITH.search(masked)
    if m is None or hedged(masked[: m.start()]):
        return
    parties = _parties(analysis, doc, m.group("a") + " and " + m.group("c"), "")
    if len(parties) != 2 or parties[0].key == parties[1].key:
        return
    args: dict[str, Sequence[Value]] = {"party": parties}
    b_end = analysis.mention(m.group("b")).end
    c_begin = analysis.mention(m.group("c")).begin
    first = [d.value for d in analysis.dates if b_end <= d.begin < c_begin and not d.end_value]
    year = first[0].year + _YEARS_LATER[m.group("n")] if m.group("n") and len(first) == 1 else None
    if m.group("same") and len(first) == 1:
        year = first[0].year  # ("and another with Australia later that year")
    text, base = analysis.sentence.text, analysis.sentence.begin
    c_end = analysis.mention(m.group("c")).end
    own = [
        d.value
        for d in analysis.dates
        if not d.end_value
        and d.begin >= c_end
        and _OWN_DATE.fullmatch(text, c_end - base, d.begin - base)
    ]
    if own and not m.group("n") and not m.group("same"):
        # "... and another with the EFTA states in January": the second's own date
        if doc.date is None or own[0].year <= doc.date.year:
            args["date"] = own[:1]
        year = None
    if year is not None and (doc.date is None or year <= doc.date.year):
        month = (
            first[0].month
            if first[0].precision is not Precision.YEAR and not m.group("same")
            else None
        )
        args["date"] = [
            TimeValue(year) if month is None else TimeValue(year, month, precision=Precision.MONTH)
        ]
    doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


# "the access agreement would be only the second such pact for Manila after its visiting forces
# agreement with Washington": the one the new pact is counted after is in force, whatever the
# sentence's hedge says of the new one (session 29)
_SUCH_PACT_AFTER = re.compile(
    r"\bsuch\s+(?:[\w-]+\s+){0,2}?(?:pact|agreement|accord|treaty|deal)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?P<a>§[SD]\d+§)\s+(?:after|besides|beyond|alongside)\s+its\s+"
    r"(?:(?!(?:new|draft|proposed|planned|future|possible|potential)\b)[\w-]+\s+){0,4}?"
    rf"{_TREATY_WORDS}\s+with\s+(?:the\s+)?(?P<b>§[SDO]\d+§)"
)


def _such_pact_after(analysis: Analysis, doc: Doc) -> None:
    """Treaty relations of the treaty a new pact is counted after (:data:`_SUCH_PACT_AFTER`)."""
    m = _SUCH_PACT_AFTER.search(analysis.masked)
    if m is None or analysis.negated:
        return
    parties = _parties(analysis, doc, m.group("a") + " and " + m.group("b"), "")
    if len(parties) == 2 and parties[0].key != parties[1].key:
        doc.add(FactClass.TREATY_RELATION, {"party": parties}, analysis, 0.7)


# "the Status of Forces Agreement, to which both Sweden and the United States are parties": the
# parties a relative clause names (session 29)
_PARTIES_TO_WHICH = re.compile(
    rf"{_TREATY_WORDS},?\s+to\s+which\s+(?:both\s+)?(?P<g>(?:the\s+)?§[SDO]\d+§(?:,\s+(?:the\s+)?"
    r"§[SDO]\d+§)*,?\s+and\s+(?:the\s+)?§[SDO]\d+§)\s+(?:are|were|have\s+been)\s+(?:both\s+|all\s+)?"
    r"(?:parties|signatories|state\s+parties)\b"
)


def _parties_to_which(analysis: Analysis, doc: Doc) -> None:
    """Treaty relations of the parties a treaty's relative clause names."""
    masked = analysis.masked
    m = _PARTIES_TO_WHICH.search(masked)
    if m is None or hedged(masked[: m.end()]):
        return
    parties = list({e.key: e for e in entities_of(analysis, m.group("g"))}.values())
    kinds = (EntityKind.STATE, EntityKind.ORGANIZATION)
    if len(parties) < 2 or any(e.kind not in kinds for e in parties):
        return
    doc.add(FactClass.TREATY_RELATION, {"party": parties}, analysis, 0.75)


# a state's treaty with another party named by its year: "Egypt's 1979 peace treaty with Israel",
# "Japan's 1951 security treaty with the United States" (one in force or referenced, session 23;
# not "Britain's planned agreement with India": no year names a treaty to come)
_POSSESSIVE_YEAR_TREATY = re.compile(
    # "The Philippines invoked its 1951 Mutual Defense Treaty with the United States": the
    # subject's by "its" (session 24)
    # ("Egypt, whose 1979 peace treaty with Israel ...": session 29)
    r"(?P<a>§[SD]\d+§)(?:['’]s?\s+|,\s+whose\s+|(?P<its>\s+(?:(?!and\b)[a-z]+\s+){1,3}?its\s+))"
    r"(?P<y>(?:1[6-9]|20)\d\d)\s+"
    r"(?:(?!(?:new|draft|proposed|planned|future|possible|potential)\b)[A-Za-z][\w-]*\s+){0,3}"
    rf"{_TREATY_WORDS}\s+with\s+(?:the\s+)?(?P<b>§[SDO]\d+§)"
)


def _possessive_year_treaty(analysis: Analysis, doc: Doc) -> None:
    """Treaty relations of a state's treaty with another party, named by its year (the date)."""
    masked = analysis.masked
    for m in _POSSESSIVE_YEAR_TREATY.finditer(masked):
        parties = _parties(analysis, doc, m.group("a") + " and " + m.group("b"), "")
        if len(parties) != 2 or parties[0].key == parties[1].key or hedged(masked[: m.start()]):
            continue
        if m.group("its") and (hedged(m.group(0)) or "§" in masked[: m.start()]):
            continue  # ("Manila could invoke its 1951 treaty with ...": only the sentence's first)
        if doc.date is not None and int(m.group("y")) > doc.date.year:
            continue
        args: dict[str, Sequence[Value]] = {"party": parties}
        year = [
            d.value
            for d in analysis.dates
            if d.text == m.group("y") and d.value.precision is Precision.YEAR and not d.end_value
        ]
        if year:
            args["date"] = year[:1]
        doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


# "Algeria suspended the 2002 friendship treaty with Spain", "Niger's military rulers revoked
# two military cooperation agreements with the European Union", "ended a military agreement
# that allowed French troops to ...", "announced the termination of the 2019 agreement on the
# status of Danish forces": a treaty in force until its party ended or suspended it is one they
# were parties to (ANNOTATION.md §4: referenced), dated by the year it is named by (session 28)
_ENDED_TREATY = re.compile(
    r"(?P<a>§[SDO]\d+§)(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:government|junta|rulers|authorities|"
    r"leaders|parliament|cabinet|regime|leadership))?(?:\s+[Mm]ember\s+[Ss]tates)?\s+"
    r"(?:(?:has|have|had|also|already|formally|officially|unilaterally|\w+ly)\s+){0,2}"
    r"(?:suspended|ended|terminated|revoked|scrapped|annulled|cancell?ed|denounced|tore\s+up|"
    r"abrogated|(?:announced|ordered|decreed|approved|declared)\s+the\s+(?:termination|revocation|"
    r"cancell?ation|denunciation|abrogation|suspension)\s+of)\s+"
    r"(?:its\s+|their\s+|the\s+|an?\s+|two\s+|three\s+|several\s+)?(?:(?P<y>(?:19|20)\d\d)\s+)?"
    r"(?:(?!(?:new|draft|proposed|planned|future|possible|potential)\b)[\w-]+\s+){0,4}?"
    r"(?:[Aa]greements?|[Aa]ccords?|[Tt]reat(?:y|ies)|[Pp]acts?|[Mm]emorand(?:um|a))"
    r"(?:\s+with\s+(?:the\s+)?(?P<b>§[SDO]\d+§)|\s+(?:that|which)\s+(?:had\s+)?(?:allowed|"
    r"permitted|let|governed)\s+(?P<b2>§[SD]\d+§)|\s+on\s+the\s+status\s+of\s+(?:the\s+)?"
    r"(?P<b3>§[SD]\d+§))"
)
# "Burkina Faso's government announced the decision to terminate the 2018 agreement on the
# status of French armed forces": the decision to end it (its maker the party named before it)
_ENDED_DECISION = re.compile(
    r"(?P<a>§[SDO]\d+§)(?:['’]s?\s+)?[^§;]{0,60}?\bdecision\s+to\s+(?:terminate|end|suspend|revoke|"
    r"denounce|scrap|annul|cancel|abrogate)\s+"
    r"(?:its\s+|their\s+|the\s+|an?\s+|two\s+|three\s+|several\s+)?(?:(?P<y>(?:19|20)\d\d)\s+)?"
    r"(?:(?!(?:new|draft|proposed|planned|future|possible|potential)\b)[\w-]+\s+){0,4}?"
    r"(?:[Aa]greements?|[Aa]ccords?|[Tt]reat(?:y|ies)|[Pp]acts?|[Mm]emorand(?:um|a))"
    r"(?:\s+with\s+(?:the\s+)?(?P<b>§[SDO]\d+§)|\s+(?:that|which)\s+(?:had\s+)?(?:allowed|"
    r"permitted|let|governed)\s+(?P<b2>§[SD]\d+§)|\s+on\s+the\s+status\s+of\s+(?:the\s+)?"
    r"(?P<b3>§[SD]\d+§))"
)
_ENDED_WORDS = frozenset(
    "suspended ended terminated revoked scrapped annulled cancelled canceled denounced tore "
    "abrogated termination revocation cancellation cancelation denunciation abrogation "
    "suspension decision".split()
)


def _ended_treaty(analysis: Analysis, doc: Doc) -> None:
    """Treaty relations of a treaty its party ended or suspended (see _ENDED_TREATY)."""
    masked = analysis.masked
    found = itertools.chain(
        _ENDED_TREATY.finditer(masked),
        _ENDED_DECISION.finditer(masked) if "decision" in analysis.words else (),
    )
    for m in found:
        if hedged(masked[: m.start()]) or hedged(m.group(0)):
            continue
        other = m.group("b") or m.group("b2") or m.group("b3")
        parties = _parties(analysis, doc, m.group("a") + " and " + other, "")
        parties = list({e.key: e for e in parties}.values())
        if len(parties) != 2:
            continue
        args: dict[str, Sequence[Value]] = {"party": parties}
        if m.group("y") and (doc.date is None or int(m.group("y")) <= doc.date.year):
            year = [
                d.value
                for d in analysis.dates
                if d.text == m.group("y")
                and d.value.precision is Precision.YEAR
                and not d.end_value
            ]
            if year:
                args["date"] = year[:1]
        doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


# "By signing, Ecuador joins the United States and 25 other nations in committing to ...",
# "Rwanda signed the Accords on Tuesday, joining the United States and 40 other countries": the
# signer's treaty relation with each earlier signatory named
_JOINS_SIGNERS = re.compile(
    r"(?:\b(?:[Bb]y|[Uu]pon|[Aa]fter|[Ii]n)\s+signing\b(?P<what>[^,;]{0,80}),\s+(?:the\s+)?"
    r"(?P<a>§[SD]\d+§)\s+(?:joins|joined|has\s+joined)|"
    r"(?P<a2>§[SD]\d+§)\s+(?:has\s+|have\s+)?signed\s+(?P<what2>[^,;]{1,80}?),\s+"
    r"(?:thereby\s+|thus\s+)?joining)\s+"
    r"(?:the\s+)?(?P<b>§[SD]\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§[SD]\d+§)*)"
    r"(?=,?\s+(?:and\s+)?(?:(?:some|about|nearly|more\s+than)\s+)?(?:\d+|[a-z-]+)\s+other\s+"
    r"(?:nations|countries|states|signatories|governments)\b|\s+(?:as\s+(?:a\s+)?signator|in\s+\w+ing\b))"
)
_JOIN_WORDS = frozenset({"joins", "joined", "joining"})  # (what _JOINS_SIGNERS needs one of)
# what a signing of no treaty is: "By signing the joint statement, Peru joins ..."
_NO_TREATY = re.compile(
    r"\b(?:statement|declaration|letter|petition|appeal|communiqu)", re.IGNORECASE
)


def _joins_signers(analysis: Analysis, doc: Doc) -> None:
    """Treaty relations of a state that signs and so joins the signatories named, dated by its
    signing: in the sentence, else the day of the signing the article told last."""
    for m in _JOINS_SIGNERS.finditer(analysis.masked):
        if _NO_TREATY.search(m.group("what") or m.group("what2") or ""):
            continue
        if hedged(analysis.masked[: m.start()]):
            continue
        signer = parties_of(entities_of(analysis, m.group("a") or m.group("a2")), doc)
        earlier = parties_of(entities_of(analysis, m.group("b")), doc)
        dated = [d.value for d in analysis.dates if not d.end_value][:1] or [
            day for day in [_signing_day(doc)] if day is not None
        ]
        for other in earlier if len(signer) == 1 else ():
            if other.key == signer[0].key:
                continue
            args: dict[str, Sequence[Value]] = {"party": [signer[0], other]}
            if dated:
                args["date"] = dated
            doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


def _signing_day(doc: Doc) -> TimeValue | None:
    """The day of the signing the article told last."""
    for fact in reversed(doc.facts):
        if fact.cls is FactClass.EVENT and "057" in fact.get("cameoCode"):
            day = next(iter(fact.get("date")), None)
            return day if isinstance(day, TimeValue) else None
    return None


# a named treaty signed at a place and time that opened relations between the states listed:
# "The Camp David Accords, signed at the White House in 1978, paved the way for peaceful
# relations between Israel and Egypt"
_NAMED_OPENED_RELATIONS = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){1,4}"
    rf"{_TREATY_WORDS},\s+signed\s+(?:at|in|on)\s+[^;§]{{0,40}}?(?:§[LC]\d+§)?[^;§]{{0,30}}?,?\s+"
    r"(?:opened|paved|cleared)\s+the\s+way\s+(?:for|to)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:relations|ties)\s+between\s+(?P<p>(?:the\s+)?§S\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§S\d+§)+)"
)


def _named_opened_relations(analysis: Analysis, doc: Doc) -> None:
    """The treaty relation of the states a named treaty opened relations between, dated by its
    signing (the date before "opened the way")."""
    m = _NAMED_OPENED_RELATIONS.search(analysis.masked)
    if m is None or not plainly_asserted(analysis) or doc.date is None:
        return
    parties = list({e.key: e for e in states_in(analysis, m.group("p"), doc)}.values())
    if len(parties) < 2:
        return
    text, begin = analysis.sentence.text, analysis.sentence.begin
    signed = text.find("signed")
    opened = re.search(r"\b(?:opened|paved|cleared)\s+the\s+way", text)
    when = [
        d.value
        for d in analysis.dates
        if signed >= 0
        and opened is not None
        and signed < d.begin - begin < opened.start()
        and not d.end_value
        and not d.relative
        and d.value.year <= doc.date.year
    ][:1]
    args: dict[str, Sequence[Value]] = {"party": parties}
    if when:
        args["date"] = when
    doc.add(FactClass.TREATY_RELATION, args, analysis, 0.8)


# what makes a sentence's treaty an allegation or a rumour ("accused ... of violating the treaty"
# refers to one in force, and is left to the patterns)
_ALLEGED_WORDS = frozenset(
    "claim claims claimed alleged alleges allegedly reportedly rumoured rumored purportedly "
    "purported supposedly".split()
)


# relations told as governed by a treaty: "Relations between the EU and Georgia are governed by
# an Association Agreement", "Chile's trade with China is governed by a free trade agreement",
# "Its trade relations with Ukraine are governed by the Association Agreement" ("its": the one
# state or union the sentence before opened with; session 32). Not a treaty to come ("will be
# governed by"), nor "governed by international law" (no treaty word).
#
# Also told in reported speech, of "the two countries", in the past, or as anchored in a treaty
# (session 36b): "He said that relations between the two countries were governed by the Treaty of
# Friendship signed in 2003", "X and Y share a long border and ties anchored in the Treaty of
# Peace and Friendship of 1950" (dated by the year the treaty is told with).
_GOVERNED_BY = re.compile(
    r"(?:(?:^|(?<=[,;]\s)|(?<=\bthat\s))(?:[Rr]elations|[Tt]ies|[Tt]rade)\s+between\s+"
    r"(?:(?:the\s+)?(?P<a>§[SDO]\d+§)\s+and\s+(?:the\s+)?(?P<b>§[SDO]\d+§)|(?P<g>§G\d+§))|"
    r"(?:^|(?<=[,;]\s))(?:(?:[Tt]he\s+)?(?P<p>§[SDO]\d+§)['’]s?|(?P<its>Its))\s+"
    r"(?:(?:trade|economic|political|bilateral|contractual|commercial)\s+(?:and\s+[a-z]+\s+)?)?"
    r"(?:relations|relationship|ties|trade)\s+with\s+(?:the\s+)?(?P<q>§[SDO]\d+§))\s+"
    r"(?:is|are|was|were|have\s+been|has\s+been)\s+(?:now\s+|largely\s+|still\s+|mainly\s+)?"
    r"(?:(?:governed|regulated|underpinned)\s+by|(?:anchored|rooted|grounded)\s+in)\s+"
    r"(?:an?|the|their|its|(?:more\s+than\s+)?\d+)\s+"
    rf"(?P<what>(?:[\w-]+\s+){{0,5}}?{_TREATY_WORDS})\b|"
    r"^(?P<x>§S\d+§)\s+and\s+(?P<y>§S\d+§)\s+(?:share|have|enjoy)\s+[^.;§]{0,80}?\b"
    r"(?:relations|ties)\s+(?:anchored|rooted|grounded)\s+in\s+(?:the|a)\s+"
    rf"(?P<named>(?:[\w-]+\s+){{0,5}}?{_TREATY_WORDS})\b"
)


def _past_year(analysis: Analysis, doc: Doc, year: str) -> list[TimeValue]:
    """The year the sentence writes as ``year``, as a date (none when it is still to come)."""
    return [
        d.value
        for d in analysis.dates
        if d.text == year
        and d.value.precision is Precision.YEAR
        and (doc.date is None or d.value.year <= doc.date.year)
    ][:1]


# (the verbs _GOVERNED_BY cannot match without)
_GOVERNED_VERBS = ("governed", "regulated", "underpinned", "anchored", "rooted", "grounded")
# the year a governing treaty is told with: "... signed in 2003", "... of 1950"
_GOVERNED_YEAR = re.compile(
    r"(?:\s+(?:of|on|for)\s+[^.;§]{0,80}?)?(?:,?\s+(?:signed|concluded)\s+in|\s+of)\s+"
    r"(?P<y>(?:1[89]|20)\d\d)\b(?!\s+(?:and|to)\s)"
)
_GOVERNED_NAME = re.compile(
    r"(?:[A-Z][\w-]*\s+){1,5}(?:Agreement|Treaty|Accord|Convention|Protocol)"
)


def _governed_by(analysis: Analysis, doc: Doc) -> None:
    """Treaty relations of two parties whose relations a treaty is said to govern."""
    m = _GOVERNED_BY.search(analysis.masked)
    if m is None or not plainly_asserted(analysis):
        return
    if m.group("its"):
        lead = [e for e in doc.finder.ctx.lead if e.kind is EntityKind.STATE]
        if len(lead) != 1:
            return
        parties = lead + entities_of(analysis, m.group("q"))
    elif m.group("g"):
        parties = entities_of(analysis, m.group("g"))
    else:
        pairs = (m.group("a", "b"), m.group("p", "q"), m.group("x", "y"))
        slots = next(pair for pair in pairs if pair[0])
        parties = entities_of(analysis, slots[0]) + entities_of(analysis, slots[1])
    kinds = (EntityKind.STATE, EntityKind.ORGANIZATION)
    if len(parties) != 2 or parties[0].key == parties[1].key:
        return
    if any(e.kind not in kinds for e in parties):
        return
    args: dict[str, Sequence[Value]] = {"party": parties}
    what = m.group("what") or m.group("named")
    if (name := _GOVERNED_NAME.fullmatch(what)) is not None:
        args["instrument"] = [name.group(0)]
    if (told := _GOVERNED_YEAR.match(analysis.masked, m.end())) is not None:
        args["date"] = _past_year(analysis, doc, told.group("y"))
    doc.add(FactClass.TREATY_RELATION, {k: v for k, v in args.items() if v}, analysis, 0.75)


# a treaty told as the ground of what one state does for another: "Under an exchange of notes
# signed in 1966, the UK made the territory available to the United States" (session 36b); the
# two states of the main clause, dated by the signing year (not "Under an agreement to be signed",
# nor a clause naming a third state)
_UNDER_SIGNED = re.compile(
    r"^Under\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    rf"(?:{_TREATY_WORDS}|exchange\s+of\s+(?:diplomatic\s+)?notes)\b"
    r"(?:\s+(?:on|of|for)\s+[^,;§]{1,60}?)?,?\s+(?:signed|concluded)\s+in\s+"
    r"(?P<y>(?:1[89]|20)\d\d),\s+(?:the\s+)?(?P<a>§S\d+§)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:made|gave|granted|leased|allowed|let|provided|offered|ceded|handed|opened)\b"
    r"[^.;§]{0,80}?\b(?:to|with|for)\s+(?:the\s+)?(?P<b>§S\d+§)"
)

_NEXT_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who)\s")


def _under_signed(analysis: Analysis, doc: Doc) -> None:
    """The treaty relation of the two states whose act a dated treaty is told as the ground of
    (:data:`_UNDER_SIGNED`)."""
    m = _UNDER_SIGNED.search(analysis.masked)
    if m is None or not plainly_asserted(analysis) or analysis.hypothetical:
        return
    # (the states of the clause: "..., and Diego Garcia has since hosted ..." is another's)
    end = _NEXT_CLAUSE.search(analysis.masked, m.end())
    clause = analysis.masked[: end.start() if end else None]
    states = {e.key: e for e in states_in(analysis, clause, doc)}
    parties = states_in(analysis, m.group("a"), doc) + states_in(analysis, m.group("b"), doc)
    if len(parties) != 2 or len(states) != 2 or parties[0].key == parties[1].key:
        return
    if when := _past_year(analysis, doc, m.group("y")):
        doc.add(FactClass.TREATY_RELATION, {"party": parties, "date": when}, analysis, 0.75)


# what the sentence's subject does under a treaty it signed with another: "Turkey keeps a naval
# presence in Misrata under a security cooperation agreement signed with Libya in 2019" (session
# 36b; only "under": "Turkey criticised the agreement signed with Egypt" may be a third's)
_UNDER_SIGNED_WITH = re.compile(
    r"^(?:[Tt]he\s+)?(?P<a>§S\d+§)\s+(?:also\s+|still\s+)?[a-z]+s?\b(?:[^§.;:]|§C\d+§){0,80}?"
    r"\bunder\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,5}?"
    rf"{_TREATY_WORDS}(?:\s+(?:on|of|for)\s+[^§,;.]{{1,60}}?)?,?\s+(?:signed|concluded)\s+with\s+"
    r"(?:the\s+)?(?P<b>§S\d+§)(?:\s+in\s+(?P<y>(?:1[89]|20)\d\d)\b)?"
)


def _under_signed_with(analysis: Analysis, doc: Doc) -> None:
    """The treaty relation of a state and the one it signed the treaty it acts under with
    (:data:`_UNDER_SIGNED_WITH`), dated by the year told."""
    m = _UNDER_SIGNED_WITH.search(analysis.masked)
    if m is None or hedged(analysis.masked[: m.end()]):
        return
    parties = states_in(analysis, m.group("a"), doc) + states_in(analysis, m.group("b"), doc)
    if len(parties) != 2 or parties[0].key == parties[1].key:
        return
    args: dict[str, Sequence[Value]] = {"party": parties}
    if m.group("y") and (when := _past_year(analysis, doc, m.group("y"))):
        args["date"] = when
    doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


# the memorandum of obligations a state signs to join an organisation (the SCO's accession
# instrument): "Iran's memorandum of obligations with the SCO", "a memorandum of obligations of
# Iran to obtain the status of a member state of the SCO", "the leaders signed a memorandum of
# obligations for Belarus, ... a full member of the organization": a treaty of the state and the
# organisation, whoever signed it (session 36b)
_OBLIGATIONS = re.compile(
    r"(?:(?P<p>§S\d+§)['’]s?\s+|\b)[Mm]emorand(?:um|a)\s+of\s+obligations\b"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<q>§S\d+§))?"
)
_ORG_SLOT = re.compile(r"§O\d+§")
_CLAUSE_MARK = re.compile(r"[,;:]")


def _obligations(analysis: Analysis, doc: Doc) -> None:
    """The treaty relation of a state and the organisation it signed a memorandum of
    obligations with (:data:`_OBLIGATIONS`), dated by the sentence's one date, else (a signing
    reported as news) the article's."""
    masked = analysis.masked
    m = _OBLIGATIONS.search(masked)
    if m is None or not (m.group("p") or m.group("q")):
        return
    # (the signing's own clause: "..., who signed Iran's memorandum ..., said it would help"
    # is told as done)
    end = _CLAUSE_MARK.search(masked, m.end())
    told = masked[: end.start() if end else None]
    if hedged(told) or FUTURE_SIGN.search(told) or "signed" not in told:
        return
    state = states_in(analysis, m.group("p") or m.group("q"), doc)
    org = next(
        (
            e
            for slot in _ORG_SLOT.findall(masked, m.start())
            for e in entities_of(analysis, slot)
            if e.kind is EntityKind.ORGANIZATION
        ),
        None,
    )
    if len(state) != 1 or org is None:
        return
    dated = list(dict.fromkeys(d.value for d in analysis.dates if d.end_value is None))
    if not dated and doc.date is not None and not _PERFECT_SIGNED.search(masked):
        dated = [TimeValue.of_date(doc.date)]
    args: dict[str, Sequence[Value]] = {"party": [*state, org]}
    if len(dated) == 1:
        args["date"] = dated
    doc.add(FactClass.TREATY_RELATION, args, analysis, 0.8)


_PERFECT_SIGNED = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?(?:been\s+)?signed\b")


def treaties(analysis: Analysis, doc: Doc, *, view: bool = False) -> None:
    """Treaty relations (:func:`_treaties`), dated by the year their treaty is named by ("the
    1996 Ganges Water Treaty") when the sentence gives them no date."""
    if not analysis.words.isdisjoint(_ALLEGED_WORDS):
        # "The opposition claimed that Serbia and China had signed a secret defence agreement":
        # an allegation, no treaty (ANNOTATION.md §7; session 23)
        return
    if not view and "the way" in analysis.masked and "signed" in analysis.masked:
        before = len(doc.facts)
        _named_opened_relations(analysis, doc)
        if len(doc.facts) > before:
            return
    if not view and not _JOIN_WORDS.isdisjoint(analysis.words) and "sign" in analysis.masked:
        _joins_signers(analysis, doc)
    if not view and analysis.masked.startswith("Under "):
        _under_signed(analysis, doc)
    if not view and " under " in analysis.masked and " signed with " in analysis.masked:
        _under_signed_with(analysis, doc)
    if not view and "obligations" in analysis.words:
        _obligations(analysis, doc)
    if not _hinted(analysis.words):
        if not view and "Framework" in analysis.masked:
            _named_signed_by(analysis, doc)
        return
    if not view and any(w in analysis.masked for w in _GOVERNED_VERBS):
        _governed_by(analysis, doc)
    if not view and ("signed" in analysis.masked or "concluded" in analysis.masked):
        _possessive_signed(analysis, doc)
    if not view and plainly_asserted(analysis) and not _ENDED_WORDS.isdisjoint(analysis.words):
        _ended_treaty(analysis, doc)
    possessive = (
        "§'" in analysis.masked
        or "§’" in analysis.masked
        or " its " in analysis.masked
        or ", whose " in analysis.masked
    )
    if not view and possessive:
        _possessive_year_treaty(analysis, doc)
        if any(w in analysis.masked for w in ("force", "effect", "ratified")):
            _possessive_in_force(analysis, doc)
    if (
        not view
        and " their " in analysis.masked
        and ("hich" in analysis.masked or "that" in analysis.masked)
    ):
        _their_treaty_which(analysis, doc)
    if not view and (", both " in analysis.masked or ", all " in analysis.masked):
        before_apposed = len(doc.facts)
        _parties_apposed(analysis, doc)
        if len(doc.facts) > before_apposed:
            return
    before = len(doc.facts)
    _treaties(analysis, doc, view=view)
    if not view and "another" in analysis.words and len(doc.facts) > before:
        _another_with(analysis, doc)
    if not view and "which" in analysis.words and "parties" in analysis.words:
        _parties_to_which(analysis, doc)
    if not view and "after its " in analysis.masked:
        _such_pact_after(analysis, doc)
    if len(doc.facts) == before and not view:
        _named_signed_by(analysis, doc)
    if len(doc.facts) == before and not view and " between " in analysis.masked:
        treaty_foundations(analysis, doc)
    if len(doc.facts) == before and not view and " between " in analysis.masked:
        _signed_between(analysis, doc)
    if len(doc.facts) == before and not view and _MADE_WHEN_HINT.search(analysis.masked):
        _made_when(analysis, doc)
    if len(doc.facts) == before or view:
        return
    years = {int(y) for y in _YEAR_NAMED_TREATY.findall(analysis.masked)}
    years -= {int(y) for y in _REPLACED_YEAR.findall(analysis.masked)}
    if len(years) != 1 or doc.date is None or (year := years.pop()) > doc.date.year:
        return  # (none, several, or one to come: "the 2030 Agenda")
    for i in range(before, len(doc.facts)):
        fact = doc.facts[i]
        if fact.cls is FactClass.TREATY_RELATION and not fact.get("date"):
            doc.facts[i] = dataclasses.replace(
                fact, args=tuple(sorted([*fact.args, ("date", (TimeValue(year),))]))
            )


# "Several memoranda were signed between Vietnam and Laos": the passive signing's parties (not
# "will be signed between", "are to be signed between": none yet); "Agreements were signed on
# trade, tourism and health between Egypt and Jordan": after the topics (session 25)
_SIGNED_BETWEEN = re.compile(
    rf"\b{_TREATY_WORDS}(?:\s+(?:on|of|for)\s+[^§,;]{{1,60}}?)?\s+(?:(?:have|has|had)\s+been|were|was)\s+"
    r"(?:also\s+|jointly\s+|formally\s+|successfully\s+)?(?:signed|concluded)\s+"
    r"(?:(?:on|in\s+the\s+(?:fields?|areas?)\s+of)\s+[^§;.]{1,60}?\s+)?between\s+(?:the\s+)?"
    rf"(?P<a>{PARTIES})"
)


_NO_BEFORE = re.compile(r"\b(?:[Nn]o|[Nn]either|[Nn]one)\s+(?:[\w-]+\s+){0,3}$")


def _signed_between(analysis: Analysis, doc: Doc) -> None:
    """The treaty relation of the parties a treaty "was signed between" (told done, asserted)."""
    if not plainly_asserted(analysis) or analysis.hypothetical:
        return
    for m in _SIGNED_BETWEEN.finditer(analysis.masked):
        if hedged(analysis.masked[: m.start()]) or _NO_BEFORE.search(analysis.masked, 0, m.start()):
            continue
        parties = parties_of(entities_of(analysis, m.group("a")), doc)
        if len(parties) >= 2:
            doc.add(FactClass.TREATY_RELATION, {"party": parties}, analysis, 0.75)
            return


# a treaty told by when it was made: "a security pact signed in 2001", "the peace agreement
# signed in Jeddah in September 2018", "a 1998 agreement on trade" (not "a new 2025 agreement",
# "a draft treaty ...": none yet; nor "a similar agreement signed in 2020": whose?)
_MADE_WHEN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts)\s+(?:(?P<y>(?:1[89]|20)\d\d)\s+)?"
    r"(?P<words>(?:(?!(?:new|draft|proposed|planned|future|possible|potential|talks|"
    r"negotiations|similar|such)\b)[A-Za-z][\w'’-]*\s+){0,5}?)"
    rf"{_TREATY_WORDS}\b"
    r"(?:\s+(?:on|of|for)\s+[^.;§,]{1,60}?)?"
    r"(?(y)(?!\s+(?:between|with)\b)|,?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:signed|concluded)\s+"
    r"(?:in\s+(?:§C\d+§|[A-Z][a-z]+)\s+)?(?:in|on)\s+)"
)
# (what _MADE_WHEN cannot match without: a year, or the participle before its date)
_MADE_WHEN_HINT = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:signed|concluded)\s+(?:in|on)\s")
_UNDER_BEFORE = re.compile(r"\bunder\s+$")
# the words an agreement binding two governments is told with
_BILATERAL = re.compile(r"\b(?:bilateral|intergovernmental|inter-governmental)\b")


def _made_when(analysis: Analysis, doc: Doc) -> None:
    """The treaty relation of a treaty told by the year or date it was made ("X and Y will
    revive a 1998 agreement on trade", "X and Y cooperate under a security pact signed in
    2001"): of the two parties the sentence's subject names, else of the two states a
    "bilateral" or "intergovernmental" one binds (or the pair that met, the sentence naming no
    other); dated by that year or date, not one to come."""
    masked = analysis.masked
    if not plainly_asserted(analysis) or doc.date is None:
        return
    for m in _MADE_WHEN.finditer(masked):
        if FUTURE_SIGN.search(masked, 0, m.start()):
            continue  # ("plan to sign the ...": what follows is the one to come)
        # (a treaty made in the past is one whatever is in preparation about it: "agreed to
        # start talks on the renewal of the 1996 Ganges Water Treaty")
        if m.group("y"):
            when = [
                d.value
                for d in analysis.dates
                if d.text == m.group("y")
                and d.value.precision is Precision.YEAR
                and not d.end_value
            ][:1]
        else:
            when = [
                d.value
                for d in analysis.dates
                if not d.end_value and masked.startswith(d.text, m.end())
            ][:1]
        if not when or when[0].year > doc.date.year:
            continue
        named = {e.key: e for e in states_in(analysis, masked, doc)}
        parties = pair_subject(analysis, doc, masked)
        if parties and not set(named) <= {e.key for e in parties}:
            continue  # ("India and Japan criticised China's breach of the 2002 agreement")
        if (
            parties
            and _UNDER_BEFORE.search(masked, 0, m.start())
            and (met := {e.key for e in meeting_states(doc)})
            and met != {e.key for e in parties}
        ):
            # "Putin met Rahmon ... Russia and China cut tariffs under the 2019 agreement": what
            # two others act under may be anyone's agreement
            continue
        if not parties and _BILATERAL.search(m.group(0)):
            pair = meeting_states(doc)
            if len(named) == 2:
                parties = list(named.values())
            elif pair and set(named) <= {e.key for e in pair}:
                parties = pair
        if len(parties) == 2:
            doc.add(FactClass.TREATY_RELATION, {"party": parties, "date": when}, analysis, 0.75)
            return


# the year of a treaty another one replaces: "signed a new power agreement to replace a 1996
# treaty" is no signing in 1996 (session 25)
_REPLACED_YEAR = re.compile(
    r"\b(?:replac(?:e|es|ed|ing)|supersed(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|"
    r"amend(?:s|ed|ing)?|revis(?:e|es|ed|ing)|instead\s+of|succeed(?:s|ed|ing)?)\s+"
    r"(?:the|an?|their|its)\s+(1[89]\d\d|20\d\d)\b"
)


# "the 2010 agreement", "the 1996 Ganges Water Treaty": a treaty named by its year; "a 1950
# Treaty of Peace and Friendship", "Egypt and Israel's 1979 peace treaty" (session 25; not one
# of several: "have signed more than 50 agreements, including a 2007 agreement on ...")
_YEAR_NAMED_TREATY = re.compile(
    r"(?:\bthe|(?<!including\s)(?<!such\sas\s)\b(?:an?|their|its)|§['’]s?)\s+(1[89]\d\d|20\d\d)\s+(?:[\w§'’-]+\s+){0,6}?(?i:agreements?|treat(?:y|ies)|"
    r"protocols?|conventions?|accords?|memorand(?:ums?|a)|charters?|pacts?)\b"
)


def _treaties(analysis: Analysis, doc: Doc, *, view: bool = False) -> None:
    masked = analysis.masked
    if not _hinted(analysis.words):
        return
    if not view and " and " in masked and (second := second_clause(analysis, doc)) is not None:
        treaties(second, doc, view=True)
    if not view and " but " in masked and (but := but_clause(analysis)) is not None:
        treaties(but, doc, view=True)
    if (
        not view
        and ("signed" in masked or "concluded" in masked)
        and ("first" in masked or "originally" in masked or "initially" in masked)
    ):
        # (read before the asides are blanked: the signing is one)
        _first_signed(analysis, doc, masked)
    if "§," in masked and not view and (views := aside_views(analysis)):
        for part in views:
            _treaties(part, doc, view=True)
        return
    # (the verbs _SIGNED and _SIGNED_BY cannot match without)
    signed = "signed" in masked or "concluded" in masked or "ratified" in masked
    signed = signed or "finali" in masked
    settled = plainly_asserted(analysis) and not FUTURE_SIGN.search(masked)
    between = list(_AGREEMENT_BETWEEN.finditer(masked)) if "between" in masked else []
    if not settled and not signed and "exchanged" not in masked:
        _referenced_between(analysis, doc, between)
        return
    # (where the "between" of a treaty signed in the sentence's own words starts)
    signed_between: set[int] = set()
    for m in _SIGNED.finditer(masked) if signed or "exchanged" in masked else ():
        if any(b.start() >= m.start() for b in between):
            # "signed an agreement between X and Y": X and Y are the parties
            told = [b.start() for b in between if m.start() <= b.start() < m.end()]
            if told and not m.group("perf") and (settled or _signing_asserted(masked, m)):
                signed_between.add(told[0])
            continue
        if not settled and not _signing_asserted(masked, m):
            # (a hedge in what the agreement is about leaves the signing a fact: "signed an
            # agreement on policing that would allow ...", "... on a plan to upgrade the port")
            continue
        if (m.group("verb") == "exchanged" and not _EXCHANGED_PAPERS.match(m.group("what"))) or (
            "separate" in m.group("what") and _SEPARATE_ONES.search(m.group("what"))
        ):
            # "exchanged accusations of violating the grain agreement" (only exchanging papers
            # is a signing); "signed separate agreements with Turkey and the UN": not one (but
            # "signed a separate agreement with Japan on fisheries" is one: session 39)
            continue
        if _OBLIGATIONS.search(m.group("what")[:80]):
            continue  # (a state's memorandum of obligations: its and the body's, _obligations)
        if _NOTHING_SIGNED.match(m.group("what")):
            continue  # ("signed no new agreements during the visit": session 24)
        if _DECLARED.match(m.group("what")) and not _AND_TREATY.search(m.group("what")):
            # "signed a joint declaration of intent on cooperation under the partnership
            # agreement": a declaration signed, no treaty (ANNOTATION.md §4)
            continue
        if m.group("members") and not all(
            is_org(e, doc) for e in entities_of(analysis, m.group("a"))
        ):
            continue  # (not "U.S. allies signed ...": the allies are not the United States)
        parties = _opening_signers(analysis, doc, m) or _parties(
            analysis, doc, m.group("a"), m.group("what")
        )
        if len(parties) < 2:
            continue
        args: dict[str, Sequence[Value]] = {"party": parties}
        instrument = _instrument_name(analysis, m.group("what"))
        if instrument:
            args["instrument"] = [instrument]
        dates = [d for d in analysis.dates if not m.group("perf")]
        if dates and (replaced := set(_REPLACED_YEAR.findall(m.group("what")))):
            dates = [d for d in dates if d.text not in replaced]
        if m.group("perf") == "had ":
            # "said the United States and Mongolia had signed an open skies agreement on
            # Thursday": the day told after the verb is the signing's (session 25; not "have
            # signed more than 100 documents over the past decade": background of years)
            what = m.group("what")
            dates = [
                d
                for d in analysis.dates
                if d.text in what and not d.since and not d.end_value and not d.reported
            ]
            dates = dates if len(dates) == 1 else []  # (not "in 2019 and 2021": which?)
        if dates and ", wh" in analysis.sentence.text and m.group("verb") != "exchanged":
            # "Fiji, which hosted the Forum last year, signed an agreement with Australia on
            # Wednesday": a relative clause's dates are not the signing's, unless the signing
            # is what the clause tells (a view of the sentence holds the dates of its clause);
            # an exchange of ratifications is dated by its treaty's signing, below
            text, begin = analysis.sentence.text, analysis.sentence.begin
            if view:
                dates = [d for d in dates if d.text in masked]
            elif not in_relative_clause(masked, m.start()):
                dates = [d for d in dates if not in_relative_clause(text, d.begin - begin)]
        if len(dates) > 1 and _CLAUSE_BOUNDARY.search(masked, 0, m.start()):
            # "have had diplomatic relations since 1960, and they signed a gas agreement in
            # 2018": a signing in a later clause takes the dates told in it (session 25)
            dates = [d for d in dates if d.text in m.group("what")] or dates
        ratified = m.group("verb") == "ratified"
        if ratified or (m.group("verb") == "exchanged" and not _NOTES.match(m.group("what"))):
            # exchanging ratifications, or ratifying, dates no signature: only one written after
            # the treaty ("..., signed in Bishkek on 3 October 2024", "..., which was signed in
            # 2021"); an exchange of notes is the conclusion itself ("Georgia ratified the free
            # trade agreement with China on Thursday": Thursday is no signing's, session 25)
            dates = [d for d in dates if _signature_date(analysis, d)]
        noun = _TREATY_WORD.search(m.group("what")) if len(dates) > 1 else None
        if noun and (year_named := _YEAR_NAMED.search(masked, 0, m.start("what") + noun.start())):
            # "signed the 1960 Treaty of ... in January 1960": the day of the signing written
            dates = [d for d in dates if d.text != year_named.group("y")] or dates
        if dates:
            args["date"] = [dates[0].value]
        elif (
            not m.group("perf")
            and not ratified
            and (when := _signed_at_meeting(analysis, doc, parties))
        ):
            args["date"] = [when]
        if not dates and not m.group("perf") and _ALSO_SIGNED.search(m.group(0), 0, 80):
            # "The leaders also signed an agreement on the demarcation of the border": another
            # document of the signing reported before (its day), by what it is about
            _also_signed(analysis, doc, m.group("what"), parties, args)
        doc.add(FactClass.TREATY_RELATION, args, analysis, 0.85)
        if (also := _AND_ANOTHER.search(m.group("what"))) and (
            year := [d.value for d in analysis.dates if d.text == also.group("when")][:1]
        ):
            # "signed a security agreement in 2001 and a general agreement on trade in 1998"
            doc.add(FactClass.TREATY_RELATION, {"party": parties, "date": year}, analysis, 0.8)
    if signed and settled and "identical" in masked:
        _signed_the_same(analysis, doc)
    if not settled:
        if signed:
            # "would be covered by the Mutual Defense Treaty signed by the Philippines and the
            # United States in 1951": a past signing told in its own clause (session 22)
            _signed_after_noun(analysis, doc, masked, settled=False)
        _referenced_between(analysis, doc, between)
        return
    # (the rare named treaty looked for first: the test for an unsettled one costs more)
    named = list(_NAMED_TREATY.finditer(masked))
    if ("-" in masked or "–" in masked) and not (
        # (as for "an agreement between": "discussed the agreement on Kazakh-Uzbek trade")
        (_IN_PREPARATION.search(masked) and not _CONCLUDED.search(masked))
        or _PREPARING.search(masked)
    ):  # (the mark _ON_PAIR cannot match without)
        named += _ON_PAIR.finditer(masked)
    if named and not _UNSETTLED.search(masked):
        for m in named:
            parties = parties_of(entities_of(analysis, m.group("p")), doc)
            if len(parties) >= 2:
                args = {"party": parties}
                dated = [d.value for d in analysis.dates if d.end_value is None]
                if len(dated) == 1 and (
                    _SIGNED_AFTER.match(masked, m.end()) or _SIGNING_OF.search(masked, 0, m.start())
                ):
                    # "the Treaty on the Kazakh-Kyrgyz State Border, signed in 2001", "the
                    # signing today of the U.S.-Japan Framework Agreement"
                    args["date"] = dated
                elif started := _in_force_since(analysis, masked, m.end()):
                    # "under the United States–Panama Trade Promotion Agreement, in force since
                    # 2012"
                    args["startDate"] = started
                doc.add(FactClass.TREATY_RELATION, args, analysis, 0.8)
    extended = "extend" in masked or "prolong" in masked or "renew" in masked
    for m in _EXTENDED.finditer(masked) if extended else ():
        parties = _parties(analysis, doc, m.group("a"), "")
        if "bilateral" in m.group(0) and len(parties) != 2:
            continue  # a bilateral agreement of which two of the parties named?
        if len(parties) >= 2:
            # "extended the 2010 agreement": its year
            year = _year_of_name(analysis, doc, masked, m.end() - len(m.group("noun")))
            extension: dict[str, Sequence[Value]] = {"party": parties}
            if year:
                extension["date"] = year
            doc.add(FactClass.TREATY_RELATION, extension, analysis, 0.75)
    for m in _SIGNED_BY.finditer(masked) if signed else ():
        parties = _parties(analysis, doc, m.group("a"), "")
        if len(parties) < 2:
            # "was signed by X on behalf of Bhutan and by Y on behalf of China"
            parties = signed_for(analysis, masked, m.end())[0]
        if len(parties) < 2 and m.group("pre"):
            parties = signed_for_before(analysis, masked, m.start("pre"))[0]
        if len(parties) < 2 and not m.group("pre") and (more := next_signer(masked, m.end())):
            # "was signed by Thai Foreign Minister X and by Lao Deputy Prime Minister Y"
            both = _parties(analysis, doc, m.group("a"), "") + _parties(analysis, doc, more, "")
            parties = list({e.key: e for e in both}.values())
        if len(parties) >= 2:
            args = {"party": parties}
            dated = [d.value for d in analysis.dates if d.end_value is None]
            if dated and not re.search(r"\b(?:has|have|had)\s+been\b", m.group(0)):
                args["date"] = dated[:1]
            elif (
                not dated
                and (opening := _THE_DOCUMENT.match(masked)) is not None
                and opening.end() > m.start()
            ):
                # "Iran and Saudi Arabia signed an agreement in Beijing on Friday. The deal was
                # signed by ...": that signing, on its day
                args.update(_signing_told(doc, parties))
            doc.add(FactClass.TREATY_RELATION, args, analysis, 0.8)
    if signed:
        _signed_after_noun(analysis, doc, masked, settled=True)
    for m in _COMMITMENT_UNDER.finditer(masked) if "under" in masked else ():
        parties = states_in(analysis, m.group("a") + m.group("b"), doc)
        if len(parties) == 2:
            under: dict[str, Sequence[Value]] = {"party": parties, "instrument": [m.group("what")]}
            # "under the 1951 Mutual Defense Treaty": its year
            if year := _year_of_name(analysis, doc, masked, m.start("what")):
                under["date"] = year
            doc.add(FactClass.TREATY_RELATION, under, analysis, 0.8)
    for m in _GRANTED_UNDER.finditer(masked) if "under" in masked else ():
        parties = parties_of(entities_of(analysis, m.group("a") + m.group("b")), doc)
        if len(parties) == 2 and parties[0].key != parties[1].key:
            granted: dict[str, Sequence[Value]] = {"party": parties}
            granted["instrument"] = [m.group("what")]
            doc.add(FactClass.TREATY_RELATION, granted, analysis, 0.75)
    for m in (
        _AGREEMENT_ALLOWS_IN.finditer(masked)
        if "lateral" in masked or "vernmental" in masked
        else ()
    ):
        parties = states_in(analysis, m.group("a") + m.group("b"), doc)
        if len(parties) == 2 and parties[0].key != parties[1].key:
            doc.add(FactClass.TREATY_RELATION, {"party": parties}, analysis, 0.75)
    if "under" in masked and (under_year := _UNDER_YEAR.search(masked)):
        _under_agreement(analysis, doc, under_year)
    elif "under" in masked and (intergovernmental := _UNDER_INTERGOVERNMENTAL.search(masked)):
        _in_force_between(analysis, doc, intergovernmental)
    if "our" in analysis.words and (ours := _UNDER_OUR.search(masked)):
        _under_our_agreement(analysis, doc, ours)
    parties_to = any(verb in masked for verb in _PARTIES_TO_VERBS)
    for m in _PARTIES_TO.finditer(masked) if parties_to else ():
        if m.group("g") and not _PARTY_GROUP.search(analysis.mention(m.group("g")).text):
            continue  # (not "are §G0§ of ..." for "are close friends of ...")
        if m.group("own") and (
            _PREPARING.search(m.group("what")) or _TO_BE_SIGNED.match(m.group("what"))
        ):
            continue  # ("has an agreement with France under negotiation")
        parties = _parties(analysis, doc, m.group("a"), m.group("what") if m.group("own") else "")
        if len(parties) >= 2:
            args = {"party": parties}
            instrument = _instrument_name(analysis, m.group("what"))
            if instrument:
                args["instrument"] = [instrument]
            dated = [d.value for d in analysis.dates if d.end_value is None]
            if len(dated) == 1 and re.search(
                r"\b(?:signed\s+(?:in|on)|dat(?:ing|es)\s+back\s+to)\b", m.group("what")
            ):
                # "have a treaty on good-neighbourliness signed in 1992"
                args["date"] = dated
            elif (noun := _TREATY_WORD.search(m.group("what"))) and (
                year := _year_of_name(analysis, doc, masked, m.start("what") + noun.start())
            ):
                # "are parties to the 1992 treaty on ...": its year
                args["date"] = year
            doc.add(FactClass.TREATY_RELATION, args, analysis, 0.8)
    if not between:
        return
    if "since" in masked and ("signed" in masked or "concluded" in masked or "reached" in masked):
        _treaty_since(analysis, doc, masked)
    # "agreed to accelerate work on a new treaty between ...", "discussed a new treaty between
    # ...": an agreement in preparation (ANNOTATION.md §4), unless one is signed or in force
    preparing = (
        _IN_PREPARATION.search(masked) is not None and _CONCLUDED.search(masked) is None
    ) or _PREPARING.search(masked) is not None
    for m in between:
        parties = _parties(analysis, doc, m.group("a"), "")
        year = _year_of_name(analysis, doc, masked, m.start())
        # "discussed the renewal of the 1996 Ganges Water Sharing Treaty between India and
        # Bangladesh": a treaty in force, whatever is in preparation about it
        referenced = bool(year) or _IN_FORCE_BEFORE.search(masked, 0, m.start()) is not None
        if not referenced and (
            _TO_BE_SIGNED.match(masked, m.end())
            or _GOAL_BEFORE.search(masked, max(0, m.start() - 80), m.start())
        ):
            # "The ... Agreement between A and B will be signed later", "efforts to achieve a
            # peace treaty between A and B": not (yet) one they are parties to
            continue
        if len(parties) >= 2 and (not preparing or referenced):
            args = {"party": parties}
            dated = [d.value for d in analysis.dates if d.end_value is None]
            if len(dated) == 1 and (
                _SIGNED_AFTER.search(masked, m.end()) or _SIGNED_THEN.match(masked, m.end())
            ):
                # "ratifies the Agreement between Russia and Syria ..., signed in Damascus on
                # August 26, 2015": the signature's date
                args["date"] = dated
            elif year:
                args["date"] = year
            elif in_force := _in_force_since(analysis, masked, m.end()):
                args["startDate"] = in_force
            elif (
                not dated
                and "presence" in analysis.words
                and SIGNED_IN_PRESENCE.search(masked, m.end())
                and (when := doc.meeting_date_of(parties)) is not None
            ):
                # "The Treaty ... between Azerbaijan and Kazakhstan was also signed in their
                # presence": at the talks of the leaders, that day (a treaty of its own, by name)
                args["date"] = [when]
                if instrument := _spelled_instrument(analysis, masked[m.start() :]):
                    args["instrument"] = [instrument]
            elif m.start() in signed_between and (day := _signing_date(analysis, doc, parties)):
                # "The presidents also signed a treaty on the state border between the two
                # countries": signed on the day the sentence gives, else at the talks
                args["date"] = [day]
            doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


# the pair that opens a sentence whose later clause tells "the two sides" signed: "Xi and Lula
# held talks in Beijing on Friday, after which the two sides signed 15 agreements" (session 25)
_OPENING_PEOPLE = re.compile(r"(?:[Tt]he\s+)?(?P<p>§[SP]\d+§\s+and\s+(?:the\s+)?§[SP]\d+§)\s+[a-z]")
_SIDES_CLAUSE = re.compile(
    r"(?:,\s+(?:and|after\s+which|following\s+which|at\s+which|where(?:upon)?)|;)\s+"
    r"(?:then\s+|later\s+)?$"
)


def _opening_signers(analysis: Analysis, doc: Doc, m: re.Match[str]) -> list[Entity]:
    """The parties of the pair that opens the sentence when "the two sides" (or "both sides",
    "they") signs in a later clause of it, else nothing (the article's pair is read then)."""
    low = m.group("a").lower()
    if not ("sides" in low or "parties" in low or low in {"they", "both"}):
        return []
    masked = analysis.masked
    opening = _OPENING_PEOPLE.match(masked, intro_end(masked))
    if opening is None or opening.end() > m.start():
        return []
    if not _SIDES_CLAUSE.search(masked[: m.start()]):
        return []
    parties = parties_of(entities_of(analysis, opening.group("p")), doc)
    parties = list(dict((e.key, e) for e in parties).values())
    return parties if len(parties) == 2 else []


# a clause boundary before a signing
_CLAUSE_BOUNDARY = re.compile(r",\s+(?:and|but|while|after\s+which|where)\s|;\s")


# the noun phrase a treaty's noun ends: "the draft agreement", "a possible treaty"
_NOUN_PHRASE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,5}$")


def _signed_after_noun(analysis: Analysis, doc: Doc, masked: str, *, settled: bool) -> None:
    """Treaty relations of a treaty whose signing by its parties follows its noun: "the Mutual
    Defense Treaty signed by the United States and the ROK in 1953", "the memorandum signed in
    Madrid last week by X, Y and Z", "the accord which Armenia and Azerbaijan had signed in 2020".
    In a sentence not ``settled`` (negated, hypothetical: "would be covered by the treaty signed
    by ...", "Protocols that X and Y signed in 2009 were never ratified") the signing is told done
    in its own clause, and only the treaty's own noun phrase may unsettle it ("the draft treaty
    signed by ...")."""

    def unsettled(m: re.Match[str]) -> bool:
        if settled:
            return _UNSETTLED.search(masked, 0, m.start()) is not None
        phrase = _NOUN_PHRASE_BEFORE.search(masked, 0, m.start())
        own = masked[phrase.start() if phrase else m.start() : m.end()]
        return bool(_UNSETTLED.search(own) or hedged(own) or FUTURE_SIGN.search(own))

    for m in _SIGNED_BY_REDUCED.finditer(masked):
        parties = _parties(analysis, doc, m.group("a"), "")
        if len(parties) < 2 or unsettled(m):
            continue  # ("hope to see the agreement signed by ...", "a draft agreement ...")
        args: dict[str, Sequence[Value]] = {"party": parties}
        signed_on = [
            d
            for d in analysis.dates
            if not d.end_value
            and (
                (m.group("when") and masked.startswith(d.text, m.end()))
                or (m.group("pre") and d.text in m.group("pre"))
            )
        ]
        if signed_on and doc.date is not None and signed_on[0].value.year > doc.date.year:
            continue  # (a signing to come)
        if signed_on:
            args["date"] = [signed_on[0].value]
        doc.add(FactClass.TREATY_RELATION, args, analysis, 0.8)
    for m in _SIGNED_THAT.finditer(masked):
        parties = _parties(analysis, doc, m.group("a"), m.group("with") or "")
        if len(parties) < 2 or unsettled(m):
            continue
        args = {"party": parties}
        if m.group("when") and (day := _signed_on(analysis)):
            args["date"] = day
        doc.add(FactClass.TREATY_RELATION, args, analysis, 0.8)


# "the first water-sharing agreement between the two countries since the Kosi Treaty signed in
# 1954": the earlier treaty named is the pair's too, signed that year
_SINCE_TREATY = re.compile(
    rf"\b(?:first|only|second|third|largest|biggest|major|new)\s+(?:[\w-]+\s+){{0,3}}?{_TREATY_WORDS}"
    r"\s+between\s+(?:the\s+)?(?P<a>§[SDG]\d+§(?:\s+and\s+(?:the\s+)?§[SD]\d+§)?)\s+since\s+"
    r"(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+(?:of\s+|on\s+)?){1,6}?(?:Treaty|Agreement|Accord|"
    r"Pact|Protocol|Convention))(?:\s+of\s+(?P<y0>(?:19|20)\d\d))?,?\s+(?:(?:which|that)\s+)?"
    r"(?:was\s+)?(?:first\s+)?(?:signed|concluded|reached)\s+in\s+(?:[A-Z][a-z]+\s+)?"
    r"(?P<y>(?:19|20)\d\d)\b"
)


def _treaty_since(analysis: Analysis, doc: Doc, masked: str) -> None:
    """The earlier treaty of a pair a new one is compared with ("the first ... agreement between
    the two countries since the Kosi Treaty signed in 1954"), with its signing year."""
    for m in _SINCE_TREATY.finditer(masked):
        parties = _parties(analysis, doc, m.group("a"), "")
        year = [
            d.value
            for d in analysis.dates
            if d.text == m.group("y") and d.value.precision == Precision.YEAR
        ]
        if len(parties) == 2 and parties[0].key != parties[1].key and year:
            args: dict[str, Sequence[Value]] = {"party": parties, "date": year[:1]}
            args["instrument"] = [m.group("name").strip()]
            doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


# "The Protocol extends the Agreement, first signed in 1990, for five years": the agreement the
# article named with its parties, first signed that year
_FIRST_SIGNED = re.compile(
    r"\b[Tt]he\s+(?:(?:original|bilateral|[A-Z][a-z]+)\s+)?(?:Agreement|Treaty|Accord|agreement|"
    r"treaty|accord|pact)\s*,\s+(?:which\s+was\s+)?(?:first|originally|initially)\s+"
    r"(?:signed|concluded)\s+in\s+(?:[A-Z][a-z]+\s+)?(?P<y>(?:19|20)\d\d)\s*,"
)


def _first_signed(analysis: Analysis, doc: Doc, masked: str) -> None:
    """The one pair's treaty the article told before, first signed in the year the sentence
    gives (no other state named in the sentence)."""
    m = _FIRST_SIGNED.search(masked)
    if m is None or analysis.negated or hedged(masked[: m.end()]):
        return  # (a hedge after it leaves it told: "..., after which it will remain in force")
    told = [f for f in (*doc.title_facts, *doc.facts) if f.cls is FactClass.TREATY_RELATION]
    pairs = {frozenset(e.key for e in f.entities("party")): f.entities("party") for f in told}
    if len(pairs) != 1:
        return
    ((keys, parties),) = pairs.items()
    named = {e.key for e in entities_of(analysis, masked) if e.kind is EntityKind.STATE}
    year = [
        d.value
        for d in analysis.dates
        if d.text == m.group("y") and d.value.precision == Precision.YEAR
    ]
    if len(keys) != 2 or not named <= keys or not year:
        return
    # the instrument of that name told before ("the Defense Cooperation Agreement"), so that the
    # year dates that one (not a protocol signed today); none when two are
    noun = m.group(0).split(",")[0].split()[-1].lower()
    names = {str(v) for f in told for v in f.get("instrument") if str(v).lower().endswith(noun)}
    args: dict[str, Sequence[Value]] = {"party": list(parties), "date": year[:1]}
    if len(names) == 1:
        args["instrument"] = [names.pop()]
    elif names:
        return
    doc.add(FactClass.TREATY_RELATION, args, analysis, 0.7)


_TREATY_WORD = re.compile(rf"\b{_TREATY_WORDS}\b")


def _signing_date(analysis: Analysis, doc: Doc, parties: Sequence[Entity]) -> TimeValue | None:
    """The date of a signing the sentence tells: its one date, else (with none) the day of the
    parties' talks."""
    # ("Today, 5 December, ...": one day told twice)
    dated = list(dict.fromkeys(d.value for d in analysis.dates if d.end_value is None))
    if dated:
        return dated[0] if len(dated) == 1 else None
    return _signed_at_meeting(analysis, doc, parties)


# a sentence's opening "The deal", "The agreement": the one the article told
_THE_DOCUMENT = re.compile(rf"^(?:[A-Z][a-z]+,\s+)?[Tt]he\s+(?:{_TREATY_WORDS}|deal)\b")


def _signing_told(doc: Doc, parties: Sequence[Entity]) -> dict[str, Sequence[Value]]:
    """The date of the treaty relation of the same parties the article told last, if it is
    dated ("The deal was signed by X and Y" after "Iran and Saudi Arabia signed an agreement in
    Beijing on Friday")."""
    keys = {e.key for e in parties}
    for fact in reversed(doc.facts):
        if fact.cls is FactClass.TREATY_RELATION:
            if {e.key for e in fact.entities("party")} == keys and (date := fact.get("date")):
                return {"date": date}
            return {}
    return {}


_ALSO_SIGNED = re.compile(r"\balso\s+(?:signed|concluded)\b")
# "an agreement on the demarcation of the state border": a document told by what it is about
_DESCRIBED = re.compile(
    r"(?:an?\s+|the\s+)?(?P<d>(?:agreement|treaty|protocol|accord|convention|"
    r"memorandum(?:\s+of\s+understanding)?)\s+(?:on|of|for|concerning)\s+[^,;.()]{3,100}?)"
    r"\s*(?=,|$|\s+(?:in|at|on|during|after|before|which|that|to)\s)"
)


def _also_signed(
    analysis: Analysis,
    doc: Doc,
    what: str,
    parties: Sequence[Entity],
    args: dict[str, Sequence[Value]],
) -> None:
    """The day and description of another document "also signed" by the parties of a signing
    reported earlier in the article within a week of its date (else nothing is added)."""
    keys = {p.key for p in parties}
    last = next(
        (
            f
            for f in reversed(doc.facts)
            if f.cls is FactClass.TREATY_RELATION
            and {e.key for e in f.entities("party")} == keys
            and f.get("date")
            # (a named treaty: "signed a memorandum on transit ... also signed a memorandum on
            # consultations" without names stays one relation of the day)
            and f.get("instrument")
        ),
        None,
    )
    if last is None or doc.date is None:
        return
    day = last.get("date")[0]
    if not isinstance(day, TimeValue) or day.day is None or day.month is None:
        return
    if abs((dt.date(day.year, day.month, day.day) - doc.date).days) > 7:
        return
    described = _DESCRIBED.match(what)
    if described is None or "instrument" in args:
        return
    name = _SLOT.sub(lambda s: analysis.mention(s.group(0)).text, described.group("d"))
    if any(str(n) == name for n in last.get("instrument")):
        return
    args["instrument"] = [name]
    if "date" not in args:
        args["date"] = [day]


def _signed_at_meeting(analysis: Analysis, doc: Doc, parties: Sequence[Entity]) -> TimeValue | None:
    """The date of the meeting the parties' people held, for a signing the sentence does not
    date ("After the talks, the two sides also signed three memoranda"), unless it speaks of
    another time ("Last year, the two countries signed ...")."""
    if OTHER_TIME.search(analysis.sentence.text):
        return None
    return doc.meeting_date_of(parties)


# "Russia's Minister of Defence signed an identical document with Minister Akar": a copy of the
# agreement signed before, with other parties
_SIGNED_THE_SAME = re.compile(
    rf"(?P<a>{SIGNATORIES})\s+(?:also\s+)?signed\s+an\s+identical\s+"
    r"(?:document|text|agreement|instrument)\b(?P<what>[^.;]*)"
)


def _signed_the_same(analysis: Analysis, doc: Doc) -> None:
    """The treaty relation of the signers of "an identical document": the instrument of the
    last treaty relation signed in the sentence before, with the parties this one names."""
    last = next((f for f in reversed(doc.facts) if f.cls is FactClass.TREATY_RELATION), None)
    previous = doc.previous
    if last is None or previous is None or last.evidence[0].begin != previous.sentence.begin:
        return
    for m in _SIGNED_THE_SAME.finditer(analysis.masked):
        parties = _parties(analysis, doc, m.group("a"), m.group("what"))
        if len(parties) < 2:
            continue
        args: dict[str, Sequence[Value]] = {"party": parties}
        if instrument := last.get("instrument"):
            args["instrument"] = instrument
        if date := last.get("date"):
            args["date"] = date
        doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


# the capitalised words of a treaty's name before its noun: "the General Security of Military
# Information Agreement", "the Comprehensive Economic Partnership Agreement" (not "The Treaty")
_NAME_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:of|on|for|and|in)\s+|[A-Z][\w’'-]*\s+){1,10}$"
)

# "the Treaty on Friendship between ...": a name after the noun
_NAME_AFTER = re.compile(r"\S+\s+(?:on|of|for)\s+(?:the\s+)?[A-Z]")


# "... between the United States and Morocco has been in force since 2006", "entered into force
# in 2006": the treaty's start
_IN_FORCE_SINCE = re.compile(
    r"[^.;§]{0,40}?\b(?:in\s+(?:force|effect)\s+since|(?:entered|came|went)\s+into\s+"
    r"(?:force|effect)\s+(?:in|on))\s+"
)


def _in_force_since(analysis: Analysis, masked: str, after: int) -> list[TimeValue]:
    """The date a treaty told up to ``after`` has been in force since, if the words after it
    say so."""
    m = _IN_FORCE_SINCE.match(masked, after)
    if m is None:
        return []
    return [
        d.value for d in analysis.dates if not d.end_value and masked.startswith(d.text, m.end())
    ][:1]


# a named treaty and, in a relative clause, the parties that signed it: "the Good Friday
# Agreement, which the British and Irish governments (and the parties) signed on 10 April 1998"
# (or "the Treaty of Good Neighbourliness, which the three countries signed in Bishkek on ...": a
# treaty named by its subject, the states the group stands for, the date after the place)
_WHICH_SIGNED = re.compile(
    rf"(?:(?:§[CL]\d+§|\b[A-Z][\w/’'-]*)\s+(?P<what>{_TREATY_WORDS})|\b(?:Treaty|Agreement|"
    r"Accord|Convention|Protocol|Pact)\s+(?:on|of)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:of|on|and|for|the)\s+){0,2}(?:[A-Z][\w’'-]*|§[CL]\d+§)){0,5}),\s+which\s+(?:the\s+)?"
    r"(?P<a>§[SD]\d+§(?:(?:,\s+|\s+and\s+)(?:the\s+)?§[SD]\d+§)+|§G\d+§)(?:\s+governments?)?"
    r"(?:\s+and\s+(?:the\s+)?[a-z][^,;§]{0,50}?)?\s+(?:signed|concluded)\b"
    r"(?:\s+in\s+(?:(?P<pl>§[CL]\d+§)|[A-Z][\w-]*))?(?P<when>\s+(?:in|on)\s+)?"
)
_ON_DATE = re.compile(r",?\s+on\s+")
# a named framework or agreement "reached between" stated parties: "the Windsor Framework reached
# between the United Kingdom and the European Union in February"
_REACHED_BETWEEN = re.compile(
    rf"(?:§[CL]\d+§|\b[A-Z][\w’'-]*)\s+(?P<what>{_TREATY_WORDS}|Framework)\s+(?:reached|concluded|agreed|signed)\s+"
    r"(?:last\s+year\s+)?between\s+(?:the\s+)?(?P<a>§[SDO]\d+§\s+and\s+(?:the\s+)?§[SDO]\d+§)"
    r"(?P<when>\s+(?:in|on)\s+)?"
)


def _named_signed_by(analysis: Analysis, doc: Doc) -> None:
    """Named treaties a relative clause or participle says stated parties signed or reached
    (not in a hedged or negated sentence: "a framework to be reached between ...")."""
    masked = analysis.masked
    if not ("which" in masked or "between" in masked) or not plainly_asserted(analysis):
        return
    if FUTURE_SIGN.search(masked) or _PREPARING.search(masked):
        return
    for regex in (_WHICH_SIGNED, _REACHED_BETWEEN):
        for m in regex.finditer(masked):
            if _UNSETTLED.search(masked, 0, m.start()):
                continue
            parties = _parties(analysis, doc, m.group("a"), "")
            group = analysis.slots.get(m.group("a")) if m.group("a").startswith("§G") else None
            if group is not None:
                if len(parties) != len(group.entities):
                    continue  # (every state the group stands for a party)
            elif len(parties) != len(SLOT_CODE.findall(m.group("a"))):
                continue
            if len(parties) < 2:
                continue
            args: dict[str, Sequence[Value]] = {"party": parties}
            if m.group("when"):
                dated = [
                    d.value
                    for d in analysis.dates
                    if d.end_value is None and masked.startswith(d.text, m.end())
                ]
                if dated:
                    args["date"] = dated[:1]
            elif m.groupdict().get("pl") and (place := analysis.slots.get(m.group("pl"))):
                # "signed in Addis Ababa on 5 May 2011": the date right after the place
                text, begin = analysis.sentence.text, analysis.sentence.begin
                dated = [
                    d.value
                    for d in analysis.dates
                    if d.end_value is None
                    and d.begin > place.end
                    and _ON_DATE.fullmatch(text, place.end - begin, d.begin - begin)
                ]
                if dated:
                    args["date"] = dated[:1]
            doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


def _referenced_between(analysis: Analysis, doc: Doc, between: list[re.Match[str]]) -> None:
    """Treaty relations of named treaties "between" stated parties in a sentence that hedges
    something else: "confirmed that the General Security of Military Information Agreement
    between Japan and the ROK would be fully normalized" refers to one in force (not "a new
    agreement between ...", "the draft Treaty between ...", "if the Agreement between ...")."""
    masked = analysis.masked
    for m in between:
        head = masked[: m.start()]
        if not m.group("what")[:1].isupper():
            continue
        if not _NAME_BEFORE.search(head) and not _NAME_AFTER.match(m.group(0)):
            continue
        if hedged(head) or FUTURE_SIGN.search(masked) or _PREPARING.search(masked):
            continue
        if _UNSETTLED.search(head) or _LATER_SIGNING.search(head):
            continue
        tail = masked[m.end() :]
        if NEGATION_CUE.search(tail) and _CONCLUDED.search(tail):
            continue  # "... between X and Y has never entered into force"
        parties = _parties(analysis, doc, m.group("a"), "")
        if len(parties) >= 2:
            args: dict[str, Sequence[Value]] = {"party": parties}
            if year := _year_of_name(analysis, doc, masked, m.start()):
                args["date"] = year
            elif in_force := _in_force_since(analysis, masked, m.end()):
                args["startDate"] = in_force
            doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


# a second agreement a signing lists with its own date: "... in 2001 and a general agreement on
# trade in 1998"
_AND_ANOTHER = re.compile(
    r"\b(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\s+(?:,\s*)?and\s+(?:also\s+)?(?:an?|the)\s+"
    rf"(?:[\w-]+\s+){{0,5}}?{_TREATY_WORDS}\b[^.;,]{{0,60}}?\s+in\s+"
    r"(?P<when>(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d)\b"
)
# before a treaty's date of signature: ", signed in Bishkek on", ", which was signed in"
_SIGNED_ON = re.compile(
    r",\s+(?:which\s+(?:was|were|had\s+been)\s+)?signed\s+"
    r"(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:in|on)\s+$"
)


def _signature_date(analysis: Analysis, date: DateMention) -> bool:
    """Whether a date is the one a treaty was signed on, told after its name."""
    at = date.begin - analysis.sentence.begin
    return _SIGNED_ON.search(analysis.sentence.text, max(0, at - 80), at) is not None


def _signing_asserted(masked: str, m: re.Match[str]) -> bool:
    """Whether a signing is told as done in its own words, up to the agreement's noun ("The
    two governments also signed an agreement" in "... an agreement on a plan that would ..."; not
    "could sign", "did not sign", "signed a draft agreement")."""
    noun = _TREATY_WORD.search(m.group("what"))
    head = masked[: m.start("what") + (noun.end() if noun else 0)]
    if opener := _WHICH_BEFORE.search(masked, 0, m.start()):
        # "... would complement the corridor, for which X, Y and Z signed an agreement in 2022":
        # a relative clause tells its signing done whatever the main clause's mood (session 22)
        head = head[opener.start() :]
    elif (own := _OWN_CLAUSE_BEFORE.search(masked, 0, m.start())) and not _CONDITION_BEFORE.search(
        masked, 0, own.start()
    ):
        # "The United States would provide $2 million ..., and the United States and Vietnam
        # signed a memorandum on ...": a clause with a subject of its own tells its signing done
        # whatever the first clause's mood (session 43; not "If ..., and ..." nor "..., and that")
        head = head[own.start() :]
    return not (
        hedged(head)
        or FUTURE_SIGN.search(head)
        or ("no " in head and NO_RELATION.search(head))
        or _LATER_SIGNING.search(head)
    )


# a relative clause's opening right before its subject: ", for which", ", under which"
_WHICH_BEFORE = re.compile(r",\s+(?:for|under|with|through|by)\s+which\s+(?:the\s+)?$")
# a coordinated clause's opening right before its own subject: ", and the ..." (session 43)
_OWN_CLAUSE_BEFORE = re.compile(r"[,;]\s+(?:and|but|while)\s+(?:the\s+)?$")
# a condition or wish the first clause sets, which a coordinated clause stays under
_CONDITION_BEFORE = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Oo]nce|[Uu]ntil|[Ww]hen|[Ss]hould|[Hh]op\w*|[Ee]xpect\w*|[Ww]ant\w*|"
    r"[Ww]ish\w*|[Pp]lan\w*|[Aa]im\w*|[Ii]nten\w*|[Cc]ould)\b"
)
# a signing still to come: "once they have signed an agreement", "before signing ...", "if"
_LATER_SIGNING = re.compile(r"\b(?:once|until|unless|before|after|when|expected|set)\b", re.I)


# the year a treaty's name starts with, its date: "the 1996 Ganges Water Sharing Treaty", "the
# 2010 agreement" (not "the 2010 talks on a new agreement", "the proposed 2030 treaty")
_YEAR_NAMED = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<y>(?:1[6-9]|20)\d\d)\s+"
    r"(?:(?!(?:new|draft|proposed|planned|future|possible|potential|talks|negotiations|"
    r"framework\s+for)\b)[A-Za-z][\w'’-]*\s+){0,6}$"
)
# what an agreement in force is referred to by: "the renewal of the ... Treaty", "under the ..."
_IN_FORCE_BEFORE = re.compile(
    r"\b(?:renewal|renewing|renew|renewed|extension|extending|extend|extended|prolongation|"
    r"implementation|implementing|implement|anniversary|expiry|under)\s+(?:of\s+)?"
    r"(?:the|their|its)\s+(?:(?!(?:new|draft|proposed|planned|future|possible|potential)\b)"
    r"[A-Za-z][\w'’-]*\s+){0,6}$"
)


def _year_of_name(analysis: Analysis, doc: Doc, masked: str, at: int) -> list[TimeValue]:
    """The year written before the name of the treaty whose noun starts at ``at`` (one of the
    sentence's dates, not after the article's), else nothing."""
    if doc.date is None:
        return []
    m = _YEAR_NAMED.search(masked, max(0, at - 80), at)
    if m is None or int(m.group("y")) > doc.date.year:
        return []
    return [
        d.value
        for d in analysis.dates
        if d.text == m.group("y") and d.value.precision is Precision.YEAR and not d.end_value
    ][:1]


_IN_PREPARATION = re.compile(
    r"\b(?=[acdfnptw])(?:work(?:ing)?\s+on|discuss\w*|new|planned|proposed|future|possible|potential|would|"
    r"could|towards?|aim\w*\s+(?:at|to))\b",
    re.IGNORECASE,
)
# a signing to come after the treaty's parties: "... between A and B will be signed at a later
# date", "... is yet to be signed"
_TO_BE_SIGNED = re.compile(
    r"[^.;]{0,40}?\s+(?:will|would|shall|(?:is|are)(?:\s+yet|\s+still|\s+expected)?\s+to)\s+"
    r"(?:(?:soon|later|also|eventually)\s+)?be\s+(?:signed|concluded|finali[sz]ed|ratified)\b"
)
# a treaty as the goal of efforts: "to achieve a comprehensive peace treaty between", "efforts
# towards a peace treaty between"
_GOAL_BEFORE = re.compile(
    # "hopes to broker an agreement between A and B", "Russia wants an agreement between ...",
    # "called for a treaty between ..." (session 27; not "brokered an agreement": one made)
    r"\b(?:achiev\w*|to\s+(?:reach|conclude|sign|secure|negotiate|finali[sz]e|broker)|towards?|"
    r"pursu\w*|wants?|wanted|wanting|(?:hop(?:e|es|ed|ing)|call(?:s|ed|ing)?|"
    r"press(?:es|ed|ing)?)\s+for|"
    r"seek\w*|push\w*\s+for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?=(?:[\w-]+\s+)?$)",
    re.IGNORECASE,
)
# ("Talks on a free trade agreement between Australia and the EU collapsed": a new one, session 23)
_PREPARING = re.compile(
    r"\bdraft|negotiat|prepar|\btalks\s+(?:on|about|over|for|towards?)\s+(?:an?|new)\s",
    re.IGNORECASE,
)
_CONCLUDED = re.compile(
    r"\b(?:signed|signing|concluded|ratified|ratification|entered\s+into\s+force|in\s+force)\b",
    re.IGNORECASE,
)
# "..., signed in Damascus on ...", "... on security cooperation was signed in April 2022"
_SIGNED_AFTER = re.compile(
    r",\s+(?:which\s+was\s+)?signed\b|(?:\s+(?:on|of|for)\s+[A-Za-z\s-]{3,60}?)?\s+(?:was|were)\s+"
    r"(?:formally\s+|officially\s+)?signed\b"
)
# "the memorandum between Russia and the UN signed in July 2022": the signing right after
_SIGNED_THEN = re.compile(r"\s+(?:(?:which|that)\s+(?:was|were)\s+)?signed\s+(?:in|on)\s")
# "the signing today of the ...", "the signing of the ..." before a treaty's name
_SIGNING_OF = re.compile(r"\bsigning\s+(?:today\s+|yesterday\s+)?of\s+(?:the\s+)?$")
# "the United States-Mexico-Canada Agreement", "the EU-Japan Economic Partnership Agreement"
# ("the India-Australia Economic Cooperation and Trade Agreement"; "India and Australia's
# Economic Cooperation and Trade Agreement": the pair's own)
_NAMED_TREATY = re.compile(
    r"(?P<p>§[SO]\d+§(?:\s*[-–]\s*§[SO]\d+§)+|§[SO]\d+§\s+and\s+(?:the\s+)?§[SO]\d+§(?=['’]))"
    r"(?:['’]s?)?\s+(?:[A-Z][a-z]+\s+(?:(?:and|of|on|for|in)\s+)?){0,4}"
    r"(?:Agreement|Treaty|Accord|Pact|Convention)\b"
)
_LINE_DRAWING = r"(?:re-?)?(?:demarcation|delimitation|delineation)"
# "the Treaty on the Kazakh-Kyrgyz State Border", "the agreement on the Russia-Belarus Union
# State": the pair it names
_ON_PAIR = re.compile(
    rf"\b{_TREATY_WORDS}\s+(?:on|of|for)\s+(?:the\s+)?"
    # "an agreement on the demarcation of the Kazakh-Uzbek state border"
    rf"(?:{_LINE_DRAWING}(?:\s+and\s+{_LINE_DRAWING})?\s+of\s+(?:the\s+)?)?"
    r"(?P<p>§[SD]\d+§\s*[-–]\s*§[SD]\d+§)"
    r"(?!\s*[-–]\s*§)(?:\s+(?!(?:was|were|is|are|has|have|had|signed)\b)[A-Za-z][\w-]*){0,4}"
)
# an agreement still being made, or only hoped for, binds nobody yet
_UNSETTLED = re.compile(
    r"\b(?=[cdfhlnpstw])(?:negotiat\w*|draft\w*|proposed|propos\w+|potential|possible|future|would|could|"
    r"talks\s+on|towards?|seek\w*|hope\w*|conclude|launch\w*)\b",
    re.IGNORECASE,
)
# "The parties agreed to extend the bilateral agreement on cooperation in science": extending
# (renewing, prolonging) an agreement says it binds them already
_EXTENDED = re.compile(
    rf"(?P<a>{PARTIES}|[Tt]hey|[Bb]oth(?:\s+sides)?|[Tt]he\s+(?:two\s+)?(?:sides|parties))\s+"
    r"(?:(?:have\s+|has\s+)?agreed\s+to\s+|decided\s+to\s+)?(?:extend(?:ed)?|prolong(?:ed)?|renew(?:ed)?)\s+"
    rf"(?:the|their)\s+(?:\d{{4}}\s+)?(?:bilateral\s+|existing\s+|current\s+)?(?P<noun>{_TREATY_WORDS})\b"
)
# "The agreement was signed by Russia and Syria in 2015"
_SIGNED_BY = re.compile(
    # "The deal was signed by X, the secretary of Iran's ..., and Y, Saudi Arabia's ...": a deal
    # its signatories' states make
    rf"\b(?:{_TREATY_WORDS}|(?<=[Tt]he\s)deal)\b[^.;§]{{0,80}}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    # "... was signed by Foreign Minister X, Foreign Minister Y and ...": their states
    # ("was signed on Wednesday by ...", "was signed in Tehran by ...")
    r"(?:signed|concluded|ratified)\s+(?P<when>(?:today|yesterday|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|"
    r"in\s+§C\d+§)\s+)?"
    # "was signed for Japan by X and for the Philippines by Y"
    r"(?P<pre>(?:on\s+behalf\s+of|for)\s+(?:the\s+)?§[SD]\d+§,?\s+)?"
    rf"by\s+(?:the\s+)?(?P<a>{SIGNATORIES})"
)
# "the Mutual Defense Treaty signed by the United States and the ROK in October 1953", "the
# memorandum signed by the two countries in April 2022": a signing the treaty's noun is told by
# a government and the other side of a settlement, by a signing's "by": "Maduro's government and
# the opposition Unitary Platform" (session 36b; the leader's government is his state's)
_GOVERNMENT_AND_SIDE = (
    r"§[SP]\d+§['’]s?\s+government\s+and\s+(?:the\s+)?(?:opposition\s+|rebel\s+)?§O\d+§"
)
_SIGNED_BY_REDUCED = re.compile(
    rf"\b{_TREATY_WORDS}(?:\s+(?:on|of|for)\s+[^.;§,]{{1,100}}?)?,?\s+(?:signed|concluded)\s+"
    # "signed in Madrid last week by ...": where and when before the signatories (session 22)
    r"(?:(?:in|at)\s+§C\d+§\s+)?(?P<pre>(?:last\s+(?:week|month|year)|today|yesterday|"
    r"(?:on|in)\s+(?:[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|"
    # ("signed in Pretoria on 2 November by ...", "signed on Tuesday in Bridgetown by ...")
    r"\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?))\s+(?:(?:in|at)\s+§C\d+§\s+)?)?by\s+"
    rf"(?:the\s+)?(?P<a>{_GOVERNMENT_AND_SIDE}|{SIGNATORIES})(?P<when>\s+(?:in|on)\s+)?"
)
# "the Cessation of Hostilities Agreement that the Government of Ethiopia and the TPLF signed in
# Pretoria", "the accord which Armenia and Azerbaijan had signed in 2020": its signatories after it
# ("the compact the United States and Ghana signed in 2019", "the memorandum that Egypt signed
# with the United States", "the protocol the two countries concluded in 2015": the relative
# pronoun left out, the second party after "with", the pair in focus)
_SIGNED_THAT = re.compile(
    rf"\b(?:{_TREATY_WORDS}|[Cc]ompacts?)(?:\s+(?:on|of|for)\s+[^.;§,]{{1,60}}?)?\s+"
    r"(?:(?:that|which)\s+)?(?:the\s+)?"
    rf"(?P<a>{SIGNATORIES}|(?<![Tt]he\s)(?:[Tt]he\s+two|[Bb]oth)\s+(?:countries|states|nations))\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:jointly\s+)?(?:signed|concluded)\b"
    rf"(?P<with>\s+with\s+(?:the\s+)?{SIGNATORIES})?"
    r"(?P<when>(?:\s+in\s+(?:§C\d+§|[A-Z][a-z]+)(?=\s+(?:on|in)\s))?\s+(?:in|on)\s+)?"
)
_SIGNED_THAT_ON = re.compile(
    r"\b(?:signed|concluded)\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:in|on)\s+$"
)


def _signed_on(analysis: Analysis) -> list[Value]:
    """The one date (not a range) the sentence tells a signing on ("was signed ... on 5 June"),
    else none."""
    text, base = analysis.sentence.text, analysis.sentence.begin
    dated: list[Value] = [
        d.value
        for d in analysis.dates
        if not d.end_value
        and _SIGNED_THAT_ON.search(text, max(0, d.begin - base - 40), d.begin - base)
    ]
    return dated if len(dated) == 1 else []


# "Russia and Belarus are parties to the Union State treaty", "both are signatories of the NPT"
# "X and Y are parties to ...", "are treaty allies under the 1951 Mutual Defense Treaty", "are
# bound by ..."
_PARTIES_TO = re.compile(
    rf"(?P<a>{PARTIES}|[Tt]hey|[Bb]oth(?:\s+sides)?|[Tt]he\s+(?:two\s+)?(?:sides|parties)|"
    # "Both countries are parties to ...": the pair in focus
    r"(?:[Bb]oth|[Tt]he\s+two)\s+(?:countries|states|nations))\s+"
    # "Ukraine and Poland have a treaty on good-neighbourliness signed in 1992", "The
    # Philippines has a mutual defence treaty with Washington" (session 23: with the party after)
    rf"(?:(?:have|had)(?=\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{_TREATY_WORDS}\b)|"
    # (with a state: not "has an agreement with the IMF on a loan"; not a new or draft one)
    r"(?P<own>has)(?=\s+(?:a|an)\s+(?:(?!(?:new|draft|proposed|planned|possible|potential|future)\b)"
    rf"[\w-]+\s+){{0,3}}?{_TREATY_WORDS}\s+with\s+(?:the\s+)?§[SD]\d+§)|"
    r"(?:are|were|have\s+been|remain|became)\s+(?:both\s+|all\s+|also\s+)?"
    # "Both countries are members of APEC and parties to the CPTPP": a membership before (session
    # 41)
    r"(?:(?:founding\s+)?members\s+of\s+(?:[^;§]|§[OCL]\d+§){1,80}?,?\s+and\s+(?:also\s+)?)?"
    r"(?:states\s+)?"
    # ("both parties" after talks is a group of the talks' sides: "are §G0§ to ...")
    r"(?:parties|signatories|signatory\s+states|(?P<g>§G\d+§))\s+(?:to|of)|"
    r"(?:are|remain)\s+(?:treaty\s+)?"
    r"allies\s+under|(?:are|remain|were|have\s+been|had\s+been)\s+(?:bound|linked)\s+by)\s+"
    rf"(?P<what>[^.;]*?\b{_TREATY_WORDS}\b[^.;]*)"
)
# "The United States and China, both parties to the Paris Agreement, pledged ...": a named
# treaty in an apposition to its parties (session 24; not "Russia and Ukraine, both parties to
# the conflict, rejected the peace agreement": the treaty noun closes the apposition)
_PARTIES_APPOSED = re.compile(
    rf"(?P<a>{PARTIES}),\s+(?:both|all|each)\s+(?:parties|signatories)\s+(?:to|of)\s+"
    rf"(?P<what>(?:the\s+)?(?:[A-Z][\w'’-]*\s+|§C\d+§\s+|(?:1[6-9]|20)\d\d\s+){{0,5}}{_TREATY_WORDS})"
    r"(?:\s+(?:on|of)\s+[^,;.§]{1,60})?,"
)


def _parties_apposed(analysis: Analysis, doc: Doc) -> None:
    """Treaty relations of a named treaty in an apposition to its parties
    (:data:`_PARTIES_APPOSED`), dated by the year it is named by."""
    masked = analysis.masked
    for m in _PARTIES_APPOSED.finditer(masked):
        parties = _parties(analysis, doc, m.group("a"), "")
        if len(parties) < 2:
            continue
        args: dict[str, Sequence[Value]] = {"party": parties}
        if instrument := _instrument_name(analysis, m.group("what")):
            args["instrument"] = [instrument]
        noun = _TREATY_WORD.search(m.group("what"))
        if noun and (year := _year_of_name(analysis, doc, masked, m.start("what") + noun.start())):
            args["date"] = year
        doc.add(FactClass.TREATY_RELATION, args, analysis, 0.8)


# the verbs of _PARTIES_TO (a sentence without any cannot match it)
_PARTIES_TO_VERBS = ("have", "had", "has", "parties", "signator", "allies", "bound", "linked", "§G")
_PARTY_GROUP = re.compile(r"\b(?:parties|signatories)$")


# "the United States' ironclad commitment to the Philippines under the 1951 Mutual Defense
# Treaty": a named treaty binding the two
_COMMITMENT_UNDER = re.compile(
    r"(?P<a>§S\d+§)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:commitments?|obligations?)\s+to\s+(?:the\s+)?"
    r"(?P<b>§S\d+§)\s+under\s+(?:the\s+)?(?:\d{4}\s+)?(?P<what>(?:[A-Z][\w-]*\s+)*"
    r"(?:Treaty|Agreement|Pact|Accord)\b(?:\s+of\s+(?:[A-Z][\w-]*\s+(?:and\s+)?)*[A-Z][\w-]*)?)"
)


# a grant made under a named agreement binds the grantor and the grantee: "the Philippines granted
# U.S. forces access to four more sites under the Enhanced Defense Cooperation Agreement", "Oman
# has allowed British warships to use Duqm under the Joint Basing Agreement"
_GRANTED_UNDER = re.compile(
    r"(?P<a>§S\d+§)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:granted|gave|given|allowed|permitted|"
    r"authori[sz]ed|opened)\s+(?:the\s+)?(?P<b>§[SD]\d+§)\s+(?:[^.;§]|§[CL]\d+§){1,80}?\s+under\s+"
    r"(?:the\s+)?(?:\d{4}\s+)?(?P<what>(?:[A-Z][\w-]*\s+)+(?:Treaty|Agreement|Pact|Accord)\b)"
)
# a bilateral agreement told by the presence it allows binds the two states: "an
# intergovernmental agreement that allows Russian forces to be stationed in Kyrgyzstan until
# 2032", "a bilateral accord which lets U.S. troops use bases in Poland"
_AGREEMENT_ALLOWS_IN = re.compile(
    r"\b(?:an?|the|their|its)\s+(?:[\w-]+\s+)?(?:intergovernmental|bilateral)\s+"
    r"(?:(?:defen[cs]e|military|basing|security)\s+)?(?:agreement|treaty|accord|deal)\s+"
    r"(?:that|which)\s+(?:also\s+)?(?:allows|permits|lets|allowed|permitted|let)\s+"
    r"(?P<a>§S\d+§)(?:\s+(?:forces|troops|military|soldiers|personnel))?\s+(?:to\s+)?"
    r"(?:be\s+)?(?:station|deploy|bas|use|keep|maintain|operate|host)\w*\s+"
    r"(?:[^.;§]{0,60}?\s)?(?:in|on)\s+(?:the\s+)?(?:territory\s+of\s+)?(?P<b>§S\d+§)"
)
# "stationed in Tajikistan under the 2012 agreement", "under a 2010 bilateral treaty": an
# agreement in force, named by its year (not a capitalised name: "under the 2015 Paris Agreement")
# ("under the 2008 Strategic Framework Agreement": a name of the words two states' agreements
# are named with)
_UNDER_YEAR = re.compile(
    r"\bunder\s+(?:the|their|its|an?)\s+(?P<y>(?:1[89]|20)\d\d)\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}?)"
    r"(?P<name>(?:(?:Strategic|Framework|Defen[cs]e|Security|Cooperation|Co-operation|Partnership|"
    r"Friendship|Enhanced|Comprehensive|Mutual|Bilateral|Status\s+of\s+Forces)\s+){1,4})?"
    r"(?(name)(?:Agreement|Treaty|Accord|Pact)|(?:agreement|treaty|accord|protocol|pact))\b"
    r"(?!\s+(?:of|on|with)\s+[A-Z])"
)
# "Under our bilateral shiprider agreement, Tonga permits ...": the issuer's agreement (not "our
# agreement to", an accord of views)
_UNDER_OUR = re.compile(
    r"\b[Uu]nder\s+our\s+(?:[\w-]+\s+){0,3}?(?:agreement|treaty|accord|pact|protocol|memorandum)\b"
    r"(?!\s+(?:to|that)\b)"
)
# "A visa-free regime ... has been in effect since 2008 under an intergovernmental agreement": an
# agreement between two states in force
_UNDER_INTERGOVERNMENTAL = re.compile(
    r"\b(?:in\s+(?:effect|force|place)|operat(?:es|ed|ing)|appl(?:ies|ied))\s+(?:[^.;§]{1,40}?\s+)?"
    r"under\s+(?:an?|the|their)\s+(?P<words>(?:intergovernmental|inter-governmental|bilateral|"
    r"government-to-government)\s+)(?:[a-z][\w-]*\s+){0,2}?(?:agreement|treaty|accord|protocol)\b"
)


# a permission the agreement grants: "which Syria allowed Russia to use for 49 years under ..."
_ALLOWED_UNDER = re.compile(
    r"(?P<a>§S\d+§)\s+(?:has\s+|have\s+|had\s+)?(?:allowed|permitted|authori[sz]ed|let)\s+"
    r"(?:the\s+)?(?P<b>§S\d+§)\s+to\s+(?:[^.;§]|§[CL]\d+§){1,60}?\s+$"
)


def _under_agreement(analysis: Analysis, doc: Doc, m: re.Match[str]) -> None:
    """The treaty relation of an agreement something is done "under": of the pair that met when
    the sentence names no other state, else of the two states a "bilateral" one binds, or of
    the two a permission under it is between."""
    named = {e.key: e for e in states_in(analysis, analysis.masked, doc)}
    pair = meeting_states(doc)
    allowed = _ALLOWED_UNDER.search(analysis.masked, max(0, m.start() - 120), m.start())
    if pair and set(named) <= {e.key for e in pair}:
        parties = pair
    elif "bilateral" in m.group("words") and len(named) == 2:
        parties = list(named.values())
    elif (
        allowed
        and len(named) == 2
        and len(both := states_in(analysis, allowed.group("a") + allowed.group("b"), doc)) == 2
    ):
        parties = both
    else:
        return
    args: dict[str, Sequence[Value]] = {"party": parties}
    if year := [d.value for d in analysis.dates if d.text == m.group("y") and not d.end_value][:1]:
        args["date"] = year
    if m.group("name"):
        args["instrument"] = [f"{m.group('name')}{m.group(0).rsplit(' ', 1)[-1]}"]
    doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


def _under_our_agreement(analysis: Analysis, doc: Doc, m: re.Match[str]) -> None:
    """The treaty relation of "our" agreement something is done under: the issuer's with the one
    other state the sentence names ("Under our bilateral shiprider agreement, Tonga permits
    ...")."""
    ours = our_states(doc)
    keys = {o.key for o in ours}
    others = [e for e in states_in(analysis, analysis.masked, doc) if e.key not in keys]
    if len(ours) == 1 and len(others) == 1:
        doc.add(FactClass.TREATY_RELATION, {"party": [ours[0], others[0]]}, analysis, 0.75)


def _in_force_between(analysis: Analysis, doc: Doc, m: re.Match[str]) -> None:
    """The treaty relation of an intergovernmental agreement something is in force under: of
    "the two countries" the sentence names, else of the two states it names, else (naming none)
    of the pair whose meeting the article reports; dated from its "since" (startDate)."""
    named = {e.key: e for e in states_in(analysis, analysis.masked, doc)}
    parties = list(named.values()) if len(named) == 2 else [] if named else meeting_states(doc)
    if len(parties) != 2:
        return
    args: dict[str, Sequence[Value]] = {"party": parties}
    if since := [d.value for d in analysis.dates if d.since and not d.end_value][:1]:
        args["startDate"] = since
    doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


FUTURE_SIGN = re.compile(r"\b(?=[dptw])(?:(?:will|to)\s+sign|plans?\s+to|draft)\b", re.IGNORECASE)


# the co-signers after "with": states, organisations, or officials for theirs ("signed the
# Initiative with Türkiye's Minister of National Defence, Hulusi Akar, and the Secretary-General";
# not "signed the deal, with China looking on": a witness)
_WITH_PARTIES = re.compile(
    rf"\bwith\s+(?:the\s+)?(?P<b>{SIGNATORIES})(?![^.;]{{0,40}}?\b(?:looking\s+on|watching|"
    r"present|in\s+attendance|as\s+(?:a\s+)?witness(?:es)?|witnessing))"
)


# the states an accession instrument is for: "the Accession Protocols for Finland and Sweden",
# "the protocol on the accession of North Macedonia"
_ACCEDING = re.compile(
    r"^(?:the\s+|an?\s+)?(?:[Aa]ccession\s+(?:[Pp]rotocols?|[Tt]reat(?:y|ies)|[Aa]greements?)\s+"
    r"(?:for|of|with)|[Pp]rotocols?\s+(?:on|of|for)\s+(?:the\s+)?[Aa]ccession\s+of)\s+"
    rf"(?:the\s+)?(?P<b>{group_of('S')})"
)


def _parties(analysis: Analysis, doc: Doc, subject: str, rest: str) -> list[Entity]:
    low = subject.lower()
    if low.endswith(("countries", "states", "nations")) and "§" not in low:
        found = list(doc.finder.ctx.focus) or list(doc.finder.ctx.subject)
    elif low in {"they", "both", "both sides"} or "sides" in low or "parties" in low:
        found = list(doc.finder.ctx.subject)
    else:
        found = entities_of(analysis, subject)
    with_match = _WITH_PARTIES.search(rest)
    if with_match:
        found += entities_of(analysis, with_match.group("b"))
    if "ccession" in rest and (acceding := _ACCEDING.search(rest)) is not None:
        found += entities_of(analysis, acceding.group("b"))
    states = parties_of(found, doc)
    return list(dict((e.key, e) for e in states).values())


def _instrument_name(analysis: Analysis, text: str) -> str | None:
    m = _INSTRUMENT.search(text)
    if not m:
        return None
    name = m.group("name").strip()
    if not name[:1].isupper() or "§" in name or " " not in name:
        return None  # not a name ("the 1975 Algiers Agreement" masks to a bare "Agreement")
    return name


_SLOT = re.compile(r"§[A-Z]\d+§")


def _spelled_instrument(analysis: Analysis, text: str) -> str | None:
    """A treaty's name with the bodies it names spelled out ("Treaty on the Establishment of the
    Supreme Interstate Council"), when it has one."""
    m = _INSTRUMENT.search(text)
    if m is None or not m.group("name")[:1].isupper():
        return None
    name = _SLOT.sub(lambda s: analysis.mention(s.group(0)).text, m.group("name").strip())
    return name if " " in name else None


def pair_subject(analysis: Analysis, doc: Doc, masked: str) -> list[Entity]:
    """The states of the sentence's subject when it names two sides ("Xi and Putin ...",
    "Brazil and Argentina ..."); else nothing."""
    lead = LEAD_SUBJECTS.match(masked[intro_end(masked) :])
    if lead is None:
        return []
    sides = [side_of(doc, e) for e in entities_of(analysis, lead.group("s"))]
    parties = parties_of([e for e in sides if e is not None], doc)
    return parties if len(parties) == 2 else []
