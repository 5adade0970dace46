"""``dipld serve``: SPARQL endpoint, downloads and Linked Data pages over HTTP (a thin shell)."""

from __future__ import annotations

import logging
import socket
import sys

import click

from dipld.errors import UsageError
from dipld.settings import BY_NAME, Settings

#: the settings `dipld serve` takes as options
OPTIONS = (
    "store",
    "base",
    "host",
    "port",
    "public_url",
    "query_timeout",
    "query_memory",
    "result_limit",
    "max_request_bytes",
    "query_workers",
    "write_token",
    "allow_service",
    "cors_origins",
)


def _option(name: str) -> click.Option:
    setting = BY_NAME[name]
    return click.Option(
        [setting.option],
        default=None,
        help=f"{setting.help} [{setting.env}; default {setting.default!r}]",
    )


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise UsageError(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port "
            "or --host"
        ) from None
    return sock


@click.command(
    "serve",
    params=[
        *(_option(name) for name in OPTIONS),
        click.Option(["-q", "--quiet"], is_flag=True, help="No access log; warnings only."),
    ],
)
def serve(quiet: bool, **options: str | None) -> None:
    """Serve the store over HTTP: SPARQL 1.1 at /sparql, dumps under /download/.

    Binds 127.0.0.1 and is read-only unless told otherwise (--host, --write-token). Once the
    query workers are up it prints `dipld serve: listening on http://HOST:PORT/` to stderr;
    `--port 0` picks a free port. An empty store directory is initialised first.
    """
    import uvicorn  # heavy: imported only when serving

    from dipld.serve.app import create_app
    from dipld.serve.wire import CoalescingHttpProtocol

    settings = Settings.resolve(options)
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO, format="%(message)s", stream=sys.stderr
    )
    sock = _listen(settings.host, settings.port)
    host, port = sock.getsockname()[:2]
    url = f"http://{f'[{host}]' if ':' in host else host}:{port}/"

    def ready() -> None:
        click.echo(f"dipld serve: listening on {url}", err=True)

    app = create_app(settings, on_ready=ready)
    config = uvicorn.Config(
        app,
        http=CoalescingHttpProtocol,
        access_log=False,
        log_level="warning",
        lifespan="on",
        timeout_graceful_shutdown=5,
    )
    uvicorn.Server(config).run(sockets=[sock])
