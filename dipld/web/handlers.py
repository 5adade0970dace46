"""The route handlers of the Linked Data pages: dereferencing, Wikidata items, the ontology,
home, articles, query, lookup, VoID, DCAT and static files.

Direct content negotiation (no redirect): ``GET /article/X`` answers 200 with HTML for
browsers or Turtle, JSON-LD, N-Triples or RDF/XML for machines (:mod:`.answer` sets the
headers). The only redirects are relative: ``/resource?iri=`` (303), upper-casing a QID and
dropping a trailing slash (301).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Awaitable, Callable
from urllib.parse import quote

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from dipld.errors import NotFound
from dipld.iri import qid_of
from dipld.serve import formats
from dipld.serve.conneg import negotiate
from dipld.serve.context import DatasetVersion, ServeContext, context_of
from dipld.serve.errors import NotAcceptable
from dipld.web import dataset, discovery, examples, representations
from dipld.web.answer import Rendered, answer, choose, exists, frame_of, html_page, public_root
from dipld.web.layout import HTML_HEADERS, Frame, static_bytes
from dipld.web.links import HTML, RESOURCE_FORMATS, SUFFIXES, Links, split_suffix, wikidata_iri
from dipld.web.page_article import article_page
from dipld.web.page_home import articles_page, home_page, not_found_page
from dipld.web.page_ontology import ontology_page
from dipld.web.page_query import default_query, query_page
from dipld.web.page_resource import resource_page
from dipld.web.resources import ARTICLE_CLASS, describe
from dipld.web.terms import select

_QID = re.compile(r"^[Qq][1-9][0-9]*$")
_STATIC = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}


# ---- pages -------------------------------------------------------------------------------------


async def home(request: Request) -> Response:
    ctx = context_of(request)
    version = ctx.dataset
    frame = frame_of(request, ctx, version)

    async def make() -> Rendered:
        ov = await dataset.overview(ctx, version)
        latest = await dataset.article_rows(ctx, version, limit=10)
        return html_page(home_page(frame, ov, latest, examples.examples()))

    return await answer(request, ("home", frame.root), HTML, make)


async def articles(request: Request) -> Response:
    ctx = context_of(request)
    version = ctx.dataset
    frame = frame_of(request, ctx, version)

    async def make() -> Rendered:
        return html_page(articles_page(frame, await dataset.article_rows(ctx, version)))

    return await answer(request, ("articles", frame.links.prefix), HTML, make)


async def query(request: Request) -> Response:
    ctx = context_of(request)
    version = ctx.dataset
    frame = frame_of(request, ctx, version)
    given = request.query_params.get("query")
    chosen = request.query_params.get("example")
    bundled = examples.examples()
    text = given
    if text is None and chosen:
        found = next((e for e in bundled if e.name == chosen), None)
        text = found.text if found else None
    body = query_page(frame, bundled, text if text is not None else default_query(), chosen)
    headers = {**HTML_HEADERS, "Cache-Control": "no-cache"}
    return Response(body, media_type="text/html; charset=utf-8", headers=headers)


async def _resource_answer(
    request: Request, iri: str, local: str | None, fmt: formats.Format, negotiated: bool
) -> Response:
    """The page or RDF description of an IRI known to exist."""
    ctx = context_of(request)
    version = ctx.dataset
    frame = frame_of(request, ctx, version)
    rep_path = local if local is not None else f"wikidata/{qid_of(iri)}"

    async def make() -> Rendered:
        stats = await ctx.stats(version)
        graph_triples = dict(stats.graphs).get(iri)
        if fmt is not HTML:
            graph_id = ctx.iris.article_id_of(iri) if graph_triples is not None else None
            if graph_triples is not None and iri == str(ctx.iris.kb_graph):
                graph_id = "wikidata"
            dump = f"{frame.root}download/graph/{graph_id}.ttl" if graph_id else None
            body, cut = await representations.resource_rdf(
                ctx, version, iri, fmt, graph_triples=graph_triples, dump_url=dump
            )
            return Rendered(body, fmt.content_type, cut)
        res = await describe(ctx, version, iri)
        if ARTICLE_CLASS in res.types and local is not None:
            return html_page(article_page(frame, res, local))
        return html_page(resource_page(frame, res, local))

    return await answer(
        request,
        ("r", frame.links.prefix, iri),
        fmt,
        make,
        local=rep_path,
        negotiated=negotiated,
        links=frame.links,
    )


async def _not_found(request: Request, iri: str | None, path: str) -> Response:
    ctx = context_of(request)
    version = ctx.dataset
    wants = negotiate(request.headers.get("accept"), RESOURCE_FORMATS)
    if wants is not HTML:
        raise NotFound(
            f"no resource {iri or path} in this dataset; the home page lists what there is",
            where=path,
        )
    frame = frame_of(request, ctx, version)
    suggestions = await _suggest(ctx, version, frame, path)
    body = not_found_page(frame, iri, path, suggestions)
    return Response(
        body, status_code=404, media_type="text/html; charset=utf-8", headers=dict(HTML_HEADERS)
    )


async def _suggest(
    ctx: ServeContext, version: DatasetVersion, frame: Frame, path: str
) -> list[tuple[str, str]]:
    """Articles whose paths look like the one asked for."""
    kind, _, rest = path.strip("/").partition("/")
    if kind not in {"article", "graph", "fact"} or not rest:
        return []
    wanted = rest.split("/", 1)[0]
    rows = await select(ctx, f"SELECT ?a WHERE {{ ?a a <{ARTICLE_CLASS}> }}", version)
    ids = {
        article_id: a.value
        for row in rows
        if (a := row.get("a")) is not None and (article_id := ctx.iris.article_id_of(a.value))
    }
    close = difflib.get_close_matches(wanted, list(ids), n=5, cutoff=0.6)
    return [(frame.links.href(ids[c]) or "", f"article/{c}") for c in close]


async def dereference(request: Request) -> Response:
    """Any path under the server root: the IRI {base}{path}, with or without a format suffix."""
    ctx = context_of(request)
    version = ctx.dataset
    raw = request.scope.get("raw_path")
    raw_path = raw.decode("latin-1") if isinstance(raw, bytes) else quote(request.url.path)
    prefix = frame_of(request, ctx, version).links.prefix
    if prefix and raw_path.startswith(prefix + "/"):
        raw_path = raw_path[len(prefix) :]
    local = raw_path.lstrip("/").split("?", 1)[0]
    links = Links(ctx.iris, prefix)
    stem, suffix = split_suffix(local)
    tries: list[tuple[str, str | None]] = []
    if suffix is not None:
        tries += [(c, suffix) for c in links.iri_candidates(stem)]
    tries += [(c, None) for c in links.iri_candidates(local)]
    for iri, ext in tries:
        if await exists(ctx, version, iri):
            fmt, negotiated = choose(request, ext)
            found_local = ctx.iris.local_part(iri) or local
            return await _resource_answer(request, iri, found_local, fmt, negotiated)
    if local.endswith("/") and local.rstrip("/"):
        for iri in links.iri_candidates(local.rstrip("/")):
            if await exists(ctx, version, iri):
                return RedirectResponse(links.path(local.rstrip("/")), status_code=301)
    return await _not_found(
        request, links.iri_candidates(local)[-1] if local else None, "/" + local
    )


async def wikidata(request: Request) -> Response:
    """``/wikidata/Q184``: what the dataset says about a Wikidata item."""
    ctx = context_of(request)
    version = ctx.dataset
    links = frame_of(request, ctx, version).links
    name, suffix = split_suffix(request.path_params["name"])
    if not _QID.match(name):
        return await _not_found(request, None, f"/wikidata/{name}")
    if name != name.upper():
        target = f"wikidata/{name.upper()}" + (f".{suffix}" if suffix else "")
        return RedirectResponse(links.path(target), status_code=301)
    iri = wikidata_iri(name)
    if not await exists(ctx, version, iri):
        return await _not_found(request, iri, f"/wikidata/{name}")
    fmt, negotiated = choose(request, suffix)
    return await _resource_answer(request, iri, None, fmt, negotiated)


async def lookup(request: Request) -> Response:
    """``/resource?iri=…``: 303 to the page of any IRI this server describes."""
    ctx = context_of(request)
    links = frame_of(request, ctx, ctx.dataset).links
    iri = request.query_params.get("iri", "").strip()
    href = links.href(iri) if iri else None
    if href is None:
        return await _not_found(request, iri or None, "/resource")
    return RedirectResponse(href, status_code=303)


async def ontology(request: Request) -> Response:
    ctx = context_of(request)
    version = ctx.dataset
    frame = frame_of(request, ctx, version)
    suffix = request.path_params.get("ext")
    if suffix is not None and suffix not in SUFFIXES:
        return await _not_found(request, None, f"/ontology.{suffix}")
    fmt, negotiated = choose(request, suffix)

    async def make() -> Rendered:
        if fmt is HTML:
            return html_page(ontology_page(frame))
        return Rendered(representations.ontology_rdf(fmt.name), fmt.content_type)

    return await answer(
        request,
        ("ontology", frame.links.prefix),
        fmt,
        make,
        local="ontology",
        negotiated=negotiated,
        links=frame.links,
    )


def _graph_format(request: Request) -> tuple[formats.Format, bool]:
    name = request.query_params.get("format") or request.path_params.get("ext")
    if name:
        fmt = formats.GRAPH_FORMATS.by_name(name) or SUFFIXES.get(name)
        if fmt is None or fmt.rdf is None:
            raise NotAcceptable(f"format={name} is not an RDF format this server writes")
        return fmt, False
    fmt = negotiate(request.headers.get("accept"), formats.GRAPH_FORMATS)
    if fmt is None:
        offered = ", ".join(f.media_type for f in formats.GRAPH_FORMATS.formats)
        raise NotAcceptable(f"the Accept header allows no RDF format; ask for one of {offered}")
    return fmt, True


async def void(request: Request) -> Response:
    """``/.well-known/void``: the VoID description (content-negotiated RDF)."""
    return await _description(request, "void", discovery.void_triples)


async def catalog(request: Request) -> Response:
    """``/catalog``: the DCAT catalogue (content-negotiated RDF)."""
    return await _description(request, "catalog", discovery.dcat_triples)


async def _description(
    request: Request,
    name: str,
    triples: Callable[[ServeContext, DatasetVersion, str], Awaitable[list[ox.Triple]]],
) -> Response:
    """A dataset description built from the current version, in the negotiated RDF format."""
    ctx = context_of(request)
    version = ctx.dataset
    fmt, negotiated = _graph_format(request)
    root = public_root(request, ctx)

    async def make() -> Rendered:
        return Rendered(
            discovery.serialise(await triples(ctx, version, root), fmt), fmt.content_type
        )

    return await answer(request, (name, root), fmt, make, negotiated=negotiated)


async def static(request: Request) -> Response:
    name = request.path_params["name"]
    kind = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if not _STATIC.match(name) or kind not in _STATIC_TYPES:
        raise NotFound(f"no static file {name}")
    try:
        body = static_bytes(name)
    except (FileNotFoundError, IsADirectoryError):
        raise NotFound(f"no static file {name}") from None
    immutable = "v" in request.query_params
    headers = {
        "Cache-Control": "public, max-age=31536000, immutable"
        if immutable
        else "public, max-age=300",
        "X-Content-Type-Options": "nosniff",
    }
    return Response(body, media_type=_STATIC_TYPES[kind], headers=headers)
