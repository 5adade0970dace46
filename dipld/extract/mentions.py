"""Mentions in one sentence: states, organisations, people with their offices, places, money.

Every mention is linked here, against the bundled KB only: a name becomes a Wikidata entity
when exactly one KB entity of a fitting kind has it, and an unlinked entity with its surface
form otherwise. Then the sentence is masked for the fact rules (see :mod:`.spans`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from dipld.extract.amounts import find_money, find_percents
from dipld.extract.gazetteer import Gazetteer, fold, gazetteer_for
from dipld.extract.gazetteer import Match as GazetteerMatch
from dipld.extract.offices import find_titles
from dipld.extract.orgnames import multinational_forces, name_goes_on
from dipld.extract.pairs import document_pair, leaders_not_ministers, told_pair
from dipld.extract.patterns import DATELINE_DAY, GROUP_MAX, normalise_lists
from dipld.extract.people import CALENDAR_WORDS, REGNAL, People, entity_of, title_key
from dipld.extract.regions import EPITHET, EPITHET_KEYS, region_members
from dipld.extract.spans import Analysis, Code, Context, Mention, Office, hedged
from dipld.extract.spellings import spelling_key
from dipld.extract.text import Sentence
from dipld.extract.turns import Turn, pronouns, speech
from dipld.kb.index import KbEntity, KbIndex, KbTenure
from dipld.model import Entity, EntityKind, Precision
from dipld.temporal import DateMention, find_dates


def _has_any(text: str, parts: Iterable[str]) -> bool:
    """Whether ``text`` contains one of ``parts`` (a loop, not ``any()`` over a generator: this
    runs several times per sentence)."""
    for part in parts:  # noqa: SIM110
        if part in text:
            return True
    return False


_ORG_HEADS = (
    "Union|Organi[sz]ation|Council|Commission|Bank|Agency|Fund|Community|Alliance|Association|"
    "Assembly|Committee|Court|Institute|Corporation|Coalition|Platform|Initiative|Forum|"
    "Secretariat|Parliament|Ministry|Department|Administration|Duma|Group|Company|Authority|"
    "Office|Board|Bureau|Service|Agencies|Movement|"
    # companies by their legal form ("Tradive General Trading LLC", "Al Junaid Co Ltd")
    "LLC|Ltd|Limited|Inc|JSC|PJSC|PLC|GmbH"
)


def _whole_words(*words: str) -> re.Pattern[str]:
    r"""``\b(?:one|two|...)\b`` for words that start with a letter, written so that each
    alternative starts with that letter (the word boundary checked after it), which lets the
    regex engine scan for those letters instead of trying the pattern at every position.

    >>> _whole_words("Union", "Organi[sz]ation").pattern
    '(?:U(?<!\\w.)nion|O(?<!\\w.)rgani[sz]ation)\\b'
    """
    assert all(word[:1].isalpha() for word in words), words
    return re.compile("(?:" + "|".join(rf"{w[0]}(?<!\w.){w[1:]}" for w in words) + r")\b")


# names of a body many states have by that name as well as the one organ the KB knows by it (the
# Council of the EU's "Council of Ministers"): linked only with the organisation named before it
_NATIONAL_BODY_NAMES = frozenset({"council of ministers"})
_EU_BEFORE = re.compile(r"\b(?:EU|E\.U\.|European\s+Union)(?:['’]s)?\s+$")
# sets of codes, made once (a set display of enum members is built at every test)
_STATE_CODES = frozenset({Code.STATE, Code.DEMONYM})  # mentions that name a state
_STATE_OR_GROUP_CODES = _STATE_CODES | {Code.GROUP}
_STATE_KINDS = frozenset({EntityKind.STATE})
_PERSON_OR_ORG_CODES = frozenset({Code.PERSON, Code.ORG})
_ORG_OR_STATE_CODES = frozenset({Code.ORG, Code.STATE})
_APOSTROPHES = ("'", "’")
# organs the KB has no entity for, by the organisation they speak for
_ORGAN_PARENTS = {
    "North Atlantic Council": "NATO",
    # NATO by the names its members' governments give it ("Albania is a proud member of the
    # North Atlantic Alliance"; session 39): the alliance itself, which the KB has by another
    "North Atlantic Alliance": "NATO",
    "Atlantic Alliance": "NATO",
    # the EU's institutions named by the Union's abbreviation (session 31): "the EU Council" may
    # be the European Council or the Council of the EU, either acting for the Union
    "EU Council": "European Union",
    "EU Commission": "European Commission",
    "EU Parliament": "European Parliament",
}
_UNSC = "Q37470"
# the UN's principal organs named bare after "the": (QID, head word, the KB's name)
_UN_BODIES = {
    "Security Council": (_UNSC, "Council", "UN Security Council"),
    "General Assembly": ("Q47423", "Assembly", "UN General Assembly"),
}
_NORTH_KOREA = "Q423"
# "the North" of a Korean story (not "the North Atlantic", "the North-East", "the North of ...";
# but "accuses the North of having violated ...": a deed after "of", session 37)
_THE_NORTH = re.compile(
    r"\b[Tt]he\s+North\b(?![\s-]+(?:[A-Z]|of\b(?!\s+[a-z]+ing\b)|east|west)|"
    r"['’]s?\s+[a-z]+ern\b)"
)
# "the" right before a name (at the end of the text before it)
_THE_BEFORE = re.compile(r"(?:^|[^\w'’])[Tt]he\s+$")
# ... or with the body's size between: "the 15-member Security Council", "the 193-nation
# General Assembly" (session 41)
_THE_SIZED_BEFORE = re.compile(r"(?:^|[^\w'’])[Tt]he\s+(?:\d{1,3}-(?:member|nation)\s+)?$")
_ORG_HEAD_WORD = _whole_words(*_ORG_HEADS.split("|"), "League", "Conference")
_CAP_WORD = r"(?:[A-Z][\w’'.]*|U\.S\.|of|the|and|for|on|&)"
# (not a document the body made: "the adoption by the UN Security Council of Resolution 2728")
_NOT_A_DOCUMENT = r"(?!(?:Resolutions?|Decisions?|Decrees?)\b)"
_UNKNOWN_ORG = re.compile(
    rf"\b(?P<name>(?:[A-Z][\w’'.-]*\s+)(?:{_CAP_WORD}[\s-]+){{0,6}}?(?:{_ORG_HEADS})"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_NOT_A_DOCUMENT}[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+)*)?)\b"
    # "the Alliance of Sahel States", "the Alliance of Small Island States"
    rf"|\b(?P<name2>(?:[A-Z]\w+\s+){{0,2}}(?:Group|Council|Commission|League|Union|Bank|Court|Alliance|"
    rf"Conference|Community|Association|Organi[sz]ation|Ministry|Department|Agency|Office|Committee|"
    rf"Bureau)\s+(?:of|for)\s+(?:the\s+)?{_NOT_A_DOCUMENT}[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+)*)"
)
# what _unknown_orgs strips off and cuts a name at: a link word or a backer opening it ("the ...",
# "Russian-backed ..."), "and" between two names
_LINK_OR_BACKER = re.compile(r"(?:of|the|for|and)\s|[\w.]+-(?:led|backed|dominated|headed)\s")
_AND = re.compile(r"\s+and\s+")
_AND_THE = re.compile(r"\sand\s+(?:the\s+)?")
# the name of a treaty or an agreement, which an organisation's head word ends ("the Treaty on
# Good-Neighbourliness and Alliance"), and the body it may be about ("... of the Asian
# Infrastructure Investment Bank")
_INSTRUMENT_NAME = re.compile(
    r"(?:Treaty|Agreement|Accords?|Convention|Pact|Protocol|Memorandum|Charter)\s+"
    r"(?:on|of|between|for|concerning|regarding)\s"
)
_OF_THE_BODY = re.compile(r".*\sof\s+the\s+(?P<body>[A-Z].*)")
# "the" as a word, its first letter before the check that no word character precedes it: a
# pattern that starts with a character class lets the regex engine scan for that class, far
# cheaper than trying a pattern that starts with "\b" at every position (see _PRONOUN)
_THE = r"[Tt](?<!\w.)he"
_GROUP = re.compile(
    r"\b(?=[BbTtOoDdEeAa])(?P<g>[Bb]oth\s+(?:states|countries|nations|sides|governments|parties|"
    r"delegations|neighbou?rs)|[Tt]he\s+two\s+(?:states|countries|nations|sides|governments|parties|"
    # ("Relations between the two allies cooled": session 32; "talks between the two
    # adversaries": session 36)
    r"delegations|neighbou?rs|allies|adversaries|rivals|foes)|"
    # "the two Central Asian neighbours", "both brotherly countries" (not "the two main parties")
    r"(?:[Bb]oth|[Tt]he\s+two)\s+(?:[\w-]+\s+){1,2}?(?:states|countries|nations|neighbou?rs)|"
    r"[Tt]he\s+(?:sides|[Pp]arties|delegations)|"
    r"[Tt]he\s+countries(?!\s+(?:of|in|that|which|who|where|whose|with|to|from)\b)|[Oo]ur\s+(?:two\s+)?(?:countries|nations|governments)|"
    r"(?:[Tt]he\s+)?[Dd]elegation\s+members|[Ee]ach\s+(?:country|side|state|party|government)|"
    # "X, Y and Z announced that their countries were leaving ECOWAS": the states named before
    # (a reported clause's subject; session 36b)
    r"(?<=\bthat\s)their\s+(?:countries|states|nations)(?=\s+(?:were|had|would|are|have)\b)|"
    # "X and Y agreed to improve relations between their two countries": the two its own
    # sentence named before (session 43)
    r"(?<=[a-z]\s)their\s+two\s+(?:countries|states|nations|governments)|"
    # "All three countries are ...": as many states as were named (or met)
    # ("the five Central Asian republics", "all three neighbours", "the four Mekong nations":
    # session 28)
    r"(?:[Aa]ll|[Tt]he)\s+(?:three|four|five)\s+(?:(?:[A-Z][\w-]*\s+){1,2}(?=(?:states|countries|"
    r"nations|republics)\b))?(?:states|countries|nations|governments|republics|neighbou?rs|"
    # "Under the memorandum, the three parties commit to ...": a document's signatories
    r"(?<=three\s)parties|(?<=four\s)parties|(?<=five\s)parties))\b"
)
# "the parties" of an agreement: "Under the Agreement, the parties ...", "the parties to the
# accord", "the Parties to this Treaty"
_AGREEMENT_PARTIES = re.compile(
    r"\b(?:[Uu]nder|[Uu]nder\s+the\s+terms\s+of|[Ii]n\s+line\s+with|[Pp]ursuant\s+to)\s+(?:the|this)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:[Aa]greement|[Aa]ccord|[Tt]reaty|[Dd]eal|[Mm]emorandum|[Pp]rotocol)\b"
    r"[^.;]{0,40}?\b(?:[Tt]he\s+(?:(?:two|three|four|five)\s+)?|[Bb]oth\s+|[Aa]ll\s+(?:the\s+)?)"
    r"[Pp]arties\b|"
    r"\b[Tt]he\s+[Pp]arties\s+to\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:[Aa]greement|[Aa]ccord|"
    r"[Tt]reaty|[Dd]eal|[Mm]emorandum|[Pp]rotocol)\b"
)
_AND_GOVERNMENT = re.compile(r"\s+and\s+Government\b")
_COUNTED_GROUP = re.compile(r"(?:all|the)\s+(?P<n>three|four|five)\s")
_PERSON_GROUP = re.compile(
    # the nouns in any case: "The two Presidents", "Both Ministers" (not "The Leaders' Statement")
    r"\b(?=[BbTtLH])(?P<g>[Bb]oth\s+(?i:leaders|presidents|(?:foreign\s+|prime\s+)?ministers|"
    r"heads\s+of\s+state)|"
    # ("X held talks with Y, and both men pledged ...": session 35)
    r"(?:[Bb]oth|[Tt]he\s+two)\s+(?:men|women|(?:defen[cs]e|security|intelligence|army|military|"
    r"police|trade|foreign\s+policy)\s+chiefs)|"
    r"[Tt]he\s+two\s+(?i:(?:(?:vice|deputy)\s+(?:foreign\s+)?|foreign\s+|prime\s+)?ministers|"
    r"leaders|presidents|heads\s+of\s+(?:state|government))|"
    # "the three leaders", "the three officials": as many people as met (or were just named)
    r"[Tt]he\s+(?P<n>three|four|five|six)\s+(?i:leaders|presidents|heads\s+of\s+state|"
    r"(?:foreign\s+|defen[cs]e\s+)?ministers|officials)|"
    # "The Quad foreign ministers reaffirmed ...": a body's name the KB does not have (a known
    # one is its own mention, and the group then is not read)
    # ("The heads of government witnessed the signing ...": session 33)
    r"[Tt]he\s+(?:[A-Z][A-Za-z0-9-]+\s+)?(?i:leaders|heads\s+of\s+(?:state|government)|presidents|"
    r"prime\s+ministers|"
    r"foreign\s+ministers|ministers)|[Tt]he\s+(?:summit\s+|meeting\s+)?participants|"
    # "Leaders adopted a joint statement ...": a summit report's subject, without its article
    r"^(?:Leaders|Heads\s+of\s+(?:[Ss]tate|[Gg]overnment))(?=\s+(?:also\s+|jointly\s+)?[a-z]+ed\b))"
    r"\b(?!['’])"
)
# the delegation of a meeting named by who they are to its host, after a verb ("thanked the
# distinguished guests", "welcomed the African friends"; never a bare "his friends")
_GUEST_GROUP = re.compile(
    r"(?<=[a-z] )(?:the|his|her|our|their|all)\s+(?:(?:distinguished|dear|esteemed|honou?red|"
    r"high)\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:guests|visitors)|[A-Z][a-z]+\s+friends)\b(?!['’])"
)
# the region a group of people is named by, and the organisation of its states
_REGION_ORGS = {"African": "African Union", "Arab": "Arab League"}
_REGION = re.compile(r"\b(?:African|Arab)\b")
# the office a group of people is named by ("the two presidents" are heads of state)
_GROUP_ROLE_WORDS = (
    (re.compile(r"(?:vice|deputy)\s+(?:foreign\s+)?ministers", re.IGNORECASE), "DeputyMinister"),
    (re.compile(r"presidents|heads\s+of\s+state", re.IGNORECASE), "HeadOfState"),
    (re.compile(r"prime\s+ministers", re.IGNORECASE), "HeadOfGovernment"),
    (re.compile(r"foreign\s+ministers", re.IGNORECASE), "ForeignMinister"),
)
_PRESIDENTS = re.compile(r"presidents", re.IGNORECASE)
# a body's president by its title: "President of the European Commission", "AU Commission
# President" (not its vice-president)
_PRESIDENT_TITLE = re.compile(r"(?i:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?<!Vice\s)President\b")
_THE_NUMBER = re.compile(
    # ("All four are members of ASEAN", opening its sentence: session 28; not "Niger, Mali and
    # Burkina Faso, all three suspended from ECOWAS, formed ...")
    r"(?:" + _THE + r"|(?<![\w,] )A(?<!\w.)ll)\s+(?P<n>two|three|four|five|six)"
    r"(?=\s+(?:also\s+|jointly\s+)?(?:[a-z]+ed|will|would|have|had|are|were|agree|commit)\b)"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# between two items of a list of states: "Estonia, Latvia, Lithuania and Poland"
# a list's own verb negated right after it: "Romania, Bulgaria and Moldova did not" (session 28)
_LIST_NEGATED = re.compile(
    r"\s+(?:(?:did|do|does|have|has|had|would|will|could)\s*(?:not\b|n['’]t\b)|never\b|"
    r"refused\b|declined\b)"
)
_LIST_GAP = re.compile(r"(?:,\s+|,?\s+and\s+)(?:the\s+)?")
_THEIR_LEADERS = re.compile(
    _THE + r"\s+[A-Z][\w.’'-]*(?:(?:,\s+|\s+and\s+)[A-Z][\w.’'-]*)+\s+"
    r"(?:leaders|heads\s+of\s+state|presidents)\b"
)
# words one of which every match of _GROUP, or of _PERSON_GROUP, contains (lower-cased)
# a sentence's opening that refers back to the talks reported: "Following the talks, the
# sides ...", "At the end of the meeting, the parties ..." (session 42)
_AFTER_THE_TALKS = re.compile(
    r"(?:(?:On\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?,?\s+)?(?:[Ff]ollowing|[Aa]fter|[Aa]t\s+the\s+(?:end|close|"
    r"conclusion)\s+of|[Uu]pon\s+the\s+conclusion\s+of)\s+(?:the|their)\s+(?:talks|meeting|"
    r"negotiations|consultations)\s*,\s*$"
)
_SIDES_OF_TALKS = frozenset(("the sides", "both sides", "the two sides", "the parties"))
_GROUP_KEYS = (
    "both",
    "two",
    "sides",
    "parties",
    "delegations",
    "countries",
    "nations",
    "governments",
    "members",
    "each",
    "three",
    "four",
    "five",
)
# "both ...", "the two ...": a group of two
_PAIR = re.compile(r"(?:[Bb]oth|[Tt]he\s+two)\b")
# a meeting of the pair told between its first mention and "the two sides": "Malaysian Prime
# Minister Anwar Ibrahim visited China ..., when the two sides", "Japan and Vietnam held talks in
# Hanoi, and the two sides" (not "Kenya praised Tanzania, and the two sides"; session 42)
_PAIR_MET = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|met|meets|held\s+(?:[\w-]+\s+){0,2}?(?:talks|consultations|a\s+meeting)|"
    r"talks\s+with|spoke\s+(?:by\s+(?:tele)?phone\s+)?with|hosted|received)\b"
)
# "the ministers", "the two ministers" (no other word of office: "prime ministers", "foreign
# ministers" are _GROUP_ROLE_WORDS), and the offices they are
_MINISTERS = re.compile(r"(?i:ministers)\b")
_MINISTER_ROLES = ("ForeignMinister", "Minister", "DeputyMinister")
_LEADER_ROLES = ("HeadOfState", "HeadOfGovernment")
# the phrase a pair of people between whom someone mediates follows ("a go-between for")
_BETWEEN_BEFORE = re.compile(r"\b(?:between|for)\s+$")
_PERSON_GROUP_KEYS = (
    "leaders",
    "presidents",
    "ministers",
    "heads",
    "participants",
    "officials",
    "men",
    "chiefs",
)
# a pronoun opening a sentence of talks held: "He held talks with Macron in Paris"
_HE_MET = re.compile(r"\s+(?:also\s+)?(?:held\s+talks|met)\s+with\b")

# a sentence opening with a name no mention covers, then a comma or a verb of saying ("Riyad
# Mansour, Permanent Observer of ..., said ..., and he urged"): "he" is that person, whom the
# article's earlier people are not (session 37)
_UNKNOWN_NAME_OPENING = re.compile(
    r"(?!(?:The|A|An|On|In|At|By|For|From|After|Before|During|Since|Until|Last|Later|Earlier|"
    r"Speaking|Meanwhile|Separately|Also|But|And|When|While|As|This|That|These|Those|Asked|"
    r"According|Following|Under|With|Without|Its|His|Her|Their|Our|Both|Each|Other)\s)"
    r"(?![\w'’-]+\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-|bin|de|van|von|da))*\s+[A-Z][\w'’-]+"
    r"(?=,|\s+(?:said|told|added|noted|stressed|urged|warned|called|argued|insisted)\b)"
)


def unknown_name_opening(masked: str) -> bool:
    """Whether a masked sentence opens with a person's name the mentions do not know (its
    masked text still has the name's words: no slot covers them)."""
    return _UNKNOWN_NAME_OPENING.match(masked) is not None


_WHERE_THEY = re.compile(r",\s+(?:where|after\s+which|during\s+which)\s+$")
# a meeting of two told in the clause before: "X held talks with Y in Moscow, and both men
# pledged ...", "X and Y met in Chengdu on July 27, when they agreed ..." (session 35; the two
# people named before the phrase, never more)
_MET_THEN_THEY = re.compile(
    r"^[^;:\"“”]*?\b(?:met|meet|meeting|talks|received|hosted|visited|visiting|spoke|phoned|"
    r"telephoned|call)\b[^;:\"“”]*,\s+(?:and|when|with)\s+$"
)
# States named as what a meeting was about, not who took part: right after a verb of discussing
# ("discussed Ukraine", "exchanged views on the situation in Syria", "discussed relations with
# China and Uzbekistan") or after "the situation in" and the like (a place, never a party)
_TOPIC_BEFORE = re.compile(
    r"(?:\b(?:discuss(?:ed|es|ing)?|raised?|touched\s+(?:up)?on|(?:exchanged|exchange\s+of)\s+"
    r"(?:views|opinions)\s+(?:on|about|regarding)|talked\s+about|focused\s+on)"
    r"(?:\s+(?:the\s+)?(?:[a-z]+\s+)?(?:situation|developments|events|crisis|conflict|war|relations|"
    r"ties)\s+(?:in(?:\s+and\s+around)?|on|around|with|regarding|concerning)|"
    # "to discuss aid to Ukraine", "discussed sanctions against Russia" (not "discussed with")
    r"\s+(?:[a-z]+\s+){1,3}?(?:to|for|against|towards?|in)(?<!\sto\sto))?"
    r"|\b(?:situation|developments|crisis|conflict|war|fighting|hostilities)\s+"
    r"(?:in(?:\s+and\s+around)?|on|around|regarding|concerning))\s+(?:the\s+)?$"
)
_TOPIC_REACH = 80  # the longest text _TOPIC_BEFORE needs to see before a name
_TOPIC_WORDS = (
    "discuss",
    "raise",
    "touched",
    "views",
    "opinions",
    "talked",
    "focused",
    "situation",
    "developments",
    "crisis",
    "conflict",
    "war",
    "fighting",
    "hostilities",
)
# the next item of a list of topics ("the situation in Syria, Libya and in Yemen")
_TOPIC_NEXT = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)"
    # "aid to Ukraine and relations with Germany"
    r"(?:in\s+|(?:[a-z]+\s+){1,2}?(?:to|for|against|towards?|in)\s+|"
    r"(?:relations|ties)\s+with\s+)?(?:the\s+)?"
)
# a name that is not itself the topic ("discussed Russia's war against Ukraine", "discussed
# Armenia-Azerbaijan relations"): the states are a pair
_NOT_TOPIC_AFTER = re.compile(r"['’]s\b|\s*[-–]\s*§?[A-Z]")
# a state named only for what a land once was ("the former Spanish colony", "a former British
# protectorate", "the ex-Soviet republic"): no party to what the article tells, nor one of "the two
# countries" after it
_FORMER_RULER_BEFORE = re.compile(r"\b(?:former|ex-)\s*$")
_FORMER_RULER_AFTER = re.compile(
    r"\s+(?:colony|colonies|protectorate|mandate|possession|dominion|republic|territory)\b"
)
# "they", "he", "she", "we", "I" as words (not after a slot's "§"), each written with its first
# letter before the check that no word character precedes it: the regex engine then scans for
# those letters instead of trying the pattern at every position
_PRONOUN = re.compile(
    "(?P<p>"
    + "|".join(
        rf"{w[0]}(?<![\w§].){w[1:]}" for w in "They they them He he She she We we I him her".split()
    )
    + r")\b(?!\.)"
)
# "thanked them", "received them": a verb whose object is the people "them" stands for
_THEM_AFTER = re.compile(
    r"\b(?:thank|receiv|welcom|congratulat|urg|invit|brief|greet|host|award|assur|"
    r"met\b|meet|told\b|tell|inform|call(?:ed|s)?\s+on\b)[a-z]*\s+(?:also\s+)?$"
)
# "invited her to", "urged her, ...": "her" as an object (not "her government")
_HER_OBJECT = re.compile(r"\s*[,.;]|\s+(?:to|for|on|in|at|over|about|that|and|during)\b")
# a possessive "his", "her" of one's own side or role ("his Tanzanian counterpart", "her host",
# "his government"; not "praised her leadership": the one praised may be hers)
_POSSESSIVE = re.compile(
    r"\b(?P<p>[Hh]is|[Hh]er)\s+(?:[A-Z][\w'’-]+\s+){0,2}(?:counterparts?|hosts?|guests?|visit|"
    r"trip|tour|delegation|country|government|administration|cabinet|predecessor|successor|"
    r"wife|husband)\b"
)
# "Mr", "Ms", "Mrs", "Madam", "Madame" before a name
_GENDER_TITLE = re.compile(r"\b(?P<t>Mr|Ms|Mrs|Madam|Madame)\b\.?\s")
# a report before an object pronoun: "X said Y had asked him" ("him" may be the speaker)
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|added|stated|according|claimed|recalled|wrote|announced)\b"
)
# "X hosted Y, who thanked him": the other's own clause (its object is the first)
_WHO_AFTER_OTHER = re.compile(r"\b(?:who|whom|which|whose)\b")
# '"We condemn ...," said Chancellor Scholz', '"We condemn ...," Scholz said': a quotation and
# who said it
_SAYING = (
    # ("told reporters", "told Reuters"; not "told his guest": "we" may be both of them)
    r"(?:said|says|added|stressed|declared|wrote|stated|noted|insisted|warned|"
    r"told\s+(?:reporters|journalists|lawmakers|parliament|(?:the\s+|a\s+)?(?:press|media|"
    r"news\s+conference|press\s+conference)|[A-Z]\w+)|"
    r"tweeted|posted|underlined|emphasi[sz]ed|explained|asserted|affirmed|remarked|commented)"
)
_QUOTE_SPEAKER = re.compile(
    rf"[\"“](?P<q>[^\"“”]{{5,600}}?)[,.!?]?[\"”],?\s+(?:{_SAYING}\s+"
    rf"(?:the\s+)?(?P<s1>\S)|(?:the\s+)?(?P<s2>\S)[^\"“”]{{0,120}}?\s+{_SAYING}\b)"
)
# the speaker before the quotation: 'Egypt said: "We strongly condemn ..."'
_SPEAKER_QUOTE = re.compile(
    rf"^(?:the\s+)?(?P<s2>\S)[^\"“”]{{0,120}}?\s+{_SAYING}(?:\s+on\s+[A-Z][a-z]+)?\s*[:,]\s*"
    r"[\"“](?P<q>[^\"“”]{5,600})[\"”]"
)
# a demonym that is a state's body ("the Egyptian foreign ministry said"): the state speaks
_DEMONYM_BODY = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:ministry|government|office|embassy|mission|delegation|"
    r"authorities|officials|spokes(?:man|woman|person)|side|leadership|presidency|cabinet)\b"
)


# "Statement from President Joe Biden on ...", "Message by Secretary Blinken on ...": a text one
# person issues in the first person (not "Joint Statement by President X and Prime Minister Y",
# nor "Remarks by ...": a transcript, where reporters and other speakers say "I" too)
_AUTHOR_HEADLINE = re.compile(
    r"(?:[A-Z][\w-]*\s+){0,2}?(?:Statement|Message|Letter|Op-[Ee]d|Address|Speech)\s+"
    r"(?:from|by|of)\s+(?:the\s+)?(?P<p>§P\d+§)(?!\s*(?:,|and\b|&))"
)
_QUOTE_MARKS = ('"', "“", "”")
# "we are both members of ...", "we both": the pair, whoever else the sentence names
_WE_BOTH = re.compile(r"\s+(?:(?:are|were|have|had)\s+)?both\b")
# a surname after a leader's or minister's title: "Prime Minister Albanese", "PM Anthony
# Albanese", "President Zelenskyy", "Senator the Hon Penny Wong"
_TITLED_SURNAME = re.compile(
    r"\b(?:Prime\s+Minister|PM|President|Chancellor|Premier|Taoiseach|Minister|Secretary|"
    r"Senator)\s+(?:the\s+Hon\.?\s+|Hon\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}?"
    r"(?P<s>[A-Z][\w'’-]+)\b(?!\s+[A-Z])"
)
# "my" in such a text: the author's
_MY = re.compile(r"(?<![\w§])[Mm]y\b")


def _speaker(
    mentions: list[Mention], quoted: re.Match[str], base: int, text: str
) -> Mention | None:
    """The person, state or organisation named right after a quotation (or before it) as its
    speaker; a demonym of a state's body ("the Egyptian foreign ministry") as its state."""
    at = base + quoted.start("s1" if quoted.groupdict().get("s1") else "s2")
    for m in mentions:
        if m.begin != at or not m.entities:
            continue
        if m.code in {Code.PERSON, Code.STATE, Code.ORG}:
            return _joint_speaker(mentions, m, base, text)
        if m.code is Code.DEMONYM and _DEMONYM_BODY.match(text, m.end - base):
            return dataclasses.replace(m, code=Code.STATE)
    return None


# '"We welcome ...," the EU and the US said in a joint statement': a second issuer after "and"
_AND_SPEAKER = re.compile(r"\s+and\s+(?:the\s+)?")


def _joint_speaker(mentions: list[Mention], first: Mention, base: int, text: str) -> Mention:
    """The speaker with a second party of the same kind named after "and" right before the verb
    of saying ("the EU and the US said"): both, for "we" (session 25)."""
    gap = _AND_SPEAKER.match(text, first.end - base)
    if gap is None:
        return first
    for m in mentions:
        if (
            m.begin == base + gap.end()
            and m.entities
            and (m.code is first.code or {m.code, first.code} <= {Code.STATE, Code.ORG})
            and re.match(rf"\s+(?:{_SAYING})\b", text[m.end - base :])
        ):
            return dataclasses.replace(first, entities=first.entities + m.entities)
    return first


def _has_quote(text: str) -> bool:
    return any(q in text for q in _QUOTE_MARKS)


# ("the association": BRICS or ASEAN named before it, "since Russia chairs the association")
_THE_BLOC = re.compile(
    # ("the Alliance": NATO's own word for itself in US and NATO releases; session 39)
    # ("the regional bloc", "the trade bloc", "the military alliance": session 43)
    _THE + r"\s+(?:(?:regional|trade|economic|military|security|defen[cs]e)\s+(?=bloc|grouping|"
    r"alliance))?(?:bloc|grouping|[Aa]lliance|(?:organi[sz]|associ)ation(?!\s+of\b))\b"
    # (a possessive only before a member's rank: "Indonesia became the bloc's tenth member";
    # session 32; or before its members named after them: "the bloc's members, who include
    # Laos and Vietnam, ...", session 43; not "Mali, one of the bloc's 15 member states, had been
    # suspended from its bodies": "its" is the bloc's then)
    r"(?!['’](?!s\s+(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth|[a-z]+ty-[a-z]+|newest|latest)"
    r"\s+(?:full\s+)?member\b|(?:members|member\s+(?:states|countries|nations))(?:,\s+(?:who|which)"
    r"\s+include\b|\s+(?:include|are|such\s+as|including)\s))))"
    r"(?![ \t]+[A-Z])(?!\s+(?:for|between|with|that|which)\b)"
)
# "the latter", "the former" standing for a person: before a verb, a comma or a possessive
# ("the latter accepted", "the former's visit"; not "the former president", "the latter part")
_THE_LATTER = re.compile(
    r"\b[Tt]he\s+(?P<w>latter|former)(?=['’]s\b|,|\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:[a-z]+ed|said|says|is|was|has|had|will|would|told|met|gave|took|paid|sent|spoke|"
    r"made|held|urged|invited|thanked|accepted|agreed|noted|stressed|expressed)\b)"
)
# a body's name that is no bloc's ("the Joint Commission for Cooperation")
# (nor a state's own parliament or ministry the KB lacks: "the Turkish Grand National Assembly
# voted ... Türkiye, a member of the alliance since 1952": session 39)
_NO_BLOC = re.compile(
    r"\b(?:Commission|Committee|Council|Court|Tribunal|Fund|Bank|Agency|Secretariat|Forum|"
    r"Assembly|Parliament|Ministry|Department|Duma|Senate|Congress|Office)\b"
)
_THE_COUNTRY = re.compile(_THE + r"\s+country(?=['’]s\b|\b(?!\s+(?:of|where|that|which)\b))")
# "the Sultanate", "the Kingdom's exports": the one state named so far whose official name has
# that form ("Sultanate of Oman", "Hashemite Kingdom of Jordan"), not "the Kingdom of X" itself
_THE_FORM = re.compile(
    _THE + r"\s+(?P<form>[Kk]ingdom|[Ss]ultanate|Principality|Grand\s+Duchy)\b"
    r"(?!\s+of\b)(?![ \t]+[A-Z])(?!-)"
)
# what follows a group of leaders named by whom they lead: "of Burkina Faso", "of the Republic of"
_OF_NAMES = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_FORM_KEYS = ("kingdom", "sultanate", "principality", "grand duchy")
# (a sultanate whose KB names do not say so: "Brunei Darussalam")
_FORMS_BESIDE_NAMES = {"Q921": "sultanate"}
_FORMS_OF: dict[int, tuple[KbIndex, dict[str, frozenset[str]]]] = {}


def _official_forms(kb: KbIndex) -> dict[str, frozenset[str]]:
    """Each state's forms of government its KB names tell ("kingdom" of "kingdom of spain"),
    by QID (built once for an index, when an article first writes "the Kingdom")."""
    held = _FORMS_OF.get(id(kb))
    if held is not None and held[0] is kb:
        return held[1]
    forms: dict[str, set[str]] = {}
    for name, qids in kb.names().items():
        for form in _FORM_KEYS:
            if name.startswith((f"{form} of ", f"hashemite {form} of ")):
                for qid in qids:
                    found = kb.entity(qid)
                    if found is not None and found.kind is EntityKind.STATE:
                        forms.setdefault(qid, set()).add(form)
    for qid, form in _FORMS_BESIDE_NAMES.items():
        forms.setdefault(qid, set()).add(form)
    table = {qid: frozenset(f) for qid, f in forms.items()}
    _FORMS_OF[id(kb)] = (kb, table)
    return table


# a regime, its owner before it ("Burma's military regime", "the Assad regime") or after it
# ("the military regime in Burma"), or "the regime" alone (the one named before in the article)
_REGIME_WORDS = r"(?:(?:military|ruling|authoritarian|brutal|illegitimate|criminal)\s+)?"
_REGIME = re.compile(rf"(?P<the>\b[Tt]he\s+{_REGIME_WORDS})?(?P<r>\bregime)\b(?!\s+change)")
# "the Biden administration": a leader's government (session 36b)
_ADMINISTRATION_AFTER = re.compile(r"\s+administration\b(?!['’])")
_REGIME_OWNER_GAP = re.compile(rf"(?:['’]s?\s+{_REGIME_WORDS}|\s+)")
_REGIME_OF_GAP = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")
# a coup told by the state's military ("Burma's military overthrew the elected government",
# "the army in Niger seized power"): whose regime a later bare "the regime" is (session 39)
_COUP_BY_MILITARY = re.compile(
    r"^(?:['’]s?\s+(?:military|army|armed\s+forces)|)\s+(?:(?:has|had|have)\s+)?(?:seized\s+power|"
    r"overthrew|ousted|toppled|deposed)\b"
)
_COUP_MILITARY_IN = re.compile(r"\b(?:[Tt]he\s+)(?:military|army|armed\s+forces)\s+in\s+$")
_TAGS = re.compile(r"[#@](?=\w)")
# "Ms. KAMIKAWA Yoko", "Prime Minister KISHIDA Fumio": a family name written in capitals (the
# style of Japan's and some other foreign ministries) before a given name
# (its first letter apart: the regex engine then scans for capitals, see _THREE_CAPITALS)
_CAPS_WORD = re.compile(r"[A-Z][A-Z]{2,}(?:-[A-Z]{2,})?(?=\s+[A-Z][a-z]+\b)")
_FAMILY_AFTER = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|H\.E)\.?|\b(?:Minister|President|Secretary|Ambassador|Governor|"
    r"Chairman|Chairperson|Chair|Director|Mayor|Speaker|Premier|Chancellor|Senator))\s+$"
)


def _family_names(text: str) -> str:
    """Family names in capitals title-cased ("KAMIKAWA Yoko" → "Kamikawa Yoko"); same length.
    A word in capitals before a capitalised word is found first (a fast scan), then the
    honorific or title before it is checked."""
    out = text
    for m in _CAPS_WORD.finditer(text):
        if (
            m.start()
            and not text[m.start() - 1].isalnum()
            and _FAMILY_AFTER.search(text, 0, m.start())
        ):
            out = out[: m.start()] + m.group(0).title() + out[m.end() :]
    return out


_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|near|of|into|outside|around|via|visit|visited|visiting|visits|toward|"
    r"towards|arrived|returned|travel(?:l)?ed|based|held|"
    # "the Ukrainian capital, Kyiv", "the port city Odesa"
    r"capital,?|city)\s+(?:the\s+)?$"
)
# what follows a dateline's city: "Minsk, 2 September", "NEW DELHI: ", "KYIV (AP) — "
_FIRST_DATELINE_CITY = re.compile(r"[A-Z][A-Z.'’ -]{1,30}/")
_DAY_AFTER_COMMA = re.compile(r",\s+" + DATELINE_DAY)
_DATELINE_AFTER = re.compile(r":\s|\s*\([^()]{1,40}\)\s*(?::|--|[-–—])\s|\s+(?:--|[-–—])\s")
# "protested to Tokyo", "sent a note of protest to Washington": "to" after a verb or noun of
# address introduces the government addressed, not a destination
# a state's organ told by where it sits: "the foreign ministry in Manila said ...", "the
# government in Kabul", "Authorities in Beijing" opening a sentence (not "the Chinese embassy in
# Manila", "Ukrainian officials in Moscow": an organ of the state its demonym names)
_ORGAN_IN = re.compile(
    r"(?:\b[Tt]he\s+(?:(?:foreign|defen[cs]e|interior|trade|economy|finance|justice|energy)\s+"
    r"ministry|government|leadership|regime|administration)|^(?:[Tt]he\s+)?(?:[Aa]uthorities|"
    r"[Oo]fficials))\s+in\s+$"
)


def _organ_in(text: str, at: int) -> bool:
    """Whether the capital at ``at`` tells where a state's organ sits ("the government in ")."""
    return _ORGAN_IN.search(text, max(0, at - 40), at) is not None


_ADDRESSED_TO = re.compile(
    r"\b(?:protest(?:ed|s|ing)?|complain(?:ed|s|ing)?|appeal(?:ed|s|ing)?|apologi[sz](?:ed|es|ing)|"
    r"object(?:ed|s|ing)|wr(?:ote|ites|iting)|(?:note|letter|message|démarche|demarche)s?"
    r"(?:\s+of\s+protest)?)\s+to\s+$"
)
_LEAD_WORDS = frozenset(
    "the a an both during after before in on at this that these those further moreover "
    "additionally also however and but while with as for from by to of said its their his her "
    "today through under since".split()
)


_LEADER = re.compile(r"\s+leader\b(?!s|ship)")
# (and "the two governments": their states, ANNOTATION.md §6, not the leaders who met)
# "X informed Y that he ...", "X assured Y that she ...": the one who tells speaks of themself
_TOLD_THAT_PRONOUN = re.compile(
    r"(?:informed|told|assured|notified)\s+(?:[^,;.]|\.(?=\s*[A-Z]\.))"
    r"{1,80}?\s+that\s+$"
)
_STATE_WORDS = re.compile(r"countries|states|nations|neighbou?rs|governments")
_LEADER_NAMED = re.compile(r"\s+(?:[Ss]upreme\s+)?[Ll]eader\s+")
_LEADER_NAMED_OF = re.compile(r"['’]s\s+(?:[Ss]upreme\s+)?[Ll]eader\s+")


# "his Chinese counterpart", "her Indonesian colleague": the possessive is part of the reference
_PLURAL_REFERENCE = re.compile(r"(?:counterparts|colleagues|ministers|leaders|presidents)\b")
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])(?:his|her|their|[Mm]y)\s+$")


def _listed_after(mentions: list[Mention], words: str, end: int) -> bool:
    """Whether people after ``end`` hold the office of a plural title ``words`` as listed by
    it ("the foreign ministers of ..., X and Y": each titled "foreign ministers")."""
    low = words.lower()
    return any(
        k.code is Code.PERSON
        and k.begin >= end
        and any(o.label.lower() in low and o.label[-1:] in "sS" for o in k.offices)
        for k in mentions
    )


def _possessed_people(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """Person mentions of a title after "his", "her", "their" or "my" ("invited his Chinese
    counterpart to visit Moscow") taken with it, so that the fact rules read "invited §P1§" as
    they read a name."""
    out = []
    owners: set[int] = set()  # "my" as a mention of a release's author: now the title's
    for m in mentions:
        if (
            m.code is Code.PERSON
            and m.offices
            and m.begin > base
            # (not "invited his counterparts to ...": the others who took part)
            and not _PLURAL_REFERENCE.search(m.text)
        ):
            before = _POSSESSIVE_BEFORE.search(text, max(0, m.begin - base - 7), m.begin - base)
            start = base + before.start() if before is not None else 0
            covering = [o for o in mentions if o.end > start and o.begin < m.begin]
            if before is not None and all(
                o.begin == start and o.text in {"my", "My"} for o in covering
            ):
                owners.update(o.begin for o in covering)
                m = replace(m, begin=start, text=text[before.start() : m.end - base])
        out.append(m)
    if owners:
        out = [m for m in out if not (m.begin in owners and m.text in {"my", "My"})]
    return out


def _named_leaders(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """ "North Korean leader Kim Jong Un", "Iran's Supreme Leader Ali Khamenei": the person,
    described by their state (which is then no mention of its own)."""
    if "eader" not in text:
        return mentions
    starts = {m.begin: m for m in mentions if m.code is Code.PERSON}
    out: list[Mention] = []
    merged: set[int] = set()
    for m in mentions:
        if m.code is Code.DEMONYM:
            after = _LEADER_NAMED.match(text, m.end - base)
        elif m.code is Code.STATE:
            after = _LEADER_NAMED_OF.match(text, m.end - base)
        else:
            continue
        person = starts.get(base + after.end()) if after else None
        if person is not None:
            merged.add(person.begin)
            out.append(
                replace(person, begin=m.begin, text=text[m.begin - base : person.end - base])
            )
    if not merged:
        return mentions
    kept = [
        m for m in mentions if m.begin not in merged and not any(o.begin == m.begin for o in out)
    ]
    return kept + out


# a royal style before a person's mention: "met His Majesty the King of Bahrain", "His
# Majesty King Abdullah II", "Her Royal Highness the Princess Royal"; and the style of a head of
# state or minister: "His Excellency the Egyptian President thanked ...", "H.E. Moussa Faki
# Mahamat congratulated ..." (session 40b, support: the rules read "§P0§ thanked", not "His
# Excellency §P0§ thanked")
_ROYAL_STYLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:His|Her|Their)\s+(?:Royal\s+)?(?:Majesty|Majesties|Highness)|"
    r"(?:His|Her|Their)\s+Excellenc(?:y|ies)|H\.\s?E\.|"
    # (the styles abbreviated: "HM the King", "HRH the Crown Prince and Prime Minister")
    r"HM|HRH|HH|H\.M\.|H\.R\.H\.|H\.H\.)\s+(?:the\s+)?"
    r"(?:Crown\s+Prince(?:ss)?\s+and\s+(?:the\s+)?)?$"
)


# what every abbreviated style of _ROYAL_STYLE_BEFORE starts with
_ROYAL_ABBREVIATION = re.compile(r"H(?:M|RH|H|\.M\.|\.R\.H\.|\.H\.)\s")


def _royal_styles(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """A person's mention with the royal style written before it, which reads as part of it
    (the rules read "met §P1§", not "met His Majesty §P1§")."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.code is not Code.PERSON:
            continue
        start = m.begin - base
        style = _ROYAL_STYLE_BEFORE.search(text, max(0, start - 40), start)
        if style is None or any(o.end > base + style.start() and o.end <= m.begin for o in out):
            continue
        out[i] = replace(m, begin=base + style.start(), text=text[style.start() : m.end - base])
    return out


_PAREN_AFTER = re.compile(r"\s*\(([^()]{2,20})\)")


def _modifier(mention: Mention, begin: int) -> bool:
    """A one-word state or demonym opening an organisation's name ("Russian Ministry for
    Nuclear Power", "European Police Organisation", "China Development Bank") describes it;
    the body is not the state."""
    return mention.begin == begin and " " not in mention.text and mention.code in _STATE_CODES


def _parent(mention: Mention, name: str) -> bool:
    """A known organisation opening a longer name with a word of its own before the head
    ("OSCE Minsk Group", "EU Foreign Affairs Council") names one of its bodies, not itself
    ("the NATO Alliance" is NATO)."""
    rest = name[len(mention.text) :].split()
    return (
        mention.code is Code.ORG
        and name.startswith(mention.text + " ")
        # "the African Union Commission": an organ named by one word of its own
        and (len(rest) >= 2 or (len(rest) == 1 and rest[0] in _ORGANS))
    )


def _named_by_initials(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """ "the International Chamber of Commerce (ICC)": a name the KB does not know, spelt out
    before its acronym in brackets, is an organisation's when it ends in a word such names end
    in; the acronym in the brackets is then no mention of its own (not the KB's "ICC")."""
    out = list(mentions)
    for found in _BRACKETED_CAPITALS.finditer(text):
        acronym = found.group("a")
        phrase = _INITIALS_BEFORE.search(text, 0, found.start())
        if phrase is None:
            continue
        name, start = phrase.group("n"), phrase.start("n")
        if _ORG_NAME_HEADS.isdisjoint(name.split()):
            continue
        if name.startswith("The "):
            name, start = name[4:], start + 4
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        begin, end = base + start, base + start + len(name)
        within = [k for k in out if k.begin < end and begin < k.end]
        if initials != acronym.rstrip("+") or within:
            # "the Eighth Ministerial Conference of the Forum on China-Africa Cooperation
            # (FOCAC)": the end of the phrase that the acronym spells, counting a link word's
            # and a hyphenated word's parts, over a state inside it or a longer name the KB does
            # not know (session 33)
            skip = _spelt_suffix(name, acronym.rstrip("+"))
            if skip is None:
                continue
            name, begin = name[skip:], begin + skip
            within = [k for k in out if k.begin < end and begin < k.end]
            if any(
                not (
                    (k.code in {Code.STATE, Code.CITY, Code.DEMONYM} and begin <= k.begin)
                    or (k.code is Code.ORG and not any(e.is_linked for e in k.entities))
                )
                for k in within
            ):
                continue
        out = [k for k in out if k not in within]
        inside = (base + found.start("a"), base + found.end("a"))
        out = [k for k in out if not (inside[0] <= k.begin and k.end <= inside[1])]
        entity = Entity.unlinked(name, EntityKind.ORGANIZATION)
        out.append(Mention(begin, end, name, Code.ORG, (entity,), confidence=0.7))
    return out


def _spelt_suffix(name: str, acronym: str) -> int | None:
    """Where the longest end of ``name`` starts whose words' initials (a hyphenated word's parts
    each, link words too) spell ``acronym``, from a capitalised word; None when none does.
    "Forum on China-Africa Cooperation" spells "FOCAC"."""
    for word in re.finditer(r"(?<!\S)[A-Z][\w’'-]*", name):
        rest = name[word.start() :]
        if "".join(w[0] for w in rest.replace("-", " ").split()).upper() == acronym:
            return word.start()
    return None


# a group of states no table names, acting together: "Western countries imposed sanctions on
# Moscow" (an unlinked group, ANNOTATION.md §2; never one of its states; session 33, history)
_WESTERN_GROUP = re.compile(
    r"\bWestern\s+(?:countries|nations|governments|powers|states|democracies)\b"
    # (as the subject of an act: not "criticised Western countries, including France", whose
    # states other rules name; nor "sanctions imposed by Western states")
    r"(?=\s+(?:(?:have|has|had|also|then|later)\s+)?(?:in\s+(?:19|20)\d\d\s+|last\s+\w+\s+|"
    r"earlier\s+this\s+\w+\s+)?(?:imposed|slapped|introduced|adopted|froze|banned|expelled)\b)"
)
# Western states accused of something ("Lavrov accused Western countries of waging a proxy war",
# "accused Western members of the council of provoking Russia"): an unlinked group as the one
# accused (the group in ``w``; session 36b, criticism)
_ACCUSED_WEST = re.compile(
    r"\b(?:accused|accuses|accusing)\s+(?P<w>Western\s+(?:countries|nations|"
    r"governments|powers|states|members\s+of\s+the\s+council))(?=\s+of\s+[a-z])"
)
# a people's protesters who block roads: "Serb protesters erected barricades ...", the
# protesters a group of their own, not their people's state (session 33, history)
_PROTESTERS_BLOCKING = re.compile(
    r"\b(?:(?:[Ee]thnic\s+)?[A-Z][a-z]+\s+(?:protesters|demonstrators)|"
    # ("ethnic Albanians in southern Serbia blocked roads": a people where it lives)
    r"[Ee]thnic\s+[A-Z][a-z]+s(?:\s+in\s+(?:(?:northern|southern|eastern|western|central)\s+)?"
    r"[A-Z][a-z]+)?)(?=\s+(?:(?:had|have|also)\s+)?"
    r"(?:erected|set\s+up|put\s+up|built|blocked|barricaded|manned)\b)"
)

# a community named by two demonyms, a minority of the state the second names ("the Turkish
# Cypriot side", "Bosnian Serb leaders", "Kosovo Serb officials"): a side of its own, neither
# state (an unlinked group; "urged the Turkish Cypriot side to halt the work" asks nothing of
# Turkey; not "Greek Cypriot officials", who govern Cyprus)
_COMMUNITY_BODY = re.compile(
    r"\b(?:Turkish\s+Cypriot|Bosnian\s+(?:Serb|Croat)|Kosovo\s+Serb)\s+"
    r"(?:side|authorities|administration|leadership|government|officials|police|forces|leaders|"
    r"politicians|community|negotiators|delegation)\b"
)


def _unlinked_groups_of_states(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """Unlinked group mentions for "Western countries" (acting, or accused), for a people's
    protesters who block roads and for a community told by two demonyms and its body, in place
    of the demonym or state mentions they cover."""
    out = list(mentions)
    for pattern in (_WESTERN_GROUP, _PROTESTERS_BLOCKING, _ACCUSED_WEST, _COMMUNITY_BODY):
        for found in pattern.finditer(text):
            span = found.span("w") if pattern is _ACCUSED_WEST else found.span()
            begin, end = base + span[0], base + span[1]
            if any(k.begin < end and begin < k.end and k.code not in _STATE_CODES for k in out):
                continue
            out = [k for k in out if not (k.begin < end and begin < k.end)]
            name = text[span[0] : span[1]]
            entity = Entity.unlinked(name, EntityKind.ORGANIZATION)
            out.append(Mention(begin, end, name, Code.ORG, (entity,), confidence=0.7))
    return sorted(out, key=lambda m: m.begin)


_NAME_WORD = re.compile(r"[A-Z][a-z]+|of|the|and|for|on|in")


def _initials(name: str) -> str | None:
    """The acronym of an organisation's name of three to six capitalised plain words
    ("Shanghai Cooperation Organisation": "SCO"; not "ECOWAS Court of Justice"); None when the
    name has another kind of word."""
    words = name.replace("-", " ").split()
    if words and words[0] in ("the", "The"):
        words = words[1:]
    if not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    letters = "".join(w[0] for w in words if w[0].isupper())
    return letters if 3 <= len(letters) <= 6 else None


_BRACKETED_CAPITALS = re.compile(r"\((?P<a>[A-Z]{2,8}\+?)\)")
# the capitalised words right before the brackets
_INITIALS_BEFORE = re.compile(
    r"(?<![\w-])(?P<n>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on|the|de)\s+)*[A-Z][\w’'-]*){1,7})\s*$"
)
# the head words of organisations' names ("Chamber" in "International Chamber of Commerce")
_ORG_NAME_HEADS = frozenset(
    "Organisation Organization Union Council Commission Agency Bank Fund Forum Community "
    "Association Alliance Chamber Court Conference League Movement Assembly Secretariat "
    "Programme Program Federation Institute Group".split()
)
# "(SCO)", "(EAEU)", "(OPEC+)": an acronym in brackets right after an organisation's name
# ("(V4)", "(B9)": a letter and a number)
_DEFINED_ACRONYM = re.compile(
    r"\s*\((?P<a>[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,5}\+?|[A-Z][1-9][0-9]?)\)"
)

_ORGANS = frozenset({"Commission", "Secretariat", "Parliament", "Assembly", "Court"})
_ORGAN_AFTER = re.compile(r"\s+(?:Commission|Secretariat|Parliament|Assembly|Court)\b")


# a sentence telling people attending one organisation's summit ("X and Y attended the SCO
# summit", "Leaders of the SCO met in Samarkand, with X and Y in attendance"; session 30)
# (two searches, not one pattern with a look-ahead: "(?=.*summit).*attended" tried the look-ahead
# from every position of the sentence, quadratic in its length)
_SUMMIT_NAMED = re.compile(r"(?i)\b(?:summit|leaders\s+of)\b")
_SUMMIT_ATTENDED = re.compile(r"(?i)\b(?:attended|took\s+part|in\s+attendance|participated)\b")
# (not an invitation or a plan: "Putin reiterated his invitation to Modi to attend the BRICS
# summit in Kazan", "X will attend the summit")
_SUMMIT_SIDELINES = re.compile(
    r"(?i)\b(?:sidelines|margins|fringes|on\s+the\s+eve|ahead\s+of|invit\w*|will|would|"
    r"plans?|planned|expected|to\s+attend|to\s+take\s+part)\b"
)


# "Brussels" as the EU's seat: the EU or one of its institutions named, Belgium not (a story
# about Belgium's government keeps Belgium)
_BRUSSELS, _EU = "Q239", "Q458"
_EU_NAMED = re.compile(
    r"\b(?:European\s+(?:Union|Commission|Council|Parliament)|EU|Council\s+of\s+the\s+EU)\b"
)
_BELGIUM_NAMED = re.compile(r"\bBelgi(?:um|an|ans)\b")


class MentionFinder:
    """Finds and links the mentions of an article's sentences, in order."""

    def __init__(self, kb: KbIndex, date: dt.date | None, home: KbEntity | None) -> None:
        self.kb = kb
        self.date = date
        self.gazetteer = gazetteer_for(kb)
        self.ctx = Context(home=home)
        self.people = People(kb, date, self.ctx)
        self.index = -2  # the index of the sentence read last
        # the one person a first-person text is from ("Statement from President Joe Biden on
        # ..."): its "I" outside quotations
        self.author: Entity | None = None
        self.pair_at = -2  # the index of the sentence that named the last pair of states
        self.core_states: tuple[Entity, ...] = ()  # the states it named, less its topics
        # the states the sentence read last named, with those of its people and capitals (for
        # "the two countries" after "X's minister called on Y to ...": pair.py)
        self.told_last: tuple[Entity, ...] = ()
        self.told_at = -2  # the index of that sentence
        self.told_text = ""  # and its text
        # the day the body told of last ("The next day, ..." counts from it); None when not
        # known (no day yet, or a sentence named several days or a month)
        self.last_day: dt.date | None = None
        # the speaker's turn of a transcript being read (turns.py), the speakers so far and
        # the people the headline named (with the meeting's, those a conversation is between)
        self.turn: Turn | None = None
        # the author's standing turn of a first-person release (open_release): its "I" the
        # author, its "we" the author's state, or the pair the author met
        self.release: Turn | None = None
        self.speakers: dict[str, Entity] = {}
        self.title_people: tuple[Entity, ...] = ()
        # the states the article names by name, when it has a demonym of several states
        # ("Dominican": the Dominican Republic or Dominica): the one of them it names is meant
        self.named_states: frozenset[str] = frozenset()
        # the EU, when "Brussels" acting stands for it (note_eu_story)
        self.brussels_bloc: Entity | None = None
        # the people the article showed to be a man or a woman ("Ruto invited his counterpart",
        # "Ms Sandu"), by key: "she" is never a man the article called "he" (session 28)
        self.genders: dict[str, str] = {}

    def note_state_names(self, *texts: str) -> None:
        """Remember the states the texts (an article's title and body) name by name, if they
        have a demonym that may name several states (no work for other articles)."""
        hint = _ambiguous_demonym_regex(self.kb)
        if hint is None or not any(t and hint.search(t) for t in texts):
            return
        named: set[str] = set()
        for text in texts:
            for match in self.gazetteer.find(text or ""):
                surface = text[match.begin : match.end]
                if len(match.qids) == 1 and len(self.kb.demonym_states(surface)) < 2:
                    entity = self.kb.entity(match.qids[0])
                    if entity is not None and entity.kind is EntityKind.STATE:
                        named.add(match.qids[0])
        self.named_states = frozenset(named)

    def note_eu_story(self, *texts: str) -> None:
        """Remember whether "Brussels" acting stands for the EU: the texts (an article's title and
        body) name the EU or one of its institutions and do not name Belgium (session 32)."""
        joined = "\n".join(t for t in texts if t)
        if "Brussels" not in joined or _BELGIUM_NAMED.search(joined):
            return
        if _EU_NAMED.search(joined) and (eu := self.kb.entity(_EU)) is not None:
            self.brussels_bloc = entity_of(eu)

    def _named_demonym_state(
        self, qids: tuple[str, ...], surface: str, text: str, at: int, end: int
    ) -> Entity | None:
        """The state an ambiguous demonym means: the one of its states a KB holder's office
        told before ("Dominican President Luis Abinader", people.py), else the one the article
        names ("Dominican" in an article that names the Dominican Republic and not Dominica);
        None when it names none or several, for a divided nation's ("Korean"), or when the
        demonym is an envoy's and the sentence names that state beside it ("Dominica's Prime
        Minister hosted the Dominican ambassador": the envoy of the other one)."""
        if len(qids) < 2 or set(qids) != set(self.kb.demonym_states(surface)):
            return None
        told = self.people.demonym_states.get(tuple(sorted(qids)))
        if told is not None:
            chosen = [told.qid] if told.qid in qids else []
        elif any(_COMPASS_NAME.match(e.label) for q in qids if (e := self.kb.entity(q))):
            # ("Korean": the press names the North as such, and "Korean" alone is the South
            # even in an article that names only North Korea)
            return None
        else:
            chosen = [q for q in qids if q in self.named_states]
        if len(chosen) != 1:
            return None
        if _ENVOY_AFTER.match(text, end) and _names_state(self.gazetteer, self.kb, text, chosen[0]):
            return None
        entity = self.kb.entity(chosen[0])
        return None if entity is None else entity_of(entity)

    def analyse(self, sentence: Sentence, *, in_title: bool = False) -> Analysis:
        # hashtags and handles read as plain words ("#Makei"); same length keeps offsets
        text = sentence.text
        if "#" in text or "@" in text:
            text = _TAGS.sub(" ", text)
        text = _family_names(text)
        base = sentence.begin
        self.index = sentence.index
        self.people.headline = in_title
        mentions = self._gazetteer_mentions(text, base)
        for extra in (find_money(text, base), find_percents(text, base)):
            mentions = _add_amounts(mentions, extra)
        if "+" in text:
            mentions = _plus_groups(mentions, text, base)
        mentions = self._unknown_orgs(mentions, text, base)
        for start, end, name in multinational_forces(text):
            # "the UK-led Joint Expeditionary Force" (session 43)
            _add_unlinked_org(mentions, base + start, base + end, name, 0.7)
        mentions = _groupings(mentions, text, base)
        if _has_any(text, _LISTING_VERBS):
            mentions = _listing_bodies(mentions, text, base)
        if "banned " in text or "outlawed " in text or "proscribed " in text:
            mentions = _banned_groups(mentions, text, base)
        if "(" in text or self.ctx.acronyms or any(m.code is Code.ORG for m in mentions):
            mentions = self._defined_acronyms(mentions, text, base)
        mentions = _acronym_orgs(mentions, text, base)
        if "of which" in text:
            mentions = _of_which_bodies(mentions, text, base)
        mentions = _armed_groups(mentions, text, base, self.ctx)
        if self.ctx.groups:
            mentions = _remembered_groups(mentions, text, base, self.ctx)
        if "Forces" in text or "Army" in text or "Force " in text:
            mentions = _forces_beside_groups(mentions, text, base, self.ctx)
        if "uro" in text or "Schengen" in text:
            mentions = _currency_areas(mentions, text, base)
        mentions = _venues(mentions, text, base)
        if " of " in text and _has_any(text, _TOWN_WORDS):
            mentions = _towns(mentions, text, base)
        if ", " in text and _US_STATE_AFTER_COMMA.search(text):
            mentions = _us_towns(mentions, text, base)
        mentions = _waters(mentions, text, base)
        if (
            "Western " in text
            or "protesters " in text
            or "demonstrators " in text
            or "thnic " in text
            or "Cypriot " in text
            or "Serb " in text
            or "Croat " in text
        ):
            mentions = _unlinked_groups_of_states(mentions, text, base)
        mentions = self._seats(mentions, text, base)
        mentions = self.people.kin_names(mentions, text, base)
        mentions = self.people.known_names(mentions, text, base)
        mentions = self.people.honorific_names(mentions, text, base)
        mentions = _patronymics(mentions, text, base)
        mentions = _second_surnames(mentions, text, base)
        mentions = self.people.bind_titles(mentions, text, base)
        if "ommanded by" in text or "command of" in text:
            mentions = self.people.force_commanders(mentions, text, base)
        mentions = self.people.bare_surnames(mentions, text, base)
        mentions = self.people.object_names(mentions, text, base)
        if (
            "arrest" in text
            or "detain" in text
            or "jail" in text
            or "impris" in text
            or ("abduct" in text or "kidnap" in text)
        ):
            mentions = self.people.arrested_names(mentions, text, base)
        if "elegation" in text:
            mentions = self.people.delegation_heads(mentions, text, base)
        mentions = self.people.guests.mentions(mentions, text, base)
        if "host" in text:
            mentions = self.people.guests.host_mentions(mentions, text, base)
        if "'" in text or "‘" in text or '"' in text or "“" in text or "(" in text:
            mentions = _nicknames(mentions, text, base)
        mentions = self._coreference(mentions, text, base)
        if "ember" in text or "join" in text or "elong" in text or "acce" in text:
            # (the words of _ORG_LIST_KEYS, tested inline: most sentences have none)
            mentions = _listed_orgs(mentions, text, base, self.kb)
        mentions = [self._metonym(m, text, base) if m.code is Code.CITY else m for m in mentions]
        mentions = _named_leaders(mentions, text, base)
        if (
            "Majest" in text
            or "Highness" in text
            or "Excellenc" in text
            or "H.E" in text
            or _ROYAL_ABBREVIATION.search(text)
        ):
            mentions = _royal_styles(mentions, text, base)
        if "his " in text or "her " in text or "their " in text or "my " in text or "My " in text:
            # (and "my counterpart, Prime Minister X" in a first-person release)
            mentions = _possessed_people(mentions, text, base)
        mentions = [
            self._leader(m, text, base) if m.code in (Code.DEMONYM, Code.STATE) else m
            for m in mentions
        ]
        if "European " in text:
            # "met European ambassadors": envoys of European states, no one of the EU's
            mentions = [m for m in mentions if not _european_envoys(m, text, base)]
        dates = find_dates(text, self.date, base, self.last_day, narrative=not in_title)
        dates = [d for d in dates if not any(m.begin <= d.begin < m.end for m in mentions)]
        if not in_title:
            self._tell(sentence, text, dates)
        spoken = dates
        if len(dates) >= 2 and any(d.reported for d in dates):
            # "On Monday, the ministry said the two states established relations in 1992": when
            # it was said is a last resort, after the dates of what was said
            dates = sorted(dates, key=_said_on)
        if sentence.index == 0 and dates and (line := WIRE_DATELINE.match(text)) is not None:
            # "MINSK, 16 September (BelTA) - ... met ... on 15 September": the date the report
            # was filed is the last resort, after the dates the sentence gives its acts
            filed = base + line.end()
            dates.sort(key=lambda d: d.begin < filed)
            if spoken is not dates:
                spoken.sort(key=lambda d: d.begin < filed)
        analysis = Analysis(
            sentence,
            sorted(mentions, key=lambda m: m.begin),
            dates,
            in_title=in_title,
            spoken_dates=spoken if spoken is not dates else None,
        )
        _mask(analysis)
        if self.turn is not None and not in_title:
            analysis.masked = speech(analysis, self.turn)
        if in_title and "§P" in analysis.masked:
            self._remember_author(analysis)
        self._remember(analysis)
        return analysis

    def open_turn(self, label: Analysis, name_end: int, met: tuple[Entity, ...] = ()) -> None:
        """Start the turn of the speaker a transcript's label names ("President of Russia
        Vladimir Putin:": Putin, for Russia), whose name ends at ``name_end`` in the label's
        text; a label naming no one the KB or a title knows ends the turn before it. "You" is
        the other one of a conversation of two: of the speakers so far, the people of the
        meeting reported, the people of the meetings read so far (``met``) and those the
        headline named."""
        at = label.sentence.begin + name_end
        person = next(
            (
                m
                for m in label.mentions
                if m.end == at and m.code is Code.PERSON and len(m.entities) == 1
            ),
            None,
        )
        if person is None or person.entity is None:
            self.turn = None
            return
        speaker = person.entity
        self.speakers.setdefault(speaker.key, speaker)
        parties = dict(self.speakers)
        for e in (*self.ctx.meeting, *met, *self.title_people):
            if e.kind is EntityKind.PERSON:
                parties.setdefault(e.key, e)
        others = [e for key, e in parties.items() if key != speaker.key]
        addressee = others[0] if len(parties) == 2 and len(others) == 1 else None
        office = person.office if person.office is not None and person.office.current else None
        self.turn = Turn(
            speaker,
            self._body_of(speaker, office),
            addressee,
            self._body_of(addressee, None) if addressee is not None else None,
        )

    def open_release(self, role: str, state: KbEntity, title: str | None, body: str) -> None:
        """Read the body as the turn of the author of a first-person release (a prime
        minister's media release, a president's address, a foreign minister's statement: the
        office ``role`` of ``state``, turns.release_office): its "I", "me" and "my" are the
        person holding that office on the article's date, its "we" and "our country" the
        state, and its "we" after a meeting of the author with one other party the pair. The
        person is the one holder of the office (by the KB, in office on the day) whom the
        headline or the body names, else the one holder the KB knows on the day (a stale
        snapshot names nobody), else the state stands for the author."""
        home = entity_of(state)
        person = self._release_author(role, state, f"{title or ''}\n{body}")
        self.author = person or home
        self.release = self.turn = Turn(self.author, home)

    def close_release(self) -> None:
        """The release turned out a joint statement: its "we" are its issuers."""
        if self.turn is self.release:
            self.turn = None
        self.release = self.author = None

    def _release_author(self, role: str, state: KbEntity, text: str) -> Entity | None:
        if self.date is None:
            return None
        posts = [p.qid for p in self.kb.posts(state.qid, role)]
        holders = {
            q: e for p in posts for q in self.kb.holders(p, self.date) if (e := self.kb.entity(q))
        }
        titled = {spelling_key(m.group("s")) for m in _TITLED_SURNAME.finditer(text)}
        named = [
            e
            for e in holders.values()
            if e.label in text or spelling_key(e.label.split()[-1]) in titled
        ]
        if len(named) == 1:
            return entity_of(named[0])
        known = {q for p in posts for q in self.kb.holders(p, self.date, known=True)}
        if len(known) == 1 and (e := self.kb.entity(known.pop())) is not None:
            return entity_of(e)
        return None

    def question_turn(self) -> None:
        """Start a question's turn: its "I", "we" and "you" are no party's."""
        self.turn = Turn()

    def _body_of(self, person: Entity, office: Office | None) -> Entity | None:
        """The state (or organisation) a person speaks for: that of the office their label or
        the article gives them, else the one state the KB has them in office for."""
        office = office or self.ctx.office_of(person)
        if office is not None and office.current and office.jurisdiction is not None:
            return office.jurisdiction
        return self._kb_state_of(person)

    def _remember_author(self, analysis: Analysis) -> None:
        """The person a headline says the text is from, if it names one."""
        m = _AUTHOR_HEADLINE.match(analysis.masked)
        if m is None:
            return
        author = analysis.slots.get(m.group("p"))
        if author is not None and author.code is Code.PERSON and len(author.entities) == 1:
            self.author = author.entity

    def _tell(self, sentence: Sentence, text: str, dates: list[DateMention]) -> None:
        """Keep the day a sentence tells of (:attr:`last_day`): the one day it names (a wire
        dateline's date aside), none when it names several or a month or week."""
        if not dates:
            return
        filed = 0
        if sentence.index == 0 and (line := WIRE_DATELINE.match(text)) is not None:
            filed = sentence.begin + line.end()
        days: set[dt.date] = set()
        vague = False
        for d in dates:
            if d.since or d.begin < filed:
                continue
            day = d.value.as_date() if d.end_value is None else None
            if day is not None:
                days.add(day)
            elif d.value.precision > Precision.YEAR:
                vague = True  # ("in March", "last week", "on 7-8 October": no one day)
        if len(days) == 1 and not vague:
            self.last_day = days.pop()
        elif days or vague:
            self.last_day = None

    def heading(self, sentence: Sentence) -> None:
        """Read a heading for context only ("Belarus and Russia ties"): the states it names are
        the pair "both countries" means next. Cheaper than :meth:`analyse` (names only)."""
        states = {
            m.entities[0].key: m.entities[0]
            for m in self._gazetteer_mentions(sentence.text, sentence.begin)
            if m.code in _STATE_CODES and m.entities[0].kind is EntityKind.STATE
        }
        if len(states) >= 2:
            self.ctx.last_states = tuple(states.values())
            self.pair_at = sentence.index

    def _gazetteer_mentions(self, text: str, base: int) -> list[Mention]:
        out: list[Mention] = []
        matches = self.gazetteer.find(text, base)
        kb = self.kb
        # (enum members read once: each read is a Python-level call in 3.11)
        city, demonym, org, person = Code.CITY, Code.DEMONYM, Code.ORG, Code.PERSON
        state_code = Code.STATE
        headline = self.people.headline  # (a title-case headline capitalises every word)
        for match in matches:
            at = match.begin - base
            surface = text[at : match.end - base]
            linked = _match_link(kb, match.qids, surface)
            if (
                (self.named_states or self.people.demonym_states)
                and linked is not None
                and linked[1].qid is None
                and (
                    chosen := self._named_demonym_state(
                        match.qids, surface, text, at, match.end - base
                    )
                )
                is not None
            ):
                linked = (linked[0], chosen)
            if linked is None:  # several KB people of this name: the article decides
                entity = self.people.link(surface, None)
                code = _CODES.get(entity.kind, Code.PLACE)
            else:
                code, entity = linked
            if (
                code is state_code
                and not headline
                and _OFFICE_WORD_BEFORE.search(text, max(0, at - 12), at)
                and (more := _NAME_GOES_ON.match(text, match.end - base)) is not None
                and more.group(1).lower() not in _NOT_MORE_NAME
                and not any(m.begin == match.end + 1 for m in matches)
            ):
                continue  # "Israeli Foreign Minister Israel Katz": a given name, not the state
            if code is city:
                if not entity.qid:
                    entity = self._city_of_named_state(match.qids, matches) or entity
                if not self._city_context(text, at, entity):
                    continue
            if (
                code is person
                and not headline
                and (more := _NAME_GOES_ON.match(text, match.end - base)) is not None
                and more.group(1).lower() not in _NOT_MORE_NAME
                and self._other_office(entity, text, at)
            ):
                continue  # "Prime Minister Abdul Hamid Dbeibah": a longer name than the KB's
                # "Abdul Hamid", with an office he never held (President of Bangladesh): someone
                # else (not "Nicolás Maduro Moros", a second family name)
            if (
                surface[0] in _REGNAL_FIRST
                and _REGNAL.fullmatch(surface)
                and _REGNAL_AFTER_NAME.search(text, max(0, at - 40), at)
            ):
                continue  # "King Tupou VI": a regnal number, not the U.S. Virgin Islands
            if code is demonym:
                if _OF_A_CONTINENT.search(text, max(0, at - _OF_A_CONTINENT_REACH), at):
                    continue  # "Latin American", "the Central American nation": not the US
                if _CONTINENT_AFTER.match(text, match.end - base):
                    continue  # "the American continent"
            if (
                code is org
                and surface.lower() in _NATIONAL_BODY_NAMES
                and not _EU_BEFORE.search(text, max(0, at - 30), at)
            ):
                # "the Belarusian Council of Ministers", "the Council of Ministers of Belarus":
                # a state's body too, the KB's name for the EU's council only with "EU" before it
                entity = Entity.unlinked(surface, EntityKind.ORGANIZATION)
            end = match.end
            if (
                code is person
                and entity.qid
                and (dynasty := _DYNASTY_AFTER.match(text, end - base)) is not None
                and (
                    (label := fold(entity.label).split())[-2:] == ["al", fold(dynasty.group("d"))]
                    or (len(label) == 3 and label[1] in _LINEAGE_WORDS)
                )
            ):
                # "Mohammed bin Abdulrahman bin Jassim Al-Thani" is the KB's "Sheikh Mohammed
                # bin Abdulrahman Al Thani": the dynasty (and a grandfather's name) goes on it;
                # "Prince Mohammed bin Salman bin Abdulaziz Al Saud" the KB's "Mohammad bin
                # Salman" (a name of the given and father's names only; session 43)
                end = dynasty.end() + base
                if (style := _GULF_STYLE_BEFORE.search(text, max(0, at - 40), at)) is not None:
                    # (the styles before it go on it too, as on a name read without the KB:
                    # "His Royal Highness Prince ...", so that a title apposed after it binds)
                    at = style.start()
                surface = text[at : end - base]
            elif code is person and (epithet := _REGNAL_EPITHET.match(text, end - base)):
                # "Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah": Brunei's sultan's
                # regnal epithet, part of the name his releases write
                end = epithet.end() + base
                surface = text[at : end - base]
            out.append(Mention(base + at, end, surface, code, (entity,)))
        return out

    def _other_office(self, person: Entity, text: str, at: int) -> bool:
        """Whether the title right before a KB person's name is an office the KB never has them
        hold ("Prime Minister Abdul Hamid ..." of the KB's President of Bangladesh)."""
        title = _TITLE_BEFORE.search(text, max(0, at - 20), at)
        if title is None or person.qid is None:
            return False
        role = _TITLE_ROLES[" ".join(title.group(1).split())]
        return all(t.role != role for t in self.kb.tenures(person.qid))

    def _city_of_named_state(
        self, qids: tuple[str, ...], matches: list[GazetteerMatch]
    ) -> Entity | None:
        """ "Georgetown" on a visit to Guyana is its capital, not the Gambian town: the one KB
        city of the name in a state the article has named (before or in the sentence)."""
        named = set(self.ctx.states) | {q for m in matches for q in m.qids}
        cities = [
            e
            for q in qids
            if (e := self.kb.entity(q)) is not None
            and e.kind is EntityKind.CITY
            and e.country in named
        ]
        return entity_of(cities[0]) if len(cities) == 1 else None

    def _seats(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """Seats of government that stand for it ("the Kremlin said", "White House spokesman
        John Kirby"); "at the Kremlin" is a venue, found before."""
        if not _has_any(text, _SEAT_WORDS):
            return mentions
        out = list(mentions)
        for m in _SEAT.finditer(text):
            begin, end = base + m.start(), base + m.end()
            if any(k.begin < end and begin < k.end and k.code is not Code.ORG for k in out):
                continue
            state = self.kb.entity(_SEATS[" ".join(m.group(0).split())])
            if state is None:
                continue
            out = [k for k in out if not (k.begin < end and begin < k.end)]
            out.append(
                Mention(begin, end, m.group(0), Code.STATE, (entity_of(state),), confidence=0.75)
            )
        return out

    def _metonym(self, mention: Mention, text: str, base: int) -> Mention:
        """A national capital that is not a place ("in Moscow") stands for its government:
        "Moscow and Minsk signed ...", "Washington urged ..."."""
        if mention.code is not Code.CITY or mention.entity is None or not mention.entity.qid:
            return mention
        state = self.kb.capital_of(mention.entity.qid)
        if state is None:
            return mention
        before = text[max(0, mention.begin - base - 24) : mention.begin - base].lower()
        after = text[mention.end - base : mention.end - base + 30]
        if before.endswith(" in ") and _organ_in(text, mention.begin - base):
            return replace(mention, code=Code.STATE, entities=(entity_of(state),), confidence=0.75)
        if _PLACE_BEFORE.search(before) and not (
            before.endswith("to ")
            and _ADDRESSED_TO.search(text, max(0, mention.begin - base - 40), mention.begin - base)
        ):
            return mention  # a place: "in Moscow"
        if mention.begin == base and (
            (after.startswith(",") and (base == 0 or _DAY_AFTER_COMMA.match(after)))
            or (mention.begin < 4 and _DATELINE_AFTER.match(after))
        ):
            # a dateline: "Minsk, 2 September 2022", "NEW DELHI: ", "KYIV (AP) — " (not a
            # capital opening a later sentence before an apposition: "Tokyo, long one of
            # Myanmar's largest donors, has suspended ...", session 30)
            return mention
        if (
            mention.begin - base < 40
            and (
                after.startswith("/")
                or _FIRST_DATELINE_CITY.fullmatch(text, 0, mention.begin - base)
            )
            and WIRE_DATELINE.match(text) is not None
        ):
            return mention  # a dateline of two cities: "BEIJING/TEGUCIGALPA, March 26 (Reuters) - "
        if re.match(r"\s*(?:[-–]\s*)?[A-Z]", after) and not re.match(r"\s+and\s", after):
            return mention  # part of a name: "the Vienna Convention", "the Minsk Group"
        meant = entity_of(state)
        if mention.entity.qid == _BRUSSELS and self.brussels_bloc is not None:
            # "Brussels had imposed duties on American products" in a story about the EU's trade
            # (the EU, read as a state as its name is)
            meant = self.brussels_bloc
        return replace(mention, code=Code.STATE, entities=(meant,), confidence=0.75)

    def _leader(self, mention: Mention, text: str, base: int) -> Mention:
        """ "The Russian leader praised ...": the one head of state or government of that state
        the article has named, when there is exactly one."""
        if (
            mention.entity is None
            or not (
                mention.code is Code.DEMONYM
                # "The Singapore leader", "the PNG leader": a state's name before it (session 28)
                or (
                    mention.code is Code.STATE
                    and mention.entity.kind is EntityKind.STATE
                    and text[max(0, mention.begin - base - 4) : mention.begin - base].lower()
                    == "the "
                    # (not a demonym of two states read as one: "the Dominican leader", as before)
                    and len(self.kb.demonym_states(mention.text)) < 2
                )
            )
        ):
            return mention
        after = _LEADER.match(text, mention.end - base)
        if after is None:
            return mention
        state = mention.entity.key
        leaders = {
            person.key: (person, office)
            for person, office in self.ctx.people
            if office is not None
            and office.role in {"HeadOfState", "HeadOfGovernment"}
            and office.jurisdiction is not None
            and office.jurisdiction.key == state
        }
        offices: tuple[Office, ...] = ()
        if len(leaders) == 1:
            person, office = next(iter(leaders.values()))
            offices = (replace(office, named=False),)
        elif not leaders and self.date is not None and mention.entity.qid:
            # "Vladimir Putin had a telephone conversation ... thanked the Russian leader": the
            # one person named whom the KB has leading that state on the article's date
            date, qid = self.date, mention.entity.qid
            people = {
                person.key: person
                for person, _ in self.ctx.people
                if person.qid
                and any(
                    t.role in {"HeadOfState", "HeadOfGovernment"}
                    and t.jurisdiction == qid
                    and t.covers(date)
                    for t in self.kb.tenures(person.qid)
                )
            }
            if len(people) != 1:
                return mention
            person = next(iter(people.values()))
        else:
            return mention
        return Mention(
            mention.begin,
            base + after.end(),
            text[mention.begin - base : after.end()],
            Code.PERSON,
            (person,),
            offices,
            confidence=0.8,
        )

    def _city_context(self, text: str, start: int, entity: Entity) -> bool:
        """Single-word city names are often common words: accept them after a place word, or
        when they are national capitals (which also stand for governments)."""
        before = text[max(0, start - 20) : start].lower()
        if _CITY_BEFORE.search(before):
            return True
        if entity.qid and self.kb.capital_of(entity.qid) is not None:
            return True
        return " " in entity.label

    def _defined_acronyms(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """An acronym the article defines after an organisation's name ("the Shanghai
        Cooperation Organisation (SCO)") names that organisation wherever it stands alone, in
        that sentence and the ones after."""
        ctx = self.ctx
        defined = []
        if "(" in text:
            mentions = _named_by_initials(mentions, text, base)
        for m in mentions:
            if m.code is Code.ORG and m.entity is not None:
                definition = _DEFINED_ACRONYM.match(text, m.end - base)
                if definition is None and m.entity.is_linked and " " in m.text:
                    # "the Shanghai Cooperation Organisation ..., the SCO": its initials name
                    # it again, unless the article or the KB gives them to another
                    initials = _initials(m.text)
                    if (
                        initials is not None
                        and initials not in ctx.acronyms
                        and initials not in self.kb.surface_names()
                    ):
                        ctx.acronyms[initials] = m.entity
                        ctx.acronym_pattern = None
                if definition is not None:
                    defined.append(definition.span())
                    acronym = definition.group("a")
                    if ctx.acronyms.get(acronym, m.entity).key == m.entity.key:
                        ctx.acronyms[acronym] = m.entity
                        ctx.acronym_pattern = None
                    else:  # one acronym for two organisations: for neither
                        ctx.acronyms[acronym] = Entity.unlinked(acronym, EntityKind.ORGANIZATION)
        if not ctx.acronyms or not any(a in text for a in ctx.acronyms):
            return mentions
        if ctx.acronym_pattern is None:
            names = "|".join(map(re.escape, sorted(ctx.acronyms, key=len, reverse=True)))
            ctx.acronym_pattern = re.compile(rf"(?<![\w-])(?:{names})(?![\w-]|\+)")
        out = []
        for m in mentions:
            # the article's own acronym over the KB's: "the International Chamber of Commerce
            # (ICC)" makes a later "ICC" no court
            entity = ctx.acronyms.get(m.text) if m.code is Code.ORG else None
            if entity is not None and m.entity is not None and m.entity.key != entity.key:
                m = replace(m, entities=(entity,), confidence=0.85)
            out.append(m)
        for found in ctx.acronym_pattern.finditer(text):
            begin, end = base + found.start(), base + found.end()
            if any(a <= found.start() < b for a, b in defined) or any(
                k.begin < end and begin < k.end for k in out
            ):
                continue
            entity = ctx.acronyms[found.group()]
            out.append(Mention(begin, end, found.group(), Code.ORG, (entity,), confidence=0.85))
        return out

    def _unknown_orgs(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        out = list(mentions)
        if not _ORG_HEAD_WORD.search(text):
            return out
        # "MOSCOW, April 4 (Kazinform News Agency) - ...": the agency filing the story is no
        # party to it
        line = WIRE_DATELINE.match(text)
        for m in _UNKNOWN_ORG.finditer(text, line.end() if line else 0):
            group = "name" if m.group("name") else "name2"
            name, start = m.group(group).strip(), m.start(group)
            organ = _ORGAN_AFTER.match(text, m.end(group))
            if organ is not None:
                name += organ.group(0)  # "the African Union Commission", not "African Union"
            else:
                # "the Ministry of Economy, Trade and Industry": a list of its portfolios
                # (session 43; not one with another mention in it)
                stop = name_goes_on(name, text, m.end(group))
                if not any(k.begin < base + stop and base + m.end(group) < k.end for k in out):
                    name = text[start:stop]
            if _INSTRUMENT_NAME.match(name):
                # "the Treaty on Good-Neighbourliness and Alliance" is no alliance; "the Agreement
                # on the Establishment of the Asian Infrastructure Investment Bank" names the bank
                body = _OF_THE_BODY.search(name)
                if body is None:
                    continue
                start += body.start("body")
                name = body.group("body")
            while " " in name and (
                name.split(" ", 1)[0].lower() in _LEAD_WORDS
                or find_titles(name.split(" ", 1)[0])
                or name.split(" ", 1)[0].lower()
                in {
                    "honorary",
                    "deputy",
                    "vice",
                    "first",
                    "acting",
                    "co-chair",
                    "co-chairs",
                    "member",  # "Member of the Political Bureau of the ... Committee"
                    "members",
                    # "Officials of the Ministry of ...": the people of a body (session 43)
                    "officials",
                    "representatives",
                    "delegates",
                    "experts",
                }
            ):
                first, name = name.split(" ", 1)
                start += len(first) + 1
            while _LINK_OR_BACKER.match(name):
                first, name = name.split(" ", 1)
                start += len(first) + 1
            # "... Central Committee and Director of the Office ...": the title is the next
            # person's
            for tail in _AND.finditer(name):
                title = find_titles(name[tail.end() :])
                if title and title[0].begin == 0:
                    name = name[: tail.start()]
                    break
            cut = list(_AND_THE.finditer(name))
            if cut and any(
                k.begin >= base + start
                and k.end <= base + start + cut[-1].start()
                and k.entity is not None
                and k.entity.is_linked
                and text[k.end - base : k.end - base + 1] not in _APOSTROPHES
                for k in out
            ):
                # "the Russian Federation and the European Police Organisation": a list, whose
                # last item is the unknown body (not "Iran's Ministry of Intelligence and
                # Security": the owner of one body)
                start += cut[-1].end()
                name = name[cut[-1].end() :]
            if len(name.split()) < 2:
                continue
            title = find_titles(name)
            if title and title[0].begin == 0 and title[0].end == len(name):
                continue  # "High Representative of the Union for Foreign Affairs and ...": a title
            begin, end = base + start, base + start + len(name)
            inside = [k for k in out if k.begin >= begin and k.end <= end]
            if any(k.begin < end and begin < k.end and k not in inside for k in out):
                continue
            if any(
                k.entity
                and k.entity.is_linked
                and k.code is not Code.CITY  # "the OSCE Minsk Group", "the Paris Club"
                and not _modifier(k, begin)
                and not _parent(k, name)
                for k in inside
            ):
                continue  # a known name ("the European Union"), perhaps with a generic word
            if any(k.code is Code.PERSON for k in inside):
                continue
            entity = (
                self._organ_of(name)
                or self._un_council(name, text, start)
                or Entity.unlinked(name, EntityKind.ORGANIZATION)
            )
            # "the European Police Organisation (Europol)": the name of a known abbreviation
            abbr = _PAREN_AFTER.match(text, end - base)
            known = next(
                (
                    k
                    for k in out
                    if abbr
                    and k.begin == base + abbr.start(1)
                    and k.end == base + abbr.end(1)
                    and k.code is Code.ORG
                    and k.entity is not None
                    and k.entity.is_linked
                ),
                None,
            )
            if known is not None and abbr is not None:
                inside.append(known)
                entity, end = known.entities[0], base + abbr.end()
                name = text[start : abbr.end()]
            out = [k for k in out if k not in inside]
            out.append(Mention(begin, end, name, Code.ORG, (entity,), confidence=0.7))
        return out

    def _un_council(self, name: str, text: str, start: int) -> Entity | None:
        """ "The Security Council has imposed ...": the UN's, named bare after "the" (or "the
        15-member"; not "Russia's Security Council", "the Russian Security Council": a state's
        own), unless the article named another security council. So is "the General Assembly"
        (session 36b), unless the article named another assembly ("the OAS General
        Assembly")."""
        body = _UN_BODIES.get(name)
        if body is None or not _THE_SIZED_BEFORE.search(text, 0, start):
            return None
        qid, head, kb_name = body
        named = self.ctx.bodies.get(head)
        if named is not None and named.qid != qid and (named.qid or named.label != name):
            return None  # (not one this name left unlinked before: a headline's)
        found = self.kb.resolve(kb_name)
        return entity_of(found) if found is not None and found.qid == qid else None

    def _styled_monarch(self, style: str) -> Entity | None:
        """The one person the article named in a monarch's office whose holder this style
        addresses ("His Majesty": a king, queen, sultan or emperor; "His Highness": an emir)."""
        titles = _MAJESTY_TITLES if style in {"Majesty", "HM"} else _HIGHNESS_TITLES
        found = {
            person.key: person
            for person, office in self.ctx.people
            if person.kind is EntityKind.PERSON
            and office is not None
            and office.role == "HeadOfState"
            and titles.search(office.label)
        }
        if not found and style in {"Highness", "HH"}:
            # (the one person the article named with this style: "President His Highness
            # Sheikh Mohamed bin Zayed", a head of state not titled emir; session 36)
            found = self.ctx.highness
        return next(iter(found.values())) if len(found) == 1 else None

    def _organ_of(self, name: str) -> Entity | None:
        """The organisation an organ the KB lacks acts for ("the North Atlantic Council": NATO)."""
        parent = _ORGAN_PARENTS.get(name)
        found = self.kb.resolve(parent) if parent is not None else None
        return entity_of(found) if found is not None else None

    def _coreference(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        out = list(mentions)

        def free(begin: int, end: int) -> bool:
            return not any(k.begin < base + end and base + begin < k.end for k in out)

        def refer(m: re.Match[str], code: Code, to: tuple[Entity, ...], confidence: float) -> None:
            out.append(
                Mention(
                    base + m.start(), base + m.end(), m.group(0), code, to, confidence=confidence
                )
            )

        low = text.lower()

        def states_before(at: int) -> tuple[Entity, ...]:
            """The states this sentence names before ``at``, a person by the state this article
            gives their office ("President Muizzu paid a state visit to China, during which the
            two countries ...": the Maldives and China)."""
            found: dict[str, Entity] = {}
            for k in out:
                if k.end > base + at:
                    continue
                if k.code in _STATE_CODES:
                    found.update((e.key, e) for e in k.entities if e.kind is EntityKind.STATE)
                elif k.code is Code.PERSON and len(k.entities) == 1:
                    office = k.office or self.ctx.office_of(k.entities[0])
                    state = office.jurisdiction if office is not None else None
                    if state is not None and state.kind is EntityKind.STATE:
                        found.setdefault(state.key, state)
            return tuple(found.values())

        def met_since(at: int, pair: tuple[Entity, ...]) -> bool:
            """Whether the sentence tells a meeting after it first names one of ``pair`` (a
            state, or a person by their office's state) and before ``at``."""
            keys = {e.key for e in pair}
            ends = []
            for k in out:
                if k.end > base + at:
                    continue
                if any(e.key in keys for e in k.entities):
                    ends.append(k.end - base)
                elif k.code is Code.PERSON and len(k.entities) == 1:
                    office = k.office or self.ctx.office_of(k.entities[0])
                    state = office.jurisdiction if office is not None else None
                    if state is not None and state.key in keys:
                        ends.append(k.end - base)
            return bool(ends) and _PAIR_MET.search(text, min(ends), at) is not None

        for m in _scan(_GROUP, _GROUP_KEYS, text, low):
            named_before = states_before(m.start())
            pair_met = (
                len(named_before) == 2 and "sides" in low and met_since(m.start(), named_before)
            )
            states = self._group_states(m.group("g"), named_before, pair_met=pair_met)
            if _PAIR.match(m.group("g")) and (parties := document_pair(self, text, m)):
                # "According to the communiqué, the two countries agreed ...": the two parties
                # of the document told last (pairs.py)
                states = parties
            if "parties" in low and _AGREEMENT_PARTIES.search(text) is not None:
                # "Under the Agreement, the parties commit to ...": its signatories (not the
                # state that hosted the talks), else those who issue the text, else none
                states = self.ctx.signatories or self.ctx.issuers
                counted = _COUNTED_GROUP.match(m.group("g").lower())
                if counted is not None and len(states) != _COUNTS[counted.group("n")]:
                    states = ()  # "the three parties" of a treaty of two: not these
            elif m.group("g").endswith(("parties", "Parties")) and _COUNTED_GROUP.match(
                m.group("g").lower()
            ):
                states = ()  # "the three parties" with no document told: political parties
            if (
                m.group("g").lower() in _SIDES_OF_TALKS
                and len(self.ctx.meeting) == 2
                and _AFTER_THE_TALKS.match(text[: m.start()])
            ):
                # "Following the talks, the sides signed ...": the two sides of the talks the
                # article reported, not a pair named since in background ("The US embargo
                # against Cuba ... Following the talks, the sides signed ..." after Putin met
                # Diaz-Canel: Russia and Cuba; session 42)
                talks: tuple[Entity, ...] = self.ctx.meeting
                if not _all_states(talks):
                    talks = self._states_of_people(talks)
                states = talks if len(talks) == 2 else states
            if "member" in low and free(m.start(), m.end()):
                states = self._members_named(m, states, out, base)
            if free(m.start(), m.end()) and len(states) >= 2:
                refer(m, Code.GROUP, states, 0.8)
        if "the North" in text or "The North" in text:
            north = self.ctx.states.get(_NORTH_KOREA) or next(
                (e for k in out for e in k.entities if e.qid == _NORTH_KOREA), None
            )
            if north is not None:
                # "It warned that the North would ...": North Korea, named before
                for m in _THE_NORTH.finditer(text):
                    if free(m.start(), m.end()):
                        refer(m, Code.STATE, (north,), 0.75)
        if self.ctx.crown_prince is not None and ("Crown Prince" in text or "crown prince" in text):
            # "The Crown Prince thanked ...", after "Crown Prince Mohammed bin Salman" was named
            for m in _THE_CROWN_PRINCE.finditer(text):
                # (a title read alone with no holder: "Crown Prince", unlinked, gives way)
                begin, end = base + m.start(), base + m.end()
                out = [k for k in out if not _bare_heir(k, begin, end)]
                if free(m.start(), m.end()):
                    refer(m, Code.PERSON, (self.ctx.crown_prince,), 0.75)
        if "Majesty" in text or "Highness" in text or "HM" in text or "HH" in text:
            # "During the call, His Majesty affirmed ...": the one monarch of that style the
            # article named (a king's, an emir's), none if two
            for m in _BARE_ROYAL_STYLE.finditer(text):
                monarch = self._styled_monarch(m.group("s") or m.group("a"))
                if monarch is not None and free(m.start(), m.end()):
                    refer(m, Code.PERSON, (monarch,), 0.75)
        for m in _scan(_THEIR_LEADERS, ("leaders", "heads", "presidents"), text, low):
            # "The Russian and EU leaders agreed ...": the leaders who met
            met = tuple(e for e in self.ctx.meeting if e.kind is EntityKind.PERSON)
            people = met if len(met) >= 2 else self.ctx.last_people
            begin, end = base + m.start(), base + m.end()
            inside = [k for k in out if begin <= k.begin and k.end <= end]
            if len(people) < 2 or not inside or not free_of(out, inside, begin, end):
                continue
            out = [k for k in out if k not in inside]
            refer(m, Code.PERSON, people, 0.75)
        for m in _scan(_THE_NUMBER, tuple(_COUNTS), text, low):
            # "..., and the three agreed to ...": the people (else states) just named, if that
            # many
            if not free(m.start(), m.end()):
                continue
            n = _COUNTS[m.group("n").lower()]
            here = tuple(
                {
                    e.key: e
                    for k in out
                    if k.code is Code.PERSON and k.end <= base + m.start()
                    for e in k.entities
                }.values()
            )
            # "... recognised Azerbaijan's independence in 1991, and the two established ...":
            # the states of this sentence before the people and states of earlier ones
            group = next(
                (
                    g
                    for g in (
                        here,
                        states_before(m.start()),
                        self.ctx.last_people,
                        self.pair() if n == 2 else self.ctx.last_states,
                    )
                    if len(g) == n
                ),
                (),
            )
            if group:
                code = Code.PERSON if group[0].kind is EntityKind.PERSON else Code.GROUP
                refer(m, code, group, 0.7)
        for m in _scan(_PERSON_GROUP, _PERSON_GROUP_KEYS, text, low):
            if not free(m.start(), m.end()):
                continue
            words = m.group("g")
            if m.group("n"):
                n = _COUNTS[m.group("n").lower()]
                groups = (self.ctx.latest, self.ctx.last_people, self._holders(words))
                people = next((g for g in groups if len(g) == n and _all_people(g)), ())
                if not people:
                    # "Zelensky thanked the three leaders" after he met three: those who met
                    # (else were named last) but the people this sentence named before it
                    said_before = {
                        e.key
                        for k in out
                        if k.code is Code.PERSON and k.end <= base + m.start()
                        for e in k.entities
                    }
                    rest = (
                        tuple(e for e in g if e.key not in said_before)
                        for g in groups[:2]
                        if said_before and said_before <= {e.key for e in g}
                    )
                    people = next((g for g in rest if len(g) == n and _all_people(g)), ())
                if people:
                    refer(m, Code.PERSON, people, 0.75)
                continue
            if _listed_after(out, words, base + m.end()):
                # "with the foreign ministers of two Pacific partners, Japan's Yoko Kamikawa and
                # New Zealand's Nanaia Mahuta": the people the title lists, not others before
                continue
            pair = _PAIR.match(words) is not None
            named = [k for k in out if k.code is Code.PERSON and k.end <= base + m.start()]
            if (
                not pair
                and not named
                and re.search(r"(?i)leaders|heads|presidents", words)
                and (parties := self._summit_parties(single=True))
            ):
                # "The first summit between the GCC and ASEAN was held in Riyadh. It was
                # co-chaired by X and Y. The leaders adopted ...": the parties of a summit of
                # organisations (or of a state with one), not the people named since (session 29)
                refer(m, Code.GROUP, parties, 0.75)
                continue
            if (
                not pair
                and not named
                and re.search(r"(?i)leaders|heads|presidents", words)
                and (attended := self.ctx.summit_attended) is not None
                and {e.key for e in self._people_in_role(words)} == attended[1]
            ):
                # "Xi and Putin attended the SCO summit in Samarkand. The leaders also decided
                # ...": the organisation whose summit they attended (session 30)
                refer(m, Code.ORG, (attended[0],), 0.75)
                continue
            where = _WHERE_THEY.search(text, 0, m.start()) is not None
            if where or _MET_THEN_THEY.search(text, 0, m.start()):
                # "X held talks with Y in Moscow, where the ministers discussed ...": the people
                # this sentence named before it (as "they" there), if as many as the phrase says
                here = tuple({e.key: e for k in named for e in k.entities}.values())
                if len(here) == 2 or (len(here) > 2 and not pair and where):
                    refer(m, Code.PERSON, here, 0.8)
                    continue
            people = (
                (self._pair_between(words, text[: m.start()], named) if pair else ())
                or self._in_role(words, named)
                or self._people_in_role(words)
            )
            if len(people) >= 2:
                refer(m, Code.PERSON, self._of_region(words, people), 0.8)
            elif not people and _OF_NAMES.match(text, m.end()):
                # "The Heads of State of Burkina Faso, Mali and Niger signed ...": no people
                # named before, the states named after it act (not the ones named before, say in
                # the headline, as the group below; session 28)
                continue
            elif not people and len(self.ctx.issuers) >= 2:
                # "The Ministers committed to ..." in a joint statement: its issuers
                refer(m, Code.GROUP, self.ctx.issuers, 0.7)
            elif (
                not people
                and (len(self.ctx.last_states) == 2 if pair else len(self.ctx.last_states) >= 2)
                # ("thanked the Heads of State and Government": the AU Assembly's style of its
                # members, not the states named last; session 36, tenure)
                and not (m.start() and "Heads" in words and _AND_GOVERNMENT.match(text, m.end()))
            ):
                # "The heads of state confirmed ..." after a summit of states whose leaders
                # the article does not name: the leaders act for those states
                refer(m, Code.GROUP, self.ctx.last_states, 0.7)
        for m in _scan(_GUEST_GROUP, ("guests", "visitors", "friends"), text, low):
            # "Putin thanked the African friends for ...": the people of the meeting reported
            # (whoever thanks them is no recipient of the thanks)
            met = tuple(e for e in self.ctx.meeting if e.kind is EntityKind.PERSON)
            if len(met) >= 2 and free(m.start(), m.end()):
                refer(m, Code.PERSON, self._of_region(m.group(0), met), 0.7)
        if self.ctx.bodies:
            if "ouncil" in text and (council := self.ctx.bodies.get("Council")) is not None:
                # "thanked Kenya and the council members": the Council named before, its members
                # together (session 28)
                for m in _COUNCIL_MEMBERS.finditer(text):
                    if free(m.start(), m.end()):
                        refer(m, Code.ORG, (council,), 0.7)
            for m in _THE_BODY.finditer(text):
                org = self.ctx.bodies.get(m.group("w"))
                if org is not None and free(m.start(), m.end()):
                    refer(m, Code.ORG, (org,), 0.75)
            forum = self.ctx.bodies.get("Forum")
            if forum is not None and forum.qid and self.kb.members(forum.qid) and "forum" in text:
                # (a forum of states the KB knows the members of: not "the business forum"
                # after the St Petersburg International Economic Forum)
                for m in _THE_FORUM.finditer(text):
                    if free(m.start(), m.end()):
                        refer(m, Code.ORG, (forum,), 0.7)
        if text[:1] in _SUMMIT_BODY_FIRST and (opening := _SUMMIT_BODY.match(text)) is not None:
            # "The AU summit opened in Addis Ababa. The Summit approved ...", "The Council also
            # decided ...", "The Lome Declaration condemned ...": the subject of an act after an
            # organisation's summit is the organisation (or the parties of a summit of several;
            # session 30); a city or state naming the declaration is no party to it
            parties = (
                self._summit_parties(single=True)
                or self._one_org_summit(opening)
                or self._one_org_declaration(opening)
            )
            b, e = opening.span("g")
            inside = [k for k in out if k.begin < base + e and base + b < k.end]
            if parties and all(
                k.code in (Code.CITY, Code.STATE)
                and base + b < k.begin
                and k.end < base + e
                and "eclaration" in opening.group("g")
                for k in inside
            ):
                for k in inside:
                    out.remove(k)
                code = Code.ORG if len(parties) == 1 else Code.GROUP
                out.append(
                    Mention(base + b, base + e, opening.group("g"), code, parties, confidence=0.7)
                )
        for m in _scan(_THE_NAMED_HEAD, _NAMED_HEAD_KEYS, text, text):
            # "Ghana, which joined the Fund in 1957" after the IMF, "a member of the Alliance"
            # after NATO: the organisation named last (this sentence first) whose name has that head
            if not free(m.start(), m.end()):
                continue
            head = m.group("w")
            orgs_named = [
                k.entity
                for k in out
                if k.entity is not None and k.code is Code.ORG and k.end <= base + m.start()
            ]
            fits = [e for e in orgs_named if _named_head(e) == head]
            if head == "League" and len({e.key for e in fits}) > 1:
                continue  # ("the League" after the Arab League and the Muslim League: no guess)
            headed = fits[-1] if fits else self.ctx.bodies.get(head)
            if headed is not None:
                refer(m, Code.ORG, (headed,), 0.7)
        for m in _scan(_THE_BLOC, ("bloc", "grouping", "alliance", "organi", "associ"), text, low):
            # "accusing the bloc of ...": the organisation named last, in this sentence or before
            if not free(m.start(), m.end()):
                continue
            orgs_before = [
                k.entity
                for k in out
                if k.entity is not None
                and k.end <= base + m.start()
                # (the European Union is a state among the KB's kinds, with member states)
                and (k.code is Code.ORG or bool(k.entity.qid and self.kb.members(k.entity.qid)))
            ]
            org = orgs_before[-1] if orgs_before else self._bloc_named_before(m.group(0))
            if org is not None:
                refer(m, Code.ORG, (org,), 0.7)
        for m in _scan(_THE_COUNTRY, ("country",), text, low):
            # "the country's military regime": the one state named before it in this sentence,
            # else the one state of the previous sentence
            if not free(m.start(), m.end()):
                continue
            before = {
                e.key: e
                for k in out
                if k.end <= base + m.start() and k.code in _STATE_CODES
                for e in k.entities
                if e.kind is EntityKind.STATE
            }
            states = tuple(before.values()) or self._one_state_before()
            if len(states) == 1:
                refer(m, Code.STATE, states, 0.7)
        for m in _scan(_THE_FORM, _FORM_KEYS, text, low):
            if not free(m.start(), m.end()):
                continue
            form = " ".join(m.group("form").lower().split())
            forms = _official_forms(self.kb)
            # (the states named so far, and those of the offices of the people named: "King
            # Abdullah II met ... The kingdom's exports")
            known = [
                *self.ctx.states.values(),
                *(o.jurisdiction for _, o in self.ctx.people if o is not None and o.jurisdiction),
            ]
            formed = {e.key: e for e in known if e.qid and form in forms.get(e.qid, ())}
            if len(formed) == 1:
                refer(m, Code.STATE, tuple(formed.values()), 0.7)
        for m in _scan(EPITHET, EPITHET_KEYS, text, low):
            # "the Caribbean nation", "the Gulf state": the one state of that region named before
            # it in this sentence or in the latest sentence naming one (session 28)
            if free(m.start(), m.end()) and (
                one := self._state_of_region(out, base + m.start(), m)
            ):
                refer(m, Code.STATE, one, 0.7)
        if self.ctx.regime is None and ("military" in low or "army" in low or "forces" in low):
            self._coup_regime(out, text, base)
        if "regime" in low:
            out = self._regimes(out, text, base)
        if " administration" in low:
            out = self._administrations(out, text, base)
        author_code = Code.PERSON
        if self.author is not None and self.author.kind is not EntityKind.PERSON:
            author_code = Code.STATE  # (a release whose author's name is not known)
        if self.author is not None and "my " in low and not _has_quote(text):
            # "The opening follows my visit to Fiji": the author's
            for m in _MY.finditer(text):
                if free(m.start(), m.end()):
                    refer(m, author_code, (self.author,), 0.75)
        quoted = (
            _QUOTE_SPEAKER.match(text)
            if text[:1] in '"“'
            else _SPEAKER_QUOTE.match(text)
            if '"' in text or "“" in text
            else None
        )
        speaker = _speaker(out, quoted, base, text) if quoted else None
        turn = self.turn
        if turn is not None and not speaker:
            # "I", "we", "you" in a speaker's turn of a transcript: the speaker, their state, the
            # one they speak to
            found = pronouns(turn, text, base, free)
            if turn is self.release and found:
                found = self._release_we(found, out, text, base)
            out.extend(found)
        if "latter" in low or "former" in low:
            for m in _THE_LATTER.finditer(text):
                if free(m.start(), m.end()) and (one := self._latter(out, base + m.start(), m)):
                    refer(m, Code.PERSON, one, 0.75)
        for m in _PRONOUN.finditer(text):
            if not free(m.start(), m.end()):
                continue
            word = m.group("p").lower()
            if (
                speaker
                and (word == "we" or (word == "i" and len(speaker.entities) == 1))
                and quoted.start("q") <= m.start()  # type: ignore[union-attr]
                and m.end() <= quoted.end("q")  # type: ignore[union-attr]
            ):
                # '"We strongly condemn ...," said Chancellor Olaf Scholz': the speaker
                refer(m, speaker.code, speaker.entities, 0.75)
                continue
            if turn is not None and word in {"we", "i"} and turn.claims(word):
                continue  # (a turn's pronoun it gives nobody: a question's, a quotation's)
            if word == "i":
                if self.author is not None and not _has_quote(text):
                    # "I congratulate Finland ..." in "Statement from President Joe Biden on
                    # ...": the President (not inside a quotation of someone else)
                    refer(m, author_code, (self.author,), 0.75)
                continue
            if word in {"him", "her"}:
                # "She invited him to visit Rome", "X, who met Y, urged him to ...": the one
                # other person named before
                entities = self._fits_gender(self._object_pronoun(text, base, m, out), word)
                if entities:
                    refer(m, Code.PERSON, entities, 0.75)
                continue
            if word == "them":
                # "Tokayev received Norov and Khodjaev. The President thanked them ...": the
                # people the sentence before named, but those this one names before the word
                if not _THEM_AFTER.search(text, max(0, m.start() - 30), m.start()):
                    continue
                said = {x.key for k in out if k.end <= base + m.start() for x in k.entities}
                entities = tuple(p for p in self.ctx.previous_people if p.key not in said)
                if len(entities) < 2:
                    continue
                out.append(
                    Mention(
                        base + m.start(),
                        base + m.end(),
                        m.group(0),
                        Code.PERSON,
                        entities,
                        confidence=0.75,
                    )
                )
                continue
            entities = self._pronoun(word)
            if (
                not entities
                and word in {"he", "she"}
                and m.start() == 0
                and len(self.ctx.previous_people) == 1
                and _HE_MET.match(text, m.end())
            ):
                # "London is the third stop on Kishida's tour. He held talks with ...": the one
                # person the sentence before named, meeting (session 35b)
                entities = self.ctx.previous_people
            if word in {"he", "she"} and m.start() > 0:
                # "Lord Cameron thanked Poland when he met ...": the one person named before it
                # in this sentence
                before = {
                    e.key: e
                    for k in out
                    if k.code is Code.PERSON and k.end <= base + m.start() and len(k.entities) == 1
                    for e in k.entities
                }
                if len(before) == 1:
                    entities = tuple(before.values())
                elif (
                    len(before) == 2
                    and (told := _TOLD_THAT_PRONOUN.search(text, 0, m.start())) is not None
                    and (
                        teller := min(
                            (k for k in out if k.code is Code.PERSON and len(k.entities) == 1),
                            key=lambda k: k.begin,
                        )
                    )
                    is not None
                    and text[teller.end - base : told.start()].strip() in {"", "also"}
                ):
                    # "President Biden informed President Ruto that he intends to ...": the one
                    # who tells, not the one told (session 37)
                    entities = teller.entities
                elif (
                    not before
                    and (opening := _UNKNOWN_NAME_OPENING.match(text)) is not None
                    and not any(k.begin < base + opening.end() for k in out)
                ):
                    entities = ()  # (the name no mention covers is whom it means)
            if word in {"he", "she"}:
                entities = self._fits_gender(entities, word) or self._of_gender(entities, word)
            where = word == "they" and _WHERE_THEY.search(text, 0, m.start()) is not None
            if word == "they" and (where or _MET_THEN_THEY.search(text, 0, m.start())):
                # "Putin and Lukashenko met in Sochi, where they signed ...": the people named
                # before it in this sentence
                named_here = {
                    e.key: e
                    for k in out
                    if k.code is Code.PERSON and k.end <= base + m.start()
                    for e in k.entities
                }
                if len(named_here) == 2 or (len(named_here) > 2 and where):
                    entities = tuple(named_here.values())
            elif word == "they" and not any(k.end <= base + m.start() for k in out):
                # "They urged the DPRK ..." in a joint statement, after the sentence naming the
                # issuers' leaders: the issuing states (not a third party named before it)
                entities = self._issuers_of(entities)
            if not entities:
                continue
            code = Code.PERSON if all(e.kind is EntityKind.PERSON for e in entities) else Code.GROUP
            if code is Code.GROUP and len(entities) == 1:
                code = Code.STATE
            out.append(
                Mention(
                    base + m.start(), base + m.end(), m.group(0), code, entities, confidence=0.75
                )
            )
        return out

    def _release_we(
        self, found: list[Mention], out: list[Mention], text: str, base: int
    ) -> list[Mention]:
        """A first-person release's "we" and "us" after the author met one other party ("I met
        Prime Minister X ... We agreed to ...", "we are both members of ..."): the states of the
        two who met ("we" is a state's, as in a transcript's turn), unless the sentence names
        that other party or its state itself ("We will provide Fiji with ...": the author's
        side) and does not say "we are both"."""
        release = self.release
        assert release is not None and release.speaker is not None
        meeting = self.ctx.meeting
        own = {release.speaker.key, release.body.key if release.body else ""}
        others = [e for e in meeting if e.key not in own]
        if len(meeting) != 2 or len(others) != 1:
            return found
        other = others[0]
        side = self._state_of(other)
        named = {e.key for m in out for e in m.entities}
        both = any(_WE_BOTH.match(text, m.end - base) for m in found)
        if not both and (other.key in named or (side is not None and side.key in named)):
            return found
        if release.body is None or side is None or side.key == release.body.key:
            return found
        pair = (release.body, side)
        return [
            replace(m, code=Code.GROUP, entities=pair)
            if m.text.lower() in {"we", "us"} and m.entities == (release.body,)
            else m
            for m in found
        ]

    def _state_of(self, entity: Entity) -> Entity | None:
        """The state a party is, or holds office for (as the article or the KB gives it)."""
        if entity.kind is EntityKind.STATE:
            return entity
        if entity.kind is not EntityKind.PERSON:
            return None
        office = self.ctx.office_of(entity)
        if office is not None and office.jurisdiction is not None:
            return office.jurisdiction if office.jurisdiction.kind is EntityKind.STATE else None
        return self._kb_state_of(entity)

    def _regimes(self, out: list[Mention], text: str, base: int) -> list[Mention]:
        """ "the military regime in Burma", "Burma's military regime", "the Assad regime": one
        mention of the state whose regime it is (a ruler's by the office the article or the KB
        gives them), which a later bare "the regime" of the article means too."""
        for m in _REGIME.finditer(text):
            at, end = base + m.start("r"), base + m.end("r")
            owner = next(
                (
                    k
                    for k in out
                    if (k.end <= at and _REGIME_OWNER_GAP.fullmatch(text, k.end - base, at - base))
                    or (
                        k.begin >= end
                        and _REGIME_OF_GAP.fullmatch(text, end - base, k.begin - base)
                    )
                ),
                None,
            )
            if owner is not None:
                state = self._regime_state(owner)
                if state is None:
                    continue
                self.ctx.regime = state
                begin = min(owner.begin, at)
                stop = max(owner.end, end)
                out = [k for k in out if k is not owner]
            elif (
                m.group("the")
                and self.ctx.regime is not None
                and not _REGIME_OF_GAP.match(text, m.end("r"))
            ):
                state, begin, stop = self.ctx.regime, base + m.start(), end
            else:
                continue
            if any(k.begin < stop and begin < k.end for k in out):
                continue
            out.append(
                Mention(
                    begin,
                    stop,
                    text[begin - base : stop - base],
                    Code.STATE,
                    (state,),
                    confidence=0.7,
                )
            )
        return out

    def _coup_regime(self, out: list[Mention], text: str, base: int) -> None:
        """Notes the state whose military a sentence says seized power ("Burma's military
        overthrew the elected government", "the army in Niger seized power"), for a later bare
        "the regime" (see :meth:`_regimes`); never a hedged or negated coup."""
        for k in out:
            if k.code is not Code.STATE or len(k.entities) != 1:
                continue
            after = text[k.end - base : k.end - base + 80]
            m = _COUP_BY_MILITARY.match(after)
            if m is None or (
                m.group(0)[:1] not in "'’"
                and not _COUP_MILITARY_IN.search(text[max(0, k.begin - base - 40) : k.begin - base])
            ):
                continue
            if hedged(text[max(0, k.begin - base - 60) : k.end - base + m.end()]):
                continue
            state = k.entities[0]
            if state.kind is EntityKind.STATE:
                self.ctx.regime = state
                return

    def _administrations(self, out: list[Mention], text: str, base: int) -> list[Mention]:
        """ "the Biden administration imposed sanctions ...": the state of the leader whose
        administration it is (as the article or the KB gives it), not the leader (session 36b)."""
        found = []
        for k in out:
            at = k.end - base
            if k.code is not Code.PERSON or len(k.entities) != 1:
                continue
            after = _ADMINISTRATION_AFTER.match(text, at)
            if after is None or not _THE_BEFORE.search(text, 0, k.begin - base):
                continue
            state = self._state_of(k.entities[0])
            if state is not None:
                found.append((k, after.end(), state))
        for k, stop, state in found:
            out = [m for m in out if m is not k]
            mention = Mention(
                k.begin,
                base + stop,
                text[k.begin - base : stop],
                Code.STATE,
                (state,),
                confidence=0.7,
            )
            out.append(mention)
        return out

    def _regime_state(self, owner: Mention) -> Entity | None:
        """The state a regime's owner names: a state, its demonym or a ruler of it."""
        entity = owner.entity
        if entity is None or len(owner.entities) != 1:
            return None
        if owner.code in _STATE_CODES and entity.kind is EntityKind.STATE:
            return entity
        if owner.code is Code.PERSON:
            office = self.ctx.office_of(entity)
            if office is not None and office.jurisdiction is not None:
                return office.jurisdiction if office.jurisdiction.kind is EntityKind.STATE else None
            return self._kb_state_of(entity)
        return None

    def _in_role(self, words: str, named: list[Mention]) -> tuple[Entity, ...]:
        """ "Xi spoke. He met Ramaphosa in Pretoria, where the two presidents signed ...": a pair
        of the people this sentence names before the phrase and, to complete it, the subject of
        the sentence before, all holding the office the phrase names (by the article's titles,
        else the KB on its date)."""
        if _PAIR.match(words) is None or not named:
            return ()
        role = next((r for regex, r in _GROUP_ROLE_WORDS if regex.search(words)), None)
        found: dict[str, Entity] = {}
        here = [e for m in reversed(named) for e in m.entities]
        subject = [e for e in self.ctx.subject if e.kind is EntityKind.PERSON]
        for person in [*here, *subject]:
            if len(found) == 2:
                break
            if person.key not in found and (role is None or self._holds(person, role, named)):
                found[person.key] = person
        return tuple(found.values()) if len(found) == 2 else ()

    def _pair_between(self, words: str, before: str, named: list[Mention]) -> tuple[Entity, ...]:
        """ "Aliyev and Pashinyan traded accusations. Tokayev offered to act as a go-between
        for the two leaders": the pair the sentence before was about, not this one's people."""
        if _BETWEEN_BEFORE.search(before) is None:
            return ()
        role = next((r for regex, r in _GROUP_ROLE_WORDS if regex.search(words)), None)
        here = {e.key for k in named for e in k.entities}
        pair = tuple(
            e
            for e in self.ctx.subject
            if e.kind is EntityKind.PERSON
            and e.key not in here
            and (role is None or self._holds(e, role, named))
        )
        return pair if len(pair) == 2 else ()

    def _holds(self, person: Entity, role: str, named: list[Mention]) -> bool:
        offices = [o for m in named if person in m.entities for o in m.offices]
        offices += [o for p, o in self.ctx.people if p.key == person.key and o is not None]
        if any(o.role == role for o in offices):
            return True
        if person.qid and self.date is not None:
            return any(t.role == role and t.covers(self.date) for t in self.kb.tenures(person.qid))
        return False

    def _people_in_role(self, words: str) -> tuple[Entity, ...]:
        """The people "the presidents", "both foreign ministers" refer to: those of the last
        ones named who hold that office (by the article's titles, else the KB on its date);
        "the leaders", "the participants" are the last people named (the participants: all who
        met, when those are among them)."""
        role = next((r for regex, r in _GROUP_ROLE_WORDS if regex.search(words)), None)
        if role is None and _MINISTERS.search(words):
            return self._ministers(words)
        if role is None:
            if _PAIR.match(words):
                # "the two ministers": the pair who met (last), else a pair just named
                met = tuple(e for e in self.ctx.latest if e.kind is EntityKind.PERSON)
                pairs = (met, self.ctx.last_people)
                two = next((p for p in pairs if len(p) == 2), ())
                if "leaders" in words.lower():
                    # not "The foreign ministers signed ... The two leaders welcomed ...": the
                    # two leaders who met (pairs.py)
                    return leaders_not_ministers(self, two)
                return two
            met = tuple(e for e in self.ctx.meeting if e.kind is EntityKind.PERSON)
            last = {e.key for e in self.ctx.last_people}
            if "participants" in words and last and last <= {e.key for e in met}:
                # "The participants agreed ..." after a summit its host held with those just
                # named: the host too
                return met
            if len(met) >= 3 and last and last < {e.key for e in met}:
                # "The leaders agreed ..." after a bilateral of two of a summit's leaders: all
                # of the summit ("the two leaders" are the pair)
                return met
            if len(met) >= 3 and "leaders" in words.lower() and last - {e.key for e in met}:
                # "The leaders invited ..." after "Putin took part by video link, while Lavrov
                # represented Russia": the summit's leaders, and those just named who lead
                # their state (not the minister who stood in for one)
                leaders = [
                    e
                    for e in self.ctx.last_people
                    if e.key not in {m.key for m in met}
                    and any(self._holds(e, r, []) for r in ("HeadOfState", "HeadOfGovernment"))
                ]
                return (*met, *leaders)
            if "leaders" in words.lower() and (who_met := self._leaders_who_met()):
                # "The two presidents held talks. Taking part were Foreign Minister X and his
                # counterpart Y. The leaders also signed ...": the leaders who met, not the
                # ministers named last
                return who_met
            return self.ctx.last_people
        found = {e.key: e for e in self._holders(words)}
        if len(found) > 2 and _PAIR.match(words):
            # "Putin met Tokayev. Later, he met Mirziyoyev. The two heads of state signed ...":
            # the pair the sentence before named, else the pair of the meeting reported
            met_keys = {e.key for e in self.ctx.meeting if e.kind is EntityKind.PERSON}
            met_pair = len(met_keys) == 2 and met_keys <= set(found)
            for group in (self.ctx.subject, self.ctx.last_people, self.ctx.meeting):
                pair = {e.key: e for e in group if e.kind is EntityKind.PERSON}
                if met_pair and group is self.ctx.last_people and len(set(pair) & met_keys) == 1:
                    # "Museveni received Samia. ... after the death of President Magufuli. The
                    # two Heads of State agreed ...": the pair who met, not one of them and a
                    # leader named in passing
                    continue
                if len(pair) == 2 and set(pair) <= set(found):
                    return tuple(pair.values())
        if len(found) == 2 or set(found) <= {p.key for p in self.ctx.last_people}:
            return tuple(found.values())
        return ()

    def _ministers(self, words: str) -> tuple[Entity, ...]:
        """The people "the ministers", "the two ministers" refer to: those who met last, else
        those named last, but for heads of state and government, else the two ministers of the
        article ("X met his counterpart Y. X was received by President Z. The ministers agreed
        ...": X and Y, never the president)."""
        met = [e for e in self.ctx.latest if e.kind is EntityKind.PERSON]
        met += [e for e in self.ctx.meeting if e.kind is EntityKind.PERSON]
        named = [p for p, _ in reversed(self.ctx.people)]
        pair = _PAIR.match(words) is not None
        for group in (met, list(self.ctx.last_people), named):
            found = {
                e.key: e
                for e in group
                if not any(self._holds(e, r, []) for r in _LEADER_ROLES)
                # (of all the article's people, only those known as ministers)
                and (group is not named or any(self._holds(e, r, []) for r in _MINISTER_ROLES))
            }
            if len(found) == 2 or (len(found) > 2 and not pair and group is not named):
                return tuple(found.values())
        return ()

    def _leaders_who_met(self) -> tuple[Entity, ...]:
        """The people of the meeting reported, when they all lead their states and the people
        named last are not all leaders (else nothing: the last named stand)."""

        def leads(e: Entity) -> bool:
            return any(self._holds(e, r, []) for r in ("HeadOfState", "HeadOfGovernment"))

        last = [e for e in self.ctx.last_people if e.kind is EntityKind.PERSON]
        if not last or all(leads(e) for e in last):
            return ()
        met = tuple(e for e in self.ctx.meeting if e.kind is EntityKind.PERSON)
        if len(met) >= 2 and len(met) == len(self.ctx.meeting) and all(leads(e) for e in met):
            return met
        if len(self.ctx.meeting) == 2 and _all_states(self.ctx.meeting) and not met:
            # "Putin held talks with Modi. The Russian delegation included Foreign Minister
            # Lavrov, and the Indian delegation External Affairs Minister Jaishankar. The sides
            # reviewed ... The leaders agreed ...": the meeting told last is of the two states
            # (by "the sides"), so the one leader of each the article named (session 37)
            found: list[Entity] = []
            for state in self.ctx.meeting:
                heads = {
                    p.key: p
                    for p, office in self.ctx.people
                    if office is not None
                    and office.role in ("HeadOfState", "HeadOfGovernment")
                    and office.jurisdiction is not None
                    and office.jurisdiction.key == state.key
                }
                if len(heads) != 1:
                    return ()
                found.extend(heads.values())
            return tuple(found)
        return ()

    def _holders(self, words: str) -> tuple[Entity, ...]:
        """Every person of the article who holds the office a group phrase names ("the three
        heads of state": each head of state named), by the article's titles, else the KB on its
        date, the last named first."""
        role = next((r for regex, r in _GROUP_ROLE_WORDS if regex.search(words)), None)
        if role is None:
            return ()
        found: dict[str, Entity] = {}
        for person, office in reversed(self.ctx.people):
            held = office is not None and office.role == role
            if not held and person.qid and self.date is not None:
                held = any(
                    t.role == role and t.covers(self.date) for t in self.kb.tenures(person.qid)
                )
            if held:
                found.setdefault(person.key, person)
        if role == "HeadOfState" and len(found) < 2 and _PRESIDENTS.search(words):
            # "The signing followed a meeting between the two Presidents" of Azerbaijan and of
            # the European Commission: a body's president too, when heads of state are too few
            # (session 35)
            for person, office in reversed(self.ctx.people):
                if (
                    office is not None
                    and office.role == "HeadOfOrganization"
                    and _PRESIDENT_TITLE.match(office.label)
                ):
                    found.setdefault(person.key, person)
        return tuple(found.values())

    def _group_states(
        self, words: str, before: tuple[Entity, ...] = (), *, pair_met: bool = False
    ) -> tuple[Entity, ...]:
        """The states a group phrase ("both countries", "the sides") stands for; ``before`` are
        the states its sentence names before it (``pair_met``: a meeting of those two told between
        them and the phrase). Never a historical state named in background ("the Soviet Union
        was among the first to recognise Israel. The sides agreed ..."): then the two states
        that met, else none."""
        group = self._named_group_states(words, before, pair_met=pair_met)
        if _STATE_WORDS.search(words.lower()) and any(
            e.qid and self.kb.members(e.qid) for e in group
        ):
            # "the two countries", "both nations" are never the European Union (a state among
            # the KB's kinds, with member states): "Moldova hopes to join the EU ... The two
            # countries share a border": unclear, none
            return ()
        if not any(self._historical(e) for e in group):
            return group
        met = self.ctx.meeting
        states = met if _all_states(met) else self._states_of_people(met)
        if len(states) == 2 and not any(self._historical(e) for e in states):
            return states
        return ()

    def _members_named(
        self, m: re.Match[str], states: tuple[Entity, ...], out: list[Mention], base: int
    ) -> tuple[Entity, ...]:
        """ "Both countries are members of the EU", "All three countries remain members of
        ECOWAS": of the sets of states the article named together (the meeting's, then those
        named, latest first), the one set of the phrase's size whose states the KB has as
        members of every organisation this sentence names after the phrase (that the KB knows
        the members of), when the states it stands for otherwise are not ("Finland and Sweden
        applied ... Finland shares a border with Russia. Both countries are members of the
        European Union": Finland and Sweden), or
        are unclear; never when two sets fit, nor when the KB knows no members."""
        words = m.group("g").lower()
        counted = _COUNTED_GROUP.match(words)
        if counted is not None:
            n = _COUNTS[counted.group("n")]
        elif words.startswith(("both", "the two")) and _STATE_WORDS.search(words):
            n = 2
        else:
            return states
        rosters = [
            members
            for k in out
            if k.begin >= base + m.end() and k.code in {Code.ORG, Code.STATE}
            for e in k.entities
            if e.qid and (members := self.kb.members(e.qid))
        ]
        if not rosters:
            return states

        def fits(group: tuple[Entity, ...]) -> bool:
            return (
                len(group) == n
                and _all_states(group)
                and all(e.qid for e in group)
                and all(e.qid in r for r in rosters for e in group)
            )

        if fits(states):
            return states
        met = self.ctx.meeting
        sets = (
            met if _all_states(met) else self._states_of_people(met),
            self.ctx.focus,
            *reversed(self.ctx.named_sets),
        )
        # (a set that shares a state with those named last: not the headline's pair after a
        # sentence of three others, "Chile, Peru and Bolivia stayed silent. Both countries ...")
        last = {e.key for e in self.ctx.last_states}
        found = {
            frozenset(e.key for e in g): g
            for g in sets
            if fits(g) and (not last or any(e.key in last for e in g))
        }
        if len(found) == 1:
            return next(iter(found.values()))
        return states

    def _headline_pair_named(self) -> bool:
        """Whether the states named last (more than two) include both of the headline's pair,
        and no meeting of others was reported."""
        pair, last = self.ctx.headline_pair, self.ctx.last_states
        if len(pair) != 2 or len(last) <= 2 or self.pair_at != self.index - 1:
            return False
        return {e.key for e in pair} <= {e.key for e in last} and self._clear(pair)

    def _historical(self, entity: Entity) -> bool:
        """Whether this is a state that no longer exists (the Soviet Union)."""
        found = self.kb.entity(entity.qid) if entity.qid else None
        return found is not None and found.place_kind == "historical"

    def _named_group_states(
        self, words: str, before: tuple[Entity, ...] = (), *, pair_met: bool = False
    ) -> tuple[Entity, ...]:
        """:meth:`_group_states` before historical states are set aside."""
        low = words.lower()
        if (counted := _COUNTED_GROUP.match(low)) is not None:
            # "All three countries", "the four states": the states this sentence named before,
            # else those that met, else those named last, if that many
            n = _COUNTS[counted.group("n")]
            met = self.ctx.meeting
            groups = (before, met if _all_states(met) else self._states_of_people(met))
            found = next(
                (g for g in (*groups, self.ctx.last_states) if len(g) == n and _all_states(g)), ()
            )
            if found:
                return found
            # "Mali, Burkina Faso and Niger signed a pact ... Mali and Burkina Faso have warned
            # ... All three countries remain members of ECOWAS": the one set of that many states
            # the article named together (none if it named two such sets)
            sets = {frozenset(e.key for e in g): g for g in self.ctx.named_sets if len(g) == n}
            return next(iter(sets.values())) if len(sets) == 1 else ()
        if low.startswith("our") and not self.ctx.issuers and len(self.ctx.meeting) == 2:
            # "Trade between our countries grew ...", said at a meeting the article reports
            # (a transcript): the two states that met
            met = self.ctx.meeting
            return met if _all_states(met) else self._states_of_people(met)
        if low.startswith("our") or (
            self.ctx.issuers and ("countr" in low or "delegation" in low or low.startswith("each"))
        ):
            return self.ctx.issuers
        if ("sides" in low or "parties" in low or "delegations" in low) and self.ctx.issuers:
            return self.ctx.issuers
        if "parties" in low and len(self.ctx.meeting) > 2 and len(self.ctx.subject) == 2:
            # "Angola hosted the leaders of Rwanda and the DRC ... The two countries agreed to a
            # ceasefire. The parties also agreed ...": the two sides just told of among those who
            # met, not the host
            met_keys = {
                e.key for e in (*self.ctx.meeting, *self._states_of_people(self.ctx.meeting))
            }
            if _all_states(self.ctx.subject) and all(e.key in met_keys for e in self.ctx.subject):
                return self.ctx.subject
        if "parties" in low and len(self.ctx.meeting) >= 2:
            return self.ctx.meeting  # a readout's "the parties agreed ...": who met
        if "delegations" in low:
            # "the two delegations", "both delegations": those of the states that met (last),
            # never a pair merely named since, nor any without a meeting
            group = self.ctx.latest
            if len(group) == 2 or (len(group) > 2 and not _PAIR.match(low)):
                return (group if _all_states(group) else self._states_of_people(group)) or group
            return ()
        if low.startswith("their "):
            # "X, Y and Z announced that their countries were leaving ...": the states its own
            # sentence named before (session 36b); "their two countries" two of them
            enough = len(before) == 2 if "two" in low else len(before) >= 2
            return before if enough and _all_states(before) else ()
        if low == "the countries":
            # the states that met, else the sentence before's subject, else a pair just named
            groups = (self.ctx.meeting, self.ctx.subject)
            found = next((g for g in groups if len(g) >= 2 and _all_states(g)), ())
            if found:
                return found if self._clear(found) else ()
            return self.pair()
        if low.startswith(("both", "the two")):
            if len(before) == 2 and (_STATE_WORDS.search(low) or ("sides" in low and pair_met)):
                # "Turkiye recognised Azerbaijan in 1991, and the two countries established ...":
                # the pair its own sentence named; "the two sides" too when it told them meet
                # ("Malaysian Prime Minister Anwar Ibrahim visited China in March, when the two
                # sides agreed ...", "Japan and Vietnam held talks, and the two sides agreed
                # ...": not the pair of the sentence before; session 42)
                return before
            # "both sides", "the two countries": a pair, never the four states a sentence named
            # in passing ("... end its war against Ukraine. Both sides agreed ...")
            pairs: tuple[tuple[Entity, ...], ...] = (
                (self.ctx.subject, self.ctx.meeting, self.ctx.last_states)
                if "sides" in low or "parties" in low
                else (self.ctx.last_states, self.ctx.subject)
            )
            if _STATE_WORDS.search(low):
                # "both states" are never the European Union (a state among the KB's kinds, with
                # member states): "Serbia is a candidate for membership of the EU. Both states
                # ..." (no pair), "The EU held talks with North Macedonia and Albania. Both
                # countries ...": the two states without the union (session 35)
                pairs = tuple(self._without_unions(p) for p in (*pairs, self.ctx.meeting))
            pair: tuple[Entity, ...] = next((p for p in pairs if len(p) == 2), ())
            if (
                not pair
                and (_STATE_WORDS.search(low) or "sides" in low)
                and self._headline_pair_named()
            ):
                # "Argentina and Uruguay clash ..." over "Argentina accused Uruguay of ...
                # a separate deal with China. Both countries ...": the headline's pair, when
                # the sentence before named both of its states among others ("The two sides
                # agreed ..." after "The kingdom supplied 18% of India's oil imports, trailing
                # only Russia and Iraq", with no meeting told: session 37)
                return self.ctx.headline_pair
            if _STATE_WORDS.search(low) and pair and not _all_states(pair):
                # "they discussed relations between both countries" after a minister met an
                # ambassador: the countries are the two officials' states
                pair = self._states_of_people(pair)
            elif "sides" in low and pair and not _all_states(pair):
                # "the two sides signed ..." after two leaders met: their states (ANNOTATION.md
                # §6: states for "the sides"); when one of them holds no state's office (the
                # President of the European Commission), the pair of parties named, else the two
                # (session 35)
                pair = (
                    self._states_of_people(pair)
                    or next((p for p in pairs if len(p) == 2 and _all_states(p)), ())
                    or pair
                )
            # not a pair named since the meeting reported last, unless the sentences since
            # were about it again ("Xi met Macron. Russia and Ukraine have held no talks. The
            # two countries ...": unclear)
            found = (
                self.pair() if pair is self.ctx.last_states else (pair if self._clear(pair) else ())
            )
            if not found and _STATE_WORDS.search(low):
                # "Chile's Interior Minister called on Peru to ... Officials of the two countries
                # agreed ...": the two states the sentence before named by their people too
                found = told_pair(self, before)
            return found
        if ("sides" in low or "parties" in low or "delegations" in low) and self.ctx.subject:
            subject = self.ctx.subject
            if "sides" in low and len(subject) == 2 and not _all_states(subject):
                # "The sides signed ..." after two leaders met: their states (§6)
                return self._states_of_people(subject) or subject
            if len(subject) >= 2:
                return subject
        if "sides" in low and self._one_side_of_focus(self.ctx.subject):
            # "The Russian side criticised the United States ... The sides agreed ...": after a
            # sentence of one side of the meeting reported last, its two states (ANNOTATION.md
            # §6), never the pair that sentence named in passing
            return self.ctx.focus
        if "sides" in low and not self.ctx.last_states and len(self.ctx.meeting) == 2:
            # "The sides reaffirmed ..." after a sentence of one of them ("Modi shared his
            # impressions of his visit to Kyiv"): the states of those who met
            met = self.ctx.meeting
            return met if _all_states(met) else self._states_of_people(met)
        return self.ctx.last_states

    def _one_state_before(self) -> tuple[Entity, ...]:
        """The one state the sentence before named ("Kazakhstan hosted the summit in Astana. The
        country is a member of the SCO."), never a union of states (the EU); else none."""
        states = self.core_states
        if len(states) != 1 or states[0].kind is not EntityKind.STATE:
            return ()
        if states[0].qid and self.kb.members(states[0].qid):
            return ()
        return states

    def _state_of_region(
        self, out: list[Mention], at: int, m: re.Match[str]
    ) -> tuple[Entity, ...] | None:
        """The one state of the region an epithet names ("the Caribbean nation") that this
        sentence named before it or the latest sentence naming a state of it named; None when
        none or two fit."""
        members = region_members(self.kb, m.group("r"))
        fits = {
            e.key: e
            for k in out
            if k.end <= at and k.code in _STATE_CODES
            for e in k.entities
            if e.kind is EntityKind.STATE and e.qid in members
        }
        for named in reversed(self.ctx.states_told):
            told = [e for e in named if e.qid in members]
            if told:
                fits.update((e.key, e) for e in told)
                break
        return tuple(fits.values()) if len(fits) == 1 else None

    def _states_told(self, analysis: Analysis, states: tuple[Entity, ...]) -> None:
        """Remember the states a sentence named, with those of its people and capitals."""
        told = {e.key: e for e in states if e.kind is EntityKind.STATE and e.qid}
        for m in analysis.mentions:
            for e in m.entities:
                if m.code is Code.PERSON:
                    office = self.ctx.office_of(e)
                    for state in (
                        (office.jurisdiction, office.accredited_to)
                        if office is not None
                        else (self._kb_state_of(e),)
                    ):
                        if state is not None and state.qid:
                            told.setdefault(state.key, state)
                elif m.code is Code.CITY and e.qid:
                    capital_of = self.kb.capital_of(e.qid)
                    if capital_of is not None and capital_of.kind is EntityKind.STATE:
                        state = entity_of(capital_of)
                        told.setdefault(state.key, state)
        if told:
            self.ctx.states_told.append(tuple(told.values()))
        self.told_last = tuple(told.values())
        self.told_at = analysis.sentence.index
        self.told_text = analysis.sentence.text

    def _one_side_of_focus(self, subject: tuple[Entity, ...]) -> bool:
        """Whether a subject is one side of the meeting reported last: a state of its pair, or
        people who all hold offices of one of them (by this article, else the KB)."""
        focus = self.ctx.focus
        if len(focus) != 2 or not subject or not _all_states(focus):
            return False
        keys = {e.key for e in focus}
        sides: set[str] = set()
        for e in subject:
            if e.kind is EntityKind.STATE:
                state: Entity | None = e
            elif e.kind is EntityKind.PERSON:
                office = self.ctx.office_of(e)
                state = office.jurisdiction if office is not None else self._kb_state_of(e)
            else:
                return False
            if state is None or state.key not in keys:
                return False
            sides.add(state.key)
        return len(sides) == 1

    def _states_of_people(self, pair: tuple[Entity, ...]) -> tuple[Entity, ...]:
        """The two different states two people hold offices of (this article's), else none; a
        state stands for itself ("Lavrov held talks with Iran's foreign minister": Iran)."""
        states: dict[str, Entity] = {}
        for person in pair:
            office = self.ctx.office_of(person) if person.kind is EntityKind.PERSON else None
            if person.kind is EntityKind.STATE:
                state: Entity | None = person
            else:
                state = office.jurisdiction if office is not None else self._kb_state_of(person)
            if state is None or state.kind is not EntityKind.STATE:
                return ()
            states.setdefault(state.key, state)
        return tuple(states.values()) if len(states) == 2 else ()

    def _of_region(self, words: str, people: tuple[Entity, ...]) -> tuple[Entity, ...]:
        """ "The African leaders" of a meeting in St Petersburg: those of the people whose
        states are members of the region's organisation (the African Union), when the state of
        each is known and some are not; else all of them."""
        region = _REGION.search(words)
        org = self.kb.resolve(_REGION_ORGS[region.group(0)]) if region is not None else None
        if org is None:
            return people
        members = self.kb.members(org.qid)
        kept = []
        for person in people:
            office = self.ctx.office_of(person)
            state = office.jurisdiction if office is not None else self._kb_state_of(person)
            if state is None or not state.qid:
                return people
            if state.qid in members:
                kept.append(person)
        return tuple(kept) if kept else people

    def _kb_state_of(self, person: Entity) -> Entity | None:
        """The one state whose office the KB has a person holding on the article's date
        ("Vladimir Putin", untitled, is Russia's)."""
        if person.kind is not EntityKind.PERSON or not person.qid or self.date is None:
            return None
        date = self.date
        held = [t for t in self.kb.tenures(person.qid) if t.jurisdiction and t.covers(date)]
        places = {t.jurisdiction for t in held if t.jurisdiction}
        if len(places) > 1:
            # "Emmanuel Macron", untitled, is France's: of his two headships of state, Andorra's
            # is shared with another co-prince on that day (a role held alone wins)
            alone = {
                t.jurisdiction
                for t in held
                if t.jurisdiction and self._holds_alone(person.qid, t, date)
            }
            places = alone if len(alone) == 1 else places
        state = self.kb.entity(next(iter(places))) if len(places) == 1 else None
        return entity_of(state) if state is not None and state.kind is EntityKind.STATE else None

    def _holds_alone(self, person: str, tenure: KbTenure, date: dt.date) -> bool:
        """Whether no one else holds the tenure's role for its jurisdiction on the day."""
        if tenure.jurisdiction is None or tenure.role is None:
            return False
        holders = {
            p
            for post in self.kb.posts(tenure.jurisdiction, tenure.role)
            for p in self.kb.holders(post.qid, date)
        }
        return holders == {person}

    def _issuers_of(self, people: tuple[Entity, ...]) -> tuple[Entity, ...]:
        """A joint statement's issuers, for the people who lead them (each person of a state
        among the issuers, or of an organisation's body, and every issuer covered); else the
        people as they are."""
        issuers = self.ctx.issuers
        if len(issuers) < 2 or len(people) < 2:
            return people
        keys = {i.key for i in issuers}
        covered: set[str] = set()
        bodies = 0
        for person in people:
            if person.kind is not EntityKind.PERSON:
                return people
            office = self.ctx.office_of(person)
            state = office.jurisdiction if office is not None else self._kb_state_of(person)
            if state is None:
                return people
            if state.key in keys:
                covered.add(state.key)
            elif state.kind is EntityKind.ORGANIZATION:
                bodies += 1  # ("Charles Michel, President of the European Council": the EU's)
            else:
                return people
        missing = [i for i in issuers if i.key not in covered]
        if not missing or (
            # (the one issuer left a union of states, the EU, whose bodies' people those are)
            len(missing) == 1 and bodies and missing[0].qid and self.kb.members(missing[0].qid)
        ):
            return issuers
        return people

    def _object_pronoun(
        self, text: str, base: int, m: re.Match[str], out: list[Mention]
    ) -> tuple[Entity, ...]:
        """The person "him" or "her" stands for as the object of an act ("invited him",
        "urged her to"): of the people named before it in the sentence, the one after its
        subject ("Scholz, who spoke to Ruto, invited him"); after only the subject ("He invited
        him"), the one other person the sentence before named. None when unclear: more people,
        a report ("X said Y had asked him": the speaker), a relative clause after the other
        ("X hosted Y, who thanked him"), a possessive ("urged her government")."""
        verb = _THEM_AFTER.search(text, max(0, m.start() - 30), m.start())
        if verb is None or (m.group("p") == "her" and not _HER_OBJECT.match(text, m.end())):
            return ()
        if _REPORTING_BEFORE.search(text, 0, verb.start()):
            return ()
        before: dict[str, Entity] = {}
        last_end = 0
        for k in sorted(out, key=lambda k: k.begin):
            if k.code is Code.PERSON and k.end <= base + m.start():
                if len(k.entities) != 1:
                    return ()
                before.setdefault(k.entities[0].key, k.entities[0])
                last_end = max(last_end, k.end - base)
        people = list(before.values())
        if len(people) == 2:
            if _WHO_AFTER_OTHER.search(text, last_end, m.start()):
                return ()
            return (people[1],)
        if len(people) != 1:
            return ()
        others = {
            e.key: e
            for e in self.ctx.previous_people
            if e.kind is EntityKind.PERSON and e.key != people[0].key
        }
        meeting = [e for e in self.ctx.meeting if e.kind is EntityKind.PERSON]
        if not self.ctx.previous_people and people[0].key in {e.key for e in meeting}:
            # "X received Y ... The bloc suspended Niger. The Ghanaian minister also invited
            # him to ...": after a sentence naming nobody, the other one of the two who met
            others = {e.key: e for e in meeting if e.key != people[0].key}
        return tuple(others.values()) if len(others) == 1 else ()

    def _one_org_summit(self, opening: re.Match[str]) -> tuple[Entity, ...]:
        """ "The summit adopted the New Delhi Declaration" in a story of the one organisation
        it named, whose leaders met (not two of them: a pair's summit; session 36b)."""
        if not opening.group("g").lower().endswith("summit") or len(self.ctx.orgs) != 1:
            return ()
        org = next(iter(self.ctx.orgs.values()))
        people = [e for e in self.ctx.meeting if e.kind is EntityKind.PERSON]
        if org.kind is not EntityKind.ORGANIZATION or not org.qid or len(people) == 2:
            return ()
        return (org,)

    def _one_org_declaration(self, opening: re.Match[str]) -> tuple[Entity, ...]:
        """ "The Islamabad Declaration called upon India ...", "The declaration called on the
        parties ...", "The final communique urged ...": in a story of the one organisation it
        names by QID, the text it adopted speaks for it (the gold of blind41 codes the
        organisation so, twice; session 42). Not a joint declaration or statement (its issuers),
        nor after a meeting of two people or of states without the organisation."""
        words = opening.group("g").lower()
        if "joint" in words or self.ctx.issuers or words.endswith(("summit", "meeting")):
            return ()
        if not words.endswith("declaration") and "communiqu" not in words:
            return ()
        orgs = {
            e.key: e for e in self.ctx.orgs.values() if e.kind is EntityKind.ORGANIZATION and e.qid
        }
        if len(orgs) != 1:
            return ()
        org = next(iter(orgs.values()))
        met = self.ctx.meeting or self.ctx.latest
        people = [e for e in met if e.kind is EntityKind.PERSON]
        states = [e for e in met if e.kind is EntityKind.STATE]
        if len(people) == 2 or (len(states) >= 2 and org.key not in {e.key for e in met}):
            return ()
        return (org,)

    def _summit_parties(self, single: bool = False) -> tuple[Entity, ...]:
        """The parties of the meeting reported when it is a summit of organisations, or of a
        state with one (no person among them), and no meeting of people was told since; with
        ``single``, also one organisation's own summit ("The AU summit opened in Addis Ababa.
        The leaders agreed ...": the AU; session 30)."""
        # (the article's meeting, else the one told last: a past summit sets no article's
        # meeting)
        meeting = self.ctx.meeting or self.ctx.latest
        if single:
            # (one organisation's summit its chair took part in: "The GCC summit, chaired by
            # Emir X, was held in Kuwait City. The leaders adopted ...": the GCC, when no other
            # meeting of people was told since)
            orgs = [e for e in meeting if e.kind is EntityKind.ORGANIZATION]
            chairs = {e.key for e in meeting if e.kind is EntityKind.PERSON}
            if (
                len(orgs) == 1
                and len(meeting) == len(orgs) + len(chairs)
                and chairs
                and {e.key for e in self.ctx.latest if e.kind is EntityKind.PERSON} <= chairs
            ):
                return (orgs[0],)
        if (
            len(meeting) < (1 if single else 2)
            or not any(e.kind is EntityKind.ORGANIZATION for e in meeting)
            or any(e.kind is EntityKind.PERSON for e in meeting)
            or any(e.kind is EntityKind.PERSON for e in self.ctx.latest)
        ):
            return ()
        return meeting

    def _pronoun(self, word: str) -> tuple[Entity, ...]:
        if word == "we":
            if self.ctx.issuers:
                return self.ctx.issuers
            return (entity_of(self.ctx.home),) if self.ctx.home else ()
        subject = self.ctx.subject
        if word in {"he", "she"}:
            people = tuple(e for e in subject if e.kind is EntityKind.PERSON)
            if len(people) == 1:
                return people
            # "Kishida met Zelensky in Kyiv. He pledged ...": of the people who met, the one
            # the sentence before had as its subject (not "Talks between X and Y were held")
            lead = tuple(e for e in self.ctx.lead if e.kind is EntityKind.PERSON)
            if (
                len(lead) == 1
                and len(self.ctx.lead) == 1
                and lead[0].key in {e.key for e in people}
            ):
                return lead
            return ()
        if (parties := self._summit_parties()) and (
            len(subject) < 2 or all(e.kind is EntityKind.PERSON for e in subject)
        ):
            # "The summit between the GCC and ASEAN was held in Riyadh. It was co-chaired by X
            # and Y. They agreed ...": the parties of the summit (session 29)
            return parties
        if (
            word == "they"
            and len(subject) == 1
            and subject[0].kind is EntityKind.ORGANIZATION
            and self._summit_parties(single=True) == subject
        ):
            # "CARICOM leaders met in Georgetown. They agreed to ...": the organisation whose
            # summit the sentence before told (session 30)
            return subject
        if len(subject) >= 2:
            return subject
        # "The EU was represented by Charles Michel and Ursula von der Leyen. They met ...": the
        # people the sentence before named, when its subject is not a group
        previous = self.ctx.previous_people
        if len(previous) >= 2:
            return previous
        # "Blinken met Manalo. The Secretary reaffirmed ... They committed to ...": after a
        # sentence of one person of those who met, the meeting's participants (not after "EU
        # leaders raised ...": they are the leaders)
        meeting = self.ctx.meeting
        if (
            len(meeting) >= 2
            and len(subject) == 1
            and subject[0].kind is EntityKind.PERSON
            and subject[0].key in {e.key for e in meeting}
        ):
            return meeting
        return ()

    def _remember_titles(self, person: Entity, offices: list[Office]) -> None:
        """Keep who holds each organisation's office named with them, by its title."""
        for office in offices:
            body = office.jurisdiction
            if body is None or body.kind is not EntityKind.ORGANIZATION:
                continue
            title = title_key(office.label)
            held = self.ctx.titled.get(title, (person, office))
            self.ctx.titled[title] = held if held and held[0].key == person.key else None

    def _headline_short_names(self, person: Entity, offices: list[Office]) -> list[int]:
        """Where the article's people hold the unlinked person of the headline ("Secretary
        Blinken's Meeting with Prime Minister Abiy") whom this linked person of the body is
        ("Prime Minister Abiy Ahmed"): the name written short, as the person's given name or
        surname, with no other office (an empty list unless exactly one fits)."""
        if not self.ctx.headline_people:
            return []
        words = person.label.split()
        written = self.ctx.written.get(person.key, "").split()
        found = [
            i
            for i, (p, held) in enumerate(self.ctx.people)
            if not p.is_linked
            and p.kind is EntityKind.PERSON
            and p.key in self.ctx.headline_people
            and len(short := p.label.split()) == 1
            and any(short[0] in (w[0], w[-1]) for w in (words, written) if w)
            and (
                held is None
                or not offices
                # ("Deputy Prime Minister and Foreign Minister X": either office)
                or any(
                    held.role == office.role
                    and not (
                        held.jurisdiction
                        and office.jurisdiction
                        and held.jurisdiction.key != office.jurisdiction.key
                    )
                    for office in offices
                )
            )
        ]
        return found if len(found) == 1 else []

    def _remember(self, analysis: Analysis) -> None:
        if "Crown Prince" in analysis.sentence.text:
            self._remember_crown_prince(analysis)
        if "Highness" in analysis.sentence.text:
            self._remember_highness(analysis)
        topics = self._topics(analysis)
        states: list[Entity] = []
        people: list[Entity] = []
        for m in analysis.mentions:
            if m.code is Code.PERSON:
                for e in m.entities:
                    named = [o for o in m.offices if o.current and o.named]
                    self._remember_titles(e, named)
                    key = e.key
                    known = next(
                        (i for i, (p, _) in enumerate(self.ctx.people) if p.key == key), None
                    )
                    for extra in named[1:]:
                        also = self.people.also_held.setdefault(key, [])
                        if all(o.role != extra.role for o in also):
                            also.append(extra)
                    if known is not None:
                        if named and self.ctx.people[known][1] is None:
                            self.ctx.people[known] = (e, named[0])
                    else:
                        # "Mori" of the headline is the "Mori Takeo" of the body (looked for only
                        # for an unlinked person not known yet); the headline's "Prime Minister
                        # Abiy" the body's linked "Abiy Ahmed", for the mentions after it
                        shorter = (
                            self._headline_short_names(e, named)
                            if e.is_linked
                            else [
                                i
                                for i, (p, _) in enumerate(self.ctx.people)
                                if not p.is_linked
                                and p.kind is EntityKind.PERSON
                                and set(p.label.split()) < set(e.label.split())
                            ]
                        )
                        if len(shorter) == 1:
                            old_office = self.ctx.people[shorter[0]][1]
                            self.ctx.people[shorter[0]] = (e, named[0] if named else old_office)
                        else:
                            self.ctx.people.append((e, named[0] if named else None))
                    people.append(e)
                    if e.kind is EntityKind.PERSON and _malay_styled(analysis, m):
                        self.people.malay_styled.add(key)
                    if analysis.in_title and not e.is_linked:
                        self.ctx.headline_people.add(e.key)
            if m.code in _STATE_OR_GROUP_CODES:
                if m.begin not in topics and not self._former_ruler(analysis, m):
                    # (not "Both sides" standing for the two leaders who met)
                    states.extend(e for e in m.entities if e.kind is not EntityKind.PERSON)
                for e in m.entities:
                    if e.kind is EntityKind.STATE and e.qid:
                        self.ctx.states.setdefault(e.key, e)
        self._remember_bodies(analysis)
        self.people.guests.note(analysis)
        for m in analysis.mentions:
            if m.code is Code.CITY and m.entity is not None and m.entity.qid:
                # "in Buenos Aires": a capital named as a place
                capital_of = self.kb.capital_of(m.entity.qid)
                if capital_of is not None and capital_of.kind is EntityKind.STATE:
                    self.ctx.capitals.setdefault(capital_of.qid, entity_of(capital_of))
        orgs = [m.entity for m in analysis.mentions if m.code is Code.ORG and m.entity is not None]
        if orgs:
            self.ctx.last_org = orgs[-1]
        self._remember_union(analysis)
        for org in orgs:
            if org.kind is EntityKind.ORGANIZATION:
                self.ctx.orgs.setdefault(org.key, org)
        # (the EU is a state and an organisation)
        self.people.orgs_named.update(
            e.key
            for m in analysis.mentions
            if m.code in _ORG_OR_STATE_CODES
            for e in m.entities
            if e.qid
            and (
                e.kind is EntityKind.ORGANIZATION
                or (
                    (found := self.kb.entity(e.qid)) is not None
                    and found.place_kind == "supranational"
                )
            )
        )
        unique_states = tuple({e.key: e for e in states}.values())
        if len(unique_states) >= 2 and not all(e.is_linked for e in unique_states):
            unique_states = self._without_ambiguous(unique_states)
        self._states_told(analysis, unique_states)
        self.core_states = unique_states
        if analysis.in_title and len(unique_states) == 2 and _all_states(unique_states):
            self.ctx.headline_pair = unique_states
        if len(unique_states) >= 2:
            for listed in self._state_lists(analysis):
                # "Estonia, Latvia, Lithuania and Poland asked ... to ban Russian grain": the
                # list told as one, for "all four countries" after it (session 28)
                if len(listed) != len(unique_states):
                    self.ctx.named_sets.append(listed)
            if _all_states(unique_states):
                self.ctx.named_sets.append(unique_states)
            self.ctx.last_states = unique_states
            self.pair_at = analysis.sentence.index
        unique_people = tuple({e.key: e for e in people}.values())
        if len(unique_people) >= 2 and not analysis.negated:
            # not "X did not attend, and the kingdom was represented by Y. The leaders ..."
            self.ctx.last_people = unique_people
        self.ctx.previous_people = unique_people
        if len(unique_people) >= 2:
            # "Xi and Putin attended the SCO summit in Samarkand. The leaders decided ...": the
            # SCO, not the two (not "held talks on the sidelines of the summit": they are the two)
            text = analysis.sentence.text
            one = {org.key: org for org in orgs if org.kind is EntityKind.ORGANIZATION}
            self.ctx.summit_attended = (
                (next(iter(one.values())), frozenset(e.key for e in unique_people))
                if len(one) == 1
                and _SUMMIT_NAMED.search(text)
                and _SUMMIT_ATTENDED.search(text)
                and not _SUMMIT_SIDELINES.search(text)
                and not analysis.negated
                else None
            )
        self._learn_genders(analysis)

    def _learn_genders(self, analysis: Analysis) -> None:
        """Note who the sentence shows to be a man or a woman: the one person it names before a
        possessive "his" or "her" ("Ruto also invited his Tanzanian counterpart", "The visiting
        president thanked her host"), and people titled "Mr", "Ms", "Mrs", "Madam"."""
        text, base = analysis.sentence.text, analysis.sentence.begin
        people = [
            k
            for k in sorted(analysis.mentions, key=lambda k: k.begin)
            if k.code is Code.PERSON
            and len(k.entities) == 1
            and k.entities[0].kind is EntityKind.PERSON
        ]
        if not people:
            return
        for k in people:
            title = _GENDER_TITLE.search(text, max(0, k.begin - base - 8), k.end - base)
            if title is not None and title.start() <= k.begin - base + 4:
                self._gender(
                    k.entities[0],
                    "f"
                    if title.group("t")[0] in "MmS" and title.group("t").lower() != "mr"
                    else "m",
                )
        for m in _POSSESSIVE.finditer(text):
            before = [k for k in people if k.end <= base + m.start()]
            keys = {k.entities[0].key for k in before}
            if len(keys) != 1:
                continue
            if m.group("p").lower() == "her" and _HER_OBJECT.match(text, m.end("p")):
                continue  # ("invited her to ...": an object)
            if _WHO_AFTER_OTHER.search(text, before[-1].end - base, m.start()):
                continue
            self._gender(before[0].entities[0], "m" if m.group("p").lower() == "his" else "f")

    def _gender(self, person: Entity, gender: str) -> None:
        known = self.genders.get(person.key)
        self.genders[person.key] = gender if known in (None, gender) else "?"

    def _fits_gender(self, entities: tuple[Entity, ...], word: str) -> tuple[Entity, ...]:
        """The people a pronoun stands for, unless the article showed one of them to be of the
        other gender ("Ruto invited his counterpart. She thanked ...": not Ruto)."""
        want = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(word)
        if want is None:
            return entities
        if any(self.genders.get(e.key, want) not in (want, "?") for e in entities):
            return ()
        return entities

    def _latter(self, out: list[Mention], at: int, m: re.Match[str]) -> tuple[Entity, ...]:
        """ "X invited Y, and the latter accepted": of the two people named before it in this
        sentence, else (none there) in the sentence before, the second ("the former": the
        first); none when more or fewer were named."""
        here = [
            k for k in sorted(out, key=lambda k: k.begin) if k.code is Code.PERSON and k.end <= at
        ]
        if any(len(k.entities) != 1 for k in here):
            return ()
        people = list({k.entities[0].key: k.entities[0] for k in here}.values())
        if not here:
            people = list(self.ctx.previous_people)
        if len(people) != 2 or not all(p.kind is EntityKind.PERSON for p in people):
            return ()
        return (people[1] if m.group("w").lower() == "latter" else people[0],)

    def _remember_union(self, analysis: Analysis) -> None:
        """Note the union of states (a state with KB members: the EU) a sentence names after any
        organisation, or forget the one noted when an organisation is named after it: "NATO
        condemned ... The EU imposed sanctions ... The bloc also urged" means the EU."""
        for m in reversed(analysis.mentions):
            if m.code is Code.ORG and m.entity is not None:
                self.ctx.last_union = None
                return
            if m.code in _STATE_CODES and len(m.entities) == 1:
                e = m.entities[0]
                if e.kind is EntityKind.STATE and e.qid and self.kb.members(e.qid):
                    self.ctx.last_union = e
                    return

    def _bloc_named_before(self, phrase: str) -> Entity | None:
        """The organisation "the bloc" of a sentence naming none stands for: the one named last,
        unless that is a body the KB lacks named as a commission, committee, council, court,
        fund, bank or agency ("the Joint Commission for Cooperation": a pair's body, no bloc);
        then the one organisation of states (KB members) the article named, if just one."""
        last = self.ctx.last_org
        if self.ctx.last_union is not None and phrase.lower().endswith("bloc"):
            return self.ctx.last_union
        if last is None:
            # "The European Union marked twenty years since its enlargement. Croatia joined the
            # bloc in 2013.": the EU is a state among the KB's kinds, never an organisation named
            # last; the one such state with KB members the article named (session 32; "the
            # bloc" only: "the alliance" of an article on the EU may be a pair's alliance)
            if not phrase.lower().endswith("bloc"):
                return None
            unions = [e for e in self.ctx.states.values() if e.qid and self.kb.members(e.qid)]
            return unions[0] if len(unions) == 1 else None
        if last.is_linked or not _NO_BLOC.search(last.label):
            return last
        blocs = [e for e in self.ctx.orgs.values() if e.qid and self.kb.members(e.qid)]
        return blocs[0] if len(blocs) == 1 else None

    def _of_gender(self, wrong: tuple[Entity, ...], word: str) -> tuple[Entity, ...]:
        """For "she" whose subject the article showed to be a man (or "he", a woman): the one
        other person of the meeting reported, or of the sentence before, the article showed to
        be of the pronoun's gender ("Ruto met Samia ... She accepted": Samia); else none."""
        want = "m" if word == "he" else "f"
        if not wrong:
            return ()
        pool = {e.key: e for e in (*self.ctx.meeting, *self.ctx.previous_people)}
        fits = [e for k, e in pool.items() if self.genders.get(k) == want]
        return (fits[0],) if len(fits) == 1 else ()

    @staticmethod
    def _state_lists(analysis: Analysis) -> list[tuple[Entity, ...]]:
        """The lists of three or more states a sentence names by their names, one after the other
        ("Estonia, Latvia, Lithuania and Poland"): each a set a counted group may stand for."""
        text, base = analysis.sentence.text, analysis.sentence.begin
        out: list[tuple[Entity, ...]] = []
        run: list[Mention] = []

        def close() -> None:
            found = tuple({e.key: e for k in run for e in k.entities}.values())
            if (
                len(run) >= 3
                and len(found) == len(run)
                and _all_states(found)
                # (not a list whose own verb is negated: "Hungary, Poland and Slovakia banned
                # ..., while Romania, Bulgaria and Moldova did not": "the three governments"
                # are the ones that acted; session 28, plans)
                and _LIST_NEGATED.match(text, run[-1].end - base) is None
            ):
                out.append(found)

        for m in sorted(analysis.mentions, key=lambda k: k.begin):
            if m.code is not Code.STATE or len(m.entities) != 1:
                close()
                run = []
                continue
            if run and not _LIST_GAP.fullmatch(text, run[-1].end - base, m.begin - base):
                close()
                run = []
            run.append(m)
        close()
        return out

    @staticmethod
    def _former_ruler(analysis: Analysis, m: Mention) -> bool:
        """Whether ``m`` names a state only as a land's former ruler ("the former Spanish
        colony")."""
        text, base = analysis.sentence.text, analysis.sentence.begin
        at = m.begin - base
        return (
            ("former" in text or "ex-" in text)
            and _FORMER_RULER_BEFORE.search(text, max(0, at - 8), at) is not None
            and (_FORMER_RULER_AFTER.match(text, m.end - base) is not None)
        )

    def _topics(self, analysis: Analysis) -> set[int]:
        """Where the states a sentence names only as what was discussed begin ("The leaders
        discussed relations with China and Uzbekistan", "the situation in Afghanistan"): they
        do not replace the pair the article is about (looked for only when there is one)."""
        if len(self.ctx.focus) != 2 and len(self.ctx.last_states) != 2:
            return set()
        text, base = analysis.sentence.text, analysis.sentence.begin
        # (the pattern's words are in lower case and it ignores no case: the text, not lowered)
        if not _has_any(text, _TOPIC_WORDS):
            return set()
        found: set[int] = set()
        previous: Mention | None = None
        for m in analysis.mentions:
            at = m.begin - base
            topic = (
                previous is not None
                and previous.begin in found
                and _TOPIC_NEXT.fullmatch(text, previous.end - base, at) is not None
            ) or (
                m.code in _STATE_CODES
                and _TOPIC_BEFORE.search(text, max(0, at - _TOPIC_REACH), at) is not None
            )
            if topic and m.code in _STATE_CODES and not _NOT_TOPIC_AFTER.match(text, m.end - base):
                found.add(m.begin)
            previous = m
        return found

    def _without_ambiguous(self, states: tuple[Entity, ...]) -> tuple[Entity, ...]:
        """The states without a name that may be one of the others ("Korean customs data" in a
        sentence on South Korea, or after it): it adds no state to the pair."""
        known = {e.qid for e in (*states, *self.ctx.last_states) if e.qid}
        return tuple(
            e
            for e in states
            if e.is_linked
            or e.kind is not EntityKind.STATE
            or not any(k.qid in known for k in self.kb.lookup(e.label, _STATE_KINDS))
        )

    def _without_unions(self, group: tuple[Entity, ...]) -> tuple[Entity, ...]:
        """A group of parties without the unions of states among them (the EU: a state among
        the KB's kinds, with member states); the group itself when it has none."""
        if not any(e.qid and self.kb.members(e.qid) for e in group):
            return group
        return tuple(e for e in group if not (e.qid and self.kb.members(e.qid)))

    def pair(self) -> tuple[Entity, ...]:
        """The pair of states "the two countries" and "two-way trade" mean: the last two
        named, unless the meeting reported last is of two others and no sentence since has
        been about it (then the pair is unclear: none)."""
        last = self.ctx.last_states
        if len(last) != 2:
            return ()
        return last if self.pair_at == self.index or self._clear(last) else ()

    def clear_pair(self, pair: tuple[Entity, ...]) -> bool:
        """:meth:`_clear`, for pairs.py."""
        return self._clear(pair)

    def leads(self, person: Entity) -> bool:
        """Whether a person is head of state or government (the article's offices, else the KB
        on its date)."""
        return any(self._holds(person, r, []) for r in _LEADER_ROLES)

    def is_minister(self, person: Entity) -> bool:
        """Whether a person holds a minister's office (the article's, else the KB's)."""
        return any(self._holds(person, r, []) for r in _MINISTER_ROLES)

    def _clear(self, pair: tuple[Entity, ...]) -> bool:
        """Whether a pair (of states, or of people acting for them) is no other than that of
        the meeting reported last ("Xi met Macron. ... Russia and Ukraine have held no talks.
        The two countries established relations in 1964." is not clear). A union of states
        that met is no state of that meeting's ("The EU held talks with North Macedonia ...
        Both countries [North Macedonia and Albania] are members of NATO")."""
        focus = self._without_unions(self.ctx.focus)
        if len(pair) != 2 or len(focus) != 2:
            return True
        states = pair if _all_states(pair) else self._states_of_people(pair)
        return not states or {e.key for e in states} == {e.key for e in focus}

    def refocus(self) -> None:
        """After a sentence about those who met ("Both leaders also called for ...", "The
        Secretary and the Minister discussed the situation in Sudan and Chad"), naming no
        other pair, "the two countries" are their states again."""
        focus = self.ctx.focus
        subject = self.ctx.subject
        last = self.ctx.last_states
        if len(focus) != 2 or len(subject) < 2 or len(last) != 2 or last == focus:
            return  # (only a pair named since the meeting gives way)
        keys = {e.key for e in focus}
        if not {e.key for e in self.core_states} <= keys:
            return
        sides = subject if _all_states(subject) else self._states_of_people(subject)
        if {e.key for e in sides} == keys:
            self.ctx.last_states = focus
            self.pair_at = self.index

    def _remember_crown_prince(self, analysis: Analysis) -> None:
        """The person a sentence names with the style "Crown Prince" ("Saudi Crown Prince
        Mohammed bin Salman", "Crown Prince and Prime Minister X", "X, the Crown Prince of ...")."""
        m = _CROWN_PRINCE_NAMED.search(analysis.masked)
        slot = (m.group("after") or m.group("before")) if m else None
        mention = analysis.slots.get(slot) if slot else None
        if mention is None:
            # "Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, Deputy Prime
            # Minister ...": the heir's title read as a mention of its own, apposed to the name
            text, base = analysis.sentence.text, analysis.sentence.begin
            people = [k for k in analysis.mentions if k.code is Code.PERSON]
            for before, title in itertools.pairwise(people):
                if (
                    title.text.startswith("Crown Prince")
                    and not title.entities[0].is_linked
                    and before.entity is not None
                    and before.entity.is_linked
                    and _APPOSED_HEIR.fullmatch(text, before.end - base, title.begin - base)
                ):
                    mention = before
            for k in people if mention is None else ():
                if k.entity is not None and k.entity.is_linked and _HEIR_APPOSED_IN.search(k.text):
                    # "Prince X, Crown Prince, Deputy Prime Minister and ...": the heir's title
                    # bound to the name with the titles after it (session 43)
                    mention = k
                    break
        if mention is not None and mention.entity is not None:
            self.ctx.crown_prince = mention.entity

    def _remember_highness(self, analysis: Analysis) -> None:
        """The people a sentence names with the style "His Highness" ("President His Highness
        Sheikh Mohamed bin Zayed Al Nahyan"), for the style written alone later (session 36)."""
        for m in analysis.mentions:
            if (
                m.code is Code.PERSON
                # (the style after a title too: "President His Highness Sheikh ...")
                and _HIGHNESS_NAMED.search(m.text)
                and len(m.entities) == 1
                and m.entities[0].is_linked
            ):
                self.ctx.highness[m.entities[0].key] = m.entities[0]

    def _remember_bodies(self, analysis: Analysis) -> None:
        """ "The UN Security Council ...", "The Peace and Security Council of the African Union":
        the organisation a later "the Council" stands for."""
        text, base = analysis.sentence.text, analysis.sentence.begin
        for m in analysis.mentions:
            if m.code is Code.ORG and m.entity is not None:
                head = _named_head(m.entity)
                if head is not None:
                    self.ctx.bodies[head] = m.entity  # "the IMF": a later "the Fund"
        if not _has_any(text, _BODY_WORDS):
            return
        for m in analysis.mentions:
            if m.code is not Code.ORG or m.entity is None:
                continue
            last = m.text.split()[-1]
            if last in _BODY_WORDS:
                self.ctx.bodies[last] = m.entity  # "UN Security Council"
            elif "Court of " in m.text and _COURT_OF.search(m.text):
                self.ctx.bodies["Court"] = m.entity  # "International Court of Justice"
            body = _BODY_OF.search(text, 0, m.begin - base)
            if body is not None and body.end() == m.begin - base:
                self.ctx.bodies[body.group("w")] = m.entity  # "... Council of the AU"


# "members of BRICS", "joined OPEC+", "BRICS, which groups Brazil, ...": an acronym the KB
# does not know, where only an organisation can stand
_ACRONYM_ORG = re.compile(
    r"\b(?:members?\s+(?:states\s+|countries\s+)?of|joined|join|joining|accession\s+to|"
    r"membership\s+(?:in|of)|summit\s+of|[Cc]hair(?:manship|ship)?\s+of|"
    # "Peru, which chairs APEC this year", "its presidency of APEC"
    r"chairs|chaired|presides\s+over|presidency\s+of)\s+(?:the\s+)?"
    r"(?P<a>[A-Z]{3,6}\+?)(?![\w-])|"
    # "Iran, a BRICS member since 2024", "fellow SCO member Kazakhstan", "the other two APEC
    # members"
    r"\b(?:an?|fellow|another|founding|full|other(?:\s+(?:two|three|four|five|six))?)\s+"
    r"(?P<d>[A-Z]{3,6}\+?)\s+(?:member|members|allies)\b|"
    # "fellow Quad members Japan and Australia", "the other two Quad members": a name before its
    # members (not an adjective: "fellow European members", see _acronym_spans)
    r"\b(?:fellow|other(?:\s+(?:two|three|four|five|six))?)\s+(?P<e>[A-Z][a-z]{2,})\s+"
    r"(?:members|member\s+(?:states|countries))\b|"
    # "The Quad brings together Australia, India, ...": a name that groups states
    r"^(?:The\s+)?(?P<f>[A-Z][a-z]{2,}|[A-Z]{3,6}\+?)\s+(?:now\s+|also\s+)?(?:brings\s+together|"
    r"groups|comprises|unites|consists\s+of)\s+(?=[A-Z])|"
    # ("BRICS, which currently brings together Brazil, ...": session 35)
    r"(?<![\w-])(?P<b>[A-Z]{3,6}\+?),?\s+(?:which|that)\s+(?:(?:currently|now|also)\s+)?"
    r"(?:groups|comprises|brings\s+together|"
    # "BRICS, which Russia chairs this year": a body a named state chairs
    r"consists\s+of|(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+(?:currently\s+|now\s+)?"
    r"(?:chairs|presides\s+over))\b|"
    # "BRICS leaders met", "the SCO summit", "OPEC+ members": a body of states by what it has
    # ("as the SCO chairmanship passed from Uzbekistan to India")
    r"(?<![\w-])(?P<c>[A-Z]{3,6}\+?)(?:['’]s)?\s+(?:leaders|heads\s+of\s+state|foreign\s+ministers|"
    r"member\s+(?:states|countries|nations)|members|summit|bloc|(?:rotating\s+)?(?:chair(?:man)?ship|"
    r"[Pp]residency))\b|"
    # "the BRICS group, of which Brazil is a founding member", "the BRICS group of emerging
    # economies, of which India is a member": a group of members
    r"(?<![\w-])(?P<g>[A-Z]{3,6}\+?)\s+(?:group|grouping)(?:\s+of\s+[a-z][\w\s-]{0,40}?)?,\s+"
    r"of\s+which\b|"
    # "BRICS was formed in 2009 by Brazil, Russia, ...", "AES, which was founded by Mali, ...": a
    # body its founders, named states, set up (session 41)
    r"(?<![\w-])(?P<h>[A-Z]{3,6}\+?)(?:,\s+which)?\s+(?:was|were)\s+(?:jointly\s+|originally\s+)?"
    r"(?:co-?founded|founded|formed|created|established|set\s+up)(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?"
    r"\s+by\s+(?:the\s+)?(?=[A-Z])"
)


_ACRONYM_ORG_KEYS = (
    " by ",
    "member",
    "brings",
    "groups",
    "comprises",
    "unites",
    "consists",
    "presides",
    "join",
    "accession",
    "ummit",
    "hair",
    "which",
    "that",
    "leaders",
    "heads",
    "ministers",
    "bloc",
    "residency",
)


# "members of the G20 and BRICS": the acronyms in the list of organisations after "members of"
_MEMBERS_OF = re.compile(r"\bmembers?\s+(?:states\s+|countries\s+)?of\s+(?:the\s+)?(?=[A-Z])")
_LIST_NEXT = re.compile(
    r"[A-Z][\w+.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w+.-]*)*"
    r"(?:,\s*|,?\s+(?:and|as\s+well\s+as)\s+)(?:the\s+)?(?P<item>[A-Z][\w+-]*)"
)
_ACRONYM = re.compile(r"[A-Z]{3,6}\+?(?![\w-]|\s+[A-Z])")
# an acronym's start: a far cheaper scan than _ACRONYM_ORG, which tries its context words at every
# position and its acronyms at every capital, and most sentences have no acronym to find. Written
# "[A-Z][A-Z]{2}", not "[A-Z]{3}": a pattern that starts with a character class lets the regex
# engine scan for that class, more than twice as fast as trying the pattern at each position.
_THREE_CAPITALS = re.compile(r"[A-Z][A-Z]{2}")
# a body named for what it is, which is no organisation head word elsewhere ("Economic
# Cooperation" in a memorandum's name is a topic)
_COOPERATION = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s+Cooperation(?![\w-]|\s+[A-Z])")


_GROUPING_VERBS = ("brings together", "groups", "comprises", "unites", "consists of")
# capitalised words before "members" that are no body's name ("fellow Muslim members")
_NOT_BODY_NAMES = frozenset(
    """Muslim Christian Catholic Orthodox Jewish Democratic Republican Labour Socialist
    Communist Conservative Liberal Green Permanent Founding Full Core Key New Original Other
    Council Union""".split()
)


def _not_a_name(word: str) -> bool:
    """Whether a capitalised word before "members" is an adjective or no body's name."""
    return (
        word in _NOT_BODY_NAMES or word in _NOT_LISTED_ORG or _ADJECTIVE.fullmatch(word) is not None
    )


def _acronym_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where the acronyms of organisations the KB does not know are, by their context."""
    # (what every match of _ACRONYM_ORG has: three capitals, or a name's context words)
    if (
        _THREE_CAPITALS.search(text)
        or (("fellow" in text or "other" in text) and "member" in text)
        or _has_any(text, _GROUPING_VERBS)
    ):
        for m in _ACRONYM_ORG.finditer(text):
            group = next(g for g in "abcdefgh" if m.group(g))
            if (
                group in "ef"
                and not _ACRONYM.fullmatch(m.group(group))
                and _not_a_name(m.group(group))
            ):
                continue
            yield m.start(group), m.end(group)
    if "member" not in text:
        return
    for m in _MEMBERS_OF.finditer(text):
        pos = m.end()
        while True:
            # "members of the Asia-Pacific Economic Cooperation and the United Nations"
            named = _COOPERATION.match(text, pos)
            if named is not None:
                yield named.span()
            item = _LIST_NEXT.match(text, pos)
            if item is None:
                break
            pos = item.start("item")
            if _ACRONYM.match(text, pos):
                yield item.span("item")


# where a list of the organisations a state is a member of starts: "members of the Quad, the
# G20 and APEC", "a member of NATO as well as the EU", "belong to the G20 and the Quad", "joined
# the Quad and APEC" (the verb's group: no name without "the" after it but an acronym, since
# "joined Smith in ..." joins a person)
# ("membership in": "Kazakhstan's membership in the SCO and APEC")
_MEMBERS_OF_REST = (
    r"(?<![\w-].)embers?(?:hip\s+in|(?:hip|\s+(?:states|countries|nations))?\s+of)\s+(?:both\s+)?"
)
# (each alternative starts with a letter, so that the regex engine scans for those letters)
_ORG_LIST = re.compile(
    rf"m{_MEMBERS_OF_REST}|M{_MEMBERS_OF_REST}|b(?<![\w-].)elong(?:s|ed|ing)?\s+to\s+(?:both\s+)?|"
    r"j(?<![\w-].)oin(?:s|ed|ing)?\s+|r(?<![\w-].)ejoin(?:s|ed|ing)?\s+|"
    r"a(?<![\w-].)cce(?:ded|ssion)\s+to\s+"
)
# what every match of _ORG_LIST has
_ORG_LIST_KEYS = ("ember", "elong", "join", "acceded", "accession")
_LIST_THE = re.compile(r"the\s+")
# what goes on a list: ", ", " and ", ", and ", " as well as "
_LIST_SEP = re.compile(r"(?P<comma>\s*,)?(?:\s+(?:and|as\s+well\s+as)(?=\s))?\s+")
# a name: capitalised words, perhaps joined by "of" or "for" ("the Quadrilateral Security
# Dialogue", "the Bucharest Nine", "the Organisation of Turkic States")
_LIST_NAME = re.compile(r"[A-Z][\w’'&+-]*(?:(?:\s+(?:of|for)(?:\s+the)?)?\s+[A-Z][\w’'&+-]*){0,5}")
_LIST_WORD = re.compile(r"[A-Z][\w’'&+-]*")
_LIST_ACRONYM = re.compile(r"[A-Z][A-Z0-9&+-]*[A-Z0-9+]")
# a word after a name that makes it a modifier of a noun ("the Western alliance", "the Quad
# grouping"), unless the word is one that may follow a list's item
_LOWER_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]+)\b")
_AFTER_LIST_ITEM = frozenset(
    """since in on at as and or which that who whose where when to for from with until but
    while because respectively too also both all since is are was were has have had will
    would can could said says""".split()
)
# a clause of its own after a name without "the": "... of NATO, and Smith said"
_CLAUSE_VERB = frozenset("is are was were has have had will would can could said says".split())
# what names no organisation of its own: a head word alone ("the Council", which is the one
# named before, or none), armed forces ("joined the Army"), a region, a pronoun, a day or month
_NOT_LISTED_ORG = frozenset(
    _ORG_HEADS.replace("Organi[sz]ation", "Organisation|Organization").split("|")
    + """League Conference Embassy Government Cabinet Delegation Mission Bloc Party Club
        Summit Team State States Army Navy Air Force Forces Marines Police Military Guard
        West East North South Left Right Americas I We They He She It You This That These Those
        The A An""".split()
) | {w.capitalize() for w in CALENDAR_WORDS}


def _listed_orgs(mentions: list[Mention], text: str, base: int, kb: KbIndex) -> list[Mention]:
    """The organisations the KB does not know in a list of those a state is a member of
    ("members of the Quad, the G20 and APEC": the Quad and APEC besides the G20). The list goes
    on over known organisations and names (capitalised words) that are none of a state, city,
    person, office, region or day; it stops at the first item that is not one."""
    lists = list(_ORG_LIST.finditer(text))
    if not lists:
        return mentions  # ("joint", "accessible": no list's start)
    starts = {k.begin - base: k for k in mentions}
    covered = bytearray(len(text))  # the characters a mention covers
    for k in mentions:
        covered[max(0, k.begin - base) : k.end - base] = b"\x01" * (k.end - k.begin)
    added: list[Mention] = []
    dropped: list[Mention] = []
    for m in lists:
        # (after "joined", "acceded to": the verb's list)
        pos, comma, join = m.end(), False, m.group(0)[0] in "jra"
        for _ in range(GROUP_MAX):
            the = _LIST_THE.match(text, pos)
            at = the.end() if the else pos
            bare = the is None
            name: str | None = None
            known = starts.get(at)
            if known is not None and known.code is Code.CITY:
                # "the Bucharest Nine", "the Paris Club": a city opening a longer name
                name = _listed_name(text, at, covered, starts, bare=bare)
                if name is not None and at + len(name) > known.end - base:
                    dropped.append(known)
                    known = None
            if known is not None:
                entity = known.entity
                kb_entity = kb.entity(entity.qid) if entity is not None and entity.qid else None
                if known.code is not Code.ORG and (
                    kb_entity is None or EntityKind.ORGANIZATION not in kb_entity.kinds
                ):
                    break  # a state, person, city: no organisation, and the list is over
                end = known.end - base
            else:
                if name is None:
                    name = _listed_name(text, at, covered, starts, bare=bare)
                if name is None or (join and bare and _LIST_ACRONYM.fullmatch(name) is None):
                    break
                end = at + len(name)
            # over a head noun ("the Quad grouping and APEC") and a participle's aside ("the SCO,
            # founded in 2001, and the CSTO") to the next item
            head = _HEAD_AFTER.match(text, end) if text.startswith(" ", end) else None
            after = head.end() if head is not None else end
            aside = _FOUNDED_ASIDE.match(text, after) if text.startswith(",", after) else None
            if aside is None and text.startswith(" ", after):
                participle = _FOUNDED_BARE.match(text, after)
                after = participle.end() if participle is not None else after
            sep = _LIST_SEP.match(text, aside.end() - 1 if aside is not None else after)
            if sep is not None and sep.group(0) == " ":
                sep = None  # (a space alone goes on no list)
            if known is None:
                if comma and sep is None:
                    break  # "a member of the Quad, Smith": no list's last item after a comma alone
                entity = Entity.unlinked(text[at:end], EntityKind.ORGANIZATION)
                known = Mention(
                    base + at, base + end, text[at:end], Code.ORG, (entity,), confidence=0.7
                )
                added.append(known)
                starts[at] = known
                covered[at:end] = b"\x01" * (end - at)
            if sep is None:
                break
            comma = sep.group(0).strip() == ","
            pos = sep.end()
    if not added:
        return mentions
    return [k for k in mentions if k not in dropped] + added


def _listed_name(
    text: str, at: int, covered: bytearray, starts: dict[int, Mention], *, bare: bool
) -> str | None:
    """The name of an organisation on a list at ``at``, if one is there (see _listed_orgs)."""
    found = _LIST_NAME.match(text, at)
    if found is None:
        return None
    name = found.group(0)
    # (a name that goes on to a body's head word: "the Americas Partnership for Economic
    # Prosperity", whose region word opens it)
    headed = _LISTED_HEAD.search(name) is not None
    # a name stops before a mention that is none of its words ("the Quad for Japan"), but
    # for a city opening it ("the Bucharest Nine"), and before a word that names no body
    for word in _LIST_WORD.finditer(name):
        begin, end = at + word.start(), at + word.end()
        if not any(covered[begin:end]):
            if word.group(0) not in _NOT_LISTED_ORG or (headed and word.start() == 0):
                continue
        else:
            city = starts.get(begin)
            if (
                city is not None
                and city.code is Code.CITY
                and city.end - city.begin < len(name) - word.start()
            ):
                continue
        name = name[: word.start()]
        break
    name = _TRAILING_LINK.sub("", name)
    if not name or name.endswith(("’", "'")) or name.endswith(("’s", "'s")):
        return None  # "the Quad's", "the Quad Leaders’ Summit": a modifier, not the item
    title = find_titles(name)
    if title:
        if title[0].begin == 0:
            return None  # "the Prime Minister"
        name = _TRAILING_LINK.sub("", name[: title[0].begin])
    if _CAPITAL_AFTER.match(text, at + len(name)):
        return None  # "the Communist Party of China": a longer name than can be told
    if _LIST_ACRONYM.fullmatch(name) is not None:
        return name
    after = _LOWER_WORD_AFTER.match(text, at + len(name))
    if after is not None and _HEAD_AFTER.match(text, at + len(name)) is not None:
        # "the Quad grouping", "the Five Eyes intelligence alliance": a name (not "the Western
        # alliance", "the Soviet bloc": an adjective)
        return None if _ADJECTIVE.fullmatch(name) else name
    if after is not None and _FOUNDED_BARE.match(text, at + len(name)) is not None:
        return name  # "the Quad founded in 2007 and BRICS": a participle's aside
    if after is not None and (
        after.group("w") not in _AFTER_LIST_ITEM or (bare and after.group("w") in _CLAUSE_VERB)
    ):
        # "the Western alliance": a modifier; "... and Smith said": a clause's subject
        return None
    return name


# a body's head word after a name's first word ("Americas Partnership for ...")
_LISTED_HEAD = re.compile(
    r"^[A-Z][a-z]+\s+(?:Partnership|Alliance|Forum|Organi[sz]ation|Union|Group|Council|"
    r"Commission|Community|Bloc)\s+(?:for|of)\s+[A-Z]"
)
_TRAILING_LINK = re.compile(r"(?:\s+(?:of|for|the))*\s*$")
# a generic head noun after an organisation's name, perhaps with a word before it: "the Quad
# grouping", "the Five Eyes intelligence alliance", "the Visegrad Group countries"
_HEAD_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:grouping|group|bloc|alliance|format|forum|pact|partnership|"
    r"organi[sz]ation|coalition|club|union|countries|nations|states|framework|mechanism)\b"
)
# a capitalised word that is an adjective before a noun, no name: "the Western alliance", "the
# Arab bloc", "the Nordic countries", "the Atlantic alliance"
_ADJECTIVE = re.compile(
    r"[A-Z][a-z]*(?:ern|ic|an|ese|ish|ist|al|i)|Arab|Soviet|Gulf|Slav|Latin|Anglo|Euro|Free|Allied"
)
# a participle's aside after an organisation: ", founded in 2001," (its last comma is the list's)
_FOUNDED_ASIDE = re.compile(
    r",\s+(?:founded|established|created|formed|launched|set\s+up|based|headquartered)\s+"
    r"[^,;]{1,40}?,"
)
# the same without commas, before the list goes on: "the SCO founded in 2001 and the CSTO"
_FOUNDED_BARE = re.compile(
    r"\s+(?:founded|established|created|formed|launched|set\s+up)\s+in\s+(?:[A-Z][a-z]+\s+)?"
    r"\d{4}(?=,?\s+(?:and|as\s+well\s+as)\s)"
)
_CAPITAL_AFTER = re.compile(r"\s+[A-Z§]")


# a wire story's dateline: "MINSK, 16 September (BelTA) - ", "BEIJING, Nov. 20 (Xinhua) -- "
WIRE_DATELINE = re.compile(
    r"[A-Z][\w.'’-]*(?:[ /-][A-Z][\w.'’-]*){0,3}(?:,\s+[A-Z][\w.'’ -]{1,30}?)?,\s+"
    + DATELINE_DAY
    # ("NAIROBI, May 3 Kyodo - ": the agency's name in title case)
    + r",?(?:\s*(?:\([^()\n]{1,40}\)|[A-Z]{2,8}|(?<=\d)\s[A-Z][a-z]{2,12})?\s*(?::|--|[-–—])|"
    r"\.\s*/[A-Za-z-]{2,15}/\.|"
    r"\s+[A-Z][A-Za-z-]{1,15}\.)\s+"
)


# the kind of armed group a name is said to be of: "the M23 armed group", "the militant group
# Al-Shabaab", "the rebel group M23"
_GROUP_KIND = (
    r"(?:armed|militant|rebel|terrorist|jihadist|insurgent|separatist|paramilitary|extremist|"
    r"guerrilla)\s+"
    r"(?:group|movement|organi[sz]ation|outfit)"
)
# a name the KB does not know, in the place of an armed group: "the attacks by Boko Haram",
# "Hamas' brutal attack on Israel", "al-Shabaab militants", "the advance of the TPLF", "the M23
# rebels" (a name with a number only before such a word: not "F16 fighters")
_GROUP_NAME = (
    r"(?:(?:al|el|ash|ad)-)?[A-Z][\w’'-]*[a-z][\w’'-]*(?:\s+[A-Z][\w’'-]*[a-z][\w’'-]*){0,4}|"
    rf"[A-Z]{{3,6}}|[A-Z]{{1,3}}\d{{1,3}}(?=\s+(?:rebels|militants|insurgents|{_GROUP_KIND})\b)|"
    # "M23 fighters captured the towns of ..." (not the jets "F16 fighters", "JF17 fighters";
    # session 32)
    r"(?![A-Z]{0,2}[FJ]\d)[A-Z]{1,3}\d{1,3}(?=\s+fighters\b)"
)
# a name after its kind is a name whatever its letters: "the rebel group M23"
_KIND_FIRST_NAME = rf"(?:{_GROUP_NAME}|[A-Z]{{1,3}}\d{{1,3}})(?![\w-])"
# The armed-group regex by its alternatives, each with the group that holds the name and the
# words around the name (which every match of the alternative contains). The name is tried at
# every capitalised word, with much backtracking, so a sentence is scanned only with the
# alternatives whose words it has: the matches are those of the whole regex, as an alternative
# left out matches nowhere in the sentence.
_ATTACKS_BY = (
    r"\b(?:attacks?|assaults?|offensive|advance|rockets?|raids?|atrocities|kidnappings?|"
    r"abductions?|incursions?|massacres?)\s+(?:launched\s+|carried\s+out\s+|fired\s+)?"
    r"(?:by|of)\s+"
)
_S_ATTACK = (
    r"(?:['’]s?)\s+(?:[a-z]+\s+){0,2}(?:attacks?|assault|offensive|advance|incursion|rockets?|"
    r"atrocities|massacre)\b"
)
_MILITANTS = r"\s+(?:militants|fighters|rebels|gunmen|insurgents|terrorists|guerrillas)\b"
# "Hamas fired rockets at southern Israel"
_FIRED_ROCKETS = (
    # ("the Houthis have fired drones ...", "Hezbollah began firing rockets ...": session 37)
    r"\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:fired|launched|(?:began|started|continued)\s+firing)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:rockets?|missiles?|mortars?|drones?)\b"
)
_OWNED_ATTACK = (
    r"(?:\s+(?:rebels|militants|fighters|insurgents|militia|jihadists))?\s+"
    r"(?:(?:have|has|had|also|reportedly)\s+)?(?:attacked|ambushed|shelled|stormed|raided|abducted|"
    r"kidnapped|seized|captured|bombed|overran)\b"
)
# "air strikes on PKK targets", "struck Hezbollah positions", "an operation against PKK hideouts":
# a name right before the sites a strike is aimed at (session 32)
_SITES_STRUCK = (
    r"\b(?:on|against|targeting|struck|hit|bombed|pounded|shelled)\s+(?:the\s+)?(?:suspected\s+)?"
)
_STRUCK_SITES = (
    r"\s+(?:targets|positions|hideouts|camps|bases|strongholds|posts|training\s+camps|"
    r"military\s+sites)\b"
)
# "blamed the Kurdistan Workers' Party (PKK) for the bombing", "held the TTP responsible for the
# suicide bombing", "accused al-Shabaab of carrying out the attack": a name an attack is blamed on
# (an armed group when the KB does not know it; session 33, security)
_BLAMED_FOR = r"\b(?:blamed|blames|blaming|accused|accuses|accusing|held|holds|holding)\s+"
_FOR_ATTACK = (
    r"(?:\s*\([A-Z]{2,6}\))?\s+(?:(?:directly\s+)?responsible\s+)?(?:for|of)\s+"
    r"(?:(?:carrying\s+out|orchestrating|staging|plotting|being\s+behind)\s+)?"
    r"(?:(?:the|a|an|last|this|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\S*\s+)?"
    r"(?:(?!(?:on|in|at|by|and|against)\b)[\w-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|"
    r"explosions?|ambush(?:es)?|massacres?|raids?|shelling|kidnappings?|abductions?|killings?)\b"
)
# the names blame may make a group of: an acronym, one word not a people's or a bloc's ("Hamas",
# "al-Shabaab"; not "Ukrainians", "the West"), or words ending in a group's head word ("Boko
# Haram", "the Kurdistan Workers' Party"); not a person's two names
_BLAMED_GROUP = re.compile(
    r"[A-Z]{2,6}|(?!(?:West|Kremlin|Pentagon|Opposition|Government|Regime|Junta|Police|Army|"
    r"Authorities)\b)(?:(?:al|el|ash|ad)-)?[A-Z][\w’'-]*(?<!ans)(?<!ese)|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+(?:Party|Front|Movement|Brigades?|Organi[sz]ation|"
    r"Haram|Jihad|Mujahideen|Taliban|Tehreek|Jamaat|Militia|Army|Forces)"
)
_BLAMED_ATTACK = (
    r"(?:attacks?|bombings?|blasts?|explosions?|ambush(?:es)?|massacres?|raids?|shelling|"
    r"kidnappings?|abductions?|killings?)"
)
_ARMED_GROUP_ALTERNATIVES = (
    ("a", _ATTACKS_BY, rf"{_ATTACKS_BY}(?:the\s+)?(?P<a>{_GROUP_NAME})"),
    ("b", _S_ATTACK, rf"(?<![\w-])(?P<b>{_GROUP_NAME}){_S_ATTACK}"),
    ("c", _MILITANTS, rf"(?<![\w-])(?P<c>{_GROUP_NAME}){_MILITANTS}"),
    ("d", _FIRED_ROCKETS, rf"(?<![\w-])(?P<d>{_GROUP_NAME}){_FIRED_ROCKETS}"),
    # "Nigeria's Boko Haram attacked ...", "Sudan's RSF shelled ...": a group named after a
    # state's possessive, the subject of an attack (its own actor, not the state; session 28)
    ("g", _OWNED_ATTACK, rf"(?<![\w-])[A-Z][\w-]*['’]s\s+(?P<g>{_GROUP_NAME}){_OWNED_ATTACK}"),
    # "Yemen's Houthi movement accused ...": a movement named after a state's possessive (session
    # 28)
    ("h", r"movement\b", rf"(?<![\w-])[A-Z][\w-]*['’]s\s+(?P<h>{_GROUP_NAME})\s+movement\b"),
    ("i", _STRUCK_SITES, rf"{_SITES_STRUCK}(?P<i>{_GROUP_NAME}){_STRUCK_SITES}"),
    (
        "j",
        r"\b(?:blam|accus|held\s|holds?\s|holding\s)",
        rf"{_BLAMED_FOR}(?:the\s+)?(?P<j>{_GROUP_NAME}){_FOR_ATTACK}",
    ),
    # "Ankara blamed the attack on the Kurdistan Workers' Party (PKK)", "The bombing was blamed on
    # the PKK": an attack blamed on a name (session 33, security)
    (
        "k",
        r"\b(?:blamed|blames|pinned)\s",
        rf"(?:\b{_BLAMED_ATTACK}\b[^.;]{{0,80}}?\b(?:blamed|pinned)|\b(?:blamed|blames)\s+"
        rf"(?:the\s+|a\s+|an\s+|last\s+|this\s+)?(?:[\w-]+\s+){{0,3}}?{_BLAMED_ATTACK}\b"
        rf"[^.;]{{0,40}}?)\s+on\s+(?:the\s+)?(?P<k>{_GROUP_NAME})(?:\s*\([A-Z]{{2,6}}\))?"
        r"(?=\s*(?:[.,;]|$))",
    ),
    # "the militant group Al-Shabaab", "the armed group Ansar Allah"
    ("e", _GROUP_KIND, rf"\b{_GROUP_KIND}\s+(?P<e>{_KIND_FIRST_NAME})"),
    # "the M23 armed group", "the Fano militia" (one militia, named after "the")
    (
        "f",
        rf"{_GROUP_KIND}|militia\b",
        rf"(?<![\w-])(?!The\s)(?P<f>{_GROUP_NAME})\s+(?:{_GROUP_KIND}|militia)\b",
    ),
)
_ARMED_GROUP_HINTS = tuple(
    (group, re.compile(words)) for group, words, _ in _ARMED_GROUP_ALTERNATIVES
)
_ARMED_GROUP_PATTERNS = {group: pattern for group, _, pattern in _ARMED_GROUP_ALTERNATIVES}


@functools.lru_cache(maxsize=16)
def _armed_group_regex(groups: str) -> re.Pattern[str]:
    """The armed-group regex of the alternatives whose names are in ``groups``, in that order."""
    return re.compile("|".join(_ARMED_GROUP_PATTERNS[group] for group in groups))


# words one of which every match of the armed-group regex has (in lower case, as written)
_ARMED_GROUP_KEYS = (
    "attack",
    "assault",
    "offensive",
    "advance",
    "rocket",
    "raid",
    "atrocit",
    "kidnap",
    "abduct",
    "incursion",
    "massacre",
    "militants",
    "fighters",
    "rebels",
    "gunmen",
    "insurgents",
    "terrorists",
    "guerrillas",
    "fired",
    "firing",
    "launched",
    "group",
    "movement",
    "organi",
    "outfit",
    "militia",
    "ambushed",
    "shelled",
    "stormed",
    "seized",
    "captured",
    "bombed",
    "overran",
    "targets",
    "positions",
    "hideouts",
    "camps",
    "bases",
    "strongholds",
    "posts",
    "sites",
    "blam",
    "accus",
    "responsible",
)
# words that begin sentences and names of things, never an armed group's name
_NOT_A_GROUP = (
    frozenset(
        """the this these those that their his her its our a an in on at after during following
    he she they it we police army troops forces government officials security military
    president minister leader rebel insurgent terrorist separatist islamist armed drone missile
    shia shiite sunni alawite druze christian muslim tribal local state private
    unidentified unknown unnamed suspected alleged masked several some many other
    """.split()
    )
    | CALENDAR_WORDS
)
# peoples, whose names may stand before the sites struck ("Serb positions") as no group's does
_PEOPLES = frozenset(
    """serb serbian croat bosniak arab kurd kurdish baloch baluch pashtun tuareg yazidi uyghur
    tamil tigrayan amhara oromo afar somali hausa fulani igbo yoruba berber bedouin""".split()
)
# a state's possessive before a group's name ("Yemen's Houthis", "Somalia's al-Shabaab")
_GROUP_OWNER = re.compile(r"[A-Z][\w-]*['’]s\s+(?=(?:(?:al|el|ash|ad)-)?[A-Z])")
# the last word of a state's own forces or bodies named after its possessive
_STATE_ORGAN = re.compile(
    r"(?:\b(?:Guards?|Army|Navy|Forces?|Corps|Command|Ministry|Police|Service|Services|Agency|"
    r"Intelligence|Marines|Military|Gendarmerie|Government|Brigade|Battalion|Regiment|Division|"
    r"Junta|Council)|^(?:IDF|IRGC|FSB|GRU|SBU|ISI|PLA|SAF|ENDF|FARDC|KPA|SVR|CIA|MI6|NSA))$"
)
# a verb in the past right after a subject ("gunmen detained", "militants have attacked")
_GROUP_SUBJECT_VERB = re.compile(r"\s+(?:(?:have|had|has)\s+)?(?:also\s+)?[a-z]+ed\b")
_GROUP_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
# a name's ending that is an adjective's ("Kurdish fighters"): no name the article may use
# again for the group alone
_ADJECTIVE_ENDING = re.compile(r"[A-Z][a-z]+(?:ish|ese|ic|ist|ern)")


def _armed_groups(
    mentions: list[Mention], text: str, base: int, ctx: Context | None = None
) -> list[Mention]:
    """Non-state armed groups the KB does not know, by what they do or the kind of group they
    are said to be: unlinked organisations, whose names ``ctx`` remembers for the article (the
    groups the KB knows stay its own)."""
    if not _has_any(text, _ARMED_GROUP_KEYS):
        return mentions
    groups = "".join(group for group, hint in _ARMED_GROUP_HINTS if hint.search(text))
    if not groups:
        return mentions
    out = list(mentions)
    for m in _armed_group_regex(groups).finditer(text):
        group = next(g for g in groups if m.group(g))
        name, start = m.group(group), m.start(group)
        if name.startswith("The ") and len(name) > 4:
            name, start = name[4:], start + 4  # "The Houthis launched drones ..."
        owner = _GROUP_OWNER.match(name)
        if owner is not None:
            # "Lebanon's Hezbollah fired rockets ...": the group is Hezbollah, the state before it
            # only where it is (its own mention; session 28)
            name, start = name[owner.end() :], start + owner.end()
        if (group in "gh" or owner is not None) and _STATE_ORGAN.search(name):
            continue  # ("Iran's Revolutionary Guards", "Israel's IDF": the state's own forces)
        first = name.split()[0].lower()
        if first in _NOT_A_GROUP:
            continue
        if group in "jk" and not _BLAMED_GROUP.fullmatch(name):
            continue  # ("accused the West of staging ...", "blamed John Smith for ...")
        if group == "i" and (_ADJECTIVE_ENDING.fullmatch(name) or first in _PEOPLES):
            continue  # ("struck Kurdish positions", "Serb positions": a people, no group's name)
        if (
            group == "f"
            and m.group(0).endswith("militia")
            and not _GROUP_THE_BEFORE.search(text, 0, start)
        ):
            continue  # ("Shiite militia", "a local militia": the one militia "the X militia" names)
        begin, end = base + start, base + start + len(name)
        before = len(out)
        if group == "c" and _GROUP_SUBJECT_VERB.match(text, m.end()):
            # "Taliban gunmen detained two activists": the men act as their group, the subject
            # of the verb after them (the group's name, one mention with them)
            end = base + m.end()
            if not any(k.begin < end and begin < k.end for k in out):
                entity = Entity.unlinked(name, EntityKind.ORGANIZATION)
                out.append(
                    Mention(
                        begin,
                        end,
                        m.group(0)[start - m.start() :],
                        Code.ORG,
                        (entity,),
                        confidence=0.6,
                    )
                )
        else:
            _add_unlinked_org(out, begin, end, name, 0.6)
        if ctx is not None and len(out) > before and not _ADJECTIVE_ENDING.fullmatch(name):
            entity = out[-1].entities[0]
            if ctx.groups.setdefault(name.casefold(), entity) is entity:
                ctx.group_pattern = None
    return out


def _remembered_groups(
    mentions: list[Mention], text: str, base: int, ctx: Context
) -> list[Mention]:
    """ "M23 rebels seized the town ... Angola urged the M23 to withdraw": the name of an armed
    group the article told as one names it alone in that sentence and the ones after (where no
    other mention is)."""
    if ctx.group_pattern is None:
        names = sorted(ctx.groups, key=len, reverse=True)
        ctx.group_pattern = re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])", re.IGNORECASE
        )
    out = list(mentions)
    for found in ctx.group_pattern.finditer(text):
        name = found.group()
        if not name[0].isupper() and not name.startswith(("al-", "el-", "ash-", "ad-")):
            continue  # (a word in lower case is no name)
        begin, end = base + found.start(), base + found.end()
        if not any(k.begin < end and begin < k.end for k in out):
            entity = ctx.groups[name.casefold()]
            out.append(Mention(begin, end, name, Code.ORG, (entity,), confidence=0.6))
    return out


# a state's armed forces named by its demonym ("the Sudanese Armed Forces", "the Ethiopian
# National Defense Force"), perhaps with their acronym, beside an armed group ("and the Rapid
# Support Forces"): a party of their own, as their adversary is
_STATE_FORCES_NAME = re.compile(
    r"\s+(?P<h>Armed\s+Forces|Army|(?:National\s+)?Defen[cs]e\s+Forces?)(?![\w-])"
    r"(?:\s*\((?P<a>[A-Z]{2,6})\))?"
)
_AND_THE_BEFORE = re.compile(r"(?:\s*\([A-Z]{2,6}\))?\s+(?:and|or)\s+(?:the\s+)?$")
_AND_THE_AFTER = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?")
# the head words of an armed movement's name ("the Rapid Support Forces")
_MOVEMENT_NAME_END = re.compile(r"(?:Forces|Front|Army|Movement|Brigades|Militia)$")


def _armed_group(mention: Mention, ctx: Context) -> bool:
    """Whether ``mention`` is an armed group the KB lacks: one the article told as such, or an
    unlinked organisation named as a movement is ("... Support Forces", "... Liberation Front")."""
    entity = mention.entity
    if mention.code is not Code.ORG or entity is None or entity.is_linked:
        return False
    return (
        any(e.key == entity.key for e in ctx.groups.values())
        or _MOVEMENT_NAME_END.search(entity.label) is not None
    )


def _forces_beside_groups(
    mentions: list[Mention], text: str, base: int, ctx: Context
) -> list[Mention]:
    """ "urged the Sudanese Armed Forces and the Rapid Support Forces to return to talks": a
    state's armed forces named beside an armed group are a party of their own (an unlinked
    organisation, whose acronym in brackets names it again), not their state."""
    out = list(mentions)
    by_begin = {k.begin: k for k in out}
    by_end = {k.end: k for k in out}
    for d in mentions:
        if d.code is not Code.DEMONYM:
            continue
        forces = _STATE_FORCES_NAME.match(text, d.end - base)
        if forces is None:
            continue
        end = base + forces.end("h")
        after = _AND_THE_AFTER.match(text, forces.end())
        other = by_begin.get(base + after.end()) if after is not None else None
        if other is None or not _armed_group(other, ctx):
            head = text[: d.begin - base]
            the = re.search(r"(?:[Tt]he\s+)?$", head)
            start = the.start() if the is not None else len(head)
            link = _AND_THE_BEFORE.search(text, 0, start)
            other = by_end.get(base + link.start()) if link is not None else None
            if other is None or not _armed_group(other, ctx):
                continue
        name = f"{d.text} {' '.join(forces.group('h').split())}"
        entity = Entity.unlinked(name, EntityKind.ORGANIZATION)
        ctx.own_forces.add(entity.key)
        out = [k for k in out if k is not d and not (d.begin <= k.begin and k.end <= end)]
        out.append(Mention(d.begin, end, name, Code.ORG, (entity,), confidence=0.7))
        if forces.group("a") and forces.group("a") not in ctx.acronyms:
            ctx.acronyms[forces.group("a")] = entity
            ctx.acronym_pattern = None
    return out


# a grouping of states the KB does not know, by its head word after "the": "the Bucharest Nine",
# "the Visegrad Four", "the Weimar Triangle", "the Normandy Format", "the Middle East Quartet"
# (not "the Big Four", "the Golden Triangle")
_GROUPING_HEADS = (
    "Triangle|Quartet|Quintet|Trio|Format|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve"
)
# a named armed or political movement: "the Tigray People's Liberation Front", "the Oromo
# Liberation Army", "the Syrian Democratic Forces", "the Popular Mobilization Forces"
_MOVEMENT_WORDS = (
    r"Liberation|Patriotic|Popular|Revolutionary|Salvation|Resistance|Islamic|Mobili[sz]ation|"
    r"Democratic|Rapid\s+Support"
)
_MOVEMENT_HEADS = r"Front|Army|Movement|Brigades|Forces"
_GROUPING = re.compile(
    rf"(?<![\w-])[Tt]he\s+(?P<g>(?:[A-Z][\w’'-]*\s+){{1,3}}(?:{_GROUPING_HEADS})|"
    rf"(?:[A-Z][\w’'-]*\s+){{0,4}}(?:{_MOVEMENT_WORDS})\s+(?:{_MOVEMENT_HEADS}))\b(?![\w-])"
)
# the words one of which every match of _GROUPING has
_GROUPING_KEYS = (*_GROUPING_HEADS.split("|"), *_MOVEMENT_HEADS.split("|"))
# words that open no grouping's name: "the Big Four", "the Golden Triangle", "the Final Four"
_NOT_GROUPING = (
    frozenset(
        """big final top last first next other magnificent famous fab golden bermuda """.split()
    )
    | _LEAD_WORDS
)


def _with_unlinked_org(out: list[Mention], name: str, begin: int, end: int) -> list[Mention]:
    """``out`` with an unlinked organisation ``name`` at ``begin``..``end`` in place of the
    states, cities and demonyms inside it; ``out`` itself when a known name or another's words
    overlap the span."""
    inside = [k for k in out if k.begin >= begin and k.end <= end]
    if any(k.code not in {Code.CITY, Code.STATE, Code.DEMONYM} for k in inside) or not (
        free_of(out, inside, begin, end)
    ):
        return out  # a known name, or another's words
    entity = Entity.unlinked(name, EntityKind.ORGANIZATION)
    kept = [k for k in out if k not in inside]
    kept.append(Mention(begin, end, name, Code.ORG, (entity,), confidence=0.7))
    return kept


def _groupings(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """Named groupings of states and named movements the KB does not know: unlinked
    organisations ("the Bucharest Nine", "the Tigray People's Liberation Front")."""
    if not _has_any(text, _GROUPING_KEYS):
        return mentions
    out = list(mentions)
    for m in _GROUPING.finditer(text):
        name = m.group("g")
        if name.split()[0].lower() in _NOT_GROUPING:
            continue
        begin, end = base + m.start("g"), base + m.end("g")
        out = _with_unlinked_org(out, name, begin, end)
    return out


# a body the KB does not know, named by a capitalised name before a verb that lists its members,
# then a state: "The Quad brings together the United States, Japan, ...", "Founded in 2007, the
# Quad comprises ..." (the members are the membership rules'; session 33)
_LISTING_VERBS = ("brings together", " comprises ", " groups ", " unites ", "consists of")
_LISTING_BODY = re.compile(
    r"(?:^|(?<=[Tt]he\s)|(?<=,\s))(?:The\s+)?(?P<g>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})\s+"
    r"(?:now\s+|also\s+|currently\s+)?(?:brings\s+together|groups|comprises|unites|consists\s+of)"
    r"\s+(?:the\s+)?(?=[A-Z])"
)
# a name's last word that names a thing, no body of states: "the Lobito Corridor", "the Middle
# Corridor", "the Summit" (the Belt and Road Initiative stays: an initiative's members are told so)
_NO_BODY_HEADS = frozenset(
    "Corridor Route Railway Pipeline Highway Bridge Project Programme Program Plan Summit "
    "Meeting Talks Games Festival Exhibition Expo Show River Sea Lake Mountains Region Basin "
    "Agreement Treaty Pact Deal Declaration Charter Accord Convention Team Event".split()
)
# a name's only word that names no body by itself: "The Forum groups ...", "The Bloc ..."
_GENERIC_BODY_WORDS = _ORG_NAME_HEADS | frozenset(
    "Bloc Format Initiative Delegation Government Cabinet Coalition Consortium Panel "
    "Mission".split()
)


def _listing_bodies(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """An unlinked organisation for the name of a body that "brings together", "comprises",
    "groups" or "unites" states, the first of which is named right after the verb."""
    out = mentions
    for m in _LISTING_BODY.finditer(text):
        name = m.group("g")
        if name.rsplit(" ", 1)[-1] in _NO_BODY_HEADS or name in _GENERIC_BODY_WORDS:
            continue  # (not "The Lobito Corridor unites Angola, ...": a route, no body)
        if find_titles(name) or name.split()[0].lower() in _LEAD_WORDS:
            continue  # "The President brings together ...", "Both ..."
        first = next((k for k in out if k.begin == base + m.end()), None)
        if first is None or first.code is not Code.STATE:
            continue
        out = _with_unlinked_org(out, name, base + m.start("g"), base + m.end("g"))
    return out


# a group named as banned, with its acronym: "the banned Kurdistan Workers' Party (PKK)", "the
# outlawed Jamaat-ul-Mujahideen Bangladesh (JMB)" (an armed group the KB does not know)
_BANNED_GROUP = re.compile(
    r"(?<![\w-])(?:banned|outlawed|proscribed)\s+(?:(?:militant|terrorist|armed|separatist|"
    r"extremist)\s+(?:group|outfit|organi[sz]ation)\s+)?(?P<g>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|"
    r"of|for|and|al|e|i)){0,6})\s+\((?P<a>[A-Z][A-Za-z]{1,5})\)"
)


def _banned_groups(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """A group named as banned, with its acronym in brackets: an unlinked organisation (when no
    mention of the KB covers its name)."""
    out = list(mentions)
    for m in _BANNED_GROUP.finditer(text):
        name = m.group("g")
        begin, end = base + m.start("g"), base + m.end("g")
        out = _with_unlinked_org(out, name, begin, end)
    return out


# "the Partners in the Blue Pacific, of which the two countries are founding members": a body
# whose members states are said to be, named right before (capitalised words, linked by "in",
# "of", "for", "on", "and" and "the"; one word only if an acronym or after "the")
_OF_WHICH_MEMBERS = re.compile(
    r",\s+of\s+which\s+(?P<who>[^,;.]{1,60}?)\s+(?:is|are|was|were|has\s+been|have\s+been|"
    r"became|remains?)\s+(?:also\s+|both\s+|all\s+)?(?:an?\s+)?(?:founding\s+|full\s+|active\s+)?"
    r"members?\b"
)
_BODY_BEFORE = re.compile(
    r"(?<![\w-])(?P<the>[Tt]he\s+)?(?P<n>[A-Z][\w’'-]*(?:\s+(?:(?:in|of|for|on|and)\s+(?:the\s+)?)?"
    r"[A-Z][\w’'-]*){0,6})$"
)
_BODY_ACRONYM = re.compile(r"[A-Z]{2,6}\+?")
# who the members are: states ("both countries", "the two states", "all three", "they", a state's
# name), not people ("both leaders are members of the party")
_STATES_SAID = re.compile(
    r"(?:both|all|they|(?:both|all|the)\s+(?:two|three|four|five|six)|"
    r"(?:(?:both|all|the)\s+(?:(?:two|three|four|five|six)\s+)?)?(?:countries|states|nations))$"
)


_STATE_LIST = re.compile(r"(?:both\s+|all\s+)?(?:the\s+)?§(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?§)*")


def _names_states(out: list[Mention], text: str, base: int, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` is a list of states ("Fiji and Samoa", "both Chile and
    Peru")."""
    pieces, pos = [], start
    for k in sorted(out, key=lambda k: k.begin):
        if k.begin - base >= start and k.end - base <= stop:
            if k.code is not Code.STATE:
                return False
            pieces.append(text[pos : k.begin - base] + "§")
            pos = k.end - base
    return bool(pieces) and _STATE_LIST.fullmatch("".join(pieces) + text[pos:stop]) is not None


def _of_which_bodies(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """Bodies the KB does not know, named before ", of which" states "are members": unlinked
    organisations ("the Partners in the Blue Pacific, of which both countries are members")."""
    out = list(mentions)
    for m in _OF_WHICH_MEMBERS.finditer(text):
        if not _STATES_SAID.fullmatch(m.group("who")) and not _names_states(
            out, text, base, m.start("who"), m.end("who")
        ):
            continue
        name = _BODY_BEFORE.search(text, 0, m.start())
        if name is None:
            continue
        body = name.group("n")
        if not name.group("the") and " " not in body and not _BODY_ACRONYM.fullmatch(body):
            continue  # ("Mercosur, of which ...": a sentence's first word, unless an acronym)
        if body.split(" ", 1)[0].lower() in _LEAD_WORDS:
            continue
        begin, end = base + name.start("n"), base + name.end("n")
        inside = [k for k in out if k.begin >= begin and k.end <= end]
        if any(k.begin == begin and k.end == end for k in inside) or any(
            k.code not in {Code.CITY, Code.STATE, Code.DEMONYM} for k in inside
        ):
            continue  # a name the KB knows, or a person's
        if not free_of(out, inside, begin, end):
            continue
        out = [k for k in out if k not in inside]
        _add_unlinked_org(out, begin, end, body, 0.65)
    return out


def _add_unlinked_org(
    out: list[Mention], begin: int, end: int, name: str, confidence: float
) -> None:
    """An organisation the KB does not know, named ``name`` at ``begin:end``, unless another
    mention is there."""
    if any(k.begin < end and begin < k.end for k in out):
        return
    entity = Entity.unlinked(name, EntityKind.ORGANIZATION)
    out.append(Mention(begin, end, name, Code.ORG, (entity,), confidence=confidence))


def _plus_groups(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """A known organisation's name with a "+" after it ("OPEC+") names a wider group the KB
    does not know: an unlinked organisation of that name."""
    out = []
    for m in mentions:
        at = m.end - base
        if m.code is Code.ORG and text[at : at + 1] == "+":
            name = f"{m.text}+"
            entity = Entity.unlinked(name, EntityKind.ORGANIZATION)
            m = Mention(m.begin, m.end + 1, name, Code.ORG, (entity,), confidence=0.7)
        out.append(m)
    return out


# the euro's and Schengen's areas, which states join ("joined the euro area", "the 21st member of
# the eurozone"), but which the KB has no entity for: not any "area" ("the border area")
_CURRENCY_AREA = re.compile(
    r"\b(?:[Ee]uro(?:\s+|-)(?:[Aa]rea|[Zz]one)|[Ee]urozone|Schengen\s+(?:[Aa]rea|[Zz]one))\b"
)


def _currency_areas(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The euro area and the Schengen area: unlinked organisations."""
    out = list(mentions)
    for m in _CURRENCY_AREA.finditer(text):
        _add_unlinked_org(out, base + m.start(), base + m.end(), m.group(0), 0.7)
    return out


def _acronym_orgs(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    if not _has_any(text, _ACRONYM_ORG_KEYS):
        return mentions
    out = list(mentions)
    for start, stop in _acronym_spans(text):
        _add_unlinked_org(out, base + start, base + stop, text[start:stop], 0.7)
    return out


# (and the family name closing it before a verb: "Mohammed bin Salman bin Abdulaziz Al Saud
# received"; not before an apposition, which reads the family name apart: "..., Crown Prince,")
_PATRONYMIC = re.compile(
    r"(?:\s+(?:bin|ibn|bint)\s+[A-Z][\w’'-]+)+(?:\s+Al[\s-][A-Z][\w’'-]+(?=\s+[a-z]))?"
    r"|\s+Al[\s-][A-Z][\w’'-]+(?=\s+[a-z])"
)


def _patronymics(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """A known name continued by its patronymics ("Mohammed bin Salman bin Abdulaziz") is one
    mention of that person."""
    if " bin " not in text and " ibn " not in text and " bint " not in text:
        return mentions
    out = []
    for m in mentions:
        more = _PATRONYMIC.match(text, m.end - base) if m.code is Code.PERSON else None
        if more is not None and free_of(mentions, [m], m.begin, base + more.end()):
            m = replace(m, end=base + more.end(), text=text[m.begin - base : more.end()])
        out.append(m)
    return out


# a second family name after a known person's name, closing the name ("Miguel Díaz-Canel
# Bermúdez, who ...", "Bruno Rodríguez Parrilla and ..."): the Spanish and Portuguese usage
_SECOND_SURNAME = re.compile(
    r" (?P<w>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{3,})(?=,|;|\.(?:\s|$)|\s+(?:and|who|held|met|said|was|is)\b)"
)
_NOT_SURNAME_WORDS = frozenset(
    """administration government cabinet doctrine thought plan initiative foundation center
    centre institute library jr sr monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    today tonight yesterday himself herself also""".split()
)


# Malaysia's styles before a name ("Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin",
# "Tun Dr Mahathir Mohamad", "Datuk Seri Diraja Dr Zambry Abd Kadir")
_MALAY_STYLE = (
    r"(?:Dat(?:uk|o['’]?)|Datin|Tan\s+Sri|Puan\s+Sri|Tun)"
    r"(?:\s+(?:Seri|Sri|Diraja|Utama|Panglima|Paduka|Setia|Wira|Dr\.?))*\s+"
)
_MALAY_STYLE_BEFORE = re.compile(rf"\b{_MALAY_STYLE}$")
_MALAY_STYLE_WITHIN = re.compile(rf"(?:^|\s){_MALAY_STYLE}[A-Z]")


def _malay_styled(analysis: Analysis, m: Mention) -> bool:
    """Whether a person's mention holds, or is written right after, a Malaysian style."""
    if _MALAY_STYLE_WITHIN.search(m.text):
        return True
    at = m.begin - analysis.sentence.begin
    return _MALAY_STYLE_BEFORE.search(analysis.sentence.text, max(0, at - 40), at) is not None


def _second_surnames(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """A known person's name continued by a second family name is one mention of them."""
    out = []
    for m in mentions:
        more = (
            _SECOND_SURNAME.match(text, m.end - base)
            if m.code is Code.PERSON and m.entity is not None and m.entity.qid
            else None
        )
        if (
            more is not None
            and more.group("w").lower() not in _NOT_SURNAME_WORDS
            and " " in m.text.strip()
            and free_of(mentions, [m], m.begin, base + more.end())
        ):
            m = replace(m, end=base + more.end(), text=text[m.begin - base : more.end()])
        out.append(m)
    return out


# "Pushpa Kamal Dahal 'Prachanda'", "Dahal “Prachanda”": a nickname in quotes after the name
_NICKNAME = re.compile(
    r"\s+(?:'(?P<a>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)'|‘(?P<b>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)’|"
    r"[\"“](?P<c>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[\"”]|"
    # "President Joko Widodo (Jokowi) and ...": a short name in brackets (session 29)
    r"\((?P<d>[A-Z][a-z]+)\))(?=[\s,;.]|$)"
)


def _nicknames(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """A person's mention goes on over the nickname in quotes after the name."""
    out = []
    for m in mentions:
        more = _NICKNAME.match(text, m.end - base) if m.code is Code.PERSON else None
        if more is not None and free_of(mentions, [m], m.begin, base + more.end()):
            m = replace(m, end=base + more.end(), text=text[m.begin - base : more.end()])
        out.append(m)
    return out


def free_of(out: list[Mention], inside: list[Mention], begin: int, end: int) -> bool:
    """No mention but those ``inside`` overlaps ``begin:end``."""
    return not any(k.begin < end and begin < k.end and k not in inside for k in out)


def _scan(
    regex: re.Pattern[str], keys: tuple[str, ...], text: str, low: str
) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` in ``text``, or none without scanning when ``low`` (the text in
    lower case) has none of the words every match contains (the loop of :func:`_has_any`
    written here: this runs nine times per sentence)."""
    for key in keys:
        if key in low:
            return regex.finditer(text)
    return iter(())


def _add_amounts(mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
    kept = list(mentions)
    for m in extra:
        overlapping = [k for k in kept if k.begin < m.end and m.begin < k.end]
        if all(k.code in _STATE_CODES for k in overlapping):
            kept = [k for k in kept if k not in overlapping]
            kept.append(m)
    return kept


# "at the White House", "in the Kremlin", "at the Elysee Palace": where a meeting took place
_VENUE = re.compile(
    # (and a sentence's opening "In the Kremlin, ...", "At the White House, ...")
    r"\b(?:at|in|inside|to|(?<![\w,;:] )(?:At|In|Inside))\s+(?:the\s+)?"
    r"(?P<v>(?:[A-Z][\w’'-]+\s+){0,3}(?:House|Palace|Kremlin|"
    r"Residence|Castle|Chancellery|Mansion|Hall|Dacha|Cosmodrome|Spaceport|Estate|Lodge)"
    # "at Camp David", "at Villa Madama", "at the Casa de Nariño", "at Palazzo Chigi"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+)?|(?:Camp|Villa|Palazzo|Casa(?:\s+de[l]?)?)\s+[A-Z][\w’'-]+|"
    # "at the Akorda", "at the Department of State"
    r"Akorda|Ak\s+Orda|Department\s+of\s+State|State\s+Department)\b"
    r"(?![ \t]+(?:of\s+)?[A-Z])"
)
_VENUE_WORDS = (
    "House",
    "Palace",
    "Kremlin",
    "Residence",
    "Castle",
    "Chancellery",
    "Mansion",
    "Cosmodrome",
    "Spaceport",
    "Estate",
    "Lodge",
    "Camp ",
    "Villa ",
    "Palazzo ",
    "Casa ",
    "Akorda",
    "Ak Orda",
    "of State",
    "State Department",
)


def _venues(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """Named buildings used as meeting places: unlinked places (the KB has no buildings), so
    "at the White House" is a place and not the government the name also stands for."""
    if not _has_any(text, _VENUE_WORDS) and "Hall" not in text and "Dacha" not in text:
        return mentions
    out = list(mentions)
    for m in _VENUE.finditer(text):
        begin, end = base + m.start("v"), base + m.end("v")
        inside = [k for k in out if begin <= k.begin and k.end <= end]
        if any(k.begin < end and begin < k.end and k not in inside for k in out):
            continue
        if any(k.code in _PERSON_OR_ORG_CODES and not _guessed_body(k, begin, end) for k in inside):
            continue
        out = _as_place(out, inside, begin, end, m.group("v"))
    return out


def _guessed_body(mention: Mention, begin: int, end: int) -> bool:
    """An organisation the KB does not know whose name is all of a venue's ("met at the
    Department of State": the building, not a body of that name)."""
    unlinked = mention.entity is None or not mention.entity.is_linked
    return mention.code is Code.ORG and unlinked and (mention.begin, mention.end) == (begin, end)


# "the southern city of Kherson", "the Black Sea resort of Sochi": a town by name, a place
# even when the KB does not know it
_TOWN_OF = re.compile(
    r"\bthe\s+(?:(?:[a-z][\w-]*|[A-Z][\w’'-]+)\s+){0,3}?(?:city|town|village|port|resort) of +"
    r"(?P<v>(?!(?:the|The)\b)[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)\b(?!['’]s)"
)
_TOWN_WORDS = ("city of", "town of", "village of", "port of", "resort of")


def _towns(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """A town named after "the city of" that no other name covers: an unlinked place."""
    out = mentions
    for m in _TOWN_OF.finditer(text):
        begin, end = base + m.start("v"), base + m.end("v")
        if any(k.begin < end and begin < k.end for k in out):
            continue  # (a town the KB knows, a state: "the port of Russia's ..." )
        out = _as_place(out, [], begin, end, m.group("v"))
    return out


_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming"
)
# (a comma before a U.S. state: the literal lets the engine scan for it)
_US_STATE_AFTER_COMMA = re.compile(rf",\s+(?:{_US_STATES})\b")
# "in Woodside, California", "at Rancho Mirage, California": a town the KB does not know,
# named with its U.S. state
_TOWN_US_STATE = re.compile(
    r"\b(?:in|at)\s+(?P<v>(?!(?:The|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?),\s+"
    rf"(?:{_US_STATES})\b"
)


def _us_towns(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """A town named with its U.S. state that no other name covers: an unlinked place."""
    out = mentions
    for m in _TOWN_US_STATE.finditer(text):
        begin, end = base + m.start("v"), base + m.end("v")
        if any(k.begin < end and begin < k.end for k in out):
            continue  # (a city the KB knows: "in Honolulu, Hawaii")
        out = _as_place(out, [], begin, end, m.group("v"))
    return out


def _as_place(
    out: list[Mention], inside: list[Mention], begin: int, end: int, name: str
) -> list[Mention]:
    """The mentions with those ``inside`` a place's name replaced by the unlinked place."""
    place = Entity.unlinked(name, EntityKind.PLACE)
    kept = [k for k in out if k not in inside]
    return [*kept, Mention(begin, end, name, Code.PLACE, (place,), confidence=0.7)]


# seas, straits and peninsulas named after a state or people: places, not the state ("the
# South China Sea", "the Gulf of Mexico", "the Korean Peninsula", "the Taiwan Strait")
_WATERS = re.compile(
    r"\b(?P<v>(?:(?:North|South|East|West|Eastern|Western|Northern|Southern)\s+)?"
    r"(?:[A-Z][\w’'-]+\s+){1,2}(?:Sea|Ocean|Gulf|Strait|Straits|Bay|Peninsula|Basin)|"
    r"(?:Sea|Gulf|Strait|Straits|Bay)\s+of\s+[A-Z][\w’'-]+)\b"
)
_WATER_WORDS = ("Sea", "Ocean", "Gulf", "Strait", "Bay", "Peninsula", "Basin")


def _waters(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """A state's name inside the name of a sea or peninsula is part of a place name."""
    if not _has_any(text, _WATER_WORDS):
        return mentions
    out = list(mentions)
    for m in _WATERS.finditer(text):
        begin, end = base + m.start("v"), base + m.end("v")
        inside = [k for k in out if begin <= k.begin and k.end <= end]
        if not any(k.code in _STATE_CODES for k in inside):
            continue
        if any(k.begin < end and begin < k.end and k not in inside for k in out):
            continue
        out = _as_place(out, inside, begin, end, m.group("v"))
    return out


# organisations named again by the head noun of their name: "the Fund" (the International
# Monetary Fund), "the Bank" (the World Bank), "the Alliance" (NATO), "the Organization" (the WTO)
_NAMED_HEADS = ("Fund", "Bank", "Alliance", "Organization", "Organisation", "League")
# the subject of an act told after an organisation's summit, naming the summit, its council or
# its declaration: "The Summit approved ...", "On Sunday, the Council also decided ...", "The
# Kazan Declaration condemned ..." (session 30; only opening the sentence, before the verb)
_SUMMIT_BODY_FIRST = frozenset("TtOAL")
_SUMMIT_BODY = re.compile(
    r"(?:(?:On|At|Later|Also)\b[^,]{0,40},\s+)?"
    r"(?P<g>[Tt]he\s+(?:(?:two-day|extraordinary|ordinary|annual)\s+)?(?:[Ss]ummit|[Mm]eeting|"
    r"[Cc]ouncil|[Aa]ssembly|[Cc]onference|(?:final\s+|joint\s+)?[Cc]ommuniqu[eé]|"
    r"(?:[Ll]eaders['’]\s+|[Ff]inal\s+|[Jj]oint\s+|[A-Z][a-z]+\s+)?[Dd]eclaration))"
    r"\s+(?=(?:(?:also|further|jointly|unanimously|strongly|firmly)\s+)?(?:approved|decided|"
    r"agreed|adopted|called|urged|condemned|demanded|welcomed|endorsed|supported|backed|"
    r"rejected|invited|requested|appealed|asked|admitted|suspended|lifted|imposed|extended|"
    r"recogni[sz]ed|praised|commended|congratulated|denounced|deplored|pledged|committed|"
    r"resolved|directed|instructed|mandated|reaffirmed|expressed|voted|appointed)\b)"
)
_NAMED_HEAD_KEYS = ("Fund", "Bank", "Alliance", "Organi", "League")
_THE_NAMED_HEAD = re.compile(
    _THE + r"\s+(?P<w>Fund|Bank|Alliance|Organi[sz]ation|League)\b(?!\s+(?:of|for|on)\b)"
    r"(?![ \t]+[A-Z])(?!-)"
)
_NATO = "Q7184"


def _named_head(entity: Entity) -> str | None:
    """The head noun an organisation is named again by ("Fund" for the IMF), if any."""
    if entity.qid == _NATO:
        return "Alliance"
    words = entity.label.split()
    last = words[-1] if words else ""
    if last in _NAMED_HEADS:
        return "Organization" if last == "Organisation" else last
    return None


# bodies of organisations, named again by their last word: "the Council", "the Commission"
_BODY_WORDS = frozenset(
    # ("the Pacific Islands Forum": a later "the Forum"; session 26)
    "Council Commission Assembly Committee Board Secretariat Parliament Court Summit Forum".split()
)
# "the International Court of Justice", "the Permanent Court of Arbitration": a court named by
# what it judges, a later "the Court"
_COURT_OF = re.compile(r"\bCourt\s+of\s+(?:[A-Z][\w-]+|and|\s)+$")
_BODY_OF = re.compile(
    r"\b(?P<w>Council|Commission|Assembly|Committee|Board|Secretariat|Parliament|Court|Summit)\s+"
    r"of\s+(?:the\s+)?$"
)
_THE_BODY = re.compile(
    _THE + r"\s+(?P<w>Council|Commission|Assembly|Committee|Board|Secretariat|Parliament|Court|"
    r"Summit|Forum)\b(?!\s+(?:of|for|on)\b)(?![ \t]+[A-Z])"
)
# "the forum" in lower case: the Forum named before ("the Pacific Islands Forum ... the forum's
# members", "the 18-member forum": its size before the noun; session 43)
_THE_FORUM = re.compile(
    _THE
    + r"\s+(?:\d{1,3}-(?:member|nation|country)\s+)?forum\b(?!\s+(?:of|for|on)\b)(?![ \t]+[A-Z])"
)
# "the council members", "the members of the Council": the Council named before (session 28)
_COUNCIL_MEMBERS = re.compile(
    _THE
    + r"\s+(?:[Cc]ouncil\s+members|members\s+of\s+the\s+[Cc]ouncil)\b(?!\s+of\b)(?![ \t]+[A-Z])"
)
# seats of government and the state they stand for (the states' QIDs are the KB's)
_SEATS = {
    "Kremlin": "Q159",
    "White House": "Q30",
    "State Department": "Q30",
    "Pentagon": "Q30",
    # (the departments named so only in the United States: "the Department of the Treasury
    # imposed sanctions on ...")
    "Department of the Treasury": "Q30",
    "Department of State": "Q30",
    "Treasury Department": "Q30",
    "Commerce Department": "Q30",
    # "the Department of Homeland Security has granted them humanitarian parole", "USAID
    # delivered ..." (Australia's and South Africa's are the "Department of Defence")
    "Department of Homeland Security": "Q30",
    "Department of Defense": "Q30",
    "Defense Department": "Q30",
    "USAID": "Q30",
    # the Treasury's sanctions office ("OFAC designated five Iranian companies")
    "Office of Foreign Assets Control": "Q30",
    "OFAC": "Q30",
    "Downing Street": "Q145",
    "Élysée": "Q142",
    "Elysee": "Q142",
    "Zhongnanhai": "Q148",
    # Switzerland's collective government speaks for it ("the Federal Council condemns ...",
    # "the Swiss Federal Council decided to adopt the sanctions"; not "Federal Councillor")
    "Federal Council": "Q39",
    "Swiss Federal Council": "Q39",
    # China's armed forces act for it, as "Chinese troops" do ("the PLA soldiers went back to
    # their positions", "the Chinese People's Liberation Army (PLA) tried to ..."; session 32)
    "People's Liberation Army": "Q148",
    "People’s Liberation Army": "Q148",
    "PLA": "Q148",
    # Germany's armed forces act for it ("the Bundeswehr has deployed Patriot systems to
    # Lithuania"; session 35)
    "Bundeswehr": "Q183",
}
_SEAT = re.compile(
    r"\b(?:Kremlin|White\s+House|State\s+Department|Pentagon|Downing\s+Street|Élysée|Elysee|"
    r"Zhongnanhai|Department\s+of\s+the\s+Treasury|Department\s+of\s+State|Treasury\s+Department|"
    r"Commerce\s+Department|Department\s+of\s+Homeland\s+Security|Department\s+of\s+Defense|"
    r"Defense\s+Department|USAID|Office\s+of\s+Foreign\s+Assets\s+Control|OFAC|"
    r"(?:Swiss\s+)?Federal\s+Council|"
    # (not the "Sudan People's Liberation Army", once a rebel force)
    r"(?:(?<=Chinese\s)|(?<=[Tt]he\s))People['’]s\s+Liberation\s+Army|PLA|Bundeswehr)\b"
    r"(?!['’]s\s+(?:walls|gates|grounds))"
)
_SEAT_WORDS = frozenset({"Kremlin", "White", "State", "Pentagon", "Downing", "Élysée", "Elysee"})
_SEAT_WORDS |= {"Zhongnanhai", "Treasury", "Commerce", "Homeland", "Defense", "USAID"}
_SEAT_WORDS |= {"Office", "OFAC"}
_SEAT_WORDS |= {"Federal"}
_SEAT_WORDS |= {"Liberation", "PLA", "Bundeswehr"}


_CODES = {
    EntityKind.STATE: Code.STATE,
    EntityKind.ORGANIZATION: Code.ORG,
    EntityKind.PERSON: Code.PERSON,
    EntityKind.CITY: Code.CITY,
}
_CITY_BEFORE = re.compile(
    r"\b(?:in|to|from|at|near|visit|visited|visiting|via|outside|of|"
    # the target of an attack: "a drone attack on Kharkiv", "shelled Kherson", "hit Kharkiv"
    r"(?:attacks?|strikes?|raids?|assault)\s+(?:on|against)|shelled|bombed|struck|hit)\s+$"
)


# a demonym that is part of a region's adjective ("Latin American", "South American")
_REGION_WORDS = "Latin Central South North Pan Native Meso Ibero Anglo Afro African Asian".split()
_REGNAL = re.compile(REGNAL)
# the letters every match of _REGNAL starts with (a word gate: the test of a name's first
# character is far cheaper than the regex call)
_REGNAL_FIRST = "IVX"
# a capitalised word right after a KB person's name, which may make it a longer name ("Abdul
# Hamid Dbeibah"), but for a day or month ("Putin Thursday"), a particle ("Mohammed bin Salman
# Al Saud") or a suffix
_NAME_GOES_ON = re.compile(r" ([A-Z][a-zà-ÿ'’-]{2,})\b(?![.:]\s)")
# a Gulf dynasty after a KB person's name the gazetteer found short of it, hyphenated or after a
# grandfather's name: "Mohammed bin Abdulrahman Al-Thani", "... bin Abdulrahman bin Jassim Al
# Thani" (the KB's "... Al Thani")
_DYNASTY_AFTER = re.compile(r"(?:\s+bin\s+[A-Z][a-z]+)?\s+Al[-\s](?P<d>[A-Z][a-z]+)(?![\w'’-])")
_LINEAGE_WORDS = frozenset({"bin", "ibn", "bint"})
# a Gulf ruler's or prince's styles right before the name: "His Royal Highness Prince", "His
# Highness Sheikh", "Sheikh"
_GULF_STYLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:His|Her)\s+(?:Royal\s+)?Highness\s+)?(?:Prince|Princess|Sheikh|Sheikha)\s+$"
)
_REGNAL_EPITHET = re.compile(r"\s+Mu['’]?izzaddin\s+Waddaulah(?![\w'’-])")
_NOT_MORE_NAME = CALENDAR_WORDS | {"al", "el", "bin", "ibn", "jr", "sr", "jnr", "snr"}
# an office's last word right before a name ("Foreign Minister Israel Katz", "Ambassador Jordan
# Smith"): a state's name there opens a person's
_OFFICE_WORD_BEFORE = re.compile(
    r"\b(?:Minister|President|Premier|Chancellor|Ambassador|Secretary|Envoy|Spokesman|"
    r"Spokeswoman|Spokesperson|Senator|Governor|Mayor|General)\s+$"
)
# the top titles right before a name, and the office each names
_TITLE_BEFORE = re.compile(
    r"\b(Prime\s+Minister|Premier|Chancellor|President|Foreign\s+Minister)\s+$"
)
_TITLE_ROLES = {
    "Prime Minister": "HeadOfGovernment",
    "Premier": "HeadOfGovernment",
    "Chancellor": "HeadOfGovernment",
    "President": "HeadOfState",
    "Foreign Minister": "ForeignMinister",
}
_REGNAL_AFTER_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*\s+$")
_OF_A_CONTINENT = re.compile(rf"\b(?:{'|'.join(_REGION_WORDS)})[\s-]$")
# how far before a demonym a match of _OF_A_CONTINENT can start: its longest word, a space or
# hyphen and a newline ("$" also matches before one); a search from there finds what a search of
# the whole text before the demonym finds ("\b" still sees the character before the window)
_OF_A_CONTINENT_REACH = max(map(len, _REGION_WORDS)) + 2
_CONTINENT_AFTER = re.compile(r"\s+(?:continent|continents|hemisphere|region)\b")


# a state named as one part of a divided nation ("North Korea", "South Korea")
_COMPASS_NAME = re.compile(r"(?:North|South|East|West)\s")
# an envoy's or a mission's noun after a demonym ("the Dominican ambassador")
_ENVOY_AFTER = re.compile(r"\s+(?:ambassador|embassy|envoy|diplomat|consul|mission)", re.I)


# envoys of several European states ("European ambassadors", "European diplomats")
_EUROPEAN_ENVOYS = re.compile(
    r"European\s+(?:[a-z]+\s+)?(?:ambassadors|envoys|diplomats|heads\s+of\s+mission)\b"
)


def _european_envoys(m: Mention, text: str, base: int) -> bool:
    """Whether a demonym "European" opens a plural of envoys: theirs are European states, never
    the European Union (whose own envoys are "EU ambassadors")."""
    return (
        m.code in _STATE_CODES
        and text[m.begin - base : m.end - base] == "European"
        and bool(_EUROPEAN_ENVOYS.match(text, m.begin - base))
    )


@functools.lru_cache(maxsize=4)
def _ambiguous_demonym_regex(kb: KbIndex) -> re.Pattern[str] | None:
    """A pattern of the demonyms that name several states ("Dominican", "Korean",
    "Congolese"), as written with capitals; None if the KB has none."""
    words = kb.ambiguous_demonyms()
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w-])(?i:{alternatives})(?![\w-])")


def _names_state(gazetteer: Gazetteer, kb: KbIndex, text: str, qid: str) -> bool:
    """Whether the text names the state by name (not by a demonym)."""
    return any(
        m.qids == (qid,) and not kb.demonym_states(text[m.begin : m.end])
        for m in gazetteer.find(text)
    )


@functools.lru_cache(maxsize=1 << 16)
def _match_link(kb: KbIndex, qids: tuple[str, ...], surface: str) -> tuple[Code, Entity] | None:
    """What a gazetteer match links to by the KB alone, worked out once per name as written: a
    demonym's state ("Belarusian"), else the entity :func:`_kb_link` gives (None: several
    people, whom the article's context tells apart)."""
    demonym = kb.demonym_of(surface)
    if demonym is not None and demonym.qid in qids:
        is_name = any(
            (e := kb.entity(q)) is not None and fold(e.label) == fold(surface) for q in qids
        )
        if not is_name:
            return Code.DEMONYM, entity_of(demonym)
    entity = _kb_link(kb, qids, surface)
    return None if entity is None else (_CODES.get(entity.kind, Code.PLACE), entity)


def _kb_link(kb: KbIndex, qids: tuple[str, ...], surface: str) -> Entity | None:
    """The one entity of the best kind among a name's QIDs (states, then organisations, cities,
    people), else an unlinked one of that kind; None for several people of the name."""
    found = [e for q in qids if (e := kb.entity(q)) is not None]
    for kind in (EntityKind.STATE, EntityKind.ORGANIZATION, EntityKind.CITY, EntityKind.PERSON):
        group = [e for e in found if e.kind is kind]
        if not group:
            continue
        if len(group) == 1:
            return entity_of(group[0])
        if kind is EntityKind.PERSON:
            return None
        return Entity.unlinked(surface, kind)
    return Entity.unlinked(surface, EntityKind.OTHER)


# "Crown Prince §P1§", "Crown Prince and §P1§" (a title of its own between), "§P0§, the Crown
# Prince of §S1§"
_CROWN_PRINCE_NAMED = re.compile(
    r"Crown\s+Prince\s+(?:and\s+)?(?P<after>§P\d+§)|(?P<before>§P\d+§),\s+(?:the\s+)?Crown\s+Prince\b"
)
# between a name and the heir's title apposed to it: a dynasty the name left out, a comma
_APPOSED_HEIR = re.compile(r"(?:\s+Al[\s-][A-Z][a-z]+)?,\s+(?:the\s+)?")
# the heir's title apposed inside a person's mention ("Prince X, Crown Prince, Deputy ...")
_HEIR_APPOSED_IN = re.compile(r",\s+(?:the\s+)?Crown\s+Prince\b")


def _bare_heir(mention: Mention, begin: int, end: int) -> bool:
    """Whether a mention is the heir's title read alone, with no holder, at this span."""
    return (
        mention.code is Code.PERSON
        and begin <= mention.begin
        and mention.end <= end
        and mention.text == "Crown Prince"
        and not any(e.is_linked for e in mention.entities)
    )


# a monarch's style standing alone: "His Majesty affirmed ...", "HM received ..." (not "His
# Majesty King Abdullah II", "His Majesty the King", "His Majesty's Government")
_BARE_ROYAL_STYLE = re.compile(
    r"(?<![\w'’-])(?:(?:His|Her)\s+(?P<s>Majesty|Highness)|(?P<a>HM|HH))(?![\w'’-])"
    r"(?!\s+(?:the\s+)?[A-Z]|['’])"
)
_MAJESTY_TITLES = re.compile(r"\b(?:King|Queen|Sultan|Emperor)\b")
# a person's mention that opens with the style ("His Highness Sheikh Mohamed bin Zayed")
_HIGHNESS_NAMED = re.compile(r"(?:His|Her)\s+Highness\s+[A-Z]")
_HIGHNESS_TITLES = re.compile(r"\b(?:Emir|Amir)\b")
# "the Crown Prince" standing alone (not "the Crown Prince of Abu Dhabi, X", "Crown Prince X",
# "the Crown Prince and Prime Minister": a second title of his), also in the wire style's lower
# case ("Khan thanked the crown prince"), and before a monarch named next ("the crown prince and
# King Salman": another person)
_THE_CROWN_PRINCE = re.compile(
    r"\b[Tt]he\s+(?:Crown\s+Prince|crown\s+prince)\b"
    r"(?!\s+of\b|\s+and\b(?!\s+(?:King|Queen|Emir|Amir|Sultan)\s+[A-Z])|\s+[A-Z]|['’])"
)


def _said_on(date: DateMention) -> bool:
    return date.reported


def _mask(analysis: Analysis) -> None:
    text = analysis.sentence.text
    if "§" in text:
        text = text.replace("§", "¤")  # the slots' mark written in the text is no slot
    base = analysis.sentence.begin
    pieces: list[str] = []
    pos = 0
    for i, m in enumerate(analysis.mentions):
        start, end = m.begin - base, m.end - base
        if start < pos:
            continue
        pieces.append(text[pos:start])
        slot = f"§{m.code}{i}§"  # (a StrEnum formats as its value, without the enum's property)
        analysis.slots[slot] = m
        pieces.append(slot)
        pos = end
    pieces.append(text[pos:])
    masked = "".join(pieces)
    # each rewrite runs only when a text it needs is there: a substring test costs far less
    # than a regex pass, and most sentences need none of them
    if (
        ("§S" in masked or "§D" in masked)
        and "of" in masked
        and "and" in masked
        and _has_any(masked, _GOVERNMENTS_OF_WORDS)
    ):
        masked = _GOVERNMENTS_OF.sub("", masked)
    if "overnment" in masked and " of " in masked:
        # "called on the Government of Ethiopia to ...", "thanked the Government and people of
        # Fiji for ...": the state
        masked = _GOVERNMENT_OF.sub("", masked)
    if " in §S" in masked:
        # "The foreign ministry in §S0§ said ...": the state (the capital read as it, _metonym)
        masked = _ORGAN_IN_SLOT.sub("", masked)
    if "§," in masked:
        masked = _APPOSITION_COMMA.sub(r"\1", masked)
    if "§D" in masked:
        masked = _ACTOR_GROUP.sub(lambda m: _as_states(m, analysis), masked)
    if _WHEN_HINT.search(masked):
        # "Cavusoglu on Tuesday received his Azerbaijani counterpart": the verb right after its
        # subject (the date is read from the text, not from here)
        masked = _WHEN_AFTER_SUBJECT.sub(
            _first_group_of_fighters
            if ", wh" not in masked and " of §" not in masked and " and §" not in masked
            else _first_group_in_aside,
            masked,
        )
    if "(" in masked:
        masked = _ALIAS.sub(lambda m: _drop_alias(m, analysis), masked)
    if "§-" in masked:
        # "criticized the Saudi-led Organization of Islamic Cooperation": the organisation is
        # the argument, its leader or sponsor only a modifier of its name (no actor, recipient or
        # member by that alone)
        masked = _LEADER_OF_ORG.sub("", masked)
    if "§" in masked and (
        "§, and" in masked
        or "oth " in masked
        or " as well as" in masked
        or "(" in masked
        or "–" in masked
        or "—" in masked
        or "§'" in masked
        or "§’" in masked
    ):
        masked, commas = normalise_lists(masked)
        if commas:
            analysis.list_commas = frozenset(
                analysis.slots[slot].end - base for slot in commas if slot in analysis.slots
            )
    if analysis.in_title and (tag := _WIRE_TAG.match(masked)) is not None:
        # a wire service's tag before the headline: "UPDATE 2-Turkey, Egypt agree to ...",
        # "EXCLUSIVE-...", "Exclusive: "
        masked = masked[tag.end() :]
    if analysis.in_title and "?" not in masked and not _QUESTION.match(masked):
        # a headline's present tense reports what happened: "Putin, Erdogan meet in Sochi",
        # "Russia expels 10 Estonian diplomats" (not "... to meet": the future)
        masked = _HEADLINE_VERB.sub(lambda m: m.group(1) + _HEADLINE_PAST[m.group(2)], masked)
    analysis.masked = masked


# a state's, a capital's or a demonym's slot before "-led", "-backed", ... and an organisation's
_LEADER_OF_ORG = re.compile(r"§[SCD]\d+§-(?:led|backed|dominated|headed|sponsored)\s+(?=§O\d+§)")
_WIRE_TAG = re.compile(
    r"(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT)(?:\s+\d{1,2})?|EXCLUSIVE|ANALYSIS|FACTBOX|"
    r"BREAKING|INSIGHT|EXPLAINER|(?:Exclusive|Breaking|Update)(?=\s*:))\s*[-:–]\s*"
)
_QUESTION = re.compile(r"(?:Will|Would|Could|Can|Should|Does|Do|Did|Why|How|What|When|Where)\b")
_HEADLINE_PAST = {
    "meet": "met",
    "meets": "met",
    "hold": "held",
    "holds": "held",
    "sign": "signed",
    "signs": "signed",
    "expel": "expelled",
    "expels": "expelled",
    "agree": "agreed",
    "agrees": "agreed",
    "discuss": "discussed",
    "discusses": "discussed",
    "receive": "received",
    "receives": "received",
    "host": "hosted",
    "hosts": "hosted",
    "urge": "urged",
    "urges": "urged",
    "condemn": "condemned",
    "condemns": "condemned",
    "summon": "summoned",
    "summons": "summoned",
    "impose": "imposed",
    "imposes": "imposed",
    "join": "joined",
    "joins": "joined",
    "visit": "visited",
    "visits": "visited",
    "pledge": "pledged",
    "pledges": "pledged",
}
_HEADLINE_VERB = re.compile(
    r"(§\w+§\s+)(" + "|".join(sorted(_HEADLINE_PAST, key=len, reverse=True)) + r")\b"
)


_GOVERNMENTS_OF = re.compile(
    r"\b(?=[TtGgLlDdAaPpFfEeIi])(?:[Tt]he\s+)?(?:[Gg]overnments?|[Ll]eaders|[Dd]elegations|"
    r"[Aa]uthorities|[Pp]eoples?|"
    # "the defence ministers of India and China" (session 25; "foreign ministers of" stays for
    # the rules that read it: "hosted the foreign ministers of A, B and C"; so does a body's:
    # "The G7 finance ministers of Japan and Canada", members of the G7)
    r"(?<!§\s)(?:[Dd]efen[cs]e|[Ff]inance|[Tt]rade|[Ee]conomy|[Ee]nergy|[Ii]nterior)\s+"
    r"[Mm]inisters|"
    # "the defence chiefs of Malaysia and Indonesia" (session 33, security)
    r"(?<!§\s)(?:[Dd]efen[cs]e|[Mm]ilitary|[Aa]rmy|[Aa]rmed\s+[Ff]orces)\s+[Cc]hiefs)"
    r"\s+of\s+"
    r"(?:the\s+)?(?=§[SD]\d+§(?:\s*,\s*§[SD]\d+§)*(?:,?\s+and\s+(?:the\s+)?§[SD]\d+§))"
)
# "the Government of Ethiopia", "the Government and people of Fiji", "the people and Government
# of Fiji": the state
_GOVERNMENT_OF = re.compile(
    # ("the arms embargo on the Federal Government of Somalia", "the Transitional Government of
    # Mali": session 31)
    r"\b(?:[Tt]he\s+)?(?:[Pp]eople\s+and\s+(?:the\s+)?)?(?:(?:[Ff]ederal|[Tt]ransitional|"
    r"[Ii]nterim|[Nn]ational|[Cc]entral)\s+)?[Gg]overnment"
    r"(?:\s+and\s+(?:the\s+)?[Pp]eople)?\s+of\s+(?:the\s+)?(?=§[SD]\d+§)"
)
# the organ before a state it sits in: "The foreign ministry in §S0§", "the government in §S1§"
_ORGAN_IN_SLOT = re.compile(
    r"(?:\b[Tt]he\s+(?:(?:foreign|defen[cs]e|interior|trade|economy|finance|justice|energy)\s+"
    r"ministry|government|leadership|regime|administration)|^(?:[Tt]he\s+)?(?:[Aa]uthorities|"
    r"[Oo]fficials))\s+in\s+(?=§S\d+§)"
)
# every match of _GOVERNMENTS_OF has one of these: its nouns without their first letter
_GOVERNMENTS_OF_WORDS = (
    "overnment",
    "eaders",
    "elegations",
    "uthorities",
    "eople",
    "inisters",
    "hiefs",
)
# "The Foreign Minister of Japan, Yoko Kamikawa, met ...": the comma closing an apposition
_APPOSITION_COMMA = re.compile(
    r"(§P\d+§),(?=\s+(?:also\s+|further\s+)?(?:met|meets|held|holds|said|says|signed|visited|called|"
    r"urged|agreed|welcomed|hosted|discussed|spoke|announced|reaffirmed|expressed|thanked|"
    r"congratulated|praised|condemned|accused|received|invited|pledged|arrived|travel(?:l)?ed|"
    # the present of releases: "The Chairperson of the Commission, X, congratulates ..."
    r"commended|paid|signs|visits|calls|urges|agrees|welcomes|hosts|announces|reaffirms|"
    r"expresses|thanks|congratulates|praises|commends|condemns|accuses|receives|invites|pledges|"
    r"pays)\b)"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WHEN_AFTER_SUBJECT = re.compile(
    # "BRICS leaders on Thursday agreed ...": the subject's people too
    r"(§[A-Z]\d+§(?:\s+(?:leaders|(?:foreign\s+)?ministers|officials|members|allies|partners|"
    # "The M23 rebels earlier this month seized ...", "Serb protesters last month erected ...":
    # a group's people too (session 33, history)
    r"rebels|fighters|militants|insurgents|protesters|demonstrators|troops|forces))?),?\s+"
    r"(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    rf"\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?|today|yesterday|"
    rf"in\s+{_MONTH}(?:\s+\d{{4}})?|last\s+(?:week|month|year)|earlier\s+(?:today|this\s+week)|"
    r"this\s+(?:week|month|year))"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?"
    r"(?=\s+(?:also\s+|again\s+|formally\s+|officially\s+)?(?:[a-z]+(?:ed|s)|met|held|had|spoke|"
    r"sent|made|paid|took|gave|said|told|led|began|signed|left|won|broke|cut|hit|will|shall|"
    r"would)\b)"
    # "Western governments in 2022 imposed ...", "Poland earlier this year summoned ...", "at
    # the end of October": a background act's own date, right before a verb in the past (not
    # "Croatia, which joined NATO in 2009 and the EU in 2013, adopted ...": an aside's date;
    # session 33, history)
    r"|(§[A-Z]\d+§(?:\s+(?:rebels|fighters|militants|insurgents|protesters|demonstrators|troops|"
    r"forces))?)\s+"
    r"(?:in\s+(?:19|20)\d\d|earlier\s+this\s+(?:month|year)|"
    rf"at\s+the\s+(?:end|start|beginning)\s+of\s+{_MONTH})"
    r"(?=\s+(?:also\s+|formally\s+|officially\s+)?(?:[a-z]+ed|took|sent|made|broke|cut|began|"
    r"signed|seized)\b)"
)
# what every match of _WHEN_AFTER_SUBJECT starts with: a slot, then one of its first words
_WHEN_HINT = re.compile(r"§(?:\s+[a-z]+){0,2},?\s+(?:on|today|yesterday|in|last|earlier|this|at)\s")


def _first_group(m: re.Match[str]) -> str:
    return m.group(1)


# an armed group's name and its fighters, whose mention a date between them and the verb kept
# from spanning both: "The M23 rebels earlier this month seized ..." (session 33, history)
_GROUP_FIGHTERS_LEFT = re.compile(r"^(§O\d+§)\s+(?:rebels|fighters|militants|insurgents)$")


def _first_group_of_fighters(m: re.Match[str]) -> str:
    """The slot, without the fighters of an armed group's name left after it."""
    return _GROUP_FIGHTERS_LEFT.sub(r"\1", m.group(1) or m.group(2))


# an open relative aside before a match: ", who arrived in §S1§" (no comma closes it yet)
_OPEN_ASIDE = re.compile(r",\s+(?:who|which)\s+[^,;.]*$")


def _first_group_in_aside(m: re.Match[str]) -> str:
    """The slot, with the comma that closes a relative aside the date ended: "X, who arrived in
    China on Saturday, met Y" is "X, who arrived in §S1§, met Y" (not "who arrived in §S1§ met
    Y", whose aside no rule reads as one)."""
    if m.group(0).endswith(",") and _OPEN_ASIDE.search(m.string, 0, m.start()):
        return (m.group(1) or m.group(2)) + ","
    slot = 1 if m.group(1) is not None else 2
    if m.string.startswith(",", m.end(slot)) and _OPEN_TITLE.search(m.string, 0, m.start()):
        # "X, Crown Prince of Abu Dhabi, today received Y": the comma that closes the title
        # apposed to the subject stays ("X, Crown Prince of §C1§, received Y", session 33)
        return m.group(slot) + ","
    return _first_group_of_fighters(m)


# a title apposed to a person, open up to a place or state it names, or to a second title read
# as a state's official: "§P0§, Crown Prince of ", "§P0§, Crown Prince of §C1§ and " (before
# "Deputy Supreme Commander of the UAE Armed Forces") (no comma closes it yet)
_OPEN_TITLE = re.compile(r"§P\d+§,\s+(?:[^,;.§]|§[CLS]\d+§){1,80}?\s(?:of\s+(?:the\s+)?|and\s+)$")


_ALIAS = re.compile(r"(?P<a>§[A-Z]\d+§)\s*\((?P<b>§[A-Z]\d+§)\)")


def _drop_alias(m: re.Match[str], analysis: Analysis) -> str:
    """ "The United States of America (United States)": one mention, not two; a linked
    abbreviation names an unlinked long form: "Association of Southeast Nations (ASEAN)"."""
    first, second = analysis.slots[m.group("a")], analysis.slots[m.group("b")]
    if {e.key for e in first.entities} == {e.key for e in second.entities}:
        return m.group("a")
    if (
        first.code == second.code
        and first.entity
        and second.entity
        and not first.entity.is_linked
        and second.entity.is_linked
    ):
        analysis.slots[m.group("a")] = replace(first, entities=second.entities)
        return m.group("a")
    return m.group(0)


_ACTOR_GROUP = re.compile(
    # the demonym may be coordinated with a state's name used as one ("South Korean and U.S.
    # forces fired ...", "Japanese, Philippine and U.S. coast guard vessels": both states act;
    # session 42c), not with a state's name in another word ("Syrian and Iran-backed forces")
    r"(?P<group>§D\d+§(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)§[DOS]\d+§)*)\s+(?P<noun>"
    # "Indian and Chinese (army) commanders held a flag meeting" (session 33, security)
    r"(?:military\s+|army\s+|border\s+|local\s+|field\s+)?commanders|(?:defen[cs]e|military)\s+"
    r"chiefs|soldiers|forces|"
    r"troops|officials|diplomats|government|authorities|military|army|navy|delegations?|side|"
    # "Indian and U.S. navies held a joint exercise" (session 42c)
    r"militaries|navies|armies|"
    r"leaders?|leadership|servicemembers|service\s+members|negotiators|administration|"
    r"presidents|prime\s+ministers|foreign\s+ministers|ministers|heads\s+of\s+state|"
    r"counterparts?|positions|territory|villages|towns|cities|ships|vessels|"
    r"embassy|citizens|nationals|warships|aircraft|jets|drones|missiles|rockets|warplanes|bombers|"
    r"units|navy|coast\s+guard|police|"
    # "A Russian missile struck Kharkiv": one weapon that acts, by its verb (session 24; not "a
    # Russian missile attack", "the Russian drone programme")
    r"(?:missile|drone|rocket|warplane|fighter\s+jet|bomber)(?=\s+(?:also\s+)?(?:struck|hit|"
    r"attacked|targeted|slammed\s+into|destroyed|damaged|killed)\b)|"
    # "Russian and Turkish servicemen held joint patrols", "a Russian frigate"
    r"servicemen|sailors|marines|paratroopers|peacekeepers|frigates?|destroyers?|submarines?|"
    r"corvettes?|naval\s+forces|armed\s+forces|air\s+forces|"
    r"border\s+guards?|border\s+troops|border\s+forces|security\s+services|"
    r"intelligence\s+services|special\s+services|"
    # "Kazakh law enforcement agencies have detained ..." (session 40, force)
    r"law[\s-]+enforcement\s+(?:agencies|authorities|bodies|officers|officials|forces)|"
    r"prosecutors|lawmakers|parliament|regime|customs|[Ss]enate|[Cc]ongress|[Ll]egislature|"
    r"[Nn]ational\s+[Aa]ssembly|[Pp]arliament|"
    # the state's organs by their proper names: "the Indian Navy", "the Egyptian Air Force", "the
    # Turkish Government" (not "the Russian Army Day", "the Indian Navy Chief": a name that goes
    # on; the "Sudanese Armed Forces" and an "Army" stay a party of their own in the talks of a
    # civil war, and stand for their state only as the subject of an act of aid, events.py)
    r"(?:Navy|Air\s+Force|Coast\s+Guard|Border\s+Guards?|National\s+Guard|Military|Government)"
    r"(?![ \t]+[A-Z])|"
    # its people sent to help: "Russian instructors have trained ...", "Turkish rescuers"
    r"(?:military\s+)?instructors|military\s+advis[eo]rs|rescuers|rescue\s+teams|sappers|"
    r"deminers|"
    # its ministries in lower case: "the Chinese foreign ministry criticised ..."
    r"(?:foreign|defen[cs]e|interior|trade|commerce|economy|finance|energy|emergencies|justice|"
    r"health|agriculture)\s+ministry|"
    # its ministries and departments together: "Russian and Indian ministries signed nine
    # memorandums" (session 37, treaty)
    r"(?:(?:foreign|defen[cs]e|interior|trade|economy|finance|energy|health|agriculture|"
    r"government|relevant)\s+)?(?:ministries|departments)|"
    # its spokespersons unnamed: "Serbian presidential spokeswoman accused Kosovo ...", "a Chinese
    # foreign ministry spokesman said" (not "Serbian presidential spokeswoman Suzana Vasiljevic":
    # the person named speaks; session 31, spokespersons)
    r"(?:(?:chief|foreign|defen[cs]e|ministry|government|presidential|military|army|embassy)\s+)"
    r"{0,2}spokes(?:man|woman|person)(?!\s*,?\s*(?:§P|[A-Z])))\b"
)


def _as_states(m: re.Match[str], analysis: Analysis) -> str:
    """ "§D0§ and §D1§ officials" -> "§S0§ and §S1§": demonym plus actor noun acts as the state."""

    def state(slot: re.Match[str]) -> str:
        alias = f"§S{slot.group(1)}§"
        analysis.slots[alias] = analysis.slots[slot.group(0)]
        return alias

    return re.sub(r"§D(\d+)§", state, m.group("group"))


def _all_people(entities: tuple[Entity, ...]) -> bool:
    for e in entities:  # noqa: SIM110 (per sentence: no generator)
        if e.kind is not EntityKind.PERSON:
            return False
    return True


def _all_states(entities: tuple[Entity, ...]) -> bool:
    for e in entities:  # noqa: SIM110 (per sentence: no generator)
        if e.kind is not EntityKind.STATE:
            return False
    return True
