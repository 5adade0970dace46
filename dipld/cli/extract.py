"""``dipld extract``: print the RDF (or JSON facts) of articles without touching a store."""

from __future__ import annotations

import json
import sys
import traceback
from enum import StrEnum

import click
import pyoxigraph as ox

from dipld.articles import Limits, read_bytes, read_path
from dipld.errors import DipldError, InputError
from dipld.iri import PREFIXES, Iris
from dipld.jsonfacts import fact_json
from dipld.kb.index import load_index
from dipld.model import Article
from dipld.pipeline import process
from dipld.rdf import fact_sort_key
from dipld.settings import Settings
from dipld.sources import InputKind, inputs, stdin_format


class OutputFormat(StrEnum):
    TURTLE = "turtle"
    TRIG = "trig"
    NQUADS = "nquads"
    JSONLD = "jsonld"
    JSONL = "jsonl"


_RDF_FORMATS = {
    OutputFormat.TURTLE: ox.RdfFormat.TURTLE,
    OutputFormat.TRIG: ox.RdfFormat.TRIG,
    OutputFormat.NQUADS: ox.RdfFormat.N_QUADS,
    OutputFormat.JSONLD: ox.RdfFormat.JSON_LD,
}


def _articles(paths: tuple[str, ...], limits: Limits) -> tuple[list[Article], list[DipldError]]:
    found: list[Article] = []
    errors: list[DipldError] = []
    for item in inputs(paths).items:
        if isinstance(item, DipldError):
            errors.append(item)
            continue
        if item.kind is not InputKind.ARTICLES:
            errors.append(
                InputError(
                    "ready-made RDF is loaded as is, not extracted; use `dipld load`",
                    where=item.name,
                )
            )
            continue
        if item.path is None:
            data = sys.stdin.buffer.read()
            stream = read_bytes(data, "stdin", stdin_format(data), limits)
        else:
            stream = read_path(item.path, limits)
        for result in stream:
            if isinstance(result, Article):
                found.append(result)
            else:
                errors.append(result)
    return found, errors


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    default="turtle",
    show_default=True,
    help="Output: RDF (Turtle merges the article graphs; TriG, N-Quads and JSON-LD keep "
    "one named graph per article) or jsonl, one JSON object per fact.",
)
@click.option("--base", default=None, help="Base IRI of the data (DIPLD_BASE).")
@click.option("--max-article-bytes", default=None, help="Largest article accepted (e.g. 4MB).")
def extract(
    paths: tuple[str, ...], fmt: str, base: str | None, max_article_bytes: str | None
) -> None:
    """Extract linked facts from articles and print them; no store is touched.

    PATHS are article files (.txt, .md, .html, .jsonl), folders (searched recursively), glob
    patterns or - for stdin. Unreadable inputs are reported on stderr as `path: reason` and
    the exit code is 1; the others are still printed.

    \b
    Example:
      dipld extract seeds/000_33cfb764012bfcb3.txt
      dipld extract -f jsonl tests/corpus/ | jq .class
    """
    settings = Settings.resolve({"base": base, "max_article_bytes": max_article_bytes})
    iris = Iris(settings.base)
    articles, errors = _articles(paths, Limits(settings.max_article_bytes))
    kb = load_index() if articles else None
    out = sys.stdout.buffer
    output = OutputFormat(fmt)
    quads: list[ox.Quad] = []
    triples: list[ox.Triple] = []
    for article in articles:
        assert kb is not None
        try:
            result = process(article, kb, iris)
        except DipldError as exc:
            errors.append(DipldError(exc.message, where=article.source))
            continue
        except Exception as exc:  # a bug must not lose the other articles' output
            traceback.print_exc(file=sys.stderr)
            errors.append(
                DipldError(
                    f"internal error while extracting ({type(exc).__name__}: {exc}); please "
                    "report it with the traceback above",
                    where=article.source,
                )
            )
            continue
        if output is OutputFormat.JSONL:
            for n, fact in enumerate(sorted(result.facts, key=fact_sort_key), start=1):
                out.write(json.dumps(fact_json(fact, article.id, n), ensure_ascii=False).encode())
                out.write(b"\n")
        elif output is OutputFormat.TURTLE:
            triples.extend(result.triples)
        else:
            quads.extend(
                ox.Quad(t.subject, t.predicate, t.object, result.graph) for t in result.triples
            )
    if output is OutputFormat.TURTLE and triples:
        ox.serialize(list(dict.fromkeys(triples)), out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    elif output in _RDF_FORMATS and quads:
        ox.serialize(quads, out, _RDF_FORMATS[output], prefixes=PREFIXES)
    out.flush()
    for error in errors:
        click.echo(f"error: {error}", err=True)
    if errors:
        sys.exit(1)
