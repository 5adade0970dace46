"""False positives and wrong arguments (session 20, precision4): a trip the body tells in the
present with the day it is set for is no meeting yet ("travels to Ankara on Thursday for talks");
an intention denied before an infinitive or "of ...ing" act is no act ("did not intend to close
its embassy ... or to cut relations", "has no intention of severing"); a time clause with a
subject of its own keeps it ("asked Hungary to cancel it as Russia massed troops": Russia's
build-up); a promise a leader makes to "his guest" in talks is the leader's word (ANNOTATION.md
§4 Meeting: persons when named), with the guards: a past trip, the headline's present, the day
of the article, an act after "but", another party's act."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 5, 12)  # a Friday
ARGENTINA, VENEZUELA, RUSSIA, UKRAINE, HUNGARY = "Q414", "Q717", "Q159", "Q212", "Q28"
EGYPT, LAVROV, ERDOGAN, PUTIN, BRAZIL = "Q79", "Q58217", "Q39259", "Q7747", "Q155"


def _meetings(text: str) -> list[set[str]]:
    return [keys(f.get("participant")) for f in facts(text, DAY) if f.cls.value == "Meeting"]


def _events(text: str) -> list[tuple[str, set[str], set[str]]]:
    return [
        (str(f.get("eventType")[0]), keys(f.get("actor")), keys(f.get("recipient")))
        for f in facts(text, DAY)
        if f.cls.value == "Event"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sergey Lavrov travels to Ankara on Thursday for a meeting with Turkish President "
        "Recep Tayyip Erdogan.",
        "The Chinese foreign minister travels to Moscow this week for talks with Sergey Lavrov.",
        "Narendra Modi pays a state visit to Japan on Tuesday for talks with Fumio Kishida.",
        "Sergey Lavrov arrives in Ankara on Wednesday to meet Recep Tayyip Erdogan.",
    ],
)
def test_a_trip_the_body_schedules_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sergey Lavrov travelled to Ankara on Thursday for talks with Turkish President Recep "
        "Tayyip Erdogan.",
        # (the day of the article: the trip is today's)
        "Sergey Lavrov arrives in Ankara on Friday for talks with Turkish President Recep "
        "Tayyip Erdogan.",
    ],
)
def test_a_trip_told_as_done_or_today_is_a_meeting(text: str) -> None:
    assert {LAVROV, ERDOGAN} in _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Argentina has no intention of severing diplomatic relations with Venezuela.",
        "The foreign minister said Argentina did not intend to close its embassy in Caracas or "
        "to cut diplomatic relations with Venezuela.",
        "Argentina does not plan to expel Venezuelan diplomats or to break off relations with "
        "Venezuela.",
        "Argentina doesn’t intend to close its embassy in Caracas or to cut diplomatic "
        "relations with Venezuela.",
        "Argentina never wanted to recall its ambassador or to cut diplomatic relations with "
        "Venezuela.",
    ],
)
def test_an_intention_denied_is_no_act(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Argentina cut diplomatic relations with Venezuela on Tuesday.",
        "Chile has no plans to sever ties, but Argentina cut diplomatic relations with Venezuela.",
        "Argentina did not intend to wait and decided to cut diplomatic relations with Venezuela.",
    ],
)
def test_an_act_beside_a_denied_intention_stays(text: str) -> None:
    assert ("SANCTION", {ARGENTINA}, {VENEZUELA}) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The trip was criticised by France, which had asked Hungary to cancel it as Russia massed "
        "troops near the Ukrainian border.",
        "The United States urged Egypt to stay neutral while Russia deployed troops along the "
        "border with Ukraine.",
    ],
)
def test_a_time_clause_keeps_its_own_subject(text: str) -> None:
    found = [e for e in _events(text) if e[0] == "MOBILIZE"]
    assert found and all(actors == {RUSSIA} for _, actors, _ in found)


def test_the_one_asked_still_acts_without_a_clause_of_its_own() -> None:
    assert ("REQUEST", {"Q183"}, {"Q36"}) in _events(
        "Germany asked Poland to help as Ukraine asked for more weapons."
    )


_TALKS = "Vladimir Putin held talks with Luiz Inacio Lula da Silva in the Kremlin on Wednesday. "


@pytest.mark.parametrize(
    "second",
    [
        "The Russian leader assured his guest that Russia would keep supplying fertilisers to "
        "Brazilian farmers.",
        "Putin assured his guest that Russia would keep supplying fertilisers to Brazil.",
    ],
)
def test_a_promise_to_the_guest_is_the_leaders_word(second: str) -> None:
    agree = [e for e in _events(_TALKS + second) if e[0] == "AGREE"]
    assert agree and all(actors == {PUTIN} for _, actors, _ in agree)


def test_a_promise_for_another_party_is_not_the_leaders() -> None:
    text = _TALKS + "Putin assured his guest that Brazil would receive fertilisers."
    assert not [e for e in _events(text) if e[0] == "AGREE" and PUTIN in e[1]]


ROMANIA = "Q218"


@pytest.mark.parametrize(
    "text",
    [
        "In April, Romania expelled twelve Russian diplomats, and Moscow responded by expelling "
        "the same number of Romanian embassy staff.",
        "Moscow retaliated on Tuesday by expelling an equal number of Romanian diplomats.",
    ],
)
def test_the_same_number_expelled_names_their_state(text: str) -> None:
    assert ("SANCTION", {RUSSIA}, {ROMANIA}) in _events(text)


def test_a_retaliation_denied_is_no_expulsion() -> None:
    text = "Moscow has no intention of expelling the same number of Romanian embassy staff."
    assert not [e for e in _events(text) if e[0] == "SANCTION"]
