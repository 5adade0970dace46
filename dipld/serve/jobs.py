"""The messages between the server and its query workers: typed, frozen, picklable values.

The server sends one job at a time to a worker over a socket (length-prefixed pickles) and
reads one outcome back. Formats travel by name (see :mod:`dipld.serve.formats`).
"""

from __future__ import annotations

import pickle
import socket
import struct
from dataclasses import dataclass
from enum import Enum

_HEADER = struct.Struct("!Q")


@dataclass(frozen=True, slots=True)
class QueryJob:
    """Run a SPARQL query on snapshot ``version`` and serialise at most ``limit`` rows."""

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

    version: str
    graph: str
    format: str


@dataclass(frozen=True, slots=True)
class StatsJob:
    """Count the triples of the dataset and of each named graph (for VoID and the SD)."""

    version: str


Job = QueryJob | GraphJob | StatsJob


class ResultKind(Enum):
    SOLUTIONS = "solutions"
    BOOLEAN = "boolean"
    GRAPH = "graph"


@dataclass(frozen=True, slots=True)
class QueryOutcome:
    """A serialised result: its kind, format name, bytes, row count and whether it was capped."""

    kind: ResultKind
    format: str
    body: bytes
    rows: int
    truncated: bool


@dataclass(frozen=True, slots=True)
class DatasetStats:
    """VoID counts of one snapshot."""

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
