"""Typed RDF terms for page data, read from SPARQL JSON results run on the query workers.

Pages ask the store with small SELECT queries through :meth:`ServeContext.query` (the same
killable workers, time limits and per-version result cache as ``/sparql``) and read the rows
as frozen values.

>>> rows = parse_rows(b'{"head":{"vars":["x","l"]},"results":{"bindings":['
...     b'{"x":{"type":"uri","value":"http://www.wikidata.org/entity/Q184"},'
...     b'"l":{"type":"literal","value":"Belarus","xml:lang":"en"}}]}}')
>>> rows[0]["x"], rows[0]["l"].lang
(Iri(value='http://www.wikidata.org/entity/Q184'), 'en')
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dipld.serve import formats
from dipld.serve.context import DatasetVersion, ServeContext

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
XSD_INTEGER = XSD + "integer"

#: rows a page query may return (pages do not use the endpoint's --result-limit)
PAGE_ROWS = 20_000
#: results larger than this are parsed off the event loop
_PARSE_INLINE = 256 << 10


@dataclass(frozen=True, slots=True)
class Iri:
    value: str


@dataclass(frozen=True, slots=True)
class Blank:
    value: str


@dataclass(frozen=True, slots=True)
class Lit:
    value: str
    datatype: str = XSD_STRING
    lang: str | None = None

    def as_int(self) -> int | None:
        try:
            return int(self.value)
        except ValueError:
            return None


Term = Iri | Blank | Lit
Row = Mapping[str, Term]


def _term(binding: Mapping[str, Any]) -> Term:
    kind = binding.get("type")
    value = str(binding.get("value", ""))
    if kind == "uri":
        return Iri(value)
    if kind == "bnode":
        return Blank(value)
    lang = binding.get("xml:lang")
    if lang:
        return Lit(value, "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", str(lang))
    return Lit(value, str(binding.get("datatype") or XSD_STRING))


def parse_rows(body: bytes) -> list[dict[str, Term]]:
    """The rows of a SPARQL JSON results document."""
    doc = json.loads(body)
    return [
        {name: _term(value) for name, value in binding.items()}
        for binding in doc.get("results", {}).get("bindings", [])
    ]


async def select(
    ctx: ServeContext,
    query: str,
    version: DatasetVersion,
    *,
    limit: int = PAGE_ROWS,
    timeout: float | None = None,
) -> list[dict[str, Term]]:
    """Run a SELECT on the workers against one snapshot and return its rows (``timeout``:
    instead of the users' ``--query-timeout``, for the server's own once-per-version work)."""
    outcome = await ctx.query(
        query,
        result_format=formats.JSON,
        graph_format=None,
        limit=limit,
        version=version,
        timeout=timeout,
    )
    if len(outcome.body) > _PARSE_INLINE:
        return await asyncio.to_thread(parse_rows, outcome.body)
    return parse_rows(outcome.body)


async def construct(
    ctx: ServeContext, query: str, version: DatasetVersion, *, limit: int = PAGE_ROWS
) -> tuple[bytes, bool]:
    """Run a CONSTRUCT on the workers; N-Triples bytes and whether the result was cut."""
    outcome = await ctx.query(
        query, result_format=None, graph_format=formats.N_TRIPLES, limit=limit, version=version
    )
    return outcome.body, outcome.truncated


def sparql_iri(iri: str) -> str:
    """An IRI as a SPARQL term; refuses characters that would break out of ``<...>``."""
    if any(c in iri for c in '<>"{}|\\^` \n\r\t'):
        raise ValueError(f"not a valid IRI for a query: {iri!r}")
    return f"<{iri}>"


def integer(row: Row, name: str) -> int:
    term = row.get(name)
    if isinstance(term, Lit):
        return term.as_int() or 0
    return 0
