"""``dipld load`` and ``dipld delete``: a thin shell over :mod:`dipld.load`.

Data (the ``--json`` summary) goes to stdout; progress, failures (``path: reason``), the
summary line and, with ``-v``, one ``key=value`` line per unit of work go to stderr.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from dipld import forkserver
from dipld.errors import UsageError
from dipld.settings import BATCH_TRIPLES, BY_NAME, Settings

if TYPE_CHECKING:  # imported when used: the load command starts its fork server first
    from dipld.summary import Event, LoadSummary, Tally


def setting_option(name: str) -> click.Option:
    """A CLI option for a row of the settings table (CLI > DIPLD_* > default)."""
    setting = BY_NAME[name]
    return click.Option(
        [setting.option],
        default=None,
        help=f"{setting.help} [{setting.env}; default {setting.default!r}]",
    )


def _settings(**given: str | None) -> Settings:
    return Settings.resolve({k: v for k, v in given.items() if v is not None})


class Reporter:
    """Renders load events on stderr: a progress line on a terminal, failures, INFO lines."""

    def __init__(self, stream: TextIO, *, quiet: bool, verbose: bool) -> None:
        self.stream = stream
        self.quiet = quiet
        self.verbose = verbose
        self.live = not quiet and not verbose and stream.isatty()
        self._shown = 0.0
        self._line = False

    def _clear(self) -> None:
        if self._line:
            self.stream.write("\r\x1b[K")
            self._line = False

    def __call__(self, event: Event, tally: Tally) -> None:
        from dipld.summary import Outcome

        if event.outcome is Outcome.FAILED:
            self._clear()
            self.stream.write(f"{event.where}: {event.message}\n")
            if event.detail and self.verbose:
                self.stream.write(event.detail)
        if self.verbose:
            fields = [f"event={event.outcome.value}", f"where={event.where}"]
            if event.graph and event.graph != event.where:
                fields.append(f"graph={event.graph}")
            if event.outcome in (Outcome.NEW, Outcome.REPLACED):
                fields += [f"facts={event.facts}", f"triples={event.triples}"]
            self.stream.write("INFO " + " ".join(fields) + "\n")
        if self.live:
            now = time.monotonic()
            if now - self._shown >= 0.1:
                self._shown = now
                self.stream.write("\r\x1b[K" + progress_line(tally))
                self._line = True
        self.stream.flush()

    def finish(self, line: str) -> None:
        self._clear()
        if not self.quiet:
            self.stream.write(line + "\n")
        self.stream.flush()


def progress_line(tally: Tally) -> str:
    rate = tally.done / tally.elapsed if tally.elapsed > 0 else 0.0
    return (
        f"loading: {tally.done:,} inputs ({tally.new + tally.replaced:,} loaded, "
        f"{tally.skipped:,} unchanged, {tally.failed:,} failed) · {tally.facts:,} facts · "
        f"{tally.triples:,} triples · {rate:,.0f}/s"
    )


def summary_line(summary: LoadSummary) -> str:
    head = "dry run, nothing written" if summary.dry_run else "loaded"
    parts = [
        f"{summary.new:,} new",
        f"{summary.replaced:,} replaced",
        f"{summary.skipped:,} unchanged",
        f"{summary.failed:,} failed",
    ]
    if summary.deleted:
        parts.append(f"{summary.deleted:,} deleted")
    text = (
        f"{head}: {', '.join(parts)} · {summary.facts:,} facts · {summary.triples:,} triples · "
        f"{summary.seconds:.1f} s ({summary.rate:,.0f}/s)"
    )
    if summary.kb_installed:
        text += f" · KB {summary.kb_version} installed"
    if not summary.dry_run:
        text += f" · {summary.target}"
        if summary.version:
            text += f" snapshot {summary.version}"
    if summary.stopped:
        text += " · stopped at the first failure (--strict)"
    return text


@click.command(
    "load",
    params=[
        click.Argument(["paths"], nargs=-1, required=True),
        setting_option("store"),
        setting_option("jobs"),
        setting_option("max_article_bytes"),
        setting_option("base"),
        click.Option(["--dry-run"], is_flag=True, help="Read and extract, write nothing."),
        click.Option(["--strict"], is_flag=True, help="Stop at the first input that fails."),
        click.Option(
            ["--prune"],
            is_flag=True,
            help="Remove articles whose files are gone from the given folders.",
        ),
        click.Option(
            ["--shard"],
            metavar="I/N",
            help="Load only shard I of N (0 <= I < N), by a stable hash of each article id.",
        ),
        click.Option(
            ["--batch-triples"],
            type=click.IntRange(1),
            default=BATCH_TRIPLES,
            show_default=True,
            help="Triples written per batch: larger is faster, smaller redoes less after a crash.",
        ),
        click.Option(["--json", "as_json"], is_flag=True, help="Print the summary as JSON."),
        click.Option(["-q", "--quiet"], is_flag=True, help="No progress and no summary line."),
        click.Option(["-v", "--verbose"], is_flag=True, help="One INFO line per input."),
        click.Option(
            ["--endpoint"],
            metavar="URL",
            help="Load into a remote SPARQL 1.1 store: its query endpoint.",
        ),
        click.Option(
            ["--update-endpoint"],
            metavar="URL",
            help="Its SPARQL Update endpoint (default: --endpoint).",
        ),
        click.Option(
            ["--graph-store"],
            metavar="URL",
            help="Write with the Graph Store Protocol (PUT per graph) at this URL instead.",
        ),
        click.Option(["--user"], help="User name for HTTP Basic authentication."),
        click.Option(["--password"], help="Password for HTTP Basic authentication."),
        click.Option(["--token"], help="Bearer token for the remote store."),
        click.Option(
            ["--retries"],
            type=click.IntRange(0, 100),
            default=5,
            show_default=True,
            help="Retries of a remote request that fails with 5xx or a connection error.",
        ),
    ],
)
def load(
    *,
    paths: tuple[str, ...],
    store: str | None,
    jobs: str | None,
    max_article_bytes: str | None,
    base: str | None,
    dry_run: bool,
    strict: bool,
    prune: bool,
    shard: str | None,
    batch_triples: int,
    as_json: bool,
    quiet: bool,
    verbose: bool,
    endpoint: str | None,
    update_endpoint: str | None,
    graph_store: str | None,
    user: str | None,
    password: str | None,
    token: str | None,
    retries: int,
) -> None:
    """Extract articles and store one named graph per article.

    PATHS are files, folders (recursive), glob patterns, or - for stdin: articles (.txt, .md,
    .html, .jsonl collections) and ready-made RDF (.ttl, .nt, .nq, .trig, .jsonld). Unchanged
    inputs are skipped; a changed article replaces its graph. The embedded store is used
    unless --endpoint names a remote SPARQL 1.1 store. Exit 1 if any input failed.
    """
    settings = _settings(store=store, jobs=jobs, max_article_bytes=max_article_bytes, base=base)
    if settings.jobs > 1:  # the workers' fork server warms up while the rest is imported
        forkserver.start()
    from dipld import load as library
    from dipld.articles import Limits
    from dipld.remote import RemoteConfig, Shard
    from dipld.summary import LoadOptions

    if not endpoint and (update_endpoint or graph_store or user or password or token):
        raise UsageError("--update-endpoint, --graph-store and credentials need --endpoint")
    options = LoadOptions(
        store=settings.store,
        base=settings.base,
        jobs=settings.jobs,
        limits=Limits(settings.max_article_bytes),
        dry_run=dry_run,
        strict=strict,
        prune=prune,
        shard=Shard.parse(shard) if shard else None,
        batch_triples=batch_triples,
    )
    reporter = Reporter(sys.stderr, quiet=quiet, verbose=verbose)
    stdin = sys.stdin.buffer if "-" in paths else None
    if endpoint:
        config = RemoteConfig(
            endpoint=endpoint,
            update_endpoint=update_endpoint,
            graph_store=graph_store,
            user=user,
            password=password,
            token=token,
            retries=retries,
        )
        summary = library.load_remote(paths, options, config, stdin=stdin, progress=reporter)
    else:
        summary = library.load(paths, options, stdin=stdin, progress=reporter)
    reporter.finish(summary_line(summary))
    if as_json:
        click.echo(json.dumps(summary.as_dict(), indent=2))
    if not summary.ok:
        sys.exit(1)


@click.command(
    "delete",
    params=[
        click.Argument(["articles"], nargs=-1, required=True),
        setting_option("store"),
        setting_option("base"),
        click.Option(["--json", "as_json"], is_flag=True, help="Print the result as JSON."),
        click.Option(["-q", "--quiet"], is_flag=True, help="No summary line."),
    ],
)
def delete(
    *, articles: tuple[str, ...], store: str | None, base: str | None, as_json: bool, quiet: bool
) -> None:
    """Remove articles (their ids, or article or graph IRIs) from the embedded store.

    Publishes a new snapshot, so a running `dipld serve` sees the change. Exit 1 if an
    article was not in the store.
    """
    from dipld import load as library
    from dipld.iri import Iris

    settings = _settings(store=store, base=base)
    result = library.delete(articles, Path(settings.store), Iris(settings.base))
    for missing in result.missing:
        click.echo(f"{missing}: no such article in the store", err=True)
    if not quiet:
        where = f"{settings.store}" + (f" snapshot {result.version}" if result.version else "")
        click.echo(f"deleted {len(result.deleted)} article(s) · {where}", err=True)
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2))
    if result.missing:
        sys.exit(1)
