"""The example queries of the query and home pages: the bundled ``queries/*.rq``.

Read through :mod:`dipld.queries` (the package's copy of ``queries/``), each bound with its
parameters' defaults so it runs as shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dipld.errors import DipldError
from dipld.queries import bind, list_queries


@dataclass(frozen=True, slots=True)
class Example:
    name: str
    title: str
    description: str
    text: str


@cache
def examples() -> tuple[Example, ...]:
    """The bundled queries, ready to run (none when the package ships none); read at the first
    request that needs them (the package's files do not change while it runs)."""
    try:
        queries = list_queries()
    except (OSError, DipldError):
        return ()
    out: list[Example] = []
    for query in queries:
        try:
            text = bind(query).text
        except DipldError:
            text = query.text
        out.append(Example(query.name, query.title or query.name, query.description, text))
    return tuple(out)


def example(name: str) -> Example | None:
    return next((e for e in examples() if e.name == name), None)
