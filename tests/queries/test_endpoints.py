"""The same queries through `dipld query --endpoint` on a real `dipld serve` process and a real
`oxigraph serve` process give the same rows as on the embedded store."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from dipld.queries import NamedQuery, list_queries

from .conftest import dipld, run

QUERIES = [q for q in list_queries() if not q.uses_service]
# parameters other than the defaults, so that binding is compared too
OTHER_VALUES = {
    "trade-by-year": ["-p", "a=Q159", "-p", "b=Q184"],
    "offices-of-person": ["-p", "person=Q188296", "-p", "on=2022-06-01"],
    "country-timeline": ["-p", "country=Q184", "-p", "eventType=dipld:CONSULT"],
    "memberships-not-in-kb": ["-p", "member=Q159", "-p", "member=Q184"],
    "office-holders-on-date": ["-p", "role=dipld:Ambassador", "-p", "jurisdiction=Q159"],
}


def _rows(query: NamedQuery, output: bytes) -> Counter[str]:
    """The answer as a multiset of rows (each row in N-Triples syntax), whatever its order."""
    if query.form in {"CONSTRUCT", "DESCRIBE"}:
        return Counter(str(q.triple) for q in ox.parse(output, format=ox.RdfFormat.TURTLE))
    parsed = ox.parse_query_results(output, format=ox.QueryResultsFormat.JSON)
    if isinstance(parsed, ox.QueryBoolean):
        return Counter([str(bool(parsed))])
    names = [v.value for v in parsed.variables]
    return Counter(
        json.dumps({n: None if row[n] is None else str(row[n]) for n in names}, sort_keys=True)
        for row in parsed
    )


def _answer(query: NamedQuery, target: list[str], extra: list[str]) -> Counter[str]:
    fmt = "turtle" if query.form in {"CONSTRUCT", "DESCRIBE"} else "json"
    done = run("query", query.name, *target, "--format", fmt, *extra)
    assert done.exit_code == 0, done.stderr
    return _rows(query, done.stdout_bytes)


@pytest.mark.slow
@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_same_rows_on_store_dipld_serve_and_oxigraph(
    query: NamedQuery, seeds_store: Path, dipld_endpoint: str, oxigraph_endpoint: str
) -> None:
    for extra in ([], OTHER_VALUES.get(query.name)):
        if extra is None:
            continue
        local = _answer(query, ["--store", str(seeds_store)], extra)
        assert local, "no rows: the comparison would prove nothing"
        served = _answer(query, ["--endpoint", dipld_endpoint], extra)
        assert served == local, f"dipld serve differs with {extra}"
        oxigraph = _answer(query, ["--endpoint", oxigraph_endpoint], extra)
        assert oxigraph == local, f"oxigraph serve differs with {extra}"


@pytest.mark.slow
def test_table_output_is_the_same_through_an_endpoint(
    seeds_store: Path, dipld_endpoint: str
) -> None:
    """Through real child processes, as a user runs it."""
    local = dipld("query", "trade-by-year", "--store", str(seeds_store))
    served = dipld("query", "trade-by-year", "--endpoint", dipld_endpoint)
    assert local.returncode == served.returncode == 0
    assert served.stdout == local.stdout
    assert b"wd:Q4917" in local.stdout
