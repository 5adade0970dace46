"""HTTP content negotiation: pick the best format of a family for an ``Accept`` header.

Honours q-values (RFC 9110 §12.5.1), wildcards (``type/*``, ``*/*``), the most specific
matching range deciding a type's quality, ``q=0`` as "not acceptable", and media-range
parameters: a range with parameters other than ``q`` matches only when every parameter is one
our representation has (``charset=utf-8``). Ties go to the more specific range, then to the
family's order (the first format is the server's preference).

>>> from dipld.serve.formats import RESULT_FORMATS, GRAPH_FORMATS
>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_FORMATS).name
'xml'
>>> negotiate("*/*", GRAPH_FORMATS).name
'turtle'
>>> negotiate("text/*;q=0.1, text/csv;q=0, text/xml;q=0", RESULT_FORMATS).name
'tsv'
>>> negotiate("image/png", RESULT_FORMATS) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dipld.serve.formats import Format, FormatFamily

#: parameters our representations carry (all text is UTF-8)
_OUR_PARAMS = {"charset": "utf-8"}


@dataclass(frozen=True, slots=True)
class MediaRange:
    type: str
    subtype: str
    params: tuple[tuple[str, str], ...]
    q: float

    @property
    def specificity(self) -> int:
        if self.type == "*":
            return 0
        if self.subtype == "*":
            return 1
        return 3 if self.params else 2

    def matches(self, media_type: str) -> bool:
        mtype, _, msub = media_type.partition("/")
        if self.type not in ("*", mtype):
            return False
        if self.subtype not in ("*", msub):
            return False
        return all(_OUR_PARAMS.get(k) == v for k, v in self.params)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


@lru_cache(maxsize=512)
def parse_accept(header: str) -> tuple[MediaRange, ...]:
    """The media ranges of an Accept header; malformed entries are skipped (RFC 9110 leniency)."""
    ranges: list[MediaRange] = []
    for item in header.split(","):
        parts = item.split(";")
        mtype, sep, subtype = parts[0].strip().lower().partition("/")
        if not sep or not mtype or not subtype:
            continue
        q = 1.0
        params: list[tuple[str, str]] = []
        for param in parts[1:]:
            key, eq, value = param.partition("=")
            key = key.strip().lower()
            if not eq:
                continue
            if key == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0
                break  # accept-extensions after q are not media-type parameters
            params.append((key, _unquote(value).lower()))
        ranges.append(MediaRange(mtype, subtype, tuple(params), q))
    return tuple(ranges)


def quality(media_type: str, ranges: tuple[MediaRange, ...]) -> tuple[float, int]:
    """(q, specificity) of the most specific range matching this media type; (0, -1) if none."""
    best: MediaRange | None = None
    for rng in ranges:
        if rng.matches(media_type) and (best is None or rng.specificity > best.specificity):
            best = rng
    if best is None:
        return 0.0, -1
    return best.q, best.specificity


@lru_cache(maxsize=1024)
def negotiate(accept: str | None, family: FormatFamily) -> Format | None:
    """The best acceptable format of the family, or None when the client accepts none of them."""
    if accept is None or not accept.strip():
        return family.default
    ranges = parse_accept(accept)
    if not ranges:
        return family.default
    best: Format | None = None
    best_key = (0.0, -1)
    for fmt in family.formats:
        key = max(quality(mt, ranges) for mt in fmt.media_types)
        if key[0] > 0 and key > best_key:
            best, best_key = fmt, key
    return best
