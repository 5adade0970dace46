"""Meetings at named venues and their places, visits merged with the visitor's talks, earlier
meetings recalled with a verb, and towns named with a U.S. state (session 13)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract.mentions import _US_STATE_AFTER_COMMA, _VENUE, _VENUE_WORDS
from dipld.model import Entity, Fact, Status
from tests.extract.test_patterns import facts

PUTIN, KIM, XI, BIDEN, ERDOGAN, SCHOLZ = "Q7747", "Q56226", "Q15031", "Q6279", "Q39259", "Q61053"
DAY = dt.date(2023, 9, 13)


def _meetings(text: str, date: dt.date = DAY) -> list[Fact]:
    return [f for f in facts(text, date) if f.cls.value == "Meeting"]


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _dates(fact: Fact) -> set[str]:
    return {str(v) for v in fact.get("date")}


@pytest.mark.parametrize(
    ("text", "people", "place"),
    [
        (
            "Vladimir Putin held talks with the Chairman of the State Affairs of North Korea "
            "Kim Jong-un at the Vostochny Cosmodrome.",
            {PUTIN, KIM},
            "Vostochny Cosmodrome",
        ),
        (
            "Chancellor Olaf Scholz met with President Joe Biden at Camp David.",
            {SCHOLZ, BIDEN},
            "Camp David",
        ),
        (
            "President Erdogan received President Xi Jinping at the Vahdettin Mansion.",
            {ERDOGAN, XI},
            "Vahdettin Mansion",
        ),
        (
            "President Biden met with President Xi Jinping in Woodside, California, on the "
            "margins of the APEC summit in San Francisco.",
            {BIDEN, XI},
            "Woodside",
        ),
        (
            "Xi Jinping held talks with Joe Biden at Rancho Mirage, California.",
            {BIDEN, XI},
            "Rancho Mirage",
        ),
    ],
)
def test_meeting_at_a_named_venue_has_it_as_unlinked_place(
    text: str, people: set[str], place: str
) -> None:
    (meeting,) = _meetings(text)
    assert _keys(meeting, "participant") == people
    assert _keys(meeting, "place") == {place}


def test_the_summit_city_is_the_place_when_no_town_is_named() -> None:
    (meeting,) = _meetings(
        "President Biden met with President Xi Jinping on the margins of the APEC summit in "
        "San Francisco."
    )
    assert _keys(meeting, "place") == {"Q62"}


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping met Joe Biden in May, Washington officials said.",
        "Xi Jinping met Joe Biden on Friday, California time.",
    ],
)
def test_no_town_from_a_month_or_a_time_before_a_us_state(text: str) -> None:
    (meeting,) = _meetings(text)
    assert not meeting.get("place")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong-un arrived in Russia on an official visit on Tuesday. On Wednesday, Vladimir "
        "Putin held talks with Kim Jong-un at the Vostochny Cosmodrome.",
        "Vladimir Putin held talks with Kim Jong-un at the Vostochny Cosmodrome. On September 12, "
        "Kim Jong-un arrived in Russia on an official visit.",
    ],
)
def test_an_arrival_and_the_visitors_talks_that_week_are_one_meeting(text: str) -> None:
    (meeting,) = _meetings(text)
    assert _keys(meeting, "participant") == {PUTIN, KIM}
    assert _keys(meeting, "place") == {"Vostochny Cosmodrome"}
    assert [str(c) for c in meeting.get("cameoCode")] == ["042"]


def test_talks_weeks_after_an_arrival_are_another_meeting() -> None:
    found = _meetings(
        "Kim Jong-un arrived in Russia on an official visit on September 1. On September 13, "
        "Vladimir Putin held talks with Kim Jong-un in Moscow."
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "recalled"),
    [
        (
            "Xi Jinping met Joe Biden on Wednesday. They last met in Bali in November 2022 and "
            "in Beijing in 2019.",
            {("Bali", "2022-11"), ("Q956", "2019")},
        ),
        (
            "Putin held talks with Erdogan in Sochi. The leaders previously met in Samarkand in "
            "September and in Moscow in March.",
            {("Q5753", "2023-09"), ("Q649", "2023-03")},
        ),
        (
            "Xi Jinping met Joe Biden. The presidents first met in Davos in 2017 and then in "
            "Bali in November 2022.",
            {("Davos", "2017"), ("Bali", "2022-11")},
        ),
        (
            "Putin held talks with Erdogan in Sochi. The two leaders had previously met in "
            "Samarkand and in Moscow.",
            {("Q5753", ""), ("Q649", "")},
        ),
    ],
)
def test_earlier_meetings_told_with_a_verb_are_one_each_and_keep_the_main_one(
    text: str, recalled: set[tuple[str, str]]
) -> None:
    found = _meetings(text)
    main = [f for f in found if f.status is not Status.HISTORICAL]
    past = [f for f in found if f.status is Status.HISTORICAL]
    assert len(main) == 1
    assert not main[0].get("place") or _keys(main[0], "place") - {p for p, _ in recalled}
    assert _dates(main[0]) <= {"2023-09-13"}
    got = {(next(iter(_keys(f, "place"))), next(iter(_dates(f)), "")) for f in past}
    assert got == recalled


@pytest.mark.parametrize(
    "text",
    [
        # a meeting to come, a denial: no earlier meeting
        "Xi Jinping met Joe Biden on Wednesday. They will next meet in Lima in November.",
        "Xi Jinping met Joe Biden on Wednesday. They have never met in Beijing.",
    ],
)
def test_no_earlier_meeting_from_future_or_negated_sentences(text: str) -> None:
    assert not [f for f in _meetings(text) if f.status is Status.HISTORICAL]


@pytest.mark.parametrize(
    "phrase",
    [
        "at the Vostochny Cosmodrome",
        "at the Baikonur Spaceport",
        "at the Chequers Estate",
        "at the Bohemian Lodge",
        "at Camp David",
        "at Villa Madama",
        "at the Elysee Palace",
    ],
)
def test_every_venue_the_pattern_finds_passes_its_word_gate(phrase: str) -> None:
    assert _VENUE.search(phrase)
    assert any(word in phrase for word in _VENUE_WORDS)


def test_the_us_state_gate_is_implied_by_the_town_pattern() -> None:
    assert _US_STATE_AFTER_COMMA.search("met in Woodside, California")
    assert not _US_STATE_AFTER_COMMA.search("met in Woodside California")
