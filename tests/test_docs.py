"""The README stays honest: its settings, commands and SPARQL example match the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dipld.cli import COMMANDS, cli
from dipld.settings import TABLE

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", TABLE, ids=lambda s: s.name)
def test_every_setting_is_in_the_readme(setting: object) -> None:
    assert f"`{setting.option}`" in README  # type: ignore[attr-defined]
    assert f"`{setting.env}`" in README  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_in_the_readme_and_has_help(command: str) -> None:
    assert f"`dipld {command}" in README
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage: " in result.output and len(result.output.splitlines()) > 4


def test_unknown_option_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["extract", "--no-such-option", "x.txt"])
    assert result.exit_code == 2
    result = CliRunner().invoke(cli, ["no-such-command"])
    assert result.exit_code == 2


def test_python_m_dipld() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "dipld", "--version"], capture_output=True, text=True, check=True
    )
    assert proc.stdout.startswith("dipld, version ")


def test_readme_quick_start_matches_the_makefile_and_ci() -> None:
    assert "make run" in README and "make test" in README
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "dipld load seeds/" in makefile and "dipld serve" in makefile
    assert "exec make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_first_sparql_query_runs_on_the_seed(tmp_path: Path) -> None:
    query = re.search(r"```sparql\n(.*?)```", README, re.S)
    assert query is not None
    store = tmp_path / "store"
    runner = CliRunner()
    loaded = runner.invoke(
        cli, ["load", str(ROOT / "seeds"), "--store", str(store), "-q", "--jobs", "1"]
    )
    assert loaded.exit_code == 0, loaded.output
    result = runner.invoke(
        cli, ["query", "-", "--store", str(store), "--format", "csv"], input=query.group(1)
    )
    assert result.exit_code == 0, result.output
    rows = result.output.splitlines()
    assert len(rows) >= 11  # header + ten memberships of the seed
    assert any("Q7779" in row and "Commonwealth of the Independent States" in row for row in rows)
