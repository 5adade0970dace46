"""``dipld validate``: check RDF files against the dipld SHACL shapes and ontology."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from dipld.errors import DipldError, InputTooLarge, UsageError
from dipld.settings import BY_NAME, Settings
from dipld.validate import (
    SUFFIXES,
    RdfFormat,
    Report,
    gunzip,
    is_gzip,
    short,
    validate_bytes,
    validate_file,
)

EXIT_VIOLATIONS = 1
EXIT_UNREADABLE = 2


@click.command("validate")
@click.argument(
    "inputs", nargs=-1, required=True, metavar="FILE...", type=click.Path(path_type=Path)
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in RdfFormat]),
    help="RDF syntax of every input (default: from each file's extension; required for -).",
)
@click.option(
    "--max-article-bytes",
    metavar="SIZE",
    help="Largest input to read, e.g. 4MB (after gunzip) "
    f"[env DIPLD_MAX_ARTICLE_BYTES; default {BY_NAME['max_article_bytes'].default}].",
)
@click.option("-q", "--quiet", is_flag=True, help="Do not print the summary line on stderr.")
def validate(
    inputs: tuple[Path, ...], fmt: str | None, max_article_bytes: str | None, quiet: bool
) -> None:
    """Check article graphs against the dipld SHACL shapes and ontology.

    Each FILE is Turtle (.ttl), TriG (.trig), N-Quads (.nq) or N-Triples (.nt), optionally
    gzipped (.gz); a folder is searched for such files; - reads stdin (give --format). In
    TriG and N-Quads every named graph is checked as one article graph.

    Every problem is printed on stdout as one line (with the graph after FILE for
    TriG and N-Quads):

    \b
      FILE: <focus node> path: message (value: offending value)

    Unknown dipld: terms (misspelt classes, properties, concepts) are reported too.

    \b
    Exit status: 0 every graph conforms, 1 violations found,
                 2 an input could not be read (missing, not RDF, too large) or bad usage.

    \b
    Examples:
      dipld validate graph.ttl
      dipld validate dump.trig.gz
      cat graph.ttl | dipld validate --format turtle -
    """
    # rdflib logs a traceback for each ill-typed literal; the violation says it better.
    logging.getLogger("rdflib.term").addHandler(logging.NullHandler())
    settings = Settings.resolve({"max_article_bytes": max_article_bytes})
    chosen = RdfFormat(fmt) if fmt else None
    files = _expand(inputs, chosen)
    reports: list[Report] = []
    unreadable = 0
    for item in files:
        try:
            report = _validate_one(item, chosen, settings.max_article_bytes)
        except DipldError as exc:
            click.echo(f"error: {exc}", err=True)
            unreadable += 1
            continue
        reports.append(report)
        for violation in report.violations:
            graph = f" {short(violation.graph)}" if violation.graph is not None else ""
            click.echo(f"{_name(item)}{graph}: {violation.describe()}")
    problems = sum(len(r.violations) for r in reports)
    failing = sum(1 for r in reports if not r.conforms)
    if not quiet:
        click.echo(_summary(reports, problems, failing, unreadable), err=True)
    if unreadable:
        sys.exit(EXIT_UNREADABLE)
    if failing:
        sys.exit(EXIT_VIOLATIONS)


def _expand(inputs: tuple[Path, ...], fmt: RdfFormat | None) -> list[Path]:
    """Files in argument order; folders contribute their RDF files, sorted, recursively."""
    files: list[Path] = []
    for item in inputs:
        if str(item) == "-":
            if fmt is None:
                raise UsageError("-: reading stdin needs --format (turtle, trig, nquads, ntriples)")
            files.append(item)
        elif item.is_dir():
            found = sorted(
                p for p in item.rglob("*") if p.is_file() and RdfFormat.from_name(p.name)
            )
            if not found:
                known = ", ".join(sorted(SUFFIXES))
                raise UsageError(f"{item}: no RDF files ({known}, optionally .gz) in this folder")
            files.extend(found)
        else:
            files.append(item)
    return files


def _validate_one(item: Path, fmt: RdfFormat | None, max_bytes: int) -> Report:
    if str(item) != "-":
        return validate_file(item, fmt, max_bytes)
    assert fmt is not None
    data = sys.stdin.buffer.read(max_bytes + 1)
    if is_gzip(data):
        data = gunzip(data, "-", max_bytes)
    elif len(data) > max_bytes:
        raise InputTooLarge(
            f"input is over the limit of {max_bytes:,} bytes; raise it with "
            "--max-article-bytes or DIPLD_MAX_ARTICLE_BYTES",
            where="-",
        )
    return validate_bytes(data, fmt, "-")


def _name(item: Path) -> str:
    return "-" if str(item) == "-" else str(item)


def _summary(reports: list[Report], problems: int, failing: int, unreadable: int) -> str:
    graphs = sum(r.graphs for r in reports)
    triples = sum(r.triples for r in reports)
    seconds = sum(r.seconds for r in reports)
    checked = f"{len(reports)} file(s), {graphs} graph(s), {triples:,} triples in {seconds:.2f} s"
    parts = []
    if failing:
        parts.append(f"{problems} problem(s) in {failing} file(s)")
    if unreadable:
        parts.append(f"{unreadable} input(s) could not be read")
    if not parts:
        return f"OK: {checked}; every graph conforms"
    return f"FAILED: {'; '.join(parts)} ({checked})"
