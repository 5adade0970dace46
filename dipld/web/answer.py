"""Answering a page request: which representation, its headers, revalidation, the page cache.

Every page answer carries an ETag of the dataset version (a 304 costs nothing), negotiated
answers ``Vary: Accept`` and ``Content-Location``, resource answers a ``Link`` header listing
every representation; HTML answers the security headers. Rendered pages are kept per version.
"""

from __future__ import annotations

import hashlib
import weakref
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response

from dipld.serve import formats
from dipld.serve.conneg import negotiate
from dipld.serve.context import DatasetVersion, ServeContext, context_of
from dipld.serve.errors import NotAcceptable
from dipld.web.labels import warm
from dipld.web.layout import HTML_HEADERS, Frame
from dipld.web.links import HTML, RESOURCE_FORMATS, SUFFIXES, Links
from dipld.web.terms import sparql_iri

_CACHE_CONTROL = "public, no-cache"


@dataclass(frozen=True, slots=True)
class Rendered:
    body: bytes
    media_type: str
    truncated: bool = False


class PageCache:
    """Rendered pages of the current dataset version, least recently used out first."""

    def __init__(self, max_bytes: int = 64 << 20, max_entry: int = 4 << 20) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_entry
        self.size = 0
        self.version = ""
        self._entries: OrderedDict[tuple[str, ...], Rendered] = OrderedDict()

    def get(self, version: str, key: tuple[str, ...]) -> Rendered | None:
        if version != self.version:
            return None
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
        return found

    def put(self, version: str, key: tuple[str, ...], page: Rendered) -> None:
        if version != self.version:
            self._entries.clear()
            self.size = 0
            self.version = version
        if len(page.body) > self.max_entry or key in self._entries:
            return
        self._entries[key] = page
        self.size += len(page.body)
        while self.size > self.max_bytes:
            _, old = self._entries.popitem(last=False)
            self.size -= len(old.body)


_PAGES: weakref.WeakKeyDictionary[ServeContext, PageCache] = weakref.WeakKeyDictionary()


def _cache(ctx: ServeContext) -> PageCache:
    return _PAGES.setdefault(ctx, PageCache())


# ---- where the server is -----------------------------------------------------------------------


def public_root(request: Request, ctx: ServeContext) -> str:
    """The public URL of the server root ('/'-terminated): --public-url, else forwarded headers."""
    if ctx.settings.public_url:
        return ctx.settings.public_url.rstrip("/") + "/"
    headers = request.headers
    host = headers.get("x-forwarded-host", "").split(",")[0].strip()
    if host:
        proto = headers.get("x-forwarded-proto", request.url.scheme).split(",")[0].strip() or "http"
        prefix = headers.get("x-forwarded-prefix", "").split(",")[0].strip().rstrip("/")
        return f"{proto}://{host}{prefix}/"
    return str(request.base_url)


def frame_of(request: Request, ctx: ServeContext, version: DatasetVersion) -> Frame:
    warm(ctx, version)
    root = public_root(request, ctx)
    prefix = urlsplit(root).path.rstrip("/")
    return Frame(Links(ctx.iris, prefix), root, version.version)


# ---- answering ---------------------------------------------------------------------------------


def choose(request: Request, suffix: str | None) -> tuple[formats.Format, bool]:
    """The representation to send, and whether it was negotiated (no suffix in the URL)."""
    if suffix is not None:
        return SUFFIXES[suffix], False
    fmt = negotiate(request.headers.get("accept"), RESOURCE_FORMATS)
    if fmt is None:
        offered = ", ".join(f.media_type for f in RESOURCE_FORMATS.formats)
        raise NotAcceptable(f"the Accept header allows none of this resource's formats: {offered}")
    return fmt, True


def _tag(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:20]


async def answer(
    request: Request,
    key: tuple[str, ...],
    fmt: formats.Format,
    make: Callable[[], Awaitable[Rendered]],
    *,
    local: str | None = None,
    negotiated: bool = False,
    status: int = 200,
    links: Links | None = None,
) -> Response:
    ctx = context_of(request)
    version = ctx.dataset
    headers: dict[str, str] = {
        "Cache-Control": _CACHE_CONTROL,
        "Last-Modified": version.last_modified,
        "X-Dipld-Dataset-Version": version.version,
        "ETag": version.etag(_tag(fmt.name, *key)),
    }
    if negotiated:
        headers["Vary"] = "Accept"
    if local is not None and links is not None:
        if negotiated:
            headers["Content-Location"] = links.representation(local, fmt)
        headers["Link"] = ", ".join(
            f'<{links.representation(local, f)}>; rel="alternate"; type="{f.media_type}"'
            for f in RESOURCE_FORMATS.formats
        )
    if fmt is HTML:
        headers.update(HTML_HEADERS)
    if status == 200 and ctx.conditional(request.headers, headers["ETag"], version):
        keep = ("ETag", "Last-Modified", "Cache-Control", "Vary", "Content-Location")
        return Response(status_code=304, headers={k: v for k, v in headers.items() if k in keep})
    cache = _cache(ctx)
    page = cache.get(version.version, (*key, fmt.name))
    if page is None:
        page = await make()
        if status == 200:
            cache.put(version.version, (*key, fmt.name), page)
    if page.truncated:
        headers["X-Dipld-Truncated"] = "true"
    if status != 200:
        headers.pop("ETag", None)
    return Response(page.body, status_code=status, media_type=page.media_type, headers=headers)


def html_page(text: str) -> Rendered:
    return Rendered(text.encode("utf-8"), "text/html; charset=utf-8")


async def exists(ctx: ServeContext, version: DatasetVersion, iri: str) -> bool:
    """True when the IRI is a subject, an object or a graph name of the dataset."""
    try:
        node = sparql_iri(iri)
    except ValueError:  # a path that decodes to something no IRI can hold (space, <, ")
        return False
    outcome = await ctx.query(
        f"ASK {{ {{ {node} ?p ?o }} UNION {{ ?s ?p {node} }} "
        f"UNION {{ GRAPH {node} {{ ?s ?p ?o }} }} }}",
        result_format=formats.JSON,
        graph_format=None,
        version=version,
    )
    return b"true" in outcome.body
