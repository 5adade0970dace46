"""One article through the whole pipeline: read → extract and link → map to its RDF graph.

This is the unit of work of ``dipld extract`` and of each ``dipld load`` worker; it is pure
(no store, no network) and deterministic: the same article gives the same triples.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from dipld.extract import extract
from dipld.iri import Iris
from dipld.kb.index import KbIndex
from dipld.model import Article, Fact
from dipld.rdf import article_triples


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """An article, its facts and the triples of its named graph."""

    article: Article
    facts: tuple[Fact, ...]
    graph: ox.NamedNode
    triples: tuple[ox.Triple, ...]


def process(article: Article, kb: KbIndex, iris: Iris) -> ArticleResult:
    """Extract, link and map one article."""
    facts = tuple(extract(article, kb))
    triples = tuple(article_triples(article, facts, iris, kb.version))
    return ArticleResult(article, facts, ox.NamedNode(str(iris.graph(article.id))), triples)
