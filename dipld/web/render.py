"""HTML for the pieces every page shows: values with labels, predicates, facts with evidence.

>>> from dipld.iri import Iris
>>> from dipld.web.links import Links
>>> names = {"http://www.wikidata.org/entity/Q184": "Belarus"}
>>> str(value(Iri("http://www.wikidata.org/entity/Q184"), names, Links(Iris())))
'<a href="/wikidata/Q184" title="http://www.wikidata.org/entity/Q184">Belarus</a>'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dipld.web import vocab
from dipld.web.html import Html, el
from dipld.web.labels import CURRENCY_CODES
from dipld.web.links import Links
from dipld.web.resources import DERIVED, DIPLD_NS, ArticleInfo, Evidence, Fact
from dipld.web.terms import Blank, Iri, Lit, Term
from dipld.web.values import show

CONFIDENCE = DIPLD_NS + "confidence"
OBSERVED = DIPLD_NS + "observedOn"
#: fact properties that are bookkeeping, not arguments
BOOKKEEPING = frozenset({DERIVED, CONFIDENCE, OBSERVED})
#: the order arguments are shown in (others follow alphabetically)
ROLE_ORDER = tuple(
    DIPLD_NS + n if ":" not in n else n
    for n in (
        "holder", "role", "officeLabel", "jurisdiction", "accreditedTo", "post",
        "http://www.w3.org/ns/org#member", "http://www.w3.org/ns/org#organization",
        "eventType", "cameoCode", "actor", "recipient", "participant", "party",
        "exporter", "importer", "reporter", "partner", "flow", "amount", "currency", "share",
        "period", "grantor", "grantee", "activity", "territory", "instrument", "topic",
        "date", "startDate", "endDate", "place", "status",
    )
)  # fmt: skip
_ROLE_RANK = {p: i for i, p in enumerate(ROLE_ORDER)}
#: arguments named in a fact's one-line summary, at most
SUMMARY_ROLES = 3
#: arguments that say what kind of fact it is rather than who or what it is about
NOT_IN_SUMMARY = frozenset(
    DIPLD_NS + n for n in ("eventType", "cameoCode", "officeLabel", "flow", "status", "currency")
)
LONG_TEXT = 400


def value(
    term: Term,
    names: Mapping[str, str],
    links: Links,
    *,
    predicate: str = "",
    fact: Fact | None = None,
) -> Html:
    """A value: a labelled link for an IRI, a formatted literal otherwise."""
    if isinstance(term, Iri):
        label = names.get(term.value) or term.value
        href = links.href(term.value)
        if href is None:
            return el(
                "a",
                {"href": term.value, "class": "external", "rel": "nofollow", "title": term.value},
                label,
            )
        return el("a", {"href": href, "title": term.value}, label)
    if isinstance(term, Blank):
        return el("span", {"class": "muted"}, f"_:{term.value}")
    return literal(term, predicate=predicate, fact=fact)


def literal_text(lit: Lit, *, predicate: str = "", fact: Fact | None = None) -> str:
    """A literal as people read it; an amount with its fact's currency code."""
    text = show(lit, predicate=predicate)
    if predicate == DIPLD_NS + "amount" and fact is not None:
        codes = [
            CURRENCY_CODES.get(c.value.rsplit("/", 1)[-1], "")
            for c in fact.values(DIPLD_NS + "currency")
            if isinstance(c, Iri)
        ]
        code = next((c for c in codes if c), "")
        text = f"{code} {text}".strip()
    return text


def literal(lit: Lit, *, predicate: str = "", fact: Fact | None = None) -> Html:
    text = literal_text(lit, predicate=predicate, fact=fact)
    attrs: dict[str, str | None] = {"class": "literal"}
    if text != lit.value:
        attrs["title"] = lit.value
    if lit.lang and lit.lang != "en":
        return el(
            "span", {**attrs, "lang": lit.lang}, text, " ", el("span", {"class": "lang"}, lit.lang)
        )
    if len(text) > LONG_TEXT:
        return el(
            "details",
            {"class": "long"},
            el("summary", None, text[:160] + "…"),
            el("div", {"class": "text"}, text),
        )
    return el("span", attrs, text)


def predicate(iri: str, names: Mapping[str, str], links: Links) -> Html:
    """A predicate's label, linked to its documentation, with its prefixed name on hover."""
    label = names.get(iri) or vocab.humanise(vocab.local_name(iri))
    href = links.href(iri) or iri
    return el("a", {"href": href, "title": vocab.curie(iri), "class": "predicate"}, label)


def fact_class(fact: Fact) -> str:
    """The most specific dipld class of a fact (Meeting rather than Event)."""
    doc = vocab.ontology_doc()
    ours = [t[len(DIPLD_NS) :] for t in fact.types if t.startswith(DIPLD_NS)]
    for name in ours:
        if not any(other != name and name in _ancestors(other, doc) for other in ours):
            return DIPLD_NS + name
    return fact.types[0] if fact.types else ""


def _ancestors(name: str, doc: vocab.OntologyDoc) -> set[str]:
    out: set[str] = set()
    todo = [name]
    while todo:
        term = doc.terms.get(todo.pop())
        if term is None:
            continue
        for parent in term.values("subClassOf"):
            value_ = getattr(parent, "value", "")
            if isinstance(value_, str) and value_.startswith(DIPLD_NS):
                local = value_[len(DIPLD_NS) :]
                if local not in out:
                    out.add(local)
                    todo.append(local)
    return out


def arguments(fact: Fact) -> list[tuple[str, list[Term]]]:
    """The fact's arguments by predicate, in reading order."""
    grouped: dict[str, list[Term]] = {}
    for p, v in fact.props:
        if p not in BOOKKEEPING:
            grouped.setdefault(p, []).append(v)
    return sorted(grouped.items(), key=lambda kv: (_ROLE_RANK.get(kv[0], len(_ROLE_RANK)), kv[0]))


def summary(fact: Fact, names: Mapping[str, str]) -> str:
    """A one-line text naming a fact: its class and first arguments."""
    parts: list[str] = []
    for p, values in arguments(fact):
        if p in NOT_IN_SUMMARY:
            continue
        for v in values:
            if len(parts) >= SUMMARY_ROLES:
                break
            if isinstance(v, Iri):
                parts.append(names.get(v.value, v.value))
            elif isinstance(v, Lit):
                parts.append(literal_text(v, predicate=p, fact=fact))
    cls = names.get(fact_class(fact)) or vocab.humanise(vocab.local_name(fact_class(fact)))
    label = cls[:1].upper() + cls[1:]
    return f"{label}: {' · '.join(parts)}" if parts else label


def fact_number(fact: Fact) -> str:
    return fact.iri.rstrip("/").rsplit("/", 1)[-1]


def in_headline(span: Evidence, fact: Fact) -> bool:
    """True when the span's offsets count in the article's headline, not its body."""
    return span.context is not None and fact.article is not None and span.context != fact.article


def evidence_anchor(span: Evidence, fact: Fact) -> str:
    """The id of an evidence span's highlight on the article page (``hl-`` in the headline)."""
    kind = "hl" if in_headline(span, fact) else "ev"
    return f"{kind}-{span.begin}-{span.end}"


def evidence_href(span: Evidence, fact: Fact, links: Links) -> str | None:
    base = links.href(fact.article) if fact.article else None
    if base is None:
        return None
    if span.begin is None or span.end is None:
        return base
    return f"{base}#{evidence_anchor(span, fact)}"


def article_line(info: ArticleInfo | None, links: Links) -> Html | None:
    if info is None:
        return None
    title = info.text("title") or info.text("label") or info.iri
    date = info.fields.get("date")
    when = show(date) if isinstance(date, Lit) else None
    return el(
        "span",
        {"class": "source"},
        el("a", {"href": links.href(info.iri), "title": info.iri}, title),
        [", ", when] if when else None,
        [", ", info.text("publisher")] if info.text("publisher") else None,
    )


def fact_card(
    fact: Fact,
    names: Mapping[str, str],
    links: Links,
    articles: Mapping[str, ArticleInfo],
    *,
    anchor: str | None = None,
    heading: str = "h3",
    show_article: bool = True,
    anchors: Mapping[str, str] | None = None,
) -> Html:
    """A fact with its arguments, its evidence quoted and linked to the article, and its meta."""
    rows = [
        [
            el("dt", None, predicate(p, names, links)),
            el("dd", None, _values(values, names, links, p, fact)),
        ]
        for p, values in arguments(fact)
    ]
    quotes = [
        el(
            "blockquote",
            {"class": "evidence", "cite": fact.article},
            el("p", None, span.text or "(no text)"),
            el(
                "footer",
                None,
                el(
                    "a",
                    {
                        "href": (anchors or {}).get(span.iri) or evidence_href(span, fact, links),
                        "class": "in-context",
                    },
                    "Evidence in context",
                ),
                [" · ", article_line(articles.get(fact.article), links)]
                if show_article and fact.article
                else None,
            ),
        )
        for span in fact.evidence
    ]
    meta = [
        f"{vocab.humanise('confidence')} {show(v, predicate=CONFIDENCE)}"
        for v in fact.values(CONFIDENCE)
        if isinstance(v, Lit)
    ] + [f"observed on {show(v)}" for v in fact.values(OBSERVED) if isinstance(v, Lit)]
    cls = fact_class(fact)
    return el(
        "article",
        {"class": "fact", "id": anchor},
        el(
            heading,
            None,
            el("a", {"href": links.href(fact.iri), "title": fact.iri}, summary(fact, names)),
            " ",
            el("span", {"class": "badge"}, names.get(cls) or vocab.local_name(cls)),
        ),
        el("dl", {"class": "roles"}, rows),
        quotes,
        el("p", {"class": "meta"}, " · ".join(meta)) if meta else None,
    )


def _values(
    values: Sequence[Term], names: Mapping[str, str], links: Links, p: str, fact: Fact | None
) -> Html:
    items = [value(v, names, links, predicate=p, fact=fact) for v in values]
    if len(items) == 1:
        return items[0]
    return el("ul", {"class": "values"}, [el("li", None, i) for i in items])


def values_cell(values: Sequence[Term], names: Mapping[str, str], links: Links, p: str) -> Html:
    """Values of one predicate in a property table; long lists fold away."""
    shown = sorted(
        values, key=lambda v: (not isinstance(v, Iri), names.get(v.value, v.value).lower())
    )
    if len(shown) <= 12:
        return _values(shown, names, links, p, None)
    return el(
        "details",
        None,
        el("summary", None, f"{len(shown)} values"),
        _values(shown, names, links, p, None),
    )
