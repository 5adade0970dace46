"""``dipld kb``: build the reference KB from the Wikidata snapshot, and describe the bundled one."""

from __future__ import annotations

from pathlib import Path

import click

from dipld.errors import UsageError
from dipld.kb import KB_FILE
from dipld.kb.build import write_kb
from dipld.kb.index import load_index


@click.group("kb")
def kb() -> None:
    """The reference KB: the bundled Wikidata subset the linker uses.

    \b
    Examples:
      dipld kb info
      dipld kb build --from ../shared/data/wikidata
    """


@kb.command("build")
@click.option(
    "--from",
    "source",
    required=True,
    metavar="DIR",
    type=click.Path(path_type=Path),
    help="Folder of the Wikidata snapshot (countries.csv, labels.csv, ... and SOURCES.md).",
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the gzipped N-Triples [default: the bundled dipld/data/kb.nt.gz].",
)
@click.option("-q", "--quiet", is_flag=True, help="Do not print the summary on stderr.")
def build(source: Path, output: Path | None, quiet: bool) -> None:
    """Build the KB file from the CSV snapshot in DIR.

    The output is sorted N-Triples, gzipped with a fixed timestamp: the same snapshot always
    gives the same bytes. Rows under the ODbL (countries-states-cities) and GPL-3
    (country_converter) licences and rigour's weak aliases are left out; see DATA-LICENSES.md.
    """
    if not source.is_dir():
        raise UsageError(f"--from {source}: not a folder; pass the Wikidata snapshot folder")
    result = write_kb(source, output or KB_FILE)
    if not quiet:
        click.echo(
            f"wrote {result.path}: {result.triples} triples, {result.size} bytes, "
            f"version {result.version}",
            err=True,
        )
        for name, count in result.entities.items():
            click.echo(f"  {name}: {count}", err=True)
        for reason, count in result.skipped.items():
            click.echo(f"  left out: {count} {reason}", err=True)


@kb.command("info")
def info() -> None:
    """Print the bundled KB's version, entity counts per kind and sources."""
    index = load_index()
    click.echo(f"file: {KB_FILE}")
    click.echo(f"version: {index.version}")
    click.echo(f"triples: {index.triples}")
    click.echo("entities:")
    for kind, count in index.counts().items():
        click.echo(f"  {kind}: {count}")
    click.echo("sources:")
    for source in index.sources:
        click.echo(
            f"  {source.id}: {source.title} ({source.version}); {source.license}; {source.url}"
        )
