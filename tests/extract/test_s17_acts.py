"""Acts other than meetings in wire and agency wordings (session 17): a sum in the object before
the state whose act is condemned ("condemned a planned $1.1 billion U.S. arms sale"), an attack
on a city named as a port or town of it ("struck the port of Odesa": the city's state is the one
attacked), a state's forces as the subject ("Iran's Revolutionary Guards seized ...", "China's
coast guard ..."), troop build-ups at a border ("massed tens of thousands of troops near its
border with Ukraine"), releases of a count of foreigners ("released two detained Canadians") and
combined exercises begun ("began their largest combined military exercises")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, keys

DAY = dt.date(2022, 8, 26)  # a Friday
RUSSIA, UKRAINE, US, CHINA, IRAN, GREECE = "Q159", "Q212", "Q30", "Q148", "Q794", "Q41"
CANADA, PHILIPPINES, SOUTH_KOREA = "Q16", "Q928", "Q884"


def _events(text: str, event_type: str) -> list[tuple[set[str], set[str], str, tuple[str, ...]]]:
    """(actors, recipients, cameo, dates) of the events of one type."""
    return [
        (
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            date_values(f, "date"),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == event_type
    ]


# ---- a sum before the state named in the object ------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "China's foreign ministry on Friday condemned a planned $1.1 billion U.S. arms sale "
            "to Taiwan.",
            CHINA,
            US,
        ),
        ("Russia denounced the $40 billion American aid package for Ukraine.", RUSSIA, US),
    ],
)
def test_sum_before_the_state_in_the_object(text: str, actor: str, recipient: str) -> None:
    assert any(a == {actor} and r == {recipient} for a, r, _, _ in _events(text, "ACCUSE"))


# ---- an attack on a city ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia struck the port of Odesa with cruise missiles on Friday.",
        "Russian forces struck the southern port city of Odesa on Friday.",
        "Russia struck Odesa with drones on Friday.",
    ],
)
def test_city_struck_is_its_states(text: str) -> None:
    found = _events(text, "ASSAULT")
    assert any(a == {RUSSIA} and r == {UKRAINE} and d == ("2022-08-26",) for a, r, _, d in found)


def test_city_struck_place() -> None:
    found = [
        f
        for f in facts("Russia struck the port of Odesa on Friday.", DAY)
        if f.cls.value == "Event"
    ]
    assert [keys(f.get("place")) for f in found] == [{"Q1874"}]


@pytest.mark.parametrize(
    "text",
    [
        "Russia has not struck the port of Odesa.",
        "Russia could strike the port of Odesa.",
        "The two sides struck a deal in the port of Odesa.",
    ],
)
def test_city_not_struck(text: str) -> None:
    assert not _events(text, "ASSAULT")


# ---- a state's forces as the subject --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Iran's Revolutionary Guards seized two Greek tankers in the Gulf on Friday.",
            IRAN,
            GREECE,
        ),
        ("Iran's Islamic Revolutionary Guard Corps seized a Greek tanker.", IRAN, GREECE),
        ("China's coast guard seized a Philippine fishing boat.", CHINA, PHILIPPINES),
        ("Russia's military struck the port of Odesa.", RUSSIA, UKRAINE),
    ],
)
def test_state_forces_act(text: str, actor: str, recipient: str) -> None:
    found = _events(text, "COERCE") + _events(text, "ASSAULT")
    assert any(a == {actor} and r == {recipient} for a, r, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Iran's Revolutionary Guards did not seize the Greek tanker.",
        "Iran's navy could seize Greek tankers.",
    ],
)
def test_state_forces_no_act(text: str) -> None:
    assert not _events(text, "COERCE")


# ---- build-ups at a border -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia has massed tens of thousands of troops near its border with Ukraine.",
        "Russia deployed 100,000 troops along its border with Ukraine.",
        "Russia has concentrated more than 90,000 soldiers near the Ukrainian border.",
    ],
)
def test_build_up_at_a_border(text: str) -> None:
    assert ({RUSSIA}, {UKRAINE}, "150", ()) in _events(text, "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "Russia has not deployed troops near its border with Ukraine.",
        "Russia could deploy more troops near the Ukrainian border.",
        "Kazakhstan deployed customs officers at border crossings with Kyrgyzstan.",
    ],
)
def test_no_build_up(text: str) -> None:
    assert not _events(text, "MOBILIZE")


# ---- releases of a count of foreigners ------------------------------------------------------


def test_release_of_detained_foreigners() -> None:
    found = _events("China released two detained Canadians in 2021.", "CONCEDE")
    assert found == [({CHINA}, {CANADA}, "0841", ("2021",))]


def test_no_release() -> None:
    assert not _events("China has not released two detained Canadians.", "CONCEDE")


# ---- combined exercises begun -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "South Korea and the United States began their largest combined military exercises "
        "in years on Monday.",
        "South Korea and the United States kicked off joint naval drills on Monday.",
    ],
)
def test_combined_exercises_begun(text: str) -> None:
    found = _events(text, "COOPERATE")
    assert [(a, c) for a, _, c, _ in found] == [({SOUTH_KOREA, US}, "062")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched combined arms drills in the south.",
        "South Korea and the United States did not begin joint exercises this year.",
        "Armenia and Azerbaijan could begin joint patrols.",
    ],
)
def test_no_exercises_begun(text: str) -> None:
    assert not _events(text, "COOPERATE")
