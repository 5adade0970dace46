"""The resource page: any IRI of the dataset (fact, entity, Wikidata item, graph, KB node).

Label and types first; then, when they apply, the fact itself with its evidence, what the
articles say about the resource (its facts grouped by class, each with the evidence sentence
quoted and linked to the highlighted sentence in its article), the named graph it is, every
property, and the incoming links by predicate.
"""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlencode

from dipld.iri import qid_of
from dipld.web import render, vocab
from dipld.web.html import Html, el
from dipld.web.layout import Frame, muted, page, section
from dipld.web.links import RESOURCE_FORMATS, wikidata_page
from dipld.web.resources import IS_STRING, RDF_TYPE, Fact, Resource
from dipld.web.terms import Iri, Lit, Term

_UNLINKED = "https://w3id.org/dipld/ontology#Unlinked"
_LINK_STATUS = "https://w3id.org/dipld/ontology#linkStatus"


def _date_key(fact: Fact, res: Resource) -> str:
    info = res.articles.get(fact.article or "")
    date = info.fields.get("date") if info else None
    return date.value if isinstance(date, Lit) else ""


def _types(res: Resource, frame: Frame) -> Html | None:
    types = res.types
    if not types:
        return None
    return el(
        "p",
        {"class": "types"},
        muted("Type "),
        [
            [render.value(Iri(t), res.labels, frame.links), " "]
            for t in sorted(types, key=lambda t: res.label(t).lower())
        ],
    )


def _facts_section(res: Resource, frame: Frame) -> Html | None:
    facts = [f for f in res.facts if f.iri != res.iri]
    if not facts:
        return None
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[render.fact_class(fact)].append(fact)
    order = sorted(groups, key=lambda c: (-len(groups[c]), res.label(c)))
    body = []
    for cls in order:
        items = sorted(groups[cls], key=lambda f: (_date_key(f, res), f.iri), reverse=True)
        label = res.labels.get(cls) or vocab.humanise(vocab.local_name(cls))
        body.append(
            el(
                "section",
                {"class": "fact-group", "id": f"facts-{vocab.local_name(cls)}"},
                el("h3", None, f"{label[:1].upper()}{label[1:]} ({len(items)})"),
                [
                    render.fact_card(f, res.labels, frame.links, res.articles, heading="h4")
                    for f in items
                ],
            )
        )
    return section(f"What the articles say ({len(facts)} facts)", body, anchor="facts")


def _own_fact(res: Resource, frame: Frame) -> Html | None:
    fact = res.own_fact
    if fact is None:
        return None
    return section(
        "Fact",
        render.fact_card(fact, res.labels, frame.links, res.articles, heading="h3"),
        anchor="fact",
    )


def _properties(res: Resource, frame: Frame) -> Html | None:
    grouped: dict[str, list[Term]] = defaultdict(list)
    for p, v in res.props:
        if p in {RDF_TYPE, IS_STRING}:
            continue
        grouped[p].append(v)
    if not grouped:
        return None
    rows = [
        el(
            "tr",
            None,
            el("th", {"scope": "row"}, render.predicate(p, res.labels, frame.links)),
            el("td", None, render.values_cell(values, res.labels, frame.links, p)),
        )
        for p, values in sorted(grouped.items(), key=lambda kv: res.label(kv[0]).lower())
    ]
    note = (
        el("p", {"class": "muted"}, "Only the first properties are shown; query for the rest.")
        if res.truncated
        else None
    )
    return section(
        "Properties",
        el("table", {"class": "props"}, el("tbody", None, rows)),
        note,
        anchor="properties",
    )


def _incoming_query(iri: str, predicate: str) -> str:
    return f"SELECT ?subject WHERE {{\n  ?subject <{predicate}> <{iri}> .\n}}\nLIMIT 1000\n"


def _incoming(res: Resource, frame: Frame) -> Html | None:
    if not res.incoming:
        return None
    links = frame.links
    rows = []
    for inc in res.incoming:
        more = inc.count - len(inc.subjects)
        query_href = links.path(
            "query?" + urlencode({"query": _incoming_query(res.iri, inc.predicate)})
        )
        rows.append(
            el(
                "tr",
                None,
                el(
                    "th",
                    {"scope": "row"},
                    render.predicate(inc.predicate, res.labels, links),
                    muted(f" of {inc.count}"),
                ),
                el(
                    "td",
                    None,
                    el(
                        "ul",
                        {"class": "values"},
                        [
                            el("li", None, render.value(Iri(s), res.labels, links))
                            for s in inc.subjects
                        ],
                    ),
                    el("p", None, el("a", {"href": query_href}, f"… and {more} more (query)"))
                    if more > 0
                    else None,
                ),
            )
        )
    return section(
        "Incoming links",
        el("p", {"class": "muted"}, "Resources whose properties point here."),
        el("table", {"class": "props"}, el("tbody", None, rows)),
        anchor="incoming",
    )


def _graph(res: Resource, frame: Frame, local: str) -> Html | None:
    if res.graph_triples is None:
        return None
    links = frame.links
    graph_id = local.split("/", 1)[1] if local.startswith("graph/") else None
    article = frame.links.iris.article(graph_id) if graph_id else None
    downloads = (
        [
            [el("a", {"href": links.path(f"download/graph/{graph_id}.{ext}")}, name), " "]
            for ext, name in (
                ("ttl", "Turtle"),
                ("trig", "TriG"),
                ("nq", "N-Quads"),
                ("jsonld", "JSON-LD"),
            )
        ]
        if graph_id
        else None
    )
    return section(
        "Named graph",
        el("p", None, f"This named graph holds {res.graph_triples:,} triples."),
        el(
            "p",
            None,
            "The article it holds: ",
            el("a", {"href": links.href(str(article))}, res.labels.get(str(article), str(article))),
        )
        if article is not None and str(article) in res.articles
        else None,
        el("p", {"class": "downloads"}, "Download: ", downloads) if downloads else None,
        anchor="graph",
    )


def resource_page(frame: Frame, res: Resource, local: str | None) -> Html:
    """The page of one resource; ``local`` is its path under the base (None for Wikidata)."""
    links = frame.links
    own = res.own_fact
    title = render.summary(own, res.labels) if own else res.labels.get(res.iri) or res.iri
    if res.graph_triples is not None and local and local.startswith("graph/"):
        article = str(frame.links.iris.article(local.split("/", 1)[1]))
        if article in res.articles:
            title = f"Graph of “{res.label(article)}”"
    qid = qid_of(res.iri)
    notes: list[Html] = []
    if qid is not None:
        notes.append(
            el(
                "p",
                {"class": "outlink"},
                "Wikidata item ",
                el(
                    "a",
                    {"href": wikidata_page(qid), "class": "external", "rel": "external"},
                    f"{qid} on Wikidata",
                ),
            )
        )
    if any(isinstance(v, Iri) and v.value == _UNLINKED for v in res.values(_LINK_STATUS)):
        notes.append(
            el(
                "p",
                {"class": "notice"},
                "This entity could not be linked to Wikidata with confidence; it is known only "
                "by its name in the articles.",
            )
        )
    content = Html(
        "".join(
            str(part)
            for part in (
                el("h1", None, title),
                _types(res, frame),
                *notes,
                _own_fact(res, frame),
                _graph(res, frame, local or ""),
                _facts_section(res, frame),
                _properties(res, frame),
                _incoming(res, frame),
            )
            if part is not None
        )
    )
    path = local if local is not None else f"wikidata/{qid}"
    alternates = [(f, links.representation(path, f)) for f in RESOURCE_FORMATS.formats]
    return page(
        frame,
        title=title,
        body=content,
        alternates=alternates,
        iri=res.iri,
        description=f"{title}: what the dipld dataset says about it",
    )
