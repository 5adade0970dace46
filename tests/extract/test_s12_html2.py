"""Reading articles as saved from the web (session 12): HTML pages of government and wire sites
with their menus, cookie banners, share buttons and lists of related stories; pages in a
declared charset; Markdown; JSON lines from scrapers; byte order marks, CRLF and hostile input.

The pages in fixtures/s12_html2/ are written for these tests, in the structure of the sites
they imitate (kremlin.ru, state.gov, whitehouse.gov, mid.ru, mfa.gov.cn, mea.gov.in, gov.uk,
a wire service)."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from dipld.articles import ArticleFormat, Limits, read_bytes, read_path
from dipld.errors import InputError
from dipld.extract import extract
from dipld.extract.text import sentences
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact
from dipld.sources import stdin_format

PAGES = Path(__file__).parent / "fixtures" / "s12_html2"


def one(path: Path) -> Article | InputError:
    items = list(read_path(path, Limits()))
    assert len(items) == 1
    return items[0]


def page(name: str) -> Article:
    article = one(PAGES / name)
    assert isinstance(article, Article), article
    return article


def from_bytes(data: bytes, name: str, fmt: ArticleFormat) -> Article | InputError:
    items = list(read_bytes(data, name, fmt, Limits()))
    assert len(items) == 1
    return items[0]


def html(data: str | bytes, name: str = "page.html") -> Article | InputError:
    raw = data.encode() if isinstance(data, str) else data
    return from_bytes(raw, name, ArticleFormat.HTML)


def text_of(data: str, name: str) -> Article:
    fmt = ArticleFormat.MARKDOWN if name.endswith(".md") else ArticleFormat.TEXT
    article = from_bytes(data.encode(), name, fmt)
    assert isinstance(article, Article), article
    return article


def facts_of(article: Article) -> list[Fact]:
    return extract(article, load_index())


def parties(fact: Fact) -> set[str]:
    roles = ("participant", "party", "actor", "holder", "member", "recipient")
    return {v.qid or v.label for role in roles for v in fact.get(role) if isinstance(v, Entity)}


def lines(article: Article) -> list[str]:
    return [line for line in article.body.split("\n") if line.strip()]


# ---- HTML pages: the article text, not the page around it ----------------------------------

# (page, its first line, words that must not be in the body: menus, banners, related stories)
PAGE_BODIES = [
    (
        "kremlin.html",
        "Vladimir Putin held talks in the Kremlin with President of Belarus Alexander "
        "Lukashenko, who is in Russia on a working visit.",
        [
            "Skip to main content",
            "Documents",
            "Geography",
            "Lukashenko Alexander",
            "Telegram",
            "See also",
            "Emmanuel Macron",
            "treaty on friendship",
            "Creative Commons",
            "15:40",
        ],
    ),
    (
        "state.html",
        "The below is attributable to Spokesperson Ned Price:",
        [
            "cookies",
            "Skip to content",
            "official website",
            "Policy Issues",
            "Readout",
            "Office of the Spokesperson",
            "March 2, 2023",
            "Related Articles",
            "Qin Gang",
            "ceasefire",
            "Twitter",
            "Inspector General",
        ],
    ),
    (
        "whitehouse.html",
        "One year ago, I welcomed President Yoon Suk Yeol of the Republic of Korea and Prime "
        "Minister Kishida Fumio of Japan to Camp David for the first stand-alone trilateral "
        "summit between our three countries.",
        [
            "Menu",
            "Briefing Room",
            "August 18, 2024",
            "Next Post",
            "Zelenskyy",
            "Germany",
            "Sign up",
            "Pennsylvania",
        ],
    ),
    (
        "govuk.html",
        "The UK and Kenya have signed a trade deal that will boost exports of goods.",
        [
            "Cookies",
            "cookies",
            "Skip to main content",
            "Home",
            "Press release",
            "From:",
            "4 December 2023",
            "Related content",
            "India",
            "CPTPP",
            "Is this page useful",
            "Print this page",
            "Crown copyright",
        ],
    ),
    (
        "reuters.html",
        "MANILA, July 8 (Reuters) - Japan and the Philippines signed a reciprocal access "
        "agreement on Monday that allows the deployment of troops on each other's soil, the "
        "two governments said.",
        [
            "Accept All Cookies",
            "Markets",
            "By Karen",
            "5:12 AM",
            "Advertisement",
            "Trust Principles",
            "Read Next",
            "naval drills",
            "Vietnam",
            "quotes delayed",
        ],
    ),
    (
        "mfa_cn.html",
        "On January 19, 2024 local time, Member of the Political Bureau of the CPC Central "
        "Committee and Foreign Minister Wang Yi held talks with Foreign Minister of Brazil "
        "Mauro Vieira in Brasilia.",
        [
            "About Us",
            "Home > News",
            "Updated",
            "Font",
            "Weibo",
            "Related News",
            "Egypt",
            "Tunisia",
            "Copyright",
            "Chaoyangmen",
        ],
    ),
    (
        "mea.html",
        "1. External Affairs Minister Dr. S. Jaishankar held the 16th India-Japan Foreign "
        "Ministers' Strategic Dialogue with Foreign Minister of Japan Kamikawa Yoko in Tokyo on "
        "7 March 2024.",
        [
            "Skip to main content",
            "Sitemap",
            "Passport",
            "Press Releases",
            "Bilateral/",
            "Strategic Dialogue\n",
            "March 08, 2024",
            "Share this page",
            "Latest",
            "France",
            "Bhutan",
            "Hyperlinking",
            "Visitors",
        ],
    ),
    (
        "ap.html",
        "ANKARA, Turkey (AP) — Turkey and Armenia agreed on Saturday to reopen their shared "
        "border crossing for diplomats and holders of official passports, the Turkish Foreign "
        "Ministry said.",
        [
            "World",
            "SUZAN FRASER",
            "2:03 PM",
            "Share",
            "Azerbaijan",
            "More from AP News",
            "Moscow and Tehran",
            "Copyright",
        ],
    ),
    (
        "mid_cp1251.html",
        "On February 21, Foreign Minister Sergey Lavrov held talks with Foreign Minister of "
        "Kazakhstan Murat Nurtleu, who is in Moscow on a working visit.",
        [
            "cookie",
            "Press service",
            "Русский",
            "Foreign policy /",
            "16:05",
            "Countries:",
            "Other news",
            "Iran",
            "Mongolia",
            "Smolenskaya",
        ],
    ),
]


@pytest.mark.parametrize(("name", "first", "absent"), PAGE_BODIES)
def test_a_saved_page_gives_its_article_text_only(name: str, first: str, absent: list[str]) -> None:
    article = page(name)
    assert lines(article)[0] == first
    for words in absent:
        assert words not in article.body, words


# (page, title, date, url, publisher, language)
PAGE_METADATA = [
    (
        "kremlin.html",
        "Russian-Belarusian talks",
        dt.date(2023, 4, 6),
        "http://en.kremlin.ru/events/president/news/70123",
        "President of Russia",
        "en",
    ),
    # the title without the site's name after it; the date from JSON-LD (no <meta> gives it)
    (
        "state.html",
        "Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar",
        dt.date(2023, 3, 2),
        "https://www.state.gov/secretary-blinkens-meeting-with-indian-external-affairs-minister-"
        "jaishankar-5/",
        "United States Department of State",
        "en",
    ),
    (
        "whitehouse.html",
        "Statement from President Joe Biden on the Anniversary of the Camp David Summit",
        dt.date(2024, 8, 18),
        "https://www.whitehouse.gov/briefing-room/statements-releases/2024/08/18/statement-from-"
        "president-joe-biden-on-the-anniversary-of-the-camp-david-summit/",
        "The White House",
        "en",
    ),
    (
        "govuk.html",
        "UK and Kenya sign strategic trade partnership",
        dt.date(2023, 12, 4),
        "https://www.gov.uk/government/news/uk-and-kenya-sign-strategic-trade-partnership",
        "GOV.UK",
        "en",
    ),
    (
        "reuters.html",
        "Japan and Philippines sign reciprocal access pact",
        dt.date(2024, 7, 8),
        "https://www.reuters.com/world/asia-pacific/japan-philippines-sign-reciprocal-access-pact"
        "-2024-07-08/",
        "Reuters",
        "en",
    ),
    # <meta name="PubDate" content="2024-01-19 23:15:00">; no URL or site name in the page
    (
        "mfa_cn.html",
        "Wang Yi Holds Talks with Foreign Minister of Brazil Mauro Vieira",
        dt.date(2024, 1, 19),
        None,
        None,
        "en",
    ),
    # the date shown under the heading ("March 08, 2024"), the only one the page has
    (
        "mea.html",
        "India-Japan Foreign Ministers' Strategic Dialogue",
        dt.date(2024, 3, 8),
        None,
        None,
        "en",
    ),
    (
        "mid_cp1251.html",
        "Press release on Foreign Minister Sergey Lavrov’s talks with Foreign Minister of "
        "Kazakhstan Murat Nurtleu",
        dt.date(2024, 2, 21),
        "https://mid.ru/en/foreign_policy/news/1900001/",
        "The Ministry of Foreign Affairs of the Russian Federation",
        "en",
    ),
    (
        "ap.html",
        "Turkey and Armenia agree to reopen border crossing for diplomats",
        dt.date(2024, 2, 10),
        "https://apnews.com/article/turkey-armenia-border-0a1b2c3d4e",
        "AP News",
        "en",
    ),
]


@pytest.mark.parametrize(("name", "title", "date", "url", "publisher", "language"), PAGE_METADATA)
def test_a_saved_page_gives_its_metadata(
    name: str, title: str, date: dt.date, url: str | None, publisher: str | None, language: str
) -> None:
    article = page(name)
    assert (article.title, article.date, article.url, article.publisher, article.language) == (
        title,
        date,
        url,
        publisher,
        language,
    )


# (page, facts it states, parties of facts only its menus and related-story lists state)
PAGE_FACTS = [
    (
        "kremlin.html",
        [("Meeting", {"Q7747", "Q2866"}), ("TreatyRelation", {"Q159", "Q184"})],
        [{"Q159", "Q148"}],
    ),
    ("state.html", [("Meeting", {"Q7821917"})], [{"Q159", "Q212"}, {"Q7216297"}]),
    ("whitehouse.html", [("Tenure", {"Q359480"})], [{"Q3874799"}, {"Q183"}]),
    ("mfa_cn.html", [("DiplomaticRelations", {"Q148", "Q155"})], [{"Q307871"}]),
    ("mea.html", [("TreatyRelation", {"Q668", "Q17"})], [{"Q142"}, {"Q917"}]),
    ("reuters.html", [("TreatyRelation", {"Q17", "Q928"})], [{"Q148", "Q159"}, {"Q881"}]),
    ("govuk.html", [("TreatyRelation", {"Q145", "Q114"})], [{"Q145", "Q668"}]),
    ("mid_cp1251.html", [("Meeting", {"Q58217", "Q66648657"})], [{"Q159", "Q711"}, {"Q794"}]),
    # the teaser under "More from AP News" states a deal of Russia and Iran
    ("ap.html", [("Event", {"Q43", "Q399"})], [{"Q159", "Q794"}, {"Q227"}]),
]


@pytest.mark.parametrize(("name", "stated", "not_stated"), PAGE_FACTS)
def test_facts_come_from_the_article_not_from_the_page_around_it(
    name: str, stated: list[tuple[str, set[str]]], not_stated: list[set[str]]
) -> None:
    article = page(name)
    found = facts_of(article)
    for cls, who in stated:
        assert any(f.cls.value == cls and who <= parties(f) for f in found), (cls, who)
    for who in not_stated:
        assert not [f for f in found if who <= parties(f)], who
    for fact in found:  # evidence offsets point into the stored body
        for ev in fact.evidence:
            source = article.title if ev.in_title else article.body
            assert source is not None and source[ev.begin : ev.end] == ev.text


def test_headings_list_items_and_line_breaks_are_lines_of_their_own() -> None:
    article = page("whitehouse.html")
    assert "Together, we launched a new era of trilateral partnership.\nWe agreed to hold " in (
        article.body
    )  # <br> inside a paragraph: a new line of it
    assert "\n\nOur shared commitments\n\nThe United States, Japan" in article.body
    texts = [s.text for s in sentences(article.body)]
    assert "Our shared commitments" in texts
    assert "We expanded cooperation on economic security & technology." in texts  # &amp;
    gov = page("govuk.html")
    assert "\n\nUK and Kenya sign an Economic Partnership Agreement in Nairobi\n" in gov.body
    assert "\nTariff before\n" in gov.body  # table cells, <th> too, are not glued together
    assert "£1.5 billion" in gov.body  # &nbsp; is a space


def test_entities_and_invisible_characters() -> None:
    article = html(
        "<html><body><main><h1>T</h1><p>Russia&#8217;s envoy met Lukashen&shy;ko&nbsp;and "
        "Maia Sandu&#x2019;s aide &amp; her&#8203;team.</p></main></body></html>"
    )
    assert isinstance(article, Article)
    assert article.body == "Russia’s envoy met Lukashenko and Maia Sandu’s aide & herteam.\n"


def test_a_dateline_in_a_page_gives_place_and_publisher() -> None:
    article = page("reuters.html")
    assert (article.dateline, article.publisher) == ("Manila", "Reuters")
    bare = html(
        "<html><body><article><h1>Talks</h1><p class='byline'>By A. Writer</p>"
        "<p>Minsk, 2 September 2022 (BelTA): The minister met the ambassador.</p>"
        "</article></body></html>"
    )
    assert isinstance(bare, Article)
    assert (bare.dateline, bare.date, bare.publisher) == ("Minsk", dt.date(2022, 9, 2), "BelTA")


def test_a_hidden_cookie_banner_does_not_hide_the_rest_of_the_page() -> None:
    # <div hidden> had no end tag the reader counted: everything after it was skipped
    article = html(
        "<html><body><div class='x' hidden><p>We use cookies.</p></div>"
        "<main><p>Russia and Belarus signed a treaty.</p></main></body></html>"
    )
    assert isinstance(article, Article) and article.body == (
        "Russia and Belarus signed a treaty.\n"
    )


def test_teasers_of_other_stories_in_article_elements_are_left_out() -> None:
    article = html(
        "<html><body><main><article><h1>Pact signed</h1><p>Japan and the Philippines signed a "
        "defence pact on Monday in Manila, the two governments said.</p></article>"
        "<article class='card'><h3>China and Russia hold joint naval drills</h3>"
        "<p>Drills began.</p></article></main></body></html>"
    )
    assert isinstance(article, Article)
    assert "drills" not in article.body.lower() and article.title == "Pact signed"


def test_an_article_wrapped_in_a_class_that_looks_like_furniture_is_kept() -> None:
    # WordPress marks posts "tag-russia", themes mark bodies "single-author" or "has-sidebar",
    # ASP.NET wraps the whole page in a <form>
    for open_tags, close_tags in [
        (
            "<body class='single single-author'><article class='post tag-russia author-2'>",
            "</article></body>",
        ),
        ("<body><form id='aspnetForm'><div class='content has-sidebar'>", "</div></form></body>"),
    ]:
        article = html(
            f"<html>{open_tags}<h1>Talks</h1><p>Russia and Belarus signed an agreement on "
            f"joint air defence training on Friday.</p><p>The ministers met in Minsk.</p>"
            f"<div class='share'>Share</div>{close_tags}</html>"
        )
        assert isinstance(article, Article)
        assert lines(article) == [
            "Russia and Belarus signed an agreement on joint air defence training on Friday.",
            "The ministers met in Minsk.",
        ]


def test_a_page_of_only_scripts_or_navigation_is_named() -> None:
    for page_html in [
        "<html><head><script>var a = 'Russia met Belarus.';</script></head>"
        "<body><script>document.write('x')</script><noscript>Enable JavaScript</noscript>"
        "</body></html>",
        "<html><body><nav><a href='/'>Home</a></nav><footer>© 2024 All content on this site is "
        "licensed under CC BY 4.0.</footer></body></html>",
        "<html><head><title>Only a title</title></head><body>  &nbsp; </body></html>",
    ]:
        item = html(page_html, "empty.html")
        assert isinstance(item, InputError)
        assert "empty.html" in str(item) and "no article text in the HTML page" in str(item)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "gzip-compressed data"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
    ],
)
def test_binary_data_with_an_html_extension_is_named(
    tmp_path: Path, data: bytes, kind: str
) -> None:
    path = tmp_path / "saved.html"
    path.write_bytes(data)
    item = one(path)
    assert isinstance(item, InputError)
    assert str(path) in str(item) and f"binary data ({kind}" in str(item)


def test_a_page_in_a_declared_charset_is_decoded() -> None:
    article = page("mid_cp1251.html")
    assert "Lavrov’s" in (article.title or "") and "“a strategic priority" in article.body
    latin = html(
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
        b"</head><body><p>Caf\xe9 talks: \x93Russia met Belarus\x94 in Minsk.</p></body></html>"
    )  # ISO-8859-1 is read as windows-1252, as browsers do
    assert isinstance(latin, Article)
    assert latin.body == "Café talks: “Russia met Belarus” in Minsk.\n"
    utf16 = html("<html><body><p>Russia met Belarus.</p></body></html>".encode("utf-16"))
    assert isinstance(utf16, Article) and utf16.body == "Russia met Belarus.\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"<html><body><p>Caf\xe9 au lait.</p></body></html>",
            "not UTF-8 (invalid byte at offset 18); convert the file to UTF-8 or declare its",
        ),
        (b'<meta charset="utf-8"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>', "not UTF-8"),
        (
            b'<meta charset="x-klingon"><p>Text.</p>',
            "the page declares charset 'x-klingon', which is not a known encoding",
        ),
        (
            b'<meta charset="windows-1252"><p>Bad \x81 byte.</p>',
            "not windows-1252 as the page declares",
        ),
    ],
)
def test_a_page_in_an_undeclared_or_wrong_charset_is_named(data: bytes, message: str) -> None:
    item = html(data, "bad.html")
    assert isinstance(item, InputError)
    assert "bad.html" in str(item) and message in str(item)


def test_hostile_pages_are_read_in_time() -> None:
    pages = [
        "<div>" * 50_000 + "<p>Russia met Belarus.</p>" + "</div>" * 50_000,
        "<div><span><b>" * 30_000 + "<p>Russia met Belarus.</p>" + "</p>" * 50_000,
        "<div class='menu'>" * 30_000 + "<p>Russia met Belarus.</p>",
        "<ul>" + "<li><a href='/x'>Link</a></li>" * 60_000 + "</ul><p>Russia met Belarus.</p>",
        "<p>Russia met Belarus.</p><!-- a comment the page never closes",
    ]
    for data in pages:
        # CPU time, not wall clock: a bound on the work (no quadratic reading), which other
        # processes on a shared machine do not change (~2 CPU-seconds for the longest)
        started = time.process_time()
        article = html(f"<html><body>{data}</body></html>")
        assert time.process_time() - started < 10
        assert isinstance(article, Article) and article.body == "Russia met Belarus.\n"


def test_html_on_stdin_is_read_as_a_page() -> None:
    data = (PAGES / "kremlin.html").read_bytes()
    assert stdin_format(data) is ArticleFormat.HTML
    assert stdin_format(b"\xef\xbb\xbf  <!DOCTYPE html>\n<html>") is ArticleFormat.HTML
    assert stdin_format(b"<b>Minsk</b> met Moscow.") is ArticleFormat.TEXT
    assert stdin_format(b'{"id": "a", "text": "x"}') is ArticleFormat.JSONL


# ---- Markdown -------------------------------------------------------------------------------

MARKDOWN = """\
---
date: 2024-04-09
url: https://example.org/news/lavrov-wang-yi
---
# Lavrov and Wang Yi hold talks

**BEIJING, April 9 (Example News)** – Russian Foreign Minister *Sergey Lavrov* held talks
with Chinese Foreign Minister [Wang Yi](https://example.org/wiki/Wang_Yi_(politician)) in
Beijing on Tuesday.

## Background

> Russia and China signed a treaty of friendship in 2001.

* The ministers discussed the __Ukraine__ crisis.
* They also discussed the `SCO` summit.

| Year | Trade |
|------|-------|
| 2023 | $240 billion |

![Lavrov and Wang Yi](photo.jpg)

---
"""


def test_markdown_loses_its_markup_and_its_headline_is_the_title() -> None:
    article = text_of(MARKDOWN, "talks.md")
    assert article.title == "Lavrov and Wang Yi hold talks"
    assert lines(article) == [
        "BEIJING, April 9 (Example News) – Russian Foreign Minister Sergey Lavrov held talks "
        "with Chinese Foreign Minister Wang Yi in Beijing on Tuesday.",
        "Background",
        "Russia and China signed a treaty of friendship in 2001.",
        "The ministers discussed the Ukraine crisis.",
        "They also discussed the SCO summit.",
        "Year",
        "Trade",
        "2023",
        "$240 billion",
    ]
    assert (article.dateline, article.publisher) == ("Beijing", "Example News")
    found = facts_of(article)
    meeting = [f for f in found if f.cls.value == "Meeting"]
    assert meeting and {"Q58217", "Q701801"} <= parties(meeting[0])  # Lavrov, Wang Yi
    for fact in found:
        for ev in fact.evidence:
            assert not set(ev.text) & set("*_[]`#>|"), ev.text
            if not ev.in_title:
                assert article.body[ev.begin : ev.end] == ev.text


def test_markdown_headline_and_front_matter_title() -> None:
    same = text_of("title: Talks held\n---\n# Talks held\n\nRussia met Belarus.\n", "a.md")
    assert (same.title, same.body) == ("Talks held", "Russia met Belarus.\n")
    other = text_of("title: Talks\n---\n# Minsk talks\n\nRussia met Belarus.\n", "a.md")
    assert (other.title, other.body) == ("Talks", "Minsk talks\n\nRussia met Belarus.\n")
    item = from_bytes(b"# Only a headline\n", "h.md", ArticleFormat.MARKDOWN)
    assert isinstance(item, InputError) and "no article text after the headline" in str(item)


def test_markdown_keeps_words_that_look_like_markup() -> None:
    article = text_of(
        "The snake_case name, 2 * 3 = 6, a *real* C# example and file_name_here stay.\n"
        "Second line of the same paragraph.\n",
        "m.md",
    )
    assert article.body == (
        "The snake_case name, 2 * 3 = 6, a real C# example and file_name_here stay. Second "
        "line of "
        "the same paragraph.\n"
    )


def test_text_files_keep_their_text_as_written() -> None:
    # .txt is not Markdown: its markup characters and line breaks stay
    article = text_of("# Talks\n**Russia** met\nBelarus.\n", "a.txt")
    assert article.body == "# Talks\n**Russia** met\nBelarus.\n"


def test_byte_order_mark_and_crlf_line_endings() -> None:
    raw = b"\xef\xbb\xbftitle: Talks\r\ndate: 2024-01-02\r\n---\r\nRussia met Belarus.\r\n"
    for name, fmt in [("a.txt", ArticleFormat.TEXT), ("a.md", ArticleFormat.MARKDOWN)]:
        article = from_bytes(raw, name, fmt)
        assert isinstance(article, Article)
        assert (article.title, article.date, article.body) == (
            "Talks",
            dt.date(2024, 1, 2),
            "Russia met Belarus.\n",
        )
    page_crlf = from_bytes(
        b"\xef\xbb\xbf<html>\r\n<body>\r\n<p>Russia met\r\nBelarus.</p>\r\n</body></html>",
        "p.html",
        ArticleFormat.HTML,
    )
    assert isinstance(page_crlf, Article) and page_crlf.body == "Russia met Belarus.\n"
    utf16 = from_bytes(
        "title: T\r\n---\r\nRussia met Belarus.".encode("utf-16"), "u.txt", ArticleFormat.TEXT
    )
    assert isinstance(utf16, Article) and utf16.body == "Russia met Belarus."


def test_front_matter_dates_as_pages_write_them() -> None:
    for written in (
        "14.03.2024",
        "2024/03/14",
        "Thu, 14 Mar 2024 10:00:00 GMT",
        "2024-03-14T10:00:00+03:00",
    ):
        article = text_of(f"date: {written}\n---\nText.\n", "d.txt")
        assert article.date == dt.date(2024, 3, 14), written


# ---- JSON lines -----------------------------------------------------------------------------


def jsonl(*records: object) -> list[Article | InputError]:
    data = "\n".join(json.dumps(r) for r in records).encode()
    return list(read_bytes(data, "c.jsonl", ArticleFormat.JSONL, Limits()))


def test_jsonl_text_under_other_names_and_metadata_as_scrapers_write_it() -> None:
    items = jsonl(
        {
            "id": "a1",
            "body": "Russia and Belarus signed a treaty.",
            "headline": "Treaty",
            "published": "2024-03-14T10:00:00Z",
            "publisher": {"@type": "Organization", "name": "TASS"},
        },
        {
            "url": "https://www.reuters.com/world/x",
            "content": "Russia met China.",
            "date_publish": "2024-03-14 10:00:00",
            "title": "Talks",
        },
        {"id": 7, "maintext": "Russia met China.", "datePublished": "14 March 2024", "lang": "EN"},
        {"id": "a4", "text": "From text.", "body": "From body."},
    )
    assert all(isinstance(i, Article) for i in items), items
    a1, a2, a3, a4 = (i for i in items if isinstance(i, Article))
    assert (a1.id, a1.title, a1.date, a1.publisher, a1.body) == (
        "a1",
        "Treaty",
        dt.date(2024, 3, 14),
        "TASS",
        "Russia and Belarus signed a treaty.",
    )
    assert (a2.id, a2.url, a2.date, a2.title) == (
        "www-reuters-com-world-x",
        "https://www.reuters.com/world/x",
        dt.date(2024, 3, 14),
        "Talks",
    )
    assert (a3.id, a3.date, a3.language) == ("7", dt.date(2024, 3, 14), "en")
    assert a4.body == "From text."  # "text" comes first


def test_jsonl_html_records_are_read_as_pages() -> None:
    page_html = (PAGES / "kremlin.html").read_text()
    (kremlin,) = jsonl({"id": "k1", "html": page_html, "title": "Talks in Moscow"})
    assert isinstance(kremlin, Article)
    assert kremlin.id == "k1" and kremlin.title == "Talks in Moscow"  # the record's title
    assert kremlin.date == dt.date(2023, 4, 6)  # the page's date
    assert "See also" not in kremlin.body and kremlin.body.startswith("Vladimir Putin held")


def test_jsonl_bad_records_are_named() -> None:
    items = jsonl(
        {"id": "a", "text": "x", "published": 1710410000},
        {"id": "b", "text": "  ", "body": ""},
        {"id": "c", "text": "x", "date": "last Tuesday"},
        {"id": "d", "html": "<script>x()</script>"},
    )
    assert all(isinstance(i, InputError) for i in items)
    messages = [str(i) for i in items]
    assert (
        messages[0]
        == "c.jsonl:1: 'published' '1710410000' is not a date; use \"date\": \"YYYY-MM-DD\""
    )
    assert messages[1].startswith("c.jsonl:2: missing or empty 'text'")
    assert messages[2].startswith("c.jsonl:3: 'date' 'last Tuesday' is not a date")
    assert messages[3].startswith("c.jsonl:4: no article text in the HTML page")


def test_a_related_box_inside_the_article_does_not_end_it(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title></head><body><article><h1>Lavrov meets Wang Yi</h1>"
        "<p>Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang "
        "Yi on Wednesday in the eastern city of Tunxi.</p>"
        "<aside><h3>Related</h3><ul><li><a href='/x'>Biden meets Xi in Bali</a></li></ul></aside>"
        "<p>Both countries are permanent members of the United Nations Security Council.</p>"
        "<h3>Related stories</h3><p><a href='/y'>Putin visits Tehran for talks with Raisi</a></p>"
        "</article></body></html>"
    )
    (article,) = list(read_path(path))
    assert isinstance(article, Article)
    assert "permanent members" in article.body
    assert "Tehran" not in article.body
