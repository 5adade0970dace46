"""Fixtures for the query tests: the seeds loaded into a real store, and two real SPARQL servers
on it (a `dipld serve` process, an `oxigraph serve` process loaded with the same quads)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dipld.cli import cli

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DIPLD = [sys.executable, "-m", "dipld"]
VENV_BIN = Path(sys.executable).parent


def dipld(
    *args: str, stdin: bytes | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[bytes]:
    """Run the real `dipld` command line in a child process."""
    return subprocess.run(
        [*DIPLD, *args], input=stdin, capture_output=True, timeout=timeout, check=False
    )


def run(*args: str, stdin: bytes | None = None) -> Result:
    """Run the `dipld` command line in this process (faster than a child; same code)."""
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store loaded from seeds/ with `dipld load` (the reference KB included)."""
    store = tmp_path_factory.mktemp("queries") / "store"
    done = dipld("load", str(SEEDS), "--store", str(store), "-q", timeout=600)
    assert done.returncode == 0, done.stderr.decode()
    return store


@dataclass
class Server:
    """A server process and its SPARQL endpoint URL."""

    process: subprocess.Popen[bytes]
    endpoint: str
    log: list[str]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _drain(process: subprocess.Popen[bytes], log: list[str]) -> None:
    assert process.stderr is not None
    for line in process.stderr:
        log.append(line.decode("utf-8", "replace"))


@pytest.fixture(scope="session")
def dipld_endpoint(seeds_store: Path) -> Iterator[str]:
    """A real `dipld serve` process on the seeds store; its /sparql URL."""
    process = subprocess.Popen(
        [*DIPLD, "serve", "--store", str(seeds_store), "--port", "0", "--query-workers", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    log: list[str] = []
    url = ""
    deadline = time.monotonic() + 120
    while not url:
        line = process.stderr.readline().decode("utf-8", "replace")
        if not line:
            raise RuntimeError("dipld serve exited:\n" + "".join(log))
        log.append(line)
        if "listening on " in line:
            url = line.split("listening on ", 1)[1].strip()
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("dipld serve did not start:\n" + "".join(log))
    drain = threading.Thread(target=_drain, args=(process, log), daemon=True)
    drain.start()
    server = Server(process, url + "sparql", log)
    try:
        yield server.endpoint
    finally:
        server.stop()
        drain.join(5)
        process.stderr.close()


def _oxigraph_binary() -> Path:
    binary = VENV_BIN / "oxigraph"
    if binary.exists():
        return binary
    found = shutil.which("oxigraph")
    if found is None:
        pytest.skip("the `oxigraph` binary (PyPI package oxigraph) is not installed")
    return Path(found)


@pytest.fixture(scope="session")
def oxigraph_endpoint(seeds_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `oxigraph serve-read-only --union-default-graph` holding the seeds store's named
    graphs (exported with `dipld export --format nquads`, loaded with `oxigraph load`)."""
    binary = _oxigraph_binary()
    folder = tmp_path_factory.mktemp("oxigraph")
    dump = folder / "seeds.nq"
    exported = dipld("export", "--store", str(seeds_store), "--format", "nquads", "-o", str(dump))
    assert exported.returncode == 0, exported.stderr.decode()
    location = folder / "db"
    loaded = subprocess.run(
        [str(binary), "load", "--location", str(location), "--file", str(dump)],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert loaded.returncode == 0, loaded.stderr.decode()
    port = free_port()
    process = subprocess.Popen(
        [
            str(binary),
            "serve-read-only",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2):
                break
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("oxigraph serve did not start within 60 s") from None
            time.sleep(0.1)
    server = Server(process, url, [])
    try:
        yield server.endpoint
    finally:
        server.stop()
