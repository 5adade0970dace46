"""Media types of SPARQL results and RDF graphs, and how they map to pyoxigraph formats.

Two families: *result formats* for SELECT and ASK (JSON, XML, CSV, TSV) and *graph formats*
for CONSTRUCT, DESCRIBE, the service description and downloads (Turtle, N-Triples, JSON-LD,
RDF/XML, TriG, N-Quads). Each format has one canonical media type (what we answer with), a few
aliases clients send, and short names for the ``format=`` override.

>>> RESULT_FORMATS.by_name("tsv").media_type
'text/tab-separated-values'
>>> GRAPH_FORMATS.by_name("ttl").name
'turtle'
>>> GRAPH_FORMATS.by_media_type("application/x-turtle").name
'turtle'
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True, slots=True)
class Format:
    """One serialisation: canonical media type, accepted aliases and ``format=`` names."""

    name: str
    media_type: str
    aliases: tuple[str, ...]
    names: tuple[str, ...]
    extension: str
    #: the W3C format IRI (https://www.w3.org/ns/formats/) for service descriptions
    w3c_iri: str
    results: ox.QueryResultsFormat | None = None
    rdf: ox.RdfFormat | None = None

    @property
    def content_type(self) -> str:
        """The Content-Type header value (with charset for text formats)."""
        if self.media_type.startswith("text/") or self.media_type.endswith(("json", "xml")):
            return f"{self.media_type}; charset=utf-8"
        return self.media_type

    @property
    def media_types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)


@dataclass(frozen=True, slots=True)
class FormatFamily:
    """An ordered set of formats; the first is the default for ``*/*``."""

    formats: tuple[Format, ...]

    def by_name(self, name: str) -> Format | None:
        """The format a ``format=`` value names (a short name or a media type)."""
        key = name.strip().lower()
        for fmt in self.formats:
            if key in fmt.names or key == fmt.name:
                return fmt
        return self.by_media_type(key)

    def by_media_type(self, media_type: str) -> Format | None:
        key = media_type.split(";", 1)[0].strip().lower()
        for fmt in self.formats:
            if key in fmt.media_types:
                return fmt
        return None

    @property
    def default(self) -> Format:
        return self.formats[0]


_W3C = "http://www.w3.org/ns/formats/"

JSON = Format(
    "json",
    "application/sparql-results+json",
    ("application/json",),
    ("json", "srj"),
    "srj",
    _W3C + "SPARQL_Results_JSON",
    results=ox.QueryResultsFormat.JSON,
)
XML = Format(
    "xml",
    "application/sparql-results+xml",
    ("application/xml", "text/xml"),
    ("xml", "srx"),
    "srx",
    _W3C + "SPARQL_Results_XML",
    results=ox.QueryResultsFormat.XML,
)
CSV = Format(
    "csv",
    "text/csv",
    (),
    ("csv",),
    "csv",
    _W3C + "SPARQL_Results_CSV",
    results=ox.QueryResultsFormat.CSV,
)
TSV = Format(
    "tsv",
    "text/tab-separated-values",
    ("text/tsv",),
    ("tsv",),
    "tsv",
    _W3C + "SPARQL_Results_TSV",
    results=ox.QueryResultsFormat.TSV,
)

TURTLE = Format(
    "turtle",
    "text/turtle",
    ("application/x-turtle", "application/turtle"),
    ("turtle", "ttl"),
    "ttl",
    _W3C + "Turtle",
    rdf=ox.RdfFormat.TURTLE,
)
N_TRIPLES = Format(
    "ntriples",
    "application/n-triples",
    ("text/plain",),
    ("ntriples", "nt", "n-triples"),
    "nt",
    _W3C + "N-Triples",
    rdf=ox.RdfFormat.N_TRIPLES,
)
JSON_LD = Format(
    "jsonld",
    "application/ld+json",
    ("application/json",),
    ("jsonld", "json-ld"),
    "jsonld",
    _W3C + "JSON-LD",
    rdf=ox.RdfFormat.JSON_LD,
)
RDF_XML = Format(
    "rdfxml",
    "application/rdf+xml",
    ("application/xml", "text/xml"),
    ("rdfxml", "rdf", "xml", "rdf/xml"),
    "rdf",
    _W3C + "RDF_XML",
    rdf=ox.RdfFormat.RDF_XML,
)
TRIG = Format(
    "trig",
    "application/trig",
    ("application/x-trig",),
    ("trig",),
    "trig",
    _W3C + "TriG",
    rdf=ox.RdfFormat.TRIG,
)
N_QUADS = Format(
    "nquads",
    "application/n-quads",
    ("text/x-nquads",),
    ("nquads", "nq", "n-quads"),
    "nq",
    _W3C + "N-Quads",
    rdf=ox.RdfFormat.N_QUADS,
)

RESULT_FORMATS = FormatFamily((JSON, XML, CSV, TSV))
GRAPH_FORMATS = FormatFamily((TURTLE, N_TRIPLES, JSON_LD, RDF_XML, TRIG, N_QUADS))

#: every format by name, for passing a format between processes by name
ALL: dict[str, Format] = {f.name: f for f in RESULT_FORMATS.formats + GRAPH_FORMATS.formats}
