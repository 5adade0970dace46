"""Loading into any SPARQL 1.1 store: the same named graphs, written idempotently, with retries.

Two ways to write a graph, both replacing it whole so a load can be repeated safely:

- SPARQL 1.1 Update (``--update-endpoint``, the default): ``DROP SILENT GRAPH <g> ;
  INSERT DATA { GRAPH <g> { … } }``, several graphs per request (sent with SPARQLWrapper);
- Graph Store Protocol (``--graph-store``): one ``PUT ?graph=<g>`` of N-Triples per graph
  (SPARQLWrapper speaks only the query and update protocols, so this uses ``urllib``).

What is already loaded is read with one SPARQL query on ``--endpoint``. Requests that fail
with a 5xx status or a connection error are retried with exponential backoff; other errors
(bad credentials, a 4xx) stop the load with the server's message. ``--shard i/n`` splits a
collection among loaders by a stable hash of each article id, so any number of loaders can
work on shards of one collection against one store.

>>> Shard.parse("1/4")
Shard(index=1, count=4)
>>> [Shard(i, 3).holds("www-state-gov-some-article") for i in range(3)].count(True)
1
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import random
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from http.client import HTTPException
from typing import TypeVar
from urllib.parse import quote, urlsplit

import pyoxigraph as ox
from SPARQLWrapper import INSERT as UPDATE_FORM
from SPARQLWrapper import JSON, POST, POSTDIRECTLY, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, SPARQLWrapperException

from dipld import __version__
from dipld.errors import RemoteError, UsageError
from dipld.ledger import FILE_HASH, PREDICATES, VERSION_INFO, Ledger

T = TypeVar("T")
#: Graphs to write: each graph's triples as N-Triples (one triple per line).
Batch = Sequence[tuple[ox.NamedNode, bytes]]

USER_AGENT = f"dipld/{__version__} (+https://w3id.org/dipld/)"
#: Record predicates written last when a graph is split over requests, so a graph cut short by
#: a crash has no hash and is rewritten by the next load.
_LAST = frozenset({*PREDICATES, FILE_HASH, VERSION_INFO})


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard ``index`` of ``count`` (0-based): the articles whose id hashes to it."""

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        head, sep, tail = text.partition("/")
        try:
            index, count = int(head), int(tail)
        except ValueError:
            index, count = -1, 0
        if not sep or count < 1 or not 0 <= index < count:
            raise UsageError(
                f"--shard {text!r}: expected i/n with 0 <= i < n, e.g. 0/4 … 3/4 for four loaders"
            )
        return cls(index, count)

    def holds(self, key: str) -> bool:
        digest = hashlib.sha256(key.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index


class RemoteMode(StrEnum):
    """How graphs are written to a remote store."""

    UPDATE = "update"
    GRAPH_STORE = "graph-store"


@dataclass(frozen=True, slots=True)
class RemoteConfig:
    """A remote SPARQL 1.1 store and how to talk to it."""

    endpoint: str
    update_endpoint: str | None = None
    graph_store: str | None = None
    user: str | None = None
    password: str | None = None
    token: str | None = None
    retries: int = 5
    backoff: float = 0.5
    timeout: float = 120.0
    request_triples: int = 20_000

    def __post_init__(self) -> None:
        for option, url in (
            ("--endpoint", self.endpoint),
            ("--update-endpoint", self.update_endpoint),
            ("--graph-store", self.graph_store),
        ):
            if url is not None and urlsplit(url).scheme not in {"http", "https"}:
                raise UsageError(f"{option} {url!r}: expected an http:// or https:// URL")
        if self.update_endpoint and self.graph_store:
            raise UsageError("give --update-endpoint or --graph-store, not both")
        if self.token and (self.user or self.password):
            raise UsageError("give --user/--password or --token, not both")
        if (self.user is None) != (self.password is None):
            raise UsageError("--user and --password go together")

    @property
    def mode(self) -> RemoteMode:
        return RemoteMode.GRAPH_STORE if self.graph_store else RemoteMode.UPDATE

    @property
    def authorization(self) -> str | None:
        if self.token:
            return f"Bearer {self.token}"
        if self.user is not None and self.password is not None:
            pair = f"{self.user}:{self.password}".encode()
            return "Basic " + base64.b64encode(pair).decode("ascii")
        return None


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, urllib.error.HTTPError):
        return exc.code >= 500
    if isinstance(exc, EndPointInternalError):
        return True
    return isinstance(exc, urllib.error.URLError | HTTPException | ConnectionError | TimeoutError)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        body = ""
        with contextlib.suppress(OSError, ValueError):
            body = exc.read().decode("utf-8", "replace").strip()[:300]
        return f"HTTP {exc.code} {exc.reason}" + (f": {body}" if body else "")
    if isinstance(exc, urllib.error.URLError):
        return f"cannot connect ({exc.reason})"
    text = str(exc).strip().replace("\n", " ")
    return text[:400] or type(exc).__name__


class RemoteTarget:
    """A SPARQL 1.1 store as a load target (see :class:`dipld.load.Target`)."""

    def __init__(
        self, config: RemoteConfig, *, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.config = config
        self._sleep = sleep
        self.requests = 0
        self.retried = 0

    @property
    def name(self) -> str:
        return self.config.graph_store or self.config.update_endpoint or self.config.endpoint

    # ---- the protocol, with retries ------------------------------------------------------

    def _retrying(self, what: str, call: Callable[[], T]) -> T:
        attempt = 0
        while True:
            self.requests += 1
            try:
                return call()
            except (SPARQLWrapperException, urllib.error.URLError, HTTPException, OSError) as exc:
                if not _retryable(exc) or attempt >= self.config.retries:
                    tries = f" after {attempt + 1} attempts" if attempt else ""
                    raise RemoteError(
                        f"{what} failed{tries}: {_describe(exc)}", where=self.name
                    ) from exc
                delay = min(30.0, self.config.backoff * 2**attempt)
                self._sleep(delay + random.uniform(0, self.config.backoff))
                attempt += 1
                self.retried += 1

    def _wrapper(self) -> SPARQLWrapper:
        sparql = SPARQLWrapper(
            self.config.endpoint,
            updateEndpoint=self.config.update_endpoint or self.config.endpoint,
            agent=USER_AGENT,
        )
        sparql.setTimeout(int(self.config.timeout))
        sparql.setMethod(POST)
        auth = self.config.authorization
        if auth is not None:
            sparql.addCustomHttpHeader("Authorization", auth)
        return sparql

    def select(self, query: str) -> ox.QuerySolutions:
        """Run a SELECT query on the endpoint; the solutions as pyoxigraph terms."""

        def call() -> bytes:
            sparql = self._wrapper()
            sparql.setQuery(query)
            sparql.setReturnFormat(JSON)
            response = sparql.query().response
            data: bytes = response.read()
            return data

        data = self._retrying("query", call)
        try:
            solutions = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        except SyntaxError as exc:
            raise RemoteError(f"unreadable query results ({exc})", where=self.name) from exc
        assert isinstance(solutions, ox.QuerySolutions)
        return solutions

    def update(self, text: str) -> None:
        """Run a SPARQL 1.1 Update request."""

        def call() -> None:
            sparql = self._wrapper()
            sparql.setRequestMethod(POSTDIRECTLY)
            # what setQuery() does, without its regex scan of megabytes of data for the form
            sparql.queryString = text
            sparql.queryType = UPDATE_FORM
            sparql.query().response.read()

        self._retrying("update", call)

    def _graph_store_request(self, method: str, graph: ox.NamedNode, body: bytes | None) -> None:
        assert self.config.graph_store is not None
        url = f"{self.config.graph_store}?graph={quote(graph.value, safe='')}"
        headers = {"User-Agent": USER_AGENT}
        if body is not None:
            headers["Content-Type"] = "application/n-triples"
        auth = self.config.authorization
        if auth is not None:
            headers["Authorization"] = auth

        def call() -> None:
            # the URL is the user's --graph-store, checked to be http(s) in RemoteConfig
            request = urllib.request.Request(url, data=body, headers=headers, method=method)  # noqa: S310
            try:
                with urllib.request.urlopen(request, timeout=self.config.timeout) as response:  # noqa: S310
                    response.read()
            except urllib.error.HTTPError as exc:
                if not (method == "DELETE" and exc.code == 404):
                    raise

        self._retrying(f"{method} {graph.value}", call)

    # ---- the load target -----------------------------------------------------------------

    def ledger(self) -> Ledger:
        values = " ".join(str(p) for p in PREDICATES)
        solutions = self.select(
            f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        )
        quads: list[ox.Quad] = []
        for row in solutions:
            g, s, p, o = row["g"], row["s"], row["p"], row["o"]
            if (
                isinstance(g, ox.NamedNode)
                and isinstance(s, ox.NamedNode)
                and isinstance(p, ox.NamedNode)
                and isinstance(o, ox.NamedNode | ox.Literal)
            ):
                quads.append(ox.Quad(s, p, o, g))
        return Ledger.from_quads(quads)

    def kb_version(self, kb_graph: ox.NamedNode) -> str | None:
        solutions = self.select(
            f"SELECT ?v WHERE {{ GRAPH {kb_graph} {{ {kb_graph} {VERSION_INFO} ?v }} }}"
        )
        for row in solutions:
            value = row["v"]
            if isinstance(value, ox.Literal):
                return value.value
        return None

    def write(self, deletes: Sequence[ox.NamedNode], batch: Batch) -> None:
        """Drop ``deletes``, then replace each graph of ``batch`` (N-Triples) whole."""
        if self.config.mode is RemoteMode.GRAPH_STORE:
            for graph in deletes:
                self._graph_store_request("DELETE", graph, None)
            for graph, data in batch:
                self._graph_store_request("PUT", graph, data)
            return
        parts = [f"DROP SILENT GRAPH {graph}" for graph in deletes]
        size = 0
        limit = self.config.request_triples
        for graph, data in batch:
            lines = data.count(b"\n")
            if lines > limit:
                self._write_split(graph, data)
                continue
            if parts and size + lines > limit:
                self.update(" ;\n".join(parts))
                parts, size = [], 0
            parts.append(f"DROP SILENT GRAPH {graph}")
            if lines:
                # N-Triples lines are SPARQL triples: pyoxigraph writes no quote or backslash
                # as a \u escape, which SPARQL would expand before parsing
                body = data.decode("utf-8")
                parts.append(f"INSERT DATA {{ GRAPH {graph} {{\n{body}}} }}")
            size += lines
        if parts:
            self.update(" ;\n".join(parts))

    def _write_split(self, graph: ox.NamedNode, data: bytes) -> None:
        """A graph too big for one request: its records go last, so an interrupted write leaves
        a graph without its hash or version, which the next load rewrites."""
        marks = [f" {p} ".encode() for p in _LAST]
        lines = data.splitlines(keepends=True)
        ordered = sorted(lines, key=lambda line: any(m in line for m in marks))
        limit = self.config.request_triples
        for start in range(0, len(ordered), limit):
            body = b"".join(ordered[start : start + limit]).decode("utf-8")
            insert = f"INSERT DATA {{ GRAPH {graph} {{\n{body}}} }}"
            self.update(f"DROP SILENT GRAPH {graph} ;\n{insert}" if start == 0 else insert)

    def publish(self, force: bool, *, final: bool = False) -> str | None:
        return None  # a remote store makes each request visible when it commits
