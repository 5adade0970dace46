"""Courtesies told from the other side: invitations told in the passive or accepted,
attendance confirmed, congratulations received or conveyed, candidacies backed.
"""

from __future__ import annotations

import re

from dipld.extract.facts import (
    Doc,
    entities_of,
    event_args,
    side_of,
)
from dipld.extract.patterns import (
    ACTORS,
    intro_end,
)
from dipld.extract.spans import Analysis
from dipld.extract.statements import (
    SIGNING_SUBJECT,
    SLOT,
    actors_in,
    leading_words,
    statement_date,
    visited_state,
)
from dipld.model import (
    EntityKind,
    FactClass,
    TimeValue,
)

# "Prime Minister Modi was invited by President Putin to visit Moscow": the one who invites acts
_INVITED_BY = re.compile(
    # (a title after the name may leave its comma: "§P0§, was invited by ...")
    rf"(?P<r>{ACTORS})(?:,\s+[^,;]{{1,60}},|,)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    rf"(?:\w+ly\s+)?invited\s+by\s+(?:the\s+)?(?P<a>{ACTORS})"
)


# "At the invitation of the Emir of Qatar, President Erdogan paid a visit to Doha": the host
# invited the guest, the subject of the main clause
_AT_INVITATION_OF = re.compile(
    rf"(?:^|,\s+)(?:[Aa]t|[Uu]pon|[Oo]n)\s+(?:the\s+)?(?:kind\s+|personal\s+|official\s+)?"
    rf"invitation\s+(?:of|from)\s+(?:the\s+)?(?P<a>{ACTORS}),\s+(?P<r>{ACTORS})"
    r"(?:,\s+[^,;]{1,60},)?\s+(?:\w+ly\s+)?(?:paid|made|arrived|visited|travell?ed|came|went|"
    r"was\s+on|is\s+on|is\s+paying|was\s+paying|has\s+arrived|held|met)\b"
)
# "Sheikh Hasina paid a State Visit to India ... at the invitation of Prime Minister Modi", "Kim
# Jong-un arrived in Russia on an official visit at the invitation of the President of Russia":
# the same, the guest the subject, the host after the visit
_VISITED_AT_INVITATION = re.compile(
    rf"(?:[Tt]he\s+)?(?P<r>{ACTORS}),?(?:\s+[^,;]{{1,60}},)?\s+(?:\w+ly\s+)?(?:has\s+|had\s+)?"
    r"(?:paid|pays|made|makes|arrived|arrives|visited|visits|travell?ed|came|went|(?:was|is)\s+on|"
    r"(?:is|was)\s+paying|began|begins|started|starts)\b[^;§]{0,120}?(?:§[CSL]\d+§[^;§]{0,80}?)?"
    r"\s+(?:at|upon|on)\s+the\s+(?:kind\s+|personal\s+|official\s+)?invitation\s+(?:of|from)\s+"
    rf"(?:the\s+)?(?P<a>{ACTORS})"
)
# an invitation an envoy passes on: "conveyed the invitation of Prime Minister X for President Y to
# visit Japan", "delivered an invitation from X to Y to attend the summit" (session 37)
_CONVEYED_INVITATION = re.compile(
    r"\b(?:conveyed|conveys|delivered|delivers|passed\s+on|handed\s+over|transmitted|extended)\s+"
    r"(?:the|an?)\s+(?:official\s+|personal\s+|formal\s+)?invitation\s+(?:of|from)\s+(?:the\s+)?"
    rf"(?P<a>{ACTORS})\s+(?:for|to)\s+(?:the\s+)?(?P<r>{ACTORS})\s+to\s+(?:visit|attend|pay|"
    r"come|make|take\s+part)\b"
)
# "The invitation was accepted (with gratitude).": told after the invitation itself
_INVITATION_ACCEPTED = re.compile(
    r"^(?:[A-Z][\w ]{0,20},\s+)?[Tt]he\s+invitation\s+(?:was|has\s+been)\s+(?:\w+ly\s+)?"
    r"accepted\b(?!\s+by\b)"
)
# "thanked X for the hospitality and invited him to visit Astana": a second act of the subject
_AND_INVITED = re.compile(
    # ("spoke by phone with Prime Minister Netanyahu and invited him to meet")
    # (no "^": matched from where the sentence's intro ends, "On Monday, ")
    rf"(?:[Tt]he\s+)?(?P<s>{ACTORS})(?:,\s+[^,;]{{1,60}},)?\s+(?:also\s+)?"
    r"(?:[a-z]+ed|spoke|met|held|sent|wrote|gave|took)\b[^;]*?"
    rf"(?:,\s+|\s+)and\s+(?:also\s+)?invited\s+(?:(?P<r>{ACTORS})|(?P<pro>him|her|them))\s+to\b"
)


def _invitation_told(analysis: Analysis, doc: Doc) -> None:
    """The invitation constructions without "invited by"."""
    masked = analysis.masked
    if "invitation" in analysis.words:
        m = _AT_INVITATION_OF.search(masked) or _VISITED_AT_INVITATION.match(
            masked, intro_end(masked)
        )
        if m is not None:
            inviters = actors_in(analysis, m.group("a"))
            keys = {a.key for a in inviters}
            guests = [e for e in actors_in(analysis, m.group("r")) if e.key not in keys]
            if inviters and guests:
                # (told after the visit, the day is the visit's, not the invitation's)
                told_after = m.re is _VISITED_AT_INVITATION
                when = None if told_after else statement_date(analysis, doc, guests)
                args = event_args("AGREE", "036", inviters, guests, when)
                doc.add(FactClass.EVENT, args, analysis, 0.75)
        elif "accepted" in analysis.words and _INVITATION_ACCEPTED.match(masked):
            _accepted_after(analysis, doc)
        elif (m := _CONVEYED_INVITATION.search(masked)) is not None:
            # "Kamikawa conveyed the invitation of Prime Minister Kishida for President Marcos
            # to visit Japan": the sender invites the guest, the envoy only carries it
            inviters = actors_in(analysis, m.group("a"))
            keys = {a.key for a in inviters}
            guests = [e for e in actors_in(analysis, m.group("r")) if e.key not in keys]
            if inviters and guests:
                # (the day of the meeting the envoy had with the guest)
                when = statement_date(analysis, doc, guests)
                args = event_args("AGREE", "036", inviters, guests, when)
                doc.add(FactClass.EVENT, args, analysis, 0.75)
    if "invited" in analysis.words and " and " in masked:
        if (m := _AND_INVITED.match(masked, intro_end(masked))) is None:
            return
        actors = actors_in(analysis, m.group("s"))
        keys = {a.key for a in actors}
        if m.group("r"):
            guests = [e for e in actors_in(analysis, m.group("r")) if e.key not in keys]
        else:
            # "him": the one person the first verb names
            named = [
                e
                for slot in SLOT.findall(masked, m.end("s"), m.start("pro"))
                for e in entities_of(analysis, slot)
                if e.kind is EntityKind.PERSON and e.key not in keys
            ]
            guests = named if len({e.key for e in named}) == 1 else []
        if actors and guests:
            when = statement_date(analysis, doc, actors)
            doc.add(
                FactClass.EVENT, event_args("AGREE", "036", actors, guests, when), analysis, 0.75
            )


def _accepted_after(analysis: Analysis, doc: Doc) -> None:
    """AGREE (036) by the guest of an invitation the sentence before told."""
    previous = doc.previous
    if previous is None:
        return
    for fact in reversed(doc.facts):
        if (
            fact.cls is FactClass.EVENT
            and "036" in fact.get("cameoCode")
            and any(e.begin == previous.sentence.begin for e in fact.evidence)
        ):
            guests, hosts = fact.entities("recipient"), fact.entities("actor")
            if guests and hosts:
                when = statement_date(analysis, doc, list(guests))
                args = event_args("AGREE", "036", guests, hosts, when)
                doc.add(FactClass.EVENT, args, analysis, 0.7)
            return


# "Assimi Goïta confirmed that he would attend", after the invitation: the guest agrees
_WILL_ATTEND = re.compile(
    rf"(?:[Tt]he\s+)?(?P<s>{ACTORS})(?:,\s+[^,;]{{1,60}},)?\s+(?:also\s+|has\s+|had\s+)?"
    r"(?:confirmed|confirms|said|says|announced|announces)\s+(?:that\s+)?(?:he|she|they|it|"
    r"(?P<pro>§P\d+§))\s+"
    r"(?:would|will)\s+(?:personally\s+)?(?:attend|take\s+part|participate|come)\b"
)
_WILL_ATTEND_WORDS = frozenset({"attend", "part", "participate", "come"})


def confirmed_attendance(analysis: Analysis, doc: Doc) -> None:
    """AGREE (030) by a guest who says they will attend, to the one whose invitation of them
    the sentence before told."""
    if _WILL_ATTEND_WORDS.isdisjoint(analysis.words) or analysis.negated:
        return
    m = _WILL_ATTEND.match(analysis.masked, intro_end(analysis.masked))
    previous = doc.previous
    if m is None or previous is None:
        return
    guests = actors_in(analysis, m.group("s"))
    keys = {e.key for e in guests}
    if m.group("pro") and {e.key for e in entities_of(analysis, m.group("pro"))} != keys:
        return  # "Putin said Tokayev would attend": another's attendance
    for fact in reversed(doc.facts):
        if (
            fact.cls is FactClass.EVENT
            and "036" in fact.get("cameoCode")
            and any(e.begin == previous.sentence.begin for e in fact.evidence)
            and keys
            and keys <= {e.key for e in fact.entities("recipient")}
        ):
            hosts = list(fact.entities("actor"))
            when = statement_date(analysis, doc, guests)
            doc.add(FactClass.EVENT, event_args("AGREE", "030", guests, hosts, when), analysis, 0.7)
            return


# "Widodo confirmed that the President of Russia had been invited to the G20 summit", "Kazakhstan
# said Xi has been invited to the SCO summit in Astana": the speaker's side invited the guest
_CONFIRMING_VERB = r"said|says|confirmed|confirms|announced|announces|stated|revealed|disclosed"
_CONFIRMING_WORDS = leading_words(_CONFIRMING_VERB) | {"told"}
_INVITED_CONFIRMED = re.compile(
    rf"(?P<s>{ACTORS})(?:,\s+[^,;]{{1,60}},)?\s+(?:also\s+|has\s+|have\s+|had\s+)?"
    rf"(?:{_CONFIRMING_VERB})\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?(?:the\s+)?"
    rf"(?P<r>{ACTORS}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?{ACTORS})*)(?:,\s+[^,;]{{1,60}},)?\s+"
    r"(?:was|were|(?:has|have|had)\s+(?:also\s+)?been)\s+(?:also\s+|formally\s+|officially\s+)?"
    r"invited\s+to\s+(?P<to>[^.;]{0,100})"
)
_BY = re.compile(r"\bby\b")
# "Xi Jinping has been invited to the SCO summit in Astana, Kazakhstan's foreign ministry said":
# the speaker after the clause
_INVITED_THEN_CONFIRMED = re.compile(
    rf"(?:[Tt]he\s+)?(?P<r>{ACTORS}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?{ACTORS})*)\s+"
    r"(?:was|were|(?:has|have|had)\s+(?:also\s+)?been)\s+(?:formally\s+|officially\s+)?"
    r"invited\s+to\s+(?P<to>[^.;]{0,100}?),\s+(?:the\s+)?"
    rf"(?P<s>{ACTORS})(?:['’]s\s+(?:[Ff]oreign\s+)?(?:[Mm]inistry|[Oo]ffice|[Gg]overnment|"
    r"[Pp]residency|[Ss]pokes(?:man|woman|person)))?\s+"
    rf"(?:{_CONFIRMING_VERB}|told\s+reporters)\b(?:\s+on\s+[A-Z][a-z]+)?\.?$"
)
# the place of the meeting invited to ("to the SCO summit in Astana")
_INVITED_TO_PLACE = re.compile(r"^(?:(?!\bby\b)[^,])*?\bin\s+(?:the\s+)?(?P<g>§[SC]\d+§)")


def _invited_confirmed(analysis: Analysis, doc: Doc) -> None:
    """AGREE (036) to the guests invited to a meeting, by the state holding it where the text
    names its place, else by the side that tells of it (an organisation: itself)."""
    masked = analysis.masked
    told_after = _INVITED_THEN_CONFIRMED.match(masked, intro_end(masked))
    for m in [*_INVITED_CONFIRMED.finditer(masked), *([told_after] if told_after else [])]:
        if _BY.search(m.group("to")):
            continue  # "had been invited to the summit by Putin": the inviter named (above)
        actors = [side_of(doc, e) or e for e in actors_in(analysis, m.group("s"))]
        place = _INVITED_TO_PLACE.match(m.group("to"))
        hosts = visited_state(analysis, doc, place.group("g")) if place is not None else []
        if hosts and all(a.kind is not EntityKind.ORGANIZATION for a in actors):
            actors = hosts  # the state holding the summit, whoever tells of it
        keys = {a.key for a in actors}
        guests = [e for e in actors_in(analysis, m.group("r")) if e.key not in keys]
        if len(actors) == 1 and guests:
            when = statement_date(analysis, doc, actors)
            args = event_args("AGREE", "036", actors, guests, when)
            doc.add(FactClass.EVENT, args, analysis, 0.7)


def passive_invitation(analysis: Analysis, doc: Doc) -> None:
    """AGREE (036) by the one who invited a guest named first ("X was invited by Y to ..."),
    or named after "At the invitation of"; by the guest of "The invitation was accepted"."""
    if analysis.negated or analysis.hypothetical:
        return
    if not {"invitation", "invited"}.isdisjoint(analysis.words):
        _invitation_told(analysis, doc)
    if "invited" in analysis.words and not _CONFIRMING_WORDS.isdisjoint(analysis.words):
        _invited_confirmed(analysis, doc)
    if "invited" not in analysis.words or " by " not in analysis.masked:
        return  # (every match has both)
    for m in _INVITED_BY.finditer(analysis.masked):
        inviters = actors_in(analysis, m.group("a"))
        keys = {a.key for a in inviters}
        guests = [e for e in actors_in(analysis, m.group("r")) if e.key not in keys]
        if inviters and guests:
            when = statement_date(analysis, doc, inviters)
            doc.add(
                FactClass.EVENT, event_args("AGREE", "036", inviters, guests, when), analysis, 0.8
            )


# congratulations told from the side of the one congratulated: "Macron received congratulations
# from Scholz on his re-election", "Raisi received a message of congratulations from Assad",
# "Pashinyan received a congratulatory telephone call from Putin", "received congratulatory
# messages from the leaders of Vietnam and Laos" (SUPPORT 051 of the sender; session 30, support)
_CONGRATULATIONS_FROM = re.compile(
    rf"(?P<r>{ACTORS})(?:\s+[A-Z][\w-]*){{0,3}}(?:,\s+[^,;§]{{1,60}},|,)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:also|later|already)\s+)?(?:received|receives|receive)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:(?:warm|sincere|heartfelt|many|numerous|several)\s+)?"
    r"(?:congratulations|felicitations|congratulatory\s+(?:(?:tele)?phone\s+|video\s+)?"
    r"(?:messages?|letters?|telegrams?|cables?|notes?|calls?)|(?:messages?|letters?|telegrams?|"
    r"cables?|notes?)\s+of\s+(?:warm\s+|sincere\s+|heartfelt\s+)?(?:congratulations?|felicitations?))"
    r"(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+))?\s+from\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:(?:leaders|heads\s+of\s+(?:state|government))\s+of\s+(?:the\s+)?)?(?:§D\d+§\s+)?"
    rf"(?P<a>{ACTORS}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?(?:§D\d+§\s+)?{ACTORS}){{0,8}})"
)


def received_congratulations(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT (051) of those a congratulation was received from, to the one who received it."""
    if analysis.negated or analysis.hypothetical or "from" not in analysis.words:
        return
    if _CONGRATULATION_WORDS.isdisjoint(analysis.words):
        return
    for m in _CONGRATULATIONS_FROM.finditer(analysis.masked):
        senders = actors_in(analysis, m.group("a"))
        keys = {a.key for a in senders}
        congratulated = [e for e in actors_in(analysis, m.group("r")) if e.key not in keys]
        if not senders or not congratulated:
            continue
        when = statement_date(analysis, doc, senders)
        doc.add(
            FactClass.EVENT,
            event_args("SUPPORT", "051", senders, congratulated, when),
            analysis,
            0.8,
        )


_CONGRATULATION_WORDS = frozenset({"congratulations", "congratulatory", "felicitations"})


# congratulations an envoy passes on: "Emhoff conveyed President Biden's congratulations", "X,
# who conveyed a congratulatory message from President Xi", "delivered a personal letter from
# Prime Minister Kishida congratulating him on his inauguration" (SUPPORT 051 of the sender, to
# the one named after "to" or "congratulating", else to the envoy's host; session 36, backing)
_CONVEYED_CONGRATULATIONS = re.compile(
    r"(?P<x>§P\d+§)(?:,\s+[^,;§]{1,60},)?(?:,\s+who)?\s+(?:(?:also|then|later|first)\s+)?"
    r"(?:conveyed|delivered|relayed|passed\s+on|transmitted|handed\s+over|brought|read\s+out)\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:personal|warm|sincere|heartfelt|written|special)\s+)?(?:"
    r"(?P<a>§[PSO]\d+§)['’]s?\s+(?:(?:warm|sincere|heartfelt|personal)\s+)?(?:congratulations|"
    r"felicitations|congratulatory\s+(?:message|letter|note|greetings)|"
    r"(?:message|letter|note)\s+of\s+congratulations?)|"
    r"(?:congratulations|felicitations|congratulatory\s+(?:message|letter|note|cable|telegram)|"
    r"(?:message|letter|note)\s+of\s+congratulations?)\s+(?:of|from)\s+(?P<a2>§[PSO]\d+§)|"
    r"(?:letter|message|note)\s+from\s+(?P<a3>§[PSO]\d+§)\s+congratulating\s+(?:him|her|"
    r"(?P<r>§[PS]\d+§)))"
    r"(?:\s+to\s+(?:the\s+)?(?P<r2>§[PS]\d+§))?"
)
# the host the envoy was received by in the same sentence: "Yoon later met Chinese Vice President
# Wang Qishan, who conveyed ..."
_ENVOY_HOST = re.compile(
    r"(?P<h>§[PS]\d+§)\s+(?:(?:first|then|later|also)\s+)?(?:met(?:\s+with)?|received|hosted|"
    r"welcomed)\s+(?:the\s+)?$"
)
_CONVEYING_WORDS = frozenset(
    {"conveyed", "delivered", "relayed", "passed", "transmitted", "handed", "brought", "read"}
)


def conveyed_congratulations(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT (051) of the one whose congratulations an envoy conveyed, to the one they were
    addressed to: named, or else the one other participant of the envoy's meeting."""
    if analysis.negated or analysis.hypothetical or _CONVEYING_WORDS.isdisjoint(analysis.words):
        return
    if _CONGRATULATION_WORDS.isdisjoint(analysis.words) and "congratulating" not in analysis.words:
        return
    for m in _CONVEYED_CONGRATULATIONS.finditer(analysis.masked):
        envoys = actors_in(analysis, m.group("x"))
        senders = actors_in(analysis, m.group("a") or m.group("a2") or m.group("a3"))
        keys = {e.key for e in envoys} | {e.key for e in senders}
        named = m.group("r") or m.group("r2")
        meeting = doc.meeting
        if (
            meeting is None
            or not envoys
            or envoys[0].key not in {p.key for p in meeting.entities("participant")}
        ):
            meeting = None  # (not the envoy's: no host to address, no day to inherit)
        host = _ENVOY_HOST.search(analysis.masked, 0, m.start("x"))
        if named:
            congratulated = [e for e in actors_in(analysis, named) if e.key not in keys]
        elif host is not None:
            congratulated = [e for e in actors_in(analysis, host.group("h")) if e.key not in keys]
        elif meeting is not None:
            congratulated = [p for p in meeting.entities("participant") if p.key not in keys]
        else:
            congratulated = []
        if not senders or len(congratulated) != 1:
            continue
        # (a readout's act inherits the day of the meeting it reports: ANNOTATION.md §3)
        when = statement_date(analysis, doc, senders) or (
            day
            if meeting is not None and isinstance(day := meeting.one("date"), TimeValue)
            else None
        )
        doc.add(
            FactClass.EVENT,
            event_args("SUPPORT", "051", senders, congratulated, when),
            analysis,
            0.75,
        )


# the states (or organisations) that put a candidate forward: "by Portugal", "by the Government
# of Portugal", "by France and Germany"
_SPONSORS = (
    r"by\s+(?:the\s+)?(?:(?:[Gg]overnments?|[Aa]uthorities)\s+of\s+(?:the\s+)?)?"
    r"(?P<a>§[SO]\d+§(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?§[SO]\d+§){0,8})(?!['’])"
)
_PUT_FORWARD = (
    r"(?:(?:formally|officially|jointly|first|originally|also)\s+)?(?:put\s+forward|proposed|"
    r"nominated|submitted|sponsored|backed|endorsed|supported)"
)
# a candidacy put forward by its sponsors: "Guterres's candidacy was put forward by Portugal",
# "the candidacy of X was backed by the African Union", "X was nominated by Kenya for a second
# term", "..., having been put forward by the Government of Portugal in February" (the sentence's
# subject); SUPPORT 051 of the sponsors to the candidate (session 36, backing)
_CANDIDACY_BY = re.compile(
    r"(?:(?P<c>§[PS]\d+§)['’]s?\s+(?:[\w-]+\s+)?(?:candidacy|candidature|nomination|bid)|"
    r"(?:the\s+)?(?:candidacy|candidature|nomination)\s+of\s+(?P<c2>§P\d+§)|"
    # ("elected X, whose candidacy was endorsed by the African Union")
    r"(?P<c4>§[PS]\d+§),\s+whose\s+(?:candidacy|candidature|nomination|bid)|"
    r"(?P<c3>§P\d+§)(?:,\s+[^,;§]{1,60},)?)"
    r"(?:,\s+which)?\s+(?:was|were|had\s+been|has\s+been)\s+"
    + _PUT_FORWARD
    + r"(?:\s+as\s+(?:a|the|its|their)\s+candidate)?\s+"
    + _SPONSORS
)
_HAVING_BEEN = re.compile(
    r",\s+having\s+been\s+"
    + _PUT_FORWARD
    + r"(?:\s+as\s+(?:a|the|its|their)\s+candidate)?\s+"
    + _SPONSORS
)
# what tells a nomination is a candidacy (not an appointment: "nominated by Biden as ambassador")
_CANDIDACY_WORDS = frozenset(
    {"candidate", "candidacy", "candidature", "bid", "election", "re-election", "term", "race"}
)


def candidacies_backed(analysis: Analysis, doc: Doc) -> None:
    """SUPPORT (051) of the states or organisations a candidacy was put forward or backed by, to
    the candidate."""
    words = analysis.words
    if analysis.negated or analysis.hypothetical or "by" not in words:
        return
    if _CANDIDACY_WORDS.isdisjoint(words):
        return
    masked = analysis.masked
    found = [
        (m, m.group("c") or m.group("c2") or m.group("c3") or m.group("c4"))
        for m in _CANDIDACY_BY.finditer(masked)
    ]
    if "having" in words and (having := _HAVING_BEEN.search(masked)) is not None:
        subject = SIGNING_SUBJECT.match(masked, intro_end(masked))
        if subject is not None:
            found.append((having, subject.group("s")))
    for m, slots in found:
        sponsors = [e for e in actors_in(analysis, m.group("a")) if e.kind is not EntityKind.PERSON]
        keys = {e.key for e in sponsors}
        candidates = [e for e in actors_in(analysis, slots) if e.key not in keys]
        if len(candidates) != 1 or not sponsors:
            continue
        when = statement_date(analysis, doc, sponsors)
        doc.add(
            FactClass.EVENT,
            event_args("SUPPORT", "051", sponsors, candidates, when),
            analysis,
            0.75,
        )


# "The Emir extended an invitation to President Tebboune to visit Doha, and the President
# accepted it": the guest named by his title alone (session 28, plans)
_TITLE_ACCEPTED = re.compile(
    r",?\s+and\s+the\s+(?P<t>President|Prime\s+Minister|Premier|Chancellor|Emir|Amir|King|"
    r"Crown\s+Prince|Sultan|Foreign\s+Minister|Minister|Secretary)\s+(?:has\s+|had\s+)?"
    r"(?:(?:\w+ly|also|immediately)\s+)?accepted(?:\s+it|\s+(?:the|his|her|this)\s+invitation)?(?:\s+(?:with\s+(?:gratitude|pleasure|"
    r"thanks)|gladly|immediately))?\s*(?:[.;]|$)"
)


def accepted_by_title(analysis: Analysis, doc: Doc) -> None:
    """AGREE (036) by the guest of an invitation this sentence tells, who accepts it named by
    the title he was named with ("President Tebboune ..., and the President accepted it"): one
    guest, one person so titled in the sentence."""
    if analysis.negated or analysis.hypothetical or "accepted" not in analysis.words:
        return
    m = _TITLE_ACCEPTED.search(analysis.masked)
    if m is None:
        return
    title = re.compile(rf"\b{m.group('t')}\b")
    text = analysis.sentence.text
    before = text[: max(0, text.rfind(" and the " + m.group("t").split()[0]))]
    if len(title.findall(before)) != 1:
        return  # "President Xi invited President Lula ..., and the President accepted": which?
    for fact in reversed(doc.facts):
        if not any(e.begin == analysis.sentence.begin for e in fact.evidence):
            break
        guests = fact.entities("recipient")
        if (
            fact.cls is FactClass.EVENT
            and "036" in fact.get("cameoCode")
            and fact.entities("actor")
            and len(guests) == 1
            and guests[0].kind is EntityKind.PERSON
            and guests[0].label.split()[-1] in before
        ):
            when = statement_date(analysis, doc, list(guests))
            args = event_args("AGREE", "036", list(guests), fact.entities("actor"), when)
            doc.add(FactClass.EVENT, args, analysis, 0.7)
            return
