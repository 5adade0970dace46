"""Time the Linked Data pages of a running ``dipld serve``: cold, rendered from cached query
results, and from the page cache.

    python bench/web_bench.py http://127.0.0.1:8000 /wikidata/Q30 /article/ID ...

"cold" is the first request after the server started or a new version was published (query
results not cached yet); "render" bypasses the page cache (a new X-Forwarded-Prefix each time)
so it measures querying the cached results plus building the page; "cached" is a page cache hit.
"""

from __future__ import annotations

import statistics
import sys
import time
import uuid

import httpx

ROUNDS = 20


def _fresh() -> dict[str, str]:
    """Headers that make a page-cache key never seen before (same queries, new links)."""
    return {"X-Forwarded-Host": "bench.invalid", "X-Forwarded-Prefix": "/" + uuid.uuid4().hex}


def timed(client: httpx.Client, path: str, headers: dict[str, str]) -> float:
    started = time.perf_counter()
    r = client.get(path, headers=headers)
    elapsed = (time.perf_counter() - started) * 1000
    r.raise_for_status()
    return elapsed


def main(base: str, paths: list[str]) -> None:
    html = {"Accept": "text/html"}
    with httpx.Client(base_url=base, timeout=120) as client:
        print(f"{'path':60} {'cold':>8} {'render':>8} {'cached':>8}  (ms, median of {ROUNDS})")
        for path in paths:
            cold = timed(client, path, {**html, **_fresh()})
            render = [timed(client, path, {**html, **_fresh()}) for _ in range(ROUNDS)]
            cached = [timed(client, path, html) for _ in range(ROUNDS)]
            print(
                f"{path[:60]:60} {cold:8.1f} {statistics.median(render):8.1f} "
                f"{statistics.median(cached):8.1f}"
            )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
