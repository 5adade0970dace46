"""Dereferencing over HTTP: every kind of IRI, every format, negotiation, redirects, 404s.

Against a real ``dipld serve`` process on a store loaded with ``dipld load``.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

import httpx
import pyoxigraph as ox
import pytest

from dipld.iri import DIPLD, Iris, article_id_from_name, wd

#: the seed article's id and the hostile article's (see conftest.py)
SEED_ID = article_id_from_name("000_33cfb764012bfcb3.txt")
HOSTILE_ID = "hostile-article"

IRIS = Iris()
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
#: media type -> (pyoxigraph format, per-format suffix)
RDF_FORMATS = {
    "text/turtle": (ox.RdfFormat.TURTLE, "ttl"),
    "application/ld+json": (ox.RdfFormat.JSON_LD, "jsonld"),
    "application/n-triples": (ox.RdfFormat.N_TRIPLES, "nt"),
    "application/rdf+xml": (ox.RdfFormat.RDF_XML, "rdf"),
}
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _first_fact_with_evidence(http: httpx.Client) -> str:
    r = http.get(f"/fact/{SEED_ID}/1", headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    return f"fact/{SEED_ID}/1"


def _unlinked_entity(http: httpx.Client) -> str:
    r = http.get(
        "/sparql",
        params={
            "query": "SELECT ?e WHERE { ?e <https://w3id.org/dipld/ontology#linkStatus> "
            "<https://w3id.org/dipld/ontology#Unlinked> } ORDER BY ?e LIMIT 1"
        },
        headers={"Accept": "text/csv"},
    )
    rows = r.text.split()
    assert len(rows) == 2, "the seed article has an unlinked entity"
    local = IRIS.local_part(rows[1])
    assert local is not None
    return local


def _paths(http: httpx.Client) -> dict[str, tuple[str, str]]:
    """kind -> (local path, the IRI it names)."""
    entity = _unlinked_entity(http)
    out = {
        "article": f"article/{SEED_ID}",
        "fact": _first_fact_with_evidence(http),
        "evidence": f"fact/{SEED_ID}/1/evidence/1",
        "graph": f"graph/{SEED_ID}",
        "kb graph": "graph/wikidata",
        "kb source": "kb/source/S4",
        "entity": entity,
    }
    return {k: (v, str(IRIS.under_base(v))) for k, v in out.items()}


@pytest.mark.parametrize("media_type", sorted(RDF_FORMATS))
def test_every_kind_of_iri_is_served_in_every_rdf_format(
    http: httpx.Client, media_type: str
) -> None:
    fmt, suffix = RDF_FORMATS[media_type]
    for kind, (local, iri) in _paths(http).items():
        negotiated = http.get(f"/{local}", headers={"Accept": media_type})
        assert negotiated.status_code == 200, (kind, negotiated.text)
        assert negotiated.headers["content-type"].split(";")[0] == media_type
        assert "Accept" in negotiated.headers["vary"]
        assert negotiated.headers["content-location"] == f"/{local}.{suffix}"
        triples = [q.triple for q in ox.parse(negotiated.content, format=fmt)]
        node = ox.NamedNode(iri)
        assert any(node in (t.subject, t.object) for t in triples), kind
        direct = http.get(f"/{local}.{suffix}", headers={"Accept": "text/html"})
        assert direct.status_code == 200
        assert direct.headers["content-type"].split(";")[0] == media_type
        assert direct.content == negotiated.content


def test_wikidata_entities_have_a_local_page_in_every_format(http: httpx.Client) -> None:
    page = http.get("/wikidata/Q184", headers={"Accept": BROWSER})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "Belarus" in page.text
    assert 'href="https://www.wikidata.org/wiki/Q184"' in page.text
    for media_type, (fmt, suffix) in RDF_FORMATS.items():
        r = http.get("/wikidata/Q184", headers={"Accept": media_type})
        assert r.status_code == 200
        assert r.headers["content-location"] == f"/wikidata/Q184.{suffix}"
        triples = [q.triple for q in ox.parse(r.content, format=fmt)]
        node = ox.NamedNode(str(wd("Q184")))
        assert any(t.object == node and t.predicate.value.startswith(str(DIPLD)) for t in triples)
        assert http.get(f"/wikidata/Q184.{suffix}").content == r.content


def test_browsers_get_html_with_alternates_and_machines_get_turtle(http: httpx.Client) -> None:
    local = f"article/{SEED_ID}"
    html = http.get(f"/{local}", headers={"Accept": BROWSER})
    assert html.status_code == 200
    assert html.headers["content-type"] == "text/html; charset=utf-8"
    assert html.headers["content-location"] == f"/{local}.html"
    for media_type, (_, suffix) in RDF_FORMATS.items():
        assert f'rel="alternate" type="{media_type}" href="/{local}.{suffix}"' in html.text
        assert f'</{local}.{suffix}>; rel="alternate"; type="{media_type}"' in html.headers["link"]
    assert 'rel="describedby" type="text/turtle"' in html.text
    assert 'href="/.well-known/void"' in html.text
    assert "script-src 'self'" in html.headers["content-security-policy"]
    for accept in ("*/*", "text/turtle;q=0.9, text/html;q=0.5", "application/x-turtle"):
        r = http.get(f"/{local}", headers={"Accept": accept})
        expected = "text/html" if accept == "*/*" else "text/turtle"
        assert r.headers["content-type"].startswith(expected), accept
    assert http.get(f"/{local}.html").headers["content-type"].startswith("text/html")


def test_nothing_acceptable_is_406(http: httpx.Client) -> None:
    r = http.get(f"/article/{SEED_ID}", headers={"Accept": "image/png"})
    assert r.status_code == 406
    assert "text/turtle" in r.text


def test_revalidation_answers_304(http: httpx.Client) -> None:
    r = http.get(f"/article/{SEED_ID}", headers={"Accept": "text/turtle"})
    etag = r.headers["etag"]
    again = http.get(
        f"/article/{SEED_ID}", headers={"Accept": "text/turtle", "If-None-Match": etag}
    )
    assert again.status_code == 304
    html = http.get(f"/article/{SEED_ID}", headers={"Accept": "text/html", "If-None-Match": etag})
    assert html.status_code == 200  # another representation, another tag


def test_ontology_at_its_namespace(http: httpx.Client) -> None:
    page = http.get("/ontology", headers={"Accept": BROWSER})
    assert page.status_code == 200
    for name in ("Meeting", "Membership", "evidence", "CONSULT", "HeadOfState"):
        assert f'id="{name}"' in page.text
    turtle = http.get("/ontology", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-location"] == "/ontology.ttl"
    assert turtle.content == http.get("/ontology.ttl").content
    for media_type, (fmt, suffix) in RDF_FORMATS.items():
        r = http.get(f"/ontology.{suffix}")
        assert r.headers["content-type"].split(";")[0] == media_type
        subjects = {q.subject for q in ox.parse(r.content, format=fmt)}
        assert ox.NamedNode(str(DIPLD.Meeting)) in subjects


def test_unknown_iris_get_a_helpful_404(http: httpx.Client) -> None:
    page = http.get(f"/article/{SEED_ID[:-1]}", headers={"Accept": BROWSER})
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "Did you mean" in page.text
    assert f'href="/article/{SEED_ID}"' in page.text
    assert 'href="/query"' in page.text
    machine = http.get("/entity/no-such-thing", headers={"Accept": "text/turtle"})
    assert machine.status_code == 404
    assert "entity/no-such-thing" in machine.text
    assert http.get("/wikidata/Q1", headers={"Accept": BROWSER}).status_code == 404
    assert http.get("/wikidata/not-a-qid", headers={"Accept": BROWSER}).status_code == 404


def test_redirects_are_relative_and_never_name_the_internal_host(http: httpx.Client) -> None:
    forwarded = {"X-Forwarded-Host": "lod.example.org", "X-Forwarded-Proto": "https"}
    cases = {
        f"/resource?{urlencode({'iri': str(wd('Q184'))})}": (303, "/wikidata/Q184"),
        f"/resource?{urlencode({'iri': str(IRIS.fact(SEED_ID, 1))})}": (303, f"/fact/{SEED_ID}/1"),
        f"/resource?{urlencode({'iri': str(DIPLD.Meeting)})}": (303, "/ontology#Meeting"),
        "/wikidata/q184": (301, "/wikidata/Q184"),
        "/wikidata/q184.ttl": (301, "/wikidata/Q184.ttl"),
        f"/article/{SEED_ID}/": (301, f"/article/{SEED_ID}"),
    }
    for path, (status, location) in cases.items():
        for headers in ({}, forwarded):
            r = http.get(path, headers=headers)
            assert r.status_code == status, path
            assert r.headers["location"] == location, path
    followed = http.get("/resource", params={"iri": str(wd("Q184"))}, follow_redirects=True)
    assert followed.status_code == 200
    assert "Belarus" in followed.text
    outside = http.get(
        "/resource", params={"iri": "http://example.org/x"}, headers={"Accept": BROWSER}
    )
    assert outside.status_code == 404


def test_forwarded_host_and_prefix_shape_absolute_urls(http: httpx.Client, base_url: str) -> None:
    headers = {
        "X-Forwarded-Host": "lod.example.org",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Prefix": "/dipld",
        "Accept": BROWSER,
    }
    home = http.get("/", headers=headers)
    assert "https://lod.example.org/dipld/sparql" in home.text
    assert base_url.split("//", 1)[1] not in home.text
    assert 'href="/dipld/articles"' in home.text
    page = http.get(f"/article/{SEED_ID}", headers=headers)
    assert f'href="/dipld/article/{SEED_ID}.ttl"' in page.text
    assert page.headers["content-location"] == f"/dipld/article/{SEED_ID}.html"


def test_article_text_is_escaped_everywhere(http: httpx.Client) -> None:
    pages = [f"/article/{HOSTILE_ID}", f"/fact/{HOSTILE_ID}/1", "/wikidata/Q184", "/articles", "/"]
    for path in pages:
        text = http.get(path, headers={"Accept": BROWSER}).text
        assert "<script>window.__pwned" not in text, path
        assert "onerror=" not in text.replace("onerror=&quot;", ""), path
        assert "<img src=x" not in text, path
        assert "<svg" not in text, path
    article = http.get(f"/article/{HOSTILE_ID}", headers={"Accept": BROWSER}).text
    assert "&lt;script&gt;window.__pwned = 3; alert(&quot;body&quot;)&lt;/script&gt;" in article
    assert "&lt;/textarea&gt;&lt;/pre&gt;&lt;svg" in article
    assert len(re.findall(r"<script\b", article)) == 0  # the article page runs no script at all


def test_head_gives_the_headers_without_a_body(http: httpx.Client) -> None:
    for path in (f"/article/{SEED_ID}", "/wikidata/Q184", "/ontology", "/"):
        r = http.head(path, headers={"Accept": "text/turtle"} if path != "/" else {})
        assert r.status_code == 200, path
        assert r.content == b""
        assert r.headers["etag"]


def test_paths_that_are_no_iri_are_a_plain_404(http: httpx.Client) -> None:
    for path in (
        "/entity/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/entity/a%20b",
        '/x/"q"',
        "/%7B%7D",
    ):
        page = http.get(path, headers={"Accept": BROWSER})
        assert page.status_code == 404, path
        assert "<script>alert" not in page.text
    assert (
        http.get("/resource", params={"iri": "<script>"}, headers={"Accept": BROWSER}).status_code
        == 404
    )
