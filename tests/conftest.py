"""Shared fixtures: paths of the repository, the bundled seeds and a fresh store directory;
and ServeProcess, a real ``dipld serve`` child process for end-to-end tests."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_33cfb764012bfcb3.txt"
DIPLD = [sys.executable, "-m", "dipld"]


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def seed_article() -> Path:
    return SEED_ARTICLE


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A store directory that does not exist yet (dipld creates it on first use)."""
    return tmp_path / "store"


class ServeProcess:
    """``dipld serve --port 0`` as a child process; its URL is read from its stderr."""

    def __init__(self, store: Path, *options: str) -> None:
        self.process = subprocess.Popen(
            [*DIPLD, "serve", "--store", str(store), "--port", "0", *options],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        self.log: list[str] = []
        assert self.process.stderr is not None
        deadline = time.monotonic() + 120
        self.url = ""
        while not self.url:
            line = self.process.stderr.readline()
            if not line:
                raise RuntimeError("dipld serve exited:\n" + "".join(self.log))
            self.log.append(line)
            if "listening on " in line:
                self.url = line.split("listening on ", 1)[1].strip().rstrip("/")
            if time.monotonic() > deadline:
                raise RuntimeError("dipld serve did not start:\n" + "".join(self.log))
        self._drain = threading.Thread(target=self._read_log, daemon=True)
        self._drain.start()

    def _read_log(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.log.append(line)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        self._drain.join(10)
        if self.process.stderr is not None:
            self.process.stderr.close()
