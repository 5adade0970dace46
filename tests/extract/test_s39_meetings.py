"""Meetings after a visit's ranking aside, and earlier meetings told without a place (session
39, the lead).

A visit is often ranked in an apposition before whom the visitor met: "visited Damascus in
April, the first visit by a Saudi minister since the war began, and met with President Assad".
The one met is the meeting's other side (as without the aside), not the state visited.

"The leaders last met in December 2021" tells an earlier meeting even with no place: it is a
meeting of its own, historical, and neither restates nor dates the one the article reports
(it used to give the undated meeting reported the date of the earlier one).

The same ranking, or the visit's town, told between the subject and its verb ("X, on the first
visit by a Kenyan minister in a decade, met Y", "X, in Kigali for a two-day visit, met Y") no
longer hides the meeting, and a date inside a ranking aside ("since the crisis erupted in
October") is not the meeting's.

Hit rate at 5ca0596d (before): 0/3 asides after the visit, 1/3 asides before the verb (a
talks verb took the second trip), 0/1 dates,
0/3 earlier meetings; the controls passed before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Status
from tests.extract.test_patterns import facts, keys

SAUDI_FM, ASSAD, SYRIA = "Q72099398", "Q44329", "Q858"
MUTUA, KAGAME, RWANDA = "Q16212421", "Q1231345", "Q1037"
PUTIN, MODI = "Q7747", "Q1058"
MAY_2023, SEPT_2022 = dt.date(2023, 5, 7), dt.date(2022, 9, 16)


def _meetings(body: str, date: dt.date) -> list[tuple[set[str], tuple[str, ...], Status]]:
    return [
        (keys(f.get("participant")), tuple(str(v) for v in f.get("date")), f.status)
        for f in facts(body, date)
        if f.cls.value == "Meeting"
    ]


@pytest.mark.parametrize(
    ("body", "pair", "date"),
    [
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan visited Damascus in April, the first "
            "visit by a top Saudi diplomat since the war began, and met with President Bashar "
            "al-Assad.",
            {SAUDI_FM, ASSAD},
            MAY_2023,
        ),
        (
            "Kenyan Foreign Minister Alfred Mutua travelled to Kigali on Monday, the first trip "
            "abroad by a Kenyan minister this year, and held talks with President Paul Kagame.",
            {MUTUA, KAGAME},
            MAY_2023,
        ),
        (
            "Kenyan Foreign Minister Alfred Mutua travelled to Kigali on Monday, the first such "
            "visit in a decade, and met President Paul Kagame.",
            {MUTUA, KAGAME},
            MAY_2023,
        ),
    ],
)
def test_visit_ranked_in_an_aside_meets_the_one_named(
    body: str, pair: set[str], date: dt.date
) -> None:
    assert [m[0] for m in _meetings(body, date)] == [pair]


def test_visit_with_an_aside_and_no_one_met_is_with_the_state() -> None:
    body = (
        "Kenyan Foreign Minister Alfred Mutua visited Kigali on Monday, the first visit since "
        "relations were restored."
    )
    assert [m[0] for m in _meetings(body, MAY_2023)] == [{MUTUA, RWANDA}]


MAIN = "President Vladimir Putin met Prime Minister of India Narendra Modi in Samarkand. "


@pytest.mark.parametrize(
    ("later", "when"),
    [
        ("The leaders last met in December 2021.", "2021-12"),
        (
            "The two leaders last met in person in December 2021, when the President of Russia "
            "paid a working visit to New Delhi.",
            "2021-12",
        ),
        ("They previously met in July 2021.", "2021-07"),
    ],
)
def test_earlier_meeting_without_a_place_is_its_own(later: str, when: str) -> None:
    found = _meetings(MAIN + later, SEPT_2022)
    assert ({PUTIN, MODI}, (), Status.ASSERTED) in found  # the meeting reported, undated
    assert ({PUTIN, MODI}, (when,), Status.HISTORICAL) in found


def test_meeting_restated_with_its_day_is_one() -> None:
    found = _meetings(MAIN + "The leaders met on Friday.", SEPT_2022)
    assert found == [({PUTIN, MODI}, ("2022-09-16",), Status.ASSERTED)]


KUWAIT_FM, MIKATI = "Ahmad Nasser al-Mohammad al-Sabah", "Q318493"


@pytest.mark.parametrize(
    "body",
    [
        "Kenyan Foreign Minister Alfred Mutua, on the first visit by a Kenyan minister in a "
        "decade, met President Paul Kagame on Monday.",
        "Kenyan Foreign Minister Alfred Mutua, in Kigali for a two-day visit, met President Paul "
        "Kagame on Monday.",
        "Kenyan Foreign Minister Alfred Mutua, on his second trip since the election, held talks "
        "with President Paul Kagame on Monday.",
    ],
)
def test_visit_aside_before_the_verb_keeps_the_meeting(body: str) -> None:
    assert [(m[0], m[1]) for m in _meetings(body, MAY_2023)] == [({MUTUA, KAGAME}, ("2023-05-01",))]


def test_date_inside_a_ranking_aside_is_not_the_meetings() -> None:
    body = (
        "Kuwaiti Foreign Minister Sheikh Ahmad Nasser al-Mohammad al-Sabah arrived in Beirut on "
        "Saturday. Sheikh Ahmad Nasser, on the first visit by a senior Gulf official since the "
        "crisis erupted in October, also met Prime Minister Najib Mikati."
    )
    found = _meetings(body, dt.date(2022, 1, 22))
    assert ({KUWAIT_FM, MIKATI}, ("2022-01-22",), Status.ASSERTED) in found
    assert not [m for m in found if m[1] == ("2021-10",)]
