"""Meetings told in a subordinate structure (session 18, meet): an earlier meeting told in a
relative clause on the person met ("Pavel, whom he met at the NATO Summit in Vilnius in July":
the sentence's subject and the person, past, dated), and a hosted meeting of representatives
of a group the KB lacks named as "forces" ("hosted a meeting of representatives of Palestinian
political forces in Moscow"); and the near misses: a meeting to come, a negated one, an
undated "whom he has met many times", a relative clause on someone else's act."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, facts_of, keys, labels

DAY = dt.date(2023, 9, 15)
BIDEN, MACRON, ERDOGAN, PUTIN = "Q6279", "Q3052772", "Q39259", "Q7747"
RUSSIA, MOSCOW = "Q159", "Q649"


def _meetings(text: str) -> list:  # type: ignore[type-arg]
    return facts_of(facts(text, DAY), "Meeting")


@pytest.mark.parametrize(
    ("text", "people", "date"),
    [
        (
            "Biden sent his regards to President Emmanuel Macron, whom he met in Paris in June.",
            {BIDEN, MACRON},
            "2023-06",
        ),
        (
            "Erdogan praised Vladimir Putin, whom he had last met in Sochi on August 4.",
            {ERDOGAN, PUTIN},
            "2023-08-04",
        ),
        (
            "The letter was addressed to Vladimir Putin, whom Erdogan met in August.",
            {ERDOGAN, PUTIN},
            "2023-08",
        ),
    ],
)
def test_whom_he_met(text: str, people: set[str], date: str) -> None:
    found = _meetings(text)
    assert [keys(f.get("participant")) for f in found] == [people]
    assert date_values(found[0], "date") == (date,)


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan praised Vladimir Putin, whom he will meet in Sochi in October.",
        "Erdogan praised Vladimir Putin, whom he has met many times.",
        "Erdogan praised Vladimir Putin, whom he never met in August.",
        "Erdogan praised Vladimir Putin, whom he may have met in August.",
        "Erdogan praised Vladimir Putin, whom he met with Macron in August.",
    ],
)
def test_whom_he_met_near_misses(text: str) -> None:
    assert _meetings(text) == []


def test_hosted_a_meeting_of_political_forces() -> None:
    found = _meetings(
        "In February, Russia hosted a meeting of representatives of Palestinian political "
        "forces in Moscow."
    )
    assert len(found) == 1
    assert RUSSIA in keys(found[0].get("participant"))
    assert "Palestinian political forces" in labels(found[0], "participant")
    assert keys(found[0].get("place")) == {MOSCOW}
    assert date_values(found[0], "date") == ("2023-02",)
