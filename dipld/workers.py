"""Extraction in worker processes, results handed back in input order with bounded memory.

Each worker process loads the KB index once and runs :func:`dipld.pipeline.process` on the
articles it is sent; the triples travel back as N-Triples bytes, which the store loads without
making Python objects of them. Workers are started with the ``forkserver`` context,
never by forking a process that has a RocksDB store open. With one job everything runs in
the calling process, and the results are the same.

>>> import datetime as dt
>>> from dipld.model import Article
>>> art = Article(id="a1", source="a1.txt", body="Belarus met Russia.", date=dt.date(2022, 9, 2))
>>> with Extractor(jobs=1, base="https://example.org/d/") as ex:
...     done = ex.wait(ex.submit(art))
>>> isinstance(done, Extracted), done.graph
(True, 'https://example.org/d/graph/a1')
"""

from __future__ import annotations

import multiprocessing
import traceback
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from types import TracebackType

import pyoxigraph as ox

from dipld.errors import DipldError
from dipld.iri import Iris
from dipld.model import Article

_STATE: dict[str, object] = {}


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


def _init_worker(base: str) -> None:
    from dipld.kb.index import load_index

    _STATE["kb"] = load_index()
    _STATE["iris"] = Iris(base)


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
    data = ox.serialize(result.triples, format=ox.RdfFormat.N_TRIPLES) or b""
    return Extracted(result.graph.value, data, len(result.facts), len(result.triples))


class Pending:
    """A submitted article: a future in a worker, or a result computed in-process."""

    __slots__ = ("_future", "_result")

    def __init__(self, future: Future[Result] | None, result: Result | None) -> None:
        self._future = future
        self._result = result

    def done(self) -> bool:
        return self._future is None or self._future.done()


class Extractor:
    """Runs the pipeline on articles in ``jobs`` processes (in-process for one job)."""

    def __init__(self, jobs: int, base: str) -> None:
        self.jobs = jobs
        self._base = base
        self._pool: ProcessPoolExecutor | None = None
        if jobs > 1:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["dipld.pipeline", "dipld.kb.index"])
            self._pool = ProcessPoolExecutor(
                max_workers=jobs,
                mp_context=context,
                initializer=_init_worker,
                initargs=(base,),
            )
        else:
            _init_worker(base)

    def submit(self, article: Article) -> Pending:
        if self._pool is None:
            return Pending(None, _run(article))
        try:
            return Pending(self._pool.submit(_run, article), None)
        except BrokenProcessPool as exc:
            raise DipldError(f"an extraction worker died ({exc}); see the messages above") from exc

    def wait(self, pending: Pending) -> Result:
        """The result of a submitted article (blocks until its worker is done)."""
        if pending._future is None:
            assert pending._result is not None
            return pending._result
        try:
            return pending._future.result()
        except BrokenProcessPool as exc:
            raise DipldError(
                "an extraction worker died (killed, or out of memory); lower --jobs or raise "
                "the memory available"
            ) from exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
