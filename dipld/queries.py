"""The bundled SPARQL queries (``queries/*.rq``): headers, typed parameters, binding and running.

A query file starts with a header of comment lines (``queries/README.md`` documents it)::

    # title: Trade between two countries by year
    # description: Total trade, exports and imports per year, and whether
    #   exports + imports match the total.
    # parameters: a:qid=Q184, b:qid=Q159
    # expect: contains ?year="2021"^^xsd:gYear ?consistent=true

Parameters are bound as typed RDF terms in a ``VALUES`` block placed right after the brace that
opens the outermost ``WHERE`` group, never by pasting text into the query: each value is parsed
as its declared type and written in N-Triples syntax, so a value cannot change the query's
structure. A parameter with no default is ``UNDEF`` unless given. The bound text is the same
for the embedded store and for any SPARQL endpoint, so both answer the same query.

>>> q = parse_query(
...     "# title: Members\\n# parameters: org:qid=Q7779\\n"
...     "SELECT ?m WHERE { ?x <http://www.w3.org/ns/org#organization> ?org ; "
...     "<http://www.w3.org/ns/org#member> ?m }",
...     name="members",
... )
>>> q.title, [str(p) for p in q.parameters]
('Members', ['org:qid=Q7779'])
>>> print(bind(q, {"org": ["Q1065"]}).text.splitlines()[-1])
SELECT ?m WHERE { VALUES (?org) { (<http://www.wikidata.org/entity/Q1065>) } ?x ...
>>> bind(q, {"org": ["Q1065 } DROP ALL"]})
Traceback (most recent call last):
...
dipld.errors.UsageError: --param org=Q1065 } DROP ALL: not a Wikidata QID (Q42, wd:Q42 or ...)
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from importlib.resources import files

import pyoxigraph as ox

from dipld.endpoint import check_url, query_endpoint
from dipld.errors import Forbidden, InputError, QueryError, UsageError
from dipld.iri import PREFIXES, WD
from dipld.rdf import decimal_literal
from dipld.results import Answer
from dipld.sparqltext import (
    Token,
    declared_prefixes,
    query_form,
    tokenize,
    used_prefixes,
    uses_service,
    variables,
    where_group,
)

Term = ox.NamedNode | ox.Literal
XSD = "http://www.w3.org/2001/XMLSchema#"

_FIELD = re.compile(r"^#\s?(title|description|parameters|expect)\s*:\s?(.*)$", re.IGNORECASE)
_CONTINUED = re.compile(r"^#\s{2,}(\S.*)$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z]+)\s*(?:=\s*(.*))?$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_PNAME = re.compile(r"^([A-Za-z][\w.\-]*)?:([^/]*)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_GYEAR = re.compile(r"^-?\d{4,}$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")
_SYNTAX = re.compile(r"^error at (\d+):(\d+): (.*)$", re.DOTALL)
#: the parser's character ranges (['A' ..= 'Z' | ...]) in its "expected one of" lists
_CHAR_CLASS = re.compile(r"\[[^\[\]]*\.\.=[^\[\]]*\]")


class ParamType(StrEnum):
    """The type of a query parameter: how its value is parsed and which RDF term it becomes."""

    IRI = "iri"
    QID = "qid"
    STRING = "string"
    DATE = "date"
    GYEAR = "gYear"
    INTEGER = "integer"
    DECIMAL = "decimal"

    def term(self, raw: str) -> Term:
        """The RDF term of a value; ValueError says why it is not one."""
        text = raw.strip()
        if self is ParamType.STRING:
            return ox.Literal(raw)
        if self is ParamType.IRI:
            return _iri(text)
        if self is ParamType.QID:
            qid = text.removeprefix("wd:").removeprefix(str(WD))
            if not _QID.match(qid):
                raise ValueError("not a Wikidata QID (Q42, wd:Q42 or its entity IRI)")
            return ox.NamedNode(str(WD) + qid)
        if self is ParamType.DATE:
            try:
                if not _DATE.match(text):
                    raise ValueError(text)
                day = dt.date.fromisoformat(text)
            except ValueError:
                raise ValueError("not a date (YYYY-MM-DD)") from None
            return ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date"))
        if self is ParamType.GYEAR:
            if not _GYEAR.match(text):
                raise ValueError("not a year (YYYY)")
            return ox.Literal(text, datatype=ox.NamedNode(XSD + "gYear"))
        if self is ParamType.INTEGER:
            if not _INTEGER.match(text):
                raise ValueError("not an integer")
            return ox.Literal(str(int(text)), datatype=ox.NamedNode(XSD + "integer"))
        if not _DECIMAL.match(text):
            raise ValueError("not a decimal number (e.g. 0.49 or 40100000000)")
        try:
            return decimal_literal(Decimal(text))
        except InvalidOperation:
            raise ValueError("not a decimal number (e.g. 0.49 or 40100000000)") from None


def _iri(text: str) -> ox.NamedNode:
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    match = _PNAME.match(text)
    if match and (match.group(1) or "") in PREFIXES:
        text = PREFIXES[match.group(1) or ""] + match.group(2)
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", text):
        raise ValueError(
            "not an absolute IRI (https://…) or a prefixed name with a project prefix (wd:Q184)"
        )
    try:
        return ox.NamedNode(text)
    except ValueError as exc:
        raise ValueError(f"not a valid IRI ({exc})") from None


@dataclass(frozen=True, slots=True)
class Parameter:
    """A declared parameter: ``name:type`` or ``name:type=default`` (unbound when not given)."""

    name: str
    type: ParamType
    default: str | None = None

    def __str__(self) -> str:
        return f"{self.name}:{self.type.value}" + (
            f"={self.default}" if self.default is not None else ""
        )

    def term(self, raw: str) -> Term:
        """The value as an RDF term; a UsageError names the parameter and what is wrong."""
        try:
            return self.type.term(raw)
        except ValueError as exc:
            raise UsageError(f"--param {self.name}={raw}: {exc}") from None


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A SPARQL query with its header: name, title, description, parameters and expectations."""

    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    expectations: tuple[str, ...]
    text: str
    source: str

    @property
    def form(self) -> str | None:
        """SELECT, ASK, CONSTRUCT or DESCRIBE."""
        return query_form(tokenize(self.text))

    @property
    def uses_service(self) -> bool:
        """True if the query calls another endpoint with SERVICE (needs network and an opt-in)."""
        return uses_service(tokenize(self.text))

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)


@dataclass(frozen=True, slots=True)
class BoundQuery:
    """A query with its parameters bound: the exact text sent to the store or endpoint."""

    query: NamedQuery
    text: str
    bindings: tuple[tuple[str, tuple[Term | None, ...]], ...]


# ---- reading query files ----------------------------------------------------------------------


def parse_query(text: str, name: str, source: str | None = None) -> NamedQuery:
    """A query and its header from the text of a ``.rq`` file (a header is optional)."""
    where = source or name
    fields: dict[str, list[str]] = {}
    expectations: list[str] = []
    current: list[str] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        field = _FIELD.match(stripped)
        if field:
            key, value = field.group(1).lower(), field.group(2).strip()
            if key == "expect":
                expectations.append(value)
                current = None
                continue
            if key in fields:
                raise InputError(f"the header has two '# {key}:' lines", where=where)
            current = fields[key] = [value]
            continue
        continued = _CONTINUED.match(stripped)
        if continued and current is not None:
            current.append(continued.group(1).strip())
        else:
            current = None
    parameters = _parameters(" ".join(fields.get("parameters", [])), where)
    tokens = tokenize(text)
    mentioned = variables(tokens)
    for parameter in parameters:
        if parameter.name not in mentioned:
            raise InputError(
                f"parameter {parameter.name}: the query does not use ?{parameter.name}",
                where=where,
            )
    if parameters and where_group(tokens) is None:
        raise InputError("a query with parameters needs a WHERE group to bind them in", where=where)
    return NamedQuery(
        name=name,
        title=" ".join(fields.get("title", [])).strip(),
        description=" ".join(fields.get("description", [])).strip(),
        parameters=parameters,
        expectations=tuple(expectations),
        text=text,
        source=where,
    )


def _parameters(spec: str, where: str) -> tuple[Parameter, ...]:
    out: list[Parameter] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        match = _PARAM.match(part)
        if not match:
            raise InputError(
                f"parameter {part!r}: expected name:type or name:type=default", where=where
            )
        name, kind, default = match.group(1), match.group(2), match.group(3)
        try:
            ptype = ParamType(kind)
        except ValueError:
            allowed = ", ".join(t.value for t in ParamType)
            raise InputError(
                f"parameter {name}: unknown type {kind!r}; use one of {allowed}", where=where
            ) from None
        if any(p.name == name for p in out):
            raise InputError(f"parameter {name} is declared twice", where=where)
        if default is not None:
            default = default.strip()
            try:
                ptype.term(default)
            except ValueError as exc:
                raise InputError(
                    f"parameter {name}: default {default!r}: {exc}", where=where
                ) from None
        out.append(Parameter(name, ptype, default))
    return tuple(out)


def query_from_bytes(data: bytes, name: str, where: str) -> NamedQuery:
    """A query read from a file or stdin: UTF-8 text that is not empty."""
    if b"\x00" in data:
        raise InputError("binary data, not a SPARQL query", where=where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 ({exc.reason}); save the query as UTF-8", where=where
        ) from None
    if not text.strip():
        raise InputError("empty; give a SPARQL query", where=where)
    return parse_query(text.removeprefix("\ufeff"), name, where)


@cache
def _bundled() -> tuple[NamedQuery, ...]:
    folder = files("dipld").joinpath("data", "queries")
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name.removesuffix(".rq")
            out.append(query_from_bytes(entry.read_bytes(), name, f"queries/{entry.name}"))
    return tuple(out)


def list_queries() -> list[NamedQuery]:
    """The bundled queries (the package's copy of ``queries/``), sorted by name."""
    return list(_bundled())


def get_query(name: str) -> NamedQuery:
    """A bundled query by name; a UsageError lists the names when there is none."""
    for query in _bundled():
        if query.name == name:
            return query
    known = ", ".join(q.name for q in _bundled())
    raise UsageError(f"no bundled query named {name!r}; `dipld query --list` shows them: {known}")


# ---- binding and checking ---------------------------------------------------------------------


def check_syntax(query: NamedQuery) -> None:
    """Parse the query (with the project prefixes); a QueryError gives the parser's message,
    the line and column, and the line itself."""
    form = query.form
    if form == "ASK" and query.uses_service:
        return  # pyoxigraph evaluates ASK at once: that would call the remote service
    try:
        ox.Store().query(query.text, prefixes=PREFIXES)  # SELECT/CONSTRUCT/DESCRIBE run lazily
    except SyntaxError as exc:
        raise QueryError(syntax_message(query.text, str(exc), query.source)) from None
    if form is None:
        raise QueryError("not a query (SELECT, ASK, CONSTRUCT or DESCRIBE)", where=query.source)


def syntax_message(text: str, message: str, where: str) -> str:
    """``where:line:column: message`` and the offending line with a caret under the column."""
    match = _SYNTAX.match(message.strip())
    if not match:
        return f"{where}: {message}"
    line, column = int(match.group(1)), int(match.group(2))
    what = " ".join(_CHAR_CLASS.sub("a name character", match.group(3)).split())
    if len(what) > 300:
        what = what[:299] + "…"
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return f"{where}:{line}:{column}: {what} (at the end of the query)"
    shown = lines[line - 1]
    caret = " " * max(0, min(column, len(shown) + 1) - 1) + "^"
    gutter = f"{line} | "
    return f"{where}:{line}:{column}: {what}\n  {gutter}{shown}\n  {' ' * len(gutter)}{caret}"


def bind(query: NamedQuery, values: Mapping[str, Sequence[str]] | None = None) -> BoundQuery:
    """Check the query's syntax and bind its parameters (given values, else defaults, else UNDEF).

    Several values of one parameter, or of several, give one VALUES row per combination.
    """
    check_syntax(query)
    values = values or {}
    for name in values:
        if query.parameter(name) is None:
            takes = ", ".join(str(p) for p in query.parameters) or "no parameters"
            raise UsageError(
                f"--param {name}: {query.name} has no such parameter; it takes {takes}"
            )
    bindings: list[tuple[str, tuple[Term | None, ...]]] = []
    for parameter in query.parameters:
        given = values.get(parameter.name)
        if given:
            terms: tuple[Term | None, ...] = tuple(parameter.term(v) for v in given)
        elif parameter.default is not None:
            terms = (parameter.term(parameter.default),)
        else:
            terms = (None,)
        bindings.append((parameter.name, terms))
    tokens = tokenize(query.text)
    text = query.text
    if bindings:
        position = where_group(tokens)
        assert position is not None  # parse_query refuses parameters without a WHERE group
        text = text[:position] + _values_block(bindings) + text[position:]
    return BoundQuery(query, _with_prefixes(text, tokens), tuple(bindings))


def _values_block(bindings: Sequence[tuple[str, tuple[Term | None, ...]]]) -> str:
    names = " ".join(f"?{name}" for name, _ in bindings)
    rows = " ".join(
        "(" + " ".join("UNDEF" if t is None else str(t) for t in row) + ")"
        for row in itertools.product(*(terms for _, terms in bindings))
    )
    return f" VALUES ({names}) {{ {rows} }}"


def _with_prefixes(text: str, tokens: list[Token]) -> str:
    """The project prefixes the query uses without declaring, declared on one first line."""
    missing = sorted((used_prefixes(tokens) - declared_prefixes(tokens)) & PREFIXES.keys())
    if not missing:
        return text
    return " ".join(f"PREFIX {p}: <{PREFIXES[p]}>" for p in missing) + "\n" + text


def _refuse_service(query: NamedQuery, allow_service: bool) -> None:
    if query.uses_service and not allow_service:
        raise Forbidden(
            "the query calls another endpoint (SERVICE), which needs network access; "
            "allow it with --allow-service (or DIPLD_ALLOW_SERVICE=true)",
            where=query.source,
        )


# ---- running ----------------------------------------------------------------------------------


def run_local(bound: BoundQuery, store: ox.Store, *, allow_service: bool = False) -> Answer:
    """Run a bound query on an embedded store (its default graph is the union of all graphs)."""
    _refuse_service(bound.query, allow_service)
    try:
        result = store.query(bound.text)
    except SyntaxError as exc:  # the bound text of a checked query: a bug in binding
        raise QueryError(syntax_message(bound.text, str(exc), bound.query.source)) from exc
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}", where=bound.query.source) from None
    return Answer.of(result, where=bound.query.source)


def run_remote(
    bound: BoundQuery, endpoint: str, *, timeout: float = 30.0, allow_service: bool = False
) -> Answer:
    """Run a bound query on a SPARQL 1.1 endpoint over HTTP (SPARQLWrapper, POST)."""
    check_url(endpoint)
    _refuse_service(bound.query, allow_service)
    return query_endpoint(bound.text, bound.query.form or "SELECT", endpoint, timeout=timeout)
