"""Fixtures for the load tests: a store with the reference KB, a real `oxigraph serve` process."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from dipld.iri import Iris
from dipld.load import ensure_kb
from dipld.store import Writer

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "corpus"
VENV_BIN = Path(sys.executable).parent


def dump(store: ox.Store) -> list[str]:
    """Every quad of a store, as sorted N-Quads lines (for comparing two stores)."""
    data = store.dump(format=ox.RdfFormat.N_QUADS) or b""
    return sorted(data.decode("utf-8").splitlines())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def kb_store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding only the reference KB graph, published (built once per session)."""
    root = tmp_path_factory.mktemp("kb-template") / "store"
    with Writer.open(root) as writer:
        ensure_kb(writer, Iris())
        writer.publish()
    return root


@pytest.fixture
def kb_store(kb_store_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the KB-only store (installing the KB takes seconds; copying does not)."""
    target = tmp_path / "store"
    shutil.copytree(kb_store_template, target, symlinks=True)
    (target / "write.lock").unlink(missing_ok=True)
    return target


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder with the seed article and the development corpus (28 articles)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEEDS / "000_33cfb764012bfcb3.txt", folder)
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy(path, folder)
    return folder


@dataclass(frozen=True)
class OxigraphServer:
    """A running `oxigraph serve` process on a loopback port."""

    url: str

    @property
    def query(self) -> str:
        return self.url + "query"

    @property
    def update(self) -> str:
        return self.url + "update"

    @property
    def store(self) -> str:
        return self.url + "store"

    def nquads(self) -> list[str]:
        request = urllib.request.Request(self.store, headers={"Accept": "application/n-quads"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return sorted(response.read().decode("utf-8").splitlines())


def _wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "query?query=ASK%7B%7D", timeout=1):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise RuntimeError("oxigraph serve did not start within 30 s")


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    """A real `oxigraph serve` (PyPI package `oxigraph`) on a free loopback port, on disk."""
    binary = VENV_BIN / "oxigraph"
    if not binary.exists():
        found = shutil.which("oxigraph")
        if found is None:
            pytest.skip("the `oxigraph` binary (PyPI package oxigraph) is not installed")
        binary = Path(found)
    port = free_port()
    process = subprocess.Popen(
        [str(binary), "serve", "--location", str(tmp_path / "oxigraph"), "--bind",
         f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_ready(url, process)
        yield OxigraphServer(url)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
