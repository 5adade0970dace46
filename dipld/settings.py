"""The one settings table: each setting's name, type, default and help; CLI > env > default.

Each setting is read from a CLI option when one is given, else from the ``DIPLD_<NAME>``
environment variable, else its default. A bad value fails at start-up with a message naming
the key, the value and what is allowed.

>>> s = Settings.resolve({"query_timeout": "2.5"}, env={})
>>> s.query_timeout
2.5
>>> Settings.resolve({}, env={"DIPLD_HOST": "0.0.0.0"}).host
'0.0.0.0'
>>> Settings.resolve({"jobs": "zero"}, env={})
Traceback (most recent call last):
...
dipld.errors.SettingError: setting jobs (--jobs / DIPLD_JOBS): 'zero' is not an integer >= 1
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dipld.errors import SettingError


def _int(low: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            raise ValueError(f"is not an integer >= {low}") from None
        if value < low:
            raise ValueError(f"is not an integer >= {low}")
        return value

    parse.__doc__ = f"an integer >= {low}"
    return parse


def _float(low: float) -> Callable[[str], float]:
    def parse(raw: str) -> float:
        try:
            value = float(raw)
        except ValueError:
            raise ValueError(f"is not a number > {low}") from None
        if not value > low:
            raise ValueError(f"is not a number > {low}")
        return value

    return parse


def _bool(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError("is not a boolean (true/false, 1/0, yes/no, on/off)")


def _base(raw: str) -> str:
    parts = urlsplit(raw)
    if parts.scheme not in {"http", "https"} or not parts.netloc or not raw.endswith("/"):
        raise ValueError("is not an absolute http(s) IRI ending in '/'")
    if any(c in raw for c in '<>"{}|\\^` '):
        raise ValueError("contains characters not allowed in an IRI")
    return raw


def _str(raw: str) -> str:
    return raw


def _path(raw: str) -> Path:
    if not raw:
        raise ValueError("is empty")
    return Path(raw)


def _size(raw: str) -> int:
    """Parse sizes like ``5MB``, ``512k``, ``1048576``."""
    text = raw.strip().upper().removesuffix("B").removesuffix("I")
    factor = 1
    for suffix, mult in (("K", 1 << 10), ("M", 1 << 20), ("G", 1 << 30)):
        if text.endswith(suffix):
            text, factor = text[:-1], mult
            break
    try:
        value = int(float(text) * factor)
    except ValueError:
        raise ValueError("is not a size (e.g. 5MB, 512KB, 1048576)") from None
    if value <= 0:
        raise ValueError("is not a positive size")
    return value


def _origins(raw: str) -> str:
    if raw != "*" and any(not urlsplit(o.strip()).scheme for o in raw.split(",") if o.strip()):
        raise ValueError("is not '*' or a comma-separated list of origins (https://host)")
    return raw


#: Triples ``dipld load`` writes per batch by default (one write call, each graph atomic in it).
BATCH_TRIPLES = 50_000


@dataclass(frozen=True)
class Setting:
    """One row of the settings table."""

    name: str
    default: str
    parse: Callable[[str], Any]
    help: str
    allowed: str

    @property
    def env(self) -> str:
        return f"DIPLD_{self.name.upper()}"

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")


TABLE: tuple[Setting, ...] = (
    Setting(
        "base",
        "https://w3id.org/dipld/",
        _base,
        "Base IRI of every data IRI (articles, facts, graphs, unlinked entities).",
        "an absolute http(s) IRI ending in '/'",
    ),
    Setting(
        "store",
        "./dipld-data",
        _path,
        "Directory of the embedded on-disk store.",
        "a directory path",
    ),
    Setting(
        "jobs",
        str(os.cpu_count() or 1),
        _int(1),
        "Worker processes for extraction during a load.",
        "an integer >= 1",
    ),
    Setting(
        "max_article_bytes",
        "4MB",
        _size,
        "Largest article (or RDF file) a load accepts.",
        "a size such as 4MB",
    ),
    Setting(
        "host", "127.0.0.1", _str, "Interface `dipld serve` binds to.", "a host name or IP address"
    ),
    Setting(
        "port",
        "8000",
        _int(0),
        "TCP port `dipld serve` listens on (0 picks a free one).",
        "an integer >= 0",
    ),
    Setting(
        "public_url",
        "",
        _str,
        "Public URL of the server when behind a reverse proxy (used in VoID and links).",
        "an absolute http(s) URL or empty",
    ),
    Setting(
        "query_timeout",
        "30",
        _float(0.0),
        "Seconds a SPARQL query may run before it is stopped.",
        "a number > 0",
    ),
    Setting(
        "query_memory",
        "2GB",
        _size,
        "Memory one SPARQL query worker may use before the query is stopped.",
        "a size such as 2GB",
    ),
    Setting(
        "result_limit",
        "100000",
        _int(1),
        "Most rows (or triples) a query returns; a truncated result is signalled.",
        "an integer >= 1",
    ),
    Setting(
        "max_request_bytes",
        "1MB",
        _size,
        "Largest request body the server accepts.",
        "a size such as 1MB",
    ),
    Setting(
        "query_workers",
        "2",
        _int(1),
        "Query worker processes `dipld serve` runs.",
        "an integer >= 1",
    ),
    Setting(
        "write_token",
        "",
        _str,
        "Bearer token that enables SPARQL Update and Graph Store writes on `dipld serve`.",
        "a string (empty disables writes)",
    ),
    Setting(
        "allow_service",
        "false",
        _bool,
        "Allow SPARQL SERVICE calls to other endpoints.",
        "true or false",
    ),
    Setting(
        "cors_origins",
        "*",
        _origins,
        "Origins allowed by CORS ('*' for any).",
        "'*' or comma-separated origins",
    ),
)

BY_NAME: dict[str, Setting] = {s.name: s for s in TABLE}


@dataclass(frozen=True)
class Settings:
    """Resolved, typed settings."""

    base: str
    store: Path
    jobs: int
    max_article_bytes: int
    host: str
    port: int
    public_url: str
    query_timeout: float
    query_memory: int
    result_limit: int
    max_request_bytes: int
    query_workers: int
    write_token: str
    allow_service: bool
    cors_origins: str

    @classmethod
    def resolve(
        cls, options: Mapping[str, str | None] | None = None, env: Mapping[str, str] | None = None
    ) -> Settings:
        """Resolve each setting: CLI option (when not None), then DIPLD_* variable, then default."""
        options = options or {}
        env = os.environ if env is None else env
        unknown = set(options) - set(BY_NAME)
        if unknown:
            raise SettingError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {}
        for setting in TABLE:
            raw = options.get(setting.name)
            if raw is None:
                raw = env.get(setting.env, setting.default)
            try:
                values[setting.name] = setting.parse(str(raw))
            except ValueError as exc:
                raise SettingError(
                    f"setting {setting.name} ({setting.option} / {setting.env}): {raw!r} {exc}"
                ) from None
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
