"""bench/miss_kinds.py: misses counted by kind, never shown (so held-out sets stay unspent)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ("Belarus condemned Ukraine on Friday.", "The weather in Minsk was fine.",
             "Belarus praised Russia.")  # fmt: skip


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("miss_kinds", ROOT / "bench" / "miss_kinds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(kind: str, recipient: str, code: str, sentence: int) -> dict[str, object]:
    return {"class": "Event", "eventType": kind, "actor": [{"qid": "Q184"}],
            "recipient": [{"qid": recipient}], "cameoCode": code,
            "evidence": SENTENCES[sentence]}  # fmt: skip


def _membership(sentence: int) -> dict[str, object]:
    return {"class": "Membership", "member": [{"qid": "Q184"}],
            "organization": [{"qid": "Q1065"}], "evidence": SENTENCES[sentence]}  # fmt: skip


def test_each_miss_is_counted_under_what_was_said_in_its_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, gold = tmp_path / "corpus-x", tmp_path / "gold-x"
    corpus.mkdir()
    gold.mkdir()
    body = " ".join(SENTENCES)
    (corpus / "a.txt").write_text(f"---\ndate: 2022-09-02\n---\n{body}\n", encoding="utf-8")
    facts = [
        _event("ACCUSE", "Q212", "111", 0),  # found: not a miss
        _event("ACCUSE", "Q36", "111", 0),  # an ACCUSE was said there, to Ukraine
        _event("REQUEST", "Q159", "100", 2),  # a SUPPORT was said there
        _membership(1),  # nothing was said there
        _membership(2),  # an Event only
    ]
    for n, fact in enumerate(facts, start=1):
        fact["id"] = f"F{n:02d}"
    record = {"file": "a.txt", "date": "2022-09-02", "facts": facts, "no_fact_notes": []}
    (gold / "gold.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert _tool().main([str(gold)]) == 0  # (the articles found as ../corpus-x)
    out = capsys.readouterr().out
    lines = {" ".join(line.split()) for line in out.splitlines()}
    assert {
        "Event same type, other args 1",
        "Event other type 1",
        "Membership nothing in sentence 1",
        "Membership other class only 1",
        "accuse 1",
        "request 1",
    } <= lines
    assert "Belarus" not in out and "Q184" not in out  # counts only, no sentence or fact
