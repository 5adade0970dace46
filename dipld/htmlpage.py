"""Reading an HTML page: its article text (not its menus, banners and lists of other stories)
and its metadata (headline, publication date, URL, publisher, language).

The text is rebuilt from the page's blocks, one paragraph, heading, list item or table cell a
line (a ``<br>`` starts a new line), with paragraphs separated by a blank line.

>>> page = HtmlPage.read(
...     "<html lang='en-GB'><head><meta property='og:title' content='Talks | Site'>"
...     "<meta property='og:site_name' content='Site'></head><body><nav>Home</nav>"
...     "<article><h1>Talks</h1><time datetime='2022-09-02'>2 September</time>"
...     "<p>Minsk met Moscow.</p><ul class='share'><li>Share</li></ul></article></body></html>")
>>> page.text, page.title, page.date, page.publisher, page.language
('Minsk met Moscow.\\n', 'Talks', '2022-09-02', 'Site', 'en')
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from dipld.temporal import parse_date

# Elements whose text is never article text.
_SKIP = frozenset(
    "script style noscript template svg math button select iframe figure dialog object canvas "
    "audio video map textarea option datalist".split()
)
# Elements that hold page furniture.
_FURNITURE_TAGS = frozenset("nav header footer aside menu".split())
# Elements that start and end a line of text.
_BLOCK = frozenset(
    "p h1 h2 h3 h4 h5 h6 li ul ol dl dd dt blockquote pre div section article main br hr tr td "
    "th table thead tbody tfoot caption figcaption address center details summary fieldset "
    "legend body html".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Elements without an end tag: never pushed on the stack of open elements.
_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)
# ARIA roles of page furniture.
_SKIP_ROLES = frozenset(
    "navigation banner contentinfo complementary search dialog alertdialog menu menubar "
    "toolbar tablist tooltip".split()
)
# Words of class and id attributes that mark page furniture inside a page's main part:
# cookie and consent banners, share buttons, lists of related stories, tags, bylines, dates.
_FURNITURE_WORDS = frozenset(
    """nav navbar navigation menu menubar breadcrumb breadcrumbs crumbs footer colophon sidebar
    cookie cookies consent gdpr onetrust share sharing sharethis social socials related
    recommended recommendations recirculation promo advert advertisement ad ads newsletter
    subscribe subscription signup comments comment tags tag taglist byline author authors
    skip skiplink feedback pagination pager popup modal toolbar widget trending mostread
    readnext meta metadata date dates time timestamp dateline banner""".split()
)
_FURNITURE_PHRASES = ("sr-only", "visually-hidden", "screen-reader", "read-next", "most-read")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
# Headings after which a page lists other stories: the article ends before them.
_MORE_STORIES = re.compile(
    r"(?:more (?:from|on|in|by) .{1,40}|(?:more|related|recommended|latest|other|top|"
    r"popular|trending|similar)(?: (?:stories|news|articles|content|links|coverage|posts|"
    r"reading|items|videos|releases|topics))?|read (?:more|next|also)|see also|also read|"
    r"most (?:read|popular|viewed)|you (?:may|might) also (?:like|be interested in)|"
    r"in other news|further reading|what to read next|explore (?:more|the topic))[\s:.]*",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
# Characters that are invisible in a page and would split or glue words: soft hyphens,
# zero-width spaces, word joiners, byte order marks.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
_ARTICLE_TYPES = frozenset(
    "NewsArticle Article ReportageNewsArticle AnalysisNewsArticle BackgroundNewsArticle "
    "OpinionNewsArticle BlogPosting Report PressRelease LiveBlogPosting".split()
)
_DATE_META = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "article.published",
    "publish-date",
    "publishdate",
    "pubdate",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "govuk:first-published-at",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
)
_TITLE_SEPARATORS = re.compile(r"\s+[|–—•·:-]\s+|\s+-\s*|\s*\|\s*")
_VISIBLE_DATE_PREFIX = re.compile(
    r"^(?:published|posted|date|updated|last updated|released|issued)\s*(?:on)?\s*:?\s*",
    re.IGNORECASE,
)
_VISIBLE_DATE_TIME = re.compile(
    r"[\s,|]*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?"
    r"(?:\s*(?:GMT|UTC)?\s*[+-]\d{1,2}(?::?\d{2})?)?$",
    re.IGNORECASE,
)


def page_date(value: str) -> dt.date | None:
    """A publication date as pages write it in their metadata or next to their headline:
    ISO 8601, ``2024/03/14``, ``14.03.2024``, RFC 2822, or a written date with a time after
    it (``21 February 2024 16:05``, ``Updated: January 19, 2024 23:15``).

    >>> [page_date(s) for s in ("14.03.2024", "Tue, 14 Mar 2023 10:00:00 GMT", "May 5")]
    [datetime.date(2024, 3, 14), datetime.date(2023, 3, 14), None]
    """
    text = _SPACES.sub(" ", value).strip()
    if not text or len(text) > 80:
        return None
    found = parse_date(text)
    if found:
        return found
    m = re.fullmatch(
        r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T].*)?|(\d{1,2})\.(\d{1,2})\.(\d{4})", text
    )
    if m:
        y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(6, 5, 4)
        try:
            return dt.date(int(y), int(mo), int(d))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    text = _VISIBLE_DATE_PREFIX.sub("", text)
    text = _VISIBLE_DATE_TIME.sub("", text).strip(" ,|")
    return parse_date(text) if text else None


@dataclass(slots=True)
class _Block:
    """One line of a page's text, with what the reader needs to judge it."""

    segments: list[tuple[str, tuple[int, ...], bool]]  # (text, furniture elements, in a link)
    main: bool  # inside <main> (or role=main)
    article: int  # the outermost <article> it is in, or -1
    heading: str  # "h1".."h6" or ""
    tag: str  # the element it is the text of
    time_only: bool  # all its text is a <time> element's
    line_break: bool  # a <br> started it
    text: str = ""  # all its text
    kept: str = ""  # its text without the furniture inside it
    relaxed: str = ""  # its text without the furniture by kind (<nav>, <footer>) inside it
    relaxed_links: int = 0
    links: int = 0  # characters of ``kept`` inside links

    @property
    def furniture(self) -> bool:
        return not self.kept

    @property
    def links_heavy(self) -> bool:
        return self.links * 2 > len(self.kept.replace(" ", ""))


@dataclass(slots=True)
class _Open:
    tag: str
    skip: bool  # cumulative: text inside is never article text
    furniture: tuple[int, ...]  # the furniture elements it is in
    main: bool
    article: int


def _furniture(tag: str, attrs: dict[str, str]) -> int:
    """0 if an element is no page furniture, 2 if it is by its kind (<nav>, role=banner),
    1 if by its class or because it is hidden (a wrapper may be marked so)."""
    if tag in _FURNITURE_TAGS or attrs.get("role", "").lower() in _SKIP_ROLES:
        return 2
    return 1 if _marked(attrs) else 0


def _marked(attrs: dict[str, str]) -> bool:
    if (
        "hidden" in attrs
        or attrs.get("aria-hidden", "").lower() == "true"
        or "data-nosnippet" in attrs
        or "display:none" in attrs.get("style", "").replace(" ", "").lower()
    ):
        return True
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}"
    if not names.strip():
        return False
    names = _CAMEL.sub(r"\1 \2", names).lower()  # "PagePromo-title": page, promo, title
    if any(phrase in names for phrase in _FURNITURE_PHRASES):
        return True
    return any(word in _FURNITURE_WORDS for word in _WORD_SPLIT.split(names))


class _PageParser(HTMLParser):
    """Collects the blocks of a page and its metadata in one pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = [_Open("#root", False, (), False, -1)]
        self.open_tags: dict[str, int] = {}  # how many of each element are open
        self.blocks: list[_Block] = []
        self.segments: list[tuple[str, tuple[int, ...], bool]] = []
        self.furniture_count = 0
        self.hard: set[int] = set()  # furniture by its kind, never a wrapper
        self.link_depth = 0
        self.time_depth = 0
        self.time_chars = 0
        self.heading = ""
        self.line_break = False
        self.articles = 0
        self.title: str | None = None
        self.in_title = False
        self.json_ld: list[str] = []
        self.in_json_ld = False
        self.meta: dict[str, str] = {}
        self.times: list[tuple[bool, str]] = []  # (marked as the publication time, datetime)
        self.language: str | None = None

    # -- elements ------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self._meta(a)
            return
        if tag == "html" and a.get("lang") and self.language is None:
            self.language = a["lang"]
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.meta.setdefault("canonical", a["href"].strip())
        if tag == "time" and a.get("datetime"):
            marked = (
                a.get("itemprop", "").lower() == "datepublished"
                or "publish" in (a.get("class", "")).lower()
            )
            self.times.append((marked or "pubdate" in a, a["datetime"]))
        if tag == "title" and not self.stack[-1].skip:
            self.in_title = True
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.in_json_ld = True
            self.json_ld.append("")
        if tag in _VOID:
            if tag in {"br", "hr"}:
                self._flush()
                self.line_break = tag == "br"
            return
        top = self.stack[-1]
        role = a.get("role", "").lower()
        furniture = top.furniture
        kind = _furniture(tag, a)
        if kind and len(furniture) < 32:  # (deeper ones are furniture anyway)
            furniture += (self.furniture_count,)
            if kind == 2:
                self.hard.add(self.furniture_count)
            self.furniture_count += 1
        article = top.article
        if (tag == "article" or role == "article") and article < 0:
            article = self.articles
            self.articles += 1
        if tag in _BLOCK:
            self._flush()
        self.open_tags[tag] = self.open_tags.get(tag, 0) + 1
        self.stack.append(
            _Open(
                tag,
                top.skip or tag in _SKIP,
                furniture,
                top.main or tag == "main" or role == "main",
                article,
            )
        )
        if tag == "a" and a.get("href") is not None:
            self.link_depth += 1
        if tag == "time":
            self.time_depth += 1
        if tag in _HEADINGS:
            self.heading = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_json_ld = False
        if tag in _VOID or not self.open_tags.get(tag):
            return  # an end tag without its start tag: ignored, as browsers do
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                break
        else:
            return  # an end tag without its start tag: ignored, as browsers do
        if tag in _BLOCK or any(o.tag in _BLOCK for o in self.stack[depth:]):
            self._flush()
        for closed in self.stack[depth:]:
            self.open_tags[closed.tag] -= 1
            if closed.tag == "a" and self.link_depth:
                self.link_depth -= 1
            elif closed.tag == "time" and self.time_depth:
                self.time_depth -= 1
            elif closed.tag in _HEADINGS:
                self.heading = ""
        del self.stack[depth:]

    def handle_data(self, data: str) -> None:
        if self.in_json_ld:
            self.json_ld[-1] += data
            return
        if self.in_title:
            self.title = (self.title or "") + data
            return
        top = self.stack[-1]
        if top.skip:
            return
        self.segments.append((data, top.furniture, self.link_depth > 0))
        if self.time_depth:
            self.time_chars += len(data.strip())

    def close(self) -> None:
        if self.rawdata.lstrip().startswith("<!--"):  # a comment the page never closed
            self.rawdata = ""
        super().close()

    def _meta(self, a: dict[str, str]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower().strip()
        if key and a.get("content") and key not in self.meta:
            self.meta[key] = a["content"].strip()
        if a.get("http-equiv", "").lower() == "content-language" and a.get("content"):
            self.meta.setdefault("content-language", a["content"])

    def _flush(self) -> None:
        if self.segments:
            text = _clean("".join(t for t, _, _ in self.segments))
            if text:
                top = self.stack[-1]
                self.blocks.append(
                    _Block(
                        segments=self.segments,
                        main=top.main,
                        article=top.article,
                        heading=self.heading,
                        tag=top.tag,
                        time_only=self.time_chars >= len(text.replace(" ", "")),
                        line_break=self.line_break,
                        text=text,
                    )
                )
        self.segments = []
        self.time_chars = 0
        self.line_break = False

    def judge(self) -> None:
        """Work out each block's text without furniture: an element marked as furniture by
        its class (or a <form>, or hidden) that holds at least half of the page's text outside
        links is a wrapper, not furniture (``<body class="single-author">``, ``<form
        id="aspnetForm">``, a page saved with a dialog open)."""
        held: dict[int, int] = {}
        total = 0
        for block in self.blocks:
            for text, furniture, link in block.segments:
                if link:
                    continue
                size = len(text.strip())
                total += size
                for element in furniture:
                    held[element] = held.get(element, 0) + size
        wrappers = {e for e, size in held.items() if size * 2 >= total and e not in self.hard}
        for block in self.blocks:
            kept = []
            relaxed = []
            links = relaxed_links = 0
            for text, furniture, link in block.segments:
                if all(element in wrappers for element in furniture):
                    kept.append(text)
                    if link:
                        links += len(text.strip())
                if not any(element in self.hard for element in furniture):
                    relaxed.append(text)
                    if link:
                        relaxed_links += len(text.strip())
            block.kept = _clean("".join(kept))
            block.relaxed = _clean("".join(relaxed))
            block.links = links
            block.relaxed_links = relaxed_links


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_INVISIBLE)).strip()


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """The article text and metadata of an HTML page (metadata as written, or None)."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    notes: tuple[str, ...] = field(default=())

    @classmethod
    def read(cls, html: str) -> HtmlPage:
        parser = _PageParser()
        parser.feed(html)
        parser.close()
        parser._flush()
        parser.judge()
        return _page(parser)


def _json_ld_items(texts: list[str]) -> Iterator[dict[str, Any]]:
    for text in texts:
        try:
            data = json.loads(text.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        todo: list[Any] = [data]
        seen = 0
        while todo and seen < 200:
            item = todo.pop(0)
            seen += 1
            if isinstance(item, list):
                todo.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    todo.extend(item["@graph"])


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    if isinstance(kind, str):
        return {kind}
    return {k for k in kind if isinstance(k, str)} if isinstance(kind, list) else set()


def _name(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _strip_site(title: str, sites: list[str], heading: str | None) -> str:
    """A headline without the site name pages append to their titles ("Talks | The White
    House"), or the page's heading when the title is that heading plus more."""
    if heading and title != heading and title.startswith(heading):
        rest = title[len(heading) :]
        if _TITLE_SEPARATORS.match(rest):
            return heading
    for site in sites:
        folded = site.casefold()
        for m in _TITLE_SEPARATORS.finditer(title):
            if m.start() and title[m.end() :].strip().casefold() == folded:
                return title[: m.start()].strip()
            if title[: m.start()].strip().casefold() == folded and title[m.end() :].strip():
                return title[m.end() :].strip()
    return title


def _page(p: _PageParser) -> HtmlPage:
    items = list(_json_ld_items(p.json_ld))
    article_ld = next((i for i in items if _types(i) & _ARTICLE_TYPES), {})
    region = _region(p.blocks)
    kept, heading = _body(region)
    # metadata: structured data first, then <meta> tags, then what the page shows
    sites = [s for s in (p.meta.get("og:site_name"), _name(article_ld.get("publisher"))) if s]
    organizations = {"Organization", "NewsMediaOrganization", "GovernmentOrganization"}
    sites += [_name(i) or "" for i in items if _types(i) & organizations and _name(i)]
    title = next(
        (
            _clean(t)
            for t in (
                _name(article_ld.get("headline")),
                p.meta.get("og:title"),
                p.meta.get("twitter:title"),
                heading,
                p.title,
            )
            if t and _clean(t)
        ),
        None,
    )
    if title:
        title = _strip_site(title, sites, heading)
    date = _date(p, article_ld, items, region)
    url = next(
        (
            u.strip()
            for u in (
                p.meta.get("og:url"),
                p.meta.get("canonical"),
                _url_of(article_ld),
            )
            if u and re.fullmatch(r"https?://[^\s<>\"']+", u.strip())
        ),
        None,
    )
    publisher = sites[0] if sites else None
    language = p.language or p.meta.get("content-language") or p.meta.get("og:locale")
    if language:
        language = re.split(r"[-_,;\s]", language.strip(), maxsplit=1)[0].lower() or None
    return HtmlPage(
        text=_text(kept, title),
        title=title,
        date=date,
        url=url,
        publisher=publisher,
        language=language,
    )


def _url_of(item: dict[str, Any]) -> str | None:
    for key in ("url", "mainEntityOfPage"):
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str):
            return value
    return None


def _date(
    p: _PageParser, article_ld: dict[str, Any], items: list[dict[str, Any]], region: list[_Block]
) -> str | None:
    candidates: list[Any] = [article_ld.get("datePublished")]
    candidates += [p.meta.get(key) for key in _DATE_META]
    candidates += [i.get("datePublished") for i in items]
    candidates += [t for marked, t in p.times if marked]
    candidates += [t for _, t in p.times]
    candidates += [p.meta.get("article:modified_time"), article_ld.get("dateModified")]
    for value in candidates:
        if isinstance(value, str) and page_date(value):
            return value.strip()
    # a date shown next to the headline: "Published 4 December 2023"
    for block in region:
        if page_date(block.text):
            return block.text
    for block in p.blocks:
        if (block.furniture or block.time_only) and page_date(block.text):
            return block.text
    return None


def _body(region: list[_Block]) -> tuple[list[_Block], str | None]:
    """The blocks of a page's article text, and its headline (its first <h1> there)."""
    keep = [_is_text(b) for b in region]
    if not any(keep):  # nothing left but furniture: better its sentences than nothing
        for b in region:
            b.kept, b.links = b.relaxed, b.relaxed_links
        keep = [len(b.kept) >= 40 and not b.time_only and not b.links_heavy for b in region]
    # a label of a list of links, or of page furniture, that was left out ("See also", "Other
    # news", "Geography", "Share"); the last of a run of dropped blocks decides
    text = list(keep)
    for i in range(len(region) - 1):
        if text[i] and not text[i + 1] and _is_label(region[i]):
            keep[i] = False
    for i, b in enumerate(region):  # "More from AP News", "Related stories": the end
        # (not a label inside an <aside> or other furniture: the article goes on after it)
        if (
            not b.furniture
            and (b.heading or _is_label(b))
            and _MORE_STORIES.fullmatch(b.text)
            and any(keep[:i])
        ):
            keep[i:] = [False] * (len(region) - i)
            break
    kept = [b for b, k in zip(region, keep, strict=True) if k]
    while kept and kept[-1].heading:
        kept.pop()  # a heading with nothing after it
    h1 = next((b for b in kept if b.heading == "h1"), None)
    heading = h1.kept if h1 else None
    if h1 is not None:
        at = kept.index(h1)
        # what comes before the headline is a kicker, a label or breadcrumbs ("Readout",
        # "Press release"); the headline itself is the title, not the first paragraph
        if all(len(b.kept) < 80 for b in kept[:at]):
            kept = kept[at + 1 :]
    else:
        heading = next((b.kept for b in region if b.heading == "h1"), None)
    return kept, heading


def _is_text(block: _Block) -> bool:
    if block.furniture or block.time_only or block.links_heavy:
        return False
    # a date on its own ("Published 4 December 2023", "21 February 2024 16:05") is metadata
    return len(block.kept) > 80 or page_date(block.kept) is None


def _is_label(block: _Block) -> bool:
    """A short line that is no sentence: a heading, or a few words without a full stop."""
    text = block.kept
    if len(text) > 60 or block.line_break or block.tag in {"td", "th"}:
        return False
    return bool(block.heading) or text[-1:] not in '.!?:;"”’)'


def _text(kept: list[_Block], title: str | None) -> str:
    if title:  # the headline repeated above the first paragraph (an <h2> under an <h1> logo)
        folded = _clean(title).casefold()
        for at, b in enumerate(kept[:4]):
            if b.kept.casefold() == folded and all(len(x.kept) < 80 for x in kept[:at]):
                kept = kept[at + 1 :]
                break
    lines: list[str] = []
    for b in kept:
        if lines:
            lines.append("\n" if b.line_break else "\n\n")
        lines.append(b.kept)
    return "".join(lines) + ("\n" if lines else "")


def _region(blocks: list[_Block]) -> list[_Block]:
    """The blocks of the page's main part: its <main> or <article>; of the <article>s, the one
    that holds most of the text (other <article>s are teasers of other stories)."""

    def size(bs: list[_Block]) -> int:
        return sum(len(b.kept) for b in bs if not b.furniture and not b.links_heavy)

    main = [b for b in blocks if b.main]
    in_articles = [b for b in blocks if b.article >= 0]
    if not in_articles:
        return main or blocks
    reference = size(main) if main else size(in_articles)
    by_article: dict[int, list[_Block]] = {}
    for b in in_articles:
        by_article.setdefault(b.article, []).append(b)
    best = max(by_article.values(), key=size)
    if size(best) * 2 < reference:
        return main or in_articles
    first = blocks.index(best[0])
    # the article, and what its <main> shows before it (a headline or lead outside it)
    return [b for b in blocks[:first] if b.main and b.article < 0] + best
