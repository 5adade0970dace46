"""End to end: a real ``dipld serve`` process on a free port, the seeds loaded while it runs.

The server starts on an empty store directory (which it initialises with the reference KB),
``dipld load seeds/`` publishes a new snapshot while it runs, and the server switches to it.
Then SPARQLWrapper and raw HTTP query it in every format, every dump is downloaded and
re-parsed, and a query stopped at the time limit does not hold up a concurrent cheap one.
"""

from __future__ import annotations

import gzip
import http.client
import json
import subprocess
import sys
import threading
import time
import urllib.parse
import xml.dom.minidom
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper

from dipld.iri import Iris, article_id_from_name
from dipld.serve.pool import WORKER_MALLOC_TUNABLE

from ..conftest import ServeProcess as BaseServeProcess

IRIS = Iris()
ROOT = Path(__file__).resolve().parents[2]
DIPLD = [sys.executable, "-m", "dipld"]
# a chain of joins over the whole store: runs for minutes with flat memory
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p1 ?b . ?b ?p2 ?c . ?c ?p3 ?d . ?d ?p4 ?e }"


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def header(self, name: str) -> str:
        return {k.lower(): v for k, v in self.headers.items()}.get(name.lower(), "")


class ServeProcess(BaseServeProcess):
    """The shared ``dipld serve`` child process, with HTTP helpers."""

    def get(self, path: str, headers: dict[str, str] | None = None) -> Reply:
        parts = urllib.parse.urlsplit(self.url)
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
        try:
            conn.request("GET", path, headers=headers or {})
            response = conn.getresponse()
            return Reply(response.status, dict(response.getheaders()), response.read())
        finally:
            conn.close()

    def wrapper(self) -> SPARQLWrapper:
        return SPARQLWrapper(self.url + "/sparql")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServeProcess]:
    store = tmp_path_factory.mktemp("e2e") / "store"
    server = ServeProcess(store, "--query-timeout", "3", "--query-workers", "2")
    try:
        health = json.loads(server.get("/healthz").body)
        first = health["dataset_version"]
        kb = server.wrapper()
        kb.setQuery(f"ASK {{ GRAPH <{IRIS.kb_graph}> {{ ?s ?p ?o }} }}")
        kb.setReturnFormat(JSON)
        assert kb.query().convert()["boolean"] is True  # initialised with the reference KB
        load = subprocess.run(
            [*DIPLD, "load", "--store", str(store), str(ROOT / "seeds")],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert load.returncode == 0, load.stderr
        deadline = time.monotonic() + 10
        while json.loads(server.get("/healthz").body)["dataset_version"] == first:
            assert time.monotonic() < deadline, "the server did not switch to the new snapshot"
            time.sleep(0.1)
        yield server
    finally:
        server.stop()


def seed_article() -> str:
    return str(IRIS.article(article_id_from_name(next((ROOT / "seeds").glob("*.txt")).name)))


SELECT_FACTS = (
    "SELECT ?fact ?class WHERE { ?fact <http://www.w3.org/ns/prov#wasDerivedFrom> <%s> ; a ?class }"
)


def test_binds_loopback_and_prints_its_url(served: ServeProcess) -> None:
    assert served.url.startswith("http://127.0.0.1:")


def test_sparqlwrapper_json(served: ServeProcess) -> None:
    sw = served.wrapper()
    sw.setQuery(SELECT_FACTS % seed_article())
    sw.setReturnFormat(JSON)
    bindings = sw.query().convert()["results"]["bindings"]
    assert len(bindings) >= 10
    classes = {b["class"]["value"] for b in bindings}
    assert "https://w3id.org/dipld/ontology#Meeting" in classes


def test_sparqlwrapper_xml_csv_tsv_agree(served: ServeProcess) -> None:
    query = SELECT_FACTS % seed_article() + " ORDER BY ?fact ?class"
    counts = {}
    for fmt in (JSON, XML, CSV, TSV):
        sw = served.wrapper()
        sw.setQuery(query)
        sw.setReturnFormat(fmt)
        result = sw.query().convert()
        if fmt == JSON:
            counts[fmt] = len(result["results"]["bindings"])
        elif fmt == XML:
            assert isinstance(result, xml.dom.minidom.Document)
            counts[fmt] = len(result.getElementsByTagName("result"))
        else:
            counts[fmt] = len(result.decode("utf-8").strip().splitlines()) - 1
    assert len(set(counts.values())) == 1, counts


def test_sparqlwrapper_construct_and_ask(served: ServeProcess) -> None:
    article = seed_article()
    sw = served.wrapper()
    sw.setQuery(f"CONSTRUCT WHERE {{ <{article}> ?p ?o }}")
    sw.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    assert (rdflib.URIRef(article), None, None) in graph
    sw = served.wrapper()
    sw.setQuery(f"CONSTRUCT WHERE {{ <{article}> ?p ?o }}")
    sw.setReturnFormat(XML)
    rdfxml = sw.query().response.read()  # RDF/XML (SPARQLWrapper's own parse needs rdflib 6)
    assert len(list(ox.parse(rdfxml, format=ox.RdfFormat.RDF_XML))) == len(graph)
    sw = served.wrapper()
    sw.setQuery(f"ASK {{ GRAPH ?g {{ <{article}> ?p ?o }} }}")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True


def test_raw_http(served: ServeProcess) -> None:
    query = urllib.parse.quote(SELECT_FACTS % seed_article())
    r = served.get(f"/sparql?query={query}", {"Accept": "text/csv"})
    assert r.status == 200
    assert r.header("Content-Type").startswith("text/csv")
    assert r.header("X-Dipld-Truncated") == "false"
    assert r.body.decode().splitlines()[0] == "fact,class"
    description = served.get("/sparql", {"Accept": "text/turtle"})
    assert b"sparql-service-description" in description.body
    bad = served.get("/sparql?query=" + urllib.parse.quote("SELECT WHERE"))
    assert bad.status == 400


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("/download/dataset.ttl", ox.RdfFormat.TURTLE),
        ("/download/dataset.ttl.gz", ox.RdfFormat.TURTLE),
        ("/download/dataset.trig", ox.RdfFormat.TRIG),
        ("/download/dataset.trig.gz", ox.RdfFormat.TRIG),
        ("/download/dataset.nq", ox.RdfFormat.N_QUADS),
        ("/download/dataset.nq.gz", ox.RdfFormat.N_QUADS),
        ("/ontology.ttl", ox.RdfFormat.TURTLE),
    ],
)
def test_every_dump_reparses(served: ServeProcess, path: str, fmt: ox.RdfFormat) -> None:
    r = served.get(path, {"Accept-Encoding": "identity"})
    assert r.status == 200
    body = r.body
    if path.endswith(".gz"):
        body = gzip.decompress(body)
    quads = list(ox.parse(body, format=fmt))
    assert quads
    if "dataset" in path and fmt is not ox.RdfFormat.TURTLE:
        graphs = {q.graph_name for q in quads}
        assert ox.NamedNode(str(IRIS.kb_graph)) in graphs
        assert len(graphs) >= 2  # the KB and the seed article


def test_article_graph_download_reparses(served: ServeProcess) -> None:
    article_id = IRIS.article_id_of(seed_article())
    r = served.get(f"/download/graph/{article_id}.ttl")
    assert r.status == 200
    assert len(list(ox.parse(r.body, format=ox.RdfFormat.TURTLE))) > 100


def test_timed_out_query_does_not_block_a_cheap_one(served: ServeProcess) -> None:
    slow: dict[str, int | bool] = {}

    def run_slow() -> None:
        r = served.get("/sparql?query=" + urllib.parse.quote(SLOW))
        slow["status"] = r.status
        slow["timed_out"] = b"time limit of 3 s" in r.body
        slow["body"] = len(r.body)

    started = time.monotonic()
    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)
    cheap = urllib.parse.quote(f"ASK {{ <{seed_article()}> ?p ?o }}")
    for _ in range(10):
        t0 = time.monotonic()
        r = served.get(f"/sparql?query={cheap}")
        assert r.status == 200
        assert json.loads(r.body)["boolean"] is True
        assert time.monotonic() - t0 < 2.0  # answered at once, not after the 3 s limit
    assert thread.is_alive()
    thread.join(30)
    assert slow["status"] == 503
    assert slow["timed_out"] is True
    assert 2.5 < time.monotonic() - started < 15
    # one access-log line per request; a thread reads the server's stderr, so allow it a moment
    deadline = time.monotonic() + 10
    while not any("status=503" in line for line in served.log) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert any("status=503" in line for line in served.log)


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], list(children.get(pid, []))
    while todo:
        child = todo.pop()
        found.append(child)
        todo += children.get(child, [])
    return found


def test_query_workers_run_with_the_malloc_tunable(served: ServeProcess) -> None:
    """The fork server, and so every query worker, inherits GLIBC_TUNABLES with the tcache."""
    environs: dict[int, list[bytes]] = {}
    for pid in _descendants(served.process.pid):
        try:
            environs[pid] = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        except OSError:
            continue  # a worker replaced or an extra one stopped since the listing
    assert len(environs) >= 3  # the fork server and two workers
    for pid, environ in environs.items():
        tunables = [v for v in environ if v.startswith(b"GLIBC_TUNABLES=")]
        assert tunables and WORKER_MALLOC_TUNABLE.encode() in tunables[0], pid
