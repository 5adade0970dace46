"""The extraction driver: sentences → mentions → facts, merged per article.

Each family of facts is a module of rules over masked sentences (:mod:`.relations`,
:mod:`.events`, :mod:`.economy`); this module runs them in order, keeps the article-level
memory they share (the meeting being reported, the states being compared), builds Tenures from
the offices found with people, and merges restatements of one fact into one fact with several
evidence sentences.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from dipld.extract.agencies import agency_state_code
from dipld.extract.gazetteer import fold
from dipld.extract.instruments import further_signings, in_force_before
from dipld.extract.mentions import MentionFinder
from dipld.extract.patterns import (
    COUNTED_ROUNDS,
    DATELINE,
    NUMBER_WORDS,
    PARTICIPLE_PASTS,
    POSSESSED_PERSON,
    active_voice,
    adverb_reading,
    agreed_after_reading,
    agreeing_reading,
    aside_reading,
    fronted_readings,
    in_relative_clause,
    including_reading,
    intro_end,
    neighbour_reading,
    opening_it_reading,
    opening_parties,
    participle_readings,
    possessed_people_reading,
    quote_reading,
    said_own_act_reading,
    second_verb_reading,
    summit_reading,
)
from dipld.extract.people import civil_service, entity_of
from dipld.extract.spans import Analysis, Code, Mention, Office, hedged
from dipld.extract.text import Sentence, sentences
from dipld.extract.turns import (
    is_question,
    is_transcript,
    label_name_end,
    release_office,
    split_labels,
)
from dipld.kb.index import KbEntity, KbIndex
from dipld.model import (
    Article,
    Concept,
    Entity,
    EntityKind,
    Evidence,
    Fact,
    FactClass,
    Precision,
    Status,
    TimeValue,
    Value,
)
from dipld.temporal import DateMention

if TYPE_CHECKING:
    from dipld.extract.acts import ToldAct

# Lines that are page furniture, not reporting.
_BOILERPLATE = re.compile(
    r"^(?:also,?\s+read:|read\s+more:|see\s+also:|related:|office\s+of\s+the\s+spokesperson$|"
    r"the\s+(?:below|following)\s+is\s+attributable\s+to|for\s+immediate\s+release|"
    r"[—–-]\s*\S.*\(@\w+\)|pic\.twitter\.com|###)",
    re.IGNORECASE,
)


@dataclass
class Doc:
    """What the rules share while reading one article."""

    article: Article
    kb: KbIndex
    finder: MentionFinder
    facts: list[Fact] = field(default_factory=list)
    # the facts of the headline, read before the body's ("the Agreement" a body sentence means)
    title_facts: list[Fact] = field(default_factory=list)
    meeting: Fact | None = None
    meeting_date: TimeValue | None = None
    # the keys of the mediators or hosts of the article's meetings ("under Turkish mediation"):
    # not a side of the talks
    mediators: frozenset[str] = frozenset()
    trade_pair: tuple[Entity, Entity] | None = None
    trade_period: TimeValue | None = None
    trade_sentence: int | None = None  # the index of the sentence that gave the trade total
    previous: Analysis | None = None
    # the sentence being read, and the dated occasion ("During the talks on Monday, ...") of
    # its paragraph: the paragraph, the date, the keys of those who took part
    sentence: Sentence | None = None
    occasion: tuple[int, TimeValue, frozenset[str]] | None = None
    # the party each attack noun was blamed on so far ("the cyberattack, which it blamed on
    # Iran": "attack" -> Iran), for a later "condemned the cyberattack"
    culprits: dict[str, list[Entity]] = field(default_factory=dict)
    # the acts told so far with their agents, for a later "condemned the agreement" (acts.py)
    acts: list[ToldAct] = field(default_factory=list)
    # the publisher's state when the publisher is its foreign ministry: a bare "the Ministry of
    # Foreign Affairs" acting in its own release is that state (see own_ministry)
    own_ministry: Entity | None = None
    # the publisher's state when the publisher is its state's news agency: a bare "the Foreign
    # Ministry" acting is that state's while the article has named no state's ministry (session 31)
    agency_home: Entity | None = None
    # the bodies of one state named so far ("Uganda's foreign ministry"): noun -> (state key ->
    # (state, sentence index)), for a later bare "the ministry" (events.bare_body)
    bodies: dict[str, dict[str, tuple[Entity, int]]] = field(default_factory=dict)
    # measures told in passing, in a relative clause ("condemned the restrictions Washington has
    # imposed on Havana"): facts unless another sentence of the article tells the same measure
    restated: list[Fact] = field(default_factory=list)
    # a summit a person hosted, told with no guests ("President Yoon hosted the first
    # Korea-Pacific Islands Summit in Seoul"): its sentence, host and sentence number, for those
    # the next sentences say attended or co-chaired it (events.summit_attendees)
    summit: tuple[Analysis, tuple[Entity, ...], int] | None = None
    # the holders and roles of the offices the article told as lost ("Deposed President Mohamed
    # Bazoum"): a later "President Bazoum" is no current Tenure (session 31)
    removed: set[tuple[str, str]] = field(default_factory=set)

    @property
    def date(self) -> dt.date | None:
        return self.article.date

    def meeting_date_of(self, actors: Sequence[Entity]) -> TimeValue | None:
        """The date of the article's meeting, when one of the actors took part in it: what
        they did there ("the two leaders signed ...") happened that day; in a paragraph that
        opened with a dated occasion ("During the talks on Tuesday, ..."), the occasion's."""
        if (when := self._occasion_date(actors)) is not None:
            return when
        if self.meeting is None or self.meeting_date is None:
            return None
        participants = {e.key for e in self.meeting.entities("participant")}
        if any(a.key in participants for a in actors):
            return self.meeting_date
        # a state whose official took part ("the United States announced ..." in a readout)
        sides = {
            s.key
            for e in self.meeting.entities("participant")
            if e.kind is EntityKind.PERSON and (s := state_of(self, e)) is not None
        }
        return self.meeting_date if any(a.key in sides for a in actors) else None

    def _occasion_date(self, actors: Sequence[Entity]) -> TimeValue | None:
        """The date of the occasion the current paragraph reports, for the acts of those who
        took part in it (not background told in the perfect: "Japan has provided ...")."""
        if self.occasion is None or self.sentence is None:
            return None
        paragraph, when, keys = self.occasion
        if paragraph != self.sentence.paragraph or _PERFECT.search(self.sentence.text):
            return None
        for actor in actors:
            side = side_of(self, actor)
            if actor.key in keys or (side is not None and side.key in keys):
                return when
        return None

    def _own_ministry_state(self, role: str, values: Iterable[Value]) -> list[Value]:
        """An event's actors or recipients with a bare "the Ministry of Foreign Affairs" (no
        state named) of a foreign ministry's own release as its state ("The Ministry of Foreign
        Affairs today summoned the Ambassador of ...": the publisher's state acts)."""
        values = list(values)
        home = self.own_ministry
        if home is None and not self.bodies.get("ministry"):
            home = self.agency_home
        if home is None or role not in {"actor", "recipient"}:
            return values
        out: dict[str, Value] = {}
        for i, value in enumerate(values):
            if (
                isinstance(value, Entity)
                and value.qid is None
                and value.kind is EntityKind.ORGANIZATION
                and value.label.removeprefix("the ").removeprefix("The ") in OWN_MINISTRY_NAMES
            ):
                value = home
            out.setdefault(value.key if isinstance(value, Entity) else f"#{i}", value)
        return list(out.values())

    def evidence(self, analysis: Analysis) -> Evidence:
        s = analysis.sentence
        return Evidence(s.begin, s.end, s.text, in_title=analysis.in_title)

    def add(
        self,
        cls: FactClass,
        args: Mapping[str, Iterable[Value]],
        analysis: Analysis,
        confidence: float,
        status: Status = Status.ASSERTED,
    ) -> Fact:
        if cls is FactClass.EVENT and (self.own_ministry or self.agency_home) is not None:
            args = {role: self._own_ministry_state(role, values) for role, values in args.items()}
        fact = Fact.make(
            cls, args, evidence=[self.evidence(analysis)], confidence=confidence, status=status
        )
        self.facts.append(fact)
        return fact


Rule = Callable[[Analysis, Doc], None]

# "has provided", "had signed": told as background, not as what was done at an occasion
_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:also|already|long|since|now|jointly)\s+)?[a-z]+(?:ed|en|wn|ne|ught|id|de|pt|nt)\b"
)
# "During the talks on Tuesday, ...", "At their meeting in Hanoi on Monday, ...": an occasion
# the paragraph goes on to report
_OCCASION = re.compile(
    r"(?:During|At(?= )|In the course of|On the (?:sidelines|margins) of)\s+"
    r"(?:the|their|his|her|its|this|these|today['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:talks|meetings?|negotiations|consultations|summit|visit|session|"
    r"dialogue|discussions?|conversation|(?:phone\s+|telephone\s+)?call|ceremony)\b[^,;]{0,80},"
)
# a subject: names, titles and "and" ("Senator §P1§ and Foreign Minister §P2§")
_SUBJECT = re.compile(r"(?:\s*(?:§[A-Z]\d+§(?:['’]s?)?|and|,|the|two|both|[A-Z][\w.'’-]*))*")
_SLOT = re.compile(r"§[A-Z]\d+§")
_OCCASION_CODES = frozenset({Code.PERSON, Code.STATE, Code.ORG, Code.DEMONYM})
# (the words an occasion opens with, tested before the pattern)
_OCCASION_WORDS = ("During", "At ", "In the course of", "On the sidelines of", "On the margins of")


def _hosted_ambassadors(analysis: Analysis, doc: Doc, before: int) -> None:
    """An ambassador the sentence names without a host, met by officials of one other state (in
    that state, when the meeting's place is a capital: not a third state's), is accredited
    to it ("Foreign Minister Ali Sabry met Chinese Ambassador Qi Zhenhong in Colombo": China's
    ambassador to Sri Lanka); an accredited ambassador implies diplomatic relations (ANNOTATION.md
    §4, inferred), as :func:`_tenure` adds them for a host the title names (session 26)."""
    meetings = [f for f in doc.facts[before:] if f.cls is FactClass.MEETING]
    if not meetings:
        return
    for i in range(before, len(doc.facts)):
        tenure = doc.facts[i]
        if (
            tenure.cls is not FactClass.TENURE
            or tenure.get("accreditedTo")
            or not any(
                isinstance(r, Concept) and r.name == "Ambassador" for r in tenure.get("role")
            )
        ):
            continue
        holder, home = tenure.entities("holder"), tenure.entities("jurisdiction")
        if len(holder) != 1 or len(home) != 1 or home[0].kind is not EntityKind.STATE:
            continue
        hosts: dict[str, Entity] = {}
        for meeting in meetings:
            people = meeting.entities("participant")
            if holder[0].key not in {e.key for e in people}:
                continue
            # (officials met: not "China welcomed U.S. Ambassador Nicholas Burns", whose host the
            # sentence leaves unsaid)
            others = [e for e in people if e.key != holder[0].key]
            if not others or any(e.kind is not EntityKind.PERSON for e in others):
                continue
            sides = {side.key: side for e in others if (side := side_of(doc, e)) is not None}
            if len(sides) != 1 or home[0].key in sides:
                continue
            host = next(iter(sides.values()))
            if host.kind is not EntityKind.STATE or not host.is_linked:
                continue
            if any(_elsewhere(doc, place, host) for place in meeting.entities("place")):
                continue
            hosts[host.key] = host
        if len(hosts) != 1:
            continue
        host = next(iter(hosts.values()))
        args = {role: list(values) for role, values in tenure.args}
        args["accreditedTo"] = [host]
        doc.facts[i] = tenure.with_args(args)
        doc.add(FactClass.DIPLOMATIC_RELATIONS, {"party": [host, home[0]]}, analysis, 0.6)


def _elsewhere(doc: Doc, place: Entity, host: Entity) -> bool:
    """Whether a meeting's place is in another state than ``host``: another state, or the
    capital of another."""
    if place.kind is EntityKind.STATE:
        return place.key != host.key
    if place.qid is None:
        return False
    capital_of = doc.kb.capital_of(place.qid)
    return capital_of is not None and capital_of.qid != host.qid


def _occasion(analysis: Analysis, doc: Doc) -> None:
    """Keep the occasion a sentence opens with, if it names its day ("During the talks on
    Tuesday, the leaders ..."), as the date of its paragraph's acts."""
    text = analysis.sentence.text
    if not text.startswith(_OCCASION_WORDS) or (m := _OCCASION.match(text)) is None:
        return
    begin = analysis.sentence.begin
    dates = [
        d
        for d in analysis.dates
        if d.end - begin <= m.end() and d.end_value is None and not d.since
    ]
    if len({d.value for d in dates}) != 1:
        return
    # who took part: those the occasion names and the subject after it ("Senator Wong and
    # Foreign Minister Bui Thanh Son welcomed ..."), not what they spoke of
    masked = analysis.masked
    intro = _OCCASION.match(masked)
    if intro is None:
        return
    subject = _SUBJECT.match(masked, intro.end())
    slots = _SLOT.findall(masked, 0, subject.end() if subject else intro.end())
    named = [
        e
        for slot in slots
        if (k := analysis.slots.get(slot)) is not None and k.code in _OCCASION_CODES
        for e in k.entities
    ]
    if not named and doc.meeting is not None:
        # ("During the talks on Tuesday, the two sides ...": those of the article's meeting)
        named = list(doc.meeting.entities("participant"))
    keys = {e.key for e in named}
    keys.update(s.key for e in named if (s := side_of(doc, e)) is not None)
    doc.occasion = (analysis.sentence.paragraph, dates[0].value, frozenset(keys))


# a host written after a publisher's name: "President of Russia (en.kremlin.ru)"
_PUBLISHER_HOST = re.compile(r"\(((?:[a-z0-9-]+\.)+[a-z]{2,})\)", re.IGNORECASE)


# a bare name of a foreign ministry, no state named ("the Ministry of Foreign Affairs")
OWN_MINISTRY_NAMES = frozenset(
    {"Foreign Ministry", "Ministry of Foreign Affairs", "Foreign Affairs Ministry", "MFA"}
)
# a foreign ministry as publisher ("Ministry of Foreign Affairs of Bangladesh"), or its host
# ("mfa.gov.bd", "www.mofa.go.jp")
_MINISTRY_PUBLISHER = re.compile(
    r"\b(?:Ministry\s+of\s+Foreign\s+Affairs|Foreign\s+Ministry|Ministry\s+for\s+Foreign\s+Affairs)\b"
)
_MINISTRY_HOST = re.compile(r"(?:^|\.)(?:mfa|mofa|mofat|mfat)\.")


def _foreign_ministry_publisher(article: Article) -> bool:
    """Whether the article is a foreign ministry's own release (by its publisher or host)."""
    if article.publisher and _MINISTRY_PUBLISHER.search(article.publisher):
        return True
    url = article.url or (article.source if article.source.startswith("http") else "")
    host = (urlsplit(url).hostname or "").lower()
    return bool(host) and _MINISTRY_HOST.search(host) is not None


# the datelines of stories filed at the UN's headquarters
_UN_DATELINES = frozenset({"united nations", "un headquarters", "u.n. headquarters"})
# a wire dateline up to the lead's first word ("BUENOS AIRES, Dec 29 (Reuters) - The ")
_LEAD_OPENING = re.compile(
    r"[A-Z][A-Z'’. -]+(?:,\s+[A-Z][A-Za-z]+)?(?:,\s+[^\n()]{1,40}?)?\s*(?:\([A-Za-z. ]{1,20}\))?"
    r"\s+(?:--|[-—–])\s+(?:The\s+)?"
)
# a second state after the lead's subject ("Peru and Mexico", "Israel-Hezbollah")
_PAIR_AFTER = re.compile(r"\s*(?:and\b|&|[-/–,])")


def _agency_publisher(article: Article) -> bool:
    """Whether the article is a state news agency's story (by its publisher line or host)."""
    url = article.url or (article.source if article.source.startswith("http") else "")
    host = (urlsplit(url).hostname or "").lower()
    return agency_state_code(article.publisher, host) is not None


def home_state(article: Article, kb: KbIndex) -> KbEntity | None:
    """The publisher's state, from the URL's host (``kremlin.ru`` → Russia, ``.gov`` → US); for
    an article without a URL, from the host its publisher line gives, else the one state the
    publisher's name names ("U.S. Department of State", "Ministry of Foreign Affairs of Japan",
    "The White House": not "Reuters", nor "Council of the European Union")."""
    url = article.url or (article.source if article.source.startswith("http") else "")
    host = urlsplit(url).hostname or ""
    if not host and article.publisher:
        if (m := _PUBLISHER_HOST.search(article.publisher)) is not None:
            host = m.group(1)
        elif (code := agency_state_code(article.publisher, "")) is not None:
            # ("publisher: Xinhua": a state agency speaks for its state, session 30)
            return kb.state_by_code(code)
        else:
            return _named_publisher_state(article, kb)
    if not host:
        return None
    labels = host.lower().split(".")
    # ("www.bernama.com": a state agency under a generic domain, session 30)
    code = agency_state_code(article.publisher, host)
    if code is None and labels[-1] in {"gov", "mil"}:
        code = "us"
    elif code is None and len(labels[-1]) == 2:
        code = labels[-1]
    if code is None:
        return None
    if code == "uk":
        code = "gb"
    return kb.state_by_code(code)


def _named_publisher_state(article: Article, kb: KbIndex) -> KbEntity | None:
    publisher = " ".join((article.publisher or "").split())
    return _publisher_state(publisher, kb) if publisher else None


@functools.lru_cache(maxsize=256)
def _publisher_state(publisher: str, kb: KbIndex) -> KbEntity | None:
    """The one state a publisher's name names (read once per name: a collection's articles
    share a few publishers)."""
    finder = MentionFinder(kb, None, None)
    analysis = finder.analyse(Sentence(-1, 0, len(publisher), publisher, -1), in_title=True)
    states = {
        e.qid
        for m in analysis.mentions
        if m.code in (Code.STATE, Code.DEMONYM)
        for e in m.entities
        if e.kind is EntityKind.STATE and e.qid
    }
    return kb.entity(states.pop()) if len(states) == 1 else None


def dateline_state(article: Article, kb: KbIndex) -> Entity | None:
    """The state whose capital the dateline names ("TIRANA, May 10 -" → Albania)."""
    city = kb.resolve(article.dateline, [EntityKind.CITY]) if article.dateline else None
    state = kb.capital_of(city.qid) if city is not None and city.qid else None
    return entity_of(state) if state is not None and state.kind is EntityKind.STATE else None


def story_state(article: Article, finder: MentionFinder, dateline: Entity | None) -> Entity | None:
    """The dateline's state when the lead, right after the dateline, opens with its name as the
    subject ("LIMA, Dec 20 (Reuters) - Peru on Tuesday declared ...", "LA PAZ, Bolivia (AP) —
    Bolivia's government said ..."): a story of that state told from it. Not a lead that opens
    with another state, a person or a pair ("KYIV (Reuters) - British Foreign Secretary ...",
    "Peru and Mexico ...")."""
    if dateline is None or not dateline.qid:
        return None
    opening = _LEAD_OPENING.match(article.body)
    if opening is None:
        return None
    found = finder.gazetteer.find(article.body[opening.end() : opening.end() + 80])
    if not found or found[0].begin != 0 or dateline.qid not in found[0].qids:
        return None
    surface = article.body[opening.end() + found[0].begin : opening.end() + found[0].end]
    if finder.kb.demonym_states(surface):
        return None  # ("BELGRADE - Serbian President X and ...": a person's title)
    after = opening.end() + found[0].end
    return None if _PAIR_AFTER.match(article.body, after) else dateline


def is_boilerplate(text: str) -> bool:
    """Page furniture ("Also, read: ...", tweet attributions): read for nothing."""
    return _BOILERPLATE.match(text.strip()) is not None  # (a pattern anchored with "^")


def is_heading(text: str) -> bool:
    """A heading: a short line without a final full stop or a verb-like word. It states no fact,
    but names what its section is about ("Belarus and Russia ties")."""
    stripped = text.strip()
    # (the final stop tested first: most lines end with one; at most 8 words without splitting
    # a long line into all of them)
    return (
        not stripped.endswith((".", "!", "?", ":", '"', "”"))
        and len(stripped.split(maxsplit=8)) <= 8
        and not _VERB.search(stripped)
    )


_VERB = re.compile(r"\b(?:met|held|signed|said|is|are|was|were|has|have)\b")


@functools.cache
def rules() -> tuple[Rule, ...]:
    """The rules, in the order they run on each sentence (imported here: they import this
    module)."""
    from dipld.extract import (
        acceptances,
        acts,
        adoptions,
        agreements,
        asks,
        assistance,
        attacks_named,
        blame,
        captives,
        closures,
        cooperation,
        courtesies,
        decisions,
        economy,
        entries,
        envoys,
        events,
        force,
        history,
        host_talks,
        hostilities,
        impositions,
        intrusions,
        joiners,
        measures,
        memberships,
        partnerships,
        protests,
        quoted_blame,
        rallies,
        ratifiers,
        relations,
        releases,
        resolutions,
        signings,
        statements,
        summits,
        tariffs,
        treaties,
        vows,
    )
    from dipld.extract import (
        bodies as bodies_rules,
    )
    from dipld.extract import (
        meetings as meetings_rules,
    )

    return (
        tenures,
        meetings_rules.meetings,
        meetings_rules.hosted_summits,
        summits.chaired_and_attended,  # (session 41b)
        host_talks.talks_with_host,  # (session 43)
        host_talks.possessor_meetings,
        memberships.memberships,
        memberships.respective_dates,
        ratifiers.ratifiers,  # (session 42)
        joiners.joiners,  # (session 43)
        joiners.and_joined,
        relations.borders,
        relations.diplomatic_relations,
        envoys.accredited_envoys,  # (session 40b: after the relations told in words)
        treaties.treaties,
        partnerships.partnerships,
        economy.trade,
        economy.permissions,
        tariffs.tariffs,
        statements.statements,
        adoptions.nominal_signing,
        adoptions.passive_signing,
        adoptions.welcomed_outcomes,
        signings.ceremony_signings,  # (session 33: after the clause rules' signings)
        signings.witnessed_signings,
        signings.joint_statement_medium,
        courtesies.passive_invitation,
        courtesies.received_congratulations,
        courtesies.conveyed_congratulations,
        courtesies.candidacies_backed,
        courtesies.confirmed_attendance,
        decisions.thanked_decisions,
        agreements.referenced_agreements,
        events.events,
        force.held_named,  # (session 40: after the templates' detentions)
        captives.lone_captives,  # (session 42b: one person of a nationality detained)
        attacks_named.attacks_named,  # (session 43: after the templates' attacks)
        attacks_named.whose_troops_fought,
        courtesies.accepted_by_title,
        acceptances.accepted_in_sentence,  # (session 41)
        releases.release_demanded,  # (session 42)
        decisions.agreed_by_group,
        decisions.replaced_targets,
        measures.relations_cut_by,
        measures.boycott_lifted,
        hostilities.troops_left,
        measures.media_suspended,
        assistance.praised_aid,
        assistance.requested_help,
        assistance.deployments,
        assistance.refused_military_request,
        assistance.aid_totals,
        cooperation.support_totals,
        cooperation.extraditions_told,
        cooperation.handed_in_relative,
        cooperation.help_sent_from,
        assistance.lender_disbursements,
        assistance.lender_programmes,
        assistance.deals,
        signings.witnessed_contracts,  # (session 33: after the deals told otherwise)
        meetings_rules.mediations,
        hostilities.swaps_took_place,
        bodies_rules.suspensions,
        bodies_rules.member_acts,
        bodies_rules.applications,
        entries.entries_decided,  # (session 41: admissions the members decide)
        bodies_rules.summit_adoptions,
        resolutions.resolution_adoptions,  # (session 40b: after the clause rules' signings)
        measures.parallel_measures,
        blame.reported_violations,
        quoted_blame.quoted_accusations,  # (session 42)
        intrusions.reported_intrusions,  # (session 43)
        closures.closed_crossings,  # (session 42)
        impositions.imposed_before,  # (session 43)
        blame.accused_in_relative,
        blame.raised_blamed,
        blame.shifted_blame,
        blame.mutual_blame,
        measures.mutual_bar,
        blame.attributed_attacks,
        hostilities.conditional_threats,
        hostilities.vowed_responses,
        vows.context_vows,
        protests.embassy_protests,
        rallies.city_rallies,  # (session 42b)
        blame.denied_charges,
        asks.past_boundaries,
        asks.tightened_sanctions,
        asks.asked_to_act,
        asks.requests_by_noun,
        blame.responded_complaints,
        decisions.judged_decisions,
        meetings_rules.second_partner_meetings,
        history.launched_negotiations,
        history.agreement_reached_under,
        history.presence_called_for,
        signings.deal_places,  # (session 33: the agreements the rules above gave)
        acts.remember,  # last: the acts the rules found in the sentence
    )


def extract_facts(article: Article, kb: KbIndex) -> list[Fact]:
    """All facts of an article, deterministic, restatements merged."""
    home = home_state(article, kb)
    finder = MentionFinder(kb, article.date, home)
    finder.ctx.dateline = dateline_state(article, kb)
    finder.ctx.story = story_state(article, finder, finder.ctx.dateline)
    if article.dateline and fold(article.dateline) in _UN_DATELINES:
        un = kb.resolve("United Nations")
        finder.ctx.un_dateline = entity_of(un) if un is not None else None
    finder.note_state_names(article.title or "", article.body)
    finder.note_eu_story(article.title or "", article.body)
    doc = Doc(article, kb, finder)
    if home is not None and home.kind is EntityKind.STATE and _foreign_ministry_publisher(article):
        doc.own_ministry = entity_of(home)
    elif home is not None and home.kind is EntityKind.STATE and _agency_publisher(article):
        doc.agency_home = entity_of(home)
    every_rule = rules()
    title_facts: list[Fact] = []
    headline_states: list[Entity] | None = None
    if article.title:
        headline = Sentence(-1, 0, len(article.title), article.title, -1)
        analysis = finder.analyse(headline, in_title=True)
        finder.ctx.issuers = _issuers(analysis, article)
        finder.title_people = tuple(
            e for m in analysis.mentions if m.code is Code.PERSON for e in m.entities
        )
        for rule in every_rule:
            rule(analysis, doc)
        _commercial_deals(doc, 0)
        _focus(doc, doc.facts)
        title_facts, doc.facts = doc.facts, []
        doc.title_facts = title_facts
        headline_states = _headline_stricken(analysis, article.title)
    found = sentences(article.body)
    # a transcript's speakers' labels, read apart from their speech (turns.py)
    transcript = is_transcript(article.body)
    labels: set[int] = set()
    if transcript:
        found, labels = split_labels(found)
    elif (
        home is not None
        and home.kind is EntityKind.STATE
        and not finder.ctx.issuers
        and not _JOINT.search(article.title or "")
        and (role := release_office(article.publisher, article.url, article.title)) is not None
    ):
        # a leader's or minister's own release (not a joint statement on their site): its "I"
        # and "we" are the author's (turns.py)
        finder.open_release(role, home, article.title, article.body)
    paragraph = -1
    for sentence in found:
        if transcript and sentence.paragraph != paragraph and is_question(sentence.text):
            finder.question_turn()
        paragraph = sentence.paragraph
        if is_boilerplate(sentence.text):
            if doc.previous is not None and "(@" in sentence.text:
                # an embedded tweet's attribution line: its author's meeting the tweet told
                # ("Held talks with my brother X in Tashkent. — Name (@handle) date")
                from dipld.extract.meetings import tweeted_meeting

                doc.sentence = sentence
                tweeted_meeting(finder.analyse(sentence), doc)
            continue
        if is_heading(sentence.text):
            finder.heading(sentence)  # the states it names are the pair "both countries" means
            continue
        analysis = finder.analyse(sentence)
        if sentence.index in labels:
            # (the people of the meetings read so far: "Vladimir Putin held talks with President
            # of Kazakhstan Kassym-Jomart Tokayev" is whom the first speaker speaks to)
            met = tuple(
                e
                for f in doc.facts
                if f.cls is FactClass.MEETING
                for e in f.entities("participant")
                if e.kind is EntityKind.PERSON
            )
            finder.open_turn(analysis, label_name_end(sentence.text), met)
        if not finder.ctx.issuers and sentence.index < 3:
            finder.ctx.issuers = _released_by(analysis)
            if finder.ctx.issuers and finder.release is not None:
                finder.close_release()  # ("The leaders issued the following statement: ...")
        before = len(doc.facts)
        doc.sentence = sentence
        for rule in every_rule:
            rule(analysis, doc)
        if "by" in analysis.words or "with" in analysis.words:
            _active_reading(analysis, doc, every_rule, before)
        if ", " in analysis.masked:
            _aside_reading(analysis, doc, every_rule, before, aside_reading(analysis.masked))
        if " and " in analysis.masked:
            _aside_reading(analysis, doc, every_rule, before, second_verb_reading(analysis.masked))
            if "neighbo" in analysis.masked:
                # ("Kenya and its northern neighbour Ethiopia signed ...": session 28)
                _aside_reading(
                    analysis, doc, every_rule, before, neighbour_reading(analysis.masked)
                )
        if (adverbless := adverb_reading(analysis.masked)) is not None:
            # "Japarov later spoke by telephone with Rahmon", "Widodo and Ruto on Monday
            # witnessed the signing ...", "received a telephone call this afternoon from ..."
            _aside_reading(analysis, doc, every_rule, before, adverbless)
        if ("ummit" in analysis.masked or "adoption of" in analysis.masked) and (
            summitless := summit_reading(analysis.masked)
        ):
            # ("The ECOWAS summit in Abuja decided to lift sanctions": session 29, gatherings;
            # "The 48th session of the OIC concluded with the adoption of ...": session 41)
            _aside_reading(analysis, doc, every_rule, before, summitless)
        if "including" in analysis.masked or "among them" in analysis.masked:
            # ("met several leaders, including X": session 29)
            _aside_reading(analysis, doc, every_rule, before, including_reading(analysis.masked))
        if (
            " it " in analysis.masked
            or " he " in analysis.masked
            or " she " in analysis.masked
            or " they " in analysis.masked
        ) and (own := said_own_act_reading(analysis.masked)) is not None:
            # "Kenya said it had signed an agreement with Ethiopia": the speaker's own act
            _aside_reading(analysis, doc, every_rule, before, own)
        if "ing " in analysis.masked[:12]:
            for reading in fronted_readings(analysis.masked):
                _aside_reading(analysis, doc, every_rule, before, reading)
        if "s §P" in analysis.masked:
            _possessed_reading(analysis, doc, every_rule, before)
        if analysis.masked[:1] in '"“':
            # (no promises: a first-person one is read with its speaker already, and "we will
            # see whether ..." is none)
            _aside_reading(
                analysis, doc, every_rule, before, quote_reading(analysis.masked), promises=False
            )
        if "agreeing" in analysis.words and (agreeing := agreeing_reading(analysis.masked)):
            # "... held their first dialogue in Tokyo, agreeing to ..." (session 35)
            _aside_reading(analysis, doc, every_rule, before, agreeing)
        if not _PARTICIPLE_WORDS.isdisjoint(analysis.words):
            # "Germany imposed sanctions on Iran, demanding the release of ...": the subject's
            # act the participle tells (session 36)
            for at, reading in participle_readings(analysis.masked):
                if not hedged(analysis.masked[:at]):  # ("would have left ..., thanking X")
                    _aside_reading(analysis, doc, every_rule, before, reading)
        if "agreed" in analysis.words and (after := agreed_after_reading(analysis.masked)):
            # "The next meeting will be held in Mongolia, the leaders agreed." (session 35)
            _aside_reading(analysis, doc, every_rule, before, after)
        if analysis.masked[:3] == "It ":
            _opening_it_reading(analysis, doc, every_rule, before, finder.ctx.lead)
        if (analysis.negated or analysis.hypothetical) and (
            first := _first_clause(analysis)
        ) is not None:
            # "Manila and Washington are bound by a 1951 treaty, and officials said an attack
            # would trigger it": the hedge of the later clause, not of the first (session 36)
            _aside_reading(first, doc, every_rule, before, first.masked)
        _occasion(analysis, doc)
        if len(doc.facts) > before:
            _commercial_deals(doc, before)
            _hosted_ambassadors(analysis, doc, before)
        if len(doc.facts) > before + 1:
            _targetless_sanctions(doc, before)
        if len(doc.facts) > before:
            _release_acts(analysis, doc, before)
            if finder.release is not None and finder.author is finder.release.body:
                _author_sides(doc, before)
            _focus(doc, doc.facts[before:])
        if not analysis.negated:
            # "X did not attend. The leaders condemned ...": not X's act
            finder.ctx.subject = _subject(analysis, doc.facts[before:])
            finder.ctx.lead = _grammatical_subject(analysis)
            finder.refocus()
        elif speaker := _quote_speaker(analysis):
            # "... the red line that must not be crossed, Xi said. He urged ...": whatever the
            # quotation denies, its speaker said it (session 42)
            finder.ctx.subject = finder.ctx.lead = speaker
            finder.refocus()
        doc.previous = analysis
    from dipld.extract.economy import title_restatements as title_trade_restatements

    facts = canonical_people(_told_elsewhere(doc.facts, doc) + title_facts, article.body)
    facts = _stricken_recipient(facts, doc, headline_states)
    # restatements merged first: an article that reports one meeting many times compares it once
    facts = _title_restatements(_title_meetings(_people_meetings(merge(facts), doc), doc), doc)
    return merge(title_trade_restatements(facts))


def _told_elsewhere(facts: list[Fact], doc: Doc) -> list[Fact]:
    """The facts without the measures told in passing that another fact of the article (or its
    headline) tells: "The US trade embargo against Cuba has been in place since 1962" and "...
    condemned the restrictions Washington has imposed on Havana" are one act, told where it is
    the news (ANNOTATION.md §5: restatements are one event)."""
    if not doc.restated:
        return facts

    def parties(fact: Fact) -> tuple[object, ...]:
        return (
            fact.get("eventType"),
            frozenset(e.key for e in fact.entities("actor")),
            frozenset(e.key for e in fact.entities("recipient")),
        )

    passing = {id(f) for f in doc.restated}
    told = {parties(f) for f in [*facts, *doc.title_facts] if id(f) not in passing}
    return [f for f in facts if id(f) not in passing or parties(f) not in told]


_ACTED = frozenset({FactClass.EVENT, FactClass.MEETING})


def _parties_key(fact: Fact) -> tuple[tuple[object, ...], frozenset[tuple[str, str]]]:
    """What an act is, for telling one the passive's active reading adds from one the sentence
    gave already: its class, type and actors, and its parties by role."""
    return (
        (fact.cls, tuple(str(v) for v in fact.get("eventType"))),
        frozenset(
            (role, e.key)
            for role in ("actor", "recipient", "participant")
            for e in fact.entities(role)
        ),
    )


def _read_again(reading: Analysis, doc: Doc, every_rule: Sequence[Rule]) -> list[Fact]:
    """The facts every rule but the tenures' and the memory's gives for another reading of the
    sentence, taken out of the document for the caller to weigh against the first reading's."""
    start = len(doc.facts)
    for rule in every_rule:
        if rule is not tenures and rule.__name__ != "remember":
            rule(reading, doc)
    added = doc.facts[start:]
    del doc.facts[start:]
    return added


def _active_reading(analysis: Analysis, doc: Doc, every_rule: Sequence[Rule], before: int) -> None:
    """The acts a passive with its agent tells ("Iran was sanctioned by the EU", "Kenya's
    decision ... was welcomed by Egypt", "aid was sent to Pakistan by Japan", "Russia was hit
    with new U.S. sanctions"), read by the rules from the sentence written in the active voice
    (:func:`patterns.active_voice`): the events and meetings the sentence did not give already
    (the passives some rules read themselves: "was met by", "were expelled by", "was condemned
    by"). The agent acts, the subject receives; a passive without an agent is not rewritten."""
    if (
        "was" not in analysis.words
        and "were" not in analysis.words
        and "been" not in analysis.words
    ):
        return
    readings = active_voice(analysis.masked)
    if not readings:
        return
    for masked in readings:
        slots = analysis.slots
        for slot in _SLOT.findall(masked):
            if slot not in slots and (owner := slots.get(f"§D{slot[2:]}")) is not None:
                # a demonym that owns a measure ("new British sanctions") acts as its state
                slots = {**slots, slot: dataclasses.replace(owner, code=Code.STATE)}
        active = dataclasses.replace(analysis, masked=masked, slots=slots)
        added = _read_again(active, doc, every_rule)
        for fact in added:
            if fact.cls not in _ACTED:
                continue
            kind, parties = _parties_key(fact)
            keys = {key for _, key in parties}
            same = [
                i
                for i in range(before, len(doc.facts))
                if doc.facts[i].cls in _ACTED
                and _parties_key(doc.facts[i])[0] == kind
                and {key for _, key in _parties_key(doc.facts[i])[1]} <= keys
            ]
            if any(_parties_key(doc.facts[i])[1] == parties for i in same):
                continue  # the passive the sentence's rules read already
            if same:
                # the act read from the passive with fewer parties, or with its subject as the
                # actor: "the city of Odesa was struck by Russian missiles" (whom it struck),
                # "Ukraine ... was sent $400 million in military aid by the United States" (who
                # sent it)
                doc.facts[same[0]] = fact
            else:
                doc.facts.append(fact)


# the roles that tell which fact a fact is (not its date, place or amounts)
_PARTY_ROLES = frozenset(
    {
        "actor",
        "recipient",
        "participant",
        "party",
        "member",
        "organization",
        "grantor",
        "grantee",
        "exporter",
        "importer",
        "reporter",
        "partner",
    }
)


# the roles of who acts or takes part (not whom an act is aimed at)
_FIRST_ROLES = frozenset({"actor", "participant", "party", "member", "grantor", "exporter"})


def _fact_parties(fact: Fact) -> tuple[tuple[object, ...], frozenset[tuple[str, str]]]:
    """A fact's class and type, and its parties by role."""
    return (
        (fact.cls, fact.get("eventType")),
        frozenset(
            (role, v.key)
            for role, values in fact.args
            if role in _PARTY_ROLES
            for v in values
            if isinstance(v, Entity)
        ),
    )


_COMPANION = re.compile(r"(?:[Aa]long|[Tt]ogether)\s+with\s")


def _each_actor(fact: Fact) -> list[Fact]:
    """An Event of several actors aimed at a recipient as one Event per actor; any other fact
    (a signing of all its signatories) as it is."""
    actors = fact.entities("actor")
    if fact.cls is not FactClass.EVENT or len(actors) < 2 or not fact.get("recipient"):
        return [fact]
    return [fact.with_args({**dict(fact.args), "actor": (a,)}) for a in actors]


def _possessed_reading(
    analysis: Analysis, doc: Doc, every_rule: Sequence[Rule], before: int
) -> None:
    """The facts a sentence tells of people named after their state's possessive ("Mexico's
    Andres Manuel Lopez Obrador hosted Colombia's Gustavo Petro"), read by the rules from the
    sentence with the people alone (:func:`patterns.possessed_people_reading`): a fact the
    first reading gave with a person's state in the person's place ("Kenya's William Ruto met
    Ethiopia's Abiy Ahmed Ali": Ruto and Ethiopia) gives way to the one with the person; the
    others are added unless the first reading gave them."""
    masked = possessed_people_reading(analysis.masked)
    if masked is None:
        return
    state_of: dict[str, str] = {}  # a person's key -> the key of the state before them
    for m in POSSESSED_PERSON.finditer(analysis.masked):
        state = analysis.mention(f"§S{m.group(1)}§").entity
        person = analysis.mention(m.group(2)).entity
        if state is not None and person is not None and person.kind is EntityKind.PERSON:
            state_of[person.key] = state.key
    if not state_of:
        return
    added = _read_again(dataclasses.replace(analysis, masked=masked), doc, every_rule)
    for fact in added:
        kind, parties = _fact_parties(fact)
        if not parties:
            continue
        told = [_fact_parties(doc.facts[i]) for i in range(before, len(doc.facts))]
        if (kind, parties) in told:
            continue
        as_states = frozenset((r, state_of.get(k, k)) for r, k in parties)
        if as_states == parties:
            continue  # (no person of a possessive in it: the first reading's business)
        stood_in = [
            i
            for i in range(before, len(doc.facts))
            if _fact_parties(doc.facts[i]) == (kind, as_states)
            or (
                (t := _fact_parties(doc.facts[i]))[0] == kind
                and t[1] < parties | as_states
                and t[1] & (as_states - parties)
            )
        ]
        if stood_in:
            doc.facts[stood_in[0]] = fact
        elif not any(t[0] == kind and t[1] <= parties for t in told):
            doc.facts.append(fact)


# the relations a sentence opening with "It" may tell of the state the sentence before was about
_RELATIONS = frozenset(
    {
        FactClass.MEMBERSHIP,
        FactClass.SHARED_BORDER,
        FactClass.DIPLOMATIC_RELATIONS,
        FactClass.TREATY_RELATION,
        FactClass.PARTNERSHIP,
        FactClass.PERMISSION,
    }
)


def _opening_it_reading(
    analysis: Analysis,
    doc: Doc,
    every_rule: Sequence[Rule],
    before: int,
    lead: tuple[Entity, ...],
) -> None:
    """The relations a sentence opening with "It" tells of the one state the sentence before
    opened with ("Kazakhstan hosted the summit. It is also a member of the CSTO."), read by the
    rules from the sentence with the state in the pronoun's place
    (:func:`patterns.opening_it_reading`); the events' rules read such an "It" themselves."""
    if len(lead) != 1 or lead[0].kind is not EntityKind.STATE:
        return
    slot = f"§S{len(analysis.slots) + len(analysis.mentions) + 1}§"
    masked = opening_it_reading(analysis.masked, slot)
    if masked is None or slot in analysis.slots:
        return
    base = analysis.sentence.begin
    it = Mention(base, base + 2, "It", Code.STATE, lead, confidence=0.75)
    reading = dataclasses.replace(analysis, masked=masked, slots={**analysis.slots, slot: it})
    for fact in _read_again(reading, doc, every_rule):
        if fact.cls not in _RELATIONS:
            continue
        kind, parties = _fact_parties(fact)
        if any(
            (told := _fact_parties(doc.facts[i]))[0] == kind and parties <= told[1]
            for i in range(before, len(doc.facts))
        ):
            continue
        doc.facts.append(fact)


def _outside_aside(analysis: Analysis, masked: str) -> list[DateMention]:
    """The sentence's dates, less those of a relative clause its aside reading leaves out
    ("Sharif, who met Xi on Monday, met Mohammed bin Salman on Tuesday": Tuesday only); the
    dates of other asides stay ("Raisi, visiting Caracas on Monday, signed ...": Monday is the
    signing's day too)."""
    subject = _SLOT.findall(opening_parties(masked))
    if (
        not subject
        or not re.search(r",\s+(?:who|which)\s", analysis.masked)
        or re.search(r",\s+(?:who|which)\s", masked)
    ):
        return analysis.dates  # (no relative clause, or the reading keeps it: its dates too)
    text, base = analysis.sentence.text, analysis.sentence.begin
    start = analysis.mention(subject[-1]).end - base
    kept = set(_SLOT.findall(masked))
    aside = [s for s in _SLOT.findall(analysis.masked) if s not in kept]
    after = analysis.mention(aside[-1]).end - base if aside else start + 1
    comma = text.find(",", after)
    end = comma if comma != -1 else len(text)
    return [d for d in analysis.dates if not start <= d.begin - base < end]


_PARTICIPLE_WORDS = frozenset(PARTICIPLE_PASTS)
# where a sentence's clauses part: "..., and ...", "..., but ...", "..., while ...", "...; ..."
# (and an apposition that names the act told before it, with a hedge of its own: "invited him to
# visit Kenya, an invitation President Biden said he would be glad to accept"; session 37)
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|while|whereas|although|though|an\s+(?=invitation\s|offer\s))\s*|;\s"
)


def _first_clause(analysis: Analysis) -> Analysis | None:
    """The sentence's clauses before its hedge as a reading of their own, with their dates only,
    when the hedge is only in a later clause ("X and Y share a border, and citizens can cross it
    without visas": the border is told as a fact); None when the first clause is hedged, or the
    masked text and the text do not split alike (:meth:`Analysis.clauses`)."""
    masked = analysis.masked
    clauses = analysis.clauses(_CLAUSE_BREAK)
    kept = None
    for before in clauses[:-1]:
        end = before[1]  # (where the clause break after this clause starts)
        if hedged(masked[:end]):
            break
        if hedged(masked[end:]):
            kept = (end, before[3])
    if kept is None:
        return None
    end, text_end = kept
    begin = analysis.sentence.begin
    return dataclasses.replace(
        analysis,
        masked=masked[:end] + ".",
        dates=[d for d in analysis.dates if d.begin - begin < text_end],
    )


def _aside_reading(
    analysis: Analysis,
    doc: Doc,
    every_rule: Sequence[Rule],
    before: int,
    masked: str | None,
    *,
    promises: bool = True,
) -> None:
    """The facts a sentence tells with an aside between its subject and verb ("Raisi, visiting
    Caracas on Monday, signed 25 agreements with Venezuela", "Japan, in a statement, condemned
    ...") or a companion set apart ("Qatar, along with Egypt, mediated ...", "Together with
    Japan, Australia urged ..."), read by the rules from the sentence without the aside
    (:func:`patterns.aside_reading`), and the second of two acts of one subject joined by "and"
    ("Kishida arrived in Manila on Friday and signed a defence pact with the Philippines":
    :func:`patterns.second_verb_reading`): those the sentence did not give already; one with more
    parties takes the place of the same fact with fewer (the companion joins the subject)."""
    if masked is None:
        return
    reading = dataclasses.replace(analysis, masked=masked, dates=_outside_aside(analysis, masked))
    # the parties only the aside names ("Hungary, unlike Poland, criticised ...", "Ruto, who
    # travelled with Museveni, signed ..."), and those of the subject
    kept = set(_SLOT.findall(masked))
    aside_only: set[str] = set()
    for slot in _SLOT.findall(analysis.masked):
        if slot not in kept:
            mention = analysis.mention(slot)
            aside_only.update(e.key for e in mention.entities)
            if mention.office is not None and mention.office.jurisdiction is not None:
                aside_only.add(mention.office.jurisdiction.key)  # ("President Museveni": Uganda)
    subject: set[str] = set()
    for slot in _SLOT.findall(opening_parties(masked)):
        mention = analysis.mention(slot)
        subject.update(e.key for e in mention.entities)
        if mention.office is not None and mention.office.jurisdiction is not None:
            subject.add(mention.office.jurisdiction.key)
    added = _read_again(reading, doc, every_rule)
    if not promises:
        added = [f for f in added if str(f.one("eventType") or "") != "AGREE"]
    if _COMPANION.search(analysis.masked) and not _COMPANION.search(masked):
        # "Canada, along with Britain, condemned Russia": an act of each (as the rules that
        # read companions give it), not one of both
        added = [one for fact in added for one in _each_actor(fact)]
    for fact in added:
        kind, parties = _fact_parties(fact)
        if not parties:
            continue
        same = [
            i
            for i in range(before, len(doc.facts))
            if (told := _fact_parties(doc.facts[i]))[0] == kind and told[1] <= parties
        ]
        if any(_fact_parties(doc.facts[i])[1] == parties for i in same):
            continue  # told already
        if not same and aside_only:
            # the same fact the first reading gave the aside's party instead of the subject
            same = [
                i
                for i in range(before, len(doc.facts))
                if (told := _fact_parties(doc.facts[i]))[0] == kind
                and (firsts := {k for r, k in told[1] if r in _FIRST_ROLES})
                and firsts & aside_only
                and not firsts & subject
                and {(r, k) for r, k in told[1] if k not in aside_only} <= parties
            ]
            if len(same) > 1:
                same = []
        if same:
            doc.facts[same[0]] = fact
        else:
            doc.facts.append(fact)


# a headline about relief or a disaster ("First aid flights reach Tonga after eruption")
_STRICKEN_TITLE = re.compile(
    r"\b(?:aid|relief|humanitarian|earthquakes?|quakes?|floods?|flooding|cyclones?|typhoons?|"
    r"hurricanes?|tsunamis?|eruptions?|disasters?|landslides?|droughts?|famine|wildfires?)\b",
    re.IGNORECASE,
)


# a place aid is sent to that is no state: "to cut-off villages", "to the camps in the north"
_TO_PLACE = re.compile(
    r"\b(?:to|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:villages?|towns?|cities|city|areas?|"
    r"regions?|camps?|provinces?|districts?|Strip|border|front|communities)\b"
)


def _headline_stricken(analysis: Analysis, title: str) -> list[Entity] | None:
    """The states a headline about relief or a disaster names (None without such a word)."""
    if not _STRICKEN_TITLE.search(title):
        return None
    found = {
        e.key: e
        for m in analysis.mentions
        if m.code is Code.STATE
        for e in m.entities
        if e.kind is EntityKind.STATE
    }
    return list(found.values())


def _stricken_recipient(facts: list[Fact], doc: Doc, headline: list[Entity] | None) -> list[Fact]:
    """Aid told without its recipient ("An Australian C-17 followed with humanitarian
    supplies") goes to the one state the article's aid goes to: the one recipient state of its
    other aid, else the one state a headline about relief or a disaster names; none when the
    article names several, or when the giver is that state, nor, under another headline, for
    aid a sentence sends to a place of its own ("airdrops of food to cut-off villages")."""
    bare = [
        i
        for i, f in enumerate(facts)
        if f.cls is FactClass.EVENT
        and not f.get("recipient")
        and "075" not in f.get("cameoCode")
        and (
            any(isinstance(v, Concept) and v.name == "AID" for v in f.get("eventType"))
            # "his government had pledged an initial 1 million dollars": money pledged
            or ("033" in f.get("cameoCode") and bool(f.get("amount")))
        )
    ]
    if not bare:
        return facts
    given = {
        e.key: e
        for f in facts
        if f.cls is FactClass.EVENT
        and any(isinstance(v, Concept) and v.name == "AID" for v in f.get("eventType"))
        for e in f.entities("recipient")
        if e.kind is EntityKind.STATE
    }
    stricken = list(given.values()) or headline or []
    if len(stricken) != 1:
        return facts
    state = stricken[0]
    out = list(facts)
    for i in bare:
        fact = facts[i]
        actors = fact.entities("actor")
        sides = {s.key for a in actors if (s := side_of(doc, a)) is not None}
        if not actors or state.key in sides or any(a.key == state.key for a in actors):
            continue
        if headline is None and any(
            " to " in e.text and _TO_PLACE.search(e.text) for e in fact.evidence
        ):
            continue
        args = dict(fact.args)
        args["recipient"] = (state,)
        out[i] = fact.with_args(args)
    return out


_ADVERB = r"(?:(?:also|again|once\s+again|further|hereby|fully|firmly|[a-z]+ly)\s+)?"
# the acts a release makes by saying them ("The United States condemns ...", "We call on ...")
_STATED = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "AGREE", "REJECT", "THREATEN", "PROTEST"})
# a publisher that issues statements (not a news agency telling them)
_OFFICIAL = re.compile(
    r"\b(?:Ministry|Minister|Department|White\s+House|Presidency|Government|Office|Council|"
    r"Commission|Secretariat|Embassy|Mission|Cabinet|Chancellery|Spokesperson|EU|NATO|"
    r"(?:African|European)\s+Union|United\s+Nations)\b"
)
# the issuer and a verb in the simple present: "§S0§ strongly condemns", "The §S0§ also calls
# on", "The §O0§ is deeply concerned" (not "will impose", "has called", "condemned", "continues
# to": a state of affairs)
_PRESENT_ACT = re.compile(
    rf"(?:[Tt]he\s+)?§[SO]\d+§\s+{_ADVERB}(?:(?!(?:was|has|does|continues|remains|plans|"
    r"always|perhaps|thus|this)\b)[a-z]{2,}s|(?:is|are)\s+(?:[a-z]+ly\s+)?(?:concerned|alarmed|"
    r"committed|ready|prepared|determined|opposed|outraged|appalled))\b"
)
# "We call on", "We strongly urge" (the text: "We" may be masked as the publisher's state);
# "I thank ..." in a leader's own release
_WE_ACT = re.compile(
    rf"(?:We|I)\s+{_ADVERB}(?!(?:will|would|shall|should|could|can|may|might|must|have|had|did|were|"
    r"are|continue|remain|plan|also)\b)[a-z]+(?<!ed)\b"
)

# a second verb, in the past ("... and urged Washington to stop ...")
_PAST_AFTER = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+)?[a-z]+ed\s+(?!by\b)")


# a company, fund or investment authority the KB does not know: "the Public Investment Fund",
# "Mubadala Investment Company", "the Kuwait Investment Authority" (not a multilateral bank, a
# central bank, the Palestinian Authority or an intergovernmental authority)
_COMMERCIAL = re.compile(
    r"\b(?:Fund|Bank|Corporation|Corp|Company|Holdings?|Inc|Ltd|LLC|PLC|GmbH|"
    r"Investment\s+Authority|Ports?\s+Authority)\b"
)
_NOT_COMMERCIAL = re.compile(
    r"\b(?:Monetary|Development|Investment\s+Bank|Central|National\s+Bank|Reserve|World|"
    r"Palestin\w*|Intergovernmental|International|European|African|Asian|Islamic|Arab|"
    r"Eurasian|Union)\b"
)


def _commercial(entity: Entity) -> bool:
    return (
        not entity.is_linked
        and entity.kind in (EntityKind.ORGANIZATION, EntityKind.OTHER)
        and _COMMERCIAL.search(entity.label) is not None
        and _NOT_COMMERCIAL.search(entity.label) is None
    )


def _commercial_deals(doc: Doc, before: int) -> None:
    """A deal a company or fund signs is no treaty between states (ANNOTATION.md: "Not: company
    contracts"): no TreatyRelation of the sentence with such a party, and no SUPPORT 057 of such a
    signer with a state or alone ("The Kuwait Investment Authority signed an agreement with the
    Brazilian sovereign fund ...", the fund read as Brazil)."""
    kept: list[Fact] = []
    for fact in doc.facts[before:]:
        if fact.cls is FactClass.TREATY_RELATION:
            if not any(_commercial(e) for e in fact.entities("party")):
                kept.append(fact)
        elif fact.cls is FactClass.EVENT and "057" in {str(c) for c in fact.get("cameoCode")}:
            signers = fact.entities("actor") + fact.entities("recipient")
            # (companies that sign a memorandum together, "In the presence of the two leaders,
            # Gazprom and the National Iranian Oil Company signed ...", stay: the one dropped is
            # a fund told alone, or with the state its partner fund was taken for)
            if not any(_commercial(e) for e in signers) or (
                len(signers) > 1 and all(e.kind is not EntityKind.STATE for e in signers)
            ):
                kept.append(fact)
        else:
            kept.append(fact)
    if len(kept) < len(doc.facts) - before:
        doc.facts[before:] = kept


def _release_acts(analysis: Analysis, doc: Doc, before: int) -> None:
    """Date by the release the acts its issuer makes in the present tense ("The United States
    condemns ...", "We call on Russia to ...": ANNOTATION.md §3, the act is the statement); not
    a joint statement's commitments, nor what the issuer did or will do, nor another party's."""
    article = doc.article
    if article.date is None or analysis.in_title or not _is_release(doc):
        return
    masked, text = analysis.masked, analysis.sentence.text
    if not (_PRESENT_ACT.match(masked, intro_end(masked)) or _WE_ACT.match(text, intro_end(text))):
        return
    if any(not in_relative_clause(text, m.start()) for m in _PAST_AFTER.finditer(text)):
        return  # ("China opposes ... and urged Washington to ...": an act told, of another day)
    today, opening = TimeValue.of_date(article.date), intro_end(text)
    if any(d.value != today for d in analysis.dates if d.begin - analysis.sentence.begin < opening):
        return  # ("On Monday, ...": the day its intro gives)
    for i in range(before, len(doc.facts)):
        fact = doc.facts[i]
        if (
            fact.cls is FactClass.EVENT
            and fact.status is Status.ASSERTED
            and not fact.get("startDate")
            and {str(v) for v in fact.get("eventType")} & _STATED
            and _issued_by(doc, fact.entities("actor"))
        ):
            args: dict[str, Sequence[Value]] = dict(fact.args)
            args["date"] = [today]
            doc.facts[i] = fact.with_args(args)


def _targetless_sanctions(doc: Doc, before: int) -> None:
    """A sentence's SANCTION with no recipient beside one of the same actors with a recipient is
    a facet of that one act ("imposed an arms embargo on South Sudan and renewed the asset freeze
    and travel ban on five individuals": one SANCTION, to South Sudan; session 31)."""
    targeted = {
        frozenset(e.key for e in fact.entities("actor"))
        for fact in doc.facts[before:]
        if fact.cls is FactClass.EVENT
        and "SANCTION" in map(str, fact.get("eventType"))
        and fact.get("recipient")
    }
    if not targeted:
        return
    doc.facts[before:] = [
        fact
        for fact in doc.facts[before:]
        if not (
            fact.cls is FactClass.EVENT
            and "SANCTION" in map(str, fact.get("eventType"))
            and not fact.get("recipient")
            and frozenset(e.key for e in fact.entities("actor")) in targeted
        )
    ]


def _author_sides(doc: Doc, before: int) -> None:
    """A first-person release whose author is known only by the state ("Today I met Prime
    Minister X" on a prime minister's site, the KB's holder of that office not known on the
    article's date): the people who act beside the author (participants, joint actors) stand
    for their states, as the author does (a meeting of Australia and India, not of Australia
    and India's prime minister)."""
    author = doc.finder.author
    assert author is not None
    for i in range(before, len(doc.facts)):
        fact = doc.facts[i]
        args: dict[str, Sequence[Value]] = dict(fact.args)
        for role in ("participant", "actor"):
            values = fact.entities(role)
            if author.key not in {e.key for e in values} or all(
                e.kind is not EntityKind.PERSON for e in values
            ):
                continue
            sides = [side_of(doc, e) for e in values]
            if any(s is None or s.kind is not EntityKind.STATE for s in sides):
                continue
            args[role] = list({s.key: s for s in sides if s is not None}.values())
        if args != dict(fact.args):
            doc.facts[i] = fact.with_args(args)
            if fact is doc.meeting:
                doc.meeting = doc.facts[i]


def _is_release(doc: Doc) -> bool:
    """A single issuer's statement or readout: an official publisher, not a joint statement."""
    article = doc.article
    return (
        _OFFICIAL.search(article.publisher or "") is not None
        and not doc.finder.ctx.issuers
        and not _JOINT.search(article.title or "")
    )


def _issued_by(doc: Doc, actors: Sequence[Entity]) -> bool:
    """Whether the actors are the issuer: the publisher's state, else (on a site of no state) an
    organisation, of states or not ("The European Union condemns ...")."""
    if len(actors) != 1:
        return False
    home, actor = doc.finder.ctx.home, actors[0]
    if doc.finder.release is not None and actor.key == doc.finder.release.speaker_key:
        return True  # "I condemn ...", "I thank ..." in a leader's own release
    if home is not None:
        return actor.qid == home.qid
    return actor.kind is EntityKind.ORGANIZATION or bool(actor.qid and doc.kb.members(actor.qid))


def _focus(doc: Doc, new: list[Fact]) -> None:
    """The two states of the meeting a sentence reports (or restates) are the pair "the two
    countries" means next; a meeting of more states leaves no such pair. A meeting recalled
    ("his recent visit to Kyiv and his meeting with President Zelensky") sets none: "the sides"
    after it are still those who talk now. The parties of a treaty told are those "the parties"
    to an agreement mean."""
    meeting = FactClass.MEETING
    for fact in new:
        if fact.cls is FactClass.TREATY_RELATION and len(fact.get("party")) >= 2:
            doc.finder.ctx.signatories = fact.entities("party")
        if fact.cls is not meeting or fact.status is Status.HISTORICAL:
            continue
        doc.finder.ctx.latest = fact.entities("participant")
        sides: dict[str, Entity] = {}
        for e in fact.entities("participant"):
            side = side_of(doc, e)
            if side is None or side.kind is not EntityKind.STATE:
                break  # (a person of no known state, an organisation: not a pair of states)
            sides[side.key] = side
        else:
            if len(sides) == 2:
                doc.finder.ctx.focus = tuple(sides.values())
            elif len(sides) > 2:
                doc.finder.ctx.focus = ()


def state_of(doc: Doc, person: Entity) -> Entity | None:
    """The state a person acts for: the office this article gives them, else the KB's."""
    office = doc.finder.ctx.office_of(person)
    if office is not None and office.jurisdiction is not None:
        return office.jurisdiction
    if person.qid and doc.date:
        places = {
            t.jurisdiction
            for t in doc.kb.tenures(person.qid)
            if t.jurisdiction and t.covers(doc.date)
        }
        if len(places) == 1:
            entity = doc.kb.entity(next(iter(places)))
            if entity is not None:
                return entity_of(entity)
    return None


# "the Philippine Department of Foreign Affairs", "Syria's Foreign Ministry": a state's body the
# KB does not know, named by its demonym or its state
# state news agencies the KB does not know, by name and acronym, and the state each speaks for
_STATE_AGENCIES = {
    **dict.fromkeys(("korean central news agency", "kcna"), "North Korea"),
    **dict.fromkeys(("xinhua", "xinhua news agency"), "China"),
    **dict.fromkeys(("tass", "ria novosti"), "Russia"),
    **dict.fromkeys(("islamic republic news agency", "irna"), "Iran"),
    **dict.fromkeys(("syrian arab news agency",), "Syria"),
    **dict.fromkeys(("saudi press agency",), "Saudi Arabia"),
    **dict.fromkeys(("emirates news agency",), "United Arab Emirates"),
    **dict.fromkeys(("kuwait news agency",), "Kuwait"),
    **dict.fromkeys(("qatar news agency",), "Qatar"),
    **dict.fromkeys(("vietnam news agency",), "Vietnam"),
    **dict.fromkeys(("belta", "belarusian telegraph agency"), "Belarus"),
}
_STATE_BODY_NAME = re.compile(
    # ("Türkiye's Foreign Ministry": a letter with a diacritic; session 37)
    r"^(?:[Tt]he\s+)?(?:(?P<d>[A-Z][a-z]+)|(?P<s>[A-Z][a-zà-öø-ÿ]+(?:\s+[A-Z][a-z]+)?)['’]s?)\s+"
    r"(?:(?:Foreign|Defen[cs]e|Interior|Emergencies|Justice)\s+)?"
    r"(?:Ministry|Office|Government|Cabinet|Presidency|"
    # "the Philippine Department of Foreign Affairs", "the Indian Ministry of External Affairs"
    r"(?:Department|Ministry)\s+of\s+(?:Foreign|External)\s+Affairs|"
    # a ministry of any portfolio: "the Chinese Ministry of Commerce", "Kazakhstan's Ministry of
    # Emergency Situations", "the Indian Health Ministry"
    r"(?:Department|Ministry)\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:,?\s+(?:and\s+)?[A-Z][a-z]+){0,4}|"
    r"(?:[A-Z][a-z]+\s+){1,2}Ministry|"
    # its armed forces and aid agencies: "the Jordanian Armed Forces", "the Turkish Cooperation
    # and Coordination Agency" (not the "European Space Agency": no state's demonym)
    r"Armed\s+Forces|Army|Navy|Air\s+Force|Coast\s+Guard|"
    r"(?:[A-Z][a-z]+\s+(?:and\s+)?){0,4}Agency(?:\s+for\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?)$"
)


def state_body(doc: Doc, entity: Entity) -> Entity | None:
    """The state an unlinked ministry or government named by its demonym or state acts for."""
    if entity.qid is not None or entity.key in doc.finder.ctx.own_forces:
        return None  # (armed forces beside an armed group: a party of their own, mentions.py)
    agency = _STATE_AGENCIES.get(entity.label.casefold().removeprefix("the "))
    if agency is not None:
        # "KCNA accused Washington ...": a state news agency speaks for its state (ANNOTATION.md)
        found = doc.kb.resolve(agency, (EntityKind.STATE,))
        return entity_of(found) if found is not None else None
    if (m := _STATE_BODY_NAME.match(entity.label)) is None:
        return None
    if m.group("d"):
        state = doc.kb.demonym_of(m.group("d"))
    else:
        state = doc.kb.resolve(m.group("s"), (EntityKind.STATE,))
    return entity_of(state) if state is not None and state.kind is EntityKind.STATE else None


def side_of(doc: Doc, entity: Entity) -> Entity | None:
    """The state an actor stands for: a person's state, else the actor itself."""
    return state_of(doc, entity) if entity.kind is EntityKind.PERSON else entity


def meeting_states(doc: Doc) -> list[Entity]:
    """The two states whose meeting the article reports (by their people or themselves)."""
    if doc.meeting is None:
        return []
    states: dict[str, Entity] = {}
    for e in doc.meeting.entities("participant"):
        state = side_of(doc, e)
        if state is not None and state.kind is EntityKind.STATE:
            states[state.key] = state
    return list(states.values()) if len(states) == 2 else []


def _sides(doc: Doc, entities: tuple[Entity, ...]) -> set[str]:
    """The states (or organisations) a set of participants stands for: a person's state."""
    sides: set[str] = set()
    for entity in entities:
        stands_for = entity if entity.kind is not EntityKind.PERSON else state_of(doc, entity)
        if stands_for is not None:
            sides.add(stands_for.key)
    return sides


def _may_stand_for(doc: Doc, people: tuple[Entity, ...], parties: tuple[Entity, ...]) -> bool:
    """Whether a body meeting's participants can be the headline's, one by one: the same
    entity, or a person whose state is that state or unknown ("Xi holds talks with visiting
    Vietnamese leader" over "Xi Jinping held talks with ... Nguyen Phu Trong")."""
    if len(people) != len(parties):
        return False
    named = {p.key for p in parties}
    states = {p.key for p in parties if p.kind is not EntityKind.PERSON}
    unmatched = [p for p in people if p.key not in named]
    if len(unmatched) != len(states):
        return False
    for person in unmatched:
        state = state_of(doc, person) if person.kind is EntityKind.PERSON else None
        if person.kind is not EntityKind.PERSON or (state is not None and state.key not in states):
            return False
    return True


# "arrived in Russia on an official visit on Tuesday": the first day of a visit
_ARRIVED = re.compile(r"\barriv(?:ed|es)\b")
# the days after an arrival that talks told of can be the visit's
_VISIT_DAYS = dt.timedelta(days=6)
# "a two-day state visit", "a 3-day visit": a visit's count of days
_VISIT_OF_DAYS = re.compile(
    r"\b(two|three|four|five|six|seven|[2-7])-day\s+(?:[\w-]+\s+){0,2}visit\b", re.IGNORECASE
)


def _during_visit(visit: Fact, talks: Fact) -> bool:
    """Whether talks are those of a visit told in the body: talks (not a call on someone), on
    its day or days (after an arrival, the week it starts), or undated and told after it
    ("During the visit, ...") or told before the day of arrival, or neither dated (not "met
    Lavrov in Moscow on Friday" before "visited Moscow last year")."""
    codes = [str(c) for c in talks.get("cameoCode")]
    if (
        codes == ["043"]
        # (a visit told with the one who received the visitor, in the same place: session 40;
        # not "X travelled to Israel in May, and Y visited Ankara in June")
        or (codes == ["042"] and visit.get("place") == talks.get("place"))
    ) and {(e.begin, e.in_title) for e in visit.evidence} & {
        (e.begin, e.in_title) for e in talks.evidence
    }:
        return True  # "arrived in Cairo and was received by President el-Sisi": one occasion
    if codes not in (["040"], ["043"]):
        # (a call on a leader during a visit of days: a meeting of its own; the visited side's
        # welcome of the visitor on the visit's days is the visit's: "is on a state visit to
        # Taiwan from May 9 to 12" and "Tsai welcomed Giammattei ... on May 10", session 40)
        return False
    days = [v for v in (*visit.get("date"), *visit.get("startDate")) if isinstance(v, TimeValue)]
    day = next((v for v in talks.get("date") if isinstance(v, TimeValue)), None)
    if not days:
        return True
    arrival = (
        days[0].precision is Precision.DAY
        and not visit.get("endDate")
        and any(_ARRIVED.search(e.text) for e in visit.evidence)
    )
    if day is None:
        return arrival or min(e.begin for e in visit.evidence) < min(
            e.begin for e in talks.evidence
        )
    last = next((v for v in visit.get("endDate") if isinstance(v, TimeValue)), days[0])
    first = days[0].as_date() if arrival else None
    if first is not None:
        last = TimeValue.of_date(first + _VISIT_DAYS)
    elif (
        not visit.get("endDate")
        and days[0].precision is Precision.DAY
        and (start := days[0].as_date()) is not None
        and (count := _VISIT_OF_DAYS.search(visit.evidence[0].text)) is not None
    ):
        # "is in South Africa on a two-day state visit that started on Monday": its days run
        # from the start for their count (session 37, meetings)
        n = NUMBER_WORDS.get(count.group(1).lower()) or int(count.group(1))
        last = TimeValue.of_date(start + dt.timedelta(days=n - 1))
    return days[0].lexical[:10] <= day.lexical <= last.lexical[:10] + "~"


def _people_meetings(facts: list[Fact], doc: Doc) -> list[Fact]:
    """A meeting given by states ("Russian-Indian summit talks"), or by a headline with a state
    for a person ("Shoukry receives Jordanian counterpart"), and one given by their leaders on the
    same occasion are one meeting, with the leaders as participants."""
    out = list(facts)
    meeting = FactClass.MEETING  # (read once: a member read through its enum is a Python call)
    for by_states in [f for f in facts if f.cls is meeting]:
        parties = by_states.entities("participant")
        if not parties or all(p.kind is EntityKind.PERSON for p in parties):
            continue
        if not any(f is by_states for f in out):
            continue  # (already merged into another meeting, as its meeting by people)
        visit = False
        if any(p.kind is EntityKind.PERSON for p in parties) and not all(
            e.in_title for e in by_states.evidence
        ):
            # a meeting with a state in the body is its own meeting, not a headline's; but a
            # visit to a state and the visitor's talks with its leader are one occasion ("Xi
            # Jinping is in Moscow on a state visit. Putin and Xi held talks ...")
            if len(parties) != 2 or "042" not in {str(c) for c in by_states.get("cameoCode")}:
                continue
            visit = True
        if any(COUNTED_ROUNDS.search(e.text) for e in by_states.evidence):
            # ("India and China have held 19 rounds of talks since 2020": a series of the
            # states' negotiations, not their leaders' meeting told elsewhere)
            continue
        keys = _sides(doc, parties)
        people_named = {p.key for p in parties if p.kind is EntityKind.PERSON}
        for i, by_people in enumerate(out):
            if by_people.cls is not meeting or by_people is by_states:
                continue
            people = by_people.entities("participant")
            persons = {p.key for p in people if p.kind is EntityKind.PERSON}
            if len(persons) <= len(people_named) or not people_named <= persons:
                continue
            if visit and not _during_visit(by_states, by_people):
                continue
            mediators: list[Entity] = []
            if (sides := _sides(doc, people)) != keys:
                # ("following talks in Beijing mediated by China" and "four days of talks between
                # X and Y": the talks of X's and Y's states, with their mediator)
                mediators = [p for p in parties if p.key in doc.mediators and p.key not in sides]
                if not mediators or sides != keys - {p.key for p in mediators}:
                    mediators = []
                    if not (
                        all(e.in_title for e in by_states.evidence)
                        and _may_stand_for(doc, people, parties)
                    ):
                        continue
            if (
                not visit
                and by_states.get("date")
                and by_people.get("date")
                and by_states.get("date") != by_people.get("date")
            ):
                continue
            args = dict(by_people.args)
            for role, values in by_states.args:
                if role in {"startDate", "endDate"} and "date" in args:
                    continue  # (the talks' day within the visit's days)
                args.setdefault(role, values)
            if mediators:
                args["participant"] = (*people, *mediators)
                args["cameoCode"] = by_states.get("cameoCode")
            if "042" in {str(c) for c in by_states.get("cameoCode")} and [
                str(c) for c in by_people.get("cameoCode")
            ] == ["040"]:
                # the talks of a visit: the visit (CAMEO 042), in the city it names rather than
                # a building ("in Moscow on a state visit", "held talks in the Kremlin"); a
                # building rather than the state alone ("arrived in Russia", "held talks at
                # the Vostochny Cosmodrome")
                args["cameoCode"] = by_states.get("cameoCode")
                if by_states.get("place") and not (
                    any(isinstance(p, Entity) and p.qid for p in by_people.get("place"))
                    or (
                        by_people.get("place")
                        and all(
                            isinstance(p, Entity) and p.kind is EntityKind.STATE
                            for p in by_states.get("place")
                        )
                    )
                ):
                    args["place"] = by_states.get("place")
            out[i] = Fact.make(
                FactClass.MEETING,
                args,
                evidence=by_people.evidence + by_states.evidence,
                confidence=by_people.confidence,
                status=by_people.status,
            )
            out.remove(by_states)
            break
    return out


def _title_meetings(facts: list[Fact], doc: Doc) -> list[Fact]:
    """A headline's meeting of some of the people a body meeting names, on the same sides, is
    that meeting ("Readout of President Biden's Meeting with King Abdullah II of Jordan" over
    "President Biden welcomed King Abdullah II of Jordan and Crown Prince Hussein to the White
    House today"): one occasion, with the headline as evidence. A body meeting that brings in
    another side (a summit the two leaders attended) stays its own."""
    meeting = FactClass.MEETING
    out = list(facts)
    for headline in [f for f in facts if f.cls is meeting]:
        if not all(e.in_title for e in headline.evidence):
            continue
        named = headline.entities("participant")
        keys = {p.key for p in named}
        when = headline.get("date")
        bodies = [
            i
            for i, body in enumerate(out)
            if body.cls is meeting
            and not any(e.in_title for e in body.evidence)
            and _covered(doc, named, body.entities("participant"))
            and (not when or not body.get("date") or body.get("date") == when)
            # (a mediator the body names besides: "The talks were mediated by Turkey")
            and _sides(
                doc,
                # (a mediator stands for no side: "hosted by European Council President X")
                tuple(p for p in body.entities("participant") if p.key not in doc.mediators - keys),
            )
            - (doc.mediators - keys)
            == _sides(doc, named)
        ]
        if len(bodies) > 1:
            # (not the earlier rounds the body recalls: "Two earlier rounds ..., held in July and
            # August")
            bodies = [i for i in bodies if out[i].status is not Status.HISTORICAL]
        if len(bodies) == 1:
            out[bodies[0]] = with_headline(out[bodies[0]], headline)
            out.remove(headline)
    return out


def _covered(doc: Doc, named: tuple[Entity, ...], body: tuple[Entity, ...]) -> bool:
    """Whether a body meeting names more than the headline's participants, each of them or the
    person standing for a state the headline names ("Armenian, Azerbaijani leaders meet in
    Brussels" over "Pashinyan and Aliyev met in Brussels for talks hosted by Charles Michel")."""
    keys = {p.key for p in body}
    if {p.key for p in named} < keys:
        return True
    states = {
        state.key
        for p in body
        if p.kind is EntityKind.PERSON and (state := state_of(doc, p)) is not None
    }
    return len(body) > len(named) and all(
        p.key in keys or (p.kind is EntityKind.STATE and p.key in states) for p in named
    )


def with_headline(body: Fact, headline: Fact) -> Fact:
    """The body's fact, with the evidence of the headline that told it first."""
    return Fact.make(
        body.cls,
        dict(body.args),
        evidence=body.evidence + headline.evidence,
        confidence=max(body.confidence, headline.confidence),
        status=body.status,
    )


def _title_restatements(facts: list[Fact], doc: Doc) -> list[Fact]:
    """A headline's event told again in the body ("Japan, South Korea agree to ..." over
    "Kishida and Yoon agreed ...") is one event: the body's, with the headline as evidence."""
    out = list(facts)
    event = FactClass.EVENT  # (read once: a member read through its enum is a Python call)
    for headline in [f for f in facts if f.cls is event]:
        if not all(e.in_title for e in headline.evidence):
            continue
        sides = _sides(doc, headline.entities("actor"))
        kind = headline.get("eventType")
        for i, body in enumerate(out):
            if (
                body.cls is not event
                or any(e.in_title for e in body.evidence)
                or body.get("eventType") != kind
                or not sides
                or _sides(doc, body.entities("actor")) != sides
            ):
                continue
            out[i] = with_headline(body, headline)
            out.remove(headline)
            break
    return out


_VOWELS = re.compile(r"[aeiouy]")


def _consonants(word: str) -> str:
    """A name word's consonants, folded: "Tileuberdi" and "Tleuberdi" are "tlbrd"."""
    return _VOWELS.sub("", fold(word))


def canonical_people(facts: list[Fact], body: str = "") -> list[Fact]:
    """One name per unlinked person: "Dini" and "Mr Dini" become "Lamberto Dini" when the article
    names exactly one person whose name contains that word, "Nurtleu" in a headline read
    before the body is the body's linked Murat Nurtleu when he is the only one, and a name the
    body gives in quotes after a full name ("Pushpa Kamal Dahal 'Prachanda'") is that person."""
    if not any(
        isinstance(v, Entity) and v.qid is None and v.kind is EntityKind.PERSON
        for f in facts
        for _, values in f.args
        for v in values
    ):
        return facts  # (no unlinked person: the usual case)
    people = {
        v.label: v
        for f in facts
        for _, values in f.args
        for v in values
        if isinstance(v, Entity) and v.kind is EntityKind.PERSON
    }
    labels = {label for label, person in people.items() if not person.is_linked}
    # (a linked fuller name only for a name the headline alone gives: in the body, "President
    # Retno" after "Foreign Minister Retno Marsudi" was left unlinked on purpose)
    in_body = {
        v.label
        for f in facts
        if not all(e.in_title for e in f.evidence)
        for _, values in f.args
        for v in values
        if isinstance(v, Entity)
    }
    fuller: dict[str, Entity] = {}
    for label in labels:
        words = set(label.split())
        longer = [
            o
            for o in people
            if o != label
            and words < set(o.split())
            and (not people[o].is_linked or label not in in_body)
        ]
        if not longer and label not in in_body and len(words) == 1:
            # "Kazakh Foreign Minister Tileuberdi" in a headline over the body's linked "Mukhtar
            # Tileuberdi" (the KB's "Mukhtar Tleuberdi"): the same surname in another
            # romanisation, by its consonants
            skeleton = _consonants(label)
            longer = [
                o
                for o, person in people.items()
                if person.is_linked
                and len(skeleton) >= 4
                and _consonants(o.split()[-1]) == skeleton
                and abs(len(o.split()[-1]) - len(label)) <= 1
            ]
        if not longer and len(words) == 1 and body:
            longer = [o for o in people if o != label and _nicknamed(body, o, label)]
        if len(longer) == 1:
            fuller[label] = people[longer[0]]
    if not fuller:
        return facts

    def swap(value: Value) -> Value:
        if isinstance(value, Entity) and not value.is_linked and value.label in fuller:
            found = fuller[value.label]
            return found if found.is_linked else Entity.unlinked(found.label, value.kind)
        return value

    return [
        Fact.make(
            f.cls,
            {role: [swap(v) for v in values] for role, values in f.args},
            evidence=f.evidence,
            confidence=f.confidence,
            status=f.status,
        )
        for f in facts
    ]


def _nicknamed(body: str, name: str, nickname: str) -> bool:
    """Whether the body gives ``nickname`` in quotes right after the full ``name``
    ("Pushpa Kamal Dahal 'Prachanda'", 'Pushpa Kamal Dahal "Prachanda"'; session 35)."""
    return (
        re.search(rf"{re.escape(name)},?\s+['‘\"“]{re.escape(nickname)}['’\"”]", body) is not None
    )


_JOINT = re.compile(
    # ("Joint Leaders Statement on AUKUS", "Joint Leaders' Statement")
    r"\bjoint\s+(?:(?:leaders|ministers)['’]?\s+)?(?:statement|declaration|communiqu[eé]|readout|"
    r"fact\s+sheet)\b",
    re.IGNORECASE,
)
_ORG_STATEMENT = re.compile(
    r"\b(?:Leaders['’]?|Ministers['’]?|Summit|Foreign\s+Ministers['’]?)\s+"
    r"(?:Joint\s+)?(?:Statement|Communiqu[eé]|Declaration)\b|"
    # "Chairman's Statement of the 43rd ASEAN Summit", "Declaration of the ... Summit"
    r"\bChair(?:man|woman|person)?['’]s\s+Statement\b|"
    r"\b(?:Statement|Declaration|Communiqu[eé])\s+of\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?"
    r"(?:[A-Z][\w-]*\s+){1,4}(?:Summit|Meeting)\b"
)


def _issuers(title: Analysis, article: Article) -> tuple[Entity, ...]:
    """The parties of a joint statement, from its headline; the organisation whose leaders or
    ministers issue a statement ("G7 Leaders' Statement on Ukraine", "NATO Summit
    Communiqué")."""
    if _ORG_STATEMENT.search(article.title or ""):
        orgs = {
            e.key: e
            for m in title.mentions
            if m.code is Code.ORG
            for e in m.entities
            if e.kind is EntityKind.ORGANIZATION
        }
        text = title.sentence.text
        states = [
            m
            for m in title.mentions
            if m.code in {Code.STATE, Code.DEMONYM}
            and not re.search(r"\b(?:on|about|regarding)\s+(?:the\s+)?$", text[: m.begin])
        ]  # "... Statement on Ukraine": what it is about, not who issues it
        if len(orgs) == 1 and not states:
            return tuple(orgs.values())
    if not _JOINT.search(article.title or ""):
        return ()
    out: list[Entity] = []
    for m in title.mentions:
        if m.code in {Code.STATE, Code.DEMONYM} and m.entity is not None:
            out.append(m.entity)
        elif m.code is Code.PERSON:
            for office in m.offices:
                if office.jurisdiction is not None:
                    out.append(office.jurisdiction)
    unique = tuple({e.key: e for e in out}.values())
    return unique if len(unique) >= 2 else ()


# "... was released by the Governments of X and Y", "... by the G7 Foreign Ministers of Canada,
# France, ..."
_RELEASED_BY = re.compile(
    r"released\s+by\s+the\s+(?:[\w§-]+\s+){0,3}?(?:[Gg]overnments|[Mm]inisters|[Ll]eaders|"
    r"[Hh]eads\s+of\s+[Ss]tate(?:\s+and\s+[Gg]overnment)?)\s+of\s+(?:the\s+)?(?P<g>.*)"
)
# "We, Prime Minister Anthony Albanese of Australia, Prime Minister Narendra Modi of India, ...":
# the statement's issuers, by name
_WE_LIST = re.compile(
    # (the "We" may be masked as the publisher's state already)
    r"^\s*(?:We|§[SG]\d+§)\s*,\s+(?P<g>(?:[^;]*?§[PSD]\d+§){2,}[^;]*?),?\s+(?:[a-z]+\s+){0,2}[a-z]+"
)


# "President Biden hosted Prime Minister A of X and Prime Minister B of Y today ..., and the
# three leaders issued the following statement": the leaders named before it
_LEADERS_ISSUED = re.compile(
    r"^(?P<g>.*?§P\d+§.*?)\b(?:the\s+(?:two|three|four|five)\s+)?leaders\s+(?:then\s+)?issued\s+"
    r"the\s+following\s+(?:joint\s+)?statement\b"
)


def _released_by(analysis: Analysis) -> tuple[Entity, ...]:
    """ "The text of the following statement was released by the Governments of X and Y"; "We,
    Prime Minister X of A, President Y of B and ..., met today"; "X hosted Y ..., and the two
    leaders issued the following statement": the issuers."""
    text = analysis.sentence.text
    m = (
        _RELEASED_BY.search(analysis.masked)
        or (_WE_LIST.match(analysis.masked) if text.startswith("We") else None)
        or (_LEADERS_ISSUED.match(analysis.masked) if "issued the following" in text else None)
    )
    if not m:
        return ()
    found: list[Entity] = []
    for slot in re.findall(r"§[A-Z]\d+§", m.group("g")):
        mention = analysis.mention(slot)
        if mention.code is Code.PERSON:
            found.extend(o.jurisdiction for o in mention.offices[:1] if o.jurisdiction is not None)
        else:
            found.extend(e for e in mention.entities if e.kind is EntityKind.STATE)
    unique = tuple({e.key: e for e in found}.values())
    return unique if len(unique) >= 2 else ()


# "Separately, ...", "During the talks, ...": what comes before a sentence's subject
# "Separately, ", "On Monday, ", "Earlier this month, ", "According to the ministry, ": a short
# opening before the subject that names no party
_LEAD_IN = re.compile(r"^(?:(?:During|In|On|At|After)\s[^,]{0,40},\s*|[^,§]{1,40},\s*)")
# "China and the United States", "Russia, Belarus and the CSTO": the parties a sentence opens
# with ("the" may stand before any of them)
_SUBJECT_SLOTS = re.compile(
    r"(?:[Tt]he\s+)?((?:§[SDGOP]\d+§(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)?)+)"
)
_ACTOR_SLOT = re.compile(r"§[SDGOP]\d+§")
# a quotation's speaker after it, ending the sentence: ", Xi said.", ",\" Peskov told reporters."
_SAID_LAST = re.compile(
    r",[\"”’']?\s+(?P<p>§P\d+§)\s+(?:said|says|added|noted|stressed|told\s+(?:reporters|"
    r"journalists|the\s+press))\s*\.?[\"”’']?\s*$"
)


def _subject(analysis: Analysis, new: list[Fact]) -> tuple[Entity, ...]:
    for fact in new:
        # (a meeting recalled is not what the sentence is about: "Modi shared his impressions
        # of his recent visit to Kyiv and his meeting with President Zelensky" is Modi's)
        if fact.cls is FactClass.MEETING and fact.status is not Status.HISTORICAL:
            return fact.entities("participant")
    return _grammatical_subject(analysis)


def _grammatical_subject(analysis: Analysis) -> tuple[Entity, ...]:
    """The parties the sentence opens with, after its introduction: its subject."""
    masked = _LEAD_IN.sub("", DATELINE.sub("", analysis.masked))
    m = _SUBJECT_SLOTS.match(masked)
    if not m:
        return ()
    out: list[Entity] = []
    for slot in _ACTOR_SLOT.findall(m.group(1)):
        out.extend(analysis.mention(slot).entities)
    return tuple(dict((e.key, e) for e in out).values())


def _quote_speaker(analysis: Analysis) -> tuple[Entity, ...]:
    """The one person named as the speaker at the end of the sentence (", Xi said.")."""
    said = _SAID_LAST.search(analysis.masked)
    if said is None:
        return ()
    speaker = analysis.mention(said.group("p")).entities
    if len(speaker) == 1 and speaker[0].kind is EntityKind.PERSON:
        return tuple(speaker)
    return ()


# ---- tenures -----------------------------------------------------------------------------


# "the two heads of state", "both foreign ministers": an office the group's people all hold
_GROUP_ROLES = (
    (re.compile(r"\b(?:heads\s+of\s+state|presidents)\b", re.IGNORECASE), "HeadOfState"),
    (
        re.compile(r"\b(?:heads\s+of\s+government|prime\s+ministers)\b", re.IGNORECASE),
        "HeadOfGovernment",
    ),
    (re.compile(r"\bforeign\s+ministers\b", re.IGNORECASE), "ForeignMinister"),
)


def _group_tenures(analysis: Analysis, doc: Doc, mention: Mention) -> None:
    """ "Following the talks, the two heads of state ...": each person of the group whom the KB
    shows in that office on the article date holds it (the text confirms the KB's reading)."""
    found = next(((m, r) for regex, r in _GROUP_ROLES if (m := regex.search(mention.text))), None)
    if found is None or doc.date is None:
        return
    words, role = found[0].group(0), found[1]
    # the office as one holder's title: "heads of state" -> "head of state"
    label = words.replace("heads", "head", 1) if words.startswith("heads") else words[:-1]
    for person in mention.entities:
        if not person.qid:
            continue
        held = [t for t in doc.kb.tenures(person.qid) if t.role == role and t.covers(doc.date)]
        places = {t.jurisdiction for t in held if t.jurisdiction}
        state = doc.kb.entity(next(iter(places))) if len(places) == 1 else None
        if state is None:
            continue
        posts = {t.post for t in held if t.post}
        office = Office(
            role,
            label,
            entity_of(state),
            post=next(iter(posts)) if len(posts) == 1 else None,
        )
        _tenure(analysis, doc, mention, person, office)


def tenures(analysis: Analysis, doc: Doc) -> None:
    """A Tenure for every person named with a current office title."""
    person = Code.PERSON  # (read once: a member read through its enum is a Python-level call)
    for mention in analysis.mentions:
        if mention.code is not person:
            continue
        if len(mention.entities) > 1:
            _group_tenures(analysis, doc, mention)
        if len(mention.entities) != 1:
            continue
        holder = mention.entities[0]
        if holder.kind is not EntityKind.PERSON:
            continue
        if not mention.offices and holder.qid:
            if "eader " in analysis.sentence.text:
                _leader_tenure(analysis, doc, mention, holder)
            _apposed_kb_office(analysis, doc, mention, holder)
            continue
        if not holder.is_linked and _STYLE_ONLY.fullmatch(holder.label or ""):
            # "Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, Deputy Prime
            # Minister and Minister of Defence of ...": the titles of the person before, never
            # of one called "Crown Prince"
            found = _styled_before(analysis, mention)
            if found is None:
                continue
            holder = found
        for office in mention.offices:
            if not office.current and _removed_from(analysis, mention):
                doc.removed.add((holder.key, office.role))
            elif (holder.key, office.role) in doc.removed:
                continue
            if office.jurisdiction is None and len(mention.offices) > 1:
                office = _paired_office(mention, office, doc.kb)
            # "EU Executive Vice-President and Commissioner for Trade X": an organisation's
            # vice-president is its official, no deputy head of government (session 32, titles)
            office = civil_service(office)
            if _US_ENVOY_LABEL.fullmatch(office.label) and not _us_envoy_holder(
                analysis, doc, holder
            ):
                continue
            if office.current and office.named and office.jurisdiction is not None:
                _tenure(analysis, doc, mention, holder, office)
            elif (
                office.current
                and office.role == "HeadOfGovernment"
                and office.jurisdiction is not None
                and holder.is_linked
                and _heir_apposition(analysis, mention)
            ):
                # "His Royal Highness the Crown Prince and Prime Minister (of Bahrain)": the
                # heir named by his styles, the second one his office
                _tenure(analysis, doc, mention, holder, office)


# "US envoy", "U.S. envoy": Washington's special envoy, or in headlines another state's envoy to
# the United States ("China names U.S. envoy Qin Gang as foreign minister")
_US_ENVOY_LABEL = re.compile(r"(?:US|U\.S\.)\s+envoy")


def _us_envoy_holder(analysis: Analysis, doc: Doc, holder: Entity) -> bool:
    """Whether "US envoy X" is the United States' own: not in a headline, and not a KB person
    the KB shows serving only other states."""
    if analysis.in_title:
        return False
    if not holder.qid:
        return True
    served = {t.jurisdiction for t in doc.kb.tenures(holder.qid) if t.jurisdiction}
    return not served or "Q30" in served


# a leader's word right before a name ("said leader Kim Jong-un had watched")
_LEADER_BEFORE = re.compile(r"(?<![\w-])(?:[Ss]upreme\s+)?[Ll]eader\s+$")


def _apposed_kb_office(analysis: Analysis, doc: Doc, mention: Mention, holder: Entity) -> None:
    """ "General Mark Milley, chairman of the Joint Chiefs of Staff, ...": a KB person whose
    apposition is, word for word (any case), the title of the office the KB shows him holding
    on the article date holds it (session 37)."""
    text, end = analysis.sentence.text, mention.end - analysis.sentence.begin
    if doc.date is None or holder.qid is None or not text.startswith(", ", end):
        return
    after = text[end + 2 : end + 120].removeprefix("the ").removeprefix("The ").lower()
    for t in doc.kb.tenures(holder.qid):
        label = t.office_label.lower()
        if (
            t.role
            and t.role != "Ambassador"  # (an envoy's Tenure needs the host the title names)
            and t.jurisdiction
            and label[:1].isalpha()
            and len(label) > 12
            and after.startswith(label)
            and after[len(label) : len(label) + 1] in {",", ".", ";", ""}
            and t.covers(doc.date)
            and (state := doc.kb.entity(t.jurisdiction)) is not None
        ):
            office = Office(
                t.role, text[end + 2 : end + 2 + len(label)], entity_of(state), post=t.post
            )
            _tenure(analysis, doc, mention, holder, civil_service(office))
            return


# a state's name or demonym, then "leader", opening a person's mention
_LEADER_INSIDE = re.compile(r"[A-Z][\w'’ .-]{1,40}?\s(?:[Ss]upreme\s+)?leader\s+(?=[A-Z])")
# the word before "leader" that makes another kind of leader ("opposition leader", "rebel leader")
_OTHER_LEADER = re.compile(
    r"(?:opposition|rebel|party|group|militia|separatist|spiritual|religious|tribal|former|"
    r"ex-|exiled|junta|coup|protest|democratic|pro-democracy|dissident|world|Western|regional)\s+"
    r"(?:[Ss]upreme\s+)?[Ll]eader\s+$",
    re.IGNORECASE,
)


def _leader_tenure(analysis: Analysis, doc: Doc, mention: Mention, holder: Entity) -> None:
    """ "said leader Kim Jong-un had watched the launch": a KB person called "leader" (no other
    kind of leader) whose KB office on the article date is a head of state's or government's
    post named "Leader" (North Korea's, Iran's Supreme Leader) holds it (session 37)."""
    text, start = analysis.sentence.text, mention.begin - analysis.sentence.begin
    inside = _LEADER_INSIDE.match(mention.text)  # "North Korean leader Kim Jong-un"
    if inside is not None:
        text, start = mention.text, inside.end()
    if (
        doc.date is None
        or holder.qid is None
        or not _LEADER_BEFORE.search(text, max(0, start - 16), start)
        or _OTHER_LEADER.search(text, max(0, start - 40), start)
    ):
        return
    held = [
        t
        for t in doc.kb.tenures(holder.qid)
        if t.role in {"HeadOfState", "HeadOfGovernment"}
        and t.jurisdiction
        and "Leader" in t.office_label
        and t.covers(doc.date)
    ]
    state = doc.kb.entity(held[0].jurisdiction) if len(held) == 1 and held[0].jurisdiction else None
    if state is None or state.kind is not EntityKind.STATE:
        return
    office = Office(held[0].role or "", "leader", entity_of(state), post=held[0].post)
    _tenure(analysis, doc, mention, holder, office)


# a title's word telling that its holder was removed from the office ("Deposed President X")
_REMOVED = re.compile(r"\b(?:[Oo]usted|[Dd]eposed|[Tt]oppled|[Oo]verthrown)\b")


def _removed_from(analysis: Analysis, mention: Mention) -> bool:
    """Whether a person's title says they were removed from the office ("ousted President")."""
    begin = mention.begin - analysis.sentence.begin
    end = begin + len(mention.text)
    return bool(_REMOVED.search(analysis.sentence.text, max(0, begin - 12), end))


_PAIRED_ROLES = frozenset(
    {"HeadOfGovernment", "DeputyHeadOfGovernment", "ForeignMinister", "Minister", "DeputyMinister"}
)


def _paired_office(mention: Mention, office: Office, kb: KbIndex) -> Office:
    """ "Richard Marles, Deputy Prime Minister and Minister for Defence": a government office
    left without a state, joined by "and" to one of the same name's apposition that has one,
    is of that state too (the publisher's state came to the second only); not when the other
    office's post is one combined post of both (Kosovo's "Second Deputy Prime Minister and
    Minister of Foreign Affairs and Diaspora": one Tenure, as blind38's gold has it)."""
    if any(
        o.post is not None
        and (post := kb.entity(o.post)) is not None
        and fold(office.label) in fold(post.label)
        for o in mention.offices
    ):
        return office
    states = {
        o.jurisdiction.key: o.jurisdiction
        for o in mention.offices
        if o.jurisdiction is not None and o.jurisdiction.kind is EntityKind.STATE
    }
    if (
        office.role not in _PAIRED_ROLES
        or len(states) != 1
        or not any(
            o.jurisdiction is not None
            and o.role in _PAIRED_ROLES
            and (
                f"{office.label} and {o.label}" in mention.text
                or f"{o.label} and {office.label}" in mention.text
            )
            for o in mention.offices
        )
    ):
        return office
    return dataclasses.replace(office, jurisdiction=next(iter(states.values())))


# the heir's style right before a head of government's title
_HEIR_AND = re.compile(r"Crown\s+Prince\s+and\s+(?:the\s+)?$")


def _heir_apposition(analysis: Analysis, mention: Mention) -> bool:
    """Whether a title-only mention is the second title of "the Crown Prince and ..."."""
    if "Prince" in mention.text and _HEIR_IN.search(mention.text):
        return True  # (the style taken into the mention: "His Royal Highness the Crown ...")
    text, start = analysis.sentence.text, mention.begin - analysis.sentence.begin
    return "Prince" in text and bool(_HEIR_AND.search(text, 0, start))


_HEIR_IN = re.compile(r"^(?:His|Her)\s+Royal\s+Highness\s+(?:the\s+)?Crown\s+Prince\s+and\s+")


# a holder's "name" that is only a style or an heir's title
_STYLE_ONLY = re.compile(
    r"(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty)\s+)?(?:the\s+)?"
    r"(?:Crown\s+Prince(?:ss)?|Prince(?:ss)?|King|Queen|Emir|Amir|Sheikh|Sultan)",
    re.IGNORECASE,
)
# the rest of a name the person's mention left out, then the comma of the apposition
_NAME_REST_COMMA = re.compile(r"(?:\s+(?:[A-Z][\w'’-]+|bin|bint|ibn|al|Al-\w+)){0,4},\s+")


def _styled_before(analysis: Analysis, mention: Mention) -> Entity | None:
    """The linked person named just before an apposition that begins with a style."""
    before = None
    for m in analysis.mentions:
        if m is mention:
            break
        before = m
    if (
        before is None
        or before.code is not Code.PERSON
        or len(before.entities) != 1
        or not before.entities[0].is_linked
        or before.entities[0].kind is not EntityKind.PERSON
    ):
        return None
    text, base = analysis.sentence.text, analysis.sentence.begin
    if _NAME_REST_COMMA.fullmatch(text, before.end - base, mention.begin - base) is None:
        return None
    return before.entities[0]


# a state's vice-president ("Vice President Kamala Harris", "Chinese Vice President Han Zheng",
# "Iran's First Vice President"), whom the title patterns read as a deputy head of government
# (and place by that office): not a government's vice-president ("Vice-President of the
# Government", Spain's deputy prime minister)
_STATES_VICE_PRESIDENT = re.compile(
    r"\bVice[-\s]President(?!\s+of\s+the\s+(?:Government|Council))", re.IGNORECASE
)


def _tenure_role(office: Office) -> str:
    """The role a Tenure states: a state's vice-president is a senior official of it (the spent
    gold codes the United States', China's and Türkiye's so, or accepts it; session 41)."""
    if (
        office.role == "DeputyHeadOfGovernment"
        and office.jurisdiction is not None
        and office.jurisdiction.kind is EntityKind.STATE
        and _STATES_VICE_PRESIDENT.search(office.label)
    ):
        return "SeniorOfficial"
    return office.role


def _tenure(analysis: Analysis, doc: Doc, mention: Mention, holder: Entity, office: Office) -> None:
    assert office.jurisdiction is not None
    args: dict[str, Sequence[Value]] = {
        "holder": [holder],
        "role": [Concept(_tenure_role(office))],
        "jurisdiction": [office.jurisdiction],
        "officeLabel": [office.label],
    }
    if office.post:
        args["post"] = [Entity.linked(office.post, office.label, EntityKind.POST)]
    if office.accredited_to:
        args["accreditedTo"] = [office.accredited_to]
    confidence = mention.confidence if holder.is_linked else min(mention.confidence, 0.8)
    doc.add(FactClass.TENURE, args, analysis, confidence)
    if (
        office.role == "Ambassador"
        and office.accredited_to
        and office.accredited_to.kind is EntityKind.STATE
        and office.jurisdiction
    ):
        # an accredited ambassador implies diplomatic relations
        doc.add(
            FactClass.DIPLOMATIC_RELATIONS,
            {"party": [office.accredited_to, office.jurisdiction]},
            analysis,
            0.6,
        )


# ---- merging -----------------------------------------------------------------------------

# Roles that identify a fact; the others (date, place, confidence...) are details. Events are
# also told apart by sentence: two sentences with the same actors are usually two acts.
_KEY_ROLES: dict[FactClass, tuple[str, ...]] = {
    FactClass.MEMBERSHIP: ("member", "organization"),
    FactClass.TENURE: ("holder", "role", "jurisdiction", "accreditedTo"),
    FactClass.MEETING: ("participant",),
    FactClass.EVENT: ("eventType", "actor", "recipient", "amount", "instrument"),
    FactClass.SHARED_BORDER: ("party",),
    FactClass.DIPLOMATIC_RELATIONS: ("party",),
    FactClass.TREATY_RELATION: ("party",),
    FactClass.PARTNERSHIP: ("party",),
    FactClass.TRADE_FLOW: ("exporter", "importer", "party", "flow", "amount"),
    FactClass.TRADE_SHARE: ("reporter", "partner", "share"),
    FactClass.PERMISSION: ("grantor", "grantee", "activity"),
}


# (a set, not `fact.cls is FactClass.EVENT`: a member read through its enum class is a
# Python-level call in 3.11, and these run for every fact)
_BY_SENTENCE = frozenset({FactClass.EVENT})
_BY_INSTRUMENT = frozenset({FactClass.TREATY_RELATION})
_AGREE = (Concept("AGREE"),)
# the event types whose distinct acts of one sentence are one fact each, told apart by code
_BY_CODE = frozenset({_AGREE, (Concept("COERCE"),), (Concept("SANCTION"),)})


def _key(fact: Fact) -> tuple[object, ...]:
    args = dict(fact.args)  # (one look-up per role, not a scan of the arguments)
    parts: list[object] = [fact.cls]
    if fact.cls in _BY_SENTENCE:
        parts.append(fact.evidence[0].begin if fact.evidence else -1)
        if args.get("eventType") in _BY_CODE:
            # "agreed to strengthen defence cooperation and decided to hold a dialogue": the
            # distinct commitments of one sentence are one AGREE each (ANNOTATION.md §6); so
            # are the acts of "used tear gas against protesters and restricted internet access",
            # and sanctions of other kinds, "severed relations with Qatar and imposed a boycott
            # on it" (relations cut, 161; an embargo, 163: gold sets of four writers, session 22)
            parts.append(args.get("cameoCode"))
    for role in _KEY_ROLES[fact.cls]:
        values = args.get(role)
        if values is None:
            parts.append(())
            continue
        keys = sorted([v.key if isinstance(v, Entity) else str(v) for v in values])
        parts.append(tuple(keys))
    return tuple(parts)


def _compatible(a: Fact, b: Fact) -> bool:
    """Whether two facts with the same identity can be one: two treaties between the same
    parties with other names or other dates are two (ANNOTATION.md §4: the Four Freedoms
    Agreement of 2004 is not the military cooperation agreement of 2021); so are two meetings of
    the same people on other dates, or a call and a meeting in person."""
    if a.cls is FactClass.MEETING:
        # a call today and a meeting in person earlier this month: two occasions; so are the
        # meeting reported and one the text recalls ("They last met in Bali ...")
        calls = ("041" in a.get("cameoCode"), "041" in b.get("cameoCode"))
        if calls[0] != calls[1] or _recalled_at(a) != _recalled_at(b):
            return False
    elif a.cls is FactClass.EVENT:
        # "imposed sanctions in 2020 and renewed them in February": two acts of one sentence
        pass
    elif a.cls is not FactClass.TREATY_RELATION:
        return True
    else:
        names_a, names_b = ({str(v) for v in f.get("instrument")} for f in (a, b))
        if names_a and names_b and not names_a & names_b:
            return False
        if in_force_before(a, b):
            # "... has been in force since 2006" is not the memorandum signed today
            return False
    dates_a, dates_b = ({str(v) for v in f.get("date")} for f in (a, b))
    return not (dates_a and dates_b and not dates_a & dates_b)


def _recalled_at(meeting: Fact) -> frozenset[str] | None:
    """Where an earlier meeting the text recalls was ("previously met in Samarkand and in
    Moscow": two), or None for a meeting it reports."""
    if meeting.status is not Status.HISTORICAL:
        return None
    return frozenset(v.key if isinstance(v, Entity) else str(v) for v in meeting.get("place"))


def _profile(fact: Fact) -> object:
    """What :func:`_compatible` reads of a fact: facts with one profile are compatible with the
    same facts."""
    if fact.cls not in _PROFILED:
        return None  # (_compatible reads nothing of the other classes)
    if fact.cls is FactClass.MEETING:
        return (
            "041" in fact.get("cameoCode"),
            _recalled_at(fact),
            frozenset(map(str, fact.get("date"))),
        )
    if fact.cls is FactClass.EVENT:
        return frozenset(map(str, fact.get("date")))
    return (
        frozenset(map(str, fact.get("instrument"))),
        frozenset(map(str, fact.get("date"))),
        frozenset(map(str, fact.get("startDate"))),
    )


_PROFILED = frozenset({FactClass.MEETING, FactClass.EVENT, FactClass.TREATY_RELATION})


def merge(facts: list[Fact]) -> list[Fact]:
    """Merge facts with the same identity: evidence is united, details from the first kept,
    missing details filled from later restatements, confidence is the maximum."""
    # each cluster: its facts, and one fact per distinct _profile (what _compatible reads), so
    # that a fact restated n times is compared with its few profiles, not n times (hostile
    # input: thousands of restatements of one meeting were quadratic)
    # (a cluster's profiles are worked out when a second fact of its identity comes: most facts
    # have none, and their one profile is never read)
    groups: dict[tuple[object, ...], list[tuple[list[Fact], dict[object, Fact]]]] = {}
    # "The two governments also signed an agreement on ...": another instrument than the one
    # told before it (session 39), keyed by its sentence
    further = further_signings([f for f in facts if f.cls in _BY_INSTRUMENT], _key)
    for fact in facts:
        key = _key(fact)
        if further and fact.cls in _BY_INSTRUMENT:
            key = (*key, further.get(id(fact)))
        clusters = groups.get(key)
        if clusters is None:  # (the usual case: the first fact of its identity)
            groups[key] = [([fact], {})]
            continue
        profile = _profile(fact)
        if not clusters[0][1]:
            lone = clusters[0][0][0]
            clusters[0][1][_profile(lone)] = lone
        home = next(
            (
                c
                for c in clusters
                if profile in c[1] or all(_compatible(fact, f) for f in c[1].values())
            ),
            None,
        )
        if home is None:
            clusters.append(([fact], {profile: fact}))
        else:
            home[0].append(fact)
            home[1].setdefault(profile, fact)
    out: list[Fact] = []
    for same in (c[0] for clusters in groups.values() for c in clusters):
        first = same[0]
        if len(same) == 1:
            out.append(first)
            continue
        args = dict(first.args)
        for fact in same[1:]:
            for role, values in fact.args:
                if role not in args or (role == "place" and finer_place(args[role], values)):
                    args[role] = values
        out.append(
            Fact.make(
                first.cls,
                args,
                evidence=tuple(dict.fromkeys(e for fact in same for e in fact.evidence)),
                confidence=max(fact.confidence for fact in same),
                status=first.status,
            )
        )
    return _aid_sums_told(out)


_AID_TYPE = (Concept("AID"),)


def _aid_event_key(fact: Fact) -> tuple[object, ...] | None:
    """An AID event's sentence, actors and recipients (None for any other fact)."""
    if fact.cls is not FactClass.EVENT or fact.get("eventType") != _AID_TYPE:
        return None
    return (
        fact.evidence[0].begin if fact.evidence else -1,
        tuple(sorted(v.key if isinstance(v, Entity) else str(v) for v in fact.get("actor"))),
        tuple(sorted(v.key if isinstance(v, Entity) else str(v) for v in fact.get("recipient"))),
    )


def _aid_sums_told(facts: list[Fact]) -> list[Fact]:
    """One aid act of a sentence read twice, once with its sum ("Finland's security assistance
    to Ukraine, which now totals more than EUR 1.5 billion"): the reading without the sum is the
    one with it (its missing details filled in), when the sentence gives that pair one sum only
    (session 40)."""
    summed: dict[tuple[object, ...], list[int]] = {}
    bare: dict[tuple[object, ...], list[int]] = {}
    for i, fact in enumerate(facts):
        key = _aid_event_key(fact)
        if key is not None:
            (summed if fact.get("amount") else bare).setdefault(key, []).append(i)
    pairs = {
        summed[key][0]: bare[key] for key in bare.keys() & summed.keys() if len(summed[key]) == 1
    }
    if not pairs:
        return facts
    dropped = {i for restated in pairs.values() for i in restated}
    out: list[Fact] = []
    for i, fact in enumerate(facts):
        if i in dropped:
            continue
        if i in pairs:
            args = dict(fact.args)
            for j in pairs[i]:
                for role, values in facts[j].args:
                    args.setdefault(role, values)
            fact = Fact.make(
                fact.cls,
                args,
                evidence=fact.evidence,
                confidence=max([fact.confidence, *(facts[j].confidence for j in pairs[i])]),
                status=fact.status,
            )
        out.append(fact)
    return out


def event_args(
    event_type: str,
    cameo: str,
    actors: Sequence[Entity],
    recipients: Sequence[Entity] = (),
    when: TimeValue | None = None,
) -> dict[str, Sequence[Value]]:
    """The arguments of an event: its PLOVER type, CAMEO code, actors, and its recipients and
    date when it has them (more roles can be added to the dictionary)."""
    args: dict[str, Sequence[Value]] = {
        "eventType": [Concept(event_type)],
        "actor": list(actors),
        "cameoCode": [cameo],
    }
    if recipients:
        args["recipient"] = list(recipients)
    if when is not None:
        args["date"] = [when]
    return args


def finer_place(place: Sequence[Value], other: Sequence[Value]) -> bool:
    """Whether ``other`` names the city of a meeting ``place`` gave as a country only ("who is
    in Russia on a working visit ... The meeting took place in Sochi")."""
    return all(isinstance(v, Entity) and v.kind is EntityKind.STATE for v in place) and all(
        isinstance(v, Entity) and v.kind is EntityKind.CITY for v in other
    )


def entities_of(analysis: Analysis, text: str) -> list[Entity]:
    """The entities of every slot in a matched piece of masked text, in order, without repeats."""
    out: list[Entity] = []
    for slot in _SLOT.findall(text):
        mention: Mention = analysis.mention(slot)
        out.extend(mention.entities)
    if len(out) < 2:
        return out  # (one slot of one entity, the usual case: no repeats to drop)
    return list(dict((e.key, e) for e in out).values())


# a fronted programme with one state: "Under the Just Energy Transition Partnership with
# South Africa, ...", "Under Indonesia's Just Energy Transition Partnership, ..."
_UNDER_PROGRAMME = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?[Uu]nder\s+(?:the\s+)?(?:(?P<g>§S\d+§)['’]s?\s+)?(?:[A-Z][\w-]*\s+){1,6}?"
    r"(?:Partnership|Programme|Program|Compact|Initiative)\b(?:\s+with\s+(?:the\s+)?(?P<g2>§S\d+§))?"
)


def programme_partner(analysis: Analysis, head: str, actors: Sequence[Entity]) -> list[Entity]:
    """The one state a fronted programme the pledge is made under names as its partner."""
    m = _UNDER_PROGRAMME.match(head) if "nder" in head else None
    if m is None or not (slot := m.group("g") or m.group("g2")):
        return []
    found = [e for e in entities_of(analysis, slot) if e.kind is EntityKind.STATE]
    return [] if any(e.key == a.key for e in found for a in actors) else found
