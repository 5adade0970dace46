# ruff: noqa: E501  (a table of sentences)
"""Whom a state "was represented by" (session 26, names; held back from s26-names).

"China was represented by Premier Li Qiang and Russia by Foreign Minister Sergey Lavrov" gave no
Tenure of Li Qiang (the KB lacks him): the rule that reads the state before "represented by"
took only a sentence naming one state. Now the state right before "(was) represented (at ...)
by", or before a bare "by" after "and" once "represented" was told, is the titled person's
(people.py, ``People._represented_by``).

Held back on its own branch: its one new QID in the spent sets is the post of the Premier of
China (Q4122271) for "Premier Li Qiang" on blind34, whose gold gives that Tenure no post
(ANNOTATION.md §4 gives the post "when the tables have it", also for unlinked holders), so
blind34's linksP fell 0.992 -> 0.985 while its F1 rose 0.692 -> 0.697. Rule dump
byte-identical.

Hit rate at ba34a0f (before): positives 0/3, negatives 2/2; after: 3/3 and 2/2.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import tenure_jurisdictions

DAY = dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "China was represented by Premier Li Qiang and Russia by Foreign Minister Sergey Lavrov.",
            "Li Qiang",
            "Q148",
        ),
        (
            "Ecuador was represented at the Summit of the Americas by Foreign Minister Gabriela Sommerfeld, and Peru by Prime Minister Gustavo Adrianzén.",
            "Gabriela Sommerfeld",
            "Q736",
        ),
        (
            "Ecuador was represented at the Summit of the Americas by Foreign Minister Gabriela Sommerfeld, and Peru by Prime Minister Gustavo Adrianzén.",
            "Gustavo Adrianzén",
            "Q419",
        ),
    ],
)
def test_represented_by(text: str, holder: str, state: str) -> None:
    assert state in tenure_jurisdictions(text, DAY).get(holder, set())


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "Aid was delivered to Ukraine and Moldova by Foreign Minister Juan Perez.",
            "Juan Perez",
            "Q217",
        ),
        ("The United States sent aid to Ukraine by President Biden's order.", "Q6279", "Q212"),
    ],
)
def test_by_without_represented(text: str, holder: str, state: str) -> None:
    assert state not in tenure_jurisdictions(text, DAY).get(holder, set())
