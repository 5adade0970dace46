"""`dipld load` on real on-disk stores: skip, replace, delete, prune, parallel, RDF files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from dipld import __version__
from dipld.cli import cli
from dipld.iri import DIPLD, Iris
from dipld.ledger import CONTENT_HASH, FILE_HASH, LOADED_FROM, VERSION_INFO
from dipld.load import Event, LoadOptions, Outcome, Tally, load
from dipld.store import Reader, Writer, current_version

from .conftest import dump

IRIS = Iris()
SEED_GRAPH = ox.NamedNode(str(IRIS.graph("000-33cfb764012bfcb3")))


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin)


def named_graphs(root: Path) -> set[str]:
    with Reader.open(root) as reader:
        return {g.value for g in reader.store.named_graphs() if isinstance(g, ox.NamedNode)}


def triples_of(store: ox.Store, graph: ox.NamedNode) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, graph)}


def _count(store: ox.Store, query: str) -> int:
    (row,) = list(store.query(query))  # type: ignore[arg-type]
    return int(row[0].value)


def assert_union_exact(store: ox.Store) -> None:
    """The store's default graph is exactly the union of its named graphs: as many triples as
    the named graphs hold distinct ones, and none of the article graphs' triples missing."""
    named = _count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    distinct = _count(
        store, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
    )
    assert len(store) - named == distinct
    missing = (
        f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{IRIS.kb_graph}>) "
        "FILTER NOT EXISTS { ?s ?p ?o } }"
    )
    assert not bool(store.query(missing))


def options(store: Path, **kw: object) -> LoadOptions:
    return LoadOptions(store=store, jobs=1, **kw)  # type: ignore[arg-type]


def test_load_skips_unchanged_and_replaces_changed(kb_store: Path, articles: Path) -> None:
    first = load([str(articles)], options(kb_store))
    assert first.ok and first.counts() == {
        "new": 28, "replaced": 0, "skipped": 0, "failed": 0, "deleted": 0,
    }  # fmt: skip
    assert first.facts > 0 and first.triples > 0 and first.version == current_version(kb_store)
    again = load([str(articles)], options(kb_store))
    assert again.counts()["skipped"] == 28 and again.counts()["new"] == 0
    assert again.version == first.version  # nothing written, nothing published

    seed = articles / "000_33cfb764012bfcb3.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nBelarus and Russia met.\n", "utf-8")
    changed = load([str(articles)], options(kb_store))
    assert (changed.replaced, changed.skipped, changed.new) == (1, 27, 0)
    assert changed.version != first.version
    with Reader.open(kb_store) as reader:
        body = {q.object.value for q in reader.store.quads_for_pattern(None, None, None,
                                                                       SEED_GRAPH)}  # fmt: skip
        assert any(value.endswith("Belarus and Russia met.\n") for value in body)
        records = list(reader.store.quads_for_pattern(SEED_GRAPH, LOADED_FROM, None, SEED_GRAPH))
        assert [q.object.value for q in records] == [seed.resolve().as_uri()]
        assert_union_exact(reader.store)


def test_load_re_extracts_what_an_older_extractor_or_kb_produced(
    kb_store: Path, articles: Path
) -> None:
    seed = articles / "000_33cfb764012bfcb3.txt"
    assert load([str(seed)], options(kb_store)).new == 1
    version = ox.NamedNode(str(DIPLD) + "extractorVersion")
    other_kb = ox.Literal(f"{__version__}+kb.000000000000")  # same release, another KB
    with Writer.open(kb_store) as writer:
        triples = [
            ox.Triple(q.subject, q.predicate, other_kb) if q.predicate == version else q.triple
            for q in writer.store.quads_for_pattern(None, None, None, SEED_GRAPH)
        ]
        writer.replace_graphs([(SEED_GRAPH, triples)])
        writer.publish()
    again = load([str(seed)], options(kb_store))
    assert (again.replaced, again.skipped) == (1, 0)
    with Reader.open(kb_store) as reader:
        (record,) = reader.store.quads_for_pattern(None, version, None, SEED_GRAPH)
        assert (
            record.object.value.startswith("0.1.0+kb.")
            and "000000000000" not in record.object.value
        )


@pytest.mark.slow
def test_jobs_two_gives_the_same_store_as_jobs_one(
    kb_store_template: Path, articles: Path, tmp_path: Path
) -> None:
    stores = []
    for jobs in (1, 2):
        root = tmp_path / f"store-{jobs}"
        shutil.copytree(kb_store_template, root)
        summary = load([str(articles)], LoadOptions(store=root, jobs=jobs))
        assert summary.ok and summary.new == 28
        stores.append(root)
    with Reader.open(stores[0]) as one, Reader.open(stores[1]) as two:
        first, second = dump(one.store), dump(two.store)
    only = sorted(set(first) ^ set(second))[:10]
    assert first == second, only


def mixed_folder(folder: Path) -> Path:
    """Forty small articles (several worker chunks) with bad files and a duplicate id among them."""
    folder.mkdir()
    places = ("Minsk met Moscow", "Kyiv met Warsaw", "Paris met Berlin", "Rome met Madrid")
    for n in range(40):
        text = f"title: Talks {n}\ndate: 2022-09-{n % 28 + 1:02d}\n---\n{places[n % 4]}.\n"
        (folder / f"a{n:02d}.txt").write_text(text)
    (folder / "a05b.txt").write_bytes(b"")  # unreadable, inside the first chunk
    (folder / "a17b.txt").write_text("title: T\ndate: 2022-13-45\n---\nMinsk met Moscow.\n")
    (folder / "a30b.txt").write_text("id: a03\n---\nKyiv met Warsaw again.\n")  # a03's graph
    (folder / "a33b.nt").write_text('<https://example.org/s> <https://example.org/p> "o" .\n')
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("strict", [False, True])
def test_jobs_two_fails_and_writes_exactly_what_jobs_one_does(
    kb_store_template: Path, tmp_path: Path, strict: bool
) -> None:
    folder = mixed_folder(tmp_path / "in")
    outcomes = []
    for jobs in (1, 2):
        root = tmp_path / f"store-{jobs}"
        shutil.copytree(kb_store_template, root)
        summary = load([str(folder)], LoadOptions(store=root, jobs=jobs, strict=strict))
        with Reader.open(root) as reader:
            quads = dump(reader.store)
        outcomes.append((summary.counts(), summary.failures, quads))
    assert outcomes[0] == outcomes[1]
    counts, failures, _ = outcomes[0]
    where = [Path(f.where).name for f in failures]
    assert where == (["a05b.txt"] if strict else ["a05b.txt", "a17b.txt", "a30b.txt"])
    assert counts["new"] == (6 if strict else 41)  # a00-a05 come before a05b


def test_delete_and_prune(kb_store: Path, articles: Path) -> None:
    load([str(articles)], options(kb_store))
    graphs = named_graphs(kb_store)
    assert SEED_GRAPH.value in graphs

    result = run("delete", "000-33cfb764012bfcb3", "no-such-article", "--store", str(kb_store))
    assert result.exit_code == 1
    assert "no-such-article: no such article in the store" in result.stderr
    assert SEED_GRAPH.value not in named_graphs(kb_store)

    # prune: a file gone from the folder takes its article with it; others stay
    load([str(articles)], options(kb_store))
    gone = next(articles.glob("kremlin-2018*.txt"))
    gone.unlink()
    kept = load([str(articles)], options(kb_store))
    assert kept.deleted == 0 and len(named_graphs(kb_store)) == len(graphs)
    pruned = load([str(articles)], options(kb_store, prune=True))
    assert pruned.deleted == 1 and pruned.skipped == 27
    assert len(named_graphs(kb_store)) == len(graphs) - 1
    with Reader.open(kb_store) as reader:
        assert_union_exact(reader.store)


def test_ready_made_rdf_files(kb_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rdf"
    folder.mkdir()
    (folder / "curated.ttl").write_text(
        "@prefix ex: <https://example.org/> .\n"
        'ex:minsk ex:label "Minsk" ; ex:near [ ex:label "somewhere" ] .\n',
        encoding="utf-8",
    )
    trig = folder / "third-party.trig"
    trig.write_text(
        "@prefix ex: <https://example.org/> .\n"
        'ex:g1 { ex:a ex:p "1" . }\nex:g2 { ex:b ex:p "2" . }\nex:c ex:p "3" .\n',
        encoding="utf-8",
    )
    first = load([str(folder)], options(kb_store))
    assert first.ok and first.new == 2
    curated = ox.NamedNode(str(IRIS.graph_for_file("curated.ttl")))
    default = ox.NamedNode(str(IRIS.graph_for_file("third-party.trig")))
    g1, g2 = ox.NamedNode("https://example.org/g1"), ox.NamedNode("https://example.org/g2")
    with Reader.open(kb_store) as reader:
        assert {curated.value, default.value, g1.value, g2.value} <= named_graphs(kb_store)
        genids = {
            q.object.value
            for q in reader.store.quads_for_pattern(None, None, None, curated)
            if isinstance(q.object, ox.NamedNode) and "genid" in q.object.value
        }
        assert genids == {str(IRIS.genid("curated/1"))}
        hashes = list(reader.store.quads_for_pattern(g1, FILE_HASH, None, g1))
        assert hashes and hashes[0].object.value.startswith("sha256:")
    assert load([str(folder)], options(kb_store)).skipped == 2

    # a graph dropped from the quad file is removed when the file is loaded again
    trig.write_text(
        '@prefix ex: <https://example.org/> .\nex:g1 { ex:a ex:p "1b" . }\n', encoding="utf-8"
    )
    changed = load([str(folder)], options(kb_store))
    assert changed.ok and changed.replaced == 1 and changed.deleted == 2
    graphs = named_graphs(kb_store)
    assert g1.value in graphs and g2.value not in graphs and default.value not in graphs


def test_broken_turtle_names_line_and_column_and_writes_nothing(
    kb_store: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.ttl").write_text(
        '@prefix ex: <https://example.org/> .\nex:a ex:p "ok" .\nex:b ex:p "unterminated .\n',
        encoding="utf-8",
    )
    (folder / "good.nt").write_text('<https://example.org/s> <https://example.org/p> "o" .\n')
    result = run("load", str(folder), "--store", str(kb_store), "--jobs", "1")
    assert result.exit_code == 1, result.output
    assert f"{folder / 'bad.ttl'}: line 3, column" in result.stderr
    graphs = named_graphs(kb_store)
    assert str(IRIS.graph_for_file("good.nt")) in graphs
    assert str(IRIS.graph_for_file("bad.ttl")) not in graphs


def test_bad_inputs_are_reported_and_the_rest_loads(kb_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("title: Talks\ndate: 2022-09-02\n---\nMinsk met Moscow.\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (folder / "latin1.txt").write_bytes("Café in Minsk, 2 September 2022.".encode("latin-1"))
    (folder / "huge.txt").write_text("Minsk met Moscow. " * 200)
    (folder / "baddate.txt").write_text("title: T\ndate: 2022-13-45\n---\nMinsk met Moscow.\n")
    (folder / "broken.ttl").write_text("<https://example.org/a> <https://example.org/b> .\n")
    unknown = tmp_path / "notes.xyz"
    unknown.write_text("what")
    missing = tmp_path / "missing.txt"
    result = run(
        "load", str(folder), str(unknown), str(missing), "--store", str(kb_store),
        "--jobs", "1", "--max-article-bytes", "1KB", "--json",
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    err = result.stderr
    expected = {
        "empty.txt": "empty input",
        "binary.txt": "binary data",
        "latin1.txt": "not UTF-8",
        "huge.txt": "over the limit of 1024 bytes",
        "baddate.txt": "front-matter date '2022-13-45' is not a date",
        "broken.ttl": "line 1, column",
    }
    for name, message in expected.items():
        line = next((x for x in err.splitlines() if x.startswith(str(folder / name))), "")
        assert message in line, (name, err)
    assert f"{unknown}: unknown file type '.xyz'" in err
    assert f"{missing}: no such file or directory" in err
    summary = json.loads(result.stdout)
    assert summary["new"] == 1 and summary["failed"] == 8 and not summary["ok"]
    assert str(IRIS.graph("good")) in named_graphs(kb_store)


def test_unwritable_store_fails_clearly(tmp_path: Path, articles: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run("load", str(articles), "--store", str(blocker / "store"))
    assert result.exit_code == 1
    assert "cannot create the store directory" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("load").exit_code == 2
    result = run("load", str(tmp_path), "--jobs", "none", "--store", str(tmp_path / "s"))
    assert result.exit_code == 2 and "setting jobs" in result.stderr
    result = run("load", str(tmp_path), "--shard", "4/4", "--store", str(tmp_path / "s"))
    assert result.exit_code == 2 and "--shard" in result.stderr


def test_strict_stops_at_the_first_failure(kb_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a.txt", "Minsk met Moscow.\n"), ("b.txt", ""), ("c.txt", "Kyiv.\n")):
        (folder / name).write_text(text)
    result = run("load", str(folder), "--store", str(kb_store), "--jobs", "1", "--strict")
    assert result.exit_code == 1
    assert "b.txt: empty input" in result.stderr and "--strict" in result.stderr
    graphs = named_graphs(kb_store)
    assert str(IRIS.graph("a")) in graphs and str(IRIS.graph("c")) not in graphs


def test_dry_run_writes_nothing(tmp_path: Path, articles: Path) -> None:
    store = tmp_path / "never"
    summary = load([str(articles)], LoadOptions(store=store, jobs=1, dry_run=True))
    assert summary.dry_run and summary.new == 28 and summary.facts > 0
    assert not store.exists()


def test_stdin_and_json_lines(kb_store: Path, tmp_path: Path) -> None:
    article = "id: from-stdin\n---\nMinsk, 2 September 2022: Belarus met Russia.\n"
    result = run("load", "-", "--store", str(kb_store), "--jobs", "1", "-q", stdin=article)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert str(IRIS.graph("from-stdin")) in named_graphs(kb_store)

    collection = tmp_path / "news.jsonl"
    lines = [
        {"id": "one", "date": "2022-09-02", "text": "Belarus met Russia in Minsk."},
        "{not json",
        {"id": "two", "text": "Ukraine and Poland held talks."},
        {"id": "three", "text": "Russia and China signed an agreement."},
    ]
    collection.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    )
    result = run("load", str(tmp_path), "--store", str(kb_store), "--jobs", "1", "--json")
    assert result.exit_code == 1
    assert f"{collection}:2: not valid JSON" in result.stderr
    assert json.loads(result.stdout)["new"] == 3

    # a collection read without errors: --prune drops the articles no longer in it
    collection.write_text(json.dumps(lines[0]) + "\n" + json.dumps(lines[3]) + "\n")
    pruned = load([str(tmp_path)], options(kb_store, prune=True))
    assert pruned.ok and pruned.deleted == 1 and pruned.skipped == 2
    graphs = named_graphs(kb_store)
    assert str(IRIS.graph("two")) not in graphs and str(IRIS.graph("three")) in graphs


def test_two_files_with_the_same_article_id(kb_store: Path, tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "talks.txt").write_text(f"Minsk met Moscow ({sub}).\n")
    summary = load([str(tmp_path / "a"), str(tmp_path / "b")], options(kb_store))
    assert summary.new == 1 and summary.failed == 1
    assert "already produced by" in summary.failures[0].message
    assert summary.failures[0].where.endswith("b/talks.txt")


def test_unpublished_writes_are_published_by_the_next_load(kb_store: Path, articles: Path) -> None:
    load([str(articles)], options(kb_store))
    before = current_version(kb_store)
    graph = ox.NamedNode("https://example.org/graph/left-by-a-crash")
    triple = ox.Triple(graph, ox.NamedNode("https://example.org/p"), ox.Literal("x"))
    with Writer.open(kb_store) as writer:
        writer.replace_graphs([(graph, [triple])])  # written, never published
    summary = load([str(articles)], options(kb_store))
    assert summary.skipped == 28 and summary.version != before
    assert graph.value in named_graphs(kb_store)


@pytest.mark.slow
def test_kb_graph_is_upgraded_when_its_version_differs(kb_store: Path) -> None:
    kb = ox.NamedNode(str(IRIS.kb_graph))
    with Writer.open(kb_store) as writer:
        (version,) = [q.object for q in writer.store.quads_for_pattern(kb, VERSION_INFO, None, kb)]
        writer.store.update(
            f"DELETE DATA {{ GRAPH {kb} {{ {kb} {VERSION_INFO} {version} }} }} ;"
            f'INSERT DATA {{ GRAPH {kb} {{ {kb} {VERSION_INFO} "older" }} }}'
        )
    summary = load([], options(kb_store))
    assert summary.kb_installed and summary.kb_version == version.value
    with Reader.open(kb_store) as reader:
        versions = [q.object for q in reader.store.quads_for_pattern(kb, VERSION_INFO, None, kb)]
        assert versions == [version]
        assert_union_exact(reader.store)


def test_every_article_graph_records_its_hash(kb_store: Path, articles: Path) -> None:
    load([str(articles)], options(kb_store))
    with Reader.open(kb_store) as reader:
        hashed = {
            q.graph_name.value
            for q in reader.store.quads_for_pattern(None, CONTENT_HASH, None, None)
            if isinstance(q.graph_name, ox.NamedNode)
        }
        graphs = named_graphs(kb_store) - {str(IRIS.kb_graph)}
        assert hashed == graphs and len(graphs) == 28


@pytest.mark.parametrize("flag", ["-q", "-v"])
def test_progress_flags(kb_store: Path, articles: Path, flag: str) -> None:
    result = run("load", str(articles), "--store", str(kb_store), "--jobs", "1", flag)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    if flag == "-q":
        assert result.stderr == ""
    else:
        info = [line for line in result.stderr.splitlines() if line.startswith("INFO ")]
        assert len(info) >= 28 and all("event=" in line and "where=" in line for line in info)
        assert "loaded: 28 new" in result.stderr


def test_long_loads_publish_as_they_go(kb_store: Path, articles: Path) -> None:
    """A reader (a running server) sees a long load's progress at each publish."""
    seen: list[tuple[str, int]] = []

    def progress(event: Event, tally: Tally) -> None:
        if event.outcome is Outcome.PUBLISHED:
            with Reader.open(kb_store) as reader:
                assert reader.version == event.where
                seen.append((reader.version, len(list(reader.store.named_graphs()))))

    options = LoadOptions(store=kb_store, jobs=1, batch_triples=1, publish_articles=10)
    summary = load([str(articles)], options, progress=progress)
    assert summary.ok and len(seen) >= 3
    counts = [n for _, n in seen]
    assert counts == sorted(counts) and counts[0] < counts[-1] == 29
    assert summary.version == seen[-1][0]


@pytest.mark.parametrize(
    ("lagging_files", "publish_articles"), [(-1, 10), (-1, 28), (1_000_000, 10)]
)
def test_a_load_compacts_before_its_last_snapshot_only_when_compactions_lag(
    kb_store: Path,
    articles: Path,
    monkeypatch: pytest.MonkeyPatch,
    lagging_files: int,
    publish_articles: int,
) -> None:
    """Compactions run below the load (Writer.compact_in_background); a load that leaves many
    files unmerged compacts the store once, before its last snapshot, never before others
    (also when a periodic publish has just published every write: 28 articles)."""
    from dipld import store as store_module

    compactions: list[str | None] = []
    original = Writer.compact

    def compact(writer: Writer) -> None:
        compactions.append(current_version(writer.root))
        original(writer)

    monkeypatch.setattr(store_module, "LAGGING_FILES", lagging_files)
    monkeypatch.setattr(Writer, "compact", compact)
    summary = load(
        [str(articles)],
        options(kb_store, publish_articles=publish_articles, batch_triples=1000),
    )
    assert summary.new == 28 and summary.version is not None
    published = int(summary.version)
    assert published >= 3  # the KB's snapshot, periodic ones, the last
    if lagging_files < 0:
        assert compactions == [f"{published - 1:08d}"]  # once, right before the last
    else:
        assert compactions == []
    with Reader.open(kb_store) as reader:
        assert_union_exact(reader.store)
