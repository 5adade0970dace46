"""The load's fork server: its environment, and its quick exit (which nothing else gets)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from dipld import forkserver


def test_the_fork_server_environment_is_set_only_while_it_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(forkserver.SERVER_ENV, raising=False)
    monkeypatch.setenv("PYTHONSAFEPATH", "")
    with forkserver._server_environment():
        assert os.environ[forkserver.SERVER_ENV] == "1"
        assert os.environ["PYTHONSAFEPATH"] == "1"
    assert forkserver.SERVER_ENV not in os.environ
    assert os.environ["PYTHONSAFEPATH"] == ""


def _exit_status(env: dict[str, str]) -> int:
    code = "import dipld.warmup, sys; sys.exit(3)"
    return subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode


def test_importing_warmup_keeps_a_process_exit_status() -> None:
    env = {k: v for k, v in os.environ.items() if k != forkserver.SERVER_ENV}
    assert _exit_status(env) == 3


def test_the_fork_server_exits_without_a_teardown() -> None:
    env = {**os.environ, forkserver.SERVER_ENV: "1"}
    assert _exit_status(env) == 0  # os._exit(0) from the exit handler, before anything else


def test_chunks_submitted_while_the_workers_start_come_back_in_order() -> None:
    """Submitting never waits for the workers to start: chunks are held, then sent in order."""
    import datetime as dt

    from dipld.model import Article
    from dipld.workers import Extracted, Extractor

    def article(n: int, body: str) -> Article:
        return Article(id=f"a{n}", source=f"a{n}.txt", body=body, date=dt.date(2022, 9, 2))

    bodies = ["Belarus met Russia.", "Vladimir Makei visited Moscow.", "France met Germany."]
    with Extractor(jobs=2, base="https://example.org/d/") as workers:
        pending = [workers.submit([article(n, body)]) for n, body in enumerate(bodies)]
        results = [workers.wait(p) for p in pending]
    with Extractor(jobs=1, base="https://example.org/d/") as alone:
        expected = [alone.wait(alone.submit([article(n, b)])) for n, b in enumerate(bodies)]
    assert [r[0].graph for r in results if isinstance(r[0], Extracted)] == [
        f"https://example.org/d/graph/a{n}" for n in range(3)
    ]
    assert results == expected
