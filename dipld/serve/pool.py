"""The pool of killable query worker processes, with the watchdog that enforces time and memory.

pyoxigraph cannot cancel a running query, so every query runs in a worker process
(:mod:`dipld.serve.worker`) that the server may kill. A job is sent over a private socket; a
timer armed when the job is sent kills the worker with SIGKILL at the time limit, and a
watchdog reads ``/proc/<pid>/statm`` of busy workers every ``WATCH_INTERVAL`` seconds and kills
one whose resident memory passes the bound (an ``RLIMIT_AS`` set inside the worker is the
backstop). A killed worker is replaced in the background; the client gets
:class:`~dipld.errors.QueryTimeout` or :class:`~dipld.errors.QueryTooExpensive` (503). While
one worker is stuck on an expensive query, the others keep answering; when every worker has
been busy for ``SURGE_AFTER`` seconds and jobs wait, extra workers are started (up to
``SURGE_FACTOR`` times the pool's size) and stopped again once the queue is empty. A job waits
at most the time limit for a free worker, then fails with
:class:`~dipld.serve.errors.ServerBusy` (503).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import socket
import time
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import cast

from dipld.errors import QueryTimeout, QueryTooExpensive
from dipld.serve import worker as worker_module
from dipld.serve.errors import ServerBusy
from dipld.serve.jobs import (
    GraphJob,
    Job,
    Outcome,
    QueryJob,
    StatsJob,
    decode,
    encode,
    header_size,
    payload_size,
)
from dipld.serve.metrics import Metrics

log = logging.getLogger("dipld.serve")

#: seconds between two memory readings of a busy worker
WATCH_INTERVAL = 0.05
#: at most this many times ``--query-workers`` processes run while long queries hold them all
SURGE_FACTOR = 2
#: seconds every worker must have been busy before an extra one is started
SURGE_AFTER = 0.5
#: address space a worker may map beyond the memory bound (interpreter, RocksDB caches, mmaps)
ADDRESS_SPACE_SLACK = 4 << 30
_PAGE = os.sysconf("SC_PAGE_SIZE")


#: glibc malloc tunable for the query workers: keep up to 512 freed chunks of each small size
#: per thread (glibc's default is 7). A query allocates and frees many small buffers of a few
#: sizes; past 7 they fell through to malloc's slow path, ~20 % of a worker's CPU time on a
#: point lookup. Measured: 10-15 % less worker CPU a lookup, ~2 MiB more resident memory.
WORKER_MALLOC_TUNABLE = "glibc.malloc.tcache_count=512"


def _worker_environment() -> None:
    """Put the workers' malloc tunable in the environment the fork server will inherit (it is
    read when a process starts, so it must be there before the fork server is), unless the
    operator set a tcache size of their own in ``GLIBC_TUNABLES``."""
    current = os.environ.get("GLIBC_TUNABLES", "")
    if "glibc.malloc.tcache_count" not in current:
        tunables = f"{current}:{WORKER_MALLOC_TUNABLE}" if current else WORKER_MALLOC_TUNABLE
        os.environ["GLIBC_TUNABLES"] = tunables


def _context() -> multiprocessing.context.BaseContext:
    _worker_environment()
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["dipld.serve.worker"])
        return ctx
    return multiprocessing.get_context("spawn")


def rss_bytes(pid: int) -> int:
    """Resident memory of a process, from /proc (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:  # noqa: PTH123  (hot loop, no Path object)
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


class _Channel(asyncio.Protocol):
    """The server's end of a worker's socket: one frame out, one frame back per job.

    A plain protocol rather than stream reader/writer objects: the answer's bytes are
    collected in ``data_received`` and handed over through one future, with no extra task
    switches or buffer copies per job (which cost more than a point lookup's query).
    """

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._buffer = bytearray()
        self._waiter: asyncio.Future[bytes] | None = None
        self._lost: BaseException | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports are not asyncio.Transport subclasses, but have its methods
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        waiter = self._waiter
        if waiter is None or waiter.done():
            return
        hsize = header_size()
        if len(self._buffer) < hsize:
            return
        end = hsize + payload_size(bytes(self._buffer[:hsize]))
        if len(self._buffer) >= end:
            payload = bytes(self._buffer[hsize:end])
            del self._buffer[:end]
            self._waiter = None
            waiter.set_result(payload)

    def connection_lost(self, exc: Exception | None) -> None:
        self._lost = exc or ConnectionResetError("the query worker closed its socket")
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_exception(self._lost)
        self._waiter = None

    def request(self, frame: bytes) -> asyncio.Future[bytes]:
        """Send one frame; the future gets the payload of the worker's answer."""
        assert self.transport is not None and self._waiter is None
        waiter = asyncio.get_running_loop().create_future()
        if self._lost is not None:
            waiter.set_exception(self._lost)
            return waiter
        self._waiter = waiter
        self.transport.write(frame)
        return waiter

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    channel: _Channel
    busy_since: float | None = None
    killed: str | None = None  # "timeout" | "memory" | "recycle" once killed
    timer: asyncio.TimerHandle | None = field(default=None, repr=False)

    @property
    def pid(self) -> int:
        pid = self.process.pid
        assert pid is not None
        return pid

    def was_killed(self) -> bool:
        return self.killed is not None

    def kill(self, reason: str) -> None:
        if self.killed is None:
            self.killed = reason
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)


class QueryPool:
    """A fixed number of query workers on one store directory."""

    def __init__(
        self,
        root: Path,
        *,
        size: int,
        timeout: float,
        memory: int,
        prefixes: dict[str, str],
        metrics: Metrics,
    ) -> None:
        self.root = root
        self.size = size
        self.timeout = timeout
        self.memory = memory
        self.prefixes = prefixes
        self.metrics = metrics
        self._ctx = _context()
        # last in, first out: the most recently used worker has the warmest caches
        self._idle: asyncio.LifoQueue[_Worker] = asyncio.LifoQueue()
        self._workers: set[_Worker] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False
        #: workers being started, and jobs waiting for a free worker
        self._spawning = 0
        self._waiting = 0
        #: extra workers started while every worker is stuck on a long query
        self.max_size = size * SURGE_FACTOR

    # ---- lifecycle -----------------------------------------------------------------------

    async def start(self) -> None:
        await asyncio.gather(*(self._spawn() for _ in range(self.size)))
        self._background(self._watch_memory())

    async def close(self) -> None:
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        for w in list(self._workers):
            w.channel.close()
            w.kill("shutdown")
        for w in list(self._workers):
            await asyncio.to_thread(w.process.join, 5)
        self._workers.clear()

    @property
    def workers(self) -> int:
        return len(self._workers)

    @property
    def busy(self) -> int:
        return sum(1 for w in self._workers if w.busy_since is not None)

    def _background(self, coro: object) -> None:
        assert asyncio.iscoroutine(coro)
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _spawn(self) -> None:
        self._spawning += 1
        try:
            await self._start_worker()
        finally:
            self._spawning -= 1

    async def _start_worker(self) -> None:
        parent, child = socket.socketpair()
        address_space = self.memory + ADDRESS_SPACE_SLACK
        process = self._ctx.Process(  # type: ignore[attr-defined]
            target=worker_module.main,
            args=(child, str(self.root), self.prefixes, address_space),
            daemon=True,
            name="dipld-query-worker",
        )
        await asyncio.to_thread(process.start)
        child.close()
        loop = asyncio.get_running_loop()
        _, channel = await loop.create_connection(_Channel, sock=parent)
        w = _Worker(process, channel)
        if self._closed:
            w.kill("shutdown")
            return
        self._workers.add(w)
        self._idle.put_nowait(w)

    def _retire(self, w: _Worker, *, replace: bool = True) -> None:
        """Forget a dead or killed worker and, below the pool's size, start a replacement."""
        if w not in self._workers:
            return
        self._workers.discard(w)
        w.channel.close()
        w.kill(w.killed or "crashed")
        self._background(asyncio.to_thread(w.process.join, 5))
        if replace and not self._closed and len(self._workers) + self._spawning < self.size:
            self.metrics.worker_restarts += 1
            self._background(self._spawn())

    def _release(self, w: _Worker) -> None:
        """A worker finished its job: keep it, or stop it if it was a surge worker."""
        if len(self._workers) > self.size and self._waiting == 0:
            w.kill("surplus")
            self._retire(w, replace=False)
        else:
            self._idle.put_nowait(w)

    def _surge(self) -> None:
        """Start an extra worker when jobs wait and every worker has been busy a while."""
        if self._closed or self._waiting == 0 or self._spawning:
            return
        if len(self._workers) >= self.max_size or not self._workers:
            return
        now = time.monotonic()
        if all(
            w.busy_since is not None and now - w.busy_since >= SURGE_AFTER for w in self._workers
        ):
            log.info("event=surge-worker workers=%d", len(self._workers) + 1)
            self._background(self._spawn())

    # ---- running jobs --------------------------------------------------------------------

    async def run(self, job: Job, *, timeout: float | None = None) -> Outcome:
        """Run one job on a free worker within the time limit; raise on timeout or memory."""
        limit = self.timeout if timeout is None else timeout
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            w = self._idle.get_nowait()
        except asyncio.QueueEmpty:
            self._waiting += 1
            try:
                self._surge()
                async with asyncio.timeout(limit):  # no extra task per wait, unlike wait_for
                    w = await self._idle.get()
            except TimeoutError:
                self.metrics.busy_rejections += 1
                raise ServerBusy(
                    f"every query worker stayed busy for {limit:g} s; retry later",
                    where="/sparql",
                ) from None
            finally:
                self._waiting -= 1
        while w.killed is not None or w not in self._workers:
            w = await self._idle.get()  # a worker killed while idle (recycled); take the next
        w.busy_since = time.monotonic()
        w.timer = loop.call_later(max(limit - (loop.time() - started), 0.001), w.kill, "timeout")
        try:
            payload = await w.channel.request(encode(job))
        except (ConnectionError, OSError):
            w.timer.cancel()
            reason = w.killed or "crashed"
            self._retire(w)
            raise self._killed_error(reason, limit) from None
        except asyncio.CancelledError:  # the client went away: stop its query, free the worker
            w.timer.cancel()
            w.kill("cancelled")
            self._retire(w)
            self.metrics.query_cancellations += 1
            raise
        w.timer.cancel()
        w.busy_since = None
        if w.was_killed():  # killed just as it answered: replace it, keep the answer
            self._retire(w)
        else:
            self._release(w)
        outcome = decode(payload)
        assert not isinstance(outcome, QueryJob | GraphJob | StatsJob)
        return outcome

    def _killed_error(self, reason: str, limit: float) -> QueryTimeout | QueryTooExpensive:
        if reason == "timeout":
            self.metrics.query_timeouts += 1
            return QueryTimeout(
                f"the query ran longer than the time limit of {limit:g} s and was stopped; "
                "narrow it (LIMIT, more specific patterns) or ask the operator to raise "
                "--query-timeout",
            )
        self.metrics.query_memory_kills += 1
        bound = f"{self.memory / (1 << 20):.0f} MiB"
        if reason == "memory":
            detail = f"used more than the memory bound of {bound} and was stopped"
        else:
            detail = f"stopped its worker (most likely by exhausting the memory bound of {bound})"
        return QueryTooExpensive(
            f"the query {detail}; narrow it (LIMIT, more specific patterns, fewer joins over "
            "the union default graph) or ask the operator to raise --query-memory",
        )

    async def _watch_memory(self) -> None:
        while True:
            await asyncio.sleep(WATCH_INTERVAL)
            self._surge()
            for w in list(self._workers):
                if w.killed is not None:
                    continue
                if w.busy_since is not None:
                    if rss_bytes(w.pid) > self.memory:
                        log.warning("event=memory-kill pid=%d bound=%d", w.pid, self.memory)
                        w.kill("memory")
                elif not w.process.is_alive():
                    self._retire(w)
                elif rss_bytes(w.pid) > self.memory // 2:
                    # allocators keep freed memory; start afresh rather than carry it
                    w.kill("recycle")
                    self._retire(w)
