"""Meetings (CONSULT, CAMEO 04x): talks, visits, hosted visits, calls, summits and mediation,
with their participants, date, place and topic; one meeting per occasion.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from dipld.extract.arguments import (
    DAYS_BACK,
    act_date,
    act_days,
    earlier_year,
    resolve_phrase,
    told_as_future,
)
from dipld.extract.events import (
    ACTOR_KINDS,
    ANY_SLOT,
    COLLECTIVE,
    ONE_SLOT,
    SLOT_GROUP,
    event_date,
    pronoun_entities,
)
from dipld.extract.facts import (
    Doc,
    entities_of,
    event_args,
    finer_place,
    meeting_states,
    side_of,
    state_of,
)
from dipld.extract.gazetteer import fold
from dipld.extract.patterns import (
    ACTORS,
    COUNTED_ROUNDS,
    DATELINE,
    FUTURE,
    NEGATION,
    PARTIES,
    SLOT,
    group_of,
    intro_end,
)
from dipld.extract.people import CALENDAR_WORDS, UNTITLED_LEADER, entity_of
from dipld.extract.spans import Analysis, Code, Mention, hedged
from dipld.extract.triggers import CITY_OF
from dipld.kb.index import KbIndex
from dipld.model import (
    Concept,
    Entity,
    EntityKind,
    Fact,
    FactClass,
    Precision,
    Status,
    TimeValue,
    Value,
)
from dipld.temporal import MONTHS, WEEKDAYS

# ---- meetings -----------------------------------------------------------------------------

_MEET_VERB = (
    # "held a Japan-Philippines Foreign Ministers' Meeting with ..."
    # "Blinken and Mudavadi convened the U.S.-Kenya Strategic Dialogue"
    # "Wang had earlier held a bilateral meeting with Lavrov", "has spoken by phone with"
    r"(?:(?:has|have|had)\s+(?=(?:[a-z]+\s+)?(?:held|convened|co-?chaired|conferred|spoken|"
    r"talked|sat|gathered|took|participated)\b))?"
    r"(?:also\s+|last\s+|previously\s+|first\s+|recently\s+|already\s+|earlier\s+|today\s+)?"
    # "The leaders had last met in March"
    r"(?:met|meets|(?:has|had)\s+(?:last\s+|previously\s+|already\s+|first\s+)?met|(?:held|holds|convened|co-?chaired)\s+(?:a\s+|an\s+|the\s+)?"
    # "convened the inaugural U.S.-Uzbekistan Strategic Partnership Dialogue"
    # ('held their first "2+2" talks': a word in quotes, session 24)
    r"(?:[\"“]?[\w+-]+[\"”]?\s+|§[SDO]\d+§(?:[-–]§[SDO]\d+§)*\s+|[A-Z][a-z]+['’]?\s+){0,5}"
    r"(?:[Mm]eetings?|[Tt]alks|[Cc]onsultation|[Dd]iscussions|[Cc]onversation|[Cc]all|[Dd]ialogue|"
    r"[Ss]ummit|[Ss]ession|[Rr]ound|"
    # "held a video conference with ..." (session 24; not "a press conference")
    r"(?<=[Vv]ideo\s)[Cc]onference|[Vv]ideo-?[Cc]onference|[Tt]ele-?[Cc]onference|"
    # "convened the U.S.-Ukraine Strategic Partnership Commission"
    r"[Cc]ommission|[Cc]ouncil|[Cc]ommittee|[Mm]inisterial)s?(?![\w-])|"
    # (whole words: not "had called for a dialogue with India")
    # (not "had spoken about talks with ...": a verb's participle, no meeting had)
    r"had\s+(?:a\s+|an\s+)?(?!(?:spoken|talked|held|called|hoped|planned|urged)\b)"
    # ("had a working session with", session 24)
    r"(?:[\w-]+\s+){0,2}(?:meeting|talk|conversation|call|session)s?"
    r"(?![\w-])|conferred|"
    # (not "spoke in favour of launching negotiations", "spoke out against ...", "spoke highly
    # of ...", "spoke at the forum": a stance or a speech, no conversation)
    r"(?:spoke|speaks|spoken)\b(?!\s+(?:in\s+favou?r|in\s+support|out|of|about|highly|warmly|"
    r"positively|at|on\s+behalf|against|to\s+(?:reporters|journalists|the\s+press|the\s+media)))|"
    r"talked|sat\s+down|"
    # "The leaders of Australia, India, Japan and the United States gathered in Tokyo": those
    # named meet (not "gathered intelligence", "gathered troops")
    r"gathered(?=\s+(?:in|at|for|on|virtually)\b)|"
    # "took part in talks with Xi Jinping in a restricted format"
    r"took\s+part\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:talks|meeting|consultations)|"
    # "participated in the U.S.-Nordic Leaders' Summit in Helsinki with ...": the summit of all
    # those named with the subject
    r"(?:participated|took\s+part)\s+in\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:§[SDO]\d+§)?[\w'’.+–-]*\s+){0,6}?[Ss]ummit\b)"
)
_PHONE = re.compile(
    r"\b(?=[bcmpstv])(?:phone|telephone|call|spoke|speaks|by\s+video|videoconference|"
    r"video\s+conference|video-conference|teleconference|"
    r"via\s+video\s+link|video\s+call|met\s+virtually|virtual\s+(?:meeting|summit|talks))\b",
    re.IGNORECASE,
)
_PHONE_TALK = re.compile(
    r"\b(?:by|over(?:\s+the)?|on\s+the|in\s+a|during\s+a)\s+(?:tele)?phone(?:\s+(?:call|conversation|talks))?\b|"
    r"\bin\s+(?:a\s+)?(?:phone|telephone|video)\s+(?:call|conversation)\b|\bvia\s+video\s+link\b",
    re.IGNORECASE,
)
# what one says to the other in a call named in the sentence: "Erdogan told Putin in a phone
# call that ...", "congratulated Tokayev on his re-election in a phone call"
_CALL_ACT = re.compile(
    # ("Macron, whose country backed the bid, congratulated the Crown Prince in a telephone
    # call": an aside about the speaker; session 35)
    rf"(?P<a>{ACTORS})(?:,\s+(?:who|whose)\s+[^,;§]{{1,100}}(?:§[SDO]\d+§[^,;§]{{0,60}})*,)?"
    r"(?:,?\s+(?:also\s+)?(?:on\s+[A-Z][a-z]+|today|yesterday))?\s+"
    r"(?:told|congratulated|thanked|assured|informed|briefed|invited|urged|reassured|asked)\s+"
    # ("congratulated Crown Prince §P2§": a style outside the person's mention)
    rf"(?:his\s+|her\s+|their\s+|the\s+)?(?:§D\d+§\s+)?(?:counterpart\s+)?"
    rf"(?:(?:Crown\s+)?Prince\s+|Sheikh\s+|Emir\s+|King\s+)?(?P<b>{ACTORS})"
)
_K_CALL_ACT = frozenset(
    "told congratulated thanked assured informed briefed invited urged reassured asked".split()
)
# what one raises with the other, or says to the other, in a call named in the sentence:
# "Blinken raised the detentions with Foreign Minister Wang Yi in a phone call", "Scholz
# expressed his condolences to President Erdogan during a telephone call", "stressed to Y in a
# phone call that ..." (session 39b; the one spoken to a person, not "expressed support to
# Ukraine", and no party named inside what is raised: "raised §S§'s concerns" only as a state's)
_CALL_SAID_TO = re.compile(
    rf"(?P<a>{ACTORS})(?:,\s+(?:who|whose)\s+[^,;§]{{1,100}}(?:§[SDO]\d+§[^,;§]{{0,60}})*,)?"
    r"(?:,?\s+(?:also\s+)?(?:on\s+[A-Z][a-z]+|today|yesterday))?\s+"
    r"(?:raised|stressed|emphasi[sz]ed|underlined|underscored|reiterated|expressed|conveyed|"
    r"extended|voiced|explained|outlined|complained)\s+"
    r"(?:(?:[^§,;:\"“”.]|§[SD]\d+§[’']s\b){1,60}?\s+)?(?:directly\s+|personally\s+)?(?:with|to)\s+"
    r"(?:his\s+|her\s+|their\s+|the\s+)?(?:§D\d+§\s+)?(?:counterpart,?\s+)?"
    r"(?:(?:Crown\s+)?Prince\s+|Sheikh\s+|Emir\s+|King\s+)?(?P<b>§P\d+§)(?![’']s\b)"
)
_K_CALL_SAID_TO = frozenset(
    "raised stressed emphasised emphasized underlined underscored reiterated expressed conveyed "
    "extended voiced explained outlined complained".split()
)
# "in a phone call with Y": the call's other side is named there, not by what is said to whom
_CALL_NAMES_PARTNER = re.compile(r"\b(?:call|conversation|talks)\s+with\b")
# "In a separate call, Blinken urged President Aliyev ...": a call without "phone", fronted
# (session 35; not "In a call for calm, ...")
_FRONTED_CALL = re.compile(
    r"(?:In|During)\s+(?:a|an)\s+(?:(?:separate|later|subsequent|second|brief|further|"
    r"follow-up|earlier)\s+)?call,\s+"
)
_PHONE_BEFORE = re.compile(r"\b(?:tele)?phone\s+$|\bvideo\s+$", re.IGNORECASE)
# "Vladimir Putin, who is in Egypt on a working visit, held talks with ...": an aside;
# "Macron, accompanied by Foreign Minister Colonna, arrived in Beijing": the companion is not the
# subject (the patterns also take a bare comma after the subject, where its mention took an apposed
# title: "Alexander Lukashenko, President of the Republic of Belarus, had a telephone
# conversation with ...")
# "X, the first Japanese prime minister to visit Kenya since 2016, ...": a visitor ranked
_RANKED_VISITOR = (
    r",\s+the\s+first\s+(?:[^,;§]|§[SDG]\d+§){1,50}?\bto\s+(?:visit|travel\s+to|set\s+foot\s+in)\s+"
    r"(?:the\s+)?§[SC]\d+§"
)
# "X, who arrived in Baghdad on Saturday at the head of a high-ranking delegation of security,
# economic and banking officials, ...": an arrival at the head of a delegation whose make-up
# is a list (no name in it)
_LED_DELEGATION = (
    r",\s+who\s+(?:has\s+|had\s+)?arrived\s+in\s+(?:the\s+)?§[SC]\d+§[^,;§]{0,40}?\s+at\s+the\s+"
    r"head\s+of\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}delegation\s+(?:of|comprising|"
    r"including)\s+[^;§]{1,100}?"
)
_ASIDE = (
    # "Tokayev, on a state visit to Turkey on 21-23 December, held talks with ..."
    # ("X, on the first visit by a Gulf minister since the crisis, met ...", "X, in Kigali for a
    # two-day visit, met ...": the visit ranked or placed, session 39)
    r"(?:,\s+on\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)\s+(?:to|by|since)\s+"
    r"[^,;]{1,90},|,\s+in\s+§C\d+§\s+(?:for|on)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"(?:visit|trip)\b[^,;]{0,40},|"
    # "Kishida, the first Japanese prime minister to visit Kenya since 2016, held talks with
    # ...": the visitor ranked by an apposition (session 42)
    rf"{_RANKED_VISITOR}[^,;§]{{0,40}},|"
    # "X, who arrived in Baghdad at the head of a delegation of security, economic and banking
    # officials, held talks with ...": the delegation's make-up a list (session 42)
    rf"{_LED_DELEGATION},|"
    r",\s+(?:who|which)\s+[^,;]{1,80},|,\s+(?:accompanied|joined|headed|led)\s+by\s+(?:the\s+|his\s+|"
    r"her\s+)?(?:§D\d+§\s+)?§[PGO]\d+§(?:(?:,\s+|\s+and\s+)§[PGO]\d+§){0,3},?|"
    # "Lukashenko, accompanied by his son, arrived in Moscow"
    r",\s+(?:accompanied|joined|headed|led)\s+by\s+[^,;§]{1,60},|"
    # "Sall, current chairperson of the African Union, met ...": the body the subject chairs
    r",\s+(?:the\s+)?(?:current\s+|rotating\s+)?(?:chair(?:man|person|woman)?|president)\s+"
    r"of\s+(?:the\s+)?§O\d+§,)?"
)
_MEET = re.compile(
    # "Macron, who met Putin in Moscow on Monday, said ..."
    rf"(?P<a>{ACTORS})(?:\s+{COLLECTIVE})?(?:,\s+who)?{_ASIDE},?\s+{_MEET_VERB}(?:(?P<mid>(?:[^§;]|§[CL]\d+§){{0,40}}?)\s+with\s+"
    rf"(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:visiting\s+)?(?:§D\d+§\s+)?"
    rf"(?:{UNTITLED_LEADER}(?=§P))?"
    # "with Crown Prince and Prime Minister ... Mohammed bin Salman", "with Crown Prince of Abu
    # Dhabi Mohammed bin Zayed": a style before the person
    # ("with Chairman of the Cabinet of Ministers of the Kyrgyz Republic Akylbek Japarov": a
    # title the office tables lack, its own "of" phrases before the state's)
    rf"(?:[A-Z][A-Za-z.]+\s+){{0,2}}(?:of\s+(?:the\s+)?(?:[A-Z][A-Za-z.]+\s+){{1,2}}){{0,2}}"
    r"(?:and\s+|of\s+(?:the\s+)?§[CS]\d+§\s+)?"
    # "met separately with the foreign ministers of Saudi Arabia and Iran": their states
    rf"(?:{COLLECTIVE}\s+(?:of|from)\s+(?:the\s+)?|(?P<each>each\s+of\s+))?(?P<b>{ACTORS}))?"
)
# "The Iranian official later met ...", "The Chinese diplomat also held talks with ...": one of
# the meeting reported, told by his state's demonym
_DEMONYM_OFFICIAL_MET = re.compile(
    r"(?:^|(?<=[.;:]\s))[Tt]he\s+(?:visiting\s+|top\s+)?(?P<d>§D\d+§)\s+(?:official|diplomat|envoy|guest|"
    r"minister|leader|visitor)\s+(?:(?:later|also|then|subsequently)\s+)?(?:met(?:\s+with)?|"
    r"held\s+talks\s+with)\s+(?:the\s+)?(?:§D\d+§\s+|§[PS]\d+§['’]s\s+)?(?P<b>§P\d+§)(?!['’])"
)
# ("They last spoke by phone on April 20": an earlier call, as "last met" is an earlier meeting;
# session 39b)
_LAST_MET = re.compile(r"\b(?:last|previously)\s+(?:met|spoke|talked)\b")
_K_LAST_MET = frozenset({"met", "spoke", "talked"})
# "Cavusoglu and other Turkish ministers met ...": the person before his fellow officials
_LED_OTHERS = re.compile(
    r"(?P<p>§P\d+§)\s+(?:and|along\s+with|with)\s+(?:several\s+)?(?:other|fellow)\s+$"
)
_COLLECTIVE_AFTER = re.compile(rf"\s+{COLLECTIVE}\b")


def _fellows_led(
    analysis: Analysis, doc: Doc, masked: str, m: re.Match[str], participants: list[Entity]
) -> list[Entity]:
    """The meeting's first side when a person is named before his fellow officials ("Cavusoglu
    and other Turkish ministers met Dbeibah"): that person, not his state."""
    slot = m.group("a")
    if not re.fullmatch(r"§S\d+§", slot):
        return participants
    lead = _LED_OTHERS.search(masked, 0, m.start())
    if lead is None:
        return participants
    group = analysis.mention(slot)
    # (the demonym and its officials are one slot: "other §S1§ met")
    if not _COLLECTIVE_AFTER.match(analysis.sentence.text, group.end - analysis.sentence.begin):
        return participants
    person = resolve_phrase(analysis, doc, lead.group("p"))
    return person if len(person) == 1 and person[0].kind is EntityKind.PERSON else participants


# "Li Xi, special envoy of President Xi Jinping, (who) met ...": a person named before "of" and
# the one whose envoy, adviser or aide he is (the title is inside the first mention)
_PERSON_OF = re.compile(r"(?P<p>§P\d+§)\s+of\s+(?:the\s+)?$")


def _envoy_of(
    analysis: Analysis, doc: Doc, masked: str, m: re.Match[str], participants: list[Entity]
) -> list[Entity]:
    """The meeting's first side when the slot before the verb is the one a person named before
    it acts for ("Li Xi, special envoy of President Xi Jinping, met Díaz-Canel"): that person,
    never the one he is the envoy of."""
    if not re.fullmatch(r"§P\d+§", m.group("a")):
        return participants
    head = _PERSON_OF.search(masked, 0, m.start("a"))
    if head is None:
        return participants
    person = resolve_phrase(analysis, doc, head.group("p"))
    return person if len(person) == 1 and person[0].kind is EntityKind.PERSON else participants


# the people met, named after what they are: "with the foreign ministers of the other Quad
# members, Australia's Penny Wong and Japan's Yoshimasa Hayashi"
_NAMED_AFTER = re.compile(
    rf"(?:(?:[^§;]|§[CL]\d+§){{0,40}}?)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{COLLECTIVE}\s+"
    # ("of the other two Quad members, Australia's Penny Wong and ...": a group named by its
    # organisation, session 40)
    r"(?:of|from)\s+(?:[^§;.]|§O\d+§){0,60}?,\s+"
    r"(?P<list>(?:§S\d+§['’]s\s+)?§P\d+§(?:(?:,\s+|,?\s+and\s+)(?:§S\d+§['’]s\s+)?§P\d+§){1,8})"
)
_PERSON_SLOT = re.compile(
    r"§P\d+§"
)  # "Erdogan spoke to Putin by phone on Sunday", "spoke by telephone to his Russian counterpart
# Vladimir Putin": a conversation with the person spoken to (not "spoke to reporters", "spoke to
# the European Parliament": an audience)
_SPOKE_TO = re.compile(
    rf"(?P<a>{ACTORS}){_ASIDE},?\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:spoke|speaks|spoken|talked)\s+"
    r"(?:(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|by\s+video\s+"
    r"link|today|yesterday|on\s+[A-Z][a-z]+)\s+)?to\s+(?:his\s+|her\s+|the\s+)?(?:§D\d+§\s+)?"
    r"(?:counterpart\s+)?(?P<b>§P\d+§)(?![\'’])"
)
_K_SPOKE_TO = frozenset({"spoke", "speaks", "spoken", "talked"})
# "Putin discussed Ukraine with Belarusian President Lukashenko by phone on Thursday", "X and Y
# discussed trade in a phone call": the call (session 24; "discussed" alone is no meeting)
_DISCUSSED_WITH_BY_PHONE = re.compile(
    rf"(?P<a>{ACTORS}){_ASIDE},?\s+(?:(?:has|had)\s+)?(?:also\s+)?discussed\b"
    r"(?P<what>(?:[^.;,§]|§[SDOCL]\d+§){0,80}?)"
    r"(?:\s+with\s+(?:his\s+|her\s+|the\s+)?(?:§D\d+§\s+)?(?:counterpart\s+)?"
    rf"(?P<b>{ACTORS}))?(?:\s+on\s+[A-Z][a-z]+)?\s+"
    r"(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|by\s+video(?:\s+link)?|"
    r"(?:in|during)\s+a\s+(?:tele)?phone\s+(?:call|conversation))\b"
    # (not "discussed relations with Ukraine by phone with X": the one spoken to follows)
    r"(?!\s+with\b)"
)

# the states after a plural title read as people named before ("the leaders of Malaysia, ...")
_GROUP_OF = re.compile(rf"\s+(?:of|from)\s+(?:the\s+)?(?P<s>{group_of('S')})")
# "agreed to restore relations after four days of talks in Beijing": talks of the subject's
# parties, held before the act the sentence reports (not "after talks in Beijing with Wang Yi")
_TALKS_BEFORE = re.compile(
    r"\b(?:after|following|at\s+the\s+end\s+of)\s+(?:their\s+)?"
    r"(?P<long>(?:[\w-]+\s+){1,2}(?:days|weeks|months|rounds)\s+of\s+)?"
    r"(?:(?:(?P<long_adj>intense|intensive|lengthy|marathon)|secret|direct|indirect|closed-door|"
    r"bilateral|official)\s+)?(?P<what>talks|negotiations|consultations)\s+"
    # "after talks at the party's headquarters in Hanoi", "following talks at the Kremlin"
    # (session 43: also "following" and "at the end of", a building as the place)
    r"(?:in\s+§C\d+§|at\s+(?:the\s+)?(?:§L\d+§|(?:[\w'’-]+\s+){1,4}?in\s+§C\d+§))"
    r"(?!,?\s+(?:with|between)\b)"
)
_K_TALKS_BEFORE = frozenset({"after", "following", "end"})
# "The 22nd round of talks was held in Beijing in August 2023": a round of the pair named before
# (session 26b; negotiations, CAMEO 046)
_ROUND_HELD = re.compile(
    r"(?:[Tt]he|[Aa])\s+(?:(?:[\w-]+\s+){0,2}?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|latest|new|last)\s+)round\s+of\s+"
    r"(?:(?:[\w-]+\s+){0,2}?(?P<what>talks|negotiations))"
    r"(?:\s+(?:on|over)\s+(?:the\s+)?[^§,;.]{1,40}?)?(?:\s+between\s+the\s+two\s+(?:sides|countries))?"
    r"\s+(?:was\s+held|took\s+place)\b(?!\s+(?:with|between|by)\b)"
)
_K_ROUND_HELD = frozenset({"round"})
_DAYS_OF_BEFORE = re.compile(r"\bafter\s+(?:[\w-]+\s+){1,2}(?:days|weeks|months|rounds)\s+of\s+$")
# "EAM called on Crown Prince Mohammed bin Salman": a courtesy call (not "called on X to ...")
_CALLED_ON = re.compile(
    # "... paid a farewell call on the Foreign Minister of Japan, Yoko Kamikawa"
    rf"(?P<a>{ACTORS}),?\s+(?:also\s+)?(?:called\s+on|paid\s+(?:a|an)\s+(?:farewell|courtesy|"
    r"introductory|official)\s+call\s+on)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:and\s+)?"
    r"(?P<b>§P\d+§)(?!\s+to\b)"
)
# "X called on the Crown Prince and held talks with the Foreign Minister": a second meeting of
# the same subject
# where the clause of _AND_MET's second meeting begins (its own date, session 24)
_AND_MET_CLAUSE = re.compile(
    r",?\s+and\s+(?:(?:he|she|they)\s+)?(?:also\s+|later\s+|then\s+)?"
    r"(?=(?:held|met|called\s+on|paid\s+a\s+courtesy)\b)"
)
_AND_MET = re.compile(
    rf"(?P<a>{ACTORS})\s+(?:also\s+)?(?:called\s+on|met(?:\s+with)?|received|was\s+received\s+by)"
    # ("and held delegation-level talks with", "and later met")
    # ("..., and he met Trudeau in Ottawa", "and later called on Prime Minister X": session 24)
    rf"\s+[^;.]{{0,80}}?\s+and\s+(?:(?:he|she|they)\s+)?(?:also\s+|later\s+|then\s+)?"
    r"(?P<verb>held\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|consultations)|met|"
    r"(?P<on>called\s+on|paid\s+a\s+courtesy\s+call\s+on))\s+"
    rf"(?:with\s+)?(?:the\s+|his\s+|her\s+)?(?:§D\d+§\s+)?(?P<b>{ACTORS})"
    # (not "and called on Y to ...": a request)
    r"(?(on)(?!(?:(?:,\s*|\s+and\s+)§[SOPG]\d+§)*,?\s+to\b)|)"
)
# "NATO foreign ministers met in Brussels", "Leaders of the G7 met": the organisation's members
# meeting (a meeting with someone else is _MEET's)
_BLOC_MET = re.compile(
    rf"(?:[Tt]he\s+)?(?:(?P<o>§[OS]\d+§)(?:['’]s)?\s+{COLLECTIVE}|"
    # "Forum foreign ministers began their meeting in Suva": the body named before, by its
    # head word (session 26b)
    rf"(?P<head>Forum|League|Alliance|Union|[Bb]loc)(?:['’]s)?\s+{COLLECTIVE}|"
    r"(?:[Ll]eaders|[Hh]eads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?|"
    r"(?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Tt]rade)\s+[Mm]inisters)\s+of\s+(?:the\s+)?"
    r"(?P<o2>§[OS]\d+§)(?:\s+(?:member\s+)?(?:states|countries|nations))?)"
    r"\s+(?:also\s+)?(?:met|gathered|convened|(?:held|opened|began)\s+(?:a|an|the|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}(?:summit|meeting|talks|session))\b(?!\s+(?:with|on\s+the\s+sidelines)\b)"
)
_K_BLOC_MET = frozenset({"met", "gathered", "convened", "held", "opened", "began"})
# "The CSTO Permanent Council held an emergency session in Moscow", "The Permanent Council of
# the OSCE held a special session", "The Arab League held an emergency meeting": a meeting of
# the organisation itself (its body's, which is its own)
_BODY_MET = re.compile(
    # ("The annual OSCE Ministerial Council opened in Vienna": session 26b)
    r"(?:[Tt]he\s+)?(?:(?:annual|regular|extraordinary|special|emergency)\s+)?"
    r"(?:(?P<o>§O\d+§)(?:\s+(?:[A-Z][a-z]+\s+)?(?:Council|Committee|Assembly|"
    r"Commission|Board))?|(?:[A-Z][a-z]+\s+){1,2}(?:Council|Committee|Assembly|Commission|Board)"
    r"\s+of\s+(?:the\s+)?(?P<o2>§O\d+§)|"
    # "The European Union's Political and Security Committee met": the body of a union
    r"(?P<o5>§[SO]\d+§)['’]s\s+(?P<body>§O\d+§))"
    # "The African Union Peace and Security Council": the body after its organisation;
    # "The ECOWAS Authority of Heads of State and Government": the rest of the body's name
    r"(?P<organ>\s+§O\d+§|\s+of\s+State(?:\s+and\s+(?:of\s+)?Government)?"
    # "The Council of Heads of State of the SCO met in Astana": the organisation after it
    # (session 30)
    r"(?:\s+of\s+(?:the\s+)?(?P<o6>§O\d+§))?)?"
    # "The GCC, which groups Saudi Arabia, the UAE, ... and Bahrain, met in Doha" (session 29)
    r"(?:,\s+which\s+(?:now\s+|currently\s+|also\s+)?(?:groups|brings\s+together|comprises|"
    r"includes|unites|consists\s+of|is\s+made\s+up\s+of|was\s+(?:founded|set\s+up|established|"
    r"created|formed))\s+(?:[^,;§]|§[SDGC]\d+§|,(?=\s+(?:the\s+)?§|\s+and\s))+?,)?"
    r"\s+(?:also\s+)?(?:met|convened|(?P<opened>opened)(?=\s+(?:in|on|at|today)\b)|"
    r"(?:held|opened)\s+(?:a|an|its)\s+"
    r"(?:[\w-]+\s+){0,2}(?:summit|meeting|session))\b(?!\s+(?:with|on\s+the\s+sidelines)\b)"
)
# the head words of a body's name ("the OSCE Ministerial Council opened in Vienna")
_BODY_NAME = re.compile(
    r".*\b(?:Council|Committee|Assembly|Commission|Board|Authority|Summit|Forum)"
)
# "A meeting of the Supreme Eurasian Economic Council took place in Bishkek", "The summit of the
# Shanghai Cooperation Organisation was held in Samarkand": a meeting of the organisation's body
_BODY_SESSION = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|summit)\s+of\s+(?:the\s+)?"
    # ("The two-day meeting of the SCO's foreign ministers opened in Astana": session 26b)
    rf"(?:§O\d+§\s+of\s+State(?:\s+and\s+(?:of\s+)?Government)?\s+of\s+(?:the\s+)?)?"
    # ("The meeting of the Council of Heads of State of the GCC ...": session 30)
    rf"(?P<o>§O\d+§)(?:(?:['’]s)?\s+{COLLECTIVE})?|"
    # "The 15th BRICS summit took place in Johannesburg", "The CSTO summit was held in Minsk":
    # the organisation's own (not "the U.S.-ASEAN summit": a summit of the two)
    # ("The EAC heads of state summit was held in Arusha": session 30)
    # ("The 44th and 45th ASEAN Summits opened in Vientiane")
    r"(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?(?P<o3>§O\d+§)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|session|summit|Summit|Meeting|(?<=§ )Summits|"
    # "The ASEAN Foreign Ministers' Meeting opened in Vientiane" (session 26b)
    r"(?:Foreign|Defen[cs]e|Economic|Finance|Trade)\s+Ministers['’]\s+Meeting)|"
    # "the Organization of Turkic States, whose informal summit took place in Bishkek"
    r"(?P<o4>§O\d+§),\s+whose\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|summit))"
    # "The BRICS summit in Johannesburg, hosted by South Africa, opened on Tuesday": the host's
    # (CAMEO 043; session 26b)
    r"(?:\s+in\s+§C\d+§)?(?:,\s+hosted\s+by\s+(?:the\s+)?(?P<host>§S\d+§),)?"
    # "The GCC summit, chaired by Emir X, was held in Kuwait City": its chair took part, hosting
    # (043, as "X chaired the GCC summit"; session 30)
    r"(?:,?\s+chaired\s+by\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<chair>§P\d+§),?)?"
    r"\s+(?:(?:was|has\s+been)\s+held|took\s+place|opened|convened|"
    # "The summit of ECOWAS closed on Sunday in Abuja", "ended in Astana with the adoption of
    # ...": a summit told at its close was held (session 30)
    r"(?:closed|ended|concluded)(?=\s+(?:in|on|at|today|yesterday|with)\b))\b"
)
# the chair of a summit told after its verb: "The ASEAN Summit opened in Vientiane on Wednesday,
# chaired by Prime Minister X" (session 30)
_CHAIRED_AFTER = re.compile(
    r"(?:\s+(?:in|on|at)\s+(?:§C\d+§|[A-Z][a-z]+day)|\s+today|\s+yesterday)*,?\s+chaired\s+by\s+"
    r"(?:the\s+)?(?:§D\d+§\s+)?(?P<chair>§P\d+§)"
)
_K_BODY_SESSION = frozenset({"held", "place", "opened", "convened", "closed", "ended", "concluded"})
_K_BODY_SESSION_WHAT = frozenset({"meeting", "session", "summit", "summits"})
# "The session was attended by X, Y and Z, while W took part via video link": those who took part
# in the meeting just told (matched where the sentence's intro ends: no "^", which would
# never match there after "On Monday, ")
_ATTENDED_BY = re.compile(
    r"(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|summit)\s+(?:was|were)\s+"
    r"(?:also\s+)?attended\s+by\s+(?:the\s+)?"
    r"(?P<b>(?:§D\d+§\s+)?§P\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?(?:§D\d+§\s+)?§P\d+§)*)"
    r"(?:[^.;§]{0,30}?,?\s+(?:while|and|with)\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<c>§P\d+§)\s+"
    r"(?:took\s+part|participated|joined)\b)?"
)
# "a closed-door meeting of Arab foreign ministers at the league's headquarters in Cairo": the
# organisation whose seat it was (named, or named before by its head word)
_AT_HEADQUARTERS = re.compile(
    r"\b(?:meeting|session|summit|met|gathered|convened)\b[^.;§]{0,60}?\bat\s+(?:the\s+)?"
    r"(?:(?P<o>§O\d+§)|(?P<head>[Ll]eague|bloc|alliance|organi[sz]ation))(?:['’]s?)?\s+"
    r"headquarters\b"
)
# "a delegation of the TPLF led by X", "a delegation led by X", "a high-level Somali delegation
# headed by X": its head, the one met (session 24: without "of ..." too)
_DELEGATION_LED = (
    r"(?:an?\s+(?:(?:high-level|senior|government|parliamentary|official)\s+)?"
    # ("a high-level Somali delegation headed by": the state's delegation is one mention)
    r"(?:§S\d+§|(?:§D\d+§\s+)?delegation)(?:\s+(?:of|from)\s+(?:the\s+)?§[SDO]\d+§(?:\s+\([A-Z][A-Za-z0-9]{1,7}\))?)?,?\s+"
    r"(?:led|headed)\s+by\s+(?:the\s+)?(?=§P))"
)
_MEET_DIRECT = re.compile(
    # "told reporters that he had met Blinken": the one met
    rf"(?P<a>{ACTORS})(?:\s+{COLLECTIVE})?(?:,\s+who)?{_ASIDE},?\s+(?:(?:has|had|have)\s+)?(?:also\s+|last\s+|previously\s+|later\s+|then\s+|subsequently\s+)?(?:met|meets)\s+(?:with\s+)?(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    # "met Saudi Crown Prince Mohammed bin Salman": the heir's style before the person
    # "met Belarusian democratic leader Sviatlana Tsikhanouskaya": a leader no office names
    rf"(?:(?:§D\d+§\s+)?(?:Crown\s+Prince\s+(?:and\s+)?|{UNTITLED_LEADER}(?=§P)))?"
    # "met a delegation of the Tigray People's Liberation Front led by Getachew Reda": its head
    # ("met a delegation led by Brazilian Foreign Minister X", session 24)
    rf"{_DELEGATION_LED}?"
    rf"(?P<b>{ACTORS})"
)
# what makes talks "between" two parties a topic rather than talks that took place
_TOPIC_BEFORE = re.compile(
    r"\b(?:importance|support|commitment|progress|resumption|continuation|need|role|value|"
    r"framework|call|calls|called|urged|resume|continue|support(?:ed|s)?|welcomed?|encouraged?|"
    # (not "Qatar facilitated talks between ...": talks held with a facilitator)
    r"advanc(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|facilitat(?:e|es|ing)|"
    # "They discussed the dialogue between Kosovo and Serbia": the talks are what was discussed
    r"discuss(?:ed|es|ing)?|review(?:ed|s|ing)?)\b"
    r"(?:\s+(?:of|for|to|in|on))?(?:\s+(?:the|a|an|further|continued|ongoing|[\w§-]+-facilitated|"
    r"[\w§-]+-led|direct|high-level))*\s*$",
    re.IGNORECASE,
)
_CROWNED = r"(?:(?:§D\d+§\s+)?Crown\s+Prince\s+(?:and\s+)?(?=§P))?"
_TALKS_WHERE = r"(?:in\s+(?:the\s+)?(?:§[CSL]\d+§|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)\s+)"
_BETWEEN = re.compile(
    rf"\b(?=[cdmnst])(?:talks|meeting|negotiations|consultations|conversation|call|summit|"
    r"dialogue)\s+"
    # "consultations between the Foreign Ministries of India and Vietnam": their states
    # "Talks were held in the Kremlin between ..."
    # "A telephone conversation took place between ..."
    # "negotiations held in Istanbul on 13 July between ..."
    # "a meeting in Amman last week between ...", "a telephone conversation on Wednesday
    # between ...": its place and day before its parties, with or without "held"
    rf"(?:(?:(?:were\s+held|was\s+held|held|took\s+place)\s+{_TALKS_WHERE}?"
    rf"(?:(?:on|last|earlier\s+this)\s+[\w,]+(?:\s+[\w,]+){{0,2}}?\s+)?)|"
    # (without "held", a day of no comma: not "their meeting in Bali last November, trade
    # between the two countries ...")
    # and a place the KB knows (the pattern ignores case: not "a meeting in which ... between")
    r"(?:in\s+(?:the\s+)?§[CSL]\d+§\s+)?(?:(?:on|last|earlier\s+this)\s+\w+(?:\s+\d{1,2})?\s+)?)between\s+"
    # "talks between the foreign ministers of Russia and Turkey": their states
    rf"(?:the\s+)?(?:(?:(?:foreign\s+)?ministries|(?:foreign\s+)?ministers|leaders|presidents|"
    # ("between the foreign ministers of Ethiopia and Somalia" with "the foreign ministers" a
    # group of people named before: those of the states named)
    # ("talks between senior officials of the two governments": their states, session 35b)
    rf"heads\s+of\s+state|delegations|(?:(?:senior|government|high-level|military)\s+)?"
    r"(?:officials|representatives|diplomats)|§G\d+§)\s+of\s+"
    r"(?:the\s+)?)?"
    # "between military delegations of Russia and Ukraine" ("delegations of" is in the mention)
    r"(?:(?:military|government|senior|high-level|official)\s+(?=§))?"
    # ("between Prime Minister X and Saudi Crown Prince and Prime Minister Y": the heir's style
    # outside his mention, as after "met"; session 37, meetings)
    rf"(?P<a>{_CROWNED}{ACTORS}(?:\s+and\s+{_CROWNED}{ACTORS})?)",
    re.IGNORECASE,
)
# the heir's style before a person's mention ("§D1§ Crown Prince and §P2§"), and the demonym it
# opens with (no party of its own)
_CROWN_DEMONYM = re.compile(r"§D\d+§\s+(?=[Cc]rown)")
_PEACE_BEFORE = re.compile(r"\bpeace\s+$", re.IGNORECASE)
_ROUNDS_BEFORE = re.compile(r"\brounds?\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# the rest of "talks between" whose relative clause says when they began
_TALKS_BEGAN = re.compile(
    r"(?:(?:,\s+|\s+and\s+)(?:the\s+)?§[SDOPG]\d+§)*,?\s+(?:which|that)\s+(?:had\s+)?"
    r"(?:began|started|opened|commenced)\b"
)
_PLANNED = re.compile(
    r",?\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:now\s+|also\s+)?(?:planned|scheduled|"
    r"expected|due|set|slated|proposed)\b"
)
_PAIR_TALKS = re.compile(
    r"(?P<a>§[SDO]\d+§(?:\s*[-–]\s*§[SDO]\d+§)+)\s+(?:[A-Za-z]+\s+){0,4}?"
    # "A session of the NATO-Russia Council took place": a council of the two
    r"(?:[Tt]alks|[Mm]eeting|[Ss]ummit|[Cc]onsultations|[Nn]egotiations|(?P<body>Council))\b"
)
_HOST = re.compile(
    # "X, Crown Prince and Prime Minister, received today at Al-Salam Palace in Jeddah Y"
    # ("Nauseda, who received Pistorius at the palace, thanked ...": in a relative clause)
    # ("Aliyev has today received Garibashvili")
    # ("X, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, today
    # received Y": a title naming a place or state in an apposition, session 33)
    rf"(?P<a>{ACTORS})(?:,\s+(?:[^,;§]|§[CLS]\d+§){{1,80}},|,\s+who)?(?:,?\s+(?:has|have|had))?"
    r"(?:,?\s+(?:today|yesterday|also|warmly|earlier|later))?"
    # "King Mohammed VI granted an audience to X" (session 24)
    r"\s+(?:hosted|hosts|welcomed|welcomes|received|receives|granted\s+(?:an\s+)?audience\s+to)\s+"
    r"(?:(?:today|yesterday|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?)\s+)?"
    # "Pope Francis received in audience X", "received in a private audience X" (session 24)
    r"(?:(?<=received\s)in\s+(?:an?\s+)?(?:private\s+|special\s+)?audience\s+)?"
    # "hosted a state dinner for X", "hosted a banquet in honour of visiting X" (session 24; a
    # person as the guest, checked where it is read)
    r"(?P<meal>(?<=hosted\s)(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:dinner|lunch|luncheon|banquet|"
    r"reception|breakfast)\s+(?:for|in\s+honou?r\s+of)\s+)?"
    # "received the credentials of Ambassador X": a reception of the envoy
    # ("received copies of the credentials of ...", "received letters of credence from ...")
    r"(?:(?:copies\s+of\s+)?(?:the\s+)?(?:letters\s+of\s+)?(?:credentials|credence)\s+(?:of|from)\s+)?"
    r"(?:(?:at|in)\s+(?:the\s+)?§[LC]\d+§,?\s+)*(?:the\s+|his\s+|her\s+|their\s+)?"
    # "welcomed His Majesty King Abdullah II of Jordan ... to the White House": a style of address
    r"(?:(?:His|Her|Their)\s+(?:Majesty|Majesties|Excellency|Excellencies|(?:Royal\s+)?Highness)\s+)?"
    # not "welcomed Lithuania's decision"
    # "received the newly appointed Ambassador of Indonesia"
    r"(?:visiting\s+|newly[\s-]+appointed\s+|new\s+|outgoing\s+|incoming\s+)?"
    # "hosted Saudi Crown Prince Mohammed bin Salman": the heir's style before the person
    r"(?:(?:§D\d+§\s+)?Crown\s+Prince\s+(?:and\s+)?)?"
    # "hosted his Ivorian counterpart Alassane Ouattara": the state's word before the person
    # (session 24)
    r"(?:(?:§D\d+§|(?<=his\s)[A-Z][a-z]+|(?<=her\s)[A-Z][a-z]+)\s+(?=§P\d+§))?"
    # "received a delegation from Bangladesh", "received a Bangladeshi delegation" (one state
    # mention): the state (session 26; not when the delegation's head is named after it)
    r"(?:an?\s+(?:(?:high-level|senior|government|official|visiting)\s+)?(?:delegation\s+"
    r"(?:of|from)\s+(?:the\s+)?)?(?=§[SO]\d+§(?:[,.;]|\s+(?:in|at|on|to|for|and)\b|$))"
    r"(?!§[SO]\d+§,?\s+(?:led|headed)\b))?"
    # "received a delegation led by Somali Foreign Minister X": its head (session 24)
    rf"{_DELEGATION_LED}?"
    # "hosted the foreign ministers of Syria, Saudi Arabia and Egypt": their states
    # (also when the title is read as those named before: "hosted §G1§ of Iraq, Egypt and ...")
    rf"(?P<of>(?:{COLLECTIVE}|§G\d+§)\s+(?:of|from)\s+(?:the\s+)?)?"
    rf"(?P<b>{ACTORS})(?!['’])(?P<to>\s+to\s+[^,;.]+)?"
)
# "Raisi hosted a trilateral summit with Putin and Erdogan", "Indonesia hosted the G20 Foreign
# Ministers' Meeting in Bali": a meeting its host held, with the guests or the body named
_HOSTED_MEETING = re.compile(
    # ("Scholz hosted in Berlin the first summit ...": the place before what was hosted)
    # ("X, the current Chairman of the ECOWAS Authority, hosted": the organisation in his title)
    rf"(?P<a>{ACTORS})(?:,\s+(?:[^,;§]|§O\d+§){{1,60}},)?\s+(?:also\s+)?(?:hosted|hosts|"
    # "Kuwait's Emir chaired the GCC summit in Kuwait City": the organisation's summit, its chair
    # a participant (session 29, gatherings; not "chaired the AU", a chair held)
    r"(?:chaired|presided\s+over)(?=\s+(?:the\s+|an?\s+)?(?:(?:annual|extraordinary|emergency|"
    r"special|ordinary|\d+(?:st|nd|rd|th))\s+)*§O\d+§\s+(?:[Ll]eaders['’]?\s+)?[Ss]ummit\b))\s+"
    r"(?:(?:in|at)\s+(?:the\s+)?§[CL]\d+§\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?P<name>(?:[\w'’–-]+\s+|§[OS]\d+§\s+){0,6}?)(?:[Ss]ummit|[Mm]eeting|[Cc]onference|[Tt]alks)s?\b"
    # "Saudi Arabia hosted talks in Jeddah today between delegations of the United States and
    # Ukraine": the parties of the talks meet, with their host
    # ("..., bringing together the leaders of Uganda and Rwanda": those it gathered)
    rf"(?:(?:[^.;§]|§C\d+§){{0,40}}?\s+(?:with|between|bringing\s+together)\s+(?:the\s+)?"
    rf"(?:(?:{COLLECTIVE}|representatives)\s+(?:of|from)\s+(?:the\s+)?)?(?P<b>{ACTORS})|"
    # "hosted the first summit in the Central Asia – Germany format, attended by President of
    # Kazakhstan Tokayev, ...": those who attended it
    # ("..., which was attended in person by the Presidents of Senegal, Togo and Liberia": their
    # states, with the host; session 41b)
    # (not "which will be attended by": a summit to come)
    rf"(?:[^.;§]|§[CSDO]\d+§){{0,60}}?,?(?<!will\sbe)(?<!to\sbe)\s+(?:attended|joined)\s+"
    r"(?:in\s+person\s+)?by\s+"
    rf"(?:the\s+)?(?:(?i:{COLLECTIVE})\s+of\s+(?:the\s+)?)?(?P<by>{ACTORS})|"
    # "hosted a meeting of the foreign ministers of Jordan, Iraq and Syria": their states
    # ("a meeting in Amman of the foreign ministers of ...": session 29)
    # ("a meeting in Cairo on Thursday of the foreign ministers of ...": session 29, gatherings)
    r"(?:\s+(?:in|at)\s+(?:the\s+)?§[CLS]\d+§)?(?:\s+(?:on\s+[A-Z][a-z]+|today|yesterday))?"
    rf"\s+of\s+(?:the\s+)?(?:{COLLECTIVE}|§G\d+§)\s+(?:of|from)\s+(?:the\s+)?(?P<of>{ACTORS})|"
    # "hosted a meeting of South American leaders in Santiago on Tuesday, including Lula and
    # Petro": those singled out of the group (session 29, gatherings)
    rf"\s+of\s+(?:(?:[A-Z][a-z]+|§[DO]\d+§)\s+){{0,2}}{COLLECTIVE}(?:[^.;§]|§[CL]\d+§){{0,40}}?"
    rf",?\s+(?:including|among\s+them)\s+(?:the\s+)?(?P<inc>{ACTORS})|"
    # "Iceland hosted the summit of the Council of Europe in Reykjavik": the body's (session 26)
    r"\s+of\s+(?:the\s+)?(?P<org>§O\d+§)(?![\w'’§-]*\s+(?:[A-Z][\w-]*\s+)*?(?:member|of)\b)|"
    # "hosted a meeting of representatives of Palestinian factions": a group the KB lacks
    r"\s+of\s+(?:the\s+)?(?:representatives|leaders|delegations|delegates)\s+(?:of|from)\s+"
    # ("of Afghan political movements": a demonym of no state's own)
    r"(?:the\s+)?(?:various\s+|rival\s+|several\s+)?(?P<group>(?:[A-Z][a-z]+|§D\d+§)"
    r"(?:\s+[A-Za-z][a-z]+)?\s+(?:factions|groups|movements|parties|forces|organi[sz]ations))\b)?"
)
_K_HOSTED_MEETING = frozenset({"hosted", "hosts", "chaired", "presided"})
# an organisation's summit after its name: "hosted the ECOWAS summit"
_SUMMIT_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:[Ss]ummit|[Mm]eeting|[Cc]onference)s?\b")
# a body named by its kind only: "the Security Council", "the General Assembly"
_GENERIC_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:Security|General|Executive|Permanent|Standing|Joint|Governing|"
    r"Supreme|National|Human\s+Rights)\s+)?(?:Council|Assembly|Committee|Commission|Board)"
)
_SLOT_TEXT = re.compile(r"§D\d+§")
# "The three heads of state then took part in a summit of the guarantor states of the Astana
# process, hosted by the Iranian President": those named meet, one of them (or another) hosting
_JOINED_HOSTED = re.compile(
    rf"(?P<a>{ACTORS})\s+(?:then\s+|also\s+|later\s+)?(?:took\s+part\s+in|attended|"
    r"participated\s+in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks)\b"
    r"(?:[^.;§]|§[CLOS]\d+§){0,100}?,?\s+hosted\s+by\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<h>§P\d+§)"
)
_K_JOINED_HOSTED = frozenset({"part", "attended", "participated"})
# "Xi visited Riyadh in December and hosted Raisi in Beijing in February": a second clause of
# the sentence's subject (no one else named between), with its own place and date
_AND_HOSTED = re.compile(
    rf"(?P<a>{ACTORS})(?:[^;§]|§[CLSD]\d+§){{1,100}}?(?P<and>\s+and\s+(?:then\s+|later\s+|also\s+)?)"
    r"(?:hosted|received)\s+(?:the\s+|his\s+|her\s+)?(?:visiting\s+)?(?:§D\d+§\s+)?(?P<b>§P\d+§)"
)
_K_AND_HOSTED = frozenset({"hosted", "received"})
_HOSTED_BEFORE = re.compile(r"\b(?:hosted|hosts|hosting)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$")
_TO_CITY = re.compile(r"\s+to\s+(?P<c>§C\d+§)")
# "The BRICS summit in Johannesburg brought together the leaders of Brazil, Russia, ...": a
# meeting of the states
_BROUGHT_TOGETHER = re.compile(
    r"\b(?:[Ss]ummit|[Mm]eeting|[Tt]alks|[Cc]onference|[Ff]orum)\b[^.;]{0,80}?\b"
    r"(?:brought\s+together|gathered|assembled)\s+(?:the\s+)?(?:(?:§G\d+§|leaders|heads\s+of\s+state|"
    r"presidents|prime\s+ministers|(?:foreign\s+)?ministers)\s+of\s+(?:the\s+)?)?"
    # (or the leaders by name: "brought together Somali President Hassan Sheikh Mohamud and ...")
    rf"(?P<p>{group_of('SDGOP')})"
)
_K_BROUGHT_TOGETHER = frozenset({"brought", "gathered", "assembled"})
_BROUGHT_HOST = re.compile(r"\bhosted\s+by\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<h>§[PS]\d+§)")
# "Scholz was received by Xi Jinping in Beijing": the host is the one who receives
_RECEIVED_BY = re.compile(
    # "was received today, April 14, by President Xi Jinping", "was welcomed by ... in Tokyo"
    # ("Biden, who arrived for the summit, was received by ...": an aside of the guest's; not
    # the object of a preposition: "Kenya's decision to send police to Haiti was welcomed by")
    r"(?<!\bto\s)(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bfrom\s)"
    # (nor an agent: "The release of 40 Azerbaijani detainees by Armenia was welcomed by the
    # EU" is no meeting of Armenia and the EU, session 25)
    r"(?<!\bby\s)(?<!\bagainst\s)"
    # (also after "the": "The move by the African Union was welcomed by ..."; session 29)
    r"(?<!\bby\sthe\s)(?<!\bof\sthe\s)(?<!\bto\sthe\s)(?<!\bfrom\sthe\s)(?<!\bwith\sthe\s)"
    r"(?<!\bagainst\sthe\s)(?<!\bfor\sthe\s)(?<!\bon\sthe\s)(?<!\bin\sthe\s)"
    rf"(?P<b>{ACTORS}){_ASIDE}\s+"
    # "arrived in Cairo on Sunday and was received by President el-Sisi": the arrival's clause
    r"(?:(?:arrived|landed)\s+(?:in|at)\s+(?:[^.;§]|§[CSL]\d+§){1,60}?\s+and\s+)?"
    r"(?:was|were)\s+(?:warmly\s+|also\s+|officially\s+)?(?:received|welcomed|"
    r"hosted)(?:,?\s+(?:today|yesterday|on\s+[A-Z][a-z]+)(?:,\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?|"
    r",\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?,?)?\s+by\s+(?:the\s+)?"
    # "was received by Saudi Crown Prince Mohammed bin Salman": a style before the person
    r"(?:§D\d+§\s+)?(?:(?:Crown\s+Prince|King|Emir|Amir|Sultan|Sheikh|Prince|Queen|Pope|"
    r"His\s+Majesty|His\s+Highness)(?:\s+and\s+Prime\s+Minister)?\s+)?"
    rf"(?P<a>{ACTORS})"
)
_K_RECEIVED_BY = frozenset({"received", "welcomed", "hosted"})
# "Wang Yi was met by Blinken in Beijing": a meeting told in the passive (not "was met at the
# airport by", a greeting on arrival, nor "was met by protests": persons only)
_MET_BY = re.compile(
    rf"(?P<b>{ACTORS}){_ASIDE}\s+(?:was|were)\s+(?:also\s+)?met\s+by\s+(?:the\s+)?"
    rf"(?:§D\d+§\s+)?(?P<a>{ACTORS})"
)
# "Macron said after talks with Scholz ...", "Blinken said after meeting Wang Yi ...", "Blinken
# said in a phone call with Cavusoglu ...": the meeting or call the speaker tells from (the
# speech's words are the topic); "Speaking after talks with Scholz, Macron said ...": the same,
# told in a participle before the speaker
_SAID_AFTER_MEETING = re.compile(
    rf"(?P<a>{ACTORS}){_ASIDE},?\s+(?:said|told\s+(?:reporters|journalists)|stated|wrote|"
    r"announced|added|declared|tweeted)\s+(?:(?:on|late|early)\s+[A-Z]?[a-z]+\s+|today\s+|"
    r"yesterday\s+)?(?:(?:after|following)\s+(?:(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:meeting|meetings|talks)\s+with|(?:after|following)\s+meeting|(?:in|during)\s+"
    r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<what>(?:tele)?phone\s+(?:call|conversation|"
    r"talks)|call|conversation|video\s+call|meeting|talks))\s+(?:with\s+)?"
    rf"(?:the\s+|his\s+|her\s+|their\s+)?(?:§D\d+§\s+)?(?P<b>{ACTORS})"
)
_SPEAKING_AFTER_MEETING = re.compile(
    r"(?:Speaking|Addressing\s+(?:reporters|journalists|a\s+news\s+conference))\s+"
    r"(?:(?:[^§;,]|§[CL]\d+§){0,40}?\s+)?(?:after|following)\s+(?:(?:a|an|his|her|their)\s+)?"
    r"(?:talks|meeting|a\s+meeting)\s+with\s+(?:the\s+|his\s+|her\s+)?(?:§D\d+§\s+)?"
    rf"(?P<b>{ACTORS})(?:[^§;,]|§[CL]\d+§){{0,40}},\s+(?P<a>{ACTORS})(?=\s+[a-z]+ed\b)"
)
_K_SAID_AFTER_MEETING = frozenset(
    {"said", "told", "stated", "wrote", "announced", "added", "declared", "tweeted"}
)
# "Ambassador X presented her credentials to President Y": Y received X
_CREDENTIALS = re.compile(
    # ("The newly appointed Ambassador of Russia to Turkey, Alexey Yerkhov, presented ...": the
    # apposition's comma after the holder)
    rf"(?P<b>{ACTORS}),?\s+(?:has\s+|have\s+)?(?:formally\s+)?presented\s+(?:his|her|their|the)\s+"
    rf"(?:letters\s+of\s+)?credentials\s+to\s+(?:the\s+)?(?P<a>{ACTORS})"
)
# "Among those presenting their credentials to the President of Russia today was the
# Ambassador of the United States, X": the ambassador told after the verb (session 36)
_CREDENTIALS_AMONG = re.compile(
    r"\b[Aa]mong\s+(?:those|the\s+(?:ambassadors|envoys|diplomats))\s+(?:who\s+)?"
    r"(?:presenting|presented)\s+(?:their\s+)?(?:letters\s+of\s+)?credentials\s+to\s+(?:the\s+)?"
    rf"(?P<a>{ACTORS})(?:\s+(?:on|in|at)\s+[^§;,]{{1,30}}?)?,?\s+(?:was|were)\s+(?:the\s+)?"
    rf"(?:§D\d+§\s+)?(?P<b>{ACTORS})"
)
_K_CREDENTIALS_AMONG = frozenset({"among"})
# a place name the KB does not know: one or two capitalised words, not a month or weekday
_TOWN = (
    rf"(?!(?:{'|'.join(name.capitalize() for name in (*MONTHS, *WEEKDAYS))})\b)"
    r"[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?"
)
# "Bagan, Myanmar": a town the KB does not know, in the state that follows it (closing the
# phrase: not "in March, Russia said", "in Xinjiang, China and Russia ...")
_TOWN_IN_STATE = rf"(?:{_TOWN},\s+(?=§S\d+§(?:\s*[,.;)]|\s+(?:on|for|to)\b|$)))"
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# when a visit was, between its place and its purpose: "on Tuesday", "on 3 May", "in March",
# "in early March 2023", "last week", "earlier this month", "over the weekend"
_WHEN = (
    rf"(?:on\s+[\w\s,–-]{{3,24}}?|in\s+(?:early\s+|mid-|late\s+)?{_MONTH_NAME}(?:\s+\d{{4}})?|"
    r"(?:(?:early|earlier|late|later)\s+)?(?:last|this)\s+(?:week|month|weekend)|"
    r"over\s+the\s+(?:past\s+)?weekend|yesterday|today)"
)
_VISIT = re.compile(
    # ("Lapid, then foreign minister, visited Ankara": the office the visitor then held)
    rf"(?P<a>{ACTORS}){_ASIDE}(?:,\s+(?:then|at\s+the\s+time)\s+[a-z][a-z -]{{2,40}},)?"
    r",?\s+(?:(?:has|have|had)\s+)?(?:today\s+|also\s+|then\s+|later\s+|earlier\s+|on\s+[A-Z][a-z]+\s+)?"
    # "The King last visited Russia in 2016": an earlier visit (dated by its own year)
    r"(?P<last>(?:last|previously|most\s+recently)\s+(?=visited\b))?"
    r"(?:visited|visits|(?:paid|made)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}[Vv]isit\s+to|arrived\s+in|"
    r"travel(?:l)?ed\s+to|flew\s+to|"
    # a headline's present: "Xi Jinping arrives in Moscow for state visit", "Kishida makes
    # surprise visit to Kyiv"
    r"(?P<now>(?:pays|makes)\s+(?:a\s+|an\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}[Vv]isit\s+to|"
    r"arrives\s+in|travels\s+to|"
    # "is on a state visit to China", "is paying an official visit to China", "is visiting
    # Russia", "began his state visit to China", "wrapped up a two-day visit to Beijing"
    r"(?:is|was|are|were)\s+(?:on|paying|making)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}"
    r"[Vv]isit\s+to|(?:is|was|are|were)\s+visiting)|"
    r"(?:began|begins|started|starts|kicked\s+off|kicks\s+off|embarked\s+on|embarks\s+on)\s+"
    r"(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}[Vv]isit\s+to|"
    # (a visit that ended: not dated by the day it ended)
    # ("returned from a three-day visit to Riyadh, where he held talks with ...": session 36)
    r"(?P<ended>(?:wrapped\s+up|wraps\s+up|concluded|concludes|completed|completes|ended|ends|"
    r"returned\s+(?:home\s+)?from|returns\s+(?:home\s+)?from)\s+"
    r"(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}[Vv]isit\s+to)|"
    # (people, not "missiles ... landed in Japan's exclusive economic zone")
    r"(?P<landed>landed\s+in))"
    # "visited the earthquake zone in Türkiye ..., meeting with the Turkish authorities": a
    # part of a state visited, read only with the one met after it (session 36)
    r"(?P<area>\s+the\s+(?:[\w-]+\s+){0,2}?(?:zone|region|regions|area|areas|province|provinces)"
    r"\s+(?:in|of)(?=\s+§S))?"
    # ("arrived in Bagan, Myanmar": a visit to the state of a town the KB does not know)
    rf"\s+{_TOWN_IN_STATE}?(?:the\s+)?(?P<b>§[SCLO]\d+§)"
)
# "Visiting Cairo on Saturday, Modi announced ...", "On a two-day visit to Beijing, Baerbock
# urged ...": the visit of the subject a participle or fronted phrase tells
_FRONTED_VISIT = re.compile(
    # (not "During his trip to Jakarta in September, X ...": the subject's visit told in a
    # phrase, which _HIS_VISIT reads)
    # ("During a visit to Hanoi on Tuesday, Blinken said ...": the same as "On a visit to")
    r"(?:Visiting|Arriving\s+in|(?:On|During)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:[Vv]isit|trip)\s+to)\s+{_TOWN_IN_STATE}?(?:the\s+)?(?P<b>§[SCL]\d+§)"
    rf"(?P<rest>[^;,§]{{0,40}}),\s+(?:the\s+)?(?P<a>{ACTORS})(?:,\s+[^,;§]{{1,60}},)?\s+"
    r"(?:also\s+|then\s+|later\s+)?(?P<verb>[a-z]+)"
)
# "Blinken, on a visit to Beijing on Friday, said ...": the visit told in an aside between the
# subject and its verb (session 23; "during" asides: _ASIDE_VISIT)
_ON_VISIT_ASIDE = re.compile(
    rf"(?:[Tt]he\s+)?(?P<a>{ACTORS}),\s+(?:on|during)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:[Vv]isit|trip)\s+to\s+{_TOWN_IN_STATE}?(?:the\s+)?(?P<b>§[SCL]\d+§)"
    # (the day read out of the masked text takes its comma: "on a visit to §C1§ praised")
    r"(?P<rest>[^;,§]{0,40}),?\s+(?:also\s+|then\s+|later\s+)?(?P<verb>[a-z]+)"
)
_K_FRONTED_VISIT = frozenset({"visiting", "arriving", "visit", "trip"})
# ("Arriving in Beijing, Blinken met Wang Yi": the talks are the occasion the rules read)
_MEETING_VERBS = frozenset("met meets held holds spoke talked conferred received hosted".split())
_NOT_NOW = re.compile(r"\b(?:next|tomorrow|later\s+this|upcoming|expected)\b", re.IGNORECASE)
# "travels to Budapest on Thursday", "arrives in Delhi this week": the present of a trip in the
# body, with the day it is set for (session 20, precision4)
_TRIP_VERB_NOW = re.compile(r"(?:travels|arrives|pays|makes)\b")
_SCHEDULED = re.compile(
    r"\bon\s+(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\bthis\s+(?:week|weekend|month)\b"
)
# "Kuleba was in Washington on Tuesday for talks with Blinken", "is in Kazakhstan on a visit"
_STAY = re.compile(
    rf"(?P<a>{ACTORS}),?\s+(?:was|is)\s+in\s+{_TOWN_IN_STATE}?(?:the\s+)?(?P<b>§[SC]\d+§)"
    # ("was in Naypyidaw, Myanmar, on Monday for talks", "was in Bagan in March for talks")
    rf"(?=(?:,\s+§S\d+§)?,?\s+(?:{_WHEN},?\s+)?"
    r"(?:for\s+(?:\w+\s+){0,2}(?:talks|meetings?|consultations)|(?:on|for)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}visit))"
)
# "Putin, who is in Mongolia on an official visit, held talks ...", "talks with Niyazov who
# arrived in Russia for a visit", "with Abbas, who is on a state visit to China": talks the
# visit holds (CAMEO 042), whichever side the sentence tells them from
_A_VISIT = r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}visit"
_VISITOR_ASIDE = re.compile(
    rf"(?P<v>§[PSD]\d+§)(?:{_RANKED_VISITOR}|{_LED_DELEGATION},|"
    rf",?\s+(?:on\s+{_A_VISIT}\s+to\s+(?:the\s+)?§[SC]\d+§|who\s+(?:(?:is|was|has\s+been)\s+(?:in\s+(?:the\s+)?§[SC]\d+§,?\s+"
    rf"(?:on|for)\s+{_A_VISIT}\b|(?:on|paying|making)\s+{_A_VISIT}\s+to\s+(?:the\s+)?§[SC]\d+§|"
    r"visiting\s+(?:the\s+)?§[SC]\d+§)|(?:has\s+|had\s+)?arrived\s+in\s+(?:the\s+)?§[SC]\d+§(?:,?\s+"
    # ("who arrived in Manila on Monday for a two-day visit")
    rf"(?:on\s+[A-Z][a-z]+\s+|today\s+|yesterday\s+)?(?:on|for)\s+{_A_VISIT}\b|"
    # ("who arrived in Baghdad on Saturday at the head of a delegation, held talks with ...")
    r"(?:\s+(?:on\s+[A-Z][a-z]+|today|yesterday|earlier\s+(?:today|in\s+the\s+day)))?"
    r"(?:\s+at\s+the\s+head\s+of\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}delegation)?,))))"
)
# "visited Bagan for talks with Than Swe", "was in Bagan to meet ...": a visit to a place the
# KB does not know, read only with the one met (_VISIT_HOST after it)
_VISIT_TOWN = re.compile(
    rf"(?P<a>{ACTORS}){_ASIDE},?\s+(?:(?:has|have|had)\s+)?(?:today\s+|also\s+|on\s+[A-Z][a-z]+\s+)?"
    r"(?:visited|arrived\s+in|travel(?:l)?ed\s+to|(?:was|is)\s+in)\s+"
    rf"(?:the\s+)?(?P<town>{_TOWN})(?![\w'-]|\s+[A-Z§])"
)
_K_VISIT_TOWN = frozenset({"visited", "arrived", "travelled", "traveled", "was", "is"})
# (and one of the words _VISIT_HOST needs)
_K_VISIT_TOWN_WHY = frozenset(
    {
        "talks",
        "meeting",
        "meetings",
        "consultations",
        "summit",
        "dialogue",
        "meet",
        "met",
        "received",
    }
)
_K_STAY = frozenset({"talks", "meeting", "meetings", "consultations", "visit"})
_JOINED = re.compile(
    rf"(?P<a>{ACTORS})\s+(?:\w+\s+)?joined\s+(?:the\s+)?(?:leaders|heads\s+of\s+state|heads\s+of\s+"
    rf"government|counterparts|ministers)\s+(?:of|from)\s+(?:the\s+)?(?P<b>{ACTORS})"
)
# "at the second meeting of the Maldives-India High-Level Core Group, held in New Delhi on
# Friday": a session of the two sides' joint body, told as held (not "to be held")
_JOINT_BODY_SESSION = re.compile(
    r"\b(?:[Mm]eeting|[Ss]ession|[Rr]ound)\s+of\s+the\s+(?P<a>§[SD]\d+§(?:\s*[-–]\s*§[SD]\d+§)+)\s+"
    r"(?:[A-Z][\w-]*\s+){0,4}(?:Group|Commission|Committee|Council|Dialogue|Mechanism|Forum)\b"
    r",?\s+(?:which\s+was\s+)?(?P<held>held\s+in\s+(?:the\s+)?§C\d+§)"
)
_K_JOINT_BODY_SESSION = frozenset({"held"})
# "The first meeting of the Joint Commission between Nigeria and Morocco took place in Abuja":
# a session of the two states' joint body (session 26b)
_JOINT_BODY_BETWEEN = re.compile(
    r"\b(?:[Mm]eeting|[Ss]ession)\s+of\s+the\s+(?P<o>§O\d+§)\s+between\s+(?:the\s+)?"
    r"(?P<a>§S\d+§\s+and\s+(?:the\s+)?§S\d+§)\s+(?:was\s+held|took\s+place|convened)\b"
)
_K_JOINT_BODY_BETWEEN = frozenset({"between"})
_MEETING_OF = re.compile(
    rf"(?P<a>{ACTORS})\s+held\s+(?:a\s+)?meeting\s+of\s+(?:the\s+)?(?P<o>§O\d+§)"
)
# "officials of the two countries, meeting at the border crossing, had agreed to ...": those
# met, in an aside before a past act of theirs (session 35b; not "..., meeting next week, will")
_MEETING_ASIDE = re.compile(
    rf"(?P<a>{ACTORS}),\s+meeting\s+(?:in|at|on)\s+[^,;§]{{0,40}}(?:§[CL]\d+§[^,;§]{{0,20}})?,?\s+"
    r"(?:(?:had|have|has)\s+)?(?:also\s+)?(?:agreed|decided|signed|adopted|discussed|reviewed|"
    r"approved|announced|exchanged|reaffirmed|pledged)\b"
)
_K_MEETING_ASIDE = frozenset({"meeting"})
# "The Consultative Meeting of the Heads of State of Central Asia was held in Cholpon-Ata ..., with
# the participation of the presidents of Kazakhstan, Kyrgyzstan, ...": a meeting of the states
_HELD_WITH = re.compile(
    r"\b(?:[Mm]eeting|[Ss]ummit|[Tt]alks|[Cc]onsultations|[Dd]ialogue|[Cc]onference|[Ff]orum|"
    # "The latest round of the negotiations, held in Nairobi in May with the participation of A, B
    # and C": a round told as held, of the negotiating states (CAMEO 046)
    r"(?P<n>[Nn]egotiations|[Rr]ound))\b"
    r"[^.;]{0,120}?(?:\b(?:was|were)\s+|,\s+)(?:held|attended)\b[^.;]{0,100}?\b(?:with\s+the\s+participation"
    # ("attended by the Presidents of Senegal, Liberia and Togo": session 26b)
    r"\s+of|by)\s+(?:the\s+)?(?:(?:§G\d+§|[Ll]eaders|[Hh]eads\s+of\s+[Ss]tate|[Pp]residents|"
    # ("attended by representatives of Germany, Italy and Spain")
    r"(?:senior\s+)?(?:representatives|delegations|delegates|officials)|"
    rf"[Pp]rime\s+[Mm]inisters|(?:[Ff]oreign\s+)?[Mm]inisters)\s+of\s+(?:the\s+)?)?(?P<p>{PARTIES})"
)
_K_HELD_WITH = frozenset({"held", "attended"})
# "the Strategic Stability Dialogue held in Geneva on January 10 by Deputy Secretary Sherman and
# Deputy Foreign Minister Ryabkov", "talks were held in Doha on Monday by X and Y": those named
_HELD_BY = re.compile(
    r"\b(?:[Dd]ialogue|[Tt]alks|[Mm]eeting|[Cc]onsultations|(?P<n>[Nn]egotiations)|[Ss]ession|"
    r"[Rr]ound)\s+(?:(?:was|were)\s+)?held\s+"
    r"(?:(?:in|at)\s+(?:the\s+)?§[CL]\d+§\s+|(?:on|in|last)\s+[^§,;.]{1,30}?\s+|today\s+|yesterday\s+)"
    rf"{{0,3}}by\s+(?:the\s+)?(?P<p>{ACTORS})"
)
_K_HELD_BY = frozenset({"held"})
# what a meeting an act of the article follows comes after: "The meeting follows the ..."
_FOLLOWS = re.compile(
    r"\b(?:follows|followed|following|after|since)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}$"
)
# the talks of arms control are negotiations (CAMEO 046): "the Strategic Stability Dialogue"
_ARMS_TALKS = re.compile(
    r"\b(?:[Ss]tability|[Aa]rms[\s-]+[Cc]ontrol|[Dd]isarmament)\s+(?:[\w-]+\s+)?$"
)
# "Crown Prince Mohammed bin Salman ..., Prime Minister, received a phone call today from
# President Ebrahim Raisi"
_CALL_FROM = re.compile(
    rf"(?P<a>{ACTORS})(?:\s+[A-Z][\w-]*){{0,3}}(?:,\s+[^,;§]{{1,60}},)?\s+(?:received|took|had)\s+"
    # "Kishida received a courtesy call from Penny Wong": a visit he received
    # ("received a congratulatory call from Macron": a phone call, session 23)
    # ("received a call from Putin": a phone call, as "telephone call" is; session 28)
    r"(?:a|an)\s+(?:(?P<phone>(?:tele)?phone\s+|video\s+|congratulatory\s+(?:(?:tele)?phone\s+)?|(?=call\b))|"
    r"(?:courtesy|farewell|introductory)\s+)call\s+"
    r"(?:(?:today|yesterday|on\s+[A-Z][a-z]+)\s+)?"
    rf"from\s+(?:the\s+|his\s+|her\s+)?(?:§D\d+§\s+)?(?P<b>{ACTORS})"
)
_K_CALL_FROM = frozenset({"call"})
# "At a meeting with Erdogan in Sochi, Putin said ...", "In a phone call with Scholz on Friday,
# Zelensky thanked ...", "After meeting Modi in New Delhi, Albanese told ...": the meeting of the
# clause's subject a fronted phrase names
_FRONTED = re.compile(
    # ("Speaking after talks with Putin in Moscow, Erdogan said ...": the talks before it)
    r"(?:(?:[Ss]peaking(?:\s+to\s+(?:reporters|journalists|the\s+press))?\s+)?"
    r"(?:[Aa]t|[Dd]uring|[Ii]n|[Aa]fter|[Ff]ollowing)\s+(?:(?:a|an|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<what>meeting|talks|(?:tele)?phone\s+(?:call|conversation|talks)|"
    r"call|conversation|video\s+(?:call|conference|link)|videoconference)\s+with|"
    r"(?:meeting|talks\s+with))|"
    # "Meeting with Xi in Beijing on Monday, Putin said ...", "Speaking by phone with Scholz,
    # Macron said ...": a participle clause of the subject's meeting or call
    # ("Talking by phone to Zelensky, Macron ...", "Speaking on the telephone with ...": a call,
    # session 41; the gate of ``meetings`` skipped every participle clause before then)
    r"[Mm]eeting(?:\s+with)?|[Ss]peaking\s+(?P<phone>(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\s+)?with|"
    r"(?:[Ss]peaking|[Tt]alking)\s+(?P<phoneto>(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\s+)(?:with|to))"
    r"\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:§D\d+§\s+)?"
    # (only a place or time after it: not "After talks with Russia failed, Ukraine ...")
    rf"(?P<b>{ACTORS})(?P<rest>(?:\s+(?:in|at|on|last|this|earlier)\b[^;,§]{{0,30}}?"
    rf"(?:§[CL]\d+§[^;,§]{{0,30}}?)?)?),\s+(?:the\s+)?"
    rf"(?P<a>{ACTORS})\s+(?:also\s+)?[a-z]+"
)
_K_FRONTED = frozenset("meeting talks call conversation video videoconference speaking".split())
# "In a phone call on Tuesday, Putin and Erdogan agreed ...", "During their talks in Ankara,
# the two presidents signed ...": the meeting of the clause's compound subject a fronted phrase
# names, without "with" (the subject's past act; not "At next week's summit, A and B will ...")
_FRONTED_PAIR = re.compile(
    # (not "During the talks on Thursday, A and B ...": an occasion told before, see _occasion)
    r"(?:[Aa]t|[Dd]uring|[Ii]n)\s+(?:(?:a|an|their)\s+(?!(?:next|upcoming|planned|proposed|"
    r"future|expected)\b)(?:[\w-]+\s+){0,2}?)?(?P<what>meeting|talks|(?:tele)?phone\s+(?:call|"
    r"conversation|talks)|call|conversation|video\s+(?:call|conference|link)|videoconference)"
    r"(?P<rest>(?:\s+(?:in|at|on|last|this|earlier)\b[^;,§]{0,30}?(?:§[CL]\d+§[^;,§]{0,30}?)?)?),\s+"
    rf"(?:the\s+)?(?P<a>{ACTORS})\s+(?:(?:also|jointly|formally)\s+)?"
    r"(?!(?:expected|scheduled|planned|slated|hoped|wanted|needed)\b)"
    r"(?:[a-z]{2,}ed|said|told|made|gave|took|sought|sent|won|reaffirmed)\b"
)
# "Erdogan and Putin agreed during talks in Astana to ...": the talks of the compound subject
# its past act was told at, after the act, with no one else met (session 35)
_DURING_TALKS_PAIR = re.compile(
    rf"(?:[Tt]he\s+)?(?P<a>{ACTORS})\s+(?:(?:also|jointly|formally)\s+)?"
    r"(?!(?:expected|scheduled|planned|slated|hoped|wanted|needed)\b)"
    r"(?:[a-z]{2,}ed|made|gave|took|sought|sent|won)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:during|at)\s+(?:their\s+|the\s+)?(?P<what>talks|meeting|negotiations|consultations)"
    r"(?P<rest>\s+in\s+(?:the\s+)?§C\d+§)(?!['’]|\s*,?\s+(?:with|between)\b)"
)
_K_DURING_TALKS_PAIR = frozenset({"during", "at"})
# "The European Union held the first intergovernmental conferences on accession negotiations
# with North Macedonia and with Albania": a meeting with each party "with" names (session 35)
_WITH_AND_WITH = re.compile(
    rf"(?:[Tt]he\s+)?(?P<a>{ACTORS})\s+(?:also\s+)?(?:held|opened|convened)\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:conferences|talks|meetings|consultations|negotiations)\b(?:[^§;,]|§[CL]\d+§){0,40}?"
    r"\s+with\s+(?:the\s+)?(?P<b>§[SPO]\d+§)\s+and\s+(?:also\s+)?with\s+(?:the\s+)?"
    r"(?P<c>§[SPO]\d+§)(?!['’])"
)
# "Cafiero informed Cleverly of the decision when the two met on the sidelines of ...": the
# meeting of the one who acted and the one acted on (session 35)
_WHEN_THEY_MET = re.compile(
    r"(?:[Tt]he\s+)?(?P<a>§P\d+§),?\s+(?:also\s+)?(?:[a-z]{2,}ed|told|gave|sent)\s+(?:the\s+)?"
    r"(?:§D\d+§\s+)?(?P<b>§P\d+§)(?![\'’])(?:[^;§]|§[DOS]\d+§){0,60}?\s+when\s+(?:the\s+two|they|both)"
    r"\s+(?:last\s+|first\s+)?met\b"
)
# "Erdogan and Putin joined by video link a ceremony marking ...": a ceremony a compound subject
# attended together (session 35)
_JOINT_CEREMONY = re.compile(
    rf"(?:[Tt]he\s+)?(?P<a>{ACTORS})\s+(?:(?:also|jointly)\s+)?(?:joined|attended)\s+"
    r"(?:(?P<remote>(?:by|via)\s+video(?:\s+link)?\s+|virtually\s+)|together\s+)?(?:a|the)\s+"
    r"(?:[\w-]+\s+){0,2}?ceremony\b"
)
# "Muizzu formally requested the withdrawal of the troops in November during a meeting with
# Minister X": the meeting (or call) the subject's past act was told at, after the act
_TRAILING_MEETING = re.compile(
    # ("Blinken said on Friday that he raised the matter during a meeting with X in November":
    # the act the subject reports of himself)
    r"(?:§P\d+§\s+(?:said|says|told\s+(?:reporters|journalists))\s+(?:(?:on|late|early)\s+[A-Z][a-z]+\s+|"
    r"today\s+|yesterday\s+)?(?:that\s+)?(?=§P\d+§\s+(?:also\s+|had\s+|has\s+)?[a-z]{2,}ed\b))?"
    r"(?:[Tt]he\s+)?(?P<a>§P\d+§),?\s+(?:(?:also|formally|later|then|first|personally)\s+)?"
    r"(?!(?:expected|scheduled|planned|slated|invited|asked|urged|needed)\b)"
    r"(?:[a-z]{2,}ed|said|told|made|gave|took|sought|sent|spoke|laid|brought|won)\b"
    # (no other person before the meeting: the act is the subject's own)
    # ("... after a telephone conversation with X": the call the act followed)
    # (not "expressed interest in a meeting with X": one hoped for)
    r"(?:[^;§]|§[A-FH-OQ-Z]\d+§){0,160}?(?<!\binterest)(?<!\binterested)"
    r"\s(?:during|at|in|after|following)\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<what>meeting|talks|(?:tele)?phone\s+(?:call|conversation|talks)|call|"
    r"conversation)\s+with\s+(?:the\s+)?(?:§D\d+§\s+)?(?:[A-Z][A-Za-z.]+\s+){0,3}"
    r"(?:of\s+(?:the\s+)?(?:[A-Z][A-Za-z.]+\s+){1,2}){0,2}(?:of\s+(?:the\s+)?§[CS]\d+§\s+)?"
    # (not "with X and Y": the list of those met; but ", and the two ministers affirmed ...",
    # a clause of its own after the one met, session 35)
    r"(?P<b>§P\d+§)(?!\s*(?:and|or)\s|\s*,\s+(?:and|or)\s+(?!§[PSG]\d+§\s+(?:also\s+)?[a-z]{2,}ed\b))"
)
_K_TRAILING_MEETING = frozenset({"during", "at", "in", "after", "following"})
# "Merkel, in a phone call with Putin on Wednesday, asked him ...", "Lavrov, during talks with
# Amir-Abdollahian in Moscow, criticised ...": the meeting or call told in an aside between the
# subject and its (past) verb
_ASIDE_CALL = re.compile(
    # ("Macron, speaking after talks with Scholz in Berlin, said ...")
    r"(?:[Tt]he\s+)?(?P<a>§[PS]\d+§),\s+(?:(?:speaking\s+)?(?:in|during|after|following|at)\s+(?:(?:a|an|the|his|her|its|"
    r"their)\s+)?(?:[\w-]+\s+){0,2}?(?P<what>meeting|talks|(?:tele)?phone\s+(?:call|conversation|"
    r"talks)|call|conversation|video\s+(?:call|conference|link)|videoconference)\s+with|"
    # ("Erdogan, speaking by phone with Kristersson, said ...", "Macron, talking on the phone to
    # Zelensky, promised ...": a call told by a participle; session 41)
    r"(?:speaking|talking)\s+(?P<phone>(?:by|on\s+the|over\s+the)\s+(?:tele)?phone)\s+(?:with|to))\s+"
    rf"(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:§D\d+§\s+)?(?P<b>{ACTORS})"
    # (only a place or time after it)
    r"(?P<rest>(?:\s+(?:in|at|on|last|this|earlier)\b[^;,§]{0,30}?(?:§[CL]\d+§[^;,§]{0,30}?)?)?),?"
    # (the day read out of the masked text takes its comma: "with §P1§ pledged ...")
    r"\s+(?:(?:has|had)\s+)?(?:also\s+|later\s+|then\s+)?"
    r"(?!(?:expected|scheduled|planned|slated|invited|hoped|wanted|needed)\b)"
    r"(?:[a-z]{2,}ed|said|told|made|gave|took|sought|sent|spoke|won)\b"
)
# "Putin told Modi during their talks in Moscow on Monday that ...", "Erdogan thanked Putin at
# their meeting in Sochi": the meeting of the two an act of one to the other was told at
_THEIR_MEETING = re.compile(
    r"(?:[Tt]he\s+)?(?P<a>§P\d+§),?\s+(?:(?:also|later|then|personally|formally)\s+)?"
    r"(?!(?:expected|scheduled|planned|slated|hoped|wanted|needed)\b)"
    r"(?:[a-z]{2,}ed|told|sought|gave|made|sent)\s+(?:the\s+|his\s+|her\s+)?(?:§D\d+§\s+)?"
    r"(?P<b>§P\d+§)(?!\s*(?:,\s+)?(?:and|or)\s)(?:[^;§]|§[A-OQ-Z]\d+§){0,80}?\s(?:(?:during|at|in)\s+"
    r"their\s+(?:[\w-]+\s+){0,2}?|"
    # "he told Tshisekedi during talks in June that ...": the talks of the two
    r"(?:(?<=told\s§P\d§\s)|(?<=told\s§P\d\d§\s))during\s+(?:(?:bilateral|private|one-on-one|closed-door)\s+)?(?=talks\b(?!\s+with\b)))"
    r"(?P<what>meeting|talks|(?:tele)?phone\s+(?:call|conversation|talks)|call|conversation)\b"
)
_HE_TOLD = re.compile(r"\s+(?:that\s+)?§P\d+§\s+told\b")
# "Kagame said he told ...": the one who speaks, then his own act
_SAID_HE = re.compile(r"§P\d+§\s+(?:said|says|recalled|revealed)\s+(?:that\s+)?(?=§P\d+§\s+told\b)")
_K_TRAILING_WHAT = frozenset("meeting talks call conversation".split())
# "Lapid said after a phone call with Erdogan on Wednesday that ...", "Putin told reporters
# following a telephone conversation with Tokayev ...": the call a report of speech follows
_SAID_AFTER_CALL = re.compile(
    rf"(?P<a>{ACTORS}){_ASIDE},?\s+(?:said|says|told\s+(?:reporters|journalists)|stated|wrote|"
    r"announced|added|declared|tweeted)\s+(?:(?:on|late|early)\s+[A-Z]?[a-z]+\s+|today\s+|"
    r"yesterday\s+)?(?:after|following|during)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<what>(?:tele)?phone\s+(?:call|conversation|talks)|call|conversation|video\s+call)\s+"
    rf"with\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:§D\d+§\s+)?(?P<b>{ACTORS})"
)
_K_SAID_AFTER_CALL = frozenset({"call", "conversation"})
# "Erdogan phoned Putin on Sunday", "Colonna called her German counterpart Baerbock to discuss
# ...": a call one side made (not "called Putin a war criminal", "called on X to ...", "called
# for ..."; "called" only between people)
_PHONED = re.compile(
    rf"(?P<a>{ACTORS}){_ASIDE},?\s+(?:also\s+|later\s+|again\s+|(?:has|had)\s+)?"
    r"(?:(?P<tel>phoned|telephoned|rang|phones|telephones)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    # (the whole list called, atomic: not "called Putin and Zelensky to a meeting" read as a
    # call to Putin "and" ...)
    rf"(?:§D\d+§\s+)?(?P<b>(?>{ACTORS}))|called\s+(?:his\s+|her\s+|their\s+)?(?:§D\d+§\s+)?"
    rf"(?P<p>(?>{group_of('P')})))"
    r"(?=\s*[.;]|\s*$|,\s+(?!who\b|which\b)|\s+(?:on|today|yesterday|late|earlier|last|this|in\s+a|by|"
    # "telephoned Erdogan hours after the results showed him winning" (session 35b)
    r"(?:hours|minutes|days|shortly|soon|just)\s+after|"
    # "telephoned Erdogan in February to offer condolences"
    r"in\s+(?:early\s+|mid-|late\s+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)|and|after|following|ahead\s+of|over|about|amid|to\s+(?:discuss|express|congratulate|offer|"
    r"convey|exchange|review|reaffirm|thank|brief|inform|wish|extend|coordinate|follow\s+up))\b)"
)
_K_PHONED = frozenset("phoned telephoned rang phones telephones called".split())
# "On Monday, X made two telephone calls, with President A of Y and President B of Z": calls told
# with their count and the list of those called, a call with each (session 36)
_COUNTED_CALLS = re.compile(
    rf"(?P<a>{ACTORS}){_ASIDE},?\s+(?:also\s+|later\s+|then\s+|(?:has|had)\s+)?"
    r"(?:made|held|had|conducted|placed)\s+(?:two|three|four|five|separate)\s+(?:separate\s+)?"
    r"(?:(?:tele)?phone|video)\s+(?:calls|conversations)\b,?\s+(?:with|to)\s+(?:the\s+)?"
    rf"(?P<b>(?>{ACTORS}))"
)
_K_COUNTED_CALLS = frozenset({"calls", "conversations"})
# "the swap was the result of talks that Turkish officials had conducted with both sides": talks
# told in a relative clause, of its subject and those it names after "with" (session 36)
_TALKS_THAT_HELD = re.compile(
    r"\b(?:talks|negotiations|consultations|contacts)\s+(?:that|which)\s+(?:the\s+)?"
    rf"(?P<a>{ACTORS})\s+(?:(?:had|has|have)\s+)?(?:also\s+)?(?:held|conducted|had)\s+"
    rf"with\s+(?:the\s+)?(?P<b>{ACTORS})"
)
_K_TALKS_THAT_HELD = frozenset({"that", "which"})
# "during the visit of Anže Logar ... to Washington", "President Macron's visit to Beijing"
_NOMINAL_VISIT = re.compile(
    rf"(?:(?P<a>{ACTORS})['’]s?\s+(?:(?:official|state|working|first|recent|two-day|three-day)\s+)*"
    rf"visit|\b(?:[Tt]he|[Aa]n?)\s+(?:(?:official|state|working|first|recent|two-day|three-day)\s+)*"
    rf"visit\s+(?:of|by)\s+(?:the\s+)?(?P<a2>{ACTORS}),?)\s+to\s+(?:the\s+)?(?P<b>§[SCO]\d+§)"
)
_NOT_HAPPENED = re.compile(
    r"\b(?:upcoming|forthcoming|planned|proposed|possible|future|next|invit\w*|prepar\w*|"
    r"will|would|could|to\s+pay|ahead\s+of|postponed|cancel+ed|scheduled|expected|due\s+to|"
    # "The two leaders look forward to the President's visit to Ottawa": one to come
    r"look(?:s|ed|ing)?\s+forward|later\s+this|anticipat\w*|"
    # "opens the door to further dialogue between ...", "paved the way for talks between ...":
    # talks made possible, not held (session 40)
    r"(?:open|pav)\w*\s+the\s+(?:door|way)\s+(?:to|for))\b",
    re.IGNORECASE,
)
# headlines of readouts: "Secretary Blinken's Meeting with Kenyan Foreign Minister Mudavadi",
# "Deputy Secretary Sherman's Call with ..."
_NOMINAL_MEETING = re.compile(
    rf"(?P<a>{ACTORS})['’]s?\s+(?:[A-Za-z-]+\s+){{0,2}}?(?P<what>[Mm]eetings?|[Cc]alls?|[Tt]alks|"
    rf"[Cc]onversations?|[Tt]elephone\s+[Cc]all|[Pp]hone\s+[Cc]all)\s+with\s+(?:the\s+)?(?P<b>{ACTORS})"
)
# "The decision was taken at a meeting of delegations from the two countries in Djibouti": an act
# done at a meeting of two states' people
_DECIDED_AT_MEETING = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:taken|made|reached|adopted|agreed(?:\s+(?:on|upon))?|"
    r"signed|announced)\s+(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|"
    r"consultations)\s+(?:of|between)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:delegations|officials|"
    rf"representatives|ministers|leaders|negotiators)\s+(?:from|of)\s+(?:the\s+)?(?P<a>{ACTORS})"
)
_K_DECIDED_AT = frozenset({"taken", "made", "reached", "adopted", "agreed", "signed", "announced"})
_K_DELEGATES = frozenset(
    {"delegations", "officials", "representatives", "ministers", "leaders", "negotiators"}
)
# "The dialogue was co-chaired by Assistant Secretary Toloui and Deputy Minister Ali"
_CHAIRED_BY = re.compile(
    r"\b(?:[Dd]ialogue|[Mm]eeting|[Tt]alks|[Cc]onsultations|[Ss]ession|[Ss]ummit|[Rr]ound|[Ff]orum)\b"
    r"[^.;§]{0,80}?\b(?:was|were)\s+(?:co-?chaired|jointly\s+chaired|co-?hosted|co-?led)\s+by\s+"
    rf"(?:the\s+)?(?P<a>{ACTORS})"
)
_DISCUSSED = re.compile(
    rf"(?P<a>{ACTORS}|[Tt]hey|[Tt]he\s+(?:two\s+)?(?:leaders|sides|ministers))\s+(?:also\s+)?"
    # a headline's present: "Putin, Erdogan discuss grain deal over phone"
    rf"(?:discussed|reviewed|exchanged\s+views|talked\s+about|(?P<now>discuss|discusses))\b"
)


_DISCUSS_VERBS = ("discuss", "reviewed", "exchanged", "talked")
# "He said he had also discussed the situation by telephone with President Rahmon": a call told
# of (a past one, undated)
_DISCUSSED_BY_PHONE = re.compile(
    rf"(?:(?P<a>{ACTORS})|\b(?P<pro>[Hh]e|[Ss]he))(?:\s+said(?:\s+that)?\s+(?:he|she))?,?\s+"
    r"(?:had\s+|has\s+)?(?:also\s+|earlier\s+|already\s+)?(?:discussed|talked\s+about|reviewed)\s+"
    r"(?:[^.;§]|§[SDCL]\d+§){1,80}?\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\s+"
    rf"with\s+(?:the\s+|his\s+|her\s+)?(?:§D\d+§\s+)?(?P<b>{ACTORS})"
)
_K_DISCUSSED_BY_PHONE = frozenset({"telephone", "phone"})


_SLOT_IN = re.compile(r"§[A-Z]\d+§")


def _other_pair_discussed(
    analysis: Analysis,
    doc: Doc,
    masked: str,
    d: re.Match[str],
    participants: list[Entity],
    known: set[str],
) -> bool:
    """Whether "Earlier, Foreign Minister X and his Lao counterpart Y discussed ..." after the
    meeting reported tells a second pair's talks (session 42): the sentence's subject, two
    people of two sides, neither of them in the meeting reported (not "Putin and Xi discussed
    ...", the meeting reported again, nor "Xi and his foreign minister discussed ...")."""
    if (
        d.start() != intro_end(masked)
        or not d.group("a").startswith("§")
        # (each named: not "The two prime ministers", a group told before)
        or len(_SLOT_IN.findall(d.group("a"))) < 2
        or d.group("now")
        or len(participants) != 2
        or any(e.kind is not EntityKind.PERSON or e.key in known for e in participants)
    ):
        return False
    sides = [side_of(doc, e) for e in participants]
    return all(s is not None for s in sides) and len({s.key for s in sides if s is not None}) == 2


def _may_discuss(masked: str) -> bool:
    """Whether the sentence has a verb of _DISCUSSED (a cheap test before scanning for it)."""
    return any(verb in masked for verb in _DISCUSS_VERBS)


_PLACE = re.compile(
    # ("Y, who was visiting New York for the UN General Assembly": where Y was)
    r"\b(?:in|at|visited|visits|visiting|visit\s+to|arrived\s+in|travel(?:l)?ed\s+to|flew\s+to|trip\s+to|"
    # "In Kyiv, the two ministers ...", "At the Kremlin, ...": where the sentence's act was
    r"(?:(?<=^)|(?<=\s))(?:In|At)(?=\s+(?:the\s+)?§[CL]\d+§(?:\s+(?:on|last|this|earlier|early|"
    r"late)\s+[^,;§]{1,30})?,)|"
    # "welcomed him to the White House": a building the guest came to
    r"to(?=\s+(?:the\s+)?§L\d+§))\s+"
    # "in the southern city of Kherson", "in the Black Sea resort of Sochi"
    rf"(?:{_TOWN_IN_STATE}|{CITY_OF})?(?:the\s+)?(?P<p>§[CSL]\d+§)"
)
# "travelled to Beijing for talks with President Xi Jinping": whom the visitor met
# "visited Washington for the U.S.-Africa Leaders Summit hosted by President X"
_SUMMIT_HOSTED_BY = re.compile(
    r",?\s+for\s+(?:the\s+|a\s+|an\s+)?(?:[^§;,.]|§[OSDL]\d+§){0,60}?(?<![\w-])(?i:summit|forum|"
    r"conference)\s+hosted\s+by\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<h>§P\d+§)(?!\s*(?:and|,))"
)
_VISIT_HOST = re.compile(
    # ("arrived in Georgetown from Port of Spain on Monday and held talks with ...": the city
    # come from is no venue)
    rf",?\s*(?:from\s+§[CS]\d+§\s+)?(?:{_WHEN},?\s+)?"
    # "traveled to Kyiv today, his second trip to Ukraine since February, and met with ...": an
    # apposition that counts the trip
    # ("visited Damascus in April, the first visit by a Saudi minister since the war began, and
    # met with Assad": an apposition that ranks the trip, session 39)
    r"(?:(?:his|her|their|the\s+first(?:\s+such)?)\s+(?:[\w-]+\s+){0,2}(?:trip|visit)\b"
    r"[^,;.]{0,60},\s+)?"
    # "visited Damascus in April for the first time since the war began and met with Assad"
    r"(?:for\s+the\s+first\s+time(?:\s+(?:since|in)\s+[^,;.§]{1,60}?)?,?\s+)?"
    rf"(?:(?:for|to\s+hold|to\s+attend)\s+(?:\w+\s+){{0,2}}"
    r"(?:talks|meetings?|consultations)\s+with|"
    # "for the 14th India-Japan Annual Summit with Prime Minister Modi"
    r"for\s+the\s+(?:[\w§-]+\s+){0,4}?(?:[Ss]ummit|[Ss]ummit\s+[Mm]eeting|[Dd]ialogue)\s+with|"
    # "traveled to Washington to meet Biden"
    r"to\s+meet(?:\s+with)?|"
    # "paid an official visit to Iraq on Tuesday, meeting Prime Minister X": the one met
    # (session 24)
    r"(?<=,\s)(?:meeting(?:\s+with)?|holding\s+talks\s+with)|"
    # "visited Kyiv and met President Zelensky", "visited Kyiv, where he met ...": whom the
    # visit was for
    # ("..., where on July 5 he met with heads of government of the Caribbean Community": the
    # organisation)
    r"(?:and|,\s+where\s+(?:on\s+[A-Z][a-z]+(?:\s+\d{1,2})?,?\s+)?(?:he|she|they|§[PG]\d+§))"
    # ("traveled to Madrid and on Wednesday met Prime Minister Sanchez": the day of the talks)
    r"(?:\s+(?:later\s+)?on\s+[A-Z][a-z]+(?:\s+\d{1,2})?,?|\s+(?:later|then)(?:\s+that\s+day)?)?"
    # ("visited Damascus in April, ..., and was received by Assad": the one who received the
    # visitor, session 40)
    r"\s+(?:also\s+)?(?:met(?:\s+with)?|held\s+talks\s+with|"
    # ("and was received at the airport by President Isaias": the receiver, not the building)
    r"was\s+received\s+(?:at\s+(?:the\s+)?(?:[^§,;.]|§L\d+§){1,40}?\s+)?by))"
    rf"\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:§D\d+§\s+)?"
    # ("holding talks with Crown Prince Mohammed bin Salman": the heir's style, session 24)
    r"(?:Crown\s+Prince\s+(?:and\s+Prime\s+Minister\s+)?)?"
    rf"(?:{COLLECTIVE}\s+(?:of|from)\s+(?:the\s+)?)?(?P<h>{ACTORS})"
)

# "... and on Wednesday met": the day the talks after a visit's "and" are told on
_AND_ON_DAY = re.compile(
    r"\s+and\s+(?=(?:later\s+)?on\s+[A-Z][a-z]+(?:\s+\d{1,2})?,?\s+(?:also\s+)?(?:met|held))"
)
# "paid a state visit to Uzbekistan at the invitation of President Mirziyoyev": the host who
# invited is the one met (session 24)
_INVITED_BY = re.compile(
    rf",?\s*(?:{_WHEN},?\s+)?at\s+the\s+invitation\s+of\s+(?:the\s+|his\s+|her\s+)?"
    rf"(?:§D\d+§\s+)?(?P<h>{ACTORS})"
)


def _unnamed_officials(analysis: Analysis, text: str, guests: list[Entity]) -> list[Entity]:
    """The states whose officials a list names by their title only ("the foreign ministers of
    Jordan and Egypt and U.S. Secretary of State Blinken": Jordan and Egypt), not the state of a
    person the list names."""
    owned = set()
    for slot in re.findall(r"§P\d+§", text):
        office = analysis.mention(slot).office
        if office is not None and office.jurisdiction is not None:
            owned.add(office.jurisdiction.key)
    return [e for e in guests if e.kind is EntityKind.STATE and e.key not in owned]


def _people_or_parties(entities: list[Entity]) -> list[Entity]:
    """The participants: the people named, or (with fewer than two) every party named."""
    people = [e for e in entities if e.kind is EntityKind.PERSON]
    return people if len(people) >= 2 else [e for e in entities if e.kind in ACTOR_KINDS]


# "the situation in Afghanistan", "the war in Ukraine": a topic, not where they met
_TOPIC_IN = re.compile(
    r"\b(?:situation|conflict|crisis|war|developments|events|fighting|violence|peace|stability|"
    r"security|elections?|reforms?|settlement|escalation|tensions|invasion|aggression|"
    r"humanitarian\s+\w+|investments?|projects?|interests?)\s*$",
    re.IGNORECASE,
)


_NAME_GOES_ON = re.compile(
    # "in the U.S.-Nordic Leaders' Summit": a name going on with a word
    r"\s*[-–]\s*(?:§|[A-Z][\w'’]+\s+(?:[A-Z][\w'’]+\s+){0,3}(?:[Ss]ummit|[Ff]orum|[Dd]ialogue|"
    r"[Cc]onference|[Mm]eeting)\b)|\s+(?:[Ss]ummit|[Ff]orum|[Dd]ialogue|[Cc]onference)\b"
)


def _place(analysis: Analysis, text: str, kb: KbIndex) -> Entity | None:
    found: Entity | None = None
    for m in _PLACE.finditer(text):
        if m.group(0).startswith("in") and _TOPIC_IN.search(text, 0, m.start()):
            continue
        if _NAME_GOES_ON.match(text, m.end()):
            continue  # "in the U.S.-ASEAN Summit", "at the Russia-Africa summit": not places
        mention = analysis.mention(m.group("p"))
        entity = mention.entity
        if found is not None:
            # "Lukashenko, who is on a state visit to China, ... in Beijing": the city of the
            # state named first is where they met
            city = kb.entity(entity.qid) if entity is not None and entity.qid else None
            if city is not None and city.kind is EntityKind.CITY and city.country == found.qid:
                return entity
            continue
        if entity is None or mention.code not in {Code.CITY, Code.STATE, Code.PLACE}:
            return None
        if entity.kind is not EntityKind.STATE:
            return entity
        found = entity
    return found


# "held talks in Sochi on Monday": a capitalised name no mention covers after "in", ending the
# clause or followed by its date (not by its state: "in Bagan, Myanmar" is placed in the state)
_UNKNOWN_TOWN = re.compile(
    r"^(?:[^,;.]*?\s)?in\s+(?P<v>[A-Z][a-zà-ÿ’'-]{2,}(?:[ -][A-Z][a-zà-ÿ’'-]{2,})?)"
    r"(?=\s*(?:[;.]|,\s+(?:on|last|this|earlier)\b|$|\s+(?:on|last|this|earlier|"
    r"today|yesterday)\b))"
)


def _unknown_town(tail: str) -> Entity | None:
    """The town a meeting's own clause says it was held in, when the KB lacks it ("held talks
    in Sochi"): an unlinked place; not a month, a day or a language."""
    if " in " not in tail:
        return None
    m = _UNKNOWN_TOWN.search(tail)
    if m is None or any(fold(w) in _NOT_TOWNS for w in m.group("v").split()):
        return None
    return Entity.unlinked(m.group("v"), EntityKind.PLACE)


_NOT_TOWNS = CALENDAR_WORDS | frozenset(
    """english french russian arabic spanish chinese person private public parliament office
    power person general detail principle particular camera""".split()
)


def _building(analysis: Analysis, text: str) -> Entity | None:
    """The first building a sentence says its act was in or at ("in the Kremlin")."""
    for m in _PLACE.finditer(text):
        if m.group("p")[1] == "L" and not _NAME_GOES_ON.match(text, m.end()):
            entity = analysis.mention(m.group("p")).entity
            if entity is not None and entity.kind is EntityKind.PLACE:
                return entity
    return None


# "The 12th Russia-European Union summit was held in the capital of Italy"
_CAPITAL_OF = re.compile(r"\b(?:in|at|to)\s+the\s+capital\s+of\s+(?:the\s+)?(?P<p>§S\d+§)")


def _capital_of(analysis: Analysis, doc: Doc, text: str) -> Entity | None:
    """The capital city a sentence names by its state ("in the capital of Italy")."""
    m = _CAPITAL_OF.search(text)
    state = analysis.mention(m.group("p")).entity if m else None
    city = doc.kb.capital(state.qid) if state is not None and state.qid else None
    return entity_of(city) if city is not None else None


# "four days of negotiations between Armenia and Azerbaijan, which began on May 1": the day
# talks of several days began (a date of the relative clause act_date leaves out)
_BEGAN_ON = re.compile(
    r"\b(?:which|that)\s+(?:had\s+)?(?:began|started|opened|commenced|got\s+under\s*way)\s+"
    # ("which began in Jeddah on May 6": where, then when)
    r"(?:in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+)?(?:on\s+|in\s+)?$"
)


_ENDED_ON = re.compile(r"\b(?:ended|concluded|closed|wrapped\s+up)\s+(?:on\s+|in\s+)?$")
_K_BEGAN = ("began", "started", "opened", "commenced", "under")


def _began_on(analysis: Analysis) -> tuple[TimeValue, TimeValue | None] | None:
    """The day a relative clause says talks of several days began on, and the day the
    sentence says they ended on, if it does."""
    if not any(word in analysis.masked for word in _K_BEGAN):
        return None
    text, base = analysis.sentence.text, analysis.sentence.begin
    began: TimeValue | None = None
    ended: TimeValue | None = None
    for d in analysis.dates:
        at = d.begin - base
        if d.end_value is not None:
            continue
        if began is None and _BEGAN_ON.search(text, max(0, at - 40), at):
            began = d.value
        elif ended is None and _ENDED_ON.search(text, max(0, at - 30), at):
            ended = d.value
    return None if began is None else (began, ended)


_FROM_END = re.compile(r"\bfrom\s+$")
_TO_BETWEEN = re.compile(r"\s+(?:to|until|till|through)\s+")


def _from_to(analysis: Analysis) -> tuple[TimeValue, TimeValue] | None:
    """ "is paying an official visit to China from 28 February to 2 March": two days written
    as one span."""
    text, base = analysis.sentence.text, analysis.sentence.begin
    days = [d for d in analysis.dates if d.end_value is None and d.value.precision >= 11]
    for first, last in itertools.pairwise(days):
        start, end = first.value.as_date(), last.value.as_date()
        if (
            start is not None
            and end is not None
            and start < end
            and _FROM_END.search(text, 0, first.begin - base)
            and _TO_BETWEEN.fullmatch(text, first.end - base, last.begin - base)
        ):
            return first.value, last.value
    return None


_TO_HOLD = re.compile(
    r"\bto\s+(?:host|hold|organi[sz]e|resume|start|launch|begin)\b", re.IGNORECASE
)
# the words without which a meeting pattern cannot match (a cheap test before scanning)
_K_MEET = frozenset(
    "met meets held holds had conferred spoke speaks spoken talked convened co-chaired cochaired "
    "chaired sat gathered "
    "took participated".split()
)
_K_MEET_DIRECT = frozenset({"met", "meets"})
_K_CALLED_ON = frozenset({"called", "call"})
_K_AND_MET = frozenset({"called", "met", "received"})  # (its "and" is in most sentences)
_K_BETWEEN = frozenset({"between"})
_K_HOST = frozenset("hosted hosts welcomed welcomes received receives granted".split())
_K_CREDENTIALS = frozenset({"presented"})
_K_VISIT = frozenset(
    "visited visits paid made arrived travelled traveled pays makes arrives travels visit "
    "visiting landed flew".split()
)
_K_NOMINAL_VISIT = frozenset({"visit"})
# "the state visit that Xi paid to Moscow in March, when he and Putin signed ...": a visit told
# in a relative clause, with the one met there when "when he and Y" names him (session 36)
_VISIT_THAT_PAID = re.compile(
    rf"\b(?:visits?|trips?)\s+(?:that|which)\s+(?:the\s+)?(?P<a>{ACTORS})\s+(?:had\s+)?"
    r"(?:paid|made)\s+to\s+(?:the\s+)?(?P<b>§[SC]\d+§)"
    r"(?:(?:[^.;,§]){0,30}?,\s+when\s+(?:he|she|§P\d+§)\s+and\s+(?P<h>§P\d+§)(?!['’]))?"
)
_K_VISIT_THAT_PAID = frozenset({"paid", "made"})
# "the visit to Kigali on 22 January 2022 of Lt Gen X, ..., who was received by President Y": a
# visit named with its place before its visitor, the one who received him its host (session 36)
_VISIT_TO_OF = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:official|state|working|first|recent|two-day|three-day)\s+)*"
    r"visit\s+to\s+(?:the\s+)?(?P<b>§[SC]\d+§)(?:\s+(?:on|in)\s+[^,;§]{1,30}?)?\s+of\s+"
    rf"(?:the\s+)?(?P<a>{ACTORS})(?:[^;§]{{0,120}}?,\s+who\s+was\s+(?:warmly\s+)?"
    r"(?:received|welcomed|hosted)\s+by\s+(?:the\s+)?(?P<h>§P\d+§))?"
)
_K_NOMINAL_MEETING = frozenset(
    "meeting meetings call calls talks conversation conversations".split()
)
_K_CHAIRED_BY = frozenset({"chaired", "hosted", "led"})
_K_PAIR_TALKS = frozenset("talks meeting summit consultations negotiations council".split())
_K_JOINED = frozenset({"joined"})
_K_MEETING_OF = frozenset({"meeting"})


def _scan(
    regex: re.Pattern[str], keys: frozenset[str], words: frozenset[str], masked: str
) -> Iterator[re.Match[str]]:
    """The matches of ``regex``, or none without scanning when none of its keys occurs."""
    return iter(()) if keys.isdisjoint(words) else regex.finditer(masked)


_CALLED_OFF = re.compile(
    r"\b(?:cancel+ed|postponed|called\s+off|scrapped|put\s+off|broke\s+down|collapsed|"
    r"(?:did|was|were)\s+not\s+(?:take\s+place|held|happen)|"
    # "There were no talks between Armenia and Azerbaijan in January"
    r"no\s+(?:[a-z-]+\s+)?(?:talks|meetings?|contacts?|negotiations|consultations|dialogue|calls?|"
    r"visits?|summit))\b",
    re.IGNORECASE,
)
# the words one of which every match of _CALLED_OFF has, but for "cancel+ed" ("cancelled")
_K_CALLED_OFF = frozenset(
    {"postponed", "called", "scrapped", "put", "broke", "collapsed", "not", "no"}
)
# a meeting the sentence denies took place
_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|dismissed\s+(?:reports|claims|rumou?rs))\b"
)
_K_DENIED = frozenset("denied denies deny denying refuted refutes dismissed".split())


def _called_off(words: frozenset[str], masked: str) -> bool:
    """Whether the sentence says a meeting was called off (or none was held)."""
    if _K_CALLED_OFF.isdisjoint(words) and "cancel" not in masked.lower():
        return False  # (most sentences: a cheap test first)
    return _CALLED_OFF.search(masked) is not None


def _said_after_meeting(
    analysis: Analysis, doc: Doc, masked: str
) -> list[tuple[list[Entity], str, str]]:
    """The meetings and calls a speaker tells from ("said after talks with Y", "said in a phone
    call with Y", "Speaking after talks with Y, X said"): 041 for a call, else 040."""
    found: list[tuple[list[Entity], str, str]] = []
    matches = list(_SAID_AFTER_MEETING.finditer(masked))
    if masked.startswith(("Speaking", "Addressing")):
        matches.extend(_SPEAKING_AFTER_MEETING.finditer(masked))
    for m in matches:
        what = m.groupdict().get("what") or ""
        people = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
            analysis, doc, m.group("b")
        )
        if len(people) < 2 or any(e.kind is not EntityKind.PERSON for e in people):
            continue  # (persons only: "Russia said after talks with ..." is the ministry's)
        code = "041" if ("call" in what or "phone" in what or "conversation" in what) else "040"
        found.append((people, code, masked[m.end() :]))
    return found


def _visit_where(masked: str, start: int) -> bool:
    """ "visited Kyiv, where he met ...": a meeting the visit rule reads (not "announced the deal
    during a visit to Manila, where he met ...", which only this rule reads)."""
    head = masked[:start]
    return (
        _WHERE_END.search(head) is not None
        and _VISIT.search(head) is not None
        # ("arrived in the UAE from Saudi Arabia, where he held talks ...": where he came from,
        # not the visit's place; session 35)
        and _FROM_WHERE.search(head) is None
    )


_WHERE_END = re.compile(r",\s+where\s+$")
_CAME_FROM_WHERE = re.compile(r"\bfrom\s+(?:the\s+)?§[SC]\d+§(?=,\s+where\s)")
_FROM_WHERE = re.compile(r"\bfrom\s+(?:the\s+)?(?P<s>§[SC]\d+§),\s+where\s+$")
_WHERE_MET = re.compile(
    # ("visited Kyiv and the town of Bucha, where he met ...": a town the KB lacks between)
    r"(?:(?:[^.;,§]|§L\d+§){0,30}?),\s+where\s+(?:he|she|they|§P\d+§)\s+"
    # ("..., where he attended the X summit and held talks with Saudi Crown Prince Y": a second
    # verb of his; the title after a demonym outside the name's mention; session 36)
    r"(?:(?:also\s+)?[a-z]{3,}ed\s+(?:[^.;,§]|§[OL]\d+§){1,60}?\s+and\s+)?(?:also\s+)?(?:met|held\s+talks|"
    # "arrived in Tajikistan on Friday, where he was welcomed by President Rahmon": the host
    r"(?:was|were)\s+(?:warmly\s+)?(?:welcomed|received|greeted)\s+by)\s+"
    r"(?:with\s+)?(?:the\s+|his\s+|her\s+)?(?:§D\d+§\s+(?:[A-Z][a-z]+\s+){1,2}(?=§P))?"
    rf"(?P<h>{ACTORS})"
)


# a later clause with its own hedge: ", but said ...", "; ..."
_LATER_CLAUSE = re.compile(r",\s+(?:but|while|although|though|whereas)\s+|;\s+")
# "After meeting Xi in Beijing, Lula said Brazil would not join ...", "held talks with X on
# Tuesday but said Washington would not ...": what the subject said after the meeting, the
# hedge of its own clause (session 23)
# (session 26: "met Pashinyan and assured him that Washington would back the talks", "promised
# that", "pledged that": a promise told after the meeting hedges only itself)
_SAID_LATER = re.compile(
    r"\s(?:said|says|told|warned|stressed|insisted|added|noted|reiterated|assured|reassured|"
    r"informed|promised|pledged|confirmed|announced|explained|underlined|underscored|"
    r"emphasi[sz]ed)\b"
)


# a third party of the earlier meetings: "since their meeting with Prime Minister Sunak in San
# Diego in March", "had last met with Modi in Delhi"
_PAST_WITH = rf"(?:with\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<with>{ACTORS})\s+)?"
# "the agreements reached during their talks in Tehran on July 19 and in Samarkand on
# September 16", "recalled the leaders' meetings in Sochi in August and in Astana in October":
# earlier meetings of the people the sentence is about, one per place
_PAST_TALKS = re.compile(
    r"\b(?:[Tt]heir|[Tt]he\s+(?:two\s+)?(?:leaders|presidents|ministers|sides)['’])\s+"
    r"(?:(?:previous|earlier|recent|last|past|personal|face-to-face|two|three|bilateral)\s+)*"
    rf"(?:talks|meetings?|negotiations|consultations|summits?)\s+{_PAST_WITH}"
    # ("during their talks in Sochi on August 5": a town the KB lacks, told with its date)
    # ("since their meeting in Bali last November": the same, dated by "last")
    rf"(?=in\s+(?:§C|{_TOWN}\s+(?:(?:on|in)\s+(?:{_MONTH_NAME}|\d)|last\s+(?:{_MONTH_NAME}|year)\b)))|"
    # "They last met in Bali in November 2022 and in Beijing in 2019", "had previously met in
    # Samarkand and in Moscow": earlier meetings told with a verb
    rf"\b(?P<verb>(?:(?:had|have)\s+)?(?:last|previously|first|earlier)\s+met|had\s+met)\s+"
    rf"{_PAST_WITH.replace('with>', 'with2>')}(?=in\s+(?:§C|{_TOWN}))|"
    # "The previous meeting between the two presidents took place in St Petersburg on June 25",
    # "Their last talks were held in Minsk": an earlier meeting told by its noun
    r"\b(?:[Tt]heir|[Tt]he)\s+(?:previous|last|earlier|prior)\s+(?:[\w-]+\s+)?"
    r"(?:talks|meeting|summit|consultations)\s+(?:between\s+(?:the\s+)?(?:(?:two\s+)?"
    rf"(?:leaders|presidents|ministers|sides|heads\s+of\s+state)|(?P<between>{ACTORS}))\s+)?"
    r"(?P<verb2>took\s+place|was\s+held|were\s+held|had\s+been\s+held)\s+"
    rf"(?=in\s+(?:§C|{_TOWN}))|"
    # "recalled the talks they had held in Baku in August": the pair's earlier meeting told by
    # a relative clause (session 37, meetings)
    r"\b[Tt]he\s+(?:talks|meetings?|negotiations|consultations)\s+(?:that\s+)?"
    r"(?P<verb3>(?P<they>they|§[PG]\d+§)\s+(?:had\s+)?held)\s+"
    rf"(?=in\s+(?:§C|{_TOWN}))"
)
# "... during his state visit to Azerbaijan": the earlier talks were a visit's
_DURING_VISIT_AFTER = re.compile(
    r"[^;]*?\bduring\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}visit\b"
)
# one place and its time: "in Sochi on August 5", "in Astana in October" (up to the next
# place); after a verb, a town the KB does not know ("in Bali in November 2022")
_PAST_PLACE = re.compile(
    # ("in Bali, Indonesia, in November 2022": the town's state stated after it)
    rf"in\s+(?:(?P<c>§C\d+§)|(?P<t>{_TOWN})(?:,\s+(?P<s>§S\d+§)(?=\s*[,.;]|\s+(?:on|in)\b))?)"
    r"(?:\s+(?:on|in)\s+(?:(?!\s*,?\s+and\s+(?:then\s+)?in\s+|\s*,\s+in\s+)[^§,;.]){1,30})?"
    rf"(?P<next>\s*,?\s+and\s+(?:then\s+)?(?=in\s+(?:§C|{_TOWN}))|\s*,\s+(?=in\s+§C))?"
)
# "held their summit in ...": the verb of the sentence's own meeting before "their"
_HELD_THEIR = re.compile(r"\b(?:held|hold|holds|holding)\s+$")
_K_PAST_TALKS = frozenset(
    "talks meeting meetings negotiations consultations summit summits met".split()
)
# a meeting looked forward to is to come: "looked forward to their meeting in Hiroshima"
_LOOK_AHEAD = re.compile(r"\b(?:forward|ahead)\s+to\b")
# the subject of a sentence with two or more parties: "Putin and Erdogan recalled ..."
_PAIR_SUBJECT = re.compile(rf"(?:[Tt]he\s+)?(?P<s>{ACTORS})\s+(?:also\s+)?[a-z]+")
# a pair subject whose last member an aside follows: "President Joe Biden and Nguyen Phu Trong,
# general secretary of Vietnam's Communist Party, announced ..." (session 43)
_PAIR_SUBJECT_ASIDE = re.compile(
    r"(?:[Tt]he\s+)?(?P<s>§[SOP]\d+§,?\s+and\s+§[SOP]\d+§),\s+(?:[^,;.§]|§[SDO]\d+§){3,80},"
    r"\s+(?:also\s+|then\s+|later\s+)?[a-z]+"
)


def _fronted_pair(
    analysis: Analysis, doc: Doc, masked: str
) -> tuple[list[Entity], re.Match[str]] | None:
    """The participants of the meeting a fronted phrase names for the sentence's compound
    subject ("In a phone call on Tuesday, Putin and Erdogan agreed ..."), and its match."""
    if _K_FRONTED.isdisjoint(analysis.words):
        return None
    dateline = DATELINE.match(masked)
    pair = _FRONTED_PAIR.match(masked, dateline.end() if dateline else 0)
    participants = resolve_phrase(analysis, doc, pair.group("a")) if pair is not None else []
    return (participants, pair) if pair is not None and len(participants) >= 2 else None


def _during_talks_pair(
    analysis: Analysis, doc: Doc, masked: str
) -> tuple[list[Entity], re.Match[str]] | None:
    """The participants of the talks a compound subject's past act was told at, after the act
    ("Erdogan and Putin agreed during talks in Astana to ..."), and its match."""
    if _K_DURING_TALKS_PAIR.isdisjoint(analysis.words):
        return None
    pair = _DURING_TALKS_PAIR.match(masked, intro_end(masked))
    participants = resolve_phrase(analysis, doc, pair.group("a")) if pair is not None else []
    return (participants, pair) if pair is not None and len(participants) >= 2 else None


def _text_end(analysis: Analysis, masked: str, end: int) -> int:
    """The offset in the sentence's text of the end of the last mention before ``end`` in the
    masked text (the whole text when there is none)."""
    slots = ANY_SLOT.findall(masked, 0, end)
    if not slots:
        return len(analysis.sentence.text)
    return analysis.mention(slots[-1]).end - analysis.sentence.begin


def _occasion_of_hedged(analysis: Analysis, doc: Doc, masked: str) -> int | None:
    """Where the talks a hedged sentence's pair acted at are told to end, when the hedge comes
    after them ("During their talks in Abu Dhabi, the two leaders agreed to launch talks on a
    pact, which would be ...", "X and Y agreed during talks in Astana to work on a hub that
    could ..."): the talks were held. None when the hedge is the talks' own or there are none."""
    if not (analysis.negated or analysis.hypothetical or told_as_future(masked)):
        return None
    pair = _fronted_pair(analysis, doc, masked) or _during_talks_pair(analysis, doc, masked)
    if pair is None or hedged(masked[: pair[1].end()]) or told_as_future(masked[: pair[1].end()]):
        return None
    return pair[1].end()


def _comma_after(masked: str, pos: int) -> int:
    """Where the first comma after ``pos`` is (the end of the text when there is none)."""
    at = masked.find(",", pos)
    return at if at >= 0 else len(masked)


def _past_talks(analysis: Analysis, doc: Doc, masked: str) -> bool:
    """Earlier meetings a sentence recalls by their places: one each, with its date. Whether
    a verb told them ("They last met in Bali ..."): then they are all the sentence's meetings."""
    told = False
    for m in _PAST_TALKS.finditer(masked):
        if m.start() <= 8 and _fronted_pair(analysis, doc, masked) is not None:
            continue  # "At their talks in Astana on Tuesday, A and B reviewed ...": the
            # meeting of the sentence's own act (_FRONTED_PAIR), not one recalled
        if _HELD_THEIR.search(masked, max(0, m.start() - 16), m.start()):
            continue  # "The EU and the AU held their summit in Brussels": the sentence's own
            # meeting (the main rule reads it), not one recalled (session 29, gatherings)
        if (
            FUTURE.search(masked, 0, m.start())
            or NEGATION.search(masked, 0, m.start())
            or _LOOK_AHEAD.search(masked, 0, m.start())
        ):
            continue
        if m.start() <= 8 and FUTURE.search(masked, m.start(), _comma_after(masked, m.end())):
            continue  # "During their talks in Astana next week, ...": talks to come
        subject = _PAIR_SUBJECT.match(masked, intro_end(masked))
        people = resolve_phrase(analysis, doc, subject.group("s")) if subject else []
        if len(people) < 2:
            people = list(doc.meeting.entities("participant")) if doc.meeting else []
        if len(people) < 2:
            people = list(doc.finder.ctx.subject)
        if m.group("between"):
            people = resolve_phrase(analysis, doc, m.group("between"))
        they = m.group("they")
        if they and they[0] == "§" and len(pair := resolve_phrase(analysis, doc, they)) >= 2:
            people = pair  # ("the talks they had held": "they" read as the pair)
        if third := m.group("with") or m.group("with2"):
            people = [*people, *resolve_phrase(analysis, doc, third)]
        people = _people_or_parties(people)
        if len(people) < 2:
            continue
        places = _past_places(analysis, masked, m.end())
        for i, (city, _begin, end, state) in enumerate(places):
            if city is None:
                continue
            stop = places[i + 1][1] if i + 1 < len(places) else end + 40
            when = next(
                (d.value for d in analysis.dates if end <= d.begin < stop and d.end_value is None),
                None,
            )
            if when is not None and doc.date and when.lexical > str(doc.date)[: len(when.lexical)]:
                continue  # (a meeting to come)
            code = "044" if _third_country(doc, people, city, state) else "040"
            if code == "040" and m.group("verb3") and _DURING_VISIT_AFTER.match(masked, m.end()):
                code = "042"  # ("the talks they had held in Baku in August during his visit")
            args: dict[str, Sequence[Value]] = {
                "eventType": [Concept("CONSULT")],
                "participant": people,
                "cameoCode": [code],
                "place": [city],
            }
            if when is not None:
                args["date"] = [when]
            doc.add(FactClass.MEETING, args, analysis, 0.8, Status.HISTORICAL)
        told = told or bool(m.group("verb") or m.group("verb2") or m.group("verb3"))
    return told


def _past_places(
    analysis: Analysis, masked: str, pos: int
) -> list[tuple[Entity | None, int, int, Entity | None]]:
    """The places of earlier meetings listed from ``pos``, each with its offsets in the text: a
    city, or a town the KB does not know (an unlinked place, with the state named after it:
    "in Bali, Indonesia")."""
    text, base = analysis.sentence.text, analysis.sentence.begin
    places: list[tuple[Entity | None, int, int, Entity | None]] = []
    cursor = base
    while (at := _PAST_PLACE.match(masked, pos)) is not None:
        if at.group("c"):
            city = analysis.mention(at.group("c"))
            places.append((city.entity, city.begin, city.end, None))
            cursor = city.end
        else:
            town = at.group("t")
            begin = text.find(town, cursor - base)
            if begin < 0:
                break
            place = Entity.unlinked(town, EntityKind.PLACE)
            state = analysis.mention(at.group("s")).entity if at.group("s") else None
            places.append((place, base + begin, base + begin + len(town), state))
            cursor = base + begin + len(town)
        pos = at.end()
        if not at.group("next"):
            break
    return places


# "Modi shared his impressions of his recent visit to Kyiv and his meeting with President
# Zelensky", "Scholz briefed the cabinet on his trip to Beijing and his talks with Xi": a visit
# and meeting the subject recalls (an earlier occasion, undated)
_RECALLED_VISIT = re.compile(
    r"(?P<a>§P\d+§),?\s+(?:also\s+)?(?:(?:shared|gave|conveyed|offered)\s+(?:his|her)\s+"
    r"(?:impressions|assessment|thoughts)\s+(?:of|on)|recalled|spoke\s+(?:about|of)|described|"
    r"(?:briefed|told|informed|updated)\s+(?:[^.;§]|§[A-Z]\d+§){0,60}?\s+(?:on|about|of))\s+"
    r"(?:his|her)\s+(?:(?:recent|last|earlier|previous|first)\s+)?(?:visit|trip)\s+to\s+"
    r"(?:the\s+)?(?P<c>§[CS]\d+§)(?:,\s+§S\d+§)?\s+and\s+(?:his|her)\s+"
    r"(?:talks|meetings?|conversation)\s+(?:there\s+)?with\s+(?:the\s+)?(?:§D\d+§\s+)?"
    r"(?P<b>§P\d+§)"
)


def _recalled_visit(analysis: Analysis, doc: Doc, masked: str) -> None:
    """A visit and the meeting on it the subject recalls: a past meeting, in the city (or
    state) visited."""
    if "visit" not in masked and "trip" not in masked:
        return
    for m in _RECALLED_VISIT.finditer(masked):
        if _NOT_HAPPENED.search(masked, 0, m.end()) or FUTURE.search(masked, 0, m.start()):
            continue
        people = [
            e
            for slot in ("a", "b")
            if (e := analysis.mention(m.group(slot)).entity) is not None
            and e.kind is EntityKind.PERSON
        ]
        place = analysis.mention(m.group("c")).entity
        if len(people) != 2 or people[0].key == people[1].key or place is None:
            continue
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": people,
            "cameoCode": ["042"],
            "place": [place],
        }
        doc.add(FactClass.MEETING, args, analysis, 0.8, Status.HISTORICAL)


# "the last visit by an Indian prime minister to Nairobi, in July 2016": an earlier visit of the
# state the office is of (a mention of the state) to the city's state
_LAST_VISIT_BY = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:last|previous)\s+(?:(?:official|state|working|bilateral)\s+)?"
    r"visit\s+by\s+(?:an?\s+|the\s+)?(?P<a>§S\d+§)\s+to\s+(?:the\s+)?(?P<b>§[SC]\d+§)"
)


def _last_visit_by(analysis: Analysis, doc: Doc, masked: str) -> None:
    """An earlier visit told by its visitor's office alone ("the last visit by an Indian prime
    minister to Nairobi, in July 2016"): the office's state visited the city's state, dated
    before the report (session 37, meetings)."""
    if FUTURE.search(masked):
        return
    for m in _LAST_VISIT_BY.finditer(masked):
        visitor = analysis.mention(m.group("a"))  # ("Indian prime minister": India)
        if visitor.entity is None:
            continue
        host = analysis.mention(m.group("b"))
        visited = _visited(doc, host)
        if len(visited) != 1 or visited[0].key == visitor.entity.key:
            continue
        # (the date told after the place: "..., in July 2016,")
        when = _date_within(
            analysis, (_text_end(analysis, masked, m.end()), len(analysis.sentence.text))
        )
        if when is None or _past_or_news(when, doc.date) is not Status.HISTORICAL:
            continue
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": [visitor.entity, visited[0]],
            "cameoCode": ["042"],
            "date": [when],
        }
        if host.entity is not None:
            args["place"] = [host.entity]
        doc.add(FactClass.MEETING, args, analysis, 0.8, Status.HISTORICAL)


# "The opening follows my visit to Fiji in February 2022" in a statement its author issues
_MY_VISIT = re.compile(
    r"(?P<a>§P\d+§)\s+(?:(?:official|state|working|first|recent|last|two-day|three-day)\s+)*"
    r"(?:visit|trip)\s+to\s+(?:the\s+)?(?P<b>§[SC]\d+§)"
)

_K_MY_VISIT = frozenset({"visit", "trip"})


def _authors_visit(analysis: Analysis, doc: Doc, masked: str) -> None:
    """The author's earlier visit ("my visit to Fiji in February 2022"): a past meeting of the
    author and the state visited, dated before the article (a visit told without a date, or one
    of the article's days, may be the one it reports or one to come)."""
    for m in _MY_VISIT.finditer(masked):
        mine = analysis.mention(m.group("a"))
        if mine.text.lower() != "my" or _NOT_HAPPENED.search(masked, 0, m.end() + 40):
            continue
        when = act_date(analysis)
        host = analysis.mention(m.group("b"))
        visited = _visited(doc, host)
        if when is None or not _ended_before(when, doc.date) or not visited:
            continue
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": [*mine.entities, *visited],
            "cameoCode": ["042"],
            "date": [when],
        }
        if host.entity is not None:
            args["place"] = [host.entity]
        doc.add(FactClass.MEETING, args, analysis, 0.8, Status.HISTORICAL)


# "President Sisi was the Chief Guest at India's Republic Day celebrations in January 2023": a
# visit to the state whose occasion it was
_CHIEF_GUEST = re.compile(
    r"(?P<a>§P\d+§)\s+(?:was|were|is|has\s+been)\s+(?:the\s+)?(?:[Cc]hief\s+[Gg]uest|"
    r"[Gg]uest\s+of\s+[Hh]onou?r)\s+(?:at|of|for)\s+(?:the\s+)?(?P<b>§S\d+§)['’]s?\s"
)


def _chief_guest(analysis: Analysis, doc: Doc, masked: str) -> None:
    """A guest of honour at a state's occasion visited it: a meeting of the guest with "the
    two leaders" the sentence names (else with the state), historical when dated before the
    article's month."""
    for m in _CHIEF_GUEST.finditer(masked):
        if FUTURE.search(masked, 0, m.end()) or _NOT_HAPPENED.search(masked, 0, m.end()):
            continue
        guest = analysis.mention(m.group("a"))
        state = analysis.mention(m.group("b"))
        if guest.entity is None or state.entity is None:
            continue
        both = [
            k.entities
            for k in analysis.mentions
            if k.code is Code.PERSON and len(k.entities) == 2 and guest.entity in k.entities
        ]
        when = act_date(analysis)
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": list(both[0]) if both else [guest.entity, state.entity],
            "cameoCode": ["042"],
            "place": [state.entity],
        }
        if when is not None:
            args["date"] = [when]
        # (of an earlier month: "on Tuesday" is the news the article reports)
        month = when and TimeValue(
            when.year, when.month, precision=min(when.precision, Precision.MONTH)
        )
        past = month is not None and _ended_before(month, doc.date)
        doc.add(
            FactClass.MEETING, args, analysis, 0.8, Status.HISTORICAL if past else Status.ASSERTED
        )


# ---- meetings and visits told in passing ----------------------------------------------------

# "The tour has also taken him to Kenya and Tanzania", "Erdogan's first trip abroad as president
# took him to Baku in 2014": a visit to each place the trip took the visitor to
_TRIP_TOOK = re.compile(
    r"(?:(?P<a>§P\d+§)['’]s?|\b(?:[Tt]he|[Hh]is|[Hh]er))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tour|trip|visit|journey|travels)(?:\s+abroad)?"
    r"(?:\s+(?:of|to|through)\s+(?:the\s+)?(?:§[SO]\d+§|[A-Z][a-z]+))?"
    # ("as president": the office then held, read as its holder when one is known)
    r"(?:\s+as\s+(?:§P\d+§|(?:[a-z-]+\s+){0,2}?[a-z-]+))?"
    r",?\s+(?:has\s+|had\s+)?(?:also\s+|already\s+|first\s+|then\s+)?(?:took|taken)\s+"
    r"(?P<v>him|her|§P\d+§)\s+(?:first\s+|also\s+)?to\s+"
    r"(?P<b>(?:the\s+)?§[SC]\d+§(?:(?:,\s+|,?\s+and\s+(?:then\s+)?)(?:the\s+)?§[SC]\d+§){0,8})"
)
_K_TRIP_TOOK = frozenset({"took", "taken"})
_STATE_OR_CITY = re.compile(r"§[SC]\d+§")


def _past_or_news(when: TimeValue | None, today: dt.date | None) -> Status:
    """An occasion told in passing is historical when dated before the week the article
    reports (at its precision), else one of the article's news."""
    if when is not None and _ended_before(when, today) and not _days_of_report(when, today):
        return Status.HISTORICAL
    return Status.ASSERTED


past_or_news = _past_or_news  # (agreements.py: agreements told in passing)
place_in = _place  # (summits.py: where a summit told in the passive was)


def _trip_took(analysis: Analysis, doc: Doc, masked: str) -> None:
    """A trip or tour that "took him to Kenya and Tanzania": a visit (CAMEO 042) of the one
    visitor to each state named (a city's state, the city its place)."""
    for m in _TRIP_TOOK.finditer(masked):
        if _NOT_HAPPENED.search(masked, 0, m.end()) or FUTURE.search(masked, 0, m.end()):
            continue
        if m.group("a"):
            visitor = resolve_phrase(analysis, doc, m.group("a"))
        elif m.group("v").startswith("§"):
            visitor = resolve_phrase(analysis, doc, m.group("v"))
        else:
            visitor = pronoun_entities(doc, "he")  # ("him": the one person the text is about)
        if len(visitor) != 1 or visitor[0].kind is not EntityKind.PERSON:
            continue
        when = act_date(analysis)
        for slot in _STATE_OR_CITY.findall(m.group("b")):
            host = analysis.mention(slot)
            people = _own_state_dropped(doc, [*visitor, *_visited(doc, host)])
            if len(people) < 2 or host.entity is None:
                continue  # (a trip home, or a town whose state the KB does not know)
            args: dict[str, Sequence[Value]] = {
                "eventType": [Concept("CONSULT")],
                "participant": people,
                "cameoCode": ["042"],
                "place": [host.entity],
            }
            if when is not None:
                args["date"] = [when]
            doc.add(FactClass.MEETING, args, analysis, 0.8, _past_or_news(when, doc.date))


# "Blinken raised the issue during his visit to Jakarta in September", "During her trip to
# Hanoi in May, Wong signed ...", "Lavrov recalled his visit to Beijing in April": the subject's
# earlier visit, dated by the time after its place
_HIS_VISIT = re.compile(
    r"\b(?:[Dd]uring|[Oo]n|[Ii]n\s+the\s+course\s+of|[Aa]t\s+the\s+end\s+of|recalled|"
    r"remembered)\s+(?:his|her)\s+"
    r"(?:(?:recent|last|earlier|previous|first|official|state|working|surprise|[\w]+-day)\s+)*"
    r"(?:visit|trip)\s+to\s+(?:the\s+)?(?P<b>§[SC]\d+§)"
)
_K_HIS_VISIT = frozenset({"his", "her"})
# the subject after a fronted phrase: "During her trip to Hanoi in May, Wong signed ..."
_SUBJECT_AFTER = re.compile(r"(?:[^§,;]|§[CL]\d+§){0,40},\s+(?:the\s+)?(?P<s>§P\d+§)\s+[a-z]")


def _his_visit(analysis: Analysis, doc: Doc, masked: str) -> None:
    """The subject's visit told in a phrase ("during his visit to Jakarta in September"): a
    past visit (CAMEO 042) of the subject to the state, when dated before the article's
    days (undated, it may be the visit the article reports)."""
    for m in _HIS_VISIT.finditer(masked):
        if _NOT_HAPPENED.search(masked, 0, m.end()) or FUTURE.search(masked, 0, m.end()):
            continue
        subject = _PAIR_SUBJECT.match(masked, intro_end(masked))
        if subject is not None and subject.end("s") <= m.start():
            slot = subject.group("s")
        elif (after := _SUBJECT_AFTER.match(masked, m.end())) is not None:
            slot = after.group("s")
        else:
            continue
        visitor = resolve_phrase(analysis, doc, slot)
        host = analysis.mention(m.group("b"))
        if len(visitor) != 1 or visitor[0].kind is not EntityKind.PERSON or host.entity is None:
            continue
        when = next(
            (
                d.value
                for d in analysis.dates
                if 0 <= d.begin - host.end < 30 and d.end_value is None
            ),
            None,
        )
        if when is None or _past_or_news(when, doc.date) is not Status.HISTORICAL:
            continue
        people = _own_state_dropped(doc, [*visitor, *_visited(doc, host)])
        if len(people) < 2:
            continue
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": people,
            "cameoCode": ["042"],
            "place": [host.entity],
            "date": [when],
        }
        doc.add(FactClass.MEETING, args, analysis, 0.8, Status.HISTORICAL)
        return


# "Stoltenberg thanked Spain for hosting the Alliance's summit in Madrid in June 2022", "praised
# Japan for hosting the G7 summit in Hiroshima in May": an earlier summit of the organisation
# (or talks between two parties) the state hosted (CAMEO 043)
_FOR_HOSTING = re.compile(
    rf"(?P<a>{ACTORS})\s+for\s+(?:having\s+)?(?:hosting|hosted)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?P<head>[Aa]lliance|[Bb]loc|[Uu]nion|[Ll]eague|[Oo]rgani[sz]ation)['’]s?\s+)?"
    r"(?P<name>(?:[\w'’–-]+\s+|§[OS]\d+§(?:['’]s?)?\s+){0,5}?)"
    r"(?:[Ss]ummit|[Mm]eeting|[Cc]onference|[Tt]alks)s?\b"
    rf"(?:(?:[^.;§]|§C\d+§){{0,40}}?\s+between\s+(?:the\s+)?(?P<b>{ACTORS}))?"
)
_K_FOR_HOSTING = frozenset({"hosting", "hosted"})


def _for_hosting(analysis: Analysis, doc: Doc, masked: str) -> None:
    """A past summit or talks a party is thanked or praised "for hosting": a meeting of the
    host with the organisation named (its summit) or with the two sides of the talks, dated
    before the article's days (undated, it may be the article's own)."""
    if "for" not in analysis.words:
        return
    for m in _FOR_HOSTING.finditer(masked):
        if _NOT_HAPPENED.search(masked, 0, m.end()):
            continue
        host = resolve_phrase(analysis, doc, m.group("a"))
        if m.group("b"):
            guests = resolve_phrase(analysis, doc, m.group("b"))
        elif m.group("head"):
            org = _named_before(doc, m.group("head"))
            guests = [org] if org is not None else []
        else:
            guests = [
                e
                for e in entities_of(analysis, m.group("name"))
                if e.kind is EntityKind.ORGANIZATION
            ]
        when = act_date(analysis)
        if not host or not guests or when is None:
            continue
        if _past_or_news(when, doc.date) is not Status.HISTORICAL:
            continue
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": [*host, *guests],
            "cameoCode": ["043"],
        }
        place = _place(analysis, masked[m.end() :], doc.kb) or _unknown_town(masked[m.end() :])
        if place is not None:
            args["place"] = [place]
        args["date"] = [when]
        doc.add(FactClass.MEETING, args, analysis, 0.8, Status.HISTORICAL)


# '"We last met in July, in St Petersburg, during the Russia-Africa summit," Putin told his
# guest', '"Since our meeting in Bali last November, ...," Xi told Widodo': an earlier meeting
# of the speaker and the one spoken to
_WE_MET = re.compile(
    # ("We" on a state's site is its state: the slot's text is checked)
    r"^[\"“](?:[^\"”§]|§[CLSDO]\d+§)*?(?:(?:\b[Ww]e|(?P<we>§S\d+§))\s+(?:have\s+|had\s+)?"
    r"(?:last\s+|first\s+|previously\s+|recently\s+|already\s+)?met\b|"
    r"\b(?:[Ss]ince|[Aa]fter|[Aa]t|[Dd]uring)\s+(?:our|(?P<our>§S\d+§))\s+"
    r"(?:last\s+|previous\s+|recent\s+|first\s+)?(?:meeting|talks)\b)"
    r"(?P<rest>(?:[^\"”§]|§[CLSDO]\d+§)*)[\"”],?\s+"
    r"(?P<a>§P\d+§)\s+(?:told|reminded|said\s+to)\s+(?:(?P<b>§P\d+§)|(?:his|her)\s+(?:guest|visitor))"
)


def _we_met(analysis: Analysis, doc: Doc, masked: str) -> None:
    """An earlier meeting a speaker recalls to the one spoken to ("We last met in July, in St
    Petersburg"): theirs, in the place and at the time the quotation names, when past."""
    m = _WE_MET.match(masked)
    if m is None or NEGATION.search(m.group(0)) or FUTURE.search(m.group(0)):
        return
    slot = m.group("we") or m.group("our")
    if slot and analysis.mention(slot).text.lower() not in {"we", "our"}:
        return
    people = resolve_phrase(analysis, doc, m.group("a"))
    if m.group("b"):
        people += resolve_phrase(analysis, doc, m.group("b"))
    elif doc.meeting is not None and len(people) == 1:
        # ("told his guest": the other one of the meeting the article reports)
        people += [e for e in doc.meeting.entities("participant") if e.key != people[0].key]
    if len(people) != 2 or people[0].key == people[1].key:
        return
    if any(e.kind is not EntityKind.PERSON for e in people):
        return
    when = act_date(analysis)
    if when is None or _past_or_news(when, doc.date) is not Status.HISTORICAL:
        return
    rest = m.group("rest")
    place = _place(analysis, rest, doc.kb) or _unknown_town(rest)
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": people,
        "cameoCode": ["040"],
        "date": [when],
    }
    if place is not None:
        args["place"] = [place]
        if _third_country(doc, people, place):
            args["cameoCode"] = ["044"]
    doc.add(FactClass.MEETING, args, analysis, 0.8, Status.HISTORICAL)


# "Widodo met Putin in Moscow on Thursday, a day after meeting Zelenskyy in Kyiv": the subject's
# meeting of the days before, dated back from the sentence's day
_DAYS_AFTER = re.compile(
    r",\s+(?P<n>a|one|two|three|four|five)\s+days?\s+after\s+(?:(?:meeting|talks|holding\s+"
    r"talks|speaking(?:\s+by\s+(?:tele)?phone)?)\s+with|meeting)\s+(?:the\s+|his\s+|her\s+)?"
    rf"(?:§D\d+§\s+)?(?P<b>{ACTORS})(?P<rest>[^§;]{{0,20}}?(?:\s+in\s+§C\d+§)?)"
)


def _days_after(analysis: Analysis, doc: Doc, masked: str) -> None:
    """The meeting of the sentence's subject a phrase ", a day after meeting X in Kyiv" tells:
    with X, where it names, on the day so many days before the sentence's (past)."""
    m = _DAYS_AFTER.search(masked)
    subject = _PAIR_SUBJECT.match(masked, intro_end(masked))
    if m is None or subject is None or subject.end("s") > m.start():
        return
    people = _people_or_parties(
        resolve_phrase(analysis, doc, subject.group("s"))
        + resolve_phrase(analysis, doc, m.group("b"))
    )
    said = act_date(analysis)
    day = said.as_date() if said is not None else None
    if len(people) < 2 or day is None:
        return
    when = TimeValue.of_date(day - dt.timedelta(days=DAYS_BACK[m.group("n")]))
    speaking = "speaking" in m.group(0)
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": people,
        "cameoCode": ["041" if speaking else "040"],
        "date": [when],
    }
    place = None if speaking else _place(analysis, m.group("rest"), doc.kb)
    if place is not None:
        args["place"] = [place]
        if _third_country(doc, people, place):
            args["cameoCode"] = ["044"]
    doc.add(FactClass.MEETING, args, analysis, 0.8, _past_or_news(when, doc.date))


# "Cavusoglu travelled to Israel in May, and Lapid visited Ankara in June": a visit a clause
# ("Macron visited Beijing in April, while Scholz travelled to China in November": each its own)
_AND_CLAUSE = re.compile(r",\s+(?:and|while|whereas)\s+(?=§[PSGO]\d+§|[A-Z])")


def _visit_clauses(analysis: Analysis, visits: dict[int, int]) -> dict[int, tuple[int, int]]:
    """The clause (its offsets in the sentence's text) of each visit, when the sentence tells
    each in a clause of its own, joined by ", and": so that each has its own date."""
    clauses = analysis.clauses(_AND_CLAUSE)
    if len(clauses) < 2:
        return {}
    at = {
        i: next((c[2], c[3]) for c in clauses if c[0] <= start < c[1])
        for i, start in visits.items()
    }
    return at if len(set(at.values())) == len(at) else {}


_AND_HOSTING = re.compile(r"\s+and\s+(?:then\s+|later\s+|also\s+)?(?=(?:hosted|received)\s)")


def _hosting_clauses(
    analysis: Analysis, visits: dict[int, int], hosting: int, at: int
) -> dict[int, tuple[int, int]]:
    """The clauses (offsets in the sentence's text) of a hosting told after "and" (``hosting``
    of the meetings found, its "and" at ``at`` in the masked text) and of the visits told
    before it."""
    clauses = analysis.clauses(_AND_HOSTING)
    later = [i for i, c in enumerate(clauses) if c[0] > at]
    if not later:
        return {}
    first, second = clauses[later[0] - 1], clauses[later[0]]
    at_ = {i: (first[2], first[3]) for i, start in visits.items() if start < first[1]}
    return {**at_, hosting: (second[2], second[3])}


# "the first visit ... since the late Sultan Qaboos visited Tehran in 2009": a visit told after
# "since" (its clause up to the sentence's end)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:late\s+)?$")
_SINCE_CUT = re.compile(r"\s+(?=since\s)")
# a meeting told in an aside of the visitor: ", who met X in Kyiv last week,"
_MET_ASIDE = re.compile(r",\s+who\s+(?:also\s+|had\s+)?(?:met|held\s+talks)\b[^,;]*,")
# a slot inside a relative clause still open ("X, who made his first visit to §S0§, arrived")
_IN_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;§]*$")
# "Kishida traveled to Ukraine by train from Poland after holding talks with Indian Prime
# Minister Narendra Modi in New Delhi on Monday": talks told in a participle clause after the
# subject's main act (its subject the sentence's)
_PARTICIPLE_TALKS = re.compile(
    r"(?P<cut>,?\s+)(?:shortly\s+|just\s+|a\s+day\s+|hours\s+)?(?:after|following)\s+"
    r"(?:(?:holding|having\s+held)\s+)?(?:\w+\s+){0,2}?(?:talks|a\s+meeting|meetings|consultations)\s+"
    r"with\s+(?:the\s+|his\s+|her\s+)?(?:§D\d+§\s+)?(?P<b>§P\d+§)(?!['’])"
)
_K_PARTICIPLE_TALKS = frozenset({"talks", "meeting", "meetings", "consultations"})
# "X announced the decision after official talks at the Union Buildings in Pretoria, where
# President Y is on a two-day state visit": the subject's talks with the visitor (session 36)
_TALKS_WHERE_VISITING = re.compile(
    r"\b(?:after|following|during)\s+(?:\w+\s+){0,2}?(?:talks|a\s+meeting|meetings|consultations)"
    r"\s+(?:at|in)\s+(?:[^,;§]|§[CL]\d+§){1,60}?,\s+where\s+(?:the\s+)?(?:§D\d+§\s+)?"
    r"(?P<b>§P\d+§)\s+(?:is|was|has\s+been)\s+(?:on|paying|making)\s+(?:a|an|his|her)\s+"
    r"(?:[\w-]+\s+){0,3}?[Vv]isit\b"
)
_K_TALKS_WHERE_VISITING = frozenset({"where"})
_PARTICIPLE_CUT = re.compile(
    r"\s+(?=(?:after|following)\s+(?:(?:holding|having\s+held)\s+)?(?:\w+\s+){0,2}?(?:talks|"
    r"a\s+meeting|meetings|consultations)\s+with\s)"
)
_SUBJECT_PERSON = re.compile(
    # ("Kim Jong Un, accompanied by Foreign Minister Choe Son Hui, left ...": an aside)
    r"(?P<a>§P\d+§)(?:,\s+(?:[^§,;]|§P\d+§){1,80},)?\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:[a-z]+ed|left|flew|went|came|spoke|took|met|held|made|paid|gave)\b"
)


def _talks_before(
    analysis: Analysis,
    doc: Doc,
    masked: str,
    found: list[tuple[list[Entity], str, str]],
) -> tuple[tuple[list[Entity], str, str], dict[int, tuple[int, int]]] | None:
    """The talks a participle clause tells after the subject's act ("X traveled to Kyiv after
    holding talks with Y in New Delhi on Monday"): X's meeting with Y, dated and placed by that
    clause, and the meetings found before it dated by the clause before (the talks' day is not
    the trip's)."""
    m = _PARTICIPLE_TALKS.search(masked)
    subject = _SUBJECT_PERSON.match(masked, intro_end(masked))
    if m is None or subject is None or subject.end() > m.start():
        return None
    people = resolve_phrase(analysis, doc, subject.group("a")) + resolve_phrase(
        analysis, doc, m.group("b")
    )
    if len(people) != 2 or not all(e.kind is EntityKind.PERSON for e in people):
        return None
    clauses = analysis.clauses(_PARTICIPLE_CUT)
    if len(clauses) != 2:
        return None
    first, second = clauses
    # (the clause after the talks: "in New Delhi on Monday", up to the next clause)
    windows = {i: (first[2], first[3]) for i in range(len(found))}
    windows[len(found)] = (second[2], second[3])
    return (people, "040", masked[m.end() :]), windows


def _date_within(analysis: Analysis, window: tuple[int, int]) -> TimeValue | None:
    """The date of a clause (offsets in the sentence's text): its first day, month or
    relative date."""
    base = analysis.sentence.begin
    for d in analysis.dates:
        if window[0] <= d.begin - base < window[1] and d.end_value is None:
            return d.value
    return None


def _ended_before(when: TimeValue, today: dt.date | None) -> bool:
    """Whether a time (a day, month or year) was over before ``today``."""
    if today is None:
        return False
    if when.precision >= Precision.DAY and when.month and when.day:
        return dt.date(when.year, when.month, when.day) < today
    if when.precision >= Precision.MONTH and when.month:
        return (when.year, when.month) < (today.year, today.month)
    return when.year < today.year


# "Putin met with the heads of delegations of African states in St Petersburg. The delegation
# included President of South Africa X, ...": those the next sentence lists are the ones met
_MET_DELEGATIONS = re.compile(
    r"(?P<a>§P\d+§)\s+(?:also\s+)?(?:met|held\s+(?:a\s+)?(?:meeting|talks))\s+with\s+(?:the\s+)?"
    r"(?:heads\s+of\s+(?:the\s+)?)?(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?delegations?\b"
)
_DELEGATION_LIST = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]heir)\s+(?:[\w-]+\s+)?delegations?\s+(?:included|comprised|"
    r"consisted\s+of|(?:was|were)\s+made\s+up\s+of)\s+(?:the\s+)?"
    rf"(?P<p>{group_of('P')})"
)


def _delegation_list(analysis: Analysis, doc: Doc) -> None:
    """A meeting with delegations whose heads the next sentence lists: one meeting of the one
    who met them and every person listed, where and when the first sentence says."""
    before = doc.previous
    listed = _DELEGATION_LIST.match(analysis.masked, intro_end(analysis.masked))
    met = _MET_DELEGATIONS.search(before.masked) if before is not None and listed else None
    if (
        before is None
        or listed is None
        or met is None
        or before.negated
        or told_as_future(before.masked)
    ):
        return
    people = resolve_phrase(before, doc, met.group("a")) + resolve_phrase(
        analysis, doc, listed.group("p")
    )
    if len(people) < 3 or any(e.kind is not EntityKind.PERSON for e in people):
        return
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": people,
        "cameoCode": ["040"],
    }
    if (when := act_date(before)) is not None:
        args["date"] = [when]
    if (place := _place(before, before.masked[met.end() :], doc.kb)) is not None:
        args["place"] = [place]
    for said in (before, analysis):
        fact = doc.add(FactClass.MEETING, args, said, 0.8)
    if doc.meeting is None:
        doc.meeting = fact
        doc.meeting_date = when
        doc.finder.ctx.meeting = tuple(people)


# "informed his counterpart about the outcomes of his talks with President Xi Jinping held in
# Moscow on March 20-22": an earlier meeting of the subject the sentence names with its date
_HIS_TALKS_WITH = re.compile(
    r"\b(?:his|her)\s+(?:(?:recent|earlier|previous|last)\s+)?(?:talks|meetings?|negotiations|"
    r"consultations)\s+with\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<b>§P\d+§)"
    r"(?:,?\s+(?:(?:which|that)\s+(?:were|was)\s+)?held|,?\s+(?:which|that)\s+took\s+place)?"
    r"\s+in\s+(?P<c>§C\d+§)\s+(?:on|in)\s"
)


# "Biden sent his regards to President Petr Pavel, whom he met at the NATO Summit in Vilnius in
# July": an earlier meeting told in a relative clause on the person met, its subject the
# sentence's (or the one the clause names)
_WHOM_MET = re.compile(
    r"(?P<b>§P\d+§),\s+whom\s+(?:(?P<he>he|she)|(?:the\s+)?(?:§D\d+§\s+)?(?P<c>§P\d+§))\s+"
    r"(?:had\s+|has\s+)?(?:(?:first|last|earlier|previously|already|recently|also)\s+)?met\b"
    r"(?!\s+(?:with\s+)?(?:§P|him|her|them))"
)


# "The initiative was first proposed by Turkish President Erdogan at a meeting with Romanian
# President Iohannis in Ankara in October": an earlier meeting and the proposal made at it
_PROPOSED_AT_A_MEETING = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|initially\s+|originally\s+)?"
    r"(?:proposed|suggested|floated|put\s+forward)\s+by\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<a>§P\d+§)"
    r",?\s+(?:at|during)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+)?(?:meeting|talks)\s+with\s+"
    r"(?:the\s+)?(?:§D\d+§\s+)?(?P<b>§P\d+§)\s+in\s+(?P<c>§C\d+§)(?=\s+(?:on|in)\s)"
)
_K_PROPOSED = frozenset({"proposed", "suggested", "floated", "put"})


def _proposed_at_a_meeting(analysis: Analysis, doc: Doc, masked: str) -> None:
    """A proposal told as made "by X at a meeting with Y in C" on an earlier date: the past
    meeting of the two there and then, and X's proposal to Y (AGREE 030) on its day."""
    m = _PROPOSED_AT_A_MEETING.search(masked)
    if m is None or FUTURE.search(masked, 0, m.end()):
        return
    proposer = resolve_phrase(analysis, doc, m.group("a"))
    other = resolve_phrase(analysis, doc, m.group("b"))
    city = analysis.mention(m.group("c"))
    day = next((d for d in analysis.dates if d.begin >= city.end), None)
    if len(proposer) != 1 or len(other) != 1 or proposer[0].key == other[0].key:
        return
    if city.entity is None or day is None or not _ended_before(day.value, doc.date):
        return
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": [*proposer, *other],
        "cameoCode": ["040"],
        "place": [city.entity],
        "date": [day.value],
    }
    doc.add(FactClass.MEETING, args, analysis, 0.8, Status.HISTORICAL)
    proposal = event_args("AGREE", "030", proposer, other, day.value)
    doc.add(FactClass.EVENT, proposal, analysis, 0.7, Status.HISTORICAL)


def _his_talks_with(analysis: Analysis, doc: Doc, masked: str) -> None:
    """An earlier meeting the subject recalls as "his talks with X held in C on <date>": a
    past meeting of the two, there and then (dated before the article, so none to come)."""
    m = _HIS_TALKS_WITH.search(masked)
    subject = _PAIR_SUBJECT.match(masked, intro_end(masked))
    if m is None or subject is None or subject.end("s") > m.start():
        return
    if _NOT_HAPPENED.search(masked, 0, m.end()) or FUTURE.search(masked, 0, m.end()):
        return
    people = resolve_phrase(analysis, doc, subject.group("s")) + resolve_phrase(
        analysis, doc, m.group("b")
    )
    city = analysis.mention(m.group("c"))
    base = analysis.sentence.begin
    day = next((d for d in analysis.dates if d.begin - base >= city.end - base), None)
    if len(people) != 2 or people[0].key == people[1].key or city.entity is None or day is None:
        return
    if not _ended_before(day.value, doc.date):
        return
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": people,
        "cameoCode": ["044" if _third_country(doc, people, city.entity) else "040"],
        "place": [city.entity],
    }
    if day.end_value is not None:
        args["startDate"], args["endDate"] = [day.value], [day.end_value]
    else:
        args["date"] = [day.value]
    doc.add(FactClass.MEETING, args, analysis, 0.8, Status.HISTORICAL)


def _whom_met(analysis: Analysis, doc: Doc, masked: str) -> None:
    """An earlier meeting told in a relative clause on the person met ("Pavel, whom he met at
    the NATO Summit in Vilnius in July"): a past meeting of the two, there and then. Only a
    dated one (one occasion), dated before the article's day; "he" is the sentence's subject."""
    for m in _WHOM_MET.finditer(masked):
        if m.group("he"):
            subject = _PAIR_SUBJECT.match(masked, intro_end(masked))
            if subject is None or subject.end("s") > m.start():
                continue
            people = resolve_phrase(analysis, doc, subject.group("s"))
        else:
            people = resolve_phrase(analysis, doc, m.group("c"))
        people = people + resolve_phrase(analysis, doc, m.group("b"))
        if len(people) != 2 or people[0].key == people[1].key:
            continue
        if any(e.kind is not EntityKind.PERSON for e in people):
            continue
        rest = masked[m.end() :]
        cut = re.search(r"[,;]\s+(?:and|but|which|who|where)\b|;", rest)
        rest = rest[: cut.start()] if cut else rest
        if _NOT_HAPPENED.search(masked, 0, m.end()) or FUTURE.search(rest):
            continue
        after = analysis.mention(m.group("b")).end
        day = next((d for d in analysis.dates if d.begin >= after), None)
        if day is None or not _ended_before(day.value, doc.date):
            continue
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": people,
        }
        place = _place(analysis, rest, doc.kb)
        code = "040"
        if place is not None:
            args["place"] = [place]
            if _third_country(doc, people, place):
                code = "044"
        args["cameoCode"] = [code]
        if day.end_value is not None:
            args["startDate"], args["endDate"] = [day.value], [day.end_value]
        else:
            args["date"] = [day.value]
        doc.add(FactClass.MEETING, args, analysis, 0.8, Status.HISTORICAL)


# a meeting told in an aside of another act: "Macron, who stopped in Lisbon on Tuesday for talks
# with President Rebelo de Sousa, said ...", "Jaishankar, during a visit to Canberra, signed ..."
# (a visit to the state), and a message handed to a leader in person: "Al Thani delivered on
# Monday a message from the Emir to President Sisi" (a visit to the one it was delivered to)
_ASIDE_TALKS = re.compile(
    r"(?P<a>§P\d+§),\s+who\s+(?:had\s+)?(?:stopped|stopped\s+over|was|arrived|travelled|traveled)"
    r"\s+in\s+(?P<c>§C\d+§)(?P<mid>[^§;,]{0,40}?)\s+for\s+(?:official\s+)?"
    r"(?:talks|a\s+meeting|meetings|consultations)\s+with\s+(?:the\s+)?(?:§D\d+§\s+)?"
    r"(?P<b>§P\d+§)(?!['’])"
)
_ASIDE_VISIT = re.compile(
    r"(?P<a>§P\d+§),\s+during\s+(?:a|an|his|her)\s+(?:(?:official|state|working|recent|two-day|"
    r"three-day|one-day)\s+){0,2}visit\s+to\s+(?P<c>§[CS]\d+§)"
    r"(?:\s+(?:on|in)\s+[A-Z][a-z]+(?:\s+\d{1,2})?)?,?\s+(?:also\s+)?(?P<v>[a-z]+ed)\b"
)
_DELIVERED_MESSAGE = re.compile(
    # ("Dr. Abdul Momen, Bangladesh's Foreign Minister, handed over": the apposition's comma)
    r"(?P<a>§P\d+§),?\s+(?:personally\s+)?(?:delivered|handed(?:\s+over)?)\s+"
    r"(?:(?:on|in)\s+[A-Z]\w+(?:\s+\d{1,2})?\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    # ("handed over the application to the Minister of Foreign Affairs of Italy": a document
    # given in person; not an instrument of accession deposited with a treaty's depositary)
    r"(?:message|letter|invitation|application|request|note|proposal)\s+"
    r"(?:(?:from|of)\s+[^§;,]{0,30}?(?:§[PSG]\d+§)?\s+)?"
    r"to\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<b>§P\d+§)(?!\s*(?:['’]s|,\s+who\s+(?:was|is)\s+not))"
)
# "The memorandum was signed by X and his Libyan counterpart Y during a visit to Tripoli", "X
# and Y signed the deal during an official visit to Tripoli": the signers met on that visit
_SIGNED_ON_VISIT = re.compile(
    r"(?:\b(?:was|were|has\s+been|have\s+been)\s+signed\s+(?:in\s+(?P<c0>§C\d+§)\s+)?by\s+"
    r"(?:the\s+)?(?P<a>§P\d+§)\s+and\s+(?:his\s+|her\s+)?(?P<b>§[PS]\d+§)|"
    r"(?P<a2>§P\d+§)\s+and\s+(?:his\s+|her\s+)?(?P<b2>§[PS]\d+§)\s+(?:also\s+)?signed\s+"
    r"(?:[^§;,.]|§[OL]\d+§){1,60}?)\s+during\s+(?:a|an|the|his|her|their)\s+"
    r"(?:(?:official|state|working|recent|two-day|three-day|one-day|first)\s+){0,2}visit\s+"
    # ("signed in Tripoli by X and Y during a visit by a Turkish delegation")
    # (a state's delegation: "a §S3§")
    # ("during a visit by a large Turkish delegation to the Libyan capital": session 41b)
    r"(?:to\s+(?:the\s+)?(?P<c>§[CS]\d+§)|by\s+(?:a|an)\s+"
    r"(?:(?:high-level|senior|large|big|sizeable|ministerial)\s+){0,2}"
    r"(?:§D\d+§\s+(?:[\w-]+\s+)?delegation\b|§S\d+§))"
)
# "Orban, who visited Kyiv on Tuesday, met ...": a visit told in passing (not "who has visited
# Kyiv several times", "who visited Kyiv as a student")
_WHO_VISITED = re.compile(
    r"(?P<a>§P\d+§),\s+who\s+(?:also\s+|recently\s+|last\s+)?(?:visited|"
    # "Anwar, who made his first official visit abroad as prime minister to Indonesia in
    # January, ...", "who paid a state visit to India in March"
    r"(?:paid|made)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?visit(?:\s+abroad)?"
    r"(?:\s+as(?:\s+[a-z]+){1,3}?)?\s+to|"
    # "Biden, who is wrapping up a two-day visit to Israel, welcomed ...": the visit under way
    # (session 29)
    r"(?P<on>(?:is|was)\s+(?:(?:wrapping|winding)\s+up|concluding|ending|on|making|paying)\s+"
    r"(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?visit)\s+to)\s+(?:the\s+)?(?P<c>§[CS]\d+§)"
    r"(?=(?:\s+(?:on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|in\s+(?:[A-Z][a-z]+|\d{4})(?:\s+\d{4})?|last\s+"
    r"(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|yesterday|today))?,)"
)
_TALKS_AFTER_ASIDE = re.compile(
    r"\b(?:met|meets|talks|meeting|meetings|received|receives|hosted|hosts|called|spoke|"
    r"discussed|consultations)\b"
)
_ASIDE_SAID = re.compile(r",?\s+(?:said|says|told|added|stressed|noted)\b")
_K_ASIDE_TALKS = frozenset({"stopped", "was", "arrived", "travelled", "traveled"})
_K_DELIVERED = frozenset({"delivered", "handed"})
_MESSAGE_WORD = re.compile(r"\b(?:message|letter|invitation)\b")
_K_DELIVERED_WHAT = frozenset("message letter invitation application request note proposal".split())


def _aside_meetings(analysis: Analysis, doc: Doc, masked: str) -> None:
    """Meetings told in an aside of another act, and messages delivered to a leader in person:
    visits (042) of the first named, to the person or to the state visited."""
    if masked.rstrip().endswith("?"):
        return
    if analysis.negated or analysis.hypothetical:
        # "X, who was in Baku for talks with Y, said Z would ...": the hedge of what was said
        masked = masked[: m.start()] if (m := _ASIDE_SAID.search(masked)) else ""
        if hedged(masked):
            return
    words = analysis.words
    found: list[tuple[list[Entity], Entity | None, str, str]] = []
    handed: set[int] = set()  # documents handed over in person (not messages): meetings, 040
    if "for" in words and not _K_ASIDE_TALKS.isdisjoint(words) and ", who" in masked:
        for m in _ASIDE_TALKS.finditer(masked):
            if FUTURE.search(m.group(0)) or _NOT_NOW.search(m.group("mid")):
                continue
            people = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
                analysis, doc, m.group("b")
            )
            city = analysis.mention(m.group("c")).entity
            found.append((people, city, m.group("a"), m.group("b")))
    if "during" in words and "visit" in words:
        for m in _ASIDE_VISIT.finditer(masked):
            host = analysis.mention(m.group("c"))
            people = resolve_phrase(analysis, doc, m.group("a")) + _visited(doc, host)
            city = host.entity if host.code is Code.CITY else None
            found.append((people, city, m.group("a"), m.group("c")))
    if not _K_DELIVERED.isdisjoint(words) and not _K_DELIVERED_WHAT.isdisjoint(words):
        for m in _DELIVERED_MESSAGE.finditer(masked):
            if FUTURE.search(masked, 0, m.start("b")):
                continue
            people = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
                analysis, doc, m.group("b")
            )
            if any(e.kind is not EntityKind.PERSON for e in people):
                continue
            if not _MESSAGE_WORD.search(m.group(0)):
                handed.add(len(found))  # (a document handed over: a meeting, 040)
            found.append((people, None, m.group("a"), m.group("b")))
    signed: set[int] = set()  # the visits told by what was signed during them, or in passing
    if ("visited" in words or "visit" in words) and ", who" in masked:
        for m in _WHO_VISITED.finditer(masked):
            if m.group("on") and (
                _TALKS_AFTER_ASIDE.search(masked, m.end())
                or _TALKS_AFTER_ASIDE.search(masked, 0, m.start())
            ):
                continue  # "X, who is on a visit to Israel, met Y", "Xi held talks with X, who
                # is on a state visit to China": the talks are the visit's
            # "Orban, who visited Kyiv on Tuesday, met Putin in Moscow on Friday": the visit
            host = analysis.mention(m.group("c"))
            people = resolve_phrase(analysis, doc, m.group("a")) + _visited(doc, host)
            city = host.entity if host.code is Code.CITY else None
            signed.add(len(found))
            found.append((people, city, m.group("a"), m.group("c")))
    if "signed" in words and "visit" in words:
        for m in _SIGNED_ON_VISIT.finditer(masked):
            if FUTURE.search(masked, 0, m.end()):
                continue
            first, second = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
            people = resolve_phrase(analysis, doc, first) + resolve_phrase(analysis, doc, second)
            if doc.meeting is not None and _same_sides(doc, people):
                continue  # (the visit the article reported: its talks are told already)
            where = m.group("c") or m.group("c0")
            visited = analysis.mention(where) if where else None
            city = visited.entity if visited is not None and visited.code is Code.CITY else None
            signed.add(len(found))
            found.append((people, city, first, m.group("c") or second))
    for i, (people, place, first, last) in enumerate(found):
        if len(people) != 2 or people[0].key == people[1].key:
            continue
        if people[0].kind is not EntityKind.PERSON:
            continue
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": people,
            "cameoCode": ["040" if i in handed else "042"],
        }
        if place is not None:
            args["place"] = [place]
        # (the day told up to just after the last one named: "... to President X on Sunday")
        span = (analysis.mention(first).end, analysis.mention(last).end + 16)
        day = next(
            (
                d
                for d in analysis.dates
                if span[0] <= d.begin < span[1]
                and d.end_value is None
                and (d.relative or d.value.precision >= (9 if i in signed else 10))
            ),
            None,
        )
        if day is not None:
            args["date"] = [day.value]
        # ("signed ... during a visit to Tehran in 2019": an earlier visit)
        status = (
            _past_or_news(day.value if day else None, doc.article.date)
            if i in signed
            else Status.ASSERTED
        )
        doc.add(FactClass.MEETING, args, analysis, 0.8, status)


# "Mr. Sullivan and the Crown Prince were joined by National Security Advisor of India Ajit
# Doval and ...": more people at the meeting of those first named
_JOINED_BY = re.compile(
    r"(?P<a>§[PG]\d+§(?:(?:,\s+|,?\s+and\s+)§[PG]\d+§)*)\s+(?:were|was)\s+(?:later\s+|also\s+)?"
    r"joined\s+(?:later\s+)?by\s+(?:the\s+)?(?:§D\d+§\s+)?"
    r"(?P<b>§P\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?(?:§D\d+§\s+)?§P\d+§)*)"
)


def _joined_by(analysis: Analysis, doc: Doc) -> None:
    """Those a meeting's participants "were joined by" took part in it: the article's last
    meeting of the first named (all of them) gets the people named after, the sentence telling
    it again."""
    m = _JOINED_BY.search(analysis.masked)
    if m is None or analysis.negated or analysis.hypothetical:
        return
    first = {e.key for e in entities_of(analysis, m.group("a"))}
    more = [e for e in entities_of(analysis, m.group("b")) if e.kind is EntityKind.PERSON]
    meeting = FactClass.MEETING
    last = next(
        (
            f
            for f in reversed(doc.facts)
            if f.cls is meeting and first <= {e.key for e in f.entities("participant")}
        ),
        None,
    )
    if last is None or not more:
        return
    for i, fact in enumerate(doc.facts):
        # (the occasion's every fact: a sentence may give it twice before they are merged)
        if fact.cls is not meeting or fact.evidence[0] != last.evidence[0]:
            continue
        had = fact.entities("participant")
        known = {e.key for e in had}
        people = (*had, *(e for e in more if e.key not in known))
        args: dict[str, Sequence[Value]] = {**dict(fact.args), "participant": people}
        doc.facts[i] = Fact.make(
            meeting, args, evidence=fact.evidence, confidence=fact.confidence, status=fact.status
        )
        if doc.meeting is fact:
            doc.meeting = doc.facts[i]
            doc.finder.ctx.meeting = people
        if fact is last:
            # (told again by this sentence: "they" after it are all who met)
            doc.add(meeting, args, analysis, fact.confidence, fact.status)


# an embedded tweet's attribution line: "— Kassym-Jomart Tokayev (@TokayevKZ) December 22, 2022"
_TWEET_BY = re.compile(r"^[—–-]+\s*(?P<a>§P\d+§)\s*\(@\w+\)")
# its text, first person without a subject: "Held productive talks with my brother X in
# Tashkent.", "Had a phone call with X.", "Met with X today.", "Welcomed X to Baku."
_TWEET_MEETING = re.compile(
    r"^(?:(?:Today|Earlier\s+today|Just|This\s+morning)\s*,?\s+)?(?:(?P<held>[Hh]eld|[Hh]ad)\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?P<what>talks|meeting|conversation|call|discussions?)|"
    r"(?:[Mm]et|[Ss]poke|[Tt]alked)|(?P<host>[Rr]eceived|[Ww]elcomed|[Hh]osted))\s+"
    r"(?:(?:today|again)\s+)?(?:with\s+)?(?:(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?=§)|the\s+|his\s+|her\s+)?"
    rf"(?:§D\d+§\s+)?(?P<b>{ACTORS})"
)


def tweeted_meeting(analysis: Analysis, doc: Doc) -> None:
    """An embedded tweet that tells its author's meeting without a subject ("Held talks with my
    brother X in Tashkent. — Kassym-Jomart Tokayev (@TokayevKZ) December 22, 2022"): the
    meeting of the author the attribution line names with the one met, dated by the tweet."""
    by = _TWEET_BY.match(analysis.masked)
    tweet = doc.previous
    if by is None or tweet is None or tweet.negated or tweet.hypothetical:
        return
    m = _TWEET_MEETING.match(tweet.masked)
    if m is None or told_as_future(tweet.masked):
        return
    people = _people_or_parties(
        resolve_phrase(analysis, doc, by.group("a")) + resolve_phrase(tweet, doc, m.group("b"))
    )
    if len(people) < 2:
        return
    phoned = _PHONE_TALK.search(tweet.masked) or (m.group("what") or "") in {"call"}
    code = "041" if phoned else "043" if m.group("host") else "040"
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": people,
        "cameoCode": [code],
    }
    if (when := act_date(tweet) or act_date(analysis)) is not None:
        args["date"] = [when]
    tail = tweet.masked[m.end() :]
    place = None if code == "041" else _place(tweet, tail, doc.kb) or _unknown_town(tail)
    if place is not None:
        args["place"] = [place]
        if code == "040" and _third_country(doc, people, place):
            args["cameoCode"] = ["044"]
    doc.add(FactClass.MEETING, args, tweet, 0.8)


# a summit a person hosted, with no guests named ("President Yoon hosted the first Korea-Pacific
# Islands Summit in Seoul on May 29"; not "will host", "hosted a dinner")
_HOSTED_SUMMIT = re.compile(
    # ("Japan hosted the Pacific Islands Leaders Meeting in Tokyo. Kishida and Brown co-chaired
    # the meeting.": a state hosting, the people after it; session 29, gatherings)
    r"(?:^|(?<=[Tt]he\s))(?P<a>§[PS]\d+§)\s+(?:also\s+)?hosted\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’–-]+\s+|§[SDO]\d+§[–-]?\s*){0,6}?(?:[Ss]ummit|[Ll]eaders['’]?\s+[Mm]eeting)\b"
)
# those the next sentences say took part: "Fiji's Prime Minister X and Tonga's Prime Minister Y
# attended the summit", "The summit was attended by X and Y", "It was co-chaired by President Yoon
# and Forum Chair Mark Brown", "Attending were X and Y"
_SUMMIT_ATTENDEES = re.compile(
    r"(?:(?P<a>" + ACTORS + r")\s+(?:also\s+)?(?:attended|took\s+part|participated|"
    r"co-?chaired)\b(?:\s+in)?(?:\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting)\b)?"
    r"(?=\s*[.,;]|\s+(?:in|on|as|along|alongside|with)\b|$)|"
    r"(?:[Tt]he|[Tt]his|[Ii]t)\s+(?:(?:[\w'’-]+\s+){0,3}?(?:[Ss]ummit|[Mm]eeting)\s+)?"
    r"(?:was|were)\s+(?:also\s+)?(?:attended|co-?chaired|jointly\s+chaired)\s+by\s+(?:the\s+)?"
    r"(?P<b>" + ACTORS + r")|"
    r"(?:[Aa]lso\s+)?[Aa]ttending\s+(?:the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting)\s+)?"
    r"(?:were|was)\s+(?P<c>" + ACTORS + r"))"
)


def _hosted_summit_told(analysis: Analysis, doc: Doc) -> bool:
    """Whether one of the two sentences before told a summit a person hosted, no guests named."""
    return doc.summit is not None and 0 < analysis.sentence.index - doc.summit[2] <= 2


def _organisations_summit(doc: Doc) -> bool:
    """Whether the meeting the article reports is a summit of organisations (or of a state with
    one): no person among its participants."""
    met = doc.meeting.entities("participant") if doc.meeting else doc.finder.ctx.latest
    return any(e.kind is EntityKind.ORGANIZATION for e in met) and not any(
        e.kind is EntityKind.PERSON for e in met
    )


def hosted_summits(analysis: Analysis, doc: Doc) -> None:
    """A summit a person hosted, told with no guests, then those the next two sentences say
    attended or co-chaired it: one meeting (CAMEO 043) of the host and every one of them, where
    and when the hosting sentence says (session 29)."""
    masked = analysis.masked
    index = analysis.sentence.index
    if "hosted" in analysis.words and not analysis.in_title:
        m = _HOSTED_SUMMIT.search(masked)
        if (
            m is not None
            and not analysis.negated
            and not analysis.hypothetical
            and not told_as_future(masked)
        ):
            named = resolve_phrase(analysis, doc, m.group("a"))
            hosts = tuple(e for e in named if e.kind is EntityKind.PERSON)
            # (a state hosting: no person, the state in its own meeting)
            state = len(named) == 1 and named[0].kind is EntityKind.STATE
            keys = {e.key for e in (named if state else hosts)}
            # (none of its own, or only the host's with the organisation whose summit it is:
            # "President Tinubu hosted the ECOWAS summit in Abuja", session 29)
            alone = all(
                keys <= {e.key for e in f.entities("participant")}
                and all(
                    e.key in keys or e.kind is EntityKind.ORGANIZATION
                    for e in f.entities("participant")
                )
                for f in doc.facts
                if f.cls is FactClass.MEETING and f.evidence[0] == doc.evidence(analysis)
            )
            doc.summit = (analysis, hosts, index) if (len(hosts) == 1 or state) and alone else None
            return
    if doc.summit is None:
        return
    hosting, hosts, at = doc.summit
    if index - at > 2 or analysis.in_title:
        doc.summit = None
        return
    if analysis.negated or analysis.hypothetical or told_as_future(masked):
        return
    m = _SUMMIT_ATTENDEES.search(masked, intro_end(masked))
    if m is None:
        return
    slot = m.group("a") or m.group("b") or m.group("c")
    people = [e for e in entities_of(analysis, slot) if e.kind is EntityKind.PERSON]
    if not people or len(people) != len(entities_of(analysis, slot)):
        return
    told = doc.evidence(hosting)
    meeting = FactClass.MEETING
    last = next((f for f in doc.facts if f.cls is meeting and f.evidence[0] == told), None)
    had = last.entities("participant") if last is not None else hosts
    known = {e.key for e in had}
    # (the people who met, in place of the organisation whose summit it is: as "X hosted the
    # ECOWAS summit, attended by Y and Z")
    had = tuple(e for e in had if e.kind is not EntityKind.ORGANIZATION)
    if not hosts:
        had = tuple(e for e in had if e.kind is EntityKind.PERSON)  # (a state hosting)
    participants = (*had, *(e for e in people if e.key not in {h.key for h in had}))
    if len(participants) < 2 or len(participants) == len(had):
        return
    if last is None:
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": participants,
            "cameoCode": ["043"],
        }
        if (when := act_date(hosting)) is not None:
            args["date"] = [when]
        found = _HOSTED_SUMMIT.search(hosting.masked)
        tail = hosting.masked[found.end() :] if found is not None else ""
        if (place := _place(hosting, tail, doc.kb)) is not None:
            args["place"] = [place]
        doc.add(meeting, args, hosting, 0.75)
        fact = doc.add(meeting, args, analysis, 0.75)
    else:
        # (the occasion's every fact, told by the hosting sentence and those after it)
        args = {**dict(last.args), "participant": participants}
        replaced = False
        for i, f in enumerate(doc.facts):
            if (
                f.cls is meeting
                and f.evidence[0].begin >= told.begin
                and {e.key for e in f.entities("participant")} == known
            ):
                replaced = replaced or doc.meeting is f
                doc.facts[i] = Fact.make(
                    meeting, args, evidence=f.evidence, confidence=f.confidence, status=f.status
                )
        fact = doc.add(meeting, args, analysis, 0.75)
    if doc.meeting is None or (last is not None and replaced):
        doc.meeting = fact
        doc.meeting_date = when if last is None else doc.meeting_date
        doc.finder.ctx.meeting = participants
    doc.finder.ctx.latest = participants


# "... held an emergency meeting in Brussels at Poland's request", "at the request of Lithuania"
_MET_AT_REQUEST = re.compile(
    r"^[^;]*?\bat\s+(?:the\s+)?(?:(?P<s>§S\d+§)['’]s?\s+request|request\s+of\s+(?:the\s+)?"
    r"(?P<s2>§S\d+§))"
)


def _requested(
    analysis: Analysis, bloc: tuple[list[Entity], str, str]
) -> tuple[list[Entity], str, str]:
    """An organisation's meeting held at a state's request: the state takes part ("NATO
    ambassadors held an emergency meeting in Brussels at Poland's request"; session 37)."""
    parties, code, tail = bloc
    m = _MET_AT_REQUEST.match(tail)
    if len(parties) != 1 or m is None:
        return bloc
    state = analysis.mention(m.group("s") or m.group("s2")).entity
    if state is None or state.kind is not EntityKind.STATE or state.key == parties[0].key:
        return bloc
    return ([*parties, state], code, tail)


def _attended_by(analysis: Analysis, doc: Doc) -> None:
    """Those a sentence says attended the session of an organisation's body told just before
    ("The session was attended by Putin, Lukashenko and Tokayev, while Pashinyan took part via
    video link") took part in it: the people who met, in place of the organisation."""
    m = _ATTENDED_BY.match(analysis.masked, intro_end(analysis.masked))
    if m is None or analysis.negated or analysis.hypothetical or doc.previous is None:
        return
    told = doc.evidence(doc.previous)
    last = next((f for f in reversed(doc.facts) if f.cls is FactClass.MEETING), None)
    if last is None or last.evidence[0] != told:
        return  # (the meeting the sentence before told)
    slots = m.group("b") + (f" {m.group('c')}" if m.group("c") else "")
    people = [e for e in entities_of(analysis, slots) if e.kind is EntityKind.PERSON]
    if len(people) < 2:
        return
    if not all(e.kind is EntityKind.ORGANIZATION for e in last.entities("participant")):
        return  # ("The meeting was also attended by Under Secretary X": a delegation's members)
    participants = tuple(people)
    meeting = FactClass.MEETING
    args: dict[str, Sequence[Value]] = {**dict(last.args), "participant": participants}
    for i, fact in enumerate(doc.facts):
        # (the occasion's every fact: a sentence may give it twice before they are merged)
        if fact.cls is meeting and fact.evidence[0] == last.evidence[0]:
            doc.facts[i] = Fact.make(
                meeting,
                {**dict(fact.args), "participant": participants},
                evidence=fact.evidence,
                confidence=fact.confidence,
                status=fact.status,
            )
    fact = doc.add(meeting, args, analysis, last.confidence, last.status)
    if doc.meeting is last:
        doc.meeting = fact
        doc.finder.ctx.meeting = participants


# "King Charles III attended the summit in Nairobi at the invitation of President Ruto": a visit
# to the one who invited (or his state)
_ATTENDED_INVITED = re.compile(
    r"(?P<a>§P\d+§)(?:,\s+[^,;]{1,80},)?\s+(?:also\s+)?attended\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<what>(?:[^§;,.]|§[OL]\d+§){1,60}?)(?:\s+in\s+(?P<c>§C\d+§))?(?:\s+on\s+[A-Z][a-z]+)?,?\s+"
    r"at\s+the\s+invitation\s+of\s+(?:the\s+|his\s+|her\s+)?(?:[Gg]overnment\s+of\s+(?:the\s+)?)?"
    r"(?:§D\d+§\s+)?(?P<b>§[PS]\d+§)(?!['’])"
)


# the summit of a named grouping: "the §O1§ Leaders' Summit", "the BRICS summit", "the G20 summit"
_GROUPING_SUMMIT = re.compile(
    r"(?:§O\d+§|\b(?:G\d{1,2}|[A-Z]{3,}))\s+(?:[A-Z][\w'’-]*\s+){0,2}(?i:summit|conference)\b"
)


def _attended_invited(analysis: Analysis, doc: Doc) -> None:
    """A visit told by an occasion one attended at another's invitation (CAMEO 042): the guest
    and the one who invited (a person, or the state whose government did)."""
    if analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    for m in _ATTENDED_INVITED.finditer(masked):
        if FUTURE.search(masked, 0, m.end()):
            continue
        if _GROUPING_SUMMIT.search(m.group("what")):
            continue  # "attended the G20 Leaders' Summit at the invitation of Prime Minister X":
            # a gathering of a named grouping, no visit to its host (session 37, meetings)
        people = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
            analysis, doc, m.group("b")
        )
        if len(people) != 2 or people[0].kind is not EntityKind.PERSON:
            continue
        if people[0].key == people[1].key:
            continue
        if doc.meeting is not None and _same_sides(doc, people):
            continue  # (the visit the article reported: its talks are told already)
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": people,
            "cameoCode": ["042"],
        }
        if m.group("c") and (city := analysis.mention(m.group("c")).entity) is not None:
            args["place"] = [city]
        when = act_date(analysis)
        if when is not None:
            args["date"] = [when]
        doc.add(FactClass.MEETING, args, analysis, 0.8, _past_or_news(when, doc.date))


_PARTY_LIST = r"§[PGSO]\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§[PGSO]\d+§)*"
# "The signing ceremony ... was preceded by a meeting of the four leaders, which was also
# attended by President of the European Commission Ursula von der Leyen"
_MEETING_AROUND = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:preceded|followed)\s+by\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|summit|consultations)\s+(?:of|between|among)\s+(?:the\s+)?"
    rf"(?P<a>{_PARTY_LIST})(?:,?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:also\s+)?attended\s+"
    rf"(?:also\s+)?by\s+(?:the\s+)?(?P<by>{_PARTY_LIST}))?"
)


def _meeting_around(analysis: Analysis, doc: Doc, masked: str) -> bool:
    """A meeting told as what preceded or followed a ceremony: those it was "of" and those who
    also attended it, where the sentence says, on its own day or else the day of the signing
    the article told last (whether the sentence told one)."""
    m = _MEETING_AROUND.search(masked)
    if m is None or told_as_future(masked):
        return False
    people = resolve_phrase(analysis, doc, m.group("a"))
    if m.group("by"):
        people += resolve_phrase(analysis, doc, m.group("by"))
    people = _people_or_parties(list({e.key: e for e in people}.values()))
    if len(people) < 2:
        return False
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": people,
        "cameoCode": ["040"],
    }
    when = act_date(analysis) or _signing_day(doc)
    if when is not None:
        args["date"] = [when]
    if (place := _place(analysis, masked, doc.kb)) is not None:
        args["place"] = [place]
    doc.add(FactClass.MEETING, args, analysis, 0.8)
    return True


# a state's armed forces as a party of talks with an armed movement ("the Sudanese Armed Forces")
_STATE_FORCES = r"§D\d+§\s+(?:Armed\s+Forces|Army)"
_FORCES_PARTY = rf"(?:the\s+)?(?:{_STATE_FORCES}|§O\d+§)"
# the label of a state's armed forces named beside an armed group ("Sudanese Armed Forces")
_STATE_FORCES_NAMED = re.compile(r"\s(?:Armed\s+Forces|Army|Defen[cs]e\s+Forces?)$")
# "the talks between representatives of the Sudanese Armed Forces and the Rapid Support Forces
# that opened in Jeddah yesterday": talks that took place, between two armed parties
_FORCES_TALKS = re.compile(
    r"\b(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations)\s+between\s+(?:the\s+)?(?:(?:representatives|"
    r"delegations|envoys|negotiators)\s+(?:of|from)\s+)?"
    rf"(?P<a>{_FORCES_PARTY})\s+and\s+(?P<b>{_FORCES_PARTY}),?\s+(?:(?:that|which)\s+)?"
    r"(?:opened|began|started|resumed|were\s+held|took\s+place|convened|got\s+under\s+way)\b"
)


# "In May 2023, the United States and Saudi Arabia facilitated talks between the Sudanese Armed
# Forces and the Rapid Support Forces in Jeddah": talks a third party mediated or hosted
_FACILITATED_FORCES_TALKS = re.compile(
    rf"(?P<x>{ACTORS})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|jointly\s+)?"
    r"(?:(?P<hosted>hosted|co-hosted)|mediated|facilitated|brokered)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:talks|negotiations|consultations)\s+between\s+(?:the\s+)?"
    r"(?:(?:representatives|delegations|envoys|negotiators)\s+(?:of|from)\s+)?"
    rf"(?P<a>{_FORCES_PARTY})\s+and\s+(?P<b>{_FORCES_PARTY})"
)


def _forces_talks(analysis: Analysis, doc: Doc, masked: str) -> bool:
    """Talks between a state's armed forces and an armed movement that opened or were held, or
    that a third party mediated or hosted: a negotiation (CAMEO 046; 043 hosted) of the two as
    organisations (and the third party), where and when the clause says (whether the sentence
    told one)."""
    m = _FORCES_TALKS.search(masked) or _FACILITATED_FORCES_TALKS.search(masked)
    if m is None or told_as_future(masked):
        return False
    if not re.search(_STATE_FORCES, m.group(0)) and not any(
        _STATE_FORCES_NAMED.search(_armed_party(analysis, m.group(g)).label) for g in ("a", "b")
    ):
        return False  # (the forces beside an armed group: an unlinked body, mentions.py)
    if m.re is _FACILITATED_FORCES_TALKS and (
        analysis.negated
        or analysis.hypothetical
        or _MEDIATION_HEDGED.search(masked, max(0, m.start() - 30), m.start())
    ):
        return False
    parties = [_armed_party(analysis, m.group(g)) for g in ("a", "b")]
    code = "046"
    if m.re is _FACILITATED_FORCES_TALKS:
        # (the mediators first, as a sentence names them)
        parties = [*resolve_phrase(analysis, doc, m.group("x")), *parties]
        code = "043" if m.group("hosted") else "046"
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": parties,
        "cameoCode": [code],
    }
    if (when := act_date(analysis)) is not None:
        args["date"] = [when]
    if (place := _place(analysis, masked[m.end() :], doc.kb)) is not None:
        args["place"] = [place]
    status = Status.ASSERTED
    if m.re is _FACILITATED_FORCES_TALKS:
        status = _past_or_news(act_date(analysis), doc.date)  # ("In May 2023, ...": earlier talks)
    doc.add(FactClass.MEETING, args, analysis, 0.8, status)
    return True


def _armed_party(analysis: Analysis, text: str) -> Entity:
    """A party of :data:`_FORCES_TALKS`: an organisation, or the armed forces of a state named
    by its demonym (unlinked: the KB has no armies)."""
    slot = ANY_SLOT.search(text)
    assert slot is not None
    mention = analysis.mention(slot.group(0))
    if mention.code is Code.DEMONYM:
        rest = " ".join(text[slot.end() :].split())
        return Entity.unlinked(f"{mention.text} {rest}", EntityKind.ORGANIZATION)
    return mention.entities[0]


# ---- meetings with a mediator, facilitator or host third party -------------------------------

# mediation told in the progressive: "has been mediating", "is brokering", "were facilitating"
# (session 33); (not "is expected to mediate", "offered to mediate": no verb form of these)
_MEDIATING_TALKS = (
    r"(?:(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:also\s+|jointly\s+)?"
    r"(?:mediating|brokering|facilitating))"
)
# the progressive right before talks: "has been facilitating (peace) talks between ..."
_MEDIATING_BEFORE = re.compile(
    _MEDIATING_TALKS + r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_MEDIATING = (
    r"(?:(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:also\s+|jointly\s+)?"
    r"(?:mediating|brokering))"
)

# the words without one of which no mediator is named
_K_MEDIATOR = frozenset(
    "mediation mediated brokered facilitated facilitation hosted auspices offices mediator "
    "mediators facilitator facilitators host hosts convened mediating brokering "
    "facilitating".split()
)
_MEETING_NOUN = (
    r"(?:talks|meetings?|negotiations|rounds?(?:\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations))?|"
    r"summit|consultations|dialogue)"
)
# an act a mediator brokered, nearer the mediator than the talks: "held talks on the deal
# brokered by Qatar" (Qatar brokered the deal, not the talks)
_BROKERED_ACT = re.compile(
    r"\b(?:deal|agreement|ceasefire|truce|accord|exchange|swap|release|pact|arrangement|"
    r"declaration|initiative|corridor)s?\b",
    re.IGNORECASE,
)
_MEDIATOR = re.compile(
    # "under Turkish mediation", "under Qatar's mediation", "under the auspices of the African
    # Union", "with the mediation of the European Union", "through the good offices of Oman"
    r"\b(?:[Uu]nder|[Ww]ith|[Tt]hrough|[Tt]hanks\s+to)\s+(?:the\s+)?(?:(?:joint\s+)?"
    r"(?P<d>§D\d+§(?:(?:\s+and\s+|,\s+)§D\d+§)*)\s+(?:mediation|facilitation|auspices)|"
    rf"(?P<own>{ACTORS})['’]s?\s+(?:mediation|facilitation|auspices)|"
    r"(?:joint\s+)?(?:mediation|facilitation|auspices|good\s+offices)\s+of\s+(?:the\s+)?"
    rf"(?P<of>{ACTORS}))|"
    # "talks in Doha mediated by Qatar", "talks between X and Y, hosted by Turkey",
    # "negotiations facilitated by the United States and Saudi Arabia"
    rf"\b{_MEETING_NOUN}\b(?P<gap>(?:[^.;§]|{SLOT}){{0,80}}?),?\s+(?:(?:which|that)\s+)?"
    r"(?:(?:was|were|had\s+been|have\s+been)\s+)?"
    r"(?:(?P<hosted>hosted|co-hosted|convened)|mediated|brokered|facilitated)\s+(?:jointly\s+)?by\s+"
    rf"(?:the\s+)?(?P<by>{ACTORS})|"
    # "with Qatar acting as mediator", "with Egypt as host"
    rf"\bwith\s+(?:the\s+)?(?P<as>{ACTORS})\s+(?:acting\s+|serving\s+)?as\s+(?:(?:a|the)\s+)?"
    r"(?:mediators?|facilitators?|(?P<host>hosts?))\b|"
    # "Qatar mediated talks between ...", "the United States and Saudi Arabia facilitated talks
    # between ..."
    rf"(?P<a>{ACTORS})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|jointly\s+|successfully\s+)?"
    rf"(?:mediated|brokered|facilitated|{_MEDIATING_TALKS})\s+"
    r"(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_MEETING_NOUN}\b|"
    # "talks hosted by Erdogan, who mediated between the two leaders"
    rf"(?P<who>{ACTORS}),\s+who\s+(?:had\s+|has\s+)?(?:also\s+)?(?:mediated|brokered|facilitated)\b"
)
_MEDIATOR_GROUPS = ("d", "own", "of", "by", "as", "a", "who")
# mediators named together without the talks they mediated: a mediation (CAMEO 045) of the
# mediators, when two or more are named (one alone, "a deal brokered by China", is no meeting;
# session 36)
# an actor, or a person whose title follows a demonym outside the mention ("Saudi Crown Prince
# Mohammed bin Salman"), in a list
_TITLED_ACTOR = r"(?:§D\d+§\s+(?:[A-Z][a-z]+\s+){1,2})?§[SOPG]\d+§"
_TITLED_ACTORS = rf"{_TITLED_ACTOR}(?:(?:,\s+|,?\s+and\s+){_TITLED_ACTOR}){{0,5}}"
_ACTOR_SLOT = re.compile(r"§[SOPG]\d+§")
_JOINT_MEDIATION = re.compile(
    # "the mediation had been led by A and B", "the mediation was conducted jointly by A and B"
    r"\b[Mm]ediation\s+(?:efforts?\s+)?(?:(?:had|has|have)\s+been|was|were)\s+(?:jointly\s+)?"
    r"(?:led|conducted|carried\s+out|undertaken)\s+(?:jointly\s+)?by\s+(?:the\s+)?"
    rf"(?P<by>{_TITLED_ACTORS})|"
    # "The initiative was brokered by the United Nations and Turkey in July last year"
    r"\b(?:was|were|(?:had|has|have)\s+been)\s+(?:jointly\s+)?(?:brokered|mediated)\s+"
    rf"(?:jointly\s+)?by\s+(?:the\s+)?(?P<brokers>{_TITLED_ACTORS})|"
    # "Qatar announces the success of its joint mediation efforts with Egypt and the United
    # States": its own and theirs
    rf"(?:(?P<own>{ACTORS})['’]s?|\b(?P<its>its|their))\s+joint\s+mediation\s+(?:efforts?\s+)?"
    rf"with\s+(?:the\s+)?(?P<with>{ACTORS})"
)
_K_JOINT_MEDIATION = frozenset({"mediation", "brokered", "mediated"})
# a verb of saying right after a list: its last item is who said it, not one of the list
_SAYER_AFTER = re.compile(r"\s+(?:also\s+)?(?:said|says|told|added|announced|stated|wrote)\b")
# a clause in the past perfect: "had conducted", "had been led"
_PERFECT = re.compile(r"\bhad\s+(?:also\s+)?(?:been\s+)?[a-z]+")
# the subject "its" (or "their") stands for: the sentence's first party
_FIRST_PARTY = re.compile(rf"(?:[Tt]he\s+)?(?P<s>{ACTORS})")
# how far (in characters of the masked sentence) a mediator may be named from its talks
_MEDIATOR_REACH = 120


@dataclass(frozen=True, slots=True)
class _Mediator:
    """A third party named as mediating, facilitating or hosting talks, where the sentence
    names it."""

    parties: tuple[Entity, ...]
    hosted: bool
    begin: int
    end: int
    # whether it is named before its talks ("Qatar mediated talks between ..."), not after
    # them ("talks ... under Qatari mediation")
    first: bool


def _mediators(analysis: Analysis, doc: Doc, masked: str) -> list[_Mediator]:
    """The mediators, facilitators and hosts of talks a sentence names ("under Turkish
    mediation", "talks hosted by Kazakhstan", "Qatar mediated talks between ...")."""
    found: list[_Mediator] = []
    for m in _MEDIATOR.finditer(masked):
        if m.group("gap") and _BROKERED_ACT.search(m.group("gap")):
            continue  # "talks on the deal brokered by Qatar"
        if _MEDIATION_HEDGED.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "offered its good offices", "ready to host"
        slot = next(m.group(g) for g in _MEDIATOR_GROUPS if m.group(g))
        parties = tuple(e for e in resolve_phrase(analysis, doc, slot) if e.kind in ACTOR_KINDS)
        if parties:
            hosted = bool(m.group("hosted") or m.group("host"))
            found.append(_Mediator(parties, hosted, m.start(), m.end(), bool(m.group("a"))))
    return found


_MEDIATION_HEDGED = re.compile(
    r"\b(?:offer(?:s|ed)?|ready|willing|proposed|propose[sd]?|seek(?:s|ing)?|sought|"
    r"call(?:s|ed)?\s+for|urged)\b[^.;]*$",
    re.IGNORECASE,
)


def _mediators_near(
    mediators: Sequence[_Mediator], masked: str, tails: Sequence[str], i: int
) -> tuple[list[Entity], bool] | None:
    """The mediators named within reach of the meeting ``i`` of those found where ``tails``
    start (suffixes of ``masked``), and whether one of them hosted it: each mediator is of the
    meeting found nearest to it ("Blinken met Abiy, weeks after Turkey mediated talks between
    Ethiopia and Somalia": of the talks)."""
    at = [len(masked) - len(t) if masked.endswith(t) else None for t in tails]
    here = at[i]
    if here is None:
        return None

    def reach(m: _Mediator, pos: int) -> int:
        if m.first:  # (its talks where it ends, or after)
            return pos - m.end if pos >= m.begin else _MEDIATOR_REACH + 1
        return m.begin - pos if m.begin >= pos else 0 if pos <= m.end else _MEDIATOR_REACH + 1

    near = []
    for m in mediators:
        own = min((abs(reach(m, p)), j) for j, p in enumerate(at) if p is not None)
        if (
            own[1] == i
            and own[0] <= _MEDIATOR_REACH
            and ";" not in masked[min(m.begin, here) : max(m.end, here)]
        ):
            near.append(m)
    if not near:
        return None
    return [e for m in near for e in m.parties], any(m.hosted for m in near)


# "talks hosted by Turkish President Erdogan, who mediated between the two leaders", "a round
# of negotiations in Doha mediated by Qatar": talks named by their mediator alone (the parties
# in the relative clause after it, else the sentence's subject, else the meeting reported)
_TALKS_BY = re.compile(
    rf"\b{_MEETING_NOUN}\s+(?:in\s+(?:the\s+)?(?:§[CL]\d+§|{_TOWN})\s+)?"
    r"(?:(?:on|in)\s+(?:[\w,]+\s+){1,3}?)?,?\s*(?:(?:was|were|had\s+been|have\s+been)\s+)?"
    r"(?:hosted|co-hosted|mediated|brokered|facilitated)\s+(?:jointly\s+)?by\s+(?:the\s+)?"
    rf"(?P<x>{ACTORS})(?:,\s+who\s+(?:had\s+)?(?:mediated|brokered|facilitated)\s+between\s+"
    rf"(?:the\s+)?(?P<b>{ACTORS}))?"
)
_K_TALKS_BY = frozenset({"hosted", "co-hosted", "mediated", "brokered", "facilitated"})
# "recalled the historic trilateral summit of President Biden, President Marcos and Prime
# Minister Kishida in Washington on April 11": an earlier meeting its participants name
_RECALLED_SUMMIT = re.compile(
    r"\b(?:recalled|recalling|commemorated|commemorating|since)\s+(?:the\s+|their\s+)?"
    r"(?:(?:historic|first|landmark|inaugural|trilateral|bilateral|quadrilateral|joint|"
    r"last|previous|earlier|leaders['’]?)\s+)*"
    rf"(?:summit|meeting|talks)\s+of\s+(?:the\s+)?(?P<a>{ACTORS})"
)
_K_RECALLED_SUMMIT = frozenset({"recalled", "recalling", "commemorated", "commemorating", "since"})
# talks that ended without what was sought happened: "..., held in Ankara in July and August,
# ended without an agreement" (only the outcome is negated)
_NO_OUTCOME = re.compile(
    r",?\s+(?:but\s+|and\s+)?(?:(?:had|have)\s+)?(?:(?:ended|concluded|closed|finished|broke\s+up|"
    r"wrapped\s+up)\s+without|"
    # "was held in Tehran in March 2022 without an agreement being reached" (session 35)
    r"without(?=\s+(?:an?\s+|any\s+)?(?:agreement|deal|breakthrough|accord|settlement)\s+being\s+"
    r"(?:reached|struck|made|achieved|signed)\b)|"
    r"(?:failed|did\s+not\s+manage)\s+to\s+(?:produce|yield|reach|bring|"
    r"secure|achieve|result\s+in)|(?:yielded|produced|brought|reached)\s+no)\s+"
    r"(?:an?\s+|any\s+|a\s+final\s+)?(?:(?:peace|comprehensive|lasting|final)\s+)?"
    r"(?:agreement|deal|breakthrough|accord|results?|progress|consensus|settlement)\b"
)
_K_NO_OUTCOME = frozenset({"without", "failed", "no", "not"})
# the second month of talks held "in July and August": an occasion each
_AND_MONTH = re.compile(rf"\s+and\s+(?:in\s+)?(?P<m>{_MONTH_NAME})(?:\s+(?P<y>\d{{4}}))?\b")


def _second_month(analysis: Analysis, when: TimeValue) -> TimeValue | None:
    """The month after "and" that follows a meeting's month ("in July and August"), in the same
    year (or the year written after it)."""
    if when.precision is not Precision.MONTH or when.month is None:
        return None
    text, base = analysis.sentence.text, analysis.sentence.begin
    for d in analysis.dates:
        if d.value != when or d.end_value is not None:
            continue
        if text[max(0, d.begin - base - 8) : d.begin - base].lower().endswith("between "):
            return None  # "between July and August": a span
        m = _AND_MONTH.match(text, d.end - base)
        if m is None:
            return None
        month = MONTHS[m.group("m").lower()]
        year = int(m.group("y")) if m.group("y") else when.year
        if year < when.year or (year == when.year and month <= when.month):
            return None
        return TimeValue(year, month, precision=Precision.MONTH)
    return None


def _visits_in_passing(
    analysis: Analysis, doc: Doc, masked: str
) -> list[tuple[list[Entity], str, str]]:
    """Visits told in passing: in a relative clause ("the state visit that X paid to Moscow in
    March, when he and Y ...") or named with their place before their visitor ("the visit to
    Kigali on 22 January of X, ..., who was received by Y"): the visitor's, with the one met
    (a reception: 043), else with the state visited (042)."""
    found: list[tuple[list[Entity], str, str]] = []
    for m in itertools.chain(
        _scan(_VISIT_THAT_PAID, _K_VISIT_THAT_PAID, analysis.words, masked),
        _scan(_VISIT_TO_OF, _K_NOMINAL_VISIT, analysis.words, masked),
    ):
        if _NOT_HAPPENED.search(masked[max(0, m.start() - 40) : m.end() + 40]):
            continue
        paid_to = analysis.mention(m.group("b"))
        met = (
            resolve_phrase(analysis, doc, m.group("h")) if m.group("h") else _visited(doc, paid_to)
        )
        code = "043" if m.re is _VISIT_TO_OF and m.group("h") else "042"
        city = f" in {m.group('b')}" if paid_to.code is Code.CITY else ""
        found.append(
            (resolve_phrase(analysis, doc, m.group("a")) + met, code, f"{city}{masked[m.end() :]}")
        )
    return found


def _counted_calls(
    analysis: Analysis, doc: Doc, masked: str
) -> list[tuple[list[Entity], str, str]]:
    """The calls a sentence tells with their count and those called ("made two telephone calls,
    with A and B"): one call (041) of the caller with each."""
    found: list[tuple[list[Entity], str, str]] = []
    for m in _scan(_COUNTED_CALLS, _K_COUNTED_CALLS, analysis.words, masked):
        caller = resolve_phrase(analysis, doc, m.group("a"))
        called = [e for e in resolve_phrase(analysis, doc, m.group("b")) if e not in caller]
        if caller and len(called) >= 2:
            found.extend(([*caller, other], "041", "") for other in called)
    return found


def _talks_that_held(
    analysis: Analysis, doc: Doc, masked: str
) -> list[tuple[tuple[list[Entity], str, str], bool]]:
    """Talks told in a relative clause ("talks that Turkish officials had conducted with both
    sides"): a meeting of the clause's subject and those it names after "with"; with both sides
    of the pair the article named, the subject's mediation (045). Each with whether the clause
    is in the perfect (talks before what the sentence tells)."""
    found: list[tuple[tuple[list[Entity], str, str], bool]] = []
    for m in _scan(_TALKS_THAT_HELD, _K_TALKS_THAT_HELD, analysis.words, masked):
        subject = resolve_phrase(analysis, doc, m.group("a"))
        others = [e for e in resolve_phrase(analysis, doc, m.group("b")) if e not in subject]
        if not subject or not others:
            continue
        both = m.group("b").startswith("§G") and len(others) >= 2
        meeting = ([*subject, *others], "045" if both else "040", masked[m.end() :])
        found.append((meeting, _PERFECT.search(m.group(0)) is not None))
    return found


def _joint_mediation(
    analysis: Analysis, doc: Doc, masked: str
) -> tuple[tuple[list[Entity], str, str], bool] | None:
    """Two or more mediators a sentence names without the talks they mediated ("the mediation
    had been led by A and B", "was brokered by A and B", "its joint mediation efforts with A"):
    their mediation (045), with whether it is told in the perfect; none for talks a mediator is
    named with (:data:`_MEDIATOR`), an offer or one mediator alone."""
    if _MEDIATOR.search(masked):
        return None  # (talks with their mediators: those talks)
    for m in _JOINT_MEDIATION.finditer(masked):
        if _MEDIATION_HEDGED.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "offered a mediation ..."
        mediators: list[Entity] = []
        if m.group("its"):
            first = _FIRST_PARTY.match(masked, intro_end(masked))
            if first is None or first.end() > m.start():
                continue
            mediators = resolve_phrase(analysis, doc, first.group("s"))
        elif m.group("own"):
            mediators = resolve_phrase(analysis, doc, m.group("own"))
        listed = m.group("by") or m.group("brokers") or m.group("with")
        slots = _ACTOR_SLOT.findall(listed)  # (not the demonym before a title)
        if _SAYER_AFTER.match(masked, m.end()):
            # "... was mediated by Turkey, Ukrainian President X said": the last is who said it
            slots = slots[:-1]
        for slot in slots:
            mediators += [e for e in resolve_phrase(analysis, doc, slot) if e not in mediators]
        if len(mediators) >= 2:
            return (mediators, "045", masked[m.end() :]), _PERFECT.search(m.group(0)) is not None
    return None


def _signing_day(doc: Doc) -> TimeValue | None:
    """The day of the signing the article told last."""
    for fact in reversed(doc.facts):
        if fact.cls is FactClass.EVENT and "057" in fact.get("cameoCode"):
            day = next(iter(fact.get("date")), None)
            return day if isinstance(day, TimeValue) else None
    return None


# what makes the rest of a sentence an allegation or a rumour (session 24)
_ALLEGED_MEETING = re.compile(
    r"\b(?:(?:claimed|claims|claim|claiming|alleged|alleges|alleging|rumou?red|insinuated)"
    r"\s+that|(?:unconfirmed|unverified)\s+reports?|rumou?rs?\s+(?:that|of))\b",
    re.IGNORECASE,
)
_K_ALLEGED_MEETING = frozenset(
    "claimed claims claim claiming alleged alleges alleging rumoured rumored insinuated "
    "unconfirmed unverified rumours rumors rumour rumor".split()
)


def meetings(analysis: Analysis, doc: Doc) -> None:
    masked = analysis.masked
    words = analysis.words
    if not _K_ALLEGED_MEETING.isdisjoint(words) and (alleged := _ALLEGED_MEETING.search(masked)):
        # "Media reports claimed that Orban met Putin in Beijing", "According to unconfirmed
        # reports, Israeli and Saudi officials met": an allegation, no meeting (ANNOTATION.md
        # §7); what the sentence tells before it stands ("X met Y and rejected claims that ...")
        masked = masked[: alleged.start()]
    if "delegation" in masked and doc.previous is not None:
        _delegation_list(analysis, doc)
    if "joined" in words and doc.facts:
        _joined_by(analysis, doc)
    if "attended" in words and doc.facts:
        _attended_by(analysis, doc)
    if "attended" in words and "invitation" in words:
        _attended_invited(analysis, doc)
    if (
        ("preceded" in words or "followed" in words)
        and "by" in words
        and _meeting_around(analysis, doc, masked)
    ):
        return  # (its "talks between" are that meeting)
    if (
        "between" in words
        and "Forces" in analysis.sentence.text  # (in the masked text or a party's name)
        and _forces_talks(analysis, doc, masked)
    ):
        return
    if "§P" in masked and (
        "delivered" in words or "handed" in words or "during" in words or ", who" in masked
    ):
        _aside_meetings(analysis, doc, masked)
    if _MEETING_WORDS.isdisjoint(analysis.words) and not (
        "opened" in analysis.words and "§O" in masked  # (a body that opened: _BODY_MET)
    ):
        return
    if not analysis.negated and not analysis.hypothetical:
        _recalled_visit(analysis, doc, masked)
        if "by" in words and "visit" in words and ("last" in words or "previous" in words):
            _last_visit_by(analysis, doc, masked)
        if "with" in words and ("his" in words or "her" in words):
            _his_talks_with(analysis, doc, masked)
        if "by" in words and "with" in words and not _K_PROPOSED.isdisjoint(words):
            _proposed_at_a_meeting(analysis, doc, masked)
        if doc.finder.author is not None and not _K_MY_VISIT.isdisjoint(words):
            _authors_visit(analysis, doc, masked)
        if "guest" in words:
            _chief_guest(analysis, doc, masked)
        if not _K_TRIP_TOOK.isdisjoint(words):
            _trip_took(analysis, doc, masked)
        if not _K_HIS_VISIT.isdisjoint(words) and ("visit" in words or "trip" in words):
            _his_visit(analysis, doc, masked)
        if not _K_FOR_HOSTING.isdisjoint(words):
            _for_hosting(analysis, doc, masked)
        if "our" in words or "met" in words:
            _we_met(analysis, doc, masked)
        if "whom" in words and "met" in words:
            _whom_met(analysis, doc, masked)
        if "after" in words and ("day" in words or "days" in words):
            _days_after(analysis, doc, masked)
    if (
        not _K_PAST_TALKS.isdisjoint(words)
        and "in " in masked
        and _past_talks(analysis, doc, masked)
    ):
        return
    reported = next(_scan(_SAID_AFTER_CALL, _K_SAID_AFTER_CALL, words, masked), None)
    occasion: int | None = None  # where the talks of a pair's hedged act end (masked text)
    if reported is not None and (
        analysis.negated or analysis.hypothetical or told_as_future(masked)
    ):
        # "Lapid said after a call with Erdogan that ties would be restored": the hedge of
        # what was said, not of the call
        masked = masked[: reported.end()]
    elif (
        analysis.negated
        and not analysis.hypothetical
        and not _K_NO_OUTCOME.isdisjoint(words)
        and (outcome := _NO_OUTCOME.search(masked)) is not None
        and not hedged(masked[: outcome.start()])
    ):
        # "Two rounds of talks ..., held in Ankara in July, ended without an agreement": the
        # talks were held, only their outcome is negated
        masked = masked[: outcome.start()]
    elif (occasion := _occasion_of_hedged(analysis, doc, masked)) is not None:
        # "During their talks in Abu Dhabi, the two leaders agreed to launch negotiations on a
        # pact, which would be ...": the hedge of what was agreed, not of the talks
        masked = masked[:occasion]
    elif analysis.negated or analysis.hypothetical:
        # "spoke with Netanyahu ..., but said the United States would not take part in ...":
        # the hedge of a later clause
        later = _LATER_CLAUSE.search(masked)
        saying = _SAID_LATER.search(masked, 0, later.start() if later else len(masked))
        # (up to the verb of saying: the fronted meeting's subject keeps its verb)
        cut = saying.end() if saying is not None else later.start() if later is not None else -1
        if (
            saying is not None
            and saying.group(0).endswith(("told", "assured", "informed"))
            and " that " in masked[cut:]
        ):
            cut = masked.index(" that ", cut)  # "told Erdogan in a phone call on Monday that"
        elif (
            saying is not None
            and (own_act := _HE_TOLD.match(masked, saying.end())) is not None
            and " that " in masked[own_act.end() :]
        ):
            # "Kagame said he told Tshisekedi during talks in June that ...": his own act told
            cut = masked.index(" that ", own_act.end())
        if cut < 0 or hedged(masked[:cut]):
            return
        masked = masked[:cut]
    if _called_off(words, masked):
        return  # "the talks between Armenia and Azerbaijan were cancelled"
    if not _K_DENIED.isdisjoint(words) and _DENIED.search(masked):
        return  # "Zelensky denied that he had met Putin"
    found: list[tuple[list[Entity], str, str]] = []
    ended: set[int] = set()  # the visits of ``found`` the sentence says ended (no date of theirs)
    visits: dict[int, int] = {}  # the visits of ``found``: where their match starts in ``masked``
    earlier: set[int] = set()  # those an act of the article follows ("follows the talks held ...")
    convened: set[int] = set()  # the meetings of ``found`` one side convened with the others
    told: set[int] = set()  # the meetings of ``found`` told of as past ("he had discussed ...")
    recalled: set[int] = set()  # those told after an act, past when dated before the report's days
    own_clause: set[int] = set()  # meetings placed by their own clause only
    # meetings told in passing (a relative clause, mediators named alone): never the one reported
    in_passing: set[int] = set()
    direct = {m.start() for m in _scan(_MEET_DIRECT, _K_MEET_DIRECT, words, masked)}
    and_windows: dict[int, tuple[int, int]] = {}  # second meetings told after "and": clauses
    for m in _MEET.finditer(masked) if not _K_MEET.isdisjoint(words) else ():
        if _visit_where(masked, m.start()) or _stray_comma(analysis, m):
            continue  # "visited Kyiv, where he met ...": the visit rule reads it
        if not m.group("b") and "took part" in m.group(0):
            continue  # "X and Y also took part in the talks": in another's meeting
        if not m.group("b") and m.start() in direct:
            continue  # "Kamikawa and Kihara met Teodoro and Manalo": not a meeting of the two
        participants = resolve_phrase(analysis, doc, m.group("a"))
        participants = _fellows_led(analysis, doc, masked, m, participants)
        participants = _envoy_of(analysis, doc, masked, m, participants)
        # ("During a phone call, Erdogan and Aliyev discussed ...": the call named before)
        phoned = _PHONE.search(masked[m.start() : m.end() + 30]) or _PHONE_TALK.search(
            masked, 0, m.start()
        )
        code = "041" if phoned else "046" if COUNTED_ROUNDS.search(m.group(0)) else "040"
        others = resolve_phrase(analysis, doc, m.group("b")) if m.group("b") else []
        if phoned and _spoke_in_person(analysis, doc, phoned, participants + others):
            code = "040"
        if m.group("b") and (of := _GROUP_OF.match(masked, m.end())) is not None:
            group = analysis.mention(m.group("b"))
            if len(group.entities) > 1 and group.text[:1].islower():
                # "with the leaders of Malaysia, Singapore and Thailand": those of the states
                # named, not the people "the leaders" were before
                others = resolve_phrase(analysis, doc, of.group("s"))
        named = None if m.group("b") else _NAMED_AFTER.match(masked, m.end())
        if named is not None:
            # "met in New York with the foreign ministers of the other two Quad members,
            # Australia's Penny Wong and Japan's Yoshimasa Hayashi": each one named
            others = [
                e
                for slot in _PERSON_SLOT.findall(named.group("list"))
                for e in resolve_phrase(analysis, doc, slot)
            ]
            found.append((participants + others, code, masked[named.end() :]))
            continue
        if len(others) >= 2 and (
            m.group("each")
            or _EACH_ITS_OWN.search(m.group(0))
            or ("sidelines" in words and _sideline_bilaterals(doc, masked, participants, others))
        ):
            # "had meetings with Samantha Power, Victoria Nuland, ...", "had separate
            # conversations with each of his guests": one meeting each (his guests: he hosts)
            hosted = code == "040" and any(
                "guest" in analysis.mention(slot).text.lower()
                for slot in re.findall(r"§[A-Z]\d+§", m.group("b"))
            )
            for other in others:
                found.append(([*participants, other], "043" if hosted else code, masked[m.end() :]))
            continue
        if others and code == "040" and "convened" in m.group(0):
            # "X convened an emergency meeting in Bali with the leaders of A, B and C": X hosts
            # them (unless it was in a state of none of them)
            convened.add(len(found))
        # ("arrived in the UAE from Saudi Arabia, where he held talks in Jeddah with X": its
        # place is its own clause's, not the visit's)
        came_from = _FROM_WHERE.search(masked, 0, m.start())
        if came_from is not None and len(found) not in and_windows:
            # (its own clause's day: "arrived in Tokyo on Thursday from Egypt, where he had held
            # talks ... on Wednesday"; session 37)
            and_windows[len(found)] = (
                _text_end(analysis, masked, came_from.end()),
                len(analysis.sentence.text),
            )
        found.append(
            (
                participants + others,
                # (the state come from was visited: its talks a visit's, session 37)
                "042" if came_from is not None and code == "040" and others else code,
                # (else the state come from: "from Saudi Arabia, where he met X")
                f"{masked[m.start() :]} in {came_from.group('s')}"
                if came_from is not None
                else masked[m.end() :],
            )
        )
        if others:
            found.extend(_met_separately(analysis, doc, participants, code, m.end()))
    if "to" in words:
        for m in _SPOKE_TO.finditer(masked) if not _K_SPOKE_TO.isdisjoint(words) else ():
            phoned = _PHONE_TALK.search(masked) or _PHONE_BEFORE.search(masked, 0, m.start("b"))
            found.append(
                (
                    resolve_phrase(analysis, doc, m.group("a"))
                    + resolve_phrase(analysis, doc, m.group("b")),
                    "041" if phoned or "video" in m.group(0) else "040",
                    masked[m.end() :],
                )
            )
    for m in _DISCUSSED_WITH_BY_PHONE.finditer(masked) if "discussed" in words else ():
        parties = resolve_phrase(analysis, doc, m.group("a"))
        if m.group("b"):
            parties += resolve_phrase(analysis, doc, m.group("b"))
        if len(parties) >= 2:
            found.append((parties, "041", masked[m.end() :]))
    for m in _MEET_DIRECT.finditer(masked) if not _K_MEET_DIRECT.isdisjoint(words) else ():
        if _visit_where(masked, m.start()) or _stray_comma(analysis, m):
            continue
        participants = _fellows_led(
            analysis, doc, masked, m, resolve_phrase(analysis, doc, m.group("a"))
        )
        participants = _envoy_of(analysis, doc, masked, m, participants)
        met_each = resolve_phrase(analysis, doc, m.group("b"))
        if (
            len(met_each) >= 2
            and "sidelines" in words
            and _sideline_bilaterals(doc, masked, participants, met_each)
        ):
            # "Xi also met Pakistani Prime Minister X and Belarusian President Y on the
            # sidelines": one meeting with each
            found.extend(([*participants, other], "040", masked[m.end() :]) for other in met_each)
            continue
        if _LAST_MET.search(m.group(0)):
            told.add(len(found))  # "Albanese last met Xi in Bali in September": an earlier meeting
        found.append((participants + met_each, "040", masked[m.end() :]))
        found.extend(_met_separately(analysis, doc, participants, "040", m.end()))
    if "§D" in masked and doc.meeting is not None and not _K_MEET_DIRECT.isdisjoint(words):
        for m in _DEMONYM_OFFICIAL_MET.finditer(masked):
            # "The Iranian official later met Iraqi President Rashid": the Iranian who took part
            # in the meeting the article reported
            state = analysis.mention(m.group("d")).entity
            ours = [
                e
                for e in doc.meeting.entities("participant")
                if e.kind is EntityKind.PERSON
                and state is not None
                and (side := side_of(doc, e)) is not None
                and side.key == state.key
            ]
            if len(ours) == 1:
                found.append(
                    (
                        [*ours, *resolve_phrase(analysis, doc, m.group("b"))],
                        "040",
                        masked[m.end() :],
                    )
                )
    for m in _CALLED_ON.finditer(masked) if not _K_CALLED_ON.isdisjoint(words) else ():
        found.append(
            (
                resolve_phrase(analysis, doc, m.group("a"))
                + resolve_phrase(analysis, doc, m.group("b")),
                "042",
                masked[m.end() :],
            )
        )
    for m in _AND_MET.finditer(masked) if not _K_AND_MET.isdisjoint(words) else ():
        # ("Zelensky met Biden in December, and he met Trudeau in Ottawa in September": the
        # second meeting's date is its own clause's, when it has one; else the sentence's)
        clause = next(
            (c for c in analysis.clauses(_AND_MET_CLAUSE) if c[0] <= m.start("verb") < c[1]),
            None,
        )
        if (
            clause is not None
            and clause[0] > 0
            and _date_within(analysis, (clause[2], clause[3])) is not None
        ):
            and_windows[len(found)] = (clause[2], clause[3])
        found.append(
            (
                resolve_phrase(analysis, doc, m.group("a"))
                + resolve_phrase(analysis, doc, m.group("b")),
                "042" if m.group("on") else "040",
                masked[m.end() :],
            )
        )
    for m in _BETWEEN.finditer(masked) if not _K_BETWEEN.isdisjoint(words) else ():
        before = masked[max(0, m.start() - 50) : m.start()]
        if _TOPIC_BEFORE.search(before) and not _MEDIATING_BEFORE.search(before):
            continue  # "the importance of the dialogue between Serbia and Kosovo": a topic
            # (not "The AU has been facilitating talks between ...": talks held; session 33)
        if _NOT_HAPPENED.search(before) or _TO_HOLD.search(before):
            continue  # "Kenya's decision to host the next round of talks between ...": not yet
        if _PLANNED.match(masked, m.end()):
            continue  # "Talks between Armenia and Azerbaijan are planned for June"
        if _HOSTED_BEFORE.search(before) and m.group(0)[:1].lower() in "tms":
            continue  # "Oman hosted indirect talks between Iran and the United States": the
            # hosted meeting (_HOSTED_MEETING reads talks, meetings and summits)
        code = (
            "041"
            # "A telephone conversation took place between ..."
            if _PHONE.search(m.group(0)) or _PHONE_BEFORE.search(masked, 0, m.start())
            else (
                "046"
                if "negotiations" in m.group(0)
                # "peace talks between ...", "talks between X and Y, which began on May 6":
                # negotiations of several days
                or _PEACE_BEFORE.search(masked, max(0, m.start() - 12), m.start())
                # "two rounds of talks between ...": rounds of negotiation (session 35b)
                or _ROUNDS_BEFORE.search(masked, max(0, m.start() - 40), m.start())
                or _TALKS_BEGAN.match(masked, m.end())
                else "040"
            )
        )
        if _DAYS_OF_BEFORE.search(masked, max(0, m.start() - 40), m.start()):
            # "announced on Friday after four days of talks between ...": not the talks' day
            ended.add(len(found))
        between = m.group("a")
        if "§D" in between:
            between = _CROWN_DEMONYM.sub("", between)
        found.append((resolve_phrase(analysis, doc, between), code, masked[m.end() :]))
    # the states of officials a host met unnamed, by index in ``found``: "a meeting of the
    # foreign ministers of Jordan and Egypt and U.S. Secretary of State Blinken"
    unnamed: dict[int, list[Entity]] = {}
    for m in _HOST.finditer(masked) if not _K_HOST.isdisjoint(words) else ():
        guests = resolve_phrase(analysis, doc, m.group("b"))
        if (
            _SUMMIT_AFTER.match(masked, m.end())
            and (summit_match := _HOSTED_MEETING.match(masked, m.start())) is not None
            and (summit_match.group("by") or summit_match.group("b") or summit_match.group("of"))
        ):
            continue  # "X hosted the ECOWAS summit in Abuja, attended by Y and Z": the summit's
            # host and those who attended it (_HOSTED_MEETING), not X with ECOWAS (session 29)
        participants = resolve_phrase(analysis, doc, m.group("a")) + guests
        # "Stoltenberg welcomed Finland" is praise (a guest welcomed is a person, or comes "to")
        people = guests if re.search(r"\bwelcome", m.group(0)) else participants
        if m.group("meal") and (
            m.group("of")
            or not re.fullmatch(r"§P\d+§", m.group("b"))
            or len(analysis.mention(m.group("b")).entities) != 1
            or not all(e.kind is EntityKind.PERSON for e in guests)
        ):
            continue  # (a dinner for one person named: not "for the Pacific leaders", "a
            # reception for the diplomatic corps")
        if any(e.kind is EntityKind.PERSON for e in people) or m.group("to") or m.group("of"):
            # "welcomed Y to Canberra": the city is the place
            to_city = _TO_CITY.match(m.group("to") or "")
            city = f" in {to_city.group('c')}" if to_city else ""
            if m.group("of"):
                unnamed[len(found)] = _unnamed_officials(analysis, m.group("b"), guests)
            found.append((participants, "043", f"{city}{masked[m.end() :]}"))
    for m in _HOSTED_MEETING.finditer(masked) if not _K_HOSTED_MEETING.isdisjoint(words) else ():
        hosting = resolve_phrase(analysis, doc, m.group("a"))
        if m.group("b") or m.group("by") or m.group("of") or m.group("inc"):
            guests = resolve_phrase(
                analysis, doc, m.group("b") or m.group("by") or m.group("of") or m.group("inc")
            )
        elif m.group("org"):
            # (a body the KB knows: not "the ministerial conference of the Moldova Support
            # Platform", a forum of states the text names elsewhere)
            guests = [
                e
                for e in entities_of(analysis, m.group("org"))
                if e.kind is EntityKind.ORGANIZATION and e.qid is not None
            ]
        elif m.group("group"):
            surface = _SLOT_TEXT.sub(lambda d: analysis.mention(d.group(0)).text, m.group("group"))
            guests = [Entity.unlinked(" ".join(surface.split()), EntityKind.ORGANIZATION)]
        else:
            guests = [
                e
                for e in entities_of(analysis, m.group("name"))
                if e.kind is EntityKind.ORGANIZATION
            ]
        if guests and m.group("b") and doc.meeting is not None and _same_sides(doc, guests):
            # "Joint Statement on United States-Ukraine Meeting in Jeddah. Saudi Arabia hosted
            # talks in Jeddah between the United States and Ukraine": the meeting reported
            found.append((guests, "040", masked[m.end() :]))
        elif guests:
            if m.group("of"):
                unnamed[len(found)] = _unnamed_officials(analysis, m.group("of"), guests)
            found.append((hosting + guests, "043", masked[m.end() :]))
    for m in _RECEIVED_BY.finditer(masked) if not _K_RECEIVED_BY.isdisjoint(words) else ():
        participants = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
            analysis, doc, m.group("b")
        )
        found.append((participants, "043", masked[m.end() :]))
    if ("after" in words or "following" in words or "in" in words or "during" in words) and (
        not _K_SAID_AFTER_MEETING.isdisjoint(words) or masked.startswith(("Speaking", "Addressing"))
    ):
        found.extend(_said_after_meeting(analysis, doc, masked))
    if "met" in words and "by" in words:
        for m in _MET_BY.finditer(masked):
            people = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
                analysis, doc, m.group("b")
            )
            if len(people) >= 2 and all(e.kind is EntityKind.PERSON for e in people):
                found.append((people, "040", masked[m.end() :]))
    if "hosted" in words:
        for m in _JOINED_HOSTED.finditer(masked) if not _K_JOINED_HOSTED.isdisjoint(words) else ():
            guests = resolve_phrase(analysis, doc, m.group("a"))
            hosting = [e for e in resolve_phrase(analysis, doc, m.group("h")) if e not in guests]
            found.append((guests + hosting, "043", masked[m.end() :]))
    hosted_after: tuple[int, int] | None = None  # (a second clause's hosting: ``found``, where)
    if "and" in words and not _K_AND_HOSTED.isdisjoint(words):
        second = _AND_HOSTED.match(masked, intro_end(masked))
        if second is not None:
            hosting = resolve_phrase(analysis, doc, second.group("a"))
            if all(e.kind is EntityKind.PERSON for e in hosting):
                hosted_after = (len(found), second.start("and"))
                guests = resolve_phrase(analysis, doc, second.group("b"))
                found.append((hosting + guests, "043", masked[second.end() :]))
    for m in _CREDENTIALS.finditer(masked) if not _K_CREDENTIALS.isdisjoint(words) else ():
        if masked.startswith(",", m.end("b")) and (
            (last := _LAST_SLOT.search(m.group("b"))) is None
            or "," not in analysis.mention(last.group(0)).text
        ):
            continue  # (a comma no apposition of the holder's explains)
        participants = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
            analysis, doc, m.group("b")
        )
        found.append((participants, "043", masked[m.end() :]))
    for m in itertools.chain(
        (_VISIT.finditer(masked) if not _K_VISIT.isdisjoint(words) else ()),
        (_STAY.finditer(masked) if not _K_STAY.isdisjoint(words) else ()),
    ):
        if m.re is _VISIT and m.group("now") and _NOT_NOW.search(masked):
            continue  # "arrives in Moscow tomorrow": not yet
        if (
            m.re is _VISIT
            and m.group("now")
            and not analysis.in_title
            and _TRIP_VERB_NOW.match(m.group("now"))
            and (set_for := _SCHEDULED.search(masked, m.end(), m.end() + 80)) is not None
            and (
                doc.article.date is None
                or set_for.group("d") != doc.article.date.strftime("%A")  # (not the day itself)
            )
        ):
            continue  # "travels to Budapest on Thursday for talks": a trip the body schedules
            # (a headline's present tells what happened; the body's, with a day, what will)
        if _armed_visitor(analysis, m.group("a")):
            continue  # "Russian warships arrived in Havana for a port call": no diplomatic visit
        if _IN_RELATIVE.search(masked, 0, m.start("a")):
            continue  # "Anwar, who made his first visit abroad to Indonesia, arrived in
            # Singapore": a state inside the relative clause is no visitor
        visitor = resolve_phrase(analysis, doc, m.group("a"))
        if (
            m.re is _VISIT
            and m.group("landed")
            and not all(e.kind is EntityKind.PERSON for e in visitor)
        ):
            continue
        if m.re is _VISIT and m.group("ended"):
            ended.add(len(found))
        if m.re is _VISIT and m.group("last"):
            told.add(len(found))  # "last visited Russia in 2016": an earlier visit
        if (
            m.re is _VISIT
            and _SINCE_BEFORE.search(masked, 0, m.start("a"))
            and len(clauses := analysis.clauses(_SINCE_CUT)) == 2
        ):
            # "the first since the late Sultan Qaboos visited Tehran in 2009": an earlier visit,
            # of the year its own clause gives (a year after "since" is else a start)
            told.add(len(found))
            and_windows[len(found)] = (clauses[1][2], clauses[1][3])
        host = analysis.mention(m.group("b"))
        # "traveled to Kyiv today, where he met with Foreign Minister Kuleba": the one met
        # (after the state of the city: "travelled to Naypyidaw, Myanmar, for talks with ...")
        after = _after_city_state(analysis, doc, host, masked, m.end())
        visit_code = "042"
        hosts = (
            _VISIT_HOST.match(masked, after)
            or _WHERE_MET.match(masked, after)
            or (_INVITED_BY.match(masked, after) if "invitation" in words else None)
        )
        if m.re is _VISIT and m.group("area") and not hosts:
            continue  # ("visited the occupied regions of Ukraine": no one met there)
        if hosts:
            participants = visitor + resolve_phrase(analysis, doc, hosts.group("h"))
            if " and " in hosts.group(0) and _AND_ON_DAY.search(hosts.group(0)):
                # "traveled to Madrid on Tuesday and on Wednesday met Sanchez": the talks' day
                clause = next(
                    (c for c in analysis.clauses(_AND_ON_DAY) if c[0] <= hosts.end() <= c[1]),
                    None,
                )
                if (
                    clause is not None
                    and clause[0] > 0
                    and _date_within(analysis, (clause[2], clause[3])) is not None
                ):
                    and_windows[len(found)] = (clause[2], clause[3])
        elif (
            "hosted" in words
            and (summit := _SUMMIT_HOSTED_BY.match(masked, after)) is not None
            and len(summit_host := resolve_phrase(analysis, doc, summit.group("h"))) == 1
        ):
            # "last visited Washington for the U.S.-Africa Leaders Summit hosted by President X":
            # the visitor hosted by X (session 37, meetings)
            participants = visitor + summit_host
            visit_code = "043"
        else:
            participants = visitor + _visited(doc, host)
        visits[len(found)] = m.start()
        opened = m.start()
        if (aside := _MET_ASIDE.match(masked, m.end("a"))) is not None:
            # "Li Hui, who met Kuleba in Kyiv last week, arrived in Warsaw on Monday": the
            # visit's place and day are told after the aside (its meeting is read on its own)
            clauses = analysis.clauses(_MET_ASIDE)
            if len(clauses) == 2:
                and_windows[len(found)] = (clauses[1][2], clauses[1][3])
                opened = aside.end()
        if (
            "where" in words
            and len(found) not in and_windows
            and (came := _CAME_FROM_WHERE.search(masked, m.start())) is not None
        ):
            # "travelled to Kyiv from Poland, where he had held talks in Warsaw on 22 August":
            # the day is the talks', not the journey's (session 37, meetings)
            and_windows[len(found)] = (0, _text_end(analysis, masked, came.end()))
        found.append((participants, visit_code, masked[opened:]))
        pos = m.end()
        while not hosts and (more := _MORE_PLACES.match(masked, pos)) is not None:
            # "traveled to Tokyo and Seoul": a visit to each
            pos = more.end()
            then = analysis.mention(more.group("p"))
            if m.re is _VISIT and m.group("ended"):
                ended.add(len(found))
            found.append((visitor + _visited(doc, then), "042", f"visited {more.group('p')}"))
    if not _K_FRONTED_VISIT.isdisjoint(words):
        dateline = DATELINE.match(masked)
        ahead = _FRONTED_VISIT.match(masked, dateline.end() if dateline else 0) or (
            _ON_VISIT_ASIDE.match(masked, dateline.end() if dateline else 0)
        )
        visitor = resolve_phrase(analysis, doc, ahead.group("a")) if ahead is not None else []
        if (
            ahead is not None
            and ahead.group("verb") not in _MEETING_VERBS
            and visitor
            and all(e.kind is EntityKind.PERSON for e in visitor)
        ):
            # (a person's visit: not "On a visit to Kyiv, Poland announced ...")
            host = analysis.mention(ahead.group("b"))
            city = f" in {ahead.group('b')}" if host.code is Code.CITY else ""
            found.append((visitor + _visited(doc, host), "042", f"{city}{ahead.group('rest')}"))
    if not (_K_VISIT_TOWN.isdisjoint(words) or _K_VISIT_TOWN_WHY.isdisjoint(words)):
        for m in _VISIT_TOWN.finditer(masked):
            if (hosts := _VISIT_HOST.match(masked, m.end())) is not None:
                participants = resolve_phrase(analysis, doc, m.group("a"))
                participants += resolve_phrase(analysis, doc, hosts.group("h"))
                found.append((participants, "042", masked[hosts.end() :]))
    for m in _NOMINAL_VISIT.finditer(masked) if not _K_NOMINAL_VISIT.isdisjoint(words) else ():
        if _NOT_HAPPENED.search(masked[max(0, m.start() - 40) : m.end() + 40]):
            continue
        visitor = resolve_phrase(analysis, doc, m.group("a") or m.group("a2"))
        host = analysis.mention(m.group("b"))
        if doc.meeting is not None and _same_sides(doc, visitor + list(host.entities)):
            continue  # the visit of the meeting this article reports
        if _reaction_to_visit(analysis, doc, m.start(), visitor + _visited(doc, host)):
            continue  # "China condemned the visit of the Taiwanese president to the US"
        # the place is the city visited: read it as "in <city>"
        city = f" in {m.group('b')}" if host.code is Code.CITY else ""
        found.append((visitor + _visited(doc, host), "042", f"{city}{masked[m.end() :]}"))
    for m in _NOMINAL_MEETING.finditer(masked) if not _K_NOMINAL_MEETING.isdisjoint(words) else ():
        if _NOT_HAPPENED.search(masked[max(0, m.start() - 40) : m.end() + 40]):
            continue
        code = "041" if re.search(r"[Cc]all|[Pp]hone", m.group("what")) else "040"
        found.append(
            (
                resolve_phrase(analysis, doc, m.group("a"))
                + resolve_phrase(analysis, doc, m.group("b")),
                code,
                masked[m.end() :],
            )
        )
    if not _K_DECIDED_AT.isdisjoint(words) and not _K_DELEGATES.isdisjoint(words):
        for m in _DECIDED_AT_MEETING.finditer(masked):
            # "The decision was taken at a meeting of delegations from the two countries in
            # Djibouti": the states whose delegations met
            parties = [e for e in entities_of(analysis, m.group("a")) if e.kind is EntityKind.STATE]
            if len(parties) >= 2:
                found.append((parties, "040", masked[m.end() :]))
    for m in _CHAIRED_BY.finditer(masked) if not _K_CHAIRED_BY.isdisjoint(words) else ():
        if re.match(r"(?i)summit|meeting", m.group(0)) and (
            _hosted_summit_told(analysis, doc) or _organisations_summit(doc)
        ):
            continue  # (those who co-chaired a summit told hosted: hosted_summits; or a summit
            # of organisations reported: its parties met, session 29)
        found.append((resolve_phrase(analysis, doc, m.group("a")), "040", masked[m.end() :]))
    for m in _PAIR_TALKS.finditer(masked) if not _K_PAIR_TALKS.isdisjoint(words) else ():
        happened = (
            analysis.in_title
            or re.search(
                r"\b(?:were|was|have\s+been|has\s+been)\s+held\b|\btook\s+place\b"
                # "The NATO-Ukraine Council met in Brussels": a council that meets
                + (r"|^\s+(?:also\s+)?met\b" if m.group("body") else ""),
                masked[m.end() :],
            )
        )
        if happened and not re.search(r"\b(?:will|next|upcoming|future)\b", masked[: m.start()]):
            parties = resolve_phrase(analysis, doc, m.group("a")) or [
                e for e in entities_of(analysis, m.group("a")) if e.kind is EntityKind.STATE
            ]
            found.append((parties, "040", masked[m.end() :]))
    for m in _JOINED.finditer(masked) if not _K_JOINED.isdisjoint(words) else ():
        found.append(
            (
                resolve_phrase(analysis, doc, m.group("a"))
                + resolve_phrase(analysis, doc, m.group("b")),
                "040",
                masked[m.end() :],
            )
        )
    for m in (
        _JOINT_BODY_SESSION.finditer(masked) if not _K_JOINT_BODY_SESSION.isdisjoint(words) else ()
    ):
        code = "046" if "negotiat" in masked[m.start() : m.end()].lower() else "040"
        parties = [e for e in entities_of(analysis, m.group("a")) if e.kind is EntityKind.STATE]
        found.append((parties, code, masked[m.start("held") :]))
    for m in (
        _JOINT_BODY_BETWEEN.finditer(masked) if not _K_JOINT_BODY_BETWEEN.isdisjoint(words) else ()
    ):
        joint = analysis.mention(m.group("o"))
        if joint.entity is not None and not joint.entity.is_linked and "Joint" in joint.text:
            parties = [e for e in entities_of(analysis, m.group("a")) if e.kind is EntityKind.STATE]
            found.append((parties, "040", masked[m.end() :]))
    for m in _MEETING_OF.finditer(masked) if not _K_MEETING_OF.isdisjoint(words) else ():
        found.append((resolve_phrase(analysis, doc, m.group("a")), "040", masked[m.end() :]))
    for m in _scan(_MEETING_ASIDE, _K_MEETING_ASIDE, words, masked):
        found.append((resolve_phrase(analysis, doc, m.group("a")), "040", masked[m.start() :]))
    for m in _PHONED.finditer(masked) if not _K_PHONED.isdisjoint(words) else ():
        if _stray_comma(analysis, m):
            continue
        caller = resolve_phrase(analysis, doc, m.group("a"))
        if m.group("p") and not all(e.kind is EntityKind.PERSON for e in caller):
            continue  # "Russia called Zelensky ...": a label, not a call
        for called in resolve_phrase(analysis, doc, m.group("b") or m.group("p")):
            # "Erdogan telephoned Zelensky and Putin": a call each
            found.append(([*caller, called], "041", ""))
    for m in _scan(_TALKS_WHERE_VISITING, _K_TALKS_WHERE_VISITING, words, masked):
        subject = _SUBJECT_PERSON.match(masked, intro_end(masked))
        if subject is not None and subject.end() <= m.start():
            people = resolve_phrase(analysis, doc, subject.group("a"))
            guests = [e for e in resolve_phrase(analysis, doc, m.group("b")) if e not in people]
            found.append(([*people, *guests], "042", masked[m.start() :]))
    for paid in _visits_in_passing(analysis, doc, masked):
        recalled.add(len(found))  # (historical when dated before the report's days)
        in_passing.add(len(found))
        found.append(paid)
    for call in _counted_calls(analysis, doc, masked):
        in_passing.add(len(found))  # (several calls: none of them the one meeting reported)
        found.append(call)
    for relative, perfect in _talks_that_held(analysis, doc, masked):
        own_clause.add(len(found))
        in_passing.add(len(found))
        if perfect:
            told.add(len(found))  # ("talks that X had conducted with both sides": before the act)
        found.append(relative)
    for m in _scan(_CREDENTIALS_AMONG, _K_CREDENTIALS_AMONG, words, masked):
        participants = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
            analysis, doc, m.group("b")
        )
        found.append((participants, "043", masked[m.end() :]))
    if not found and not _K_JOINT_MEDIATION.isdisjoint(words):
        mediation = _joint_mediation(analysis, doc, masked)
        if mediation is not None:
            recalled.add(len(found))  # (historical when dated before the report's days)
            in_passing.add(len(found))
            if mediation[1]:
                told.add(len(found))  # ("the mediation had been led by ...": before the act)
            found.append(mediation[0])
    fronted = None
    pair: tuple[list[Entity], re.Match[str]] | None = None
    occasion_window: tuple[int, int] | None = None
    occasion_index = -1
    remote: set[int] = set()  # the meetings of ``found`` held by video link
    if not _K_FRONTED.isdisjoint(words):
        # (after a wire dateline: "MOSCOW, May 4 (Reuters) - At a meeting with ...")
        dateline = DATELINE.match(masked)
        start = dateline.end() if dateline else 0
        fronted = _FRONTED.match(masked, start)
    if fronted is not None:
        what = fronted.group("what") or fronted.group("phone") or fronted.group("phoneto") or ""
        code = "041" if re.search(r"call|phone|video", what) else "040"
        participants = resolve_phrase(analysis, doc, fronted.group("a")) + resolve_phrase(
            analysis, doc, fronted.group("b")
        )
        found.append((participants, code, fronted.group("rest")))
    elif (pair := _fronted_pair(analysis, doc, masked)) is not None:
        code = "041" if re.search(r"call|phone|video", pair[1].group("what")) else "040"
        found.append((pair[0], code, pair[1].group("rest")))
    elif (pair := _during_talks_pair(analysis, doc, masked)) is not None:
        found.append((pair[0], "040", pair[1].group("rest")))
    elif "with" in words and (each := _WITH_AND_WITH.match(masked, intro_end(masked))):
        convener = resolve_phrase(analysis, doc, each.group("a"))
        for with_slot in (each.group("b"), each.group("c")):
            found.append(
                (
                    [*convener, *resolve_phrase(analysis, doc, with_slot)],
                    "040",
                    masked[each.end() :],
                )
            )
    elif "when" in words and (when_met := _WHEN_THEY_MET.match(masked, intro_end(masked))):
        found.append(
            (
                resolve_phrase(analysis, doc, when_met.group("a"))
                + resolve_phrase(analysis, doc, when_met.group("b")),
                "040",
                masked[when_met.end() :],
            )
        )
    elif "ceremony" in words and (rite := _JOINT_CEREMONY.match(masked, intro_end(masked))):
        together = resolve_phrase(analysis, doc, rite.group("a"))
        if len(together) >= 2:
            if rite.group("remote"):
                remote.add(len(found))  # (no venue: not the dateline's town)
            found.append((together, "040", masked[rite.end() :]))
    if pair is not None and occasion is not None:
        # (dated by the text up to the talks: not "agreed to meet next year")
        occasion_window = (0, _text_end(analysis, masked, occasion))
        occasion_index = len(found) - 1
    trailing = (
        None
        if fronted is not None
        or "with" not in words
        or _K_TRAILING_WHAT.isdisjoint(words)
        or _K_TRAILING_MEETING.isdisjoint(words)
        else _TRAILING_MEETING.match(masked, intro_end(masked))
    )
    aside = (
        None
        if fronted is not None
        or trailing is not None
        or ("with" not in words and "phone" not in words and "telephone" not in words)
        else _ASIDE_CALL.search(masked)
    )
    if aside is not None and not FUTURE.search(aside.group(0)):
        what = aside.group("what") or aside.group("phone")
        code = "041" if re.search(r"call|phone|video", what) else "040"
        participants = resolve_phrase(analysis, doc, aside.group("a")) + resolve_phrase(
            analysis, doc, aside.group("b")
        )
        found.append((participants, code, aside.group("rest")))
    if trailing is not None:
        code = "041" if re.search(r"call|phone", trailing.group("what")) else "040"
        participants = resolve_phrase(analysis, doc, trailing.group("a")) + resolve_phrase(
            analysis, doc, trailing.group("b")
        )
        recalled.add(len(found))
        found.append((participants, code, masked[trailing.end() :]))
    theirs = (
        None
        if fronted is not None
        or trailing is not None
        or not ("their" in words or ("told" in words and "during" in words))
        else _THEIR_MEETING.match(masked, intro_end(masked))
        or (
            _THEIR_MEETING.match(masked, said_he.end())
            if (said_he := _SAID_HE.match(masked, intro_end(masked))) is not None
            else None
        )
    )
    if theirs is not None and not _K_TRAILING_MEETING.isdisjoint(words):
        code = "041" if re.search(r"call|phone", theirs.group("what")) else "040"
        participants = resolve_phrase(analysis, doc, theirs.group("a")) + resolve_phrase(
            analysis, doc, theirs.group("b")
        )
        recalled.add(len(found))
        found.append((participants, code, masked[theirs.end() :]))
    if reported is not None:
        participants = resolve_phrase(analysis, doc, reported.group("a")) + resolve_phrase(
            analysis, doc, reported.group("b")
        )
        found.append((participants, "041", ""))
    if "with" in words:
        for m in (
            _DISCUSSED_BY_PHONE.finditer(masked)
            if not _K_DISCUSSED_BY_PHONE.isdisjoint(words)
            else ()
        ):
            caller = (
                pronoun_entities(doc, m.group("pro"))
                if m.group("pro")
                else resolve_phrase(analysis, doc, m.group("a"))
            )
            told.add(len(found))
            ended.add(len(found))
            found.append(([*caller, *resolve_phrase(analysis, doc, m.group("b"))], "041", ""))
    for m in _CALL_FROM.finditer(masked) if not _K_CALL_FROM.isdisjoint(words) else ():
        participants = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
            analysis, doc, m.group("b")
        )
        cameo = "041" if m.group("phone") is not None else "043"
        found.append((participants, cameo, masked[m.end() :]))
    if (
        not found
        and not (_K_CALL_ACT.isdisjoint(words) and _K_CALL_SAID_TO.isdisjoint(words))
        and (_PHONE_TALK.search(masked) or ("call" in words and _FRONTED_CALL.match(masked)))
    ):
        # "Erdogan congratulated Tokayev on his re-election in a phone call", "In a phone call on
        # Tuesday, Erdogan told Putin that ...": the call, of the one who speaks and the one
        # spoken to ("raised X with Y in a phone call", "expressed condolences to Y": session 39b)
        phoned_to = (
            _CALL_ACT.search(masked, intro_end(masked))
            if not _K_CALL_ACT.isdisjoint(words)
            else None
        )
        if (
            phoned_to is None
            and not _K_CALL_SAID_TO.isdisjoint(words)
            and not _CALL_NAMES_PARTNER.search(masked)
        ):
            phoned_to = _CALL_SAID_TO.search(masked, intro_end(masked))
        if phoned_to is not None:
            participants = resolve_phrase(analysis, doc, phoned_to.group("a")) + resolve_phrase(
                analysis, doc, phoned_to.group("b")
            )
            found.append((participants, "041", masked[phoned_to.end() :]))
    for m in itertools.chain(
        (_HELD_WITH.finditer(masked) if not _K_HELD_WITH.isdisjoint(words) else ()),
        (_BROUGHT_TOGETHER.finditer(masked) if not _K_BROUGHT_TOGETHER.isdisjoint(words) else ()),
    ):
        kinds = (EntityKind.STATE, EntityKind.PERSON)
        parties = [e for e in entities_of(analysis, m.group("p")) if e.kind in kinds]
        # "The summit, hosted by Kenyan President William Ruto, brought together ...": the host
        # meets those it gathered (session 26)
        hosted_by = _BROUGHT_HOST.search(masked, m.start(), m.start("p"))
        gatherers = [
            e
            for e in (entities_of(analysis, hosted_by.group("h")) if hosted_by else ())
            if e.kind in kinds and e not in parties
        ]
        if len(parties) >= 2 or (gatherers and parties):
            negotiated = "negotiat" in masked[m.start() : m.end()]
            code = "046" if negotiated else "043" if gatherers else "040"
            found.append(([*gatherers, *parties], code, masked[m.start() :]))
    for m in _HELD_BY.finditer(masked) if not _K_HELD_BY.isdisjoint(words) else ():
        negotiation = m.group("n") or _ARMS_TALKS.search(masked, max(0, m.start() - 40), m.start())
        if _FOLLOWS.search(masked, max(0, m.start() - 60), m.start()):
            earlier.add(len(found))
        code = "046" if negotiation else "040"
        found.append((resolve_phrase(analysis, doc, m.group("p")), code, masked[m.start() :]))
    for m in _TALKS_BEFORE.finditer(masked) if not _K_TALKS_BEFORE.isdisjoint(words) else ():
        parties = _talks_parties(analysis, doc, masked, m.start())
        if len(parties) >= 2:
            # (dated by "that began on March 6" only, not by the act they came before; talks
            # not told as long are of the act's day: "announced the upgrade on Sunday after
            # talks at the party's headquarters")
            if m.group("long") or m.group("long_adj") or m.group("what") != "talks":
                ended.add(len(found))
            code = "046" if m.group("what") == "negotiations" else "040"
            found.append((parties, code, masked[m.start() :]))
    if not _K_ROUND_HELD.isdisjoint(words) and (
        (held_round := _ROUND_HELD.match(masked, intro_end(masked))) is not None
        and "§" not in masked[: held_round.end()]
    ):
        # (a pair named before this sentence: not "..., months after Colombia and Venezuela
        # restored relations", whose states this sentence names itself: session 29)
        parties = list(doc.finder.pair()) if doc.finder.pair_at != doc.finder.index else []
        if len(parties) == 2 and not re.search(
            r"\b(?:with|between|by|involving)\s+(?:the\s+)?§", masked[held_round.end() :]
        ):  # (not "took place in Cairo with Sudan": a third party too)
            found.append((parties, "046", masked[held_round.end() :]))
    for m in _TALKS_BY.finditer(masked) if not _K_TALKS_BY.isdisjoint(words) else ():
        if _MEDIATION_HEDGED.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "called for talks mediated by the UN"
        if m.group("b"):
            parties = resolve_phrase(analysis, doc, m.group("b"))
        elif (subject := _PAIR_SUBJECT.match(masked, intro_end(masked))) is not None and (
            subject.end("s") <= m.start()
        ):
            parties = resolve_phrase(analysis, doc, subject.group("s"))
        elif doc.meeting is not None:
            parties = list(doc.meeting.entities("participant"))
        else:
            parties = []
        parties = _people_or_parties(parties)
        if len(parties) >= 2:
            found.append((parties, "046", masked[m.start() :]))
    for m in _RECALLED_SUMMIT.finditer(masked) if not _K_RECALLED_SUMMIT.isdisjoint(words) else ():
        parties = resolve_phrase(analysis, doc, m.group("a"))
        if len(parties) >= 2:
            recalled.add(len(found))
            found.append((parties, "040", masked[m.end() :]))
    blocs: list[tuple[list[Entity], str, str]] = []
    # (as the subject only: where the introductory phrases end, with no comma in a match to span
    # their last one)
    bloc_met = None if _K_BLOC_MET.isdisjoint(words) else _BLOC_MET.match(masked, intro_end(masked))
    if bloc_met is not None:
        bloc = (
            _named_before(doc, bloc_met.group("head"), by_name=True)
            if bloc_met.group("head")
            else analysis.mention(bloc_met.group("o") or bloc_met.group("o2")).entity
        )
        if bloc is not None and (
            bloc.kind is EntityKind.ORGANIZATION
            # the European Union, a state in the KB's kinds, with member states
            or (bloc.qid is not None and doc.finder.kb.members(bloc.qid))
        ):
            blocs.append(([bloc], "040", masked[bloc_met.end() :]))
    if bloc_met is None and all(len(p) < 2 for p, _, _ in found):
        # ("The Arab League held an emergency meeting": the meeting verb's, with no one else)
        body = None if _K_BLOC_MET.isdisjoint(words) else _BODY_MET.match(masked, intro_end(masked))
        own = body.group("o6") or body.group("o") or body.group("o2") if body else None
        bloc = analysis.mention(own).entity if own else None
        if body is not None and body.group("o5"):
            union = analysis.mention(body.group("o5")).entity
            # (a body of a union of states, not "Russia's Security Council": no diplomacy)
            bloc = (
                union
                if union is not None
                and _BODY_NAME.match(analysis.mention(body.group("body")).text)
                and (
                    union.kind is EntityKind.ORGANIZATION
                    or (union.qid is not None and doc.finder.kb.members(union.qid))
                )
                else None
            )
        if body is not None and bloc is not None and not bloc.is_linked:
            # "The OSCE Ministerial Council opened in Vienna": a body the KB lacks, named after
            # its organisation, is the organisation's meeting (session 26b)
            bloc = _body_parent(doc, bloc) or (
                None
                if body.group("organ")
                or body.group("opened")
                # ("Russia's Security Council met": a state's own body, no diplomacy)
                or re.match(r"\S+['’]s\s", bloc.label or "")
                else bloc
            )
        if (
            body is not None
            and body.group("opened")
            and not _BODY_NAME.match(
                analysis.mention(body.group("o") or body.group("o2") or body.group("body")).text
            )
        ):
            bloc = None  # ("NATO opened in Brussels": no body that sits)
        if (
            body is None
            and not _K_BODY_SESSION.isdisjoint(words)
            and not _K_BODY_SESSION_WHAT.isdisjoint(words)
        ):
            body = _BODY_SESSION.search(masked)
            slot = body.group("o") or body.group("o3") or body.group("o4") if body else None
            bloc = analysis.mention(slot).entity if slot else None
        if (
            body is not None
            and bloc is not None
            and (
                bloc.kind is EntityKind.ORGANIZATION
                # ("The European Union's Political and Security Committee met": a union of states)
                or (bloc.qid is not None and bool(doc.finder.kb.members(bloc.qid)))
            )
            # (not a body named by its kind only, which the KB cannot tell: "the Security
            # Council held an open meeting" names no one of it)
            and (bloc.qid is not None or not _GENERIC_BODY.fullmatch(bloc.label or ""))
        ):
            host_slot = body.groupdict().get("host")
            hosting = (
                [e for e in entities_of(analysis, host_slot) if e.kind is EntityKind.STATE]
                if host_slot
                else []
            )
            chair = body.groupdict().get("chair")
            if chair is None and (chaired := _CHAIRED_AFTER.match(masked, body.end())) is not None:
                chair = chaired.group("chair")  # "... opened in Vientiane, chaired by X"
            if chair and not hosting:
                hosting = [e for e in entities_of(analysis, chair) if e.kind is EntityKind.PERSON]
            blocs.append(([*hosting, bloc], "043" if hosting else "040", masked[body.end() :]))
        elif "headquarters" in words and (seat := _AT_HEADQUARTERS.search(masked)) is not None:
            bloc = (
                analysis.mention(seat.group("o")).entity
                if seat.group("o")
                else _named_before(doc, seat.group("head"))
            )
            if bloc is not None and bloc.kind is EntityKind.ORGANIZATION:
                blocs.append(([bloc], "040", masked[seat.end() :]))
    if blocs and "request" in words:
        blocs = [_requested(analysis, bloc) for bloc in blocs]
    if not found and not blocs and doc.meeting is not None:
        venue = _TOOK_PLACE.match(masked, intro_end(masked))
        if venue is not None:
            # "The meeting took place in Sochi": where (and when) the meeting reported was held
            held = analysis.mention(venue.group("p"))
            if held.entity is not None and held.code in {Code.CITY, Code.STATE}:
                said: dict[str, Sequence[Value]] = {"place": [held.entity]}
                if (when := act_date(analysis)) is not None:
                    said["date"] = [when]
                _restate(doc, analysis, said)
            return
        if (
            doc.meeting.get("startDate")
            and _HELD_ON.match(masked, intro_end(masked)) is not None
            and (held_day := _day_within(analysis, doc.meeting)) is not None
        ):
            # "paid a state visit to Ankara on 21-23 December. The bilateral meeting of the two
            # presidents was held on 22 December": the talks' own day
            _restate(doc, analysis, {"date": [held_day]})
            return
        d = _DISCUSSED.search(masked) if _may_discuss(masked) else None
        if d and not (d.group("now") and not analysis.in_title):
            participants = _people_or_parties(resolve_phrase(analysis, doc, d.group("a")))
            known = {e.key for e in doc.meeting.entities("participant")}
            if len(participants) >= 2 and {e.key for e in participants} <= known:
                if not _own_meeting_told(analysis, doc, participants):
                    _restate(doc, analysis, _call_day(analysis, doc))
                return
            if not _other_pair_discussed(analysis, doc, masked, d, participants, known):
                return
        else:
            return
    if not found:
        # "Sergey Lavrov and Wang Yi exchanged views on Afghanistan": two sides talking is a
        # consultation even when no meeting verb says so
        d = _DISCUSSED.match(masked, intro_end(masked)) if _may_discuss(masked) else None
        if d and d.group("now") and not analysis.in_title:
            d = None  # (in a body, "Russia and China discuss ..." is no report of talks)
        if d and d.group("a").startswith("§"):
            # "... discussed X in a telephone conversation", "During a phone call, X and Y
            # discussed ...": a call
            code = (
                "041"
                if _PHONE_TALK.search(masked, d.end()) or _PHONE_TALK.search(masked, 0, d.start())
                else "040"
            )
            found.append((resolve_phrase(analysis, doc, d.group("a")), code, masked[d.end() :]))
    participle = (
        _talks_before(analysis, doc, masked, found)
        if ("after" in words or "following" in words) and not _K_PARTICIPLE_TALKS.isdisjoint(words)
        else None
    )
    if participle is not None:
        own_clause.add(len(found))
        found.append(participle[0])
    # a meeting told of in the future did not take place (asked last: few sentences get here)
    if not (found or blocs) or told_as_future(masked):
        return
    windows = _visit_clauses(analysis, visits) if len(visits) > 1 else {}
    windows.update(and_windows)
    if occasion_window is not None:
        windows[occasion_index] = occasion_window
    if participle is not None:
        windows.update(participle[1])
    if hosted_after is not None:
        # each clause its own date: the visit told first, the hosting after "and"
        windows.update(_hosting_clauses(analysis, visits, *hosted_after))
    mediators = _mediators(analysis, doc, masked) if not _K_MEDIATOR.isdisjoint(words) else []
    tails = [tail for _, _, tail in [*found, *blocs]]
    # (the sentence's own span of days, read once for all its meetings)
    span = _from_to(analysis) if "from" in words else None
    began = _began_on(analysis) if span is None else None
    pluperfect = "had" in words and _told_in_pluperfect(masked)
    for i, (participants, code, tail) in enumerate([*found, *blocs]):
        people = _people_or_parties(_own_state_dropped(doc, participants))
        if unnamed.get(i) and all(e.kind is EntityKind.PERSON for e in people):
            # (their states beside the people named: ANNOTATION.md §6, every named party of a
            # multi-party meeting; session 29, gatherings)
            people = [*people, *(e for e in unnamed[i] if e not in people)]
        if len(people) < 2 and not any(participants is b for b, _, _ in blocs):
            continue
        sides = people  # (those who met, without a mediator the sentence names)
        third = (
            _mediators_near(mediators, masked, tails, i)
            if mediators and code not in {"041", "042", "045"}
            else None
        )
        if third is not None:
            # "held talks in Ankara under Turkish mediation", "talks hosted by Kazakhstan":
            # the mediator or host takes part (CAMEO 046 negotiation, 043 hosting)
            joined = _own_state_dropped(doc, [*people, *third[0]])
            if len(joined) > len(sides):
                people = joined
                code = "043" if third[1] else "046"
                doc.mediators |= {e.key for e in people} - {e.key for e in sides}
            else:
                third = None  # (a host of the sides' own: "hosted by South African President X")
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": people,
            "cameoCode": [code],
        }
        window = windows.get(i)
        when = (
            (act_date(analysis) if window is None else _date_within(analysis, window))
            if span is None and began is None and i not in ended
            else None
        )
        if when is None and not analysis.dates and ("also" in words or "," in masked[:30]):
            when = _also_met_on(doc, masked, people)
        if when is None and not analysis.dates and "ceremony" in words:
            when = _around_the_ceremony(doc, masked)
        if when is None and not analysis.dates and "," in masked[:30]:
            when = _parallel_met_on(doc, masked, people)
        if when is None and not analysis.dates and doc.meeting is None and doc.facts:
            when = _lead_day(doc, masked, people)
        if when is not None:
            args["date"] = [when]
            if (
                not _K_LAST_MET.isdisjoint(words)
                and doc.date is not None
                and _before_day(when, doc.date)
                and _LAST_MET.search(masked)
            ):
                # "The leaders last met in December 2021" (no place told): an earlier meeting,
                # not the one reported, which it must neither restate nor date (session 39); "They
                # last spoke by phone on April 20": an earlier call (session 39b)
                told.add(i)
        elif (days := span or act_days(analysis)) is not None:
            args["startDate"], args["endDate"] = [days[0]], [days[1]]
        elif began is not None:
            args["startDate"] = [began[0]]
            if began[1] is not None:
                args["endDate"] = [began[1]]
        own_tail, own_masked = _verb_clause(tail, masked) if code in _CLAUSED else (tail, masked)
        place = (
            None  # a call has no venue ("... to discuss the delegation's visit to Pyongyang")
            if code == "041"
            else _place(analysis, own_tail, doc.kb)
            if i in own_clause
            else _place(analysis, own_tail, doc.kb)
            or _place(analysis, own_masked, doc.kb)
            or _capital_of(analysis, doc, own_masked)
        )
        if (place is None or place.kind is EntityKind.STATE) and code != "041":
            # "held talks in Sochi" (a town the KB lacks): that town, not the visit's state
            place = _unknown_town(own_tail) or place
        if place is not None and place.kind is EntityKind.STATE and tail:
            # "held talks in the Kremlin with X, who is in Russia on an official visit": the
            # building, not the state ("... with Abbas, who is on a state visit to China, at the
            # Great Hall of the People")
            building = _building(analysis, masked)
            if building is not None:
                place = building
        if (
            place is None
            and code == "040"
            and i not in remote
            and when is not None
            and doc.article.date
            and when.as_date() == doc.article.date
        ):
            place = _dateline_place(doc)
        if (
            place is None
            and code != "041"
            and doc.meeting is not None
            and "sidelines" in words
            and _SIDELINES.search(masked)
        ):
            # "On the sidelines of the meeting, Blinken met Aurescu": where (and, on one day,
            # when) the meeting reported was held
            place = next(iter(doc.meeting.entities("place")), None)
            day = next(iter(doc.meeting.get("date")), None)
            if not ({"date", "startDate"} & args.keys()) and isinstance(day, TimeValue):
                when = day
                args["date"] = [when]
        visit = _visit_during(doc, masked, people) if code != "041" else None
        if visit is not None:
            # "During the visit, EAM called on President El-Sisi": where and (for a visit of
            # one day) when the visit was
            place = place or next(iter(visit.entities("place")), None)
            # (or the day the body gave the visit its headline named: "is on an official visit
            # to Uzbekistan. On April 20, X held talks with Y.")
            day = next(iter(visit.get("date")), None) or (
                doc.meeting_date if visit is doc.meeting and not visit.get("startDate") else None
            )
            if not ({"date", "startDate"} & args.keys()) and isinstance(day, TimeValue):
                when = day
                args["date"] = [when]
        # (not a visit to a third state: "met Y, who was visiting New York" is a meeting there)
        visiting = code == "040" and _visitor_met(analysis, masked, people)
        if visiting and (place is None or not _third_country(doc, people, place)):
            code = "042"
            args["cameoCode"] = [code]
        if place is not None:
            args["place"] = [place]
            if code == "040" and _third_country(doc, people, place):
                # "Wang Yi met Blinken in Munich": neither side's state (CAMEO 044)
                code = "044"
                args["cameoCode"] = [code]
        if code == "040" and i in convened:
            code = "043"
            args["cameoCode"] = [code]
        if third is not None and doc.meeting is not None:
            met = {e.key for e in doc.meeting.entities("participant")}
            if (
                {e.key for e in sides} <= met
                and (when is None or doc.meeting_date is None or when == doc.meeting_date)
                and "041" not in doc.meeting.get("cameoCode")
            ):
                # the meeting reported, its mediator named here: one meeting, with the mediator
                _restate(doc, analysis, {**args, "participant": people})
                continue
        if (
            doc.meeting is not None
            and {e.key for e in people} <= {e.key for e in doc.meeting.entities("participant")}
            and not _side_meeting(doc.meeting, people, doc.mediators)
            and i not in told  # (not "they last met in Bali": an earlier meeting)
            # not "Earlier this month, the two leaders met in Brasilia" after today's call: another
            # occasion (a date of its own, or a call against a meeting in person)
            and not (when is not None and doc.meeting_date is not None and when != doc.meeting_date)
            and ("041" in doc.meeting.get("cameoCode")) == (code == "041")
        ):
            if doc.meeting_date is None and when is not None:
                # the headline named the meeting, the body dates it ("today joined ...")
                doc.meeting_date = when
            _restate(doc, analysis, args)
            continue
        past = (
            i in told
            or (pluperfect and not _on_day(when, doc.date))
            or (i in recalled and when is not None and not _days_of_report(when, doc.date))
            or (third is not None and _past_or_news(when, doc.date) is Status.HISTORICAL)
            or (
                i in earlier
                and when is not None
                and doc.date is not None
                and _before_day(when, doc.date)
            )
        )
        fact = doc.add(
            FactClass.MEETING, args, analysis, 0.85, Status.HISTORICAL if past else Status.ASSERTED
        )
        if when is not None and (next_month := _second_month(analysis, when)) is not None:
            # "held in Ankara in July and August": a second occasion
            doc.add(
                FactClass.MEETING,
                {**args, "date": [next_month]},
                analysis,
                0.85,
                _past_or_news(next_month, doc.date) if past else Status.ASSERTED,
            )
        if past or i in in_passing:
            continue  # (no meeting the article reports)
        if (
            # the first meeting told, unless of an earlier year ("One year ago, I welcomed ...")
            not earlier_year(when, doc.date)
            if doc.meeting is None
            # the headline's "U.S.-ASEAN Summit", dated by the body's "Biden today joined ..."
            else doc.meeting_date is None
            and when is not None
            # (not "Putin and Erdogan last met in Astana on 13 October 2022" after today's call)
            and _days_of_report(when, doc.date)
            and (_same_sides(doc, people) or all(e.in_title for e in doc.meeting.evidence))
        ):
            doc.meeting = fact
            doc.meeting_date = when
            doc.finder.ctx.meeting = tuple(people)


# a day right after the call it dates: "in a phone call on Wednesday", "by phone today"
_CALL_DAY_GAP = re.compile(r"\s*(?:,\s*)?(?:on\s+|last\s+)?$")


def _call_day(analysis: Analysis, doc: Doc) -> dict[str, Sequence[Value]] | None:
    """The day of a headline's call that a body's "X and Y discussed ... in a phone call on
    Wednesday" gives: a day of the report's week written right after the call (not the day of
    what they discussed: "the agreements reached during their meeting in Sochi on August 5")."""
    text, base = analysis.sentence.text, analysis.sentence.begin
    for call in _PHONE_TALK.finditer(text):
        for d in analysis.dates:
            gap = text[call.end() : d.begin - base]
            if (
                d.begin - base >= call.end()
                and len(gap) <= 8
                and _CALL_DAY_GAP.fullmatch(gap)
                and d.value.day is not None
                and _days_of_report(d.value, doc.date)
            ):
                return {"date": [d.value]}
    return None


def _body_parent(doc: Doc, body: Entity) -> Entity | None:
    """The organisation the KB knows whose name opens the name of a body it lacks ("OSCE
    Ministerial Council", "ECOWAS Authority of Heads"), when the body is more than it."""
    words = (body.label or "").split()
    for n in range(min(len(words) - 1, 4), 0, -1):
        found = doc.finder.kb.resolve(" ".join(words[:n]), (EntityKind.ORGANIZATION,))
        if found is not None:
            return Entity.linked(found.qid, found.label, EntityKind.ORGANIZATION)
    return None


def _named_before(doc: Doc, head: str, *, by_name: bool = False) -> Entity | None:
    """The organisation "the league" (or "the bloc", "the alliance") stands for: the one named
    last, when a league is one by name; ``by_name``: a bare head word as a meeting's subject
    ("Forum foreign ministers began their meeting"), a linked organisation whose name has that
    word ("bloc": any)."""
    org = doc.finder.ctx.last_org
    if org is None:
        return None
    if by_name:
        named = head.lower() == "bloc" or head.lower() in (org.label or "").lower().split()
        return org if named and org.is_linked else None
    if head.lower() == "league" and "league" not in org.label.lower():
        return None
    return org


def _own_meeting_told(analysis: Analysis, doc: Doc, people: Sequence[Entity]) -> bool:
    """Whether another reading of this sentence already told these people's own meeting ("Yoon
    and Kishida held a separate bilateral meeting and discussed ...": the reading "Yoon and
    Kishida discussed ..." is theirs, not the summit's restated; session 43)."""
    keys = {e.key for e in people}
    begin = analysis.sentence.begin
    return any(
        fact.cls is FactClass.MEETING
        and fact.status is Status.ASSERTED  # (not "during their meeting in Sochi in May")
        and fact.evidence[0].begin == begin
        and not fact.evidence[0].in_title
        and {e.key for e in fact.entities("participant")} == keys
        for fact in doc.facts
    )


def _side_meeting(
    meeting: Fact, people: Sequence[Entity], mediators: frozenset[str] = frozenset()
) -> bool:
    """Two people of a meeting of three or more who met (a bilateral before the summit): a
    meeting of their own; not the two sides of talks a third party mediated or hosted."""
    if len(people) != 2 or len(meeting.entities("participant")) < 3:
        return False
    sides = {e.key for e in meeting.entities("participant")} - mediators
    return not (mediators and {e.key for e in people} == sides)


# where the meeting verb's clause ends: a clause that tells of something else ("to discuss the
# agreement that the government and the rebels signed in Pretoria", "which was signed in Doha")
_BEYOND_VERB = re.compile(
    # (not "talks between X and Y, which began in Jeddah": where the talks themselves were)
    r"\s(?:that|which)\s(?!(?:had\s+)?(?:began|started|opened|commenced)\s+in\s)|,?\s+to\s+(?!(?:the|an?|his|her|their|its|our|this|these|those|"
    r"southern|northern|eastern|western|central)\b)[a-z]+\b"
)
# the meetings whose place is told in the meeting verb's clause (not visits: "arrived in Russia to
# attend the summit in Kazan")
_CLAUSED = frozenset({"040", "043", "046"})


def _verb_clause(tail: str, masked: str) -> tuple[str, str]:
    """A meeting's tail and sentence without the clause after its verb's own that tells of
    something else: "met today in Addis Ababa with Abiy to discuss the agreement ... signed in
    Pretoria" was in Addis Ababa, and "met Abiy to discuss the deal signed in Pretoria" was not
    in Pretoria."""
    cut = _BEYOND_VERB.search(tail)
    if cut is None:
        return tail, masked
    if not masked.endswith(tail):
        return tail[: cut.start()], masked
    return tail[: cut.start()], masked[: len(masked) - len(tail) + cut.start()]


# several occasions, one with each ("had meetings with", "held separate talks with", "held
# bilateral talks with A and B", "held telephone conversations with A, B and C"), not one with
# them all ("held talks with", "a phone call with")
_EACH_ITS_OWN = re.compile(
    r"\b(?:meetings|separately|separate|bilateral|conversations|(?:phone\s+|telephone\s+)?calls)\b"
)
# "also met Deputy Prime Minister X and, separately, a delegation of the Y Front led by Z": a
# second meeting, with the one named (the head of the delegation, known or not)
_SEPARATELY = re.compile(
    r",?\s+and,?\s+(?:also\s+)?separately,?\s+(?:with\s+)?(?:the\s+|his\s+|her\s+)?(?:§D\d+§\s+)?"
    r"(?:(?P<b>§[PSO]\d+§)(?!\s*-)|(?:a|an|the)\s+delegation\s+(?:of|from)\s+(?:[^.;§]|§[SDO]\d+§){1,80}?"
    r"\s+(?:led|headed)\s+by\s+(?:(?P<head>§P\d+§)|(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b))"
)


def _met_separately(
    analysis: Analysis, doc: Doc, participants: list[Entity], code: str, at: int
) -> list[tuple[list[Entity], str, str]]:
    """The second meeting of a subject who met someone "and, separately," another: the one
    named, or the named head of the delegation met (unlinked when the KB lacks them)."""
    masked = analysis.masked
    m = _SEPARATELY.match(masked, at)
    if m is None:
        return []
    if m.group("name"):
        other = [Entity.unlinked(m.group("name"), EntityKind.PERSON)]
    else:
        other = resolve_phrase(analysis, doc, m.group("b") or m.group("head"))
    return [([*participants, *other], code, masked[m.end() :])] if other else []


_ALSO_MET = re.compile(
    r"\balso\s+(?:met|held\s+(?:talks|a\s+meeting|meetings)|received|hosted|called\s+on)\b"
)


# "Before the ceremony, the three officials held a trilateral meeting ...": around the signing
_AROUND_THE_CEREMONY = re.compile(
    r"\s*(?:Before|Ahead\s+of|Prior\s+to|After|Following)\s+the\s+(?:signing\s+)?ceremony\b"
)


def _around_the_ceremony(doc: Doc, masked: str) -> TimeValue | None:
    """The day of an undated meeting told as before or after "the ceremony": that of the
    signing the article told last."""
    if not _AROUND_THE_CEREMONY.match(masked):
        return None
    return _signing_day(doc)


# "Afterwards, Minister Hayashi held a meeting with ...", "Later in the day, X met Y": the next
# meeting of the same day, told in its own sentence
_THEN_MET = re.compile(
    r"\s*(?:Afterwards?|Later(?:\s+(?:in\s+the\s+day|that\s+day|on))?|Subsequently|"
    r"(?:After|Following)\s+(?:that|th(?:e|is|at)\s+(?:meeting|talks|call|ceremony))|"
    r"(?:On\s+)?[Tt]he\s+same\s+day|Then),"
)


def _also_met_on(doc: Doc, masked: str, people: Sequence[Entity]) -> TimeValue | None:
    """The day of an undated meeting one who met in the meeting reported "also met", or met
    "afterwards": that meeting's ("The Secretary also met Deputy Prime Minister X" after "met
    today")."""
    if (
        doc.meeting is None
        or doc.meeting_date is None
        or not (_ALSO_MET.search(masked) or _THEN_MET.match(masked))
    ):
        return None
    met = {e.key for e in doc.meeting.entities("participant")}
    return doc.meeting_date if any(e.key in met for e in people) else None


# "on the sidelines (of ...)" after those met: bilateral meetings at a gathering
_ON_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\b")
_TOGETHER = re.compile(r"\b(?:together|jointly|trilateral|three-way|joint)\b", re.IGNORECASE)


def _sideline_bilaterals(
    doc: Doc, masked: str, participants: Sequence[Entity], others: Sequence[Entity]
) -> bool:
    """Whether "X met A and B on the sidelines" tells one meeting with each: one person met
    leaders or officials of two or more other states, one each, at a gathering."""
    if len(participants) != 1 or participants[0].kind is not EntityKind.PERSON:
        return False
    if not _ON_SIDELINES.search(masked) or _TOGETHER.search(masked):
        return False  # (not "a trilateral meeting", "met ... together")
    own = side_of(doc, participants[0])
    states: set[str] = set()
    for other in others:
        if other.kind is not EntityKind.PERSON:
            return False
        state = side_of(doc, other)
        if state is None or state.key in states or (own is not None and state.key == own.key):
            return False
        states.add(state.key)
    return True


# "In parallel, the foreign ministers held talks": at the same time as the meeting reported
_PARALLEL = re.compile(
    r"(?:In\s+parallel|At\s+the\s+same\s+time|Simultaneously|Meanwhile|In\s+a\s+parallel\s+"
    r"(?:meeting|session|track|format)),\s+"
)


def _parallel_met_on(doc: Doc, masked: str, people: Sequence[Entity]) -> TimeValue | None:
    """The day of an undated meeting told "in parallel" with the meeting reported, between
    officials of the same two states: that meeting's ("Bolsonaro met Putin on Wednesday. In
    parallel, the foreign ministers A and B held talks with their Russian counterparts")."""
    if doc.meeting is None or doc.meeting_date is None or _PARALLEL.match(masked) is None:
        return None
    pair = {e.key for e in meeting_states(doc)}
    sides = {s.key for e in people if (s := side_of(doc, e)) is not None}
    return doc.meeting_date if len(pair) == 2 and sides == pair else None


# talks told as background or as a habit ("have held talks", "had met", "previously met")
_NOT_THE_LEADS = re.compile(
    r"\b(?:has|have|had|previously|earlier|last|often|regularly|repeatedly|usually|times)\b"
)


def _lead_day(doc: Doc, masked: str, people: Sequence[Entity]) -> TimeValue | None:
    """The day of the undated talks of two states' people that a wire story's lead dated by
    what the two states did there ("NAIROBI, May 3 - Kenya and Tanzania agreed Wednesday to
    ...", then "Ruto held talks with Hassan at the State House"): the act's day, when the two
    states are the act's only sides, it was told before and is the story's, at most a week
    before the article."""
    today = doc.article.date
    if today is None or len(people) != 2 or _NOT_THE_LEADS.search(masked):
        return None
    sides = {s.key for e in people if (s := side_of(doc, e)) is not None}
    if len(sides) != 2:
        return None
    for fact in reversed(doc.facts):
        if fact.cls is not FactClass.EVENT or fact.status is not Status.ASSERTED:
            continue
        day = next(iter(fact.get("date")), None)
        when = day.as_date() if isinstance(day, TimeValue) else None
        if when is None or not 0 <= (today - when).days <= 7:
            continue
        actors = {s.key for e in fact.entities("actor") if (s := side_of(doc, e)) is not None}
        if actors == sides and not fact.get("recipient"):
            return day if isinstance(day, TimeValue) else None
    return None


def _talks_parties(analysis: Analysis, doc: Doc, masked: str, at: int) -> list[Entity]:
    """Who held talks a sentence mentions at ``at``: two or more parties that are its subject,
    else, if no one is named before them, the pair "the two countries" would mean."""
    subject = _PAIR_SUBJECT_ASIDE.match(masked, intro_end(masked)) or _PAIR_SUBJECT.match(
        masked, intro_end(masked)
    )
    if subject is not None and subject.end("s") <= at:
        return _people_or_parties(resolve_phrase(analysis, doc, subject.group("s")))
    if SLOT_GROUP.search(masked, 0, at) is None:
        return list(doc.finder.pair())
    return []


# "on the sidelines of the meeting": of the meeting the article told (not "of the G20 summit")
_SIDELINES = re.compile(
    r"\b(?:[Oo]n|[Aa]t)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:meeting|summit|session|talks|conference|gathering|ministerial|forum)\b(?!\s+(?:of|in)\b)"
)
_IN_PERSON = re.compile(r"\b(?:in[\s-]person|face[\s-]to[\s-]face)\b", re.IGNORECASE)


def _spoke_in_person(
    analysis: Analysis, doc: Doc, phoned: re.Match[str], people: Sequence[Entity]
) -> bool:
    """Whether a bare "spoke" (no phone, call or video named) tells a conversation in person:
    the sentence says so ("their first in-person meeting"), or those who spoke are people of the
    meeting in person the article reports, on its day ("Biden met Xi in Bali on Monday. The two
    leaders spoke for more than three hours"), not a call of theirs."""
    if any(c.group(0).lower() not in {"spoke", "speaks"} for c in _PHONE.finditer(analysis.masked)):
        return False  # ("spoke for two hours by video link": a call)
    if phoned.group(0).lower() not in {"spoke", "speaks"} or _PHONE_TALK.search(analysis.masked):
        return False
    if _IN_PERSON.search(analysis.masked):
        return True
    meeting = doc.meeting
    if meeting is None or "041" in meeting.get("cameoCode") or len(people) < 2:
        return False
    when = act_date(analysis)
    if when is not None and when != doc.meeting_date:
        return False
    met = {e.key for e in meeting.entities("participant")}
    return {e.key for e in people} <= met


def _visitor_met(analysis: Analysis, masked: str, people: Sequence[Entity]) -> bool:
    """Whether one of a meeting's people is told, in a relative clause, to be on a visit
    ("X, who is on a state visit to China"), not one to come ("who is visiting Japan next
    week")."""
    if not (" who " in masked or ", on " in masked or ", the first " in masked) or (
        "visit" not in masked and "arrived" not in masked and "travel" not in masked
    ):
        return False
    keys = {e.key for e in people}
    for m in _VISITOR_ASIDE.finditer(masked):
        if _NOT_NOW.search(masked, m.end(), m.end() + 30):
            continue
        if (
            m.group(0).endswith(",")
            and "arrived" in m.group(0)
            and _DAY_AFTER.search(masked, m.end())
        ):
            continue  # "who arrived in China on Saturday, met Wang Yi on Sunday": their own day
        if any(e.key in keys for e in analysis.mention(m.group("v")).entities):
            return True
    return False


# a day the talks after an arrival are told on ("on Sunday", "today", "on 5 May")
_DAY_AFTER = re.compile(
    r"\b(?:on\s+(?:[A-Z][a-z]+|\d{1,2}\s+[A-Z][a-z]+)|today|yesterday|tomorrow)\b"
)


def _before_day(when: TimeValue, today: dt.date) -> bool:
    """Whether a date is wholly before the article's day."""
    return when.lexical < str(today)[: len(when.lexical)]


# the verbs a meeting is told by, and the same in the past perfect ("had met", "had earlier held
# talks"); a relative clause after a place ("..., where he met X") is the clause before it's
_MEETING_VERB = re.compile(
    r"\b(?P<had>had\s+(?:(?:also|already|earlier|previously|just|recently|first|last)\s+)?)?"
    r"(?:met|meets|visited|visits|spoken|spoke|speaks|talked|talks\s+with|hosted|hosts|received|"
    r"receives|phoned|held\s+(?:talks|(?:a|an|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|"
    r"call|conversation|talks))|holds\s+talks)\b"
)
_WHERE_CLAUSE = re.compile(r",\s+(?:where|when)\s+[^;]*")
# a verb of saying before the past perfect: the reported present perfect ("said he had spoken by
# phone with X" is as recent as the saying)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|added|stated|noted|announced|confirmed|revealed|wrote|tweeted|"
    r"posted|reported)\b"
)


def _told_in_pluperfect(masked: str) -> bool:
    """Whether every verb that tells a meeting in the sentence (outside a "where" or "when"
    clause) is in the past perfect, none of them after a verb of saying: "came to Moscow from
    Kyiv, where he had held talks with X", "Attaf recalled that he had visited Nigeria ... and
    had held talks in Abuja", "Arce had met the ambassador in La Paz last week"."""
    main = _WHERE_CLAUSE.sub("", masked) if ", wh" in masked else masked
    verbs = list(_MEETING_VERB.finditer(main))
    if not verbs and main is not masked:
        verbs = list(
            _MEETING_VERB.finditer(masked)
        )  # (the verb in the clause: "from Kyiv, where he had held talks")
        main = masked
    if not verbs or not all(v.group("had") for v in verbs):
        return False
    return _SAID_BEFORE.search(main, 0, verbs[0].start()) is None


def _on_day(when: TimeValue | None, today: dt.date | None) -> bool:
    """Whether a meeting's date is the article's own day ("had held talks earlier in the day")."""
    return (
        when is not None
        and today is not None
        and when.day is not None
        and dt.date(when.year, when.month or 1, when.day) == today
    )


def _days_of_report(when: TimeValue, today: dt.date | None) -> bool:
    """Whether a date can be that of the meeting an article reports: within the week up to
    the article's day (at the date's precision)."""
    if today is None:
        return True
    first = dt.date(when.year, when.month or 1, when.day or 1)
    if when.day is not None:
        last = first
    elif when.month is not None:
        last = dt.date(when.year + when.month // 12, when.month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        last = dt.date(when.year, 12, 31)
    return first <= today + dt.timedelta(days=1) and last >= today - dt.timedelta(days=7)


_DURING_VISIT = re.compile(
    r"(?:[Dd]uring|[Ii]n\s+the\s+course\s+of)\s+(?:the|his|her|their|this|that)\s+"
    r"(?:visit|trip|stay)\s*,"
)


# forces and ships a demonym's slot stands for ("Russian warships": masked as the state)
_ARMED_NOUN = re.compile(
    r"\s+(?:(?:and|or)\s+[\w-]+\s+)?(?:soldiers|forces|troops|military|army|navy|ships|vessels|"
    r"warships|aircraft|jets|drones|missiles|rockets|warplanes|bombers|units|coast\s+guard|"
    r"border\s+guards?|servicemen|servicemembers|sailors|marines|paratroopers|peacekeepers|"
    r"frigates?|destroyers?|submarines?|corvettes?|naval\s+forces|armed\s+forces|air\s+forces)\b"
)


def _armed_visitor(analysis: Analysis, group: str) -> bool:
    """Whether a visitor's slot stands for a state's forces or ships, not its people."""
    text, begin = analysis.sentence.text, analysis.sentence.begin
    return any(
        _ARMED_NOUN.match(text, analysis.mention(slot).end - begin) is not None
        for slot in ONE_SLOT.findall(group)
    )


def _visit_during(doc: Doc, masked: str, people: Sequence[Entity]) -> Fact | None:
    """The article's visit, when a sentence opens with "During the visit," and one of the
    visit's participants (the visitor, or the state visited) is one of its people."""
    visit = doc.meeting
    # (or the talks in person the visit was for: "Foreign Ministers of Kazakhstan and Uzbekistan
    # hold talks in Tashkent" over "X is on an official visit to Uzbekistan")
    if (
        visit is None
        or not {"042", "040"} & set(visit.get("cameoCode"))
        or not _DURING_VISIT.match(masked)
    ):
        return None
    sides = {e.key for e in visit.entities("participant")}
    return (
        visit
        if any(
            e.key in sides
            or (
                e.kind is EntityKind.PERSON
                and (state := state_of(doc, e)) is not None
                and state.key in sides
            )
            for e in people
        )
        else None
    )


_BARE_COMMA = re.compile(
    r",\s+(?!who\b|which\b|accompanied\b|joined\b|headed\b|led\b|"
    r"on\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)\s+(?:to|by|since)\b|"
    r"in\s+§C\d+§\s+(?:for|on)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)\b|"
    # ("X, the first Japanese prime minister to visit Kenya since 2016, ...")
    r"the\s+first\s+(?:[^,;§]|§[SDG]\d+§){1,50}?\bto\s+(?:visit|travel\s+to|set\s+foot\s+in)\b)"
)
_LAST_SLOT = re.compile(r"§[A-Z]\d+§$")


def _stray_comma(analysis: Analysis, m: re.Match[str]) -> bool:
    """Whether a subject is followed by a bare comma its mention does not explain: "Alexander
    Lukashenko, President of the Republic of Belarus, had ..." (the mention took the title and the
    first comma) is a subject, "Ueli Maurer, Member of the Swiss Federal Council, held ..." does
    not make the Council one."""
    if not _BARE_COMMA.match(m.string, m.end("a")):
        return False
    last = _LAST_SLOT.search(m.group("a"))
    return last is None or "," not in analysis.mention(last.group(0)).text


def _third_country(
    doc: Doc, people: list[Entity], place: Entity, state: Entity | None = None
) -> bool:
    """Whether a meeting of states or of people whose states are known took place in a state
    that is none of theirs (for a town the KB lacks, ``state``: the one named after it)."""
    if not place.qid and state is not None and state.kind is EntityKind.STATE:
        place = state
    if not place.qid:
        return False
    known = doc.kb.entity(place.qid)
    if known is None:
        return False
    where = known.country if known.kind is EntityKind.CITY else place.qid
    if known.kind not in {EntityKind.CITY, EntityKind.STATE} or not where:
        return False
    sides: set[str] = set()
    for e in people:
        side = state_of(doc, e) if e.kind is EntityKind.PERSON else e
        if side is None or side.kind is not EntityKind.STATE or not side.qid:
            return False  # (an organisation, or a person whose state is not known)
        if doc.kb.members(side.qid):
            return False  # (the European Union meets in its members' cities)
        sides.add(side.qid)
    return len(sides) >= 2 and where not in sides


def _own_state_dropped(doc: Doc, participants: list[Entity]) -> list[Entity]:
    """The participants without a state one of them acts for: "The head of the Russian
    delegation, Sergei Lavrov, met ..." is no meeting of Russia with Lavrov."""
    unique = list(dict((e.key, e) for e in participants).values())
    if not any(e.kind is EntityKind.PERSON for e in unique) or not any(
        e.kind is EntityKind.STATE for e in unique
    ):
        return unique
    own = {
        state.key
        for e in unique
        if e.kind is EntityKind.PERSON and (state := state_of(doc, e)) is not None
    }
    return [e for e in unique if e.kind is not EntityKind.STATE or e.key not in own]


# "The bilateral meeting of the two presidents was held on 22 December", "The talks took place
# on Tuesday": the day of the meeting reported
_HELD_ON = re.compile(
    r"[Tt]he\s+(?:bilateral\s+|official\s+|main\s+|formal\s+)?(?:meeting|talks|negotiations)"
    r"(?:\s+(?:of|between)\s+the\s+two\s+(?:presidents|leaders|heads\s+of\s+state|ministers|"
    r"prime\s+ministers))?\s+(?:took\s+place|was\s+held|were\s+held)\s+on\s+"
)


def _day_within(analysis: Analysis, meeting: Fact) -> TimeValue | None:
    """The one day the sentence names within the run of days the meeting was given."""
    start = next(iter(meeting.get("startDate")), None)
    end = next(iter(meeting.get("endDate")), None)
    days = [d.value for d in analysis.dates if d.end_value is None and d.value.precision >= 11]
    if len(days) != 1 or not isinstance(start, TimeValue) or not isinstance(end, TimeValue):
        return None
    return days[0] if start.lexical <= days[0].lexical <= end.lexical else None


_TOOK_PLACE = re.compile(
    r"[Tt]he\s+(?:meeting|talks|negotiations|conversation|summit|visit|"
    r"consultations)\s+(?:took\s+place|was\s+held|were\s+held)\s+(?:[^,;§]{0,40}\s+)?"
    r"in\s+(?:the\s+)?(?P<p>§[CS]\d+§)"
)


_MORE_PLACES = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<p>§[SC]\d+§)(?![-–]|['’])"
)


_CITY_STATE = re.compile(r",\s+(?P<s>§S\d+§)(?=,|\s+(?:on|for|to|and)\b)")


def _after_city_state(analysis: Analysis, doc: Doc, city: Mention, masked: str, at: int) -> int:
    """Where the text after a city goes on: past the city's own state written after it
    ("Naypyidaw, Myanmar, for talks"; not a list of places, "Kyiv, Poland, and ...")."""
    m = _CITY_STATE.match(masked, at) if city.code is Code.CITY else None
    if m is None or city.entity is None or city.entity.qid is None:
        return at
    known = doc.kb.entity(city.entity.qid)
    state = analysis.mention(m.group("s")).entity
    if known is None or state is None or known.country != state.qid:
        return at
    return m.end()


def _visited(doc: Doc, host: Mention) -> list[Entity]:
    """Who a visit to ``host`` meets: the state or organisation named, or the state whose
    capital the city is ("visited Washington" is a visit to the United States)."""
    if host.entity is None:
        return []
    if host.code in {Code.STATE, Code.ORG}:
        return [host.entity]
    if host.code is Code.CITY and host.entity.qid:
        state = doc.kb.capital_of(host.entity.qid)
        if state is not None:
            return [entity_of(state)]
    return []


# what a third party does about a visit: condemns, criticises, welcomes it, acts over it
_REACTED_TO_VISIT = re.compile(
    r"\b(?:(?:condemn|criticis|criticiz|denounc|deplor|protest|complain|slam|blast|lambast|"
    r"reject|oppos|welcom|prais|hail|applaud|regret|decr|retaliat)\w*|object(?:ed|s|ing)?\s+to|"
    r"react(?:s|ed|ing|ion)?|respon(?:d|ds|ded|ding|se)|over|against|about)\s+"
    r"(?:in\s+the\s+strongest\s+(?:possible\s+)?terms\s+)?"
    r"(?:(?!and\b|but\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _reaction_to_visit(analysis: Analysis, doc: Doc, at: int, parties: list[Entity]) -> bool:
    """Whether the nominal visit at ``at`` is the object of a reaction by someone outside it
    ("China condemned the visit of X to the United States", "the EU welcomed X's visit to Y",
    "summoned the ambassador over X's visit to Y"): the setting of another act, no meeting
    (ANNOTATION.md §4). A party's own welcome ("Hayashi welcomed Manalo's visit to Japan") is
    its meeting."""
    masked = analysis.masked
    reaction = _REACTED_TO_VISIT.search(masked, max(0, at - 80), at)
    if reaction is None:
        return False
    own = {e.key for e in parties} | {s.key for e in parties if (s := side_of(doc, e)) is not None}
    for slot in SLOT_GROUP.finditer(masked, 0, reaction.start()):
        for e in entities_of(analysis, slot.group(0)):
            side = side_of(doc, e)
            if side is None or e.key in own or side.key in own:
                return False  # a party's own reaction (or one of no known side)
    return True


def _same_sides(doc: Doc, entities: list[Entity]) -> bool:
    """Whether these people and states are all on the sides of the meeting being reported
    (a person by the state they act for)."""
    assert doc.meeting is not None

    def sides(group: Sequence[Value]) -> set[str]:
        out: set[str] = set()
        for e in group:
            if isinstance(e, Entity):
                out.add(e.key)
                state = state_of(doc, e) if e.kind is EntityKind.PERSON else None
                if state is not None:
                    out.add(state.key)
        return out

    known = sides(doc.meeting.entities("participant"))
    return bool(entities) and all(sides([e]) & known for e in entities)


def _restate(
    doc: Doc, analysis: Analysis, said: Mapping[str, Sequence[Value]] | None = None
) -> None:
    """Add this sentence as evidence of the meeting being reported, with the date and place it
    gives when the meeting had none (a headline's "Meeting with ..." is dated by the body)."""
    assert doc.meeting is not None
    args = dict(doc.meeting.args)
    if said and "date" in said and "startDate" in args and "date" not in args:
        # (a day within the run of days told before: the talks' own day, _HELD_ON)
        day, start, end = said["date"][0], args["startDate"][0], args.get("endDate", (None,))[0]
        if (
            isinstance(day, TimeValue)
            and isinstance(start, TimeValue)
            and isinstance(end, TimeValue)
            and start.lexical <= day.lexical <= end.lexical
        ):
            args.pop("startDate")
            args.pop("endDate")
            told = doc.meeting.args
            for i, fact in enumerate(doc.facts):
                if fact.cls is FactClass.MEETING and fact.args == told:
                    # (the sentences that told the run of days: the same meeting, on its day)
                    doc.facts[i] = Fact.make(
                        FactClass.MEETING,
                        {**args, "date": said["date"]},
                        evidence=fact.evidence,
                        confidence=fact.confidence,
                        status=fact.status,
                    )
    for role in ("date", "place"):
        if (
            said
            and role in said
            and (role not in args or (role == "place" and finer_place(args[role], said[role])))
        ):
            args[role] = tuple(said[role])
    if said and "startDate" in said and not {"date", "startDate"} & args.keys():
        # "... met Wang Yi on Saturday and Sunday" after the headline: the run of days
        args["startDate"], args["endDate"] = (
            tuple(said["startDate"]),
            tuple(said.get("endDate", ())),
        )
    if said and "participant" in said:
        # a mediator or host named after the meeting was told ("The talks were mediated by
        # Turkey"): one more participant, and the talks were a negotiation or hosted
        known = {e.key for e in doc.meeting.entities("participant")}
        extra = [e for e in said["participant"] if isinstance(e, Entity) and e.key not in known]
        if extra:
            args["participant"] = (*args["participant"], *extra)
            if "cameoCode" in said and [str(c) for c in args.get("cameoCode", ())] in (
                ["040"],
                ["044"],
            ):
                args["cameoCode"] = tuple(said["cameoCode"])
            _with_mediator(doc, known, args)
    if said and "cameoCode" in said and [str(c) for c in args.get("cameoCode", ())] == ["040"]:
        args["cameoCode"] = tuple(said["cameoCode"])  # "Meeting with" said less than "hosted"
    fact = doc.add(FactClass.MEETING, args, analysis, doc.meeting.confidence)
    if args != dict(doc.meeting.args):
        doc.meeting = fact


def _with_mediator(doc: Doc, known: set[str], args: Mapping[str, Sequence[Value]]) -> None:
    """The sentences told so far of the meeting reported, as a meeting with the participants
    and code of ``args`` (its mediator named only now): one meeting, not two."""
    days = {str(v) for v in doc.meeting.get("date")} if doc.meeting is not None else set()
    for k, fact in enumerate(doc.facts):
        if (
            fact.cls is not FactClass.MEETING
            or fact.status is not Status.ASSERTED
            or {e.key for e in fact.entities("participant")} != known
            or "041" in fact.get("cameoCode")
            or ((dates := {str(v) for v in fact.get("date")}) and days and not dates & days)
        ):
            continue
        own = dict(fact.args)
        own["participant"] = tuple(args["participant"])
        own["cameoCode"] = tuple(args["cameoCode"])
        doc.facts[k] = fact.with_args(own)
        if fact is doc.meeting:
            doc.meeting = doc.facts[k]


def _dateline_place(doc: Doc) -> Entity | None:
    """The dateline city as the venue of a meeting reported the same day (a lower-confidence
    reading: the dateline says where the report was filed)."""
    place = doc.article.dateline
    if not place:
        return None
    from dipld.model import EntityKind as Kind

    city = doc.kb.resolve(place, [Kind.CITY])
    if city is None:
        return None
    return Entity.linked(city.qid, city.label, Kind.CITY)


_MEETING_WORDS = frozenset(
    """met meets meet meeting meetings talks talk held had hosted hosts welcomed welcomes received
    receives visited visits paid arrived travelled traveled joined spoke speaks spoken talked
    conferred call conversation summit consultations negotiations dialogue discussed reviewed
    exchanged session round visit chaired calls conversations called presented convened co-chaired
    cochaired gathered phoned telephoned rang phones telephones pays makes arrives travels
    visiting arriving landed flew sat took taken holds discuss discusses trip guest hosting
    audience ceremony mediation mediated brokered presenting speaking talking""".split()
)


# ---- mediation (CONSULT 045) ------------------------------------------------------------------

# "Qatar mediated talks between Israel and Hamas", "Turkey brokered a grain deal between ..."
_MEDIATED = re.compile(
    rf"(?P<a>{ACTORS})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:mediated|brokered|mediates|brokers"
    # "The EU has been mediating talks between ...", "Turkey was mediating between Russia and
    # Ukraine" (session 33: the progressive, and no talks named)
    rf"|{_MEDIATING})"
    r"\s+(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|truce|ceasefire|deal|agreement|accord|"
    rf"negotiations|exchange|dialogue)\s+|(?<=ing\s))between\s+(?:the\s+)?(?P<b>{ACTORS})"
)
# "..., after mediation by Qatar and Egypt", "in a deal brokered by China": the mediators of
# what the sentence's subject did
_MEDIATED_BY = re.compile(rf"\b(?:mediation|mediated|brokered)\s+by\s+(?:the\s+)?(?P<a>{ACTORS})")
_MEDIATION_WORDS = frozenset(
    {"mediated", "brokered", "mediates", "brokers", "mediation", "mediating", "brokering"}
)


def mediations(analysis: Analysis, doc: Doc) -> None:
    """Mediation (CONSULT 045): the mediator is the actor, the parties it mediated between
    the recipients."""
    if _MEDIATION_WORDS.isdisjoint(analysis.words) or analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    found: list[tuple[list[Entity], list[Entity]]] = []
    for m in _MEDIATED.finditer(masked):
        found.append(
            (
                resolve_phrase(analysis, doc, m.group("a")),
                resolve_phrase(analysis, doc, m.group("b")),
            )
        )
    for m in _MEDIATED_BY.finditer(masked):
        subject = _SUBJECT_GROUP.match(masked, intro_end(masked))
        parties = resolve_phrase(analysis, doc, subject.group("s")) if subject else []
        found.append((resolve_phrase(analysis, doc, m.group("a")), parties))
    for mediators, parties in found:
        actors = [e for e in mediators if e.kind in ACTOR_KINDS]
        own = {a.key for a in actors}
        recipients = [e for e in parties if e.kind in ACTOR_KINDS and e.key not in own]
        if not actors or not recipients:
            continue
        when = event_date(analysis, doc, actors)
        doc.add(
            FactClass.EVENT, event_args("CONSULT", "045", actors, recipients, when), analysis, 0.75
        )


_SUBJECT_GROUP = re.compile(rf"(?:the\s+)?(?P<s>{ACTORS})")


# "met with A in Berlin on Monday and with B in Paris on Tuesday", "held talks with A at the
# White House on Thursday and with B on Friday": a second meeting of the same subject, with its
# own partner, place and date (the first is the one the meeting rules read)
_AND_WITH_PARTNER = re.compile(
    r"\b(?:met|meets|held\s+(?:talks|a\s+meeting|meetings|consultations)|spoke|talked|conferred)"
    r"\s+with\s+(?:the\s+)?(?P<b>§[PSO]\d+§)(?P<first>(?:[^.;§]|§[CL]\d+§){0,60}?),?\s+and\s+"
    r"(?:then\s+|later\s+|also\s+)?with\s+(?:the\s+)?(?P<c>§[PSO]\d+§)"
    r"(?P<where>\s+(?:in|at)\s+(?:the\s+)?§[CL]\d+§)?"
    r"(?P<when>\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}))?(?=\s*[.;,]|\s*$)"
)
_DAY_IN_FIRST = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+\s+\d{1,2})\b"
)
_K_AND_WITH_PARTNER = frozenset({"with"})


def second_partner_meetings(analysis: Analysis, doc: Doc) -> None:
    """The second meeting of "met with A ... and with B ...": the subject (the participants of
    the meeting read with A, less A) with B, at B's own place and date, only when the first
    partner's meeting has a day of its own (two occasions, not one meeting of three)."""
    if _K_AND_WITH_PARTNER.isdisjoint(analysis.words) or analysis.negated or analysis.hypothetical:
        return
    if " and with " not in analysis.masked and " and then with " not in analysis.masked:
        return
    for m in _AND_WITH_PARTNER.finditer(analysis.masked):
        if not m.group("when") or not _DAY_IN_FIRST.search(m.group("first")):
            continue
        if told_as_future(analysis.masked[: m.start()]):
            continue
        first = [e for e in entities_of(analysis, m.group("b")) if e.kind in ACTOR_KINDS]
        second = [e for e in entities_of(analysis, m.group("c")) if e.kind in ACTOR_KINDS]
        meeting = _meeting_with(doc, analysis, first)
        if meeting is None or not second:
            continue
        keys = {e.key for e in first}
        subject = [e for e in meeting.entities("participant") if e.key not in keys]
        if not subject or any(e.key in {s.key for s in subject} for e in second):
            continue
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": [*subject, *second],
            "cameoCode": ["041" if "phone" in m.group("first") else "040"],
        }
        if (when := _second_day(analysis, m.group("when"))) is not None:
            args["date"] = [when]
        if m.group("where") and (slot := ANY_SLOT.search(m.group("where"))) is not None:
            place = analysis.mention(slot.group(0)).entity
            if place is not None:
                args["place"] = [place]
        doc.add(FactClass.MEETING, args, analysis, 0.75, meeting.status)


def _meeting_with(doc: Doc, analysis: Analysis, partners: Sequence[Entity]) -> Fact | None:
    """The meeting the sentence gave that has all of ``partners`` among its participants."""
    want = {e.key for e in partners}
    if not want:
        return None
    for fact in reversed(doc.facts):
        if fact.evidence[0].begin != analysis.sentence.begin:
            break
        if fact.cls is FactClass.MEETING and want <= {e.key for e in fact.entities("participant")}:
            return fact
    return None


def _second_day(analysis: Analysis, when: str) -> TimeValue | None:
    """The value of the date mention written as ``when`` last in the sentence."""
    written = when.strip()
    if written.startswith("on "):
        written = written[3:]
    for d in reversed(analysis.dates):
        if d.text == written and d.end_value is None:
            return d.value
    return None
