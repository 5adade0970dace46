"""The server's shared state: settings, IRIs, metrics, the query pool and the dataset version.

One :class:`ServeContext` lives on ``app.state.ctx``; route modules (the SPARQL endpoint, the
downloads, and the Linked Data pages of :mod:`dipld.web`) take it from there with
:func:`context_of`. It runs queries on the worker pool (:meth:`ServeContext.query`), knows the
current dataset version (:attr:`ServeContext.dataset`, refreshed by polling ``CURRENT``) and
answers conditional requests against it (:meth:`ServeContext.conditional`).
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import logging
import time
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.requests import Request

from dipld.errors import DipldError, NotFound, QueryError, StoreError
from dipld.iri import PREFIXES, Iris
from dipld.serve import formats
from dipld.serve.cache import ResultCache
from dipld.serve.dumps import Dumps
from dipld.serve.errors import ClientDisconnected, NotAcceptable
from dipld.serve.jobs import (
    DatasetStats,
    FailureCode,
    GraphJob,
    JobFailure,
    Outcome,
    QueryJob,
    QueryOutcome,
    StatsJob,
)
from dipld.serve.metrics import Metrics
from dipld.serve.pool import QueryPool
from dipld.settings import Settings
from dipld.store import Writer, current_version, snapshot_path

log = logging.getLogger("dipld.serve")

#: seconds between two checks of the store's CURRENT file
POLL_INTERVAL = 0.5
#: seconds a query runs before the server starts watching for its client going away
WATCH_AFTER = 0.05
#: seconds the VoID/SD counts of a version may take (computed once per version, not per request)
STATS_TIMEOUT = 600.0


@dataclass(frozen=True, slots=True)
class DatasetVersion:
    """One published snapshot: its name and when it was published."""

    version: str
    published: float
    #: ``published`` as an HTTP date (computed once: it is sent with every answer)
    last_modified: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        http_date = email.utils.formatdate(self.published, usegmt=True)
        object.__setattr__(self, "last_modified", http_date)

    def etag(self, variant: str = "") -> str:
        """A strong entity tag of a representation of this version (``variant`` tells apart)."""
        return f'"{self.version}-{variant}"' if variant else f'"{self.version}"'


def _dataset_version(root: Path, version: str) -> DatasetVersion:
    try:
        published = snapshot_path(root, version).stat().st_mtime
    except OSError:
        published = time.time()
    return DatasetVersion(version, float(int(published)))


def initialise_store(root: Path, iris: Iris) -> str:
    """Publish a first snapshot (with the reference KB graph) if the store has none; its version."""
    version = current_version(root)
    if version is not None:
        return version
    with Writer.open(root, wait=10.0) as writer:
        version = current_version(root)
        if version is not None:  # another process initialised it meanwhile
            return version
        from dipld.load import ensure_kb

        ensure_kb(writer, iris)
        return writer.publish()


class ServeContext:
    """What every route of the server shares."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = settings.store
        self.iris = Iris(settings.base)
        self.metrics = Metrics()
        self.pool = QueryPool(
            self.root,
            size=settings.query_workers,
            timeout=settings.query_timeout,
            memory=settings.query_memory,
            prefixes=dict(PREFIXES),
            metrics=self.metrics,
        )
        self.dumps = Dumps(self.root)
        self.cache = ResultCache()
        #: serialises this server's own writes (the store's write lock guards other processes)
        self.write_lock = asyncio.Lock()
        self.started = time.time()
        self._dataset: DatasetVersion | None = None
        self._current_mtime = 0.0
        self._stats: dict[str, asyncio.Task[DatasetStats]] = {}
        self._watch: asyncio.Task[None] | None = None

    # ---- lifecycle -----------------------------------------------------------------------

    async def start(self) -> None:
        version = await asyncio.to_thread(initialise_store, self.root, self.iris)
        self._dataset = _dataset_version(self.root, version)
        await self.pool.start()
        self._watch = asyncio.get_running_loop().create_task(self._watch_current())

    async def close(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watch
        await self.pool.close()

    @property
    def writes_enabled(self) -> bool:
        return bool(self.settings.write_token)

    # ---- the dataset version -------------------------------------------------------------

    @property
    def dataset(self) -> DatasetVersion:
        """The snapshot new requests are answered from."""
        assert self._dataset is not None, "ServeContext.start() was not awaited"
        return self._dataset

    def refresh(self) -> DatasetVersion:
        """Re-read CURRENT now (after a write by this server, or when the poller is too slow)."""
        version = current_version(self.root)
        if version is not None and (self._dataset is None or version != self._dataset.version):
            self._dataset = _dataset_version(self.root, version)
            self.cache.forget_versions_except(version)
            log.info("event=new-version version=%s", version)
        return self.dataset

    async def _watch_current(self) -> None:
        path = self.root / "CURRENT"
        while True:
            await asyncio.sleep(POLL_INTERVAL)
            try:
                mtime = path.stat().st_mtime
            except OSError:
                continue
            if mtime != self._current_mtime:
                self._current_mtime = mtime
                try:
                    self.refresh()
                except StoreError as exc:
                    log.warning("event=current-unreadable error=%r", str(exc))

    def conditional(self, headers: Mapping[str, str], etag: str, version: DatasetVersion) -> bool:
        """True when the request's validators show the client already has this representation."""
        inm = headers.get("if-none-match")
        if inm is not None:
            tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
            return "*" in tags or etag in tags
        ims = headers.get("if-modified-since")
        if ims is not None:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                return False
            return version.published <= since
        return False

    # ---- running work on the pool ----------------------------------------------------------

    async def query(
        self,
        query: str,
        *,
        result_format: formats.Format | None = formats.JSON,
        graph_format: formats.Format | None = formats.TURTLE,
        default_graphs: tuple[str, ...] | None = None,
        named_graphs: tuple[str, ...] | None = None,
        limit: int | None = None,
        version: DatasetVersion | None = None,
        until: Callable[[], Coroutine[Any, Any, None]] | None = None,
        timeout: float | None = None,
    ) -> QueryOutcome:
        """Run a read query on the worker pool; raises the DipldError for any failure.

        ``until``, when given, is awaited alongside the query (e.g. the client disconnecting);
        if it finishes first the query is stopped and ClientDisconnected raised. ``timeout``
        replaces ``--query-timeout`` for the server's own queries (e.g. descriptions computed
        once per version).
        """
        job = QueryJob(
            (version or self.dataset).version,
            query,
            default_graphs,
            named_graphs,
            None if result_format is None else result_format.name,
            None if graph_format is None else graph_format.name,
            self.settings.result_limit if limit is None else limit,
        )
        cached = self.cache.get(job)
        if cached is not None:
            self.metrics.cache_hits += 1
            self.metrics.rows_returned += cached.rows
            return cached
        self.metrics.queries += 1
        if until is None:
            outcome = await self.pool.run(job, timeout=timeout)
        else:
            outcome = await self._race(job, until, timeout)
        if isinstance(outcome, JobFailure):
            raise _error(outcome)
        assert isinstance(outcome, QueryOutcome)
        self.cache.put(job, outcome)
        self.metrics.rows_returned += outcome.rows
        if outcome.truncated:
            self.metrics.query_truncated += 1
        return outcome

    async def _race(
        self,
        job: QueryJob,
        until: Callable[[], Coroutine[Any, Any, None]],
        timeout: float | None,
    ) -> Outcome:
        """Run the job in this task; after WATCH_AFTER s also watch ``until`` and, if it ends
        first, cancel this task (which stops the worker). Quick queries create no task."""
        loop = asyncio.get_running_loop()
        me = asyncio.current_task()
        assert me is not None
        gone = False
        watcher: asyncio.Task[None] | None = None

        async def watch() -> None:
            nonlocal gone
            await until()
            gone = True
            me.cancel()

        def start_watching() -> None:
            nonlocal watcher
            watcher = loop.create_task(watch())

        handle = loop.call_later(WATCH_AFTER, start_watching)
        try:
            return await self.pool.run(job, timeout=timeout)
        except asyncio.CancelledError:
            if not gone:
                raise
            me.uncancel()
            raise ClientDisconnected(
                "the client closed the connection; its query was stopped"
            ) from None
        finally:
            handle.cancel()
            if watcher is not None:
                watcher.cancel()

    async def graph(
        self, graph: str, fmt: formats.Format, version: DatasetVersion | None = None
    ) -> bytes:
        """One named graph serialised; NotFound if the dataset has no such graph."""
        outcome = await self.pool.run(GraphJob((version or self.dataset).version, graph, fmt.name))
        if isinstance(outcome, JobFailure):
            raise _error(outcome)
        assert isinstance(outcome, QueryOutcome)
        return outcome.body

    async def stats(self, version: DatasetVersion | None = None) -> DatasetStats:
        """VoID counts of a version, computed once per version on the pool."""
        name = (version or self.dataset).version
        task = self._stats.get(name)
        if task is None or (task.done() and task.exception() is not None):
            task = asyncio.get_running_loop().create_task(self._compute_stats(name))
            self._stats = {name: task}  # only the newest version's counts are kept
        return await asyncio.shield(task)

    async def _compute_stats(self, version: str) -> DatasetStats:
        outcome = await self.pool.run(StatsJob(version), timeout=STATS_TIMEOUT)
        if isinstance(outcome, JobFailure):
            raise _error(outcome)
        assert isinstance(outcome, DatasetStats)
        return outcome


def _error(failure: JobFailure) -> DipldError:
    if failure.code is FailureCode.SYNTAX:
        return QueryError(f"the query does not parse: {failure.message}", where="/sparql")
    if failure.code is FailureCode.NOT_ACCEPTABLE:
        return NotAcceptable(failure.message)
    if failure.code is FailureCode.NOT_FOUND:
        return NotFound(failure.message)
    if failure.code is FailureCode.STORE:
        return StoreError(failure.message)
    return DipldError(failure.message)


def server_url(ctx: ServeContext, base_url: str) -> str:
    """The server's public root URL ending in '/': ``--public-url`` when set, else ``base_url``."""
    if ctx.settings.public_url:
        return ctx.settings.public_url.rstrip("/") + "/"
    return base_url


def context_of(request: Request) -> ServeContext:
    """The server context of a request (for route modules, including :mod:`dipld.web`)."""
    ctx = request.scope.get("dipld.ctx") or request.app.state.ctx
    assert isinstance(ctx, ServeContext)
    return ctx
