"""``dipld extract``: RDF or JSON facts on stdout, errors named on stderr, no store touched."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from dipld.cli import cli
from dipld.iri import Iris
from dipld.kb.index import KbIndex
from dipld.model import Article
from dipld.pipeline import ArticleResult

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_33cfb764012bfcb3.txt"


def test_turtle_has_prefixes_and_parses() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    assert "@prefix dipld: <https://w3id.org/dipld/ontology#> ." in result.output
    triples = list(ox.parse(result.output.encode(), format=ox.RdfFormat.TURTLE))
    assert len(triples) > 200


def test_trig_names_one_graph_per_article(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        "title: T\ndate: 2022-01-01\n---\nRussia and Belarus are members of the CIS.\n"
    )
    result = CliRunner().invoke(cli, ["extract", "-f", "trig", str(SEED), str(other)])
    assert result.exit_code == 0, result.output
    quads = list(ox.parse(result.output.encode(), format=ox.RdfFormat.TRIG))
    graphs = {q.graph_name.value for q in quads}
    assert graphs == {
        "https://w3id.org/dipld/graph/000-33cfb764012bfcb3",
        "https://w3id.org/dipld/graph/other",
    }


def test_jsonl_facts_use_the_gold_vocabulary() -> None:
    result = CliRunner().invoke(cli, ["extract", "-f", "jsonl", str(SEED)])
    assert result.exit_code == 0
    facts = [json.loads(line) for line in result.output.splitlines()]
    assert {f["class"] for f in facts} >= {
        "Tenure",
        "Meeting",
        "Membership",
        "TradeFlow",
        "Permission",
    }
    trade = next(f for f in facts if f["class"] == "TradeFlow" and f.get("flow") == ["TotalTrade"])
    assert trade["amount"] == ["40100000000"] and trade["period"] == ["2021"]


def test_stdin_and_errors() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "dipld", "extract", "-f", "jsonl", "-", str(ROOT / "missing.txt")],
        input=b"Moscow, 3 March 2023: Russia and Belarus are members of the CSTO.",
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 1
    assert b"missing.txt: no such file" in proc.stderr
    assert b'"Q318693"' in proc.stdout


def test_binary_input_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\x03")
    result = CliRunner().invoke(cli, ["extract", str(bad)])
    assert result.exit_code == 1
    assert "binary data" in result.output


def test_a_bug_in_one_article_is_named_and_the_others_are_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dipld.cli.extract as command

    real = command.process

    def process(article: Article, kb: KbIndex, iris: Iris) -> ArticleResult:
        if article.id == "broken":
            raise NameError("name 'oops' is not defined")
        return real(article, kb, iris)

    monkeypatch.setattr(command, "process", process)
    broken = tmp_path / "broken.txt"
    broken.write_text("title: T\ndate: 2022-01-01\n---\nRussia met Belarus.\n")
    result = CliRunner().invoke(cli, ["extract", "-f", "jsonl", str(broken), str(SEED)])
    assert result.exit_code == 1
    assert "broken.txt: internal error while extracting (NameError" in result.stderr
    assert "Traceback" in result.stderr
    assert any(json.loads(line)["class"] == "Tenure" for line in result.stdout.splitlines())
