"""Memberships: states that are, became or were named members of an organisation, lists of
members, memberships told by holding its presidency, and their start dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator, Sequence

from dipld.extract.bodies import ADMITTED_ASIDE
from dipld.extract.facts import Doc, entities_of, meeting_states, side_of, state_of
from dipld.extract.patterns import (
    AS_WELL_AS_SEP,
    NUMBER_WORDS,
    STATES,
    group_of,
    intro_end,
)
from dipld.extract.relations import (
    LEAD_STATES,
    NEW_CLAUSE,
    NO_RELATION,
    STATE_SLOT,
    aside_views,
    doc_state_of,
    is_org,
    member_states,
    plainly_asserted,
    second_clause,
    states_in,
)
from dipld.extract.spans import NOT_NEGATING, Analysis, Code, Mention, hedged
from dipld.extract.text import ASCII_UNDER_IGNORECASE
from dipld.model import Concept, Entity, EntityKind, Fact, FactClass, Precision, TimeValue, Value

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
    # ("The forum's members, who include Fiji and Samoa, ...": session 43)
    r"member\s+countries)(?:,\s+(?:who|which)\s+|,?\s+)"
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
# (and in a relative clause: "the New Development Bank, which was founded by Brazil, Russia,
# ...", session 41)
_FOUNDED_BY = re.compile(
    r"(?P<o>§O\d+§)(?:,\s+(?:which\s+(?:was|were|had\s+been|has\s+been)\s+(?:jointly\s+|originally\s+)?)?|"
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:jointly\s+|originally\s+)?)"
    r"(?:co-?founded|founded|established|created|set\s+up|formed)"
    r"(?P<when>\s+(?:in|on)\s+[^,;§]{1,30}?)?\s+by\s+(?:the\s+)?"
    # (not "founded by Norway's oil company": something of the state's)
    rf"(?P<m>{STATES})(?!['’])"
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
        orgs = [last] if last is not None and last.qid and is_org(last, doc) else []
    found: _Found = []
    for org in orgs:
        known = doc.kb.members(org.qid) if org.qid else frozenset()
        states = states_in(analysis, "".join(re.findall(r"§S\d+§", m.group("m"))), doc)
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
    if last is None or not last.qid or not is_org(last, doc):
        return []
    known = doc.kb.members(last.qid)
    states = states_in(analysis, m.group("a") + (m.group("b") or ""), doc)
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
# the signatories of the instrument that establishes an organisation are its founders: "Kenya,
# Uganda and Tanzania signed the treaty establishing the East African Community", "The heads of
# state of Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter establishing the
# Alliance of Sahel States" (session 41; not "a memorandum establishing the Omani-Saudi
# Coordination Council": a pair's mechanism, see _NOT_FOUNDED_BODY)
_SIGNED_FOUNDING = re.compile(
    r"(?:(?:[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)|[Ll]eaders|[Pp]residents)\s+of\s+(?:the\s+)?)?"
    rf"(?P<m>{STATES})\s+(?:today\s+|yesterday\s+|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
    r"(?:have\s+|had\s+|has\s+)?(?:jointly\s+|formally\s+)?signed\s+(?:the|an?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:[Cc]harter|[Tt]reaty|[Cc]onvention|[Aa]greement|[Aa]ccord)\s+"
    r"(?:establishing|creating|founding|setting\s+up|(?:that|which)\s+(?:established|created|"
    r"founded|set\s+up))\s+(?:the\s+)?(?P<o>§O\d+§)"
)
# bodies two states set up between them, which no one joins: "the Omani-Saudi Coordination
# Council", "a Joint Commission"
_NOT_FOUNDED_BODY = re.compile(r"\b(?:Council|Commission|Committee|Mechanism|Secretariat)$")
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
# what _INSTRUMENT_FOUNDS cannot match without (ignoring case, as may_name does)
_FOUNDS_WORDS = ("establishe", "create", "founded", "set up", "sets up")
_SIGNED_FOUNDS_WORDS = ("establish", "creat", "found", "setting up", "set up")
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
# a membership after the subject's treaty: "Both countries are parties to the Central America
# Free Trade Agreement and members of the OAS" (session 41; where the sentence or its clause
# ends: not "... and members of the EU criticised it")
_PARTIES_AND_MEMBERS = re.compile(
    rf"(?P<m>{STATES})\s+(?:are|were|have\s+been|remain)\s+(?:both\s+|all\s+|also\s+)?"
    r"(?:parties|signatories|states\s+parties)\s+(?:to|of)\s+(?:[^;§]|§[A-Z]\d+§){1,120}?,?\s+"
    r"and\s+(?:also\s+|both\s+)?(?:founding\s+|full\s+)?members\s+of\s+(?:the\s+)?"
    rf"(?P<o>{_ORGS})(?=\s*(?:[.;,:]|$))"
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
    # ("SADC has 16 Member States; Comoros became the latest member in 2017": capitalised, and
    # the year it joined; session 43)
    r"(?P<o>§O\d+§)\s+(?:now\s+)?(?:has|counts|comprises)\s+(?:\d+|[a-z]+)\s+"
    r"(?:[Mm]ember\s+[Ss]tates|members|[Mm]ember\s+[Cc]ountries)(?:;|,|\s+and|,\s+and)\s+(?:the\s+)?"
    r"(?P<m>§S\d+§)\s+(?:became|was)\s+(?:the\s+|its\s+)(?:latest|newest|most\s+recent|last)\s+"
    r"(?:member|to\s+join)\b(?:\s+in\s+(?P<y>(?:19|20)\d\d)\b)?"
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


def may_name(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text may name one of the (lower-case ASCII) words in any case: a lower-case
    substring test, unless the text has a letter that IGNORECASE matches to an ASCII one."""
    if not text.isascii() and any(letter in text for letter in ASCII_UNDER_IGNORECASE):
        return True
    low = text.lower()
    return any(word in low for word in words)


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
    slots = [analysis.mention(slot) for slot in SLOT_CODE.findall(text)]
    if not orgs or not any(_GENERIC_ORG.match(m.text) for m in slots):
        return orgs
    named: set[str] = set()
    for analysed in (doc.previous, analysis):
        for mention in analysed.mentions if analysed is not None else ():
            if _GENERIC_ORG.match(mention.text) or mention.begin >= slots[0].begin:
                continue
            named.update(e.key for e in mention.entities if is_org(e, doc))
    return orgs if named == {o.key for o in orgs} else []


SLOT_CODE = re.compile(r"§[A-Z]\d+§")


def _orgs(analysis: Analysis, text: str, doc: Doc) -> list[Entity]:
    pacts = _pacts(analysis, text) if "§O" in text else set()
    return [
        e
        for e in entities_of(analysis, text)
        if is_org(e, doc)
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
    for slot in SLOT_CODE.findall(text):
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


NEGATION_CUE = re.compile(r"\b(?:not|never|neither|nor|without)\b|n['’]t\b", re.IGNORECASE)


_NOT_NEGATING_ANY_CASE = re.compile(NOT_NEGATING.pattern, re.IGNORECASE)


def first_negation(analysis: Analysis) -> int | None:
    """Where the sentence's first negation starts (idioms such as "not only" left out)."""
    if not analysis.negated:
        return None
    plain = _NOT_NEGATING_ANY_CASE.sub(lambda m: " " * len(m.group(0)), analysis.masked)
    cue = NEGATION_CUE.search(plain)
    return cue.start() if cue else None


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
    "accession seat seats term suspended barred producer exporter economy president veto "
    "establishing creating founding setting".split()
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
    if not may_name(masked, _CANDIDATE_WORDS) or not _CANDIDATE.search(masked):
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
            for member in states_in(analysis, m.group("m"), doc):
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
    if not plainly_asserted(analysis):
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
        for member in states_in(analysis, m.group("m"), doc):
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
        if group is None or m.end(group) != m.end() or not NEW_CLAUSE.match(masked, m.end()):
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
    if not view and " and " in masked and (second := second_clause(analysis, doc)) is not None:
        memberships(second, doc, view=True)
    if not view and " but " in masked and (but := but_clause(analysis)) is not None:
        memberships(but, doc, view=True)
    if "§," in masked and not view and not _CANDIDATE.search(masked):
        # "Vietnam, the chair of ASEAN in 2020, and Australia are both members of APEC": also
        # read without the asides (the sentence itself still gives those the asides state; not
        # "Sweden, a NATO candidate, and Finland, which joined NATO, ...")
        # (the relative clauses' own memberships are the patterns': "Finland, which joined NATO
        # in April, ...")
        for part in aside_views(analysis)[:1]:
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
    if "no" in analysis.words and NO_RELATION.search(masked):
        return
    negation = first_negation(analysis)

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
            for member in states_in(analysis, m.group("m"), doc)
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
        (_INSTRUMENT_FOUNDS, 0.75, may_name(masked, _FOUNDS_WORDS)),
        (
            _PARTIES_AND_MEMBERS,
            0.8,
            says_member and ("parties" in masked or "signatories" in masked),
        ),
        (_SIGNED_FOUNDING, 0.75, "signed" in masked and may_name(masked, _SIGNED_FOUNDS_WORDS)),
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
            if org_group and m.end(org_group) == m.end() and NEW_CLAUSE.match(masked, m.end()):
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
            members = member_states(analysis, listed, doc)
            if listed.lower() in {"both", "they"} and regex is _OF_WHICH_MEMBER:
                # "Norway and Iceland discussed the Arctic Council, of which both are members":
                # the pair that opens the sentence, or nobody
                members = _opening_pair(analysis, m.start("m"))
            elif listed.lower() in {"both", "they"} and (pair := _pair_before(analysis, m.start())):
                members = pair
            if m.groupdict().get("m2") and m.group("m") and regex is not _MEMBERS_NAMED_AFTER:
                members += states_in(analysis, m.group("m2"), doc)
            founded = _founding_date(analysis, masked, m) if regex in _FOUNDINGS else {}
            if regex is _POSSESSIVE_MEMBERSHIP or regex is _POSSESSIVE_ORG_MEMBERSHIP:
                founded = _membership_began(analysis, masked, m.end())
            bodies = _orgs(analysis, orgs, doc)
            if regex is _SIGNED_FOUNDING:
                if any(_NOT_FOUNDED_BODY.search(b.label or "") for b in bodies):
                    continue
                founded = _signing_date(analysis)
            if not orgs and m.groupdict().get("u"):
                bodies = [Entity.unlinked(m.group("u"), EntityKind.ORGANIZATION)]
            found.append((members, bodies, founded, confidence))
            spans.append((len(found) - 1, m.end()))
            along = _MEMBERS_ALONG.match(masked, m.end()) if regex in _ALONG_AFTER else None
            if along is not None and keep(along):
                found.append(
                    (
                        states_in(analysis, along.group("m"), doc),
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
                        states_in(analysis, m.group("m"), doc),
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
            found.append((named, [e for e in listing.entities if is_org(e, doc)], {}, 0.8))
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
            found.append((states_in(analysis, m.group("m"), doc), [bloc], {}, 0.8))
    for m in _CHAIRS.finditer(masked) if says_chair else ():
        if not keep_chair(m):
            continue
        member = m.group("m") or m.group("m2") or m.group("m3") or m.group("m4") or m.group("m5")
        org = m.group("o") or m.group("o2") or m.group("o3") or m.group("o4")
        found.append((states_in(analysis, member, doc), _chaired(analysis, org, doc), {}, 0.7))
    for m in _BODY_OF_WHICH_MEMBER.finditer(masked) if says_member and "which" in masked else ():
        body = doc.finder.ctx.bodies.get(m.group("h").capitalize())
        if keep(m) and body is not None:
            found.append((states_in(analysis, m.group("m"), doc), [body], {}, 0.8))
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
            states = states_in(analysis, m.group("m") + (m.group("b") or ""), doc)
            found.append((states, _orgs(analysis, m.group("o") or m.group("o2"), doc), {}, 0.7))
    for m in _ORG_CHAIR.finditer(masked) if says_chair else ():
        if keep_chair(m):
            org = m.group("o") or m.group("o2")
            found.append(
                (states_in(analysis, m.group("m"), doc), _orgs(analysis, org, doc), {}, 0.7)
            )
    owned = "membership" in masked and not analysis.negated and not hypothetical
    for m in _POSSESSIVE_ORG_MEMBERSHIP_HELD.finditer(masked) if owned else ():
        if not keep(m) or _ACCESSION_TALK.search(masked) or _MEMBERSHIP_OVER.search(masked):
            continue
        orgs = [_organisation_of(doc, body) for body in _orgs(analysis, m.group("o"), doc)]
        members = [
            state
            for state in states_in(analysis, m.group("m"), doc)
            if state.qid and any(org.qid in doc.kb.memberships(state.qid) for org in orgs)
        ]
        found.append((members, orgs, {}, 0.75))
    for m in _CHAIR_NAMED_AFTER.finditer(masked) if says_chair else ():
        if keep_chair(m):
            states = states_in(analysis, m.group("m") or m.group("m2"), doc)
            found.append((states, _orgs(analysis, m.group("o"), doc), {}, 0.7))
    for m in _ORG_PRESIDENCY_PASSED.finditer(masked) if says_chair else ():
        if keep(m):
            states = states_in(analysis, m.group("a") + m.group("b"), doc)
            found.append((states, _orgs(analysis, m.group("o"), doc), {}, 0.7))
    for m in _PRESIDENCY_PASSED_TO.finditer(masked) if says_chair else ():
        if keep(m):
            states = states_in(analysis, m.group("b"), doc)
            found.append((states, _orgs(analysis, m.group("o") or m.group("o2"), doc), {}, 0.7))
    for m in _WHICH_PASSES.finditer(masked) if says_chair and "which" in masked else ():
        if keep(m):
            slots = (m.group("a") or m.group("a2"), m.group("b") or m.group("b2"))
            states = [s for slot in slots for s in _holder(analysis, doc, slot)]
            found.append((states, _orgs(analysis, m.group("o") or m.group("o2"), doc), {}, 0.7))
    for m in _MEMBERS_BY_PEOPLE.finditer(masked) if "§P" in masked else ():
        if keep(m):
            found.append(
                (
                    states_in(analysis, m.group("m"), doc),
                    _orgs(analysis, m.group("o"), doc),
                    {},
                    0.8,
                )
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
            states = states_in(analysis, held, doc)
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
                if last is not None and last.qid and not org_named and is_org(last, doc)
                else []
            )
        found.append((states_in(analysis, m.group("s"), doc), orgs, {}, 0.75))
    for m in _LATEST_MEMBER.finditer(masked) if says_member else ():
        if keep(m):
            latest = int(m.group("y")) if m.group("y") else None
            found.append(
                (
                    states_in(analysis, m.group("m"), doc),
                    _orgs(analysis, m.group("o"), doc),
                    (
                        {"startDate": [TimeValue(latest, precision=Precision.YEAR)]}
                        if latest is not None and (doc.date is None or latest <= doc.date.year)
                        else {}
                    ),
                    0.8,
                )
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
            found.append((states_in(analysis, m.group("m"), doc), orgs, {}, 0.7))
    for m in _AS_CHAIR.finditer(masked) if says_chair else ():
        if not keep(m):
            continue
        orgs = [
            e
            for c in _CHAIR_OF.finditer(m.group("roles"))
            for e in _orgs(analysis, c.group("o") or c.group("p"), doc)
        ]
        found.append((states_in(analysis, m.group("m"), doc), orgs, {}, 0.7))
    for m in _NAMED_MEMBERS.finditer(masked) if says_member or says_ally else ():
        if not keep(m) and not _named_presupposed(m):
            continue
        found.append(
            (states_in(analysis, m.group("m"), doc), _orgs(analysis, m.group("o"), doc), {}, 0.8)
        )
    for m in _ONE_OF_MEMBERS.finditer(masked) if says_member and "of" in masked else ():
        if keep(m):
            found.append(
                (states_in(analysis, m.group("m"), doc), _one_of(analysis, doc, m), {}, 0.8)
            )
    for m in _COUNTED_MEMBERS_APPOSED.finditer(masked) if says_member or says_ally else ():
        if keep(m) and _listed_as_counted(m):
            found.append(
                (
                    states_in(analysis, m.group("m"), doc),
                    _orgs(analysis, m.group("o"), doc),
                    {},
                    0.75,
                )
            )
    for m in _KIND_MEMBERS_APPOSED.finditer(masked) if says_member and "§," in masked else ():
        if keep(m):
            found.append(
                (states_in(analysis, m.group("m"), doc), _kind_named(analysis, doc, m), {}, 0.75)
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
            found.append((states_in(analysis, m.group("m"), doc), orgs, began, 0.75))
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
            (states_in(analysis, m.group("m"), doc), _orgs(analysis, m.group("o"), doc), {}, 0.8)
        )
    for m in _ANNIVERSARY.finditer(masked) if "anniversary" in masked else ():
        if not keep(m):
            continue
        extra: dict[str, Sequence[Value]] = {}
        years = int(m.group("n") or m.group("n2"))
        if doc.date:
            extra["startDate"] = [TimeValue(doc.date.year - years, precision=Precision.YEAR)]
        member, org = m.group("m") or m.group("m2"), m.group("o") or m.group("o2")
        found.append((states_in(analysis, member, doc), _orgs(analysis, org, doc), extra, 0.85))
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
    presidency = may_name(masked, _PRESIDENCY_WORDS)
    for m in _HOLDS_PRESIDENCY.finditer(masked) if presidency else ():
        if not keep_chair(m):
            continue
        holder = m.group("a") or m.group("a2") or m.group("a3") or m.group("a4")
        org = m.group("o") or m.group("o2") or m.group("o3") or m.group("o4")
        found.append((states_in(analysis, holder, doc), _orgs(analysis, org, doc), {}, 0.7))
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
        states = states_in(analysis, m.group("a"), doc) + states_in(analysis, m.group("b"), doc)
        found.append((states, orgs, {}, 0.7))
    for m in _CONGRATULATED_ON_ACCESSION.finditer(analysis.masked) if congratulated else ():
        if keep(m):
            accession = _joined_on(analysis, analysis.masked, m.end())
            orgs = _orgs(analysis, m.group("o"), doc)
            member = states_in(analysis, m.group("m") or m.group("m2"), doc)
            found.append((member, orgs, accession, 0.75))
    if says_join or "joining" in unblanked or "becoming" in unblanked:
        _joining(analysis, doc, masked, unblanked, keep, found)
    if "joined by" in masked or ", which" in masked:
        _joined_told_by_org(analysis, doc, masked, keep, found)
    for m in _HOLDS_VETO.finditer(masked) if "veto" in masked else ():
        if keep(m):
            found.append(
                (
                    states_in(analysis, m.group("m") or m.group("m2"), doc),
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
                        states_in(analysis, m.group("m"), doc),
                        _orgs(analysis, m.group("o"), doc),
                        {},
                        0.75,
                    )
                )
    if "our" in masked or "Our" in masked:
        for m in _OUR_FELLOW.finditer(masked):
            if keep(m):
                orgs = _orgs(analysis, m.group("o") or m.group("o2"), doc)
                found.append((our_states(doc), orgs, {}, 0.75))
        for m in _OUR_ALLY.finditer(masked):
            if keep(m):
                ally = _our_ally(analysis, doc, m)
                allies = [*our_states(doc), *([ally] if ally else [])]
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
                        states_in(analysis, m.group("m"), doc),
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
    members = states_in(analysis, m.group("m"), doc)
    if m.group("p"):
        callers = entities_of(analysis, m.group("p"))
    else:
        lead = LEAD_SUBJECTS.match(analysis.masked, intro_end(analysis.masked))
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
    if last is None or not last.qid or not is_org(last, doc):
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
        if e.kind is EntityKind.STATE or is_org(e, doc)
    ]
    extra: dict[str, Sequence[Value]] = {"startDate": dated[:1]} if dated else {}
    found.append((members, _orgs(analysis, m.group("o"), doc), extra, 0.75))


def _one_of(analysis: Analysis, doc: Doc, m: re.Match[str]) -> list[Entity]:
    """The organisation a state is counted a member of: the one named (once), or for "the bloc's"
    the organisation named last, when the sentence names none."""
    if m.group("g"):
        last = doc.finder.ctx.last_org
        named = any(k.code is Code.ORG for k in analysis.mentions)
        if m.group("o2") or named or last is None or not is_org(last, doc):
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
    return len(STATE_SLOT.findall(m.group("m"))) == count


def _kind_named(analysis: Analysis, doc: Doc, m: re.Match[str]) -> list[Entity]:
    """The one organisation of the kind an apposition names ("the bank's"): the one the sentence
    names, else the one the article named last, when its name says that kind."""
    kind = m.group("g").lower().replace("organization", "organisation")
    named = [
        e for k in analysis.mentions if k.code is Code.ORG for e in k.entities if is_org(e, doc)
    ]
    last = doc.finder.ctx.last_org
    found = {e.key: e for e in named} or ({last.key: last} if last and is_org(last, doc) else {})
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
    states = states_in(analysis, m.group("m"), doc)
    n = m.group("n")
    count = (int(n) if n.isdigit() else _NUMBERS.get(n.lower(), 0)) if n else 0
    if count and count != len(states):
        return ([], [], {}, 0.0)
    if m.group("o"):
        return (states, _orgs(analysis, m.group("o"), doc), {}, 0.75)
    last = doc.finder.ctx.last_org
    if not count or last is None or not is_org(last, doc):
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
        states = states_in(analysis, apposed.group("p"), doc)
        return states if len(states) == 2 else []
    if STATE_SLOT.search(masked, 0, m.start()) or "§G" in masked[: m.start()]:
        return []
    last = doc.finder.ctx.last_states
    pair = doc.finder.pair() if len(last) == 2 else tuple(meeting_states(doc))
    return [e for e in pair if e.kind is EntityKind.STATE] if len(pair) == 2 else []


def _holder(analysis: Analysis, doc: Doc, slot: str) -> list[Entity]:
    """The state a slot names as a chair's holder: a state, or its capital ("passes to New
    Delhi")."""
    states = states_in(analysis, slot, doc)
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
        named = states_in(analysis, m.group("s"), doc)
        return named[0] if named else None
    title = doc.article.title or ""
    orgs = _orgs(analysis, m.group("o"), doc)
    members = doc.kb.members(orgs[0].qid) if orgs and orgs[0].qid else frozenset()
    left = {e.key for e in (*our_states(doc), *states_in(analysis, analysis.masked, doc))}
    others = [
        e
        for e in doc.finder.ctx.states.values()
        if e.key not in left and e.kind is EntityKind.STATE and e.label in title
    ]
    # (and one the KB knows as a member: the ally is no guess)
    return others[0] if len(others) == 1 and others[0].qid in members else None


def our_states(doc: Doc) -> list[Entity]:
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
                        states_in(analysis, m.group("m"), doc),
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
                if NEW_CLAUSE.match(masked, m.end()):
                    orgs = _SLOT_AND.sub("", orgs)
                found.append(
                    (
                        states_in(analysis, m.group("m"), doc),
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
            members = states_in(analysis, m.group("m"), doc)
        else:
            # the subject of the sentence, with no other party before "since"
            start = intro_end(unblanked)
            if unblanked.startswith(("The ", "the "), start):
                start += 4
            lead = LEAD_STATES.match(unblanked, start)
            if lead is None or "§" in unblanked[lead.end() : m.start()]:
                continue
            members = states_in(analysis, lead.group("s"), doc)
        orgs = m.group("o")
        if NEW_CLAUSE.match(unblanked, m.end("o")):
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
        members = states_in(analysis, m.group("m"), doc)
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
            if e.kind is EntityKind.STATE or is_org(e, doc)
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
        negation = first_negation(analysis)
        told = keep(m) or (
            not hedged(masked[: m.end()]) and (negation is None or m.end() <= negation)
        )
        if told and last is not None and not named and last.qid and is_org(last, doc):
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
            chair = states_in(analysis, m.group("m"), doc)
            found.append((chair, _orgs(analysis, m.group("o"), doc), {}, 0.7))
    for m in _LEADERSHIP.finditer(masked):
        if not keep(m):
            continue
        orgs = _orgs(analysis, m.group("o") or m.group("o2") or m.group("o3"), doc)
        if m.group("o3") and "chairmanship" not in m.group(0) and "presidency" not in m.group(0):
            # (a body the KB knows: not "its leadership in the Multinational Mission"; a chair is
            # held of any body: "its chairmanship of BRICS")
            orgs = [o for o in orgs if o.qid]
        found.append((states_in(analysis, m.group("m"), doc), orgs, {}, 0.7))


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
        states = states_in(
            analysis, (m.group("m") or "") + (m.group("m2") or "") + (m.group("m3") or ""), doc
        )
        found.append((states, _orgs(analysis, org, doc), {}, 0.75))
    for m in _SUSPENDED_LISTED.finditer(masked) if "member" in masked else ():
        states = states_in(analysis, m.group("m"), doc)
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _NUMBERS.get(n, 0)
        if count != len(states) or not (keep(m) or negation_after(analysis, m)):
            continue
        if m.group("o"):
            orgs = _orgs(analysis, m.group("o").strip(), doc)
        else:
            last = doc.finder.ctx.last_org
            named = any(k.code is Code.ORG for k in analysis.mentions)
            orgs = [last] if last is not None and not named and is_org(last, doc) else []
        found.append((states, orgs, {}, 0.75))


def negation_after(analysis: Analysis, m: re.Match[str]) -> bool:
    """Whether the sentence's only hedge or negation comes after a listing that is an aside of
    its subject ("X and Y, both suspended from the AU, were not represented": the members, not
    the absence, are told)."""
    negation = first_negation(analysis)
    return (
        not analysis.hypothetical
        and negation is not None
        and m.end() <= negation
        and not NEGATION_CUE.search(analysis.masked, 0, m.start())
    )


def _handed_over(analysis: Analysis, doc: Doc, m: re.Match[str], found: _Found) -> None:
    """Both sides of a chair handed over are members (a person's state when a head of state
    or government hands it); the person it went to heads the organisation (a chair, not a
    state's presidency)."""
    org = m.group("o") or m.group("o2") or m.group("o3") or m.group("o4") or m.group("o5")
    orgs = [o for o in _orgs(analysis, org, doc) if is_org(o, doc)]
    if len(orgs) != 1:
        return
    for side in ("a", "b"):
        slot = m.group(side) or m.group(side + "2") or m.group(side + "3") or m.group(side + "5")
        if slot.startswith("§S"):
            found.append((states_in(analysis, slot, doc), orgs, {}, 0.7))
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


def _signing_date(analysis: Analysis) -> dict[str, Sequence[Value]]:
    """The start of the founders' memberships when they signed the founding instrument: the
    sentence's one date ("today", "in 1999"), if it has just one."""
    dates = {d.value for d in analysis.dates if not d.end_value and not d.planned}
    return {"startDate": list(dates)} if len(dates) == 1 else {}


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
            (states_in(analysis, m.group("m"), doc), _orgs(analysis, m.group("o"), doc), extra, 0.8)
        )


_PERSON_SLOT = re.compile(r"§P\d+§")
_SUBJECTS = group_of("SDPG")
LEAD_SUBJECTS = re.compile(rf"(?:[Tt]he\s+)?(?P<s>{_SUBJECTS})")


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


def but_clause(analysis: Analysis) -> Analysis | None:
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
