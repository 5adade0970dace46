"""The frame of every HTML page: head (alternates, VoID link, stylesheet), navigation, footer.

Pages are plain HTML that reads well without JavaScript and on a phone; only the query page
loads a script, from this server (``/static/``), never from a CDN.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from dipld import __version__
from dipld.serve import formats
from dipld.web.html import Html, el, esc
from dipld.web.links import Links

#: security headers of every HTML page: nothing but this server's own files may run or load
HTML_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}

FORMAT_NAMES = {
    "html": "HTML",
    "turtle": "Turtle",
    "jsonld": "JSON-LD",
    "ntriples": "N-Triples",
    "rdfxml": "RDF/XML",
    "trig": "TriG",
    "nquads": "N-Quads",
}


@cache
def static_bytes(name: str) -> bytes:
    """A file of ``dipld/web/static`` (packaged with dipld)."""
    return files("dipld.web").joinpath("static", name).read_bytes()


@cache
def static_version(name: str) -> str:
    return hashlib.sha256(static_bytes(name)).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Frame:
    """What every page of one request needs: links, the endpoint URL and the dataset version."""

    links: Links
    #: absolute public URL of the server root, ending in '/'
    root: str
    version: str

    def static(self, name: str) -> str:
        return self.links.path(f"static/{name}?v={static_version(name)}")

    @property
    def endpoint(self) -> str:
        return self.root + "sparql"


def _nav(frame: Frame) -> Html:
    p = frame.links.path
    items = (
        ("", "Home"),
        ("articles", "Articles"),
        ("query", "Query"),
        ("ontology", "Ontology"),
        (".well-known/void", "VoID"),
    )
    return el(
        "nav",
        {"class": "site", "aria-label": "site"},
        el("a", {"href": p(""), "class": "brand"}, "dipld"),
        el(
            "ul",
            None,
            [el("li", None, el("a", {"href": p(target)}, text)) for target, text in items[1:]],
        ),
    )


def page(
    frame: Frame,
    *,
    title: str,
    body: Html,
    alternates: Sequence[tuple[formats.Format, str]] = (),
    iri: str | None = None,
    scripts: Sequence[str] = (),
    description: str = "",
) -> Html:
    """A whole HTML document."""
    p = frame.links.path
    head = [
        Html('<meta charset="utf-8">'),
        el("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}),
        el("title", None, f"{title} · dipld"),
        el("meta", {"name": "description", "content": description or title}),
        el("link", {"rel": "stylesheet", "href": frame.static("style.css")}),
        el("link", {"rel": "icon", "href": "data:,"}),
        el(
            "link",
            {
                "rel": "describedby",
                "type": "text/turtle",
                "title": "VoID description of the dataset",
                "href": p(".well-known/void"),
            },
        ),
        [
            el(
                "link",
                {
                    "rel": "alternate",
                    "type": fmt.media_type,
                    "href": href,
                    "title": FORMAT_NAMES[fmt.name],
                },
            )
            for fmt, href in alternates
            if fmt.name != "html"
        ],
        [el("script", {"src": frame.static(s), "defer": True}) for s in scripts],
    ]
    formats_line = (
        el(
            "p",
            {"class": "formats"},
            "This page as: ",
            [
                [el("a", {"href": href, "type": fmt.media_type}, FORMAT_NAMES[fmt.name]), " "]
                for fmt, href in alternates
            ],
        )
        if alternates
        else None
    )
    iri_line = (
        el("p", {"class": "iri"}, el("span", {"class": "muted"}, "IRI "), el("code", None, iri))
        if iri
        else None
    )
    footer = el(
        "footer",
        None,
        el(
            "p",
            None,
            el("a", {"href": p(".well-known/void")}, "VoID"),
            " · ",
            el("a", {"href": p("catalog")}, "DCAT catalogue"),
            " · ",
            el("a", {"href": p("sparql")}, "SPARQL endpoint"),
            " · ",
            el("a", {"href": p("ontology")}, "Ontology"),
            " · ",
            el("a", {"href": p("#downloads")}, "Downloads"),
        ),
        el("p", {"class": "muted"}, f"dipld {__version__} · dataset version {frame.version}"),
    )
    doc = el(
        "html",
        {"lang": "en"},
        el("head", None, head),
        el(
            "body",
            None,
            el("header", None, _nav(frame)),
            el("main", None, iri_line, body, formats_line),
            footer,
        ),
    )
    return Html("<!DOCTYPE html>\n" + doc)


def section(title: str, *children: object, anchor: str | None = None) -> Html:
    return el("section", {"id": anchor}, el("h2", None, title), *children)


def muted(text: object) -> Html:
    return el("span", {"class": "muted"}, esc(text))
