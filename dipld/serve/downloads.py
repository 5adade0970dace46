"""Downloads: the whole dataset (Turtle, TriG, N-Quads, each also gzipped), one article's graph,
and the ontology; all with ETag/Last-Modified from the dataset version (the VoID description
at ``/.well-known/void`` belongs to :mod:`dipld.web`).

Dataset dumps are built once per published version, lazily on the first request
(:mod:`.dumps`), then served as files, in 1 MiB chunks, with byte ranges; a client that accepts
gzip asking for the uncompressed name gets the prebuilt ``.gz`` bytes with
``Content-Encoding: gzip``.

Routes::

    GET /download/dataset.{ttl,trig,nq}[.gz]     the whole dataset
    GET /download/graph/{article-id}.{ttl,nt,nq,trig,jsonld,rdf}
    GET /ontology.ttl                            the dipld ontology (Turtle)
"""

from __future__ import annotations

import hashlib

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Route

from dipld import ontology
from dipld.errors import NotFound
from dipld.serve import formats
from dipld.serve.context import DatasetVersion, context_of
from dipld.serve.describe import DATASET_DUMPS


class _ChunkedFileResponse(FileResponse):
    chunk_size = 1 << 20


def _file_headers(dataset: DatasetVersion, etag: str, filename: str) -> dict[str, str]:
    return {
        "ETag": etag,
        "Last-Modified": dataset.last_modified,
        "Cache-Control": "public, no-cache",
        "Content-Disposition": f'attachment; filename="{filename}"',
        "X-Dipld-Dataset-Version": dataset.version,
    }


def _not_modified(headers: dict[str, str]) -> Response:
    keep = {
        k: v for k, v in headers.items() if k in {"ETag", "Last-Modified", "Cache-Control", "Vary"}
    }
    return Response(status_code=304, headers=keep)


async def dataset_dump(request: Request) -> Response:
    ctx = context_of(request)
    name = request.path_params["name"]
    known = {n for n, _ in DATASET_DUMPS}
    base = name.removesuffix(".gz")
    if base not in known:
        offered = ", ".join(f"{n}[.gz]" for n in sorted(known))
        raise NotFound(f"no download named {name}; the dataset comes as {offered}")
    fmt = dict(DATASET_DUMPS)[base]
    dataset = ctx.dataset
    dumps = ctx.dumps
    accepts_gzip = "gzip" in request.headers.get("accept-encoding", "").lower()
    if name.endswith(".gz"):
        headers = _file_headers(dataset, dataset.etag(name), name)
        media_type, served, encoding = "application/gzip", name, None
    elif accepts_gzip:
        headers = _file_headers(dataset, dataset.etag(name + "-gzip"), name)
        media_type, served, encoding = fmt.media_type, name + ".gz", "gzip"
    else:
        headers = _file_headers(dataset, dataset.etag(name), name)
        media_type, served, encoding = fmt.media_type, name, None
    if not name.endswith(".gz"):
        headers["Vary"] = "Accept-Encoding"
    if ctx.conditional(request.headers, headers["ETag"], dataset):
        return _not_modified(headers)
    path = await dumps.get(dataset.version, served)
    if encoding:
        headers["Content-Encoding"] = encoding
    return _ChunkedFileResponse(path, media_type=media_type, headers=headers)


_GRAPH_EXTENSIONS = {f.extension: f for f in formats.GRAPH_FORMATS.formats} | {
    "rdf": formats.RDF_XML
}


async def graph_dump(request: Request) -> Response:
    ctx = context_of(request)
    article_id = request.path_params["article_id"]
    ext = request.path_params["ext"]
    fmt = _GRAPH_EXTENSIONS.get(ext)
    if fmt is None:
        offered = ", ".join(sorted(_GRAPH_EXTENSIONS))
        raise NotFound(f"no format .{ext} for graph downloads; use one of {offered}")
    dataset = ctx.dataset
    headers = _file_headers(
        dataset, dataset.etag(f"graph-{article_id}.{ext}"), f"{article_id}.{ext}"
    )
    if ctx.conditional(request.headers, headers["ETag"], dataset):
        return _not_modified(headers)
    body = await ctx.graph(str(ctx.iris.graph(article_id)), fmt, version=dataset)
    return Response(body, media_type=fmt.content_type, headers=headers)


async def ontology_turtle(request: Request) -> Response:
    body = ontology.ontology_bytes()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "public, max-age=3600"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    headers["Content-Disposition"] = 'inline; filename="dipld.ttl"'
    return Response(body, media_type=formats.TURTLE.content_type, headers=headers)


def routes() -> list[BaseRoute]:
    return [
        Route("/download/graph/{article_id}.{ext}", graph_dump, methods=["GET", "HEAD"]),
        Route("/download/{name}", dataset_dump, methods=["GET", "HEAD"]),
        Route("/ontology.ttl", ontology_turtle, methods=["GET", "HEAD"]),
    ]
