"""The query page: a SPARQL editor with the project's prefixes and the bundled examples.

The form works without JavaScript (it submits to ``/sparql`` and the browser shows the raw
result); ``/static/query.js`` turns it into an editor that runs the query with ``fetch`` and
shows SELECT results as a table and graph results as Turtle. Nothing is loaded from elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from dipld.iri import DIPLD, PREFIXES
from dipld.web.examples import Example
from dipld.web.html import Html, el, json_data
from dipld.web.layout import Frame, page

DEFAULT_PREFIXES = ("dipld", "wd", "org", "prov", "nif", "schema", "rdfs")

DEFAULT_QUERY = """# Every project prefix (dipld:, wd:, org:, prov:, nif:, schema:, ...) is
# predeclared on this endpoint; the PREFIX lines keep the query portable.
SELECT ?fact ?class ?article ?sentence WHERE {
  ?fact a ?class ;
        prov:wasDerivedFrom ?article ;
        dipld:evidence/nif:anchorOf ?sentence .
  FILTER(STRSTARTS(STR(?class), STR(dipld:)))
}
LIMIT 20
"""


def default_query() -> str:
    lines = [f"PREFIX {p}: <{PREFIXES[p]}>" for p in DEFAULT_PREFIXES]
    return "\n".join(lines) + "\n" + DEFAULT_QUERY


def query_page(frame: Frame, examples: Sequence[Example], text: str, chosen: str | None) -> Html:
    links = frame.links
    options = [el("option", {"value": ""}, "Load an example…")] + [
        el("option", {"value": e.name, "selected": e.name == chosen}, e.title) for e in examples
    ]
    prefix_options = [el("option", {"value": ""}, "Insert a PREFIX line…")] + [
        el("option", {"value": name}, f"{name}: <{ns}>") for name, ns in sorted(PREFIXES.items())
    ]
    chosen_example = next((e for e in examples if e.name == chosen), None)
    form = el(
        "form",
        {
            "id": "query-form",
            "action": links.path("sparql"),
            "method": "get",
            "data-base": links.iris.base,
            "data-ontology": str(DIPLD),
            "data-prefix": links.prefix,
        },
        el(
            "div",
            {"class": "pickers"},
            el("label", {"for": "example"}, "Example "),
            el("select", {"id": "example"}, options),
            el("label", {"for": "prefix-picker"}, " Prefix "),
            el("select", {"id": "prefix-picker"}, prefix_options),
        ),
        el(
            "p",
            {"class": "muted", "id": "example-description"},
            chosen_example.description if chosen_example else None,
        ),
        el("label", {"for": "query", "class": "visually-hidden"}, "SPARQL query"),
        el(
            "textarea",
            {
                "id": "query",
                "name": "query",
                "rows": 18,
                "spellcheck": "false",
                "autocapitalize": "off",
            },
            text,
        ),
        el(
            "div",
            {"class": "actions"},
            el("button", {"type": "submit", "id": "run"}, "Run query"),
            el("span", {"class": "muted"}, " Ctrl+Enter runs the query."),
        ),
    )
    body = Html(
        el("h1", None, "Query")
        + el(
            "p",
            None,
            "SPARQL 1.1 over the whole dataset (the default graph is the union of every "
            "article's graph and the reference KB). Endpoint: ",
            el("code", None, frame.endpoint),
        )
        + form
        + el("p", {"id": "status", "class": "status", "role": "status", "aria-live": "polite"})
        + el("div", {"id": "results", "class": "results"})
        + el(
            "noscript",
            None,
            el(
                "p",
                {"class": "notice"},
                "Without JavaScript the query runs on the endpoint and your browser shows its raw "
                "result.",
            ),
        )
        + json_data(
            "examples-data",
            [
                {"name": e.name, "title": e.title, "description": e.description, "text": e.text}
                for e in examples
            ],
        )
        + json_data("prefixes-data", PREFIXES)
    )
    return page(
        frame,
        title="Query",
        body=body,
        scripts=["query.js"],
        description="Run SPARQL queries on the dipld dataset",
    )
