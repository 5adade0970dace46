"""Acts of organisations on their members: suspensions, sanctions and their lifting,
applications and admissions, and documents their summits adopted.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from dipld.extract.arguments import earlier_year, told_as_future
from dipld.extract.events import STATE_SUBJECT, event_date, since_date
from dipld.extract.facts import (
    Doc,
    entities_of,
    event_args,
)
from dipld.extract.patterns import (
    group_of,
    intro_end,
)
from dipld.extract.spans import Analysis, Code, hedged
from dipld.model import (
    Concept,
    Entity,
    EntityKind,
    FactClass,
    Precision,
    Status,
    TimeValue,
    Value,
)

# "Syria's membership was suspended in November 2011", "Mali was suspended from the African
# Union in 2021": a member suspended by its organisation, named here or in the sentence before
_SUSPENDED = re.compile(
    # ("Russia's rights of representation in the Committee of Ministers and the Parliamentary
    # Assembly were suspended by the Council of Europe", "Belarus's observer status had been
    # suspended", "Sudan's membership in the African Union remains suspended": session 30)
    r"(?P<m>§[SD]\d+§)(?:['’]s?\s+(?P<n>membership|rights\s+of\s+representation|"
    r"representation\s+rights|voting\s+rights|observer\s+status|participation)"
    r"(?:\s+(?:in|of|at)\s+(?:the\s+)?(?P<o>§O\d+§))?)?"
    # ("Mali, one of the bloc's 15 member states, had already been suspended")
    r"(?:,\s+(?:one\s+of|a\s+|an\s+|which\s+|whose\s+)[^,;§]{1,60}?(?:§[SD]\d+§[^,;§]{0,20}?)?,)?\s+"
    r"(?:was|were|(?:had|has|have)\s+(?:already\s+)?been|(?(n)(?:is|are|remains|remain)\s+"
    r"(?:still\s+)?|(?!)))\s*(?:already\s+)?(?:suspended|"
    # ("Russia was expelled from the Council of Europe": session 26)
    r"expelled(?=\s+from\s+(?:the\s+)?§O))"
    # ("suspended from all African Union activities", "from all activities of the AU")
    r"(?:\s+from\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:activities|bodies|"
    r"institutions|organs|meetings|summits|structures)\s+of\s+(?:the\s+)?)?"
    r"(?:(?P<f>§O\d+§)|(?P<a>(?:bloc|organi[sz]ation|union)\b(?!\s+of\b)|"
    r"its\s+(?=(?:[\w-]+\s+)?(?:bodies|institutions|activities|summits|meetings)\b))))?"
    r"(?:\s+by\s+(?:the\s+)?(?P<b>§O\d+§))?"
)
# "Sudan's standing has weakened since the African Union suspended its membership": the member
# is the one state the sentence named before it
_SUSPENDED_ITS = re.compile(r"(?P<o>§O\d+§)\s+(?:has\s+|had\s+)?suspended\s+its\s+membership\b")
# "Asmara suspended its membership in IGAD in April 2007": a state suspending its own
# membership, against the organisation named after it, else the one the sentence, the sentence
# before or the article named (session 26)
_SUSPENDED_OWN = re.compile(
    r"(?P<s>§[SD]\d+§)\s+(?:(?:has|had|also|then|later|formally|officially)\s+){0,2}suspended\s+"
    r"its\s+(?:own\s+)?membership\b(?:\s+(?:in|of|with)\s+(?:the\s+)?(?P<o>§O\d+§))?"
)


# a member's expulsion or suspension told by its noun: "Russia's expulsion from the Council of
# Europe", "the suspension of Mali from ECOWAS", "since the expulsion of the Russian Federation
# in March" (the organisation the sentence, the sentence before or the article named), "Russia
# ... since its expulsion in March 2022" (the state the sentence opens with; session 28)
_EXPULSION_NOUN = re.compile(
    r"(?:(?P<m>§[SD]\d+§)['’]s?\s+|\b(?P<its>its)\s+|\b)(?:expulsion|suspension)\b"
    r"(?(m)|(?(its)|\s+of\s+(?:the\s+)?(?P<m2>§[SD]\d+§)(?![\w'’§-])))"
    r"(?:\s+from\s+(?:the\s+)?(?:(?P<o>§O\d+§)|(?P<a>bloc|organi[sz]ation|union|alliance)\b"
    r"(?!\s+of\b)))?"
)
# a noun of one called for, proposed or considered, not done: "called for Russia's expulsion"
_EXPULSION_SOUGHT = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|demand\w*|urg\w*|push\w*\s+for|seek\w*|sought|propos\w*|"
    r"advocat\w*|threat\w*|consider\w*|possible|potential|debat\w*|discuss\w*|favou?r\w*|"
    r"support\w*|back\w*|oppos\w*|block\w*|resist\w*|rul\w*\s+out|avert\w*|avoid\w*|"
    r"prevent\w*|risk\w*|face\w*|fac(?:ing)|push\w*|lobb\w*|seek|request\w*|motion|vote\s+on)"
    r"\s+(?:[\w§'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


_IN_ON = re.compile(r"\s+(?:in|on)\s+")
# a suspension lifted: "the OIF lifted the suspension of Guinea", "ECOWAS ended Mali's
# suspension" (the organisation's CONCEDE 080, no SANCTION dated with the lifting); one to be
# lifted ("refused to lift the suspension of", "called for lifting") is no act (session 30)
_SUSPENSION_LIFTED = re.compile(
    r"\b(?:(?P<done>lifted|lifts|ended|ends|revoked|revokes|rescinded|rescinds|reversed|"
    r"reverses)|(?:lift|lifting|end|ending|revoke|revoking|rescind|rescinding|reverse|"
    r"reversing))\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _nominal_suspensions(analysis: Analysis, doc: Doc) -> None:
    """SANCTION (160) of an organisation on a member whose expulsion or suspension the
    sentence tells by its noun (see _EXPULSION_NOUN)."""
    masked = analysis.masked
    for m in _EXPULSION_NOUN.finditer(masked):
        if not (m.group("m") or m.group("m2") or m.group("its")):
            continue
        lifted = (
            _SUSPENSION_LIFTED.search(masked, max(0, m.start() - 40), m.start())
            if "suspension" in m.group(0)
            else None
        )
        if lifted is not None and lifted.group("done") is None:
            continue  # ("refused to lift the suspension of Guinea": no act told)
        if (
            m.group("m")
            and not (m.group("o") or m.group("a"))
            and (lifted is None or masked.startswith(" of", m.end()))
        ):
            continue  # ("Russia's suspension of the grain deal": its own act, no member's)
        if _EXPULSION_SOUGHT.search(masked, max(0, m.start() - 60), m.start()):
            continue
        if lifted is not None and m.group("its"):
            continue  # ("lifted its suspension": of what, unsaid)
        if m.group("its"):
            if not m.group("o") and not m.group("a") and "since" not in masked[: m.start()]:
                continue  # ("its suspension" of what, unsaid: only "since its expulsion")
            state = STATE_SUBJECT.match(masked[intro_end(masked) :])
            slot = state.group("g") if state is not None else None
        else:
            slot = m.group("m") or m.group("m2")
        if slot is None or analysis.mention(slot).code is Code.DEMONYM:
            continue  # ("the expulsion of Russian diplomats": envoys, not their state)
        members = [e for e in analysis.mention(slot).entities if e.kind is EntityKind.STATE]
        if m.group("o"):
            orgs: Sequence[Entity] = analysis.mention(m.group("o")).entities
        else:
            orgs = _one_org(analysis) or _one_org(doc.previous) or _article_org(doc)
        if len(orgs) != 1 or orgs[0].kind is not EntityKind.ORGANIZATION or not members:
            continue
        # only a date told right after the noun is the expulsion's ("since its expulsion in
        # March 2022"; not "Niger's suspension from ECOWAS followed the coup in July")
        at = _IN_ON.match(masked, m.end())
        when = next(
            (
                d.value
                for d in analysis.dates
                if at is not None and masked.startswith(d.text, at.end()) and not d.end_value
            ),
            None,
        )
        if lifted is not None:
            # the lifting's date is the sentence's ("lifted the suspension of Guinea on Friday")
            when = event_date(analysis, doc, list(orgs))
            status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
            args = event_args("CONCEDE", "080", list(orgs), members, when)
            doc.add(FactClass.EVENT, args, analysis, 0.7, status)
            continue
        status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
        args = event_args("SANCTION", "160", list(orgs), members, when)
        doc.add(FactClass.EVENT, args, analysis, 0.7, status)


_RESUMED_SINCE = re.compile(
    r"\b(?:resume|restore|reinstate|resumed|restored|reinstated|resuming|restoring|reinstating)\s+"
    r"(?:the\s+)?(?P<m>§[SD]\d+§)['’]s?\s+(?:full\s+)?(?:participation|membership|seat)\b[^;]*?"
    r",\s+(?:which\s+(?:had|has)\s+been\s+|which\s+was\s+)?suspended\s+since\b"
)


# "Myanmar's junta chief, who has since been barred from ASEAN summits", "Guinea has been barred
# from the bloc's meetings": a state kept out of its organisation's gatherings (session 30)
_BARRED = re.compile(
    r"(?P<m>§[SD]\d+§)(?:['’]s?\s+[a-z-]+(?:\s+[a-z-]+){0,2}(?=,\s+(?:who|which)\b))?,?\s+"
    r"(?:(?:who|which)\s+)?(?:(?:has|have|had)\s+(?:since\s+|already\s+|also\s+)?been|was|were|"
    r"(?:is|are|remains|remain)(?:\s+still)?)\s+(?:barred|banned|excluded)\s+from\s+(?:all\s+)?"
    r"(?:the\s+)?(?:(?P<o>§O\d+§)['’]?s?\s+|(?:bloc|body|organi[sz]ation|union|league)['’]s\s+)"
    r"(?:[\w-]+\s+)?(?:summits|meetings|activities|bodies|institutions|organs|gatherings)\b"
)
# "Gabon is now the sixth AU member barred from the body's activities, alongside Mali, Guinea,
# Sudan, Burkina Faso and Niger", "ECOWAS has four member states suspended after military
# takeovers: Mali, Guinea, Burkina Faso and Niger": the members named in the list (the one this
# is told of is suspended in a sentence of its own; session 30)
_SUSPENDED_LIST = r"§S\d+§(?:(?:\s*,\s*|\s*,?\s+and\s+)§S\d+§)*(?=\s*[.;]|\s*$)"
_MEMBERS_SUSPENDED = re.compile(
    r"\b(?:member(?:\s+states?|\s+countries)?|members|countries|states)\s+(?:currently\s+)?"
    r"(?:suspended|barred|excluded)\s+from\s+[^,;:]{1,60}?,\s+alongside\s+(?P<a>"
    + _SUSPENDED_LIST
    + ")|"
    r"\b(?:two|three|four|five|six|seven|eight)\s+(?:member\s+states|members|member\s+countries)\s+"
    r"(?:currently\s+)?(?:suspended|barred)\s+(?:from\s+[^,;:]{1,60}?\s+)?(?:after|following|"
    r"over|for|since)\s+[^,;:]{1,60}?:\s+(?P<b>" + _SUSPENDED_LIST + ")|"
    # "Four member states suspended after coups, Mali, Guinea, Burkina Faso and Niger, were not
    # represented": the list in commas after its count (the count must fit; session 30)
    r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<n>two|three|four|five|six|seven|eight|[Tt]wo|[Tt]hree|[Ff]our|"
    r"[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight)\s+(?:§O\d+§\s+)?member\s+(?:states|countries)\s+"
    r"(?:currently\s+)?(?:suspended|barred)\b[^,;:§]{0,40},\s+"
    r"(?P<c>§S\d+§(?:(?:\s*,\s*|\s*,?\s+and\s+)§S\d+§)+),"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


_BARRED_WORDS = frozenset({"barred", "banned", "excluded", "suspended"})
_BODY_LEFT_WORDS = frozenset(
    {
        "left",
        "quit",
        "withdrew",
        "withdrawn",
        "exited",
        "pulled",
        "leaving",
        "quitting",
        "withdrawing",
        "exiting",
        "pulling",
    }
)
_UNNAMED_BODY_WORDS = frozenset({"bloc", "organisation", "organization", "alliance", "grouping"})
_REOPEN_WORDS = frozenset({"reopen", "reopened", "re"})


def _barred(analysis: Analysis, doc: Doc, before_negation: bool = False) -> None:
    """SANCTION (160) of an organisation on members it keeps out (see _BARRED and
    _MEMBERS_SUSPENDED), of no date; with ``before_negation``, only a listing told before the
    sentence's negation."""
    from dipld.extract.memberships import negation_after

    masked = analysis.masked
    found: list[tuple[str | None, list[str]]] = []
    for m in _BARRED.finditer(masked):
        if before_negation and not negation_after(analysis, m):
            continue
        found.append((m.group("o"), [m.group("m")]))
    for m in _MEMBERS_SUSPENDED.finditer(masked):
        if before_negation and not negation_after(analysis, m):
            continue
        listed = re.findall(r"§S\d+§", m.group("a") or m.group("b") or m.group("c"))
        if m.group("n") and _COUNTS[m.group("n").lower()] != len(listed):
            continue
        found.append((None, listed))
    for slot, states in found:
        members = [
            e
            for st in states
            for e in analysis.mention(st).entities
            if e.kind is EntityKind.STATE and analysis.mention(st).code is not Code.DEMONYM
        ]
        if slot is not None:
            orgs: Sequence[Entity] = analysis.mention(slot).entities
        else:
            orgs = _one_org(analysis) or _one_org(doc.previous) or _article_org(doc)
        if len(orgs) != 1 or orgs[0].kind is not EntityKind.ORGANIZATION or not members:
            continue
        args = event_args("SANCTION", "160", list(orgs), members, None)
        if (since := since_date(analysis)) is not None:
            args["startDate"] = [since]  # ("barred from the bloc's meetings since 2011")
        doc.add(FactClass.EVENT, args, analysis, 0.7)


# "Mali announced on Sunday that it was leaving the West African bloc", "Niger left the
# organisation in January": a state leaving the organisation the article named, told without
# its name (SANCTION 160 against it; _LEFT_BODY reads the named ones; session 30)
_LEFT_UNNAMED = re.compile(
    r"(?P<s>§S\d+§)\s+(?:(?:(?:has|had|also|formally|officially)\s+){0,2}(?:left|quit|withdrew\s+from|"
    r"withdrawn\s+from|exited|pulled\s+out\s+of)|(?:announced|said|confirmed)\s+(?:(?:on\s+)?"
    r"[A-Z][a-z]+\s+|today\s+|yesterday\s+)?(?:that\s+)?it\s+(?:was|is)\s+(?:leaving|quitting|"
    r"withdrawing\s+from|exiting|pulling\s+out\s+of))\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bloc|organi[sz]ation|alliance|grouping)\b(?!\s+(?:of|in|on|at|for)\b)(?!['’§])"
)
# "Colombia announces that the border crossing between Colombia and Venezuela will reopen on
# Monday, almost three years after it was closed": the announcer's closure ended (CONCEDE 081),
# and, when told, the closure itself (SANCTION 163; session 30)
_REOPENING_ANNOUNCED = re.compile(
    r"(?P<s>§S\d+§)\s+(?:announced|announces|said|says|confirmed|confirms)\s+(?:(?:on\s+)?"
    r"[A-Z][a-z]+\s+|today\s+|yesterday\s+)?(?:that\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:border|"
    r"border\s+(?:crossings?|posts?|points?)|crossings?|frontier)\s+(?:between\s+(?P<a>§S\d+§)\s+"
    r"and\s+(?P<b>§S\d+§)|with\s+(?P<c>§S\d+§))\s+(?:will|would|is\s+to)\s+(?:be\s+)?"
    r"(?:reopen|reopened|re-open|re-opened)\b(?P<rest>[^;]*)"
)
_AFTER_CLOSED = re.compile(r"\bafter\s+(?:it|they)\s+(?:was|were|had\s+been)\s+closed\b")


# "Kiribati switched diplomatic recognition from Taiwan to China in 2019": the break with the
# one it switched from (SANCTION 161, as "after breaking off its ties with Taiwan"; the
# recognition of the other is a trigger's SUPPORT 054; session 30)
_SWITCHED_FROM = re.compile(
    r"(?P<s>§S\d+§)\s+(?:(?:has|had|also|formally|officially)\s+){0,2}(?:switched|shifted|"
    r"transferred)\s+(?:its\s+)?(?:diplomatic\s+)?(?:recognition|relations|ties|allegiance)\s+from\s+"
    r"(?:the\s+)?(?P<f>§[SD]\d+§)\s+to\s+(?:the\s+)?§[SD]\d+§"
)
_SWITCH_WORDS = frozenset({"switched", "shifted", "transferred"})


def _switched_from(analysis: Analysis, doc: Doc) -> None:
    for m in _SWITCHED_FROM.finditer(analysis.masked):
        states = [e for e in analysis.mention(m.group("s")).entities if e.kind is EntityKind.STATE]
        left = [e for e in analysis.mention(m.group("f")).entities if e.kind is EntityKind.STATE]
        if len(states) != 1 or len(left) != 1 or states[0].key == left[0].key:
            continue
        when = event_date(analysis, doc, states)
        status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
        args = event_args("SANCTION", "161", states, left, when)
        doc.add(FactClass.EVENT, args, analysis, 0.7, status)


# "Burkina Faso submitted its notice of withdrawal from ECOWAS", "Nicaragua's foreign ministry
# handed the Secretary General a formal notice of withdrawal": a state leaving an organisation,
# the one named after "from", else the one the sentence, the one before or the article named
# (SANCTION 160; session 30)
_NOTICE_OF_WITHDRAWAL = re.compile(
    r"(?P<s>§S\d+§)(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|mission|delegation|"
    r"ambassador|representative))?\s+(?:(?:has|had|formally|officially|also)\s+){0,2}"
    r"(?:handed|submitted|sent|delivered|deposited|gave|presented|lodged|filed|transmitted)\s+"
    r"(?:[^.;]{0,80}?\s)?(?:a|an|its|the|their)\s+(?:(?:formal|official|written|diplomatic)\s+)?"
    r"(?:notice|notification|letter)\s+of\s+(?:its\s+)?withdrawal\b"
    # (not "withdrawal of its troops", "withdrawal from the Paris Agreement")
    r"(?:\s+from\s+(?:the\s+)?(?P<o>§O\d+§)|(?!\s+(?:of|from)\b))"
)


def _notice_of_withdrawal(analysis: Analysis, doc: Doc) -> None:
    for m in _NOTICE_OF_WITHDRAWAL.finditer(analysis.masked):
        states = [e for e in analysis.mention(m.group("s")).entities if e.kind is EntityKind.STATE]
        if m.group("o"):
            orgs: Sequence[Entity] = analysis.mention(m.group("o")).entities
        else:
            # (an organ handed the notice, "the ECOWAS Commission", unlinked: not the body left)
            orgs = next(
                (
                    found
                    for found in (_one_org(analysis), _one_org(doc.previous), _article_org(doc))
                    if found and all(e.qid for e in found)
                ),
                (),
            )
        if len(states) != 1 or len(orgs) != 1 or orgs[0].kind is not EntityKind.ORGANIZATION:
            continue
        when = event_date(analysis, doc, states)
        status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
        args = event_args("SANCTION", "160", states, list(orgs), when)
        doc.add(FactClass.EVENT, args, analysis, 0.7, status)


def _left_unnamed(analysis: Analysis, doc: Doc) -> None:
    for m in _LEFT_UNNAMED.finditer(analysis.masked):
        states = [e for e in analysis.mention(m.group("s")).entities if e.kind is EntityKind.STATE]
        orgs = _one_org(analysis) or _one_org(doc.previous) or _article_org(doc)
        if not states or len(orgs) != 1 or orgs[0].kind is not EntityKind.ORGANIZATION:
            continue
        when = event_date(analysis, doc, states)
        status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
        args = event_args("SANCTION", "160", states, list(orgs), when)
        doc.add(FactClass.EVENT, args, analysis, 0.7, status)


def _reopening_announced(analysis: Analysis, doc: Doc) -> None:
    for m in _REOPENING_ANNOUNCED.finditer(analysis.masked):
        states = [e for e in analysis.mention(m.group("s")).entities if e.kind is EntityKind.STATE]
        own = {e.key for e in states}
        others = [
            e
            for g in ("a", "b", "c")
            if m.group(g)
            for e in analysis.mention(m.group(g)).entities
            if e.kind is EntityKind.STATE and e.key not in own
        ]
        told = {
            e.key for g in ("a", "b") if m.group(g) for e in analysis.mention(m.group(g)).entities
        }
        if len(states) != 1 or len(others) != 1 or (m.group("a") and not own <= told):
            continue  # (the announcer one of the pair)
        when = event_date(analysis, doc, states)
        doc.add(FactClass.EVENT, event_args("CONCEDE", "081", states, others, when), analysis, 0.7)
        if _AFTER_CLOSED.search(m.group("rest")):
            doc.add(
                FactClass.EVENT,
                event_args("SANCTION", "163", states, others, None),
                analysis,
                0.7,
                Status.HISTORICAL,
            )


def suspensions(analysis: Analysis, doc: Doc) -> None:
    """SANCTION (160) by an organisation that suspended a member, told in the passive, or with
    "its membership"; an organisation left unnamed ("from the bloc", "Syria's membership was
    suspended") is the one the sentence, the sentence before or else the article named. Also
    (session 30): members barred or listed as suspended, a bloc left unnamed, a border's
    reopening announced, recognition switched from a state, a suspension resumed "since"."""
    if analysis.hypothetical:
        return
    if analysis.negated:
        if not _BARRED_WORDS.isdisjoint(analysis.words):
            # "Four member states suspended after coups, A, B, C and D, were not represented":
            # the listing before the negation stands (session 30)
            _barred(analysis, doc, before_negation=True)
        return
    words = analysis.words
    if not _BODY_LEFT_WORDS.isdisjoint(words) and not _UNNAMED_BODY_WORDS.isdisjoint(words):
        _left_unnamed(analysis, doc)
    if not _REOPEN_WORDS.isdisjoint(words):
        _reopening_announced(analysis, doc)
    if not _SWITCH_WORDS.isdisjoint(words):
        _switched_from(analysis, doc)
    if "withdrawal" in words and "of" in words:
        _notice_of_withdrawal(analysis, doc)
    expulsion = "expulsion" in analysis.words or "suspension" in analysis.words
    barred = not _BARRED_WORDS.isdisjoint(analysis.words)
    if (
        "suspended" not in analysis.words
        and "expelled" not in analysis.words
        and not expulsion
        and not barred
    ):
        return
    if barred:
        _barred(analysis, doc)
    if expulsion:
        _nominal_suspensions(analysis, doc)
    resumed = _RESUMED_SINCE.search(analysis.masked) if "since" in analysis.words else None
    if resumed is not None and (since := since_date(analysis)) is not None:
        members = [
            e for e in analysis.mention(resumed.group("m")).entities if e.kind is EntityKind.STATE
        ]
        orgs = _one_org(analysis) or _one_org(doc.previous) or _article_org(doc)
        if len(orgs) == 1 and orgs[0].kind is EntityKind.ORGANIZATION and members:
            args = event_args("SANCTION", "160", list(orgs), members, None)
            args["startDate"] = [since]
            status = Status.HISTORICAL if earlier_year(since, doc.date) else Status.ASSERTED
            doc.add(FactClass.EVENT, args, analysis, 0.7, status)
    for m in _SUSPENDED.finditer(analysis.masked):
        slot = m.group("b") or m.group("o") or m.group("f")
        if slot is None and m.group("a") is None and m.group("n") in (None, "participation"):
            continue  # ("Mali was suspended", "Russia's participation was suspended": from what,
            # unsaid; a membership, a status or rights are in the organisation told of)
        orgs = (
            analysis.mention(slot).entities
            if slot
            else _one_org(analysis) or _one_org(doc.previous) or _article_org(doc)
        )
        members = [e for e in analysis.mention(m.group("m")).entities if e.kind is EntityKind.STATE]
        _add_suspension(analysis, doc, orgs, members)
    for m in _SUSPENDED_ITS.finditer(analysis.masked):
        before = {
            e.key: e
            for slot in re.findall(r"§[SD]\d+§", analysis.masked[: m.start()])
            for e in analysis.mention(slot).entities
            if e.kind is EntityKind.STATE
        }
        if len(before) == 1:
            orgs = analysis.mention(m.group("o")).entities
            _add_suspension(analysis, doc, orgs, list(before.values()))
    for m in _SUSPENDED_OWN.finditer(analysis.masked):
        states = [e for e in analysis.mention(m.group("s")).entities if e.kind is EntityKind.STATE]
        if not states:
            continue
        orgs = (
            analysis.mention(m.group("o")).entities
            if m.group("o")
            else _one_org(analysis) or _one_org(doc.previous) or _article_org(doc)
        )
        if len(orgs) != 1 or orgs[0].kind is not EntityKind.ORGANIZATION:
            continue
        when = event_date(analysis, doc, states)
        status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
        doc.add(
            FactClass.EVENT,
            event_args("SANCTION", "160", states, list(orgs), when),
            analysis,
            0.7,
            status,
        )


def _add_suspension(
    analysis: Analysis, doc: Doc, orgs: Sequence[Entity], members: list[Entity]
) -> None:
    if len(orgs) != 1 or orgs[0].kind is not EntityKind.ORGANIZATION or not members:
        return
    since = since_date(analysis)  # "has been suspended since October 2021"
    when = None if since is not None else event_date(analysis, doc, list(orgs))
    status = Status.HISTORICAL if earlier_year(when or since, doc.date) else Status.ASSERTED
    args = event_args("SANCTION", "160", list(orgs), members, when)
    if since is not None:
        args["startDate"] = [since]
    doc.add(FactClass.EVENT, args, analysis, 0.7, status)


def _article_org(doc: Doc) -> tuple[Entity, ...]:
    """The one organisation the article has named so far, if it named exactly one."""
    orgs = doc.finder.ctx.orgs
    return tuple(orgs.values()) if len(orgs) == 1 else ()


# "Mali remains a member of ECOWAS, which suspended it ... and imposed sanctions in January 2022
# that it lifted in July 2022": acts of the organisation on its member, in a relative clause
_MEMBER_OF_WHICH = re.compile(
    r"(?P<m>§[SD]\d+§)\s+(?:remains|is|was|has\s+been)\s+(?:still\s+)?(?:a\s+)?(?:full\s+)?"
    r"member\s+(?:state\s+)?of\s+(?:the\s+)?(?P<o>§O\d+§),\s+which\s+(?P<rest>[^;]+)"
)
_ACT_ON_MEMBER = re.compile(
    r"\b(?P<s>suspended\s+(?:it|its\s+membership))\b|"
    r"\b(?P<i>imposed\s+(?:[\w-]+\s+){0,2}?sanctions)\b|"
    r"\b(?P<l>(?:(?:that|which)\s+it\s+(?:later\s+)?lifted|(?:later\s+)?lifted\s+(?:them|the\s+"
    r"sanctions)))\b"
)
# a date that is another event's ("after the military takeover of May 2021"): only its year is
# the act's
_AFTER_EVENT_OF = re.compile(r"\b(?:after|following)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of|in)\s+$")


def member_acts(analysis: Analysis, doc: Doc) -> None:
    """SANCTION (160 a suspension, 163 sanctions) and CONCEDE (085 sanctions lifted, as the
    triggers have it since session 31) by an organisation on the member its relative clause is
    about, each dated within its own part."""
    if "which" not in analysis.words or "member" not in analysis.words:
        return
    if analysis.negated or analysis.hypothetical:
        return
    m = _MEMBER_OF_WHICH.search(analysis.masked)
    if m is None:
        return
    members = [e for e in entities_of(analysis, m.group("m")) if e.kind is EntityKind.STATE]
    orgs = [e for e in entities_of(analysis, m.group("o")) if e.kind is EntityKind.ORGANIZATION]
    if not members or len(orgs) != 1:
        return
    rest = m.group("rest")
    acts = list(_ACT_ON_MEMBER.finditer(rest))
    for act, after in itertools.zip_longest(acts, acts[1:]):
        part = rest[act.start() : after.start() if after is not None else len(rest)]
        kind = act.lastgroup
        event_type, cameo = ("CONCEDE", "085") if kind == "l" else ("SANCTION", "160")
        if kind == "i":
            cameo = "163"
        when = _own_date(analysis, part)
        status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
        args = event_args(event_type, cameo, orgs, members, when)
        doc.add(FactClass.EVENT, args, analysis, 0.7, status)


def _own_date(analysis: Analysis, part: str) -> TimeValue | None:
    """The date of the first date mention within ``part``; its year alone when it is another
    event's that the act came after."""
    for d in analysis.dates:
        at = part.find(d.text) if d.end_value is None else -1
        if at < 0:
            continue
        if _AFTER_EVENT_OF.search(part, 0, at):
            return TimeValue(d.value.year)
        return d.value
    return None


# (states only: "The African Union was admitted as a permanent member of the G20" is no AGREE,
# as a spent set's writer codes it)
_ADMITTED_MEMBERS = group_of("SG")
_APPLICANTS = group_of("SG")  # (no demonym: "Russian officials applied ...")
# an application to join an organisation, told as done: "Bolivia first applied to join Mercosur
# in 2012", "Sweden and Finland applied for NATO membership", "Ukraine submitted its application
# to join the EU", "Moldova, which applied to join the EU in March 2022, ..." (session 29; not
# "plans to apply", "has not applied", "applied for candidate status")
_APPLIED_TO_JOIN = re.compile(
    rf"(?P<s>{_APPLICANTS})(?:,\s+which)?\s+"
    r"(?:(?:has|have|had|first|formally|officially|also|then|already|itself|both)\s+){0,3}"
    r"(?P<v>applied\s+(?:to\s+(?:join|become\s+a\s+member\s+of)|for\s+(?:full\s+)?membership\s+"
    r"(?:of|in)|for\s+(?:full\s+)?(?P<o2>§[OS]\d+§)\s+membership\b)|"
    r"(?:submitted|filed|lodged|handed\s+in)\s+(?:its|their|a|an)\s+(?:formal\s+|official\s+)?"
    r"(?:application|bid|request)s?\s+(?:to\s+join|for\s+(?:full\s+)?membership\s+(?:of|in)|"
    r"for\s+(?:full\s+)?(?P<o3>§[OS]\d+§)\s+membership\b))"
    # (not "applied to join the OECD's investment committee": a body of it)
    r"(?(o2)|(?(o3)|\s+(?:the\s+)?(?P<o>§[OS]\d+§)(?![-\w'’§])))"
    # (not "applied to join the BRICS New Development Bank": a name going on)
    r"(?!\s+[A-Z]|\s+§O)"
)
# an admission told in the passive or by the organisation: "Timor-Leste was admitted on
# Wednesday as the eleventh member of ASEAN", "South Sudan was admitted to the EAC in 2016",
# "ASEAN admitted Timor-Leste as its eleventh member": the organisation's AGREE (030) to the
# new member (session 29; not "as an observer", not "was not admitted")
_ADMITTED_AS = re.compile(
    rf"(?P<s>{_ADMITTED_MEMBERS})\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:(?:formally|officially|finally|unanimously|today)\s+)?(?P<v>admitted|accepted)\s+"
    r"(?:(?:on|last|this)\s+[A-Z][a-z]+(?:\s+\d{1,2})?\s+|today\s+|in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?"
    r"(?:as\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:full\s+)?members?\s+"
    r"(?:state\s+)?(?:of|to|in)|(?:in)?to)\s+(?:the\s+)?(?P<o>§[OS]\d+§)"
    r"(?![-\w]|\s+[A-Z]|\s+§O|\s+as\s+(?:an?\s+)?(?:observer|partner|dialogue|associate|guest|candidate)s?\b)"
    r"|(?P<o3>§O\d+§)(?:\s+(?:[Ss]ummit|leaders|heads\s+of\s+state)(?:\s+in\s+§C\d+§)?)?\s+"
    r"(?:has\s+|have\s+)?(?:(?:formally|officially|unanimously)\s+)?"
    rf"(?P<v3>admitted|accepted)\s+(?:the\s+)?(?P<s3>{_ADMITTED_MEMBERS})\s+(?:as\s+(?:its\s+|a\s+|an\s+|"
    r"the\s+)?(?:[\w-]+\s+){0,2}?members?\b|(?:in)?to\s+(?:full\s+)?membership\b)"
)


# an admission told in an aside, with the organisation by its possessive: "Timor-Leste, admitted
# in principle as the bloc's 11th member last November, attended as an observer", "Sweden,
# admitted as NATO's 32nd member in March, attended" (the organisation named, else the one the
# article named; session 30)
ADMITTED_ASIDE = re.compile(
    r"(?P<s>§S\d+§),\s+(?:which\s+was\s+)?(?:(?:formally|officially|finally)\s+)?"
    r"(?P<v>admitted)\s+(?P<p>in\s+principle\s+)?as\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?P<o>§O\d+§)['’]s?\s+|(?:bloc|organi[sz]ation|alliance|grouping|union|group|"
    r"community|association)['’]s\s+)(?:(?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd)|newest|"
    r"latest|full|new)\s+){0,2}member(?:\s+state)?(?=[\s,])"
)


# a status short of membership granted: "Bahrain, Maldives and Myanmar were granted the status
# of dialogue partners", "Ukraine and Moldova were granted candidate status by the EU", "The SCO
# granted Egypt and Qatar the status of dialogue partners": the organisation's AGREE (030) to
# them (no membership; the organisation after "by", else the one named, else the article's one;
# session 30)
_STATUS_NOUN = (
    r"(?:(?:the\s+)?status\s+of\s+(?:an?\s+)?(?:dialogue\s+partners?|observers?|"
    r"(?:membership\s+)?candidates?(?:\s+(?:countries|for\s+membership))?|associate\s+members?|"
    r"partners?)|(?:(?:an?|the)\s+)?(?:dialogue[\s-]+partner|observer|candidate|"
    r"(?:EU\s+)?candidate\s+country|associate\s+member|partner)\s+status)"
)
_STATUS_GRANTED = re.compile(
    rf"(?P<s>{_ADMITTED_MEMBERS})\s+(?:were|was|have\s+been|has\s+been)\s+"
    r"(?:(?:formally|officially|also|unanimously)\s+)?(?P<v>granted|given|accorded|awarded)\s+"
    + _STATUS_NOUN
    + r"(?:\s+(?:by|in|at)\s+(?:the\s+)?(?P<o>§O\d+§))?(?![-\w])|"
    r"(?P<o2>§O\d+§)(?:\s+(?:[Ss]ummit|leaders|heads\s+of\s+state))?\s+(?:has\s+|have\s+)?"
    r"(?:(?:formally|officially|also|unanimously)\s+)?(?P<v2>granted|gave|accorded|awarded)\s+"
    rf"(?P<s2>{_ADMITTED_MEMBERS})\s+" + _STATUS_NOUN
)


# an organisation's summit that adopted a document: "The summit of the Organisation of Islamic
# Cooperation adopted a resolution on Gaza", "The Arab League summit in Jeddah adopted the Jeddah
# Declaration" (not "the U.S.-ASEAN summit", a summit of two; nor "issued a statement")
_SUMMIT_ADOPTED = re.compile(
    r"(?:[Tt]he|[Ii]ts)\s+(?:(?:[\w-]+\s+){0,2}?(?:[Ss]ummit|[Ll]eaders['’]\s+[Mm]eeting)\s+"
    r"of\s+(?:the\s+)?(?P<o>§O\d+§)|(?:[\w-]+\s+){0,2}?(?P<o2>§O\d+§)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[Ss]ummit|[Ll]eaders['’]\s+[Mm]eeting))(?:\s+in\s+(?P<c>§C\d+§))?(?:\s+on\s+[A-Z][a-z]+)?"
    # ("The Arab League summit in Manama, chaired by King Hamad, adopted ...")
    r"(?:,\s+(?:chaired|hosted|presided\s+over|attended|held)\s+[^,;]{1,60},)?"
    r"\s+(?:(?:also|unanimously|formally|later)\s+)?(?:adopted|approved|endorsed|signed)\s+"
    r"(?:a|an|the|its|two|three|several)\s+(?:[\w§'’-]+\s+){0,4}?(?:[Dd]eclarations?|[Rr]esolutions?|"
    r"[Ss]tatements?|[Cc]ommuniqu[ée]s?|[Pp]lans?|[Ff]rameworks?|[Aa]genda|[Rr]oadmaps?|[Cc]harters?|"
    r"[Pp]rotocols?|[Aa]greements?|[Cc]onventions?)\b"
)


def summit_adoptions(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT (057) of an organisation whose summit adopted a document, and the summit's
    meeting where the sentence names its city (session 29)."""
    if (
        "adopted" not in analysis.words
        and "approved" not in analysis.words
        and ("endorsed" not in analysis.words and "signed" not in analysis.words)
    ):
        return
    if analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    m = _SUMMIT_ADOPTED.match(masked, intro_end(masked))
    if m is None or told_as_future(masked):
        return
    org = organisation_of(analysis, m.group("o") or m.group("o2"))
    if org is None or org.qid is None:
        return
    when = event_date(analysis, doc, [org])
    status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
    if m.group("c") and (place := analysis.mention(m.group("c")).entity) is not None:
        args: dict[str, Sequence[Value]] = {
            "eventType": [Concept("CONSULT")],
            "participant": [org],
            "cameoCode": ["040"],
            "place": [place],
        }
        if when is not None:
            args["date"] = [when]
        doc.add(FactClass.MEETING, args, analysis, 0.7, status)
    doc.add(FactClass.EVENT, event_args("SUPPORT", "057", [org], (), when), analysis, 0.7, status)


def organisation_of(analysis: Analysis, slot: str | None) -> Entity | None:
    """The one organisation a slot names (the EU is masked as a state), if it names one."""
    if slot is None:
        return None
    found = [
        e
        for e in analysis.mention(slot).entities
        if e.kind is EntityKind.ORGANIZATION or e.qid == "Q458"
    ]
    return found[0] if len(found) == 1 else None


def _news_day(when: TimeValue | None, today: dt.date | None) -> bool:
    """Whether an act is dated to a day of the fortnight before the article (or its day): the
    news it reports, not background."""
    if when is None or today is None or when.precision is not Precision.DAY:
        return False
    assert when.month is not None and when.day is not None
    return 0 <= (today - dt.date(when.year, when.month, when.day)).days <= 14


def applications(analysis: Analysis, doc: Doc) -> None:
    """REQUEST (100) of states that applied to join an organisation, and AGREE (030) of an
    organisation that admitted a state (see _APPLIED_TO_JOIN, _ADMITTED_AS); dated by the
    clause that tells it."""
    words = analysis.words
    applied = "applied" in words or "application" in words or "bid" in words
    admitted = "admitted" in words or "accepted" in words
    granted = "status" in words and not {
        "granted",
        "given",
        "gave",
        "accorded",
        "awarded",
    }.isdisjoint(words)
    if not (applied or admitted or granted) or analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    found: list[tuple[str, str, str, str, int]] = []
    if applied:
        for m in _APPLIED_TO_JOIN.finditer(masked):
            org = m.group("o") or m.group("o2") or m.group("o3")
            found.append(("REQUEST", "100", m.group("s"), org, m.start("v")))
    if admitted:
        for m in _ADMITTED_AS.finditer(masked):
            if m.group("o3"):
                found.append(("AGREE", "030", m.group("s3"), m.group("o3"), m.start("v3")))
            else:
                found.append(("AGREE", "030", m.group("s"), m.group("o"), m.start("v")))
        for m in ADMITTED_ASIDE.finditer(masked):
            found.append(("AGREE", "030", m.group("s"), m.group("o") or "", m.start("v")))
    if granted:
        for m in _STATUS_GRANTED.finditer(masked):
            if m.group("o2"):
                found.append(("AGREE", "030", m.group("s2"), m.group("o2"), m.start("v2")))
            else:
                found.append(("AGREE", "030", m.group("s"), m.group("o") or "", m.start("v")))
    for kind, code, slot, org_slot, at in found:
        if org_slot:
            org = organisation_of(analysis, org_slot)
        else:
            # (a linked one only: "the bloc's" after an unlinked "EAC" is too unsure)
            org = next((o for o in _one_org(analysis) or _article_org(doc) if o.qid), None)
        states = [
            e
            for one in re.findall(r"§[SG]\d+§", slot)
            for e in analysis.mention(one).entities
            if e.kind is EntityKind.STATE and (org is None or e.key != org.key)
        ]
        if org is None or not states or hedged(masked[max(0, at - 40) : at]):
            continue
        when = event_date(analysis, doc, states, kind, at=at)
        if kind == "REQUEST" and not _news_day(when, doc.date):
            continue  # (an application told as background: "Sweden and Finland applied to join
            # NATO in May 2022" in a 2023 story, "Moldova applied on 3 March" in June; five
            # spent sets' writers code none)
        status = Status.HISTORICAL if earlier_year(when, doc.date) else Status.ASSERTED
        if kind == "REQUEST":
            args = event_args(kind, code, states, [org], when)
        else:
            args = event_args(kind, code, [org], states, when)
            _admitted_at_summit(analysis, doc, org, when, status, at)
            if status is Status.HISTORICAL:
                continue  # (an admission of an earlier year is background: "Montenegro was
                # admitted to the Council of Europe in 2007" is its Membership, dated, only;
                # session 30)
        doc.add(FactClass.EVENT, args, analysis, 0.7, status)


# the summit a state was admitted at: "was admitted ... at a summit in Arusha", "at the bloc's
# summit in Jakarta", "at the SCO summit in Astana"
_AT_SUMMIT = re.compile(
    r"\bat\s+(?:a|an|the|its|the\s+(?:bloc|organi[sz]ation|union|community)['’]s|"
    r"(?:the\s+)?(?P<o>§O\d+§)(?:['’]s)?)\s+(?:[\w-]+\s+){0,2}?(?:summit|Summit)\s+"
    r"(?:of\s+(?:the\s+)?(?P<o2>§O\d+§)\s+)?in\s+(?P<c>§C\d+§)"
)


def _admitted_at_summit(
    analysis: Analysis,
    doc: Doc,
    org: Entity,
    when: TimeValue | None,
    status: Status,
    at: int,
) -> None:
    """The organisation's summit an admission is told at: its meeting (040), where the
    sentence says, dated as the admission (session 29)."""
    m = _AT_SUMMIT.search(analysis.masked, at)
    if m is None:
        return
    named = m.group("o") or m.group("o2")
    if named is not None and org.key not in {e.key for e in analysis.mention(named).entities}:
        return  # (a summit of another body)
    place = analysis.mention(m.group("c")).entity
    if place is None:
        return
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept("CONSULT")],
        "participant": [org],
        "cameoCode": ["040"],
        "place": [place],
    }
    if when is not None:
        args["date"] = [when]
    doc.add(FactClass.MEETING, args, analysis, 0.7, status)


def _one_org(analysis: Analysis | None) -> tuple[Entity, ...]:
    """The one organisation a sentence names, if it names exactly one."""
    if analysis is None:
        return ()
    orgs = {
        e.key: e
        for m in analysis.slots.values()
        if m.code is Code.ORG
        for e in m.entities
        if e.kind is EntityKind.ORGANIZATION
    }
    return tuple(orgs.values()) if len(orgs) == 1 else ()
