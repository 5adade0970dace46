"""SPARQL 1.1 Protocol request parsing: an HTTP request in, a typed query or update out.

Pure functions over method, Content-Type, query string and body, so every rule of the
protocol is tested without a server. The three ways to send a query (GET, POST form, POST
``application/sparql-query``) and the two ways to send an update (POST form, POST
``application/sparql-update``) are recognised; anything else is a 400, 405 or 415 with a
message that says what to send instead.

>>> parse_request("GET", None, b"query=ASK%7B%7D&named-graph-uri=http%3A%2F%2Fex%2Fg", b"")
QueryRequest(query='ASK{}', default_graphs=(), named_graphs=('http://ex/g',), format=())
>>> query_form("PREFIX x: <http://ex/> # SELECT\\nCONSTRUCT WHERE { ?s ?p ?o }")
'CONSTRUCT'
>>> uses_service('SELECT * { ?s ?p "SERVICE" } # SERVICE <http://x>')
False
>>> uses_service("SELECT * { service <http://example.org/sparql> { ?s ?p ?o } }")
True
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass
from urllib.parse import unquote

from dipld.errors import InputError, QueryError
from dipld.serve.errors import MethodNotAllowed, UnsupportedMediaType
from dipld.sparqltext import keywords

QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
FORM_TYPE = "application/x-www-form-urlencoded"
ALLOWED_METHODS = ("GET", "HEAD", "POST", "OPTIONS")


@dataclass(frozen=True, slots=True)
class QueryRequest:
    """A SPARQL query with its protocol dataset (None = the endpoint's default dataset)."""

    query: str
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    #: the ``format=`` values (clients such as SPARQLWrapper repeat it, as name and media type)
    format: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UpdateRequest:
    """A SPARQL update with its protocol dataset (``using-graph-uri``, ``using-named-...``)."""

    update: str
    using_graphs: tuple[str, ...]
    using_named_graphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DescriptionRequest:
    """A GET with no query: the client wants the service description."""

    format: tuple[str, ...]


Request = QueryRequest | UpdateRequest | DescriptionRequest


#: what the fast path of :func:`_unquote` cannot take besides '=' and line breaks: a '%' without
#: two hex digits (a pattern that starts with a literal is searched for with memchr; the
#: alternation with a character class it replaces was tried at every position, ~10 µs a query)
_BAD_ESCAPE = re.compile(rb"%(?![0-9A-Fa-f]{2})")


def _unquote(raw: bytes) -> str:
    """``unquote_plus`` of an ASCII form field, in C when it is well formed: '%XX' is the
    quoted-printable '=XX', so ``binascii.a2b_qp`` decodes it (a query's text is mostly
    escapes, and ``urllib``'s pure-Python loop over them cost more than the lookup it carries).

    >>> from urllib.parse import unquote_plus
    >>> _unquote(b"SELECT+%3Fs%20%7B%7D%C3%A9") == unquote_plus("SELECT+%3Fs%20%7B%7D%C3%A9")
    True
    >>> _unquote(b"100%+sure%3D") == unquote_plus("100%+sure%3D")  # not well formed: urllib's way
    True
    """
    raw = raw.replace(b"+", b" ")
    if b"=" in raw or b"\n" in raw or b"\r" in raw or _BAD_ESCAPE.search(raw) is not None:
        return unquote(raw.decode("ascii"), errors="strict")
    return binascii.a2b_qp(raw.replace(b"%", b"=")).decode("utf-8")


def _parse_qsl(raw: bytes) -> list[tuple[str, str]]:
    """``parse_qsl(raw, keep_blank_values=True, errors="strict")`` on ASCII bytes."""
    out: list[tuple[str, str]] = []
    for field in raw.split(b"&"):
        if not field:
            continue
        name, _, value = field.partition(b"=")
        out.append((_unquote(name), _unquote(value)))
    return out


def _params(raw: bytes, where: str) -> list[tuple[str, str]]:
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        raise QueryError(
            "the parameters are not percent-encoded ASCII; URL-encode them", where=where
        ) from None
    try:
        return _parse_qsl(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise QueryError(
            f"the parameters do not decode as UTF-8 ({exc}); URL-encode UTF-8 text", where=where
        ) from None


def _one(params: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in params if k == name]
    if len(values) > 1:
        raise QueryError(f"the {name!r} parameter is given {len(values)} times; give it once")
    return values[0] if values else None


def _many(params: list[tuple[str, str]], name: str) -> tuple[str, ...]:
    return tuple(v for k, v in params if k == name)


def _dataset(
    params: list[tuple[str, str]],
) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    default = _many(params, "default-graph-uri")
    named = _many(params, "named-graph-uri")
    for iri in default + named:
        if not _ABSOLUTE_IRI.match(iri):
            raise QueryError(
                f"graph IRI {iri!r} is not an absolute IRI; give e.g. https://w3id.org/dipld/graph/ID"
            )
    if not default and not named:
        return None, None
    return default, named


_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")


def _media_type(content_type: str | None) -> tuple[str, str]:
    """(media type, charset) of a Content-Type header."""
    if not content_type:
        return "", "utf-8"
    parts = content_type.split(";")
    charset = "utf-8"
    for param in parts[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return parts[0].strip().lower(), charset


def _text(body: bytes, charset: str, what: str) -> str:
    if charset not in {"utf-8", "utf8", "us-ascii", "ascii"}:
        raise UnsupportedMediaType(
            f"charset {charset!r} is not supported; send the {what} as UTF-8"
        )
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"the {what} is not valid UTF-8 (byte {exc.start}); send UTF-8 text"
        ) from None


def parse_request(
    method: str, content_type: str | None, query_string: bytes, body: bytes
) -> Request:
    """Classify and parse one request to the SPARQL endpoint."""
    url_params = _params(query_string, "the query string")
    if method in {"GET", "HEAD"}:
        if any(k in {"update", "using-graph-uri", "using-named-graph-uri"} for k, _ in url_params):
            raise QueryError("a SPARQL update must be sent with POST, not GET")
        query = _one(url_params, "query")
        fmt = _many(url_params, "format")
        if query is None:
            return DescriptionRequest(fmt)
        default, named = _dataset(url_params)
        return QueryRequest(_nonempty(query, "query"), default, named, fmt)
    if method != "POST":
        raise MethodNotAllowed(
            f"method {method} is not allowed on the SPARQL endpoint; use GET or POST",
            allow=ALLOWED_METHODS,
        )
    media_type, charset = _media_type(content_type)
    if media_type == FORM_TYPE:
        form = _params(body, "the form body")
        if any(k in {"query", "update"} for k, _ in url_params):
            raise QueryError("with a form POST, send query= or update= in the body, not the URL")
        query = _one(form, "query")
        update = _one(form, "update")
        if query is not None and update is not None:
            raise QueryError("a request carries either query= or update=, not both")
        if update is not None:
            return UpdateRequest(
                _nonempty(update, "update"),
                _many(form, "using-graph-uri"),
                _many(form, "using-named-graph-uri"),
            )
        if query is None:
            raise QueryError("the form has neither query= nor update=; send one of them")
        default, named = _dataset(form)
        fmt = _many(form, "format") + _many(url_params, "format")
        return QueryRequest(_nonempty(query, "query"), default, named, fmt)
    if media_type == QUERY_TYPE:
        if any(k == "query" for k, _ in url_params):
            raise QueryError("the query is in the body; do not also send query= in the URL")
        default, named = _dataset(url_params)
        text = _text(body, charset, "query")
        fmt = _many(url_params, "format")
        return QueryRequest(_nonempty(text, "query"), default, named, fmt)
    if media_type == UPDATE_TYPE:
        text = _text(body, charset, "update")
        return UpdateRequest(
            _nonempty(text, "update"),
            _many(url_params, "using-graph-uri"),
            _many(url_params, "using-named-graph-uri"),
        )
    shown = media_type or "no Content-Type"
    raise UnsupportedMediaType(
        f"{shown} is not a SPARQL request body; POST {QUERY_TYPE}, {UPDATE_TYPE} or {FORM_TYPE}"
    )


def _nonempty(text: str, what: str) -> str:
    if not text.strip():
        raise QueryError(f"the {what} is empty; send a SPARQL {what}")
    return text


# ---- lexical analysis (strings, IRIs and comments skipped) -------------------------------

_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


#: a prologue of comments, PREFIX and BASE declarations, then the query form: read with one
#: regular expression (tokenising a long prologue cost more than a point lookup's query)
_PLAIN_PROLOGUE = re.compile(
    r"""(?>\s++|\#[^\n\r]*+
         |(?i:PREFIX)\s++(?:[^\W\d][\w.\-]*+)?:\s*+<[^<>"{}|^`\\\x00-\x20]*+>
         |(?i:BASE)\s*+<[^<>"{}|^`\\\x00-\x20]*+>)*+
       ((?i:SELECT|ASK|CONSTRUCT|DESCRIBE))(?![\w\-])(?![\w.\-]*:)""",
    re.VERBOSE,
)


def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the form of a query, or None if none is found."""
    plain = _PLAIN_PROLOGUE.match(text)
    if plain is not None:
        return plain.group(1).upper()
    for word in keywords(text):  # stops at the first: only the prologue is scanned
        if word in _FORMS:
            return word
    return None


def uses_service(text: str) -> bool:
    """True if the query has a SERVICE clause (a federated call to another endpoint)."""
    if "service" not in text.lower():  # the common case, without tokenising
        return False
    return "SERVICE" in keywords(text)
