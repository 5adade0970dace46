"""Session 10's extraction fixes: places named by a town the KB does not know."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find

DAY = dt.date(2022, 7, 10)


@pytest.mark.parametrize(
    "body",
    [
        "On July 9, Wang Yi held talks with Saleumxay Kommasith in Bagan, Myanmar.",
        "Wang Yi met Saleumxay Kommasith in Bagan, Myanmar, on the sidelines of the meeting.",
        "Blinken met today with Fijian Prime Minister Frank Bainimarama in Nadi, Fiji.",
    ],
)
def test_a_town_the_kb_does_not_know_is_placed_in_its_state(body: str) -> None:
    meeting = find(facts(body, DAY), "Meeting")
    assert meeting is not None
    assert {e.qid for e in meeting.get("place")} & {"Q836", "Q712"}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "body",
    [
        "On July 8, Lavrov met Wang Yi in March, Russia said.",
        "On July 5, Putin met Xi in Xinjiang, China and Russia said.",
    ],
)
def test_a_state_after_a_comma_that_does_not_close_the_phrase_is_no_place(body: str) -> None:
    meeting = find(facts(body, DAY), "Meeting")
    assert meeting is not None and not meeting.get("place")
