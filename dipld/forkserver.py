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
#: Set (to "1") in the fork server's environment only: :mod:`dipld.warmup` reads it.
SERVER_ENV = "DIPLD_FORK_SERVER"


def start() -> ForkServerContext:
    """Start the fork server if it is not running (no-op otherwise); its context."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    with _server_environment():
        forkserver.ensure_running()
    return context


@contextlib.contextmanager
def _server_environment() -> Iterator[None]:
    """The fork server's environment, set while it starts:

    - ``PYTHONSAFEPATH=1``: it runs ``python -c``, which would put the current directory first
      on ``sys.path``, so a ``dipld/`` folder there (a checkout of another version) would be
      imported by the workers instead of this package;
    - :data:`SERVER_ENV`: tells :mod:`dipld.warmup` it runs in the fork server.
    """
    names = ("PYTHONSAFEPATH", SERVER_ENV)
    before = {name: os.environ.get(name) for name in names}
    os.environ.update(dict.fromkeys(names, "1"))
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                del os.environ[name]
            else:
                os.environ[name] = value
