"""Writes: SPARQL Update and Graph Store Protocol, only with a token, keeping the union exact."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from dipld.iri import Iris
from dipld.serve import writes
from dipld.store import Writer

IRIS = Iris()
TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NEW = "https://example.org/graph/new"
G1 = str(IRIS.graph("art-1"))
UPDATE = {"Content-Type": "application/sparql-update"}


def ask(client: httpx.Client, query: str) -> bool:
    r = client.get("/sparql", params={"query": query})
    assert r.status_code == 200, r.text
    return bool(r.json()["boolean"])


def update(
    client: httpx.Client, text: str, headers: dict[str, str] | None = None
) -> httpx.Response:
    return client.post(
        "/sparql",
        content=text.encode(),
        headers={**UPDATE, **(AUTH if headers is None else headers)},
    )


@pytest.fixture
def client(start_server: Any) -> Any:
    srv = start_server(write_token=TOKEN)
    with srv.client() as c:
        yield c


def test_writes_need_the_token(client: httpx.Client) -> None:
    text = f"INSERT DATA {{ GRAPH <{NEW}> {{ <http://ex/s> <http://ex/p> 1 }} }}"
    missing = update(client, text, headers={})
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"].startswith("Bearer")
    assert update(client, text, headers={"Authorization": "Bearer wrong"}).status_code == 401
    put = client.put(f"/graph-store?graph={NEW}", content=b"<http://ex/s> <http://ex/p> 1 .")
    assert put.status_code == 401
    assert not ask(client, "ASK { <http://ex/s> ?p ?o }")


def test_update_insert_and_delete_data(client: httpx.Client) -> None:
    r = update(client, f"INSERT DATA {{ GRAPH <{NEW}> {{ <http://ex/s> <http://ex/p> 1 }} }}")
    assert r.status_code == 204
    assert ask(client, f"ASK {{ GRAPH <{NEW}> {{ <http://ex/s> <http://ex/p> 1 }} }}")
    assert ask(client, "ASK { <http://ex/s> <http://ex/p> 1 }")  # the union default graph
    r = update(client, f"DELETE DATA {{ GRAPH <{NEW}> {{ <http://ex/s> <http://ex/p> 1 }} }}")
    assert r.status_code == 204
    assert not ask(client, "ASK { <http://ex/s> <http://ex/p> 1 }")


def test_union_keeps_a_triple_another_graph_still_holds(client: httpx.Client) -> None:
    # of the test articles, only art-1 says wd:Q184 org:memberOf wd:Q7184
    triple = (
        "<http://www.wikidata.org/entity/Q184> <http://www.w3.org/ns/org#memberOf> "
        "<http://www.wikidata.org/entity/Q7184>"
    )
    assert update(client, f"INSERT DATA {{ GRAPH <{NEW}> {{ {triple} }} }}").status_code == 204
    assert update(client, f"DROP GRAPH <{G1}>").status_code == 204
    assert ask(client, f"ASK {{ {triple} }}")  # still held by NEW
    assert update(client, f"DROP GRAPH <{NEW}>").status_code == 204
    assert not ask(client, f"ASK {{ {triple} }}")


def test_update_with_where_and_with(client: httpx.Client) -> None:
    text = (
        f"WITH <{G1}> DELETE {{ ?a <http://schema.org/headline> ?h }} "
        f'INSERT {{ ?a <http://schema.org/headline> "Changed"@en }} '
        "WHERE { ?a <http://schema.org/headline> ?h }"
    )
    assert update(client, text).status_code == 204
    assert ask(client, 'ASK { ?a <http://schema.org/headline> "Changed"@en }')
    assert not ask(client, 'ASK { ?a <http://schema.org/headline> "Belarus and Russia meet"@en }')


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://ex/s> <http://ex/p> 1 }",
        "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
        "CLEAR ALL",
        "DROP DEFAULT",
        "LOAD <http://example.org/data.ttl> INTO GRAPH <http://ex/g>",
    ],
)
def test_updates_that_do_not_name_their_graphs_are_refused(client: httpx.Client, text: str) -> None:
    r = update(client, text)
    assert r.status_code == 400
    assert ask(client, "ASK { ?s ?p ?o }")


def test_update_syntax_error_is_400(client: httpx.Client) -> None:
    assert update(client, "INSERT DATA { GRAPH <http://ex/g> { ?x } }").status_code == 400


def test_update_via_form(client: httpx.Client) -> None:
    text = f"INSERT DATA {{ GRAPH <{NEW}> {{ <http://ex/f> <http://ex/p> 2 }} }}"
    r = client.post("/sparql", data={"update": text}, headers=AUTH)
    assert r.status_code == 204
    assert ask(client, "ASK { <http://ex/f> <http://ex/p> 2 }")


def test_graph_store_put_get_post_delete(client: httpx.Client) -> None:
    turtle = {"Content-Type": "text/turtle", **AUTH}
    url = f"/graph-store?graph={NEW}"
    assert (
        client.put(url, content=b"<http://ex/a> <http://ex/p> 1 .", headers=turtle).status_code
        == 201
    )
    got = client.get(url, headers={"Accept": "application/n-triples"})
    assert got.status_code == 200
    assert (
        got.text.strip()
        == '<http://ex/a> <http://ex/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .'
    )
    assert (
        client.put(url, content=b"<http://ex/b> <http://ex/p> 2 .", headers=turtle).status_code
        == 204
    )
    assert not ask(client, "ASK { <http://ex/a> ?p ?o }")
    assert (
        client.post(url, content=b"<http://ex/c> <http://ex/p> _:x .", headers=turtle).status_code
        == 204
    )
    assert ask(client, "ASK { <http://ex/b> ?p ?o . <http://ex/c> ?q ?r }")
    assert ask(client, "ASK { <http://ex/c> ?p ?o FILTER(isIRI(?o)) }")  # skolemised
    assert client.delete(url, headers=AUTH).status_code == 204
    assert client.delete(url, headers=AUTH).status_code == 404
    assert client.get(url).status_code == 404


def test_graph_store_refuses_the_default_graph_and_bad_bodies(client: httpx.Client) -> None:
    turtle = {"Content-Type": "text/turtle", **AUTH}
    body = b"<http://ex/a> <http://ex/p> 1 ."
    assert client.put("/graph-store?default", content=body, headers=turtle).status_code == 400
    bad_type = client.put(
        f"/graph-store?graph={NEW}", content=body, headers={"Content-Type": "text/csv", **AUTH}
    )
    assert bad_type.status_code == 415
    broken = client.put(f"/graph-store?graph={NEW}", content=b"<http://ex/a> <", headers=turtle)
    assert broken.status_code == 400
    assert client.get("/graph-store?default", follow_redirects=False).status_code == 303


def test_busy_store_is_503_with_retry_after(
    client: httpx.Client, start_server: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    monkeypatch.setattr(writes, "WRITE_WAIT", 0.2)
    with Writer.open(tmp_path / "store"):
        r = update(client, f"INSERT DATA {{ GRAPH <{NEW}> {{ <http://ex/s> <http://ex/p> 1 }} }}")
    assert r.status_code == 503
    assert r.headers["retry-after"]


def test_service_description_lists_update_when_enabled(client: httpx.Client) -> None:
    assert "SPARQL11Update" in client.get("/sparql", headers={"Accept": "text/turtle"}).text
