"""The one error tree: every expected failure is a DipldError carrying an exit code and HTTP status.

Messages say where, what, and what to do, e.g.
``seeds/x.txt: no publication date found; add "date: YYYY-MM-DD" to the front matter``.
The CLI prints ``error: <message>`` and exits with ``exit_code``; the web app answers
with ``http_status``. Anything that is not a DipldError is a bug and shows its traceback.
"""

from __future__ import annotations


class DipldError(Exception):
    """Base class of every expected dipld failure."""

    exit_code: int = 1
    http_status: int = 500

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}" if where else message)


class UsageError(DipldError):
    """The user asked for something that cannot work (bad option value, bad argument)."""

    exit_code = 2
    http_status = 400


class SettingError(UsageError):
    """A setting (CLI option or DIPLD_* variable) has a value that is not allowed."""


class InputError(DipldError):
    """An input file or stream cannot be read or parsed (not UTF-8, binary, empty, bad date...)."""

    http_status = 400


class InputTooLarge(InputError):
    """An input exceeds a configured size limit."""

    http_status = 413


class RdfSyntaxError(InputError):
    """An RDF document does not parse; the message names the line and column."""


class QueryError(DipldError):
    """A SPARQL query or update is malformed or uses a refused feature."""

    http_status = 400


class QueryTimeout(DipldError):
    """A query ran past its time limit and was stopped."""

    http_status = 503


class QueryTooExpensive(DipldError):
    """A query exceeded its memory bound and was stopped."""

    http_status = 503


class StoreError(DipldError):
    """The store cannot be opened, locked or written."""

    http_status = 503


class StoreBusy(StoreError):
    """Another writer holds the store's write lock."""


class RemoteError(DipldError):
    """A remote SPARQL endpoint or Graph Store failed after the configured retries."""

    http_status = 502


class NotFound(DipldError):
    """A requested resource (article, graph, query name) does not exist."""

    http_status = 404


class Forbidden(DipldError):
    """The operation needs a write token or an opt-in setting that is missing."""

    http_status = 403
