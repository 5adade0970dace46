"""One load run: decide per unit (skip, write, fail), batch the writes, publish, prune.

Units are handled strictly in input order, whatever order the extraction workers finish in,
so ``--jobs N`` writes exactly what ``--jobs 1`` writes and ``--strict`` stops at the first
failure in input order. Each graph is written as N-Triples bytes to a :class:`Target` in
batches (several graphs per atomic write call, each graph all-or-nothing); the target is
published every ``publish_seconds`` / ``publish_articles`` and at the end.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol

import pyoxigraph as ox

from dipld.errors import InputError, StoreError
from dipld.iri import article_id_from_name
from dipld.ledger import Ledger, graph_records
from dipld.rdf import extractor_version
from dipld.rdffiles import read_rdf
from dipld.sources import inputs
from dipld.summary import (
    Event,
    Failure,
    KbStatus,
    LoadOptions,
    LoadSummary,
    Outcome,
    Progress,
    Tally,
)
from dipld.units import ArticleUnit, CollectionRead, RdfUnit, read_units
from dipld.workers import CHUNK_ARTICLES, Chunk, Extracted, ExtractionFailed, Extractor, Result

#: Graphs to write: each graph's triples as N-Triples (one triple per line).
Batch = Sequence[tuple[ox.NamedNode, bytes]]


class Target(Protocol):
    """Where a load writes: the embedded store or a remote SPARQL 1.1 store."""

    @property
    def name(self) -> str: ...

    def ledger(self) -> Ledger: ...

    def kb_version(self, kb_graph: ox.NamedNode) -> str | None: ...

    def write(self, deletes: Sequence[ox.NamedNode], batch: Batch) -> None:
        """Delete graphs, then replace each graph of the batch whole (each atomically)."""

    def publish(self, force: bool, *, final: bool = False) -> str | None:
        """Make the writes visible to readers (a snapshot); None when nothing was published.
        ``final``: the load's last publish (the embedded store lets its compactions catch up)."""


def ntriples(triples: Sequence[ox.Triple]) -> bytes:
    """Triples as N-Triples bytes, one per line."""
    if not triples:
        return b""
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


class _Stop(Exception):
    """--strict: the first failure ends the load."""


class Loader:
    """The state of one run: the batch, the counters, and what this run produced."""

    def __init__(
        self, target: Target | None, ledger: Ledger, options: LoadOptions, progress: Progress
    ) -> None:
        self.target = target
        self.ledger = ledger
        self.options = options
        self.iris = options.iris
        self.progress = progress
        self.tally = Tally()
        self.failures: list[Failure] = []
        self.produced: dict[str, str] = {}  # graph -> the input that produced it in this run
        self.seen_sources: set[str] = set()
        self.collections: dict[str, frozenset[str]] = {}
        self.batch: list[tuple[ox.NamedNode, bytes]] = []
        self.deletes: list[ox.NamedNode] = []
        self.batch_size = 0
        self.last_flush = self.last_publish = time.monotonic()
        self.since_publish = 0
        self.write_seconds = 0.0
        self.publish_seconds = 0.0
        self.version: str | None = None
        self.extractor = extractor_version()  # set to the installed KB's by run()

    # ---- events ----------------------------------------------------------------------------

    def emit(self, event: Event) -> None:
        self.tally.add(event)
        self.progress(event, self.tally)

    def fail(self, failure: Failure, detail: str | None = None) -> None:
        self.failures.append(failure)
        self.emit(Event(Outcome.FAILED, failure.where, message=failure.message, detail=detail))
        if self.options.strict:
            raise _Stop

    # ---- decisions -------------------------------------------------------------------------

    def claim(self, graph: str, where: str) -> Failure | None:
        """Take the graph for this input; a Failure if an earlier input of this run took it."""
        earlier = self.produced.get(graph)
        if earlier is not None:
            return Failure(
                where,
                f"its graph {graph} was already produced by {earlier} in this load; give it "
                "a distinct file name, or an 'id:' in its front matter",
            )
        self.produced[graph] = where
        return None

    def in_shard(self, key: str) -> bool:
        return self.options.shard is None or self.options.shard.holds(key)

    def unchanged(self, unit: ArticleUnit, graph: str) -> bool:
        """Whether the store holds this article's graph from the same text, extractor and file."""
        loaded = self.ledger.graphs.get(graph)
        return (
            loaded is not None
            and loaded.file_hash is None
            and loaded.article_hash == unit.article.content_hash
            and loaded.extractor == self.extractor
            and loaded.source == unit.source
        )

    # ---- writing ---------------------------------------------------------------------------

    def add(self, graph: ox.NamedNode, data: bytes, triples: int, event: Event | None) -> None:
        self.batch.append((graph, data))
        self.batch_size += triples
        if event is None:
            return
        self.emit(event)  # decided; written with its batch (a failed write ends the load)
        self.since_publish += 1
        if (
            self.batch_size >= self.options.batch_triples
            or time.monotonic() - self.last_flush >= self.options.batch_seconds
        ):
            self.flush()

    def flush(self) -> None:
        if self.target is not None and (self.batch or self.deletes):
            started = time.monotonic()
            self.target.write(self.deletes, self.batch)
            self.write_seconds += time.monotonic() - started
        self.batch, self.deletes, self.batch_size = [], [], 0
        self.last_flush = time.monotonic()
        if self.target is not None and (
            self.since_publish >= self.options.publish_articles
            or time.monotonic() - self.last_publish >= self.options.publish_seconds
        ):
            self.publish()

    def publish(self, force: bool = False, *, final: bool = False) -> None:
        assert self.target is not None
        started = time.monotonic()
        version = self.target.publish(force, final=final)
        self.publish_seconds += time.monotonic() - started
        self.last_publish = time.monotonic()
        self.since_publish = 0
        if version is not None:
            self.version = version
            self.emit(Event(Outcome.PUBLISHED, version))

    # ---- units -----------------------------------------------------------------------------

    def article(self, unit: ArticleUnit, graph: ox.NamedNode, done: Result) -> None:
        if isinstance(done, ExtractionFailed):
            self.fail(Failure(unit.where, done.message), done.detail)
            return
        assert isinstance(done, Extracted)
        if done.graph != graph.value:
            raise StoreError(f"{unit.where}: the pipeline named graph {done.graph}, not {graph}")
        records = graph_records(graph, unit.source, None)
        triples = done.triples + len(records)
        outcome = Outcome.REPLACED if graph.value in self.ledger.graphs else Outcome.NEW
        event = Event(outcome, unit.where, graph.value, done.facts, triples)
        self.add(graph, done.ntriples + ntriples(records), triples, event)

    def rdf_file(self, unit: RdfUnit) -> None:
        """A ready-made RDF file: parsed whole (nothing is written if it does not parse), then
        skipped when the store holds exactly its graphs with its hash, else written."""
        name = unit.item.name
        if not self.in_shard(article_id_from_name(name)):
            return
        if unit.source is not None:
            self.seen_sources.add(unit.source)
        assert unit.item.rdf_format is not None
        try:
            parsed = read_rdf(unit.data, name, unit.item.rdf_format, self.iris)
        except InputError as exc:
            self.fail(Failure(exc.where or name, exc.message))
            return
        names = [graph.value for graph, _ in parsed.graphs]
        for graph_name in names:
            taken = self.claim(graph_name, name)
            if taken is not None:
                self.fail(taken)
                return
        recorded = self.ledger.from_source(unit.source) if unit.source is not None else ()
        if set(recorded) == set(names) and all(
            self.ledger.graphs[g].file_hash == parsed.content_hash for g in names
        ):
            self.emit(Event(Outcome.SKIPPED, name))
            return
        for stale in recorded:  # graphs the file held before and no longer does
            if stale not in names and stale not in self.produced:
                self.deletes.append(ox.NamedNode(stale))
                self.emit(Event(Outcome.DELETED, stale, stale))
        outcome = Outcome.REPLACED if any(g in self.ledger.graphs for g in names) else Outcome.NEW
        total = sum(len(t) for _, t in parsed.graphs) + 2 * len(parsed.graphs)
        event = Event(outcome, name, names[0] if len(names) == 1 else None, 0, total)
        for index, (graph, triples) in enumerate(parsed.graphs):
            full = [*triples, *graph_records(graph, unit.source, parsed.content_hash)]
            last = index == len(parsed.graphs) - 1  # one event per file, all graphs in one write
            self.add(graph, ntriples(full), len(full), event if last else None)

    def prune(self, folders: Sequence[Path]) -> None:
        """Remove graphs loaded from files under the given folders that are gone now, and
        articles no longer in a collection that was read without errors."""
        doomed: list[str] = []
        for folder in folders:
            for graph, path in self.ledger.under(folder):
                source = path.as_uri()
                if graph in self.produced or graph in doomed:
                    continue
                key = self.iris.article_id_of(graph) or article_id_from_name(path.name)
                if not self.in_shard(key):
                    continue
                gone = source not in self.seen_sources
                dropped = graph not in self.collections.get(source, frozenset([graph]))
                if gone or dropped:
                    doomed.append(graph)
        for graph in doomed:
            self.deletes.append(ox.NamedNode(graph))
            self.emit(Event(Outcome.DELETED, graph, graph))
        self.flush()

    def summary(self, kb: KbStatus | None, stopped: bool) -> LoadSummary:
        t = self.tally
        return LoadSummary(
            target=self.target.name if self.target is not None else str(self.options.store),
            new=t.new,
            replaced=t.replaced,
            skipped=t.skipped,
            failed=t.failed,
            deleted=t.deleted,
            facts=t.facts,
            triples=t.triples,
            seconds=t.elapsed,
            write_seconds=self.write_seconds,
            publish_seconds=self.publish_seconds,
            version=self.version,
            kb_version=kb.version if kb else None,
            kb_installed=kb.installed if kb else False,
            dry_run=self.options.dry_run,
            stopped=stopped,
            failures=tuple(self.failures),
        )


# An entry waiting for its turn: an article in a chunk (at its index there), or an action on an
# earlier outcome.
_Entry = tuple[ArticleUnit, ox.NamedNode, Chunk, int] | Callable[[], None]


def run(
    args: Sequence[str],
    target: Target | None,
    ledger: Ledger,
    options: LoadOptions,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    kb: KbStatus | None = None,
    extractor: Extractor | None = None,
) -> LoadSummary:
    """Load the inputs named by ``args`` into ``target`` (None: a dry run that writes nothing).

    ``extractor``, when given, is used (and closed) instead of one made here: a caller starts
    it early so its workers warm up while the store opens."""
    found = inputs(args)
    loader = Loader(target, ledger, options, progress or (lambda event, tally: None))
    if kb is not None:
        loader.extractor = extractor_version(kb.version)
    window = max(2, options.jobs * 16)  # chunks in the workers' hands at most
    backlog = 2 * window * CHUNK_ARTICLES  # entries waiting at most (skips wait for articles)
    stopped = False
    with extractor or Extractor(options.jobs, options.base) as workers:
        queue: deque[_Entry] = deque()
        submitted: deque[Chunk] = deque()  # submitted chunks not yet settled, in order
        chunk = Chunk(workers.chunk_articles)

        def send() -> None:
            """Hand the chunk being gathered to the workers."""
            nonlocal chunk
            if chunk.articles:
                chunk.pending = workers.submit(chunk.articles)
                submitted.append(chunk)
                chunk = Chunk(workers.chunk_articles)

        def settle(block: bool) -> None:
            """Handle finished entries in input order (all of them when ``block``)."""
            while queue:
                head = queue[0]
                if callable(head):
                    queue.popleft()
                    head()
                    continue
                unit, graph, owner, index = head
                full = len(queue) > backlog
                if owner.pending is None:  # still being gathered
                    if not (block or full):
                        return
                    send()
                assert owner.pending is not None
                if not (block or full or owner.pending.done() or len(submitted) > window):
                    return
                results = workers.wait(owner.pending)
                queue.popleft()
                if index == len(results) - 1:
                    submitted.popleft()
                loader.article(unit, graph, results[index])

        try:
            for unit in read_units(found, options.limits, options.iris, stdin):
                if isinstance(unit, Failure):
                    queue.append(lambda failure=unit: loader.fail(failure))  # type: ignore[misc]
                elif isinstance(unit, CollectionRead):
                    loader.collections[unit.source] = unit.graphs
                elif isinstance(unit, RdfUnit):
                    queue.append(lambda rdf=unit: loader.rdf_file(rdf))  # type: ignore[misc]
                else:
                    article = unit.article
                    if not loader.in_shard(article.id):
                        continue
                    if unit.source is not None:
                        loader.seen_sources.add(unit.source)
                    graph = ox.NamedNode(str(loader.iris.graph(article.id)))
                    taken = loader.claim(graph.value, unit.where)
                    if taken is not None:
                        queue.append(lambda failure=taken: loader.fail(failure))  # type: ignore[misc]
                    elif loader.unchanged(unit, graph.value):
                        event = Event(Outcome.SKIPPED, unit.where, graph.value)
                        queue.append(lambda e=event: loader.emit(e))  # type: ignore[misc]
                    else:
                        queue.append((unit, graph, chunk, chunk.add(article)))
                        if chunk.full:
                            send()
                settle(block=False)
            settle(block=True)
        except _Stop:
            stopped = True
    if options.prune and not stopped and target is not None:
        loader.prune(found.folders)
    loader.flush()
    if target is not None:
        loader.publish(final=True)
    return loader.summary(kb, stopped)
