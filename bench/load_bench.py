"""End-to-end load benchmark: synthetic articles through `dipld load --jobs 2`, with peers.

For each size (default 1k and 10k articles) it generates the articles (bench/synth.py), copies
a store that already holds the reference KB (so the one-off KB install is not counted), runs a
real `dipld load FOLDER --jobs 2 --json` process, and reports:

- end to end: wall time of the process (Python start-up included) and articles/s, run as an
  installed package runs (bytecode compiled ahead: :func:`installed_env`);
- the store-writing part (the loader's ``write_seconds``: batched atomic graph writes with the
  union default graph kept) against a raw pyoxigraph ``bulk_load`` of the same article quads
  (exported from the result, KB excluded) into a copy of the same KB store, in the same run;
- peak resident memory of the loader process and of the whole process tree (loader, fork
  server, workers), sampled from /proc every 20 ms;
- time and peak memory of `dipld export` of the whole result (memory should not grow with
  the store).

    python bench/load_bench.py            # 1000 and 10000
    python bench/load_bench.py 1000 5000  # other sizes
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from synth import generate, write_folder  # noqa: E402

import dipld  # noqa: E402
from dipld.iri import Iris  # noqa: E402
from dipld.load import ensure_kb  # noqa: E402
from dipld.store import Reader, Writer  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text("ascii").split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found.extend(int(x) for x in (task / "children").read_text("ascii").split())
    except OSError:
        pass
    return found


class PeakMemory(threading.Thread):
    """Samples the RSS of a process and of its whole tree until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.main = 0
        self.tree = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            pids = [self.pid]
            index = 0
            while index < len(pids):
                pids.extend(_children(pids[index]))
                index += 1
            self.main = max(self.main, _rss(self.pid))
            self.tree = max(self.tree, sum(_rss(p) for p in pids))
            time.sleep(0.02)

    def stop(self) -> None:
        self._done.set()
        self.join()


def kb_store(workdir: Path) -> Path:
    root = workdir / "kb-store"
    with Writer.open(root) as writer:
        ensure_kb(writer, Iris())
        writer.publish()
    return root


def raw_bulk_load(template: Path, nquads: Path, workdir: Path) -> float:
    root = workdir / "raw-store"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(template, root)
    store = ox.Store(str(root / "primary"))
    started = time.perf_counter()
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - started
    del store
    return seconds


def article_quads(root: Path, out: Path) -> int:
    kb = str(Iris().kb_graph)
    count = 0
    with Reader.open(root) as reader, out.open("wb") as handle:
        graphs = [
            g for g in reader.store.named_graphs() if isinstance(g, ox.NamedNode) and g.value != kb
        ]
        quads = [q for g in graphs for q in reader.store.quads_for_pattern(None, None, None, g)]
        count = len(quads)
        ox.serialize(quads, handle, format=ox.RdfFormat.N_QUADS)
    return count


def measure_export(store: Path, out: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of `dipld export -o out` over the whole store."""
    command = [sys.executable, "-m", "dipld", "export", "-o", str(out), "--store", str(store)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    memory = PeakMemory(process.pid)
    memory.start()
    _, err = process.communicate()
    seconds = time.perf_counter() - started
    memory.stop()
    if process.returncode != 0:
        raise SystemExit(f"dipld export failed: {err.decode()}")
    out.unlink()
    return seconds, memory.main / 2**20


def installed_env(workdir: Path) -> dict[str, str]:
    """The environment of the measured commands: Python as an installed package runs it, with
    the bytecode of dipld's modules compiled ahead (``pip install`` compiles it; a checkout
    compiles it on first import). Here the bytecode goes to a folder of the run, not the tree,
    and a ``PYTHONDONTWRITEBYTECODE`` of the calling shell is dropped: otherwise every process
    of the load compiles every module from source (~0.1 s of each process's start-up)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    package = Path(dipld.__file__).resolve().parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], env=env, check=True)
    return env


def run_size(size: int, template: Path, workdir: Path) -> dict[str, float]:
    folder = workdir / f"articles-{size}"
    if not folder.exists():
        write_folder(generate(size), folder)
    store = workdir / f"store-{size}"
    shutil.rmtree(store, ignore_errors=True)
    shutil.copytree(template, store)
    command = [sys.executable, "-m", "dipld", "load", str(folder), "--store", str(store),
               "--jobs", "2", "--json", "-q"]  # fmt: skip
    env = installed_env(workdir)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    memory = PeakMemory(process.pid)
    memory.start()
    out, err = process.communicate()
    wall = time.perf_counter() - started
    memory.stop()
    if process.returncode != 0:
        raise SystemExit(f"dipld load failed ({process.returncode}): {err.decode()}")
    summary = json.loads(out)
    version = (store / "CURRENT").read_text("ascii").strip()
    snapshot_files = len(list((store / "snapshots" / version).glob("*.sst")))
    export_s, export_mb = measure_export(store, workdir / f"export-{size}.nq.gz", env)
    nquads = workdir / f"articles-{size}.nq"
    quads = article_quads(store, nquads)
    raw = raw_bulk_load(template, nquads, workdir)
    return {
        "articles": summary["new"],
        "facts": summary["facts"],
        "triples": summary["triples"],
        "quads": quads,
        "wall_s": wall,
        "articles_per_s": summary["new"] / wall,
        "loader_s": summary["seconds"],
        "write_s": summary["write_seconds"],
        "publish_s": summary.get("publish_seconds", 0.0),
        "raw_bulk_s": raw,
        "write_vs_raw": summary["write_seconds"] / raw if raw else float("nan"),
        "write_publish_vs_raw": (summary["write_seconds"] + summary.get("publish_seconds", 0.0))
        / raw
        if raw
        else float("nan"),
        "snapshot_files": snapshot_files,
        "peak_main_mb": memory.main / 2**20,
        "export_s": export_s,
        "export_mb": export_mb,
        "peak_tree_mb": memory.tree / 2**20,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n", 1)[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "sizes", nargs="*", type=int, default=[1000, 10000], help="article counts to load"
    )
    sizes = parser.parse_args(argv).sizes
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True, text=True, check=False,
    ).stdout.strip()  # fmt: skip
    print(f"dipld load benchmark · commit {commit} · {os.cpu_count()} cores · --jobs 2")
    with tempfile.TemporaryDirectory(prefix="dipld-bench-") as tmp:
        workdir = Path(tmp)
        template = kb_store(workdir)
        for size in sizes:
            r = run_size(size, template, workdir)
            print(
                f"{size:>6} articles: {r['wall_s']:.1f} s end to end = "
                f"{r['articles_per_s']:.0f} articles/s · {r['facts']:,} facts, "
                f"{r['quads']:,} quads · store writing {r['write_s']:.2f} s "
                f"(+ publish {r['publish_s']:.2f} s, final compaction included) vs raw "
                f"bulk_load {r['raw_bulk_s']:.2f} s = {r['write_vs_raw']:.2f}x "
                f"({r['write_publish_vs_raw']:.2f}x with publish) · final snapshot "
                f"{r['snapshot_files']} SST files · peak RSS loader {r['peak_main_mb']:.0f} MB, "
                f"all processes {r['peak_tree_mb']:.0f} MB · export (.nq.gz, KB included) "
                f"{r['export_s']:.1f} s, peak RSS {r['export_mb']:.0f} MB"
            )
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
