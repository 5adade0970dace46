"""Blame told by a speaker: accusations of violations and attacks, blame shifted or shared,
denials, complaints and demands that another party "must" act (ACCUSE, REJECT, REQUEST).
"""

from __future__ import annotations

import itertools
import re

from dipld.extract import acts
from dipld.extract.arguments import asserted_here, resolve_phrase
from dipld.extract.events import (
    ACTOR_KINDS,
    ATTACK_NOUN,
    SAID_AFTER,
    SAID_SPAN,
    allegation_after,
    allegation_of,
    event_date,
    finer_cameo,
    pronoun_entities,
)
from dipld.extract.facts import (
    Doc,
    entities_of,
    event_args,
    side_of,
    state_of,
)
from dipld.extract.patterns import (
    ACTORS,
    NEGATION,
    intro_end,
)
from dipld.extract.spans import Analysis, hedged
from dipld.model import (
    Entity,
    FactClass,
)

# "Thomas-Greenfield said Russia had violated the UN Charter": a violation the speaker reports
# of another party is the speaker's accusation (ANNOTATION.md §6), never the act
_SAID_VIOLATED = re.compile(
    # ("Qatar has complained that Bahraini jets violated its airspace": session 27)
    r"\b(?:(?:has|have|had)\s+)?(?:said|says|stated|states|told\s+[^,;]{1,40}?|argued|insisted|"
    r"charged|declared|complained|complains)\s+"
    rf"(?:that\s+)?(?:the\s+)?(?P<x>{ACTORS})\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:\w+ly\s+|again\s+)?(?:violated|breached)\b"
)
# "informed Congress that Russia was not complying with its obligations under the Treaty",
# "notified Tehran that it was in breach": a breach told to someone is an accusation too
_TOLD_BREACH = re.compile(
    r"\b(?:informed|informs|notified|notifies|told|tells|assessed|assesses|determined|"
    r"determines|concluded|concludes|certified|certifies|found|finds)\s+(?:[^,;]{1,40}?\s+)?"
    rf"that\s+(?:the\s+)?(?P<x>{ACTORS})\s+(?:was|is|were|are|had\s+been|has\s+been|remains|"
    r"remained)\s+(?:still\s+)?(?:not\s+(?:fully\s+)?(?:complying|in\s+compliance)|"
    r"in\s+(?:material\s+|clear\s+|serious\s+)?(?:breach|violation)|violating|noncompliant)\b"
)
# "stated that Ethiopia's unilateral measures constitute a flagrant violation of the
# Agreement", "said Israel's actions amount to a breach of ...": another party's acts called a
# violation, the speaker's accusation too
_SAID_ACTS_VIOLATE = re.compile(
    r"\b(?:said|says|stated|states|told\s+[^,;]{1,40}?|argued|insisted|charged|declared|"
    r"stressed|asserted|affirmed)\s+(?:that\s+)?(?:the\s+)?"
    rf"(?P<x>{ACTORS})['’]s?\s+(?:[a-z-]+\s+){{0,3}}?(?:measures|actions?|steps|moves|policies|"
    r"conduct|behaviou?r|decisions?|activities|practices|filling|construction|deployment|"
    r"incursions?|intrusions?)\s+(?:constitutes?|amounts?\s+to|represents?|is|are|was|were)\s+"
    r"(?:an?\s+)?(?:[a-z]+\s+){0,2}?(?:violation|breach)\s+of\b"
)
# "Petro said Israel was committing genocide in Gaza", "Pakistan said India was behind the
# bombing": a crime or an attack the speaker lays at another party's door (session 24; not
# "was not committing", "could be behind": a denial or a guess)
_SAID_CRIMES = re.compile(
    r"\b(?:said|says|stated|states|told\s+[^,;]{1,40}?|argued|insisted|charged|declared|"
    r"asserted|claimed|claims)(?:\s+(?:on\s+[A-Z][a-z]+|today|yesterday)(?=\s+that\b))?"
    r"\s+(?:that\s+)?(?:the\s+)?"
    rf"(?P<x>{ACTORS})\s+(?:(?:was|is|were|are|had\s+been|has\s+been|had|has|have)\s+"
    r"(?:\w+ly\s+|still\s+)?(?:committing|committed|perpetrating|perpetrated)\s+(?:an?\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:genocide|war\s+crimes|crimes\s+against\s+humanity|"
    r"ethnic\s+cleansing|atrocities|massacres?)|"
    r"(?:was|is|were|are)\s+(?:\w+ly\s+)?(?:responsible\s+for|behind|to\s+blame\s+for)\s+"
    r"(?:the\s+|these\s+|this\s+|that\s+)?(?:[a-z-]+\s+){0,3}?(?:attacks?|bombings?|"
    r"strikes?|explosions?|blasts?|assassinations?|killings?|sabotage|shelling|cyberattacks?|"
    # ("said Washington was responsible for the escalation": session 30, accusations)
    r"hacks?|incursions?|massacres?|escalation|incidents?|violence|crisis|deaths|downing))\b"
)
# "Blinken said China had no right to intimidate the Philippines": a rebuke of the party denied
# the right (session 27; not "said it had no right to", the speaker's own, nor "whether ...")
_SAID_NO_RIGHT = re.compile(
    r"\b(?:said|says|stated|states|told\s+[^,;]{1,40}?|insisted|insists|declared|stressed|"
    r"warned|argued)\s+(?:that\s+)?(?:the\s+)?"
    rf"(?P<x>{ACTORS})\s+(?:has|had|have)\s+no\s+right\s+to\s+[a-z]"
)
# '"China has no right to intimidate the Philippines," the State Department said': the same,
# its speaker last
_NO_RIGHT_SAID = re.compile(
    rf"^[\"“]?(?:[Tt]he\s+)?(?P<x>{ACTORS})\s+(?:has|had|have)\s+no\s+right\s+to\s+[a-z][^;]*?"
    # ("the U.S. State Department said": the abbreviation left before the body)
    rf",[\"”]?\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?(?P<s>{ACTORS})\s+(?:said|says|stated|added|"
    r"warned|wrote)\b"
)
# "Israel said the drone attack bore the hallmarks of Iran": an attack laid at a party's door
# (session 27; not "did not bear", "may bear")
_SAID_HALLMARKS = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:said|says|stated|states|told\s+[^,;]{1,40}?|argued|insisted|"
    r"charged|declared|believes?|believed)\s+(?:that\s+)?(?:the|this|these|Monday['’]s|"
    r"Sunday['’]s|[A-Z][a-z]+day['’]s)\s+(?:[a-z-]+\s+){0,3}?(?:attacks?|bombings?|strikes?|"
    r"explosions?|blasts?|assassinations?|killings?|sabotage|cyberattacks?|hacks?|plots?)\s+"
    r"(?:bore|bears|had|has|have|carried|carries)\s+(?:all\s+)?the\s+(?:\w+\s+)?hallmarks\s+of\s+"
    rf"(?:the\s+|an?\s+)?(?P<x>§D\d+§|{ACTORS})"
)
# "Turkey and Libya signed a maritime memorandum ... Greece said the memorandum violated
# international law": a criticism of the ones who made the agreement told before (session 27)
_SAID_PACT_VIOLATES = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:said|says|stated|states|argued|insisted|charged|declared|"
    r"complained|complains)\s+(?:that\s+)?(?P<o>(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:memorandum|agreement|deal|accord|pact|treaty|protocol))\s+(?:had\s+|has\s+)?"
    r"(?:\w+ly\s+)?(?:violated|violates|breached|breaches|contravened|contravenes)\b"
)
# "Scholz said that Russia bore responsibility for the rise in grain prices" (111), "Boric said
# Israel's operation amounted to collective punishment", "described Ethiopia's filling of the
# dam as a violation of ...": blame and crimes laid at a party's door (session 28; not "may
# bear", "did not amount": the hedges)
_SAID_BLAME = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:said|says|stated|states|told\s+[^,;]{1,40}?|argued|insisted|"
    r"charged|declared|asserted|stressed|claimed|claims)(?:\s+(?:on\s+[A-Z][a-z]+|today|yesterday)"
    r"(?=\s+that\b))?\s+(?:that\s+)?(?:the\s+)?"
    rf"(?:(?P<x>{ACTORS})\s+(?:\w+ly\s+)?(?:bore|bears|bear|had\s+borne|has\s+borne|carried|"
    r"carries|carry)\s+(?:the\s+)?(?:full\s+|primary\s+|main\s+|sole\s+|direct\s+|entire\s+|"
    r"great\s+)?responsibility\s+for|"
    # "said responsibility for the attack lies with Israel" (session 29, notes)
    r"(?:full\s+|entire\s+|sole\s+|primary\s+|whole\s+)?responsibility\s+for\s+[^;:§]{1,100}?\s+"
    rf"(?:lies|lay|rests|rested)\s+(?:\w+ly\s+)?with(?=\s+(?:the\s+)?(?P<z>{ACTORS})(?!['’]))|"
    # ("said the Israeli decision amounted to collective punishment": a demonym's, session 31)
    rf"(?P<y>{ACTORS}(?=['’])|§D\d+§)(?:['’]s?)?\s+(?:[a-z-]+\s+){{0,3}}?(?:operation|offensive|"
    r"bombing|bombardment|"
    r"campaign|actions?|invasion|blockade|siege|war|policy|policies|strikes?|attacks?|measures|"
    # ("Seoul said North Korea's missile launches amounted to a grave provocation")
    r"occupation|conduct|decision|move|launch(?:es)?|tests?|drills|exercises|deployment|"
    r"annexation)\s+(?:(?:in|of|on|against)\s+(?:the\s+)?(?:[\w§-]+\s+){1,3}?)?"
    r"(?:amounted|amounts|amount|constituted|constitutes|"
    r"was|is|were|are)\s+(?:to\s+)?(?:an?\s+)?(?:(?!not\b|never\b|no\b)[a-z-]+\s+){0,2}?(?:genocide|"
    r"collective\s+"
    r"punishment|war\s+crimes?|ethnic\s+cleansing|crimes?\s+against\s+humanity|terrorism|state\s+"
    r"terrorism|aggression|act\s+of\s+(?:war|aggression)|apartheid|massacre|provocation|"
    r"declaration\s+of\s+war))\b"
)
# "Kyrgyzstan's presidential administration said Tajik troops had opened fire first", "Baku
# said Armenian units had fired first on its positions": the side blamed for starting the
# fighting (ACCUSE 112; session 29; not "said they had not fired first")
_SAID_FIRED_FIRST = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:said|says|stated|states|claimed|claims|insisted|charged|"
    r"alleged|alleges|asserted)\s+(?:that\s+)?(?:the\s+)?"
    r"(?P<x>§[SOPGD]\d+§)(?:['’]s?)?\s+(?:(?:armed\s+|border\s+|military\s+)?(?:troops|forces|"
    r"soldiers|units|guards|side|army|military|servicemen|militants|fighters|rebels)\s+)?"
    r"(?:had\s+|have\s+|has\s+|were\s+the\s+ones\s+who\s+|was\s+the\s+one\s+that\s+)?"
    r"(?:opened\s+fire|fired|started\s+(?:the\s+)?(?:shooting|firing|fighting|clashes)|"
    r"attacked|shot)\s+first\b"
)
# "Peskov said Chisinau was pursuing an unfriendly course towards Russia", "said Reykjavik had
# destroyed bilateral cooperation": a party's conduct, or its ruin of ties, rebuked (ACCUSE 111;
# session 36b, criticism; not "was not pursuing", "could destroy")
_SAID_HOSTILE_COURSE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:said|says|stated|states|told\s+[^,;]{1,40}?|argued|insisted|"
    r"charged|declared|asserted|claimed|claims)(?:\s+(?:on\s+[A-Z][a-z]+|today|yesterday))?"
    r"\s+(?:that\s+)?(?:the\s+)?"
    rf"(?P<x>{ACTORS})\s+(?:(?:was|is|were|are|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+|still\s+)?(?:pursuing|conducting|following|taking|carrying\s+out)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:openly|overtly|increasingly|deliberately|"
    r"clearly)\s+)?[\"“]?(?:unfriendly|hostile|aggressive|confrontational|destructive|"
    r"anti-(?:[A-Z][a-z]+|§D\d+§))[\"”]?\s+(?:course|policy|policies|line|stance)|"
    r"(?:had|has|have)\s+(?:\w+ly\s+)?[\"“]?(?:destroyed|wrecked|ruined|sabotaged)[\"”]?\s+"
    r"(?:the\s+|our\s+)?(?:bilateral\s+|mutual\s+)?(?:relations|ties|cooperation|dialogue))\b"
)
_COURSE_WORDS = frozenset({"unfriendly", "hostile", "aggressive", "confrontational", "destructive"})
_COURSE_WORDS |= {"destroyed", "wrecked", "ruined", "sabotaged"}
# the same blame opening a sentence whose speaker comes last (see reported_violations)
_RESPONSIBILITY_LIES = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:[Ff]ull|[Ee]ntire|[Ss]ole|[Pp]rimary|[Ww]hole)\s+)?[Rr]esponsibility\s+"
    r"for\s+[^;:§]{1,100}?\s+(?:lies|lay|rests|rested)\s+(?:\w+ly\s+)?with\s+(?:the\s+)?"
    rf"(?P<z>{ACTORS})(?!['’])"
)
_BLAMED_WORDS = frozenset({"responsibility", "genocide", "punishment", "terrorism", "aggression"})
_BLAMED_WORDS |= {"provocation", "war"}
_BLAMED_WORDS |= {"apartheid", "cleansing", "crimes", "crime", "massacre"}
_VIOLATION_WORDS = frozenset({"violated", "breached", "complying", "compliance", "breach"})
_VIOLATION_WORDS |= {"right", "hallmarks", "violates", "breaches", "contravened", "contravenes"}
_VIOLATION_WORDS |= {"violation", "violating", "noncompliant"}
_VIOLATION_WORDS |= {"genocide", "crimes", "cleansing", "atrocities", "massacre", "massacres"}
_VIOLATION_WORDS |= {"responsible", "behind", "blame"}
# "..., while Qatar has complained that ...": the subject of a later clause, right before its verb
_SECOND_CLAUSE_SPEAKER = re.compile(
    r"(?:,|;)\s+(?:(?:while|whereas|and|but)\s+)?(?:the\s+)?(?P<s>§[SOP]\d+§)\s*$"
)
# "the Department" of a release from a government's own site: its state
_OWN_DEPARTMENT = re.compile(r"(?:^|,\s+)[Tt]he\s+Department\s+$")


# "Japan's condemnation of North Korea's missile launch", "Israel's rejection of Egypt's
# ceasefire proposal": a reaction told by its noun, its maker's at the owner of what it is of
# (session 24; not "a possible condemnation", nor one of an act nobody named)
_NOMINAL_REACTION = re.compile(
    r"(?<![\w§'’])(?P<x>§[SDO]\d+§)['’]s?\s+(?:(?:strong|swift|sharp|firm|outright|public|"
    r"official|repeated|categorical|blunt|harsh|vocal)\s+){0,2}"
    r"(?P<n>condemnation|criticism|denunciation|rejection)\s+of\s+(?:the\s+)?"
    r"(?P<y>§[SDOP]\d+§)['’]s?\s"
)
_NOMINAL_WORDS = frozenset({"condemnation", "criticism", "denunciation", "rejection"})
_NOMINAL_CODES = {
    "condemnation": ("ACCUSE", "111"),
    "criticism": ("ACCUSE", "111"),
    "denunciation": ("ACCUSE", "111"),
    "rejection": ("REJECT", "120"),
}


def _nominal_reactions(analysis: Analysis, doc: Doc) -> None:
    """ACCUSE (111) or REJECT (120) told by its noun after its maker's possessive."""
    if analysis.hypothetical or _NOMINAL_WORDS.isdisjoint(analysis.words):
        return
    masked = analysis.masked
    for m in _NOMINAL_REACTION.finditer(masked):
        if hedged(masked[max(0, m.start() - 40) : m.start()]):
            continue
        actors = [e for e in entities_of(analysis, m.group("x")) if e.kind in ACTOR_KINDS]
        own = {a.key for a in actors} | {s.key for a in actors if (s := side_of(doc, a))}
        targets = [
            e
            for e in entities_of(analysis, m.group("y"))
            if e.kind in ACTOR_KINDS and e.key not in own and (side_of(doc, e) or e).key not in own
        ]
        if not actors or not targets:
            continue
        event_type, cameo = _NOMINAL_CODES[m.group("n").lower()]
        doc.add(
            FactClass.EVENT, event_args(event_type, cameo, actors, targets, None), analysis, 0.6
        )


# "India's external affairs ministry said Pakistan must end cross-border terrorism", "Kenya must
# also explain why ..., the Ugandan foreign ministry said": a demand told by "must" in a
# speaker's reported words (REQUEST; session 29, bodies); not "must be", "must have" (a
# judgement, an inference), nor the speaker's own duty ("said it must")
_MUST_ADVERBS = r"(?:(?:also|now|immediately|urgently|first|still|fully|then|therefore)\s+)*"
_SAID_MUST = re.compile(
    r"\b(?:said|says|stated|states|insisted|insists|declared|declares|added|stressed|stresses|"
    # "told a regular news briefing that Washington should stop smearing China" (session 31)
    r"told\s+(?:reporters|journalists|(?:a|the)\s+(?:(?:regular|daily|weekly)\s+)?(?:news|press)\s+"
    r"(?:briefing|conference)))"
    r"(?:\s+in\s+a\s+statement)?(?:\s+on\s+[A-Z][a-z]+)?(?:\s+in\s+a\s+statement)?"
    # ("said at her weekly briefing on Monday that Finland should immediately reopen ...")
    r"(?:\s+(?:at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:briefing|"
    r"conference)(?:\s+on\s+[A-Z][a-z]+)?)?\s+"
    rf"(?:that\s+)?(?:the\s+)?(?P<x>§[SDG]\d+§)\s+(?P<must>must|should)\s+{_MUST_ADVERBS}"
    r"(?!(?:be|have|not|never|know|surely|certainly|probably|realise|realize|understand)\b)[a-z]+\b"
)
# "should" tells a demand only before a verb of stopping, ending or undoing (session 31: "said
# Washington should stop smearing China"; not "said Europe should prepare for ...")
_SHOULD_DEMAND = re.compile(
    r"(?:stop|cease|end|halt|withdraw|release|free|respect|refrain|reverse|abandon|lift|return|"
    r"apologi[sz]e|correct|pay|comply|abide|honou?r|reopen|retract|rescind|revoke|drop|"
    r"extradite|hand\s+over)\b"
)
_FRONTED_MUST = re.compile(
    rf"(?:[Tt]he\s+)?(?P<x>§[SDG]\d+§)\s+must\s+{_MUST_ADVERBS}"
    r"(?!(?:be|have|not|never|know|surely|certainly|probably|realise|realize|understand)\b)[a-z]+\b"
)


def reported_demands(analysis: Analysis, doc: Doc) -> None:
    """REQUEST by a speaker who says another party "must" act ("Greece's foreign ministry said
    Turkey must stop ...", "Kenya must explain ..., the Ugandan foreign ministry said")."""
    should = "should" in analysis.words
    if ("must" not in analysis.words or analysis.hypothetical) and not should:
        return
    masked = analysis.masked
    found: list[tuple[re.Match[str], list[Entity], list[Entity]]] = []
    for m in _SAID_MUST.finditer(masked):
        if m.group("must") == "should":
            # (its "should" is the demand itself, not a hedge)
            if not _SHOULD_DEMAND.match(masked, m.end(0) - len(m.group(0).split()[-1])):
                continue
            told = masked[max(0, m.start() - 40) : m.start("must")] + masked[m.end("must") :]
            if hedged(told):
                continue
        elif analysis.hypothetical or hedged(masked[max(0, m.start() - 40) : m.end()]):
            continue
        parties = [e for e in entities_of(analysis, m.group("x")) if e.kind in ACTOR_KINDS]
        speakers, asked = allegation_of(analysis, doc, masked[: m.start()], parties)
        found.append((m, speakers, asked))
    fronted = _FRONTED_MUST.match(masked, intro_end(masked))
    if fronted is not None and not hedged(fronted.group(0)):
        said = SAID_AFTER.search(masked, max(0, len(masked) - SAID_SPAN))
        if said is not None:
            parties = [
                e for e in entities_of(analysis, fronted.group("x")) if e.kind in ACTOR_KINDS
            ]
            alleged = allegation_after(analysis, doc, said, parties)
            if alleged is not None:
                found.append((fronted, alleged[0], alleged[1]))
    for m, speakers, asked in found:
        if not speakers or not asked:
            continue
        when = event_date(analysis, doc, speakers, "REQUEST")
        cameo = finer_cameo("REQUEST", "100", masked[m.end("x") :])
        doc.add(FactClass.EVENT, event_args("REQUEST", cameo, speakers, asked, when), analysis, 0.6)


def reported_violations(analysis: Analysis, doc: Doc) -> None:
    """ACCUSE (112) by a speaker who says another party violated a law, treaty or border, or
    tells someone that it is not complying with one; ACCUSE or REJECT told by its noun ("Japan's
    condemnation of North Korea's launch")."""
    _nominal_reactions(analysis, doc)
    reported_demands(analysis, doc)
    fired_first = "first" in analysis.words and (
        "fire" in analysis.words
        or "fired" in analysis.words
        or "shot" in analysis.words
        or "attacked" in analysis.words
        or "started" in analysis.words
    )
    course = not _COURSE_WORDS.isdisjoint(analysis.words) or "anti-" in analysis.masked
    if (
        _VIOLATION_WORDS.isdisjoint(analysis.words)
        and _BLAMED_WORDS.isdisjoint(analysis.words)
        and not fired_first
        and not course
    ):
        return
    masked = analysis.masked
    for m in itertools.chain(
        _SAID_BLAME.finditer(masked) if not _BLAMED_WORDS.isdisjoint(analysis.words) else (),
        _SAID_HOSTILE_COURSE.finditer(masked) if course else (),
        _SAID_FIRED_FIRST.finditer(masked) if fired_first else (),
        _SAID_VIOLATED.finditer(masked),
        _TOLD_BREACH.finditer(masked),
        _SAID_ACTS_VIOLATE.finditer(masked),
        _SAID_CRIMES.finditer(masked),
        _SAID_NO_RIGHT.finditer(masked),
        _SAID_HALLMARKS.finditer(masked),
    ):
        clause = (
            m.group(0)
            if m.re is _SAID_BLAME or m.re is _SAID_FIRED_FIRST
            else m.group(0).replace(" not ", " ")
        )
        if hedged(masked[max(0, m.start() - 40) : m.start()] + clause):
            continue  # "did not say Russia had violated", "said Russia may have violated"
        accused_slot = (
            m.group("x") or (m.group("y") or m.group("z") if m.re is _SAID_BLAME else None) or ""
        )
        parties = [e for e in entities_of(analysis, accused_slot) if e.kind in ACTOR_KINDS]
        head = masked[: m.start()]
        speakers, accused = allegation_of(analysis, doc, head, parties)
        if not speakers and (second := _SECOND_CLAUSE_SPEAKER.search(head)) is not None:
            # "X has accused A of ..., while Doha has complained that B's jets violated its
            # airspace": the subject of the later clause speaks (session 27)
            speakers, accused = allegation_of(analysis, doc, head[second.start("s") :], parties)
        if not speakers and _OWN_DEPARTMENT.search(head):
            speakers = pronoun_entities(doc, "we")
            accused = [p for p in accused if p.key not in {s.key for s in speakers}]
        if m.re is _SAID_BLAME or m.re is _SAID_FIRED_FIRST:
            # "Macron said that France bore responsibility for ...": no accusation of one's own
            own = {e.key for e in speakers} | {
                side.key for e in speakers if (side := side_of(doc, e) or state_of(doc, e))
            }
            accused = [e for e in accused if (side_of(doc, e) or e).key not in own]
        if not speakers or not accused:
            continue
        when = event_date(analysis, doc, speakers, "ACCUSE")
        cameo = (
            "111"
            if m.re in (_SAID_NO_RIGHT, _SAID_HOSTILE_COURSE)
            or (m.re is _SAID_BLAME and (m.group("x") or m.group("z")))
            else "112"
        )
        doc.add(
            FactClass.EVENT, event_args("ACCUSE", cameo, speakers, accused, when), analysis, 0.7
        )
    if (
        "responsibility" in analysis.words
        and (fronted := _RESPONSIBILITY_LIES.match(masked)) is not None
        and (said := SAID_AFTER.search(masked, max(0, len(masked) - SAID_SPAN))) is not None
        and not hedged(fronted.group(0))
    ):
        # "Responsibility for this attack lies with Israel, which ignored our appeals, the
        # Jordanian foreign ministry said": blame in a statement's own voice (session 29, notes)
        parties = [e for e in entities_of(analysis, fronted.group("z")) if e.kind in ACTOR_KINDS]
        alleged = allegation_after(analysis, doc, said, parties)
        if alleged is not None and alleged[0] and alleged[1]:
            when = event_date(analysis, doc, alleged[0], "ACCUSE")
            args = event_args("ACCUSE", "111", alleged[0], alleged[1], when)
            doc.add(FactClass.EVENT, args, analysis, 0.7)
    elif "responsibility" in analysis.words:
        _ministry_lays_responsibility(analysis, doc)
    for pact in _SAID_PACT_VIOLATES.finditer(masked):
        if hedged(masked[max(0, pact.start() - 40) : pact.start()] + pact.group(0)):
            continue
        head = masked[: pact.start()]
        speakers, _ = allegation_of(analysis, doc, head, [])
        makers = acts.agents_of(doc, analysis, pact.group("o"), speakers) if speakers else None
        if not speakers or not makers:
            continue
        own = {e.key for e in speakers} | {
            side.key for e in speakers if (side := side_of(doc, e)) is not None
        }
        accused = [e for e in makers if e.key not in own and (side_of(doc, e) or e).key not in own]
        if accused:
            when = event_date(analysis, doc, speakers, "ACCUSE")
            doc.add(
                FactClass.EVENT, event_args("ACCUSE", "111", speakers, accused, when), analysis, 0.7
            )
    if "no" in analysis.words and (said := _NO_RIGHT_SAID.match(masked)) is not None:
        if hedged(said.group(0)) or analysis.hypothetical:
            return
        parties = [e for e in entities_of(analysis, said.group("x")) if e.kind in ACTOR_KINDS]
        speakers = [e for e in entities_of(analysis, said.group("s")) if e.kind in ACTOR_KINDS]
        own = {e.key for e in speakers} | {
            side.key for e in speakers if (side := side_of(doc, e)) is not None
        }
        accused = [
            side for e in parties if (side := side_of(doc, e)) is not None and side.key not in own
        ]
        if speakers and accused:
            when = event_date(analysis, doc, speakers, "ACCUSE")
            doc.add(
                FactClass.EVENT, event_args("ACCUSE", "111", speakers, accused, when), analysis, 0.7
            )


def _ministry_lays_responsibility(analysis: Analysis, doc: Doc) -> None:
    """A blame in a foreign ministry's own release ("Responsibility for this attack lies with
    Iran, which ignored our appeals."), unquoted and with no speaker after it: the ministry's state
    blames that party (ACCUSE 111; session 36b, criticism)."""
    own = doc.own_ministry
    masked = analysis.masked
    if own is None or analysis.hypothetical or masked.startswith(('"', "“")):
        return
    fronted = _RESPONSIBILITY_LIES.match(masked)
    if fronted is None or hedged(fronted.group(0)):
        return
    blamed = [
        e
        for e in entities_of(analysis, fronted.group("z"))
        if e.kind in ACTOR_KINDS and (side_of(doc, e) or e).key != own.key
    ]
    if blamed:
        when = event_date(analysis, doc, [own], "ACCUSE")
        doc.add(FactClass.EVENT, event_args("ACCUSE", "111", [own], blamed, when), analysis, 0.7)


# "said that it was not Russia but Ukraine that had refused to negotiate", "claimed it was Kyiv,
# not Moscow, that broke the ceasefire": the one blamed (in ``y``) for a hostile act, instead of
# another; only acts of blame (not "it was Beijing, not Washington, that brokered the deal")
_BLAME_SHIFTED = re.compile(
    r"\b(?:said|says|stated|states|claimed|claims|insisted|insists|argued|argues|charged|"
    r"declared|stressed|asserted|maintained|told\s+[^,;]{1,40}?)\s+(?:that\s+)?it\s+(?:was|is)\s+"
    rf"(?:not\s+(?:the\s+)?(?:{ACTORS}),?\s+but\s+(?:rather\s+)?(?:the\s+)?(?P<y>{ACTORS})|"
    rf"(?:the\s+)?(?P<y2>{ACTORS}),?\s+(?:and\s+)?not\s+(?:the\s+)?(?:{ACTORS}),?)\s+"
    r"(?:that|who|which)\s+(?:had\s+|has\s+|have\s+|was\s+|is\s+)?(?:first\s+|repeatedly\s+)?"
    r"(?:refused|rejected|broke|breached|violated|started|began|attacked|shelled|provoked|"
    r"escalated|undermined|sabotaged|blocked|walked\s+away|withdrew|launched|fired|torpedoed|"
    r"derailed|disrupted|obstructed|instigated|triggered|caused|to\s+blame|responsible)\b"
)
_BLAME_WORDS = frozenset({"not"})


# "Rama said that the investigation had found irrefutable evidence that the attack had been
# orchestrated and sponsored by the Islamic Republic of Iran": an attack attributed in reported
# speech
_ATTACK_ATTRIBUTED = re.compile(
    r"\b(?:said|says|stated|states|announced|announces|declared|declares|claimed|claims)\s+"
    r"(?:that\s+)?(?:[^.;§]{0,80}?\b(?:evidence|proof|found|established|confirmed|concluded|"
    rf"showed|shows)\s+that\s+)?the\s+(?:[a-z-]+\s+){{0,2}}?{ATTACK_NOUN}\s+(?:was|were|"
    r"had\s+been|has\s+been)\s+(?:[a-z]+\s+){0,3}?(?:carried\s+out|orchestrated|sponsored|"
    r"conducted|launched|perpetrated)\s+by\s+(?:the\s+)?(?P<g>§[SDO]\d+§)"
)


def attributed_attacks(analysis: Analysis, doc: Doc) -> None:
    """ACCUSE (112) by a speaker who says an attack was carried out by another party (an
    allegation about the other side is the speaker's accusation, ANNOTATION.md §6)."""
    if "by" not in analysis.words or analysis.hypothetical:
        return
    masked = analysis.masked
    if "attack" not in masked and "hack" not in masked and "intrusion" not in masked:
        return
    for m in _ATTACK_ATTRIBUTED.finditer(masked):
        if hedged(masked[max(0, m.start() - 40) : m.start()]):
            continue
        blamed = [e for e in entities_of(analysis, m.group("g")) if e.kind in ACTOR_KINDS]
        speakers, accused = allegation_of(analysis, doc, masked[: m.start()], blamed)
        if not speakers or not accused:
            continue
        when = event_date(analysis, doc, speakers, "ACCUSE")
        doc.add(
            FactClass.EVENT, event_args("ACCUSE", "112", speakers, accused, when), analysis, 0.7
        )


# an accusation told in a relative clause on someone the sentence names as its object: "... under
# former president Donald Trump, who accused it of covering up for China", "talks chaired by X,
# who condemned Russia for ..." (the subject's own relative clause is read by the triggers;
# session 36, backing)
_WHO_ACCUSED = re.compile(
    r"(?P<a>§[PSO]\d+§),\s+who\s+(?:(?:also|later|then|repeatedly|publicly|openly|has|had|"
    r"have)\s+)*(?:(?P<v>accused|blamed)\s+(?:the\s+)?(?P<r>§[SOP]\d+§|it|them)"
    # ("accused him in January of interfering")
    r"(?:\s+(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,4})?|\s+(?:last|this)\s+(?:week|month|year))?"
    r"\s+(?:of|for)\b|"
    r"(?P<v2>condemned|criticised|criticized|denounced)\s+(?:the\s+)?(?P<r2>§[SOP]\d+§|it|them)"
    r"(?![\w'’§-]))"
)
_WHO_ACCUSED_WORDS = frozenset(
    {"accused", "blamed", "condemned", "criticised", "criticized", "denounced"}
)
# the party "it" or "them" stands for: the last state or organisation named before the clause
_LAST_PARTY = re.compile(r"(?P<g>§[SO]\d+§)(?!.*§[SO]\d+§)")


def accused_in_relative(analysis: Analysis, doc: Doc) -> None:
    """ACCUSE (112 an accusation, 111 a condemnation) by the one a relative clause after the
    sentence's object is about, to the party it names (or that "it" stands for)."""
    words = analysis.words
    if analysis.negated or analysis.hypothetical or "who" not in words:
        return
    if _WHO_ACCUSED_WORDS.isdisjoint(words):
        return
    masked = analysis.masked
    subject_at = intro_end(masked)
    for m in _WHO_ACCUSED.finditer(masked):
        if m.start() <= subject_at:
            continue  # (the subject's: the triggers read it)
        actors = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
        target = m.group("r") or m.group("r2")
        if target in {"it", "them"}:
            last = _LAST_PARTY.search(masked, 0, m.start())
            target = last.group("g") if last is not None else ""
        keys = {a.key for a in actors} | {
            s.key for a in actors if (s := state_of(doc, a)) is not None
        }
        accused = [
            e for e in entities_of(analysis, target) if e.kind in ACTOR_KINDS and e.key not in keys
        ]
        if not actors or not accused:
            continue
        code = "112" if m.group("v") else "111"
        when = event_date(
            analysis, doc, actors, "ACCUSE", m.start("v") if m.group("v") else m.start("v2")
        )
        doc.add(FactClass.EVENT, event_args("ACCUSE", code, actors, accused, when), analysis, 0.7)


# a deed blamed on a party, raised or condemned by the subject: "Biden also raised the poisoning of
# Alexei Navalny and a massive cyber espionage campaign blamed on Russia" (ACCUSE 111 of the
# subject to the party blamed; not "an attack which Moscow blamed on Kyiv": the blamer's own
# claim; session 36, backing)
_RAISED_BLAMED = re.compile(
    r"(?P<a>§[PSO]\d+§)\s+(?:(?:also|again|repeatedly|then|later|strongly)\s+)*(?:raised|"
    r"condemned|denounced|criticised|criticized|deplored|protested)\s+[^;]{0,200}?[a-z]"
    r"(?<!\bit)(?<!\bthey)(?<!\bwhich)(?<!\bthat)(?<!\bwho)\s+(?:(?:widely|largely|also|"
    r"officially|publicly)\s+)?(?:blamed\s+on|attributed\s+to)\s+(?:the\s+)?(?P<r>§[SO]\d+§)"
)


def raised_blamed(analysis: Analysis, doc: Doc) -> None:
    """ACCUSE (111) of the subject who raised or condemned a deed blamed on a party, to it."""
    words = analysis.words
    if (
        analysis.negated
        or analysis.hypothetical
        or ("blamed" not in words and "attributed" not in words)
    ):
        return
    masked = analysis.masked
    m = _RAISED_BLAMED.match(masked, intro_end(masked))
    if m is None:
        return
    actors = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
    keys = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a)) is not None}
    blamed = [
        e
        for e in entities_of(analysis, m.group("r"))
        if e.kind in ACTOR_KINDS and e.key not in keys
    ]
    if not actors or not blamed:
        return
    when = event_date(analysis, doc, actors, "ACCUSE")
    doc.add(FactClass.EVENT, event_args("ACCUSE", "111", actors, blamed, when), analysis, 0.7)


def shifted_blame(analysis: Analysis, doc: Doc) -> None:
    """ACCUSE (112) by a speaker who says another party, not the one thought, did a hostile act
    (an allegation about the other side is the speaker's accusation, ANNOTATION.md §6)."""
    if _BLAME_WORDS.isdisjoint(analysis.words) or " it " not in analysis.masked:
        return
    masked = analysis.masked
    for m in _BLAME_SHIFTED.finditer(masked):
        if hedged(masked[max(0, m.start() - 40) : m.start()]):
            continue  # "did not say it was ..."
        blamed = [
            e for e in entities_of(analysis, m.group("y") or m.group("y2")) if e.kind in ACTOR_KINDS
        ]
        speakers, accused = allegation_of(analysis, doc, masked[: m.start()], blamed)
        if not speakers or not accused:
            continue
        when = event_date(analysis, doc, speakers, "ACCUSE")
        doc.add(
            FactClass.EVENT, event_args("ACCUSE", "112", speakers, accused, when), analysis, 0.7
        )


# "Armenia and Azerbaijan accused each other of violating the ceasefire", "Kyrgyzstan and
# Tajikistan blamed one another for the clashes": each side accuses the other (session 28)
_MUTUAL_BLAME = re.compile(
    r"(?:^|[^§\w])(?:[Tt]he\s+)?(?P<a>§[SOG]\d+§)\s+and\s+(?:the\s+)?(?P<b>§[SOG]\d+§)\s+"
    r"(?:(?:have|has|had|again|also|\w+ly)\s+){0,2}"
    r"(?:(?:accused|accuse|blamed|blame)\s+(?:each\s+other|one\s+another)|"
    r"(?:traded|trade|exchanged|exchange)\s+(?:accusations|blame)|"
    r"(?:traded|trade|exchanged|exchange)\s+(?:\w+\s+)?(?:accusations|blame)\s+(?=over\b|of\b))\b"
)
_K_MUTUAL = frozenset("accused accuse blamed blame traded trade exchanged exchange".split())


def mutual_blame(analysis: Analysis, doc: Doc) -> None:
    """ACCUSE (112) of each of two parties against the other, told as one mutual act."""
    if _K_MUTUAL.isdisjoint(analysis.words) or (
        "other" not in analysis.words
        and "another" not in analysis.words
        and "accusations" not in analysis.words
        and "blame" not in analysis.words
    ):
        return
    masked = analysis.masked
    for m in _MUTUAL_BLAME.finditer(masked):
        if hedged(masked[max(0, m.start() - 40) : m.start("b")]):
            continue
        if NEGATION.search(masked[m.end("b") : m.end()]):
            continue
        a = [e for e in entities_of(analysis, m.group("a")) if e.kind in ACTOR_KINDS]
        b = [e for e in entities_of(analysis, m.group("b")) if e.kind in ACTOR_KINDS]
        if len(a) != 1 or len(b) != 1 or a[0].key == b[0].key:
            continue
        for one, other in ((a, b), (b, a)):
            when = event_date(analysis, doc, one, "ACCUSE")
            doc.add(FactClass.EVENT, event_args("ACCUSE", "112", one, other, when), analysis, 0.7)


# "Russia accused Ukraine of shelling the plant, a charge Kyiv denied": the one accused refuses
# the accusation in the same sentence (session 26b)
_CHARGE_DENIED = re.compile(
    r",\s+(?:(?:an?|the)\s+(?:[\w-]+\s+)?(?:charges?|claims?|accusations?|allegations?)\s+"
    r"(?:that\s+)?|which\s+)(?P<s>§[SDOP]\d+§)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
    # (past only: "a charge Azerbaijan denies" is a standing position, told as background)
    r"(?:denied|rejected|dismissed|refuted)\b"
)
_CHARGE_WORDS = frozenset({"denied", "rejected", "dismissed", "refuted"})


def denied_charges(analysis: Analysis, doc: Doc) -> None:
    """REJECT (120) by the one accused of the accusation the sentence tells, when a clause after
    it says the accused denied it: "Russia accused Ukraine of shelling the plant, a charge Kyiv
    denied", "..., which Kyiv rejected" (at the accuser)."""
    if _CHARGE_WORDS.isdisjoint(analysis.words):
        return
    masked = analysis.masked
    m = _CHARGE_DENIED.search(masked)
    if m is None or hedged(masked[m.start() : m.end()]):
        return
    deniers = resolve_phrase(analysis, doc, m.group("s"))
    denier_keys = {e.key for e in deniers} | {s.key for e in deniers if (s := state_of(doc, e))}
    if not denier_keys:
        return
    told = asserted_here(analysis, doc)
    if any(kind == "REJECT" for kind, _ in told):
        return  # told already
    for kind, fact in told:
        if kind != "ACCUSE":
            continue
        accused = fact.entities("recipient")
        accusers = [e for e in fact.entities("actor") if e.key not in denier_keys]
        if not accusers or not {e.key for e in accused} & denier_keys:
            continue
        # (no date: "On Monday, X accused Iran ..., a claim Tehran rejected" dates the
        # accusation, not the denial)
        doc.add(FactClass.EVENT, event_args("REJECT", "120", deniers, accusers), analysis, 0.7)
        return


# "Japan tightened export controls on South Korea ... Seoul responded by filing a complaint
# with the World Trade Organization": a case brought (115) against the one whose act against
# the speaker was told just before
_RESPONDED_COMPLAINT = re.compile(
    rf"(?P<s>{ACTORS})\s+(?:(?:has|have|had|then|later|swiftly|quickly)\s+)?"
    r"(?:responded|reacted|retaliated|hit\s+back)\s+by\s+(?:filing|lodging|bringing|launching)\s+"
    r"(?:a\s+|an\s+)?(?:formal\s+|legal\s+|trade\s+)?(?:complaint|case|lawsuit|dispute|"
    r"challenge)\s+(?:with|at|before|to)\s+(?:the\s+)?§O\d+§(?!\s+against)"
)
_RESPONDED_WORDS = frozenset({"responded", "reacted", "retaliated", "hit"})
_RESPONDED_SPAN = 600  # how far before the sentence the act responded to may be told
_RESPONDED_TO = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN", "REJECT", "ACCUSE"})


def responded_complaints(analysis: Analysis, doc: Doc) -> None:
    """ACCUSE (115) by a party that responded to another's act by filing a complaint with a
    body: against the actor of the last hostile act told before whose recipient it was."""
    if _RESPONDED_WORDS.isdisjoint(analysis.words) or "§O" not in analysis.masked:
        return
    m = _RESPONDED_COMPLAINT.search(analysis.masked)
    if m is None or NEGATION.search(analysis.masked[: m.end()]) or hedged(analysis.masked):
        return
    actors = resolve_phrase(analysis, doc, m.group("s"))
    if not actors:
        return
    own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
    start = analysis.sentence.begin - _RESPONDED_SPAN
    for fact in reversed(doc.facts):
        first = fact.evidence[0]
        if first.in_title or first.begin >= analysis.sentence.begin:
            continue
        if first.begin < start:
            return
        if fact.cls is not FactClass.EVENT or str(fact.get("eventType")[0]) not in _RESPONDED_TO:
            continue
        if not {e.key for e in fact.entities("recipient")} & own:
            continue
        recipients = [e for e in fact.entities("actor") if e.key not in own]
        if recipients:
            when = event_date(analysis, doc, actors)
            doc.add(
                FactClass.EVENT,
                event_args("ACCUSE", "115", actors, recipients, when),
                analysis,
                0.7,
            )
        return
