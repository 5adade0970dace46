"""Work done once per server and dataset version: a background task per (context, version).

The KB's labels and the VoID statistics are computed at most once for each published
version of each running server; requests that need them meanwhile wait for the same task.
Entries go away with their server context (weak keys), and only the newest version is kept.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Coroutine
from typing import Any, Generic, TypeVar

from dipld.serve.context import DatasetVersion, ServeContext

T = TypeVar("T")
log = logging.getLogger("dipld.web")


def _log_failure(task: asyncio.Task[Any]) -> None:
    """Retrieve a failed task's exception (a warmed value nobody awaited yet) and log it."""
    if not task.cancelled() and (exc := task.exception()) is not None:
        log.warning("event=background-failed error=%r", str(exc))


class PerVersion(Generic[T]):
    """One computation of a value for each server context and dataset version."""

    def __init__(self) -> None:
        self._tasks: weakref.WeakKeyDictionary[ServeContext, tuple[str, asyncio.Task[T]]] = (
            weakref.WeakKeyDictionary()
        )

    def task(
        self,
        ctx: ServeContext,
        version: DatasetVersion,
        make: Callable[[], Coroutine[Any, Any, T]],
    ) -> asyncio.Task[T]:
        """The task computing the value of this version, started if there is none (or it failed)."""
        found = self._tasks.get(ctx)
        if found is not None and found[0] == version.version:
            task = found[1]
            if not task.done() or (not task.cancelled() and task.exception() is None):
                return task
        task = asyncio.get_running_loop().create_task(make())
        task.add_done_callback(_log_failure)
        self._tasks[ctx] = (version.version, task)
        return task

    async def get(
        self,
        ctx: ServeContext,
        version: DatasetVersion,
        make: Callable[[], Coroutine[Any, Any, T]],
    ) -> T:
        """The value of this version (waiting for the one computation)."""
        return await asyncio.shield(self.task(ctx, version, make))
