"""The thinner hot path of ``/sparql`` behaves exactly as the code it replaces.

- ``wire._FastCycle`` (quicker ``http.response.start``) writes the same bytes as uvicorn's own
  cycle, refuses the same bad headers (nothing is sent), and keeps the same connection rules;
- the percent-decoder's fast path agrees with ``unquote_plus`` on well- and ill-formed input;
- the per-Accept-header cache of negotiated formats gives what ``negotiate`` gives.
"""

from __future__ import annotations

import asyncio
import random
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote_plus

import pytest
import uvicorn
from uvicorn.protocols.http.httptools_impl import RequestResponseCycle

from dipld.serve import formats
from dipld.serve.conneg import negotiate
from dipld.serve.protocol import _unquote
from dipld.serve.sparql import _CONTENT_TYPES, _formats
from dipld.serve.wire import CoalescingHttpProtocol, _FastCycle

# ---- the response start ----------------------------------------------------------------------

#: path -> (status, headers, body) the test app answers with
CASES: dict[str, tuple[int, list[tuple[bytes, bytes]], bytes]] = {
    "/plain": (200, [(b"Content-Type", b"text/plain"), (b"content-length", b"2")], b"ok"),
    "/many": (
        200,
        [
            (b"Vary", b"Accept"),
            (b"X-Dipld-Dataset-Version", b"00000007"),
            (b"ETag", b'"00000007-json.-.100000"'),
            (b"Cache-Control", b"public, no-cache"),
            (b"X-Dipld-Rows", b"1"),
            (b"x-tab", b"a\tb"),
            (b"content-length", b"5"),
        ],
        b"12345",
    ),
    "/chunked": (200, [(b"Content-Type", b"text/plain")], b"no length given"),
    "/te": (200, [(b"Transfer-Encoding", b"Chunked")], b"explicit chunked"),
    "/close": (200, [(b"Connection", b"keep-alive, Close"), (b"content-length", b"3")], b"bye"),
    "/not-modified": (304, [(b"ETag", b'"v"')], b""),
    "/no-content": (204, [], b""),
    "/bad-name": (200, [(b"Bad Name", b"x"), (b"content-length", b"1")], b"x"),
    "/bad-value": (200, [(b"X-Ok", b"line\r\nInjected: yes"), (b"content-length", b"1")], b"x"),
    "/bad-nul": (200, [(b"X-Ok", b"a\x00b"), (b"content-length", b"1")], b"x"),
}


async def _app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    status, headers, body = CASES[scope["path"]]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class _Server:
    def __init__(self, http: Any) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(
            _app, http=http, access_log=False, log_level="critical", lifespan="off"
        )
        config.date_header = False  # the only part of an answer that changes with time
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> _Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "test server did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


def _exchange(port: int, requests: list[bytes]) -> bytes:
    """Send pipelined requests on one connection, then one that asks the server to close it;
    everything the server answers until it closes the connection."""
    closing = b"GET /plain HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=20) as conn:
        conn.sendall(b"".join(requests) + closing)
        chunks: list[bytes] = []
        while data := conn.recv(65536):
            chunks.append(data)
    return b"".join(chunks)


def _request(path: str, method: str = "GET", extra: str = "") -> bytes:
    return f"{method} {path} HTTP/1.1\r\nHost: t\r\n{extra}\r\n".encode()


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[int, int]]:
    with _Server("httptools") as plain, _Server(CoalescingHttpProtocol) as fast:
        yield plain.port, fast.port


@pytest.mark.parametrize("path", sorted(CASES))
@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_fast_cycle_answers_byte_for_byte_as_uvicorn(
    servers: tuple[int, int], path: str, method: str
) -> None:
    plain, fast = servers
    request = [_request(path, method)]
    expected = _exchange(plain, request)
    assert expected.startswith(b"HTTP/1.1 ") == (not path.startswith("/bad-"))
    assert _exchange(fast, request) == expected


def test_refused_headers_send_nothing_on_both(servers: tuple[int, int]) -> None:
    """uvicorn raises before writing and closes the connection; so must the fast cycle."""
    plain, fast = servers
    for path in ("/bad-name", "/bad-value", "/bad-nul"):
        for port in (plain, fast):
            assert _exchange(port, [_request(path), _request("/plain")]) == b"", (path, port)


def test_keep_alive_pipelining_and_http10(servers: tuple[int, int]) -> None:
    plain, fast = servers
    sequences = [
        [_request("/plain"), _request("/many"), _request("/chunked"), _request("/plain")],
        [_request("/many"), _request("/close"), _request("/plain")],  # stops after /close
        [_request("/plain", extra="Connection: close\r\n"), _request("/many")],
        [b"GET /many HTTP/1.0\r\nHost: t\r\n\r\n"],
        [_request("/not-modified", "GET"), _request("/no-content"), _request("/te")],
    ]
    for requests in sequences:
        expected = _exchange(plain, requests)
        assert _exchange(fast, requests) == expected
    answer = _exchange(fast, sequences[1])
    assert answer.count(b"HTTP/1.1 200 OK") == 2  # /many and /close, then the server closes
    assert _exchange(fast, sequences[0]).count(b"HTTP/1.1 200 OK") == 5


def test_the_protocol_installs_the_fast_cycle() -> None:
    assert issubclass(_FastCycle, RequestResponseCycle)
    seen: list[type] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            seen.append(type(send.__self__))
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b""})

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(
        app, http=CoalescingHttpProtocol, access_log=False, log_level="critical", lifespan="off"
    )
    server = uvicorn.Server(config)

    async def run() -> None:
        task = asyncio.ensure_future(server.serve(sockets=[sock]))
        while not server.started:
            await asyncio.sleep(0.01)
        await asyncio.to_thread(_exchange, sock.getsockname()[1], [_request("/")])
        server.should_exit = True
        await task

    asyncio.run(run())
    sock.close()
    assert seen == [_FastCycle, _FastCycle]  # the request and the closing one


# ---- percent-decoding -------------------------------------------------------------------------


def test_unquote_matches_unquote_plus_on_queries() -> None:
    samples = [
        b"SELECT+%3Fs+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D",
        b"%C3%A9t%C3%A9+%e2%82%ac",  # lower-case hex
        b"PREFIX%20x%3A%20%3Chttp%3A%2F%2Fex%2F%3E%0A%23%20comment%0D%0ASELECT",
        b"a%3Db%26c%3Dd",  # escaped '=' and '&'
        b"",
        b"plain",
    ]
    for raw in samples:
        assert _unquote(raw) == unquote_plus(raw.decode("ascii"), errors="strict"), raw


def test_unquote_ill_formed_escapes_take_urllibs_way() -> None:
    samples = [
        b"100%",
        b"100%+sure",
        b"%4",
        b"%4g",
        b"%%41",
        b"%zz%41",
        b"x=y",
        b"a\nb",
        b"a\rb%41",
        b"=41",
        b"%41=",
    ]
    for raw in samples:
        assert _unquote(raw) == unquote_plus(raw.decode("ascii"), errors="strict"), raw


def test_unquote_random_inputs() -> None:
    rng = random.Random(11)
    alphabet = b"%=+4aAfFgG0z\r\n9"
    for _ in range(5000):
        raw = bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 10)))
        try:
            expected: str | type[Exception] = unquote_plus(raw.decode("ascii"), errors="strict")
        except UnicodeDecodeError:
            expected = UnicodeDecodeError
        if expected is UnicodeDecodeError:
            with pytest.raises(UnicodeDecodeError):
                _unquote(raw)
        else:
            assert _unquote(raw) == expected, raw


# ---- negotiated formats ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "accept",
    [
        None,
        "",
        "*/*",
        "application/sparql-results+json",
        "text/turtle",
        "text/csv;q=0.5, application/sparql-results+xml",
        "text/*;q=0.1, text/csv;q=0, text/xml;q=0",
        "image/png",
        "application/n-triples, application/sparql-results+json;q=0.9",
        "text/turtle;charset=utf-8",
        "text/turtle;charset=latin-1",
    ],
)
def test_cached_negotiation_equals_negotiate(accept: str | None) -> None:
    expected = (
        negotiate(accept, formats.RESULT_FORMATS),
        negotiate(accept, formats.GRAPH_FORMATS),
    )
    assert _formats(accept, ()) == expected
    assert _formats(accept, ()) == expected  # again, from the cache


def test_format_override_still_wins_over_the_cached_header() -> None:
    accept = "application/sparql-results+json, text/turtle"
    assert _formats(accept, ()) == (formats.JSON, formats.TURTLE)
    assert _formats(accept, ("csv",)) == (formats.CSV, formats.TURTLE)
    assert _formats(accept, ("nt",)) == (formats.JSON, formats.N_TRIPLES)


def test_content_types_are_the_formats_own() -> None:
    assert {name: fmt.content_type for name, fmt in formats.ALL.items()} == _CONTENT_TYPES
    assert _CONTENT_TYPES["json"] == "application/sparql-results+json; charset=utf-8"
