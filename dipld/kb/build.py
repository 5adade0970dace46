"""Build the reference KB: the Wikidata snapshot's CSV tables to sorted, gzipped N-Triples.

The build reads ``countries.csv``, ``cities.csv``, ``organizations.csv``, ``memberships.csv``,
``positions.csv``, ``officeholders.csv`` and ``labels.csv`` of the snapshot and writes one
N-Triples file: sorted lines, gzip with mtime 0, so the same input gives the same bytes. IRIs
use the default base; :func:`kb_ntriples` and :func:`kb_quads` rewrite it to another base.

What is left out, following the snapshot's ``SOURCES.md``: everything from S5
(countries-states-cities, ODbL) and S6 (country_converter, GPL-3), hence also the
``iso_numeric`` column (it mixes S5 and S2); rigour's ``alias_weak`` names (fuzzy-matching
noise); the ``csc_*`` city columns; cities without a Natural Earth QID; organisations and
memberships without a QID.

Jurisdictions given by a state's other QID are the state's: the snapshot gives the Danish and
Dutch foreign ministries for Denmark proper (Q35) and the Netherlands (Q55), whose states in
``countries.csv`` are the Kingdoms (Q756617, Q29999), with the other QID in ``ne_wikidataid``
where ``qid_matches_ne`` is ``other_qid``.

Every direct triple (types, names, codes, capitals, memberships...) is reified as an
``rdf:Statement`` node, minted from a hash of the triple, with ``prov:wasDerivedFrom`` each source
that gives it. Memberships and tenures are also n-ary ``dipld:ReferenceMembership`` and
``dipld:ReferenceTenure`` nodes carrying their sources directly.

A tenure whose row gives no post QID (the snapshot could not match the short label of
``holders21.csv``) gets the post of its state whose title matches the row's office label under
:func:`dipld.kb.text.office_key` ("Minister of Defence" of Belarus: "Defence Minister of
Belarus"), when exactly one post of that state matches; such a tenure says so with
``dipld:postMatched true``, the post being dipld's match and not the source's.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD

from dipld.errors import InputError
from dipld.iri import DEFAULT_BASE, DIPLD, ORG, SCHEMA, Iris, wd
from dipld.kb import KB_FILE
from dipld.kb.index import read_kb_file
from dipld.kb.roles import derive_role
from dipld.kb.sources import SOURCES, source_ids
from dipld.kb.text import office_key, split_demonyms, split_factbook
from dipld.model import Precision, TimeValue

_DEFAULT_IRIS = Iris(DEFAULT_BASE)


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


A = _n(RDF.type)
LABEL = _n(RDFS.label)
COMMENT = _n(RDFS.comment)
PREF = _n(SKOS.prefLabel)
ALT = _n(SKOS.altLabel)
OFFICIAL = _n(DIPLD.officialName)
FORMER = _n(DIPLD.formerName)
ABBREV = _n(DIPLD.abbreviation)
DEMONYM = _n(DIPLD.demonym)
DEMONYM_NOUN = _n(DIPLD.demonymNoun)
KIND = _n(DIPLD.kind)
ISO2 = _n(DIPLD.iso3166Alpha2)
ISO3 = _n(DIPLD.iso3166Alpha3)
CAPITAL = _n(DIPLD.capital)
NATIONAL_CAPITAL = _n(DIPLD.nationalCapital)
CONTAINED_IN = _n(SCHEMA.containedInPlace)
MEMBER_OF = _n(ORG.memberOf)
MEMBER = _n(ORG.member)
ORGANIZATION = _n(ORG.organization)
STATUS = _n(DIPLD.membershipStatus)
START = _n(DIPLD.startDate)
END = _n(DIPLD.endDate)
AS_OF = _n(DIPLD.asOf)
HOLDER = _n(DIPLD.holder)
POST = _n(DIPLD.post)
POST_MATCHED = _n(DIPLD.postMatched)
OFFICE_LABEL = _n(DIPLD.officeLabel)
JURISDICTION = _n(DIPLD.jurisdiction)
ROLE = _n(DIPLD.role)
DERIVED_FROM = _n(PROV.wasDerivedFrom)

COUNTRY = _n(SCHEMA.Country)
CITY = _n(SCHEMA.City)
PERSON = _n(SCHEMA.Person)
FORMAL_ORG = _n(ORG.FormalOrganization)
ORG_POST = _n(ORG.Post)
ORG_ROLE = _n(ORG.Role)
REF_MEMBERSHIP = _n(DIPLD.ReferenceMembership)
REF_TENURE = _n(DIPLD.ReferenceTenure)

_XSD_BY_PRECISION = {
    Precision.DAY: _n(XSD.date),
    Precision.MONTH: _n(XSD.gYearMonth),
    Precision.YEAR: _n(XSD.gYear),
}
_TRUE = ox.Literal("true", datatype=_n(XSD.boolean))

# labels.csv label_type -> property (demonyms and S4 cells are split first)
_LABEL_PROPERTY: Mapping[str, ox.NamedNode] = {
    "name": LABEL,
    "official_name": OFFICIAL,
    "alias_strong": ALT,
    "alias": ALT,
    "local_name": ALT,
    "former_name": FORMER,
    "abbreviation": ABBREV,
    "demonym_adjective": DEMONYM,
    "demonym_noun": DEMONYM_NOUN,
}
_DROPPED_LABEL_TYPES = {"alias_weak"}
# Words of names that never name a state on their own (kept weak aliases must not be these).
_GENERIC_NAME_WORDS = frozenset(
    """united republic kingdom states state islands island democratic federal federation people
    peoples north south east west central saint new great grand the of and union socialist
    arab islamic commonwealth principality sultanate emirates territory territories""".split()
)


def _name_part(alias: str, names: set[str]) -> bool:
    """Whether a weak alias is a word (or words) of one of the entity's own English names:
    rigour's "Britain" for "United Kingdom of Great Britain and Northern Ireland" is kept,
    its fuzzy variants ("Dagestani" for Russia) are not."""
    words = alias.split()
    if not words or len(alias) < 4 or not alias.replace(" ", "").isalpha() or not alias.isascii():
        return False
    if not all(w[:1].isupper() for w in words) or all(
        w.lower() in _GENERIC_NAME_WORDS for w in words
    ):
        return False
    key = f" {alias.lower()} "
    return any(key in f" {name.lower()} " and alias.lower() != name.lower() for name in names)


_CITY_LANGS = ("ru", "de", "fr", "es", "pt", "zh")

_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "countries.csv": (
        "qid", "code", "kind", "iso2", "iso3", "name_en", "full_name_en", "parent_code",
        "demonym_adjective", "demonym_noun", "capital_qid_ne", "qid_matches_ne",
    ),
    "cities.csv": (
        "qid", "name", "name_en", "name_ascii", "name_alt", *(f"name_{x}" for x in _CITY_LANGS),
        "national_capital", "country_qid",
    ),
    "organizations.csv": (
        "qid", "name_en", "abbreviation_en", "other_names_en", "name_ru", "name_uk", "name_fr",
        "name_de", "name_es", "name_zh", "source",
    ),
    "memberships.csv": ("country_qid", "org_qid", "status", "start", "source", "as_of"),
    "positions.csv": ("qid", "label_en", "country_qid", "kind", "role_guess", "source"),
    "officeholders.csv": (
        "person_qid", "person_label", "position_qid", "position_label", "country_qid", "start",
        "end", "as_of", "source",
    ),
    "labels.csv": ("qid", "lang", "label", "label_type", "source"),
}  # fmt: skip

_QID = re.compile(r"^Q[1-9][0-9]*$")
_BASE_MARK = "w3id.org/dipld"


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build wrote: the file, its KB version, sizes and what was left out."""

    path: Path
    version: str
    triples: int
    size: int
    entities: Mapping[str, int]
    skipped: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Row:
    file: str
    line: int
    cells: Mapping[str, str]

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def __getitem__(self, key: str) -> str:
        return (self.cells.get(key) or "").strip()


def _read(folder: Path, name: str) -> list[_Row]:
    path = folder / name
    if not path.is_file():
        raise InputError(
            "not found; pass the folder of the Wikidata snapshot (countries.csv, labels.csv, ...)",
            where=str(path),
        )
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in _COLUMNS[name] if c not in (reader.fieldnames or ())]
            if missing:
                raise InputError(
                    f"missing column(s) {', '.join(missing)}; expected the snapshot's CSV header",
                    where=str(path),
                )
            return [_Row(name, n, row) for n, row in enumerate(reader, start=2)]
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 ({exc.reason}); re-export it as UTF-8", where=str(path)
        ) from None
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", where=str(path)) from None


def _qid(value: str, row: _Row) -> ox.NamedNode:
    if not _QID.match(value):
        raise InputError(f"not a Wikidata QID: {value!r}", where=row.where)
    return _n(wd(value))


def _text(value: str, lang: str, row: _Row) -> ox.Literal:
    if _BASE_MARK in value:
        raise InputError(f"a name contains the KB's base IRI: {value!r}", where=row.where)
    if not lang or lang == "und":
        return ox.Literal(value)
    try:
        return ox.Literal(value, language=lang)
    except ValueError as exc:
        raise InputError(f"bad language tag {lang!r}: {exc}", where=row.where) from None


def _date(value: str, row: _Row) -> ox.Literal:
    try:
        time = TimeValue.parse(value)
    except ValueError as exc:
        raise InputError(str(exc), where=row.where) from None
    return ox.Literal(time.lexical, datatype=_XSD_BY_PRECISION[time.precision])


def _sources(value: str, row: _Row) -> tuple[str, ...]:
    try:
        return source_ids(value)
    except ValueError as exc:
        raise InputError(f"{exc}; add it to dipld/kb/sources.py", where=row.where) from None


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class _Graph:
    """Direct triples with their sources, and the (unreified) statement and metadata triples."""

    def __init__(self) -> None:
        self.direct: dict[ox.Triple, set[str]] = defaultdict(set)
        self.nodes: set[ox.Triple] = set()

    def add(
        self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal, srcs: Iterable[str]
    ) -> None:
        sources = set(srcs)
        assert sources, "a triple without a source"
        self.direct[ox.Triple(s, p, o)] |= sources

    def node(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.nodes.add(ox.Triple(s, p, o))

    def used_sources(self) -> set[str]:
        used = {sid for sources in self.direct.values() for sid in sources}
        used |= {
            str(t.object).rsplit("/", 1)[-1].rstrip(">")
            for t in self.nodes
            if t.predicate == DERIVED_FROM
        }
        return used

    def triples(self) -> Iterator[ox.Triple]:
        yield from self.nodes
        for triple, sources in self.direct.items():
            yield triple
            node = _n(_DEFAULT_IRIS.kb_statement(_digest(str(triple))))
            yield ox.Triple(node, A, _n(RDF.Statement))
            yield ox.Triple(node, _n(RDF.subject), triple.subject)
            yield ox.Triple(node, _n(RDF.predicate), triple.predicate)
            yield ox.Triple(node, _n(RDF.object), triple.object)
            for sid in sources:
                yield ox.Triple(node, DERIVED_FROM, _source_node(sid))


def _source_node(sid: str) -> ox.NamedNode:
    return _n(_DEFAULT_IRIS.kb_source(sid))


# the name predicates an abbreviation may not collide with
_NAME_PREDICATES = frozenset({LABEL, PREF, ALT, OFFICIAL, FORMER, ABBREV})
# an acronym: "SCO", "AfDB", "AIIB" (not "Mercosur": a name the table gives already)
_ACRONYM = re.compile(r"[A-Z][A-Za-z]+[A-Z]")
# abbreviations memberships.csv gives that news uses for something else too
_OTHER_MEANINGS = frozenset(
    {
        "PIF",  # the Pacific Islands Forum, and Saudi Arabia's Public Investment Fund
        "CAN",  # the Andean Community, and the word "can" in a capitalised headline
    }
)


class _Builder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.g = _Graph()
        self.skipped: Counter[str] = Counter()
        self.countries: dict[str, _Row] = {}
        self.cities: set[str] = set()
        self.orgs: set[str] = set()
        self.abbreviated: set[str] = set()  # organisations organizations.csv abbreviates
        # memberships.csv's abbreviation of an organisation -> its QIDs -> a row giving it, and
        # the sources of all the rows that do
        self.membership_abbrevs: dict[str, dict[str, tuple[_Row, set[str]]]] = defaultdict(dict)
        self.posts: dict[str, str | None] = {}  # post QID -> role
        # (state, office_key of the title) -> posts: matches the tenures the snapshot gives no post
        self.post_titles: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.role_classes: set[str] = set()
        self.persons: set[str] = set()
        # the state a post's or tenure's other QID stands for: the Danish and Dutch ministries
        # are given for Denmark proper (Q35) and the Netherlands (Q55), the tables' states are the
        # Kingdoms (Q756617, Q29999): countries.csv names the other QID (``qid_matches_ne``)
        self.state_of: dict[str, str] = {}

    # -- entities -------------------------------------------------------------------------------

    def countries_(self) -> None:
        rows = _read(self.folder, "countries.csv")
        by_code = {row["code"]: row["qid"] for row in rows}
        for row in rows:
            self.countries[row["qid"]] = row
            if row["qid_matches_ne"] == "other_qid" and _QID.match(row["ne_wikidataid"]):
                self.state_of[row["ne_wikidataid"]] = row["qid"]
        for row in rows:
            s = _qid(row["qid"], row)
            type_sources = ["S1", "S2"] if row["qid_matches_ne"] == "yes" else ["S1"]
            self.g.add(s, A, COUNTRY, type_sources)
            if row["kind"]:
                self.g.add(s, KIND, ox.Literal(row["kind"]), ["S1"])
            if row["name_en"]:
                self.g.add(s, PREF, _text(row["name_en"], "en", row), ["S1"])
                self.g.add(s, LABEL, _text(row["name_en"], "en", row), ["S1"])
            if row["full_name_en"]:
                self.g.add(s, OFFICIAL, _text(row["full_name_en"], "en", row), ["S1"])
            if row["iso2"]:
                self.g.add(s, ISO2, ox.Literal(row["iso2"]), ["S1"])
            if row["iso3"]:
                self.g.add(s, ISO3, ox.Literal(row["iso3"]), ["S1"])
            parent = by_code.get(row["parent_code"]) if row["parent_code"] else None
            if parent:
                self.g.add(s, CONTAINED_IN, _qid(parent, row), ["S1"])
            self._demonyms(s, row["demonym_adjective"], row["demonym_noun"], row)

    def _demonyms(self, s: ox.NamedNode, adjective: str, noun: str, row: _Row) -> None:
        for value in split_demonyms(adjective):
            self.g.add(s, DEMONYM, _text(value, "en", row), ["S4"])
        for value in split_demonyms(noun):
            self.g.add(s, DEMONYM_NOUN, _text(value, "en", row), ["S4"])

    def cities_(self) -> None:
        for row in _read(self.folder, "cities.csv"):
            if not row["qid"]:
                self.skipped["cities without a QID"] += 1
                continue
            s = _qid(row["qid"], row)
            self.cities.add(row["qid"])
            self.g.add(s, A, CITY, ["S3"])
            name, name_en = row["name"], row["name_en"]
            self.g.add(s, PREF, _text(name_en or name, "en", row), ["S3"])
            if name_en:
                self.g.add(s, LABEL, _text(name_en, "en", row), ["S3"])
            seen = {name_en}
            if name and name not in seen:
                self.g.add(s, LABEL, _text(name, "und", row), ["S3"])
                seen.add(name)
            alternatives = [row["name_ascii"], *row["name_alt"].split("|")]
            for alt in (a.strip() for a in alternatives):
                if alt and alt not in seen:
                    self.g.add(s, ALT, _text(alt, "und", row), ["S3"])
                    seen.add(alt)
            for lang in _CITY_LANGS:
                if row[f"name_{lang}"]:
                    self.g.add(s, LABEL, _text(row[f"name_{lang}"], lang, row), ["S3"])
            if row["country_qid"] and row["country_qid"] != row["qid"]:  # not city-states
                self.g.add(s, CONTAINED_IN, _qid(row["country_qid"], row), ["S3", "S1"])
            if row["national_capital"] == "1":
                self.g.add(s, NATIONAL_CAPITAL, _TRUE, ["S3"])

    def capitals(self) -> None:
        for qid, row in self.countries.items():
            for capital in filter(None, (c.strip() for c in row["capital_qid_ne"].split("|"))):
                if capital in self.cities:
                    self.g.add(_qid(qid, row), CAPITAL, _qid(capital, row), ["S3", "S1"])
                else:
                    self.skipped["capitals not among the cities"] += 1

    def organizations(self) -> None:
        for row in _read(self.folder, "organizations.csv"):
            if not row["qid"]:
                self.skipped["organisations without a QID"] += 1
                continue
            s = _qid(row["qid"], row)
            srcs = _sources(row["source"], row)
            self.orgs.add(row["qid"])
            self.g.add(s, A, FORMAL_ORG, srcs)
            if row["name_en"]:
                self.g.add(s, PREF, _text(row["name_en"], "en", row), srcs)
                self.g.add(s, LABEL, _text(row["name_en"], "en", row), srcs)
            for abbreviation in _split(row["abbreviation_en"]):
                self.g.add(s, ABBREV, _text(abbreviation, "en", row), srcs)
                self.abbreviated.add(row["qid"])
            for other in _split(row["other_names_en"]):
                self.g.add(s, ALT, _text(other, "en", row), srcs)
            for lang in ("ru", "uk", "fr", "de", "es", "zh"):
                if row[f"name_{lang}"]:
                    self.g.add(s, LABEL, _text(row[f"name_{lang}"], lang, row), srcs)

    def positions(self) -> None:
        for row in _read(self.folder, "positions.csv"):
            s = _qid(row["qid"], row)
            srcs = _sources(row["source"], row)
            generic = row["kind"] == "generic_class"
            role = derive_role(row["kind"], row["role_guess"], row["label_en"])
            self.posts[row["qid"]] = role
            if generic:
                self.role_classes.add(row["qid"])
            self.g.add(s, A, ORG_ROLE if generic else ORG_POST, srcs)
            if row["label_en"]:
                self.g.add(s, PREF, _text(row["label_en"], "en", row), srcs)
                self.g.add(s, LABEL, _text(row["label_en"], "en", row), srcs)
            if row["country_qid"]:
                state = self.state_of.get(row["country_qid"], row["country_qid"])
                self.g.add(s, JURISDICTION, _qid(state, row), srcs)
                if not generic and row["label_en"]:
                    key = office_key(row["label_en"], self._state_names(state))
                    self.post_titles[state, key].add(row["qid"])
            if role:
                self.g.add(s, ROLE, _n(DIPLD[role]), srcs)

    def _state_names(self, state: str) -> tuple[str, ...]:
        row = self.countries.get(state)
        if row is None:
            return ()
        return (row["name_en"], row["full_name_en"], *split_demonyms(row["demonym_adjective"]))

    def _matched_post(self, row: _Row) -> str:
        """The post of the row's state whose title matches the row's office label, if only one
        does; else ''."""
        state = self.state_of.get(row["country_qid"], row["country_qid"])
        if not state or not row["position_label"]:
            return ""
        key = office_key(row["position_label"], self._state_names(state))
        found = self.post_titles.get((state, key), set())
        return next(iter(found)) if len(found) == 1 else ""

    def officeholders(self) -> None:
        names: dict[str, Counter[str]] = defaultdict(Counter)
        name_sources: dict[tuple[str, str], set[str]] = defaultdict(set)
        for row in _read(self.folder, "officeholders.csv"):
            person = _qid(row["person_qid"], row)
            srcs = _sources(row["source"], row)
            self.persons.add(row["person_qid"])
            self.g.add(person, A, PERSON, srcs)
            label = row["person_label"]
            if label and not _QID.match(label):
                self.g.add(person, LABEL, _text(label, "en", row), srcs)
                names[row["person_qid"]][label] += 1
                name_sources[row["person_qid"], label] |= set(srcs)
            self._tenure(row, person, srcs)
        for qid, counts in names.items():
            best = min(counts, key=lambda name: (-counts[name], name))
            self.g.add(_n(wd(qid)), PREF, ox.Literal(best, language="en"), name_sources[qid, best])

    def _tenure(self, row: _Row, person: ox.NamedNode, srcs: tuple[str, ...]) -> None:
        post_qid, label = row["position_qid"], row["position_label"]
        matched = "" if post_qid else self._matched_post(row)
        post = post_qid or matched
        role = self.posts[post] if post in self.posts else derive_role(None, "", label)
        key = "\x1f".join(
            ("tenure", row["person_qid"], post_qid, label, row["country_qid"], row["start"],
             row["end"], row["as_of"])
        )  # fmt: skip
        node = _n(_DEFAULT_IRIS.kb_statement(_digest(key)))
        self.g.node(node, A, REF_TENURE)
        self.g.node(node, HOLDER, person)
        if post:
            self.g.node(node, POST, _qid(post, row))
        if matched:
            self.g.node(node, POST_MATCHED, _TRUE)
        if label:
            self.g.node(node, OFFICE_LABEL, _text(label, "en", row))
        if row["country_qid"]:
            state = self.state_of.get(row["country_qid"], row["country_qid"])
            self.g.node(node, JURISDICTION, _qid(state, row))
        if role:
            self.g.node(node, ROLE, _n(DIPLD[role]))
        if row["start"]:
            self.g.node(node, START, _date(row["start"], row))
        if row["end"]:
            self.g.node(node, END, _date(row["end"], row))
        if row["as_of"]:
            self.g.node(node, AS_OF, _date(row["as_of"], row))
        for sid in srcs:
            self.g.node(node, DERIVED_FROM, _source_node(sid))

    # -- names and memberships ------------------------------------------------------------------

    def labels(self) -> None:
        known = set(self.countries) | self.cities | self.orgs | set(self.posts) | self.persons
        rows = list(_read(self.folder, "labels.csv"))
        names: dict[str, set[str]] = {}
        for row in rows:
            if row["label_type"] in {"name", "official_name"} and row["lang"] in {"en", "und"}:
                names.setdefault(row["qid"], set()).add(" ".join(row["label"].split()))
        for row in rows:
            srcs = _sources(row["source"], row)
            label_type = row["label_type"]
            if not all(SOURCES[sid].shipped for sid in srcs):
                self.skipped[f"labels from {'/'.join(srcs)} (licence)"] += 1
                continue
            if label_type in _DROPPED_LABEL_TYPES:
                if not _name_part(row["label"].strip(), names.get(row["qid"], set())):
                    self.skipped[f"labels of type {label_type}"] += 1
                    continue
                label_type = "alias_strong"  # a word of the entity's own name ("Britain")
            if row["qid"] not in known:
                self.skipped["labels of QIDs outside the KB (subdivisions)"] += 1
                continue
            prop = _LABEL_PROPERTY.get(label_type)
            if prop is None:
                raise InputError(
                    f"unknown label_type {label_type!r}; map it in dipld/kb/build.py",
                    where=row.where,
                )
            s = _qid(row["qid"], row)
            if label_type in {"demonym_adjective", "demonym_noun"}:
                values = split_demonyms(row["label"])
            elif srcs == ("S4",):
                values = split_factbook(label_type, row["label"])
            else:
                values = (row["label"],) if row["label"] else ()
            for value in values:
                self.g.add(s, prop, _text(value, row["lang"], row), srcs)

    def memberships(self) -> None:
        for row in _read(self.folder, "memberships.csv"):
            srcs = _sources(row["source"], row)
            if not all(SOURCES[sid].shipped for sid in srcs):
                self.skipped[f"memberships from {'/'.join(srcs)} (licence)"] += 1
                continue
            if not row["org_qid"] or row["org_qid"] not in self.orgs:
                self.skipped["memberships without an organisation QID"] += 1
                continue
            if row["country_qid"] not in self.countries and row["country_qid"] not in self.orgs:
                self.skipped["memberships of a member outside the KB"] += 1
                continue
            if row["org_abbrev"]:
                given = self.membership_abbrevs[row["org_abbrev"]]
                given.setdefault(row["org_qid"], (row, set()))[1].update(srcs)
            member, org = _qid(row["country_qid"], row), _qid(row["org_qid"], row)
            status = row["status"]
            if status == "member":
                self.g.add(member, MEMBER_OF, org, srcs)
            parts = ("membership", row["country_qid"], row["org_qid"], status, row["start"])
            key = "\x1f".join(parts)
            node = _n(_DEFAULT_IRIS.kb_statement(_digest(key)))
            self.g.node(node, A, REF_MEMBERSHIP)
            self.g.node(node, MEMBER, member)
            self.g.node(node, ORGANIZATION, org)
            if status:
                self.g.node(node, STATUS, _text(status, "", row))
            if row["start"]:
                self.g.node(node, START, _date(row["start"], row))
            with contextlib.suppress(InputError):  # "2025/2026 (undated vault)" is no date
                self.g.node(node, AS_OF, _date(row["as_of"], row))
            for sid in srcs:
                self.g.node(node, DERIVED_FROM, _source_node(sid))

    def membership_abbreviations(self) -> None:
        """The abbreviation memberships.csv gives an organisation ("SCO" for the Shanghai
        Cooperation Organisation, mapped by the snapshot from the source's own abbreviation) when
        organizations.csv gives it none: only an acronym of three or more characters that stands
        for that one organisation in the table, is no name of any other entity ("GUAM" is also
        Guam), and is not known to stand for something else in news (:data:`_OTHER_MEANINGS`)."""
        names = {
            str(t.object.value).casefold()
            for t in self.g.direct
            if isinstance(t.object, ox.Literal) and t.predicate in _NAME_PREDICATES
        }
        for abbreviation, orgs in sorted(self.membership_abbrevs.items()):
            if len(orgs) != 1 or not _ACRONYM.fullmatch(abbreviation):
                continue
            ((qid, (row, srcs)),) = orgs.items()
            if qid in self.abbreviated or abbreviation in _OTHER_MEANINGS:
                continue
            if abbreviation.casefold() in names:
                self.skipped["membership abbreviations that name another entity"] += 1
                continue
            self.g.add(_qid(qid, row), ABBREV, _text(abbreviation, "en", row), srcs)

    def entity_counts(self) -> dict[str, int]:
        places = Counter(row["kind"] for row in self.countries.values())
        return {
            **{f"states ({kind})": n for kind, n in sorted(places.items())},
            "cities": len(self.cities),
            "organisations": len(self.orgs),
            "posts": len(self.posts) - len(self.role_classes),
            "post classes": len(self.role_classes),
            "persons": len(self.persons),
        }

    # -- metadata -------------------------------------------------------------------------------

    def metadata(self) -> None:
        dataset = _n(_DEFAULT_IRIS.kb_graph)
        self.g.node(dataset, A, _n(VOID.Dataset))
        self.g.node(
            dataset,
            _n(DCTERMS.title),
            ox.Literal(
                "dipld reference KB: a Wikidata subset for linking diplomacy news", language="en"
            ),
        )
        self.g.node(
            dataset,
            _n(DCTERMS.rights),
            ox.Literal(
                "Mixed licences, see DATA-LICENSES.md and each source's dcterms:license. "
                "Organisation names from supraverden are CC BY-SA 4.0 (attribution: supraverden, "
                "https://github.com/confirmordeny/supraverden); Wikidata QIDs are CC0.",
                language="en",
            ),
        )
        self.g.node(
            dataset,
            COMMENT,
            ox.Literal(
                "Countries, territories, international organisations, memberships, posts, "
                "officeholders and cities with their names, built by `dipld kb build` from an "
                "offline Wikidata-linked snapshot. Every direct statement is reified as an "
                "rdf:Statement with prov:wasDerivedFrom its sources.",
                language="en",
            ),
        )
        for sid in sorted(self.g.used_sources(), key=lambda x: int(x[1:])):
            source = SOURCES[sid]
            assert source.shipped, f"{sid} must not be shipped"
            node = _source_node(sid)
            self.g.node(dataset, _n(DCTERMS.source), node)
            self.g.node(node, A, _n(PROV.Entity))
            self.g.node(node, _n(DCTERMS.title), ox.Literal(source.title, language="en"))
            self.g.node(node, _n(DCTERMS.license), ox.NamedNode(source.license))
            self.g.node(node, _n(DCTERMS.source), ox.NamedNode(source.url))
            self.g.node(node, _n(OWL.versionInfo), ox.Literal(source.version))
            self.g.node(node, COMMENT, ox.Literal(source.comment, language="en"))


def build_ntriples(folder: Path) -> tuple[bytes, BuildResult]:
    """The KB as sorted N-Triples (default base) from the snapshot folder, and a summary."""
    builder = _Builder(folder)
    builder.countries_()
    builder.cities_()
    builder.capitals()
    builder.organizations()
    builder.positions()
    builder.officeholders()
    builder.labels()
    builder.memberships()
    builder.membership_abbreviations()
    builder.metadata()
    body = _sorted_lines(_serialize(builder.g.triples()))
    version = hashlib.sha256(body).hexdigest()[:12]
    version_triple = ox.Triple(_n(_DEFAULT_IRIS.kb_graph), _n(OWL.versionInfo), ox.Literal(version))
    data = _sorted_lines(body + _serialize([version_triple]))
    entities = builder.entity_counts()
    result = BuildResult(
        path=Path(),
        version=version,
        triples=data.count(b"\n"),
        size=0,
        entities=entities,
        skipped=dict(sorted(builder.skipped.items())),
    )
    return data, result


def _serialize(triples: Iterable[ox.Triple]) -> bytes:
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None  # no output file given: the bytes are returned
    return data


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(set(data.splitlines()))
    return b"".join(line + b"\n" for line in lines if line)


def write_kb(folder: Path, out: Path = KB_FILE) -> BuildResult:
    """Build the KB from the snapshot folder and write it, gzipped, to ``out``."""
    data, result = build_ntriples(folder)
    packed = gzip.compress(data, compresslevel=9, mtime=0)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(packed)
    tmp.replace(out)
    return BuildResult(
        path=out,
        version=result.version,
        triples=result.triples,
        size=len(packed),
        entities=result.entities,
        skipped=result.skipped,
    )


def kb_ntriples(iris: Iris, path: Path = KB_FILE) -> bytes:
    """The KB file's N-Triples with its data IRIs under ``iris.base``."""
    data = read_kb_file(path)
    if iris.base == DEFAULT_BASE:
        return data
    for old, new in (
        (_DEFAULT_IRIS.kb_statement(""), iris.kb_statement("")),
        (_DEFAULT_IRIS.kb_source(""), iris.kb_source("")),
        (_DEFAULT_IRIS.kb_graph, iris.kb_graph),
    ):
        data = data.replace(f"<{old}".encode(), f"<{new}".encode())
    return data


def kb_quads(iris: Iris, path: Path = KB_FILE) -> Iterator[ox.Quad]:
    """The KB as quads in the named graph ``iris.kb_graph`` (``{base}graph/wikidata``)."""
    graph = _n(iris.kb_graph)
    for quad in ox.parse(kb_ntriples(iris, path), format=ox.RdfFormat.N_TRIPLES):
        yield ox.Quad(quad.subject, quad.predicate, quad.object, graph)
