"""The SPARQL 1.1 Protocol endpoint at ``/sparql``: queries, the service description, updates.

The hot path is kept thin: parse the request (:mod:`.protocol`), negotiate formats (cached per
Accept header), answer a conditional GET from the dataset version without running anything,
else run the query on the worker pool and send its bytes. Response headers::

    Content-Type                the negotiated format
    Vary                        Accept
    ETag, Last-Modified         GET only: from the dataset version (304 on a match)
    X-Dipld-Dataset-Version     the snapshot the answer comes from
    X-Dipld-Rows                rows (SELECT) or triples (CONSTRUCT/DESCRIBE) in the body
    X-Dipld-Truncated           true when the result was cut at the result limit, else false
    X-Dipld-Result-Limit        the result limit in force
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from dipld.errors import DipldError, QueryError
from dipld.serve import formats
from dipld.serve.conneg import negotiate
from dipld.serve.context import ServeContext, server_url
from dipld.serve.describe import serialise, service_description
from dipld.serve.errors import NotAcceptable
from dipld.serve.httpio import (
    Answer,
    base_url,
    compress,
    cors,
    error_answer,
    read_body,
    request_headers,
    send_answer,
)
from dipld.serve.protocol import (
    ALLOWED_METHODS,
    DescriptionRequest,
    QueryRequest,
    parse_request,
    query_form,
    uses_service,
)

_CACHE_CONTROL = "public, no-cache"
log = logging.getLogger("dipld.serve")


def _override(names: tuple[str, ...], family: formats.FormatFamily) -> formats.Format | None:
    """The one format of a family that every ``format=`` value names, if any names one."""
    found = {fmt for fmt in (family.by_name(n) for n in names) if fmt is not None}
    if len(found) > 1:
        shown = ", ".join(repr(n) for n in names)
        raise QueryError(f"the format= values {shown} name different formats; give one")
    return found.pop() if found else None


#: the (result, graph) formats an Accept header negotiates, by header (clients send a few
#: distinct headers; hashing the format families for ``negotiate``'s own cache cost more)
_NEGOTIATED: dict[str | None, tuple[formats.Format | None, formats.Format | None]] = {}
#: Content-Type header of each format name
_CONTENT_TYPES = {name: fmt.content_type for name, fmt in formats.ALL.items()}


def _negotiated(accept: str | None) -> tuple[formats.Format | None, formats.Format | None]:
    found = _NEGOTIATED.get(accept)
    if found is None:
        found = (
            negotiate(accept, formats.RESULT_FORMATS),
            negotiate(accept, formats.GRAPH_FORMATS),
        )
        if len(_NEGOTIATED) >= 512:
            _NEGOTIATED.clear()
        _NEGOTIATED[accept] = found
    return found


def _formats(
    accept: str | None, override: tuple[str, ...]
) -> tuple[formats.Format | None, formats.Format | None]:
    rf, gf = _negotiated(accept)
    if not override:
        return rf, gf
    forced_rf = _override(override, formats.RESULT_FORMATS)
    forced_gf = _override(override, formats.GRAPH_FORMATS)
    if forced_rf is None and forced_gf is None:
        names = sorted({n for f in formats.ALL.values() for n in f.names})
        shown = ", ".join(repr(n) for n in override)
        raise QueryError(f"format={shown} is unknown; use one of {', '.join(names)}")
    # an override may name one family only; the other keeps the Accept header's choice
    return forced_rf or rf, forced_gf or gf


class SparqlEndpoint:
    """The raw ASGI app of ``/sparql`` (GET, HEAD, POST; OPTIONS goes through the framework)."""

    def __init__(self, ctx: ServeContext) -> None:
        self.ctx = ctx
        self.origins = tuple(o.strip() for o in ctx.settings.cors_origins.split(",") if o.strip())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.handle(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> tuple[int, int]:
        """Answer one request; the status and the number of body bytes sent (for the log)."""
        headers = request_headers(scope)
        method = scope["method"]
        try:
            answer = await self.answer(scope, receive, headers)
        except DipldError as exc:
            if exc.http_status >= 500:
                log.warning("event=error status=%d error=%r", exc.http_status, str(exc))
            answer = error_answer(exc)
        answer = cors(answer, headers.get("origin"), self.origins)
        answer = compress(answer, headers.get("accept-encoding"))
        return answer.status, await send_answer(send, answer, head=method == "HEAD")

    async def answer(self, scope: Scope, receive: Receive, headers: dict[str, str]) -> Answer:
        ctx = self.ctx
        method = scope["method"]
        body = b""
        if method == "POST":
            body = await read_body(receive, headers, ctx.settings.max_request_bytes)
        parsed = parse_request(method, headers.get("content-type"), scope["query_string"], body)
        if isinstance(parsed, QueryRequest):
            return await _query(ctx, method, headers, parsed, receive)
        if isinstance(parsed, DescriptionRequest):
            return await _description(
                ctx, headers, parsed, server_url(ctx, base_url(scope, headers))
            )
        from dipld.serve.writes import sparql_update

        return await sparql_update(ctx, headers, parsed)


async def _disconnect(receive: Receive) -> None:
    """Return when the client has closed the connection."""
    while (await receive())["type"] != "http.disconnect":
        pass


async def _query(
    ctx: ServeContext, method: str, headers: Mapping[str, str], q: QueryRequest, receive: Receive
) -> Answer:
    rf, gf = _formats(headers.get("accept"), q.format)
    if not ctx.settings.allow_service and uses_service(q.query):
        raise QueryError(
            "SERVICE (federated query to another endpoint) is disabled on this server; remove "
            "the SERVICE clause or ask the operator to start it with --allow-service"
        )
    form = query_form(q.query)
    if form in {"SELECT", "ASK"} and rf is None:
        raise NotAcceptable(_offer("SELECT/ASK results", formats.RESULT_FORMATS))
    if form in {"CONSTRUCT", "DESCRIBE"} and gf is None:
        raise NotAcceptable(_offer("CONSTRUCT/DESCRIBE results", formats.GRAPH_FORMATS))
    dataset = ctx.dataset
    limit = ctx.settings.result_limit
    out: dict[str, str] = {"Vary": "Accept", "X-Dipld-Dataset-Version": dataset.version}
    if method != "POST":
        etag = dataset.etag(f"{rf.name if rf else '-'}.{gf.name if gf else '-'}.{limit}")
        out["ETag"] = etag
        out["Last-Modified"] = dataset.last_modified
        out["Cache-Control"] = _CACHE_CONTROL
        if ctx.conditional(headers, etag, dataset):
            return Answer(304, out)
    outcome = await ctx.query(
        q.query,
        result_format=rf,
        graph_format=gf,
        default_graphs=q.default_graphs,
        named_graphs=q.named_graphs,
        limit=limit,
        version=dataset,
        until=lambda: _disconnect(receive),
    )
    out["Content-Type"] = _CONTENT_TYPES[outcome.format]
    out["X-Dipld-Rows"] = str(outcome.rows)
    out["X-Dipld-Truncated"] = "true" if outcome.truncated else "false"
    out["X-Dipld-Result-Limit"] = str(limit)
    return Answer(200, out, outcome.body)


def _offer(what: str, family: formats.FormatFamily) -> str:
    offered = ", ".join(f.media_type for f in family.formats)
    return f"the Accept header (or format=) allows no format for {what}; ask for one of {offered}"


async def _description(
    ctx: ServeContext, headers: Mapping[str, str], d: DescriptionRequest, server: str
) -> Answer:
    fmt = _override(d.format, formats.GRAPH_FORMATS)
    if fmt is None:
        fmt = negotiate(headers.get("accept"), formats.GRAPH_FORMATS)
    if fmt is None:
        raise NotAcceptable(_offer("the service description", formats.GRAPH_FORMATS))
    dataset = ctx.dataset
    out = {
        "Vary": "Accept",
        "ETag": dataset.etag(f"sd-{fmt.name}-{int(ctx.writes_enabled)}"),
        "Last-Modified": dataset.last_modified,
        "Cache-Control": _CACHE_CONTROL,
        "X-Dipld-Dataset-Version": dataset.version,
    }
    if ctx.conditional(headers, out["ETag"], dataset):
        return Answer(304, out)
    stats = await ctx.stats(dataset)
    triples = service_description(
        server + "sparql", stats, update=ctx.writes_enabled, service=ctx.settings.allow_service
    )
    out["Content-Type"] = fmt.content_type
    return Answer(200, out, serialise(triples, fmt))


async def _options(request: Request) -> Response:
    return Response(status_code=204, headers={"Allow": ", ".join(ALLOWED_METHODS)})


def routes() -> list[BaseRoute]:
    """Only OPTIONS reaches the framework (CORS preflight); the rest is :class:`SparqlEndpoint`."""
    return [Route("/sparql", _options, methods=["OPTIONS"])]
