"""Extraction cost in machine instructions per article, under valgrind: a figure that does not
move with the load of a shared machine, so two trees can be compared in different minutes.

For each batch (the seed article ten times, the development corpus once, 300 synthetic
articles) it runs this file twice under ``valgrind --tool=cachegrind --cache-sim=no``: once
loading the KB and warming the caches on the batch (one ``pipeline.process`` of each article),
once doing the same and then processing the batch again. The difference of the two instruction
totals, divided by the batch size, is what ``pipeline.process`` (extraction, linking, RDF
mapping) costs an article once warm; start-up, imports and the KB load cancel out.

    python bench/instructions.py                  # all three batches
    python bench/instructions.py --batch seed     # one of them
    PYTHONPATH=/other/tree python bench/instructions.py   # another checkout, same harness

Needs valgrind (Debian package ``valgrind``); ``PYTHONHASHSEED`` is fixed at 0 so that both runs
of a batch iterate sets alike. A run takes a few minutes per batch.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCHES = ("seed", "corpus", "synthetic")
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _batch(name: str) -> list[object]:
    """The articles of one batch, read as the loader reads them."""
    from dipld.articles import read_path

    if name == "seed":
        return [next(read_path(ROOT / "seeds" / "000_33cfb764012bfcb3.txt"))] * 10
    if name == "corpus":
        return [next(read_path(p)) for p in sorted((ROOT / "tests" / "corpus").glob("*.txt"))]
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate

    from dipld.articles import parse_text

    fields = ("title", "date", "url", "publisher")
    return [
        parse_text(
            "".join(f"{k}: {item[k]}\n" for k in fields) + f"---\n{item['text']}", item["id"]
        )
        for item in generate(300)
    ]


def inner(name: str, measured: bool) -> int:
    """Warm up on the batch and, if ``measured``, process it once more (runs under valgrind)."""
    from dipld.iri import Iris
    from dipld.kb.index import load_index
    from dipld.pipeline import process

    batch = _batch(name)
    kb, iris = load_index(), Iris()
    for article in batch:
        process(article, kb, iris)  # type: ignore[arg-type]
    if measured:
        for article in batch:
            process(article, kb, iris)  # type: ignore[arg-type]
    return len(batch)


def _instructions(name: str, measured: bool) -> int:
    """Total instructions of one run of :func:`inner` under cachegrind."""
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--inner",
        name,
    ]
    if measured:
        command.append("--measured")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    found = _REFS.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", choices=BATCHES, action="append")
    parser.add_argument("--inner", choices=BATCHES, help=argparse.SUPPRESS)
    parser.add_argument("--measured", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        inner(args.inner, args.measured)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    for name in args.batch or BATCHES:
        size = len(_batch(name))
        cost = _instructions(name, True) - _instructions(name, False)
        print(f"{name}: {cost / size / 1e6:.2f} M instructions per article ({size} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
