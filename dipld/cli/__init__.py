"""The ``dipld`` command line: a thin click shell over the library.

Subcommands live in their own modules under ``dipld.cli`` and are imported only when used,
so ``dipld --help`` and quick commands start fast. Every DipldError is printed as
``error: <message>`` with its exit code; anything else is a bug and shows its traceback.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from dipld import __version__
from dipld.errors import DipldError

# command name -> "module:attribute" (module relative to dipld.cli)
COMMANDS: dict[str, str] = {
    "delete": "load:delete",
    "eval": "evaluate:evaluate",
    "extract": "extract:extract",
    "export": "export:export",
    "kb": "kb:kb",
    "load": "load:load",
    "query": "query:query",
    "serve": "serve:serve",
    "stats": "export:stats",
    "validate": "validate:validate",
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        module = importlib.import_module(f"dipld.cli.{module_name}")
        command = getattr(module, attr)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DipldError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dipld")
def cli() -> None:
    """dipld: diplomacy news turned into Linked Data.

    Extract facts (meetings, offices, memberships, treaties, trade, permissions, events) from
    articles as RDF linked to Wikidata, load them into a store, and publish them over SPARQL,
    Turtle downloads and dereferenceable IRIs.

    \b
    Typical use:
      dipld load seeds/            # extract and store every article under seeds/
      dipld serve                  # SPARQL endpoint and pages on http://127.0.0.1:8000/
      dipld query --list           # the bundled queries
    """


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="dipld")
