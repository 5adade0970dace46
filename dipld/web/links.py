"""Where each IRI lives on this server: the one mapping between published IRIs and paths.

The dataset base (``DIPLD_BASE``) is mapped onto the server root, so a reverse proxy at the
public host makes the published IRIs live::

    {base}article/X, {base}fact/X/3, {base}entity/x ...   <->  /article/X, /fact/X/3, /entity/x
    https://w3id.org/dipld/ontology#Term                  <->  /ontology#Term
    http://www.wikidata.org/entity/Q184                   <->  /wikidata/Q184  (local page)

Every representation of a resource also has its own URL: the path plus ``.html``, ``.ttl``,
``.jsonld``, ``.nt`` or ``.rdf``. Links are root-relative, prefixed with the path of
``--public-url`` when the server is published under a sub-path.

>>> links = Links(Iris("https://w3id.org/dipld/"))
>>> links.href("https://w3id.org/dipld/fact/a-1/3")
'/fact/a-1/3'
>>> links.href("http://www.wikidata.org/entity/Q184")
'/wikidata/Q184'
>>> links.href("https://w3id.org/dipld/ontology#Meeting")
'/ontology#Meeting'
>>> links.href("http://schema.org/Country") is None
True
>>> split_suffix("fact/a-1/3.ttl")
('fact/a-1/3', 'ttl')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, unquote

from dipld.iri import DIPLD, ONTOLOGY_IRI, Iris, qid_of, wd
from dipld.serve import formats

HTML = formats.Format(
    "html",
    "text/html",
    ("application/xhtml+xml",),
    ("html",),
    "html",
    "https://www.iana.org/assignments/media-types/text/html",
)

#: the representations of a resource, in the server's order of preference (HTML for */*)
RESOURCE_FORMATS = formats.FormatFamily(
    (HTML, formats.TURTLE, formats.JSON_LD, formats.N_TRIPLES, formats.RDF_XML)
)
#: file suffix -> format of the per-format URLs
SUFFIXES: dict[str, formats.Format] = {f.extension: f for f in RESOURCE_FORMATS.formats}

WIKIDATA_PAGE = "https://www.wikidata.org/wiki/"
_SAFE = "/:@!$&'()*+,;=-._~%"
_ONTOLOGY_NS = str(DIPLD)


@lru_cache(maxsize=65536)
def _href(base: str, prefix: str, iri: str) -> str | None:
    if iri.startswith(_ONTOLOGY_NS):
        return f"{prefix}/ontology#" + quote(iri[len(_ONTOLOGY_NS) :], safe=_SAFE)
    if iri == str(ONTOLOGY_IRI):
        return f"{prefix}/ontology"
    if iri.startswith(base) and len(iri) > len(base):
        return f"{prefix}/" + quote(iri[len(base) :], safe=_SAFE)
    qid = qid_of(iri)
    if qid is not None and qid.startswith("Q"):
        return f"{prefix}/wikidata/{qid}"
    return None


def split_suffix(local: str) -> tuple[str, str | None]:
    """A local path and its format suffix, if it ends in one."""
    stem, dot, ext = local.rpartition(".")
    if dot and stem and "/" not in ext and ext in SUFFIXES:
        return stem, ext
    return local, None


@dataclass(frozen=True, slots=True)
class Links:
    """Builds the server's links for one dataset base and URL prefix."""

    iris: Iris
    #: the path the server is published under ('' at the root, '/lod' behind a proxy)
    prefix: str = ""

    def path(self, local: str) -> str:
        """A root-relative URL of a server path given without its leading '/'."""
        return f"{self.prefix}/{local}"

    def href(self, iri: str) -> str | None:
        """The local URL that shows an IRI, or None when this server does not describe it."""
        return _href(self.iris.base, self.prefix, iri)

    def representation(self, local: str, fmt: formats.Format) -> str:
        """The URL of one representation of the resource at a local path."""
        return self.path(f"{quote(local, safe=_SAFE)}.{fmt.extension}")

    def iri_candidates(self, raw_local: str) -> list[str]:
        """The IRIs a requested local path may name: as sent, then percent-decoded."""
        out = [str(self.iris.under_base(raw_local))]
        decoded = unquote(raw_local)
        if decoded != raw_local:
            out.append(str(self.iris.under_base(decoded)))
        return out


def wikidata_iri(qid: str) -> str:
    """The canonical entity IRI of a QID (raises ValueError for anything else)."""
    return str(wd(qid))


def wikidata_page(qid: str) -> str:
    """The entity's page on wikidata.org."""
    return WIKIDATA_PAGE + qid
