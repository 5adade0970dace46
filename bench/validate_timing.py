"""Time `dipld validate` on realistic graphs: tests/corpus gold facts mapped by dipld.rdf.

Usage: python bench/validate_timing.py [OUT_DIR]

Each gold-annotated corpus article is read with dipld.articles, its gold facts (tests/gold/*.jsonl)
become model Facts, dipld.rdf maps them to the article's graph, and the graph is written as
Turtle and validated in-process (warm: shapes and ontology already parsed). Prints per-article
triples, violations and milliseconds, then the largest graph's median time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from dipld.articles import read_path
from dipld.iri import Iris
from dipld.model import Concept, Entity, EntityKind, Evidence, Fact, FactClass, Status, TimeValue
from dipld.rdf import article_triples, serialize_turtle
from dipld.validate import validate_file

ROOT = Path(__file__).resolve().parent.parent
ACTIVITIES = {"military basing": "MilitaryBasing", "stationing of troops": "MilitaryBasing"}
CONCEPT_ROLES = {"eventType", "role", "flow"}
TIME_ROLES = {"date", "startDate", "endDate", "period"}
ENTITY_ROLES = {
    "member", "organization", "holder", "jurisdiction", "post", "accreditedTo", "actor",
    "recipient", "participant", "place", "party", "exporter", "importer", "reporter",
    "partner", "grantor", "grantee", "territory",
}  # fmt: skip


def entity(value: dict[str, str]) -> Entity:
    if "qid" in value:
        return Entity.linked(value["qid"], value["qid"], EntityKind.OTHER)
    return Entity.unlinked(value["unlinked"], EntityKind.OTHER)


def to_fact(record: dict[str, object], body: str) -> Fact | None:
    text = record.get("evidence")
    if record.get("evidence_in") == "title" or not isinstance(text, str):
        return None
    begin = body.find(text)
    if begin < 0:
        return None
    cls = FactClass(str(record["class"]))
    args: dict[str, list[object]] = {}
    for role, raw in record.items():
        values = raw if isinstance(raw, list) else [raw]
        if role in ENTITY_ROLES:
            args[role] = [entity(v) for v in values]
        elif role in TIME_ROLES:
            args[role] = [TimeValue.parse(str(v)) for v in values]
        elif role in CONCEPT_ROLES:
            args[role] = [Concept(str(v)) for v in values]
        elif role == "activity":
            args[role] = [Concept(ACTIVITIES.get(str(v), "MilitaryTransit")) for v in values]
        elif role in {"amount", "share"}:
            args[role] = [Decimal(str(v)) for v in values]
        elif role == "currency":
            args[role] = [Entity.linked("Q4917", "US dollar", EntityKind.CURRENCY)]
        elif role in {"cameoCode", "officeLabel", "instrument", "topic"}:
            args[role] = [str(v) for v in values]
    status = Status(str(record.get("status", "asserted")))
    evidence = [Evidence(begin, begin + len(text), text)]
    return Fact.make(cls, args, evidence=evidence, confidence=0.9, status=status)  # type: ignore[arg-type]


def graphs(out: Path) -> list[Path]:
    written = []
    for gold in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        for line in gold.read_text("utf-8").splitlines():
            record = json.loads(line)
            candidates = (
                ROOT / "tests" / "corpus" / record["file"],
                ROOT / "seeds" / record["file"],
            )
            path = next((p for p in candidates if p.exists()), None)
            if path is None:
                continue
            article = next(a for a in read_path(path) if not isinstance(a, Exception))
            facts = [f for r in record["facts"] if (f := to_fact(r, article.body))]
            target = out / (path.stem + ".ttl")
            target.write_bytes(serialize_turtle(article_triples(article, facts, Iris())))
            written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n", 1)[0])
    parser.add_argument("out_dir", nargs="?", type=Path, help="where to write the graphs")
    args = parser.parse_args()
    out = args.out_dir or Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    files = graphs(out)
    started = time.perf_counter()
    validate_file(files[0], None, 1 << 24)  # first call parses shapes and ontology
    print(f"cold first validation: {time.perf_counter() - started:.3f} s")
    largest = seed = (0, files[0])
    for f in files:
        report = validate_file(f, None, 1 << 24)
        largest = max(largest, (report.triples, f))
        if f.name.startswith("000_"):
            seed = (report.triples, f)
        print(f"{report.triples:6d} triples {len(report.violations):3d} problems "
              f"{report.seconds * 1000:7.1f} ms  {f.name[:70]}")  # fmt: skip
        for v in report.violations[:5]:
            print("      ", v.describe())
    for label, (size, path) in (("largest", largest), ("seed", seed)):
        runs = [validate_file(path, None, 1 << 24).seconds for _ in range(7)]
        print(f"{label} graph: {size} triples, median {statistics.median(runs) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
