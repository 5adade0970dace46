"""The HTTP/1.1 connection under uvicorn: httptools parsing, and one send per response.

uvicorn writes a response's status line and headers as soon as the app sends
``http.response.start``, and its body on ``http.response.body``: two ``send()`` calls, two
packets, and for a client on another process two wake-ups, for an answer of a few hundred
bytes. :class:`CoalescingHttpProtocol` gives uvicorn's httptools protocol a transport that
holds the writes made during one turn of the event loop and sends them together at the end
of it (``loop.call_soon``), so a small answer leaves in one ``send()``. Order is kept (every
write goes through the same buffer), ``close()`` sends what is held first, and everything
else (flow control, peer address, closing) is the real transport's.
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


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


class CoalescingHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, writing through a :class:`_CoalescingTransport`."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        proxy = _CoalescingTransport(transport, self.loop)
        super().connection_made(cast(asyncio.Transport, proxy))
