"""Meetings of several officials (session 20, meet4): "A and B held talks with their Russian
counterparts, C and D" gives each counterpart the office of the official named in the same
place, of the demonym's state, and the titled officials the state of the article's one other
leader; a meeting told "in parallel" with the dated meeting of the same two states is of its
day."""

from __future__ import annotations

import datetime as dt

from dipld.model import Fact
from tests.extract.test_patterns import date_values, facts, facts_of, keys

DAY = dt.date(2023, 12, 8)

LEADERS = (
    "Chilean President Gabriel Boric held talks with Spanish Prime Minister Pedro Sanchez in "
    "Madrid on Thursday.\n\n"
)


def _tenure(found: list[Fact], holder: str) -> Fact | None:
    return next(
        (f for f in facts_of(found, "Tenure") if holder in keys(f.get("holder"))),
        None,
    )


def _role(fact: Fact | None) -> tuple[str, set[str]]:
    assert fact is not None
    return str(fact.get("role")[0]), keys(fact.get("jurisdiction"))


def test_each_counterpart_holds_the_office_named_in_the_same_place() -> None:
    found = facts(
        LEADERS + "In parallel, Foreign Minister Alberto van Klaveren and Defence Minister "
        "Maya Fernandez held talks with their Spanish counterparts, Jose Manuel Albares and "
        "Margarita Robles.",
        DAY,
    )
    assert _role(_tenure(found, "Q64595113")) == ("ForeignMinister", {"Q29"})
    assert _role(_tenure(found, "Margarita Robles")) == ("Minister", {"Q29"})
    # the titled officials: of the state of the one other leader named
    assert _role(_tenure(found, "Alberto van Klaveren")) == ("ForeignMinister", {"Q298"})
    assert _role(_tenure(found, "Maya Fernandez")) == ("Minister", {"Q298"})
    four = [
        f
        for f in facts_of(found, "Meeting")
        if {"Q64595113", "Margarita Robles", "Maya Fernandez"} <= keys(f.get("participant"))
    ]
    assert len(four) == 1
    assert date_values(four[0], "date") == ("2023-12-07",)


def test_the_order_of_the_titles_is_the_order_of_the_counterparts() -> None:
    found = facts(
        "Indian Prime Minister Narendra Modi received Australian Prime Minister Anthony "
        "Albanese in New Delhi on Wednesday.\n\n"
        "At the same time, Defence Minister Richard Marles and Trade Minister Don Farrell met "
        "their Indian counterparts, Rajnath Singh and Piyush Goyal.",
        DAY,
    )
    assert _role(_tenure(found, "Q2056817") or _tenure(found, "Rajnath Singh"))[1] == {"Q668"}
    goyal = _tenure(found, "Piyush Goyal") or next(
        (
            f
            for f in facts_of(found, "Tenure")
            if "Goyal" in str(f.get("holder")[0]) and "Q668" in keys(f.get("jurisdiction"))
        ),
        None,
    )
    assert goyal is not None
    assert str(goyal.get("role")[0]) == "Minister"


def test_more_names_than_titles_give_no_counterpart_offices() -> None:
    found = facts(
        LEADERS + "Foreign Minister Alberto van Klaveren and Defence Minister Maya Fernandez "
        "met their Spanish counterparts, Jose Manuel Albares, Margarita Robles and Nadia "
        "Calvino.",
        DAY,
    )
    assert _tenure(found, "Margarita Robles") is None
    assert _tenure(found, "Nadia Calvino") is None


def test_no_leader_named_gives_the_titled_officials_no_state() -> None:
    found = facts(
        "Foreign Minister Alberto van Klaveren and Defence Minister Maya Fernandez held talks "
        "with their Spanish counterparts, Jose Manuel Albares and Margarita Robles.",
        DAY,
    )
    assert _tenure(found, "Alberto van Klaveren") is None
    assert _role(_tenure(found, "Margarita Robles")) == ("Minister", {"Q29"})


def test_two_other_states_named_give_the_titled_officials_no_state() -> None:
    found = facts(
        "Chilean President Gabriel Boric and Argentine President Alberto Fernandez held talks "
        "with Spanish Prime Minister Pedro Sanchez in Madrid on Thursday.\n\n"
        "Foreign Minister Carla Serrano and Defence Minister Maya Fernandez held talks with "
        "their Spanish counterparts, Jose Manuel Albares and Margarita Robles.",
        DAY,
    )
    assert _tenure(found, "Carla Serrano") is None


def test_a_parallel_meeting_of_other_states_keeps_no_date() -> None:
    found = facts(
        LEADERS + "In parallel, French Foreign Minister Catherine Colonna held talks with "
        "Moroccan Foreign Minister Nasser Bourita.",
        DAY,
    )
    other = [f for f in facts_of(found, "Meeting") if "Colonna" in f.evidence[0].text]
    assert len(other) == 1
    assert not other[0].get("date")


def test_a_parallel_meeting_that_is_planned_is_no_meeting() -> None:
    found = facts(
        LEADERS + "In parallel, Foreign Minister Alberto van Klaveren and Defence Minister "
        "Maya Fernandez will hold talks with their Spanish counterparts, Jose Manuel Albares "
        "and Margarita Robles next week.",
        DAY,
    )
    assert not [
        f for f in facts_of(found, "Meeting") if "Margarita Robles" in keys(f.get("participant"))
    ]


def test_who_serves_as_an_office_is_a_tenure() -> None:
    found = facts(
        "Norway hosted talks in Oslo on Monday with a Taliban delegation.\n\n"
        "The delegation was led by Amir Khan Muttaqi, who serves as foreign minister in the "
        "Taliban's interim government.",
        dt.date(2022, 1, 24),
    )
    assert _role(_tenure(found, "Q60499905")) == ("ForeignMinister", {"Q889"})


def test_who_is_serving_as_an_office_of_a_named_state() -> None:
    found = facts(
        "The forum was opened by Kaja Kallas, who is currently serving as prime minister of "
        "Estonia.",
        DAY,
    )
    assert _role(_tenure(found, "Q11869065")) == ("HeadOfGovernment", {"Q191"})


def test_who_served_as_an_office_once_is_no_tenure() -> None:
    found = facts(
        "The forum was opened by Kaja Kallas, who served as prime minister of Estonia until 2024.",
        DAY,
    )
    assert _tenure(found, "Q11869065") is None


SUMMIT = (
    "Chinese President Xi Jinping attended the summit of the Shanghai Cooperation Organisation "
    "in Samarkand on Friday.\n\n"
)


def _meetings_with(found: list[Fact], qid: str) -> list[set[str]]:
    return [
        keys(f.get("participant"))
        for f in facts_of(found, "Meeting")
        if qid in keys(f.get("participant"))
    ]


def test_leaders_of_two_states_met_on_the_sidelines_are_two_meetings() -> None:
    found = facts(
        SUMMIT + "Xi also met Pakistani Prime Minister Shehbaz Sharif and Belarusian President "
        "Alexander Lukashenko on the sidelines.",
        dt.date(2022, 9, 16),
    )
    met = _meetings_with(found, "Q2866")
    assert met == [{"Q15031", "Q2866"}]
    assert {"Q15031", "Q2096387"} in _meetings_with(found, "Q2096387")


def test_two_officials_of_one_state_met_on_the_sidelines_are_one_meeting() -> None:
    found = facts(
        SUMMIT + "Xi met Pakistani Prime Minister Shehbaz Sharif and Foreign Minister Bilawal "
        "Bhutto Zardari on the sidelines.",
        dt.date(2022, 9, 16),
    )
    assert {"Q15031", "Q2096387", "Q244338"} in _meetings_with(found, "Q244338")


def test_leaders_met_together_elsewhere_are_one_meeting() -> None:
    found = facts(
        "Xi Jinping met Pakistani Prime Minister Shehbaz Sharif and Belarusian President "
        "Alexander Lukashenko in Beijing on Friday.",
        dt.date(2022, 9, 16),
    )
    assert {"Q15031", "Q2096387", "Q2866"} in _meetings_with(found, "Q2866")


def test_leaders_who_will_meet_on_the_sidelines_are_no_meetings() -> None:
    found = facts(
        SUMMIT + "Xi will meet Pakistani Prime Minister Shehbaz Sharif and Belarusian President "
        "Alexander Lukashenko on the sidelines.",
        dt.date(2022, 9, 16),
    )
    assert not _meetings_with(found, "Q2866")


def test_leaders_met_together_on_the_sidelines_are_one_meeting() -> None:
    found = facts(
        SUMMIT + "Xi met Pakistani Prime Minister Shehbaz Sharif and Belarusian President "
        "Alexander Lukashenko together on the sidelines.",
        dt.date(2022, 9, 16),
    )
    assert {"Q15031", "Q2096387", "Q2866"} in _meetings_with(found, "Q2866")
