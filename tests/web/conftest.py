"""Fixtures of the Linked Data page tests: a real store and a real ``dipld serve`` process.

The store holds the bundled seed article, a hostile article (HTML and script in its title,
publisher and text) and the reference KB, loaded with ``dipld load`` as a user would. One
``dipld serve --port 0`` process serves it for the whole session.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ..conftest import ServeProcess

ROOT = Path(__file__).resolve().parents[2]
DIPLD = [sys.executable, "-m", "dipld"]
HOSTILE_ID = "hostile-article"

#: an article whose title, publisher and text try to inject markup and script into the pages
HOSTILE = """\
title: <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2;alert('title')"> \
Belarus & Russia talks
date: 2022-09-05
publisher: <b onmouseover="window.__pwned=5">Evil</b> Press
---
Minsk, 5 September 2022: Belarus and Russia are members of the Collective Security Treaty \
Organization <script>window.__pwned = 3; alert("body")</script>.

The Foreign Minister of Belarus, Vladimir Makei, met the Ambassador of Russia to Belarus, Boris \
Gryzlov, in Minsk <img src=x onerror="window.__pwned=4;alert('img')"> on Monday.

"</textarea></pre><svg onload="window.__pwned=6;alert(9)">" said nobody; ]]> --> <!-- & &amp; &lt;
"""


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the seeds, the hostile article and the reference KB, loaded by the CLI."""
    base = tmp_path_factory.mktemp("web")
    articles = base / "articles"
    articles.mkdir()
    (articles / f"{HOSTILE_ID}.txt").write_text(HOSTILE, encoding="utf-8")
    store = base / "store"
    for source in (ROOT / "seeds", articles):
        done = subprocess.run(
            [*DIPLD, "load", str(source), "--store", str(store), "-q"],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    return store


@pytest.fixture(scope="session")
def served(web_store: Path) -> Iterator[ServeProcess]:
    server = ServeProcess(web_store, "--query-workers", "2", "-q")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def base_url(served: ServeProcess) -> str:
    return served.url


@pytest.fixture
def http(served: ServeProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served.url, timeout=120, follow_redirects=False) as client:
        yield client
