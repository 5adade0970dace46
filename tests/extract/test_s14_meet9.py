"""Long titles of heads of state (session 14, meet9): the Kremlin's "Chairman of the National
Council for the Safeguard of the Homeland of the Republic of Niger", "President of the
Transition of the Republic of Mali", "Chairman of the Transitional Sovereignty Council of the
Republic of the Sudan": the head of a junta's or a transitional council or committee of a
republic is its head of state, and the call or meeting with them is found. Not a parliament's
chairman ("Chairman of the National Council of the Republic of Slovenia"), nor an alliance's
committee's."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import find, keys

DAY = dt.date(2024, 3, 26)
NIGER, MALI, CHAD, SUDAN, GUINEA, GABON = "Q1032", "Q912", "Q657", "Q1049", "Q1006", "Q1000"
PUTIN = "Q7747"


def _facts(body: str) -> list[Fact]:
    article = Article(
        id="t",
        source="t.txt",
        body=body,
        title="News",
        date=DAY,
        url="https://kremlin.ru/events/president/news/1",
        publisher="President of Russia",
    )
    return extract(article, load_index())


def _heads(found: list[Fact]) -> set[str]:
    return {
        state
        for f in found
        if f.cls.value == "Tenure" and {str(v) for v in f.get("role")} == {"HeadOfState"}
        for state in keys(f.get("jurisdiction"))
    }


@pytest.mark.parametrize(
    ("text", "state", "holder"),
    [
        (
            "Vladimir Putin had a telephone conversation with Chairman of the National Council "
            "for the Safeguard of the Homeland of the Republic of Niger Abdourahamane Tiani.",
            NIGER,
            "Abdourahamane Tiani",
        ),
        (
            "Vladimir Putin held talks with President of the Transition of the Republic of Mali "
            "Assimi Goita.",
            MALI,
            None,
        ),
        (
            "Vladimir Putin spoke by telephone with Chairman of the Transitional Military Council "
            "of the Republic of Chad Mahamat Deby.",
            CHAD,
            None,
        ),
        (
            "Vladimir Putin met with Chairman of the Transitional Sovereignty Council of the "
            "Republic of the Sudan Abdel Fattah al-Burhan.",
            SUDAN,
            None,
        ),
        (
            "Vladimir Putin received President of the National Committee of Reconciliation and "
            "Development of the Republic of Guinea Mamady Doumbouya in the Kremlin.",
            GUINEA,
            "Mamady Doumbouya",
        ),
        (
            "Vladimir Putin will meet President of the Committee for the Transition and "
            "Restoration of Institutions of the Gabonese Republic Brice Oligui Nguema.",
            GABON,
            None,
        ),
    ],
)
def test_head_of_a_transitional_body(text: str, state: str, holder: str | None) -> None:
    found = _facts(text)
    assert state in _heads(found)
    if holder is not None:
        assert find(found, "Tenure", holder={holder}, jurisdiction={state})
        assert find(found, "Meeting", participant={PUTIN, holder})


@pytest.mark.parametrize(
    "text",
    [
        # a parliament's chairman, not a junta's
        "Vladimir Putin met with Chairman of the National Council of the Republic of Slovenia "
        "Marta Kos.",
        # an alliance's committee, no republic
        "Vladimir Putin met with Chairman of the Military Committee of NATO Rob Bauer.",
        # a committee of a state's parliament
        "Vladimir Putin met with Chairman of the Foreign Affairs Committee of the Republic of "
        "Niger Ali Mahaman.",
    ],
)
def test_not_a_transitional_head(text: str) -> None:
    assert not _heads(_facts(text))
