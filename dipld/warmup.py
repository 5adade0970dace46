"""Imported once by the fork server of ``dipld load``'s workers: starts every worker warm.

Importing this module imports the whole pipeline (the extraction modules are otherwise
imported on first use), loads the KB index and runs one tiny article through the pipeline, so
the tables the extractor builds lazily from the KB exist before the fork server forks. Every
worker then starts with them (shared copy-on-write) instead of building them itself: that
work is done once per load instead of once per worker.

Nothing else imports this module. When warming fails (no KB, a bug) nothing is raised here:
the workers load the index themselves and report the problem as usual.
"""

from __future__ import annotations

import datetime as dt

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
        for name in PIPELINE_MODULES:
            importlib.import_module(name)
        from dipld.kb.index import load_index
        from dipld.pipeline import process

        process(WARM_ARTICLE, load_index(), Iris())
    except Exception:  # the workers meet the same problem and report it
        return False
    return True


warm()
