"""Canonical N-Triples of every article the project has, to check a rule change.

Extracts the seed, ``tests/corpus/``, ``tests/probes/`` and a fixed set of ``bench/synth.py``
articles with the dipld found on ``sys.path`` (run with ``PYTHONPATH=WORKTREE`` to pick a tree),
writes one block per article (``# id`` then its graph's N-Triples) and prints the count and a
sha1 of the whole. Compare two dumps article by article with ``diff``:

    PYTHONPATH=/tmp/wt-base python bench/rule_dump.py dump /tmp/base.nt
    PYTHONPATH=. python bench/rule_dump.py dump /tmp/new.nt
    python bench/rule_dump.py diff /tmp/base.nt /tmp/new.nt    # lines
    python bench/rule_dump.py facts /tmp/base.nt /tmp/new.nt   # facts, one a line

A speed-only change must leave the sha1 unchanged; for a rule change, read every line ``diff``
prints (docs/extraction.md, "Checking a rule change"). Run it from outside any other worktree:
``python`` puts the current directory first on the path.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def dump(out: Path, synthetic: int) -> tuple[int, str]:
    """Write the dump to ``out``; return the number of articles and the sha1 of the text."""
    import synth

    import dipld
    from dipld.articles import read_path
    from dipld.iri import Iris
    from dipld.kb.index import load_index
    from dipld.model import Article
    from dipld.pipeline import process

    tree = Path(dipld.__file__).resolve().parent.parent  # the articles of the tree under test
    kb, iris = load_index(), Iris()
    paths = [
        *sorted((tree / "tests" / "corpus").glob("*.txt")),
        *sorted((tree / "seeds").glob("*.txt")),
        *sorted((tree / "tests" / "probes").glob("*.txt")),
    ]
    with tempfile.TemporaryDirectory() as folder:
        synth.write_folder(synth.generate(synthetic, kb=kb), Path(folder))
        paths += sorted(Path(folder).glob("*.txt"))
        blocks = []
        for path in paths:
            for article in read_path(path):
                assert isinstance(article, Article), article
                result = process(article, kb, iris)
                blocks.append(f"# {article.id}\n" + result.ntriples.decode())
    text = "\n".join(blocks)
    out.write_text(text, encoding="utf-8")
    return len(blocks), hashlib.sha1(text.encode()).hexdigest()


def _blocks(path: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    current: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            current = found.setdefault(line[2:].strip(), set())
        elif line.strip():
            current.add(line)
    return found


def diff(before: Path, after: Path) -> list[str]:
    """The lines only one dump has, per article (``-`` before, ``+`` after)."""
    old, new = _blocks(before), _blocks(after)
    lines = []
    for article in sorted(old.keys() | new.keys()):
        gone, came = old.get(article, set()), new.get(article, set())
        if gone != came:
            lines.append(f"== {article}")
            lines += [f"- {line}" for line in sorted(gone - came)]
            lines += [f"+ {line}" for line in sorted(came - gone)]
    return lines


_TRIPLE = re.compile(r"^<([^>]*)> <([^>]*)> (.*) \.$")
_FACT = re.compile(r"/fact/[^/]+/(\d+)(/evidence/\d+)?$")
# what a fact's line in ``facts`` leaves out: its place in the list, and what every fact has
_NOT_SHOWN = frozenset({"confidence", "evidence", "wasDerivedFrom", "observedOn", "type"})


def _short(term: str) -> str:
    """A term as ``facts`` shows it: QIDs and ontology names bare, literals without datatype."""
    for prefix in ("http://www.wikidata.org/entity/", "https://w3id.org/dipld/ontology#"):
        term = term.replace(prefix, "")
    return re.sub(r"\^\^<[^>]*>$", "", term).strip("<>")


def _facts(block: set[str]) -> Counter[str]:
    """One line per fact of an article's block: its class, its arguments and its evidence, so
    that two dumps compare by what the facts say, not by their numbers."""
    args: dict[str, list[str]] = defaultdict(list)
    classes: dict[str, list[str]] = defaultdict(list)
    evidence: dict[str, list[str]] = defaultdict(list)
    for line in block:
        m = _TRIPLE.match(line)
        fact = _FACT.search(m.group(1)) if m else None
        if m is None or fact is None:
            continue
        name = re.split(r"[#/]", m.group(2))[-1]
        if fact.group(2):
            if name == "anchorOf":
                evidence[fact.group(1)].append(m.group(3))
        elif name == "type":
            classes[fact.group(1)].append(_short(m.group(3)))
        elif name not in _NOT_SHOWN:
            args[fact.group(1)].append(f"{name}={_short(m.group(3))}")

    def cls(n: str) -> str:  # the ontology's most specific class: "Meeting", not "Event"
        own = sorted({c for c in classes[n] if "://" not in c})
        return ",".join([c for c in own if c != "Event"] or own or ["?"])

    return Counter(
        " ".join([cls(n), *sorted(args[n])]) + "  « " + " | ".join(sorted(evidence[n]))
        for n in classes.keys() | args.keys()
    )


def fact_diff(before: Path, after: Path) -> list[str]:
    """The facts only one dump has, per article (``-`` before, ``+`` after), each on one line
    with its evidence: what a reader checks after a rule change."""
    old, new = _blocks(before), _blocks(after)
    lines = []
    for article in sorted(old.keys() | new.keys()):
        gone, came = _facts(old.get(article, set())), _facts(new.get(article, set()))
        if gone != came:
            lines.append(f"== {article}")
            lines += [f"- {fact}" for fact in sorted((gone - came).elements())]
            lines += [f"+ {fact}" for fact in sorted((came - gone).elements())]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("dump", help="write the canonical dump and print its sha1")
    make.add_argument("out", type=Path)
    make.add_argument("--synthetic", type=int, default=500, help="synthetic articles (500)")
    compare = commands.add_parser("diff", help="lines that differ between two dumps")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    by_fact = commands.add_parser("facts", help="facts that differ between two dumps, one a line")
    by_fact.add_argument("before", type=Path)
    by_fact.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        count, digest = dump(args.out, args.synthetic)
        print(f"{count} articles, sha1 {digest}")
        return 0
    lines = (fact_diff if args.command == "facts" else diff)(args.before, args.after)
    print("\n".join(lines) if lines else "no difference")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
