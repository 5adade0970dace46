"""dipld.validate as a library: formats, graphs, undeclared terms, unreadable input."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import rdflib

from dipld.errors import InputError, InputTooLarge, RdfSyntaxError, UsageError
from dipld.validate import (
    RdfFormat,
    Severity,
    short,
    validate_bytes,
    validate_dataset,
    validate_file,
    validate_graph,
)

PREFIXES = """@prefix dipld: <https://w3id.org/dipld/ontology#> .
@prefix wd: <http://www.wikidata.org/entity/> .
"""
# A graph with exactly one problem: the shared border has one party.
ONE_PARTY = """<https://w3id.org/dipld/entity/x> <http://www.w3.org/2000/01/rdf-schema#label> "X" ;
    dipld:linkStatus dipld:Unlinked .
"""
GOOD = PREFIXES + ONE_PARTY
LIMIT = 1 << 20


def test_a_conforming_turtle_file(tmp_path: Path) -> None:
    path = tmp_path / "good.ttl"
    path.write_text(GOOD)
    report = validate_file(path, None, LIMIT)
    assert report.conforms and report.violations == ()
    assert (report.source, report.graphs, report.triples) == (str(path), 1, 2)


def test_each_named_graph_is_validated_on_its_own(tmp_path: Path) -> None:
    # The label is in one graph and the link status in another: each graph alone is judged.
    trig = tmp_path / "two.trig"
    trig.write_text(
        PREFIXES
        + "<urn:g:1> { <https://w3id.org/dipld/entity/x> dipld:linkStatus dipld:Unlinked . }\n"
        + "<urn:g:2> { <https://w3id.org/dipld/entity/x> "
        + '<http://www.w3.org/2000/01/rdf-schema#label> "X" . }\n'
    )
    report = validate_file(trig, None, LIMIT)
    assert report.graphs == 2
    assert [str(v.graph) for v in report.violations] == ["urn:g:1"]
    # The same triples as one Turtle graph conform.
    assert validate_bytes(GOOD.encode(), RdfFormat.TURTLE, "one").conforms


def test_nquads_default_and_named_graphs(tmp_path: Path) -> None:
    path = tmp_path / "g.nq"
    path.write_text(
        "<https://w3id.org/dipld/entity/x> <https://w3id.org/dipld/ontology#linkStatus> "
        "<https://w3id.org/dipld/ontology#Unlinked> .\n"
        "<https://w3id.org/dipld/entity/y> <https://w3id.org/dipld/ontology#linkStatus> "
        "<https://w3id.org/dipld/ontology#Unlinked> <urn:g> .\n"
    )
    report = validate_file(path, None, LIMIT)
    assert report.graphs == 2
    assert sorted(str(v.graph) for v in report.violations) == ["None", "urn:g"]


def test_gzipped_input(tmp_path: Path) -> None:
    path = tmp_path / "g.ttl.gz"
    path.write_bytes(gzip.compress(GOOD.encode()))
    assert validate_file(path, None, LIMIT).conforms


def test_undeclared_dipld_terms_are_reported() -> None:
    data = PREFIXES + (
        "<https://w3id.org/dipld/entity/x> a dipld:Contry ; "
        '<http://www.w3.org/2000/01/rdf-schema#label> "X" ; dipld:linkStatus dipld:Unlinked ; '
        "dipld:capitol wd:Q2280 .\n"
    )
    report = validate_bytes(data.encode(), RdfFormat.TURTLE, "typos.ttl")
    messages = [v.describe() for v in report.violations]
    assert messages == [
        "<https://w3id.org/dipld/entity/x> rdf:type: dipld:Contry is not a term of the dipld "
        "ontology (used as a value); check the spelling or declare it in ontology/dipld.ttl "
        "(value: dipld:Contry)",
        "<https://w3id.org/dipld/entity/x> dipld:capitol: dipld:capitol is not a term of the "
        "dipld ontology (used as a property); check the spelling or declare it in "
        "ontology/dipld.ttl (value: dipld:capitol)",
    ]
    assert all(v.severity is Severity.VIOLATION for v in report.violations)


def test_rdflib_graph_and_dataset_inputs() -> None:
    graph = rdflib.Graph().parse(data=GOOD, format="turtle")
    assert validate_graph(graph).conforms
    dataset = rdflib.Dataset()
    dataset.graph(rdflib.URIRef("urn:g:1")).parse(data=GOOD, format="turtle")
    bad = dataset.graph(rdflib.URIRef("urn:g:2"))
    bad.parse(data=PREFIXES + "<urn:e> dipld:linkStatus dipld:Unlinked .", format="turtle")
    report = validate_dataset(dataset)
    assert report.graphs == 2
    assert {str(v.graph) for v in report.violations} == {"urn:g:2"}


def test_violation_text_shortens_iris_and_shows_the_value() -> None:
    data = PREFIXES + (
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        '<https://w3id.org/dipld/fact/a/1> a dipld:TradeShare ; dipld:share "49"^^xsd:integer .\n'
    )
    report = validate_bytes(data.encode(), RdfFormat.TURTLE, "x.ttl")
    share = [v for v in report.violations if str(v.path).endswith("#share")]
    assert [v.describe() for v in share] == [
        "<https://w3id.org/dipld/fact/a/1> dipld:share: a trade share needs exactly one "
        "dipld:share, an xsd:decimal from 0 to 1 (0.49 for 49 %) "
        '(value: "49"^^xsd:integer)'
    ]


def test_short_forms() -> None:
    assert short(rdflib.URIRef("http://www.wikidata.org/entity/Q184")) == "wd:Q184"
    assert short(rdflib.URIRef("https://w3id.org/dipld/fact/a/1")) == (
        "<https://w3id.org/dipld/fact/a/1>"
    )
    assert short(rdflib.Literal("Minsk", lang="en")) == '"Minsk"@en'
    assert short(rdflib.Literal('say "hi"')) == '"say \\"hi\\""'
    assert short(rdflib.Literal("x" * 200)).endswith('..."')


@pytest.mark.parametrize(
    ("data", "fmt", "expected"),
    [
        (b"", RdfFormat.TURTLE, "x: empty input; nothing to validate"),
        (b"   \n", RdfFormat.TURTLE, "x: empty input; nothing to validate"),
        (b"@prefix ex: <http://ex.org/> .\n", RdfFormat.TURTLE, "x: no triples in this Turtle"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", RdfFormat.TURTLE, "x: binary data, not Turtle text"),
        (b"<a> <b> \xff .", RdfFormat.N_TRIPLES, "x: not UTF-8 text (byte 0xff at offset 8)"),
    ],
)
def test_unreadable_input(data: bytes, fmt: RdfFormat, expected: str) -> None:
    with pytest.raises(InputError) as info:
        validate_bytes(data, fmt, "x")
    assert str(info.value).startswith(expected)


def test_syntax_errors_name_line_and_column() -> None:
    data = (
        b'@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c .\nex:a ex:b "x" ;\n   ex:c ex:d ex:e .\n'
    )
    with pytest.raises(RdfSyntaxError) as info:
        validate_bytes(data, RdfFormat.TURTLE, "x.ttl")
    assert str(info.value) == (
        "x.ttl: not valid Turtle at line 4, column 14: a dot is expected at the end of statements"
    )
    with pytest.raises(RdfSyntaxError, match=r"^g\.nq: not valid N-Quads at line 1, column 1: "):
        validate_bytes(b"<a> <b> <c> .\n", RdfFormat.N_QUADS, "g.nq")


def test_file_problems(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        validate_file(tmp_path / "missing.ttl", None, LIMIT)
    with pytest.raises(InputError, match="is a directory"):
        validate_file(tmp_path, RdfFormat.TURTLE, LIMIT)
    odd = tmp_path / "graph.rdf"
    odd.write_text(GOOD)
    with pytest.raises(UsageError, match=r"unknown RDF file extension .*pass --format"):
        validate_file(odd, None, LIMIT)
    assert validate_file(odd, RdfFormat.TURTLE, LIMIT).conforms
    big = tmp_path / "big.ttl"
    big.write_text(GOOD)
    with pytest.raises(InputTooLarge, match="over the limit of 10 bytes"):
        validate_file(big, None, 10)
    bomb = tmp_path / "bomb.ttl.gz"
    bomb.write_bytes(gzip.compress(b"#" * 10_000))
    with pytest.raises(InputTooLarge, match="decompressed size"):
        validate_file(bomb, None, 1000)
    broken = tmp_path / "broken.ttl.gz"
    broken.write_bytes(gzip.compress(GOOD.encode())[:20])
    with pytest.raises(InputError):
        validate_file(broken, None, LIMIT)


def test_format_from_file_name() -> None:
    assert RdfFormat.from_name("a.TTL") is RdfFormat.TURTLE
    assert RdfFormat.from_name("dump.trig.gz") is RdfFormat.TRIG
    assert RdfFormat.from_name("x.nq") is RdfFormat.N_QUADS
    assert RdfFormat.from_name("x.nt") is RdfFormat.N_TRIPLES
    assert RdfFormat.from_name("x.jsonld") is None
