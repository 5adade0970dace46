"""The article page: its text with every fact's evidence highlighted, and the facts beside it.

Each evidence span becomes a ``<mark id="ev-BEGIN-END">`` around its characters, so a link to
``/article/X#ev-BEGIN-END`` scrolls to the sentence and highlights it (CSS ``:target``), with
no script. Spans that share characters are nested; a span that crosses another is split, its
first part carrying the id. Offsets are code points into the body (``nif:beginIndex`` /
``nif:endIndex``); a span whose offsets do not reproduce its text is placed where its text
first occurs, or listed as not found.

>>> from dipld.web.resources import Evidence
>>> body = "Belarus met Russia. They signed a treaty."
>>> marks, missing = place([Evidence("e1", "They signed a treaty.", 20, 41)], body)
>>> str(highlight(body, marks, {}))
'Belarus met Russia. <mark id="ev-20-41" class="ev">They signed a treaty.</mark>'
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dipld.web import render
from dipld.web.html import Html, el, esc
from dipld.web.layout import Frame, muted, page
from dipld.web.links import RESOURCE_FORMATS
from dipld.web.resources import HEADLINE, IS_STRING, Evidence, Fact, Resource
from dipld.web.terms import Iri, Lit
from dipld.web.values import show


@dataclass(frozen=True, slots=True)
class Mark:
    begin: int
    end: int


def place(spans: Sequence[Evidence], body: str) -> tuple[list[Mark], list[Evidence]]:
    """Where each span is in the body (distinct marks), and the spans that are not in it."""
    marks: set[tuple[int, int]] = set()
    missing: list[Evidence] = []
    for span in spans:
        b, e = span.begin, span.end
        if (
            b is not None
            and e is not None
            and 0 <= b < e <= len(body)
            and (not span.text or body[b:e] == span.text)
        ):
            marks.add((b, e))
            continue
        found = body.find(span.text) if span.text else -1
        if found >= 0:
            marks.add((found, found + len(span.text)))
        else:
            missing.append(span)
    return [Mark(b, e) for b, e in sorted(marks, key=lambda m: (m[0], -m[1]))], missing


def _laminar(marks: Sequence[Mark]) -> list[tuple[int, int, Mark, bool]]:
    """Pieces that nest properly: (begin, end, mark, carries the id)."""
    heap = [(m.begin, -m.end, i, m, True) for i, m in enumerate(marks)]
    heapq.heapify(heap)
    seq = len(heap)
    out: list[tuple[int, int, Mark, bool]] = []
    open_ends: list[int] = []
    while heap:
        b, neg_e, _, mark, first = heapq.heappop(heap)
        e = -neg_e
        while open_ends and open_ends[-1] <= b:
            open_ends.pop()
        if open_ends and e > open_ends[-1]:
            cut = open_ends[-1]
            heapq.heappush(heap, (b, -cut, seq, mark, first))
            heapq.heappush(heap, (cut, -e, seq + 1, mark, False))
            seq += 2
            continue
        out.append((b, e, mark, first))
        open_ends.append(e)
    return out


def highlight(
    body: str,
    marks: Sequence[Mark],
    facts_at: Mapping[tuple[int, int], list[str]],
    kind: str = "ev",
) -> Html:
    """The text as HTML with each mark highlighted (text escaped, line breaks kept by CSS);
    marks get ids ``{kind}-{begin}-{end}``."""
    out: list[str] = []
    pos = 0
    stack: list[tuple[int, Mark]] = []  # open pieces: where each ends, and its mark

    def close() -> None:
        nonlocal pos
        end, mark = stack.pop()
        out.append(esc(body[pos:end]))
        pos = end
        out.append("</mark>")
        numbers = facts_at.get((mark.begin, mark.end), []) if end == mark.end else []
        if numbers:
            out.append(
                el(
                    "sup",
                    {"class": "refs"},
                    [el("a", {"href": f"#fact-{n}", "title": f"fact {n}"}, n) for n in numbers],
                )
            )

    for begin, end, mark, first in _laminar(marks):
        while stack and stack[-1][0] <= begin:
            close()
        out.append(esc(body[pos:begin]))
        pos = begin
        anchor = f"{kind}-{mark.begin}-{mark.end}" if first else None
        out.append(Html(f'<mark id="{anchor}" class="ev">' if anchor else '<mark class="ev">'))
        stack.append((end, mark))
    while stack:
        close()
    out.append(esc(body[pos:]))
    return Html("".join(out))


def _placed(
    facts: Sequence[Fact], text: str, wanted: bool
) -> tuple[list[Mark], list[Evidence], dict[tuple[int, int], list[str]], dict[str, str]]:
    """Marks of the spans in one text (body: wanted=False, headline: True), the spans not
    found, the fact numbers at each mark and each span's anchor."""
    kind = "hl" if wanted else "ev"
    spans = [s for f in facts for s in f.evidence if render.in_headline(s, f) is wanted]
    marks, missing = place(spans, text)
    facts_at: dict[tuple[int, int], list[str]] = {}
    anchors: dict[str, str] = {}
    for fact in facts:
        for span in fact.evidence:
            if render.in_headline(span, fact) is not wanted:
                continue
            found, _ = place([span], text)
            if found:
                at = (found[0].begin, found[0].end)
                numbers = facts_at.setdefault(at, [])
                if render.fact_number(fact) not in numbers:
                    numbers.append(render.fact_number(fact))
                anchors[span.iri] = f"#{kind}-{at[0]}-{at[1]}"
    return marks, missing, facts_at, anchors


def article_page(frame: Frame, res: Resource, local: str) -> Html:
    links = frame.links
    names = res.labels
    body_terms = [v for v in res.values(IS_STRING) if isinstance(v, Lit)]
    body = body_terms[0].value if body_terms else ""
    facts = [f for f in res.facts if f.article == res.iri]
    title = names.get(res.iri) or local
    headline = next((v.value for v in res.values(HEADLINE) if isinstance(v, Lit)), title)
    marks, missing, facts_at, anchors = _placed(facts, body, wanted=False)
    hl_marks, hl_missing, hl_facts_at, hl_anchors = _placed(facts, headline, wanted=True)
    anchors.update(hl_anchors)
    missing += hl_missing
    text = el(
        "section",
        {"class": "article-body", "aria-label": "article text"},
        el("h2", None, "Text"),
        el("div", {"class": "text"}, highlight(body, marks, facts_at)),
        el("p", {"class": "muted"}, f"{len(missing)} evidence span(s) not found in the text")
        if missing
        else None,
    )
    fact_list = el(
        "section",
        {"class": "article-facts", "aria-label": "extracted facts"},
        el("h2", None, f"Extracted facts ({len(facts)})"),
        [
            render.fact_card(
                f,
                names,
                links,
                res.articles,
                anchor=f"fact-{render.fact_number(f)}",
                show_article=False,
                anchors=anchors,
            )
            for f in facts
        ]
        if facts
        else el("p", {"class": "muted"}, "No facts were extracted from this article."),
    )
    graph_id = ctx_graph_id(local)
    downloads = el(
        "p",
        {"class": "downloads"},
        "Download this article's graph: ",
        [
            [el("a", {"href": links.path(f"download/graph/{graph_id}.{ext}")}, name), " "]
            for ext, name in (
                ("ttl", "Turtle"),
                ("trig", "TriG"),
                ("nq", "N-Quads"),
                ("jsonld", "JSON-LD"),
            )
        ],
    )
    heading = (
        el("h1", None, highlight(headline, hl_marks, hl_facts_at, "hl"))
        if hl_marks
        else el("h1", None, title)
    )
    content = Html(
        heading
        + _fields(res, frame)
        + downloads
        + el("div", {"class": "article-layout"}, text, fact_list)
    )
    alternates = [(f, links.representation(local, f)) for f in RESOURCE_FORMATS.formats]
    return page(
        frame,
        title=title,
        body=content,
        alternates=alternates,
        iri=res.iri,
        description=f"{title}: article text and the facts extracted from it",
    )


def ctx_graph_id(local: str) -> str:
    return local.split("/", 1)[1] if "/" in local else local


def _fields(res: Resource, frame: Frame) -> Html:
    names = res.labels
    rows: list[Html] = []
    shown = (
        ("http://schema.org/datePublished", "Published"),
        ("http://schema.org/publisher", "Publisher"),
        ("https://w3id.org/dipld/ontology#dateline", "Dateline"),
        ("http://schema.org/url", "Original"),
        ("http://purl.org/dc/terms/source", "Read from"),
        ("http://purl.org/dc/terms/license", "Licence"),
    )
    for pred, label in shown:
        for v in res.values(pred):
            if isinstance(v, Iri) and pred == "http://schema.org/url":
                cell = el("a", {"href": v.value, "class": "external", "rel": "external"}, v.value)
            elif isinstance(v, Iri):
                cell = render.value(v, names, frame.links, predicate=pred)
            elif isinstance(v, Lit):
                cell = el("span", None, show(v, predicate=pred))
            else:
                continue
            rows.append(el("div", None, el("dt", None, label), el("dd", None, cell)))
    return el("dl", {"class": "article-meta"}, rows) if rows else muted("")
