"""A ratification dates no signature (session 25).

Written for this session (none from a gold set): "Georgia ratified the free trade agreement
with China on Thursday" gave a TreatyRelation dated Thursday, but ANNOTATION.md §4 dates a treaty
by its signature, which the sentence does not tell (the rule dump's "The Philippine Senate
ratified the Visiting Forces Agreement with the United States in 1999" was dated 1999; it was
signed in 1998). A ratification now keeps only a date written after the treaty as its signing's
(", signed in Moscow on 12 May 2021"), as an exchange of ratifications already did; the
ratification itself (SUPPORT 057) keeps its day.

Hit rate at d13df34 (before): 1/3 (and the ratification's own day 1/1); after 3/3 and 1/1."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts

DAY = dt.date(2023, 3, 15)


def _treaty_dates(text: str) -> list[list[str]]:
    return [
        [str(v) for v in f.get("date")] for f in facts(text, DAY) if f.cls.value == "TreatyRelation"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Georgia ratified the free trade agreement with China on Thursday.", [[]]),
        ("The Armenian parliament ratified the treaty with Russia on Tuesday.", [[]]),
        # a signing keeps its day
        ("Kenya and Tanzania signed the trade agreement on Thursday.", [["2023-03-09"]]),
    ],
)
def test_a_ratification_dates_no_signature(text: str, want: list[list[str]]) -> None:
    assert _treaty_dates(text) == want


def test_the_ratification_itself_keeps_its_day() -> None:
    said = [
        [str(v) for v in f.get("date")]
        for f in facts("Georgia ratified the free trade agreement with China on Thursday.", DAY)
        if f.cls.value == "Event"
    ]
    assert said == [["2023-03-09"]]
