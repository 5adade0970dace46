"""The HTTP/1.1 connection under uvicorn: httptools parsing, and one send per response.

uvicorn writes a response's status line and headers as soon as the app sends
``http.response.start``, and its body on ``http.response.body``: two ``send()`` calls, two
packets, and for a client on another process two wake-ups, for an answer of a few hundred
bytes. :class:`CoalescingHttpProtocol` gives uvicorn's httptools protocol a transport that
holds the writes made during one turn of the event loop and sends them together at the end
of it (``loop.call_soon``), so a small answer leaves in one ``send()``. Order is kept (every
write goes through the same buffer), ``close()`` sends what is held first, and everything
else (flow control, peer address, closing) is the real transport's.

uvicorn also checks every response header with two regular expressions and lower-cases it in
a Python loop, which for the dozen headers of a SPARQL answer cost more than the rest of the
response: :class:`_FastCycle` writes ``http.response.start`` with the same checks, errors and
connection rules, searching all names and all values in one pass each.
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

from uvicorn.protocols.http.httptools_impl import (
    HEADER_RE,
    HEADER_VALUE_RE,
    STATUS_LINE,
    HttpToolsProtocol,
    RequestResponseCycle,
)


class _CoalescingTransport:
    """A transport proxy whose writes within one loop turn leave as one write."""

    __slots__ = ("_loop", "_pending", "_transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] | None = None

    def write(self, data: bytes) -> None:
        if self._pending is None:
            self._pending = [data]
            self._loop.call_soon(self._flush)
        else:
            self._pending.append(data)

    def _flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending and not self._transport.is_closing():
            self._transport.write(pending[0] if len(pending) == 1 else b"".join(pending))

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


_SPECIAL = frozenset((b"content-length", b"transfer-encoding", b"connection"))


class _FastCycle(RequestResponseCycle):
    """uvicorn's request/response cycle with a quicker ``http.response.start``.

    Same behaviour as uvicorn's: the same validation (a header name or value with a character
    uvicorn refuses raises the same RuntimeError), lower-cased names, Content-Length,
    chunked Transfer-Encoding and ``Connection: close`` handled alike. Anything else (bodies,
    a paused or closed connection, the access log) goes to uvicorn's own ``send``.
    """

    async def send(self, message: Any) -> None:
        if (
            self.response_started
            or self.disconnected
            or self.flow.write_paused
            or self.access_log
            or message["type"] != "http.response.start"
        ):
            await super().send(message)
            return
        self.response_started = True
        self.waiting_for_100_continue = False
        status_code = message["status"]
        headers = self.default_headers + list(message.get("headers", []))
        # the two patterns are character classes: one search over all names (values) finds
        # what a search of each would
        if HEADER_RE.search(b"".join([name for name, _ in headers])):
            raise RuntimeError("Invalid HTTP header name.")
        if HEADER_VALUE_RE.search(b"\t".join([value for _, value in headers])):
            raise RuntimeError("Invalid HTTP header value.")
        content = [STATUS_LINE[status_code]]
        has_connection_close = False
        for raw_name, value in headers:
            name = raw_name.lower()
            if name in _SPECIAL:
                if name == b"content-length" and self.chunked_encoding is None:
                    self.expected_content_length = int(value.decode())
                    self.chunked_encoding = False
                elif name == b"transfer-encoding" and value.lower() == b"chunked":
                    self.expected_content_length = 0
                    self.chunked_encoding = True
                elif name == b"connection":
                    connection = [token.lower().strip() for token in value.split(b",")]
                    if b"close" in connection:
                        self.keep_alive = False
                        has_connection_close = True
            content += (name, b": ", value, b"\r\n")
        if not self.keep_alive and not has_connection_close:
            content.append(b"connection: close\r\n")
        if (
            self.chunked_encoding is None
            and self.scope["method"] != "HEAD"
            and status_code not in (204, 304)
        ):
            self.chunked_encoding = True
            content.append(b"transfer-encoding: chunked\r\n")
        content.append(b"\r\n")
        self.transport.write(b"".join(content))


class CoalescingHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, writing through a :class:`_CoalescingTransport`, with
    :class:`_FastCycle` answering."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        proxy = _CoalescingTransport(transport, self.loop)
        super().connection_made(cast(asyncio.Transport, proxy))

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        # the cycle uvicorn just made has not run yet (its task starts on the next loop turn)
        cycle = self.cycle
        if cycle is not None and type(cycle) is RequestResponseCycle:
            cycle.__class__ = _FastCycle
