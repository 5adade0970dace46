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

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from dipld.errors import InputTooLarge, QueryError
from dipld.serve import formats
from dipld.serve.conneg import negotiate
from dipld.serve.context import ServeContext, context_of
from dipld.serve.describe import serialise, service_description
from dipld.serve.downloads import server_url
from dipld.serve.errors import NotAcceptable
from dipld.serve.protocol import (
    ALLOWED_METHODS,
    DescriptionRequest,
    QueryRequest,
    UpdateRequest,
    parse_request,
    query_form,
    uses_service,
)

_CACHE_CONTROL = "public, no-cache"


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing more than ``limit`` bytes (413) before reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise InputTooLarge(
            f"the request body has {declared} bytes, over the limit of {limit}; send a smaller "
            "request or ask the operator to raise --max-request-bytes"
        )
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise InputTooLarge(
                f"the request body is over the limit of {limit} bytes; send a smaller request "
                "or ask the operator to raise --max-request-bytes"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _formats(
    accept: str | None, override: str | None
) -> tuple[formats.Format | None, formats.Format | None]:
    if override:
        rf = formats.RESULT_FORMATS.by_name(override)
        gf = formats.GRAPH_FORMATS.by_name(override)
        if rf is None and gf is None:
            names = sorted({n for f in formats.ALL.values() for n in f.names})
            raise QueryError(f"format={override!r} is unknown; use one of {', '.join(names)}")
        # an override names one family; the other keeps the Accept header's choice
        if rf is None:
            rf = negotiate(accept, formats.RESULT_FORMATS)
        if gf is None:
            gf = negotiate(accept, formats.GRAPH_FORMATS)
        return rf, gf
    return negotiate(accept, formats.RESULT_FORMATS), negotiate(accept, formats.GRAPH_FORMATS)


async def sparql_endpoint(request: Request) -> Response:
    ctx = context_of(request)
    method = request.method
    if method == "OPTIONS":
        return Response(status_code=204, headers={"Allow": ", ".join(ALLOWED_METHODS)})
    body = (
        b""
        if method in {"GET", "HEAD"}
        else await read_body(request, ctx.settings.max_request_bytes)
    )
    parsed = parse_request(
        method, request.headers.get("content-type"), request.scope["query_string"], body
    )
    if isinstance(parsed, QueryRequest):
        return await _query(request, ctx, parsed)
    if isinstance(parsed, DescriptionRequest):
        return await _description(request, ctx, parsed)
    return await _update(request, ctx, parsed)


async def _query(request: Request, ctx: ServeContext, q: QueryRequest) -> Response:
    accept = request.headers.get("accept")
    rf, gf = _formats(accept, q.format)
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
    get = request.method in {"GET", "HEAD"}
    headers: dict[str, str] = {"Vary": "Accept", "X-Dipld-Dataset-Version": dataset.version}
    if get:
        variant = f"{rf.name if rf else '-'}.{gf.name if gf else '-'}.{limit}"
        etag = dataset.etag(variant)
        headers["ETag"] = etag
        headers["Last-Modified"] = dataset.last_modified
        headers["Cache-Control"] = _CACHE_CONTROL
        if ctx.conditional(request, etag, dataset):
            return Response(status_code=304, headers=headers)
    outcome = await ctx.query(
        q.query,
        result_format=rf,
        graph_format=gf,
        default_graphs=q.default_graphs,
        named_graphs=q.named_graphs,
        limit=limit,
        version=dataset,
    )
    headers["X-Dipld-Rows"] = str(outcome.rows)
    headers["X-Dipld-Truncated"] = "true" if outcome.truncated else "false"
    headers["X-Dipld-Result-Limit"] = str(limit)
    fmt = formats.ALL[outcome.format]
    return Response(outcome.body, media_type=fmt.content_type, headers=headers)


def _offer(what: str, family: formats.FormatFamily) -> str:
    offered = ", ".join(f.media_type for f in family.formats)
    return f"the Accept header (or format=) allows no format for {what}; ask for one of {offered}"


async def _description(request: Request, ctx: ServeContext, d: DescriptionRequest) -> Response:
    fmt = formats.GRAPH_FORMATS.by_name(d.format) if d.format else None
    if fmt is None:
        fmt = negotiate(request.headers.get("accept"), formats.GRAPH_FORMATS)
    if fmt is None:
        raise NotAcceptable(_offer("the service description", formats.GRAPH_FORMATS))
    dataset = ctx.dataset
    headers = {
        "Vary": "Accept",
        "ETag": dataset.etag(f"sd-{fmt.name}-{int(ctx.writes_enabled)}"),
        "Last-Modified": dataset.last_modified,
        "Cache-Control": _CACHE_CONTROL,
        "X-Dipld-Dataset-Version": dataset.version,
    }
    if ctx.conditional(request, headers["ETag"], dataset):
        return Response(status_code=304, headers=headers)
    stats = await ctx.stats(dataset)
    endpoint = server_url(request, ctx) + "sparql"
    triples = service_description(
        endpoint, stats, update=ctx.writes_enabled, service=ctx.settings.allow_service
    )
    return Response(serialise(triples, fmt), media_type=fmt.content_type, headers=headers)


async def _update(request: Request, ctx: ServeContext, u: UpdateRequest) -> Response:
    from dipld.serve.writes import sparql_update  # noqa: PLC0415  (rdflib's parser: write path only)

    return await sparql_update(request, ctx, u)


def routes() -> list[BaseRoute]:
    methods = ["GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH"]
    return [Route("/sparql", sparql_endpoint, methods=methods)]
