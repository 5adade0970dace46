"""Namespaces and IRI minting: the only module that builds IRIs.

Every data IRI lives under one configurable base (``DIPLD_BASE``)::

    {base}article/{id}      the article node
    {base}graph/{id}        the article's named graph
    {base}graph/wikidata    the reference KB graph
    {base}fact/{id}/{n}     the n-th fact of an article (stable for the same text)
    {base}fact/{id}/{n}/evidence/{k}
    {base}entity/{slug}     an entity that could not be linked to Wikidata

>>> iris = Iris("https://w3id.org/dipld/")
>>> str(iris.article("000-33cfb764012bfcb3"))
'https://w3id.org/dipld/article/000-33cfb764012bfcb3'
>>> str(iris.fact("000-33cfb764012bfcb3", 3))
'https://w3id.org/dipld/fact/000-33cfb764012bfcb3/3'
>>> str(wd("Q184"))
'http://www.wikidata.org/entity/Q184'
>>> slugify("Eurasian Customs Union")
'eurasian-customs-union'
>>> article_id_from_url("https://www.state.gov/secretary-blinkens-meeting/?utm_source=rss")
'www-state-gov-secretary-blinkens-meeting'
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, VOID, XSD

DEFAULT_BASE = "https://w3id.org/dipld/"

DIPLD = Namespace("https://w3id.org/dipld/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/dipld/ontology")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
WDP = Namespace("http://www.wikidata.org/prop/")
PS = Namespace("http://www.wikidata.org/prop/statement/")
PQ = Namespace("http://www.wikidata.org/prop/qualifier/")
PR = Namespace("http://www.wikidata.org/prop/reference/")
WIKIBASE = Namespace("http://wikiba.se/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("http://schema.org/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

PREFIXES: dict[str, str] = {
    "dipld": str(DIPLD),
    "wd": str(WD),
    "wdt": str(WDT),
    "p": str(WDP),
    "ps": str(PS),
    "pq": str(PQ),
    "pr": str(PR),
    "wikibase": str(WIKIBASE),
    "org": str(ORG),
    "prov": str(PROV),
    "nif": str(NIF),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "void": str(VOID),
    "dcat": str(DCAT),
    "sh": str(SH),
}

_QID = re.compile(r"^[QP][1-9][0-9]*$")
_SLUG_MAX = 96


def wd(qid: str) -> URIRef:
    """The canonical Wikidata entity IRI (http, /entity/) of a QID or PID."""
    if not _QID.match(qid):
        raise ValueError(f"not a Wikidata id: {qid!r}")
    return WD[qid]


def qid_of(iri: str) -> str | None:
    """The QID of a Wikidata entity IRI, or None for any other IRI."""
    if iri.startswith(str(WD)):
        local = iri[len(str(WD)) :]
        if _QID.match(local):
            return local
    return None


@functools.lru_cache(maxsize=1 << 14)
def slugify(text: str) -> str:
    """A lower-case ASCII slug; long slugs are cut and suffixed with a short hash to stay unique."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        slug = "x-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    if len(slug) > _SLUG_MAX:
        digest = hashlib.sha256(slug.encode("ascii")).hexdigest()[:8]
        slug = slug[: _SLUG_MAX - 9].rstrip("-") + "-" + digest
    return slug


def article_id_from_url(url: str) -> str:
    """An article id from its URL: host, path and the query's own parameters, slugified (the
    fragment and tracking parameters ignored): sites that tell articles apart by the query
    ("press-releases.htm?dtl/36800") get one id per article.

    >>> article_id_from_url("https://www.mea.gov.in/press-releases.htm?dtl/36800#top")
    'www-mea-gov-in-press-releases-htm-dtl-36800'
    >>> article_id_from_url("https://example.org/a/b?utm_source=rss&fbclid=x")
    'example-org-a-b'
    """
    parts = urlsplit(url)
    kept = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in _TRACKING_PARAMETERS
    ]
    query = " ".join(f"{key} {value}" for key, value in kept)
    return slugify(f"{parts.netloc} {parts.path} {query}")


# query parameters that say how a reader arrived, not which article it is
_TRACKING_PARAMETERS = frozenset(
    "fbclid gclid dclid msclkid mc_cid mc_eid ref ref_src cmpid ocid smid src at_medium "
    "at_campaign share amp".split()
)


def article_id_from_name(file_name: str) -> str:
    """An article id from a file name: its stem, slugified."""
    stem = file_name.rsplit("/", 1)[-1]
    if "." in stem.lstrip("."):
        stem = stem.rsplit(".", 1)[0]
    return slugify(stem)


@dataclass(frozen=True, slots=True)
class Iris:
    """Mints the data IRIs under one base."""

    base: str = DEFAULT_BASE

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{article_id}")

    def headline(self, article_id: str) -> URIRef:
        """The NIF context of an article's headline (evidence stated only in the headline)."""
        return URIRef(f"{self.base}article/{article_id}/headline")

    def graph(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/{article_id}")

    @property
    def kb_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/wikidata")

    def fact(self, article_id: str, n: int) -> URIRef:
        return URIRef(f"{self.base}fact/{article_id}/{n}")

    def evidence(self, article_id: str, n: int, k: int) -> URIRef:
        return URIRef(f"{self.base}fact/{article_id}/{n}/evidence/{k}")

    def entity(self, slug: str) -> URIRef:
        return URIRef(f"{self.base}entity/{slug}")

    def genid(self, key: str) -> URIRef:
        """A skolem IRI (RDF 1.1 §3.5) for a blank node of a loaded RDF file."""
        return URIRef(f"{self.base}.well-known/genid/{key}")

    def kb_statement(self, key: str) -> URIRef:
        """A statement node of the reference KB."""
        return URIRef(f"{self.base}kb/statement/{key}")

    def kb_source(self, key: str) -> URIRef:
        """A source (upstream data set) of the reference KB."""
        return URIRef(f"{self.base}kb/source/{key}")

    def graph_for_file(self, file_name: str) -> URIRef:
        """The graph a ready-made triple file (.ttl, .nt, .jsonld) is published in."""
        return self.graph(article_id_from_name(file_name))

    def local_part(self, iri: str) -> str | None:
        """What follows the base in an IRI under it (``article/x``), else None.

        >>> Iris("https://w3id.org/dipld/").local_part("https://w3id.org/dipld/entity/minsk-group")
        'entity/minsk-group'
        """
        if iri.startswith(self.base) and len(iri) > len(self.base):
            return iri[len(self.base) :]
        return None

    def under_base(self, local: str) -> URIRef:
        """The IRI under this base with the given local part (the inverse of local_part)."""
        return URIRef(self.base + local)

    def article_id_of(self, iri: str) -> str | None:
        """The article id in an article, graph or fact IRI under this base, else None."""
        for prefix in ("article/", "graph/", "fact/"):
            start = self.base + prefix
            if iri.startswith(start):
                rest = iri[len(start) :]
                return rest.split("/", 1)[0] or None
        return None
