"""Crash safety: a real `dipld load` process killed with SIGKILL at several moments.

After each kill the store must open, hold every article graph either complete (identical to
the same graph in an uninterrupted load) or absent, keep its union default graph exact, and
a new load must finish the job: the final store equals the uninterrupted one.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from dipld.iri import Iris
from dipld.load import LoadOptions, ensure_kb, load
from dipld.store import Reader, Writer

from .conftest import CORPUS, SEEDS, dump

IRIS = Iris()
KB = str(IRIS.kb_graph)


def make_articles(folder: Path, copies: int) -> int:
    """Copies of the corpus and the seed, each with its own id (front matter ``id:``)."""
    folder.mkdir()
    sources = [*sorted(CORPUS.glob("*.txt")), SEEDS / "000_33cfb764012bfcb3.txt"]
    n = 0
    for k in range(copies):
        for path in sources:
            text = path.read_text(encoding="utf-8")
            head, sep, _ = text.partition("\n---\n")
            if sep and "\n" in head and ":" in head.split("\n", 1)[0]:
                text = f"id: copy-{k}-{path.stem[:40]}\n{text}"
            else:
                text = f"id: copy-{k}-{path.stem[:40]}\n---\n{text}"
            (folder / f"{k:03d}-{path.name}").write_text(text, encoding="utf-8")
            n += 1
    return n


def graphs_of(store: ox.Store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for graph in store.named_graphs():
        if isinstance(graph, ox.NamedNode) and graph.value != KB:
            out[graph.value] = {str(q) for q in store.quads_for_pattern(None, None, None, graph)}
    return out


def check_consistent(root: Path, reference: dict[str, set[str]]) -> int:
    """Every article graph complete or absent, union exact; returns how many graphs exist."""
    with Writer.open(root, wait=5.0) as writer:  # the dead loader's lock is gone
        store = writer.store
        found = graphs_of(store)
        for graph, quads in found.items():
            assert quads == reference[graph], f"{graph} is incomplete after SIGKILL"
        named = sum(len(q) for q in found.values())
        kb = int(
            next(iter(store.query(f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{KB}> {{ ?s ?p ?o }} }}")))[
                0
            ].value
        )  # type: ignore[arg-type]
        distinct = int(next(iter(store.query(
            "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
        )))[0].value)  # type: ignore[arg-type]  # fmt: skip
        assert len(store) - named - kb == distinct, "union default graph out of step"
    with Reader.open(root) as reader:  # the published snapshot opens too
        assert reader.version
    return len(found)


def start_load(folder: Path, root: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "dipld", "load", str(folder), "--store", str(root), "--jobs", "2",
         "--batch-triples", "1500", "-v"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # its own process group: the kill takes the workers too
    )  # fmt: skip


def kill_after_events(process: subprocess.Popen[str], events: int) -> int:
    """Read the INFO lines until `events` inputs are done, then SIGKILL the process group."""
    assert process.stderr is not None
    seen = 0
    for line in process.stderr:
        if line.startswith("INFO event=") and "event=published" not in line:
            seen += 1
            if seen >= events:
                break
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    process.stderr.close()
    return seen


@pytest.mark.slow
def test_sigkill_mid_load_leaves_complete_graphs_and_a_rerun_finishes(
    kb_store_template: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    total = make_articles(folder, copies=10)
    reference_root = tmp_path / "reference"
    shutil.copytree(kb_store_template, reference_root)
    clean = load([str(folder)], LoadOptions(store=reference_root, jobs=2))
    assert clean.ok and clean.new == total
    with Reader.open(reference_root) as reader:
        reference = graphs_of(reader.store)
        reference_dump = dump(reader.store)

    root = tmp_path / "store"
    shutil.copytree(kb_store_template, root)
    present = []
    for events in (20, 110, 220):
        process = start_load(folder, root)
        assert kill_after_events(process, events) == events, "the load ended before the kill"
        assert process.returncode == -signal.SIGKILL
        present.append(check_consistent(root, reference))
    assert present == sorted(present) and 0 < present[0] < total  # progress survives kills

    finish = subprocess.run(
        [sys.executable, "-m", "dipld", "load", str(folder), "--store", str(root), "--json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert finish.returncode == 0, finish.stderr
    with Reader.open(root) as reader:
        assert dump(reader.store) == reference_dump


@pytest.mark.slow
def test_sigkill_while_installing_the_kb(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    make_articles(folder, copies=1)
    root = tmp_path / "store"
    process = start_load(folder, root)
    deadline = time.monotonic() + 60
    while not (root / "DIRTY").exists() and time.monotonic() < deadline:
        time.sleep(0.05)  # DIRTY: the KB graph is being written
    time.sleep(3.0)  # into its (several seconds long) write
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert process.stderr is not None
    process.stderr.close()
    with Writer.open(root, wait=5.0):
        pass  # opens
    finish = subprocess.run(
        [sys.executable, "-m", "dipld", "load", str(folder), "--store", str(root)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert finish.returncode == 0, finish.stderr
    with Reader.open(root) as reader:
        kb = ox.NamedNode(KB)
        versions = list(reader.store.quads_for_pattern(kb, None, None, kb))
        assert versions
    with Writer.open(root) as writer:
        assert not ensure_kb(writer, IRIS).installed  # complete: nothing left to install
