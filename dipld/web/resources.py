"""What the store says about one IRI, gathered for its page: properties, facts, incoming links.

A handful of small SELECT queries on the workers (cached per dataset version with the rest of
the query results) build a :class:`Resource`: the resource's own triples, the facts it is an
argument of (for an entity) or that were derived from it (for an article) with their evidence
spans and articles, its incoming links by predicate, and a label for every IRI involved.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib.namespace import PROV

from dipld.iri import NIF, SCHEMA
from dipld.serve.context import DatasetVersion, ServeContext
from dipld.web import vocab
from dipld.web.labels import labels
from dipld.web.terms import Iri, Lit, Term, integer, select, sparql_iri

RDF_TYPE = vocab.RDF + "type"
DIPLD_NS = "https://w3id.org/dipld/ontology#"
ARTICLE_CLASS = DIPLD_NS + "Article"
EVIDENCE = DIPLD_NS + "evidence"
DERIVED = str(PROV.wasDerivedFrom)
IS_STRING = str(NIF.isString)
ANCHOR_OF = str(NIF.anchorOf)
BEGIN = str(NIF.beginIndex)
END = str(NIF.endIndex)
REFERENCE_CONTEXT = str(NIF.referenceContext)
HEADLINE = str(SCHEMA.headline)
#: facts listed on one page at most
MAX_FACTS = 2000
#: outgoing triples read for one page at most
MAX_PROPERTIES = 5000
#: subjects shown per incoming predicate
INCOMING_SAMPLE = 25

_ARTICLE_FIELDS = {
    "title": str(SCHEMA.headline),
    "date": str(SCHEMA.datePublished),
    "publisher": str(SCHEMA.publisher),
    "url": str(SCHEMA.url),
    "source": vocab.DCTERMS + "source",
    "license": vocab.DCTERMS + "license",
    "label": vocab.RDFS + "label",
    "dateline": DIPLD_NS + "dateline",
}


@dataclass(frozen=True, slots=True)
class Evidence:
    iri: str
    text: str
    begin: int | None
    end: int | None
    #: the NIF context the offsets count in: the article (its body) or its headline node
    context: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    iri: str
    types: tuple[str, ...]
    #: (predicate, value) of every triple of the fact but its types and evidence links
    props: tuple[tuple[str, Term], ...]
    evidence: tuple[Evidence, ...]
    article: str | None

    def values(self, predicate: str) -> list[Term]:
        return [v for p, v in self.props if p == predicate]


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    iri: str
    fields: dict[str, Term]

    def text(self, name: str) -> str | None:
        term = self.fields.get(name)
        return term.value if term is not None else None


@dataclass(frozen=True, slots=True)
class Incoming:
    predicate: str
    count: int
    subjects: tuple[str, ...]


@dataclass(frozen=True)
class Resource:
    """Everything a page shows about one IRI."""

    iri: str
    props: tuple[tuple[str, Term], ...]
    incoming: tuple[Incoming, ...]
    facts: tuple[Fact, ...]
    articles: dict[str, ArticleInfo]
    labels: dict[str, str]
    #: triples in the named graph of this name (None: not a graph)
    graph_triples: int | None = None
    truncated: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    def values(self, predicate: str) -> list[Term]:
        return [v for p, v in self.props if p == predicate]

    @property
    def types(self) -> list[str]:
        return [v.value for v in self.values(RDF_TYPE) if isinstance(v, Iri)]

    @property
    def own_fact(self) -> Fact | None:
        return next((f for f in self.facts if f.iri == self.iri), None)

    def label(self, iri: str) -> str:
        return self.labels.get(iri, iri)

    @property
    def exists(self) -> bool:
        return bool(self.props or self.incoming or self.graph_triples is not None)


async def _outgoing(
    ctx: ServeContext, version: DatasetVersion, iri: str
) -> tuple[list[tuple[str, Term]], bool]:
    rows = await select(
        ctx, f"SELECT ?p ?o WHERE {{ {sparql_iri(iri)} ?p ?o }}", version, limit=MAX_PROPERTIES
    )
    props = [
        (p.value, o)
        for row in rows
        if isinstance(p := row.get("p"), Iri) and (o := row.get("o")) is not None
    ]
    return props, len(rows) >= MAX_PROPERTIES


async def _incoming(ctx: ServeContext, version: DatasetVersion, iri: str) -> list[Incoming]:
    node = sparql_iri(iri)
    counts = await select(
        ctx,
        f"SELECT ?p (COUNT(?s) AS ?n) WHERE {{ ?s ?p {node} }} GROUP BY ?p ORDER BY DESC(?n) ?p",
        version,
    )
    preds = [(p.value, integer(row, "n")) for row in counts if isinstance(p := row.get("p"), Iri)]
    if not preds:
        return []
    union = " UNION ".join(
        f"{{ SELECT ?s ({sparql_iri(p)} AS ?p) WHERE {{ ?s {sparql_iri(p)} {node} "
        f"FILTER(ISIRI(?s)) }} LIMIT {INCOMING_SAMPLE} }}"
        for p, _ in preds
    )
    samples: dict[str, list[str]] = defaultdict(list)
    for row in await select(ctx, f"SELECT ?s ?p WHERE {{ {union} }}", version):
        s, p = row.get("s"), row.get("p")
        if isinstance(s, Iri) and isinstance(p, Iri):
            samples[p.value].append(s.value)
    return [Incoming(p, n, tuple(samples.get(p, ()))) for p, n in preds]


async def facts_where(ctx: ServeContext, version: DatasetVersion, selector: str) -> list[Fact]:
    """The facts (assertions derived from an article) a group pattern binding ?fact selects."""
    query = f"""
SELECT ?fact ?p ?o ?ev ?text ?b ?e ?ctx WHERE {{
  {{ SELECT DISTINCT ?fact WHERE {{
      {selector}
      ?fact <{DERIVED}> ?art_ . ?art_ a <{ARTICLE_CLASS}> .
  }} LIMIT {MAX_FACTS} }}
  {{ ?fact ?p ?o }}
  UNION
  {{ ?fact <{EVIDENCE}> ?ev .
     OPTIONAL {{ ?ev <{ANCHOR_OF}> ?text }}
     OPTIONAL {{ ?ev <{BEGIN}> ?b }}
     OPTIONAL {{ ?ev <{END}> ?e }}
     OPTIONAL {{ ?ev <{REFERENCE_CONTEXT}> ?ctx }} }}
}}"""
    props: dict[str, list[tuple[str, Term]]] = defaultdict(list)
    evidence: dict[str, dict[str, Evidence]] = defaultdict(dict)
    for row in await select(ctx, query, version):
        fact = row.get("fact")
        if not isinstance(fact, Iri):
            continue
        ev = row.get("ev")
        if isinstance(ev, Iri):
            text, b, e, ctx_ = row.get("text"), row.get("b"), row.get("e"), row.get("ctx")
            evidence[fact.value][ev.value] = Evidence(
                ev.value,
                text.value if isinstance(text, Lit) else "",
                b.as_int() if isinstance(b, Lit) else None,
                e.as_int() if isinstance(e, Lit) else None,
                ctx_.value if isinstance(ctx_, Iri) else None,
            )
        p, o = row.get("p"), row.get("o")
        if isinstance(p, Iri) and o is not None:
            props[fact.value].append((p.value, o))
    out: list[Fact] = []
    for iri, triples in props.items():
        types = tuple(sorted(v.value for p, v in triples if p == RDF_TYPE and isinstance(v, Iri)))
        article = next((v.value for p, v in triples if p == DERIVED and isinstance(v, Iri)), None)
        kept = tuple(
            sorted((t for t in triples if t[0] not in {RDF_TYPE, EVIDENCE}), key=_prop_key)
        )
        spans = tuple(sorted(evidence[iri].values(), key=lambda s: (s.begin or 0, s.iri)))
        out.append(Fact(iri, types, kept, spans, article))
    return out


def _prop_key(prop: tuple[str, Term]) -> tuple[str, str]:
    return (prop[0], prop[1].value)


async def article_infos(
    ctx: ServeContext, version: DatasetVersion, articles: set[str]
) -> dict[str, ArticleInfo]:
    """Headline, date, publisher ... of each article (never its body)."""
    if not articles:
        return {}
    values = " ".join(sparql_iri(a) for a in sorted(articles))
    preds = ", ".join(f"<{p}>" for p in _ARTICLE_FIELDS.values())
    # one VALUES block and FILTER IN: two VALUES blocks make Oxigraph scan far more
    rows = await select(
        ctx,
        f"SELECT ?a ?p ?o WHERE {{ VALUES ?a {{ {values} }} ?a ?p ?o FILTER(?p IN ({preds})) }}",
        version,
    )
    by_pred = {p: name for name, p in _ARTICLE_FIELDS.items()}
    fields: dict[str, dict[str, Term]] = defaultdict(dict)
    for row in rows:
        a, p, o = row.get("a"), row.get("p"), row.get("o")
        if isinstance(a, Iri) and isinstance(p, Iri) and o is not None:
            fields[a.value].setdefault(by_pred[p.value], o)
    return {a: ArticleInfo(a, fields.get(a, {})) for a in articles}


def fact_iris(facts: list[Fact]) -> set[str]:
    """Every IRI a list of facts mentions (for labels)."""
    out: set[str] = set()
    for fact in facts:
        out.update(fact.types)
        for p, v in fact.props:
            out.add(p)
            if isinstance(v, Iri):
                out.add(v.value)
    return out


async def describe(ctx: ServeContext, version: DatasetVersion, iri: str) -> Resource:
    """Gather a resource's page data (``Resource.exists`` is False for an unknown IRI)."""
    props, truncated = await _outgoing(ctx, version, iri)
    incoming = await _incoming(ctx, version, iri)
    stats = await ctx.stats(version)
    graph_triples = dict(stats.graphs).get(iri)
    node = sparql_iri(iri)
    types = {v.value for p, v in props if p == RDF_TYPE and isinstance(v, Iri)}
    if EVIDENCE in {p for p, _ in props}:  # a fact: itself
        facts = await facts_where(ctx, version, f"VALUES ?fact {{ {node} }}")
    elif DIPLD_NS + "EvidenceSpan" in types:  # an evidence span: its fact
        facts = await facts_where(ctx, version, f"?fact <{EVIDENCE}> {node} .")
    elif incoming:
        facts = await facts_where(ctx, version, f"?fact ?role_ {node} .")
    else:
        facts = []
    facts.sort(key=_fact_order)
    graph_article = ctx.iris.article_id_of(iri) if graph_triples is not None else None
    article_set = {f.article for f in facts if f.article}
    if graph_article is not None:  # a named graph: the article it holds, if there is one
        article_set.add(str(ctx.iris.article(graph_article)))
    articles = {
        a: info
        for a, info in (await article_infos(ctx, version, article_set)).items()
        if info.fields
    }
    wanted = {iri} | fact_iris(facts) | set(articles)
    for p, v in props:
        wanted.add(p)
        if isinstance(v, Iri):
            wanted.add(v.value)
    for inc in incoming:
        wanted.add(inc.predicate)
        wanted.update(inc.subjects)
    names = await labels(ctx, version, wanted)
    return Resource(
        iri, tuple(props), tuple(incoming), tuple(facts), articles, names, graph_triples, truncated
    )


def _fact_order(fact: Fact) -> tuple[str, int, str]:
    number = fact.iri.rsplit("/", 1)[-1]
    return (fact.article or "", int(number) if number.isdigit() else 0, fact.iri)
