"""Benchmark `dipld serve` against `oxigraph serve` and rdflib-endpoint: same data, same queries.

Usage::

    python bench/serve_bench.py --synthetic 10000            # generate, load, measure
    python bench/serve_bench.py --nquads data.nq             # any N-Quads, one graph per article
    python bench/serve_bench.py --store ./dipld-data         # an existing dipld store
    options: --duration 5 --concurrency 1,8,32 --skip-rdflib --out bench/serve-results.json

Needs Debian's ``wrk`` (``apt-get install wrk``), the ``oxigraph`` PyPI package (its
``oxigraph`` command) and ``rdflib-endpoint`` (PyPI) for the peers; all three servers run on
loopback in the same run, so the figures to compare are the ratios. Each load run is bounded
(``wrk -d``) and randomises the article or organisation of each request. dipld serve caches
results per snapshot, so each of its runs is done twice: with a comment nonce that makes
every query text unique (the engine's real cost, "cold") and with repeated texts ("cached").
Each run also reports the CPU time a request cost each server (from /proc), for dipld split
into its HTTP process and its query workers: on a shared machine this is steadier than the
latencies, and it shows where dipld's time goes next to oxigraph's.

``--synthetic N`` writes N articles shaped like dipld's output (articles with headline and date,
membership facts with the ``org:memberOf`` shortcut triple that many articles repeat, meetings
with participants and dates, trade flows, evidence spans), with ids and QIDs that are made up
for load testing only: the data is never published.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from dipld.store import Writer, current_version, snapshot_path

BASE = "https://w3id.org/dipld/"
D = "https://w3id.org/dipld/ontology#"
WD = "http://www.wikidata.org/entity/"
XSD = "http://www.w3.org/2001/XMLSchema#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
PREFIX = (
    f"PREFIX dipld: <{D}> PREFIX org: <http://www.w3.org/ns/org#> "
    "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX schema: <http://schema.org/> "
    f"PREFIX wd: <{WD}> PREFIX xsd: <{XSD}> "
)
N_STATES = 200
N_ORGS = 40

# {id}: a random article number, {state}/{org}: a random state/organisation number,
# {year}: a random two-digit year 00-25
QUERIES: dict[str, tuple[str, str]] = {
    "point lookup": (
        "select",
        PREFIX + f"SELECT ?h ?d WHERE {{ <{BASE}article/a{{id}}> schema:headline ?h ; "
        "schema:datePublished ?d }",
    ),
    "members of organisation": (
        "select",
        PREFIX + "SELECT ?state (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a dipld:Membership ; "
        "org:member ?state ; org:organization wd:Q{org} } GROUP BY ?state",
    ),
    "date-range join": (
        "select",
        PREFIX + "SELECT ?f ?a ?h WHERE { ?f a dipld:Meeting ; dipld:participant wd:Q{state} ; "
        "dipld:date ?d ; prov:wasDerivedFrom ?a . ?a schema:headline ?h "
        'FILTER(?d >= "2010-01-01"^^xsd:date && ?d < "2014-01-01"^^xsd:date) }',
    ),
    "aggregate": (
        "select",
        PREFIX + "SELECT ?p (COUNT(?f) AS ?n) WHERE { ?f a dipld:Meeting ; dipld:participant ?p ; "
        "dipld:date ?d FILTER(YEAR(?d) = 20{year}) } GROUP BY ?p ORDER BY DESC(?n) LIMIT 10",
    ),
    "union default graph": (
        "select",
        PREFIX + f"SELECT ?f ?p ?o WHERE {{ ?f prov:wasDerivedFrom <{BASE}article/a{{id}}> ; "
        "?p ?o }",
    ),
    "same on one named graph": (
        "select",
        PREFIX + f"SELECT ?f ?p ?o WHERE {{ GRAPH <{BASE}graph/a{{id}}> {{ ?f prov:wasDerivedFrom "
        f"<{BASE}article/a{{id}}> ; ?p ?o }} }}",
    ),
    "construct": (
        "construct",
        PREFIX
        + f"CONSTRUCT {{ ?f ?p ?o }} WHERE {{ ?f prov:wasDerivedFrom <{BASE}article/a{{id}}> "
        "; ?p ?o }",
    ),
}


# ---- data ---------------------------------------------------------------------------------------


def synthesise(n: int, out: Path, seed: int = 1) -> None:
    """N articles as N-Quads, one graph per article (made-up ids, for load testing only)."""
    rng = random.Random(seed)
    xsd_date, xsd_decimal = f"<{XSD}date>", f"<{XSD}decimal>"
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    with out.open("w", encoding="utf-8") as fh:
        for a in range(n):
            g, art = f"<{BASE}graph/a{a}>", f"<{BASE}article/a{a}>"
            date = f'"{2000 + a % 26}-{1 + a % 12:02d}-{1 + a % 28:02d}"^^{xsd_date}'
            lines = [
                f"{art} {rdf_type} <{D}Article>",
                f'{art} <http://schema.org/headline> "Article {a}: talks and agreements"@en',
                f"{art} <http://schema.org/datePublished> {date}",
            ]
            for k in range(12):
                f = f"<{BASE}fact/a{a}/{k}>"
                lines.append(f"{f} <http://www.w3.org/ns/prov#wasDerivedFrom> {art}")
                lines.append(f"{f} <{D}observedOn> {date}")
                if k % 3 == 0:
                    state, org = rng.randrange(N_STATES), rng.randrange(N_ORGS)
                    lines += [
                        f"{f} {rdf_type} <{D}Membership>",
                        f"{f} <http://www.w3.org/ns/org#member> <{WD}Q{state}>",
                        f"{f} <http://www.w3.org/ns/org#organization> <{WD}Q{org}>",
                        f"<{WD}Q{state}> <http://www.w3.org/ns/org#memberOf> <{WD}Q{org}>",
                    ]
                elif k % 3 == 1:
                    lines.append(f"{f} {rdf_type} <{D}Meeting>")
                    for p in rng.sample(range(N_STATES), 2):
                        lines.append(f"{f} <{D}participant> <{WD}Q{p}>")
                    lines.append(f"{f} <{D}date> {date}")
                else:
                    amount = rng.randrange(1, 10**10)
                    lines.append(f"{f} {rdf_type} <{D}TradeFlow>")
                    lines.append(f'{f} <{D}amount> "{amount}"^^{xsd_decimal}')
                ev = f"<{BASE}fact/a{a}/{k}/evidence/0>"
                lines.append(f"{f} <{D}evidence> {ev}")
                lines.append(
                    f"{ev} <{NIF}anchorOf> "
                    f'"Sentence {k} of article {a}, as the evidence of fact {k}."'
                )
            fh.writelines(f"{line} {g} .\n" for line in lines)


def load_nquads(nquads: Path, root: Path) -> str:
    graphs: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    for quad in ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS):
        if isinstance(quad.graph_name, ox.NamedNode):
            graphs[quad.graph_name].append(quad.triple)
    with Writer.open(root) as writer:
        items = list(graphs.items())
        for i in range(0, len(items), 2000):
            writer.replace_graphs(items[i : i + 2000])
        return writer.publish()


# ---- servers ------------------------------------------------------------------------------


def tool(name: str) -> str:
    """A command from PATH or from the running interpreter's environment."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"serve_bench: {name} not found; pip install it (see the docstring)")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:  # any HTTP answer means it is up
                r.read()
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not come up in {timeout:g} s")


class Server:
    def __init__(self, name: str, argv: list[str], endpoint: str, probe: str, start_timeout: float):
        self.name = name
        self.endpoint = endpoint
        self.log = tempfile.TemporaryFile()  # noqa: SIM115  (closed in stop())
        self.process = subprocess.Popen(argv, stdout=self.log, stderr=self.log)
        wait_http(probe, start_timeout)

    def pids(self) -> list[int]:
        """The server and all its descendants (dipld's query workers are its grandchildren,
        children of the fork server)."""
        children: dict[int, list[int]] = defaultdict(list)
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError, IndexError, ValueError):
                    ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                    children[ppid].append(int(entry.name))
        found, todo = [], [self.process.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo += children.get(pid, [])
        return found

    def rss_mib(self) -> float:
        total = 0
        pids = self.pids()
        page = os.sysconf("SC_PAGE_SIZE")
        for pid in pids:
            with contextlib.suppress(OSError, ValueError):
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
        return total / (1 << 20)

    def cpu_seconds(self) -> float:
        """CPU time of the server and its descendants (query workers) so far."""
        return sum(self.cpu_split())

    def cpu_split(self) -> tuple[float, float]:
        """CPU time so far of the server process itself (for dipld, the HTTP process) and of
        its descendants (dipld's fork server and query workers; none for oxigraph)."""
        own = others = 0.0
        tick = os.sysconf("SC_CLK_TCK")
        for pid in self.pids():
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                seconds = (int(fields[11]) + int(fields[12])) / tick
                if pid == self.process.pid:
                    own += seconds
                else:
                    others += seconds
        return own, others

    def wait_idle(self, limit: float = 60.0) -> None:
        """Wait until the server has finished the work of the previous run (CPU < 5 %)."""
        deadline = time.monotonic() + limit
        quiet = 0
        last = self.cpu_seconds()
        while quiet < 2 and time.monotonic() < deadline:
            time.sleep(0.5)
            now = self.cpu_seconds()
            quiet = quiet + 1 if now - last < 0.025 else 0
            last = now

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


# ---- load generation ----------------------------------------------------------------------------

LUA = r"""
local template = %s
local accept = %s
local nonce = %s
local counter = 0
local function hex(c) return string.format("%%%%%%02X", string.byte(c)) end
local function enc(s) return (s:gsub("[^%%w%%-_%%.~]", hex)) end
math.randomseed(%d + os.time())
request = function()
  counter = counter + 1
  local q = template:gsub("{id}", tostring(math.random(0, %d)))
  q = q:gsub("{state}", tostring(math.random(0, %d))):gsub("{org}", tostring(math.random(0, %d)))
  q = q:gsub("{year}", string.format("%%02d", math.random(0, 25)))
  if nonce then q = q .. "\n#" .. tostring(math.random(0, 1000000000)) .. "-" .. counter end
  return wrk.format("GET", wrk.path .. "?query=" .. enc(q), {["Accept"]=accept})
end
"""


def lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def wrk(
    endpoint: str, query: str, kind: str, conns: int, duration: float, articles: int, nonce: bool
) -> dict[str, float]:
    accept = "application/sparql-results+json" if kind == "select" else "text/turtle"
    script = LUA % (
        lua_string(query),
        lua_string(accept),
        "true" if nonce else "false",
        conns,
        articles - 1,
        N_STATES - 1,
        N_ORGS - 1,
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(script)
    try:
        out = subprocess.run(
            [
                "wrk",
                "-t",
                str(min(conns, 2)),
                "-c",
                str(conns),
                "-d",
                f"{duration:g}s",
                "--timeout",
                "30s",
                "--latency",
                "-s",
                fh.name,
                endpoint,
            ],
            capture_output=True,
            text=True,
            timeout=duration + 60,
            check=False,
        ).stdout
    finally:
        Path(fh.name).unlink()
    return parse_wrk(out)


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def _ms(text: str) -> float:
    m = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    return float(m.group(1)) * _UNITS[m.group(2)] if m else float("nan")


def parse_wrk(out: str) -> dict[str, float]:
    result: dict[str, float] = {}
    for pct in ("50%", "99%"):
        m = re.search(rf"^\s+{re.escape(pct)}\s+(\S+)", out, re.M)
        result[f"p{pct[:-1]}_ms"] = _ms(m.group(1)) if m else float("nan")
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    result["rps"] = float(m.group(1)) if m else 0.0
    m = re.search(r"(\d+) requests in", out)
    result["requests"] = float(m.group(1)) if m else 0.0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result["errors"] = float(m.group(1)) if m else 0.0
    m = re.search(r"Socket errors:.*timeout (\d+)", out)
    result["timeouts"] = float(m.group(1)) if m else 0.0
    return result


def download_speed(url: str, server: Server) -> dict[str, float]:
    peak = [server.rss_mib()]
    before = peak[0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], server.rss_mib())
            time.sleep(0.05)

    thread = threading.Thread(target=sample)
    thread.start()
    out = subprocess.run(
        [
            "curl",
            "-s",
            "-o",
            "/dev/null",
            "-H",
            "Accept-Encoding: identity",
            "-w",
            "%{size_download} %{time_total}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    done.set()
    thread.join()
    size, seconds = float(out[0]), float(out[1])
    return {
        "bytes": size,
        "seconds": seconds,
        "mb_per_s": size / seconds / 1e6,
        "rss_before_mib": before,
        "rss_peak_mib": peak[0],
    }


# ---- main ---------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--synthetic", type=int, metavar="N")
    src.add_argument("--nquads", type=Path)
    src.add_argument("--store", type=Path)
    ap.add_argument("--duration", type=float, default=5.0)
    ap.add_argument("--concurrency", default="1,8,32")
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--workers", default="2", help="dipld serve --query-workers")
    ap.add_argument("--out", type=Path, default=Path("bench/serve-results.json"))
    ap.add_argument("--queries", default="", help="comma-separated names of QUERIES to run")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    nquads: Path | None = args.nquads
    if args.synthetic:
        nquads = work / "dataset.nq"
        t = time.monotonic()
        synthesise(args.synthetic, nquads)
        print(
            f"synthesised {args.synthetic} articles in {time.monotonic() - t:.1f} s",
            file=sys.stderr,
        )
    if args.store:
        root = args.store
    else:
        assert nquads is not None
        root = work / "store"
        t = time.monotonic()
        load_nquads(nquads, root)
        print(f"loaded into {root} in {time.monotonic() - t:.1f} s", file=sys.stderr)
    version = current_version(root)
    assert version is not None
    snapshot = snapshot_path(root, version)
    articles = int(
        next(
            iter(
                ox.Store.read_only(str(snapshot)).query(
                    f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{D}Article> }}"
                )
            )
        )["n"].value
    )  # type: ignore[index,union-attr]
    concurrency = [int(c) for c in args.concurrency.split(",")]

    specs: list[tuple[str, list[str], str, str, float]] = []
    port = free_port()
    dipld_argv = [sys.executable, "-m", "dipld", "serve", "--store", str(root), "-q"]
    dipld_argv += ["--port", str(port), "--query-workers", args.workers]
    specs.append(
        (
            "dipld serve",
            dipld_argv,
            f"http://127.0.0.1:{port}/sparql",
            f"http://127.0.0.1:{port}/healthz",
            120,
        )
    )
    port = free_port()
    oxigraph_argv = [tool("oxigraph"), "serve-read-only", "--location", str(snapshot)]
    oxigraph_argv += ["--bind", f"127.0.0.1:{port}"]
    specs.append(
        (
            "oxigraph serve",
            oxigraph_argv,
            f"http://127.0.0.1:{port}/query",
            f"http://127.0.0.1:{port}/",
            60,
        )
    )
    if not args.skip_rdflib and nquads is not None:
        port = free_port()
        argv = [tool("rdflib-endpoint"), "serve", "--host", "127.0.0.1", "--port", str(port)]
        specs.append(
            (
                "rdflib-endpoint",
                [*argv, str(nquads)],
                f"http://127.0.0.1:{port}/",
                f"http://127.0.0.1:{port}/",
                1800,
            )
        )
    results: dict[str, object] = {"articles": articles, "duration_s": args.duration, "runs": []}
    runs: list[dict[str, object]] = results["runs"]  # type: ignore[assignment]
    # all servers up, runs interleaved (so a drift in the machine's load hits all alike), and
    # every server idle before each run (so no server's leftover work slows another's run)
    servers: list[Server] = []
    try:
        for name, argv, endpoint, probe, start_timeout in specs:
            servers.append(Server(name, argv, endpoint, probe, start_timeout))
        for query_name, (kind, query) in QUERIES.items():
            if args.queries and query_name not in args.queries.split(","):
                continue
            for conns in concurrency:
                for server in servers:
                    is_dipld = server.name == "dipld serve"
                    variants = [("cold", True), ("cached", False)] if is_dipld else [("", False)]
                    for label, nonce in variants:
                        for other in servers:
                            other.wait_idle()
                        own, others = server.cpu_split()
                        r = wrk(server.endpoint, query, kind, conns, args.duration, articles, nonce)
                        own_after, others_after = server.cpu_split()
                        done = max(r["requests"], 1.0)
                        row = {
                            "query": query_name,
                            "concurrency": conns,
                            "server": server.name + (f" ({label})" if label else ""),
                            **r,
                            # CPU a request costs the server: its own process, its workers
                            "cpu_us_server": (own_after - own) / done * 1e6,
                            "cpu_us_workers": (others_after - others) / done * 1e6,
                        }
                        runs.append(row)
                        print(json.dumps(row), file=sys.stderr)
        dipld = servers[0]
        url = dipld.endpoint.removesuffix("sparql") + "download/dataset.nq"
        subprocess.run(["curl", "-s", "-o", "/dev/null", url], check=True)  # build it once
        dipld.wait_idle()
        results["download"] = download_speed(url, dipld)
        print(json.dumps(results["download"]), file=sys.stderr)
    finally:
        for server in servers:
            server.stop()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(report(results))
    shutil.rmtree(work, ignore_errors=True)


def report(results: dict[str, object]) -> str:
    runs: list[dict[str, object]] = results["runs"]  # type: ignore[assignment]
    lines = [
        f"{results['articles']} articles, {results['duration_s']} s per run",
        "",
        "| query | c | server | p50 ms | p99 ms | req/s | non-2xx | timeouts "
        "| CPU µs/request: server + workers |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        cpu = (
            f"{float(r['cpu_us_server']):.0f} + {float(r['cpu_us_workers']):.0f}"
            if "cpu_us_server" in r
            else "-"
        )
        lines.append(
            f"| {r['query']} | {r['concurrency']} | {r['server']} | {r['p50_ms']:.2f} | "
            f"{r['p99_ms']:.2f} | {r['rps']:.0f} | {r['errors']:.0f} | {r['timeouts']:.0f} | "
            f"{cpu} |"
        )
    by = {(r["query"], r["concurrency"], r["server"]): r for r in runs}
    lines += [
        "",
        "| query | c | p50 cold / oxigraph | req/s cold / oxigraph | req/s cached / oxigraph "
        "| req/s cold / rdflib-endpoint |",
        "|---|---|---|---|---|---|",
    ]
    for (q, c, s), r in by.items():
        if s != "dipld serve (cold)":
            continue
        ox_r = by.get((q, c, "oxigraph serve"))
        rl = by.get((q, c, "rdflib-endpoint"))
        cached = by.get((q, c, "dipld serve (cached)"))

        def ratio(a: float, b: float) -> str:
            return f"{a / b:.2f}" if b else "n/a"

        lines.append(
            f"| {q} | {c} | {ratio(float(r['p50_ms']), float(ox_r['p50_ms'])) if ox_r else '-'} | "
            f"{ratio(float(r['rps']), float(ox_r['rps'])) if ox_r else '-'} | "
            f"{ratio(float(cached['rps']), float(ox_r['rps'])) if ox_r and cached else '-'} | "
            f"{ratio(float(r['rps']), float(rl['rps'])) if rl else '-'} |"
        )
    union = [
        r
        for r in runs
        if r["query"] == "union default graph" and r["server"] == "dipld serve (cold)"
    ]
    named = {
        r["concurrency"]: r
        for r in runs
        if r["query"] == "same on one named graph" and r["server"] == "dipld serve (cold)"
    }
    lines.append("")
    for r in union:
        n = named.get(r["concurrency"])
        if n:
            lines.append(
                f"union default graph / one named graph, c={r['concurrency']}: p50 "
                f"{float(r['p50_ms']) / float(n['p50_ms']):.2f}x"
            )
    if "download" in results:
        d = results["download"]
        lines.append(
            f"download dataset.nq: {d['mb_per_s']:.0f} MB/s, server RSS "  # type: ignore[index]
            f"{d['rss_before_mib']:.0f} -> peak {d['rss_peak_mib']:.0f} MiB"  # type: ignore[index]
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
