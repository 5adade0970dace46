"""``dipld serve`` as a command: help, bad settings and a busy port fail at start-up with exit 2."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

DIPLD = [sys.executable, "-m", "dipld"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*DIPLD, *args], capture_output=True, text=True, timeout=120, check=False)


def test_help_lists_every_serve_setting() -> None:
    from dipld.cli.serve import OPTIONS
    from dipld.settings import BY_NAME

    result = run("serve", "--help")
    assert result.returncode == 0
    for name in OPTIONS:
        assert BY_NAME[name].option in result.stdout


def test_bad_setting_is_a_usage_error(tmp_path: Path) -> None:
    result = run("serve", "--store", str(tmp_path / "s"), "--query-timeout", "zero")
    assert result.returncode == 2
    assert "setting query_timeout (--query-timeout / DIPLD_QUERY_TIMEOUT): 'zero'" in result.stderr


def test_busy_port_is_a_usage_error(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = run("serve", "--store", str(tmp_path / "s"), "--port", str(port))
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
