"""HTTP-only failures of the server, as part of the one DipldError tree."""

from __future__ import annotations

from dipld.errors import DipldError


class NotAcceptable(DipldError):
    """No representation the client accepts exists (406)."""

    http_status = 406


class MethodNotAllowed(DipldError):
    """The route does not support the request method (405); carries the allowed methods."""

    http_status = 405

    def __init__(self, message: str, *, allow: tuple[str, ...], where: str | None = None) -> None:
        super().__init__(message, where=where)
        self.allow = allow


class UnsupportedMediaType(DipldError):
    """The request body's Content-Type is not one the route takes (415)."""

    http_status = 415


class Unauthorized(DipldError):
    """A write came without the right bearer token (401)."""

    http_status = 401


class ServerBusy(DipldError):
    """Every query worker stayed busy for the whole time limit (503)."""

    http_status = 503


class ClientDisconnected(DipldError):
    """The client closed the connection before its answer was ready (logged as 499)."""

    http_status = 499
