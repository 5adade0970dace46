"""Scoring extraction against gold annotations (the ANNOTATION.md JSON-lines format).

A predicted fact matches a gold fact of the same class when their identifying arguments agree
(see :data:`KEY_ROLES`), allowing the gold's ``also_acceptable`` alternatives. Entities agree
when both are the same QID, or both are unlinked with the same surface form (case, accents,
"the", a courtesy style before a name ("Mr", "H.E.", "Datuk Seri"), a "Jr." suffix and an
acronym in brackets after a name ignored: "Tigray People's Liberation Front (TPLF)" is the
Tigray People's Liberation Front). Each gold fact matches at
most one prediction. Predictions that match nothing are false positives, except those whose
evidence lies in a ``not_expected`` span of the gold (uncoded comment), and spokespersons'
Tenures, which ANNOTATION.md §4 makes optional: both are counted apart. Linking is scored on the
set of QIDs per article.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from dipld.errors import InputError
from dipld.model import Article, Concept, Entity, Fact, TimeValue, Value

KEY_ROLES: Mapping[str, tuple[str, ...]] = {
    "Membership": ("member", "organization"),
    "Tenure": ("holder", "role", "jurisdiction"),
    "Meeting": ("participant",),
    "Event": ("eventType", "actor", "recipient"),
    "SharedBorder": ("party",),
    "DiplomaticRelations": ("party",),
    "TreatyRelation": ("party",),
    "Partnership": ("party",),
    "TradeFlow": ("exporter", "importer", "party", "amount"),
    "TradeShare": ("reporter", "partner", "share"),
    "Permission": ("grantor", "grantee", "activity"),
}
DETAIL_ROLES = (
    "date",
    "startDate",
    "place",
    "cameoCode",
    "post",
    "accreditedTo",
    "period",
    "currency",
)


# an acronym in brackets after a name: "National Liberation Army (ELN)"
_BRACKETED_ACRONYM = re.compile(r"(?<=\S)\s*\([A-Z][A-Za-z.&-]*[A-Z]\)\s*$")


def _norm_text(text: str) -> str:
    """A surface form as compared.

    >>> _norm_text("Mr. Gerardo Erguiza Jr.") == _norm_text("gerardo erguiza")
    True
    >>> _norm_text("Makhdoom Shah Mahmood Qureshi"), _norm_text("H.E. Dr. Ali Sabry")
    ('shah mahmood qureshi', 'ali sabry')
    >>> _norm_text("Dr Mahathir")
    'dr mahathir'
    >>> _norm_text("the OSCE Minsk Group")
    'osce minsk group'
    >>> _norm_text("Luiz Inácio Lula da Silva") == _norm_text("Luiz Inacio Lula da Silva")
    True
    >>> _norm_text("National Liberation Army (ELN)")
    'national liberation army'
    >>> _norm_text("(ELN)")
    'eln'
    """
    text = _BRACKETED_ACRONYM.sub("", text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)  # MilitaryStaging -> Military Staging
    text = text.casefold().replace("’", "'")
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip())
    text = re.sub(r",?\s+(?:jr|sr)\.?$", "", text)  # "Gerardo Erguiza Jr." is Gerardo Erguiza
    words = " ".join(re.sub(r"[^\w\s]", " ", text).split())
    # a courtesy style before a person's name: "Makhdoom Shah Mahmood Qureshi" is Shah Mahmood
    # Qureshi whether the gold writes the style or not
    return _COURTESY_STYLE.sub("", words)


_COURTESY_STYLE = re.compile(
    r"^(?:(?:his|her) excellency|h e|mr|mrs|ms|dr|prof|datuk seri|dato seri|dato sri|datuk|dato|"
    r"tan sri|tun|makhdoom|shri|smt|hon|honourable|honorable|rt hon|right honourable)\s+"
    r"(?:(?:mr|mrs|ms|dr|prof)\s+)?(?=\w+\s+\w)"
)


_NUMERIC_ROLES = frozenset({"amount", "share"})
_SPOKESPERSON = frozenset({"T:spokesperson"})
_LITERAL_ROLES = frozenset({"date", "startDate", "endDate", "period", "cameoCode"})


def _gold_value(value: Any, role: str = "") -> str:
    """A comparable key of one gold value. Free-text activities are read as the concept the
    extractor's own activity words give ("stationing of troops" is MilitaryBasing)."""
    if role == "activity" and isinstance(value, str):
        from dipld.extract.economy import activity_concept

        concept = activity_concept(value)
        return "T:" + _norm_text(concept or value)
    if role in _LITERAL_ROLES:
        return "T:" + str(value).strip()
    if role == "currency" and isinstance(value, str):
        return "T:" + value.strip().casefold()
    if isinstance(value, dict):
        if "qid" in value:
            return "Q:" + str(value["qid"])
        if "unlinked" in value:
            return "U:" + _norm_text(str(value["unlinked"]))
    if isinstance(value, str) and role in _NUMERIC_ROLES:
        try:
            return "N:" + _decimal(Decimal(value))
        except InvalidOperation:
            return "T:" + _norm_text(value)
    return "T:" + _norm_text(str(value))


def _pred_value(value: Value, role: str = "") -> str:
    if role in _LITERAL_ROLES:
        return "T:" + (value.lexical if isinstance(value, TimeValue) else str(value))
    if isinstance(value, Entity) and value.kind.value == "currency":
        return "T:" + value.label.casefold()
    if isinstance(value, Entity):
        if value.qid:
            return "Q:" + value.qid
        return "U:" + _norm_text(value.label)
    if isinstance(value, Decimal):
        return "N:" + _decimal(value)
    if isinstance(value, Concept):
        return "T:" + _norm_text(value.name)
    if isinstance(value, TimeValue):
        return "T:" + value.lexical
    return "T:" + _norm_text(str(value))


def _decimal(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


@dataclass(frozen=True)
class GoldFact:
    """One gold fact: class, role -> value keys (alternatives merged), evidence, raw record."""

    cls: str
    roles: dict[str, frozenset[str]]
    alternatives: tuple[dict[str, frozenset[str]], ...]
    evidence: tuple[str, ...]
    importance: str
    raw: Mapping[str, Any]

    def qids(self) -> set[str]:
        out: set[str] = set()
        for roles in (self.roles, *self.alternatives):
            for keys in roles.values():
                out.update(k[2:] for k in keys if k.startswith("Q:"))
        return out


@dataclass(frozen=True)
class GoldArticle:
    file: str
    date: str | None
    facts: tuple[GoldFact, ...]
    not_expected: tuple[str, ...]
    must_not: tuple[str, ...]


def _roles(record: Mapping[str, Any], cls: str) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for role in (*KEY_ROLES.get(cls, ()), *DETAIL_ROLES, "flow"):
        if role in record:
            out[role] = frozenset(_gold_value(v, role) for v in _as_list(record[role]))
    return out


def read_gold(paths: Iterable[Path]) -> list[GoldArticle]:
    """Read gold files (or every ``*.jsonl`` in gold folders)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.jsonl")))
        elif path.exists():
            files.append(path)
        else:
            raise InputError("no such gold file or folder", where=str(path))
    out: list[GoldArticle] = []
    for file in files:
        for line_no, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{file}:{line_no}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not valid JSON ({exc.msg})", where=where) from None
            if not isinstance(record, dict) or "file" not in record:
                raise InputError("expected an object with 'file' and 'facts'", where=where)
            facts = []
            for raw in record.get("facts", []):
                cls = raw.get("class")
                if cls not in KEY_ROLES:
                    raise InputError(f"unknown class {cls!r}", where=where)
                base = _roles(raw, cls)
                alts = []
                for alt in raw.get("also_acceptable", []):
                    merged = dict(base)
                    merged.update(_roles(alt, cls))
                    alts.append(merged)
                evidence = tuple([raw.get("evidence", ""), *list(raw.get("also_in", []))])
                facts.append(
                    GoldFact(cls, base, tuple(alts), evidence, raw.get("importance", "detail"), raw)
                )
            notes = record.get("no_fact_notes", [])
            out.append(
                GoldArticle(
                    file=record["file"],
                    date=record.get("date"),
                    facts=tuple(facts),
                    not_expected=tuple(n["span"] for n in notes if n.get("kind") == "not_expected"),
                    must_not=tuple(n["span"] for n in notes if n.get("kind") == "must_not"),
                )
            )
    return out


def pred_roles(fact: Fact) -> dict[str, frozenset[str]]:
    """A predicted fact's arguments in the form gold facts are compared in."""
    return {role: frozenset(_pred_value(v, role) for v in values) for role, values in fact.args}


def _matches(pred: dict[str, frozenset[str]], gold: GoldFact) -> bool:
    for roles in (gold.roles, *gold.alternatives):
        if all(
            pred.get(role, frozenset()) == roles.get(role, frozenset())
            for role in KEY_ROLES[gold.cls]
        ):
            return True
    return False


@dataclass
class ClassScore:
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    ignored: int = 0

    @property
    def precision(self) -> float:
        scored = self.predicted - self.ignored
        return self.correct / scored if scored else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores per class, for linking and evidence, and the misses and false positives."""

    classes: dict[str, ClassScore] = field(default_factory=lambda: defaultdict(ClassScore))
    link_predicted: int = 0
    link_correct: int = 0
    link_gold: int = 0
    evidence_total: int = 0
    evidence_valid: int = 0
    detail_total: int = 0
    detail_correct: int = 0
    misses: list[tuple[str, GoldFact]] = field(default_factory=list)
    false_positives: list[tuple[str, Fact]] = field(default_factory=list)
    wrong_links: list[tuple[str, str]] = field(default_factory=list)
    detail_errors: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    @property
    def overall(self) -> ClassScore:
        total = ClassScore()
        for score in self.classes.values():
            total.gold += score.gold
            total.predicted += score.predicted
            total.correct += score.correct
            total.ignored += score.ignored
        return total

    @property
    def link_precision(self) -> float:
        return self.link_correct / self.link_predicted if self.link_predicted else 1.0

    @property
    def link_recall(self) -> float:
        return self.link_correct / self.link_gold if self.link_gold else 1.0

    def as_dict(self) -> dict[str, Any]:
        def score(s: ClassScore) -> dict[str, Any]:
            return {
                "gold": s.gold,
                "predicted": s.predicted,
                "correct": s.correct,
                "ignored": s.ignored,
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
            }

        return {
            "classes": {k: score(v) for k, v in sorted(self.classes.items())},
            "overall": score(self.overall),
            "linking": {
                "predicted": self.link_predicted,
                "correct": self.link_correct,
                "gold": self.link_gold,
                "precision": round(self.link_precision, 4),
                "recall": round(self.link_recall, 4),
            },
            "evidence_valid": f"{self.evidence_valid}/{self.evidence_total}",
            "details_correct": f"{self.detail_correct}/{self.detail_total}",
        }


def score_article(
    report: Report, gold: GoldArticle, article: Article, facts: Sequence[Fact]
) -> None:
    """Add one article's comparison to the report."""
    for fact in facts:
        for ev in fact.evidence:
            report.evidence_total += 1
            source = (article.title or "") if ev.in_title else article.body
            if source[ev.begin : ev.end] == ev.text and ev.text:
                report.evidence_valid += 1
    remaining = list(gold.facts)
    for g in gold.facts:
        report.classes[g.cls].gold += 1
    # match facts stated in the same sentence first, so that repeated facts pair up sensibly
    hits: dict[int, GoldFact] = {}
    for same_sentence in (True, False):
        for i, fact in enumerate(facts):
            if i in hits:
                continue
            roles = pred_roles(fact)
            sentences = {ev.text for ev in fact.evidence}
            hit = next(
                (
                    g
                    for g in remaining
                    if g.cls == fact.cls.value
                    and _matches(roles, g)
                    and (not same_sentence or sentences & set(g.evidence))
                ),
                None,
            )
            if hit is not None:
                hits[i] = hit
                remaining.remove(hit)
    for i, fact in enumerate(facts):
        cls = fact.cls.value
        score = report.classes[cls]
        score.predicted += 1
        roles = pred_roles(fact)
        hit = hits.get(i)
        if hit is not None:
            score.correct += 1
            for role in DETAIL_ROLES:
                if role in hit.roles:
                    report.detail_total += 1
                    accepted = [hit.roles, *hit.alternatives]
                    if any(roles.get(role) == r.get(role) for r in accepted):
                        report.detail_correct += 1
                    else:
                        report.detail_errors.append(
                            (
                                gold.file,
                                describe_fact(fact),
                                role,
                                ",".join(sorted(roles.get(role, ()))),
                                ",".join(sorted(hit.roles[role])),
                            )
                        )
            continue
        stated = " ".join(ev.text for ev in fact.evidence)
        if any(span in stated for span in gold.not_expected) and not any(
            span in stated for span in gold.must_not
        ):
            score.ignored += 1
            continue
        if cls == "Tenure" and roles.get("role") == _SPOKESPERSON:
            score.ignored += 1  # optional (ANNOTATION.md §4): neither right nor wrong
            continue
        report.false_positives.append((gold.file, fact))
    report.misses.extend((gold.file, g) for g in remaining)
    gold_qids: set[str] = set()
    for g in gold.facts:
        gold_qids |= g.qids()
    predicted_qids = {
        v.qid
        for f in facts
        for _, values in f.args
        for v in values
        if isinstance(v, Entity) and v.qid and v.kind.value != "currency"
    }
    report.link_predicted += len(predicted_qids)
    report.link_correct += len(predicted_qids & gold_qids)
    report.link_gold += len(gold_qids)
    report.wrong_links.extend((gold.file, q) for q in sorted(predicted_qids - gold_qids))


def describe_fact(fact: Fact) -> str:
    parts = [fact.cls.value]
    for role, values in fact.args:
        shown = ", ".join(
            (v.qid or f"'{v.label}'") if isinstance(v, Entity) else str(v) for v in values
        )
        parts.append(f"{role}={shown}")
    return " ".join(parts)


def describe_gold(fact: GoldFact) -> str:
    parts = [fact.cls]
    for role, keys in sorted(fact.roles.items()):
        parts.append(f"{role}={', '.join(sorted(k[2:] for k in keys))}")
    return " ".join(parts)


def format_report(report: Report, *, details: bool = True) -> str:
    lines = [f"{'class':<22}{'gold':>6}{'pred':>6}{'ok':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for cls, s in sorted(report.classes.items()):
        lines.append(
            f"{cls:<22}{s.gold:>6}{s.predicted - s.ignored:>6}{s.correct:>6}"
            f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
        )
    o = report.overall
    lines.append(
        f"{'ALL':<22}{o.gold:>6}{o.predicted - o.ignored:>6}{o.correct:>6}"
        f"{o.precision:>8.3f}{o.recall:>8.3f}{o.f1:>8.3f}"
    )
    lines.append(
        f"linking: precision {report.link_precision:.3f} ({report.link_correct}/"
        f"{report.link_predicted}), recall {report.link_recall:.3f} ({report.link_correct}/"
        f"{report.link_gold})"
    )
    lines.append(f"evidence spans valid: {report.evidence_valid}/{report.evidence_total}")
    lines.append(f"details of matched facts correct: {report.detail_correct}/{report.detail_total}")
    if details:
        lines.append("")
        lines.append(f"misses ({len(report.misses)}):")
        for file, g in report.misses:
            lines.append(f"  {file}: {describe_gold(g)}")
            lines.append(f"      « {g.evidence[0][:160]} »")
        lines.append(f"false positives ({len(report.false_positives)}):")
        for file, f in report.false_positives:
            lines.append(f"  {file}: {describe_fact(f)}")
            lines.append(f"      « {f.evidence[0].text[:160]} »")
        lines.append(f"wrong details ({len(report.detail_errors)}):")
        for file, desc, role, got, want in report.detail_errors:
            lines.append(f"  {file}: {role}: got {got or '-'}, gold {want}  [{desc[:90]}]")
        lines.append(f"QIDs not in the gold ({len(report.wrong_links)}):")
        for file, q in report.wrong_links:
            lines.append(f"  {file}: {q}")
    return "\n".join(lines)
