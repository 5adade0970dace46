"""The dipld ontology and SHACL shapes as shipped in the package: their bytes, graphs and terms.

The canonical, human-edited files are ``ontology/dipld.ttl`` and ``ontology/shapes.ttl`` at
the top of the repository (the layout the client fixed). A byte-identical copy of each lives in
``dipld/data/`` so it ships inside the wheel and is found with :mod:`importlib.resources`
wherever dipld is installed; ``tests/ontology`` fails when the copies drift (fix with
``cp ontology/dipld.ttl ontology/shapes.ttl dipld/data/``).

>>> ontology_version() == __import__("dipld").__version__
True
>>> "https://w3id.org/dipld/ontology#Meeting" in declared_terms()
True
>>> shapes_graph() is shapes_graph()
True
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import pyoxigraph as ox
import rdflib

from dipld.iri import DIPLD, ONTOLOGY_IRI

ONTOLOGY_FILE = "dipld.ttl"
SHAPES_FILE = "shapes.ttl"
SHAPES_IRI = "https://w3id.org/dipld/shapes"

_OWL_VERSION_INFO = ox.NamedNode("http://www.w3.org/2002/07/owl#versionInfo")


def _read(name: str) -> bytes:
    return files("dipld").joinpath("data", name).read_bytes()


@cache
def ontology_bytes() -> bytes:
    """The ontology as Turtle (the bytes of ``ontology/dipld.ttl``)."""
    return _read(ONTOLOGY_FILE)


@cache
def shapes_bytes() -> bytes:
    """The SHACL shapes as Turtle (the bytes of ``ontology/shapes.ttl``)."""
    return _read(SHAPES_FILE)


@cache
def _ontology_triples() -> tuple[ox.Triple, ...]:
    quads = ox.parse(ontology_bytes(), format=ox.RdfFormat.TURTLE, base_iri=str(ONTOLOGY_IRI))
    return tuple(q.triple for q in quads)


@cache
def declared_terms() -> frozenset[str]:
    """Every dipld: IRI the ontology describes (classes, properties, concepts, schemes)."""
    ns = str(DIPLD)
    return frozenset(
        t.subject.value
        for t in _ontology_triples()
        if isinstance(t.subject, ox.NamedNode) and t.subject.value.startswith(ns)
    )


@cache
def ontology_version() -> str:
    """The ontology's owl:versionInfo (kept equal to ``dipld.__version__`` by the tests)."""
    subject = ox.NamedNode(str(ONTOLOGY_IRI))
    for t in _ontology_triples():
        obj = t.object
        if (
            t.subject == subject
            and t.predicate == _OWL_VERSION_INFO
            and isinstance(obj, ox.Literal)
        ):
            return obj.value
    raise LookupError(f"{ONTOLOGY_FILE}: no owl:versionInfo on <{ONTOLOGY_IRI}>")


def ontology_graph() -> rdflib.Graph:
    """A fresh rdflib Graph of the ontology (callers may modify it)."""
    graph = rdflib.Graph()
    graph.parse(data=ontology_bytes(), format="turtle", publicID=str(ONTOLOGY_IRI))
    return graph


@cache
def shapes_graph() -> rdflib.Graph:
    """The SHACL shapes graph, parsed once per process; treat it as read-only."""
    graph = rdflib.Graph()
    graph.parse(data=shapes_bytes(), format="turtle", publicID=SHAPES_IRI)
    return graph
