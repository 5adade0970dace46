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


def test_a_meeting_during_the_visit_takes_the_visits_place_and_day() -> None:
    body = (
        "External Affairs Minister Dr. S. Jaishankar visited Egypt on 16 October 2022.\n\n"
        "During the visit, he called on President Abdel Fattah El-Sisi.\n\n"
        "During the visit, Lavrov met Blinken."
    )
    found = facts(body, dt.date(2022, 10, 17))
    call_on = find(found, "Meeting", participant={"Q16186720", "Q307871"})
    assert call_on is not None
    assert [e.qid for e in call_on.entities("place")] == ["Q79"]
    assert [str(d) for d in call_on.get("date")] == ["2022-10-16"]
    # a meeting of others is not the visit's
    other = find(found, "Meeting", participant={"Q58217"})
    assert other is not None and not other.get("place") and not other.get("date")


def test_a_meeting_during_a_visit_of_several_days_is_not_dated_by_it() -> None:
    body = (
        "External Affairs Minister Dr. S. Jaishankar paid an official visit to Egypt from 15 to 16 "
        "October 2022.\n\n"
        "During the visit, EAM called on President Abdel Fattah El-Sisi."
    )
    call_on = find(facts(body, dt.date(2022, 10, 17)), "Meeting", participant={"Q307871"})
    assert call_on is not None and [e.qid for e in call_on.entities("place")] == ["Q79"]
    assert not call_on.get("date") and not call_on.get("startDate")


@pytest.mark.parametrize(
    "body",
    [
        "On Tuesday, Jaishankar called on President Ranil Wickremesinghe and held "
        "delegation-level talks with Foreign Minister Ali Sabry.",
        "On Sunday, Lavrov met Wang Yi and later met Foreign Minister Ali Sabry.",
        "On Sunday, Lavrov met Wang Yi and held a bilateral meeting with Foreign Minister "
        "Ali Sabry.",
    ],
)
def test_a_second_meeting_of_the_same_subject_with_modifiers(body: str) -> None:
    found = facts(body, dt.date(2023, 6, 21))
    assert find(found, "Meeting", participant={"Q98293656"}) is not None  # Ali Sabry


def test_the_two_countries_with_adjectives_are_the_pair() -> None:
    body = (
        "Kazakhstan and Uzbekistan signed a treaty.\n\n"
        "Trade between the two Central Asian neighbours rose to $3 billion in 2019.\n\n"
        "The two brotherly countries agreed to expand cooperation in energy.\n\n"
        "The two main parties in Kazakhstan criticised the treaty."
    )
    found = facts(body, dt.date(2021, 12, 22))
    assert find(found, "TradeFlow", party={"Q232", "Q265"}, period="2019") is not None
    assert find(found, "Event", actor={"Q232", "Q265"}, cameoCode="030") is not None
    assert len([f for f in found if f.cls.value == "Event"]) == 2  # parties: no states
