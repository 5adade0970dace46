"""Extraction quality on the development gold set (tests/gold, ANNOTATION.md format).

Targets from the extraction issue: facts precision >= 0.90, links precision >= 0.97, every
evidence span valid. Recall is held at its measured floor so that it cannot silently drop
(the issue's target of 0.80 is not reached yet; see the issue notes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipld.articles import read_path
from dipld.evaluate import Report, format_report, read_gold, score_article
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def report() -> Report:
    kb = load_index()
    report = Report()
    for gold in read_gold([ROOT / "tests" / "gold"]):
        path = ROOT / "tests" / "corpus" / gold.file
        if not path.exists():
            path = ROOT / "seeds" / gold.file
        article = next(read_path(path))
        assert isinstance(article, Article)
        score_article(report, gold, article, extract(article, kb))
    print(format_report(report, details=False))
    return report


def test_fact_precision(report: Report) -> None:
    assert report.overall.precision >= 0.95


def test_link_precision(report: Report) -> None:
    assert report.link_precision >= 0.97


def test_every_evidence_span_is_valid(report: Report) -> None:
    assert report.evidence_total > 0 and report.evidence_valid == report.evidence_total


def test_recall_floor(report: Report) -> None:
    # a ratchet: 0.755 at the end of the second session, 0.813 in the third; raise it as
    # recall grows
    assert report.overall.recall >= 0.80
