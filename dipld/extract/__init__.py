"""Extraction: article text in, linked facts out (every fact with its evidence sentence).

``extract(article, kb)`` is deterministic. The work is split by concept: sentence splitting
(:mod:`.sentences`), mentions and linking (:mod:`.mentions`), and one module per family of
facts. This package never touches RDF or a store.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from dipld.model import Article, Fact

if TYPE_CHECKING:
    from dipld.kb.index import KbIndex


def extract(article: Article, kb: KbIndex) -> list[Fact]:
    """Every fact stated in the article, linked against the KB."""
    return extractor()(article, kb)


@functools.cache
def extractor() -> Callable[[Article, KbIndex], list[Fact]]:
    """The extractor, its modules imported on first use with their compiled regular expressions
    read from the disk cache (:mod:`dipld.regexcache`: half a second less start-up)."""
    from dipld.regexcache import programs

    with programs():
        from dipld.extract.facts import extract_facts, rules

        rules()  # (the rule modules, imported on their first use)
    return extract_facts
