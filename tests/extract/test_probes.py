"""The probe articles (tests/probes/): every one extracts deterministically into a graph that
conforms to the shapes, each evidence span the exact text it points to."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from dipld.articles import read_path
from dipld.iri import Iris
from dipld.kb.index import load_index
from dipld.model import Article
from dipld.pipeline import process
from dipld.validate import RdfFormat, validate_bytes

PROBES = sorted((Path(__file__).resolve().parents[1] / "probes").glob("*.txt"))


def test_there_are_probes() -> None:
    assert len(PROBES) >= 150


@pytest.mark.parametrize("path", PROBES, ids=[p.stem for p in PROBES])
def test_a_probe_extracts_to_a_conforming_graph(path: Path) -> None:
    (article,) = read_path(path)
    assert isinstance(article, Article)
    kb = load_index()
    result = process(article, kb, Iris())
    again = process(article, kb, Iris())
    assert result.triples == again.triples  # deterministic, fact IRIs included
    data = ox.serialize(result.triples, format=ox.RdfFormat.N_TRIPLES) or b""
    report = validate_bytes(data, RdfFormat.N_TRIPLES, str(path))
    assert report.conforms, report.violations[:3]
    for fact in result.facts:
        for span in fact.evidence:
            text = (article.title or "") if span.in_title else article.body
            assert text[span.begin : span.end] == span.text, (fact.cls, span)
