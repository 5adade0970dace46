"""Reading articles: .txt/.md with optional front matter, .html, .jsonl collections, and stdin.

The article body is the text evidence offsets point into: for text files the text after the
front matter (line endings normalised to ``\\n``, a BOM dropped), for Markdown that text
without its markup (:mod:`dipld.mdtext`), for HTML the article's text rebuilt from its
paragraphs without the page around it (:mod:`dipld.htmlpage`), for JSON lines the ``text``
field (or ``body``, ``content``, or an HTML page in ``html``).

>>> a = parse_text("title: Talks\\ndate: 2022-09-02\\n---\\nMinsk met Moscow.\\n", "x/talks.txt")
>>> a.id, a.title, a.date, a.body
('talks', 'Talks', datetime.date(2022, 9, 2), 'Minsk met Moscow.\\n')
>>> d = parse_text("Minsk, 2 September 2022 (TDI): The minister met.", "seed.txt")
>>> d.dateline, d.date, d.publisher
('Minsk', datetime.date(2022, 9, 2), 'TDI')
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from dipld.errors import InputError, InputTooLarge
from dipld.htmlpage import HtmlPage, page_date
from dipld.iri import article_id_from_name, article_id_from_url, slugify
from dipld.mdtext import markdown_text
from dipld.model import Article
from dipld.temporal import parse_date


class ArticleFormat(StrEnum):
    """The article formats dipld reads, by file extension."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    JSONL = "jsonl"


EXTENSIONS: dict[str, ArticleFormat] = {
    ".txt": ArticleFormat.TEXT,
    ".md": ArticleFormat.MARKDOWN,
    ".markdown": ArticleFormat.MARKDOWN,
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
# "Kyiv, November 20. Ukrinform. ", "YEREVAN, NOVEMBER 24, ARMENPRESS. " (a month in capitals)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’\- ]{1,40}?)(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30}?)?\s*,\s*"
    r"(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][A-Za-z]+\.?(?:,?\s+\d{4})?|[A-Z][A-Za-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
    r"\d{4}-\d{2}-\d{2}))"
    r"(?:\s*(?:\((?P<pub>[^()\n]{1,40})\))?\s*(?::|--|[-–—])|\.\s*/(?P<agency>[A-Za-z-]{2,15})/\.|"
    # "New Delhi, Sep 23 (PTI) India on Friday ...": the agency's name ends it
    r"[,.]\s+(?P<wire>[A-Z][A-Za-z-]{1,15})\.|\s*\((?P<pub2>[^()\n]{1,40})\)(?=\s+[A-Z]))\s+"
)
# "ANKARA (AA) - ", "NEW DELHI: ", "ASTANA. KAZINFORM - " (the agency after a full stop)
_DATELINE_NO_DATE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’\- ]{2,30}(?<!\s))(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30}?)?\s*"
    r"(?:\((?P<pub>[^()\n]{1,40})\)|\.\s+(?P<wire>[A-Z][A-Za-z-]{1,15}))?\s*(?::|[-–—])\s+"
)
# "Johannesburg - President Ramaphosa ...", "New Delhi: Prime Minister ...": a city in mixed case
# before a dash or colon and a capitalised word (the extractor uses it only if the KB knows the
# city; not "Spokesperson Mao Ning: China ...", "Question: ...")
_DATELINE_MIXED = re.compile(
    r"^(?P<place>(?!(?:Spokesperson|Spokesman|Spokeswoman|Question|Answer|Note|Update|Editor|"
    r"Source|Photo|Statement|Readout|Minister|President|Secretary|Q|A)\b)[A-Z][a-z'’]+(?:[ -][A-Z]"
    r"[a-z'’]+){0,2})(?:,\s+[A-Z][A-Za-z.]{0,10})?\s*(?::|\s[-–—])\s+(?=[A-Z])"
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


# file signatures of binary formats saved under a text extension
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# <meta charset="..."> and <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# what browsers decode a declared charset as (the WHATWG Encoding Standard's labels)
_CHARSET_AS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "unicode": "utf-16",
}


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its start, as written."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def decode(data: bytes, where: str, *, html: bool = False) -> str:
    """Decode UTF-8 (BOM allowed; UTF-16 with a BOM too), refusing binary data with a clear
    message. An HTML page may declare another charset (``<meta charset="windows-1251">``)."""
    if not data.strip():
        raise InputError("empty input; an article needs text", where=where)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary data ({kind}); expected a text article", where=where)
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    declared = declared_charset(data) if html and encoding is None else None
    if declared and declared not in {"utf-8", "utf8"}:
        try:
            encoding = codecs.lookup(_CHARSET_AS.get(declared, declared)).name
        except LookupError:
            raise InputError(
                f"the page declares charset {declared!r}, which is not a known encoding; "
                "convert the file to UTF-8",
                where=where,
            ) from None
    if encoding is None and b"\x00" in data[:8192]:
        raise InputError("binary data (NUL bytes); expected a UTF-8 text article", where=where)
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        if declared and encoding:
            message = (
                f"not {declared} as the page declares (invalid byte at offset {exc.start}); "
                "fix its <meta charset> or convert the file to UTF-8"
            )
        elif encoding == "utf-16":
            message = f"not UTF-16 as its byte order mark says (at offset {exc.start})"
        else:
            message = (
                f"not UTF-8 (invalid byte at offset {exc.start}); convert the file to UTF-8"
                + (" or declare its charset in a <meta charset> tag" if html else "")
            )
        raise InputError(message, where=where) from None
    text = text.removeprefix("\ufeff")
    if len(_CONTROLS.findall(text, 0, 8192)) > 8:
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
    value = page_date(raw)
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
        publisher = m.group("pub") or m.group("pub2") or m.group("agency") or m.group("wire") or ""
        return place.title() if place.isupper() else place, date, publisher.strip() or None
    first_line = head.split("\n", 1)[0].strip()
    if (line := _FIRST_LINE_DATE.match(first_line)) is not None:
        return None, parse_date(line.group("date")), None
    m = _DATELINE_NO_DATE.match(head)
    if m:
        place = m.group("place").strip().title()
        return place, None, (m.group("pub") or m.group("wire") or "").strip() or None
    m = _DATELINE_MIXED.match(head)
    if m:
        return m.group("place"), None, None
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


def parse_text(
    text: str, source: str, raw: bytes | None = None, *, markdown: bool = False
) -> Article:
    """An article from .txt/.md text with optional front matter; Markdown loses its markup
    (see :mod:`dipld.mdtext`), and a first-level heading it opens with is the title when the
    front matter gives none (or the same one)."""
    meta, body, _ = _split_front_matter(text)
    if markdown and body.strip():
        body, heading = markdown_text(body)
        if heading and not body.strip():
            raise InputError("no article text after the headline", where=source)
        if heading and not meta.get("title"):
            meta["title"] = heading
        elif heading and heading.casefold() != meta["title"].casefold():
            body = f"{heading}\n\n{body}"
    return build_article(body, source, meta, raw if raw is not None else text.encode(), source)


# ---- HTML -------------------------------------------------------------------------------------


def parse_html(text: str, source: str, raw: bytes) -> Article:
    """An article from an HTML page: its main text (see :mod:`dipld.htmlpage`), its headline,
    publication date, URL, publisher and language from the page's metadata."""
    try:
        page = HtmlPage.read(text)
    except (ValueError, AssertionError, RecursionError) as exc:  # html.parser is lenient
        raise InputError(f"unreadable HTML ({exc})", where=source) from exc
    if not page.text.strip():
        raise InputError(
            "no article text in the HTML page (only scripts, styles, navigation or page "
            "furniture); save the article's own page, or its text as .txt",
            where=source,
        )
    meta: dict[str, str] = {}
    if page.title:
        meta["title"] = page.title
    if page.date:
        parsed = page_date(page.date)
        if parsed:
            meta["date"] = parsed.isoformat()
    if page.url:
        meta["url"] = page.url
    if page.publisher:
        meta["publisher"] = page.publisher
    if page.language:
        meta["language"] = page.language
    return build_article(page.text, source, meta, raw, source)


# ---- JSON lines -------------------------------------------------------------------------------


# The keys a JSON-lines record may give its text and metadata by, first found first: the names
# of dipld's front matter, then those of common crawl and scraper exports (news-please,
# JSON-LD, feed readers).
JSONL_TEXT_KEYS = ("text", "body", "content", "maintext", "article_text")
JSONL_META_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id"),
    "title": ("title", "headline"),
    "date": (
        "date",
        "published",
        "published_at",
        "publishedAt",
        "date_published",
        "datePublished",
        "date_publish",
        "pubdate",
        "publication_date",
    ),
    "url": ("url", "link", "canonical_url"),
    "publisher": ("publisher", "site_name"),
    "language": ("language", "lang", "inLanguage"),
}


def _jsonl_value(value: Any) -> str | None:
    """A metadata value as text: a string or number, or the name of an object
    (``"publisher": {"name": "Reuters"}``)."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _jsonl_article(record: Any, source: str, line_no: int, raw: bytes) -> Article:
    where = f"{source}:{line_no}"
    if not isinstance(record, dict):
        raise InputError("expected a JSON object with 'id' and 'text'", where=where)
    text_key = next(
        (k for k in JSONL_TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()),
        None,
    )
    html = record.get("html")
    if text_key is None and not (isinstance(html, str) and html.strip()):
        raise InputError(
            "missing or empty 'text' (the article's text; 'body', 'content' or 'html' will do too)",
            where=where,
        )
    meta: dict[str, str] = {}
    date_key = "date"
    for key, value in record.items():
        if key in FRONT_MATTER_KEYS and (text := _jsonl_value(value)) is not None:
            meta[key] = text
    for key, aliases in JSONL_META_KEYS.items():
        for alias in aliases:
            if key not in meta and (text := _jsonl_value(record.get(alias))) is not None:
                meta[key] = text
                date_key = alias if key == "date" else date_key
    if meta.get("date"):
        parsed = page_date(meta["date"])
        if parsed is None:
            raise InputError(
                f'{date_key!r} {meta["date"]!r} is not a date; use "date": "YYYY-MM-DD"',
                where=where,
            )
        meta["date"] = parsed.isoformat()
    if "id" not in meta and "url" not in meta:
        raise InputError("missing 'id' (or 'url') to name the article", where=where)
    name = meta.get("url") or f"{source}#{meta['id']}"
    if text_key is None:  # an HTML page: what the record says comes before what the page says
        page = parse_html(str(html), where, raw)
        page_meta = {
            "title": page.title,
            "date": page.date.isoformat() if page.date else None,
            "url": page.url,
            "publisher": page.publisher,
            "language": page.language,
        }
        for key, value in page_meta.items():
            if value and key not in meta:
                meta[key] = value
        return build_article(page.body, name, meta, raw, where)
    body = str(record[text_key]).replace("\r\n", "\n").replace("\r", "\n")
    return build_article(body, name, meta, raw, where)


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
        text = decode(data, source, html=fmt is ArticleFormat.HTML)
        if fmt is ArticleFormat.HTML:
            yield parse_html(text, source, data)
        else:
            yield parse_text(text, source, data, markdown=fmt is ArticleFormat.MARKDOWN)
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
