"""What kind of misses a gold set has, in counts only: safe to run on an unspent held-out set.

For each gold fact the extractor misses, it looks at what the extractor did say in the
sentences the gold cites, and counts the miss under one kind:

- ``nothing in sentence``: no fact at all there (no rule read the phrasing);
- ``other class only``: facts of other classes only;
- ``other type`` (Events): Events of another PLOVER type;
- ``same type, other args`` (Events) / ``same class, other args``: the right kind of fact with
  other actors, recipients, parties, members ...

Each false positive is counted likewise, by what the gold says in its sentences:

- ``must_not``: a sentence the gold marks as one no fact may come from (a negation, a
  hypothetical ...);
- ``no gold fact in sentence``: the gold has nothing there (a fact told of nothing the writer
  coded: over-reading);
- ``gold has other class only``;
- ``gold has other type`` (Events) / ``gold has same type, other args`` (Events) /
  ``gold has same class, other args``: the right sentence, with another reading of it.

It prints counts per class and kind, and the Event misses and false positives per type, never
a sentence or a fact, so a held-out set stays unspent (docs/extraction.md, "Quality"): the
counts say which mechanism to work on, not which sentence.

    python bench/miss_kinds.py tests/gold-blind20 --articles tests/corpus-blind20
    python bench/miss_kinds.py tests/gold-blind tests/gold-blind2 ...   # ../corpus-* found
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from dipld.articles import read_path
from dipld.evaluate import GoldArticle, GoldFact, Report, pred_roles, read_gold, score_article
from dipld.extract import extract
from dipld.kb.index import KbIndex, load_index
from dipld.model import Article, Fact


def kind_of(miss: GoldFact, facts: Sequence[Fact]) -> str:
    """The kind of a missed gold fact, from the facts said in the sentences it cites."""
    cited = set(miss.evidence)
    there = [f for f in facts if {e.text for e in f.evidence} & cited]
    same_class = [f for f in there if f.cls.value == miss.cls]
    if miss.cls == "Event" and same_class:
        wanted = miss.roles.get("eventType")
        same_type = any(pred_roles(f).get("eventType") == wanted for f in same_class)
        return "same type, other args" if same_type else "other type"
    if same_class:
        return "same class, other args"
    return "other class only" if there else "nothing in sentence"


def false_kind(fact: Fact, record: GoldArticle) -> str:
    """The kind of a false positive, from the gold facts and notes of its sentences."""
    said = {e.text for e in fact.evidence}
    if any(span in sentence for span in record.must_not for sentence in said):
        return "must_not"
    there = [g for g in record.facts if set(g.evidence) & said]
    same_class = [g for g in there if g.cls == fact.cls.value]
    if fact.cls.value == "Event" and same_class:
        wanted = pred_roles(fact).get("eventType")
        same_type = any(g.roles.get("eventType") == wanted for g in same_class)
        return "gold has same type, other args" if same_type else "gold has other type"
    if same_class:
        return "gold has same class, other args"
    return "gold has other class only" if there else "no gold fact in sentence"


def event_type(miss: GoldFact) -> str:
    """The PLOVER type of a missed Event ("agree", "accuse", ...)."""
    kinds = sorted(miss.roles.get("eventType", frozenset({"?"})))
    return kinds[0].split(":", 1)[-1]


Counts = tuple[Counter[tuple[str, str]], Counter[str], Counter[tuple[str, str]], Counter[str]]


def count(gold: Path, folder: Path, kb: KbIndex) -> Counts:
    """Misses per (class, kind) and Event misses per type, then the same for false positives,
    for one gold file or folder."""
    kinds: Counter[tuple[str, str]] = Counter()
    types: Counter[str] = Counter()
    false_kinds: Counter[tuple[str, str]] = Counter()
    false_types: Counter[str] = Counter()
    for record in read_gold([gold]):
        found = [a for a in read_path(folder / record.file) if isinstance(a, Article)]
        if not found:
            raise SystemExit(f"{folder / record.file}: not an article")
        article = found[0]
        facts = extract(article, kb)
        report = Report()
        score_article(report, record, article, facts)
        for _, miss in report.misses:
            kinds[(miss.cls, kind_of(miss, facts))] += 1
            if miss.cls == "Event":
                types[event_type(miss)] += 1
        for _, fact in report.false_positives:
            false_kinds[(fact.cls.value, false_kind(fact, record))] += 1
            if fact.cls.value == "Event":
                false_types[str(fact.one("eventType")).lower()] += 1
    return kinds, types, false_kinds, false_types


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold .jsonl files or folders")
    parser.add_argument(
        "--articles", type=Path, help="folder of the articles (default: the gold's ../corpus-*)"
    )
    args = parser.parse_args(argv)
    kb = load_index()
    kinds: Counter[tuple[str, str]] = Counter()
    types: Counter[str] = Counter()
    false_kinds: Counter[tuple[str, str]] = Counter()
    false_types: Counter[str] = Counter()
    for gold in args.gold:
        folder = args.articles or gold.parent / gold.name.replace("gold", "corpus", 1)
        k, t, fk, ft = count(gold, folder, kb)
        kinds.update(k)
        types.update(t)
        false_kinds.update(fk)
        false_types.update(ft)
    _print(kinds, types, "Event misses by type:")
    print("False positives:")
    _print(false_kinds, false_types, "Event false positives by type:")
    return 0


def _print(kinds: Counter[tuple[str, str]], types: Counter[str], heading: str) -> None:
    """Counts per class and kind, then the Events' per type under ``heading``."""
    for (cls, kind), n in sorted(kinds.items()):
        print(f"{cls:20} {kind:32} {n:4}")
    if types:
        print(heading)
        for name, n in types.most_common():
            print(f"  {name:12} {n:4}")


if __name__ == "__main__":
    sys.exit(main())
