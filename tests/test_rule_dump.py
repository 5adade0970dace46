"""bench/rule_dump.py: the dump a rule change is checked with is deterministic and its diff
names the article and the lines that changed."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rule_dump", ROOT / "bench" / "rule_dump.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_dumps_of_one_tree_are_identical(tmp_path: Path) -> None:
    tool = _tool()
    first = tool.dump(tmp_path / "a.nt", 3)
    second = tool.dump(tmp_path / "b.nt", 3)
    assert first == second
    count, _ = first
    corpus = len(list((ROOT / "tests" / "corpus").glob("*.txt")))
    assert count == corpus + 1 + len(list((ROOT / "tests" / "probes").glob("*.txt"))) + 3
    assert tool.diff(tmp_path / "a.nt", tmp_path / "b.nt") == []


def test_the_diff_names_the_article_and_its_changed_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = _tool()
    before, after = tmp_path / "before.nt", tmp_path / "after.nt"
    before.write_text("# a\n<s> <p> <o> .\n<s> <p> <x> .\n# b\n<s> <p> <o> .\n", encoding="utf-8")
    after.write_text("# a\n<s> <p> <o> .\n<s> <p> <y> .\n# b\n<s> <p> <o> .\n", encoding="utf-8")
    assert tool.diff(before, after) == ["== a", "- <s> <p> <x> .", "+ <s> <p> <y> ."]
    assert tool.main(["diff", str(before), str(after)]) == 1
    assert tool.main(["diff", str(before), str(before)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "no difference"


def test_the_fact_diff_shows_facts_not_their_numbers(tmp_path: Path) -> None:
    tool = _tool()
    f, o, e = "https://w3id.org/dipld/fact/a/", "https://w3id.org/dipld/ontology#", "/evidence/1"
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

    def fact(n: int, who: str, text: str) -> str:
        return (
            f"<{f}{n}> <{rdf}> <{o}Event> .\n<{f}{n}> <{rdf}> <{o}Meeting> .\n"
            f"<{f}{n}> <{o}participant> <http://www.wikidata.org/entity/{who}> .\n"
            f'<{f}{n}> <{o}confidence> "0.8"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n'
            f'<{f}{n}{e}> <{nif}> "{text}" .\n'
        )

    before, after = tmp_path / "before.nt", tmp_path / "after.nt"
    before.write_text("# a\n" + fact(1, "Q1", "X met.") + fact(2, "Q2", "Y met."), "utf-8")
    # the same two facts numbered the other way round, and one more
    after.write_text(
        "# a\n" + fact(2, "Q1", "X met.") + fact(1, "Q2", "Y met.") + fact(3, "Q3", "Z met."),
        "utf-8",
    )
    assert tool.fact_diff(before, after) == ["== a", '+ Meeting participant=Q3  « "Z met."']
    assert tool.fact_diff(before, before) == []
    assert tool.main(["facts", str(before), str(after)]) == 1
