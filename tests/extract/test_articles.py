"""Reading articles: formats, front matter, datelines, and bad input named clearly."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dipld.articles import Limits, read_path
from dipld.errors import InputError, InputTooLarge
from dipld.model import Article


def one(path: Path, limits: Limits | None = None) -> Article | InputError:
    items = list(read_path(path, limits or Limits()))
    assert len(items) == 1
    return items[0]


def test_front_matter_and_body_offsets(tmp_path: Path) -> None:
    path = tmp_path / "talks.md"
    path.write_text(
        "title: Talks\ndate: 2022-09-02\nurl: https://example.org/a/b\n---\nBody text.\n"
    )
    article = one(path)
    assert isinstance(article, Article)
    assert (article.title, article.date, article.url) == (
        "Talks",
        dt.date(2022, 9, 2),
        "https://example.org/a/b",
    )
    assert article.id == "example-org-a-b"  # from the URL, not the content
    assert article.body == "Body text.\n"


def test_dateline_gives_place_date_and_publisher(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Minsk, 2 September 2022 (TDI): The minister met the ambassador.")
    article = one(path)
    assert isinstance(article, Article)
    assert (article.dateline, article.date, article.publisher) == (
        "Minsk",
        dt.date(2022, 9, 2),
        "TDI",
    )
    assert article.id == "x" and article.source == "x.txt"


@pytest.mark.parametrize(
    ("line", "place", "publisher"),
    [
        ("MINSK, 14 March (BelTA) - The minister met the ambassador.", "Minsk", "BelTA"),
        ("BEIJING, March 14 (Xinhua) -- The minister met the envoy.", "Beijing", "Xinhua"),
        ("MOSCOW, March 14. /TASS/. The minister met the envoy.", "Moscow", "TASS"),
        ("Yerevan, March 14, ARMENPRESS. The minister met the envoy.", "Yerevan", "ARMENPRESS"),
    ],
)
def test_a_wire_dateline_without_a_year_gives_place_and_publisher(
    tmp_path: Path, line: str, place: str, publisher: str
) -> None:
    path = tmp_path / "x.txt"
    path.write_text(f"date: 2023-03-15\n---\n{line}")
    article = one(path)
    assert isinstance(article, Article)
    assert (article.dateline, article.date, article.publisher) == (
        place,
        dt.date(2023, 3, 15),  # the year-less dateline dates nothing
        publisher,
    )


def test_html_main_text_without_navigation(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title><meta property='article:published_time' content='2022-01-05'>"
        "</head><body><nav>Home | News</nav><main><h1>Talks held</h1><p>Russia met Belarus.</p>"
        "<script>alert(1)</script><p>Second &amp; last.</p></main>"
        "<footer>(c)</footer></body></html>"
    )
    article = one(path)
    assert isinstance(article, Article)
    assert article.body == "Russia met Belarus.\n\nSecond & last.\n"
    assert article.title == "Talks held" and article.date == dt.date(2022, 1, 5)


def test_jsonl_collection_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "text": "Russia met Belarus.", "date": "2022-01-01"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "a3"})
        + "\n"
        + json.dumps({"url": "https://example.org/n", "text": "Text."})
        + "\n"
    )
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "Article"]
    assert "c.jsonl:2" in str(items[1]) and "not valid JSON" in str(items[1])
    assert "c.jsonl:3" in str(items[2]) and "text" in str(items[2])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"caf\xe9 au lait", "not UTF-8"),
        (b"title: x\ndate: 2022-01-01\n---\n\n", "no article text after the front matter"),
        (b"title: x\ndate: yesterday-ish\n---\nText.", "is not a date"),
    ],
)
def test_bad_input_is_named(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    item = one(path)
    assert isinstance(item, InputError)
    assert str(path) in str(item) and message in str(item)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    item = one(path, Limits(max_bytes=100))
    assert isinstance(item, InputTooLarge) and "over the limit" in str(item)


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF")
    item = one(path)
    assert isinstance(item, InputError) and "unknown article format" in str(item)


def test_articles_told_apart_by_the_query_get_their_own_ids(tmp_path: Path) -> None:
    ids = []
    for n, url in enumerate(
        [
            "https://www.mea.gov.in/press-releases.htm?dtl/36800",
            "https://www.mea.gov.in/press-releases.htm?dtl/37100",
            "https://www.mea.gov.in/press-releases.htm?dtl/37100&utm_source=rss#top",
        ]
    ):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"url: {url}\n---\nBody text.\n")
        article = one(path)
        assert isinstance(article, Article)
        ids.append(article.id)
    assert ids[0] != ids[1] == ids[2]  # tracking parameters and the fragment do not count


@pytest.mark.parametrize(
    ("line", "place", "publisher"),
    [
        ("Kyiv, November 20. Ukrinform. The minister met the envoy.", "Kyiv", "Ukrinform"),
        ("YEREVAN, NOVEMBER 24, ARMENPRESS. The minister met the envoy.", "Yerevan", "ARMENPRESS"),
        ("New Delhi, Sep 23 (PTI) India on Friday slammed Pakistan.", "New Delhi", "PTI"),
        ("ASTANA. KAZINFORM - The minister met the envoy.", "Astana", "KAZINFORM"),
        ("New Delhi: Prime Minister Modi met the envoy.", "New Delhi", None),
        ("Johannesburg - President Ramaphosa hosted the summit.", "Johannesburg", None),
        ("Washington, D.C. — Today, the leaders met.", "Washington", None),
    ],
)
def test_more_dateline_styles(tmp_path: Path, line: str, place: str, publisher: str | None) -> None:
    path = tmp_path / "x.txt"
    path.write_text(f"date: 2023-03-15\n---\n{line}")
    article = one(path)
    assert isinstance(article, Article)
    assert (article.dateline, article.publisher) == (place, publisher)


@pytest.mark.parametrize(
    "line",
    [
        "Spokesperson Mao Ning: China firmly opposes the sales.",
        "Question: What is your comment?",
        "The minister said: We will act.",
        "President Biden - who met Xi - said more.",
    ],
)
def test_a_speaker_or_a_clause_is_no_dateline(tmp_path: Path, line: str) -> None:
    path = tmp_path / "x.txt"
    path.write_text(f"date: 2023-03-15\n---\n{line}")
    article = one(path)
    assert isinstance(article, Article) and article.dateline is None
