"""The guest of a visit an article reports: who "the guest" and "the visiting Prime Minister" are.

A person is a guest when a sentence says they visit ("Sadyr Japarov, who has arrived in Russia
on an official visit", "paid a state visit to India", "who is visiting Japan", "the visit of
President X to China") or are received ("Putin received President X"); a headline's "Visit of
Prime Minister of Vietnam to India" gives the guest's state. "The guest" is then the one guest
(of the state a demonym gives: "the Kyrgyz guest"), and "the visiting Prime Minister" the one
guest, else the one person of the guest's state, who holds that office; with no visit told,
the one such person of the article not of the publisher's state. Two guests: nobody.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from dipld.extract.spans import Analysis, Code, Context, Mention, Office
from dipld.kb.index import KbIndex
from dipld.model import Entity, EntityKind

_VISIT_OF = r"(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}[Vv]isit\s+to"
# over the masked sentence: the person (or, for "Visit of ... to", the state) in ``g``
_GUEST_CUE = re.compile(
    r"§P(?P<g>\d+)§(?:,\s+who)?\s+(?:(?:has|had|also)\s+)?(?:"
    r"(?:arrived|arrives|is|was|came)\s+(?:in|to)\s+§[SC]\d+§\s+(?:on|for)\s+"
    r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}[Vv]isit"
    rf"|(?:paid|pays|made|makes|(?:is|was)\s+(?:paying|making|on))\s+{_VISIT_OF}"
    r"|(?:is|was)\s+visiting\s+§[SC]\d+§"
    r"|arrived\s+in\s+§[SC]\d+§"
    # "X, who has come to Moscow to attend the celebrations" (session 42)
    r"|(?:has|had)\s+(?:come|travell?ed)\s+to\s+§[SC]\d+§\s+(?:to|for)\b"
    r")"
    # "the visit of Prime Minister X to India", "State Visit of §S§ to §S§" (a headline's
    # "Prime Minister of Vietnam", its state)
    r"|[Vv]isit\s+(?:of|by)\s+(?:the\s+)?§(?P<k>[PS])(?P<v>\d+)§\s+to\s+(?:the\s+)?§[SC]\d+§"
    # "Putin received President X", "hosted Prime Minister X in ..."
    r"|\b(?:received|hosted)\s+(?:the\s+)?§P(?P<h>\d+)§"
)
_CUE_WORDS = ("isit", "arriv", "receiv", "host", "come", "travel")
# "the guest", "his distinguished guest", "the Kyrgyz guest" (a demonym mention in ``d``),
# "the visiting leader"; not "the guest country", "guests", "guest of honour" is still the guest
_THE_GUEST = re.compile(
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:(?:distinguished|high-ranking|high-level|"
    r"honou?red|esteemed|dear|visiting)\s+)?(?P<d>[A-Z][\w'’-]+\s+)?"
    r"(?:guest|visitor|(?<=visiting\s)leader)(?![\w-])(?:\s+of\s+honou?r\b)?"
    r"(?!\s+(?:countr(?:y|ies)|nations?|states?|side|team|house|list|book|speakers?|lectures?|"
    r"appearance|workers?|rooms?|stars?|delegations?)\b)"
)
# "his host", "her Kenyan host" (a demonym mention in ``d``): the one who received the person
# the possessive is of; not "his host country", "their hosts"
_THEIR_HOST = re.compile(
    r"\b(?:[Hh]is|[Hh]er)\s+(?P<d>[A-Z][\w'’-]+\s+)?hosts?(?=\s+(?:for|on|in|at|and|with|to)\b|[,.;])"
)
_GUEST_WORDS = ("uest", "visitor", "visiting leader")
VISITING = "visiting "


_LIST_BEFORE = re.compile(r"(?P<s>§[PS]\d+§)(?:,\s+(?:and\s+)?|\s+and\s+)$")
_LIST_AFTER = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<s>§[PS]\d+§)")


def _coordinated(masked: str, mark: str) -> list[str]:
    """A slot's mark in the masked sentence and the marks listed with it ("§P1§, §P2§ and
    §P3§")."""
    at = masked.find(mark)
    if at < 0:
        return [mark]
    out = [mark]
    begin, end = at, at + len(mark)
    while len(out) < 8 and (m := _LIST_BEFORE.search(masked, 0, begin)) is not None:
        out.insert(0, m.group("s"))
        begin = m.start()
    while len(out) < 8 and (m := _LIST_AFTER.match(masked, end)) is not None:
        out.append(m.group("s"))
        end = m.end()
    return out


class Guests:
    """The guests an article names so far (see the module's docstring)."""

    def __init__(self, kb: KbIndex, date: dt.date | None, ctx: Context) -> None:
        self.kb = kb
        self.date = date
        self.ctx = ctx
        self.people: dict[str, Entity] = {}
        self.states: dict[str, Entity] = {}

    def note(self, analysis: Analysis) -> None:
        """Remember the guests a sentence names ("X, who is visiting Japan")."""
        text = analysis.sentence.text
        # (the words of _CUE_WORDS, tested inline: most sentences have none)
        if "§" not in analysis.masked or (
            "isit" not in text
            and "arriv" not in text
            and "come" not in text
            and "travel" not in text
            and "receiv" not in text
            and "host" not in text
        ):
            return
        if analysis.negated:
            return
        for m in _GUEST_CUE.finditer(analysis.masked):
            kind, number = ("P", m.group("g")) if m.group("g") else ("P", m.group("h"))
            if m.group("v"):
                kind, number = m.group("k"), m.group("v")
            if number is None:
                continue
            mark = f"§{kind}{number}§"
            for name in _coordinated(analysis.masked, mark):
                # "received President X and President Y": both are guests
                slot = analysis.slots.get(name)
                if slot is None or len(slot.entities) != 1 or slot.entity is None:
                    continue
                entity = slot.entity
                if slot.code is Code.PERSON and entity.kind is EntityKind.PERSON:
                    self.people.setdefault(entity.key, entity)
                elif slot.code is Code.STATE and entity.kind is EntityKind.STATE:
                    self.states.setdefault(entity.key, entity)

    def visiting(self, text: str, start: int) -> bool:
        """Whether the title at ``start`` follows "visiting" ("the visiting Prime Minister")."""
        return text.endswith(VISITING, 0, start)

    def holder(self, office: Office) -> tuple[Entity, Office] | None:
        """The guest who holds the office a title without a name or state gives ("the visiting
        Prime Minister"), if exactly one does."""
        if self.people or self.states:
            found = [(p, o) for p in self.people.values() if (o := self._office(p, office))]
            if not found and self.states:
                found = self._holders(office, lambda state: state.key in self.states)
        else:
            # no visit told: the one holder of the office of another state than the publisher's,
            # else than the state whose capital the dateline names or, without one, the one
            # state whose capital the article named ("talks with Kishida in New Delhi")
            host = self.ctx.home.qid if self.ctx.home is not None else None
            if host is None and self.ctx.dateline is not None:
                host = self.ctx.dateline.qid
            if host is None and len(self.ctx.capitals) == 1:
                host = next(iter(self.ctx.capitals.values())).qid
            if host is None:
                return None
            found = self._holders(
                office, lambda state: state.kind is EntityKind.STATE and state.qid != host
            )
        people = {p.key for p, _ in found}
        return found[0] if len(people) == 1 else None

    def _holders(
        self, office: Office, of_state: Callable[[Entity], bool]
    ) -> list[tuple[Entity, Office]]:
        """The article's people who now hold an office of this role of a state ``of_state``
        accepts, each with the office under the title's label."""
        return [
            (p, replace(o, label=office.label, named=False))
            for p, o in self.ctx.people
            if o is not None
            and o.current
            and _fits(o.role, office)
            and o.jurisdiction is not None
            and of_state(o.jurisdiction)
        ]

    def mentions(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "The Russian leader thanked the guest": the one guest of the article."""
        if not self.people and not self.states:
            return mentions
        if "uest" not in text and "visitor" not in text and "visiting leader" not in text:
            return mentions  # (the words of _GUEST_WORDS, tested inline)
        out = list(mentions)
        for m in _THE_GUEST.finditer(text):
            begin, end = base + m.start(), base + m.end()
            inside = [k for k in out if begin <= k.begin and k.end <= end]
            if any(k.begin < end and begin < k.end for k in out if k not in inside):
                continue
            state: Entity | None = None
            if m.group("d"):
                # "the Kyrgyz guest": a demonym, the guest's state
                named = next((k for k in inside if k.code in {Code.DEMONYM, Code.STATE}), None)
                if named is None or named.entity is None or len(inside) != 1:
                    continue
                state = named.entity
            elif inside:
                continue
            guest = self._the_guest(state)
            if guest is None:
                continue
            out = [k for k in out if k not in inside]
            out.append(Mention(begin, end, m.group(0), Code.PERSON, (guest,), confidence=0.75))
        return out

    def host_mentions(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        """ "The visiting Prime Minister thanked his host": of the two people of the meeting the
        article reports, the one who is no guest (session 28)."""
        out = list(mentions)
        for m in _THEIR_HOST.finditer(text):
            if m.group(0).rstrip(",.;").endswith("hosts"):
                continue
            begin, end = base + m.start(), base + m.end()
            inside = [k for k in out if begin <= k.begin and k.end <= end]
            if any(k.begin < end and begin < k.end for k in out if k not in inside):
                continue
            if inside and not (
                m.group("d") and len(inside) == 1 and inside[0].code in {Code.DEMONYM, Code.STATE}
            ):
                continue
            host = self._host()
            if host is None:
                continue
            if m.group("d") and self._state_of(host) != (inside[0].entity or host).key:
                continue  # ("his Kenyan host": a host of that state only)
            if any(host in k.entities for k in out if k.end <= begin):
                continue  # ("Xi ... his host": the possessive is the host's own)
            span = text[m.start() : m.end()].rstrip(",.;")
            out = [k for k in out if k not in inside]
            out.append(
                Mention(begin, begin + len(span), span, Code.PERSON, (host,), confidence=0.75)
            )
        return out

    def _host(self) -> Entity | None:
        """The host of the meeting the article reports between two people: the one no guest,
        when one of them is the one guest told; else the one of the state whose capital the
        article named (the one such capital), or that the dateline or publisher gives."""
        people = [p for p in self.ctx.meeting if p.kind is EntityKind.PERSON]
        if len(people) != 2 or len({p.key for p in people}) != 2:
            return None
        guests = [p for p in people if p.key in self.people]
        if self.people:
            return next(p for p in people if p.key not in self.people) if len(guests) == 1 else None
        states = [self._state_of(p) for p in people]
        if None in states or states[0] == states[1]:
            return None
        hosts = []
        if len(self.ctx.capitals) == 1:
            hosts.append(next(iter(self.ctx.capitals.values())).key)
        if self.ctx.dateline is not None:
            hosts.append(self.ctx.dateline.key)
        if self.ctx.home is not None:
            hosts.append(self.ctx.home.qid)
        for host in hosts:
            if host in states:
                return people[states.index(host)]
        return None

    def _the_guest(self, state: Entity | None) -> Entity | None:
        people = list(self.people.values())
        if not people and len(self.states) == 1:
            # "Visit of Prime Minister of Vietnam to India": the one person of that state
            people = list(
                {
                    p.key: p
                    for p, o in self.ctx.people
                    if o is not None
                    and o.jurisdiction is not None
                    and o.jurisdiction.key in self.states
                }.values()
            )
        if state is not None:
            people = [p for p in people if self._state_of(p) == state.key]
        return people[0] if len(people) == 1 else None

    def _state_of(self, person: Entity) -> str | None:
        office = self.ctx.office_of(person)
        if office is not None and office.jurisdiction is not None:
            return office.jurisdiction.key
        if person.qid and self.date is not None:
            places = {
                t.jurisdiction
                for t in self.kb.tenures(person.qid)
                if t.jurisdiction and t.covers(self.date)
            }
            if len(places) == 1:
                place = self.kb.entity(next(iter(places)))
                return place.qid if place is not None else None
        return None

    def _office(self, person: Entity, office: Office) -> Office | None:
        """The office of ``office``'s role the person holds, by the article, else the KB."""
        for known, held in self.ctx.people:
            if (
                known.key == person.key
                and held is not None
                and held.current
                and _fits(held.role, office)
            ):
                return replace(held, label=office.label, named=False)
        if person.qid and self.date is not None:
            date = self.date
            tenures = [
                t
                for t in self.kb.tenures(person.qid)
                if t.role and _fits(t.role, office) and t.jurisdiction and t.covers(date)
            ]
            places = {t.jurisdiction for t in tenures}
            if len(places) == 1:
                place = self.kb.entity(tenures[0].jurisdiction or "")
                if place is not None:
                    posts = {t.post for t in tenures}
                    return replace(
                        office,
                        jurisdiction=Entity.linked(place.qid, place.label, place.kind),
                        post=next(iter(posts)) if len(posts) == 1 else None,
                        named=False,
                    )
        return None


def _fits(role: str, office: Office) -> bool:
    """Whether an office of this role is the one a title gives: the same role, or a foreign
    minister's for "minister" alone ("the visiting minister")."""
    return role == office.role or (
        role == "ForeignMinister"
        and office.role == "Minister"
        and office.label.lower() == "minister"
    )
