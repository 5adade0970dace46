"""`dipld export` and `dipld stats` over a loaded store."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from dipld.cli import cli
from dipld.iri import Iris
from dipld.load import LoadOptions, load
from dipld.store import DEFAULT_GRAPH, Reader

IRIS = Iris()


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _fill(store: Path, articles: Path, *, with_kb: bool) -> Path:
    (articles / "extra.ttl").write_text(
        '<https://example.org/s> <https://example.org/p> "curated" .\n', encoding="utf-8"
    )
    assert load([str(articles)], LoadOptions(store=store, jobs=1, with_kb=with_kb)).ok
    return store


@pytest.fixture
def loaded(tmp_path: Path, articles: Path) -> Path:
    """Articles and an RDF file, without the (large) KB graph: exports stay quick to check."""
    return _fill(tmp_path / "store", articles, with_kb=False)


def named_quads(root: Path) -> set[str]:
    with Reader.open(root) as reader:
        return {
            str(q)
            for q in reader.store.quads_for_pattern(None, None, None, None)
            if isinstance(q.graph_name, ox.NamedNode)
        }


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("all.trig", ox.RdfFormat.TRIG), ("all.nq.gz", ox.RdfFormat.N_QUADS),
     ("all.jsonld", ox.RdfFormat.JSON_LD)],
)  # fmt: skip
def test_dataset_formats_round_trip(
    loaded: Path, tmp_path: Path, name: str, fmt: ox.RdfFormat
) -> None:
    out = tmp_path / name
    result = run("export", "-o", str(out), "--store", str(loaded))
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    parsed = {str(q) for q in ox.parse(data, format=fmt)}
    assert parsed == named_quads(loaded)
    assert not list(tmp_path.glob(".*tmp*"))  # no temporary file left behind


def test_turtle_is_the_union_and_articles_can_be_chosen(loaded: Path, tmp_path: Path) -> None:
    result = run("export", "--format", "turtle", "--store", str(loaded))
    assert result.exit_code == 0
    triples = {str(t) for t in ox.parse(result.stdout_bytes, format=ox.RdfFormat.TURTLE)}
    with Reader.open(loaded) as reader:
        union = {str(q.triple) for q in reader.store.quads_for_pattern(None, None, None,
                                                                        DEFAULT_GRAPH)}  # fmt: skip
    assert triples == union

    seed = IRIS.graph("000-33cfb764012bfcb3")
    result = run("export", "--article", "000-33cfb764012bfcb3", "--format", "nquads",
                 "--store", str(loaded))  # fmt: skip
    assert result.exit_code == 0
    graphs = {q.graph_name for q in ox.parse(result.stdout_bytes, format=ox.RdfFormat.N_QUADS)}
    assert graphs == {ox.NamedNode(str(seed))}

    result = run("export", "--article", "nope", "--store", str(loaded))
    assert result.exit_code == 1 and "nope: no such article in the store" in result.stderr
    result = run("export", "-o", str(tmp_path / "x.csv"), "--store", str(loaded))
    assert result.exit_code == 2 and "cannot tell the format" in result.stderr


def test_export_of_an_empty_store_says_what_to_do(tmp_path: Path) -> None:
    result = run("export", "--store", str(tmp_path / "nothing"))
    assert result.exit_code == 1 and "dipld load" in result.stderr


def test_stats(kb_store: Path, articles: Path) -> None:
    loaded = _fill(kb_store, articles, with_kb=True)
    result = run("stats", "--store", str(loaded), "--json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["articles"] == 28
    assert figures["facts"] == sum(figures["facts_by_class"].values()) > 0
    assert (
        figures["entities_linked"] > 0 and figures["mentions_linked"] >= figures["entities_linked"]
    )
    assert figures["graphs"] == 30  # 28 articles, the KB graph, extra.ttl
    with Reader.open(loaded) as reader:
        assert figures["triples"] + figures["union_triples"] == len(reader.store)
    assert figures["kb_triples"] < figures["union_triples"] < figures["triples"]
    assert figures["kb_triples"] > 400_000 and figures["store_bytes"] > 0
    text = run("stats", "--store", str(loaded))
    assert text.exit_code == 0 and "articles   28" in text.stdout
