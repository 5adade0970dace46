"""Calls a report of speech follows ("said after a phone call with ..."), meetings at named
buildings (the Casa de Nariño, the Department of State, the Akorda), officeholders whose surname
is written a spelling apart from the KB's, and visits told in two clauses of one sentence
(session 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract.people import _one_spelling_apart
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts, facts_of

LAPID, ERDOGAN, PUTIN, TOKAYEV = "Q1396120", "Q39259", "Q7747", "Q200881"
BAERBOCK, KULEBA, WONG, WANG_YI = "Q564328", "Q24025631", "Q456759", "Q701801"
TLEUBERDI, LAVROV, CAVUSOGLU, BLINKEN = "Q70254110", "Q58217", "Q249206", "Q7821917"
ISRAEL, TURKEY, UKRAINE, GERMANY = "Q801", "Q43", "Q212", "Q183"
DAY = dt.date(2022, 8, 17)


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _dates(fact: Fact) -> set[str]:
    return {str(v) for v in fact.get("date")}


@pytest.mark.parametrize(
    ("text", "people", "date"),
    [
        (
            "Prime Minister Yair Lapid said after a phone call with President Tayyip Erdogan "
            "on Wednesday that the two countries would restore full diplomatic ties.",
            {LAPID, ERDOGAN},
            "2022-08-17",
        ),
        (
            "Russian President Vladimir Putin said following a telephone conversation with Kazakh "
            "President Kassym-Jomart Tokayev on Tuesday that gas deliveries would resume.",
            {PUTIN, TOKAYEV},
            "2022-08-16",
        ),
        (
            "German Foreign Minister Annalena Baerbock told reporters after a call with her "
            "Ukrainian counterpart Dmytro Kuleba on Monday that Berlin would send more "
            "air defence.",
            {BAERBOCK, KULEBA},
            "2022-08-15",
        ),
        (
            "Australian Foreign Minister Penny Wong said during a video call with Chinese Foreign "
            "Minister Wang Yi that trade barriers should be removed.",
            {WONG, WANG_YI},
            "",
        ),
    ],
)
def test_call_before_a_report_of_speech(text: str, people: set[str], date: str) -> None:
    calls = [m for m in facts_of(facts(text, DAY), "Meeting") if "041" in m.get("cameoCode")]
    assert len(calls) == 1
    assert _keys(calls[0], "participant") == people
    assert _dates(calls[0]) == ({date} if date else set())


@pytest.mark.parametrize(
    "text",
    [
        "Lapid said a call with Erdogan is planned for next week.",
        "Baerbock said before a call with Kuleba that Germany would send more air defence.",
        "Wong said she hoped to speak with Wang Yi after the summit.",
        "Putin said Tokayev had refused a phone call with Zelensky on Tuesday.",
    ],
)
def test_no_call_told(text: str) -> None:
    assert not facts_of(facts(text, DAY), "Meeting")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Colombian President Gustavo Petro received Spanish Prime Minister Pedro Sanchez at "
            "the Casa de Nariño on Tuesday.",
            "Casa de Nariño",
        ),
        (
            "Secretary Blinken met Colombian Foreign Minister Alvaro Leyva at the Department of "
            "State today.",
            "Department of State",
        ),
        (
            "Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev at the "
            "Akorda on Thursday.",
            "Akorda",
        ),
        (
            "Italian Prime Minister Giorgia Meloni received Ukrainian President Volodymyr Zelensky "
            "at Palazzo Chigi on Monday.",
            "Palazzo Chigi",
        ),
    ],
)
def test_meeting_at_a_named_building(text: str, place: str) -> None:
    meetings = facts_of(facts(text, DAY), "Meeting")
    assert len(meetings) == 1
    (at,) = meetings[0].get("place")
    assert isinstance(at, Entity)
    assert (at.label, at.qid) == (place, None)


def test_readout_today_is_the_article_date() -> None:
    text = (
        "Secretary Blinken met Colombian Foreign Minister Alvaro Leyva at the Department of "
        "State today."
    )
    (meeting,) = facts_of(facts(text, DAY), "Meeting")
    assert _dates(meeting) == {"2022-08-17"}


def test_state_department_as_actor_is_no_venue() -> None:
    found = facts("The State Department imposed sanctions on three Iranian officials.", DAY)
    assert all(not f.get("place") for f in found)


@pytest.mark.parametrize(
    ("text", "date", "holder"),
    [
        (
            "Kazakh Foreign Minister Mukhtar Tileuberdi met Russian Defence Minister "
            "Sergei Shoigu.",
            dt.date(2022, 6, 10),
            TLEUBERDI,
        ),
        (
            "Turkish Foreign Minister Mevlut Cavusoglu met Russian Foreign Minister "
            "Sergei Lavroff.",
            dt.date(2022, 6, 10),
            LAVROV,
        ),
    ],
)
def test_surname_spelled_otherwise_links_through_the_title(
    text: str, date: dt.date, holder: str
) -> None:
    found = facts(text, date)
    holders = {k for t in facts_of(found, "Tenure") for k in _keys(t, "holder")}
    assert holder in holders
    (meeting,) = facts_of(found, "Meeting")
    assert holder in _keys(meeting, "participant")


@pytest.mark.parametrize(
    ("text", "date", "unlinked"),
    [
        # another given name
        (
            "Kazakh Foreign Minister Askar Tileuberdi met Cavusoglu.",
            dt.date(2022, 6, 10),
            "Askar Tileuberdi",
        ),
        # not a single-holder office
        (
            "Kazakh Energy Minister Mukhtar Tileuberdi met Cavusoglu.",
            dt.date(2022, 6, 10),
            "Mukhtar Tileuberdi",
        ),
        # before the KB's holder took the post
        (
            "Kazakh Foreign Minister Mukhtar Tileuberdi met Cavusoglu.",
            dt.date(2017, 6, 10),
            "Mukhtar Tileuberdi",
        ),
        # more than a spelling apart
        (
            "Russian Foreign Minister Sergei Lavrentiev met Cavusoglu.",
            dt.date(2022, 6, 10),
            "Sergei Lavrentiev",
        ),
    ],
)
def test_surname_variant_stays_unlinked(text: str, date: dt.date, unlinked: str) -> None:
    people = {
        v.label: v.qid
        for f in facts(text, date)
        for role in ("participant", "holder")
        for v in f.get(role)
        if isinstance(v, Entity)
    }
    assert unlinked in people
    assert people[unlinked] is None


def test_surname_variant_without_title_stays_unlinked() -> None:
    found = facts("Mukhtar Tileuberdi met Cavusoglu on Monday.", dt.date(2022, 6, 10))
    assert all(TLEUBERDI not in _keys(f, role) for f in found for role in ("participant", "holder"))


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("tileuberdi", "tleuberdi", True),
        ("shoygu", "shoigu", True),
        ("lavrov", "lavrov", True),
        ("lavrov", "lavrin", False),
        ("tleuberdi", "tleuberdy", True),
        ("tleuberdi", "tleubirdi", False),
        ("wong", "wang", False),
        ("tleuberdi", "tleuberdis", False),
    ],
)
def test_one_spelling_apart(a: str, b: str, apart: bool) -> None:
    assert _one_spelling_apart(a, b) is apart


def test_two_visits_of_one_sentence_each_dated() -> None:
    text = (
        "Cavusoglu travelled to Israel in May, and Lapid, then foreign minister, visited "
        "Ankara in June."
    )
    found = facts(text, dt.date(2023, 3, 15))
    visits = {
        frozenset(_keys(m, "participant")): (_dates(m), _keys(m, "place"))
        for m in facts_of(found, "Meeting")
    }
    assert visits == {
        frozenset({CAVUSOGLU, ISRAEL}): ({"2022-05"}, {ISRAEL}),
        frozenset({LAPID, TURKEY}): ({"2022-06"}, {"Q3640"}),
    }
    assert not facts_of(found, "Tenure")  # (an office then held)


def test_two_visits_other_verbs() -> None:
    text = (
        "Blinken visited Kyiv in January, and Kuleba, then foreign minister, travelled to "
        "Washington in March."
    )
    found = facts(text, dt.date(2024, 12, 2))
    visits = {frozenset(_keys(m, "participant")): _dates(m) for m in facts_of(found, "Meeting")}
    assert visits == {
        frozenset({BLINKEN, UKRAINE}): {"2024-01"},
        frozenset({KULEBA, "Q30"}): {"2024-03"},
    }


def test_second_clause_only_hoped() -> None:
    text = "Blinken visited Kyiv in January, and Kuleba hoped to visit Washington in March."
    meetings = facts_of(facts(text, dt.date(2024, 12, 2)), "Meeting")
    assert [_keys(m, "participant") for m in meetings] == [{BLINKEN, UKRAINE}]
    assert _dates(meetings[0]) == {"2024-01"}
