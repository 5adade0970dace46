"""Partnerships: named strategic, comprehensive or other partnerships between identifiable
parties.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from dipld.extract.facts import Doc, entities_of, side_of
from dipld.extract.memberships import SLOT_CODE, first_negation, may_name
from dipld.extract.patterns import (
    PARTIES,
)
from dipld.extract.relations import (
    ORDINAL,
    aside_views,
    is_org,
    ordinal_count,
    our_pair,
    parties_of,
    plainly_asserted,
    states_in,
)
from dipld.extract.spans import Analysis, hedged
from dipld.extract.treaties import SIGNATORIES, pair_subject
from dipld.model import Entity, EntityKind, Fact, FactClass, TimeValue, Value
from dipld.temporal import DateMention

_YEARS_OF_PARTNERSHIP = re.compile(
    rf"\b(?:(?P<n>\d+)(?:st|nd|rd|th)?\s+(?:years?\s+of|anniversary\s+of)|"
    rf"(?P<w>{ORDINAL})\s+anniversary\s+of)\s+(?:the\s+|their\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:partnership|alliance)\b",
    re.IGNORECASE,
)


# the year an anniversary is marked in, right after what it counts: "marked 25 years of their
# strategic partnership in 2023", "In 2023, ... marked 25 years of" (not "..., signed in 1998":
# the start itself)
_MARKED_IN = re.compile(r"\s+(?:(?:in|during)\s+)?")
_OPENING_IN = re.compile(r"(?:In|During)\s+")


def _anniversary_year(analysis: Analysis) -> int | None:
    """The year of the date right after "N years of ... partnership" ("... in 2023"), if any."""
    text, begin = analysis.sentence.text, analysis.sentence.begin
    years = _YEARS_OF_PARTNERSHIP.search(text)
    if years is None:
        return None
    for d in analysis.dates:
        at = d.begin - begin
        if d.end_value or d.since:
            continue
        if at >= years.end():
            return d.value.year if _MARKED_IN.fullmatch(text, years.end(), at) else None
        if _OPENING_IN.fullmatch(text, 0, at) and text.startswith(",", d.end - begin):
            return d.value.year  # ("In 2023, France and India marked 25 years of ...")
    return None


# "the AUKUS partnership we launched in September 2021", "the strategic partnership the two
# countries established in 2017": the partnership of those who started it, from that date
_PARTNERSHIP_STARTED = re.compile(
    r"\b(?:partnership|alliance)\s+(?:(?:that|which)\s+)?(?P<p>[Ww]e|(?:the\s+)?§G\d+§|"
    rf"{PARTIES})\s+(?:have\s+|had\s+|first\s+|jointly\s+)*"
    r"(?:launched|established|formed|created|founded|forged)\s+(?:in|on)\s+"
)


# "the Enhanced Strategic Partnership launched by our Presidents in 2018": of the publisher's
# state and the other state it talks with
_PARTNERSHIP_STARTED_BY_OUR = re.compile(
    r"\b(?:partnership|alliance)[\"”’']?,?\s+(?:(?:that|which)\s+(?:was|were)\s+)?"
    r"(?:first\s+|jointly\s+)?(?:launched|established|formed|created|founded|forged)\s+by\s+"
    r"our\s+(?:two\s+)?(?:[Pp]residents|[Ll]eaders|[Hh]eads\s+of\s+[Ss]tate|[Pp]rime\s+[Mm]inisters|"
    r"[Gg]overnments|countries|nations)\s+(?:in|on)\s+",
    re.IGNORECASE,
)


def _partnership_started(analysis: Analysis, doc: Doc) -> bool:
    """Partnerships a relative clause says who started, and when: "we" are the statement's
    issuers, a group its states; "our Presidents" those of the publisher and its partner."""
    masked, fired = analysis.masked, False
    started = list(_PARTNERSHIP_STARTED.finditer(masked))
    if "our" in masked:
        started += _PARTNERSHIP_STARTED_BY_OUR.finditer(masked)
    for m in started:
        if m.re is _PARTNERSHIP_STARTED_BY_OUR:
            parties = our_pair(doc)
        else:
            who = m.group("p")
            found = (
                list(doc.finder.ctx.issuers) if who.lower() == "we" else entities_of(analysis, who)
            )
            parties = parties_of(found, doc)
        start = next(
            (
                d.value
                for d in analysis.dates
                if not d.end_value and masked.startswith(d.text, m.end())
            ),
            None,
        )
        if len(parties) < 2 or start is None:
            continue
        doc.add(FactClass.PARTNERSHIP, {"party": parties, "startDate": [start]}, analysis, 0.8)
        fired = True
    return fired


_PARTNERSHIP = re.compile(
    r"\b(?:strategic|comprehensive|global|enduring|special|privileged|economic|security|"
    r"defen[cs]e)?\s*(?:strategic\s+)?(?:alliance|partnership)\b",
    re.IGNORECASE,
)
# "Russia is Iran's key partner" (not "China is Germany's largest trading partner": a rank in
# trade, not a partnership)
_POSSESSIVE_PARTNER = re.compile(
    # "Kazakhstan is one of Russia's closest allies" (one of several: plural)
    r"(?P<a>§S\d+§)\s+(?:is|was|remains|remained)\s+(?:also\s+)?(?:(?P<one>one\s+of)\s+)?"
    r"(?P<b>§S\d+§)['’]s\s+(?:most\s+)?"
    r"(?:[\w-]+\s+){0,3}(?<!trading\s)(?<!trade\s)(?:partner|ally|(?P<many>partners|allies))\b"
    # (not "Kazakhstan is Russia's partner in the Eurasian Economic Union": fellow members, no
    # partnership of the two; session 24)
    r"(?!\s+(?:in|on)\s+(?:the\s+)?(?:fight|war|struggle)|\s+(?:in|within)\s+(?:the\s+)?§O\d+§)"
)
# "France considers India a strategic partner", "Tokayev regards China as a reliable partner"
_CONSIDERS_PARTNER = re.compile(
    r"(?P<a>§[SPG]\d+§)\s+(?:also\s+|still\s+)?(?:considers|considered|regards|regarded|sees|views|"
    # "Pakistan described China as its all-weather strategic partner" (session 25)
    r"describes|described)\s+"
    r"(?:the\s+)?(?P<b>§[SD]\d+§)\s+(?:as\s+)?"
    # "India regards France as one of its most trusted strategic partners" (session 25)
    r"(?:(?P<one>one\s+of\s+)?(?:its|his|her)\s+|an?\s+)(?:most\s+)?"
    # (a kind of partner named: not "a partner, competitor and systemic rival")
    r"(?:[\w-]+\s+){1,3}?(?<!trading\s)(?<!trade\s)(?(one)(?:partners|allies)|(?:partner|ally))\b"
    r"(?!\s+(?:in|on)\s+(?:the\s+)?(?:fight|war|struggle))"
)
# "Colombia became NATO's first global partner in Latin America in 2018", "Mongolia is a partner
# of NATO": a state's partnership with an organisation (a state's with a state is
# _POSSESSIVE_PARTNER's and _PARTNER_OF's, which do not take a new one)
_ORG_PARTNER = re.compile(
    r"(?P<a>§S\d+§)\s+(?:(?P<became>became|has\s+become|have\s+become)|is|was|remains|remained)\s+"
    r"(?:also\s+)?(?:(?P<b>§[SO]\d+§)['’]s\s+(?:[\w-]+\s+){0,3}?|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?)"
    r"(?<!trading\s)(?<!trade\s)partner\b(?(b)|\s+(?:of|to)\s+(?:the\s+)?(?P<b2>§O\d+§))"
)
_PARTNER_OF = re.compile(
    # "Japan is an ally of the United States" (the article outside the state's mention)
    r"(?P<a>§S\d+§)\s+(?:is|was|remains)\s+(?:also\s+)?(?:the|a|an)\s+(?:most\s+)?(?:[\w-]+\s+){0,4}"
    r"(?<!trading\s)(?<!trade\s)(?:partner|ally)\s+(?:of|for|to)\s+(?:the\s+)?(?P<b>§S\d+§)"
)
# "Mongolia and Russia's comprehensive strategic partnership", "the two countries' strategic
# partnership": the pair's own, named by their possessive (a kind named for "the two
# countries'", not "our countries' partnership"; not "X and Y's planned partnership")
_PAIR_POSSESSIVE = re.compile(
    r"(?:(?P<p>§[SDO]\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§[SDO]\d+§)+)['’]s?|"
    r"(?P<g>§G\d+§)['’]s?(?=\s+[\"“]?(?!(?i:partnership|alliance))[\w-]+))\s+[\"“]?"
    r"(?:(?!(?i:planned|proposed|future|potential|possible|prospective|envisaged|envisioned|"
    r"would-be|intended|hoped-for|desired|eventual|new|nascent|emerging)\b)[\w-]+\s+){0,5}?"
    r"(?i:partnership|alliance)\b(?![\w-]*\s+(?:[Aa]greement|[Tt]reaty|[Dd]ialogue|[Cc]ouncil|"
    r"[Cc]ommission|[Ff]orum|[Ss]ummit|talks|negotiations)\b"
    # (not "Japan and South Korea's strategic partnership with the United States": each one's
    # with a third, session 23)
    r"|\s+with\b)"
)
# a partnership told as over: "X and Y's partnership collapsed in 2014"
_PARTNERSHIP_ENDED = re.compile(
    r"\b(?:collaps\w*|ended|ending|end|broke|broken|dissolv\w*|terminat\w*|suspend\w*|froze|frozen|"
    r"former|defunct|over|scrapp\w*|abandon\w*|cancel\w*|rupture\w*)\b"
)
# "Georgia joined NATO's Partnership for Peace in 1994", "Armenia takes part in the NATO
# Partnership for Peace programme": the state's partnership with NATO (named)
_PEACE_PARTNERSHIP = re.compile(
    r"(?P<a>§S\d+§(?:(?:,\s+|,?\s+and\s+)§S\d+§)*)\s+(?:also\s+)?(?:(?P<joined>joined|"
    r"(?:has|have)\s+(?:also\s+)?joined)|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:an?\s+)?(?:active\s+)?"
    r"(?:member|members|part|participant|participants|partner|partners)\s+(?:of|in)|"
    r"participates\s+in|participate\s+in|takes\s+part\s+in|take\s+part\s+in)\s+(?:the\s+)?"
    r"(?P<o>§O\d+§)(?:['’]s)?\s+[\"“]?Partnership\s+for\s+Peace\b"
)
_NAMED_PARTNERSHIP = re.compile(
    # (a name in quotes: "the U.S.-Pakistan 'Green Alliance' framework")
    r"(?P<p>§[SOD]\d+§(?:\s*[-–]\s*§[SOD]\d+§)+)\s+[\"“‘']?(?:(?:(?!(?:[Ss]tatement|[Oo]n|[Ff]or|[Oo]f)\b)"
    # (or a quoted name the KB knows as something else: "“§O2§” framework")
    r"(?:[A-Za-z][a-z]+)\s+){0,4}(?:[Pp]artnership|[Aa]lliance)\b|(?<=[\"“‘'])(?P<o>§O\d+§)[\"”’']|"
    # the instrument that names it: "the U.S.-Georgia Charter on Strategic Partnership"
    r"(?:Charter|Framework|Declaration|Treaty|Agreement)\s+(?:on|of|for)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}"
    r"(?:Partnership|Alliance)\b)"
)
# "... Charter on Strategic Partnership signed in 2009": when it was founded
_SIGNED_WHEN = re.compile(
    r",?\s+(?:which\s+was\s+|that\s+was\s+)?(?:signed|concluded|adopted)\s+(?:in|on)\s+$"
)
_PAIR_ALLIANCE = re.compile(
    # "Over the past 70 years, China and Pakistan have forged an all-weather strategic cooperative
    # partnership"
    rf"(?P<p>{PARTIES})\s+(?:(?:have|has|share|maintain|enjoy|(?:have\s+|has\s+|had\s+)?"
    # "Azerbaijan and Hungary have maintained a strategic partnership since 2014"
    # ("Brazil and Germany have had a strategic partnership since 2008", session 23)
    r"(?:forged|built|established|developed|maintained|enjoyed)|(?:have|has)\s+had)\s+"
    # their own alliance: "have an enduring alliance", "enjoy an all-weather strategic cooperative
    # partnership" (not "have criticised the AUKUS alliance", "share a commitment to the
    # alliance", "have discussed a strategic partnership with China")
    r"(?:(?:long|always|also|since\s+\w+)\s+)?(?:an?|the|their|such\s+an?)\s+"
    r"(?:(?!(?:to|with|against|of|for|on|in|by|from|between|and)\b)[\w-]+,?\s+){0,6}?|"
    # ("have been bound by a strategic partnership since 2018", session 35)
    r"are\s+linked\s+by\b[^.;]{0,80}?\b|(?:are|(?:have|has)\s+(?:long\s+|also\s+)?been)\s+bound\s+"
    r"by\b[^.;]{0,80}?\b)"
    # (capitalised too: "are bound by the Strategic Partnership for ...", session 35)
    r"(?i:alliance|(?:strategic|comprehensive)\s+(?:[\w-]+\s+){0,2}?partnership)\b"
    r"(?!\s+(?:with|against)\b)"
)


# "India and Japan upgraded their relationship to a Special Strategic and Global Partnership",
# "the two countries are strategic partners"
_PAIR_UPGRADE = re.compile(
    # "... established diplomatic relations in 1992 and upgraded their relationship to ..."
    rf"(?P<p>{PARTIES})(?P<link>\s+[^.;§]{{1,80}}?\s+and)?\s+(?:also\s+|formally\s+|officially\s+)?"
    r"(?:have\s+|has\s+)?"
    r"(?:upgraded|elevated|raised|lifted)\s+"
    r"(?:(?:their|the|bilateral)\s+)?(?:bilateral\s+|diplomatic\s+)?(?:relationship|relations|ties)\s+"
    r"to\s+"
    r"(?:an?\s+|the\s+(?:level\s+of\s+(?:an?\s+)?)?)?['‘\"“]?(?:[\w-]+\s+){0,5}?(?:[Pp]artnership|[Aa]lliance)\b"
)
# "Vietnam and Indonesia agreed on elevating their bilateral relations to a Comprehensive
# Strategic Partnership", "The two leaders issued a joint statement elevating ...", "Kenya and
# Japan announced the elevation of their ties to ...": the two that elevate (not "discussed
# elevating", "hope to elevate": _ELEVATING_HEDGE)
_PAIR_ELEVATING = re.compile(
    # (leaders elevate for their states: "Prime Minister Albanese and President Widodo ...")
    rf"(?P<p>{SIGNATORIES})(?:\s+on\s+[A-Z][a-z]+\s+\d{{1,2}}|\s+today|\s+on\s+[A-Z][a-z]+day)?\s+"
    r"(?P<link>(?:(?:have\s+|has\s+)?(?:agreed|decided|resolved)\s+"
    r"(?:to\s+(?:upgrade|elevate|raise|lift)|on\s+(?:upgrading|elevating|raising|lifting))|"
    r"(?:have\s+|has\s+)?(?:announced|welcomed|celebrated|hailed|marked|formali[sz]ed|completed)\s+"
    r"the\s+(?:upgrade|upgrading|elevation|elevating|raising)\s+of|"
    r"[^.;§]{1,60}?\s+(?:upgrading|elevating|raising|lifting)))\s+"
    r"(?:(?:their|the|bilateral)\s+)?(?:bilateral\s+|diplomatic\s+)?(?:relationship|relations|ties)\s+"
    # "... elevating the bilateral relations between Vietnam and Malaysia to ..."
    rf"(?:between\s+(?:the\s+)?(?P<between>{PARTIES})\s+)?to\s+"
    r"(?:an?\s+|the\s+(?:level\s+of\s+(?:an?\s+)?)?)?['‘\"“]?(?:[\w-]+\s+){0,5}?"
    r"(?:[Pp]artnership|[Aa]lliance)\b"
)
# a link that makes the elevation a wish or a topic: "discussed elevating", "hope to", "talks on"
_ELEVATING_HEDGE = re.compile(
    r"\b(?:discuss\w*|explor\w*|consider\w*|talks?|hop\w*|wish\w*|want\w*|aim\w*|seek\w*|"
    r"plan\w*|intend\w*|propos\w*|prospects?|possib\w*|ready|willing|look(?:ed|s|ing)?\s+forward|"
    r"committed|commitment|towards?|path|road|ways?|on\s+the\s+way|expected|eager)\b",
    re.IGNORECASE,
)
# "welcomed the elevation of ASEAN-India relations to a Comprehensive Strategic Partnership"
_PAIR_RELATIONS_TO = re.compile(
    # "... of ASEAN-United States relations and ASEAN-India relations to ... Partnerships"
    r"(?:(?P<p0>§[SDO]\d+§(?:\s*[-–]\s*§[SDO]\d+§)+)\s+(?:relations|ties)\s+and\s+)?"
    r"(?P<p>§[SDO]\d+§(?:\s*[-–]\s*§[SDO]\d+§)+)\s+(?:bilateral\s+)?(?:relations|ties|relationship)\s+"
    r"to\s+(?:an?\s+|the\s+(?:level\s+of\s+(?:an?\s+)?)?)?(?:[\w-]+\s+){0,5}?"
    r"(?:[Pp]artnerships?|[Aa]lliance)\b"
)
_THEIR_PARTNERSHIP = re.compile(
    r"\b(?:deepen(?:ing)?|strengthen(?:ing)?|expand(?:ing)?|develop(?:ing)?|advanc(?:e|ing)|"
    r"consolidat(?:e|ing)|enhanc(?:e|ing)|boost(?:ing)?|"
    # "celebrated their permanent comprehensive strategic partnership" (session 25)
    r"upgrad(?:e|ed|ing)|reaffirm(?:ed|ing)?|celebrat(?:e|es|ed|ing)|hail(?:s|ed|ing)?|"
    r"(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?)\s+"
    rf"(?:the\s+)?(?:\d+(?:st|nd|rd|th)?|{ORDINAL})\s+"
    # (not "reaffirmed their commitment to the Alliance's collective defense": no partnership)
    # "to boost the two countries' comprehensive strategic partnership": theirs too
    r"(?:years?|anniversary)\s+of|"
    # "mark 48 years of diplomatic relations, established on ..., and nine years of their
    # strategic partnership" (session 37)
    r"(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?)\s+[^.;§]{1,100}?,?\s+and\s+"
    r"(?:nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+years?\s+of)\s+"
    r"(?:(?:their|(?P<our>our)|(?P<g>§G\d+§)['’]s?)\s+"
    r"(?:(?!commitment\b|support\b|to\b)[\w-]+\s+){0,4}?"
    # ("we mark 72 years of our alliance": the publisher's with its partner, not "... of our
    # partnership with India")
    # (not "China and Kazakhstan pledged to deepen their partnership with the United States":
    # each one's with a third, session 25)
    r"(?i:partnership|alliance)\b(?(our)(?!\s+(?:with|between|of|among)\b)|"
    r"(?!\s+with\s+(?:the\s+)?§[SDGO]\d+§))|"
    # "China and Vietnam issued a joint statement on further strengthening the comprehensive
    # strategic cooperative partnership" (not "... the partnership with India")
    r"the\s+(?:[\w-]+\s+){0,4}?(?i:partnership|alliance)\b(?!\s+(?:with|between|of|among)\b))"
)
# "to deepen the comprehensive strategic cooperative partnership between the two countries":
# deepening presupposes the partnership, whatever is hedged about the deepening
_DEEPEN_BETWEEN = re.compile(
    r"\b(?:deepen|strengthen|expand|advance|consolidate|enhance|upgrade)(?:ing|ed|s)?\s+"
    r"(?:the|their|our|bilateral)\s+[\"“]?(?:[\w-]+\s+){0,4}?(?i:partnership|alliance)[\"”]?\s+"
    r"between\s+"
    rf"(?:the\s+)?(?P<p>{PARTIES}|§G\d+§)"
)
# a third party the subject acts with, before the partnership: "... work with §S2§ to deepen"
_WITH_THIRD = re.compile(r"\bwith\s+(?:the\s+)?§[SDPGO]\d+§")
# the pair named as the subject right before "our partnership", in a quote: "'Japan and the
# Philippines will further deepen our strategic partnership,' Kishida said" (session 41)
_PAIR_BEFORE_OUR = re.compile(
    rf"(?P<p>{PARTIES})\s+(?:(?:will|would|shall|can|must|to|also|further|continue\s+to|"
    r"(?:agreed|pledged|vowed|decided|resolved)\s+to)\s+){0,3}$"
)
# "Australia, the United Kingdom and the United States formed the AUKUS alliance in 2021"
_FORMED_ALLIANCE = re.compile(
    rf"(?P<p>{PARTIES})\s+(?:formed|created|founded|established|forged)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[A-Z][\w-]*\s+|§O\d+§\s+)?(?:trilateral\s+|security\s+|strategic\s+|military\s+|defen[cs]e\s+)*"
    r"(?:alliance|partnership|pact)\b"
)


# "President Biden upgraded ties with Vietnam to a comprehensive strategic partnership"
_UPGRADE_WITH = re.compile(
    r"(?P<a>§[SDPG]\d+§)\s+(?:also\s+|formally\s+|officially\s+)?(?:have\s+|has\s+)?"
    r"(?:upgraded|elevated|raised)\s+(?:its\s+|their\s+|his\s+|her\s+|bilateral\s+)?"
    r"(?:relationship|relations|ties)\s+with\s+(?:the\s+)?(?P<b>§[SDO]\d+§)\s+to\s+"
    r"(?:an?\s+|the\s+(?:level\s+of\s+(?:an?\s+)?)?)?(?:[\w-]+\s+){0,5}?(?:[Pp]artnership|[Aa]lliance)\b"
)
# "Kazakhstan attaches great importance to developing its strategic partnership with Japan",
# "Russia is ready to further develop the partnership with Mongolia" (developing presupposes it;
# not "discussed a partnership with Serbia", "to establish a partnership with Peru")
_ITS_PARTNERSHIP = re.compile(
    # (one state that is the subject: not "The US and Japan agreed to strengthen the partnership
    # with India", whose partnership that is)
    r"(?<!and\s)(?<!,\s)(?P<a>§S\d+§)(?:[^§.;]{0,80}?)\b(?:its|(?:deepen|strengthen|develop|advance|expand|"
    r"consolidate|enhance|boost)(?:ing|ed|s)?\s+the)\s+(?:[\w-]+\s+){0,3}?(?:partnership|alliance)\s+"
    r"with\s+(?:the\s+)?(?P<b>§[SO]\d+§)"
)
# a state's own partnership with another, named by its possessive: "Mongolia's strategic
# partnership with Japan was established in 2022" (session 23; not "Egypt's planned partnership
# with ...", "Britain's partnership with India on climate": a partnership of a topic)
_STATES_PARTNERSHIP = re.compile(
    r"(?<!and\s)(?<!,\s)(?P<a>§S\d+§)['’]s\s+(?:(?!(?:planned|proposed|future|potential|possible|"
    r"envisaged|new|former|defunct)\b)[\w-]+\s+){0,4}?(?:[Pp]artnership|[Aa]lliance)\s+with\s+"
    r"(?:the\s+)?(?P<b>§[SO]\d+§)(?!\s+(?:on|in|for|against)\b)"
)
# "Vietnam has comprehensive strategic partnerships with China, Russia, India and Japan",
# "Kazakhstan maintains a strategic partnership with Azerbaijan": one with each state named (not
# "has proposed a partnership with Peru", "has no partnership with ...")
_HAS_PARTNERSHIP_WITH = re.compile(
    r"(?<!and\s)(?<!,\s)(?P<a>§S\d+§)\s+(?:also\s+|already\s+|now\s+)?(?:has|had|maintains|enjoys)\s+"
    r"(?:an?\s+|the\s+)?(?:(?!(?:to|with|against|of|for|on|in|by|from|between|and|no|been|"
    r"proposed|sought|discussed|offered|suggested|considered|planned|explored|envisaged|pursued|"
    r"plans?|proposals?|hopes?|talks|negotiations|ambitions?)\b)[\w-]+,?\s+){0,5}?"
    r"(?:partnerships?|alliance)\s+with\s+(?:the\s+)?(?P<b>§S\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?"
    r"§S\d+§){0,39})"
)
# "China is willing to work with Spain to deepen the comprehensive strategic partnership": the
# partnership of the two who work together (not "... with Spain to establish a partnership")
_WORK_WITH_PARTNERSHIP = re.compile(
    r"(?<!and\s)(?<!,\s)(?P<a>§[SDPG]\d+§)[^§.;]{0,60}?\b(?:work|cooperate|join\s+hands)\s+with\s+(?:the\s+)?"
    r"(?P<b>§[SDPG]\d+§)\s+to\s+(?:further\s+|jointly\s+|continue\s+to\s+)*"
    r"(?:deepen|strengthen|develop|advance|expand|consolidate|enhance|boost|promote)\s+"
    r"(?:the|their|our|bilateral)\s+(?:[\w-]+\s+){0,4}?(?i:partnership|alliance)\b"
    r"(?!\s+(?:with|between|of|among|in|on|for)\b)"
)
_PAIR_PARTNERS = re.compile(
    # "The two countries established diplomatic relations in 1973 and became strategic partners
    # in 2018": the subject's second act
    rf"(?P<p>{PARTIES})(?:\s+[^.;§]{{1,80}}?\s+and)?\s+(?:are|remain|have\s+been|"
    # "Russia and Cuba had been strategic partners for decades"
    r"had\s+been|(?P<became>became|have\s+become))\s+(?:also\s+)?"
    # "are close neighbours and Comprehensive Strategic Partners"
    r"(?i:close\s+|key\s+|strategic\s+|natural\s+|reliable\s+|trusted\s+|important\s+|"
    r"comprehensive\s+|long-?standing\s+|treaty\s+|strong\s+|steadfast\s+|and\s+|"
    # "are all-weather strategic cooperative partners"
    r"all-weather\s+|cooperative\s+|privileged\s+|special\s+|global\s+|time-tested\s+|"
    r"(?:close\s+|friendly\s+|good\s+)?(?:neighbou?rs|friends)\s+and\s+)*"
    # (not "partners in the fight against ...", but "became strategic partners in 2018", "...
    # for decades")
    r"(?i:partners|allies)\b(?!\s+(?:in|on|of|for|against)\s+(?!\d{4}\b|"
    r"(?:(?:over|more\s+than|nearly|almost|some)\s+)?(?:[a-z]+\s+|\d+\s+)?(?:decades|years)\b))"
)


# a pair's relationship called by its partnership's kind: "China and Pakistan describe their
# relationship as an all-weather strategic cooperative partnership", "Beijing calls its ties with
# Islamabad an all-weather strategic partnership" (session 23; not "a new partnership", "the
# partnership they seek")
_DESCRIBED_PARTNERSHIP = re.compile(
    rf"(?P<p>{PARTIES})\s+(?:(?:have|has|had)\s+)?(?:also\s+|long\s+|often\s+)?"
    r"(?:describe[sd]?|call(?:s|ed)?|term(?:s|ed)?|characteri[sz]e[sd]?|define[sd]?)\s+"
    r"(?:their|its)\s+(?:bilateral\s+)?(?:relationship|relations|ties)"
    r"(?:\s+with\s+(?:the\s+)?(?P<b>§[SD]\d+§))?\s+(?:as\s+)?(?:an?|the)\s+"
    r"(?:(?!(?:future|planned|potential|possible|proposed)\b)[\w-]+\s+){0,5}?"
    r"(?i:partnership|alliance)\b(?!\s+(?:to\s+come|they\s+seek)\b)"
)
_DESCRIBED_VERBS = ("describ", "call", "term", "characteri", "define")


# "China and Russia are each other's largest neighbor and comprehensive strategic partner of
# coordination" (a kind of partnership named; not "each other's largest trading partner")
_EACH_OTHERS_PARTNER = re.compile(
    rf"(?P<p>{PARTIES})\s+(?:are|remain|have\s+been|have\s+become|became)\s+each\s+other['’]s\s+"
    r"(?:[\w-]+\s+){0,8}?(?i:strategic|comprehensive|all-weather|privileged)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:partners?|ally|allies)\b"
)


# "Russia and North Korea signed a comprehensive strategic partnership treaty", "Putin and Kim
# signed the Treaty on Comprehensive Strategic Partnership": the partnership it names
_SIGNED_PARTNERSHIP = re.compile(
    rf"(?P<p>{SIGNATORIES})\s+(?:have\s+|has\s+)?(?:\w+ly\s+)?(?:also\s+)?(?:signed|concluded)\s+"
    r"(?:an?\s+|the\s+)?(?:(?i:treaty|agreement|charter|declaration)\s+on\s+(?:the\s+|a\s+)?)?"
    r"(?:(?i:comprehensive|strategic|enhanced|special|privileged|global|all-round|allied|"
    # (not "a partnership in raw materials", "Enhanced Partnership and Cooperation Agreement")
    r"enduring)\s+(?:and\s+)?){1,4}(?i:partnership|alliance)\b"
    # (but "a Declaration on Comprehensive Strategic Partnership and more than ten
    # intergovernmental documents": a second thing signed, session 27)
    r"(?!\s+(?:(?:in|on|for)\s+(?![A-Z\d])|and\b(?!\s+(?:an?|the|more|over|some|several|about|"
    r"nearly|other|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+number)\s)))"
)

# "The United States and Vietnam have agreed to a comprehensive strategic partnership", "Kenya
# and Japan agreed on a strategic partnership": the partnership the pair agreed to (session 43;
# not "agreed to establish a strategic partnership", a step to come (session 11), nor "agreed to
# launch a clean energy partnership", a partnership on a topic, nor "agreed to negotiate a
# Comprehensive Economic Partnership Agreement", a treaty to come)
_AGREED_PARTNERSHIP = re.compile(
    rf"(?P<p>{SIGNATORIES})\s+(?:have\s+|has\s+)?(?:also\s+|formally\s+|officially\s+)?"
    r"agreed\s+(?:to|on)\s+(?:an?\s+|the\s+)?(?:new\s+)?"
    r"(?:(?i:comprehensive|strategic|enhanced|special|privileged|global|all-round|enduring)\s+"
    r"(?:and\s+)?){1,4}(?i:partnership)\b"
    # (a topic after it, not a date or place: "... partnership in energy", not "... in January")
    r"(?!\s+(?:(?i:agreements?|treaty|framework|dialogue|talks|negotiations|with|between|for)\b|"
    r"(?:in|on)\s+(?![A-Z\d])))"
)


def _signed_when(analysis: Analysis) -> list[Value]:
    """The one date a sentence gives a signing ("... Charter on Strategic Partnership signed in
    2009"), else none."""
    text, base = analysis.sentence.text, analysis.sentence.begin
    dated: list[Value] = [
        d.value
        for d in analysis.dates
        if not d.end_value and _SIGNED_WHEN.search(text, 0, d.begin - base)
    ]
    return dated if len(dated) == 1 else []


_PARTNERSHIP_WORD = re.compile(r"\b(?:partnership|alliance)\b", re.IGNORECASE)
_PARTNERSHIP_WORDS = frozenset(
    {"partnership", "partnerships", "alliance", "partner", "ally", "partners", "allies"}
)
_QUOTED_ORG = ('"§O', "“§O", "'§O", "‘§O")  # (a partnership's quoted name _NAMED_PARTNERSHIP reads)
_UPGRADE_VERBS = ("upgraded", "elevated", "raised", "lifted")  # of _PAIR_UPGRADE
_ELEVATING_VERBS = ("upgrad", "elevat", "rais", "lift")  # of _PAIR_ELEVATING
_FORMED_VERBS = ("formed", "created", "founded", "established", "forged")  # of _FORMED_ALLIANCE
# "Vietnam and Australia announced the establishment of a comprehensive strategic partnership",
# "The two leaders announced the launch of ...": the partnership of those who set it up (not "...
# of a partnership with Kenya", "... between A and B": another pair's; session 30)
_PAIR_ESTABLISHMENT = re.compile(
    rf"(?P<p>{SIGNATORIES})\s+(?:have\s+|has\s+)?(?:also\s+|jointly\s+|formally\s+)?"
    r"(?:announced|proclaimed)\s+the\s+(?:establishment|launch|creation|formation)\s+of\s+"
    r"(?:a|an|the)\s+['‘\"“]?(?:[\w-]+\s+){0,4}?(?:[Pp]artnership|[Aa]lliance)\b"
    r"(?!\s+(?:with|between|among|of)\b)"
)
# (not "will continue to strengthen its partnership with Japan": a partnership that is, carried on)
_PLANNED = re.compile(
    r"\b(?:will(?!\s+(?:continue\s+to\s+|further\s+)+(?:deepen|strengthen|develop|advance|expand|"
    r"consolidate|enhance|boost)\b)|plan|launch(?:ed)?\s+negotiations|"
    # "Hungary called for a strategic partnership between the EU and China" (session 25)
    r"(?:call(?:s|ed|ing)?\s+for|propos(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:partnership|alliance))\b"
)
# (what _PLANNED cannot match without)
_PLANNED_WORDS = ("will", "plan", "launch", "call", "propos")
_ALLIANCE_WORDS = ("alliance", "partnership")  # (what _PARTNERSHIP cannot match without)
# "The Major Defense Partnership between X and Y will enable ...": what an existing partnership
# will do (not "A partnership between X and Y will be launched")
_EXISTING_WILL = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,4}?(?:[Pp]artnership|[Aa]lliance)\s+between\s+[^.;]{1,80}?\s+"
    r"will\s+(?!(?:not|soon|also|first|formally|be|become|start|begin|get)\b)"
)
# "the strategic partnership between X and Y", "the comprehensive partnership and strategic
# interaction between X and Y"
_PARTNERSHIP_BETWEEN = re.compile(
    # (its name quoted: 'reaffirmed the "special strategic partnership" between X and Y')
    r"(?:alliance|partnership)[\"”’']?(?:\s+and(?:\s+[a-z-]+){1,3}?)?\s+(?:between|of)\s+(?:the\s+)?"
    # ("reviewed the comprehensive strategic partnership between their countries": session 37)
    rf"(?:(?P<two>two\s+(?:countries|nations|states|sides)|both\s+(?:countries|nations)|"
    r"their\s+(?:two\s+)?(?:countries|nations|states))\b|"
    rf"(?P<p>{PARTIES}))",
    re.IGNORECASE,
)
# "the Joint Statement of X and Y on Deepening the Comprehensive Partnership ...": its parties'
_STATEMENT_ON_PARTNERSHIP = re.compile(
    rf"\b[Ss]tatement\s+(?:of|by|between)\s+(?:the\s+)?(?P<p>{PARTIES})\s+on\s+"
    r"(?:[\w-]+\s+){0,5}?(?:[Pp]artnership|[Aa]lliance)\b"
)
# "our partnership with Japan": the publisher's state and the partner
_PARTNERSHIP_WITH = re.compile(r"partnership\s+with\s+(?:the\s+)?(?P<b>§[SO]\d+§)")
_OUR = re.compile(r"\b(?:our|we)\b", re.IGNORECASE)


# a clause after the act that dates something else: "..., 28 years after normalising
# diplomatic relations in 1995"
_LATER_ACT = re.compile(r"\b(?:after|since|following|before|years\s+ago)\b")


def _of_a_later_clause(masked: str, date: DateMention, end: int) -> bool:
    """Whether a date follows the matched act (ending at ``end`` in the masked text) behind
    "after", "since", "following" (dates are not masked: their text is in the masked text)."""
    later = _LATER_ACT.search(masked, end)
    return later is not None and masked.find(date.text) >= later.start()


# "the two leaders announced the establishment of a comprehensive strategic partnership": a
# partnership that starts with the act the sentence tells
_ESTABLISHMENT = re.compile(
    r"\b(?:announced|proclaimed|declared|agreed\s+on|decided\s+on|approved)\s+(?:the\s+)?"
    r"(?:establishment|launch|creation|formation)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:partnership|alliance)\b"
)
_ESTABLISHMENT_WORDS = ("establishment", "launch", "creation", "formation")


def _established_on(
    analysis: Analysis, doc: Doc, masked: str, parties: Sequence[Entity]
) -> TimeValue | None:
    """The day a sentence says a partnership was established on: its one date, else the date
    of the meeting the parties' people held (the act told of it)."""
    if not any(word in masked for word in _ESTABLISHMENT_WORDS) or not _ESTABLISHMENT.search(
        masked
    ):
        return None
    if analysis.dates:
        only = analysis.dates[0]
        return only.value if len(analysis.dates) == 1 and only.end_value is None else None
    return doc.meeting_date_of(parties)


# a partnership told as over: "Russia and Ukraine had been strategic partners until 2014", "The
# strategic partnership between Russia and Ukraine collapsed in 2014" (session 23; not "a plan to
# develop the partnership until 2030", nor "the alliance ended decades of rivalry")
_PARTNERSHIP_OVER = re.compile(
    r"\b(?:had\s+been|were|was)\s+(?:[^.;§]{0,40}?\s)?(?:partners|allies)\s+(?:[^.;]{0,40}?\s)?"
    r"(?:until|till)\s|"
    r"\b(?:[Pp]artnership|[Aa]lliance)\s+(?:[^.;]{0,40}?\s)?(?:collapsed|broke\s+down|fell\s+apart|"
    r"(?:was|were)\s+(?:terminated|dissolved|scrapped)|ended(?!\s+(?:the|a|an|their|its|decades|years)\b))"
)

# (the words _PARTNERSHIP_OVER cannot match without)
_OVER_WORDS = frozenset(
    "until till collapsed broke fell terminated dissolved scrapped ended".split()
)


# a partnership's anniversary still to come, in a relative clause after it: "the
# Indonesia-Australia Comprehensive Strategic Partnership, which will mark its fifth anniversary
# next year" (the partnership is, and started that many years before; session 27)
_WILL_MARK_ANNIVERSARY = re.compile(
    r"(?<=[Pp]artnership),\s+which\s+(?:will|is\s+to|is\s+set\s+to)\s+(?:mark|celebrate)\s+its\s+"
    rf"(?:(?P<n>\d+)(?:st|nd|rd|th)|(?P<w>{ORDINAL}))\s+anniversary\b[^,;.]*"
)


# a relative clause on a partnership's future after its name ("..., which will rest on four
# pillars: ..."), to the sentence's end or its next clause
_WHICH_WILL_AFTER = re.compile(
    r"(?<=[Pp]artnership),\s+which\s+(?:will|would|is\s+to|is\s+set\s+to|is\s+expected\s+to)\s"
    r"[^;]*?(?=;|\.?\s*$)"
)


def _partnership_anniversary_to_come(analysis: Analysis, doc: Doc) -> bool:
    """The partnerships of a sentence read without an anniversary-to-come clause, dated by it
    (see _WILL_MARK_ANNIVERSARY); False when there is no such clause."""
    masked = analysis.masked
    will = _WILL_MARK_ANNIVERSARY.search(masked)
    if will is None:
        return False
    text = will.group(0)
    plain = dataclasses.replace(
        analysis,
        masked=masked[: will.start()] + masked[will.end() :],
        dates=[d for d in analysis.dates if d.text not in text],
    )
    if not plainly_asserted(plain):
        return False
    marked = [d for d in analysis.dates if d.text in text and not d.end_value and not d.since]
    start = None
    if len(marked) == 1 and (marked[0].value.year > doc.date.year if doc.date else False):
        start = marked[0].value.year - ordinal_count(will.group("n") or will.group("w"))
    n = len(doc.facts)
    partnerships(plain, doc, view=True)
    for i in range(n, len(doc.facts)):
        f = doc.facts[i]
        if start is not None and f.cls is FactClass.PARTNERSHIP and not f.get("startDate"):
            args = {role: values for role, values in f.args}
            args["startDate"] = (TimeValue(start),)
            doc.facts[i] = Fact.make(
                f.cls, args, evidence=f.evidence, confidence=f.confidence, status=f.status
            )
    return True


def partnerships(analysis: Analysis, doc: Doc, *, view: bool = False) -> None:
    masked = analysis.masked
    if analysis.words.isdisjoint(_PARTNERSHIP_WORDS) and not (
        "§O" in masked and any(mark in masked for mark in _QUOTED_ORG)  # (each mark has "§O")
    ):
        return
    if not view and "anniversary" in masked and _partnership_anniversary_to_come(analysis, doc):
        return
    if not view and "which" in masked and (rel := _WHICH_WILL_AFTER.search(masked)) is not None:
        # "agreed to elevate the relationship to a Strategic Partnership, which will rest on four
        # pillars": what the partnership will do hedges not the partnership (session 37)
        clause = rel.group(0)
        plain = dataclasses.replace(
            analysis,
            masked=masked[: rel.start()] + " " * len(clause) + masked[rel.end() :],
            dates=[d for d in analysis.dates if d.text not in clause],
        )
        if not hedged(plain.masked):
            partnerships(plain, doc, view=True)
            return
    if not analysis.words.isdisjoint(_OVER_WORDS) and _PARTNERSHIP_OVER.search(masked):
        return  # a former partnership (session 23)
    if "whose" in masked and not analysis.negated:
        _whose_partnership(analysis, doc)
    if "§," in masked and not view and (views := aside_views(analysis)):
        n = len(doc.facts)
        for part in views:
            partnerships(part, doc, view=True)
        if "between" in masked:
            _dated_by_aside(analysis, doc, n)
        return
    if not analysis.negated and "between" in masked:  # (a word _DEEPEN_BETWEEN needs)
        for m in _DEEPEN_BETWEEN.finditer(masked):
            parties = parties_of(entities_of(analysis, m.group("p")), doc)
            if len(parties) == 2:
                doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.75)
    considers = any(verb in masked for verb in ("consider", "regard", "sees", "views", "describe"))
    for m in _CONSIDERS_PARTNER.finditer(masked) if considers and not analysis.negated else ():
        # ("considers" hedges an act, "considers sanctions", not a view of a partner: the rest
        # of the sentence must not hedge it)
        if hedged(masked[: m.start()] + " " + masked[m.end() :]):
            continue
        sides = [side_of(doc, e) for e in entities_of(analysis, m.group("a") + m.group("b"))]
        parties = [e for e in sides if e is not None and e.kind is EntityKind.STATE]
        if len(parties) == 2 and parties[0].key != parties[1].key:
            doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.7)
    planned = any(word in masked for word in _PLANNED_WORDS) and _PLANNED.search(masked)
    if planned and (existing := _EXISTING_WILL.search(masked)):
        planned = _PLANNED.search(masked[: existing.start()] + masked[existing.end() :])
    if "partner" in masked and not analysis.hypothetical and not planned:
        _partners_of_organisations(analysis, doc)
    fired = False
    if not analysis.negated and any(verb in masked for verb in (*_FORMED_VERBS, "launched")):
        # (a partnership started in the past holds whatever the main clause hopes or plans about
        # it: "would further develop the partnership that the two countries established in
        # 2018", session 35)
        fired = _partnership_started(analysis, doc)
    if not plainly_asserted(analysis) or planned:
        return
    for m in _NAMED_PARTNERSHIP.finditer(masked):
        if m.group("o") and not _PARTNERSHIP_WORD.search(analysis.mention(m.group("o")).text):
            continue
        parties = parties_of(entities_of(analysis, m.group("p")), doc)
        if len(parties) >= 2:
            named: dict[str, Sequence[Value]] = {"party": parties}
            if "signed" in masked and (signed := _signed_when(analysis)):
                named["startDate"] = signed
            elif started := _established_after(analysis, masked, m.end()):
                named["startDate"] = started
            doc.add(FactClass.PARTNERSHIP, named, analysis, 0.85)
            fired = True
    if not fired and may_name(masked, _ALLIANCE_WORDS) and _PARTNERSHIP.search(masked):
        between = _PARTNERSHIP_BETWEEN.search(masked) or _STATEMENT_ON_PARTNERSHIP.search(masked)
        if between:
            if between.groupdict().get("two"):
                # "X and Y celebrated the strategic partnership between the two countries"
                # ("..., where the two leaders reviewed the partnership between their countries":
                # the pair named right before)
                parties = pair_subject(analysis, doc, masked) or _pair_slot_before(
                    analysis, doc, between.start()
                )
            else:
                parties = parties_of(entities_of(analysis, between.group("p")), doc)
            if len(parties) >= 2:
                founded: dict[str, Sequence[Value]] = {"party": parties}
                if (start := _established_on(analysis, doc, masked, parties)) is not None:
                    founded["startDate"] = [start]
                elif started := _established_after(analysis, masked, between.end()):
                    # "The strategic partnership between France and China, established in
                    # 1997, ..." (session 37)
                    founded["startDate"] = started
                doc.add(FactClass.PARTNERSHIP, founded, analysis, 0.85)
                fired = True
        else:
            w = _PARTNERSHIP_WITH.search(masked)
            subject = doc.finder.ctx.home
            if w and subject is not None and _OUR.search(masked):
                parties = [Entity.linked(subject.qid, subject.label, EntityKind.STATE)]
                parties += parties_of(entities_of(analysis, w.group("b")), doc)
                if len(parties) == 2 and parties[0].key != parties[1].key:
                    doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.75)
    if not fired:
        # (each pattern with whether the sentence has a word the pattern cannot match without)
        for regex, possible in (
            (_PAIR_UPGRADE, any(verb in masked for verb in _UPGRADE_VERBS)),
            (_PAIR_ELEVATING, any(verb in masked for verb in _ELEVATING_VERBS)),
            (_PAIR_RELATIONS_TO, "relation" in masked or "ties" in masked),
            (_PAIR_PARTNERS, True),
            (_EACH_OTHERS_PARTNER, "each" in masked),
            (_FORMED_ALLIANCE, any(verb in masked for verb in _FORMED_VERBS)),
            (_PAIR_ESTABLISHMENT, any(word in masked for word in _ESTABLISHMENT_WORDS)),
            (_SIGNED_PARTNERSHIP, "signed" in masked or "concluded" in masked),
            (_AGREED_PARTNERSHIP, "agreed" in masked),
        ):
            for m in regex.finditer(masked) if possible else ():
                if regex is _PAIR_ELEVATING and _ELEVATING_HEDGE.search(m.group("link")):
                    continue
                if m.groupdict().get("p0"):
                    first = parties_of(entities_of(analysis, m.group("p0")), doc)
                    if len(first) >= 2:
                        doc.add(FactClass.PARTNERSHIP, {"party": first}, analysis, 0.8)
                # ("... the relations between Vietnam and Malaysia to ...": those two)
                slots = m.groupdict().get("between") or m.group("p")
                parties = parties_of(entities_of(analysis, slots), doc)
                if len(parties) < 2:
                    continue
                args: dict[str, Sequence[Value]] = {"party": parties}
                dated = [
                    d.value
                    for d in analysis.dates
                    if not d.end_value and not _of_a_later_clause(masked, d, m.end())
                ]
                if (
                    regex
                    in (
                        _PAIR_UPGRADE,
                        _PAIR_RELATIONS_TO,
                        _FORMED_ALLIANCE,
                        _PAIR_ELEVATING,
                        _PAIR_ESTABLISHMENT,
                        _AGREED_PARTNERSHIP,
                    )
                    and dated
                ):
                    # the upgrade starts the partnership (the last date when it is the second
                    # act of its subject, unless the first act made the partnership: "established
                    # a strategic partnership in 2013 and upgraded ties to ... in 2022")
                    link = m.group("link") if regex is _PAIR_UPGRADE else None
                    linked = link and not _PARTNERSHIP_WORD.search(link)
                    args["startDate"] = [dated[-1] if linked else dated[0]]
                elif regex is _PAIR_PARTNERS and (since := _held_since(analysis, masked, m.end())):
                    # "Mongolia and India have been strategic partners since 2015"
                    args["startDate"] = since
                elif regex is _PAIR_PARTNERS and m.group("became"):
                    # "... and became strategic partners in 2018": the date after "became"
                    after = [
                        d.value
                        for d in analysis.dates
                        if not d.end_value and masked.find(d.text, m.start("became")) >= 0
                    ]
                    if after:
                        args["startDate"] = after[:1]
                doc.add(FactClass.PARTNERSHIP, args, analysis, 0.8)
                fired = True
    if not fired and any(verb in masked for verb in _DESCRIBED_VERBS):
        for m in _DESCRIBED_PARTNERSHIP.finditer(masked):
            parties = parties_of(entities_of(analysis, m.group("p") + (m.group("b") or "")), doc)
            if len(parties) == 2 and parties[0].key != parties[1].key:
                doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.75)
                fired = True
    if not fired and "bound" in masked:
        fired = _bound_by_partnership(analysis, doc, masked)
    if not fired and (their := _THEIR_PARTNERSHIP.search(masked)):
        # "Xi and Putin pledged to deepen their strategic partnership": the subject's two states
        # (or the two countries' the sentence names: "to boost the two countries' partnership")
        if their.group("g"):
            parties = parties_of(entities_of(analysis, their.group("g")), doc)
        elif their.group("our"):
            parties = our_pair(doc) or _pair_before_our(analysis, doc, their.start())
        elif _WITH_THIRD.search(masked, 0, their.start()):
            parties = []  # "X and Y are ready to work with Z to deepen the partnership": whose?
        else:
            parties = pair_subject(analysis, doc, masked) or _pair_slot_before(
                analysis, doc, their.start()
            )
        if len(parties) == 2:
            args = {"party": parties}
            years = _YEARS_OF_PARTNERSHIP.search(masked)
            if started := _established_after(analysis, masked, their.end()):
                # "... and nine years of their strategic partnership, set up in 2015" (session 37)
                args["startDate"] = started
            elif years and doc.date:
                # "celebrated 25 years of their strategic partnership" (in 2023): since 1998 (not
                # "the 30th anniversary of diplomatic relations" in the same sentence); "marked
                # 25 years of their strategic partnership in 2023": from that year (session 24)
                year = _anniversary_year(analysis) or doc.date.year
                args["startDate"] = [
                    TimeValue(year - ordinal_count(years.group("n") or years.group("w")))
                ]
            doc.add(FactClass.PARTNERSHIP, args, analysis, 0.75)
            fired = True
    if not fired:
        for m in _UPGRADE_WITH.finditer(masked):
            sides = [side_of(doc, e) for e in entities_of(analysis, m.group("a") + m.group("b"))]
            parties = parties_of([e for e in sides if e is not None], doc)
            if len(parties) == 2:
                upgrade: dict[str, Sequence[Value]] = {"party": parties}
                dated = [d.value for d in analysis.dates if not d.end_value]
                if dated:
                    upgrade["startDate"] = [dated[0]]
                doc.add(FactClass.PARTNERSHIP, upgrade, analysis, 0.8)
                fired = True
    if not fired and "with" in masked:  # (a word _WORK_WITH_PARTNERSHIP needs)
        for m in _WORK_WITH_PARTNERSHIP.finditer(masked):
            sides = [side_of(doc, e) for e in entities_of(analysis, m.group("a") + m.group("b"))]
            parties = parties_of([e for e in sides if e is not None], doc)
            if len(parties) == 2:
                doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.75)
                fired = True
    if not fired and "with" in masked:  # (a word _HAS_PARTNERSHIP_WITH needs)
        for m in _HAS_PARTNERSHIP_WITH.finditer(masked):
            holder = states_in(analysis, m.group("a"), doc)
            for a in holder[:1] if len(holder) == 1 else ():
                for b in states_in(analysis, m.group("b"), doc):
                    if b.key == a.key:
                        continue
                    pair: dict[str, Sequence[Value]] = {"party": [a, b]}
                    if len(holder) == 1 and (since := _held_since(analysis, masked, m.end())):
                        # "Brazil has had a strategic partnership with Germany since 2008"
                        pair["startDate"] = since
                    doc.add(FactClass.PARTNERSHIP, pair, analysis, 0.75)
                    fired = True
    if not fired:
        for m in _ITS_PARTNERSHIP.finditer(masked):
            parties = parties_of(entities_of(analysis, m.group("a") + m.group("b")), doc)
            if len(parties) == 2:
                doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.75)
                fired = True
    if not fired and ("'s " in masked or "’s " in masked):
        for m in _STATES_PARTNERSHIP.finditer(masked):
            parties = parties_of(entities_of(analysis, m.group("a") + m.group("b")), doc)
            if len(parties) == 2 and parties[0].key != parties[1].key:
                own: dict[str, Sequence[Value]] = {"party": parties}
                if started := _established_after(analysis, masked, m.end()):
                    own["startDate"] = started
                doc.add(FactClass.PARTNERSHIP, own, analysis, 0.75)
                fired = True
    if not fired:
        for m in _PAIR_ALLIANCE.finditer(masked):
            parties = parties_of(entities_of(analysis, m.group("p")), doc)
            if len(parties) >= 2:
                held: dict[str, Sequence[Value]] = {"party": parties}
                if since := _held_since(analysis, masked, m.end()):
                    held["startDate"] = since
                doc.add(FactClass.PARTNERSHIP, held, analysis, 0.8)
    for m in _POSSESSIVE_PARTNER.finditer(masked):
        if bool(m.group("one")) != bool(m.group("many")):
            continue  # "one of Russia's partner ..."?, "Kazakhstan is Russia's allies"?
        parties = states_in(analysis, m.group("a") + m.group("b"), doc)
        if len(parties) == 2:
            doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.7)
    for m in _PARTNER_OF.finditer(masked):
        parties = states_in(analysis, m.group("a") + m.group("b"), doc)
        if len(parties) == 2:
            doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.7)
    if (
        not fired
        and ("'" in masked or "’" in masked)
        and plainly_asserted(analysis)
        and not planned
    ):
        for m in _PAIR_POSSESSIVE.finditer(masked) if not _PARTNERSHIP_ENDED.search(masked) else ():
            parties = parties_of(entities_of(analysis, m.group("p") or m.group("g")), doc)
            if len(parties) >= 2 and len({e.key for e in parties}) == len(parties):
                doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.75)
    if "Peace" in masked and plainly_asserted(analysis) and not planned:
        for m in _PEACE_PARTNERSHIP.finditer(masked):
            nato = [
                e for e in entities_of(analysis, m.group("o")) if e.kind is EntityKind.ORGANIZATION
            ]
            if not nato or "North Atlantic" not in (nato[0].label or ""):
                continue
            joined: list[TimeValue] = []
            if m.group("joined"):
                joined = [d.value for d in analysis.dates if not d.end_value and not d.relative][:1]
            for state in states_in(analysis, m.group("a"), doc):
                peace: dict[str, Sequence[Value]] = {"party": [state, nato[0]]}
                if joined:
                    peace["startDate"] = joined
                doc.add(FactClass.PARTNERSHIP, peace, analysis, 0.8)


# "Türkiye and Azerbaijan, whose alliance was formalised in the Shusha Declaration, ...": the
# partnership of the pair the relative clause is about, told as made (session 35)
_WHOSE_PARTNERSHIP = re.compile(
    r"(?P<p>§S\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§S\d+§)+),\s+whose\s+"
    r"(?:(?!(?:planned|proposed|future|new|former)\b)[\w-]+\s+){0,3}?(?i:partnership|alliance)\s+"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+|first\s+)?(?:formali[sz]ed|established|"
    r"launched|sealed|forged|founded|set\s+up|created|upgraded|elevated)\b"
)


def _whose_partnership(analysis: Analysis, doc: Doc) -> None:
    """A partnership a relative clause tells two states made (_WHOSE_PARTNERSHIP), from the date
    right after its verb ("was established in 2020")."""
    masked = analysis.masked
    for m in _WHOSE_PARTNERSHIP.finditer(masked):
        parties = parties_of(entities_of(analysis, m.group("p")), doc)
        if len(parties) < 2:
            continue
        args: dict[str, Sequence[Value]] = {"party": parties}
        if (at := _IN_OR_ON.match(masked, m.end())) is not None:
            args["startDate"] = [
                d.value
                for d in analysis.dates
                if not d.relative and not d.end_value and masked.startswith(d.text, at.end())
            ][:1]
        doc.add(FactClass.PARTNERSHIP, {k: v for k, v in args.items() if v}, analysis, 0.75)


_IN_OR_ON = re.compile(r"\s+(?:in|on)\s+")


# "The Mongolia-Türkiye comprehensive partnership was established in 2022": when it began
# ("the strategic partnership between Brazil and France, which was established in 2006", "the
# U.S.-Kenya ... Partnership, launched in July 2022", "their strategic partnership, set up in
# 2015": session 37)
_ESTABLISHED_AFTER = re.compile(
    r"(?:\s+|,\s+(?:which\s+|that\s+)?)(?:(?:was|were|has\s+been|had\s+been)\s+)?"
    r"(?:officially\s+|formally\s+|first\s+)?(?:established|launched|forged|formed|set\s+up|"
    r"created|founded)\s+(?:in|on)\s+"
)


def _dated_by_aside(analysis: Analysis, doc: Doc, since: int) -> None:
    """The start a relative clause gives the partnership between two parties it follows ("the
    strategic partnership between Brazil and France, which was established in 2006, and ..."),
    put on the undated partnerships of those parties that the sentence's views gave (the facts
    from ``since`` on)."""
    masked = analysis.masked
    for m in _PARTNERSHIP_BETWEEN.finditer(masked):
        if m.group("two") or not (started := _established_after(analysis, masked, m.end())):
            continue
        parties = {e.key for e in parties_of(entities_of(analysis, m.group("p")), doc)}
        for i in range(since, len(doc.facts)):
            f = doc.facts[i]
            if (
                f.cls is FactClass.PARTNERSHIP
                and not f.get("startDate")
                and {e.key for e in f.get("party") if isinstance(e, Entity)} == parties
            ):
                args = {role: values for role, values in f.args}
                args["startDate"] = tuple(started)
                doc.facts[i] = Fact.make(
                    f.cls, args, evidence=f.evidence, confidence=f.confidence, status=f.status
                )


def _pair_before_our(analysis: Analysis, doc: Doc, at: int) -> list[Entity]:
    """The two states named as the subject right before a verb on "our partnership" ("Japan
    and the Philippines will further deepen our strategic partnership"), else none."""
    pair = _PAIR_BEFORE_OUR.search(analysis.masked, 0, at)
    if pair is None:
        return []
    parties = parties_of(entities_of(analysis, pair.group("p")), doc)
    return parties if len(parties) == 2 and parties[0].key != parties[1].key else []


def _pair_slot_before(analysis: Analysis, doc: Doc, at: int) -> list[Entity]:
    """The two parties of the group slot right before ``at`` ("as the two countries mark ... of
    their partnership", "where the two leaders reviewed ..."), when no other slot stands
    between."""
    slots = list(SLOT_CODE.finditer(analysis.masked, 0, at))
    if not slots or not slots[-1].group(0).startswith(("§G", "§P")):
        return []
    parties = parties_of(entities_of(analysis, slots[-1].group(0)), doc)
    return parties if len(parties) == 2 and parties[0].key != parties[1].key else []


def _established_after(analysis: Analysis, masked: str, end: int) -> list[TimeValue]:
    """The date a named partnership "was established in", written right after its name."""
    after = _ESTABLISHED_AFTER.match(masked, end)
    if after is None:
        return []
    for d in analysis.dates:
        if not d.relative and not d.end_value and masked.find(d.text, end) == after.end():
            return [d.value]
    return []


# "Kazakhstan, bound to China by a comprehensive strategic partnership since 2019, ...": the
# partnership of the two states (not "bound to X by a treaty", "bound by a partnership to come")
_BOUND_BY_PARTNERSHIP = re.compile(
    r"(?P<p>§S\d+§,?\s+(?:(?:which|that)\s+(?:is|was|has\s+been)\s+|(?:is|are|was|were|"
    r"(?:has|have)\s+(?:long\s+|also\s+)?been)\s+)?(?:closely\s+|also\s+|long\s+)?bound\s+to\s+(?:the\s+)?§S\d+§)\s+by\s+"
    r"(?:an?\s+|the\s+|their\s+)?(?:(?!(?:future|planned|proposed|new)\b)[\w-]+\s+){0,4}?"
    r"(?i:partnership|alliance)\b"
)


def _bound_by_partnership(analysis: Analysis, doc: Doc, masked: str) -> bool:
    """A partnership binding a state to another ("X, bound to Y by a strategic partnership since
    2014"), started at the date "since" gives right after it."""
    fired = False
    for m in _BOUND_BY_PARTNERSHIP.finditer(masked):
        parties = parties_of(entities_of(analysis, m.group("p")), doc)
        if len(parties) != 2:
            continue
        args: dict[str, Sequence[Value]] = {"party": parties}
        if since := _held_since(analysis, masked, m.end()):
            args["startDate"] = since
        doc.add(FactClass.PARTNERSHIP, args, analysis, 0.8)
        fired = True
    return fired


def _held_since(analysis: Analysis, masked: str, end: int) -> list[TimeValue]:
    """The start of a partnership held "since 2014", written right after it (else nothing)."""
    for d in analysis.dates:
        at = masked.find(d.text, end)
        if d.since and not d.relative and not d.end_value and 0 <= at - end <= 12:
            return [d.value]
    return []


def _partners_of_organisations(analysis: Analysis, doc: Doc) -> None:
    """A state's partnership with an organisation (with a state only when it became one), from
    the date after "became"; a negation after it is another clause's ("... in 2018 but is not a
    member of the Alliance")."""
    masked = analysis.masked
    negation = first_negation(analysis)
    for m in _ORG_PARTNER.finditer(masked):
        if negation is not None and negation < m.end():
            continue
        other = m.group("b") or m.group("b2") or ""
        parties = parties_of(entities_of(analysis, m.group("a") + other), doc)
        if len(parties) != 2 or parties[0].key == parties[1].key:
            continue
        if not m.group("became") and not is_org(parties[1], doc):
            continue
        args: dict[str, Sequence[Value]] = {"party": [parties[1], parties[0]]}
        cut = negation if negation is not None else len(masked)
        if m.group("became"):
            after = [
                d.value
                for d in analysis.dates
                if not d.end_value and m.end() <= masked.find(d.text, m.start()) < cut
            ]
            if after:
                args["startDate"] = after[:1]
        doc.add(FactClass.PARTNERSHIP, args, analysis, 0.75)
