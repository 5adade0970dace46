"""The RDF representations of resources: what a machine gets when it dereferences an IRI.

A resource's description is its own triples, the triples that point at it (up to
``MAX_INCOMING``) and, for a fact, its evidence spans' triples, so one request gives the fact
with its sentence and offsets. A named graph's description adds its size and download
(VoID). The ontology's representations are the ontology file itself, re-serialised.
"""

from __future__ import annotations

from functools import cache

import pyoxigraph as ox

from dipld import ontology
from dipld.iri import ONTOLOGY_IRI, PREFIXES
from dipld.serve import formats
from dipld.serve.context import DatasetVersion, ServeContext
from dipld.web.resources import EVIDENCE
from dipld.web.terms import sparql_iri

#: triples pointing at a resource included in its description at most
MAX_INCOMING = 5000
#: triples in one description at most
MAX_TRIPLES = 20_000
_VOID = "http://rdfs.org/ns/void#"
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def describe_query(iri: str) -> str:
    """The CONSTRUCT that gives a resource's description."""
    r = sparql_iri(iri)
    return (
        f"CONSTRUCT {{ {r} ?p ?o . ?s ?q {r} . ?ev ?evp ?evo }} WHERE {{ "
        f"{{ {r} ?p ?o }} UNION "
        f"{{ SELECT ?s ?q WHERE {{ ?s ?q {r} }} LIMIT {MAX_INCOMING} }} UNION "
        f"{{ {r} <{EVIDENCE}> ?ev . ?ev ?evp ?evo }} }}"
    )


def serialise(triples: list[ox.Triple], fmt: formats.Format) -> bytes:
    assert fmt.rdf is not None
    prefixes = PREFIXES if fmt in (formats.TURTLE, formats.TRIG) else None
    body = ox.serialize(triples, format=fmt.rdf, prefixes=prefixes)
    assert body is not None
    return body


async def resource_rdf(
    ctx: ServeContext,
    version: DatasetVersion,
    iri: str,
    fmt: formats.Format,
    *,
    graph_triples: int | None = None,
    dump_url: str | None = None,
) -> tuple[bytes, bool]:
    """A resource's description in an RDF format, and whether it was cut at the limit."""
    if graph_triples is None:
        outcome = await ctx.query(
            describe_query(iri),
            result_format=None,
            graph_format=fmt,
            limit=MAX_TRIPLES,
            version=version,
        )
        return outcome.body, outcome.truncated
    outcome = await ctx.query(
        describe_query(iri),
        result_format=None,
        graph_format=formats.N_TRIPLES,
        limit=MAX_TRIPLES,
        version=version,
    )
    triples = [q.triple for q in ox.parse(outcome.body, format=ox.RdfFormat.N_TRIPLES)]
    node = ox.NamedNode(iri)
    triples.append(
        ox.Triple(
            node,
            ox.NamedNode(_VOID + "triples"),
            ox.Literal(str(graph_triples), datatype=_XSD_INTEGER),
        )
    )
    if dump_url:
        triples.append(ox.Triple(node, ox.NamedNode(_VOID + "dataDump"), ox.NamedNode(dump_url)))
    return serialise(triples, fmt), outcome.truncated


@cache
def ontology_rdf(fmt_name: str) -> bytes:
    """The ontology in an RDF format (Turtle: the file's own bytes, comments included)."""
    fmt = formats.ALL[fmt_name]
    if fmt is formats.TURTLE:
        return ontology.ontology_bytes()
    quads = ox.parse(
        ontology.ontology_bytes(), format=ox.RdfFormat.TURTLE, base_iri=str(ONTOLOGY_IRI)
    )
    return serialise([q.triple for q in quads], fmt)
