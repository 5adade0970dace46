"""Time the Linked Data pages of a running ``dipld serve``: cold, rendered from cached query
results, and from the page cache.

    python bench/web_bench.py                      # a store of seeds/ + 500 synthetic articles
    python bench/web_bench.py --url http://127.0.0.1:8000 /wikidata/Q30 /article/ID ...

Without ``--url`` it loads ``seeds/`` and synthetic articles (bench/synth.py) into a temporary
store, starts a real ``dipld serve --port 0`` on it and times a few entity and article pages.

"cold" is the first request after the server started or a new version was published (query
results not cached yet); "render" bypasses the page cache (a new X-Forwarded-Prefix each time)
so it measures querying the cached results plus building the page; "cached" is a page cache hit.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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


ROOT = Path(__file__).resolve().parent.parent
DIPLD = [sys.executable, "-m", "dipld"]
DEFAULT_PATHS = ["/wikidata/Q184", "/wikidata/Q159", "/article/000-33cfb764012bfcb3"]


@contextmanager
def local_server(synthetic: int) -> Iterator[str]:
    """A temporary store (seeds/ and synthetic articles) served by a real ``dipld serve``."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate, write_folder

    with tempfile.TemporaryDirectory(prefix="dipld-web-bench-") as tmp:
        folder, store = Path(tmp) / "articles", Path(tmp) / "store"
        write_folder(generate(synthetic), folder)
        for source in (ROOT / "seeds", folder):
            subprocess.run([*DIPLD, "load", str(source), "--store", str(store), "-q"], check=True)
        server = subprocess.Popen(
            [*DIPLD, "serve", "--store", str(store), "--port", "0", "-q"],
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stderr is not None
            url = ""
            while not url:
                line = server.stderr.readline()
                if not line:
                    raise SystemExit("dipld serve exited before listening")
                if "listening on " in line:
                    url = line.split("listening on ", 1)[1].strip().rstrip("/")
            yield url
        finally:
            server.terminate()
            server.wait(30)


def cli(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n", 1)[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", default=DEFAULT_PATHS, help="page paths to time")
    parser.add_argument("--url", help="a running dipld serve (default: start one)")
    parser.add_argument(
        "--synthetic", type=int, default=500, help="synthetic articles in the started server"
    )
    args = parser.parse_args(argv)
    if args.url:
        main(args.url, args.paths)
        return
    with local_server(args.synthetic) as url:
        main(url, args.paths)


if __name__ == "__main__":
    cli(sys.argv[1:])
