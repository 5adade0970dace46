"""The embedded store: atomic graph replacement, the materialised union default graph, snapshots."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from dipld.errors import StoreBusy, StoreError
from dipld.store import DEFAULT_GRAPH, Reader, Writer, current_version

EX = "https://example.org/"


def nn(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def t(s: str, p: str, o: str) -> ox.Triple:
    return ox.Triple(nn(s), nn(p), ox.Literal(o))


def default_triples(store: ox.Store) -> set[ox.Triple]:
    return {
        ox.Triple(q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, DEFAULT_GRAPH)
    }


def test_union_default_graph_follows_named_graphs(store_dir: Path) -> None:
    ga, gb = nn("graph/a"), nn("graph/b")
    shared, only_a, only_b = t("s", "p", "shared"), t("s", "p", "a"), t("s", "p", "b")
    with Writer.open(store_dir) as w:
        w.replace_graphs([(ga, [shared, only_a]), (gb, [shared, only_b])])
        assert default_triples(w.store) == {shared, only_a, only_b}
        # replacing a drops what only it held, keeps what b still holds
        change = w.replace_graphs([(ga, [t("s", "p", "a2")])])[0]
        assert (change.added, change.removed, change.existed) == (1, 2, True)
        assert default_triples(w.store) == {shared, only_b, t("s", "p", "a2")}
        assert w.delete_graphs([gb, nn("graph/missing")]) == [gb]
        assert default_triples(w.store) == {t("s", "p", "a2")}


def test_blank_nodes_are_refused(store_dir: Path) -> None:
    bnode = ox.Triple(ox.BlankNode(), nn("p"), ox.Literal("x"))
    with Writer.open(store_dir) as w, pytest.raises(StoreError, match="skolemise"):
        w.replace_graphs([(nn("graph/a"), [bnode])])


def test_one_writer_at_a_time(store_dir: Path) -> None:
    with Writer.open(store_dir), pytest.raises(StoreBusy, match="another process"):
        Writer.open(store_dir)
    Writer.open(store_dir).close()  # the lock is released on close


def test_readers_see_published_snapshots_only(store_dir: Path) -> None:
    with pytest.raises(StoreError, match="dipld load"):
        Reader.open(store_dir)
    g = nn("graph/a")
    with Writer.open(store_dir) as w:
        w.replace_graphs([(g, [t("s", "p", "1")])])
        v1 = w.publish()
        reader = Reader.open(store_dir)
        w.replace_graphs([(g, [t("s", "p", "2")])])
        assert w.dirty
        # unpublished writes are invisible to readers
        assert not reader.refresh()
        assert bool(reader.store.query(f'ASK {{ <{EX}s> ?p "1" }}'))
        v2 = w.publish()
        assert not w.dirty
    assert current_version(store_dir) == v2 != v1
    assert reader.refresh()
    assert bool(reader.store.query(f'ASK {{ <{EX}s> ?p "2" }}'))
    assert not bool(reader.store.query(f'ASK {{ <{EX}s> ?p "1" }}'))


def test_compact_keeps_every_quad_and_the_union(tmp_path: Path) -> None:
    root = tmp_path / "store"
    graphs = [
        (ox.NamedNode(f"{EX}g{n}"), [t("s", "p", str(k)) for k in range(n, n + 50)])
        for n in range(20)
    ]
    with Writer.open(root) as w:
        for graph, triples in graphs:  # one bulk write each: many overlapping files
            w.replace_graphs([(graph, triples)])
        before = sorted(str(q) for q in w.store)
        w.compact()
        assert sorted(str(q) for q in w.store) == before
        w.publish()
    with Reader.open(root) as reader:
        assert sorted(str(q) for q in reader.store) == before
        assert len(reader.store) == 50 * 20 + 69  # named quads + the union's distinct triples
