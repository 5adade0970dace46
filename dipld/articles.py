"""Reading articles: .txt/.md with optional front matter, .html, .jsonl collections, and stdin.

The article body is the text evidence offsets point into: for text files the text after the
front matter (line endings normalised to ``\\n``, a BOM dropped), for HTML the main text
rebuilt from its paragraphs, for JSON lines the ``text`` field.

>>> a = parse_text("title: Talks\\ndate: 2022-09-02\\n---\\nMinsk met Moscow.\\n", "x/talks.txt")
>>> a.id, a.title, a.date, a.body
('talks', 'Talks', datetime.date(2022, 9, 2), 'Minsk met Moscow.\\n')
>>> d = parse_text("Minsk, 2 September 2022 (TDI): The minister met.", "seed.txt")
>>> d.dateline, d.date, d.publisher
('Minsk', datetime.date(2022, 9, 2), 'TDI')
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from dipld.errors import InputError, InputTooLarge
from dipld.iri import article_id_from_name, article_id_from_url, slugify
from dipld.model import Article
from dipld.temporal import parse_date


class ArticleFormat(StrEnum):
    """The article formats dipld reads, by file extension."""

    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"


EXTENSIONS: dict[str, ArticleFormat] = {
    ".txt": ArticleFormat.TEXT,
    ".md": ArticleFormat.TEXT,
    ".markdown": ArticleFormat.TEXT,
    ".text": ArticleFormat.TEXT,
    ".html": ArticleFormat.HTML,
    ".htm": ArticleFormat.HTML,
    ".jsonl": ArticleFormat.JSONL,
    ".ndjson": ArticleFormat.JSONL,
}

FRONT_MATTER_KEYS = frozenset(
    {
        "title",
        "date",
        "url",
        "publisher",
        "language",
        "lang",
        "source",
        "license",
        "licence",
        "author",
        "id",
        "dateline",
        "place",
    }
)

_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z_-]*)\s*:\s?(?P<value>.*)$")
_URL = re.compile(r"https?://[^\s()<>\"']+")
# "Minsk, 2 September 2022 (TDI): ", "MINSK, 14 March (BelTA) - ", "BEIJING, March 14 (Xinhua)
# -- ", "MOSCOW, March 14. /TASS/. ", "Yerevan, March 14, ARMENPRESS. " (a date without its
# year dates nothing: the front matter's date does)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’\- ]{1,40}?)(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30}?)?\s*,\s*"
    r"(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?(?:,?\s+\d{4})?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
    r"\d{4}-\d{2}-\d{2}))"
    r"(?:\s*(?:\((?P<pub>[^()\n]{1,40})\))?\s*(?::|--|[-–—])|\.\s*/(?P<agency>[A-Za-z-]{2,15})/\.|"
    r",\s+(?P<wire>[A-Z][A-Za-z-]{1,15})\.)\s+"
)
_DATELINE_NO_DATE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{2,30})(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30}?)?\s*"
    r"(?:\((?P<pub>[^()\n]{1,40})\))?\s*(?::|[-–—])\s+"
)
# "March 3, 2023", "3 March 2023, 23:30", "March 3, 2023 / 23:30 / The Kremlin, Moscow": the
# local date the page gives (its time and place after it)
_FIRST_LINE_DATE = re.compile(
    r"^(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    r"(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))"
    r"(?:\s*[,/|–-]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[/|,]\s*[^\d\n]{1,60})?)?\s*$"
)


@dataclass(frozen=True, slots=True)
class Limits:
    """Input limits (the ``max_article_bytes`` setting)."""

    max_bytes: int = 4 << 20


def content_hash(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def decode(data: bytes, where: str) -> str:
    """Decode UTF-8 (BOM allowed), refusing binary data with a clear message."""
    if not data.strip():
        raise InputError("empty input; an article needs text", where=where)
    if b"\x00" in data[:8192]:
        raise InputError("binary data (NUL bytes); expected a UTF-8 text article", where=where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (invalid byte at offset {exc.start}); convert the file to UTF-8",
            where=where,
        ) from None
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 8:
        raise InputError("binary data (control characters); expected a text article", where=where)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_front_matter(text: str) -> tuple[dict[str, str], str, bool]:
    """(front matter, body, had_front_matter). Supports ``key: value`` lines closed by ``---``,
    optionally opened by ``---`` too."""
    lines = text.split("\n")
    start = 1 if lines and lines[0].strip() == "---" else 0
    meta: dict[str, str] = {}
    for i in range(start, min(len(lines), start + 60)):
        line = lines[i]
        if line.strip() == "---":
            if not meta and start == 0:
                return {}, text, False
            body = "\n".join(lines[i + 1 :])
            return meta, body, True
        m = _KEY_LINE.match(line)
        if not m or m.group("key").lower() not in FRONT_MATTER_KEYS:
            if start and line.strip() == "":
                continue
            return {}, text, False
        meta[m.group("key").lower()] = m.group("value").strip().strip('"').strip("'")
    return {}, text, False


def _front_date(raw: str, where: str) -> dt.date:
    value = parse_date(raw)
    if value is None:
        raise InputError(
            f"front-matter date {raw!r} is not a date; use date: YYYY-MM-DD", where=where
        )
    return value


def _dateline(body: str) -> tuple[str | None, dt.date | None, str | None]:
    head = body.lstrip()[:200]
    m = _DATELINE.match(head)
    if m:
        date = parse_date(m.group("date"))
        place = m.group("place").strip()
        publisher = m.group("pub") or m.group("agency") or m.group("wire") or ""
        return place.title() if place.isupper() else place, date, publisher.strip() or None
    first_line = head.split("\n", 1)[0].strip()
    if (line := _FIRST_LINE_DATE.match(first_line)) is not None:
        return None, parse_date(line.group("date")), None
    m = _DATELINE_NO_DATE.match(head)
    if m:
        place = m.group("place").strip().title()
        return place, None, (m.group("pub") or "").strip() or None
    return None, None, None


def build_article(
    body: str,
    source: str,
    meta: dict[str, str],
    raw: bytes,
    where: str,
    *,
    default_id: str | None = None,
) -> Article:
    """An Article from a body and its metadata; the dateline fills what the metadata lacks."""
    if not body.strip():
        raise InputError("no article text after the front matter", where=where)
    url = meta.get("url")
    if not url and meta.get("source"):
        found = _URL.search(meta["source"])
        url = found.group(0) if found else None
    date = _front_date(meta["date"], where) if meta.get("date") else None
    place, line_date, publisher = _dateline(body)
    if meta.get("id"):
        article_id = slugify(meta["id"])
    elif url:
        article_id = article_id_from_url(url)
    else:
        article_id = default_id or article_id_from_name(source)
    return Article(
        id=article_id,
        source=url or source,
        body=body,
        title=meta.get("title") or None,
        date=date or line_date,
        url=url,
        publisher=meta.get("publisher") or publisher,
        language=(meta.get("language") or meta.get("lang") or "en").lower(),
        dateline=meta.get("dateline") or place,
        license=meta.get("license") or meta.get("licence"),
        content_hash=content_hash(raw),
    )


def parse_text(text: str, source: str, raw: bytes | None = None) -> Article:
    """An article from .txt/.md text with optional front matter."""
    meta, body, _ = _split_front_matter(text)
    return build_article(body, source, meta, raw if raw is not None else text.encode(), source)


# ---- HTML -------------------------------------------------------------------------------------

_SKIP = frozenset(
    {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "noscript",
        "template",
        "svg",
        "button",
        "select",
        "iframe",
        "figure",
        "menu",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "div",
        "section",
        "article",
        "main",
        "br",
        "tr",
        "dd",
        "dt",
        "figcaption",
        "td",
    }
)


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.blocks: list[tuple[int, str]] = []  # (main-depth flag, text)
        self.current: list[str] = []
        self.in_main = 0
        self.saw_main = False
        self.title: str | None = None
        self.in_title = False
        self.h1: str | None = None
        self.in_h1 = False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"]
            return
        if tag == "time" and a.get("datetime") and "time" not in self.meta:
            self.meta["time"] = a["datetime"]
        if tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta["canonical"] = a["href"]
        if tag in _SKIP or "hidden" in a:
            self.skip_depth += 1
            return
        if tag in {"main", "article"}:
            self.flush()
            self.in_main += 1
            self.saw_main = True
        if tag == "title":
            self.in_title = True
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCK:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag in _BLOCK or tag in {"main", "article"}:
            self.flush()
        if tag in {"main", "article"}:
            self.in_main = max(0, self.in_main - 1)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title = (self.title or "") + data
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1 = (self.h1 or "") + data
        self.current.append(data)

    def flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        self.current = []
        if text:
            self.blocks.append((1 if self.in_main else 0, text))


def parse_html(text: str, source: str, raw: bytes) -> Article:
    """An article from an HTML page: the main text (inside <main>/<article> when present)."""
    parser = _HtmlText()
    try:
        parser.feed(text)
        parser.close()
    except (ValueError, AssertionError) as exc:  # html.parser is lenient; guard anyway
        raise InputError(f"unreadable HTML ({exc})", where=source) from exc
    parser.flush()
    blocks = [t for flag, t in parser.blocks if flag or not parser.saw_main]
    heading = (parser.h1 or parser.title or "").strip()
    if blocks and heading and blocks[0] == re.sub(r"\s+", " ", heading):
        blocks = blocks[1:]
    body = "\n\n".join(blocks) + ("\n" if blocks else "")
    meta: dict[str, str] = {}
    title = parser.meta.get("og:title") or heading or (parser.title or "").strip()
    if title:
        meta["title"] = re.sub(r"\s+", " ", title)
    for key in ("article:published_time", "datepublished", "date", "dc.date", "time"):
        if key in parser.meta and parse_date(parser.meta[key]):
            meta["date"] = parser.meta[key]
            break
    url = parser.meta.get("og:url") or parser.meta.get("canonical")
    if url and _URL.fullmatch(url):
        meta["url"] = url
    if parser.meta.get("og:site_name"):
        meta["publisher"] = parser.meta["og:site_name"]
    return build_article(body, source, meta, raw, source)


# ---- JSON lines -------------------------------------------------------------------------------


def _jsonl_article(record: Any, source: str, line_no: int, raw: bytes) -> Article:
    where = f"{source}:{line_no}"
    if not isinstance(record, dict):
        raise InputError("expected a JSON object with 'id' and 'text'", where=where)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("missing or empty 'text'", where=where)
    meta = {
        k: str(v)
        for k, v in record.items()
        if k in FRONT_MATTER_KEYS and v is not None and not isinstance(v, dict | list)
    }
    if "id" not in meta and "url" not in meta:
        raise InputError("missing 'id' (or 'url') to name the article", where=where)
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    return build_article(body, meta.get("url") or f"{source}#{meta['id']}", meta, raw, where)


def parse_jsonl(
    text: str, source: str, limits: Limits = Limits()
) -> Iterator[Article | InputError]:
    """One article per non-empty line; a bad line yields its InputError and reading goes on."""
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        raw = line.encode("utf-8")
        if len(raw) > limits.max_bytes:
            yield InputTooLarge(
                f"line of {len(raw)} bytes is over the limit of {limits.max_bytes} bytes",
                where=f"{source}:{line_no}",
            )
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(
                f"not valid JSON ({exc.msg} at column {exc.colno})", where=f"{source}:{line_no}"
            )
            continue
        try:
            yield _jsonl_article(record, source, line_no, raw)
        except InputError as exc:
            yield exc


# ---- entry points -----------------------------------------------------------------------------


def format_of(name: str) -> ArticleFormat | None:
    return EXTENSIONS.get(Path(name).suffix.lower())


def read_bytes(
    data: bytes, source: str, fmt: ArticleFormat, limits: Limits = Limits()
) -> Iterator[Article | InputError]:
    """Every article in one input (a file's or stdin's bytes); errors are yielded, not raised."""
    if len(data) > limits.max_bytes and fmt is not ArticleFormat.JSONL:
        yield InputTooLarge(
            f"{len(data)} bytes is over the limit of {limits.max_bytes} bytes; raise "
            "--max-article-bytes / DIPLD_MAX_ARTICLE_BYTES or split the file",
            where=source,
        )
        return
    if fmt is ArticleFormat.JSONL:
        try:
            text = decode(data, source)
        except InputError as exc:
            yield exc
            return
        yield from parse_jsonl(text, source, limits)
        return
    try:
        text = decode(data, source)
        if fmt is ArticleFormat.HTML:
            yield parse_html(text, source, data)
        else:
            yield parse_text(text, source, data)
    except InputError as exc:
        yield exc


def read_path(
    path: Path, limits: Limits = Limits(), *, name: str | None = None
) -> Iterator[Article | InputError]:
    """Every article in one file, by its extension."""
    source = name or path.name
    fmt = format_of(path.name)
    if fmt is None:
        yield InputError(
            f"unknown article format {path.suffix or '(no extension)'!r}; "
            f"expected one of {', '.join(sorted(EXTENSIONS))}",
            where=str(path),
        )
        return
    try:
        size = path.stat().st_size
        if size > limits.max_bytes and fmt is not ArticleFormat.JSONL:
            yield InputTooLarge(
                f"{size} bytes is over the limit of {limits.max_bytes} bytes; raise "
                "--max-article-bytes / DIPLD_MAX_ARTICLE_BYTES",
                where=str(path),
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror or exc})", where=str(path))
        return
    for item in read_bytes(data, source, fmt, limits):
        if isinstance(item, InputError) and item.where == source:
            item = InputError(item.message, where=str(path))
        elif isinstance(item, Article) and item.source == source and name is None:
            item = replace(item, source=path.name)
        yield item
