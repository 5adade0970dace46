"""The pure parts of the pages: highlighting, formatting, links, escaping, ontology docs."""

from __future__ import annotations

import json
import re

import pytest

from dipld import ontology
from dipld.iri import Iris
from dipld.serve import formats
from dipld.web.html import el, json_data
from dipld.web.layout import Frame
from dipld.web.links import Links, split_suffix
from dipld.web.page_article import highlight, place
from dipld.web.page_ontology import ontology_page
from dipld.web.resources import Evidence
from dipld.web.terms import XSD, Lit
from dipld.web.values import show
from dipld.web.vocab import ontology_doc

DIPLD = "https://w3id.org/dipld/ontology#"


def ev(text: str, begin: int | None, end: int | None) -> Evidence:
    return Evidence(f"urn:ev:{begin}-{end}", text, begin, end)


def test_marks_nest_and_identical_spans_share_one_mark() -> None:
    body = "Alpha beta. Gamma delta epsilon."
    spans = [ev("Alpha beta.", 0, 11), ev("Alpha beta.", 0, 11), ev("beta", 6, 10)]
    marks, missing = place(spans, body)
    assert missing == []
    out = str(highlight(body, marks, {(0, 11): ["1", "2"], (6, 10): ["3"]}))
    assert out.count('id="ev-0-11"') == 1
    assert '<mark id="ev-0-11" class="ev">Alpha <mark id="ev-6-10" class="ev">beta</mark>' in out
    assert 'href="#fact-1"' in out and 'href="#fact-3"' in out
    assert re.sub(r"<[^>]+>", "", re.sub(r"<sup.*?</sup>", "", out)) == body


def test_crossing_spans_are_split_and_the_text_kept() -> None:
    body = "one two three four"
    marks, _ = place([ev("one two three", 0, 13), ev("three four", 8, 18)], body)
    out = str(highlight(body, marks, {}))
    assert out.count('id="ev-0-13"') == 1 and out.count('id="ev-8-18"') == 1
    assert out.count("<mark") == out.count("</mark>") == 3
    assert re.sub(r"<[^>]+>", "", out) == body


def test_offsets_count_code_points_and_bad_offsets_fall_back_to_the_text() -> None:
    body = "🇧🇾🇷🇺| FM met. Then Minsk hosted talks."
    sentence = "Then Minsk hosted talks."
    begin = body.index(sentence)
    marks, missing = place([ev(sentence, begin, begin + len(sentence))], body)
    assert [(m.begin, m.end) for m in marks] == [(begin, begin + len(sentence))]
    marks, missing = place([ev(sentence, 0, 5), ev("not in the text", 1, 3)], body)
    assert [(m.begin, m.end) for m in marks] == [(begin, begin + len(sentence))]
    assert [s.text for s in missing] == ["not in the text"]


def test_highlighted_text_is_escaped() -> None:
    body = 'x <script>alert("a")</script> & y'
    marks, _ = place([ev('<script>alert("a")</script>', 2, 29)], body)
    out = str(highlight(body, marks, {}))
    assert "<script>" not in out
    assert "&lt;script&gt;alert(&quot;a&quot;)&lt;/script&gt;" in out
    assert out.endswith(" &amp; y")


@pytest.mark.parametrize(
    ("lit", "predicate", "expected"),
    [
        (Lit("2022-09-02", XSD + "date"), "", "2 September 2022"),
        (Lit("2022-02", XSD + "gYearMonth"), "", "February 2022"),
        (Lit("2021", XSD + "gYear"), "", "2021"),
        (Lit("2024-05-07T10:30:00Z", XSD + "dateTime"), "", "7 May 2024, 10:30 UTC"),
        (Lit("16400000000", XSD + "decimal"), DIPLD + "amount", "16.4 billion"),
        (Lit("1500000", XSD + "decimal"), DIPLD + "amount", "1.5 million"),
        (Lit("950000", XSD + "decimal"), DIPLD + "amount", "950,000"),
        (Lit("0.49", XSD + "decimal"), DIPLD + "share", "49 %"),
        (Lit("0.85", XSD + "decimal"), DIPLD + "confidence", "85 %"),
        (Lit("2022-13-45", XSD + "date"), "", "2022-13-45"),
        (Lit("plain"), "", "plain"),
    ],
)
def test_values_are_formatted_for_people(lit: Lit, predicate: str, expected: str) -> None:
    assert show(lit, predicate=predicate) == expected


def test_links_map_the_base_onto_the_server_and_a_prefix() -> None:
    iris = Iris("https://data.example.org/dipld/")
    links = Links(iris, "/lod")
    assert links.href("https://data.example.org/dipld/article/a-1") == "/lod/article/a-1"
    assert links.href("https://data.example.org/dipld/entity/x y") == "/lod/entity/x%20y"
    assert links.href("http://www.wikidata.org/entity/Q184") == "/lod/wikidata/Q184"
    assert links.href("http://www.wikidata.org/entity/P463") is None
    assert links.href(DIPLD + "Meeting") == "/lod/ontology#Meeting"
    assert links.href("https://w3id.org/dipld/article/a-1") is None  # another base
    assert links.representation("fact/a-1/3", formats.TURTLE) == "/lod/fact/a-1/3.ttl"
    assert links.iri_candidates("entity/x%20y") == [
        "https://data.example.org/dipld/entity/x%20y",
        "https://data.example.org/dipld/entity/x y",
    ]
    assert split_suffix("article/a.b") == ("article/a.b", None)
    assert split_suffix("wikidata/Q184.jsonld") == ("wikidata/Q184", "jsonld")


def test_attributes_and_data_blocks_cannot_break_out() -> None:
    assert str(el("a", {"href": '"><script>'}, "x")) == '<a href="&quot;&gt;&lt;script&gt;">x</a>'
    block = str(json_data("d", {"q": "</script><script>alert(1)</script>"}))
    assert block.count("</script>") == 1
    inner = block.split(">", 1)[1].rsplit("<", 1)[0]
    assert json.loads(inner) == {"q": "</script><script>alert(1)</script>"}


def test_every_declared_term_is_documented_with_an_anchor() -> None:
    doc = ontology_doc()
    declared = {t.removeprefix(DIPLD) for t in ontology.declared_terms()}
    assert declared == set(doc.terms)
    html = str(ontology_page(Frame(Links(Iris()), "http://127.0.0.1/", "00000001")))
    for name in declared:
        term = doc.terms[name]
        assert term.label, name
        assert term.kind != "Term", name
        assert f'id="{name}"' in html, name
    assert 'href="#Assertion"' in html  # mentions in comments link to the entries
