"""Downloads: dataset dumps, article graphs, the ontology and VoID, with caching headers."""

from __future__ import annotations

import gzip

import httpx
import pyoxigraph as ox
import pytest

from dipld import ontology
from dipld.iri import Iris

IRIS = Iris()


def parse(data: bytes, media_type: str) -> list[ox.Quad]:
    return list(ox.parse(data, format=ox.RdfFormat.from_media_type(media_type)))


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("dataset.ttl", "text/turtle"),
        ("dataset.trig", "application/trig"),
        ("dataset.nq", "application/n-quads"),
    ],
)
def test_dataset_dumps_parse(
    client: httpx.Client, articles: tuple[tuple[str, ...], ...], name: str, media_type: str
) -> None:
    plain = client.get(f"/download/{name}", headers={"Accept-Encoding": "identity"})
    assert plain.status_code == 200
    assert plain.headers["content-type"].split(";")[0] == media_type
    assert plain.headers["content-disposition"] == f'attachment; filename="{name}"'
    assert "content-encoding" not in plain.headers
    quads = parse(plain.content, media_type)
    packed = client.get(f"/download/{name}.gz")
    assert packed.headers["content-type"] == "application/gzip"
    assert "content-encoding" not in packed.headers
    assert gzip.decompress(packed.content) == plain.content
    if name == "dataset.ttl":  # the union: each distinct triple once
        assert len(quads) == len({q.triple for q in quads})
    else:  # every named graph with its name, the union default graph not repeated
        graphs = {q.graph_name for q in quads}
        assert graphs == {ox.NamedNode(str(IRIS.graph(a[0]))) for a in articles}


def test_dump_is_sent_gzipped_to_clients_that_accept_it(client: httpx.Client) -> None:
    raw = client.get("/download/dataset.nq", headers={"Accept-Encoding": "identity"})
    with client.stream("GET", "/download/dataset.nq", headers={"Accept-Encoding": "gzip"}) as r:
        encoded = b"".join(r.iter_raw())
        assert r.headers["content-encoding"] == "gzip"
        assert "Accept-Encoding" in r.headers["vary"]
    assert gzip.decompress(encoded) == raw.content
    assert r.headers["etag"] != raw.headers["etag"]


def test_dump_etag_last_modified_and_304(client: httpx.Client) -> None:
    r = client.get("/download/dataset.ttl.gz")
    etag, modified = r.headers["etag"], r.headers["last-modified"]
    assert (
        client.get("/download/dataset.ttl.gz", headers={"If-None-Match": etag}).status_code == 304
    )
    since = client.get("/download/dataset.ttl.gz", headers={"If-Modified-Since": modified})
    assert since.status_code == 304
    assert since.headers["etag"] == etag


def test_dump_byte_ranges(client: httpx.Client) -> None:
    whole = client.get("/download/dataset.nq.gz").content
    part = client.get("/download/dataset.nq.gz", headers={"Range": "bytes=0-9"})
    assert part.status_code == 206
    assert part.content == whole[:10]


def test_unknown_dump_is_404(client: httpx.Client) -> None:
    r = client.get("/download/dataset.xlsx")
    assert r.status_code == 404
    assert "dataset.ttl" in r.text


def test_article_graph_download(client: httpx.Client) -> None:
    r = client.get("/download/graph/art-1.ttl")
    assert r.status_code == 200
    assert r.headers["content-disposition"] == 'attachment; filename="art-1.ttl"'
    assert len(parse(r.content, "text/turtle")) == 9
    nq = client.get("/download/graph/art-1.nq")
    assert len(parse(nq.content, "application/n-quads")) == 9
    again = client.get("/download/graph/art-1.ttl", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304


def test_missing_article_graph_is_404(client: httpx.Client) -> None:
    assert client.get("/download/graph/no-such-article.ttl").status_code == 404
    assert client.get("/download/graph/art-1.xlsx").status_code == 404


def test_ontology(client: httpx.Client) -> None:
    r = client.get("/ontology.ttl")
    assert r.status_code == 200
    assert r.content == ontology.ontology_bytes()
    assert (
        client.get("/ontology.ttl", headers={"If-None-Match": r.headers["etag"]}).status_code == 304
    )
