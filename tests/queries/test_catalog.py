"""Every file in queries/: its header, its syntax, its package copy and its documentation."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from dipld.queries import NamedQuery, list_queries, parse_query

from .expect import parse

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ROOT / "queries"
PACKAGED = ROOT / "dipld" / "data" / "queries"
FILES = sorted(QUERIES.glob("*.rq"))
NAMES = [path.stem for path in FILES]


def _query(path: Path) -> NamedQuery:
    return parse_query(path.read_text(encoding="utf-8"), path.stem, f"queries/{path.name}")


def test_at_least_fifteen_queries() -> None:
    assert len(FILES) >= 15


def test_packaged_copies_are_byte_identical() -> None:
    packaged = sorted(p.name for p in PACKAGED.glob("*.rq"))
    assert packaged == [p.name for p in FILES], (
        "dipld/data/queries/ and queries/ hold different files; "
        "run cp queries/*.rq dipld/data/queries/"
    )
    for path in FILES:
        assert (PACKAGED / path.name).read_bytes() == path.read_bytes(), (
            f"dipld/data/queries/{path.name} differs from queries/{path.name}; "
            "run cp queries/*.rq dipld/data/queries/"
        )


def test_list_queries_returns_the_packaged_files() -> None:
    listed = list_queries()
    assert [q.name for q in listed] == NAMES
    assert all(q.title and q.description and q.text for q in listed)


@pytest.mark.parametrize("path", FILES, ids=NAMES)
def test_header(path: Path) -> None:
    query = _query(path)
    assert query.title, "no '# title:' line"
    assert len(query.title) <= 80, "the title is one short line"
    assert len(query.description) >= 40, "the description says what the query answers"
    assert query.expectations, "no '# expect:' line: say what it returns on seeds/"
    for line in query.expectations:
        parse(line)  # raises on a malformed expectation
    assert query.form in {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


@pytest.mark.parametrize("path", FILES, ids=NAMES)
def test_parses_with_its_own_prefixes(path: Path) -> None:
    """Without the project prefixes: the file runs as it is in any SPARQL tool."""
    query = _query(path)
    if query.form == "ASK" and query.uses_service:
        pytest.skip("an ASK would be evaluated, calling the service")
    ox.Store().query(query.text)  # SyntaxError if it does not parse


@pytest.mark.parametrize("path", FILES, ids=NAMES)
def test_uses_the_contract_not_the_data_base(path: Path) -> None:
    """Data IRIs depend on DIPLD_BASE: queries match articles by id and the KB by class."""
    text = path.read_text(encoding="utf-8").replace("https://w3id.org/dipld/ontology#", "")
    assert "w3id.org/dipld" not in text
    assert "graph/wikidata" not in text


@pytest.mark.parametrize("path", FILES, ids=NAMES)
def test_documented_in_the_readme(path: Path) -> None:
    readme = (QUERIES / "README.md").read_text(encoding="utf-8")
    assert f"| `{path.stem}` |" in readme


def test_readme_documents_the_header_and_every_type() -> None:
    readme = (QUERIES / "README.md").read_text(encoding="utf-8")
    for key in ("# title:", "# description:", "# parameters:", "# expect:"):
        assert key in readme
    for kind in ("iri", "qid", "string", "date", "gYear", "integer", "decimal"):
        assert f"| `{kind}` |" in readme
