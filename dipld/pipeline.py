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
from dipld.rdf import article_ntriples, parse_ntriples


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """An article, its facts and its named graph (as N-Triples: what a load writes)."""

    article: Article
    facts: tuple[Fact, ...]
    graph: ox.NamedNode
    ntriples: bytes

    @property
    def triples(self) -> list[ox.Triple]:
        """The graph's triples as pyoxigraph terms, in the N-Triples' order."""
        return parse_ntriples(self.ntriples)

    @property
    def triple_count(self) -> int:
        return self.ntriples.count(b"\n")


def process(article: Article, kb: KbIndex, iris: Iris) -> ArticleResult:
    """Extract, link and map one article."""
    facts = tuple(extract(article, kb))
    data = article_ntriples(article, facts, iris, kb.version)
    return ArticleResult(article, facts, ox.NamedNode(str(iris.graph(article.id))), data)
