"""What a load is told and what it reports: options, one event per unit of work, running
counts for progress, and the final summary.

>>> tally = Tally()
>>> tally.add(Event(Outcome.NEW, "a.txt", facts=3, triples=40))
>>> tally.add(Event(Outcome.SKIPPED, "b.txt"))
>>> (tally.new, tally.skipped, tally.facts, tally.done)
(1, 1, 3, 2)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from dipld.articles import Limits
from dipld.iri import DEFAULT_BASE, Iris
from dipld.remote import Shard
from dipld.settings import BATCH_TRIPLES


@dataclass(frozen=True, slots=True)
class KbStatus:
    """The KB graph's version after a load made sure of it, the one before, whether it changed."""

    version: str
    previous: str | None
    installed: bool


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How a load runs (the CLI fills this from the settings table)."""

    store: Path
    base: str = DEFAULT_BASE
    jobs: int = 1
    limits: Limits = field(default_factory=Limits)
    dry_run: bool = False
    strict: bool = False
    prune: bool = False
    shard: Shard | None = None
    with_kb: bool = True
    batch_triples: int = BATCH_TRIPLES
    batch_seconds: float = 10.0
    publish_seconds: float = 30.0
    publish_articles: int = 5_000

    @property
    def iris(self) -> Iris:
        return Iris(self.base)


class Outcome(StrEnum):
    """What happened to one unit of work (an article, an RDF file, a removed graph)."""

    NEW = "new"
    REPLACED = "replaced"
    SKIPPED = "skipped"
    FAILED = "failed"
    DELETED = "deleted"
    PUBLISHED = "published"


@dataclass(frozen=True, slots=True)
class Event:
    """One unit of work done; ``where`` is the input (``path``, ``path:line``) or graph."""

    outcome: Outcome
    where: str
    graph: str | None = None
    facts: int = 0
    triples: int = 0
    message: str | None = None
    detail: str | None = None


@dataclass(slots=True)
class Tally:
    """Running counts, passed to the progress callback with each event."""

    new: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    deleted: int = 0
    facts: int = 0
    triples: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def done(self) -> int:
        return self.new + self.replaced + self.skipped + self.failed

    def add(self, event: Event) -> None:
        if event.outcome is Outcome.PUBLISHED:
            return
        setattr(self, event.outcome.value, getattr(self, event.outcome.value) + 1)
        self.facts += event.facts
        self.triples += event.triples


Progress = Callable[[Event, Tally], None]


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be loaded, and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True, slots=True)
class LoadSummary:
    """What a load did."""

    target: str
    new: int
    replaced: int
    skipped: int
    failed: int
    deleted: int
    facts: int
    triples: int
    seconds: float
    write_seconds: float
    publish_seconds: float
    version: str | None
    kb_version: str | None
    kb_installed: bool
    dry_run: bool
    stopped: bool
    failures: tuple[Failure, ...]

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def loaded(self) -> int:
        return self.new + self.replaced

    @property
    def rate(self) -> float:
        """Inputs (loaded or skipped) per second."""
        return (self.loaded + self.skipped) / self.seconds if self.seconds > 0 else 0.0

    def counts(self) -> dict[str, int]:
        return {
            "new": self.new,
            "replaced": self.replaced,
            "skipped": self.skipped,
            "failed": self.failed,
            "deleted": self.deleted,
        }

    def as_dict(self) -> dict[str, object]:
        return {
            "target": self.target,
            **self.counts(),
            "facts": self.facts,
            "triples": self.triples,
            "seconds": round(self.seconds, 3),
            "write_seconds": round(self.write_seconds, 3),
            "publish_seconds": round(self.publish_seconds, 3),
            "rate": round(self.rate, 1),
            "version": self.version,
            "kb_version": self.kb_version,
            "kb_installed": self.kb_installed,
            "dry_run": self.dry_run,
            "stopped": self.stopped,
            "ok": self.ok,
            "failures": [{"where": f.where, "message": f.message} for f in self.failures],
        }
