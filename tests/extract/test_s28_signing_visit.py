# ruff: noqa: E501  (a table of sentences)
"""A signing dated by the visit it was made during (session 28).

Found in a spent blind set, written again here in other words: "The two countries ... signed twelve
memoranda of understanding during President Raisi's visit to Muscat in May 2022", in a story of May
2023, published a SUPPORT 057 of the signing dated with the story's meeting (2023-05-28): the date
after "during X's visit to Y" was taken for the visit's alone (``asks.dates_occasion`` reads only
"during a visit to X on <day>" as the occasion), so the signing fell back on the article's meeting.
A signing's date is now that of the visit it was made during; a year before, that makes it a
background signing (a TreatyRelation of that date, no SUPPORT event, as "signed ... in May 2022"
already was).

Hit rate at 5210fe4 (before): 2/4 signings dated by their visit (the two of a visit a year and
more before were not); after: 4/4."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, facts_of

DAY = dt.date(2023, 5, 29)

CASES = [
    # (sentence, the TreatyRelation's date, the SUPPORT 057's date or None for no event)
    (
        "Oman and Iran signed twelve memoranda of understanding during President Raisi's visit to Muscat in May 2022.",
        "2022-05",
        None,
    ),
    (
        "India and Russia signed ten agreements during Prime Minister Modi's visit to Moscow in July 2021.",
        "2021-07",
        None,
    ),
    (
        "Oman and Iran signed an agreement during President Raisi's visit to Muscat on Sunday.",
        "2023-05-28",
        "2023-05-28",
    ),
    (
        "Kenya and Ethiopia signed seven agreements during a state visit to Nairobi on Tuesday.",
        "2023-05-23",
        "2023-05-23",
    ),
]


@pytest.mark.parametrize(("text", "treaty", "event"), CASES)
def test_a_signing_is_dated_by_its_visit(text: str, treaty: str, event: str | None) -> None:
    found = facts(text, DAY)
    assert [date_values(f, "date") for f in facts_of(found, "TreatyRelation")] == [(treaty,)]
    signings = [
        date_values(f, "date")
        for f in facts_of(found, "Event")
        if str(f.get("cameoCode")[0]) == "057"
    ]
    assert signings == ([] if event is None else [(event,)])
