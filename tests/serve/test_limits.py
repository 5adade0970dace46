"""Safe by default: time limit, memory bound and isolation of expensive queries.

Each test runs its own in-process server with small limits over a small real store. The
expensive queries are cross products of the store with itself, which Oxigraph evaluates for
hours (time) or while buffering every row for ORDER BY (memory).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx

SLOW = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
    "?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }"
)
HUNGRY = (
    "SELECT ?a ?d ?g ?j ?m WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o } "
    "ORDER BY ?a ?d ?g ?j ?m"
)


def metric(client: httpx.Client, name: str) -> float:
    for line in client.get("/metrics").text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"no metric {name}")


def test_time_limit_stops_the_query_and_frees_the_worker(start_server: Any) -> None:
    srv = start_server(query_timeout="1.5", query_workers="1")
    with srv.client() as client:
        started = time.monotonic()
        r = client.get("/sparql", params={"query": SLOW})
        elapsed = time.monotonic() - started
        assert r.status_code == 503
        assert "time limit of 1.5 s" in r.text
        assert 1.4 < elapsed < 5
        # the only worker was killed and replaced: the next query is answered
        ok = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert ok.status_code == 200
        assert metric(client, "dipld_query_timeouts_total") == 1
        assert metric(client, "dipld_worker_restarts_total") >= 1


def test_memory_bound_stops_the_query(start_server: Any) -> None:
    srv = start_server(query_timeout="60", query_memory="200MB")
    with srv.client() as client:
        r = client.get("/sparql", params={"query": HUNGRY})
        assert r.status_code == 503
        assert "memory bound of 200 MiB" in r.text
        assert metric(client, "dipld_query_memory_kills_total") == 1
        assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).status_code == 200


def test_cheap_queries_keep_being_answered_during_an_expensive_one(start_server: Any) -> None:
    srv = start_server(query_timeout="4", query_workers="2")
    slow: dict[str, Any] = {}

    def run_slow() -> None:
        with srv.client() as c:
            slow["response"] = c.get("/sparql", params={"query": SLOW})

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)
    with srv.client() as client:
        latencies = []
        for n in range(20):
            started = time.monotonic()
            r = client.get("/sparql", params={"query": f"ASK {{ ?s ?p {n} }}"})
            latencies.append(time.monotonic() - started)
            assert r.status_code == 200
        assert thread.is_alive(), "the expensive query should still be running"
        assert max(latencies) < 1.0
    thread.join()
    assert slow["response"].status_code == 503


def test_row_cap_stops_a_huge_result_early(start_server: Any) -> None:
    srv = start_server(result_limit="5", query_timeout="10")
    q = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # 27^4 rows
    with srv.client() as client:
        started = time.monotonic()
        r = client.get("/sparql", params={"query": q}, headers={"Accept": "text/csv"})
        assert time.monotonic() - started < 3
        assert r.status_code == 200
        assert r.headers["x-dipld-truncated"] == "true"
        assert len(r.text.splitlines()) == 6  # header + 5 rows


def test_a_client_that_goes_away_frees_its_worker(start_server: Any) -> None:
    srv = start_server(query_timeout="60", query_workers="1")
    with httpx.Client(base_url=srv.url, timeout=0.5) as impatient:
        try:
            impatient.get("/sparql", params={"query": SLOW})
        except httpx.TimeoutException:
            pass
        else:
            raise AssertionError("the expensive query should not have finished")
    with srv.client() as client:
        started = time.monotonic()
        r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert r.status_code == 200
        assert time.monotonic() - started < 10  # not the 60 s the stale query could run
        assert metric(client, "dipld_query_cancellations_total") == 1


def test_extra_workers_start_when_long_queries_hold_them_all(start_server: Any) -> None:
    srv = start_server(query_timeout="8", query_workers="1")
    slow: list[int] = []

    def run_slow() -> None:
        with srv.client() as c:
            slow.append(c.get("/sparql", params={"query": SLOW}).status_code)

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.5)
    with srv.client() as client:
        started = time.monotonic()
        r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert r.status_code == 200
        assert time.monotonic() - started < 5  # a surge worker, not the end of the slow query
        assert thread.is_alive()
        assert client.get("/healthz").json()["workers"] <= 2
    thread.join()
    assert slow == [503]
