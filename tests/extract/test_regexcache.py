"""The disk cache of compiled regular expressions (dipld.regexcache)."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dipld import regexcache
from dipld.regexcache import cache_file, programs

# patterns of the kinds the extractor compiles: named groups, look-arounds, flags inline and
# given, Unicode classes, alternations, possessive and lazy repeats, back-references
PATTERNS: list[tuple[str, int]] = [
    (r"(?P<who>§[SOP]\d+§)\s+(?:also\s+)?(?P<v>met|meets)\b", 0),
    (r"\b(?:condemn|denounc|criticis)\w*\s+(?!the\s+weather)(?P<what>[\w ]{1,40}?)\.", re.I),
    (r"(?<![\w§])(?=[A-Z])(?:Mr|Mrs|Dr)\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)", 0),
    (r"(?x) (?P<n>\d+(?:[.,]\d+)?) \s* (?:billion|bn|million) \b", 0),
    (r"[à-ÿāăąćčďēėęěğīįıķļłńņňōőœŕřśşšţťūůűųźżžșț]+", 0),
    (r"(\w+)\s+\1", re.IGNORECASE),
    (r"^(?:[^.;]*+);", re.MULTILINE),
    (r"(?s)\A.*?(?=---)", 0),
    (r"(?:a|b)|(?:c(?:d|e))|f", 0),
]
SAMPLES = [
    "§S0§ also met §P1§ on Friday. Mr. Jean-Pierre O’Neil said so.",
    "Russia CONDEMNED the strikes on Kyiv. It denounced the move.",
    "trade of 40.1 billion and 16,4 bn dollars, ęść and ŕ, the the end",
    "x; y; z\nfirst; second\n---\nrest",
    "abcdef ce",
]


def _compiler_in_dipld() -> Callable[[str, int], re.Pattern[str]]:
    """re.compile called from a module named like dipld's (only those are cached)."""
    scope: dict[str, Any] = {"__name__": "dipld._probe", "re": re}
    exec("def compile_(pattern, flags):\n    return re.compile(pattern, flags)\n", scope)
    return scope["compile_"]  # type: ignore[no-any-return]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for text in SAMPLES:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]
        assert a.sub("#", text) == b.sub("#", text)


class _Counting:
    """Counts the patterns re's own compiler compiles (what the cache did not answer)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        original = re._compiler.compile  # type: ignore[attr-defined]

        def counted(pattern: Any, flags: Any = 0) -> Any:
            self.count += 1
            return original(pattern, flags)

        monkeypatch.setattr(re._compiler, "compile", counted)  # type: ignore[attr-defined]


def test_programs_are_kept_and_given_back_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_ = _compiler_in_dipld()
    counting = _Counting(monkeypatch)
    re.purge()
    with programs(tmp_path):
        first = [compile_(p, f) for p, f in PATTERNS]
    assert counting.count == len(PATTERNS)
    assert cache_file(tmp_path).is_file()
    written = cache_file(tmp_path).stat().st_mtime_ns
    re.purge()  # (re's own in-memory cache would answer otherwise)
    with programs(tmp_path):
        again = [compile_(p, f) for p, f in PATTERNS]
    assert counting.count == len(PATTERNS)  # all from the disk cache
    assert cache_file(tmp_path).stat().st_mtime_ns == written  # nothing new: not rewritten
    for cached, (pattern, flags) in zip(again, PATTERNS, strict=True):
        _same(cached, re.compile(pattern, flags))
    for a, b in zip(first, again, strict=True):
        _same(a, b)


def test_only_dipld_modules_patterns_are_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    re.purge()
    with programs(tmp_path):
        re.compile(r"not (?P<ours>dipld)'s pattern")
    assert not cache_file(tmp_path).exists()
    with programs(tmp_path):
        _compiler_in_dipld()(r"(?P<ours>dipld)'s pattern", 0)
    table = marshal.loads(cache_file(tmp_path).read_bytes())
    assert list(table) == [(r"(?P<ours>dipld)'s pattern", 0)]


def test_a_corrupt_cache_file_is_rebuilt(tmp_path: Path) -> None:
    compile_ = _compiler_in_dipld()
    cache_file(tmp_path).write_bytes(b"\x00not marshal data at all\xff")
    re.purge()
    with programs(tmp_path):
        got = [compile_(p, f) for p, f in PATTERNS]
    for cached, (pattern, flags) in zip(got, PATTERNS, strict=True):
        _same(cached, re.compile(pattern, flags))
    assert len(marshal.loads(cache_file(tmp_path).read_bytes())) == len(PATTERNS)


def test_a_program_the_engine_refuses_drops_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"(?P<a>x)+y"
    bad = {(pattern, 0): (32, [1, 2, 3, 999999], 1, {"a": 1}, (None, "a"))}
    cache_file(tmp_path).write_bytes(marshal.dumps(bad))
    compile_ = _compiler_in_dipld()
    counting = _Counting(monkeypatch)
    re.purge()
    with programs(tmp_path):
        got = compile_(pattern, 0)
        other = compile_(r"z(?=q)", 0)
    assert counting.count == 2  # the refused program, then everything: compiled by re
    _same(got, re.compile(pattern))
    _same(other, re.compile(r"z(?=q)"))


def test_a_cache_folder_that_cannot_be_made_costs_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    re.purge()
    with programs(blocked / "dipld"):
        got = _compiler_in_dipld()(r"(?i)read[- ]only", 0)
    _same(got, re.compile(r"(?i)read[- ]only"))
    assert blocked.read_text() == "not a folder"


def test_re_is_restored_after_the_block(tmp_path: Path) -> None:
    original = re._compiler.compile  # type: ignore[attr-defined]
    with pytest.raises(RuntimeError), programs(tmp_path):
        raise RuntimeError("an import failed")
    assert re._compiler.compile is original  # type: ignore[attr-defined]
    assert re._compiler._sre is regexcache._sre  # type: ignore[attr-defined]


def test_extraction_is_the_same_with_a_cold_and_a_warm_cache(tmp_path: Path) -> None:
    """A real `dipld extract` process compiles and stores every program, the next one (with
    another hash seed) reads them all back, and both print the same graph."""
    root = Path(__file__).resolve().parents[2]
    articles = [str(root / "seeds" / "000_33cfb764012bfcb3.txt")]
    articles += [str(p) for p in sorted((root / "tests" / "corpus").glob("*.txt"))[:6]]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    command = [sys.executable, "-m", "dipld", "extract", "--format", "nquads", *articles]

    def run(seed: str) -> str:
        # (another hash seed each time: a pattern whose text follows a set's order would miss)
        done = subprocess.run(
            command, env={**env, "PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True
        )
        return done.stdout

    cold = run("1")
    stored = cache_file(tmp_path / "dipld")
    table = marshal.loads(stored.read_bytes())
    assert len(table) > 1000  # the extractor's patterns
    written = stored.stat().st_mtime_ns
    warm = run("2")
    assert stored.stat().st_mtime_ns == written  # every program found: nothing rewritten
    assert cold == warm
    assert cold.count("\n") > 300
