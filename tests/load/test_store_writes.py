"""Writer.replace_graphs_ntriples (the loader's bytes path) matches replace_graphs."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from dipld import store as store_module
from dipld.errors import StoreError
from dipld.store import Writer

from .conftest import dump

EX = "https://example.org/"


def t(s: str, o: str) -> ox.Triple:
    return ox.Triple(ox.NamedNode(EX + s), ox.NamedNode(EX + "p"), ox.Literal(o))


def nt(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


GA, GB = ox.NamedNode(EX + "graph/a"), ox.NamedNode(EX + "graph/b")
A = [t("s", "shared"), t("s", 'a "quoted" \\ value\twith tab'), t("x", "ünïcode")]
B = [t("s", "shared"), t("y", "b")]


@pytest.mark.parametrize("chunk", [None, 4])
def test_bytes_and_triples_give_the_same_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int | None
) -> None:
    if chunk is not None:  # graphs bigger than one bulk write are written in parts, in order
        monkeypatch.setattr(store_module, "BULK_MAX_QUADS", chunk)
        monkeypatch.setattr(store_module, "BULK_PART_QUADS", chunk)
    with Writer.open(tmp_path / "one") as w1, Writer.open(tmp_path / "two") as w2:
        w1.replace_graphs([(GA, A), (GB, B)])
        changes = w2.replace_graphs_ntriples([(GA, nt(A)), (GB, nt(B))])
        assert [(c.graph, c.added, c.existed) for c in changes] == [(GA, 3, False), (GB, 2, False)]
        assert dump(w1.store) == dump(w2.store)
        # an existing graph is replaced through the diff path; the union stays exact
        w1.replace_graphs([(GA, [t("z", "new")])])
        change = w2.replace_graphs_ntriples([(GA, nt([t("z", "new")]))])[0]
        assert (change.added, change.removed, change.existed) == (1, 3, True)
        assert dump(w1.store) == dump(w2.store)


def test_blank_nodes_and_duplicates_are_refused(tmp_path: Path) -> None:
    with Writer.open(tmp_path / "s") as writer:
        with pytest.raises(StoreError, match="skolemise"):
            writer.replace_graphs_ntriples([(GA, b'_:b1 <https://example.org/p> "x" .\n')])
        with pytest.raises(StoreError, match="given twice"):
            writer.replace_graphs_ntriples([(GA, nt(A)), (GA, nt(B))])


def _may_idle() -> bool:
    """Whether this process may give one of its threads the SCHED_IDLE policy (a sandbox's
    system call filter can refuse it; the store then keeps the niceness alone)."""
    done = threading.Event()
    thread = threading.Thread(target=done.wait)
    thread.start()
    try:
        assert thread.native_id is not None
        os.sched_setscheduler(thread.native_id, os.SCHED_IDLE, os.sched_param(0))
    except OSError:
        return False
    finally:
        done.set()
        thread.join()
    return True


def _niceness_of_background_threads() -> list[int]:
    return [os.getpriority(os.PRIO_PROCESS, tid) for tid in store_module._background_threads()]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_compactions_can_run_below_the_writer(tmp_path: Path) -> None:
    """A load runs RocksDB's background threads nicer than itself and its workers."""
    with Writer.open(tmp_path / "s") as writer:
        before = _niceness_of_background_threads()
        assert before, "RocksDB's background threads are named rocksdb:*"
        writer.compact_in_background()
        after = _niceness_of_background_threads()
        assert after == [min(19, n + store_module.COMPACTION_NICENESS) for n in before]
        if hasattr(os, "SCHED_IDLE") and _may_idle():
            policies = {os.sched_getscheduler(t) for t in store_module._background_threads()}
            assert policies == {os.SCHED_IDLE}
        writer.replace_graphs_ntriples([(GA, nt(A))])  # and writing still works
        assert writer.live_files() > 0


def test_lagging_counts_the_files_written_since_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Writer.open(tmp_path / "s") as writer:
        assert not writer.lagging
        monkeypatch.setattr(store_module, "LAGGING_FILES", 0)
        writer.replace_graphs_ntriples([(GA, nt(A))])  # a bulk write adds files
        assert writer.lagging
        writer.compact()
        writer.replace_graphs_ntriples([(GB, nt(B))])
    with Writer.open(tmp_path / "s") as writer:  # counted from each open
        assert not writer.lagging
