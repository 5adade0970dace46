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
from itertools import groupby

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
    Fact,
    FactClass,
    Precision,
    Status,
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


def entity_slug(entity: Entity) -> str:
    return slugify(entity.label)


def fact_sort_key(fact: Fact) -> tuple[int, str, str]:
    """The order facts are numbered in: by first evidence offset, class, then arguments."""
    begin = min((e.begin for e in fact.evidence), default=-1)
    return (begin, fact.cls.value, repr(fact.args))


def facts_in_order(facts: Sequence[Fact]) -> list[Fact]:
    """``sorted(facts, key=fact_sort_key)``, with the costly part of the key (the repr of the
    arguments) worked out only for facts that tie on offset and class."""
    # (a FactClass is a str: it orders as its value)
    heads = [(min([e.begin for e in f.evidence], default=-1), f.cls) for f in facts]
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
    """All triples of an article's graph: the article node, its facts and unlinked entities
    (:func:`article_ntriples`, parsed)."""
    return parse_ntriples(article_ntriples(article, facts, iris, kb_version))


def parse_ntriples(data: bytes) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def _string(text: str) -> str:
    """An N-Triples string literal: quotes, backslashes and line breaks escaped (RDF 1.1
    N-Triples, STRING_LITERAL_QUOTE); everything else may stand as it is."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if '"' in text:
        text = text.replace('"', '\\"')
    if "\n" in text:
        text = text.replace("\n", "\\n")
    if "\r" in text:
        text = text.replace("\r", "\\r")
    return f'"{text}"'


def article_ntriples(
    article: Article, facts: Sequence[Fact], iris: Iris, kb_version: str | None = None
) -> bytes:
    """An article's graph as N-Triples, one triple per line, in a fixed order: the article
    node, its facts with their evidence, then the unlinked entities they name.

    Written as text: this is what a load sends to the store, and making a pyoxigraph term per
    node costs more than the rest of the mapping (a triple with a literal object ~4 µs). Every
    IRI is checked once as a pyoxigraph term (the article's, its URL); the fact, evidence and
    entity IRIs extend them with slugs and numbers."""
    art_iri = ox.NamedNode(str(iris.article(article.id))).value
    art = f"<{art_iri}>"
    lines: list[str] = []
    add = lines.append
    for art_type in _ARTICLE_TYPE_TERMS:
        add(f"{art} {_RDF_TYPE} {art_type} .")
    label = article.title or article.id
    add(f"{art} {_RDFS_LABEL} {_string(label)} .")
    if article.title:
        add(f"{art} {_SCHEMA_HEADLINE} {_string(article.title)} .")
    observed = str(date_literal(article.date)) if article.date else None
    if observed is not None:
        add(f"{art} {_SCHEMA_DATE_PUBLISHED} {observed} .")
    if article.url:
        add(f"{art} {_SCHEMA_URL} {ox.NamedNode(article.url)} .")
    if article.publisher:
        add(f"{art} {_SCHEMA_PUBLISHER} {_string(article.publisher)} .")
    if article.license:
        add(f"{art} {_DCTERMS_LICENSE} {_string(article.license)} .")
    add(f"{art} {_DCTERMS_SOURCE} {_string(article.source)} .")
    add(f"{art} {_SCHEMA_IN_LANGUAGE} {_string(article.language)} .")
    add(f"{art} {_NIF_IS_STRING} {_string(article.body)} .")
    add(f"{art} {_DIPLD_CONTENT_HASH} {_string(article.content_hash)} .")
    add(f"{art} {_DIPLD_EXTRACTOR_VERSION} {_string(extractor_version(kb_version))} .")
    headline = f"<{art_iri}/headline>"
    if article.title and any(ev.in_title for f in facts for ev in f.evidence):
        # (the article's schema:headline is stated above)
        add(f"{headline} {_RDF_TYPE} {_NIF_CONTEXT} .")
        add(f"{headline} {_NIF_IS_STRING} {_string(article.title)} .")

    fact_base = f"{iris.base}fact/{article.id}/"
    entities: dict[str, Entity] = {}
    # (read once: a member read through its enum class is a Python-level call in 3.11)
    asserted, membership = Status.ASSERTED, FactClass.MEMBERSHIP
    for n, fact in enumerate(facts_in_order(facts), start=1):
        node = f"<{fact_base}{n}>"
        for cls_type in _class_type_terms(fact.cls):
            add(f"{node} {_RDF_TYPE} {cls_type} .")
        add(f"{node} {_PROV_WAS_DERIVED_FROM} {art} .")
        add(f"{node} {_DIPLD_CONFIDENCE} {_confidence_term(fact.confidence)} .")
        if observed is not None:
            add(f"{node} {_DIPLD_OBSERVED_ON} {observed} .")
        if fact.status is not asserted:
            add(f"{node} {_DIPLD_STATUS} <{_DIPLD}{fact.status.value.capitalize()}> .")
        for k, ev in enumerate(fact.evidence, start=1):
            context = headline if ev.in_title else art
            span = f"<{fact_base}{n}/evidence/{k}>"
            add(f"{node} {_DIPLD_EVIDENCE} {span} .")
            add(f"{span} {_RDF_TYPE} {_DIPLD_EVIDENCE_SPAN} .")
            add(f"{span} {_NIF_REFERENCE_CONTEXT} {context} .")
            add(f"{span} {_NIF_ANCHOR_OF} {_string(ev.text)} .")
            add(f'{span} {_NIF_BEGIN_INDEX} "{ev.begin}"^^{_XSD_INTEGER} .')
            add(f'{span} {_NIF_END_INDEX} "{ev.end}"^^{_XSD_INTEGER} .')
        for role, values in fact.args:
            prop = _role_term(role)
            for value in values:
                if isinstance(value, Entity):  # (_value_text's first case, written out)
                    entities.setdefault(value.key, value)
                    if value.qid:
                        add(f"{node} {prop} <{_WD}{value.qid}> .")
                        continue
                add(f"{node} {prop} {_value_text(value, iris)} .")
        if fact.cls is membership:
            for member in fact.entities("member"):
                for org in fact.entities("organization"):
                    member_iri, org_iri = _entity_text(member, iris), _entity_text(org, iris)
                    add(f"{member_iri} {_ORG_MEMBER_OF} {org_iri} .")
    for entity in entities.values():
        if entity.qid:
            continue
        node = _entity_text(entity, iris)
        add(f"{node} {_RDFS_LABEL} {_string(entity.label)} .")
        add(f"{node} {_DIPLD_LINK_STATUS} {_DIPLD_UNLINKED} .")
        kind_type = ENTITY_TYPES.get(entity.kind)
        if kind_type is not None:
            add(f"{node} {_RDF_TYPE} {kind_type} .")
    # (encoded a run of lines at a time: one line with a curly quote or an emoji would widen the
    # whole text to 2 or 4 bytes a character, and encode it character by character; a run of
    # ASCII lines is copied as it is)
    runs = groupby(dict.fromkeys(lines), str.isascii)
    return b"\n".join(["\n".join(run).encode() for _, run in runs]) + b"\n"


def _entity_text(entity: Entity, iris: Iris) -> str:
    if entity.qid:
        return f"<{_WD}{entity.qid}>"
    return f"<{iris.base}entity/{entity_slug(entity)}>"


def _value_text(value: Value, iris: Iris) -> str:
    if isinstance(value, Entity):
        return _entity_text(value, iris)
    if isinstance(value, TimeValue):
        return str(time_literal(value))
    if isinstance(value, Decimal):
        return str(decimal_literal(value))
    if isinstance(value, Concept):
        return f"<{_DIPLD}{value.name}>"
    return _string(value)


@cache
def _class_type_terms(cls: FactClass) -> tuple[str, ...]:
    return tuple(map(str, _class_types(cls)))


@cache
def _role_term(role: str) -> str:
    return str(_role_property(role))


@cache
def _confidence_term(confidence: float) -> str:
    return str(_confidence_literal(confidence))


# the terms every article graph uses, as N-Triples text
_ARTICLE_TYPE_TERMS = tuple(map(str, _ARTICLE_TYPES))
_RDF_TYPE = str(RDF_TYPE)
_RDFS_LABEL = str(RDFS_LABEL)
_DCTERMS_SOURCE = str(DCTERMS_SOURCE)
_DCTERMS_LICENSE = str(DCTERMS_LICENSE)
_XSD_INTEGER = str(XSD_INTEGER)
_NIF_CONTEXT = str(NIF_CONTEXT)
_NIF_IS_STRING = str(NIF_IS_STRING)
_NIF_REFERENCE_CONTEXT = str(NIF_REFERENCE_CONTEXT)
_NIF_ANCHOR_OF = str(NIF_ANCHOR_OF)
_NIF_BEGIN_INDEX = str(NIF_BEGIN_INDEX)
_NIF_END_INDEX = str(NIF_END_INDEX)
_SCHEMA_HEADLINE = str(SCHEMA_HEADLINE)
_SCHEMA_DATE_PUBLISHED = str(SCHEMA_DATE_PUBLISHED)
_SCHEMA_URL = str(SCHEMA_URL)
_SCHEMA_PUBLISHER = str(SCHEMA_PUBLISHER)
_SCHEMA_IN_LANGUAGE = str(SCHEMA_IN_LANGUAGE)
_PROV_WAS_DERIVED_FROM = str(PROV_WAS_DERIVED_FROM)
_ORG_MEMBER_OF = str(ORG_MEMBER_OF)
_DIPLD_CONTENT_HASH = str(DIPLD_CONTENT_HASH)
_DIPLD_EXTRACTOR_VERSION = str(DIPLD_EXTRACTOR_VERSION)
_DIPLD_CONFIDENCE = str(DIPLD_CONFIDENCE)
_DIPLD_OBSERVED_ON = str(DIPLD_OBSERVED_ON)
_DIPLD_EVIDENCE = str(DIPLD_EVIDENCE)
_DIPLD_STATUS = str(DIPLD_STATUS)
_DIPLD_EVIDENCE_SPAN = str(DIPLD_EVIDENCE_SPAN)
_DIPLD_LINK_STATUS = str(DIPLD_LINK_STATUS)
_DIPLD_UNLINKED = str(DIPLD_UNLINKED)


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
