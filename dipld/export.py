"""Export and statistics of a published store: streamed dumps with flat memory, and counts.

Both read the current snapshot (:class:`dipld.store.Reader`), never the primary store, so they
are safe while a load runs. A dump streams quad by quad from the snapshot to the output:
memory stays flat however large the store grows.

- Turtle (a graph format) holds the union of the chosen graphs: for the whole dataset that is
  the store's materialised union default graph, so each triple appears once.
- TriG, N-Quads and JSON-LD hold every named graph with its name (the reference KB graph, each
  article's graph, the graphs of loaded RDF files); the union default graph is not repeated.

>>> import tempfile
>>> from dipld.store import Writer
>>> root = Path(tempfile.mkdtemp()) / "store"
>>> g = ox.NamedNode("https://w3id.org/dipld/graph/a")
>>> t = ox.Triple(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
...               ox.Literal("o"))
>>> with Writer.open(root) as w:
...     _ = w.replace_graphs([(g, [t])])
...     _ = w.publish()
>>> import io
>>> with Reader.open(root) as reader, io.BytesIO() as out:
...     export(reader.store, out, ExportFormat.NQUADS)
...     print(out.getvalue().decode().strip())
1
<https://example.org/s> <https://example.org/p> "o" <https://w3id.org/dipld/graph/a> .
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib.namespace import PROV

from dipld.errors import NotFound, StoreError, UsageError
from dipld.iri import DIPLD, PREFIXES, WD, Iris
from dipld.model import FactClass
from dipld.store import DEFAULT_GRAPH, Reader


class ExportFormat(StrEnum):
    """The formats ``dipld export`` writes."""

    TURTLE = "turtle"
    TRIG = "trig"
    NQUADS = "nquads"
    JSONLD = "jsonld"

    @property
    def rdf_format(self) -> ox.RdfFormat:
        return _RDF_FORMATS[self]

    @property
    def extension(self) -> str:
        return _EXTENSIONS[self]


_RDF_FORMATS = {
    ExportFormat.TURTLE: ox.RdfFormat.TURTLE,
    ExportFormat.TRIG: ox.RdfFormat.TRIG,
    ExportFormat.NQUADS: ox.RdfFormat.N_QUADS,
    ExportFormat.JSONLD: ox.RdfFormat.JSON_LD,
}
_EXTENSIONS = {
    ExportFormat.TURTLE: ".ttl",
    ExportFormat.TRIG: ".trig",
    ExportFormat.NQUADS: ".nq",
    ExportFormat.JSONLD: ".jsonld",
}


def format_for_path(path: Path) -> ExportFormat | None:
    """The format a file name asks for (``.gz`` ignored), or None for an unknown extension."""
    name = path.name.lower().removesuffix(".gz")
    for fmt, extension in _EXTENSIONS.items():
        if name.endswith(extension):
            return fmt
    if name.endswith(".nquads"):
        return ExportFormat.NQUADS
    return None


def resolve_graphs(store: ox.Store, iris: Iris, articles: Sequence[str]) -> list[ox.NamedNode]:
    """The named graphs of the given articles (ids or article/graph IRIs); NotFound if absent."""
    graphs: list[ox.NamedNode] = []
    for given in articles:
        article_id = iris.article_id_of(given) or given
        graph = ox.NamedNode(str(iris.graph(article_id)))
        if not store.contains_named_graph(graph):
            raise NotFound(
                "no such article in the store; `dipld stats` counts what is there", where=given
            )
        if graph not in graphs:
            graphs.append(graph)
    return graphs


def _named_quads(store: ox.Store, graphs: Iterable[ox.NamedNode]) -> Iterator[ox.Quad]:
    for graph in graphs:
        yield from store.quads_for_pattern(None, None, None, graph)


def _all_named_graphs(store: ox.Store) -> Iterator[ox.NamedNode]:
    names = sorted(
        (g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value
    )
    yield from names


def _union_triples(store: ox.Store, graphs: Sequence[ox.NamedNode] | None) -> Iterator[ox.Triple]:
    if graphs is None:
        for quad in store.quads_for_pattern(None, None, None, DEFAULT_GRAPH):
            yield quad.triple
        return
    if len(graphs) == 1:
        for quad in store.quads_for_pattern(None, None, None, graphs[0]):
            yield quad.triple
        return
    seen: set[ox.Triple] = set()  # a few chosen articles: small
    for quad in _named_quads(store, graphs):
        if quad.triple not in seen:
            seen.add(quad.triple)
            yield quad.triple


def export(
    store: ox.Store,
    out: BinaryIO,
    fmt: ExportFormat,
    graphs: Sequence[ox.NamedNode] | None = None,
) -> int:
    """Stream the dataset (or the given graphs) to ``out``; returns the number of statements."""
    count = 0

    def counted_triples(items: Iterable[ox.Triple]) -> Iterator[ox.Triple]:
        nonlocal count
        for item in items:
            count += 1
            yield item

    def counted_quads(items: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        nonlocal count
        for item in items:
            count += 1
            yield item

    rdf_format = fmt.rdf_format
    try:
        if fmt is ExportFormat.TURTLE:
            triples = counted_triples(_union_triples(store, graphs))
            ox.serialize(triples, out, format=rdf_format, prefixes=PREFIXES)
        else:
            chosen = _all_named_graphs(store) if graphs is None else iter(graphs)
            quads = counted_quads(_named_quads(store, chosen))
            prefixes = PREFIXES if fmt is ExportFormat.TRIG else None
            ox.serialize(quads, out, format=rdf_format, prefixes=prefixes)
    except OSError as exc:
        raise StoreError(f"cannot write the export ({exc})") from exc
    return count


@contextmanager
def open_output(path: Path | None, stdout: BinaryIO) -> Iterator[BinaryIO]:
    """A binary output: stdout, a file, or a gzip file for names ending in ``.gz``.

    A file is written to a temporary name and renamed when complete, so a failed export never
    leaves a truncated file under the requested name.
    """
    if path is None:
        yield stdout
        stdout.flush()
        return
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        raw = tmp.open("wb")
    except OSError as exc:
        message = f"cannot write the output file ({exc.strerror or exc})"
        raise UsageError(message, where=str(path)) from None
    try:
        if path.name.lower().endswith(".gz"):
            with raw, gzip.GzipFile(filename=path.name[:-3], mode="wb", fileobj=raw, mtime=0) as gz:
                yield gz  # type: ignore[misc]
        else:
            with raw:
                yield raw
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


# ---- statistics --------------------------------------------------------------------------------

_PREFIXES = f"PREFIX dipld: <{DIPLD}>\nPREFIX prov: <{PROV}>\n"


@dataclass(frozen=True, slots=True)
class Stats:
    """What a published store holds."""

    version: str
    articles: int
    facts: int
    facts_by_class: dict[str, int] = field(default_factory=dict)
    entities_linked: int = 0
    entities_unlinked: int = 0
    mentions_linked: int = 0
    mentions_unlinked: int = 0
    graphs: int = 0
    triples: int = 0
    union_triples: int = 0
    kb_triples: int = 0
    store_bytes: int = 0

    def as_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__slots__}


def _count(store: ox.Store, query: str) -> int:
    result = store.query(_PREFIXES + query)
    assert isinstance(result, ox.QuerySolutions)
    for row in result:
        value = row[0]
        return int(value.value) if isinstance(value, ox.Literal) else 0
    return 0


def directory_bytes(root: Path) -> int:
    """Disk use of a directory, counting hard-linked files (shared snapshot files) once."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            try:
                st = (Path(dirpath) / name).lstat()
            except OSError:
                continue
            key = (st.st_dev, st.st_ino)
            if key not in seen:
                seen.add(key)
                total += st.st_size
    return total


def stats(reader: Reader, iris: Iris) -> Stats:
    """Counts over the current snapshot: articles, facts per class, entities, triples, size."""
    store = reader.store
    by_class: dict[str, int] = {}
    rows = store.query(
        _PREFIXES + "SELECT ?c (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f prov:wasDerivedFrom ?a ; a ?c "
        ". ?a a dipld:Article } GROUP BY ?c"
    )
    assert isinstance(rows, ox.QuerySolutions)
    names = {str(DIPLD) + c.value: c.value for c in FactClass}
    for row in rows:
        cls, n = row[0], row[1]
        if isinstance(cls, ox.NamedNode) and cls.value in names and isinstance(n, ox.Literal):
            by_class[names[cls.value]] = int(n.value)
    # a Meeting is also typed dipld:Event: count each fact under its most specific class
    meetings = by_class.get(FactClass.MEETING.value, 0)
    if FactClass.EVENT.value in by_class:
        by_class[FactClass.EVENT.value] -= meetings
    by_class = {k: v for k, v in sorted(by_class.items()) if v}
    wd = str(WD)
    kb = ox.NamedNode(str(iris.kb_graph))
    graphs = [g for g in store.named_graphs() if isinstance(g, ox.NamedNode)]
    named = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return Stats(
        version=reader.version,
        articles=_count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dipld:Article }"),
        facts=sum(by_class.values()),
        facts_by_class=by_class,
        entities_linked=_count(
            store,
            "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?f prov:wasDerivedFrom ?a . "
            "?a a dipld:Article . ?f ?p ?e "
            f'FILTER(isIRI(?e) && STRSTARTS(STR(?e), "{wd}")) }}',
        ),
        entities_unlinked=_count(
            store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dipld:linkStatus dipld:Unlinked }"
        ),
        mentions_linked=_count(
            store,
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f prov:wasDerivedFrom ?a . ?f ?p ?e } "
            f'?a a dipld:Article FILTER(isIRI(?e) && STRSTARTS(STR(?e), "{wd}")) }}',
        ),
        mentions_unlinked=_count(
            store,
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f prov:wasDerivedFrom ?a . ?f ?p ?e . "
            "?e dipld:linkStatus dipld:Unlinked } }",
        ),
        graphs=len(graphs),
        triples=named,
        union_triples=len(store) - named,
        kb_triples=_count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {kb} {{ ?s ?p ?o }} }}"),
        store_bytes=directory_bytes(reader.root),
    )
