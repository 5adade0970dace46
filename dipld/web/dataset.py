"""Whole-dataset figures for the home page, the article list, VoID and DCAT.

Computed with SELECT queries on the workers, once per dataset version (the queries' results
are cached with the version, and :func:`void_stats` keeps its own result per version).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from dipld.iri import WD
from dipld.serve.context import STATS_TIMEOUT, DatasetVersion, ServeContext
from dipld.web.pervers import PerVersion
from dipld.web.resources import ARTICLE_CLASS, DERIVED, DIPLD_NS, ArticleInfo, article_infos
from dipld.web.terms import Iri, Term, integer, select, sparql_iri


@dataclass(frozen=True, slots=True)
class ArticleRow:
    info: ArticleInfo
    facts: int


@dataclass(frozen=True, slots=True)
class Overview:
    """The home page's figures."""

    triples: int
    graphs: int
    articles: int
    facts: int
    linked_entities: int
    unlinked_entities: int
    #: (class IRI, facts) most frequent first
    classes: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class VoidStats:
    """VoID statistics of one version."""

    triples: int
    entities: int
    distinct_objects: int
    classes: tuple[tuple[str, int], ...]
    properties: tuple[tuple[str, int], ...]
    #: (link predicate, triples) of links from IRIs under the base to Wikidata entities
    links: tuple[tuple[str, int], ...]


def _pairs(rows: list[dict[str, Term]], key: str) -> tuple[tuple[str, int], ...]:
    out = [(k.value, integer(row, "n")) for row in rows if isinstance(k := row.get(key), Iri)]
    return tuple(sorted(out, key=lambda kv: (-kv[1], kv[0])))


_FACT = f"?f <{DERIVED}> ?a_ . ?a_ a <{ARTICLE_CLASS}> ."


async def overview(ctx: ServeContext, version: DatasetVersion) -> Overview:
    stats = await ctx.stats(version)
    wd = str(WD)
    articles, facts, linked, unlinked, classes = await asyncio.gather(
        select(ctx, f"SELECT (COUNT(?a) AS ?n) WHERE {{ ?a a <{ARTICLE_CLASS}> }}", version),
        select(ctx, f"SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ {_FACT} }}", version),
        select(
            ctx,
            f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {_FACT} ?f ?r ?e "
            f'FILTER(ISIRI(?e) && STRSTARTS(STR(?e), "{wd}")) }}',
            version,
        ),
        select(
            ctx,
            f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e <{DIPLD_NS}linkStatus> "
            f"<{DIPLD_NS}Unlinked> }}",
            version,
        ),
        select(
            ctx,
            f"SELECT ?c (COUNT(DISTINCT ?f) AS ?n) WHERE {{ {_FACT} ?f a ?c "
            f'FILTER(STRSTARTS(STR(?c), "{DIPLD_NS}")) }} GROUP BY ?c',
            version,
        ),
    )
    return Overview(
        triples=stats.triples,
        graphs=len(stats.graphs),
        articles=integer(articles[0], "n") if articles else 0,
        facts=integer(facts[0], "n") if facts else 0,
        linked_entities=integer(linked[0], "n") if linked else 0,
        unlinked_entities=integer(unlinked[0], "n") if unlinked else 0,
        classes=_pairs(classes, "c"),
    )


async def article_rows(
    ctx: ServeContext, version: DatasetVersion, *, limit: int | None = None
) -> list[ArticleRow]:
    """Articles, newest first, with their number of facts."""
    rows = await select(
        ctx,
        f"SELECT ?a (SAMPLE(?d) AS ?date) (COUNT(DISTINCT ?f) AS ?n) WHERE {{ "
        f"?a a <{ARTICLE_CLASS}> . OPTIONAL {{ ?a <http://schema.org/datePublished> ?d }} "
        f"OPTIONAL {{ ?f <{DERIVED}> ?a }} }} GROUP BY ?a ORDER BY DESC(?date) ?a"
        + (f" LIMIT {limit}" if limit else ""),
        version,
    )
    counts = {a.value: integer(row, "n") for row in rows if isinstance(a := row.get("a"), Iri)}
    infos = await article_infos(ctx, version, set(counts))
    return [ArticleRow(infos[a], n) for a, n in counts.items()]


_VOID_STATS: PerVersion[VoidStats] = PerVersion()


async def void_stats(ctx: ServeContext, version: DatasetVersion) -> VoidStats:
    """VoID statistics, computed once per version."""
    return await _VOID_STATS.get(ctx, version, lambda: _void_stats(ctx, version))


async def _void_stats(ctx: ServeContext, version: DatasetVersion) -> VoidStats:
    stats, entities, objects, classes, properties = await asyncio.gather(
        ctx.stats(version),
        select(
            ctx,
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s WHERE { ?s ?p ?o } }",
            version,
            timeout=STATS_TIMEOUT,
        ),
        select(
            ctx,
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?o WHERE { ?s ?p ?o } }",
            version,
            timeout=STATS_TIMEOUT,
        ),
        select(
            ctx,
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c",
            version,
            timeout=STATS_TIMEOUT,
        ),
        select(
            ctx,
            "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
            version,
            timeout=STATS_TIMEOUT,
        ),
    )
    partitions = _pairs(properties, "p")
    # links to Wikidata: one query per predicate, one after the other, so that no single query
    # scans the whole store (each stays well inside the query time limit) and the workers stay
    # free for other requests
    counts = [await _links(ctx, version, predicate) for predicate, _ in partitions]
    links = tuple(
        sorted(
            ((p, n) for (p, _), n in zip(partitions, counts, strict=True) if n),
            key=lambda kv: (-kv[1], kv[0]),
        )
    )
    return VoidStats(
        triples=stats.triples,
        entities=integer(entities[0], "n") if entities else 0,
        distinct_objects=integer(objects[0], "n") if objects else 0,
        classes=_pairs(classes, "c"),
        properties=partitions,
        links=links,
    )


async def _links(ctx: ServeContext, version: DatasetVersion, predicate: str) -> int:
    """Triples of one predicate from an IRI under the base to a Wikidata entity."""
    rows = await select(
        ctx,
        f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s {sparql_iri(predicate)} ?o "
        f'FILTER(ISIRI(?o) && STRSTARTS(STR(?o), "{WD}") '
        f'&& STRSTARTS(STR(?s), "{ctx.iris.base}")) }}',
        version,
        timeout=STATS_TIMEOUT,
    )
    return integer(rows[0], "n") if rows else 0
