"""The SPARQL Service Description and the VoID description of the published dataset.

Both are small RDF graphs built from the server's settings and the dataset's counts
(:class:`~dipld.serve.jobs.DatasetStats`), serialised in any graph format. The service node and
the structural nodes of the description are blank nodes (they are not stored anywhere).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, RDF, RDFS, VOID, XSD

from dipld.iri import DIPLD, PREFIXES, SD, Iris
from dipld.serve import formats
from dipld.serve.jobs import DatasetStats

_SIMPLE_ENTAILMENT = "http://www.w3.org/ns/entailment/Simple"

#: download routes, relative to the server root: (file name, format) for the whole dataset
DATASET_DUMPS: tuple[tuple[str, formats.Format], ...] = (
    ("dataset.ttl", formats.TURTLE),
    ("dataset.trig", formats.TRIG),
    ("dataset.nq", formats.N_QUADS),
)


def _n(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _count(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_n(XSD.integer))


def service_description(
    endpoint: str,
    stats: DatasetStats,
    *,
    update: bool,
    service: bool,
) -> Iterator[ox.Triple]:
    """The SD of the endpoint: languages, formats, features and the default dataset."""
    svc = ox.BlankNode()
    a = _n(RDF.type)
    yield ox.Triple(svc, a, _n(SD.Service))
    yield ox.Triple(svc, _n(SD.endpoint), ox.NamedNode(endpoint))
    # the VoID description of the dataset, at the server root next to /sparql
    void = endpoint.removesuffix("sparql") + ".well-known/void"
    yield ox.Triple(svc, _n(RDFS.seeAlso), ox.NamedNode(void))
    yield ox.Triple(svc, _n(SD.supportedLanguage), _n(SD.SPARQL11Query))
    if update:
        yield ox.Triple(svc, _n(SD.supportedLanguage), _n(SD.SPARQL11Update))
    for fmt in formats.RESULT_FORMATS.formats + formats.GRAPH_FORMATS.formats:
        yield ox.Triple(svc, _n(SD.resultFormat), ox.NamedNode(fmt.w3c_iri))
    yield ox.Triple(svc, _n(SD.feature), _n(SD.UnionDefaultGraph))
    if service:
        yield ox.Triple(svc, _n(SD.feature), _n(SD.BasicFederatedQuery))
    yield ox.Triple(svc, _n(SD.defaultEntailmentRegime), ox.NamedNode(_SIMPLE_ENTAILMENT))
    dataset = ox.BlankNode()
    yield ox.Triple(svc, _n(SD.defaultDataset), dataset)
    yield ox.Triple(dataset, a, _n(SD.Dataset))
    yield ox.Triple(dataset, _n(DCTERMS.hasVersion), ox.Literal(stats.version))
    default = ox.BlankNode()
    yield ox.Triple(dataset, _n(SD.defaultGraph), default)
    yield ox.Triple(default, a, _n(SD.Graph))
    yield ox.Triple(default, _n(VOID.triples), _count(stats.triples))
    for name, triples in stats.graphs:
        named, graph = ox.BlankNode(), ox.BlankNode()
        yield ox.Triple(dataset, _n(SD.namedGraph), named)
        yield ox.Triple(named, a, _n(SD.NamedGraph))
        yield ox.Triple(named, _n(SD.name), ox.NamedNode(name))
        yield ox.Triple(named, _n(SD.graph), graph)
        yield ox.Triple(graph, a, _n(SD.Graph))
        yield ox.Triple(graph, _n(VOID.triples), _count(triples))


def void_description(
    server: str, stats: DatasetStats, iris: Iris, published: float
) -> Iterator[ox.Triple]:
    """VoID of the dataset: endpoint, dumps, counts, IRI space and one subset per named graph."""
    dataset = ox.NamedNode(f"{server}.well-known/void#dataset")
    a = _n(RDF.type)
    yield ox.Triple(dataset, a, _n(VOID.Dataset))
    yield ox.Triple(dataset, _n(DCTERMS.title), ox.Literal("dipld: diplomacy Linked Data"))
    yield ox.Triple(dataset, _n(DCTERMS.hasVersion), ox.Literal(stats.version))
    modified = dt.datetime.fromtimestamp(published, tz=dt.UTC).isoformat()
    yield ox.Triple(dataset, _n(DCTERMS.modified), ox.Literal(modified, datatype=_n(XSD.dateTime)))
    yield ox.Triple(dataset, _n(VOID.sparqlEndpoint), ox.NamedNode(f"{server}sparql"))
    for name, _fmt in DATASET_DUMPS:
        yield ox.Triple(dataset, _n(VOID.dataDump), ox.NamedNode(f"{server}download/{name}.gz"))
    yield ox.Triple(dataset, _n(VOID.triples), _count(stats.triples))
    yield ox.Triple(dataset, _n(VOID.uriSpace), ox.Literal(iris.base))
    yield ox.Triple(dataset, _n(VOID.vocabulary), _n(DIPLD))
    for name, triples in stats.graphs:
        article_id = iris.article_id_of(name)
        subset = ox.NamedNode(f"{server}.well-known/void#graph-{article_id or len(name)}")
        yield ox.Triple(dataset, _n(VOID.subset), subset)
        yield ox.Triple(subset, a, _n(VOID.Dataset))
        yield ox.Triple(subset, _n(SD.name), ox.NamedNode(name))
        yield ox.Triple(subset, _n(VOID.triples), _count(triples))
        if article_id is not None:
            dump = f"{server}download/graph/{article_id}.ttl"
            yield ox.Triple(subset, _n(VOID.dataDump), ox.NamedNode(dump))


def serialise(triples: Iterator[ox.Triple], fmt: formats.Format) -> bytes:
    assert fmt.rdf is not None
    prefixes = {**PREFIXES, "sd": str(SD)} if fmt in (formats.TURTLE, formats.TRIG) else None
    body = ox.serialize(triples, format=fmt.rdf, prefixes=prefixes)
    assert body is not None
    return body
