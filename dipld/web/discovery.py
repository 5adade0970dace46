"""Discovery: the full VoID description at ``/.well-known/void`` and a DCAT catalogue.

VoID (https://www.w3.org/TR/void/) extends the endpoint's basic description
(:func:`dipld.serve.describe.void_description`: endpoint, dumps, triples, URI space, one subset
per named graph) with a description, licences, publisher, vocabularies, example resources,
the lookup endpoint, statistics (entities, distinct objects, class and property partitions)
and a ``void:Linkset`` (one per link predicate, under one overall linkset) for the links to
Wikidata. The DCAT catalogue (https://www.w3.org/TR/vocab-dcat-3/) describes the same dataset
with one distribution per dump file (media type and byte size) and the SPARQL endpoint as a
``dcat:DataService``. Every figure is counted on the published snapshot.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import re
from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

import pyoxigraph as ox

from dipld.iri import ONTOLOGY_IRI, PREFIXES, WD
from dipld.serve import formats
from dipld.serve.context import DatasetVersion, ServeContext
from dipld.serve.describe import DATASET_DUMPS, void_description
from dipld.web import vocab
from dipld.web.dataset import VoidStats, article_rows, void_stats
from dipld.web.links import RESOURCE_FORMATS
from dipld.web.terms import Iri, Lit, select

DESCRIPTION = (
    "Facts about international relations (memberships, offices held, meetings and other "
    "diplomatic events, shared borders, diplomatic relations, treaties, partnerships, trade "
    "and permissions) extracted from news articles and official readouts, as RDF. Every fact "
    "is an n-ary node naming its article and quoting its evidence sentence with character "
    "offsets; entities are linked to Wikidata where that could be done with confidence. One "
    "named graph per article, plus a reference knowledge base built from a Wikidata subset."
)
RIGHTS = (
    "Mixed licences: each article's subset states its article's licence (dcterms:rights); the "
    "reference KB subset lists the licences of its sources (dcterms:license), see each "
    "kb/source node and DATA-LICENSES.md. The ontology is CC BY 4.0."
)
KEYWORDS = ("diplomacy", "international relations", "news", "Wikidata", "linked data")

_DCT = vocab.DCTERMS
_VOID = "http://rdfs.org/ns/void#"
_DCAT = "http://www.w3.org/ns/dcat#"
_FOAF = "http://xmlns.com/foaf/0.1/"
_SD = "http://www.w3.org/ns/sparql-service-description#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_IANA = "https://www.iana.org/assignments/media-types/"
_A = ox.NamedNode(vocab.RDF + "type")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _count(n: int, datatype: str = "integer") -> ox.Literal:
    return ox.Literal(str(n), datatype=_n(_XSD + datatype))


def _fragment(kind: str, iri: str) -> str:
    name = vocab.curie(iri)
    if name == iri or not re.fullmatch(r"[A-Za-z0-9_:.-]+", name):
        name = hashlib.sha256(iri.encode()).hexdigest()[:12]
    return f"{kind}-{name.replace(':', '-')}"


def _host(server: str) -> str:
    return urlsplit(server).netloc or server


def _publisher(server: str) -> Iterator[ox.Triple]:
    node = _n(f"{server}.well-known/void#publisher")
    yield ox.Triple(node, _A, _n(_FOAF + "Agent"))
    yield ox.Triple(node, _n(_FOAF + "name"), ox.Literal(f"The operator of {_host(server)}"))
    yield ox.Triple(node, _n(_FOAF + "homepage"), _n(server))


async def _licences(ctx: ServeContext, version: DatasetVersion) -> tuple[list[str], list[str]]:
    """Licence IRIs stated anywhere in the data, and those of the reference KB's sources."""
    rows = await select(
        ctx,
        f"SELECT DISTINCT ?l ?kb WHERE {{ ?s <{_DCT}license> ?l FILTER(ISIRI(?l)) "
        f'BIND(STRSTARTS(STR(?s), "{ctx.iris.base}kb/source/") AS ?kb) }} ORDER BY ?l',
        version,
    )
    every = sorted({row["l"].value for row in rows if isinstance(row.get("l"), Iri)})
    kb = sorted(
        {
            row["l"].value
            for row in rows
            if isinstance(row.get("l"), Iri)
            and isinstance(row.get("kb"), Lit)
            and row["kb"].value == "true"
        }
    )
    return every, kb


async def void_triples(ctx: ServeContext, version: DatasetVersion, server: str) -> list[ox.Triple]:
    """The whole VoID description of a version, for a server at ``server`` (ends in '/')."""
    stats = await ctx.stats(version)
    extra = await void_stats(ctx, version)
    articles = await article_rows(ctx, version)
    licences, kb_licences = await _licences(ctx, version)
    out = list(void_description(server, stats, ctx.iris, version.published))
    dataset = _n(f"{server}.well-known/void#dataset")
    add = out.append
    add(ox.Triple(dataset, _n(_DCT + "description"), ox.Literal(DESCRIPTION, language="en")))
    add(ox.Triple(dataset, _n(_DCT + "rights"), ox.Literal(RIGHTS, language="en")))
    for licence in licences:
        add(ox.Triple(dataset, _n(_DCT + "license"), _n(licence)))
    add(ox.Triple(dataset, _n(_DCT + "publisher"), _n(f"{server}.well-known/void#publisher")))
    out.extend(_publisher(server))
    add(ox.Triple(dataset, _n(_FOAF + "homepage"), _n(server)))
    add(ox.Triple(dataset, _n(_VOID + "uriLookupEndpoint"), _n(f"{server}resource?iri=")))
    add(ox.Triple(dataset, _n(vocab.RDFS + "seeAlso"), _n(f"{server}catalog")))
    add(ox.Triple(dataset, _n(_DCT + "conformsTo"), _n(str(ONTOLOGY_IRI))))
    for fmt in RESOURCE_FORMATS.formats[1:]:
        add(ox.Triple(dataset, _n(_VOID + "feature"), _n(fmt.w3c_iri)))
    for row in articles[:3]:
        add(ox.Triple(dataset, _n(_VOID + "exampleResource"), _n(row.info.iri)))
    out.extend(_statistics(dataset, extra, server))
    out.extend(_vocabularies(dataset, extra))
    out.extend(_linksets(dataset, extra, server))
    titles = {
        str(ctx.iris.graph(article_id)): r.info
        for r in articles
        if (article_id := ctx.iris.article_id_of(r.info.iri)) is not None
    }
    for name, _ in stats.graphs:
        article_id = ctx.iris.article_id_of(name)
        subset = _n(f"{server}.well-known/void#graph-{article_id or len(name)}")
        info = titles.get(name)
        if info is not None:
            title = info.text("title") or info.text("label")
            if title:
                add(ox.Triple(subset, _n(_DCT + "title"), ox.Literal(title)))
            add(ox.Triple(subset, _n(_FOAF + "primaryTopic"), _n(info.iri)))
            rights = info.text("license")
            if rights:
                add(ox.Triple(subset, _n(_DCT + "rights"), ox.Literal(rights)))
        elif name == str(ctx.iris.kb_graph):
            add(
                ox.Triple(
                    subset,
                    _n(_DCT + "title"),
                    ox.Literal("Reference KB (Wikidata subset)", language="en"),
                )
            )
            for licence in kb_licences:
                add(ox.Triple(subset, _n(_DCT + "license"), _n(licence)))
    return list(dict.fromkeys(out))


def _statistics(dataset: ox.NamedNode, s: VoidStats, server: str) -> Iterator[ox.Triple]:
    yield ox.Triple(dataset, _n(_VOID + "entities"), _count(s.entities))
    yield ox.Triple(dataset, _n(_VOID + "distinctSubjects"), _count(s.entities))
    yield ox.Triple(dataset, _n(_VOID + "distinctObjects"), _count(s.distinct_objects))
    yield ox.Triple(dataset, _n(_VOID + "classes"), _count(len(s.classes)))
    yield ox.Triple(dataset, _n(_VOID + "properties"), _count(len(s.properties)))
    for cls, n in s.classes:
        part = _n(f"{server}.well-known/void#{_fragment('class', cls)}")
        yield ox.Triple(dataset, _n(_VOID + "classPartition"), part)
        yield ox.Triple(part, _n(_VOID + "class"), _n(cls))
        yield ox.Triple(part, _n(_VOID + "entities"), _count(n))
    for prop, n in s.properties:
        part = _n(f"{server}.well-known/void#{_fragment('property', prop)}")
        yield ox.Triple(dataset, _n(_VOID + "propertyPartition"), part)
        yield ox.Triple(part, _n(_VOID + "property"), _n(prop))
        yield ox.Triple(part, _n(_VOID + "triples"), _count(n))


def _vocabularies(dataset: ox.NamedNode, s: VoidStats) -> Iterator[ox.Triple]:
    used = {iri for iri, _ in s.classes} | {iri for iri, _ in s.properties}
    for ns in sorted(set(PREFIXES.values())):
        if ns in {str(WD), "http://www.wikidata.org/prop/direct/"}:
            continue
        if any(iri.startswith(ns) for iri in used):
            yield ox.Triple(dataset, _n(_VOID + "vocabulary"), _n(ns))


def _linksets(dataset: ox.NamedNode, s: VoidStats, server: str) -> Iterator[ox.Triple]:
    wikidata = _n(f"{server}.well-known/void#wikidata")
    yield ox.Triple(wikidata, _A, _n(_VOID + "Dataset"))
    yield ox.Triple(wikidata, _n(_DCT + "title"), ox.Literal("Wikidata", language="en"))
    yield ox.Triple(wikidata, _n(_FOAF + "homepage"), _n("https://www.wikidata.org/"))
    yield ox.Triple(wikidata, _n(_VOID + "uriSpace"), ox.Literal(str(WD)))
    yield ox.Triple(wikidata, _n(_VOID + "sparqlEndpoint"), _n("https://query.wikidata.org/sparql"))
    links = _n(f"{server}.well-known/void#links-wikidata")
    yield ox.Triple(dataset, _n(_VOID + "subset"), links)
    yield ox.Triple(links, _A, _n(_VOID + "Linkset"))
    yield ox.Triple(
        links, _n(_DCT + "title"), ox.Literal("Links to Wikidata entities", language="en")
    )
    yield ox.Triple(links, _n(_VOID + "subjectsTarget"), dataset)
    yield ox.Triple(links, _n(_VOID + "objectsTarget"), wikidata)
    yield ox.Triple(links, _n(_VOID + "triples"), _count(sum(n for _, n in s.links)))
    for prop, n in s.links:
        part = _n(f"{server}.well-known/void#{_fragment('links', prop)}")
        yield ox.Triple(links, _n(_VOID + "subset"), part)
        yield ox.Triple(part, _A, _n(_VOID + "Linkset"))
        yield ox.Triple(part, _n(_VOID + "linkPredicate"), _n(prop))
        yield ox.Triple(part, _n(_VOID + "subjectsTarget"), dataset)
        yield ox.Triple(part, _n(_VOID + "objectsTarget"), wikidata)
        yield ox.Triple(part, _n(_VOID + "triples"), _count(n))


#: every dump file of the dataset: (file name, format, compressed)
def dump_files() -> Sequence[tuple[str, formats.Format, bool]]:
    out: list[tuple[str, formats.Format, bool]] = []
    for name, fmt in DATASET_DUMPS:
        out.append((name, fmt, False))
        out.append((name + ".gz", fmt, True))
    return out


async def dcat_triples(ctx: ServeContext, version: DatasetVersion, server: str) -> list[ox.Triple]:
    """The DCAT catalogue: the dataset, a distribution per dump file, the SPARQL service."""
    licences, _ = await _licences(ctx, version)
    catalog = _n(f"{server}catalog")
    dataset = _n(f"{server}.well-known/void#dataset")
    service = _n(f"{server}catalog#sparql")
    out: list[ox.Triple] = []
    add = out.append
    add(ox.Triple(catalog, _A, _n(_DCAT + "Catalog")))
    add(ox.Triple(catalog, _n(_DCT + "title"), ox.Literal("dipld catalogue", language="en")))
    add(ox.Triple(catalog, _n(_FOAF + "homepage"), _n(server)))
    add(ox.Triple(catalog, _n(_DCAT + "dataset"), dataset))
    add(ox.Triple(catalog, _n(_DCAT + "service"), service))
    add(ox.Triple(catalog, _n(_DCT + "publisher"), _n(f"{server}.well-known/void#publisher")))
    out.extend(_publisher(server))
    add(ox.Triple(dataset, _A, _n(_DCAT + "Dataset")))
    add(
        ox.Triple(
            dataset, _n(_DCT + "title"), ox.Literal("dipld: diplomacy Linked Data", language="en")
        )
    )
    add(ox.Triple(dataset, _n(_DCT + "description"), ox.Literal(DESCRIPTION, language="en")))
    add(ox.Triple(dataset, _n(_DCT + "rights"), ox.Literal(RIGHTS, language="en")))
    for licence in licences:
        add(ox.Triple(dataset, _n(_DCT + "license"), _n(licence)))
    add(ox.Triple(dataset, _n(_DCT + "publisher"), _n(f"{server}.well-known/void#publisher")))
    add(ox.Triple(dataset, _n(_DCT + "identifier"), ox.Literal(ctx.iris.base)))
    add(ox.Triple(dataset, _n(_DCT + "hasVersion"), ox.Literal(version.version)))
    modified = _iso(version.published)
    add(
        ox.Triple(
            dataset, _n(_DCT + "modified"), ox.Literal(modified, datatype=_n(_XSD + "dateTime"))
        )
    )
    add(ox.Triple(dataset, _n(_DCAT + "landingPage"), _n(server)))
    add(ox.Triple(dataset, _n(_DCT + "conformsTo"), _n(str(ONTOLOGY_IRI))))
    for word in KEYWORDS:
        add(ox.Triple(dataset, _n(_DCAT + "keyword"), ox.Literal(word, language="en")))
    files = dump_files()
    paths = await asyncio.gather(*(ctx.dumps.get(version.version, name) for name, _, _ in files))
    for (name, fmt, gz), path in zip(files, paths, strict=True):
        dist = _n(f"{server}catalog#{name}")
        url = _n(f"{server}download/{name}")
        add(ox.Triple(dataset, _n(_DCAT + "distribution"), dist))
        add(ox.Triple(dist, _A, _n(_DCAT + "Distribution")))
        add(
            ox.Triple(
                dist,
                _n(_DCT + "title"),
                ox.Literal(f"Whole dataset as {fmt.name}{' (gzip)' if gz else ''}", language="en"),
            )
        )
        add(ox.Triple(dist, _n(_DCAT + "downloadURL"), url))
        add(ox.Triple(dist, _n(_DCAT + "accessURL"), url))
        add(ox.Triple(dist, _n(_DCAT + "mediaType"), _n(_IANA + fmt.media_type)))
        add(ox.Triple(dist, _n(_DCT + "format"), _n(fmt.w3c_iri)))
        if gz:
            add(ox.Triple(dist, _n(_DCAT + "compressFormat"), _n(_IANA + "application/gzip")))
        add(
            ox.Triple(
                dist, _n(_DCAT + "byteSize"), _count(path.stat().st_size, "nonNegativeInteger")
            )
        )
        for licence in licences:
            add(ox.Triple(dist, _n(_DCT + "license"), _n(licence)))
    add(ox.Triple(service, _A, _n(_DCAT + "DataService")))
    add(
        ox.Triple(
            service, _n(_DCT + "title"), ox.Literal("dipld SPARQL 1.1 endpoint", language="en")
        )
    )
    add(ox.Triple(service, _n(_DCAT + "endpointURL"), _n(f"{server}sparql")))
    add(ox.Triple(service, _n(_DCAT + "endpointDescription"), _n(f"{server}sparql")))
    add(ox.Triple(service, _n(_DCAT + "servesDataset"), dataset))
    add(ox.Triple(service, _n(_DCT + "conformsTo"), _n("https://www.w3.org/TR/sparql11-protocol/")))
    add(ox.Triple(dataset, _n(_VOID + "sparqlEndpoint"), _n(f"{server}sparql")))
    add(ox.Triple(dataset, _n(vocab.RDFS + "seeAlso"), _n(f"{server}.well-known/void")))
    return list(dict.fromkeys(out))


def _iso(stamp: float) -> str:
    return dt.datetime.fromtimestamp(stamp, tz=dt.UTC).isoformat()


def serialise(triples: list[ox.Triple], fmt: formats.Format) -> bytes:
    assert fmt.rdf is not None
    prefixes = (
        {**PREFIXES, "sd": _SD, "foaf": _FOAF} if fmt in (formats.TURTLE, formats.TRIG) else None
    )
    body = ox.serialize(triples, format=fmt.rdf, prefixes=prefixes)
    assert body is not None
    return body
