"""SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/).

One test per requirement the endpoint implements; section numbers of the 2013 Recommendation.
"""

from __future__ import annotations

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import RDF, VOID

from dipld.iri import SD, Iris
from dipld.serve.formats import GRAPH_FORMATS, RESULT_FORMATS

IRIS = Iris()


def description(client: httpx.Client, accept: str = "text/turtle") -> rdflib.Graph:
    r = client.get("/sparql", headers={"Accept": accept})
    assert r.status_code == 200
    quads = ox.parse(r.content, format=ox.RdfFormat.from_media_type(accept))
    text = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
    assert text is not None
    return rdflib.Graph().parse(data=text.decode(), format="nt")


def service(graph: rdflib.Graph) -> rdflib.term.Node:
    services = list(graph.subjects(RDF.type, SD.Service))
    assert len(services) == 1
    return services[0]


def test_get_without_query_returns_a_description(client: httpx.Client) -> None:
    """§2: GET on the endpoint with no query string returns an RDF service description."""
    graph = description(client)
    service(graph)


@pytest.mark.parametrize(
    "accept", ["application/rdf+xml", "application/n-triples", "application/ld+json"]
)
def test_description_is_content_negotiated(client: httpx.Client, accept: str) -> None:
    """§2: the description should use content negotiation for other RDF representations."""
    r = client.get("/sparql", headers={"Accept": accept})
    assert r.headers["content-type"].split(";")[0] == accept
    service(description(client, accept))


def test_endpoint(client: httpx.Client) -> None:
    """§3.2.1 sd:endpoint: the protocol endpoint's IRI."""
    graph = description(client)
    endpoints = list(graph.objects(service(graph), SD.endpoint))
    assert [str(e) for e in endpoints] == [
        f"{client.base_url}/sparql".replace("//sparql", "/sparql")
    ]


def test_supported_language(client: httpx.Client) -> None:
    """§3.2.4 sd:supportedLanguage: SPARQL 1.1 Query (Update only when writes are enabled)."""
    graph = description(client)
    languages = set(graph.objects(service(graph), SD.supportedLanguage))
    assert languages == {SD.SPARQL11Query}


def test_result_formats(client: httpx.Client) -> None:
    """§3.2.7 sd:resultFormat: every format the endpoint writes, as W3C format IRIs."""
    graph = description(client)
    found = {str(f) for f in graph.objects(service(graph), SD.resultFormat)}
    assert found == {f.w3c_iri for f in RESULT_FORMATS.formats + GRAPH_FORMATS.formats}


def test_union_default_graph_feature(client: httpx.Client) -> None:
    """§3.4 sd:UnionDefaultGraph: the default graph is the union of the named graphs."""
    graph = description(client)
    assert SD.UnionDefaultGraph in set(graph.objects(service(graph), SD.feature))
    assert SD.BasicFederatedQuery not in set(graph.objects(service(graph), SD.feature))


def test_default_dataset_lists_named_graphs_with_void_counts(
    client: httpx.Client, articles: tuple[tuple[str, ...], ...]
) -> None:
    """§3.2.9 sd:defaultDataset, §3.2.12 sd:namedGraph, §3.2.14 sd:name, VoID void:triples."""
    graph = description(client)
    dataset = graph.value(service(graph), SD.defaultDataset)
    assert dataset is not None
    default = graph.value(dataset, SD.defaultGraph)
    total = graph.value(default, VOID.triples)
    counted = client.get(
        "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}
    ).json()["results"]["bindings"][0]["n"]["value"]
    assert total is not None and str(total) == counted
    names: dict[str, int] = {}
    for named in graph.objects(dataset, SD.namedGraph):
        name = graph.value(named, SD.name)
        triples = graph.value(graph.value(named, SD.graph), VOID.triples)
        assert name is not None and triples is not None
        names[str(name)] = int(triples)
    assert set(names) == {str(IRIS.graph(a[0])) for a in articles}
    assert all(n == 9 for n in names.values())  # each test article graph holds 9 triples
