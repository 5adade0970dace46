"""Validation of article graphs: SHACL shapes (pySHACL) plus a check that every dipld: term exists.

Each graph is validated on its own, as one article graph: a Turtle or N-Triples file is one
graph; in TriG and N-Quads every named graph (and a non-empty default graph) is one. Two kinds
of problem are reported as :class:`Violation` values:

- a SHACL result of ``ontology/shapes.ttl`` (focus node, path, message, offending value);
- a ``dipld:`` IRI that the ontology does not declare (a misspelt class, property or concept).

Input is parsed with pyoxigraph (exact line/column errors) and each graph is validated in an
in-memory pyoxigraph store, which pySHACL queries natively; the shapes graph is parsed once
per process.

>>> report = validate_bytes(b'''
... @prefix dipld: <https://w3id.org/dipld/ontology#> .
... <https://w3id.org/dipld/fact/a/1> a dipld:SharedBorder ; dipld:confidence 1.5 .
... ''', RdfFormat.TURTLE, where="x.ttl")
>>> report.conforms
False
>>> [v.describe() for v in report.violations if "confidence" in v.message]
['<https://w3id.org/dipld/fact/a/1> dipld:confidence: a fact needs exactly one dipld:confidence,
an xsd:decimal from 0 to 1 (value: "1.5"^^xsd:decimal)']
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate
from pyshacl.graph_abstraction import DataGraph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, SH, XSD

from dipld.errors import InputError, InputTooLarge, RdfSyntaxError, UsageError
from dipld.iri import DIPLD, PREFIXES
from dipld.ontology import declared_terms, shapes_graph


class RdfFormat(StrEnum):
    """The RDF syntaxes ``dipld validate`` reads."""

    TURTLE = "turtle"
    TRIG = "trig"
    N_QUADS = "nquads"
    N_TRIPLES = "ntriples"

    @property
    def label(self) -> str:
        """The syntax's name as people write it (``N-Quads``)."""
        return _TITLES[self]

    @property
    def ox_format(self) -> ox.RdfFormat:
        return _OX_FORMATS[self]

    @classmethod
    def from_name(cls, file_name: str) -> RdfFormat | None:
        """The format a file name's extension says (``.gz`` is looked through), or None."""
        name = file_name.lower().removesuffix(".gz")
        for suffix, fmt in SUFFIXES.items():
            if name.endswith(suffix):
                return fmt
        return None


_TITLES = {
    RdfFormat.TURTLE: "Turtle",
    RdfFormat.TRIG: "TriG",
    RdfFormat.N_QUADS: "N-Quads",
    RdfFormat.N_TRIPLES: "N-Triples",
}
_OX_FORMATS = {
    RdfFormat.TURTLE: ox.RdfFormat.TURTLE,
    RdfFormat.TRIG: ox.RdfFormat.TRIG,
    RdfFormat.N_QUADS: ox.RdfFormat.N_QUADS,
    RdfFormat.N_TRIPLES: ox.RdfFormat.N_TRIPLES,
}
SUFFIXES: Mapping[str, RdfFormat] = {
    ".ttl": RdfFormat.TURTLE,
    ".turtle": RdfFormat.TURTLE,
    ".trig": RdfFormat.TRIG,
    ".nq": RdfFormat.N_QUADS,
    ".nquads": RdfFormat.N_QUADS,
    ".nt": RdfFormat.N_TRIPLES,
    ".ntriples": RdfFormat.N_TRIPLES,
}


class Severity(StrEnum):
    """SHACL result severities; only violations make a graph non-conforming."""

    VIOLATION = "Violation"
    WARNING = "Warning"
    INFO = "Info"


_SEVERITIES = {
    SH.Violation: Severity.VIOLATION,
    SH.Warning: Severity.WARNING,
    SH.Info: Severity.INFO,
}

Term = rdflib.URIRef | rdflib.BNode | rdflib.Literal


@dataclass(frozen=True, slots=True)
class Violation:
    """One problem in one graph: where (focus node, path), what (message), the offending value."""

    graph: rdflib.URIRef | rdflib.BNode | None
    focus: Term
    path: Term | None
    message: str
    value: Term | None
    severity: Severity = Severity.VIOLATION
    shape: rdflib.URIRef | rdflib.BNode | None = None
    constraint: rdflib.URIRef | rdflib.BNode | None = None

    def describe(self, prefixes: Mapping[str, str] = PREFIXES) -> str:
        """``<focus> path: message (value: …)``, IRIs shortened with ``prefixes``."""
        where = short(self.focus, prefixes)
        if self.path is not None:
            where += " " + short(self.path, prefixes)
        text = f"{where}: {self.message}"
        if self.value is not None and self.value != self.focus:
            text += f" (value: {short(self.value, prefixes)})"
        if self.severity is not Severity.VIOLATION:
            text += f" [{self.severity.value.lower()}]"
        return text


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of validating one input (file, stream, graph or dataset)."""

    source: str
    graphs: int
    triples: int
    violations: tuple[Violation, ...]
    seconds: float

    @property
    def conforms(self) -> bool:
        return not any(v.severity is Severity.VIOLATION for v in self.violations)


def short(term: Term, prefixes: Mapping[str, str] = PREFIXES) -> str:
    """A readable form of a term: ``dipld:Meeting``, ``<https://…>``, ``"1.5"^^xsd:decimal``.

    >>> short(rdflib.URIRef("https://w3id.org/dipld/ontology#Meeting"))
    'dipld:Meeting'
    >>> short(rdflib.Literal("2022-13", datatype=XSD.string))
    '"2022-13"'
    """
    if isinstance(term, rdflib.URIRef):
        return _short_iri(str(term), prefixes)
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    text = str(term)
    if len(text) > 80:
        text = text[:77] + "..."
    quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if term.language:
        return f"{quoted}@{term.language}"
    if term.datatype is None or term.datatype == XSD.string:
        return quoted
    return f"{quoted}^^{_short_iri(str(term.datatype), prefixes)}"


def _short_iri(iri: str, prefixes: Mapping[str, str]) -> str:
    best = ""
    for prefix, ns in prefixes.items():
        if iri.startswith(ns) and len(ns) > len(prefixes.get(best, "")):
            local = iri[len(ns) :]
            if local and all(c.isalnum() or c in "_-." for c in local) and local[-1] != ".":
                best = prefix
    if best:
        return f"{best}:{iri[len(prefixes[best]) :]}"
    return f"<{iri}>"


# ---------------------------------------------------------------------------------------------
# Reading input


def read_quads(data: bytes, fmt: RdfFormat, where: str) -> list[ox.Quad]:
    """Parse RDF bytes into quads, with a clear message for empty, binary or malformed input."""
    if not data.strip():
        raise InputError("empty input; nothing to validate", where=where)
    if b"\x00" in data[:8192]:
        raise InputError(f"binary data, not {fmt.label} text; is this the right file?", where=where)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            f"{fmt.label} files are UTF-8",
            where=where,
        ) from None
    try:
        quads = list(ox.parse(data, format=fmt.ox_format))
    except SyntaxError as exc:
        raise RdfSyntaxError(_syntax_message(exc, fmt), where=where) from None
    if not quads:
        raise InputError(f"no triples in this {fmt.label} input; nothing to validate", where=where)
    return quads


def _syntax_message(exc: SyntaxError, fmt: RdfFormat) -> str:
    detail = str(exc.msg or exc)
    if ": " in detail:
        detail = detail.split(": ", 1)[1]
    detail = detail[:1].lower() + detail[1:]
    if exc.lineno is not None and exc.offset is not None:
        return f"not valid {fmt.label} at line {exc.lineno}, column {exc.offset}: {detail}"
    return f"not valid {fmt.label}: {detail}"


def read_file(path: Path, max_bytes: int) -> bytes:
    """A file's bytes (gunzipped for ``.gz``), refusing anything larger than ``max_bytes``."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(where, size, max_bytes)
        raw = path.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory, not an RDF file", where=where) from None
    except FileNotFoundError:
        raise InputError("no such file", where=where) from None
    except PermissionError:
        raise InputError("permission denied", where=where) from None
    if is_gzip(raw):
        return gunzip(raw, where, max_bytes)
    return raw


def is_gzip(data: bytes) -> bool:
    """Whether bytes start with the gzip magic number."""
    return data[:2] == b"\x1f\x8b"


def gunzip(raw: bytes, where: str, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing output larger than ``max_bytes``."""
    decompressor = zlib.decompressobj(wbits=31)
    try:
        data = decompressor.decompress(raw, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"not valid gzip data ({exc})", where=where) from None
    if len(data) > max_bytes:
        raise _too_large(where, len(data), max_bytes, "decompressed ")
    return data


def _too_large(where: str, size: int, limit: int, what: str = "") -> InputTooLarge:
    return InputTooLarge(
        f"{what}size {size:,} bytes is over the limit of {limit:,} bytes; raise it with "
        "--max-article-bytes or DIPLD_MAX_ARTICLE_BYTES",
        where=where,
    )


# ---------------------------------------------------------------------------------------------
# Validating


def validate_bytes(data: bytes, fmt: RdfFormat, where: str) -> Report:
    """Validate RDF bytes (Turtle, TriG, N-Quads or N-Triples); ``where`` names them in messages."""
    started = time.perf_counter()
    quads = read_quads(data, fmt, where)
    graphs = _group(quads)
    violations = _validate_groups(graphs)
    return Report(where, len(graphs), len(quads), violations, time.perf_counter() - started)


def validate_file(path: Path, fmt: RdfFormat | None, max_bytes: int) -> Report:
    """Validate an RDF file; ``fmt`` None means: take it from the file's extension."""
    fmt = fmt or RdfFormat.from_name(path.name)
    if fmt is None:
        known = ", ".join(sorted(SUFFIXES))
        raise UsageError(
            f"unknown RDF file extension (known: {known}, optionally .gz); pass --format",
            where=str(path),
        )
    return validate_bytes(read_file(path, max_bytes), fmt, str(path))


def validate_graph(graph: rdflib.Graph, where: str = "graph") -> Report:
    """Validate one rdflib Graph as one article graph."""
    started = time.perf_counter()
    triples = [_ox_triple(t) for t in graph]
    groups: dict[GraphKey, list[ox.Triple]] = {None: triples} if triples else {}
    violations = _validate_groups(groups)
    return Report(where, len(groups), len(triples), violations, time.perf_counter() - started)


def validate_dataset(dataset: rdflib.Dataset, where: str = "dataset") -> Report:
    """Validate each named graph (and a non-empty default graph) of an rdflib Dataset."""
    started = time.perf_counter()
    groups: dict[ox.NamedNode | ox.BlankNode | None, list[ox.Triple]] = {}
    count = 0
    for context in dataset.graphs():
        triples = [_ox_triple(t) for t in context]
        if not triples:
            continue
        name = context.identifier
        key = None if name == DATASET_DEFAULT_GRAPH_ID else _ox_node(name)
        groups.setdefault(key, []).extend(triples)  # type: ignore[arg-type]
        count += len(triples)
    violations = _validate_groups(groups)
    return Report(where, len(groups), count, violations, time.perf_counter() - started)


GraphKey = ox.NamedNode | ox.BlankNode | None


def _group(quads: Iterable[ox.Quad]) -> dict[GraphKey, list[ox.Triple]]:
    groups: dict[GraphKey, list[ox.Triple]] = {}
    for quad in quads:
        name = quad.graph_name
        key = None if isinstance(name, ox.DefaultGraph) else name
        groups.setdefault(key, []).append(quad.triple)
    return groups


def _validate_groups(groups: Mapping[GraphKey, list[ox.Triple]]) -> tuple[Violation, ...]:
    found: list[Violation] = []
    for key in sorted(groups, key=lambda k: "" if k is None else str(k)):
        graph_name = None if key is None else _rdflib_node(key)
        assert not isinstance(graph_name, rdflib.Literal)
        found.extend(_validate_triples(groups[key], graph_name))
    return tuple(found)


def _validate_triples(
    triples: list[ox.Triple], graph_name: rdflib.URIRef | rdflib.BNode | None
) -> list[Violation]:
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    _conforms, results, _text = shacl_validate(
        DataGraph.from_oxigraph_store(store),
        shacl_graph=_shapes(),
        inference="none",
        allow_warnings=True,
        allow_infos=True,
    )
    assert isinstance(results, rdflib.Graph)
    found = list(_violations_of(results, graph_name))
    found.extend(_undeclared_terms(triples, graph_name))
    return sorted(set(found), key=_sort_key)


@cache
def _shapes() -> rdflib.Graph:
    # A private copy: pySHACL adds a few system triples to the shapes graph it is given.
    copy = rdflib.Graph()
    for triple in shapes_graph():
        copy.add(triple)
    return copy


def _violations_of(
    results: rdflib.Graph, graph_name: rdflib.URIRef | rdflib.BNode | None
) -> Iterator[Violation]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        if focus is None:
            continue
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        severity = _SEVERITIES.get(
            _iri(results.value(result, SH.resultSeverity)), Severity.VIOLATION
        )
        shape = results.value(result, SH.sourceShape)
        constraint = results.value(result, SH.sourceConstraint)
        yield Violation(
            graph=graph_name,
            focus=_term(focus),
            path=_opt_term(results.value(result, SH.resultPath)),
            message=messages[0] if messages else _component_message(results, result),
            value=_opt_term(results.value(result, SH.value)),
            severity=severity,
            shape=shape if isinstance(shape, rdflib.URIRef | rdflib.BNode) else None,
            constraint=constraint if isinstance(constraint, rdflib.URIRef | rdflib.BNode) else None,
        )


def _iri(node: rdflib.term.Node | None) -> rdflib.URIRef:
    return node if isinstance(node, rdflib.URIRef) else rdflib.URIRef("")


def _component_message(results: rdflib.Graph, result: rdflib.term.Node) -> str:
    component = results.value(result, SH.sourceConstraintComponent)
    return f"violates {_short_iri(str(component), PREFIXES)}" if component else "violation"


def _undeclared_terms(
    triples: Iterable[ox.Triple], graph_name: rdflib.URIRef | rdflib.BNode | None
) -> Iterator[Violation]:
    ns = str(DIPLD)
    known = declared_terms()
    for t in triples:
        for position, node in (("property", t.predicate), ("value", t.object)):
            if (
                isinstance(node, ox.NamedNode)
                and node.value.startswith(ns)
                and node.value not in known
            ):
                name = "dipld:" + node.value[len(ns) :]
                yield Violation(
                    graph=graph_name,
                    focus=_term(_rdflib_node(t.subject)),
                    path=rdflib.URIRef(t.predicate.value),
                    message=(
                        f"{name} is not a term of the dipld ontology (used as a {position}); "
                        "check the spelling or declare it in ontology/dipld.ttl"
                    ),
                    value=rdflib.URIRef(node.value),
                )


def _sort_key(v: Violation) -> tuple[str, str, str, str, str]:
    return (
        str(v.graph or ""),
        str(v.focus),
        str(v.path or ""),
        v.message,
        str(v.value or ""),
    )


# ---------------------------------------------------------------------------------------------
# Term conversion between rdflib and pyoxigraph


def _term(node: rdflib.term.Node) -> Term:
    if isinstance(node, rdflib.URIRef | rdflib.BNode | rdflib.Literal):
        return node
    raise TypeError(f"unexpected RDF term {node!r}")


def _opt_term(node: rdflib.term.Node | None) -> Term | None:
    return None if node is None else _term(node)


def _rdflib_node(node: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Term:
    if isinstance(node, ox.NamedNode):
        return rdflib.URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return rdflib.BNode(node.value)
    if isinstance(node, ox.Literal):
        if node.language:
            return rdflib.Literal(node.value, lang=node.language)
        return rdflib.Literal(node.value, datatype=rdflib.URIRef(node.datatype.value))
    raise TypeError(f"RDF-star triple terms are not supported: {node}")


def _ox_node(node: rdflib.term.Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, rdflib.URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, rdflib.BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, rdflib.Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise TypeError(f"unexpected RDF term {node!r}")


def _ox_triple(triple: tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node]) -> ox.Triple:
    s, p, o = (_ox_node(n) for n in triple)
    assert not isinstance(s, ox.Literal) and isinstance(p, ox.NamedNode)
    return ox.Triple(s, p, o)


__all__ = [
    "SUFFIXES",
    "RdfFormat",
    "Report",
    "Severity",
    "Violation",
    "gunzip",
    "is_gzip",
    "read_file",
    "read_quads",
    "short",
    "validate_bytes",
    "validate_dataset",
    "validate_file",
    "validate_graph",
]
