"""Hostile input costs time linear in its size: the structures that bound it.

A list of thousands of names without a full stop, or thousands of restatements of one fact,
once took time quadratic in their length (every list pattern tried at every slot; every
restatement compared with every other). Timing belongs in ``bench/``; these tests check the
bounds themselves.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dipld.extract import extract
from dipld.extract.patterns import GROUP_MAX, STATES
from dipld.extract.text import MAX_SENTENCE, sentences
from dipld.kb.index import load_index
from dipld.model import Article, Fact


def test_a_run_of_text_without_a_sentence_end_is_read_in_bounded_pieces() -> None:
    """A hostile list of thousands of names with no full stop is cut after commas into pieces of
    at most MAX_SENTENCE characters, whose offsets still reproduce the body."""
    body = ", ".join(["Russia"] * 3000) + " are members of NATO. Next."
    found = sentences(body)
    assert all(len(s.text) <= MAX_SENTENCE for s in found)
    assert all(body[s.begin : s.end] == s.text for s in found)
    assert all(s.text.endswith(",") for s in found[:-2])  # cut after a comma
    assert found[-1].text == "Next."
    unbroken = "A" * (2 * MAX_SENTENCE + 5)
    assert [(s.begin, s.end) for s in sentences(unbroken)] == [
        (0, MAX_SENTENCE),
        (MAX_SENTENCE, 2 * MAX_SENTENCE),
        (2 * MAX_SENTENCE, 2 * MAX_SENTENCE + 5),
    ]


def test_a_coordinated_list_pattern_is_bounded() -> None:
    slots = " and ".join(f"§S{i}§" for i in range(GROUP_MAX + 10))
    m = re.match(STATES, slots)
    assert m is not None and m.group(0).count("§S") == GROUP_MAX


def test_a_meeting_restated_many_times_is_one_fact_with_every_sentence() -> None:
    body = "Russia and China held talks with the Foreign Minister of Belarus. " * 300
    found = extract(
        Article(id="t", source="t.txt", body=body, date=dt.date(2024, 2, 9)), load_index()
    )
    assert len(found) == 1 and len(found[0].evidence) == 300


def test_a_token_of_combining_accents_alone_is_read_as_nothing() -> None:
    """A lone combining accent normalises to an empty token, which must not be read as the end
    marker of the gazetteer's name index (it crashed the extractor)."""
    body = "Belarus and Russia are members of the CSTO \u0301. Minsk \u0301\u0301 said."
    found = extract(
        Article(id="t", source="t.txt", body=body, date=dt.date(2024, 2, 9)), load_index()
    )
    members = {v.qid for f in found if f.cls.value == "Membership" for v in f.get("member")}
    assert "Q184" in members


def test_the_slot_mark_written_in_the_text_is_not_a_slot() -> None:
    """The masked text marks mentions as "§S0§"; the same characters in an article must not be
    read as a mention (it crashed the rules with a KeyError)."""
    body = "§S0§ and §O1§ met. Belarus and Russia are members of the CSTO §S0§."
    found = extract(
        Article(id="t", source="t.txt", body=body, date=dt.date(2024, 2, 9)), load_index()
    )
    members = {v.qid for f in found if f.cls.value == "Membership" for v in f.get("member")}
    assert members == {"Q184", "Q159"}


def test_restatements_of_one_meeting_are_merged_with_few_comparisons(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each restatement is compared with the distinct forms (call or not, dates, names) of its
    cluster, not with every earlier restatement: comparisons grow with n, not n squared."""
    import dipld.extract.facts as facts_module

    calls = 0
    compatible = facts_module._compatible

    def counted(a: Fact, b: Fact) -> bool:
        nonlocal calls
        calls += 1
        return compatible(a, b)

    monkeypatch.setattr(facts_module, "_compatible", counted)
    n = 300
    body = "Russia and China held talks with the Foreign Minister of Belarus. " * n
    found = extract(
        Article(id="h", source="h.txt", body=body, date=dt.date(2024, 2, 9)), load_index()
    )
    assert calls < 10 * n
    assert found  # and the restatements still merge into their facts
    assert max(len(f.evidence) for f in found) >= n
