"""Loading into a real `oxigraph serve` over SPARQL 1.1 Update and the Graph Store Protocol."""

from __future__ import annotations

import http.server
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from dipld.cli import cli
from dipld.errors import RemoteError, UsageError
from dipld.iri import Iris
from dipld.load import LoadOptions, load, load_remote, run
from dipld.remote import RemoteConfig, RemoteTarget, Shard
from dipld.store import Reader

from .conftest import OxigraphServer, free_port

IRIS = Iris()


def remote_options(**kw: object) -> LoadOptions:
    # the KB graph is exercised once (test_kb_and_articles_...); elsewhere it only slows tests
    return LoadOptions(store=Path("unused"), jobs=1, with_kb=False, **kw)  # type: ignore[arg-type]


def rdf_folder(tmp_path: Path, count: int = 6) -> Path:
    folder = tmp_path / "rdf"
    folder.mkdir()
    for n in range(count):
        (folder / f"part-{n}.ttl").write_text(
            "@prefix ex: <https://example.org/> .\n"
            f'ex:item{n} ex:label "item {n}" ; ex:seeAlso [ ex:label "note {n}" ] .\n',
            encoding="utf-8",
        )
    return folder


@pytest.mark.parametrize("mode", ["update", "graph-store"])
def test_remote_load_is_idempotent(
    oxigraph_server: OxigraphServer, tmp_path: Path, mode: str
) -> None:
    folder = rdf_folder(tmp_path)
    config = RemoteConfig(
        endpoint=oxigraph_server.query,
        update_endpoint=oxigraph_server.update if mode == "update" else None,
        graph_store=oxigraph_server.store if mode == "graph-store" else None,
        request_triples=5,  # several requests per batch
    )
    first = load_remote([str(folder)], remote_options(), config)
    assert first.ok and first.new == 6
    before = oxigraph_server.nquads()
    graphs = {line.rsplit(" ", 2)[-2] for line in before}
    assert graphs == {f"<{IRIS.graph(f'part-{n}')}>" for n in range(6)}
    again = load_remote([str(folder)], remote_options(), config)
    assert again.skipped == 6 and again.new == 0
    (folder / "part-0.ttl").write_text('<https://example.org/x> <https://example.org/p> "new" .')
    changed = load_remote([str(folder)], remote_options(), config)
    assert changed.replaced == 1 and changed.skipped == 5
    after = oxigraph_server.nquads()
    part0 = f"<{IRIS.graph('part-0')}>"
    assert [line for line in after if part0 in line and "example.org/x" in line]
    assert not [line for line in after if part0 in line and "item0" in line]


@pytest.mark.slow
def test_the_remote_store_holds_the_same_graphs_as_a_local_load(
    oxigraph_server: OxigraphServer, kb_store: Path, articles: Path
) -> None:
    """Articles, and the reference KB graph, reach the remote store exactly as stored locally."""
    local = load([str(articles)], LoadOptions(store=kb_store, jobs=1))
    assert local.ok
    result = CliRunner().invoke(
        cli,
        ["load", str(articles), "--jobs", "1", "--endpoint", oxigraph_server.query,
         "--update-endpoint", oxigraph_server.update, "--json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with Reader.open(kb_store) as reader:
        local = {
            str(q)
            for q in reader.store.quads_for_pattern(None, None, None, None)
            if isinstance(q.graph_name, ox.NamedNode)
        }
    data = "\n".join(oxigraph_server.nquads()).encode()
    remote = {str(q) for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)}
    assert len(local) > 400_000 and remote == local


def test_shards_split_a_collection_between_loaders(
    oxigraph_server: OxigraphServer, tmp_path: Path
) -> None:
    folder = rdf_folder(tmp_path, count=12)
    config = RemoteConfig(endpoint=oxigraph_server.query, update_endpoint=oxigraph_server.update)
    counts = [
        load_remote([str(folder)], remote_options(shard=Shard(i, 3)), config).new for i in range(3)
    ]
    assert sum(counts) == 12 and all(n < 12 for n in counts)
    assert len({line.rsplit(" ", 2)[-2] for line in oxigraph_server.nquads()}) == 12
    with pytest.raises(UsageError):
        Shard.parse("3/3")


class _Flaky(http.server.BaseHTTPRequestHandler):
    """Answers 503 to the first `failures` requests, then forwards to the real server."""

    failures = 0
    upstream = ""
    seen: list[tuple[str, str | None]] = []  # noqa: RUF012

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        type(self).seen.append((self.command, self.headers.get("Authorization")))
        if type(self).failures > 0:
            type(self).failures -= 1
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in {"host"}}
        request = urllib.request.Request(
            self.upstream + self.path.lstrip("/"), data=body, headers=headers, method=self.command
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, data, ctype = (
                    response.status,
                    response.read(),
                    response.headers.get("Content-Type"),
                )
        except urllib.error.HTTPError as exc:
            status, data, ctype = exc.code, exc.read(), exc.headers.get("Content-Type")
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def flaky(oxigraph_server: OxigraphServer) -> Iterator[str]:
    _Flaky.upstream = oxigraph_server.url
    _Flaky.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Flaky)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_5xx_answers_are_retried_with_backoff(flaky: str, tmp_path: Path) -> None:
    folder = rdf_folder(tmp_path, count=2)
    sleeps: list[float] = []
    config = RemoteConfig(
        endpoint=flaky + "query", graph_store=flaky + "store", token="s3cret", backoff=0.01
    )
    _Flaky.failures = 3
    target = RemoteTarget(config, sleep=sleeps.append)

    summary = run([str(folder)], target, target.ledger(), remote_options())
    assert summary.ok and summary.new == 2
    assert target.retried == 3 and len(sleeps) == 3
    assert sleeps[0] < sleeps[1] < sleeps[2]  # exponential
    assert {auth for _, auth in _Flaky.seen} == {"Bearer s3cret"}
    assert {method for method, _ in _Flaky.seen} >= {"POST", "PUT"}

    _Flaky.failures = 100
    impatient = RemoteTarget(
        RemoteConfig(endpoint=flaky + "query", retries=2, backoff=0.01), sleep=lambda s: None
    )
    with pytest.raises(RemoteError, match="after 3 attempts: HTTP 503"):
        impatient.ledger()


def test_unreachable_endpoint_fails_clearly(tmp_path: Path) -> None:

    url = f"http://127.0.0.1:{free_port()}/query"
    result = CliRunner().invoke(
        cli, ["load", str(rdf_folder(tmp_path)), "--endpoint", url, "--jobs", "1", "--retries", "1"]
    )
    assert result.exit_code == 1
    assert "cannot connect" in result.stderr
