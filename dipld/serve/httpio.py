"""Raw ASGI input and output for the hot path: headers, bounded bodies, answers, CORS, gzip.

``/sparql`` is answered by a plain ASGI callable rather than through the framework's request,
routing and middleware objects, which cost more than the query itself for point lookups. This
module holds the few pieces it needs; other routes use Starlette as usual.

>>> a = Answer(200, {"Content-Type": "text/plain"}, b"x" * 2000)
>>> compress(a, "gzip, br").headers["Content-Encoding"]
'gzip'
>>> compress(a, "identity").body == a.body
True
"""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from dataclasses import dataclass, replace

from starlette.types import Message, Receive, Scope, Send

from dipld.errors import DipldError, InputTooLarge, StoreBusy
from dipld.serve.errors import MethodNotAllowed, ServerBusy, Unauthorized

#: responses at least this long are gzipped for clients that accept it
GZIP_MINIMUM = 1024
GZIP_LEVEL = 5

#: headers a browser script may read from a cross-origin response
EXPOSED_HEADERS = (
    "ETag",
    "Last-Modified",
    "Content-Disposition",
    "Retry-After",
    "X-Dipld-Dataset-Version",
    "X-Dipld-Rows",
    "X-Dipld-Truncated",
    "X-Dipld-Result-Limit",
)


@dataclass(frozen=True, slots=True)
class Answer:
    """An HTTP response before it is sent."""

    status: int
    headers: dict[str, str]
    body: bytes = b""


def request_headers(scope: Scope) -> dict[str, str]:
    """Lower-cased header names to values; repeated headers joined with ', ' (RFC 9110 §5.3)."""
    out: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


def _too_large(limit: int, size: str) -> InputTooLarge:
    return InputTooLarge(
        f"the request body has {size} bytes, over the limit of {limit}; send a smaller request "
        "or ask the operator to raise --max-request-bytes"
    )


async def read_body(receive: Receive, headers: Mapping[str, str], limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit, declared)
    chunks: list[bytes] = []
    size = 0
    while True:
        message: Message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _too_large(limit, f"more than {limit}")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def error_answer(exc: DipldError) -> Answer:
    """A DipldError as a plain-text answer with its status and the headers the status needs."""
    headers = {"Content-Type": "text/plain; charset=utf-8"}
    if isinstance(exc, MethodNotAllowed):
        headers["Allow"] = ", ".join(exc.allow)
    if isinstance(exc, Unauthorized):
        headers["WWW-Authenticate"] = 'Bearer realm="dipld"'
    if isinstance(exc, ServerBusy | StoreBusy):
        headers["Retry-After"] = "5"
    return Answer(exc.http_status, headers, f"{exc}\n".encode())


def cors(answer: Answer, origin: str | None, allowed: tuple[str, ...]) -> Answer:
    """Add the CORS headers of a simple (non-preflight) cross-origin request."""
    if origin is None:
        return answer
    headers = dict(answer.headers)
    if "*" in allowed:
        headers["Access-Control-Allow-Origin"] = "*"
    elif origin in allowed:
        headers["Access-Control-Allow-Origin"] = origin
        headers["Vary"] = f"{headers['Vary']}, Origin" if "Vary" in headers else "Origin"
    else:
        return answer
    headers["Access-Control-Expose-Headers"] = ", ".join(EXPOSED_HEADERS)
    return replace(answer, headers=headers)


def compress(answer: Answer, accept_encoding: str | None) -> Answer:
    """Gzip a long enough body when the client accepts gzip."""
    if (
        len(answer.body) < GZIP_MINIMUM
        or not accept_encoding
        or "gzip" not in accept_encoding.lower()
        or "Content-Encoding" in answer.headers
    ):
        return answer
    headers = dict(answer.headers)
    headers["Content-Encoding"] = "gzip"
    vary = headers.get("Vary")
    headers["Vary"] = f"{vary}, Accept-Encoding" if vary else "Accept-Encoding"
    return Answer(answer.status, headers, gzip.compress(answer.body, GZIP_LEVEL, mtime=0))


#: header names as sent (lower-cased bytes), memoised: the same dozen names on every answer
_RAW_NAMES: dict[str, bytes] = {}


def _raw_name(name: str) -> bytes:
    raw = _RAW_NAMES.get(name)
    if raw is None:
        raw = name.lower().encode("latin-1")
        if len(_RAW_NAMES) < 256:
            _RAW_NAMES[name] = raw
    return raw


async def send_answer(send: Send, answer: Answer, *, head: bool = False) -> int:
    """Send an answer; the number of body bytes sent."""
    names = _RAW_NAMES
    raw = [(names.get(k) or _raw_name(k), v.encode("latin-1")) for k, v in answer.headers.items()]
    if answer.status != 304:
        raw.append((b"content-length", str(len(answer.body)).encode("ascii")))
    await send({"type": "http.response.start", "status": answer.status, "headers": raw})
    body = b"" if head or answer.status == 304 else answer.body
    await send({"type": "http.response.body", "body": body})
    return len(body)


def base_url(scope: Scope, headers: Mapping[str, str]) -> str:
    """The URL of the server root as the client addressed it, ending in '/'."""
    scheme = scope.get("scheme", "http")
    host = headers.get("host")
    if host is None:
        server = scope.get("server")
        host = f"{server[0]}:{server[1]}" if server else "localhost"
    root = scope.get("root_path", "").rstrip("/")
    return f"{scheme}://{host}{root}/"
