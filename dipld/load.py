"""Loading: inputs → articles → extraction in workers → atomic graph writes → a published snapshot.

One named graph per article (and per graph of a ready-made RDF file), written by the single
writer in batches; each graph is entirely new or entirely old after any crash. Unchanged
inputs are skipped by their content hash (see :mod:`dipld.ledger`); a load that finds
unpublished writes left by a crash publishes them even when everything is skipped. The target
is the embedded store (:class:`LocalTarget`) or any SPARQL 1.1 store (:mod:`dipld.remote`).

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "note.ttl").write_text('<https://example.org/s> <https://example.org/p> "o" .')
>>> options = LoadOptions(store=folder / "store", jobs=1, with_kb=False)
>>> load([str(folder / "note.ttl")], options).counts()
{'new': 1, 'replaced': 0, 'skipped': 0, 'failed': 0, 'deleted': 0}
>>> load([str(folder / "note.ttl")], options).counts()["skipped"]
1
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, Protocol

import pyoxigraph as ox

from dipld import __version__
from dipld.articles import ArticleFormat, Limits, read_bytes, read_path
from dipld.errors import InputError, StoreError, UsageError
from dipld.iri import Iris, article_id_from_name
from dipld.ledger import (
    VERSION_INFO,
    Ledger,
    graph_records,
    kb_version_in,
    read_store_ledger,
    source_iri,
)
from dipld.model import Article
from dipld.rdffiles import read_rdf
from dipld.remote import RemoteConfig, RemoteTarget, Shard
from dipld.sources import InputFile, InputKind, Inputs, inputs, stdin_format
from dipld.store import Reader, Writer, current_version
from dipld.workers import Extracted, ExtractionFailed, Extractor, Pending, Result

Batch = Sequence[tuple[ox.NamedNode, Sequence[ox.Triple]]]

#: Bytes of a JSON-lines file read (and parsed) at a time.
JSONL_CHUNK_BYTES = 1 << 20


# ---- targets ----------------------------------------------------------------------------------


class Target(Protocol):
    """Where a load writes: the embedded store or a remote SPARQL 1.1 store."""

    @property
    def name(self) -> str: ...

    def ledger(self) -> Ledger: ...

    def kb_version(self, kb_graph: ox.NamedNode) -> str | None: ...

    def write(self, deletes: Sequence[ox.NamedNode], batch: Batch) -> None:
        """Delete then replace graphs; each graph's replacement is atomic."""

    def publish(self, force: bool) -> str | None:
        """Make the writes visible to readers (a snapshot); None when nothing to do."""


class LocalTarget:
    """The embedded store, through its single :class:`~dipld.store.Writer`."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer
        self._written = False

    @property
    def name(self) -> str:
        return str(self.writer.root)

    def ledger(self) -> Ledger:
        return read_store_ledger(self.writer.store)

    def kb_version(self, kb_graph: ox.NamedNode) -> str | None:
        return kb_version_in(self.writer.store, kb_graph)

    def write(self, deletes: Sequence[ox.NamedNode], batch: Batch) -> None:
        if deletes:
            self.writer.delete_graphs(deletes)
            self._written = True
        if batch:
            self.writer.replace_graphs(batch)
            self._written = True

    def publish(self, force: bool) -> str | None:
        if not (force or self._written or self.writer.dirty):
            return None
        self._written = False
        return self.writer.publish()


# ---- the reference KB graph -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KbStatus:
    """The KB graph's version after :func:`ensure_kb`, the one before, and whether it changed."""

    version: str
    previous: str | None
    installed: bool


def package_kb_version() -> str:
    from dipld.kb.index import load_index  # noqa: PLC0415  (cached index, ~0.1 s warm)

    return load_index().version


def ensure_target_kb(target: Target, iris: Iris) -> KbStatus:
    """Install the bundled KB graph when the target lacks it or holds another version."""
    from dipld.kb.build import kb_quads  # noqa: PLC0415

    kb_graph = ox.NamedNode(str(iris.kb_graph))
    wanted = package_kb_version()
    previous = target.kb_version(kb_graph)
    if previous == wanted:
        return KbStatus(wanted, previous, installed=False)
    # the version last: a KB graph written in several parts and cut short has no version
    triples = sorted(
        (quad.triple for quad in kb_quads(iris)), key=lambda t: t.predicate == VERSION_INFO
    )
    target.write([], [(kb_graph, triples)])
    return KbStatus(wanted, previous, installed=True)


def ensure_kb(writer: Writer, iris: Iris) -> KbStatus:
    """Install or upgrade the reference KB graph of an embedded store (does not publish)."""
    return ensure_target_kb(LocalTarget(writer), iris)


# ---- options, events, summary -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How a load runs (the CLI fills this from the settings table)."""

    store: Path
    base: str = "https://w3id.org/dipld/"
    jobs: int = 1
    limits: Limits = field(default_factory=Limits)
    dry_run: bool = False
    strict: bool = False
    prune: bool = False
    shard: Shard | None = None
    with_kb: bool = True
    batch_triples: int = 50_000
    batch_seconds: float = 2.0
    publish_seconds: float = 30.0
    publish_articles: int = 5_000

    @property
    def iris(self) -> Iris:
        return Iris(self.base)


class Outcome(StrEnum):
    """What happened to one unit of work (an article, an RDF file, a removed graph)."""

    NEW = "new"
    REPLACED = "replaced"
    SKIPPED = "skipped"
    FAILED = "failed"
    DELETED = "deleted"
    PUBLISHED = "published"


@dataclass(frozen=True, slots=True)
class Event:
    """One unit of work done; ``where`` is the input (``path``, ``path:line``) or graph."""

    outcome: Outcome
    where: str
    graph: str | None = None
    facts: int = 0
    triples: int = 0
    message: str | None = None
    detail: str | None = None


@dataclass(slots=True)
class Tally:
    """Running counts, passed to the progress callback with each event."""

    new: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    deleted: int = 0
    facts: int = 0
    triples: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def done(self) -> int:
        return self.new + self.replaced + self.skipped + self.failed

    def add(self, event: Event) -> None:
        if event.outcome is Outcome.PUBLISHED:
            return
        setattr(self, event.outcome.value, getattr(self, event.outcome.value) + 1)
        self.facts += event.facts
        self.triples += event.triples


Progress = Callable[[Event, Tally], None]


@dataclass(frozen=True, slots=True)
class Failure:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True, slots=True)
class LoadSummary:
    """What a load did."""

    target: str
    new: int
    replaced: int
    skipped: int
    failed: int
    deleted: int
    facts: int
    triples: int
    seconds: float
    write_seconds: float
    version: str | None
    kb_version: str | None
    kb_installed: bool
    dry_run: bool
    stopped: bool
    failures: tuple[Failure, ...]

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def loaded(self) -> int:
        return self.new + self.replaced

    @property
    def rate(self) -> float:
        """Inputs (loaded or skipped) per second."""
        return (self.loaded + self.skipped) / self.seconds if self.seconds > 0 else 0.0

    def counts(self) -> dict[str, int]:
        return {
            "new": self.new,
            "replaced": self.replaced,
            "skipped": self.skipped,
            "failed": self.failed,
            "deleted": self.deleted,
        }

    def as_dict(self) -> dict[str, object]:
        return {
            "target": self.target,
            **self.counts(),
            "facts": self.facts,
            "triples": self.triples,
            "seconds": round(self.seconds, 3),
            "write_seconds": round(self.write_seconds, 3),
            "rate": round(self.rate, 1),
            "version": self.version,
            "kb_version": self.kb_version,
            "kb_installed": self.kb_installed,
            "dry_run": self.dry_run,
            "stopped": self.stopped,
            "ok": self.ok,
            "failures": [{"where": f.where, "message": f.message} for f in self.failures],
        }


# ---- units of work ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ArticleUnit:
    article: Article
    where: str
    source: str | None


@dataclass(frozen=True, slots=True)
class _RdfUnit:
    item: InputFile
    data: bytes
    source: str | None


@dataclass(frozen=True, slots=True)
class _Done:
    """A unit read from its input completely (for pruning JSON-lines collections)."""

    source: str
    graphs: frozenset[str]


_Unit = _ArticleUnit | _RdfUnit | Failure | _Done


def _read_jsonl(path: Path, name: str, limits: Limits) -> Iterator[Article | InputError]:
    """A JSON-lines file read in chunks of whole lines, so memory stays flat in its size."""
    line_offset = 0
    seen_content = False
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror or exc})", where=name)
        return
    with handle:
        while True:
            chunk = handle.read(JSONL_CHUNK_BYTES)
            if not chunk:
                break
            if not chunk.endswith(b"\n"):
                chunk += handle.readline()
            lines = chunk.count(b"\n") + (0 if chunk.endswith(b"\n") else 1)
            if chunk.strip():
                seen_content = True
                for item in read_bytes(chunk, name, ArticleFormat.JSONL, limits):
                    yield _shift_line(item, name, line_offset)
            line_offset += lines
    if not seen_content:
        yield InputError(
            "empty input; a JSON-lines collection needs one article per line", where=name
        )


def _shift_line(item: Article | InputError, name: str, offset: int) -> Article | InputError:
    if not isinstance(item, InputError) or not offset or item.where is None:
        return item
    head, _, line = item.where.rpartition(":")
    if head == name and line.isdigit():
        return type(item)(item.message, where=f"{name}:{int(line) + offset}")
    return item


def _units(found: Inputs, options: LoadOptions, stdin: BinaryIO | None) -> Iterator[_Unit]:
    """Every unit of work of the inputs, in input order."""
    limits = options.limits
    for item in found.items:
        if isinstance(item, InputError):
            yield Failure(item.where or "", item.message)
            continue
        source = source_iri(item.path) if item.path is not None else None
        if item.kind is InputKind.RDF:
            data = _read_whole(item, limits)
            if isinstance(data, Failure):
                yield data
            else:
                yield _RdfUnit(item, data, source)
            continue
        articles: Iterator[Article | InputError]
        if item.path is None:
            raw = stdin.read() if stdin is not None else b""
            articles = read_bytes(raw, item.name, stdin_format(raw), limits)
        elif item.article_format is ArticleFormat.JSONL:
            articles = _read_jsonl(item.path, item.name, limits)
        else:
            articles = read_path(item.path, limits, name=None)
        ids: set[str] = set()
        complete = True
        for article in articles:
            if isinstance(article, InputError):
                complete = False
                yield Failure(article.where or item.name, article.message)
                continue
            where = item.name
            if item.article_format is ArticleFormat.JSONL or item.path is None:
                where = f"{item.name}#{article.id}"
            ids.add(str(options.iris.graph(article.id)))
            yield _ArticleUnit(article, where, source)
        if complete and source is not None and item.article_format is ArticleFormat.JSONL:
            yield _Done(source, frozenset(ids))


def _read_whole(item: InputFile, limits: Limits) -> bytes | Failure:
    assert item.path is not None
    try:
        size = item.path.stat().st_size
        if size > limits.max_bytes:
            return Failure(
                item.name,
                f"{size} bytes is over the limit of {limits.max_bytes} bytes; raise "
                "--max-article-bytes / DIPLD_MAX_ARTICLE_BYTES or split the file",
            )
        return item.path.read_bytes()
    except OSError as exc:
        return Failure(item.name, f"cannot read ({exc.strerror or exc})")


# ---- the load ---------------------------------------------------------------------------------


class _Stop(Exception):
    """--strict: the first failure ends the load."""


class _Loader:
    """One run: holds the batch, the counters and what this run produced."""

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
        self.produced: dict[str, str] = {}  # graph -> where it came from in this run
        self.seen_sources: set[str] = set()
        self.complete_collections: dict[str, frozenset[str]] = {}
        self.batch: list[tuple[ox.NamedNode, Sequence[ox.Triple]]] = []
        self.batch_events: list[Event] = []
        self.deletes: list[ox.NamedNode] = []
        self.batch_size = 0
        self.last_flush = time.monotonic()
        self.last_publish = time.monotonic()
        self.since_publish = 0
        self.write_seconds = 0.0
        self.version: str | None = None

    # events
    def emit(self, event: Event) -> None:
        self.tally.add(event)
        self.progress(event, self.tally)

    def fail(self, failure: Failure, detail: str | None = None) -> None:
        self.failures.append(failure)
        self.emit(Event(Outcome.FAILED, failure.where, message=failure.message, detail=detail))
        if self.options.strict:
            raise _Stop

    # decisions
    def claim(self, graph: str, where: str) -> bool:
        earlier = self.produced.get(graph)
        if earlier is not None:
            self.fail(
                Failure(
                    where,
                    f"its graph {graph} was already produced by {earlier} in this load; give it "
                    "a distinct file name, or an 'id:' in its front matter",
                )
            )
            return False
        self.produced[graph] = where
        return True

    def in_shard(self, key: str) -> bool:
        return self.options.shard is None or self.options.shard.holds(key)

    def article_unchanged(self, unit: _ArticleUnit, graph: str) -> bool:
        loaded = self.ledger.graphs.get(graph)
        return (
            loaded is not None
            and loaded.file_hash is None
            and loaded.article_hash == unit.article.content_hash
            and loaded.extractor == __version__
            and loaded.source == unit.source
        )

    # writing
    def add(self, graph: ox.NamedNode, triples: Sequence[ox.Triple], event: Event) -> None:
        self.batch.append((graph, triples))
        self.batch_events.append(event)
        self.batch_size += len(triples)
        self.since_publish += 1
        now = time.monotonic()
        if (
            self.batch_size >= self.options.batch_triples
            or now - self.last_flush >= self.options.batch_seconds
        ):
            self.flush()

    def flush(self) -> None:
        if self.target is not None and (self.batch or self.deletes):
            started = time.monotonic()
            self.target.write(self.deletes, self.batch)
            self.write_seconds += time.monotonic() - started
        events = self.batch_events
        self.batch, self.batch_events, self.deletes, self.batch_size = [], [], [], 0
        self.last_flush = time.monotonic()
        for event in events:
            self.emit(event)
        if self.target is not None and (
            self.since_publish >= self.options.publish_articles
            or time.monotonic() - self.last_publish >= self.options.publish_seconds
        ):
            self.publish(force=False)

    def publish(self, force: bool) -> None:
        assert self.target is not None
        started = time.monotonic()
        version = self.target.publish(force)
        self.write_seconds += time.monotonic() - started
        self.last_publish = time.monotonic()
        self.since_publish = 0
        if version is not None:
            self.version = version
            self.emit(Event(Outcome.PUBLISHED, version))

    # units
    def article_result(self, unit: _ArticleUnit, graph: ox.NamedNode, done: Result) -> None:
        if isinstance(done, ExtractionFailed):
            self.fail(Failure(unit.where, done.message), done.detail)
            return
        assert isinstance(done, Extracted)
        if done.graph != graph:
            raise StoreError(f"{unit.where}: the pipeline named graph {done.graph}, not {graph}")
        triples = list(done.triples)
        triples.extend(graph_records(graph, unit.source, None))
        outcome = Outcome.REPLACED if graph.value in self.ledger.graphs else Outcome.NEW
        event = Event(outcome, unit.where, graph.value, done.facts, len(triples))
        self.add(graph, triples, event)

    def rdf_unit(self, unit: _RdfUnit) -> None:
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
            if not self.claim(graph_name, name):
                return
        recorded = self.ledger.from_source(unit.source) if unit.source is not None else ()
        if set(recorded) == set(names) and all(
            self.ledger.graphs[g].file_hash == parsed.content_hash for g in names
        ):
            self.emit(Event(Outcome.SKIPPED, name))
            return
        for stale in recorded:
            if stale not in names and stale not in self.produced:
                self.deletes.append(ox.NamedNode(stale))
                self.batch_events.append(Event(Outcome.DELETED, stale, stale))
        replaced = any(g in self.ledger.graphs for g in names)
        graphs = [
            (graph, [*triples, *graph_records(graph, unit.source, parsed.content_hash)])
            for graph, triples in parsed.graphs
        ]
        total = sum(len(triples) for _, triples in graphs)
        *others, (last_graph, last_triples) = graphs
        for graph, triples in others:  # all graphs of a file go in the same write
            self.batch.append((graph, triples))
            self.batch_size += len(triples)
        outcome = Outcome.REPLACED if replaced else Outcome.NEW
        only = names[0] if len(names) == 1 else None
        self.add(last_graph, last_triples, Event(outcome, name, only, 0, total))

    def prune(self, folders: Sequence[Path]) -> None:
        """Remove graphs loaded from files, under the given folders, that are gone now."""
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
                dropped = graph not in self.complete_collections.get(source, frozenset([graph]))
                if gone or dropped:
                    doomed.append(graph)
        for graph in doomed:
            self.deletes.append(ox.NamedNode(graph))
            self.batch_events.append(Event(Outcome.DELETED, graph, graph))
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
            version=self.version,
            kb_version=kb.version if kb else None,
            kb_installed=kb.installed if kb else False,
            dry_run=self.options.dry_run,
            stopped=stopped,
            failures=tuple(self.failures),
        )


def run(
    args: Sequence[str],
    target: Target | None,
    ledger: Ledger,
    options: LoadOptions,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    kb: KbStatus | None = None,
) -> LoadSummary:
    """Load the inputs named by ``args`` into ``target`` (None: a dry run that writes nothing)."""
    found = inputs(args)
    loader = _Loader(target, ledger, options, progress or (lambda event, tally: None))
    window = max(4, options.jobs * 8)
    stopped = False
    with Extractor(options.jobs, options.base) as extractor:
        pending: deque[tuple[_ArticleUnit, ox.NamedNode, Pending]] = deque()

        def settle(block: bool) -> None:
            while pending and (block or pending[0][2].done() or len(pending) > window):
                unit, graph, job = pending.popleft()
                loader.article_result(unit, graph, extractor.wait(job))

        try:
            for unit in _units(found, options, stdin):
                if isinstance(unit, Failure):
                    settle(block=True)
                    loader.fail(unit)
                elif isinstance(unit, _Done):
                    loader.complete_collections[unit.source] = unit.graphs
                elif isinstance(unit, _RdfUnit):
                    settle(block=True)
                    loader.rdf_unit(unit)
                else:
                    article = unit.article
                    if not loader.in_shard(article.id):
                        continue
                    if unit.source is not None:
                        loader.seen_sources.add(unit.source)
                    graph = ox.NamedNode(str(loader.iris.graph(article.id)))
                    if not loader.claim(graph.value, unit.where):
                        continue
                    if loader.article_unchanged(unit, graph.value):
                        settle(block=True)
                        loader.emit(Event(Outcome.SKIPPED, unit.where, graph.value))
                        continue
                    pending.append((unit, graph, extractor.submit(article)))
                    settle(block=False)
            settle(block=True)
        except _Stop:
            stopped = True
    if options.prune and not stopped and target is not None:
        loader.prune(found.folders)
    loader.flush()
    if target is not None:
        loader.publish(force=False)
    return loader.summary(kb, stopped)


def load(
    args: Sequence[str],
    options: LoadOptions,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> LoadSummary:
    """Load files, folders, globs or ``-`` (stdin) into the embedded store at ``options.store``."""
    if options.dry_run:
        return run(args, None, _published_ledger(options.store), options, stdin=stdin,
                   progress=progress)  # fmt: skip
    with Writer.open(options.store) as writer:
        target = LocalTarget(writer)
        kb = ensure_kb(writer, options.iris) if options.with_kb else None
        ledger = target.ledger()
        summary = run(args, target, ledger, options, stdin=stdin, progress=progress, kb=kb)
    if summary.version is None:
        summary = replace(summary, version=current_version(options.store))
    return summary


def _published_ledger(root: Path) -> Ledger:
    if current_version(root) is None:
        return Ledger()
    with Reader.open(root) as reader:
        return read_store_ledger(reader.store)


# ---- delete -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DeleteSummary:
    deleted: tuple[str, ...]
    missing: tuple[str, ...]
    version: str | None

    def as_dict(self) -> dict[str, object]:
        return {
            "deleted": list(self.deleted),
            "missing": list(self.missing),
            "version": self.version,
            "ok": not self.missing,
        }


def delete(articles: Sequence[str], store: Path, iris: Iris) -> DeleteSummary:
    """Remove articles (ids, article IRIs or graph IRIs) from the embedded store and publish."""
    if not articles:
        raise UsageError("name at least one article to delete (its id, or its article IRI)")
    graphs: dict[str, str] = {}
    for given in articles:
        article_id = iris.article_id_of(given) or given
        graphs.setdefault(str(iris.graph(article_id)), given)
    if str(iris.kb_graph) in graphs:
        raise UsageError(
            "the reference KB graph cannot be deleted", where=graphs[str(iris.kb_graph)]
        )
    with Writer.open(store) as writer:
        done = {g.value for g in writer.delete_graphs([ox.NamedNode(g) for g in graphs])}
        version = writer.publish() if done or writer.dirty else None
    return DeleteSummary(
        deleted=tuple(given for graph, given in graphs.items() if graph in done),
        missing=tuple(given for graph, given in graphs.items() if graph not in done),
        version=version,
    )


def load_remote(
    args: Sequence[str],
    options: LoadOptions,
    config: RemoteConfig,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> LoadSummary:
    """Load into a remote SPARQL 1.1 store (same graphs, same skip rules as a local load)."""
    target = RemoteTarget(config)
    kb = None
    if options.with_kb and not options.dry_run:
        kb = ensure_target_kb(target, options.iris)
    ledger = target.ledger()
    chosen = None if options.dry_run else target
    return run(args, chosen, ledger, options, stdin=stdin, progress=progress, kb=kb)
