"""Every bundled query on the store loaded from seeds/ returns what its header says."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipld.errors import Forbidden
from dipld.queries import NamedQuery, bind, list_queries, run_local
from dipld.results import Table, materialise
from dipld.store import Reader

from .expect import check, parse

QUERIES = list_queries()


def _run(query: NamedQuery, store: Path) -> Table:
    with Reader.open(store) as reader:
        return materialise(run_local(bind(query), reader.store))


@pytest.mark.parametrize("query", QUERIES, ids=[q.name for q in QUERIES])
def test_expectations_hold_on_the_seeds(query: NamedQuery, seeds_store: Path) -> None:
    expectations = [parse(line) for line in query.expectations]
    if any(e.kind == "refused" for e in expectations):
        with pytest.raises(Forbidden, match="--allow-service"):
            _run(query, seeds_store)
        return
    table = _run(query, seeds_store)
    failures = [
        f"# expect: {e.text}: {problem}"
        for e in expectations
        if (problem := check(e, table)) is not None
    ]
    assert not failures, "\n".join(failures)


def test_a_failing_expectation_is_reported(seeds_store: Path) -> None:
    """The checker can fail: a wrong value, a missing column and a wrong count are caught."""
    table = _run(next(q for q in QUERIES if q.name == "trade-by-year"), seeds_store)
    assert check(parse("contains ?total=40100000001"), table) is not None
    assert check(parse("contains ?total=40100000000"), table) is None
    assert check(parse("contains ?nothing=1"), table) is not None
    assert check(parse("rows >= 2"), table) is not None
    assert check(parse('excludes ?year="2021"^^xsd:gYear'), table) is not None
    assert check(parse("first ?consistent=true"), table) is None
