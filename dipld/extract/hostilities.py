"""Hostilities and their end: exchanges of fire, conditional threats and vowed responses,
troops leaving, prisoner swaps (ASSAULT, THREATEN, RETREAT, CONCEDE).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dipld.extract.arguments import asserted_here, earlier_year, resolve_phrase
from dipld.extract.events import ACTOR_KINDS, event_date
from dipld.extract.facts import (
    Doc,
    entities_of,
    event_args,
    state_of,
)
from dipld.extract.patterns import (
    ACTORS,
    NEGATION,
)
from dipld.extract.spans import Analysis, Code, hedged
from dipld.model import (
    Concept,
    EntityKind,
    Fact,
    FactClass,
    Status,
)

# "Putin warned that Russia would be ready to conduct nuclear tests if the United States tested
# first", "threatened to cut gas supplies unless Moldova pays": a threat at the party of the
# condition, its consequence the speaker's own act (not "warned that the situation could worsen
# if ...", "would help if asked")
_WARNED_IF = re.compile(
    rf"(?P<s>{ACTORS})(?:,\s+[^,;]{{1,60}},)?\s+(?:also\s+|again\s+|repeatedly\s+)?"
    r"(?:has\s+|have\s+|had\s+)?(?:(?P<w>warned|warns|cautioned|cautions)\s+(?:on\s+[A-Z][a-z]+\s+)?"
    # ("had warned at his weekly press conference that Tehran would ...": session 31)
    r"(?:(?:at|during|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:briefing|"
    r"conference|interview|statement|speech)\s+)?"
    rf"(?:that\s+)?(?:the\s+)?(?P<c>{ACTORS}|it|he|she|they|we|"
    # ("warned that his government would ...": the speaker's own side; session 26)
    r"(?:his|her|its|their)\s+(?:government|country|administration|forces|army|military))\s+"
    # ("warned that Belarus could cut off the transit of gas ... if the EU imposed new
    # sanctions": the speaker's own act held over the party; session 40)
    r"(?:would|will|could)\s+"
    r"(?!not\b(?!\s+hesitate))|(?:threatened|threatens)\s+to\s+)"
    r"(?P<act>[^.;]{3,140}?),?\s+(?:if|unless|should|in\s+case|"
    # "warned that Tehran would respond to any hostile move by Britain": the party whose
    # hostile act would be answered (session 31, spokespersons)
    r"(?:to|against)\s+any\s+(?:further\s+|new\s+|future\s+)?(?:hostile\s+|military\s+|unfriendly\s+)?"
    r"(?:moves?|actions?|acts|steps|aggression|attacks?|provocations?|violations?|incursions?)\s+"
    r"(?:by|from))\s+(?:the\s+)?"
    rf"(?P<r>{ACTORS})(?!['’])"
)
# "Beijing has repeatedly warned of 'grave consequences' if Manila hosts the missiles": the
# party of the condition; "Turkey has threatened military action against Greece if the talks
# fail": the one the threatened act is against (its condition no party's)
_WARNED_OF_IF = re.compile(
    rf"(?P<s>{ACTORS})(?:\s+(?:leaders|heads\s+of\s+state|(?:foreign\s+)?ministers|officials)|"
    r"['’]s\s+(?:foreign\s+|defen[cs]e\s+)?(?:ministry|government))?"
    r"(?P<aside>,\s+[^,;]{1,60},)?\s+(?:also\s+|again\s+|repeatedly\s+)?"
    r"(?:has\s+|have\s+|had\s+)?(?:also\s+|again\s+|repeatedly\s+)?"
    r"(?:(?:warned|warns|cautioned|cautions)\s+(?:on\s+[A-Z][a-z]+\s+)?of\s+[\"“]?"
    r"(?P<act>(?:[\w-]+\s+){0,5}?(?:consequences|response|retaliation|reprisals|"
    # ("warned of sanctions if Georgia adopted the law": session 26)
    r"counter-?measures|sanctions|tariffs))[\"”]?,?\s+(?:if|unless|should)\s+(?:the\s+)?(?P<r>"
    rf"{ACTORS})(?!['’])|"
    r"(?:threatened|threatens)\s+(?P<act2>(?:[\w-]+\s+){0,2}?(?:action|force|strikes?|attacks?|"
    r"retaliation|response|measures|sanctions|countermeasures))\s+against\s+(?:the\s+)?"
    rf"(?P<r2>{ACTORS})(?!['’])[^.;]{{0,40}}?,?\s+(?:if|unless|should)\b|"
    # "ECOWAS leaders threatened sanctions if Niger's junta did not ...", "China threatened
    # countermeasures if the Philippines continued ...": the party of the condition (session 26)
    r"(?:threatened|threatens)\s+(?P<act3>(?:[\w-]+\s+){0,3}?(?:action|force|strikes?|attacks?|"
    r"retaliation|response|measures|sanctions|countermeasures|counter-measures|consequences|"
    r"reprisals))\s*,?\s+(?:if|unless)\s+(?:the\s+)?"
    rf"(?P<r3>{ACTORS})(?:['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:junta|government|authorities|"
    r"leaders?|regime|military)|\s+(?:board|council|government|authorities|leadership|junta))?"
    r"\s+(?:did|does|do|was|were|is|are|had|has|have|continued|continues|went|goes|failed|fails|"
    r"refused|refuses|kept|keeps|held|holds|sent|made|took|began|struck|hit|built|brought|sought|"
    r"[a-z]+ed|[a-z]{3,}s)\b)"
)
_BEFORE_THREAT = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether|would|could|might|[Ss]hould)\b")
_WARNED_IF_WORDS = frozenset("warned warns cautioned cautions threatened threatens".split())
_THREATEN = Concept("THREATEN")
_CONDITION_WORDS = frozenset({"if", "unless", "should", "case"})
# the speaker's own hostile act a warning's consequence names
_HOSTILE_CONSEQUENCE = re.compile(
    r"\b(?:respond\w*|retaliat\w*|strike|attack|invade|use\s+(?:[\w-]+\s+){0,2}(?:force|weapons)|"
    r"(?:conduct|carry\s+out|resume)\s+(?:[\w-]+\s+){0,3}tests?|test\s+(?:[\w-]+\s+){0,2}weapons|"
    r"impose|sanction\w*|cut|halt|stop|suspend|block|close|shut|expel|sever|break\s+off|"
    r"target|destroy|shoot\s+down|punish|deploy|take\s+(?:[\w-]+\s+){0,3}(?:measures|action|steps)|"
    r"counter-?measures)\b"
)
# the kind of threat its consequence tells: force (138), sanctions (1312), a cut in supplies or
# aid (131), a break in relations (1313); else generic (130)
_THREAT_KINDS = (
    (
        re.compile(
            r"\b(?:force|military|strikes?|attacks?|invade|war|troops|bomb\w*|shoot|missiles?|"
            r"use\s+(?:[\w-]+\s+){0,2}weapons)\b"
        ),
        "138",
    ),
    (re.compile(r"\b(?:sanction\w*|embargo|tariffs?|boycott)\b"), "1312"),
    (re.compile(r"\b(?:supplies|deliveries|gas|oil|exports|aid|assistance)\b"), "131"),
    (re.compile(r"\b(?:relations|ties)\b"), "1313"),
)


def conditional_threats(analysis: Analysis, doc: Doc) -> None:
    """THREATEN by a speaker who warned that it would act, or threatened to, if another party
    did something: the party of the condition is the recipient (the warning's own "would" and
    "if" are the threat, not a hypothetical)."""
    words = analysis.words
    if _WARNED_IF_WORDS.isdisjoint(words) or (
        _CONDITION_WORDS.isdisjoint(words) and "any" not in words
    ):
        return
    # (the threats the sentence told by its verb alone, 130: their kind is what is threatened)
    told = [
        fact
        for fact in doc.facts
        if fact.cls is FactClass.EVENT
        and _THREATEN in fact.get("eventType")
        and "130" in fact.get("cameoCode")
        and any(e.begin == analysis.sentence.begin for e in fact.evidence)
    ]
    for m in _WARNED_OF_IF.finditer(analysis.masked):
        act_group = "act" if m.group("act") else "act2" if m.group("act2") else "act3"
        # (a negation before the speaker or in an aside about it is not the threat's: "Israel,
        # which is not a party to the talks, has threatened ...")
        if _BEFORE_THREAT.search(
            analysis.masked, 0, m.start("s")
        ) or analysis.masked.rstrip().endswith("?"):
            continue  # "If Turkey threatened ...", "Would Beijing warn of ...?"
        if NEGATION.search(analysis.masked[: m.start("s")]) or NEGATION.search(
            analysis.masked[m.end("aside") if m.group("aside") else m.end("s") : m.start(act_group)]
        ):
            continue
        actors = resolve_phrase(analysis, doc, m.group("s"))
        own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
        party_group = "r" if m.group("r") else "r2" if m.group("r2") else "r3"
        party = m.group(party_group)
        recipients = [e for e in resolve_phrase(analysis, doc, party) if e.key not in own]
        if not actors or not recipients:
            continue
        act = m.group(act_group)
        cameo = next((c for regex, c in _THREAT_KINDS if regex.search(act)), "130")
        # (the parties the condition names after its subject: "if Spain kept its position on
        # Western Sahara")
        later = {e.key for e in entities_of(analysis, analysis.masked[m.end(party_group) :])}
        same = [
            i
            for i, fact in enumerate(doc.facts)
            if fact in told
            and {a.key for a in fact.entities("actor")} == {a.key for a in actors}
            and (
                {r.key for r in fact.entities("recipient")} == {r.key for r in recipients}
                or {r.key for r in fact.entities("recipient")} <= later
            )
        ]
        if same:
            # "ECOWAS threatened sanctions if Niger ...": the threat told by its verb, its kind
            # by what is threatened (1312), its party the condition's (session 26)
            for i in same:
                doc.facts[i] = replace(
                    doc.facts[i],
                    args=tuple(
                        (
                            role,
                            (cameo,)
                            if role == "cameoCode"
                            else tuple(recipients)
                            if role == "recipient"
                            else values,
                        )
                        for role, values in doc.facts[i].args
                    ),
                )
            return
        when = event_date(analysis, doc, actors)
        doc.add(
            FactClass.EVENT, event_args("THREATEN", cameo, actors, recipients, when), analysis, 0.7
        )
        return
    for m in _WARNED_IF.finditer(analysis.masked):
        if NEGATION.search(analysis.masked[: m.start("act")]) or not _own_consequence(
            analysis, doc, m
        ):
            continue
        act = m.group("act")
        if NEGATION.search(act.replace("not hesitate", "")) or (
            m.group("w") and not _HOSTILE_CONSEQUENCE.search(act)
        ):
            continue
        actors = resolve_phrase(analysis, doc, m.group("s"))
        own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
        recipients = [e for e in resolve_phrase(analysis, doc, m.group("r")) if e.key not in own]
        if not actors or not recipients:
            continue
        if any(
            {a.key for a in fact.entities("actor")} == {a.key for a in actors}
            and {r.key for r in fact.entities("recipient")} == {r.key for r in recipients}
            for fact in told
        ):
            continue  # told by a trigger already ("warned that it would respond to any ...")
        cameo = next((c for regex, c in _THREAT_KINDS if regex.search(act)), "130")
        when = event_date(analysis, doc, actors)
        doc.add(
            FactClass.EVENT, event_args("THREATEN", cameo, actors, recipients, when), analysis, 0.7
        )


# a response vowed with no party named ("promised a response", "would not go unanswered",
# "retaliatory measures would follow", "would be forced to take countermeasures"): in a sentence
# whose speaker accuses a party, a threat at that party (session 22)
_VOWED_RESPONSE = re.compile(
    r"\b(?:(?:promised|promises|vowed|vows|pledged|pledges)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:response|retaliation|reprisals?|revenge|counter-?measures)\b"
    # (not "a response to the journalists' questions": an answer)
    r"(?!\s+to\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:questions?|letters?|requests?|invitations?|proposals?|appeals?|calls?|families|victims|"
    r"concerns?|offer)\b)|"
    r"(?:promised|promises|vowed|vows|pledged|pledges)\s+to\s+(?:retaliate|respond)\b|"
    # "said Reykjavik had destroyed cooperation and that Moscow would respond" (session 26b)
    r"(?:would|will)\s+(?:respond|retaliate)(?:\s+(?:accordingly|appropriately|in\s+kind|"
    r"firmly|harshly|decisively))?(?=\s*[.;,]|\s+(?:to\s+(?:this|these|it|such)|in\s+kind)\b)|"
    # "vowed similar measures", "promised mirror steps": a response in kind (session 26)
    r"(?:promised|promises|vowed|vows|pledged|pledges)\s+(?:to\s+(?:take|adopt|impose)\s+)?"
    r"(?:similar|mirror|symmetrical|tit-for-tat)\s+(?:measures|steps|sanctions|moves)\b"
    r"(?!\s+(?:to|for)\b)|"
    r"(?:would|will|shall)\s+not\s+(?:go|remain|be\s+left)\s+(?:unanswered|unpunished)\b|"
    r"(?:would|will)\s+not\s+pass\s+without\s+(?:an?\s+)?(?:response|consequences)\b|"
    # "condemned the expulsions and warned that Washington would not hesitate to use sanctions"
    # (session 40)
    r"(?:would|will)\s+not\s+hesitate\s+to\s+(?:use|impose|respond|retaliate|strike|"
    r"take\s+(?:[\w-]+\s+){0,2}?(?:action|measures|steps))\b|"
    r"(?:retaliatory|reciprocal|response|counter-?)\s*measures\s+(?:would|will)\s+follow\b|"
    r"(?:would|will)\s+be\s+forced\s+to\s+(?:take|adopt)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:counter-?measures|measures|steps)\b|"
    r"(?:reserved|reserves|reserve)\s+the\s+right\s+to\s+(?:take|adopt|respond|retaliate)\b|"
    r"(?:work|working|worked)\s+out\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?response\b)"
)
_VOWED_WORDS = frozenset(
    "similar mirror symmetrical tat "
    "response retaliation reprisal reprisals revenge countermeasures counter retaliate respond "
    "unanswered unpunished consequences follow forced right hesitate".split()
)
# the subject right before a vow ("..., and Ukraine vowed ..."): whose vow it is
_VOW_SUBJECT = re.compile(
    r"(?P<s>§[SDOPC]\d+§)\s+(?:(?:has|have|had|also|then|later|on\s+[A-Z][a-z]+)\s+){0,2}$"
)


def vowed_responses(analysis: Analysis, doc: Doc) -> None:
    """THREATEN (130) by a speaker who accuses a party and vows a response with no party named:
    "Zakharova condemned the expulsions as a hostile step and promised a response", "the
    embassy said the expulsions were an unfriendly step that would not go unanswered": at the
    party accused (the ACCUSE a rule before found in the sentence)."""
    if _VOWED_WORDS.isdisjoint(analysis.words):
        return
    accused: Fact | None = None
    for kind, fact in asserted_here(analysis, doc):
        if kind == "THREATEN":
            return  # told already
        if kind == "ACCUSE" and fact.get("recipient") and fact.get("actor"):
            accused = fact
    if accused is None:
        return
    masked = analysis.masked
    m = _VOWED_RESPONSE.search(masked)
    # (the vow's own "would", "will not go unanswered" are the threat, not a hedge)
    if m is None or hedged(masked[max(0, m.start() - 60) : m.start()]):
        return  # "did not vow a response", "if Bulgaria ..., Russia vowed ..."
    actors = accused.entities("actor")
    recipients = accused.entities("recipient")
    own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
    subject = _VOW_SUBJECT.search(masked, max(0, m.start() - 60), m.start())
    if subject is not None:
        # ("..., and Ukraine vowed a response": another party's vow)
        said = resolve_phrase(analysis, doc, subject.group("s"))
        if said and not {k for e in said for k in (e.key, (state_of(doc, e) or e).key)} & own:
            return
    when = event_date(analysis, doc, list(actors))
    doc.add(
        FactClass.EVENT,
        event_args("THREATEN", "130", list(actors), list(recipients), when),
        analysis,
        0.7,
    )


def _own_consequence(analysis: Analysis, doc: Doc, m: re.Match[str]) -> bool:
    """Whether a warning's consequence is the speaker's own act: told of the speaker, its
    state or a pronoun (not "warned that the United States would ...")."""
    said_of = m.group("c")
    if said_of is None or said_of in {"it", "he", "she", "they", "we"}:
        return True
    if said_of.startswith(("his ", "her ", "its ", "their ")):
        return True  # "his government", "its forces": the speaker's own side
    speakers = resolve_phrase(analysis, doc, m.group("s"))
    own = {a.key for a in speakers} | {s.key for a in speakers if (s := state_of(doc, a))}
    found = resolve_phrase(analysis, doc, said_of)
    return bool(found) and {e.key for e in found} <= own


# "The last French soldiers left Niger on Friday", "the remaining Russian troops have left
# Kherson": a pull-out completed (RETREAT 0874, as "completed their withdrawal from"; session
# 28); the forces are masked with their state (see _FORCES_AFTER_SLOT)
_TROOPS_LEFT = re.compile(
    r"\b(?:last|remaining|final)\s+(?:(?:[\d,]+|few|hundred|thousand)\s+)*(?P<g>§S\d+§)\s+"
    r"(?:(?:have|had|has|finally|also)\s+)*(?:left|departed|quit|exited|pulled\s+out\s+of|"
    r"withdrew\s+from)\s+(?:the\s+)?(?P<r>§S\d+§)(?![\w'’§-])"
)
_FORCES_AFTER_SLOT = re.compile(
    r"\s*(?:troops|soldiers|forces|military\s+personnel|service\s*(?:men|members)|servicemen|"
    r"peacekeepers|contingent)\b",
    re.IGNORECASE,
)
_LEFT_WORDS = frozenset({"left", "departed", "quit", "exited", "pulled", "withdrew"})


def troops_left(analysis: Analysis, doc: Doc) -> None:
    """RETREAT 0874 of a state whose last forces left another (see _TROOPS_LEFT)."""
    if _LEFT_WORDS.isdisjoint(analysis.words) or analysis.hypothetical or analysis.negated:
        return
    for m in _TROOPS_LEFT.finditer(analysis.masked):
        mention = analysis.mention(m.group("g"))
        at = mention.end - analysis.sentence.begin
        if mention.code is not Code.DEMONYM or not _FORCES_AFTER_SLOT.match(
            analysis.sentence.text, at
        ):
            continue
        actors = [e for e in mention.entities if e.kind is EntityKind.STATE]
        left = [e for e in entities_of(analysis, m.group("r")) if e.kind is EntityKind.STATE]
        if not actors or not left or {e.key for e in actors} & {e.key for e in left}:
            continue
        when = event_date(analysis, doc, actors)
        status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
        args = event_args("RETREAT", "0874", actors, left, when)
        doc.add(FactClass.EVENT, args, analysis, 0.7, status)


# ---- prisoner exchanges told as taking place (session 33, consular) -----------------------------

# "A prisoner exchange between Armenia and Azerbaijan took place on Saturday", "The exchange of
# prisoners between Russia and Ukraine was carried out in Belarus": both sides release the
# other's people (CONCEDE 0841, both as actors, no recipient, as "exchanged prisoners" is)
_SWAP_TOOK_PLACE = re.compile(
    r"\b(?:(?:prisoner|prisoner-of-war|POW)\s+(?:exchange|swap)|(?:exchange|swap)\s+of\s+"
    r"(?:prisoners|prisoners\s+of\s+war|POWs|detainees|captives))\s+between\s+(?:the\s+)?"
    r"(?P<a>§S\d+§)\s+and\s+(?:the\s+)?(?P<b>§S\d+§)\s+(?:(?:finally|successfully)\s+)?"
    r"(?:took\s+place|was\s+(?:held|carried\s+out|completed|conducted))\b",
    re.IGNORECASE,
)
_SWAP_WORDS = frozenset({"exchange", "swap"})


def swaps_took_place(analysis: Analysis, doc: Doc) -> None:
    """CONCEDE 0841 of both sides of a prisoner exchange told as taking place (_SWAP_TOOK_PLACE)."""
    if _SWAP_WORDS.isdisjoint(analysis.words) or analysis.negated or analysis.hypothetical:
        return
    for m in _SWAP_TOOK_PLACE.finditer(analysis.masked):
        sides = resolve_phrase(analysis, doc, m.group("a")) + resolve_phrase(
            analysis, doc, m.group("b")
        )
        actors = [e for e in sides if e.kind in ACTOR_KINDS]
        if len({a.key for a in actors}) < 2:
            continue
        when = event_date(analysis, doc, actors)
        args = event_args("CONCEDE", "0841", actors, [], when)
        doc.add(FactClass.EVENT, args, analysis, 0.75)
