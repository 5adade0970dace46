"""An in-memory cache of query results, exact because snapshots never change.

A result is keyed by the whole job (snapshot version, query text, protocol dataset, formats and
row limit), so an entry can never be stale: a new snapshot has a new version. Entries are kept
in least-recently-used order within a byte budget; results larger than ``max_entry`` bytes are
not kept.

>>> from dipld.serve.jobs import QueryJob, QueryOutcome, ResultKind
>>> cache = ResultCache(max_bytes=100, max_entry=60)
>>> job = QueryJob("00000001", "ASK {}", None, None, "json", "turtle", 10)
>>> cache.put(job, QueryOutcome(ResultKind.BOOLEAN, "json", b"x" * 50, 1, truncated=False))
>>> cache.get(job).rows
1
>>> cache.forget_versions_except("00000002")
>>> cache.get(job) is None
True
"""

from __future__ import annotations

from collections import OrderedDict

from dipld.serve.jobs import QueryJob, QueryOutcome

#: default budget of the server's result cache
DEFAULT_BYTES = 64 << 20
#: default largest result kept
DEFAULT_ENTRY = 1 << 20


class ResultCache:
    """LRU of query outcomes within a byte budget."""

    def __init__(self, max_bytes: int = DEFAULT_BYTES, max_entry: int = DEFAULT_ENTRY) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_entry
        self.size = 0
        self._entries: OrderedDict[QueryJob, QueryOutcome] = OrderedDict()

    def get(self, job: QueryJob) -> QueryOutcome | None:
        outcome = self._entries.get(job)
        if outcome is not None:
            self._entries.move_to_end(job)
        return outcome

    def put(self, job: QueryJob, outcome: QueryOutcome) -> None:
        cost = len(outcome.body) + len(job.query)
        if cost > self.max_entry or job in self._entries:
            return
        self._entries[job] = outcome
        self.size += cost
        while self.size > self.max_bytes and self._entries:
            old_job, old = self._entries.popitem(last=False)
            self.size -= len(old.body) + len(old_job.query)

    def forget_versions_except(self, version: str) -> None:
        """Drop the entries of other snapshots (called when a new version is published)."""
        for job in [j for j in self._entries if j.version != version]:
            old = self._entries.pop(job)
            self.size -= len(old.body) + len(job.query)

    def __len__(self) -> int:
        return len(self._entries)
