"""Input discovery (files, folders, globs, stdin) and ready-made RDF file reading."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from dipld.errors import InputError, RdfSyntaxError
from dipld.iri import Iris
from dipld.rdffiles import read_rdf
from dipld.sources import InputFile, InputKind, inputs, stdin_format

IRIS = Iris("https://example.org/d/")


def tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def names(items: tuple[InputFile | InputError, ...], root: Path) -> list[str]:
    return [
        item.name.removeprefix(str(root) + "/") if isinstance(item, InputFile) else str(item)
        for item in items
    ]


def test_folders_are_walked_in_a_stable_order(tmp_path: Path) -> None:
    tree(tmp_path, ["z.txt", "a/b.html", "a/a.jsonl", "B.md", "x.trig", ".git/c.txt",
                    "LICENSE.txt", "docs/README.md", "image.png"])  # fmt: skip
    found = inputs([str(tmp_path)])
    assert names(found.items, tmp_path) == ["B.md", "a/a.jsonl", "a/b.html", "x.trig", "z.txt"]
    assert found.folders == (tmp_path.resolve(),)
    kinds = {i.name.rsplit("/", 1)[-1]: i.kind for i in found.files}
    assert kinds["x.trig"] is InputKind.RDF and kinds["B.md"] is InputKind.ARTICLES


def test_files_globs_duplicates_and_errors(tmp_path: Path) -> None:
    tree(tmp_path, ["one.txt", "two.txt", "sub/three.nq", "notes.xyz"])
    found = inputs([
        str(tmp_path / "two.txt"), str(tmp_path / "*.txt"), str(tmp_path / "**" / "*.nq"),
        str(tmp_path / "notes.xyz"), str(tmp_path / "gone.txt"), str(tmp_path / "*.none"),
        "-", "-",
    ])  # fmt: skip
    shown = names(found.items, tmp_path)
    assert shown[:3] == ["two.txt", "one.txt", "sub/three.nq"]
    assert shown[3].endswith("notes.xyz: unknown file type '.xyz'; expected an article or RDF "
                             "file (.htm, .html, .jsonl, .jsonld, .markdown, .md, .ndjson, .nq, "
                             ".nt, .text, .trig, .ttl, .txt)")  # fmt: skip
    assert shown[4].endswith("gone.txt: no such file or directory; check the path")
    assert shown[5].endswith("*.none: no file matches this pattern")
    assert shown[6:] == ["<stdin>"]  # stdin once


def test_each_file_once_by_its_real_path(tmp_path: Path) -> None:
    """A folder reached through a link, a linked file in it, the same file named again: each
    file is one input, whose ``real`` path is ``Path.resolve()`` of it (what a load records)."""
    tree(tmp_path, ["data/a.txt", "data/sub/b.txt", "elsewhere/c.txt"])
    (tmp_path / "link").symlink_to(tmp_path / "data", target_is_directory=True)
    (tmp_path / "data" / "c.txt").symlink_to(tmp_path / "elsewhere" / "c.txt")
    (tmp_path / "data" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # a broken link
    found = inputs([str(tmp_path / "link"), str(tmp_path / "data" / "a.txt"),
                    str(tmp_path / "elsewhere" / "c.txt")])  # fmt: skip
    files = found.files
    assert [f.name.rsplit("/", 1)[-1] for f in files] == ["a.txt", "c.txt", "b.txt"]
    assert all(f.path is not None and f.real == f.path.resolve() for f in files)
    assert [f.real for f in files] == [
        (tmp_path / "data" / "a.txt").resolve(),
        (tmp_path / "elsewhere" / "c.txt").resolve(),
        (tmp_path / "data" / "sub" / "b.txt").resolve(),
    ]
    assert found.folders == ((tmp_path / "data").resolve(),)


def test_stdin_format() -> None:
    assert stdin_format(b'  {"id": "a", "text": "t"}\n').value == "jsonl"
    assert stdin_format(b"title: x\n---\nText").value == "text"


def test_triple_and_quad_files_and_skolem_iris() -> None:
    data = (
        b"@prefix ex: <https://example.org/> .\n"
        b'ex:g { ex:a ex:p [ ex:q "1" ] . }\n_:x ex:p _:x .\n[] ex:p "anon" .\n'
    )
    first = read_rdf(data, "dir/file.trig", ox.RdfFormat.TRIG, IRIS)
    again = read_rdf(data, "dir/file.trig", ox.RdfFormat.TRIG, IRIS)
    assert first == again  # the same file always gives the same skolem IRIs
    graphs = {g.value: ts for g, ts in first.graphs}
    assert set(graphs) == {"https://example.org/g", "https://example.org/d/graph/file"}
    genids = {
        term.value
        for ts in graphs.values()
        for t in ts
        for term in (t.subject, t.object)
        if isinstance(term, ox.NamedNode) and "genid" in term.value
    }
    assert genids == {f"https://example.org/d/.well-known/genid/file/{n}" for n in (1, 2, 3)}
    assert first.content_hash.startswith("sha256:") and first.triples == 4


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty RDF file"),
        (b"# only a comment\n", "no triples"),
        (b"<https://a> <https://b> <https://c>", "line 1, column"),
        (b'<https://a> <https://b> "x\n', "line 1, column"),
    ],
)
def test_bad_rdf_files(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        read_rdf(data, "bad.nt", ox.RdfFormat.N_TRIPLES, IRIS)
    assert str(caught.value).startswith("bad.nt: ")


def test_the_kb_graph_is_reserved() -> None:
    data = f'<{IRIS.kb_graph}> {{ <https://a> <https://b> "c" . }}'.encode()
    with pytest.raises(InputError, match="reserved reference KB graph"):
        read_rdf(data, "x.trig", ox.RdfFormat.TRIG, IRIS)


def test_syntax_error_message_shape() -> None:
    with pytest.raises(RdfSyntaxError) as caught:
        read_rdf(b"@prefix ex: <https://e/> .\nex:a ex:b .\n", "f.ttl", ox.RdfFormat.TURTLE, IRIS)
    assert str(caught.value).startswith("f.ttl: line 2, column ")
    assert str(caught.value).endswith("; fix the file and load it again")
