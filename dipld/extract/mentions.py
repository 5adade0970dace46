"""Mentions in one sentence: states, organisations, people with their offices, places, money.

Every mention is linked here, against the bundled KB only: a name becomes a Wikidata entity
when exactly one KB entity of a fitting kind has it (people also by office and date), and an
unlinked entity with its surface form otherwise. The sentence is then "masked": each mention
replaced by a typed placeholder such as ``§S0§`` (state 0) so that fact rules can be written as
patterns over mention types instead of over names.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from dipld.extract.gazetteer import NAME_PARTICLES, fold, gazetteer_for, token_key
from dipld.extract.offices import NOT_CURRENT, find_titles
from dipld.extract.text import Sentence, Token, tokens
from dipld.kb.index import KbEntity, KbIndex
from dipld.model import Entity, EntityKind
from dipld.temporal import DateMention, find_dates


class Code(StrEnum):
    """Placeholder codes in masked sentences."""

    STATE = "S"
    ORG = "O"
    PERSON = "P"
    CITY = "C"
    PLACE = "L"
    DEMONYM = "D"
    MONEY = "M"
    PERCENT = "R"
    GROUP = "G"


@dataclass(frozen=True, slots=True)
class Office:
    """The office a titled person holds, as the text gives it."""

    role: str
    label: str
    jurisdiction: Entity | None = None
    accredited_to: Entity | None = None
    post: str | None = None
    current: bool = True
    named: bool = True  # False when the holder was inferred (coreference, KB post holder)


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention: absolute offsets, its placeholder code and what it refers to."""

    begin: int
    end: int
    text: str
    code: Code
    entities: tuple[Entity, ...] = ()
    office: Office | None = None
    amount: Decimal | None = None
    currency: str | None = None
    approx: str | None = None
    share: Decimal | None = None
    confidence: float = 0.9

    @property
    def entity(self) -> Entity | None:
        return self.entities[0] if self.entities else None


@dataclass
class Analysis:
    """One sentence with its mentions, dates and masked form."""

    sentence: Sentence
    mentions: list[Mention]
    dates: list[DateMention]
    masked: str = ""
    slots: dict[str, Mention] = field(default_factory=dict)

    def mention(self, placeholder: str) -> Mention:
        return self.slots[placeholder]


# ---- money and shares ---------------------------------------------------------------------

_SCALE = {
    "trillion": Decimal(10**12), "tn": Decimal(10**12), "billion": Decimal(10**9),
    "bn": Decimal(10**9), "bln": Decimal(10**9), "b": Decimal(10**9), "million": Decimal(10**6),
    "mn": Decimal(10**6), "mln": Decimal(10**6), "m": Decimal(10**6), "thousand": Decimal(1000),
    "k": Decimal(1000),
}  # fmt: skip
_CURRENCY_SIGNS = {"us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
                   "gbp": "GBP", "¥": "JPY", "rub": "RUB", "cny": "CNY", "rmb": "CNY"}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "euro": "EUR",
    "euros": "EUR", "yuan": "CNY", "renminbi": "CNY", "ruble": "RUB", "rubles": "RUB",
    "rouble": "RUB", "roubles": "RUB", "pound": "GBP", "pounds": "GBP", "yen": "JPY",
    "rupee": "INR", "rupees": "INR",
}  # fmt: skip
_APPROX = r"(?P<approx>nearly|almost|up\s+to|more\s+than|over|about|around|approximately|some|" \
          r"at\s+least|roughly|close\s+to|in\s+excess\s+of)\s+"  # fmt: skip
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE_RE = r"(?P<scale>trillion|billion|million|thousand|bn|bln|mn|mln|tn|[bmk])\b"
_MONEY_SIGN = re.compile(
    rf"(?:{_APPROX})?(?P<sign>US\$|\$|€|£|¥|USD|EUR|GBP|RUB|CNY|RMB)\s?{_NUM}\s*(?:{_SCALE_RE})?",
    re.IGNORECASE,
)
_MONEY_WORD = re.compile(
    rf"(?:{_APPROX})?{_NUM}\s*(?:{_SCALE_RE})?\s*(?P<word>(?:US |U\.S\. )?dollars?|euros?|yuan|"
    rf"renminbi|rubles?|roubles?|pounds?(?! of)|yen|rupees?)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(rf"(?:{_APPROX})?{_NUM}\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


def find_money(text: str, offset: int) -> list[Mention]:
    out: list[Mention] = []
    matches = list(_MONEY_SIGN.finditer(text))
    matches += [w for w in _MONEY_WORD.finditer(text)
                if not any(w.start() < m.end() and m.start() < w.end() for m in matches)]
    for m in matches:
        try:
            number = Decimal(m.group("num").replace(",", ""))
        except InvalidOperation:
            continue
        scale = (m.group("scale") or "").lower()
        sign = m.groupdict().get("sign")
        if scale in {"b", "m", "k"} and not sign:
            continue
        if scale:
            number *= _SCALE[scale]
        if sign:
            currency = _CURRENCY_SIGNS[sign.lower()]
        else:
            currency = _CURRENCY_WORDS.get(fold(m.group("word")).strip(), "USD")
        approx = m.group("approx")
        out.append(
            Mention(offset + m.start(), offset + m.end(), m.group(0), Code.MONEY,
                    amount=number, currency=currency,
                    approx=" ".join(approx.lower().split()) if approx else None)  # fmt: skip
        )
    return out


def find_percents(text: str, offset: int) -> list[Mention]:
    out: list[Mention] = []
    for m in _PERCENT.finditer(text):
        value = Decimal(m.group("num").replace(",", "")) / 100
        approx = m.group("approx")
        out.append(
            Mention(offset + m.start(), offset + m.end(), m.group(0), Code.PERCENT, share=value,
                    approx=" ".join(approx.lower().split()) if approx else None)  # fmt: skip
        )
    return out


# ---- the finder ---------------------------------------------------------------------------

_ORG_HEADS = (
    "Union|Organi[sz]ation|Council|Commission|Bank|Agency|Fund|Community|Alliance|Association|"
    "Assembly|Committee|Court|Institute|Corporation|Coalition|Platform|Initiative|Forum|"
    "Secretariat|Parliament|Ministry|Department|Administration|Duma|Federation Council|Group|"
    "Partnership|Company|Authority|Office"
)
_CAP_WORD = r"(?:[A-Z][\w’'.]*|U\.S\.|of|the|and|for|on|de|&)"
_UNKNOWN_ORG = re.compile(
    rf"\b(?P<name>(?:[A-Z][\w’'.-]*\s+)(?:{_CAP_WORD}[\s-]+){{0,6}}?(?:{_ORG_HEADS}))\b"
)
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.E|Sir|Madam|Mme)\.?\s+)"
_NAME_TOKEN = r"(?:[A-Z][a-zà-ÿāăąćčďēėęěğīįıķļłńņňōőœŕřśşšţťūůűųźżžșț'’-]+|[A-Z]\.)"
_NAME = re.compile(
    rf"{_HONORIFIC}?(?P<name>{_NAME_TOKEN}(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})[\s-]+)?{_NAME_TOKEN})"
    rf"{{0,4}}(?:,?\s+Jr\.?)?)"
)
_GROUP = re.compile(
    r"\b(?P<g>[Bb]oth\s+(?:states|countries|nations|sides|governments|parties)|"
    r"[Tt]he\s+two\s+(?:states|countries|nations|sides|governments|parties)|"
    r"[Tt]he\s+(?:sides|parties))\b"
)
_PERSON_GROUP = re.compile(
    r"\b(?P<g>[Bb]oth\s+(?:leaders|presidents|ministers|heads\s+of\s+state)|"
    r"[Tt]he\s+two\s+(?:leaders|presidents|ministers|heads\s+of\s+state|sides)|[Tt]he\s+leaders)\b"
)
_PRONOUN = re.compile(r"\b(?P<g>[Tt]hey|[Hh]e|[Ss]he)\b")
_TITLE_COREF = re.compile(r"\b(?:[Tt]he\s+)(?:(?P<dem>§D\d+§)\s+)?(?P<title>§T\d+§)")


@dataclass
class Context:
    """What the finder remembers across the sentences of one article (light coreference)."""

    people: list[tuple[Entity, Office | None]] = field(default_factory=list)
    last_states: tuple[Entity, ...] = ()
    last_people: tuple[Entity, ...] = ()
    subject: tuple[Entity, ...] = ()
    home: KbEntity | None = None


class MentionFinder:
    """Finds and links the mentions of an article's sentences, in order."""

    def __init__(self, kb: KbIndex, date: dt.date | None, home: KbEntity | None) -> None:
        self.kb = kb
        self.date = date
        self.gazetteer = gazetteer_for(kb)
        self.ctx = Context(home=home)

    # -- entity resolution

    def entity_of(self, qids: tuple[str, ...], surface: str) -> Entity:
        """Link a gazetteer match: one entity of the best kind, else an unlinked one."""
        found = [e for q in qids if (e := self.kb.entity(q)) is not None]
        states = [e for e in found if e.kind is EntityKind.STATE]
        persons = [e for e in found if e.kind is EntityKind.PERSON]
        for group in (states, [e for e in found if e.kind is EntityKind.ORGANIZATION],
                      [e for e in found if e.kind is EntityKind.CITY], persons):  # fmt: skip
            if not group:
                continue
            if len(group) == 1:
                return _entity(group[0])
            if group is persons:
                best = self._person_by_date(group)
                if best is not None:
                    return _entity(best)
            kind = group[0].kind
            return Entity.unlinked(surface, kind)
        return Entity.unlinked(surface, EntityKind.OTHER)

    def _person_by_date(self, people: list[KbEntity]) -> KbEntity | None:
        if self.date is None:
            return None
        current = [p for p in people if any(t.covers(self.date) for t in self.kb.tenures(p.qid))]
        return current[0] if len(current) == 1 else None

    def person(self, name: str, office: Office | None) -> Entity:
        """Link a person's name, using the office and the article date to choose."""
        clean = re.sub(_HONORIFIC, "", name).replace(", Jr.", "").replace(" Jr.", "").strip()
        words = [w for w in re.split(r"\s+", clean) if w]
        full = [w for w in words if not re.fullmatch(r"[A-Z]\.", w)]
        # remembered people of this article: same surname
        for known, _ in reversed(self.ctx.people):
            if known.kind is EntityKind.PERSON and _same_person(known.label, full):
                return known
        candidates: list[KbEntity] = []
        if len(full) >= 2:
            candidates = list(self.kb.lookup(" ".join(full), [EntityKind.PERSON]))
            if not candidates and len(full) > 2:
                candidates = list(self.kb.lookup(f"{full[0]} {full[-1]}", [EntityKind.PERSON]))
        if not candidates:
            candidates = self._by_surname(full, office)
        if len(candidates) > 1:
            chosen = self._choose(candidates, office)
            candidates = [chosen] if chosen else []
        if len(candidates) == 1:
            return _entity(candidates[0])
        return Entity.unlinked(clean, EntityKind.PERSON)

    def _by_surname(self, words: list[str], office: Office | None) -> list[KbEntity]:
        """People whose KB name ends in this surname, whose first name (if given) agrees, and who
        hold an office of this role (and jurisdiction) on the article date."""
        if not words or office is None or self.date is None:
            return []
        surname = fold(words[-1])
        out: list[KbEntity] = []
        for qid in surname_index(self.kb).get(surname, ()):
            entity = self.kb.entity(qid)
            if entity is None:
                continue
            if len(words) > 1 and not _first_names_agree(words[0], entity.label):
                continue
            if _office_fits(self.kb, qid, office, self.date):
                out.append(entity)
        return out

    def _choose(self, people: list[KbEntity], office: Office | None) -> KbEntity | None:
        if self.date is None:
            return None
        if office is not None:
            fitting = [p for p in people if _office_fits(self.kb, p.qid, office, self.date)]
            if len(fitting) == 1:
                return fitting[0]
        return self._person_by_date(people)

    # -- the sentence

    def analyse(self, sentence: Sentence) -> Analysis:
        # hashtags and handles read as plain words ("#Makei"); same length keeps offsets
        text = _TAGS.sub(" ", sentence.text)
        base = sentence.begin
        toks = tokens(text, base)
        mentions = self._gazetteer_mentions(toks, text, base)
        mentions = self._add_regex(mentions, find_money(text, base))
        mentions = self._add_regex(mentions, find_percents(text, base))
        mentions = self._unknown_orgs(mentions, text, base)
        mentions = self._offices(mentions, text, base)
        mentions = self._coreference(mentions, text, base)
        dates = [
            replace(d, begin=d.begin + base, end=d.end + base) for d in find_dates(text, self.date)
        ]
        dates = [d for d in dates if not any(m.begin <= d.begin < m.end for m in mentions)]
        analysis = Analysis(sentence, sorted(mentions, key=lambda m: m.begin), dates)
        _mask(analysis)
        self._remember(analysis)
        return analysis

    def _gazetteer_mentions(self, toks: list[Token], text: str, base: int) -> list[Mention]:
        out: list[Mention] = []
        for match in self.gazetteer.find(toks):
            surface = text[match.begin - base : match.end - base]
            demonym = self.kb.demonym_of(surface)
            is_name = any(
                (e := self.kb.entity(q)) is not None and fold(e.label) == fold(surface)
                for q in match.qids
            )
            if demonym is not None and not is_name and demonym.qid in match.qids:
                out.append(Mention(match.begin, match.end, surface, Code.DEMONYM,
                                   (_entity(demonym),)))  # fmt: skip
                continue
            entity = self.entity_of(match.qids, surface)
            code = _code_of(entity.kind)
            if code is Code.CITY and not self._city_context(text, match.begin - base, entity):
                continue
            if code is Code.PERSON:
                entity = self.person(surface, None) if not entity.is_linked else entity
            out.append(Mention(match.begin, match.end, surface, code, (entity,)))
        return out

    def _city_context(self, text: str, start: int, entity: Entity) -> bool:
        """Single-word city names are common words; accept them in place or capital contexts."""
        before = text[max(0, start - 20) : start].lower()
        if re.search(r"\b(?:in|to|from|at|near|visit|visited|visiting|via|outside|of)\s+$", before):
            return True
        if entity.qid and self.kb.capital_of(entity.qid) is not None:
            return True
        return " " in entity.label

    def _add_regex(self, mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
        kept = list(mentions)
        for m in extra:
            overlapping = [k for k in kept if k.begin < m.end and m.begin < k.end]
            if all(k.code in {Code.STATE, Code.DEMONYM} and m.code is Code.MONEY
                   for k in overlapping):  # fmt: skip
                kept = [k for k in kept if k not in overlapping]
                kept.append(m)
        return kept

    def _unknown_orgs(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        out = list(mentions)
        for m in _UNKNOWN_ORG.finditer(text):
            name = m.group("name").strip()
            start = m.start("name")
            # drop leading words that are not part of a name ("Both", "During")
            while True:
                first = name.split(" ", 1)[0]
                if first.lower() in _LEAD_WORDS and " " in name:
                    start += len(first) + 1
                    name = name.split(" ", 1)[1]
                    continue
                break
            begin, end = base + start, base + start + len(name)
            inside = [k for k in out if k.begin >= begin and k.end <= end]
            if any(k.begin < end and begin < k.end and k not in inside for k in out):
                continue
            if len(name.split()) < 2 or name.split()[0].lower() in _LEAD_WORDS:
                continue
            if any(k.code is Code.ORG and k.entity and k.entity.is_linked for k in inside):
                continue  # a known organisation with a trailing word
            out = [k for k in out if k not in inside]
            out.append(Mention(begin, end, name, Code.ORG,
                               (Entity.unlinked(name, EntityKind.ORGANIZATION),), confidence=0.7))  # fmt: skip
        return out

    # -- offices and the people who hold them

    def _offices(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        out = list(mentions)
        titles = find_titles(text)
        for title in reversed(titles):
            t_begin, t_end = base + title.begin, base + title.end
            if any(k.begin <= t_begin and t_end <= k.end for k in out):
                continue  # inside a name ("Prime Minister's Office" org, etc.)
            result = self._bind_title(out, text, base, title.begin, title.end, title.role,
                                      title.text)  # fmt: skip
            if result is not None:
                out = result
        return out

    def _bind_title(self, mentions: list[Mention], text: str, base: int, start: int, stop: int,
                    role: str, label: str) -> list[Mention] | None:  # fmt: skip
        """Bind one title to its jurisdiction and holder; replace the phrase by one mention."""
        by_start = {m.begin - base: m for m in mentions}
        by_end = {m.end - base: m for m in mentions}
        phrase_start, phrase_end = start, stop
        jurisdiction: Entity | None = None
        accredited: Entity | None = None
        # pre-modifiers: "Russia's", "Belarusian", "U.S.", "the EU"
        pre = text[:start]
        m_pre = re.search(r"(?:^|\s)(?P<tok>\S+?)(?P<poss>['’]s)?\s+$", pre)
        if m_pre:
            end_pos = m_pre.end("tok")
            mention = by_end.get(end_pos)
            if mention and mention.code in {Code.STATE, Code.DEMONYM, Code.ORG}:
                jurisdiction = mention.entity
                phrase_start = mention.begin - base
        rest = text[stop:]
        # "of Belarus", "of the European Commission"
        m_of = re.match(r"\s+(?:of|for)\s+(?:the\s+)?", rest)
        if m_of:
            mention = by_start.get(stop + m_of.end())
            if mention and mention.code in {Code.STATE, Code.ORG, Code.DEMONYM}:
                jurisdiction = jurisdiction or mention.entity
                if mention.code is Code.ORG and role == "HeadOfState":
                    role = "HeadOfOrganization"
                phrase_end = mention.end - base
                rest = text[phrase_end:]
        # ambassadors: "to Belarus"
        if role in {"Ambassador", "SpecialEnvoy"}:
            m_to = re.match(r"\s+(?:to|in)\s+(?:the\s+)?", text[phrase_end:])
            if m_to:
                mention = by_start.get(phrase_end + m_to.end())
                if mention and mention.code is Code.STATE:
                    accredited = mention.entity
                    phrase_end = mention.end - base
        if role == "HeadOfState" and jurisdiction is not None and jurisdiction.kind is EntityKind.ORGANIZATION:
            role = "HeadOfOrganization"
        before = text[max(0, phrase_start - 25) : phrase_start]
        current = not NOT_CURRENT.search(before + " " + text[phrase_start:phrase_end])
        office_label = text[phrase_start:phrase_end].strip()
        office = Office(role, office_label, jurisdiction, accredited, None, current)

        # the holder: a name right after ("Foreign Minister Vladimir Makei", "..., Boris Gryzlov")
        after = text[phrase_end:]
        holder_span: tuple[int, int] | None = None
        holder: Entity | None = None
        m_after = re.match(r"(?:,\s*|\s+)", after)
        if m_after:
            pos = phrase_end + m_after.end()
            mention = by_start.get(pos)
            if mention and mention.code is Code.PERSON:
                holder = mention.entity
                holder_span = (pos, mention.end - base)
            elif mention is None:
                m_name = _NAME.match(text, pos)
                if m_name and self._looks_like_name(m_name.group("name"), mentions, base + pos):
                    holder_span = (pos, m_name.end())
        if holder_span is None:
            # "Sergey Lavrov, Russia's foreign minister" / "Nikol Pashinyan, Prime Minister of"
            m_before = re.search(r",\s*(?:the\s+|a\s+)?$", text[:phrase_start])
            if m_before:
                mention = by_end.get(m_before.start())
                if mention and mention.code is Code.PERSON:
                    holder = mention.entity
                    holder_span = (mention.begin - base, mention.end - base)
        if holder_span is None:
            return self._bare_title(mentions, text, base, phrase_start, phrase_end, office)
        span_begin = min(holder_span[0], phrase_start)
        span_end = max(holder_span[1], phrase_end)
        name_text = text[holder_span[0] : holder_span[1]]
        if holder is None or (not holder.is_linked):
            holder = self.person(name_text, office)
        office = self._complete_office(holder, office)
        kept = [m for m in mentions if not (base + span_begin <= m.begin and m.end <= base + span_end)]
        kept.append(Mention(base + span_begin, base + span_end, text[span_begin:span_end],
                            Code.PERSON, (holder,), office))  # fmt: skip
        return kept

    def _looks_like_name(self, name: str, mentions: list[Mention], begin: int) -> bool:
        words = name.split()
        if len(words) < 2 and not (len(words) == 1 and words[0][:1].isupper()):
            return False
        if fold(words[0]) in _LEAD_WORDS or fold(words[0]) in _NOT_NAMES:
            return False
        return not any(m.begin <= begin < m.end for m in mentions)

    def _bare_title(self, mentions: list[Mention], text: str, base: int, start: int, end: int,
                    office: Office) -> list[Mention] | None:  # fmt: skip
        """A title with no name: the remembered holder ("the Minister"), or the KB holder of
        the post on the article date ("the President of Belarus")."""
        holder: Entity | None = None
        for known, known_office in reversed(self.ctx.people):
            if known_office is None or known_office.role != office.role:
                continue
            if office.jurisdiction and known_office.jurisdiction and \
                    office.jurisdiction.key != known_office.jurisdiction.key:  # fmt: skip
                continue
            holder = known
            office = replace(known_office, label=office.label, named=False)
            break
        if holder is None and office.jurisdiction and office.jurisdiction.qid and self.date:
            posts = self.kb.posts(office.jurisdiction.qid, office.role)
            holders = {h for p in posts for h in self.kb.holders(p.qid, self.date)}
            if len(holders) == 1:
                entity = self.kb.entity(next(iter(holders)))
                if entity is not None:
                    holder = _entity(entity)
                    office = replace(office, post=posts[0].qid if len(posts) == 1 else None,
                                     named=False)
        if holder is None:
            if office.jurisdiction is None:
                return None
            # "the President of Belarus" unnamed: the office speaks for its state
            kept = [m for m in mentions if not (base + start <= m.begin and m.end <= base + end)]
            kept.append(Mention(base + start, base + end, text[start:end], Code.STATE,
                                (office.jurisdiction,), None, confidence=0.7))  # fmt: skip
            return kept
        kept = [m for m in mentions if not (base + start <= m.begin and m.end <= base + end)]
        kept.append(Mention(base + start, base + end, text[start:end], Code.PERSON, (holder,),
                            replace(office, current=False) if not office.current else
                            _coref_office(office), confidence=0.8))  # fmt: skip
        return kept

    def _complete_office(self, holder: Entity, office: Office) -> Office:
        """Fill jurisdiction and post from the KB's tenures of a linked holder."""
        if not holder.qid or self.date is None:
            return office
        fitting = [
            t for t in self.kb.tenures(holder.qid)
            if t.role == office.role and (office.jurisdiction is None or
                                          t.jurisdiction == office.jurisdiction.qid)
        ]  # fmt: skip
        if not fitting:
            fitting = [t for t in self.kb.tenures(holder.qid)
                       if t.role == office.role and t.covers(self.date)]  # fmt: skip
        posts = {t.post for t in fitting if t.post}
        jurisdictions = {t.jurisdiction for t in fitting if t.jurisdiction}
        if office.jurisdiction is None and len(jurisdictions) == 1:
            state = self.kb.entity(next(iter(jurisdictions)))
            if state is not None:
                office = replace(office, jurisdiction=_entity(state))
        if office.jurisdiction is None and self.ctx.home is not None and office.role in _HOME_ROLES:
            office = replace(office, jurisdiction=_entity(self.ctx.home))
        if len(posts) == 1:
            office = replace(office, post=next(iter(posts)))
        elif office.jurisdiction and office.jurisdiction.qid:
            candidates = [p for p in self.kb.posts(office.jurisdiction.qid, office.role)
                          if not p.role_class]  # fmt: skip
            if len(candidates) == 1 and office.role in _SINGLE_HOLDER_ROLES:
                office = replace(office, post=candidates[0].qid)
        return office

    # -- coreference

    def _coreference(self, mentions: list[Mention], text: str, base: int) -> list[Mention]:
        out = list(mentions)
        taken = [(m.begin - base, m.end - base) for m in out]
        for m in _GROUP.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            states = self.ctx.last_states
            if len(states) >= 2:
                out.append(Mention(base + m.start(), base + m.end(), m.group(0), Code.GROUP, states,
                                   confidence=0.8))  # fmt: skip
        for m in _PERSON_GROUP.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            people = self.ctx.last_people
            if len(people) >= 2:
                out.append(Mention(base + m.start(), base + m.end(), m.group(0), Code.PERSON, people,
                                   confidence=0.8))  # fmt: skip
        # surnames of people already seen: "Blinken", "Makei"
        for known, office in self.ctx.people:
            surname = known.label.split()[-1] if known.label else ""
            if len(surname) < 3:
                continue
            for m in re.finditer(rf"(?<![\w#]){re.escape(surname)}\b", text):
                if _overlaps(taken, m.start(), m.end()) or _overlaps(
                    [(k.begin - base, k.end - base) for k in out], m.start(), m.end()
                ):
                    continue
                out.append(Mention(base + m.start(), base + m.end(), m.group(0), Code.PERSON,
                                   (known,), office, confidence=0.85))  # fmt: skip
        return out

    def _remember(self, analysis: Analysis) -> None:
        states: list[Entity] = []
        people: list[Entity] = []
        for m in analysis.mentions:
            if m.code is Code.PERSON:
                for e in m.entities:
                    if all(e.key != p.key for p, _ in self.ctx.people):
                        self.ctx.people.append((e, m.office if m.office and m.office.current else None))
                    people.append(e)
            if m.code in {Code.STATE, Code.DEMONYM, Code.GROUP}:
                states.extend(m.entities)
        unique_states = tuple(dict((e.key, e) for e in states).values())
        if len(unique_states) >= 2:
            self.ctx.last_states = unique_states[:2] if len(unique_states) == 2 else unique_states
        unique_people = tuple(dict((e.key, e) for e in people).values())
        if len(unique_people) >= 2:
            self.ctx.last_people = unique_people


_TAGS = re.compile(r"[#@](?=\w)")
_LEAD_WORDS = frozenset(
    "the a an both during after before in on at this that these those further moreover "
    "additionally also however and but while with as for from by to of said its their his her "
    "secretary president minister ambassador".split()
)
_NOT_NAMES = frozenset("today yesterday tomorrow on in at the and".split())
_HOME_ROLES = frozenset({"ForeignMinister", "HeadOfState", "HeadOfGovernment", "DeputyMinister",
                         "NationalSecurityAdvisor", "SeniorOfficial", "Minister",
                         "DeputyHeadOfGovernment", "SpecialEnvoy", "Spokesperson"})  # fmt: skip
_SINGLE_HOLDER_ROLES = frozenset({"ForeignMinister", "HeadOfState", "HeadOfGovernment"})


def _coref_office(office: Office) -> Office:
    return office


def _overlaps(spans: list[tuple[int, int]], begin: int, end: int) -> bool:
    return any(b < end and begin < e for b, e in spans)


def _entity(kb_entity: KbEntity) -> Entity:
    return Entity.linked(kb_entity.qid, kb_entity.label, kb_entity.kind)


def _code_of(kind: EntityKind) -> Code:
    return {
        EntityKind.STATE: Code.STATE,
        EntityKind.ORGANIZATION: Code.ORG,
        EntityKind.PERSON: Code.PERSON,
        EntityKind.CITY: Code.CITY,
    }.get(kind, Code.PLACE)


def _same_person(label: str, words: list[str]) -> bool:
    if not words:
        return False
    parts = fold(label).split()
    if fold(words[-1]) != parts[-1]:
        return False
    return len(words) == 1 or _first_names_agree(words[0], label)


_NICKNAMES = {"joe": "joseph", "bill": "william", "bob": "robert", "jim": "james", "tony": "antony",
              "mike": "michael", "tom": "thomas", "dick": "richard", "ted": "edward",
              "sergei": "sergey", "alexei": "aleksey", "alexey": "aleksey", "yuri": "yury",
              "dmitri": "dmitry", "andrei": "andrey", "nikolai": "nikolay", "alexander": "aleksandr",
              "alyaksandr": "aleksandr", "mikhail": "michael"}  # fmt: skip


def _first_names_agree(first: str, label: str) -> bool:
    a = fold(first).rstrip(".")
    b = fold(label).split()[0]
    if a == b or _NICKNAMES.get(a) == b or _NICKNAMES.get(b) == a:
        return True
    if _NICKNAMES.get(a) and _NICKNAMES.get(a) == _NICKNAMES.get(b):
        return True
    return len(a) == 1 and b.startswith(a)


def _office_fits(kb: KbIndex, person: str, office: Office, day: dt.date) -> bool:
    for tenure in kb.tenures(person):
        if tenure.role != office.role:
            continue
        if office.jurisdiction and office.jurisdiction.qid and tenure.jurisdiction != office.jurisdiction.qid:
            continue
        if tenure.covers(day) or (tenure.start is None):
            return True
    return False


_SURNAMES: dict[str, dict[str, tuple[str, ...]]] = {}


def surname_index(kb: KbIndex) -> dict[str, tuple[str, ...]]:
    """Folded surname -> QIDs of KB people (built once per index)."""
    cached = _SURNAMES.get(kb.version)
    if cached is not None:
        return cached
    index: dict[str, set[str]] = {}
    for name, qids in kb.names().items():
        parts = name.split()
        if len(parts) < 2:
            continue
        for qid in qids:
            if kb.kind_of(qid) is EntityKind.PERSON:
                index.setdefault(fold(parts[-1]), set()).add(qid)
    built = {k: tuple(sorted(v)) for k, v in index.items()}
    _SURNAMES[kb.version] = built
    return built


def _mask(analysis: Analysis) -> None:
    text = analysis.sentence.text
    base = analysis.sentence.begin
    pieces: list[str] = []
    pos = 0
    for i, m in enumerate(analysis.mentions):
        start, end = m.begin - base, m.end - base
        if start < pos:
            continue
        pieces.append(text[pos:start])
        slot = f"§{m.code.value}{i}§"
        analysis.slots[slot] = m
        pieces.append(slot)
        pos = end
    pieces.append(text[pos:])
    analysis.masked = _ACTOR_GROUP.sub(lambda m: _as_states(m, analysis), "".join(pieces))


_ACTOR_GROUP = re.compile(
    r"(?P<group>§D\d+§(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)§D\d+§)*)\s+(?P<noun>soldiers|forces|"
    r"troops|officials|diplomats|government|authorities|military|army|navy|delegations?|side|"
    r"leaders?|leadership|servicemembers|service\s+members|negotiators|administration|companies|"
    r"businesses|investors|counterparts?)\b"
)


def _as_states(m: re.Match[str], analysis: Analysis) -> str:
    """"§D0§ and §D1§ officials" -> "§S0§ and §S1§": demonym plus actor noun acts as the state."""

    def state(slot: re.Match[str]) -> str:
        alias = f"§S{slot.group(1)}§"
        analysis.slots[alias] = analysis.slots[slot.group(0)]
        return alias

    return re.sub(r"§D(\d+)§", state, m.group("group"))
