"""Meetings in the wordings of wire stories and agency reports (session 17, meet2): a meeting
with one "who was visiting" a third state's city (its place, CAMEO 044), a bare "spoke" after
the meeting in person it tells again (not a call), a session of an organisation's body ("A
meeting of the Supreme Eurasian Economic Council took place in Bishkek") with those the next
sentence says attended it, a meeting "on the sidelines of the summit" (the summit's place and
day), and an embedded tweet's subject-less meeting, its author named by the attribution line;
and the near misses: a visit to the host's own city, "spoke ... by video link", a session to
come, a tweet that plans a meeting."""

from __future__ import annotations

import datetime as dt

from dipld.articles import parse_text
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Fact
from tests.extract.test_patterns import cameo, date_values, facts, facts_of, keys

PUTIN, TOKAYEV, PASHINYAN, KISHIDA, SCHOLZ = "Q7747", "Q200881", "Q7035479", "Q359480", "Q61053"
MACRON, BIDEN, ALIYEV, ERDOGAN, MIRZIYOYEV = "Q3052772", "Q6279", "Q57371", "Q39259", "Q57808"
NEW_YORK, MOSCOW, MINSK, YEREVAN, TASHKENT = "Q60", "Q649", "Q2280", "Q1953", "Q269"
BLINKEN, KULEBA = "Q7821917", "Q24025631"
NOV24 = dt.date(2022, 11, 24)


def _meetings(text: str, day: dt.date = NOV24) -> list[Fact]:
    return facts_of(facts(text, day), "Meeting")


def _article(body: str, date: str = "2022-11-24", title: str = "Test") -> list[Fact]:
    front = f"title: {title}\ndate: {date}\npublisher: Test Wire\n"
    return facts_of(extract(parse_text(f"{front}---\n{body}\n", "t.txt"), load_index()), "Meeting")


def _place(fact: Fact) -> set[str]:
    return keys(fact.get("place"))


# --- "who was visiting" a city -------------------------------------------------------------------


def test_met_one_visiting_a_third_states_city() -> None:
    found = _meetings(
        "Fumio Kishida met Olaf Scholz, who was visiting New York for the UN General Assembly, "
        "on Tuesday."
    )
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {KISHIDA, SCHOLZ}
    assert _place(found[0]) == {NEW_YORK}
    assert cameo(found[0]) == "044"
    assert date_values(found[0], "date") == ("2022-11-22",)


def test_met_one_visiting_the_hosts_city_is_a_visit() -> None:
    found = _meetings(
        "Vladimir Putin met Kassym-Jomart Tokayev, who was visiting Moscow, on Monday."
    )
    assert len(found) == 1
    assert _place(found[0]) == {MOSCOW}
    assert cameo(found[0]) == "042"


# --- a bare "spoke" after a meeting in person ----------------------------------------------------


def test_spoke_after_a_meeting_in_person_is_that_meeting() -> None:
    found = _article(
        "President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Wednesday.\n\n"
        "The two leaders spoke for more than two hours."
    )
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {MACRON, SCHOLZ}
    assert cameo(found[0]) != "041"
    assert len(found[0].evidence) == 2


def test_spoke_by_video_link_after_a_meeting_is_a_call() -> None:
    found = _article(
        "President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Thursday.\n\n"
        "Macron and Scholz also spoke by video link with President Joe Biden on Thursday."
    )
    calls = [f for f in found if cameo(f) == "041"]
    assert len(calls) == 1
    assert BIDEN in keys(calls[0].get("participant"))


def test_spoke_with_another_is_still_a_call() -> None:
    found = _article(
        "President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Wednesday.\n\n"
        "Macron spoke with President Joe Biden."
    )
    calls = [f for f in found if cameo(f) == "041"]
    assert len(calls) == 1
    assert keys(calls[0].get("participant")) == {MACRON, BIDEN}


# --- a session of an organisation's body, and who attended it ------------------------------------


def test_session_of_a_body_with_those_who_attended() -> None:
    found = _article(
        "A session of the Supreme Eurasian Economic Council was held in Minsk on Thursday.\n\n"
        "The session was attended by Vladimir Putin, Kassym-Jomart Tokayev and Nikol Pashinyan."
    )
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {PUTIN, TOKAYEV, PASHINYAN}
    assert _place(found[0]) == {MINSK}
    assert date_values(found[0], "date") == ("2022-11-24",)


def test_attended_by_one_who_took_part_by_video() -> None:
    found = _article(
        "A meeting of the Supreme Eurasian Economic Council took place in Minsk on Thursday.\n\n"
        "The meeting was attended by Vladimir Putin and Kassym-Jomart Tokayev, while Nikol "
        "Pashinyan took part via video link."
    )
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {PUTIN, TOKAYEV, PASHINYAN}


def test_session_to_come_is_no_meeting() -> None:
    assert not _meetings(
        "A session of the Supreme Eurasian Economic Council will be held in Minsk in December."
    )


# --- on the sidelines of the summit --------------------------------------------------------------


def test_sidelines_of_the_summit_take_its_place_and_day() -> None:
    found = _article(
        "Leaders of the CSTO met in Yerevan on Wednesday.\n\n"
        "On the sidelines of the summit, Vladimir Putin met Kassym-Jomart Tokayev."
    )
    side = [f for f in found if keys(f.get("participant")) == {PUTIN, TOKAYEV}]
    assert len(side) == 1
    assert _place(side[0]) == {YEREVAN}
    assert date_values(side[0], "date") == ("2022-11-23",)
    assert cameo(side[0]) == "044"


# --- an embedded tweet ---------------------------------------------------------------------------


def test_tweet_without_a_subject_is_its_authors_meeting() -> None:
    found = _article(
        "The Azerbaijani leader posted on Twitter.\n\n"
        "Had a productive phone call with my friend Recep Tayyip Erdogan.\n"
        "— Ilham Aliyev (@presidentaz) November 24, 2022"
    )
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {ALIYEV, ERDOGAN}
    assert cameo(found[0]) == "041"
    assert date_values(found[0], "date") == ("2022-11-24",)


def test_tweet_of_talks_in_a_city() -> None:
    found = _article(
        "Held talks with my brother Shavkat Mirziyoyev in Tashkent.\n"
        "— Kassym-Jomart Tokayev (@TokayevKZ) December 22, 2022",
        date="2022-12-22",
    )
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {TOKAYEV, MIRZIYOYEV}
    assert _place(found[0]) == {TASHKENT}


def test_tweet_of_a_meeting_to_come_is_none() -> None:
    assert not _article(
        "Will hold talks with my brother Shavkat Mirziyoyev in Tashkent tomorrow.\n"
        "— Kassym-Jomart Tokayev (@TokayevKZ) December 22, 2022",
        date="2022-12-22",
    )


# --- a visit counted in an apposition before the one met -----------------------------------------


def test_trip_counted_in_an_apposition_then_met() -> None:
    found = _meetings(
        "Secretary of State Antony J. Blinken traveled to Kyiv today, his third trip to Ukraine "
        "this year, and met with Foreign Minister Dmytro Kuleba.",
        dt.date(2022, 9, 8),
    )
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {BLINKEN, KULEBA}
    assert cameo(found[0]) == "042"
    assert date_values(found[0], "date") == ("2022-09-08",)


def test_earlier_visited_two_states() -> None:
    found = _meetings(
        "Wang Yi, who is on a tour of Southeast Asia, earlier visited Myanmar and Thailand.",
        dt.date(2022, 7, 12),
    )
    visited = {k for f in found for k in keys(f.get("place"))}
    assert len(found) == 2
    assert all(cameo(f) == "042" for f in found)
    assert visited == {"Q836", "Q869"}
