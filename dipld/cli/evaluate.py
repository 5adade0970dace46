"""``dipld eval``: score extraction against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click

from dipld.articles import read_path
from dipld.errors import InputError
from dipld.evaluate import Report, format_report, read_gold, score_article
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article


def _find(name: str, folders: list[Path]) -> Path:
    for folder in folders:
        candidate = folder / name
        if candidate.exists():
            return candidate
    raise InputError(
        f"article {name!r} not found in {', '.join(map(str, folders))}; pass --articles DIR",
        where="eval",
    )


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--articles",
    "folders",
    multiple=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder holding the annotated articles (repeatable). Default: the gold "
    "folder's ../corpus, ./tests/corpus and ./seeds.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("-q", "--quiet", is_flag=True, help="Print the score table only, not each miss.")
def evaluate(gold: tuple[Path, ...], folders: tuple[Path, ...], as_json: bool, quiet: bool) -> None:
    """Score extraction on gold annotations (ANNOTATION.md format).

    Prints precision, recall and F1 per fact class and for linking, then every miss and false
    positive. GOLD is a .jsonl file or a folder of them.
    """
    search = list(folders)
    if not search:
        for g in gold:
            base = g if g.is_dir() else g.parent
            search.append(base.parent / "corpus")
        search += [Path("tests/corpus"), Path("seeds")]
    kb = load_index()
    report = Report()
    for gold_article in read_gold(gold):
        path = _find(gold_article.file, search)
        articles = [a for a in read_path(path) if isinstance(a, Article)]
        if not articles:
            raise InputError("unreadable article", where=str(path))
        article = articles[0]
        score_article(report, gold_article, article, extract(article, kb))
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(format_report(report, details=not quiet))
