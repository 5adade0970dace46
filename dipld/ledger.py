"""What a store records about each loaded graph, so a load can skip, replace or prune it.

The records live inside each graph (so they are written in the same atomic write as the data):

- an article graph: ``<article> dipld:contentHash "sha256:…"`` and
  ``<article> dipld:extractorVersion "…"`` (written by :mod:`dipld.rdf`), plus
  ``<graph> dipld:loadedFrom <file:///…>`` when it was read from a file;
- a graph of a ready-made RDF file: ``<graph> dipld:fileHash "sha256:…"`` and
  ``<graph> dipld:loadedFrom <file:///…>``.

A load reads them all once, with one pattern lookup per predicate.

>>> g = ox.NamedNode("https://w3id.org/dipld/graph/a")
>>> art = ox.NamedNode("https://w3id.org/dipld/article/a")
>>> ledger = Ledger.from_quads([
...     ox.Quad(art, CONTENT_HASH, ox.Literal("sha256:00"), g),
...     ox.Quad(g, LOADED_FROM, ox.NamedNode("file:///data/a.txt"), g),
... ])
>>> ledger.graphs[g.value]
LoadedGraph(source='file:///data/a.txt', file_hash=None, article_hash='sha256:00', extractor=None)
>>> ledger.from_source("file:///data/a.txt")
('https://w3id.org/dipld/graph/a',)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pyoxigraph as ox
from rdflib.namespace import OWL

from dipld.iri import DIPLD

CONTENT_HASH = ox.NamedNode(str(DIPLD) + "contentHash")
EXTRACTOR_VERSION = ox.NamedNode(str(DIPLD) + "extractorVersion")
LOADED_FROM = ox.NamedNode(str(DIPLD) + "loadedFrom")
FILE_HASH = ox.NamedNode(str(DIPLD) + "fileHash")
VERSION_INFO = ox.NamedNode(str(OWL.versionInfo))

PREDICATES = (CONTENT_HASH, EXTRACTOR_VERSION, LOADED_FROM, FILE_HASH)


@dataclass(frozen=True, slots=True)
class LoadedGraph:
    """The records of one graph: where it came from and the hash of what it was made from."""

    source: str | None = None
    file_hash: str | None = None
    article_hash: str | None = None
    extractor: str | None = None


def source_iri(path: Path) -> str:
    """The ``file:`` IRI a graph read from ``path`` records."""
    return path.resolve().as_uri()


def source_path(iri: str) -> Path | None:
    """The local path of a ``file:`` IRI, or None for any other IRI."""
    parts = urlsplit(iri)
    if parts.scheme != "file":
        return None
    return Path(unquote(parts.path))


def graph_records(
    graph: ox.NamedNode, source: str | None, file_hash: str | None
) -> list[ox.Triple]:
    """The triples a load adds to a graph: where it was loaded from, and the RDF file's hash."""
    out: list[ox.Triple] = []
    if source is not None:
        out.append(ox.Triple(graph, LOADED_FROM, ox.NamedNode(source)))
    if file_hash is not None:
        out.append(ox.Triple(graph, FILE_HASH, ox.Literal(file_hash)))
    return out


@dataclass(frozen=True, slots=True)
class Ledger:
    """The records of every loaded graph, by graph IRI, and the graphs of each source."""

    graphs: dict[str, LoadedGraph] = field(default_factory=dict)
    by_source: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_quads(cls, quads: Iterable[ox.Quad]) -> Ledger:
        graphs: dict[str, LoadedGraph] = {}
        for quad in quads:
            graph = quad.graph_name
            if not isinstance(graph, ox.NamedNode):
                continue  # the union default graph repeats every record
            value = (
                quad.object.value if isinstance(quad.object, ox.Literal | ox.NamedNode) else None
            )
            if value is None:
                continue
            old = graphs.get(graph.value, LoadedGraph())
            predicate = quad.predicate
            if predicate == LOADED_FROM and quad.subject == graph:
                graphs[graph.value] = replace(old, source=value)
            elif predicate == FILE_HASH and quad.subject == graph:
                graphs[graph.value] = replace(old, file_hash=value)
            elif predicate == CONTENT_HASH and quad.subject != graph:
                graphs[graph.value] = replace(old, article_hash=value)
            elif predicate == EXTRACTOR_VERSION and quad.subject != graph:
                graphs[graph.value] = replace(old, extractor=value)
        by_source: dict[str, list[str]] = {}
        for name, loaded in graphs.items():
            if loaded.source is not None:
                by_source.setdefault(loaded.source, []).append(name)
        return cls(graphs, {k: tuple(sorted(v)) for k, v in by_source.items()})

    def from_source(self, source: str) -> tuple[str, ...]:
        return self.by_source.get(source, ())

    def under(self, folder: Path) -> Iterator[tuple[str, Path]]:
        """(graph, file) for every graph loaded from a file under ``folder``."""
        for source, names in self.by_source.items():
            path = source_path(source)
            if path is not None and path.is_relative_to(folder):
                for name in names:
                    yield name, path


def read_store_ledger(store: ox.Store) -> Ledger:
    """The ledger of a local store: one pattern lookup per record predicate."""
    return Ledger.from_quads(
        quad
        for predicate in PREDICATES
        for quad in store.quads_for_pattern(None, predicate, None, None)
    )


def kb_version_in(store: ox.Store, kb_graph: ox.NamedNode) -> str | None:
    """The version (``owl:versionInfo``) of the KB graph held by a store, or None."""
    for quad in store.quads_for_pattern(kb_graph, VERSION_INFO, None, kb_graph):
        if isinstance(quad.object, ox.Literal):
            return quad.object.value
    return None
