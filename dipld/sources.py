"""Input discovery: which files a list of PATH arguments names, what each is, in a stable order.

An argument is a file, a folder (walked recursively), a glob pattern, or ``-`` for stdin. Each
file found is an *article file* (``.txt``, ``.md``, ``.html``, ``.jsonl``… read by
:mod:`dipld.articles`) or a *ready-made RDF file* (``.ttl``, ``.nt``, ``.nq``, ``.trig``,
``.jsonld``, read by :mod:`dipld.rdffiles`). Order is the order of the arguments, and inside a
folder or a glob the sorted relative paths, so the same arguments always give the same order.

Inside folders, hidden entries (``.git``…), files of other types and documentation files
(``README``, ``LICENSE``, ``CHANGELOG``… of any extension) are passed over silently; a file
named explicitly is always taken, and an explicit file of an unknown type is an error.

>>> import tempfile
>>> top = Path(tempfile.mkdtemp())
>>> for name in ("b/2.txt", "a.ttl", "b/1.md", "README.md", ".hidden/x.txt", "notes.pdf"):
...     (top / name).parent.mkdir(parents=True, exist_ok=True)
...     _ = (top / name).write_text("x")
>>> [(i.name.removeprefix(str(top)), i.kind.value) for i in inputs([str(top)]).items]
[('/a.ttl', 'rdf'), ('/b/1.md', 'articles'), ('/b/2.txt', 'articles')]
>>> [str(e) for e in inputs([str(top / "nope.txt")]).items]  # doctest: +ELLIPSIS
['.../nope.txt: no such file or directory; check the path']
"""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

import pyoxigraph as ox

from dipld.articles import EXTENSIONS as ARTICLE_EXTENSIONS
from dipld.articles import ArticleFormat, format_of
from dipld.errors import InputError

STDIN = "-"
#: How stdin is named in messages (and, without an ``id:``, its article id: ``stdin``).
STDIN_NAME = "<stdin>"

#: Ready-made RDF files, by extension. Quad formats keep the graph names they contain.
RDF_EXTENSIONS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
}

#: File stems that are documentation next to articles, not articles (skipped in folders only).
DOC_STEMS = frozenset(
    {"readme", "license", "licence", "changelog", "changes", "notice", "contributing", "authors"}
)

_GLOB_CHARS = frozenset("*?[")


class InputKind(StrEnum):
    """What an input file holds."""

    ARTICLES = "articles"
    RDF = "rdf"


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input: a file (``path`` set) or stdin (``path`` None, ``name`` ``<stdin>``)."""

    name: str
    path: Path | None
    kind: InputKind
    article_format: ArticleFormat | None = None
    rdf_format: ox.RdfFormat | None = None
    #: the file's absolute path with every symbolic link resolved (``path.resolve()``), set by
    #: :func:`inputs`: the key that makes each file one input, and where a load records it from
    real: Path | None = None

    @property
    def is_stdin(self) -> bool:
        return self.path is None


@dataclass(frozen=True, slots=True)
class Inputs:
    """What the arguments name: inputs and errors in argument order, and the folders given."""

    items: tuple[InputFile | InputError, ...]
    folders: tuple[Path, ...]

    @property
    def files(self) -> tuple[InputFile, ...]:
        return tuple(i for i in self.items if isinstance(i, InputFile))


def rdf_format_of(name: str) -> ox.RdfFormat | None:
    return RDF_EXTENSIONS.get(Path(name).suffix.lower())


def classify(path: Path, name: str | None = None) -> InputFile | None:
    """The input a file is by its extension, or None when dipld does not read that type."""
    shown = name or str(path)
    article_format = format_of(path.name)
    if article_format is not None:
        return InputFile(shown, path, InputKind.ARTICLES, article_format=article_format)
    rdf_format = rdf_format_of(path.name)
    if rdf_format is not None:
        return InputFile(shown, path, InputKind.RDF, rdf_format=rdf_format)
    return None


def stdin_input() -> InputFile:
    """Stdin: an article as text, or a JSON-lines collection (decided when read, see
    :func:`stdin_format`)."""
    return InputFile(STDIN_NAME, None, InputKind.ARTICLES, article_format=ArticleFormat.TEXT)


_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S
)


def stdin_format(data: bytes) -> ArticleFormat:
    """JSON lines when the data starts with ``{`` (a JSON object), an HTML page when it starts
    with ``<!DOCTYPE html>`` or ``<html``, else a text article.

    >>> [stdin_format(d).value for d in (b'{"id": 1}', b"  <!doctype html><p>", b"Text")]
    ['jsonl', 'html', 'text']
    """
    head = data[:4096].removeprefix(b"\xef\xbb\xbf")
    if head.lstrip().startswith(b"{"):
        return ArticleFormat.JSONL
    return ArticleFormat.HTML if _HTML_START.match(head) else ArticleFormat.TEXT


def _unknown_type(path: Path) -> InputError:
    known = sorted(set(ARTICLE_EXTENSIONS) | set(RDF_EXTENSIONS))
    return InputError(
        f"unknown file type {path.suffix or '(no extension)'!r}; expected an article or RDF "
        f"file ({', '.join(known)})",
        where=str(path),
    )


def _skipped_in_folder(name: str) -> bool:
    stem = name.split(".", 1)[0].lower()
    return name.startswith(".") or stem in DOC_STEMS


def walk(folder: Path) -> Iterator[InputFile]:
    """Every readable input under a folder, recursively, sorted by relative path."""
    found: list[tuple[tuple[str, ...], Path]] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        base = Path(dirpath)
        for file_name in filenames:
            if _skipped_in_folder(file_name):
                continue
            path = base / file_name
            found.append((path.relative_to(folder).parts, path))
    found.sort()
    # the walk never enters a linked folder, so a plain file's real path is the folder's real
    # path and its relative one: one resolve() per folder instead of one per file
    real_folder = folder.resolve()
    for parts, path in found:
        item = classify(path)
        if item is None:
            continue
        try:
            mode = path.lstat().st_mode
        except OSError:
            continue
        if stat.S_ISREG(mode):
            yield replace(item, real=real_folder.joinpath(*parts))
        elif stat.S_ISLNK(mode) and path.is_file():
            yield item  # a linked file: inputs() resolves it


def _expand(arg: str) -> Iterator[InputFile | InputError | Path]:
    """One argument's inputs; a folder is yielded (as a Path) before its files."""
    if arg == STDIN:
        yield stdin_input()
        return
    path = Path(arg)
    if path.is_dir():
        yield path
        yield from walk(path)
        return
    if path.is_file():
        item = classify(path, arg)
        yield item if item is not None else _unknown_type(path)
        return
    if path.exists():
        yield InputError("not a regular file or folder; give files or folders", where=arg)
        return
    if not _GLOB_CHARS & set(arg):
        yield InputError("no such file or directory; check the path", where=arg)
        return
    matches = sorted(glob.glob(arg, recursive=True))  # noqa: PTH207 (absolute patterns too)
    if not matches:
        yield InputError("no file matches this pattern", where=arg)
        return
    for match in matches:
        match_path = Path(match)
        if match_path.is_dir():
            yield match_path
            yield from walk(match_path)
        elif match_path.is_file():
            item = classify(match_path)
            if item is not None:
                yield item


def inputs(args: Sequence[str]) -> Inputs:
    """All inputs of the arguments (each file once, first position wins) and the folders given."""
    seen: set[Path] = set()
    items: list[InputFile | InputError] = []
    folders: list[Path] = []
    stdin_seen = False
    for arg in args:
        for found in _expand(arg):
            if isinstance(found, Path):
                folders.append(found.resolve())
                continue
            if isinstance(found, InputFile):
                if found.path is None:
                    if stdin_seen:
                        continue
                    stdin_seen = True
                else:
                    key = found.real or found.path.resolve()
                    if key in seen:
                        continue
                    seen.add(key)
                    if found.real is None:
                        found = replace(found, real=key)
            items.append(found)
    return Inputs(tuple(items), tuple(dict.fromkeys(folders)))
