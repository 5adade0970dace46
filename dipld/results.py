"""Query answers and how they are written: an aligned, labelled table for people, exact formats
for pipes (SPARQL 1.1 CSV, TSV and JSON results; Turtle or JSON-LD for graphs).

The exact formats are written by the engine's own serialisers (pyoxigraph), streamed from the
answer; the table shortens IRIs with the project prefixes and puts the reference KB's English
label next to each Wikidata item, ``wd:Q184 (Belarus)``.

>>> shorten("http://www.wikidata.org/entity/Q184")
'wd:Q184'
>>> shorten("https://w3id.org/dipld/fact/a1/3")
'https://w3id.org/dipld/fact/a1/3'
>>> cell(ox.NamedNode("http://www.wikidata.org/entity/Q184"), {"Q184": "Belarus"}.get)
'wd:Q184 (Belarus)'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import BinaryIO

import pyoxigraph as ox

from dipld.errors import QueryError, UsageError
from dipld.iri import PREFIXES, qid_of
from dipld.rdf import serialize_turtle

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Labeler = Callable[[str], str | None]

#: the widest table cell; longer values are cut with "…" (the other formats are exact)
MAX_CELL = 80
_LOCAL = re.compile(r"^[A-Za-z0-9_][\w\-]*$")
_NUMERIC = {
    "http://www.w3.org/2001/XMLSchema#" + t
    for t in ("integer", "decimal", "double", "float", "long", "int", "nonNegativeInteger")
}


class AnswerKind(StrEnum):
    """What a query returns: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE)."""

    SOLUTIONS = "solutions"
    BOOLEAN = "boolean"
    GRAPH = "graph"

    @classmethod
    def of_form(cls, form: str | None) -> AnswerKind:
        if form == "ASK":
            return cls.BOOLEAN
        if form in {"CONSTRUCT", "DESCRIBE"}:
            return cls.GRAPH
        return cls.SOLUTIONS


class OutputFormat(StrEnum):
    """How ``dipld query`` writes an answer."""

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"
    TURTLE = "turtle"


_ALLOWED = {
    AnswerKind.SOLUTIONS: (
        OutputFormat.TABLE,
        OutputFormat.CSV,
        OutputFormat.TSV,
        OutputFormat.JSON,
    ),
    AnswerKind.BOOLEAN: (OutputFormat.TABLE, OutputFormat.CSV, OutputFormat.TSV, OutputFormat.JSON),
    AnswerKind.GRAPH: (OutputFormat.TABLE, OutputFormat.TURTLE, OutputFormat.JSON),
}
_RESULTS_FORMATS = {
    OutputFormat.CSV: ox.QueryResultsFormat.CSV,
    OutputFormat.TSV: ox.QueryResultsFormat.TSV,
    OutputFormat.JSON: ox.QueryResultsFormat.JSON,
}


def check_format(kind: AnswerKind, fmt: OutputFormat) -> None:
    """A UsageError when a query's answer cannot be written in this format."""
    allowed = _ALLOWED[kind]
    if fmt not in allowed:
        what = {
            AnswerKind.SOLUTIONS: "a SELECT query gives rows",
            AnswerKind.BOOLEAN: "an ASK query gives true or false",
            AnswerKind.GRAPH: "a CONSTRUCT or DESCRIBE query gives a graph",
        }[kind]
        names = ", ".join(f.value for f in allowed)
        raise UsageError(f"--format {fmt.value}: {what}; use one of {names}")


@dataclass(frozen=True, slots=True)
class Answer:
    """The answer to one query, read once: solutions, a boolean or triples."""

    kind: AnswerKind
    where: str
    solutions: ox.QuerySolutions | None = None
    boolean: ox.QueryBoolean | None = None
    triples: Iterable[ox.Triple] | None = None
    truncated: bool = False

    @classmethod
    def of(
        cls,
        result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples,
        *,
        where: str,
        truncated: bool = False,
    ) -> Answer:
        if isinstance(result, ox.QuerySolutions):
            return cls(AnswerKind.SOLUTIONS, where, solutions=result, truncated=truncated)
        if isinstance(result, ox.QueryBoolean):
            return cls(AnswerKind.BOOLEAN, where, boolean=result, truncated=truncated)
        return cls(AnswerKind.GRAPH, where, triples=result, truncated=truncated)

    @classmethod
    def of_triples(
        cls, triples: Iterable[ox.Triple], *, where: str, truncated: bool = False
    ) -> Answer:
        return cls(AnswerKind.GRAPH, where, triples=triples, truncated=truncated)


@dataclass(frozen=True, slots=True)
class Table:
    """An answer read into memory: variables and rows (a graph: subject, predicate, object)."""

    kind: AnswerKind
    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]
    boolean: bool | None = None


def _failed(answer: Answer, exc: OSError) -> QueryError:
    return QueryError(f"the query failed while its answer was read: {exc}", where=answer.where)


def materialise(answer: Answer) -> Table:
    """Read the whole answer (this consumes it)."""
    try:
        if answer.kind is AnswerKind.BOOLEAN:
            return Table(answer.kind, (), (), bool(answer.boolean))
        if answer.kind is AnswerKind.GRAPH:
            assert answer.triples is not None
            rows = tuple((t.subject, t.predicate, t.object) for t in answer.triples)
            return Table(answer.kind, ("subject", "predicate", "object"), rows)
        assert answer.solutions is not None
        names = tuple(v.value for v in answer.solutions.variables)
        width = len(names)
        solutions: Iterator[ox.QuerySolution] = iter(answer.solutions)
        rows = tuple(tuple(row[i] for i in range(width)) for row in solutions)
        return Table(answer.kind, names, rows)
    except OSError as exc:
        raise QueryError(
            f"the query failed while its answer was read: {exc}", where=answer.where
        ) from None


def write(
    answer: Answer, out: BinaryIO, fmt: OutputFormat, labels: Labeler | None = None
) -> int | None:
    """Write the answer; the number of rows (or triples) when known, for the table."""
    check_format(answer.kind, fmt)
    if fmt is OutputFormat.TABLE:
        table = materialise(answer)
        out.write(table_text(table, labels).encode("utf-8"))
        return len(table.rows) if table.kind is not AnswerKind.BOOLEAN else None
    try:
        if answer.kind is AnswerKind.GRAPH:
            assert answer.triples is not None
            if fmt is OutputFormat.JSON:
                out.write(ox.serialize(answer.triples, format=ox.RdfFormat.JSON_LD) or b"")
            else:  # Turtle with the project prefixes that it uses
                out.write(serialize_turtle(list(answer.triples)))
        elif answer.kind is AnswerKind.BOOLEAN:
            assert answer.boolean is not None
            answer.boolean.serialize(out, format=_RESULTS_FORMATS[fmt])
            if fmt is not OutputFormat.JSON:
                out.write(b"\n")
        else:
            assert answer.solutions is not None
            answer.solutions.serialize(out, format=_RESULTS_FORMATS[fmt])
    except BrokenPipeError:
        raise  # the reader of our output went away (`| head`): not a failure of the query
    except OSError as exc:
        raise QueryError(
            f"the query failed while its answer was read: {exc}", where=answer.where
        ) from None
    return None


# ---- the table ----------------------------------------------------------------------------------


def shorten(iri: str) -> str:
    """An IRI as a prefixed name with the project prefixes, when one fits."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            local = iri[len(ns) :]
            if local == "" or _LOCAL.match(local):
                best = prefix
    if best:
        return f"{best}:{iri[len(PREFIXES[best]) :]}"
    return iri


def cell(term: Term | None, labels: Labeler | None = None) -> str:
    """A term as a table shows it: a short IRI (with its KB label), a literal's text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        text = shorten(term.value)
        qid = qid_of(term.value)
        label = labels(qid) if labels is not None and qid else None
        return f"{text} ({label})" if label else text
    if isinstance(term, ox.Literal):
        text = term.value
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    else:
        text = str(term)
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _numeric(term: Term | None) -> bool:
    return isinstance(term, ox.Literal) and term.datatype.value in _NUMERIC


def table_text(table: Table, labels: Labeler | None = None) -> str:
    """Aligned columns headed by the variable names; numbers right-aligned."""
    if table.kind is AnswerKind.BOOLEAN:
        return ("true" if table.boolean else "false") + "\n"
    columns = table.variables
    cells = [[cell(value, labels) for value in row] for row in table.rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(columns)]
    right = [
        bool(table.rows)
        and all(row[i] is None or _numeric(row[i]) for row in table.rows)
        and any(row[i] is not None for row in table.rows)
        for i in range(len(columns))
    ]

    def line(values: list[str]) -> str:
        parts = [
            value.rjust(width) if align else value.ljust(width)
            for value, width, align in zip(values, widths, right, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(list(columns)), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out) + "\n"


def kb_labeler() -> Labeler:
    """English labels of Wikidata items from the bundled reference KB (loaded on first use)."""
    from dipld.kb.index import KbIndex

    index: list[KbIndex] = []

    def label(qid: str) -> str | None:
        if not index:
            from dipld.kb.index import load_index

            index.append(load_index())
        entity = index[0].entity(qid)
        return entity.label if entity is not None else None

    return label
