"""The embedded store: pyoxigraph on disk, one writer at a time, immutable snapshots for readers.

Layout of a store directory (``DIPLD_STORE``)::

    primary/            the read-write RocksDB store; opened only under write.lock
    write.lock          flock()ed by the one writer (a load, a delete, a server with writes on)
    snapshots/<v>/      immutable checkpoints of primary (hard links, cheap), one per publish
    CURRENT             the name of the newest snapshot, replaced atomically
    dumps/<v>/          prebuilt downloads of snapshot <v> (built lazily by export/serve)

Readers (``dipld serve`` workers, ``dipld query``, ``dipld export``) never open ``primary``:
pyoxigraph documents a second process opening a store that another writes as undefined
behaviour. They open the snapshot named by CURRENT read-only and switch when it changes.

Union default graph: SPARQL queries without ``GRAPH`` see the union of every named graph.
Instead of asking Oxigraph to compute that union per query (slow on joins), the writer keeps a
materialised copy in the store's real default graph: every triple of every named graph is
also in the default graph, and a triple leaves the default graph only when no named graph
holds it any more. Named graphs must therefore contain no blank nodes (callers skolemise).

Every replacement of a graph happens in one atomic write (a RocksDB transaction, or one atomic
SST ingestion for new graphs), so a graph is always entirely old or entirely new, even if the
process is killed (RocksDB's write-ahead log and manifest survive SIGKILL).
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import os
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox

from dipld.errors import StoreBusy, StoreError

PRIMARY = "primary"
SNAPSHOTS = "snapshots"
CURRENT = "CURRENT"
LOCK = "write.lock"
DUMPS = "dumps"
DIRTY = "DIRTY"

DEFAULT_GRAPH = ox.DefaultGraph()

Subject = ox.NamedNode | ox.BlankNode | ox.Triple
ObjectTerm = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

#: Snapshots replaced less than this many seconds ago are kept for readers still using them.
SNAPSHOT_GRACE_SECONDS = 600.0
#: The newest snapshots always kept, whatever their age.
SNAPSHOTS_KEPT = 2
#: Most quads written by one atomic bulk write (below Oxigraph's 1,000,000-quad bulk batch).
BULK_MAX_QUADS = 900_000
#: Quads per bulk write when one graph is too big for one (memory of a bulk write grows with it).
BULK_PART_QUADS = 200_000


@dataclass(frozen=True, slots=True)
class GraphChange:
    """What one graph replacement did."""

    graph: ox.NamedNode
    added: int
    removed: int
    existed: bool


def _nt(term: ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple) -> str:
    if isinstance(term, ox.BlankNode):
        raise StoreError(
            f"blank node {term} in a named graph; skolemise blank nodes before storing them"
        )
    return str(term)


def _check_skolem(triple: ox.Triple) -> None:
    for term in (triple.subject, triple.object):
        if isinstance(term, ox.BlankNode):
            _nt(term)  # raises
        elif isinstance(term, ox.Triple):
            _check_skolem(term)


def _triple_nt(triple: ox.Triple) -> str:
    return f"{_nt(triple.subject)} {_nt(triple.predicate)} {_nt(triple.object)} ."


def current_version(root: Path) -> str | None:
    """The name of the current snapshot of a store directory, or None if nothing is published."""
    try:
        text = (root / CURRENT).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"{root / CURRENT}: unreadable ({exc})") from exc
    return text or None


def snapshot_path(root: Path, version: str) -> Path:
    return root / SNAPSHOTS / version


# RocksDB names its background threads (compactions, flushes) "rocksdb:low" and "rocksdb:high"
_BACKGROUND = "rocksdb"
# a load runs them this much nicer than itself: below its extraction workers (nice +5)
COMPACTION_NICENESS = 10
# a load that leaves more new files than this (about four sorted runs for each of Oxigraph's
# twelve column families) compacts the store before its last snapshot
LAGGING_FILES = 48


def _background_threads() -> list[int]:
    """Thread ids of this process's RocksDB background threads (Linux /proc; else none)."""
    found: list[int] = []
    try:
        tasks = list(Path("/proc/self/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            if (task / "comm").read_text("ascii", "replace").startswith(_BACKGROUND):
                found.append(int(task.name))
        except (OSError, ValueError):
            continue
    return found


class Writer:
    """The single writer of a store directory: holds write.lock while open.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp()) / "store"
    >>> g = ox.NamedNode("https://example.org/graph/a")
    >>> t = ox.Triple(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
    ...               ox.Literal("o"))
    >>> with Writer.open(root) as w:
    ...     w.replace_graphs([(g, [t])])[0].added
    ...     version = w.publish()
    1
    >>> with Reader.open(root) as r:
    ...     bool(r.store.query("ASK { <https://example.org/s> ?p ?o }"))
    True
    """

    def __init__(self, root: Path, store: ox.Store, lock_fd: int) -> None:
        self.root = root
        self.store = store
        self._lock_fd = lock_fd
        self._closed = False
        self._files_at_open = self.live_files()

    @classmethod
    def open(cls, root: Path, *, wait: float = 0.0) -> Writer:
        """Open the store for writing, creating it if needed; fails with StoreBusy if locked."""
        try:
            root.mkdir(parents=True, exist_ok=True)
            (root / SNAPSHOTS).mkdir(exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{root}: cannot create the store directory ({exc})") from exc
        if (root / PRIMARY).exists() and not (root / PRIMARY).is_dir():
            raise StoreError(f"{root / PRIMARY}: not a directory; is {root} a dipld store?")
        try:
            fd = os.open(root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{root / LOCK}: cannot open the write lock ({exc})") from exc
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise StoreBusy(
                        "another process is writing to this store (a load, a delete, or a server "
                        "with writes enabled); wait for it to finish",
                        where=str(root),
                    ) from None
                time.sleep(0.05)
        try:
            store = ox.Store(str(root / PRIMARY))
        except OSError as exc:
            os.close(fd)
            raise StoreError(f"cannot open the store ({exc})", where=str(root)) from exc
        writer = cls(root, store, fd)
        writer._remove_stale_tmp()
        return writer

    def __enter__(self) -> Writer:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(OSError):
            self.store.flush()
        del self.store
        os.close(self._lock_fd)

    # ---- reading the primary -------------------------------------------------------------

    def named_graphs(self) -> list[ox.NamedNode]:
        return [g for g in self.store.named_graphs() if isinstance(g, ox.NamedNode)]

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.store.contains_named_graph(graph))

    def objects(
        self, subject: ox.NamedNode | None, predicate: ox.NamedNode, graph: ox.NamedNode | None
    ) -> Iterator[tuple[Subject, ObjectTerm, ox.NamedNode]]:
        """(subject, object, graph) for every quad with this predicate in named graphs."""
        for quad in self.store.quads_for_pattern(subject, predicate, None, graph):
            if isinstance(quad.graph_name, ox.NamedNode):
                yield quad.subject, quad.object, quad.graph_name

    # ---- writing -------------------------------------------------------------------------

    def replace_graphs(
        self, batch: Sequence[tuple[ox.NamedNode, Iterable[ox.Triple]]]
    ) -> list[GraphChange]:
        """Replace each graph's content with the given triples, keeping the union default graph.

        New graphs are written by atomic bulk writes (:meth:`_write_fresh`); replacements of
        existing graphs in one SPARQL Update transaction. Either way each graph is entirely old
        or entirely new.
        """
        self._mark_dirty()
        fresh: list[list[ox.Quad]] = []
        update_parts: list[str] = []
        changes: list[GraphChange] = []
        seen: set[str] = set()
        for graph, triples in batch:
            if graph.value in seen:
                raise StoreError(f"graph {graph} given twice in one batch")
            seen.add(graph.value)
            new = dict.fromkeys(triples)  # a set that keeps the caller's order
            if not self.has_graph(graph):
                quads: list[ox.Quad] = []
                for t in new:
                    _check_skolem(t)
                    quads.append(ox.Quad(t.subject, t.predicate, t.object, graph))
                    quads.append(ox.Quad(t.subject, t.predicate, t.object, DEFAULT_GRAPH))
                if quads:
                    fresh.append(quads)
                if not new:
                    update_parts.append(f"CREATE SILENT GRAPH {graph}")
                changes.append(GraphChange(graph, len(new), 0, existed=False))
                continue
            old = {
                ox.Triple(q.subject, q.predicate, q.object)
                for q in self.store.quads_for_pattern(None, None, None, graph)
            }
            added = new.keys() - old
            removed = old - new.keys()
            update_parts.extend(self._diff_update(graph, added, removed))
            changes.append(GraphChange(graph, len(added), len(removed), existed=True))
        if fresh:
            self._write_fresh(fresh)
        if update_parts:
            self._update(" ;\n".join(update_parts))
        return changes

    def _write_fresh(self, graphs: list[list[ox.Quad]]) -> None:
        """Write new graphs (with their union copies), each graph in one atomic write.

        A transactional ``extend`` costs ~4x a bulk load on disk, so graphs are packed into
        ``bulk_extend`` calls of at most BULK_MAX_QUADS quads: up to Oxigraph's bulk batch size
        (1,000,000 quads) a bulk load is one set of SST files ingested into RocksDB in one
        atomic ``IngestExternalFiles`` call, so each call is all-or-nothing, even under
        SIGKILL. A graph too big for one call (the reference KB) is written in several calls of
        BULK_PART_QUADS quads, in the order its triples were given: callers put the triples
        that mark it complete (its version, its content hash) last, so a graph cut short by a
        crash is seen as incomplete.
        """
        chunk: list[ox.Quad] = []
        try:
            for quads in graphs:
                if len(quads) > BULK_MAX_QUADS:
                    for start in range(0, len(quads), BULK_PART_QUADS):
                        self.store.bulk_extend(quads[start : start + BULK_PART_QUADS])
                    continue
                if len(chunk) + len(quads) > BULK_MAX_QUADS:
                    self.store.bulk_extend(chunk)
                    chunk = []
                chunk.extend(quads)
            if chunk:
                self.store.bulk_extend(chunk)
        except OSError as exc:
            raise StoreError(f"cannot write to the store ({exc})", where=str(self.root)) from exc

    def replace_graphs_ntriples(
        self, batch: Sequence[tuple[ox.NamedNode, bytes]]
    ) -> list[GraphChange]:
        """:meth:`replace_graphs` with each graph given as N-Triples as dipld's serialisers
        write them (one triple per line, each line ending in `` .\\n``, no blank nodes, every
        IRI already checked: the bulk loader does not validate them again).

        New graphs go to the store as N-Quads text, parsed by Oxigraph's bulk loader, without
        ever becoming Python objects (several times faster for large loads); graphs that exist
        already, or whose text is not in that form, are parsed and replaced as usual.
        """
        self._mark_dirty()
        changes: list[GraphChange] = []
        slow: list[tuple[ox.NamedNode, list[ox.Triple]]] = []
        fresh: list[tuple[ox.NamedNode, bytes, int]] = []
        seen: set[str] = set()
        for graph, data in batch:
            if graph.value in seen:
                raise StoreError(f"graph {graph} given twice in one batch")
            seen.add(graph.value)
            if data and not data.endswith(b"\n"):
                data += b"\n"
            lines = data.count(b"\n")
            if self.has_graph(graph) or b"_:" in data or data.count(b" .\n") != lines:
                try:
                    parsed = [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
                except SyntaxError as exc:
                    raise StoreError(f"internal error: bad N-Triples for {graph}: {exc}") from exc
                slow.append((graph, parsed))
                continue
            if not lines:
                slow.append((graph, []))  # an empty graph: CREATE GRAPH
                continue
            fresh.append((graph, data, lines))
            changes.append(GraphChange(graph, lines, 0, existed=False))
        self._load_fresh(fresh)
        if slow:
            changes.extend(self.replace_graphs(slow))
        return changes

    def _load_fresh(self, graphs: list[tuple[ox.NamedNode, bytes, int]]) -> None:
        """New graphs as N-Quads (each triple in its graph and in the default graph), packed
        into atomic bulk writes as in :meth:`_write_fresh`."""
        chunk: list[bytes] = []
        size = 0
        try:
            for graph, data, lines in graphs:
                suffix = f" {graph} .\n".encode()
                if 2 * lines > BULK_MAX_QUADS:  # in order, records last: see _write_fresh
                    step = BULK_PART_QUADS // 2
                    plain_lines = data.splitlines(keepends=True)
                    for start in range(0, lines, step):
                        plain = b"".join(plain_lines[start : start + step])
                        self._bulk_nquads(plain.replace(b" .\n", suffix) + plain)
                    continue
                named = data.replace(b" .\n", suffix)
                if size + 2 * lines > BULK_MAX_QUADS:
                    self._bulk_nquads(b"".join(chunk))
                    chunk, size = [], 0
                chunk += (named, data)
                size += 2 * lines
            if chunk:
                self._bulk_nquads(b"".join(chunk))
        except OSError as exc:
            raise StoreError(f"cannot write to the store ({exc})", where=str(self.root)) from exc

    def _bulk_nquads(self, data: bytes) -> None:
        # ``lenient``: the text is dipld's own serialisation, whose IRIs were checked as
        # pyoxigraph terms when they were minted (see :func:`dipld.rdf.article_ntriples`);
        # checking every IRI of every line again cost ~15 % of the bulk load's CPU.
        try:
            self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
        except SyntaxError as exc:  # checked above; a parse error would write nothing
            raise StoreError(f"internal error building N-Quads: {exc}") from exc

    def live_files(self) -> int:
        """Number of SST files in primary: the sorted runs a snapshot would link."""
        try:
            return sum(1 for p in (self.root / PRIMARY).iterdir() if p.suffix == ".sst")
        except OSError:
            return 0

    def compact_in_background(self) -> None:
        """Run RocksDB's background compactions at a lower CPU priority (``COMPACTION_NICENESS``
        more than now), for a long write such as a load.

        Every bulk write adds sorted files that overlap everything (Oxigraph's keys start with
        hashes), and RocksDB merges them into the last level as soon as two are waiting, which
        rewrites most of the store each time. Lower in priority than the extraction workers,
        the compactions run when a core is free, merge more files at once, and rewrite the store
        fewer times; a load that leaves them far behind (:attr:`lagging`) ends with
        :meth:`compact`, so its last snapshot has few files to read. Where the system has it
        (Linux), the threads also get the ``SCHED_IDLE`` policy, the lowest share of a busy
        core there is: the compactions a load's writes would trigger are mostly redone by
        that final compaction, so the less of them run meanwhile, the less CPU the load costs.
        """
        idle = getattr(os, "SCHED_IDLE", None)
        for tid in _background_threads():
            with contextlib.suppress(OSError):
                now = os.getpriority(os.PRIO_PROCESS, tid)
                os.setpriority(os.PRIO_PROCESS, tid, min(19, now + COMPACTION_NICENESS))
                if idle is not None:
                    os.sched_setscheduler(tid, idle, os.sched_param(0))

    @property
    def lagging(self) -> bool:
        """True when writes since open left many files that compactions have not merged yet."""
        return self.live_files() - self._files_at_open > LAGGING_FILES

    def compact(self) -> None:
        """Compact primary (``Store.optimize``: a RocksDB full compaction).

        A large write in many bulk parts (the reference KB) leaves many overlapping files that
        RocksDB merges in background threads later, during whatever writes next: the first
        load after a KB install spent more CPU on that merge than on its own writes. Compacting
        right after such a write pays that cost once, up front, before any snapshot links the
        files it replaces.
        """
        try:
            self.store.optimize()
        except OSError as exc:
            raise StoreError(f"cannot compact the store ({exc})", where=str(self.root)) from exc

    def delete_graphs(self, graphs: Iterable[ox.NamedNode]) -> list[ox.NamedNode]:
        """Remove whole graphs (and their triples from the union default graph).

        Returns the graphs that existed and were removed."""
        self._mark_dirty()
        parts: list[str] = []
        done: list[ox.NamedNode] = []
        for graph in graphs:
            if not self.has_graph(graph):
                continue
            old = {
                ox.Triple(q.subject, q.predicate, q.object)
                for q in self.store.quads_for_pattern(None, None, None, graph)
            }
            parts.extend(self._diff_update(graph, set(), old))
            parts.append(f"DROP SILENT GRAPH {graph}")
            done.append(graph)
        if parts:
            self._update(" ;\n".join(parts))
        return done

    def _diff_update(
        self, graph: ox.NamedNode, added: set[ox.Triple], removed: set[ox.Triple]
    ) -> list[str]:
        parts: list[str] = []
        if removed:
            orphans = [t for t in removed if not self._held_elsewhere(t, graph)]
            body = "\n".join(_triple_nt(t) for t in removed)
            default_body = "\n".join(_triple_nt(t) for t in orphans)
            parts.append(f"DELETE DATA {{ GRAPH {graph} {{\n{body}\n}}\n{default_body}\n}}")
        if added:
            body = "\n".join(_triple_nt(t) for t in added)
            parts.append(f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}}\n{body}\n}}")
        return parts

    def _held_elsewhere(self, triple: ox.Triple, graph: ox.NamedNode) -> bool:
        for quad in self.store.quads_for_pattern(triple.subject, triple.predicate, triple.object):
            name = quad.graph_name
            if isinstance(name, ox.NamedNode | ox.BlankNode) and name != graph:
                return True
        return False

    def _update(self, text: str) -> None:
        try:
            self.store.update(text)
        except SyntaxError as exc:  # a term that does not serialise to valid N-Triples
            raise StoreError(f"internal error building an update: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot write to the store ({exc})", where=str(self.root)) from exc

    # ---- publishing ----------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        (self.root / DIRTY).touch()

    @property
    def dirty(self) -> bool:
        """True when primary has writes that no snapshot holds yet (e.g. after a crash)."""
        return (self.root / DIRTY).exists() or current_version(self.root) is None

    def publish(self) -> str:
        """Checkpoint primary into a new immutable snapshot and make it current."""
        self.store.flush()
        snapshots = self.root / SNAPSHOTS
        numbers = [int(p.name) for p in snapshots.iterdir() if p.name.isdigit()]
        version = f"{max(numbers, default=0) + 1:08d}"
        tmp = snapshots / f".tmp-{version}"
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            self.store.backup(str(tmp))
            tmp.rename(snapshots / version)
            current_tmp = self.root / f"{CURRENT}.tmp"
            current_tmp.write_text(version + "\n", encoding="ascii")
            current_tmp.replace(self.root / CURRENT)
        except OSError as exc:
            raise StoreError(f"cannot publish a snapshot ({exc})", where=str(self.root)) from exc
        with contextlib.suppress(FileNotFoundError):
            (self.root / DIRTY).unlink()
        self._collect_garbage(version)
        return version

    def _remove_stale_tmp(self) -> None:
        snapshots = self.root / SNAPSHOTS
        for path in snapshots.glob(".tmp-*"):
            shutil.rmtree(path, ignore_errors=True)

    def _collect_garbage(self, current: str) -> None:
        snapshots = self.root / SNAPSHOTS
        versions = sorted(
            (p for p in snapshots.iterdir() if p.name.isdigit()), key=lambda p: p.name
        )
        keep = {p.name for p in versions[-SNAPSHOTS_KEPT:]} | {current}
        now = time.time()
        # a snapshot stopped being current when its successor was created
        for older, newer in itertools.pairwise(versions):
            if older.name in keep:
                continue
            if now - newer.stat().st_mtime < SNAPSHOT_GRACE_SECONDS:
                continue
            shutil.rmtree(older, ignore_errors=True)
            shutil.rmtree(self.root / DUMPS / older.name, ignore_errors=True)


class Reader:
    """A read-only view of the current snapshot of a store directory."""

    def __init__(self, root: Path, version: str, store: ox.Store) -> None:
        self.root = root
        self.version = version
        self.store = store

    @classmethod
    def open(cls, root: Path) -> Reader:
        version = current_version(root)
        if version is None:
            raise StoreError(
                "no published data in this store; run `dipld load PATH` first", where=str(root)
            )
        return cls(root, version, cls._open_snapshot(root, version))

    @staticmethod
    def _open_snapshot(root: Path, version: str) -> ox.Store:
        path = snapshot_path(root, version)
        try:
            return ox.Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open snapshot {version} ({exc})", where=str(root)) from exc

    def refresh(self) -> bool:
        """Switch to a newer snapshot if one was published; True if it switched."""
        version = current_version(self.root)
        if version is None or version == self.version:
            return False
        self.store = self._open_snapshot(self.root, version)
        self.version = version
        return True

    def __enter__(self) -> Reader:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        del self.store
