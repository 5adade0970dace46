"""Parameters: headers, typed values, and the VALUES block placed where it binds."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from dipld.errors import InputError, QueryError, UsageError
from dipld.queries import ParamType, bind, parse_query, run_local
from dipld.results import materialise
from dipld.sparqltext import tokenize, where_group

XSD = "http://www.w3.org/2001/XMLSchema#"


def _echo(kind: str, value: str) -> ox.NamedNode | ox.Literal | None:
    """Bind a value to ?v of a query that returns ?v, and run it on an empty store."""
    query = parse_query(f"# parameters: v:{kind}\nSELECT ?v WHERE {{ }}", "echo")
    table = materialise(run_local(bind(query, {"v": [value]}), ox.Store()))
    term = table.rows[0][0]
    assert term is None or isinstance(term, ox.NamedNode | ox.Literal)
    return term


@pytest.mark.parametrize(
    "value",
    [
        'x") } DROP ALL #',
        "\"\"\" ''' \\ \\u0022 \\n",
        "line one\nline two\r\n\ttabbed",
        "Беларусь 白俄罗斯 🇧🇾",
        "} } } { { {",
        "",
    ],
)
def test_a_string_comes_back_exactly_as_given(value: str) -> None:
    assert _echo("string", value) == ox.Literal(value)


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("qid", "Q184", ox.NamedNode("http://www.wikidata.org/entity/Q184")),
        ("qid", "wd:Q184", ox.NamedNode("http://www.wikidata.org/entity/Q184")),
        (
            "qid",
            " http://www.wikidata.org/entity/Q184 ",
            ox.NamedNode("http://www.wikidata.org/entity/Q184"),
        ),
        ("iri", "dipld:CONSULT", ox.NamedNode("https://w3id.org/dipld/ontology#CONSULT")),
        ("iri", "<https://example.org/a#b>", ox.NamedNode("https://example.org/a#b")),
        ("iri", "urn:isbn:0451450523", ox.NamedNode("urn:isbn:0451450523")),
        ("date", "2022-09-02", ox.Literal("2022-09-02", datatype=ox.NamedNode(XSD + "date"))),
        ("gYear", "2021", ox.Literal("2021", datatype=ox.NamedNode(XSD + "gYear"))),
        ("integer", "+007", ox.Literal("7", datatype=ox.NamedNode(XSD + "integer"))),
        (
            "decimal",
            "40100000000",
            ox.Literal("40100000000", datatype=ox.NamedNode(XSD + "decimal")),
        ),
        ("decimal", "0.490", ox.Literal("0.49", datatype=ox.NamedNode(XSD + "decimal"))),
    ],
)
def test_values_become_typed_terms(
    kind: str, value: str, expected: ox.NamedNode | ox.Literal
) -> None:
    assert _echo(kind, value) == expected


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("qid", "Q0"),
        ("qid", "P31"),
        ("qid", "Q1 Q2"),
        ("iri", "not an iri"),
        ("iri", "relative/path"),
        ("iri", "http://example.org/a>b"),
        ("iri", "unknownprefix:x y"),
        ("date", "2022-9-2"),
        ("date", "2022-02-30"),
        ("date", "2022-09-02T10:00:00"),
        ("gYear", "21"),
        ("integer", "1.5"),
        ("integer", "12e3"),
        ("decimal", "NaN"),
        ("decimal", "1e9"),
        ("decimal", "1,5"),
    ],
)
def test_a_value_that_is_not_its_type_is_a_usage_error(kind: str, value: str) -> None:
    query = parse_query(f"# parameters: v:{kind}\nSELECT ?v WHERE {{ }}", "echo")
    with pytest.raises(UsageError, match=r"^--param v="):
        bind(query, {"v": [value]})
    with pytest.raises(ValueError, match="not"):
        ParamType(kind).term(value)


def test_unbound_without_default_and_default_otherwise() -> None:
    query = parse_query("# parameters: a:integer, b:integer=3\nSELECT ?a ?b WHERE { }", "q")
    row = materialise(run_local(bind(query), ox.Store())).rows[0]
    assert row == (None, ox.Literal("3", datatype=ox.NamedNode(XSD + "integer")))


def test_repeated_values_give_every_combination() -> None:
    query = parse_query("# parameters: a:integer, b:string=x\nSELECT ?a ?b WHERE { }", "q")
    table = materialise(run_local(bind(query, {"a": ["1", "2"], "b": ["x", "y"]}), ox.Store()))
    assert len(table.rows) == 4


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ('SELECT ?s WHERE { ?s ?p "{ WHERE }" }', ' ?s ?p "{ WHERE }" }'),
        ("SELECT ?s # WHERE {\nWHERE { ?s ?p ?o }", " ?s ?p ?o }"),
        ("PREFIX x: <http://e/> SELECT ?s FROM <http://g> WHERE { ?s ?p ?o }", " ?s ?p ?o }"),
        ("SELECT ?s { ?s ?p ?o }", " ?s ?p ?o }"),
        ("ASK { ?s ?p ?o }", " ?s ?p ?o }"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?q ?o }", " ?s ?q ?o }"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", " ?s ?p ?o }"),
        (
            "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }",
            " { SELECT ?s WHERE { ?s ?p ?o } } }",
        ),
        ("select ?s where { ?s ?p ?o } # }", " ?s ?p ?o } # }"),
        ("SELECT ?s WHERE { ?s ?p '''{'''@en }", " ?s ?p '''{'''@en }"),
    ],
)
def test_the_values_block_opens_the_outermost_where_group(text: str, rest: str) -> None:
    position = where_group(tokenize(text))
    assert position is not None
    assert text[position:] == rest


def test_the_parameter_is_seen_by_filters_of_the_outer_group() -> None:
    store = ox.Store()
    for n in range(5):
        store.add(
            ox.Quad(
                ox.NamedNode(f"http://e/{n}"),
                ox.NamedNode("http://e/n"),
                ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer")),
            )
        )
    query = parse_query(
        "# parameters: min:integer=2\nSELECT ?s WHERE { ?s <http://e/n> ?n FILTER(?n >= ?min) }",
        "q",
    )
    assert len(materialise(run_local(bind(query), store)).rows) == 3
    assert len(materialise(run_local(bind(query, {"min": ["4"]}), store)).rows) == 1


def test_missing_project_prefixes_are_declared() -> None:
    bound = bind(parse_query("SELECT ?c WHERE { ?c a schema:Country ; dipld:x wd:Q1 }", "q"))
    first = bound.text.splitlines()[0]
    assert first.startswith("PREFIX dipld: <https://w3id.org/dipld/ontology#>")
    assert "PREFIX schema: <http://schema.org/>" in first and "PREFIX wd:" in first
    own = "PREFIX wd: <http://example.org/>\nSELECT ?c WHERE { ?c ?p wd:Q1 }"
    assert bind(parse_query(own, "q")).text == own


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("# parameters: x:number", "unknown type 'number'"),
        ("# parameters: x", "expected name:type"),
        ("# parameters: v:qid, v:qid", "declared twice"),
        ("# parameters: other:qid", r"the query does not use \?other"),
        ("# parameters: v:date=tomorrow", "default 'tomorrow': not a date"),
        ("# title: a\n# title: b", "two '# title:' lines"),
    ],
)
def test_a_bad_header_is_an_input_error(header: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_query(f"{header}\nSELECT ?v WHERE {{ }}", "q", "q.rq")


def test_parameters_need_a_where_group() -> None:
    with pytest.raises(InputError, match="needs a WHERE group"):
        parse_query("# parameters: v:qid\nDESCRIBE ?v", "q")


def test_header_fields_and_continuation_lines() -> None:
    query = parse_query(
        "# title: A title\n# description: first line\n#   second line\n# a plain comment\n"
        "# expect: rows >= 1\n# expect: ask true\nSELECT * WHERE { }",
        "q",
    )
    assert query.title == "A title"
    assert query.description == "first line second line"
    assert query.expectations == ("rows >= 1", "ask true")


def test_a_syntax_error_names_line_and_column() -> None:
    query = parse_query("SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTR(?s)\n}", "q", "q.rq")
    with pytest.raises(QueryError) as caught:
        bind(query)
    message = str(caught.value)
    assert message.startswith("q.rq:3:")
    assert "\n  3 |   FILTR(?s)\n" in message
