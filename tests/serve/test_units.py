"""Pure parts of the server: request parsing, content negotiation, lexical checks, write plans,
the worker wire format."""

from __future__ import annotations

import asyncio
import random
from urllib.parse import parse_qsl, quote

import pytest

from dipld.errors import QueryError
from dipld.serve import formats
from dipld.serve.cache import ResultCache
from dipld.serve.conneg import negotiate
from dipld.serve.errors import MethodNotAllowed, UnsupportedMediaType
from dipld.serve.jobs import (
    DatasetStats,
    FailureCode,
    GraphJob,
    JobFailure,
    QueryJob,
    QueryOutcome,
    ResultKind,
    StatsJob,
    decode,
    encode,
    header_size,
)
from dipld.serve.protocol import (
    DescriptionRequest,
    QueryRequest,
    UpdateRequest,
    _parse_qsl,
    parse_request,
    query_form,
    uses_service,
)
from dipld.serve.wire import _CoalescingTransport
from dipld.serve.writes import plan_update
from dipld.sparqltext import FORMS, keywords


def test_get_without_query_is_a_description_request() -> None:
    assert parse_request("GET", None, b"format=ttl", b"") == DescriptionRequest(("ttl",))


def test_form_post_reads_the_dataset_from_the_body() -> None:
    body = b"query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fex%2Fa"
    parsed = parse_request("POST", "application/x-www-form-urlencoded; charset=UTF-8", b"", body)
    assert parsed == QueryRequest("ASK{}", ("http://ex/a",), (), ())


def test_direct_update() -> None:
    parsed = parse_request("POST", "application/sparql-update", b"", b"CLEAR GRAPH <http://ex/g>")
    assert isinstance(parsed, UpdateRequest)


@pytest.mark.parametrize(
    ("method", "content_type", "query_string", "body", "error"),
    [
        ("DELETE", None, b"", b"", MethodNotAllowed),
        ("POST", "text/plain", b"", b"ASK {}", UnsupportedMediaType),
        ("POST", None, b"", b"ASK {}", UnsupportedMediaType),
        ("POST", "application/sparql-query; charset=latin-1", b"", b"ASK {}", UnsupportedMediaType),
        ("GET", None, b"query=", b"", QueryError),
        ("GET", None, b"query=ASK%7B%7D&default-graph-uri=not%20an%20iri", b"", QueryError),
        ("POST", "application/sparql-query", b"query=ASK%7B%7D", b"ASK {}", QueryError),
        ("GET", None, b"query=%FF", b"", QueryError),
    ],
)
def test_bad_requests(
    method: str, content_type: str | None, query_string: bytes, body: bytes, error: type
) -> None:
    with pytest.raises(error):
        parse_request(method, content_type, query_string, body)


def test_non_utf8_body_is_an_input_error() -> None:
    with pytest.raises(Exception, match="not valid UTF-8"):
        parse_request("POST", "application/sparql-query", b"", b"ASK { \xff }")


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("select * where { ?s ?p ?o }", "SELECT"),
        ("PREFIX ask: <http://ex/> CONSTRUCT { ?s ask:p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ('# ASK\nDESCRIBE <http://ex/ASK> "SELECT"', "DESCRIBE"),
        ("BASE <http://ex/> ASK {}", "ASK"),
        ("INSERT DATA {}", None),
    ],
)
def test_query_form(text: str, form: str | None) -> None:
    assert query_form(text) == form


def test_query_form_shortcut_agrees_with_the_tokenizer() -> None:
    """The one-regex reading of a plain prologue gives what scanning every token gives."""
    pieces = ["PREFIX", "prefix", "BASE", " ", "\n", "#", "x:", ":", ".", "x.y:", "<http://ex/>"]
    pieces += ["<a b>", "SELECT", "ask", "Construct", "DESCRIBE", "SELECTx", '"ASK"', "INSERT"]
    pieces += ["{", "}", "-", "1:", "'", "_", "\u00e9"]
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
        scanned = next((w for w in keywords(text) if w in FORMS), None)
        assert query_form(text) == scanned, text


def test_query_string_parsing_agrees_with_urllib() -> None:
    """The C shortcut for percent-decoding gives what ``urllib.parse.parse_qsl`` gives."""
    pieces = ["query=", "&", "=", "+", "%", "%2", "%20", "%3D", "%C3%A9", "%zz", "%0A", "a", " "]
    pieces += [quote("SELECT ?s { <http://ex/a> ?p 'é' } # x&y=z", safe="")]
    rng = random.Random(7)
    for _ in range(20000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        try:
            expected = parse_qsl(raw, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            with pytest.raises(UnicodeDecodeError):
                _parse_qsl(raw.encode("ascii"))
            continue
        assert _parse_qsl(raw.encode("ascii")) == expected, raw


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }", True),
        ("SELECT * { SERVICE SILENT ?endpoint { ?s ?p ?o } }", True),
        ("SELECT * { ?s <http://ex/SERVICE> ?o }", False),
        ("PREFIX service: <http://ex/> SELECT * { ?s service:x ?o }", False),
        ("SELECT * { ?s ex:SERVICE ?o }", False),
        ("SELECT ?SERVICE { ?SERVICE ?p '''multi\nSERVICE''' }", False),
    ],
)
def test_uses_service(text: str, expected: bool) -> None:
    assert uses_service(text) is expected


def test_negotiation_prefers_the_most_specific_range() -> None:
    accept = "text/*;q=0.9, text/csv;q=0.2, application/sparql-results+json;q=0.5"
    fmt = negotiate(accept, formats.RESULT_FORMATS)
    assert fmt is formats.TSV or fmt is formats.XML  # text/tab-separated-values, text/xml at 0.9
    assert negotiate("text/csv;q=0.2, */*;q=0.1", formats.RESULT_FORMATS) is formats.CSV


def test_negotiation_ignores_malformed_entries() -> None:
    assert negotiate("garbage, ;;, text/turtle", formats.GRAPH_FORMATS) is formats.TURTLE
    assert negotiate("text/turtle;q=abc", formats.GRAPH_FORMATS) is None


def test_plan_lists_the_named_graphs_an_update_writes() -> None:
    text = (
        "INSERT DATA { GRAPH <http://ex/a> { <http://ex/s> <http://ex/p> 1 } } ; "
        "WITH <http://ex/b> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o } ; "
        "MOVE <http://ex/c> TO <http://ex/d>"
    )
    plan = plan_update(text, allow_load=False)
    assert plan.graphs == {"http://ex/a", "http://ex/b", "http://ex/c", "http://ex/d"}


def test_result_cache_stays_within_its_budget() -> None:
    cache = ResultCache(max_bytes=250, max_entry=100)
    for n in range(5):
        job = QueryJob("v1", f"ASK {{ ?s ?p {n} }}", None, None, "json", None, 10)
        cache.put(job, QueryOutcome(ResultKind.BOOLEAN, "json", b"x" * 80, 1, truncated=False))
    assert cache.size <= 250
    assert len(cache) == 2
    big = QueryJob("v1", "ASK {}", None, None, "json", None, 10)
    cache.put(big, QueryOutcome(ResultKind.BOOLEAN, "json", b"x" * 200, 1, truncated=False))
    assert cache.get(big) is None


class _RecordingTransport:
    """The transport side of the coalescing proxy: records what reaches the socket."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        assert not self.closed
        self.sent.append(data)

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, name: str) -> str:
        return f"info:{name}"


def test_writes_of_one_loop_turn_leave_in_one_send() -> None:
    async def scenario() -> list[list[bytes]]:
        loop = asyncio.get_running_loop()
        real = _RecordingTransport()
        proxy = _CoalescingTransport(real, loop)  # type: ignore[arg-type]
        proxy.write(b"HTTP/1.1 200 OK\r\n\r\n")
        proxy.write(b"body")
        seen = [list(real.sent)]  # nothing sent yet: held until the end of the turn
        await asyncio.sleep(0)
        seen.append(list(real.sent))
        proxy.write(b"next")
        proxy.close()  # what is held goes out before the close
        seen.append(list(real.sent))
        assert real.closed and proxy.get_extra_info("peername") == "info:peername"
        return seen

    before, after, closed = asyncio.run(scenario())
    assert before == []
    assert after == [b"HTTP/1.1 200 OK\r\n\r\nbody"]
    assert closed == [b"HTTP/1.1 200 OK\r\n\r\nbody", b"next"]


def test_every_job_and_outcome_survives_the_wire() -> None:
    values = [
        QueryJob("00000001", "ASK {}", None, ("http://ex/g",), "json", None, 10),
        GraphJob("00000001", "http://ex/g", "turtle"),
        StatsJob("00000002"),
        QueryOutcome(ResultKind.GRAPH, "turtle", b"<a> <b> <c> .\n", 1, truncated=True),
        DatasetStats("00000001", 12, (("http://ex/g", 12),)),
        JobFailure(FailureCode.SYNTAX, "the query does not parse"),
    ]
    for value in values:
        assert decode(encode(value)[header_size() :]) == value
