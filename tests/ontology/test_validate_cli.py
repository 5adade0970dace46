"""`dipld validate` as a real process: exit codes 0/1/2, readable output, help, bad usage."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dipld.cli import COMMANDS, cli

PREFIXES = "@prefix dipld: <https://w3id.org/dipld/ontology#> .\n"
GOOD = PREFIXES + (
    '<https://w3id.org/dipld/entity/x> <http://www.w3.org/2000/01/rdf-schema#label> "X" ;\n'
    "    dipld:linkStatus dipld:Unlinked .\n"
)
BAD = PREFIXES + (
    "<https://w3id.org/dipld/fact/a/1> a dipld:SharedBorder ;\n"
    "    dipld:party <http://www.wikidata.org/entity/Q184> ; dipld:confidence 1.5 .\n"
)


def run(
    *args: str, stdin: bytes = b"", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLD_")}
    proc = subprocess.run(
        [sys.executable, "-m", "dipld", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "good.ttl").write_text(GOOD)
    (tmp_path / "bad.ttl").write_text(BAD)
    return tmp_path


def test_conforming_file_exits_0_with_a_summary_on_stderr(files: Path) -> None:
    result = run("validate", "good.ttl", cwd=files)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("OK: 1 file(s), 1 graph(s), 2 triples in ")
    assert result.stderr.rstrip().endswith("every graph conforms")
    assert run("validate", "-q", "good.ttl", cwd=files).stderr == ""


def test_violations_exit_1_one_readable_line_each(files: Path) -> None:
    result = run("validate", "good.ttl", "bad.ttl", cwd=files)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    fact = "<https://w3id.org/dipld/fact/a/1>"
    assert (
        f"bad.ttl: {fact} dipld:confidence: a fact needs exactly one dipld:confidence, "
        'an xsd:decimal from 0 to 1 (value: "1.5"^^xsd:decimal)'
    ) in lines
    assert (
        f"bad.ttl: {fact} dipld:party: "
        "a relation needs two or more dipld:party values (entity IRIs)"
    ) in lines
    assert all(line.startswith(f"bad.ttl: {fact} ") for line in lines)
    assert len(lines) == 4  # + missing prov:wasDerivedFrom and dipld:evidence
    assert result.stderr.startswith("FAILED: 4 problem(s) in 1 file(s) (2 file(s), 2 graph(s)")


def test_trig_lines_name_the_graph(tmp_path: Path) -> None:
    path = tmp_path / "dump.trig.gz"
    body = BAD.split("\n", 1)[1]
    path.write_bytes(
        gzip.compress(f"{PREFIXES}<https://w3id.org/dipld/graph/a> {{ {body} }}".encode())
    )
    result = run("validate", str(path))
    assert result.returncode == 1
    assert result.stdout.startswith(f"{path} <https://w3id.org/dipld/graph/a>: <https://w3id.org/")


def test_unreadable_inputs_exit_2_with_a_clear_message(files: Path) -> None:
    (files / "broken.ttl").write_text(
        PREFIXES + "<urn:a> dipld:party <urn:b>\n<urn:c> <urn:d> <urn:e> .\n"
    )
    (files / "image.ttl").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (files / "empty.nt").write_text("")
    cases = {
        "broken.ttl": "error: broken.ttl: not valid Turtle at line 3, column 1: ",
        "image.ttl": "error: image.ttl: binary data, not Turtle text; is this the right file?",
        "empty.nt": "error: empty.nt: empty input; nothing to validate",
        "missing.ttl": "error: missing.ttl: no such file",
    }
    for name, message in cases.items():
        result = run("validate", name, cwd=files)
        assert result.returncode == 2, (name, result.stderr)
        assert result.stderr.startswith(message), (name, result.stderr)
        assert "Traceback" not in result.stderr
    # Unreadable beats violations, and the other files are still checked.
    result = run("validate", "bad.ttl", "missing.ttl", cwd=files)
    assert result.returncode == 2
    assert result.stdout.count("bad.ttl: ") == 4
    assert "1 input(s) could not be read" in result.stderr


def test_ill_typed_literals_are_violations_not_tracebacks(tmp_path: Path) -> None:
    path = tmp_path / "ill.ttl"
    path.write_text(
        PREFIXES
        + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        + "<https://w3id.org/dipld/fact/a/1> a dipld:Partnership ;\n"
        + '    dipld:confidence "abc"^^xsd:decimal ;\n'
        + '    dipld:date "2022-02-30"^^xsd:date .\n'
    )
    result = run("validate", str(path))
    assert result.returncode == 1
    assert '(value: "abc"^^xsd:decimal)' in result.stdout
    assert '(value: "2022-02-30"^^xsd:date)' in result.stdout
    assert "Traceback" not in result.stderr and "Failed to convert" not in result.stderr


def test_stdin_needs_a_format(files: Path) -> None:
    result = run("validate", "-", stdin=GOOD.encode())
    assert result.returncode == 2
    assert "-: reading stdin needs --format" in result.stderr
    result = run("validate", "--format", "turtle", "-", stdin=BAD.encode())
    assert result.returncode == 1
    assert result.stdout.startswith("-: <https://w3id.org/dipld/fact/a/1> ")
    result = run("validate", "--format", "turtle", "-", stdin=gzip.compress(GOOD.encode()))
    assert result.returncode == 0, result.stderr


def test_folders_extensions_and_limits(files: Path) -> None:
    nested = files / "sub"
    nested.mkdir()
    (nested / "more.nt").write_text(
        "<https://w3id.org/dipld/entity/y> <https://w3id.org/dipld/ontology#linkStatus> "
        "<https://w3id.org/dipld/ontology#Linked> .\n"
    )
    (files / "notes.txt").write_text("not RDF")
    result = run("validate", str(files))
    assert result.returncode == 1
    assert "(3 file(s), 3 graph(s)" in result.stderr
    (files / "graph.rdf").write_text(GOOD)
    result = run("validate", "graph.rdf", cwd=files)
    assert result.returncode == 2
    assert "graph.rdf: unknown RDF file extension" in result.stderr
    assert run("validate", "--format", "turtle", "graph.rdf", cwd=files).returncode == 0
    result = run("validate", "--max-article-bytes", "10", "good.ttl", cwd=files)
    assert result.returncode == 2
    size = len(GOOD.encode())
    assert (
        f"good.ttl: size {size} bytes is over the limit of 10 bytes; raise it with" in result.stderr
    )
    result = run("validate", "--max-article-bytes", "lots", "good.ttl", cwd=files)
    assert result.returncode == 2
    assert "setting max_article_bytes" in result.stderr
    empty = files / "empty-folder"
    empty.mkdir()
    result = run("validate", str(empty))
    assert result.returncode == 2 and "no RDF files" in result.stderr


def test_usage_errors_exit_2(files: Path) -> None:
    for args in (
        ("validate",),
        ("validate", "--bogus", "good.ttl"),
        ("validate", "--format", "rdfxml", "good.ttl"),
    ):
        result = run(*args, cwd=files)
        assert result.returncode == 2, args
        assert "Usage: dipld validate" in result.stderr
    assert run("--no-such-option").returncode == 2


def test_help_documents_formats_output_and_exit_codes() -> None:
    result = run("validate", "--help")
    assert result.returncode == 0
    expected = (
        "Turtle (.ttl)", "TriG (.trig)", "N-Quads (.nq)", "N-Triples (.nt)", "--format",
        "--max-article-bytes", "--quiet", "FILE: <focus node> path: message", "Exit status: 0",
        "1 violations found", "2 an input could not be read",
    )  # fmt: skip
    for text in expected:
        assert text in result.stdout, text
    top = run("--help")
    assert top.returncode == 0 and "validate" in top.stdout


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_complete_help(name: str) -> None:
    import click

    ctx = click.Context(cli)
    command = cli.get_command(ctx, name)
    assert command is not None
    assert command.help and len(command.help.strip()) > 40, f"dipld {name} has no description"
    assert command.get_short_help_str(), name
    commands = [command]
    if isinstance(command, click.Group):
        commands += [command.get_command(ctx, sub) for sub in command.list_commands(ctx)]  # type: ignore[misc]
    for cmd in commands:
        assert cmd is not None and cmd.help, f"dipld {name}: a subcommand has no help"
        for param in cmd.params:
            if isinstance(param, click.Option) and not param.hidden:
                assert param.help, f"dipld {name} {cmd.name}: option {param.opts} has no help"
