"""Session 19b (meet): an organisation's head titled in lower case ("the head of the
International Energy Agency, Fatih Birol,"), apposed to a full name before or after."""

from __future__ import annotations

import pytest

from dipld.articles import parse_text
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Fact
from tests.extract.test_patterns import facts_of, keys

IEA = "Q826700"


def _facts(body: str, cls: str) -> list[Fact]:
    front = "title: Test\ndate: 2023-05-10\npublisher: Test Wire\n"
    return facts_of(extract(parse_text(f"{front}---\n{body}\n", "t.txt"), load_index()), cls)


@pytest.mark.parametrize(
    "body",
    [
        "The head of the International Energy Agency, Fatih Birol, arrived in Delhi on Monday.",
        "On Monday the head of the International Energy Agency, Fatih Birol, warned of shortages.",
        "Fatih Birol, head of the International Energy Agency (IEA), said demand would rise.",
        "Fatih Birol, the chief of the International Energy Agency, visited Tokyo.",
    ],
)
def test_lower_case_head_of_an_organisation(body: str) -> None:
    found = [f for f in _facts(body, "Tenure") if IEA in keys(f.get("jurisdiction"))]
    assert len(found) == 1
    assert {c.name for c in found[0].get("role")} == {"HeadOfOrganization"}


@pytest.mark.parametrize(
    "body",
    [
        "The head of the agency said demand would rise.",
        "Volodymyr Zelensky, the head of the Ukrainian state, spoke on Monday.",
        "The former head of the International Energy Agency, Nobuo Tanaka, spoke on Monday.",
        "Who will be the next head of the International Energy Agency?",
    ],
)
def test_lower_case_head_near_misses(body: str) -> None:
    found = _facts(body, "Tenure")
    assert not [f for f in found if {c.name for c in f.get("role")} == {"HeadOfOrganization"}]
