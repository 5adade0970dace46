"""A trained reader for Events, measured as an extra source of candidates (an experiment).

The extractor's Event rules are hand-written. This script measures what a statistical reader
adds on top of them: for every sentence it takes each pair of argument mentions the extractor
found (states, organisations, people, groups, demonyms: actor, then recipient or none), describes
the pair by the words of the masked sentence (``§S0§ met §P1§ ...``: the words between the two,
before the actor, after the recipient, the whole sentence), and a logistic regression learns
the PLOVER type of the gold Event that pair is (or ``NONE``) from gold sets. Pairs of a sentence
the model types alike become one Event (actors with the same recipient merged), unless a rule
already gave that type with one of those actors in that sentence; the Events are added to the
rules' facts and the whole is scored against the gold.

    pip install scikit-learn
    python bench/pair_model.py --cv tests/gold tests/gold-blind tests/gold-blind2 ...
    python bench/pair_model.py tests/gold ... --test tests/gold-blind19 tests/gold-blind29

``--cv`` scores five folds of the training gold sets (each set wholly in one fold); ``--test``
trains on all of them and scores the test sets (only figures are printed, no sentence, so a
held-out set stays unspent). Session 21's result is in docs/extraction.md ("A trained reader").
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dipld.extract.facts as rules_module
from dipld.articles import read_path
from dipld.evaluate import GoldArticle, Report, _pred_value, read_gold, score_article
from dipld.extract import extract
from dipld.extract.spans import Analysis
from dipld.kb.index import KbIndex, load_index
from dipld.model import Article, Concept, Entity, Evidence, Fact, FactClass

_TOKEN = re.compile(r"§[A-Z]\d+§|[A-Za-z]+(?:'[a-z]+)?|\d+|\S")
_ARGUMENT_CODES = frozenset("SOPGD")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)


@dataclass(frozen=True)
class Slot:
    code: str
    entities: tuple[Entity, ...]


@dataclass(frozen=True)
class Read:
    """One sentence as the extractor read it."""

    text: str
    begin: int
    end: int
    tokens: tuple[str, ...]
    slots: dict[str, Slot]


@dataclass
class Sample:
    """One gold article with the rules' facts and the sentences as read."""

    group: str
    gold: GoldArticle
    article: Article
    facts: list[Fact]
    reads: list[Read]


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _tokens(masked: str) -> tuple[str, ...]:
    return tuple(t if t.startswith("§") else _stem(t) for t in _TOKEN.findall(masked))


def samples(gold_paths: Sequence[Path], kb: KbIndex) -> list[Sample]:
    """Run the extractor over each gold set's articles, keeping how it read each sentence."""
    reads: list[Read] = []
    every_rule = rules_module.rules

    def keep(analysis: Analysis, doc: Any) -> None:
        if doc.sentence is None or analysis.in_title:
            return
        s = analysis.sentence
        slots = {k: Slot(m.code.value, m.entities) for k, m in analysis.slots.items()}
        reads.append(Read(s.text, s.begin, s.end, _tokens(analysis.masked), slots))

    rules_module.rules = lambda: (*every_rule(), keep)  # type: ignore[assignment]
    out: list[Sample] = []
    try:
        for path in gold_paths:
            if path.is_dir():
                folder = path.parent / path.name.replace("gold", "corpus", 1)
            else:  # tests/gold/*.jsonl: the development corpus (seeds.jsonl: seeds/)
                folder = path.parent.parent / "corpus"
                if path.name == "seeds.jsonl":
                    folder = path.parent.parent.parent / "seeds"
            for record in read_gold([path]):
                file = folder / record.file
                if not file.exists():
                    raise SystemExit(f"{file}: article of {path} not found")
                article = next(a for a in read_path(file) if isinstance(a, Article))
                reads.clear()
                facts = extract(article, kb)
                out.append(Sample(str(path), record, article, facts, list(reads)))
    finally:
        rules_module.rules = every_rule
    return out


def _keys(entities: Sequence[Entity]) -> frozenset[str]:
    return frozenset(_pred_value(e) for e in entities)


def _pairs(read: Read) -> Iterator[tuple[str, str | None]]:
    found = dict.fromkeys(
        t
        for t in read.tokens
        if t in read.slots and read.slots[t].code in _ARGUMENT_CODES and read.slots[t].entities
    )
    for actor in found:
        yield actor, None
        for recipient in found:
            if recipient != actor:
                yield actor, recipient


def features(read: Read, actor: str, recipient: str | None) -> dict[str, int]:
    """The words around a pair of mentions, mentions written as their codes."""
    words = [f"<{read.slots[t].code}>" if t in read.slots else t for t in read.tokens]
    a = read.tokens.index(actor)
    out = {"kind_a:" + read.slots[actor].code: 1}
    out.update(("s:" + w, 1) for w in words)
    out.update((f"before_a{k}:" + words[a - k], 1) for k in (1, 2, 3) if a - k >= 0)
    if recipient is None:
        after = words[a + 1 : a + 9]
        out["kind_b:none"] = 1
        out.update(("after_a:" + w, 1) for w in after)
        out.update(("after_a2:" + x + "_" + y, 1) for x, y in itertools.pairwise(after))
        return out
    b = read.tokens.index(recipient)
    low, high = sorted((a, b))
    between = words[low + 1 : high]
    out["kinds:" + read.slots[actor].code + read.slots[recipient].code + "<>"[a > b]] = 1
    out["distance:" + str(min(len(between), 12) // 3)] = 1
    out.update(("between:" + w, 1) for w in between)
    out.update(("between2:" + x + "_" + y, 1) for x, y in itertools.pairwise(between))
    if between:
        out["first_between:" + between[0]] = 1
        out["last_between:" + between[-1]] = 1
    for k in (1, 2):
        if b + k < len(words):
            out[f"after_b{k}:" + words[b + k]] = 1
        if b - k >= 0:
            out[f"before_b{k}:" + words[b - k]] = 1
    return out


def _label(sample: Sample, read: Read, actor: str, recipient: str | None) -> str:
    """The PLOVER type of the gold Event citing this sentence that the pair is, or NONE."""
    ka = _keys(read.slots[actor].entities)
    kb = _keys(read.slots[recipient].entities) if recipient else frozenset()
    for g in sample.gold.facts:
        if g.cls != "Event" or not any(
            e and (e in read.text or read.text in e) for e in g.evidence
        ):
            continue
        for roles in (g.roles, *g.alternatives):
            actors, recipients = (
                roles.get("actor", frozenset()),
                roles.get("recipient", frozenset()),
            )
            if ka <= actors and (kb <= recipients if recipient else not recipients):
                return sorted(roles.get("eventType", {"T:?"}))[0][2:]
    return "NONE"


def examples(batch: Sequence[Sample]) -> tuple[list[dict[str, int]], list[str], list[Any]]:
    xs: list[dict[str, int]] = []
    ys: list[str] = []
    where: list[Any] = []
    for i, sample in enumerate(batch):
        for j, read in enumerate(sample.reads):
            for actor, recipient in _pairs(read):
                xs.append(features(read, actor, recipient))
                ys.append(_label(sample, read, actor, recipient))
                where.append((i, j, actor, recipient))
    return xs, ys, where


def added_events(
    batch: Sequence[Sample], where: Sequence[Any], proba: Any, classes: Sequence[str], theta: float
) -> dict[int, list[Fact]]:
    """The Events the model adds to the rules' facts, per sample."""
    none = list(classes).index("NONE")
    groups: dict[tuple[int, int, str, str | None], list[tuple[str, float]]] = defaultdict(list)
    for (i, j, actor, recipient), p in zip(where, proba, strict=True):
        best = max((k for k in range(len(classes)) if k != none), key=lambda k: p[k])
        if p[best] >= theta and p[best] >= p[none]:
            groups[(i, j, classes[best], recipient)].append((actor, float(p[best])))
    out: dict[int, list[Fact]] = defaultdict(list)
    for (i, j, kind, recipient), found in groups.items():
        read = batch[i].reads[j]
        actors = [e for a, _ in found for e in read.slots[a].entities]
        recipients = list(read.slots[recipient].entities) if recipient else []
        if _keys(actors) & _keys(recipients):
            continue
        said = any(
            f.cls is FactClass.EVENT
            and any(ev.text == read.text for ev in f.evidence)
            and _pred_value(f.one("eventType") or Concept("")) == "T:" + kind
            and _keys(f.entities("actor")) & _keys(actors)
            for f in batch[i].facts
        )
        if said:
            continue
        args: dict[str, list[Any]] = {"eventType": [Concept(kind.upper())], "actor": actors}
        if recipients:
            args["recipient"] = recipients
        evidence = [Evidence(read.begin, read.end, read.text)]
        confidence = max(p for _, p in found)
        out[i].append(Fact.make(FactClass.EVENT, args, evidence=evidence, confidence=confidence))
    return out


def _score(batch: Sequence[Sample], added: dict[int, list[Fact]]) -> tuple[Report, Report]:
    rules_only, with_model = Report(), Report()
    for i, s in enumerate(batch):
        score_article(rules_only, s.gold, s.article, s.facts)
        score_article(with_model, s.gold, s.article, [*s.facts, *added.get(i, [])])
    return rules_only, with_model


def _line(reports: Sequence[Report]) -> str:
    gold = sum(r.overall.gold for r in reports)
    correct = sum(r.overall.correct for r in reports)
    said = sum(r.overall.predicted - r.overall.ignored for r in reports)
    p, r = correct / said if said else 1.0, correct / gold if gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f1:.3f} ({correct}/{gold} gold, {said} said)"


def run(train: Sequence[Sample], test: Sequence[Sample]) -> dict[float, tuple[Report, Report]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs, ys, _ = examples(train)
    vectors = DictVectorizer()
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(vectors.fit_transform(xs), ys)
    txs, _, where = examples(test)
    proba = model.predict_proba(vectors.transform(txs))
    return {
        t: _score(test, added_events(test, where, proba, model.classes_, t)) for t in THRESHOLDS
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", nargs="+", type=Path, help="gold sets to learn from")
    parser.add_argument("--test", nargs="*", type=Path, default=[], help="gold sets to score")
    parser.add_argument("--cv", action="store_true", help="five folds of the training sets")
    args = parser.parse_args(argv)
    if args.cv == bool(args.test):
        parser.error("give either --cv or --test GOLD...")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise SystemExit("this experiment needs scikit-learn: pip install scikit-learn") from None
    kb = load_index()
    train = samples(args.train, kb)
    results: dict[float, list[tuple[Report, Report]]] = defaultdict(list)
    if args.cv:
        groups = sorted({s.group for s in train})
        for k in range(5):
            held = set(groups[k::5])
            fold = run(
                [s for s in train if s.group not in held], [s for s in train if s.group in held]
            )
            for t, pair in fold.items():
                results[t].append(pair)
    if args.test:
        for t, pair in run(train, samples(args.test, kb)).items():
            results[t].append(pair)
    for t, pairs in sorted(results.items()):
        rules, both = _line([a for a, _ in pairs]), _line([b for _, b in pairs])
        print(f"threshold {t}: rules {rules}  rules+model {both}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
