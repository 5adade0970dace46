"""The Linked Data front end of ``dipld serve``: resource pages, content negotiation, discovery.

:func:`routes` is mounted after the server's own routes (SPARQL, downloads, writes) and ends
with a catch-all that dereferences every IRI under the dataset base; :func:`overrides` come
before them (the full VoID description replaces the endpoint's basic one). Routes::

    GET /                         home: the dataset, counts, latest articles, downloads, examples
    GET /articles                 every article
    GET /query                    the SPARQL query editor (?example=NAME or ?query=TEXT)
    GET /ontology[.html|.jsonld|.nt|.rdf]   the ontology documented (and /ontology.ttl)
    GET /wikidata/{QID}[.ext]     what the dataset says about a Wikidata item
    GET /resource?iri=IRI         303 to the local page of an IRI
    GET /catalog                  DCAT catalogue (RDF, negotiated; ?format=)
    GET /.well-known/void         VoID description (RDF, negotiated; ?format=)
    GET /static/{file}            the pages' stylesheet and the query editor's script
    GET /{path}[.ext]             the IRI {base}{path}: HTML, Turtle, JSON-LD, N-Triples, RDF/XML

See ``docs/linked-data.md``.
"""

from __future__ import annotations

from starlette.routing import BaseRoute, Route


def routes() -> list[BaseRoute]:
    """The pages; the last route dereferences any other path as an IRI under the base."""
    from dipld.web import handlers

    return [
        Route("/", handlers.home, methods=["GET"]),
        Route("/articles", handlers.articles, methods=["GET"]),
        Route("/query", handlers.query, methods=["GET"]),
        Route("/ontology", handlers.ontology, methods=["GET"]),
        Route("/ontology.{ext}", handlers.ontology, methods=["GET"]),
        Route("/wikidata/{name}", handlers.wikidata, methods=["GET"]),
        Route("/resource", handlers.lookup, methods=["GET"]),
        Route("/catalog", handlers.catalog, methods=["GET"]),
        Route("/catalog.{ext}", handlers.catalog, methods=["GET"]),
        Route("/static/{name}", handlers.static, methods=["GET"]),
        Route("/{path:path}", handlers.dereference, methods=["GET"]),
    ]


def overrides() -> list[BaseRoute]:
    """Routes that take precedence over the server's own: the full VoID description."""
    from dipld.web import handlers

    return [Route("/.well-known/void", handlers.void, methods=["GET"])]
