"""Fixtures of the server tests: a small real store on disk and the app driven in-process."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import uvicorn

from dipld.iri import DIPLD, ORG, PROV, SCHEMA, Iris, wd
from dipld.serve.app import create_app
from dipld.settings import Settings
from dipld.store import Writer

IRIS = Iris()
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = "http://www.w3.org/2001/XMLSchema#"
#: (article id, headline, date, member state QID, organisation QID)
ARTICLES = (
    ("art-1", "Belarus and Russia meet", "2022-09-02", "Q184", "Q7184"),
    ("art-2", "Armenia joins the talks", "2022-05-03", "Q399", "Q7184"),
    ("art-3", "Mexico and the US agree", "2021-07-12", "Q96", "Q1065"),
)


def n(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def article_triples(
    article_id: str, headline: str, date: str, state: str, org: str
) -> list[ox.Triple]:
    art = n(IRIS.article(article_id))
    fact = n(IRIS.fact(article_id, 1))
    day = ox.Literal(date, datatype=ox.NamedNode(XSD + "date"))
    return [
        ox.Triple(art, RDF_TYPE, n(DIPLD.Article)),
        ox.Triple(art, n(SCHEMA.headline), ox.Literal(headline, language="en")),
        ox.Triple(art, n(SCHEMA.datePublished), day),
        ox.Triple(fact, RDF_TYPE, n(DIPLD.Membership)),
        ox.Triple(fact, n(ORG.member), n(wd(state))),
        ox.Triple(fact, n(ORG.organization), n(wd(org))),
        ox.Triple(fact, n(PROV.wasDerivedFrom), art),
        ox.Triple(fact, n(DIPLD.observedOn), day),
        ox.Triple(n(wd(state)), n(ORG.memberOf), n(wd(org))),
    ]


def fill_store(root: Path, articles: tuple[tuple[str, str, str, str, str], ...] = ARTICLES) -> str:
    with Writer.open(root) as writer:
        writer.replace_graphs([(n(IRIS.graph(a[0])), article_triples(*a)) for a in articles])
        return writer.publish()


@pytest.fixture(scope="session")
def articles() -> tuple[tuple[str, str, str, str, str], ...]:
    return ARTICLES


@pytest.fixture(scope="session")
def filled_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("serve") / "store"
    fill_store(root)
    return root


def settings_for(root: Path, **overrides: str) -> Settings:
    options: dict[str, str | None] = {"store": str(root), "query_workers": "2"}
    options.update(overrides)
    return Settings.resolve(options, env={})


class InProcessServer:
    """The app under uvicorn in a thread of the test process, on a free loopback port."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.app = create_app(settings)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(self.app, access_log=False, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]})

    def __enter__(self) -> InProcessServer:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the in-process server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(30)
        self.sock.close()

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60)


@pytest.fixture(scope="session")
def server(filled_store: Path) -> Iterator[InProcessServer]:
    """A read-only server on the shared store, result limit 2 (tests must not write to it)."""
    with InProcessServer(settings_for(filled_store, result_limit="2")) as srv:
        yield srv


@pytest.fixture(scope="session")
def server_url(server: InProcessServer) -> str:
    return server.url


@pytest.fixture
def client(server: InProcessServer) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


ServerFactory = Callable[..., InProcessServer]


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[ServerFactory]:
    """Start servers on a fresh store of the test articles; stopped at the end of the test.

    ``start_server(query_timeout="1", ...)`` takes setting overrides as keyword arguments.
    """
    root = tmp_path / "store"
    fill_store(root)
    started: list[InProcessServer] = []

    def start(**overrides: str) -> InProcessServer:
        srv = InProcessServer(settings_for(root, **overrides)).__enter__()
        started.append(srv)
        return srv

    yield start
    for srv in started:
        srv.__exit__(None, None, None)
