"""Querying a SPARQL 1.1 endpoint over HTTP: one POST with SPARQLWrapper, failures named.

Used by :func:`dipld.queries.run_remote` (``dipld query --endpoint``). The answer's media type
decides how it is read (SPARQL JSON/XML/CSV/TSV results, or Turtle and the other RDF syntaxes
for graphs), so an endpoint that ignores the Accept header is still understood.
"""

from __future__ import annotations

import ast
import math
import urllib.error
from http.client import HTTPException
from urllib.parse import urlsplit

import pyoxigraph as ox
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
)

from dipld import __version__
from dipld.errors import QueryError, RemoteError, UsageError
from dipld.results import Answer

USER_AGENT = f"dipld/{__version__} (+https://w3id.org/dipld/)"


def check_url(endpoint: str) -> None:
    """A UsageError unless the endpoint is an absolute http(s) URL."""
    parts = urlsplit(endpoint)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise UsageError(f"--endpoint {endpoint!r}: expected an http:// or https:// URL")


def query_endpoint(text: str, form: str, endpoint: str, *, timeout: float = 30.0) -> Answer:
    """Send a query (its form: SELECT, ASK, CONSTRUCT or DESCRIBE) and read the answer."""
    check_url(endpoint)
    sparql = SPARQLWrapper(endpoint, agent=USER_AGENT)
    sparql.setMethod(POST)
    sparql.setTimeout(max(1, math.ceil(timeout)))
    sparql.queryString = text  # the form is known: skip SPARQLWrapper's regex guess
    sparql.queryType = form
    graph = form in {"CONSTRUCT", "DESCRIBE"}
    sparql.setReturnFormat(TURTLE if graph else JSON)
    try:
        response = sparql.query().response
        data: bytes = response.read()
        headers = response.info()
    except QueryBadFormed as exc:
        raise QueryError(f"the endpoint refused the query: {_body(exc)}", where=endpoint) from None
    except EndPointNotFound:
        raise RemoteError(
            "no SPARQL endpoint here (HTTP 404); check the URL (dipld serve: …/sparql, "
            "oxigraph serve: …/query)",
            where=endpoint,
        ) from None
    except Unauthorized:
        raise RemoteError("the endpoint wants credentials (HTTP 401)", where=endpoint) from None
    except EndPointInternalError as exc:
        raise RemoteError(f"the endpoint failed (HTTP 500): {_body(exc)}", where=endpoint) from None
    except SPARQLWrapperException as exc:
        raise RemoteError(str(exc).strip(), where=endpoint) from None
    except urllib.error.HTTPError as exc:
        raise RemoteError(_http_error(exc), where=endpoint) from None
    except urllib.error.URLError as exc:
        raise RemoteError(
            f"cannot connect ({exc.reason}); is the endpoint running?", where=endpoint
        ) from None
    except (HTTPException, OSError) as exc:
        raise RemoteError(
            f"the request failed ({exc or type(exc).__name__})", where=endpoint
        ) from None
    media = (headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
    truncated = (headers.get("X-Dipld-Truncated") or "").lower() == "true"
    try:
        if graph:
            rdf_format = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.TURTLE
            triples = [quad.triple for quad in ox.parse(data, format=rdf_format)]
            return Answer.of_triples(triples, where=endpoint, truncated=truncated)
        results_format = ox.QueryResultsFormat.from_media_type(media) or ox.QueryResultsFormat.JSON
        parsed = ox.parse_query_results(data, format=results_format)
    except (SyntaxError, ValueError) as exc:
        raise RemoteError(
            f"unreadable answer ({media or 'no content type'}): {exc}", where=endpoint
        ) from None
    return Answer.of(parsed, where=endpoint, truncated=truncated)


def _body(exc: Exception) -> str:
    """The server's message inside a SPARQLWrapper exception (it keeps only ``repr(bytes)``)."""
    text = str(exc)
    marker = "\n\nResponse:\n"
    if marker in text:
        raw = text.split(marker, 1)[1]
        try:
            value = ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            return raw.strip()
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace").strip()
    return text.strip()


def _http_error(exc: urllib.error.HTTPError) -> str:
    body = ""
    try:
        body = exc.read().decode("utf-8", "replace").strip()[:500]
    except (OSError, ValueError):
        body = ""
    return f"HTTP {exc.code} {exc.reason}" + (f": {body}" if body else "")
