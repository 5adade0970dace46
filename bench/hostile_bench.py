"""Hostile-input benchmark: extraction time of adversarial article bodies at two sizes.

Each body is built to defeat a bound the extractor relies on: one "sentence" of thousands of
names (a list pattern tried at every slot), thousands of restatements of one meeting (facts
compared with each other), quotations of thousands of clauses (a speaker looked up for each).
A linear extractor takes about twice as long for twice the text: the printed ratio should stay
near 2 (it was 15-20 for the list before the bounds; see docs/extraction.md).
Run: python bench/hostile_bench.py [--scale N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article


def bodies(n: int) -> dict[str, str]:
    return {
        "one list of names": ", ".join(["Russia"] * (3 * n)) + " are members of NATO.",
        "one coordinated subject": " and ".join(["President Putin"] * n) + " met.",
        "one quotation": '"' + "We condemn " * (2 * n) + '," said Scholz.',
        "one meeting restated": "Russia and China held talks with the Foreign Minister of "
        "Belarus. " * (n // 3),
        "one title repeated": " ".join(["Minister"] * (2 * n)) + ".",
    }


def seconds(body: str) -> float:
    article = Article(id="hostile", source="hostile.txt", body=body, date=dt.date(2024, 2, 9))
    start = time.perf_counter()
    extract(article, load_index())
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=5000, help="items in the smaller bodies")
    n = parser.parse_args().scale
    seconds("Russia met China.")  # load the KB and the extractor's tables
    small, large = bodies(n), bodies(2 * n)
    for name in small:
        a, b = seconds(small[name]), seconds(large[name])
        print(
            f"{name:24s} {len(small[name]):>8,} chars {a:6.2f} s · {len(large[name]):>8,} chars "
            f"{b:6.2f} s · ratio {b / a:4.1f} · {len(large[name]) / b / 1000:6.0f} kB/s"
        )


if __name__ == "__main__":
    main()
