"""The pages in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

Home, an article, an entity (Belarus) and the query page; running an example query; following
a fact to its evidence; a hostile article whose markup and script must stay text; a phone-sized
viewport; and the pages without JavaScript. The browser must be installed
(``apt-get install chromium``): these tests fail, not skip, when it is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from dipld.iri import article_id_from_name

#: the seed article's id and the hostile article's (see conftest.py)
SEED_ID = article_id_from_name("000_33cfb764012bfcb3.txt")
HOSTILE_ID = "hostile-article"


pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's chromium "
            "(apt-get install -y chromium)"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is missing: pip install -e '.[test]' (it is in the test extra)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page that records dialogs, page errors and requests to other hosts."""

    def __init__(self, browser: Any, base_url: str, **options: Any) -> None:
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on(
            "request",
            lambda req: (
                None if req.url.startswith((base_url, "data:")) else self.foreign.append(req.url)
            ),
        )

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(browser: Any, base_url: str) -> Iterator[Watched]:
    watched = Watched(browser, base_url)
    yield watched
    assert watched.errors == [], watched.errors
    assert watched.dialogs == [], watched.dialogs
    assert watched.foreign == [], f"requests to other hosts: {watched.foreign}"
    watched.close()


def test_home_page(tab: Watched, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + "/")
    assert "Diplomacy Linked Data" in page.title()
    assert page.locator("#counts dd").count() >= 5
    assert page.locator("#endpoint code.endpoint").inner_text() == base_url + "/sparql"
    assert page.locator("#examples li").count() > 0
    assert page.locator("#downloads a[href='/download/dataset.ttl.gz']").count() == 1
    assert page.locator("footer a[href='/.well-known/void']").count() == 1
    page.locator("#articles a", has_text=SEED_ID).click()
    page.wait_for_url(f"**/article/{SEED_ID}")
    assert page.locator("h1").inner_text() == SEED_ID


def test_article_page_highlights_every_fact(tab: Watched, base_url: str) -> None:
    page = tab.page
    page.goto(f"{base_url}/article/{SEED_ID}")
    marks = page.locator(".article-body mark.ev")
    facts = page.locator(".article-facts article.fact")
    assert marks.count() > 5
    assert facts.count() > 5
    text = page.locator(".article-body .text").inner_text()
    assert text.startswith("Minsk, 2 September 2022 (TDI)")
    # every "evidence in context" link of the fact list points at a mark on this page
    for href in facts.locator("a.in-context").evaluate_all(
        "els => els.map(e => e.getAttribute('href'))"
    ):
        assert href.startswith("#")
        assert page.locator(f"mark{href}").count() == 1, href


def test_belarus_page_and_following_a_fact_to_its_evidence(tab: Watched, base_url: str) -> None:
    page = tab.page
    page.goto(f"{base_url}/wikidata/Q184")
    assert page.locator("h1").inner_text() == "Belarus"
    assert page.locator("a[href='https://www.wikidata.org/wiki/Q184']").count() == 1
    from_seed = page.locator(f"a[href='/article/{SEED_ID}']")
    membership = page.locator("#facts-Membership article.fact").filter(has=from_seed).first
    assert "Belarus" in membership.inner_text()
    quote = membership.locator("blockquote.evidence p").first.inner_text().strip("“”")
    membership.locator("a.in-context").first.click()
    page.wait_for_url(f"**/article/{SEED_ID}#ev-*")
    target = page.locator("mark.ev:target")
    assert target.count() == 1
    assert target.inner_text().startswith(quote[:40])
    assert quote.startswith(target.evaluate("e => e.firstChild.textContent")[:40])
    highlighted = target.evaluate("e => getComputedStyle(e).backgroundColor")
    plain = page.locator("mark.ev:not(:target)").first.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    assert highlighted != plain
    assert target.is_visible()


def test_query_page_runs_an_example(tab: Watched, base_url: str) -> None:
    page = tab.page
    page.goto(f"{base_url}/query")
    assert (
        "PREFIX dipld: <https://w3id.org/dipld/ontology#>" in page.locator("#query").input_value()
    )
    page.select_option("#example", "articles")
    assert "Articles and their facts" in page.locator("#example option:checked").inner_text()
    assert "SELECT" in page.locator("#query").input_value()
    page.click("#run")
    page.wait_for_selector("table.results-table tbody tr")
    assert page.locator("table.results-table th", has_text="?class").count() == 1
    assert "TDI" in page.locator("table.results-table").inner_text()
    assert "rows in" in page.locator("#status").inner_text()
    local = page.locator(f"table.results-table a[href='/article/{SEED_ID}']").first
    local.click()
    page.wait_for_url(f"**/article/{SEED_ID}")


def test_query_page_shows_graph_results_as_turtle_and_errors(tab: Watched, base_url: str) -> None:
    page = tab.page
    page.goto(f"{base_url}/query?example=article-graph")
    page.click("#run")
    page.wait_for_selector("#results pre.turtle")
    assert "@prefix" in page.locator("#results pre.turtle").inner_text()
    page.fill("#query", "SELECT nonsense")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#results pre.error")
    assert "400" in page.locator("#status").inner_text()


def test_hostile_article_runs_nothing(tab: Watched, base_url: str) -> None:
    page = tab.page
    hostile_query = '</textarea><script>window.__pwned=7;alert("q")</script>'
    paths = [
        f"/article/{HOSTILE_ID}",
        f"/fact/{HOSTILE_ID}/1",
        "/wikidata/Q184",
        "/articles",
        "/",
        "/query?query=" + hostile_query,
    ]
    for path in paths:
        page.goto(base_url + path)
        page.wait_for_load_state("load")
        for selector in ("mark.ev", "a", "h1"):
            if page.locator(selector).count():
                page.locator(selector).first.hover()
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        inline = page.evaluate(
            "document.querySelectorAll('script:not([src]):not([type=\"application/json\"])').length"
        )
        assert inline == 0, path
        handlers = page.evaluate(
            "[...document.querySelectorAll('*')].filter(e => [...e.attributes]"
            ".some(a => a.name.startsWith('on'))).length"
        )
        assert handlers == 0, path
        assert page.locator("img, svg").count() == 0, path
    page.goto(f"{base_url}/article/{HOSTILE_ID}")
    assert "<script>window.__pwned = 1</script>" in page.locator("h1").inner_text()
    assert (
        '<script>window.__pwned = 3; alert("body")</script>'
        in page.locator(".article-body").inner_text()
    )
    page.goto(base_url + "/query?query=" + hostile_query)
    assert page.locator("#query").input_value() == hostile_query


def test_phone_viewport_has_no_sideways_scrolling(browser: Any, base_url: str) -> None:
    watched = Watched(browser, base_url, viewport=PHONE, is_mobile=True)
    try:
        for path in (
            "/",
            f"/article/{SEED_ID}",
            "/wikidata/Q184",
            "/query",
            "/ontology",
            f"/fact/{SEED_ID}/1",
        ):
            watched.page.goto(base_url + path)
            width = watched.page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE["width"], (path, width)
        # the facts come after the text, not beside it
        watched.page.goto(f"{base_url}/article/{SEED_ID}")
        text_box = watched.page.locator(".article-body").bounding_box()
        facts_box = watched.page.locator(".article-facts").bounding_box()
        assert facts_box["y"] >= text_box["y"] + text_box["height"] - 1
    finally:
        watched.close()


def test_pages_read_without_javascript(browser: Any, base_url: str) -> None:
    watched = Watched(browser, base_url, java_script_enabled=False)
    try:
        page = watched.page
        page.goto(f"{base_url}/article/{SEED_ID}")
        assert page.locator(".article-body mark.ev").count() > 5
        page.goto(f"{base_url}/wikidata/Q184")
        assert page.locator("#facts article.fact").count() > 5
        page.goto(f"{base_url}/ontology")
        assert page.locator("article.term#Meeting").is_visible()
        page.goto(f"{base_url}/query?example=articles")
        assert "SELECT" in page.locator("#query").input_value()
        assert page.locator("noscript").count() == 1
    finally:
        watched.close()


def test_browser_is_debian_chromium() -> None:
    assert shutil.which("chromium") == str(CHROMIUM)


def unlinked_entity_path(base_url: str) -> str:
    """The path of an unlinked entity of the seed article (found with a query)."""
    query = (
        "SELECT ?e WHERE { ?e <https://w3id.org/dipld/ontology#linkStatus> "
        "<https://w3id.org/dipld/ontology#Unlinked> } ORDER BY ?e LIMIT 1"
    )
    rows = httpx.get(
        base_url + "/sparql", params={"query": query}, headers={"Accept": "text/csv"}, timeout=60
    ).text.split()
    assert len(rows) == 2, "the seed article has an unlinked entity"
    return "/" + rows[1].split("/dipld/", 1)[1]


def test_every_kind_of_page_renders(tab: Watched, base_url: str) -> None:
    page = tab.page
    kinds = {
        "/": 200,
        "/articles": 200,
        "/query": 200,
        "/ontology": 200,
        f"/article/{SEED_ID}": 200,
        f"/fact/{SEED_ID}/1": 200,
        f"/fact/{SEED_ID}/1/evidence/1": 200,
        f"/graph/{SEED_ID}": 200,
        "/graph/wikidata": 200,
        "/kb/source/S4": 200,
        "/wikidata/Q184": 200,
        unlinked_entity_path(base_url): 200,
        "/article/no-such-article": 404,
    }
    for path, status in kinds.items():
        response = page.goto(base_url + path)
        assert response is not None and response.status == status, path
        heading = page.locator("h1")
        assert heading.count() == 1 and heading.inner_text().strip(), path
        assert page.locator("footer a[href='/.well-known/void']").count() == 1, path
