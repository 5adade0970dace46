"""Meetings: a visitor received by a named host, officials named after their group's
organisation, talks only made possible (session 40, the meetings helper).

A visit told with the one who received the visitor ("visited Damascus in April, ..., and was
received by Assad", "arrived in Baku on Monday and was received at the airport by Foreign
Minister Bayramov") is a visit (042) of the visitor and that person, not of the visitor and
the state (nor a hosting, 043, as "was received by" gave after a day).

"met in New York with the foreign ministers of the other two Quad members, Australia's Penny
Wong and Japan's Yoshimasa Hayashi": each official named after the group is a participant,
also when the group is named by its organisation (the rule read only groups told in words).

A visit of days and the visited side's welcome of the visitor on one of them, told in two
sentences ("is on a state visit to Kenya from May 2 to 4" and "Ruto welcomed Kishida at State
House on May 3"; "arrived in New Delhi on Sunday" and "Modi received Kishida on Monday") are
one occasion (ANNOTATION.md §4): the welcome (043), no second visit of the visitor and the state.
A welcome after the visit's days stays its own meeting.

"opens the door to further dialogue between X and Y", "paved the way for talks between X and
Y": talks made possible, not held; no meeting.

Hit rate at a79deaf8 (before): 0/4 visits with their receiver (two gave the state, two a
hosting), 0/3 groups named by an organisation, 0/2 talks made possible (both gave a
meeting), 0/2 welcomes within a visit; the controls passed before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

FRIDAY = dt.date(2023, 5, 12)
SAFADI, ALIYEV, BAYRAMOV = "Q28336737", "Q57371", "Q16366137"
FAISAL, ASSAD = "Q72099398", "Q44329"
BLINKEN, WONG, JAISHANKAR = "Q7821917", "Q456759", "Q16186720"
BIDEN, SCHOLZ, MACRON = "Q6279", "Q61053", "Q3052772"
KISHIDA, RUTO, MODI, KENYA = "Q359480", "Q195725", "Q1058", "Q114"


def _meetings(body: str) -> list[tuple[set[str], tuple[str, ...]]]:
    """(participants, CAMEO codes) of each Meeting the body gives."""
    return [
        (keys(f.get("participant")), tuple(str(c) for c in f.get("cameoCode")))
        for f in facts(body, FRIDAY)
        if f.cls.value == "Meeting"
    ]


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan travelled to Damascus in April, his "
            "first trip there in a decade, and was received by Assad.",
            {FAISAL, ASSAD},
        ),
        (
            "Foreign Minister Ayman Safadi travelled to Baku on Monday and was received by "
            "President Ilham Aliyev.",
            {SAFADI, ALIYEV},
        ),
        (
            "Foreign Minister Ayman Safadi arrived in Baku on Tuesday and was received at the "
            "airport by Foreign Minister Jeyhun Bayramov.",
            {SAFADI, BAYRAMOV},
        ),
        (
            "Foreign Minister Ayman Safadi visited Baku in March, the first such visit since "
            "2019, and was received at the Presidential Palace by President Ilham Aliyev.",
            {SAFADI, ALIYEV},
        ),
    ],
)
def test_a_visit_with_the_one_who_received_the_visitor(body: str, pair: set[str]) -> None:
    assert _meetings(body) == [(pair, ("042",))]


@pytest.mark.parametrize(
    "body",
    [
        # negated, to come: no meeting
        "Foreign Minister Ayman Safadi visited Baku in March and was not received by President "
        "Ilham Aliyev.",
        "Foreign Minister Ayman Safadi will travel to Baku next week and will be received by "
        "President Ilham Aliyev.",
    ],
)
def test_no_visit_received_when_hedged(body: str) -> None:
    assert _meetings(body) == []


@pytest.mark.parametrize(
    ("body", "who"),
    [
        (
            "President Joe Biden met in Brussels with the leaders of two NATO members, Germany's "
            "Olaf Scholz and France's Emmanuel Macron.",
            {BIDEN, SCHOLZ, MACRON},
        ),
        (
            "Secretary Antony Blinken met in Tokyo with the foreign ministers of the other Quad "
            "members, Australia's Penny Wong and India's Subrahmanyam Jaishankar.",
            {BLINKEN, WONG, JAISHANKAR},
        ),
        (
            "On Monday, Secretary Antony Blinken met in Tokyo with the foreign ministers of two "
            "fellow Quad members, Australia’s Penny Wong and India’s Subrahmanyam Jaishankar.",
            {BLINKEN, WONG, JAISHANKAR},
        ),
    ],
)
def test_officials_named_after_a_group_of_an_organisation(body: str, who: set[str]) -> None:
    assert [p for p, _ in _meetings(body)] == [who]


@pytest.mark.parametrize(
    "body",
    [
        # no one named after the group, or a meeting to come
        "Secretary Antony Blinken met in Tokyo with the foreign ministers of the Quad members "
        "on Monday.",
        "Secretary Antony Blinken will meet in Tokyo with the foreign ministers of the other "
        "Quad members, Australia's Penny Wong and India's Subrahmanyam Jaishankar.",
    ],
)
def test_no_officials_of_a_group_unnamed_or_to_come(body: str) -> None:
    assert all(WONG not in p for p, _ in _meetings(body))


@pytest.mark.parametrize(
    "body",
    [
        "The release also opens the door to further dialogue between the United States and "
        "Venezuela on issues of concern.",
        "The ceasefire paved the way for talks between Armenia and Azerbaijan.",
    ],
)
def test_talks_made_possible_are_no_meeting(body: str) -> None:
    assert _meetings(body) == []


def test_talks_between_held_still_a_meeting() -> None:
    # (the control: talks held between the two)
    assert _meetings(
        "Talks between Armenia and Azerbaijan opened in Washington on Monday, after the "
        "ceasefire paved the way."
    ) == [({"Q399", "Q227"}, ("044",))]


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Prime Minister Fumio Kishida is on a state visit to Kenya from May 2 to 4. President "
            "William Ruto welcomed Prime Minister Kishida at State House in Nairobi on May 3.",
            {KISHIDA, RUTO},
        ),
        (
            "Prime Minister Fumio Kishida arrived in New Delhi on Sunday. Prime Minister Narendra "
            "Modi received Kishida at Hyderabad House on Monday.",
            {KISHIDA, MODI},
        ),
    ],
)
def test_a_welcome_on_the_days_of_a_visit_is_the_visit(body: str, pair: set[str]) -> None:
    assert _meetings(body) == [(pair, ("043",))]


def test_a_welcome_after_the_visit_stays_its_own() -> None:
    found = _meetings(
        "Prime Minister Fumio Kishida is on a state visit to Kenya from May 2 to 4. President "
        "William Ruto welcomed Prime Minister Kishida at State House in Nairobi on May 9."
    )
    assert sorted(sorted(p) for p, _ in found) == sorted(
        [sorted({KENYA, KISHIDA}), sorted({KISHIDA, RUTO})]
    )
