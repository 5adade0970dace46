"""Writes over HTTP: SPARQL 1.1 Update at ``/sparql``, Graph Store Protocol at ``/graph-store``.

Writes exist only when the server was started with a write token, and each request must carry
it (``Authorization: Bearer <token>``; 401 otherwise, 403 on a read-only server). Every write
takes the store's write lock (waiting up to ``WRITE_WAIT`` seconds, else 503 with
``Retry-After``), applies, publishes a new snapshot and releases the lock, so a write is
visible to the next query and a load running elsewhere is never interleaved.

The rule that keeps the union default graph exact: **writes name their graphs**. The default
graph is the union of the named graphs, maintained by the store, so an update may only write
named graphs given as IRIs (``INSERT DATA { GRAPH <g> {…} }``, ``WITH <g> DELETE … WHERE``,
``DROP GRAPH <g>``, ``COPY <a> TO <b>``…); writing the default graph, a ``GRAPH ?var``
template, ``CLEAR/DROP DEFAULT|NAMED|ALL`` and ``LOAD`` (unless ``--allow-service``) are
refused with 400. The update runs on a scratch checkpoint of the store (cheap hard links), the
new content of each named graph it touches is read back, and the store replaces those graphs
atomically. Within one request, later operations see earlier ones' changes through ``GRAPH``
patterns, not through the default graph. Blank nodes in written data are skolemised to
``{base}.well-known/genid/…`` IRIs.
"""

from __future__ import annotations

import asyncio
import hmac
import itertools
import os
import shutil
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from dipld.errors import Forbidden, InputError, NotFound, QueryError, RdfSyntaxError
from dipld.iri import Iris
from dipld.serve import formats
from dipld.serve.conneg import negotiate
from dipld.serve.context import ServeContext, context_of
from dipld.serve.errors import NotAcceptable, Unauthorized, UnsupportedMediaType
from dipld.serve.httpio import Answer, read_body
from dipld.serve.protocol import UpdateRequest
from dipld.store import Writer

#: seconds a write waits for the store's write lock before answering 503
WRITE_WAIT = 5.0
SCRATCH_PREFIX = ".update-scratch-"
_counter = itertools.count()


def authorise(headers: Mapping[str, str], ctx: ServeContext) -> None:
    """Refuse a write on a read-only server (403) or without the right bearer token (401)."""
    if not ctx.writes_enabled:
        raise Forbidden(
            "this server is read-only; start `dipld serve` with --write-token to enable "
            "SPARQL Update and Graph Store writes"
        )
    header = headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        token.strip().encode(), ctx.settings.write_token.encode()
    ):
        raise Unauthorized("this write needs the header `Authorization: Bearer <write token>`")


# ---- which graphs an update writes -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UpdatePlan:
    """The named graphs an update may change."""

    graphs: frozenset[str]


def plan_update(text: str, *, allow_load: bool) -> UpdatePlan:
    """Check an update against the write rule and list the named graphs it touches."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate
    from rdflib.term import URIRef

    try:
        algebra = translateUpdate(parseUpdate(text)).algebra
    except Exception as exc:  # rdflib raises pyparsing and assorted errors
        raise QueryError(f"the update does not parse: {exc}", where="/sparql") from None
    default_write = QueryError(
        "this update writes the default graph, which is the union of the named graphs; write "
        "a named graph instead (GRAPH <g> { … } or WITH <g>)",
        where="/sparql",
    )
    graphs: set[str] = set()

    def named(key: object, what: str) -> str:
        if isinstance(key, URIRef):
            return str(key)
        raise QueryError(
            f"{what} must name its graph with an IRI (found {key!r}); dipld needs to know which "
            "graphs an update changes",
            where="/sparql",
        )

    def field(node: Any, key: str) -> Any:
        # rdflib's CompValue.get() answers the key itself for a missing key
        return node[key] if key in node else None  # noqa: SIM401

    for op in algebra:
        name = op.name
        if name in {"InsertData", "DeleteData", "DeleteWhere"}:
            if field(op, "triples"):
                raise default_write
            graphs.update(named(g, name) for g in (field(op, "quads") or {}))
        elif name == "Modify":
            with_graph = field(op, "withClause")
            for clause in (field(op, "delete"), field(op, "insert")):
                if clause is None:
                    continue
                if field(clause, "triples"):
                    if with_graph is None:
                        raise default_write
                    graphs.add(named(with_graph, "WITH"))
                graphs.update(named(g, "a GRAPH template") for g in (field(clause, "quads") or {}))
        elif name == "Load":
            if not allow_load:
                raise QueryError(
                    "LOAD fetches a document from the network, which is disabled on this "
                    "server; PUT the data to /graph-store?graph=… instead",
                    where="/sparql",
                )
            target = field(op, "graphiri")
            if target is None:
                raise default_write
            graphs.add(named(target, "LOAD INTO"))
        elif name in {"Clear", "Drop", "Create"}:
            target = field(op, "graphiri")
            if not isinstance(target, URIRef):
                raise QueryError(
                    f"{name.upper()} {target} is refused; {name.upper()} one named graph at a "
                    "time (GRAPH <g>)",
                    where="/sparql",
                )
            graphs.add(str(target))
        elif name in {"Add", "Move", "Copy"}:
            source, target = field(op, "graph")
            if not isinstance(target, URIRef):
                raise default_write
            graphs.add(str(target))
            if name == "Move":
                graphs.add(named(source, "MOVE"))
        else:
            raise QueryError(f"update operation {name} is not supported", where="/sparql")
    return UpdatePlan(frozenset(graphs))


# ---- applying writes under the write lock ---------------------------------------------------


def _skolemise(triples: Iterable[ox.Triple], iris: Iris) -> list[ox.Triple]:
    mapping: dict[str, ox.NamedNode] = {}
    prefix = uuid.uuid4().hex[:16]

    def term(
        node: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple,
    ) -> ox.NamedNode | ox.Literal | ox.Triple:
        if isinstance(node, ox.BlankNode):
            if node.value not in mapping:
                mapping[node.value] = ox.NamedNode(str(iris.genid(f"{prefix}-{node.value}")))
            return mapping[node.value]
        return node

    out: list[ox.Triple] = []
    for t in triples:
        subject = term(t.subject)
        assert not isinstance(subject, ox.Literal)
        out.append(ox.Triple(subject, t.predicate, term(t.object)))
    return out


def _apply_update(root: Path, iris: Iris, text: str, plan: UpdatePlan) -> str:
    with Writer.open(root, wait=WRITE_WAIT) as writer:
        scratch_dir = root / f"{SCRATCH_PREFIX}{os.getpid()}-{next(_counter)}"
        shutil.rmtree(scratch_dir, ignore_errors=True)
        try:
            writer.store.backup(str(scratch_dir))
            scratch = ox.Store(str(scratch_dir))
            try:
                scratch.update(text)
            except SyntaxError as exc:
                raise QueryError(f"the update does not parse: {exc}", where="/sparql") from None
            replace: list[tuple[ox.NamedNode, list[ox.Triple]]] = []
            drop: list[ox.NamedNode] = []
            for iri in sorted(plan.graphs):
                graph = ox.NamedNode(iri)
                if scratch.contains_named_graph(graph):
                    quads = scratch.quads_for_pattern(None, None, None, graph)
                    replace.append((graph, _skolemise((q.triple for q in quads), iris)))
                else:
                    drop.append(graph)
            del scratch
        finally:
            shutil.rmtree(scratch_dir, ignore_errors=True)
        if replace:
            writer.replace_graphs(replace)
        if drop:
            writer.delete_graphs(drop)
        return writer.publish()


async def _write(ctx: ServeContext, work: object) -> None:
    lock: asyncio.Lock = ctx.write_lock
    async with lock:
        assert asyncio.iscoroutine(work)
        await work
    ctx.refresh()


async def sparql_update(ctx: ServeContext, headers: Mapping[str, str], u: UpdateRequest) -> Answer:
    """POST /sparql with an update (form ``update=`` or ``application/sparql-update``)."""
    authorise(headers, ctx)
    if u.using_graphs or u.using_named_graphs:
        raise QueryError(
            "using-graph-uri / using-named-graph-uri are not supported; write USING <g> in the "
            "update itself",
            where="/sparql",
        )
    plan = plan_update(u.update, allow_load=ctx.settings.allow_service)
    await _write(ctx, asyncio.to_thread(_apply_update, ctx.root, ctx.iris, u.update, plan))
    return Answer(204, {"X-Dipld-Dataset-Version": ctx.dataset.version})


# ---- the Graph Store Protocol ----------------------------------------------------------------

_GSP_METHODS = ("GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS")


def _target(request: Request) -> str | None:
    """The graph IRI of a GSP request, or None for ``?default``."""
    params = request.query_params
    graph = params.get("graph")
    if "default" in params and graph is None:
        return None
    if graph is None or "default" in params:
        raise QueryError("give exactly one of ?graph=<IRI> or ?default", where="/graph-store")
    if ":" not in graph or any(c in graph for c in ' <>"{}|\\^`'):
        raise QueryError(f"graph={graph!r} is not an absolute IRI", where="/graph-store")
    return graph


def _parse_body(body: bytes, content_type: str | None, graph: str, iris: Iris) -> list[ox.Triple]:
    fmt = formats.GRAPH_FORMATS.by_media_type(content_type or "")
    if fmt is None or fmt.rdf is None:
        offered = ", ".join(f.media_type for f in formats.GRAPH_FORMATS.formats)
        raise UnsupportedMediaType(
            f"{content_type or 'no Content-Type'} is not an RDF format; send one of {offered}"
        )
    triples: list[ox.Triple] = []
    try:
        for quad in ox.parse(body, format=fmt.rdf, base_iri=graph):
            if not isinstance(quad.graph_name, ox.DefaultGraph):
                raise InputError(
                    "the body names graphs of its own; send triples (the graph is ?graph=)",
                    where="/graph-store",
                )
            triples.append(quad.triple)
    except SyntaxError as exc:
        raise RdfSyntaxError(f"the body does not parse as {fmt.media_type}: {exc}") from None
    return _skolemise(triples, iris)


def _replace(root: Path, graph: str, triples: list[ox.Triple], merge: bool) -> bool:
    with Writer.open(root, wait=WRITE_WAIT) as writer:
        node = ox.NamedNode(graph)
        if merge and writer.has_graph(node):
            old = [q.triple for q in writer.store.quads_for_pattern(None, None, None, node)]
            triples = list(dict.fromkeys(old + triples))
        existed = writer.replace_graphs([(node, triples)])[0].existed
        writer.publish()
        return existed


def _delete(root: Path, graph: str) -> bool:
    with Writer.open(root, wait=WRITE_WAIT) as writer:
        removed = writer.delete_graphs([ox.NamedNode(graph)])
        if removed:
            writer.publish()
        return bool(removed)


async def graph_store(request: Request) -> Response:
    ctx = context_of(request)
    method = request.method
    if method == "OPTIONS":
        return Response(status_code=204, headers={"Allow": ", ".join(_GSP_METHODS)})
    graph = _target(request)
    if method in {"GET", "HEAD"}:
        if graph is None:
            return RedirectResponse("/download/dataset.ttl", status_code=303)
        fmt = negotiate(request.headers.get("accept"), formats.GRAPH_FORMATS)
        if fmt is None:
            raise NotAcceptable("the Accept header allows no RDF format")
        dataset = ctx.dataset
        etag = dataset.etag(f"gsp-{fmt.name}")
        headers = {"ETag": etag, "Last-Modified": dataset.last_modified, "Vary": "Accept"}
        if ctx.conditional(request.headers, etag, dataset):
            return Response(status_code=304, headers=headers)
        body = await ctx.graph(graph, fmt, version=dataset)
        return Response(body, media_type=fmt.content_type, headers=headers)
    authorise(request.headers, ctx)
    if graph is None:
        raise QueryError(
            "the default graph is the union of the named graphs and cannot be written; "
            "write a named graph (?graph=<IRI>)",
            where="/graph-store",
        )
    if method == "DELETE":
        found: list[bool] = []

        async def delete() -> None:
            found.append(await asyncio.to_thread(_delete, ctx.root, graph))

        await _write(ctx, delete())
        if not found[0]:
            raise NotFound(f"no graph {graph} in the dataset", where="/graph-store")
        return Response(status_code=204)
    body = await read_body(request.receive, request.headers, ctx.settings.max_request_bytes)
    triples = _parse_body(body, request.headers.get("content-type"), graph, ctx.iris)
    existed: list[bool] = []

    async def replace() -> None:
        existed.append(
            await asyncio.to_thread(_replace, ctx.root, graph, triples, method == "POST")
        )

    await _write(ctx, replace())
    return Response(status_code=204 if existed[0] else 201)


def routes() -> list[BaseRoute]:
    return [Route("/graph-store", graph_store, methods=list(_GSP_METHODS))]
