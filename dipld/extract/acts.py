"""Acts told with their agents, for a later reaction that names the act by its noun alone.

"Russia and Belarus signed an agreement ... Poland condemned the agreement": the one condemned is
whoever made the act, told earlier in the article (ANNOTATION.md §5: an accusation, a welcome or
a rejection has a named recipient, or is none). Each sentence's acts are noted by kind with their
agents (:func:`remember`, the last rule of a sentence); a reaction to "the agreement", "the
deployment", "the law", "the exercises", "the sanctions", "the decision", "these provocations"
takes the agents of the acts of that kind told shortly before (:func:`agents_of`), when they
are one party or one group of parties, and not the reacting party itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from dipld.extract.facts import Doc, entities_of, side_of
from dipld.extract.patterns import CEASEFIRE, group_of
from dipld.extract.people import entity_of
from dipld.extract.spans import Analysis, hedged
from dipld.model import Entity, EntityKind, Fact, FactClass, Status, TimeValue

#: How far before the reaction's sentence the act may be told (characters of the body).
SPAN = 1200
#: How far before it an act named only as "the decision", "the move" may be told.
_RECENT = 500
#: How far into the body a reaction to the act the article opens with may be told.
_LEAD_SPAN = 2000
#: Where the sentence the article opens with may begin (after a dateline on a line of its own).
_LEAD_BEGIN = 60
# the kinds of act a later reaction may take from the article's opening sentence when none was
# told shortly before it (an agreement signed or agreed on, its news: "Ethiopia and the TPLF
# signed a peace agreement ... [eight sentences] ... IGAD welcomed the agreement"; session 42)
_LEAD_KINDS = frozenset({"assault", "ceasefire", "accepted", "agreement", "agreed"})
# the acts a later "the decision", "the move" may be when the article opens with them
_LEAD_DEEDS = frozenset({"deed", "decision"})
# the kinds of those that are the news only when the headline tells them too, of their parties
# ("Ethiopian government, TPLF sign peace deal"; not an agreement the article opens with as the
# background of other news; session 42)
_HEADLINED_KINDS = frozenset({"agreement", "agreed", "decision"})

_ACTOR_KINDS = frozenset({EntityKind.STATE, EntityKind.ORGANIZATION, EntityKind.PERSON})


@dataclass(frozen=True, slots=True)
class ToldAct:
    """An act a sentence tells, by kind ("deployment"), with who made it."""

    kind: str
    agents: tuple[Entity, ...]
    begin: int  # where the sentence telling it begins in the body


# the one who acts: a party, or its forces, government or parliament ("Georgia's parliament",
# "Chinese coast guard vessels", "Russian troops")
_BODY = (
    r"(?:parliament|government|authorities|legislature|lawmakers|cabinet|leadership|regime|"
    r"military|army|navy|forces|troops|soldiers|vessels|ships|warships|boats|aircraft|jets|"
    r"coast\s+guard|guards|police|junta|ministers|leaders|ministry|spokes(?:person|man|woman))"
)
_AGENT = (
    # ("the Sudan Liberation Movement (SLM) on Monday signed")
    rf"(?P<g>{group_of('SODPG')})(?:\s+\([A-Z][A-Za-z-]{{1,12}}\))?(?:['’]s?)?"
    rf"(?:\s+(?:[a-z-]+\s+){{0,2}}?{_BODY})?\s+"
    # ("has", "will", "on Monday", "decided to", "plans to")
    # (not "was blocked": the subject of a passive is not the agent)
    r"(?:(?:has|have|had|also|again|reportedly|officially|formally|finally|recently|just|now|"
    r"will|then|later|on\s+[A-Z]\w+|(?:is|are|was|were)(?=\s+\w+ing\b)|(?:plans?|planned|"
    r"intends?|decided|agreed|is\s+set|are\s+set|is\s+going|are\s+going|moved|voted)\s+to)"
    r"\s+){0,3}"
)
# the acts by their verbs, each with its kind
_ACTS: tuple[tuple[str, str], ...] = (
    ("deployment", r"(?:deploy|station)(?:s|ed|ing)?\b"),
    (
        "law",
        r"(?:passed|passes|pass|adopted|adopts|adopt|approved|approves|approve|enacted|enacts|"
        r"signed|signs)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:law|bill|legislation)\b",
    ),
    (
        "exercises",
        r"(?:held|holds|hold|holding|conducted|conducts|conduct|conducting|staged|stages|stage|"
        r"staging|launched|launches|launch|began|begins|begin|started|starts|start|carried\s+out|"
        r"kicked\s+off)\s+(?:[\w-]+\s+){0,4}?(?:exercises|drills|manoeuvres|maneuvers|war\s+games)\b",
    ),
    (
        "sanctions",
        r"(?:imposed|imposes|impose|introduced|introduces|introduce|slapped|slaps|slap|announced|"
        r"announces|announce|unveiled|unveils|unveil|levied|levies|levy)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:sanctions|tariffs|embargo|export\s+controls|export\s+restrictions|trade\s+restrictions|"
        # ("imposed a price cap on Russian oil", "agreed to cap the price of Russian crude":
        # what "the cap" rejected next is; session 35, sanctions)
        r"price\s+cap)\b|cap\s+the\s+prices?\s+of\b",
    ),
    ("detention", r"(?:detained|detains|detain|arrested|arrests|arrest)\b"),
    # "Argentina proposed new talks", "China put forward a peace plan": what "the proposal",
    # "the plan", "the offer" rejected next is
    (
        "proposal",
        r"(?:(?:put|puts)\s+forward|floated|floats|tabled|tables|presented|presents|submitted|"
        r"submits|offered|offers|"
        # "Seoul announced a plan to compensate ...", "unveiled a peace initiative", "launched a
        # new initiative": what "the plan" praised next is (session 43, support)
        r"announced|announces|unveiled|unveils|launched|launches|outlined|outlines)\s+"
        r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:proposals?|"
        r"plan|initiative|offer|deal)\b|(?:proposed|proposes)\b",
    ),
    # "Lithuania banned the transit of sanctioned goods to Kaliningrad", "closed its airspace to"
    (
        "ban",
        r"(?:banned|bans|prohibited|prohibits|barred|bars|outlawed|outlaws|closed\s+(?:its|their)"
        r"\s+(?:airspace|ports|borders?|border\s+crossings?))\b",
    ),
    # ("has declared 70 members of the Russian diplomatic staff persona non grata")
    (
        "expulsion",
        r"(?:expelled|expels|expel|declared\s+(?:[\w§-]+\s+){0,8}?personae?\s+non\s+grata|"
        # "Ethiopia ordered seven senior UN officials to leave the country", "ordered the German
        # ambassador to leave within 48 hours" (what "the expulsions" condemned next are; not
        # "ordered its troops to leave": a withdrawal)
        r"ordered\s+(?:the\s+|its\s+)?(?:[\w§-]+\s+){0,4}?(?:ambassador|envoy|diplomats?|"
        r"officials|charg[eé]\s+d['’]affaires|attach[eé]s?|representatives?|§P\d+§)"
        r"(?:,\s+[^.;,]{1,60},)?\s+to\s+leave)\b",
    ),
    # "Azerbaijan opened its embassy in Israel": what "the opening of the embassy" criticised
    # next is (not "Israel opened its embassy in Baku in 1993": a background act)
    (
        "opening",
        r"(?:opened|opens|inaugurated|inaugurates)\s+(?:its|their|an?|the)\s+(?:new\s+|first\s+)?"
        r"(?:embassy|consulate(?:[\s-]+general)?|diplomatic\s+mission|representative\s+office|"
        r"trade\s+office|military\s+base)\b(?![^.;,]{0,60}?\b(?:in|since)\s+(?:19|20)\d\d\b)",
    ),
    (
        "hostile",
        r"(?:fired\s+(?:[\w-]+\s+){0,3}?(?:at|on|upon|water|flares?|lasers?|warning\s+shots)\b|"
        r"rammed|harassed|blocked|intercepted|boarded|seized|violated|shelled|"
        r"(?:used|trained|aimed)\s+(?:a\s+|its\s+|their\s+)?(?:water\s+cannons?|lasers?)\b)",
    ),
    ("annexation", r"(?:annexed|annexes|annex)\b"),
    # "Belarus released 14 political prisoners", "Armenia handed over 12 detainees to Baku",
    # "Russia and Ukraine exchanged 150 prisoners": what "the release", "the handover", "the
    # exchange" praised next is (session 30)
    (
        "release",
        # (not "released its annual report", "released a statement": a publication)
        r"(?:(?:released|releases)(?!\s+(?:a|an|its|their|the|new)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:report|statement|data|figures|video|footage|document|list|results|budget|"
        r"communiqu[ée]|details|images|photos|recording|transcript|findings|text|plan)\b)|freed|frees|pardoned|pardons|set\s+free|(?:handed|hands)\s+over|"
        r"(?:exchanged|exchanges|swapped|swaps)\s+(?:[\w-]+\s+){0,4}?(?:prisoners|detainees|"
        r"captives|POWs|hostages|bodies)|(?:repatriated|repatriates))\b",
    ),
    # "The African Union lifted its suspension of Gabon", "lifted most of the sanctions it
    # imposed on Niger": a decision, welcomed next as "the decision", "the lifting" (session 30)
    (
        "decision",
        r"(?:lifted|lifts|eased|eases|revoked|revokes|rescinded|rescinds)\s+"
        r"(?:(?:most|some|all|part|many)\s+of\s+)?(?:its|their|the|a)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:suspension|sanctions|ban|embargo|restrictions|travel\s+ban|"
        r"visa\s+requirements?)\b|"
        # ("Russia lifted visa requirements for Georgian citizens", "lifted sanctions on ...": no
        # determiner)
        r"(?:lifted|lifts|eased|eases|revoked|revokes|rescinded|rescinds)\s+(?:[a-z-]+\s+)?"
        r"(?:sanctions|visa\s+requirements?|restrictions)\s+(?:on|for|against)\b",
    ),
    # "Sweden and Finland applied to join NATO": what "the applications" are later
    (
        "application",
        r"(?:(?:applied|applies|apply)\s+(?:to\s+join|for\s+(?:full\s+)?membership)|"
        r"(?:submitted|submits|filed|files|lodged|handed\s+in)\s+(?:its|their|an?|the)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:applications?|bids?)\s+(?:to\s+join|for)|"
        r"(?:formally\s+)?(?:launched|launches)\s+(?:its|their|a)\s+bids?\s+to\s+join)\b",
    ),
    # "The Ethiopian government and the rebel front on Wednesday signed an agreement for ...":
    # the parties of the agreement (two or more; one signer's document has another party)
    (
        "signed",
        r"signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:agreement|deal|accord|pact|treaty|"
        r"memorandum)\b",
    ),
    # "The G7 foreign ministers issued a statement on Taiwan" (what "the statement" rejected
    # next is)
    (
        "statement",
        r"(?:issued|issues|released|releases|published|publishes|made|makes|adopted|adopts)\s+"
        r"(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|declaration|communiqu[ée])\b",
    ),
    (
        # "Israel launched air strikes on Damascus airport", "Russia attacked Kyiv with drones"
        "assault",
        r"(?:(?:launched|launches|launch|carried\s+out|carries\s+out|conducted|conducts)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:strikes?|air\s*strikes|attacks?|raids?|bombardments?|"
        r"offensives?)\b|"
        # "Russia fired dozens of cruise missiles at cities across Ukraine"
        r"fired\s+(?:[\w-]+\s+){0,4}?(?:missiles|rockets|drones|shells|artillery)\b|"
        r"attacked|attacks|struck|strikes|bombed|bombs|bombarded|bombards)",
    ),
)
_TOLD = re.compile(rf"{_AGENT}(?:{'|'.join(f'(?P<{kind}>{verb})' for kind, verb in _ACTS)})")
_TOLD_WORDS = frozenset(
    "deploy deploys deployed deploying station stations stationed stationing law bill "
    "legislation exercises drills manoeuvres maneuvers games sanctions tariffs embargo controls "
    "cap restrictions detained detains detain arrested arrests arrest expelled expels expel "
    "declared fired "
    "rammed harassed blocked intercepted boarded seized violated shelled cannon cannons lasers "
    "laser strike strikes airstrikes attack attacks attacked struck raid raids bombed bombs "
    "bombarded bombards bombardment bombardments offensive offensives fired annexed annexes "
    "annex released releases freed frees pardoned pardons set handed hands exchanged exchanges "
    "swapped swaps repatriated repatriates lifted lifts eased eases revoked revokes rescinded "
    "rescinds banned bans prohibited prohibits barred bars outlawed outlaws closed statement "
    "declaration communique communiqué signed applied applies apply submitted submits filed "
    "files lodged handed launched launches put puts floated floats tabled tables presented "
    "presents submitted offered offers proposed proposes ordered opened opens inaugurated "
    "inaugurates announced announces unveiled unveils outlined outlines".split()
)
# a signed document, named again alone ("the agreement", "the memorandum"): a word of the sentence
_DOCUMENT_WORDS = frozenset(
    "agreement agreements accord accords deal pact treaty treaties memorandum memoranda protocol "
    # ("the two defence ministers signed documents on the storage of ...": session 42)
    "charter documents".split()
)
# an agreement told by its verb ("Iran and Saudi Arabia agreed to restore ties")
_AGREED_WORDS = frozenset({"agreed", "agree", "agrees"})

# the nouns a reaction names an act by, and the kinds they take up; the generic ones ("the
# decision", "the move") an act decided on ("decided to"), else any act the sentence before told
_NOUN_KINDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("agreement", "accord", "deal", "pact", "treaty", "memorandum", "protocol", "charter"),
        ("agreement",),
    ),
    # an agreement told by its verb: "the agreement", "the deal", "the accord" alone (not "the
    # agreement on grain exports": one of its own)
    **dict.fromkeys(("agreement", "accord", "deal"), ("agreement", "agreed", "accepted")),
    # "Kenya and Somalia signed a security agreement ... The United States welcomed the signing":
    # the signatories (session 27)
    **dict.fromkeys(("signing", "signature"), ("agreement",)),
    # "A ceasefire between Armenia and Azerbaijan took effect ... Georgia welcomed the truce":
    # the two sides of the ceasefire, or the parties that accepted or agreed to it (session 37)
    **dict.fromkeys(("ceasefire", "cease-fire", "truce", "armistice"), ("ceasefire", "accepted")),
    # a statement named by its noun: "denied the accusation", "rejected the criticism"
    **dict.fromkeys(
        (
            "accusation",
            "accusations",
            "allegation",
            "allegations",
            "criticism",
            "charge",
            "charges",
            "claim",
            "claims",
            "condemnation",
        ),
        ("accusation",),
    ),
    # remarks made: an accusation's ("Pakistan accused India ... India rejected the remarks")
    **dict.fromkeys(("remarks", "comments"), ("accusation", "statement")),
    **dict.fromkeys(("proposal", "proposals", "plan", "offer", "initiative"), ("proposal",)),
    # what was announced: "Saudi Arabia and Iran agreed to restore ties ... The UN welcomed the
    # announcement" (an agreement, a decision or a plan told; session 43, support)
    "announcement": ("agreement", "agreed", "decision", "proposal"),
    # a statement issued ("The G7 foreign ministers issued a statement ... China rejects the
    # statement")
    **dict.fromkeys(("statement", "declaration", "communique", "communiqué"), ("statement",)),
    # a visit told ("Pelosi arrived in Taiwan ... China condemns the visit"): the visitor's
    **dict.fromkeys(("visit", "trip"), ("visit",)),
    # a meeting told ("X and Y held talks in Moscow ... Russia welcomed the start of the
    # dialogue"): its participants; a process, theirs or an agreement's
    **dict.fromkeys(
        ("talks", "dialogue", "meeting", "negotiations", "consultations", "summit"), ("meeting",)
    ),
    "process": ("meeting", "agreement"),
    **dict.fromkeys(("demand", "demands", "ultimatum", "request"), ("demand", "threat")),
    **dict.fromkeys(("threat", "threats"), ("threat",)),
    **dict.fromkeys(("deployment", "stationing"), ("deployment",)),
    **dict.fromkeys(("law", "bill", "legislation"), ("law",)),
    **dict.fromkeys(("exercises", "drills", "manoeuvres", "maneuvers", "games"), ("exercises",)),
    **dict.fromkeys(
        ("sanctions", "tariffs", "embargo", "controls", "restrictions", "cap"), ("sanctions",)
    ),
    **dict.fromkeys(("detention", "detentions", "arrest", "arrests"), ("detention",)),
    **dict.fromkeys(("expulsion", "expulsions"), ("expulsion",)),
    # "Azerbaijan opened its embassy in Israel ... Iran criticised the opening of the embassy"
    **dict.fromkeys(("opening", "inauguration"), ("opening",)),
    # "The Arab League voted on Sunday to readmit Syria ... The United States criticised the
    # vote": those who voted so
    "vote": ("vote",),
    **dict.fromkeys(("ban", "bans", "prohibition", "closure"), ("ban",)),
    **dict.fromkeys(("annexation", "annexations"), ("annexation",)),
    **dict.fromkeys(
        ("release", "handover", "exchange", "swap", "pardon", "repatriation"), ("release",)
    ),
    **dict.fromkeys(("lifting", "easing"), ("decision",)),
    **dict.fromkeys(
        ("application", "applications", "bid", "bids", "candidacy", "candidacies"),
        ("application",),
    ),
    **dict.fromkeys(
        (
            "offensive",
            "attack",
            "attacks",
            "strike",
            "strikes",
            "airstrike",
            "airstrikes",
            "bombing",
            "bombings",
            "bombardment",
            "raid",
            "raids",
            "shelling",
        ),
        ("assault", "hostile"),
    ),
    **dict.fromkeys(
        (
            "provocation",
            "provocations",
            "harassment",
            "incident",
            "incidents",
            "seizure",
            "violation",
            "violations",
            "interception",
        ),
        ("hostile", "deployment", "exercises", "detention", "expulsion"),
    ),
}
_GENERIC = frozenset({"decision", "move", "step", "measures"})
# the object of a reaction: an act named by its noun alone, without a party of its own ("the
# deployment", "these provocations", "the new law"; not "the deployment by Germany", "the
# decision of Hungary", "the agreement between X and Y", "Russia's deployment")
_OBJECT = re.compile(
    r"\s*(?:(?:in\s+the\s+strongest\s+(?:possible\s+)?terms|strongly|firmly|also|sharply|"
    r"roundly|warmly),?\s+)?"
    # "welcomed the start of the dialogue", "the resumption of the talks"
    r"(?:the\s+(?:start|launch|beginning|resumption|opening|holding|outcome|results?)\s+of\s+)?"
    # ("rejected the 'completely unjustified' decision": a quoted qualifier)
    r"(?:(?:the|this|these|that|those|such)\s+(?:[\"“'‘]?[a-z-]+[\"”'’]?\s+){0,3}?|"
    # "Serbia released three Kosovo police officers ... Kallas welcomed their release": the
    # released ones' (session 30)
    r"(?:their|his|her)\s+(?:[a-z-]+\s+)?(?=release|repatriation|handover)(?!\S+\s+by\b))"
    r"(?P<n>talks|dialogue|meeting|negotiations|consultations|summit|process|agreements?|accords?|deal|pact|treaty|memorandum|protocol|charter|deployment|"
    r"ceasefire|cease-fire|truce|armistice|"
    r"signing|signature|"
    r"stationing|law|bill|legislation|exercises|drills|manoeuvres|maneuvers|war\s+games|sanctions|"
    r"tariffs|embargo|(?:price\s+)?cap|export\s+controls|restrictions|detentions?|arrests?|expulsions?|"
    r"provocations?|harassment|incidents?|seizure|violations?|interception|decision|move|step|"
    r"bans?|prohibition|closure|opening|inauguration|vote|"
    r"measures|attacks?|(?:air\s*)?strikes?|bombings?|bombardment|raids?|shelling|offensive|"
    r"annexations?|releases?|handover|exchange|swap|pardons?|repatriation|lifting|easing|"
    r"accusations?|allegations?|criticism|charges?|claims?|condemnation|demands?|"
    r"ultimatum|request|threats?|statement|declaration|communiqu[ée]|visit|trip|"
    r"applications?|bids?|candidac(?:y|ies)|remarks|comments|proposals?|plan|offer|initiative|"
    r"announcement)\b"
    r"(?!['’-]|\s+(?:of|by|between|among|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?§)"
)

# the two sides of a ceasefire named with it: "A ceasefire between Armenia and Azerbaijan took
# effect", "the truce between Russian and Ukrainian forces" (states only: not "the Lebanese group
# Hezbollah", a people's group; session 37)
_CEASEFIRE_PAIR = re.compile(
    CEASEFIRE + r"\s+between\s+(?:the\s+)?(?P<a>§[SD]\d+§)(?:['’]s)?(?:\s+(?:forces|troops|"
    r"armies|militaries|governments))?\s+and\s+(?:the\s+)?(?P<b>§[SD]\d+§)(?!['’\w§-]|\s+(?:group|"
    r"movement|militias?|rebels|militants|fighters|faction)\b)"
)
# the two or more parties that accepted a ceasefire or a proposal for one: "the governments of
# Israel and Lebanon had accepted a proposal drawn up by Washington", "Armenia and Azerbaijan
# accepted the truce" (session 37)
_ACCEPTED_BY = re.compile(
    r"(?:(?:the\s+)?(?:governments|leaders|authorities)\s+of\s+)?(?:the\s+)?"
    rf"(?P<g>{group_of('SD')})(?:['’]s?)?\s+(?:(?:has|have|had|both|also|formally|now)\s+)*"
    r"(?:accepted|agreed\s+to)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:proposals?|plan|deal|terms|"
    r"ceasefire|cease-fire|truce|armistice)\b"
)
_CEASEFIRE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "accepted"})

# what an agreement is about, said after its noun: "the agreement on grain exports"
_SPECIFIED = re.compile(r"\s+(?:on|over|for|to|regarding|concerning|about)\s")
# what an announcement was of, told with it ("the announcement of new talks", "the announcement
# that ...")
_ANNOUNCED_WHAT = re.compile(r"\s+(?:of|on|over|for|to|regarding|concerning|about|that|by)\s")


# the one who put a resolution to a vote: "The non-binding text, drafted by Ukraine ...", "the
# resolution, which was tabled by Jordan", "Ukraine submitted the draft resolution" (what "voted
# against the resolution" next rejects; session 35, sanctions); not an amendment's
_SPONSORED = re.compile(
    r"\b(?:resolution|text|draft)\b(?:,?\s+(?:which|that)\s+(?:was|had\s+been|has\s+been))?,?\s+"
    r"(?:(?:jointly|originally|first)\s+)?(?:drafted|submitted|tabled|sponsored|put\s+forward|"
    r"proposed|introduced|presented)\s+by\s+(?:the\s+)?(?P<g>§[SOG]\d+§)|"
    r"(?:^|,\s+)(?:the\s+)?(?P<g2>§[SOG]\d+§)\s+(?:(?:had|has|have|also)\s+)?(?:drafted|submitted|"
    r"tabled|sponsored|put\s+forward|introduced|presented)\s+(?:the|a)\s+(?:draft\s+)?resolution\b"
)
_SPONSOR_WORDS = frozenset(
    "drafted submitted tabled sponsored put proposed introduced presented".split()
)


def sponsors_of(analysis: Analysis, masked: str) -> list[Entity]:
    """The parties a sentence says put a resolution (or its text) forward, unhedged."""
    for m in _SPONSORED.finditer(masked):
        if hedged(masked[max(0, m.start() - 60) : m.end()]):
            continue
        slot = m.group("g") or m.group("g2")
        found = [e for e in entities_of(analysis, slot) if e.kind in _ACTOR_KINDS]
        if found:
            return found
    return []


def sponsors_told(doc: Doc, analysis: Analysis) -> list[Entity]:
    """The sponsors of the last resolution told within :data:`SPAN` before this sentence."""
    start = analysis.sentence.begin - SPAN
    for act in reversed(doc.acts):
        if act.begin < start:
            return []
        if act.kind == "resolution" and act.begin < analysis.sentence.begin:
            return list(act.agents)
    return []


def remember(analysis: Analysis, doc: Doc) -> None:
    """Notes the acts this sentence tells with their agents: the signing of a document (its
    parties), a deployment, a law passed, exercises held, sanctions imposed, a decision taken,
    detentions, expulsions and hostile acts at sea or in the air; not those hedged or negated
    ("Germany could deploy ...", "if Russia deploys ...")."""
    if analysis.in_title:
        return
    begin = analysis.sentence.begin
    masked = analysis.masked
    told: dict[str, tuple[Entity, ...]] = {}
    # the other side's release of an exchange told as two ("X freed ... and Y released ...")
    returned: tuple[Entity, ...] = ()
    if "§" in masked and not _TOLD_WORDS.isdisjoint(analysis.words):
        for m in _TOLD.finditer(masked):
            if hedged(masked[max(0, m.start() - 60) : m.end()]):
                continue
            agents = tuple(e for e in entities_of(analysis, m.group("g")) if e.kind in _ACTOR_KINDS)
            kind = next(k for k, _ in _ACTS if m.group(k))
            if kind == "signed":
                kind = "agreement"
                if len(agents) < 2:
                    continue
            if agents and kind not in told:
                told[kind] = agents
            elif (
                kind == "release"
                and agents
                and not returned
                and not {e.key for e in agents} & {e.key for e in told[kind]}
            ):
                returned = agents
    decided = "decided" in analysis.words or "voted" in analysis.words
    if not (
        _DOCUMENT_WORDS.isdisjoint(analysis.words) and _AGREED_WORDS.isdisjoint(analysis.words)
    ):
        signed, agreed = _signed_parties(analysis, doc)
        if signed:
            told.setdefault("agreement", signed)
        elif agreed:
            told.setdefault("agreed", agreed)
    if "§" in masked and not _CEASEFIRE_WORDS.isdisjoint(analysis.words):
        for kind, agents in _ceasefire_sides(analysis).items():
            told.setdefault(kind, agents)
    if "§" in masked and not _SPONSOR_WORDS.isdisjoint(analysis.words):
        sponsors = sponsors_of(analysis, masked)
        if sponsors:
            told.setdefault("resolution", tuple(sponsors))
    if decided:
        for m in _DECIDED.finditer(masked):
            if hedged(masked[max(0, m.start() - 60) : m.end()]):
                continue
            agents = tuple(e for e in entities_of(analysis, m.group("g")) if e.kind in _ACTOR_KINDS)
            if agents:
                told.setdefault("decision", agents)
                if "voted" in m.group(0):
                    told.setdefault("vote", agents)
                break
    last = doc.facts[-1].evidence[0] if doc.facts else None
    if last is not None and last.begin == begin and not last.in_title:
        # (the three read this sentence's facts, the last ones: most sentences have none)
        for kind, agents in _statements_told(analysis, doc).items():
            told.setdefault(kind, agents)
        if (visitors := _visitors(analysis, doc)) is not None:
            told.setdefault("visit", visitors)
        if (participants := _met(analysis, doc)) is not None:
            told.setdefault("meeting", participants)
        if (imposers := _sanctioned_by(analysis, doc)) is not None:
            told["sanctions"] = imposers
        for kind, agents in _deeds_told(analysis, doc).items():
            told.setdefault(kind, agents)
        if (sides := _truce_kept(analysis, doc)) is not None:
            told.setdefault("ceasefire", sides)
    if told:
        doc.acts.extend(ToldAct(kind, agents, begin) for kind, agents in told.items())
    if returned:
        doc.acts.append(ToldAct("release", returned, begin))


def _ceasefire_sides(analysis: Analysis) -> dict[str, tuple[Entity, ...]]:
    """The two sides of a ceasefire this sentence names between two states ("ceasefire"), and
    the two or more parties it tells accepted a ceasefire or a proposal ("accepted"), unhedged."""
    masked = analysis.masked
    told: dict[str, tuple[Entity, ...]] = {}
    for m in _CEASEFIRE_PAIR.finditer(masked):
        if hedged(masked[max(0, m.start() - 60) : m.end()]):
            continue
        sides = {
            e.key: e
            for slot in (m.group("a"), m.group("b"))
            for e in entities_of(analysis, slot)
            if e.kind is EntityKind.STATE
        }
        if len(sides) == 2:
            told.setdefault("ceasefire", tuple(sides.values()))
    for m in _ACCEPTED_BY.finditer(masked):
        if hedged(masked[max(0, m.start() - 60) : m.end()]):
            continue
        parties = {e.key: e for e in entities_of(analysis, m.group("g")) if e.kind in _ACTOR_KINDS}
        if len(parties) >= 2:
            told.setdefault("accepted", tuple(parties.values()))
    return told


def _truce_kept(analysis: Analysis, doc: Doc) -> tuple[Entity, ...] | None:
    """The two or more parties of a ceasefire this sentence tells as an asserted event (RETREAT
    0871: "Russia and Ukraine agreed to a truce over Easter"), for a later "the truce"."""
    for fact in told_here(analysis, doc):
        if (
            fact.cls is FactClass.EVENT
            and fact.status is Status.ASSERTED
            and "0871" in {str(c) for c in fact.get("cameoCode")}
            and len(fact.get("actor")) >= 2
        ):
            return fact.entities("actor")
    return None


# the statements whose makers a rejection of them names by their noun ("Russia accused Ukraine
# of shelling the plant. Kyiv denied the accusation."): the event types they are told as
def told_here(analysis: Analysis, doc: Doc) -> Iterator[Fact]:
    """The facts the rules before found in this sentence (its body's, not the title's), the
    latest first."""
    begin = analysis.sentence.begin
    for fact in reversed(doc.facts):
        first = fact.evidence[0]
        if first.begin != begin or first.in_title:
            return
        yield fact


# (as events._SUMMONS_OR_PROTEST: the sentences whose 114 events.events writes as 111)
_SUMMONS_OR_NOTE = re.compile(
    r"\bsummon|\bprotests?\b(?!\s+(?:against|in\s+front|outside|near|erupted|broke|spread))|"
    r"\bd[ée]marches?\b",
    re.IGNORECASE,
)
_STATEMENT_KINDS = {"ACCUSE": "accusation", "REQUEST": "demand", "THREATEN": "threat"}
_STATEMENT_NAMES = frozenset(_STATEMENT_KINDS.values())


def _statements_told(analysis: Analysis, doc: Doc) -> dict[str, tuple[Entity, ...]]:
    """The accusations, demands and threats this sentence tells (as the rules before found
    them), with their makers."""
    told: dict[str, tuple[Entity, ...]] = {}
    for fact in told_here(analysis, doc):
        if fact.cls is not FactClass.EVENT or fact.status is not Status.ASSERTED:
            continue
        kind = _STATEMENT_KINDS.get(str(fact.get("eventType")[0]))
        if "114" in fact.get("cameoCode") or (
            "111" in fact.get("cameoCode") and _SUMMONS_OR_NOTE.search(analysis.masked)
        ):
            continue  # a protest note or a summons is no accusation of its own words (coded 111
            # since session 29)
        if kind is not None and fact.get("actor"):
            told.setdefault(kind, fact.entities("actor"))
    return told


# the deeds the rules before found as events (not statements), by the kind a noun names them by
# ("Iran's Revolutionary Guards seized a tanker ... Washington called the seizure a violation"),
# each also a "deed" for a later "the move", "the decision" (session 36b, criticism)
# (not an assault: "In April it launched a new offensive ... The U.S. embassy condemned the
# attack" is not that offensive's)
_DEED_KINDS = {"COERCE": "hostile", "SANCTION": "deed"}


def _deeds_told(analysis: Analysis, doc: Doc) -> dict[str, tuple[Entity, ...]]:
    """The deeds this sentence tells as asserted events (coercion, sanctions), by kind, with
    their makers; each maker also under "deed", and an embargo's (163) under "sanctions"."""
    told: dict[str, tuple[Entity, ...]] = {}
    for fact in told_here(analysis, doc):
        if (
            fact.cls is not FactClass.EVENT
            or fact.status is not Status.ASSERTED
            or not _news(fact, doc.article.date)
        ):
            continue
        kind = _DEED_KINDS.get(str(fact.get("eventType")[0]))
        if kind is None:
            continue
        agents = tuple(e for e in fact.entities("actor") if e.kind in _ACTOR_KINDS)
        if agents:
            told.setdefault(kind, agents)
            told.setdefault("deed", agents)
            if "163" in {str(c) for c in fact.get("cameoCode")}:
                # ("West African leaders imposed a raft of sanctions on Mali", its leaders the
                # bloc's: "the sanctions" condemned next)
                told.setdefault("sanctions", agents)
    return told


def _news(fact: Fact, day: dt.date | None) -> bool:
    """Whether an event is the news: undated, or dated to the article's month or the one before
    ("The African Union suspended Niger in August 2023", told in 2024, is background)."""
    dates = [d for d in fact.get("date") if isinstance(d, TimeValue)]
    if not dates or day is None:
        return True
    when = dates[0]
    if when.month is None:
        return False
    months = (day.year - when.year) * 12 + day.month - when.month
    return 0 <= months <= 1


def _visitors(analysis: Analysis, doc: Doc) -> tuple[Entity, ...] | None:
    """The visitors of a visit this sentence tells (a meeting coded 042 with a venue): its
    participants other than the host state and those of it ("Nancy Pelosi arrived in Taiwan"
    → Pelosi); None when it tells no visit, or no visitor is left."""
    for fact in told_here(analysis, doc):
        if (
            fact.cls is not FactClass.MEETING
            or fact.status is not Status.ASSERTED
            or "042" not in {str(c) for c in fact.get("cameoCode")}
        ):
            continue
        hosts: set[str] = set()
        for place in fact.entities("place"):
            state = place
            if place.kind is EntityKind.CITY:
                found = doc.kb.capital_of(place.qid) if place.qid else None
                if found is None:
                    return None  # (a city of no state known: who the host is is unclear)
                state = entity_of(found)
            hosts.update((place.key, state.key))
        if not hosts:
            continue
        visitors = tuple(
            e
            for e in fact.entities("participant")
            if e.key not in hosts and (side_of(doc, e) or e).key not in hosts
        )
        return visitors or None
    return None


def _sanctioned_by(analysis: Analysis, doc: Doc) -> tuple[Entity, ...] | None:
    """Every party of the sanctions (163) this sentence tells on one target, when more than one
    imposes them ("The EU agreed to cap the price of Russian oil, and the G7 and Australia
    joined the measure": all three, for a later "Russia would not accept the cap"); None when
    one party does, or the targets differ (session 35, sanctions)."""
    makers: dict[str, Entity] = {}
    targets: set[frozenset[str]] = set()
    facts = 0
    for fact in told_here(analysis, doc):
        if (
            fact.cls is FactClass.EVENT
            and fact.status is Status.ASSERTED
            and "163" in {str(c) for c in fact.get("cameoCode")}
            and fact.get("recipient")
        ):
            facts += 1
            targets.add(frozenset(e.key for e in fact.entities("recipient")))
            for e in fact.entities("actor"):
                makers.setdefault(e.key, e)
    if facts < 2 or len(targets) != 1:
        return None
    return tuple(makers.values())


def _met(analysis: Analysis, doc: Doc) -> tuple[Entity, ...] | None:
    """The two or more participants of a meeting this sentence tells as held (not hedged, not
    of the title), for a later reaction to "the talks", "the dialogue", "the meeting"."""
    for fact in told_here(analysis, doc):
        if fact.cls is FactClass.MEETING and fact.status is Status.ASSERTED:
            participants = fact.entities("participant")
            if len(participants) >= 2:
                return participants
    return None


_DECIDED = re.compile(
    rf"(?P<g>{group_of('SODPG')})(?:['’]s?)?(?:\s+(?:[a-z-]+\s+){{0,2}}?{_BODY})?\s+"
    # ("has today decided", "has unanimously voted")
    r"(?:(?:has|have|had|also|today|now|formally|finally|unanimously|on\s+[A-Z]\w+)\s+){0,3}"
    r"(?:decided|voted)\s+(?:on\s+[A-Z]\w+\s+)?to\b"
)


def _signed_parties(analysis: Analysis, doc: Doc) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """The parties of a document this sentence tells signed (its treaty relation's, else the
    two or more signatories of its signing), and the two or more parties of an agreement it
    tells by its verb."""
    signers: tuple[Entity, ...] = ()
    agreed: tuple[Entity, ...] = ()
    for fact in told_here(analysis, doc):
        if fact.cls is FactClass.TREATY_RELATION and len(fact.get("party")) >= 2:
            return fact.entities("party"), ()
        if (
            fact.cls is FactClass.EVENT
            and str(fact.get("eventType")[0]) == "SUPPORT"
            and str(fact.get("cameoCode")[0]) == "057"
            and len(fact.get("actor")) >= 2  # (one signer of a document: the other is missing)
        ):
            signers = fact.entities("actor")
        elif (
            fact.cls is FactClass.EVENT
            and str(fact.get("eventType")[0]) == "AGREE"
            and fact.status is Status.ASSERTED
            and len(fact.get("actor")) >= 2
        ):
            # "Iran and Saudi Arabia agreed on Friday to re-establish diplomatic relations":
            # what "the agreement" welcomed next is theirs
            agreed = fact.entities("actor")
    return signers, agreed


def _sides(doc: Doc, agents: tuple[Entity, ...]) -> frozenset[str]:
    return frozenset((side_of(doc, e) or e).key for e in agents)


def _sideless(doc: Doc, e: Entity) -> bool:
    """Whether ``e`` is a person the KB lacks, of no side known."""
    return e.kind is EntityKind.PERSON and not e.qid and side_of(doc, e) is None


def _events_told_at(doc: Doc, begin: int) -> bool:
    """Whether the sentence beginning at ``begin`` told an event (an act of its own)."""
    for fact in reversed(doc.facts):
        first = fact.evidence[0]
        if first.begin < begin and not first.in_title:
            return False
        if first.begin == begin and fact.cls is FactClass.EVENT:
            return True
    return False


# the clause before the reaction's, in its sentence: "Turkey proposed a ceasefire, but Russia
# rejected the proposal" (session 23)
_CLAUSE_BEFORE = re.compile(
    r"(?:,\s+(?:but|and|while|whereas)|;)\s+(?:(?:the|then)\s+)?§[SODPG]\d+§"
)


def _told_before(analysis: Analysis, text: str) -> list[ToldAct]:
    """The acts an earlier clause of the sentence tells before the reaction whose object starts
    ``text`` (a suffix of the masked sentence), unhedged; none without such a clause."""
    masked = analysis.masked
    if not masked.endswith(text) or "§" not in masked:
        return []
    head = masked[: len(masked) - len(text)]
    clause = None
    for found in _CLAUSE_BEFORE.finditer(head):
        clause = found  # (the last: the reaction's own clause begins there)
    if clause is None:
        return []
    out = []
    for m in _TOLD.finditer(head, 0, clause.start()):
        if hedged(head[max(0, m.start() - 60) : m.end()]):
            continue
        agents = tuple(e for e in entities_of(analysis, m.group("g")) if e.kind in _ACTOR_KINDS)
        kind = next(k for k, _ in _ACTS if m.group(k))
        if agents and kind != "signed":
            out.append(ToldAct(kind, agents, analysis.sentence.begin))
    return out


def agents_of(doc: Doc, analysis: Analysis, text: str, actors: list[Entity]) -> list[Entity] | None:
    """The agents of the act the object at the start of ``text`` names by its noun alone ("the
    deployment, calling it a provocation"), told within :data:`SPAN` before this sentence. None
    when the object is no such noun, or no act of its kind was told, or acts of it by different
    parties were ("the agreement" after two agreements of others: which one is unclear); an
    empty list when the reacting party made the act itself (praise of one's own act is no event,
    ANNOTATION.md §5)."""
    m = _OBJECT.match(text)
    if m is None:
        return None
    noun = m.group("n").split()[-1].lower()
    start = analysis.sentence.begin - SPAN
    told = [a for a in doc.acts if start <= a.begin < analysis.sentence.begin]
    if noun in _GENERIC:
        # a decision told as one ("decided to"), else any act of the sentence just before
        before = doc.previous.sentence.begin if doc.previous is not None else -1
        # (an act, not a statement: "urged Kosovo to postpone the measure ... The EU welcomed
        # the decision" is not the one who urged)
        # (nor a meeting: "X met Y in Beijing ... Borrell welcomed the decision" is not theirs)
        told = [a for a in told if a.kind not in _STATEMENT_NAMES and a.kind != "meeting"]
        chosen = [a for a in told if a.kind == "decision"] or [a for a in told if a.begin == before]
        if not chosen and not _events_told_at(doc, before):
            # "Lithuania banned ... The Kremlin called the ban illegal. Moscow denounced the
            # decision": the acts of the few sentences before, when the one just before told
            # none (and all are one party's, below)
            chosen = [a for a in told if a.begin >= analysis.sentence.begin - _RECENT]
        if (
            not chosen
            and analysis.sentence.begin <= _LEAD_SPAN
            and not any(_sideless(doc, e) for e in actors)
        ):
            # "Russia halted gas supplies to Poland and Bulgaria ... [accusations] ... Petkov
            # called the move a gross violation": the deed the article opens with, its news
            # (session 36b, criticism); not by one of no known side, who may be its maker's
            # ("Somalia has today decided to restore relations with Kenya ... Kenya welcomed the
            # decision": the decision the article opens with; session 42)
            chosen = [
                a for a in doc.acts if a.begin == 0 and a.kind in _LEAD_DEEDS and _headlined(doc, a)
            ]
    else:
        kinds = _NOUN_KINDS.get(noun) or _NOUN_KINDS.get(noun[:-1], ())
        if _SPECIFIED.match(text, m.end()):
            kinds = tuple(k for k in kinds if k not in {"agreed", "accepted"})
        if noun == "announcement" and _ANNOUNCED_WHAT.match(text, m.end()):
            return None  # "welcomed the announcement of new talks": an announcement of its own
        chosen = [a for a in _told_before(analysis, text) if a.kind in kinds]
        if not chosen:
            chosen = [a for a in told if a.kind in kinds]
            if chosen and "assault" in kinds and analysis.sentence.begin <= _LEAD_SPAN:
                chosen = _lead_unless_just_told(doc, chosen, kinds)
        if not chosen and set(kinds) & _LEAD_KINDS and analysis.sentence.begin <= _LEAD_SPAN:
            # "The United States and Britain bombed sites used by the Houthis ... [six
            # sentences] ... Iran condemned the strikes", "A ceasefire between X and Y took effect
            # ... Turkey welcomed the ceasefire": the strikes or the ceasefire the article opens
            # with, its news (session 37)
            chosen = [
                a
                for a in doc.acts
                if a.begin <= _LEAD_BEGIN
                and a.kind in kinds
                and a.kind in _LEAD_KINDS
                and _headlined(doc, a)
            ]
        if not chosen and kinds == ("release",):
            # the release the article opens with, the news later reactions are to ("Azerbaijan
            # freed 32 Armenian soldiers ... Michel praised the release"; session 36)
            chosen = [
                a
                for a in doc.acts
                if a.begin == 0 and a.kind == "release" and analysis.sentence.begin <= _LEAD_SPAN
            ]
    if (swapped := _swap(doc, chosen)) is not None:
        # "Azerbaijan freed 32 Armenian soldiers and Armenia released two Azerbaijani servicemen
        # in return ... The United States welcomed the exchange": both sides' (session 36)
        own = {a.key for a in actors} | {s.key for a in actors if (s := side_of(doc, a))}
        return [e for e in swapped if e.key not in own and (side_of(doc, e) or e).key not in own]
    if len({_sides(doc, a.agents) for a in chosen}) > 1:
        # "Poland accused Moscow of sabotage. Sikorski said Russia was behind an arson attack.
        # Russia denied the accusations": a person of no known side (absent from the KB, no
        # office told) beside a state is no second party (session 24)
        chosen = [a for a in chosen if not all(_sideless(doc, e) for e in a.agents)] or chosen
    if not chosen or len({_sides(doc, a.agents) for a in chosen}) != 1:
        return None
    agents = _parties_first(chosen)
    own = {a.key for a in actors} | {s.key for a in actors if (s := side_of(doc, a))}
    if any(e.key in own or (side_of(doc, e) or e).key in own for e in agents):
        return []
    return list(agents)


# a headline that tells an agreement: "X and Y sign deal", "X, Y agree to restore ties"
_AGREEMENT_HEADLINE = re.compile(
    r"\b(?:sign(?:s|ed)?|agree(?:s|d)?|deal|accord|pact|treaty|agreement|memorandum|documents)\b",
    re.IGNORECASE,
)


def _headlined(doc: Doc, act: ToldAct) -> bool:
    """Whether ``act`` is the news the headline tells, when of a kind that must be: an agreement
    the headline tells one of, or an act a fact of the headline names every side of."""
    if act.kind not in _HEADLINED_KINDS:
        return True
    if act.kind != "decision" and _AGREEMENT_HEADLINE.search(doc.article.title or ""):
        return True  # ("Ethiopian government, TPLF sign agreement on ...": names the KB lacks)
    sides = _sides(doc, act.agents)
    return any(
        sides
        <= {
            k
            for _, values in fact.args
            for e in values
            if isinstance(e, Entity)
            for k in (e.key, (side_of(doc, e) or e).key)
        }
        for fact in doc.title_facts
    )


def _parties_first(chosen: list[ToldAct]) -> tuple[Entity, ...]:
    """The agents of the last of ``chosen`` (acts of one side) that names no person, else of the
    last: the parties, not their envoys ("Colombia and the ELN signed an agreement ... Under the
    agreement, Petro and the ELN committed to ...": Colombia; session 42)."""
    for act in reversed(chosen):
        if all(e.kind is not EntityKind.PERSON for e in act.agents):
            return act.agents
    return chosen[-1].agents


def _lead_unless_just_told(
    doc: Doc, chosen: list[ToldAct], kinds: tuple[str, ...]
) -> list[ToldAct]:
    """The attack the article opens with, in place of another side's attacks ``chosen`` told
    later as background ("The United States and Britain bombed sites used by the Houthis ...
    Since November, the Houthis have fired drones at merchant vessels ... Iran condemned the
    strikes": the news, not the Houthis'), unless one of those was told in the sentence just
    before the reaction (session 39)."""
    lead = [
        a for a in doc.acts if a.begin <= _LEAD_BEGIN and a.kind in kinds and a.kind == "assault"
    ]
    if not lead or len({_sides(doc, a.agents) for a in lead}) != 1:
        return chosen
    before = doc.previous.sentence.begin if doc.previous is not None else -1
    if any(a.begin == before for a in chosen):
        return chosen
    if any(a.begin <= _LEAD_BEGIN for a in chosen):
        return chosen
    return lead


def _swap(doc: Doc, chosen: list[ToldAct]) -> list[Entity] | None:
    """The two sides of an exchange of prisoners told as two releases in one sentence (each
    side's), the last such sentence of ``chosen``; None when the releases chosen are no such
    pair."""
    if not chosen or any(a.kind != "release" for a in chosen):
        return None
    last = [a for a in chosen if a.begin == chosen[-1].begin]
    if len(last) != 2 or len({_sides(doc, a.agents) for a in last}) != 2:
        return None
    return [*last[0].agents, *last[1].agents]


def parties_of(
    doc: Doc, analysis: Analysis, actors: list[Entity], colleagues: bool = False
) -> list[Entity]:
    """The parties a reaction names by a common noun: "congratulated the two sides on their
    achievement" (the agents of the last agreement, else meeting, told within :data:`SPAN`; none
    when the reacting party is one of them), "thanked his colleagues for the talks" (the other
    participants of the last meeting the actor took part in with two or more others, or with
    one other when ``colleagues`` is false)."""
    start = analysis.sentence.begin - SPAN
    told = [a for a in doc.acts if start <= a.begin < analysis.sentence.begin]
    own = {a.key for a in actors} | {s.key for a in actors if (s := side_of(doc, a))}
    if colleagues:
        for act in reversed(told):
            if act.kind != "meeting":
                continue
            keys = {e.key for e in act.agents}
            if not own & keys:
                continue
            others = [e for e in act.agents if e.key not in own]
            if len(others) >= 2:
                return others
        return []
    for kinds in (("agreement", "agreed"), ("meeting",)):
        chosen = [a for a in told if a.kind in kinds]
        if not chosen:
            continue
        agents = _parties_first(
            [a for a in chosen if _sides(doc, a.agents) == _sides(doc, chosen[-1].agents)]
        )
        if len(agents) != 2 or any(
            e.key in own or (side_of(doc, e) or e).key in own for e in agents
        ):
            return []
        return list(agents)
    return []
