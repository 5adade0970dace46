"""The linker's index of the reference KB: names to QIDs, entities, tenures, capitals, memberships.

The index is built from the KB's RDF file (the source of truth), never from the CSV snapshot,
and cached: :func:`load_index` builds it once from ``dipld/data/kb.nt.gz``, pickles it to
``$XDG_CACHE_HOME/dipld/`` (``~/.cache/dipld/`` by default) under a name keyed by the file's
digest, and later loads that pickle. When the cache folder is not writable the index is simply
built in memory. Lookups abstain rather than guess: an unknown or ambiguous name gives None.

>>> kb = build_index()  # load_index() is the same, cached
>>> kb.resolve("Belarus").qid, kb.resolve("the Union State").qid, kb.resolve("Minsk").qid
('Q184', 'Q166110', 'Q2280')
>>> kb.demonym_of("Belarusians").label
'Belarus'
>>> kb.resolve("Atlantis") is None
True
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import gzip
import hashlib
import os
import pickle
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import pyoxigraph as ox
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from dipld.errors import InputError
from dipld.iri import DEFAULT_BASE, DIPLD, ORG, SCHEMA, WD, Iris
from dipld.kb import KB_FILE
from dipld.kb.text import normalise as _normalise
from dipld.kb.text import noun_forms
from dipld.model import EntityKind, Precision, TimeValue, pickled_by_constructor

T = TypeVar("T")

INDEX_FORMAT = 15  # bump when the pickled structure or its derivation changes
# a city name with its district or state abbreviation: "Washington, D.C."
_CITY_SUFFIX = re.compile(r"^(\w[\w\s'’-]*\w),\s+(?:[A-Z]\.){1,3}$")

_KIND_BY_TYPE: Mapping[str, EntityKind] = {
    str(SCHEMA.Country): EntityKind.STATE,
    str(ORG.FormalOrganization): EntityKind.ORGANIZATION,
    str(SCHEMA.City): EntityKind.CITY,
    str(ORG.Post): EntityKind.POST,
    str(ORG.Role): EntityKind.POST,
    str(SCHEMA.Person): EntityKind.PERSON,
}
_KIND_ORDER = (
    EntityKind.STATE,
    EntityKind.ORGANIZATION,
    EntityKind.CITY,
    EntityKind.POST,
    EntityKind.PERSON,
)


@pickled_by_constructor
@dataclass(frozen=True, slots=True)
class KbEntity:
    """An entity of the KB as the linker sees it."""

    qid: str
    kind: EntityKind  # the main kind; ``kinds`` has all (the EU is a STATE and an ORGANIZATION)
    label: str  # main English label
    country: str | None = None  # cities: country; posts: jurisdiction; territories: sovereign
    kinds: frozenset[EntityKind] = frozenset()
    place_kind: str | None = None  # states: "country", "territory", "historical", "supranational"
    iso2: str | None = None
    role: str | None = None  # posts: role concept local name ("ForeignMinister")
    national_capital: bool = False
    role_class: bool = False  # a generic class of posts ("head of state"), not one office

    def is_a(self, kinds: Collection[EntityKind]) -> bool:
        return self.kind in kinds or not self.kinds.isdisjoint(kinds)


@pickled_by_constructor
@dataclass(frozen=True, slots=True)
class KbTenure:
    """A person holding an office, as the KB's sources give it (``as_of``: their snapshot date)."""

    person: str
    post: str | None
    office_label: str
    jurisdiction: str | None
    role: str | None
    start: TimeValue | None
    end: TimeValue | None
    as_of: TimeValue | None = None

    def covers(self, day: dt.date) -> bool:
        """Whether the tenure includes ``day``: started on or before it (start known), and not
        ended before it (an open end counts as ongoing; compare ``as_of`` to be stricter)."""
        if self.start is None or _first_day(self.start) > day:
            return False
        return self.end is None or day <= _last_day(self.end)

    def known_on(self, day: dt.date) -> bool:
        """Whether the sources show the tenure on ``day``: it covers the day, and an open end
        was seen no more than a quarter before it (a snapshot from October 2022 cannot say who
        holds an office in March 2023: governments change between elections too)."""
        if not self.covers(day):
            return False
        if self.end is not None or self.as_of is None:
            return True
        return day <= _last_day(self.as_of) + _STALE_AFTER


@dataclass(frozen=True, slots=True)
class KbSource:
    """One upstream source of the KB, as its RDF source node describes it."""

    id: str
    title: str
    license: str
    url: str
    version: str


_STALE_AFTER = dt.timedelta(days=90)


def _first_day(time: TimeValue) -> dt.date:
    return dt.date(time.year, time.month or 1, time.day or 1)


def _last_day(time: TimeValue) -> dt.date:
    if time.precision == Precision.DAY and time.month and time.day:
        return dt.date(time.year, time.month, time.day)
    if time.precision == Precision.MONTH and time.month:
        following = dt.date(time.year + time.month // 12, time.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(time.year, 12, 31)


# a KB label of a monarch by regnal name: one word, an optional number, "of" a realm
_REGNAL_LABEL = re.compile(r"([A-Z][\w-]+)(?: [IVXL]+)? of [A-Z].*")


class KbIndex:
    """Lookup tables over the reference KB (build with :func:`load_index`)."""

    def __init__(
        self,
        *,
        version: str,
        triples: int,
        entities: dict[str, KbEntity],
        surface: dict[str, tuple[str, ...]],
        demonyms: dict[str, tuple[str, ...]],
        capitals: dict[str, tuple[str, ...]],
        tenures: dict[str, tuple[KbTenure, ...]],
        member_of: dict[str, frozenset[str]],
        sources: tuple[KbSource, ...],
    ) -> None:
        self.version = version
        self.triples = triples
        self.sources = sources
        #: the cache folder and key this index was read from or written to (None: not cached)
        self.cache: tuple[Path, str] | None = None
        self._entities = entities
        self._surface = surface
        names: dict[str, set[str]] = defaultdict(set)
        for text, qids in surface.items():
            names[_normalise(text)].update(qids)
        for key in [k for k in names if len(k) < 2]:  # e.g. NE's truncated "H" for Hanoi
            del names[key]
        self._names = {k: tuple(sorted(v, key=_qid_order)) for k, v in names.items()}
        self._demonyms = demonyms
        self._iso2 = {
            e.iso2.upper(): q for q, e in entities.items() if e.iso2 and e.kind is EntityKind.STATE
        }
        self._capitals = capitals
        self._tenures = tenures
        self._member_of = member_of
        by_post: dict[str, list[KbTenure]] = defaultdict(list)
        for person_tenures in tenures.values():
            for tenure in person_tenures:
                if tenure.post:
                    by_post[tenure.post].append(tenure)
        self._by_post = {post: tuple(ts) for post, ts in by_post.items()}
        members: dict[str, set[str]] = defaultdict(set)
        for state, orgs in member_of.items():
            for org in orgs:
                members[org].add(state)
        self._members = {org: frozenset(states) for org, states in members.items()}
        capital_of: dict[str, set[str]] = defaultdict(set)
        for country, cities in capitals.items():
            for city in cities:
                capital_of[city].add(country)
        self._capital_of = {city: tuple(sorted(cs)) for city, cs in capital_of.items()}
        # monarchs the KB labels by regnal name and realm ("Salman of Saudi Arabia", "Harald V
        # of Norway"), by the name's first word
        regnal: dict[str, list[str]] = defaultdict(list)
        for entity in entities.values():
            if entity.kind is EntityKind.PERSON and (m := _REGNAL_LABEL.fullmatch(entity.label)):
                regnal[m.group(1)].append(entity.qid)
        self._regnal = {name: tuple(sorted(qids, key=_qid_order)) for name, qids in regnal.items()}
        posts: dict[tuple[str, str], list[str]] = defaultdict(list)
        for entity in entities.values():
            if entity.kind == EntityKind.POST and entity.country and entity.role:
                posts[entity.country, entity.role].append(entity.qid)
        self._posts = {key: tuple(sorted(qids, key=_qid_order)) for key, qids in posts.items()}

    normalise = staticmethod(_normalise)

    def names(self) -> Mapping[str, tuple[str, ...]]:
        """Normalised name -> QIDs: the gazetteer (English and undetermined-language names,
        official names, abbreviations, demonyms, city, person and post names)."""
        return MappingProxyType(self._names)

    def surface_names(self) -> Mapping[str, tuple[str, ...]]:
        """The same names as written in the KB (case kept: "UN", "Belarusians") -> QIDs."""
        return MappingProxyType(self._surface)

    def entity(self, qid: str) -> KbEntity | None:
        return self._entities.get(qid)

    def kind_of(self, qid: str) -> EntityKind | None:
        entity = self._entities.get(qid)
        return entity.kind if entity else None

    def lookup(
        self, name: str, kinds: Collection[EntityKind] | None = None
    ) -> tuple[KbEntity, ...]:
        """Every entity with this name (of the given kinds), in QID order."""
        found = (self._entities[q] for q in self._names.get(_normalise(name), ()))
        if kinds is None:
            return tuple(found)
        return tuple(e for e in found if e.is_a(kinds))

    def resolve(self, name: str, kinds: Collection[EntityKind] | None = None) -> KbEntity | None:
        """The one entity with this name (of the given kinds); None if none or several."""
        found = self.lookup(name, kinds)
        return found[0] if len(found) == 1 else None

    def state_by_code(self, iso2: str) -> KbEntity | None:
        """The state with this ISO 3166-1 alpha-2 code ("CN", "ru")."""
        qid = self._iso2.get(iso2.upper())
        return self._entities[qid] if qid else None

    def demonym_of(self, word: str) -> KbEntity | None:
        """The state a demonym ("Belarusian", "Belarusians") names, if exactly one."""
        qids = self._demonyms.get(_normalise(word), ())
        return self._entities[qids[0]] if len(qids) == 1 else None

    def demonym_states(self, word: str) -> tuple[str, ...]:
        """Every state a demonym may name: two for "Dominican" (the Dominican Republic and
        Dominica), one for "Belarusian", none for a word that is no demonym."""
        return self._demonyms.get(_normalise(word), ())

    def ambiguous_demonyms(self) -> tuple[str, ...]:
        """The demonyms (normalised) that name more than one state, sorted."""
        return tuple(sorted(k for k, v in self._demonyms.items() if len(v) > 1))

    def capital(self, country_qid: str) -> KbEntity | None:
        """The capital of a state; with several (La Paz and Sucre), the one flagged national
        capital, if exactly one; else None."""
        cities = [self._entities[c] for c in self._capitals.get(country_qid, ())]
        if len(cities) > 1:
            cities = [c for c in cities if c.national_capital]
        return cities[0] if len(cities) == 1 else None

    def capital_of(self, city_qid: str) -> KbEntity | None:
        """The state whose capital the city is, if exactly one."""
        countries = self._capital_of.get(city_qid, ())
        return self._entities[countries[0]] if len(countries) == 1 else None

    def tenures(self, person_qid: str) -> tuple[KbTenure, ...]:
        return self._tenures.get(person_qid, ())

    def holders(
        self, post_qid: str, on: dt.date | None = None, *, known: bool = False
    ) -> tuple[str, ...]:
        """People who held the post (on the given day, if one is given; ``known``: only as far
        as the sources saw it, see :meth:`KbTenure.known_on`), in order of start."""
        tenures = self._by_post.get(post_qid, ())
        if on is None:
            return tuple(dict.fromkeys(t.person for t in tenures))
        held = (t for t in tenures if (t.known_on(on) if known else t.covers(on)))
        return tuple(dict.fromkeys(t.person for t in held))

    def regnal(self, name: str) -> tuple[KbEntity, ...]:
        """The people the KB labels as a regnal name "of" a realm whose name is ``name``
        ("Salman" → "Salman of Saudi Arabia"; "Harald" → "Harald V of Norway")."""
        return tuple(self._entities[q] for q in self._regnal.get(name, ()))

    def posts(self, jurisdiction_qid: str, role: str) -> tuple[KbEntity, ...]:
        """The posts of a state with a role concept ("ForeignMinister")."""
        return tuple(self._entities[q] for q in self._posts.get((jurisdiction_qid, role), ()))

    def members(self, org_qid: str) -> frozenset[str]:
        """States that are members (status "member") of the organisation."""
        return self._members.get(org_qid, frozenset())

    def memberships(self, state_qid: str) -> frozenset[str]:
        """Organisations the state is a member of (status "member")."""
        return self._member_of.get(state_qid, frozenset())

    def counts(self) -> dict[str, int]:
        """Number of entities per kind (states also per place kind); an entity of two kinds
        (the EU, Singapore) counts in both."""
        counts: dict[str, int] = defaultdict(int)
        for entity in self._entities.values():
            for kind in entity.kinds:  # the EU counts as a state and as an organisation
                counts[kind.value] += 1
            if entity.place_kind:
                counts[f"{entity.kind.value}: {entity.place_kind}"] += 1
            if entity.role_class:
                counts["post: role class"] += 1
        return dict(sorted(counts.items()))


def _qid_order(qid: str) -> tuple[int, str]:
    return (int(qid[1:]), qid) if qid[1:].isdigit() else (0, qid)


# -- building the index from the RDF file -------------------------------------------------------

_WD = str(WD)
_DIPLD = str(DIPLD)
_IRIS = Iris(DEFAULT_BASE)
_STATEMENT = str(_IRIS.kb_statement(""))
_SOURCE = str(_IRIS.kb_source(""))
_GRAPH = str(_IRIS.kb_graph)
_SKIP = {str(RDF.subject), str(RDF.predicate), str(RDF.object), str(PROV.wasDerivedFrom)}
_TYPE = str(RDF.type)
_LABEL, _PREF, _ALT = str(RDFS.label), str(SKOS.prefLabel), str(SKOS.altLabel)
_NAME_PROPERTIES = {
    _LABEL,
    _PREF,
    _ALT,
    _DIPLD + "officialName",
    _DIPLD + "abbreviation",
}
_DEMONYM, _DEMONYM_NOUN = _DIPLD + "demonym", _DIPLD + "demonymNoun"


class _Facts:
    """The triples of the KB file grouped by subject, literals as (value, language)."""

    def __init__(self) -> None:
        self.about: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        self.nodes: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        self.sources: dict[str, dict[str, str]] = defaultdict(dict)
        self.version = ""
        self.triples = 0

    def read(self, data: bytes, where: str) -> None:
        statement_type = str(RDF.Statement)
        try:
            for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
                self.triples += 1
                p = quad.predicate.value
                if p in _SKIP:
                    continue
                s = quad.subject.value
                o = quad.object
                value: Any = (o.value, o.language) if isinstance(o, ox.Literal) else o.value
                if s.startswith(_WD):
                    self.about[s[len(_WD) :]][p].append(value)
                elif s.startswith(_STATEMENT):
                    if value != statement_type:
                        self.nodes[s][p].append(value)
                elif s.startswith(_SOURCE):
                    self.sources[s[len(_SOURCE) :]][p.rsplit("/", 1)[-1].rsplit("#", 1)[-1]] = (
                        value[0] if isinstance(value, tuple) else value
                    )
                elif s == _GRAPH and p == str(OWL.versionInfo):
                    self.version = value[0]
        except SyntaxError as exc:
            raise InputError(
                f"not valid N-Triples ({exc}); rebuild it with `dipld kb build --from DIR`",
                where=where,
            ) from None


def _qid_of(iri: str) -> str | None:
    return iri[len(_WD) :] if isinstance(iri, str) and iri.startswith(_WD) else None


def _english(values: Iterable[Any]) -> list[str]:
    return [text for text, lang in values if lang in (None, "en")]


def _time(values: list[Any]) -> TimeValue | None:
    return TimeValue.parse(values[0][0]) if values else None


def read_kb_file(path: Path = KB_FILE) -> bytes:
    """The KB file's N-Triples, decompressed; a clear InputError if it cannot be read."""
    try:
        return gzip.decompress(path.read_bytes())
    except (OSError, EOFError) as exc:
        raise InputError(
            f"cannot read the KB file ({exc}); rebuild it with `dipld kb build --from DIR`",
            where=str(path),
        ) from None


# romanisations of one given name that newsrooms and Wikidata write differently
_GIVEN_NAMES = (
    ("Mohammed", "Mohammad", "Muhammad", "Mohamed", "Mohamad", "Muhammed"),
    ("Ahmed", "Ahmad"),
    ("Abdullah", "Abdallah"),
    ("Hussein", "Hossein", "Hussain", "Husain"),
    ("Hassan", "Hasan"),
    ("Mahmoud", "Mahmud"),
    # Russian and Ukrainian given names: BGN/PCGN, ISO-style and newsroom spellings
    ("Sergey", "Sergei"),
    ("Alexey", "Alexei", "Aleksei", "Aleksey"),
    ("Andrey", "Andrei"),
    ("Dmitry", "Dmitri", "Dmitriy"),
    ("Yury", "Yuri", "Yuriy"),
    ("Nikolay", "Nikolai"),
    ("Alexander", "Aleksandr", "Alexandr"),
    ("Yevgeny", "Yevgeniy", "Evgeny", "Evgeniy"),
    ("Maxim", "Maksim"),
    ("Vasily", "Vasiliy", "Vassily"),
    ("Anatoly", "Anatoliy"),
    ("Valery", "Valeriy", "Valeri"),
    ("Gennady", "Gennadiy", "Gennadi"),
    ("Oleksiy", "Oleksii"),
    ("Andriy", "Andrii"),
    ("Yulia", "Yuliya", "Julia"),
    ("Tatyana", "Tatiana"),
    ("Natalya", "Natalia"),
)
_VARIANTS_OF = {name: group for group in _GIVEN_NAMES for name in group}
# the same for the endings of family names: "Zelenskyy", "Zelensky", "Zelenskiy"
_FAMILY_ENDINGS = (("skyy", "sky", "skiy", "skii"),)
# an Arabic compound given name, written as one word or two: "Abdulhamid" and "Abdul Hamid",
# "Abdelmadjid" and "Abdel Madjid" (session 41)
_ABD_JOINED = re.compile(r"^(Abd(?:ul|el|al))(?!l)([a-z]{3,})(?=\s)")  # (not "Abdullah")
_ABD_SPLIT = re.compile(r"^(Abd(?:ul|el|al))[\s-]([A-Z][a-z]{2,})(?=\s)")
_ARABIC_ARTICLE = re.compile(r"\s([AaEe]l-)(?=[A-Z])")
# "S. Jaishankar" is also written "S Jaishankar": a given name's initial without its period
# (not "A." or "I.", which would read as a word at a sentence's start)
_INITIAL = re.compile(r"(?<![\w.])([B-HJ-Z])\.(?=\s[A-Z])")


_STYLED = re.compile(r"^(?:Prince|Princess|Sheikh|Sheikha|Emir|King|Queen|Sultan)\s+(?=\S+\s)")
# "Faisal bin Farhan Al Saud": the dynasty's name, which news often leaves out
_DYNASTY = re.compile(r"^(?P<name>\S+\s+(?:bin|ibn|bint)\s+\S.*?)\s+Al[\s-]\S+$")


def name_variants(name: str) -> tuple[str, ...]:
    """Other ways news writes a person's full name: without a style ("Prince"), without the
    dynasty's name after a patronymic, with another romanisation of the given name.

    >>> name_variants("Mohammad bin Salman")[:2]
    ('Mohammed bin Salman', 'Muhammad bin Salman')
    >>> name_variants("Prince Faisal bin Farhan Al Saud")[:2]
    ('Faisal bin Farhan Al Saud', 'Faisal bin Farhan')
    >>> name_variants("Volodymyr Zelenskyy")
    ('Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskii')
    >>> name_variants("Vladimir Putin")
    ()
    >>> name_variants("Abdulhamid Dbeibeh")
    ('Abdul Hamid Dbeibeh', 'Abdulhamid Dbeibah', 'Abdul Hamid Dbeibah')
    >>> name_variants("Abdel Fattah el-Sisi")[-1]
    'Abdelfattah El-Sisi'
    >>> name_variants("Abdullah Abdullah"), name_variants("George Weah")
    (('Abdallah Abdullah',), ())
    """
    forms = [name]
    plain = _STYLED.sub("", name)
    if plain != name:
        forms.append(plain)
    short = _DYNASTY.match(plain)
    if short:
        forms.append(short.group("name"))
    for form in list(forms):
        first, _, rest = form.partition(" ")
        group = _VARIANTS_OF.get(first, ())
        forms.extend(f"{other} {rest}" for other in group if other != first and rest)
    for form in list(forms):
        # the Arabic article: "Abdel Fattah el-Sisi" is also "al-Sisi", "El-Sisi"
        article = _ARABIC_ARTICLE.search(form)
        if article is not None:
            forms.extend(
                form[: article.start(1)] + other + form[article.end(1) :]
                for other in ("al-", "el-", "Al-", "El-")
                if other != article.group(1)
            )
    for form in list(forms):
        if form.startswith("Abd"):
            if joined := _ABD_JOINED.match(form):
                forms.append(
                    f"{joined.group(1)} {joined.group(2).capitalize()}{form[joined.end() :]}"
                )
            elif split := _ABD_SPLIT.match(form):
                forms.append(f"{split.group(1)}{split.group(2).lower()}{form[split.end() :]}")
    for form in list(forms):
        head, space, last = form.rpartition(" ")
        for endings in _FAMILY_ENDINGS if space else ():
            ending = next((e for e in endings if last.endswith(e)), None)
            if ending is not None:
                stem = last[: -len(ending)]
                forms.extend(f"{head} {stem}{other}" for other in endings if other != ending)
        if space and last.endswith("eh") and len(last) >= 6:
            # the Arabic feminine ending the KB writes "-eh", news often "-ah": "Abdulhamid
            # Dbeibeh" is also "Dbeibah" (session 41; one way: "Weah" has no "-eh" form)
            forms.append(f"{head} {last[:-2]}ah")
    for form in list(forms):
        if "." in form and (bare := _INITIAL.sub(r"\1", form)) != form:
            forms.append(bare)
    return tuple(dict.fromkeys(f for f in forms if f != name))


# letters a name's romanisation writes as two ("Kovačevski" is "Kovachevski", "Vučić" "Vuchich",
# "Đukanović" "Djukanovic", "Şahin" "Shahin"); dropping the accent ("Kovacevski") the gazetteer's
# folding already matches
_DIGRAPHS = str.maketrans(
    {
        "č": "ch", "ć": "ch", "ç": "ch", "š": "sh", "ş": "sh", "ž": "zh", "đ": "dj",
        "Č": "Ch", "Ć": "Ch", "Ç": "Ch", "Š": "Sh", "Ş": "Sh", "Ž": "Zh", "Đ": "Dj",
    }
)  # fmt: skip
_DJ = str.maketrans({"đ": "dj", "Đ": "Dj"})


def digraph_variants(name: str) -> tuple[str, ...]:
    """A person's name with the letters news romanises as two written so ("Dimitar Kovačevski"
    is also "Dimitar Kovachevski"), for the name and each of its :func:`name_variants`.

    >>> digraph_variants("Dimitar Kovačevski")
    ('Dimitar Kovachevski',)
    >>> digraph_variants("Milo Đukanović")
    ('Milo Djukanovich', 'Milo Djukanović')
    >>> digraph_variants("Vladimir Putin")
    ()
    """
    out = []
    for form in (name, *name_variants(name)):
        for table in (_DIGRAPHS, _DJ):  # ("Djukanovic": only the "Đ" written in two)
            written = form.translate(table)
            if written != form:
                out.append(written)
    return tuple(dict.fromkeys(out))


def _prefer_own_names(surface: dict[str, set[str]], entities: dict[str, KbEntity]) -> None:
    """An organisation's own name is not another's alias: "Organization of the Petroleum
    Exporting Countries" is OPEC's name, and only an abbreviation the sources give the OPEC Fund
    for International Development; where exactly one organisation a name could mean bears it as
    its name, the name means that one."""
    for text, qids in surface.items():
        if len(qids) < 2 or not all(entities[q].kind is EntityKind.ORGANIZATION for q in qids):
            continue
        own = [q for q in qids if entities[q].label == text]
        if len(own) == 1:
            qids.intersection_update(own)


def build_index(path: Path = KB_FILE) -> KbIndex:
    """Build the index from the KB's RDF file (no cache)."""
    data = read_kb_file(path)
    facts = _Facts()
    facts.read(data, str(path))
    if not facts.version:
        raise InputError(
            "no KB version (owl:versionInfo of the KB graph); rebuild it with `dipld kb build`",
            where=str(path),
        )
    entities = _entities(facts)
    surface: dict[str, set[str]] = defaultdict(set)
    for qid, props in facts.about.items():
        entity = entities.get(qid)
        if entity is None or entity.role_class:
            continue
        for prop in _NAME_PROPERTIES:
            for text in _english(props.get(prop, ())):
                surface[text].add(qid)
                if entity.kind is EntityKind.PERSON:
                    for variant in name_variants(text):
                        surface[variant].add(qid)
                if entity.kind is EntityKind.CITY and (short := _CITY_SUFFIX.match(text)):
                    # "Washington, D.C." is also written "Washington"
                    surface[short.group(1)].add(qid)
    # a romanisation in digraphs only where no other entity is named so (by its name or
    # another variant): "a variant that is someone else's name" links no one
    digraphs: dict[str, set[str]] = defaultdict(set)
    for qid, props in facts.about.items():
        entity = entities.get(qid)
        if entity is None or entity.role_class or entity.kind is not EntityKind.PERSON:
            continue
        for prop in _NAME_PROPERTIES:
            for text in _english(props.get(prop, ())):
                for variant in digraph_variants(text):
                    digraphs[variant].add(qid)
    for variant, qids in digraphs.items():
        if not surface.get(variant, set()) - qids:
            surface[variant].update(qids)
    _prefer_own_names(surface, entities)
    demonym_surface = _demonyms(facts, entities)
    demonyms: dict[str, set[str]] = defaultdict(set)
    for text, qids in demonym_surface.items():
        surface[text].update(qids)
        demonyms[_normalise(text)].update(qids)
    capitals = {
        qid: tuple(sorted(c for v in props[str(DIPLD.capital)] if (c := _qid_of(v)) in entities))
        for qid, props in facts.about.items()
        if str(DIPLD.capital) in props
    }
    member_of = {
        qid: frozenset(o for v in props[str(ORG.memberOf)] if (o := _qid_of(v)))
        for qid, props in facts.about.items()
        if str(ORG.memberOf) in props
    }
    return KbIndex(
        version=facts.version,
        triples=facts.triples,
        entities=entities,
        surface={k: tuple(sorted(v, key=_qid_order)) for k, v in surface.items()},
        demonyms={k: tuple(sorted(v, key=_qid_order)) for k, v in demonyms.items()},
        capitals=capitals,
        tenures=_tenures(facts),
        member_of=member_of,
        sources=tuple(
            KbSource(
                id=sid,
                title=meta.get("title", ""),
                license=meta.get("license", ""),
                url=meta.get("source", ""),
                version=meta.get("versionInfo", ""),
            )
            for sid, meta in sorted(facts.sources.items(), key=lambda item: _qid_order(item[0]))
        ),
    )


def _entities(facts: _Facts) -> dict[str, KbEntity]:
    entities: dict[str, KbEntity] = {}
    for qid, props in facts.about.items():
        kinds = {_KIND_BY_TYPE[t] for t in props.get(_TYPE, ()) if t in _KIND_BY_TYPE}
        if not kinds:
            continue
        kind = next(k for k in _KIND_ORDER if k in kinds)
        labels = sorted(_english(props.get(_PREF, ()))) or sorted(_english(props.get(_LABEL, ())))
        if kind == EntityKind.POST:
            country = _qid_of(next(iter(sorted(props.get(_DIPLD + "jurisdiction", ()))), ""))
        else:
            country = _qid_of(next(iter(sorted(props.get(str(SCHEMA.containedInPlace), ()))), ""))
        roles = props.get(_DIPLD + "role", ())
        place_kinds = props.get(_DIPLD + "kind", ())
        iso2 = props.get(_DIPLD + "iso3166Alpha2", ())
        entities[qid] = KbEntity(
            qid=qid,
            kind=kind,
            label=labels[0] if labels else qid,
            country=country,
            kinds=frozenset(kinds),
            place_kind=place_kinds[0][0] if place_kinds else None,
            iso2=iso2[0][0] if iso2 else None,
            role=roles[0][len(_DIPLD) :] if roles else None,
            national_capital=bool(props.get(_DIPLD + "nationalCapital")),
            role_class=str(ORG.Role) in props.get(_TYPE, ()),
        )
    return entities


def _demonyms(facts: _Facts, entities: Mapping[str, KbEntity]) -> dict[str, set[str]]:
    """Demonym forms (nouns expanded: "Belarusian", "Belarusians") -> states.

    A dependency's demonym that belongs to its sovereign ("French" for Saint Pierre and
    Miquelon, "Dutch" for Aruba: also the sovereign's demonym, or a word of its name) is left
    out, so that it is not taken for the dependency."""
    forms: dict[str, set[str]] = {}
    for qid, props in facts.about.items():
        words = set(_english(props.get(_DEMONYM, ())))
        for text in _english(props.get(_DEMONYM_NOUN, ())):
            words.update(noun_forms(text))
        if words:
            forms[qid] = words
    out: dict[str, set[str]] = defaultdict(set)
    for qid, words in forms.items():
        entity = entities.get(qid)
        parent = entity.country if entity and entity.kind == EntityKind.STATE else None
        parent_names: list[str] = []
        if parent:
            props = facts.about.get(parent, {})
            parent_names = [
                _normalise(t)
                for prop in (_PREF, _LABEL, _DIPLD + "officialName")
                for t in _english(props.get(prop, ()))
            ]
        parent_words = {_normalise(w) for w in forms.get(parent or "", ())}
        for word in words:
            key = _normalise(word)
            if parent and key in parent_words:
                continue
            if parent and any(re.search(rf"\b{re.escape(key)}\b", name) for name in parent_names):
                # the sovereign's word ("French" in "French Republic"): the sovereign's demonym
                out[word].add(parent)
                continue
            out[word].add(qid)
    _derived_demonyms(facts, entities, out)
    _press_demonyms(entities, out)
    return out


# demonyms the press writes that the sources lack, by state ("Ivorian": the Factbook has
# "Ivoirian"; "Nepalese" beside "Nepali"); added only where no state has the word already
_PRESS_DEMONYMS = (
    ("Q1008", ("Ivorian", "Ivorians")),
    ("Q837", ("Nepalese",)),
    ("Q970", ("Comorian", "Comorians")),
    ("Q1050", ("Swazi", "Swazis")),
    ("Q414", ("Argentinian", "Argentinians")),
    ("Q227", ("Azeri", "Azeris")),
    ("Q1246", ("Kosovar", "Kosovars")),
    ("Q792", ("Salvadorean", "Salvadoreans")),
    ("Q1011", ("Cape Verdean", "Cape Verdeans")),
)


def _press_demonyms(entities: Mapping[str, KbEntity], out: dict[str, set[str]]) -> None:
    """Add :data:`_PRESS_DEMONYMS` for the states the KB has, where no state has the word."""
    taken = {_normalise(w) for w in out}
    for qid, words in _PRESS_DEMONYMS:
        entity = entities.get(qid)
        if entity is None or entity.kind is not EntityKind.STATE:
            continue
        for word in words:
            if _normalise(word) not in taken:
                out[word].add(qid)


def _derived_demonyms(
    facts: _Facts, entities: Mapping[str, KbEntity], out: dict[str, set[str]]
) -> None:
    """Regular English demonyms the sources leave out, derived from the states' own names:
    "-stan" names give their stem (Kazakhstan: Kazakh, Tajikistan: Tajik), and names of two or
    more words ending in "-a" add "-n" (South Korea: South Korean, Sri Lanka: Sri Lankan). A
    derived form is added only when no state has it already and exactly one state derives it."""
    taken = {_normalise(w) for w in out}
    derived: dict[str, set[str]] = defaultdict(set)
    for qid, entity in entities.items():
        if entity.kind != EntityKind.STATE or entity.place_kind != "country":
            continue
        props = facts.about.get(qid, {})
        for name in _english(props.get(_PREF, ())) + _english(props.get(_LABEL, ())):
            words = name.split()
            if len(words) == 1 and name.endswith("stan") and len(name) >= 9:
                derived[name[: -len("stan")].removesuffix("i")].add(qid)
            elif len(words) >= 2 and name.endswith("a") and name[0].isupper() and "," not in name:
                derived[name + "n"].add(qid)
    for word, qids in derived.items():
        if len(qids) == 1 and _normalise(word) not in taken:
            out[word].update(qids)
            out[word + "s"].update(qids)


def _tenures(facts: _Facts) -> dict[str, tuple[KbTenure, ...]]:
    by_person: dict[str, list[KbTenure]] = defaultdict(list)
    tenure_type = str(DIPLD.ReferenceTenure)
    for props in facts.nodes.values():
        if tenure_type not in props.get(_TYPE, ()):
            continue
        person = _qid_of(props[_DIPLD + "holder"][0])
        if person is None:
            continue
        post = props.get(_DIPLD + "post")
        jurisdiction = props.get(_DIPLD + "jurisdiction")
        role = props.get(_DIPLD + "role")
        label = props.get(_DIPLD + "officeLabel")
        by_person[person].append(
            KbTenure(
                person=person,
                post=_qid_of(post[0]) if post else None,
                office_label=label[0][0] if label else "",
                jurisdiction=_qid_of(jurisdiction[0]) if jurisdiction else None,
                role=role[0][len(_DIPLD) :] if role else None,
                start=_time(props.get(_DIPLD + "startDate", [])),
                end=_time(props.get(_DIPLD + "endDate", [])),
                as_of=_time(props.get(_DIPLD + "asOf", [])),
            )
        )
    return {person: tuple(sorted(ts, key=_tenure_order)) for person, ts in by_person.items()}


def _tenure_order(t: KbTenure) -> tuple[Any, ...]:
    start = _first_day(t.start) if t.start else dt.date.min
    return (start, t.post or "", t.office_label, t.as_of.lexical if t.as_of else "")


# -- caching --------------------------------------------------------------------------------


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No garbage collection inside: unpickling a large index makes many objects and no cycles,
    and the collections it would trigger take longer than the unpickling itself."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/dipld``, or ``~/.cache/dipld``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dipld"


def _cache_key(path: Path) -> str:
    """The cache key of a KB file's index: its content hash and the index format."""
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError as exc:
        raise InputError(
            f"cannot read the KB file ({exc}); rebuild it with `dipld kb build --from DIR`",
            where=str(path),
        ) from None
    return f"{digest}-f{INDEX_FORMAT}"


def cached_index(path: Path = KB_FILE, cache: Path | None = None) -> KbIndex:
    """The index of a KB file, from the pickle cache when it holds this file's index; else built
    and cached (silently in memory only when the cache folder cannot be written)."""
    folder = cache if cache is not None else cache_dir()
    key = _cache_key(path)
    index = _pickled(folder / f"kb-index-{key}.pickle", KbIndex, lambda: build_index(path))
    index.cache = (folder, key)
    return index


def cached_version(path: Path = KB_FILE, cache: Path | None = None) -> str:
    """The version of a KB file (its ``owl:versionInfo``), cached beside its index, so a writer
    that only compares versions does not read the whole index (~0.15 s)."""
    folder = cache if cache is not None else cache_dir()
    key = _cache_key(path)
    return _pickled(
        folder / f"kb-version-{key}.pickle", str, lambda: cached_index(path, folder).version
    )


def cached_table(
    kb: KbIndex, name: str, code: Iterable[Path], kind: type[T], build: Callable[[], T]
) -> T:
    """A table (a ``kind``) built from ``kb`` by ``build``, cached on disk beside the index it
    was built from, keyed by that index and by the source files of the ``code`` that builds it
    (so editing that code rebuilds it). Built in memory only for an index not from the cache."""
    if kb.cache is None:
        return build()
    folder, key = kb.cache
    code_digest = hashlib.sha256(b"".join(p.read_bytes() for p in code)).hexdigest()[:12]
    return _pickled(folder / f"{name}-{key}-{code_digest}.pickle", kind, build)


def _pickled(target: Path, kind: type[T], build: Callable[[], T]) -> T:
    """The object pickled at ``target`` if it is a ``kind``; else ``build()``, pickled there."""
    try:
        with target.open("rb") as handle, gc_paused():
            # our own cache file, written below; a corrupt or stale one is rebuilt
            found = pickle.load(handle)  # noqa: S301
        if isinstance(found, kind):
            return found
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        pass
    built = build()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(target)
    except OSError:
        pass  # read-only cache: keep it in memory
    return built


@functools.cache
def load_index() -> KbIndex:
    """The index of the bundled KB; cached on disk and, per process, in memory."""
    return cached_index(KB_FILE, cache_dir())
