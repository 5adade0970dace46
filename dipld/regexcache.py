"""A disk cache of the extractor's compiled regular expressions (its ``.pyc`` for patterns).

Importing the extraction modules compiles ~1,200 regular expressions, some of them very large
(the title and name patterns), and CPython's ``re`` parses and compiles each one in Python:
~0.5 s of every process that extracts (``dipld extract``, each ``dipld load``'s fork server),
more than half of its start-up. The compiler's output, the program the C matching engine runs,
is plain data (a list of integers, the group names), so this module keeps it on disk and hands
it straight to the engine (``_sre.compile``) the next time the same pattern is compiled.

Only patterns compiled by dipld's own modules, inside :func:`programs`, are cached; everything
else goes to ``re`` untouched. The cache file is keyed by the interpreter's exact version and
the engine's ``MAGIC``, so a program is only ever given to the engine that produced it, and an
entry is keyed by the pattern's text and flags, so editing a pattern just misses. A missing,
unreadable or corrupt file costs the compile it would have saved, nothing more, and a cache
folder that cannot be written is used read-only or not at all.

The engine validates every program it is given, as it does for ``re``'s own output, and a
program it refuses drops the whole cache for the rest of the process.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from dipld.kb.index import cache_dir

# An entry: the arguments ``re`` gives the engine after the pattern (flags, program, number of
# groups, group names by name and by index).
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

# ``_sre`` is the C engine that ``re`` compiles for. Typeshed has no stubs for it, so it is
# imported by name and typed as Any. The one function used here, ``compile``, takes what ``re``
# itself passes it.
_sre: Any = importlib.import_module("_sre")
_compiler: Any = getattr(re, "_compiler", None)  # re's pure-Python compiler (3.11+)
_lock = threading.Lock()
_local = threading.local()


def cache_file(folder: Path | None = None) -> Path:
    """The cache file of this interpreter: one per exact Python version and engine."""
    tag = f"{sys.version}|{getattr(_sre, 'MAGIC', 0)}|{sys.implementation.cache_tag}"
    key = hashlib.sha256(tag.encode()).hexdigest()[:12]
    return (folder if folder is not None else cache_dir()) / f"regex-programs-{key}.marshal"


def _read(path: Path) -> dict[tuple[str, int], _Program]:
    try:
        # our own cache file, written below (as the KB index's pickle); a corrupt one is ignored
        found = marshal.loads(path.read_bytes())  # noqa: S302
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def _write(path: Path, table: dict[tuple[str, int], _Program]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(table))
        tmp.replace(path)
    except (OSError, ValueError):
        pass  # a read-only or full cache folder: the programs are compiled next time too


def _from_dipld() -> bool:
    """Whether the ``re.compile`` being served was called from one of dipld's modules."""
    # past this function, _Cache.compile and the hook: re._compile, then re.compile (or
    # re.match ...), then their caller
    frame: FrameType | None = sys._getframe(3)
    for _ in range(3):
        if frame is None:
            return False
        name = frame.f_globals.get("__name__", "")
        if name.startswith("dipld."):
            return True
        if name != "re":
            return False
        frame = frame.f_back
    return False


class _Recorder:
    """Stands in for ``_sre`` inside ``re``'s compiler for one call, to keep the arguments of
    the program it builds (this thread's call only)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, *args: Any) -> re.Pattern[Any]:
        if getattr(_local, "recording", False):
            _local.recorded = args
        compiled: re.Pattern[Any] = _sre.compile(*args)
        return compiled


class _Cache:
    """The programs read from the cache file, and what this process used and added."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.table = _read(path)
        self.used: set[tuple[str, int]] = set()
        self.added = 0
        self.broken = False

    def compile(self, original: Any, pattern: Any, flags: Any) -> re.Pattern[Any]:
        if self.broken or not isinstance(pattern, str) or flags & re.DEBUG or not _from_dipld():
            return original(pattern, flags)  # type: ignore[no-any-return]
        key = (pattern, int(flags))
        program = self.table.get(key)
        if program is not None:
            try:
                compiled = _sre.compile(pattern, *program)
            except (TypeError, ValueError, RuntimeError, OverflowError):
                self.broken = True  # not a program this engine accepts: no cache at all
                self.table.clear()
                return original(pattern, flags)  # type: ignore[no-any-return]
            self.used.add(key)
            return compiled  # type: ignore[no-any-return]
        _local.recording, _local.recorded = True, None
        try:
            compiled = original(pattern, flags)
        finally:
            _local.recording = False
        args = _local.recorded
        if args is not None and args[0] is pattern and len(args) == 6:
            extra, code, groups, by_name, by_index = args[1:]
            self.table[key] = (
                int(extra),
                [int(c) for c in code],
                int(groups),
                dict(by_name),
                tuple(by_index),
            )
            self.used.add(key)
            self.added += 1
        return compiled  # type: ignore[no-any-return]

    def save(self) -> None:
        """Write the file when this process compiled something new: what it used, plus what
        the file held unless that outgrew twice what it used (patterns edited away)."""
        if not self.added or self.broken:
            return
        table = self.table
        if len(table) > 2 * len(self.used):
            table = {k: v for k, v in table.items() if k in self.used}
        _write(self.path, table)


@contextlib.contextmanager
def programs(folder: Path | None = None) -> Iterator[None]:
    """Compile dipld's regular expressions from the cache while the block runs (imports of the
    extraction modules), and save the programs compiled anew at its end."""
    if _compiler is None or not hasattr(_compiler, "compile") or not hasattr(_compiler, "_sre"):
        yield  # another interpreter's re: nothing to hook
        return
    with _lock:
        cache = _Cache(cache_file(folder))
        original = _compiler.compile

        def hooked(pattern: Any, flags: Any = 0) -> re.Pattern[Any]:
            return cache.compile(original, pattern, flags)

        _compiler.compile, _compiler._sre = hooked, _Recorder()
        try:
            yield
        finally:
            _compiler.compile, _compiler._sre = original, _sre
            cache.save()
