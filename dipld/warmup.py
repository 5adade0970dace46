"""Imported once by the fork server of ``dipld load``'s workers: starts every worker warm.

Importing this module imports the whole pipeline (the extraction modules are otherwise
imported on first use), loads the KB index and runs one tiny article through the pipeline, so
the tables the extractor builds lazily from the KB exist before the fork server forks. Every
worker then starts with them (shared copy-on-write) instead of building them itself: that
work is done once per load instead of once per worker.

Nothing else imports this module. When warming fails (no KB, a bug) nothing is raised here:
the workers load the index themselves and report the problem as usual.

In the fork server (:data:`dipld.forkserver.SERVER_ENV` set), the server's exit skips the
interpreter's teardown: freeing the KB index and the extractor's tables object by object takes
~0.1 s, which anything reading the load's output through a pipe waits for (the fork server
holds the load's stdout and stderr). The workers never run exit handlers (multiprocessing ends
them with ``os._exit``), and any other process that imports this module exits as usual.
"""

from __future__ import annotations

import atexit
import datetime as dt
import gc
import os

from dipld.forkserver import SERVER_ENV
from dipld.iri import Iris
from dipld.model import Article

#: The extraction modules imported lazily by :func:`dipld.extract.extract`.
PIPELINE_MODULES = (
    "dipld.pipeline",
    "dipld.extract.facts",
    "dipld.extract.economy",
    "dipld.extract.events",
    "dipld.extract.relations",
    "dipld.extract.statements",
)

WARM_ARTICLE = Article(
    id="warm-up", source="warm-up.txt", body="Belarus met Russia.", date=dt.date(2022, 9, 2)
)


def warm() -> bool:
    """Import the pipeline, load the KB index and process :data:`WARM_ARTICLE`; True if done."""
    import importlib

    try:
        from dipld.extract import extractor

        extractor()  # the extraction modules first: their regexes come from the disk cache
        for name in PIPELINE_MODULES:
            importlib.import_module(name)
        from dipld.kb.index import load_index
        from dipld.pipeline import process

        process(WARM_ARTICLE, load_index(), Iris())
    except Exception:  # the workers meet the same problem and report it
        return False
    return True


def _exit_now() -> None:
    os._exit(0)  # the fork server's work is done; nothing of it needs a teardown


warm()
# what the fork server holds now (the KB index, the extractor's tables) lives as long as every
# worker: out of the collector's sight, a worker's collections neither walk it nor write to its
# pages, which stay shared with the server (~9 MB less private memory a worker, measured)
gc.freeze()
if os.environ.get(SERVER_ENV) == "1":
    atexit.register(_exit_now)
