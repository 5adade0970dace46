"""The messages between the server and its query workers: typed, frozen, picklable values.

The server sends one job at a time to a worker over a socket (length-prefixed pickles) and
reads one outcome back. Formats travel by name (see :mod:`dipld.serve.formats`). Each value
pickles as its class and a tuple of its fields (``__reduce__``), which is several times cheaper
than a dataclass's default pickling, a cost paid twice per query on the hot path.

>>> job = QueryJob("00000001", "ASK {}", None, ("http://ex/g",), "json", None, 10)
>>> decode(encode(job)[header_size() :]) == job
True
"""

from __future__ import annotations

import pickle
import socket
import struct
from dataclasses import dataclass
from enum import Enum
from typing import Any

_HEADER = struct.Struct("!Q")


def _reduce(value: Any) -> tuple[type, tuple[object, ...]]:
    """Pickle a slotted dataclass as its class and its fields' values, in order."""
    return type(value), tuple(getattr(value, name) for name in value.__slots__)


@dataclass(frozen=True, slots=True)
class QueryJob:
    """Run a SPARQL query on snapshot ``version`` and serialise at most ``limit`` rows."""

    __reduce__ = _reduce

    version: str
    query: str
    #: protocol dataset (``default-graph-uri`` / ``named-graph-uri``); None = the store's own
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    #: the negotiated format for SELECT/ASK and for CONSTRUCT/DESCRIBE; None = not acceptable
    result_format: str | None
    graph_format: str | None
    limit: int


@dataclass(frozen=True, slots=True)
class GraphJob:
    """Serialise one named graph of snapshot ``version``."""

    __reduce__ = _reduce

    version: str
    graph: str
    format: str


@dataclass(frozen=True, slots=True)
class StatsJob:
    """Count the triples of the dataset and of each named graph (for VoID and the SD)."""

    __reduce__ = _reduce

    version: str


Job = QueryJob | GraphJob | StatsJob


class ResultKind(Enum):
    SOLUTIONS = "solutions"
    BOOLEAN = "boolean"
    GRAPH = "graph"


@dataclass(frozen=True, slots=True)
class QueryOutcome:
    """A serialised result: its kind, format name, bytes, row count and whether it was capped."""

    __reduce__ = _reduce

    kind: ResultKind
    format: str
    body: bytes
    rows: int
    truncated: bool


@dataclass(frozen=True, slots=True)
class DatasetStats:
    """VoID counts of one snapshot."""

    __reduce__ = _reduce

    version: str
    triples: int
    graphs: tuple[tuple[str, int], ...]


class FailureCode(Enum):
    SYNTAX = "syntax"
    NOT_ACCEPTABLE = "not_acceptable"
    NOT_FOUND = "not_found"
    STORE = "store"
    INTERNAL = "internal"


@dataclass(frozen=True, slots=True)
class JobFailure:
    """A job that failed inside the worker with an expected error."""

    __reduce__ = _reduce

    code: FailureCode
    message: str


Outcome = QueryOutcome | DatasetStats | JobFailure


def encode(value: Job | Outcome) -> bytes:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(payload)) + payload


def header_size() -> int:
    return _HEADER.size


def payload_size(header: bytes) -> int:
    size: int = _HEADER.unpack(header)[0]
    return size


def decode(payload: bytes) -> Job | Outcome:
    value = pickle.loads(payload)  # noqa: S301  (our own child process, over a private socketpair)
    assert isinstance(
        value, QueryJob | GraphJob | StatsJob | QueryOutcome | DatasetStats | JobFailure
    )
    return value


def recv_exact(sock: socket.socket, size: int) -> bytes | None:
    """Read exactly ``size`` bytes from a blocking socket; None at end of stream."""
    buf = bytearray(size)
    view = memoryview(buf)
    got = 0
    while got < size:
        n = sock.recv_into(view[got:])
        if n == 0:
            return None
        got += n
    return bytes(buf)
