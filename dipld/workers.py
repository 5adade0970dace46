"""Extraction in worker processes, results handed back in input order with bounded memory.

Articles go to the workers in chunks (one task per chunk, see :class:`Chunk`), so the cost of
a task (pickling, the executor's queues and threads) is paid per chunk, not per article. Each
worker process runs :func:`dipld.pipeline.process` on the articles of a chunk and sends back
one result per article, in order; the triples travel as N-Triples bytes, which the store
loads without making Python objects of them. Workers are started with the ``forkserver``
context, never by forking a process that has a RocksDB store open; the fork server imports
:mod:`dipld.warmup` (the pipeline, the KB index and the tables built from it), so each worker
starts warm. It is started as soon as the :class:`Extractor` is made, or earlier by the ``load``
command (:mod:`dipld.forkserver`), so it warms up while the loader imports its modules, opens
the store and reads its inputs; the workers are started from a thread, and chunks submitted
before they are up are held and sent in order, so the loader never idles waiting for them.
Workers run at a lower CPU priority (:data:`WORKER_NICENESS`) than the loader, whose single
writer must never wait for a core.
With one job everything runs in the calling process, and the results are the same.

>>> import datetime as dt
>>> from dipld.model import Article
>>> art = Article(id="a1", source="a1.txt", body="Belarus met Russia.", date=dt.date(2022, 9, 2))
>>> with Extractor(jobs=1, base="https://example.org/d/") as ex:
...     (done,) = ex.wait(ex.submit([art]))
>>> isinstance(done, Extracted), done.graph
(True, 'https://example.org/d/graph/a1')
"""

from __future__ import annotations

import contextlib
import os
import threading
import traceback
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from types import TracebackType

from dipld import forkserver
from dipld.errors import DipldError
from dipld.iri import Iris
from dipld.model import Article

_STATE: dict[str, object] = {}

#: Most articles sent to a worker in one task.
CHUNK_ARTICLES = 16
#: A chunk is sent as soon as its article texts reach this many characters.
CHUNK_CHARS = 64 * 1024
#: How much lower the workers' CPU priority is than the loader's (its single writer).
WORKER_NICENESS = 5


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article's graph: its name, its triples as N-Triples, how many facts and triples."""

    graph: str
    ntriples: bytes
    facts: int
    triples: int


@dataclass(frozen=True, slots=True)
class ExtractionFailed:
    """An article the pipeline could not process; ``detail`` holds a traceback for bugs."""

    message: str
    detail: str | None = None


Result = Extracted | ExtractionFailed


def _init_worker(base: str, niceness: int = 0) -> None:
    from dipld.kb.index import load_index

    _STATE["kb"] = load_index()
    _STATE["iris"] = Iris(base)
    if niceness:
        with contextlib.suppress(OSError):  # the writer first: see docs/storage.md
            os.nice(niceness)


def _run(article: Article) -> Result:
    from dipld.kb.index import KbIndex
    from dipld.pipeline import process

    kb = _STATE["kb"]
    iris = _STATE["iris"]
    assert isinstance(kb, KbIndex) and isinstance(iris, Iris)
    try:
        result = process(article, kb, iris)
    except DipldError as exc:
        return ExtractionFailed(exc.message)
    except Exception as exc:  # a bug in extraction must not stop the other articles
        return ExtractionFailed(
            f"internal error while extracting ({type(exc).__name__}: {exc}); please report it",
            traceback.format_exc(),
        )
    return Extracted(result.graph.value, result.ntriples, len(result.facts), result.triple_count)


def _run_chunk(articles: Sequence[Article]) -> list[Result]:
    return [_run(article) for article in articles]


def _ready() -> None:
    """A task that does nothing: submitted once per worker to start the workers early."""


class Pending:
    """A submitted chunk: a future in a worker, results computed in-process, or (while the
    workers start) its articles, held until they can be sent."""

    __slots__ = ("_articles", "_future", "_results")

    def __init__(
        self,
        future: Future[list[Result]] | None,
        results: list[Result] | None,
        articles: Sequence[Article] | None = None,
    ) -> None:
        self._future = future
        self._results = results
        self._articles = articles

    def done(self) -> bool:
        if self._results is not None:
            return True
        return self._future is not None and self._future.done()


class Chunk:
    """Articles gathered for one task: up to ``limit`` of them, or :data:`CHUNK_CHARS` of text."""

    __slots__ = ("articles", "chars", "limit", "pending")

    def __init__(self, limit: int = CHUNK_ARTICLES) -> None:
        self.limit = limit
        self.articles: list[Article] = []
        self.chars = 0
        self.pending: Pending | None = None  # set when submitted

    def add(self, article: Article) -> int:
        """Add an article; its index in the chunk."""
        self.articles.append(article)
        self.chars += len(article.body)
        return len(self.articles) - 1

    @property
    def full(self) -> bool:
        return len(self.articles) >= self.limit or self.chars >= CHUNK_CHARS


class Extractor:
    """Runs the pipeline on chunks of articles in ``jobs`` processes (in-process for one job)."""

    def __init__(self, jobs: int, base: str) -> None:
        self.jobs = jobs
        self._base = base
        self._pool: ProcessPoolExecutor | None = None
        self._starter: threading.Thread | None = None
        self._start_error: BaseException | None = None
        self._held: list[Pending] = []  # submitted while the workers start
        if jobs > 1:
            context = forkserver.start()
            self._pool = ProcessPoolExecutor(
                max_workers=jobs,
                mp_context=context,
                initializer=_init_worker,
                initargs=(base, WORKER_NICENESS),
            )
            # starting a worker waits for the fork server to be warm: meanwhile the caller
            # goes on (reading inputs), and what it submits is held until the workers are up
            self._starter = threading.Thread(
                target=self._start_workers, name="dipld-start-workers", daemon=True
            )
            self._starter.start()
        else:
            _init_worker(base)

    def _start_workers(self) -> None:
        assert self._pool is not None
        try:
            for _ in range(self.jobs):  # each submit starts a worker while none is idle
                self._pool.submit(_ready)
        except BaseException as exc:  # reported by _started, in the caller's thread
            self._start_error = exc

    def _started(self, *, wait: bool) -> bool:
        """Whether the workers are up (waiting for them when ``wait``); once they are, the
        chunks held meanwhile are sent, in order."""
        if self._starter is None:
            return True
        if wait:
            self._starter.join()
        elif self._starter.is_alive():
            return False
        self._starter = None
        if self._start_error is not None:
            raise DipldError(f"cannot start the extraction workers ({self._start_error})")
        held, self._held = self._held, []
        for pending in held:
            assert pending._articles is not None
            pending._future = self._send(pending._articles)
            pending._articles = None
        return True

    def _send(self, articles: Sequence[Article]) -> Future[list[Result]]:
        assert self._pool is not None
        try:
            return self._pool.submit(_run_chunk, articles)
        except BrokenProcessPool as exc:
            raise DipldError(f"an extraction worker died ({exc}); see the messages above") from exc

    @property
    def chunk_articles(self) -> int:
        """Most articles per chunk: :data:`CHUNK_ARTICLES`, or 1 in-process (no task to save)."""
        return CHUNK_ARTICLES if self._pool is not None else 1

    def submit(self, articles: Sequence[Article]) -> Pending:
        """Start extracting a chunk of articles (in-process for one job: done on return)."""
        if self._pool is None:
            return Pending(None, _run_chunk(articles))
        if self._started(wait=False):
            return Pending(self._send(articles), None)
        pending = Pending(None, None, articles)
        self._held.append(pending)
        return pending

    def wait(self, pending: Pending) -> list[Result]:
        """The results of a submitted chunk, in its order (blocks until its worker is done)."""
        if pending._results is not None:
            return pending._results
        if pending._future is None:
            self._started(wait=True)
        assert pending._future is not None
        try:
            pending._results = pending._future.result()
        except BrokenProcessPool as exc:
            raise DipldError(
                "an extraction worker died (killed, or out of memory); lower --jobs or raise "
                "the memory available"
            ) from exc
        pending._future = None
        return pending._results

    def close(self) -> None:
        if self._starter is not None:
            self._starter.join()
            self._starter = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
