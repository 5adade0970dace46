"""The dipld ontology read for people: every term's kind, label, comment and relations.

Parsed once per process from the packaged ``ontology/dipld.ttl`` (:mod:`dipld.ontology`);
the ontology page and the labels of dipld terms on every other page come from here.

>>> doc = ontology_doc()
>>> doc.terms["Membership"].kind
'Class'
>>> "org:Membership" in [curie(i) for i in doc.terms["Membership"].values("subClassOf")]
True
>>> humanise("wasDerivedFrom")
'was derived from'
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache

import pyoxigraph as ox

from dipld import ontology
from dipld.iri import DIPLD, ONTOLOGY_IRI, PREFIXES

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"

#: rdf:type values -> the kind a term is listed under, in page order
KINDS: tuple[tuple[str, str], ...] = (
    (OWL + "Class", "Class"),
    (OWL + "ObjectProperty", "Object property"),
    (OWL + "DatatypeProperty", "Datatype property"),
    (RDF + "Property", "Property"),
    (SKOS + "ConceptScheme", "Concept scheme"),
    (SKOS + "Concept", "Concept"),
)
#: relations shown for a term: short name -> predicate IRI
RELATIONS: dict[str, str] = {
    "subClassOf": RDFS + "subClassOf",
    "subPropertyOf": RDFS + "subPropertyOf",
    "domain": RDFS + "domain",
    "range": RDFS + "range",
    "inScheme": SKOS + "inScheme",
    "broader": SKOS + "broader",
    "notation": SKOS + "notation",
    "closeMatch": SKOS + "closeMatch",
    "exactMatch": SKOS + "exactMatch",
    "seeAlso": RDFS + "seeAlso",
}

Node = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass(frozen=True)
class TermDoc:
    """One declared term of the ontology."""

    iri: str
    name: str
    kind: str
    types: tuple[str, ...]
    label: str
    comment: str
    relations: tuple[tuple[str, tuple[Node, ...]], ...]

    def values(self, relation: str) -> tuple[Node, ...]:
        for name, nodes in self.relations:
            if name == relation:
                return nodes
        return ()


@dataclass(frozen=True)
class OntologyDoc:
    """The ontology's header and its terms by local name, with the inverse relations."""

    title: str
    description: str
    version: str
    license: str
    terms: dict[str, TermDoc]
    #: local name -> local names of the terms that are subClassOf / subPropertyOf / inScheme it
    narrower: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: blank-node class expressions (owl:unionOf lists) as lists of member IRIs
    unions: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def by_kind(self, kind: str) -> list[TermDoc]:
        return sorted((t for t in self.terms.values() if t.kind == kind), key=_sort_key)


def _sort_key(term: TermDoc) -> tuple[str, str]:
    return (term.label.lower() or term.name.lower(), term.name)


def _literal(values: list[Node], lang: str = "en") -> str:
    plain = ""
    for value in values:
        if isinstance(value, ox.Literal):
            if value.language == lang:
                return value.value
            if not value.language and not plain:
                plain = value.value
    return plain


def _unions(triples: tuple[ox.Triple, ...]) -> dict[str, tuple[str, ...]]:
    first: dict[str, Node] = {}
    rest: dict[str, Node] = {}
    union_of: dict[str, Node] = {}
    for t in triples:
        key = str(t.subject)
        if not isinstance(t.object, Node):
            continue
        if t.predicate.value == RDF + "first":
            first[key] = t.object
        elif t.predicate.value == RDF + "rest":
            rest[key] = t.object
        elif t.predicate.value == OWL + "unionOf":
            union_of[key] = t.object
    out: dict[str, tuple[str, ...]] = {}
    for node, head in union_of.items():
        members: list[str] = []
        cursor: Node | None = head
        while isinstance(cursor, ox.BlankNode) and str(cursor) in first:
            item = first[str(cursor)]
            if isinstance(item, ox.NamedNode):
                members.append(item.value)
            cursor = rest.get(str(cursor))
        out[node] = tuple(members)
    return out


@cache
def ontology_doc() -> OntologyDoc:
    """The ontology as documentation values (parsed once)."""
    quads = ox.parse(
        ontology.ontology_bytes(), format=ox.RdfFormat.TURTLE, base_iri=str(ONTOLOGY_IRI)
    )
    triples = tuple(q.triple for q in quads)
    by_subject: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        if isinstance(t.subject, ox.NamedNode) and isinstance(t.object, Node):
            by_subject[t.subject.value][t.predicate.value].append(t.object)
    ns = str(DIPLD)
    terms: dict[str, TermDoc] = {}
    for iri, props in by_subject.items():
        if not iri.startswith(ns):
            continue
        types = tuple(v.value for v in props.get(RDF + "type", []) if isinstance(v, ox.NamedNode))
        kind = next((name for t, name in KINDS if t in types), "Term")
        relations = tuple(
            (name, tuple(props[pred])) for name, pred in RELATIONS.items() if props.get(pred)
        )
        name = iri[len(ns) :]
        terms[name] = TermDoc(
            iri,
            name,
            kind,
            types,
            _literal(props.get(RDFS + "label", [])),
            _literal(props.get(RDFS + "comment", [])),
            relations,
        )
    narrower: dict[str, list[str]] = defaultdict(list)
    for term in terms.values():
        for rel in ("subClassOf", "subPropertyOf", "inScheme", "broader"):
            for parent in term.values(rel):
                if isinstance(parent, ox.NamedNode) and parent.value.startswith(ns):
                    narrower[parent.value[len(ns) :]].append(term.name)
    head = by_subject.get(str(ONTOLOGY_IRI), {})
    licence = next(
        (v.value for v in head.get(DCTERMS + "license", []) if isinstance(v, ox.NamedNode)), ""
    )
    return OntologyDoc(
        title=_literal(head.get(DCTERMS + "title", [])),
        description=_literal(head.get(DCTERMS + "description", [])),
        version=ontology.ontology_version(),
        license=licence,
        terms=terms,
        narrower={
            k: tuple(sorted(v, key=lambda n: _sort_key(terms[n]))) for k, v in narrower.items()
        },
        unions=_unions(triples),
    )


@cache
def term_labels() -> dict[str, str]:
    """The English label of every dipld term, by IRI."""
    return {t.iri: t.label for t in ontology_doc().terms.values() if t.label}


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def humanise(local_name: str) -> str:
    """A readable phrase from a camelCase or snake_case local name."""
    words = _CAMEL.sub(" ", local_name).replace("_", " ").replace("-", " ")
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words.split())


def curie(node: Node | str) -> str:
    """A prefixed name for an IRI in one of the project's namespaces, else the IRI."""
    iri = (
        node
        if isinstance(node, str)
        else (node.value if isinstance(node, ox.NamedNode) else str(node))
    )
    return _curie(iri)


@lru_cache(maxsize=16384)
def _curie(iri: str) -> str:
    best = ""
    best_prefix = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, best_prefix = ns, prefix
    if best and re.fullmatch(r"[A-Za-z_][\w.-]*", iri[len(best) :] or "-"):
        return f"{best_prefix}:{iri[len(best) :]}"
    return iri


def local_name(iri: str) -> str:
    """The part of an IRI after its last '#' or '/'."""
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]
