"""``dipld kb build`` and ``dipld kb info``, run as the real command in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dipld.kb.index import build_index


def _dipld(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "dipld", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_kb_info_prints_version_counts_and_sources(tmp_path: Path) -> None:
    run = _dipld("kb", "info", cache=tmp_path)
    assert run.returncode == 0, run.stderr
    version = build_index().version
    assert f"version: {version}" in run.stdout
    assert "  state: 280" in run.stdout
    assert "S7: supraverden" in run.stdout and "by-sa/4.0" in run.stdout


def test_kb_build_writes_the_file(tmp_path: Path) -> None:
    mini = Path(__file__).resolve().parent / "fixtures" / "wikidata-mini"
    out = tmp_path / "out" / "kb.nt.gz"
    run = _dipld("kb", "build", "--from", str(mini), "-o", str(out), cache=tmp_path)
    assert run.returncode == 0, run.stderr
    assert out.is_file()
    assert f"wrote {out}" in run.stderr and "left out:" in run.stderr
    assert run.stdout == ""


def test_kb_build_from_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    run = _dipld("kb", "build", "--from", str(tmp_path / "nope"), "-o", str(tmp_path / "x.gz"),
                 cache=tmp_path)  # fmt: skip
    assert run.returncode == 2
    assert "error: --from" in run.stderr and "not a folder" in run.stderr


def test_kb_build_from_an_empty_folder_is_an_input_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    run = _dipld("kb", "build", "--from", str(empty), "-o", str(tmp_path / "x.gz"), cache=tmp_path)
    assert run.returncode == 1
    assert "countries.csv: not found" in run.stderr
    assert not (tmp_path / "x.gz").exists()
