"""The query worker process: runs one job at a time on a read-only snapshot and answers bytes.

It is started by :mod:`dipld.serve.pool`, which may kill it at any moment (time limit, memory
bound); it therefore holds nothing that needs cleaning up. Row caps are applied here, while
serialising, so a query that would return millions of rows stops at the cap: SELECT results are
first written as TSV (one row per line, lossless) through a writer that stops after ``limit``
rows, then converted to the negotiated format; CONSTRUCT/DESCRIBE results are written as
N-Triples the same way, and in any other format by handing the serialiser the first ``limit``
triples of the result. A truncated result also says so inside the body where the format allows:
a ``link`` in the JSON and XML result heads, a comment in Turtle, TriG, N-Triples and N-Quads.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import resource
import signal
import socket
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from dipld.serve import formats
from dipld.serve.jobs import (
    DatasetStats,
    FailureCode,
    GraphJob,
    Job,
    JobFailure,
    Outcome,
    QueryJob,
    QueryOutcome,
    ResultKind,
    StatsJob,
    decode,
    encode,
    header_size,
    payload_size,
    recv_exact,
)
from dipld.store import snapshot_path

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

#: the IRI put in the JSON/XML result head ``link`` of a truncated result
TRUNCATED_LINK = "urn:dipld:result-truncated"


class _Capped(Exception):
    """Raised by the counting writer to stop the serialiser at the row cap."""


class _LineCap(io.BytesIO):
    """A binary sink for pyoxigraph serialisers that keeps at most ``max_lines`` lines."""

    def __init__(self, max_lines: int) -> None:
        super().__init__()
        self.max_lines = max_lines
        self.lines = 0
        self.chunks: list[bytes] = []
        self.capped = False

    def write(self, data: ReadableBuffer) -> int:
        chunk = bytes(data)
        count = chunk.count(b"\n")
        if self.lines + count > self.max_lines:
            keep = self.max_lines - self.lines
            end = -1
            for _ in range(keep):
                end = chunk.index(b"\n", end + 1)
            self.chunks.append(chunk[: end + 1])
            self.lines = self.max_lines
            self.capped = True
            raise _Capped
        self.lines += count
        self.chunks.append(chunk)
        return len(chunk)

    def flush(self) -> None:
        return None

    def getvalue(self) -> bytes:
        return b"".join(self.chunks)


class Worker:
    """Holds the open snapshot and runs jobs on it."""

    def __init__(self, root: Path, prefixes: dict[str, str]) -> None:
        self.root = root
        self.prefixes = prefixes
        self.version: str | None = None
        self.store: ox.Store | None = None

    def snapshot(self, version: str) -> ox.Store:
        if self.store is None or self.version != version:
            self.store = None
            self.store = ox.Store.read_only(str(snapshot_path(self.root, version)))
            self.version = version
        return self.store

    def run(self, job: Job) -> Outcome:
        try:
            if isinstance(job, QueryJob):
                return self.query(job)
            if isinstance(job, GraphJob):
                return self.graph(job)
            return self.stats(job)
        except SyntaxError as exc:
            return JobFailure(FailureCode.SYNTAX, str(exc))
        except OSError as exc:
            return JobFailure(FailureCode.STORE, f"the store could not be read ({exc})")

    # ---- queries -------------------------------------------------------------------------

    def query(self, job: QueryJob) -> Outcome:
        store = self.snapshot(job.version)
        default: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] | None = None
        named: list[ox.NamedNode | ox.BlankNode] | None = None
        if job.default_graphs is not None or job.named_graphs is not None:
            # a protocol dataset replaces the whole dataset: what it does not give is empty
            default = [ox.NamedNode(g) for g in job.default_graphs or ()]
            named = [ox.NamedNode(g) for g in job.named_graphs or ()]
        result = store.query(
            job.query, default_graph=default, named_graphs=named, use_default_graph_as_union=False
        )
        if isinstance(result, ox.QueryBoolean):
            fmt = self._format(job.result_format)
            if fmt is None or fmt.results is None:
                return _not_acceptable("an ASK result", formats.RESULT_FORMATS)
            body = _bytes(result.serialize(format=fmt.results))
            return QueryOutcome(ResultKind.BOOLEAN, fmt.name, body, 1, truncated=False)
        if isinstance(result, ox.QuerySolutions):
            fmt = self._format(job.result_format)
            if fmt is None or fmt.results is None:
                return _not_acceptable("SELECT results", formats.RESULT_FORMATS)
            return self._solutions(result, fmt, job.limit)
        fmt = self._format(job.graph_format)
        if fmt is None or fmt.rdf is None:
            return _not_acceptable("a graph", formats.GRAPH_FORMATS)
        return self._triples(result, fmt, job.limit)

    @staticmethod
    def _format(name: str | None) -> formats.Format | None:
        return None if name is None else formats.ALL[name]

    def _solutions(
        self, result: ox.QuerySolutions, fmt: formats.Format, limit: int
    ) -> QueryOutcome:
        sink = _LineCap(limit + 1)  # the header line and ``limit`` rows
        with contextlib.suppress(_Capped):
            result.serialize(sink, format=ox.QueryResultsFormat.TSV)
        tsv = sink.getvalue()
        rows = max(sink.lines - 1, 0)
        if fmt is formats.TSV:
            body = tsv
        else:
            assert fmt.results is not None
            parsed = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)
            assert isinstance(parsed, ox.QuerySolutions)
            body = _bytes(parsed.serialize(format=fmt.results))
        if sink.capped:
            body = _mark_truncated(body, fmt, limit)
        return QueryOutcome(ResultKind.SOLUTIONS, fmt.name, body, rows, sink.capped)

    def _triples(self, result: ox.QueryTriples, fmt: formats.Format, limit: int) -> QueryOutcome:
        if fmt is formats.N_TRIPLES:
            sink = _LineCap(limit)
            with contextlib.suppress(_Capped):
                result.serialize(sink, format=ox.RdfFormat.N_TRIPLES)
            body, rows, capped = sink.getvalue(), sink.lines, sink.capped
        else:
            # one pass: the first ``limit`` triples go straight to the negotiated serialiser
            # (no N-Triples text in between to write, parse and write again)
            assert fmt.rdf is not None
            triples = list(itertools.islice(result, limit))
            capped = next(result, None) is not None
            rows = len(triples)
            body = _bytes(ox.serialize(triples, format=fmt.rdf, prefixes=self._prefixes(fmt)))
        if capped:
            body = _mark_truncated(body, fmt, limit)
        return QueryOutcome(ResultKind.GRAPH, fmt.name, body, rows, capped)

    def _prefixes(self, fmt: formats.Format) -> dict[str, str] | None:
        return self.prefixes if fmt in (formats.TURTLE, formats.TRIG) else None

    # ---- graphs and statistics -----------------------------------------------------------

    def graph(self, job: GraphJob) -> Outcome:
        store = self.snapshot(job.version)
        graph = ox.NamedNode(job.graph)
        if not store.contains_named_graph(graph):
            return JobFailure(FailureCode.NOT_FOUND, f"no graph {job.graph} in the dataset")
        fmt = formats.ALL[job.format]
        assert fmt.rdf is not None
        body = store.dump(format=fmt.rdf, from_graph=graph, prefixes=self._prefixes(fmt))
        assert body is not None
        return QueryOutcome(ResultKind.GRAPH, fmt.name, body, body.count(b"\n"), truncated=False)

    def stats(self, job: StatsJob) -> Outcome:
        store = self.snapshot(job.version)
        graphs: list[tuple[str, int]] = []
        per_graph = store.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
        )
        assert isinstance(per_graph, ox.QuerySolutions)
        for row in per_graph:
            g, n = row["g"], row["n"]
            if isinstance(g, ox.NamedNode) and isinstance(n, ox.Literal):
                graphs.append((g.value, int(n.value)))
        total = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert isinstance(total, ox.QuerySolutions)
        count = next(iter(total))["n"]
        triples = int(count.value) if isinstance(count, ox.Literal) else 0
        return DatasetStats(job.version, triples, tuple(graphs))


def _bytes(value: bytes | None) -> bytes:
    assert value is not None  # serialisers return bytes when given no output
    return value


def _not_acceptable(what: str, family: formats.FormatFamily) -> JobFailure:
    offered = ", ".join(f.media_type for f in family.formats)
    return JobFailure(
        FailureCode.NOT_ACCEPTABLE,
        f"the Accept header (or format=) allows no format for {what}; ask for one of {offered}",
    )


def _mark_truncated(body: bytes, fmt: formats.Format, limit: int) -> bytes:
    """Say inside the body, where the format has room for it, that the result was cut."""
    if fmt is formats.JSON:
        return body.replace(
            b'{"head":{', b'{"head":{"link":["' + TRUNCATED_LINK.encode() + b'"],', 1
        )
    if fmt is formats.XML:
        return body.replace(b"</head>", f'<link href="{TRUNCATED_LINK}"/></head>'.encode(), 1)
    if fmt in (formats.TURTLE, formats.TRIG, formats.N_TRIPLES, formats.N_QUADS):
        note = f"# dipld: result truncated at the server's result limit of {limit} rows\n"
        return body + note.encode()
    return body


def main(sock: socket.socket, root: str, prefixes: dict[str, str], address_space: int) -> None:
    """Serve jobs from the server until the socket closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops us; Ctrl-C is for it
    if address_space > 0:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    worker = Worker(Path(root), prefixes)
    hsize = header_size()
    pending = b""
    while True:
        # one recv usually holds a whole job; read more only when it does not
        while len(pending) < hsize:
            chunk = sock.recv(1 << 16)
            if not chunk:
                return
            pending += chunk
        size = payload_size(pending[:hsize])
        if len(pending) < hsize + size:
            rest = recv_exact(sock, hsize + size - len(pending))
            if rest is None:
                return
            pending += rest
        payload, pending = pending[hsize : hsize + size], pending[hsize + size :]
        job = decode(payload)
        assert isinstance(job, QueryJob | GraphJob | StatsJob)
        try:
            outcome = worker.run(job)
        except MemoryError:
            outcome = JobFailure(FailureCode.INTERNAL, "the query ran out of memory")
        sock.sendall(encode(outcome))
