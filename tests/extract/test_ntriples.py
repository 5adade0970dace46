"""The article graph is written as N-Triples text (what a load sends to the store): every
literal survives the round trip through a real parser exactly, whatever characters it holds."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest

from dipld.iri import Iris
from dipld.kb.index import load_index
from dipld.model import Article
from dipld.pipeline import process
from dipld.rdf import NIF_ANCHOR_OF, NIF_IS_STRING, RDFS_LABEL, SCHEMA_HEADLINE

AWKWARD = [
    'He said: "Belarus and Russia are allies."',
    "a back\\slash, a \\n that is no line break, and \\u0041 that is no letter",
    "tabs\tand\x01control\x7fcharacters",
    "emoji 🇧🇾 and accents: Lukašenka, Łódź, Ñuñoa",
]


def literal_values(triples: list[ox.Triple], predicate: ox.NamedNode) -> set[str]:
    return {t.object.value for t in triples if t.predicate == predicate}


@pytest.mark.parametrize("text", AWKWARD)
def test_every_literal_round_trips_through_the_ntriples(text: str) -> None:
    body = f"{text}\r\nBelarus and Russia are members of the CSTO, Lukashenko said.\n\n{text}"
    article = Article(id="a1", source="a1.txt", body=body, title=text, date=dt.date(2022, 9, 2))
    result = process(article, load_index(), Iris())
    triples = result.triples  # parsed back by pyoxigraph's N-Triples parser
    assert literal_values(triples, NIF_IS_STRING) >= {body}
    assert literal_values(triples, SCHEMA_HEADLINE) == {text}
    assert text in literal_values(triples, RDFS_LABEL)
    anchors = literal_values(triples, NIF_ANCHOR_OF)
    assert anchors and all(anchor in body for anchor in anchors)
    assert result.triple_count == len(triples) == len(set(triples))


def test_the_ntriples_are_one_triple_per_line_in_a_fixed_order() -> None:
    article = Article(
        id="a2",
        source="a2.txt",
        body="Vladimir Makei met Boris Gryzlov in Minsk on Friday.",
        date=dt.date(2022, 9, 2),
        url="https://example.org/news/1",
    )
    kb, iris = load_index(), Iris()
    first, again = process(article, kb, iris), process(article, kb, iris)
    assert first.ntriples == again.ntriples
    lines = first.ntriples.decode().splitlines()
    assert len(lines) == first.triple_count and all(line.endswith(" .") for line in lines)
    assert lines == [str(t) + " ." for t in first.triples]


def test_an_article_url_that_is_no_iri_is_refused() -> None:
    article = Article(id="a3", source="a3.txt", body="Text.", url="https://example.org/a b")
    with pytest.raises(ValueError):
        process(article, load_index(), Iris())
