"""``dipld export`` and ``dipld stats``: a thin shell over :mod:`dipld.export`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from dipld.cli.load import setting_option
from dipld.errors import UsageError
from dipld.iri import Iris
from dipld.settings import Settings

FORMATS = ("turtle", "trig", "nquads", "jsonld")


@click.command(
    "export",
    params=[
        click.Option(
            ["-o", "--output"],
            type=click.Path(dir_okay=False, path_type=Path),
            help="File to write (default: stdout); a name ending in .gz is gzipped.",
        ),
        click.Option(
            ["--format", "fmt"],
            type=click.Choice(FORMATS),
            help="Output format (default: from the -o extension, else trig).",
        ),
        click.Option(
            ["--article", "articles"],
            multiple=True,
            metavar="ID",
            help="Export only this article's graph (an id or article IRI); repeatable.",
        ),
        setting_option("store"),
        setting_option("base"),
    ],
)
def export(
    output: Path | None,
    fmt: str | None,
    articles: tuple[str, ...],
    store: str | None,
    base: str | None,
) -> None:
    """Stream the published dataset, or chosen articles, as RDF.

    TriG, N-Quads and JSON-LD keep every named graph (the reference KB, each article, loaded
    RDF files); Turtle holds the union of the chosen graphs. Reads the current snapshot, so
    it is safe while a load runs; memory stays flat however large the store is.
    """
    from dipld import export as library
    from dipld.store import Reader

    settings = Settings.resolve({k: v for k, v in {"store": store, "base": base}.items() if v})
    chosen = library.ExportFormat(fmt) if fmt else None
    if chosen is None and output is not None:
        chosen = library.format_for_path(output)
        if chosen is None:
            raise UsageError(
                "cannot tell the format from the file name; use .ttl, .trig, .nq or .jsonl "
                "(optionally .gz), or give --format",
                where=str(output),
            )
    chosen = chosen or library.ExportFormat.TRIG
    with Reader.open(settings.store) as reader:
        graphs = (
            library.resolve_graphs(reader.store, Iris(settings.base), articles)
            if articles
            else None
        )
        with library.open_output(output, sys.stdout.buffer) as out:
            count = library.export(reader.store, out, chosen, graphs)
    if output is not None:
        click.echo(
            f"exported {count:,} {'triples' if chosen.value == 'turtle' else 'quads'} to "
            f"{output} (snapshot {reader.version})",
            err=True,
        )


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:,.1f} {unit}" if unit != "B" else f"{n} B"
        value /= 1024
    return f"{n} B"


@click.command(
    "stats",
    params=[
        setting_option("store"),
        setting_option("base"),
        click.Option(["--json", "as_json"], is_flag=True, help="Print the figures as JSON."),
    ],
)
def stats(store: str | None, base: str | None, as_json: bool) -> None:
    """Articles, facts per class, entities linked vs unlinked, triples and store size."""
    from dipld import export as library
    from dipld.store import Reader

    settings = Settings.resolve({k: v for k, v in {"store": store, "base": base}.items() if v})
    with Reader.open(settings.store) as reader:
        figures = library.stats(reader, Iris(settings.base))
    if as_json:
        click.echo(json.dumps(figures.as_dict(), indent=2))
        return
    width = max((len(name) for name in figures.facts_by_class), default=0) + 2
    lines = [
        f"store      {settings.store} (snapshot {figures.version}, {_size(figures.store_bytes)})",
        f"articles   {figures.articles:,}",
        f"facts      {figures.facts:,}",
        *(f"  {name:<{width}}{n:,}" for name, n in figures.facts_by_class.items()),
        f"entities   {figures.entities_linked:,} linked to Wikidata "
        f"({figures.mentions_linked:,} mentions), {figures.entities_unlinked:,} unlinked "
        f"({figures.mentions_unlinked:,} mentions)",
        f"triples    {figures.triples:,} in {figures.graphs:,} named graphs "
        f"(reference KB {figures.kb_triples:,}); union default graph {figures.union_triples:,}",
    ]
    click.echo("\n".join(lines))
