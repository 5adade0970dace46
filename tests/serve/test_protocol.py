"""SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/): one test per requirement.

Section numbers refer to the Protocol Recommendation of 21 March 2013. The server runs
in-process on a real store of three article graphs with a result limit of 2.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import httpx
import pyoxigraph as ox
import pytest
import rdflib

from dipld.iri import Iris

IRIS = Iris()
SRX = "{http://www.w3.org/2005/sparql-results#}"
ART1 = str(IRIS.article("art-1"))
G1 = str(IRIS.graph("art-1"))
G2 = str(IRIS.graph("art-2"))
HEADLINES = "SELECT ?h WHERE { ?a <http://schema.org/headline> ?h } ORDER BY ?h"
ONE = f"SELECT ?h WHERE {{ <{ART1}> <http://schema.org/headline> ?h }}"


def values(response: httpx.Response, var: str) -> list[str]:
    data = response.json()
    return [b[var]["value"] for b in data["results"]["bindings"] if var in b]


# ---- §2.1 query operation: the three ways to send a query ---------------------------------


def test_query_via_get(client: httpx.Client) -> None:
    """§2.1.1: query via GET with the query string parameter ``query``."""
    r = client.get("/sparql", params={"query": ONE})
    assert r.status_code == 200
    assert values(r, "h") == ["Belarus and Russia meet"]


def test_query_via_post_urlencoded(client: httpx.Client) -> None:
    """§2.1.2: query via POST with an application/x-www-form-urlencoded body."""
    r = client.post("/sparql", data={"query": ONE})
    assert r.status_code == 200
    assert values(r, "h") == ["Belarus and Russia meet"]


def test_query_via_post_directly(client: httpx.Client) -> None:
    """§2.1.3: query via POST with an application/sparql-query body."""
    r = client.post(
        "/sparql", content=ONE.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 200
    assert values(r, "h") == ["Belarus and Russia meet"]


def test_post_direct_takes_dataset_from_the_url(client: httpx.Client) -> None:
    """§2.1.3: with a direct POST, default-graph-uri travels in the query string."""
    r = client.post(
        "/sparql",
        params={"default-graph-uri": G2},
        content=HEADLINES.encode(),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert values(r, "h") == ["Armenia joins the talks"]


# ---- §2.1.4 the RDF dataset ---------------------------------------------------------------


def test_default_graph_uri_sets_the_default_graph(client: httpx.Client) -> None:
    """§2.1.4: default-graph-uri makes the default graph the merge of the given graphs."""
    r = client.get("/sparql", params={"query": HEADLINES, "default-graph-uri": [G1, G2]})
    assert values(r, "h") == ["Armenia joins the talks", "Belarus and Russia meet"]


def test_named_graph_uri_sets_the_named_graphs(client: httpx.Client) -> None:
    """§2.1.4: named-graph-uri limits GRAPH ?g to the given graphs."""
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = client.get("/sparql", params={"query": q, "named-graph-uri": G2})
    assert values(r, "g") == [G2]


def test_protocol_dataset_overrides_from_clauses(client: httpx.Client) -> None:
    """§2.1.4: a dataset given in the protocol takes precedence over FROM in the query."""
    q = f"SELECT ?h FROM <{G1}> WHERE {{ ?a <http://schema.org/headline> ?h }}"
    r = client.get("/sparql", params={"query": q, "default-graph-uri": G2})
    assert values(r, "h") == ["Armenia joins the talks"]


def test_default_graph_is_the_union_of_article_graphs(
    client: httpx.Client, articles: tuple[tuple[str, ...], ...]
) -> None:
    """DESIGN: without a protocol dataset the default graph is the union of all graphs."""
    r = client.get("/sparql", params={"query": HEADLINES + " LIMIT 2"})
    assert len(values(r, "h")) == 2
    count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a <http://schema.org/headline> ?h }"
    assert values(client.get("/sparql", params={"query": count}), "n") == [str(len(articles))]


def test_graph_reaches_each_article_graph(client: httpx.Client) -> None:
    """DESIGN: GRAPH ?g reaches each article's named graph."""
    q = "SELECT ?g WHERE { GRAPH ?g { ?a <http://schema.org/headline> ?h } } ORDER BY ?g LIMIT 2"
    assert values(client.get("/sparql", params={"query": q}), "g") == [G1, G2]


# ---- §2.1.5 responses and their formats ------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_select_results_formats(client: httpx.Client, accept: str, media_type: str) -> None:
    """§2.1.5: SELECT results in the four W3C result formats, chosen by Accept."""
    r = client.get("/sparql", params={"query": ONE}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == media_type
    assert "Belarus and Russia meet" in r.text
    if media_type == "text/csv":
        assert list(csv.reader(io.StringIO(r.text))) == [["h"], ["Belarus and Russia meet"]]
    if media_type == "text/tab-separated-values":
        assert r.text.splitlines() == ["?h", '"Belarus and Russia meet"@en']
    if media_type.endswith("xml"):
        literal = ET.fromstring(r.content).find(f".//{SRX}literal")
        assert literal is not None and literal.text == "Belarus and Russia meet"


@pytest.mark.parametrize(
    "accept", ["application/sparql-results+json", "application/sparql-results+xml"]
)
def test_ask_results(client: httpx.Client, accept: str) -> None:
    """§2.1.5: ASK results as JSON and XML booleans."""
    r = client.get(
        "/sparql", params={"query": f"ASK {{ <{ART1}> ?p ?o }}"}, headers={"Accept": accept}
    )
    if accept.endswith("json"):
        assert r.json() == {"head": {}, "boolean": True}
    else:
        boolean = ET.fromstring(r.content).find(f"{SRX}boolean")
        assert boolean is not None and boolean.text == "true"


@pytest.mark.parametrize(
    "accept",
    [
        "text/turtle",
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml",
        "application/trig",
        "application/n-quads",
    ],
)
def test_construct_formats(client: httpx.Client, accept: str) -> None:
    """§2.1.5: CONSTRUCT results in every RDF format, each parsing to the same triples."""
    q = f"CONSTRUCT {{ <{ART1}> ?p ?o }} WHERE {{ <{ART1}> ?p ?o }} ORDER BY ?p LIMIT 2"
    r = client.get("/sparql", params={"query": q}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == accept
    quads = list(ox.parse(r.content, format=ox.RdfFormat.from_media_type(accept)))
    assert len(quads) == 2


def test_describe(client: httpx.Client) -> None:
    """§2.1.5: DESCRIBE answers with an RDF graph."""
    r = client.get(
        "/sparql", params={"query": f"DESCRIBE <{ART1}>"}, headers={"Accept": "text/turtle"}
    )
    assert r.status_code == 200
    assert len(rdflib.Graph().parse(data=r.text, format="turtle")) >= 1


def test_conneg_honours_q_values(client: httpx.Client) -> None:
    """RFC 9110 §12.5.1: the highest q-value wins."""
    accept = "application/sparql-results+json;q=0.4, text/csv;q=0.9, */*;q=0.1"
    r = client.get("/sparql", params={"query": ONE}, headers={"Accept": accept})
    assert r.headers["content-type"].startswith("text/csv")


def test_conneg_wildcards_and_q_zero(client: httpx.Client) -> None:
    """RFC 9110: text/* matches text formats; q=0 excludes a type."""
    accept = "text/*, text/csv;q=0, text/xml;q=0"
    r = client.get("/sparql", params={"query": ONE}, headers={"Accept": accept})
    assert r.headers["content-type"].startswith("text/tab-separated-values")


def test_conneg_media_type_parameters(client: httpx.Client) -> None:
    """A range with a parameter we do not produce does not match; charset=utf-8 does."""
    accept = 'application/ld+json;profile="http://example.org/x", text/turtle;charset=utf-8;q=0.5'
    q = f"CONSTRUCT WHERE {{ <{ART1}> ?p ?o }}"
    r = client.get("/sparql", params={"query": q}, headers={"Accept": accept})
    assert r.headers["content-type"].startswith("text/turtle")


def test_format_parameter_overrides_accept(client: httpx.Client) -> None:
    """format= picks the format whatever Accept says."""
    r = client.get(
        "/sparql", params={"query": ONE, "format": "tsv"}, headers={"Accept": "application/json"}
    )
    assert r.headers["content-type"].startswith("text/tab-separated-values")


def test_not_acceptable(client: httpx.Client) -> None:
    """RFC 9110 §15.5.7: 406 when no result format is acceptable."""
    r = client.get("/sparql", params={"query": ONE}, headers={"Accept": "image/png"})
    assert r.status_code == 406
    assert "application/sparql-results+json" in r.text


def test_vary_accept(client: httpx.Client) -> None:
    """Responses chosen by content negotiation say so with Vary: Accept."""
    r = client.get("/sparql", params={"query": ONE})
    assert "Accept" in r.headers["vary"]


# ---- §2.1.5 / §2.2.4 error statuses -----------------------------------------------------------


def test_malformed_query_is_400_with_the_parser_message(client: httpx.Client) -> None:
    """§2.1.5: a query string that does not parse is answered with 400 and a message."""
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400
    assert "does not parse" in r.text and "1:" in r.text


def test_two_query_parameters_are_400(client: httpx.Client) -> None:
    """§2.1.1: exactly one query parameter; more is a malformed request."""
    r = client.get("/sparql", params={"query": [ONE, ONE]})
    assert r.status_code == 400


def test_query_and_update_together_are_400(client: httpx.Client) -> None:
    """§2.1.2/§2.2.1: a request is a query or an update, not both."""
    r = client.post("/sparql", data={"query": ONE, "update": "CLEAR GRAPH <http://ex/g>"})
    assert r.status_code == 400


def test_wrong_method_is_405_with_allow(client: httpx.Client) -> None:
    """RFC 9110 §15.5.6: methods other than GET/POST are refused with Allow."""
    r = client.put("/sparql", content=b"x")
    assert r.status_code == 405
    assert "POST" in r.headers["allow"]


def test_wrong_content_type_is_415(client: httpx.Client) -> None:
    """RFC 9110 §15.5.16: a POST body that is not a SPARQL request is refused."""
    r = client.post("/sparql", content=ONE.encode(), headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_update_via_get_is_refused(client: httpx.Client) -> None:
    """§2.2: updates are sent with POST only."""
    r = client.get("/sparql", params={"update": "CLEAR GRAPH <http://ex/g>"})
    assert r.status_code == 400


def test_update_on_a_read_only_server_is_403(client: httpx.Client) -> None:
    """Safe by default: a server without a write token refuses updates."""
    r = client.post(
        "/sparql",
        content=b"INSERT DATA { GRAPH <http://ex/g> { <http://ex/s> <http://ex/p> 1 } }",
        headers={"Content-Type": "application/sparql-update"},
    )
    assert r.status_code == 403
    assert "--write-token" in r.text


def test_request_size_limit_is_413(client: httpx.Client) -> None:
    """A body over --max-request-bytes is refused with 413 before it is read whole."""
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * (1 << 20)
    r = client.post(
        "/sparql", content=big.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 413


def test_service_is_refused_by_default(client: httpx.Client) -> None:
    """Safe by default: SERVICE to another endpoint is a 400 unless --allow-service."""
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    r = client.get("/sparql", params={"query": q})
    assert r.status_code == 400
    assert "--allow-service" in r.text


def test_service_in_a_string_is_not_refused(client: httpx.Client) -> None:
    q = 'SELECT ?x WHERE { BIND("SERVICE <http://x>" AS ?x) }  # SERVICE'
    assert client.get("/sparql", params={"query": q}).status_code == 200


# ---- the row cap is signalled, never silent ---------------------------------------------------


def test_truncation_is_signalled_in_headers_and_json(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": HEADLINES})
    assert r.status_code == 200
    assert r.headers["x-dipld-truncated"] == "true"
    assert r.headers["x-dipld-result-limit"] == "2"
    assert r.headers["x-dipld-rows"] == "2"
    assert r.json()["head"]["link"] == ["urn:dipld:result-truncated"]
    assert len(values(r, "h")) == 2


def test_truncation_is_signalled_in_xml_and_turtle(client: httpx.Client) -> None:
    xml = client.get(
        "/sparql", params={"query": HEADLINES}, headers={"Accept": "application/sparql-results+xml"}
    )
    link = ET.fromstring(xml.content).find(f"{SRX}head/{SRX}link")
    assert link is not None and link.get("href") == "urn:dipld:result-truncated"
    ttl = client.get(
        "/sparql",
        params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
        headers={"Accept": "text/turtle"},
    )
    assert ttl.headers["x-dipld-truncated"] == "true"
    assert "# dipld: result truncated" in ttl.text
    assert len(rdflib.Graph().parse(data=ttl.text, format="turtle")) == 2


@pytest.mark.parametrize("accept", ["application/n-triples", "application/ld+json"])
def test_construct_truncation_counts_triples_in_every_serialisation(
    client: httpx.Client, accept: str
) -> None:
    """N-Triples are cut by lines, other formats by handing the serialiser `limit` triples."""
    r = client.get(
        "/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": accept}
    )
    assert r.headers["x-dipld-truncated"] == "true"
    assert r.headers["x-dipld-rows"] == "2"
    fmt = ox.RdfFormat.from_media_type(accept)
    assert fmt is not None
    assert len(list(ox.parse(r.content, format=fmt))) == 2


def test_untruncated_result_says_so(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": ONE})
    assert r.headers["x-dipld-truncated"] == "false"
    assert "link" not in r.json()["head"]


# ---- caching headers -------------------------------------------------------------------------


def test_etag_and_304(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": ONE})
    etag = r.headers["etag"]
    assert r.headers["last-modified"]
    again = client.get("/sparql", params={"query": ONE}, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    other = client.get(
        "/sparql", params={"query": ONE}, headers={"If-None-Match": etag, "Accept": "text/csv"}
    )
    assert other.status_code == 200  # another representation has another tag


# ---- CORS, compression, health, metrics -------------------------------------------------------


def test_cors_on_by_default(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": ONE}, headers={"Origin": "https://example.org"})
    assert r.headers["access-control-allow-origin"] == "*"
    assert "X-Dipld-Truncated" in r.headers["access-control-expose-headers"]
    pre = client.options(
        "/sparql",
        headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST"},
    )
    assert pre.status_code == 200
    assert "POST" in pre.headers["access-control-allow-methods"]


def test_gzip_when_accepted(client: httpx.Client) -> None:
    r = client.get("/sparql", headers={"Accept-Encoding": "gzip", "Accept": "text/turtle"})
    assert r.headers["content-encoding"] == "gzip"
    assert "sparql-service-description" in r.text


def test_healthz_and_metrics(client: httpx.Client) -> None:
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["dataset_version"]
    client.get("/sparql", params={"query": ONE})
    text = client.get("/metrics").text
    assert 'dipld_http_requests_total{route="/sparql",method="GET",status="200"}' in text
    assert "dipld_http_request_duration_seconds_bucket" in text
    assert "dipld_query_timeouts_total" in text
    assert "dipld_query_rows_total" in text
    assert "dipld_worker_restarts_total" in text
    assert json.loads(client.get("/healthz").text)["workers"] == 2
