"""VoID at /.well-known/void and the DCAT catalogue: they parse, their figures are the store's."""

from __future__ import annotations

import gzip
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID

from dipld.iri import WD, Iris, article_id_from_name
from dipld.store import Reader

from .conftest import ServeProcess  # re-exported from tests/conftest.py

#: the seed article's id and the hostile article's (see conftest.py)
SEED_ID = article_id_from_name("000_33cfb764012bfcb3.txt")
HOSTILE_ID = "hostile-article"

IRIS = Iris()
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
IANA = "https://www.iana.org/assignments/media-types/"


@pytest.fixture(scope="module")
def store(web_store: Path) -> Iterator[ox.Store]:
    with Reader.open(web_store) as reader:
        yield reader.store


def count(store: ox.Store, query: str) -> int:
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    value = next(iter(result))[0]
    assert isinstance(value, ox.Literal)
    return int(value.value)


def pairs(store: ox.Store, query: str) -> dict[str, int]:
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    return {row[0].value: int(row[1].value) for row in result}  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def void(served: object, base_url: str) -> rdflib.Graph:
    r = httpx.get(base_url + "/.well-known/void", headers={"Accept": "text/turtle"}, timeout=120)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/turtle")
    return rdflib.Graph().parse(data=r.text, format="turtle")


def test_void_counts_are_the_stores(void: rdflib.Graph, store: ox.Store, base_url: str) -> None:
    dataset = rdflib.URIRef(base_url + "/.well-known/void#dataset")
    assert (dataset, RDF.type, VOID.Dataset) in void

    def value(subject: rdflib.term.Node, prop: rdflib.URIRef) -> int:
        found = void.value(subject, prop)
        assert found is not None, prop
        return int(found)

    assert value(dataset, VOID.triples) == count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    assert value(dataset, VOID.entities) == count(
        store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"
    )
    assert value(dataset, VOID.distinctObjects) == count(
        store, "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }"
    )
    classes = pairs(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c")
    found = {
        str(void.value(part, VOID["class"])): value(part, VOID.entities)
        for part in void.objects(dataset, VOID.classPartition)
    }
    assert found == classes
    assert value(dataset, VOID.classes) == len(classes)
    properties = pairs(store, "SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p")
    found = {
        str(void.value(part, VOID.property)): value(part, VOID.triples)
        for part in void.objects(dataset, VOID.propertyPartition)
    }
    assert found == properties
    assert value(dataset, VOID.properties) == len(properties)


def test_void_has_one_subset_per_graph_and_a_linkset(
    void: rdflib.Graph, store: ox.Store, base_url: str
) -> None:
    dataset = rdflib.URIRef(base_url + "/.well-known/void#dataset")
    graphs = pairs(store, "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    subsets = {
        str(void.value(s, SD.name)): int(void.value(s, VOID.triples))  # type: ignore[arg-type]
        for s in void.objects(dataset, VOID.subset)
        if (s, RDF.type, VOID.Linkset) not in void
    }
    assert subsets == graphs
    assert str(IRIS.graph(SEED_ID)) in subsets and str(IRIS.graph(HOSTILE_ID)) in subsets
    linksets = [
        s for s in void.objects(dataset, VOID.subset) if (s, RDF.type, VOID.Linkset) in void
    ]
    assert len(linksets) == 1
    links = linksets[0]
    wikidata = void.value(links, VOID.objectsTarget)
    assert str(void.value(wikidata, VOID.uriSpace)) == str(WD)
    base = IRIS.base
    expected = pairs(
        store,
        "SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o "
        f'FILTER(ISIRI(?o) && STRSTARTS(STR(?o), "{WD}") && STRSTARTS(STR(?s), "{base}")) }} '
        "GROUP BY ?p",
    )
    per_predicate = {
        str(void.value(part, VOID.linkPredicate)): int(void.value(part, VOID.triples))  # type: ignore[arg-type]
        for part in void.objects(links, VOID.subset)
    }
    assert per_predicate == expected
    assert int(void.value(links, VOID.triples)) == sum(expected.values())  # type: ignore[arg-type]


def test_void_describes_the_dataset(void: rdflib.Graph, base_url: str) -> None:
    dataset = rdflib.URIRef(base_url + "/.well-known/void#dataset")
    for prop in (
        DCTERMS.title,
        DCTERMS.description,
        DCTERMS.rights,
        DCTERMS.publisher,
        DCTERMS.modified,
    ):
        assert void.value(dataset, prop) is not None, prop
    assert set(void.objects(dataset, DCTERMS.license)), "licences of the data's parts"
    assert void.value(dataset, VOID.sparqlEndpoint) == rdflib.URIRef(base_url + "/sparql")
    dumps = {str(d) for d in void.objects(dataset, VOID.dataDump)}
    assert base_url + "/download/dataset.ttl.gz" in dumps
    assert str(void.value(dataset, VOID.uriSpace)) == IRIS.base
    vocabularies = {str(v) for v in void.objects(dataset, VOID.vocabulary)}
    assert {
        "https://w3id.org/dipld/ontology#",
        "http://www.w3.org/ns/org#",
        "http://www.w3.org/ns/prov#",
    } <= vocabularies
    examples = {str(e) for e in void.objects(dataset, VOID.exampleResource)}
    assert str(IRIS.article(HOSTILE_ID)) in examples
    lookup = void.value(dataset, VOID.uriLookupEndpoint)
    assert lookup is not None
    r = httpx.get(str(lookup) + str(IRIS.article(SEED_ID)), timeout=60)
    assert r.status_code == 303
    assert r.headers["location"] == f"/article/{SEED_ID}"


def test_void_in_every_rdf_format(base_url: str) -> None:
    for media_type, fmt in (
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ):
        r = httpx.get(base_url + "/.well-known/void", headers={"Accept": media_type}, timeout=60)
        assert r.headers["content-type"].split(";")[0] == media_type
        assert r.headers["vary"].startswith("Accept")
        assert len(list(ox.parse(r.content, format=fmt))) > 100


def test_dcat_catalogue(served: object, base_url: str, store: ox.Store) -> None:
    r = httpx.get(base_url + "/catalog", headers={"Accept": "text/turtle"}, timeout=600)
    assert r.status_code == 200
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    catalog = rdflib.URIRef(base_url + "/catalog")
    assert (catalog, RDF.type, DCAT.Catalog) in g
    dataset = g.value(catalog, DCAT.dataset)
    assert dataset == rdflib.URIRef(base_url + "/.well-known/void#dataset")
    assert (dataset, RDF.type, DCAT.Dataset) in g
    distributions = list(g.objects(dataset, DCAT.distribution))
    assert len(distributions) == 6
    for dist in distributions:
        url = str(g.value(dist, DCAT.downloadURL))
        head = httpx.head(url, headers={"Accept-Encoding": "identity"}, timeout=600)
        assert head.status_code == 200, url
        assert int(g.value(dist, DCAT.byteSize)) == int(head.headers["content-length"]), url  # type: ignore[arg-type]
        ext = url.removesuffix(".gz").rsplit(".", 1)[1]
        fmt = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}[
            ext
        ]
        assert str(g.value(dist, DCAT.mediaType)) == IANA + fmt.media_type
        gzipped = (dist, DCAT.compressFormat, rdflib.URIRef(IANA + "application/gzip")) in g
        assert gzipped == url.endswith(".gz")
        if url.endswith(".trig.gz"):
            body = gzip.decompress(httpx.get(url, timeout=600).content)
            quads = list(ox.parse(body, format=fmt))
            assert len(quads) == count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    service = g.value(catalog, DCAT.service)
    assert (service, RDF.type, DCAT.DataService) in g
    assert g.value(service, DCAT.endpointURL) == rdflib.URIRef(base_url + "/sparql")
    assert g.value(service, DCAT.servesDataset) == dataset


def test_service_description_links_to_the_void(base_url: str) -> None:
    r = httpx.get(base_url + "/sparql", headers={"Accept": "text/turtle"}, timeout=60)
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    service = g.value(predicate=SD.endpoint, object=rdflib.URIRef(base_url + "/sparql"))
    assert service is not None
    void = rdflib.URIRef(base_url + "/.well-known/void")
    assert (service, rdflib.RDFS.seeAlso, void) in g
    assert httpx.get(str(void), timeout=60).status_code == 200


def test_void_is_not_bound_by_the_users_query_time_limit(web_store: Path, tmp_path: Path) -> None:
    """The VoID counts are the server's own once-per-version work: a short --query-timeout for
    users' queries must not turn the dataset description into a 503."""
    store = tmp_path / "store"
    shutil.copytree(web_store, store)
    server = ServeProcess(store, "--query-workers", "1", "--query-timeout", "0.05", "-q")
    try:
        response = httpx.get(
            f"{server.url}/.well-known/void", headers={"Accept": "text/turtle"}, timeout=300
        )
        assert response.status_code == 200, response.text[:300]
        void = rdflib.Graph().parse(data=response.text, format="turtle")
        assert any(void.triples((None, VOID.triples, None)))
    finally:
        server.stop()
