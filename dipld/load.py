"""Loading: inputs → articles → extraction in workers → atomic graph writes → a published snapshot.

One named graph per article (and per graph of a ready-made RDF file), written by the single
writer in batches; each graph is entirely new or entirely old after any crash. Unchanged
inputs are skipped by their content hash (see :mod:`dipld.ledger`); a load that finds
unpublished writes left by a crash publishes them even when everything is skipped. The target
is the embedded store (:class:`LocalTarget`) or any SPARQL 1.1 store (:mod:`dipld.remote`).
The run itself is :mod:`dipld.loader`; what it is told and reports is :mod:`dipld.summary`.

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

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from dipld.errors import UsageError
from dipld.iri import Iris
from dipld.ledger import VERSION_INFO, Ledger, kb_version_in, read_store_ledger
from dipld.loader import Batch, Target, run
from dipld.remote import RemoteConfig, RemoteTarget
from dipld.store import Reader, Writer, current_version
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
from dipld.workers import Extractor

__all__ = [
    "Event",
    "Failure",
    "KbStatus",
    "LoadOptions",
    "LoadSummary",
    "LocalTarget",
    "Outcome",
    "Progress",
    "Tally",
    "Target",
    "delete",
    "ensure_kb",
    "ensure_target_kb",
    "load",
    "load_remote",
    "run",
]


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
            self.writer.replace_graphs_ntriples(batch)
            self._written = True

    def publish(self, force: bool, *, final: bool = False) -> str | None:
        if final and self.writer.lagging:  # even if a periodic publish just took the writes
            self.writer.compact()  # see Writer.compact_in_background
            force = True
        if not (force or self._written or self.writer.dirty):
            return None
        self._written = False
        return self.writer.publish()


# ---- the reference KB graph -------------------------------------------------------------------


def package_kb_version() -> str:
    from dipld.kb.index import cached_version

    return cached_version()


def ensure_target_kb(target: Target, iris: Iris) -> KbStatus:
    """Install the bundled KB graph when the target lacks it or holds another version."""
    from dipld.kb.build import kb_ntriples

    kb_graph = ox.NamedNode(str(iris.kb_graph))
    wanted = package_kb_version()
    previous = target.kb_version(kb_graph)
    if previous == wanted:
        return KbStatus(wanted, previous, installed=False)
    data = kb_ntriples(iris)
    # the version goes last: a KB graph written in several parts and cut short has no version
    version_line = re.compile(rb"^" + re.escape(f"{kb_graph} {VERSION_INFO} ".encode()) + rb".*\n",
                              re.MULTILINE)  # fmt: skip
    versions = version_line.findall(data)
    data = version_line.sub(b"", data) + b"".join(versions)
    target.write([], [(kb_graph, data)])
    return KbStatus(wanted, previous, installed=True)


def ensure_kb(writer: Writer, iris: Iris) -> KbStatus:
    """Install or upgrade the reference KB graph of an embedded store, then compact the store
    (so the next load does not pay for merging the KB's many bulk parts); does not publish."""
    status = ensure_target_kb(LocalTarget(writer), iris)
    if status.installed:
        writer.compact()
    return status


# ---- loads ------------------------------------------------------------------------------------


def load(
    args: Sequence[str],
    options: LoadOptions,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> LoadSummary:
    """Load files, folders, globs or ``-`` (stdin) into the embedded store at ``options.store``."""
    if options.dry_run:
        ledger = _published_ledger(options.store)
        return run(args, None, ledger, options, stdin=stdin, progress=progress)
    with Writer.open(options.store) as writer:
        writer.compact_in_background()
        target = LocalTarget(writer)
        # read while the fork server warms up; starting the workers waits for it
        kb = ensure_kb(writer, options.iris) if options.with_kb else None
        ledger = target.ledger()
        with Extractor(options.jobs, options.base) as workers:
            summary = run(
                args,
                target,
                ledger,
                options,
                stdin=stdin,
                progress=progress,
                kb=kb,
                extractor=workers,
            )
    if summary.version is None:
        summary = replace(summary, version=current_version(options.store))
    return summary


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
