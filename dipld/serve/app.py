"""The ASGI application of ``dipld serve``: routes, middleware, error mapping, health and metrics.

``create_app(settings)`` builds a Starlette app whose lifespan starts the query workers.
Routes come from :mod:`.sparql`, :mod:`.downloads`, :mod:`.writes` and, when present, the
Linked Data pages of :mod:`dipld.web` (a module with ``routes() -> list[BaseRoute]``; its
handlers reach the shared state with :func:`dipld.serve.context.context_of`).

Every DipldError becomes a ``text/plain`` answer with the error's HTTP status and message;
503s from a busy pool or store carry ``Retry-After``. One access-log line per request goes to
the ``dipld.serve.access`` logger (stderr under the CLI) as ``key=value`` pairs.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import State
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Message, Receive, Scope, Send

from dipld import __version__
from dipld.errors import DipldError
from dipld.serve import downloads, sparql, writes
from dipld.serve.context import ServeContext, context_of
from dipld.serve.httpio import EXPOSED_HEADERS, error_answer
from dipld.serve.sparql import SparqlEndpoint
from dipld.settings import Settings

access_log = logging.getLogger("dipld.serve.access")
log = logging.getLogger("dipld.serve")

_ROUTE_LABELS = (
    ("/sparql", "/sparql"),
    ("/download/graph/", "/download/graph"),
    ("/download/", "/download"),
    ("/graph-store", "/graph-store"),
    ("/healthz", "/healthz"),
    ("/metrics", "/metrics"),
    ("/ontology.ttl", "/ontology.ttl"),
    ("/.well-known/void", "/.well-known/void"),
)


def _route_label(path: str) -> str:
    for prefix, label in _ROUTE_LABELS:
        if path.startswith(prefix):
            return label
    return "other"


class ServeApp:
    """The outermost ASGI app: puts the context in the scope, logs and measures every request.

    ``/sparql`` (all but the CORS preflight) goes straight to :class:`SparqlEndpoint`, with no
    framework layers between the server and the query: for a point lookup those layers cost
    more than the query. Everything else, and the lifespan, goes to the Starlette app.
    """

    def __init__(self, app: Starlette, ctx: ServeContext) -> None:
        self.app = app
        self.ctx = ctx
        self.sparql = SparqlEndpoint(ctx)

    @property
    def state(self) -> State:
        """The Starlette app's state (``state.ctx`` is the server context)."""
        return self.app.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope["dipld.ctx"] = self.ctx
        started = time.perf_counter()
        status = 500
        size = 0
        try:
            if scope["path"] == "/sparql" and scope["method"] != "OPTIONS":
                status, size = await self.sparql.handle(scope, receive, send)
                return

            async def send_logged(message: Message) -> None:
                nonlocal status, size
                if message["type"] == "http.response.start":
                    status = message["status"]
                elif message["type"] == "http.response.body":
                    size += len(message.get("body", b""))
                await send(message)

            await self.app(scope, receive, send_logged)
        finally:
            elapsed = time.perf_counter() - started
            path = scope["path"]
            self.ctx.metrics.observe_request(_route_label(path), scope["method"], status, elapsed)
            if access_log.isEnabledFor(logging.INFO):
                client = scope.get("client")
                access_log.info(
                    "method=%s path=%s status=%d ms=%.2f bytes=%d client=%s",
                    scope["method"],
                    path,
                    status,
                    elapsed * 1000,
                    size,
                    client[0] if client else "-",
                )


def error_response(request: Request, exc: Exception) -> Response:
    """A DipldError as a plain-text HTTP answer with the right status and headers."""
    assert isinstance(exc, DipldError)
    if exc.http_status >= 500:
        log.warning("event=error status=%d error=%r", exc.http_status, str(exc))
    answer = error_answer(exc)
    return Response(answer.body, status_code=answer.status, headers=answer.headers)


async def healthz(request: Request) -> Response:
    ctx = context_of(request)
    body = {
        "status": "ok",
        "version": __version__,
        "dataset_version": ctx.dataset.version,
        "workers": ctx.pool.workers,
        "busy_workers": ctx.pool.busy,
        "writes": ctx.writes_enabled,
    }
    return Response(json.dumps(body), media_type="application/json")


async def metrics(request: Request) -> Response:
    ctx = context_of(request)
    gauges = {
        "dipld_query_workers": ("Query worker processes alive.", float(ctx.pool.workers)),
        "dipld_query_workers_busy": ("Query workers running a job.", float(ctx.pool.busy)),
        "dipld_dataset_version": ("Number of the published snapshot served.", _number(ctx)),
        "dipld_uptime_seconds": ("Seconds since the server started.", time.time() - ctx.started),
        "dipld_result_cache_bytes": ("Bytes held by the result cache.", float(ctx.cache.size)),
    }
    return Response(
        ctx.metrics.render(gauges), media_type="text/plain; version=0.0.4; charset=utf-8"
    )


def _number(ctx: ServeContext) -> float:
    version = ctx.dataset.version
    return float(version) if version.isdigit() else 0.0


def _web_routes(name: str = "routes") -> list[BaseRoute]:
    """The Linked Data pages of :mod:`dipld.web`, if that package is installed (``overrides``:
    the routes it puts before the server's own)."""
    try:
        web = importlib.import_module("dipld.web")
    except ModuleNotFoundError as exc:
        if exc.name not in {"dipld.web"}:
            raise
        return []
    factory: Callable[[], Sequence[BaseRoute]] | None = getattr(web, name, None)
    return list(factory()) if factory is not None else []


def create_app(
    settings: Settings,
    *,
    extra_routes: Sequence[BaseRoute] = (),
    on_ready: Callable[[], None] | None = None,
) -> ServeApp:
    """The server app; its lifespan starts and stops the query workers, then calls ``on_ready``."""
    ctx = ServeContext(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await ctx.start()
        if on_ready is not None:
            on_ready()
        try:
            yield
        finally:
            await ctx.close()

    routes: list[BaseRoute] = [
        *_web_routes("overrides"),
        *sparql.routes(),
        *downloads.routes(),
        *writes.routes(),
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
        Route("/metrics", metrics, methods=["GET"]),
        *extra_routes,
        *_web_routes(),
    ]
    origins = [o.strip() for o in settings.cors_origins.split(",") if o.strip()]
    middleware = [
        Middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"],
            allow_headers=["Accept", "Content-Type", "Authorization", "If-None-Match"],
            expose_headers=list(EXPOSED_HEADERS),
            max_age=600,
        ),
        Middleware(GZipMiddleware, minimum_size=1024),
    ]
    handlers: dict[Any, Callable[[Request, Exception], Response]] = {DipldError: error_response}
    app = Starlette(
        routes=routes, middleware=middleware, lifespan=lifespan, exception_handlers=handlers
    )
    app.state.ctx = ctx
    return ServeApp(app, ctx)
