"""Ready-made RDF files (.ttl, .nt, .nq, .trig, .jsonld) read into named graphs for the store.

A file is parsed completely before anything is stored, so a syntax error leaves nothing of
it behind; the error names the line and column. Graphs named in a quad file keep their
names; triples of a triple file, and of the default graph of a quad file, go to the graph
named after the file (``iris.graph_for_file``). Blank nodes become skolem IRIs
(``iris.genid``) numbered by first appearance, so the same file always gives the same IRIs.

>>> from dipld.iri import Iris
>>> data = b'@prefix ex: <http://example.org/> . ex:a ex:knows [ ex:name "B" ] .'
>>> read = read_rdf(data, "people.ttl", ox.RdfFormat.TURTLE, Iris("https://example.org/d/"))
>>> [(str(g), len(ts)) for g, ts in read.graphs]
[('<https://example.org/d/graph/people>', 2)]
>>> sorted({str(t.object) for t in read.graphs[0][1]})
['"B"', '<https://example.org/d/.well-known/genid/people/1>']
>>> read_rdf(b"<http://a> <http://b> .", "x.nt", ox.RdfFormat.N_TRIPLES, Iris())
Traceback (most recent call last):
...
dipld.errors.RdfSyntaxError: x.nt: line 1, column 23: The object of a triple must be an IRI, ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox

from dipld.articles import content_hash
from dipld.errors import InputError, RdfSyntaxError
from dipld.iri import Iris, article_id_from_name

_PARSER_PREFIX = re.compile(r"^Parser error (?:at|between) [^:]*: ")

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass(frozen=True, slots=True)
class RdfFile:
    """The graphs of one RDF file, ready for ``Writer.replace_graphs``, and the file's hash."""

    name: str
    content_hash: str
    graphs: tuple[tuple[ox.NamedNode, tuple[ox.Triple, ...]], ...]

    @property
    def triples(self) -> int:
        return sum(len(triples) for _, triples in self.graphs)


def syntax_error(exc: SyntaxError, where: str) -> RdfSyntaxError:
    """A pyoxigraph SyntaxError as ``where: line L, column C: message``."""
    message = _PARSER_PREFIX.sub("", exc.msg or str(exc))
    if exc.lineno:
        message = f"line {exc.lineno}, column {exc.offset or 1}: {message}"
    return RdfSyntaxError(f"{message}; fix the file and load it again", where=where)


class _Skolemiser:
    """Blank nodes to ``{base}.well-known/genid/{file-id}/{n}``, n by first appearance."""

    def __init__(self, iris: Iris, file_id: str) -> None:
        self._iris = iris
        self._file_id = file_id
        self._seen: dict[str, ox.NamedNode] = {}

    def node(self, blank: ox.BlankNode) -> ox.NamedNode:
        found = self._seen.get(blank.value)
        if found is None:
            key = f"{self._file_id}/{len(self._seen) + 1}"
            found = ox.NamedNode(str(self._iris.genid(key)))
            self._seen[blank.value] = found
        return found

    def term(self, term: Term) -> Term:
        if isinstance(term, ox.BlankNode):
            return self.node(term)
        if isinstance(term, ox.Triple):
            return self.triple(term)
        return term

    def triple(self, triple: ox.Triple) -> ox.Triple:
        subject = self.term(triple.subject)
        obj = self.term(triple.object)
        assert not isinstance(subject, ox.Literal)
        return ox.Triple(subject, triple.predicate, obj)


def read_rdf(data: bytes, name: str, fmt: ox.RdfFormat, iris: Iris) -> RdfFile:
    """Parse a whole RDF file into named graphs, skolemising blank nodes; raises InputError."""
    if not data.strip():
        raise InputError("empty RDF file; nothing to load", where=name)
    file_id = article_id_from_name(name)
    file_graph = ox.NamedNode(str(iris.graph_for_file(name)))
    reserved = ox.NamedNode(str(iris.kb_graph))
    skolem = _Skolemiser(iris, file_id)
    graphs: dict[ox.NamedNode, dict[ox.Triple, None]] = {}
    try:
        for quad in ox.parse(data, format=fmt):
            graph_name = quad.graph_name
            if isinstance(graph_name, ox.DefaultGraph):
                graph = file_graph
            elif isinstance(graph_name, ox.BlankNode):
                graph = skolem.node(graph_name)
            else:
                graph = graph_name
            if graph == reserved:
                raise InputError(
                    f"writes the reserved reference KB graph {graph}; use another graph name",
                    where=name,
                )
            triple = skolem.triple(ox.Triple(quad.subject, quad.predicate, quad.object))
            graphs.setdefault(graph, {})[triple] = None
    except SyntaxError as exc:
        raise syntax_error(exc, name) from None
    if not graphs:
        raise InputError("no triples in this RDF file; nothing to load", where=name)
    ordered = sorted(graphs.items(), key=lambda item: item[0].value)
    return RdfFile(
        name=name,
        content_hash=content_hash(data),
        graphs=tuple((graph, tuple(triples)) for graph, triples in ordered),
    )
