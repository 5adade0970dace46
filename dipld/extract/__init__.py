"""Extraction: article text in, linked facts out (every fact with its evidence sentence).

``extract(article, kb)`` is deterministic. The work is split by concept: sentence splitting
(:mod:`.sentences`), mentions and linking (:mod:`.mentions`), and one module per family of
facts. This package never touches RDF or a store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipld.model import Article, Fact

if TYPE_CHECKING:
    from dipld.kb.index import KbIndex


def extract(article: Article, kb: KbIndex) -> list[Fact]:
    """Every fact stated in the article, linked against the KB."""
    from dipld.extract.facts import extract_facts

    return extract_facts(article, kb)
