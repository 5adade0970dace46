"""An office's holder written otherwise than the KB writes the name (session 13): the other
order and a patronymic's genitive ("President of Mongolia Ukhnaagiin Khurelsukh" is the KB's
"Khurelsukh Ukhnaa"), linked only through the single-holder office the title names, held on the
article's date; the article's later mentions in the same form are that person too."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import facts, find, keys

DAY = dt.date(2022, 6, 14)


def _holders(found: list[Fact]) -> set[str]:
    return {k for f in found if f.cls.value == "Tenure" for k in keys(f.get("holder"))}


@pytest.mark.parametrize(
    ("sentence", "qid"),
    [
        (
            "Vladimir Putin held talks in Ulaanbaatar with President of Mongolia "
            "Ukhnaagiin Khurelsukh.",
            "Q27058418",
        ),
        (
            "Chinese President Xi Jinping spoke by phone with Mongolian President "
            "Khurelsukh Ukhnaagiin.",
            "Q27058418",
        ),
        (
            "Prime Minister of Mongolia Luvsannamsrain Oyun-Erdene met the Japanese "
            "Prime Minister Fumio Kishida in Tokyo.",
            "Q24248226",
        ),
        (
            "Minister of Foreign Affairs of Mongolia Batmunkhiin Battsetseg received the "
            "Ambassador of Kazakhstan.",
            "Q107670236",
        ),
    ],
)
def test_the_incumbent_written_otherwise_is_linked(sentence: str, qid: str) -> None:
    assert qid in _holders(facts(sentence, DAY)), sentence


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # another person of the office (a predecessor) and a namesake sharing one word
        ("President of Mongolia Tsakhiagiin Elbegdorj met President Xi Jinping.", DAY),
        ("President of Mongolia Khurelsukh Batbold met President Xi Jinping.", DAY),
        # not the office the KB shows him holding on that day
        (
            "President of Mongolia Ukhnaagiin Khurelsukh met President Xi Jinping.",
            dt.date(2019, 5, 2),
        ),
        # a minister of another portfolio: not a single-holder office
        ("Minister of Finance of Mongolia Batmunkhiin Battsetseg met Chinese officials.", DAY),
    ],
)
def test_no_link_without_the_office_and_every_word(sentence: str, day: dt.date) -> None:
    linked = {q for q in _holders(facts(sentence, day)) if q.startswith("Q")}
    assert not linked & {"Q27058418", "Q107670236"}, sentence


def test_later_mentions_in_the_written_form_are_the_same_person() -> None:
    text = (
        "Vladimir Putin held talks in Ulaanbaatar with President of Mongolia Ukhnaagiin "
        "Khurelsukh.\n\nUkhnaagiin Khurelsukh thanked Russia for its support in modernising the "
        "railway.\n\nVladimir Putin invited Khurelsukh to attend the summit in Kazan."
    )
    found = facts(text, dt.date(2024, 9, 3))
    assert find(found, "Event", actor={"Q27058418"}, recipient={"Q159"})
    assert find(found, "Event", actor={"Q7747"}, recipient={"Q27058418"})
    assert not [f for f in found for k in keys(f.get("actor")) if "Khurelsukh" in k]
