"""`dipld query`: names, files and stdin; parameters; formats; errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from dipld.queries import list_queries
from dipld.store import Reader

from .conftest import DIPLD, dipld, free_port, run

NAMES = [q.name for q in list_queries()]


def test_list_names_every_bundled_query() -> None:
    done = run("query", "--list")
    assert done.exit_code == 0
    for name in NAMES:
        assert name in done.stdout
    assert "parameters: a:qid=Q184, b:qid=Q159" in done.stdout


def test_list_as_json_gives_titles_and_typed_parameters() -> None:
    done = run("query", "--list", "--format", "json")
    assert done.exit_code == 0
    items = {item["name"]: item for item in json.loads(done.stdout)}
    assert list(items) == NAMES
    trade = items["trade-by-year"]
    assert trade["form"] == "SELECT"
    assert trade["parameters"] == [
        {"name": "a", "type": "qid", "default": "Q184"},
        {"name": "b", "type": "qid", "default": "Q159"},
    ]
    assert items["wikidata-federated"]["service"] is True


def test_table_is_aligned_and_labelled(seeds_store: Path) -> None:
    done = run("query", "relations-between-countries", "--store", str(seeds_store))
    assert done.exit_code == 0, done.output
    lines = done.stdout.splitlines()
    assert lines[0].split()[:3] == ["class", "instrument", "date"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert all(line.startswith("dipld:") for line in lines[2:])
    widths = {line.index("https://") for line in lines[2:]}
    assert len(widths) == 1, "the fact column starts at the same place on every row"
    assert "(4 rows)" in done.stderr
    people = run("query", "meetings-between-countries", "--store", str(seeds_store))
    assert "wd:Q2026222 (Vladimir Makei)" in people.stdout
    assert "wd:Q188296 (Boris Gryzlov)" in people.stdout


def test_csv_tsv_json_are_exact_sparql_results(seeds_store: Path) -> None:
    store = ["--store", str(seeds_store)]
    as_csv = run("query", "trade-by-year", *store, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert rows[0]["total"] == "40100000000"
    assert rows[0]["currency"] == "http://www.wikidata.org/entity/Q4917"
    assert rows[0]["consistent"] == "true"
    as_tsv = run("query", "trade-by-year", *store, "--format", "tsv")
    header, first = as_tsv.stdout.splitlines()[:2]
    assert header.startswith("?year\t?currency\t?total")
    assert first.startswith('"2021"^^<http://www.w3.org/2001/XMLSchema#gYear>\t')
    as_json = run("query", "trade-by-year", *store, "--format", "json")
    data = json.loads(as_json.stdout)
    total = data["results"]["bindings"][0]["total"]
    assert total == {
        "type": "literal",
        "value": "40100000000",
        "datatype": "http://www.w3.org/2001/XMLSchema#decimal",
    }
    assert as_csv.stderr == as_tsv.stderr == as_json.stderr == "", "pipe formats print no count"


def test_construct_gives_turtle_and_ask_a_boolean(seeds_store: Path) -> None:
    store = ["--store", str(seeds_store)]
    graph = run("query", "article-graph", *store)
    assert graph.exit_code == 0
    triples = list(ox.parse(graph.stdout_bytes, format=ox.RdfFormat.TURTLE))
    assert len(triples) > 300
    assert graph.stdout.startswith("@prefix")
    jsonld = run("query", "article-graph", *store, "--format", "json")
    assert json.loads(jsonld.stdout)
    ask = run("query", "is-member", *store)
    assert ask.stdout == "true\n"
    no = run("query", "is-member", *store, "-p", "organization=Q458")
    assert no.stdout == "false\n"
    assert json.loads(run("query", "is-member", *store, "--format", "json").stdout)["boolean"]


def test_parameters_are_typed_and_repeatable(seeds_store: Path) -> None:
    store = ["--store", str(seeds_store)]
    both = run(
        "query", "memberships-not-in-kb", *store, "-p", "member=Q184", "-p", "member=wd:Q159"
    )
    assert "wd:Q184" in both.stdout and "wd:Q159" in both.stdout
    one = run("query", "memberships-not-in-kb", *store, "-p", "member=Q159", "--format", "tsv")
    assert "Q184" not in one.stdout and "Q159" in one.stdout
    full_iri = run(
        "query", "permissions", *store, "-p", "grantor=http://www.wikidata.org/entity/Q184"
    )
    assert "(2 rows)" in full_iri.stderr
    nobody = run("query", "permissions", *store, "-p", "grantor=Q212")
    assert "(0 rows)" in nobody.stderr and nobody.exit_code == 0


def test_show_prints_the_bound_query(seeds_store: Path) -> None:
    done = run("query", "office-holders-on-date", "--show", "-p", "on=2020-01-31")
    assert done.exit_code == 0
    date = '"2020-01-31"^^<http://www.w3.org/2001/XMLSchema#date>'
    assert (
        "VALUES (?role ?jurisdiction ?on) { (<https://w3id.org/dipld/ontology#ForeignMinister> "
        f"<http://www.wikidata.org/entity/Q184> {date}) }}"
    ) in done.stdout
    unbound = run("query", "permissions", "--show")
    assert "VALUES (?grantor ?grantee) { (UNDEF UNDEF) }" in unbound.stdout


def test_a_string_parameter_cannot_change_the_query(seeds_store: Path) -> None:
    hostile = 'x") } } ; DROP ALL ; SELECT * { ?s ?p ?o } #'
    done = run("query", "article-facts", "--store", str(seeds_store), "-p", f"article={hostile}")
    assert done.exit_code == 0, done.output
    assert "(0 rows)" in done.stderr
    shown = run("query", "article-facts", "--show", "-p", f"article={hostile}")
    assert '"x\\") } } ; DROP ALL ; SELECT * { ?s ?p ?o } #"' in shown.stdout
    with Reader.open(seeds_store) as reader:
        assert bool(reader.store.query("ASK { ?f a <https://w3id.org/dipld/ontology#Meeting> }"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["trade-by-year", "-p", "a=Q0"], "--param a=Q0: not a Wikidata QID"),
        (["trade-by-year", "-p", "a=Belarus"], "--param a=Belarus: not a Wikidata QID"),
        (["offices-of-person", "-p", "on=2022-02-30"], "--param on=2022-02-30: not a date"),
        (["offices-of-person", "-p", "on=yesterday"], "--param on=yesterday: not a date"),
        (
            ["country-timeline", "-p", "eventType=CONSULT"],
            "--param eventType=CONSULT: not an absolute IRI",
        ),
        (["country-timeline", "-p", "eventType=http://x y"], "not a valid IRI"),
        (["trade-by-year", "-p", "c=Q1"], "--param c: trade-by-year has no such parameter"),
        (["trade-by-year", "-p", "a"], "expected NAME=VALUE"),
        (["no-such-query"], "no bundled query named 'no-such-query'"),
        ([], "give a query NAME, a .rq FILE or - for stdin"),
        (["trade-by-year", "--format", "turtle"], "--format turtle: a SELECT query gives rows"),
        (["article-graph", "--format", "csv"], "--format csv: a CONSTRUCT or DESCRIBE query"),
        (["trade-by-year", "--store", "x", "--endpoint", "http://h/"], "--store or --endpoint"),
        (["trade-by-year", "--endpoint", "ftp://h/sparql"], "expected an http:// or https:// URL"),
        (["trade-by-year", "--list"], "give a query NAME or --list"),
        (["missing.rq"], "missing.rq: no such query file"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    done = run("query", *args)
    assert done.exit_code == 2, done.output
    assert message in done.stderr


def test_a_syntax_error_shows_the_parser_message_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.rq"
    path.write_text(
        "# title: broken\nPREFIX dipld: <https://w3id.org/dipld/ontology#>\n"
        "SELECT ?x WHERE {\n  ?x a dipld:Meeting .\n  FILTR(?x)\n}\n",
        encoding="utf-8",
    )
    done = dipld("query", str(path), "--store", str(tmp_path / "unused"))
    assert done.returncode == 1
    err = done.stderr.decode()
    assert err.startswith(f"error: {path}:5:"), err
    assert "expected" in err
    assert "  5 |   FILTR(?x)" in err
    assert "Traceback" not in err


def test_syntax_errors_are_found_before_any_request() -> None:
    port = free_port()  # nothing listens there: a request would fail differently
    done = run("query", "-", "--endpoint", f"http://127.0.0.1:{port}/sparql", stdin=b"SELECT * {")
    assert done.exit_code == 1
    assert done.stderr.startswith("error: -:1:") and "cannot connect" not in done.stderr


def test_stdin_and_files(seeds_store: Path, tmp_path: Path) -> None:
    text = b"SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a dipld:Membership }"
    done = run("query", "-", "--store", str(seeds_store), "--format", "csv", stdin=text)
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines()[0] == "n"
    assert int(done.stdout.splitlines()[1]) >= 8
    path = tmp_path / "members.rq"
    path.write_bytes(
        b"# title: members\n# parameters: org:qid=Q7779\n"
        + text.replace(
            b"a dipld:Membership }",
            b"a dipld:Membership ; <http://www.w3.org/ns/org#organization> ?org }",
        )
    )
    cis = run("query", str(path), "--store", str(seeds_store), "--format", "csv")
    assert cis.stdout.splitlines()[1] == "2"
    un = run("query", str(path), "--store", str(seeds_store), "--format", "csv", "-p", "org=Q1065")
    assert un.stdout.splitlines()[1] == "2"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "-: empty; give a SPARQL query"),
        (b"  \n\t", "-: empty; give a SPARQL query"),
        (b"\x00\x01\x02SELECT", "-: binary data, not a SPARQL query"),
        (b"SELECT * { ?s ?p \xff }", "-: not UTF-8"),
        (b"INSERT DATA { <http://a> <http://b> <http://c> }", "-:1:"),
        (b"# x\n" * 300_000, "larger than"),
    ],
)
def test_bad_stdin_is_an_error(data: bytes, message: str, seeds_store: Path) -> None:
    done = run("query", "-", "--store", str(seeds_store), stdin=data)
    assert done.exit_code == 1
    assert message in done.stderr


def test_service_is_refused_without_the_opt_in(seeds_store: Path) -> None:
    done = run("query", "wikidata-federated", "--store", str(seeds_store))
    assert done.exit_code == 1
    assert "SERVICE" in done.stderr and "--allow-service" in done.stderr
    port = free_port()
    remote = run("query", "wikidata-federated", "--endpoint", f"http://127.0.0.1:{port}/sparql")
    assert remote.exit_code == 1 and "--allow-service" in remote.stderr


def test_an_empty_store_is_an_error(tmp_path: Path) -> None:
    done = run("query", "articles", "--store", str(tmp_path / "nothing"))
    assert done.exit_code == 1
    assert "no published data" in done.stderr


def test_endpoint_errors_are_clear(dipld_endpoint: str) -> None:
    port = free_port()
    refused = run("query", "articles", "--endpoint", f"http://127.0.0.1:{port}/sparql")
    assert refused.exit_code == 1
    assert "cannot connect" in refused.stderr and "is the endpoint running?" in refused.stderr
    wrong_path = run(
        "query", "articles", "--endpoint", dipld_endpoint.removesuffix("sparql") + "nope"
    )
    assert wrong_path.exit_code == 1
    assert re.search(r"/nope: HTTP 40[45] ", wrong_path.stderr), wrong_path.stderr


def test_the_server_message_is_shown_when_an_endpoint_refuses_a_query(dipld_endpoint: str) -> None:
    """Opted in here, but `dipld serve` was started without --allow-service: it says no (400)."""
    done = run("query", "wikidata-federated", "--endpoint", dipld_endpoint, "--allow-service")
    assert done.exit_code == 1
    assert done.stderr.startswith(f"error: {dipld_endpoint}: the endpoint refused the query: ")
    assert "SERVICE" in done.stderr and "disabled on this server" in done.stderr


def test_exit_codes_of_the_real_command(seeds_store: Path) -> None:
    ok = dipld("query", "is-member", "--store", str(seeds_store))
    assert (ok.returncode, ok.stdout) == (0, b"true\n")
    usage = dipld("query", "is-member", "-p", "member=nobody")
    assert usage.returncode == 2
    error = dipld("query", "wikidata-federated", "--store", str(seeds_store))
    assert error.returncode == 1
    for done in (usage, error):
        assert b"Traceback" not in done.stderr


def test_a_closed_pipe_is_not_an_error(seeds_store: Path) -> None:
    """`dipld query … | head -1`: output stops quietly when the reader goes away."""
    with subprocess.Popen(
        [*DIPLD, "query", "-", "--store", str(seeds_store), "--format", "tsv"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdin and process.stdout and process.stderr
        process.stdin.write(b"SELECT ?s ?p ?o WHERE { ?s ?p ?o }")  # some 400,000 rows of the KB
        process.stdin.close()
        assert process.stdout.read(100).startswith(b"?s\t?p\t?o\n")
        process.stdout.close()
        err = process.stderr.read()
        code = process.wait(60)
    assert b"Traceback" not in err, err.decode()
    assert err == b""
    assert code == 0
