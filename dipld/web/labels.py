"""Labels for IRIs, so pages never show a raw IRI where a label exists.

In order: the ontology's labels for dipld terms; the store's English ``skos:prefLabel``,
``rdfs:label``, ``schema:headline`` or ``dcterms:title`` (the reference KB gives Wikidata
entities theirs, articles and unlinked entities carry their own); the bundled currency table;
then a readable fallback — ``org:member`` as "member", a QID as itself, a fact IRI as
"fact 3 of <article>".

>>> fallback_label("http://www.w3.org/ns/prov#wasDerivedFrom", Iris())
'was derived from'
>>> fallback_label("https://w3id.org/dipld/fact/a-1/3/evidence/2", Iris())
'evidence 2 of fact 3 (a-1)'
>>> fallback_label("https://w3id.org/dipld/ontology#loadedFrom", Iris())
'loaded from'
>>> fallback_label("file:///data/seeds/000_33cfb764012bfcb3.txt", Iris())
'file:///data/seeds/000_33cfb764012bfcb3.txt'
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable

from dipld.extract.currencies import CURRENCY_LABELS, CURRENCY_QIDS
from dipld.iri import DIPLD, Iris, qid_of
from dipld.serve.context import DatasetVersion, ServeContext
from dipld.web import vocab
from dipld.web.pervers import PerVersion
from dipld.web.terms import Iri, Lit, Term, select, sparql_iri

_SKOS_PREF = vocab.SKOS + "prefLabel"
_RDFS_LABEL = vocab.RDFS + "label"
_HEADLINE = "http://schema.org/headline"
_TITLE = vocab.DCTERMS + "title"
_NAME = "http://schema.org/name"
#: label predicates, best first
_ORDER = (_SKOS_PREF, _RDFS_LABEL, _HEADLINE, _TITLE, _NAME)
#: IRIs asked for in one query
_BATCH = 400
#: rows the reference KB's label table may have
KB_LABEL_ROWS = 5_000_000

_TERM_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_CURRENCY_BY_QID = {qid: CURRENCY_LABELS[code] for code, qid in CURRENCY_QIDS.items()}
CURRENCY_CODES = {qid: code for code, qid in CURRENCY_QIDS.items()}


def fallback_label(iri: str, iris: Iris) -> str:
    """A readable name for an IRI that has no label anywhere."""
    qid = qid_of(iri)
    if qid is not None:
        return _CURRENCY_BY_QID.get(qid, qid)
    if iri.startswith(str(DIPLD)):  # a term the ontology does not declare
        return vocab.humanise(iri[len(str(DIPLD)) :])
    local = iris.local_part(iri)
    if local is not None and local.startswith("graph/") and local.count("/") == 1:
        return f"graph of {local.split('/', 1)[1]}"
    if local is not None:
        parts = local.split("/")
        if parts[0] == "fact" and len(parts) >= 3:
            if len(parts) >= 5 and parts[3] == "evidence":
                return f"evidence {parts[4]} of fact {parts[2]} ({parts[1]})"
            return f"fact {parts[2]} ({parts[1]})"
        if parts[0] == "kb" and len(parts) == 3:
            return f"KB {parts[1]} {parts[2]}"
        return local
    name = vocab.local_name(iri)
    if _TERM_NAME.fullmatch(name):  # looks like a vocabulary term: org:memberOf
        return vocab.humanise(name)
    return iri


def _rank(predicate: str, lit: Lit) -> tuple[int, int]:
    lang_rank = 0 if lit.lang == "en" else (1 if not lit.lang else 2)
    return (_ORDER.index(predicate), lang_rank)


def _best(rows: list[dict[str, Term]]) -> dict[str, str]:
    best: dict[str, tuple[tuple[int, int], str]] = {}
    for row in rows:
        x, p, lit = row.get("x"), row.get("p"), row.get("l")
        if isinstance(x, Iri) and isinstance(p, Iri) and isinstance(lit, Lit) and lit.value:
            rank = _rank(p.value, lit)
            if x.value not in best or rank < best[x.value][0]:
                best[x.value] = (rank, lit.value)
    return {iri: label for iri, (_, label) in best.items()}


def _label_patterns(subject: str) -> str:
    union = " UNION ".join(f"{{ {subject} <{p}> ?l BIND(<{p}> AS ?p) }}" for p in _ORDER)
    return f'{union} FILTER(ISLITERAL(?l) && (LANG(?l) = "" || LANGMATCHES(LANG(?l), "en")))'


_KB_LABELS: PerVersion[dict[str, str]] = PerVersion()


def _kb_task(ctx: ServeContext, version: DatasetVersion) -> asyncio.Task[dict[str, str]]:
    query = f"SELECT ?x ?p ?l WHERE {{ GRAPH <{ctx.iris.kb_graph}> {{ {_label_patterns('?x')} }} }}"
    return _KB_LABELS.task(ctx, version, lambda: _read_kb_labels(ctx, query, version))


def warm(ctx: ServeContext, version: DatasetVersion) -> None:
    """Start reading the KB's labels of a version in the background (pages that need labels
    then find them ready)."""
    _kb_task(ctx, version)


async def kb_labels(ctx: ServeContext, version: DatasetVersion) -> dict[str, str]:
    """The English labels of every entity of the reference KB graph, read once per version.

    The KB names its entities in many languages; reading them page by page would cost more
    than every other query of a page together.
    """
    return await asyncio.shield(_kb_task(ctx, version))


async def _read_kb_labels(ctx: ServeContext, query: str, version: DatasetVersion) -> dict[str, str]:
    return _best(await select(ctx, query, version, limit=KB_LABEL_ROWS))


async def labels(ctx: ServeContext, version: DatasetVersion, iris: Iterable[str]) -> dict[str, str]:
    """The best label of each IRI (every IRI asked for gets one)."""
    wanted = sorted(set(iris))
    out: dict[str, str] = {}
    terms = vocab.term_labels()
    kb = await kb_labels(ctx, version)
    ask: list[str] = []
    for iri in wanted:
        if iri in terms:
            out[iri] = terms[iri]
        elif iri in kb:
            out[iri] = kb[iri]
        elif not any(c in iri for c in '<>"{}|\\^` \n\r\t'):
            ask.append(iri)
    found: dict[str, str] = {}
    for start in range(0, len(ask), _BATCH):
        values = " ".join(sparql_iri(i) for i in ask[start : start + _BATCH])
        query = f"SELECT ?x ?p ?l WHERE {{ VALUES ?x {{ {values} }} {_label_patterns('?x')} }}"
        found.update(_best(await select(ctx, query, version)))
    for iri in wanted:
        if iri not in out:
            out[iri] = found.get(iri) or fallback_label(iri, ctx.iris)
    return out
