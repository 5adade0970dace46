"""Events told by trigger phrases: the table that maps verb phrases to one of the 16 PLOVER
categories and a CAMEO code, and the rule that reads it.

The actor is the group of mentions closest before the trigger in its clause, the recipient the
first group after it. Negated and hypothetical statements yield nothing; future ones only as
AGREE (a promise is a fact; a planned visit is not). Meetings are in :mod:`.meetings`; the
rules for acts a trigger alone does not tell are in :mod:`.blame`, :mod:`.bodies`,
:mod:`.measures`, :mod:`.assistance` and :mod:`.hostilities`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence

from dipld.extract import acts
from dipld.extract.aidpeople import gaza_people
from dipld.extract.asks import (
    aside_meeting_date,
    briefing_day,
    dates_occasion,
    other_deeds,
    past_boundary,
)
from dipld.extract.demands import demand_code
from dipld.extract.economy import money_args
from dipld.extract.facts import (
    OWN_MINISTRY_NAMES,
    Doc,
    entities_of,
    event_args,
    meeting_states,
    programme_partner,
    side_of,
    state_body,
    state_of,
)
from dipld.extract.juntas import junta_asked, juntas_named
from dipld.extract.mentions import unknown_name_opening
from dipld.extract.parties import agreement_parties
from dipld.extract.patterns import (
    ACTORS,
    CEASEFIRE,
    EPITHET,
    FUTURE,
    HEADCOUNT,
    NEGATION,
    OTHER_TIME,
    POSSESSIVE,
    RELATIVE,
    SLOT,
    STATE_BODY,
    dates_object_event,
    dates_participle_object,
    group_of,
    intro_end,
    other_time,
    serial_list_before,
)
from dipld.extract.people import entity_of
from dipld.extract.spans import Analysis, Code, Mention, hedged
from dipld.extract.triggers import (
    ASKED_WHEN,
    CITY_OF,
    DEMONYM_GOODS,
    ENVOYS_MASKED,
    HELD_TRADE,
    HOSTED_PEOPLE_TEXT,
    LEFT_BODY,
    RECEIVED_GOODS,
    RULERS,
    TRIGGERS,
    Trigger,
)
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
from dipld.temporal import DateMention

# "U.S. officials", "NATO foreign ministers": a state's or organisation's people acting for it
COLLECTIVE = (
    r"(?:officials|diplomats|leaders|negotiators|envoys|delegations?|(?:foreign|defen[cs]e|"
    # ("received the prime ministers of Belgium and the Netherlands": session 29, gatherings)
    r"finance|trade|economy|energy|prime)\s+ministers|ministers|presidents|ambassadors|"
    r"heads\s+of\s+state"
    r"(?:\s+and\s+(?:of\s+)?government)?|heads\s+of\s+government)"
)


# the town an attack struck, right after its verb: "shelled Kharkiv", "attacked the Ukrainian
# port city of Odesa with drones", "struck targets in the town of Sinjar"
_HIT_TOWN = re.compile(
    r"\s+(?:(?:on|at|in|against)\s+|(?:\w+\s+){1,3}?(?:in|near|on|at)\s+)?(?:the\s+)?"
    rf"{CITY_OF}?(?P<p>§[CL]\d+§)(?!['’]|\s*-)"
)


ACTOR_KINDS = frozenset({EntityKind.STATE, EntityKind.ORGANIZATION, EntityKind.PERSON})


# the act a verb before the trigger says is not (yet) done: "agreed to impose sanctions"
_NOT_YET = re.compile(
    r"\b(?:agreed|agree|agrees|pledged|promised|vowed|threatened|threatens|intends?|"
    r"wants?|wanted|seeks?|sought|hopes?|hoped|plans?|planned|ready|prepared|refused|refuses|"
    r"declined|failed|reluctant|unwilling|able)\s+(?:not\s+)?to\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# the slot right after a trigger: "reduced the number of §S1§"
_SLOT_AFTER = re.compile(r"\s+(?:the\s+)?(?P<g>§[SD]\d+§)")
# the act another is asked to do: "urged the European Union to impose sanctions on", "called on
# the G7 to impose ...", "appealed to Brussels to impose ..." (session 29, notes)
_ASKED_TO_ACT = re.compile(
    r"\b(?:urged|urges|urging|urge|asked|asks|asking|called\s+(?:on|upon)|calls\s+(?:on|upon)|"
    r"calling\s+(?:on|upon)|appealed\s+to|appeals\s+to|pressed|presses|pressing|pushed|pushes|"
    r"encouraged|encourages|requested|requests|implored|exhorted)\s+"
    r"(?:(?!,\s+(?:and|but|while)\b|\s(?:and|but)\s+(?:has\s+|have\s+)?[a-z]+ed\b)[^.;]){1,100}?"
    r"\sto\s+(?:also\s+|further\s+|immediately\s+|swiftly\s+|quickly\s+|urgently\s+)?$",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\b(?:if|unless|whether|in\s+case)\b", re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(?:could|would|might|may|should|possibl[ey]|potential(?:ly)?|consider(?:s|ed|ing)?|"
    r"would\s+like)\b"
)
# "agreed to push for additional sanctions", "called for new sanctions": sought, not done
_SOUGHT = re.compile(
    r"\b(?:push(?:ed|ing|es)?|call(?:ed|ing|s)?|press(?:ed|ing|es)?|seek(?:s|ing)?|sought|"
    r"lobb(?:y|ied|ying)|consider(?:ed|ing|s)?|discuss(?:ed|ing|es)?|weigh(?:ed|ing|s)?|"
    r"prepar(?:e|ed|ing)|threat(?:en|ened|ening|ens)|"
    # "the Commission proposed new sanctions", "recommended restrictions": not yet adopted
    # ("proposed a 14th package of sanctions against": four words before the measure)
    r"propos(?:e|ed|es|ing)|recommend(?:s|ed|ing)?|draft(?:s|ed|ing)?)\s+(?:for\s+)?(?:\w+\s+){0,4}$",
    re.IGNORECASE,
)
# an act named by a noun ("sanctions against", "attacks on", "invasion of"), which may be the
# object of the subject's reaction rather than its own act
# a rejection right before "demands", "requests", "calls on" ("rejected the demands of ...",
# "dismissed Moscow's repeated demands"): the noun of someone else's demand, which the rejecter
# does not make (not "renewed its demands that ...")
_DEMAND_REJECTED_BEFORE = re.compile(
    r"\b(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing|rebuffed|rebuffs|spurned|"
    r"ignored|ignores|defied|defies|turned\s+down|brushed\s+aside)\s+(?:the\s+|an?\s+)?"
    r"(?:§[SOPGDC]\d+§['’]s?\s+|[A-Z][a-z]+\s+)?(?:(?:repeated|renewed|latest|new|earlier|recent|"
    r"fresh|persistent)\s+)?$"
)
_NOMINAL_ACT = re.compile(
    r"(?i:sanctions|attacks|invasion|air\s*strikes|airstrikes|strikes|shelling|bombing)\b"
)
# the words before a sanction the sentence's subject reacts to
_REACTED_TO = re.compile(
    r"\b(?:criticis|criticiz|condemn|denounc|protest|complain|slam|reject|oppos|lift|eas|eased|"
    r"blam|decr|respond|retaliat|over|for|against|about|despite|amid|"
    # "The two leaders discussed Russia's invasion of Ukraine": a topic of talks, no news of
    # the attack (session 42b, force)
    r"discuss|debat|"
    # "efforts to prevent the circumvention of EU sanctions against Russia": a regime in force,
    # another's (no new act)
    r"circumvent|evad|evasion|bypass|skirt|violat|enforc|undermin|compl[yi])\w*\s+"
    # "condemned in the strongest terms the Israeli attacks on Rafah"
    r"(?:in\s+the\s+strongest\s+(?:possible\s+)?terms\s+)?(?:[\w§'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# the verbs of an accusation or a refusal before a sanction another party imposed ("condemned
# the sanctions imposed on Russia by the United States", "rejects the sanctions imposed on Cuba
# by ...": the measure is background, the reaction news)
_CONDEMNED = re.compile(
    r"\b(?:(?:criticis|criticiz|condemn|denounc|deplor|slam|blast|lambast|rebuk|castigat|reject|"
    r"oppos)\w*\s+"
    r"(?:in\s+the\s+strongest\s+(?:possible\s+)?terms\s+)?(?:[\w§'’-]+\s+){0,4}|"
    # ... or a demand to end it: "called for the lifting of the sanctions imposed on Zimbabwe
    # by ...", "an end to the embargo imposed by ..." (session 30)
    r"(?:lifting|removal|end|easing|ending|repeal)\s+(?:of|to)\s+(?:[\w§'’-]+\s+){0,3})$",
    re.IGNORECASE,
)


# a verb of aid that is a noun here: "its transfers of drones", "Iran's supplies of arms"
_AID_VERB_AS_NOUN = re.compile(r"(?i:transfers|supplies|ships)$")
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:its|their|his|her|the|these|those|such|any|further|continued|ongoing)|§['’]s?)"
    r"\s+(?:(?!(?:and|or|has|have|had|was|were|is|are|to|that)\b)[\w-]+\s+){0,2}$"
)
# a concern or a condemnation the aid is the object of ("remain concerned about ... and its
# transfers of ...", "condemned the DPRK's delivery of missiles to Russia")
_CONCERN_BEFORE = re.compile(
    r"\b(?:concerns?|concerned|alarmed|troubled|worried|condemn\w*|denounc\w*|deplor\w*|"
    r"criticis\w*|criticiz\w*)\s+(?:about|over|by|at|regarding|that|with)\s"
    # (not past a new clause: "is concerned about the drought and has sent aid to Kenya")
    r"(?:(?!,\s+(?:(?:and|but|while)\s|(?:the\s+)?§)|\s+(?:and|but)\s+(?:has|have|had|will|"
    r"would|also|then|is|are)\b|;)[^;])*$",
    re.IGNORECASE,
)


def _aid_not_given(verb: str, head: str, tail: str) -> bool:
    """Whether an aid verb tells no aid of the sentence's subject: it is a noun ("its transfers
    of drones to Russia"), or the object of a concern or condemnation (another's alleged act)."""
    if _AID_VERB_AS_NOUN.match(verb) and (tail.startswith(" of ") or _NOUN_BEFORE.search(head)):
        return True
    return _CONCERN_BEFORE.search(head, max(0, len(head) - 200)) is not None


# "Hungary blocked the adoption of new EU sanctions against Russia": a measure not taken
# a second object of a reaction: "condemned Russia's war of aggression against Ukraine and its
# attacks on civilian infrastructure" (the attacks are what the subject condemns, as the war is)
_AND_ITS_ACT = re.compile(
    r"\s+and\s+(?:also\s+)?(?:its|their|the|these|those|§[SD]\d+§['’]?s?)\s+(?:[\w-]+\s+){0,3}$"
)
_REACTION_VERB_BEFORE = re.compile(
    r"\b(?:condemn|criticis|criticiz|denounc|deplor|protest|slam|blast|lambast|decr)\w*\s+"
    r"(?:in\s+the\s+strongest\s+(?:possible\s+)?terms\s+)?"
    r"(?:(?!and\b|but\b|while\b|said\b|says\b)[^.;:])*$",
    re.IGNORECASE,
)


def _reacted_conjunct(head: str) -> bool:
    """Whether the nominal act after ``head`` is the second object of a condemnation ("condemned
    X's war against Y and its attacks on ...")."""
    conjunct = _AND_ITS_ACT.search(head, max(0, len(head) - 60))
    return conjunct is not None and bool(
        _REACTION_VERB_BEFORE.search(head, max(0, conjunct.start() - 200), conjunct.start())
    )


# a military act to end and its maker: "an end to the Israeli bombardment of Gaza", "a halt to
# Russia's attacks on ...", "an end to the air strikes by ..."
_ENDED_ACT = (
    r"(?:bombardments?|bombings?|bombing\s+campaign|shelling|(?:air\s*|missile\s+|drone\s+)?"
    r"strikes|airstrikes|(?:missile\s+|drone\s+|military\s+)?attacks|offensive|blockade|"
    r"occupation|aggression|invasion|war|hostilities|military\s+operations?|incursions?|"
    r"crackdown|siege|raids)"
)
_END_TO_ACT = re.compile(
    r"\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:end|halt|stop|cessation)\s+(?:to|of)\s+"
    rf"(?:the\s+|all\s+)?(?:(?P<g>§[SD]\d+§)(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?{_ENDED_ACT}\b|"
    rf"(?:[\w-]+\s+){{0,2}}?{_ENDED_ACT}\s+(?:(?:on|of|against|in)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?§[SDC]\d+§\s+)?by\s+(?:the\s+)?(?P<g2>§[SD]\d+§))"
)
# the party that imposed a measure a demand asks to ease: "the lifting of the sanctions imposed
# on Zimbabwe by the United States and the EU", "an end to the US embargo on Cuba" (session 30)
_LIFTED_MEASURE = re.compile(
    r"\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:lifting|removal|end|easing|ending|repeal)\s+"
    r"(?:to|of)\s+(?:the\s+|all\s+)?(?:(?P<g2>§[SDO]\d+§)(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sanctions|embargo|restrictive\s+measures)\b|(?:[\w-]+\s+){0,2}?(?:sanctions|embargo|"
    r"restrictive\s+measures)\s+(?:(?:that\s+were\s+|which\s+were\s+)?(?:imposed|levied)\s+)?"
    r"(?:(?:on|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?§[SDC]\d+§\s+)?by\s+(?:the\s+)?"
    r"(?P<g>§[SDO]\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§[SDO]\d+§){0,3}))"
)
# the maker of a proposal vetoed: "a proposal by the European Commission", "Ukraine's plan"
_PROPOSAL = r"(?:proposals?|draft(?:\s+resolution)?|resolution|plan|motion|initiative|bid|text)"
_PROPOSAL_OF = re.compile(
    rf"\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{_PROPOSAL}\s+(?:(?:put\s+forward|tabled|"
    rf"submitted|drafted|sponsored|presented)\s+)?(?:by|from)\s+(?:the\s+)?"
    r"(?P<g>§[SOP]\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§[SOP]\d+§){0,4})|"
    rf"(?:the\s+)?(?P<g2>§[SOP]\d+§)['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_PROPOSAL}\b)"
)
_BLOCKED_BEFORE = re.compile(
    r"\b(?:blocked|blocks|blocking|vetoed|vetoes|vetoing|obstructed|obstructs|stalled|stalls|"
    r"delayed|delays|held\s+up|holds\s+up|holding\s+up)\s+(?:[\w§'’-]+\s+){0,6}$",
    re.IGNORECASE,
)


def _condemned_measure(analysis: Analysis, reaction: str, tail: str) -> bool:
    """Whether a measure another party imposed is only what the subject condemns, with no date
    of its own ("condemned the sanctions imposed on Russia by the United States"; not "...
    imposed by China on Monday": news of a sanction)."""
    if not _CONDEMNED.search(reaction):
        return False
    clause = _own_clause(tail)
    return not any(d.text in clause for d in analysis.dates)


_REFUSED = re.compile(r"\b(?:refused|refuses|declined|failed|reluctant|unwilling)\b", re.IGNORECASE)


# the act the sentence only alleges: "Armenia allegedly shelled ...", "Iran is said to have
# supplied drones", "troops purportedly crossed" (session 28)
_ALLEGED_BEFORE = re.compile(
    r"\b(?:(?:allegedly|purportedly|supposedly)\s+(?:(?:had|has|have|been|also)\s+)*|"
    r"(?:is|are|was|were)\s+(?:alleged|said|rumou?red)\s+to\s+(?:have\s+)?(?:(?:also|been)\s+)*)$"
)
# a subject that is a party's proxies, not the party: "Iran-backed militias", "Iran's proxies in
# Iraq", "Russian-backed separatists" (session 28)
_PROXY_SUBJECT_END = re.compile(
    r"(?:§[SDO]\d+§(?:-(?:backed|supported|aligned|allied|sponsored|funded|armed|trained|based)\s+"
    r"(?:[\w-]+\s+){0,3}?|['’]s?\s+(?:proxies|proxy\s+(?:forces|groups|militias|fighters)|allies|"
    r"(?:allied\s+)?militias)\s+(?:(?:in|on|across)\s+§[SCD]\d+§\s+)?)|"
    # "Rebels in eastern Congo, backed by Rwanda, seized ...": men of no state, where they are
    r"\b[RrMmGgFfIiJjSs](?:ebels|ilitants|unmen|ighters|nsurgents|ihadists|eparatists|ilitias?|"
    r"ilitiamen)\s+(?:based\s+|operating\s+)?in\s+(?:(?:eastern|western|northern|southern|central|"
    r"north-eastern|north-western|south-eastern|south-western)\s+)?§[SCD]\d+§(?:\s*,[^,;]{1,60},)?\s+)"
    r"(?:(?:have|has|had|also|again|reportedly|repeatedly)\s+)*$"
)
# a party named only as the backer or base of others: "Iran-backed militias", "Pakistan-based
# militants" (session 28)
_BACKER_SUFFIX = re.compile(
    r"§(?P<g>[SDO]\d+)§-(?:backed|supported|aligned|allied|sponsored|funded|armed|trained|based)\b"
)
_SLOT_ID = re.compile(r"§([SDO]\d+)§")


def _backers_only(analysis: Analysis, masked: str) -> set[str]:
    """The keys of the parties the sentence names only as backers or bases of others."""
    backer: set[str] = set()
    other: set[str] = set()
    for m in _SLOT_ID.finditer(masked):
        keys = {e.key for e in entities_of(analysis, m.group(0))}
        (backer if _BACKER_SUFFIX.match(masked, m.start()) else other).update(keys)
    return backer - other


# an act told by a speaker of another's deed, whose subject the KB does not know: "Israel said
# Hezbollah had fired 30 rockets", "Sudan's army said the RSF had attacked" (session 28)
_UNKNOWN_TOLD_SUBJECT = re.compile(
    r"\b(?:said|says|claimed|claims|alleged|alleges)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:that\s+)?"
    r"(?:the\s+)?(?!(?:It|They|He|She|We)\s)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+"
    r"(?:(?:had|has|have|also|again|reportedly|recently)\s+)*$"
)


# a state's armed forces as the subject of an act of aid: "The Jordanian Armed Forces have ..."
# (:data:`_FORCES_GIVING` after a comma, "and" or "while"; :data:`_FORCES_SUBJECT` matched where
# the sentence's intro ends, "AMMAN (Petra) -- The Jordanian Armed Forces have ...": a "^" would
# never match there)
_FORCES_SUBJECT = re.compile(
    r"(?:[Tt]he\s+)?(?P<d>§D\d+§)\s+(?:Armed\s+Forces|Army)\s+"
    r"(?:(?:has|have|had|also|already|recently|again|now|jointly)\s+)*$"
)
_FORCES_GIVING = re.compile(r"(?:(?<=,\s)|(?<=\sand\s)|(?<=\swhile\s))" + _FORCES_SUBJECT.pattern)


ANY_SLOT = re.compile(SLOT)
_HOSTED_PEOPLE = re.compile(r"^\s+" + HOSTED_PEOPLE_TEXT)
_HOST_VERB = re.compile(
    r"(?:taken|took|takes)\s+in|hosted|hosts|sheltered|shelters|welcomed|(?:is|are|was|were|"
    r"been)\s+(?:(?:currently|still|now)\s+)?(?:hosting|sheltering|taking\s+in)",
    re.IGNORECASE,
)


def hosted_people(analysis: Analysis, tail: str, *, thanks: bool = False) -> list[Entity]:
    """The people sheltered, taken in or granted asylum, as written (unlinked) at the start of
    ``tail``; none when no group of sheltered people is named there. In a ``thanks`` the
    people must be counted and named by their kind ("for hosting more than 1.5 million
    Venezuelan migrants"): not a people only counted ("for sheltering millions of
    Ukrainians", thanks the gold codes alone in two sets of three) nor refugees at large
    ("thanked Poland for hosting refugees": a policy praised)."""
    m = _HOSTED_PEOPLE.match(tail)
    if m is None:
        asylum = _ASYLUM_TO.match(tail)
        if asylum is None:
            return []
        text = asylum.group("people")
    else:
        if m.group("bare") and (m.group("count") is None or thanks):
            return []  # (a bare people's name needs its count: "hosted Ukrainians for talks")
        if thanks and m.group("count") is None:
            return []
        text = m.group("people")
    plain = " ".join(unmasked(analysis, text).split())
    plain = re.sub(r"^(?:the|a|an)\s+", "", plain)
    return [Entity.unlinked(plain, EntityKind.OTHER)] if plain else []


# "granted asylum to the family of the ousted president": the people given it, when no party is
# named (a person or a state named is the recipient the rules read)
_ASYLUM_TO = re.compile(
    r"^\s+(?P<people>(?:the\s+)?(?:family|families|wife|relatives|children|members)\b"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+|§[DS]\d+§\s+){0,3}?(?:[\w-]+|§P\d+§))?)"
    r"(?=\s*(?:[.,;]|$|\s+(?:on|in|after|"
    r"and|who)\b))"
)
# a demand kept up: "will continue to urge", "will also continue to strongly urge" (the demand is
# made now; session 30)
_KEPT_UP = re.compile(r"\b(?:will|shall)\s+(?:also\s+)?continue\s+to\s+(?:\w+ly\s+)?$")
_RULERS_NAMED = re.compile(rf"\s+the\s+(?P<r>{RULERS})\b")
_DEMONYM_GIVER = re.compile(rf"^{DEMONYM_GOODS}")


# the arrival verbs of an aircraft or ship that carries relief, and the carrier named before
# them ("A Chilean air force C-130 Hercules", "an Australian C-17 transport plane", "the
# navy ship HMS Albion")
_ARRIVAL_VERB = re.compile(r"landed|arrived|touched\s+down|followed|docked", re.IGNORECASE)
_AID_CARRIER = re.compile(
    r"\b(?:[A-Z]{1,2}-\d{2,3}[A-Z]?|Hercules|Globemaster|Airbus|Boeing|Ilyushin|Il-\d+|"
    r"(?:transport|cargo|military|relief|aid|air\s+force)\s+(?:planes?|aircraft|jets?|flights?)|"
    r"planes?|aircraft|airplanes?|ships?|vessels?|"
    r"frigates?|warships?|destroyers?|corvettes?)\b(?:\s+(?:[A-Z][\w'-]*|§[A-Z]\d+§)){0,3}"
    r"(?:\s*,[^,]{1,80},)?\s*(?:has\s+|had\s+|also\s+|later\s+|then\s+)?$"
)

# the subject an aircraft or ship of a state's: "An Australian C-17 transport plane"
_DEMONYM_CARRIER = re.compile(r"(?:[Aa]n?\s+|[Tt]he\s+)?(?P<d>§D\d+§)\s+[^§,;]{2,50}$")

_AID_KIND = (
    (
        re.compile(
            r"humanitarian|vaccine|doses|food|medical|medicines?|ambulances|tents|blankets|relief|"
            r"refugees?|rescue|(?-i:HIV|AIDS)|malaria|tuberculosis|epidemic|drinking\s+water",
            re.IGNORECASE,
        ),
        "073",
    ),
    (
        re.compile(
            r"military|security|weapons|defen[cs]e|arms|tanks|missiles|drones|ammunition|artillery|"
            # "the first batch of Su-35 fighter jets", "two Iskander-M systems" (session 33)
            r"fighter\s+(?:jets|aircraft)|warplanes|combat\s+aircraft|attack\s+helicopters|warships|"
            r"frigates|submarines|howitzers|rocket\s+launchers|armou?red\s+vehicles|"
            r"(?-i:[A-Z][A-Za-z]*-[A-Z\d]+)\s+(?:systems?|jets|fighters|launchers)",
            re.IGNORECASE,
        ),
        "072",
    ),
    (re.compile(r"economic|financial|development|budget|loans?|grants?", re.IGNORECASE), "071"),
)
# food staples given free are humanitarian aid (073): "sent 25,000 tonnes of wheat to Mali free
# of charge", "delivered free wheat to Somalia"; staples shipped or delivered without such words
# are mostly traded, and keep the verb's code (session 41c)
_STAPLES = re.compile(
    r"\b(?:wheat|grain|flour|rice|maize|cereals|sunflower\s+oil)\b", re.IGNORECASE
)
_GIVEN_FREE = re.compile(
    r"\b(?:free\s+of\s+(?:charge|cost)|at\s+no\s+cost|as\s+(?:a\s+)?(?:gift|donation)|gratis|"
    r"free\s+(?:wheat|grain|flour|rice|maize|cereals))\b",
    re.IGNORECASE,
)
# "to Ukraine", "for the Philippine Navy", "to vulnerable people in Burma" (a state's forces or
# people stand for the state)
AID_TO = re.compile(
    r"\b(?:to|for)\s+(?:the\s+)?(?:(?:(?:vulnerable|affected|displaced|internally\s+displaced)\s+)?"
    r"(?:people|population|citizens|communities|civilians|government)(?:\s+and\s+"
    r"(?:the\s+)?(?:people|government))?(?:\s+in\s+need)?\s+(?:of|in|across)\s+(?:the\s+)?|"
    # "to flood victims in Afghanistan", "for earthquake survivors in Syria", "to students from
    # Laos": the state those helped are of or in (not "to refugees in Poland": from elsewhere)
    r"(?:[\w-]+\s+){0,2}?(?:(?:victims|survivors|families|children|residents|patients)\s+"
    r"(?:of|in|from|across)|(?:refugees|evacuees|students)\s+(?:of|from))\s+(?:the\s+)?|"
    # "for earthquake relief in Türkiye and Syria", "for flood recovery efforts in Pakistan": the
    # states the relief is in
    r"(?:[\w-]+\s+){0,2}?(?:relief|recovery|response|reconstruction)(?:\s+(?:efforts|operations|"
    r"work))?\s+in\s+(?:the\s+)?|"
    # "to help Ecuador use satellite data", "to support Ukraine's reconstruction": the party
    # helped, named as the object of the purpose
    r"(?:help|support|assist)\s+(?:the\s+)?)?"
    # ("for Laotian students", "to Syrian refugees": those of the state)
    # ("to drought-hit Kenya": an epithet of the state passed over)
    rf"{EPITHET}?(?P<g>{ACTORS}|{STATE_BODY}|§D\d+§(?=\s+(?:students|refugees|children|patients|victims|"
    r"families)\b))"
)
# aid a relative clause says was given, without its sum: "the aid that Japan sent"
_TRAINING_GIVEN = ("given", "provided", "offered", "delivered")  # (the training trigger's verbs)
_GIVEN_THAT = re.compile(
    r"\b(?:that|which)\s.*\b(?:provided|delivered|sent|disbursed|allocated|gave|donated)$"
)
# the sum of aid a relative clause follows: "the $625 million security assistance "
_SUM_BEFORE = re.compile(r"§M\d+§\s+(?:[\w-]+\s+|§[SD]\d+§\s+){0,5}$")
# "delivered air defence systems to Minsk": the government of the capital
# the state whose response money went into: "invested $7 billion in South Africa's ..."
_INVESTED_IN = re.compile(r"[^§]*§M\d+§\s+in\s+(?:the\s+)?(?P<g>§[SD]\d+§)['’]")
# the forces trained and whose they are: "the armed forces of Mali", "Ukrainian soldiers"
_FORCES_TRAINED = (
    r"(?:[\w-]+\s+){0,2}?(?:forces|army|military|troops|soldiers|navy|air\s+force|pilots|"
    r"servicemen|recruits|officers|police|gendarmerie)"
)
_TRAINED_FORCES = re.compile(
    rf"\s+(?:the\s+|{HEADCOUNT})?(?:(?P<g>§[SD]\d+§)['’]?s?\s+{_FORCES_TRAINED}|{_FORCES_TRAINED}\s+of\s+"
    r"(?:the\s+)?(?P<g2>§S\d+§)|(?P<g3>§S\d+§)(?!['’]))"
)
# a state named by its forces ("Ukrainian soldiers", "the Malian army")
_FORCES_NAMED = re.compile(rf"\b{_FORCES_TRAINED}$", re.IGNORECASE)
# the forces noun the mask folded into a demonym's slot after a count ("more than 30,000
# Ukrainian soldiers": the mention is "Ukrainian"; session 41c)
_FORCES_FOLDED = re.compile(rf"\S+\s+{_FORCES_TRAINED}\b", re.IGNORECASE)


def _forces_folded(analysis: Analysis, slot: str) -> bool:
    """Whether the words written from a demonym's slot on name forces of its state."""
    start = analysis.mention(slot).begin - analysis.sentence.begin
    return _FORCES_FOLDED.match(analysis.sentence.text, start, start + 60) is not None


# the central bank a deposit is lodged with, and its state: "$5 billion with the Central Bank of
# Egypt", "$3 billion in Pakistan's central bank" (session 37)
_CENTRAL_BANK_OF = re.compile(
    r"\s+(?:(?:about|nearly|some|over|more\s+than|an\s+additional|another)\s+)?§M\d+§\s+"
    r"(?:with|in|into|at)\s+(?:the\s+)?(?:(?P<g>§S\d+§)['’]s?\s+(?i:central|national|reserve)\s+"
    r"(?i:bank)\b|(?i:central|national|reserve)\s+(?i:bank)\s+of\s+(?:the\s+)?(?P<g2>§S\d+§))"
)
_AID_TO_CAPITAL = re.compile(r"\bto\s+(?P<c>§C\d+§)(?!\s*['’]s?)")
# aid taken into a state, or a part of it named by its compass point (session 40)
_AID_INTO = re.compile(
    r"\binto\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?(?P<g>§S\d+§)"
    r"(?![-–\w§'’])"
)
# the owner of the aid a noun names: "India's humanitarian", "Japan's $5 million" (not "Japan's
# planned", "Russia's promised": no aid given yet)
_AID_OWNER_BEFORE = re.compile(
    r"(?:(?P<g>§[SDO]\d+§)['’]s|\b(?P<own>its|their))\s+(?:§M\d+§\s+)?"
    r"(?:(?!(?:planned|future|proposed|possible|potential|promised|pledged|expected|further|"
    r"additional|new|next|and|or|of|to|for|in|on)\b)[\w-]+\s+){0,3}$"
)
# aid named by its owner as what is stopped: "The UK cut its aid to Kenya", "Hungary blocked the
# EU's aid to Ukraine" (no aid given; session 25)
_AID_STOPPED = re.compile(
    r"\b(?:cut|cuts|suspended|suspends|halted|halts|froze|freezes|paused|pauses|withheld|"
    r"withholds|stopped|stops|slashed|slashes|reduced|reduces|ended|ends|blocked|blocks|vetoed)\s+"
    r"(?:off\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# the party thanked or praised for "its" aid: "thanked India for its assistance"
_OWN_AID_OF = re.compile(
    r"\b(?:thank\w*|prais\w*|commend\w*|appreciat\w*|grat\w*|lauded|hailed|welcomed)\s+"
    r"(?:\w+\s+){0,3}?(?:the\s+)?(?P<g>§[SO]\d+§)\s+for\s+$"
)
# the acts about an aid noun that are no news of it: "discussed", "asked for", "called for"
_AID_TALK = re.compile(
    r"\b(?:discuss\w*|talk\w*|request\w*|ask\w*|call\w*|seek\w*|sought|appeal\w*|need\w*|"
    r"plan\w*|consider\w*|explor\w*|review\w*)\b[^;]*$",
    re.IGNORECASE,
)
# "reaffirmed its support for the Cuban people": backing voiced, no aid (statements.py)
_SUPPORT_VOICED = re.compile(
    r"\b(?:reaffirm|reiterat|express|voic|confirm|underscor|underlin|declar|pledg|stress|"
    r"emphasi[sz]|renew)[a-z]*\s+(?:[\w-]+\s+){0,2}$"
)
_AID_FROM = re.compile(
    r"\b(?:assistance|aid|funding|support|grants?|loans?)\s+from\s+(?:the\s+)?(?P<g>§[SO]\d+§)"
)
# (not "halt the release of treated water", "the release of the report": no persons or
# property let go; session 24)
_RELEASE = re.compile(
    r"\brelease\b(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:water|wastewater|emissions|report|"
    r"data|findings|documents|statement)\b)|"
    # "to free the soldiers" (session 26b; never "free trade")
    r"\bfree\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w§-]+\s+){0,2}?(?:soldiers|hostages|"
    r"prisoners|detainees|journalists|citizens|nationals|sailors|crew|fishermen|activists)\b",
    re.IGNORECASE,
)
# the request's object right after its recipient: help or backing
_ASKED_FOR = re.compile(
    rf"\s+(?:the\s+)?§[SDOP]\d+§(?:['’]s)?\s+{ASKED_WHEN}(?:to\s+(?:(?P<policy>support|back|endorse)|help|"
    r"assist)\b|(?:for\s+)?(?:(?:urgent|further|more|additional|military|economic|financial|"
    r"humanitarian|technical)\s+)?(?:help|assistance|aid)\b)"
)
_TARGETS_IN = re.compile(
    r"\b(?:individuals|entities|companies|firms|banks|officials|persons|people|vessels|"
    r"networks?|oligarchs|generals)\b[^.;§]{0,40}?\b(?:based\s+in|located\s+in|in|from|of|"
    rf"linked\s+to)\s+(?:the\s+)?(?P<g>{ACTORS})"
)
# those in a place who are not its state's side: smugglers, gangs, rebels, or a named group's
# people ("linked to Hezbollah in Lebanon"; session 30)
_NOT_STATE_TARGETS = re.compile(
    r"\b(?:cartels?|gangs?|drug|militants?|rebels?|insurgents?|opposition|dissidents?|"
    r"terrorists?|separatists?|smugglers?|traffickers?|militias?|jihadists?)\b|"
    r"\b(?:linked|tied|connected|close)\s+to\s+(?:the\s+)?[A-Z]|\baffiliated\s+with\s+(?:the\s+)?[A-Z]"
)
# those sanctioned for enabling a party: "on 23 individuals and 21 entities that enable the
# Lukashenka regime's continued repression", "on four companies ... that fund the Wagner Group's
# operations": the party they enable is the one the sanctions aim at
_ENABLERS_OF = re.compile(
    r"\b(?:individuals|entities|companies|firms|banks|persons|people|vessels|networks?|those|"
    r"facilitators|suppliers)\b[^.;§]{0,60}?\b(?:that|who|which)\s+(?:(?:have|help|helped|"
    r"continue\s+to)\s+)?(?:enabl|fund|financ|support|suppl|arm|back|sustain|bankroll|prop)[a-z]*"
    r"\s+(?:up\s+)?(?:the\s+)?(?P<g>§[SO]\d+§)"
)
_RELATIVE_WORD = re.compile(r"\s(?:that|who|which)\s")
_SANCTIONED_OF = re.compile(
    r"\s+(?:on|against)\s+(?:[\w-]+\s+){1,3}?(?:of|at|from)\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?P<g>§[SD]\d+§)"
)
# what a ban names, when it is a name ("the Georgian Orthodox Church"), not goods of a state
_NAME_BANNED = re.compile(
    r"\s+(?:all\s+|the\s+)?(?:(?:imports?|sales?|use|purchases?)\s+of\s+)?(?:[a-z-]+\s+)?"
    r"§[SD]\d+§\s+[A-Z]"
)
_ON_DEMONYM = re.compile(
    r"\s+(?:on|against)\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|up\s+to|"
    r"dozens\s+of|hundreds\s+of|scores\s+of|a\s+further|another|additional|further|new|"
    # ("sanctions on more than 1,000 Russian officials": the demonym and its officials, one slot)
    r"[\d,]+|two|three|four|five|six|seven|eight|nine|ten|several)\s+){1,4}(?P<g>§[SD]\d+§)"
    r"(?![-–'’§])"
)


def _demonym_target(analysis: Analysis, tail: str) -> list[Entity]:
    """The state a counted object of sanctions is of: "tariffs on more than 100 Russian
    metals" (not "sanctions on three Mexican cartel leaders": no state's)."""
    m = _ON_DEMONYM.match(tail)
    if m is None or _NOT_A_STATE_NOUN.match(tail, m.end()):
        return []
    return parties_named(analysis, m)


_BY_ACTOR = re.compile(rf"\bby\s+(?:the\s+)?(?P<g>{ACTORS})")
# "was hit by Russian missiles", "was attacked by forces of Azerbaijan"
# (not a measure: "was targeted by new Canadian sanctions" is a sanction, read in the active)
_BY_ATTACKER = re.compile(
    rf"\bby\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<g>{ACTORS}|§D\d+§)"
    r"(?!\s+(?:[a-z-]+\s+)?(?:sanctions|tariffs|measures|restrictions|penalties|embargo|export\s+"
    r"controls|travel\s+bans)\b)"
)
_ON_TARGET = re.compile(r"\bon\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<g>§[SDO]\d+§)")
_AID_NOUN = re.compile(
    r"\b(?:assistance|aid|funding|grants?|loans?|weapons|vaccines|doses|supplies|tanks|missiles|"
    r"ammunition)\b",
    re.IGNORECASE,
)
# "announced $1 billion in new U.S. assistance": the state whose aid it is gives it
_AID_OWNER = re.compile(
    r"\s+(?:an?\s+)?(?:additional\s+|new\s+|further\s+)?(?:(?:nearly|almost|about|over|up\s+to|"
    r"more\s+than)\s+)?§M\d+§\s+(?:in|of|worth\s+of)\s+(?:new\s+|additional\s+|further\s+)?"
    r"(?P<g>§[SD]\d+§)\s+(?:[\w-]+\s+){0,3}?(?:assistance|aid|funding|support|grants?|loans?)\b"
)
# ", including $665.5 million in security assistance": the parts of the sum before it
_INCLUDING = re.compile(r",?\s+including\s")
_AID_ITEM = re.compile(
    r"§M\d+§\s+(?:in|of|worth\s+of|for)\s+(?:new\s+|additional\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:assistance|aid|funding|support|grants?|loans?)\b"
)
SLOT_GROUP = re.compile(ACTORS)
# a party's armed forces and weapons, which act for it
_FORCES = (
    r"(?:(?:armed|air|naval|ground|land|special|military)\s+)?(?:forces|troops|military|army|navy|"
    r"air\s+force|soldiers|units|missiles|drones|warplanes|jets|aircraft|warships)"
)
# two sides of a mutual act, each told by itself or by its forces ("Sudan's army and the Rapid
# Support Forces", "Armenia's army and Azerbaijan's army"), right before the verb (session 23)
# ("M23 rebels and the Congolese army exchanged fire": a group's men act as their group; session
# 28)
_GROUP_MEN = r"(?:rebels|militants|fighters|insurgents|militiamen|militias?|gunmen|guerrillas)"
_MUTUAL_PAIR = re.compile(
    rf"(?:^|[^§\w])(?:[Tt]he\s+)?(?P<a>§[SDOG]\d+§)(?:['’]s)?(?:\s+(?:{_FORCES}|{_GROUP_MEN}))?\s+and\s+"
    rf"(?:the\s+)?(?P<b>§[SDOG]\d+§)(?:['’]s)?(?:\s+(?:{_FORCES}|{_GROUP_MEN}))?\s+"
    r"(?:\w+ly\s+|have\s+|had\s+|also\s+){0,2}$"
)
# a party reporting its own act: "Israel said it had struck targets in Lebanon", "Iran's navy said
# it had seized a British tanker" (the pronoun is the speaker, the verb's own subject; session 25)
_SAID_IT_END = re.compile(
    r"§(?:['’]s\s+(?:[a-z]+\s+){0,2}?(?:military|army|navy|forces|government|ministry|coast\s+guard|"
    r"air\s+force))?\s+(?:also\s+)?(?:said|says|announced|confirmed|stated|reported)\s+"
    r"(?:(?:on\s+[A-Z][a-z]+|today|yesterday|late\s+on\s+[A-Z][a-z]+)\s+)?"
    # ("Saudi Arabia said in a statement that it strongly condemned ...": session 31)
    r"(?:(?:in|via)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[ée]|post)\s+"
    r"(?:(?:on\s+[A-Z][a-z]+|today|yesterday)\s+)?)?(?:that\s+)?(?:it|they)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+|also\s+)?$"
)
_OWN_FORCES_END = re.compile(
    rf"\b(?:its|their)\s+{_FORCES}\s+(?:\w+ly\s+|has\s+|have\s+|had\s+|also\s+){{0,2}}$"
)


# the pronoun's second verb: "(said that) it had severed relations with Taiwan and recognised"
_PRONOUN_AND = re.compile(
    r"(?:[Tt]hey|it)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+|also\s+)?[a-z]+ed\s+"
    r"(?:(?!said\b|says\b|that\b|who\b|which\b|and\b)[^;:,])*?\s+and\s+(?:also\s+|then\s+)?$"
)
_SUBJECT_WORDS = re.compile(
    r"(?P<w>\b(?:[Tt]hey|[Hh]e|[Ss]he|[Ww]e|it|[Tt]he\s+(?:two\s+)?(?:leaders|sides|parties|ministers))\b|"
    # "It calls on Russia to ...": a sentence's opening "It" right before the act's verb (not
    # "It is important that ...", whose verb is no act) (session 20)
    r"^It(?=(?:\s+(?:also|further|therefore))?\s+$)|"
    # "The Kingdom has also asked ...": the kingdom the article's subject is
    r"\b(?:[Tt]he\s+Government\s+of\s+)?[Tt]he\s+Kingdom\b(?!\s+of\b))|"
    # "Russia's defence ministry said its forces had struck ...": the subject's own forces
    rf"\b(?P<own>its|their)\s+{_FORCES}\b"
)


# "§S0§, §S1§" before ", and §S2§": a list with a serial comma
_SERIAL_AND = re.compile(r"§,\s+and\s+(?:the\s+)?§[SDOPG]\d+§(?:\s+(?:\w+\s+)?[a-z]+)?\s*$")
_CLAUSE_BREAK = re.compile(
    r";|\bwhich\b|\bwho\b|\bthat\b(?=\s+(?!§))|,\s+(?:while|as|and\s+(?=§))|"
    # "... severed ties after protesters attacked ...": a clause with a subject of its own
    # (not "once again", "once more": an adverb; session 35)
    r"\b(?:after|before|when|because|since|until|once(?!\s+(?:again|more)\b)|while)\s+"
    r"(?=(?:the\s+|some\s+|many\s+)?[a-z])"
    # (not a time told by a phrase: "condemned the launches since the beginning of last year and
    # urged ...", "until the end of the year", "since last year"; session 43)
    r"(?!the\s+(?:beginning|start|end|middle|turn|past|last|first\s+half|second\s+half)\b|"
    r"(?:last|this|next|early|late|mid|then|now)\b)"
)
# the words that open a clause with a subject of its own in _CLAUSE_BREAK (session 40)
_SUBORDINATORS = frozenset("after before when because since until once while".split())
_REPORTED = re.compile(
    r"\b(?:said|says|warned|warns|stressed|noted|argued|claimed|insisted|added|"
    # "Honduras announced that it had severed ...": the speaker's own act
    r"announced|announces|confirmed|confirms|stated|"
    # "Morawiecki told lawmakers that the cut-off was ...": a telling to an audience (session 35b)
    r"told\s+(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:reporters|journalists|lawmakers|"
    r"legislators|parliament|deputies|senators|press|conference|briefing))"
    # ("Russia said on Wednesday that it had expelled ...", "said late on Saturday that")
    r"(?:\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|yesterday)(?:\s+(?:night|evening|morning))?)?"
    # "Latvia announced the same day that it was also leaving ..." (session 20)
    r"(?:\s+(?:on\s+)?the\s+same\s+day)?"
    # "Saudi Arabia said in a statement on Monday that it condemned ..." (session 31)
    r"(?:\s+(?:in|via)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[ée]|post)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday))?)?\s+$"
)
_AND_END = re.compile(r"\s+and\s+(?:also\s+)?$")
# "... was a direct attack on Poland and": a party after a preposition, no subject of the clause
_PREPOSITION_SLOT = re.compile(
    rf"\b(?:on|to|against|with|by|from|in|into|for)\s+(?:the\s+)?{ACTORS}(?:['’]s)?"
)
_COMMA_AND_END = re.compile(r",\s+and\s+(?:also\s+)?$")
# "according to Pashinyan, Azerbaijani forces had ...": the source (``s``) of the act of ``g``
_ACCORDING_BEFORE = re.compile(
    rf"\baccording\s+to\s+(?:the\s+)?(?P<s>{ACTORS})(?:['’]s)?(?:\s+[a-z]+){{0,3}},\s+"
    r"(?:the\s+)?(?P<g>§[SDOPG]\d+§)(?:\s+[a-z]+){0,2}\s+$"
)
_SAID_ASIDE = re.compile(r",\s+(?:the\s+)?(?P<s>§[SOPG]\d+§)\s+$")
# "Moscow claims that Ukraine attacked ...", "... alleged that Russian troops shelled ..."
_ALLEGED = re.compile(
    # ("stressed that the Kyiv regime had shelled residential areas": the Kremlin's style)
    r"\b(?P<verb>claim(?:s|ed)?|alleg(?:es|ed)|said|says|stated|reported|told\s+[\w\s]{1,30}?|"
    # ("Putin explained that the approaches had been mined by ...": session 28)
    r"stressed|noted|emphasi[sz]ed|pointed\s+out|insisted|charged|asserted|explained|explains)"
    # ("where, he said, Azerbaijani forces had occupied ...": the verb set off by commas)
    r"(?:\s+|(?<=said|says),\s+)(?:that\s+)?[^;]*$"
)
# "..., the Ukrainian military said.", "..., according to Ukraine's defence ministry.": who
# reports the act, at the end of the sentence
SAID_AFTER = re.compile(
    rf",\s+(?:(?:the|a)\s+)?(?P<s>{ACTORS})(?:['’]s)?(?:\s+[a-z]+){{0,3}}\s+"
    # (", Foreign Minister Ahmed Attaf announced.", session 31)
    r"(?:said|says|claimed|claims|alleged|reported|added|announced|stated|confirmed|"
    # (", Chancellor Olaf Scholz told reporters in Berlin.")
    r"told\s+(?:reporters|journalists)(?:\s+in\s+§C\d+§(?!\w))?)(?!\w)(?:\s+(?:on\s+)?[A-Za-z]+)?"
    # (", Russian officials said, in the latest of a string of attacks on ...")
    r"(?:,\s+(?:in|as|amid)\s+[^;]*)?\s*[.!]?\s*$|"
    rf",\s+according\s+to\s+(?:(?:the|a)\s+)?(?P<s2>{ACTORS})(?:['’]s)?(?:\s+[a-z]+){{0,3}}"
    r"\s*[.!]?\s*$"
)
# how far from the end of a sentence its closing speaker can begin (", the Ukrainian military
# said."): a bound that keeps the search off the rest of a long sentence
SAID_SPAN = 300
_PASSIVE_END = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+$")
# a passive auxiliary right before a trigger ("was shelled", "were reportedly arrested", "has
# been bombed"), and the participle a trigger then starts with
_PASSIVE_AUX = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:[a-z]+ly\s+)?$"
)
_PARTICIPLE = re.compile(r"(?:[a-z]+ed|struck|hit|shot|seized|taken|held|beaten|overrun)\b")
# a passive verb the trigger's is joined to: "were arrested on July 10 and " (before "accused by")
_PASSIVE_CONJUNCT = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|ld|wn)\b"
    r"[^,;:.§]*(?:§[A-Z]\d+§[^,;:.§]*)?\s+and\s+(?:later\s+|then\s+|also\s+)?$"
)

_ING = re.compile(r"[a-z]+ing\b")
# the agent of a passive, right after its verb ("was condemned by France", "were vetoed on
# Tuesday by the United States", "was criticised by Chinese officials"); not "by the end of the
# year", "by 2030", "by a vote of 13 to 2"
_BY_AGENT = re.compile(
    rf"\s+(?:(?:[a-z]+ly|on\s+[A-Z][a-z]+|today|yesterday|again|also|in\s+the\s+strongest\s+"
    rf"(?:possible\s+)?terms),?\s+){{0,2}}by\s+(?:the\s+)?(?:(?P<g>{ACTORS})(?!['’]|\s+§)|"
    r"(?P<d>§D\d+§)\s+(?:officials|government|authorities|leaders|diplomats|ministry|foreign\s+"
    r"ministry|leadership|president|prime\s+minister|delegation)\b)"
)


# a passive auxiliary before a participle, with the adverbs and asides a passive takes ("was
# in turn accused", "has been repeatedly criticised", "was, however, condemned")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being)(?:\s*,\s*[a-z]+(?:\s+[a-z]+)?\s*,|\s+(?:[a-z]+ly|also|"
    r"again|in\s+turn|then|now|later|once|twice|first|even|all|both|jointly|publicly))*\s+$"
)


def _passive_voice(trigger: Trigger, cameo: str, head: str, verb: str) -> bool:
    """Whether the trigger is a participle in the passive ("was condemned", "were sharply
    criticised", "has been vetoed"), for the triggers whose passives have no rule of their own
    (attacks, summons and expulsions, sanctions imposed by ...)"""
    return (
        not trigger.passive
        and trigger.event_type != "ASSAULT"
        and cameo not in _ENVOY_CODES
        # ("Armenia's armed forces have been placed on the highest level of combat readiness":
        # forces put on alert are their own state's, which acts; session 32)
        and cameo != "152"
        and _PARTICIPLE.match(verb) is not None
        and _PASSIVE_BEFORE.search(head, max(0, len(head) - 60)) is not None
    )


# the one whose seat or bid a passive veto blocks: "Taiwan's bid to join the World Health
# Assembly was ", "the UN, where its membership is ", "The membership of Palestine in the UN has
# been " (session 28)
_BID_NOUN = r"(?:membership|bid|application|accession|candidacy|participation|admission|entry)"
_BID_OF = re.compile(
    rf"(?:(?P<g>§[SD]\d+§)['’]s?\s+(?:[\w-]+\s+)?{_BID_NOUN}|(?P<its>\bits)\s+(?:[\w-]+\s+)?"
    rf"{_BID_NOUN}|\b{_BID_NOUN}\s+of\s+(?:the\s+)?(?P<of>§S\d+§))"
    r"(?:[^,;§]|§[OC]\d+§)*$"
)


def _bidder(analysis: Analysis, head: str) -> list[Entity]:
    """The state whose membership or bid the passive verb after ``head`` blocks (see _BID_OF);
    "its" is the state the sentence opens with. Empty if the clause tells none."""
    m = _BID_OF.search(head, max(0, len(head) - 160))
    if m is None:
        return []
    if m.group("its"):
        state = STATE_SUBJECT.match(head[intro_end(head) :])
        slot = state.group("g") if state is not None else None
    else:
        slot = m.group("g") or m.group("of")
    if slot is None:
        return []
    return [e for e in entities_of(analysis, slot) if e.kind is EntityKind.STATE]


def _subject_text(head: str) -> str:
    """The clause before a passive verb, as an object ("The agreement was " -> " the
    agreement was "), for :func:`acts.agents_of`."""
    clause = head[intro_end(head) :]
    return " " + clause[:1].lower() + clause[1:]


def _agent_state(doc: Doc, analysis: Analysis, agent: re.Match[str]) -> list[Entity]:
    """The state whose officials or government a demonym agent names ("by Chinese officials")."""
    if agent.group("d") is None:
        return []
    return [e for e in entities_of(analysis, agent.group("d")) if e.kind is EntityKind.STATE]


# a capitalised name right before the verb of saying, with no slot of its own (not a pronoun,
# nor a common noun opening the sentence: "Officials said Russia attacked ..." reports the act)
_UNKNOWN_SPEAKER = re.compile(
    r"(?:^|\s)(?!(?:It|He|She|They|We|This|That|Officials|Sources|Reports|Witnesses|Residents|"
    r"Authorities|Analysts|Observers|Experts|Diplomats|Critics|Activists|Rescuers|Medics|Police|"
    r"Investigators|Prosecutors|Monitors|Journalists|Lawmakers|Legislators|Locals|Villagers|"
    r"Media|Military|Troops|Soldiers|Officers|Spokesmen|Spokespeople|Ministers|Leaders)\s)"
    r"[A-Z][a-z]+(?:\s+also)?\s+$"
)


def allegation_of(
    analysis: Analysis, doc: Doc, before: str, parties: Sequence[Entity]
) -> tuple[list[Entity], list[Entity]]:
    """Who speaks (the subject of the clause ``before`` the reported act) and which of the
    act's ``parties`` they accuse: the other side's states, never their own (a party reporting
    its own act accuses no one)."""
    speakers = _sentence_subject(analysis, doc, before, verb_follows=False)
    if not speakers and _AND_END.search(before):
        # "Putin informed his counterpart about the situation and stressed that ...": the
        # subject of the sentence's first verb says it
        speakers = _sentence_subject(analysis, doc, before)
    own = {e.key for e in speakers} | {
        side.key for e in speakers if (side := side_of(doc, e)) is not None
    }
    # ("The Russian Foreign Ministry said Moscow reserved the right to ...": the state's own
    # body tells of its act, no allegation)
    own |= {body.key for e in speakers if (body := state_body(doc, e)) is not None}
    accused = [
        side for e in parties if (side := side_of(doc, e)) is not None and side.key not in own
    ]
    return speakers, accused


# where places taken lie: "(captured the towns of A and B) in eastern Congo", "in Congo's North
# Kivu province"
_TAKEN_IN = re.compile(
    r"(?:[^.;:§]|§[CL]\d+§){0,80}?\bin\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|central)\s+)?(?P<g>§S\d+§)"
    r"(?![-–§])"
)
_PLACES_TAKEN = re.compile(r"\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:towns|cities|villages|ports)\s+of\s")
# the two sides of a fight told by its noun: "(a skirmish between) Kyrgyz and Tajik border guards"
_FIGHT_SIDES = re.compile(r"\s+(?:the\s+)?(?P<a>§[SD]\d+§)\s+and\s+(?:the\s+)?(?P<b>§[SD]\d+§)")
# "... said in a statement.": where the statement was made, after the verb of saying
_IN_STATEMENT_END = re.compile(
    r"\s+(?:in|via)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[ée]|"
    r"release|post)(?=\s*[.!]?\s*$)"
)


def _asking_speaker(
    analysis: Analysis, doc: Doc, tail: str, asked: Sequence[Entity]
) -> list[Entity]:
    """ "The Chinese side was asked to refrain from such actions, the Indian defence ministry
    said": a request told in the passive with no agent is the closing speaker's, a state or its
    body speaking for it, when it is not the one asked (session 32)."""
    tail = _IN_STATEMENT_END.sub("", tail)
    said = SAID_AFTER.search(tail, max(0, len(tail) - SAID_SPAN))
    if said is None:
        return []
    sides = [side_of(doc, e) for e in entities_of(analysis, said.group("s") or said.group("s2"))]
    states = [s for s in sides if s is not None and s.kind is EntityKind.STATE]
    if not states or len(states) != len(sides) or {s.key for s in states} & {a.key for a in asked}:
        return []
    return states


def allegation_after(
    analysis: Analysis, doc: Doc, said: re.Match[str], parties: Sequence[Entity]
) -> tuple[list[Entity], list[Entity]] | None:
    """ "Russian forces shelled Kharkiv, the Ukrainian military said": the same allegation as
    :func:`allegation_of` with its speaker last; a speaker of no known state leaves the act."""
    speakers = entities_of(analysis, said.group("s") or said.group("s2"))
    sides = [side_of(doc, e) for e in speakers]
    if not speakers or not all(s is not None and s.kind is EntityKind.STATE for s in sides):
        return None
    own = {s.key for s in sides if s is not None}
    accused = [
        side for e in parties if (side := side_of(doc, e)) is not None and side.key not in own
    ]
    return (speakers, accused) if accused else None


def _hosts_of(doc: Doc, envoys: Sequence[Entity]) -> list[Entity]:
    """The states (or organisations) the envoys among ``envoys`` are accredited to."""
    hosts: dict[str, Entity] = {}
    for envoy in envoys:
        office = doc.finder.ctx.office_of(envoy)
        if office is not None and office.accredited_to is not None:
            hosts.setdefault(office.accredited_to.key, office.accredited_to)
    return list(hosts.values())


# what is done to a state's envoys (summoning, expelling), said in the passive
_ENVOY_CODES = frozenset({"114", "161"})
_PASSIVE = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)\s", re.IGNORECASE)
# "... was summoned by the German Foreign Office", "to the Foreign Ministry in Algiers", "were
# expelled by Estonia", "were ordered to leave Latvia"
_SUMMONER = re.compile(
    r"^\s*(?:(?:by|to|from|at)\s+(?:the\s+)?)?(?P<g>§[SDO]\d+§)(?:['’]s\s+[A-Za-z]+(?:\s+[A-Z][a-z]+){0,2})?"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?(?P<s>§[SC]\d+§))?"
)


def _on_envoys(
    analysis: Analysis,
    doc: Doc,
    envoys: Sequence[Entity],
    head: str,
    tail: str,
    *,
    expelled: bool = False,
    handed: bool = False,
) -> tuple[list[Entity], list[Entity]] | None:
    """Who summoned or expelled the ``envoys`` (the subject of a passive) and whose envoys they
    are: the state they are accredited to, or the one named after the verb ("by Estonia", "to
    the Foreign Ministry in Algiers", "the German Foreign Office"), or for a protest ``handed``
    to them, the state whose telling it is ("Pakistan said ...", "a spokeswoman told a briefing
    in Islamabad, adding that ..."); None when either is not known."""
    posted_to: list[Entity] = []
    if handed and (told := _TOLD_BEFORE.search(head)) is not None:
        # "Pakistan said the Afghan charge d'affaires had been ... handed a strong protest": the
        # teller protests to the envoy's state
        named = _ENVOY_OF.search(head, told.end())
        envoys = parties_named(analysis, named) if named is not None else []
        tellers = _teller_state(analysis, doc, head[: told.start()], head[: told.end() + 40])
        targets = [s for e in envoys if (s := side_of(doc, e)) is not None]
        own = {t.key for t in tellers}
        targets = [t for t in targets if t.key not in own]
        return (tellers, targets) if tellers and targets else None
    if not envoys and (named := _ENVOY_OF.search(head)) is not None:
        envoys = parties_named(analysis, named)  # "the French ambassador was summoned ..."
    targets = list({s.key: s for e in envoys if (s := side_of(doc, e)) is not None}.values())
    actors = _hosts_of(doc, envoys)
    if not actors:
        by = _SUMMONER.match(tail)
        if by is None:
            if (in_capital := _MINISTRY_IN_CAPITAL.match(tail)) is not None:
                # "was summoned to the foreign ministry in Dublin": the state whose capital it is
                # (session 29, notes)
                actors = state_named(doc, analysis.mention(in_capital.group("c")))
            elif _TO_THE_MINISTRY.match(tail):
                # "... had been summoned to the ministry": the ministry the sentence's subject is
                # ("The Russian Foreign Ministry said ..."), else the one of the dateline's state
                actors = [
                    state
                    for e in _sentence_subject(analysis, doc, head)
                    if (state := state_body(doc, e) or _ministry_state(doc, e)) is not None
                ][:1] or _ministry_state_here(doc)
        elif by.group("s"):
            actors = state_named(doc, analysis.mention(by.group("s")))
        elif (who := analysis.mention(by.group("g")).entity) is not None:
            state = (
                (state_body(doc, who) or _ministry_state(doc, who))
                if who.kind is EntityKind.ORGANIZATION
                else who
            )
            actors = [state] if state is not None else []
    if (
        not actors
        and expelled
        and not tail.lstrip().startswith("from ")  # ("... was expelled from the party")
        and (last := _SLOT_BEFORE_PASSIVE.search(head)) is not None
    ):
        # "France's ambassador to Niger was expelled", masked as one mention of France: the
        # host its text names expelled him (session 27; not "was summoned home", "was summoned
        # to Quito": a summons with no agent may be his own state's)
        title = _POSTED_TITLE.search(analysis.mention(last.group("g")).text)
        if title is not None:
            posted_to = _host_named(doc, title.group("h"))
    if not actors:
        actors = posted_to  # (no agent named: the host)
    own = {a.key for a in actors}
    targets = [t for t in targets if t.key not in own]
    if not actors or not targets:
        return None
    return actors, targets


_SLOT_BEFORE_PASSIVE = re.compile(
    r"(?P<g>§[SD]\d+§)\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:also\s+)?$"
)
_POSTED_TITLE = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[ée]\s+d['’]affaires)\s+(?:to|in)\s+(?:the\s+)?"
    r"(?P<h>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})$"
)


def _host_named(doc: Doc, name: str) -> list[Entity]:
    """The state a host's name in an envoy's title names: itself, or the state of its capital."""
    state = doc.kb.resolve(name, (EntityKind.STATE,))
    if state is None and (city := doc.kb.resolve(name, (EntityKind.CITY,))) is not None:
        state = doc.kb.capital_of(city.qid)
    return [entity_of(state)] if state is not None and state.kind is EntityKind.STATE else []


_ENVOY_OF = re.compile(
    r"(?P<g>§[SD]\d+§)(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:ambassador|envoy|charg[ée]\s+d['’]affaires|"
    r"diplomats?|consul(?:\s+general)?|attach[ée]s?)\b[^§]*$",
    re.IGNORECASE,
)


# "its embassy in Minsk": a party's own mission in a capital
_OWN_MISSION_IN = re.compile(
    r"\s+(?:its|their)\s+(?:embassy|consulate(?:\s+general)?|diplomatic\s+mission|mission)\s+in\s+"
    r"(?:the\s+)?(?P<c>§C\d+§)"
)


_SLOT_BEFORE_VERB = re.compile(r"(?P<g>§[SD]\d+§)\s+(?:(?:also|reportedly|briefly)\s+)?$")
# aid sent to a city or a strip, or to the people in it: "sent 30,000 tons of aid to the people
# of Gaza", "airdropped food to the Gaza Strip", "delivered generators to Kharkiv" (the state it
# lies in, by the KB; not a hub it passed through: "flew aid to Al-Arish for delivery to Gaza",
# "to Al-Arish in Egypt"; nor one of a list: "to civilians in Gaza and Sudan"; session 39)
_AID_TO_CITY = re.compile(
    r"^(?:[^.;:§]|§M\d+§){0,100}?\s(?:to|for|into|in)\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?"
    r"(?:people|population|civilians|residents|inhabitants|families)\s+(?:of|in)\s+(?:the\s+)?)?"
    r"(?P<c>§C\d+§)(?:\s+Strip)?"
    r"(?=\s*[.;]|\s*$|\s+(?:since|over|last|this|earlier|on|during|through|via|by|from|after|"
    r"amid)\b|,\s+(?!(?:§[SC]\d+§|(?:which|where|and)\s)))"
)
_AID_ONWARD = re.compile(r"\b(?:onward|delivery|distribution|transit|forwarding)\b")
_FORCES_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|army|military|units|servicemen|tanks|"
    r"border\s+guards?|paratroopers|marines)\b",
    re.IGNORECASE,
)


def _forces_crossed(analysis: Analysis, head: str) -> bool:
    """Whether the subject right before a verb of crossing is a state or its forces ("Venezuelan
    troops"), not its people masked with their state ("Afghan nationals")."""
    m = _SLOT_BEFORE_VERB.search(head)
    if m is None:
        return False
    mention = analysis.slots.get(m.group("g"))
    if mention is None:
        return False
    if mention.code is not Code.DEMONYM:
        return True
    at = mention.end - analysis.sentence.begin
    return _FORCES_AFTER.match(analysis.sentence.text, at) is not None


def _plain_state(doc: Doc, entity: Entity) -> bool:
    """Whether an entity is a state and no organisation too (the KB's European Union is both)."""
    if entity.kind is not EntityKind.STATE:
        return False
    known = doc.kb.entity(entity.qid) if entity.qid else None
    return known is None or EntityKind.ORGANIZATION not in known.kinds


# a state's court as the subject right before a sentence or arrest: "A Chinese court ", "An
# Iranian military court on Friday ", "A court in Tehran " (session 30)
_COURT_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he)\s+(?:(?P<d>§D\d+§)\s+)?(?:(?:[a-z]+|[A-Z][a-z]+)\s+){0,2}?"
    r"(?:[Cc]ourt|[Tt]ribunal)(?:\s+in\s+(?:the\s+)?(?P<c>§[CS]\d+§))?\s+"
    r"(?:(?:\w+ly|has|have|had|also|on\s+[A-Z][a-z]+)\s+){0,2}$"
)


def _court_actor(analysis: Analysis, doc: Doc, head: str, actors: list[Entity]) -> list[Entity]:
    """The state whose court hands a sentence down or orders an arrest: a state's body the KB
    lacks ("Tajikistan's Supreme Court") stands for its state; a court named by its demonym or
    its city or state ("A Chinese court", "A court in Tehran") is that state's."""
    if actors:
        return [_body_owner(doc, a) or a for a in actors]
    m = _COURT_BEFORE.search(head, max(0, len(head) - 80))
    if m is None or (m.group("d") is None) == (m.group("c") is None):
        return []
    if m.group("d") is not None:
        return [e for e in entities_of(analysis, m.group("d")) if e.kind is EntityKind.STATE]
    place = analysis.mention(m.group("c"))
    if place.code is Code.CITY:
        return _state_of_city(doc, place)
    return [e for e in place.entities if e.kind is EntityKind.STATE]


def _state_of_city(doc: Doc, mention: Mention) -> list[Entity]:
    """The state a city mention lies in (by the KB), else none."""
    city = doc.kb.entity(mention.entity.qid) if mention.entity and mention.entity.qid else None
    state = doc.kb.entity(city.country) if city is not None and city.country else None
    return [entity_of(state)] if state is not None and state.kind is EntityKind.STATE else []


def state_named(doc: Doc, mention: Mention) -> list[Entity]:
    """The state a mention names: itself, or the state whose capital the city is."""
    entity = mention.entity
    if entity is None:
        return []
    if mention.code is Code.CITY:
        state = doc.kb.capital_of(entity.qid) if entity.qid else None
        return [entity_of(state)] if state is not None else []
    return [entity] if entity.kind is EntityKind.STATE else []


# an unlinked body of a state named by its demonym: "the German Foreign Office", "the Russian
# Foreign Ministry", "the Chinese government"
# "to the ministry", "to the Foreign Ministry" (a ministry named by no state)
_TO_THE_MINISTRY = re.compile(
    r"^\s*to\s+the\s+(?:[Ff]oreign\s+)?(?:[Mm]inistry|MFA)\b(?!\s+of\b)(?!['’])"
)


_MINISTRY_IN_CAPITAL = re.compile(
    r"^\s*to\s+the\s+(?:[Ff]oreign\s+)?(?:[Mm]inistry|MFA)(?:\s+of\s+[Ff]oreign\s+[Aa]ffairs)?\s+in\s+"
    r"(?P<c>§C\d+§)"
)


def _ministry_state(doc: Doc, entity: Entity) -> Entity | None:
    """The state of a foreign ministry named by no state ("summoned to the Foreign Ministry"):
    the state of the dateline's capital, else of the publisher."""
    if entity.qid is not None or entity.label not in _OWN_MINISTRY_NAMES:
        return None
    found = _ministry_state_here(doc)
    return found[0] if found else None


_OWN_MINISTRY_NAMES = OWN_MINISTRY_NAMES | {"Foreign Office"}


# the telling a protest handed to envoys is reported in: "Pakistan said the Afghan charge
# d'affaires had been called in and handed a strong protest" (session 35, criticism)
_TOLD_BEFORE = re.compile(r"\b(?:said|says|told|added|adding|stated)\b(?!.*\b(?:said|told)\b)")
# a capital where the teller spoke: "told a weekly briefing in Islamabad"
_CAPITAL_IN = re.compile(r"\bin\s+(?P<c>§C\d+§)")


def _state_of_teller(doc: Doc, teller: Entity) -> Entity | None:
    """A teller's state: a state itself, or the state a body or ministry is of."""
    if teller.kind is EntityKind.STATE:
        return teller
    return state_body(doc, teller) or _ministry_state(doc, teller)


def _teller_state(analysis: Analysis, doc: Doc, head: str, telling: str) -> list[Entity]:
    """The state whose telling the ``head`` (up to its verb of telling) is: its subject's, else
    the state of the capital the ``telling`` says it was told in."""
    subject = [
        state
        for e in _sentence_subject(analysis, doc, head, verb_follows=False)
        if (state := _state_of_teller(doc, e)) is not None
    ][:1]
    if subject:
        return subject
    capital = _CAPITAL_IN.search(telling)
    return state_named(doc, analysis.mention(capital.group("c"))) if capital else []


def _ministry_state_here(doc: Doc) -> list[Entity]:
    """The state whose capital is the article's dateline, else the publisher's state."""
    place = doc.article.dateline
    city = doc.kb.resolve(place, [EntityKind.CITY]) if place else None
    state = doc.kb.capital_of(city.qid) if city is not None and city.qid else None
    if state is None:
        state = doc.finder.ctx.home
    return [entity_of(state)] if state is not None and state.kind is EntityKind.STATE else []


_ALLEGEABLE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
# arms named as what is supplied (an allegation's usual content, see events())
_ARMS_TOLD = re.compile(
    r"\b(?:weapons|arms|drones|missiles|rockets|ammunition|munitions|(?:artillery\s+)?shells|"
    r"artillery|warheads|launchers)\b",
    re.IGNORECASE,
)


def _sentence_subject(
    analysis: Analysis, doc: Doc, head: str, *, verb_follows: bool = True
) -> list[Entity]:
    """The subject of the sentence's main clause: its first mention group, right after any
    introduction (and followed by a verb, unless ``head`` ends before the verb)."""
    lead = _LEAD_SUBJECT if verb_follows else _LEAD_ACTOR
    m = lead.match(head, intro_end(head))
    if m is None and head[:1] in '"“':
        # '"Our servicemen have returned," Pashinyan wrote, thanking Aliyev ...': the speaker
        # after the quote the sentence opens with (session 35)
        m = _QUOTE_SPEAKER.match(head)
    if m is None:
        # "The ministry said ...": a bare body of the state the article named it of
        at = intro_end(head)
        body = _BARE_BODY.match(head, at)
        if body is None or (
            body.end() != len(head) if not verb_follows else not _BODY_VERB.match(head, body.end())
        ):
            return []
        return bare_body(analysis, doc, head, at)
    slot = m.group("s") or m.group("s2") if m.re is _QUOTE_SPEAKER else m.group("s")
    return [e for e in entities_of(analysis, slot) if e.kind in ACTOR_KINDS]


def _fronted_subject(analysis: Analysis, tail: str) -> list[Entity]:
    """The subject of the main clause after a participle clause that opens the sentence
    ("Thanking Namibia for its hospitality, President Hichilema said ..."): the first mention
    group after one of its commas that a verb follows."""
    for comma in _CLAUSE_COMMA.finditer(tail):
        m = _FRONTED_SUBJECT.match(tail, comma.end())
        if m is not None:
            return [e for e in entities_of(analysis, m.group("s")) if e.kind in ACTOR_KINDS]
    return []


# the speaker after a quote: '"...," Pashinyan wrote on Facebook', '"...," said Putin'
_QUOTE_SPEAKER = re.compile(
    r"[\"“][^\"”]{1,600}?[,.?!]?[\"”],?\s+(?:(?:[Tt]he\s+)?(?P<s>§[PSO]\d+§)\s+(?:said|says|wrote|"
    r"writes|told|added|tweeted|posted|stated|declared)\b|(?:said|says|wrote|added)\s+(?:the\s+)?"
    r"(?P<s2>§[PSO]\d+§)(?=[\s,]))"
)
_CLAUSE_COMMA = re.compile(r",\s+")
_FRONTED_SUBJECT = re.compile(
    rf"(?:[Tt]he\s+)?(?P<s>{ACTORS})\s+(?:(?:also|later|then)\s+)?"
    r"(?!(?:for|and|on|in|to|of|as|is|was|has|its|their)\b)(?:said|says|told|[a-z]+ed|[a-z]+s)\b"
)


# "The Foreign Ministry of Ukraine said ...": the state its ministry speaks for
_GOV_OF = (
    r"(?:(?:[A-Z][a-z]+\s+)?(?:Ministry|Government|Cabinet|[Pp]residency)(?:\s+of\s+[A-Z][a-z]+"
    r"(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})?\s+of\s+(?:the\s+)?)?"
)
_LEAD_SUBJECT = re.compile(
    rf"(?:[Tt]he\s+)?{_GOV_OF}(?P<s>{ACTORS})(?:,\s+[^,;]{{1,60}},)?"
    # "Sudan's foreign ministry rejected ..., accusing Nairobi of ...": the state its ministry
    # speaks for (session 26b)
    r"(?:['’]s\s+(?:foreign\s+|defen[cs]e\s+)?(?:ministry|government)|"
    # "Kyrgyzstan's presidential administration said", "Chile's presidency said": the bodies that
    # speak for a state (session 29, bodies)
    r"['’]s\s+(?:presidency|presidential\s+(?:administration|office)|foreign\s+office))?\s+[a-z]+"
)
_LEAD_ACTOR = re.compile(
    rf"(?:[Tt]he\s+)?{_GOV_OF}(?P<s>{ACTORS})(?:,\s+[^,;]{{1,60}},)?"
    # "China's representative said ...", "Ukraine's air force said ...": who speaks for the state
    r"(?:['’]s\s+(?:[a-z]+\s+){0,2}?(?:representative|ambassador|envoy|delegate|delegation|mission|"
    r"spokes(?:man|woman|person)|ministry|government|military|army|navy|air\s+force|"
    r"general\s+staff|officials?|leadership|presidency|presidential\s+(?:administration|office)|"
    r"foreign\s+office)|"
    # "U.S. officials said ...": a state named by its abbreviation before its officials (the
    # mention is the state alone; a demonym's is masked with its noun; session 25)
    r"\s+(?:(?:defen[cs]e|foreign|intelligence|military|government|security|administration)\s+)?"
    r"officials)?\s*$"
)


# the one whom a subject lets or asks to act: what "its" means after it
# "... as Russia massed", "while Israel has struck": a time clause whose subject stands right
# before the trigger (session 20)
_OWN_SUBJECT_BEFORE = re.compile(
    r"(?<!such\s)(?<!well\s)\b(?:as|while|after|when|because|since|whereas|before|until|once)\s+"
    r"(?:the\s+)?(?P<g>§[SDOG]\d+§)(?:\s+(?:has|have|had|was|were|is|are|also|again|reportedly))*"
    r"\s*$"
)
_ALLOWED_TO = re.compile(
    r"\b(?:allowed|allows|permitted|permits|let|lets|enabled|authori[sz]ed|helped|asked|urged|"
    r"invited)\s+(?:the\s+)?(?P<o>§[SDOG]\d+§)\s+to\b"
)


# "..., two months after it broke off ...": a time clause whose "it" is the sentence's subject
_SINCE_IT = re.compile(
    r",\s+(?:(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?|years?)\s+|shortly\s+|soon\s+|just\s+)?"
    r"(?:after|before|since)\s+it\s+(?:had\s+|has\s+)?$"
)
# a state that opens the sentence as its subject (not "Egypt's minister")
STATE_SUBJECT = re.compile(r"\s*(?:The\s+|the\s+)?(?P<g>§S\d+§)(?=\s+(?!and\b|or\b)[a-z])")


# "The Canadian arms embargo ...": the state whose embargo it is, opening the sentence
_EMBARGO_OWNER = re.compile(r"^(?:The\s+)?(?P<d>§[SD]\d+§)\s+(?:[a-z]+\s+)?$")


# the subject's relative clause that tells its act: "China, which has sent rescue teams to
# Pakistan, promised ...", "Poland, which expelled 45 Russian diplomats on Wednesday, ..."
# (only on the sentence's subject: "condemned Russia, which has struck ..." is the setting)
_RELATIVE_ACTOR = re.compile(
    rf"(?:[Tt]he\s+)?(?P<g>{ACTORS}),\s+(?:which|who)\s+"
    r"(?:(?:has|have|had|also|already|recently|just|earlier|last\s+week|this\s+week)\s+)*"
)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _past_year(tail: str, today: dt.date | None) -> bool:
    """Whether the rest of a relative clause (up to its comma) names a year before the
    article's."""
    clause = tail.split(",", 1)[0]
    return today is not None and any(int(y) < today.year for y in _YEAR.findall(clause))


def _years_ago(tail: str, today: dt.date | None) -> bool:
    """Whether the rest of a clause (up to its comma) names a year before the article's last
    one."""
    clause = tail.split(",", 1)[0]
    return today is not None and any(int(y) < today.year - 1 for y in _YEAR.findall(clause))


# a day a truce or a halt takes effect from: "from 30 March", "starting Saturday", "with effect
# from midnight on October 10"
_TAKES_EFFECT_BEFORE = re.compile(
    r"\b(?:from|starting(?:\s+from|\s+on)?|as\s+of|effective(?:\s+from)?|beginning(?:\s+on)?|"
    r"with\s+effect\s+from)\s+(?:(?:midnight|noon|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|"
    r"\d{1,2}\s*[ap]\.?m\.?(?:\s+local\s+time)?)\s+"
    r"(?:on\s+)?)?(?:the\s+)?$",
    re.IGNORECASE,
)


def starts_from(analysis: Analysis, when: TimeValue | None) -> bool:
    """Whether the sentence gives ``when`` as the day something takes effect from ("decided to
    halt military operations from 30 March": a startDate, not the day of the decision)."""
    if when is None:
        return False
    text, base = analysis.sentence.text, analysis.sentence.begin
    return any(
        d.value == when
        and d.end_value is None
        and _TAKES_EFFECT_BEFORE.search(text, max(0, d.begin - base - 40), d.begin - base)
        for d in analysis.dates
    )


# the head words of an armed movement's name ("the Rapid Support Forces", "the Tigray People's
# Liberation Front"), as mention finding reads them
_ARMED_NAME_END = re.compile(r"(?:Forces|Front|Army|Movement|Brigades|Militia)$")


def _armed_side(doc: Doc, entity: Entity) -> bool:
    """Whether ``entity`` is an armed group the KB lacks (one the article told as such, or named
    as a movement is) or a state's forces named beside one: a party that can hold a truce."""
    ctx = doc.finder.ctx
    return (
        entity.key in ctx.own_forces
        or any(g.key == entity.key for g in ctx.groups.values())
        or _ARMED_NAME_END.search(entity.label) is not None
    )


# the two sides of a ceasefire told after it: "a truce between Israel and Hamas"
_CEASEFIRE_BETWEEN = re.compile(r"\s+" + CEASEFIRE + r"\s+between\b")
_BETWEEN_PAIR = re.compile(
    r"\s+(?:the\s+)?(?P<g>§[SDOG]\d+§)(?![\w§-])(?:['’]s)?(?:\s+(?:forces|troops|army|armies|"
    r"militaries))?\s+and\s+(?:the\s+)?(?P<h>§[SDOG]\d+§)(?![\w§-])"
)
_HALTED_OPERATION = re.compile(r"(?:operations?|offensives?|actions)$")
_AGAINST_PARTY = re.compile(r"\s+against\s+(?:the\s+)?(?P<g>§[SOG]\d+§)")
# the one a ceasefire announced is with: "a 48-hour ceasefire on Sunday with Islamic Jihad"
_CEASEFIRE_WITH = re.compile(
    r"\s+" + CEASEFIRE + r"(?:\s+[^.;,§]{0,40}?)?\s+with\s+(?:the\s+)?(?P<g>§[SDOG]\d+§)"
)


def _unlinked_org(analysis: Analysis, slot: str) -> bool:
    """Whether the slot names only organisations the KB does not know."""
    found = entities_of(analysis, slot)
    return bool(found) and all(e.kind is EntityKind.ORGANIZATION and not e.is_linked for e in found)


# a body of one state, named with its state: "Uganda's foreign ministry", "Myanmar's junta",
# "the Ministry of Foreign Affairs of Uganda" (a demonym's, "the Ugandan foreign ministry", is
# masked with its noun: its mention's text tells the noun)
_BODY_NOUN = r"(?P<n>ministry|presidency|junta|government)"
_STATE_BODY = re.compile(
    rf"(?P<x>§S\d+§)['’]s\s+(?:(?:foreign|defen[cs]e|military|interim|transitional|external|"
    rf"affairs)\s+){{0,2}}{_BODY_NOUN}\b(?!\s+(?:of|and|or)\b)"
)
_BODY_OF_STATE = re.compile(
    r"\b(?P<n>[Mm]inistry|[Pp]residency|[Gg]overnment)\s+(?:of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?"
    r"[A-Z][a-z]+){0,3}\s+)?of\s+(?:the\s+)?(?P<x>§S\d+§)(?!\s*(?:,\s*)?(?:and|or)\b)"
)
# "the Ministry of Foreign Affairs of Pakistan": the ministry is masked as a body of its own
_ORG_OF_STATE = re.compile(
    r"(?P<o>§O\d+§)\s+of\s+(?:the\s+)?(?P<x>§S\d+§)(?!\s*(?:,\s*)?(?:and|or)\b)"
)
_ORG_BODY_NOUN = re.compile(r"\b(ministry|presidency|government)\b", re.IGNORECASE)
_DEMONYM_BODY_NOUN = re.compile(
    r"\s+(?:(?:foreign|defen[cs]e|military|interim|transitional|external|affairs)\s+){0,2}"
    r"(ministry|presidency|junta|government)\b(?!\s+(?:of|and|or)\b)",
    re.IGNORECASE,
)
# a bare body as a clause's subject: "The ministry urged ...", "The junta agreed ..."
_BARE_BODY = re.compile(
    # ("The Government once again urges ..." in a ministry's own release; session 35)
    r"\s*(?:[Tt]he\s+)(?:(?:foreign|military)\s+)?(?P<n>ministry|presidency|junta|[Gg]overnment)\s+"
    r"(?:(?:also|later|further|then|once|again|has|had|have|strongly|firmly)\s+)*"
)
_BODY_VERB = re.compile(r"(?!(?:of|and|or|in|for|to|on|at|with|by|which|that|who)\b)[a-z]+\b")
# how many sentences back the body may have been named
_BODY_REACH = 3


def _remember_bodies(analysis: Analysis, doc: Doc) -> None:
    """Note the bodies of one state the sentence names (see ``Doc.bodies``)."""
    index = analysis.sentence.index
    masked = analysis.masked
    named: list[tuple[str, str]] = []
    if "§S" in masked:
        for m in itertools.chain(_STATE_BODY.finditer(masked), _BODY_OF_STATE.finditer(masked)):
            named.append((m.group("n").lower(), m.group("x")))
        for m in _ORG_OF_STATE.finditer(masked):
            if (organ := _ORG_BODY_NOUN.search(analysis.mention(m.group("o")).text)) is not None:
                named.append((organ.group(1).lower(), m.group("x")))
    for mention in analysis.mentions:
        if mention.code is Code.DEMONYM and (
            after := _DEMONYM_BODY_NOUN.match(
                analysis.sentence.text, mention.end - analysis.sentence.begin
            )
        ):
            named.extend((after.group(1).lower(), e.key) for e in mention.entities[:1])
    for state in juntas_named(analysis):
        # every state whose junta is named, also one of two ("Mali's junta and Niger's junta")
        doc.bodies.setdefault("junta", {})[state.key] = (state, index)
    for noun, slot in named:
        states = (
            [e for e in entities_of(analysis, slot) if e.kind is EntityKind.STATE]
            if slot.startswith("§")
            else [e for m in analysis.mentions for e in m.entities if e.key == slot]
        )
        if len(states) == 1:
            doc.bodies.setdefault(noun, {})[states[0].key] = (states[0], index)


def bare_body(analysis: Analysis, doc: Doc, text: str, at: int = 0) -> list[Entity]:
    """The state a bare "the ministry" (presidency, junta) at ``at`` of ``text`` speaks for:
    the one state whose body of that name the article named in the last few sentences, and
    never one of two states' bodies named so far; a foreign ministry's own release's bare "the
    ministry" is its state."""
    m = _BARE_BODY.match(text, at)
    if m is None:
        return []
    noun = m.group("n").lower()
    named = doc.bodies.get(noun, {})
    if len(named) > 1:
        return []
    if named:
        state, index = next(iter(named.values()))
        return [state] if 0 <= analysis.sentence.index - index <= _BODY_REACH else []
    if noun in {"ministry", "government"} and doc.own_ministry is not None:
        return [doc.own_ministry]
    return []


def actor_before(analysis: Analysis, doc: Doc, head: str) -> list[Entity]:
    """The actor: the last mention group (or subject pronoun) of the clause before the trigger."""
    # "Regarding Ukraine, the two ministers condemned ...": an introduction names no actor
    head = head[intro_end(head) :]
    if (group := _readout_group_actor(analysis, doc, head)) is not None:
        return group
    if head[:1] in "LlUJjS" and (like := _LIKE_OTHERS.match(head)) is not None:
        head = head[like.end() :]  # "Like the United States, Canada has ...": no list (session 24)
    if "join" in head and (joined := _JOINED_OTHERS_IN.search(head)) is not None:
        # "Australia joined the European Union in imposing sanctions on ...", "Japan has also
        # joined its G7 partners in ...": the one who joins acts, not those joined (session 28)
        head = head[: joined.start()]
    if (relative := _RELATIVE_ACTOR.fullmatch(head)) is not None:
        return [e for e in entities_of(analysis, relative.group("g")) if e.kind in ACTOR_KINDS]
    # "Russia, which Seoul suspects of ..., vetoed ...": the relative clause is an aside
    head = re.sub(r",\s+(?:which|who|whose|where)\b[^,;]*,", ",", head)
    if ", " in head:
        # "Turkey, a NATO member, has blocked ...": an apposition names no actor
        head = _APPOSITION.sub("", head)
    clauses = _CLAUSE_BREAK.split(head)
    if len(clauses) >= 2 and serial_list_before(clauses[-2]) and _SERIAL_AND.search(head):
        # "Belarus, Russia, and Kazakhstan signed ...": the serial comma of a list, not a clause
        clauses[-2:] = [f"{clauses[-2]}, and {clauses[-1]}"]
    clause = clauses[-1]
    if (
        len(clauses) > 1
        and _REPORTED.search(clauses[-2])
        and not SLOT_GROUP.search(_PREPOSITION_SLOT.sub("", clause))
        and _AND_END.search(clause)
    ):
        # "X warned that the region could spiral out of control and accused Y of ...": the
        # second verb of X, after the clause X reported
        clause = clauses[-2]
    elif (
        len(clauses) > 1
        and _COMMA_AND_END.search(clause)
        and list(_CLAUSE_BREAK.finditer(head))[-1].group(0) in {"that", "which", "who"}
    ):
        # "criticised the law that the Georgian parliament passed on Tuesday, and urged ...": the
        # second verb after a comma is the main clause's, not the relative clause's (session 35)
        clause = clauses[-2]
    elif (
        len(clauses) > 1
        and _COMMA_AND_END.search(clause)
        and list(_CLAUSE_BREAK.finditer(head))[-1].group(0).strip() in _SUBORDINATORS
        and SLOT_GROUP.search(clauses[-2]) is not None
    ):
        # "ECOWAS suspended Mali after the coup there, and imposed sanctions on Niger": the
        # second verb after a comma is the main clause's subject's, not the time clause's
        # (session 40, sanctions); the "and" kept, so that an object of the first verb is none
        clause = clauses[-2].rstrip() + " and "
    if (
        _COMMA_AND_END.search(clause)
        and (relative := _RELATIVE_WORD.search(clause)) is not None
        and SLOT_GROUP.search(clause, 0, relative.start()) is not None
    ):
        # "protests against the claim that Japan has made in its Bluebook, released today, and
        # urges Japan to ...": the same, the relative clause's subject masked (session 35)
        clause = clause[: relative.start()]
    groups = list(SLOT_GROUP.finditer(clause))
    if (
        groups
        and _SECOND_VERB_END.search(clause)
        and (unnamed := _UNNAMED_SUBJECT.match(clause)) is not None
        and unnamed.end() == groups[0].start()
    ):
        # "The Secretary condemned the Houthis' attacks ... and urged Iran to ...": the group
        # is the first verb's object; the subject is unnamed (session 24)
        return []
    # (also "Kuleba thanked the EU for ... but called on the bloc to ...")
    if len(groups) >= 2 and re.search(r"\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$", clause):
        # "X accused Y of ... and urged Z": a second verb of the clause's subject
        groups = groups[:1]
    allowed = _ALLOWED_TO.search(clause) if " to " in clause else None
    if allowed is not None and (own := _OWN_SUBJECT_BEFORE.search(clause, allowed.end())):
        # "asked Brasília to postpone it as Russia massed troops ...": the time clause has a
        # subject of its own, the one asked does not act (session 20)
        return [e for e in entities_of(analysis, own.group("g")) if e.kind in ACTOR_KINDS]
    if allowed is not None:
        # "Minsk allowed Moscow to use Belarusian territory to launch its invasion": the act is
        # the one let or asked to act's
        let = [g for g in groups if g.start() == allowed.start("o")]
        if let:
            return [e for e in entities_of(analysis, let[0].group(0)) if e.kind in ACTOR_KINDS]
    pronouns = list(_SUBJECT_WORDS.finditer(clause))
    last_group = groups[-1] if groups else None
    last_pronoun = pronouns[-1] if pronouns else None
    if last_pronoun and (
        last_group is None
        or last_pronoun.start() > last_group.start()
        or _PRONOUN_AND.match(clause, last_pronoun.start()) is not None
    ):
        word = last_pronoun.group("w") or ("it" if last_pronoun.group("own") == "its" else "they")
        if groups and groups[0].start() < last_pronoun.start() and word.lower() in {"it", "they"}:
            last_group = groups[0]  # "Russia's foreign ministry said it would ...": Russia
            if (
                len(groups) > 1
                and clause[groups[0].end() : groups[1].start()] in {"'s ", "’s "}
                and groups[1].start() < last_pronoun.start()
                and _unlinked_org(analysis, groups[1].group(0))
            ):
                # "Yemen's Houthi movement said it had fired ...": the group, not its state
                # (session 28)
                last_group = groups[1]
        elif (
            word.lower() in {"it", "they"}
            and len(clauses) > 1
            and _REPORTED.search(clauses[-2])
            and (speaker := SLOT_GROUP.search(clauses[-2])) is not None
        ):
            # "Russia said on Wednesday that it had expelled two U.S. diplomats": the speaker
            return [e for e in entities_of(analysis, speaker.group(0)) if e.kind in ACTOR_KINDS]
        elif (
            word.lower() == "it"
            and len(clauses) > 1
            and _SINCE_IT.search(head)
            and (state := STATE_SUBJECT.match(clauses[0])) is not None
        ):
            # "Egypt stopped exporting gas to Jordan in May, two months after it broke off
            # relations with Amman": the state the sentence opens with
            return [e for e in entities_of(analysis, state.group("g")) if e.kind in ACTOR_KINDS]
        elif last_pronoun.group("own"):
            said = (
                list(SLOT_GROUP.finditer(clauses[-2]))
                if len(clauses) > 1 and _REPORTED.search(clauses[-2])
                else []
            )
            if said:
                # "Russia's defence ministry stressed that its forces had struck ...": the
                # speaker's own forces
                return [e for e in entities_of(analysis, said[0].group(0)) if e.kind in ACTOR_KINDS]
            return []  # "its forces" of no party named in the clause
        elif word.lower() in {"he", "she"} and unknown_name_opening(analysis.masked):
            return []  # "Amadou Diallo said ..., and he urged": not the last sentence's person
        else:
            return pronoun_entities(doc, word)
    if last_group is None:
        if (body := _BARE_BODY.fullmatch(clause)) is not None:
            # "The ministry urged Kenya to ...": the state whose ministry the article named
            # (session 29, bodies)
            return bare_body(analysis, doc, body.group(0))
        if (forces := DEMONYM_FORCES.search(clause)) is not None:
            # "Guinean security forces shot dead ...": the state the demonym names (session 28)
            return [
                e for e in entities_of(analysis, forces.group("d")) if e.kind is EntityKind.STATE
            ]
        return []
    # a group that is the object of a preposition is not the subject: "for Ukraine", "in Minsk"
    prefix = clause[: last_group.start()].rstrip().lower()
    body = _BODY_OF.search(clause, 0, last_group.start())
    if body is not None and (
        _GOV_BODY.match(body.group("w") or "")
        if body.group("w")
        else _unlinked_body(analysis.mention(body.group("o")))
    ):
        # "The Ministry of Foreign Affairs of Azerbaijan summoned ...": the state acts
        return [e for e in entities_of(analysis, last_group.group(0)) if e.kind is EntityKind.STATE]
    if (
        re.search(r"\b(?:in|at|for|to|from|of|with|by|on|against|about|between)$", prefix)
        # "The United States, which left the deal under then-President X and reimposed
        # sanctions": the leader of that time names when, not who acts
        or (prefix.endswith(("under", "then-", "then")) and _UNDER_THEN.search(prefix))
    ) and not (_QUANTITY_OF.search(prefix)):
        first = groups[0]
        prefix0 = clause[: first.start()].rstrip().lower()
        if first is last_group or re.search(
            r"\b(?:in|at|for|to|from|of|with|by|on|against|about)$", prefix0
        ):
            if (
                first is last_group
                and len(clauses) > 1
                and prefix.endswith(("under", "then-", "then"))
                and re.search(r",\s+(?:which|who)\s+[^,;§]*\bunder\s+(?:then-?\s*)?§", head)
                and (before := list(SLOT_GROUP.finditer(clauses[-2])))
            ):
                # "The United States, which left the deal under then-President X and
                # reimposed sanctions": the state the relative clause tells of
                return [
                    e for e in entities_of(analysis, before[-1].group(0)) if e.kind in ACTOR_KINDS
                ]
            return []
        last_group = first
    found = [e for e in entities_of(analysis, last_group.group(0)) if e.kind in ACTOR_KINDS]
    return found


# a state's forces or rulers named by its demonym, as the clause's subject right before the
# trigger: "Guinean security forces ", "the Malian junta "
DEMONYM_FORCES = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<d>§D\d+§)\s+(?:security\s+forces|(?:riot\s+)?police|army|troops|"
    r"soldiers|military|armed\s+forces|forces|border\s+guards|coast\s+guard|navy|junta|authorities|"
    r"government)\s+(?:(?:\w+ly|have|has|had|also|reportedly)\s+){0,2}$"
)
# a subject no slot names, a verb and the start of its object: "The Secretary condemned the "
_UNNAMED_SUBJECT = re.compile(
    r"\s*(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[A-Za-z-]+\s+){1,3}?"
    r"(?:also\s+|has\s+|have\s+|had\s+)?[a-z]{3,}ed\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}"
)
_SECOND_VERB_END = re.compile(r"\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
# a fronted comparison with others ("Like the United States, ", "Unlike Hungary, "): they are
# not the subject's co-actors
_LIKE_OTHERS = re.compile(
    r"(?:[Uu]nlike|[Ll]ike|[Jj]ust\s+like|[Ss]imilar(?:ly)?\s+to)\s+(?:the\s+)?§[SDOPG]\d+§"
    r"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§[SDOPG]\d+§)*,\s+"
)
_UNDER_THEN = re.compile(r"\bunder(?:\s+then-?)?$")
# "joined the European Union in ", "has also joined its G7 partners in ", "joined the United
# States and Britain in ": those the subject joins in the act (the trigger follows "in")
_JOINED_OTHERS_IN = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+|now\s+|already\s+)?(?:joined|joins|joining)\s+"
    r"(?:the\s+|its\s+|their\s+|other\s+|fellow\s+)?(?:[\w§'’-]+,?\s+){0,8}?in\s+$"
)


# a quotation opening the sentence, then its speaker and the verb of saying, up to a participle:
# '"I feel great anger ...," Kishida told reporters, condemning ...' (session 35, criticism)
_QUOTED_SPEAKER = re.compile(
    r"^\s*[\"“][^\"“”]{1,400}[\"”]\s+(?:(?!\b(?:and|but|while|who|which)\b)[^,;§\"“”]){0,80}?"
    r"(?P<g>§[PSOG]\d+§)\s+(?:said|says|told|tells|added|adds|wrote|writes|declared|stated)\b"
    r"[^,;§\"“”]{0,40},\s*$"
)


def _quoted_speaker(analysis: Analysis, head: str) -> list[Entity]:
    """The speaker of the quotation a sentence opens with, when a participle follows the verb of
    saying ('"...," Kishida told reporters, condemning ...'): who does what the participle says."""
    m = _QUOTED_SPEAKER.match(head)
    if m is None:
        return []
    return [e for e in entities_of(analysis, m.group("g")) if e.kind in ACTOR_KINDS]


def _reporter_of_second_verb(analysis: Analysis, head: str) -> list[Entity]:
    """The speaker of a reported clause that the trigger's "and" follows ("X said that Y was to
    blame for the crisis and accused ..."): whose second verb it is, when the clause's own
    subject cannot be (it is the act's object)."""
    clauses = _CLAUSE_BREAK.split(head[intro_end(head) :])
    if len(clauses) < 2 or not _AND_END.search(clauses[-1]) or not _REPORTED.search(clauses[-2]):
        return []
    speaker = SLOT_GROUP.search(clauses[-2])
    if speaker is None:
        return []
    return [e for e in entities_of(analysis, speaker.group(0)) if e.kind in ACTOR_KINDS]


# ", a NATO member,", ", one of Russia's closest allies,", ", the alliance's newest member,":
# an apposition after a party (not the next item of a list: ", the United States and ...")
# ("Japan, like other members of the Quad, condemned ...": the aside names no actor either)
_APPOSITION = re.compile(
    # ("Maria Zakharova, the Russian Foreign Ministry spokeswoman, denounced ...": the body
    # after "the" is the person's, session 31)
    r"(?<=§),\s+(?:a|an|one\s+of|the(?=\s+(?:[a-z]|§[SDO]\d+§(?:['’]s)?\s+(?!and\b|or\b)[a-z]))|"
    r"(?:un)?like(?=\s+(?:other|fellow|its|the)\s)|"
    # "Kuwait and Saudi Arabia, as a single negotiating party, had called on ..." (session 35)
    r"as(?=\s+(?:a|an|the|its|their)\s+[^,;§]{1,60}?,))"
    r"\s+[^,;]{1,90}?,(?=\s)|"
    # "Belarus, Russia's closest ally, condemned ...": the possessor names no actor (session 24)
    r"(?<=§),\s+§[SDO]\d+§['’]s?\s+(?:[a-z-]+\s+){0,3}[a-z-]+"
    r"(?:\s+(?:in|on|of|for)\s+(?:the\s+)?(?:§[A-Z]\d+§|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?,(?=\s)"
)


# "Thousands of Russian troops massed ...": a number of the party's people, not a preposition
_QUANTITY_OF = re.compile(
    r"(?:^|\b(?:and|but|while|as|after|when)\s+)(?:some\s+|about\s+|over\s+|more\s+than\s+|"
    r"nearly\s+)?(?:thousands|hundreds|tens\s+of\s+thousands|dozens|scores|[\d,]+)\s+of$"
)
# a state's ministry or government named before it: "the Ministry of Foreign Affairs of ..."
_BODY_OF = re.compile(
    r"(?:(?P<o>§O\d+§)|\b(?P<w>(?:[A-Z][a-z]+\s+)?(?:Ministry|Government|Cabinet|Presidency|Office)"
    r"(?:\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})?))\s+of\s+(?:the\s+)?$"
)
_GOV_BODY = re.compile(
    r"^(?:the\s+)?(?:(?:Foreign|Defen[cs]e|Interior|Emergencies|Justice)\s+)?(?:Ministry|"
    r"Government|Cabinet|Presidency|Foreign\s+Office)(?:\s+of\s+(?:Foreign\s+Affairs|Defen[cs]e|"
    r"Internal\s+Affairs|Foreign\s+Affairs\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?$",
    re.IGNORECASE,
)


def _unlinked_body(mention: Mention) -> bool:
    """Whether a mention is a ministry or government the KB does not know ("Foreign Ministry")."""
    entity = mention.entity
    return entity is not None and entity.qid is None and _GOV_BODY.match(mention.text) is not None


_KINGDOM_OF = re.compile(r"\bKingdom\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?")


def pronoun_entities(doc: Doc, word: str) -> list[Entity]:
    low = word.lower()
    if low == "we":
        home = doc.finder.ctx.home
        return [Entity.linked(home.qid, home.label, EntityKind.STATE)] if home else []
    subject = list(doc.finder.ctx.subject)
    if low.endswith("the kingdom"):
        # the one kingdom the article names so ("the Government of the Kingdom of Bahrain")
        named = {
            found.qid: found
            for m in _KINGDOM_OF.finditer(doc.article.body)
            if (found := doc.kb.resolve(m.group(0), (EntityKind.STATE,))) is not None
        }
        return [entity_of(k) for k in named.values()] if len(named) == 1 else []
    if low in {"he", "she"}:
        people = [e for e in subject if e.kind is EntityKind.PERSON]
        return people if len(people) == 1 else []
    if low == "it":
        # "it" is a state or a body, never the minister named before ("El Molla spoke ... after
        # it broke off relations with Amman": not the minister's act)
        return [e for e in subject if e.kind is not EntityKind.PERSON]
    return subject


# Recipients: actors, and a demonym standing for its state ("condemned Russian aggression").
_RECIPIENTS = group_of("SOPGD")
_DIPLOMATS = re.compile(
    r"\b(?:diplomats?|envoys?|ambassadors?|charg[ée]s?\s+d['’]affaires|chiefs?\s+of\s+mission|"
    r"consuls?(?:\s+general)?|attach[ée]s?|embassy\s+(?:staff|employees|officials)|"
    # "15 officials of the Russian embassy in Oslo", "staff members of Russia's embassy"
    # (session 40, sanctions and force)
    r"(?:officials|employees|staff(?:\s+members)?|personnel)\s+(?:of|at)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:embassy|consulate|diplomatic\s+mission)|"
    r"(?:officials|staff|employees|personnel|members)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?"
    r"(?:embassy|consulate|diplomatic\s+mission))\b",
    re.IGNORECASE,
)
# the people of an international body, after "expelled" ("seven senior UN officials", "the
# IAEA inspectors", "all OSCE monitors"; session 40, force)
_BODY_STAFF_EXPELLED = re.compile(
    r"\s+(?:(?:the|all|its|their|some|several|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens\s+of|\d+)\s+)?(?:(?:senior|top|foreign|international)\s+)?§O\d+§\s+"
    r"(?:(?:senior|top|aid|humanitarian)\s+)?(?:officials|staff|employees|personnel|workers|"
    r"inspectors|peacekeepers|experts|monitors|observers)\b"
)
# goods seized told by their amount before the demonym of their state ("a cargo of Iranian oil",
# "two shipments of Venezuelan crude", "2 million barrels of Iranian oil"; session 40, force)
_GOODS_OF = re.compile(
    r"\s+(?:(?:an?|the|two|three|four|five|several|\d[\d,.]*(?:\s+million)?)\s+)?"
    r"(?:(?:[a-z-]+)\s+)?(?:cargo(?:es)?|shipments?|consignments?|loads?|barrels|tonnes|tons)\s+"
    r"of\s+(?P<g>§D\d+§)\s+(?:[a-z-]+\s+)?(?:oil|crude|fuel|gas|petroleum|diesel|grain|wheat|"
    r"weapons|arms|ammunition|goods|cargo)\b"
)
# "the deputy chief of mission of the US Embassy", "staff of the Embassy of Russia": whose
# envoys they are
_EMBASSY_OF = re.compile(
    r"^[^.;§]{0,80}?(?:(?P<g>§[SD]\d+§)(?:['’]s)?\s+(?:[Ee]mbassy|[Cc]onsulate)|"
    r"(?:[Ee]mbassy|[Cc]onsulate|ambassador|envoy|charg[ée]\s+d['’]affaires|consul)\s+of\s+"
    r"(?:the\s+)?(?P<g2>§S\d+§)|"
    # "20 employees of the Czech embassy in Moscow" (the demonym and "embassy" masked as the
    # state)
    r"\b(?:employees|staff(?:\s+members)?|diplomats|personnel)\s+of\s+(?:the\s+)?(?P<g3>§S\d+§))"
)


_ENVOYS_SLOT = re.compile(ENVOYS_MASKED.replace(r"§S\d+§", r"(?P<g>§S\d+§)", 1))
_ENVOYS_AFTER = re.compile(rf"\s+(?:embassy\s+)?{_DIPLOMATS.pattern}", re.IGNORECASE)


def _envoys_masked(analysis: Analysis, slot: str) -> bool:
    """Whether a state's slot stands for its envoys: a demonym the sentence's text follows with
    "diplomats", "envoys", ... (masked with its noun as the state, mentions._ACTOR_GROUP)."""
    mention = analysis.slots.get(slot)
    if mention is None or mention.code is not Code.DEMONYM:
        return False
    at = mention.end - analysis.sentence.begin
    return _ENVOYS_AFTER.match(analysis.sentence.text, at) is not None


# a pronoun as the act's object that is a party: "threatened it with ...", "urged it to
# stop", "called on it to ...", "accused it of ...", "expelled 45 of its diplomats" (not
# "requested it on Monday", "condemned it": the aid, the attack; nor "said it would ...")
# a second demand whose party is a possessive: "... and demanded that its coast guard stop"
_DEMANDED_ITS = re.compile(r"\s+that\s+(?:its|their)\s+[a-z]")
# the first clause: a protest to a party ("lodged a protest with Beijing", "protested to Tokyo",
# "summoned China's ambassador")
_PROTESTED_TO_AND = re.compile(
    r"\b(?:(?:lodged|filed|registered|sent|delivered|handed)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:protest|complaint|note)(?:\s+note)?\s+(?:with|to)|protested\s+to|summoned)\s+"
    r"(?:the\s+)?§[SDP]\d+§[^,;§]{0,40}\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$"
)
_OBJECT_PRONOUN = re.compile(
    r"\s+(?:on\s+)?(?:it\s+(?:to\s+(?!be\b)[a-z]+|with|of|for|over|against)\b|"
    r"(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|dozens|all|many)"
    r"\s+of\s+its\s+[a-z])"
)


# "..., accusing him of" after an envoy told in the clause before ("expelled the French
# ambassador, ", "ordered the departure of Qatar's envoy, ", "expelled two Russian diplomats, ")
_ENVOY_PRONOUN = re.compile(r"\s+(?:him|her|them)\s+of\b")
_ENVOY_BEFORE = re.compile(
    r"\b(?:ambassadors?|envoys?|diplomats?|charg[ée]s?\s+d['’]affaires|consuls?(?:[\s-]+general)?|"
    # (a name the KB lacks is no slot: "expelled German ambassador Jan-Christian Kricke, ")
    r"attach[ée]s?)(?:,?\s+(?P<p>§P\d+§)|\s+(?:[A-Z][\w'’.-]+\s+){0,4}[A-Z][\w'’-]+)?"
    r"(?:\s+(?:to|in|from)\s+(?:the\s+)?§[SC]\d+§)?"
    r"(?:\s+(?:on\s+[A-Z][a-z]+|today|yesterday|last\s+week))?,?\s*$"
)


def _envoy_accused(analysis: Analysis, head: str, actors: Sequence[Entity]) -> list[Entity]:
    """Whom a participle's "him", "her" or "them" accuses after an envoy named just before the
    comma (see _ENVOY_BEFORE): the envoy named, else the state or organisation the envoy is
    told of (the last one named before that is not the actor)."""
    m = _ENVOY_BEFORE.search(head, max(0, len(head) - 160))
    if m is None:
        # "expelled two Russian diplomats, ": the envoys masked with their state
        # (also with a day after them: "expelled two Russian diplomats on Friday, ": session 29,
        # bodies)
        masked = re.search(
            r"(?P<g>§S\d+§)(?:\s+(?:on\s+[A-Z][a-z]+|today|yesterday|last\s+week))?,?\s*$", head
        )
        if masked is not None and _envoys_masked(analysis, masked.group("g")):
            found = entities_of(analysis, masked.group("g"))
            return [e for e in found if e.kind is EntityKind.STATE]
        return []
    if m.group("p"):
        return [e for e in entities_of(analysis, m.group("p")) if e.kind is EntityKind.PERSON]
    demonym = re.search(r"(?P<d>§D\d+§)\s+$", head[: m.start()])
    if demonym is not None:
        # "expelled the Chinese ambassador, ": the demonym's state
        own = {a.key for a in actors}
        return [
            e
            for e in entities_of(analysis, demonym.group("d"))
            if e.kind is EntityKind.STATE and e.key not in own
        ]
    return _object_referent(analysis, head[: m.start()], actors)


def _object_referent(analysis: Analysis, head: str, actors: Sequence[Entity]) -> list[Entity]:
    """The state or organisation an object pronoun stands for: the last one the clause before
    the act names that is not its actor ("Russia accused Moldova of ... and threatened it")."""
    own = {a.key for a in actors}
    for group in reversed(list(SLOT_GROUP.finditer(head))):
        if _JOINED_BEFORE.search(head, max(0, group.start() - 40), group.start()):
            continue  # "welcomed Sweden as a new member of NATO and urged it": Sweden, not what
            # it joined (session 29)
        found = [
            e
            for e in entities_of(analysis, group.group(0))
            if e.kind in (EntityKind.STATE, EntityKind.ORGANIZATION)
        ]
        if found and not any(e.key in own for e in found):
            return found
    return []


_JOINED_BEFORE = re.compile(
    r"\b(?:(?:member|members|membership|accession|admission|entry)\s+(?:of|to|in|into)|"
    r"(?:join|joins|joined|joining))\s+(?:the\s+)?$"
)


# an act named with its target and its agent after "by" ("the invasion of Ukraine by Russia",
# "the seizure of the tanker Niovi by Iran"): the agent is the one accused, not the target
_ACT_OF_BY = re.compile(
    r"\s*(?:the|this|that|its)\s+(?:[a-z-]+\s+){0,3}?(?:of|on|against|in|into|at)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?§[SDOPC]\d+§(?:\s+[a-z-]+){0,3}?\s+by\s+(?:the\s+)?§[SDO]\d+§"
)
_VICTIM = re.compile(
    # ("condemned the launch over Japan as a reckless provocation": the state flown over, session
    # 39)
    r"\s*(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:on|against|in|at|into|over)\s+(?:the\s+)?§|"
    # "condemned the invasion of Ukraine": the state invaded (session 24)
    r"\s*(?:the\s+)?(?:[a-z-]+\s+)?(?:invasion|occupation|annexation|bombardment|blockade|"
    r"bombing|shelling)\s+of\s+(?:the\s+)?§"
)
_OBJECT_PARTY = re.compile(
    # "condemned Hamas' brutal terrorist attack on Israel": the party whose act it is
    r"^[^§;]{0,80}?(?:\b(?:in|of|from)\s+(?:the\s+)?(?P<g>§[SDO]\d+§)|(?P<p>§[SDO]\d+§)['’]s?(?!\w))"
)


# interference in a state by no party named ("Western meddling in Georgia", "foreign
# interference in the internal affairs of Moldova"): the state is its victim (session 23)
_MEDDLING_IN = re.compile(
    r"^[^§;]{0,60}?\b(?:interference|meddling|intervention|incursions?|encroachments?)\s+"
    r"(?:in|into|on)\s+(?:the\s+)?(?:(?:internal|domestic)\s+affairs\s+of\s+(?:the\s+)?)?§"
)
# what happens in a place without anyone named for it ("the war in Ukraine", "the attack in
# Mali"; not "the coup in Niger" or "the violence in Burma", whose rulers are accused)
_BARE_SITUATION = re.compile(
    # (not "the human rights situation in Rwanda": its government's record, session 30)
    r"\b(?:(?<!rights\s)situation|developments|events|war|conflict|crisis|fighting|hostilities|tensions|"
    r"attacks?|bombings?|explosions?|earthquakes?|floods?|disasters?|escalation)"
    r"(?:\s+[a-z]+){0,2}?\s+(?:in|on)\s+(?:the\s+)?$"
)
_ATTACK_ON = re.compile(
    r"^[^§;]{0,40}?\b(?:attacks?|strikes?|air\s*strikes?|bombings?|shelling|assaults?|killings?|"
    # ("the invasion of Ukraine", "the blockade of Qatar": the state that suffers it, session 24)
    r"murders?|raids?|invasions?|occupation|annexation|bombardments?|blockade)\s+"
    r"(?:on|against|of|targeting)\b"
)


# "... with the war crimes committed by Russian troops": the forces' state
_COMMITTED_BY = re.compile(
    r"\b(?:committed|perpetrated|carried\s+out)\s+by\s+(?:the\s+)?(?P<g>§[SDO]\d+§)(?!['’])"
)


# where roads were blocked: "(erected barricades) on roads in northern §S1§" (session 33)
_BLOCKED_IN = re.compile(
    r"^[^,;§]*?\bin\s+(?:(?:the\s+)?(?:northern|southern|eastern|western|central|north|south|east|"
    r"west)\s+)?(?P<g>§S\d+§)"
)
# a group named with where it lives: "ethnic Albanians in southern Serbia"
_GROUP_LIVES_IN = re.compile(r"\bin\s+(?:[a-z]+\s+)?(?P<n>[A-Z][\w-]+)$")


def _blocked_where(doc: Doc, analysis: Analysis, actors: list[Entity], tail: str) -> list[Entity]:
    """The state whose roads a group blocked: the one the clause puts them in, else the one the
    group's name says it lives in (PROTEST 144's recipient, as the spent golds code it)."""
    found = [e for e in parties_named(analysis, _BLOCKED_IN.match(tail)) if e.qid is not None]
    if found:
        return found[:1]
    for actor in actors:
        lives = _GROUP_LIVES_IN.search(actor.label)
        state = doc.kb.resolve(lives.group("n"), (EntityKind.STATE,)) if lives else None
        if state is not None:
            return [entity_of(state)]
    return []


def parties_named(analysis: Analysis, m: re.Match[str] | None) -> list[Entity]:
    """The states, organisations and people of a match's ``g`` group (none without a match)."""
    if m is None:
        return []
    return [e for e in entities_of(analysis, m.group("g")) if e.kind in ACTOR_KINDS]


_MANNER = re.compile(
    r"^\s*(?:,\s*)?(?:in\s+the\s+strongest\s+(?:possible\s+)?terms|unequivocally|firmly|strongly)"
    r"(?:\s*,)?(?=\s)"
)

# the speaker's words for what the act is aimed at, whose owner follows: "condemned what she
# called Russia's cynical move" (Russia; as praise of "what he called Turkey's ..." is read,
# session 35b; session 36, backing)
_WHAT_CALLED = re.compile(
    r"^\s+what\s+(?:he|she|they|it|§P\d+§)\s+(?:called|termed|dubbed|described\s+as)(?=\s)"
)


def _executives(analysis: Analysis, tail: str) -> list[Entity]:
    """The company executives a sanction names right after its verb (see ``_EXECUTIVE``): unlinked
    people, or people the finder knows; none unless the first one named is one."""
    found: list[Entity] = []
    pos = _EXECUTIVES_START.match(tail).end()  # type: ignore[union-attr]
    while (m := _EXECUTIVE.match(tail, pos)) is not None:
        if m.group("p"):
            found += [e for e in entities_of(analysis, m.group("p")) if e.kind is EntityKind.PERSON]
        elif not found and m.group(0).startswith("§"):
            break
        else:
            name = m.group("n") or m.group("n2")
            found.append(Entity.unlinked(" ".join(name.split()), EntityKind.PERSON))
        if (sep := _EXECUTIVES_NEXT.match(tail, m.end())) is None:
            break
        pos = sep.end()
    if not found or not any(e.qid is None for e in found):
        return []  # (a sanction on a known person is read by the rules above)
    return found


def text_before(regex: re.Pattern[str], text: str) -> str:
    """The text up to the first match of ``regex`` (all of it without one): the first piece
    ``regex.split`` would give, without splitting the rest."""
    m = regex.search(text)
    return text[: m.start()] if m else text


# the parties a criticism with no party in its object names next: "criticised the presence of
# governments that do not respect democracy and named Nicaragua, Venezuela and Cuba" (not "named
# Peru as the host")
_TARGETS_NAMED_AFTER = re.compile(
    r"\s+(?:the\s+)?[a-z][^.;§]{0,120}?,?\s+and\s+(?:then\s+)?(?:named|singled\s+out|cited|"
    r"listed)\s+(?P<g>(?:the\s+)?§S\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§S\d+§)*)"
    r"(?!\s+as\s+(?:the|a|an|its|his|her|their)\b)"
)
# the party a criticism's reason is about, when its object names none: "criticized the policy
# shift, saying Japan is exaggerating regional threats" (not "saying it was ...": the speaker)
_SAYING_OF = re.compile(
    r"^[^.;§]{0,100}?,\s+(?:saying|arguing|charging|alleging|adding)\s+(?:that\s+)?(?:the\s+)?"
    r"(?P<g>§[SO]\d+§)(?!['’])\s+(?:is|was|were|are|has|had|have)\b"
)
# a proposal its maker told, then refused in an apposition or a relative clause: "Guinea's junta
# proposed a three-year transition, a plan ECOWAS swiftly rejected" (the proposer)
_OFFERED_THEN_REJECTED = re.compile(
    r"(?:^|(?<=\s))(?:the\s+)?(?P<g>§[SOP]\d+§)(?:['’]s?\s+(?:[\w-]+\s+){0,3}?|\s+)"
    r"(?:(?:has|had)\s+)?(?:proposed|offered|put\s+forward|suggested|floated|tabled)\s+"
    r"[^.;§]{0,100}?,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|offer|timetable|"
    r"roadmap|idea|initiative)\s+(?:that\s+|which\s+)?|which\s+)(?:the\s+)?§[SOP]\d+§\s+"
    r"(?:(?:has|had|have)\s+)?(?:[a-z]+ly\s+)?$"
)
# the body a meeting is asked of: "requested an emergency meeting of the Security Council"
_MEETING_ASKED_OF = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|session|consultations)\s+of\s+"
    r"(?:the\s+)?(?P<g>§O\d+§)"
)
# "(condemned the move) as another Russian provocation", "as a NATO provocation", "as Russia's
# blackmail": a party named right before the noun of wrongdoing the act is judged as
_AS_PARTYS_WRONG = re.compile(
    r"^[^.;:§]{0,80}?\s+as\s+(?:an?\s+|another\s+|yet\s+another\s+|the\s+latest\s+)?[\"“]?"
    r"(?:(?:[a-z]+\s+)?(?:and\s+)?[a-z]+\s+)?(?P<g>§[SDO]\d+§)(?:['’]s?)?\s+(?:[a-z-]+\s+)?"
    r"(?:provocations?|aggression|interference|meddling|blackmail|propaganda|"
    r"intimidation|coercion|aggressive\s+act|act\s+of\s+aggression)\b"
)
# the judgement after the object of a condemnation: "condemned the strikes as a violation of ..."
# (not "as well as")
_JUDGED_AS = re.compile(r"\s+as\s+(?:an?|the|[a-z]+ly)\s")
_OBJECT_END = re.compile(r";|,\s+(?:and|while|but)\b|\band\s+(?:[a-z]+ed|called|urged|said)\b")
# ("the sanctions imposed on Russia by the United States and the European Union": both)
_BY_PARTY = re.compile(
    rf"\bby\s+(?:the\s+)?"
    # ("the timetable proposed by the military government of Guinea": the state it governs)
    r"(?:(?:military|transitional|interim|ruling|new|current)\s+)?(?:(?:government|authorities|"
    rf"junta|regime|leadership|rulers)\s+of\s+(?:the\s+)?)?(?P<g>{group_of('SDO')})|"
    # "the security pact that Russia and North Korea signed last month": its makers
    rf"^[^,;]{{0,60}}?\b(?:that|which)\s+(?:the\s+)?(?P<m>{group_of('SDO')})\s+"
    r"(?:(?:had|have|has)\s+)?(?:recently\s+|just\s+|once\s+again\s+|again\s+)?(?:signed|"
    r"concluded|reached|proposed|adopted|imposed|announced|struck|sealed|"
    # "the claim that the Government of Japan has made", "the strikes that Russia carried out"
    # (session 35, criticism)
    r"made|carried\s+out|conducted|launched|committed)\b"
)


# "wholly rejects, and does not recognise, the findings of ...": a second refusal interposed
# between the verb and its object (no negation of the first)
_REFUSED_TOO = re.compile(r",\s+and\s+(?:does|did|will)\s+not\s+(?:recogni[sz]e|accept),")


def _party_in_object(analysis: Analysis, tail: str) -> list[Entity]:
    """The party the object of a condemnation names: "the violence in Burma", "actions by
    Russia", "China's detention of ..." (the first one, within the clause)."""
    if tail[:1] == "," and (interposed := _REFUSED_TOO.match(tail)) is not None:
        tail = tail[interposed.end() :]  # "rejects, and does not recognise, the ruling of ..."
    if "that" in tail and (reported := _REPORTS_THAT.match(tail)) is not None:
        # "concerns about credible reports, including in a report of the UN Group of Experts,
        # that Rwanda has provided support to ...": the one the reports tell of, not their source
        return parties_named(analysis, reported)
    clause = text_before(_OBJECT_END, tail)
    if " as " in clause:
        # "condemned the strikes as a clear violation of Yemen's sovereignty": the victim the
        # judgement names is no one condemned (session 37)
        clause = text_before(_JUDGED_AS, clause)
    clause = _MANNER.sub("", clause)  # "condemn in the strongest possible terms Russia's war"
    by = _BY_PARTY.search(clause[:120])
    if by:
        named = by.group("g") or by.group("m")
        return [e for e in entities_of(analysis, named) if e.kind in ACTOR_KINDS]
    if _INCLUDING_WORDS.search(clause) and (included := _INCLUDED.match(clause)) is not None:
        return parties_named(analysis, included)
    if _MEDDLING_IN.match(clause):
        return []  # "Western meddling in Georgia": the state meddled in is no one accused
    m = _OBJECT_PARTY.match(clause)
    if not m:
        if _PLACE_SITUATION.match(clause):
            # "the situation in the East China Sea and about China's military activities"
            return parties_named(analysis, _AND_ABOUT.search(tail[:200].partition(";")[0]))
        return []
    if m.group("g") and _ATTACK_ON.match(clause):
        return []  # "the attack on peacekeepers in Lebanon": where, not who attacked
    if m.group("g") and _BARE_SITUATION.search(clause, 0, m.start("g")):
        # "concern about the situation in Myanmar": a situation, no one accused (but "... and
        # about China's military activities": the second object's party)
        return parties_named(analysis, _AND_ABOUT.search(tail[:200].partition(";")[0]))
    slot = m.group("g") or m.group("p")
    return [e for e in entities_of(analysis, slot) if e.kind in ACTOR_KINDS]


# "reports, including in a report of the UN Group of Experts, that Rwanda has provided ...": the
# subject of the clause the reports are of
_REPORTS_THAT = re.compile(
    r"\s*(?:(?:the|these|those|credible|recent|new|numerous|multiple|alarming|troubling|"
    r"persistent)\s+){0,3}(?:reports?|allegations?|accounts?|indications?|evidence)\b[^;]{0,160}?"
    r"\bthat\s+(?:the\s+)?(?P<g>§[SD]\d+§)(?!['’])\s+(?:has|had|have|is|was|were|are|"
    r"continues|continued|may\s+have|had\s+been|has\s+been)\b"
)
_PLACE_SITUATION = re.compile(
    r"\s*(?:about|over|at|regarding)?\s*(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:situation|developments|"
    r"tensions)\s+(?:in|on|around)\s+(?:the\s+)?§L\d+§"
)
# "... the situation in the South China Sea and about China's military activities"
_AND_ABOUT = re.compile(
    r"\b(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:about|over|at|regarding)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?P<g>§[SD]\d+§)['’]s?(?!\w)"
)
# "the destructive line of Western states, including Germany": the states the group is said to
# include are the ones accused
_INCLUDED = re.compile(
    r"\s*(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:states|countries|nations|governments|powers|allies|"
    # ("extremist states such as Iran and Syria", "Western countries, notably the United States
    # and Britain": session 30)
    r"members|capitals),?\s+(?:including|such\s+as|notably|particularly|in\s+particular|"
    r"especially|like)\s+(?:the\s+)?"
    r"(?P<g>§[SD]\d+§(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?§[SD]\d+§)*)(?!['’-])"
)
# (every match of _INCLUDED has one of these words)
_INCLUDING_WORDS = re.compile(r"including|such|notably|particular|especially|like")
# "(an order) from the Swedish manufacturer Saab", "(a contract) with France"
_SELLER = re.compile(
    r"\b(?:from|with)\s+(?:the\s+|an?\s+)?(?:(?P<g>§[SD]\d+§)(?![\w'’])|(?:[\w-]+\s+){1,2}?(?P<g2>§D\d+§))"
)
# "stop all Iraqi imports": the state whose goods they are
_DEMONYM_IMPORTS = re.compile(r"\s+(?:all\s+)?(?P<g>§D\d+§)\s+imports\b")
# goods banned named by where they come from: "imports of aquatic products originating in
# Japan", "imports of seafood from 10 Japanese prefectures" (session 31)
_GOODS_ORIGIN = re.compile(
    r"^\s*of\s+(?:(?!(?:which|that|who)\b)[\w-]+,?\s+){1,6}?(?:(?:originating|coming|sourced)\s+"
    r"(?:in|from)\s+(?:the\s+)?|from\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"some|all)\s+)(?P<g>§[SD]\d+§)"
)
# the executives a sanction names, unknown to the KB: "sanctioned Raytheon chief executive Gregory
# Hayes and Boeing Defense chief Ted Colbert", "on Lockheed Martin's chief executive James
# Taiclet", "sanctioned Gregory Hayes, the chief executive of Raytheon" (session 31): each an
# unlinked person
_EXECUTIVE_TITLE = (
    r"(?:chief\s+executive(?:\s+officer)?|CEO|chief\s+(?:operating|financial)\s+officer|"
    r"chairman|chairwoman|chairperson|founder|co-founder|owner|boss|president|chief)"
)
_EXECUTIVE_NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}(?![\w§'’-])"
_EXECUTIVE = re.compile(
    r"(?:(?:[A-Z][\w&.-]*\s+){1,3}|(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s?\s+)"
    rf"(?:(?:former|outgoing|current)\s+)?{_EXECUTIVE_TITLE},?\s+(?P<n>{_EXECUTIVE_NAME})|"
    rf"(?P<n2>{_EXECUTIVE_NAME}),\s+(?:the\s+)?(?:[a-z]+\s+)?{_EXECUTIVE_TITLE}\s+of\s+[A-Z]|"
    r"(?:[A-Z][\w&.-]*\s+){0,3}(?P<p>§P\d+§)"
)
_EXECUTIVES_START = re.compile(r"\s*(?:(?:on|against)\s+)?")
_EXECUTIVES_NEXT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:on|against)\s+)?")
_TARGET = re.compile(r"\b(?:to|on|against|for|from)\s+(?:the\s+)?(?P<g>§[SDO]\d+§)")
_FROM_GIVER = re.compile(
    rf"\b(?:{RECEIVED_GOODS})\s+"
    r"from\s+(?:the\s+)?(?P<g>§[SO]\d+§|§D\d+§(?=\s+(?:Armed\s+Forces|Army)\b))"
)
_OF_TARGET = re.compile(r"\b(?:of|in)\s+(?:the\s+)?(?P<g>§[SD]\d+§)")
_WITH_PARTY = re.compile(r"\bwith\s+(?:the\s+)?(?P<g>§[SDO]\d+§)")
# (", with Germany joining the criticism": another party's act told alongside, no partner;
# session 37)
_WITH_END = re.compile(r";|,\s+(?:and|while|but|with)\b")


# an act the sentence before told, taken up again: "this decision", "these provocations"
_ANAPHORIC_ACT = re.compile(
    r"\s*(?:(?:in\s+the\s+strongest\s+(?:possible\s+)?terms|strongly|firmly),?\s+)?"
    r"(?:this|these|that|those|such)\s+(?:[a-z-]+\s+){0,2}?(?:decisions?|provocations?|actions?|"
    r"acts?|behaviou?r|steps?|moves?|measures?|conduct|activities|announcements?|violations?|"
    r"attacks?|strikes?|launches|incidents?)\b"
)
# "condemned what it called ...", "denounced what they described as ...": the reacting party's
# own words for its object
_WHAT_IT_CALLED = re.compile(
    r"\s+what\s+(?:it|they|he|she|the\s+\w+)\s+(?:called|calls|described\s+as|describes\s+as|"
    r"termed|terms|labell?ed|saw\s+as|sees\s+as|considered|considers)\s+"
)
# "called it a violation of ...", "described this as a provocation": the act just told
_IT_JUDGED = re.compile(
    r"\s+(?:it|this)\s+(?:as\s+)?(?:an?\s+)?(?:[\w\"“”-]+\s+){0,3}?"
    r"(?:violations?|provocations?|provocative|act\s+of|escalation|threat)\b"
)
# the maker of an act in a sentence: "actions taken today by the People's Republic of China",
# "announced that Russia is suspending ...", "Russia has refused to ..."
_ACT_BY = re.compile(
    r"\b(?:actions?|acts?|decisions?|moves?|steps?|measures?|provocations?|behaviou?r|conduct|"
    r"activities|attacks?|manoeuvres|maneuvers)\s+(?:[a-z]+\s+){0,2}?by\s+(?:the\s+)?"
    r"(?P<g>§[SDO]\d+§)"
)
# a judgement told in a relative clause after its object: ", which the United States had "
_WHICH_JUDGED = re.compile(
    rf",\s+which\s+(?:the\s+)?{ACTORS}\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+|also\s+)?$"
)
_HOSTILE_ACTS = frozenset({"REJECT", "COERCE", "ASSAULT", "THREATEN", "SANCTION", "MOBILIZE"})


# "demanded their immediate release": of those the sentence before told were detained
_THEIR_RELEASE = re.compile(
    r"\s+(?:their|his|her)\s+(?:(?:immediate|unconditional|swift|prompt|safe|and)\s+)*release\b"
)
_DETENTION_WORDS = frozenset(
    "detained detains arrested arrests seized jailed imprisoned captured abducted held".split()
)


def _previous_actors(doc: Doc) -> list[Entity]:
    """The maker of the act the sentence before told: the actor of a hostile event found there,
    else the party an act is said to be "by" (none when neither is told)."""
    before = doc.previous
    if before is None:
        return []
    begin = before.sentence.begin
    for fact in reversed(doc.facts):
        if fact.evidence[0].begin != begin or fact.evidence[0].in_title:
            continue
        if any(isinstance(v, Concept) and v.name in _HOSTILE_ACTS for v in fact.get("eventType")):
            return [side_of(doc, e) or e for e in fact.entities("actor")]
    return parties_named(before, _ACT_BY.search(before.masked))


def _party_with(analysis: Analysis, tail: str) -> list[Entity]:
    """The party an object is "with" ("its trade deficit with China"), within the clause."""
    clause = text_before(_WITH_END, tail)
    m = _WITH_PARTY.search(clause[:120])
    return [e for e in entities_of(analysis, m.group("g")) if e.kind in ACTOR_KINDS] if m else []


_RECIPIENT_END = re.compile(r";|\bwhich\b|\bwho\b|,?\s+(?:while|and\s+(?=[a-z]+ed\b))")
_RECIPIENT = re.compile(
    # "tariffs on $34 billion of Chinese goods": the goods' state
    r"\s*(?:with\s+|to\s+|on\s+(?:§M\d+§\s+(?:worth\s+)?of\s+)?|upon\s+|against\s+|for\s+)?"
    # ("condemned a planned $1.1 billion U.S. arms sale to Taiwan": the sum is no word)
    # ("expelling the same number of Polish diplomats": the count of a tit-for-tat)
    rf"(?:the\s+|its\s+|their\s+)?(?:same\s+number\s+of\s+)?(?:[a-z0-9-]+\s+){{0,2}}"
    # people named after who they are: "detained two aid workers, Maria Lindqvist and ..."
    r"(?:(?:[a-z0-9’'-]+\s+){0,2}[a-z]+s,\s+(?=§P\d+§))?"
    rf"(?:§M\d+§\s+)?(?P<g>{_RECIPIENTS})"
)
_DEMONYM = re.compile(r"§D\d+§")
# "protested the decision to the Russian Ministry of Foreign Affairs", "protested to Tokyo"
_PROTESTED_TO = re.compile(
    r"\s*(?:(?:the|this|that|its|their|these|a|an)\s+(?:[\w-]+\s+){0,3}?)?(?:to|with)\s+"
    r"(?:the\s+)?(?P<g>§[SDOC]\d+§)"
)


# a body the KB lacks named after its state's possessive ("Nicaragua's Supreme Court",
# "Russia's Federal Security Service"): the owner named (session 26)
_OWNED_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?P<s>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})['’]s?\s+(?:[A-Z][\w-]*\s+){0,4}"
    r"(?:Court|Council|Commission|Service|Corps|Ministry|Department|Office|Agency|Bureau|"
    r"Authority|Committee|Assembly|Parliament|Administration|Directorate|Prosecutor['’]s\s+Office|"
    r"Guard|Navy|Bank|Company|Corporation)$"
)


def _body_owner(doc: Doc, entity: Entity) -> Entity | None:
    """The state an unlinked body of its own is named by: its demonym or state (``state_body``),
    or its state's possessive before a body's name ("Venezuela's National Electoral Council")."""
    if entity.kind is not EntityKind.ORGANIZATION or entity.qid is not None:
        return None
    if (state := state_body(doc, entity)) is not None:
        return state
    if (m := _OWNED_BODY.match(entity.label)) is None:
        return None
    found = doc.kb.resolve(m.group("s"), (EntityKind.STATE,))
    return entity_of(found) if found is not None and found.kind is EntityKind.STATE else None


def _protested_to(analysis: Analysis, doc: Doc, tail: str) -> list[Entity]:
    """The state an official protest is lodged with: the one named, the state whose capital or
    ministry ("the Iranian Foreign Ministry") is named."""
    m = _PROTESTED_TO.match(tail)
    if m is None:
        return []
    mention = analysis.mention(m.group("g"))
    if mention.code is Code.CITY:
        return state_named(doc, mention)
    return [
        state_body(doc, e) or e
        for e in entities_of(analysis, m.group("g"))
        if e.kind in ACTOR_KINDS
    ]


# the protest verbs a government's official complaint is told by: "protested", and "protests
# against" in a ministry's present ("The Government of Korea strongly protests against the claim
# ... that the Government of Japan has made": session 35, criticism)
_STATE_PROTEST_VERB = re.compile(r"protested|protests\s+against")


# arrests, sentences, deportations and releases of people (session 30)
_HELD_CAMEOS = frozenset({"173", "174", "0841"})


def _recipient_after(analysis: Analysis, tail: str, held: bool = False) -> list[Entity]:
    """The party an act is done to, right after its verb; ``held``: people a state arrests,
    sentences, deports or frees, whose journalists and activists are its own people there."""
    if tail[:1] in '"”' and '"diplomatic relations' in analysis.masked.replace("“", '"'):
        # 'severed its so-called "diplomatic relations" with ...': past the closing quote
        # (session 40, sanctions)
        tail = tail[1:]
    clause = text_before(_RECIPIENT_END, _own_clause(tail))
    if _MANNER.match(clause):
        clause = _MANNER.sub("", clause, count=1)  # "condemned in the strongest terms the ..."
    if " what " in clause:
        clause = _WHAT_CALLED.sub("", clause, count=1)
    # "demanded on October 3 that Germany pay ...": past the date, to the one asked
    clause = _WHEN_THAT.sub("", clause, count=1)
    # "imposed further sanctions on Thursday, October 20, on three Iranian individuals": past
    # the day, to the ones sanctioned (session 42, sanctions)
    clause = _DAY_BEFORE_TARGET.sub("", clause, count=1)
    m = _RECIPIENT.match(clause)
    if not m:
        return []
    if (
        _DEMONYM.fullmatch(m.group("g"))
        and _NOT_A_STATE_NOUN.match(clause, m.end())
        and not (held and _HELD_PEOPLE_NOUN.match(clause, m.end()))
    ):
        return []  # "imposed sanctions on a Mexican cartel leader": not Mexico (but "deported
        # two Kenyan activists": Kenya's people, as its citizens are; session 30)
    if _THEIR_OTHERS.match(clause, m.end()):
        return []  # "threatened Ukraine's Western backers": not Ukraine
    if _PROXY_OF.match(clause, m.end()):
        return []  # "airstrikes against Iran-backed militias": not Iran
    found = [e for e in entities_of(analysis, m.group("g")) if e.kind in ACTOR_KINDS]
    allies = _AND_ITS_ALLIES.match(clause, m.end())
    if allies is not None and not analysis.mention(allies.group("o")).text.endswith("an"):
        # "accused the United States and its NATO allies of ...", "Lithuania and its EU
        # partners": the alliance or union too (not "its European allies")
        found += [e for e in entities_of(analysis, allies.group("o")) if e.kind in ACTOR_KINDS]
    return found


# a further target a sanction names: "... on former Iranian President Mahmoud Ahmadinejad and
# on Iran's Ministry of Intelligence", "..., and against the Wagner Group"
_AND_ON = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:on|against|upon)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    rf"(?P<g>{_RECIPIENTS})(?:(?P<s>['’]s?\s+)(?P<body>[A-Z][\w-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*"
    r"[A-Z][\w-]*)*))?"
)

_ONE_SLOT_ONLY = re.compile(r"§[SD]\d+§")
# the second one a designation names: "designating Iran's Ministry of Intelligence and Security
# (MOIS) and its Minister of Intelligence, Esmail Khatib", "... and its director, ..."
# the targets a designation lists after a colon: "designating four companies that ...: §O1§,
# §O2§ and §O3§" (organisations and people only, the whole list up to the sentence's end)
_DESIGNATED_LIST = re.compile(
    r"[^.;:]{0,200}:\s+(?P<g>(?:the\s+)?§[OP]\d+§(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:the\s+)?§[OP]\d+§)*)\s*[.;]?\s*$"
)
_DESIGNATED_TOO = re.compile(
    r"\s+(?:the\s+)?§[OP]\d+§(?:\s+\([A-Z]{2,}\))?,?\s+and\s+(?:its|their|the)\s+"
    r"(?:(?:[\w-]+\s+){0,3}?[\w-]+,\s+)?(?P<g>§[OP]\d+§)"
)


def _further_targets(analysis: Analysis, tail: str) -> list[Entity]:
    """The targets a sanction names after its first, each after its own "and on": a party, or a
    body of a state the KB lacks ("Iran's Ministry of Intelligence": unlinked)."""
    found: list[Entity] = []
    for m in _AND_ON.finditer(text_before(_RECIPIENT_END, _own_clause(tail))):
        if m.group("body") and _ONE_SLOT_ONLY.fullmatch(m.group("g")):
            owner = analysis.mention(m.group("g")).text
            name = f"{owner}{m.group('s')}{m.group('body')}"
            found.append(Entity.unlinked(" ".join(name.split()), EntityKind.ORGANIZATION))
        else:
            found += [e for e in entities_of(analysis, m.group("g")) if e.kind in ACTOR_KINDS]
    return found


# "... and its NATO allies", "and their EU partners": the organisation of the ones added
_AND_ITS_ALLIES = re.compile(
    r",?\s+and\s+(?:its|their|his|her)\s+(?:(?:western|European|fellow)\s+)?(?P<o>§[OS]\d+§)\s+"
    r"(?:allies|partners|members|member\s+states)\b"
)


# foreigners a state holds, frees or sends away, by trade: their state's people
_HELD_PEOPLE_NOUN = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:journalists?|activists?)\b(?!\s+(?:groups?|networks?|organi[sz]ations?)\b)"
)
# a demonym before a noun of someone or something that is not its state
_NOT_A_STATE_NOUN = re.compile(
    # (companies and banks of a state are its side, as CAMEO codes them)
    r"\s+(?:[a-z-]+\s+)?(?:cartels?|gangs?|drug|militants?|rebels?|insurgents?|journalists?|"
    r"activists?|opposition|dissidents?|terrorists?|separatists?|smugglers?|traffickers?)\b"
)


# a party's possessive before other parties: "Ukraine's Western backers", "Iran's proxies"
_THEIR_OTHERS = re.compile(
    r"['’]s?\s+(?:[A-Za-z-]+\s+){0,2}?(?:backers|allies|partners|neighbou?rs|supporters|"
    r"sponsors|friends|enemies|adversaries|rivals|opponents|critics|proxies|"
    # "extended the asset freeze on Alexander Lukashenko's associates": not Lukashenko (session 31)
    r"associates|cronies|henchmen|relatives|entourage|inner\s+circle|family\s+members)\b"
)


_PROXY_OF = re.compile(
    r"[-–](?:backed|aligned|allied|linked|sponsored|supported|affiliated|funded|armed|trained|"
    r"friendly|leaning)\s+(?:[\w-]+\s+)?(?:militias?|groups?|rebels?|forces|fighters|militants|"
    r"proxies|separatists|insurgents|factions?|government|regime|authorities|targets)\b"
)


_WHEN_THAT = re.compile(
    r"^,?\s*(?:on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)(?:,?\s+\d{4})?|"
    r"today|yesterday)?,?\s*that\s+(?=(?:the\s+)?§)"
)


# a day told between a measure and the "on" of its target: " on Thursday, October 20, on ..."
_DAY_BEFORE_TARGET = re.compile(
    r"^\s*on\s+[A-Z][a-z]+day(?:,?\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?:,?\s+\d{4})?)?,?(?=\s+(?:on|against|upon)\s)"
)


# the owner of a decision: "the Russian government's", "Moscow's"
_DECIDER = re.compile(
    r"(?P<g>§[SDC]\d+§)(?:\s+(?:government|authorities|leadership))?['’]s?\s+(?:[a-z-]+\s+)?$"
)
# "Morocco and Algeria have had no diplomatic relations since Algeria cut ties": the pair, before
# the one who cut them (session 31)
_NO_TIES_SINCE = re.compile(
    r"(?P<a>§[SD]\d+§)\s+and\s+(?:the\s+)?(?P<b>§[SD]\d+§)\s+(?:have|has|had)\s+(?:had\s+)?no\s+"
    r"(?:diplomatic\s+|formal\s+|official\s+)?(?:relations|ties)\s+(?:ever\s+)?since\s+"
    r"(?:the\s+)?§[SD]\d+§\s+$"
)
# "the decision of the DPRK to sever ...", "the decision by Somalia to ...": the decider named
# after the noun (session 31)
_DECIDED_BY = re.compile(r"decision\s+(?:of|by)\s+(?:the\s+)?(?P<g>§[SD]\d+§)")
# acts that react to another act (which a date after their object may belong to)
_EXPELLED = re.compile(
    # ("Zhao Wei, a diplomat at the Consulate General of the People's Republic of China in
    # Toronto, persona non grata": the mission's city between; session 31)
    r"[^.;§]{0,100}?(?P<g>§[SD]\d+§)(?:['’]s)?(?:[^.;§]|§C\d+§){0,60}?\b(?:person(?:a|ae)\s+"
    r"non\s+grat|to\s+leave\b)"
)
# "(expelling) the same number of Romanian embassy staff", "an equal number of Dutch diplomats"
_SAME_NUMBER_OF = re.compile(
    r"\s+(?:the\s+same|an\s+equal|a\s+similar|a\s+matching)\s+number\s+of\s+(?P<g>§[SD]\d+§)"
    r"(?P<n>\s+(?:embassy\s+|consular\s+|diplomatic\s+)?(?:diplomats|staff(?:\s+members)?|"
    r"employees|personnel|envoys)\b)?"
)
# a measure and the participle that dates it, before a date: "the sanctions on Guinea imposed
# in September", "the suspension imposed by the bloc in 2021" (session 30)
_MEASURE_IMPOSED_AT = re.compile(
    r"\b(?:sanctions|embargo|measures|restrictions|suspension|ban|blockade)"
    r"(?:\s+(?:on|against)\s+[^,;]{1,50}?)?\s+(?:that\s+(?:was|were)\s+|which\s+(?:was|were)\s+)?"
    r"(?:imposed|introduced|adopted|decided|put\s+in\s+place|slapped)"
    r"(?:\s+(?:by|on|against)\s+[^,;]{1,50}?)?\s+(?:on|in|since)?\s*$"
)
_REACTIONS = frozenset({"ACCUSE", "REQUEST", "PROTEST", "REJECT", "SUPPORT", "SANCTION"})
# reactions told by words (a sanction can be the act a participle tells: "sanctions imposed
# by China on Monday")
_WORD_REACTIONS = _REACTIONS - {"SANCTION"}
# acts done by saying them
_SPOKEN = frozenset({"ACCUSE", "REQUEST", "PROTEST", "REJECT", "SUPPORT", "THREATEN", "AGREE"})


# where a sentence goes on with another clause (the same in the masked text and the text)
# (and "lifted sanctions on Venezuela in October but reimposed them in April": a second verb)
_CLAUSE_SEP = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+(?:but|and)\s+(?=[a-z]+ed\b)")


def _clause_dates(analysis: Analysis, dates: list[DateMention], at: int) -> list[DateMention]:
    """The dates of the clause the masked text has at ``at`` ("Russia suspended the talks in
    March, and Japan expelled eight diplomats in April"), else of the nearest clause before it
    ("met on Monday, and they agreed ..."); all of them when the clauses cannot be matched."""
    clauses = analysis.clauses(_CLAUSE_SEP)
    begin = analysis.sentence.begin
    k = next((i for i, c in enumerate(clauses) if c[0] <= at < c[1]), len(clauses) - 1)
    for _, _, start, stop in reversed(clauses[: k + 1]):
        inside = [d for d in dates if start <= d.begin - begin < stop]
        if inside:
            return inside
        if any(start <= d.begin - begin < stop for d in analysis.dates):
            # "imposed sanctions between 2020 and 2022, and renewed them in February": the
            # clause's time is a span or a start, not another clause's day
            return []
    return dates


# "said on Wednesday that", "confirmed in a statement that", "told reporters Thursday": where a
# reported clause begins (the same in the masked text and the text: no slot inside)
_REPORT_VERB = (
    r"said|says|stated|reported|claimed|claims|confirmed|confirms|noted|added|alleged|alleges|"
    r"stressed|insisted|acknowledged|admitted|revealed|disclosed|told\s+(?:reporters|journalists)"
)
_REPORT_FRAME = re.compile(
    rf"\b(?:{_REPORT_VERB})\b(?:[^§;.]{{0,60}}?\bthat\b|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|today|yesterday)\b(?:\s+that\b)?)"
)
_REPORT_WORDS = frozenset(
    "said says stated reported claimed claims confirmed confirms noted added alleged alleges "
    "stressed insisted acknowledged admitted revealed disclosed told".split()
)
# acts done (not words): a reported one has only a date its own clause gives
_DEEDS = frozenset(
    {
        "ASSAULT",
        "COERCE",
        "RETREAT",
        "CONCEDE",
        "SANCTION",
        "MOBILIZE",
        "COOPERATE",
        "AID",
        "REJECT",
    }
)


# a party telling its own measure: "Honduras' foreign ministry said late on Saturday that it had
# severed relations with Taiwan" (the telling is the act, ANNOTATION.md §6, and dates it; not
# a deed: "said on Wednesday that it had withdrawn its troops")
_OWN_ACT_TOLD = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms)\b[^;:§]{0,40}?\b(?:it|they)\s+"
    r"(?:had\s+|has\s+|have\s+|was\s+|were\s+|is\s+|are\s+)?(?:\w+ly\s+|also\s+)?$"
)


def _reported_from(analysis: Analysis, at: int) -> int | None:
    """Where (in the sentence's text) the reported clause holding the masked text's ``at``
    begins ("Officials said on Wednesday that Russia withdrew ..."); None if there is none."""
    if _REPORT_WORDS.isdisjoint(analysis.words):
        return None
    clauses = analysis.clauses(_REPORT_FRAME)
    k = next((i for i, c in enumerate(clauses) if c[0] <= at < c[1]), 0)
    return clauses[k][2] if k > 0 else None


def _said_date(analysis: Analysis, doc: Doc, speakers: list[Entity], at: int) -> TimeValue | None:
    """The date of an accusation made by reporting an act ("Ukraine said on Wednesday that
    Russia attacked ..."): a date of the speaker's clause, else of the meeting they attended."""
    start = _reported_from(analysis, at)
    if start is not None:
        begin = analysis.sentence.begin
        dated = [d for d in analysis.dates if d.end_value is None and not d.since]
        said = [d for d in dated if d.begin - begin < start]
        if said:
            return said[0].value
        if any(d.begin - begin >= start for d in dated):
            return None  # (the dates are the act's)
    elif analysis.dates:
        told = [d for d in analysis.dates if d.reported and d.end_value is None]
        if told:
            # "Israel struck targets in Syria on Friday, the Syrian defence ministry said on
            # Sunday": the day the accusation was told (session 23)
            return told[0].value
        return None  # ("Ukraine said Russia attacked Kharkiv on Monday": the act's date)
    return doc.meeting_date_of(speakers)


def _told_on(analysis: Analysis, doc: Doc) -> TimeValue | None:
    """The day a threat of a later act was told ("said on Monday ... would announce sanctions
    later this week": Monday): the sentence's date of its telling, else its one day not after
    the article's (the act threatened is to come)."""
    told = [d.value for d in analysis.dates if d.reported]
    if told:
        return told[0]
    today = doc.article.date
    days = [
        d.value
        for d in analysis.dates
        if d.end_value is None
        and d.value.precision == Precision.DAY
        and today is not None
        and dt.date(d.value.year, d.value.month or 1, d.value.day or 1) <= today
    ]
    return days[0] if len(days) == 1 else None


def _own_clause_date(analysis: Analysis, start: int, end: int) -> TimeValue | None:
    """The date told inside the relative clause whose trigger the masked text has from
    ``start`` to ``end``: "the sanctions that the United States imposed on Venezuela in 2019
    (were eased in October)" (the clause found in the text by its first word)."""
    masked, text = analysis.masked, analysis.sentence.text
    first = re.match(r"[\w-]+", masked[start:end])
    if first is None:
        return None
    word = re.compile(rf"\b{re.escape(first.group(0))}\b")
    k = len(word.findall(masked, 0, start))
    found = list(word.finditer(text))
    if k >= len(found):
        return None
    at = found[k].start()
    stop = _CLAUSE_STOP.search(text, at)
    last = stop.start() if stop is not None else len(text)
    begin = analysis.sentence.begin
    for d in analysis.dates:
        if d.end_value is None and not d.since and at <= d.begin - begin < last:
            return d.value
    return None


# where a relative clause ends: its comma, or the main clause's verb
_CLAUSE_STOP = re.compile(r"[,;]|\s(?:were|was|is|are|has|have|had|will|would|remain|remains)\s")


def _holding_aside(
    analysis: Analysis, at: int, asides: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The relative clause (its span in the text, one of ``asides``) that holds the act at
    ``at`` in the masked text: "Erdogan, who has criticised Israel's offensive, met ... on
    Saturday" (the criticism is not Saturday's); None when it is in none, or the masked text
    and the text do not show the same relative clauses."""
    in_masked = list(RELATIVE.finditer(analysis.masked))
    if len(in_masked) != len(asides):
        return None
    return next(
        (span for m, span in zip(in_masked, asides, strict=True) if m.start() <= at < m.end()),
        None,
    )


def event_date(
    analysis: Analysis,
    doc: Doc,
    actors: list[Entity],
    event_type: str = "",
    at: int | None = None,
    *,
    reported: bool = False,
) -> TimeValue | None:
    """The date of an act: the sentence's own date ("since 2016" starts a period instead), of
    the act's clause when ``at`` (where the act is in the masked text) is given, else the date
    of the meeting its actors took part in. A ``reported`` act in a clause a speaker reports
    ("X said on Wednesday that Y withdrew ...") has only the dates of that clause."""
    text, begin = analysis.sentence.text, analysis.sentence.begin
    start = _reported_from(analysis, at) if reported and at is not None else None
    asides = [(m.start(), m.end()) for m in RELATIVE.finditer(text)]
    holding = _holding_aside(analysis, at, asides) if at is not None and asides else None
    reaction = event_type in _REACTIONS
    dated = [
        d
        for d in analysis.dates
        if d.end_value is None
        and not d.since
        # "the EU's trade deficit with China, which reached EUR 400 billion in 2022": the
        # date of what the relative clause says, not of the act
        # (an act told in a relative clause has that clause's dates only)
        and (
            holding[0] <= d.begin - begin < holding[1]
            if holding is not None
            else not any(a <= d.begin - begin < b for a, b in asides)
        )
        and not (
            reaction
            and dates_object_event(text, d.begin - begin)
            and not dates_occasion(text, d.begin - begin)
            # ("recalled its ambassador for consultations on Tuesday": the recall's day, not of
            # talks; session 27)
            and not _FOR_CONSULTATIONS.search(text, max(0, d.begin - begin - 40), d.begin - begin)
        )
        # "commended the Philippines for last week's arrest of ...": the date of a thing
        and not (
            reaction
            and POSSESSIVE.match(text, d.end - begin)
            and not briefing_day(text, d.begin - begin, d.end - begin)
        )
        and not (event_type in _WORD_REACTIONS and dates_participle_object(text, d.begin - begin))
        # "lifted the sanctions on Guinea imposed in September": the date of the measure, not of
        # its lifting (session 30)
        and not (
            event_type == "CONCEDE"
            and _MEASURE_IMPOSED_AT.search(text, max(0, d.begin - begin - 80), d.begin - begin)
        )
        # "extended its sanctions for six months until January 31, 2024": when the act ends
        and not _UNTIL.search(text, max(0, d.begin - begin - 20), d.begin - begin)
        and (start is None or d.begin - begin >= start)
    ]
    if start is not None and not dated:
        return None  # the date of the saying, or of the meeting it was said at, is not the act's
    if at is not None and dated:
        deeds, holding = other_deeds(analysis, actors, at)
        if holding is not None:
            # "Russia expelled two diplomats on Thursday after Moldova expelled a Russian
            # envoy": the act of the time clause has that clause's dates only (session 24)
            dated = [d for d in dated if holding[0] <= d.begin - begin < holding[1]]
            if not dated:
                return None
        if deeds:
            # "Mexico recalled its ambassador after police raided its embassy on Friday": Friday
            # is the raid's (session 24)
            dated = [d for d in dated if not any(a <= d.begin - begin < b for a, b in deeds)]
            if not dated:
                return None
    if at is not None and _SINCE_ACT.search(analysis.masked, max(0, at - 80), at):
        if not _VERB_AT.match(analysis.masked, at):
            # "ties have deteriorated since Moscow's full-scale invasion of Ukraine": the act
            # opens a period; the sentence's dates are not its own
            return None
        # "phoned Zelensky on Wednesday, their first contact since Russia invaded Ukraine": the
        # act of a "since" clause has only that clause's date ("since Russia invaded Ukraine in
        # 2022")
        clause = next((c for c in analysis.clauses(_SINCE) if c[0] <= at < c[1]), None)
        if clause is not None and clause[0] > 0:
            dated = [d for d in dated if clause[2] <= d.begin - begin < clause[3]]
            if not dated:
                return None
    if at is not None and dated and len(analysis.dates) >= 2:
        dated = _clause_dates(analysis, dated, at)
        if not dated:
            return None  # (the act's clause has a span of its own: "between 2020 and 2022")
    if event_type in _SPOKEN:
        # (the dates of what was said come first: "On Monday, the ministry said Moscow had
        # expelled two diplomats on Friday"; an act of saying reads them in the text's order:
        # "On Tuesday, China accused ...")
        dated = analysis.spoken_order(dated)
    for d in dated:
        if d.relative or d.value.precision >= 10:
            return d.value
    if dated:
        return dated[0].value
    if any(d.since for d in analysis.dates) or _other_time(text, reaction):
        return None
    return aside_meeting_date(analysis, doc, actors)


def _other_time(text: str, reaction: bool) -> bool:
    """Whether the sentence tells a time not read as a date ("last week"), of the act (not,
    for a reaction, the time of its object: "last week's arrest")."""
    return other_time(text) if reaction else OTHER_TIME.search(text) is not None


_SINCE = re.compile(r"\b[Ss]ince\b")
# an envoy called home "for consultations", right before a date
_FOR_CONSULTATIONS = re.compile(r"\bfor\s+consultations\s+(?:on|in|last|this|earlier)?\s*$")
_UNTIL = re.compile(r"\b(?:until|till|through|no\s+later\s+than)\s+$")
# a verb in the past tense ("since Russia invaded Ukraine in 2022": the clause's own date)
# (also the irregular ones of measures: "since Algeria cut ties in August 2021"; session 31)
_VERB_AT = re.compile(r"[a-z]+ed\b|(?:cut|broke|shut|withdrew|froze|quit)\b")
_SINCE_ACT = re.compile(
    r"\bsince\s+(?:(?:§\w+§|the|its|their|his|her)(?:['’]s?)?\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def since_date(analysis: Analysis) -> TimeValue | None:
    """ "Since February 24, the United States has committed ...", "Since the five countries
    gained their independence in 1991, the US has provided ...": the start of the period."""
    since = next((d.value for d in analysis.dates if d.since and d.end_value is None), None)
    if since is not None or analysis.sentence.text[:1] not in "SE":
        return since
    opening = _SINCE_OPENING.match(analysis.sentence.text)
    if opening is None:
        return None
    end = analysis.sentence.begin + opening.end()
    dated = [d for d in analysis.dates if d.begin < end and d.end_value is None]
    return dated[0].value if len(dated) == 1 else None


# a sentence's opening "Since ...," clause: what it dates starts the period of the act after it
_SINCE_OPENING = re.compile(r"(?:Ever\s+since|Since)\s+[^,;]{3,160},")


# every word a trigger can start with; None if some trigger's first words are not known
_TRIGGER_WORDS: frozenset[str] | None = (
    None
    if any(t.words is None for t in TRIGGERS)
    else frozenset().union(*(t.words for t in TRIGGERS if t.words is not None))
)


def _by_first_word(triggers: Sequence[Trigger]) -> dict[str, tuple[int, ...]]:
    """The triggers (their places in ``triggers``) each word can start."""
    index: dict[str, list[int]] = {}
    for i, trigger in enumerate(triggers):
        for word in trigger.words or ():
            index.setdefault(word, []).append(i)
    return {word: tuple(places) for word, places in index.items()}


_BY_FIRST_WORD = _by_first_word(TRIGGERS)
_FIRST_WORDS = frozenset(_BY_FIRST_WORD)
_UNLISTED = tuple(i for i, t in enumerate(TRIGGERS) if t.words is None)
# each trigger with what it needs (read once here, not as attributes for each sentence)
_TRIGGER_NEEDS = tuple((t, t.needs, t.needs_marks) for t in TRIGGERS)


def _triggers_for(words: frozenset[str], masked: str) -> list[Trigger]:
    """The triggers that can match a sentence of these words, in the table's order (an earlier
    trigger's match takes its span from later ones): those that can start with one of its
    words and find one of the words (or marks) they need. The same as testing each trigger,
    from the few words a sentence has rather than the table's many."""
    first = words & _FIRST_WORDS
    if not first and not _UNLISTED:
        return []  # (most sentences)
    places = set(_UNLISTED)
    for word in first:
        places.update(_BY_FIRST_WORD[word])
    found: list[Trigger] = []
    for trigger, needs, marks in map(_TRIGGER_NEEDS.__getitem__, sorted(places)):
        if (
            needs is None
            or not needs.isdisjoint(words)
            or (marks and any(mark in masked for mark in marks))
        ):
            found.append(trigger)
    return found


# the actor right before the verb: "Turkey has ratified", "Turkey, a NATO ally, ratified",
# "Turkey's parliament ratified"
ADJACENT = re.compile(
    # ("Niger's junta revoked ...", "Mali's military rulers expelled ...": the state's rulers)
    # ("Guinean security forces shot dead ...": a demonym's too; session 28)
    r"§(?:(?:['’]s)?\s+(?:parliament|government|cabinet|senate|legislature|lawmakers|authorities|"
    # ("Russia's foreign ministry branded the expulsion ... an unfriendly act"; session 26b)
    r"(?:foreign\s+|defen[cs]e\s+)?ministry|"
    # "The Kremlin spokesman warned Estonia ...", "North Korea's foreign ministry spokesperson
    # warned Seoul ...": who speaks for the state (session 31, spokespersons)
    r"(?:(?:chief|foreign|defen[cs]e|ministry|office|government|presidential|military|army)\s+)"
    r"{0,2}spokes(?:man|woman|person)|"
    r"junta|(?:military\s+)?(?:rulers|regime|leadership)|military\s+government|"
    # "Iran's Revolutionary Guards seized ...", "China's coast guard blocked ...": its forces
    r"(?i:(?:armed\s+)?forces|military|army|navy|air\s+force|coast\s+guard|troops|border\s+guards?|"
    # "Kenya's police arrested ...", "Russia's security services detained ..." (session 25)
    r"police|(?:security|intelligence)\s+(?:forces|services?|agenc(?:y|ies))|"
    r"(?:Islamic\s+)?Revolutionary\s+Guards?(?:\s+Corps)?))\s+)?"
    # "African Union leaders suspended Niger", "The EU and its Member States call on ..."
    # ("EU member states suspended ...": the union's members act as it; session 28)
    rf"(?:(?:['’]s)?\s+{COLLECTIVE}|\s+(?:and\s+its\s+)?[Mm]ember\s+[Ss]tates)?"
    r"\s*(?:,[^,]{0,40},\s*)?(?:\w+ly\s+|has\s+|have\s+|had\s+|also\s+|reportedly\s+|"
    # "The United States continues to call on ...": a demand kept up is still made
    r"(?:continues|continue|continued)\s+to\s+){0,2}$"
)
# the subject's second verb: "North Korea rejected the resolution and warned Washington of ..."
# (not a reported clause's: "Seoul said Pyongyang fired a missile and warned ..."), also of
# a speaker reporting its own acts ("said that it had severed relations with Taiwan and
# recognised ...")
_ADJACENT_AND = re.compile(
    r"(?:(?:[Tt]he\s+)?§[SOPG]\d+§(?:['’]s\s+[a-z]+)?\s+|"
    r"[^;:]*?\bthat\s+(?:it|they)\s+)(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+|also\s+)?[a-z]+ed\s+"
    r"(?:(?!said\b|says\b|that\b|claimed\b|who\b|which\b|and\b)[^;:,])*?\s+"
    r"and\s+(?:also\s+|then\s+|later\s+)?|"
    # "Ciuca said his government was profoundly disappointed and described Austria's stance as
    # ...": the speaker's second verb, after his own side's mood (session 35, criticism)
    r"(?:[Tt]he\s+)?§[PG]\d+§\s+(?:said|says)\s+(?:that\s+)?(?:his|her|its|their)\s+"
    r"(?:government|country|side)\s+(?:was|is|were|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:disappointed|dismayed|concerned|surprised|outraged|alarmed)\s+and\s+"
)
# the one a condemnation names, of whom a relative clause tells the acts: "condemned the Iranian
# authorities, who used tear gas ... and " (not "Iran, which said police used tear gas": a report)
_WHO_DID = re.compile(
    r"\b(?:condemn|criticis|criticiz|denounc|censur|rebuk)\w*\s+(?:the\s+)?(?P<a>§[SD]\d+§),\s+(?:who|which)\s+"
    r"(?:(?!said\b|says\b|claimed\b|claims\b|denied\b|denies\b|that\b)[^;:,§])*$"
)
# a clause its speaker denies, up to the trigger: "denied that Russia had", "denied reports
# that", "denied attacking"
_DENIED_THAT = re.compile(
    r"\b(?:(?:denied|denies|deny|denying)\s+(?:(?:the\s+)?(?:reports?|claims?|allegations?|"
    r"accusations?|suggestions?|assertions?|rumou?rs)\s+)?(?:that\s+|(?=(?:it|they|he|she|we|"
    r"§[SG]\d+§)\s+(?:had|has|have|was|were|is|are|would|did|ever)\b))(?:(?!\bbut\b|"
    r"\band\s+(?:also\s+)?[a-z]+ed\b|\bwhile\b|\bsaying\b)[^;.,])*|(?:denied|denies|denying)\s+(?:(?:ever|having)\s+)*)$"
)
_OWN_PHRASE = re.compile(r"\b(?:and|but|owing\s+to|due\s+to|because\s+of)\s+")
# an intention or plan denied before an infinitive or "of ...ing" trigger: "did not intend to",
# "has no intention of", "does not plan to", "never wanted to" (session 20)
_NO_INTENT = re.compile(
    r"(?:(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+)?(?:intend|plan|want|wish|seek|mean|aim|going)\w*|"
    r"\bno\s+(?:\w+\s+)?(?:intention|intentions|plans?|desire|wish|interest))\s+(?:to|of|in)\b"
)
# a verb that forgoes the act after it: "ruled out joining the sanctions", "stopped short of
# imposing sanctions", "avoided condemning", "refrained from sending troops" (then at most a
# gerund and three words before the act's trigger)
_FORGONE = re.compile(
    r"\b(?:rul(?:ed|es|ing)\s+out|stop(?:ped|s|ping)\s+short\s+of|avoid(?:ed|s|ing)?|"
    r"refrain(?:ed|s|ing)?\s+from|decided\s+against|decides\s+against|balk(?:ed|s)?\s+at|"
    r"shied\s+away\s+from|shies\s+away\s+from|"
    # ("Britain has yet to impose sanctions on Georgia", "failed to renew the sanctions",
    # "declined to impose"; session 31)
    r"(?:has|have|had|is|are|was|were)\s+yet\s+to|fail(?:ed|s)\s+to|declin(?:ed|es)\s+to)"
    r"(?:\s+[a-z]+ing)?(?:\s+(?!(?:but|and|or|while|then|yet|so)\b)(?:[\w-]+|§\w+§)){0,3}\s*$"
)
_FORGONE_WORDS = frozenset(
    "avoid avoided avoids avoiding refrain refrained refrains refraining against balked balks "
    "shied shies yet failed fails declined declines".split()
)
_BUT_SPLIT = re.compile(
    r"\bbut\b|;|:|,\s+and\b|\band\s+(?=(?:the\s+)?§|[a-z]+ed\b)|\bwhile\b|\bwhereas\b"
)


# an attack named by a noun: "Russia's invasion of Ukraine", "Israeli air strikes on Gaza"
_NOMINAL_ASSAULT = re.compile(
    r"(?i:invasion|attacks|air\s*strikes?|airstrikes?|air\s*raids?|shelling|"
    # (the attack named with its agent after it: see _ATTACK_BY)
    r"(?:(?:drone|missile|rocket|air|aerial|artillery)\s+)?(?:attacks?|strikes?|raids?|bombardment))\b"
)
# the agent of a nominal attack after it: "(the invasion of Ukraine) by Russia", "(the drone
# attack) by Russia on Kyiv", "(air strikes on Gaza) by Israel"
_ATTACK_BY = re.compile(
    r"(?:(?:\s+(?:on|against|in|into))?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?§[SDC]\d+§)?(?P<by>\s+by\s+"
    rf"(?:the\s+)?(?P<g>{ACTORS}))(?!['’]|\s+§)"
)
# a bare nominal subject before its attack noun ("The drone ", "A missile ", "Air "): the agent
# is named after it
_BARE_NOMINAL = re.compile(
    r"(?:(?:[Tt]he|An?|[Tt]his|[Tt]hese)\s+)?(?:[a-z-]+\s+){0,2}|[A-Z][a-z]+\s+"
)
# whose attack the noun is: the party right before it, with its adjectives ("Russia's
# full-scale invasion", "the Soviet invasion"), or "its"/"their" (the subject's)
_ATTACK_OWNER = re.compile(
    r"(?:(?P<g>§[SDOG]\d+§)(?:['’]s?)?|\b(?P<own>its|their))\s+"
    r"(?:(?!(?:and|or|but|over|for|after|before|on|in|at|of|to|from|with|by|against|amid|about|"
    r"despite|following|during|since|as|that|which|who|said|says|has|have|had|was|were|is|are)\b)"
    r"[\w-]+\s+){0,2}$"
)
# a nominal attack that is the subject: "Israeli air strikes on ...", "The Russian attacks on"
_SUBJECT_OWNER = re.compile(r"(?:[Tt]he\s+)?§[SDOG]\d+§(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}")
# what makes an attack the date another act is counted from, or what is remembered: "to mark
# the first anniversary of Russia's invasion of Ukraine", "a year after Russia's invasion",
# "the victims of the Soviet invasion", "Today marks two years since Russia launched its
# invasion" (an act that opens a period is one: "ties have worsened since Russia's invasion")
_ATTACK_FRAME = re.compile(
    r"\b(?:anniversary|anniversaries|commemorat\w*|victims|memory|remembrance|memorial|marks?|"
    r"marking|marked|(?:years?|months?|weeks?|days?)\s+(?:since|after|before|into|of))\b"
    r"[^;.]{0,60}$",
    re.IGNORECASE,
)
# "marking one year since Russia invaded Ukraine": the attack a time is counted from
_SINCE_ATTACK = re.compile(
    r"\b(?:(?:years?|months?|weeks?|days?)\s+(?:since|after)|anniversary\s+of\s+(?:the\s+day\s+)?"
    r"(?:when\s+)?)\s*(?:the\s+)?§[SDOG]\d+§\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)


# an attack named as the cause of another act: "applied to join the Alliance, following
# Russia's full-scale invasion of Ukraine", "in response to Russia's aggression"
_ATTACK_CAUSE = re.compile(
    r"\b(?i:following|after|in\s+(?:response|reaction|retaliation)\s+to|in\s+the\s+wake\s+of|"
    r"because\s+of|due\s+to|prompted\s+by|triggered\s+by|in\s+light\s+of)\s+(?:the\s+)?$"
)


def _attack_owner(analysis: Analysis, head: str, trigger: str, tail: str) -> list[Entity] | None:
    """Who a nominal attack is of (an empty list: the actor found before it, for "its" and for
    a verb); None when it is no new act: no one's ("the invasion of Ukraine"), or the date,
    setting or cause of another act (an anniversary, "since Russia invaded Ukraine",
    "following Russia's invasion of Ukraine", "after the invasion of Ukraine by Russia")."""
    if not _NOMINAL_ASSAULT.match(trigger):
        return None if _SINCE_ATTACK.search(head) else []
    if _fronted_since_attack(head, tail):
        return None
    if (by := _ATTACK_BY.match(tail)) is not None:
        # "the invasion of Ukraine by Russia", "the drone attack by Russia on Kyiv"
        if _ATTACK_FRAME.search(head) or _ATTACK_CAUSE.search(head, max(0, len(head) - 40)):
            return None
        return [e for e in entities_of(analysis, by.group("g")) if e.kind in ACTOR_KINDS] or None
    owner = _ATTACK_OWNER.search(head)
    if (
        owner is None
        or _ATTACK_FRAME.search(head, 0, owner.start())
        or _ATTACK_CAUSE.search(head, max(0, owner.start() - 40), owner.start())
    ):
        return None
    if owner.group("own"):
        return []
    return [e for e in entities_of(analysis, owner.group("g")) if e.kind in ACTOR_KINDS] or None


# "The strikes, launched before dawn, killed at least 30 civilians": the attack the sentence
# before told, told again by its noun (no party named before the verb)
_BACK_ATTACK = re.compile(
    r"(?:The|These|Those|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|air\s*strikes|"
    r"airstrikes|air\s*raids|raids|bombardment|shelling|barrage|bombing|assault|offensive)"
    r"(?:,\s+[^,;§]{1,80},)?\s+(?:also\s+|reportedly\s+)?(?:killed|destroyed|damaged|hit|"
    r"injured|wounded|left|targeted|struck|caused|knocked\s+out|cut|razed)\b"
)
# "Russia fired 120 missiles and dozens of drones overnight": an attack told without its target
_FIRED = re.compile(
    rf"(?P<a>{ACTORS})\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:fired|launched)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|drones?)\b"
)
_WHERE_HIT = re.compile(r"§[SC]\d+§")


def _attack_told_again(analysis: Analysis, doc: Doc) -> None:
    """The attack of the sentence before, restated by a sentence that names it by its noun (or
    told there without its target: "Russia fired 120 missiles overnight. The strikes killed 30
    people in Dnipro": Russia attacked Ukraine)."""
    before = doc.previous
    if before is None or before.in_title or analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    told = _BACK_ATTACK.match(masked)  # (the sentence's opening: what the gate before tests)
    if told is None:
        return
    start = before.sentence.begin
    attacks = [
        f
        for f in doc.facts
        if f.cls is FactClass.EVENT
        and str(f.get("eventType")[0]) == "ASSAULT"
        and any(e.begin == start and not e.in_title for e in f.evidence)
    ]
    if len(attacks) == 1:
        # (a restatement: one more evidence span of the same act, as merging gives a meeting)
        told_first = attacks[0]
        doc.facts[doc.facts.index(told_first)] = Fact.make(
            told_first.cls,
            dict(told_first.args),
            evidence=[*told_first.evidence, doc.evidence(analysis)],
            confidence=told_first.confidence,
            status=told_first.status,
        )
        return
    fired = _FIRED.match(before.masked, intro_end(before.masked))
    if attacks or fired is None or before.negated or before.hypothetical:
        return
    actors = [e for e in entities_of(before, fired.group("a")) if e.kind in ACTOR_KINDS]
    hit = _WHERE_HIT.search(masked, told.end())
    targets = state_named(doc, analysis.mention(hit.group(0))) if hit else []
    targets = [t for t in targets if t.key not in {a.key for a in actors}]
    if not actors or not targets:
        return
    args = event_args("ASSAULT", "195", actors, targets)
    when = next((d.value for d in before.dates if d.end_value is None), None)
    if when is not None:
        args["date"] = [when]
    doc.add(FactClass.EVENT, args, analysis, 0.7)


# a question's inverted auxiliary before its subject: "Will Japan ...", "Did the EU ..."
_ASKED = re.compile(
    r"(?:Does|Do|Did|Is|Are|Was|Were|Has|Have|Had|Will|Would|Can|Could|Should)\s+(?:the\s+)?§"
)


# an attack told by its noun, and the party it is blamed on or said to be by ("the cyberattack in
# July, which it blamed on Iran", "blamed Iran for the attack", "the attack had been orchestrated
# and sponsored by Iran")
ATTACK_NOUN = r"(?P<n>(?:cyber[\s-]?)?attacks?|hack(?:ing)?|intrusion|breach)"
_BLAMED_ON = re.compile(
    rf"\b{ATTACK_NOUN}\b[^.;]{{0,80}}?\b(?:blamed|pinned)\s+on\s+(?:the\s+)?(?P<g>§[SDO]\d+§)|"
    rf"\b(?:blamed|blames|accused|accuses)\s+(?:the\s+)?(?P<g2>§[SO]\d+§)\s+(?:for|of)\s+"
    rf"(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{ATTACK_NOUN.replace('?P<n>', '?P<n2>')}\b|"
    rf"\b{ATTACK_NOUN.replace('?P<n>', '?P<n3>')}\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:carried\s+out|orchestrated|sponsored|conducted|launched|perpetrated)"
    r"\s+by\s+(?:the\s+)?(?P<g3>§[SO]\d+§)"
)
# a condemnation of an act named by the noun alone ("condemned the cyberattack", "condemned the
# launch as a violation of UN Security Council resolutions")
_ACT_NOUN = (
    r"(?P<n>(?:cyber[\s-]?)?attacks?|hack(?:ing)?|intrusion|breach|launch(?:es)?|tests?|strikes?)"
)
_THE_ATTACK = re.compile(
    rf"\s*(?:(?:strongly|firmly|also)\s+)?the\s+(?:[a-z-]+\s+){{0,2}}?{_ACT_NOUN}\b"
    r"(?!\s+(?:on|by|against|of)\b)"
)
# the act a sentence tells of its agent, which a later "the launch", "the test" names: "North Korea
# launched what it called a military reconnaissance satellite"
_ACT_TOLD = re.compile(
    r"(?P<g>§[SO]\d+§)\s+(?:(?:has|had|also|again|reportedly)\s+)*"
    r"(?P<v>launched|fired|test-fired|tested|struck|attacked)\s+(?!by\b)"
)
_ACT_TOLD_WORDS = frozenset({"launched", "fired", "tested", "struck", "attacked"})
_ACT_KEYS = {
    "launched": ("launch",),
    "fired": ("launch",),
    "test-fired": ("launch", "test"),
    "tested": ("test",),
    "struck": ("strike",),
    "attacked": ("attack",),
}


# "blamed the attack on Russia", "blames the bombing in Peshawar on Afghanistan": the thing
# blamed, then the party it is blamed on, ending the clause (session 23)
_BLAMED_THING_ON = re.compile(
    r"\s+(?:the|a|an|this|these|that|those|its|their|last\s+\w+['’]s|\w+day['’]s)\s+"
    r"(?:(?!(?:and|but|which|who|that)\b)[\w§.'’-]+\s+){0,8}?(?:on|upon)\s+(?:the\s+)?"
    r"(?P<g>§[SDO]\d+§(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?§[SDO]\d+§)*)(?=\s*(?:[,.;]|$|"
    r"\s+(?:and|after|over|as|in|on|while)\b))"
)


def _attack_key(noun: str) -> str:
    """The act noun without its prefix and plural ("cyber-attacks" -> "attack", "launches" ->
    "launch")."""
    return re.sub(r"^cyber[\s-]?|(?<=ch)es$|s$", "", noun.lower())


def _remember_agents(analysis: Analysis, doc: Doc) -> None:
    """Notes the agent of each act this sentence tells ("North Korea launched a satellite": the
    launch's), for a later condemnation of "the launch" (see ``Doc.culprits``)."""
    for m in _ACT_TOLD.finditer(analysis.masked):
        if hedged(analysis.masked[max(0, m.start() - 40) : m.end()]):
            continue
        agents = [e for e in entities_of(analysis, m.group("g")) if e.kind in ACTOR_KINDS]
        for key in _ACT_KEYS[m.group("v")] if agents else ():
            doc.culprits[key] = agents


def _remember_culprits(analysis: Analysis, doc: Doc) -> None:
    """Notes the party each attack noun of this sentence is blamed on (see ``Doc.culprits``)."""
    for m in _BLAMED_ON.finditer(analysis.masked):
        if hedged(analysis.masked[max(0, m.start() - 40) : m.start()]):
            continue
        noun = m.group("n") or m.group("n2") or m.group("n3")
        slot = m.group("g") or m.group("g2") or m.group("g3")
        blamed = [e for e in entities_of(analysis, slot) if e.kind in ACTOR_KINDS]
        if blamed:
            doc.culprits[_attack_key(noun)] = blamed


# a summons or a protest lodged, handed or sent (not "protested to", "complained"): gold writers
# code it as ACCUSE 111 (criticise or denounce), as the summons templates were written 114
_SUMMONS_OR_PROTEST = re.compile(
    r"\bsummon|\bprotests?\b(?!\s+(?:against|in\s+front|outside|near|erupted|broke|spread))|"
    r"\bd[ée]marches?\b",
    re.IGNORECASE,
)


def events(analysis: Analysis, doc: Doc) -> None:
    """The events the trigger templates tell; a summons or a protest note is ACCUSE 111 (session
    29, notes: the older gold sets all code it so; inside the rules it stays 114, the mark of an
    act against a state's envoys)."""
    _remember_bodies(analysis, doc)
    before = len(doc.facts)
    _trigger_events(analysis, doc)
    if not _HELD_WORDS.isdisjoint(analysis.words):
        _held_in(analysis, doc)
    if not _FREED_WORDS.isdisjoint(analysis.words):
        _freed_passive(analysis, doc)
    if not {"freed", "released", "pardoned"}.isdisjoint(analysis.words):
        _freed_named(analysis, doc)
    if not {"freed", "released", "included"}.isdisjoint(analysis.words):
        _also_freed(analysis, doc)
    if ("handed" in analysis.words or "returned" in analysis.words) and " to " in analysis.masked:
        _people_handed_over(analysis, doc)
    if not _REJECTED_WORDS.isdisjoint(analysis.words):
        _proposal_rejected(analysis, doc)
        if "by" in analysis.words:
            _proposal_rejected_by(analysis, doc)
    if not _MEASURE_JOINED_WORDS.isdisjoint(analysis.words):
        _measures_joined(analysis, doc)
    if "voted" in analysis.words and "against" in analysis.words:
        _voted_against(analysis, doc)
    if not _MISSION_VERBS.isdisjoint(analysis.words) and (
        "mbassy" in analysis.sentence.text or "ission" in analysis.sentence.text
    ):
        _mission_suspended(analysis, doc)
    if "request" in analysis.words and "at" in analysis.words:
        _meeting_at_request(analysis, doc)
    if not _APOLOGY_WORDS.isdisjoint(analysis.words):
        _apology_in_talks(analysis, doc)
    if len(doc.facts) == before or not _SUMMONS_OR_PROTEST.search(analysis.masked):
        return
    for k in range(before, len(doc.facts)):
        fact = doc.facts[k]
        if fact.cls is FactClass.EVENT and fact.get("cameoCode") == ("114",):
            own = dict(fact.args)
            own["cameoCode"] = ("111",)
            doc.facts[k] = fact.with_args(own)


# Others joining a sanction just told: "The EU agreed to cap the price of Russian oil, and the
# G7 and Australia joined the measure within hours", "Canada and Britain announced similar
# measures", "WAEMU, of which Mali is also a member, announced similar financial measures"
# (SANCTION 163 by those who join, at the target of the sanction the sentence, or the one
# before, told; session 35, sanctions)
_MEASURE_JOINED = re.compile(
    r"(?P<a>§[SOG]\d+§(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?§[SOG]\d+§)*)(?P<aside>,\s+[^,;]{1,80},)?\s+"
    r"(?:(?:has|have|had|also|then|later|quickly|swiftly|soon|promptly)\s+)*"
    r"(?:(?:announced|imposed|adopted|introduced|took|unveiled)\s+(?:their\s+own\s+|its\s+own\s+)?"
    r"(?:similar|parallel|matching|identical|the\s+same)\s+(?:[a-z-]+\s+)?(?:measures|sanctions|"
    r"restrictions|steps)|"
    r"(?P<j>joined|join)\s+the\s+(?:measures?|(?:price\s+)?cap|embargo|sanctions))\b"
    r"(?!\s+(?:on|against|to|targeting)\s+(?:the\s+)?§)"
)
_MEASURE_JOINED_WORDS = frozenset(
    {"similar", "parallel", "matching", "identical", "same", "joined"}
)


def _sanction_told_before(doc: Doc, analysis: Analysis) -> Fact | None:
    """The last asserted SANCTION (163) with a recipient the sentence or the one before told."""
    begins = {analysis.sentence.begin}
    if doc.previous is not None:
        begins.add(doc.previous.sentence.begin)
    for fact in reversed(doc.facts):
        first = fact.evidence[0]
        if first.in_title:
            continue
        if first.begin not in begins:
            return None
        if (
            fact.cls is FactClass.EVENT
            and fact.status is Status.ASSERTED
            and "163" in {str(c) for c in fact.get("cameoCode")}
            and fact.get("recipient")
        ):
            return fact
    return None


def _measures_joined(analysis: Analysis, doc: Doc) -> None:
    """SANCTION 163 by parties that join a sanction just told (_MEASURE_JOINED), at its target;
    not a joining hedged or negated, nor one by the sanction's own makers or targets."""
    masked = analysis.masked
    for m in _MEASURE_JOINED.finditer(masked):
        if not m.group("j") and not m.group("aside"):
            continue  # "Canada and Britain announced similar measures": read by
            # _similar_measures, one event for each party (session 26)
        if hedged(masked[m.start() : m.end()]):
            continue
        told = _sanction_told_before(doc, analysis)
        if told is None:
            return
        actors = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
        targets = told.entities("recipient")
        involved = {e.key for e in (*told.entities("actor"), *targets)}
        if not actors or {e.key for e in actors} & involved:
            continue
        when = event_date(analysis, doc, actors)
        doc.add(
            FactClass.EVENT,
            event_args("SANCTION", "163", actors, list(targets), when),
            analysis,
            0.7,
        )


# A resolution voted against: "Russia, Belarus and Syria voted against the resolution", "Israel
# and the United States were among the delegations that voted against the text" (REJECT 120 by
# those voting, at the resolution's sponsor, told in the sentence or before it: see
# acts.sponsors_of; session 35, sanctions; at no one when no sponsor is told and those voting
# are states, session 41c). Not a vote to come, nor one against an amendment.
_VOTED_AGAINST = re.compile(
    r"(?P<a>§[SOG]\d+§(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?§[SOG]\d+§)*)\s+"
    r"(?:(?:also|all|both|had|have|has)\s+)*(?:were\s+among\s+the\s+(?:[\w-]+\s+)?"
    r"(?:delegations|countries|states|members|nations)\s+(?:that|which|who)\s+)?voted\s+against\s+"
    r"(?:the\s+|a\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:resolution|text|draft)\b"
)


def _voted_against(analysis: Analysis, doc: Doc) -> None:
    """REJECT 120 by the parties that voted against a resolution, at its sponsors."""
    masked = analysis.masked
    for m in _VOTED_AGAINST.finditer(masked):
        if hedged(masked[m.start() : m.end()]):
            continue
        sponsors = acts.sponsors_of(analysis, masked) or acts.sponsors_told(doc, analysis)
        actors = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
        # no sponsor told: states voting against a text in an assembly's vote reject it all
        # the same, at no one ("Belarus, Eritrea, Russia and Syria voted against the text";
        # session 41c; not a body's or a person's vote, which may be a law voted down at home)
        if not sponsors and not all(e.kind is EntityKind.STATE for e in actors):
            continue
        if not actors or {e.key for e in actors} & {e.key for e in sponsors}:
            continue
        when = event_date(analysis, doc, actors)
        doc.add(FactClass.EVENT, event_args("REJECT", "120", actors, sponsors, when), analysis, 0.7)


# A proposal rejected in a relative clause or an appositive of the sentence that tells it:
# "Armenia proposed a new round of talks, which Azerbaijan rejected on Monday", "The new military
# ruler, General X, proposed a transition of three years, a plan ECOWAS swiftly rejected as
# unacceptable", "The military leaders in Niamey ... have proposed ..., which ECOWAS has rejected"
# (REJECT 120 by the one who rejects it, at the one who proposed it: the sentence's subject, or
# the state of the city its rulers are named by; session 35, sanctions)
_PROPOSER = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:[a-z-]+\s+){0,3}?[a-z]+,\s+)?(?:(?P<s>§[SODP]\d+§)|"
    r"(?:[a-z-]+\s+){0,2}?(?:leaders|rulers|authorities|junta|government)\s+in\s+(?P<c>§C\d+§))"
    r"(?:['’]s\s+(?:government|authorities|junta))?(?:,\s+[^,;]{1,60})?,?\s+"
    r"(?:(?:has|have|had|also|then|later|first)\s+)*$"
)
_PROPOSAL_REJECTED = re.compile(
    r"\b(?:proposed|proposes|put\s+forward|puts\s+forward|floated|floats|tabled|tables|"
    r"submitted|submits|presented|presents|raised|raises)\b"
    r"(?P<what>[^;]{0,160}?),\s+(?:which\s+|(?:an?|the)\s+(?:[\w-]+\s+)?(?:plan|proposal|offer|"
    r"idea|initiative|request|demand)\s+(?:that\s+|which\s+)?)(?:the\s+)?"
    r"(?P<a>§[SODP]\d+§(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?§[SODP]\d+§)*)"
    r"(?:(?:['’]s)?\s+(?:government|authorities|junta))?\s+(?:(?:has|have|had|also|then|later|already|"
    r"[a-z]+ly)\s+){0,2}(?:rejected|dismissed|rebuffed|turned\s+down)\b"
)
_REJECTED_WORDS = frozenset({"rejected", "dismissed", "rebuffed", "turned"})


def _proposal_rejected(analysis: Analysis, doc: Doc) -> None:
    """REJECT 120 of a proposal the same sentence tells made (_PROPOSAL_REJECTED), at its
    proposer (_PROPOSER); not one hedged or negated."""
    masked = analysis.masked
    for m in _PROPOSAL_REJECTED.finditer(masked):
        if hedged(masked[m.start() : m.end()]):
            continue
        lead = _PROPOSER.match(masked[: m.start()])
        if lead is None:
            continue
        if lead.group("c"):
            proposers = _state_of_city(doc, analysis.mention(lead.group("c")))
        else:
            proposers = [e for e in entities_of(analysis, lead.group("s")) if e.kind in ACTOR_KINDS]
        actors = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
        _add_rejection(analysis, doc, actors, proposers)


def _add_rejection(
    analysis: Analysis, doc: Doc, actors: list[Entity], proposers: list[Entity]
) -> None:
    """REJECT 120 by ``actors`` at the proposal's makers, unless either is missing or one of
    them rejects its own proposal."""
    if not proposers or not actors or {e.key for e in actors} & {e.key for e in proposers}:
        return
    when = event_date(analysis, doc, actors)
    doc.add(FactClass.EVENT, event_args("REJECT", "120", actors, proposers, when), analysis, 0.7)


# A proposal rejected in the passive, its proposer told by "by" too: "A draft resolution submitted
# by Russia was rejected by the Security Council", "The peace plan put forward by China, which
# called for ..., was turned down by Ukraine" (REJECT 120 by the agent of the rejection, at the
# proposer; session 41c). Not one that would be rejected, nor one rejected by no one named.
_PASSIVE_PROPOSAL_REJECTED = re.compile(
    r"\b(?:proposals?|plans?|amendments?|drafts?|resolutions?|initiatives?|motions?|offers?)\s+"
    r"(?:proposed|put\s+forward|tabled|submitted|presented|drafted|floated)\s+by\s+(?:the\s+)?"
    r"(?P<p>§[SODP]\d+§(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?§[SODP]\d+§)*)(?P<aside>,[^;,]{1,160},)?"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|then|[a-z]+ly)\s+)?"
    r"(?:rejected|dismissed|rebuffed|turned\s+down)\s+by\s+(?:the\s+)?"
    r"(?P<a>§[SODP]\d+§(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?§[SODP]\d+§)*)"
)


def _proposal_rejected_by(analysis: Analysis, doc: Doc) -> None:
    """REJECT 120 of a proposal told in the passive (_PASSIVE_PROPOSAL_REJECTED), by the agent
    of the rejection at the proposal's maker; not hedged or negated outside the aside that
    tells what the proposal would have done."""
    masked = analysis.masked
    for m in _PASSIVE_PROPOSAL_REJECTED.finditer(masked):
        told = masked[max(0, m.start() - 60) : m.start("aside") if m.group("aside") else m.end()]
        if hedged(told) or (m.group("aside") and hedged(masked[m.end("aside") : m.end()])):
            continue
        proposers = [e for e in entities_of(analysis, m.group("p")) if e.kind in ACTOR_KINDS]
        actors = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
        _add_rejection(analysis, doc, actors, proposers)


# Foreigners held in a state, told in the passive with no agent: "Two Australian citizens were
# detained in China in March", "US citizen Michael White had been held in Iran since July 2018",
# "Japanese businessman X has been detained in China since March" (COERCE 173 by the state they
# are held in, the recipient their own state; session 30). The subject is people of another
# state; a verb's agent ("by ...") is read by the trigger templates instead.
_HELD_WORDS = frozenset({"arrested", "detained", "held", "jailed", "imprisoned"})
_HELD_PASSIVE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s))(?P<subj>(?:[^,;:§]|§[SDP]\d+§){1,80}?)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|had\s+also\s+been|has\s+also\s+been)\s+"
    r"(?:\w+ly\s+)?(?P<v>arrested|detained|held|jailed|imprisoned)\b"
    r"(?P<mid>(?:\s+(?!by\b)[\w-]+){0,6}?)\s+in\s+(?:the\s+)?(?P<where>§[SC]\d+§)(?!['’]|\s*[-–])"
    r"(?P<after>[^.;]*)"
)
# who the subject is: one state's people ("Two Australian citizens", "US citizen X", "Japanese
# businessman X", "a French teacher")
_HELD_WHO = re.compile(
    r"^(?:(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Dd]ozens\s+of|\d+)\s+)?"
    r"(?:(?P<state>§S\d+§)(?:\s+(?:[a-z-]+\s+)?(?:" + HELD_TRADE + r")\b)?|"
    r"(?P<dem>§D\d+§)\s+(?:[a-z-]+\s+)?" + HELD_TRADE + r"\b)"
    r"(?:\s*,?\s*(?:§P\d+§|[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|de|van|von|der|den|da|dos|del|"
    r"al|el|bin|ibn|la|le|du)){1,4}),?)?$"
)
_HELD_NOT = re.compile(
    r"\b(?:release|releases|freed|free|freeing|urged?|called|calls|demand\w*|remains?|remained|"
    r"still|allegedly|reportedly|claims?|claimed|said\s+to|believed|feared|may|might|could|would|"
    r"if|whether|not|never|no)\b",
    re.IGNORECASE,
)
_HELD_REASON = re.compile(
    r"^\s*(?:,\s*)?(?:since|for|on|in|over|after|at|during|from)\b|^\s*(?:,|$)"
)


# (the passive's agent; _PASSIVE_FREED below)
_FREED_BY = (
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+)?(?:\w+ly\s+)?"
    r"(?:released|freed|pardoned)\s+(?:(?:on|last|late|earlier)\s+[\w-]+\s+)?by\s+(?:the\s+)?"
    r"(?P<by>§S\d+§)(?!['’])"
)


# "Also freed were Australian economist X, British former diplomat Y and U.S. citizen Z": more
# of those the sentence before told released, by the same state (session 30)
_ALSO_FREED = re.compile(
    r"^(?:(?:[Aa]lso|[Aa]mong\s+(?:those|them|the\s+[a-z]+))\s+(?:freed|released|pardoned)\s+"
    r"(?:were|was)|[Tt]hose\s+(?:freed|released)\s+(?:also\s+)?included|"
    # "The ministry said the group included five British citizens, two Americans and ..."
    # (session 36)
    r"[^.;]{0,60}?\b(?:said|says|added)\s+(?:that\s+)?the\s+(?:group|released|freed)\s+"
    r"(?:also\s+)?included)\s+(?P<list>[^.;]+)"
)
_RELEASED_BEFORE = re.compile(
    r"^(?:[A-Z][\w,\s]{0,40}?,\s+)?(?:[Tt]he\s+)?(?P<s>§S\d+§)(?:['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:government|junta|authorities|leadership|rulers|regime))?\s+(?:(?:\w+ly|also|has|have|"
    r"had|on\s+[A-Z][a-z]+)\s+){0,2}(?:released|freed|pardoned)\b|"
    # "... ten foreign nationals had been released by Russia" (session 36)
    rf"^[^.;]*?\b{_FREED_BY}"
)
_LIST_PEOPLE = re.compile(
    r"(?:^|,\s+(?:and\s+)?|\s+and\s+)(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|"
    # ("one national each of Morocco": session 36)
    r"nine|ten|\d+)\s+)?(?:(?:nationals?|citizens?)\s+(?:each\s+)?of\s+(?:the\s+)?)?"
    r"(?P<g>§[SDP]\d+§)(?=[,.;]|$|\s+and\s|\s+(?:[\w-]+\s+){0,3}?"
    + HELD_TRADE
    + r"\b|\s+(?:[A-Z][\w’'-]+\s+){1,3}|\s+(?:former|ex-)\s)"
)


def _releaser_before(analysis: Analysis, doc: Doc) -> tuple[list[Entity], TimeValue | None] | None:
    """The states that released people in the sentence before (_RELEASED_BEFORE) and its date;
    else those of a release (CONCEDE 0841) told a sentence or two before, its date with it
    ("... released Japanese filmmaker Toru Kubota. Kubota was deported ... Also freed were ...":
    session 36)."""
    before = doc.previous
    told = _RELEASED_BEFORE.match(before.masked) if before is not None else None
    if before is not None and told is not None:
        slot = told.group("s") or told.group("by")
        actors = [e for e in entities_of(before, slot) if e.kind is EntityKind.STATE]
        dates = [d for d in before.dates if d.end_value is None and not d.reported]
        return actors, dates[0].value if len(dates) == 1 and not dates[0].since else None
    for fact in reversed(doc.facts):
        if not fact.evidence or fact.evidence[0].in_title:
            continue
        if fact.evidence[0].end < analysis.sentence.begin - _RELEASE_REACH:
            return None
        if fact.cls is FactClass.EVENT and fact.get("cameoCode") == ("0841",):
            actors = [e for e in fact.get("actor") if isinstance(e, Entity)]
            dated = [d for d in fact.get("date") if isinstance(d, TimeValue)]
            return actors, dated[0] if dated else None
    return None


# (how far before, in characters of the body, a release "also freed" adds to may be told)
_RELEASE_REACH = 400


def _also_freed(analysis: Analysis, doc: Doc) -> None:
    """CONCEDE 0841 of the state the sentence before told released people, to the states of
    those this sentence lists as "also freed" (see _ALSO_FREED)."""
    m = _ALSO_FREED.match(analysis.masked)
    if m is None or analysis.hypothetical or analysis.negated:
        return
    releaser = _releaser_before(analysis, doc)
    if releaser is None:
        return
    actors, when = releaser
    recipients: list[Entity] = []
    for person in _LIST_PEOPLE.finditer(m.group("list")):
        slot = analysis.mention(person.group("g"))
        if slot.code is Code.PERSON:
            # "British former ambassador Vicky Bowman": the demonym the person is named with
            first = slot.text.split(maxsplit=1)[0]
            found = doc.kb.resolve(first, (EntityKind.STATE,)) if first[:1].isupper() else None
            if found is not None and found.kind is EntityKind.STATE:
                e = entity_of(found)
                if e.key not in {r.key for r in recipients}:
                    recipients.append(e)
            continue
        for e in entities_of(analysis, person.group("g")):
            if e.kind is EntityKind.STATE and e.key not in {r.key for r in recipients}:
                recipients.append(e)
    if len(actors) != 1 or not recipients:
        return
    recipients = [r for r in recipients if r.key != actors[0].key]
    if not recipients or any(e.qid is None for e in (*actors, *recipients)):
        return
    doc.add(FactClass.EVENT, event_args("CONCEDE", "0841", actors, recipients, when), analysis, 0.7)


# A release told in the passive: "Two French citizens were released by Iran on Monday", "five
# Americans freed by Iran" (the state by which, to the state the people are of), or by where
# they were held: "Five Americans held for years in Iran were freed on Monday", "..., freed in a
# deal" (CONCEDE 0841; session 36). Not "will be released", "could be freed by"
_FREED_PEOPLE = (
    r"(?<![\w§])(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|dozens\s+of|several|\d+|both|the|an?)\s+)(?:(?!(?:of|and|or)\b)[a-z-]+\s+)?"
    r"(?P<p>§[SD]\d+§)(?:\s+(?:[a-z-]+\s+)?(?:prisoners?|detainees?|captives?|hostages?|"
    rf"{HELD_TRADE}))?"
)
_PASSIVE_FREED = re.compile(
    rf"{_FREED_PEOPLE}(?:\s+|,\s+)(?:{_FREED_BY}|"
    # ("Americans who were imprisoned in Iran": session 36)
    r"(?:(?:who|that)\s+(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?)?"
    r"(?:held|detained|jailed|imprisoned)\s+"
    r"(?:(?:for|since)\s+(?:[\w-]+\s+){1,2}?)?(?:in|by)\s+(?:the\s+)?(?P<held>§S\d+§)(?!['’])"
    r"(?:\s+(?:for|since)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?(?P<then>[^.;]{0,80}?)"
    r"(?:(?:\s+(?:were|was|have\s+been|had\s+been)|,)?\s+(?:\w+ly\s+)?(?:freed|released)\b"
    r"(?!\s+by\b)|"
    # "... held in the United States were granted clemency", "... are finally coming home",
    # "... are on their way home" (session 36)
    r"\s+(?:were|was|have\s+been|had\s+been)\s+granted\s+(?:clemency|pardons?|amnesty)\b|"
    r"\s+(?:(?:are|were|have)\s+)?(?:finally\s+|now\s+)?(?:coming|returning|going|returned|come|"
    r"arrived|on\s+their\s+way)\s+home\b))",
    re.IGNORECASE,
)

# (the words one of those tells a release with)
_FREED_WORDS = frozenset({"freed", "released", "clemency", "pardon", "pardons", "amnesty", "home"})
# (a state between the people and their release, not as a place: "walked off a jet in Doha")
_NOT_FREED_THEN = re.compile(
    r"(?<!\bin\s)(?<!\bto\s)(?<!\bat\s)(?<!\bfrom\s)§S\d+§|"
    r"\b(?:will|would|could|may|might|who|which|that|it|they|he|she)\b",
    re.IGNORECASE,
)


def _freed_passive(analysis: Analysis, doc: Doc) -> None:
    """CONCEDE 0841 of the state by which, or in which, a state's people were freed
    (_PASSIVE_FREED), to their state."""
    if analysis.hypothetical or analysis.negated:
        return
    for m in _PASSIVE_FREED.finditer(analysis.masked):
        if m.group("then") and _NOT_FREED_THEN.search(m.group("then")):
            continue  # another state acting between them, or a release to come
        actors = [
            e
            for e in entities_of(analysis, m.group("by") or m.group("held"))
            if e.kind is EntityKind.STATE
        ]
        theirs = [e for e in entities_of(analysis, m.group("p")) if e.kind is EntityKind.STATE]
        if len(actors) != 1 or len(theirs) != 1 or actors[0].key == theirs[0].key:
            continue
        if actors[0].qid is None or theirs[0].qid is None or _release_told(doc, actors, theirs):
            continue
        when = event_date(analysis, doc, actors)
        doc.add(FactClass.EVENT, event_args("CONCEDE", "0841", actors, theirs, when), analysis, 0.7)


def _release_told(doc: Doc, actors: Sequence[Entity], recipients: Sequence[Entity]) -> bool:
    """Whether the article told the release (CONCEDE 0841) of these recipients' people by these
    actors before: "... are finally coming home," the President said" restates it."""
    keys = ({e.key for e in actors}, {e.key for e in recipients})
    return any(
        f.cls is FactClass.EVENT
        and f.get("cameoCode") == ("0841",)
        and ({e.key for e in f.entities("actor")}, {e.key for e in f.entities("recipient")}) == keys
        for f in doc.facts
    )


# "The United States released Bout": a person the article named before with the state they are
# of ("Russian arms dealer Viktor Bout"), released by a state (CONCEDE 0841 to that state;
# session 36). The name is a surname or a full name the sentence ends or goes on after
_FREED_NAMED = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?:[Tt]he\s+)?(?P<a>§S\d+§)\s+(?:(?:\w+ly|also|has|have|had|"
    r"on\s+[A-Z][a-z]+)\s+){0,2}(?:released|freed|pardoned)\s+(?P<name>(?:[A-Z][\w’'-]+\s+){0,2}"
    r"[A-Z][\w’'-]+)(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|from|after|who|and|to|late|early|earlier|"
    r"last|this|yesterday|today)\b)"
)
# the demonym and the trade before the name ("Russian arms dealer Viktor Bout")
_NAMED_WITH_DEMONYM = (
    r"(?P<dem>[A-Z][\w.]*[\w])\s+(?:[a-z-]+\s+){{0,3}}(?:[A-Z][\w’'-]+\s+){{0,2}}{name}\b"
)


def _freed_named(analysis: Analysis, doc: Doc) -> None:
    """CONCEDE 0841 of a state that released a person the article named before with their
    state's demonym (_FREED_NAMED), to that state."""
    if analysis.hypothetical or analysis.negated or analysis.in_title:
        return
    told = doc.article.body[: analysis.sentence.begin]
    for m in _FREED_NAMED.finditer(analysis.masked):
        actors = [e for e in entities_of(analysis, m.group("a")) if e.kind is EntityKind.STATE]
        surname = m.group("name").split()[-1]
        theirs: list[Entity] = []
        for named in re.finditer(_NAMED_WITH_DEMONYM.format(name=re.escape(surname)), told):
            found = doc.kb.resolve(named.group("dem"), (EntityKind.STATE,))
            if found is not None and entity_of(found).key not in {e.key for e in theirs}:
                theirs.append(entity_of(found))
        if len(actors) != 1 or len(theirs) != 1 or actors[0].key == theirs[0].key:
            continue
        if actors[0].qid is None or theirs[0].qid is None:
            continue
        when = event_date(analysis, doc, actors)
        doc.add(FactClass.EVENT, event_args("CONCEDE", "0841", actors, theirs, when), analysis, 0.7)


# "Azerbaijan handed over two Armenian servicemen to Armenia": held people of a state given back
# to it (CONCEDE 0841; session 30). Not villages, bodies or remains: the people are a count of
# the state's servicemen, soldiers, prisoners ... (folded into its slot, or after its demonym)
_HANDED_PEOPLE = re.compile(
    r"(?<![\w§])(?:[Tt]he\s+)?(?P<a>§S\d+§)\s+(?:(?:\w+ly|also|has|have|had|on\s+[A-Z][a-z]+)\s+)"
    r"{0,2}(?:handed\s+(?:over|back)|returned)\s+(?:the\s+)?(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|dozens\s+of|several|\d+)\s+"
    r"(?:detained\s+|captured\s+)?(?P<p>§[SD]\d+§)(?P<noun>\s+[a-z\s]{3,30}?)?\s+to\s+(?:the\s+)?"
    r"(?P<r>§S\d+§)(?!['’])"
)
_PEOPLE_GIVEN_BACK = re.compile(
    r"\s*(?:servicem[ae]n|soldiers|prisoners(?:\s+of\s+war)?|detainees|captives|civilians|"
    r"citizens|nationals|fishermen|sailors|border\s+guards|troops)$"
)


def _people_handed_over(analysis: Analysis, doc: Doc) -> None:
    """CONCEDE 0841 of a state that handed another's held people over to it (_HANDED_PEOPLE)."""
    if analysis.hypothetical or analysis.negated:
        return
    for m in _HANDED_PEOPLE.finditer(analysis.masked):
        said = m.group("noun") or ""
        if m.group("p").startswith("§S"):
            if said:
                continue
            slot = analysis.mention(m.group("p"))
            after = analysis.sentence.text[slot.end - analysis.sentence.begin :]
            said = after[: after.find(" to ")] if " to " in after else ""
        if not _PEOPLE_GIVEN_BACK.fullmatch(said.strip()):
            continue  # "handed over two Armenian villages to Azerbaijan": land (0842)
        actors = [e for e in entities_of(analysis, m.group("a")) if e.kind is EntityKind.STATE]
        theirs = [e for e in entities_of(analysis, m.group("p")) if e.kind is EntityKind.STATE]
        to = [e for e in entities_of(analysis, m.group("r")) if e.kind is EntityKind.STATE]
        if len(actors) != 1 or len(to) != 1 or [e.key for e in theirs] != [to[0].key]:
            continue  # (their own state they are handed to)
        if actors[0].key == to[0].key:
            continue
        when = event_date(analysis, doc, actors)
        args = event_args("CONCEDE", "0841", actors, to, when)
        doc.add(FactClass.EVENT, args, analysis, 0.7)


# (its own name: ``_PASSIVE_END`` above is another pattern, which one name would replace)
_HELD_PASSIVE_END = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$"
)


def _held_subject(analysis: Analysis, head: str, actors: list[Entity]) -> list[Entity]:
    """The state of the people a passive's subject names (``_HELD_WHO``), if not the actor's."""
    end = _HELD_PASSIVE_END.search(head)
    if end is None:
        return []
    start = max(head.rfind(", ", 0, end.start()), head.rfind("; ", 0, end.start()))
    subject = head[start + 2 if start >= 0 else 0 : end.start()].strip()
    who = _HELD_WHO.match(subject)
    if who is None:
        return []
    slot = who.group("state") or who.group("dem")
    if who.group("state") and who.group(0).strip() == slot:
        said = analysis.mention(slot).text.rstrip()
        if not said.endswith(("citizens", "citizen", "nationals", "national")):
            return []
    held = [e for e in entities_of(analysis, slot) if e.kind is EntityKind.STATE]
    if len(held) != 1 or held[0].key in {a.key for a in actors} or held[0].qid is None:
        return []
    return held


def _held_in(analysis: Analysis, doc: Doc) -> None:
    """COERCE 173 of the state foreigners are held in (see _HELD_PASSIVE); the date of an arrest, or
    the start of a detention told "since"."""
    if analysis.hypothetical or analysis.negated:
        return
    masked = analysis.masked
    for m in _HELD_PASSIVE.finditer(masked):
        if _HELD_NOT.search(masked, 0, m.start("where")):
            continue  # "called for the release of ...", "remain detained in ...", "reportedly"
        who = _HELD_WHO.match(m.group("subj").strip())
        if who is None:
            continue
        if m.group("v") == "held" and not _HELD_REASON.match(m.group("after")):
            continue  # ("were held in Moscow talks": held is detained only before a time or cause)
        slot = who.group("state") or who.group("dem")
        held = [e for e in entities_of(analysis, slot) if e.kind is EntityKind.STATE]
        where = analysis.mention(m.group("where"))
        actors = (
            _state_of_city(doc, where)
            if where.code is Code.CITY
            else [e for e in where.entities if e.kind is EntityKind.STATE]
        )
        if who.group("state") and not (
            who.group(0).strip() != slot
            or analysis.mention(slot)
            .text.rstrip()
            .endswith(("citizens", "citizen", "nationals", "national"))
        ):
            continue  # "China was held in ...": a state is no one detained
        if len(actors) != 1 or len(held) != 1 or actors[0].key == held[0].key:
            continue
        if any(e.qid is None for e in (*actors, *held)):
            continue
        args = event_args("COERCE", "173", actors, held)
        dates = [d for d in analysis.dates if d.end_value is None and not d.reported]
        if len(dates) == 1 and dates[0].since:
            args["startDate"] = [dates[0].value]  # "held in Iran since July 2018"
        elif len(dates) == 1 and m.group("v") != "held":
            args["date"] = [dates[0].value]  # "were detained in China in March"
        doc.add(FactClass.EVENT, args, analysis, 0.7)


# a state's own mission suspended: "Lithuania suspended the activities of its embassy in Minsk",
# "The activities of the Embassy of Lithuania in Minsk have been suspended", "The work of the
# Swedish embassy in Tehran has been suspended" (SANCTION 160 by the mission's state against
# the host; session 29, notes)
_MISSION_NOUN = r"(?:[Ee]mbassy|[Cc]onsulate(?:[\s-]+[Gg]eneral)?|[Dd]iplomatic\s+[Mm]ission)"
_MISSION_WORK = r"(?:work|activities|activity|operations|operation|functioning)\s+of\s+"
_MISSION_SUSPENDED = re.compile(
    # ("Malaysia had earlier suspended the operations of its embassy in Pyongyang in 2017":
    # session 31)
    rf"(?P<g>§S\d+§)\s+(?:(?:has|have|had)\s+)?(?:(?:earlier|also|already|previously)\s+)?"
    r"(?:temporarily\s+)?(?:suspended|halted|froze|"
    rf"frozen)\s+(?:the\s+)?{_MISSION_WORK}(?:its|their)\s+{_MISSION_NOUN}\s+in\s+(?:the\s+)?"
    r"(?P<c>§[CS]\d+§)|"
    rf"\b[Tt]he\s+{_MISSION_WORK}(?:the\s+)?(?:{_MISSION_NOUN}\s+of\s+(?:the\s+)?(?P<g2>§S\d+§)|"
    r"(?P<g3>§S\d+§))\s+in\s+(?:the\s+)?(?P<c2>§[CS]\d+§)\s+(?:(?:has|have|had)\s+been|was|were|"
    r"is|are)\s+(?:temporarily\s+)?(?:suspended|halted|frozen)\b"
)


_MISSION_VERBS = frozenset({"suspended", "halted", "froze", "frozen"})


def _mission_suspended(analysis: Analysis, doc: Doc) -> None:
    """SANCTION 160 of a state that suspended its own mission's work in another's capital (see
    _MISSION_SUSPENDED); never when negated or hedged."""
    if analysis.hypothetical or analysis.negated:
        return
    for m in _MISSION_SUSPENDED.finditer(analysis.masked):
        if hedged(analysis.masked[max(0, m.start() - 40) : m.end()]):
            continue
        owner = m.group("g") or m.group("g2") or m.group("g3")
        if m.group("g3") and not re.search(
            rf"\b{_MISSION_NOUN}\b", analysis.mention(owner).text + " " + analysis.sentence.text
        ):
            continue
        actors = [e for e in entities_of(analysis, owner) if e.kind is EntityKind.STATE]
        host = analysis.mention(m.group("c") or m.group("c2"))
        hosts = (
            state_named(doc, host) or _state_of_city(doc, host)
            if host.code is Code.CITY
            else [e for e in host.entities if e.kind is EntityKind.STATE]
        )
        if not actors or not hosts or {e.key for e in actors} & {e.key for e in hosts}:
            continue
        when = event_date(analysis, doc, actors)
        args = event_args("SANCTION", "160", actors, hosts, when)
        doc.add(FactClass.EVENT, args, analysis, 0.7)


# a body's meeting held at a party's request: "NATO ambassadors held an emergency meeting in
# Brussels at Poland's request", "The Security Council met on Tuesday at the request of Algeria"
# (REQUEST 106 by the party, of the body; session 37)
_BODY_MET_AT_REQUEST = re.compile(
    r"(?:^|(?<=\s))(?P<o>§O\d+§)(?:\s+(?:ambassadors|envoys|members|foreign\s+ministers|ministers|"
    r"leaders|delegates|representatives))?\s+(?:(?:has|have|had|also|then|later|will)\s+)*"
    r"(?:met|meets|meet|held|holds|hold|convened|convenes|convene|gathered)\b(?:[^.;:§]|§[CL]\d+§){0,80}?\bat\s+(?:the\s+)?"
    rf"(?:(?P<a>{group_of('SDO')})['’]s?\s+request|request\s+of\s+(?:the\s+)?"
    rf"(?P<b>{group_of('SDO')})(?![\w§-]))"
)


def _meeting_at_request(analysis: Analysis, doc: Doc) -> None:
    """REQUEST 106 by the party at whose request a body's meeting was held, of that body."""
    if analysis.hypothetical or analysis.negated:
        return
    masked = analysis.masked
    for m in _BODY_MET_AT_REQUEST.finditer(masked):
        if hedged(masked[max(0, m.start() - 40) : m.end()]):
            continue
        bodies = [
            e
            for e in entities_of(analysis, m.group("o"))
            if e.kind is EntityKind.ORGANIZATION and e.is_linked
        ]
        keys = {e.key for e in bodies}
        askers = [
            e
            for e in entities_of(analysis, m.group("a") or m.group("b"))
            if e.kind in ACTOR_KINDS and e.key not in keys
        ]
        if bodies and askers:
            doc.add(FactClass.EVENT, event_args("REQUEST", "106", askers, bodies), analysis, 0.7)


# an apology in a readout that names no one it is made to: "Vladimir Putin apologised that the
# tragic incident had occurred in Russian airspace" (to the other party of the call or talks the
# article reports; session 37)
_APOLOGISED = re.compile(
    r"(?:^|(?<=\s))(?P<a>§P\d+§)\s+(?:(?:also|again|once\s+again|personally)\s+)*"
    r"(?:apologi[sz]ed|apologi[sz]es)\s+(?:that|for)\b"
)
_APOLOGY_WORDS = frozenset({"apologised", "apologized", "apologises", "apologizes"})


def _apology_in_talks(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT 055 by a participant of the article's talks of two who apologised, to the other."""
    if doc.meeting is None or analysis.hypothetical or analysis.negated:
        return
    m = _APOLOGISED.search(analysis.masked)
    if m is None:
        return
    actors = [e for e in entities_of(analysis, m.group("a")) if e.kind is EntityKind.PERSON]
    met = doc.meeting.entities("participant")
    if len(actors) != 1 or len(met) != 2 or actors[0].key not in {e.key for e in met}:
        return
    partner = [e for e in met if e.key != actors[0].key]
    when = event_date(analysis, doc, actors)
    doc.add(FactClass.EVENT, event_args("SUPPORT", "055", actors, partner, when), analysis, 0.7)


def _trigger_events(analysis: Analysis, doc: Doc) -> None:
    masked = analysis.masked
    words = analysis.words
    if "attack" in masked or "hack" in masked or "intrusion" in masked or "breach" in masked:
        _remember_culprits(analysis, doc)
    if not _ACT_TOLD_WORDS.isdisjoint(words):
        _remember_agents(analysis, doc)
    if masked[:1] in "TI" and doc.previous is not None:
        _attack_told_again(analysis, doc)
    if "fire" in words or "gunfire" in words:
        fire_between(analysis, doc)
    if "mediation" in words or "offices" in words:
        mediation_offered(analysis, doc)
    if _TRIGGER_WORDS is not None and _TRIGGER_WORDS.isdisjoint(words):
        return
    if _ASKED.match(masked):
        return  # "Does Japan condemn North Korea, Kishida asked.": a question states no act
    hedged = analysis.hypothetical  # then each act is checked within its own clause
    taken: list[tuple[int, int]] = []
    aid_given = False  # an act of aid found by its verb
    for trigger in _triggers_for(words, masked):
        for m in trigger.pattern.finditer(masked):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            head, tail = masked[: m.start()], masked[m.end() :]
            if (
                trigger.in_object
                and tail.startswith(" what ")
                and (framed := _WHAT_IT_CALLED.match(tail))
            ):
                # "condemned what it called US interference": the object as the reacting party
                # framed it (session 23)
                tail = " " + tail[framed.end() :]
            # the trigger's own verb phrase: "said it would respond and accused ..." is no future,
            # "failed to adopt the draft, owing to a veto cast by ..." no failed veto
            window = _OWN_PHRASE.split(head[-40:])[-1]
            # (a measure told in a relative clause has its verb in the match: what the main
            # clause does with it, "will not join", "called for ending", is not its mood)
            own_clause = trigger.relative and trigger.event_type == "SANCTION"
            if own_clause:
                window = ""
            announced = _announced(trigger, head, m.group(0))
            if trigger.announced and announced is None:
                continue  # "to halt talks with ...": no decision told
            # "said it would take countermeasures in response to ...": the vow is the threat
            vowed = trigger.vowed and not _CONDITION.search(masked)
            if announced is not None:
                if _CONDITION.search(masked):
                    continue  # "said it would impose sanctions if ...": a threat at most
            elif (
                hedged
                and not vowed
                and (
                    (not own_clause and _CONDITION.search(head))
                    or _HEDGE.search(
                        # ("considers X unacceptable": a refusal, not a hedge; session 29)
                        window if trigger.event_type == "REJECT" else window + m.group(0)
                    )
                )
            ):
                continue  # "if Russia invades ...", "could impose"; not "said it would respond
                # and accused ..."
            if (
                not trigger.passive
                and tail.startswith(" by ")
                and _PASSIVE_CONJUNCT.search(head, max(0, len(head) - 100))
                and _PARTICIPLE.match(m.group(0))
            ):
                continue  # "soldiers were arrested on July 10 and accused by Russia of ...":
                # the subject suffers the second verb too (its active reading tells the act;
                # session 26)
            if (
                not trigger.passive
                # (an attack's passive subject suffers it; summons, expulsions and sanctions read
                # their passives with rules of their own)
                and trigger.event_type == "ASSAULT"
                and _PASSIVE_AUX.search(head, max(0, len(head) - 30))
                and _PARTICIPLE.match(m.group(0))
            ):
                continue  # "Ukraine was shelled overnight": the subject is the one attacked, no
                # attacker (the passive triggers read "was hit by ...")
            if (
                not trigger.litotes
                and (NEGATION.search(window) or NEGATION.search(m.group(0)))
                and (
                    NEGATION.search(m.group(0))
                    # ("Although it is not a member of the EU, Norway has adopted ...": the "not"
                    # of a fronted clause is none of the act's; session 40, sanctions)
                    or NEGATION.search(
                        _OWN_PHRASE.split(head[max(intro_end(head), len(head) - 40) :])[-1]
                    )
                )
            ):
                continue
            if (
                "lleged" in head[-40:] or "ly " in head[-14:] or " said to " in head[-30:]
            ) and _ALLEGED_BEFORE.search(head, max(0, len(head) - 40)):
                continue  # "Armenia allegedly shelled ...", "is alleged to have supplied": an
                # allegation, no act (ANNOTATION.md §7; session 28)
            if "den" in head and _DENIED_THAT.search(head, max(0, len(head) - 200)):
                continue  # "The Kremlin denied that Russia had attacked a train": an act denied
                # is none (session 24)
            if (
                head.endswith(("to ", "of "))
                and ("no" in words or analysis.negated)
                and _NO_INTENT.search(_BUT_SPLIT.split(head[-160:])[-1]) is not None
            ):
                continue  # "did not intend to close its embassy ... or to cut relations", "has
                # no intention of expelling": an intention denied, no act (session 20)
            if (
                "out" in words or "short" in words or not _FORGONE_WORDS.isdisjoint(words)
            ) and _FORGONE.search(head, max(0, len(head) - 60)):
                continue  # "ruled out joining the sanctions against Russia", "stopped short of
                # imposing sanctions": an act forgone is none (session 25)
            if trigger.event_type == "AGREE" and past_boundary(masked, doc.article.date):
                continue  # "In 1973, A and B agreed on a boundary": background, a TreatyRelation
            if trigger.litotes and trigger.event_type == "REJECT" and NEGATION.search(window):
                continue  # "has not refused to recognise ...": no refusal
            future = bool(FUTURE.search(window)) or bool(FUTURE.search(m.group(0)))
            if future and trigger.event_type == "REQUEST" and _KEPT_UP.search(window):
                future = False  # "will continue to urge Belarus to ...": a demand kept up, made
                # now (session 30)
            if trigger.event_type == "REQUEST" and _DEMAND_REJECTED_BEFORE.search(
                head, max(0, len(head) - 60)
            ):
                continue  # "rejected the demands of Britain and France to ...": the demand
                # rejected is no act of the rejecter (the REJECT is)
            if _SOUGHT.search(window) and m.group(0)[:1].lower() in "sr":
                continue  # "pushed for new sanctions against X", "called for restrictions"
            reaction = _OWN_PHRASE.split(head[-80:])[-1]
            if (
                (trigger.event_type == "SANCTION" and _condemned_measure(analysis, reaction, tail))
                if trigger.passive
                else False
                if trigger.relative
                else _NOMINAL_ACT.match(m.group(0))
                and (
                    _REACTED_TO.search(reaction)
                    or _BLOCKED_BEFORE.search(reaction)
                    or _reacted_conjunct(head)
                )
            ):
                continue  # "criticised the West for its sanctions against Belarus", "condemned
                # the US sanctions against Tehran": what the subject reacts to is neither its
                # act nor news of its own (background, ANNOTATION.md §5); the reaction is
            if trigger.event_type == "AID" and _aid_not_given(m.group(0), head, tail):
                continue  # "concerned about Iran's transfers of drones to Russia": a concern
                # (ACCUSE of Iran), not aid the speaker gives (ANNOTATION.md §6)
            if (
                trigger.event_type == "AID"
                and m.group(0)[:1] in "lLaAtTfFdD"
                and _ARRIVAL_VERB.fullmatch(m.group(0))
                and not _AID_CARRIER.search(head, max(0, len(head) - 80))
            ):
                continue  # "The minister arrived with aid workers": no aircraft or ship told
            if " to " in head[-160:] and _ASKED_TO_ACT.search(head, max(0, len(head) - 160)):
                continue  # "urged the European Union to impose sanctions on ...": the act asked
                # for is no act of the one asked (the REQUEST is; session 29, notes)
            if _NOT_YET.search(window):
                if _REFUSED.search(window):
                    continue  # "Hungary refused to condemn Russia": the act did not happen
                future = True  # "agreed to impose sanctions": promised, not done
            if (
                trigger.cameo == "173"
                and "release" in head
                and _RELEASE_OF_BEFORE.search(head, max(0, len(head) - 100))
            ):
                continue  # "called for the release of citizens detained in China": the held
            event_type, cameo = trigger.event_type, trigger.cameo
            if event_type == "COERCE" and cameo == "192" and m.group(0)[:1].isupper() and head:
                continue  # "Indian Illegally Occupied Jammu and Kashmir", "the Occupied
                # Palestinian Territories": a name, no act told (session 40, force)
            if (
                cameo == "161"
                and (
                    "xpel" in m.group(0)
                    or m.group(0).lower() == "ordered"
                    or m.group(0).lower().endswith((" departure of", " expulsion of"))
                )
                and (envoys := _ENVOYS_SLOT.match(tail)) is not None
                and not _ENVOYS_AFTER.match(tail, envoys.end())
                and not _envoys_masked(analysis, envoys.group("g"))
            ):
                continue  # "expelled Russia from ...": no envoys (but "two §S1§ diplomats")
            if (
                cameo == "161"
                and m.group(0).endswith((" of", " at", " in"))
                and ("number of" in m.group(0) or "size of" in m.group(0))
                and not m.group(0).endswith(
                    (
                        " staff of",
                        " staff at",
                        " staff in",
                        " personnel of",
                        " personnel at",
                        " personnel in",
                        " diplomats of",
                        " diplomats at",
                        " diplomats in",
                    )
                )
                and not (
                    (cut := _SLOT_AFTER.match(tail)) is not None
                    and _envoys_masked(analysis, cut.group("g"))
                )
            ):
                continue  # "reduced the number of Russian troops": no envoys (session 29)
            if cameo == "174" and _DIPLOMATS.search(analysis.sentence.text):
                event_type, cameo = "SANCTION", "161"  # expelling diplomats is a sanction
            elif cameo == "174" and _BODY_STAFF_EXPELLED.match(tail):
                # "expelled seven UN officials", "expels IAEA inspectors": an international
                # body's people sent away (SANCTION 166, as the spent golds code it; session 40)
                event_type, cameo = "SANCTION", "166"
            if future and not trigger.future_ok and announced is None and not vowed:
                if event_type != "AID":
                    continue
                event_type, cameo = "AGREE", "033"
            actors = (
                _sentence_subject(analysis, doc, head) or _quoted_speaker(analysis, head)
                if trigger.participle
                else actor_before(analysis, doc, head)
            )
            if cameo in {"173", "174"} and trigger.adjacent:
                actors = _court_actor(analysis, doc, head, actors)
            if event_type == "ASSAULT" and m.group(0).endswith("between"):
                # "a skirmish between Kyrgyz and Tajik border guards broke out": both sides act
                pair = _FIGHT_SIDES.match(tail)
                both = [
                    e
                    for g in ("a", "b")
                    for e in (entities_of(analysis, pair.group(g)) if pair else [])
                    if e.kind is EntityKind.STATE
                ]
                if len({e.key for e in both}) < 2:
                    continue
                actors = both
            if trigger.participle and not actors and not head.strip():
                actors = _fronted_subject(analysis, tail)  # "Thanking X for ..., Y said"
            if actors and (
                "-" in head[-80:]
                or "'" in head[-60:]
                or "’" in head[-60:]
                or " in " in head[-100:]
                or ("said" in head or "says" in head or "claimed" in head)
            ):
                tail_head = head[max(0, len(head) - 100) :]
                if _PROXY_SUBJECT_END.search(tail_head) or _UNKNOWN_TOLD_SUBJECT.search(tail_head):
                    continue  # "Iran-backed militias attacked ...", "Israel said Hezbollah had
                    # fired ...": the act's own subject is no party the sentence names, neither
                    # its backer nor the speaker (session 28)
            if (
                not trigger.participle
                and actors
                and _RELATIVE_ACTOR.fullmatch(head, intro_end(head)) is not None
                and (event_type in {"ASSAULT", "COERCE"} or _past_year(tail, doc.article.date))
            ):
                continue  # "Russia, which annexed Crimea in 2014, held talks ...": a background
                # aside of the subject (its wars, and acts of an earlier year), no act told
            if (
                cameo == "174"
                and actors
                and all(_is_org(a) for a in actors)
                and _STATE_OBJECT.match(tail) is not None
            ):
                # "The Council of Europe expelled Russia": a member expelled from the body, no
                # deportation of people (session 26)
                event_type, cameo = "SANCTION", "160"
            if not actors and cameo == "163" and m.group(0).startswith("airspace"):
                # "Swiss airspace is closed to ...": the state whose airspace it is
                owner = _AIRSPACE_OWNER.search(head)
                actors = (
                    [
                        e
                        for e in entities_of(analysis, owner.group("g"))
                        if e.kind is EntityKind.STATE
                    ]
                    if owner is not None
                    else []
                )
            if not actors and event_type == "REQUEST" and "told" in words:
                # "A told B that the war must end, and he demanded a ceasefire": the teller
                # (session 20)
                teller = _TOLD_THEN.search(head, max(0, len(head) - 300))
                if teller is not None:
                    actors = [
                        e
                        for e in entities_of(analysis, teller.group("a"))
                        if e.kind is EntityKind.PERSON
                    ]
            if event_type == "AID" and "§D" in head:
                # "The Jordanian Armed Forces have carried out airdrops ...", "..., and the
                # Jordanian Armed Forces have ...": the state's forces, the verb's own subject
                start = intro_end(head)
                giving = _FORCES_SUBJECT.match(head, start) or _FORCES_GIVING.search(
                    head, max(start, len(head) - 80)
                )
                if giving is not None:
                    actors = list(entities_of(analysis, giving.group("d")))
                elif (
                    not actors
                    and _ARRIVAL_VERB.fullmatch(m.group(0))
                    and (carrier := _DEMONYM_CARRIER.match(head, start)) is not None
                ):
                    # "An Australian C-17 transport plane followed with ...": the state whose
                    # aircraft or ship it is
                    actors = [
                        e
                        for e in entities_of(analysis, carrier.group("d"))
                        if e.kind is EntityKind.STATE
                    ]
            if m.group(0) == "embargo":
                # "The Canadian arms embargo on Syria has been in force since ...": the state
                # the adjective names, the sentence's subject (not "X said the ... embargo")
                if (owner := _EMBARGO_OWNER.search(head)) is None:
                    continue
                actors = [
                    e for e in entities_of(analysis, owner.group("d")) if e.kind is EntityKind.STATE
                ]
            if m.group(0)[:8].lower() == "decision":
                decider = _DECIDED_BY.match(m.group(0)) or _DECIDER.search(head)
                actors = parties_named(analysis, decider)
                if not actors:
                    continue
            # "Russia was condemned by France", "the draft was vetoed by the United States": the
            # agent after "by" acts, the subject suffers the act; an agentless passive ("Russia
            # was condemned for ...") names no actor (its subject is none)
            patients = actors if _passive_voice(trigger, cameo, head, m.group(0)) else None
            if (
                patients is not None
                and event_type == "REJECT"
                and (bidder := _bidder(analysis, head))
            ):
                # "Taiwan's bid to join the WHA was blocked by China", "the UN, where its
                # membership is blocked by Russia": the one who seeks to join, not where (s28)
                patients = bidder
            if patients is not None:
                agent = _BY_AGENT.match(tail)
                if agent is None:
                    continue
                actors = parties_named(analysis, agent) or _agent_state(doc, analysis, agent)
                if not actors:
                    continue
            co_actors: list[Entity] = []
            if (event_type in _REACTIONS or cameo == "1312") and "with" in head:
                joint = _ACTING_WITH.search(head, max(0, len(head) - 400))
                if joint is not None:
                    # "the United States, in coordination with Australia and Canada, is imposing
                    # sanctions on ...": the subject acts, and so does each state it acts with
                    actors = [
                        e for e in entities_of(analysis, joint.group("s")) if e.kind in ACTOR_KINDS
                    ]
                    # (not "its G7 partners": the group's other members, unnamed)
                    co_actors = [] if joint.group("p") else parties_named(analysis, joint)
            if event_type == "ASSAULT" and not trigger.passive:
                attacker = _attack_owner(analysis, head, m.group(0), tail)
                if attacker is None:
                    continue  # an anniversary or the background of another act, no new attack
                if attacker and not actors and _SUBJECT_OWNER.fullmatch(head, intro_end(head)):
                    actors = attacker  # "Israeli air strikes on Gaza killed ...": the subject's
                if attacker and not actors and _BARE_NOMINAL.fullmatch(head, intro_end(head)):
                    actors = attacker  # "The drone attack by Russia on Kyiv killed ..."
                if attacker and {a.key for a in attacker} != {a.key for a in actors}:
                    continue  # "adopted sanctions over Russia's invasion of Ukraine", "aside
                    # from the Russian invasion": another party's attack named in the object is
                    # the setting of the subject's act, no news of its own
            if cameo == "130" and "§S" in m.group(0) and m.re.groupindex.get("own"):
                own = m.group("own")
                if own is not None:
                    # "Netanyahu said Israel would respond forcefully to any violation by ...":
                    # a threat only in the speaker's own state's name (not "Blinken said Israel
                    # would respond ...": another's stance reported)
                    own_keys = {e.key for e in entities_of(analysis, own)}
                    homes = [
                        (state_of(doc, a) if a.kind is EntityKind.PERSON else a) for a in actors
                    ]
                    if not actors or not all(h is not None and h.key in own_keys for h in homes):
                        continue
            if (
                event_type == "MOBILIZE"
                and m.group(0)[:1].lower() in "mtafdbc"
                and _BUILDUP_NOUN.fullmatch(m.group(0))
            ):
                owner = _BUILDUP_OWNER.search(head, max(0, len(head) - 60))
                if owner is None:
                    continue  # "the military build-up along the border": whose, not told
                actors = [
                    e for e in entities_of(analysis, owner.group("g")) if e.kind is EntityKind.STATE
                ]
            money_text: str | None = None  # where the sum is, when not after the trigger
            kind_text = tail  # where the kind of aid is said
            if trigger.relative and event_type == "SANCTION":
                # "the sanctions that the European Union imposed on Belarus": the clause's
                # subject
                actors = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
            elif trigger.relative:
                # "the $625 million security assistance package the United States announced"
                summed = _SUM_BEFORE.search(head, max(0, len(head) - 120))
                if (
                    summed is None
                    and not _GIVEN_THAT.search(m.group(0))
                    and not m.group(0).lower().endswith(_TRAINING_GIVEN)
                ):
                    continue
                actors = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
                money_text = kind_text = (summed.group(0) if summed else head[-40:]) + m.group(0)
            if trigger.possessive:
                # "India's humanitarian assistance to the people of Ukraine" (not the aid a verb
                # of the sentence gave: "announced $45 million in Japan's assistance to ...")
                owner = _AID_OWNER_BEFORE.search(head)
                if (
                    aid_given
                    or owner is None
                    or _AID_TALK.search(head, max(0, owner.start() - 60), owner.start())
                    or _AID_STOPPED.search(head, max(0, owner.start() - 30), owner.start())
                    or (
                        m.group(0).lower() == "support"
                        and _SUPPORT_VOICED.search(head, max(0, owner.start() - 40), owner.start())
                    )
                ):
                    continue
                if owner.group("own"):
                    thanked = _OWN_AID_OF.search(head, max(0, owner.start() - 80), owner.start())
                    if thanked is not None:
                        actors = parties_named(analysis, thanked)
                else:
                    actors = parties_named(analysis, owner)
                money_text = owner.group(0)
                kind_text = owner.group(0) + m.group(0) + _own_clause(tail)[:60]  # ("refugees")
            receivers: list[Entity] = []
            if trigger.received:  # "Ukraine received $1 billion in aid from Japan"
                giver = _FROM_GIVER.search(tail[:160]) or _DEMONYM_GIVER.match(tail)
                if giver is None:
                    continue
                receivers, actors = actors, parties_named(analysis, giver)
                if not actors or not receivers:
                    continue
                if {(side_of(doc, e) or e).key for e in receivers} & {e.key for e in actors}:
                    continue  # "Japan received Japanese aid": no giver of its own told
            if cameo in _ENVOY_CODES and (
                # (not "Taipei was ending relations with ...": the verb in -ing is active)
                (_PASSIVE_END.search(window) and not _ING.match(m.group(0)))
                or _PASSIVE.match(m.group(0))
            ):
                if cameo == "161" and not _DIPLOMATS.search(analysis.sentence.text):
                    continue  # "Russian troops were ordered to leave ..."
                # "The French ambassador was summoned to the Foreign Ministry in Algiers", "Two
                # Russian diplomats were expelled by Estonia": the envoys' state is the target
                acted = _on_envoys(
                    analysis,
                    doc,
                    actors,
                    head,
                    tail,
                    expelled=cameo == "161",
                    handed="handed" in m.group(0),
                )
                if acted is not None:
                    taken.append((m.start(), m.end()))
                    when = event_date(
                        analysis, doc, acted[0], event_type, m.start(), reported=not future
                    )
                    args = event_args(event_type, cameo, *acted)
                    if when is not None:
                        args["date"] = [when]
                    doc.add(FactClass.EVENT, args, analysis, 0.75)
                continue
            subject = actors
            if trigger.passive:  # "sanctions imposed by X on Y", "Kyiv was hit by Russian ..."
                by = _BY_ATTACKER if event_type == "ASSAULT" else _BY_ACTOR
                actors = parties_named(analysis, by.search(tail[:120]))
                if not actors and event_type == "REQUEST":
                    actors = _asking_speaker(analysis, doc, tail, subject)
            giver = (
                (_AID_FROM.search(tail[:120]) or _AID_OWNER.match(tail))
                if event_type == "AID"
                else None
            )
            if giver:
                # "announced $45 million in funding from the United States": the giver
                actors = [
                    e for e in entities_of(analysis, giver.group("g")) if e.kind in ACTOR_KINDS
                ] or actors
            who = _WHO_DID.search(head) if event_type == "COERCE" and "§," in head else None
            if who is not None:
                # "condemned the Iranian authorities, who used tear gas against protesters and
                # restricted internet access": the one the relative clause is about acts
                actors = [e for e in entities_of(analysis, who.group("a")) if e.kind in ACTOR_KINDS]
            if not actors or (
                cameo == "129"
                and m.group(0)[:1] in "nN"
                and not all(a.qid in _PERMANENT_MEMBERS for a in actors)
            ):
                continue  # (a negative vote of another member vetoes nothing)
            if any(a.kind is EntityKind.ORGANIZATION and a.qid is None for a in actors):
                # "the Philippine Department of Foreign Affairs summoned ...": the state acts
                actors = [
                    state
                    if a.kind is EntityKind.ORGANIZATION and (state := state_body(doc, a))
                    else a
                    for a in actors
                ]
            if (
                who is None
                and patients is None
                and trigger.adjacent
                and announced is None
                and not (
                    ADJACENT.search(head)
                    or (
                        # "The United States will continue to urge Belarus to ...": a demand
                        # kept up by the subject (session 30)
                        trigger.event_type == "REQUEST"
                        and (kept_up := _KEPT_UP.search(head, max(0, len(head) - 60))) is not None
                        and ADJACENT.search(head, 0, kept_up.start()) is not None
                    )
                    or _OWN_FORCES_END.search(head)
                    or _SAID_IT_END.search(head, max(0, len(head) - 120))
                    or _ADJACENT_AND.fullmatch(head, intro_end(head))
                    or _RELATIVE_ACTOR.fullmatch(head, intro_end(head))
                    or (
                        cameo in {"173", "174"}
                        and _COURT_BEFORE.search(head, max(0, len(head) - 80)) is not None
                    )
                )
            ):
                continue
            if _SPEAKER_BEFORE.search(head, max(0, len(head) - 120)):
                continue  # "..., Russian officials said, in the latest of a string of attacks on
                # ...": the speaker of the clause before is not the one who attacked
            accusation: tuple[list[Entity], list[Entity]] | None = None
            if (
                event_type == "AID"
                and _ARMS_TOLD.search(unmasked(analysis, _own_clause(tail)))
                and (told_by := _ALLEGED.search(head)) is not None
            ):
                # "U.S. officials said Iran had supplied drones to Russia": arms a third party
                # says one side sent another are its allegation, the speaker's ACCUSE (ANNOTATION.md
                # §6), not the supplier's AID; not a party's own ("Kyiv said Germany had delivered
                # tanks", "Berlin said it had sent ...": session 25)
                speakers, accused = allegation_of(analysis, doc, head[: told_by.start()], actors)
                # (every party the act's clause names after it: its receiver among them)
                # (a capital for its state: "delivered missiles to Kyiv")
                takers = [
                    e
                    for slot in SLOT_MARK.findall(_own_clause(tail))
                    for e in (
                        _state_of_city(doc, analysis.mention(slot))
                        if slot.startswith("§C")
                        else entities_of(analysis, slot)
                    )
                ]
                sides = [side_of(doc, e) or e for e in speakers]
                if (
                    speakers
                    and accused
                    # (a speaker whose state is not known may be the receiver's: "Zelensky said
                    # Germany had delivered missiles to Ukraine")
                    and all(e.kind is not EntityKind.PERSON for e in sides)
                    and not {e.key for e in sides} & {(side_of(doc, e) or e).key for e in takers}
                ):
                    accusation = (speakers, accused)
            alleged = _ALLEGED.search(head) if event_type in _ALLEGEABLE else None
            if alleged is not None:
                # "Moscow claims that Ukraine attacked the Kremlin": an allegation about the
                # other side is the speaker's accusation, not the act (ANNOTATION.md §6)
                # "Ukraine said Russia attacked ..." too; "Russia said it struck ..." (a party
                # reporting its own act) is the act, and so is a report no party is named for
                before = head[: alleged.start()]
                if (aside := _SAID_ASIDE.search(before)) is not None:
                    before = aside.group("s") + " "  # "..., where, he said, ...": the one set
                    # off by commas says it
                speakers, accused = allegation_of(analysis, doc, before, actors)
                if speakers and accused:
                    accusation = (speakers, accused)
                elif not speakers and alleged.group("verb")[:1].lower() in "ca":
                    continue  # "It is alleged that ...": an allegation of no one's
                elif not speakers and _UNKNOWN_SPEAKER.search(head, 0, alleged.start()):
                    continue  # "Zakharova noted that the Kyiv regime had ...": a speaker the
                    # KB does not know alleges it (no act of the other side)
            elif event_type in _ALLEGEABLE and (told := _ACCORDING_BEFORE.search(head)):
                # "where, according to Pashinyan, Azerbaijani forces had occupied ..."
                accusation = allegation_after(analysis, doc, told, parties_named(analysis, told))
                if accusation is None:
                    continue
            elif (said := SAID_AFTER.search(tail, max(0, len(tail) - SAID_SPAN))) is not None:
                tail = tail[: said.start()]  # (the speaker is no recipient)
                if event_type in _ALLEGEABLE:
                    accusation = allegation_after(analysis, doc, said, actors)
            if accusation is not None:
                taken.append((m.start(), m.end()))
                said_when = _said_date(analysis, doc, accusation[0], m.start())
                args = event_args("ACCUSE", "112", *accusation, when=said_when)
                doc.add(FactClass.EVENT, args, analysis, 0.7)
                continue
            if (
                event_type == "PROTEST"
                and _STATE_PROTEST_VERB.fullmatch(m.group(0).lower()) is not None
                and all(a.kind is EntityKind.STATE for a in actors)
            ):
                # "the Philippine Department of Foreign Affairs protested the aggressive actions of
                # the China Coast Guard": a government's protest is an official complaint (a
                # street protest is the people's)
                event_type, cameo = "ACCUSE", "114"
                protested = (
                    _recipient_after(analysis, tail)
                    or _party_in_object(analysis, tail)
                    or acts.agents_of(doc, analysis, tail, actors)
                    or []
                )
                if not protested:
                    continue
            else:
                protested = []
            recipients = protested or (
                _recipient_after(analysis, tail, cameo in _HELD_CAMEOS) if trigger.recipient else []
            )
            if cameo == "171" and not recipients and (goods := _GOODS_OF.match(tail)) is not None:
                # "confiscated a cargo of Iranian oil": the state whose goods (session 40)
                recipients = [
                    e for e in entities_of(analysis, goods.group("g")) if e.kind is EntityKind.STATE
                ]
            if cameo == "173" and not recipients and m.group(0).lower() == "sentenced":
                continue  # "a week after a court in Bamako sentenced the soldiers to 20 years":
                # a sentence is read only of a state's people named (session 30)
            if event_type == "ASSAULT" and recipients and actors and not trigger.passive:
                # "the drone attack by Russia on Kyiv": not its agent (the target, below)
                recipients = [r for r in recipients if r.key not in {a.key for a in actors}]
                if not recipients and (agent_by := _ATTACK_BY.match(tail)) is not None:
                    rest = tail[: agent_by.start("by")] + tail[agent_by.end("by") :]
                    recipients = _recipient_after(analysis, rest) or _assault_target(
                        analysis, doc, rest
                    )
            if cameo == "112" and m.group(0).lower() == "confronted":
                recipients = parties_named(analysis, _COMMITTED_BY.search(tail, 0, 200))
            if event_type == "SANCTION" and recipients:
                recipients = recipients + _further_targets(analysis, tail)
                if "designat" in m.group(0) and (too := _DESIGNATED_TOO.match(tail)):
                    recipients += entities_of(analysis, too.group("g"))
                # "imposed sanctions on Nicaragua's Supreme Court": a state's body the KB lacks
                # stands for its state, as its officials do (session 26)
                owners = [_body_owner(doc, r) or r for r in recipients]
                recipients = list({e.key: e for e in owners}.values())
            elif event_type == "SANCTION" and "designat" in m.group(0) and ":" in tail:
                # "is designating four companies that supply weapons ...: A, B and C": the list
                listed = _DESIGNATED_LIST.match(tail)
                if listed is not None:
                    recipients = [
                        e
                        for slot in ANY_SLOT.findall(listed.group("g"))
                        for e in entities_of(analysis, slot)
                        if e.kind in ACTOR_KINDS
                    ]
            if trigger.received:
                recipients = receivers
            if cameo == "114" and m.group(0).lower() == "protested":
                recipients = _protested_to(analysis, doc, tail) or recipients
            if (
                event_type == "REQUEST"
                and not recipients
                and (asked := _ASKED_FROM.match(tail)) is not None
            ):
                # "Moscow demanded an explanation from Berlin"
                slot = analysis.mention(asked.group("g"))
                recipients = (
                    state_named(doc, slot)
                    if slot.code is Code.CITY
                    else [e for e in slot.entities if e.kind in ACTOR_KINDS]
                )
            if (
                not recipients
                and event_type == "AID"
                and "§C" in tail
                and (aided := _AID_TO_CITY.match(_own_clause(tail))) is not None
                and not _AID_ONWARD.search(_own_clause(tail))
            ):
                # "sent humanitarian aid to the people of Gaza": the state the city lies in
                own = {a.key for a in actors} | {s.key for a in actors if (s := side_of(doc, a))}
                recipients = [
                    e
                    for e in _state_of_city(doc, analysis.mention(aided.group("c")))
                    if e.key not in own
                ]
            if cameo == "166" and not any(a.kind is EntityKind.STATE for a in actors):
                continue  # "The UN ordered its officials to leave": an evacuation, no expulsion
            if cameo == "161" and not recipients and (mission := _OWN_MISSION_IN.match(tail)):
                # "closed its embassy in Minsk", "its consulate in Saint Petersburg": the state of
                # the mission's city
                recipients = _state_of_city(doc, analysis.mention(mission.group("c")))
            if (
                event_type == "REQUEST"
                and not recipients
                and doc.previous is not None
                and not _DETENTION_WORDS.isdisjoint(doc.previous.words)
                and _THEIR_RELEASE.match(tail)
            ):
                # "Turkey detained three Greek fishermen. Athens demanded their release": the
                # detainer the sentence before told of
                recipients = _previous_actors(doc)
            if event_type == "REQUEST" and not recipients and "told" in analysis.words:
                # "A told B that the war must end, and he demanded a ceasefire": the one told
                # (session 20)
                recipients = _told_then_demanded(analysis, head, actors)
            if event_type == "REQUEST" and not recipients and _ASKED_PRONOUN.match(tail):
                recipients = _talks_partner(analysis, head, actors)
            if event_type == "REQUEST" and not recipients:
                recipients = parties_named(analysis, _WITHDRAWAL_OF.match(tail))
            if event_type == "REQUEST" and not recipients and cameo == "106":
                # "requested an emergency meeting of the Security Council": the body asked to
                # hold it (session 37)
                recipients = parties_named(analysis, _MEETING_ASKED_OF.match(tail))
            if (
                event_type == "REQUEST"
                and recipients
                and "release" in tail
                and (freed := _RELEASE_OF.match(tail)) is not None
            ):
                # "The bloc demanded the release of President Mohamed Bazoum": the one to be freed
                # is asked nothing (session 26); the one holding him, if named, below
                gone = {e.key for e in entities_of(analysis, freed.group("g"))}
                recipients = [r for r in recipients if r.key not in gone]
            if event_type == "REQUEST" and not recipients and " into " in tail:
                # "called for an independent investigation into the killings in Mali": the
                # state where they happened (session 28)
                recipients = [
                    e
                    for e in parties_named(analysis, _PROBE_IN.match(tail))
                    if e.kind is EntityKind.STATE and e.is_linked
                ]
            if event_type == "REQUEST" and not recipients and "release" in tail:
                # "requested the early release of the Japanese nationals detained in China":
                # the state that holds them
                recipients = parties_named(analysis, _HELD_IN.match(tail))
            if event_type == "REQUEST" and not recipients:
                # "calls on all political leaders in Georgia to ...", "urged the political
                # leadership of Armenia to ...": the state whose leaders are asked
                # ("the authorities in Minsk": the state of the capital)
                leaders = _LEADERS_IN.match(tail)
                if leaders is not None and leaders.group("c"):
                    recipients = state_named(doc, analysis.mention(leaders.group("c")))
                else:
                    recipients = parties_named(analysis, leaders)
            if event_type == "REQUEST" and m.group(0).lower().endswith("restraint"):
                recipients = parties_named(analysis, _RESTRAINED.match(tail))
            if (
                event_type == "REQUEST"
                and not recipients
                and _TALKS_THEN.search(head) is not None
                and _ANY_PARTY_SLOT.search(text_before(_FIRST_CONJUNCT_END, tail)) is None
            ):
                # "Blinken spoke by telephone with President Vucic on Friday and urged immediate
                # de-escalation": the other party of the talks the clause before told, when the
                # demand names no one (session 37)
                recipients = _talks_partner(analysis, head, actors)
            if event_type == "REQUEST" and _BOTH_SIDES.match(tail):
                # "Russia urged both sides to stop the bloodshed": the two sides of the conflict
                # the article reports, when it reports one
                recipients = (
                    _adversaries(doc)
                    or agreement_parties(analysis, doc, actors, tail)
                    or _sides_addressed(doc, actors, recipients)
                )
            if trigger.passive:
                on = m.group("on") if "on" in trigger.pattern.groupindex else None
                recipients = parties_named(analysis, _ON_TARGET.search(on or tail[:120]))
                if event_type == "ACCUSE":
                    # "Rwanda, accused by Kinshasa of ...": the subject is the one accused
                    recipients = subject
                elif event_type in {"ASSAULT", "REQUEST"}:
                    recipients = recipients or subject  # the subject is the one attacked
                    # (or asked)
            if (
                actors
                and recipients
                and not trigger.passive
                and {a.key for a in actors} <= {r.key for r in recipients}
            ):
                # "Qin Gang said that the United States was to blame and accused Washington of
                # ...": no party acts on itself; the second verb is the speaker's
                actors = _reporter_of_second_verb(analysis, head) or actors
            own = {a.key for a in actors}
            others = [r for r in recipients if r.key not in own]
            which = _WHICH_JUDGED.search(head) if trigger.in_object else None
            blamed_on = (
                _BLAMED_THING_ON.match(tail)
                if trigger.in_object and m.group(0)[:5].lower() == "blame"
                else None
            )
            if blamed_on is not None:
                # "Ukraine blamed the attack on Russia", "blamed the bombing in Peshawar on
                # Afghanistan": the one it is blamed on (not the victim of "the attack on")
                recipients = parties_named(analysis, blamed_on)
            elif (
                event_type == "ACCUSE"
                and trigger.in_object
                and " as " in tail[:100]
                and (judged_as := _AS_PARTYS_WRONG.match(tail)) is not None
            ):
                # "condemned the move as another Russian provocation", "denounced the drills as
                # NATO blackmail": the wrongdoer the judgement names (session 43, accuse)
                recipients = parties_named(analysis, judged_as)
            elif which is not None and _ACT_BY.search(head, max(0, which.start() - 120)):
                # "the decision by OPEC+ producers to cut output, which the United States had
                # criticised": the maker of the act the relative clause is about
                recipients = parties_named(
                    analysis, _ACT_BY.search(head, max(0, which.start() - 120))
                )
            elif (
                trigger.in_object
                and (agents := acts.agents_of(doc, analysis, tail, actors)) is not None
            ):
                # "Russia and Belarus signed an agreement ... Poland condemned the agreement":
                # the ones whose act was told (none when the reacting party made it)
                recipients = agents
            elif trigger.in_object and (
                _ANAPHORIC_ACT.match(tail) or _IT_JUDGED.match(tail) is not None
            ):
                # "We condemn these provocations, which put Philippine lives at risk": the one
                # whose act the sentence before told, never the victims the clause names
                recipients = _previous_actors(doc)
            elif (
                trigger.in_object
                and (attack := _THE_ATTACK.match(tail)) is not None
                and _attack_key(attack.group("n")) in doc.culprits
            ):
                # "Albania cut ties with Iran over the cyberattack, which it blamed on Iran. NATO
                # condemned the cyberattack": the one it was blamed on
                recipients = doc.culprits[_attack_key(attack.group("n"))]
            elif trigger.in_object and (
                not others or _VICTIM.match(tail) or _ACT_OF_BY.match(tail)
            ):
                # "condemned the attack on Ukraine by Russia": Ukraine is not the one accused
                recipients = _party_in_object(analysis, tail)
                if {r.key for r in recipients} <= own:
                    # "concerns about the EU's trade deficit with China": the other party
                    recipients = _party_with(analysis, tail)
            if (
                not recipients
                and event_type == "ACCUSE"
                and trigger.in_object
                and (named := _TARGETS_NAMED_AFTER.match(tail)) is not None
            ):
                # "criticised the presence of governments that do not respect democracy and named
                # Nicaragua, Venezuela and Cuba": the targets named in a second clause (session
                # 30, accusations)
                recipients = [r for r in parties_named(analysis, named) if r.key not in own]
            if (
                not recipients
                and event_type == "ACCUSE"
                and trigger.in_object
                and (saying := _SAYING_OF.match(tail)) is not None
            ):
                # "China has criticized the policy shift, saying Japan is exaggerating regional
                # threats": the party the reason given is about (session 35, criticism)
                recipients = [r for r in parties_named(analysis, saying) if r.key not in own]
            if (
                not recipients
                and event_type == "REJECT"
                and (offered := _OFFERED_THEN_REJECTED.search(head)) is not None
            ):
                # "Guinea's junta proposed a three-year transition, a plan ECOWAS swiftly rejected
                # as unacceptable": the one who proposed it (session 30, accusations)
                recipients = [r for r in parties_named(analysis, offered) if r.key not in own]
            if (
                not recipients
                and event_type == "REJECT"
                and (agents := acts.agents_of(doc, analysis, tail, actors))
            ):
                # "Tehran rejected the sanctions as illegal": the ones who imposed them
                recipients = agents
            if (
                not recipients
                and event_type == "SANCTION"
                and m.group(0)[:8].lower() == "sanction"
                and (counted := _SANCTIONED_COUNTED.match(tail)) is not None
                and not _NOT_A_STATE_NOUN.match(tail, counted.end())
            ):
                # "sanctioned more than 500 Russian individuals and entities in response to ...":
                # the state of those counted (read before only through the reason's party)
                recipients = parties_named(analysis, counted)
            if not recipients and event_type == "SANCTION" and cameo == "163":
                recipients = _executives(analysis, tail)
            if not recipients and event_type == "SANCTION" and cameo == "163":
                # "banned exports of gallium to the United States"
                # (not a party of the measure's reason: "sanctioned Lockheed Martin over arms
                # sales to Taiwan"; session 25)
                recipients = parties_named(
                    analysis,
                    _DEMONYM_IMPORTS.match(tail)
                    or _GOODS_ORIGIN.match(tail)
                    or _TARGET.search(text_before(_REASON_START, tail.split(";")[0][:80])),
                )
            if not recipients and cameo == "1211":
                # "cancelled its order for 88 jets from the Swedish manufacturer Saab": the
                # seller's state
                seller = _SELLER.search(tail[:160])
                recipients = (
                    [
                        e
                        for e in entities_of(analysis, seller.group("g") or seller.group("g2"))
                        if e.kind in ACTOR_KINDS
                    ]
                    if seller is not None
                    else []
                )
            if (
                not recipients
                and event_type in _WORD_REACTIONS
                and "junta" in tail[:14]
                and _BARE_JUNTA.match(tail)
            ):
                # "The leaders urged the junta to de-escalate": the one state whose junta the
                # article named in the sentences before (as the junta as a subject; session 30)
                recipients = bare_body(analysis, doc, tail)
            if not recipients and event_type == "REQUEST" and "the " in tail[:5]:
                # "called on the junta, led by Colonel X, to ...", "urged the military to
                # restore democracy": the one state whose junta the article named, however far
                # back (session 41b)
                recipients = junta_asked(analysis, doc, tail)
            if (
                not recipients
                and cameo == "139"
                and (rulers := _RULERS_NAMED.match(tail)) is not None
            ):
                # "gave the coup leaders an ultimatum": the junta's state when the article
                # named one, else the rulers as written (session 37)
                recipients = (
                    bare_body(analysis, doc, tail) if "junta" in rulers.group("r") else []
                ) or [Entity.unlinked(rulers.group("r"), EntityKind.ORGANIZATION)]
            if not recipients and cameo == "120" and "inter-§" in m.group(0):
                # "suspended part of a 2018 inter-Korean military agreement": the other Korea
                recipients = _other_korea(analysis, doc, m.group(0), actors)
            if not recipients and cameo == "161" and (expelled := _EXPELLED.match(tail)):
                # "declared a number of staff members of the Embassy of the Russian Federation
                # personae non gratae": the state whose envoys are expelled
                recipients = parties_named(analysis, expelled)
            if (
                not recipients
                and cameo == "161"
                and (pair := _NO_TIES_SINCE.search(head)) is not None
            ):
                # "Morocco and Algeria have had no diplomatic relations since Algeria cut ties
                # in August 2021": the other of the pair (session 31)
                actor_keys = {a.key for a in actors}
                pair_states = [
                    e
                    for g in ("a", "b")
                    for e in entities_of(analysis, pair.group(g))
                    if e.kind is EntityKind.STATE
                ]
                if len(pair_states) == 2 and len(actor_keys & {e.key for e in pair_states}) == 1:
                    recipients = [e for e in pair_states if e.key not in actor_keys]
            if (
                not recipients
                and cameo == "161"
                and (same := _SAME_NUMBER_OF.match(tail)) is not None
                and (
                    same.group("n")
                    # ("Romanian diplomats": the masked text keeps the state alone)
                    or _DIPLOMATS.search(analysis.sentence.text)
                )
            ):
                # "responded by expelling the same number of Bulgarian embassy staff": the
                # state whose staff leave (session 20)
                recipients = parties_named(analysis, same)
            if not recipients and cameo in _ENVOY_CODES and (embassy := _EMBASSY_OF.match(tail)):
                # "expelled the deputy chief of mission of the US Embassy in Moscow"
                recipients = [
                    e
                    for e in entities_of(
                        analysis, embassy.group("g") or embassy.group("g2") or embassy.group("g3")
                    )
                    if e.kind in ACTOR_KINDS
                ]
            if cameo == "161" and (titled := _ENVOY_SLOT.match(tail)) is not None:
                # "recall its Ambassador to the Lebanese Republic, N", "asked the Ambassador of
                # the Lebanese Republic to the Kingdom to leave": the state of the title (none
                # when the one masked is no envoy)
                recipients = _envoy_state(
                    doc, analysis.mention(titled.group("p")).text
                ) or _envoy_home(analysis, doc, titled.group("p"))
                if not recipients:
                    continue
            if not recipients and cameo == "161" and (left := _LEFT_CAPITAL.match(tail)):
                # "recalled its ambassador from Moscow": the state whose capital it is; "from Tel
                # Aviv": the state its embassy's city lies in (session 29, notes)
                left_city = analysis.mention(left.group("c"))
                recipients = state_named(doc, left_city) or [
                    e
                    for e in _state_of_city(doc, left_city)
                    if e.key not in {a.key for a in actors}
                ]
            if event_type == "SANCTION" and m.group(0).lower().endswith(" them"):
                # "them": the sanctions named before it, on whom they were
                named = _SANCTIONS_NAMED.search(head)
                recipients = parties_named(analysis, named) if named is not None else []
            if (
                event_type == "SANCTION"
                and not recipients
                and _ON_THEM.match(tail)
                and (earlier := _earlier_sanction(analysis, doc, actors)) is not None
            ):
                # "cut ties with Qatar and imposed a boycott on it", "was recalling its
                # ambassadors from X and closing its borders with them": the one the sentence's
                # first sanction was on (session 22)
                recipients = list(earlier.entities("recipient"))
            if event_type == "SANCTION" and tail.startswith(" them from"):
                # "Mali, Burkina Faso and Niger remain members of ECOWAS, although the bloc has
                # suspended them": the states this sentence named before, else the one before
                recipients = (
                    (_states_here(analysis, m.start()) or _states_before(doc))
                    if all(_is_org(a) for a in actors)
                    else []
                )
            if (
                cameo == "1056"
                and not recipients
                and (ended := _END_TO_ACT.match(tail)) is not None
            ):
                # "called for an end to the Israeli bombardment of Gaza": whose act it is
                recipients = [
                    e
                    for e in entities_of(analysis, ended.group("g") or ended.group("g2"))
                    if e.kind in ACTOR_KINDS
                ]
            if cameo == "1054" and not recipients:
                # "called for the lifting of the sanctions imposed on Zimbabwe by the United
                # States and the EU", "an end to the US embargo on Cuba": who imposed it
                lifted = _LIFTED_MEASURE.match(tail)
                recipients = (
                    [
                        e
                        for e in entities_of(analysis, lifted.group("g") or lifted.group("g2"))
                        if e.kind in ACTOR_KINDS
                    ]
                    if lifted is not None
                    else []
                )
            if (
                # ("rejected a proposal by Guyana to take the dispute to the court", session 30)
                (cameo == "129" or (event_type == "REJECT" and m.group(0)[:3].lower() == "rej"))
                and not recipients
                and (proposed := _PROPOSAL_OF.match(tail)) is not None
            ):
                # "vetoed a proposal by the European Commission", "vetoed Ukraine's draft
                # resolution": the one whose proposal it was (not "vetoed a resolution on Syria")
                recipients = [
                    e
                    for e in entities_of(analysis, proposed.group("g") or proposed.group("g2"))
                    if e.kind in ACTOR_KINDS
                ]
            if (
                trigger is LEFT_BODY
                and m.group(0)[:4].lower() == "left"
                and any(a.kind is EntityKind.PERSON for a in actors)
            ):
                continue  # "Lavrov left the G20 ...": a leader leaving a meeting
            if trigger is LEFT_BODY and _years_ago(tail, doc.article.date):
                continue  # "Venezuela left the Andean Community in 2006, and ..." (in 2022): a
                # background the gold writers leave out, not the news
            if trigger is LEFT_BODY:
                # "left the EU", not "left Russia": only an organisation the KB knows (or a
                # union of states) is left so (not "withdrew from the Black Sea Initiative", a
                # deal the mentions call a body)
                recipients = [
                    r
                    for r in recipients
                    if (_is_org(r) and r.is_linked)
                    or (
                        r.qid is not None
                        and (found := doc.kb.entity(r.qid)) is not None
                        and found.place_kind == "supranational"
                    )
                ]
            if cameo == "127":
                # "suspended its participation in the treaty with the United States"
                recipients = _party_with(analysis, tail)
            if cameo == "0871" and all(
                a.kind is EntityKind.ORGANIZATION and not a.is_linked and not _armed_side(doc, a)
                for a in actors
            ):
                # "the chairman of the State Committee for National Security of Kyrgyzstan, X,
                # and ... agreed on a ceasefire": a body named in a title is not a party
                continue
            if cameo == "0871" and _HALTED_OPERATION.search(m.group(0)):
                # "halted its cross-border operation against the PKK": the one it was against
                recipients = [
                    r
                    for r in parties_named(analysis, _AGAINST_PARTY.match(tail))
                    if r not in actors
                ]
            elif cameo == "0871" and (between := _CEASEFIRE_BETWEEN.match(tail)) is not None:
                # "Qatar announced a four-day truce between Israel and Hamas", "Egypt declared a
                # ceasefire between the two sides": the truce is the two sides', never its
                # announcer's or mediator's (session 29)
                pair = _BETWEEN_PAIR.match(tail, between.end())
                sides = (
                    parties_named(analysis, pair)
                    + [e for e in entities_of(analysis, pair.group("h")) if e.kind in ACTOR_KINDS]
                    if pair is not None
                    else []
                )
                if len(sides) < 2 or any(e.kind is EntityKind.PERSON for e in sides):
                    continue
                actors, recipients = sides, []
            elif (
                cameo == "0871"
                and m.group(0)[:1] in "aAdD"
                and m.group(0)[1:2] in "nNeE"
                and all(_is_org(a) and a.is_linked for a in actors)
            ):
                continue  # "The United Nations announced a humanitarian truce in Yemen": an
                # organisation of states tells of a truce it is no party to (session 29)
            elif cameo == "0871" and m.group(0)[:1] in "aAdD" and m.group(0)[1:2] in "nNeE":
                # "Petro announced a ceasefire with the ELN": one side's truce, towards the one it
                # is with (nobody else the sentence names after it; session 29)
                with_party = _CEASEFIRE_WITH.match(tail)
                recipients = [r for r in parties_named(analysis, with_party) if r not in actors]
            if cameo == "0874":
                # "withdrew its troops from Mali": the state they left
                recipients = parties_named(analysis, _LEFT_STATE.match(tail)) or parties_named(
                    analysis, _LEFT_LAND.match(tail)
                )
                if m.group(0).lower() == "withdrew" and (
                    not recipients or any(not _plain_state(doc, e) for e in recipients)
                ):
                    continue  # "Britain withdrew from the EU": a union left, no troops (the EU
                    # is a state and an organisation in the KB)
            if (
                event_type == "ASSAULT"
                and m.group(0)[:5].lower() == "cross"
                and not _forces_crossed(analysis, head)
            ):
                continue  # "Afghan nationals crossed into Iran": people, no incursion
            if cameo == "063" and (handed := _EXTRADITED_TO.match(tail)) is not None:
                # "Spain extradited a Russian hacker to the United States": the state that
                # receives him is the partner (not his own; session 25)
                recipients = parties_named(analysis, handed) or recipients
            if cameo == "074" and (mission := _MISSION_IN.match(tail)) is not None:
                # "to the UN mission in South Sudan": the state it serves (not the UN)
                recipients = parties_named(analysis, mission) or recipients
            if cameo == "0842":
                # "handed over Hong Kong to China": the one the territory goes to
                recipients = parties_named(analysis, _TO_PARTY.search(tail[:120]))
            if event_type == "COOPERATE" and cameo == "062":
                # "Russian servicemen held joint patrols with Turkish troops": both act
                partners = parties_named(analysis, _JOINT_WITH.match(tail))
                actors = list({e.key: e for e in [*actors, *partners]}.values())
                if not _JOINT_WORD.search(m.group(0)) and (
                    len(actors) < 2 or not _EXERCISE_NAMED.search(m.group(0))
                ):
                    continue  # "China launched the Strait Thunder exercise": no partner named;
                    # "held their own exercises": no name
            if event_type == "COOPERATE" and cameo == "061":
                # "Modi jointly inaugurated the pipeline with Hasina": both act
                partners = parties_named(analysis, _JOINTLY_WITH.match(tail))
                actors = list({e.key: e for e in [*actors, *partners]}.values())
                if len(actors) < 2:
                    continue  # "Modi jointly inaugurated the pipeline": the partner unnamed
            if event_type == "ASSAULT" and cameo == "192" and m.group(0)[:1].lower() in "sct":
                # "M23 fighters captured the towns of Kiwanja and Rutshuru in eastern Congo": the
                # state the places taken are in (session 32). Several places taken by a group
                # with no state named: none (the spent golds code such a capture with the state
                # or without; one place keeps session 22's actor-only fact, as a gold codes it)
                recipients = [
                    r
                    for r in parties_named(analysis, _TAKEN_IN.match(tail))
                    if r.qid is not None  # (not "Congo": which one is not told)
                ]
                if (
                    not recipients
                    and _PLACES_TAKEN.match(tail)
                    and all(a.kind is EntityKind.ORGANIZATION and a.qid is None for a in actors)
                ):
                    taken.append((m.start(), m.end()))  # (no goods seized either)
                    continue
            if cameo == "144":
                if not all(a.kind is EntityKind.ORGANIZATION and a.qid is None for a in actors):
                    continue  # "Kosovo police set up roadblocks": a state's checks, no protest
                recipients = _blocked_where(doc, analysis, actors, tail)
                if not recipients:
                    continue  # (whose roads, not told: none; session 33, history)
            if cameo == "154" and any(
                a.kind is EntityKind.ORGANIZATION and a.qid is None for a in actors
            ):
                continue  # "The Defense Ministry said it had raised the number of soldiers":
                # a body of no state named (session 32)
            if not recipients and event_type == "MOBILIZE":
                # "massed along the border with Ukraine"
                recipients = (
                    parties_named(analysis, _BORDER_WITH.match(tail))
                    or parties_named(analysis, _TENSIONS_WITH.match(tail))
                    or parties_named(analysis, _WATERS_NEAR.match(tail))
                )
                if not recipients and m.group(0)[:8].lower() in {"announce", "announced"}:
                    recipients = parties_named(analysis, _DRILLS_AT.match(tail))
            if recipients and any(r.kind is EntityKind.STATE and r.qid is None for r in recipients):
                recipients = [
                    r for r in recipients if not (r.kind is EntityKind.STATE and r.qid is None)
                ]
                if not recipients:
                    continue  # "asked the Dominican authorities to ...", "rejected the Dominican
                    # demand", "criticised the Dominican decision": a demonym the KB does
                    # not tell apart (Dominica, the Dominican Republic) is no state to publish
            if trigger.warning:
                recipients = _warned_off(analysis, doc, tail)
            elif not recipients and event_type == "THREATEN":
                # "threatened to cut gas supplies to Moldova", "to annex the region of Guyana"
                target = _TARGET.search(tail.split(";")[0][:80])
                if target is None and cameo == "138":
                    target = _OF_TARGET.search(tail.split(";")[0][:80])
                recipients = parties_named(analysis, target)
            if not recipients and event_type == "ASSAULT" and not trigger.passive:
                # "launched ... attacks of the war on Ukraine's energy grid", "shelled the city of
                # Kharkiv", "air strikes on targets near Aleppo in Syria"
                # "air strikes on camps of the ADF rebel group": the group whose sites are hit
                # (session 27), else the state the attack is aimed at
                recipients = _group_sites_hit(analysis, tail) or _assault_target(
                    analysis, doc, tail
                )
                # ("air strikes on rebel camps in Congo": a state the KB does not tell apart,
                # the DR Congo or Congo-Brazzaville, is no target to publish; session 27)
                recipients = [
                    r for r in recipients if not (r.kind is EntityKind.STATE and r.qid is None)
                ]
            if (
                not recipients
                and event_type == "AID"
                and (m.group(0)[:5].lower() == "train" or cameo == "072")
            ):
                # "training the armed forces of Mali", "trained Ukrainian soldiers"
                trained = _TRAINED_FORCES.match(tail)
                if (
                    trained is not None
                    and trained.group("g3")
                    and not _FORCES_NAMED.search(analysis.mention(trained.group("g3")).text)
                    and not _forces_folded(analysis, trained.group("g3"))
                ):
                    trained = None  # "trained Ukraine": no forces named
                if trained is not None:
                    forces = trained.group("g") or trained.group("g2") or trained.group("g3")
                    recipients = [e for e in entities_of(analysis, forces) if e.kind in ACTOR_KINDS]
            if not recipients and cameo == "075":
                # "is hosting more than a million Rohingyas": the people sheltered
                recipients = hosted_people(analysis, tail)
                if not recipients and _HOST_VERB.fullmatch(m.group(0)):
                    continue  # "hosted talks in Jeddah": no people sheltered
            if not recipients and event_type == "AID":
                to = (
                    (AID_TO.search(money_text) if trigger.relative and money_text else None)
                    or AID_TO.search(_own_clause(tail))
                    or (_INVESTED_IN.match(tail) if m.group(0).startswith("invest") else None)
                )
                if to:
                    recipients = [
                        e for e in entities_of(analysis, to.group("g")) if e.kind in ACTOR_KINDS
                    ]
                elif (capital := _AID_TO_CAPITAL.search(_own_clause(tail)[:120])) is not None:
                    # "delivered Tor-M2 systems to Minsk": the state whose capital it is
                    recipients = state_named(doc, analysis.mention(capital.group("c")))
                elif (into := _AID_INTO.search(_own_clause(tail)[:120])) is not None:
                    # "sent 50 trucks carrying aid into north-west Syria" (session 40)
                    recipients = [
                        e
                        for e in entities_of(analysis, into.group("g"))
                        if e.kind is EntityKind.STATE
                    ]
                elif m.group(0)[:4].lower() == "depo" and (bank := _CENTRAL_BANK_OF.match(tail)):
                    # "deposited $5 billion with the Central Bank of Egypt": the bank's state
                    lent_to = bank.group("g") or bank.group("g2")
                    recipients = [
                        e for e in entities_of(analysis, lent_to) if e.kind in ACTOR_KINDS
                    ]
            if event_type == "AID" and all(r.qid in {None, "Q219060"} for r in recipients):
                # "sent 30,000 tons of aid to the people of Gaza": the people, as written
                recipients = gaza_people(analysis, _own_clause(tail)[:160]) or recipients
            if (
                not recipients
                and event_type in {"AID", "AGREE"}
                and ("§M" in tail[:80] or trigger.relative)
            ):
                # aid announced at a meeting of two states goes to the other one
                recipients = _other_side(doc, actors)
            if not recipients and event_type in {"AID", "AGREE"} and "§M" in tail[:80]:
                # "Under the Just Energy Transition Partnership with South Africa, the United
                # States ... pledged $8.5 billion": the state the programme is with
                recipients = programme_partner(analysis, head, actors)
            if not recipients and event_type == "SANCTION":
                # "sanctioned six individuals and three entities based in Iran and China" (not
                # "people smugglers operating in Libya", "individuals linked to Hezbollah in
                # Lebanon": those a state fights, or a group's people, where they are)
                targets_in = _TARGETS_IN.search(tail[:160])
                if targets_in is not None and not _NOT_STATE_TARGETS.search(targets_in.group(0)):
                    recipients = parties_named(analysis, targets_in)
            if not recipients and event_type == "SANCTION" and _RELATIVE_WORD.search(tail[:160]):
                recipients = parties_named(analysis, _ENABLERS_OF.search(tail[:160]))
            if cameo == "163" and m.group(0)[:1] in "bBpP" and _NAME_BANNED.match(tail):
                continue  # "Moscow banned the Georgian Orthodox Church": a body, not goods
            if not recipients and event_type == "SANCTION":
                # "raised tariffs on more than 100 Russian metals", "sanctions against dozens of
                # Iranian oil tankers": the state the adjective of the goods or people names
                recipients = _demonym_target(analysis, tail)
            of = _SANCTIONED_OF.match(tail) if not recipients and event_type == "SANCTION" else None
            if of is not None and not (
                _DEMONYM.fullmatch(of.group("g")) and _NOT_A_STATE_NOUN.match(tail, of.end())
            ):
                # "imposed sanctions on six heads of a Russian penal colony": the state of those
                # sanctioned
                recipients = parties_named(analysis, of)
            if cameo in _ENVOY_CODES and recipients:
                # "summoned the British ambassador, Nigel Casey": the envoy's state
                recipients = list(
                    {s.key: s for e in recipients if (s := side_of(doc, e)) is not None}.values()
                )
            if patients is not None:
                # the subject of the passive, or the makers of the act it names ("The agreement
                # was condemned by Kosovo": its signatories); none for a verb without one (a veto)
                recipients = (
                    (patients or acts.agents_of(doc, analysis, _subject_text(head), actors) or [])
                    if trigger.recipient or trigger.needs_recipient
                    else []
                )
                if not recipients and cameo in _HELD_CAMEOS:
                    # "Dutch cyclist X was arrested by Russian police": the state of the people
                    # the passive's subject names (session 30)
                    recipients = _held_subject(analysis, head, actors)
            if not recipients and cameo == "154" and m.group(0).endswith(" it"):
                border = _BORDER_WITH_BEFORE.search(head)
                recipients = (
                    [
                        e
                        for e in entities_of(analysis, border.group("g"))
                        if e.kind is EntityKind.STATE
                    ]
                    if border is not None
                    else []
                )
            if not recipients and cameo == "154" and "standby" in m.group(0).lower():
                # "imposed sanctions on Niger on July 30 and ordered the activation of a standby
                # force", "... of the standby force to restore constitutional order in Niger":
                # the state it is readied against (session 30)
                target = _STANDBY_FOR.match(tail) or _STANDBY_AFTER_SANCTIONS.search(head)
                recipients = (
                    [
                        e
                        for e in entities_of(analysis, target.group("g"))
                        if e.kind is EntityKind.STATE
                    ]
                    if target is not None
                    else []
                )
            if not recipients and cameo == "160" and m.group(0).endswith(_FORMAT_NOUNS):
                recipients = _format_partner(doc, m.group(0).rsplit(None, 1)[-1].lower())
            if (
                not recipients
                and trigger.participle
                and event_type == "ACCUSE"
                and _ENVOY_PRONOUN.match(tail) is not None
                and "summon" not in head  # (a summons is its own complaint, 114)
            ):
                # "expelled the EU ambassador, accusing her of ...", "ordered the departure of
                # Sweden's ambassador, accusing him of ...": the envoy named just before, or the
                # state whose envoy it is (session 28)
                recipients = _envoy_accused(analysis, head, actors)
            if (
                not recipients
                and cameo == "138"
                and m.group(0).lower().startswith("threaten")
                and _SECOND_VERB_END.search(head) is not None
            ):
                # "imposed sanctions on Niger and threatened military intervention": the party
                # the subject's first verb acted on (session 28)
                recipients = _object_referent(analysis, head, actors)
            if (
                not recipients
                and event_type == "REQUEST"
                and _DEMANDED_ITS.match(tail) is not None
                and _SECOND_VERB_END.search(head) is not None
                and _PROTESTED_TO_AND.search(head) is not None
            ):
                # "Manila lodged a protest with Beijing and demanded that its coast guard stop
                # ...": the one protested to is asked (session 29, bodies)
                recipients = _object_referent(analysis, head, actors)
            if not recipients and patients is None and _OBJECT_PRONOUN.match(tail) is not None:
                # "accused Moldova of hostility and threatened it with retaliation", "expelled 45
                # of its diplomats": the party the sentence named before, not the actor
                recipients = _object_referent(analysis, head, actors)
            # never the actor, nor an official actor's own state ("Putin warned that Moscow
            # would respond ...": Russia is not threatened)
            if (
                event_type == "ASSAULT"
                and not trigger.recipient
                and (pair := _MUTUAL_PAIR.search(head)) is not None
            ):
                # "Sudan's army and the Rapid Support Forces clashed": both sides act, neither
                # is the other's target (ANNOTATION.md §5: an exchange has both as actors)
                both = [
                    e
                    for g in ("a", "b")
                    for e in entities_of(analysis, pair.group(g))
                    if e.kind in ACTOR_KINDS
                ]
                if len({e.key for e in both}) >= 2:
                    actors, recipients = both, []
            if not recipients and cameo == "071" and trigger.in_object and event_type == "AID":
                # "supporting the construction of a facility in Dakar with 20 million euros":
                # the state whose capital the project is in (session 28)
                recipients = _capital_state(analysis, doc, _PROJECT_IN_CITY.search(tail[:160]))
            if recipients:
                selves = {a.key for a in actors} | {
                    s.key for a in actors if a.kind is EntityKind.PERSON and (s := side_of(doc, a))
                }
                kept = [r for r in recipients if r.key not in selves]
                if not kept and event_type == "SANCTION":
                    # "The leaders recalled their ambassadors from Bamako" read with Mali among
                    # "the leaders": no state sanctions itself, the actors are wrong
                    continue
                recipients = kept
            if recipients and "-" in masked and _BACKER_SUFFIX.search(masked):
                backers = _backers_only(analysis, masked)
                if any(r.key in backers for r in recipients):
                    recipients = [r for r in recipients if r.key not in backers]
                    if not recipients:
                        continue  # "condemned the attack by Iran-backed militias", "blamed
                        # Pakistan-based militants": the ones named are no state (session 28)
            if not actors or ((trigger.needs_recipient or announced) and not recipients):
                continue  # (nor "said they would impose new sanctions": on no one named)
            if (
                event_type == "SUPPORT"
                and cameo == "057"
                and not re.search(
                    r"\b(?:agreement|treaty|memorand|declaration|statement|protocol|accord|convention|"
                    r"document|law|charter|programme|program|contract|deal|MOU|MoU|roadmap|plan)",
                    tail[:120],
                )
            ):
                continue
            taken.append((m.start(), m.end()))
            aid_given = aid_given or event_type == "AID"
            if cameo == "190" and _AERIAL.search(m.group(0)):
                cameo = "195"  # "launched a missile and drone attack": aerial weapons
            code = (
                _reject_code(analysis, tail)
                if event_type == "REJECT"
                and cameo == "120"
                and m.group(0)[:3].lower() in {"ref", "dec"}
                else finer_cameo(event_type, cameo, kind_text)
            )
            if (
                code == "070"
                and event_type == "AID"
                and (goods := _GOODS_BEFORE_RELATIVE.search(head[-120:])) is not None
                and staples_given_free(goods.group("what"), tail[:80])
            ):
                code = "073"  # "the shipments of wheat that Russia sent to Niger free of charge"
            args = event_args(
                event_type,
                code,
                _givers(doc, actors) if event_type == "AID" else actors,
                recipients,
            )
            if event_type in {"AID", "AGREE", "COOPERATE"}:
                args.update(
                    money_args(analysis, _own_clause(tail) if money_text is None else money_text)
                )
            # "suspended peace talks with Japan in March": the talks are the act's own object,
            # not another event a reaction is dated by
            reacting = event_type if cameo != "164" else ""
            when = (
                None
                if trigger.possessive or _OFFSET_BEFORE.search(head, max(0, len(head) - 80))
                else event_date(
                    analysis,
                    doc,
                    actors,
                    reacting,
                    m.start(),
                    reported=(event_type in _DEEDS or cameo in _ENVOY_CODES)
                    and not future
                    # ("said on Friday it would impose sanctions": announced that day, as "will")
                    and not (announced is not None and announced.group("v") == "would")
                    and not (
                        (event_type == "SANCTION" or cameo in _ENVOY_CODES)
                        and _OWN_ACT_TOLD.search(head, max(0, len(head) - 60))
                    ),
                )
            )
            if cameo == "1312":
                when = _told_on(analysis, doc)
            if (
                own_clause
                and (in_clause := _own_clause_date(analysis, m.start(), m.end())) is not None
            ):
                when = (
                    in_clause  # "the sanctions that X imposed on Y in 2019 were eased in October"
                )
            since = since_date(analysis)
            total = _TOTAL_SINCE.search(tail) if event_type == "AID" else None
            if total is not None and total.group("n") is not None:
                # "..., bringing total U.S. humanitarian assistance to $185 million": the total
                # is its own fact, of no date
                cumulative = {k: v for k, v in args.items() if k != "date"}
                cumulative.update(money_args(analysis, total.group("n")))
                if since is not None and "since" in total.group(0):
                    cumulative["startDate"] = [since]  # (the start is the total's)
                    since = None
                doc.add(FactClass.EVENT, cumulative, analysis, 0.7)
            elif total is not None and since is not None:
                # "announced $45 million ..., bringing the total to more than $390 million since
                # 2016": the new aid on the day, and the stated total since then, its own fact
                when = doc.meeting_date_of(actors)
                cumulative = {k: v for k, v in args.items() if k != "date"}
                cumulative.update(money_args(analysis, total.group("m")))
                cumulative["startDate"] = [since]
                doc.add(FactClass.EVENT, cumulative, analysis, 0.7)
                since = None
            if since is not None and event_type == "CONCEDE" and _SUSPENDED_SINCE.search(tail):
                since = None  # ("resume Syria's participation ..., suspended since November
                # 2011": the suspension's start, read by suspensions(); session 30)
            if when is not None and when != since:
                args["date"] = [when]
            if since is not None:
                args["startDate"] = [since]
            elif cameo == "0871" and starts_from(analysis, when):
                # "announced its decision to halt military operations from 30 March": the day
                # the truce takes effect from (session 29)
                args["startDate"] = args.pop("date")
            if event_type == "ASSAULT" and (hit := _HIT_TOWN.match(tail)) is not None:
                # "shelled the southern city of Kherson": where the attack struck
                town = analysis.mention(hit.group("p")).entity
                if town is not None:
                    args["place"] = [town]
            status = (
                Status.FUTURE
                if (future and event_type == "AGREE")
                or (announced is not None and announced.group("v") in {"would", "will"})
                else Status.ASSERTED
            )
            legs = _retreat_legs(analysis, m) if cameo == "0874" else []
            if len(legs) >= 2:
                # "pulled its soldiers out of Mali in August and out of Burkina Faso in February":
                # one withdrawal from each state, at its own date
                for states_left, left_when in legs:
                    one = event_args(event_type, cameo, actors, states_left, left_when)
                    doc.add(FactClass.EVENT, one, analysis, 0.75, status)
                continue
            items = (
                list(_AID_ITEM.finditer(text_before(_INCLUDING, _own_clause(tail))))
                if event_type == "AID"
                else []
            )
            if _each_suspended(m, tail, actors, args):
                # "ECOWAS suspended Mali and Burkina Faso after the coups there": one act on
                # each member it names (session 36b)
                for member in args["recipient"]:
                    one = dict(args)
                    one["recipient"] = [member]
                    doc.add(FactClass.EVENT, one, analysis, 0.75, status)
                continue
            if len(items) < 2:
                added = doc.add(FactClass.EVENT, args, analysis, 0.75, status)
                if own_clause:
                    doc.restated.append(added)  # (dropped if the article tells it elsewhere)
                _partners_act(analysis, doc, args, co_actors, status)
                continue
            # "$75 million in humanitarian assistance and $124 million in economic and security
            # assistance": one act of aid per sum, each of its own kind
            for item in items:
                one = dict(args)
                one.update(money_args(analysis, item.group(0)))
                one["cameoCode"] = [finer_cameo(event_type, cameo, item.group(0))]
                doc.add(FactClass.EVENT, one, analysis, 0.75, status)


def _each_suspended(
    m: re.Match[str], tail: str, actors: Sequence[Entity], args: Mapping[str, Sequence[object]]
) -> bool:
    """Whether the act is an organisation suspending two or more member states it names right
    after its verb (not "suspended them": the members named before, one act on all)."""
    return (
        m.group(0).lower().startswith("suspend")
        and str(args.get("cameoCode", [""])[0]) == "160"
        and not tail.startswith(" them")
        and len(args.get("recipient", ())) >= 2
        and all(e.kind is EntityKind.ORGANIZATION for e in actors)
        and all(isinstance(e, Entity) and e.kind is EntityKind.STATE for e in args["recipient"])
    )


# "the United States, in coordination with Australia, Canada and the United Kingdom, is
# imposing ...", "Japan, together with the EU and Norway, imposed ...": the subject and the
# parties it acts with, each of whom does the same (an aside right before the verb)
_ACTING_WITH = re.compile(
    rf"(?:^|[Tt]he\s+|,\s+|\s)(?P<s>{ACTORS}),\s+(?:in\s+(?:close\s+)?(?:coordination|concert)|"
    # ("together with its G7 partners")
    rf"together|along|jointly|alongside)\s+(?:with\s+)?(?:the\s+|its\s+|their\s+)?(?P<g>{ACTORS})"
    r"(?P<p>\s+(?:partners|allies|counterparts))?,\s+"
    r"(?:[a-z]+\s+){0,3}$"
)


# the city a project abroad is in ("the construction of a facility ... in Dakar")
_PROJECT_IN_CITY = re.compile(r"\sof\s+[^.;§]{0,80}?\s+in\s+(?:the\s+)?(?P<g>§C\d+§)")


def _capital_state(analysis: Analysis, doc: Doc, m: re.Match[str] | None) -> list[Entity]:
    """The state whose capital a matched city slot names."""
    if m is None:
        return []
    states = []
    for e in entities_of(analysis, m.group("g")):
        capital_of = doc.kb.capital_of(e.qid) if e.qid else None
        if capital_of is not None and capital_of.kind is EntityKind.STATE:
            states.append(entity_of(capital_of))
    return states


def _partners_act(
    analysis: Analysis,
    doc: Doc,
    args: dict[str, Sequence[Value]],
    partners: list[Entity],
    status: Status,
) -> None:
    """The same act by each party the actor acted with, at the same date, on the same
    recipients."""
    for partner in partners:
        recipients = [r for r in args.get("recipient", ()) if r != partner]
        one = dict(args)
        one["actor"] = [partner]
        if recipients:
            one["recipient"] = recipients
        else:
            one.pop("recipient", None)
        doc.add(FactClass.EVENT, one, analysis, 0.7, status)


def _is_org(entity: Entity) -> bool:
    return entity.kind is EntityKind.ORGANIZATION


# "... the land border with Haiti and sent additional troops to reinforce it": the border
# the troops reinforce, and the state across it
_BORDER_WITH_BEFORE = re.compile(r"\bborder\s+with\s+(?:the\s+)?(?P<g>§[SD]\d+§)\s+and\s+$")
# "Swiss airspace", "Finland's airspace": whose airspace it is
_AIRSPACE_OWNER = re.compile(r"(?P<g>§[SD]\d+§)(?:['’]s)?\s+$")
_FORMAT_NOUNS = ("format", "forum", "grouping")


def _format_partner(doc: Doc, noun: str) -> list[Entity]:
    """The state against which an earlier leaving of "the format" was (``noun``: "format"): the
    recipients of the article's last SANCTION 160 whose evidence names the same noun."""
    for fact in reversed(doc.facts):
        if (
            fact.cls is FactClass.EVENT
            and "160" in {str(v) for v in fact.get("cameoCode")}
            and any(noun in e.text for e in fact.evidence)
        ):
            return [v for v in fact.get("recipient") if isinstance(v, Entity)]
    return []


def _states_here(analysis: Analysis, end: int) -> list[Entity]:
    """The states the sentence names before ``end`` of its masked text, when two or more."""
    found = {
        e.key: e
        for slot in re.findall(r"§[SDG]\d+§", analysis.masked[:end])
        for e in analysis.mention(slot).entities
        if e.kind is EntityKind.STATE
    }
    return list(found.values()) if len(found) >= 2 else []


def _states_before(doc: Doc) -> list[Entity]:
    """The states the sentence before names, when it names two or more ("them")."""
    if doc.previous is None:
        return []
    found = {
        e.key: e
        for m in doc.previous.mentions
        if m.code is Code.STATE
        for e in m.entities
        if e.kind is EntityKind.STATE
    }
    return list(found.values()) if len(found) >= 2 else []


# the state troops left: "withdrew its troops from Mali", "pulled out of Afghanistan"
_LEFT_STATE = re.compile(
    r"(?:\s+of|(?:\s+[\w-]+){0,4}?\s+(?:out\s+of|from))\s+(?:the\s+)?"
    rf"(?P<g>{group_of('S')})(?![-–'’§])"
)
# "withdrew from Ethiopia's Tigray region": the state whose land is left (session 25)
_LEFT_LAND = re.compile(
    r"\s+from\s+(?:the\s+)?(?P<g>§S\d+§)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:region|province|territory|"
    r"border\s+areas?|areas?|towns?|villages?|soil)\b"
)
# "... out of Mali in August and out of Burkina Faso in February": the next state left
_NEXT_LEG = re.compile(r"\s+and\s+(?=out\s+of\s|from\s)")
_LEG_STATE = re.compile(r"\s*(?:out\s+of|from)\s+(?:the\s+)?(?P<g>§S\d+§)")


def _retreat_legs(
    analysis: Analysis, trigger: re.Match[str]
) -> list[tuple[list[Entity], TimeValue | None]]:
    """Each state a withdrawal told of several left, with the date of its own part of the
    sentence; nothing unless the parts can be matched with the text."""
    masked = analysis.masked
    if _NEXT_LEG.search(_own_clause(masked[trigger.end() :])) is None:
        return []
    begin = analysis.sentence.begin
    legs: list[tuple[list[Entity], TimeValue | None]] = []
    for start, stop, text_start, text_stop in analysis.clauses(_NEXT_LEG):
        if stop <= trigger.start():
            continue
        left = (
            _LEG_STATE.match(masked, start, stop)
            if legs
            else _LEFT_STATE.match(masked, trigger.end(), stop)
        )
        if left is None:
            return []
        dates = [
            d.value
            for d in analysis.dates
            if d.end_value is None and text_start <= d.begin - begin < text_stop
        ]
        legs.append((parties_named(analysis, left), dates[0] if len(dates) == 1 else None))
    return legs


_INTERVENTION_BY = re.compile(r"[^.;]{0,60}?\bby\s+(?:the\s+)?(?P<g>§[SDO]\d+§)")
_SUCH = re.compile(r"\s+that\s+any\s+such\b")
_INTERVENTION_IN = re.compile(
    r"\s+that\s+(?:any|an)\s+(?:[\w-]+\s+){0,2}?(?:intervention|invasion|attack)\s+(?:in|on|against)\s+"
    r"(?:the\s+)?(?P<g>§[SD]\d+§)"
)
_ANY_OWNED = re.compile(
    r"\s+that\s+any\s+(?:further\s+|new\s+|additional\s+)?(?:the\s+)?(?P<g>§[SD]\d+§)(?:['’]s?)?\s"
)


_INTER = re.compile(r"\binter-(?P<g>§S\d+§)")
_KOREAS = {"Q884": "Q423", "Q423": "Q884"}  # South Korea, North Korea


def _other_korea(analysis: Analysis, doc: Doc, text: str, actors: list[Entity]) -> list[Entity]:
    """The other Korea of an "inter-Korean" accord its actor sets aside (none for another
    actor or another "inter-" word)."""
    inter = _INTER.search(text)
    if inter is None or analysis.mention(inter.group("g")).text != "Korean":
        return []
    others = {_KOREAS.get(a.qid or "") for a in actors} - {None}
    if len(others) != 1:
        return []
    other = doc.kb.entity(others.pop() or "")
    return [entity_of(other)] if other is not None else []


def _warned_off(analysis: Analysis, doc: Doc, tail: str) -> list[Entity]:
    """Whom a warning that an intervention would be war is aimed at: the one it names ("any
    intervention by ECOWAS"), or for "any such intervention" those who threatened one in the
    sentence before ("ECOWAS has threatened to intervene militarily in Niger"); else nobody."""
    by = _INTERVENTION_BY.match(tail, tail.find(" any "))
    if by is not None:
        return parties_named(analysis, by)
    whose = _ANY_OWNED.match(tail)
    if whose is not None:
        return parties_named(analysis, whose)  # "any further Russian military aggression"
    where = _INTERVENTION_IN.match(tail)
    if where is not None:
        # "any military intervention in Niger" after "ECOWAS has threatened military
        # intervention in Niger": those who threatened force against it before (session 30)
        target = {e.key for e in parties_named(analysis, where)}
        for fact in reversed(doc.facts):
            if fact.one("cameoCode") == "138" and target & {
                e.key for e in fact.entities("recipient")
            }:
                return [e for e in fact.entities("actor") if e.key not in target]
        return []
    if not _SUCH.match(tail) or doc.previous is None:
        return []
    earlier = doc.previous.sentence.begin
    for fact in reversed(doc.facts):
        if fact.evidence[0].begin != earlier:
            break
        if fact.one("cameoCode") == "138":
            return list(fact.entities("actor"))
    return []


# the one who takes a hostile decision announcing it: "China said it would impose sanctions on
# Pelosi", "announced on Friday that it was halting talks with ...", "said they will suspend ..."
_ANNOUNCED = re.compile(
    r"\b(?:announced|announces|said|says|declared|declares|confirmed|confirms|stated)\s+"
    r"(?:on\s+[A-Z][a-z]+\s+|today\s+|yesterday\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\s+)?(?:that\s+)?(?:it|they)\s+(?P<v>would|will|was|were|is|are)\s+"
    r"(?:also\s+|now\s+|immediately\s+)?(?=[a-z])"
)


def _announced(trigger: Trigger, head: str, found: str) -> re.Match[str] | None:
    """The announcing frame right before a sanction its subject decides, or that the trigger's
    match opens with ("announced that it will impose sanctions"): "would"/"will" before a plain
    verb ("would impose"), "was"/"is" before one in -ing ("was halting"); not "said it was
    sanctioned" (the speaker sanctioned by another)."""
    if trigger.event_type != "SANCTION" or trigger.passive:
        return None
    text = head + found
    at = len(head)
    for frame in _ANNOUNCED.finditer(text, max(0, at - 80), len(text)):
        if frame.end() != at and frame.start() != at:
            continue
        verb = text[frame.end() :].split(None, 1)[0].lower()
        if frame.group("v") in {"would", "will"}:
            return None if verb.endswith(("ed", "ing")) else frame
        return frame if verb.endswith("ing") else None
    return None


# "..., a day after Latvia ordered ...": an act some time before (or after) the one the
# sentence dates
# the permanent members of the UN Security Council: China, France, Russia, the United Kingdom,
# the United States
_PERMANENT_MEMBERS = frozenset({"Q148", "Q142", "Q159", "Q145", "Q30"})
_TO_PARTY = re.compile(r"\bto\s+(?:the\s+)?(?P<g>§[SD]\d+§)")
# a sanction's object a pronoun: "imposed a boycott on it", "closing its borders with them"
_ON_THEM = re.compile(r"\s+(?:on|against|with)\s+(?:it|them)\b(?!\s+(?:to|and)\b)")


def _earlier_sanction(analysis: Analysis, doc: Doc, actors: Sequence[Entity]) -> Fact | None:
    """The last sanction with a recipient this sentence gave so far, by the same actors."""
    begin = analysis.sentence.begin
    keys = {a.key for a in actors}
    for fact in reversed(doc.facts):
        if not fact.evidence or fact.evidence[0].begin != begin:
            break
        if (
            fact.get("eventType") == (Concept("SANCTION"),)
            and fact.entities("recipient")
            and {a.key for a in fact.entities("actor")} == keys
        ):
            return fact
    return None


_SANCTIONS_NAMED = re.compile(
    r"\b(?:sanctions|tariffs|duties|restrictions|embargo|export\s+controls)\s+(?:on|against)\s+"
    r"(?:the\s+)?(?P<g>§[SD]\d+§)[^;]*$"
)
# the partner of joint drills: "with Turkish troops", "in the Mediterranean with the Russian Navy"
# the partner of a joint inauguration named after its object (session 28)
_JOINTLY_WITH = re.compile(
    r"^[^.;,]{0,80}?\s+with\s+(?:his\s+|her\s+|its\s+|their\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:the\s+)?(?P<g>§[SPO]\d+§)"
)
_JOINT_WITH = re.compile(
    r"^(?:\s+(?:in|off|near|along)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:§[CLS]\d+§|[\w-]+))?\s+with\s+"
    r"(?:the\s+)?(?P<g>§[SO]\d+§(?:\s+and\s+(?:the\s+)?§[SO]\d+§)?)"
)
_OFFSET_BEFORE = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|hours?)\s+"
    r"(?:after|before)\s+[^,;]{0,40}$"
)


# ", and Japan will provide ...": another subject's clause
_OTHER_CLAUSE = re.compile(
    r";|,\s+(?:and|while|whereas|but)\s+(?=(?:the\s+)?§[SDOPG]\d+§\s+(?:also\s+)?(?:will|would|has|have|"
    r"had|is|are|was|were|[a-z]+ed|[a-z]+s)\b)"
)


def _own_clause(tail: str) -> str:
    """The text after a trigger up to where another subject's clause begins."""
    m = _OTHER_CLAUSE.search(tail)
    return tail[: m.start()] if m else tail


_TOTAL_SINCE = re.compile(
    r"\b(?:bringing|brings|raising|to\s+bring)\s+(?:the|its|our|their)\s+(?:\w+\s+){0,2}?total\s+"
    r"(?:\w+\s+){0,4}?(?P<m>§M\d+§)[^.;]{0,60}?\bsince\b|"
    # "bringing total U.S. humanitarian assistance to $185 million": a total of no stated start
    r"\b(?:bringing|raising)\s+(?:the\s+)?(?:total|overall|cumulative)\s+(?:[\w-]+\s+|§[SD]\d+§\s+){0,4}?"
    # ("... to Sudan to $1.1 billion")
    # ("... to Haiti since 2021 to more than $150 million")
    r"(?:assistance|aid|funding|support)\s+(?:(?:to|for)\s+(?:the\s+)?§[SD]\d+§\s+|\w+\s+|"
    r"§T\d+§\s+){0,5}?to\s+(?P<n>§M\d+§)"
)


ONE_SLOT = re.compile(r"§[SDOPG]\d+§")
_AERIAL = re.compile(r"\b(?:missile|drone|air|aerial|rocket)s?\b", re.IGNORECASE)
# a closing speaker of the clause before, then a phrase: ", Russian officials said, in the
# latest of a string of"
_SPEAKER_BEFORE = re.compile(
    r"§(?:['’]s)?(?:\s+[a-z]+){0,3}\s+(?:said|says|claimed|claims|reported|added)"
    r"(?:\s+on\s+[A-Z][a-z]+)?,\s+(?:in|as|amid)\s+[^§;,]*$"
)
# where an attack is aimed: the first place or party after "on", "at", "in" ... (no name of
# another party before it: "struck Houthi targets in Yemen" is not an attack on Yemen)
_ASSAULT_AT = re.compile(
    r"^[^;A-Z]{0,80}?(?:\b(?:on|against|at|targeting|in|inside|into|across|throughout)|"
    r"\b(?:city|town|village|region|"
    r"province|district|port|oblast)\s+of|\b(?:near|around|outside))\s+(?:the\s+)?"
    r"(?:[a-z][\w'’-]*\s+){0,3}?(?P<g>§[SDC]\d+§)(?![-–])"
)


# those sanctioned, counted, of a state: "sanctioned more than 500 Russian individuals"
_SANCTIONED_COUNTED = re.compile(
    r"\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|up\s+to|another|a\s+further|"
    r"additional|dozens\s+of|hundreds\s+of|scores\s+of|[\d,]+|two|three|four|five|six|seven|eight|"
    r"nine|ten|several)\s+){1,4}(?P<g>§[SD]\d+§)(?![-–'’§])"
)
# where a measure's reason begins: "over arms sales to Taiwan", "in response to ..."
_REASON_START = re.compile(
    r"\s(?:over|because|amid|for\s+(?:its|their|his|her|the)|in\s+(?:response|retaliation)\s+(?:to|for))\s"
)
_JOINT_WORD = re.compile(r"\b(?:joint|combined)\b", re.IGNORECASE)
_EXERCISE_NAMED = re.compile(r"\s(?:the|their)\s+(?:[a-z\d'’-]+\s+){0,4}?[A-Z]")
# "extradited a former minister to Ghana": the state he is handed to
_EXTRADITED_TO = re.compile(r"[^.;]{0,80}?\bto\s+(?:the\s+)?(?P<g>§S\d+§)(?!['’])")
# "to the UN mission in South Sudan": the state a mission serves
_MISSION_IN = re.compile(
    r"[^.;§]{0,40}?\s+to\s+(?:the\s+|a\s+)?(?:§O\d+§\s+|UN\s+|United\s+Nations\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[Mm]ission|[Ff]orce|[Oo]peration)\s+in\s+(?:the\s+)?(?P<g>§S\d+§)"
)
_BORDER_NAMED = re.compile(r"\s+(?:border|frontier)(?![\w-])")


# the city an attack's verb has for its object: "struck Odesa with cruise missiles", "attacked
# the port of Odesa" (the city's state; not "struck Kyiv's power grid", whose owner is named)
_CITY_HIT = re.compile(rf"\s+(?:the\s+)?{CITY_OF}?(?P<g>§C\d+§)(?![-–'’])")


# "carried out air and artillery strikes on camps of the ADF rebel group": the group whose sites
# are struck (an armed group the KB lacks, told by its kind, is an organisation mention)
_GROUP_SITES = re.compile(
    r"^\s+(?:on|against|targeting)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:camps|positions|"
    r"bases|hideouts|headquarters|strongholds|targets|facilities|training\s+camps)\s+of\s+"
    r"(?:the\s+)?(?P<g>§O\d+§)(?![\w'’§-])|"
    # "bombed more than a dozen sites used by Yemen's Houthi rebels": the group whose sites they
    # are, told by a participle (session 37)
    r"^\s+(?:(?:more\s+than|over|nearly|about|some|at\s+least|dozens\s+of|scores\s+of|"
    r"a\s+dozen|an?|the|[\d,]+|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"multiple)\s+)*(?:[a-z][\w-]*\s+)?(?:sites|targets|positions|bases|facilities|camps|"
    r"depots|hideouts)\s+(?:used|run|held|controlled|operated)\s+by\s+(?:§S\d+§['’]s\s+)?"
    r"(?:the\s+)?(?:(?:armed|militant|rebel)\s+(?:group|movement)\s+)?(?P<g2>§O\d+§)(?![\w'’§-])"
)


def _group_sites_hit(analysis: Analysis, tail: str) -> list[Entity]:
    """The organisation whose sites an attack is aimed at (see _GROUP_SITES)."""
    m = _GROUP_SITES.match(tail)
    if m is None:
        return []
    group = m.group("g") or m.group("g2")
    return [e for e in entities_of(analysis, group) if e.kind is EntityKind.ORGANIZATION]


def _assault_target(analysis: Analysis, doc: Doc, tail: str) -> list[Entity]:
    """The state an attack is aimed at, named after the trigger in its clause: a state, a
    demonym ("Ukraine's energy grid", "Russian energy facilities"), or a city's state."""
    clause = text_before(_ASSAULT_END, tail)
    m = _CITY_HIT.match(clause) or _ASSAULT_AT.match(clause)
    if m is None:
        return []
    if _BORDER_NAMED.match(clause, m.end()):
        return []  # "bombed a village near the Thai border": a border is two states' (whose
        # side was hit is not told; session 25)
    mention = analysis.mention(m.group("g"))
    if mention.code is Code.CITY:
        city = doc.kb.entity(mention.entity.qid) if mention.entity and mention.entity.qid else None
        state = doc.kb.entity(city.country) if city is not None and city.country else None
        return [entity_of(state)] if state is not None and state.kind is EntityKind.STATE else []
    return [e for e in mention.entities if e.kind is EntityKind.STATE]


# "the release of the citizens detained in ...": the detention is the held ones', not an act of
# the one asking (session 20)
_RELEASE_OF_BEFORE = re.compile(r"\brelease\s+of\b[^.;]*$")
_ASSAULT_END = re.compile(r";|,\s+(?:and|but|while|killing|injuring|wounding|leaving|which)\b")
# "the release of the Japanese nationals detained in China": the state that holds them
# a state right after a verb (not "Russian diplomats", "Russia's envoys")
_STATE_OBJECT = re.compile(
    r"\s+(?:the\s+)?§S\d+§(?![\w'’§-])(?!\s+(?:diplomats|nationals|citizens)\b)"
)
_RELEASE_OF = re.compile(
    r"\s+(?:for\s+)?(?:the\s+)?(?:(?:early|immediate|swift|prompt|unconditional|safe)\s+(?:and\s+)?){0,2}"
    # ("the release of Australian citizens detained in China": the demonym's people masked as
    # their state, asked nothing; session 35)
    r"release\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<g>§[PD]\d+§|§S\d+§(?!['’]))"
)
# what is to be investigated, in the state named: "an investigation into the killings in Mali"
# (not "into Russia's role in Mali": whose role, a party of its own; not "by the UN")
_PROBE_IN = re.compile(
    r"\s+(?:for\s+)?(?:an?|the)\s+(?:[\w,-]+\s+){0,4}?(?:investigation|inquiry|probe)\s+into\s+"
    r"(?:the\s+|these\s+|this\s+|recent\s+|alleged\s+|reported\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:killings?|deaths?|massacres?|attacks?|abuses|violence|incidents?|crackdown|shootings?|"
    r"executions|disappearances?|atrocities|crimes|bombings?|explosions?|strikes?|clashes)"
    r"\s+(?:[^.;§]{0,40}?\s+)?in\s+(?:the\s+)?(?P<g>§S\d+§)(?!['’])"
)
_HELD_IN = re.compile(
    # ("pressed for the release of ...")
    r"\s+(?:for\s+)?(?:the\s+)?(?:(?:early|immediate|swift|prompt|unconditional)\s+)?release\s+of\s+"
    r"[^.;:]{0,60}?\b(?:held|detained|imprisoned|jailed|arrested)\s+(?:in|by)\s+(?:the\s+)?"
    r"(?P<g>§S\d+§)"
)
# the envoy after a recall or an expulsion, masked as a person with his title
_ENVOY_SLOT = re.compile(r"\s+(?:its\s+|their\s+|the\s+)?(?P<p>§P\d+§)")
# "Ambassador to the Lebanese Republic, N" (the state he was sent to), "Ambassador of the
# Lebanese Republic" (the state that sent him)
_ENVOY_TITLED = re.compile(
    r"^(?:the\s+)?(?:Ambassador|Envoy|Charg[ée]\s+d['’]Affaires)\s+(?:to|of|in)\s+(?:the\s+)?"
    r"(?P<s>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}?)(?=,|\s+to\b|$)",
    re.IGNORECASE,
)


def _envoy_state(doc: Doc, title: str) -> list[Entity]:
    """The state an envoy's title names ("Ambassador to the Lebanese Republic": Lebanon)."""
    m = _ENVOY_TITLED.match(title)
    if m is None:
        return []
    state = doc.kb.resolve(m.group("s"), (EntityKind.STATE,))
    return [entity_of(state)] if state is not None else []


def _envoy_home(analysis: Analysis, doc: Doc, slot: str) -> list[Entity]:
    """The state whose ambassador (or chargé d'affaires) the person at ``slot`` is, by his
    title ("German ambassador N": Germany; session 27); none for anyone else."""
    for person in entities_of(analysis, slot):
        office = doc.finder.ctx.office_of(person)
        if (
            office is not None
            and office.role == "Ambassador"
            and office.jurisdiction is not None
            and office.jurisdiction.kind is EntityKind.STATE
        ):
            return [office.jurisdiction]
    return []


_LEFT_CAPITAL = re.compile(
    # ("recalled its envoy Tamm from Moscow": the one named before the capital)
    r"(?:(?:\s+(?:(?:its|their)\s+(?:envoy|ambassador)\s+)?(?:§P\d+§|"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))?"
    r"\s+(?:for\s+consultations\s+)?(?:from|in)|"
    # "recalled its ambassador to Paris": the capital he is posted to (session 27)
    r"\s+to)\s+(?P<c>§C\d+§)"
)
# what a refusal to let a party act is about when it is military cooperation (CAMEO 1212)
_MILITARY_USE = re.compile(
    r"\b(?:troops|forces|military|army|soldiers|warships|warplanes|bombers|jets|bases?|"
    r"territory|airspace|soil)\b",
    re.IGNORECASE,
)
_BORDER_WITH = re.compile(
    r"\s+(?:near|along|on|at|close\s+to)\s+(?:the\s+|its\s+|their\s+)?(?:border|frontier)\s+with\s+"
    r"(?:the\s+)?(?P<g>§S\d+§)"
)
# "drills in the Taiwan Strait and to the north, south and east of Taiwan": the state the
# drills announced surround (session 37)
_DRILLS_AT = re.compile(
    r"(?:[^.;§]|§L\d+§){0,80}?\b(?:near|around|off|of|surrounding|encircling)\s+(?:the\s+)?"
    r"(?:coast\s+of\s+)?(?P<g>§S\d+§)"
)
# a build-up told by its noun, and the state whose it is, right before it ("a large Serbian
# military deployment", "Russia's troop build-up"; session 37)
_BUILDUP_NOUN = re.compile(
    r"(?i:(?:(?:military|troop|army|force)\s+)?(?:deployments?|build-?ups?|buildups?|"
    r"concentrations?))"
)
_BUILDUP_OWNER = re.compile(
    r"(?P<g>§[SD]\d+§)(?:['’]s?)?\s+(?:(?:large|massive|major|huge|new|"
    r"growing|unprecedented|continuing|ongoing)\s+)?$"
)
# "fired missiles into waters near Taiwan": the state whose waters (session 37)
_WATERS_NEAR = re.compile(
    r"\s+(?:into|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:sea|waters)\s+(?:near|off|around|surrounding|"
    r"close\s+to)\s+(?:the\s+)?(?:coast\s+of\s+)?(?P<g>§S\d+§)"
)
# "put its army on high alert amid rising tensions with India", "have been placed on the highest
# level of combat readiness amid tensions with neighbouring Azerbaijan": the state a mobilisation
# is against, in the clause after it (session 32)
_TENSIONS_WITH = re.compile(
    r"[^.;:§]{0,80}?\bamid\s+(?:(?:the|rising|growing|heightened|escalating|mounting|renewed|"
    r"increased|high|fresh|new|border)\s+){0,2}tensions?\s+with\s+(?:its\s+)?(?:neighbou?ring\s+)?"
    r"(?:the\s+)?(?P<g>§S\d+§)(?![-–'’§])(?!\s+(?:and|or)\s)"
)
# "demanded the withdrawal of some 1,500 French troops", "called for the immediate departure of
# Russian forces": the party whose troops are to leave
_WITHDRAWAL_OF = re.compile(
    r"\s+(?:for\s+)?(?:the\s+|an?\s+)?(?:(?:immediate|complete|full|total|unconditional|swift)\s+)?"
    r"(?:withdrawal|departure|pull-?out)\s+of\s+(?:the\s+|all\s+|its\s+)?(?:(?:some|about|around|"
    r"nearly|almost|approximately|roughly|over|more\s+than)\s+)?(?:[\d,]+\s+)?(?:remaining\s+)?"
    r"(?P<g>§[SD]\d+§)"
)
# "urged Russia to withdraw its troops", "demanded that France withdraw its forces"
_TO_WITHDRAW = re.compile(
    rf"\s+(?:that\s+)?(?:the\s+)?§[SDOPG]\d+§\s+{ASKED_WHEN}(?:to\s+)?(?:immediately\s+|fully\s+|completely\s+)?"
    r"(?:withdraw|pull\s+out)\s+(?:all\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:troops|"
    r"forces|soldiers|military|contingent)\b"
)
# "asked him to ...", "urged her on Monday to ...": a person the clause named before
_ASKED_PRONOUN = re.compile(rf"\s+(?:him|her)\s+{ASKED_WHEN}to\s")
# the one the subject met or spoke with before asking: "in a phone call with President Y, asked
# him to", "met Foreign Minister Y in Rome and urged him to"
_TALKS_WITH = re.compile(
    r"\b(?:(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks|meeting|discussions?)\s+"
    r"with|spoke\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)|met(?:\s+with)?)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,5}?(?P<g>§P\d+§)"
)


# a party's slot (not a place's: "a return to the dialogue with Pristina" names no one asked)
# (nor one in a compound: "the EU-facilitated dialogue"; the first thing demanded only: "urged
# immediate de-escalation and a return to the dialogue with Pristina")
_FIRST_CONJUNCT_END = re.compile(r"\s+and\s|[,;]")
_ANY_PARTY_SLOT = re.compile(r"§[SDOPG]\d+§(?!-)")
# the talks a demand is the next verb of: "spoke by telephone with President Y on Friday and"
_TALKS_THEN = re.compile(
    r"\b(?:spoke|talked|met|held\s+(?:(?:tele)?phone\s+)?talks|had\s+a\s+(?:(?:tele)?phone\s+)?"
    r"(?:call|conversation))\b[^;:§]{0,60}§P\d+§[^;:§]{0,60}?,?\s+and\s+(?:also\s+)?$"
)
# "told the Turkish President that the fighting must stop, and he demanded": the one told, when
# the demand is the teller's next clause
_TOLD_THEN = re.compile(
    r"(?P<a>§P\d+§)\s+(?:also\s+)?told\s+(?:the\s+|his\s+|her\s+)?(?P<g>§P\d+§)\s+(?:on\s+[A-Z][a-z]+\s+)?that\s+"
    # ("he" resolved to the teller is its slot: see mentions.MentionFinder._pronoun)
    r"(?:(?!§P)[^;:\"“”])*?,?\s+and\s+(?:he|she|(?P<pro>§P\d+§))\s+(?:also\s+|then\s+)?$"
)


def _told_then_demanded(analysis: Analysis, head: str, actors: list[Entity]) -> list[Entity]:
    """The person a demand is made on when the clause before told them something."""
    told = _TOLD_THEN.search(head, max(0, len(head) - 300))
    if told is None:
        return []
    if told.group("pro") and {e.key for e in entities_of(analysis, told.group("pro"))} != {
        e.key for e in entities_of(analysis, told.group("a"))
    }:
        return []  # (the pronoun is someone else than the teller)
    own = {a.key for a in actors}
    partner = [e for e in entities_of(analysis, told.group("g")) if e.kind is EntityKind.PERSON]
    return [] if not partner or any(p.key in own for p in partner) else partner


def _talks_partner(analysis: Analysis, head: str, actors: list[Entity]) -> list[Entity]:
    """The one person a request's "him" or "her" is: the other party of the talks the clause
    told before it, when exactly one is named (none when the actor is that person)."""
    if "§P" not in head:
        return []
    found = [m.group("g") for m in _TALKS_WITH.finditer(head, max(0, len(head) - 200))]
    if len(found) != 1 or re.search(r"§P\d+§", head[head.rindex(found[0]) + len(found[0]) :]):
        return []
    own = {a.key for a in actors}
    partner = [e for e in entities_of(analysis, found[0]) if e.kind is EntityKind.PERSON]
    return [] if not partner or any(p.key in own for p in partner) else partner


_ASKED_FROM = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:§M\d+§\s+)?(?:[\w$.-]+\s+){0,3}?(?:explanation|explanations|clarification|"
    r"apology|compensation|guarantees?|assurances?|"
    # "Sri Lanka requested a loan from India", "sought air defence systems from Germany"
    # (session 24)
    r"loans?|aid|assistance|help|support|weapons|arms|ammunition|funding|financing|credits?|"
    r"grants?|systems|missiles|troops|vaccines|relief|restructuring|rescheduling|investments?|"
    r"equipment|vessels|ships|boats|aircraft|jets|tanks|"
    # "requested the extradition of the suspect from Uganda" (session 26)
    r"(?:extradition|repatriation|handover|return)\s+of\s+(?:[\w'’-]+\s+){1,4}?)\s*from\s+(?:the\s+)?"
    r"(?P<g>§[SDOPC]\d+§)"
)
# "all political leaders in Georgia", "the political leadership of Armenia", "all parties to
# the conflict in Sudan" (not "all parties to refrain from violence in Georgia": no one named)
# whose conduct a call for restraint is about: "in China's military activity", "by Israel",
# "from Moscow", "on the part of Azerbaijan"
_RESTRAINED = re.compile(
    r"\s+(?:in\s+(?:the\s+)?(?=§[SDO]\d+§['’]s?\s)|(?:by|from|on\s+the\s+part\s+of)\s+"
    r"(?:the\s+)?)(?P<g>§[SDOP]\d+§(?:\s+and\s+(?:the\s+)?§[SDOP]\d+§)?)"
)
_LEADERS_IN = re.compile(
    r"\s+(?:all\s+|the\s+)?(?:[a-z-]+\s+){0,2}?(?:leaders|leadership|authorities|government|"
    r"officials|politicians|parties|sides|actors|forces|stakeholders)\s+"
    r"(?:to\s+the\s+(?:conflict|war|fighting|crisis)\s+)?(?:in|of)\s+(?:the\s+)?"
    rf"(?:(?P<g>{group_of('S')})|(?P<c>§C\d+§))(?![-–]|['’])\s+to\b"
)
_BOTH_SIDES = re.compile(
    r"\s+(?:both\s+sides|the\s+two\s+sides|both\s+parties|the\s+(?:warring\s+)?parties|"
    r"§G\d+§)\s+to\b"
)
_HOSTILE = frozenset({"ACCUSE", "ASSAULT", "THREATEN", "COERCE"})


def _adversaries(doc: Doc) -> list[Entity]:
    """The two states of the article's latest hostile act (an attack, an accusation) between
    two states; nothing when it reports none."""
    for fact in reversed(doc.facts):
        if fact.cls is not FactClass.EVENT or str(fact.get("eventType")[0]) not in _HOSTILE:
            continue
        sides = [side_of(doc, e) for e in fact.entities("actor") + fact.entities("recipient")]
        states = list({e.key: e for e in sides if e is not None}.values())
        if len(states) == 2 and all(e.kind is EntityKind.STATE for e in states):
            return states
    return []


def _sides_addressed(doc: Doc, actors: list[Entity], pair: list[Entity]) -> list[Entity]:
    """Whom an appeal to "both sides" reaches when the article reports no conflict: the pair
    the phrase stands for, but not the two who met when the one appealing is neither of them
    ("Lula met Pope Francis. Guterres called on both sides to show restraint": the sides of
    some conflict the article does not name, not the two who met)."""
    keys = {e.key for e in pair}
    if not keys:
        return pair
    own = {a.key for a in actors} | {s.key for a in actors if (s := side_of(doc, a)) is not None}
    sides = {s.key for e in pair if (s := side_of(doc, e)) is not None}
    if own & (keys | sides):
        return pair  # one of the two appeals to the other
    met_only = False
    for fact in doc.facts:
        if fact.cls is FactClass.MEETING:
            met = fact.entities("participant")
            met_sides = {e.key for e in met} | {
                s.key for e in met if (s := side_of(doc, e)) is not None
            }
            met_only = met_only or keys <= met_sides
        elif fact.cls is FactClass.EVENT and str(fact.get("eventType")[0]) in _HOSTILE:
            # "Zhao Lijian accused Indian troops of crossing the border. ... Senior officers from
            # both sides met ...": the two who met are in a conflict the article reports
            named = fact.entities("actor") + fact.entities("recipient")
            named_sides = {e.key for e in named} | {
                s.key for e in named if (s := side_of(doc, e)) is not None
            }
            if named_sides & (keys | sides):
                return pair
    return [] if met_only else pair


def _givers(doc: Doc, actors: list[Entity]) -> list[Entity]:
    """Who gives aid: the state an official announcing it acts for ("Secretary Blinken
    announced $100 million in humanitarian assistance": the United States)."""
    givers: dict[str, Entity] = {}
    for actor in actors:
        side = side_of(doc, actor) if actor.kind is EntityKind.PERSON else None
        giver = side if side is not None and side.kind is EntityKind.STATE else actor
        givers.setdefault(giver.key, giver)
    return list(givers.values())


def _other_side(doc: Doc, actors: list[Entity]) -> list[Entity]:
    """The other state of the two whose meeting the article reports."""
    states = meeting_states(doc)
    own = {s.key for a in actors if (s := side_of(doc, a)) is not None}
    if not own or not own < {e.key for e in states}:
        return []
    return [e for e in states if e.key not in own]


# the armed forces' carrier of relief goods: its "military" is not the kind of the aid
_MILITARY_CARRIER = re.compile(
    r"\b(?:air\s+force\s+|military\s+)(?:transport|cargo)\s+(?:planes?|aircraft|flights?|ships?)\b"
)


# a party asked to send its forces to protect ("asked the United States and the United Nations to
# send troops", "requested Nigeria to deploy peacekeepers"): an appeal for military protection
_ASKED_TROOPS = re.compile(
    r"\s+(?:the\s+)?§[SDO]\d+§(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?§[SDO]\d+§)*\s+"
    rf"{ASKED_WHEN}to\s+(?:urgently\s+)?(?:send|deploy|dispatch|provide)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:troops|soldiers|peacekeep(?:ers|ing\s+(?:troops|forces|mission))|forces|"
    r"military\s+(?:protection|personnel|assistance)|security\s+forces)\b"
)


# aid whose first item is troops: forces lent, with what they bring (074)
_TROOPS_FIRST = re.compile(
    r"\s*(?:(?:[\d,]+|hundreds\s+of|thousands\s+of|several\s+hundred)\s+)?(?:troops|soldiers),?\s+"
    r"(?:and\s+)?(?:[\w-]+\s+){0,3}?(?:advisers|advisors|instructors|trainers|weapons|arms|drones|"
    r"equipment|helicopters|aircraft|vehicles)\b"
)


# a demand to de-escalate a military engagement (CAMEO 1056)
_DE_ESCALATION = re.compile(
    # ("demanded that Israel halt attacks", "urged that Russia should stop its strikes": the one
    # asked named in a "that" clause; session 43, request)
    r"^\s*(?:(?:that\s+)?(?:the\s+)?§[SDOP]\d+§(?:\s+and\s+(?:the\s+)?§[SDOP]\d+§)?\s+"
    r"(?:to\b|(?=(?:(?:should|must|immediately)\s+){0,2}(?:stop|halt|cease|end|refrain)\b)))?"
    r"[^.;:§]{0,80}?\b(?:de-?escalat\w*|refrain\s+from\s+(?:any\s+)?(?:further\s+)?"
    r"(?:escalation|military\s+action)|(?:stop|halt|cease|end)\s+(?:the\s+|its\s+|their\s+|all\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,2}?(?:fighting|hostilities|attacks|strikes|shelling|bombing|"
    r"bombardment|offensive|intimidation|incursions)\b|halt\s+to\s+(?:the\s+)?"
    r"(?:fighting|hostilities|attacks|strikes|shelling|bombing|offensive))",
    re.IGNORECASE,
)
# a demand for information: an explanation, a clarification, an account
_INFORMATION_ASKED = re.compile(
    r"^[^.;:]{0,40}?\b(?:explain|explanations?|clarify|clarifications?|information|"
    r"(?:full\s+)?accounting)\b",
    re.IGNORECASE,
)


# the goods a relative clause's verb gave, named before it: "the shipments of wheat that Russia
# sent" (session 41c)
_GOODS_BEFORE_RELATIVE = re.compile(
    r"\bof\s+(?P<what>[^.;§]{1,80}?)\s+(?:that|which)\s+(?:the\s+)?§[SDO]\d+§\s+"
    r"(?:has\s+|had\s+|have\s+)?$"
)


def staples_given_free(goods: str, told: str) -> bool:
    """Whether the goods name a food staple and what is told of them a gift ("free of charge")."""
    return _STAPLES.search(goods) is not None and _GIVEN_FREE.search(told) is not None


def finer_cameo(event_type: str, cameo: str, tail: str) -> str:
    if event_type == "AID" and cameo == "070":
        # the kind words of the aid itself: up to its noun ("military aid to help the economy")
        noun = _AID_NOUN.search(tail, 0, 160)
        scope = tail[: noun.end()] if noun else tail[:160]
        if "military" in scope:
            # "military transport planes loaded with drinking water": the carrier, not the aid
            scope = _MILITARY_CARRIER.sub("", scope)
        if _TROOPS_FIRST.match(tail):
            return "074"  # "sent troops, military advisers and drones to Mali" (session 27)
        kinds = [code for regex, code in _AID_KIND if regex.search(scope)]
        if len(kinds) == 1:
            return kinds[0]
        if kinds:
            return cameo  # "economic and security assistance": aid of no one kind
        if staples_given_free(tail[:160], tail[:240]):
            return "073"  # "delivered wheat and fertilisers to Niger free of charge" (session 41c)
    if event_type == "REQUEST":
        if _RELEASE.search(tail[:100]):
            return "1053"
        if _WITHDRAWAL_OF.match(tail) or _TO_WITHDRAW.match(tail):
            return "106"
        if _DE_ESCALATION.match(tail):
            return "1056"  # "urged immediate de-escalation", "called on Iran to refrain from any
            # further escalation", "urged Beijing to stop its military intimidation" (session 37)
        asked_for = demand_code(tail)
        if asked_for is not None:
            return asked_for  # restraint (1056), eased sanctions or tariffs (1054), frozen
            # assets (1053): see demands.py (session 39b)
        if _INFORMATION_ASKED.match(tail):
            return "101"  # "demanded an explanation from", "asked Fiji to explain", "asking
            # for information about" (session 29, notes)
        if "to" in tail and _ASKED_TROOPS.match(tail):
            return "1034"  # "asked the UN to send peacekeepers": military protection
        asked = _ASKED_FOR.match(tail)
        if asked is not None:
            # "asked Turkey to help ...", "requested Romania's assistance": aid (103); "urged
            # Japan to support the resolution": policy support (102)
            return "102" if asked.group("policy") else "103"
    return cameo


_INSPECTED = re.compile(r"\b(?:inspect(?:ors?|ions?)?|monitors|observers)\b", re.IGNORECASE)


def _reject_code(analysis: Analysis, tail: str) -> str:
    """A refusal to let a party act: 1212 when it is troops or the use of territory, bases or
    airspace ("refused to allow American troops to use its territory"), 125 when it is
    inspections or monitors, else 120."""
    clause = text_before(_OBJECT_END, tail)[:120]
    if _MILITARY_USE.search(clause):
        return "1212"
    if _INSPECTED.search(clause):
        return "125"  # "refused to allow U.S. inspectors to carry out inspections"
    slot = ONE_SLOT.search(clause)
    if slot is not None and _MILITARY_USE.search(analysis.mention(slot.group(0)).text):
        return "1212"  # "§S1§" for "American troops"
    return "120"


# "decided to resume Syria's participation in the meetings of the League, suspended since
# November 2011": the suspension ended, told with its start (SANCTION 160 from then; the
# CONCEDE is a trigger's; session 30)
_SUSPENDED_SINCE = re.compile(
    r",\s+(?:which\s+(?:had|has)\s+been\s+|which\s+was\s+)?suspended\s+since\b"
)
# the state a standby force is readied against: "to restore constitutional order in Niger",
# "... imposed sanctions on Niger on July 30 and ordered the activation of ..." (session 30)
_STANDBY_FOR = re.compile(
    r"[^.;§]{0,40}?\b(?:order|rule|democracy|stability|peace|security)\s+in\s+(?:the\s+)?"
    r"(?P<g>§[SD]\d+§)"
)
_STANDBY_AFTER_SANCTIONS = re.compile(
    r"\b(?:sanctions|measures)\s+(?:on|against)\s+(?:the\s+)?(?P<g>§[SD]\d+§)[^;§]{0,50}?"
    r"\band\s+(?:then\s+|later\s+|also\s+)?$"
)
_BARE_JUNTA = re.compile(r"\s*the\s+(?:military\s+)?junta\b(?!['’])")


# "There were exchanges of fire between Kyrgyz and Tajik border guards", "an exchange of gunfire
# between Pakistani and Afghan forces": both sides act (ASSAULT 190, as "exchanged fire";
# session 29)
_FIRE_BETWEEN = re.compile(
    r"\b(?:exchanges?|trading)\s+of\s+(?:heavy\s+|gun\s*|small-arms\s+|artillery\s+|mortar\s+)?"
    r"(?:fire|gunfire)\s+between\s+(?:the\s+)?"
    rf"(?P<a>§[SDOG]\d+§)(?:['’]s)?(?:\s+(?:{_FORCES}|{_GROUP_MEN}))?\s+and\s+(?:the\s+)?"
    rf"(?P<b>§[SDOG]\d+§)(?![\w§-])"
)
# what makes an exchange of fire no act told: one to prevent or avoid, a risk, a plan
_FIRE_NOT_TOLD = re.compile(
    r"\b(?:prevent|avoid|avert|risk|fears?|feared|possible|potential|further|new|renewed|"
    r"more|any|no|without|stop|halt|end)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "Erdogan spoke with Aliyev, offering Turkey's mediation between Armenia and Azerbaijan": the
# state whose mediation is offered offers it to the two sides (AGREE 039; session 29)
_STATE_MEDIATION_OFFERED = re.compile(
    r"\b(?:offering|offered|offers|proposing|proposed|proposes)\s+(?P<x>§S\d+§)['’]s?\s+"
    r"(?:good\s+offices|mediation(?:\s+services)?)\s+(?:between|to)\s+(?:the\s+)?"
    r"(?P<a>§[SDOG]\d+§)(?![\w§-])\s+and\s+(?:the\s+)?(?P<b>§[SDOG]\d+§)(?![\w§-])"
)


def mediation_offered(analysis: Analysis, doc: Doc) -> None:
    """AGREE (039) of a state whose mediation a sentence tells offered between two sides."""
    if analysis.hypothetical:
        return
    masked = analysis.masked
    for m in _STATE_MEDIATION_OFFERED.finditer(masked):
        head = masked[max(0, m.start() - 40) : m.start()]
        if hedged(head) or NEGATION.search(head):
            continue
        actors = [e for e in entities_of(analysis, m.group("x")) if e.kind in ACTOR_KINDS]
        sides = [
            e
            for g in ("a", "b")
            for e in entities_of(analysis, m.group(g))
            if e.kind in ACTOR_KINDS and e.key not in {a.key for a in actors}
        ]
        if len(actors) != 1 or len(sides) != 2:
            continue
        when = event_date(analysis, doc, actors, "AGREE", m.start())
        doc.add(FactClass.EVENT, event_args("AGREE", "039", actors, sides, when), analysis, 0.7)


def fire_between(analysis: Analysis, doc: Doc) -> None:
    """ASSAULT (190) of both sides of an exchange of fire told by its noun."""
    if "between" not in analysis.words or analysis.hypothetical:
        return
    masked = analysis.masked
    for m in _FIRE_BETWEEN.finditer(masked):
        head = masked[max(0, m.start() - 40) : m.start()]
        if hedged(head) or NEGATION.search(head) or _FIRE_NOT_TOLD.search(head):
            continue
        a = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
        b = [e for e in entities_of(analysis, m.group("b")) if e.kind in ACTOR_KINDS]
        if len(a) != 1 or len(b) != 1 or a[0].key == b[0].key:
            continue
        actors = a + b
        when = event_date(analysis, doc, actors, "ASSAULT", m.start())
        doc.add(FactClass.EVENT, event_args("ASSAULT", "190", actors, [], when), analysis, 0.7)


SLOT_MARK = re.compile(r"§[A-Z]\d+§")


def unmasked(analysis: Analysis, text: str) -> str:
    """A piece of masked text with each slot's words put back ("§S4§ instructors" ->
    "Lithuanian military instructors"), for the words that tell the kind of aid."""
    if "§" not in text:
        return text
    return SLOT_MARK.sub(lambda s: analysis.mention(s.group(0)).text, text)


# ---- readouts and reactions (session 33) ------------------------------------------------------

# "Since Russia's full-scale invasion of Ukraine, Vilnius has ...", "Since the start of Russia's
# invasion of Ukraine in February 2022, Finland has ...": a war fronted as the start of the
# period the main clause tells of, background (ANNOTATION.md §5), not news of an attack (a
# "since" after the main verb keeps its act: "ties have worsened since Russia's invasion")
_FRONTED_SINCE = re.compile(
    r"^(?:[Ee]ver\s+)?[Ss]ince\s+(?:the\s+(?:start|beginning|outbreak|launch)\s+of\s+)?(?:the\s+)?"
    r"(?:§[SDOG]\d+§(?:['’]s?)?\s+)?(?:[\w-]+\s+){0,2}$"
)
# the comma that ends the fronted phrase, before the main clause
_FRONTED_COMMA = re.compile(r"^[^,;.]{0,100},\s+")


def _fronted_since_attack(head: str, tail: str) -> bool:
    """Whether a nominal attack is the object of a "Since" that opens the sentence and ends at
    a comma before the main clause."""
    return _FRONTED_SINCE.match(head) is not None and _FRONTED_COMMA.match(tail) is not None


# "Western countries have criticised Beijing", "Several Western governments accused Moscow of
# ...": a bloc of states the text does not name, an unlinked group (the whole subject)
_BLOC_SUBJECT = re.compile(
    r"^(?:(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Tt]he|[Oo]ther)\s+)?"
    r"(?P<g>Western\s+(?:countries|governments|nations|powers|states|capitals))\s+"
    r"(?:(?:have|has|had|also|jointly|again|repeatedly|sharply|strongly|on\s+\w+day)\s+)*$"
)
# "Britain and its European partners", "The United States and its Western allies": a state
# with a group its adjective names (no organisation: "European" is no EU here)
_AND_ITS_GROUP = re.compile(
    r"^(?:[Tt]he\s+)?(?P<g>§[SDP]\d+§)\s+and\s+(?:its|their|his|her)\s+(?:(?P<d>§[SO]\d+§)|"
    r"(?:[Ww]estern|[Ee]uropean|[Ff]ellow|[Cc]losest|[Cc]lose))\s+(?:allies|partners|"
    r"counterparts)\s+(?:(?:have|has|had|also|jointly|again|repeatedly|sharply|strongly)\s+)*$"
)
# "Its foreign ministry on Thursday ...": the ministry of the state the sentence before told of
_ITS_BODY = re.compile(
    r"^Its\s+(?:(?:foreign|defen[cs]e|interior|trade|economy|finance)\s+)?(?:ministry|government|"
    r"foreign\s+office|cabinet|presidency|embassy|mission|spokes(?:man|woman|person))\b"
    r"(?:\s+(?:on|in)\s+\w+)?(?:\s+(?:also|further|later))?\s+$"
)


def _readout_group_actor(analysis: Analysis, doc: Doc, head: str) -> list[Entity] | None:
    """The actor of a subject made of a group the text names by an adjective ("Western
    countries": an unlinked group), of a state with such a group ("Britain and its European
    partners": the state alone), or of "Its foreign ministry" (the state of the sentence
    before); None when the subject is none of these."""
    if head[:1] in "WSsMmTtO" and (bloc := _BLOC_SUBJECT.match(head)) is not None:
        label = " ".join(bloc.group("g").split())
        return [Entity.unlinked(label, EntityKind.ORGANIZATION)]
    if " and " in head and (group := _AND_ITS_GROUP.match(head)) is not None:
        if group.group("d") and not analysis.mention(group.group("d")).text.endswith("an"):
            return None  # "the United States and its NATO allies": the alliance too
        return [e for e in entities_of(analysis, group.group("g")) if e.kind in ACTOR_KINDS]
    if head.startswith("Its ") and _ITS_BODY.match(head) is not None:
        return [e for e in pronoun_entities(doc, "it") if e.kind is EntityKind.STATE] or None
    return None
