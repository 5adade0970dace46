"""The ontology at its namespace: documentation of every class, property and concept.

Generated from ``ontology/dipld.ttl`` (through :mod:`dipld.web.vocab`); each term has an anchor
named by its local name, so ``https://w3id.org/dipld/ontology#Meeting`` lands on its entry.
Mentions of ``dipld:Term`` in comments become links to the term.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from dipld.iri import ONTOLOGY_IRI
from dipld.web import vocab
from dipld.web.html import Html, el
from dipld.web.layout import Frame, muted, page, section
from dipld.web.links import RESOURCE_FORMATS, wikidata_page

_MENTION = re.compile(r"\bdipld:([A-Za-z][A-Za-z0-9_]*)")
_RELATION_NAMES = {
    "subClassOf": "subclass of",
    "subPropertyOf": "subproperty of",
    "domain": "domain",
    "range": "range",
    "inScheme": "in scheme",
    "broader": "broader",
    "notation": "notation",
    "closeMatch": "close match",
    "exactMatch": "exact match",
    "seeAlso": "see also",
}
_SECTIONS = (
    ("Class", "Classes", "classes"),
    ("Object property", "Object properties", "object-properties"),
    ("Datatype property", "Datatype properties", "datatype-properties"),
    ("Property", "Other properties", "properties"),
    ("Concept scheme", "Concept schemes", "schemes"),
    ("Concept", "Concepts", "concepts"),
)


def _text(comment: str, doc: vocab.OntologyDoc) -> Html:
    """A comment's paragraphs, with dipld: mentions linked to their entries."""
    out: list[Html] = []
    for para in re.split(r"\n\s*\n", comment):
        pieces: list[object] = []
        pos = 0
        flat = " ".join(para.split())
        for m in _MENTION.finditer(flat):
            pieces.append(flat[pos : m.start()])
            name = m.group(1)
            pieces.append(
                el("a", {"href": f"#{name}"}, m.group(0)) if name in doc.terms else m.group(0)
            )
            pos = m.end()
        pieces.append(flat[pos:])
        out.append(el("p", None, pieces))
    return Html("".join(out))


def _node(node: vocab.Node, doc: vocab.OntologyDoc, frame: Frame) -> Html:
    if isinstance(node, ox.Literal):
        return el("code", None, node.value)
    if isinstance(node, ox.BlankNode):
        members = doc.unions.get(str(node))
        if members:
            return Html(" or ".join(_iri(m, doc, frame) for m in members))
        return muted("(a class expression)")
    return _iri(node.value, doc, frame)


def _iri(iri: str, doc: vocab.OntologyDoc, frame: Frame) -> Html:
    ns = "https://w3id.org/dipld/ontology#"
    if iri.startswith(ns) and iri[len(ns) :] in doc.terms:
        return el("a", {"href": f"#{iri[len(ns) :]}"}, vocab.curie(iri))
    if iri.startswith("http://www.wikidata.org/entity/"):
        qid = iri.rsplit("/", 1)[-1]
        return el("a", {"href": wikidata_page(qid), "class": "external", "title": iri}, f"wd:{qid}")
    return el("a", {"href": iri, "class": "external", "title": iri}, vocab.curie(iri))


def _entry(term: vocab.TermDoc, doc: vocab.OntologyDoc, frame: Frame) -> Html:
    rows = [
        el(
            "div",
            None,
            el("dt", None, _RELATION_NAMES.get(name, name)),
            el("dd", None, [[_node(v, doc, frame), " "] for v in values]),
        )
        for name, values in term.relations
    ]
    narrower = doc.narrower.get(term.name, ())
    if narrower:
        label = {"Class": "subclasses", "Concept scheme": "concepts"}.get(
            term.kind, "narrower terms"
        )
        rows.append(
            el(
                "div",
                None,
                el("dt", None, label),
                el("dd", None, [[el("a", {"href": f"#{n}"}, f"dipld:{n}"), " "] for n in narrower]),
            )
        )
    return el(
        "article",
        {"class": "term", "id": term.name},
        el(
            "h3",
            None,
            term.label or term.name,
            " ",
            el("code", {"class": "curie"}, f"dipld:{term.name}"),
        ),
        el("p", {"class": "iri muted"}, term.iri, " · ", term.kind.lower()),
        _text(term.comment, doc) if term.comment else None,
        el("dl", {"class": "relations"}, rows) if rows else None,
    )


def ontology_page(frame: Frame) -> Html:
    doc = vocab.ontology_doc()
    links = frame.links
    toc = []
    sections = []
    for kind, title, anchor in _SECTIONS:
        terms = doc.by_kind(kind)
        if not terms:
            continue
        toc.append(el("li", None, el("a", {"href": f"#{anchor}"}, title), muted(f" {len(terms)}")))
        sections.append(
            section(
                title,
                el(
                    "p",
                    {"class": "index"},
                    [[el("a", {"href": f"#{t.name}"}, t.name), " "] for t in terms],
                ),
                [_entry(t, doc, frame) for t in terms],
                anchor=anchor,
            )
        )
    others = [t for t in doc.terms.values() if t.kind == "Term"]
    if others:
        sections.append(
            section("Other terms", [_entry(t, doc, frame) for t in others], anchor="other")
        )
    head = Html(
        el("h1", None, doc.title or "dipld ontology")
        + el(
            "p",
            {"class": "muted"},
            f"Version {doc.version} · namespace ",
            el("code", None, "https://w3id.org/dipld/ontology#"),
            " · prefix ",
            el("code", None, "dipld:"),
            [" · licence ", el("a", {"href": doc.license, "class": "external"}, doc.license)]
            if doc.license
            else None,
        )
        + _text(doc.description, doc)
        + el(
            "p",
            None,
            "Download: ",
            el("a", {"href": links.path("ontology.ttl"), "type": "text/turtle"}, "Turtle"),
            " (the ontology file, with its comments)",
        )
        + el("nav", {"class": "toc", "aria-label": "contents"}, el("ul", None, toc))
    )
    alternates = [(f, links.representation("ontology", f)) for f in RESOURCE_FORMATS.formats]
    return page(
        frame,
        title=doc.title or "Ontology",
        body=Html(head + "".join(sections)),
        alternates=alternates,
        iri=str(ONTOLOGY_IRI),
        description="The dipld ontology: classes, properties and concepts of diplomacy data",
    )
