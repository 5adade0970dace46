"""Prometheus metrics of the server, in the text exposition format (no client library needed).

>>> m = Metrics()
>>> m.observe_request("/sparql", "GET", 200, 0.004)
>>> m.rows_returned += 3
>>> text = m.render()
>>> 'dipld_http_requests_total{route="/sparql",method="GET",status="200"} 1' in text
True
>>> 'dipld_http_request_duration_seconds_bucket{route="/sparql",le="0.005"} 1' in text
True
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

#: latency histogram bucket upper bounds, in seconds
BUCKETS: tuple[float, ...] = (
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
    30.0,
    60.0,
)


@dataclass
class _Histogram:
    counts: list[int] = field(default_factory=lambda: [0] * (len(BUCKETS) + 1))
    total: float = 0.0
    n: int = 0

    def observe(self, seconds: float) -> None:
        self.counts[bisect.bisect_left(BUCKETS, seconds)] += 1
        self.total += seconds
        self.n += 1


@dataclass
class Metrics:
    """Counters and histograms kept by the one server process."""

    requests: dict[tuple[str, str, int], int] = field(default_factory=dict)
    latency: dict[str, _Histogram] = field(default_factory=dict)
    queries: int = 0
    query_timeouts: int = 0
    query_memory_kills: int = 0
    query_truncated: int = 0
    rows_returned: int = 0
    worker_restarts: int = 0
    busy_rejections: int = 0
    cache_hits: int = 0
    query_cancellations: int = 0

    def observe_request(self, route: str, method: str, status: int, seconds: float) -> None:
        key = (route, method, status)
        self.requests[key] = self.requests.get(key, 0) + 1
        hist = self.latency.get(route)
        if hist is None:
            hist = self.latency[route] = _Histogram()
        hist.observe(seconds)

    def render(self, gauges: dict[str, tuple[str, float]] | None = None) -> str:
        """The metrics as Prometheus text; ``gauges`` adds name -> (help, value) lines."""
        out: list[str] = []

        def counter(name: str, help_text: str, value: float) -> None:
            out.append(f"# HELP {name} {help_text}")
            out.append(f"# TYPE {name} counter")
            out.append(f"{name} {value:g}")

        out.append("# HELP dipld_http_requests_total HTTP requests by route, method and status.")
        out.append("# TYPE dipld_http_requests_total counter")
        for (route, method, status), n in sorted(self.requests.items()):
            labels = f'route="{_esc(route)}",method="{_esc(method)}",status="{status}"'
            out.append(f"dipld_http_requests_total{{{labels}}} {n}")
        name = "dipld_http_request_duration_seconds"
        out.append(f"# HELP {name} Time to answer a request, by route.")
        out.append(f"# TYPE {name} histogram")
        for route, hist in sorted(self.latency.items()):
            label = f'route="{_esc(route)}"'
            running = 0
            for bound, count in zip(BUCKETS, hist.counts, strict=False):
                running += count
                out.append(f'{name}_bucket{{{label},le="{bound:g}"}} {running}')
            out.append(f'{name}_bucket{{{label},le="+Inf"}} {hist.n}')
            out.append(f"{name}_sum{{{label}}} {hist.total:.6f}")
            out.append(f"{name}_count{{{label}}} {hist.n}")
        counter("dipld_queries_total", "SPARQL queries run by the worker pool.", self.queries)
        counter(
            "dipld_result_cache_hits_total",
            "Queries answered from the result cache.",
            self.cache_hits,
        )
        counter(
            "dipld_query_timeouts_total",
            "Queries stopped at the time limit.",
            self.query_timeouts,
        )
        counter(
            "dipld_query_memory_kills_total",
            "Queries stopped at the memory bound.",
            self.query_memory_kills,
        )
        counter(
            "dipld_query_cancellations_total",
            "Queries stopped because their client disconnected.",
            self.query_cancellations,
        )
        counter(
            "dipld_query_truncated_total",
            "Results cut at the result limit.",
            self.query_truncated,
        )
        counter(
            "dipld_query_rows_total", "Rows (or triples) returned by queries.", self.rows_returned
        )
        counter(
            "dipld_worker_restarts_total",
            "Query worker processes replaced after a kill or crash.",
            self.worker_restarts,
        )
        counter(
            "dipld_busy_rejections_total",
            "Requests refused because every query worker stayed busy.",
            self.busy_rejections,
        )
        for gname, (help_text, value) in sorted((gauges or {}).items()):
            out.append(f"# HELP {gname} {help_text}")
            out.append(f"# TYPE {gname} gauge")
            out.append(f"{gname} {value:g}")
        return "\n".join(out) + "\n"


def _esc(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
