"""Decisions told about a party: measures agreed by a group, decisions thanked or judged,
and earlier targets replaced (AGREE, SUPPORT).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.economy import money_args
from dipld.extract.facts import (
    Doc,
    entities_of,
    event_args,
    state_body,
    state_of,
)
from dipld.extract.patterns import (
    ACTORS,
)
from dipld.extract.spans import Analysis
from dipld.extract.statements import (
    ACTOR_KINDS,
    actors_in,
    agree_cameo,
    commitment_recipient,
    statement_date,
)
from dipld.model import (
    Entity,
    EntityKind,
    Fact,
    FactClass,
    Status,
    TimeValue,
)

# a measure a group agreed, told in a passive aside: "The ban, agreed by the four governments
# earlier this month, applies at ..." (AGREE 030 by the group, dated by the aside; session 28)
_AGREED_BY = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:ban|measures?|plan|deal|decision|restrictions?|"
    r"sanctions|package|proposal|initiative|roadmap|arrangement|quota|cap|embargo),\s+"
    r"(?:(?:which|that)\s+(?:was|were)\s+)?(?:jointly\s+)?agreed\s+(?:(?:on|upon)\s+)?by\s+"
    rf"(?:the\s+)?(?P<g>{ACTORS}(?:(?:,\s+|\s+and\s+)(?:the\s+)?{ACTORS})*)"
    # (a date after the parties is cut from the masked text with its comma)
    r"(?P<when>[^,;]{0,40}?)(?:,|(?=\s+(?:applies|apply|takes|take|comes|come|enters|enter|"
    r"expires|runs|run|will|is|are|was|were|has|have|had)\b))"
)
# where the aside of the parties ends in the sentence's text: a comma not before a party's name
_ASIDE_END = re.compile(r",\s+(?!and\b|[A-Z]|the\s+[A-Z])")


def agreed_by_group(analysis: Analysis, doc: Doc) -> None:
    """AGREE (030) by the parties a measure was agreed by, told in an aside after its noun."""
    if analysis.negated or analysis.hypothetical or "agreed" not in analysis.words:
        return
    m = _AGREED_BY.search(analysis.masked)
    if m is None or " not " in m.group(0):
        return
    actors = actors_in(analysis, m.group("g"))
    if len(actors) < 2:
        return  # (a state's own measure agreed by one: left to the active readings)
    keys = {a.key for a in actors}
    if any(
        f.cls is FactClass.EVENT
        and "AGREE" in {str(t) for t in f.get("eventType")}
        and {e.key for e in f.entities("actor")} == keys
        for f in doc.facts
    ):
        return  # "... agreed to close their borders. The measure, agreed by the three states
        # on Friday, ...": the same act told again
    text, begin = analysis.sentence.text, analysis.sentence.begin
    start = text.find(" agreed ")
    end = _ASIDE_END.search(text, start)
    when = next(
        (
            d.value
            for d in analysis.dates
            if d.end_value is None
            and start < d.begin - begin < (end.start() if end is not None else len(text))
        ),
        None,
    )
    doc.add(FactClass.EVENT, event_args("AGREE", "030", actors, [], when), analysis, 0.7)


# thanks for another party's decision or pledge to act: "President Biden thanked President López
# Obrador for Mexico's decision to accept up to 30,000 migrants a month", "Poland thanked Germany
# for its commitment to deploy Patriot batteries" (not "hoped Mexico would accept ...")
# ("We are deeply grateful to Poland for its willingness to lead the mission", "expressed
# gratitude to Norway for its offer to host ...", "commended Kenya for its decision to ...")
_THANKING = (
    r"(?:thanked|thanks|commended|praised|(?:is|are|was|were|am|remains?|remained)\s+(?:\w+\s+)?"
    r"grateful\s+to|expressed\s+(?:\w+\s+){0,2}(?:gratitude|appreciation)\s+to)"
)
# a mission in a state: "of the Multinational Security Support mission in Haiti"
_THANKED_MISSION_IN = re.compile(
    r"\b(?:mission|operation|force|deployment)\s+(?:in|to)\s+(?:the\s+)?(?P<g>§S\d+§)"
)
THANKING_WORDS = frozenset({"thanked", "thanks", "commended", "praised", "grateful", "expressed"})
THANKED_DECISION = re.compile(
    rf"(?P<s>§[SPOG]\d+§)\s+(?:also\s+|warmly\s+|personally\s+|again\s+)?{_THANKING}\s+"
    r"(?:the\s+)?(?P<t>§[SPOG]\d+§)\s+for\s+"
    # "thanked President Ruto for Kenya's leadership of the mission and for its commitment to
    # deploy ...": a second thing thanked for, the possessor's (session 37)
    r"(?:(?:the\s+)?(?P<a0>§[SDOG]\d+§)['’]s?\s+(?P<first>(?:[^.;§]|§[A-Z]\d+§){1,120}?)\s+and\s+for\s+"
    r"(?=(?:its|their)\s))?(?:(?P<its>its|their|his|her)\s+|(?:the\s+)?"
    r"(?P<a>§[SDOG]\d+§)['’]s?\s+)(?:[\w-]+\s+)?(?P<n>decision|commitment|pledge|promise|"
    r"willingness|readiness|offer|determination)\s+to\s+"
    r"(?P<act>(?!be\b)[a-z]+\b[^.;]{0,160})"
)


def thanked_decisions(analysis: Analysis, doc: Doc) -> None:
    """AGREE by a party thanked for its decision, commitment, pledge, offer or willingness to
    act (ANNOTATION.md §5: a decision to act is a commitment), to the thanker's state; besides
    the thanks (SUPPORT 051)."""
    if THANKING_WORDS.isdisjoint(analysis.words):
        return
    if analysis.negated or analysis.hypothetical:
        return
    m = THANKED_DECISION.search(analysis.masked)
    if m is None:
        return
    owner = m.group("a") or m.group("a0")
    deciders = entities_of(analysis, owner or m.group("t"))
    actors = [state_of(doc, e) or e if owner is None else e for e in deciders]
    thanker = [state_of(doc, e) or e for e in entities_of(analysis, m.group("s"))]
    keys = {a.key for a in actors}
    own = {s.key for a in actors if (s := state_of(doc, a)) is not None}
    # to the party the act names ("for its willingness to train Ukrainian pilots"), else to
    # the thanker's state
    named = commitment_recipient(analysis, m.group("act"), actors, own) if len(actors) == 1 else []
    if not named and len(actors) == 1 and (first := m.group("first")) is not None:
        # "for Kenya's leadership of the mission in Haiti and for its commitment to deploy 1,000
        # police officers": the state the first thing thanked for is in (session 37)
        mission = _THANKED_MISSION_IN.search(first)
        named = [
            e
            for e in (entities_of(analysis, mission.group("g")) if mission is not None else [])
            if e.kind is EntityKind.STATE and e.key not in {a.key for a in actors} | own
        ]
    # (an offer or willingness is to no one in particular: "thanked Kenya for its willingness
    # to lead the mission")
    decided = m.group("n") in {"decision", "commitment", "pledge", "promise"}
    recipients = named or [e for e in thanker if e.key not in keys and decided]
    if not actors or (decided and not recipients):
        return
    code = agree_cameo(m.group("act"))
    # (a decided act is material cooperation unless a kind of its own is named)
    code = "031" if code == "030" and decided else code
    args = event_args("AGREE", code, actors, recipients)
    args.update(money_args(analysis, m.group("act")))
    if (when := statement_date(analysis, doc, actors)) is not None:
        args["date"] = [when]
    doc.add(FactClass.EVENT, args, analysis, 0.7)


# ---- praise told by judging a decision (session 33) ------------------------------------------

# the words of praise a judgement of another's decision names it by: "historic", "a milestone",
# "a breakthrough" (not "a historic mistake": blame)
_PRAISE_JUDGEMENT = (
    r"(?:an?\s+|the\s+)?(?:(?:truly|very|most|really|major|real|significant|genuine|great|big|"
    r"important|crucial|long-awaited|welcome)\s+)*"
    r"(?:historic(?:al)?|milestone|breakthrough|landmark|turning\s+point|game[- ]?changer|"
    r"step\s+forward|(?:important|significant|major|big|crucial)\s+step|courageous|brave|"
    r"bold|wise|right\s+(?:decision|move|step))"
    r"(?!\s+(?:mistake|error|blunder|failure|betrayal|provocation|setback|blow))\b"
)
# "X, who called the German decision historic", "X praised the German decision as historic",
# "X welcomed the German decision, calling it historic", "X described Finland's accession as a
# milestone": the speaker's praise of the state whose act it is (a demonym or a possessive)
_JUDGED_DECISION = re.compile(
    r"(?P<who>§[PSO]\d+§)(?:,\s+who)?\s+(?:(?:also|later|then|has|had|have|on\s+\w+day)\s+)*"
    r"(?:(?P<pv>praised|hailed|welcomed|lauded|commended|applauded|hails|praises|welcomes)|"
    r"(?:called|described|termed|calls|describes|terms|dubbed))\s+"
    r"(?:the\s+(?P<d>§[DS]\d+§)|(?P<s>§[SO]\d+§)['’]s?)\s+(?:[\w-]+\s+)?"
    r"(?P<n>decision|move|step|accession|announcement|initiative|offer|proposal|vote|choice|"
    r"commitment|pledge)\b(?:\s+to\s+[^,;.§]{1,60}?)?"
    rf"(?P<judged>(?:,\s+calling\s+it|\s+as|\s+an?|\s+the|)\s+{_PRAISE_JUDGEMENT})?"
)
_K_JUDGED = frozenset(
    "praised hailed welcomed lauded commended applauded hails praises welcomes called described "
    "termed calls describes terms dubbed".split()
)


def judged_decisions(analysis: Analysis, doc: Doc) -> None:
    """Praise of another state's decision or step told by judging it ("who called the German
    decision historic", "praised the German decision as historic", "described Finland's
    accession as a milestone"): SUPPORT 051 by the speaker towards the state whose act it is;
    neutral verbs of calling only with a word of praise (ANNOTATION.md §5: praise of a named
    actor; self-praise none)."""
    if _K_JUDGED.isdisjoint(analysis.words) or analysis.negated or analysis.hypothetical:
        return
    for m in _JUDGED_DECISION.finditer(analysis.masked):
        if not m.group("pv") and not m.group("judged"):
            continue  # "called the Russian decision a provocation": no praise
        # ("The Kenyan Foreign Ministry welcomed ...": the state it speaks for, as the clause
        # rules read it; session 43, support)
        actors = [
            state_body(doc, e) or e
            for e in entities_of(analysis, m.group("who"))
            if e.kind in _JUDGE_KINDS
        ]
        owners = [
            e
            for e in entities_of(analysis, m.group("d") or m.group("s"))
            if e.kind in _JUDGE_KINDS and e.kind is not EntityKind.PERSON
        ]
        own = {a.key for a in actors} | {s.key for a in actors if (s := state_of(doc, a))}
        owners = [e for e in owners if e.key not in own]
        if not actors or not owners:
            continue
        if _already_praised(doc, analysis, actors, owners):
            continue
        args = event_args("SUPPORT", "051", actors, owners)
        if (when := statement_date(analysis, doc, actors)) is not None:
            args["date"] = [when]
        doc.add(FactClass.EVENT, args, analysis, 0.7)


_JUDGE_KINDS = frozenset({EntityKind.STATE, EntityKind.ORGANIZATION, EntityKind.PERSON})


def _already_praised(
    doc: Doc, analysis: Analysis, actors: Sequence[Entity], owners: Sequence[Entity]
) -> bool:
    """Whether the sentence already gave a SUPPORT of these actors towards these owners."""
    who, whom = {a.key for a in actors}, {o.key for o in owners}
    for fact in reversed(doc.facts):
        if fact.evidence[0].begin != analysis.sentence.begin:
            break
        if (
            fact.cls is FactClass.EVENT
            and str(fact.get("eventType")[0]) == "SUPPORT"
            and {e.key for e in fact.entities("actor")} == who
            and {e.key for e in fact.entities("recipient")} == whom
        ):
            return True
    return False


# -- session 33 (promises): a target that replaced an earlier one ------------------------------
# "The new goal replaces a target of 2 trillion yen that then Prime Minister Shinzo Abe set in
# 2015", "The target replaces a goal of $50 billion set in 2015": the earlier target was a
# promise of its own (AGREE 031), by the one who set it (else by the one who set the new
# target), to the partner of the target told just before, in its year
_REPLACED_TARGET = re.compile(
    r"\b(?:replaces|replaced|supersedes|superseded|(?:is\s+)?up\s+from)\s+(?:a|an|the|its|their)\s+"
    r"(?:(?:previous|earlier|former|old|original)\s+)?(?:goal|target|pledge|commitment)\s+of\s+"
    r"(?P<m>§M\d+§)(?:\s+(?:that|which)\s+(?:the\s+)?(?P<p>§[PSOG]\d+§)\s+(?:had\s+)?set|"
    r"\s+set(?:\s+by\s+(?:the\s+)?(?P<q>§[PSOG]\d+§))?)?\s+in\s+(?P<y>(?:19|20)\d\d)\b"
)


def replaced_targets(analysis: Analysis, doc: Doc) -> None:
    """AGREE 031 of an earlier target a sentence says the one told just before replaced (see
    ``_REPLACED_TARGET``), dated by its year and historical."""
    if "§M" not in analysis.masked or analysis.negated or analysis.hypothetical:
        return
    m = _REPLACED_TARGET.search(analysis.masked)
    if m is None or doc.previous is None or doc.date is None:
        return
    year = int(m.group("y"))
    if year >= doc.date.year:
        return
    new = _previous_target(doc)
    if new is None:
        return
    setter = m.group("p") or m.group("q")
    actors = (
        [e for e in entities_of(analysis, setter) if e.kind in ACTOR_KINDS]
        if setter
        else [a for a in new.get("actor") if isinstance(a, Entity)]
    )
    recipients = [r for r in new.get("recipient") if isinstance(r, Entity)]
    if not actors or not recipients or {a.key for a in actors} & {r.key for r in recipients}:
        return
    args = event_args("AGREE", "031", actors, recipients, when=TimeValue(year))
    args.update(money_args(analysis, m.group("m")))
    doc.add(FactClass.EVENT, args, analysis, 0.6, Status.HISTORICAL)


def _previous_target(doc: Doc) -> Fact | None:
    """The AGREE 031 with a sum the sentence just before told, if it told one."""
    previous = doc.previous
    if previous is None:
        return None
    for fact in reversed(doc.facts):
        if fact.cls is not FactClass.EVENT or not fact.evidence or fact.evidence[0].in_title:
            continue
        if fact.evidence[0].begin > previous.sentence.begin:
            continue
        if fact.evidence[0].begin < previous.sentence.begin:
            return None
        if "031" in fact.get("cameoCode") and fact.get("amount"):
            return fact
    return None
