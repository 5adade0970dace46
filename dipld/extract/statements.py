"""Statements: AGREE and SUPPORT events stated by the subject of a sentence and of each later
clause (agreed, pledged, praised, welcomed, invited, signed ...), and the readings the modules
of courtesies, adoptions and decisions share (:mod:`.courtesies`, :mod:`.adoptions`,
:mod:`.decisions`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dipld.extract import acts
from dipld.extract.asks import aside_meeting_date, dates_occasion, other_deeds, past_boundary
from dipld.extract.beneficiaries import group_of_states, no_party, plan_for_no_one
from dipld.extract.economy import money_args
from dipld.extract.events import starts_from
from dipld.extract.facts import (
    Doc,
    entities_of,
    event_args,
    meeting_states,
    programme_partner,
    side_of,
    state_body,
    state_of,
)
from dipld.extract.frames import only_fields, only_frameworks
from dipld.extract.ministries import ministry_state
from dipld.extract.patterns import (
    ACTORS,
    AGREEMENT_TOPIC,
    CEASEFIRE_AGREED,
    HYPOTHETICAL,
    POSSESSIVE,
    RECOGNISED_FOR,
    STATE_BODY,
    dates_object_event,
    dates_participle_object,
    first_words,
    in_relative_clause,
    intro_end,
    other_time,
    serial_list_before,
)
from dipld.extract.people import entity_of
from dipld.extract.pledges import (
    bare_dialogue,
    mission_planned,
    quoted_state,
    without_own_people,
)
from dipld.extract.proposals import proposer_of
from dipld.extract.spans import Analysis, Code
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


def leading_words(pattern: str) -> frozenset[str]:
    """The words a match of ``pattern`` starts with (lower case). Where each stands between
    spaces in a match, a sentence without any of :attr:`Analysis.words` needs no search."""
    words = first_words(pattern)
    assert words is not None, pattern
    return words


# "NATO allies agreed ...", "the G7 leaders pledged ...": an organisation's members act as it
SIGNING_SUBJECT = re.compile(
    # "The presidents of Uzbekistan and Tajikistan signed ...": the states
    # ("Foreign ministers of Russia and China signed ...": at the start of the sentence)
    # ("The 30 NATO Allies signed ...", "All 27 EU member states agreed ...": a count)
    r"(?:[Tt]he\s+|[Aa]ll\s+(?:the\s+)?)?(?:\d+\s+(?=§[OS]))?"
    r"(?:(?i:presidents|leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|"
    # ("the foreign ministries of Vietnam and Laos signed ...": the states)
    # ("the energy ministries of the three countries will set up ...", "the delimitation
    # commissions of Armenia and Azerbaijan agreed ...": the states)
    r"(?:[a-z]+\s+){0,2}?(?:ministers|ministries|commissions)"
    # ("the ministries of agriculture of the two countries signed ...": session 37, treaty)
    r"(?:\s+(?:of|for)\s+[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2}?(?=\s+of\s))?|"
    r"governments|delegations|"
    r"negotiators|negotiating\s+teams|"
    # ("officials of the two countries had agreed to ...": the states; session 35)
    r"(?:senior\s+)?(?:officials|representatives)|"
    # ("The parliament of Georgia ratified ...": the state; session 25)
    r"parliament|legislature)\s+of\s+(?:the\s+)?|"
    # "Presidents Xi Jinping and Kassym-Jomart Tokayev witnessed ...": the people
    r"(?:Presidents|Prime\s+Ministers|Foreign\s+Ministers|Ministers|Leaders)\s+(?=§P)|"
    # "Saudi Crown Prince Mohammed bin Salman pledged ...": a style no person mention takes in
    r"(?:§D\d+§\s+)?Crown\s+Prince\s+(?=§P))?"
    # ("The U.S. Government, through USAID, intends to ...", "The Japanese Government will ...")
    # (an organisation's allies and partners, not a state's: "U.S. allies signed ...")
    rf"(?P<s>{ACTORS}|{STATE_BODY})(?:(?:(?<=§O\d§)|(?<=§O\d\d§))\s+(?:[Aa]llies|partners)\b|"
    r"\s+(?:members|member\s+states|member\s+countries|"
    r"leaders|heads\s+of\s+state|foreign\s+ministers|ministers|[Gg]overnment|"
    r"countries|nations|"
    r"[Aa]dministration|authorities)\b|"
    # "The Armenian and Azerbaijani government commissions on delimitation agreed on ...": the
    # states whose bodies act
    r"\s+(?:(?:[Gg]overnment|[Ss]tate|[Ii]ntergovernmental|border|delimitation)\s+)?"
    r"(?:commissions|delegations|negotiators|negotiating\s+teams|working\s+groups|ministries)\b"
    r"(?:\s+(?:on|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?(?=\s+(?:also\s+)?(?:have\s+|has\s+|"
    r"had\s+)?(?:agreed|decided|pledged|committed|signed|approved|reached|will)\b))?)?"
)
# the perfect of a verb of praise or backing: "Washington has since backed Tedros", "Kenya has
# repeatedly thanked Qatar" (session 36, backing; the spent gold codes it as the simple past)
_PERFECT_PRAISE = (
    r"(?:(?:has|have)\s+(?:(?:since|long|repeatedly|consistently|already|also|openly|publicly|"
    r"warmly|strongly|fully)\s+)?(?=(?:praised|commended|applauded|lauded|hailed|congratulated|"
    r"thanked|welcomed|endorsed|backed|appreciated|valued)\b))?"
)

# what a later clause's subject must do next for the clause to be read on its own
_STATING_VERB = (
    r"will|shall|intends?|plans?|aims?|agreed|agrees?|pledged|"
    r"pledges?|promised|vowed|committed|commits?|(?:re)?affirm(?:s|ed)?|reiterate[sd]?|"
    r"confirm(?:s|ed)?|renew(?:s|ed)?|underscore[sd]?|underline[sd]?|express(?:es|ed)?|"
    r"emphasi[sz](?:e|es|ed)|stress(?:es|ed)?|highlight(?:s|ed)?|praise[sd]?|commend(?:s|ed)?|"
    r"applaud(?:s|ed)?|lauded|hailed|congratulated|thank(?:s|ed)|welcome[sd]?|endorse[sd]?|"
    r"backed|supports|supported|invited|signed|approved|ratified|accepted|decided|offered|"
    r"undertakes|undertook|"
    # ("..., and the Russian President said Moscow would support the application", "..., and
    # the Department of Defense stands ready to provide ...": what the later clause's subject
    # says or is ready to do)
    r"said|stated|told|(?:stands?|stood)(?=\s+ready\b)|"
    # ("..., and we recognize Brazil for its role ...")
    rf"(?:recognized|recognised|recognizes|recognises|recognize|recognise)(?={RECOGNISED_FOR})"
)
# (praise in the perfect too: "..., and Washington has since backed Tedros"; not "..., and the
# bloc has agreed to ...": tried, its recipients were not found, session 36, backing)
_AGREE_OR_SUPPORT = re.compile(
    rf"\s+(?:also\s+|further\s+|again\s+)?{_PERFECT_PRAISE}(?:{_STATING_VERB})\b"
)
_STATING_WORDS = leading_words(_STATING_VERB)
_SAYING_VERB = (
    r"said|stated|noted|declared|announced|stressed|emphasi[sz]ed|underlined|confirmed|"
    r"pointed\s+out|added|"
    # "told reporters that the two presidents had agreed ...": to the press, no party told
    r"told\s+(?:(?:the\s+)?(?:reporters|journalists|the\s+press|lawmakers|parliament|state\s+"
    r"(?:media|television|TV)|(?:a\s+|the\s+)?(?:news|press)\s+(?:conference|briefing)|"
    r"(?:a\s+|the\s+)?briefing)(?:\s+(?:in|at)\s+§C\d+§)?(?:\s+on\s+[A-Z][a-z]+)?|"
    r"(?:the\s+)?§O\d+§(?=\s+(?:news\s+agency\s+|on\s+[A-Z][a-z]+\s+)?that\b)(?:\s+news\s+agency)?"
    r"(?:\s+on\s+[A-Z][a-z]+)?)"
)
# "Assistant Secretary Donfried reaffirmed the United States would continue its assistance": a
# promise the speaker reports of a party (not "reaffirmed the U.S. commitment to ...")
_REAFFIRMING_VERB = r"reaffirmed|reiterated|affirmed|underscored|reaffirms|reiterates"
# ("reiterated that Russia remained open to dialogue", "affirmed China stands ready to ...": a
# stance the speaker states for a party, not "reaffirmed that the alliance is strong")
_STANCE = (
    r"(?:is|was|are|were|remains?|remained|stands?|stood)\s+(?:\w+\s+)?(?:ready|open|prepared|"
    r"willing|committed|interested|keen)\b"
)
# "Rutte informed President Biden that the Netherlands intends to ...": the one told ("assured
# Zelensky that Germany would ...": the one assured)
_TOLD = r"told|informed|assured"
# "assured his guest that Russia would ...": the other side of the meeting (not "assured reporters")
_ASSURED_GUEST = (
    r"(?:assured|informed|told)\s+(?:his|her|their)\s+(?:guests?|counterparts?|visitors?|hosts?|interlocutors?)\s+"
    r"that\s+(?=(?:the\s+)?§[SOG]\d+§(?!['’]))"
)
# the states' bodies a reported clause may open with: "the energy ministries of the three
# countries", "the governments of Serbia and Hungary" (SIGNING_SUBJECT reads them)
_BODIES_OF = (
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:ministries|ministers|commissions|governments|"
    r"delegations|presidents|leaders|officials|representatives)\s+of\s+(?:the\s+)?§"
)
# when or where it was said: "told reporters after the talks that ...", "said on Wednesday that"
_SAID_WHEN = (
    r"(?:\s+(?:after|following|during|at)\s+(?:the|their|a)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|"
    r"negotiations|summit|visit|call|conference|briefing|session))?"
    # "said in a televised address that ...", "said in a statement on Friday that ...": where it
    # was said
    r"(?:\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:address|speech|"
    r"statement|interview|message|communiqu[eé]|broadcast|post))?"
    # ("said Tuesday that": a day name with no "on", in the American wire style; session 33)
    # ("announced on March 25 that Moscow would ...", "said on 4 July that ...": session 33)
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"\s+on\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)))?"
)
_SAID_THAT = re.compile(
    rf"\s+(?:also\s+)?(?:(?:has\s+|have\s+)?(?:{_SAYING_VERB}){_SAID_WHEN}\s+(?:that\s+)?"
    rf"(?=(?:the\s+)?§[A-Z]\d+§(?!['’])|{_BODIES_OF})|{_ASSURED_GUEST}|"
    rf"(?:{_TOLD})\s+(?:the\s+|his\s+|her\s+|their\s+)?(?P<told>§[PSOG]\d+§)\s+(?:by\s+(?:tele)?phone\s+|on\s+[A-Z][a-z]+\s+)?that\s+"
    # ("assured Papua New Guinea that it would remain ...": the speaker's own; session 26)
    r"(?=(?:the\s+)?§[A-Z]\d+§(?!['’])|(?P<it>it)\s+(?:would|will)\b"
    r"(?!\s+(?:not|never|have\s+to|need\s+to|be\b)))|"
    # "assured that Poland would support ...": a promise told with no one named as assured
    r"assured\s+that\s+(?=(?:the\s+)?§[SOG]\d+§\s+(?:would|will)\b)|"
    rf"(?:{_REAFFIRMING_VERB})\s+(?:that\s+)?(?=(?:the\s+)?§[SOG]\d+§\s+(?:would\b|will\b|"
    rf"{_STANCE})))"
)
# (each between spaces in a match)
_SAYING_WORDS = (
    leading_words(_SAYING_VERB) | leading_words(_REAFFIRMING_VERB) | leading_words(_TOLD)
)
_LEADING_ADVERBS = (
    r"(?:(?:also|further|jointly|today|again|once\s+again|each|both|together|all|later|"
    r"eventually|finally|subsequently|then|in\s+turn|"
    r"firmly|strongly|fully|clearly|both\s+sides|themselves|"
    # "The President of Russia warmly congratulated ..."
    r"warmly|sincerely|heartily|cordially|personally|publicly|formally|officially)\s+)*"
)

# "agreed earlier this month to restore ...", "agreed on Friday to ...", "agreed in March to"
_WHEN_AGREED = (
    r"(?:\s+(?:earlier|later)\s+(?:this|last)\s+(?:week|month|year)|\s+(?:last|this)\s+"
    r"(?:week|month)|\s+on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|\s+today|\s+yesterday|"
    # "announced the same day that it would ...", "said later that day that ..." (session 43)
    r"\s+(?:on\s+)?the\s+same\s+day|\s+(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+day|"
    # the wire style: "agreed Thursday to resume ..."
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    # "agreed in principle to admit Timor-Leste", "agreed in March to resume ..."
    r"\s+in\s+principle|\s+in\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:\s+\d{4})?|\s+in\s+(?:19|20)\d\d)?"
)
# where it was agreed, before the time: "EAC heads of state agreed at a meeting in Nairobi in June
# to deploy ...", "agreed at the Vilnius summit to ...", "agreed in Abuja on Sunday to ..." (the
# city is the act's place: see _AGREED_IN_CITY; session 33)
_WHERE_AGREED = (
    r"(?:\s+(?:at|during)\s+(?:a|an|the|their|its)\s+(?:[\w§-]+\s+){0,3}?(?:meeting|summit|"
    r"conference|session|retreat|talks)(?:\s+in\s+§C\d+§)?|\s+in\s+§C\d+§|"
    # ("agreed during talks in Astana to ...", "agreed at talks in Cairo": session 35)
    r"\s+(?:at|during)\s+(?:[\w-]+\s+){0,2}?(?:talks|consultations|negotiations)\s+in\s+§C\d+§)?"
)
_AGREED_IN_CITY = re.compile(r"\s+in\s+(?P<c>§C\d+§)")
# what the parties agree will be done: "that Russia would keep supplying gas to Serbia", "that
# the two countries' foreign ministries and relevant agencies would stay in contact"
_JOINT_FUTURE = (
    r"(?=\s+(?:[\w§'’-]+\s+){1,8}?(?:would|will|should)\s+"
    r"(?!(?:be|have|not|never|assume|take|succeed|chair|host|hold|serve|preside|visit|travel|"
    r"meet)\b)[a-z])"
)
# the relations a decision raises, up to the level they are raised to: "their relations to",
# "China-Zambia relations to", "the bilateral relationship to" (not "relations with ...")
_RELATIONS_RAISED = (
    r"(?:the\s+|their\s+|its\s+)?(?:[\w§'’-]+\s+){0,3}?(?:relations|ties|relationship|"
    r"partnership)\s+to\b"
)
# a signing told after an agreement of the same subject ("agreed to ... and witnessed the signing
# of ...")
_THEN_SIGNED = re.compile(r",?\s+and\s+(?:also\s+)?(?:witnessed|signed|oversaw)\b")
_IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b")
_RAISED_VERB = re.compile(r"\b(?:upgraded|elevated|upgrading|elevating|elevation|upgrade)\b")
_AGREE_VERBS = re.compile(
    # (the past perfect a report gives: "told reporters that the two presidents had agreed to")
    rf"^\s+{_LEADING_ADVERBS}(?:had\s+(?:also\s+|already\s+)?(?=(?:agreed|pledged|promised|"
    r"vowed|decided|committed|undertaken|offered|reached|resolved)\b))?(?P<v>"
    # (not a trip announced: "The Secretary-General will travel to Odesa tomorrow", "Scholz will
    # visit Kyiv next week": future plans, no commitment; nor a post or chair changing hands:
    # "will take over the post of EEC Board Chairman", "will assume the rotating presidency",
    # "will take up a non-permanent seat on the Security Council", "will serve as chair"; nor
    # "will consider imposing sanctions": a hypothetical)
    # (nor with the plan's order told: "will later meet Scholz", "will then travel to Egypt",
    # "will subsequently visit Kenya"; session 27)
    # (nor a demand or a judgement kept up: "will continue to urge Belarus to release ...", "will
    # continue to press China on ...": a REQUEST (events.py), no promise; session 30)
    r"will(?!\s+(?:also\s+)?continue\s+to\s+(?:\w+ly\s+)?(?:urge|press|ask|demand|call\s+(?:on|upon|for)|"
    r"tell|remind|warn|condemn|critici[sz]e|denounce|accuse|praise|commend|congratulate|thank)\b)"
    r"(?!\s+(?:be|(?:also|later|then|subsequently|next|afterwards|first|soon|separately)\s+)?"
    r"\b(?:travel|visit|go|arrive|attend|head|fly|leave|depart|"
    r"take\s+over|take\s+up|take\s+(?:its|their|his|her|a|the)\s+seat|assume|succeed|chair|"
    # (the office capitalised too: "will hold the G20 Presidency", "will hand over the G20
    # Presidency to Brazil", "will hold the rotating Chairmanship"; session 42)
    r"preside|occupy|serve\s+(?:as|on)|hold\s+(?:the\s+)?(?:§[OG]\d+§\s+)?(?:[Rr]otating\s+)?"
    r"(?:[Pp]residency|[Cc]hairmanship|[Cc]hair|[Ss]eat)|hold\s+the\s+rotating\s+§O\d+|"
    # (nor a state's own scheduled step, no promise to anyone: "will serve a two-year term on the
    # Security Council", "will begin its term in January", "will sit on the Council", "will hold
    # one of the ten non-permanent seats", "will hold a presidential election", "will disconnect
    # from the Russian power grid", "will hand over the chairmanship to Laos", "will hand over the
    # application to ...", "will present his credentials", "will jointly inaugurate the bridge";
    # session 28, plans)
    r"(?:serve|begin|start|complete|end|finish|conclude)\s+(?:a|an|its|their|his|her|the)\s+"
    r"(?:[\w§-]+\s+){0,3}?(?:terms?|mandates?|tenure|stint)|sit\s+on|"
    r"hold\s+(?:one|two|a)\s+of\s+(?:the\s+)?(?:[\w§-]+\s+){0,4}?seats|"
    r"hold\s+(?:(?:its|their|a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:elections?|polls|referendum|"
    r"census)|disconnect|(?:de)?synchroni[sz]e|"
    r"hand\s+over\s+(?:the|its|their|his|her|a|an)\s+(?:[\w§'’-]+\s+){0,3}?(?:[Pp]residency|"
    r"[Cc]hairmanship|[Cc]hair|applications?|instruments?|baton|leadership|post|seat|credentials)|"
    r"present\s+(?:his|her|their)\s+(?:letters\s+of\s+)?credentials|"
    r"(?:(?:jointly|officially|formally)\s+)?(?:inaugurate|commission)|"
    r"(?:jointly|officially|formally)\s+(?:open|launch|unveil)|"
    r"return|stop|meet|consider|"
    # (nor a briefing planned: "will brief the ambassadors of the EU member states tomorrow",
    # "will inform his counterpart about the results", "will keep them fully informed")
    # (nor words planned: "said he would tell Kiir during talks next week that ...", "will raise
    # the issue with Wang Yi", "will ask Putin to withdraw"; session 27)
    r"tell|say|raise|discuss|ask|urge|press(?!\s+(?:ahead|on|forward)\b)|remind|warn|convey|reiterate|"
    r"stress|"
    # (nor praise or blame to come: "will then congratulate Meloni", "would congratulate Tokayev
    # when they meet", "will praise China's peace efforts at the summit")
    r"congratulate|praise|commend|hail|applaud|thank|condemn|critici[sz]e|denounce|accuse|"
    # (nor a visit planned by proxy: "would later send a delegation to Damascus"; not "would
    # send a special envoy to hold talks on a settlement": an offer to mediate)
    r"send\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?delegations?"
    r"(?!\s+(?:[\w§-]+\s+){0,4}?to\s+(?:hold|mediate|negotiate))|"
    r"brief|debrief|inform|update|notify|keep\s+(?:[\w§-]+\s+){1,3}?(?:informed|updated|posted)|"
    r"hold\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meeting|session|"
    r"summit|consultations|call|conference)|host|welcome|receive|speak|call|"
    # ("will address a joint meeting of Congress", "will deliver a speech at ...")
    r"address\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|summit|conference|forum|"
    r"parliament|assembly|nation|rally|audience|gathering)|"
    r"deliver\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+)?(?:speech|address|remarks|lecture))"
    # (nor a state of being told with an adverb, as "will be" is none: "Kashmir was, is and
    # will always be a part of India", "will also be closed"; session 42)
    r"\b)(?!\s+(?:(?:always|also|still|forever|never|now|soon|then)\s+)?be\b)|shall|"
    r"intends?\s+to|intend\s+to|plans?\s+to|"
    r"aims?\s+to|"
    # ("The United States remains committed to ...")
    # ("said his government was fully committed to implementing the deal")
    r"(?:have\s+|has\s+|are\s+|is\s+|were\s+|was\s+|remains?\s+|remained\s+)?"
    r"(?:(?:fully|firmly|strongly|deeply|totally|absolutely|also|still)\s+)?(?:re)?committed"
    r"(?:\s+\w+){0,3}?\s+to|(?:re)?commits?\s+to|"
    r"(?:have\s+|has\s+)?joined\s+(?:forces|efforts|hands)|"
    rf"agree[sd]?{_WHERE_AGREED}{_WHEN_AGREED}\s+(?:to|on)|"
    # "The two sides consented to speed up the expressway project" (session 20)
    r"(?:have\s+|has\s+)?(?:also\s+)?consent(?:ed|s)?\s+to(?=\s+(?!be\b)[a-z]+\b)|"
    # "The government and the Houthis accepted to halt all offensive operations" (session 29)
    r"(?:have\s+|has\s+)?(?:also\s+)?accepted\s+to(?=\s+(?!be\b)[a-z]+\b)|"
    # ("Russia has also agreed to supply Cuba with oil")
    rf"(?:have|has)\s+(?:also\s+|already\s+|now\s+)?agreed{_WHEN_AGREED}\s+(?:to|on)|"
    # a joint commitment: "agreed that Russia would keep supplying gas to Serbia" (not a shared
    # view: "agreed that cooperation is critical", "agreed that the talks would be difficult";
    # nor a post changing hands: "agreed that the Philippines will assume the Chairmanship")
    rf"(?:have\s+|has\s+)?agreed\s+that{_JOINT_FUTURE}|"
    # their own people to meet: "agreed that their defence ministers would meet in Minsk",
    # "agreed that their special representatives would hold talks" (as "agreed to meet" is;
    # session 25)
    r"(?:have\s+|has\s+)?agreed\s+that(?=\s+their\s+(?:[\w-]+\s+){1,3}?(?:would|will|should)\s+"
    r"(?:(?:also|soon)\s+)?(?:meet|hold|visit|exchange\s+visits)\b)|"
    # the next meeting agreed on: "agreed that the next round of consultations would be held in
    # Ulaanbaatar", "agreed that the Expert Group would meet again" (session 35)
    r"(?:have\s+|has\s+)?agreed\s+that(?=\s+the\s+(?:next\s+(?:[\w-]+\s+){0,2}?(?:meeting|round|"
    r"session|summit)\b|(?:[\w-]+\s+){0,3}?(?:[Gg]roup|[Cc]ommission|[Cc]ommittee|[Cc]ouncil)\b|"
    r"§O\d+§)(?:\s+(?:of|on)\s+(?:[\w§-]+\s+){1,3}?)?\s*(?:would|will)\s+(?:(?:also|again)\s+)?"
    r"(?:be\s+held|take\s+place|meet|convene)\b)|"
    r"(?:has\s+|have\s+)?(?:also\s+)?(?:pledged|promised|vowed)|"
    # ("China has decided to invest $20 billion in Pakistan"; session 32: only giving, lending
    # and investing, as a perfect "has decided to" also tells measures taken, "has decided to
    # stop all imports", "has decided to lower the level of its relations", which other rules read)
    # a one-sided target of investment or purchases set: "Japan has set a goal of 4 trillion yen
    # in investment in Vietnam", "set a target of $50 billion of imports from Africa" (session
    # 33; not a target of trade, two-sided: see _TRADE_TARGET)
    r"(?:has\s+|have\s+)?(?:also\s+)?set\s+(?:itself\s+|themselves\s+)?(?:a|an|the)\s+"
    r"(?:new\s+|ambitious\s+)?(?:goal|target)\s+of(?=\s+(?:[\w-]+\s+){0,2}?§M\d+§\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:investments?|imports|purchases)\b)|"
    r"(?:has\s+|have\s+)(?:also\s+|now\s+)?decided\s+to(?=\s+(?:invest|provide|allocate|grant|"
    r"give|donate|send|supply|extend|lend|fund|finance|contribute)\b)|"
    # a joint decision in the perfect: "Britain and Mauritius have decided to begin negotiations
    # on ...", "the two sides have decided to expand cooperation" (as "decided to" is; only acts
    # done together, after the plural "have"; session 35)
    r"have\s+(?:also\s+|now\s+|jointly\s+)?decided\s+to(?=\s+(?:jointly\s+)?(?:begin|start|launch|"
    r"open\s+(?:talks|negotiations)|resume|negotiate|expand|strengthen|deepen|enhance|boost|"
    r"intensify|work|cooperate|set\s+up|create|develop)\b)|"
    # relations raised to a new level: "upgraded their relations to an allied partnership",
    # "are elevating their relationship to a Comprehensive Strategic Partnership", "announced the
    # elevation of China-Zambia relations to ..." (a decision of both; session 35)
    r"(?:(?:have|has|are|is)\s+)?(?:also\s+)?(?:upgraded|elevated|upgrading|elevating)"
    rf"(?=\s+{_RELATIONS_RAISED})|"
    rf"announced\s+the\s+(?:elevation|upgrading|upgrade)\s+of(?=\s+{_RELATIONS_RAISED})|"
    r"pledge[sd]?|promise[sd]?|vow(?:s|ed)?|resolve[sd]?\s+to|decided?|decides|"
    # a body's decision told by its object: "The Summit approved the extension of the mandate
    # of the AU mission in Somalia", "endorsed the deployment of a standby force to Mozambique"
    # (as "decided to extend ..."; session 30)
    r"(?:has\s+|have\s+)?(?:also\s+)?(?:approved|endorsed)(?=\s+(?:the\s+|a\s+)?"
    r"(?:extension|renewal|deployment|establishment|creation|dispatch)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:[\w§'’-]+\s+){0,4}?(?:mandate|mission|force|troops|observers|peacekeepers|office|"
    r"contingent)\b)|"
    # an obligation taken on: "Germany undertakes to train Ukrainian officers", "Rwanda undertook
    # to ...", and one a document just told lays on a party: "Under the accord, Qatar is to
    # supply LNG to Pakistan" (only there: see _UNDER_DOCUMENT; not "is to be paid")
    r"(?:has\s+|have\s+)?(?:undertak(?:es|e|en)|undertook)\s+to|(?P<isto>is|are)\s+to(?=\s+(?!be\b)[a-z])|"
    # a joint instruction of those who met: "The two presidents instructed their governments to
    # prepare a new treaty" (several actors only: see _commitment)
    r"(?P<instructed>(?:have\s+|has\s+)?(?:instructed|tasked|directed|mandated|charged))\s+"
    r"(?:their|the)\s+(?:respective\s+|relevant\s+|competent\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:governments|ministers|ministries|departments|agencies|officials|teams|negotiators|"
    r"delegations|experts|authorities|cabinets|working\s+groups|sherpas)\s+"
    r"(?:of\s+(?:the\s+two|both)\s+(?:countries|sides|states)\s+)?to|"
    # a peace plan put to others is an offer to mediate: "Cyril Ramaphosa presented the ten
    # elements of the African peace initiative", "China put forward a 12-point peace plan"
    r"(?:has\s+|have\s+)?(?:presented|put\s+forward|unveiled|proposed|submitted|outlined)"
    r"(?=\s+(?:[\w§'’-]+\s+){0,6}?peace\s+(?:plan|initiative|proposals?|formula|roadmap)s?\b)|"
    # an offer is a promise: "Brazil offered to mediate between Russia and Ukraine"
    r"(?:has\s+|have\s+)?(?:offer(?:ed|s)|volunteer(?:ed|s))\s+to|"
    # "offered full U.S. support for and assistance with Poland's investigation"
    # ("offered his good offices to Armenia and Azerbaijan": to mediate)
    # ("Turkey offered its mediation between Armenia and Azerbaijan": session 29)
    r"(?:has\s+|have\s+)?offer(?:ed|s)(?=\s+(?!no\b)(?:[\w§'’.-]+\s+){0,3}(?:support|assistance|help|"
    r"good\s+offices|mediation)\b)|"
    # "China offered Pakistan a $2 billion loan rollover" (session 25)
    r"(?:has\s+|have\s+)?offer(?:ed|s)(?=\s+(?:the\s+)?§[SOG]\d+§\s+(?!no\b)(?:an?\s+)?(?:§M\d+§\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:loans?|credits?|credit\s+lines?|grants?|aid|assistance|support|help|"
    r"package|financing|funding|rollover|deposit|"
    # "Kenya offered Ethiopia access to the port of Lamu" (session 28)
    r"access(?=\s+to\b))\b)|"
    # ("China is also ready to work with Fiji", "Kenya is fully prepared to lead"; session 30)
    r"(?:is|are|was|were)\s+(?:(?:also|fully|still|always|now|equally|very\s+much)\s+)?"
    r"(?:ready|prepared|determined|willing)\s+(?:to|for)|"
    # "affirmed that the Kingdom is keen to develop cooperation": eagerness to act (session 20)
    r"(?:is|are|was|were|remains?|remained)\s+(?:also\s+|very\s+|still\s+)?keen\s+to(?=\s+[a-z])|"
    # "said that Russia was open to a constructive dialogue with all those who wanted peace"
    # (not "the border is open to traffic")
    r"(?:is|are|was|were)\s+(?:also\s+|still\s+|always\s+)?open\s+to(?=\s+(?:[\w-]+\s+){0,3}?"
    r"(?:dialogue|talks|negotiations|contacts|consultations|cooperation|discussions)\b)|"
    # "Russia is interested in expanding trade with Africa"
    r"(?:is|are|was|were|remains?|remained)\s+(?:also\s+|very\s+|deeply\s+|still\s+)?"
    r"interested\s+in|"
    # "said Brazil wanted to expand cooperation in energy": a wish to cooperate more (session 20)
    r"(?:wants?|wanted)\s+to(?=\s+(?:further\s+)?(?:expand|strengthen|deepen|develop|boost|broaden|"
    r"enhance|increase)\s+(?:[\w§-]+\s+){0,3}?(?:cooperation|trade|ties|relations|partnership)\b|"
    # "Germany wants to work intensively with Senegal on gas" (session 28)
    r"\s+(?:(?:\w+ly|also|further)\s+)?(?:work|cooperate|partner)\s+(?:(?:\w+ly|more|together|"
    r"closely)\s+){0,2}with\s+(?:the\s+)?§[SOG]\d+§)|"
    # the Chinese and Russian style: "The Chinese side stands ready to work with ...", "Russia
    # remains open to dialogue"
    r"(?:stands?|stood|remains?|remained)\s+(?:ready|prepared|willing|open)\s+(?:to|for)|"
    r"(?:has|have|had)\s+(?:the\s+)?political\s+will\s+to|"
    # ("The two sides reached consensus on expanding cooperation", "reached broad consensus",
    # "reached a five-point consensus": session 36b)
    r"(?:have|has)\s+reached\s+(?:an?\s+|the\s+)?(?:agreement|framework|understanding|deal|"
    r"(?:broad\s+|important\s+|new\s+|[\w-]+-point\s+)?consensus)|"
    # "reached a preliminary agreement with the IMF", "reached a staff-level deal"
    r"reached\s+(?:an?\s+|the\s+)?(?:(?:preliminary|initial|staff-level|tentative|interim|"
    r"provisional|landmark|historic|comprehensive|final|new)\s+)?"
    # "reached a trade deal", "reached an interim free trade agreement", "reached a tariff
    # agreement" (a deal concluded: AGREE 030, not SUPPORT 057, nothing was signed; session 32)
    r"(?:(?:free|trade|tariff|investment|economic|partnership|interim|comprehensive)\s+){0,3}"
    r"(?:agreement|framework|understanding|deal|"
    r"(?:broad\s+|important\s+|new\s+|[\w-]+-point\s+)?consensus)|"
    r"(?:struck|clinched|sealed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:free|trade|tariff|investment|economic|partnership)\s+){0,2}(?:agreement|deal)|"
    # "concluded negotiations for a free trade agreement", "concluded talks on an economic
    # partnership agreement": the deal's text agreed, not signed (no SUPPORT 057, and no
    # TreatyRelation: relations.py reads no treaty from it, an agreement still to be signed)
    r"(?:have\s+|has\s+)?concluded\s+(?:the\s+|their\s+)?(?:negotiations|talks)\s+(?:on|for|over)\s+"
    r"(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:agreement|deal|treaty|pact|accord)\b|"
    r"announced\s+(?:the\s+|its\s+|their\s+)?(?:intent|intention|plans?)\s+to|"
    # "informed President Ruto of his intention to designate Kenya as ...", "notified the
    # Council of its decision to ..."
    r"(?:informed|notified|apprised|assured)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?P<informed>§[PSOG]\d+§)\s+of\s+(?:his|her|its|their|our|the)\s+(?:[\w-]+\s+)?"
    r"(?:intention|intent|plans?|decision|readiness|willingness|commitment)\s+to"
    r"(?!\s+(?:visit|travel|attend|go|come|meet)\b)|"
    # "Today, we announce the pathway for Australia to acquire ...", "announced a roadmap to"
    r"announce[sd]?\s+(?:the|a|an|our|their|its)\s+(?:[\w-]+\s+){0,2}?(?:pathway|plan|roadmap)\s+"
    r"(?:for|to)|"
    # "Germany announced it would send more tanks to Ukraine"
    r"announced\s+(?:that\s+)?(?:it|they)\s+(?:would|will)|"
    r"(?:re)?affirm(?:s|ed)?|reiterated?|reiterates|confirm(?:s|ed)?|renew(?:s|ed)?|underscored|"
    r"underlined|expressed|emphasi[sz]ed|stressed|highlighted|recalled|noted|"
    # ("signalled its willingness to host a peace summit", "declared its readiness to assist
    # Syria": with a commitment noun, as the soft verbs)
    r"declared|signall?ed|indicated|voiced|conveyed"
    r")\b"
)
# (not "noted the growing interest in BRICS": others' interest, a trend)
_COMMITMENT_NOUN = re.compile(
    r"^[^.;]{0,80}?\b(?:commitments?|pledges?|determination|dedication|intention|intent|readiness|"
    r"willingness|(?<!growing\s)(?<!increasing\s)(?<!rising\s)interest\s+in|resolve|desire|"
    r"political\s+will|keenness|eagerness)\b",
)
# "noted the Philippines' steadfast commitment to nonproliferation": another party's
_THEIR_COMMITMENT = re.compile(
    r"^[^.;]{0,80}?(?P<g>§[SDOPG]\d+§)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:commitments?|pledges?|"
    r"determination|dedication|intention|intent|readiness|willingness|resolve|desire|keenness|eagerness)\b"
)
# "reaffirmed their excellent cooperation on human rights issues, ..., and the commitment to
# maintain a rules-based order": a commitment coordinated with what the verb names (a soft verb
# with "cooperation" alone states a view: "highlighted ... cooperation on economic development")
_AND_COMMITMENT = re.compile(
    r"^[^.;]*?(?:,\s+|\s+)and\s+(?:to\s+)?(?:the|their|our|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:commitments?|determination|readiness|willingness|resolve|desire|intention)\b"
)
# what a soft verb expresses that is no promise of the speaker's ("expressed concern about the
# intention of North Korea to launch ...")
_CONCERN = re.compile(
    r"\s+(?:its\s+|their\s+|his\s+|her\s+|our\s+)?(?:[\w-]+\s+)?(?:concerns?|alarm|worry|"
    r"worries|fears?|anxiety|dismay|disappointment|regret|opposition|outrage)\b"
)
_SOFT_VERBS = frozenset(
    {
        "affirm",
        "affirms",
        "affirmed",
        "reaffirm",
        "reaffirms",
        "reaffirmed",
        "reiterate",
        "reiterated",
        "reiterates",
        "confirm",
        "confirms",
        "confirmed",
        "renew",
        "renews",
        "renewed",
        "underscored",
        "underlined",
        "expressed",
        "emphasized",
        "emphasised",
        "stressed",
        "highlighted",
        "recalled",
        "noted",
        "declared",
        "signalled",
        "signaled",
        "indicated",
        "voiced",
        "conveyed",
    }
)
# the first person's performative "I want to thank ...", "We would like to commend ...": the
# thanks are given (not "I do not want to thank ...", "I would thank X if ...")
_WANT_TO = (
    r"(?:(?:want|wants|wish|wishes|(?:would|['’]d)\s+(?:also\s+|again\s+)?like)\s+to\s+"
    r"(?:also\s+|again\s+|personally\s+|sincerely\s+|especially\s+)?)?"
)
# "reiterated his invitation to Modi to attend the summit", "renewed the invitation to Xi"
_INVITE_VERB = (
    # ("We invite ...", "I invite you to visit ...": the plain present of "we" and "I")
    r"invited|invites|invite|(?:extended|extends|renewed|renews|reiterated|reiterates|repeated|"
    r"conveyed)\s+(?:an|the|his|her|its|their)\s+(?:(?:standing|earlier|personal|official)\s+)?"
    r"invitation\s+to"
)
_INVITE = re.compile(
    # ("Erdogan has invited Zelensky to visit Ankara": the perfect of the news; "Anwar said he
    # had invited Prayut to visit Malaysia": the same, reported; session 39)
    rf"^\s+{_LEADING_ADVERBS}(?:(?:has|have|(?P<had>had))\s+{_LEADING_ADVERBS}(?=invited\b))?"
    rf"{_WANT_TO}"
    rf"(?:{_INVITE_VERB})\s+(?:all\s+)?(?:the\s+)?(?P<r>{ACTORS})"
)
_INVITE_WORDS = leading_words(_INVITE_VERB)  # (each between spaces in a match)
# "invited his counterparts to hold the next meeting in Baku", "invited the other leaders to":
# the others who took part in the meeting or signing the article reports (not "invited
# reporters", "invited bids")
_INVITE_OTHERS = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:has\s+|have\s+|had\s+)?(?:invited|invites)\s+(?:all\s+)?"
    r"(?:(?:his|her|their)\s+(?:[\w-]+\s+)?(?:counterparts|colleagues|partners|fellow\s+leaders)|"
    r"fellow\s+(?:leaders|heads\s+of\s+state)|"
    r"the\s+other\s+(?:leaders|participants|signatories|heads\s+of\s+(?:state|government)|"
    r"presidents|(?:foreign\s+)?ministers)|(?:the\s+)?(?:summit\s+|meeting\s+)?participants)"
    r"\s+to\s+[a-z]"
)

_HONOUR = (
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Order|Medal|Prize|Award|Cross|Star|order|medal|prize|award|"
    r"decoration|title)\b"
)
_PRAISE_VERB = (
    r"(?P<v>praised|praises|commended|commends|applauded|applauds|lauded|hailed|"
    r"congratulated|congratulates|thanked|thanks|welcomed|welcomes|endorsed|endorses|backed|backs|"
    # "Wang said China appreciates Russia's support", "India appreciated Japan's role"
    # "Russia highly values the position of our Chinese friends", "Pakistan highly appreciated
    # the measures announced by ..."
    r"(?:highly\s+|greatly\s+|deeply\s+)?(?:appreciated|appreciates|appreciate|values|valued|value)|"
    # the plain present of "we" and plural subjects: "We welcome the decision of ..."
    r"praise|commend|applaud|congratulate|thank|welcome|endorse|"
    # "We recognize Norway for its leadership", "recognized the efforts of Qatar" (not
    # "recognized Kosovo": recognition, 054 in events.py)
    rf"(?:recognized|recognised|recognizes|recognises|recognize|recognise)(?={RECOGNISED_FOR})|"
    # ("Qatar expresses its appreciation to Egypt": a release's present; session 35)
    # "conveyed Malaysia's gratitude to Japan", "extended his thanks to the Amir", "voiced
    # appreciation for the role of Qatar": the same thanks by another verb (session 39)
    r"(?:expressed|expresses|conveyed|conveys|extended|extends|voiced|voices|recorded|records)"
    r"\s+(?:\w+\s+){0,2}(?:appreciation|gratitude|thanks)\s+(?:for|to)|"
    # "Putin wished Malaysia success in its chairmanship": success wished to a party (not
    # "wished to meet ...": a wish of one's own; session 35)
    rf"(?:wished|wishes)(?=\s+(?:the\s+)?{ACTORS}\s+(?:(?:every|great|continued|further|much)\s+)?success\b)|"
    # "Erdogan paid tribute to Qatar's mediation efforts" (session 25)
    # ("The Chairperson pays tribute to ...": a release's present, session 31)
    r"(?:paid|pays|pay)\s+(?:(?:a\s+)?(?:warm|glowing|special|high)\s+)?tribute\s+to|"
    # "sent a congratulatory message to Vladimir Putin on his re-election"
    r"sent\s+(?:a\s+|his\s+|her\s+)?(?:congratulatory|congratulations)\s+(?:message|letter|"
    r"telegram|note|cable)\s+to|"
    # "sent a message of congratulations to Tokayev", "sent messages of congratulations to ..."
    # (session 27)
    r"sent\s+(?:a\s+|his\s+|her\s+|their\s+)?(?:messages?|letters?|telegrams?|cables?|notes?)\s+"
    r"of\s+(?:warm\s+|sincere\s+|heartfelt\s+)?(?:congratulations?|felicitations?)\s+to|"
    # "awarded X with the Order of Friendship": an honour is praise
    rf"(?:awarded|decorated|presented)(?=\s+(?:the\s+)?{ACTORS}\s+with\s+(?:the\s+|an?\s+)?{_HONOUR}))"
)
# whom: "Kenya", "the efforts of IGAD", "the role played by Qatar"
_PRAISED = (
    # "praised what he called Turkey's independent foreign policy": the speaker's words for
    # what is praised, whose owner follows (session 35b)
    r"(?:\s+what\s+(?:he|she|they|it|§P\d+§)\s+(?:called|termed|described\s+as))?"
    # "thanked the ten member states, in particular Cambodia and Indonesia", "our allies in NATO,
    # and in particular the United States": the ones named (and the body the allies are in;
    # session 27)
    r"\s+(?:(?:(?:the|its|our|their|his|her|all)\s+)?(?:(?!for\b)[\w§-]+\s+){0,3}?"
    r"(?:member\s+states|members|partners|allies|friends|countries|governments|nations|"
    r"neighbou?rs|leaders)(?:\s+in\s+(?:the\s+)?(?P<o>§[OS]\d+§)|\s+of\s+(?:the\s+)?"
    r"(?:§O\d+§|region|continent|world|bloc))?,?\s+"
    r"(?:and\s+)?(?:in\s+particular|particularly|especially|notably|above\s+all)\s+(?=(?:the\s+)?§))?"
    # ("endorsed an Australian-backed plan": the article before the demonym, below)
    r"(?:the\s+|his\s+|her\s+|their\s+|an?\s+(?=§D\d+§(?:-[a-z]+)?\s))?"
    r"(?:(?:\w+\s+)?(?:efforts|role|work|contributions?|"
    r"leadership|initiative|commitment|mediation|decision|announcement|proposal|position|stance|"
    # "welcomed the support of the European Union", "praised the help of Japan" (session 35)
    r"support|assistance|help|"
    # ("expressed his appreciation for the swift response of the UAE"; session 36, backing)
    r"response|"
    # "commended the bravery of the Ukrainian people", "the courageous steps taken by ..."
    r"bravery|courage|resilience|heroism|steps|measures|achievements?|success|hospitality|generosity|"
    # "welcomed the progress made by Armenia", "the progress Armenia and Azerbaijan have made"
    r"solidarity|progress|"
    # "welcomed the willingness of Lithuania to host ...": an intent (also AGREE, below)
    r"willingness|readiness|determination|offers?|pledges?|promises?|intention|"
    # "welcomed the participation of President Mirziyoyev in the forum" (session 30)
    r"participation|"
    # "backed the bids of Ukraine and Moldova for candidate status" (session 30, support)
    r"bids?|candidacy|candidature)"
    # ("the steps already taken by the Government of Togo")
    r"(?:\s+(?:\w+\s+){0,2}?(?:of|by)\s+(?:the\s+|our\s+)?|\s+(?=(?:the\s+)?"
    r"§[SOPG]\d+§(?:\s+and\s+(?:the\s+)?§[SOPG]\d+§)?\s+(?:has|have|had)\s+(?:made|taken|achieved|"
    r"undertaken)\b)))?"
    # "welcomes the adoption by the UN Security Council of Resolution 2728": the one that adopted
    r"(?:(?:adoption|ratification|signing|signature)\s+(?:today\s+|yesterday\s+)?by\s+"
    r"(?:the\s+)?(?=§[SOG]\d+§\s+of\b))?"
    # "welcomed the normalization of relations between Morocco and Israel": the two parties
    r"(?:(?:normali[sz]ation|rapprochement|reconciliation|restoration)\s+of\s+(?:\w+\s+)?"
    r"(?:relations|ties)\s+between\s+(?:the\s+)?(?=§[SO]\d+§\s+and\s+(?:the\s+)?§[SO]\d+§))?"
    # "welcomes the decision of the Parliament of Georgia": the state its body acts for
    # ("thanked the people of Poland for their solidarity": the state, as "the Polish people"
    # is; session 25)
    r"(?:(?:[Pp]arliament|[Gg]overnment|[Aa]uthorities|[Ll]eadership|[Pp]eople)\s+of\s+(?=§S\d+§))?"
    # "thanked Crown Prince Mohammed bin Salman": a style the person's mention leaves out
    # "thanked his predecessor Nana Akufo-Addo", "his predecessor, X," (session 30)
    r"(?:(?<=his\s|her\s)predecessor,?\s+)?"
    r"(?:(?:Crown\s+Prince|King|Emir|Amir|Sultan|Sheikh|Prince|Queen|Pope|His\s+(?:Majesty|"
    r"Highness|Royal\s+Highness))\s+)?"
    # "congratulated Honduras' new president Xiomara Castro": the person, whose state's
    # possessive in "s'" stays a mention of its own (session 30, support)
    r"(?:§S\d+§['’]\s+(?=§P\d+§))?"
    # ("our Chinese friends": the state the demonym names)
    rf"(?P<r>{ACTORS}|{STATE_BODY}|§D\d+§(?=\s+(?:friends|partners|colleagues)\b)|"
    # "endorsed an Australian-backed plan", "welcomed the Chinese peace proposal": the state
    # whose plan it is, as "Australia's plan" (not "the Saudi-led coalition", "a Qatari-brokered
    # truce": a party who leads or mediates; session 43, support)
    r"§D\d+§(?=(?:-(?:backed|proposed|sponsored|funded|initiated))?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:plans?|proposals?|initiatives?|roadmaps?)\b))"
)
_PRAISE = re.compile(rf"^\s+{_LEADING_ADVERBS}{_PERFECT_PRAISE}{_WANT_TO}{_PRAISE_VERB}{_PRAISED}")
# "... welcomed the efforts of IGAD and commended Egypt and Kenya for ...": the same subject
_AND_PRAISE = re.compile(rf"(?:,\s+|\s+)and\s+{_LEADING_ADVERBS}{_WANT_TO}{_PRAISE_VERB}{_PRAISED}")

# (every match of the praise patterns has one of these verbs between spaces; a clause is a piece
# of the masked sentence, but for a leading "would" made "will", so it is one of the sentence's
# words)
_PRAISE_WORDS = leading_words(_PRAISE_VERB)
assert "will" not in _PRAISE_WORDS
# "welcomed the conclusion of an agreement": approval of an outcome, with no recipient
_OUTCOME_VERB = (
    r"(?:praised|commended|applauded|lauded|hailed|welcomed|endorsed|praises|commends|applauds|"
    r"welcomes|endorses)"
)
assert leading_words(_OUTCOME_VERB) <= _PRAISE_WORDS
_PRAISE_OUTCOME = re.compile(
    rf"^\s+{_LEADING_ADVERBS}{_OUTCOME_VERB}\s+"
    r"(?:the|today['’]s|yesterday['’]s)\s+(?:\w+\s+)?(?P<n>conclusion|signing|adoption|"
    r"entry\s+into\s+force|"
    r"launch|agreement|decision|ratification|vote|resolution|ceasefire|truce|"
    r"release|deal|arrangement|accord|understanding|compromise|settlement|framework|"
    # ("the return by Baku of 17 servicemen": whose act it is, see _DONE_BY; session 42)
    r"return|handover)\b"
)
_MADE_NOUNS = frozenset(
    {"agreement", "deal", "arrangement", "accord", "understanding", "framework"}
)
# "welcomed the Windsor Framework reached between the United Kingdom and the European Union": a
# named instrument (praise of its makers only when they are told: see _praise; session 35)
_PRAISE_NAMED = re.compile(
    # ("the Brussels Agreement": a city in its name; session 42)
    rf"^\s+{_LEADING_ADVERBS}{_OUTCOME_VERB}\s+the\s+(?:(?:[A-Z][\w'’-]*|§C\d+§)\s+){{1,3}}?"
    r"(?P<n>Framework|Agreement|Accord|Deal|Arrangement)\b"
)
# the parties that made a welcomed agreement, before their verb: "welcomed the provisional
# arrangement that Manila and Beijing reached on July 21" (agreements.py: their AGREE)
_MADE_BY_PARTIES = re.compile(
    # ("the provisional arrangement on resupply missions to Second Thomas Shoal that ...")
    rf"(?:{AGREEMENT_TOPIC}\s+(?:that|which)\s+|,?\s+(?:that\s+|which\s+)?)(?:the\s+)?(?P<p>§[SOPG]\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?"
    r"§[SOPG]\d+§){0,5})\s+(?:had\s+|have\s+|has\s+)?(?:reached|struck|concluded|clinched|"
    r"sealed|agreed|hammered\s+out|worked\s+out|forged)\b"
)
_SIGNINGS = frozenset({"signing", "conclusion", "adoption", "ratification"})
# "welcomes the agreement reached last night in Ohrid by Kurti and Vučić": the parties reached it
_REACHED = re.compile(
    # ("the Windsor Framework agreed between the United Kingdom and the EU": session 42)
    r"\s+(?:that\s+was\s+|which\s+was\s+)?(?:reached|concluded|struck|signed|initiall?ed|"
    r"agreed(?=\s+(?:by|between)\s))\b"
)
_BETWEEN_PARTIES = re.compile(r"\s+between\s+(?:the\s+)?§[SOG]\d+§\s+and\s+(?:the\s+)?§[SOG]\d+§")
# the parties by whom a welcomed document was signed: "by Armenia and Azerbaijan", "between the
# United States and Kenya", "by the Sudanese Armed Forces and the Rapid Support Forces" (names
# the KB lacks: unlinked bodies)
_SIGNER = r"(?:§[SODPG]\d+§|[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|§[A-Z]\d+§)){0,5}"
_SIGNED_BY = re.compile(
    # (not past a relative clause: "welcomed the signing, which still awaits ratification by
    # Turkey and Hungary" praises no one who has yet to act; session 29)
    r"^(?:(?!,\s+(?:which|that|who|but|while|whereas|although|though)\b)[^.;]){0,160}?"
    rf"\b(?:by|between)\s+(?:the\s+)?(?P<a>{_SIGNER})\s+and\s+"
    # ("between the Unitary Platform and representatives of Maduro")
    rf"(?:(?:the\s+)?representatives\s+of\s+)?(?:the\s+)?(?P<b>{_SIGNER})"
    # ("... and the Tigray People's Liberation Front (TPLF).": its abbreviation after it)
    r"(?:\s+\([A-Z]{2,8}\))?"
    # ("... between the UK and the EU as an important step": the praise's judgement after them;
    # session 42)
    r"(?=\s*[.,;]|\s*$|\s+(?:on|in|at|last|this|earlier|yesterday|today|as)\b)"
)
# one party a welcomed document was adopted or ratified by: "the adoption of Resolution 2728 by
# the Security Council", "the ratification of the protocol by Hungary" (not "a resolution
# drafted by France", "the treaty negotiated by ...": who wrote it)
NOT_AUTHOR = (
    r"(?<!drafted)(?<!proposed)(?<!submitted)(?<!sponsored)(?<!tabled)(?<!negotiated)"
    r"(?<!brokered)(?<!mediated)(?<!prepared)(?<!initiated)(?<!authored)(?<!put\sforward)"
)
_DONE_BY_ONE = re.compile(
    rf"^\s+of\s+[^.;§]{{1,100}}?{NOT_AUTHOR}"
    r"\s+by\s+(?:the\s+)?(?P<a>§[SOG]\d+§)(?=\s*[.,;]|\s*$|\s+(?:on|in|at)\b)|"
    # "today's adoption by the UN Security Council of Resolution 2699"
    r"^\s+(?:today\s+|yesterday\s+)?by\s+(?:the\s+)?(?P<a2>§[SOG]\d+§)\s+of\s"
)
ONE_SLOT = re.compile(r"§[SOPG]\d+§")
# the maker of a welcomed act named after it: "the release of the prisoners by Belarus", "the
# ceasefire announced by Israel and Hamas"
_DONE_BY = re.compile(
    # ("the release of a Japanese journalist by ...": a demonym, a person or a city in the object)
    rf"(?:\s+(?:of|on|for)\s+(?:[^.;§]|§[DPC]\d+§){{1,100}}?|\s+[a-z]+ed)?{NOT_AUTHOR}\s+by\s+"
    r"(?:the\s+)?(?P<a>§[SOG]\d+§(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?§[SOG]\d+§){0,5})"
    # "by Myanmar's military government": the state's own organ
    r"(?:['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:government|authorities|junta|military|army|forces|"
    r"regime|leadership|administration))?"
    # ("the release by Belarus of two activists": the maker told before the object; "... by
    # Israel as a first step": the praise's judgement; session 42)
    r"(?=\s*[.,;]|\s*$|\s+(?:on|in|at|last|this|earlier|as)\b|(?<=§)\s+of\s)"
)
DEMONYM_NAME = re.compile(r"§D\d+§(?:\s+[A-Z][\w'’-]*)+")  # "Sudanese Armed Forces"


def document_signers(analysis: Analysis, text: str) -> list[Entity]:
    """The two parties a welcomed document was signed by, as the text names them, or the one
    it was adopted or ratified by."""
    m = _SIGNED_BY.match(text)
    if m is None:
        one = _DONE_BY_ONE.match(text)
        return [] if one is None else actors_in(analysis, one.group("a") or one.group("a2"))
    found: list[Entity] = []
    for name in (m.group("a"), m.group("b")):
        if ONE_SLOT.fullmatch(name):
            found.extend(e for e in entities_of(analysis, name) if e.kind in ACTOR_KINDS)
        elif "§" in name and not DEMONYM_NAME.fullmatch(name):
            return []  # ("§S0§ Foo": not one party the text names)
        else:
            plain = SLOT.sub(lambda s: analysis.mention(s.group(0)).text, name)
            found.append(Entity.unlinked(plain, EntityKind.ORGANIZATION))
    return found


# the qualities wished for a party: "support for a strong, independent, prosperous and resilient
# Vietnam" (adjectives only: not "support for a peaceful resolution of the conflict in Ukraine",
# nor "a strong U.S.-Vietnam partnership")
_QUALITY = (
    r"(?!(?:of|in|on|to|for|with|by|the|at|from|between|against|about|over|into|under|within|"
    r"among|through|towards?|and|or|its|their|his|her|our|that|which)\b)[a-z][a-z-]*"
)
_QUALITIES = (
    rf"an?\s+(?:{_QUALITY}(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)){{1,6}}?"
    r"(?=§[SO]\d+§(?![-–/'’§]|\s+and\s+§)(?:\s*[,.;:]|\s+[a-z]|$))"
)
# (pledged support is a promise: AGREE, see _AGREE_VERBS)
_SUPPORT_FOR = re.compile(
    r"\b(?:expressed|reaffirmed|reiterated|affirmed|voiced|underscored|declared|confirmed|"
    r"emphasi[sz]ed|stressed|highlighted|"
    r"express|reaffirm|reiterate|affirm|underscore|declare|confirm)\s+"
    # "reaffirmed the United States' unwavering support for Ukraine's sovereignty"
    # (not "expressed concern about PRC support for Russia's defense industrial base")
    r"(?:(?:(?!(?:concerns?|worries|alarm|about|over|at|against)\s)[\w§'’]+\s+){0,3})"
    rf"support\s+(?:for|of|to)\s+(?:the\s+|{_QUALITIES})?"
    # "support for the efforts of Niger's transitional authorities to restore security"
    r"(?:(?:efforts|work|endeavou?rs|initiatives?)\s+of\s+(?:the\s+)?)?"
    # "support for the reforms carried out by President Tokayev": the one who carries them out
    # (session 26)
    r"(?:(?:[\w-]+\s+){0,3}?(?:reforms|efforts|polic(?:y|ies)|initiatives?|programmes?|agenda|"
    # (not "efforts led by X and by Y": those leading, read by another rule, all of them)
    r"course|measures|steps)\s+(?:being\s+)?(?:carried\s+out|pursued|implemented|undertaken|"
    r"launched|initiated)\s+by\s+(?:the\s+)?)?"
    # "support for the sovereignty and territorial integrity of Georgia": the state whose they are
    r"(?:(?:(?:sovereignty|territorial\s+integrity|independence|unity)(?:\s*,\s*(?:and\s+)?|"
    r"\s+and\s+)?){1,3}(?<=[a-z])\s+of\s+(?:the\s+)?)?"
    rf"(?P<r>{ACTORS})"
    # "support for UN Personal Envoy for Western Sahara Staffan de Mistura": the person, whose
    # title names the organisation
    r"(?:(?:(?<=§O\d§)|(?<=§O\d\d§))(?:\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|for|of|on)){0,5}?)?"
    r"\s+(?P<p>§P\d+§))?"
    r"(?P<rest>[^.;]{0,60})"
)
# a people backed, the state its demonym names: "the just cause of the Palestinian people", "the
# Cuban people", "the people of Venezuela" (not "Palestinian refugees", "the Cuban government")
_PEOPLE = (
    r"(?:the\s+)?(?:(?:just|legitimate|righteous|rightful)\s+)?(?:(?:cause|struggle|aspirations|"
    r"rights)\s+of\s+the\s+)?(?:(?:brotherly|friendly|fraternal|heroic)\s+)?"
    r"(?:(?P<d>§D\d+§)\s+people\b|people\s+of\s+(?:the\s+)?(?P<s>§S\d+§))"
)
_SUPPORT_PEOPLE = re.compile(
    r"\b(?:expressed|reaffirmed|reiterated|affirmed|voiced|underscored|declared|pledged|"
    r"confirmed|express|reaffirm|reiterate|affirm|declare|pledge|confirm)\s+"
    r"(?:(?:(?!(?:concerns?|worries|alarm|about|over|at|against)\s)[\w§'’]+\s+){0,3})"
    rf"support\s+(?:for|of|to)\s+{_PEOPLE}"
)
_SUPPORTS_PEOPLE = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:(?:has|have)\s+(?:always\s+|consistently\s+)?)?"
    rf"(?:supports|supported|support)\s+{_PEOPLE}"
)
_SIGN_VERB = (
    r"(?:summari[sz]ed|concluded|ended|closed)\s+"
    r"(?:the\s+)?(?:talks|meeting|negotiations|visit)\s+by\s+(?:signing|adopting)|signed|adopted|"
    r"approved|ratified|passed|initialed|initialled|finali[sz]ed|"
    # (not "concluded negotiations for a free trade agreement": an agreement, no signing)
    r"concluded(?!\s+(?:the\s+|their\s+)?(?:negotiations|talks|consultations)\b)|"
    # "At the end of the talks, the two sides issued a joint statement": adopting it (ANNOTATION.md
    # section 6; session 20)
    r"issued(?=\s+(?:a|the)\s+joint\s+(?:[\w-]+\s+)?(?:statement|declaration|communiqu[eé])\b)|"
    # "exchanged the instruments of ratification", not "exchanged views on ... the Plan"
    r"exchanged(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:instruments|documents|notes|letters|"
    # ("exchanged five Memoranda of Understanding", "exchanged seven MoUs": session 37, treaty)
    r"[Aa]greements?|[Mm]emorand\w+|[Pp]rotocols?|MoUs?|MOUs?)\b)|"
    # "Armenia deposited its instrument of ratification of the Rome Statute with the UN": the
    # act that completes a ratification or accession
    # ("deposited Sweden's instrument of accession with ...": the state named; session 41)
    r"(?P<deposit>deposited|lodged|submitted|handed\s+over)(?=\s+(?:its|their|the|an?|his|her|"
    r"§S\d+§['’]s?)\s+"
    r"(?:[\w-]+\s+){0,2}?instruments?\s+of\s+(?:ratification|accession|acceptance|approval)\b)"
)
_SIGN = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:(?:have|has|had)\s+)?(?:{_SIGN_VERB})\s+(?P<what>[^.;]*)"
)
_SIGN_WORDS = leading_words(_SIGN_VERB)  # (each between spaces in a match)
DOCUMENT = re.compile(
    r"\b(?=[acdilmprst])(?:agreements?|arrangements?|treat(?:y|ies)|memorand(?:ums?|a)|MOUs?|MoUs?|"
    r"declarations?|statements?|protocols?|accords?|conventions?|documents?|laws?|charters?|programmes?|"
    r"programs?|contracts?|deals?|roadmaps?|plans?|directives?|resolutions?|instruments?|concepts?|"
    # ("ratified the Rome Statute", session 25)
    r"pacts?|statutes?)\b",
    re.IGNORECASE,
)
# an economic act or field ("expand bilateral trade", "invest $1.5 billion", "economic
# cooperation"; not "improve economic and social conditions", "the economic drivers of migration")
_ECONOMIC = re.compile(
    r"\b(?=[bcdeimpst])(?:trade|tariffs?|market\s+access|purchase|buy|invest\w*|turnover|"
    r"supply\s+chains?|exports?|imports?|procurement|duty|duties|"
    r"(?:economic|commercial)(?:\s+and\s+[\w-]+)?\s+(?:cooperation|ties|relations|partnership|"
    r"integration|growth|development|projects?|polic(?:y|ies)|security|agenda|interaction|"
    r"engagement|exchanges?|prosperity|resilience|interests))\b",
    re.IGNORECASE,
)
# a list of fields after "including" or "such as" says how broad the act is, not what it is
# (nor does a later clause with its own subject: "..., and the President announced ...")
_LATER_CLAUSE = r";|,\s+(?:and|but|while|whereas)\s+(?:the\s+)?(?:§[SOPDG]\d+§|[A-Z])"
_EXAMPLES = re.compile(rf",?\s+(?:including|such\s+as|as\s+well\s+as)\s|{_LATER_CLAUSE}")
_OWN_CLAUSE_END = re.compile(_LATER_CLAUSE)

_CAMEO_AGREE: tuple[tuple[re.Pattern[str], str], ...] = (
    # a target for the two sides' trade: "agreed to raise mutual trade to 100 billion dollars by
    # 2030", "to bring the volume of bilateral trade to $5 billion", "double two-way trade to":
    # a joint aim (030, as every gold codes it), neither an investment nor a purchase (session 37)
    (
        re.compile(
            r"^\s*(?:to\s+)?(?:(?:further|also|jointly|significantly)\s+)?(?:raise|increase|boost|"
            r"bring|double|triple|lift|take|push|expand|grow)\s+(?:the\s+)?(?:annual\s+)?"
            r"(?:(?:volume|level)\s+of\s+)?(?:(?:bilateral|mutual|two-way|non-oil|overall|total|"
            r"annual)\s+){0,2}(?:trade(?:\s+(?:turnover|volume))?|turnover)\s+"
            r"(?:(?:volume\s+)?between\s+(?:the\s+two\s+countries|[^.;,]{1,40}?)\s+)?to\s+"
            r"(?:(?:about|around|some|over|more\s+than|at\s+least|US)\s*)?§M\d+§",
            re.IGNORECASE,
        ),
        "030",
    ),
    # the terms of a trade deal: "New Zealand will remove tariffs on all British goods", "agreed
    # to cut tariffs on farm goods", "agreed to a 90-day tariff truce", "will allow imports of
    # American beef", "will open its market to Indian textiles": trade policy agreed (030), not
    # material cooperation (031, kept for investment, purchases and supplies; session 32)
    (
        re.compile(
            r"^\s*(?:to\s+)?(?:(?:gradually|immediately|progressively|fully|also|further)\s+)?"
            r"(?:(?:remove|drop|cut|eliminate|scrap|lower|reduce|lift|abolish|waive|slash|"
            r"phase\s+out)\s+(?:its\s+|their\s+|all\s+|the\s+|most\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:tariffs?|duty|duties|levies)\b|"
            r"(?:allow|permit)\s+(?:the\s+)?(?:duty-free\s+|tariff-free\s+)?imports?\s+of\b|"
            r"open\s+(?:up\s+)?(?:its|their)\s+(?:[\w-]+\s+)?markets?\s+to\b|"
            # "agreed to a 90-day tariff truce": a truce in a trade war, no ceasefire (0356)
            r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:tariff|trade|customs)\s+(?:truce|"
            r"ceasefire|cease-fire)\b)",
            re.IGNORECASE,
        ),
        "030",
    ),
    # "would support the application", "will back its bid": backing a party's application
    (
        re.compile(
            r"^\s*(?:to\s+)?(?:fully\s+)?(?:support|back|endorse|co-?sponsor|sponsor)\s+(?:the|its|"
            r"their|this|that|§[SD]\d+§['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:application|bid|candidacy|"
            # "support the invitation of Finland and Sweden to become members of NATO"
            r"invitation|accession)\b"
        ),
        "032",
    ),
    # "would support granting Ukraine the status of a candidate": a status given to a party
    (
        re.compile(
            r"^\s*(?:to\s+)?(?:fully\s+)?(?:support|back|endorse)\s+(?:granting|giving|awarding)\s+"
            r"(?:the\s+)?§[SD]\d+§\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:status|membership)\b"
        ),
        "032",
    ),
    # one's own forces or arms kept in another state: "is prepared to permanently station a
    # combat brigade in Lithuania", "would station tactical nuclear weapons in Belarus": a
    # commitment to the host (030), neither aid sent nor troops for its protection (session 33)
    (re.compile(r"^\s*(?:to\s+)?(?:(?:permanently|also|soon|eventually)\s+)?station\b"), "030"),
    # people sent to serve abroad: "offered to send 1,000 police officers to Haiti", "have
    # pledged personnel", "readiness to send peacekeepers" (material aid, not cooperation in
    # general; session 28; troops, soldiers and peacekeepers are 0334, see _TROOPS_PLEDGED)
    (
        re.compile(
            r"^\s*(?:(?:its|their|his|her|the)\s+)?(?:(?:readiness|willingness|commitment|"
            r"intention|offer)\s+)?(?:to\s+)?(?:(?:send|deploy|contribute|provide|dispatch|"
            r"commit|lend|second)\s+)?(?:(?:up\s+to|about|around|some|more\s+than|at\s+least|"
            r"an\s+additional|additional|another)\s+)?(?:\d[\d,.]*\s+(?:million\s+)?|"
            r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|"
            r"hundred|thousand)\s+(?:of\s+)?)?(?:(?:police|security|military|medical|"
            r"armed|additional|more)\s+)?(?:police\s+officers|police(?!\s+(?:reforms?|"
            r"cooperation)\b)|policemen|troops|personnel|peacekeepers|soldiers|officers|"
            r"(?:peacekeeping|security)\s+(?:forces|contingents?|units?)|contingents?)\b"
        ),
        "033",
    ),
    # the act itself: "offered to mediate", "agreed to act as a mediator", "to broker a truce"
    (
        re.compile(
            r"^\s*(?:to\s+)?(?:\w+\s+){0,3}?(?:mediat\w*|broker\s+(?:a\s+|the\s+)?(?:peace|deal|truce)|"
            # "ready to help in the search for a political and diplomatic settlement"
            r"(?:help|assist|contribute)\s+(?:in\s+|to\s+)?(?:the\s+)?(?:search\s+for|find\w*|"
            r"achiev\w*|reach\w*)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:settlement|solution)\b|"
            # "ready to pass on a message from the Russian side to President Zelensky": a
            # go-between (not "deliver a message to Beijing": one's own)
            r"(?:pass\s+on|carry|deliver|convey|relay|transmit)\s+(?:an?\s+|the\s+|any\s+)?"
            r"(?:[\w-]+\s+)?messages?\s+from\b|"
            # "offered to serve as a channel of communication between the two leaders", "offered
            # his good offices"
            r"(?:serve|act)\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:channel|conduit|go-between|"
            r"intermediary|facilitator|bridge)\b|good\s+offices|"
            # "stands ready to facilitate dialogue between the SAF and the RSF": talks of two
            # others (not "facilitate talks with Russia", its own; session 30, support)
            r"facilitat\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:dialogue|talks|negotiations|"
            r"contacts|peace\s+process|reconciliation)\s+between\b)",
            re.IGNORECASE,
        ),
        "039",
    ),
    # "agreed to an immediate cessation of hostilities", "would extend its ceasefire with ...",
    # "to observe a truce": de-escalation (not "ceasefire talks": a meeting)
    (
        re.compile(
            r"^\s*(?:to\s+)?(?:(?:an?|the|its|their|a\s+full)\s+)?(?:(?:extend|observe|respect|"
            r"declare|implement|maintain|restore|halt|end|stop)\s+(?:an?\s+|the\s+|its\s+|"
            r"their\s+|all\s+)?)?(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce|"
            r"cessation\s+of\s+(?:all\s+)?hostilities|hostilities)\b"
            r"(?!\s+(?:talks|negotiations|consultations|meetings?|proposals?|plan)\b)|"
            # "to halt all offensive operations", "suspend offensive operations against each
            # other", "stop attacks on energy infrastructure" (session 29)
            r"^\s*(?:to\s+)?(?:halt|suspend|cease|stop|end)\s+(?:all\s+|their\s+|its\s+)?"
            r"(?:(?:offensive|military|combat|hostile|cross-border|ground|air)\s+){0,2}"
            r"(?:operations|attacks|strikes|fighting|hostilities|actions)\b",
            re.IGNORECASE,
        ),
        "0356",
    ),
    (
        re.compile(
            # (a lookahead of the words' first letters lets the search pass over most words)
            r"\b(?=[cdimnstv])(?:invit\w*|meet(?!\s+(?:[\w-]+\s+){1,2}?(?:obligations|commitments|needs|"
            r"demands?|requirements|targets|goals|criteria|standards|expectations)\b)\w*|visit\w*|dialogue|talks|negotiat\w*|"
            r"consultations?|discussions?|summit|mechanism|contacts?|summits)\b",
            re.IGNORECASE,
        ),
        "036",
    ),
    # "agreed to hold the next "2+2" in Japan", "to convene their next round in Manila": the
    # next meeting of a format the text names by its own label (session 37)
    (re.compile(r"^\s*(?:to\s+)?(?:hold|host|convene)\s+(?:the|their)\s+next\b"), "036"),
    # "agreed to resume the work of the Joint Permanent Commission": a standing body that meets
    (
        re.compile(
            r"\b(?:resume|revive|reactivate|convene|relaunch)(?:,[^,;]{1,40},)?\s+(?:the\s+|their\s+)?"
            r"(?:work\s+of\s+the\s+)?"
            r"(?:[\w§-]+\s+){0,3}?(?:[Jj]oint|[Ii]ntergovernmental|[Bb]ilateral)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:[Cc]ommission|[Cc]ommittee)\b"
        ),
        "036",
    ),
    (
        re.compile(
            r"§M\d+§|\b(?=[abdefghjlmtvw])(?:assistance|aid|funding|grants?|weapons|tanks|missiles|"
            r"ammunition|(?:fighter\s+)?jets|air\s+defen[cs]e|"
            # "will hand over Iskander-M missile systems to Belarus", "transfer S-400 batteries"
            r"missile\s+systems|batteries|howitzers|artillery|munitions|drones|helicopters|"
            r"military\s+(?:equipment|aircraft|hardware)|"
            # "donate 1 million vaccine doses to Vietnam", "a loan to Egypt"
            r"donat\w*|doses|loans?|humanitarian|"
            # "promised to send 50,000 tonnes of grain free of charge": a gift (session 33)
            r"free\s+of\s+(?:charge|cost)|"
            # "ready to contribute financially to the project", "financial support for ..."
            r"financially|financial\s+(?:support|assistance|help|contributions?))\b",
            re.IGNORECASE,
        ),
        "033",
    ),
    (_ECONOMIC, "031"),
    # "continue to meet its obligations on supplies of fertilisers", "ensure the export of grain"
    (
        re.compile(
            r"\b(?:suppl(?:y|ies|ying)|exports?|imports?|deliver(?:y|ies|ing))\s+(?:of\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:fertili[sz]ers?|grain|wheat|food|gas|oil|LNG|coal|energy|"
            r"electricity)\b",
            re.IGNORECASE,
        ),
        "031",
    ),
    (
        re.compile(
            r"\b(?:coordinate\s+(?:their|our)\s+foreign\s+policy|diplomatic)\b", re.IGNORECASE
        ),
        "032",
    ),
)


ACTOR_KINDS = frozenset({EntityKind.STATE, EntityKind.ORGANIZATION, EntityKind.PERSON})
# an application told by its applicant: "Bolivia applied to join BRICS", "Egypt has formally
# submitted its application for membership"
_APPLIED = re.compile(
    r"(?P<g>§[SD]\d+§)\s+(?:has\s+|had\s+|have\s+)?(?:formally\s+|officially\s+|also\s+)?"
    r"(?:applied\b|submitted\s+(?:an?|its)\s+(?:formal\s+|official\s+)?(?:application|bid)\b)"
)
# a bid whose owner is named with it ("support Serbia's bid"): that owner is the recipient
_OWNED_BID = re.compile(r"^\s*(?:to\s+)?(?:fully\s+)?(?:support|back|endorse)\s+§[SD]\d+§")


def _applicants(analysis: Analysis, doc: Doc) -> list[Entity]:
    """The party this sentence, else the one before, tells applied."""
    for before in (analysis, doc.previous):
        if before is None:
            continue
        m = _APPLIED.search(before.masked)
        if m is not None:
            return [e for e in entities_of(before, m.group("g")) if e.kind in ACTOR_KINDS]
    return []


def _subject(analysis: Analysis, at: int) -> tuple[list[Entity], int]:
    """The actors of the subject at ``at`` (after the introductory phrases), and where it ends:
    past an apposition ("Japan, the world's third-largest economy, pledged ..."), and with the
    actors coordinated after it ("Belarus, a close ally of Russia, and Kazakhstan signed")."""
    masked = analysis.masked
    m = SIGNING_SUBJECT.match(masked, at)
    if not m:
        return [], -1
    actors, end = actors_in(analysis, m.group("s")), m.end()
    if masked.startswith(",", end) and (aside := _APPOSITION.match(masked, end)) is not None:
        end = aside.end()
        more = _AND_SUBJECT.match(masked, end)
        if more is not None:
            actors += actors_in(analysis, more.group("s"))
            end = more.end()
    return actors, end


# an apposition or relative clause after the subject, closed by a comma: ", the world's
# third-largest economy,", ", which had long resisted sending tanks,", ", a close ally of §S1§,"
_APPOSITION = re.compile(
    # (", allies under the Mutual Defense Treaty signed in 1953,": a plural noun of a pair)
    r",\s+(?:a|an|the|which|who|whose|one\s+of|long|itself|also|allies|partners|neighbou?rs|"
    r"members|signatories)\s[^,;:§\"“”()]{1,100}?"
    # ("Palestine, which is a member of the League of Arab States and of the Organisation of
    # Islamic Cooperation, will ...": up to three names in it)
    r"(?:§[SDO]\d+§[^,;:§\"“”()]{0,40}?){0,3},(?=\s)"
)
_AND_SUBJECT = re.compile(rf"\s+and\s+(?:the\s+)?(?P<s>{ACTORS})")


def _others(doc: Doc, actors: list[Entity]) -> list[Entity]:
    """In a joint statement, the issuers a one-sided commitment (of one actor, or of some of
    the issuers) is made to."""
    issuers = list(doc.finder.ctx.issuers)
    keys = {a.key for a in actors}
    if len(actors) >= 2 and keys < {i.key for i in issuers}:
        # "the United States and the United Kingdom plan to ..." in their statement with
        # Australia: a promise of two of the issuers to the third
        return [i for i in issuers if i.key not in keys]
    if not issuers or len(actors) != 1:
        return []
    actor = actors[0]
    state = actor if actor.kind is EntityKind.STATE else doc.finder.ctx.office_of(actor)
    state_key = (
        state.key
        if isinstance(state, Entity)
        else (state.jurisdiction.key if state is not None and state.jurisdiction else None)
    )
    if state_key not in {i.key for i in issuers}:
        return []
    return [i for i in issuers if i.key != state_key and i.key not in keys]


def _counterparts(doc: Doc, actor: Entity, tail: str) -> list[Entity]:
    """In a readout, the other participants of the meeting the actor took part in; for a state
    whose official met another state's ("The United States committed to ..." after "Blinken met
    Foreign Minister Son"), the other state, unless the promise names partners of its own
    ("Russia was ready for a broader cooperation with international organisations")."""
    if doc.meeting is None:
        return []
    participants = list(doc.meeting.entities("participant"))
    if actor.key in {p.key for p in participants}:
        others = [p for p in participants if p.key != actor.key]
        if (
            actor.kind is EntityKind.ORGANIZATION
            and "043" in doc.meeting.get("cameoCode")
            and all(p.kind is EntityKind.PERSON for p in others)
        ):
            return []  # ("The GCC summit, chaired by Emir X, ...": its chair, no counterpart)
        return others
    if actor.kind is EntityKind.STATE and not _WITH_OTHERS.search(_OWN_CLAUSE_END.split(tail)[0]):
        states = meeting_states(doc)
        if actor.key in {s.key for s in states}:
            return [s for s in states if s.key != actor.key]
    return []


_BETWEEN = re.compile(r"\bbetween\b")
# the rulers of a state named by its capital as a side to mediate between: "between the military
# authorities in Niamey and ECOWAS", "between the junta in Bamako and the rebels"
_RULERS_IN = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:(?:military|transitional|de\s+facto)\s+)?(?:authorities|junta|"
    r"government|rulers|regime|leaders(?:hip)?)\s+in\s+(?P<c>§C\d+§)"
)


def _capital_states(analysis: Analysis, doc: Doc, slot: str) -> list[Entity]:
    """The state whose capital the city slot names (none for another city)."""
    city = analysis.mention(slot).entity
    state = doc.kb.capital_of(city.qid) if city is not None and city.qid else None
    return (
        [entity_of(state)]
        if state is not None and entity_of(state).kind is EntityKind.STATE
        else []
    )


# "cooperation with international organisations", "dialogue with all partners" (not "with the
# Vietnamese side", "with Belarus")
_WITH_OTHERS = re.compile(r"\bwith\s+(?!(?:(?:the|its|their|our|his|her)\s+)?§)[a-z]")


# a promise of money or goods to someone: "provide $2.3 billion in aid to Ukraine"
_AID_TO = re.compile(
    r"\s+(?:provide|give|send|supply|deliver|contribute|donate|allocate|extend|grant|offer|invest)\b"
    r"[^.;]{0,120}?\b(?:to|for)\s+(?:the\s+)?§[SOD]\d+§"
)


# (and the speaker after the last comma: "... to expand trade with Egypt, Lavrov said")
_CLAUSE_END = re.compile(
    r";|,\s+(?:and|but|while)\s|,(?=[^,;]{0,60}?\s(?:said|says|stated|told|added|noted)\b)"
)
_PARTY = re.compile(rf"(?P<g>{ACTORS}|{STATE_BODY})")
# a place after a proper name in the object: "the Combined Maritime Forces in §S1§" (not "a
# consulate in §S1§", for whom the act is)
_PEOPLE_FROM = re.compile(
    r"\b(?:migrants|refugees|asylum\s+seekers|people|nationals|citizens|arrivals|returnees|"
    r"deportees|evacuees)\b[^.;§]{0,40}\bfrom\s+(?:the\s+)?$"
)
_TO_PARTY = re.compile(r"\s+to\s+(?:the\s+)?§[SO]\d+§")
_PLACE_OF_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s+in\s+(?:the\s+)?$")
# "build the railway together with Kazakhstan": the party beside the actor, after an object
# (not after a verb of working with: "work together with Vietnam" names the one worked with)
# the channel an act passes through ("provide $30 million through a NATO trust fund", "deliver
# the aid via the UN", "channelled through the World Bank"): no recipient (session 28)
_CHANNEL_BEFORE = re.compile(
    r"\b(?:through|via)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:new|special|existing|"
    r"dedicated|multilateral|joint)\s+)?$"
)
_PARTNER_IN_ACT = re.compile(
    r"(?<!\bwork\s)(?<!\bworking\s)(?<!\bact\s)(?<!\bcooperate\s)(?<!\bcooperating\s)"
    r"(?<!\bcollaborate\s)(?<!\bpartner\s)\b(?:together|jointly|along)\s+with\s+(?:the\s+)?$"
)
# the word before a demonym in the object of a promise ("upgrade the Belarusian helicopters",
# "train Belarusian pilots", "supplies to the Russian regions"; not one of a pair: "Russian-
# Belarusian", "the Russian and Belarusian sides")
# (nor "for the Serbian community in Kosovo": a people within another state, not the state)
_DEMONYM = re.compile(
    r"(?P<w>[a-z]+)\s+(?:the\s+)?(?P<d>§D\d+§)(?![-–/'’]|\s+and\s+§D)"
    r"(?!\s+(?:(?:ethnic|national)\s+)?(?:communit(?:y|ies)|minorit(?:y|ies)|population|diaspora)\b)"
)
# what the act is against, not for: "reduce dependence on Russian energy", "counter Chinese
# coercion", "sanctions against Iranian firms"
_NOT_FOR = frozenset(
    {
        "on",
        "from",
        "against",
        "of",
        "over",
        "about",
        "by",
        "in",
        "at",
        "than",
        "without",
        "and",
        "or",
        "into",
        "under",
        "between",
        "among",
        "toward",
        "towards",
        "counter",
        "deter",
        "confront",
        "combat",
        "curb",
        "contain",
        "reduce",
        "sanction",
        "expel",
        "ban",
    }
)
_HOSTILE = re.compile(
    r"\b(?:counter\w*|deter\w*|against|aggression|coercion|threats?|dependence|reduc\w+|curb\w*|"
    r"sanction\w*|confront\w*|combat\w*|contain\w*|restrict\w*|expel\w*|ban(?:s|ned|ning)?|"
    r"pressure|attacks?|strikes?|invasion|occupation|propaganda|disinformation|interference|"
    r"respond\w*|response|retaliat\w*|deploy\w*)\b"
)


# tariffs on a state's goods to be lifted: "scrap the duties it imposed on Australian barley",
# "remove the tariffs on Indian steel" (the goods' demonym names the state they tax)
_LEVIES_LIFTED = re.compile(
    r"^\s*(?:to\s+)?(?:lift|scrap|remove|drop|abolish|ease|axe|eliminate|waive|roll\s+back)\s+"
    r"(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:tariffs|duties|levies)"
    r"(?:\s+(?:it|they|that|which)\s+(?:had\s+|has\s+|have\s+)?(?:imposed|slapped|levied))?"
    r"\s+on\s+(?:imports\s+of\s+)?(?P<d>§D\d+§)(?![-–/'’]|\s+and\s+§D)"
)


# "working together with Sweden as NATO Allies": the body both belong to is no recipient
_WHICH_AFTER = re.compile(r",\s+(?:which|who|whom|whose)\s")
_AS_MEMBERS = re.compile(r"\s+as\s+(?:fellow\s+|close\s+)?(?:the\s+)?§O\d+§")


# the venue of a meeting to be held: "to hold their next summit in Tonga", "to host the talks in"
_VENUE_BEFORE = re.compile(
    r"\b(?:hold|host|convene|organi[sz]e|stage)\s+(?:the\s+|their\s+|its\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:meeting|summit|session|talks|conference|round|forum|dialogue|"
    r"consultations)s?(?:\s+of\s+[\w\s-]{1,40}?)?\s+(?:in|at)\s+(?:the\s+)?$"
)


def commitment_recipient(
    analysis: Analysis, text: str, actors: list[Entity], own: set[str]
) -> list[Entity]:
    """The first party named in the object of the commitment ("to the defense of the
    Philippines", "our partnership with ASEAN"), other than the actor or its own state."""
    skip = {a.key for a in actors} | own
    clause = _AS_MEMBERS.split(_CLAUSE_END.split(text[:100])[0])[0]
    # "Japan's decision to double its defence spending, which China criticised": the relative
    # clause tells another party's act (session 24)
    clause = _WHICH_AFTER.split(clause, 1)[0]
    for m in _PARTY.finditer(clause):
        if _PLACE_OF_NAME.search(clause, max(0, m.start() - 60), m.start()):
            continue  # "to join the Combined Maritime Forces in Bahrain": where the body is
        if _VENUE_BEFORE.search(clause, max(0, m.start() - 80), m.start()):
            continue  # "agreed to hold their next meeting in Tonga": where, not with whom
            # (session 29)
        if _CHANNEL_BEFORE.search(clause, max(0, m.start() - 40), m.start()):
            continue  # "will provide $30 million through a NATO trust fund": the channel, not
            # the one the pledge is for (session 28)
        if _PARTNER_IN_ACT.search(clause, max(0, m.start() - 60), m.start()):
            continue  # "would contribute to the construction of the railway together with
            # Kazakhstan": a partner in the act, not the one it is made to (session 27; not
            # "ready to work together with Vietnam")
        if clause.endswith(("from ", "from the "), 0, m.start()) and _PEOPLE_FROM.search(
            clause, max(0, m.start() - 80), m.start()
        ):
            continue  # "to accept migrants from Cuba and Haiti": where they come from (not "a
            # message from Russia", "imports from Brazil": the party the act is with)
        if (
            clause.endswith(("from ", "from the "), 0, m.start())
            and _TO_PARTY.match(clause, m.end())
            and "message" not in clause[: m.start()]
        ):
            continue  # "move 1,000 troops from Germany to Romania": where they go, not whence
            # (not "convey messages from Ukraine to Russia": the go-between's sender)
        found = [
            e
            for e in entities_of(analysis, m.group("g"))
            if e.key not in skip and e.kind in ACTOR_KINDS
        ]
        if found and no_party(clause, m.start(), found):
            continue  # "to the Pacific Policing Initiative", "from its Development Fund", "at
            # the WTO": a programme, the actor's own fund, a venue (beneficiaries.py; session 43)
        if found:
            return found
    if "§D" in clause and (lifted := _LEVIES_LIFTED.search(clause)) is not None:
        # "said it would scrap the anti-dumping duties it imposed on Australian barley": the
        # state whose goods are taxed gets the promise (session 32)
        found = [
            e
            for e in entities_of(analysis, lifted.group("d"))
            if e.key not in skip and e.kind is EntityKind.STATE and e.is_linked
        ]
        if found:
            return found[:1]
    if "§D" in clause and not _HOSTILE.search(clause):
        # "Russia would upgrade the Belarusian helicopters", "train Belarusian pilots": whose
        # things or people the act is for
        for m in _DEMONYM.finditer(clause):
            if m.group("w") in _NOT_FOR:
                continue
            found = [
                e
                for e in entities_of(analysis, m.group("d"))
                if e.key not in skip and e.kind is EntityKind.STATE and e.is_linked
            ]
            if found:
                return found[:1]
    return []


# a sum said to be of trade: "$100 billion in bilateral trade", "$5 billion of mutual investment",
# "5 trillion yen of public and private investment" (session 32)
_SUM_OF_TRADE = re.compile(
    r"§M\d+§\s+(?:in|of|worth\s+of)\s+(?:[\w-]+\s+){0,2}?(?:and\s+[\w-]+\s+)?(?:trade|turnover|"
    r"exports|imports|investments?)\b"
)


_AGREED_DONE = re.compile(r"\b(?:agreed|accepted|consented)\b", re.IGNORECASE)
# fighting halted: "committed to halt offensive operations" is no measure against anyone
_HALTED_FIGHTING = re.compile(
    r"^\s*(?:to\s+)?(?:halt|suspend|cease|stop|end)\s+(?:all\s+|their\s+|its\s+)?"
    r"(?:(?:offensive|military|combat|hostile|cross-border|ground|air)\s+){0,2}"
    r"(?:operations|attacks|strikes|fighting|hostilities|actions)\b"
)
# a force's own disarming: "to disarm and disband", "to lay down their weapons", "to demobilise
# its fighters" (not "to disarm the militias": another's, nor "disarmament talks")
_DISARM = re.compile(
    r"^\s*(?:to\s+)?(?:(?:fully|completely)\s+)?(?:disarm|disband|demobili[sz]e|"
    r"lay\s+down\s+(?:its|their|all)\s+(?:arms|weapons)|surrender\s+(?:its|their|all)\s+"
    r"(?:arms|weapons))(?=\s+(?:and|or|its|their|within|by|under|in|from)\b|\s*[.,;]|$)"
)


def agree_cameo(text: str) -> str:
    head = text[:200]
    if (examples := _EXAMPLES.search(head)) is not None:
        head = head[: examples.start()]
    if "sidelines" in head or "margins" in head or "during" in head:
        head = _AGREED_AT.sub(" ", head)  # (where it was agreed is not what: session 33)
    for regex, code in _CAMEO_AGREE:
        if (found := regex.search(head)) is not None:
            if regex is _ECONOMIC and only_fields(head, list(_ECONOMIC.finditer(head))):
                continue  # "expand cooperation in trade and investment": a field (030)
            if code == "036" and only_frameworks(head, list(regex.finditer(head))):
                continue  # "establish a strategic dialogue": a framework, no meeting (030)
            traded = list(_ECONOMIC.finditer(head, 0, found.start())) if code == "033" else []
            summed = code == "033" and _SUM_OF_TRADE.match(head, found.start()) is not None
            if traded and not summed and only_fields(head, traded):
                return "030"  # "cooperate on supply chains for batteries": a field
            if code == "033" and (traded or summed):
                # "boost bilateral trade to $200 billion", "invest $1.5 billion in ...", "buy
                # missiles", "reach $100 billion in bilateral trade": what is traded or
                # invested is no aid
                return "031"
            if code == "033" and _MIXED_SUPPORT.search(head) is not None:
                return "030"  # "military, economic and humanitarian support for Kyiv": backing
            if code == "033" and _TROOPS_PLEDGED.search(found.group(0)) is not None:
                return "0334"  # "pledged to send 1,000 troops to Somalia" (session 33)
            return code
    return "030"


# the occasion an agreement was reached at, not what it is about: "reached a deal on the
# sidelines of the G20 summit in Rome", "during their talks in Beijing" (session 33)
_AGREED_AT = re.compile(
    r"\b(?:(?:on|at)\s+the\s+(?:sidelines|margins)\s+of|during)\s+(?:an?\s+|the\s+|their\s+)?"
    r"(?:[\w§-]+\s+){0,4}?(?:summit|meeting|talks|forum|conference|session|visit|negotiations)\b"
)


# soldiers promised (CAMEO 0334: intent to provide military protection or peacekeeping), in the
# people a promise sends ("pledged to contribute troops to the force", "ready to send more
# soldiers", "offered peacekeepers"); police officers and police contingents stay 033 (aid)
_TROOPS_PLEDGED = re.compile(
    r"\b(?:troops|soldiers|servicemen|peacekeepers|military\s+personnel|"
    r"(?:peacekeeping|military|armed)\s+(?:forces|contingents?|units?)|"
    r"(?<!police\s)(?<!security\s)contingents?)\b"
)


# support of several kinds, humanitarian among them ("keep up military, economic and
# humanitarian support"; not "humanitarian support" alone, an intent to give aid)
_MIXED_SUPPORT = re.compile(
    r"\b(?:[a-z]+,\s+)*[a-z]+,?\s+and\s+humanitarian\s+support\b|"
    r"\bhumanitarian(?:,\s+[a-z]+)*,?\s+and\s+[a-z]+\s+support\b|"
    # ("security, economic, and humanitarian assistance": not "humanitarian and reconstruction
    # aid", which is aid)
    r"\b(?:security|military|defen[cs]e)(?:,\s+[a-z]+)*,?\s+and\s+humanitarian\s+(?:assistance|aid)\b"
)


def statement_date(
    analysis: Analysis, doc: Doc, actors: list[Entity], *, deed: bool = False, since: int = 0
) -> TimeValue | None:
    """The date of the act: for an act of saying, the day it was said first ("On Monday, ...
    said"); for a ``deed`` reported by someone, its own day first ("On Monday, the ministry said
    the two states signed a treaty on Friday": Friday), the telling's only when it has none;
    none before ``since`` (in the sentence's text), which tell an earlier predicate's time."""
    text, begin = analysis.sentence.text, analysis.sentence.begin
    deeds = other_deeds(analysis, actors)[0] if analysis.dates else []
    for d in analysis.dates if deed else analysis.spoken_order(analysis.dates):
        if d.begin - begin < since:
            continue  # "congratulated X on the transfer of power in August and reaffirmed ..."
        if deeds and any(a <= d.begin - begin < b for a, b in deeds):
            continue  # "thanked the UAE after Abu Dhabi pledged $35 billion on Sunday": the
            # pledge's day (session 24)
        if _DEADLINE.search(text, 0, d.begin - begin):
            continue  # "by May 14": a deadline, not the day of the act
        if _PROMISED_ACT.search(text, 0, d.begin - begin):
            continue  # "agreed to meet in Vilnius in July": when they will meet, not agreed
        if dates_object_event(text, d.begin - begin) and not dates_occasion(text, d.begin - begin):
            continue  # "thanked Japan for hosting the summit in May": the summit's date
        if dates_participle_object(text, d.begin - begin):
            continue  # "welcomed the steps announced by Seoul on March 6": the announcement's
        if POSSESSIVE.match(text, d.end - begin):
            continue  # "commended the Philippines for last week's arrest": the arrest's
        if in_relative_clause(text, d.begin - begin):
            continue  # "exchanged the instruments of ratification of ..., which was signed in 2021"
        if _OUTCOME_DATED.search(text, max(0, d.begin - begin - 120), d.begin - begin):
            continue  # "welcomed the signing in Jeddah on May 20 of ...": the signing's date
        if ", signed " in text and _SIGNED_PARTICIPLE.search(text, 0, d.begin - begin):
            continue  # "exchanged the instruments of ratification of ..., signed on 3 October"
        if d.end_value is None and (d.relative or d.value.precision >= 10):
            return d.value
        if d.end_value is None and _IN_BEFORE.search(text, 0, d.begin - begin):
            return d.value  # "signed a Treaty of Friendship in 1995": a background act's year
    if _other_time(text):
        return None  # "Last week, the two countries signed ...": not at the meeting
    return aside_meeting_date(analysis, doc, actors)


# the outcome a party welcomes, before a date of its own ("the signing in Jeddah on May 20 of";
# not "the signing of the accord by X and Y on Monday": the welcome's)
_OUTCOME_DATED = re.compile(
    r"\b(?:welcomed|welcomes|welcome|hailed|hails|praised|praises|commended|commends|applauded|"
    r"applauds)\s+the\s+(?:\w+\s+)?(?:signing|conclusion|signature|adoption)\b"
    r"(?:\s+(?:in|at)\s+[^.;,]{1,40}?)?\s+(?:on|in)\s+$"
)
# a piece of every match of OTHER_TIME ("this week", "last weekend", "Recently", "in recent
# days", "Previously", "over the past few days", "over the last months", "the next day")
_OTHER_TIME_HINTS = ("week", "ecent", "reviously", "past", "last", "day")


def _other_time(text: str) -> bool:
    """Whether the text speaks of another time than the meeting's (:data:`OTHER_TIME`); a cheap
    test first, as most sentences have none of its words."""
    return any(hint in text for hint in _OTHER_TIME_HINTS) and other_time(text)


_IN_BEFORE = re.compile(r"\b(?:[Ii]n|[Oo]n)\s+$")  # "In 2002, X and Y signed ..."
# a participle after a document's name: ", signed in Bishkek on" (the document's date)
_SIGNED_PARTICIPLE = re.compile(
    r",\s+signed\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:in|on)\s+$"
)


# "agreed with Biden on Wednesday to ...": the partner of an agreement (group "w": what to cut)
_AGREED_WITH = re.compile(
    rf"^\s+(?:(?:also|jointly|later|then)\s+)?(?:have\s+|has\s+|had\s+)?agreed(?P<w>\s+with\s+"
    rf"(?:the\s+)?(?:§D\d+§\s+)?(?P<g>{ACTORS}))(?={_WHEN_AGREED}\s+(?:to|on)\b)"
)
# a first act of the subject's own, in the past, before ", and agreed to ..."
_OWN_ACT = re.compile(
    r"\s+(?:also\s+|strongly\s+|jointly\s+|warmly\s+)?(?!met\b|held\b|spoke\b|talked\b)"
    # ("has not joined the sanctions", "has kept its embassy open": a perfect, negated or not)
    r"(?:[a-z]+ed|(?:has|have)\s+(?:not\s+|also\s+)?(?!met\b|held\b|spoke\b|talked\b|been\b)"
    r"[a-z]+)\b(?:[^.;§]|§[A-Z]\d+§)*$"
)
_HELD_TALKS = re.compile(
    r"\s+(?:also\s+)?(?:met(?:\s+with)?|held\s+(?:talks|a\s+meeting|consultations|a\s+(?:phone\s+|telephone\s+)?call|"
    # "held the 16th round of talks on Sunday ... and agreed to"
    r"(?:the|a|an|another)\s+(?:[\w-]+\s+){0,2}?round\s+of\s+(?:[\w-]+\s+)?(?:talks|consultations|"
    r"negotiations))|spoke|talked)\b(?:\s+(?:with\s+)?(?:the\s+|his\s+|her\s+)?(?P<with>§[SDOPG]\d+§(?:\s+and\s+§[SDOPG]\d+§)*))?"
    r"(?:[^.;§]|§[CL]\d+§)*$"
)
_AND_SIGNED = re.compile(r",?\s+and\s+(?:also\s+)?(?=signed\b)")
# "It was agreed to continue contacts", "It was agreed that the two countries' foreign
# ministries would stay in contact"
_IT_WAS_AGREED = re.compile(
    rf"[Ii]t\s+was\s+(?:also\s+)?(?P<v>agreed)\s+(?:to\b|that{_JOINT_FUTURE})"
)
_LATER_ACT = r"(?:agreed|decided|promised)\s+to|(?:pledged|committed|vowed)\b|offered(?=\s+to\b)"
# ("has not joined the sanctions and has offered to mediate ...": the perfect of the news; session
# 35)
_AND_COMMITTED = re.compile(rf",?\s+and\s+(?:(?:has|have)\s+)?(?:also\s+)?(?P<v>{_LATER_ACT})")
_LATER_ACT_WORDS = leading_words(_LATER_ACT)
assert "will" not in _LATER_ACT_WORDS
_PROMISED_ACT = re.compile(
    r"\b(?:agreed|agree|agrees|decided|pledged|promised|vowed|plans?|planned|intends?|committed|"
    r"undertook|resolved)\s+to\s+[a-z]+\b|\b(?:will|would)\s+(?:also\s+)?[a-z]+\b|"
    # "invited Putin to pay a state visit to Kazakhstan in November", "invited President Lula to
    # Washington in early February": when the visit will be, not the invitation's date
    r"\binvit(?:ed|es|ation)\b[^.;]{0,60}?\bto\s+(?:[a-z]+\b|§[SC]\d+§|[A-Z][a-z]+)|"
    # "thanked Russia for resuming direct flights earlier this year", "thanked Retno for
    # Indonesia's leadership of the G20 this year": the time of what they are thanked for (not
    # "... for its support when he met Sikorski on Thursday": when they met)
    r"\b(?:thank|thanked|thanks|commended|praised|congratulated|appreciation|gratitude)\b[^.;]{0,80}?\bfor\s+"
    r"(?:(?!\b(?:when|while|during)\b)(?:[^.;]|\.(?=\d)))+$"
)
_DEADLINE = re.compile(
    r"\b(?:by|until|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$|"
    # "Beginning in 2027, X and Y plan to ...": when the act will start, not the promise's date
    r"\b(?:[Bb]eginning|[Ss]tarting)\s+(?:in\s+|on\s+|from\s+)?$"
)
_LEAD_IN = re.compile(r"\s+(?:\w+\s+){0,3}the\s+following\b[^.;:]{0,40}(?::|\s*$)")


# ", and President Biden expressed ...", "; Japan pledged ...": a clause with its own subject
# ("talks in Pretoria, where the two presidents signed ...")
# ("... in January 2023, when the two leaders decided to ...")
_AFTER_PUNCTUATION = r",\s+and|;\s*(?:and\s+)?|,\s+while|,\s+whereas|,\s+where|,\s+when"
# ("... Agreement and we reaffirm ...", "Through the Framework for Security, Health, and Safe
# Communities, we reaffirmed ...": "we" is masked as a group)
_BEFORE_GROUP = r"\s+and(?=\s+§G)|,(?=\s+§G)"
_NEXT_SUBJECT = r"\s+(?=(?:[Tt]he\s+)?§)"
_NEXT_CLAUSE = re.compile(rf"(?:{_AFTER_PUNCTUATION}|{_BEFORE_GROUP}){_NEXT_SUBJECT}")
# The same where the sentence has no group slot, so the second kind cannot match: each
# alternative then starts with "," or ";", and the search skips to those characters.
_NEXT_CLAUSE_AFTER_PUNCTUATION = re.compile(rf"(?:{_AFTER_PUNCTUATION}){_NEXT_SUBJECT}")
# "... spoke by telephone on Wednesday, in which the two ministers agreed to ...", "signed a
# political declaration in which the United Kingdom and Sweden committed to ...": a relative
# clause of the occasion or document the sentence told, with a subject of its own (not "under
# which", the terms of a deal told as background; "in which" only after an occasion's or a
# document's word: not "the region in which Russia will deploy ...")
_OCCASION_CLAUSE = re.compile(rf"(?:,\s+|\s+)(?:in|during|at)\s+which{_NEXT_SUBJECT}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _recalled_occasion(masked: str, clause: re.Match[str], day: dt.date | None) -> bool:
    """Whether the occasion of a relative clause is one the article recalls ("the 2014 summit
    at which ...", "the meeting in which Iran agreed ... in 2015"): a year before the article's
    in the clause or in the words just before it."""
    if day is None:
        return False
    return any(int(y) < day.year for y in _YEAR.findall(masked, max(0, clause.start() - 60)))


def _occasion_parties(
    analysis: Analysis, before: str, subject: str, actors: list[Entity]
) -> list[Entity]:
    """The parties "they", "the two ministers" or "both leaders" stand for in a relative clause
    of an occasion: those the sentence named before it ("Shoukry received a phone call from his
    Sudanese counterpart, Ali Al-Sadig, during which the two ministers agreed ..."), not those
    of an earlier meeting the mentions took them for; the actors as read when the sentence
    names fewer than two of their kind or names them all, or the subject is a name."""
    if ONE_SLOT.fullmatch(subject) is None or not analysis.mention(subject).text[:1].islower():
        return actors
    kinds = {a.kind for a in actors}
    named = [e for e in entities_of(analysis, before) if e.kind in kinds]
    if len(named) < 2 or {a.key for a in actors} <= {e.key for e in named}:
        return actors  # (or those it was read as, all named there)
    return named


_OCCASION = re.compile(
    r"\b(?:talks|call|telephone|phone|conversation|meeting|session|summit|visit|consultations|"
    r"negotiations|"
    r"dialogue|conference|forum|event|ceremony|statement|declaration|communiqu[eé]|"
    r"memorandum|road\s*map|roadmap)\b",
    re.IGNORECASE,
)


# those who speak about a party, not for it: "Russian analysts said Moscow would ..."
_ONLOOKER = (
    r"(?i:analysts?|experts?|observers?|commentators?|scholars?|researchers?|professors?|"
    r"critics?|sources|media|newspapers?|pundits?|economists?)\b"
)
# "The Chinese ambassador also said that ...", "The Russian side stated that ...": a speaker
# named by a demonym and one to three words, before what _SAID_THAT reads
_DEMONYM_SPEAKER = re.compile(
    rf"(?:[Tt]he\s+)?(?P<d>§D\d+§)(?:\s+(?!{_ONLOOKER})[a-z][\w-]*){{1,3}}?"
    rf"(?={_SAID_THAT.pattern})"
)


# "China's foreign ministry said that ...", "Japan's Foreign Ministry spokesman said ...": the
# body of a state named by its possessive, before what _SAID_THAT or _SAID_IT reads
_POSSESSED_SPEAKER = re.compile(
    # ("§O0§ spokesman said ...": the spokesman of a state's body the mentions named)
    rf"(?:\s+(?i:spokes(?:man|woman|person))(?=\s+(?:also\s+)?(?:{_SAYING_VERB})\b)|"
    r"['’]s?\s+(?:(?!(?:analysts?|experts?|media|press|opposition|critics?|former|previous|"
    r"then|ex|outgoing|interim)\b)[A-Za-z][\w-]*\s+)"
    r"{0,2}?(?i:ministry|government|spokes(?:man|woman|person)|embassy|mission|presidency|"
    r"office|cabinet|delegation|parliament|legislature|senate)(?:\s+(?i:spokes(?:man|woman|person)))?"
    # (or what it states itself: "Kenya's foreign ministry thanked the United States for ..."; not
    # "Israel's cabinet approved the agreement": a step at home of a pact the article reports)
    rf"(?=\s+(?:also\s+)?(?:{_SAYING_VERB}|(?!approved\b)(?:{_STATING_VERB}))\b))"
)


# a name of two to five capitalised words before what _SAID_THAT reads ("Kim Yo Jong said that
# ...", "Spokesperson Mao Ning said ...", "Lula da Silva said ..."), or an official's title
# ("The minister stated that ...", "A Foreign Ministry spokesperson said ...")
_NAMED_SPEAKER = re.compile(
    rf"(?!(?:\S+\s+){{0,2}}?{_ONLOOKER})"
    rf"(?:(?:(?:[A-Z][\w'’.-]*|da|de|do|dos|del|van|von|der|bin|al)\s+){{1,5}}[A-Z][\w'’.-]*|"
    r"(?:[Tt]he|[Aa])\s+(?:[\w§-]+\s+){0,2}?(?i:minister|ministry|spokes(?:man|woman|person)|"
    r"president|premier|chancellor|ambassador|envoy|secretary|government|leader|king|emir)"
    # ("The Foreign Ministry of Japan said that Tokyo would ...")
    # ("A spokesman for the Chinese Foreign Ministry said ...", "A spokesperson for Japan's
    # foreign ministry said ...": session 25)
    r"(?:\s+(?:of|for)\s+(?:the\s+)?§[SO]\d+§(?:['’]s?\s+(?:[a-z]+\s+){0,2}?ministry)?)?)"
    rf"{_SAID_THAT.pattern}"
)


def _demonym_state(analysis: Analysis, slot: str) -> list[Entity]:
    """The linked state a demonym's slot stands for (none for an ambiguous one)."""
    states = [e for e in entities_of(analysis, slot) if e.kind is EntityKind.STATE]
    return states[:1] if states and states[0].is_linked else []


# a signed document's clause with a party's own act: "an exchange of notes under which §S3§ will
# provide ..."
_UNDER_WHICH = re.compile(
    r"\b(?:agreements?|accords?|memorand\w*|MoUs?|notes|deal|pact|protocol)\s+under\s+which\s+"
    r"(?:the\s+)?(?P<s>§S\d+§)(?=\s+(?:will|is\s+to|are\s+to|agreed\s+to|pledged\s+to|commits\s+to)\s)"
)


def _signed_here(doc: Doc, analysis: Analysis) -> Fact | None:
    """The signing (SUPPORT 057) the sentence told last, if any."""
    here = doc.evidence(analysis)
    for fact in reversed(doc.facts):
        if here not in fact.evidence:
            return None
        if fact.cls is FactClass.EVENT and str(fact.one("cameoCode")) == "057":
            return fact
    return None


def actors_in(analysis: Analysis, slots: str) -> list[Entity]:
    return [e for e in entities_of(analysis, slots) if e.kind in ACTOR_KINDS]


def statements(analysis: Analysis, doc: Doc) -> None:
    """AGREE and SUPPORT events stated by the subject of the sentence and of each later
    clause that has its own ("The leaders reaffirmed ..., and President Biden expressed ...")."""
    masked = analysis.masked
    # (where the clause begins, its actors, where what they state begins)
    clauses: list[tuple[int, list[Entity], int]] = []
    # (a later clause's subject must state one of the verbs: most sentences have none)
    stating = not _STATING_WORDS.isdisjoint(analysis.words)
    next_clause = _NEXT_CLAUSE if "§G" in masked else _NEXT_CLAUSE_AFTER_PUNCTUATION
    later = list(next_clause.finditer(masked)) if stating else []
    if stating and "which" in analysis.words:
        later = sorted(
            later
            + [
                c
                for c in _OCCASION_CLAUSE.finditer(masked)
                if ("in" not in c.group(0).split() or _OCCASION.search(masked, 0, c.start()))
                and not _recalled_occasion(masked, c, doc.article.date)
            ],
            key=lambda c: c.start(),
        )
    for c in later:
        if c.group(0).startswith(",") and serial_list_before(masked[: c.start()]):
            continue  # "Belarus, Russia, and Kazakhstan signed ...": one subject
        m = SIGNING_SUBJECT.match(masked, c.end())
        actors = actors_in(analysis, m.group("s")) if m else []
        if m and actors and _OCCASION_CLAUSE.match(masked, c.start()):
            actors = _occasion_parties(analysis, masked[: c.start()], m.group("s"), actors)
        if m and actors and _AGREE_OR_SUPPORT.match(masked, m.end()):
            clauses.append((c.start(), actors, m.end()))
    subject_at = intro_end(masked)
    actors, pos = _subject(analysis, subject_at)
    # ("The German Foreign Office said it would ...": Germany, as its other acts are)
    actors = [state_body(doc, a) or a for a in actors]
    if (not actors or (len(actors) == 1 and actors[0].qid is None)) and (
        ministry := ministry_state(analysis, subject_at)
    ) is not None:
        # "The Ministry of Foreign Affairs of the Republic of Kenya welcomed ...": the state it
        # speaks for (ministries.py; session 43, support)
        actors, pos = ministry
    if (
        actors
        and masked.startswith(("'", "’", " spokes", " Spokes"), pos)
        and all(a.kind is EntityKind.STATE for a in actors)
        and (body := _POSSESSED_SPEAKER.match(masked, pos)) is not None
    ):
        # "China's foreign ministry said China supported ...", "Japan's foreign ministry said it
        # would provide ...": the state's body speaks for it, as "the Chinese foreign ministry"
        # does (_DEMONYM_SPEAKER; session 25)
        pos = body.end()
    if not actors and (bare := _BARE_INTRO.match(masked, subject_at)) is not None:
        # "Today we commend ...", "Today the United States thanks ...": no comma after it
        actors, pos = _subject(analysis, bare.end())
    # (a clause reported by a speaker: "would" is its future, "... said Russia would help")
    reported = False
    if not actors and "§D" in masked and not _SAYING_WORDS.isdisjoint(analysis.words):
        # "The Chinese ambassador said that China was ready to ...": a speaker named by a
        # demonym and a title; the party the reported clause names acts
        speaker = _DEMONYM_SPEAKER.match(masked, subject_at)
        if speaker is not None:
            actors, pos = _demonym_state(analysis, speaker.group("d")), speaker.end()
    if not actors and not _SAYING_WORDS.isdisjoint(analysis.words):
        # "Kim Yo Jong said that the DPRK fully supports Russia", "The President said that
        # Moscow would ...": a speaker the KB does not know; the party the reported clause names
        # acts
        speaker = _NAMED_SPEAKER.match(masked, subject_at)
        inner = SIGNING_SUBJECT.match(masked, speaker.end()) if speaker is not None else None
        if speaker is not None and inner is not None:
            actors, pos = actors_in(analysis, inner.group("s")), inner.end()
            reported = True
            # ("A spokesman for the Chinese Foreign Ministry said the United States was ready
            # to ...": another side's act, not the speaker's word; session 25)
            for_state = [
                state_body(doc, e) or e
                for slot in SLOT.findall(masked, speaker.start(), inner.start())
                for e in actors_in(analysis, slot)
            ]
            if len(for_state) == 1 and _other_side(doc, for_state, actors):
                actors = []
    if not actors and not _SAYING_WORDS.isdisjoint(analysis.words):
        # "He said China is ready to ...", "Jokowi said Indonesia would ...": a speaker the
        # mentions leave unresolved (a pronoun after two people, a name the KB lacks)
        actors, pos, reported = _unresolved_speaker(
            analysis, doc, subject_at, actors, pos, reported
        )
    quoted = None
    words_ = analysis.words
    if not actors and masked[:1] in '"“' and ("said" in words_ or "told" in words_):
        # '"We will stand by Ukraine for as long as it takes," Scholz told reporters.': the
        # speaker's own promise, "we" or "I" resolved to the speaker after the quote (session 20)
        actors, pos, quoted = _quoted_first_person(analysis, masked)
    if not actors and (state_quote := quoted_state(masked)) is not None:
        # '"Ethiopia stands ready to cooperate with all," the Prime Minister wrote.': the state
        # the quote opens with commits itself, its speaker after the quote (session 41)
        quoted_slot, pos, quoted = state_quote
        actors = [e for e in actors_in(analysis, quoted_slot) if e.kind is EntityKind.STATE]
    # ("Belarus, a close ally of Russia, and Kazakhstan signed ...": one subject)
    clauses = [c for c in clauses if c[0] >= pos]
    # "China welcomes the efforts of Turkey, Wang Yi said.": the speaker is no one praised
    said = _SPEAKER_AFTER.search(masked, max(0, len(masked) - 160)) if "," in masked else None
    stop = said.start() if said is not None else len(masked)
    if quoted is not None:
        stop = quoted.start()
    # ("Moscow would continue to help Havana, Putin said.")
    reported = reported or said is not None
    ends = [begin for begin, _, _ in clauses[1:]] + [stop] if clauses else []
    end = clauses[0][0] if clauses else stop
    if actors and "agreed" in analysis.words and _WE_AGREED.match(masked, pos):
        # "We have agreed to increase cooperation" in a speaker's turn of talks: the joint
        # commitment of both sides (ANNOTATION.md §6), not the speaker's promise to the other
        actors = _we_who_met(analysis, doc, masked[subject_at:pos], actors)
    agreed = _IT_WAS_AGREED.match(masked, subject_at) if "agreed" in analysis.words else None
    if agreed is not None and not actors and len(doc.finder.ctx.meeting) >= 2:
        # "It was agreed to continue contacts at various levels.": by those who met
        actors, pos = list(doc.finder.ctx.meeting), agreed.start("v") - 1
    if not actors and "signed" in analysis.words:
        _company_signing(analysis, doc, subject_at)
    if past_boundary(masked, doc.article.date) is not None:
        return  # "In 1973, A and B agreed on a boundary": background, a TreatyRelation (asks.py)
    # (a sentence without a subject of its own states nothing here: support expressed by no
    # one is no fact)
    # (whether a clause's subject names its party is read only by _clause's reports and second
    # predicates: not worked out for a sentence that has the words of neither)
    words = analysis.words
    reads_named = not _SAYING_WORDS.isdisjoint(words) or (
        "and" in words and not _SECOND_WORDS.isdisjoint(words)
    )
    subject = actors
    if actors and pos >= 0:
        first = masked[pos:end]
        named = _named(analysis, masked[subject_at:pos]) if reads_named else True
        _clause(
            analysis, doc, actors, _WOULD.sub(" will", first) if reported else first, named=named
        )
    for (begin, actors, start), stop in zip(clauses, ends, strict=True):
        # (a date before the later clause's subject tells an earlier clause's time: "Bolivia
        # applied to join BRICS last year, and the Russian President said Moscow would ...")
        # (not "in January 2023, when the two leaders decided ...": the time of the clause)
        # (nor "a call on Wednesday, in which the two ministers agreed ...": the occasion's)
        slot = (
            None
            if masked.startswith((", when", ", where"), begin)
            or _OCCASION_CLAUSE.match(masked, begin)
            else SLOT.search(masked, begin)
        )
        since = analysis.mention(slot.group(0)).begin - analysis.sentence.begin if slot else 0
        named = _named(analysis, masked[begin:start]) if reads_named else True
        _clause(analysis, doc, actors, masked[start:stop], since=since, named=named)
    if ", who" in masked and not _SAID_WHO_WORDS.isdisjoint(analysis.words):
        _said_who_praised(analysis, doc)
    if subject and (", which" in masked or ", who" in masked):
        _thanked_who_offered(analysis, doc, subject)


# the one thanked or praised who made an offer or a promise, told in a relative clause:
# "expressed gratitude to Albania, which has offered to co-sponsor the application" (session 28)
_THANKED_WHO_OFFERED = re.compile(
    r"\b(?:thanked|praised|commended|lauded|hailed|applauded|(?:gratitude|thanks|appreciation)\s+"
    r"to)\s+(?:the\s+)?(?P<s>§[SOP]\d+§),\s+(?:which|who)(?=\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:also\s+|already\s+)?(?:offered|pledged|promised|agreed|committed|undertaken|"
    r"volunteered)\b)"
)


def _thanked_who_offered(analysis: Analysis, doc: Doc, thankers: list[Entity]) -> None:
    """AGREE by the one thanked of the promise a relative clause tells (:data:`_THANKED_WHO_
    OFFERED`), to the thanker's side when the promise names no one."""
    m = _THANKED_WHO_OFFERED.search(analysis.masked)
    if m is None or analysis.negated or analysis.hypothetical:
        return
    actors = actors_in(analysis, m.group("s"))
    if not actors or {a.key for a in actors} & {t.key for t in thankers}:
        return
    _commitment(
        analysis, doc, _before_clause_end(analysis.masked[m.end() :]), actors, told=thankers
    )


# the speaker after a quote who praises in a relative clause: '"...," said Foreign Minister X,
# who thanked his counterparts for ...' (the relative clause is the speaker's own act)
# (and the one met or received: "The Secretary met Prime Minister X, who thanked the United
# States for its partnership"; session 35)
_SAID_WHO = re.compile(
    r"\b(?:said|says|added|met|meets|received|receives|hosted|hosts|(?:met|spoke|talked)\s+with|"
    r"held\s+talks\s+with)\s+(?:the\s+)?(?P<s>§P\d+§),\s+who(?=\s+(?:also\s+)?(?:thanked|"
    r"praised|congratulated|commended|applauded|hailed|lauded)\b)"
)


_SAID_WHO_WORDS = frozenset(
    "thanked praised congratulated commended applauded hailed lauded".split()
)


def _said_who_praised(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT in a relative clause on the speaker named after a quote (:data:`_SAID_WHO`)."""
    masked = analysis.masked
    m = _SAID_WHO.search(masked)
    if m is None:
        return
    actors = actors_in(analysis, m.group("s"))
    if actors:
        _clause(analysis, doc, actors, _before_clause_end(masked[m.end() :]))


# a speaker the mentions leave unresolved: "He said ...", "Jokowi said ..." (not "It", "They",
# "Analysts", "Officials": no one side's speaker)
_UNRESOLVED_SPEAKER = re.compile(
    rf"(?!{_ONLOOKER}|(?:It|They|We|Officials|Diplomats|Sources|Reports|This|That|There)\b)"
    rf"(?:He|She|[A-Z][a-z][\w'’-]+){_SAID_THAT.pattern}"
)


def _unresolved_speaker(
    analysis: Analysis,
    doc: Doc,
    at: int,
    actors: list[Entity],
    pos: int,
    reported: bool,
) -> tuple[list[Entity], int, bool]:
    """The party of a reported clause whose speaker the mentions leave unresolved, when that
    party is one of the two sides of the meeting the article reports (a readout's "He said
    China is ready to ..."; not "He said Russia would ..." of a third state: a comment or an
    allegation whose speaker is unknown)."""
    speaker = _UNRESOLVED_SPEAKER.match(analysis.masked, at)
    if speaker is None or not (sides := meeting_states(doc)):
        return actors, pos, reported
    inner = SIGNING_SUBJECT.match(analysis.masked, speaker.end())
    found = actors_in(analysis, inner.group("s")) if inner is not None else []
    keys = {s.key for s in sides}
    if not found or not all((side_of(doc, a) or a).key in keys for a in found):
        return actors, pos, reported
    assert inner is not None
    return found, _past_aside(analysis.masked, inner.end()), True


def _past_aside(text: str, end: int) -> int:
    """Where the subject ending at ``end`` ends past an apposition or relative clause closed by a
    comma ("Indonesia, which holds the ASEAN chair, would ..."), or past the request it acts on
    ("Moscow, at the request of Minsk, would ...")."""
    if text.startswith(",", end) and (
        (aside := _APPOSITION.match(text, end)) is not None
        or (aside := _REQUEST_ASIDE.match(text, end)) is not None
    ):
        return aside.end()
    return end


# the request or invitation a party acts on, between it and its verb: "Moscow, at the request of
# Minsk, would station ...", "Russia, at Belarus's request, will ...", "Kenya, at the invitation
# of the Haitian government, will lead ..." (no party of its own: the promise keeps its
# recipient from its object; session 33)
_REQUEST_ASIDE = re.compile(
    r",\s+(?:at|upon|on)\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:request|invitation|behest|urging)\s+of\s+"
    r"(?:the\s+)?(?:§[SCOPGD]\d+§)(?:\s+(?:government|authorities|side|leadership))?|"
    r"(?:the\s+)?§[SCOPGD]\d+§['’]s?\s+(?:[\w-]+\s+)?(?:request|invitation|behest|urging)),"
    r"(?=\s+[a-z])"
)


_WE_AGREED = re.compile(r"\s+(?:have\s+|had\s+)?(?:also\s+|already\s+|just\s+)?agreed\b")
SLOT = re.compile(r"§[A-Z]\d+§")


def _we_who_met(analysis: Analysis, doc: Doc, subject: str, actors: list[Entity]) -> list[Entity]:
    """The two sides of the talks reported, when the subject is "we" and stands for one of them
    (a speaker's turn, a party's own readout); else the actors as they were."""
    slots = SLOT.findall(subject)
    if len(slots) != 1 or analysis.mention(slots[0]).text.strip().lower() != "we":
        return actors
    sides: dict[str, Entity] = {}
    for person in doc.finder.ctx.meeting:
        side = side_of(doc, person)
        if side is None or side.kind is not EntityKind.STATE:
            return actors
        sides[side.key] = side
    own = {(side_of(doc, a) or a).key for a in actors}
    if len(sides) != 2 or not own or not own <= set(sides):
        return actors
    return list(sides.values())


# who says the sentence, after it: ", Putin said.", ", the foreign minister told reporters."
# '"We will ...," Scholz told reporters.': a first-person quote, its speaker after it
_QUOTED_FIRST = re.compile(
    r"[\"“](?:(?P<s>§P\d+§)|We|I)\s+(?=(?:will|shall)\s+(?:(?:continue\s+to|always|also)\s+)?"
    r"(?:stand\s+(?:by|with)|support|help|back|assist|provide|deliver|send|defend)\b)"
)
_QUOTE_SPEAKER = re.compile(
    r",[\"”]\s+(?P<s>§P\d+§)\s+(?:said|told\s+(?:reporters|journalists|the\s+press))\s*[.!]?\s*$"
)


def _quoted_first_person(
    analysis: Analysis, masked: str
) -> tuple[list[Entity], int, re.Match[str] | None]:
    """The speaker of a quote that opens with "we will" or "I will", when the pronoun is the
    speaker named after it; with where the promise begins and the speaker's match."""
    first = _QUOTED_FIRST.match(masked)
    if first is None:
        return [], -1, None
    slot = first.group("s")
    if slot and analysis.mention(slot).text.strip().lower() not in {"we", "i"}:
        return [], -1, None
    who = _QUOTE_SPEAKER.search(masked, max(0, len(masked) - 80))
    if who is None:
        return [], -1, None
    speaker = [e for e in analysis.mention(who.group("s")).entities if e.kind is EntityKind.PERSON]
    pronoun = {e.key for e in analysis.mention(slot).entities} if slot else {speaker[0].key}
    if len(speaker) != 1 or pronoun != {speaker[0].key}:
        return [], -1, None
    return speaker, first.end() - 1, who


_SPEAKER_AFTER = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:[\w§'’-]+\s+){0,5}?(?:said|says|added|stressed|declared|asked|"
    r"told\s+(?:[\w-]+\s+){0,2}?(?:reporters|journalists|lawmakers|parliament|[A-Z]\w*))"
    r"(?:\s+(?:on\s+)?[A-Za-z]+)?\s*[.!]?\s*$"
)
# an introductory adverb of time written without its comma before a slot's subject
_BARE_INTRO = re.compile(
    r"(?:Today|Now|Tonight|This\s+(?:morning|afternoon|evening)|"
    # "During the talks the two leaders also agreed to ...": the occasion without its comma
    # (session 33; "At that meeting the two leaders agreed ...": session 41)
    r"(?:During|At|After|Following)\s+(?:the|their|that|this)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|"
    r"negotiations|consultations|discussions|summit))\s+(?=(?:the\s+)?§)"
)


_PLEASED_TO_ANNOUNCE = re.compile(
    r"^\s+(?:are|is)\s+pleased\s+to\s+announce\s+that\s+(?:they|we|it)\b"
)
# "Germany and Poland, both NATO allies, have agreed ..."
_ASIDE = re.compile(
    r",\s*(?:in\s+(?:close\s+)?(?:cooperation|coordination|partnership)\s+with|together\s+with|"
    r"for\s+(?:its|their|his|her|our)\s+part|"
    r"along\s+with|jointly\s+with|through|via|as\s+\w+|both|all|each|a|an|"
    # "Macron, who arrived in New Delhi on Friday, praised India ...": a relative clause on the
    # subject (session 20)
    r"who(?=\s+(?:(?:is|was|has|had|also|earlier|recently)\s+)?[a-z]+(?:ed|ent|ook|et|ame|poke)\b)|"
    # "Sovaleni, in a radio address, thanked ...": where the act was told
    r"in\s+(?:a|an|his|her|its|their)\s+(?=(?:[\w-]+\s+){0,2}?(?:address|speech|statement|"
    r"interview|message|broadcast|letter)\b)|"
    # "Macron, in Berlin, thanked ...": where the act was told (session 23)
    r"in(?=\s+§[CL]\d+§\s*,))\b[^,]{0,80},"
)
# "Macron, speaking after talks with Scholz in Berlin, thanked ...", "Putin, in a phone call with
# Tokayev, congratulated ...": the meeting the act was told at, between the subject and its
# verb (the meeting is the meeting rules'; session 23)
_MEETING_ASIDE = re.compile(
    r",\s*(?:(?:speaking\s+)?(?:after|following|during|at|in)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:talks|meeting|(?:tele)?phone\s+(?:call|conversation)|call|"
    r"conversation)\s+with\s+(?:the\s+|his\s+|her\s+)?(?:§D\d+§\s+)?§[PSO]\d+§"
    r"(?:\s+(?:in|at|on|last|this|earlier)\b[^,;§]{0,30}?(?:§[CL]\d+§[^,;§]{0,30}?)?)?|"
    # "Blinken, on a visit to Hanoi on Tuesday, praised ...", "Macron, in Berlin on Tuesday,
    # thanked ..." (the day read out of the masked text takes its comma)
    r"(?:on|during)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to\s+(?:the\s+)?§[SCL]\d+§|"
    r"in\s+§[CL]\d+§)"
    r",?(?=\s+(?:also\s+)?[a-z]+ed\b)"
)
# "The ministry said in a statement that it welcomed the decision": the speaker's own act
_SAID_IT = re.compile(
    r"^\s+(?:also\s+)?(?:said|stated|announced|declared)\s+(?:(?:in|on)\s+[^,;§]{1,40}?\s+)?"
    r"(?:that\s+)?(?:it|they)\s+(?=(?:also\s+)?(?:fully\s+|firmly\s+|strongly\s+)?(?:welcomed|welcomes|"
    # "France said it supported the measures taken by ECCAS", "Japan said it stood with ..."
    r"hailed|praised|commended|supported|supports|backed|backs|endorsed|endorses|stood|stands)\b)"
)
_SAID_IT_BACKED = re.compile(
    r"\s+(?:also\s+)?(?:fully\s+|firmly\s+|strongly\s+)?(?:supported|supports|backed|backs|"
    r"endorsed|endorses|stood|stands)\b"
)
# "Putin said that Russia would provide Belarus with a loan": the future of the past
_WOULD = re.compile(r"^\s+would\b(?!\s+(?:like|be\s+able))")


# a party's own future act it tells of (not the act of "it" or "they" told by a person)
_SAID_OWN_FUTURE = re.compile(
    rf"^\s+(?:also\s+)?(?:said|stated|declared|announced){_WHEN_AGREED}\s+(?:that\s+)?"
    r"(?P<pro>it|they)(?=\s+(?:would|will)\b|"
    # "Kenya said it was ready to work with Ethiopia": its own readiness (session 25)
    r"\s+(?:was|were|is|are|remains|remained|stands|stood)\s+(?:also\s+|still\s+|fully\s+)?"
    r"(?:ready|prepared|willing)\s+to\b)"
)


def _said_own_future(
    rest: str, actors: list[Entity], words: frozenset[str]
) -> re.Match[str] | None:
    """Where a state or organisation tells of its own future act ("it" of one, "they" of
    several); not a person's "it" or "they", someone else."""
    if _SAYING_WORDS.isdisjoint(words) or any(a.kind is EntityKind.PERSON for a in actors):
        return None
    m = _SAID_OWN_FUTURE.match(rest)
    if m is None or (m.group("pro") == "they") != (len(actors) >= 2):
        return None
    return m


def _clause(
    analysis: Analysis,
    doc: Doc,
    actors: list[Entity],
    rest: str,
    *,
    since: int = 0,
    named: bool = True,
) -> None:
    # (the words each pattern needs first: most clauses have none of them)
    words = analysis.words
    if "pleased" in words:
        rest = _PLEASED_TO_ANNOUNCE.sub("", rest)
    aside = (
        _ASIDE.match(rest)
        or (
            _MEETING_ASIDE.match(rest)
            if ("with" in words or "in" in words or "on" in words)
            else None
        )
        or (_REQUEST_ASIDE.match(rest) if "at" in words or "upon" in words else None)
    )
    if aside:
        rest = rest[aside.end() :]
    said_it = None if _SAYING_WORDS.isdisjoint(words) else _SAID_IT.match(rest)
    if (
        said_it is not None
        and any(a.kind is EntityKind.PERSON for a in actors)
        and _SAID_IT_BACKED.match(rest, said_it.end() - 1)
    ):
        said_it = None  # ("Blinken said it stood with ...": "it" is not the speaker)
    if said_it is not None:
        rest = rest[said_it.end() - 1 :]  # "said in a statement that it welcomed ...": its own
    speakers, whole = actors, rest
    told: list[Entity] = []
    if not _SAYING_WORDS.isdisjoint(words):
        said = _reported(analysis, doc, rest, actors, words, named=named)
        if said is None:
            return  # "Blinken said China was ready to ...": another side's act, not told by it
        actors, rest, told = said
    # (a reported clause: its "would" is the future of the past)
    was_reported = whole is not rest or actors is not speakers
    # (each rule's own first test of its words made here too: most clauses call none of them)
    added = not _INVITE_WORDS.isdisjoint(words) and _invitation(analysis, doc, rest, actors)
    if not _ACCEPTED_WORDS.isdisjoint(words):
        added = _accepted_invitation(analysis, doc, rest, actors) or added
    if not _PRAISE_WORDS.isdisjoint(words):
        added = (
            _praise(analysis, doc, rest, actors, speakers if was_reported else None, since=since)
            or added
        )
    elif "note" in words:
        _commitment_welcomed(analysis, doc, rest, actors)  # "has taken note of the commitment"
    if "grateful" in words:
        added = _grateful(analysis, doc, rest, actors) or added
    # ("adopted a joint statement and witnessed the exchange of documents": one signing; the
    # states' signing of the agreements they witnessed, when the statement is all the subject
    # adopted itself, session 26)
    witnessed_first = not _WITNESS_WORDS.isdisjoint(words) and _ADOPTED_THEN_WITNESSED.match(rest)
    added = (
        (witnessed_first and _witnessed(analysis, doc, rest, actors))
        or (not _SIGN_WORDS.isdisjoint(words) and _signing(analysis, doc, rest, actors))
        or (not _WITNESS_WORDS.isdisjoint(words) and _witnessed(analysis, doc, rest, actors))
    ) or added
    if (
        added
        and (first := _AGREE_VERBS.match(rest)) is not None
        and first.group("v").lower().startswith(("agreed", "pledged", "committed", "decided"))
        and (signed := _THEN_SIGNED.search(rest, first.end())) is not None
    ):
        # "agreed to make the railway a success and witnessed the signing of ...": the agreement
        # before the signing is an act of its own (session 35)
        _commitment(analysis, doc, rest[: signed.start()], actors, told=told, since=since)
    # "witnessed the signing of an exchange of notes under which Japan will provide 1.6 billion
    # yen ...": the document's party's promise to its other signatories, dated by the signing
    # (session 29)
    if (
        added
        and "which" in words
        and (under := _UNDER_WHICH.search(rest)) is not None
        and (party := actors_in(analysis, under.group("s")))
    ):
        signing = _signed_here(doc, analysis)
        day = signing.one("date") if signing else None
        document = (
            (list(signing.entities("actor")), day if isinstance(day, TimeValue) else None)
            if signing
            else None
        )
        _commitment(analysis, doc, rest[under.end("s") :], party, document=document, since=since)
    if "support" in rest:
        added = _support_for(analysis, doc, rest, actors) or added
    if not _BACKED_WORDS.isdisjoint(words):
        added = _backed_decision(analysis, doc, rest, actors) or added
    if not _STOOD_WORDS.isdisjoint(words):
        added = _stood_with(analysis, doc, rest, actors) or added
    if not added and not _BACKING_WORDS.isdisjoint(words):
        added = _backed_owner(analysis, doc, rest, actors)
    later = None if _LATER_ACT_WORDS.isdisjoint(analysis.words) else _AND_COMMITTED.search(rest)
    if not added and not _READY_WORDS.isdisjoint(words) and (ready := _AND_READY.match(rest)):
        # "said that Russia had always stood on the side of Africa and was ready to ensure ...":
        # the readiness of the clause's subject, its second verb
        rest = rest[ready.end() - 1 :]
        later = None
    if not added and "with" in words and (partner := _AGREED_WITH.match(rest)) is not None:
        # "Sisi agreed with Biden on Wednesday to allow ...": the two agree (read without the
        # partner, who joins the actors)
        partners = [
            e
            for e in entities_of(analysis, partner.group("g"))
            if e.kind in ACTOR_KINDS and e.key not in {a.key for a in actors}
        ]
        if partners:
            rest = rest[: partner.start("w")] + rest[partner.end("w") :]
            actors = [*actors, *partners]
            later = None if later is None else _AND_COMMITTED.search(rest)
    promised = False
    if not added:
        # "agreed to strengthen defence cooperation, and decided to hold the next dialogue in
        # 2025": the first commitment ends where the second begins (one AGREE each)
        added = promised = _commitment(
            analysis, doc, rest[: later.start()] if later else rest, actors, told=told, since=since
        )
    if not promised and later is None and "and" in words and not _SECOND_WORDS.isdisjoint(words):
        # "welcomed President Marcos ... and stated that Japan will continue to support ...",
        # "said that Russia and Cuba had been partners ... and that Moscow would continue to
        # help Havana": the subject's second predicate, a commitment or a report of one
        _second_predicate(
            analysis,
            doc,
            rest,
            actors,
            speakers,
            reported=was_reported,
            since=since,
            named=named,
        )
    if later is not None:
        own_act = (
            added
            or _SIGN.match(rest)
            or _PRAISE.match(rest)
            # "The leaders condemned the launches and agreed to hold ...": a second act of theirs
            or _OWN_ACT.match(rest, 0, later.start())
        )
        talks = None if own_act else _HELD_TALKS.match(rest, 0, later.start())
        if own_act:
            # "signed a joint statement ... and agreed to expand cooperation": a second act
            _commitment(analysis, doc, rest[later.start("v") - 1 :], actors)
        elif talks is not None:
            # "Putin held talks with Erdogan in Sochi and agreed to deepen energy cooperation":
            # the two who met agree; a promise is its subject's alone ("Erdogan met Zelenskyy in
            # Lviv and promised to send drones", session 26)
            mutual = later.group("v").startswith(("agreed", "decided"))
            partners = _talk_partners(analysis, talks) if mutual else []
            _commitment(analysis, doc, rest[later.start("v") - 1 :], [*actors, *partners])
    if "that" in words and not _ANNOUNCING_WORDS.isdisjoint(words):
        _announced_that(analysis, doc, rest)
    signed = _AND_SIGNED.search(rest) if "signed" in rest else None
    if signed is not None and (talks := _HELD_TALKS.match(rest, 0, signed.start())) is not None:
        # "Trump and Duda met at the White House today and signed a Joint Declaration ...": the
        # two who met sign
        _signing(
            analysis, doc, rest[signed.end() - 1 :], [*actors, *_talk_partners(analysis, talks)]
        )


# the subject's second predicate, after its first ("..., and stated that", "and reaffirmed",
# "and was ready to", "and will", "and that Moscow would" after a verb of saying); not across
# another clause (", and the President commended ...", "which ...", "if ...", "but ...")
_SECOND_VERB = (
    r"said|stated|declared|announced|added|told|informed|assured|(?:re)?affirm(?:s|ed)?|"
    r"reiterate[sd]|confirm(?:s|ed)?|express(?:es|ed)|"
    r"(?:is|was|are|were|remains?|remained|stands?|stood)\s+(?:also\s+|still\s+|always\s+)?"
    r"(?:ready|prepared|willing|open|committed|determined|interested)|will|would|"
    r"offered(?=\s+to\b)|instructed|tasked|"
    r"that(?=\s+(?:the\s+)?§[SOG]\d+§(?!['’]))|"
    # ("..., and it has committed to spending 2 percent of its GDP on defense"; "they" for two)
    r"(?P<pro>it|they)(?=\s+(?:has\s+|have\s+)?(?:also\s+)?(?:committed|pledged|promised|"
    r"agreed|decided|vowed|undertook|will|intends?|plans?)\b)"
)
_AND_SECOND = re.compile(
    r"^(?:(?!\b(?:which|who|whom|whose|if|unless|when|whether|because|but|or|while|whereas|"
    r"although|though)\b|,\s+and\s+(?:the\s+)?§)[^.;:])*?(?:,\s+|\s+)and\s+"
    rf"(?:also\s+|further\s+|again\s+)?(?P<v>(?:{_SECOND_VERB})\b)"
)
_SECOND_WORDS = leading_words(_SECOND_VERB)
_SAYING_START = re.compile(rf"^\s+(?:also\s+)?(?:{_SAYING_VERB}|{_REAFFIRMING_VERB})\b")
_TOLD_VERBS = frozenset({"told", "informed", "assured"})


def _second_predicate(
    analysis: Analysis,
    doc: Doc,
    rest: str,
    actors: list[Entity],
    speakers: list[Entity],
    *,
    reported: bool,
    since: int = 0,
    named: bool = True,
) -> bool:
    """AGREE by the subject of a clause whose second predicate commits it, or reports a
    commitment ("and stated that Japan will ...", "and that Moscow would ...")."""
    m = _AND_SECOND.match(rest)
    if m is None:
        return False
    verb = m.group("v").split()[0].lower()
    more = rest[m.start("v") - 1 :]
    told: list[Entity] = []
    if (pro := m.group("pro")) is not None:
        # "it" of one state or organisation, "they" of several
        if (pro == "they") != (len(actors) >= 2) or any(
            a.kind is EntityKind.PERSON for a in actors
        ):
            return False
        more = rest[m.end("pro") :]
        verb = more.split()[0].lower()
    if verb in _HOLLOW_FUTURE_VERBS and _HOLLOW_FUTURE.match(rest, m.end()):
        return False  # "... and will include minehunters": what it will be, no promise
    # (a date before the second predicate tells the first one's time)
    since = max(since, analysis.sentence.text.find(" and " + m.group("v").split()[0], since))
    if verb == "that":
        # (a second that-clause of what the subject said: only after a verb of saying)
        if not reported and _SAYING_START.match(rest) is None:
            return False
        inner = SIGNING_SUBJECT.match(rest, m.end() + 1)
        found = actors_in(analysis, inner.group("s")) if inner is not None else []
        if inner is None or not found or _not_speakers_side(doc, speakers, found, named):
            return False
        actors, more = found, _WOULD.sub(" will", rest[_past_aside(rest, inner.end()) :])
    elif verb == "would":
        if not reported:
            return False  # ("... and would be ...": a hypothetical, unless what was said)
        more = _WOULD.sub(" will", more)
    elif reported and verb in _SPEAKERS_OWN:
        # "stated that Japan and the Philippines are partners, and expressed her intention to
        # ...": the speaker's own second act, not the reported clause's subject's
        actors = speakers
        if _SAYING_START.match(more) is not None:
            found_told = _reported(analysis, doc, more, actors, analysis.words, named=named)
            if found_told is None:
                return False
            actors, more, told = found_told
    elif _SAYING_START.match(more) is not None or (
        # "met Zelensky and assured him that Poland would ...": the one told (session 26)
        verb in _TOLD_VERBS and _SAID_THAT.match(more) is not None
    ):
        found_told = _reported(analysis, doc, more, actors, analysis.words, named=named)
        if found_told is None:
            return False
        actors, more, told = found_told
    return _commitment(analysis, doc, more, actors, told=told, since=since)


_HOLLOW_FUTURE_VERBS = frozenset({"will", "would"})
_HOLLOW_FUTURE = re.compile(
    r"\s+(?:also\s+)?(?:include|comprise|consist|cost|last|remain|need|require|depend|decide|"
    r"take\s+place|be|have)\b"
)


# the verbs whose second predicate after a reported clause is the speaker's own act
_SPEAKERS_OWN = frozenset(
    {
        "said",
        "stated",
        "declared",
        "announced",
        "added",
        "told",
        "informed",
        "assured",
        "affirmed",
        "reaffirmed",
        "reiterated",
        "confirmed",
        "expressed",
        "offered",
        "instructed",
        "tasked",
    }
)
# a subject named by a pronoun or a description, whose resolution may be another's
_UNNAMED = frozenset({"the", "he", "she", "it", "they", "we", "his", "her", "this", "that", "a"})


def _named(analysis: Analysis, subject: str) -> bool:
    """Whether the subject's first mention names its party ("Blinken", "Russia") rather than
    a pronoun or a description coreference resolved ("He", "The minister")."""
    slot = SLOT.search(subject)
    if slot is None or subject[: slot.start()].strip().lower() in _UNNAMED:
        return False  # ("The §P0§ added ...": "The minister")
    words = analysis.mention(slot.group(0)).text.split()
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in _UNNAMED


def _reported(
    analysis: Analysis,
    doc: Doc,
    rest: str,
    actors: list[Entity],
    words: frozenset[str],
    *,
    named: bool = True,
) -> tuple[list[Entity], str, list[Entity]] | None:
    """The actors, the rest and the one told of what the subject says at the start of ``rest``
    (the actors and rest as they were, when it reports nothing); None for a clause that tells
    another side's act ("Blinken said China was ready to supply Russia": not China's word)."""
    said = _SAID_THAT.match(rest)
    if said and said.group("it") and not said.group(0).lstrip().startswith("assured"):
        said = None  # "told Papua New Guinea that it would have to ...": whose "it" is unknown
    told: list[Entity] = []
    if said and said.group("told"):
        # "Scholz told Zelenskiy that Germany would deliver ...": to the one told, when the
        # promise names no one
        told = [e for e in entities_of(analysis, said.group("told")) if e.kind in ACTOR_KINDS]
    if said and said.group("it"):
        # "Australia assured Papua New Guinea that it would ...": a state's own promise to the
        # one told (not a person's: "it" is no person)
        if any(a.kind is EntityKind.PERSON for a in actors):
            return None
        rest = _WOULD.sub(" will", rest[said.end() + 2 :])
    elif said:
        # "Mr Putin said that Russia was ready for ...": the reported clause has its own subject
        inner = SIGNING_SUBJECT.match(rest, said.end())
        if inner:
            speakers = actors
            actors = [e for e in entities_of(analysis, inner.group("s")) if e.kind in ACTOR_KINDS]
            if actors and _not_speakers_side(doc, speakers, actors, named):
                return None
            rest = rest[_past_aside(rest, inner.end()) :]
            if not actors:
                actors = speakers
            elif (
                len(speakers) == 1
                and speakers[0].kind is EntityKind.PERSON
                and _GUEST_TOLD.match(said.group(0)) is not None
                and {a.key for a in actors}
                == {(home.key if (home := state_of(doc, speakers[0])) else "")}
            ):
                # "The Russian leader assured his guest that Russia would keep supplying ...":
                # a promise made in talks, the speaker's word for their own state (session 20)
                actors = speakers
            rest = _WOULD.sub(" will", rest)
    elif (own := _said_own_future(rest, actors, words)) is not None:
        # "Israel and Turkey announced on Wednesday that they would restore ...", "Bahrain said
        # it would reopen its embassy": the subject's own promise
        if _REFUSED.match(rest, own.end()):
            return None  # "said it would not apply the sanctions and would keep ...": a refusal
            # (REJECT, see events.py), no promise
        rest = _WOULD.sub(" will", rest[own.end() :])
    elif (side := _SAID_OWN_SIDE.match(rest)) is not None and (
        all(a.kind is EntityKind.PERSON for a in actors) or _titled_state_speaker(analysis, actors)
    ):
        # "The Emir of Qatar said that his country was ready to help ...", "announced that his
        # Administration intends to ...": the speaker's own side, the speaker's word
        rest = _WOULD.sub(" will", rest[side.end() :])
    return actors, rest, told


_REFUSED = re.compile(r"\s+(?:would|will)\s+(?:not|never)\b")
# a leader told by a title after a state's name ("Japan's prime minister", "the Japanese prime
# minister"), which the mentions read as the state
_LEADER_TITLE = re.compile(
    r"\b(?:prime\s+minister|president|foreign\s+minister|chancellor|premier|king|emir|leader)\b",
    re.IGNORECASE,
)


def _titled_state_speaker(analysis: Analysis, actors: list[Entity]) -> bool:
    """Whether the one state speaking was named by its leader's title ("Japan's prime minister
    said his country was ready to ...": the leader's own side, session 26)."""
    if len(actors) != 1 or actors[0].kind is not EntityKind.STATE:
        return False
    return any(
        m.code is Code.STATE
        and actors[0] in m.entities
        and _LEADER_TITLE.search(m.text) is not None
        for m in analysis.slots.values()
    )


# the promise told to the other side of talks (what _ASSURED_GUEST reads)
_GUEST_TOLD = re.compile(
    r"\s+(?:also\s+)?(?:assured|informed|told)\s+(?:his|her|their)\s+"
    r"(?:guests?|counterparts?|visitors?|hosts?|interlocutors?)\s"
)
# the speaker's own side as the subject of what they say: "said that his country was ready to"
_SAID_OWN_SIDE = re.compile(
    rf"^\s+(?:also\s+)?(?:said|stated|declared|announced|confirmed|stressed|noted|added|"
    rf"(?:{_REAFFIRMING_VERB}))\s+(?:that\s+)?(?:his|her)\s+(?:country|[Gg]overnment|"
    r"[Aa]dministration|nation|side)(?=\s+(?:would|will|is|was|remains|remained|stands|stood|intends|plans|"
    r"has|had)\b)"
)


def _not_speakers_side(doc: Doc, speakers: list[Entity], actors: list[Entity], named: bool) -> bool:
    """Whether the parties of a reported clause are another side than the speaker's (see
    :func:`_other_side`); for a speaker a pronoun or description stands for ("He said ...",
    whom coreference may have got wrong), only when they are no side of the meeting the article
    reports either ("Putin held talks with Lukashenko. He said China would ...")."""
    if not _other_side(doc, speakers, actors):
        return False
    if named:
        return True
    keys = {s.key for s in meeting_states(doc)}
    return not keys or not all((side_of(doc, a) or a).key in keys for a in actors)


def _other_side(doc: Doc, speakers: list[Entity], actors: list[Entity]) -> bool:
    """Whether a person speaks of the act of parties none of which is their own side or
    themselves ("Blinken said China was ready to ...", "Zelensky said Russia would ..."): an
    allegation or a report of another, not a party telling its own act (ANNOTATION.md §6)."""
    if len(speakers) != 1 or speakers[0].kind not in (EntityKind.PERSON, EntityKind.STATE):
        return False
    # ("China's foreign ministry said the United States was ready to supply Taiwan": a state
    # speaks of another's act too; session 25)
    side = speakers[0] if speakers[0].kind is EntityKind.STATE else state_of(doc, speakers[0])
    if side is None or side.kind is not EntityKind.STATE:
        return False  # (the head of an organisation speaks for it and its members)
    sides = [side_of(doc, a) or a for a in actors]
    if any(s.kind is not EntityKind.STATE for s in sides):
        return False  # ("said the European Union was ready to ...": a body the state may be in)
    theirs = {a.key for a in actors} | {s.key for s in sides}
    return speakers[0].key not in theirs and side.key not in theirs


# "... reaffirmed their alliance and announced that Japan and the United States will ...": a
# second act, a joint promise of the parties the that-clause names
_ANNOUNCING = r"announced|declared|stated|confirmed|said"
_AND_ANNOUNCED = re.compile(
    rf",?\s+and\s+(?:also\s+|jointly\s+|further\s+)?(?:{_ANNOUNCING})\s+that\s+(?=(?:the\s+)?§)"
)
_ANNOUNCING_WORDS = leading_words(_ANNOUNCING)


def _announced_that(analysis: Analysis, doc: Doc, rest: str) -> None:
    for m in _AND_ANNOUNCED.finditer(rest):
        inner = SIGNING_SUBJECT.match(rest, m.end())
        actors = actors_in(analysis, inner.group("s")) if inner else []
        if inner is not None and len(actors) >= 2:
            # (a joint promise: one party's "and confirmed that the UK will provide ..." would
            # leave the one it is made to unknown)
            _commitment(analysis, doc, _WOULD.sub(" will", rest[inner.end() :]), actors)


# the subject's second verb a readiness (not after another clause: "said Kyiv had refused, and
# Moscow was ready ..." has its own subject; nor "said that if ..., and was ready")
_AND_READY = re.compile(
    r"^(?:(?!\b(?:that|which|who|if|unless|when|because|but|or|not|never)\b)[^.;,§])"
    r"{1,100}?\s+and\s+(?=(?:is|was|are|were|stands?|stood|remains?|remained)\s+"
    r"(?:also\s+|still\s+|always\s+)?(?:ready|prepared|willing)\s+(?:to|for)\b)"
)
_READY_WORDS = frozenset({"ready", "prepared", "willing"})


def _talk_partners(analysis: Analysis, talks: re.Match[str]) -> list[Entity]:
    """Who the subject of "held talks with X ... and agreed/signed ..." met."""
    return [e for e in entities_of(analysis, talks.group("with") or "") if e.kind in ACTOR_KINDS]


_NOT = re.compile(r"\b(?=n)(?:not|never|no\s+longer|n['’]t)\b", re.IGNORECASE)
_VOWED_HARM = re.compile(
    r"\s+(?:to\s+)?(?:an?\s+)?(?:(?:harsh|tough|crushing|decisive|severe|strong|forceful|firm|"
    r"resolute|swift|appropriate|proportionate)\s+)?"
    # ("said Moscow would respond": a warning of retaliation)
    r"(?:revenge|retaliat\w*|retribution|avenge|respond(?!\s+(?:positively|favou?rably)\b)|"
    r"response(?!\s+to\s+(?:the\s+|its\s+|their\s+|this\s+|§[SDOPG]\d+§['’]s?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:requests?|appeals?|calls?|proposals?|invitations?|letters?|questions?|needs?|concerns?)\b)|"
    r"punish\w*|counter-?measures)\b|"
    # "vowed that Israel would be punished", "promised that the attack would not go unanswered",
    # "warned that Kyiv will pay a heavy price": a threat, no promise to the one named (session 28)
    r"\s+that\s+(?:(?:the|this|such\s+an?)\s+[\w-]+|§[SDOPGC]\d+§|[\w-]+)\s+(?:would|will|shall|must)\s+"
    r"(?:(?:be\s+)?(?:punished|avenged)\b|pay\s+(?:an?\s+(?:heavy|high|steep|terrible)\s+price|the\s+price|dearly|for\s+(?:its|their|this|these|his|her)\s+(?:crimes?|aggression|actions?))\b|regret\b|"
    r"not\s+go\s+unanswered\b|not\s+go\s+unpunished\b)",
    re.IGNORECASE,
)
# retaliation or a stern warning, not a promise of cooperation: "will take resolute and forceful
# measures to safeguard its sovereignty", "will respond with countermeasures" (events.py makes a
# threat of those aimed at a named party)
_RETALIATION = re.compile(
    # "vowed similar measures", "promised mirror steps": a response in kind (session 26)
    r"\s+(?:to\s+)?(?:(?:take|adopt|impose|introduce|respond\s+with)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:similar|mirror|symmetrical|tit-for-tat|retaliatory|reciprocal|counter)\s+(?:measures|"
    r"steps|action|sanctions|moves)\b(?!\s+(?:to\s+(?:help|support|assist|aid|boost|strengthen|"
    r"promote|develop|expand|deepen|facilitate|ease|encourage)|for|in\s+support)\b)|"
    r"\s+(?:to\s+)?(?:take|adopt|impose|introduce|respond\s+with)\s+(?:[\w-]+\s+){0,4}?"
    # ('would take "counter-measures"'; "would take steps to protect the rights of Chinese
    # firms" after opposing a measure: a defence of its own, no cooperation; session 25)
    r"[\"“]?(?:(?:measures|steps|action)\s+to\s+(?:defend|safeguard|protect|uphold)\s+(?:(?:its|"
    r"their|our)\s+(?:(?:legitimate|lawful|own|national)\s+)*(?:rights|interests|sovereignty|"
    r"security)\b|the\s+(?:(?:legitimate|lawful)\s+)*(?:rights|interests)\s+of\s+§D\d+§)|"
    r"counter-?measures|(?:retaliatory|reciprocal)\s+(?:measures|steps|action)|"
    # "will take any further measures it deems necessary": a warning (session 28)
    r"(?:measures|steps|action)\s+(?:that\s+)?(?:it|they|we)\s+(?:deems?|considers?|finds?|judges?|"
    r"sees?)\s+(?:necessary|appropriate|fit)\b|"
    r"(?:resolute|forceful|firm|decisive|tough|stern|all\s+necessary|every\s+necessary|necessary)"
    r"\s+(?:and\s+\w+\s+)?(?:measures|steps|action)\s+(?:to\s+(?:defend|safeguard|protect|uphold)|"
    r"against|in\s+response))",
    re.IGNORECASE,
)
# one's own rights or sovereignty defended: "ready to defend its water rights", "would protect
# its sovereignty and territorial integrity" (session 25)
_OWN_DEFENCE = re.compile(
    r"\s+(?:to\s+)?(?:(?:continue|firmly|resolutely|fully)\s+(?:to\s+)?)?(?:defend|safeguard|protect|"
    r"uphold)\s+(?:its|their|our)\s+(?:(?:own|legitimate|lawful|national|water|territorial|core|"
    r"sovereign)\s+)*(?:rights|interests|sovereignty|security|territory|integrity|borders?)\b"
)
_THAT = re.compile(r"\s+that\b")
# one's own forces built up: "would strengthen its military potential", "will boost its
# military presence in the region"
_BUILD_UP = re.compile(
    r"\s+(?:to\s+)?(?:further\s+)?(?:strengthen|build\s+up|boost|increase|reinforce|bolster|"
    r"expand|beef\s+up|step\s+up)\s+(?:its|their|his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:military|defen[cs]e|nuclear|armed|missile|naval|combat)\s+(?:potential|capabilit(?:y|ies)|"
    # ("ready to strengthen its nuclear deterrent against the United States": session 25)
    r"presence|forces|grouping|posture|arsenal|strength|power|deterren(?:t|ce))\b"
    # (not "increase its enduring military presence in Poland": a promise to the host)
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:in|on|to)\s+(?:the\s+)?§)|"
    # "said it would send more troops to the border": its own border
    r"\s+(?:to\s+)?(?:send|deploy|move|dispatch|station)\s+(?:more\s+|additional\s+|extra\s+)?"
    r"(?:[\w,]+\s+){0,2}?(?:troops|soldiers|forces|units)\s+to\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+)?border\b",
    re.IGNORECASE,
)
# force to be used: "will continue to strike Ukraine", "would press on with its offensive"
_ASSAULT_ACT = re.compile(
    r"\s+(?:to\s+)?(?:(?:continue|keep|go\s+on)\s+(?:to\s+)?|press\s+on\s+with\s+)?"
    r"(?:(?:strike|attack|bomb|shell|invade|shoot\s+down|strik|attack|bomb|shell|invad)\w*\b|"
    r"(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|offensive|operation|invasion|"
    r"bombardment|shelling|assault|war)\b|"
    # "was ready to launch strikes on Kyiv", "ready to annex Essequibo" (session 25)
    r"(?:launch|carry\s+out|conduct|mount|step\s+up)\s+(?:(?:an?|new|more|further|massive|"
    r"retaliatory|pre-?emptive|military)\s+)*(?:strikes|attacks|air\s+strikes|airstrikes|"
    r"offensive|invasion|bombardment|assault|raids?)\b|"
    r"(?:annex|occup)\w*\b)",
    re.IGNORECASE,
)
# a part played at a gathering: "will open the two-day forum in Geneva", "is to chair the
# session" (a meeting told, no promise to anyone; not "ready to host the talks", an offer)
# a journey on: "will continue from Israel to Turkmenistan", "will travel on to Japan", "will then
# proceed to Hanoi" (not "will continue to support Japan": the place follows "to" at once)
_JOURNEY_ON = re.compile(
    r"\s+(?:then\s+)?(?:continue|travel|proceed|go|head|fly|move)\s+(?:on\s+)?"
    r"(?:from\s+§[SC]\d+§\s+)?(?:on\s+)?to\s+§[SC]\d+§"
)
_GATHERING_ROLE = re.compile(
    r"\s+(?:to\s+)?(?:(?:officially|formally)\s+)?(?:open|inaugurate|chair|preside\s+over|"
    r"close|address)\s+(?:the|a|an|this|next\s+\w+'s)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:summit|conference|forum|session|meeting|talks|gathering|congress|assembly|dialogue|"
    r"expo|exhibition|games|ceremony|festival)\b",
    re.IGNORECASE,
)
# pressure kept on a party: "vowed to keep up the pressure on Russia", "will maintain maximum
# pressure on Iran" (no promise to the one pressed)
_PRESSURE = re.compile(
    r"\s+(?:to\s+)?(?:keep\s+up|maintain|increase|step\s+up|ramp\s+up|ratchet\s+up|"
    r"intensify|continue|keep|raise|sustain)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?pressure\s+(?:on|against)\b"
)
# a measure against the one named: "will impose sanctions on ...", "will suspend talks with ...",
# "said it would expel two U.S. diplomats"
_HOSTILE_DECISION = re.compile(
    r",?\s+(?:(?:also|now|immediately|soon)\s+)?(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|"
    # ("decided, on 24 August, to break off ...": session 35, sanctions)
    r"on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?,?\s+)?"
    # ("decided today to adopt ...", "decided at its extraordinary meeting today to ...")
    r"(?:(?:at\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session)\s+)?"
    r"(?:today|yesterday)\s+)?(?:to\s+)?"
    r"(?:(?:impose|introduce|slap|reimpose|"
    r"tighten|announce|unveil|adopt|levy|roll\s+out)\s+(?:[\w§-]+\s+){0,5}?(?:(?:counter-?)?sanctions|tariffs|"
    r"duties|restrictions|embargo|export\s+controls|bans?)\b|(?:suspend|halt|cut\s+off|freeze|break\s+off|call\s+off|"
    # ("decided on Monday to block the EU's aid package for Ukraine": no promise to the EU)
    r"cancel|sever|downgrade|expel|recall|block|veto|obstruct|"
    # ("said it would review its cooperation with Tbilisi": a warning, no promise)
    r"review|reconsider|reassess|re-?evaluate|rethink|revisit)\s|"
    # ("said it would quit ECOWAS": a withdrawal threatened, no promise to the body; session 26)
    r"(?:quit|leave|withdraw\s+from|pull\s+out\s+of|exit)\s+(?:the\s+)?§O\d+§|"
    # ("will withdraw from the organisation next year", "said it would break diplomatic
    # relations with Israel": a withdrawal or a break, no promise to the body or the state;
    # session 30, suspensions)
    r"(?:quit|leave|withdraw\s+from|pull\s+out\s+of|exit)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bloc|organi[sz]ation|union|alliance|grouping|community|league)\b|"
    r"(?:break|sever|cut|end|terminate)(?:\s+off)?\s+(?:all\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:diplomatic\s+)?(?:relations|ties)\b|"
    # ("said it will also close its embassy in Managua", "will withdraw its ambassador from
    # Kenya": a mission closed or an envoy called home to come, no promise to the host;
    # session 31, expulsions)
    # ("will also close its airspace to Moroccan aircraft": a closure to come against them)
    r"(?:close|shut(?:\s+down)?)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:embassy|embassies|"
    r"consulates?(?:[\s-]+general)?|diplomatic\s+missions?|missions?|airspace|borders?|"
    r"ports?|border\s+crossings?)\b|"
    r"withdraw\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:ambassadors?|envoys?|diplomats|"
    r"diplomatic\s+(?:staff|personnel)|charg[ée]s?\s+d['’]affaires)\s+from\b|"
    r"(?:end|terminate)\s+(?:all\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:cooperation|trade|"
    r"contacts)\s+with\b|"
    # ("said it would end visa-free visits by Japanese citizens": a sanction to come against
    # their state, no promise of a visit; session 35, sanctions)
    r"(?:end|suspend|scrap|abolish|cancel|revoke|terminate)\s+(?:the\s+|its\s+)?visa[\s-]free\b|"
    # ("said it would submit a notice of withdrawal": a withdrawal to come, no promise)
    r"(?:submit|send|hand|deliver|deposit|file|lodge)\s+(?:[^.;]{0,60}?\s)?(?:a|an|its|the)\s+"
    r"(?:(?:formal|official|written)\s+)?(?:notice|notification)\s+of\s+(?:its\s+)?withdrawal\b|"
    # ("announced it would reduce the number of Russian diplomats it accredits", "decided to
    # deprive the ambassador of Iran of his accreditation": a measure against the envoys' state,
    # no promise to it; session 29, notes)
    r"(?:reduce|cut|limit|lower|cap|slash|halve|shrink)\s+(?:(?:the|its|their)\s+)?"
    r"(?:number|size|staff(?:ing)?|headcount|personnel)\s+(?:of\s+|at\s+)?(?:the\s+)?"
    r"(?:[\w§'’-]+\s+){0,3}?(?:diplomats|diplomatic\s+(?:staff|personnel|mission)|embassy|"
    r"embassy\s+staff|mission)\b|"
    r"(?:deprive|strip)\s+(?:the\s+)?(?:[\w§'’-]+\s+){0,5}?(?:ambassador|envoy|charg[ée]\s+"
    r"d['’]affaires|diplomats?|consul)\b[^.;]{0,60}?\bof\s+(?:his|her|their|its)\s+accreditation)"
)
# "decided to resume Syria's participation in the meetings of the League", "voted to restore
# Fiji's membership": a suspension ended by the organisation (events.py, CONCEDE 080), no
# promise to the member (session 30, suspensions)
_MEMBER_RESTORED = re.compile(
    r"\s+(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|today\s+|yesterday\s+)?(?:to\s+)?"
    r"(?:resume|restore|reinstate|readmit)\s+(?:the\s+)?§[SD]\d+§['’]s?\s+(?:full\s+)?"
    r"(?:membership|participation|seat|rights|voting\s+rights)\b"
)
# "would reduce the number of Russian diplomats" (masked "the number of §S1§"): a state's own
# measure against another's envoys, no promise to it (session 29, notes)
_ENVOYS_CUT = re.compile(
    r"\s+(?:(?:also|further|significantly|sharply|drastically)\s+)?(?:to\s+)?"
    r"(?:reduce|cut|limit|lower|cap|slash|halve|shrink)\s+(?:the\s+)?(?:number|size)\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?§[SD]\d+§"
)
_ENVOYS_WORD = re.compile(
    r"\b(?:diplomats|diplomatic\s+staff|envoys|embassy\s+staff)\b", re.IGNORECASE
)
# a grievance taken to a body or an inquiry of one's own: "said it would lodge a complaint with
# the African Union", "would bring the matter to the attention of the OAS", "will raise the issue
# with the WTO", "would investigate the attack", "will look into the reports" (no promise to the
# body told, nor to anyone: ANNOTATION.md §7)
_GRIEVANCE_OR_INQUIRY = re.compile(
    r"\s+(?:(?:also|now|immediately|soon|formally|officially|promptly|swiftly|urgently|"
    r"thoroughly|fully|independently|carefully|closely|further)\s+)?(?:to\s+)?"
    r"(?:(?:file|lodge|submit|register|launch|make|send)\s+(?:an?\s+|its\s+|their\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:complaint|protest|grievance|petition)s?\b|"
    r"(?:bring|draw|take)\s+(?:[^.;]{0,80}?\s)?to\s+the\s+attention\s+of\b|"
    r"refer\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:matter|issue|case|dispute|"
    r"incidents?|question|complaint|row)\s+to\b|"
    r"raise\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:matter|issue|case|dispute|"
    r"incidents?|question|concerns?|complaint|row)\s+(?:at|with|before|in)\b|"
    r"(?:investigate|probe|examine|study|consider|monitor|review|assess|evaluate)\b|"
    r"look\s+into\b|(?:launch|open|conduct|set\s+up|hold)\s+(?:an?\s+|its\s+own\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|enquiry|probe)\b)",
    re.IGNORECASE,
)
# a measure aimed at the one named: "will continue to use all available tools to counter the
# Wagner Group's destabilizing activities", "vowed to hold Russia accountable" (no promise to the
# one aimed at)
_AIMED_AT = re.compile(
    r"^[^.;:§]{0,80}?\b(?:(?:counter|combat|confront|deter|contain|disrupt|degrade|defeat|"
    r"punish|isolate|weaken|undermine|target)\s+(?:the\s+)?(?:(?!(?:against|on|to|for|of|from|in|with|"
    r"by)\b)[\w-]+\s+){0,2}?§[SOGP]\d+§|hold\s+(?:the\s+)?§[SOGP]\d+§(?:['’]s?)?"
    r"(?:\s+[\w-]+){0,2}?\s+accountable\b)"
)
# a penalty vowed to the one named, by one party or several: "will continue to impose costs on
# Iran", "pledged to make Russia pay", "vowed to hold North Korea accountable" (a threat,
# events.py; no promise of cooperation)
_PENALTY = re.compile(
    r"^\s+(?:(?:[\w§]+\s+){0,2}?to\s+)?(?:also\s+)?(?:continue\s+to\s+)?(?:impose\s+(?:[\w-]+\s+){0,2}?costs\s+"
    r"(?:on|upon)\s+(?:the\s+)?§[SOGPD]\d+§|make\s+(?:the\s+)?§[SOGPD]\d+§\s+pay\b|"
    r"hold\s+(?:the\s+)?§[SOGPD]\d+§(?:['’]s?)?(?:\s+[\w-]+){0,2}?\s+accountable\b)"
)
# a gathering to be attended: "will take part in the VII Summit of CELAC", "plans to participate
# in the next G20 Leaders' Summit", "will join the talks in Doha" (a plan to attend, no promise;
# not "will take part in the reconstruction of Ukraine", nor "will join forces")
_ATTENDANCE = re.compile(
    r"^\s+(?:to\s+)?(?:also\s+|personally\s+|then\s+|later\s+)*"
    # "will then travel to Samarkand to attend the meeting of ...": a trip to a gathering
    r"(?:(?:travel|go|fly|head|come|leave|depart)\s+(?:(?!to\b)[\w§'’.-]+\s+){0,3}?(?:to|for)\s+"
    r"(?:the\s+)?§[A-Z]\d+§\s+(?:(?:on|next)\s+[\w§]+\s+)?to\s+(?:also\s+|personally\s+)?)?"
    r"(?:(?:take\s+part|participate|join|attend)\s+(?:in\s+)?"
    r"(?:the|an?|this|next|its|their|his|her|these)\s+(?:(?!and\b|to\b)[\w§'’.-]+\s+){0,5}?"
    r"(?:summit|meeting|talks|session|conference|forum|ceremony|ceremonies|celebrations?|"
    r"parade|commemorations?|congress|assembly|gathering|festivities|games|Olympics|funeral|"
    r"inauguration)s?\b|"
    # "will take part in the VII Summit of the Community of Latin American and Caribbean
    # States": a gathering the masking took whole
    r"(?:take\s+part|participate|attend)\s+(?:in\s+)?(?:the\s+)?§[A-Z]\d+§(?=\s*[.,;(]|\s*$|"
    r"\s+(?:in|on|at)\b))",
    re.IGNORECASE,
)
# "will remain a member of the Commonwealth", "will stay in the Commonwealth"
_STAYS_MEMBER = re.compile(
    r"\s+(?:remain|stay|continue\s+to\s+be)\s+(?:an?\s+(?:[\w-]+\s+)?members?\s+of|in|within|"
    r"part\s+of)\s+(?:the\s+)?§O\d+§"
)
_ATTENDING_VERBS = frozenset({"will", "shall", "plan", "plans", "intend", "intends"})
# what is promised is to join: "reaffirmed Armenia's interest in becoming a full member of the
# EAEU", "is ready to join the SCO", "commitment to EU membership" (candidature or accession
# talk, ANNOTATION.md §7; not "join forces", nor "agreed to admit Timor-Leste": a decision)
_ACCESSION = re.compile(
    r"\s+(?:[^\s.;]+\s+){0,6}?(?:becom(?:e|es|ing)\s+(?:an?\s+)?(?:full(?:-fledged)?\s+|"
    r"permanent\s+|associate\s+)?(?:member|party|observer|partner\s+(?:country|state|nation))\b|"
    r"join(?:s|ed|ing)?\s+(?!forces\b|efforts\b|hands\b)|accede|accession|membership)"
)
# what was achieved, not what is promised ("highlighted a number of achievements with respect to
# ..., cooperation on ...", "noted the progress in cooperation")
_ACHIEVEMENTS = re.compile(
    r"\s+(?:(?:a|the|their|its)\s+)?(?:(?:number|series|range)\s+of\s+)?(?:[\w-]+\s+)?"
    r"(?:achievements|progress|results|successes|accomplishments|milestones|outcomes)\b"
)


# a joint promise to work with a third party or to help it: "work together with ASEAN",
# "cooperate closely with the African Union", "pledged to continue supporting Ukraine"
_JOINT_PROMISE_TO = re.compile(
    # ("reaffirm our commitment to support Ukraine": the promise a commitment noun names)
    r"^\s+(?:(?:our|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:commitment|determination|resolve|"
    r"readiness|willingness)\s+)?"
    r"(?:to\s+)?(?:continue\s+(?:to\s+)?|keep\s+)?(?:(?:work|cooperate|partner|engage|"
    r"coordinate)\s+(?:(?:closely|together|jointly)\s+){0,2}with|"
    # ("committed to continue providing Ukraine with the assistance it needs")
    r"provid(?:e|ing)(?=\s+(?:the\s+)?§[SO]\d+§\s+with\b)|"
    r"(?:support|help|assist|back|aid)(?:ing)?|stand(?:ing)?\s+(?:by|with))\s+(?:the\s+)?"
    rf"(?P<g>{ACTORS})"
)


# a joint promise of support for a third party: "vowed to keep up military, economic and
# humanitarian support for Kyiv", "pledged their continued support to Ukraine"
_SUPPORT_PROMISED_TO = re.compile(
    r"^[^.;:§]{0,80}?\b(?:support|backing|assistance|aid)\s+(?:for|to)\s+(?:the\s+)?"
    rf"(?P<g>{ACTORS})(?!['’])"
)


# a joint commitment to a party itself: "reaffirmed their commitment to the NATO Alliance" (not
# "to NATO's open-door policy", "to the NATO summit's goals")
_COMMITTED_TO_PARTY = re.compile(
    r"^\s+(?:our|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:commitment|dedication|attachment)\s+to\s+"
    r"(?:the\s+)?(?P<g>§[SO]\d+§)(?:\s+(?:[Aa]lliance|[Aa]llies|bloc))?(?=\s*(?:[,;.]|and\s|$))"
)


# a joint promise about relations with a third party, or restrictions on it: "Saudi Arabia, the
# UAE, Bahrain and Egypt agreed to restore full relations with Qatar", "agreed to normalise ties
# with Israel", "committed to lifting the restrictions on arms exports to Türkiye": to that party
# (as one actor's is; not "with China's help"; session 42)
_RELATIONS_PROMISED_WITH = re.compile(
    r"^\s+(?:to\s+)?(?:(?:also|fully|formally|gradually|soon)\s+)?(?:(?:restor(?:e[sd]?|ing)|"
    r"normali[sz](?:e[sd]?|ing)|resum(?:e[sd]?|ing)|(?:re-?)?establish(?:es|ed|ing)?|"
    r"upgrad(?:e[sd]?|ing))\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:relations|ties|relationship)\s+with|lift(?:ing)?\s+(?:the\s+|their\s+|all\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:restrictions|sanctions|embargo|ban)\s+(?:on\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:to|on|against))\s+(?:the\s+)?"
    rf"(?P<g>{ACTORS})(?!['’])"
)


# a joint pledge of a sum to a third party: "have pledged an initial $8.5 billion to support
# South Africa's transition", "committed $50 million in aid to Ukraine"
_SUM_PROMISED_TO = re.compile(
    r"^[^.;:§]{0,40}?§M\d+§[^.;:§]{0,60}?\b(?:to|for)\s+(?:(?:help|support|assist)\s+)?"
    rf"(?:the\s+)?(?P<g>{ACTORS})"
)


# (the last word of the verb: "has put forward")
_PRESENTING_VERBS = frozenset(
    {"presented", "forward", "unveiled", "proposed", "submitted", "outlined"}
)


# the speaker who closes a sentence: ", Foreign Minister Ahmed Attaf announced."
_CLOSING_SPEAKER = re.compile(
    r",\s+(?:(?:the|a)\s+)?§[PSOG]\d+§(?:['’]s)?(?:\s+[a-z]+){0,3}\s+"
    r"(?:said|says|announced|stated|added|confirmed|told\s+(?:reporters|journalists))"
    # "..., Defence Minister X announced today during a visit to Vilnius." (session 32): a day
    # and a setting after the verb
    r"(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+))?"
    r"(?:\s+(?:during|at|after|in|while|on)\s+(?:[^,;§]|§[CL]\d+§){1,60}?)?\s*[.!]?\s*$"
)


# a condition on the promise: "would help Havana if asked", "will send troops unless ..."
# (not "even if", nor "as if")
_CONDITION = re.compile(
    r"^[^.;]*?(?<!\beven)(?<!\bas)\s+(?:if|unless|provided\s+that|on\s+condition\s+that|"
    # "will decide on the matter only once an inclusive government has been formed"
    r"only\s+(?:once|when|after))\b"
)
_CONDITION_WORDS = frozenset({"if", "unless", "provided", "condition", "only"})
# (a future or a readiness; not an agreement made: "agreed to establish a centre if the truce
# holds")
_CONDITIONAL_VERBS = frozenset(
    {"will", "shall", "is", "are", "was", "were", "stands", "stand", "stood", "remains", "remain"}
    | {"want", "wants", "wanted"}  # (session 28)
)


# help offered to a process, talks or dialogue named by its noun alone
_HELP_PROCESS = re.compile(
    r"^\s*(?:to\s+)?(?:assist|help|facilitate|support|contribute\s+to|promote)\b(?=\s+(?:the|this)\s)"
)


# an office or chair held for a term: "will hold it until the next meeting, to be hosted by
# Samoa", "will keep the presidency until June": a tenure, no promise to anyone (session 40b)
_HELD_UNTIL = re.compile(
    r"\s*(?:will|would)\s+(?:hold|keep|retain)\s+(?:it|(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:chair\w*|presidency|role|post|office|seat))\s+until\b"
)


def _commitment(
    analysis: Analysis,
    doc: Doc,
    rest: str,
    actors: list[Entity],
    *,
    told: Sequence[Entity] = (),
    document: tuple[list[Entity], TimeValue | None] | None = None,
    since: int = 0,
) -> bool:
    """AGREE by the actors of what ``rest`` (the masked text after them) says they commit to;
    ``document`` is the parties and date of an agreement the sentence names that lays it down
    ("the agreement reached on July 10, under which Türkiye will ...")."""
    if " that " in rest[:60] and (pledged := _PLEDGED_THAT.match(rest)) is not None:
        # "Serbia committed that it will not object to Kosovo's membership ...": a promise told
        # as a clause of the promiser's own future, read as "pledged (not) to ..." (the offsets
        # kept; "it" of one state or organisation, "they" of several; session 30)
        pro = pledged.group("pro")
        if (pro == "it") == (len(actors) == 1) and all(
            a.kind is not EntityKind.PERSON for a in actors
        ):
            said = " pledged not to " if pledged.group("not") else " pledged to "
            rest = " " * (pledged.end() - len(said)) + said + rest[pledged.end() :]
    if (closing := _CLOSING_SPEAKER.search(rest)) is not None:
        # "..., offered to mediate between X and Y, Foreign Minister Z announced.": the speaker
        # closing the sentence is no recipient (blanked, the offsets kept; session 31)
        rest = rest[: closing.start()] + " " * (closing.end() - closing.start())
    refrain = _PROMISED_NOT.match(rest) if " not " in rest[:60] else None
    if refrain is not None:
        # "pledged not to provide support to ...", "undertook not to attack ...": a promise to
        # refrain is a promise (the "not" blanked, its own length kept for the offsets)
        rest = rest[: refrain.start("not")] + "   " + rest[refrain.end("not") :]
    m = _AGREE_VERBS.match(rest)
    if not m or _HELD_UNTIL.match(rest):
        return False
    verb = m.group("v").lower().split()[0]
    tail = rest[m.end() :]
    window = rest[: m.end() + 40]
    if _NOT.search(window):
        return False
    if doc.finder.ctx.issuers and _RAISED_VERB.search(m.group("v")):
        return False  # a joint statement "elevating" relations: the statement itself tells it
        # (its adoption, SUPPORT 057), no AGREE of its own (session 35)
    if (
        _RAISED_VERB.search(m.group("v"))
        and doc.article.date is not None
        and any(int(year) < doc.article.date.year for year in _IN_YEAR.findall(tail))
    ):
        return False  # "elevated their ties to a Strategic Partnership in 2011": background
    if refrain is not None:
        return _refrain(analysis, doc, rest, tail, actors, since=since)
    under = (
        _UNDER_DOCUMENT.match(analysis.masked)
        if analysis.masked.startswith(_UNDER_DOCUMENT_STARTS)
        else None
    )
    if under is not None and _IN_PREPARATION.search(under.group(0)):
        return False  # "Under the draft agreement, Armenia is to ...": not yet committed to
    if (
        verb == "will"
        and analysis.masked.startswith("Under")
        and (grant := _GRANT_OF_SOIL.match(tail)) is not None
        and (grant.group("open") is not None or _FORCES.search(_slot_on(analysis, grant)))
    ):
        return False  # "Under the pact, Greece will allow French troops to train on its soil":
        # a Permission (economy.py), no AGREE
    if verb in _AIMING_VERBS and _TRADE_TARGET.match(tail):
        return False  # "Ankara and Addis Ababa aim to raise it to $1 billion": a trade target,
        # no pledge of money (session 28)
    if (
        "discuss" in tail[:40]
        and _READY_WORD.search(m.group("v"))
        and _TALK_OF_TALKS.match(tail)
        and not _WITH_PARTY.search(_CLAUSE_END.split(tail)[0])
    ):
        return False  # "We are also ready to continue discussing the pipeline project": more
        # talk of a topic with no one named (ANNOTATION.md §5, "discussed X"; session 30)
    if m.group("isto") is not None and under is None and document is None:
        return False  # "Qatar is to supply ...": a plan told, unless a document lays it down
    if m.group("instructed") is not None and len(actors) < 2:
        return False  # "Putin instructed the government to ...": an order at home, no promise
    if _ASSAULT_ACT.match(tail):
        return False  # "will continue to strike Ukraine": force, no promise to the one struck
    if _JOURNEY_ON.match(tail):
        return False  # "will continue from Israel to Turkmenistan": a journey, no promise
    if _GATHERING_ROLE.match(tail):
        return False  # "will open the three-day conference": a meeting's part, no promise
    if mission_planned(verb, tail):
        return False  # "intends to open embassies in Vanuatu and Kiribati", "will seek to open
        # an embassy": a mission planned, no promise to its host (pledges.py; session 41)
    if len(actors) == 1 and _BUILD_UP.match(tail):
        return False  # "said Russia would strengthen its military potential in the west": a
        # build-up of one's own forces, no promise to anyone
    if _VOWED_HARM.match(tail) or _RETALIATION.match(tail) or _PRESSURE.match(tail):
        return False  # "vowed revenge against Israel": a threat (events.py), no promise to Israel
    if len(actors) == 1 and not verb.startswith("agree") and _OWN_DEFENCE.match(tail):
        return False  # "is ready to defend its water rights against Ethiopia", "will protect its
        # sovereignty": a stance of one's own, no promise to anyone (session 25)
    if _PENALTY.match(tail):
        return False  # "pledged to hold North Korea accountable": a threat (events.py)
    if len(actors) == 1 and not verb.startswith("agree") and _GRIEVANCE_OR_INQUIRY.match(tail):
        return False  # "said it would lodge a complaint with the UN", "would investigate the
        # attack": a grievance taken to a body or an inquiry of one's own, no promise to anyone
    if len(actors) == 1 and _AIMED_AT.match(tail):
        return False  # "will use all available tools to counter the Wagner Group's ...": a
        # measure against the one named, no promise to it
    if not verb.startswith("agree") and (
        (_HOSTILE_DECISION.match(tail) and not _HALTED_FIGHTING.match(tail))
        or (_ENVOYS_CUT.match(tail) and _ENVOYS_WORD.search(analysis.sentence.text))
    ):
        return False  # "announced that it will impose sanctions on Belarus": a sanction
        # (events.py), no promise to Belarus
    if _MEMBER_RESTORED.match(tail):
        return False  # "decided to resume Syria's participation": a concession (events.py)
    if (
        verb in _SOFT_VERBS
        and len(actors) == 1
        and (intent := _INTENT_OF.match(tail)) is not None
        and (owner := _intent_owner(analysis, doc, intent.group("g"))) is not None
        and owner.key not in {a.key for a in actors}
    ):
        # "Biden highlighted the intent of the U.S. International Development Finance Corporation
        # to provide up to $553 million": the body's (its state's) promise, not the speaker's to
        # the body (session 28)
        return _commitment(
            analysis,
            doc,
            " " * max(1, intent.end() - 11) + "intends to " + tail[intent.end() :],
            [owner],
        )
    if verb in _SOFT_VERBS and not (_COMMITMENT_NOUN.match(tail) or _AND_COMMITMENT.match(tail)):
        return False
    if verb in _SOFT_VERBS and _CONCERN.match(tail):
        return False  # "voiced concern about the intention of North Korea to ...": an ACCUSE
    if verb in _SOFT_VERBS and _ACHIEVEMENTS.match(tail):
        return False  # (nor "highlighted a number of achievements ... in cooperation on ...")
    if verb in _SOFT_VERBS and (theirs := _THEIR_COMMITMENT.match(tail)) is not None:
        own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
        if not {e.key for e in entities_of(analysis, theirs.group("g"))} & own:
            return False  # "reaffirmed ..., and the Philippines' commitment to ...": not theirs
    if (joining := _ACCESSION.match(tail)) is not None and not _others_named(
        analysis, doc, joining.group(0), actors
    ):
        # "reaffirmed Serbia's interest in joining the EU": accession talk (§7); not "pledged to
        # support Vietnam's bid for membership of the Council", a promise to Vietnam
        return False
    if verb in {"will", "shall"} and _STAYS_MEMBER.match(tail):
        return False  # "Barbados will remain a member of the Commonwealth": a membership held
        # (relations.py), no promise to the organisation
    if verb in _ATTENDING_VERBS and _ATTENDANCE.match(tail):
        return False
    if _LEAD_IN.match(tail):
        return False  # "The Parties commit to take the following actions:": the list says what
    if _THAT.match(tail) and verb.startswith(("agree", "reach", "have", "has")):
        return False  # "agreed that ...", "reached consensus that ..." state a shared view
    if verb != "announced" and HYPOTHETICAL.search(rest[: m.end()]):
        return False  # ("announced it would send ...": a promise reported, not a condition)
    if (
        verb in _CONDITIONAL_VERBS
        and not _CONDITION_WORDS.isdisjoint(analysis.words)
        and _CONDITION.match(_CLAUSE_END.split(tail)[0])
    ):
        return False  # "would help Havana if asked": a hypothetical (ANNOTATION.md §7)
    own = {s.key for a in actors if (s := state_of(doc, a)) is not None}
    named = commitment_recipient(analysis, tail, actors, own) if len(actors) == 1 else []
    unaddressed = False
    if _AID_TO.match(tail) and any(e.is_linked and e.kind is not EntityKind.PERSON for e in named):
        # "The Republic of Korea will provide $2.3 billion ... to Ukraine": the one named, not the
        # statement's other issuers
        recipients = named
    elif unaddressed := bare_dialogue(tail):
        recipients = []  # "reaffirmed that Russia remained open to dialogue" in a call: open to
        # it with no one named, not with the caller (pledges.py; session 41)
    else:
        recipients = _others(doc, actors) or named
    recipients = [r for r in recipients if r.key not in own]
    # ("Xi announced that China will provide vaccines to Africa, as he delivered a speech": not
    # to the speaker, a person of the promising state; session 41)
    recipients = without_own_people(doc, recipients, own | {a.key for a in actors})
    if (
        not recipients
        and actors
        and (
            under is not None
            or (" part" in analysis.masked and _FOR_ITS_PART.search(analysis.masked))
        )
    ):
        # "Under the memorandum, India will build a terminal", "Egypt, for its part, undertakes
        # to ...", "Finland and Sweden, for their part, agreed to ...": to the other parties of
        # the document told last, when the actors are some of them
        recipients = _document_partners(doc, actors, own)
    if not recipients and document is not None:
        # ("..., under which Sweden would amend ...": the agreement's other parties, those
        # the sentence names, else those of the document told last)
        keys = {a.key for a in actors} | own
        recipients = [p for p in document[0] if p.key not in keys] or _document_partners(
            doc, actors, own
        )
    if (
        not recipients
        and len(actors) >= 2
        and (
            (partner := _JOINT_PROMISE_TO.match(tail))
            or (partner := _SUPPORT_PROMISED_TO.match(tail))
            or ("§M" in tail[:60] and (partner := _SUM_PROMISED_TO.match(tail)))
            or (partner := _COMMITTED_TO_PARTY.match(tail))
            or (partner := _RELATIONS_PROMISED_WITH.match(tail))
        )
    ):
        # "We will work together with ASEAN to ...": a joint promise to the party named
        recipients = [
            e
            for e in entities_of(analysis, partner.group("g"))
            if e.kind in ACTOR_KINDS and e.key not in {a.key for a in actors} | own
        ]
    pairs = [
        g
        for g in _GROUP_SLOT.findall(_CLAUSE_END.split(tail[:100])[0])
        if _BOTH_PARTIES.fullmatch(analysis.mention(g).text)
    ]
    if len(actors) == 1 and pairs:
        recipients = _third_parties(doc, actors, entities_of(analysis, pairs[0]))
    presented = m.group("v").lower().split()[-1] in _PRESENTING_VERBS
    code = "039" if presented else agree_cameo(tail)
    if "staff-level" in m.group("v"):
        # "Ghana and the IMF reached a staff-level agreement on a $3 billion programme": terms
        # agreed with the lender (030); the aid is the board's approval (session 32, pledges)
        code = "030"
    if not recipients and len(actors) >= 2 and code in {"033", "0334"}:
        # "Benin, Chad and Bangladesh have pledged personnel for the mission to Haiti": aid
        # promised together goes to the party its object names (session 28)
        recipients = [
            e
            for e in commitment_recipient(analysis, tail, actors, own)
            if e.kind is EntityKind.STATE
            and e.is_linked
            and any(_SENT_TO.search(tail, 0, at) for at in _slots_of(analysis, tail, e))
        ]
    group: list[Entity] = []
    if len(actors) == 1 and not any(e.is_linked and e.kind is not EntityKind.PERSON for e in named):
        # "India said it would provide vaccines worth $7.5 million to Indo-Pacific countries":
        # the group its own clause names, not the leaders it met (beneficiaries.py; session 43)
        own_end = _OWN_CLAUSE_END.search(tail)
        group = group_of_states(
            tail[: own_end.start()] if own_end else tail[:200], code in {"031", "033"}
        )
        if group:
            recipients = group
    if plan_for_no_one(
        verb,
        tail,
        _OWN_CLAUSE_END.split(tail)[0],
        named or group,
        len(actors) == 1
        and actors[0].kind is not EntityKind.ORGANIZATION
        and not _others(doc, actors),  # (in a joint text, told to the other issuers)
    ):
        return False  # "The Czech Republic plans to end its imports of Russian crude oil": a
        # plan of its own, told to no one (beneficiaries.py; session 43)
    if code == "0356" and verb == "agreed" and CEASEFIRE_AGREED.match(tail):
        return True  # "agreed on a ceasefire": concluded, the parties' RETREAT 0871 (events.py)
    retreat = (
        _AGREED_DONE.search(m.group("v")) is not None and _DISARM.match(tail) is not None
    )  # "agreed to disarm and disband": the force demobilises (RETREAT 0873; session 29)
    if code == "039" and "§C" in tail and (rulers := _RULERS_IN.search(tail[:120])) is not None:
        # "offered to mediate between the military authorities in Niamey and ECOWAS": the state
        # whose capital the rulers sit in is a side (session 35)
        recipients = [*_capital_states(analysis, doc, rulers.group("c")), *recipients]
    if (
        len(actors) == 1
        and not unaddressed
        and not group
        and (not recipients or (code == "039" and not _BETWEEN.search(tail[:120])))
    ):
        # an offer to mediate made at a meeting is made to the other side ("... was ready to
        # help in the search for a settlement of the conflict in Ukraine", to Putin)
        recipients = [r for r in _counterparts(doc, actors[0], tail) if r.key not in own] or (
            recipients
        )
    if not recipients and len(actors) == 1 and "§C" in tail:
        recipients = [r for r in _mission_host(analysis, doc, tail) if r.key not in own]
    if not recipients and len(actors) == 1 and _PROVIDING_IN_RETURN.match(tail):
        recipients = _promised_by(doc, actors[0])
    if not recipients and "§M" in tail[:80]:
        # "Under the Just Energy Transition Partnership with South Africa, the United States ...
        # have pledged $8.5 billion": to the state the programme is with
        recipients = programme_partner(analysis, analysis.masked, actors)
    if m.group("informed") is not None:
        # ("informed President Ruto of his intention to ...": the one told, when the intent
        # names no one)
        told = [*told, *actors_in(analysis, m.group("informed"))]
    if told and recipients and all(r.kind is EntityKind.STATE and not r.qid for r in recipients):
        # "assured President Tshisekedi that Kenya would support peace in eastern Congo": a
        # state the KB cannot tell apart (the two Congos) gives way to the one told (session 26)
        recipients = []
    if not recipients and told:
        keys = {a.key for a in actors} | own
        recipients = [side for e in told if (side := side_of(doc, e) or e).key not in keys]
    if code == "032" and not _OWNED_BID.match(tail):
        # "Bolivia applied to join BRICS. Moscow would support the application": the applicant
        keys = {a.key for a in actors} | own
        recipients = [e for e in _applicants(analysis, doc) if e.key not in keys] or recipients
    if len(actors) == 1 and (helped := _HELP_PROCESS.match(tail)) is not None:
        # "Moscow was ready to assist the process" after "Türkiye and Armenia held talks": the
        # parties of the process told before (their states, for a state's offer)
        parties = acts.agents_of(doc, analysis, tail[helped.end() :], actors)
        if parties:
            if actors[0].kind is not EntityKind.PERSON:
                parties = list(
                    {(side_of(doc, e) or e).key: side_of(doc, e) or e for e in parties}.values()
                )
            recipients = [e for e in parties if e.key not in own]
    if not recipients and len(actors) == 1 and code in {"031", "033"}:
        # (one party's pledge: a joint one has no recipient, ANNOTATION.md §6; "agreed to
        # expand investment in Africa" names no sum either)
        recipients = _group_recipient(analysis, tail)
    if not recipients and len(actors) == 1 and code == "031":
        recipients = [
            r for r in _goods_of(analysis, tail) if r.key not in {a.key for a in actors} | own
        ]
    if not recipients and _SET_GOAL.search(m.group("v")):
        return False  # "Serbia has set a goal of 10 billion euros in foreign investment": a
        # target of its own, promised to no one (session 33)
    args = (
        event_args("RETREAT", "0873", actors, recipients)
        if retreat
        else event_args("AGREE", code, actors, recipients)
    )
    # (not the sum of a later clause: "agreed to expand cooperation on vaccine manufacturing,
    # and the President announced that the United States would invest $25 million")
    own_clause = _OWN_CLAUSE_END.search(tail)
    args.update(money_args(analysis, tail[: own_clause.start()] if own_clause else tail))
    when = document[1] if document is not None else None
    when = when or statement_date(analysis, doc, actors, since=since)
    if when is None and re.match(r"(?:have\s+|has\s+)?concluded\s", m.group("v")):
        # "concluded negotiations for a trade agreement on Tuesday": the day they ended, not
        # the negotiations' own date (which statement_date leaves to the talks)
        when = next(
            (d.value for d in analysis.dates if d.end_value is None and not d.planned), None
        )
    if when is None and under is not None and (told_in := _document_told(doc, actors, own)):
        # "Under the agreement, India will ...": a commitment the signing made, on its day
        when = next((d for d in told_in.get("date") if isinstance(d, TimeValue)), None)
    if when is not None and (code == "0356" or retreat) and starts_from(analysis, when):
        # "committed to suspend offensive operations against each other from August 3": the
        # day the truce takes effect from (session 29)
        args["startDate"] = [when]
    elif when is not None:
        args["date"] = [when]
    city = _AGREED_IN_CITY.search(m.group("v")) if verb.startswith("agree") else None
    if city is not None and (place := analysis.mention(city.group("c")).entity) is not None:
        args["place"] = [place]  # "agreed at a meeting in Nairobi in June to ..." (session 33)
    future = verb in {"will", "shall", "intends", "intend", "plans", "plan", "aims", "aim"} or (
        m.group("isto") is not None
    )
    doc.add(FactClass.EVENT, args, analysis, 0.7, Status.FUTURE if future else Status.ASSERTED)
    return True


# what a state commits to provide for another's commitment to it, told with no partner: "Lithuania
# has committed to providing the barracks and training grounds by 2026" after "Germany is prepared
# to station a brigade in Lithuania" (session 33)
_PROVIDING_IN_RETURN = re.compile(
    r"^\s*(?:to\s+)?(?:(?:also|fully|jointly)\s+)?(?:provid|build|construct|financ|fund|host|"
    r"supply|prepar|make\s+available|cover|bear)\w*\s+(?:the\s+|all\s+|its\s+|necessary\s+)?"
    r"(?![^.;§]{0,60}§[SOG])[a-z]"
)


def _promised_by(doc: Doc, actor: Entity) -> list[Entity]:
    """The one state whose AGREE the sentence just before told as made to ``actor`` (a state),
    the partner of what ``actor`` commits to in return; none otherwise."""
    previous = doc.previous
    if previous is None or actor.kind is not EntityKind.STATE:
        return []
    for fact in reversed(doc.facts):
        if fact.cls is not FactClass.EVENT or not fact.evidence:
            continue
        if fact.evidence[0].in_title or fact.evidence[0].begin > previous.sentence.begin:
            continue  # (the sentence's own facts, or the headline's)
        if fact.evidence[0].begin < previous.sentence.begin:
            return []
        if not any(isinstance(t, Concept) and t.name == "AGREE" for t in fact.get("eventType")):
            continue
        received = [r.key for r in fact.get("recipient") if isinstance(r, Entity)]
        givers = [a for a in fact.get("actor") if isinstance(a, Entity)]
        if received == [actor.key] and len(givers) == 1 and givers[0].kind is EntityKind.STATE:
            return givers
    return []


# a group of states or bodies the KB has no entity for, as where a sum or doses go to: "will
# provide $500 million to Pacific island nations", "ready to channel $5 billion to African
# countries", "to invest no less than $10 billion in Africa", "$2 billion in credit lines to
# African financial institutions" (session 32, pledges). Kept as written, unlinked: never a
# state of the region, nor the person who announced it
_GROUP_NAMES = (
    r"(?:(?:African|Pacific|Caribbean|Latin\s+American|Central\s+American|Arab|Asian|"
    r"Central\s+Asian|Southeast\s+Asian|South\s+Asian|Balkan|Sahel|Sahelian|developing|"
    r"low-income|poor|poorer|least\s+developed)\s+(?:island\s+)?(?:countries|nations|states|"
    r"economies|governments|financial\s+institutions|banks)|Pacific\s+(?:island\s+)?"
    r"(?:countries|nations|states)|Africa|Latin\s+America|Central\s+Asia|Southeast\s+Asia|"
    r"South\s+Asia|the\s+Sahel|Sahel|the\s+Caribbean|the\s+Pacific|the\s+Global\s+South|"
    r"Global\s+South)(?!\s*§|[\w-])"
)
_GROUP_RECIPIENT = re.compile(
    r"(?:§M\d+§|\b(?:doses|vaccines))(?:\s+(?!(?:to|into|for)\b)[\w-]+){0,4}?\s+"
    rf"(?:to|in|into|for)\s+(?:(?:help|support|assist)\s+)?(?:the\s+)?(?P<g>{_GROUP_NAMES})"
)
# a target of one party's own trade or investment with such a group, its sum after it: "will
# strive to make its imports from Africa reach $300 billion", "aims to raise its investment in
# Africa to $100 billion" (the group the target is towards; session 33)
_GROUP_OF_TARGET = re.compile(
    r"\b(?:its|their|our)\s+(?:(?:total|annual|direct|overall|agricultural)\s+)?"
    r"(?:imports|purchases|investments?|exports)\s+(?:from|in|into|to)\s+(?:the\s+)?"
    rf"(?P<g>{_GROUP_NAMES})(?=[^.;§]{{0,40}}§M\d+§)"
)


def _group_recipient(analysis: Analysis, tail: str) -> list[Entity]:
    """The unlinked group a pledge's money or goods go to, in its own clause (see
    ``_GROUP_RECIPIENT``); none when the sentence names no such group."""
    own_clause = _OWN_CLAUSE_END.search(tail)
    clause = tail[: own_clause.start()] if own_clause else tail[:200]
    m = _GROUP_RECIPIENT.search(clause) or _GROUP_OF_TARGET.search(clause)
    if m is None or analysis.hypothetical:
        return []
    name = re.sub(r"^the\s+", "", " ".join(m.group("g").split()))
    return [Entity.unlinked(name, EntityKind.OTHER)]


# the verb of a target set ("has set a goal of"; see _AGREE_VERBS)
_SET_GOAL = re.compile(r"\bset\s")


# the state whose goods a purchase promised buys, by its demonym: "promised to buy an extra
# $200 billion of American goods", "will import more Vietnamese farm products" (session 33)
_DEMONYM_GOODS = re.compile(
    r"^[^.;]{0,40}?\b(?:buy|purchase|import)\w*\b[^.;]{0,50}?(?P<d>§D\d+§)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:goods|products|exports|produce|commodities)\b"
)


def _goods_of(analysis: Analysis, tail: str) -> list[Entity]:
    """The linked state whose goods a promise buys (see ``_DEMONYM_GOODS``), else none."""
    m = _DEMONYM_GOODS.match(tail)
    return [] if m is None else _demonym_state(analysis, m.group("d"))


# another party's intent a speaker tells of: "the intent of the U.S. International Development
# Finance Corporation to provide ...", "the plans of Japan to build ..."
_INTENT_OF = re.compile(
    r"^\s+(?:the\s+)?(?:(?:stated|announced|declared|firm)\s+)?(?:intent|intention|plans?|"
    r"readiness|willingness|decision|commitment)\s+of\s+(?:the\s+)?(?P<g>§[SOG]\d+§)\s+to\s+"
    r"(?=[a-z])"
)
# a state's body by the state named before it ("U.S. International Development Finance
# Corporation", "Japan Bank for International Cooperation")
_STATE_BODY_PREFIX = re.compile(
    r"^(?:[Tt]he\s+)?(?P<s>U\.S\.|US|[A-Z][a-z]+)\s+(?:[A-Z][\w-]*\s+|(?:for|of|and)\s+){0,6}?"
    r"(?:Corporation|Agency|Administration|Bank|Fund|Authority)\b"
)


def _intent_owner(analysis: Analysis, doc: Doc, slot: str) -> Entity | None:
    """The party whose intent a slot names: a state, an organisation, or the state of a body
    named by its state ("the U.S. International Development Finance Corporation")."""
    found = [e for e in entities_of(analysis, slot) if e.kind is not EntityKind.PERSON]
    if len(found) != 1:
        return None
    owner = found[0]
    if owner.qid is not None:
        return owner
    if (body := state_body(doc, owner)) is not None:
        return body
    if (named := _STATE_BODY_PREFIX.match(owner.label)) is not None:
        word = named.group("s")
        state = (
            doc.kb.resolve("United States", (EntityKind.STATE,))
            if word in {"U.S.", "US"}
            else doc.kb.demonym_of(word) or doc.kb.resolve(word, (EntityKind.STATE,))
        )
        if state is not None:
            return entity_of(state)
    return owner


# a party right after "to" ("send air defence systems to Ukraine", "the mission to Haiti"; not
# "to the people of Myanmar", "to counter Russian disinformation in Moldova")
# (or the force or mission there: "pledged to contribute troops to the force in Somalia";
# session 32)
_SENT_TO = re.compile(r"\b(?:to|(?:force|mission|operation)\s+in)\s+(?:the\s+)?$")


def _slots_of(analysis: Analysis, text: str, entity: Entity) -> list[int]:
    """Where in ``text`` the slots naming ``entity`` begin."""
    return [
        m.start()
        for m in SLOT.finditer(text)
        if any(e.key == entity.key for e in entities_of(analysis, m.group(0)))
    ]


# the verbs of an aim, not a promise ("aim to", "plans to", "wants to")
_AIMING_VERBS = frozenset(
    {"aim", "aims", "plan", "plans", "intend", "intends", "want", "wants", "wanted"}
)
# a target of trade ("raise it to $1 billion", "boost bilateral trade to $10 billion by 2030",
# "bring the trade turnover between the two countries to $5 billion")
_TRADE_TARGET = re.compile(
    r"^\s+(?:(?:further|jointly|significantly)\s+)?(?:raise|increase|boost|double|triple|lift|"
    r"bring|take|expand|grow|push)\s+(?:it|(?:the\s+|their\s+|its\s+|our\s+)?"
    r"(?:(?:bilateral|mutual|two-way|annual|total|overall)\s+)?(?:trade|trade\s+turnover|"
    r"turnover|trade\s+volume|volume\s+of\s+(?:bilateral\s+|mutual\s+)?trade)"
    r"(?:\s+(?:between|with)\s+[^.;]{0,60}?)?)\s+to\s+"
    r"(?:(?:more\s+than|over|around|about|at\s+least|some)\s+)?§M\d+§"
)
# readiness to go on talking of a topic with no one named: "ready to continue discussing the
# project"
_READY_WORD = re.compile(r"\b(?:ready|prepared|willing|open)\b")
# (not "ready to discuss Ukrainian proposals": an offer to negotiate, to the party named)
_TALK_OF_TALKS = re.compile(r"\s+continue\s+(?:to\s+discuss|discussing)\b")
_WITH_PARTY = re.compile(r"\bwith\s+(?:the\s+)?§[SDOPG]\d+§")
# a promise told as a clause of the promiser's own future: "committed that it will not object
# to ...", "undertook that they would ..." (not "said that it would": a plan, read elsewhere; nor
# "vowed that it would never ...", often a defiance)
_PLEDGED_THAT = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:(?:has|have|had)\s+(?:also\s+)?)?"
    r"(?:pledged|promised|undert(?:ook|aken)|committed)\s+that\s+(?P<pro>it|they)\s+"
    r"(?:will|would|shall)\s+(?:(?P<not>not|never)\s+)?(?=[a-z])"
)
# the owner of what a promise to refrain spares: "not to block Kosovo's membership"
_SPARED_OWNER = re.compile(
    r"\s+(?:to\s+)?[a-z]+\s+(?:(?:to|with|of)\s+)?(?:the\s+)?(?P<g>§[SDO]\d+§)['’]s?\s+[a-z]"
)
# a promise to refrain: "pledged not to ...", "undertook not to ...", "have agreed not to ...",
# "committed not to ..." (not "did not pledge to", a promise not made; nor "vowed not to", often
# a defiance: "vowed not to surrender")
_PROMISED_NOT = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:(?:has|have|had)\s+(?:also\s+)?)?"
    r"(?:pledged|promised|undert(?:ook|aken|akes)|committed|agreed|pledges|promises|commits|"
    r"agrees)\s+(?P<not>not)\s+to\s+(?!(?:be|have|comment|say|disclose|reveal)\b)[a-z]"
)


def _refrain(
    analysis: Analysis, doc: Doc, rest: str, tail: str, actors: list[Entity], *, since: int = 0
) -> bool:
    """AGREE (030) by the actors of a promise to refrain ("Under the deal, Russia undertook not
    to attack merchant ships"): to the other parties of the document the sentence tells, else
    to the other parties of the meeting or document told before (no recipient, no fact)."""
    if HYPOTHETICAL.search(rest[:40]) or "?" in tail:
        return False
    own = {s.key for a in actors if (s := state_of(doc, a)) is not None}
    keys = {a.key for a in actors} | own
    recipients = [r for r in _others(doc, actors) if r.key not in keys]
    under = (
        analysis.masked.startswith(_UNDER_DOCUMENT_STARTS)
        and _UNDER_DOCUMENT.match(analysis.masked) is not None
    )
    if not recipients and under:
        recipients = _document_partners(doc, actors, own)
    if not recipients and len(actors) == 1:
        # "Serbia pledged not to block Kosovo's membership ...": the party whose bid or right the
        # promise spares (as "pledged to support Vietnam's bid" is to Vietnam); else the other
        # side of the talks told (session 30; "Azerbaijan pledged not to attack Armenia" alone
        # names no one it is made to)
        owner = _SPARED_OWNER.match(_CLAUSE_END.split(tail)[0])
        recipients = [
            r for r in (actors_in(analysis, owner.group("g")) if owner else []) if r.key not in keys
        ] or [r for r in _counterparts(doc, actors[0], tail) if r.key not in keys]
    if not recipients:
        return False
    args = event_args("AGREE", "030", actors, recipients)
    when = statement_date(analysis, doc, actors, since=since)
    if when is None and under and (told_in := _document_told(doc, actors, own)):
        when = next((d for d in told_in.get("date") if isinstance(d, TimeValue)), None)
    if when is not None:
        args["date"] = [when]
    doc.add(FactClass.EVENT, args, analysis, 0.7, Status.ASSERTED)
    return True


# a sentence that tells what a document lays down: "Under the memorandum,", "Under the terms of
# the agreement,", "As part of the deal signed on Monday," (a document the article told, not one
# named: "Under the Paris Agreement," is no document of the parties that signed last)
_UNDER_DOCUMENT = re.compile(
    r"(?:Under|In\s+line\s+with|As\s+part\s+of)"
    r"(?:\s+the\s+terms\s+of)?\s+(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:agreements?|accords?|treaty|deal|memorandum|MoU|MOU|protocol|arrangement|pact|"
    r"road\s?map|contract|documents?|Agreement|Accord|Treaty|Memorandum|Protocol)\b[^,;]{0,60},"
)
# a document not yet agreed: "Under the draft agreement,", "Under the proposed treaty,", "Under
# the deal being negotiated,"
_IN_PREPARATION = re.compile(
    r"\b(?:draft|proposed|planned|possible|potential|future|envisaged|prospective|tentative|"
    r"being\s+(?:negotiated|drafted|discussed|prepared)|under\s+(?:negotiation|discussion|"
    r"consideration)|to\s+be\s+signed)\b"
)
# a grant of one's soil to another's forces: "allow French troops to ...", "open its ports to the
# Greek navy"
_GRANT_OF_SOIL = re.compile(
    r"\s*(?:also\s+)?(?:(?:allow|permit|let)\s+(?:the\s+)?(?P<grantee>§[SD]\d+§)(?:['’]s?)?(?:\s+[\w-]+){0,3}|"
    r"(?P<open>(?:re)?open)\s+(?:its|their)\s+(?:military\s+|naval\s+|air\s*)?(?:bases|ports|"
    r"airfields|airspace|territory)\s+to\s+(?:the\s+)?§[SD]\d+§)"
)


def _slot_on(analysis: Analysis, grant: re.Match[str]) -> str:
    """The words written from the grantee's slot on ("Saudi warplanes to use")."""
    mention = analysis.mention(grant.group("grantee"))
    start = mention.begin - analysis.sentence.begin
    return analysis.sentence.text[start : start + 40]


_FORCES = re.compile(
    r"\b(?:troops|forces|soldiers|military|warships|warplanes|aircraft|navy|naval|personnel)\b",
    re.IGNORECASE,
)
_UNDER_DOCUMENT_STARTS = ("Under", "In line", "As part")  # (how every match begins)
# "Egypt, for its part, undertakes to ...", "For its part, Egypt will ...": its share of a deal
_FOR_ITS_PART = re.compile(r"\b[Ff]or\s+(?:its|his|her|their)\s+part\b")


def _document_told(doc: Doc, actors: list[Entity], own: set[str]) -> Fact | None:
    """The document told last (a treaty relation or a signing) that the actors (or their states)
    are parties to: "India and Iran signed a deal ... Under the deal, India will ..."."""
    keys = {a.key for a in actors}
    for fact in reversed(doc.facts):
        if fact.cls is FactClass.TREATY_RELATION:
            parties = fact.entities("party")
        elif fact.cls is FactClass.EVENT and "057" in fact.get("cameoCode"):
            parties = fact.entities("actor")
        else:
            continue
        found = {p.key for p in parties}
        if keys <= found or (len(actors) == 1 and own & found):
            return fact
        # a document the states' officials signed ("Anušauskas and Pistorius signed a roadmap.
        # Under the document, Germany commits to ..."): their states are its parties
        sides = {s.key for p in parties if p.kind is EntityKind.PERSON and (s := side_of(doc, p))}
        if sides and keys <= found | sides:
            return fact
    return None


def _document_partners(doc: Doc, actors: list[Entity], own: set[str]) -> list[Entity]:
    """The other parties of the document told last (:func:`_document_told`, else the
    signatories a headline told), when the actors (or the one actor's state) are some of them."""
    told = _document_told(doc, actors, own)
    if told is not None:
        parties = told.entities("party" if told.cls is FactClass.TREATY_RELATION else "actor")
    else:
        parties = doc.finder.ctx.signatories
    mine = {a.key for a in actors}
    if all(a.kind is not EntityKind.PERSON for a in actors):
        # (a state's promise under a document its officials signed: to the other states)
        parties = tuple(
            {
                s.key: s
                for p in parties
                if (s := (side_of(doc, p) if p.kind is EntityKind.PERSON else p) or p)
            }.values()
        )
    keys = {p.key for p in parties}
    if not (mine <= keys or (len(actors) == 1 and own & keys)):
        return []
    return [p for p in parties if p.key not in mine and p.key not in own]


# "support both parties as they implement their commitments": a pair the promise is made to
_BOTH_PARTIES = re.compile(r"(?i:both|the\s+two)\s+(?:parties|sides)")
_GROUP_SLOT = re.compile(r"§G\d+§")


def _third_parties(doc: Doc, actors: list[Entity], found: list[Entity]) -> list[Entity]:
    """The pair "both parties" are in a promise to them: the two found, unless the promiser is
    one of them ("The United States stands ready to support both parties" after Blinken's call
    with Qureshi: not the call's two sides); else the two states the sentence before named, the
    signatories of the treaty told last, or the last two states named, neither the promiser's
    (none if no such pair)."""
    own = {a.key for a in actors} | {s.key for a in actors if (s := side_of(doc, a))}
    if len(found) == 2 and not {s.key for r in found if (s := side_of(doc, r) or r)} & own:
        return found
    ctx = doc.finder.ctx
    before = doc.previous
    named = {
        e.key: e
        for m in (before.mentions if before is not None else ())
        if m.code is Code.STATE
        for e in m.entities
        if e.kind is EntityKind.STATE and e.is_linked
    }
    for pair in (tuple(named.values()), ctx.signatories, ctx.last_states):
        if len(pair) == 2 and not {e.key for e in pair} & own:
            return list(pair)
    return []


# "appoint an ambassador to Tel Aviv", "reopen its embassy in Damascus": the host is the city's
# state
_MISSION_IN = re.compile(
    r"\b(?:ambassadors?|embass(?:y|ies)|consulates?|diplomatic\s+missions?)\s+(?:to|in)\s+"
    r"(?P<c>§C\d+§)"
)


def _mission_host(analysis: Analysis, doc: Doc, tail: str) -> list[Entity]:
    """The state of the city a promised embassy or ambassador is in or sent to."""
    m = _MISSION_IN.search(_CLAUSE_END.split(tail)[0])
    city = analysis.mention(m.group("c")).entity if m is not None else None
    if city is None or city.kind is not EntityKind.CITY or not city.qid:
        return []
    found = doc.kb.entity(city.qid)
    state = doc.kb.entity(found.country) if found is not None and found.country else None
    return [entity_of(state)] if state is not None else []


def _others_named(analysis: Analysis, doc: Doc, text: str, actors: list[Entity]) -> bool:
    """Whether ``text`` names a party other than the actors and their states."""
    own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
    return any(e.key not in own for e in entities_of(analysis, text))


def _invitation(analysis: Analysis, doc: Doc, rest: str, actors: list[Entity]) -> bool:
    if _INVITE_WORDS.isdisjoint(analysis.words):
        return False
    if (m := _INVITE.match(rest)) is not None:
        if m.group("had") and not all(a.is_linked for a in actors):
            # (a reported past invitation by a name the KB lacks: "told reporters that Jokowi
            # had invited ...", most often a short name of a KB leader, the link unknown)
            return False
        keys = {a.key for a in actors}
        recipients = [e for e in entities_of(analysis, m.group("r")) if e.key not in keys]
    elif len(actors) == 1 and _INVITE_OTHERS.match(rest):
        recipients = _fellow_participants(doc, actors[0])
    else:
        return False
    if not recipients:
        return False
    args = event_args("AGREE", "036", actors, recipients, statement_date(analysis, doc, actors))
    doc.add(FactClass.EVENT, args, analysis, 0.8)
    return True


def _fellow_participants(doc: Doc, actor: Entity) -> list[Entity]:
    """The others of the meeting the actor took part in, else of the signing it took part in
    last."""
    if doc.meeting is not None:
        return _counterparts(doc, actor, "")
    for fact in reversed(doc.facts):
        if fact.cls is FactClass.EVENT and "057" in fact.get("cameoCode"):
            signatories = fact.entities("actor")
            if actor.key in {s.key for s in signatories}:
                return [s for s in signatories if s.key != actor.key]
    return []


# ("has accepted", "accepts"; "accepted Díaz-Canel's invitation": the inviter before it)
_ACCEPTED = (
    rf"^\s+{_LEADING_ADVERBS}(?:has\s+|have\s+|had\s+)?(?:already\s+|also\s+|since\s+)?"
    r"(?:accepted|accepts)\s+"
)
_ACCEPTED_WORDS = frozenset({"accepted", "accepts"})
_ACCEPTED_INVITATION = re.compile(
    rf"{_ACCEPTED}(?:(?:the|an|his|her|their)|(?P<g>{ACTORS})['’]s?(?:\s+(?:kind|official|"
    r"personal))?)\s+invitation\b"
)
# "..., and the President accepted it", "and Sall accepted": an invitation told just before
# (session 28)
_ACCEPTED_IT = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:has\s+|have\s+|had\s+)?(?:already\s+|also\s+|since\s+)?"
    r"(?:accepted|accepts)(?:\s+it)?(?:\s+(?:with\s+(?:gratitude|pleasure|thanks)|gladly|"
    r"immediately))?\s*(?:[.;]|$)"
)
_INVITATION_FROM = re.compile(
    rf"{_ACCEPTED}(?:the|an)\s+invitation\s+(?:from|of)\s+(?:the\s+)?(?P<g>{ACTORS})"
)


_INVITATION_TO_VISIT = re.compile(
    rf"{_ACCEPTED}(?:the|an|his|her|their)\s+invitation\s+to\s+"
    r"(?:(?:pay|make)\s+(?:an?\s+)?(?:official\s+|state\s+|working\s+|return\s+)?visit\s+to|"
    r"visit)\s+(?:the\s+)?(?P<g>§[SC]\d+§)"
)


def visited_state(analysis: Analysis, doc: Doc, slot: str) -> list[Entity]:
    """The state a slot names: itself, or the state whose capital the city is."""
    mention = analysis.mention(slot)
    entity = mention.entity
    if entity is None or not entity.is_linked:
        return []
    if entity.kind is EntityKind.STATE:
        return [entity]
    if entity.kind is EntityKind.CITY and entity.qid:
        state = doc.kb.capital_of(entity.qid)
        return [entity_of(state)] if state is not None else []
    return []


def _accepted_invitation(analysis: Analysis, doc: Doc, rest: str, actors: list[Entity]) -> bool:
    """ "The acting president accepted the invitation": a promise to the one who invited."""
    words = analysis.words
    accepted = None if _ACCEPTED_WORDS.isdisjoint(words) else _ACCEPTED_INVITATION.match(rest)
    if accepted is None:
        if not _ACCEPTED_WORDS.isdisjoint(words) and _ACCEPTED_IT.match(rest):
            return _accepted_just_told(analysis, doc, actors)
        return False  # (every match has one of the words)
    inviter = _INVITATION_FROM.match(rest) if accepted.group("g") is None else accepted
    if inviter is not None:
        # "Erdogan accepted an invitation from Putin to visit Russia", "accepted Putin's
        # invitation"
        hosts = [
            e
            for e in entities_of(analysis, inviter.group("g"))
            if e.key not in {a.key for a in actors}
        ]
        if hosts:
            when = statement_date(analysis, doc, actors)
            doc.add(FactClass.EVENT, event_args("AGREE", "036", actors, hosts, when), analysis, 0.7)
            # the invitation accepted, the inviter's own act (ANNOTATION.md §5: one event per
            # act; its day not told)
            doc.add(FactClass.EVENT, event_args("AGREE", "036", hosts, actors), analysis, 0.7)
            return True
    keys = {a.key for a in actors}
    visit = _INVITATION_TO_VISIT.match(rest)
    hosts = visited_state(analysis, doc, visit.group("g")) if visit is not None else []
    own = keys | {s.key for a in actors if (s := state_of(doc, a)) is not None}
    if hosts and not {h.key for h in hosts} & own:
        # "Xi Jinping accepted an invitation to visit Russia": a promise to the state visited
        # (the inviter unnamed)
        when = statement_date(analysis, doc, actors)
        doc.add(FactClass.EVENT, event_args("AGREE", "036", actors, hosts, when), analysis, 0.7)
        return True
    for fact in reversed(doc.facts):
        if (
            fact.cls is FactClass.EVENT
            and "036" in fact.get("cameoCode")
            and keys <= {e.key for e in fact.entities("recipient")}
        ):
            when = statement_date(analysis, doc, actors)
            args = event_args("AGREE", "036", actors, fact.entities("actor"), when)
            doc.add(FactClass.EVENT, args, analysis, 0.7)
            return True
    return False


def _accepted_just_told(analysis: Analysis, doc: Doc, actors: list[Entity]) -> bool:
    """ "..., and the President accepted it": AGREE (036) by the guest of an invitation this
    sentence or the one before told, to the one who invited."""
    keys = {a.key for a in actors}
    if not keys:
        return False
    here = {analysis.sentence.begin}
    if doc.previous is not None:
        here.add(doc.previous.sentence.begin)
    for fact in reversed(doc.facts):
        if not any(e.begin in here for e in fact.evidence):
            break
        if (
            fact.cls is FactClass.EVENT
            and "036" in fact.get("cameoCode")
            and fact.entities("actor")
            and keys <= {e.key for e in fact.entities("recipient")}
        ):
            when = statement_date(analysis, doc, actors)
            args = event_args("AGREE", "036", actors, fact.entities("actor"), when)
            doc.add(FactClass.EVENT, args, analysis, 0.7)
            return True
    return False


# (past the rest of the guest's name and state: "welcomed Prime Minister Kishida Fumio of Japan
# to the White House", "President Yoon and First Lady Kim of the Republic of Korea (ROK) to")
_WELCOMED_TO = re.compile(
    r"(?:\s+(?:[A-Z][\w-]*|and|da|de|bin|§P\d+§|\([^()]{1,40}\))){0,8}?"
    # ("President X of the Republic of Guatemala")
    r"(?:\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate|Principality)\s+of\s+)?"
    r"§[SD]\d+§(?:\s+\([^()]{1,40}\))?)?"
    # ("welcomed X and his accompanying delegation ...": session 40b)
    r"(?:\s+and\s+(?:his|her|their)\s+(?:accompanying\s+)?delegations?)?"
    r"\s+(?:to|at|in|with\s+(?:an?\s+)?(?:[\w-]+\s+)?ceremony|"
    # "welcomed X on his first visit to Qatar": a reception, no praise (session 40b)
    r"on\s+(?:his|her|their)\s+(?:(?:first|official|state|working|maiden|inaugural)\s+)*"
    r"(?:[Vv]isit|trip)|"
    # "welcomed X with full military honours", "... on his arrival": a reception, no praise
    r"with\s+(?:full\s+)?(?:military|state|official)\s+honou?rs|"
    r"(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival|"
    # "welcomed Lula for a state visit", "welcomed the Chancellor for talks"
    r"for\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:[Vv]isits?|talks|"
    r"meetings?|[Ss]ummit|dinner|lunch|consultations))\b"
)
_OF_BY_SLOT = re.compile(r"\b(?:of|by)\s+(?:the\s+)?§")
# "Erdogan spoke with Putin by phone to congratulate him on his re-election", "called Lula to
# thank him for ...": praise given in a call to the one called
_CALLED_TO_PRAISE = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:spoke|talked|phoned|telephoned|called)\s+"
    # ("spoke today with President Erdogan of Türkiye to congratulate him": session 35)
    r"(?:(?:today|yesterday|on\s+[A-Z][a-z]+day)\s+)?(?:by\s+(?:tele)?phone\s+)?"
    rf"(?:with\s+|to\s+)?(?:the\s+)?(?P<r>{ACTORS})(?:\s+of\s+(?:the\s+)?§S\d+§)?"
    r"(?:\s+by\s+(?:tele)?phone)?\s+to\s+"
    # ("him" resolved to the one called is its slot: see mentions._object_pronoun)
    r"(?:congratulate|thank|commend)\s+(?:(?:him|her|them)\b|(?P<o>§P\d+§))"
)
_CALLED_TO_PRAISE_WORDS = frozenset({"congratulate", "thank", "commend"})
# "The President of Russia thanked him for the invitation" in a readout: the one other participant
_PRAISED_PRONOUN = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:thanked|congratulated|commended|praised)\s+(?:him|her)\b"
)


# "welcomed the commitment of Armenia and Azerbaijan to continue direct talks", "welcomed
# Georgia's decision to withdraw the draft law", "the offer by Qatar to host ...": the parties'
# own promise or decision to act, reported (and the welcome is praise of them)
_INTENT_QUALITY = (
    r"(?:(?:firm|clear|strong|renewed|continued|stated|mutual|public|generous|recent)\s+)?"
)
# (not a decision: "welcomed Israel's decision to ease travel procedures", "welcomes the decision
# of Georgia to withdraw the draft law" is praise of a step taken, which the development and
# spent gold code as the welcome alone or as the step's own act, never as an AGREE; session 42)
_INTENT = (
    r"(?:commitments?|pledges?|readiness|willingness|determination|offer|promise|"
    # "welcomed Türkiye's agreement at the Vilnius Summit on July 10 to forward ..."
    r"agreement(?=[^.;]{0,60}?\s+to\s+[a-z]))"
)
# the time and place of the decision or agreement, before "to": "at the Vilnius Summit on July 10"
_INTENT_WHEN = (
    r"(?:\s+(?:at|in|on)\s+(?:the\s+)?(?:§[CL]\d+§\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    r"(?:[Ss]ummit|[A-Z][a-z]+\s+\d{1,2})){0,2}"
)
# (after a possessive or "by", a commitment "to" a thing is no act: "Japan's commitment to peace")
_INTENT_ACT = (
    r"(?!(?:the|a|an|its|their|our|his|her|this|that|these|those|peace|security|stability|"
    r"democracy|dialogue|multilateralism|be)\b)[a-z]+\b(?<!tion)(?<!ment)(?<!ity)(?<!ism)(?<!ness)"
    r"(?<!ance)(?<!ence)(?<!ship)"
)
_COMMITMENT_WELCOMED = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:welcomed|welcomes|welcome|praised|commended|applauded|hailed|"
    # ("has taken note of the commitment by Nepal to ...": session 30)
    r"appreciated|(?:(?:has|have)\s+(?:also\s+)?)?(?:taken|took|takes)\s+(?:due\s+)?note\s+of)"
    rf"\s+(?:the\s+{_INTENT_QUALITY}"
    rf"(?:commitments?|pledges?|readiness|willingness|determination)\s+of\s+(?:the\s+)?"
    rf"(?P<p>{ACTORS})\s+to\s+(?P<what>[a-z][^.;]*)|"
    rf"(?:the\s+{_INTENT_QUALITY}{_INTENT}\s+(?:of|by)\s+(?:the\s+)?(?P<q>{ACTORS})|"
    rf"(?:the\s+)?(?P<r>{ACTORS})['’]s?\s+{_INTENT_QUALITY}{_INTENT}){_INTENT_WHEN}\s+to\s+"
    rf"(?P<act>{_INTENT_ACT}[^.;]*))"
)


def _commitment_welcomed(analysis: Analysis, doc: Doc, rest: str, actors: list[Entity]) -> None:
    m = _COMMITMENT_WELCOMED.match(rest)
    if m is None or HYPOTHETICAL.search(m.group("what") or m.group("act")):
        return
    keys = {a.key for a in actors}
    who = m.group("p") or m.group("q") or m.group("r")
    parties = [e for e in actors_in(analysis, who) if e.key not in keys]
    if not parties:
        return
    own = {s.key for a in parties if (s := state_of(doc, a)) is not None}
    what = m.group("what") or m.group("act")
    named = commitment_recipient(analysis, what, parties, own) if len(parties) == 1 else []
    honoured = _HONOURED.search(analysis.masked) if "expect" in analysis.masked else None
    if honoured is not None and _NOT_BEFORE.search(analysis.masked, 0, honoured.start()):
        honoured = None  # ("does not expect this commitment to be honoured")
    noting = [side_of(doc, a) or a for a in actors]
    if honoured is not None:
        # "India has taken note of the commitment by Nepal to ..., and expects this commitment to
        # be honoured": a promise owed to the one who holds the other to it (session 30)
        named = named or [e for e in noting if e.key not in own]
    args = event_args("AGREE", agree_cameo(what), parties, named)
    args.update(money_args(analysis, _before_clause_end(what)))
    when = statement_date(analysis, doc, parties)
    if (
        when is not None
        and not m.group("p")
        and any(d.value == when and d.text in what for d in analysis.dates)
    ):
        # "welcomes the decision of Kiribati to remain engaged ... following its withdrawal in
        # July": a date in what the decision is about is not its own
        when = None
    if when is not None:
        args["date"] = [when]
    doc.add(FactClass.EVENT, args, analysis, 0.7)
    if honoured is not None:
        # ("... and expects this commitment to be honoured": the demand that it be kept)
        asked = event_args("REQUEST", "100", actors, parties)
        if when is not None:
            asked["date"] = [when]
        doc.add(FactClass.EVENT, asked, analysis, 0.7)


_NOT_BEFORE = re.compile(r"\b(?:not|n['’]t|never|no\s+longer)\s+$")
# "expects this commitment to be honoured", "expects that the pledges will be fulfilled"
_HONOURED = re.compile(
    r"\bexpects?\s+(?:that\s+)?(?:this|the|that|these|those|such)\s+(?:[\w-]+\s+)?"
    r"(?:commitments?|pledges?|promises?|assurances?)\s+(?:to\s+be|will\s+be|would\s+be)\s+"
    r"(?:fully\s+)?(?:honou?red|fulfilled|implemented|kept|respected|met)\b"
)


# "I am grateful to our partners who worked tirelessly ..., including the Amir of Qatar, ... and
# the Governments of Oman, Switzerland and the Republic of Korea": thanks to each one named (not
# "grateful for the weather")
_GRATEFUL = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:am|is|are|was|were|remains?|remained)\s+(?:\w+\s+)?grateful\s+to\s+"
    r"(?:(?:the|our|all|its|their|his|her)\s+(?:\w+\s+)?(?:partners|friends|allies|countries|"
    r"governments|nations)\b[^.;]{0,160}?,?\s+(?:including|especially|particularly|notably|"
    r"namely)\s+)?(?:the\s+)?"
    r"(?P<r>§[SOPG]\d+§(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?§[SOPG]\d+§){0,20})"
)


def _grateful(analysis: Analysis, doc: Doc, rest: str, actors: list[Entity]) -> bool:
    if "grateful" not in analysis.words or (m := _GRATEFUL.match(rest)) is None:
        return False
    keys = {a.key for a in actors}
    thanked = [e for e in entities_of(analysis, m.group("r")) if e.key not in keys]
    if thanked:
        _praised(analysis, doc, actors, thanked)
        _also_thanked(analysis, doc, rest, m.end(), actors)
    return bool(thanked)


# the others thanked for something else in the same sentence: "grateful to Poland for its
# willingness to lead the mission, and to Germany and France for their pledges", "thanked Romania
# for hosting allied troops, and Bulgaria for its shipments of ammunition" (one 051 each)
_FOR_WHAT = re.compile(r"\s+for\s+[^.;]")
_ALSO_THANKED = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:to\s+)?(?:the\s+)?"
    r"(?P<r>§[SOPG]\d+§(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?§[SOPG]\d+§){0,20})"
    r"\s+for\s+(?:its|their|his|her|the|[a-z]+ing)\b"
)


def _also_thanked(analysis: Analysis, doc: Doc, rest: str, end: int, actors: list[Entity]) -> None:
    """SUPPORT (051) of each party thanked after the first one's "for ..." (see _ALSO_THANKED)."""
    if not _FOR_WHAT.match(rest, end):
        return  # (only after a reason the first thanks give)
    keys = {a.key for a in actors}
    for more in _ALSO_THANKED.finditer(rest, end):
        others = [e for e in entities_of(analysis, more.group("r")) if e.key not in keys]
        others = [e for e in others if e.kind in ACTOR_KINDS]
        if others:
            _praised(analysis, doc, actors, others)


# "thanked Denmark for the F-16 jets it has delivered to Ukraine", "for the vaccines it has
# donated": aid the one thanked gave, told in a relative clause of the thanks (session 27)
_AID_THANKED_FOR = re.compile(
    r"^\s+for\s+(?:the|all\s+the)\s+(?P<what>[^.;§,]{2,60}?)\s+(?:that\s+|which\s+)?"
    r"(?:it|they)\s+(?:has|have|had)\s+(?:\w+ly\s+|already\s+)?(?:provided|delivered|given|"
    r"sent|supplied|donated)\b(?:\s+(?:to\s+)?(?:the\s+)?(?P<r>§S\d+§)(?![\w'’§-]))?"
)
_MILITARY_AID = re.compile(
    r"\b(?:jets?|F-16s?|tanks?|weapons|arms|ammunition|missiles?|air\s+defen[cs]e|training|"
    r"military|howitzers?|drones?|artillery|shells|rockets?|aircraft|helicopters?|vehicles|"
    r"warships?|patrol\s+(?:boats|vessels))\b"
)
_RELIEF_AID = re.compile(
    r"\b(?:humanitarian|food|medical|medicines?|vaccines?|doses|relief|tents|wheat|grain)\b"
)


def _aid_thanked_for(
    analysis: Analysis, doc: Doc, after: str, actors: list[Entity], thanked: list[Entity]
) -> None:
    """AID by the one thanked, of what it gave (see _AID_THANKED_FOR): to the state named, else
    the state of the one who thanks."""
    if len(thanked) != 1 or (m := _AID_THANKED_FOR.match(after)) is None:
        return
    if thanked[0].kind not in {EntityKind.STATE, EntityKind.ORGANIZATION}:
        return  # ("thanked President Isaias for the training it has given": whose "it" is)
    what = m.group("what")
    code = "072" if _MILITARY_AID.search(what) else "073" if _RELIEF_AID.search(what) else ""
    if not code:
        return  # ("thanked Japan for the support it has given": no aid of a kind told)
    if m.group("r"):
        receivers = [e for e in entities_of(analysis, m.group("r")) if e.kind is EntityKind.STATE]
    else:
        receivers = [s for a in actors if (s := state_of(doc, a) or a).kind is EntityKind.STATE]
    receivers = [e for e in receivers if e.key != thanked[0].key]
    if not receivers:
        return
    doc.add(FactClass.EVENT, event_args("AID", code, thanked, receivers[:1]), analysis, 0.7)


def _before_clause_end(text: str) -> str:
    own_clause = _OWN_CLAUSE_END.search(text)
    return text[: own_clause.start()] if own_clause else text


# "praised the Sultanate's efforts": the sultanate the article names (session 20)
_ONE_PERSON_SLOT = re.compile(r"§P\d+§")
_TWO_LEADERS = re.compile(
    r"(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state)", re.IGNORECASE
)


def _the_two_others(analysis: Analysis, doc: Doc, slots: str, actors: list[Entity]) -> list[Entity]:
    """ "Modi met Ramaphosa and Putin. Modi thanked the two leaders": the two others of the
    meeting the thanking one took part in (the mention of "the two leaders" is the meeting's
    first two participants, the thanking one among them; session 27)."""
    if len(actors) != 1 or not _ONE_PERSON_SLOT.fullmatch(slots):
        return []
    mention = analysis.mention(slots)
    if not _TWO_LEADERS.fullmatch(mention.text.strip()):
        return []
    if actors[0].key not in {e.key for e in mention.entities}:
        return []
    others = _counterparts(doc, actors[0], "")
    # (both linked: an unlinked name the mentions did not take, "President Lula", is left out)
    return others if len(others) == 2 and all(e.is_linked for e in others) else []


# the people named after the one praised: "President Radev and the Bulgarian people", "and the
# people of Bulgaria"
_AND_PEOPLE = re.compile(
    r"\s+and\s+(?:the\s+)?(?:(?:brotherly|friendly|fraternal)\s+)?(?:(?P<d>§D\d+§)\s+people|"
    r"people\s+of\s+(?:the\s+)?(?P<s>§S\d+§))\b"
)
# thanks or tribute told with "to" before the one thanked: "expressed gratitude to", "paid
# tribute to", "sent a message of congratulations to"
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$")
# a second party after a repeated "to" ("... to the Amir and to the State of Qatar for ..."; not
# "... to Kenya for its offer, and to Jamaica for its pledge": another act, told after its own
# "for")
_AND_TO = re.compile(
    rf"\s+and\s+(?:also\s+)?to\s+(?:the\s+)?(?:(?:[Gg]overnment|[Pp]eople)\s+of\s+(?:the\s+)?)?"
    rf"(?P<r>{ACTORS})(?=\s+for\b|\s*[,.;]|\s*$)"
)
# a reported clause that only tells a state of being: "Aliyev said Azerbaijan was ready to ...
# and welcomed the support of the EU" (the praise after "and" is the speaker's; session 35)
_REPORTED_STATE = re.compile(r"^\s+(?:was|were|is|are|remained|remains)\b")


def _praise(
    analysis: Analysis,
    doc: Doc,
    rest: str,
    actors: list[Entity],
    speakers: list[Entity] | None = None,
    *,
    since: int = 0,
) -> bool:
    if _PRAISE_WORDS.isdisjoint(analysis.words):
        return False  # (nor "welcomed the conclusion of ...": those verbs are praise words too)
    if not _CALLED_TO_PRAISE_WORDS.isdisjoint(analysis.words) and (
        called := _CALLED_TO_PRAISE.match(rest)
    ):
        keys = {a.key for a in actors}
        called_ones = [e for e in entities_of(analysis, called.group("r")) if e.key not in keys]
        if called.group("o") and {e.key for e in entities_of(analysis, called.group("o"))} != {
            e.key for e in called_ones
        }:
            called_ones = []  # ("called X to thank Y": not the one called)
        if called_ones:
            _praised(analysis, doc, actors, called_ones)
            return True
    _commitment_welcomed(analysis, doc, rest, actors)
    own_members = False
    m = _PRAISE.match(rest)
    recipients: list[Entity] = []
    if m:
        after = rest[m.end() :]
        recipients = [
            e
            for slots in (m.group("o") or "", m.group("r"))
            for e in entities_of(analysis, slots)
            if e.key not in {a.key for a in actors}
        ]
        recipients = _the_two_others(analysis, doc, m.group("r"), actors) or recipients
        if (proposer := proposer_of(analysis, m.group("r"), after)) is not None:
            # "supports the Global Security Initiative put forward by Xi Jinping": the one who
            # proposed it, not the initiative's name (proposals.py; session 43, support)
            own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
            recipients = [
                e for e in proposer if e.key not in own and (state_of(doc, e) or e).key not in own
            ]
            if not recipients:
                return False  # (one's own initiative praised: no event, ANNOTATION.md §5)
        if (
            recipients
            and _TO_BEFORE.search(rest, 0, m.start("r")) is not None
            and (more := _AND_TO.match(after)) is not None
        ):
            # "expressed its deep gratitude to the Amir and to the State of Qatar": the second
            # party after a repeated "to" is thanked in the same act (session 42)
            own = {a.key for a in actors} | {e.key for e in recipients}
            recipients += [e for e in entities_of(analysis, more.group("r")) if e.key not in own]
        if recipients and (people := _AND_PEOPLE.match(after)) is not None:
            # "congratulated President Radev and the Bulgarian people on ...": the state of the
            # people thanked with its leader (session 35)
            own = {a.key for a in actors} | {e.key for e in recipients}
            own |= {s.key for a in actors if (s := state_of(doc, a)) is not None}
            recipients += [
                e
                for e in entities_of(analysis, people.group("d") or people.group("s"))
                if e.kind is EntityKind.STATE and e.key not in own
            ]
        if (
            m.group("v").lower().startswith("welcome")
            and _WELCOMED_TO.match(after)
            and not _OF_BY_SLOT.search(m.group(0))  # "the decision of X to"
        ):
            return False  # "welcomed X to the White House" is a visit (a meeting)
        if m.group("v").lower().startswith("welcome") and _welcomed_delegation(analysis, m["r"]):
            return False  # "welcomed the Russian delegation": a host's courtesy, no praise
    elif _PRAISED_PRONOUN.match(rest) and len(actors) == 1:
        others = _counterparts(doc, actors[0], "")
        recipients = others if len(others) == 1 else []
    outcome = (_PRAISE_OUTCOME.match(rest) or _PRAISE_NAMED.match(rest)) if not recipients else None
    noun = outcome.group("n").lower() if outcome is not None else ""
    reached = (
        outcome is not None
        and noun in _MADE_NOUNS
        # ("welcomed the agreement between Serbia and Kosovo": the two who made it; session 25)
        and (
            _REACHED.match(rest, outcome.end()) is not None
            or _BETWEEN_PARTIES.match(rest, outcome.end()) is not None
        )
    )
    if outcome is not None and outcome.re is _PRAISE_NAMED and not reached:
        outcome, noun = None, ""  # ("welcomed the Paris Agreement": no makers told)
    if (
        outcome is not None
        and noun in _MADE_NOUNS
        and (made := _MADE_BY_PARTIES.match(rest, outcome.end())) is not None
    ):
        # "welcomed the arrangement that Manila and Beijing reached": the two praised
        own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
        recipients = [e for e in actors_in(analysis, made.group("p")) if e.key not in own]
    if outcome is not None and (noun in _SIGNINGS or reached):
        # "welcomed the signing ... of the Agreement on a Short-Term Ceasefire by the Sudanese
        # Armed Forces and the Rapid Support Forces": the signers are praised
        signers = document_signers(analysis, rest[outcome.end() :])
        own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
        if any(e.key in own for e in signers):
            return False  # "The leaders welcomed the signing of a memorandum between the United
            # States and Kenya": their own signing (the 057), self-praise (ANNOTATION.md §5)
        recipients = signers  # (their agreement itself: agreements.py)
    if outcome is not None and not recipients and noun not in _SIGNINGS:
        # "welcomed the release of the prisoners by Belarus", "hailed the ceasefire announced by
        # Israel": the one whose act it is (not "the resolution drafted by France": its author)
        done = _DONE_BY.match(rest, outcome.end())
        if done is not None:
            keys = {a.key for a in actors}
            recipients = [e for e in actors_in(analysis, done.group("a")) if e.key not in keys]
    if m is None and not recipients and (welcomed := _WELCOMED_ACT.match(rest)) is not None:
        # "Turkey, Romania and Bulgaria signed a memorandum ... Ukraine welcomed the
        # memorandum": the ones whose act was told before (none when it is the actor's own)
        told = acts.agents_of(doc, analysis, rest[welcomed.end() :], actors)
        if told == []:
            return False  # praise of one's own act is no event (ANNOTATION.md §5)
        recipients = told or recipients
    if m is None and not recipients and (named := _PARTIES_PRAISED.match(rest)) is not None:
        # "congratulated the two sides on their achievement", "thanked his colleagues for the
        # constructive talks": the parties of the agreement or meeting told before
        recipients = acts.parties_of(doc, analysis, actors, named.group("c") is not None)
    if (
        m is None
        and not recipients
        and len(actors) == 1
        and (members := _MEMBERS_THANKED.match(rest)) is not None
    ):
        # "Guterres thanked member states for their support during his tenure", "the outgoing
        # chairman thanked the leaders for their trust" at a bloc's summit: the organisation
        # (session 30)
        recipients = _members_body(analysis, doc, members, actors[0])
        own_members = bool(recipients)
    if m is None and not recipients and _THE_DECISION.match(rest) is not None:
        # "Syria said it welcomed the decision" after "The Arab League voted to reinstate Syria":
        # the decision's maker, whose act was told just before
        keys = {a.key for a in actors}
        recipients = [e for e in _decision_maker(doc, analysis) if e.key not in keys]
    first = bool(recipients) or outcome is not None
    # "... and commended Kenya", also after another act ("reaffirmed ... and applauded ASEAN")
    praisers = (
        speakers if speakers and m is None and _REPORTED_STATE.match(rest) is not None else actors
    )
    keys = {a.key for a in praisers}
    praised_next = [
        others
        for more in _AND_PRAISE.finditer(rest, m.end() if m else 0)
        if (
            others := [
                e
                for slots in (more.group("o") or "", more.group("r"))
                for e in entities_of(analysis, slots)
                if e.key not in keys
            ]
        )
    ]
    if first and not recipients and praised_next:
        # "welcomed the decision and thanked the member states, in particular Cambodia and
        # Indonesia, for their support": the ones thanked are those named; no second SUPPORT
        # with no one (session 27)
        pass
    elif first and not recipients and outcome is not None and noun not in _SIGNINGS and m is None:
        # "Sikorski praised the release as a significant gesture", "welcomed the decision" with
        # no one whose release or decision it is found (named, or told before: acts.agents_of):
        # praise of no named actor is no event (ANNOTATION.md §5; session 30)
        first = False
        if _ENDORSED.match(rest) is not None:
            # "The parliament of North Macedonia endorsed the compromise proposal on 16 July":
            # an outcome accepted, the endorser's agreement (AGREE 030, as the gold writes it)
            args = event_args("AGREE", "030", [state_body(doc, a) or a for a in actors], [])
            if (when := statement_date(analysis, doc, actors)) is not None:
                args["date"] = [when]
            doc.add(FactClass.EVENT, args, analysis, 0.7)
            first = True
    elif first and not recipients and _background(statement_date(analysis, doc, actors), doc.date):
        # "commended the historic signing of the Abraham Accords in September 2020": praise of a
        # dated past outcome no one is named for is a comment on background (ANNOTATION.md §5)
        first = False
    elif first:
        # "France backs Armenia's territorial integrity": a verbal defence (052)
        defends = (
            m is not None
            and m.group("v").lower().startswith("back")
            and _THIRD_PARTY.search(rest, m.end(), m.end() + 60) is not None
        )
        _praised(
            analysis,
            doc,
            actors,
            recipients,
            "052" if defends else "051",
            own_members=own_members,
            since=since,
        )
        if m is not None and recipients and m.group("v").lower().startswith(_THANKS_FOR):
            _also_thanked(analysis, doc, rest, m.end(), actors)
            _aid_thanked_for(analysis, doc, rest[m.end() :], actors, recipients)
    for others in praised_next:
        _praised(analysis, doc, praisers, others, since=since)
    return first


_DELEGATION = re.compile(r"\s+delegations?\b")


def _welcomed_delegation(analysis: Analysis, slots: str) -> bool:
    """Whether a party welcomed is a delegation ("the Russian delegation"): guests, no praise."""
    text, base = analysis.sentence.text, analysis.sentence.begin
    return any(
        _DELEGATION.match(text, analysis.mention(slot).end - base) is not None
        for slot in SLOT.findall(slots)
    )


# the verbs whose reason follows "for" ("thanked X for ..., and Y for ...")
_THANKS_FOR = ("thank", "commend", "prais", "applaud", "laud", "hail", "express")
_WELCOMED_ACT = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:welcomed|welcomes|welcome|hailed|hails|praised|praises|"
    r"commended|commends|applauded|applauds|lauded|lauds|endorsed|endorses)\b"
)
_PARTIES_PRAISED = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:congratulated|congratulates|thanked|thanks|commended|commends|"
    r"praised|praises|hailed|hails|applauded|applauds)\s+(?:(?:the|both)\s+(?:two\s+)?"
    r"(?:parties|sides)|(?P<c>(?:his|her|their)\s+(?:colleagues|counterparts|partners)))"
    r"\s+(?:for|on)\b"
)
_ENDORSED = re.compile(rf"^\s+{_LEADING_ADVERBS}(?:endorsed|endorses)\b")
# the members of an organisation thanked as a body: "thanked member states", "thanked all the
# member states that have contributed troops", "thanked the AU member states", "thanked the
# leaders for their trust" (at a bloc's summit)
_MEMBERS_THANKED = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:thanked|thanks|commended|commends|praised|praises|hailed)\s+"
    r"(?:all\s+)?(?:the\s+|its\s+|our\s+|(?:his|her)\s+fellow\s+)?(?:(?P<o>§O\d+§)\s+)?"
    r"(?:(?P<m>member\s+(?:states|countries|nations))(?:\s+of\s+(?:the\s+)?(?P<p>§O\d+§))?|"
    r"(?P<l>leaders|heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?))"
    r"(?=\s+(?:for|who|that|which|on)\b|\s*[,.;]|\s*$)"
)


def _members_body(
    analysis: Analysis, doc: Doc, members: re.Match[str], actor: Entity
) -> list[Entity]:
    """The organisation whose members are thanked: the one named ("the AU member states",
    "member states of ECOWAS"), else the one the thanking person holds office in, else the one
    whose summit the article told (for "the leaders": only that)."""
    for group in ("o", "p"):
        if members.group(group):
            return [
                e
                for e in entities_of(analysis, members.group(group))
                if e.kind is EntityKind.ORGANIZATION
            ][:1]
    if members.group("m"):
        side = side_of(doc, actor)
        if side is not None and side.kind is EntityKind.ORGANIZATION and side.key != actor.key:
            return [side]
    # a summit of the bloc told in the article (a meeting of the organisation)
    start = analysis.sentence.begin - acts.SPAN
    for fact in reversed(doc.facts):
        first = fact.evidence[0]
        if not first.in_title and first.begin < start:
            break
        if fact.cls is not FactClass.MEETING or fact.status is not Status.ASSERTED:
            continue
        bodies = [e for e in fact.entities("participant") if e.kind is EntityKind.ORGANIZATION]
        if len(bodies) == 1 and bodies[0].key != actor.key:
            return bodies
    return []


_THE_DECISION = re.compile(
    r"^\s+(?:also\s+)?(?:welcomed|welcomes|hailed|praised|commended)\s+(?:the|this|that)\s+"
    # ("welcomed the "historic decision"": the speaker's word for it, quoted or not; session 36)
    r"(?:[\"“]?(?:historic|important|bold|wise|courageous|positive|brave)\s+)?"
    r"(?:decision|move|vote|step)[\"”]?"
    # ("welcomed the decision.", and, with more said after it, "welcomed the decision, saying
    # ...", "welcomed the decision and urged ...", "welcomed the decision as a signal";
    # session 35b)
    r"(?=\s*(?:[.;]|$)|\s*,\s+(?:saying|telling|adding|calling|describing|noting|stressing)\b|"
    r"\s+and\s+(?:[a-z]+ed|said|told)\b|\s+as\s+(?:an?\s|the\s|[\"“'‘])|"
    # ("welcomed the decision to extend the treaty": its purpose told, its maker not; session
    # 36, backing)
    r"\s+to\s+(?!be\b)[a-z]+\s+(?:the|its|their|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*(?:[.;]|$))"
)
_DECISIONS = frozenset({"CONCEDE", "SANCTION", "AGREE", "AID", "REJECT"})
_DECISION_SPAN = 400  # how far before the sentence the decision may be told (characters)
# a sentence that tells its act as a decision ("decided on Thursday to grant", "the decision")
_DECIDED = re.compile(r"\b(?:decided|decides|decision)\b")
_LEAD_SPAN = 2000  # how far before the sentence the article's lead may be (characters)


def _decision_maker(doc: Doc, analysis: Analysis) -> list[Entity]:
    """The actors of the act welcomed as "the decision": the last act told as decided in the
    sentences just before this one, else the last act of deciding (easing or imposing a
    sanction, a promise, aid) told just before, else the lead's (the news the article opens
    with; session 35b); never a background one ("The African Union suspended Niger in August
    2023" is no decision welcomed in 2024)."""
    near = _decisions(doc, analysis.sentence.begin - _DECISION_SPAN)
    told = _decisions(doc, analysis.sentence.begin - acts.SPAN)
    lead = _decisions(doc, analysis.sentence.begin - _LEAD_SPAN)
    for fact in (
        *(f for f in told if _DECIDED.search(f.evidence[0].text)),
        *near[:1],
        # (the lead's act, told far back: only the day's news, by parties the knowledge base
        # knows)
        *(
            f
            for f in lead
            if f.evidence[0].begin == 0
            and _on_the_day(f, doc.date)
            and all(e.qid for e in f.entities("actor"))
        ),
    ):
        return list(fact.entities("actor"))
    return []


def _on_the_day(fact: Fact, today: dt.date | None) -> bool:
    """Whether the fact is dated the article's own day."""
    return today is not None and any(
        isinstance(v, TimeValue)
        and v.precision >= Precision.DAY
        and (v.year, v.month, v.day) == (today.year, today.month, today.day)
        for v in fact.get("date")
    )


def _decisions(doc: Doc, start: int) -> list[Fact]:
    """The acts of deciding of the body told from ``start`` on, the last first (none dated in
    the background)."""
    out: list[Fact] = []
    for fact in reversed(doc.facts):
        if fact.evidence[0].in_title or fact.evidence[0].begin < start:
            break
        if fact.cls is not FactClass.EVENT or str(fact.get("eventType")[0]) not in _DECISIONS:
            continue
        dates = [v for v in (*fact.get("date"), *fact.get("startDate")) if isinstance(v, TimeValue)]
        if dates and _background(dates[0], doc.date):
            continue
        out.append(fact)
    return out


def _praised(
    analysis: Analysis,
    doc: Doc,
    actors: list[Entity],
    recipients: list[Entity],
    code: str = "051",
    own_members: bool = False,
    *,
    since: int = 0,
) -> None:
    """SUPPORT (``code``) of the actors to those praised, dated by the sentence after
    ``since`` (in its text: before it, an earlier predicate's time)."""
    praised = {r.key for r in recipients}
    # "Blinken met the foreign ministers of Armenia and Azerbaijan. The ministers thanked the
    # United States": no one thanks their own state (self-praise is no event); but an
    # organisation's head thanks its members ("Guterres thanked member states": the UN)
    if not own_members:
        actors = [a for a in actors if (s := state_of(doc, a)) is None or s.key not in praised]
    # ("Syria's Foreign Ministry welcomed ...": Syria)
    actors = [state_body(doc, a) or a for a in actors]
    if not actors:
        return
    args = event_args("SUPPORT", code, actors, recipients)
    when = statement_date(analysis, doc, actors, since=since)
    if when is not None:
        args["date"] = [when]
    doc.add(FactClass.EVENT, args, analysis, 0.75)


# the verb: "China firmly supports Pakistan in safeguarding its sovereignty", "We support
# Ukraine's territorial integrity" (not "supported Ukraine with weapons": aid; nor "supported
# Sweden's bid": events.py)
_SUPPORTS = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:supports|supported|support)\s+(?:the\s+|{_QUALITIES})?(?P<r>{ACTORS})"
    r"(?!['’]s?\s+(?:[\w§-]+\s+)?(?:bid|application|accession|membership|candidacy))"
    r"(?![^.;]{0,30}?\b(?:with|financially|militarily|materially|economically)\b)"
    r"(?P<rest>[^.;]{0,60})"
)
_THIRD_PARTY = re.compile(r"sovereignty|territorial\s+integrity|independence|self-defen[cs]e")
# whose initiative or plan it is: "supported the Global Security Initiative put forward by Xi
# Jinping", "backs the peace formula proposed by President Zelensky"
_PUT_FORWARD_BY = re.compile(
    r",?\s+(?:which\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:first|recently|originally)\s+)?"
    r"(?:put\s+forward|proposed|advanced|launched|initiated|unveiled|championed|presented)\s+by\s+"
    rf"(?:the\s+)?(?P<by>{ACTORS})"
)


def _support_for(analysis: Analysis, doc: Doc, text: str, actors: list[Entity]) -> bool:
    if not actors or "support" not in text:
        return False  # (every match of the pattern has the word)
    added = _support_people(analysis, doc, text, actors)
    for m in [*_SUPPORTS.finditer(text), *_SUPPORT_FOR.finditer(text)]:
        own = {a.key for a in actors}
        named = m.group("p") if m.groupdict().get("p") else m.group("r")
        recipients = [e for e in entities_of(analysis, named) if e.key not in own]
        if recipients and (by := _PUT_FORWARD_BY.match(text, m.end("r"))) is not None:
            # the one who proposed it, not the initiative
            recipients = [e for e in actors_in(analysis, by.group("by")) if e.key not in own]
        if not recipients or _NOT.search(text, 0, m.start("r")):
            continue  # (nor "did not express support for Ukraine's bid")
        third_party = _THIRD_PARTY.search(m.group("rest"))
        when = statement_date(analysis, doc, actors)
        args = event_args("SUPPORT", "052" if third_party else "051", actors, recipients, when)
        doc.add(FactClass.EVENT, args, analysis, 0.75)
        added = True
    return added


# "Canada supported the measures adopted by the African Union", "backs the decisions taken by
# ECOWAS": backing of the party whose decision it is (SUPPORT 051)
_BACKED_VERB = (
    r"supports|supported|support|backs|backed|back|endorses|endorsed|endorse|welcomes|welcomed|"
    r"welcome|approved|approves|applauded|applauds|hailed|hails"
)
_BACKED_WORDS = leading_words(_BACKED_VERB)
_BACKED_DECISION = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:(?:has|have)\s+)?(?:{_BACKED_VERB})\s+the\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:decisions?|measures|steps|sanctions|resolution|decree|stance|position)\s+"
    r"(?:(?:taken|adopted|made|imposed|announced|approved|agreed)\s+(?:on\s+[A-Z][a-z]+\s+)?"
    # ("welcomed the decision of Serbia and Kosovo to ...": both, in one event; session 25)
    r"by|of)\s+(?:the\s+)?(?P<r>§[SOG]\d+§(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?§[SOG]\d+§)*)"
    r"(?![-–/'’§\w])"
)


def _backed_decision(analysis: Analysis, doc: Doc, text: str, actors: list[Entity]) -> bool:
    m = _BACKED_DECISION.match(text)
    if m is None or _NOT.search(text, 0, m.start("r")):
        return False
    own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
    recipients = [
        e for e in entities_of(analysis, m.group("r")) if e.kind in ACTOR_KINDS and e.key not in own
    ]
    if not recipients:
        return False
    when = statement_date(analysis, doc, actors)
    doc.add(FactClass.EVENT, event_args("SUPPORT", "051", actors, recipients, when), analysis, 0.75)
    return True


# Backing whose recipient owns what is backed (session 22): "supported the accession of
# Moldova and Ukraine", "support for the resumption of Türkiye's accession process", "support
# for efforts to restore Ukraine's territorial integrity", "the mediation efforts led by the
# African Union", "continues to support Moldova's efforts", "welcomed and endorsed the proposal
# put forward by Brazil", '"firmly supports" Pakistan's efforts'. The verb (not "would support":
# a promise or a hypothetical, nor "refused to support") ...
_BACKING_VERB = r"supports|supported|support|backs|backed|back|endorses|endorsed|endorse"
_BACKING = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:(?:has|have)\s+)?(?:(?:continues|continued|continue)\s+to\s+)?"
    r"[\"“]?(?:(?:welcomed|welcomes|welcome)\s+and\s+)?"
    rf"(?:{_LEADING_ADVERBS}(?:{_BACKING_VERB}))[\"”]?\s+(?P<obj>[^.;]*)"
)
# ... or its noun after a stating verb: "reiterated Italy's support for ..."
_BACKING_NOUN = re.compile(
    r"\b(?:expressed|reaffirmed|reiterated|affirmed|voiced|underscored|declared|confirmed|"
    r"emphasi[sz]ed|stressed|highlighted|express|reaffirm|reiterate|affirm|voice|underscore|"
    r"declare|confirm)\s+"
    # (not "expressed concern about Western support for Ukraine's army")
    r"(?:(?:(?!(?:concerns?|worries|alarm|about|over|at|against|opposition|no)\s)[\w§'’]+\s+){0,3})"
    r"support\s+(?:for|of|to)\s+(?P<obj>[^.;]*)"
)
_BACKING_WORDS = leading_words(_BACKING_VERB) | {"support"}
# the owner in the object: the first mention, possessive ("Moldova's efforts"), after a noun of
# what it has or does ("the accession of Moldova and Ukraine", "the claims of Serbia"), or the
# agent of its initiative ("led by the African Union", "proposed by President Joko Widodo")
_OWNED_NOUN = (
    r"(?:accession|membership|admission|candidacy|candidature|bid|application|claims?|rights?|"
    r"cause|aspirations|efforts|endeavou?rs|work|initiatives?|proposals?|plans?|position|stance|"
    r"role|leadership|chairmanship|presidency|mediation|sovereignty|independence|integrity|"
    r"unity|security|stability|development|recovery|reconstruction|reforms?|integration|path|"
    r"choice|transition|government|authorities)"
)
_OWNER_LIST = r"§[SOPG]\d+§(?:(?:,\s+|,?\s+and\s+(?:by\s+)?)(?:the\s+)?§[SOPG]\d+§){0,5}"
_OWNER = re.compile(
    r"^(?P<pre>(?:[\w'’\"“”-]+\s+){0,8}?)(?:the\s+)?(?:"
    # ("Türkiye's EU accession process": another mention may follow)
    r"(?P<poss>§[SOPG]\d+§)(?:['’]s\b|['’](?=\s+[\w§]))"
    rf"|{_OWNED_NOUN}\s+of\s+(?:the\s+)?(?P<of>{_OWNER_LIST})(?!['’])"
    r"|(?:led|proposed|put\s+forward|championed|advanced|initiated|launched|presented|"
    rf"unveiled)\s+by\s+(?:the\s+)?(?P<by>{_OWNER_LIST})(?!['’])"
    # "support for the priorities of the Brazilian presidency of the G20": the state's office
    # (session 37)
    r"|(?P<dem>§D\d+§)\s+(?:presidency|chairmanship|chairpersonship)\b"
    r")"
)
# what is no backing of the party named in it: "sanctions against Russia", "the withdrawal of
# Russian troops", "the investigation of Russia's war crimes", "the suspension of Russia's
# membership", "the victims of Russia's aggression"
_NOT_BACKED = re.compile(
    r"\b(?:against|from|on|over|with|without|into|between|among|towards?|sanctions?|pressure|"
    r"investigations?|prosecution|punishment|isolation|withdrawal|expulsion|exclusion|removal|"
    r"suspension|condemnation|ban|embargo|end|ending|halt|defeat|containment|accountability|"
    r"ouster|denucleari[sz]ation|disarmament|victims|opponents|critics|enemies|troops|army|"
    r"forces|military)\b"
)
_HOSTILE_OWNED = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:aggression|war|invasion|attacks?|crimes|occupation|violations|"
    r"abuses|threats?|blockade|annexation|provocations?|strikes|troops|army|forces|military)\b"
)


def _backed_owner(analysis: Analysis, doc: Doc, text: str, actors: list[Entity]) -> bool:
    """SUPPORT (051; 052 for a state's sovereignty) of the owner of what the actors back."""
    m = _BACKING.match(text) or _BACKING_NOUN.search(text)
    if m is None or _NOT.search(text, 0, m.start("obj")):
        return False
    obj = m.group("obj")
    own = _OWNER.match(obj)
    if own is None or SLOT.search(own.group("pre")) or _NOT_BACKED.search(own.group("pre")):
        return False  # (the first mention is the owner, and what is before it no hostile act)
    slots = own.group("poss") or own.group("of") or own.group("by") or own.group("dem")
    if own.group("poss") and _HOSTILE_OWNED.match(obj, own.end("poss")):
        return False
    keys = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
    owners = _demonym_state(analysis, slots) if own.group("dem") else actors_in(analysis, slots)
    recipients = [e for e in owners if e.key not in keys]
    if not recipients:
        return False
    code = "052" if _THIRD_PARTY.search(obj, 0, own.end() + 40) else "051"
    when = statement_date(analysis, doc, actors)
    doc.add(FactClass.EVENT, event_args("SUPPORT", code, actors, recipients, when), analysis, 0.75)
    return True


# "The United States stands with our ally, the Philippines, in the face of ...": a party
# defended in words (not "stands ready to help")
_STANDS_WITH = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:stands|stand|stood)\s+(?:firmly\s+|resolutely\s+|squarely\s+|"
    r"united\s+|shoulder\s+to\s+shoulder\s+|side\s+by\s+side\s+)?"
    # ("said it stood in solidarity with Lithuania")
    r"(?:in\s+(?:full\s+|complete\s+|firm\s+|strong\s+|total\s+)?solidarity\s+)?with\s+"
    r"(?:(?:our|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:ally|allies|partners?|friends?|"
    rf"neighbou?rs?),?\s+)?(?:the\s+)?(?P<r>{ACTORS})"
)
# "reaffirmed President Biden's strong commitment to Saudi Arabia's security", "reaffirms that
# Article IV of the Mutual Defense Treaty extends to armed attacks on Philippine armed forces": a
# commitment to defend a named party (AGREE 030)
_REAFFIRMED = (
    r"(?:reaffirmed|reaffirms|reaffirm|reiterated|reiterates|reiterate|affirmed|affirms|"
    r"underscored|underscores|underscore)\s+"
)
_DEFENCE_COMMITTED = re.compile(
    rf"^\s+{_LEADING_ADVERBS}{_REAFFIRMED}(?:(?:the|our|its|their|his|her)\s+|"
    r"(?:the\s+)?§[SPD]\d+§['’]s?\s+)?(?:[\w-]+\s+){0,3}?commitments?\s+to\s+(?:the\s+)?"
    r"(?P<r>§[SO]\d+§)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:security|defen[cs]e|sovereignty|"
    r"territorial\s+integrity)\b|"
    rf"^\s+{_LEADING_ADVERBS}{_REAFFIRMED}that\s+[^.;]{{0,80}}?(?:[Dd]efen[cs]e\s+[Tt]reaty|"
    r"(?:security|defen[cs]e)\s+(?:commitments?|guarantees?))\s+(?:extends?|applies|apply|"
    r"covers?)\s+to\s+[^.;§]{0,60}?(?P<d>§[SD]\d+§)"
)
# "We support the efforts of ASEAN to conclude a Code of Conduct": backing of a party's work
_STOOD_WORDS = frozenset(
    "stands stand stood reaffirmed reaffirms reaffirm reiterated reiterates reiterate affirmed "
    "affirms underscored underscores underscore supports supported support".split()
)
_SUPPORTS_EFFORTS = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:supports|supported|support)\s+the\s+"
    r"(?:[\w-]+\s+)?(?:efforts|work|leadership|initiative|initiatives|role)\s+of\s+(?:the\s+)?"
    rf"(?P<r>{ACTORS})"
)


def _stood_with(analysis: Analysis, doc: Doc, text: str, actors: list[Entity]) -> bool:
    """SUPPORT (052) of a party the actors stand with, (051) of one whose efforts they
    support, AGREE (030) to defend one: each to the party named."""
    m = _STANDS_WITH.match(text) or _SUPPORTS_EFFORTS.match(text)
    agree = _DEFENCE_COMMITTED.match(text) if m is None else None
    found = m or agree
    if found is None or _NOT.search(text, 0, found.start()):
        return False
    own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
    slot = (found.group("r") or found.group("d")) if agree else found.group("r")
    named = (
        _demonym_state(analysis, slot)
        if slot.startswith("§D")
        else [e for e in entities_of(analysis, slot) if e.kind in ACTOR_KINDS]
    )
    recipients = [e for e in named if e.key not in own]
    if not recipients:
        return False
    if agree is not None:
        event_type, code = "AGREE", "030"
    else:
        event_type, code = "SUPPORT", "052" if m is not None and "with" in m.group(0) else "051"
    when = statement_date(analysis, doc, actors)
    doc.add(FactClass.EVENT, event_args(event_type, code, actors, recipients, when), analysis, 0.75)
    return True


def _support_people(analysis: Analysis, doc: Doc, text: str, actors: list[Entity]) -> bool:
    """SUPPORT (051) of a people, to the linked state its demonym or name stands for ("China
    firmly supports the just cause of the Palestinian people")."""
    if "people" not in analysis.words:
        return False
    m = _SUPPORTS_PEOPLE.match(text) or _SUPPORT_PEOPLE.search(text)
    if m is None or _NOT.search(text, 0, m.start()):
        return False
    own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
    states = (
        _demonym_state(analysis, m.group("d"))
        if m.group("d")
        else [e for e in entities_of(analysis, m.group("s")) if e.kind is EntityKind.STATE]
    )
    recipients = [e for e in states if e.is_linked and e.key not in own]
    if not recipients:
        return False
    when = statement_date(analysis, doc, actors)
    doc.add(FactClass.EVENT, event_args("SUPPORT", "051", actors, recipients, when), analysis, 0.75)
    return True


# "Gazprom and the National Iranian Oil Company signed a memorandum ...": two companies the KB
# does not know (capitalised names, a demonym inside), signing a document of their own
_FIRM_NAME = (
    r"(?:[Tt]he\s+)?(?:[A-Z][\w&'’-]*|§D\d+§)(?:\s+(?:[A-Z][\w&'’-]*|§D\d+§|of|for|and\s+Gas)){0,5}"
    # "the Export-Import Bank of Korea"
    r"(?:\s+of\s+§S\d+§)?"
)
_FIRMS_SIGNED = re.compile(
    rf"(?P<a>{_FIRM_NAME})\s+and\s+(?P<b>{_FIRM_NAME})\s+(?:also\s+|today\s+)?(?:have\s+|has\s+)?"
    r"signed\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,3}?(?P<doc>memorand(?:ums?|a)|MoUs?|"
    r"MOUs?|contracts?|agreements?|deals?)\b"
)
# what makes a name a company's: its last word, an acronym, an inner capital ("PetroChina")
_FIRM_WORD = re.compile(
    r"(?:\b(?:Company|Corporation|Corp|Group|Bank|Holdings?|Petroleum|Oil|Gas|Energy|Airlines|"
    r"Industries|Motors|Inc|Ltd|LLC|PLC|AG|SA|GmbH)|\b[A-Z]{2,6}|[a-z][A-Z]\w*)$"
)
_SLOT_IN_NAME = re.compile(r"§[A-Z]\d+§")
_THE = re.compile(r"^[Tt]he\s+")
_OF_PLACE = re.compile(r"\s+of\s+§S\d+§$")
# "In the presence of the two leaders, ...", "..., witnessed by Putin and Raisi": who watched
_PRESENCE = re.compile(
    r"(?:[Ii]n\s+the\s+presence\s+of|witnessed\s+by)\s+(?:the\s+)?(?P<g>§P\d+§(?:\s+and\s+§P\d+§)?)"
)


def _company_signing(analysis: Analysis, doc: Doc, at: int) -> None:
    """SUPPORT (057) by two companies that signed a document (no treaty between states: a
    company contract), dated as the talks their leaders watched it at."""
    m = _FIRMS_SIGNED.match(analysis.masked, at)
    if m is None:
        return
    names = [m.group("a"), m.group("b")]
    bare = [_THE.sub("", n) for n in names]
    if any(_SLOT_IN_NAME.fullmatch(n) for n in bare):
        return  # (a known party: not a company the KB lacks)
    shaped = [bool(_FIRM_WORD.search(_OF_PLACE.sub("", n))) for n in bare]
    if not any(shaped) or not all(ok or " " not in n for ok, n in zip(shaped, bare, strict=True)):
        return  # ("Alexei Miller and Saparmurat Niyazov signed ...": people)
    firms = [
        Entity.unlinked(
            _SLOT_IN_NAME.sub(lambda s: analysis.mention(s.group(0)).text, n),
            EntityKind.ORGANIZATION,
        )
        for n in bare
    ]
    watched = _PRESENCE.search(analysis.masked, 0, m.start())
    witnesses = entities_of(analysis, watched.group("g")) if watched is not None else []
    when = statement_date(analysis, doc, witnesses)
    doc.add(FactClass.EVENT, event_args("SUPPORT", "057", firms, when=when), analysis, 0.7)


OWN_BID = re.compile(
    r"\s*(?:the\s+)?§[SD]\d+§['’]s?\s+(?:[\w-]+\s+)?(?:bid|application|accession|membership|candidacy)"
)


_TO_SIGN = re.compile(r"\b(?:will|to)\s+sign")
# "recalled the talks they had held in Baku in August during his visit, when ...", "recalling his
# visit to Hanoi last year, when ...": a clause of an occasion recalled, ending where the signers
# start
_RECALLED_WHEN = re.compile(
    r"\b(?:recalled|recalling|remembered|recalls)\s+(?:that\s+)?(?:the|his|her|their|its)\s+"
    r"[^;]{0,160}?,\s+when\s+(?:the\s+)?[^,;]{0,80}$"
)
# "since 2018, when the two leaders ...", "in 2015, when Russia and Egypt ...": a clause of a year
# ending right where the signers start
_WHEN_CLAUSE_YEAR = re.compile(
    r"\b(?:since|in)\s+(?P<y>(?:1[89]|20)\d\d),\s+when\s+(?:the\s+)?[^,;]{0,80}$"
)
# "signed the Initiative", "signed the Black Sea Grain Initiative": a document by its name (not
# "signed on to an initiative")
_INITIATIVE = re.compile(r"(?:the|an?)\s+(?:[A-Z][\w-]*\s+){0,4}Initiative\b")
# "signed a strategic partnership for cooperation in defence": the partnership's document
# (session 20; not "signed ... with the partnership in mind")
_PARTNERSHIP_SIGNED = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?[Pp]artnership\b")
# "exchanged notes on Japanese ODA loans": an exchange of notes concludes an agreement
_NOTES = re.compile(r"(?:the\s+)?notes\b")
_CO_SIGNERS = re.compile(
    # not "signed the deal, with China looking on": a witness; nor "adopted the resolution, with
    # Russia and China abstaining": voters who did not back it (session 37)
    rf"\bwith\s+(?:the\s+)?(?P<g>{ACTORS})(?![^.;]{{0,40}}?\b(?:looking\s+on|watching|"
    r"present|in\s+attendance|as\s+(?:a\s+)?witness(?:es)?|witnessing|abstaining|abstained|"
    r"voting|dissenting|objecting|opposing|opposed|boycotting|absent|"
    # ("with Erdogan at their side", "with the mediator by his side", "with Qatar's emir standing
    # behind them": a witness; session 42)
    r"(?:at|by)\s+(?:his|her|their|its)\s+sides?|beside\s+(?:him|her|them)|"
    r"standing\s+(?:by|behind|beside|next\s+to)|on\s+hand))"
)


# an act one party completes alone: its ratification or approval of a pact with another
_ONE_SIDED_SIGN = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:(?:have|has|had)\s+)?(?:ratified|approved)\b"
)


# ", and Y signed it on behalf of China", ", while Y signed for Vietnam": a second signer of the
# document the clause before told
_SECOND_SIGNER = re.compile(
    r",?\s+(?:and|while|whereas)\s+(?:the\s+)?(?:§D\d+§\s+)?(?P<g>§P\d+§)\s+(?:also\s+)?signed\s+"
    r"(?:it\s+|them\s+)?(?:on\s+behalf\s+of|for)\s+(?:the\s+)?§[SD]\d+§"
)


def _signing(analysis: Analysis, doc: Doc, rest: str, actors: list[Entity]) -> bool:
    m = None if _SIGN_WORDS.isdisjoint(analysis.words) else _SIGN.match(rest)
    if not m or not (
        DOCUMENT.search(m.group("what")[:120])
        or _INITIATIVE.match(m.group("what"))
        or (m.group(0).lstrip().startswith("signed") and _PARTNERSHIP_SIGNED.match(m.group("what")))
        or (m.group(0).lstrip().startswith("exchanged") and _NOTES.match(m.group("what")))
    ):
        return False
    if _TO_SIGN.search(rest[: m.start() + 20]):
        return False
    if OWN_BID.match(m.group("what")):
        return False  # "ratified Finland's accession protocol": backing Finland (events.py)
    # (not "deposited its instrument of accession with the United States": the depositary)
    # (nor "ratified the free trade agreement with China": the partner signed, it did not
    # ratify here; session 25)
    co_signers = (
        None
        if m.group("deposit") or _ONE_SIDED_SIGN.match(m.group(0))
        else _CO_SIGNERS.search(m.group("what"))
    )
    if co_signers:
        actors = actors + [
            e for e in entities_of(analysis, co_signers.group("g")) if e.kind in ACTOR_KINDS
        ]
    at = analysis.masked.find(rest)
    if at >= 0 and (second := _SECOND_SIGNER.match(analysis.masked, at + len(rest))) is not None:
        # "X signed the protocol on behalf of Russia, and Y signed it on behalf of China": one
        # signing, both its signers
        actors = actors + [
            e for e in entities_of(analysis, second.group("g")) if e.kind is EntityKind.PERSON
        ]
    # ministers of the meeting's states sign at it ("In the presence of the two leaders, the
    # foreign ministers exchanged notes ...")
    states = [s for a in actors if a.kind is EntityKind.PERSON and (s := state_of(doc, a))]
    when = statement_date(analysis, doc, [*actors, *states], deed=True)
    if "visit" in m.group("what"):
        # "signed twelve memoranda during President Raisi's visit to Muscat in May 2022": the
        # visit's date is the signing's (a year before: background, below; session 28)
        when = _visit_date(analysis, m.group("what")) or when
    named = _YEAR_NAMED.match(m.group("what"))
    if named is not None and doc.date is not None and int(named.group("y")) < doc.date.year:
        # "signed the 2014 agreement on water": the agreement of 2014, signed then (a
        # background signing: the meeting's date is not its own)
        when = TimeValue(int(named.group("y")))
    if when is None and doc.date is not None and analysis.masked.endswith(rest):
        # "bound by a strategic partnership since 2018, when the two leaders signed a declaration
        # to that effect": a signing told in a clause of an earlier year is of that year
        then = _WHEN_CLAUSE_YEAR.search(analysis.masked, 0, len(analysis.masked) - len(rest))
        if then is not None and int(then.group("y")) < doc.date.year:
            when = TimeValue(int(then.group("y")))
    if background_signing(analysis, doc, when):
        # "In 2012, the two countries signed the Special Status Agreement": a background
        # signing is a treaty relation only (ANNOTATION.md §5), not news of a signing
        return True
    if analysis.masked.endswith(rest) and _RECALLED_WHEN.search(
        analysis.masked, 0, len(analysis.masked) - len(rest)
    ):
        # "recalled the talks they had held in Baku in August, when the sides signed ...": the
        # signing of an occasion recalled, background (session 37, treaty)
        return True
    args = event_args("SUPPORT", "057", list({a.key: a for a in actors}.values()), when=when)
    where = _SIGNED_IN.search(m.group("what"))
    if where is not None and _WHAT_IN.search(m.group("what"), 0, where.start("c")):
        where = None  # "an agreement on reconstruction projects in Kharkiv": what, not where
    where = where or _OPENS_IN.match(analysis.masked) or _PLACE_FIRST.match(m.group("what"))
    if where is not None and (place := analysis.mention(where.group("c")).entity) is not None:
        args["place"] = [place]  # "signed a defence agreement in Port Moresby"
    doc.add(FactClass.EVENT, args, analysis, 0.8)
    if co_signers and "counterpart" in analysis.sentence.text:
        _counterparts_treaty(doc, analysis, m.group("what"), co_signers, actors, when)
    return True


def _counterparts_treaty(
    doc: Doc,
    analysis: Analysis,
    what: str,
    co_signers: re.Match[str],
    actors: list[Entity],
    when: TimeValue | None,
) -> None:
    """ "signed a separate agreement with his Chinese counterpart Wang Yi on cooperation in
    space": the TreatyRelation of the two officials' states (session 20)."""
    if not TREATY.search(what[: co_signers.start()]):
        return
    people = list({a.key: a for a in actors}.values())
    if len(people) != 2 or any(p.kind is not EntityKind.PERSON for p in people):
        return
    states = [s for p in people if (s := state_of(doc, p)) is not None]
    if len(states) != 2 or states[0].key == states[1].key:
        return
    treaty: dict[str, Sequence[Value]] = {"party": states}
    if when is not None:
        treaty["date"] = [when]
    doc.add(FactClass.TREATY_RELATION, treaty, analysis, 0.7)


# "The two prime ministers witnessed the exchange of seven agreements between India and Nepal":
# the parties to the documents sign (the leaders watch their ministers do it)
# ("The two presidents attended the signing ceremony of six agreements": session 29)
# ("the two presidents supervised the signing of a declaration of intent": session 41)
_WITNESS_VERB = r"witnessed|oversaw|supervised|presided\s+over|attended"
_WITNESSED = re.compile(
    rf"(?:^|,?\s+and)\s+{_LEADING_ADVERBS}(?:(?:have|has|had)\s+)?(?:{_WITNESS_VERB})\s+"
    r"(?:the\s+)?(?:signing|exchange|conclusion)(?:\s+and\s+(?:the\s+)?(?:signing|exchange))?"
    r"(?:\s+ceremony)?\s+of\s+(?P<what>[^.;]*)"
)
_WITNESS_WORDS = leading_words(_WITNESS_VERB)
# the documents of states (not "contracts between Russian and Chinese companies")
_STATE_DOCUMENT = re.compile(
    r"^(?:[^.;]{0,60}?\b)(?:agreements?|treat(?:y|ies)|memorand(?:ums?|a)|MOUs?|MoUs?|protocols?|"
    r"accords?|conventions?|documents|declarations?|instruments|roadmaps?|programmes?|"
    # ("seven memorandums of understanding", "an exchange of notes": session 27)
    r"(?:an?\s+)?exchanges?\s+of\s+notes)\b",
    # ("six Memoranda of Understanding", session 26)
    re.IGNORECASE,
)
_COMPANIES = re.compile(r"\b(?:compan(?:y|ies)|firms?|business(?:es)?|corporations?|commercial)\b")
# ("between the Vietnam Coast Guard and the Philippine Coast Guard": a state's named organ for
# the state; session 37, treaty)
_ORGAN = (
    r"(?:\s+(?:Coast\s+Guard|Navy|Army|Air\s+Force|Armed\s+Forces|Border\s+Guards?|"
    r"(?:[A-Z][a-z]+\s+){0,3}?(?:Ministry|Agency|Authority|Service|Police|Bank|Commission)))?"
)
_BETWEEN_WITNESSED = re.compile(
    rf"\bbetween\s+(?:the\s+)?(?P<g>§[SG]\d+§(?:{_ORGAN}\s+and\s+(?:the\s+)?§S\d+§)?)"
)
# "between ministries, sectors and localities of the two countries": the bodies of the witnesses'
# own states (session 29)
_BETWEEN_OWN = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:(?:relevant|various|government|state|and|(?:ministr|agenc|localit|"
    r"provinc|municipalit)(?:y|ies|e|es)|sectors?|departments?|authorities|bodies|regions),?\s+)"
    r"{1,8}?of\s+(?:§G\d+§|(?:the\s+two|both)\s+(?:countries|sides|nations|states)\b)"
)


# "the two heads of state adopted a Joint Statement and witnessed the signing of a package of
# intergovernmental agreements": a statement adopted, then the states' agreements signed
_ADOPTED_THEN_WITNESSED = re.compile(
    rf"^\s+{_LEADING_ADVERBS}(?:also\s+)?(?:adopted|issued|approved)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:[Dd]eclarations?|[Ss]tatements?|[Cc]ommuniqu[eé]s?)\s+and\s+"
    r"(?:also\s+)?witnessed\b"
)


def _witnessed(analysis: Analysis, doc: Doc, rest: str, actors: list[Entity]) -> bool:
    """SUPPORT (057) by the states whose documents the subject witnessed being exchanged or
    signed: those "between" whom they are, else the witnesses' own (at least two states)."""
    if _WITNESS_WORDS.isdisjoint(analysis.words):
        return False  # (every match has one of the verbs)
    m = _WITNESSED.search(rest)
    if m is None:
        return False
    what = m.group("what")[:160]
    if not _STATE_DOCUMENT.match(what) or _COMPANIES.search(what):
        return False
    if (between := _BETWEEN_WITNESSED.search(what)) is not None:
        parties = entities_of(analysis, between.group("g"))
    elif "between" in what and not _BETWEEN_OWN.search(what):
        return False  # "between the highways authority of India and a Nepalese company"
    else:
        parties = [s for a in actors if (s := side_of(doc, a)) is not None]
        if len(parties) == 1:
            # "Modi witnessed the exchange of MoUs" after his talks with Hasina: both states
            states = meeting_states(doc)
            parties = states if parties[0].key in {s.key for s in states} else []
    parties = list({e.key: e for e in parties}.values())
    if len(parties) < 2 or any(e.kind is not EntityKind.STATE or not e.is_linked for e in parties):
        return False
    when = statement_date(analysis, doc, actors)
    if TREATY.search(what):
        # "... witnessed the signing of several documents, including a memorandum on ...": the
        # treaty binds the states that signed it, from the day of the signing
        treaty: dict[str, Sequence[Value]] = {"party": parties}
        if when is not None:
            treaty["date"] = [when]
        doc.add(FactClass.TREATY_RELATION, treaty, analysis, 0.7)
    if background_signing(analysis, doc, when):
        return True
    doc.add(FactClass.EVENT, event_args("SUPPORT", "057", parties, when=when), analysis, 0.75)
    return True


# the visit a signing was made during, before its date: "during President Raisi's visit to Muscat
# in", "during a state visit to Hanoi on"
_DURING_VISIT = re.compile(
    r"\bduring\s+(?:[\w.'’-]+\s+){0,4}?visit\s+to\s+(?:[\w.'’-]+\s+){1,4}?(?:on|in)\s+$"
)


def _visit_date(analysis: Analysis, what: str) -> TimeValue | None:
    """The one date of the visit the signing in ``what`` was made during, if the sentence writes
    one right after it."""
    text, begin = analysis.sentence.text, analysis.sentence.begin
    found = [
        d.value
        for d in analysis.dates
        if d.end_value is None
        and not d.since
        and _DURING_VISIT.search(text, max(0, d.begin - begin - 90), d.begin - begin)
    ]
    return found[0] if len(found) == 1 else None


def background_signing(analysis: Analysis, doc: Doc, when: TimeValue | None) -> bool:
    """Whether a signing is background: more than a year before the article, or on a date the
    sentence writes out that ended more than a month before it ("signed a defence agreement on
    December 5, 2023, which ..." in March 2024; not "on Tuesday", nor the meeting's date)."""
    if when is None or doc.date is None:
        return False
    if _years_before(when, doc.date):
        return True
    if _OPENS_WITH_DAY.match(analysis.sentence.text) and _years_before(when, doc.date, 7):
        # "On May 20, the two forces signed a ceasefire agreement in Jeddah." in a statement of
        # June 1: the day a sentence opens with, weeks before, sets the scene of what follows
        return any(
            d.value == when and d.begin - analysis.sentence.begin < 4 for d in analysis.dates
        )
    return _background(when, doc.date) and any(d.value == when for d in analysis.dates)


# a sentence that opens with the day of its act ("On May 20, ...", "On 20 May, ...")
_OPENS_WITH_DAY = re.compile(
    r"On\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?,"
)


# the words before "in" that make the town what a document is about ("projects in Kharkiv")
_WHAT_IN = re.compile(
    r"\b(?:situation|conflict|crisis|war|projects?|investments?|reconstruction|rebuilding|"
    r"infrastructure|schools?|hospitals?|plants?|facilities|factory|bridges?|ports?|zones?|"
    r"regions?|areas?|offices?|centres?|centers?|consulates?|embass(?:y|ies)|"
    r"presence|operations?|activities|deployment|stationing|education|housing|"
    # ("adopted a resolution demanding a ceasefire in Gaza": what it is about; session 25)
    r"ceasefire|truce|peace|violence|fighting|hostilities|attacks?|aid|access|elections?)\s+in\s+"
    r"(?:the\s+)?(?:(?:[a-z][\w-]*|§D\d+§|[A-Z][a-z]+)\s+){0,3}?"
    r"(?:(?:city|town|port|resort|capital)(?:\s+of\s+|,\s+|\s+))?$"
)
# "In Kyiv, the two ministers signed ...", "At the Kremlin, ...", "Today in Honolulu, ...",
# "During their visit to Hanoi, ...": where the sentence's act was
_OPENS_IN = re.compile(
    r"(?:(?:Today|Yesterday|Tonight|Earlier\s+today)\s+)?"
    r"(?:In|At|in|at|During\s+(?:the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:time|visit|stay|trip)"
    r"\s+(?:in|to))\s+(?:the\s+)?(?P<c>§[CL]\d+§),"
)
# "the 2014 agreement", "the 1996 Ganges Water Treaty": the year the document is named by
_YEAR_NAMED = re.compile(r"(?:the\s+)?(?P<y>1[89]\d\d|20\d\d)\s+(?!percent\b)[\w§-]")
# where a document was signed: a city or building after the document ("in Port Moresby", "at
# the Kremlin", "in the southern city of Aqaba"), before any other clause
# "adopted in Brussels a roadmap for ...": the place right after the verb (session 20)
_PLACE_FIRST = re.compile(
    r"(?:in|at)\s+(?:the\s+)?(?P<c>§[CL]\d+§)\s+(?:on\s+[A-Z]\w+\s+)?(?:an?|the|two|three)\s"
)
_SIGNED_IN = re.compile(
    r"^[^,;§]*?(?:§[SDOP]\d+§[^,;§]*?)*?\s(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:[a-z][\w-]*|§D\d+§|[A-Z][a-z]+)\s+){0,3}?(?:(?:city|town|port|resort|capital)"
    r"(?:\s+of\s+|,\s+|\s+))?(?P<c>§[CL]\d+§)(?!['’])"
)


def _background(when: TimeValue | None, today: dt.date | None) -> bool:
    """Whether a date, at its precision, ended more than a month before ``today``."""
    return when is not None and today is not None and _years_before(when, today, 31)


def _years_before(when: TimeValue, today: dt.date, days: int = 365) -> bool:
    """Whether a date, at its precision, ended more than a year (or ``days``) before ``today``."""
    if when.precision >= Precision.DAY and when.month and when.day:
        last = dt.date(when.year, when.month, when.day)
    elif when.precision >= Precision.MONTH and when.month:
        last = dt.date(when.year + when.month // 12, when.month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        last = dt.date(when.year, 12, 31)
    return (today - last).days > days


TREATY = re.compile(
    r"\b(?:agreements?|treat(?:y|ies)|memorand\w*|protocols?|accords?|conventions?|MoUs?|MOUs?|"
    # "witnessed the signing of an exchange of notes" (an agreement's form; session 27)
    r"exchanges?\s+of\s+notes|"
    # "a package of 15 intergovernmental and interdepartmental documents was also signed": the
    # agreements of two governments (session 26; not "documents" alone, nor "bilateral
    # documents": a declaration is one)
    r"(?:(?:inter-?governmental|inter-?departmental|inter-?agency)\s+"
    r"(?:and\s+[\w-]+\s+)?documents?|"
    # "witnessed the signing of 36 cooperation documents": the Vietnamese press's name for the
    # agreements and memorandums of a visit (session 29)
    r"cooperation\s+documents?))\b",
    re.IGNORECASE,
)


# what agreements.py reuses to read a commitment an agreement lays down
SUBJECT = SIGNING_SUBJECT
WOULD = _WOULD
IN_PREPARATION = _IN_PREPARATION
SIGNED_BY = _SIGNED_BY
signers = document_signers
commitment = _commitment
