"""The fork server that ``dipld load``'s extraction workers are forked from, started early.

Starting it takes as long as importing the pipeline and loading the KB index (it imports
:mod:`dipld.warmup`), so the ``load`` command starts it before it imports anything heavy
itself: the two processes warm up side by side. This module imports nothing of dipld.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Iterator
from multiprocessing import forkserver
from multiprocessing.context import ForkServerContext

#: What the fork server imports before it forks the first worker.
PRELOAD = ["dipld.warmup"]


def start() -> ForkServerContext:
    """Start the fork server if it is not running (no-op otherwise); its context."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    with _safe_path():
        forkserver.ensure_running()
    return context


@contextlib.contextmanager
def _safe_path() -> Iterator[None]:
    """PYTHONSAFEPATH=1 while the fork server starts: it runs ``python -c``, which would put
    the current directory first on ``sys.path``, so a ``dipld/`` folder there (a checkout of
    another version) would be imported by the workers instead of this package."""
    before = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        yield
    finally:
        if before is None:
            del os.environ["PYTHONSAFEPATH"]
        else:
            os.environ["PYTHONSAFEPATH"] = before
