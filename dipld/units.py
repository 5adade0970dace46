"""Reading the inputs of a load into units of work, in input order: articles, RDF files, failures.

Article files are read with :mod:`dipld.articles`; a JSON-lines collection is read in chunks of
whole lines, so memory stays flat however large it is; a ready-made RDF file is read whole
(up to the size limit) and parsed later. A file that cannot be read becomes a
:class:`~dipld.summary.Failure` at its place in the order.

>>> import tempfile
>>> from dipld.sources import inputs
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Minsk met Moscow.")
>>> _ = (folder / "b.txt").write_text("")
>>> [type(u).__name__ for u in read_units(inputs([str(folder)]), Limits(), Iris(), None)]
['ArticleUnit', 'Failure']
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from dipld.articles import ArticleFormat, Limits, read_bytes, read_path
from dipld.errors import InputError
from dipld.iri import Iris
from dipld.ledger import source_iri
from dipld.model import Article
from dipld.sources import InputFile, InputKind, Inputs, stdin_format
from dipld.summary import Failure

#: Bytes of a JSON-lines file read (and parsed) at a time.
JSONL_CHUNK_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class ArticleUnit:
    """One article to extract; ``where`` names it in messages, ``source`` is its file IRI."""

    article: Article
    where: str
    source: str | None


@dataclass(frozen=True, slots=True)
class RdfUnit:
    """One ready-made RDF file, read whole."""

    item: InputFile
    data: bytes
    source: str | None


@dataclass(frozen=True, slots=True)
class CollectionRead:
    """A JSON-lines collection read without errors, and the graphs of its articles."""

    source: str
    graphs: frozenset[str]


Unit = ArticleUnit | RdfUnit | CollectionRead | Failure


def read_units(found: Inputs, limits: Limits, iris: Iris, stdin: BinaryIO | None) -> Iterator[Unit]:
    """Every unit of work of the inputs, in input order."""
    for item in found.items:
        if isinstance(item, InputError):
            yield Failure(item.where or "", item.message)
            continue
        source = None
        if item.path is not None:
            source = item.real.as_uri() if item.real is not None else source_iri(item.path)
        if item.kind is InputKind.RDF:
            data = _read_whole(item, limits)
            yield data if isinstance(data, Failure) else RdfUnit(item, data, source)
            continue
        articles: Iterator[Article | InputError]
        if item.path is None:
            raw = stdin.read() if stdin is not None else b""
            articles = read_bytes(raw, item.name, stdin_format(raw), limits)
        elif item.article_format is ArticleFormat.JSONL:
            articles = _read_jsonl(item.path, item.name, limits)
        else:
            articles = read_path(item.path, limits)
        collection = item.article_format is ArticleFormat.JSONL or item.path is None
        graphs: set[str] = set()
        complete = True
        for article in articles:
            if isinstance(article, InputError):
                complete = False
                yield Failure(article.where or item.name, article.message)
                continue
            graphs.add(str(iris.graph(article.id)))
            where = f"{item.name}#{article.id}" if collection else item.name
            yield ArticleUnit(article, where, source)
        if complete and source is not None and item.article_format is ArticleFormat.JSONL:
            yield CollectionRead(source, frozenset(graphs))


def _read_whole(item: InputFile, limits: Limits) -> bytes | Failure:
    assert item.path is not None
    try:
        size = item.path.stat().st_size
        if size > limits.max_bytes:
            return Failure(
                item.name,
                f"{size} bytes is over the limit of {limits.max_bytes} bytes; raise "
                "--max-article-bytes / DIPLD_MAX_ARTICLE_BYTES or split the file",
            )
        return item.path.read_bytes()
    except OSError as exc:
        return Failure(item.name, f"cannot read ({exc.strerror or exc})")


def _read_jsonl(path: Path, name: str, limits: Limits) -> Iterator[Article | InputError]:
    """A JSON-lines file read in chunks of whole lines; errors keep their true line numbers."""
    line_offset = 0
    seen_content = False
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror or exc})", where=name)
        return
    with handle:
        while True:
            chunk = handle.read(JSONL_CHUNK_BYTES)
            if not chunk:
                break
            if not chunk.endswith(b"\n"):
                chunk += handle.readline()
            lines = chunk.count(b"\n") + (0 if chunk.endswith(b"\n") else 1)
            if chunk.strip():
                seen_content = True
                for item in read_bytes(chunk, name, ArticleFormat.JSONL, limits):
                    yield _shift_line(item, name, line_offset)
            line_offset += lines
    if not seen_content:
        yield InputError(
            "empty input; a JSON-lines collection needs one article per line", where=name
        )


def _shift_line(item: Article | InputError, name: str, offset: int) -> Article | InputError:
    if not isinstance(item, InputError) or not offset or item.where is None:
        return item
    head, _, line = item.where.rpartition(":")
    if head == name and line.isdigit():
        return type(item)(item.message, where=f"{name}:{int(line) + offset}")
    return item
