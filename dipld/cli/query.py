"""``dipld query``: run a bundled or given SPARQL query on the store or an endpoint (thin shell)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from dipld import queries
from dipld.errors import InputError, UsageError
from dipld.queries import NamedQuery
from dipld.results import Answer, AnswerKind, OutputFormat, check_format, kb_labeler, write
from dipld.settings import BY_NAME, Settings
from dipld.store import Reader

#: the largest query file or stdin read
MAX_QUERY_BYTES = 1 << 20
FORMATS = ("table", "csv", "tsv", "json", "turtle")


def _setting(name: str) -> click.Option:
    setting = BY_NAME[name]
    return click.Option(
        [setting.option],
        default=None,
        help=f"{setting.help} [{setting.env}; default {setting.default!r}]",
    )


@click.command(
    "query",
    params=[
        click.Argument(["source"], required=False, metavar="NAME|FILE|-"),
        _setting("store"),
        click.Option(
            ["--endpoint"],
            metavar="URL",
            help="Query this SPARQL endpoint over HTTP instead of the store (e.g. "
            "http://127.0.0.1:8000/sparql of `dipld serve`).",
        ),
        click.Option(
            ["-p", "--param", "params"],
            multiple=True,
            metavar="NAME=VALUE",
            help="Bind a declared parameter; repeat a name to bind several values.",
        ),
        click.Option(
            ["--format", "fmt"],
            type=click.Choice(FORMATS),
            help="Output format (default: table; turtle for CONSTRUCT and DESCRIBE).",
        ),
        click.Option(["--list", "list_"], is_flag=True, help="List the bundled queries."),
        click.Option(
            ["--show"], is_flag=True, help="Print the query with its parameters bound; run nothing."
        ),
        click.Option(
            ["--allow-service"],
            is_flag=True,
            default=None,
            help="Allow SERVICE calls to other endpoints (needs network) "
            "[DIPLD_ALLOW_SERVICE; default false].",
        ),
        _setting("query_timeout"),
        click.Option(["-q", "--quiet"], is_flag=True, help="No row count on stderr."),
    ],
)
def query(
    *,
    source: str | None,
    store: str | None,
    endpoint: str | None,
    params: tuple[str, ...],
    fmt: str | None,
    list_: bool,
    show: bool,
    allow_service: bool | None,
    query_timeout: str | None,
    quiet: bool,
) -> None:
    """Run a SPARQL query: a bundled one by NAME, a .rq FILE, or - for stdin.

    Runs on the embedded store (--store) or on any SPARQL 1.1 endpoint (--endpoint: a running
    `dipld serve`, `oxigraph serve`, Wikidata's service...). Parameters declared in the query's
    header are bound as typed RDF terms (--param name=value), never pasted into the text.

    \b
    Formats: table (aligned, IRIs shortened, Wikidata items with their KB label),
             csv, tsv, json (SPARQL 1.1 results; JSON-LD for graphs), turtle (graphs).
    Exit status: 0 answered, 1 error (query, store, endpoint), 2 bad usage or parameter.

    \b
    Examples:
      dipld query --list
      dipld query meetings-between-countries --param country_a=Q184 --param country_b=Q159
      dipld query trade-by-year --endpoint http://127.0.0.1:8000/sparql --format csv
      echo 'SELECT * WHERE { ?s ?p ?o } LIMIT 5' | dipld query -
    """
    if list_:
        if source is not None:
            raise UsageError("give a query NAME or --list, not both")
        _list(queries.list_queries(), as_json=fmt == "json")
        return
    if source is None:
        raise UsageError(
            "give a query NAME, a .rq FILE or - for stdin; `dipld query --list` shows the "
            "bundled queries"
        )
    if store is not None and endpoint is not None:
        raise UsageError("give --store or --endpoint, not both")
    settings = Settings.resolve(
        {
            "store": store,
            "query_timeout": query_timeout,
            "allow_service": "true" if allow_service else None,
        }
    )
    named = _read(source)
    values = _values(params)
    kind = AnswerKind.of_form(named.form)
    chosen = (
        OutputFormat(fmt)
        if fmt
        else (OutputFormat.TURTLE if kind is AnswerKind.GRAPH else OutputFormat.TABLE)
    )
    check_format(kind, chosen)
    bound = queries.bind(named, values)
    if show:
        click.echo(bound.text)
        return
    if endpoint is not None:
        answer = queries.run_remote(
            bound,
            endpoint,
            timeout=settings.query_timeout,
            allow_service=settings.allow_service,
        )
        _write(answer, chosen, quiet)
        return
    with Reader.open(settings.store) as reader:
        answer = queries.run_local(bound, reader.store, allow_service=settings.allow_service)
        _write(answer, chosen, quiet)


def _read(source: str) -> NamedQuery:
    if source == "-":
        return queries.query_from_bytes(
            _limited(sys.stdin.buffer.read(MAX_QUERY_BYTES + 1), "-"), "-", "-"
        )
    if "/" in source or source.endswith(".rq") or (not _is_name(source) and Path(source).exists()):
        path = Path(source)
        if not path.is_file():
            raise UsageError(f"{source}: no such query file")
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_QUERY_BYTES + 1)
        except OSError as exc:
            raise InputError(f"cannot read ({exc.strerror or exc})", where=source) from None
        return queries.query_from_bytes(_limited(data, source), path.stem, source)
    return queries.get_query(source)


def _is_name(text: str) -> bool:
    return any(q.name == text for q in queries.list_queries())


def _limited(data: bytes, where: str) -> bytes:
    if len(data) > MAX_QUERY_BYTES:
        raise InputError(f"larger than {MAX_QUERY_BYTES:,} bytes; is this a query?", where=where)
    return data


def _values(params: Sequence[str]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param {item!r}: expected NAME=VALUE, e.g. --param country=Q184")
        values.setdefault(name.strip(), []).append(value)
    return values


def _write(answer: Answer, fmt: OutputFormat, quiet: bool) -> None:
    out = sys.stdout.buffer
    try:
        labels = kb_labeler() if fmt is OutputFormat.TABLE else None
        count = write(answer, out, fmt, labels)
        out.flush()
    except BrokenPipeError:  # `dipld query … | head`: the reader has gone, which is fine
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return
    if answer.truncated:
        click.echo(
            f"warning: {answer.where} cut the answer at its result limit; narrow the query",
            err=True,
        )
    if count is not None and not quiet:
        click.echo(f"({count:,} row{'s' if count != 1 else ''})", err=True)


def _list(items: Sequence[NamedQuery], *, as_json: bool) -> None:
    if as_json:
        data = [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "form": q.form,
                "parameters": [
                    {"name": p.name, "type": p.type.value, "default": p.default}
                    for p in q.parameters
                ],
                "service": q.uses_service,
            }
            for q in items
        ]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    width = max((len(q.name) for q in items), default=4)
    for q in items:
        click.echo(f"{q.name:<{width}}  {q.title}")
        if q.parameters:
            click.echo(f"{'':<{width}}    parameters: {', '.join(str(p) for p in q.parameters)}")
