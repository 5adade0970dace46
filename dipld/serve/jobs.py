"""The messages between the server and its query workers: typed, frozen, picklable values.

The server sends one job at a time to a worker over a socket and reads one outcome back, each
a length-prefixed frame. Formats travel by name (see :mod:`dipld.serve.formats`). A frame holds
the value's type number and its fields as plain data (enums by value), written with
:mod:`marshal`: in a worker that sleeps between jobs, pickling a value (which looks its class
up by name every time) cost 15-25 µs a job, marshal ~1 µs.

>>> job = QueryJob("00000001", "ASK {}", None, ("http://ex/g",), "json", None, 10)
>>> decode(encode(job)[header_size() :]) == job
True
"""

from __future__ import annotations

import marshal
import socket
import struct
import typing
from dataclasses import dataclass, fields
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


#: every type that crosses the socket, numbered by its place here
_TYPES: tuple[type[Job | Outcome], ...] = (
    QueryJob,
    GraphJob,
    StatsJob,
    QueryOutcome,
    DatasetStats,
    JobFailure,
)
_NUMBERS = {cls: n for n, cls in enumerate(_TYPES)}


def _enum_fields(cls: type) -> tuple[tuple[int, type[Enum]], ...]:
    """(position, enum type) of each field of ``cls`` that holds an enum."""
    hints = typing.get_type_hints(cls)
    return tuple(
        (i, hints[f.name])
        for i, f in enumerate(fields(cls))
        if isinstance(hints[f.name], type) and issubclass(hints[f.name], Enum)
    )


_ENUMS = {cls: _enum_fields(cls) for cls in _TYPES}


def encode(value: Job | Outcome) -> bytes:
    """One frame: the length of the payload, then the type number and the fields."""
    cls = type(value)
    values = [getattr(value, f) for f in cls.__slots__]
    for i, _ in _ENUMS[cls]:
        values[i] = values[i].value
    payload = marshal.dumps((_NUMBERS[cls], tuple(values)))
    return _HEADER.pack(len(payload)) + payload


def header_size() -> int:
    return _HEADER.size


def payload_size(header: bytes) -> int:
    size: int = _HEADER.unpack(header)[0]
    return size


def decode(payload: bytes) -> Job | Outcome:
    # our own child process, over a private socketpair
    number, values = marshal.loads(payload)  # noqa: S302
    cls = _TYPES[number]
    enums = _ENUMS[cls]
    if enums:
        values = list(values)
        for i, enum in enums:
            values[i] = enum(values[i])
    value: Job | Outcome = cls(*values)
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
