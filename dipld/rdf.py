"""Facts to RDF: one named graph per article, per the public contract in DESIGN.md.

Builds pyoxigraph triples (fast, used by the store and serialisers) and, on request, an rdflib
Graph (for isomorphism checks and SHACL). Every IRI comes from :mod:`dipld.iri`; there are no
blank nodes, so the store can keep its materialised union graph exact.

>>> import datetime as dt
>>> from dipld.model import Article
>>> art = Article(id="a1", source="a1.txt", body="Belarus met Russia.", date=dt.date(2022, 9, 2))
>>> triples = article_triples(art, [], Iris())
>>> print(serialize_turtle(triples).decode().splitlines()[0])
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
>>> len(triples)
10
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cache

import pyoxigraph as ox
import rdflib
from rdflib.namespace import PROV

from dipld import __version__
from dipld.iri import DIPLD, NIF, ORG, PREFIXES, SCHEMA, SEM, WD, Iris, slugify
from dipld.model import (
    Article,
    Concept,
    Entity,
    EntityKind,
    Evidence,
    Fact,
    FactClass,
    Precision,
    TimeValue,
    Value,
)

Term = ox.NamedNode | ox.Literal
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DCTERMS_SOURCE = ox.NamedNode("http://purl.org/dc/terms/source")
DCTERMS_LICENSE = ox.NamedNode("http://purl.org/dc/terms/license")
XSD_DATE = ox.NamedNode(XSD_NS + "date")
XSD_GYEARMONTH = ox.NamedNode(XSD_NS + "gYearMonth")
XSD_GYEAR = ox.NamedNode(XSD_NS + "gYear")
XSD_DECIMAL = ox.NamedNode(XSD_NS + "decimal")
XSD_INTEGER = ox.NamedNode(XSD_NS + "integer")


@cache
def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


_DIPLD = str(DIPLD)


def dipld(local: str) -> ox.NamedNode:
    return _n(_DIPLD + local)


# Extra rdf:types so queries without inference find facts by their aligned classes.
CLASS_TYPES: dict[FactClass, tuple[ox.NamedNode, ...]] = {
    FactClass.MEMBERSHIP: (dipld("Membership"), _n(str(ORG) + "Membership")),
    FactClass.EVENT: (dipld("Event"), _n(str(SEM) + "Event")),
    FactClass.MEETING: (dipld("Meeting"), dipld("Event"), _n(str(SEM) + "Event")),
}

# Roles whose property is not dipld:<role>.
ROLE_PROPERTIES: dict[str, ox.NamedNode] = {
    "member": _n(str(ORG) + "member"),
    "organization": _n(str(ORG) + "organization"),
}

ENTITY_TYPES: dict[EntityKind, ox.NamedNode] = {
    EntityKind.STATE: _n(str(SCHEMA) + "Country"),
    EntityKind.ORGANIZATION: _n(str(ORG) + "Organization"),
    EntityKind.PERSON: _n(str(SCHEMA) + "Person"),
    EntityKind.CITY: _n(str(SCHEMA) + "City"),
    EntityKind.PLACE: _n(str(SCHEMA) + "Place"),
    EntityKind.POST: _n(str(ORG) + "Post"),
    EntityKind.CURRENCY: dipld("Currency"),
}

PREDICATE_ORDER = ("holder", "member", "actor", "participant", "party", "exporter", "reporter")

# The terms every article graph uses, made once.
_WD = str(WD)
NIF_CONTEXT = _n(str(NIF) + "Context")
_ARTICLE_TYPES = (dipld("Article"), _n(str(SCHEMA) + "NewsArticle"), NIF_CONTEXT)
NIF_IS_STRING = _n(str(NIF) + "isString")
NIF_REFERENCE_CONTEXT = _n(str(NIF) + "referenceContext")
NIF_ANCHOR_OF = _n(str(NIF) + "anchorOf")
NIF_BEGIN_INDEX = _n(str(NIF) + "beginIndex")
NIF_END_INDEX = _n(str(NIF) + "endIndex")
SCHEMA_HEADLINE = _n(str(SCHEMA) + "headline")
SCHEMA_DATE_PUBLISHED = _n(str(SCHEMA) + "datePublished")
SCHEMA_URL = _n(str(SCHEMA) + "url")
SCHEMA_PUBLISHER = _n(str(SCHEMA) + "publisher")
SCHEMA_IN_LANGUAGE = _n(str(SCHEMA) + "inLanguage")
PROV_WAS_DERIVED_FROM = _n(str(PROV) + "wasDerivedFrom")
ORG_MEMBER_OF = _n(str(ORG) + "memberOf")
DIPLD_CONTENT_HASH = dipld("contentHash")
DIPLD_EXTRACTOR_VERSION = dipld("extractorVersion")
DIPLD_CONFIDENCE = dipld("confidence")
DIPLD_OBSERVED_ON = dipld("observedOn")
DIPLD_STATUS = dipld("status")
DIPLD_EVIDENCE = dipld("evidence")
DIPLD_EVIDENCE_SPAN = dipld("EvidenceSpan")
DIPLD_LINK_STATUS = dipld("linkStatus")
DIPLD_UNLINKED = dipld("Unlinked")


def time_literal(value: TimeValue) -> ox.Literal:
    """A date literal at the value's precision: xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {
        Precision.DAY: XSD_DATE,
        Precision.MONTH: XSD_GYEARMONTH,
    }.get(value.precision, XSD_GYEAR)
    return ox.Literal(value.lexical, datatype=datatype)


def decimal_literal(value: Decimal) -> ox.Literal:
    """A canonical xsd:decimal literal: no exponent, no trailing zeros after the point."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return ox.Literal(text or "0", datatype=XSD_DECIMAL)


def date_literal(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=XSD_DATE)


def entity_term(entity: Entity, iris: Iris) -> ox.NamedNode:
    if entity.qid:
        return _n(_WD + entity.qid)
    return ox.NamedNode(str(iris.entity(entity_slug(entity))))


def entity_slug(entity: Entity) -> str:
    return slugify(entity.label)


def _value_term(value: Value, iris: Iris) -> Term:
    if isinstance(value, Entity):
        return entity_term(value, iris)
    if isinstance(value, TimeValue):
        return time_literal(value)
    if isinstance(value, Decimal):
        return decimal_literal(value)
    if isinstance(value, Concept):
        return dipld(value.name)
    return ox.Literal(value)


def _entity_triples(entity: Entity, iris: Iris) -> list[ox.Triple]:
    if entity.qid:
        return []
    node = entity_term(entity, iris)
    out = [
        ox.Triple(node, RDFS_LABEL, ox.Literal(entity.label)),
        ox.Triple(node, DIPLD_LINK_STATUS, DIPLD_UNLINKED),
    ]
    kind_type = ENTITY_TYPES.get(entity.kind)
    if kind_type is not None:
        out.append(ox.Triple(node, RDF_TYPE, kind_type))
    return out


def fact_sort_key(fact: Fact) -> tuple[int, str, str]:
    """The order facts are numbered in: by first evidence offset, class, then arguments."""
    begin = min((e.begin for e in fact.evidence), default=-1)
    return (begin, fact.cls.value, repr(fact.args))


def facts_in_order(facts: Sequence[Fact]) -> list[Fact]:
    """``sorted(facts, key=fact_sort_key)``, with the costly part of the key (the repr of the
    arguments) worked out only for facts that tie on offset and class."""
    heads = [(min((e.begin for e in f.evidence), default=-1), f.cls.value) for f in facts]
    tied = {head for head, count in Counter(heads).items() if count > 1}
    keys = [
        (*head, repr(fact.args) if head in tied else "")
        for head, fact in zip(heads, facts, strict=True)
    ]
    return [facts[i] for i in sorted(range(len(facts)), key=keys.__getitem__)]


@cache
def _class_types(cls: FactClass) -> tuple[ox.NamedNode, ...]:
    return CLASS_TYPES.get(cls, (dipld(cls.value),))


@cache
def _role_property(role: str) -> ox.NamedNode:
    return ROLE_PROPERTIES.get(role) or dipld(role)


@cache
def _confidence_literal(confidence: float) -> ox.Literal:
    return decimal_literal(Decimal(f"{confidence:.2f}"))


def extractor_version(kb_version: str | None = None) -> str:
    """What produced an article's facts: the dipld release and the KB it linked against
    (``0.1.0+kb.e9aca4bf5598``); a load re-extracts an article when this changes.

    >>> extractor_version("e9aca4bf5598") == f"{__version__}+kb.e9aca4bf5598"
    True
    """
    return f"{__version__}+kb.{kb_version}" if kb_version else __version__


def article_triples(
    article: Article, facts: Sequence[Fact], iris: Iris, kb_version: str | None = None
) -> list[ox.Triple]:
    """All triples of an article's graph: the article node, its facts and unlinked entities.

    Article, fact and evidence IRIs are made afresh (ox.NamedNode) rather than through the
    cache of ontology terms, which would otherwise grow with every article."""
    art = ox.NamedNode(str(iris.article(article.id)))
    out: list[ox.Triple] = []
    add = out.append
    for art_type in _ARTICLE_TYPES:
        add(ox.Triple(art, RDF_TYPE, art_type))
    label = article.title or article.id
    add(ox.Triple(art, RDFS_LABEL, ox.Literal(label)))
    if article.title:
        add(ox.Triple(art, SCHEMA_HEADLINE, ox.Literal(article.title)))
    observed = date_literal(article.date) if article.date else None
    if observed is not None:
        add(ox.Triple(art, SCHEMA_DATE_PUBLISHED, observed))
    if article.url:
        add(ox.Triple(art, SCHEMA_URL, ox.NamedNode(article.url)))
    if article.publisher:
        add(ox.Triple(art, SCHEMA_PUBLISHER, ox.Literal(article.publisher)))
    if article.license:
        add(ox.Triple(art, DCTERMS_LICENSE, ox.Literal(article.license)))
    add(ox.Triple(art, DCTERMS_SOURCE, ox.Literal(article.source)))
    add(ox.Triple(art, SCHEMA_IN_LANGUAGE, ox.Literal(article.language)))
    add(ox.Triple(art, NIF_IS_STRING, ox.Literal(article.body)))
    add(ox.Triple(art, DIPLD_CONTENT_HASH, ox.Literal(article.content_hash)))
    add(ox.Triple(art, DIPLD_EXTRACTOR_VERSION, ox.Literal(extractor_version(kb_version))))
    headline = ox.NamedNode(str(iris.headline(article.id)))
    if article.title and any(ev.in_title for f in facts for ev in f.evidence):
        # (the article's schema:headline is stated above)
        add(ox.Triple(headline, RDF_TYPE, NIF_CONTEXT))
        add(ox.Triple(headline, NIF_IS_STRING, ox.Literal(article.title)))

    entities: dict[str, Entity] = {}
    for n, fact in enumerate(facts_in_order(facts), start=1):
        node = ox.NamedNode(str(iris.fact(article.id, n)))
        for cls_type in _class_types(fact.cls):
            add(ox.Triple(node, RDF_TYPE, cls_type))
        add(ox.Triple(node, PROV_WAS_DERIVED_FROM, art))
        add(ox.Triple(node, DIPLD_CONFIDENCE, _confidence_literal(fact.confidence)))
        if observed is not None:
            add(ox.Triple(node, DIPLD_OBSERVED_ON, observed))
        if fact.status.value != "asserted":
            add(ox.Triple(node, DIPLD_STATUS, dipld(fact.status.value.capitalize())))
        for k, ev in enumerate(fact.evidence, start=1):
            context = headline if ev.in_title else art
            span = ox.NamedNode(str(iris.evidence(article.id, n, k)))
            out.extend(_evidence_triples(node, context, ev, span))
        for role, values in fact.args:
            prop = _role_property(role)
            for value in values:
                add(ox.Triple(node, prop, _value_term(value, iris)))
                if isinstance(value, Entity):
                    entities.setdefault(value.key, value)
        if fact.cls is FactClass.MEMBERSHIP:
            for member in fact.entities("member"):
                for org in fact.entities("organization"):
                    add(ox.Triple(entity_term(member, iris), ORG_MEMBER_OF, entity_term(org, iris)))
    for entity in entities.values():
        out.extend(_entity_triples(entity, iris))
    return list(dict.fromkeys(out))


def _evidence_triples(
    fact: ox.NamedNode, art: ox.NamedNode, ev: Evidence, node: ox.NamedNode
) -> list[ox.Triple]:
    return [
        ox.Triple(fact, DIPLD_EVIDENCE, node),
        ox.Triple(node, RDF_TYPE, DIPLD_EVIDENCE_SPAN),
        ox.Triple(node, NIF_REFERENCE_CONTEXT, art),
        ox.Triple(node, NIF_ANCHOR_OF, ox.Literal(ev.text)),
        ox.Triple(node, NIF_BEGIN_INDEX, ox.Literal(str(ev.begin), datatype=XSD_INTEGER)),
        ox.Triple(node, NIF_END_INDEX, ox.Literal(str(ev.end), datatype=XSD_INTEGER)),
    ]


def used_prefixes(terms: Iterable[ox.Triple | ox.Quad]) -> dict[str, str]:
    """The project prefixes that some IRI of these triples or quads uses (readable output)."""
    iris = set()
    for t in terms:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
    return {
        prefix: ns
        for prefix, ns in PREFIXES.items()
        if any(iri.startswith(ns) and "/" not in iri[len(ns) :] for iri in iris)
    }


def serialize_turtle(triples: Sequence[ox.Triple]) -> bytes:
    """Readable Turtle with the project prefixes."""
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=used_prefixes(triples))
    assert data is not None
    return data


def to_rdflib(triples: Iterable[ox.Triple]) -> rdflib.Graph:
    """The same triples as an rdflib Graph (via N-Triples, which both sides read exactly)."""
    graph = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None
    graph.parse(data=data.decode("utf-8"), format="nt")
    return graph
