"""Standing relations between states: memberships, borders, diplomatic relations, treaties,
partnerships.

Rules read masked sentences; a rule fires only on what the sentence asserts (negated,
hypothetical and candidature statements are skipped).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator, Sequence

from dipld.extract.events import ADMITTED_ASIDE
from dipld.extract.facts import Doc, entities_of, meeting_states, side_of, state_of
from dipld.extract.patterns import (
    AS_WELL_AS_SEP,
    NUMBER_WORDS,
    OTHER_TIME,
    PARTIES,
    SIGNED_IN_PRESENCE,
    STATES,
    group_of,
    in_relative_clause,
    intro_end,
)
from dipld.extract.spans import NOT_NEGATING, Analysis, Code, Mention, hedged
from dipld.extract.statements import next_signer, signed_for, signed_for_before
from dipld.extract.text import ASCII_UNDER_IGNORECASE
from dipld.model import Concept, Entity, EntityKind, Fact, FactClass, Precision, TimeValue, Value
from dipld.temporal import DateMention

# a generic head noun after an organisation's name: "the Quad grouping", "the Five Eyes
# intelligence alliance", "the Visegrad Group countries"
_ORG_HEAD = (
    r"(?:\s+(?:[a-z]+\s+)?(?:grouping|group|bloc|alliance|format|forum|pact|partnership|"
    r"organi[sz]ation|coalition|club|union|countries|nations|states|framework|mechanism)\b)?"
)
# a participle's aside after one: "the SCO, founded in 2001, and the CSTO"
_ORG_FOUNDED = (
    r"(?:,\s+(?:founded|established|created|formed|launched|set\s+up|based|headquartered)\s+"
    r"[^,;§]{1,40}?(?=,)|"
    # "... of the CSTO founded in 2002 and the SCO" (without commas: before the list goes on)
    r"\s+(?:founded|established|created|formed|launched|set\s+up)\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}"
    r"(?=,?\s+(?:and|as\s+well\s+as)\s))?"
)
# Organisation slots of membership rules: the EU is masked as a state (it is both); a list of
# them may go on with "as well as", over their head nouns and asides
# "a member of the African Union and of the ECOWAS": the list goes on after "and of"
_AND_OF_SEP = rf"(?:{AS_WELL_AS_SEP}|\s+and\s+of\s+(?:the\s+)?)"
_ORGS = group_of("OS", _ORG_HEAD + _ORG_FOUNDED + _AND_OF_SEP)
# a leader's or a sponsor's name before the organisation: "a member of the Russia-led CSTO",
# "the US-backed coalition", "the Moscow-led CSTO" (a capital's slot), "the Russian-led CSTO" (a
# demonym's) (the name no member by that alone)
_LED = (
    r"(?:(?:§[SCD]\d+§|[A-Z][\w.]*)-(?:led|backed|dominated|headed)\s+|"
    # "the six-nation GCC", "the 27-member EU", "the 10-member ASEAN bloc"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)-"
    r"(?:nation|member|country|state)\s+)?"
)
# not the members of an organisation: "non-NATO member Sweden", "former EU member Britain",
# "would-be EU member Ukraine" (before the organisation's slot; read after the slot's first
# character, so that a pattern starts with that character, which is looked for far faster than
# a pattern that starts with a look-behind is tried at every position)
_NOT_OF = (
    r"(?<![Nn]on-§)(?<![Nn]on\s§)(?<![Ff]ormer\s§)(?<![Ee]x-§)(?<!-be\s§)(?<![Ff]uture\s§)"
    r"(?<![Pp]otential\s§)"
)
_CANDIDATE = re.compile(
    # (the lookahead for the words' first letters spares trying every alternative at each word)
    r"\b(?=[abcfiops])(?:candidate|candidacy|candidature|(?<!instrument\sof\s)(?<!instruments\sof\s)accession|aspir\w+|applied|application|bid\s+to\s+join|"
    r"seeking\s+membership|path\s+to|prospective|future\s+member|integration\s+into|observer)\b",
    re.IGNORECASE,
)
# what _CANDIDATE cannot match without (ignoring case, as it does)
_CANDIDATE_WORDS = (
    "candida",
    "accession",
    "aspir",
    "appli",
    "bid",
    "seeking",
    "path",
    "prospective",
    "future",
    "integration",
    "observer",
)
# "Finland today became ...", "Finland (4 April 2023) became": when, between member and verb
_WHEN = (
    # ("Chile and Peru both joined the WTO in 1995": the pair, between members and verb)
    r"(?:\s+(?:today|now|officially|formally|finally|both|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?)|"
    r"\s+\([^()]{1,30}\))*"
)
_BE = (
    # ("Today, Sweden becomes the 32nd member of NATO": the day it happens, as news tells it)
    r"(?:are|is|were|was|have\s+been|has\s+been|became|becomes|become|remain|remains|have\s+become|"
    # "Barbados will remain a member of the Commonwealth": a membership held, told on
    r"(?:will|shall)\s+(?:continue\s+to\s+be|remain)|"
    # "All three countries continue to be members of ECOWAS"
    r"continue\s+to\s+be|continues\s+to\s+be|"
    # "Timor-Leste was admitted as the 11th member of ASEAN"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:formally\s+|officially\s+|today\s+)?"
    r"(?:admitted|accepted)\s+"
    # ("was admitted on Friday as the eighth member of": session 29)
    r"(?:(?:on|last|this)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?as|"
    # "Algeria took its seat as a non-permanent member of the UN Security Council" (session 23)
    r"(?:took|takes|(?:has|have)\s+taken)\s+(?:up\s+)?(?:its|their)\s+seats?\s+as)"
)
_ADV = (
    # ("is already a member of ...": session 28)
    r"(?:\s+(?:both|all|also|already|now|currently|still|each|longstanding|long-standing|founding|full|"
    r"active|fellow|permanent))*"
)
_DET = (
    r"(?:a\s+|an\s+|one\s+of\s+the\s+(?:\w+\s+)?|the\s+(?:\d+(?:st|nd|rd|th)\s+|newest\s+|"
    r"latest\s+|youngest\s+|only\s+|first\s+|last\s+|largest\s+|smallest\s+)?)?"
)
# what a member is called as one ("a founding member", "an active member", "a full-fledged
# member"; not "an aspiring member", "a prospective member")
_MEMBER_ADJ = (
    r"(?:(?:fellow|founding|permanent|non-permanent|elected|full|full-fledged|fully-fledged|active|longstanding|"
    r"long-standing|committed|responsible|key|leading|loyal|reliable|original|core|proud)"
    r"(?:,?\s+and\s+|,\s+|\s+))*"
)
_PARTICIPATING = r"participating\s+[Ss]tates?"
# a count after "among the": "are among the 18 members of", "among the six founding members of"
# (session 23)
_COUNT = r"(?:(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+)?"
# the states besides a member subject, which are members too: "Poland, along with Bulgaria
# and Romania, is a member of", "Estonia, like Latvia, belongs to", "Romania and its neighbours
# Bulgaria and Hungary are members of" (not "Hungary, unlike Poland,": an aside of no member)
_BESIDES = (
    r"(?:,\s+(?:along\s+with|together\s+with|like)\s+|\s+and\s+(?:its|their)\s+"
    r"(?:[\w-]+\s+)?neighbou?rs\s+)"
    rf"(?P<m2>{STATES})(?:,|(?=\s+(?:is|are|belongs?)\s))|,\s+unlike\s+{STATES},"
)
# a relative clause over each item of a list: "Austria and Slovakia, both of which are members
# of NATO", "Latvia, Lithuania and Estonia, all three of which joined NATO in 2004"
_EACH_OF_WHICH = (
    r",\s+(?:both|all|each|all\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+of\s+"
    r"(?:which|whom)"
)
_MEMBER = re.compile(
    # "Germany, which has been a member of NATO since 1955", "Burkina Faso, Mali and Guinea, all
    # currently suspended, remain members of the African Union"
    # "Belarus, which joined the SCO in 2024, is also a member of the CSTO"
    rf"(?P<m>{STATES}|[Tt]hey|[Bb]oth)(?:{_EACH_OF_WHICH}|,\s+which(?:\s+[^,;]{{1,60}},)?|{_BESIDES}|"
    # "Vietnam, too, is a full member of ASEAN"
    rf",\s+(?:all|both)\s+[^,;§]{{1,40}},|,\s+(?:too|also),)?{_WHEN}\s+"
    # "is among the founding members of", "a founding and active member of"
    rf"{_BE}{_ADV}\s+(?:among\s+the\s+{_COUNT}|{_DET}){_MEMBER_ADJ}"
    # "are Nordic members of NATO" (not former, associate or candidate members)
    r"(?:(?!(?:former|ex|prospective|future|associate|observer|candidate|aspiring|non)\b)"
    r"[A-Za-z-]+\s+)?"
    # "are both participating States of the OSCE" (the OSCE's word for its members)
    # "is one of the founders of the SCO" (session 23)
    rf"(?:members?(?:\s+states?)?\s+of|{_PARTICIPATING}\s+(?:of|in)|(?:co-?)?founders?\s+of)\s+"
    rf"(?:both\s+)?(?:the\s+)?{_LED}(?P<o>{_ORGS})"
)
# the states listed after the group they make: "The three Baltic states, Estonia, Latvia and
# Lithuania, are members of NATO" (session 23)
_APPOSED_MEMBER = re.compile(
    r"\b(?:[Tt]he|[Aa]ll|[Bb]oth)\s+(?:[\w-]+\s+){0,3}?(?:states|countries|nations|republics|"
    rf"neighbou?rs),\s+(?P<m>{STATES}),{_WHEN}\s+{_BE}{_ADV}\s+(?:among\s+the\s+{_COUNT}|{_DET})"
    rf"{_MEMBER_ADJ}members?(?:\s+states?)?\s+of\s+(?:both\s+)?(?:the\s+)?{_LED}(?P<o>{_ORGS})"
)
# "Finland and Norway are close allies in NATO": allies within an organisation are its members
# (not "allies in Europe", "US allies in NATO": an ally of whom?)
_ALLIES_IN = re.compile(
    rf"(?P<m>{STATES}|[Tt]hey|[Bb]oth){_WHEN}\s+(?:are|were|remain|have\s+been)(?:\s+(?:both|all|also|"
    r"still|now))*\s+(?:(?:close|longstanding|long-standing|fellow|key|staunch|firm|loyal|"
    r"reliable|strong|trusted)\s+(?:and\s+)?)*allies\s+(?:in|within)\s+(?:the\s+)?"
    rf"(?P<o>{_ORGS})"
)
# a new clause after a list, which ends it: "..., and the two leaders said", ", while they ..."
# (not ", and the EU": another party of the list, masked "the §O5§")
# (also a person, as the masked "the leaders" or "they" once resolved: ", and §P5§ said")
_LIST_ENDING_CLAUSE = (
    r",\s+(?:and|but|while|as)\s+(?:the\s+[a-z]|they\b|their\b|both\b|it\b|§P\d+§)"
    # a relative clause on the ones named: "..., whose leaders meet next month"
    r"|,\s+(?:whose|which)\s"
)
# the states named after the organisation, which are members too: "Brazil and China are members
# of BRICS along with Russia, India and South Africa", "... of the BRICS group of emerging
# economies, together with Russia" (the list ends the sentence or its clause)
_MEMBERS_ALONG = re.compile(
    r"(?:(?:\s+[a-z-]+){0,5}?,?\s+(?:along\s+with|together\s+with|alongside)|"
    # a bare "with" right after the organisation or its head word: "Japan and India are members
    # of the Quad grouping with the United States and Australia" (session 32; not "a member of
    # NATO with a long border with Belarus": no words between but the head word)
    r"(?:\s+(?:grouping|group|bloc|alliance|format|forum|organi[sz]ation|union))?\s+with)\s+"
    rf"(?:the\s+)?(?P<m>{STATES})(?=\s*[.;]|\s*$|{_LIST_ENDING_CLAUSE})"
)
# "the Pacific Islands Forum, of which Fiji has been a member since 1971"
_OF_WHICH_MEMBER = re.compile(
    # "... at the African Union and the Arab League, of which both are members": each (session 24)
    rf"(?P<o>§[OS]\d+§(?:,?\s+and\s+(?:the\s+)?§[OS]\d+§)?)"
    # ("the BRICS group of emerging economies, of which India is a founding member")
    rf"{_ORG_HEAD}(?:\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:economies|states|nations|countries|"
    rf"democracies|powers))?,\s+of\s+which\s+(?:both\s+|all\s+|the\s+)?(?P<m>{STATES}|both|they)\s+(?:is|are|was|were|has\s+been|have\s+been|"
    # ("The G7, of which Japan is the only Asian member": session 24)
    r"became|remains?)\s+(?:also\s+|both\s+|all\s+)?(?:a\s+|an\s+|the\s+(?:only|largest|smallest|"
    r"biggest|newest|youngest|oldest|first)\s+(?:[A-Z][\w-]*\s+)?)?(?:founding\s+|full\s+|active\s+)?"
    rf"(?:members?|{_PARTICIPATING})\b"
)
# "The commission, of which Cambodia, Laos, Thailand and Vietnam are members, ...": the body
# named last with that head word ("the Mekong River Commission")
_BODY_OF_WHICH_MEMBER = re.compile(
    r"\b[Tt]he\s+(?P<h>commission|council|committee|assembly|board)\s*,\s+of\s+which\s+"
    rf"(?:both\s+|all\s+)?(?P<m>{STATES})\s+(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+"
    r"(?:also\s+|both\s+|all\s+)?(?:a\s+|an\s+)?(?:founding\s+|full\s+|active\s+)?members?\b"
)
# "Finland has been a NATO member since 2023", "Poland is an EU member state"
_ORG_MEMBER = re.compile(
    # "Estonia, which is also a NATO and European Union member"
    rf"(?P<m>{STATES}|[Tt]hey|[Bb]oth)(?:{_EACH_OF_WHICH}|,\s+which|{_BESIDES})?{_WHEN}\s+{_BE}"
    # ("Nigeria, Ghana and Senegal are among ECOWAS members": session 25)
    rf"{_ADV}\s+(?:among\s+(?:the\s+)?{_COUNT}|{_DET})"
    r"(?:founding\s+|full\s+)?(?P<o>§[OS]\d+§(?:\s+and\s+(?:the\s+)?§[OS]\d+§)?)"
    r"(?:['’]s\s+(?:\d+(?:st|nd|rd|th)\s+|newest\s+|latest\s+|"
    # ("became the bloc's seventh member": session 32)
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"[a-z]+teenth|twentieth|thirtieth|[a-z]+ty-[a-z]+)\s+)?|\s+)"
    # "Greece and Turkey are NATO allies" (not "US allies": an organisation's only)
    # ("a NATO Ally since 1952": the alliance's own capital)
    r"(?:[Mm]ember(?:\s+[Ss]tate|\s+country)?|[Mm]embers(?:\s+[Ss]tates|\s+countries)?|[Aa]lly|"
    r"[Aa]llies|participating\s+[Ss]tates?)\b"
)
# a member ranked among the others: "the largest", "the most populous", "the only Arab" (not
# "the former", "the newest candidate")
_THE_RANKED = (
    r"the\s+(?:(?!(?:former|ex|prospective|future|associate|observer|candidate|aspiring|non|"
    r"would-be)\b)[\w-]+\s+){1,2}?(?=(?:[\w-]+\s+)?members?\s)"
)
# "Finland, a member of the European Union,", "Turkey, a NATO member,", "Indonesia, the largest
# member of ASEAN,"
_MEMBER_APPOSITION = re.compile(
    # ("Japan and Australia, as fellow members of the G20, ...")
    rf"(?P<m>{STATES}),\s+(?:as\s+)?(?:currently\s+|now\s+|also\s+|still\s+)?"
    # ("the United States and Greece, two NATO Allies": each of those listed)
    r"(?:both\s+|all\s+|another\s+|(?:two|three|four|five)\s+(?=\S+\s+[Aa]llies\b|fellow\b|founding\b|"
    r"permanent\b|§[OS]\d+§\s+(?:[Mm]embers|[Aa]llies)\b))?"
    rf"(?:a\s+|an\s+|{_THE_RANKED})?{_MEMBER_ADJ}"
    rf"(?:(?:members?|{_PARTICIPATING})\s+of\s+(?:the\s+)?{_LED}(?P<o>{_ORGS})|"
    r"(?P<o2>§[OS]\d+§(?:\s+and\s+(?:the\s+)?§[OS]\d+§)?)\s+(?:[Mm]ember(?:\s+[Ss]tate|\s+country)?|"
    r"[Mm]embers(?:\s+[Ss]tates|\s+countries)?|[Aa]lly|[Aa]llies|participating\s+[Ss]tates?)\b)"
)
# a state called a member of the organisation in an apposition, by the organisation's
# possessive or a ranking before its name (session 25): "Sweden, NATO's newest member,",
# "Indonesia, the only G20 member from Southeast Asia," (not "former", "prospective")
_APPOSED_ORG_MEMBER = re.compile(
    r"(?P<m>§S\d+§),\s+(?:(?:also\s+|now\s+|still\s+)?the\s+(?:(?:only|largest|smallest|biggest|"
    r"newest|latest|youngest|oldest|first|richest|poorest|most\s+populous|\d+(?:st|nd|rd|th))\s+)?"
    # ("the only Asian G7 member"; the EU is masked as a state: _orgs keeps organisations)
    r"(?:[A-Z][\w-]+\s+)?(?P<o>§[OS]\d+§)\s+|(?P<o2>§[OS]\d+§)['’]s\s+(?:(?:only|largest|smallest|biggest|newest|latest|"
    r"youngest|oldest|first|richest|poorest|most\s+populous|founding|\d+(?:st|nd|rd|th))\s+){0,2})"
    r"(?:[Mm]ember(?:\s+[Ss]tate|\s+country)?|[Aa]lly)\b(?![-\w])"
)
# "The leaders, whose countries are all members of the Arctic Council, ...", "President X, whose
# country is a NATO member, ...": the states of the people (or the sides) named before
_WHOSE_COUNTRIES = re.compile(
    r"(?P<m>§[PG]\d+§(?:(?:,\s+|,?\s+and\s+)§[PG]\d+§){0,9}),\s+whose\s+"
    r"(?:two\s+|three\s+|four\s+|five\s+|respective\s+)?(?:countries|states|nations|country|"
    rf"state|nation)\s+{_BE}{_ADV}\s+(?:among\s+the\s+|{_DET}){_MEMBER_ADJ}"
    rf"(?:(?:members?|{_PARTICIPATING})(?:\s+states?)?\s+of\s+(?:both\s+)?(?:the\s+)?(?P<o>{_ORGS})|"
    r"(?P<o2>§[OS]\d+§(?:\s+and\s+(?:the\s+)?§[OS]\d+§)?)\s+(?:[Mm]ember(?:\s+[Ss]tate|\s+country)?|"
    r"[Mm]embers(?:\s+[Ss]tates|\s+countries)?|[Aa]lly|[Aa]llies)\b)"
)
# "As EU members, Hungary and Poland are bound by ...", "As members of NATO, X and Y ...", "As
# a member of the G20 and APEC, Indonesia ...", "As a NATO ally, Turkey ..."
_AS_ORG_MEMBERS = re.compile(
    rf"[Aa](?<!\w.)s\s+(?:an?\s+)?{_MEMBER_ADJ}"
    # ("As NATO Allies, Canada and Norway ...": the alliance's own capital)
    r"(?:(?P<o>§[OS]\d+§(?:\s+and\s+(?:the\s+)?§[OS]\d+§)?)\s+(?:members?|member\s+states?|"
    r"member\s+countr(?:y|ies)|[Aa]lly|[Aa]llies)|"
    rf"members?\s+(?:states?\s+)?of\s+(?:both\s+)?(?:the\s+)?(?P<o2>{_ORGS})),\s+(?:the\s+)?(?P<m>{STATES})"
)
# "Indonesia's role as an active member of ASEAN", "Kazakhstan stressed its role as a founding
# member of the CSTO", "Poland's position as a NATO member state" (not a role to come: "Ukraine's
# future role as a member of NATO")
_ROLE_AS_MEMBER = re.compile(
    r"(?P<m>§S\d+§)(?:['’]s?\s+|\s+[^§;.]{0,60}?\b(?:its|their)\s+)"
    r"(?!(?:future|potential|prospective|possible|eventual|desired|hoped-for|would-be|planned|"
    r"new|aspired|intended)\b)(?:[a-z-]+\s+)?(?:\d+\s+)?"
    # "Guyana's leadership, as a member of CARICOM, in ...", "Finland's first months as a
    # member of NATO"
    r"(?:role|status|position|standing|contribution|work|leadership|engagement|days|weeks|"
    r"months|years?|decades?),?\s+as\s+"
    r"(?:an?\s+|the\s+)?"
    rf"{_MEMBER_ADJ}(?:(?:members?|{_PARTICIPATING})(?:\s+states?)?\s+of\s+(?:the\s+)?"
    rf"(?P<o>{_ORGS})|"
    r"(?P<o2>§[OS]\d+§)\s+(?:member(?:\s+state|\s+country)?|participating\s+[Ss]tates?)\b)"
)
# a seat a state served in: "Ireland served as an elected member of the Security Council in
# 2021 and 2022", "Norway, which ..., is serving as a non-permanent member of the Council"
# (session 35; its own pattern, so that a which-clause's membership before it stays one)
_SERVED_AS_MEMBER = re.compile(
    rf"(?P<m>{STATES})(?:,\s+which\s+[^;§]{{1,80}}?(?:§O\d+§[^;§]{{0,20}})?,)?\s+(?:also\s+)?"
    r"(?:served|serves|(?:is|are)\s+(?:currently\s+|now\s+)?serving|(?:has|have)\s+served)\s+as\s+"
    rf"(?:an?\s+)?{_MEMBER_ADJ}members?\s+of\s+(?:the\s+)?(?P<o>{_ORGS})"
)
# a state asked to act on a standing it holds: "urged Russia to behave responsibly as a
# permanent member of the Security Council", "called on France, as a founding member of the EU,
# to ..." (a permanent or founding seat, not one hoped for)
_ASKED_AS_MEMBER = re.compile(
    r"\b(?:urged|urging|urges|called\s+on|calling\s+on|calls\s+on|asked|pressed|encouraged)\s+"
    r"(?:the\s+)?(?P<m>§S\d+§),?\s+(?:to\s+(?:(?!(?:seek|bid|becom|join|campaign|run|appl|win|"
    r"gain|obtain|secure|get|admit|elect|seat|candida)\w*)[^\s§;.]+,?\s+){1,10}?)?as\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?"
    r"(?:permanent|founding)\s+members?\s+of\s+(?:the\s+)?(?P<o>§O\d+§)"
)
# "All 31 NATO allies, including Turkey and Hungary, agreed"
_MEMBERS_INCLUDING = re.compile(
    # "NATO allies including ...", "The EU's 27 member states include Hungary and Poland"
    rf"(?P<o>§{_NOT_OF}[OS]\d+§)(?:['’]s)?\s+(?:\d+\s+|[a-z]+(?:-[a-z]+)?\s+)?(?:allies|members|member\s+states|"
    r"member\s+countries),?\s+"
    rf"(?:including|such\s+as|among\s+them|include|includes|are|in\s+particular|notably|"
    rf"especially|particularly)\s+(?:the\s+)?(?P<m>{STATES})"
)
# the members named after their organisation (session 25): "ECOWAS, which has 15 member states
# including Ghana and Nigeria", "Members of the African Union, among them Kenya and Ethiopia",
# "The EU's members Hungary and Austria", "NATO's newest members, Finland and Sweden," (an
# apposition closed by its comma; not "former members", "prospective members")
_MEMBERS_NAMED_AFTER = re.compile(
    r"(?P<o>§O\d+§),\s+which\s+(?:has|had|counts|comprises|groups)\s+(?:\d+|"
    + "|".join(NUMBER_WORDS)
    + r")\s+(?:members|member\s+states|member\s+countries|member\s+nations),?\s+"
    r"(?:including|such\s+as|among\s+them|among\s+which)\s+(?:the\s+)?(?P<m>" + STATES + r")|"
    r"(?<![\w-])(?<![Ff]ormer\s)(?<![Ff]uture\s)(?<![Nn]ew\s)(?<!-be\s)(?:[Mm]embers|"
    r"[Mm]ember\s+(?:states|countries|nations))\s+of\s+(?:the\s+)?(?P<o2>§O\d+§),?\s+"
    # ("thanked the member states of ASEAN, in particular Indonesia and Vietnam")
    r"(?:including|such\s+as|among\s+them|among\s+whom|among\s+which|in\s+particular|"
    r"notably|especially|particularly)\s+(?:the\s+)?"
    r"(?P<m2>" + STATES + r")|"
    r"(?P<o3>§" + _NOT_OF + r"[OS]\d+§)['’]s\s+(?:(?:current|founding|newest|latest|youngest|"
    r"oldest|largest|smallest|biggest|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+){0,2}"
    r"(?:members|member\s+states|member\s+countries)(?:\s+(?:the\s+)?(?P<m3>"
    + STATES
    + r")|,\s+(?:the\s+)?(?P<m4>"
    + STATES
    + r"),)"
)
_FORM = re.compile(
    # (not "Serbia and Hungary established a Strategic Cooperation Council": a new mechanism)
    # "Russia and Belarus together form the Union State"
    rf"(?P<m>{STATES})(?:,\s+which)?\s+(?:together\s+|jointly\s+|also\s+)?"
    r"(?:make\s+up|form|formed|constitute|comprise|(?:co-?founded|founded|established)(?!\s+an?\s))\s+"
    rf"(?:the\s+)?(?:[a-z-]+\s+){{0,3}}(?P<o>§[OS]\d+§)|"
    # "Brazil, Russia, India, China and South Africa set up the New Development Bank in 2015"
    # (session 28)
    rf"(?P<m3>{STATES})\s+(?:together\s+|jointly\s+|also\s+)?set\s+up\s+the\s+(?P<o3>§O\d+§)|"
    # "Mali, Niger and Burkina Faso set up a new bloc, the Alliance of Sahel States" (a body that
    # has members, named after the noun)
    rf"(?P<m2>{STATES})\s+(?:together\s+|jointly\s+|also\s+|have\s+|has\s+)?"
    r"(?:co-?founded|founded|established|created|set\s+up|launched|formed)\s+an?\s+(?:new\s+)?"
    r"(?:[a-z-]+\s+)?(?:bloc|alliance|organi[sz]ation|grouping|union|confederation|federation|"
    r"community|group|club),\s+(?:the\s+)?(?P<o2>§O\d+§)"
)
# the states of a relative clause's "together with" list, with its subject: "India and Japan,
# which together with Australia and the United States make up the Quad, ..."
_TOGETHER_FORM = re.compile(
    rf"(?P<m>{STATES}),\s+which\s+(?:together|along)\s+with\s+(?:the\s+)?(?P<m2>{STATES}),?\s+"
    r"(?:make\s+up|form|constitute|comprise)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:(?P<o>§[OS]\d+§)|"
    # a body the KB does not know: "make up BRICS", "make up the Quad" (unlinked)
    r"(?P<u>[A-Z][A-Za-z-]+(?:\s+[A-Z][A-Za-z-]+){0,3})(?=\s*[,.;]))"
)
# founders with the others they founded it with: "Argentina and Brazil are founding members of
# Mercosur, the trade bloc they created with Paraguay and Uruguay in 1991" (session 29)
_CREATED_WITH = re.compile(
    rf"(?P<m>{STATES})\s+(?:are|were)\s+(?:both\s+|all\s+)?(?:the\s+)?(?:founding|original)\s+"
    r"members\s+of\s+(?:the\s+)?(?P<o>§O\d+§),\s+(?:(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:bloc|group|"
    r"grouping|union|alliance|organi[sz]ation|community|market|association|pact)|"
    # ("the bloc" read as the organisation named before)
    r"§O\d+§)\s+(?:which\s+|"
    r"that\s+)?(?:they|both|the\s+two)\s+(?:co-?founded|founded|created|set\s+up|formed|launched|"
    r"established)\s+(?:together\s+|along\s+)?with\s+(?:the\s+)?"
    rf"(?P<m2>{STATES})(?![\w§'’-])"
)
# the founders after a passive: "The SCO was founded in 2001 by China, Russia, ...", "The bloc,
# set up in 2006 by Brazil, Russia, India and China, ..." (not "a fund established by the EU")
_FOUNDED_BY = re.compile(
    r"(?P<o>§O\d+§)(?:,\s+|\s+(?:was|were|had\s+been|has\s+been)\s+(?:jointly\s+|originally\s+)?)"
    r"(?:co-?founded|founded|established|created|set\s+up|formed)"
    r"(?P<when>\s+(?:in|on)\s+[^,;§]{1,30}?)?\s+by\s+(?:the\s+)?"
    rf"(?P<m>{STATES})"
)
# what follows an organisation that was not joined itself: "joined NATO exercises", "joined the
# EU in condemning ..." (a verb after it starts the sentence's own clause: "Finland, which joined
# NATO in April, held exercises", masked "... joined §O1§ held exercises"; "joined NATO's
# Partnership for Peace": something of its own, not "joined NATO's ranks")
_NOT_JOINED_ORG = (
    r"(?![-\w]|['’]s?\s+(?!ranks\b)|\s+(?:(?!held\s|[a-z]+ed\s)[a-z]+\s+)?(?:exercises?|drills?|talks|summits?|meetings?|operations?|"
    r"missions?|efforts?|forces|troops|patrols?|calls?|statements?|sanctions|partners?|allies)\b|"
    r"\s+in\s+[a-z]+ing\b)"
)
# "Poland joined NATO in 1999", "Poland, which joined NATO in 1999, ...", "Finland joins NATO"
_JOIN = re.compile(
    rf"(?P<m>{STATES})(?:{_EACH_OF_WHICH}|,\s+which)?{_WHEN}\s+(?:also\s+)?(?:has\s+|have\s+)?(?:also\s+)?"
    r"(?:officially\s+|formally\s+)?"
    rf"(?:joined|joins|rejoined|acceded\s+to|"
    # "Indonesia became the first Southeast Asian nation to join BRICS" (session 24)
    r"(?:became|becomes)\s+the\s+(?:first|second|third|\d+(?:st|nd|rd|th)|latest|newest)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:country|nation|state|member)\s+to\s+join)"
    rf"\s+(?:both\s+)?(?:the\s+)?(?P<o>{_ORGS})"
    + _NOT_JOINED_ORG
    # "Finland joined the European Union in 1995 together with Sweden and Austria"
    + r"(?:(?:\s+in\s+\d{4})?,?\s+(?:together\s+with|along\s+with|alongside)\s+(?:the\s+)?"
    rf"(?P<m2>{STATES}))?"
)
# a second organisation joined, with its own date: "joined NATO in 2004 and the EU in 2007",
# "joined the EU in May 2004, and NATO in March" (where the clause ends: not "... and the EU in
# 2007 said")
_AND_JOINED_TOO = re.compile(
    r"\s+(?:in|on)\s+[^,;§]{1,30}?,?\s+and\s+(?:also\s+|later\s+|then\s+)?(?:the\s+)?"
    r"(?P<o>§[OS]\d+§)(?P<when>\s+(?:in|on)\s+[^,;§]{1,30}?)(?=\s*[,;.]|\s*$)"
)
# "Germany congratulated Finland on joining NATO", "... on becoming NATO's 32nd member" (the
# joining is done: not "talks with Ukraine on joining the EU"); a leader congratulated on his
# state's joining: "congratulated Raisi on Iran becoming a full member of the SCO"
_CONGRATULATED_ON_JOINING = re.compile(
    r"(?:congratulat|welcom|hail|prais|thank)\w*\s+(?:§P\d+§\s+(?:on|for)\s+(?=§[SD]\d+§\s+(?:joining|becoming)\b))?"
    rf"(?:the\s+)?(?P<m>{STATES})\s+(?:(?:on|for)\s+|(?<=§\s)(?=joining|becoming))"
    r"(?:(?:its|their|her)\s+)?(?:officially\s+|formally\s+|finally\s+)?"
    rf"(?:joining\s+(?:the\s+)?(?P<o>{_ORGS})(?!\s+(?:in|on)\s+[a-z]+ing\b)|"
    r"becoming\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){0,2}?members?\s+of\s+(?:the\s+)?"
    rf"(?P<o2>{_ORGS})|(?P<o3>§[OS]\d+§)['’]s\s+(?:[\w-]+\s+){{0,2}}?member\b))"
)
# "congratulated President Chaves on Costa Rica's accession to the OECD in 2021": congratulated on
# an accession done (not "on the start of accession talks", "welcomed Ukraine's accession to ...":
# welcomed may be a prospect)
_CONGRATULATED_ON_ACCESSION = re.compile(
    r"congratulat\w*\s+(?:(?:(?:the\s+)?§P\d+§\s+|(?:him|her|them)\s+)?(?:on|for|upon)\s+(?:the\s+)?(?P<m>§[SD]\d+§)['’]s?|"
    # "congratulated Finland on its accession to NATO"
    r"(?:the\s+)?(?P<m2>§[SD]\d+§)\s+(?:on|for|upon)\s+(?:its|their))\s+"
    r"(?:successful\s+|formal\s+|official\s+)?accession\s+(?:to|into)\s+"
    rf"(?:the\s+)?(?P<o>{_ORGS})(?![-\w]|\s+(?:talks|negotiations|process|roadmap)\b)"
)
# "Since joining the EU in 2004, Poland ...", "Poland has grown fast since joining the EU": the
# subject joined (not "after joining NATO, Ukraine would ...": a hedge or a future)
_SINCE_JOINING = re.compile(
    r"(?:[Ss]ince|[Aa]fter|[Ff]ollowing)\s+(?:(?:its|their)\s+)?(?:officially\s+|formally\s+)?"
    r"(?:joining|becoming\s+(?:an?\s+)?(?:full\s+)?members?\s+of)\s+(?:the\s+)?"
    rf"(?P<o>{_ORGS})(?P<when>\s+(?:in|on)\s+[^,;§]{{1,30}}?)?"
    rf"(?:,\s+(?:the\s+)?(?P<m>{STATES})|(?=[,;.]|\s*$))"
)
# what makes "after joining" a plan: "will", "would", "once", "hopes" ...
_NOT_YET = re.compile(
    r"\b(?=[wcsmoiuhaep])(?:will|would|could|should|shall|can|may|might|must|once|if|until|"
    r"hopes?|expects?|expected|aims?|plans?|set\s+to|wants?|seeks?|eventual(?:ly)?)\b"
)


# "Belarus was admitted to the SCO", "Iran was accepted into the organisation" (not "... as an
# observer", "as a partner country")
_ADMITTED = re.compile(
    rf"(?P<m>{STATES})(?:,\s+which)?{_WHEN}\s+(?:was|were|has\s+been|have\s+been)\s+"
    # ("Fiji was readmitted to the Pacific Islands Forum in 2014": a member again, session 29)
    r"(?:formally\s+|officially\s+|finally\s+|unanimously\s+)?(?:(?:re-?)?admitted|accepted)\s+"
    rf"(?:in)?to\s+(?:the\s+)?(?P<o>{_ORGS})"
    r"(?![-\w]|\s+as\s+(?:an?\s+)?(?:observer|partner|dialogue|associate|guest|candidate)s?\b)"
)
# "ASEAN admitted Timor-Leste as its 11th member", "the UN admitted South Sudan to membership"
_ORG_ADMITTED = re.compile(
    rf"(?P<o>§[OS]\d+§)(?:\s+(?:[Ss]ummit|leaders|heads\s+of\s+state)(?:\s+in\s+§C\d+§)?)?\s+"
    r"(?:has\s+|have\s+)?(?:formally\s+|officially\s+|unanimously\s+)?"
    rf"(?:admitted|accepted)\s+(?:the\s+)?(?P<m>{STATES})\s+(?:as\s+(?:its\s+|a\s+|an\s+|the\s+)?"
    r"(?:\d+(?:st|nd|rd|th)\s+|full\s+|new\s+|newest\s+|full-fledged\s+|"
    # ("as its eleventh member": session 29)
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"[a-z]+teenth|twentieth|thirtieth|[a-z]+ty-(?:first|second|third|[a-z]+th))\s+)*members?\b|"
    r"(?:in)?to\s+(?:full\s+)?membership\b)"
)
# "The Arab League voted Sunday to reinstate Syria's membership", "The AU readmitted Mali": a
# membership restored by the organisation
_ORG_READMITTED = re.compile(
    r"(?P<o>§O\d+§)\s+(?:has\s+|have\s+)?(?:(?:voted|decided|moved)\s+(?:(?:on\s+)?\w+\s+)?to\s+)?"
    rf"(?:reinstate[sd]?|readmit(?:ted|s)?)\s+(?:the\s+)?(?P<m>{STATES})"
)
# the start of a membership: "Sweden became ...", "was admitted as a member of", "was accepted"
_ADMISSION = re.compile(
    r"\b(?:(?:re-?)?admitted|accepted)\s+(?:(?:on|last|this)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
    r"(?:as|to|into|§)"
)
# "The Eurasian Economic Union includes Armenia, Belarus, ...", "The SCO has nine members:
# China, India, ...", "The members of the CSTO are Armenia, ...": the members it names
_ORG_COMPRISES = re.compile(
    r"(?:^|[,;:]\s+)(?:[Tt]he\s+)?(?P<o>§[OS]\d+§)\s+(?:now\s+|currently\s+|also\s+)?"
    r"(?:(?:comprises|includes|groups|unites|brings\s+together|consists\s+of|"
    r"(?:is|was)\s+(?:made\s+up|composed)\s+of)|"
    r"(?:has|had|counts)\s+(?:\w+\s+)?(?:full\s+)?members?(?:\s+states|\s+countries)?"
    r"(?:\s*:|,?\s+(?:including|namely)))\s+"
    rf"(?:the\s+)?(?P<m>{STATES})(?!\s+(?:as\s+)?(?:observers?|partners?|guests?)\b)|"
    r"\b(?:[Tt]he\s+)?(?:(?:current|founding|full|other)\s+)?(?:[Mm]embers|[Mm]ember\s+states|"
    r"member\s+countries)\s+of\s+(?:the\s+)?(?P<o2>§[OS]\d+§)\s+(?:are|were|include)[,:]?\s+"
    rf"(?:the\s+)?(?P<m2>{STATES})"
)
# "Kazakhstan's membership in the SCO and the CSTO contributes to ...", "... noted that Belarus's
# membership of the SCO opens ...": a membership a clause is about (not "Turkey blocked Sweden's
# membership in NATO", "welcomed Finland's membership": an accession)
_POSSESSIVE_MEMBERSHIP = re.compile(
    r"(?:^|(?<=[Tt]hat\s)|(?<=[,;:]\s)|(?<=\band\s))(?:[Tt]he\s+)?(?P<m>§[SD]\d+§)['’]s?\s+"
    r"(?:full\s+|continued\s+|longstanding\s+|long-standing\s+)?membership\s+(?:in|of)\s+(?:the\s+)?"
    rf"(?P<o>{_ORGS})(?!\s+(?:bid|application|talks|negotiations|process|request)\b)"
)
# "Turkey's NATO membership dates back to 1952", "... said Poland's EU membership began in
# 2004": a state's membership named before it, with its start right after (session 24)
_POSSESSIVE_ORG_MEMBERSHIP = re.compile(
    r"(?P<m>§[SD]\d+§)['’]s?\s+(?:full\s+)?(?P<o>§[OS]\d+§)\s+membership"
    r"(?=\s+(?:dates\s+back\s+to|goes\s+back\s+to|(?:began|started)\s+(?:in|on))\s)"
)
# a state's membership named before it as the subject of its clause (session 25): "Turkey's NATO
# membership gives it leverage" (only one the KB knows: "Ukraine's NATO membership" is most often
# accession talk, and a hedge as "a long way off" has no word of its own)
_POSSESSIVE_ORG_MEMBERSHIP_HELD = re.compile(
    r"(?:^|(?<=[Tt]hat\s)|(?<=[,;:]\s)|(?<=\band\s))(?:[Tt]he\s+)?(?P<m>§S\d+§)['’]s?\s+"
    r"(?:full\s+|continued\s+|longstanding\s+|long-standing\s+)?(?P<o>§[OS]\d+§)\s+membership"
    r"(?!\s+(?:bid|application|talks|negotiations|process|request|ambitions?|aspirations?|hopes?|"
    r"prospects?|goal|path|plans?)\b)"
)
# what makes a state's membership an accession or its prospect: "Hungary approved Sweden's
# membership in NATO", "Ukraine's membership of NATO is on the agenda"
_ACCESSION_TALK = re.compile(
    # (not "dates back to 1957": when it began, session 23)
    r"\b(?=[abcdeiopqrsvt])(?:block\w*|veto\w*|approv\w*|ratif\w*|"
    r"(?<!\bdates\s)(?<!\bdating\s)(?<!\bgoes\s)back(?:s|ed|ing)?|"
    r"support\w*|oppos\w*|endors\w*|bid|request\w*|agenda|question|issue|debat\w*|"
    r"referendum|invit\w*|offer\w*|promis\w*|condition\w*|prospect\w*|eventual\w*|"
    r"irreversible|path|road|way|door|towards?|suspend\w*)\b",
    re.IGNORECASE,
)
# a state's membership told as over: "Britain's membership of the EU ended in January 2020",
# "Russia's membership of the Council of Europe was terminated" (a former membership, session 23)
_MEMBERSHIP_OVER = re.compile(
    r"\b(?:end(?:ed|s)?|terminat\w*|revok\w*|ceas\w*|laps\w*|expir\w*|withdr[ae]w\w*|expel\w*|"
    r"expuls\w*|exit\w*|left|leav\w*|quit\w*|renounc\w*|froze\w*|freez\w*)\b",
    re.IGNORECASE,
)
# when a state's membership began, right after it: "Malaysia's membership of the Commonwealth
# dates back to 1957", "Poland's membership of the EU began in 2004" (session 23)
_MEMBERSHIP_BEGAN = re.compile(
    r"\s+(?:dates\s+back\s+to|goes\s+back\s+to|(?:began|started|begun)\s+(?:in|on))\s+"
)


# "The DRC became the seventh member of the EAC, joining Kenya, Uganda and Tanzania", "Timor-Leste
# joined ASEAN, joining Indonesia and Malaysia in the bloc": the members the newcomer joins
_JOINING_FELLOWS = re.compile(
    r"(?:joined|joins|became\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:member|member\s+state|"
    r"member\s+country|[Pp]artner\s+[Ss]tate)\s+of)\s+(?:the\s+)?(?P<o>§O\d+§)(?:\s+in\s+[^,;§]{1,30})?"
    r",\s+joining\s+(?:(?:its\s+)?(?:fellow|existing|current|other)\s+members?\s+)?"
    rf"(?:the\s+)?(?P<m>{STATES})"
    r"(?=\s*[.;,]|\s*$|\s+in\s+(?:the\s+)?§O\d+§|\s+(?:as\s+(?:members?|member\s+states)|in\s+"
    r"(?:the\s+)?(?:bloc|grouping|union|alliance|organi[sz]ation|community))\b)"
)
# "BRICS, which groups Brazil, Russia, ...", "The bloc comprises ...": the members it names
# "the EAEU, which also includes Russia, Belarus and Armenia", "the SCO, whose members include
# China and India"
_GROUPS = re.compile(
    r"(?P<o>§[OS]\d+§)(?:\s+(?:group|grouping|bloc|alliance|format|club))?,?\s+(?:(?:which|that)\s+(?:also\s+|now\s+|currently\s+)?(?:groups|"
    # ("The OIC, whose 57 members include Pakistan": session 25)
    r"comprises|includes|brings\s+together|consists\s+of)|whose\s+(?:other\s+|current\s+|full\s+)?"
    r"(?:(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+)?"
    r"(?:members|member\s+states|member\s+countries)\s+(?:also\s+)?(?:include|are))\s+"
    rf"(?:the\s+)?(?P<m>{STATES})(?!\s+(?:as\s+)?(?:observers?|partners?|guests?)\b)"
)
# "Saudi Arabia, OPEC's largest producer", "Germany is the EU's biggest economy": a state called
# the organisation's foremost member by what it is or produces (not "China, ASEAN's largest
# trading partner": a partner; session 35)
_FOREMOST_OF = re.compile(
    r"(?P<m>§S\d+§)(?:,|\s+(?:is|was|remains|remained)(?:\s+also)?)\s+(?:the\s+)?(?P<o>§[OS]\d+§)['’]s\s+"
    r"(?:(?:largest|biggest|top|leading|second-largest|third-largest|second-biggest|"
    r"most\s+populous|richest|newest|smallest|poorest)\s+)"
    r"(?:(?:oil|crude|gas)\s+)?(?:producer|exporter|economy|member(?:\s+state|\s+country)?)\b"
)
_FOREMOST_WORDS = ("producer", "exporter", "economy")
# a member of a bloc named by its size: "Hungary, a member of the 27-nation bloc", "Estonia, a
# member of the 30-member alliance" (the organisation that had that many members on the article's
# date: _COUNTED_BLOCS)
_NUMBERED_BLOC = re.compile(
    rf"(?P<m>{STATES}),\s+(?:an?|one|another|also\s+an?)\s+(?:fellow\s+)?(?:full\s+)?"
    r"(?:member|member\s+state|member\s+country)\s+of\s+the\s+(?P<n>\d{2})-(?:nation|member|"
    r"country|state|strong)\s+(?P<noun>bloc|alliance|union)\b"
)
# the blocs news calls by their size, with the days they had it: (noun, members) -> (name,
# first day, last day)
_COUNTED_BLOCS: dict[tuple[str, int], tuple[str, dt.date, dt.date]] = {
    ("bloc", 28): ("European Union", dt.date(2013, 7, 1), dt.date(2020, 1, 31)),
    ("bloc", 27): ("European Union", dt.date(2020, 2, 1), dt.date(9999, 12, 31)),
    ("union", 27): ("European Union", dt.date(2020, 2, 1), dt.date(9999, 12, 31)),
    ("alliance", 29): ("NATO", dt.date(2017, 6, 5), dt.date(2020, 3, 26)),
    ("alliance", 30): ("NATO", dt.date(2020, 3, 27), dt.date(2023, 4, 3)),
    ("alliance", 31): ("NATO", dt.date(2023, 4, 4), dt.date(2024, 3, 6)),
    ("alliance", 32): ("NATO", dt.date(2024, 3, 7), dt.date(9999, 12, 31)),
}


def _counted_bloc(doc: Doc, noun: str, count: int) -> Entity | None:
    """The organisation a size names ("the 27-nation bloc": the EU since February 2020)."""
    known = _COUNTED_BLOCS.get((noun, count))
    if known is None or doc.date is None or not known[1] <= doc.date <= known[2]:
        return None
    org = doc.kb.resolve(known[0])
    return Entity.linked(org.qid, org.label, EntityKind.ORGANIZATION) if org else None


# the members listed after an organisation's countries, set off by dashes or in parentheses:
# "The Group of Seven countries - the United States, Japan, ... and Canada - agreed", "the G7
# nations (the United States, Japan, ...)" (read in the text: the masked sentence has the list
# for the noun phrase)
_LISTED_AFTER_ORG = re.compile(
    # ("the Security Council's five permanent members — ...": counted, session 36b)
    r"(?:['’]s\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?:(?:permanent|founding|original|current|elected|non-permanent)\s+)?(?=members)|\s+)"
    r"(?:member\s+)?(?:countries|states|nations|members|member\s+states|economies|allies)"
    # ("the Security Council's ten elected members: A, B, ...": to the sentence's end, session 37)
    r"\s*(?:(?P<dash>\s-\s|[–—])|\(|(?P<colon>:))"
)
_LIST_GLUE = re.compile(r"\s*(?:the\s+)?§(?:(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)(?:the\s+)?§)+\s*")


def _listed_members(analysis: Analysis) -> Iterator[tuple[Mention, list[Mention]]]:
    """Each organisation whose member countries the sentence lists right after it, set off by
    dashes or in parentheses, with the listed states."""
    text = analysis.sentence.text
    for org in analysis.mentions:
        if org.code is not Code.ORG:
            continue
        m = _LISTED_AFTER_ORG.match(text, org.end - analysis.sentence.begin)
        if m is None:
            continue
        closer = r"\s-\s|[–—]" if m.group("dash") else r"[.;]|$" if m.group("colon") else r"\)"
        inside = _listed_states(analysis, m.end(), closer)
        if inside is None:
            continue
        # (a count that fits the list, and a body the KB knows: "Each of the Security Council"
        # can be read as a name of its own)
        counted = m.group("n")
        known = all(e.qid for e in org.entities)
        if (not counted and not m.group("colon")) or (
            (not counted or len(inside) == _number(counted)) and known
        ):
            yield org, inside


def _listed_states(analysis: Analysis, start: int, closer: str) -> list[Mention] | None:
    """The states listed in the sentence's text from ``start`` to the first ``closer`` (or the
    sentence's end, when ``closer`` allows it), when nothing but states and their glue is there."""
    text, base = analysis.sentence.text, analysis.sentence.begin
    close = re.compile(closer).search(text, start)
    if close is None:
        return None
    inside = sorted(
        (k for k in analysis.mentions if start <= k.begin - base and k.end - base <= close.start()),
        key=lambda k: k.begin,
    )
    if not inside or any(k.code is not Code.STATE for k in inside):
        return None
    pieces, pos = [], start
    for k in inside:
        pieces.append(text[pos : k.begin - base] + "§")
        pos = k.end - base
    if _LIST_GLUE.fullmatch("".join(pieces) + text[pos : close.start()]) is None:
        return None
    return inside


# the members a body named by its head word counts, listed after a dash or a colon (session
# 36b): "each of the council's five permanent members — Britain, China, France, Russia and the
# United States — can block any resolution" (the body named last with that head word, and as
# many states as counted)
_BODY_MEMBERS_LISTED = re.compile(
    # ("the Council's ten elected members: A, B, ...", "the Council's elected members: A and B",
    # "the Council's three African members: A, B and C": session 37; uncounted only with the kind
    # of member named)
    r"\b[Tt]he\s+(?P<h>[Cc]ommission|[Cc]ouncil|[Cc]ommittee|[Aa]ssembly|[Bb]oard)['’]s\s+"
    r"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?"
    r"(?:(?P<k>permanent|founding|original|current|elected|non-permanent)\s+|"
    r"(?:African|Arab|Asian|European|Latin\s+American|Caribbean|Western|Nordic|Gulf)\s+)?"
    r"(?:members|member\s+states|member\s+countries|member\s+nations)\s*(?P<dash>\s-\s|[–—]|:)"
)


# the member states whose leaders a sentence lists after a colon (session 36b): "The leaders of
# the other seven member states also took part: Presidents Xi Jinping of China, Vladimir Putin
# of Russia, ..." (of the organisation the sentence names, else the one named last; only states
# the KB knows as its members: the list may name guests too)
_LEADER_ITEM = r"(?:[A-Z][\w-]*\s+){0,3}?(?:§P\d+§(?:\s+of\s+(?:the\s+)?§S\d+§)?|§S\d+§)"
_MEMBER_LEADERS_LISTED = re.compile(
    # (not "non-member states", "former member states")
    r"(?:(?P<o>§O\d+§)\s+)?(?<![-\w])(?<!former\s)(?<!ex-)(?:member\s+(?:states|countries|nations)|"
    # ("... the 18 PIF members and the Forum Secretariat, including Prime Minister X of Y, ...")
    r"members)\b(?:[^:;.§]|§O\d+§){0,40}(?::|,\s+including)\s+"
    rf"(?P<m>{_LEADER_ITEM}(?:(?:,\s+|,?\s+and\s+){_LEADER_ITEM})+)"
)


def _member_leaders_listed(analysis: Analysis, doc: Doc, m: re.Match[str]) -> _Found:
    """The states listed after "member states ...:" or "members ..., including", by their
    leaders or by name, that the KB knows as members of the organisation (named, or named
    last)."""
    if m.group("o"):
        orgs = _orgs(analysis, m.group("o"), doc)
    else:
        last = doc.finder.ctx.last_org
        orgs = [last] if last is not None and last.qid and _is_org(last, doc) else []
    found: _Found = []
    for org in orgs:
        known = doc.kb.members(org.qid) if org.qid else frozenset()
        states = _states(analysis, "".join(re.findall(r"§S\d+§", m.group("m"))), doc)
        # (a leader named without "of" and a state: the state they act for)
        for slot in re.findall(r"§P\d+§(?!\s+of\s+(?:the\s+)?§S)", m.group("m")):
            states += [
                s
                for p in entities_of(analysis, slot)
                if p.kind is EntityKind.PERSON and (s := state_of(doc, p)) is not None
            ]
        members = [e for e in states if e.qid in known]
        if members:
            found.append((members, [org], {}, 0.7))
    return found


# the presidency of a summit the sentence does not name the organisation of (session 36b): "At
# the opening, Saudi Arabia assumed the presidency of the summit from Algeria", "Algeria took
# over the presidency of the Arab summit from Tunisia" (the organisation named last; both
# states, when the KB knows them as its members)
_SUMMIT_PRESIDENCY = re.compile(
    r"(?P<a>§S\d+§)(?:,\s+which)?\s+(?:has\s+|had\s+)?(?:formally\s+|officially\s+)?"
    r"(?:took\s+over|takes\s+over|assumed|assumes|received|inherited)\s+the\s+(?:rotating\s+)?"
    r"(?:presidency|chairmanship|chairship|chair)\s+of\s+the\s+(?:[A-Z][a-z]+\s+)?summit\b(?!\s+of\b)"
    r"(?:[^,;§]{0,40}?\s+from\s+(?:the\s+)?(?P<b>§S\d+§)(?!['’]))?"
)


def _summit_presidency(analysis: Analysis, doc: Doc, m: re.Match[str]) -> _Found:
    """The states that took a summit's presidency and gave it, as members of the organisation
    named last (those the KB knows as its members)."""
    last = doc.finder.ctx.last_org
    if last is None or not last.qid or not _is_org(last, doc):
        return []
    known = doc.kb.members(last.qid)
    states = _states(analysis, m.group("a") + (m.group("b") or ""), doc)
    members = [e for e in states if e.qid in known]
    return [(members, [last], {}, 0.7)] if members else []


def _body_members_listed(analysis: Analysis, doc: Doc) -> Iterator[tuple[list[Entity], Entity]]:
    """The states listed as the counted members of a body named by its head word ("the
    council's five permanent members — A, B, ... —"), with the body."""
    for m in _BODY_MEMBERS_LISTED.finditer(analysis.sentence.text):
        body = doc.finder.ctx.bodies.get(m.group("h").capitalize())
        closer = r"\s-\s|[–—]" if m.group("dash") != ":" else r"[.;]|$"
        inside = _listed_states(analysis, m.end(), closer)
        if body is None or inside is None:
            continue
        states = [e for k in inside for e in k.entities if e.kind is EntityKind.STATE]
        if len(states) == _number(m.group("n")) if m.group("n") else m.group("k") is not None:
            yield states, body


def _number(n: str) -> int:
    """A count in digits or words ("five")."""
    return int(n) if n.isdigit() else NUMBER_WORDS.get(n.lower(), 0)


# "The Liptako-Gourma Charter establishes the Alliance of Sahel States and binds the three
# governments of Mali, Burkina Faso and Niger": the states the founding instrument binds
_INSTRUMENT_FOUNDS = re.compile(
    r"(?:[Cc]harter|[Tt]reaty|[Aa]greement|[Pp]act|[Cc]onvention|[Aa]ccord)\s+(?:that\s+|which\s+)?"
    r"(?:formally\s+|officially\s+)?(?:establishe[sd]|create[sd]|founded|sets?\s+up)\s+"
    r"(?:the\s+)?(?P<o>§O\d+§)(?:\s*\([^()]{1,12}\))?,?\s+(?:and\s+)?"
    r"(?:binds|bound|binding|unites|united|uniting|among)\s+(?:the\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    rf"(?:(?:governments|states|countries|signatories)\s+(?:of\s+)?)?(?P<m>{STATES})"
)
# "The African Union was today admitted as a permanent member of the G20": an organisation
# that is itself a member ("The AU is a permanent member of the G20")
_ORG_IS_MEMBER = re.compile(
    # ("The EU and the African Union are both members of the G20": a list with an organisation,
    # session 25)
    # (not ", and" before a clause of its own: "Slovakia is a member of the eurozone, and Hungary is
    # a member of the OECD")
    r"(?P<m>(?:§[OS]\d+§(?:,\s+(?!and\s)|\s+and\s+)(?:the\s+)?)*§O\d+§"
    r"(?:(?:,\s+(?!and\s)|\s+and\s+)(?:the\s+)?§[OS]\d+§)*)(?:,\s+which)?"
    + _WHEN
    + rf"\s+{_BE}{_ADV}\s+{_DET}{_MEMBER_ADJ}"
    r"members?\s+of\s+(?:the\s+)?(?P<o>§O\d+§)|"
    # "the AU, the second regional organisation to become a permanent member of the G20 after
    # the European Union": both are members
    r"(?P<m2>§[OS]\d+§),\s+the\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:organi[sz]ation|body|bloc|union|member|state|country)\s+to\s+"
    r"(?:become\s+(?:a\s+|an\s+)?(?:permanent\s+|full\s+)?member\s+of|join)\s+(?:the\s+)?"
    r"(?P<o2>§O\d+§)(?:\s+after\s+(?:the\s+)?(?P<m3>§[OS]\d+§))?"
)
# an admission told by its noun (session 37): "the admission of the African Union as a permanent
# member of the G20 at the New Delhi summit in September", "welcomed the admission of Timor-Leste
# as the 11th member of ASEAN" (a member when it is welcomed or dated right after: not "called for
# the admission of Palestine as a full member of the UN")
_ADMISSION_OF = re.compile(
    r"(?P<welcomed>(?:welcomed|welcoming|hailed|hailing|celebrated|celebrating)\s+)?"
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:formal\s+|historic\s+|official\s+)?admission\s+of\s+(?:the\s+)?"
    r"(?P<m>§[OS]\d+§)\s+as\s+(?:a\s+|an\s+|the\s+|its\s+)?"
    r"(?:(?:permanent|full|new|newest|full-fledged|\d+(?:st|nd|rd|th)|eleventh|twelfth|[a-z]+th)\s+)*"
    r"members?\s+of\s+(?:the\s+)?(?P<o>§O\d+§)"
    r"(?:\s+at\s+(?:the|its|a)\s+(?:[\w§-]+\s+){0,3}?(?:summit|meeting|session)(?:\s+in\s+§C\d+§)?)?"
    r"(?![-\w])"
)
# "Narendra Modi, whose country holds the G20 presidency": the person's state holds the chair
_WHOSE_COUNTRY_CHAIRS = re.compile(
    r"(?P<p>§P\d+§),\s+whose\s+(?:country|government|nation)\s+(?:currently\s+|now\s+)?"
    # ("holds the pro tempore presidency of Mercosur": session 28)
    r"(?:(?:holds|held|has|assumed|took\s+over)\s+the\s+(?:rotating\s+|pro[\s-]tempore\s+)?"
    r"(?:(?P<o>§O\d+§)\s+(?:[Pp]residency|[Cc]hair(?:manship|ship)?)\b|"
    r"(?:[Pp]residency|[Cc]hair(?:manship|ship)?)\s+of\s+(?:the\s+)?(?P<o2>§O\d+§))|"
    r"(?:chairs|chaired|presides\s+over)\s+(?:the\s+)?(?P<o3>§O\d+§))"
)
# "Azali Assoumani, President of the Comoros and Chairperson of the African Union": a head of
# state's or government's second title (not the Chairperson of the AU Commission's); "President
# Lourenço's leadership as Chair of SADC": the head's state holds the chair
_AND_CHAIR_OF = re.compile(
    # ("Macky Sall, the current chairman of the African Union, said": an apposition's title)
    r"(?P<p>§P\d+§)(?:,?\s+and|,(?=\s+(?:the\s+)?(?:current|outgoing|incoming|rotating|[Cc]hair))|"
    r"['’]s?\s+(?:successful\s+|strong\s+|able\s+|skilful\s+)?"
    r"(?:leadership|stewardship|tenure|role|term)\s+as)\s+(?:the\s+)?(?:current\s+|outgoing\s+|incoming\s+)?"
    r"(?:rotating\s+)?(?:[Cc]hair(?:person|man|woman)?|[Pp]resident)\s+of\s+(?:the\s+)?"
    r"(?P<o>§O\d+§)(?![-\w]|\s+(?:Commission|Secretariat|Parliament)\b)"
)
# a chair named by the organisation before the title, in an apposition: "Ian Borg, the OSCE
# Chairman-in-Office,", "X, Chair-in-Office of the OSCE,", "The AU chair, Comoros President
# Azali Assoumani," (session 30; the state's membership: an apposition's chair gives no
# Tenure, see _PERSON_CHAIRS)
_ORG_CHAIR_APPOSED = re.compile(
    r"(?P<p>§P\d+§),\s+(?:the\s+)?(?:(?:current|new|incoming|outgoing|rotating)\s+)*"
    r"(?:(?P<o>§O\d+§)\s+(?:rotating\s+)?[Cc]hair(?:man|person|woman)?(?P<io>-in-[Oo]ffice)?|"
    r"[Cc]hair(?:man|person|woman)?(?P<io2>-in-[Oo]ffice)\s+of\s+(?:the\s+)?(?P<o2>§O\d+§))"
    r"(?=\s*[,;.]|\s*$)|"
    r"(?<![\w§])(?:[Tt]he\s+)?(?P<o3>§O\d+§)(?:['’]s)?\s+(?:(?:current|new|rotating)\s+)*"
    r"[Cc]hair(?:man|person|woman)?(?P<io3>-in-[Oo]ffice)?,\s+(?P<p2>§P\d+§)"
)
# "The bloc's chairman, Nigerian President Bola Tinubu, said": the chair of the organisation
# named before (a head of state's or government's state; session 30)
_GENERIC_CHAIR = re.compile(
    r"(?:^|(?<=\s))[Tt]he\s+(?:bloc|organi[sz]ation|grouping|regional\s+body)['’]s\s+"
    r"(?:(?:current|rotating|new)\s+)*[Cc]hair(?:man|person|woman)?,\s+(?P<p>§P\d+§)"
)
# organisations' own bodies, whose chair is no member state's (the AU Commission's)
_OWN_BODY_LABEL = re.compile(r".*\b(?:Commission|Secretariat|Parliament|Court|Bank)$")
# the title of a body's rotating chair, not of its commission's ("Chairperson of the African Union
# Commission") or parliament's
_CHAIR_TITLE = re.compile(
    r"(?:[Tt]he\s+)?(?:[Cc]urrent\s+|[Rr]otating\s+)*(?:[Cc]hair(?:person|man|woman)?|[Pp]resident)"
    r"\s+of\s+(?!.*\b(?:Commission|Secretariat|Parliament|Court|Bank)\b)"
)
# "Indonesia's assumption of the G20 presidency", "thanked Laos for its leadership within
# ASEAN": holding or leading it
_LEADERSHIP = re.compile(
    r"(?P<m>§S\d+§)(?:['’]s?\s+|\s+(?:for|on)\s+its\s+)"
    r"(?:(?:assumption|takeover|holding)\s+of\s+the\s+(?:rotating\s+)?"
    r"(?:(?P<o>§O\d+§)\s+(?:[Pp]residency|[Cc]hair(?:manship|ship)?)\b|"
    r"(?:[Pp]residency|[Cc]hair(?:manship|ship)?)\s+of\s+(?:the\s+)?(?P<o2>§O\d+§))|"
    r"(?:successful\s+|strong\s+|able\s+)?(?:leadership|stewardship|chairmanship|presidency)\s+"
    # ("Fiji's leadership as Chair of the Pacific Islands Forum": session 28)
    r"(?:of|within|in|as\s+(?:the\s+)?(?:current\s+)?[Cc]hair(?:man|person|woman)?\s+of)\s+"
    r"(?:the\s+)?(?P<o3>§O\d+§)(?![-\w]|\s+(?:reform|talks|process)\b))"
)
# "the efforts of ASEAN, under Indonesia's chairmanship this year": the chair is a member
_UNDER_CHAIR = re.compile(
    r"(?P<o>§O\d+§),?\s+under\s+(?:the\s+)?(?P<m>§S\d+§)['’]s?\s+(?:current\s+|rotating\s+)*"
    r"(?:[Cc]hair(?:manship|ship)?|[Pp]residency)\b"
)
# "The United States, China, France and the other G20 members": the states named are members
_AND_OTHER_MEMBERS = re.compile(
    rf"(?P<m>{STATES}),?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+"
    r"(?:the\s+|all\s+the\s+|all\s+|several\s+|many\s+|some\s+)?other\s+"
    rf"(?:(?:\w+\s+)?(?P<o>§{_NOT_OF}[OS]\d+§)\s+(?:members|member\s+states|member\s+countries|"
    r"allies|countries|states|nations|leaders|governments)\b|"
    # "Poland and other members of NATO", "Kazakhstan, along with other members of the EAEU,"
    # (session 25)
    r"(?:members|member\s+states|member\s+countries)\s+of\s+(?:the\s+)?(?P<o2>§[OS]\d+§))"
)
# an organisation's own members named after "its" in its clause: "The EU provided aid to its
# member states Greece and Italy" (session 25; no other party between)
_ITS_MEMBERS_NAMED = re.compile(
    r"(?:^|(?<=[,;:]\s))(?:[Tt]he\s+)?(?P<o>§[OS]\d+§)\s+[^§;.]{0,60}?\bits\s+(?:fellow\s+)?"
    rf"(?:member\s+states|member\s+countries|members),?\s+(?:the\s+)?(?P<m>{STATES})"
)
# a state that joins the fellow members it names in an act: "Argentina joined fellow Mercosur
# members Brazil and Uruguay in rejecting the proposal" (session 25; the named ones are
# _NAMED_MEMBERS')
_JOINED_FELLOW = re.compile(
    rf"(?P<m>{STATES})\s+(?:has\s+|have\s+|had\s+)?(?:joined|joins|joining)\s+(?:its\s+|their\s+)?"
    r"fellow\s+(?P<o>§[OS]\d+§)\s+(?:members|member\s+states|member\s+countries|allies)\b"
)
# a state called a fellow member by one who is a member too (session 37): "..., which he
# described as a key partner and a fellow member of the OIC", "Erdogan called Azerbaijan a
# brotherly nation and a fellow member of the Organization of Turkic States", "said Pakistan was
# a close friend and a fellow member of the OIC" (the state called so, and the describer: the
# relative clause's subject, else the sentence's)
_FELLOW_MEMBER_CALLED = re.compile(
    r"(?P<m>§S\d+§)(?:,\s+which\s+(?P<p>§[PS]\d+§)\s+(?:has\s+|had\s+|also\s+)?(?:described|"
    r"describes|called|calls|termed|hailed|regards|regarded|sees|saw)(?:\s+as)?|"
    r"\s+(?:as|was|is|remains|remained))?\s+"
    r"(?:(?:an?|the|its|his|her|their)\s+[^§;.,]{1,50}?\s+and\s+)?(?:an?|the)\s+fellow\s+"
    r"(?:founding\s+)?member(?:\s+state|\s+country)?\s+of\s+(?:the\s+)?"
    rf"{_LED}(?P<o>{_ORGS})"
)
# "the United States, together with its G7 partners", "Germany and its fellow EU members": a
# state with the others of its group (partners only of a "Group of" club: "Ukraine and its EU
# partners" are no members)
_WITH_ITS_FELLOW = re.compile(
    rf"(?P<m>§[SD]\d+§),?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+(?:its|their)\s+"
    rf"(?:fellow\s+)?(?P<o>§{_NOT_OF}[OS]\d+§)\s+(?P<n>members|member\s+states|member\s+countries|"
    r"allies|partners)\b"
)
_GROUP_OF = re.compile(r"G\d+|Group\s+of\s+\w+")
# the second verb of a relative clause: "Poland, which borders Belarus and is a NATO member,"
_WHICH_AND_MEMBER = re.compile(
    r"(?P<m>§[SD]\d+§),\s+which\s+(?:[^,;§]|§[SDCO]\d+§)*?\s+and\s+(?:is|was|has\s+been|remains)\s+"
    r"(?:also\s+)?(?:an?\s+)?(?:founding\s+|full\s+)?(?:(?P<o>§[OS]\d+§)\s+member(?:\s+state)?|"
    r"members?\s+of\s+(?:the\s+)?(?P<o2>§[OS]\d+§))(?=\s*[,;.]|\s*$)"
)
# "with our fellow G7 members Canada and Italy" in a statement: its issuers are members too;
# "in close contact with our NATO Allies" (partners only fellow ones: "our EU partners" are none)
_OUR_FELLOW = re.compile(
    r"\b[Oo]ur\s+(?:fellow\s+(?P<o>§[OS]\d+§)\s+(?:members|member\s+states|member\s+countries|"
    r"allies|partners)|(?P<o2>§O\d+§)\s+(?:members|member\s+states|member\s+countries|[Aa]llies))\b"
)
# "Iran's cyberattack against our NATO Ally", "our NATO Ally, Albania": one ally of the issuer's
# (not "our partner", nor "our NATO partners": partners are no members)
_OUR_ALLY = re.compile(
    r"\b[Oo]ur\s+(?P<o>§O\d+§)\s+[Aa]lly\b(?:,?\s+(?:the\s+)?(?P<s>§S\d+§)(?!\s*,\s*(?:the\s+)?§|\s+and\s))?"
)
# "Japan's two-year term as a non-permanent member of the UN Security Council, which began on
# January 1", "Ecuador began its term on the Security Council": a seat held
_TERM = re.compile(
    # ("Mozambique, which began a two-year term as a non-permanent member of ...": session 28)
    r"(?P<m>§S\d+§)(?:['’]s?\s+|(?:,\s+which)?\s+(?:began|begins|started|starts|is\s+serving|serves)\s+"
    r"(?:its|a)\s+|"
    r"\s+(?:for|on)\s+its\s+(?:leadership|work|service|contributions?)\s+(?:during|in|throughout)\s+its\s+)"
    r"(?:(?P<y>(?:19|20)\d\d)[-–](?P<z>(?:19|20)?\d\d)\s+)?(?:(?:two|2|three|3)-year\s+|current\s+|first\s+)?"
    # "Japan's seat on the Security Council for 2023-2024": a seat held for a term (session 24;
    # only with the term's years after it: "India's permanent seat on the Council" is a goal)
    r"(?:term|(?<=['’]s\s)(?P<seat>(?:non-permanent\s+|elected\s+)?seat))\s+"
    rf"(?:as\s+(?:an?\s+)?{_MEMBER_ADJ}members?\s+of|on)\s+(?:the\s+)?(?P<o>§O\d+§)"
)
# the term's years after a seat: "... on the Security Council for 2023-2024", "for the 2023–2024
# term"
_SEAT_YEARS = re.compile(
    r"\s+for\s+(?:the\s+)?(?P<y>(?:19|20)\d\d)\s*[-–]\s*(?P<z>(?:19|20)?\d\d)(?!\d)"
)
# the term's years after the body: "... of the UN Security Council (2023–2024)"
_TERM_YEARS = re.compile(r"\s*\(\s*(?P<y>(?:19|20)\d\d)\s*[-–]\s*(?P<z>(?:19|20)?\d\d)\s*\)")
_TERM_BEGAN = re.compile(r"\b(?:began|begins|started|starts|beginning|starting)\b")
# a term told as over: "Mozambique's term on the Security Council ended in December"
_TERM_OVER = re.compile(r"\b(?:ended|expired|concluded|completed|former|previous|last)\b")
# "... founded the SCO in 2001": the founders' membership starts then (not "form the Union State")
# ("formed the Alliance of Sahel States in September 2023", session 23; not "form": make up)
_FOUNDING = re.compile(r"\b(?:co-?founded|founded|established|created|set\s+up|launched|formed)\s")
_FOUNDED_WHEN = re.compile(r"\s+(?:in|on)\s+(?P<when>[^,;§]{1,30})")
# a founding told after the organisation formed: "... form the AES, established in September 2023"
_ESTABLISHED_WHEN = re.compile(
    r",?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:co-?founded|founded|established|created|set\s+up|"
    r"launched)\s+(?:in|on)\s+(?P<when>[^,;§]{1,30})"
)
# what _INSTRUMENT_FOUNDS cannot match without (ignoring case, as _may_name does)
_FOUNDS_WORDS = ("establishe", "create", "founded", "set up", "sets up")
_SINCE = re.compile(r"\b[Ss]ince\b")
# the verbs of _FORM and _GROUPS (a sentence without any cannot match them)
_FORM_VERBS = (
    "make",
    "form",
    "constitute",
    "comprise",
    "founded",
    "established",
    "created",
    "set up",
    "launched",
)
_GROUPS_VERBS = ("groups", "comprises", "includes", "brings", "consists", "whose")
# the verbs of _ORG_COMPRISES (its other forms need "member")
_COMPRISES_VERBS = (
    "comprises",
    "includes",
    "groups",
    "unites",
    "brings",
    "consists",
    "made",
    "composed",
)
# what every match of _ORG_COMPRISES has: the organisation's slot, then its verb ("§O1§ includes",
# "§O1§ has nine members", "members of the §O1§ are"); found by its "§" far faster than the
# pattern, which is tried at every position
_COMPRISES_HINT = re.compile(
    r"§[OS]\d+§\s+(?:now\s+|currently\s+|also\s+)?(?:comprises|includes|groups|unites|brings|"
    r"consists|is|was|has|had|counts|are|were|include)"
)
_BECAME = re.compile(r"\bbec(?:ame|omes)\s+(?:[\w§'’-]+\s+){0,3}?members?\b")
_ANNIVERSARY = re.compile(
    r"(?P<m>§[SD]\d+§)(?:['’]s)?\s+(?P<n>\d+)(?:st|nd|rd|th)\s+anniversary\s+as\s+(?:a\s+)?"
    r"members?\s+of\s+(?:the\s+)?(?P<o>§[OS]\d+§)|"
    # "the 20th anniversary of Poland's membership in NATO"
    # "the 25th anniversary of the Czech Republic's membership in the North Atlantic Treaty
    # Organization"
    r"\b(?P<n2>\d+)(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?P<m2>§[SD]\d+§)['’]s\s+(?:membership|"
    r"accession)\s+(?:in|of|to)\s+(?:the\s+)?(?P<o2>§[OS]\d+§)"
)
_MEMBER_LIST = re.compile(
    rf"(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<o>§[OS]\d+§)\s+"
    rf"(?:member(?:\s+states|\s+countries)?|signatory\s+(?:states|countries)|"
    # "The six Gulf Cooperation Council states are Saudi Arabia, the UAE, ..."
    rf"(?:states|countries|members)\s+are)[,:]?\s+(?:the\s+)?(?P<m>{STATES})"
)
# the same subject's second membership: "... and are both members of the African Union"
_AND_MEMBERS = re.compile(
    rf"\s+and\s+{_BE}\s+(?:both\s+|also\s+|all\s+)?{_DET}(?:founding\s+|full\s+)?"
    rf"members?(?:\s+states?)?\s+of\s+(?:the\s+)?(?P<o>{_ORGS})|"
    # "... a member of the Council of Europe since 2001 and of the OSCE since 1992"
    r"(?:\s+since\s+[\w ]{1,25}?)?,?\s+and\s+(?:also\s+)?of\s+(?:the\s+)?"
    rf"(?P<o2>{_ORGS})(?!\s+(?:member|ally|allies)\b)|"
    # "... are founding members of SAARC and members of BIMSTEC"
    r"(?:\s+since\s+[\w ]{1,25}?)?,?\s+and\s+(?:also\s+)?(?:an?\s+)?(?:founding\s+|full\s+)?"
    r"members?\s+of\s+"
    # (where the sentence or its clause ends: not "... and members of the EU criticised it")
    rf"(?:the\s+)?(?P<o3>{_ORGS})(?=\s*(?:[.;,:]|$)|\s+(?:since|respectively|too)\b)|"
    # "... are members of NATO and the EU, and belong to the Visegrad Group"
    r",?\s+and\s+(?:also\s+|both\s+|all\s+)?belong\s+to\s+(?:both\s+)?(?:the\s+)?"
    rf"(?P<o4>{_ORGS})"
)
# "Russia and China belong to the Shanghai Cooperation Organisation"
_BELONG = re.compile(
    rf"(?P<m>{STATES}|[Tt]hey|[Bb]oth)(?:{_BESIDES})?{_WHEN}\s+(?:also\s+|both\s+|all\s+)?"
    r"belongs?\s+to\s+"
    rf"(?:the\s+)?{_LED}(?P<o>{_ORGS})"
)
# the patterns that end with the organisation a list of further members may follow
_ALONG_AFTER = (_MEMBER, _BELONG)
# "The United States is a Co-Chair of the OSCE Minsk Group", "Indonesia, as Chair of ASEAN":
# leading it
_CHAIRS = re.compile(
    # "Nigeria chairs ECOWAS this year"
    # "Armenia, which chairs the CSTO this year,"
    # "Kazakhstan has been chairing the Organization of Turkic States since November" (session 23)
    # ("Brazil has chaired the G20 since December 2023": session 32)
    rf"(?P<m>{STATES})(?:,\s+which)?\s+(?:currently\s+|now\s+)?(?:chairs|(?:has\s+|have\s+)?chaired|presides\s+over|"
    r"(?:has\s+been|is|was)\s+(?:currently\s+)?(?:chairing|presiding\s+over))\s+"
    r"(?:the\s+)?"
    rf"(?P<o2>{_ORGS})|"
    # (not "Bangladesh, which borders India and Myanmar, holds the chairmanship": no comma but
    # before "as" or in "..., which holds")
    rf"(?P<m2>{STATES})(?:,\s+which|,(?=\s+as\s))?(?:['’]s?\s+role)?\s+"
    # "Uzbekistan currently holds the rotating chairmanship of the bloc"
    r"(?:(?:currently|now|also)\s+(?=hold|assum))?"
    # "Italy will hold the Presidency of the G7 in 2024", "Brazil will assume the G20 presidency":
    # a chair to come is held by a member (ANNOTATION.md §4: the membership, not the plan)
    rf"(?:{_BE}|as|holds|(?:has\s+|have\s+)?held|took\s+over|will\s+(?:hold|assume|take\s+over)|"
    r"takes\s+over|(?:has\s+|have\s+|had\s+)?(?:assumed|taken\s+over)|assumes)\s+"
    r"(?:a\s+|the\s+)?"
    # ("holds the pro tempore presidency of the Pacific Alliance": session 25)
    # ("assumed the Chairship of BRICS": South Africa's word for it, session 39)
    r"(?:rotating\s+|pro[\s-]+tempore\s+)?(?:[Cc]o-?[Cc]hair(?:man|manship|ship|s)?|"
    r"[Cc]hair(?:man|manship|ship|s)?|"
    r"[Pp]residency)\s+"
    rf"(?:of\s+)?(?:the\s+)?(?P<o>{_ORGS})|"
    # ("Laos, which holds the ASEAN chair this year,": session 30)
    rf"(?P<m5>{STATES}),\s+which\s+(?:currently\s+|now\s+)?(?:holds|held)\s+the\s+"
    r"(?:rotating\s+)?(?P<o4>§O\d+§)\s+(?:rotating\s+)?(?:[Cc]hair(?:manship|ship)?|[Pp]residency)\b|"
    # "the CSTO, which Armenia chairs this year", "the OSCE, currently chaired by Malta"
    # ("The Arab League Council, chaired by Mauritania": its organ's, session 30)
    rf"(?P<o3>{_ORGS})(?:\s+(?:Council|Summit|Assembly|Conference|Authority))?,\s+(?:which\s+(?P<m3>{STATES})\s+(?:currently\s+|now\s+)?"
    r"(?:chairs|chaired|presides\s+over)|(?:which\s+is\s+)?(?:currently\s+|now\s+)?"
    rf"(?:chaired|presided\s+over)\s+(?:this\s+year\s+)?by\s+(?:the\s+)?(?P<m4>{STATES}))"
)
# "India's upcoming presidency of the G20", "Malaysia's forthcoming chairmanship of ASEAN, which it
# will take over from Laos": the state's chair of the body (current, or to come: either way a
# member), and the state it takes it over from; "its" of the state just named ("wished Malaysia
# success in its forthcoming chairmanship", "congratulated Laos on its presidency of ASEAN")
_OWN_CHAIR = re.compile(
    r"(?P<m>§S\d+§)(?:['’]s?\s+|\s+(?:(?:every\s+|great\s+|much\s+)?(?:success|luck|well)\s+)?"
    r"(?:in|on|for|with|during)\s+its\s+)(?:(?:current|upcoming|forthcoming|incoming|coming|next|outgoing|"
    r"successful|rotating|first|annual)\s+){0,2}(?:(?P<o>§O\d+§)\s+(?:[Pp]residency|"
    r"[Cc]hairmanship|[Cc]hair)\b|(?:[Pp]residency|[Cc]hairmanship)\s+of\s+(?:the\s+)?"
    r"(?P<o2>§O\d+§))(?:,\s+which\s+(?:it|§S\d+§)\s+(?:will\s+)?(?:take|takes|took|is\s+taking)\s+"
    r"over\s+from\s+(?:the\s+)?(?P<b>§S\d+§)(?!['’]))?"
)
# "Laos is the ASEAN chair for 2024", "Malta, the current OSCE Chair, called ..."
_ORG_CHAIR = re.compile(
    # ("India, as this year's G20 president, hosted ...": session 35)
    r"(?P<m>§S\d+§)(?:,\s+(?P<as>as\s+)?|\s+(?:is|was|remains|became|will\s+be)\s+)"
    r"(?:the\s+|this\s+year['’]s\s+)?"
    r"(?:current\s+|incoming\s+|outgoing\s+)?(?:rotating\s+)?(?:(?P<o>§O\d+§)\s+"
    r"(?:[Cc]hair(?:man)?|[Cc]hairmanship|[Pp]residency|[Cc]hair\s+country|(?(as)[Pp]resident|(?!)))\b|"
    # "Vietnam, the chair of ASEAN in 2020, ...", "Laos is the current chair of ASEAN"
    r"(?:[Cc]hair(?:man)?|[Cc]hair\s+country)\s+of\s+(?:the\s+)?(?P<o2>§O\d+§))"
)
# the chair named after its organisation (session 25): "The African Union's current chair,
# Mauritania, called ...", "ASEAN chair Laos hosted ..." (a state, not its leader: "The AU chair,
# Comoros President Azali"; not a former one)
_CHAIR_NAMED_AFTER = re.compile(
    # ("The EU presidency, Belgium,": the EU is masked as a state; _orgs keeps organisations)
    r"(?P<o>§[OS]\d+§)(?:['’]s)?\s+(?:(?:current|incoming|outgoing|rotating|this\s+year['’]s)\s+)*"
    r"(?:[Cc]hair(?:man)?|[Cc]hair\s+country|[Cc]hairmanship|[Pp]residency|[Pp]resident)"
    r"(?:,\s+(?:the\s+)?(?P<m>§S\d+§)(?=\s*,)|\s+(?P<m2>§S\d+§)(?=\s+[a-z]))(?!['’])"
)
# "The ASEAN chairmanship passed from Indonesia to Laos"
_ORG_PRESIDENCY_PASSED = re.compile(
    # ("Mercosur's pro tempore presidency passed from ...": session 30)
    r"(?P<o>§O\d+§)(?:['’]s)?\s+(?:rotating\s+|pro[\s-]tempore\s+)?(?:presidency|chairmanship|chairship|chair)\s+"
    r"(?:will\s+)?(?:pass(?:es|ed)?|go(?:es)?|went|move[sd]?)\s+from\s+(?P<a>§S\d+§)\s+to\s+(?P<b>§S\d+§)",
    re.IGNORECASE,
)
# "The chairmanship of ASEAN passed to Laos", "the SCO presidency was handed over to India": the
# state it went to holds it
_PRESIDENCY_PASSED_TO = re.compile(
    r"(?:(?P<o>§O\d+§)\s+(?:rotating\s+)?(?:presidency|chairmanship|chairship|chair)|"
    r"(?:rotating\s+)?(?:presidency|chairmanship|chairship|chair)\s+of\s+(?:the\s+)?(?P<o2>§O\d+§))\s+"
    r"(?:has\s+|had\s+)?(?:officially\s+|formally\s+|now\s+)?"
    r"(?:passed|went|gone|moved|rotated|(?:was|has\s+been)\s+(?:handed|passed)(?:\s+over)?)\s+"
    r"to\s+(?:the\s+)?(?P<b>§S\d+§)(?!['’])",
    re.IGNORECASE,
)
# "India's assumption of the SCO chairmanship, which passes to New Delhi from Uzbekistan", "the
# presidency of the G20, which passed from Indonesia to India": both held it (not "which will
# pass")
_WHICH_PASSES = re.compile(
    r"(?:(?P<o>§O\d+§)\s+(?:rotating\s+)?(?:[Pp]residency|[Cc]hair(?:manship|ship)?)|"
    r"(?:[Pp]residency|[Cc]hair(?:manship|ship)?)\s+of\s+(?:the\s+)?(?P<o2>§O\d+§)),\s+"
    r"(?:which|that)\s+(?:(?:has|had)\s+)?(?:now\s+)?(?:pass(?:es|ed)|went|gone|moved|rotated|"
    r"rotates|moves|goes)\s+"
    r"(?:to\s+(?:the\s+)?(?P<b>§[SC]\d+§)\s+from\s+(?:the\s+)?(?P<a>§[SC]\d+§)|"
    r"from\s+(?:the\s+)?(?P<a2>§[SC]\d+§)\s+to\s+(?:the\s+)?(?P<b2>§[SC]\d+§))(?!['’])"
)
# "the other two Quad members, India's S. Jaishankar and Australia's Penny Wong": the states of
# the people named as the members
_MEMBERS_BY_PEOPLE = re.compile(
    r"(?P<o>§O\d+§)\s+(?:members|allies|member\s+states|member\s+countries),\s+"
    r"(?P<m>§S\d+§['’]s?\s+§P\d+§(?:,\s+§S\d+§['’]s?\s+§P\d+§)*,?\s+and\s+"
    r"§S\d+§['’]s?\s+§P\d+§)"
)
# "The ministers praised their coordination as NATO Allies": the group's states
_THEIR_AS_MEMBERS = re.compile(
    r"(?P<g>§G\d+§)\s+(?:also\s+)?[a-z]+ed\s+their\s+(?:[a-z-]+\s+){1,3}?as\s+"
    r"(?:fellow\s+)?(?:(?P<o>§O\d+§)\s+(?:[Aa]llies|[Mm]embers|[Mm]ember\s+[Ss]tates)|"
    r"members\s+of\s+(?:the\s+)?(?P<o2>§O\d+§))"
)
# the same told of people (session 39): "The leaders reaffirmed the close alliance between the
# United States and the Netherlands and their coordination as NATO Allies", "As fellow members
# of ASEAN, the two leaders discussed ..." (the states of the people, two or more)
_FELLOWS_AS = (
    r"as\s+(?:fellow\s+)?(?:(?P<o>§O\d+§)\s+(?:[Aa]llies|[Mm]embers|[Mm]ember\s+[Ss]tates)\b|"
    r"members\s+of\s+(?:the\s+)?(?P<o2>§O\d+§))"
)
_PEOPLE_THEIR_AS_MEMBERS = re.compile(
    r"(?P<p>§P\d+§)\s+(?:also\s+)?[a-z]+ed\s+(?:(?:[^.;§]|§[SC]\d+§){0,100}?\s)?their\s+"
    # (not "their future role as members of NATO": members to come)
    r"(?:(?!(?:future|potential|prospective|possible|eventual|desired|planned|intended|new)\b)"
    rf"[a-z-]+\s+){{1,3}}?{_FELLOWS_AS}"
)
_AS_MEMBERS_PEOPLE = re.compile(
    rf"(?:^|(?<=[,;:]\s))[Aa]s\s+{_MEMBER_ADJ}(?:(?P<o>§O\d+§(?:\s+and\s+(?:the\s+)?§O\d+§)?)\s+"
    r"(?:[Mm]embers|[Mm]ember\s+[Ss]tates|[Mm]ember\s+countries|[Aa]llies)\b|members\s+of\s+"
    r"(?:both\s+)?(?:the\s+)?(?P<o2>§O\d+§(?:\s+and\s+(?:the\s+)?§O\d+§)?)),\s+(?:the\s+)?(?P<p>§P\d+§)"
)
# working together as members, said of one of the pair in focus (session 39): "President Biden
# underscored his commitment to continue working together as NATO Allies" (after a call with
# President Erdogan: both states)
_TOGETHER_AS_MEMBERS = re.compile(
    r"(?P<p>§P\d+§)\s+(?:[^.;§]){0,80}?\b(?:work|works|worked|working|cooperate|cooperates|"
    r"cooperated|cooperating|coordinate|coordinates|coordinating|stand|stands|standing)\s+"
    rf"(?:closely\s+)?together\s+(?:closely\s+)?[\"“]?{_FELLOWS_AS}"
)
# "Indonesia, which took over the ASEAN chairmanship from Cambodia on 1 January": both led it
_CHAIR_TAKEN_FROM = re.compile(
    # ("Indonesia will assume the ASEAN chairmanship from Cambodia": the chair held now, the
    # other to hold it)
    r"(?P<a>§S\d+§)(?:,\s+which)?\s+(?:has\s+|had\s+|will\s+|is\s+(?:set\s+)?to\s+)?"
    r"(?:formally\s+|officially\s+)?"
    r"(?:took|takes|taken|take|assumed|assumes|assume|inherited|inherits|received|receives)\s+"
    r"(?:over\s+)?(?:the\s+)?"
    r"(?:rotating\s+)?(?:(?P<o>§O\d+§)['’]?s?\s+(?:rotating\s+)?(?:[Cc]hair(?:manship|ship)?|[Pp]residency)|"
    r"(?:[Cc]hair(?:manship|ship)?|[Pp]residency)\s+of\s+(?:the\s+)?(?P<o2>§O\d+§))"
    # ("..., succeeding Mauritania": session 30)
    r"[^,;§]{0,40}?(?:\s+from|,\s+(?:succeeding|replacing))\s+(?:the\s+)?(?P<b>§S\d+§)(?!['’])"
)
# a state's mention that stands for one of its officials ("Cambodia's foreign minister")
_OFFICIAL_OF = re.compile(r"['’]s\s")
# "As the G20 Presidency, and Chairman of ASEAN next year, Indonesia will ...": a fronted role
_AS_CHAIR = re.compile(
    r"(?:^|[;:]\s*|,\s*)[Aa]s\s+(?P<roles>(?:(?:and\s+)?(?:the\s+)?[^,;]{0,60}?"
    r"(?:[Cc]hair(?:man|manship|woman)?|[Pp]residency|[Pp]resident)\b[^,;]{0,40},\s*){1,3})"
    rf"(?P<m>{STATES})"
)
_CHAIR_OF = re.compile(
    r"(?P<o>§[OS]\d+§)(?:['’]s)?\s+(?:rotating\s+)?(?:[Pp]residency|[Cc]hair(?:manship|ship)?)\b|"
    r"(?:[Cc]o-?)?(?:[Cc]hair(?:man|manship|woman)?|[Pp]residency|[Pp]resident)\s+of\s+(?:the\s+)?"
    r"(?P<p>§[OS]\d+§)"
)
# "Bola Tinubu currently chairs the Authority of Heads of State and Government of the ECOWAS",
# "President Sall chairs the Assembly of the African Union": a person at the head of a body's
# organ (or of the body) heads the body, and their state holds it
_PERSON_CHAIRS_ORGAN = re.compile(
    # ("President Sall currently also chairs the African Union": session 28)
    r"(?P<p>§P\d+§)\s+(?:(?:currently|now|also)\s+){0,2}(?:chairs|presides\s+over)\s+(?:the\s+)?"
    r"(?:(?:Authority|Assembly|Conference|Council|Summit|Committee)(?:\s+(?:of|and)\s+[A-Z][a-z]+)*"
    r"(?:\s+and\s+[A-Z][a-z]+)?\s+of\s+(?:the\s+)?)?(?P<o>§O\d+§)(?=\s*[.;,]|\s*$)"
)
_PERSON_CHAIRS = re.compile(
    # ("who currently also chairs the African Union": session 28)
    r"(?P<p>§P\d+§),\s+who\s+(?:(?:currently|also|now)\s+){0,2}(?:chairs|holds\s+the\s+"
    r"(?:rotating\s+)?(?:chair|chairmanship|chairship|presidency)\s+of)\s+(?:the\s+)?(?:(?P<o>§[OS]\d+§)|"
    # "Tinubu, who chairs the 15-nation bloc, ...": the organisation named last (session 37)
    r"(?P<bloc>(?:\d{1,3}-(?:nation|member|country|state)|regional)\s+(?:bloc|grouping|alliance)"
    r"(?=\s*[,.;]|\s+(?:this|since)\b)))"
)
# a person who chaired a meeting as the body's chair: "Sultan Hassanal Bolkiah, who chaired the
# meeting as the current ASEAN Chair, said ...", "Modi presided over the session as SCO chair"
# (session 36b; their state holds the chair)
_PERSON_CHAIRED_AS = re.compile(
    r"(?P<p>§P\d+§)(?:,\s+who)?\s+(?:also\s+)?(?:chairs|chaired|presides\s+over|presided\s+over|hosted|"
    r"hosts|opened)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|session|conference|"
    r"gathering)\s+as\s+(?:the\s+)?(?:(?:current|rotating|outgoing|incoming)\s+|this\s+year['’]s\s+)?"
    # (the chair's word may be read as the person, a slot of its own: "the current ASEAN Chair,
    # said")
    r"(?:(?P<o>§O\d+§)\s+(?:(?:[Cc]hair(?:man|person|woman)?|[Cc]hair\s+country)\b|(?P<cp>§P\d+§))|"
    r"(?:[Cc]hair(?:man|person|woman)?)\s+of\s+(?:the\s+)?(?P<o2>§O\d+§))"
)
# a state's duties or role as a chair (session 37): "supports Kazakhstan in fulfilling its duties
# as the rotating chair of the SCO", "Brazil, in its capacity as the current chair of Mercosur,",
# "thanked India for its work as SCO chair" (not "its future role as chair")
_ITS_ROLE_AS_CHAIR = re.compile(
    r"(?P<m>§S\d+§),?\s+(?:in|for|on)\s+(?:[a-z]+ing\s+)?its\s+"
    r"(?:(?:successful|able|effective|excellent|current|active|important)\s+)?"
    r"(?:duties|responsibilities|role|work|tasks|capacity|efforts|term|tenure|leadership|mission)\s+"
    r"as\s+(?:the\s+)?(?:(?:current|rotating|outgoing)\s+)*(?:(?P<o>§O\d+§)\s+"
    r"(?:[Cc]hair(?:man|person)?|[Pp]residen(?:t|cy))\b|(?:[Cc]hair(?:man|manship|person)?|"
    r"[Pp]residen(?:t|cy))\s+of\s+(?:the\s+)?(?P<o2>§O\d+§))"
)
_CHAIR_WORD = re.compile(r"[Cc]hair(?:man|person|woman)?\W*")
# a person who takes the chair, or is congratulated on taking it: "Ghazouani took over the
# rotating chairmanship of the African Union on Saturday from ...", "congratulated President
# Lourenco on assuming the chairmanship of SADC in August" (session 28; the chair, not a
# presidency: a state holds the Council of the EU's)
_PERSON_TOOK_CHAIR = re.compile(
    # ("X, President of Zimbabwe, assumed ...": the title's apposition is in the person's slot,
    # its closing comma after it; session 35)
    r"(?:(?<!\w)(?P<p>§P\d+§)(?:,\s+who|(?P<apposed>,))?\s+(?:has\s+|formally\s+|officially\s+)*"
    # ("Modi received the G20 Presidency from President Widodo": session 36b)
    r"(?:took\s+over|takes\s+over|assumed|assumes|received|receives)|"
    r"congratulat\w*\s+(?:the\s+)?(?P<p2>§P\d+§)\s+(?:on|upon|for)\s+(?:his\s+|her\s+)?"
    r"(?:assuming|taking\s+over|(?:the\s+)?assumption\s+of|election\s+as))\s+"
    # ("assumed the role of Chairman-in-Office of the OSCE", "took over the SADC chairmanship":
    # session 30)
    r"(?:the\s+)?(?:(?:role|post|position)\s+of\s+(?:the\s+)?)?(?:rotating\s+|pro[\s-]tempore\s+)?"
    r"(?:(?:[Cc]hair(?:manship|mainship|man|person|woman)?(?:-in-[Oo]ffice)?|"
    r"(?P<presidency>[Pp]residency))\s+of\s+(?:the\s+)?(?P<o>§O\d+§)|"
    r"(?P<ob>§O\d+§)\s+(?:rotating\s+)?(?:[Cc]hair(?:manship|ship)?\b|(?P<presidency2>[Pp]residency)))"
    # ("..., succeeding Mauritanian President X", "from Saudi Arabia": session 30)
    r"(?P<rest>[^,;§]{0,40}?(?:\s+from|,\s+(?:succeeding|replacing|taking\s+over\s+from))\s+"
    r"(?:the\s+)?(?P<b>§[PS]\d+§)(?!['’]))?"
)
# an organ named after its body's slot: "the §O1§ Organ on Politics, Defence and Security"
_ORGAN_NAMED_AFTER = re.compile(r"\s+(?:Organ|Committee|Council|Commission|Troika)\b")
# a chair handed over: "Liechtenstein handed over the chairmanship of the Council of Europe to
# Lithuania", "Tokayev handed over the SCO chairmanship to Xi Jinping": both states held it, the
# person it went to chairs the organisation (session 30; ANNOTATION.md §4, "the presidency
# passing from Armenia to Belarus")
_HANDED_OVER_CHAIR = re.compile(
    r"(?P<a>§[SP]\d+§)\s+(?:(?:has|had|formally|officially|also|then|later)\s+)*"
    r"(?:handed\s+over|passed\s+on|passed\s+over|transferred|handed)\s+the\s+"
    r"(?:rotating\s+|pro[\s-]tempore\s+)?"
    r"(?:(?P<o>§O\d+§)(?:['’]s)?\s+(?:rotating\s+)?(?P<k>[Cc]hair(?:manship|ship)?|[Pp]residency)|"
    r"(?P<k2>[Cc]hair(?:manship|ship)?|[Pp]residency)\s+of\s+(?:the\s+)?(?P<o2>§O\d+§))\s+"
    r"(?:over\s+)?to\s+(?:the\s+)?(?P<b>§[SP]\d+§)(?!['’])|"
    # "Ghazouani was handed the rotating chairmanship of the African Union by Azali Assoumani"
    r"(?P<b2>§P\d+§)\s+(?:was|has\s+been)\s+handed\s+(?:over\s+)?the\s+(?:rotating\s+)?"
    r"(?P<k3>[Cc]hairmanship)\s+of\s+(?:the\s+)?(?P<o3>§O\d+§)\s+by\s+(?:the\s+)?(?P<a2>§[SP]\d+§)(?!['’])|"
    # "Ghazouani succeeds Comoros President Azali Assoumani as chairman of the African Union"
    r"(?P<b3>§P\d+§)\s+(?:succeeds|succeeded|replaces|replaced)\s+(?:the\s+)?(?P<a3>§[SP]\d+§)\s+as\s+"
    r"(?:the\s+)?(?:rotating\s+)?(?P<k4>[Cc]hair(?:man|person|woman)?)\s+of\s+(?:the\s+)?(?P<o4>§O\d+§)|"
    # "X, whose government held the pro tempore presidency of CELAC during 2022, handed over the
    # post to Y" (the post the clause named)
    r"(?P<a5>§P\d+§),\s+whose\s+(?:country|government|nation)\s+(?:held|has\s+held|had\s+held)\s+"
    r"the\s+(?:rotating\s+|pro[\s-]tempore\s+)?(?P<k5>[Cc]hair(?:manship|ship)?|[Pp]residency)\s+of\s+"
    r"(?:the\s+)?(?P<o5>§O\d+§)[^§,;]{0,30},\s+handed\s+(?:over\s+)?the\s+(?:post|position|role|"
    r"chairmanship|presidency)\s+(?:over\s+)?to\s+(?:the\s+)?(?P<b5>§[SP]\d+§)(?!['’])"
)
# "Comoros President Azali Assoumani chaired the African Union in 2023": a past chair, his
# state's membership (no Tenure: not his office now; session 30)
_PERSON_CHAIRED = re.compile(
    r"(?P<p>§P\d+§)\s+(?:(?:also|previously|once)\s+)?chaired\s+(?:the\s+)?(?P<o>§O\d+§)"
    r"(?=\s+(?:in|during|from|between|until)\s|\s*[.;]|\s*$)"
)
# "NATO members Poland and Lithuania", "fellow EU member states Hungary and Slovakia"
_NAMED_MEMBERS = re.compile(
    rf"(?P<o>§{_NOT_OF}[OS]\d+§)\s+(?:member\s+states|member\s+countries|members|allies|member\s+state|"
    rf"member|ally|participating\s+[Ss]tates?)\s+(?P<m>{STATES})"
)
# "Niger, one of the 15 member states of ECOWAS,", "Mali, one of the bloc's 15 members,": a
# state counted among the members (the bloc: the organisation named last; not "one of the
# former members", "one of the candidate countries")
_ONE_OF_MEMBERS = re.compile(
    rf"(?P<m>{STATES}),\s+(?:also\s+|itself\s+)?(?:one|another)\s+of\s+(?:the\s+)?"
    r"(?:(?P<o>§[OS]\d+§)['’]s?\s+|(?P<g>bloc|alliance|grouping|organi[sz]ation|union)['’]s\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)?"
    # ("Algeria, one of the 10 elected members of the Security Council": session 24)
    rf"{_MEMBER_ADJ}(?:member\s+(?:states|countries|nations)|members)\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<o2>§[OS]\d+§))?"
)
# the members listed before an apposition naming the body by its kind: "Brazil, Russia, India,
# China and South Africa, the bank's founding members, pledged capital to the New Development
# Bank" (session 28; the one organisation of that kind the sentence names, else the article's
# last; not former or future members)
_KIND_MEMBERS_APPOSED = re.compile(
    rf"(?P<m>{STATES}),\s+(?:all\s+|both\s+)?(?:the\s+)?(?P<g>bank|bloc|alliance|grouping|"
    r"organi[sz]ation|union|forum|community)['’]s\s+(?:(?:founding|current|original|core|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d+)\s+){0,2}"
    r"(?:members|member\s+states|member\s+countries|members\s+states)\s*,"
)
# the states listed before an apposition that counts them as the organisation's members:
# "Poland, Hungary and Slovakia, the three EU member states, objected" (session 35; as many
# states as counted, not "the three EU candidate countries" nor "former" ones)
_COUNTED_MEMBERS_APPOSED = re.compile(
    rf"(?P<m>{STATES}),\s+the\s+(?P<n>\d{{1,2}}|" + "|".join(NUMBER_WORDS) + r")\s+"
    rf"(?P<o>§{_NOT_OF}[OS]\d+§)\s+(?:members|member\s+states|member\s+countries|"
    r"member\s+nations|[Aa]llies)\b(?!['’])"
)
# a state's act that makes it a member: "Cyprus signed the framework agreement of the
# International Solar Alliance on Tuesday, thereby joining the alliance" (session 28; the
# sentence's subject, and the one organisation the sentence names)
_THEREBY_JOINING = re.compile(
    r"^(?:[A-Z][a-z]+,\s+)?(?:the\s+)?(?P<m>§S\d+§)\s+(?:has\s+|have\s+|formally\s+|officially\s+)*"
    r"[a-z]+ed\b[^;§]{0,60}?(?P<o>§O\d+§)[^;§]{0,60}?,\s+(?:thereby|thus|so|formally|officially)\s+"
    r"(?:formally\s+|officially\s+)?(?:joining|becoming\s+(?:an?\s+|the\s+\w+\s+)?"
    r"(?:full\s+)?member\s+of)\s+(?:the\s+)?(?:alliance|bloc|organi[sz]ation|grouping|union|"
    r"community|group|forum|bank|(?P<j>§O\d+§))"
)
# "the commitment of the three Baltic Council member states, Estonia, Latvia and Lithuania":
# the states listed right after the organisation's members (a count, if given, that the list
# has; without the organisation's name, "the six member states, A, B, ..." of the organisation
# named last, counted)
_MEMBER_STATES_LISTED = re.compile(
    r"\b[Tt]he\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)?"
    r"(?:(?P<o>§O\d+§)\s+)?member\s+(?:states|countries|nations)\s*(?:,|\s+[-–—]|:)\s+"
    r"(?:namely\s+)?(?:the\s+)?(?P<m>§S\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§S\d+§)+)"
    r"(?=\s*(?:[,;.)–—]|\s-\s|$))"
)
_COUNTED_MEMBERS = re.compile(
    r"\b(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?P<o>§[OS]\d+§)\s+(?:member(?:\s+states|\s+countries|s)?|signatory\s+(?:states|countries)|"
    r"(?:states|countries)\s+parties)\b"
)
# "The two NATO allies agreed ...", "Both EU countries ...", "Greece and Turkey, the two NATO
# allies, ...": a pair called members (the pair the sentence names before, else the two states
# named last, else those that met)
_PAIR_OF_MEMBERS = re.compile(
    rf"(?:[Tt]he\s+two|[Bb]oth) (?P<o>§{_NOT_OF}[OS]\d+§)\s+(?:members|member\s+states|"
    r"member\s+countries|allies|countries|states|nations)\b(?!['’])"
)
_NUMBERS = NUMBER_WORDS
# the states of a regional group, by the names the KB resolves (no QID is written in code)
_REGION_STATES = {
    "nordic": ("Denmark", "Finland", "Iceland", "Norway", "Sweden"),
    "baltic": ("Estonia", "Latvia", "Lithuania"),
    "central asian": ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"),
}
# "all five Nordic countries are members of the Arctic Council": the group's states the article
# names, when they are as many as the sentence counts
_REGION_MEMBERS = re.compile(
    r"\b(?:[Aa]ll\s+(?:the\s+)?|[Tt]he\s+|[Bb]oth\s+(?:the\s+)?)"
    # ("The Baltic states are members of the EU": all of the group, session 28)
    r"(?:(?P<n>two|three|four|five|six|seven|eight|\d)\s+)?(?P<g>Nordic|Baltic|Central\s+Asian)\s+"
    rf"(?:countries|states|nations){_WHEN}\s+{_BE}{_ADV}\s+{_DET}{_MEMBER_ADJ}"
    rf"members?(?:\s+states?)?\s+of\s+(?:the\s+)?(?P<o>{_ORGS})"
)
# "Both Koreas joined the United Nations simultaneously in 1991", "the two Koreas were admitted
# to the UN in 1991", "both Koreas are members of the ARF": North and South Korea, by the names
# the KB resolves
_KOREAS = re.compile(
    rf"\b(?:[Bb]oth|[Tt]he\s+two)\s+Koreas{_WHEN}\s+(?:(?:simultaneously|both|together|jointly)\s+)?"
    r"(?:(?P<join>joined|acceded\s+to|(?:were|have\s+been)\s+(?:simultaneously\s+)?admitted\s+(?:in)?to)|"
    rf"(?P<be>{_BE}){_ADV}\s+{_DET}{_MEMBER_ADJ}members?(?:\s+states?)?\s+of)"
    rf"\s+(?:the\s+)?(?P<o>{_ORGS})" + _NOT_JOINED_ORG
)
_KOREA_NAMES = ("North Korea", "South Korea")
# a seat held on a body: "the Security Council, where Russia holds a permanent seat", "France
# has a permanent seat on the Security Council" (not one sought: "where Brazil wants a seat")
_HOLDS_SEAT = re.compile(
    rf"(?P<o>§O\d+§),\s+(?:where|in\s+which|on\s+which)\s+(?P<m>{STATES})\s+(?:also\s+|still\s+)?"
    r"(?:holds|has|held|had|occupies|occupied|retains)\s+(?:a|one\s+of\s+(?:the\s+)?\w+)\s+"
    r"(?:(?:permanent|non-permanent|rotating|veto-wielding|elected)\s+)?seats?\b|"
    rf"(?P<m2>{STATES})(?:,\s+which)?\s+(?:also\s+|still\s+)?(?:holds|has|held|had|occupies|occupied|retains)\s+"
    r"(?:a|one\s+of\s+(?:the\s+)?\w+)\s+(?:(?:permanent|non-permanent|rotating|veto-wielding|elected)\s+)?"
    r"seats?\s+(?:on|in|at|of)\s+(?:the\s+)?(?P<o2>§O\d+§)"
)
# where a list of joiners ends: the clause's end, or a date after it ("... by India and
# Pakistan in 2017"; not "in imposing sanctions")
_LIST_ENDS = r"(?=\s*[,;.]|\s*$|\s+(?:in|on)\s+(?![a-z]+ing\b)|\s+(?:last|this)\s+(?:year|month))"
# a joining told from the organisation's side (session 36b): "The SCO was founded in 2001 by
# China, Russia and four Central Asian states, and was joined by India and Pakistan in 2017",
# "ASEAN was later joined by Vietnam in 1995" (where the list ends, or before its date: not "was
# joined by Norway in imposing sanctions", another act)
_JOINED_BY = re.compile(
    r"(?P<o>§O\d+§)\s+(?:was|were|(?:has|had)\s+(?:since\s+|later\s+)?been)\s+"
    r"(?:(?:co-?founded|founded|established|created|set\s+up|formed|launched)\b"
    r"(?:[^;§]|§S\d+§){0,120}?,?\s+and\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?)?"
    r"(?:later\s+|subsequently\s+|then\s+|since\s+)?joined\s+by\s+(?:the\s+)?"
    rf"(?P<m>{STATES}){_LIST_ENDS}"
)
# the organisation a state joined, told in a relative clause: "the African Union, which Morocco
# rejoined in 2017" (a joining done: not "which Ukraine hopes to join", "which Serbia has not
# joined")
_WHICH_JOINED = re.compile(
    rf"(?P<o>§O\d+§),\s+which\s+(?P<m>{STATES})\s+(?:also\s+|formally\s+|officially\s+|only\s+)?"
    rf"(?:has\s+|had\s+)?(?:joined|rejoined|acceded\s+to){_LIST_ENDS}"
)
# a veto held in a body is a (permanent) seat on it: "Russia holds a veto in the Security
# Council", "China, which wields veto power on the Security Council", "the Security Council,
# where France has a veto"
_HOLDS_VETO = re.compile(
    rf"(?P<m>{STATES})(?:,\s+which)?\s+(?:also\s+|still\s+)?(?:holds|has|wields|held|had|"
    r"retains|enjoys)\s+(?:a\s+|the\s+|its\s+)?(?:permanent\s+)?veto(?:\s+(?:power|right)s?)?\s+"
    r"(?:on|in|at)\s+(?:the\s+)?(?:\d+-(?:member|nation|seat)\s+)?(?P<o>§O\d+§)|"
    rf"(?P<o2>§O\d+§),\s+(?:where|in\s+which|on\s+which)\s+(?P<m2>{STATES})\s+(?:also\s+|still\s+)?"
    r"(?:holds|has|wields|held|had|retains|enjoys)\s+(?:a\s+|the\s+)?(?:permanent\s+)?"
    r"veto(?:\s+(?:power|right)s?)?\b"
)
_PRESIDENCY = re.compile(
    r"(?:rotating\s+)?(?:presidency|chairmanship|chairship|chair)\s+of\s+(?:the\s+)?(?P<o>§[OS]\d+§)\s+"
    r"(?:will\s+)?(?:pass(?:es|ed)?|go(?:es)?|move[sd]?)\s+from\s+(?P<a>§S\d+§)\s+to\s+(?P<b>§S\d+§)",
    re.IGNORECASE,
)
_HOLDS_PRESIDENCY = re.compile(
    r"(?P<a>§[SD]\d+§)(?:['’]s)?\s+(?:(?:current|successful|outgoing|ongoing|able|rotating|"
    r"year-long)\s+)*(?:presidency|chairmanship|chairship)\s+of\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}?(?P<o>§[OS]\d+§)|"
    # "commended India's G20 presidency", "Hungary's EU presidency" (the EU's slot is a state's
    # too), "the Hungarian EU presidency"
    r"(?P<a2>§S\d+§['’]s|§D\d+§)\s+(?:rotating\s+)?(?P<o2>§[OS]\d+§)\s+(?:presidency|chairmanship|chairship)\b|"
    # "Germany holds the G7 presidency in 2022"
    # ("Brazil has held the G20 presidency since December 2023": session 32)
    r"(?P<a3>§S\d+§)(?:,\s+which)?\s+(?:holds|(?:has\s+|have\s+)?held|assumed|took\s+over)\s+the\s+(?:rotating\s+)?"
    # ("Hungary, which holds the EU's rotating presidency": session 25)
    r"(?P<o3>§[OS]\d+§)(?:['’]s\s+(?:rotating\s+)?|\s+)"
    r"(?:presidency|chairmanship|chairship)\b|"
    # "the G7 summit held in Hiroshima under Japan's presidency": a meeting of the body it chairs
    # (not one to come: "will be held under ...")
    r"(?P<o4>§O\d+§)\s+(?:summit|meeting|ministerial|council|session)s?\b"
    r"(?:(?!will\s|would\s|next\s|to\s+be\s)[^.;§]|§C\d+§){0,60}?\s+"
    r"under\s+(?:the\s+)?(?P<a4>§[SD]\d+§)(?:['’]s)?\s+(?:rotating\s+)?(?:presidency|chairmanship|chairship)\b",
    re.IGNORECASE,
)
_AS_MEMBERS = re.compile(
    rf"\b(?:our|their)\b[^.;]{{0,120}}?\bas\s+(?:fellow\s+|founding\s+)?members\s+of\s+(?:the\s+)?(?P<o>{_ORGS})"
)
# What _MEMBER_LIST and _COUNTED_MEMBERS cannot match without: an organisation's slot and then
# its members ("§O1§ member states", "§O1§ signatory countries", "§O1§ states are")
_COUNTED_HINT = re.compile(r"§\s+(?:member|signatory|states|countries)")
# What _PRESIDENCY and _HOLDS_PRESIDENCY cannot match without (ignoring case, as they do)
_PRESIDENCY_WORDS = ("presidency", "chair")


# a body of an organisation and a partner: "the NATO-Ukraine Council", "the EU-China Summit"
_JOINT_BODY = re.compile(
    r"(?:§O\d+§\s*[-–]\s*§[SO]\d+§|§S\d+§\s*[-–]\s*§O\d+§)\s+(?:Council|Commission|Committee|"
    r"Summit|Forum|Dialogue|Partnership|Cooperation\s+Council)\b"
)
# a state's chair named by a possessive ("Hungary's EU presidency", "its chairmanship of ASEAN",
# "under Japan's presidency")
_POSSESSIVE_CHAIR = re.compile(
    r"(?:§S\d+§['’]s?|§D\d+§(?:['’]s)?|\bits)\s+(?:(?:§[OS]\d+§|current|upcoming|forthcoming|"
    r"incoming|coming|next|outgoing|rotating|successful|first|annual|year-long|able|strong)\s+){0,3}"
    r"(?:[Pp]residency|[Cc]hair(?:manship|ship)?|leadership|stewardship|assumption)\b"
)
_CLAUSE_STOP = re.compile(r"[,;]")
# bodies whose members are an organisation's member states, by the names the KB resolves: a
# state's chair or seat in one is its membership of the organisation ("Spain's presidency of the
# Council of the European Union": Spain a member of the EU, not of the Council)
_ORGAN_OF = {
    "Council of the European Union": "European Union",
    "European Council": "European Union",
    "Nordic Council of Ministers": "Nordic Council",
}


# a body the KB does not know named by its organisation: "the EU Council", "the Arab League
# Council", "the SCO Council of Foreign Ministers", "the EAEU Intergovernmental Council"
_ORGAN_NAME = re.compile(
    r"(?P<org>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}?)\s+(?:(?:Intergovernmental|Supreme|Permanent|"
    r"Ministerial|Joint|Coordinating)\s+)?(?:Council|Summit|Assembly|Conference|Committee)"
    r"(?:\s+of\s+(?:[A-Z][\w-]*(?:\s+and)?\s*){1,5})?"
)
_ACRONYM_ORG = re.compile(r"[A-Z]{2,6}")


# an organ of an organisation's members named without the organisation ("the Committee of
# Ministers", "the Council of Heads of State", "the Session of the Council", "the Conference of
# Heads of Government"), which mention finding takes for an organisation of its own
_MEMBERS_ORGAN = re.compile(
    r"(?:(?:Executive|Ministerial|Permanent|Supreme|Intergovernmental)\s+)?"
    r"(?:Committee|Council|Conference|Assembly|Session|Summit|Meeting|Authority)\s+of\s+(?:the\s+)?"
    r"(?:(?:Foreign|Heads?|Ministers|State|Government|Permanent|Representatives|Council|Affairs|"
    r"Economy|Economic|and|of|the)(?:\s+|$))+"
)
# what follows such an organ's name in a masked sentence: the organisation it is of ("the
# Council of Heads of State of the SCO", whose mention ends at "Heads")
_ORGAN_OF_AFTER = re.compile(
    r"(?:\s+(?:of|and)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}?)*?\s+of\s+(?:the\s+)?(?P<o>§O\d+§)"
)


# the name of an organ of the members right before its organisation's slot ("the Committee of
# Ministers of the §O1§", "the 50th Session of the Council of Foreign Ministers of the §O1§",
# "the Executive Council of the §O1§"), after "the"
_ORGAN_BEFORE_ORG = re.compile(
    r"(?<=\bthe\s)(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:Session|Council|Committee|Conference|Summit|Assembly|Authority)"
    r"(?:\s+(?:of|and)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})*\s+of\s+(?:the\s+)?(?=§O\d+§)"
)


# an organ's own slot before its organisation's ("the 50th §O1§ of the §O2§", §O1§ "Session of
# the Council of Foreign Ministers")
_ORGAN_SLOT_BEFORE_ORG = re.compile(
    r"(?<=\bthe\s)(?:\d+(?:st|nd|rd|th)\s+)?(?P<s>§O\d+§)\s+"
    r"(?:(?:of|and)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+)*of\s+(?:the\s+)?(?=§O\d+§)"
)


def _blank_organ_slot(analysis: Analysis, m: re.Match[str]) -> str:
    """The match blanked when its slot names an organ of the members (see _MEMBERS_ORGAN)."""
    organ = analysis.mention(m.group("s")).entity
    if organ is None or organ.qid or not _MEMBERS_ORGAN.fullmatch(organ.label):
        return m.group(0)
    return " " * len(m.group(0))


# "the AU's predecessor, the OAU": the name after it is the one joined
_PREDECESSOR = re.compile(
    r"(?<=\sthe\s)§O\d+§['’]s\s+(?:[a-z]+\s+)?predecessor(?:\s+organi[sz]ation)?,\s+(?:the\s+)?"
    r"(?=§O\d+§)"
)
# members told with their suspension: "Gabon and Niger, both suspended from the AU and ECOWAS",
# "Mali, which was suspended from ECOWAS after the coup", "Niger is now the fifth member barred
# from the African Union's activities, alongside Mali, Guinea, Sudan and Burkina Faso" (a
# suspended member is still a member; the suspension itself is an event, not read here)
_SUSPENDED_MEMBERS = re.compile(
    rf"(?P<m>{STATES}),\s+(?:(?:both|all|each)(?:\s+(?:two|three|four|five|six|\d+))?\s+|"
    r"which\s+(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:(?:currently|now|still)\s+)?"
    rf"(?:suspended|barred)\s+from\s+(?:the\s+)?(?P<o>{_ORGS})|"
    rf"(?P<m2>{STATES})\s+(?:is|was|became|becomes)\s+(?:now\s+)?the\s+(?:\w+\s+)?"
    # ("the fifth AU member state barred from the body's activities"; session 30)
    r"(?:(?P<o3>§O\d+§)\s+)?"
    r"(?:member|member\s+state|country|state)\s+(?:to\s+be\s+)?(?:suspended|barred)\s+from\s+"
    r"(?:(?:the\s+)?(?P<o2>§O\d+§)(?:['’]s?\s+(?:activities|bodies|institutions|decision-making\s+bodies))?|"
    r"the\s+(?:body|bloc|organi[sz]ation|union|continental\s+body|regional\s+bloc)['’]s\s+"
    r"(?:activities|bodies|institutions|decision-making\s+bodies))"
    rf",\s+(?:alongside|along\s+with|joining|after|like)\s+(?P<m3>{STATES})(?=\s*[,.;]|\s*$)"
)
# members suspended, listed after their count: "Four member states suspended after coups, Mali,
# Guinea, Burkina Faso and Niger, were not represented" (of the organisation the article names)
_SUSPENDED_LISTED = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<n>two|three|four|five|six|\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)\s+"
    r"(?P<o>§O\d+§\s+)?member\s+(?:states|countries)\s+(?:currently\s+)?(?:suspended|barred)\b"
    rf"[^,;§]{{0,40}},\s+(?P<m>{STATES}),"
)
# "SADC has 16 member states; the Comoros became the latest member in 2017"
_LATEST_MEMBER = re.compile(
    r"(?P<o>§O\d+§)\s+(?:now\s+)?(?:has|counts|comprises)\s+(?:\d+|[a-z]+)\s+"
    r"(?:member\s+states|members|member\s+countries)(?:;|,|\s+and|,\s+and)\s+(?:the\s+)?"
    r"(?P<m>§S\d+§)\s+(?:became|was)\s+(?:the\s+|its\s+)(?:latest|newest|most\s+recent|last)\s+"
    r"(?:member|to\s+join)\b"
)


# an organisation's summit ("the §O0§ summit", "a summit of the §O0§") and a chair of "the
# summit" (session 30)
_ORG_SUMMIT = re.compile(
    r"(?P<o>§O\d+§)\s+(?:[Ss]ummit|leaders['’]\s+summit)\b|\b[Ss]ummit\s+of\s+(?:the\s+)?(?P<o2>§O\d+§)"
)
_CHAIR_OF_SUMMIT = re.compile(
    r"(\b(?:[Pp]residency|[Cc]hairmanship|[Cc]hair)\s+of\s+)(the\s+summit)\b(?!\s+of\b)"
)


def _organ_owner(analysis: Analysis, doc: Doc, body: Entity) -> Entity | None:
    """The body itself, unless it is an organ of an organisation's members that mention finding
    read as an organisation of its own ("took over the chairmanship of the Committee of
    Ministers"): then the organisation the sentence names right after it ("... of the Council
    of Heads of State of the SCO"), else the one organisation the article has named, else none
    (a membership of "the Committee of Ministers" is wrong linked data; session 30)."""
    if body.qid or not _MEMBERS_ORGAN.fullmatch(body.label):
        return body
    for slot, mention in analysis.slots.items():
        if body.key not in {e.key for e in mention.entities}:
            continue
        at = analysis.masked.find(slot)
        after = _ORGAN_OF_AFTER.match(analysis.masked, at + len(slot)) if at >= 0 else None
        if after is not None:
            owners = [e for e in _orgs(analysis, after.group("o"), doc) if e.qid]
            return owners[0] if len(owners) == 1 else None
    named = [o for o in doc.finder.ctx.orgs.values() if o.qid]
    return named[0] if len(named) == 1 else None


def _organisation_of(doc: Doc, body: Entity) -> Entity:
    """The organisation a body of its member states belongs to, else the body: one the KB knows
    (see _ORGAN_OF), or one it does not know named by its organisation ("the EU Council")."""
    parent: str | None = None
    if body.qid:
        known = doc.kb.entity(body.qid)
        parent = _ORGAN_OF.get(known.label) if known is not None else None
    elif (organ := _ORGAN_NAME.fullmatch(body.label)) is not None:
        parent = organ.group("org")
    org = doc.kb.resolve(parent, (EntityKind.ORGANIZATION,)) if parent else None
    if org is not None:
        return Entity.linked(org.qid, org.label, EntityKind.ORGANIZATION)
    if parent and not body.qid and _ACRONYM_ORG.fullmatch(parent):
        return Entity.unlinked(parent, EntityKind.ORGANIZATION)  # "the SCO Council of ..."
    return body


# a pair phrase that coreference left unresolved (its antecedent is unclear)
_UNRESOLVED_PAIR = re.compile(
    r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:[\w-]+\s+)?(?:countries|states|nations|sides|parties|"
    r"neighbou?rs)\b|\b[Tt]he\s+countries\b"
)


def _may_name(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text may name one of the (lower-case ASCII) words in any case: a lower-case
    substring test, unless the text has a letter that IGNORECASE matches to an ASCII one."""
    if not text.isascii() and any(letter in text for letter in ASCII_UNDER_IGNORECASE):
        return True
    low = text.lower()
    return any(word in low for word in words)


def _states(analysis: Analysis, text: str, doc: Doc) -> list[Entity]:
    if text.lower() in {"they", "both"}:
        return [e for e in doc.finder.ctx.subject if e.kind is EntityKind.STATE]
    return [e for e in entities_of(analysis, text) if e.kind is EntityKind.STATE]


def _members(analysis: Analysis, text: str, doc: Doc) -> list[Entity]:
    """The member states a matched piece of text names; a group slot that stands for two
    people ("the two sides" after their ministers met) stands for their states."""
    states = _states(analysis, text, doc)
    if states or not text.startswith("§G") or not text.endswith("§") or text.count("§") != 2:
        return states
    people = entities_of(analysis, text)
    sides = {s.key: s for p in people if (s := side_of(doc, p)) is not None}
    if len(people) < 2 or len(sides) != len(people):
        return []
    return [s for s in sides.values() if s.kind is EntityKind.STATE]


# a generic name of an organisation ("the bloc", "the organisation"), which coreference reads
_GENERIC_ORG = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:bloc|grouping|alliance|organi[sz]ation|association)$"
)


# a pair that opens the sentence, then "both" or "they" in a later clause of it: "Niue and the
# Cook Islands are in free association with New Zealand, and both are members of the Forum"
_OPENING_PAIR = re.compile(r"(?:[Tt]he\s+)?(?P<p>§S\d+§\s+and\s+(?:the\s+)?§S\d+§)\s+[a-z]")
_CLAUSE_BEFORE = re.compile(r"(?:,\s+and|;|,\s+where|,\s+so)\s+$")


def _pair_before(analysis: Analysis, at: int) -> list[Entity]:
    """The two states that open the sentence, when "both" or "they" at ``at`` starts a later
    clause of it (else nothing: "both" then stands for the article's pair)."""
    masked = analysis.masked
    m = _OPENING_PAIR.match(masked, intro_end(masked))
    if m is None or m.end() > at or not _CLAUSE_BEFORE.search(masked[:at]):
        return []
    states = [e for e in entities_of(analysis, m.group("p")) if e.kind is EntityKind.STATE]
    return states if len(states) == 2 else []


def _opening_pair(analysis: Analysis, at: int) -> list[Entity]:
    """The two states that open the sentence before ``at`` ("Norway and Iceland discussed ...,
    of which both are members")."""
    masked = analysis.masked
    m = _OPENING_PAIR.match(masked, intro_end(masked)) or _OPENING_GROUP.match(
        masked, intro_end(masked)
    )
    if m is None or m.end() > at:
        return []
    states = [e for e in entities_of(analysis, m.group("p")) if e.kind is EntityKind.STATE]
    return states if len(states) == 2 else []


# "They also discussed the Pacific Islands Forum, of which both are members": a group slot that
# opens the sentence (the two states that met)
_OPENING_GROUP = re.compile(r"(?P<p>§G\d+§)\s+[a-z]")


def _chaired(analysis: Analysis, text: str, doc: Doc) -> list[Entity]:
    """The organisation whose chair a state holds; when named generically ("holds the
    chairmanship of the bloc"), only if the sentence before named no other organisation."""
    orgs = _orgs(analysis, text, doc)
    slots = [analysis.mention(slot) for slot in _SLOT_CODE.findall(text)]
    if not orgs or not any(_GENERIC_ORG.match(m.text) for m in slots):
        return orgs
    named: set[str] = set()
    for analysed in (doc.previous, analysis):
        for mention in analysed.mentions if analysed is not None else ():
            if _GENERIC_ORG.match(mention.text) or mention.begin >= slots[0].begin:
                continue
            named.update(e.key for e in mention.entities if _is_org(e, doc))
    return orgs if named == {o.key for o in orgs} else []


_SLOT_CODE = re.compile(r"§[A-Z]\d+§")


def _orgs(analysis: Analysis, text: str, doc: Doc) -> list[Entity]:
    pacts = _pacts(analysis, text) if "§O" in text else set()
    return [
        e
        for e in entities_of(analysis, text)
        if _is_org(e, doc)
        and not (not e.qid and _INSTRUMENT_NAME.search(e.label))
        and e.key not in pacts
    ]


# an unlinked name the text calls an agreement right after it: "the USMCA trade pact", "the RCEP
# free trade agreement" (its parties are no members of an organisation, session 25)
_PACT_AFTER = re.compile(
    r"\s+(?:(?:free\s+)?trade\s+|security\s+|defen[cs]e\s+|economic\s+)?"
    r"(?:pact|agreement|deal|treaty|accord)\b"
)


def _pacts(analysis: Analysis, text: str) -> set[str]:
    """The keys of the unlinked organisations of ``text`` that its sentence calls a pact."""
    found: set[str] = set()
    for slot in _SLOT_CODE.findall(text):
        mention = analysis.slots.get(slot)
        if mention is None:
            continue
        end = mention.end - analysis.sentence.begin
        if _PACT_AFTER.match(analysis.sentence.text, end):
            found.update(e.key for e in mention.entities if not e.qid)
    return found


# an unlinked name that is a treaty's, not an organisation's: "acceded to the Convention on
# Cluster Munitions", "joined the Paris Agreement" (no membership; "the Collective Security
# Treaty Organization" is one)
_INSTRUMENT_NAME = re.compile(
    r"\b(?:Convention|Treaty|Agreement|Accord|Protocol|Covenant|Charter|Pact)\b"
    r"(?!.*\b(?:Organi[sz]ation|Council|Secretariat|Commission|Union)\b)"
)


def _is_org(entity: Entity, doc: Doc) -> bool:
    if entity.kind is EntityKind.ORGANIZATION:
        return True
    known = doc.kb.entity(entity.qid) if entity.qid else None
    return known is not None and EntityKind.ORGANIZATION in known.kinds


# "Armenia and Azerbaijan have no diplomatic relations": "no" negates the relation it names
_NO_RELATION = re.compile(
    r"\bno\s+(?:[\w-]+\s+){0,2}(?:relations|ties|border|boundary|membership|members?|treaty|"
    r"agreement|partnership)\b",
    re.IGNORECASE,
)


_NEGATION_CUE = re.compile(r"\b(?:not|never|neither|nor|without)\b|n['’]t\b", re.IGNORECASE)


_NOT_NEGATING_ANY_CASE = re.compile(NOT_NEGATING.pattern, re.IGNORECASE)


def _first_negation(analysis: Analysis) -> int | None:
    """Where the sentence's first negation starts (idioms such as "not only" left out)."""
    if not analysis.negated:
        return None
    plain = _NOT_NEGATING_ANY_CASE.sub(lambda m: " " * len(m.group(0)), analysis.masked)
    cue = _NEGATION_CUE.search(plain)
    return cue.start() if cue else None


def _asserted(analysis: Analysis) -> bool:
    return (
        not analysis.negated
        and not analysis.hypothetical
        and not ("no" in analysis.words and _NO_RELATION.search(analysis.masked))
    )


# a verb after a list's last item, which is its subject: "... a member of NATO and the European
# Parliament approved the deal", "... and the EU also participates", "... and the Quad will";
# not a participle ("the SCO founded in 2001", "the bloc led by Russia")
_NEW_CLAUSE = re.compile(
    r"\s+(?:also\s+|too\s+|then\s+|later\s+)?"
    r"(?:(?:is|was|are|were|has|have|had|will|would|can|could|should|shall|may|might|must|does|"
    r"did|participates?|attends?|joins?|takes?|holds?|remains?|said|says|told|met|held|made|"
    r"took|gave|sent|began|became|won)\b|"
    r"[a-z]+ed\s+(?:the|a|an|its|their|his|her|this|these|those|to|that)\s|[a-z]+ed\s+§|"
    r"(?!(?:members|states|countries|nations|allies|partners|leaders|ministers|officials|forces|"
    r"troops|heads|talks|ties|relations|plus|thus|versus|minus)\s)[a-z]+[^s\W]s\s+"
    r"(?:the|a|an|its|their|this|§))"
)
# a verb right after a list: "..., and Russia opposes its expansion"
_CLAUSE_AFTER_LIST = re.compile(
    r"\s+(?:also\s+|has\s+|have\s+|had\s+|will\s+|would\s+|is\s+|was\s+)?"
    r"(?!(?:as|is|was|its|has|this|thus|news|status|ties|talks|areas|ranks|terms|seats|"
    r"observers|partners|members|states|countries|nations|guests|allies|respectively)\b)"
    r"[a-z]+(?:s|ed)\b"
)
_COMMA_AND_SLOT = re.compile(r"\s*,\s*and\s+(?:the\s+)?§[A-Z]\d+§$")
_SLOT_AND = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?§[A-Z]\d+§$")
_MEMBER_WORDS = frozenset(
    "member members make form formed constitute comprise founded established joined acceded "
    "presidency chairmanship chairship chair chairs chairman signatory allies ally joins groups "
    "includes rejoined join chaired presides chairing presiding founder founders cofounders "
    "co-founders "
    "comprises consists brings belong belongs two three four five six seven eight nine ten "
    "eleven twelve membership include admitted accepted unites made composed joining "
    "participating created launched set sets establishes creates leadership chairperson "
    "chairwoman reinstate reinstated reinstates readmit readmitted readmits partners "
    "accession seat seats term suspended barred producer exporter economy president veto".split()
)


_CLAUSE_END = re.compile(
    r";|,\s+(?:where|while|whereas|but|although|in\s+which|of\s+which)\b|"
    # a clause of a state's after the main one: "Finland became the alliance's 31st member in
    # April after Turkey's parliament ratified its accession" (session 39)
    r"\s+after\s+(?=(?:the\s+)?§S\d+§)|"
    # a clause of its own after "and": "... are members of the CIS, and welcomed Uzbekistan's
    # observer status", "Armenia joined the CSTO and applied for EU candidate status"
    # (its subject a pronoun too: "..., and it holds observer status in the SCO": session 39)
    r",?\s+and\s+(?:(?:it|they)\s+)?(?=(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|"
    # "... of the OSCE since 2012 and holds observer status in the SCO"
    r"(?:holds|has|enjoys|seeks|wants|hopes)\s+(?:an?\s+)?(?:observer|candidate|to\s+join|"
    r"membership))\b)"
)
_OBSERVER_WHERE = re.compile(
    r"(?P<o>§[OS]\d+§),\s+where\s+(?P<m>§S\d+§)\s+(?:has|holds|enjoys|had)\s+(?:an?\s+)?"
    r"observer\s+status"
)


# a membership stated aside: "Estonia, which is a NATO member,", "Hungary, a member of NATO,"
# ("the Council of Europe, of which Ukraine is a member, would meet")
_ASIDE_MEMBER = re.compile(r"§,\s+(?:which|of\s+which|both|all|another|an?|fellow|as|whose)\s")
# a relative clause or apposition: "Belarus, which obtained observer status in 2015, is ..."
_ASIDE = re.compile(r",\s+(?:which|who|whose|an?)\s+[^,;]{1,80},")


def _blank_aside(m: re.Match[str]) -> str:
    """An aside that speaks of a candidacy blanked; inside a list ("Moldova, a candidate
    country, and Romania, an EU member") a clause mark stays, so its state is no list item."""
    aside = m.group(0)
    if not _CANDIDATE.search(aside):
        return aside
    if _LIST_GOES_ON.match(m.string, m.end()):
        return ";" + " " * (len(aside) - 1)
    return " " * len(aside)


_LIST_GOES_ON = re.compile(r"\s*(?:and|or)\s")
# where an apposition ends: "Turkey, a NATO member since 1952, has ..."
_APPOSITION_END = re.compile(r"(?:\s+since\s+[^,;§]{1,30}?)?(?=,)")


def _without_candidacies(masked: str) -> str:
    """The sentence with each clause that speaks of a candidacy (or observer status) blanked
    out, offsets kept (an aside alone when it is the aside that speaks of it)."""
    if not _may_name(masked, _CANDIDATE_WORDS) or not _CANDIDATE.search(masked):
        return masked
    masked = _ASIDE.sub(_blank_aside, masked)
    if not _CANDIDATE.search(masked):
        return masked
    bounds = [0, *(m.start() for m in _CLAUSE_END.finditer(masked)), len(masked)]
    out = []
    for start, end in itertools.pairwise(bounds):
        part = masked[start:end]
        if not _CANDIDATE.search(part):
            out.append(part)
            continue
        # a membership stated aside stays ("Russia and China, fellow BRICS members, supported
        # Belarus's application", "Turkey, a NATO member since 1952, has been a candidate ...")
        pos = 0
        for m in _MEMBER_APPOSITION.finditer(part) if "§," in part else ():
            closed = _APPOSITION_END.match(part, m.end())
            if closed is not None and not _CANDIDATE.search(part, m.start(), closed.end()):
                out.append(" " * (m.start() - pos) + part[m.start() : closed.end()])
                pos = closed.end()
        out.append(" " * (len(part) - pos))
    return "".join(out)


# the patterns that end with the list of members
_LISTS_LAST = (_ORG_COMPRISES, _GROUPS, _MEMBERS_INCLUDING, _MEMBERS_NAMED_AFTER, _FOUNDED_BY)
_FOUNDINGS = (_FORM, _FOUNDED_BY, _CREATED_WITH)


# an opening phrase whose object is a state or an organisation, closed by a comma
_PREPOSITIONAL_INTRO = re.compile(
    r"(?:Since|After|Following|Before|Amid|Despite|Given|Unlike|Like|In\s+response\s+to|"
    r"Because\s+of|Due\s+to|Prior\s+to)\s[^,;]{0,80}?§[SDGO]\d+§(?:['’]s?\s+[^,;§]{0,40})?,\s+"
)


# (what _BLOC_OFFICIALS cannot match without)
_BLOC_OFFICIAL_HINT = re.compile(r"(?:ministers|leaders|heads\s+of\s+state)\s+(?:of|from)\s")
# "the BRICS foreign ministers of Brazil, Russia, India, China and South Africa", "EU leaders
# from France and Germany": the bloc's officials of each named state
_BLOC_OFFICIALS = re.compile(
    r"(?P<o>§O\d+§)\s+(?:(?:foreign|defen[cs]e|finance|trade|economy|energy|agriculture|health|"
    r"transport|justice|interior)\s+)?(?:ministers|leaders|heads\s+of\s+state(?:\s+and\s+government)?)\s+"
    r"(?:of|from)\s+(?P<m>(?:the\s+)?§S\d+§(?:\s*,\s*(?:the\s+)?§S\d+§)*,?\s+and\s+(?:the\s+)?§S\d+§)"
    r"(?!\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:§|[a-z]))"
)


def _bloc_officials(analysis: Analysis, doc: Doc) -> None:
    """Memberships of the states whose ministers or leaders a bloc's are said to be."""
    for m in _BLOC_OFFICIALS.finditer(analysis.masked):
        for org in _orgs(analysis, m.group("o"), doc):
            for member in _states(analysis, m.group("m"), doc):
                args: dict[str, Sequence[Value]] = {"member": [member], "organization": [org]}
                doc.add(FactClass.MEMBERSHIP, args, analysis, 0.8)


# the states of a list ending "and other Allies" (capital A: NATO's own word for its members)
# when the article names NATO: "Troops from Germany, Norway and other Allies took part in the
# NATO exercise" (session 32; not "other allies", anyone's allies, nor "other countries")
_OTHER_ALLIES = re.compile(
    rf"(?P<m>{STATES}),?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+"
    r"(?:the\s+|several\s+|many\s+|some\s+)?other\s+Allies\b"
)
_NATO = "NATO"


def _other_allies(analysis: Analysis, doc: Doc) -> None:
    """NATO memberships of the states listed before "and other Allies", when the sentence or
    the article before it names NATO (and the sentence is asserted)."""
    if not _asserted(analysis):
        return
    nato = doc.kb.resolve(_NATO, (EntityKind.ORGANIZATION,))
    if nato is None:
        return
    named = {e.qid for e in doc.finder.ctx.orgs.values()} | {
        e.qid for k in analysis.mentions for e in k.entities
    }
    if nato.qid not in named:
        return
    org = Entity.linked(nato.qid, nato.label, EntityKind.ORGANIZATION)
    for m in _OTHER_ALLIES.finditer(analysis.masked):
        for member in _states(analysis, m.group("m"), doc):
            args: dict[str, Sequence[Value]] = {"member": [member], "organization": [org]}
            doc.add(FactClass.MEMBERSHIP, args, analysis, 0.75)


def _region_states(doc: Doc, region: str, count: int) -> list[Entity]:
    """The states of a regional group the article has named ("the five Nordic countries"),
    none unless they are as many as ``count``."""
    names = _REGION_STATES[" ".join(region.lower().split())]
    group = {e.qid for name in names if (e := doc.kb.resolve(name, (EntityKind.STATE,)))}
    named = [e for e in doc.finder.ctx.states.values() if e.qid in group]
    return named if len(named) == count else []


def _koreas_joined(
    analysis: Analysis, doc: Doc, m: re.Match[str]
) -> tuple[list[Entity], list[Entity], dict[str, Sequence[Value]], float]:
    """The two Koreas' membership of the organisation ``m`` names, from the sentence's date when
    they joined or became members ("joined the UN simultaneously in 1991")."""
    koreas = [
        Entity.linked(e.qid, e.label, EntityKind.STATE)
        for name in _KOREA_NAMES
        if (e := doc.kb.resolve(name, (EntityKind.STATE,)))
    ]
    extra: dict[str, Sequence[Value]] = {}
    if m.group("join") or (m.group("be") or "").startswith("became"):
        dated = [d.value for d in analysis.dates if not d.end_value]
        extra = {"startDate": dated[:1]} if dated else {}
    return koreas if len(koreas) == 2 else [], _orgs(analysis, m.group("o"), doc), extra, 0.8


def _matches(regex: re.Pattern[str], masked: str) -> Iterator[re.Match[str]]:
    """The matches of a membership pattern, each looked for again after the one before; when a
    match's list of organisations ends with a slot that starts a clause of its own ("... a
    member of the G20, and Turkey is a member of NATO": masked "... §O1§, and §S2§ is ..."),
    from that slot on, so that the clause's own membership is found too."""
    pos = 0
    while (m := regex.search(masked, pos)) is not None:
        yield m
        pos = max(m.end(), pos + 1)
        group = "o" if m.groupdict().get("o") else "o2" if m.groupdict().get("o2") else None
        if group is None or m.end(group) != m.end() or not _NEW_CLAUSE.match(masked, m.end()):
            continue
        orgs = m.group(group)
        if _SLOT_AND.search(orgs):
            # (the last slot's own start, after the list's ", and the")
            pos = m.start(group) + orgs.rindex("§", 0, len(orgs) - 1)


def respective_dates(analysis: Analysis, doc: Doc) -> None:
    """Pair the start dates of a sentence's memberships "respectively": "Finland and Sweden
    joined NATO in 2023 and 2024, respectively" (one date a member), "Finland joined the EU and
    NATO in 1995 and 2023, respectively" (one date an organisation). The rules give every
    membership of a list the first date; when the list and the dates do not pair one to one,
    the dates go (a membership without its start, never with another's)."""
    if "respectively" not in analysis.words:
        return
    begin = analysis.sentence.begin
    told: list[int] = []
    for i in range(len(doc.facts) - 1, -1, -1):
        first = doc.facts[i].evidence[0]
        if first.begin != begin or first.in_title:
            break
        if doc.facts[i].cls is FactClass.MEMBERSHIP and doc.facts[i].get("startDate"):
            told.append(i)
    if len(told) < 2:
        return
    told.reverse()
    dates = [d.value for d in analysis.dates if not d.relative]
    order: dict[str, int] = {}
    for mention in analysis.mentions:
        for entity in mention.entities:
            order.setdefault(entity.key, mention.begin)

    def place(value: Value) -> int:
        return order.get(value.key, -1) if isinstance(value, Entity) else -1

    members = sorted({place(doc.facts[i].get("member")[0]) for i in told})
    orgs = sorted({place(doc.facts[i].get("organization")[0]) for i in told})
    for i in told:
        fact = doc.facts[i]
        if len(orgs) == 1 and len(members) == len(dates):
            start = [dates[members.index(place(fact.get("member")[0]))]]
        elif len(members) == 1 and len(orgs) == len(dates):
            start = [dates[orgs.index(place(fact.get("organization")[0]))]]
        else:
            start = []
        args: dict[str, Sequence[Value]] = {r: v for r, v in fact.args if r != "startDate"}
        if start:
            args["startDate"] = start
        doc.facts[i] = Fact.make(
            fact.cls, args, evidence=fact.evidence, confidence=fact.confidence, status=fact.status
        )


# a person sworn in at an organisation's head: "the inauguration of Dilma Rousseff as president
# of the New Development Bank", "X was sworn in as Secretary-General of the Commonwealth on
# Monday" (session 28; done, not "will be sworn in", "ahead of the inauguration")
_SWORN_IN_HEAD = re.compile(
    r"(?:\b(?:inauguration|swearing-in|installation)\s+(?:on\s+[A-Z]\w+\s+)?of\s+(?:former\s+)?"
    r"(?P<p>§P\d+§)|"
    r"(?P<p2>§P\d+§)\s+(?:was|has\s+been|were|had\s+been)\s+(?:formally\s+|officially\s+)?"
    r"(?:sworn\s+in|inaugurated|installed)|(?P<p3>§P\d+§)\s+(?:formally\s+|officially\s+)?"
    r"(?:took|has\s+taken)\s+office)\s+as\s+(?:the\s+)?(?:new\s+|first\s+|\w+-ever\s+)?"
    r"(?:[Pp]resident|[Ss]ecretary[- ][Gg]eneral|[Cc]hair(?:man|woman|person)?)\s+of\s+(?:the\s+)?"
    r"(?P<o>§O\d+§)(?![-\w]|\s+(?:Commission|Secretariat|Parliament|Court|Council|Assembly)\b)"
)


# what makes a swearing-in one to come: "will attend the inauguration of ... next week"
_TO_COME = re.compile(
    r"\b(?:will|would|shall|to\s+attend|to\s+be|expected|set\s+to|due\s+to|plans?|upcoming|"
    r"tomorrow|next\s+(?:week|month|year|[A-Z][a-z]+day))\b"
)


def _sworn_in(analysis: Analysis, doc: Doc) -> None:
    """The Tenure at an organisation's head of a person sworn in there (no membership of their
    state: a bank's president acts for no member)."""
    for m in _SWORN_IN_HEAD.finditer(analysis.masked):
        if analysis.negated or analysis.hypothetical or _TO_COME.search(analysis.masked):
            return
        slot = m.group("p") or m.group("p2") or m.group("p3")
        people = [p for p in entities_of(analysis, slot) if p.kind is EntityKind.PERSON]
        orgs = [o for o in _orgs(analysis, m.group("o"), doc) if o.kind is EntityKind.ORGANIZATION]
        if len(people) == 1 and len(orgs) == 1:
            args: dict[str, Sequence[Value]] = {
                "holder": people,
                "role": [Concept("HeadOfOrganization")],
                "jurisdiction": orgs,
            }
            doc.add(FactClass.TENURE, args, analysis, 0.7)


# a relative clause about the organisation after the statement: "... are members of the SCO,
# which Pakistan believes should act" (its hedge is the clause's own)
_RELATIVE_AFTER = re.compile(r",\s+(?:which|whose|where)\s")


def _hedge_after(masked: str, m: re.Match[str]) -> bool:
    """Whether a hedged sentence's hedge is only in a relative clause after the membership it
    states, the statement itself plain ("Both countries are members of the SCO, which Pakistan
    believes should take note": a membership; not "... would be members of the SCO, which ...")."""
    return _RELATIVE_AFTER.match(masked, m.end()) is not None and not hedged(masked[: m.end()])


def memberships(analysis: Analysis, doc: Doc, *, view: bool = False) -> None:
    masked = analysis.masked
    if not view and " as " in masked and "§O" in masked and "§P" in masked:
        _sworn_in(analysis, doc)
    if not view and "§O" in masked and _BLOC_OFFICIAL_HINT.search(masked):
        _bloc_officials(analysis, doc)
    if not view and "other Allies" in masked:
        _other_allies(analysis, doc)
    two_titles = "§P" in masked and any(len(m.offices) > 1 for m in analysis.slots.values())
    text = analysis.sentence.text
    lists_after_org = (
        ("(" in text or " - " in text or "–" in text or "—" in text or ":" in text)
        and any(k.code is Code.ORG for k in analysis.mentions)
        and not view
    )
    if (
        _MEMBER_WORDS.isdisjoint(analysis.words)
        and not two_titles
        and not lists_after_org
        and "oth §" not in masked  # ("Both EU countries ...": _PAIR_OF_MEMBERS)
    ):
        return
    if not view and " and " in masked and (second := _second_clause(analysis, doc)) is not None:
        memberships(second, doc, view=True)
    if not view and " but " in masked and (but := _but_clause(analysis)) is not None:
        memberships(but, doc, view=True)
    if "§," in masked and not view and not _CANDIDATE.search(masked):
        # "Vietnam, the chair of ASEAN in 2020, and Australia are both members of APEC": also
        # read without the asides (the sentence itself still gives those the asides state; not
        # "Sweden, a NATO candidate, and Finland, which joined NATO, ...")
        # (the relative clauses' own memberships are the patterns': "Finland, which joined NATO
        # in April, ...")
        for part in _aside_views(analysis)[:1]:
            memberships(part, doc, view=True)
    hypothetical = analysis.hypothetical
    # (a chair named by a possessive stands in a hedged sentence without an aside: see keep_chair)
    if (
        hypothetical
        and "," not in masked
        and not (("'s " in masked or "’s " in masked) and ("resid" in masked or "hair" in masked))
        and not _NAMED_MEMBERS.search(masked)
    ):
        return
    if "no" in analysis.words and _NO_RELATION.search(masked):
        return
    negation = _first_negation(analysis)

    def keep(m: re.Match[str]) -> bool:
        """Not negated: "Moldova is not a member of NATO" (a negation after the statement,
        "... presidency of the EU is not enough time", leaves it asserted); in a hypothetical
        sentence only an aside that does not hedge itself ("Estonia, which is also a NATO
        member, said it could follow suit")."""
        if (
            hypothetical
            and not (_ASIDE_MEMBER.search(m.group(0)) and not hedged(m.group(0)))
            and not _hedge_after(masked, m)
        ):
            return False
        if "becomes" in m.group(0) and _becomes_later(analysis, doc, m.start()):
            return False
        return negation is None or m.end() <= negation

    def keep_chair(m: re.Match[str]) -> bool:
        """A chair held, also in a hedged sentence when the hedge is not the chair's: named by
        a possessive ("Lula said Brazil's G20 presidency would focus on hunger": the verb's
        hedge, the presidency presupposed) or told in a clause of its own ("... would meet in
        Kazan, as Russia chairs BRICS this year"); not "if Russia chairs ...", "could chair"."""
        if keep(m):
            return True
        if not hypothetical or (negation is not None and m.end() > negation):
            return False
        start = max(masked.rfind(",", 0, m.start()), masked.rfind(";", 0, m.start())) + 1
        if _POSSESSIVE_CHAIR.search(m.group(0)):
            return not hedged(masked[start : m.end()])
        stop = _CLAUSE_STOP.search(masked, m.end())
        return not hedged(masked[start : stop.start() if stop else len(masked)])

    def _named_presupposed(m: re.Match[str]) -> bool:
        """ "NATO allies Estonia and Latvia said they would ...": members named by a noun
        phrase, in a hedged sentence whose hedge comes after them (session 24; not "if NATO
        allies Estonia and Latvia ...", nor in a negated sentence)."""
        return (
            hypothetical
            and negation is None
            and not hedged(masked[max(masked.rfind(",", 0, m.start()), 0) : m.start()])
        )

    # "X is a candidate", "... , where Belarus has observer status": no membership in that
    # clause; the other clauses of the sentence still state theirs
    observers: set[tuple[str, str]] = set()
    if "observer" in masked:  # (a word _OBSERVER_WHERE cannot match without)
        observers = {
            (member.key, org.key)
            for m in _OBSERVER_WHERE.finditer(masked)
            for member in _states(analysis, m.group("m"), doc)
            for org in _orgs(analysis, m.group("o"), doc)
        }
    masked = _without_candidacies(masked)
    if "-§" in masked or "–§" in masked:
        # "Ukraine chairs the NATO-Ukraine Council": a joint body of the organisation and a
        # partner, no membership of either
        masked = _JOINT_BODY.sub(lambda m: " " * len(m.group(0)), masked)
    # (read before the candidacies were blanked: "accession" is one of their words)
    congratulated = "accession" in analysis.words and "congrat" in analysis.masked
    if not masked.strip() and not congratulated:
        return
    unblanked = masked
    if "," in masked and (intro := _PREPOSITIONAL_INTRO.match(masked)) is not None:
        # "Since the invasion of Ukraine, Finland has joined NATO": the states of the opening
        # phrase are no members (blanked, so that offsets stay)
        masked = " " * intro.end() + masked[intro.end() :]
    # Words a pattern cannot match without (as it spells them), tested once: most sentences
    # that pass the gate above name no membership, and a pattern that cannot match is not run
    # ("participating States": the OSCE's members)
    says_member = "member" in masked or "Member" in masked or "participating" in masked
    says_ally = "all" in masked or "All" in masked  # "ally", "allies", "Ally"
    says_chair = "hair" in masked or "resid" in masked  # "[Cc]hair", "[Pp]residency", "presides"
    if says_chair and " of " in masked:
        # "took over the chairmanship of the Committee of Ministers of the Council of Europe":
        # the chair of an organ of the members is the organisation's (blanked, offsets kept)
        masked = _ORGAN_BEFORE_ORG.sub(lambda m: " " * len(m.group(0)), masked)
        masked = _ORGAN_SLOT_BEFORE_ORG.sub(lambda m: _blank_organ_slot(analysis, m), masked)
        summits = {m.group("o") or m.group("o2") for m in _ORG_SUMMIT.finditer(masked)}
        if len(summits) == 1 and "summit" in masked:
            # "At the GCC summit in Kuwait City, Kuwait assumed the presidency of the summit
            # from Qatar": the chair of the organisation's summit is its chair (the slot put in
            # the place of "the summit", offsets kept)
            slot = next(iter(summits))
            masked = _CHAIR_OF_SUMMIT.sub(
                lambda m: m.group(1) + slot + " " * (len(m.group(2)) - len(slot)), masked
            )
    says_join = "join" in masked or "acceded" in masked
    if says_join and "predecessor" in masked:
        # "joined the AU's predecessor, the Organisation of African Unity, in 1963": the
        # predecessor's membership (session 30)
        masked = _PREDECESSOR.sub(lambda m: " " * len(m.group(0)), masked)
    says_form = any(verb in masked for verb in _FORM_VERBS)
    found: list[tuple[list[Entity], list[Entity], dict[str, Sequence[Value]], float]] = []
    spans: list[tuple[int, int]] = []  # (index in found, where its match ends)
    for regex, confidence, possible in (
        (_MEMBER, 0.9, says_member or "founder" in masked),
        (_APPOSED_MEMBER, 0.85, says_member and "§," in masked),
        (_ORG_MEMBER, 0.85, says_member or says_ally),
        (_MEMBER_APPOSITION, 0.85, says_member or says_ally),
        (_APPOSED_ORG_MEMBER, 0.85, (says_member or says_ally) and "§," in masked),
        (_AS_ORG_MEMBERS, 0.8, says_member or "lly" in masked or "llies" in masked),
        (_ALLIES_IN, 0.8, "allies in" in masked or "allies within" in masked),
        (_MEMBERS_INCLUDING, 0.8, says_member or "allies" in masked),
        (_MEMBERS_NAMED_AFTER, 0.8, says_member),
        (_JOINED_FELLOW, 0.8, "fellow" in masked and says_join),
        (_ITS_MEMBERS_NAMED, 0.8, says_member and " its " in masked),
        (_FORM, 0.8, says_form),
        (_TOGETHER_FORM, 0.8, "together with" in masked or "along with" in masked),
        (_FOUNDED_BY, 0.8, " by " in masked and says_form),
        (_CREATED_WITH, 0.8, "founding" in masked or "original" in masked),
        (_JOIN, 0.8, says_join),
        (_ADMITTED, 0.8, "admitted" in masked or "accepted" in masked),
        (_ORG_ADMITTED, 0.8, "admitted" in masked or "accepted" in masked),
        (_ORG_READMITTED, 0.8, "reinstate" in masked or "readmit" in masked),
        (
            _ORG_COMPRISES,
            0.8,
            (says_member or any(verb in masked for verb in _COMPRISES_VERBS))
            and _COMPRISES_HINT.search(masked) is not None,
        ),
        (_GROUPS, 0.8, any(verb in masked for verb in _GROUPS_VERBS)),
        (_FOREMOST_OF, 0.8, says_member or any(word in masked for word in _FOREMOST_WORDS)),
        (_BELONG, 0.85, "belong" in masked),
        (_INSTRUMENT_FOUNDS, 0.75, _may_name(masked, _FOUNDS_WORDS)),
        (_AND_OTHER_MEMBERS, 0.8, "other" in masked),
        (_WHICH_AND_MEMBER, 0.8, says_member and "which" in masked),
        (_OF_WHICH_MEMBER, 0.85, says_member),
        (_HOLDS_SEAT, 0.8, "seat" in masked),
        (_ROLE_AS_MEMBER, 0.8, says_member and " as " in masked),
        (_SERVED_AS_MEMBER, 0.8, says_member and "serv" in masked),
        (
            _ASKED_AS_MEMBER,
            0.8,
            says_member and " as " in masked and ("permanent" in masked or "founding" in masked),
        ),
        (
            _POSSESSIVE_MEMBERSHIP,
            0.8,
            "membership" in masked
            and not analysis.negated
            and not _ACCESSION_TALK.search(masked)
            and not _MEMBERSHIP_OVER.search(masked),
        ),
        (
            _POSSESSIVE_ORG_MEMBERSHIP,
            0.8,
            "membership" in masked
            and not analysis.negated
            and not _ACCESSION_TALK.search(masked)
            and not _MEMBERSHIP_OVER.search(masked),
        ),
    ):
        if not possible:
            continue
        for m in _matches(regex, masked):
            if not keep(m) or _former_member(masked, m, doc.date.year if doc.date else None):
                continue
            org_group = next((g for g in ("o", "o2", "o3") if m.groupdict().get(g)), None)
            orgs = m.group(org_group) if org_group else ""
            if org_group and m.end(org_group) == m.end() and _NEW_CLAUSE.match(masked, m.end()):
                # "... members of the G7, and the European Union also participates": the last
                # one named starts a clause of its own (not when the list is not what ends the
                # match: "As fellow members of the OIC and the SCO, the two countries have ...")
                orgs = _SLOT_AND.sub("", orgs)
            listed = (
                m.group("m")
                or m.groupdict().get("m2")
                or m.groupdict().get("m3")
                or m.groupdict().get("m4")
                or ""
            )
            if regex in _LISTS_LAST and _CLAUSE_AFTER_LIST.match(masked, m.end()):
                # "NATO has 32 members, including Finland, and Russia opposes ...": the last
                # one named starts a clause of its own
                listed = _COMMA_AND_SLOT.sub("", listed)
            members = _members(analysis, listed, doc)
            if listed.lower() in {"both", "they"} and regex is _OF_WHICH_MEMBER:
                # "Norway and Iceland discussed the Arctic Council, of which both are members":
                # the pair that opens the sentence, or nobody
                members = _opening_pair(analysis, m.start("m"))
            elif listed.lower() in {"both", "they"} and (pair := _pair_before(analysis, m.start())):
                members = pair
            if m.groupdict().get("m2") and m.group("m") and regex is not _MEMBERS_NAMED_AFTER:
                members += _states(analysis, m.group("m2"), doc)
            founded = _founding_date(analysis, masked, m) if regex in _FOUNDINGS else {}
            if regex is _POSSESSIVE_MEMBERSHIP or regex is _POSSESSIVE_ORG_MEMBERSHIP:
                founded = _membership_began(analysis, masked, m.end())
            bodies = _orgs(analysis, orgs, doc)
            if not orgs and m.groupdict().get("u"):
                bodies = [Entity.unlinked(m.group("u"), EntityKind.ORGANIZATION)]
            found.append((members, bodies, founded, confidence))
            spans.append((len(found) - 1, m.end()))
            along = _MEMBERS_ALONG.match(masked, m.end()) if regex in _ALONG_AFTER else None
            if along is not None and keep(along):
                found.append(
                    (
                        _states(analysis, along.group("m"), doc),
                        _orgs(analysis, orgs, doc),
                        {},
                        confidence,
                    )
                )
                spans.append((len(found) - 1, along.end()))
            joined = _AND_JOINED_TOO.match(masked, m.end()) if regex is _JOIN else None
            if joined is not None and keep(joined):
                when = joined.group("when")
                dated = [d.value for d in analysis.dates if d.text in when and not d.end_value]
                found.append(
                    (
                        members,
                        _orgs(analysis, joined.group("o"), doc),
                        {"startDate": dated[:1]} if dated else {},
                        confidence,
                    )
                )
                spans.append((len(found) - 1, joined.end()))
            also = _AND_MEMBERS.match(masked, m.end()) if regex is _MEMBER else None
            if also is not None and keep(also):
                # "... are founding members of IGAD and are both members of the African Union"
                found.append(
                    (
                        _states(analysis, m.group("m"), doc),
                        _orgs(
                            analysis,
                            also.group("o")
                            or also.group("o2")
                            or also.group("o3")
                            or also.group("o4"),
                            doc,
                        ),
                        {},
                        confidence,
                    )
                )
                spans.append((len(found) - 1, also.end()))
    for listing, items in _listed_members(analysis) if lists_after_org and not hypothetical else ():
        if negation is None:
            named = [e for k in items for e in k.entities if e.kind is EntityKind.STATE]
            found.append((named, [e for e in listing.entities if _is_org(e, doc)], {}, 0.8))
    listed = ":" in masked or ", including" in masked
    for m in _MEMBER_LEADERS_LISTED.finditer(masked) if says_member and listed else ():
        if keep(m):
            found += _member_leaders_listed(analysis, doc, m)
    by_body = "member" in text and ("’s" in text or "'s" in text) and not hypothetical
    by_body = by_body and negation is None
    for states, listed_body in _body_members_listed(analysis, doc) if by_body else ():
        found.append((states, [listed_body], {}, 0.75))
    for m in _NUMBERED_BLOC.finditer(masked) if says_member and "-" in masked else ():
        if keep(m) and (bloc := _counted_bloc(doc, m.group("noun"), int(m.group("n")))):
            found.append((_states(analysis, m.group("m"), doc), [bloc], {}, 0.8))
    for m in _CHAIRS.finditer(masked) if says_chair else ():
        if not keep_chair(m):
            continue
        member = m.group("m") or m.group("m2") or m.group("m3") or m.group("m4") or m.group("m5")
        org = m.group("o") or m.group("o2") or m.group("o3") or m.group("o4")
        found.append((_states(analysis, member, doc), _chaired(analysis, org, doc), {}, 0.7))
    for m in _BODY_OF_WHICH_MEMBER.finditer(masked) if says_member and "which" in masked else ():
        body = doc.finder.ctx.bodies.get(m.group("h").capitalize())
        if keep(m) and body is not None:
            found.append((_states(analysis, m.group("m"), doc), [body], {}, 0.8))
    for m in _REGION_MEMBERS.finditer(masked) if says_member else ():
        if keep(m):
            region = " ".join(m.group("g").lower().split())
            count = _NUMBERS.get(m.group("n"), 0) if m.group("n") else len(_REGION_STATES[region])
            members = _region_states(doc, m.group("g"), count)
            found.append((members, _orgs(analysis, m.group("o"), doc), {}, 0.8))
    for m in _KOREAS.finditer(masked) if "Koreas" in masked else ():
        if keep(m):
            found.append(_koreas_joined(analysis, doc, m))
    for m in _OWN_CHAIR.finditer(masked) if says_chair and "§O" in masked else ():
        if keep_chair(m):
            states = _states(analysis, m.group("m") + (m.group("b") or ""), doc)
            found.append((states, _orgs(analysis, m.group("o") or m.group("o2"), doc), {}, 0.7))
    for m in _ORG_CHAIR.finditer(masked) if says_chair else ():
        if keep_chair(m):
            org = m.group("o") or m.group("o2")
            found.append((_states(analysis, m.group("m"), doc), _orgs(analysis, org, doc), {}, 0.7))
    owned = "membership" in masked and not analysis.negated and not hypothetical
    for m in _POSSESSIVE_ORG_MEMBERSHIP_HELD.finditer(masked) if owned else ():
        if not keep(m) or _ACCESSION_TALK.search(masked) or _MEMBERSHIP_OVER.search(masked):
            continue
        orgs = [_organisation_of(doc, body) for body in _orgs(analysis, m.group("o"), doc)]
        members = [
            state
            for state in _states(analysis, m.group("m"), doc)
            if state.qid and any(org.qid in doc.kb.memberships(state.qid) for org in orgs)
        ]
        found.append((members, orgs, {}, 0.75))
    for m in _CHAIR_NAMED_AFTER.finditer(masked) if says_chair else ():
        if keep_chair(m):
            states = _states(analysis, m.group("m") or m.group("m2"), doc)
            found.append((states, _orgs(analysis, m.group("o"), doc), {}, 0.7))
    for m in _ORG_PRESIDENCY_PASSED.finditer(masked) if says_chair else ():
        if keep(m):
            states = _states(analysis, m.group("a") + m.group("b"), doc)
            found.append((states, _orgs(analysis, m.group("o"), doc), {}, 0.7))
    for m in _PRESIDENCY_PASSED_TO.finditer(masked) if says_chair else ():
        if keep(m):
            states = _states(analysis, m.group("b"), doc)
            found.append((states, _orgs(analysis, m.group("o") or m.group("o2"), doc), {}, 0.7))
    for m in _WHICH_PASSES.finditer(masked) if says_chair and "which" in masked else ():
        if keep(m):
            slots = (m.group("a") or m.group("a2"), m.group("b") or m.group("b2"))
            states = [s for slot in slots for s in _holder(analysis, doc, slot)]
            found.append((states, _orgs(analysis, m.group("o") or m.group("o2"), doc), {}, 0.7))
    for m in _MEMBERS_BY_PEOPLE.finditer(masked) if "§P" in masked else ():
        if keep(m):
            found.append(
                (_states(analysis, m.group("m"), doc), _orgs(analysis, m.group("o"), doc), {}, 0.8)
            )
    for m in _THEIR_AS_MEMBERS.finditer(masked) if " their " in masked else ():
        group = entities_of(analysis, m.group("g"))
        if (
            keep(m)
            and group
            and all(
                e.kind is EntityKind.STATE and not (e.qid and doc.kb.members(e.qid)) for e in group
            )
        ):
            found.append((group, _orgs(analysis, m.group("o") or m.group("o2"), doc), {}, 0.75))
    if "§P" in masked and (" as " in masked or masked.startswith("As ")):
        _people_as_members(analysis, doc, masked, keep, found)
    for m in _CHAIR_TAKEN_FROM.finditer(masked) if says_chair else ():
        if keep_chair(m):
            held = m.group("a")
            if not _OFFICIAL_OF.search(analysis.mention(m.group("b")).text):
                held += m.group("b")  # not "from Cambodia's foreign minister": a state's official
            states = _states(analysis, held, doc)
            found.append((states, _orgs(analysis, m.group("o") or m.group("o2"), doc), {}, 0.7))
    chaired = itertools.chain(_PERSON_CHAIRS.finditer(masked), _PERSON_CHAIRED_AS.finditer(masked))
    for m in chaired if says_chair else ():
        cp = m.groupdict().get("cp")
        if not keep(m) or (cp and not _CHAIR_WORD.fullmatch(analysis.mention(cp).text)):
            continue
        # "Nigerian President Bola Tinubu, who chairs ECOWAS": his state holds the chair (no
        # Tenure: the spent sets' writers disagree, session 28)
        states = [
            s
            for p in entities_of(analysis, m.group("p"))
            if p.kind is EntityKind.PERSON and (s := state_of(doc, p)) is not None
        ]
        orgs = m.group("o") or m.groupdict().get("o2") or ""
        if m.groupdict().get("bloc"):
            # (the one named before this sentence: none named in it)
            if not any(k.code is Code.ORG for k in analysis.mentions):
                found.append((states, _bloc_named_last(doc, states), {}, 0.7))
            continue
        found.append((states, _orgs(analysis, orgs, doc), {}, 0.7))
    named_summit = "summit" in masked and not _ORG_SUMMIT.search(masked)
    for m in _SUMMIT_PRESIDENCY.finditer(masked) if says_chair and named_summit else ():
        if keep_chair(m):
            found += _summit_presidency(analysis, doc, m)
    for m in _PERSON_TOOK_CHAIR.finditer(masked) if says_chair else ():
        if keep(m) and (not m.group("apposed") or "," in analysis.mention(m.group("p")).text):
            _took_chair(analysis, doc, m, found)
    if "suspended" in masked or "barred" in masked:
        _suspended_members(analysis, doc, masked, keep, found)
    for m in ADMITTED_ASIDE.finditer(masked) if "admitted" in masked else ():
        # "Sweden, admitted as the alliance's 32nd member in March, attended": a member (not
        # one "admitted in principle": a decision only; session 30)
        if m.group("p") or not keep(m):
            continue
        if m.group("o"):
            orgs = _orgs(analysis, m.group("o"), doc)
        else:
            last = doc.finder.ctx.last_org
            org_named = any(k.code is Code.ORG for k in analysis.mentions)
            orgs = (
                [last]
                if last is not None and last.qid and not org_named and _is_org(last, doc)
                else []
            )
        found.append((_states(analysis, m.group("s"), doc), orgs, {}, 0.75))
    for m in _LATEST_MEMBER.finditer(masked) if says_member else ():
        if keep(m):
            found.append(
                (_states(analysis, m.group("m"), doc), _orgs(analysis, m.group("o"), doc), {}, 0.8)
            )
    handed = "hand" in masked or "pass" in masked or "transfer" in masked or " succe" in masked
    for m in (
        _HANDED_OVER_CHAIR.finditer(masked) if says_chair and (handed or "repl" in masked) else ()
    ):
        if keep(m):
            _handed_over(analysis, doc, m, found)
    for m in _PERSON_CHAIRED.finditer(masked) if "chaired" in masked else ():
        if keep(m):
            states = _states_of_people(analysis, doc, m.group("p"), heads_only=True)
            found.append((states, _orgs(analysis, m.group("o"), doc), {}, 0.7))
    for m in _PERSON_CHAIRS_ORGAN.finditer(masked) if says_chair else ():
        if keep(m):
            _chairs_organ(analysis, doc, m, found)
    for m in _ADMISSION_OF.finditer(masked) if "admission" in masked and says_member else ():
        if keep(m) and not _former_member(masked, m):
            _admission_of(analysis, doc, m, found)
    for m in _ITS_ROLE_AS_CHAIR.finditer(masked) if says_chair and " its " in masked else ():
        if keep_chair(m):
            orgs = _orgs(analysis, m.group("o") or m.group("o2"), doc)
            found.append((_states(analysis, m.group("m"), doc), orgs, {}, 0.7))
    for m in _AS_CHAIR.finditer(masked) if says_chair else ():
        if not keep(m):
            continue
        orgs = [
            e
            for c in _CHAIR_OF.finditer(m.group("roles"))
            for e in _orgs(analysis, c.group("o") or c.group("p"), doc)
        ]
        found.append((_states(analysis, m.group("m"), doc), orgs, {}, 0.7))
    for m in _NAMED_MEMBERS.finditer(masked) if says_member or says_ally else ():
        if not keep(m) and not _named_presupposed(m):
            continue
        found.append(
            (_states(analysis, m.group("m"), doc), _orgs(analysis, m.group("o"), doc), {}, 0.8)
        )
    for m in _ONE_OF_MEMBERS.finditer(masked) if says_member and "of" in masked else ():
        if keep(m):
            found.append((_states(analysis, m.group("m"), doc), _one_of(analysis, doc, m), {}, 0.8))
    for m in _COUNTED_MEMBERS_APPOSED.finditer(masked) if says_member or says_ally else ():
        if keep(m) and _listed_as_counted(m):
            found.append(
                (_states(analysis, m.group("m"), doc), _orgs(analysis, m.group("o"), doc), {}, 0.75)
            )
    for m in _KIND_MEMBERS_APPOSED.finditer(masked) if says_member and "§," in masked else ():
        if keep(m):
            found.append(
                (_states(analysis, m.group("m"), doc), _kind_named(analysis, doc, m), {}, 0.75)
            )
    for m in (
        _THEREBY_JOINING.finditer(masked) if "joining" in masked or "becoming" in masked else ()
    ):
        if keep(m) and not analysis.hypothetical:
            orgs = [
                e for e in _orgs(analysis, m.group("o"), doc) if e.kind is EntityKind.ORGANIZATION
            ]
            joined_to = _orgs(analysis, m.group("j"), doc) if m.group("j") else orgs
            if [e.key for e in joined_to] != [e.key for e in orgs]:
                continue  # (another organisation joined than the one the act names)
            dates = [d.value for d in analysis.dates if not d.end_value]
            began: dict[str, Sequence[Value]] = {"startDate": dates} if len(dates) == 1 else {}
            found.append((_states(analysis, m.group("m"), doc), orgs, began, 0.75))
    for m in _MEMBER_STATES_LISTED.finditer(masked) if says_member else ():
        if keep(m):
            found.append(_listed_member_states(analysis, doc, m))
    whose = (says_member or says_ally) and "whose" in masked
    for m in _WHOSE_COUNTRIES.finditer(masked) if whose else ():
        if keep(m):
            # (the people's states: "The leaders" after a meeting, "Presidents X and Y")
            sides = {
                s.key: s
                for e in entities_of(analysis, m.group("m"))
                if (s := side_of(doc, e)) is not None and s.kind is EntityKind.STATE
            }
            org = m.group("o") or m.group("o2")
            found.append((list(sides.values()), _orgs(analysis, org, doc), {}, 0.8))
    for m in _PAIR_OF_MEMBERS.finditer(masked) if "two §" in masked or "oth §" in masked else ():
        if keep(m):
            orgs = _orgs(analysis, m.group("o"), doc)
            found.append((_pair_called(analysis, doc, m), orgs, {}, 0.75))
    counted = _COUNTED_HINT.search(masked) is not None
    for m in _MEMBER_LIST.finditer(masked) if counted else ():
        if not keep(m):
            continue
        found.append(
            (_states(analysis, m.group("m"), doc), _orgs(analysis, m.group("o"), doc), {}, 0.8)
        )
    for m in _ANNIVERSARY.finditer(masked) if "anniversary" in masked else ():
        if not keep(m):
            continue
        extra: dict[str, Sequence[Value]] = {}
        years = int(m.group("n") or m.group("n2"))
        if doc.date:
            extra["startDate"] = [TimeValue(doc.date.year - years, precision=Precision.YEAR)]
        member, org = m.group("m") or m.group("m2"), m.group("o") or m.group("o2")
        found.append((_states(analysis, member, doc), _orgs(analysis, org, doc), extra, 0.85))
    for m in _COUNTED_MEMBERS.finditer(masked) if counted else ():
        if not keep(m):
            continue
        # "the six Collective Security Treaty signatory countries": the six states just named
        n = (
            _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
            if m.group("n").isdigit() or m.group("n").lower() in _NUMBERS
            else 0
        )
        states = [e for e in doc.finder.ctx.last_states if e.kind is EntityKind.STATE]
        if n and len(states) == n and not _MEMBER_LIST.search(masked):
            found.append((states, _orgs(analysis, m.group("o"), doc), {}, 0.75))
    presidency = _may_name(masked, _PRESIDENCY_WORDS)
    for m in _HOLDS_PRESIDENCY.finditer(masked) if presidency else ():
        if not keep_chair(m):
            continue
        holder = m.group("a") or m.group("a2") or m.group("a3") or m.group("a4")
        org = m.group("o") or m.group("o2") or m.group("o3") or m.group("o4")
        found.append((_states(analysis, holder, doc), _orgs(analysis, org, doc), {}, 0.7))
    our = "members" in masked and ("our" in masked or "their" in masked)
    for m in _AS_MEMBERS.finditer(masked) if our else ():
        if not keep(m):
            continue
        issuers = [e for e in doc.finder.ctx.issuers if e.kind is EntityKind.STATE]
        found.append((issuers, _orgs(analysis, m.group("o"), doc), {}, 0.75))
    for m in _PRESIDENCY.finditer(masked) if presidency else ():
        if not keep(m):
            continue
        orgs = _orgs(analysis, m.group("o"), doc)
        states = _states(analysis, m.group("a"), doc) + _states(analysis, m.group("b"), doc)
        found.append((states, orgs, {}, 0.7))
    for m in _CONGRATULATED_ON_ACCESSION.finditer(analysis.masked) if congratulated else ():
        if keep(m):
            accession = _joined_on(analysis, analysis.masked, m.end())
            orgs = _orgs(analysis, m.group("o"), doc)
            member = _states(analysis, m.group("m") or m.group("m2"), doc)
            found.append((member, orgs, accession, 0.75))
    if says_join or "joining" in unblanked or "becoming" in unblanked:
        _joining(analysis, doc, masked, unblanked, keep, found)
    if "joined by" in masked or ", which" in masked:
        _joined_told_by_org(analysis, doc, masked, keep, found)
    for m in _HOLDS_VETO.finditer(masked) if "veto" in masked else ():
        if keep(m):
            found.append(
                (
                    _states(analysis, m.group("m") or m.group("m2"), doc),
                    # (a body the KB knows: "the 15-member Security Council" may be left
                    # unlinked)
                    [o for o in _orgs(analysis, m.group("o") or m.group("o2"), doc) if o.qid],
                    {},
                    0.75,
                )
            )
    if ("after" in masked or "before" in masked) and negation is None and not hypothetical:
        _joined_later(analysis, doc, masked, found)
    if says_member:
        _organisations_as_members(analysis, doc, masked, keep, found)
    if says_chair or "leadership" in masked or "stewardship" in masked or two_titles:
        _chairs_and_leaders(analysis, doc, masked, keep_chair, found)
    if "term" in masked or "seat" in masked:
        _terms(analysis, doc, masked, keep, found)
    for m in _FELLOW_MEMBER_CALLED.finditer(masked) if "fellow" in masked else ():
        if keep(m):
            found.append(_fellow_called(analysis, doc, m))
    if " its " in masked or " their " in masked:
        for m in _WITH_ITS_FELLOW.finditer(masked):
            # (set off by commas, the group stands outside a hedge: "the United States,
            # together with its G7 partners, would impose ...")
            aside = masked.startswith(",", m.end()) and not hedged(m.group(0))
            if (
                (keep(m) or (aside and negation is None))
                and (
                    m.group("n") != "partners"
                    or _GROUP_OF.fullmatch(analysis.mention(m.group("o")).text) is not None
                )
                # "the United States and its European allies": a demonym, no organisation
                # named (session 33)
                and not analysis.mention(m.group("o")).text.endswith("an")
            ):
                found.append(
                    (
                        _states(analysis, m.group("m"), doc),
                        _orgs(analysis, m.group("o"), doc),
                        {},
                        0.75,
                    )
                )
    if "our" in masked or "Our" in masked:
        for m in _OUR_FELLOW.finditer(masked):
            if keep(m):
                orgs = _orgs(analysis, m.group("o") or m.group("o2"), doc)
                found.append((_ours(doc), orgs, {}, 0.75))
        for m in _OUR_ALLY.finditer(masked):
            if keep(m):
                ally = _our_ally(analysis, doc, m)
                allies = [*_ours(doc), *([ally] if ally else [])]
                found.append((allies, _orgs(analysis, m.group("o"), doc), {}, 0.75))
    since = [d.value for d in analysis.dates if d.since and not d.end_value]
    # (blanked clauses have theirs too)
    sinces = list(_SINCE.finditer(analysis.masked)) if since else []
    if since and len(sinces) == len(since):
        # "has been a member of X since 1992": the start of the membership the "since" follows
        # (not of "Australia is a founding member of the Forum, of which Fiji has been a member
        # since 1971")
        for i, end in spans:
            after = next((k for k, s in enumerate(sinces) if s.start() >= end), None)
            if after is not None and "§" not in analysis.masked[end : sinces[after].start()]:
                m_, o, e, c = found[i]
                found[i] = (m_, o, e or {"startDate": [since[after]]}, c)
    elif since and says_member and (_MEMBER.search(masked) or _ORG_MEMBER.search(masked)):
        found = [(m, o, e or {"startDate": [since[0]]}, c) for m, o, e, c in found]
    if "joining" in masked:
        for m in _JOINING_FELLOWS.finditer(masked):
            if keep(m):
                # "became the seventh member of the EAC, joining Kenya, Uganda and Tanzania":
                # those it joined are members already (session 26)
                found.append(
                    (
                        _states(analysis, m.group("m"), doc),
                        _orgs(analysis, m.group("o"), doc),
                        {},
                        0.7,
                    )
                )
    became = (_BECAME.search(masked) if says_member else None) or (
        _ADMISSION.search(masked) if "admitted" in masked or "accepted" in masked else None
    )
    if became or (says_join and _JOIN.search(masked)):
        dates = [d.value for d in analysis.dates if not d.end_value]
        if dates:
            found = [
                (m, o, {**e, "startDate": [dates[0]]} if (c == 0.8 or became) and not e else e, c)
                for m, o, e, c in found
            ]
    for members, bodies, extra, confidence in found:
        orgs = [
            _organisation_of(doc, organ)
            for body in bodies
            if (organ := _organ_owner(analysis, doc, body)) is not None
        ]
        for member in members:
            for org in orgs:
                if member.key == org.key or (member.key, org.key) in observers:
                    continue
                doc.add(
                    FactClass.MEMBERSHIP,
                    {"member": [member], "organization": [org], **extra},
                    analysis,
                    confidence,
                )


def _fellow_called(
    analysis: Analysis, doc: Doc, m: re.Match[str]
) -> tuple[list[Entity], list[Entity], dict[str, Sequence[Value]], float]:
    """The state called a fellow member (_FELLOW_MEMBER_CALLED) and the one state of whoever
    calls it so: the relative clause's subject, else the sentence's one subject before it."""
    members = _states(analysis, m.group("m"), doc)
    if m.group("p"):
        callers = entities_of(analysis, m.group("p"))
    else:
        lead = _LEAD_SUBJECTS.match(analysis.masked, intro_end(analysis.masked))
        callers = (
            entities_of(analysis, lead.group("s"))
            if lead is not None and lead.end() <= m.start()
            else []
        )
    sides = {s.key: s for e in callers if (s := side_of(doc, e)) is not None}
    if len(sides) == 1 and (side := next(iter(sides.values()))).kind is EntityKind.STATE:
        members += [side] if all(side.key != e.key for e in members) else []
    return members, _orgs(analysis, m.group("o"), doc), {}, 0.75


def _bloc_named_last(doc: Doc, states: list[Entity]) -> list[Entity]:
    """The organisation named last before, for a bloc named by its size or kind ("chairs the
    15-nation bloc"), when the KB knows each of the states as its member."""
    last = doc.finder.ctx.last_org
    if last is None or not last.qid or not _is_org(last, doc):
        return []
    known = doc.kb.members(last.qid)
    return [last] if states and all(s.qid in known for s in states) else []


_DATE_AFTER = re.compile(r"\s+(?:in|on|last|this)?\s*")


def _admission_of(analysis: Analysis, doc: Doc, m: re.Match[str], found: _Found) -> None:
    """A state or an organisation admitted (_ADMISSION_OF), when the sentence welcomes the
    admission or dates it right after it (a past date, which starts the membership)."""
    masked = analysis.masked
    gap = _DATE_AFTER.match(masked, m.end())
    at = gap.end() if gap is not None else m.end()
    dated = [
        d.value
        for d in analysis.dates
        if not d.end_value
        and not d.planned
        and masked.find(d.text, m.end()) in (at, at - len("last "), at - len("this "))
        and (
            doc.date is None
            or (d.value.year, d.value.month or 0) <= (doc.date.year, doc.date.month)
        )
    ]
    if not dated and not m.group("welcomed"):
        return
    if "in principle" in masked[m.end() : m.end() + 40]:
        return  # (a decision to admit: session 30)
    members = [
        e
        for e in entities_of(analysis, m.group("m"))
        if e.kind is EntityKind.STATE or _is_org(e, doc)
    ]
    extra: dict[str, Sequence[Value]] = {"startDate": dated[:1]} if dated else {}
    found.append((members, _orgs(analysis, m.group("o"), doc), extra, 0.75))


def _one_of(analysis: Analysis, doc: Doc, m: re.Match[str]) -> list[Entity]:
    """The organisation a state is counted a member of: the one named (once), or for "the bloc's"
    the organisation named last, when the sentence names none."""
    if m.group("g"):
        last = doc.finder.ctx.last_org
        named = any(k.code is Code.ORG for k in analysis.mentions)
        if m.group("o2") or named or last is None or not _is_org(last, doc):
            return []
        return [last]
    if m.group("o") and m.group("o2"):
        return []
    return _orgs(analysis, m.group("o") or m.group("o2") or "", doc)


def _listed_as_counted(m: re.Match[str]) -> bool:
    """Whether a list names as many states as the apposition after it counts ("Poland, Hungary
    and Slovakia, the three EU member states")."""
    n = m.group("n")
    count = int(n) if n.isdigit() else _NUMBERS.get(n.lower(), 0)
    return len(_STATE_SLOT.findall(m.group("m"))) == count


def _kind_named(analysis: Analysis, doc: Doc, m: re.Match[str]) -> list[Entity]:
    """The one organisation of the kind an apposition names ("the bank's"): the one the sentence
    names, else the one the article named last, when its name says that kind."""
    kind = m.group("g").lower().replace("organization", "organisation")
    named = [
        e for k in analysis.mentions if k.code is Code.ORG for e in k.entities if _is_org(e, doc)
    ]
    last = doc.finder.ctx.last_org
    found = {e.key: e for e in named} or ({last.key: last} if last and _is_org(last, doc) else {})
    if len(found) != 1:
        return []
    org = next(iter(found.values()))
    # (not "the bloc's": "Brazil and India, the bloc's founding members, opposed the expansion
    # of the SCO" is BRICS's, named before)
    return [org] if kind in org.label.lower().replace("organization", "organisation") else []


def _listed_member_states(
    analysis: Analysis, doc: Doc, m: re.Match[str]
) -> tuple[list[Entity], list[Entity], dict[str, Sequence[Value]], float]:
    """The states listed after "the (N) (ORG) member states", as members of the organisation
    named (or named last, when the count fits the list)."""
    states = _states(analysis, m.group("m"), doc)
    n = m.group("n")
    count = (int(n) if n.isdigit() else _NUMBERS.get(n.lower(), 0)) if n else 0
    if count and count != len(states):
        return ([], [], {}, 0.0)
    if m.group("o"):
        return (states, _orgs(analysis, m.group("o"), doc), {}, 0.75)
    last = doc.finder.ctx.last_org
    if not count or last is None or not _is_org(last, doc):
        return ([], [], {}, 0.0)
    known = doc.kb.members(last.qid) if last.qid else frozenset()
    if known and any(e.qid not in known for e in states):
        return ([], [], {}, 0.0)  # (the members of another body, named before)
    return (states, [last], {}, 0.7)


_APPOSED = re.compile(r"(?P<p>§S\d+§\s+and\s+(?:the\s+)?§S\d+§),\s+$")


def _pair_called(analysis: Analysis, doc: Doc, m: re.Match[str]) -> list[Entity]:
    """The two states "the two NATO allies" are: those it is set beside ("Greece and Turkey,
    the two NATO allies,"), else, when the sentence names no state before it, the pair named
    last, else the two states that met (not "Hungary blocked ... and both EU countries ...": a
    pair the sentence may mean)."""
    masked = analysis.masked
    apposed = _APPOSED.search(masked, 0, m.start())
    if apposed is not None:
        states = _states(analysis, apposed.group("p"), doc)
        return states if len(states) == 2 else []
    if _STATE_SLOT.search(masked, 0, m.start()) or "§G" in masked[: m.start()]:
        return []
    last = doc.finder.ctx.last_states
    pair = doc.finder.pair() if len(last) == 2 else tuple(meeting_states(doc))
    return [e for e in pair if e.kind is EntityKind.STATE] if len(pair) == 2 else []


def _holder(analysis: Analysis, doc: Doc, slot: str) -> list[Entity]:
    """The state a slot names as a chair's holder: a state, or its capital ("passes to New
    Delhi")."""
    states = _states(analysis, slot, doc)
    if states or not slot.startswith("§C"):
        return states
    cities = [e for e in entities_of(analysis, slot) if e.qid]
    found = doc.kb.capital_of(cities[0].qid) if len(cities) == 1 and cities[0].qid else None
    return [Entity.linked(found.qid, found.label, EntityKind.STATE)] if found else []


def _our_ally(analysis: Analysis, doc: Doc, m: re.Match[str]) -> Entity | None:
    """The state "our NATO Ally" is: the one named after it, else the one state of the title
    that is neither the issuer's nor one this sentence names, when the KB lists it a member
    (the ally a release is about: "Iran's cyberattack against our NATO Ally" in a release
    headed "... Against Albania")."""
    if m.group("s"):
        named = _states(analysis, m.group("s"), doc)
        return named[0] if named else None
    title = doc.article.title or ""
    orgs = _orgs(analysis, m.group("o"), doc)
    members = doc.kb.members(orgs[0].qid) if orgs and orgs[0].qid else frozenset()
    left = {e.key for e in (*_ours(doc), *_states(analysis, analysis.masked, doc))}
    others = [
        e
        for e in doc.finder.ctx.states.values()
        if e.key not in left and e.kind is EntityKind.STATE and e.label in title
    ]
    # (and one the KB knows as a member: the ally is no guess)
    return others[0] if len(others) == 1 and others[0].qid in members else None


def _ours(doc: Doc) -> list[Entity]:
    """The states "our" stands for: a statement's issuers, else the publisher's state."""
    issuers = [e for e in doc.finder.ctx.issuers if e.kind is EntityKind.STATE]
    home = doc.finder.ctx.home
    if issuers or home is None:
        return issuers
    return [Entity.linked(home.qid, home.label, EntityKind.STATE)]


# what makes "X becomes a member" a thing to come: "once", "when", "next week", "soon" (before
# it also "after", "before": "After Hungary ratifies, Sweden becomes ..."; not "ending decades
# of non-alignment after Russia's invasion")
_LATER = re.compile(
    r"\b(?=[cinostuw])(?:once|when|whenever|if|until|next|tomorrow|soon|upcoming|coming|will|shall)\b",
    re.IGNORECASE,
)
_LATER_BEFORE = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Aa]s\s+soon\s+as)\b")


def _becomes_later(analysis: Analysis, doc: Doc, at: int) -> bool:
    """Whether a sentence's "becomes" (its match starting at ``at``) tells of a membership still
    to come ("Once Sweden becomes a member", "Sweden becomes a NATO member next week", "... on
    March 12" written before it), not the day's news ("Today, Sweden becomes the 32nd member of
    NATO")."""
    masked = analysis.masked
    if _LATER.search(masked) or _LATER_BEFORE.search(masked, 0, at):
        return True
    today = doc.date
    return today is not None and any(
        dt.date(d.value.year, d.value.month or 1, d.value.day or 1) > today for d in analysis.dates
    )


def _joined_told_by_org(
    analysis: Analysis,
    doc: Doc,
    masked: str,
    keep: Callable[[re.Match[str]], bool],
    found: _Found,
) -> None:
    """Joinings told with the organisation first: "... and was joined by India and Pakistan in
    2017", "the African Union, which Morocco rejoined in 2017" (dated by what follows the list;
    session 36b)."""
    for regex in (_JOINED_BY, _WHICH_JOINED):
        for m in regex.finditer(masked):
            if keep(m) and not _former_member(masked, m):
                found.append(
                    (
                        _states(analysis, m.group("m"), doc),
                        _orgs(analysis, m.group("o"), doc),
                        _joined_on(analysis, masked, m.end()),
                        0.75,
                    )
                )


def _joining(
    analysis: Analysis,
    doc: Doc,
    masked: str,
    unblanked: str,
    keep: Callable[[re.Match[str]], bool],
    found: list[tuple[list[Entity], list[Entity], dict[str, Sequence[Value]], float]],
) -> None:
    """Joining told as a done thing: "congratulated Finland on joining NATO", "Since joining
    the EU in 2004, Poland ...", "... has grown since joining the EU" (``unblanked`` is the
    masked sentence with its opening phrase, which ``masked`` has blanked)."""
    if (
        "congrat" in masked
        or "welcom" in masked
        or "hail" in masked
        or "prais" in masked
        or ("thank" in masked)
    ):
        for m in _CONGRATULATED_ON_JOINING.finditer(masked):
            if keep(m):
                orgs = m.group("o") or m.group("o2") or m.group("o3")
                if _NEW_CLAUSE.match(masked, m.end()):
                    orgs = _SLOT_AND.sub("", orgs)
                found.append(
                    (
                        _states(analysis, m.group("m"), doc),
                        _orgs(analysis, orgs, doc),
                        _joined_on(analysis, masked, m.end()),
                        0.75,
                    )
                )
    if "joining" not in unblanked and "becoming" not in unblanked:
        return
    for m in _SINCE_JOINING.finditer(unblanked):
        if not keep(m):
            continue
        if not m.group(0).lower().startswith("since") and _NOT_YET.search(unblanked):
            continue  # "After joining NATO, Ukraine would ..."
        if m.group("m"):
            members = _states(analysis, m.group("m"), doc)
        else:
            # the subject of the sentence, with no other party before "since"
            start = intro_end(unblanked)
            if unblanked.startswith(("The ", "the "), start):
                start += 4
            lead = _LEAD_STATES.match(unblanked, start)
            if lead is None or "§" in unblanked[lead.end() : m.start()]:
                continue
            members = _states(analysis, lead.group("s"), doc)
        orgs = m.group("o")
        if _NEW_CLAUSE.match(unblanked, m.end("o")):
            orgs = _SLOT_AND.sub("", orgs)
        when = m.group("when") or ""
        dated = [d.value for d in analysis.dates if when and d.text in when and not d.end_value]
        extra: dict[str, Sequence[Value]] = {"startDate": dated[:1]} if dated else {}
        found.append((members, _orgs(analysis, orgs, doc), extra, 0.75))


# the day of the joining right after what was joined: "congratulated Croatia on joining the
# euro area today", "... on becoming a member of NATO on 4 April"
_JOINED_WHEN = re.compile(r"\s+(?P<when>today|yesterday|(?:in|on)\s+[^,;§]{1,30}?)\s*(?:[,;.]|$)")


def _joined_on(analysis: Analysis, masked: str, end: int) -> dict[str, Sequence[Value]]:
    """The start of a membership whose joining a sentence dates right after the organisation."""
    when = _JOINED_WHEN.match(masked, end)
    dated = [
        d.value for d in analysis.dates if when and d.text in when.group("when") and not d.end_value
    ]
    return {"startDate": dated[:1]} if dated else {}


# a second joining dated from the first: "Croatia joined the EU in July 2013, four years after
# it became a member of NATO", "Poland became a member of NATO in 1999, five years before joining
# the EU" (the subject's own joining: "it", "joining"; not "... after Slovenia did")
_JOINING_VERB = (
    r"(?:joined|joins|acceded\s+to|became\s+(?:an?\s+|the\s+\d+(?:st|nd|rd|th)\s+)?(?:full\s+)?"
    r"members?\s+of)"
)
_JOINED_LATER = re.compile(
    rf"(?P<m>{STATES})\s+(?:officially\s+|formally\s+)?{_JOINING_VERB}\s+(?:the\s+)?"
    r"(?P<o>§[OS]\d+§)\s+(?:in|on)\s+(?P<when>[^,;§]{1,30}?),?\s+"
    r"(?P<n>(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+years?|"
    r"a\s+decade|(?:two|three)\s+decades)\s+(?P<dir>after|before)\s+"
    r"(?:(?:it|they)\s+(?:had\s+|has\s+)?(?:officially\s+|formally\s+)?"
    r"(?:joined|acceded\s+to|became\s+(?:an?\s+)?(?:full\s+)?members?\s+of)|"
    r"(?:its\s+|their\s+)?(?:joining|acceding\s+to|becoming\s+(?:an?\s+)?(?:full\s+)?members?\s+of|"
    r"accession\s+to))\s+"
    r"(?:the\s+)?(?P<o2>§[OS]\d+§)(?![-\w]|['’])"
)
_SPANS_OF_YEARS = {"a decade": 10, "two decades": 20, "three decades": 30}


def _joined_later(analysis: Analysis, doc: Doc, masked: str, found: _Found) -> None:
    """The other joining of a sentence that dates one joining from another: its year, the
    first one's plus or minus the years between."""
    for m in _JOINED_LATER.finditer(masked):
        dated = [d.value for d in analysis.dates if d.text in m.group("when") and not d.end_value]
        if not dated:
            continue
        span = m.group("n")
        count = span.split()[0]
        years = _SPANS_OF_YEARS.get(span) or (
            int(count) if count.isdigit() else _NUMBERS.get(count, 1)
        )
        year = dated[0].year + (-years if m.group("dir") == "after" else years)
        start: dict[str, Sequence[Value]] = {
            "startDate": [TimeValue(year, precision=Precision.YEAR)]
        }
        members = _states(analysis, m.group("m"), doc)
        found.append((members, _orgs(analysis, m.group("o2"), doc), start, 0.75))


_Found = list[tuple[list[Entity], list[Entity], dict[str, Sequence[Value]], float]]


def _organisations_as_members(
    analysis: Analysis,
    doc: Doc,
    masked: str,
    keep: Callable[[re.Match[str]], bool],
    found: _Found,
) -> None:
    """An organisation that is a member of another: "The African Union was admitted as a
    permanent member of the G20", "the AU, the second regional organisation to become a
    permanent member of the G20 after the European Union" (both)."""
    for m in _ORG_IS_MEMBER.finditer(masked):
        if not keep(m):
            continue
        members = "".join(m.group(g) or "" for g in ("m", "m2", "m3"))
        parties = [
            e
            for e in entities_of(analysis, members)
            if e.kind is EntityKind.STATE or _is_org(e, doc)
        ]
        found.append((parties, _orgs(analysis, m.group("o") or m.group("o2"), doc), {}, 0.8))


def _chairs_and_leaders(
    analysis: Analysis,
    doc: Doc,
    masked: str,
    keep: Callable[[re.Match[str]], bool],
    found: _Found,
) -> None:
    """A state holding or leading an organisation, told by its leader ("Narendra Modi, whose
    country holds the G20 presidency", "Azali Assoumani, President of the Comoros and
    Chairperson of the African Union") or as its act ("Indonesia's assumption of the G20
    presidency", "thanked Laos for its leadership within ASEAN")."""
    for m in _WHOSE_COUNTRY_CHAIRS.finditer(masked):
        if keep(m):
            states = _states_of_people(analysis, doc, m.group("p"), heads_only=False)
            org = m.group("o") or m.group("o2") or m.group("o3")
            found.append((states, _orgs(analysis, org, doc), {}, 0.7))
    for m in _AND_CHAIR_OF.finditer(masked):
        if keep(m):
            states = _states_of_people(analysis, doc, m.group("p"), heads_only=True)
            found.append((states, _orgs(analysis, m.group("o"), doc), {}, 0.7))
    for m in _GENERIC_CHAIR.finditer(masked) if "§P" in masked else ():
        last = doc.finder.ctx.last_org
        named = any(k.code is Code.ORG for k in analysis.mentions)
        # (a subject's title, told whatever the verb says: "... said the region would not")
        negation = _first_negation(analysis)
        told = keep(m) or (
            not hedged(masked[: m.end()]) and (negation is None or m.end() <= negation)
        )
        if told and last is not None and not named and last.qid and _is_org(last, doc):
            states = _states_of_people(analysis, doc, m.group("p"), heads_only=True)
            found.append((states, [last], {}, 0.7))
    for m in _ORG_CHAIR_APPOSED.finditer(masked) if "§P" in masked else ():
        orgs = [
            o
            for o in _orgs(analysis, m.group("o") or m.group("o2") or m.group("o3"), doc)
            if not _OWN_BODY_LABEL.match(o.label)
        ]
        if keep(m) and orgs:
            # (the Chair-in-Office is a foreign minister: any official's state)
            in_office = bool(m.group("io") or m.group("io2") or m.group("io3"))
            person = m.group("p") or m.group("p2")
            states = _states_of_people(analysis, doc, person, heads_only=not in_office)
            found.append((states, orgs, {}, 0.7))
    for slot in _PERSON_SLOT.finditer(masked):
        offices = analysis.mention(slot.group(0)).offices
        if len(offices) < 2:
            continue
        # one apposition's two titles ("Azali Assoumani, President of the Comoros and
        # Chairperson of the African Union", one mention): the head's state chairs the body
        states = [o.jurisdiction for o in offices if o.role in _HEADS and o.jurisdiction]
        chairs = [
            o.jurisdiction
            for o in offices
            if o.role == "HeadOfOrganization" and o.jurisdiction and _CHAIR_TITLE.match(o.label)
        ]
        if states and chairs and keep(slot):
            found.append((states, chairs, {}, 0.7))
    for m in _UNDER_CHAIR.finditer(masked) if "under" in masked else ():
        if keep(m):
            chair = _states(analysis, m.group("m"), doc)
            found.append((chair, _orgs(analysis, m.group("o"), doc), {}, 0.7))
    for m in _LEADERSHIP.finditer(masked):
        if not keep(m):
            continue
        orgs = _orgs(analysis, m.group("o") or m.group("o2") or m.group("o3"), doc)
        if m.group("o3") and "chairmanship" not in m.group(0) and "presidency" not in m.group(0):
            # (a body the KB knows: not "its leadership in the Multinational Mission"; a chair is
            # held of any body: "its chairmanship of BRICS")
            orgs = [o for o in orgs if o.qid]
        found.append((_states(analysis, m.group("m"), doc), orgs, {}, 0.7))


def _chairs_organ(
    analysis: Analysis,
    doc: Doc,
    m: re.Match[str],
    found: _Found,
    *,
    person: str = "p",
    tenure: bool = True,
) -> None:
    """A person who chairs a body (or its organ of leaders): their Tenure at its head (unless
    not ``tenure``), and their state's membership."""
    people = [p for p in entities_of(analysis, m.group(person)) if p.kind is EntityKind.PERSON]
    orgs = [o for o in _orgs(analysis, _chair_org(m), doc) if o.kind is EntityKind.ORGANIZATION]
    if len(people) != 1 or len(orgs) != 1:
        return
    state = doc_state_of(doc, people[0]) or state_of(doc, people[0])
    args: dict[str, Sequence[Value]] = {
        "holder": people,
        "role": [Concept("HeadOfOrganization")],
        "jurisdiction": orgs,
    }
    if tenure:
        doc.add(FactClass.TENURE, args, analysis, 0.7)
    if state is not None and state.kind is EntityKind.STATE:
        found.append(([state], orgs, {}, 0.7))


def _suspended_members(
    analysis: Analysis,
    doc: Doc,
    masked: str,
    keep: Callable[[re.Match[str]], bool],
    found: _Found,
) -> None:
    """Members told with their suspension (see _SUSPENDED_MEMBERS, _SUSPENDED_LISTED)."""
    for m in _SUSPENDED_MEMBERS.finditer(masked):
        if not keep(m) and not (m.group("m") and negation_after(analysis, m)):
            continue
        org = m.group("o") or m.group("o2") or m.group("o3")
        if org is None:
            continue  # ("the fifth member barred from the body's activities": which body?)
        states = _states(
            analysis, (m.group("m") or "") + (m.group("m2") or "") + (m.group("m3") or ""), doc
        )
        found.append((states, _orgs(analysis, org, doc), {}, 0.75))
    for m in _SUSPENDED_LISTED.finditer(masked) if "member" in masked else ():
        states = _states(analysis, m.group("m"), doc)
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _NUMBERS.get(n, 0)
        if count != len(states) or not (keep(m) or negation_after(analysis, m)):
            continue
        if m.group("o"):
            orgs = _orgs(analysis, m.group("o").strip(), doc)
        else:
            last = doc.finder.ctx.last_org
            named = any(k.code is Code.ORG for k in analysis.mentions)
            orgs = [last] if last is not None and not named and _is_org(last, doc) else []
        found.append((states, orgs, {}, 0.75))


def negation_after(analysis: Analysis, m: re.Match[str]) -> bool:
    """Whether the sentence's only hedge or negation comes after a listing that is an aside of
    its subject ("X and Y, both suspended from the AU, were not represented": the members, not
    the absence, are told)."""
    negation = _first_negation(analysis)
    return (
        not analysis.hypothetical
        and negation is not None
        and m.end() <= negation
        and not _NEGATION_CUE.search(analysis.masked, 0, m.start())
    )


def _handed_over(analysis: Analysis, doc: Doc, m: re.Match[str], found: _Found) -> None:
    """Both sides of a chair handed over are members (a person's state when a head of state
    or government hands it); the person it went to heads the organisation (a chair, not a
    state's presidency)."""
    org = m.group("o") or m.group("o2") or m.group("o3") or m.group("o4") or m.group("o5")
    orgs = [o for o in _orgs(analysis, org, doc) if _is_org(o, doc)]
    if len(orgs) != 1:
        return
    for side in ("a", "b"):
        slot = m.group(side) or m.group(side + "2") or m.group(side + "3") or m.group(side + "5")
        if slot.startswith("§S"):
            found.append((_states(analysis, slot, doc), orgs, {}, 0.7))
            continue
        # (whoever hands a member's chair on acts for the state: the OSCE's is a foreign
        # minister's)
        found.append((_states_of_people(analysis, doc, slot, heads_only=False), orgs, {}, 0.7))
        people = [p for p in entities_of(analysis, slot) if p.kind is EntityKind.PERSON]
        kind = m.group("k") or m.group("k2") or m.group("k3") or m.group("k4") or m.group("k5")
        chair = kind.lower().startswith("chair")
        # (not a chair handed on in an earlier year: "Sall succeeded Tshisekedi as chairman of
        # the African Union in 2022", in a later story, may hold it no longer)
        earlier = doc.date is not None and any(d.value.year < doc.date.year for d in analysis.dates)
        if (
            side == "b"
            and chair
            and not earlier
            and len(people) == 1
            and orgs[0].kind is EntityKind.ORGANIZATION
        ):
            args: dict[str, Sequence[Value]] = {
                "holder": people,
                "role": [Concept("HeadOfOrganization")],
                "jurisdiction": orgs,
            }
            doc.add(FactClass.TENURE, args, analysis, 0.7)


def _chair_org(m: re.Match[str]) -> str:
    """The organisation's slot of a chair's match, before or after the chair's word."""
    groups = m.groupdict()
    return groups.get("o") or groups.get("ob") or ""


def _took_chair(analysis: Analysis, doc: Doc, m: re.Match[str], found: _Found) -> None:
    """A person who took an organisation's chair (a Tenure, which has no start in the model),
    and the one they took it from: both states members (session 28)."""
    person = "p" if m.group("p") else "p2"
    if m.group("presidency") or m.group("presidency2"):
        # ("congratulated President Boric on assuming the pro tempore presidency of the Pacific
        # Alliance": his state's, a membership; no Tenure of his)
        found.append(
            (
                _states_of_people(analysis, doc, m.group(person), heads_only=True),
                _orgs(analysis, _chair_org(m), doc),
                {},
                0.7,
            )
        )
    else:
        # ("the chairmanship of the SADC Organ on Politics, ...": an organ's chair, no head of
        # the body; its state is still a member; session 35)
        organ = m.group("o") is not None and _ORGAN_NAMED_AFTER.match(m.string, m.end("o"))
        _chairs_organ(analysis, doc, m, found, person=person, tenure=not organ)
    if m.group("b"):
        for p in entities_of(analysis, m.group("b")):
            if p.kind is EntityKind.STATE:
                found.append(([p], _orgs(analysis, _chair_org(m), doc), {}, 0.7))
            if p.kind is not EntityKind.PERSON:
                continue
            state = doc_state_of(doc, p) or state_of(doc, p)
            if state is not None and state.kind is EntityKind.STATE:
                found.append(([state], _orgs(analysis, _chair_org(m), doc), {}, 0.7))


_HEADS = frozenset({"HeadOfState", "HeadOfGovernment"})


def _sides_of_people(analysis: Analysis, doc: Doc, slot: str) -> list[Entity]:
    """The states of the people a slot names, when it names two or more each of a known state
    (else none)."""
    people = [e for e in entities_of(analysis, slot) if e.kind is EntityKind.PERSON]
    sides = {s.key: s for p in people if (s := side_of(doc, p)) is not None}
    if len(people) < 2 or len(sides) != len(people):
        return []
    return [s for s in sides.values() if s.kind is EntityKind.STATE]


def _people_as_members(
    analysis: Analysis,
    doc: Doc,
    masked: str,
    keep: Callable[[re.Match[str]], bool],
    found: _Found,
) -> None:
    """Members told by their people acting as members (:data:`_PEOPLE_THEIR_AS_MEMBERS`,
    :data:`_AS_MEMBERS_PEOPLE`: the people's states; :data:`_TOGETHER_AS_MEMBERS`: one of the
    pair in focus, and the other)."""
    for regex in (_PEOPLE_THEIR_AS_MEMBERS, _AS_MEMBERS_PEOPLE):
        for m in regex.finditer(masked):
            states = _sides_of_people(analysis, doc, m.group("p"))
            if keep(m) and len(states) >= 2:
                found.append(
                    (states, _orgs(analysis, m.group("o") or m.group("o2"), doc), {}, 0.75)
                )
    for m in _TOGETHER_AS_MEMBERS.finditer(masked) if "together" in masked else ():
        if not keep(m):
            continue
        states = _sides_of_people(analysis, doc, m.group("p"))
        if not states:
            own = _states_of_people(analysis, doc, m.group("p"), heads_only=False)
            focus = list(doc.finder.ctx.focus)
            if len(own) == 1 and len(focus) == 2 and own[0].key in {e.key for e in focus}:
                states = focus
        if len(states) >= 2:
            found.append((states, _orgs(analysis, m.group("o") or m.group("o2"), doc), {}, 0.75))


def _states_of_people(analysis: Analysis, doc: Doc, text: str, *, heads_only: bool) -> list[Entity]:
    """The states the people a slot names act for (only heads of state or government, with
    ``heads_only``, by the office the article gives them)."""
    states = []
    for person in entities_of(analysis, text):
        if person.kind is not EntityKind.PERSON:
            continue
        if heads_only:
            office = doc.finder.ctx.office_of(person)
            state = office.jurisdiction if office is not None and office.role in _HEADS else None
        else:
            state = state_of(doc, person)
        if state is not None and state.kind is EntityKind.STATE:
            states.append(state)
    return states


# a membership told in the past and over after it: "Ecuador was an OPEC member until 2020",
# "Qatar was a member of OPEC for nearly 60 years before it left in 2019" (a former one, session 23;
# not "Sweden is a member until ...": a term, or "Finland was a member of the EU when it joined")
_PAST_MEMBER = re.compile(r"\b(?:was|were|had\s+been)\s")
_ENDED_AFTER = re.compile(
    # (not "left its military wing": a part of it)
    r"[^.;]*?\b(?:until|till|left(?!\s+(?:its|their)\b)|withdrew(?!\s+from\s+(?:its|their)\b)|quit|"
    r"exited|(?:was|were)\s+expelled)\b",
    re.IGNORECASE,
)


# "Timor-Leste was admitted to ASEAN in principle in 2022 but is not yet a full member": an
# admission in principle, or one denied as full right after it, is no membership (session 24;
# not "Finland joined NATO in 2023 and Sweden is not yet a full member": another state's)
_NOT_FULL_AFTER = re.compile(
    r"[^.;§]*?\b(?:in\s+principle|not\s+(?:yet\s+)?(?:an?\s+)?"
    r"(?:full|full-fledged|fully-fledged)\s+members?)\b",
    re.IGNORECASE,
)


# a membership ended in a year told right after it: "Qatar, a member of OPEC until 2019, ..."
# (session 25; a year before the article's, not a term that runs on: "until 2025")
_UNTIL_YEAR = re.compile(
    r"(?:\s+(?:for\s+)?[^,;.§]{0,30}?)?\s+(?:until|till|up\s+to)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?P<y>(?:19|20)\d\d)\b"
)


def _former_member(masked: str, m: re.Match[str], year: int | None = None) -> bool:
    """Whether a membership match is told in the past and ended after it, in its sentence, or
    is denied as full after it (:data:`_NOT_FULL_AFTER`), or ended in a year before the
    article's right after it (:data:`_UNTIL_YEAR`)."""
    if _PAST_MEMBER.search(m.group(0)) and _ENDED_AFTER.match(masked, m.end()):
        return True
    if (
        year is not None
        and (until := _UNTIL_YEAR.match(masked, m.end())) is not None
        and int(until.group("y")) < year
    ):
        return True
    return ("princip" in masked or "full" in masked) and bool(
        _NOT_FULL_AFTER.match(masked, m.end())
    )


def _membership_began(analysis: Analysis, masked: str, end: int) -> dict[str, Sequence[Value]]:
    """The start of a state's membership told right after it ("... dates back to 1957")."""
    began = _MEMBERSHIP_BEGAN.match(masked, end)
    if began is None:
        return {}
    for d in analysis.dates:
        if not d.relative and not d.end_value and masked.find(d.text, end) == began.end():
            return {"startDate": [d.value]}
    return {}


def _founding_date(analysis: Analysis, masked: str, m: re.Match[str]) -> dict[str, Sequence[Value]]:
    """The start of the founders' memberships, when the founding has a date right after the
    organisation ("founded the Alliance of Sahel States in September 2023", "form the Alliance
    of Sahel States established in September 2023")."""
    if m.re is _CREATED_WITH:
        when = _FOUNDED_WHEN.match(masked, m.end())
    elif m.re is _FOUNDED_BY:
        # "was founded in 2001 by ...", "was founded by ... in 2001"
        when = m if m.group("when") else _FOUNDED_WHEN.match(masked, m.end())
    else:
        when = (
            _FOUNDED_WHEN.match(masked, m.end())
            if _FOUNDING.search(m.group(0))
            else _ESTABLISHED_WHEN.match(masked, m.end())
        )
    if when is None:
        return {}
    dates = [d.value for d in analysis.dates if not d.end_value and d.text in when.group("when")]
    return {"startDate": dates[:1]} if dates else {}


def _terms(
    analysis: Analysis,
    doc: Doc,
    masked: str,
    keep: Callable[[re.Match[str]], bool],
    found: _Found,
) -> None:
    """A seat held for a term ("Japan's two-year term as a non-permanent member of the UN
    Security Council, which began on January 1"), dated by the term's start; none that starts
    after the article."""
    for m in _TERM.finditer(masked):
        if not keep(m):
            continue
        clause = masked[m.start() : m.end() + 60].split(";", maxsplit=1)[0]
        if _TERM_OVER.search(clause):
            continue
        began = _TERM_BEGAN.search(clause) is not None
        dates = [d.value for d in analysis.dates if began and not d.end_value and d.text in clause]
        years = m if m.group("y") else _TERM_YEARS.match(masked, m.end())
        if m.group("seat"):
            years = _SEAT_YEARS.match(masked, m.end())
            if years is None:
                continue
        last: TimeValue | None = None
        if years is not None:
            # "its 2022–2023 term on the Security Council", "its term ... (2023–2024)": the seat
            # from the term's first year to its last
            first_year, end = int(years.group("y")), years.group("z")
            last_year = int(end) if len(end) == 4 else first_year // 100 * 100 + int(end)
            if last_year < first_year:
                continue
            if not dates or dates[0].year != first_year:
                # (not over "began in January" of that year, which says more)
                dates = [TimeValue(first_year, precision=Precision.YEAR)]
            last = TimeValue(last_year, precision=Precision.YEAR)
        today = doc.date
        if dates and today is not None:
            first = dates[0]
            if dt.date(first.year, first.month or 1, first.day or 1) > today:
                continue
        extra: dict[str, Sequence[Value]] = {"startDate": dates[:1]} if dates else {}
        if last is not None:
            extra["endDate"] = [last]
        found.append(
            (_states(analysis, m.group("m"), doc), _orgs(analysis, m.group("o"), doc), extra, 0.8)
        )


_BORDER = re.compile(
    r"\b(?:separated\s+by\s+(?:a|an|the)\s+(?:[\w,.-]+\s+){0,3}(?:boundary|border)|"
    # "Moldova and Romania are separated by the Prut river"
    r"separated\s+by\s+the\s+(?:[A-Z][\w-]+\s+){1,3}[Rr]iver|"
    # "share a special relationship and a 2,337-kilometre border"
    r"(?:share|(?:have|has)(?:\s+(?:long\s+|always\s+)?shared)?)\s+"
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?and\s+)?(?:a|an|the)\s+"
    # (not "share a commitment to the border talks")
    r"(?:(?!(?:to|of|on|in|for|with|about|over|at)\s)[\w,.'’-]+\s+){0,4}"
    r"(?:\([^()]{1,20}\)\s+)?(?:boundary|border|frontier)|"
    # "Chile and Argentina share one of the longest borders in the world"
    r"share\s+one\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}(?:boundaries|borders|frontiers)|"
    r"(?:common|shared|mutual)\s+(?:land\s+)?(?:borders?|boundary|frontier)|border\s+each\s+other|"
    # "Egypt and Sudan are neighbouring countries" (not "X, Y and neighbouring countries must ...")
    r"(?:are|were|as|two)\s+(?:\w+\s+)?neighbou?ring\s+(?:states|countries)|"
    # "along the frontier between Venezuela and Colombia" (not "the line of contact between")
    r"(?:border|frontier|boundary)\s+between|"
    # "the border dispute between Ethiopia and Sudan", "their long-running border dispute"
    # (session 28)
    r"(?:border|frontier|boundary)\s+(?:disputes?|row|conflict)\s+between|"
    r"their\s+(?:(?:long-running|long-standing|decades-old|decades-long|bitter|territorial|"
    r"maritime|land)\s+)*(?:border|frontier|boundary)\s+(?:disputes?|row|conflict)|"
    r"(?:our|the)\s+(?:shared|common|\d[\d,]*-(?:mile|kilometer|kilometre|km))\s+(?:land\s+)?border|"
    # "China and India have clashed along their 3,488-km border"
    # ("Peru and Ecuador fought over their disputed border": a border all the same)
    r"their\s+(?:shared|common|long|disputed|contested|porous|"
    r"\d[\d,.]*\s*-?\s*(?:miles?|kilomet(?:er|re)s?|km)(?:-long)?)\s+"
    r"(?:land\s+)?(?:border|boundary|frontier))\b"
    r"|§[SD]\d+§\s*[-–]\s*§[SD]\d+§\s+(?:land\s+|state\s+)?border\b",
    re.IGNORECASE,
)
_PAIR = re.compile(rf"between\s+(?P<p>{STATES})|(?P<q>§S\d+§\s*[-–]\s*§S\d+§)")
# "a land border of some 1,300 kilometres with Russia", "a frontier, about 900 miles long, with ..."
_LENGTH = (
    r"(?:,?\s+(?:of|stretching|running|spanning|measuring|extending)\s+(?:for\s+)?"
    r"(?:(?:some|about|around|roughly|nearly|almost|approximately|over|more\s+than|close\s+to)\s+)?"
    r"\d[\d,.]*\s*-?\s*(?:miles?|kilomet(?:er|re)s?|km)(?:\s+\([^()]{1,20}\))?(?:\s+long)?|"
    r",\s+(?:(?:some|about|around|roughly|nearly|almost|approximately|over|more\s+than)\s+)?"
    r"\d[\d,.]*\s*-?\s*(?:miles?|kilomet(?:er|re)s?|km)(?:\s+\([^()]{1,20}\))?\s+long,)?"
)
# "Mongolia borders Russia and China", "Ukraine shares a 1,000-kilometre border with Belarus",
# "Finland, a member of the EU, shares a long border with Russia": one border per neighbour named
_BORDERS_WITH = re.compile(
    # "Moldova, which borders Ukraine, has applied ..."
    # "Poland and Lithuania share a border with Belarus": each of them (not with each other)
    # ("All four countries border Russia", "Both countries border Afghanistan": a group's
    # states, session 28)
    r"(?P<a>§S\d+§(?:(?:,\s+|\s+and\s+|,\s+and\s+)§S\d+§){0,9}|§G\d+§)"
    r"(?:,\s+(?:a|an|the|which|whose)\s[^,;]{1,60},|,\s+which)?\s+(?:also\s+|both\s+|each\s+|all\s+)?"
    r"(?:borders|bordered|border(?=\s+(?:the\s+)?§)|"
    r"(?:shares|shared|share|has|had|have)\s+(?:(?:a|an|the)\s+)?"
    # "shares a 1,340-km (832-mile) border with Russia"
    r"(?:[\w,.'’-]+\s+){0,3}?(?:\([^()]{1,20}\)\s+)?(?:land\s+|maritime\s+|common\s+)?"
    # ("Mongolia shares borders only with Russia and China", session 27)
    rf"(?:boundary|borders?|frontier){_LENGTH}\s+(?:only\s+|just\s+)?with)"
    # "Mongolia, which borders only Russia and China"
    r"(?:\s+(?:only|just|directly))?"
    # "Russia borders 14 countries, including China, Mongolia and North Korea"
    r"(?:\s+(?:\d+|[a-z]+)\s+(?:countries|states|nations),?\s+(?:including|among\s+them|such\s+as))?"
    rf"\s+(?:the\s+)?(?P<b>{STATES})"
    # "... a border with Russia's Kaliningrad exclave and with Belarus"
    r"(?P<more>(?:(?:['’]s\s+(?:[A-Z]\w+\s+){0,2}(?:exclave|region|oblast|province))?"
    rf",?\s+(?:and\s+)?with\s+(?:the\s+)?{STATES})*)"
)


# the border told in an aside about the other state: "As a country that shares a long border
# with Afghanistan, Tajikistan ...", "Chad, with which Sudan shares a 1,400-km border, ..."
# (session 38)
_BORDER_IN_ASIDE = re.compile(
    r"\b[Aa]s\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:country|state|nation|neighbou?r)\s+"
    r"(?:that|which)\s+(?:also\s+)?(?:shares|has)\s+(?:a|an|the)\s+(?:[\w,.'’-]+\s+){0,3}?"
    rf"(?:land\s+)?(?:border|frontier|boundary){_LENGTH}\s+with\s+(?:the\s+)?(?P<b>§S\d+§),\s+"
    r"(?:the\s+)?(?P<a>§S\d+§)(?!\s*(?:and|or|,))|"
    r"(?P<b2>§S\d+§),\s+with\s+which\s+(?:the\s+)?(?P<a2>§S\d+§)\s+(?:also\s+)?"
    r"(?:shares|shared|has|had)\s+(?:a|an|the)\s+(?:[\w,.'’-]+\s+){0,3}?(?:land\s+)?"
    r"(?:border|frontier|boundary)\b"
)


# a region named by its city the KB knows, as a party of a border: "The Kaliningrad Region
# borders Lithuania and Poland", "Kaliningrad Oblast shares a border with Poland" (a region of
# a state stands for it)
_REGION_BORDERS = re.compile(
    r"(?<![\w§])(?:[Tt]he\s+)?(?P<r>[A-Z][a-z]+)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Ee]xclave)\s+"
    r"(?:also\s+)?(?:borders|shares\s+(?:(?:a|an|the)\s+)?(?:[\w,.'’-]+\s+){0,3}?(?:land\s+)?"
    rf"(?:borders?|frontier|boundary){_LENGTH}\s+with)\s+(?:the\s+)?(?P<b>{STATES})"
)


def _region_state(doc: Doc, name: str) -> Entity | None:
    """The state of the one city the KB knows by a region's name ("Kaliningrad")."""
    city = doc.kb.resolve(name, (EntityKind.CITY,))
    state = doc.kb.entity(city.country) if city is not None and city.country else None
    if state is None or state.kind is not EntityKind.STATE:
        return None
    return Entity.linked(state.qid, state.label, state.kind)


# "Uzbekistan is bordered by Kazakhstan, Kyrgyzstan, ...", "Finland's border with Russia",
# "Russia massed troops on its border with Ukraine" (the subject's border: no other name between),
# "Armenia's borders with Turkey and Iran" (one border with each)
_BORDERED_BY = re.compile(
    rf"(?P<a>§S\d+§)\s+(?:is|was)\s+(?:also\s+)?bordered\s+by\s+(?:the\s+)?(?P<b>{STATES})|"
    # ("Costa Rica will strengthen the screening of migrants along its southern border with Panama")
    # ("Senegal said on Monday it would keep its border with Gambia open")
    # "approved Croatia's entry into the Schengen area, which means that checks at its borders
    # with Slovenia and Hungary ..." (an organisation after a preposition, no other state between)
    r"(?P<a2>§S\d+§)(?:['’]s|(?:['’]s)?\s+(?:(?:[a-z][a-z-]*,?|[A-Z][a-z]+day|(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December),?|"
    r"(?:(?<=the\s)|(?<=into\s)|(?<=to\s)|(?<=in\s))§O\d+§,?)\s+){1,16}?its(?:\s+own)?)\s+"
    r"(?:[\w,.-]+\s+){0,3}?"
    # "Kuwait's only land border, which it shares with Saudi Arabia"
    rf"(?:borders?|boundar(?:y|ies)|frontiers?){_LENGTH}"
    r"(?:,\s+which\s+it\s+(?:also\s+)?(?:shares|shared|has\s+shared))?\s+with\s+(?:the\s+)?"
    rf"(?P<b2>§S\d+§(?:(?:,\s+|,?\s+and\s+)(?:with\s+)?(?:the\s+)?§S\d+§){{0,9}})"
)
# a list's last item that is a possessive or the subject of a clause of its own ("Finland's
# border with Russia and Estonia's with Latvia", "... with Russia and Norway said ...")
_LAST_ITEM = re.compile(r"(?:,\s+|,?\s+and\s+)(?:with\s+)?(?:the\s+)?§S\d+§$")
# "refugees crossed the border from Sudan into Chad": the two states the border lies between
_CROSSED_FROM_INTO = re.compile(
    r"\bacross\s+the\s+(?:border|frontier)\s+from\s+(?:the\s+)?(?P<a>§S\d+§)\s+(?:in)?to\s+"
    r"(?:the\s+)?(?P<b>§S\d+§)|"
    r"\bcross(?:ed|es|ing)?\s+the\s+(?:border|frontier)\s+from\s+(?:the\s+)?(?P<a2>§S\d+§)\s+"
    r"(?:in)?to\s+(?:the\s+)?(?P<b2>§S\d+§)"
)
# "Russia and neighbouring Belarus", "Kazakhstan and its neighbour Uzbekistan": neighbours
_AND_NEIGHBOURING = re.compile(
    r"(?P<a>§S\d+§)\s+and\s+(?:its\s+|their\s+)?(?:(?:close|immediate|northern|southern|"
    r"eastern|western)\s+)?neighbou?r(?:ing)?\s+(?:the\s+)?(?P<b>§S\d+§)"
)
# "the Liptako-Gourma region, where the borders of Mali, Burkina Faso and Niger meet", "the
# tri-border area of Brazil, Argentina and Paraguay": a border between each two of them
_BORDERS_MEET = re.compile(
    rf"(?:borders|frontiers|boundaries)\s+of\s+(?:the\s+)?(?P<a>{group_of('S')})\s+"
    r"(?:meet|converge|intersect|join)\b|"
    rf"tri-?(?:border|national)\s+(?:area|region|zone|point|junction)\s+(?:of|between)\s+"
    rf"(?:the\s+)?(?P<b>{group_of('S')})"
)
# "Germany sent more troops to neighbouring Poland", "Estonia said its neighbour Latvia would
# ...": the neighbour of the one state named before it
_NEIGHBOURING = re.compile(
    r"(?:\b[Nn]eighbou?ring|\b(?:its|their)\s+(?:(?:close|immediate|northern|southern|eastern|"
    r"western)\s+)?neighbou?r)\s+(?:the\s+)?(?P<b>§S\d+§)(?!\s*(?:,\s*)?(?:and|or)\s)"
)
_STATE_SLOT = re.compile(r"§S\d+§")
_STATE_OR_DEMONYM_SLOT = re.compile(r"§[SD]\d+§")
# "Kazakhstan's neighbour Kyrgyzstan", "Kenya's neighbours Uganda and Tanzania": as "its
# neighbour" (_NEIGHBOURING), the state named as the other's neighbour
_POSSESSIVE_NEIGHBOUR = re.compile(
    r"(?P<a>§S\d+§)['’]s?\s+(?:(?:close|immediate|northern|southern|eastern|western)\s+)?"
    rf"neighbou?r(?:,\s+|\s+)(?:the\s+)?(?P<b>§S\d+§)|"
    r"(?P<a2>§S\d+§)['’]s?\s+(?:(?:close|immediate|northern|southern|eastern|western)\s+)?"
    rf"neighbou?rs(?:,\s+|\s+)(?:the\s+)?(?P<b2>{STATES})"
)
# "Mongolia is landlocked between Russia and China": a border with each
_WEDGED = re.compile(
    # ("Mongolia, wedged between its two giant neighbours Russia and China,": session 28)
    r"(?P<a>§S\d+§)(?:\s+(?:is|lies|sits)|,)\s+(?:landlocked|sandwiched|wedged)\s+between\s+"
    r"(?:(?:its|their)\s+(?:two\s+)?(?:[a-z]+\s+)?neighbou?rs,?\s+)?"
    r"(?:the\s+)?(?P<b>§S\d+§\s+and\s+(?:the\s+)?§S\d+§)"
)


# the subject of a relation sentence: "Chile and Argentina ...", "They ...", "Both ..."
_PAIR_SUBJECT = re.compile(
    rf"(?:[A-Z][a-z]+,\s*)?(?:[Tt]he\s+)?(?P<s>{STATES}|[Tt]hey\b|[Bb]oth\b)"
)
_THE_TWO = re.compile(r"(?:[Tt]he\s+two|[Bb]oth)\b")


def _pair(analysis: Analysis, doc: Doc, masked: str) -> list[Entity]:
    """The two parties a relation sentence is about: "between X and Y", "X-Y", the subject."""
    m = _PAIR.search(masked)
    if m:
        states = _states(analysis, m.group("p") or m.group("q"), doc)
        if len(states) >= 2:
            return states
    # (after a dateline: "MINSK, 27 June (BelTA) – Belarus and Russia ...")
    subject = _PAIR_SUBJECT.match(masked) or _PAIR_SUBJECT.match(masked, intro_end(masked))
    if subject:
        states = _states(analysis, subject.group("s"), doc)
        if len(states) >= 2:
            return states
    if _THE_TWO.match(masked):
        # "Turkiye was the first to recognise Azerbaijan's independence, and the two established
        # diplomatic relations ...": the two states of the sentence
        named = {
            e.key: e for e in entities_of(analysis, analysis.masked) if e.kind is EntityKind.STATE
        }
        if len(named) == 2:
            return list(named.values())
    return []


_BORDER_WORDS = frozenset(
    {
        "border",
        "boundary",
        "boundaries",
        "frontiers",
        "borders",
        "bordered",
        "frontier",
        "neighbouring",
        "neighboring",
        "neighbour",  # (of _AND_NEIGHBOURING)
        "neighbor",
        "neighbours",  # (of _POSSESSIVE_NEIGHBOUR)
        "neighbors",
        "landlocked",
        "sandwiched",
        "wedged",
    }
)
# a border a pair has with a third party: "... a border dispute with Belarus"
_WITH_A_THIRD = re.compile(r"(?:\s+[a-z]+){0,2}\s+with\s+(?:the\s+)?§")
# "the Russia-Ukraine border", "our common border"
_HYPHEN_BORDER = re.compile(
    r"(?P<a>§[SD]\d+§)\s*[-–]\s*(?P<b>§[SD]\d+§)\s+(?:land\s+|state\s+)?border"
)
_OUR_BORDER = re.compile(r"\b(?:our|the)\s+\S*\s*border")


_OPENS = re.compile(r"(?:[Tt]he\s+)?")


# the state's people who report what the sentence said: "..., U.S. officials said"
_REPORTED_BY = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:officials|sources|diplomats|authorities|media|analysts|intelligence|"
    r"spokesm[ae]n|spokespersons?|spokeswoman)\s+(?:have\s+|had\s+)?(?:said|say|says|told|"
    r"reported|report|claimed|claim|confirmed|added|noted|warned|estimated|believe|believed)\b"
)


# a clause's subject whose place is the border: "that checks at its borders with ...", "so
# controls on its border with ..." (the verb after the list is that subject's)
_SUBJECT_AT_ITS = re.compile(
    r"(?:^|\b(?:that|which|so|and|but|while|as)\s+|,\s+)(?:the\s+)?(?:[a-z]+\s+){1,2}"
    r"(?:at|on|along|across)\s+$"
)


def _own_clause_after(masked: str, m: re.Match[str]) -> bool:
    """Whether the last state of a list a match ends with is the subject of a clause of its own
    ("Tensions rose along Lithuania's border with Belarus and Poland said ..."), not when the
    match opens the sentence and the verb is its own ("Georgia's borders with Russia and
    Armenia were reinforced", "Kenya's neighbours Uganda and Tanzania sent observers")."""
    if _REPORTED_BY.match(masked, m.end()):
        return True  # "... near its border with Ukraine, U.S. officials said": who reports it
    if not _NEW_CLAUSE.match(masked, m.end()):
        return False
    its = masked.find(" its ", m.start(), m.end())
    if its >= 0 and _SUBJECT_AT_ITS.search(masked, 0, its + 1):
        return False  # "..., which means that checks at its borders with A and B will be lifted"
    start = intro_end(masked)
    opening = _OPENS.match(masked, start)
    return opening is None or opening.end() != m.start()


def _neighbour_of_one(analysis: Analysis, doc: Doc) -> bool:
    """Shared borders of "neighbouring X" with the one state the sentence names before it (not
    "France and Germany sent aid to neighbouring Moldova", "from Poland to neighbouring ...")."""
    masked = analysis.masked
    found = False
    for m in _NEIGHBOURING.finditer(masked):
        before = _states(analysis, " ".join(_STATE_SLOT.findall(masked, 0, m.start())), doc)
        after = _states(analysis, m.group("b"), doc)
        lead = [e for e in doc.finder.ctx.lead if e.kind is EntityKind.STATE]
        if (
            not before
            and m.group(0).lower().startswith("neighbo")
            and {
                e.key
                for k in analysis.mentions
                if k.code in {Code.STATE, Code.DEMONYM, Code.CITY}
                for e in k.entities
            }
            <= {e.key for e in after}
            and len(lead) == 1
            and len(doc.finder.ctx.lead) == 1
        ):
            # "Burkina Faso's junta ordered French troops out. The move mirrors neighbouring
            # Mali, ...": the one state the sentence before was about, when this one names no
            # other (session 28)
            before = lead
        if len({e.key for e in before}) != 1 or len(after) != 1:
            continue
        a, b = before[0], after[0]
        if a.key != b.key and not _is_org(a, doc) and not _is_org(b, doc):
            doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.75)
            found = True
    return found


# a plural a demonym's slot took in: "Russian border guards", "Romanian customs officers"
_PLURAL_NOUN = re.compile(
    r"(?:[a-z]{2,}(?<![su])s|personnel|police|people|(?:service)?(?:wo)?men)$"
)


def _plural_folded(analysis: Analysis, slot: str, masked: str, end: int) -> bool:
    """Whether ``slot`` (ending at ``end`` of ``masked``) is a demonym the mask folded together
    with a plural noun ("Russian border guards"), which "its" cannot stand for."""
    mention = analysis.slots.get(slot)
    if mention is None or mention.code is not Code.DEMONYM:
        return False
    text = analysis.sentence.text
    start = mention.end - analysis.sentence.begin
    tail = masked[end:].split(None, 1)
    if not tail or "§" in tail[0]:
        return False
    stop = text.find(" " + tail[0], start)
    folded = text[start:stop].strip() if stop > start else ""
    return bool(folded) and _PLURAL_NOUN.search(folded) is not None


def _possessive_borders(
    analysis: Analysis, doc: Doc, masked: str, *, possessive_only: bool
) -> bool:
    """Borders told as "X is bordered by Y", "X's border with Y", "its border with Y" (only the
    last two, with ``possessive_only``); whether one was found."""
    found = False
    at, bordered_by = 0, "with" in masked or "bordered" in masked
    while bordered_by and (hit := _BORDERED_BY.search(masked, at)) is not None:
        at, listed = hit.end(), hit.group("b") or hit.group("b2")
        last = _LAST_ITEM.search(listed) if hit.group("b2") else None
        if last is not None and (
            masked.startswith(("'s", "’s"), hit.end()) or _own_clause_after(masked, hit)
        ):
            # "Finland's border with Russia and Estonia's border with Latvia": the last item is
            # none, but may start the next match (a single one is an item: "Poland's border
            # with Russia's Kaliningrad exclave")
            listed, at = listed[: last.start()], hit.start("b2") + last.start() + 1
        if possessive_only and not hit.group("a2"):
            continue
        owner = hit.group("a") or hit.group("a2")
        if hit.group("a2") and _plural_folded(analysis, owner, masked, hit.end("a2")):
            # "Armenia let Russian border guards patrol its border with Turkey": "its" is not
            # the guards'; the state named before them, if any
            before = [
                slot
                for slot in _STATE_SLOT.findall(masked, 0, hit.start("a2"))
                if not _plural_folded(analysis, slot, masked, masked.index(slot) + len(slot))
            ]
            if not before:
                continue
            owner = before[-1]
        for a in _states(analysis, owner, doc):
            for b in _states(analysis, listed, doc):
                # (states only: "the EU's border with Belarus" is the Union's)
                if a.key != b.key and not _is_org(a, doc) and not _is_org(b, doc):
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.8)
                    found = True
    return found


# "ordered the closure of the land border with Iraq": the subject's state's border (session 20)
_CLOSED_BORDER_WITH = re.compile(
    r"\b(?:closed|closure\s+of|closing\s+of|shut|shutting|reopened|reopening\s+of|sealed|"
    r"sealing\s+of)\s+(?:the\s+)?(?:land\s+|common\s+|shared\s+)?(?:border|frontier)\s+with\s+"
    r"(?:the\s+)?(?P<b>§S\d+§)(?!['’])"
)
_SUBJECT_SLOT = re.compile(r"(?:[Tt]he\s+)?(?P<a>§[SP]\d+§)\s+(?:has\s+|had\s+)?[a-z]")
# "India and Pakistan ..., and a U.N. force patrols their land frontier": the pair's border (not
# "their borders", each its own, nor "their border with Ukraine")
_THEIR_BORDER = re.compile(
    # (a qualified one: not "tensions along their border", a setting)
    # ("signed a treaty on their state border": the pair's, session 23)
    r"(?:\btheir\s+(?:land|common|shared|mutual|state)\s+|"
    # ("completed the demarcation of their border": a border the pair marks out is theirs)
    r"\b(?:(?:demarcation|delimitation)\s+of|demarcat(?:e|ing)|delimit(?:ing)?)\s+their\s+)"
    r"(?:border|frontier|boundary)\b"
    r"(?!\s+(?:with|to)\b)"
)


def _ones_or_their_border(analysis: Analysis, doc: Doc, masked: str) -> bool:
    """A border the sentence's subject closed "with" a state, or the border "their" names of
    the two states that open the sentence; whether one was found."""
    closed = _CLOSED_BORDER_WITH.search(masked) if "with" in masked else None
    if closed is not None:
        subject = _SUBJECT_SLOT.match(masked, intro_end(masked))
        if subject is not None and "§" not in masked[subject.end() : closed.start()]:
            who = analysis.mention(subject.group("a")).entity
            if who is not None and who.kind is EntityKind.PERSON:
                who = state_of(doc, who)
            other = _states(analysis, closed.group("b"), doc)
            if (
                who is not None
                and who.kind is EntityKind.STATE
                and len(other) == 1
                and other[0].key != who.key
                and not _is_org(other[0], doc)
            ):
                doc.add(FactClass.SHARED_BORDER, {"party": [who, other[0]]}, analysis, 0.75)
                return True
    their = _THEIR_BORDER.search(masked) if "their" in analysis.words else None
    if their is None:
        return False
    parties = _pair(analysis, doc, masked[: their.start()])
    if (
        len(parties) == 2
        and parties[0].key != parties[1].key
        and not any(_is_org(e, doc) for e in parties)
    ):
        doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.75)
        return True
    return False


# the pair's own border (session 22): "their 4,200-kilometre border", "the two countries' border",
# "the border the two countries share", "Their shared border has been closed" (not "their border
# with Ukraine", "their borders": a third state's, each its own)
_BORDER_KIND = (
    r"(?:land|common|shared|mutual|state|long|open|porous|\d[\d,.]*[- ](?:kilometre|kilometer|km|"
    r"mile)s?(?:-long)?)"
)
_BORDER_QUALIFIER = rf"(?:{_BORDER_KIND}\s+){{0,2}}"
_PAIR_BORDER = re.compile(
    # ("their" with a word that makes the border the pair's: not "fighting along their border",
    # a setting (as _THEIR_BORDER))
    rf"(?:\b(?P<their>[Tt]heir)\s+(?={_BORDER_KIND}\s)|(?P<g>§G\d+§)['’]s?\s+)"
    rf"{_BORDER_QUALIFIER}(?:border|frontier|boundary)\b"
    r"(?!\s+(?:with|to|of)\b|-)|"
    rf"\b(?:border|frontier|boundary)\s+(?:that\s+|which\s+)?(?P<g2>§G\d+§)\s+(?:share|have\s+shared)\b"
)
# a clause coordinated after a negated or hedged one: "X and Y have no diplomatic relations, and
# the land border between the two countries has been closed since 1993" (not in a sentence a
# subordinator opens: "If X and Y shared a border, and ...")
_LAST_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+(?P<rest>(?:(?!,\s+and\s|;).)+)$")
_SUBORDINATE_OPENING = re.compile(
    r"(?:[Ii]f|[Uu]nless|[Ww]hether|[Ss]hould|[Oo]nce|[Ww]hen|[Aa]lthough|[Tt]hough|[Ww]hile)\b"
)
_GROUP_SLOT = re.compile(r"§G\d+§")
_BETWEEN_GROUP = re.compile(
    rf"\b{_BORDER_QUALIFIER}(?:border|frontier|boundary)\s+between\s+(?P<g>§G\d+§)"
)


def _pair_border(analysis: Analysis, doc: Doc, text: str, pair: list[Entity]) -> bool:
    """The border a clause tells as the pair's own: by "their" (the pair the sentence opens
    with, given as ``pair``, or for a sentence opening with "Their" the pair the article is
    about), by "the two countries'", or "the border (that) the two countries share"; whether
    one was found."""
    found = False
    told = "border" in text or "frontier" in text or "boundary" in text
    for m in _PAIR_BORDER.finditer(text) if told else ():
        if m.group("their"):
            parties = pair
            if not parties and (group := _GROUP_SLOT.search(text, 0, m.start())):
                # "the two countries have ... turned their border into ...": the group's
                parties = _members(analysis, group.group(0), doc)
            elif not parties and m.start() == 0:
                parties = [e for e in doc.finder.ctx.focus if e.kind is EntityKind.STATE]
        else:
            parties = _members(analysis, m.group("g") or m.group("g2"), doc)
        if (
            len(parties) == 2
            and parties[0].key != parties[1].key
            and not any(_is_org(e, doc) for e in parties)
        ):
            doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.75)
            found = True
    return found


def _border_after_hedge(analysis: Analysis, doc: Doc, masked: str) -> None:
    """A border told in the last clause of a sentence whose earlier clause is negated or hedged
    ("X and Y do not have diplomatic relations, and the land border between the two countries
    has been closed"), when that clause is not hedged itself."""
    last = _LAST_CLAUSE.search(masked)
    if last is None or _SUBORDINATE_OPENING.match(masked, intro_end(masked)):
        return
    rest = last.group("rest")
    if hedged(rest) or "n't" in rest or "n’t" in rest or re.search(r"\bno\b", rest):
        return
    pair = _pair(analysis, doc, masked[: last.start()])
    if _pair_border(analysis, doc, rest, pair):
        return
    for m in _BETWEEN_GROUP.finditer(rest):
        parties = _members(analysis, m.group("g"), doc)
        if len(parties) == 2 and parties[0].key != parties[1].key:
            doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.75)


def _hyphen_border(analysis: Analysis, doc: Doc, masked: str) -> None:
    """The border "the Afghan-Pakistani border" names, in a hedged sentence."""
    hyphen = _HYPHEN_BORDER.search(masked) if "-" in masked or "–" in masked else None
    if hyphen is None:
        return
    parties = _states(analysis, hyphen.group("a") + hyphen.group("b"), doc)
    if (
        len(parties) == 2
        and parties[0].key != parties[1].key
        and not any(_is_org(e, doc) for e in parties)
    ):
        doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.8)


# "In neighbouring Kenya, President Ruto ordered the immediate closure of the land border with
# Somalia": the border of the one state named before, with the state after (session 20)
_BORDER_CLOSED_WITH = re.compile(
    r"\bclosure\s+of\s+(?:the\s+|its\s+)?(?:land\s+)?border\s+with\s+(?:the\s+)?(?P<b>§S\d+§)"
    r"(?![\w'’§-])"
)


def _border_closed_with(analysis: Analysis, doc: Doc, masked: str) -> bool:
    """The shared border a closure "of the border with Y" tells, with the one state the
    sentence names before it; whether one was found."""
    found = False
    for m in _BORDER_CLOSED_WITH.finditer(masked):
        slots = " ".join(_STATE_OR_DEMONYM_SLOT.findall(masked, 0, m.start()))
        before = {e.key: e for e in _states(analysis, slots, doc) if not _is_org(e, doc)}
        after = _states(analysis, m.group("b"), doc)
        if len(before) != 1 or len(after) != 1:
            continue
        (a,) = before.values()
        if a.key != after[0].key and not _is_org(after[0], doc):
            doc.add(FactClass.SHARED_BORDER, {"party": [a, after[0]]}, analysis, 0.75)
            found = True
    return found


# a relative clause after a border, to the clause's end: "a border that has never been demarcated"
_BORDER_RELATIVE = re.compile(
    r"\b(?:border|frontier|boundary)(?P<rel>,?\s+(?:that|which)\s+[^,;.]*)"
)


# a pair told with their border in a relative clause: "Qatar and Bahrain, whose maritime boundary
# was settled by the ICJ in 2001, ..." (presupposed, whatever the clause or the sentence tells
# of it; session 27)
_WHOSE_BORDER = re.compile(
    r"(?P<p>§S\d+§\s+and\s+(?:the\s+)?§S\d+§),\s+whose\s+(?:common\s+|shared\s+|land\s+|"
    r"maritime\s+|sea\s+|mutual\s+)*(?:boundary|border|frontier)\b(?!\s+(?:with|dispute))"
)


# the words by which a hedge or a negation may be about a border itself
_BORDER_TALK = frozenset(
    "border borders bordering boundary boundaries frontier frontiers share shares shared "
    "neighbours neighbors adjacent".split()
)


def _and_neighbouring(analysis: Analysis, doc: Doc, masked: str) -> bool:
    """ "Kenya and its northern neighbour Ethiopia", "Egypt and neighbouring Sudan": the pair's
    border; whether one was found."""
    found = False
    for m in _AND_NEIGHBOURING.finditer(masked):
        parties = _states(analysis, m.group("a") + m.group("b"), doc)
        if (
            len(parties) == 2
            and parties[0].key != parties[1].key
            and not any(_is_org(e, doc) for e in parties)  # (not "the EU and neighbouring ...")
        ):
            doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.75)
            found = True
    return found


def borders(analysis: Analysis, doc: Doc, *, view: bool = False) -> None:
    masked = analysis.masked
    if analysis.words.isdisjoint(_BORDER_WORDS):
        return
    for m in _WHOSE_BORDER.finditer(masked) if not view and "whose" in masked else ():
        pair = _states(analysis, m.group("p"), doc)
        if len(pair) == 2 and pair[0].key != pair[1].key and not any(_is_org(e, doc) for e in pair):
            doc.add(FactClass.SHARED_BORDER, {"party": pair}, analysis, 0.8)
    if not view and " and " in masked and (second := _second_clause(analysis, doc)) is not None:
        borders(second, doc, view=True)
    if "§," in masked and not view and (views := _aside_views(analysis)):
        for part in views:
            borders(part, doc, view=True)
        return
    if not _asserted(analysis) and not view and (rel := _BORDER_RELATIVE.search(masked)):
        # "Armenia and Azerbaijan share a border that has never been demarcated": the negation
        # or hedge is the relative clause's, the border is shared (read without it, session 23)
        plain = dataclasses.replace(
            analysis,
            masked=masked[: rel.start("rel")] + masked[rel.end("rel") :],
            dates=[d for d in analysis.dates if d.text not in rel.group("rel")],
        )
        if _asserted(plain):
            borders(plain, doc, view=True)
            return
    if not _asserted(analysis):
        # a border named as a state's own, or by its two states' names, is presupposed by a
        # hedged sentence too ("Senegal said it would keep its border with Gambia open", "the
        # Afghan-Pakistani border could reopen next week"); not a border denied ("no border")
        denied = "no" in analysis.words and _NO_RELATION.search(masked) is not None
        if not denied and not _possessive_borders(analysis, doc, masked, possessive_only=True):
            _hyphen_border(analysis, doc, masked)
        if "neighbo" in masked and analysis.words.isdisjoint(_BORDER_TALK):
            # "Ghana and its neighbour Togo may sign a deal", "Bolivia and its western neighbour
            # Chile have had no diplomatic relations": the neighbour named is presupposed when
            # the hedge or the negation says nothing of a border (session 28)
            _and_neighbouring(analysis, doc, masked)
        if not view:
            _border_after_hedge(analysis, doc, masked)
        return
    neighbours = "neighbo" in masked and _and_neighbouring(analysis, doc, masked)
    for m in _BORDERS_MEET.finditer(masked) if "tri" in masked or " of " in masked else ():
        met = [
            e for e in _states(analysis, m.group("a") or m.group("b"), doc) if not _is_org(e, doc)
        ]
        for i, a in enumerate(met):
            for b in met[i + 1 :]:
                if a.key != b.key:
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.8)
                    neighbours = True
    for m in _POSSESSIVE_NEIGHBOUR.finditer(masked) if "neighbo" in masked else ():
        listed = m.group("b2") or m.group("b")
        if m.group("b2") and _own_clause_after(masked, m):
            listed = _LAST_ITEM.sub("", listed)
        for a in _states(analysis, m.group("a") or m.group("a2"), doc):
            for b in _states(analysis, listed, doc):
                if a.key != b.key and not _is_org(a, doc) and not _is_org(b, doc):
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.75)
                    neighbours = True
    if not neighbours and "eighbo" in masked:  # (also "Neighbouring Niger ...")
        neighbours = _neighbour_of_one(analysis, doc)
    for m in _WEDGED.finditer(masked):
        for a in _states(analysis, m.group("a"), doc):
            for b in _states(analysis, m.group("b"), doc):
                if a.key != b.key:
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.8)
                    neighbours = True
    if _possessive_borders(analysis, doc, masked, possessive_only=False):
        neighbours = True
    for m in _CROSSED_FROM_INTO.finditer(masked) if "cross" in masked and "from" in masked else ():
        since, into = (m.group("a") or m.group("a2")), (m.group("b") or m.group("b2"))
        for x in _states(analysis, since, doc):
            for y in _states(analysis, into, doc):
                if x.key != y.key and not _is_org(x, doc) and not _is_org(y, doc):
                    doc.add(FactClass.SHARED_BORDER, {"party": [x, y]}, analysis, 0.75)
                    neighbours = True
    for m in _REGION_BORDERS.finditer(masked) if "§S" in masked else ():
        # "The Kaliningrad Region borders Lithuania and Poland": the region's state's border
        region = _region_state(doc, m.group("r"))
        if region is None:
            continue
        for b in _states(analysis, m.group("b"), doc):
            if region.key != b.key and not _is_org(b, doc):
                doc.add(FactClass.SHARED_BORDER, {"party": [region, b]}, analysis, 0.8)
                neighbours = True
    for m in _BORDERS_WITH.finditer(masked):
        for a in _states(analysis, m.group("a"), doc):
            for b in _states(analysis, m.group("b") + m.group("more"), doc):
                if a.key != b.key:
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.85)
                    neighbours = True
    for m in _BORDER_IN_ASIDE.finditer(masked) if "with" in analysis.words else ():
        for a in _states(analysis, m.group("a") or m.group("a2"), doc):
            for b in _states(analysis, m.group("b") or m.group("b2"), doc):
                if a.key != b.key and not _is_org(a, doc) and not _is_org(b, doc):
                    doc.add(FactClass.SHARED_BORDER, {"party": [a, b]}, analysis, 0.8)
                    neighbours = True
    if not neighbours and ("with" in masked or "their" in analysis.words):
        neighbours = _ones_or_their_border(analysis, doc, masked)
    if not neighbours and ("§G" in masked or "their" in analysis.words):
        neighbours = _pair_border(analysis, doc, masked, _pair(analysis, doc, masked))
    if not neighbours and "closure" in analysis.words:
        # (no subject of its own: "In neighbouring Kenya, President Ruto ordered the closure")
        neighbours = _border_closed_with(analysis, doc, masked)
    border = None if neighbours else _BORDER.search(masked)
    if border is None or _WITH_A_THIRD.match(masked, border.end()):
        return  # (not "Poland and Lithuania have a border dispute with Belarus")
    hyphen = _HYPHEN_BORDER.search(masked)
    sharers = _SHARERS.search(masked)
    if hyphen:
        parties = _states(analysis, hyphen.group("a") + hyphen.group("b"), doc)
    elif sharers:
        # "..., and the two countries share a maritime border"
        parties = _states(analysis, sharers.group("p"), doc)
    else:
        parties = _pair(analysis, doc, masked)
    if len(parties) < 2 and _OUR_BORDER.search(masked):
        parties = [e for e in doc.finder.ctx.issuers if e.kind is EntityKind.STATE]
    if len(parties) >= 2:
        doc.add(FactClass.SHARED_BORDER, {"party": parties}, analysis, 0.85)


_DIPLOMATIC = re.compile(
    # "strengthens our diplomatic and economic relationship", "diplomatic, trade and cultural ties"
    r"\bdiplomatic(?:,\s+[a-z]+)*,?\s+(?:and\s+[a-z]+\s+)?(?:relations|relationship|ties)\b|"
    r"\bnormali[sz](?:ed|ation\s+of)\s+(?:their\s+|bilateral\s+)?(?:relations|ties)\b",
    re.IGNORECASE,
)
# an anniversary counted in words: "the fifth anniversary of", "the twenty-fifth anniversary of"
# (session 27)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20,
    "twenty-fifth": 25, "thirtieth": 30, "thirty-fifth": 35, "fortieth": 40,
    "forty-fifth": 45, "fiftieth": 50, "sixtieth": 60, "sixty-fifth": 65,
    "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "hundredth": 100,
}  # fmt: skip
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))


def _count(n: str) -> int:
    """The number an anniversary's count gives: "30" or "30th" in digits, "fifth" in words."""
    return _ORDINALS.get(n.lower()) or int(n)


_YEARS_OF = re.compile(
    # ("in the 32 years since the establishment of diplomatic relations": session 37)
    rf"\b(?:(?P<n>\d+)(?:st|nd|rd|th)?\s+(?:years?\s+of|anniversary\s+of|"
    r"years\s+since\s+the\s+establishment\s+of)|"
    rf"(?P<w>{_ORDINAL})\s+anniversary\s+of)\b",
    re.IGNORECASE,
)
_YEARS_OF_PARTNERSHIP = re.compile(
    rf"\b(?:(?P<n>\d+)(?:st|nd|rd|th)?\s+(?:years?\s+of|anniversary\s+of)|"
    rf"(?P<w>{_ORDINAL})\s+anniversary\s+of)\s+(?:the\s+|their\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:partnership|alliance)\b",
    re.IGNORECASE,
)
_NORMALISATION = re.compile(
    r"\bnormali[sz]ation\s+of\s+(?:their\s+|bilateral\s+)?(?:diplomatic\s+)?relations\b",
    re.IGNORECASE,
)
_ESTABLISHED = re.compile(r"\bestablish(?:ed|ment\s+of)\b", re.IGNORECASE)
# relations that existed before: "re-established", "restored" (their start is earlier)
_RESTORED = re.compile(
    r"\b(?:restored|resumed|normali[sz]ed|re-?established|reinstated)\b", re.IGNORECASE
)
# relations restored then, told with the day they were: "Kenya and Somalia restored diplomatic
# relations on Thursday", "has today decided to restore diplomatic relations with" (a decision
# taken, as "decided to ... resume" is; session 27): the start of the relations the news tells
# (not "agreed to restore": relations to come, session 23; not a year, session 9)
_RESTORED_NOW = re.compile(
    r"\b(?:restored|resumed|re-?established|reinstated)\s+(?:full\s+|their\s+|bilateral\s+)*"
    r"(?:diplomatic\s+)?(?:relations|ties)\b|"
    r"\b(?<!\bnot\s)(?:decided|decides)\s+(?:[\w§]+\s+){0,3}?to\s+(?:restore|resume|re-?establish)\s+"
    r"(?:full\s+|their\s+|bilateral\s+)*(?:diplomatic\s+)?(?:relations|ties)\b",
    re.IGNORECASE,
)
# "decided ... to restore": a decision taken, no relation still to come (see _ENDED)
_DECIDED_TO_RESTORE = re.compile(
    r"\b(?<!\bnot\s)(?:decided|decides)\s+(?:[\w§]+\s+){0,3}?to\s+(?=(?:restore|resume|re-?establish)\s)",
    re.IGNORECASE,
)
# the words right before the date relations were established on
_ESTABLISHED_ON = re.compile(r"\bestablished\s+(?:on|in)\s+$", re.IGNORECASE)


# a subordinate clause after the relation: "... established diplomatic relations on Sunday
# after the Central American nation broke off relations with Taiwan"
_LATER_CLAUSE = re.compile(
    r",?\s+(?:after|before|when|while|because|since|following)\s+"
    # (a state's own act after it: "after the Central American country severed its ties with
    # Taiwan", its epithet a state since session 28)
    r"(?!§(?![SDG]\d+§\s+(?:had\s+|has\s+)?(?:broke|severed|cut|ended|downgraded|suspended)\b))|"
    # "established diplomatic relations with Beijing, cutting ties with Taiwan": another state's
    # relations ended in a participle clause after them (session 25)
    r",\s+(?:thereby\s+|effectively\s+)?(?:cutting|breaking|severing|ending|downgrading)\s"
)
_ENDED = re.compile(
    # (whole words: not "brokered", "several", "cutting-edge")
    # "Morocco downgraded diplomatic relations with Iran" (session 25)
    # ("Lithuania lowered its diplomatic relations with Belarus", "to lower the level of its
    # diplomatic relations": lowered, session 27)
    r"\b(?:break(?:s|ing)?|broke|broken|sever(?:s|ed|ing)?|cut(?:s|ting)?|suspend(?:s|ed|ing)?|"
    r"downgrad(?:e|es|ed|ing)|froze|frozen|freez(?:e|es|ing)|"
    r"lower(?:s|ed|ing)?(?=\s+(?:the\s+level|its|their|the|diplomatic|relations|ties)\b)|"
    r"reduc(?:e|es|ed|ing)\s+(?:the\s+level|its|their)|"
    r"(?:to|will|would)\s+restore|(?:to|will|would)\s+normali[sz]e)(?![\w-])",
    re.IGNORECASE,
)


# relations told as held until a time: "Nicaragua and Taiwan had diplomatic relations until
# December 2021" (former ones, session 23)
_HELD_UNTIL = re.compile(r"\b(?:had|was|were)\s(?:[^.;]*?\s)?(?:until|till)\s")


# relations still to be made: "have been negotiating the normalisation of relations", "talks on
# establishing diplomatic ties", "discussed the possible establishment of diplomatic relations",
# "dialogue aimed at the full normalisation of relations", "to lead the normalisation of ...",
# "hopes to establish diplomatic relations"
_SOUGHT = re.compile(
    r"\b(?:negotiat\w*(?:\s+on)?|talks\s+(?:on|about)|discuss\w*|towards?|prospects?\s+(?:of|for)|"
    r"path\s+to|road\s+to|seek\w*|push\w*\s+for|efforts?\s+(?:to|towards|at)|pursu\w*|"
    r"conditions?\s+for|aim(?:ed|ing|s)?\s+(?:at|to)|intended\s+to|designed\s+to|lead|"
    # "Israel hopes to establish diplomatic relations with Saudi Arabia"
    r"(?:hop|want|wish|plan|intend)\w*\s+to|(?:ready|willing|eager|keen)\s+to|"
    # "agreed to resume diplomatic relations ... within two months", "will establish diplomatic
    # relations": relations to come, not yet restored (session 23; blind20's and blind31's
    # writers note these must_not)
    # (not "decided to ... resume diplomatic relations from the date of signature": made then)
    r"agree(?:d|s|ing)?\s+to|agreement\s+to|will|would|shall|"
    r"process\s+(?:of|to|towards?))\s+(?:the\s+|a\s+)?(?:possible\s+|potential\s+|eventual\s+|full\s+)?"
    r"(?:normali[sz]\w*|establish\w*|restor\w*|resum\w*)\s+(?:of\s+)?(?:their\s+|bilateral\s+)?"
    # "agreed to establish full diplomatic relations" (session 25)
    r"(?:(?:full|formal|normal|official)\s+)?(?:diplomatic\s+)?(?:relations|relationship|ties)\b",
    re.IGNORECASE,
)


# "Egypt and Turkey exchanged ambassadors in July": ambassadors accredited both ways
_EXCHANGED_AMBASSADORS = re.compile(
    rf"(?P<p>{STATES}|§G\d+§)(?:,\s+which)?\s+(?:have\s+|had\s+|also\s+)?(?:formally\s+|officially\s+)?"
    r"(?:exchanged\s+ambassadors\b|"
    # "The two countries, which appointed ambassadors to each other's capitals in July 2023,
    # ...": relations with ambassadors accredited (session 37)
    r"(?:appointed|named|sent)\s+(?:new\s+)?ambassadors\s+to\s+(?:each\s+other['’]s\s+capitals|"
    r"each\s+other|one\s+another)\b)"
)
_AMBASSADOR_VERBS = ("exchanged", "appointed", "named", "sent")  # (of _EXCHANGED_AMBASSADORS)


_DIPLOMATIC_WORDS = frozenset({"diplomatic", "normalised", "normalized", "normalisation"})
_LEAD_STATES = re.compile(rf"(?P<s>{STATES})")


# a capital standing for its state: "recalled its envoy to Paris, a capital with which Italy
# established diplomatic relations in 1861"
_CAPITAL_WITH_WHICH = re.compile(
    r"(?P<c>§C\d+§),\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:capital|city)\s+with\s+which\s+"
    r"(?P<s>§[SD]\d+§)\s+(?:first\s+)?(?:had\s+)?established\s+(?:formal\s+)?diplomatic\s+"
    r"(?:relations|ties)\s+in\s+(?P<y>1\d{3}|20\d\d)\b"
)


def _capital_with_which(analysis: Analysis, doc: Doc) -> None:
    """DiplomaticRelations, from their start year, of a state and the one a capital stands for
    ("a capital with which France established diplomatic relations in 1778")."""
    m = _CAPITAL_WITH_WHICH.search(analysis.masked)
    if m is None or analysis.negated or analysis.hypothetical:
        return
    city = analysis.mention(m.group("c")).entity
    found = doc.kb.capital_of(city.qid) if city is not None and city.qid else None
    states = _states(analysis, m.group("s"), doc)
    if found is None or len(states) != 1 or states[0].qid == found.qid:
        return
    other = Entity.linked(found.qid, found.label, EntityKind.STATE)
    args: dict[str, Sequence[Value]] = {
        "party": [states[0], other],
        "startDate": [TimeValue(int(m.group("y")))],
    }
    doc.add(FactClass.DIPLOMATIC_RELATIONS, args, analysis, 0.8)


# "Nauru switched diplomatic relations from Taiwan to China in January 2024": the subject's
# relations with the state after "to", from the date told after it (session 25; not the state
# after "from", whose relations ended)
_SWITCHED = re.compile(
    r"(?:^|[Tt]he\s+|\b(?:said|says|that)\s+(?:the\s+)?)(?P<a>§S\d+§)\s+"
    r"(?:has\s+|had\s+|formally\s+|officially\s+)*"
    r"(?:switched|shifted|transferred)\s+(?:its\s+)?diplomatic\s+(?:relations|ties)\s+from\s+"
    r"(?:the\s+)?§[SC]\d+§\s+to\s+(?:the\s+)?(?P<b>§[SC]\d+§)"
)


_SWITCH = re.compile(
    r"\b(?:switch|shift|transfer)(?:s|ed|ing)?\s+(?:its\s+|their\s+)?diplomatic\s+"
    r"(?:relations|ties|recognition)\s+from\b"
)


def _switched(analysis: Analysis, doc: Doc) -> None:
    """DiplomaticRelations of a state that switched its relations to another (not hedged)."""
    m = _SWITCHED.search(analysis.masked)
    if m is None or hedged(analysis.masked[: m.start()]) or _SOUGHT.search(analysis.masked):
        return
    other = _states(analysis, m.group("b"), doc)
    city = analysis.mention(m.group("b")).entity if m.group("b").startswith("§C") else None
    if city is not None and city.qid and (found := doc.kb.capital_of(city.qid)) is not None:
        # "from Taipei to Beijing": the capital stands for its state (ANNOTATION.md §2)
        other = [Entity.linked(found.qid, found.label, EntityKind.STATE)]
    parties = _states(analysis, m.group("a"), doc) + other
    if len(parties) != 2 or parties[0].key == parties[1].key:
        return
    args: dict[str, Sequence[Value]] = {"party": parties}
    end = analysis.mention(m.group("b")).end
    after = [
        d.value
        for d in analysis.dates
        if d.begin >= end
        and not d.end_value
        and not d.since
        and not d.reported
        and (not d.relative or d.value.precision is Precision.DAY)
    ]
    if after:
        args["startDate"] = [after[0]]
    doc.add(FactClass.DIPLOMATIC_RELATIONS, args, analysis, 0.8)


def diplomatic_relations(analysis: Analysis, doc: Doc, *, view: bool = False) -> None:
    masked = analysis.masked
    words = analysis.words
    ambassadors = "ambassadors" in words and any(verb in words for verb in _AMBASSADOR_VERBS)
    if not ambassadors and words.isdisjoint(_DIPLOMATIC_WORDS):
        return
    if "from" in words and _SWITCH.search(masked):
        # a switch tells the relations of its subject and the state switched to, or none
        # ("Taiwan said Honduras switched diplomatic relations from Taipei to Beijing" gave
        # Taiwan and Honduras)
        if not view and not analysis.negated and not analysis.hypothetical:
            _switched(analysis, doc)
        return
    if not view and "which" in words and "§C" in masked:
        _capital_with_which(analysis, doc)
    if "§," in masked and not view and (views := _aside_views(analysis)):
        for part in views:
            diplomatic_relations(part, doc, view=True)
        return
    if ambassadors and _asserted(analysis):
        for m in _EXCHANGED_AMBASSADORS.finditer(masked):
            parties = _parties_of(entities_of(analysis, m.group("p")), doc)
            if len(parties) == 2 and parties[0].key != parties[1].key:
                doc.add(FactClass.DIPLOMATIC_RELATIONS, {"party": parties}, analysis, 0.75)
    if analysis.words.isdisjoint(_DIPLOMATIC_WORDS):
        return
    if "no" in analysis.words and _NO_RELATION.search(masked):
        return
    clauses = analysis.clauses(_RELATION_CLAUSE)
    subject = _LEAD_STATES.match(masked[intro_end(masked) :])
    for m_start, m_end, t_start, t_end in clauses:
        clause = masked[m_start:m_end]
        relation = _DIPLOMATIC.search(clause)
        if relation is None:
            continue
        # "... established diplomatic relations in 1955; the Federal Government is not breaking
        # off diplomatic relations": each clause asserts or hedges its own
        if (analysis.negated or analysis.hypothetical) and (len(clauses) == 1 or hedged(clause)):
            continue
        later = _LATER_CLAUSE.search(clause, relation.end())
        if later is not None:
            clause = clause[: later.start()]
        if (
            _ENDED.search(_DECIDED_TO_RESTORE.sub("decided ", clause))
            or _SOUGHT.search(clause)
            or _HELD_UNTIL.search(clause)
        ):
            continue
        if (each := _WITH_EACH.search(clause)) is not None:
            _with_each(analysis, doc, each, [d for d in analysis.dates if not d.end_value])
            continue
        parties = _pair(analysis, doc, clause)
        if len(parties) > 2:
            # "The four countries lifted the boycott ..., and Qatar and Egypt restored diplomatic
            # relations": a group of more than two is no pair; the clause's own two (session 28)
            parties = _states(analysis, " ".join(_STATE_OR_DEMONYM_SLOT.findall(clause)), doc)
        with_party = _WITH_STATE.search(clause)
        if len(parties) < 2 and with_party is not None and subject is not None:
            # "Nicaragua broke off relations with Taiwan and established diplomatic relations
            # with China": the sentence's subject and the state "with"
            parties = _states(analysis, subject.group("s"), doc) + _states(
                analysis, with_party.group("p"), doc
            )
        if len(parties) < 2 and m_start > 0:
            # "The two sides reaffirmed ..., and looked forward to the 30th anniversary of
            # diplomatic relations": the sentence's subject
            parties = _pair(analysis, doc, masked[intro_end(masked) :])
        if (
            len(parties) < 2
            and not entities_of(analysis, clause)
            # (not "The two countries established ..." left unresolved: the pair is unclear)
            and not _UNRESOLVED_PAIR.search(clause)
            and (
                _ESTABLISHED.search(clause)
                or _YEARS_OF.search(clause)
                or _RELATIONS_SINCE.search(clause)
                or _NORMALISATION.search(clause)
            )
        ):
            # "Diplomatic relations were established in 1992.": the pair the article is about
            last = tuple(e for e in doc.finder.ctx.last_states if e.kind is EntityKind.STATE)
            parties = meeting_states(doc) or (list(last) if len(last) == 2 else [])
        if len(parties) < 2:
            parties = [e for e in entities_of(analysis, clause) if e.kind is EntityKind.STATE]
            home = doc.finder.ctx.home
            if len(parties) == 1 and home and parties[0].qid != home.qid:
                parties = [Entity.linked(home.qid, home.label, EntityKind.STATE), parties[0]]
        if len(parties) < 2 and _WE_MARK.search(analysis.sentence.text):
            # "this year we mark ... 77 years of diplomatic relations": the publisher's with its
            # partner
            parties = _our_pair(doc)
        pairs = _each_with(analysis, doc, clause, relation.end(), parties)
        if not pairs and (len(parties) != 2 or parties[0].key == parties[1].key):
            continue
        begin = analysis.sentence.begin
        text = analysis.sentence.text
        dates = [
            d
            for d in analysis.dates
            if t_start <= d.begin - begin < t_end
            and not _of_partnership_after(text, d.begin - begin)
        ]
        args: dict[str, Sequence[Value]] = {"party": parties}
        years = _years_of(clause, relation.start())
        founded = [d for d in dates if _ESTABLISHED_ON.search(text, 0, d.begin - begin)]
        if years and founded:
            # "the 30th anniversary of diplomatic relations established in 1992": that date
            args["startDate"] = [founded[0].value]
        elif years and doc.date:
            # "the 30th anniversary of diplomatic relations in 2022", "... in January 2025":
            # from the year of the anniversary
            marked = {
                _marked_year(d, clause, doc.date) for d in dates if not d.end_value and not d.since
            }
            year = marked.pop() if len(marked) == 1 else doc.date.year
            args["startDate"] = [TimeValue(year - _count(years.group("n") or years.group("w")))]
        elif (
            (_ESTABLISHED.search(clause) and not _RESTORED.search(clause))
            or re.search(
                r"\bnormali[sz]ed\s+(?:their\s+|bilateral\s+)?(?:relations|ties)\b", clause
            )
            or (_NORMALISATION.search(clause))
        ):
            # established, or normalised where there were none: the relations' start (a day
            # the news names, "on Sunday", too; not "last year")
            dated = [d for d in dates if not d.relative or d.value.precision is Precision.DAY]
            # the date the verb governs, after it ("On Tuesday, the minister recalled that the
            # two established diplomatic relations on March 26, 1990": 1990)
            est = _ESTABLISHED.search(text, t_start, t_end)
            after = [d for d in dated if est is not None and d.begin - begin >= est.start()]
            if after or dated:
                args["startDate"] = [(after or dated)[0].value]
        elif (restored := _RESTORED_NOW.search(text, t_start, t_end)) is not None:
            # restored then: the date the verb governs, after it ("restored diplomatic relations
            # on Thursday"; not "last year", not a date before the verb)
            dated = [
                d
                for d in dates
                if (
                    d.begin - begin >= restored.start()
                    # ("has today decided to restore")
                    or text[d.end - begin : restored.start()].strip() in ("", "has", "have")
                )
                and not d.since
                and not d.end_value
                # (a restoration the news reports, by its day; not one of years before,
                # "re-established diplomatic relations in 2007", session 9)
                and d.value.precision is Precision.DAY
            ]
            if dated:
                args["startDate"] = [dated[0].value]
        elif _RELATIONS_SINCE.search(masked[m_start:m_end]):
            # "have enjoyed cordial diplomatic relations since 1964"
            started = [d.value for d in dates if d.since and not d.relative]
            since = _SINCE_EVENT_IN.search(masked, m_start, m_end) if not started else None
            if since is not None:
                # "have maintained diplomatic relations since Kenya's independence in 1963"
                # (session 37)
                started = [
                    d.value
                    for d in dates
                    if not d.relative and not d.end_value and d.text in since.group(0)
                ]
            if started:
                args["startDate"] = [started[0]]
        elif _DATE_BACK.match(clause, relation.end()) or _FIRST_TO_ESTABLISH.search(clause):
            # "diplomatic relations date back to April 13, 1947", "the first country in Central
            # Asia to establish diplomatic relations with Israel in 1992"
            absolute = [d.value for d in dates if not d.relative and not d.end_value]
            if len(absolute) == 1:
                args["startDate"] = absolute
        for pair in pairs or [parties]:
            doc.add(FactClass.DIPLOMATIC_RELATIONS, {**args, "party": pair}, analysis, 0.85)


_PARTNERSHIP_NOUN = re.compile(r"\b(?:[Pp]artnership|[Aa]lliance)\b")


def _of_partnership_after(text: str, at: int) -> bool:
    """Whether a date at ``at`` follows a partnership named after the diplomatic relations ("50
    years of diplomatic relations and five years of their strategic partnership, established in
    2018": the partnership's date, session 37)."""
    relation = max(text.rfind("diplomatic", 0, at), text.rfind("Diplomatic", 0, at))
    return relation >= 0 and _PARTNERSHIP_NOUN.search(text, relation, at) is not None


# the relations of the speaker's state: "we mark 77 years of diplomatic relations", "our 30
# years of diplomatic relations"
_WE_MARK = re.compile(
    r"\b(?:we\s+(?:mark|celebrate|commemorate)|(?:mark|celebrate|commemorate)s?\s+our)\s+[^.;]{0,60}?"
    r"years\s+of\b"
)


# the year an anniversary is marked in, right after what it counts: "marked 25 years of their
# strategic partnership in 2023", "In 2023, ... marked 25 years of" (not "..., signed in 1998":
# the start itself)
_MARKED_IN = re.compile(r"\s+(?:(?:in|during)\s+)?")
_OPENING_IN = re.compile(r"(?:In|During)\s+")


# an anniversary still to be marked: "will mark 50 years of diplomatic relations in August"
_TO_MARK = re.compile(
    r"\b(?:will|shall|to)\s+(?:\w+\s+)?(?:mark|celebrate|commemorate)\b", re.IGNORECASE
)
_FOUR_DIGITS = re.compile(r"\d{4}")


def _marked_year(date: DateMention, clause: str, today: dt.date) -> int:
    """The year an anniversary is marked in: a month or day without a year the resolver put
    before the article is the next one's when the marking is still to come ("will mark 50 years
    ... in August", told in March; session 25)."""
    year = date.value.year
    if year < today.year and not _FOUR_DIGITS.search(date.text) and _TO_MARK.search(clause):
        return year + 1
    return year


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


def _years_of(clause: str, relation: int) -> re.Match[str] | None:
    """The "N years of" counting the relations at ``relation``: the last one before them ("72
    years of our alliance and 77 years of diplomatic relations": 77), else the first."""
    before = list(_YEARS_OF.finditer(clause, 0, relation))
    return before[-1] if before else _YEARS_OF.search(clause)


# the third state of "Guatemala and Belize maintain diplomatic relations with Taiwan"
_RELATIONS_WITH = re.compile(r"\s+with\s+(?:the\s+)?(?P<p>§[SD]\d+§)")


def _each_with(
    analysis: Analysis, doc: Doc, clause: str, end: int, parties: list[Entity]
) -> list[list[Entity]]:
    """The relations of each of several subjects with the state named after "relations with"
    (not of the subjects with each other); else nothing."""
    m = _RELATIONS_WITH.match(clause, end)
    if m is None or len(parties) < 2:
        return []
    others = _states(analysis, m.group("p"), doc)
    keys = {e.key for e in parties}
    if len(others) != 1 or others[0].key in keys:
        return []
    return [[e, others[0]] for e in parties]


# "The United States established diplomatic relations with each of the five Central Asian
# countries, Kazakhstan, ...": one state's relations with each state of a list
_WITH_EACH = re.compile(
    r"(?:^|[Tt]he\s+)(?P<a>§S\d+§)\s+(?:(?:has|have|had)\s+)?(?:formally\s+|officially\s+)?"
    r"(?:established|(?:has|have|had)\s+(?:had|maintained))\s+diplomatic\s+(?:relations|ties)\s+with\s+"
    r"(?:each\s+of\s+|all\s+)?(?:(?:the|its)\s+(?:[\w-]+\s+){0,4}?(?:countries|states|nations|"
    r"neighbou?rs)\s*,?\s+(?:namely\s+|including\s+)?)?"
    r"(?P<list>(?:the\s+)?§S\d+§(?:\s*,\s*(?:the\s+)?§S\d+§)*,?\s+and\s+(?:the\s+)?§S\d+§)"
)


def _with_each(analysis: Analysis, doc: Doc, m: re.Match[str], dates: list[DateMention]) -> None:
    """One relation of the subject with each listed state, from the one date given if any."""
    subjects = _states(analysis, m.group("a"), doc)
    if len(subjects) != 1:
        return
    subject = subjects[0]
    args: dict[str, Sequence[Value]] = {}
    if len(dates) == 1 and "established" in m.group(0):
        args["startDate"] = [dates[0].value]
    for other in _states(analysis, m.group("list"), doc):
        if other.key != subject.key:
            doc.add(
                FactClass.DIPLOMATIC_RELATIONS, {"party": [subject, other], **args}, analysis, 0.8
            )


# a clause of its own: "...; ...", "... in 1991, and the two established ...", "... and
# established diplomatic relations with China"
_RELATION_CLAUSE = re.compile(
    # "recalled that ... and that Russia and Israel had established diplomatic relations in 1948"
    r";\s*|,?\s+and\s+that\s+|,\s+(?:and|but)\s+(?=(?:the\s+two\s+|they\s+|both\s+|§[SDG]\d+§\s+|[A-Z]\w+\s+)?"
    r"(?:also\s+|then\s+|later\s+|formally\s+|officially\s+)?[a-z]+ed\b)|"
    r"\s+(?:and|but)\s+(?=(?:also\s+|then\s+|later\s+|formally\s+|officially\s+)?[a-z]+ed\b)"
)
_WITH_STATE = re.compile(r"\bwith\s+(?:the\s+)?(?P<p>§[SD]\d+§)")


_DATE_BACK = re.compile(r"\s+(?:date|dates|dated|dating|go|goes|went)\s+back\s+to\b")
_FIRST_TO_ESTABLISH = re.compile(
    r"\bfirst\s+(?:[\w-]+\s+){0,6}?to\s+(?:have\s+)?establish(?:ed)?\s+diplomatic\s+(?:relations|ties)\b"
)
_RELATIONS_SINCE = re.compile(
    r"\bdiplomatic\s+(?:relations|relationship|ties)\s+since\b", re.IGNORECASE
)
# the event relations date from, then its year: "since Kenya's independence in 1963"
_SINCE_EVENT_IN = re.compile(
    r"\bsince\s+(?:§S\d+§['’]s?\s+|the\s+|its\s+|their\s+)?(?:independence|founding|creation|"
    r"birth|inception|establishment)\b(?:\s+of\s+(?:the\s+)?§S\d+§)?\s+in\s+\d{4}\b"
)


_TREATY_WORDS = (
    r"(?:[Tt]reat(?:y|ies)|[Aa]greements?|[Aa]ccords?|[Pp]rotocols?|[Mm]emorand(?:ums?|a)"
    r"(?:\s+of\s+[Uu]nderstanding)?|MOUs?|MoUs?|[Cc]onventions?|[Pp]acts?)"
)
_SIGNATORIES = group_of("SDGOP")
_SIGNED = re.compile(
    # officials sign for their states: "Minister Wong and Minister Marsudi signed an MoU"
    # an organisation's members sign as it: "The 30 NATO Allies signed the Accession Protocols"
    rf"(?P<a>{_SIGNATORIES}(?P<members>\s+(?:[Aa]llies|members|member\s+(?:states|countries)))?"
    # "Malaysia and Indonesia's defence ministers signed a memorandum": their states (session 25)
    r"(?:['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:ministers|leaders|presidents|premiers|delegations|"
    r"secretaries|representatives|envoys|heads\s+of\s+(?:state|government)))?|"
    r"[Tt]hey|[Bb]oth(?:\s+sides)?|[Tt]he\s+(?:two\s+)?(?:sides|parties))\s+"
    # ("the National Liberation Army (ELN) guerrilla group signed": what the last signer is)
    r"(?:\([A-Z]{2,8}\)\s+)?(?:(?:guerrilla|rebel|armed|militant)\s+(?:group|movement)\s+)?"
    rf"(?:(?:today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?"
    rf"(?P<perf>have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:also\s+)?(?P<verb>signed|concluded|ratified|exchanged|finali[sz]ed)"
    # (not "concluded negotiations on a trade agreement": not yet signed)
    r"\s+(?!(?:the\s+|their\s+)?(?:negotiations|talks|consultations)\b)"
    # "signed the Black Sea Grain Initiative": an initiative signed is a document; "exchanged
    # notes on ODA loans": an exchange of notes is an agreement concluded; "signed documents on
    # the procedure for ...": the papers two states' officials sign
    r"(?P<what>(?:(?<=exchanged\s)(?:the\s+)?notes\b|"
    r"(?:a\s+(?:package|set|number)\s+of\s+|several\s+|\w+\s+)?documents\b|"
    rf"[^.;]*?\b(?:{_TREATY_WORDS}|Initiative)\b|"
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
        signer = _parties_of(entities_of(analysis, m.group("a") or m.group("a2")), doc)
        earlier = _parties_of(entities_of(analysis, m.group("b")), doc)
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
    if m is None or not _asserted(analysis) or doc.date is None:
        return
    parties = list({e.key: e for e in _states(analysis, m.group("p"), doc)}.values())
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
    if m is None or not _asserted(analysis):
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
    if m is None or not _asserted(analysis) or analysis.hypothetical:
        return
    # (the states of the clause: "..., and Diego Garcia has since hosted ..." is another's)
    end = _NEXT_CLAUSE.search(analysis.masked, m.end())
    clause = analysis.masked[: end.start() if end else None]
    states = {e.key: e for e in _states(analysis, clause, doc)}
    parties = _states(analysis, m.group("a"), doc) + _states(analysis, m.group("b"), doc)
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
    parties = _states(analysis, m.group("a"), doc) + _states(analysis, m.group("b"), doc)
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
    state = _states(analysis, m.group("p") or m.group("q"), doc)
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
    if not view and _asserted(analysis) and not _ENDED_WORDS.isdisjoint(analysis.words):
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
    if not _asserted(analysis) or analysis.hypothetical:
        return
    for m in _SIGNED_BETWEEN.finditer(analysis.masked):
        if hedged(analysis.masked[: m.start()]) or _NO_BEFORE.search(analysis.masked, 0, m.start()):
            continue
        parties = _parties_of(entities_of(analysis, m.group("a")), doc)
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
    if not _asserted(analysis) or doc.date is None:
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
        named = {e.key: e for e in _states(analysis, masked, doc)}
        parties = _pair_subject(analysis, doc, masked)
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
    if not view and " and " in masked and (second := _second_clause(analysis, doc)) is not None:
        treaties(second, doc, view=True)
    if not view and " but " in masked and (but := _but_clause(analysis)) is not None:
        treaties(but, doc, view=True)
    if (
        not view
        and ("signed" in masked or "concluded" in masked)
        and ("first" in masked or "originally" in masked or "initially" in masked)
    ):
        # (read before the asides are blanked: the signing is one)
        _first_signed(analysis, doc, masked)
    if "§," in masked and not view and (views := _aside_views(analysis)):
        for part in views:
            _treaties(part, doc, view=True)
        return
    # (the verbs _SIGNED and _SIGNED_BY cannot match without)
    signed = "signed" in masked or "concluded" in masked or "ratified" in masked
    signed = signed or "finali" in masked
    settled = _asserted(analysis) and not FUTURE_SIGN.search(masked)
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
            _is_org(e, doc) for e in entities_of(analysis, m.group("a"))
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
            parties = _parties_of(entities_of(analysis, m.group("p")), doc)
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
        parties = _states(analysis, m.group("a") + m.group("b"), doc)
        if len(parties) == 2:
            under: dict[str, Sequence[Value]] = {"party": parties, "instrument": [m.group("what")]}
            # "under the 1951 Mutual Defense Treaty": its year
            if year := _year_of_name(analysis, doc, masked, m.start("what")):
                under["date"] = year
            doc.add(FactClass.TREATY_RELATION, under, analysis, 0.8)
    for m in _GRANTED_UNDER.finditer(masked) if "under" in masked else ():
        parties = _parties_of(entities_of(analysis, m.group("a") + m.group("b")), doc)
        if len(parties) == 2 and parties[0].key != parties[1].key:
            granted: dict[str, Sequence[Value]] = {"party": parties}
            granted["instrument"] = [m.group("what")]
            doc.add(FactClass.TREATY_RELATION, granted, analysis, 0.75)
    for m in (
        _AGREEMENT_ALLOWS_IN.finditer(masked)
        if "lateral" in masked or "vernmental" in masked
        else ()
    ):
        parties = _states(analysis, m.group("a") + m.group("b"), doc)
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
    parties = _parties_of(entities_of(analysis, opening.group("p")), doc)
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
    rf"(?P<a>{_SIGNATORIES})\s+(?:also\s+)?signed\s+an\s+identical\s+"
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
    if not ("which" in masked or "between" in masked) or not _asserted(analysis):
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
            elif len(parties) != len(_SLOT_CODE.findall(m.group("a"))):
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
        if _NEGATION_CUE.search(tail) and _CONCLUDED.search(tail):
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
    return not (
        hedged(head)
        or FUTURE_SIGN.search(head)
        or ("no " in head and _NO_RELATION.search(head))
        or _LATER_SIGNING.search(head)
    )


# a relative clause's opening right before its subject: ", for which", ", under which"
_WHICH_BEFORE = re.compile(r",\s+(?:for|under|with|through|by)\s+which\s+(?:the\s+)?$")
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
    rf"by\s+(?:the\s+)?(?P<a>{_SIGNATORIES})"
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
    rf"(?:the\s+)?(?P<a>{_GOVERNMENT_AND_SIDE}|{_SIGNATORIES})(?P<when>\s+(?:in|on)\s+)?"
)
# "the Cessation of Hostilities Agreement that the Government of Ethiopia and the TPLF signed in
# Pretoria", "the accord which Armenia and Azerbaijan had signed in 2020": its signatories after it
# ("the compact the United States and Ghana signed in 2019", "the memorandum that Egypt signed
# with the United States", "the protocol the two countries concluded in 2015": the relative
# pronoun left out, the second party after "with", the pair in focus)
_SIGNED_THAT = re.compile(
    rf"\b(?:{_TREATY_WORDS}|[Cc]ompacts?)(?:\s+(?:on|of|for)\s+[^.;§,]{{1,60}}?)?\s+"
    r"(?:(?:that|which)\s+)?(?:the\s+)?"
    rf"(?P<a>{_SIGNATORIES}|(?<![Tt]he\s)(?:[Tt]he\s+two|[Bb]oth)\s+(?:countries|states|nations))\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:jointly\s+)?(?:signed|concluded)\b"
    rf"(?P<with>\s+with\s+(?:the\s+)?{_SIGNATORIES})?"
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
    r"(?:are|were|have\s+been|remain|became)\s+(?:both\s+|all\s+|also\s+)?(?:states\s+)?"
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
    named = {e.key: e for e in _states(analysis, analysis.masked, doc)}
    pair = meeting_states(doc)
    allowed = _ALLOWED_UNDER.search(analysis.masked, max(0, m.start() - 120), m.start())
    if pair and set(named) <= {e.key for e in pair}:
        parties = pair
    elif "bilateral" in m.group("words") and len(named) == 2:
        parties = list(named.values())
    elif (
        allowed
        and len(named) == 2
        and len(both := _states(analysis, allowed.group("a") + allowed.group("b"), doc)) == 2
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
    ours = _ours(doc)
    keys = {o.key for o in ours}
    others = [e for e in _states(analysis, analysis.masked, doc) if e.key not in keys]
    if len(ours) == 1 and len(others) == 1:
        doc.add(FactClass.TREATY_RELATION, {"party": [ours[0], others[0]]}, analysis, 0.75)


def _in_force_between(analysis: Analysis, doc: Doc, m: re.Match[str]) -> None:
    """The treaty relation of an intergovernmental agreement something is in force under: of
    "the two countries" the sentence names, else of the two states it names, else (naming none)
    of the pair whose meeting the article reports; dated from its "since" (startDate)."""
    named = {e.key: e for e in _states(analysis, analysis.masked, doc)}
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
    rf"\bwith\s+(?:the\s+)?(?P<b>{_SIGNATORIES})(?![^.;]{{0,40}}?\b(?:looking\s+on|watching|"
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
    states = _parties_of(found, doc)
    return list(dict((e.key, e) for e in states).values())


def _parties_of(entities: list[Entity], doc: Doc) -> list[Entity]:
    """States and organisations stand as themselves; people stand for their states."""
    out: list[Entity] = []
    for entity in entities:
        if entity.kind is EntityKind.ORGANIZATION and _LEGISLATURE.search(entity.label or ""):
            # "The State Duma ratified the treaty with the DPRK": a parliament ratifies for its
            # state, which it does not name; it is no party of its own
            continue
        if entity.kind in {EntityKind.STATE, EntityKind.ORGANIZATION}:
            out.append(entity)
        elif entity.kind is EntityKind.PERSON:
            # the office this article gives them, else the KB's office on the article date
            state = doc_state_of(doc, entity) or state_of(doc, entity)
            if state is not None:
                out.append(state)
    return out


# the name of a state's parliament or one of its chambers
_LEGISLATURE = re.compile(
    r"\b(?:Duma|Parliament|Rada|Senate|Congress|Assembly|Majlis|Mazhilis|Sejm|Bundestag|"
    r"Bundesrat|Knesset|Diet|Federation\s+Council|House\s+of\s+(?:Representatives|Commons|"
    r"Lords)|Chamber\s+of\s+Deputies|Legislature|Oliy\s+Majlis|Seimas|Saeima|Riigikogu)\b",
    re.IGNORECASE,
)


def doc_state_of(doc: Doc, person: Entity) -> Entity | None:
    """The state a person acts for, from the office this article gave them."""
    for known, office in doc.finder.ctx.people:
        if known.key == person.key and office is not None and office.jurisdiction is not None:
            return office.jurisdiction
    return None


def _instrument_name(analysis: Analysis, text: str) -> str | None:
    m = _INSTRUMENT.search(text)
    if not m:
        return None
    name = m.group("name").strip()
    if not name[:1].isupper() or "§" in name or " " not in name:
        return None  # not a name ("the 1975 Algiers Agreement" masks to a bare "Agreement")
    return name


_SLOT = re.compile(r"§[A-Z]\d+§")
_PERSON_SLOT = re.compile(r"§P\d+§")
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


def _our_pair(doc: Doc) -> list[Entity]:
    """The two states "our Presidents" stand for: a joint statement's issuers, else the
    publisher's state and the one state its talks reported are with (else none)."""
    issuers = [e for e in doc.finder.ctx.issuers if e.kind is EntityKind.STATE]
    if len(issuers) == 2:
        return issuers
    home, focus = doc.finder.ctx.home, doc.finder.ctx.focus
    if home is None or len(focus) != 2 or home.qid not in {e.qid for e in focus}:
        return []
    return list(focus)


def _partnership_started(analysis: Analysis, doc: Doc) -> bool:
    """Partnerships a relative clause says who started, and when: "we" are the statement's
    issuers, a group its states; "our Presidents" those of the publisher and its partner."""
    masked, fired = analysis.masked, False
    started = list(_PARTNERSHIP_STARTED.finditer(masked))
    if "our" in masked:
        started += _PARTNERSHIP_STARTED_BY_OUR.finditer(masked)
    for m in started:
        if m.re is _PARTNERSHIP_STARTED_BY_OUR:
            parties = _our_pair(doc)
        else:
            who = m.group("p")
            found = (
                list(doc.finder.ctx.issuers) if who.lower() == "we" else entities_of(analysis, who)
            )
            parties = _parties_of(found, doc)
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


def _spelled_instrument(analysis: Analysis, text: str) -> str | None:
    """A treaty's name with the bodies it names spelled out ("Treaty on the Establishment of the
    Supreme Interstate Council"), when it has one."""
    m = _INSTRUMENT.search(text)
    if m is None or not m.group("name")[:1].isupper():
        return None
    name = _SLOT.sub(lambda s: analysis.mention(s.group(0)).text, m.group("name").strip())
    return name if " " in name else None


_PARTNERSHIP = re.compile(
    r"\b(?:strategic|comprehensive|global|enduring|special|privileged|economic|security|"
    r"defen[cs]e)?\s*(?:strategic\s+)?(?:alliance|partnership)\b",
    re.IGNORECASE,
)
_SHARERS = re.compile(
    rf"(?P<p>{STATES})\s+(?:also\s+)?share\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{1,3}}?and\s+)?"
    r"(?:a|an|the)\s+(?:(?!(?:to|of|on|in|for|with|about|over|at)\s)[\w,.'’-]+\s+){0,4}"
    r"(?:\([^()]{1,20}\)\s+)?(?:boundary|border|frontier)"
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
    rf"(?P<p>{_SIGNATORIES})(?:\s+on\s+[A-Z][a-z]+\s+\d{{1,2}}|\s+today|\s+on\s+[A-Z][a-z]+day)?\s+"
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
    rf"(?:the\s+)?(?:\d+(?:st|nd|rd|th)?|{_ORDINAL})\s+"
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
_SUBJECTS = group_of("SDPG")
# a third party the subject acts with, before the partnership: "... work with §S2§ to deepen"
_WITH_THIRD = re.compile(r"\bwith\s+(?:the\s+)?§[SDPGO]\d+§")
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
    rf"(?P<p>{_SIGNATORIES})\s+(?:have\s+|has\s+)?(?:\w+ly\s+)?(?:also\s+)?(?:signed|concluded)\s+"
    r"(?:an?\s+|the\s+)?(?:(?i:treaty|agreement|charter|declaration)\s+on\s+(?:the\s+|a\s+)?)?"
    r"(?:(?i:comprehensive|strategic|enhanced|special|privileged|global|all-round|allied|"
    # (not "a partnership in raw materials", "Enhanced Partnership and Cooperation Agreement")
    r"enduring)\s+(?:and\s+)?){1,4}(?i:partnership|alliance)\b"
    # (but "a Declaration on Comprehensive Strategic Partnership and more than ten
    # intergovernmental documents": a second thing signed, session 27)
    r"(?!\s+(?:(?:in|on|for)\s+(?![A-Z\d])|and\b(?!\s+(?:an?|the|more|over|some|several|about|"
    r"nearly|other|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+number)\s)))"
)
_LEAD_SUBJECTS = re.compile(rf"(?:[Tt]he\s+)?(?P<s>{_SUBJECTS})")


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


def _pair_subject(analysis: Analysis, doc: Doc, masked: str) -> list[Entity]:
    """The states of the sentence's subject when it names two sides ("Xi and Putin ...",
    "Brazil and Argentina ..."); else nothing."""
    lead = _LEAD_SUBJECTS.match(masked[intro_end(masked) :])
    if lead is None:
        return []
    sides = [side_of(doc, e) for e in entities_of(analysis, lead.group("s"))]
    parties = _parties_of([e for e in sides if e is not None], doc)
    return parties if len(parties) == 2 else []


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
    rf"(?P<p>{_SIGNATORIES})\s+(?:have\s+|has\s+)?(?:also\s+|jointly\s+|formally\s+)?"
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
    rf"(?:(?P<n>\d+)(?:st|nd|rd|th)|(?P<w>{_ORDINAL}))\s+anniversary\b[^,;.]*"
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
    if not _asserted(plain):
        return False
    marked = [d for d in analysis.dates if d.text in text and not d.end_value and not d.since]
    start = None
    if len(marked) == 1 and (marked[0].value.year > doc.date.year if doc.date else False):
        start = marked[0].value.year - _count(will.group("n") or will.group("w"))
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
    if "§," in masked and not view and (views := _aside_views(analysis)):
        n = len(doc.facts)
        for part in views:
            partnerships(part, doc, view=True)
        if "between" in masked:
            _dated_by_aside(analysis, doc, n)
        return
    if not analysis.negated and "between" in masked:  # (a word _DEEPEN_BETWEEN needs)
        for m in _DEEPEN_BETWEEN.finditer(masked):
            parties = _parties_of(entities_of(analysis, m.group("p")), doc)
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
    if not _asserted(analysis) or planned:
        return
    for m in _NAMED_PARTNERSHIP.finditer(masked):
        if m.group("o") and not _PARTNERSHIP_WORD.search(analysis.mention(m.group("o")).text):
            continue
        parties = _parties_of(entities_of(analysis, m.group("p")), doc)
        if len(parties) >= 2:
            named: dict[str, Sequence[Value]] = {"party": parties}
            if "signed" in masked and (signed := _signed_when(analysis)):
                named["startDate"] = signed
            elif started := _established_after(analysis, masked, m.end()):
                named["startDate"] = started
            doc.add(FactClass.PARTNERSHIP, named, analysis, 0.85)
            fired = True
    if not fired and _may_name(masked, _ALLIANCE_WORDS) and _PARTNERSHIP.search(masked):
        between = _PARTNERSHIP_BETWEEN.search(masked) or _STATEMENT_ON_PARTNERSHIP.search(masked)
        if between:
            if between.groupdict().get("two"):
                # "X and Y celebrated the strategic partnership between the two countries"
                # ("..., where the two leaders reviewed the partnership between their countries":
                # the pair named right before)
                parties = _pair_subject(analysis, doc, masked) or _pair_slot_before(
                    analysis, doc, between.start()
                )
            else:
                parties = _parties_of(entities_of(analysis, between.group("p")), doc)
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
                parties += _parties_of(entities_of(analysis, w.group("b")), doc)
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
        ):
            for m in regex.finditer(masked) if possible else ():
                if regex is _PAIR_ELEVATING and _ELEVATING_HEDGE.search(m.group("link")):
                    continue
                if m.groupdict().get("p0"):
                    first = _parties_of(entities_of(analysis, m.group("p0")), doc)
                    if len(first) >= 2:
                        doc.add(FactClass.PARTNERSHIP, {"party": first}, analysis, 0.8)
                # ("... the relations between Vietnam and Malaysia to ...": those two)
                slots = m.groupdict().get("between") or m.group("p")
                parties = _parties_of(entities_of(analysis, slots), doc)
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
            parties = _parties_of(entities_of(analysis, m.group("p") + (m.group("b") or "")), doc)
            if len(parties) == 2 and parties[0].key != parties[1].key:
                doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.75)
                fired = True
    if not fired and "bound" in masked:
        fired = _bound_by_partnership(analysis, doc, masked)
    if not fired and (their := _THEIR_PARTNERSHIP.search(masked)):
        # "Xi and Putin pledged to deepen their strategic partnership": the subject's two states
        # (or the two countries' the sentence names: "to boost the two countries' partnership")
        if their.group("g"):
            parties = _parties_of(entities_of(analysis, their.group("g")), doc)
        elif their.group("our"):
            parties = _our_pair(doc)
        elif _WITH_THIRD.search(masked, 0, their.start()):
            parties = []  # "X and Y are ready to work with Z to deepen the partnership": whose?
        else:
            parties = _pair_subject(analysis, doc, masked) or _pair_slot_before(
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
                args["startDate"] = [TimeValue(year - _count(years.group("n") or years.group("w")))]
            doc.add(FactClass.PARTNERSHIP, args, analysis, 0.75)
            fired = True
    if not fired:
        for m in _UPGRADE_WITH.finditer(masked):
            sides = [side_of(doc, e) for e in entities_of(analysis, m.group("a") + m.group("b"))]
            parties = _parties_of([e for e in sides if e is not None], doc)
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
            parties = _parties_of([e for e in sides if e is not None], doc)
            if len(parties) == 2:
                doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.75)
                fired = True
    if not fired and "with" in masked:  # (a word _HAS_PARTNERSHIP_WITH needs)
        for m in _HAS_PARTNERSHIP_WITH.finditer(masked):
            holder = _states(analysis, m.group("a"), doc)
            for a in holder[:1] if len(holder) == 1 else ():
                for b in _states(analysis, m.group("b"), doc):
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
            parties = _parties_of(entities_of(analysis, m.group("a") + m.group("b")), doc)
            if len(parties) == 2:
                doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.75)
                fired = True
    if not fired and ("'s " in masked or "’s " in masked):
        for m in _STATES_PARTNERSHIP.finditer(masked):
            parties = _parties_of(entities_of(analysis, m.group("a") + m.group("b")), doc)
            if len(parties) == 2 and parties[0].key != parties[1].key:
                own: dict[str, Sequence[Value]] = {"party": parties}
                if started := _established_after(analysis, masked, m.end()):
                    own["startDate"] = started
                doc.add(FactClass.PARTNERSHIP, own, analysis, 0.75)
                fired = True
    if not fired:
        for m in _PAIR_ALLIANCE.finditer(masked):
            parties = _parties_of(entities_of(analysis, m.group("p")), doc)
            if len(parties) >= 2:
                held: dict[str, Sequence[Value]] = {"party": parties}
                if since := _held_since(analysis, masked, m.end()):
                    held["startDate"] = since
                doc.add(FactClass.PARTNERSHIP, held, analysis, 0.8)
    for m in _POSSESSIVE_PARTNER.finditer(masked):
        if bool(m.group("one")) != bool(m.group("many")):
            continue  # "one of Russia's partner ..."?, "Kazakhstan is Russia's allies"?
        parties = _states(analysis, m.group("a") + m.group("b"), doc)
        if len(parties) == 2:
            doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.7)
    for m in _PARTNER_OF.finditer(masked):
        parties = _states(analysis, m.group("a") + m.group("b"), doc)
        if len(parties) == 2:
            doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.7)
    if not fired and ("'" in masked or "’" in masked) and _asserted(analysis) and not planned:
        for m in _PAIR_POSSESSIVE.finditer(masked) if not _PARTNERSHIP_ENDED.search(masked) else ():
            parties = _parties_of(entities_of(analysis, m.group("p") or m.group("g")), doc)
            if len(parties) >= 2 and len({e.key for e in parties}) == len(parties):
                doc.add(FactClass.PARTNERSHIP, {"party": parties}, analysis, 0.75)
    if "Peace" in masked and _asserted(analysis) and not planned:
        for m in _PEACE_PARTNERSHIP.finditer(masked):
            nato = [
                e for e in entities_of(analysis, m.group("o")) if e.kind is EntityKind.ORGANIZATION
            ]
            if not nato or "North Atlantic" not in (nato[0].label or ""):
                continue
            joined: list[TimeValue] = []
            if m.group("joined"):
                joined = [d.value for d in analysis.dates if not d.end_value and not d.relative][:1]
            for state in _states(analysis, m.group("a"), doc):
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
        parties = _parties_of(entities_of(analysis, m.group("p")), doc)
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
        parties = {e.key for e in _parties_of(entities_of(analysis, m.group("p")), doc)}
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


def _pair_slot_before(analysis: Analysis, doc: Doc, at: int) -> list[Entity]:
    """The two parties of the group slot right before ``at`` ("as the two countries mark ... of
    their partnership", "where the two leaders reviewed ..."), when no other slot stands
    between."""
    slots = list(_SLOT_CODE.finditer(analysis.masked, 0, at))
    if not slots or not slots[-1].group(0).startswith(("§G", "§P")):
        return []
    parties = _parties_of(entities_of(analysis, slots[-1].group(0)), doc)
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
        parties = _parties_of(entities_of(analysis, m.group("p")), doc)
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
    negation = _first_negation(analysis)
    for m in _ORG_PARTNER.finditer(masked):
        if negation is not None and negation < m.end():
            continue
        other = m.group("b") or m.group("b2") or ""
        parties = _parties_of(entities_of(analysis, m.group("a") + other), doc)
        if len(parties) != 2 or parties[0].key == parties[1].key:
            continue
        if not m.group("became") and not _is_org(parties[1], doc):
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


# an aside after a party: "Japan and Australia, both members of the G20, signed ...", "Poland, a
# NATO ally, and Lithuania ...", "X and Y, which share a 1,000-km border, signed ..." (not the next
# item of a list: ", the United States and ...")
_ASIDE_AFTER_PARTY = re.compile(
    # ("Serbia, whose EU membership talks stalled, signed ...": session 24)
    r"§(?P<aside>,\s+(?P<kind>which|who|whose|an?|the(?=\s+[a-z])|one\s+of|both|all|each|another|"
    # "Russia, Belarus's closest ally, and Belarus signed ...": a possessive apposition
    r"fellow|long-?time|§[SD]\d+§['’]s?(?=\s+[a-z]))\s+"
    # (a list goes on inside it: "Mali, which borders Niger, Burkina Faso and Algeria, cut ...")
    r"(?P<body>(?:[^,;]|,(?=\d)|,(?=\s+(?:the\s+)?§[SD]\d+§(?:\s*,|\s+(?:and|or)\s))){1,120}?),)"
    r"(?=\s)(?!\s+(?:the\s+)?§[SD]\d+§(?:\s*,|\s+(?:and|or)\s))"
)
# a verb in an aside that is no apposition: "On ... the invasion of Ukraine, the discussion
# focused on ...,", "In Poland, the government approved an agreement with Lithuania, which ..."
_CLAUSE_IN_ASIDE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|met|held|signed)\b|"
    r"\b[a-z]+ed\s+(?:the|a|an|its|their|his|her|on|with|to|that)\b|[a-z]ed\s+§"
)
# "Guatemala and Belize, two of the countries that maintain diplomatic relations with Taiwan.",
# "Estonia and Latvia, both states that border Russia, ...": a relative clause on a counted set
_COUNTED_RELATIVE = re.compile(
    r"§(?P<aside>,\s+(?:(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|both|all|some|"
    r"among)\s+(?:of\s+)?)?(?:the\s+)?(?:(?:few|only|last|remaining|other|\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\s+){0,2}"
    r"(?:countries|states|nations)\s+|§G\d+§\s+)(?P<kind>that|which|who)\s+"
    r"(?P<body>[^,;]{1,120}?)(?:,(?=\s)|(?=\.?\s*$)))"
)
_RELATIVE = ("which", "who", "that")
# the parties an aside is about: the group of slots right before it
_PARTIES_BEFORE = re.compile(rf"(?:{group_of('SDGOP')})$")
# the one state an apposition is about: "Belarus, Russia's closest ally, ..." (not a list's last)
_PARTY_BEFORE = re.compile(r"(?<![§,]\s)(?<!\sand\s)§[SD]\d+§$")


def _asides(masked: str) -> list[re.Match[str]]:
    """The asides after a party in a masked sentence (relative clauses, appositions without a
    verb of their own)."""
    found = [
        m
        for m in _ASIDE_AFTER_PARTY.finditer(masked)
        if m.group("kind") in _RELATIVE
        or m.group("kind") == "whose"
        or not _CLAUSE_IN_ASIDE.search(m.group("body"))
    ]
    if "countries" in masked or "states" in masked or "nations" in masked or "§G" in masked:
        counted = list(_COUNTED_RELATIVE.finditer(masked))
        if counted:
            found = [m for m in found if not any(_overlap(m, c) for c in counted)] + counted
            found.sort(key=lambda m: m.start())
    return found


def _overlap(a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether two asides overlap."""
    return a.start("aside") < b.end("aside") and b.start("aside") < a.end("aside")


# the relative clause of an apposition: "a NATO member that shares ...", "an EU state which
# borders ..." (the clause's own verb follows)
_APPOSITION_CLAUSE = re.compile(r"^(?:[^,;§]|§[A-Z]\d+§){1,40}?\s(?:that|which)\s+(?=[a-z])")


def _aside_views(analysis: Analysis) -> list[Analysis]:
    """When a party has an aside, the sentence as the relation rules read it (else nothing):
    without the asides (and without their dates), and each relative clause with its parties as
    a sentence of its own ("X and Y, which share a border, signed a treaty": "X and Y signed a
    treaty", "X and Y share a border")."""
    masked = analysis.masked
    asides = _asides(masked)
    if not asides:
        return []
    texts = [m.group("aside") for m in asides]
    pieces, pos = [], 0
    for m in asides:
        pieces.append(masked[pos : m.start("aside")])
        pos = m.end("aside")
    pieces.append(masked[pos:])
    views = [
        dataclasses.replace(
            analysis,
            masked="".join(pieces),
            dates=[d for d in analysis.dates if not any(d.text in t for t in texts)],
        )
    ]
    for m in asides:
        kind = m.group("kind")
        own = None
        if kind in _RELATIVE:
            parties = _PARTIES_BEFORE.search(masked, max(0, m.start() - 400), m.start() + 1)
        elif kind.startswith("§") or (kind.startswith("one") and m.group("body")[:1] == "§"):
            # "Belarus, Russia's closest ally, ...": also "Belarus is Russia's closest ally"
            # ("Kazakhstan, one of Russia's allies, ...": "Kazakhstan is one of Russia's allies")
            parties = _PARTY_BEFORE.search(masked, max(0, m.start() - 12), m.start() + 1)
        elif (own := _APPOSITION_CLAUSE.search(m.group("body"))) is not None:
            # "Norway, a NATO member that shares a border with Russia, ...": also "Norway shares
            # a border with Russia"
            parties = _PARTY_BEFORE.search(masked, max(0, m.start() - 12), m.start() + 1)
        else:
            continue
        if parties is None:
            continue
        text = m.group("aside")
        if own is not None:
            body = m.group("body")[own.end() :]
        else:
            body = m.group("body") if kind in _RELATIVE else f"is {kind} {m.group('body')}"
        views.append(
            dataclasses.replace(
                analysis,
                masked=f"{parties.group(0)} {body}",
                dates=[d for d in analysis.dates if d.text in text],
            )
        )
    return views


# a second clause that shares the sentence's subject: "Russia and Belarus together form the Union
# State and share a common border", "Armenia and Georgia held talks in Tbilisi and signed an
# agreement", "X and Y are participating States of the OSCE and are members of the CIS" (the
# first clause names no other party: organisations, cities and places only)
_SECOND_CLAUSE = re.compile(
    # ("Lithuania, a member of NATO since 2004, is a small state and borders Belarus"; "Finland
    # joined the EU in 1995 and shares a border with Russia": a state slot after "the" that is an
    # organisation, _second_clause)
    rf"(?P<s>{STATES}|[Tt]hey|[Bb]oth)(?:,(?=\s+(?:a|an|the|which|one)\s))?\s+"
    r"(?P<link>(?:[^§;.:]|§[OCL]\d+§|(?<=the\s)§S\d+§){1,100}?),?\s+and\s+"
    r"(?P<rest>(?:(?:also|both|together|jointly|all|each|now|later|then|subsequently|have|has|"
    r"had)\s+)*"
    r"(?:are|is|were|was|remain|remains|became|form|formed|make|made|constitute|constituted|"
    r"share|shared|signed|concluded|ratified|border|bordered|belong|belonged|upgraded|elevated|"
    # "Niger is a member of ECOWAS and shares long borders with Mali", "... and has a long
    # frontier with Nigeria"
    r"established|joined|shares|borders|belongs|joins|has|have|had)\b.*)$"
)
# a first clause that hedges what follows: "hope to join the EU and become members", "want to"
_LINK_HEDGE = re.compile(
    r"\b(?=[aehiprstw])(?:hopes?|hoped|wants?|wanted|wish\w*|aims?|aimed|seeks?|sought|plans?|"
    r"planned|intends?|intended|expects?|expected|strives?|ready|willing|prepared|set|to|"
    r"try\w*|tried|attempt\w*|refus\w*|den(?:y|ies|ied))\b"
)


# "Norway is not a member of the European Union but belongs to NATO", "Switzerland is not part
# of the EU but has a free trade agreement with the bloc": the clause after a negated one, with
# its subject left out (session 24; not "... but could join it", "... but hopes to")
_BUT_CLAUSE = re.compile(
    rf"(?:[Tt]he\s+)?(?P<s>{STATES})\s+(?P<link>(?:is|are|was|were|does|do|did|has|have)\s+(?:not|never)\b"
    r"(?:[^§;.:,]|§[OCLSD]\d+§){1,100}?),?\s+but\s+"
    # ("Serbia is not a member of the EU, but Croatia is a member of NATO": a subject of its own)
    r"(?P<own>(?:the\s+)?§[SD]\d+§\s+)?"
    r"(?P<rest>(?:(?:also|still|now|already)\s+)*"
    r"(?:is|are|remains?|belongs?|has|have|shares?|borders?|signed|joined)\b.*)$"
)


# (what hedges that clause: "... but hopes to join it", "... but is set to")
_BUT_HEDGE = re.compile(
    r"\b(?:hopes?|wants?|wish\w*|aims?|seeks?|plans?|intends?|expects?|expected|ready|willing|"
    r"prepared|set\s+to|try\w*|tried|attempt\w*|refus\w*|den(?:y|ies|ied)|candidate\w*|"
    r"aspir\w*|partners?|observers?)\b"
)


def _but_clause(analysis: Analysis) -> Analysis | None:
    """The clause after a negated one read with the sentence's subject, or with its own
    (:data:`_BUT_CLAUSE`), when it hedges nothing itself; else nothing."""
    masked = analysis.masked
    m = _BUT_CLAUSE.match(masked, intro_end(masked))
    if m is None or hedged(m.group("rest")) or _BUT_HEDGE.search(m.group("rest")):
        return None
    rest = m.group("rest")
    return dataclasses.replace(
        analysis,
        masked=f"{m.group('own') or m.group('s') + ' '}{rest}",
        dates=[d for d in analysis.dates if d.text in rest],
    )


def _second_clause(analysis: Analysis, doc: Doc) -> Analysis | None:
    """The second clause of a sentence read with the sentence's subject, when its own subject
    is left out ("Russia and Belarus together form the Union State and share a common border":
    also "Russia and Belarus share a common border"); else nothing."""
    masked = analysis.masked
    m = _SECOND_CLAUSE.match(masked, intro_end(masked))
    if m is None or hedged(m.group("link")) or _LINK_HEDGE.search(m.group("link")):
        return None
    if "§S" in m.group("link") and not all(
        _is_org(e, doc)
        for e in entities_of(analysis, m.group("link"))
        if e.kind is EntityKind.STATE
    ):
        return None  # (another state named in the first clause: only an organisation may be)
    rest = m.group("rest")
    return dataclasses.replace(
        analysis,
        masked=f"{m.group('s')} {rest}",
        dates=[d for d in analysis.dates if d.text in rest],
    )
