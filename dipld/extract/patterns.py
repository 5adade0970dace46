"""Building blocks for fact rules written over masked sentences (``§S0§ met §P1§``).

>>> groups("§S0§, §S1§ and §S2§ are members")
['§S0§, §S1§ and §S2§']
>>> slots_in("§S0§ and §G1§")
['§S0§', '§G1§']
"""

from __future__ import annotations

import re

SLOT = r"§[SODPCLGMR]\d+§"
_SEP = (
    r"(?:\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+|his\s+|her\s+|their\s+)?|\s*/\s*|"
    r"\s*[-–]\s*)"
)


#: Most slots in one coordinated list. Bounded, so that a pattern tried at every slot of a
#: hostile list of thousands of names costs time linear in the list, not quadratic.
GROUP_MAX = 40


# and "as well as", for lists of what a state is a member of ("members of the G20 as well as
# APEC and the Quad"; among states it may add one that does not share the act)
AS_WELL_AS_SEP = rf"(?:{_SEP}|,?\s+as\s+well\s+as\s+(?:the\s+)?)"


def group_of(codes: str, sep: str = _SEP) -> str:
    """A coordinated list of slots of the given codes: ``§S0§, §S1§ and §S2§`` (items joined by
    ``sep``)."""
    one = rf"§[{codes}]\d+§"
    return rf"{one}(?:{sep}{one}){{0,{GROUP_MAX - 1}}}"


# a wire dateline: "BEIJING, May 16 (Reuters) - ", "Riyadh, August 18, 2023, SPA -- " (a city
# the KB does not know, in capitals: "DUBAI, March 10 (Reuters) - ")
# number words a count may be written in ("the three countries", "the first seven months")
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
# the day of a wire dateline: "July 21", "14 March", "Monday, Nov. 20, 2023"
DATELINE_DAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
)
_DATELINE = (
    # (two cities: "BEIJING/TEGUCIGALPA, March 26 (Reuters) - ", session 30)
    r"(?:§C\d+§|[A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}|"
    # (the UN's seat read as the organisation, before a day: "UNITED NATIONS, Oct 2 (Reuters) - ",
    # session 36)
    rf"§O\d+§(?=(?:,\s+§S\d+§)?,\s+{DATELINE_DAY})|"
    # (a city-state read as its state, before a day: "SINGAPORE, Nov 29 (Bernama) -- ", session 41)
    rf"§S\d+§(?=,\s+{DATELINE_DAY}))"
    r"(?:/(?:§C\d+§|[A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}))?"
    r"(?:,\s+§S\d+§)?(?:"
    # (or a numeric day: "Bern, 28.02.2022 - ", session 20)
    rf"(?:,\s+(?:{DATELINE_DAY}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}))?(?:,\s+[A-Z]{{2,8}})?"
    # (the agency's name after the day with no comma: "NAIROBI, May 3 Kyodo - ")
    rf"(?:(?<=\d)\s+[A-Z][a-z]{{2,12}})?"
    r"\s*(?:\([A-Za-z. ]{1,20}\))?\s*(?:--|[-—–])\s+|"
    rf",\s+{DATELINE_DAY}(?:\.\s*/[A-Za-z-]{{2,15}}/\.|,\s+[A-Z][A-Za-z-]{{1,15}}\.)\s+|"
    # (the agency's name in brackets and no dash: "NEW DELHI, Jul 18 (PTI) India and ...", session
    # 41)
    rf",\s+{DATELINE_DAY}\s+\([A-Za-z. ]{{1,20}}\)\s+(?=§|[A-Z])|"
    # (a colon after the day: "Addis Ababa, 5 September 2022: ", the African Union's releases;
    # session 31)
    rf",\s+{DATELINE_DAY}:\s+)"
)
DATELINE = re.compile("^" + _DATELINE)
# introductory phrases before a sentence's subject ("During the meeting, ", "Today, ")
INTRO = re.compile(
    rf"^(?:{_DATELINE}|"
    r"[-•*]\s+|\(?[ivx0-9]{1,4}[.)]\s+|"
    # a quote that opens with a party acting: '"Canada welcomed the ceasefire agreement ...,"'
    # (a speaker telling its state's act; session 36, backing)
    r"[\"“](?=§[SO]\d+§\s+(?:also\s+)?(?:welcomed|welcomes|thanked|thanks|praised|praises|"
    r"commended|commends|congratulated|congratulates|condemned|condemns)\b)|"
    r"(?:[A-Z][a-z]+ly|Today|Additionally|Moreover|Further(?:more)?|Also|In\s+addition|Finally|"
    r"Similarly|Meanwhile|Together|However|In\s+particular|In\s+turn|Accordingly|Therefore|Thus|"
    r"Hence|Separately|Specifically|Importantly|Notably|Again|Now|Then|Yesterday|Earlier|Later)\s*,\s*|"
    r"(?:That|This)\s+is\s+why\s+|"
    # the host's greeting as the occasion: "Welcoming his guest, the Prime Minister thanked ..."
    r"(?:Welcoming|Receiving|Greeting|Hosting)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:guests?|visitors?|counterparts?|delegation)\s*,\s*|"
    # a reaction to an outcome named by no party: "Welcoming the decision, Mr. Bozkir
    # congratulated ..." (session 36, backing)
    r"(?:Welcoming|Hailing|Applauding|Praising|Commending)\s+(?:the|this|that|these|their|its)\s+"
    r"[^,;§]{1,80}?,\s*|"
    # "Today in Honolulu, the United States and ...": the day, then where
    r"(?:Today|Yesterday|Tonight|Earlier\s+today)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:§[CL]\d+§|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*,\s*|"
    # "As a member of the G20, Japan ...", "As NATO allies, ...": what the subject is a member of
    # (a list of organisations too: "As members of the G20, APEC and ASEAN, Indonesia ...")
    r"As\s+(?:an?\s+)?(?:fellow\s+|founding\s+|full\s+|permanent\s+)?(?:§[OS]\d+§\s+)?"
    r"(?:members?|member\s+states?|member\s+countr(?:y|ies)|[Aa]lly|[Aa]llies)\b"
    r"(?:[^,;§]|§[A-Z]\d+§(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?§O\d+§)*){0,220}?,\s*|"
    # what the act is meant as, or the moment two parties mark: "As a gesture of recognition of
    # the suffering, Germany intends to ...", "As the two countries approach the 30th
    # anniversary of relations, the United States and Ukraine reaffirmed ..." (session 41)
    r"As\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:gesture|sign|token|symbol|mark|demonstration|show|"
    r"expression|testament)\s+of\b[^,;]{0,220}?,\s*|"
    r"As\s+(?:the|both)\s+(?:two\s+)?(?:countries|sides|nations|states|leaders|governments)\s+"
    r"(?:approach|mark|celebrate|commemorate|prepare\s+for|look\s+ahead\s+to)\b[^,;]{0,220}?,\s*|"
    r"(?:During|In|On|At|After|Following|Through|As\s+part\s+of|Under|Despite|With|Building\s+on|"
    # "Earlier this year, ...", "Last week, ..."
    r"Earlier|Later|Last|This|Previously|Shortly|"
    r"Recognizing|Recognising|Facing|Pending|Consistent\s+with|For|To|Since|Before|Given|Noting|"
    r"Acknowledging|Reflecting|Guided\s+by|In\s+light\s+of|Based\s+on|Beyond|Among|"
    # a fronted concession: "Although it is not a member of the EU, Norway has adopted ..." (its
    # subject and its "not" are none of the main clause's; session 40, sanctions)
    r"Although|Though|Even\s+though|Whereas|"
    # "Beginning in 2027, the United States and ...": when the act will start
    r"Beginning|Starting|"
    # the topic of a readout's paragraph: "Regarding North Korea, the two ministers ..."
    r"Regarding|Concerning|As\s+(?:for|to|regards)|Turning\s+to|Referring\s+to|"
    # a time counted from an act: "Two years into Russia's invasion of Ukraine, the United
    # States ...", "Marking the anniversary of ..., Poland ..."
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An|\d+|Several|Nearly|Almost|"
    r"More\s+than)\s+(?:years?|months?|weeks?|days?)\s+(?:into|after|since|before)|"
    r"Marking|Commemorating|"
    # the occasion of a report: "Addressing the summit, the Head of State said ...", "Speaking
    # to reporters after the talks, ...", "According to Peskov, the two presidents agreed ..."
    r"Addressing|Speaking|Talking|Commenting|Responding|Replying|Answering|Asked|Briefing|"
    # the visit the subject is on: "Visiting Kyiv on Tuesday, Kishida pledged ...", "Arriving in
    # Beijing, the minister said ..."
    r"Visiting|Arriving|Travell?ing|Touring|"
    # with whom the subject acts: "Working with Congress, the United States intends to ..."
    # (session 41)
    r"Working\s+(?:closely\s+)?(?:with|alongside)|"
    # (not "According to the document, Russia will ...": what a document lays down)
    r"According\s+to(?!\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:document|"
    r"agreements?|memorandum|treaty|deal|accord|protocol|contract|plan|statement|declaration|"
    r"text|terms|communiqu[ée])\b))\b[^,;]{0,220}?,\s*)+"
)


# a time the sentence gives its act that is not the meeting's, though no date ("Earlier this
# week, the United States announced ...", "last week", "recently"): no date rather than the
# meeting's
OTHER_TIME = re.compile(
    r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+this\s+week|[Ll]ast\s+(?:week|weekend)|[Rr]ecently|"
    r"[Pp]reviously|in\s+recent\s+(?:days|weeks|months)|over\s+the\s+(?:past|last)\s+(?:few\s+)?"
    r"(?:days|weeks|months)|"
    # a day told from another that could not be read ("The next day, ..." after two days)
    r"(?:[Tt]hat|[Ss]ame|[Nn]ext|[Ff]ollowing|[Pp]revious|[Pp]receding)\s+day|"
    r"days?\s+(?:later|earlier))\b"
)

# after a time: it names a thing ("last week's arrest", "Monday's attack"), not when the act was
POSSESSIVE = re.compile(r"['’]s\b")


def other_time(text: str) -> bool:
    """Whether the text tells a time of the act not read as a date (:data:`OTHER_TIME`), not a
    time that names a thing ("commended the arrest ... for last week's arrest")."""
    return any(POSSESSIVE.match(text, m.end()) is None for m in OTHER_TIME.finditer(text))


def intro_end(masked: str) -> int:
    """Where the subject of a sentence starts, after its introductory phrases (:data:`INTRO`)."""
    m = INTRO.match(masked)
    return m.end() if m else 0


# the events a reaction is about, dated after their noun: "condemned North Korea's launch of an
# ICBM on July 12" (the launch's date, not the condemnation's)
_OBJECT_EVENT_BEFORE = re.compile(
    r"\b(?:launch|launches|test|tests|attack|attacks|strike|strikes|coup|invasion|elections?|"
    r"bombing|shelling|incident|killing|killings|arrest|detention|seizure|shooting|explosion|"
    # "congratulated Widodo on Indonesia's assumption of the G20 Presidency on December 1"
    r"assumption|inauguration|accession)"
    r"(?:\s+(?:of|on|against)\s+(?:an?\s+|the\s+)?[\w§-]+(?:\s+[\w§-]+){0,3}?)?\s+(?:on|in)\s+$"
    # "congratulated President Lourenço on assuming the chairmanship of SADC in August": the
    # chairmanship's date, not the congratulation's (session 28, plans)
    r"|\b(?:on|upon|for)\s+(?:his\s+|her\s+|their\s+|its\s+|(?:§[SD]\d+§|[A-Z][\w.-]*)(?:['’]s)?\s+)?(?:assuming|taking\s+(?:over|up)|"
    r"becoming|joining|being\s+(?:re-?)?elected|winning)(?:\s+(?!and\s)[\w§.'’-]+){1,8}?"
    r"\s+(?:on|in)\s+$"
    # "thanked Saudi Arabia for hosting talks in Riyadh between U.S. and Russian delegations
    # on February 18": the talks' date (not across another act: "... and summoned ... on")
    # "thanked India for its assistance to Turkiye following the February 6 earthquakes"
    r"|\b(?:following|after|since)\s+the\s+$"
    # "in line with the trilateral statements of November 9, 2020": the document's date
    r"|\b(?:statements?|declarations?|agreements?|accords?|resolutions?|decisions?|decrees?|"
    r"memorand(?:um|a)|protocols?|communiqu[ée]s?)\s+(?:of|dated)\s+$"
    r"|\b(?:talks|meeting|summit|visit|negotiations|consultations|conference)"
    r"(?:\s+(?!and\s+\w+ed\b)[\w§.'’-]+){0,8}?\s+(?:on|in)\s+$"
)


def dates_object_event(text: str, at: int) -> bool:
    """Whether a date at ``at`` in ``text`` is the date of the event a reaction is about
    (:data:`_OBJECT_EVENT_BEFORE`), not the reaction's own; or names a thing ("the November 2008
    Mumbai attacks", "the 2016 arbitral ruling", "the 2015 agreement")."""
    if _OBJECT_EVENT_BEFORE.search(text, max(0, at - 80), at) is not None:
        return True
    return _DETERMINER_BEFORE.search(text, max(0, at - 8), at) is not None and (
        _NOUN_AFTER_DATE.match(text, at) is not None
    )


# an agreement or a truce, and the verbs that tell it was made, as a noun phrase names them ("the
# agreement reached in Vilnius", "the deal Egypt and Qatar struck", "the ceasefire announced by
# Israel")
AGREEMENT_NOUN = (
    r"(?:agreements?|deals?|arrangements?|accords?|understandings?|truce|ceasefire|cease-fire|"
    r"consensus|compromise|settlement|roadmap)"
)
# what an agreement is about, between its noun and a relative clause naming its parties ("the
# provisional arrangement on resupply missions to Second Thomas Shoal that Manila and Beijing
# reached")
AGREEMENT_TOPIC = r"\s+(?:on|for|over|regarding|concerning|covering)\s+[^,;.§]{1,80}?"
AGREED_PARTICIPLE = (
    r"(?:reached|struck|concluded|clinched|sealed|agreed|announced|declared|brokered|"
    r"hammered\s+out|worked\s+out)"
)
# "welcomed the measures announced by the Government of the ROK on March 6": a date of the act
# a participle after a reaction's object tells, not the reaction's
_PARTICIPLE_BEFORE = re.compile(
    r"\b(?:measures?|steps?|decisions?|sanctions|statements?|plans?|proposals?|initiatives?|"
    r"package|solution|policy|policies|actions?|announcement|moves?|resolutions?|reforms?)\s+"
    r"(?:announced|adopted|taken|made|issued|unveiled|introduced|released|launched|imposed|"
    r"approved|presented|published|proposed|put\s+forward)"
    r"(?:\s+by\s+(?:the\s+)?[\w§.'’-]+(?:\s+[\w§.'’-]+){0,6}?)?\s+(?:on|in)\s+$"
    # "welcomed the agreement reached in Vilnius on July 10", "the deal struck by Egypt and Qatar
    # last week", "the ceasefire announced by Israel on Sunday", "the arrangement that Manila and
    # Beijing reached on July 21": the date of the agreement or announcement, not of the welcome
    rf"|\b{AGREEMENT_NOUN}\s+(?:(?:that|which)\s+(?:was\s+|were\s+|had\s+been\s+)?)?"
    rf"(?:(?:[\w.'’-]+\s+){{1,8}}?(?:had\s+|have\s+|has\s+)?)?{AGREED_PARTICIPLE}"
    r"(?:\s+(?:on|to|with|between|by|at|in)\s+(?:the\s+)?[\w§.'’-]+(?:\s+[\w§.'’-]+){0,6}?)?"
    r"(?:,\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,2},)?\s+(?:(?:on|in)\s+)?$"
    # "welcomed the UN Security Council's adoption on Monday of Resolution 2735": the date of
    # the act its noun names (session 37)
    r"|['’]s?\s+(?:adoption|signing|approval|passage|ratification)\s+(?:on|in)\s+$"
)
# (a word of every participle _PARTICIPLE_BEFORE reads: a cheap test before it)
_K_PARTICIPLE = (
    "announced adopted taken made issued unveiled introduced released launched imposed approved "
    "presented published proposed forward reached struck concluded clinched sealed agreed "
    "declared brokered hammered worked adoption signing approval passage ratification"
).split()


def dates_participle_object(text: str, at: int) -> bool:
    """Whether a date at ``at`` in ``text`` ends a participle phrase after a noun
    (:data:`_PARTICIPLE_BEFORE`): the date of that act, not of the sentence's verb."""
    start = max(0, at - 90)
    window = text[start:at]
    if not any(word in window for word in _K_PARTICIPLE):
        return False
    return _PARTICIPLE_BEFORE.search(text, start, at) is not None


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$")
# a date and then the noun it modifies: "2016 arbitral ruling", "November 2008 Mumbai attacks"
_NOUN_AFTER_DATE = re.compile(
    r"(?:(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}|[A-Z][a-z]+\.?\s+\d{1,2})\s+"
    # "the October 7 terrorist attacks"
    r"(?!and\b|or\b|to\b|until\b|through\b|in\b|on\b|at\b)[A-Za-z]"
)


# "§S0§, §S1§" before ", and §S2§ signed ...": the start of a list with a serial comma, which
# ", and" goes on (not a second clause)
_LIST_BEFORE_AND = re.compile(
    r"(?:^|,\s*)(?:the\s+)?§[SDOPG]\d+§(?:\s*,\s*(?:the\s+)?§[SDOPG]\d+§)+$"
)


def serial_list_before(text: str) -> bool:
    """Whether ``text`` (up to a ", and") ends with the first items of a list of slots."""
    return _LIST_BEFORE_AND.search(text) is not None


# a relative clause set off by commas: ", which was signed in 2021", ", who took office in 2019"
RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*")


def in_relative_clause(text: str, at: int) -> bool:
    """Whether ``at`` in ``text`` is inside a relative clause (whose dates are not the act's)."""
    return ", wh" in text and any(m.start() <= at < m.end() for m in RELATIVE.finditer(text))


# Lists of parties, read alike by every rule: the masked sentence is rewritten once so that a
# list is "§S0§, §S1§ and §S2§" however it was written (``normalise_lists``).
_LIST_ITEM = r"(?:the\s+)?§[SODPGC]\d+§"
# the serial (Oxford) comma: "§S0§, §S1§, and §S2§" (two items or more before ", and"; a
# clause after one item, "aid to Syria, and Iran has sent ...", keeps its comma)
_SERIAL_COMMA = re.compile(
    rf"(?<![\w§])(?:the\s+)?(§[SODPGC]\d+§(?:\s*,\s*{_LIST_ITEM}){{1,{GROUP_MAX}}}),"
    rf"(?= and\s+{_LIST_ITEM})"
)
# "both §S0§ and §S1§": the pair
_BOTH = re.compile(rf"\b[Bb]oth (?={_LIST_ITEM}\s+and\s+{_LIST_ITEM})")
# "§S0§ as well as §S1§", "§S0§ and §S1§, as well as §S2§, signed ...": one more item
_AS_WELL_AS_ASIDE = re.compile(
    rf"(?<=§), as well as\s+({_LIST_ITEM}(?:(?:\s*,\s*|\s+and\s+){_LIST_ITEM}){{0,{GROUP_MAX}}}),"
    r"(?=\s+[a-z])"
)
_AS_WELL_AS = re.compile(rf"(?<=§),? as well as\s+(?={_LIST_ITEM})")
# a list set off by dashes or parentheses after the noun it names: "coastal West African states
# – §S0§, §S1§ and §S2§ –", "three coastal states (§S0§, §S1§ and §S2§)": the list stands for
# the noun ("Japan's partners (§S0§, §S1§ and §S2§)" are those three, not Japan)
_NOUN_LIST = rf"{_LIST_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_LIST_ITEM}){{1,{GROUP_MAX}}}"
_APPOSED_LIST = re.compile(
    r"(?<![\w§’'-])(?<!§\s)(?<!['’]s\s)(?:(?:[Tt]he|[Tt]heir|[Ii]ts|[Oo]ur|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|other|fellow|neighbou?ring|member|partner|[a-z]+al|[a-z]+ic|[A-Z][\w’'-]*|"
    # whose or of what they are: "§S0§'s partners (...)", "three §O0§ members – ... –"
    r"§[SDO]\d+§(?:['’]s?)?)\s+){0,5}"
    r"(?:states|countries|nations|neighbou?rs|partners|allies|governments|economies|leaders|"
    r"presidents|heads\s+of\s+state|ministers|members|member\s+states|republics|donors|sides)"
    rf"\s*(?:[–—]\s*(?P<d>{_NOUN_LIST})(?:\s*[–—]|(?=\s*[.;]?\s*$))|\((?P<p>{_NOUN_LIST})\))"
)
# (what every match of _APPOSED_LIST has: a bracket or dash, then two items; a scan for its
# first character, cheaper than trying _APPOSED_LIST's words at every position)
_APPOSED_HINT = re.compile(r"[(–—]\s*(?:the\s+)?§[SODPGC]\d+§(?:\s*,\s*|\s+and\s+)")
# a list's last item that is only the owner of what follows: "aid to §S0§, §S1§ and the §O2§'s
# programme", "§S0§, §S1§ and §S2§'s neighbours" (not "§S1§ and §S2§'s armed forces": theirs)
_OWNER_LAST = re.compile(
    r"(?<=§)(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+)(?=(?:the\s+)?§[SODGC]\d+§['’]s?\s+(?:[a-z-]+\s+)?"
    r"(?:programmes?|programs?|projects?|initiatives?|funds?|plans?|neighbou?rs|backers|allies|"
    r"partners|proxies|enemies|rivals|adversaries|critics|opponents|supporters|sponsors)\b)"
)


def normalise_lists(masked: str) -> tuple[str, list[str]]:
    """The masked sentence with its lists of slots written one way ("§S0§, §S1§ and §S2§"), and
    the slots after which a serial comma was dropped (whose text still has it).

    >>> normalise_lists("§S0§ gave §M1§ to §S2§, §S3§, and §S4§ to help.")
    ('§S0§ gave §M1§ to §S2§, §S3§ and §S4§ to help.', ['§S3§'])
    >>> normalise_lists("§S0§ gave aid to coastal states – §S1§, §S2§ and §S3§ – to help.")[0]
    '§S0§ gave aid to §S1§, §S2§ and §S3§ to help.'
    >>> normalise_lists("§S0§ and §S1§, as well as §S2§, signed it.")[0]
    '§S0§ and §S1§ and §S2§ signed it.'
    >>> normalise_lists("§S0§ condemned both §S1§ and §S2§.")[0]
    '§S0§ condemned §S1§ and §S2§.'
    """
    commas: list[str] = []
    if "§, and" in masked:

        def serial(m: re.Match[str]) -> str:
            commas.append(_SLOT_RE.findall(m.group(1))[-1])
            return m.group(0)[:-1]

        masked = _SERIAL_COMMA.sub(serial, masked)
    if "oth " in masked:
        masked = _BOTH.sub("", masked)
    if " as well as" in masked:
        masked = _AS_WELL_AS_ASIDE.sub(r" and \1", masked)
        masked = _AS_WELL_AS.sub(" and ", masked)
    if ("(" in masked or "–" in masked or "—" in masked) and _APPOSED_HINT.search(masked):
        masked = _APPOSED_LIST.sub(lambda m: m.group("d") or m.group("p"), masked)
    if "§'" in masked or "§’" in masked:
        masked = _OWNER_LAST.sub(" and also ", masked)
    return masked, commas


# an epithet a state is given as the one an act is aimed at or done for, passed over before its
# name ("to drought-hit Kenya", "to war-torn Ukraine", "to cyclone-ravaged Vanuatu", "to
# neighbouring Moldova"): a compound of a noun and a participle of harm, or a word of its lot
EPITHET = (
    r"(?:(?:[a-z]+-(?:hit|stricken|ravaged|torn|affected|battered|struck|wracked|racked|"
    r"devastated)|neighbou?ring|embattled|impoverished|besieged)\s+)"
)
STATES = group_of("SDG")
ORGS = group_of("O")
PARTIES = group_of("SDGO")
ACTORS = group_of("SOPG")
ANY = group_of("SODPGCL")
# "the Philippine Navy", "the Sudanese people": a demonym whose state's forces, government or
# people receive something stand for that state
STATE_BODY = (
    r"§D\d+§(?=\s+(?:Navy|Army|Air\s+Force|Coast\s+Guard|[Aa]rmed\s+[Ff]orces|[Mm]ilitary|"
    # ("the Mexican security forces")
    r"[Gg]overnment|people|[Aa]uthorities|(?:[Ss]ecurity\s+)?[Ff]orces|"
    # the style of the Vietnamese and Lao press: "the Lao Party, State and people", "the
    # Vietnamese Party and State" stand for the state
    r"Party,?\s+State\s+and\s+[Pp]eople|Party\s+and\s+State|State\s+and\s+[Pp]eople)\b)"
)

# recognising a party for what it did is praise, not recognition of a state: "recognized Norway
# for its leadership", "recognize the efforts of Qatar" (statements.py 051; events.py no 054)
RECOGNISED_FOR = (
    r"\s+(?:the\s+)?(?:§[SOPG]\d+§\s+for\s|(?:\w+\s+)?(?:efforts|role|work|contributions?|"
    r"leadership|commitment|support)\s+(?:of|by|played\s+by)\s)"
)
_SLOT_RE = re.compile(SLOT)
_GROUP_RE = re.compile(ANY)


def _any_word(*alternatives: str) -> re.Pattern[str]:
    r"""``\b(?:one|two|...)\b``, ignoring case. A lookahead for the alternatives' first letters
    lets a search pass over most words without trying every alternative at them.

    >>> _any_word("will", r"plans?\s+to", "(?-i:may)").pattern
    '\\b(?=[mpw])(?:will|plans?\\s+to|(?-i:may))\\b'
    """
    first = {alternative.removeprefix("(?-i:")[0] for alternative in alternatives}
    assert all(letter.isalpha() for letter in first), first
    return re.compile(
        rf"\b(?=[{''.join(sorted(first))}])(?:{'|'.join(alternatives)})\b", re.IGNORECASE
    )


NEGATION = _any_word(
    "not",
    "never",
    r"no\s+longer",
    "n['’]t",
    "neither",
    "nor",
    r"refused\s+to",
    r"failed\s+to",
    "without",
)
# a count of people before the party they belong to: "trained more than 30,000 Ukrainian
# soldiers", "thousands of Ukrainian troops" (the mask folds the noun into the demonym's slot;
# session 41c)
HEADCOUNT = (
    r"(?:(?:more\s+than|over|well\s+over|nearly|almost|about|around|some|up\s+to|at\s+least|"
    r"roughly|close\s+to)\s+)?(?:\d[\d,.]*(?:\s+(?:thousand|hundred))?|hundreds|thousands|"
    r"dozens|tens\s+of\s+thousands)\s+(?:of\s+)?"
)
# a ceasefire or truce as the thing agreed, reached or declared: "agreed on a complete
# ceasefire", "reached a humanitarian truce" (RETREAT 0871 when concluded; not "ceasefire
# talks", "a ceasefire agreement": a meeting, a document; not "agreed to discuss a ceasefire")
# (session 22)
CEASEFIRE = (
    r"(?:an?\s+|the\s+)?(?:(?:immediate|complete|full|humanitarian|temporary|permanent|"
    r"unconditional|comprehensive|lasting|durable|new|general|total|nationwide|mutual|"
    r"short-term|unilateral|bilateral|definitive|indefinite|partial|[\w]+-(?:hour|day|week))\s+"
    r"){0,2}(?:ceasefire|cease-fire|truce)\b"
    r"(?!\s+(?:talks|negotiations|proposals?|plan|agreements?|deal|mechanism|monitoring|line|"
    r"violations?)\b)"
)
CEASEFIRE_AGREED = re.compile(r"^\s*(?:(?:on|to|upon)\s+)?" + CEASEFIRE)


HYPOTHETICAL = _any_word(
    "could",
    "would",
    "might",
    "(?-i:may)",
    "if",
    "unless",
    "whether",
    "should",
    "possible",
    "possibly",
    "potential(?:ly)?",
    "consider(?:s|ed|ing)?",
    r"hope[sd]?\s+to",
    r"would\s+like",
)
FUTURE = _any_word(
    # the verb, not the noun: "the free will of the Brazilian people", "political will"
    r"will(?<!free\swill)(?<!good\swill)(?<!political\swill)(?<!the\swill)(?<!own\swill)"
    r"(?!\s+of\b)",
    "shall",
    r"plans?\s+to",
    r"planned\s+to",
    r"planning\s+to",
    r"intends?\s+to",
    r"intention\s+to",
    r"intent\s+to",
    r"is\s+to",
    r"are\s+to",
    r"expected\s+to",
    r"going\s+to",
    r"aims?\s+to",
    r"set\s+to",
    r"next\s+(?:week|month|year)",
    "upcoming",
    "forthcoming",
)


def first_words(pattern: str) -> frozenset[str] | None:
    """Every whole word a match of ``pattern`` can start with (lower case), so a sentence
    without any of them need not be scanned; None when they cannot be listed (a pattern that
    starts with ``\\w+``, or with more than a few hundred spellings).

    >>> sorted(first_words(r"recogni[sz]ed|(?:held|hold)\\s+joint"))
    ['held', 'hold', 'recognised', 'recognized']
    >>> sorted(first_words(r"warned|warns(?=\\s+§)|(?:has\\s+)?committed"))
    ['committed', 'has', 'warned', 'warns']
    >>> first_words(r"\\w+ly\\s+agreed") is None
    True
    """
    try:
        alt, end = _parse_alt(pattern, 0)
    except (IndexError, ValueError):
        return None
    if end != len(pattern):
        return None
    found = _expand_alt(alt, [], "")
    return None if found is None or "" in found else frozenset(w.lower() for w in found)


# A tiny parser for the regex subset the trigger patterns use: enough to list first words.
# An item is (atom, least, most); an atom is ("chars", letters), ("stop",) for what ends a
# word (space, punctuation), ("zero",) for what consumes nothing (\b, look-arounds), ("any",)
# for what may or may not be a letter (\w, ., [^...]), or ("group", alternatives).
_Item = tuple[tuple[object, ...], int, int]
_LIMIT = 300


def _parse_alt(p: str, i: int) -> tuple[list[list[_Item]], int]:
    alts: list[list[_Item]] = [[]]
    while i < len(p) and p[i] != ")":
        if p[i] == "|":
            alts.append([])
            i += 1
            continue
        atom, i = _parse_atom(p, i)
        least, most, i = _parse_quant(p, i)
        alts[-1].append((atom, least, most))
    return alts, i


def _parse_atom(p: str, i: int) -> tuple[tuple[object, ...], int]:
    c = p[i]
    if c == "(":
        zero = p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
        if p.startswith("(?P<", i):
            start = p.index(">", i) + 1
        elif p.startswith(("(?:", "(?=", "(?!"), i):
            start = i + 3
        elif p.startswith(("(?<=", "(?<!"), i):
            start = i + 4
        elif p.startswith("(?", i):
            raise ValueError("unsupported group")
        else:
            start = i + 1
        inner, j = _parse_alt(p, start)
        if j >= len(p) or p[j] != ")":
            raise ValueError("unbalanced group")
        return (("zero",) if zero else ("group", inner)), j + 1
    if c == "[":
        j = p.index("]", i + 2 if p[i + 1] == "^" else i + 1)
        body = p[i + 1 : j]
        if body.startswith("^") or "\\" in body or "-" in body.strip("-"):
            return ("any",), j + 1
        letters = [ch for ch in body if ch.isalpha()]
        if letters and len(letters) == len(body):
            return ("chars", tuple(letters)), j + 1
        return (("any",) if letters else ("stop",)), j + 1
    if c == "\\":
        e = p[i + 1]
        if e in "bBAZ":
            return ("zero",), i + 2
        if e in "sdDW" or not e.isalnum():
            return ("stop",), i + 2
        return ("any",), i + 2
    if c in "^$":
        return ("zero",), i + 1
    if c == ".":
        return ("any",), i + 1
    if c.isalpha():
        return ("chars", (c,)), i + 1
    return ("stop",), i + 1


def _parse_quant(p: str, i: int) -> tuple[int, int, int]:
    least, most = 1, 1
    if i < len(p) and p[i] in "?*+":
        least, most = {"?": (0, 1), "*": (0, 99), "+": (1, 99)}[p[i]]
        i += 1
    elif i < len(p) and p[i] == "{" and (m := re.match(r"\{(\d*)(?:,(\d*))?\}", p[i:])):
        least = int(m.group(1) or 0)
        most = least if m.group(2) is None and "," not in m.group(0) else int(m.group(2) or 99)
        i += m.end()
    if i < len(p) and p[i] == "?":  # lazy
        i += 1
    return least, most, i


def _expand_alt(alts: list[list[_Item]], rest: list[_Item], prefix: str) -> set[str] | None:
    out: set[str] = set()
    for seq in alts:
        found = _expand(seq + rest, prefix)
        if found is None or len(out | found) > _LIMIT:
            return None
        out |= found
    return out


def _expand(items: list[_Item], prefix: str) -> set[str] | None:
    if not items:
        return {prefix}
    (atom, least, most), rest = items[0], items[1:]
    kind = atom[0]
    found: set[str] | None
    if kind == "zero":
        return _expand(rest, prefix)
    if kind == "stop":
        if least == 0:
            skipped = _expand(rest, prefix)
            return None if skipped is None or not prefix else skipped | {prefix}
        return {prefix}
    if kind == "any" or most > 1:
        return None if not least == most == 0 else _expand(rest, prefix)
    out: set[str] = set()
    if least == 0:
        skipped = _expand(rest, prefix)
        if skipped is None:
            return None
        out |= skipped
    if kind == "chars":
        for ch in atom[1]:  # type: ignore[attr-defined]
            found = _expand(rest, prefix + str(ch))
            if found is None:
                return None
            out |= found
    else:
        found = _expand_alt(atom[1], rest, prefix)  # type: ignore[arg-type]
        if found is None:
            return None
        out |= found
    return None if len(out) > _LIMIT else out


def slots_in(text: str) -> list[str]:
    return _SLOT_RE.findall(text)


def groups(text: str) -> list[str]:
    return _GROUP_RE.findall(text)


def clause_before(masked: str, pos: int) -> str:
    """The clause that ends at ``pos``: back to the last ';', 'which', 'that' or 'who'."""
    head = masked[:pos]
    cut = max(head.rfind(";"), head.rfind(" which "), head.rfind(" that "), head.rfind(" who "))
    return head[cut + 1 :] if cut >= 0 else head


_CLAUSE_END = re.compile(r";|, which|, while|, and (?=[a-z]+ed\b)|\. ")


def clause_after(masked: str, pos: int) -> str:
    tail = masked[pos:]
    m = _CLAUSE_END.search(tail)
    return tail[: m.start()] if m else tail


# "The Treaty ... was also signed in their presence", "were signed in the presence of the two
# presidents": at the talks, the leaders who met looking on (not "in the presence of journalists",
# nor "... signed in their presence by the ministers": passive_signing)
SIGNED_IN_PRESENCE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?signed\s+in\s+(?:(?:their|the\s+"
    r"(?:two\s+|three\s+)?(?:leaders|presidents|heads\s+of\s+state|prime\s+ministers)['’])\s+"
    r"presence|the\s+presence\s+of\s+(?:the\s+)?(?:§P\d+§|(?:two\s+|three\s+)?(?:leaders|"
    r"presidents|heads\s+of\s+state|prime\s+ministers)\b))(?!\s+by\b)",
    re.IGNORECASE,
)


# -- the active reading of a passive with its agent ("X was praised by Y" -> "Y praised X") ----

# a participle of the passive and, for the irregular ones, its simple past ("was given by" ->
# "gave"); regular participles in -ed are their own simple past
# ("was met by" is not rewritten: events.py reads it, persons only, not "was met at the airport
# by", "was met by X with scepticism")
_IRREGULAR_PAST = {
    "sent": "sent",
    "given": "gave",
    "hit": "hit",
    "struck": "struck",
    "told": "told",
    "shown": "showed",
    "lent": "lent",
    "sold": "sold",
    "brought": "brought",
    "forgiven": "forgave",
    "taken": "took",
    "shot": "shot",
    "seized": "seized",
    "overrun": "overran",
}
# verbs of a topic, of telling and seeing whose passive agent is no party to an act ("was
# quoted by TASS as saying", "was described by Blinken as ...", "was reported by Reuters"), and
# verbs of being moved or affected ("was surprised by", "was accompanied by": an office, not an act)
_NO_ACT_PARTICIPLE = frozenset(
    {
        # (a topic: "The invitation was discussed by the ministers")
        "discussed",
        "considered",
        "raised",
        "mentioned",
        "addressed",
        "examined",
        "reviewed",
        "quoted",
        "cited",
        "reported",
        "described",
        "named",
        "labelled",
        "labeled",
        "branded",
        "dubbed",
        "characterised",
        "characterized",
        "surprised",
        "shocked",
        "affected",
        "impacted",
        "followed",
        "accompanied",
        "joined",
        "led",
        "headed",
        "chaired",
        "moderated",
        "attended",
        "represented",
        "elected",
        "appointed",
        "nominated",
        "founded",
        "established",
        "created",
        "replaced",
        "succeeded",
        "preceded",
        "signed",
        "adopted",
        "ratified",
        "approved",
        "endorsed",
        "issued",
        "released",
        "published",
        "organised",
        "organized",
        "co-organised",
        "co-organized",
        "sponsored",
        "co-sponsored",
        "funded",
        "financed",
        "owned",
        "operated",
        "controlled",
        "held",
        "used",
        "seen",
        "observed",
        "monitored",
        "recorded",
        "confirmed",
        "announced",
        "proposed",
        "drafted",
        "prepared",
        "presented",
        "submitted",
        "tabled",
        "introduced",
        "based",
        "caused",
        "killed",
        "wounded",
        "injured",
        "arrested",
        "detained",
    }
)
# the adverbs and asides a passive takes between its auxiliary and its participle
_PASSIVE_ADVERBS = (
    r"(?:\s+(?:[a-z]+ly|also|again|in\s+turn|then|now|later|once|twice|first|even|jointly|"
    r"publicly|already))*"
)
_AGENT = (
    rf"(?P<agent>(?:the\s+)?(?:{ACTORS}|§D\d+§\s+(?:officials|government|authorities|leaders|"
    r"leadership|diplomats|ministry|foreign\s+ministry|forces|troops|military|army|navy|missiles|"
    r"drones|rockets|warplanes|jets|artillery|delegation))(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?"
    rf"(?:{ACTORS}))*)(?!['’]|\s+§|\s+[a-z]+\s+§)"
)
# "X was praised by Y ...", "X has been sent ... by Y": the auxiliary, the participle, what
# stands between it and "by" (a recipient, a date, a place; no clause), the agent
_AGENT_PASSIVE = re.compile(
    r"\b(?P<aux>was|were|has\s+been|have\s+been|had\s+been)"
    rf"{_PASSIVE_ADVERBS}\s+(?P<v>[a-z]+ed|{'|'.join(_IRREGULAR_PAST)})\b"
    r"(?P<mid>(?:(?!\bby\b)[^,;:.\"“”()§]|§[A-Z]\d+§){0,80}?|,\s+(?:on\s+[A-Z][a-z]+|today|"
    rf"yesterday),)\s+by\s+{_AGENT}"
)
# "Russia was hit with new U.S. sanctions", "Belarus was targeted by fresh EU sanctions": a
# measure whose owner (a state's slot or its demonym) imposed it on the subject
_HIT_WITH = re.compile(
    r"\b(?P<aux>was|were|has\s+been|have\s+been|had\s+been)"
    rf"{_PASSIVE_ADVERBS}\s+(?:hit|slapped|targeted|struck)\s+(?:with|by)\s+(?:an?\s+)?"
    r"(?P<adj>(?:(?:new|fresh|further|additional|more|tougher|sweeping|wide-ranging|"
    r"punitive|sectoral|retaliatory|first|latest|another)\s+)*)"
    r"(?P<agent>§[SDO]\d+§)\s+(?P<noun>(?:[a-z-]+\s+){0,2}?(?:sanctions|tariffs|export\s+"
    r"controls|travel\s+bans|penalties|restrictions|embargo))\b"
)
# "was called by X on Monday" is a call; "was called a threat by X" a name
_CALL_MID = re.compile(r"(?:\s+(?:on\s+[A-Z][a-z]+|today|yesterday|[a-z]+ly))*")
# a conjunction that opens the clause before its subject ("If Belarus were condemned by ...")
_SUBORDINATE = re.compile(
    r"(?:If|Unless|When|Whether|Although|Though|While|Because|As|After|Before|Once|Until|Since)\s+"
)
# a subject's first word that is no name ("Tents and medicine were sent ...", "The plan")
_COMMON_OPENING = re.compile(
    r"(?:The|A|An|Some|Several|Many|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|"
    r"Thousands|More|New|Fresh|Further|Additional|Humanitarian|Food|Military|Medical|Emergency|"
    r"Relief|Aid|Tents|Medicine|Medicines|Supplies|Weapons|Arms|Ammunition|Funds|Assistance|"
    r"Its|His|Her|Their|This|These|That|Those)\b"
)
# a participle between the passive's and "by", whose agent that is ("was reached after talks
# hosted by Erdogan")
_OTHER_PARTICIPLE = re.compile(rf"\b(?:[a-z]+ed|{'|'.join(_IRREGULAR_PAST)})\b")
# a second verb phrase after the agent, of the passive's subject
_SECOND_VERB = re.compile(
    r",?\s+(?:and|but|then)\s+(?:then\s+|later\s+|also\s+)?(?!(?:the|a|an|its|his|her|their|"
    r"other|to|in|on|at|for|with|of|by|from|over|against)\b)[a-z]+\b"
)
_PRONOUN = re.compile(r"(?i:it|he|she|they|we|i|you)")
# a subject with a relative clause set off before the passive's auxiliary
_SUBJECT_ASIDE = re.compile(r"([^,;]+),\s+(?:which|who)\s[^;]+,")
# what a subject does not span: a clause before it, another agent
_CLAUSE_IN_SUBJECT = re.compile(
    r"[;:]|\bby\b|,\s+(?:where|when|which|who|whom|whose|after|as|while|before|because|since|"
    r"and|but|so|then|although|though)\b|"
    # a clause told before it: "Kagame said he did not tell Tshisekedi that the rebels were
    # backed by Kigali" (no subject "he did not tell Tshisekedi that the rebels"; session 27)
    r"\b(?:that|not|never)\b"
)
# a subject of people only ("Scholz was welcomed by Xi"): the one welcomed is received, a guest
_PEOPLE_ONLY = re.compile(rf"(?:the\s+)?{group_of('P')}")
# the start of the subject: after a verb of saying that reports the clause ("Officials said
# Belarus had been condemned by Poland")
_REPORTED_START = re.compile(
    r"\b(?:said|says|stated|announced|reported|added|confirmed|noted)\s+(?:that\s+)?"
)
# a relative clause on its antecedent ("Iran, which was sanctioned by ...")
_RELATIVE_ANTECEDENT = re.compile(
    rf"(?P<ante>(?:the\s+)?{ANY}(?:['’]s\s+[\w-]+)?),\s+(?:which|who)\s+$"
)


def _active_verb(aux: str, verb: str, plural: bool) -> str:
    """The verb of the active clause: the simple past for "was"/"were", the perfect kept ("has
    been praised" -> "has praised")."""
    if aux.startswith(("was", "were")):
        return _IRREGULAR_PAST.get(verb, verb)
    if aux.startswith("had"):
        return f"had {verb}"
    return f"{'have' if plural else 'has'} {verb}"


# people held, whose passive the arrests' own rules read when the agent follows them; joined to
# another participle before the agent, the joined reading tells the arrest
_HELD_PARTICIPLE = frozenset({"arrested", "detained"})
# two participles of one passive joined before its agent: "were arrested on July 10 and accused"
_JOINED_PARTICIPLE = re.compile(
    r"(?P<pre>(?:(?!\b(?:and|but|or|was|were|which|who|not|never)\b)[^§]|§[A-Z]\d+§){0,40}?)"
    r"\s+and\s+(?:later\s+|then\s+|also\s+|subsequently\s+)?(?P<v2>[a-z]+ed)"
)


def _joined_passive(masked: str, m: re.Match[str], joined: re.Match[str]) -> list[str]:
    """The two active clauses of a passive whose two participles share the agent, for a subject
    that opens the sentence ("§S0§ were arrested on July 10 and accused by §S1§ of spying." ->
    "§S1§ accused §S0§ of spying." and "§S1§ arrested §S0§ on July 10."); none otherwise."""
    start = intro_end(masked)
    subject = masked[start : m.start()].rstrip()
    if (
        not subject
        or len(subject) > 80
        or _CLAUSE_IN_SUBJECT.search(subject)
        or _PRONOUN.fullmatch(subject)
        or not m.group("aux").startswith(("was", "were"))
    ):
        return []
    if _COMMON_OPENING.match(subject):
        subject = subject[:1].lower() + subject[1:]
    agent, prefix = m.group("agent"), masked[:start]
    rest = masked[m.end() :]
    if (second := _SECOND_VERB.search(rest)) is not None:
        rest = rest[: second.start()] + "."
    first = _IRREGULAR_PAST.get(m.group("v"), m.group("v"))
    clauses = [
        f"{agent} {joined.group('v2')} {subject}{rest}",
        f"{agent} {first} {subject}{joined.group('pre')}.",
    ]
    if not prefix or prefix.endswith((". ", "\n")):
        clauses = [c[:1].upper() + c[1:] for c in clauses]
    return [f"{prefix}{c}" for c in clauses]


def active_voice(masked: str) -> list[str]:
    """The active readings of the masked sentence's passives with an agent, for the rules that
    read acts in the active voice: the sentence with its main clause rewritten ("On Monday,
    §S0§ was praised by §S1§ for ..." -> "On Monday, §S1§ praised §S0§ for ..."), or, for a
    passive in a relative clause, that clause alone ("§S0§, which was sanctioned by §S1§ on
    Monday, denied ..." -> "§S1§ sanctioned §S0§ on Monday."). Not passives negated or after a
    modal ("was not invited by", "could be sanctioned by": no "be" is matched), nor those of
    verbs of telling, affecting, leading or making a thing (:data:`_NO_ACT_PARTICIPLE`).

    >>> active_voice("§S0§ was sanctioned by the §S1§ on Monday over its drones.")
    ['The §S1§ sanctioned §S0§ on Monday over its drones.']
    >>> active_voice("§M0§ in aid was sent to §S1§ by §S2§.")
    ['§S2§ sent §M0§ in aid to §S1§.']
    >>> active_voice("The minister was received by §P0§ and held talks with §P1§.")
    ['§P0§ received the minister.']
    >>> active_voice("§S0§ was hit with new §S1§ sanctions on Friday.")
    ['§S1§ imposed new sanctions on §S0§ on Friday.']
    >>> active_voice("§S0§ was slapped with fresh §D1§ sanctions.")
    ['§S1§ imposed fresh sanctions on §S0§.']
    >>> active_voice("§P0§, who was praised by §P1§ for his plan, arrived in §C2§.")
    ['§P1§ praised §P0§ for his plan.']
    """
    out: list[str] = []
    for pattern in (_AGENT_PASSIVE, _HIT_WITH):
        for m in pattern.finditer(masked):
            joined = (
                _JOINED_PARTICIPLE.fullmatch(m.group("mid")) if pattern is _AGENT_PASSIVE else None
            )
            if joined is not None and {m.group("v"), joined.group("v2")}.isdisjoint(
                _NO_ACT_PARTICIPLE - _HELD_PARTICIPLE
            ):
                # "were arrested on July 10 and accused by X of ...": both verbs are the agent's
                # (session 26)
                out.extend(_joined_passive(masked, m, joined))
                continue
            if pattern is _AGENT_PASSIVE and (
                m.group("v") in _NO_ACT_PARTICIPLE
                or (m.group("v") == "called" and not _CALL_MID.fullmatch(m.group("mid")))
            ):
                continue
            if pattern is _AGENT_PASSIVE and _OTHER_PARTICIPLE.search(m.group("mid")):
                continue  # "was reached at a meeting facilitated by X": X's is the other verb
            head = masked[: m.start()]
            agent = m.group("agent")
            plural = " and " in agent or ", " in agent
            relative = _RELATIVE_ANTECEDENT.search(head)
            if relative is not None:
                subject, start, prefix = relative.group("ante"), relative.start(), ""
                rest = re.split(r"[,;]", masked[m.end() :], maxsplit=1)[0].rstrip(" .") + "."
            else:
                start = intro_end(masked)
                said = [r.end() for r in _REPORTED_START.finditer(head, start)]
                if said:
                    start = said[-1]
                if (opening := _SUBORDINATE.match(masked, start)) is not None:
                    start = opening.end()
                subject = head[start:].rstrip()
                if (aside := _SUBJECT_ASIDE.fullmatch(subject)) is not None:
                    subject = aside.group(1)  # ("Ukraine, which has been fighting since ..., was")
                prefix = masked[:start]
                rest = masked[m.end() :]
                if (second := _SECOND_VERB.search(rest)) is not None:
                    # "the Minister was received by King Tupou VI and held talks with ...": the
                    # second verb is the subject's, not the agent's (left out)
                    rest = rest[: second.start()] + "."
            if (
                not subject
                or len(subject) > 160
                or _CLAUSE_IN_SUBJECT.search(subject)
                or _PRONOUN.fullmatch(subject)
            ):
                continue  # ("X arrived in Tajikistan, where he was welcomed by ..."; "China said
                # it was sanctioned by ...": an object pronoun is read as no one)
            if _COMMON_OPENING.match(subject):
                subject = subject[:1].lower() + subject[1:]  # ("Tents and medicine were sent")
            if pattern is _HIT_WITH:
                if agent.startswith("§D"):
                    # "new British sanctions": the state, under a slot of a state's code with the
                    # demonym's number (the reader of the reading adds it: facts.py)
                    agent = "§S" + agent[2:]
                clause = f"{agent} imposed {m.group('adj')}{m.group('noun')} on {subject}"
            else:
                verb = m.group("v")
                if verb == "welcomed" and _PEOPLE_ONLY.fullmatch(subject):
                    verb = "received"  # (not a welcome of what they did: 051)
                verb = _active_verb(m.group("aux"), verb, plural)
                mid = m.group("mid").rstrip(",")
                clause = f"{agent} {verb} {subject}{mid}"
            if not prefix or prefix.endswith((". ", "\n")):
                clause = clause[:1].upper() + clause[1:]
            out.append(f"{prefix}{clause}{rest}")
    return out


# the parties a sentence opens with: "§S0§", "The §S0§ and §S1§", "§P0§, §P1§ and §P2§"
_OPENING_PARTIES = (
    r"(?:[Tt]he\s+)?§[SDGOP]\d+§(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?§[SDGOP]\d+§){0,5}"
)
_OPENING_PARTIES_RE = re.compile(_OPENING_PARTIES)
# an aside between the subject and its verb that names neither who acts nor whom: what the
# subject was doing ("Raisi, visiting Caracas on Monday, signed ..."), how or where it spoke
# ("Japan, in a statement, condemned ...", "Erdogan, speaking in Ankara, accused ..."), a
# connective ("Egypt, for its part, urged ...")
_SUBJECT_THEN_ASIDE = re.compile(
    rf"(?P<s>{_OPENING_PARTIES}),\s+"
    r"(?:(?:visiting|speaking|addressing|attending|arriving\s+in|travelling\s+in|traveling\s+in|"
    r"writing|responding|reacting|commenting|wrapping\s+up|concluding|opening|closing|hosting|"
    r"chairing|touring|meeting)\b[^,;:()\"“”]{1,80}|"
    # a body's founding told in passing: "§O0§, founded in 1986 to coordinate drought control,
    # groups ..." (session 26)
    r"(?:founded|established|created|formed|set\s+up|launched|headquartered|based)\s+"
    r"(?:in|on|at|by)\b[^,;:()\"“”]{1,80}|"
    r"(?:in|on|at|during|after|for)\s+(?:a|an|the|his|her|its|their)\s+[^,;:§()\"“”]{1,50}|"
    r"meanwhile|however|too|also|in\s+turn|in\s+response|for\s+(?:its|his|her|their)\s+part|"
    r"in\s+§[CL]\d+§|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    # a relative clause, a party set against the subject: their parties are not the subject's
    # ("which share a 1,400-km border": a figure's thousands comma is no clause's end)
    # ("of which §S2§ is a founding member", "whose members include §S1§": session 42)
    r"(?:who|which|whose|(?:of|in|to|among)\s+which)\s+(?:[^,;:()\"“”]|(?<=\d),(?=\d{3}\b)){1,80}|"
    r"unlike\s+(?:the\s+)?§[SDGOP]\d+§|"
    # an apposition of what the subject is to a body: "the chairperson of the §O1§", "the
    # current chair of §O1§", "a close ally of §S1§" (session 25)
    r"(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:of|to|for)\s+(?:the\s+)?§[SDGO]\d+§|"
    # what the subject is, naming no other party: "one of the poorest countries in the
    # Americas", "a landlocked nation of 12 million", "the world's largest cobalt producer"
    # (session 30)
    # ("long one of §S1§'s largest aid donors": another state's, by its possessive)
    r"(?:(?:long|once|now)\s+)?(?:one\s+of\s+)?(?:the\s+)?§[SD]\d+§['’]s?\s+[a-z][^,;:§()\"“”]{2,60}|"
    r"(?:one\s+of\s+the|the|a|an)\s+(?:world['’]s\s+)?[a-z][^,;:§()\"“”]{2,70}"
    r"(?:(?<=\d),\d{3}[^,;:§()\"“”]{0,40})?|"
    # an office apposed without an article: "§P0§, chairman of the Joint Chiefs of Staff,
    # held a call with ..." (session 37, meetings)
    r"(?:(?:deputy|vice|acting)\s+)?(?:chair(?:man|woman|person)?|head|chief|director|commander|"
    r"secretary|minister|spokes(?:man|woman|person)|envoy|governor)(?:[- ]general)?\s+"
    r"(?:of|for|to)\s+(?:[^,;:§()\"“”]|§[SOL]\d+§){2,70})"
    r",\s+(?=[a-z])(?!and\b|or\b|but\b|as\b|which\b|who\b)|"
    # (a date at the aside's end is masked with the comma after it: "visiting §C1§ signed")
    rf"(?P<s2>{_OPENING_PARTIES}),\s+(?:visiting|touring|speaking\s+in|arriving\s+in|"
    # ("who travelled with §P1§ signed": the one party of a relative clause, after its preposition)
    r"(?:who|which)\s+[^,;:()\"“”§]{0,60}?\b(?:with|to|by|from|in|for|on|at|met|visited))\s+"
    r"(?:the\s+)?§[A-Z]\d+§\s+(?=[a-z])(?!and\b|or\b)"
)
# officeholders named by a plural title and their states: "The Presidents of §S0§, §P1§, and of
# §S2§, §P3§ held talks" (session 37, meetings)
_PLURAL_TITLE_OF = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Za-z]+\s+){0,2}?[A-Za-z]+s\s+of\s+(?:the\s+)?§S\d+§,\s+(?P<a>§P\d+§),?\s+"
    r"and\s+of\s+(?:the\s+)?§S\d+§,\s+(?P<b>§P\d+§),?\s+(?=[a-z])"
)
# a companion told apart from the subject: "Qatar, along with Egypt, mediated ...", "Together
# with Japan, Australia urged ..."
_SUBJECT_ALONG_WITH = re.compile(
    rf"(?P<s>{_OPENING_PARTIES}),\s+(?:along|together)\s+with\s+(?P<c>{_OPENING_PARTIES}),\s+"
    r"(?=[a-z])"
)
_ALONG_WITH_SUBJECT = re.compile(
    rf"(?:[Aa]long|[Tt]ogether)\s+with\s+(?P<c>{_OPENING_PARTIES}),\s+(?P<s>{_OPENING_PARTIES})\s+"
    r"(?=[a-z])"
)


def opening_parties(masked: str) -> str:
    """The parties a masked sentence opens with, after its introduction ("" if none)."""
    m = _OPENING_PARTIES_RE.match(masked, intro_end(masked))
    return m.group(0) if m else ""


def aside_reading(masked: str) -> str | None:
    """The masked sentence without an aside between the parties it opens with and their verb,
    or with a companion set apart from them joined to them, for the rules that read a subject
    next to its verb; None when it has neither.

    >>> aside_reading("§P0§, visiting §C1§ on Monday, signed agreements with §S2§.")
    '§P0§ signed agreements with §S2§.'
    >>> aside_reading("On Friday, §S0§, in a statement, condemned the attack.")
    'On Friday, §S0§ condemned the attack.'
    >>> aside_reading("§S0§, along with §S1§, mediated talks between §S2§ and §O3§.")
    '§S0§ and §S1§ mediated talks between §S2§ and §O3§.'
    >>> aside_reading("Together with §S0§, §S1§ urged §S2§ to stop.")
    '§S1§ and §S0§ urged §S2§ to stop.'
    >>> aside_reading("§P0§, visiting §C1§ signed it.")
    '§P0§ signed it.'
    >>> aside_reading("§P0§, visiting §C1§ and §S2§ signed it.") is None
    True
    >>> aside_reading("§P0§, who visited §C1§, signed it.")
    '§P0§ signed it.'
    >>> aside_reading("§P0§, who travelled with §P1§ signed it.")
    '§P0§ signed it.'
    >>> aside_reading("§S0§, which §S1§ invaded in 2022 said it.") is None
    True
    >>> aside_reading("§P0§, the chairperson of the §O1§, met §P2§ in Sochi.")
    '§P0§ met §P2§ in Sochi.'
    >>> aside_reading("§O0§, founded in 1986 to fight drought, groups §S1§ and §S2§.")
    '§O0§ groups §S1§ and §S2§.'
    >>> aside_reading("The Presidents of §S0§, §P1§, and of §S2§, §P3§ held talks in §C4§.")
    '§P1§ and §P3§ held talks in §C4§.'
    """
    if ", " not in masked:
        return None
    start = intro_end(masked)
    if " of " in masked and (m := _PLURAL_TITLE_OF.match(masked, start)) is not None:
        return f"{masked[:start]}{m.group('a')} and {m.group('b')} {masked[m.end() :]}"
    m = _ALONG_WITH_SUBJECT.match(masked, start)
    if m is not None:
        return f"{masked[:start]}{m.group('s')} and {m.group('c')} {masked[m.end() :]}"
    m = _SUBJECT_ALONG_WITH.match(masked, start)
    if m is not None:
        return f"{masked[:start]}{m.group('s')} and {m.group('c')} {masked[m.end() :]}"
    m = _SUBJECT_THEN_ASIDE.match(masked, start)
    if m is not None:
        return f"{masked[:start]}{m.group('s') or m.group('s2')} {masked[m.end() :]}"
    return None


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
# a time told between a subject and its verb or inside a verb's phrase: "on Monday", "late on
# Tuesday", "this afternoon", "earlier this week", "on 12 March", "on March 12" (its date is the
# sentence's already: :class:`Analysis` finds it in the text)
_TIME_PHRASE = (
    rf"(?:(?:late|early|earlier|later)\s+)?on\s+{_WEEKDAY}(?:\s+{_PART_OF_DAY})?|"
    rf"(?:this|last|that|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    rf"{_PART_OF_DAY}|(?:earlier|later)\s+(?:today|this\s+(?:week|month)|in\s+the\s+day)|"
    r"on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2}(?!\d)"
)
# an adverb between a subject and its verb that neither hedges nor negates the act: "later",
# "also", "formally", "on Monday" (not "reportedly", "allegedly", "nearly", "only": they change
# what is told; nor a verb or adjective that ends in -ly: "rely", "friendly")
_NOT_ADVERBS = (
    r"(?!(?:only|reportedly|allegedly|purportedly|supposedly|apparently|possibly|probably|likely|"
    r"unlikely|nearly|hardly|barely|scarcely|rarely|seldom|partly|early|family|daily|weekly|"
    r"monthly|yearly|fly|rely|apply|supply|reply|comply|imply|ally|rally|tally|multiply|holy|"
    r"friendly|costly|elderly|lonely|lovely|orderly|timely|deadly|ugly|silly|belly|jelly|"
    r"conditionally|provisionally|tentatively|theoretically|hypothetically|ostensibly)\b)"
)
_ADVERB = (
    rf"(?:also|later|then|again|once\s+again|earlier|subsequently|today|yesterday|tonight|"
    rf"recently|previously|already|first|{_NOT_ADVERBS}[a-z]{{2,}}ly|{_TIME_PHRASE})"
)
_ADVERBS_AFTER_SUBJECT = re.compile(
    rf"(?P<s>{_OPENING_PARTIES})\s+{_ADVERB}(?:,?\s+(?:and\s+)?{_ADVERB})*\s+(?=[a-z])"
)
# an organisation's summit as the actor of a decision: "The ECOWAS summit in Abuja decided to
# lift sanctions on Guinea", "The extraordinary AU summit on Sunday suspended Niger" (the
# organisation acts; session 29, gatherings); only before the verbs of its acts, never "was
# held", "ended", "was attended by"
_SUMMIT_SUBJECT = re.compile(
    r"(?:[Tt]he\s+|[Tt]his\s+(?:week|month|year)['’]s\s+|[Ll]ast\s+(?:week|month|year)['’]s\s+)?"
    r"(?:(?:annual|extraordinary|emergency|ordinary|special|regular|\d+(?:st|nd|rd|th))\s+)*"
    r"(?P<o>§O\d+§)\s+(?:(?:annual|extraordinary|emergency|special)\s+)?"
    r"(?:[Ss]ummit|[Ll]eaders['’]?\s+[Ss]ummit|[Hh]eads\s+of\s+[Ss]tate\s+[Ss]ummit)"
    r"(?:\s+in\s+§C\d+§)?(?:\s+(?:on|last)\s+[A-Z][a-z]+)?,?\s+"
    r"(?=(?:(?:also|formally|unanimously|finally|subsequently)\s+)?(?:decided|agreed|resolved|"
    r"voted|lifted|imposed|suspended|reinstated|readmitted|admitted|called|urged|condemned|"
    r"demanded|approved|adopted|welcomed|endorsed|expelled|appealed|asked|ordered|rejected|"
    r"threatened|recognised|recognized|backed|denounced|extended|granted|pledged)\b)"
)


# a summit told at its close with the document it adopted: "The summit of the §O0§ ended in §C1§
# on Thursday with the adoption of the §C2§ Declaration" (session 30)
# ("The seventh summit of the §O0§ (CELAC) closed ...", "The 48th §O0§ (CFM) of the §O1§
# concluded ... with the adoption of ...": a council's session of the organisation, session 41)
_SUMMIT_CLOSED_WITH = re.compile(
    r"(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?(?:(?P<o>§O\d+§)\s+(?:[\w-]+\s+){0,3}?[Ss]ummit|"
    r"(?:[Ss]ummit|[Ss]ession|§O\d+§(?:\s+\([A-Z][A-Za-z]{1,9}\))?)\s+of\s+(?:the\s+)?"
    r"(?P<o2>§O\d+§)(?:\s+\([A-Z][A-Za-z]{1,9}\))?)(?:\s+in\s+§C\d+§)?\s+"
    r"(?:ended|closed|concluded)"
    r"(?:\s+(?:in|on|at)\s+(?:§C\d+§|[A-Z][a-z]+day)|\s+today|\s+yesterday)*\s+with\s+the\s+"
    r"adoption\s+of\s+(?=(?:the|a|an)\s)"
)


def summit_reading(masked: str) -> str | None:
    """The masked sentence with an organisation's summit as its subject read as the
    organisation itself, for the rules that read an organisation's acts; None when it has none.

    >>> summit_reading("§O0§ summit in §C1§ decided to lift sanctions on §S2§.")
    '§O0§ decided to lift sanctions on §S2§.'
    >>> summit_reading("On Sunday, the extraordinary §O0§ summit suspended §S1§.")
    'On Sunday, §O0§ suspended §S1§.'
    >>> summit_reading("The §O0§ summit in §C1§ was attended by §P2§.") is None
    True
    """
    start = intro_end(masked)
    m = _SUMMIT_SUBJECT.match(masked, start)
    if m is None:
        closed = _SUMMIT_CLOSED_WITH.match(masked, start)
        if closed is None:
            return None
        # "The SCO summit ended in Astana with the adoption of the Astana Declaration": the
        # organisation adopted it (session 30)
        org = closed.group("o") or closed.group("o2")
        return f"{masked[:start]}{org} adopted {masked[closed.end() :]}"
    return f"{masked[:start]}{m.group('o')} {masked[m.end() :]}"


# a time inside a verb's phrase, before the party it is done with: "received a telephone call
# this afternoon from §P1§", "spoke by phone on Tuesday with §P1§"
_TIME_BEFORE_PARTY = re.compile(
    rf"(?<=[a-z])\s+(?:{_TIME_PHRASE})(?=\s+(?:from|with|to|by)\s+(?:the\s+)?§[SDGOP]\d+§|"
    # ... or before what a verb agrees to: "agreed on Friday to a ceasefire" (session 29)
    r"\s+to\s+[a-z])"
)


# a time between a relative pronoun and its verb: "§S0§, which last year signed a memorandum
# with §S1§, ..." is read as "§S0§, which signed a memorandum with §S1§ last year, ..." (the time
# kept, at the end of its clause; session 35)
_TIME_AFTER_WHICH = re.compile(
    r"(,\s(?:which|who))\s+(?P<t>last\s+(?:year|month|week)|earlier\s+this\s+(?:year|month|week)|"
    r"in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?(?:19|20)\d\d|in\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))\s+(?P<c>[a-z][^,;]*?)(?=\s*(?:[,;]|$))"
)


def adverb_reading(masked: str) -> str | None:
    """The masked sentence without the adverbs and times between its subject and verb, and
    without a time between a verb's phrase and the party it is done with, for the rules that
    read a subject next to its verb and a verb next to its party; None when it has neither.

    >>> adverb_reading("§P0§ later spoke by telephone with §P1§.")
    '§P0§ spoke by telephone with §P1§.'
    >>> adverb_reading("§P0§ and §P1§ on Monday witnessed the signing of agreements.")
    '§P0§ and §P1§ witnessed the signing of agreements.'
    >>> adverb_reading("§P0§ received a telephone call this afternoon from §P1§.")
    '§P0§ received a telephone call from §P1§.'
    >>> adverb_reading("On Friday, §S0§ formally and unanimously approved it.")
    'On Friday, §S0§ approved it.'
    >>> adverb_reading("§S0§ and §S1§ agreed on Friday to a ceasefire.")
    '§S0§ and §S1§ agreed to a ceasefire.'
    >>> adverb_reading("§S0§ reportedly met §S1§.") is None
    True
    >>> adverb_reading("§S0§ and §S1§ met on Monday.") is None
    True
    """
    start = intro_end(masked)
    out = masked
    m = _ADVERBS_AFTER_SUBJECT.match(masked, start)
    if m is not None:
        out = f"{masked[: m.end('s')]} {masked[m.end() :]}"
    out = _TIME_BEFORE_PARTY.sub("", out)
    if "which " in out or "who " in out:
        out = _TIME_AFTER_WHICH.sub(r"\1 \g<c> \g<t>", out)
    return out if out != masked else None


# a speaker telling its own act: "§S0§ said it had signed an agreement with §S1§", "§P0§ said on
# Friday that he had agreed with §P1§ to ..." (ANNOTATION.md §6: a party reporting its own act
# is the act); done acts only (a plan, "said it would ...", is read as said already)
_SAID_OWN_ACT = re.compile(
    # ("§P0§ also announced that she had invited §P1§ ...")
    rf"(?P<s>{_OPENING_PARTIES})\s+(?:(?:also|later|further)\s+)?(?:(?:has|had)\s+)?"
    r"(?:said|says|announced|confirmed|stated|"
    rf"told\s+reporters|told\s+journalists)(?:\s+(?:{_TIME_PHRASE}|today|yesterday))?,?\s+"
    r"(?:that\s+)?(?P<p>it|he|she|they)\s+(?=(?:had|has|have)\s+(?:also\s+|already\s+|now\s+)?"
    r"[a-z]+(?:ed|ught|ung|ent|ade|een|un)\b|[a-z]+ed\b)"
)


def said_own_act_reading(masked: str) -> str | None:
    """The masked sentence with the speaker it opens with as the subject of the act it says it
    did ("§S0§ said it had signed a pact with §S1§" read as "§S0§ had signed a pact with §S1§");
    None for any other sentence: another's act ("said §S1§ had ..."), a plan ("said it would"),
    "they" after one party, "it" after two or after a person.

    >>> said_own_act_reading("§S0§ said it had signed an agreement with §S1§.")
    '§S0§ had signed an agreement with §S1§.'
    >>> said_own_act_reading("On Friday, §P0§ said on Friday that he had agreed with §P1§.")
    'On Friday, §P0§ had agreed with §P1§.'
    >>> said_own_act_reading("§S0§ and §S1§ said they had agreed to meet.")
    '§S0§ and §S1§ had agreed to meet.'
    >>> said_own_act_reading("§S0§ said it would sign an agreement with §S1§.") is None
    True
    >>> said_own_act_reading("§S0§ said §S1§ had signed it.") is None
    True
    >>> said_own_act_reading("§S0§ and §S1§ said it had agreed.") is None
    True
    >>> said_own_act_reading("§P0§ said it had agreed.") is None
    True
    """
    start = intro_end(masked)
    m = _SAID_OWN_ACT.match(masked, start)
    if m is None:
        return None
    parties = len(re.findall(r"§[SDGOP]\d+§", m.group("s")))
    pronoun = m.group("p")
    if (pronoun == "they") != (parties > 1):
        return None
    person = m.group("s").removeprefix("The ").removeprefix("the ").startswith("§P")
    if (pronoun == "it" and person) or (pronoun in {"he", "she"} and not person):
        return None
    return f"{masked[:start]}{m.group('s')} {masked[m.end() :]}"


# the second of two verbs one subject governs: "§P0§ arrived in §C1§ on Friday and signed a
# defence pact with §S2§" (verbs of acts the rules read, in the simple past)
_SECOND_ACT = re.compile(
    r",?\s+and\s+(?:then\s+|later\s+|also\s+)?(?=(?:signed|met|held|agreed|urged|called|accused|"
    r"condemned|criticised|criticized|pledged|praised|thanked|welcomed|invited|announced|"
    r"expelled|summoned|recalled|imposed|rejected|warned|threatened|demanded|asked|offered|"
    r"promised|endorsed|received|visited|hosted|telephoned|spoke|joined|ratified|concluded|"
    r"congratulated|reaffirmed|denounced|protested|sanctioned|attacked|approved|granted|"
    r"allowed|provided|sent|donated|committed|discussed|reached|launched|opened)\b)"
)
# what keeps the second verb from being the subject's: a clause or a second party before it
_CLAUSE_BEFORE_SECOND = re.compile(
    r"[;:\"“”()]|\b(?:that|which|who|whom|whose|where|when|while|after|before|because|since|if|"
    r"unless|as|said|says|told|not|never|would|could|might|may|will|to|and|or|but|nor)\b"
)


_FIRST_ACT = re.compile(
    r"(?:also\s+|today\s+|on\s+[A-Z][a-z]+\s+)?(?:[a-z]+ed|met|held|sent|spoke|made|gave|took|"
    r"left|went|paid|began|flew)\b"
)


# a party the first predicate acts with or on: "held talks with §S2§", "met §P1§"
_PARTY_OBJECT = re.compile(r"(?:\b(?:with|to|from|and)|^[a-z]+)\s+(?:the\s+)?§[SP]\d+§")


# "Kenya and its northern neighbour Ethiopia signed ...": the neighbour's title between the two
# states that open the sentence (session 28)
_AND_ITS_NEIGHBOUR = re.compile(
    r"^((?:[Tt]he\s+)?§S\d+§\s+and\s+)(?:its|their)\s+(?:(?:close|immediate|northern|southern|"
    r"eastern|western|north-eastern|north-western|south-eastern|south-western|giant|larger|"
    r"smaller|tiny|fellow|[A-Z][a-z]+)\s+){0,2}neighbou?r,?\s+(?=(?:the\s+)?§S\d+§,?\s+[a-z])"
)


# "held bilateral meetings with several Pacific leaders, including Prime Minister X", "held
# consultations with officials in Muscat and Riyadh, including with the Minister of ... X": the
# people singled out of a group met (session 29)
_MET_INCLUDING = re.compile(
    r"\b(?P<v>with|met|meets)\s+(?:(?:several|other|various|many|some|a\s+number\s+of|"
    r"a\s+series\s+of|a\s+group\s+of)\s+)?(?:(?:[a-z]+|[A-Z][a-z]+|§[DO]\d+§)\s+){0,2}?"
    r"(?:leaders|officials|counterparts|ministers|heads\s+of\s+(?:state|government|delegation)|"
    r"dignitaries|interlocutors|representatives|envoys)"
    r"(?:\s+(?:in|from)\s+§[CS]\d+§(?:(?:,\s+|,?\s+and\s+)§[CS]\d+§)*)?,?\s+"
    r"(?:including|among\s+them|notably)\s+(?:with\s+)?(?=(?:the\s+)?§P\d+§)"
)


def including_reading(masked: str) -> str | None:
    """The sentence with the people singled out of a group met ("met several leaders,
    including §P1§") as the ones met, for the meeting rules; None when it has none.

    >>> including_reading("§P0§ held meetings with several Pacific leaders, including §P1§.")
    '§P0§ held meetings with §P1§.'
    >>> including_reading("§P0§ held talks with officials in §C1§, including with the §P3§.")
    '§P0§ held talks with the §P3§.'
    >>> including_reading("§P0§ met officials, including from §S1§.") is None
    True
    """
    m = _MET_INCLUDING.search(masked)
    return None if m is None else f"{masked[: m.start()]}{m.group('v')} {masked[m.end() :]}"


def neighbour_reading(masked: str) -> str | None:
    """The sentence without the title "its neighbour" of the second of the two states it opens
    with, for the rules that read a pair of states as the subject; None when it has none.

    >>> neighbour_reading("§S0§ and its northern neighbour §S1§ signed a pact on Tuesday.")
    '§S0§ and §S1§ signed a pact on Tuesday.'
    >>> neighbour_reading("§S0§ and its neighbours §S1§ and §S2§ met.") is None
    True
    """
    m = _AND_ITS_NEIGHBOUR.match(masked)
    return None if m is None else m.group(1) + masked[m.end() :]


def second_verb_reading(masked: str) -> str | None:
    """The sentence with the subject it opens with before the second of two acts it joins with
    "and", for the rules that read a subject next to its verb; None when it has none.

    >>> second_verb_reading("§P0§ arrived in §C1§ on Friday and signed a pact with §P2§.")
    '§P0§ signed a pact with §P2§.'
    >>> second_verb_reading("§S0§ and §S1§ held talks with §S2§ and signed a pact.") is None
    True
    >>> second_verb_reading("On Monday, §S0§ recalled its envoy and accused §S1§ of lying.")
    'On Monday, §S0§ accused §S1§ of lying.'
    >>> second_verb_reading("§S0§ said §S1§ attacked and killed civilians.") is None
    True
    >>> second_verb_reading("§S0§ and §S1§ met and signed a deal.")
    '§S0§ and §S1§ signed a deal.'
    >>> second_verb_reading("§P0§ met §P1§, who arrived in §C2§ and signed a deal.") is None
    True
    """
    if " and " not in masked:
        return None
    start = intro_end(masked)
    subject = _OPENING_PARTIES_RE.match(masked, start)
    if subject is None or not masked.startswith(" ", subject.end()):
        return None
    second = _SECOND_ACT.search(masked, subject.end())
    if second is None:
        return None
    first = masked[subject.end() + 1 : second.start()]
    # the first predicate: one verb of the past, then no clause of its own ("said", "that", a
    # negation or a modal), and no "and" of its own
    if not _FIRST_ACT.match(first):
        return None
    if _CLAUSE_BEFORE_SECOND.search(first) or len(first) > 160:
        return None
    if _PARTY_OBJECT.search(first):
        return None  # ("held talks with Iran and signed ...": whose is the signing?)
    return f"{masked[: subject.end()]} {masked[second.end() :]}"


# a participle clause the sentence opens with, then its subject: "Meeting in §C0§ on Friday,
# §P1§ and §P2§ agreed ...", "Hosting the §D0§ prime minister in §C1§, §P2§ said ..."
_FRONTED = re.compile(
    r"(?P<p>Meeting|Visiting|Hosting|Receiving|Welcoming|Signing|Holding|Touring)\s+"
    r"(?P<rest>[^,;:\"“”()]{1,100}?),\s+"
    rf"(?P<s>{_OPENING_PARTIES})\s+(?=[a-z])"
)
# what the clause's act is done with: a party ("Hosting §P0§", "Receiving the §D0§ delegation"),
# or a place for a meeting of the subject's parties ("Meeting in §C0§"); not a thing of a party
# ("Meeting §O0§'s spending target")
_FRONTED_OBJECT = re.compile(
    r"(?:(?:with\s+)?(?:the\s+)?(?:§D\d+§\s+(?:[a-z]+\s+){0,2})?§[SDGOPC]\d+§(?![’']s)|in\s|at\s)"
)
_NOT_DONE = re.compile(r"\b(?:next|tomorrow|will|would|could|upcoming|later\s+this|soon)\b")
_PAST = {
    "Meeting": "met",
    "Visiting": "visited",
    "Hosting": "hosted",
    "Receiving": "received",
    "Welcoming": "welcomed",
    "Signing": "signed",
    "Holding": "held",
    "Touring": "toured",
}


def fronted_readings(masked: str) -> list[str]:
    """For a sentence that opens with a participle clause of an act, the act told of its
    subject, and the sentence without the clause; none for any other sentence.

    >>> fronted_readings("Meeting in §C0§ on Friday, §P1§ and §P2§ agreed to talk.")
    ['§P1§ and §P2§ met in §C0§ on Friday.', '§P1§ and §P2§ agreed to talk.']
    >>> fronted_readings("Meeting in §C0§, the leaders agreed to talk.")
    []
    >>> fronted_readings("Meeting §O0§'s spending target, §S1§ raised its budget.")
    []
    >>> fronted_readings("Meeting with §P0§ in §C1§ next week, §P2§ will sign a treaty.")
    []
    """
    m = _FRONTED.match(masked)
    if m is None or not _FRONTED_OBJECT.match(m.group("rest")) or _NOT_DONE.search(m.group("rest")):
        return []
    subject = m.group("s")
    return [
        f"{subject} {_PAST[m.group('p')]} {m.group('rest')}.",
        f"{subject} {masked[m.end() :]}",
    ]


# a person named with their state's possessive: "§S0§'s §P1§" ("Kenya's William Ruto")
# (not a thing of the person's: "Kenya's William Ruto administration")
POSSESSED_PERSON = re.compile(
    r"§S(\d+)§['’]s\s+(§P\d+§)(?!\s+(?:administration|government|cabinet|regime|camp|era|team|"
    r"party|office|presidency)\b)(?!['’])"
)


def possessed_people_reading(masked: str) -> str | None:
    """The sentence with each person named after a state's possessive ("Mexico's Andres Manuel
    Lopez Obrador hosted Colombia's Gustavo Petro") as the person alone, for the rules that read
    a person where the possessive puts a state first; None when it has none.

    >>> possessed_people_reading("§S0§'s §P1§ hosted §S2§'s §P3§ on Friday.")
    '§P1§ hosted §P3§ on Friday.'
    >>> possessed_people_reading("§S0§'s president §P1§ spoke.") is None
    True
    """
    if "s §P" not in masked:
        return None
    reading = POSSESSED_PERSON.sub(r"\2", masked)
    return reading if reading != masked else None


# a quotation a sentence opens with, its speaker after it: '"We thank Japan for its support,"
# Shmyhal said.', '"Ukraine thanks Japan ...," the ministry said in a statement.'
_OPENING_QUOTE = re.compile(
    r"[\"“](?P<q>[^\"“”]{5,600}?)[,.!?]?[\"”],?\s+(?:(?:the\s+)?(?:[\w§'’-]+\s+){0,5}?)?"
    r"(?:said|says|added|stressed|declared|wrote|stated|noted|insisted|warned|told)\b"
)


def quote_reading(masked: str) -> str | None:
    """The quotation a sentence opens with, as a sentence of its own, for the rules that read
    a subject at the start; None for any other sentence.

    >>> quote_reading('"§P0§ thank §S1§ for its support," §P2§ said.')
    '§P0§ thank §S1§ for its support.'
    >>> quote_reading('§S0§ said it would help.') is None
    True
    """
    if masked[:1] not in '"“':
        return None
    m = _OPENING_QUOTE.match(masked)
    if m is None:
        return None
    return m.group("q").strip().rstrip(",.!?") + "."


# an agreement told by a participle after its occasion: "§S0§ and §S1§ held their first
# dialogue in §C2§ on Saturday, agreeing to ...", "§P0§ received §P1§ on Monday, with §G2§
# agreeing to ..." (session 35)
_AGREEING = re.compile(
    r",\s+(?:(?:also|further)\s+)?(?:with\s+(?P<g>(?:the\s+)?§[GP]\d+§)\s+(?:also\s+)?)?"
    r"agreeing\s+(?=to\s+[a-z]|on\s|that\s)"
)


def agreeing_reading(masked: str) -> str | None:
    """The agreement a participle tells after a sentence's occasion, as a sentence of the
    subject (or of the pair "with" names) that agreed; None for any other sentence.

    >>> agreeing_reading("§S0§ and §S1§ held talks in §C2§, agreeing to study a pact.")
    '§S0§ and §S1§ agreed to study a pact.'
    >>> agreeing_reading("§P0§ received §P1§ on Monday, with §G2§ agreeing to deepen ties.")
    '§G2§ agreed to deepen ties.'
    >>> agreeing_reading("Talks were held in §C0§, agreeing to nothing.") is None
    True
    """
    m = _AGREEING.search(masked)
    if m is None:
        return None
    if m.group("g") is not None:
        return f"{m.group('g')} agreed {masked[m.end() :]}"
    start = intro_end(masked)
    subject = _OPENING_PARTIES_RE.match(masked, start)
    if subject is None or not masked.startswith(" ", subject.end()):
        return None
    return f"{masked[start : subject.end()]} agreed {masked[m.end() :]}"


# the acts a participle after a sentence's main clause tells of that clause's subject ("Germany
# imposed sanctions on Iran, demanding the release of ...", "China held drills near Taiwan,
# warning the United States against ..."), each with its past tense ("agreeing" has its own
# reading, :func:`agreeing_reading`; session 36)
PARTICIPLE_PASTS = {
    "accusing": "accused",
    "blaming": "blamed",
    "calling": "called",
    "condemning": "condemned",
    "congratulating": "congratulated",
    "criticising": "criticised",
    "criticizing": "criticized",
    "demanding": "demanded",
    "denouncing": "denounced",
    "inviting": "invited",
    "pledging": "pledged",
    "praising": "praised",
    "promising": "promised",
    "rejecting": "rejected",
    "thanking": "thanked",
    "threatening": "threatened",
    "urging": "urged",
    "vowing": "vowed",
    "warning": "warned",
    "welcoming": "welcomed",
}
_PARTICIPLE = re.compile(
    r",\s+(?:and\s+)?(?:(?:also|further|then|again)\s+)?(?P<v>"
    + "|".join(sorted(PARTICIPLE_PASTS))
    + r")\s+"
)
# a main clause in the passive with its agent: whose act the participle tells is unclear
# ("Russia was condemned by the EU, accusing ...")
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?\w+(?:ed|en)\s+by\b")


def participle_readings(masked: str) -> list[tuple[int, str]]:
    """The acts the participles after a sentence's main clause tell, each as a sentence of the
    main clause's subject (:data:`PARTICIPLE_PASTS`), the sentence's opening kept, with where
    its participle starts (what comes before it is the main clause, whose hedges are the
    participle's too); none when the sentence opens with no party, its main clause is a passive
    with an agent, or the participle is inside a quotation.

    >>> participle_readings("§S0§ imposed sanctions on §S1§, demanding the release of X.")
    [(30, '§S0§ demanded the release of X.')]
    >>> [r for _, r in participle_readings("§P0§ met §P1§, pledging aid, and urging calm.")]
    ['§P0§ pledged aid, and urging calm.', '§P0§ urged calm.']
    >>> participle_readings("§S0§ was condemned by §S1§, accusing it of lying.")
    []
    """
    start = intro_end(masked)
    subject = _OPENING_PARTIES_RE.match(masked, start)
    if subject is None or not masked.startswith(" ", subject.end()):
        return []
    readings = []
    for m in _PARTICIPLE.finditer(masked, subject.end()):
        before = masked[subject.end() : m.start()]
        if _PASSIVE_AGENT.search(before) or (before.count('"') + before.count("“")) % 2:
            continue
        past = PARTICIPLE_PASTS[m.group("v")]
        readings.append((m.start(), f"{masked[: subject.end()]} {past} {masked[m.end() :]}"))
    return readings


# what was agreed told first, those who agreed after it: "The next trilateral meeting will be
# held in §S0§, the leaders agreed." (session 35); a clause of its own before the comma (no
# quotation: quote_reading reads those)
_AGREED_AFTER = re.compile(
    r"^(?P<what>[A-Z][^;:\"“”]{10,300}?),\s+(?P<s>(?:the\s+)?§[GPS]\d+§(?:\s+and\s+(?:the\s+)?"
    r"§[GPS]\d+§)?)\s+(?:(?:also|have|had|has)\s+)?agreed\s*\.?$"
)


def agreed_after_reading(masked: str) -> str | None:
    """The sentence that tells what was agreed before those who agreed to it, written with them
    first ("X, the leaders agreed." read as "the leaders agreed that X."); None for any other.

    >>> agreed_after_reading("The next meeting will be held in §S0§, §G1§ agreed.")
    '§G1§ agreed that the next meeting will be held in §S0§.'
    >>> agreed_after_reading("§S0§ and §S1§ agreed.") is None
    True
    """
    m = _AGREED_AFTER.match(masked)
    if m is None:
        return None
    what = m.group("what")
    return f"{m.group('s')} agreed that {what[0].lower()}{what[1:]}."


# a sentence that opens with "It" as its subject ("It is also a member of ...", "It also shares
# a border with ..."); not "It is important that ...", "It was the first ...", "It said ..."
_OPENING_IT = re.compile(
    r"^It\s+(?=(?:also\s+|further\s+|already\s+|still\s+)?"
    r"(?:is|was|has|had|joined|shares|shared|borders|signed|established|became|remains)\b)"
    r"(?!(?:is|was)\s+(?:important|necessary|expected|likely|unclear|clear|not|the\s+first|"
    r"time|hoped|believed|said|reported|understood|noted|worth)\b)"
)


def opening_it_reading(masked: str, slot: str) -> str | None:
    """The sentence with its opening "It" written as ``slot`` (the one state the sentence before
    was about), for the rules of relations that read a subject at the start; None when the
    sentence does not open with "It" as a state's subject would.

    >>> opening_it_reading("It is also a member of the §O0§.", "§S9§")
    '§S9§ is also a member of the §O0§.'
    >>> opening_it_reading("It shares a border with §S0§.", "§S9§")
    '§S9§ shares a border with §S0§.'
    >>> opening_it_reading("It is important that §S0§ joins the talks.", "§S9§") is None
    True
    """
    m = _OPENING_IT.match(masked)
    if m is None:
        return None
    return slot + " " + masked[m.end() :]


#: Rounds of talks told by their count ("have held 19 rounds of corps commander-level talks",
#: "after several rounds of negotiations"): a series of negotiations (CAMEO 046), no one occasion
COUNTED_ROUNDS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+rounds\s+of\b",
    re.IGNORECASE,
)
