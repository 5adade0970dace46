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
"""

from __future__ import annotations

from collections.abc import Iterable

from dipld.extract.currencies import CURRENCY_LABELS, CURRENCY_QIDS
from dipld.iri import Iris, qid_of
from dipld.serve.context import DatasetVersion, ServeContext
from dipld.web import vocab
from dipld.web.terms import Iri, Lit, select, sparql_iri

_SKOS_PREF = vocab.SKOS + "prefLabel"
_RDFS_LABEL = vocab.RDFS + "label"
_HEADLINE = "http://schema.org/headline"
_TITLE = vocab.DCTERMS + "title"
_NAME = "http://schema.org/name"
#: label predicates, best first
_ORDER = (_SKOS_PREF, _RDFS_LABEL, _HEADLINE, _TITLE, _NAME)
#: IRIs asked for in one query
_BATCH = 400

_CURRENCY_BY_QID = {qid: CURRENCY_LABELS[code] for code, qid in CURRENCY_QIDS.items()}
CURRENCY_CODES = {qid: code for code, qid in CURRENCY_QIDS.items()}


def fallback_label(iri: str, iris: Iris) -> str:
    """A readable name for an IRI that has no label anywhere."""
    qid = qid_of(iri)
    if qid is not None:
        return _CURRENCY_BY_QID.get(qid, qid)
    local = iris.local_part(iri)
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
    return vocab.humanise(name) if name else iri


def _rank(predicate: str, lit: Lit) -> tuple[int, int]:
    lang_rank = 0 if lit.lang == "en" else (1 if not lit.lang else 2)
    return (_ORDER.index(predicate), lang_rank)


async def labels(ctx: ServeContext, version: DatasetVersion, iris: Iterable[str]) -> dict[str, str]:
    """The best label of each IRI (every IRI asked for gets one)."""
    wanted = sorted(set(iris))
    out: dict[str, str] = {}
    terms = vocab.term_labels()
    ask: list[str] = []
    for iri in wanted:
        if iri in terms:
            out[iri] = terms[iri]
        elif not any(c in iri for c in '<>"{}|\\^` \n\r\t'):
            ask.append(iri)
    best: dict[str, tuple[tuple[int, int], str]] = {}
    for start in range(0, len(ask), _BATCH):
        values = " ".join(sparql_iri(i) for i in ask[start : start + _BATCH])
        preds = " ".join(f"<{p}>" for p in _ORDER)
        query = (
            f"SELECT ?x ?p ?l WHERE {{ VALUES ?x {{ {values} }} VALUES ?p {{ {preds} }} "
            '?x ?p ?l FILTER(ISLITERAL(?l) && (LANG(?l) = "" || LANGMATCHES(LANG(?l), "en"))) }'
        )
        for row in await select(ctx, query, version):
            x, p, lit = row.get("x"), row.get("p"), row.get("l")
            if isinstance(x, Iri) and isinstance(p, Iri) and isinstance(lit, Lit) and lit.value:
                rank = _rank(p.value, lit)
                if x.value not in best or rank < best[x.value][0]:
                    best[x.value] = (rank, lit.value)
    for iri in wanted:
        if iri not in out:
            found = best.get(iri)
            out[iri] = found[1] if found else fallback_label(iri, ctx.iris)
    return out
