"""The ``# expect:`` lines of ``queries/*.rq`` (grammar in ``queries/README.md``): parsed, and
checked against a query's answer read into a :class:`dipld.results.Table`."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from dipld.iri import PREFIXES
from dipld.results import AnswerKind, Table

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

_OPS: dict[str, Callable[[int, int], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
}
_ROWS = re.compile(r"^rows\s*(==|!=|>=|<=|>|<)\s*(\d+)$")
_TERM = r'"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^(?:<[^>]*>|[A-Za-z][\w.-]*:[\w.-]*))?|<[^>]*>|\S+'
_CONDITION = re.compile(r"\s*\?(\w+)(=|~)(" + _TERM + ")")
_NUMERIC = {
    "http://www.w3.org/2001/XMLSchema#" + t
    for t in ("integer", "decimal", "double", "float", "long", "int", "nonNegativeInteger")
}
_STRING = "http://www.w3.org/2001/XMLSchema#string"


def parse_term(text: str) -> Term | None:
    """A SPARQL term (with the project prefixes) as pyoxigraph parses it; None for UNDEF."""
    try:
        result = ox.Store().query(
            f"SELECT ?x WHERE {{ VALUES ?x {{ {text} }} }}", prefixes=PREFIXES
        )
    except SyntaxError as exc:
        raise ValueError(f"not a SPARQL term: {text} ({exc})") from None
    assert isinstance(result, ox.QuerySolutions)
    rows = list(result)
    if len(rows) != 1:
        raise ValueError(f"not one SPARQL term: {text}")
    value: Term | None = rows[0][0]
    return value


def _numeric(term: Term | None) -> Decimal | None:
    if isinstance(term, ox.Literal) and term.datatype.value in _NUMERIC:
        try:
            return Decimal(term.value)
        except InvalidOperation:
            return None
    return None


@dataclass(frozen=True)
class Condition:
    """``?variable=term`` (equal, see README) or ``?variable~"text"`` (the value contains it)."""

    variable: str
    term: Term | None
    contains: str | None = None

    def matches(self, value: Term | None) -> bool:
        if self.contains is not None:
            text = value.value if isinstance(value, ox.Literal | ox.NamedNode) else ""
            return value is not None and self.contains in text
        expected = self.term
        if expected is None or value is None:
            return expected is None and value is None
        number = _numeric(expected)
        if number is not None:
            return _numeric(value) == number
        if (
            isinstance(expected, ox.Literal)
            and expected.datatype.value == _STRING
            and expected.language is None
        ):
            return isinstance(value, ox.Literal) and value.value == expected.value
        return value == expected


@dataclass(frozen=True)
class Expectation:
    """One ``# expect:`` line."""

    text: str
    kind: str
    op: str | None = None
    count: int | None = None
    conditions: tuple[Condition, ...] = ()
    boolean: bool | None = None


def _conditions(text: str) -> tuple[Condition, ...]:
    out: list[Condition] = []
    position = 0
    while position < len(text.rstrip()):
        match = _CONDITION.match(text, position)
        if not match:
            raise ValueError(f"expected ?variable=term at {text[position:]!r}")
        name, sign, raw = match.groups()
        if sign == "~":
            literal = parse_term(raw)
            if not isinstance(literal, ox.Literal):
                raise ValueError(f'?{name}~ takes a quoted "text", not {raw}')
            out.append(Condition(name, None, literal.value))
        else:
            out.append(Condition(name, parse_term(raw)))
        position = match.end()
    if not out:
        raise ValueError("no ?variable=term given")
    return tuple(out)


def parse(text: str) -> Expectation:
    """An expectation line (without ``# expect:``); ValueError says what is wrong."""
    stripped = text.strip()
    word, _, rest = stripped.partition(" ")
    if word == "rows":
        match = _ROWS.match(stripped)
        if not match:
            raise ValueError(f"expected 'rows OP N': {stripped!r}")
        return Expectation(stripped, "rows", match.group(1), int(match.group(2)))
    if word in {"contains", "excludes", "first"}:
        return Expectation(stripped, word, conditions=_conditions(rest))
    if word == "ask" and rest.strip() in {"true", "false"}:
        return Expectation(stripped, "ask", boolean=rest.strip() == "true")
    if stripped == "refused":
        return Expectation(stripped, "refused")
    raise ValueError(f"unknown expectation {stripped!r}")


def _row_matches(
    table: Table, row: tuple[Term | None, ...], conditions: tuple[Condition, ...]
) -> bool:
    values = dict(zip(table.variables, row, strict=True))
    return all(c.matches(values.get(c.variable)) for c in conditions)


def check(expectation: Expectation, table: Table) -> str | None:
    """None if the answer meets the expectation, else what went wrong."""
    if expectation.kind == "ask":
        if table.kind is not AnswerKind.BOOLEAN:
            return "not an ASK query"
        return None if table.boolean == expectation.boolean else f"answered {table.boolean}"
    if expectation.kind == "refused":
        return "ran, but should have been refused"
    for condition in expectation.conditions:
        if condition.variable not in table.variables:
            return f"no column ?{condition.variable} (columns: {', '.join(table.variables)})"
    if expectation.kind == "rows":
        assert expectation.op is not None and expectation.count is not None
        if _OPS[expectation.op](len(table.rows), expectation.count):
            return None
        return f"{len(table.rows)} rows"
    hits = [row for row in table.rows if _row_matches(table, row, expectation.conditions)]
    if expectation.kind == "contains":
        return None if hits else f"no such row among {len(table.rows)}"
    if expectation.kind == "excludes":
        return None if not hits else f"{len(hits)} such row(s)"
    if not table.rows:
        return "no rows"
    return (
        None if _row_matches(table, table.rows[0], expectation.conditions) else "first row differs"
    )
