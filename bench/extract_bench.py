"""Extraction benchmark: extraction + linking + RDF mapping of seed-sized articles, one core.

Target (extraction issue): >= 300 articles/s for seed-sized articles on one core. Prints the
rate for the seed article and for the development corpus, then where the time goes (the
functions with the most time of their own under cProfile). Run: python bench/extract_bench.py

cProfile keys functions by file, line and name, so the generated ``__init__`` methods of all
dataclasses share one row (``<string>:2(__init__)``) that counts only one class's calls; a
sampling profiler (``py-spy record -f raw``) shows the truer split.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import time
from pathlib import Path

from dipld.articles import read_path
from dipld.iri import Iris
from dipld.kb.index import load_index
from dipld.model import Article
from dipld.pipeline import process

ROOT = Path(__file__).resolve().parent.parent


def articles() -> tuple[Article, list[Article]]:
    seed = next(read_path(ROOT / "seeds" / "000_33cfb764012bfcb3.txt"))
    corpus = [next(read_path(p)) for p in sorted((ROOT / "tests" / "corpus").glob("*.txt"))]
    assert isinstance(seed, Article) and all(isinstance(a, Article) for a in corpus)
    return seed, corpus  # type: ignore[return-value]


def rate(batch: list[Article], rounds: int) -> tuple[float, float]:
    """Median articles/s over several rounds, by wall clock and by this process's CPU time (the
    machine is shared: CPU time is what one core spends, whatever else runs)."""
    kb, iris = load_index(), Iris()
    for article in batch:  # warm caches (gazetteer, surname index)
        process(article, kb, iris)
    wall, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        for article in batch:
            process(article, kb, iris)
        wall.append(len(batch) / (time.perf_counter() - start))
        cpu.append(len(batch) / (time.process_time() - start_cpu))
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--profile", type=int, default=25, help="profile rows to print (0: none)")
    args = parser.parse_args()
    seed, corpus = articles()
    start = time.perf_counter()
    load_index()
    print(f"KB index load: {time.perf_counter() - start:.3f} s")
    wall, cpu = rate([seed] * 50, args.rounds)
    print(
        f"seed article ({len(seed.body)} chars): {wall:.0f} articles/s wall, "
        f"{cpu:.0f} per CPU-second"
    )
    wall, cpu = rate(corpus, args.rounds)
    size = statistics.mean(len(a.body) for a in corpus)
    print(
        f"corpus ({len(corpus)} articles, mean {size:.0f} chars): {wall:.0f} articles/s wall, "
        f"{cpu:.0f} per CPU-second"
    )
    if args.profile:
        kb, iris = load_index(), Iris()
        profile = cProfile.Profile()
        profile.enable()
        for article in corpus * 3:
            process(article, kb, iris)
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.profile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
