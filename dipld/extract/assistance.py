"""Assistance and material exchange: aid given, praised or totalled, lenders' programmes and
disbursements, help requested or refused, deals of stated worth and forces or arms sent
(AID, COOPERATE, REQUEST, REJECT).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.aidpeople import gaza_people
from dipld.extract.arguments import act_date, told_as_future
from dipld.extract.economy import money_args
from dipld.extract.events import (
    ACTOR_KINDS,
    AID_TO,
    SLOT_MARK,
    event_date,
    finer_cameo,
    hosted_people,
    parties_named,
    since_date,
    staples_given_free,
    state_named,
    text_before,
    unmasked,
)
from dipld.extract.facts import (
    Doc,
    entities_of,
    event_args,
    side_of,
    state_of,
)
from dipld.extract.patterns import (
    STATE_BODY,
    intro_end,
)
from dipld.extract.people import entity_of
from dipld.extract.spans import Analysis, Code
from dipld.model import (
    Concept,
    Entity,
    EntityKind,
    Fact,
    FactClass,
    Status,
    TimeValue,
    Value,
)

# ---- aid a party is praised or thanked for (AID 07x) ------------------------------------------

_THANKS_VERB = (
    r"thanked|thanks|thank|commended|commends|commend|praised|praises|praise|applauded|"
    r"applauds|applaud|lauded|lauds|hailed|hails|appreciated|appreciates|appreciate"
)
# "thanked Russia for the humanitarian aid", "We commend Croatia's support for Ukraine": the
# giver, and what it gave
_PRAISED_AID = re.compile(
    rf"\b(?:{_THANKS_VERB})\s+(?:the\s+)?(?P<a>§[SO]\d+§)['’]s?\s+"
    r"(?P<what>(?:(?![a-z]+ing\s)(?:[\w-]+|§M\d+§)\s+){0,3}?)"
    r"(?P<n>aid|assistance|donations?|support|help)\b"
    r"(?P<rest>[^.;]{0,200})"
)
_THANKS_WORDS = frozenset(_THANKS_VERB.split("|"))
# the act of help a party is thanked or praised for, after "for" (ANNOTATION.md §5: one event
# per act, the thanks and the help thanked for): "thanked Germany for its humanitarian aid",
# "thanked Prime Minister X for Ireland's support to Ukraine, including ...", "thanked Xi for
# China's support in the reconstruction ...", "expressed gratitude to Turkey for its
# assistance", "grateful for the humanitarian assistance that Russia sends to our people"
THANKED_FOR = re.compile(
    # ("thanked the Vietnamese Party, State and people for ...": the state, STATE_BODY)
    rf"\b(?:(?:{_THANKS_VERB})\s+(?:the\s+)?(?P<a>§[SOP]\d+§|{STATE_BODY}[^§]{{0,40}}?(?=\s+for\s))|(?:gratitude|appreciation|thanks)"
    r"\s+to\s+(?:the\s+)?(?P<a2>§[SOP]\d+§)|(?P<glad>grateful|thankful|gratitude|appreciation))"
    r"\s+for\s+(?:(?:the\s+)?(?P<g>§[SDO]\d+§)['’]?s?\s+|(?P<own>its|their)\s+|the\s+)?"
    # (not "for the planned assistance"; not "for hosting the aid conference": an act, no aid)
    r"(?P<what>(?:(?!(?:planned|future|proposed|possible|potential|promised|pledged|expected|"
    r"further|additional|new|more)\b)(?![a-z]+ing\s)(?:[\w-]+|§M\d+§)\s+){0,3}?)"
    r"(?P<n>aid|assistance|donations?|support|help|contributions?|role|efforts|"
    # ("for its swift deployment of relief personnel and supplies to Tonga"; session 28)
    r"deployment|dispatch|deliver(?:y|ies)|provision)\b"
    r"(?P<rest>[^.;]{0,200})"
)
# the aid a noun of sending names: "deployment of relief personnel and supplies", "delivery of
# humanitarian aid", "dispatch of rescue teams" (not "deployment of troops", "of its navy")
_DELIVERY_NOUNS = frozenset({"deployment", "dispatch", "delivery", "deliveries", "provision"})
_DELIVERED_AID = re.compile(
    r"^\s+of\s+(?:(?:the|its|their|much-needed|urgent|emergency|vital|more|additional)\s+)*"
    r"(?:[\w-]+\s+){0,2}?(?:relief|aid|humanitarian|medical|food|rescue|search-and-rescue|"
    r"disaster|assistance|supplies|vaccines|doses|medicines)\b"
)
THANKED_FOR_WORDS = _THANKS_WORDS | {"grateful", "thankful", "gratitude", "appreciation"}
# the act of help told by its verb: "praised the Netherlands for providing F-16 fighter jets to
# Ukraine", "thanked Poland for hosting millions of Ukrainian refugees" (not "for providing its
# good offices to the parties", "for hosting the talks": no help given)
THANKED_FOR_DOING = re.compile(
    rf"\b(?:(?:(?:{_THANKS_VERB})\s+(?:the\s+)?(?P<a>§[SOP]\d+§)|(?:gratitude|appreciation|thanks)"
    r"\s+to\s+(?:the\s+)?(?P<a2>§[SOP]\d+§))\s+for|"
    # "appreciation for Peru's generosity in hosting ... migrants" (session 22)
    r"(?:gratitude|appreciation|thanks)\s+for\s+(?:the\s+)?(?P<a3>§[SO]\d+§)['’]s?\s+"
    r"(?:generosity|hospitality|role|efforts?)\s+in)\s+(?:(?:so\s+)?(?:generously|graciously)\s+)?"
    r"(?:(?:providing|sending|delivering|supplying|donating|giving)\s+(?P<obj>(?:[^;§]|§M\d+§)"
    r"{0,80}?)\bto\s+"
    r"(?:the\s+)?(?P<to>§[SD]\d+§)(?!['’])|(?:hosting|sheltering|taking\s+in|welcoming|accepting|"
    r"receiving)\s+(?P<host>(?:[\w,-]+\s+){0,4}?)(?:(?P<of>§D\d+§)\s+)?(?:refugees|evacuees|"
    r"displaced\s+people)(?:\s+from\s+(?:the\s+)?(?P<from>§S\d+§))?|"
    # people of another kind or told otherwise ("hosting more than 2.4 million Venezuelan
    # migrants"): the people as written (hosted_people)
    r"(?P<hv>hosting|sheltering|taking\s+in|welcoming|accepting|receiving)\b)"
)
# what a verb of giving gave that is help: "F-16 fighter jets", "humanitarian aid", "$5 million"
_GIVEN_HELP = re.compile(
    r"\b(?:aid|assistance|weapons|arms|jets|aircraft|tanks|missiles|drones|ammunition|artillery|"
    r"howitzers|equipment|supplies|food|grain|wheat|fuel|vaccines|doses|medicines|generators|"
    r"funding|loans?|grants?|air\s+defen[cs]e|shelter)\b|§M\d+§"
)
# what makes support, help, a role or a contribution aid given (ANNOTATION.md §5 codes aid
# "provided"; support with no stated content may be backing only, so a content word is
# required): its kind ("military support"), what it included ("including the deployment of
# instructors", "including more than €120 million"), what it was in ("in the reconstruction of
# ...", "in delivering humanitarian assistance") (not "its support for the resolution")
_AID_CONTENT_KIND = re.compile(
    r"\b(?:humanitarian|military|financial|economic|material|medical|defen[cs]e|budgetary|"
    r"development|reconstruction|relief)\b"
)
_AID_CONTENT = re.compile(
    r"^[^;]{0,80}?,?\s+(?:including|such\s+as)\s+[^;]{0,60}?(?:§M\d+§|\b(?:aid|assistance|"
    r"weapons|supplies|equipment|deployment|deliver(?:y|ies)|training|instructors|trainers|"
    r"ammunition|tanks|vehicles|vaccines|doses|food|grain|wheat|fuel|loans?|grants?|funding)\b)|"
    r"^\s+(?:in|with|for|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:reconstruction|recovery|"
    # ("in debt relief talks": a negotiation, not help given)
    r"rebuilding|(?<!debt\s)relief(?!\s+(?:talks|negotiations))|rescue|demining|mine\s+clearance)\b|"
    r"^\s+(?:in|to)\s+(?:deliver|provid|send|suppl|distribut|donat)[a-z]*\s+"
    r"(?:[\w-]+\s+){0,3}?(?:aid|assistance|supplies|food|weapons|equipment)\b|"
    r"^\s+of\s+(?:[a-z]+\s+)?§M\d+§"
)
_AID_NOUNS = frozenset({"aid", "assistance", "donation", "donations"})
# aid still to come: "the assistance China will provide" (AGREE, not AID)
_AID_TO_COME = re.compile(
    r"^\s+(?:that\s+|which\s+)?(?:the\s+)?§[SOPD]\d+§\s+(?:will|would|shall|is\s+to|are\s+to|"
    r"plans|intends|is\s+going|has\s+pledged|had\s+pledged|pledged|promised|has\s+promised|"
    r"is\s+planning|has\s+offered|offered)\b"
)
# "the humanitarian assistance that Russia sends to our people": the giver a relative clause names
_AID_GIVEN_BY = re.compile(
    r"^\s+(?:that\s+|which\s+)?(?:the\s+)?(?P<g>§[SO]\d+§)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:sends|sent|provides|provided|delivers|delivered|gives|gave|donates|donated|supplies|"
    r"supplied|extends|extended)\b"
)
# the receiver named in what the aid included or did: "to Ukraine", "to train Ukrainian soldiers"
# (a possessive only before a state's body: "to Pakistan's central bank", not "to Ukraine's
# neighbours")
_AID_CONTENT_TO = re.compile(
    r"\b(?:to|train|training|trained)\s+(?:the\s+)?(?P<g>§[SD]\d+§)(?!['’])|"
    r"\bto\s+(?:the\s+)?(?P<g2>§S\d+§)['’]s?\s+(?:government|people|central\s+bank|armed\s+"
    r"forces|army)\b|"
    # "the humanitarian assistance India has extended to the people of Ukraine" (session 37)
    r"\bto\s+(?:the\s+)?(?:people|population|citizens)\s+of\s+(?:the\s+)?(?P<g3>§S\d+§)"
)
# help in doing something: what it helped with tells whether it was aid
# (not a time: "thanked Russia for its assistance in January, when ...")
_HELP_IN = re.compile(
    r"\s+(?:in|with)\s(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|\d{4}|recent\s+(?:years|months|weeks))\b)"
)
# help to the one who speaks: "to our people", "to our country"
_TO_OUR = re.compile(r"\bto\s+our\s+(?:people|country|nation|citizens|economy)\b")
# a receiver named that is no party ("to Palestinians in Gaza", "to the Red Cross")
_TO_SOMEONE = re.compile(r"\b(?:to|for)\s+(?!(?:help|assist|support|train)\b)[\w§]")
# support that is aid by what it includes: "..., including the delivery of military and
# humanitarian assistance" (not "its support for Ukraine's sovereignty": backing)
_AID_INCLUDED = re.compile(
    r",?\s+(?:including|such\s+as)\s+(?:the\s+)?(?:(?:delivery|provision|supply|donation)\s+of\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:aid|assistance|weapons|supplies|equipment)\b"
)
# "... that Cuba had received this year", "... it sent to Ukraine in 2022": who received it
_AID_RECEIVED_BY = re.compile(
    r"^\s+(?:(?:that|which)\s+)?(?:(?:the\s+)?(?P<g>§[SD]\d+§)\s+(?:has\s+|had\s+)?received\b|"
    r"(?:it|they)\s+(?:has\s+|have\s+|had\s+)?(?:sent|provided|delivered|gave|donated|supplied)\s+"
    r"to\s+(?:the\s+)?(?P<to>§[SD]\d+§)|"
    # "the support they had given Laos": the one given it, with no "to"
    # (also "the support Russia had given Syria": the giver named)
    r"(?:it|they|(?:the\s+)?§[SPDO]\d+§)\s+(?:has\s+|have\s+|had\s+)?(?:given|provided|"
    r"extended)\s+(?:the\s+)?(?P<dat>§S\d+§)(?=[,.;]|\s+(?:in|over|during|since|with)\b|$))"
)
# ("the humanitarian aid, including wheat, that Cuba had received")
_INCLUDING_ASIDE = re.compile(r"^,\s+including\s+[^,]{1,60},")
_AID_CLAUSE_END = re.compile(r";|,\s+(?:and|but|while)\s|\s+and\s+(?:[a-z]+ed|for)\b")


def _aid_taker(rest: str) -> tuple[str | None, str]:
    """The slot of who received the aid, in what follows its noun ("to Ukraine", "that Cuba
    had received", "it sent to Ukraine"), and the text after the verb of a relative clause
    that tells when ("... received this year"; not "to Türkiye following the February 6
    earthquakes": the disaster's date)."""
    if rest.lstrip().startswith(("to ", "for ")) and (to := AID_TO.match(rest.lstrip())):
        return to.group("g"), ""
    rest = _INCLUDING_ASIDE.sub("", rest, count=1)
    received = _AID_RECEIVED_BY.match(rest)
    if received is None:
        return None, ""
    return received.group("g") or received.group("to") or received.group("dat"), rest[
        received.end() :
    ]


# "thanked the President of Russia for the deliveries of wheat and fuel that Russia had made
# to Mali", "thanked Kazakhstan for its shipments of grain to Tajikistan": goods given
_THANKED_DELIVERIES = re.compile(
    rf"\b(?:{_THANKS_VERB})\s+(?:the\s+)?(?P<a>§[SOP]\d+§)\s+for\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:deliveries|shipments|supplies)\s+of\s+(?P<what>[^.;§]{1,80}?)\s+"
    r"(?:(?:that|which)\s+(?:the\s+)?(?P<g>§[SD]\d+§)\s+(?:has\s+|had\s+|have\s+)?(?:made|sent|"
    r"provided|delivered|supplied|shipped)\s+)?to\s+(?:the\s+)?(?P<to>§[SD]\d+§)"
)


# "At Albania's request, the United States sent experts ... to help the government": the
# request, and help given to the one who asked
_AT_REQUEST = re.compile(
    r"^(?:[A-Z][a-z]+,?\s+)?[Aa]t\s+(?:(?P<r>§[SD]\d+§)['’]s?\s+|the\s+request\s+of\s+(?:the\s+)?"
    r"(?P<r2>§[SD]\d+§))(?:request|invitation)?,\s+(?:the\s+)?(?P<a>§[SO]\d+§)\s+(?:has\s+|had\s+|"
    r"also\s+)?(?:sent|dispatched|deployed)\s+(?P<rest>[^.;]{0,120}?)\bto\s+(?:help|assist)\b"
)


# "Chad deployed 800 soldiers to the Darfur region in May at the request of the government of
# Sudan": troops sent to keep the peace where a state asked for them (military protection)
_DEPLOYED_AT_REQUEST = re.compile(
    r"(?:^|,\s+|\band\s+)(?:the\s+)?(?P<a>§[SO]\d+§)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?"
    r"(?:deployed|sent|dispatched)\s+(?P<rest>[^.;]{0,120}?\b(?:troops|soldiers|forces|force|"
    r"contingent|peacekeepers|police\s+officers|policemen)\b[^.;]{0,120}?)\bat\s+the\s+"
    r"(?:request|invitation)\s+of\s+(?:the\s+)?(?:(?:[Gg]overnment|authorities|[Pp]resident)\s+"
    r"of\s+(?:the\s+)?)?(?P<r>§[SD]\d+§)(?!['’])"
)


# "Washington said it had no plans to provide military assistance", "has no intention of sending
# troops": a refusal of military help, when a request for it was told to that party before
_NO_PLANS_MILITARY = re.compile(
    r"(?:^|,\s+|\band\s+)(?:[Tt]he\s+)?(?P<a>§[SC]\d+§)\s+(?:(?:said|says|stated)\s+(?:that\s+)?"
    r"(?:it|they)\s+)?(?:had|has|have)\s+no\s+(?:immediate\s+)?(?:plans?|intention)\s+(?:to|of)\s+"
    r"(?:provid|send|deploy|dispatch)\w*\s+(?:any\s+)?(?:military\s+(?:assistance|aid|help|"
    r"support)|troops|soldiers|forces)\b"
)


# "The United States asked Venezuela to release them, but Caracas has so far refused", "La Paz
# has refused to do so": a refusal told bare, of the request told just before to that party
_BARE_REFUSAL = re.compile(
    r"(?:^|,\s+|;\s+|\bbut\s+)(?:(?:[Bb]ut|and)\s+)?(?:[Tt]he\s+)?(?P<a>§[SC]\d+§)\s+"
    r"(?:(?:has|have|had)\s+)?(?:(?:so\s+far|thus\s+far|since|repeatedly|consistently|flatly|"
    r"firmly|always)\s+)?(?:refused|declined)(?:\s+to\s+(?:do\s+so|comply))?"
    r"(?:\s+(?:so\s+far|to\s+date|until\s+now))?\s*(?:[.;]|$)"
)


def _bare_refusal(analysis: Analysis, doc: Doc) -> None:
    """REJECT (120) by a party that refused, of the request (10x) told to it in the sentence or
    the one before; to the party that asked (session 27)."""
    if not {"refused", "declined"} & analysis.words or analysis.hypothetical:
        return
    m = _BARE_REFUSAL.search(analysis.masked)
    if m is None:
        return
    slot = analysis.mention(m.group("a"))
    refusers = state_named(doc, slot) if slot.code is Code.CITY else list(slot.entities)
    keys = {e.key for e in refusers}
    if not keys:
        return
    previous = doc.previous
    start = previous.sentence.begin if previous is not None else analysis.sentence.begin
    for fact in reversed(doc.facts):
        first = fact.evidence[0]
        if first.in_title:
            continue
        if first.begin < start:
            return
        if fact.cls is not FactClass.EVENT or fact.get("eventType") != (Concept("REQUEST"),):
            continue
        if keys & {e.key for e in fact.entities("recipient")}:
            askers = [e for e in fact.entities("actor") if e.key not in keys]
            if askers:
                doc.add(
                    FactClass.EVENT,
                    event_args("REJECT", "120", refusers, askers, None),
                    analysis,
                    0.7,
                )
            return


def refused_military_request(analysis: Analysis, doc: Doc) -> None:
    """REJECT (122) of a request for military help: a party that says it has no plans to send
    troops or military assistance, after a sentence told of a request (1034, 1032) to it; to the
    party that asked. Also a bare refusal of a request told just before (_bare_refusal)."""
    _bare_refusal(analysis, doc)
    if "no" not in analysis.words or not ({"plans", "plan", "intention"} & analysis.words):
        return
    m = _NO_PLANS_MILITARY.search(analysis.masked)
    if m is None:
        return
    slot = analysis.mention(m.group("a"))
    refusers = state_named(doc, slot) if slot.code is Code.CITY else list(slot.entities)
    keys = {e.key for e in refusers}
    if not keys:
        return
    for fact in reversed(doc.facts):
        codes = {str(v) for v in fact.get("cameoCode")}
        if fact.cls is not FactClass.EVENT or not codes & {"1034", "1032"}:
            continue
        if keys & {e.key for e in fact.entities("recipient")}:
            asked = [e for e in fact.entities("actor") if e.key not in keys]
            refuser = [e for e in refusers if e.key in keys]
            if asked:
                doc.add(
                    FactClass.EVENT,
                    event_args("REJECT", "122", refuser, asked, None),
                    analysis,
                    0.7,
                )
            return


def requested_help(analysis: Analysis, doc: Doc) -> None:
    """REQUEST (100) by a state at whose request another sent help, and the help (AID 070)
    when it is told without its own recipient ("to help the government")."""
    if "request" not in analysis.words or analysis.negated or analysis.hypothetical:
        return
    m = _AT_REQUEST.match(analysis.masked)
    if m is None:
        _deployed_at_request(analysis, doc)
        return
    asked = [e for e in entities_of(analysis, m.group("r") or m.group("r2")) if e.is_linked]
    givers = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
    if not asked or not givers or {e.key for e in givers} & {e.key for e in asked}:
        return
    when = event_date(analysis, doc, givers, "AID")
    doc.add(FactClass.EVENT, event_args("REQUEST", "100", asked, givers, when), analysis, 0.7)
    if "§" not in m.group("rest"):
        doc.add(FactClass.EVENT, event_args("AID", "070", givers, asked, when), analysis, 0.7)


def _deployed_at_request(analysis: Analysis, doc: Doc) -> None:
    """AID (074) by a state that deployed troops at another's request, to it, and that state's
    request (1034)."""
    if "troops" not in analysis.words and not _TROOP_WORDS & analysis.words:
        return
    m = _DEPLOYED_AT_REQUEST.search(analysis.masked)
    if m is None:
        return
    asked = [e for e in entities_of(analysis, m.group("r")) if e.is_linked]
    givers = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
    if not asked or not givers or {e.key for e in givers} & {e.key for e in asked}:
        return
    when = event_date(analysis, doc, givers, "AID")
    doc.add(FactClass.EVENT, event_args("AID", "074", givers, asked, when), analysis, 0.7)
    doc.add(FactClass.EVENT, event_args("REQUEST", "1034", asked, givers, when), analysis, 0.7)


_TROOP_WORDS = frozenset(
    {"soldiers", "forces", "force", "contingent", "peacekeepers", "officers", "policemen"}
)


def _thanked_deliveries(analysis: Analysis, doc: Doc) -> None:
    """AID (070) by the one thanked for deliveries of goods to a state, or by the state the
    clause names as the one that made them."""
    for m in _THANKED_DELIVERIES.finditer(analysis.masked):
        thanked = [e for e in entities_of(analysis, m.group("g") or m.group("a"))]
        givers = [
            (state_of(doc, e) if e.kind is EntityKind.PERSON else e) or e
            for e in thanked
            if e.kind in ACTOR_KINDS
        ]
        takers = [e for e in entities_of(analysis, m.group("to")) if e.kind in ACTOR_KINDS]
        if not givers or not takers or {e.key for e in givers} & {e.key for e in takers}:
            continue
        if any(e.kind is EntityKind.PERSON for e in givers):
            continue  # the state of the one thanked is not known
        cameo = finer_cameo("AID", "070", m.group("what"))
        if cameo == "070" and staples_given_free(m.group("what"), analysis.masked[m.end() :][:40]):
            cameo = "073"  # "the shipments of flour to Somalia free of charge" (session 41c)
        doc.add(FactClass.EVENT, event_args("AID", cameo, givers, takers, None), analysis, 0.7)


def praised_aid(analysis: Analysis, doc: Doc) -> None:
    """AID by a party thanked or praised for the aid it gave ("thanked Russia for the
    humanitarian aid that Cuba had received this year"), besides the praise itself (SUPPORT
    051): to the party named, else the one that received it; dated by a date of its own."""
    if THANKED_FOR_WORDS.isdisjoint(analysis.words):
        return
    if analysis.negated or analysis.hypothetical:
        return
    if " for " in analysis.masked:
        _thanked_for(analysis, doc)
    if _THANKS_WORDS.isdisjoint(analysis.words):
        return
    _thanked_deliveries(analysis, doc)
    for m in _PRAISED_AID.finditer(analysis.masked):
        rest = text_before(_AID_CLAUSE_END, m.group("rest"))
        if m.group("n") in {"support", "help"} and not _AID_INCLUDED.search(rest):
            continue  # "thanked Japan for its support": backing, not aid
        givers = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
        slot, when_text = _aid_taker(rest)
        takers = [e for e in entities_of(analysis, slot) if e.kind in ACTOR_KINDS] if slot else []
        if not givers or not takers or {e.key for e in givers} & {e.key for e in takers}:
            continue
        when = next(
            (d.value for d in analysis.dates if d.end_value is None and d.text in when_text), None
        )
        cameo = finer_cameo("AID", "070", m.group("what") + rest)
        args = {**event_args("AID", cameo, givers, takers, when), **money_args(analysis, m["what"])}
        doc.add(FactClass.EVENT, args, analysis, 0.7)


# military help by what it was: "the deployment of instructors to train soldiers", "training"
_MILITARY_HELP = re.compile(
    r"\b(?:deployment|deployed|train|training|trained|instructors|trainers|fighter\s+jets)\b"
)


def _thanked_for(analysis: Analysis, doc: Doc) -> None:
    """AID by the party whose help a thanks or praise names after "for" ("thanked the Taoiseach
    for Ireland's support to Ukraine, including ..."): the possessive's party, else the one
    thanked (a person's state), else the one a relative clause says gave it; to the party named
    as receiving it, else to the state of the one who thanks when the clause names nobody."""
    masked = analysis.masked
    for m in THANKED_FOR.finditer(masked):
        what, noun = m.group("what"), m.group("n")
        rest = text_before(_AID_CLAUSE_END, m.group("rest"))
        if _AID_TO_COME.match(rest):
            continue  # "for the assistance China will provide": a promise, not aid
        if "evacuat" in rest[:120]:
            # "for Saudi Arabia's support in the evacuation of U.S. citizens from Sudan", "for
            # the assistance Pakistan had provided in evacuating Russian citizens": a service to
            # the thanker's own people, not aid to a party
            continue
        if noun in _DELIVERY_NOUNS and not _DELIVERED_AID.match(rest):
            continue  # "thanked Kenya for the deployment of its police": no aid named
        content = bool(
            _AID_CONTENT_KIND.search(what)
            or _AID_CONTENT.match(rest)
            or _AID_INCLUDED.search(rest)
            or noun in _DELIVERY_NOUNS
        )
        if not content and (noun not in _AID_NOUNS or _HELP_IN.match(rest)):
            # "thanked Japan for its support for the resolution": backing, not aid; "for the
            # UAE's assistance in the exchange of prisoners": a good office, not aid given
            continue
        if m.group("g"):
            givers = [e for e in entities_of(analysis, m.group("g")) if e.kind in ACTOR_KINDS]
        elif (by := _AID_GIVEN_BY.match(rest)) is not None:
            givers = parties_named(analysis, by)
        else:
            thanked = m.group("a") or m.group("a2")
            givers = [e for e in entities_of(analysis, thanked or "") if e.kind in ACTOR_KINDS]
        givers = [side_of(doc, e) or e for e in givers]
        if not givers or any(e.kind is EntityKind.PERSON for e in givers):
            continue  # the state of the one thanked is not known
        thanker = _thanker_state(analysis, doc, masked[: m.start()], bool(m.group("glad")))
        if thanker is not None and thanker.key in {e.key for e in givers}:
            continue  # the thanker's own aid
        takers, when_text = _thanked_aid_taker(analysis, rest, thanker)
        if takers is None or {e.key for e in givers} & {e.key for e in takers}:
            continue
        when = next(
            (d.value for d in analysis.dates if d.end_value is None and d.text in when_text), None
        )
        plain = unmasked(analysis, what + noun + rest)
        cameo = finer_cameo("AID", "070", plain)
        if cameo == "070" and _MILITARY_HELP.search(plain):
            cameo = "072"
        args = {
            **event_args("AID", cameo, givers, takers, when),
            **(money_args(analysis, what) or money_args(analysis, rest)),
        }
        doc.add(FactClass.EVENT, args, analysis, 0.7)
    for m in THANKED_FOR_DOING.finditer(masked):
        obj = m.group("obj")
        if obj is not None and not _GIVEN_HELP.search(obj):
            continue  # "for providing a platform to ...": no help given
        thanked = m.group("a") or m.group("a2") or m.group("a3")
        givers = [
            side_of(doc, e) or e for e in entities_of(analysis, thanked) if e.kind in ACTOR_KINDS
        ]
        if not givers or any(e.kind is EntityKind.PERSON for e in givers):
            continue
        to = m.group("to") or m.group("of") or m.group("from")
        takers = [e for e in entities_of(analysis, to or "") if e.kind in ACTOR_KINDS]
        if not takers and (m.group("hv") or m.group("host") is not None):
            # "for hosting more than 2.4 million Venezuelan migrants": the people sheltered
            at = m.end() if m.group("hv") else m.start("host") - 1
            takers = hosted_people(analysis, masked[at:], thanks=True)
        if not takers or {e.key for e in givers} & {e.key for e in takers}:
            continue  # "hosting refugees": whose, not told
        thanker = _thanker_state(analysis, doc, masked[: m.start()], False)
        if thanker is not None and thanker.key in {e.key for e in givers}:
            continue
        plain = unmasked(analysis, obj if obj is not None else "refugees")
        cameo = finer_cameo("AID", "070", plain) if obj is not None else "075"  # people sheltered
        if cameo == "070" and _MILITARY_HELP.search(plain):
            cameo = "072"
        # ("... to Venezuela this year": a date of the act's own, after its receiver)
        after = (
            text_before(_AID_CLAUSE_END, masked[m.end() : m.end() + 60]) if m.group("to") else ""
        )
        when = next(
            (d.value for d in analysis.dates if d.end_value is None and d.text in after), None
        )
        args = {
            **event_args("AID", cameo, givers, takers, when),
            **money_args(analysis, obj or ""),
        }
        doc.add(FactClass.EVENT, args, analysis, 0.7)


def _thanked_aid_taker(
    analysis: Analysis, rest: str, thanker: Entity | None
) -> tuple[list[Entity] | None, str]:
    """Who received the help thanked for, and the text that tells when: the party named after
    its noun or in what it included ("to Ukraine", "to train Ukrainian soldiers"), the thanker's
    state for "to our people" or when the clause names no receiver; the people of Gaza as
    written ("to Palestinians in Gaza", ``gaza_people``); none (an empty list) for another
    receiver that is no party; None when it cannot be told."""
    slot, when_text = _aid_taker(rest)
    if people := gaza_people(analysis, rest):
        return people, when_text  # "to Palestinians in Gaza": the people, as written
    if slot is None and (inside := _AID_CONTENT_TO.search(rest)) is not None:
        slot = inside.group("g") or inside.group("g2") or inside.group("g3")
    if slot is not None:
        takers = [e for e in entities_of(analysis, slot) if e.kind in ACTOR_KINDS]
        return (takers or None), when_text
    if _TO_OUR.search(rest) or not _TO_SOMEONE.search(rest):
        return ([thanker] if thanker is not None else None), ""
    return [], ""


# the one glad of something: the last party named before "grateful"
_GLAD_ONE = re.compile(r"(?P<g>§[SP]\d+§)[^§]{0,40}$")


def _thanker_state(analysis: Analysis, doc: Doc, head: str, glad: bool) -> Entity | None:
    """The state of the one who thanks: the actors' of the thanks (SUPPORT 051) this sentence
    gave, else (for "grateful for") of the last party named before it."""
    begin, in_title = analysis.sentence.begin, analysis.in_title
    sides: dict[str, Entity] = {}
    for fact in reversed(doc.facts):
        evidence = fact.evidence[0]
        if evidence.begin != begin or evidence.in_title != in_title:
            break
        if fact.cls is FactClass.EVENT and str(fact.one("cameoCode")) == "051":
            for actor in fact.entities("actor"):
                side = side_of(doc, actor)
                if side is not None and side.kind is EntityKind.STATE:
                    sides[side.key] = side
    if not sides and glad and (subject := _GLAD_ONE.search(head)) is not None:
        for party in parties_named(analysis, subject):
            side = side_of(doc, party)
            if side is not None and side.kind is EntityKind.STATE:
                sides[side.key] = side
    return next(iter(sides.values())) if len(sides) == 1 else None


# a total stated on its own: "This brings total U.S. humanitarian assistance to Ethiopia to
# nearly $780 million since ...", "The new funding raises Japan's overall aid to Jordan to $1.2
# billion" (the giver named in it, the receiver after "to" or "for")
_AID_TOTAL = re.compile(
    r"(?:^(?:This|That|It|These|The\s+(?:new\s+|latest\s+|additional\s+)?(?:funding|assistance|aid|"
    r"announcement|package|contribution|pledge))\s+(?:brings|brought|raises|raised|"
    r"will\s+bring|will\s+raise)|"
    # "..., bringing total U.S. assistance to Ukraine since 2022 to more than $1.5 billion"
    r",\s+(?:bringing|raising))\s+(?:the\s+)?(?:(?P<a1>§[SD]\d+§)['’]s?\s+)?(?:total|overall|"
    r"cumulative)\s+(?:(?P<a2>§[SD]\d+§)\s+)?(?P<what>(?:[a-z-]+\s+){0,2}?(?:assistance|aid|"
    r"funding))\s+(?:to|for)\s+(?:the\s+)?(?P<r>§[SD]\d+§)\s+(?:(?:\w+|§T\d+§)\s+){0,2}?"
    r"to\s+(?:(?:more\s+than|over|nearly|almost|about|some|roughly|approximately)\s+)?(?P<m>§M\d+§)"
)


_TOTAL_WORDS = frozenset({"total", "overall", "cumulative"})


# a giver told by its rank among another state's donors: "Australia is Vanuatu's largest aid
# donor", "Japan is the biggest bilateral donor to Cambodia", "is one of Sudan's main donors"
# (AID 070; session 28)
_DONOR_WORDS = frozenset({"donor", "donors", "partner", "partners"})
_DONOR_RANK = re.compile(
    r"(?:^|\s)(?P<a>§[SO]\d+§)\s+(?:is|was|has\s+been|remains|remained|has\s+long\s+been)\s+"
    r"(?:also\s+|now\s+|still\s+)?(?:one\s+of\s+)?(?:(?P<r1>§S\d+§)['’]s?\s+|the\s+)"
    r"(?:(?:single|second|third)[\s-]+)?(?:largest|biggest|main|leading|top|major|principal|"
    r"second-largest|third-largest)\s+(?:(?:(?:bilateral|foreign|international|development|"
    r"humanitarian|aid|budget)\s+){0,2}donors?\b|"
    # "Australia is Papua New Guinea's largest development partner" (a giver of aid, not a
    # trading or security partner; session 40)
    r"development\s+(?:assistance\s+)?partners?\b)(?:\s+(?:to|of|for|in)\s+(?:the\s+)?"
    r"(?P<r2>§S\d+§))?"
)


# a project told financed by its lenders in the passive: "the project was jointly financed with
# loans from the African Development Bank and JICA", "the bridge was funded by a grant from
# Japan" (AID 071 by the lenders, to the state the subject names if any; session 28)
_FINANCED_WORDS = frozenset({"financed", "funded", "co-financed", "co-funded"})
_FINANCED_BY = re.compile(
    r"(?P<subj>[^;]{0,120}?)\s(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:jointly|partly|partially|largely|mainly|fully|entirely)\s+)?(?:financed|funded|"
    r"co-financed|co-funded)\s+(?:with|by|through)\s+(?:(?:an?|the)\s+)?(?:(?:concessional|soft|"
    r"preferential|interest-free)\s+)?(?:(?:loans?|grants?|credits?|funding|financing)\s+"
    r"(?:from|by|of)\s+)?(?:the\s+)?(?P<a>§[SO]\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?"
    r"§[SO]\d+§)*)(?!['’])"
)


_PROJECT_NOUN = re.compile(
    r"\b(?:project|railway|rail\s+line|line|road|highway|expressway|bridge|port|harbou?r|dam|"
    r"hospital|school|university|plant|factory|facility|airport|terminal|stadium|power\s+station|"
    r"pipeline|corridor|programme|program|construction|rehabilitation|reconstruction|"
    r"modernisation|modernization|upgrade|expansion|centre|center|clinic|network)s?\b"
)


def _financed_by(analysis: Analysis, doc: Doc) -> None:
    if analysis.negated or analysis.hypothetical:
        return
    m = _FINANCED_BY.match(analysis.masked, intro_end(analysis.masked))
    if m is None or not _PROJECT_NOUN.search(m.group("subj")):
        return  # (not "The attacks were funded by Iran": no project)
    givers = [
        e
        for slot in SLOT_MARK.findall(m.group("a"))
        for e in entities_of(analysis, slot)
        if e.is_linked and e.kind in {EntityKind.STATE, EntityKind.ORGANIZATION}
    ]
    if not givers:
        return
    keys = {e.key for e in givers}
    takers = [
        e
        for slot in SLOT_MARK.findall(m.group("subj"))
        for e in entities_of(analysis, slot)
        if e.kind is EntityKind.STATE and e.is_linked and e.key not in keys
    ]
    takers = list({e.key: e for e in takers}.values())
    args = event_args("AID", "071", givers, takers if len(takers) == 1 else [])
    doc.add(FactClass.EVENT, args, analysis, 0.7)


def _donor_rank(analysis: Analysis, doc: Doc) -> None:
    m = _DONOR_RANK.search(analysis.masked)
    if m is None or (m.group("r1") is None) == (m.group("r2") is None):
        return
    givers = [e for e in entities_of(analysis, m.group("a")) if e.is_linked]
    takers = [e for e in entities_of(analysis, m.group("r1") or m.group("r2")) if e.is_linked]
    if len(givers) != 1 or len(takers) != 1 or givers[0].key == takers[0].key:
        return
    code = finer_cameo("AID", "070", unmasked(analysis, m.group(0)))
    doc.add(FactClass.EVENT, event_args("AID", code, givers, takers), analysis, 0.7)


def aid_totals(analysis: Analysis, doc: Doc) -> None:
    """A cumulative total of aid stated in a sentence of its own (AID, ANNOTATION.md §5: its
    own fact), from the giver named in it to the receiver, with its start if "since" gives one
    and no date."""
    if analysis.negated or analysis.hypothetical:
        return
    if not _DONOR_WORDS.isdisjoint(analysis.words):
        _donor_rank(analysis, doc)
    if not _FINANCED_WORDS.isdisjoint(analysis.words):
        _financed_by(analysis, doc)
    if _TOTAL_WORDS.isdisjoint(analysis.words):
        return
    m = _AID_TOTAL.search(analysis.masked)
    if m is None:
        return
    givers = [e for e in entities_of(analysis, m.group("a1") or m.group("a2")) if e.is_linked]
    takers = [e for e in entities_of(analysis, m.group("r")) if e.is_linked]
    if not givers or not takers or {e.key for e in givers} & {e.key for e in takers}:
        return
    args = {
        # (the kind from the text: "total German military assistance" is masked in part)
        **event_args(
            "AID", finer_cameo("AID", "070", analysis.sentence.text), givers[:1], takers[:1]
        ),
        **money_args(analysis, m.group("m")),
    }
    if (since := since_date(analysis)) is not None:
        args["startDate"] = [since]
    doc.add(FactClass.EVENT, args, analysis, 0.7)


# a purchase or commercial deal concluded between states (COOPERATE, ANNOTATION.md §5: a
# concluded deal): "Poland signed a $4.75 billion agreement in April 2022 to buy 250 M1A2 Abrams
# tanks from the United States", "Companies of the two countries signed agreements worth $5
# billion", "Kazakh and Uzbek companies concluded contracts worth ...", "the two governments
# concluded a $58 million deal" (not "may sign a deal", "talks on buying tanks", a deal "under
# negotiation", one company's contract)
_DEAL = re.compile(
    r"(?:^|\s)(?:(?P<s>§S\d+§(?:\s+and\s+§S\d+§)?)|(?:[Cc]ompanies|[Ff]irms|[Bb]usinesses)"
    r"\s+(?:of|from)\s+(?:the\s+)?(?P<firms>§G\d+§)|(?P<two>§G\d+§)|(?P<dem>§D\d+§\s+and\s+"
    r"§D\d+§)\s+(?:companies|firms|businesses|enterprises))\s+(?:(?:has|have|had)\s+)?"
    r"(?:signed|concluded|clinched|sealed|struck|finali[sz]ed|inked)\s+(?:an?\s+|the\s+)?"
    r"(?P<what>(?:[\w§.$-]+\s+){0,3}?(?:agreements?|deals?|contracts?)\b[^.;]{0,160})"
)
# what the deal buys, from whom: "to buy 250 M1A2 Abrams tanks from the United States"
_BOUGHT_FROM = re.compile(
    r"^[^;§]{0,60}?(?:§[MT]\d+§[^;§]{0,30}?)?\s(?:to|for\s+the)\s+(?:buy|purchase|acquire|"
    r"procure)\s+[^;§]{0,60}?(?:§M\d+§[^;§]{0,40}?)?\sfrom\s+(?:the\s+)?(?P<g>§S\d+§)"
)
# "signed a contract worth $3 billion with the United States for F-35 jets"
_DEALT_WITH = re.compile(r"^[^;§]{0,60}?(?:§M\d+§[^;§]{0,20}?)?\swith\s+(?:the\s+)?(?P<g>§S\d+§)")
_WORTH = re.compile(r"\b(?:worth|valued\s+at)\s+(?:[a-z]+\s+)?§M\d+§|^(?:[\w.-]+\s+){0,2}?§M\d+§")
_ARMS = re.compile(
    r"\b(?:tanks|helicopters|(?:fighter\s+)?jets|aircraft|missiles?|howitzers|air\s+defen[cs]e|"
    r"frigates|submarines|warships|corvettes|weapons|arms|drones|artillery|ammunition|"
    r"rocket\s+launchers|radars?|military|defen[cs]e|"
    # ("a contract for the supply of 40 armoured vehicles": session 33)
    r"armou?red\s+(?:[\w-]+\s+)?(?:vehicles|personnel\s+carriers)|combat\s+vehicles)\b",
    re.IGNORECASE,
)
# airliners are no arms: "to buy 24 Boeing aircraft", "a deal for 50 Airbus passenger jets",
# "commercial aircraft" (not "Boeing F-15EX fighter jets", "Airbus A400M military transport
# aircraft"; session 23)
_CIVIL_CRAFT = re.compile(
    r"\b(?:Boeing|Airbus|Embraer|COMAC|Bombardier|ATR|passenger|commercial|civil(?:ian)?|"
    r"wide-?body|narrow-?body)\s+(?:(?!(?:fighter|military|combat|attack|transport|"
    r"surveillance|patrol|tanker)\b)[\w-]+\s+){0,2}?(?:jets|aircraft|planes|airliners)\b"
)


def arms_deal(what: str) -> bool:
    """Whether a deal's object is arms (COOPERATE 062), not goods (061)."""
    return _ARMS.search(_CIVIL_CRAFT.sub(" ", what)) is not None


def _deal_sides(analysis: Analysis, doc: Doc, m: re.Match[str]) -> list[Entity]:
    """The states of a deal: those named as its subject and the one sold from or dealt with,
    or the two states of "companies of the two countries", "Kazakh and Uzbek companies" and "the
    two governments" (the talks' states)."""
    if group := m.group("firms") or m.group("two") or m.group("dem"):
        found = [e for e in entities_of(analysis, group) if e.kind is EntityKind.STATE]
        return found if len(found) == 2 else []
    buyers = [e for e in entities_of(analysis, m.group("s")) if e.kind is EntityKind.STATE]
    seller = parties_named(
        analysis, _BOUGHT_FROM.match(m.group("what")) or _DEALT_WITH.match(m.group("what"))
    )
    sides = list({e.key: e for e in [*buyers, *seller] if e.kind is EntityKind.STATE}.values())
    return sides if len(sides) == 2 else []


# a state's purchase from another told with the deal it was made under: "Bangladesh bought wheat
# from India under a government-to-government deal", "Australia had agreed in 2016 to buy the
# vessels from France in a deal worth ..." (not "will buy ... under a new deal", "plans to buy",
# nor a purchase without a deal, which may be trade)
_PURCHASE = re.compile(
    r"(?P<s>§S\d+§)(?:,\s+[^,;§]{1,40},)?\s+(?:(?:has|have|had)\s+)?(?:bought|purchased|acquired|agreed\s+(?:in\s+\d{4}\s+)?"
    r"to\s+(?:buy|purchase|acquire))\s+(?P<what>[^.;§]{1,60}?(?:§M\d+§[^.;§]{0,30}?)?)\s+from\s+"
    r"(?:the\s+)?(?P<g>§S\d+§)\s+(?:under|in|through|as\s+part\s+of)\s+(?:an?\s+|the\s+)?"
    r"(?P<deal>(?:[\w-]+\s+){0,3}?(?:deal|contract|agreement)\b[^.;]{0,60})"
)
_PURCHASE_VERBS = frozenset({"bought", "purchased", "acquired", "agreed"})


def _purchase(analysis: Analysis) -> tuple[list[Entity], str, str] | None:
    """The buyer and seller of a purchase told with its deal, what was bought and the deal."""
    if _PURCHASE_VERBS.isdisjoint(analysis.words):
        return None
    m = _PURCHASE.search(analysis.masked)
    if m is None:
        return None
    found = [*entities_of(analysis, m.group("s")), *entities_of(analysis, m.group("g"))]
    sides = list({e.key: e for e in found if e.kind is EntityKind.STATE}.values())
    return (sides, m.group("what"), m.group("deal")) if len(sides) == 2 else None


def _same_event(fact: Fact, analysis: Analysis, code: str, actors: set[str]) -> bool:
    """Whether a fact is the Event of this CAMEO code by exactly these actors read from this
    sentence (the buyer's "agreed to buy", 031; the sides' signing of a deal, 057)."""
    return (
        fact.cls is FactClass.EVENT
        and code in {str(c) for c in fact.get("cameoCode")}
        and bool(fact.evidence)
        and fact.evidence[0].begin == analysis.sentence.begin
        and fact.evidence[0].in_title == analysis.in_title
        and {e.key for e in fact.entities("actor")} == actors
    )


def deals(analysis: Analysis, doc: Doc) -> None:
    """COOPERATE between two states that concluded a purchase or a deal of stated worth:
    military (062) for arms, else economic (061), with its sum and a date of its own."""
    if analysis.negated or analysis.hypothetical:
        return
    if (bought := _purchase(analysis)) is not None:
        sides, what, deal = bought
        cameo = "062" if arms_deal(what) else "061"
        when = next((d.value for d in analysis.dates if d.end_value is None and not d.since), None)
        money = money_args(analysis, what) or money_args(analysis, deal)
        args = {**event_args("COOPERATE", cameo, sides, when=when), **money}
        # ("had agreed to buy ... in a deal worth ...": the deal concluded, one act, no AGREE of
        # the buyer's beside it)
        doc.facts[:] = [f for f in doc.facts if not _same_event(f, analysis, "031", {sides[0].key})]
        doc.add(FactClass.EVENT, args, analysis, 0.7)
        return
    if "§M" not in analysis.masked or _DEAL_VERBS.isdisjoint(analysis.words):
        return
    m = _DEAL.search(analysis.masked)
    if m is None or not _WORTH.search(m.group("what")):
        return
    sides = _deal_sides(analysis, doc, m)
    if not sides:
        return
    cameo = "062" if arms_deal(m.group("what")) else "061"
    when = next((d.value for d in analysis.dates if d.end_value is None and not d.since), None)
    args = {
        **event_args("COOPERATE", cameo, sides, when=when or doc.meeting_date_of(sides)),
        **money_args(analysis, m.group("what")),
    }
    if "concluded" in m.group(0) and _SIGNING_VERBS.isdisjoint(analysis.words):
        # "the two governments concluded a $58 million deal for the supply of tractors": the
        # deal is the cooperation, no signing beside it (the gold's reading, 2 of 2; a deal
        # "signed" may be a signing too: left, as is "ministers signed a declaration, and
        # companies concluded contracts worth ...")
        keys = {e.key for e in sides}
        doc.facts[:] = [f for f in doc.facts if not _same_event(f, analysis, "057", keys)]
    doc.add(FactClass.EVENT, args, analysis, 0.7)


_DEAL_VERBS = frozenset(
    {"signed", "concluded", "clinched", "sealed", "struck", "finalized", "finalised", "inked"}
)
_SIGNING_VERBS = _DEAL_VERBS - {"concluded"}


# a lender's decision that releases money at once: "The Board's decision enables an immediate
# disbursement of about $1 billion", "The approval allows the release of $500 million"
_DISBURSEMENT_ENABLED = re.compile(
    r"^(?:[Tt]he\s+)?(?P<o>§O\d+§)(?:['’]s?)?\s+(?:decision|approval)\s+(?:(?:will|would)\s+)?"
    r"(?:enables?|allows?|permits?|makes?\s+(?:possible|available)|paves?\s+the\s+way\s+for)\s+"
    r"(?:an?\s+|the\s+)?(?:immediate\s+|first\s+|initial\s+)?(?:disbursement|release|tranche)\s+"
    r"of\s+(?:[\w-]+\s+){0,3}?§M\d+§"
)


def lender_disbursements(analysis: Analysis, doc: Doc) -> None:
    """AID 071 for money a lender's decision releases, to the state of the programme the
    article told last with that lender as its giver (session 32, pledges): after "The Executive
    Board of the IMF approved a 37-month arrangement ... for Jordan", "The Board's decision
    enables an immediate disbursement of about $190 million" is the IMF's aid to Jordan, on the
    approval's day. No programme told before with one recipient: nothing (no guess)."""
    if "§M" not in analysis.masked or "§O" not in analysis.masked or analysis.negated:
        return
    m = _DISBURSEMENT_ENABLED.match(analysis.masked)
    if m is None:
        return
    lenders = [e for e in entities_of(analysis, m.group("o")) if e.kind is EntityKind.ORGANIZATION]
    if len(lenders) != 1:
        return
    lender = lenders[0]
    for fact in reversed(doc.facts):
        if (
            fact.cls is FactClass.EVENT
            and "071" in {str(c) for c in fact.get("cameoCode")}
            and [getattr(a, "key", None) for a in fact.get("actor")] == [lender.key]
            and len(fact.get("recipient")) == 1
            and isinstance(fact.get("recipient")[0], Entity)
        ):
            takers = [e for e in fact.get("recipient") if isinstance(e, Entity)]
            when = next((d for d in fact.get("date") if isinstance(d, TimeValue)), None)
            args = event_args("AID", "071", [lender], takers, when)
            args.update(money_args(analysis, analysis.masked[m.start("o") :]))
            doc.add(FactClass.EVENT, args, analysis, 0.7)
            return


# ---- lenders' programmes: talks, staff-level agreements, earlier loans, commitments ----------
# (session 32, pledges)

# the lenders whose programmes a state negotiates: the IMF, the World Bank
_LENDERS = frozenset({"Q7804", "Q7164"})
# talks going on with a lender: "Egypt is in talks with the IMF to revive ...", "Pakistan has
# been negotiating with the International Monetary Fund since March", "Kenya and the IMF are in
# advanced talks over a new programme" (not talks that were: "was in talks"; not talks to come)
_LENDER_TALKS = re.compile(
    r"(?:(?P<a>§[SO]\d+§)(?:['’]s\s+government|\s+authorities|\s+government)?\s+"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:currently\s+|still\s+|now\s+|already\s+|also\s+)?"
    r"(?:in\s+(?:(?:advanced|fresh|new|final|ongoing|preliminary|early)\s+)?(?:talks|"
    r"negotiations|discussions)|negotiating|holding\s+talks)\s+with\s+(?:the\s+)?(?P<b>§O\d+§)|"
    r"(?P<a2>§[SO]\d+§)\s+and\s+(?:the\s+)?(?P<b2>§[SO]\d+§)\s+(?:are|have\s+been)\s+"
    r"(?:currently\s+|still\s+|now\s+|already\s+)?(?:in\s+(?:(?:advanced|fresh|new|final|ongoing|"
    r"preliminary|early)\s+)?(?:talks|negotiations|discussions)|negotiating)\b)"
)
# a staff-level agreement, the lender's staff and a state's authorities in either order: "IMF
# staff and the Zambian authorities have reached a staff-level agreement on ...", "Ghana and
# the IMF reached a staff-level agreement"
_LENDER_SIDE = r"(?:§O\d+§\s+staff|staff\s+(?:of|from)\s+the\s+§O\d+§|(?:the\s+)?§O\d+§)"
_STATE_SIDE = r"(?:the\s+)?§S\d+§(?:\s+(?:authorities|government))?"
_STAFF_LEVEL = re.compile(
    rf"^(?:[A-Z][\w§ ,'’-]{{0,60}}?,\s+)?(?P<x>{_LENDER_SIDE}\s+and\s+{_STATE_SIDE}|"
    rf"{_STATE_SIDE}\s+and\s+{_LENDER_SIDE})\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|now\s+)?"
    r"reached\s+(?:an?\s+|the\s+)?staff-level\s+agreement\b"
)
# an earlier loan by its year: "a $3 billion loan programme agreed in 2022", "the $6 billion
# bailout it secured from the IMF in 2019", "a 2019 loan"
_LOAN_OF_YEAR = re.compile(
    r"§M\d+§\s+(?:[\w-]+\s+){0,2}?(?:loan|bailout|rescue|credit)(?:\s+(?:programme|program|"
    r"package|deal|facility|arrangement))?\s+(?:that\s+|which\s+)?(?:it\s+|they\s+|was\s+)?"
    r"(?:agreed|signed|secured|approved|struck|reached|obtained)\s+(?:(?:with|from)\s+(?:the\s+)?"
    r"(?P<l>§O\d+§)\s+)?in\s+(?P<y>(?:19|20)\d\d)\b"
)
# the borrower's commitments told in a programme story: "The authorities have committed to
# protect social spending", "The government has pledged to cut the deficit"
_AUTHORITIES_COMMITTED = re.compile(
    r"^(?:[A-Z][\w ,'’-]{0,40}?,\s+)?(?:[Tt]he\s+)?(?:authorities|government)\s+(?:have\s+|has\s+)?"
    r"(?:also\s+|further\s+)?(?:committed|pledged|agreed|undertaken)\s+to\s+(?!be\b)[a-z]"
)


def _lender_and_state(analysis: Analysis, text: str) -> tuple[Entity, Entity] | None:
    """The one lender and the one state other than it a text names."""
    found = entities_of(analysis, text)
    lenders = [e for e in found if e.qid in _LENDERS]
    states = [e for e in found if e.kind is EntityKind.STATE and e.is_linked]
    if len({e.key for e in lenders}) != 1 or len({e.key for e in states}) != 1:
        return None
    return lenders[0], states[0]


def _programme_told(doc: Doc) -> tuple[Entity, Entity] | None:
    """The lender and the state of the lender's programme told just before (an AID, an AGREE or
    a Meeting of one lender and one state among the article's last three facts: "the
    government" of a sentence far from the programme may be another's)."""
    for fact in reversed(doc.facts[-3:]):
        if fact.cls not in {FactClass.EVENT, FactClass.MEETING}:
            continue
        sides = [
            v
            for role in ("actor", "recipient", "participant")
            for v in fact.get(role)
            if isinstance(v, Entity)
        ]
        lenders = [e for e in sides if e.qid in _LENDERS]
        states = [e for e in sides if e.kind is EntityKind.STATE and e.is_linked]
        if len(lenders) == 1 and len(states) == 1:
            return lenders[0], states[0]
    return None


def _negotiation(
    state: Entity, lender: Entity, when: TimeValue | None
) -> dict[str, Sequence[Value]]:
    """A state's negotiation with a lender (Meeting 046), on ``when`` if given."""
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": [state, lender],
        "cameoCode": ["046"],
    }
    if when is not None:
        args["date"] = [when]
    return args


def lender_programmes(analysis: Analysis, doc: Doc) -> None:
    """A state's dealings with a lender in a programme story (session 32, pledges):

    - talks going on ("Egypt is in talks with the IMF to revive ..."): Meeting 046 of the two,
      undated (ANNOTATION.md §3: talks with no day told);
    - a staff-level agreement ("IMF staff and the Zambian authorities reached a staff-level
      agreement on ..."): AGREE 030 by both (no recipient: a joint act) and the negotiation it
      concluded, Meeting 046, on the sentence's day;
    - an earlier loan by its year ("a $3 billion loan programme agreed in 2022"): AID 071 lender
      → state, dated that year, historical;
    - the borrower's commitments after its programme was told ("The authorities have committed
      to protect social spending"): AGREE 030 state → lender.
    """
    masked = analysis.masked
    if analysis.negated or analysis.hypothetical:
        return
    if "authorities" in masked or "government" in masked:
        committed = _AUTHORITIES_COMMITTED.match(masked)
        if committed is not None and "§" not in masked[: committed.end()]:
            told = _programme_told(doc)
            if told is not None:
                lender, state = told
                promise = event_args("AGREE", "030", [state], [lender], act_date(analysis))
                doc.add(FactClass.EVENT, promise, analysis, 0.7)
            return
    if "§O" not in masked:
        return
    if "staff-level" in masked and (staff := _STAFF_LEVEL.match(masked)) is not None:
        pair = _lender_and_state(analysis, staff.group("x"))
        if pair is not None:
            lender, state = pair
            when = act_date(analysis)
            keys = {lender.key, state.key}
            agreed = any(
                f.cls is FactClass.EVENT
                and f.evidence == (doc.evidence(analysis),)
                and {getattr(a, "key", None) for a in f.get("actor")} == keys
                for f in doc.facts
            )
            if not agreed:  # (statements.py may have read "X and the IMF reached ...")
                doc.add(
                    FactClass.EVENT,
                    event_args("AGREE", "030", [state, lender], [], when),
                    analysis,
                    0.7,
                )
            doc.add(FactClass.MEETING, _negotiation(state, lender, when), analysis, 0.7)
        return
    talks = _LENDER_TALKS.search(masked) if "talks" in masked or "negotiat" in masked else None
    if talks is not None and not told_as_future(masked[: talks.start()]):
        a, b = (
            (talks.group("a"), talks.group("b"))
            if talks.group("a")
            else (
                talks.group("a2"),
                talks.group("b2"),
            )
        )
        pair = _lender_and_state(analysis, f"{a} {b}")
        if pair is not None:
            lender, state = pair
            doc.add(FactClass.MEETING, _negotiation(state, lender, None), analysis, 0.7)
    loan = _LOAN_OF_YEAR.search(masked) if "§M" in masked else None
    if loan is not None:
        pair = _lender_and_state(analysis, masked)
        if pair is not None and (
            loan.group("l") is None
            or any(e.key == pair[0].key for e in entities_of(analysis, loan.group("l")))
        ):
            lender, state = pair
            year = TimeValue(int(loan.group("y")))
            args = event_args("AID", "071", [lender], [state], year)
            args.update(money_args(analysis, masked[loan.start() : loan.end()]))
            doc.add(FactClass.EVENT, args, analysis, 0.7, Status.HISTORICAL)


# ---- forces and arms sent to help, and arms bought (session 32, deploy) --------------------------
# Forces sent to protect or help another state are military protection, AID 074 (CAMEO: "provide
# military protection or peacekeeping"), dated, at the city they went to: "Germany has deployed
# Patriot air defence systems to Lithuania" (air defence protects by what it is), "Nigeria sent
# 300 soldiers to Bamako on Tuesday to help secure the capital", "The first Kenyan soldiers of a
# regional force landed on Saturday in Goma" (a city: its state, from the KB). Not a deployment in
# an invasion or occupation, not one to protect the sender's own people, and not a plan or a
# negation (the analysis' flags; "plans to deploy" is no past verb). Such a sending is no show of
# force (MOBILIZE 150): that reading of the same sentence is dropped.
_DEPLOYED_TO_HELP = re.compile(
    r"(?:^|,\s+|\band\s+|\bthat\s+)(?:[Tt]he\s+)?(?P<a>§[SO]\d+§)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:also\s+|already\s+|now\s+)?(?:deployed|sent|dispatched|moved)\s+(?P<what>[^.;§]{0,80}?)\s+"
    r"(?:to|into)\s+(?:the\s+)?(?P<r>§[SC]\d+§)(?!['’]|\s*[-–])(?P<rest>[^.;]*)"
)
# "The first Kenyan soldiers of a regional force landed on Saturday in Goma"
_FORCE_LANDED = re.compile(
    r"(?P<g>§[SD]\d+§)(?:['’]s?)?(?P<who>(?:\s+(?!(?:to|be|not|have|has|had|which|who|and)\b)[\w-]+){0,3}?"
    r"(?:\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:[\w§-]+\s+){0,3}?(?:force|mission|contingent|"
    r"coalition|operation))?)\s+(?:have\s+|has\s+|had\s+)?(?:landed|arrived|touched\s+down)\b"
    r"(?P<mid>[^.;§]{0,40}?)\s+(?:in|at)\s+(?:the\s+)?(?P<r>§[SC]\d+§)(?!['’])(?P<rest>[^.;]*)"
)
# air defence protects whoever hosts it
_AIR_DEFENCE = re.compile(
    r"\b(?:air[\s-]+(?:and\s+missile\s+)?defen[cs]e|missile[\s-]+defen[cs]e|anti-?aircraft|Patriot|"
    r"NASAMS|IRIS-T|SAMP/T)\b",
    re.IGNORECASE,
)
_TROOPS_SENT = re.compile(
    r"\b(?:troops|soldiers|forces|servicemen|paratroopers|marines|contingent|battalions?|"
    r"peacekeepers|military\s+(?:personnel|units?))\b",
    re.IGNORECASE,
)
# the help a sending's purpose or frame names
_PROTECTIVE = re.compile(
    r"^[^.;]{0,60}?\b(?:to\s+(?:help\s+)?(?:protect|defend|secure|guard|shield|bolster|reinforce|"
    r"strengthen|support|help|assist|stabili[sz]e)\b|as\s+part\s+of\s+(?:an?\s+|the\s+)?|"
    r"(?:regional|multinational|peacekeeping|stabili[sz]ation|protection|standby|intervention)\s+"
    r"(?:force|mission|operation|contingent)\b)",
    re.IGNORECASE,
)
# a purpose of the sender's own ("to protect its embassy", "to evacuate its citizens"), or a war
_OWN_OR_WAR = re.compile(
    r"\b(?:citizens|nationals|embassy|diplomats|interests|evacuat\w*|invasion|invad\w*|occup\w*|"
    r"annex\w*|incursion|aggression|offensive|fight\s+against\s+§)",
    re.IGNORECASE,
)


def _folded(analysis: Analysis, slot: str) -> str:
    """The words written from a slot on ("Kenyan soldiers": the mask folds the noun in)."""
    start = analysis.mention(slot).begin - analysis.sentence.begin
    return analysis.sentence.text[start : start + 40]


def _city_state(doc: Doc, entity: Entity) -> Entity | None:
    """The state of a city (from the KB), or the state itself."""
    if entity.kind is EntityKind.STATE:
        return entity
    if entity.kind is EntityKind.CITY and entity.qid:
        city = doc.kb.entity(entity.qid)
        country = doc.kb.entity(city.country) if city is not None and city.country else None
        if country is not None and country.kind is EntityKind.STATE:
            return entity_of(country)
    return None


def _sent_to_help(analysis: Analysis, doc: Doc) -> None:
    """AID 074 by a state that sent forces or air defence to help another; see above."""
    masked = analysis.masked
    if _OWN_OR_WAR.search(masked):
        return
    found: list[tuple[str, str, int]] = []
    for m in _DEPLOYED_TO_HELP.finditer(masked):
        what = m.group("what")
        if _AIR_DEFENCE.search(what) or (
            _TROOPS_SENT.search(what) and _PROTECTIVE.match(m.group("rest"))
        ):
            found.append((m.group("a"), m.group("r"), m.start("a")))
    for m in _FORCE_LANDED.finditer(masked):
        said = f"{_folded(analysis, m.group('g'))} {m.group('who')}"
        if _TROOPS_SENT.search(said) and (
            _PROTECTIVE.search(m.group("who")) or _PROTECTIVE.match(m.group("rest"))
        ):
            found.append((m.group("g"), m.group("r"), m.start("g")))
    for giver_slot, to_slot, at in found:
        givers = [e for e in entities_of(analysis, giver_slot) if e.kind in ACTOR_KINDS]
        places = [e for e in entities_of(analysis, to_slot) if e.is_linked]
        hosts = [h for h in (_city_state(doc, p) for p in places) if h is not None]
        if len(givers) != 1 or len(hosts) != 1 or not givers[0].is_linked:
            continue
        if givers[0].key == hosts[0].key:
            continue
        when = event_date(analysis, doc, givers, "AID", at)
        args = event_args("AID", "074", givers, hosts, when)
        if places[0].kind is EntityKind.CITY:
            args["place"] = [places[0]]
        keys = ({givers[0].key}, {hosts[0].key})
        doc.facts[:] = [
            f
            for f in doc.facts
            if not (
                f.cls is FactClass.EVENT
                and f.evidence[0].begin == analysis.sentence.begin
                and f.evidence[0].in_title == analysis.in_title
                and str(f.get("eventType")[0]) == "MOBILIZE"
                and ({e.key for e in f.entities("actor")}, {e.key for e in f.entities("recipient")})
                == keys
            )
        ]
        doc.add(FactClass.EVENT, args, analysis, 0.7)


# Arms bought under a contract one state signed with another: COOPERATE 062 (a concluded deal,
# ANNOTATION.md §5), both states as actors: "Indonesia signed a contract with France for the
# purchase of 42 Rafale jets"; "Macron witnessed the signing of an agreement under which the
# UAE will acquire 80 Rafale fighter aircraft" (the seller is the witnessing leader's state;
# "will acquire" is what the signed deal lays down, not a plan).
_CONTRACT_WITH_FOR = re.compile(
    r"(?P<a>§S\d+§)\s+(?:has\s+|have\s+)?(?:signed|concluded|inked|finali[sz]ed)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w$,.-]+\s+|§M\d+§\s+){0,4}?(?:contract|deal|agreement)\s+with\s+(?:the\s+)?(?P<b>§S\d+§)\s+"
    r"(?:for|on)\s+the\s+(?:purchase|acquisition|procurement|supply|delivery)\s+of\s+(?P<what>[^.;]{0,80})"
)
_WITNESSED_DEAL = re.compile(
    r"(?P<w>§P\d+§)\s+(?:has\s+|had\s+)?(?:witnessed|attended|oversaw|presided\s+over)\s+the\s+signing\s+"
    r"of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|contract|deal)\s+(?:under\s+which|by\s+which|"
    r"for)\s+(?:the\s+)?(?P<b>§S\d+§)\s+(?:will|would|is\s+to|shall)\s+(?:acquire|buy|purchase|receive)\s+"
    r"(?P<what>[^.;]{0,80})"
)


def _arms_bought(analysis: Analysis, doc: Doc) -> None:
    """COOPERATE 062 between the buyer and the seller of arms a signed contract names."""
    masked = analysis.masked
    for m in _CONTRACT_WITH_FOR.finditer(masked):
        sides = [*entities_of(analysis, m.group("a")), *entities_of(analysis, m.group("b"))]
        _add_arms_deal(analysis, doc, sides, m.group("what"))
    for m in _WITNESSED_DEAL.finditer(masked):
        people = entities_of(analysis, m.group("w"))
        seller = state_of(doc, people[0]) if len(people) == 1 else None
        if seller is not None:
            _add_arms_deal(
                analysis, doc, [*entities_of(analysis, m.group("b")), seller], m.group("what")
            )


def _add_arms_deal(analysis: Analysis, doc: Doc, sides: list[Entity], what: str) -> None:
    states = list({e.key: e for e in sides if e.kind is EntityKind.STATE and e.is_linked}.values())
    if len(states) != 2 or not arms_deal(what):
        return
    when = next((d.value for d in analysis.dates if d.end_value is None and not d.since), None)
    args = {**event_args("COOPERATE", "062", states, when=when), **money_args(analysis, what)}
    doc.add(FactClass.EVENT, args, analysis, 0.7)


# Arms handed over, crews trained: military aid (AID 072). "The S-400 system had already been
# handed over to the Belarusian armed forces, Russia's defence ministry said" (the giver is the
# state that reports its own delivery, ANNOTATION.md §6); "Belarusian crews have been trained at
# Russian training centres" (the trainer is the state whose centres they are).
_HANDED_OVER = re.compile(
    r"(?P<what>[^.;§]{0,80}?)\s+(?:had|has|have|was|were)\s+(?:already\s+|now\s+)?(?:been\s+)?"
    r"(?:handed\s+over|delivered|transferred|supplied)\s+to\s+(?:the\s+)?(?P<r>§[SD]\d+§)"
    r"(?P<mid>[^.;§]{0,30}?),\s+(?:the\s+)?(?:(?P<s>§S\d+§)(?:['’]s?)?\s*|(?P<s2>§D\d+§)\s+(?=[Dd]efen|[Ff]oreign))"
    r"(?:(?:[Dd]efen[cs]e|[Ff]oreign)\s+"
    r"[Mm]inistry\s+)?(?:said|says|announced|reported|confirmed)\b"
)
_TRAINED_AT = re.compile(
    r"(?P<r>§[SD]\d+§)(?P<who>(?:\s+(?:military\s+)?(?:crews|pilots|servicemen|soldiers|troops|"
    r"officers|personnel|specialists|operators|cadets|units))?)\s+(?:have|has|had|were|was)\s+"
    r"(?:already\s+)?(?:been\s+)?trained\s+(?:at|in)\s+(?:the\s+)?(?P<g>§[SD]\d+§)\s+(?:military\s+)?"
    r"(?:training\s+)?(?:cent(?:re|er)s|grounds|ranges|facilities|academies|schools|bases)\b"
)
_ARMED_RECEIVER = re.compile(
    r"\b(?:armed\s+forces|army|military|troops|soldiers|air\s+force|navy|crews|pilots|servicemen|"
    r"officers|personnel|specialists|operators|cadets|units)\b",
    re.IGNORECASE,
)


def _military_help(analysis: Analysis, doc: Doc) -> None:
    """AID 072 for arms handed over or crews trained; see _HANDED_OVER."""
    masked = analysis.masked
    found: list[tuple[str, str, int]] = []
    for m in _HANDED_OVER.finditer(masked):
        said = f"{_folded(analysis, m.group('r'))} {m.group('mid')}"
        if arms_deal(m.group("what")) and _ARMED_RECEIVER.search(said):
            found.append((m.group("s") or m.group("s2"), m.group("r"), m.start("r")))
    for m in _TRAINED_AT.finditer(masked):
        said = f"{_folded(analysis, m.group('r'))} {m.group('who')}"
        if _ARMED_RECEIVER.search(said):
            found.append((m.group("g"), m.group("r"), m.start("r")))
    for giver_slot, to_slot, at in found:
        givers = [e for e in entities_of(analysis, giver_slot) if e.kind is EntityKind.STATE]
        takers = [e for e in entities_of(analysis, to_slot) if e.kind is EntityKind.STATE]
        if len(givers) != 1 or len(takers) != 1 or givers[0].key == takers[0].key:
            continue
        if not givers[0].is_linked or not takers[0].is_linked:
            continue
        when = event_date(analysis, doc, givers, "AID", at)
        doc.add(FactClass.EVENT, event_args("AID", "072", givers, takers, when), analysis, 0.7)


def deployments(analysis: Analysis, doc: Doc) -> None:
    """Forces and arms sent, handed over or bought (session 32): AID 074, AID 072, COOPERATE 062."""
    if analysis.negated or analysis.hypothetical:
        return
    words = analysis.words
    if not words.isdisjoint(_SENT_WORDS):
        _sent_to_help(analysis, doc)
    if not words.isdisjoint(_SIGNED_WORDS):
        _arms_bought(analysis, doc)
    if not words.isdisjoint(_HELP_WORDS):
        _military_help(analysis, doc)
    if "trained" in words:
        _trained_in_state(analysis, doc)


_SENT_WORDS = frozenset({"deployed", "sent", "dispatched", "moved", "landed", "arrived", "touched"})
_SIGNED_WORDS = frozenset(
    {
        "signed",
        "concluded",
        "inked",
        "finalised",
        "finalized",
        "witnessed",
        "attended",
        "oversaw",
        "presided",
    }
)
_HELP_WORDS = frozenset({"handed", "delivered", "transferred", "supplied", "trained"})


# ---- a state's soldiers trained in another (session 33, security) ------------------------------
# "Ukrainian pilots are being trained in Denmark on F-16 jets", "Ukrainian soldiers have been
# trained in Britain since 2022": AID 072 by the state they are trained in, to the state of the
# trainees (named by demonym before an armed noun). Session 32's _TRAINED_AT takes the trainer's
# centres ("trained at Russian training centres"); this takes the state itself. Not one's own
# soldiers at home ("Russian crews have been trained in Russia"), nor training to come or
# hypothetical (the analysis' flags: "could be trained").
_TRAINED_IN_STATE = re.compile(
    r"(?P<r>§[SD]\d+§)(?P<who>(?:\s+(?:military\s+|fighter\s+|air\s+force\s+|army\s+|naval\s+)?"
    r"(?:crews|pilots|servicemen|servicemembers|soldiers|troops|recruits|officers|personnel|"
    r"specialists|operators|cadets|marines|sailors|units|commandos|conscripts))?)\s+(?:have|has|"
    r"had|were|was|are|"
    r"is)\s+(?:already\s+|now\s+|also\s+|currently\s+)?(?:been\s+|being\s+)?trained\s+(?:in|"
    r"by)\s+(?:the\s+)?(?P<g>§S\d+§)(?!['’]|\s+(?:military\s+)?(?:training\s+)?(?:cent(?:re|er)s|"
    r"grounds|ranges|facilities|academies|schools|bases)\b)"
)

_TRAINEES = re.compile(
    r"\b(?:crews|pilots|servicemen|servicemembers|soldiers|troops|recruits|officers|personnel|"
    r"specialists|operators|cadets|marines|sailors|units|commandos|conscripts)\b",
    re.IGNORECASE,
)


def _trained_in_state(analysis: Analysis, doc: Doc) -> None:
    """AID 072 for a state's soldiers trained in another; see _TRAINED_IN_STATE."""
    for m in _TRAINED_IN_STATE.finditer(analysis.masked):
        said = f"{_folded(analysis, m.group('r'))} {m.group('who')}"
        if not _TRAINEES.search(said):
            continue  # ("Ukraine has been trained in ...": no soldiers named)
        givers = [e for e in entities_of(analysis, m.group("g")) if e.kind is EntityKind.STATE]
        takers = [e for e in entities_of(analysis, m.group("r")) if e.kind is EntityKind.STATE]
        if len(givers) != 1 or len(takers) != 1 or givers[0].key == takers[0].key:
            continue
        if not givers[0].is_linked or not takers[0].is_linked:
            continue
        if any(
            f.cls is FactClass.EVENT
            and f.evidence[0].begin == analysis.sentence.begin
            and str(f.get("cameoCode")[0]) == "072"
            and {e.key for e in f.entities("actor")} == {givers[0].key}
            for f in doc.facts
        ):
            continue  # (told by another rule already)
        when = event_date(analysis, doc, givers, "AID", m.start("r"))
        doc.add(FactClass.EVENT, event_args("AID", "072", givers, takers, when), analysis, 0.7)
