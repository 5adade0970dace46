"""The home page (what the dataset is, counts, latest articles, downloads, endpoint, examples),
the list of all articles, and the page for IRIs the dataset does not know."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlencode

from dipld.web import vocab
from dipld.web.dataset import ArticleRow, Overview
from dipld.web.examples import Example
from dipld.web.html import Html, el
from dipld.web.layout import Frame, muted, page, section
from dipld.web.terms import Lit
from dipld.web.values import show

DOWNLOADS = (
    ("download/dataset.ttl.gz", "Whole dataset, Turtle (gzip)", "union of all graphs"),
    (
        "download/dataset.trig.gz",
        "Whole dataset, TriG (gzip)",
        "one named graph per article, and the KB",
    ),
    (
        "download/dataset.nq.gz",
        "Whole dataset, N-Quads (gzip)",
        "one named graph per article, and the KB",
    ),
    ("ontology.ttl", "Ontology, Turtle", "the dipld vocabulary"),
    (".well-known/void", "VoID description", "statistics, subsets, links to Wikidata"),
    ("catalog", "DCAT catalogue", "distributions and the SPARQL service"),
)


def _article_item(row: ArticleRow, frame: Frame) -> Html:
    info = row.info
    title = info.text("title") or info.text("label") or info.iri
    date = info.fields.get("date")
    return el(
        "li",
        None,
        el("a", {"href": frame.links.href(info.iri), "title": info.iri}, title),
        el(
            "span",
            {"class": "muted"},
            " — ",
            show(date) if isinstance(date, Lit) else "undated",
            f", {info.text('publisher')}" if info.text("publisher") else None,
            f" · {row.facts} facts",
        ),
    )


def _counts(ov: Overview, frame: Frame) -> Html:
    items = (
        (ov.articles, "articles"),
        (ov.facts, "facts"),
        (ov.linked_entities, "Wikidata entities in facts"),
        (ov.unlinked_entities, "unlinked entities"),
        (ov.graphs, "named graphs"),
        (ov.triples, "triples"),
    )
    stats = el(
        "dl",
        {"class": "counts"},
        [el("div", None, el("dt", None, label), el("dd", None, f"{n:,}")) for n, label in items],
    )
    names = vocab.term_labels()
    classes = el(
        "ul",
        {"class": "classes"},
        [
            el(
                "li",
                None,
                el("a", {"href": frame.links.href(c)}, names.get(c, vocab.local_name(c))),
                muted(f" {n:,}"),
            )
            for c, n in ov.classes
        ],
    )
    return Html(stats + el("h3", None, "Facts by class") + classes)


def _examples(examples: Sequence[Example], frame: Frame) -> Html:
    if not examples:
        return el("p", {"class": "muted"}, "No example queries are bundled with this installation.")
    return el(
        "ul",
        {"class": "examples"},
        [
            el(
                "li",
                None,
                el(
                    "a",
                    {"href": frame.links.path("query?" + urlencode({"example": e.name}))},
                    e.title,
                ),
                el("span", {"class": "muted"}, f" — {e.description}") if e.description else None,
            )
            for e in examples
        ],
    )


def home_page(
    frame: Frame, ov: Overview, latest: Sequence[ArticleRow], examples: Sequence[Example]
) -> Html:
    p = frame.links.path
    intro = el(
        "section",
        {"class": "intro"},
        el("h1", None, "dipld: diplomacy Linked Data"),
        el(
            "p",
            {"class": "lead"},
            "Facts about international relations — memberships, offices held, meetings and other "
            "diplomatic events, shared borders, treaties, partnerships, trade and permissions — "
            "extracted from news articles and official readouts. Every fact names its article and "
            "quotes the sentence it comes from; countries, organisations, people and places are "
            "linked to Wikidata where that could be done with confidence.",
        ),
        el(
            "p",
            None,
            "Every IRI of the dataset resolves here, as HTML for people and as Turtle, JSON-LD, "
            "N-Triples or RDF/XML for machines; the terms are documented in the ",
            el("a", {"href": p("ontology")}, "ontology"),
            ".",
        ),
    )
    endpoint = section(
        "SPARQL endpoint",
        el("p", None, el("code", {"class": "endpoint"}, frame.endpoint)),
        el(
            "p",
            None,
            "SPARQL 1.1 Protocol (GET or POST); the default graph is the union of all graphs. "
            "Try it in the ",
            el("a", {"href": p("query")}, "query editor"),
            " or from a shell:",
        ),
        el(
            "pre",
            None,
            el(
                "code",
                None,
                f"curl -H 'Accept: text/csv' --data-urlencode "
                "'query=SELECT ?article ?title WHERE { ?article a "
                "<https://w3id.org/dipld/ontology#Article> ; "
                f"<http://schema.org/headline> ?title }} LIMIT 5' {frame.endpoint}",
            ),
        ),
        anchor="endpoint",
    )
    body = Html(
        intro
        + section("The dataset in numbers", _counts(ov, frame), anchor="counts")
        + section(
            "Latest articles",
            el("ul", {"class": "articles"}, [_article_item(r, frame) for r in latest]),
            el("p", None, el("a", {"href": p("articles")}, "All articles")),
            anchor="articles",
        )
        + endpoint
        + section("Example queries", _examples(examples, frame), anchor="examples")
        + section(
            "Downloads",
            el(
                "ul",
                {"class": "downloads"},
                [
                    el("li", None, el("a", {"href": p(path)}, text), muted(f" — {note}"))
                    for path, text, note in DOWNLOADS
                ],
            ),
            el(
                "p",
                {"class": "muted"},
                "Uncompressed dumps: the same names without .gz. Each article's graph is linked "
                "from its page.",
            ),
            anchor="downloads",
        )
    )
    return page(
        frame,
        title="Diplomacy Linked Data",
        body=body,
        description="Facts about international relations extracted from news, as Linked Data",
    )


def articles_page(frame: Frame, rows: Sequence[ArticleRow]) -> Html:
    body = Html(
        el("h1", None, f"Articles ({len(rows)})")
        + el("ul", {"class": "articles"}, [_article_item(r, frame) for r in rows])
    )
    return page(frame, title="Articles", body=body, description="Every article of the dataset")


def not_found_page(
    frame: Frame, iri: str | None, path: str, suggestions: Sequence[tuple[str, str]]
) -> Html:
    p = frame.links.path
    body = Html(
        el("h1", None, "Not found")
        + el(
            "p",
            None,
            "This dataset says nothing about ",
            el("code", None, iri) if iri else el("code", None, path),
            ".",
        )
        + (
            el(
                "section",
                None,
                el("h2", None, "Did you mean"),
                el(
                    "ul",
                    None,
                    [el("li", None, el("a", {"href": href}, text)) for href, text in suggestions],
                ),
            )
            if suggestions
            else Html("")
        )
        + el(
            "ul",
            None,
            el(
                "li",
                None,
                "Browse the ",
                el("a", {"href": p("articles")}, "articles"),
                " or the ",
                el("a", {"href": p("")}, "home page"),
                ".",
            ),
            el(
                "li",
                None,
                "Look things up with a query in the ",
                el("a", {"href": p("query")}, "query editor"),
                ".",
            ),
            el(
                "li",
                None,
                "Wikidata items have pages at ",
                el("code", None, p("wikidata/Q…")),
                " when the dataset mentions them.",
            ),
            el(
                "li",
                None,
                "Ontology terms are documented at ",
                el("a", {"href": p("ontology")}, p("ontology")),
                ".",
            ),
        )
    )
    return page(frame, title="Not found", body=body)
