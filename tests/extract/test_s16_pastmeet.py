"""Meetings and visits told in passing (session 16, ANNOTATION.md §4: past meetings are
annotated, historical, with their own date and place; future ones, or one only the setting of
another act, are not): earlier talks recalled by a noun ("since their meeting in Bali last
November"), a meeting dated by a year after a verb of agreeing ("the understandings reached when
the two leaders met in Jakarta in 2019"), a trip or tour that "took him to" states, the
subject's visit told in a phrase ("during his visit to Jakarta in September"), a summit or talks
a state is thanked for hosting, an earlier meeting a speaker recalls to the one spoken to ("We
last met in July, in St Petersburg"), an act the subject reports of himself at a meeting ("said
that he raised the matter during a meeting with X in November"), a meeting hosted for
representatives of groups the KB lacks."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact, Status
from tests.extract.test_patterns import cameo, date_values, facts, facts_of, keys, labels, one_with


def _meetings(text: str, day: dt.date) -> list[Fact]:
    return facts_of(facts(text, day), "Meeting")


PUTIN, TOKAYEV, XI, WIDODO = "Q7747", "Q200881", "Q15031", "Q3318231"
MODI, RUTO, BLINKEN, JAISHANKAR = "Q1058", "Q195725", "Q7821917", "Q16186720"
KENYA, TANZANIA, JAPAN, VIETNAM, INDONESIA = "Q114", "Q924", "Q17", "Q881", "Q252"
DEC8 = dt.date(2023, 12, 8)


# --- earlier talks recalled by a noun or a verb ---------------------------------------------------


def test_since_their_meeting_in_a_town_last_month() -> None:
    text = (
        "Xi Jinping held talks with Joko Widodo in Beijing on Wednesday. "
        "Since their meeting in Bali last November, trade has grown by a third."
    )
    found = _meetings(text, dt.date(2023, 5, 10))
    past = [f for f in found if date_values(f, "date") == ("2022-11",)]
    assert len(past) == 1 and len(found) == 2
    assert keys(past[0].get("participant")) == {XI, WIDODO}
    assert labels(past[0], "place") == {"Bali"}
    assert past[0].status is Status.HISTORICAL


def test_a_meeting_in_a_year_after_a_verb_of_agreeing_is_not_the_days_meeting() -> None:
    text = (
        "Xi Jinping held talks with Joko Widodo in Beijing on Wednesday. "
        "The talks built on the understandings reached when the two leaders met in Jakarta in "
        "2019."
    )
    found = _meetings(text, dt.date(2023, 5, 10))
    assert len(found) == 2
    old = next(f for f in found if date_values(f, "date") == ("2019",))
    assert keys(old.get("place")) == {"Q3630"}
    today = next(f for f in found if f is not old)
    assert len(today.evidence) == 1  # (not restated by the earlier meeting's sentence)


# --- a trip or tour that took the visitor somewhere -----------------------------------------------


def test_the_tour_has_taken_him_to_two_states() -> None:
    text = (
        "Indian Prime Minister Narendra Modi is on a five-nation tour of Africa. "
        "The tour has also taken him to Kenya and Tanzania."
    )
    found = _meetings(text, DEC8)
    for state in (KENYA, TANZANIA):
        visit = one_with(found, MODI, state)
        assert cameo(visit) == "042"
        assert keys(visit.get("place")) == {state}


def test_a_first_trip_abroad_took_him_to_a_capital() -> None:
    text = (
        "Kenyan President William Ruto arrived in Tokyo on Friday. "
        "Ruto's first trip abroad as president took him to Kampala in October 2022."
    )
    found = _meetings(text, DEC8)
    visit = one_with(found, RUTO, "Q1036")
    assert keys(visit.get("place")) == {"Q3894"}
    assert date_values(visit, "date") == ("2022-10",)
    assert visit.status is Status.HISTORICAL


def test_a_tour_to_a_state_already_visited_merges_into_the_visit() -> None:
    text = (
        "Narendra Modi arrived in Nairobi on Monday for a state visit. "
        "The tour has also taken him to Kenya and Tanzania."
    )
    found = _meetings(text, DEC8)
    assert len(found) == 2
    assert keys(one_with(found, MODI, KENYA).get("place")) == {"Q3870"}


@pytest.mark.parametrize(
    "second",
    [
        "The tour will take him to Kenya and Tanzania.",
        "The tour has not taken him to Kenya.",
        "The next leg of the tour is expected to take him to Kenya.",
    ],
)
def test_no_tour_visit_to_come_or_denied(second: str) -> None:
    text = f"Narendra Modi is on a five-nation tour of Africa. {second}"
    assert not _meetings(text, DEC8)


def test_him_among_two_people_is_nobody() -> None:
    text = (
        "Xi Jinping hosted William Ruto in Beijing on Friday. "
        "The tour has also taken him to Japan and South Korea."
    )
    found = _meetings(text, DEC8)
    assert not [f for f in found if JAPAN in keys(f.get("participant"))]


# --- the subject's visit told in a phrase ---------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Blinken had raised the issue during his visit to Jakarta in September.",
        "During his trip to Jakarta in September, Blinken raised the issue.",
        "Blinken recalled his visit to Jakarta in September.",
    ],
)
def test_his_visit_to_a_capital_in_an_earlier_month(second: str) -> None:
    text = f"Antony Blinken met Vietnamese leaders in Hanoi on Friday. {second}"
    found = _meetings(text, DEC8)
    visit = one_with(found, BLINKEN, INDONESIA)
    assert cameo(visit) == "042"
    assert keys(visit.get("place")) == {"Q3630"}
    assert date_values(visit, "date") == ("2023-09",)
    assert visit.status is Status.HISTORICAL


@pytest.mark.parametrize(
    "second",
    [
        "Blinken will raise the issue during his visit to Jakarta in January.",
        "Blinken plans to raise the issue during his upcoming visit to Jakarta in January.",
        # (of the article's days: the visit it reports, or one told without a date)
        "Blinken raised the issue during his visit to Hanoi on Friday.",
        "Blinken raised the issue during his visit to Jakarta.",
    ],
)
def test_no_visit_in_a_phrase_to_come_or_of_the_reports_days(second: str) -> None:
    text = f"Antony Blinken met Vietnamese leaders in Hanoi on Friday. {second}"
    found = _meetings(text, DEC8)
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {BLINKEN, VIETNAM}


# --- hosting told in passing ----------------------------------------------------------------------


def test_thanked_for_hosting_an_organisations_summit() -> None:
    text = (
        "Joe Biden met Fumio Kishida in Vilnius on Wednesday. "
        "Biden thanked Spain for hosting the NATO summit in Madrid in June 2022."
    )
    found = _meetings(text, dt.date(2023, 7, 12))
    summit = one_with(found, "Q29", "Q7184")
    assert cameo(summit) == "043"
    assert keys(summit.get("place")) == {"Q2807"}
    assert date_values(summit, "date") == ("2022-06",)
    assert summit.status is Status.HISTORICAL


def test_the_alliances_summit_is_natos() -> None:
    text = (
        "NATO leaders met in Vilnius on Tuesday. Stoltenberg praised Spain for hosting the "
        "Alliance's summit in Madrid in June 2022."
    )
    found = _meetings(text, dt.date(2023, 7, 12))
    assert keys(one_with(found, "Q29").get("participant")) == {"Q29", "Q7184"}


def test_thanked_for_hosting_talks_between_two_sides() -> None:
    text = (
        "Marco Rubio thanked Saudi Arabia for hosting talks in Riyadh between U.S. and Russian "
        "delegations on February 18."
    )
    (talks,) = _meetings(text, dt.date(2025, 3, 1))
    assert keys(talks.get("participant")) == {"Q851", "Q30", "Q159"}
    assert date_values(talks, "date") == ("2025-02-18",)


@pytest.mark.parametrize(
    "text",
    [
        # (undated, or of the report's days: the summit the article reports)
        "Joe Biden thanked Japan for hosting the G7 summit in Hiroshima.",
        "Biden thanked Lithuania for hosting the NATO summit in Vilnius on Tuesday.",
        "Joe Biden thanked Japan for agreeing to host the G7 summit in Hiroshima in 2026.",
        "Joe Biden thanked Japan for its offer to host the next G7 summit in May 2026.",
    ],
)
def test_no_hosting_thanked_for_to_come_or_today(text: str) -> None:
    found = _meetings(text, dt.date(2023, 7, 12))
    assert not [f for f in found if cameo(f) == "043"]


def test_a_meeting_hosted_for_representatives_of_unknown_groups() -> None:
    text = (
        "Sergey Lavrov held talks with Wang Yi in Beijing on Monday. In February, Russia hosted "
        "a meeting of representatives of Palestinian factions in Moscow."
    )
    found = _meetings(text, dt.date(2024, 4, 8))
    hosting = one_with(found, "Q159")
    assert labels(hosting, "participant") >= {"Palestinian factions"}
    assert cameo(hosting) == "043"
    assert keys(hosting.get("place")) == {"Q649"}
    assert date_values(hosting, "date") == ("2024-02",)


def test_a_meeting_of_representatives_to_come_is_none() -> None:
    text = (
        "Sergey Lavrov held talks with Wang Yi in Beijing on Monday. In June, Russia will host a "
        "meeting of representatives of Palestinian factions in Moscow."
    )
    assert len(_meetings(text, dt.date(2024, 4, 8))) == 1


# --- a speaker recalls meeting the one spoken to --------------------------------------------------


def test_we_last_met_told_to_the_guest() -> None:
    text = (
        "President Vladimir Putin received President Kassym-Jomart Tokayev in the Kremlin on "
        'Friday. "We last met in July, in St Petersburg, during the Russia–Africa summit," '
        "Putin told his guest."
    )
    found = _meetings(text, DEC8)
    past = next(f for f in found if date_values(f, "date") == ("2023-07",))
    assert keys(past.get("participant")) == {PUTIN, TOKAYEV}
    assert keys(past.get("place")) == {"Q656"}
    assert past.status is Status.HISTORICAL


def test_we_on_a_states_site_last_met_in_a_third_country() -> None:
    body = (
        "Vladimir Putin held talks with President of Kazakhstan Kassym-Jomart Tokayev in the "
        'Kremlin on Thursday. "We last met in October, in Bishkek, during the CIS summit," Putin '
        "told his guest."
    )
    article = Article(
        id="t",
        source="t.txt",
        body=body,
        date=dt.date(2023, 11, 9),
        url="http://en.kremlin.ru/events/president/news/1",
    )
    found = facts_of(extract(article, load_index()), "Meeting")
    past = next(f for f in found if date_values(f, "date") == ("2023-10",))
    assert keys(past.get("participant")) == {PUTIN, TOKAYEV}
    assert keys(past.get("place")) == {"Q9361"}
    assert cameo(past) == "044"


@pytest.mark.parametrize(
    "quote",
    ['"We will meet again in July, in St Petersburg,"', '"We have not met since July,"'],
)
def test_no_meeting_to_come_or_denied_in_a_quotation(quote: str) -> None:
    text = (
        "Vladimir Putin received Kassym-Jomart Tokayev in the Kremlin on Friday. "
        f"{quote} Putin told his guest."
    )
    assert len(_meetings(text, DEC8)) == 1


# --- an act at a meeting the subject reports of himself -------------------------------------------


def test_said_that_he_raised_it_during_a_meeting() -> None:
    text = (
        "US Secretary of State Antony Blinken said on Friday that he raised the matter during a "
        "meeting with Indian External Affairs Minister S. Jaishankar in November."
    )
    (meeting,) = _meetings(text, DEC8)
    assert keys(meeting.get("participant")) == {BLINKEN, JAISHANKAR}
    assert date_values(meeting, "date") == ("2023-11",)
    assert meeting.status is Status.HISTORICAL


def test_said_that_he_would_raise_it_during_a_meeting_is_none() -> None:
    text = (
        "Antony Blinken said on Friday that he would raise the matter during a meeting with "
        "S. Jaishankar in January."
    )
    assert not _meetings(text, DEC8)


# --- settings of other acts and meetings to come --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken will visit Hanoi in January. Blinken plans to meet Vietnamese leaders.",
        "Xi Jinping invited Joko Widodo to visit Beijing. The next summit will be held in Jakarta "
        "in 2026.",
        "Putin and Erdogan have not met since their talks in Sochi in 2022.",
        "On the sidelines of the G20 summit in New Delhi in September, India and Saudi Arabia "
        "signed an agreement on energy.",
        "If Modi visited Kenya in January, the two sides would sign an agreement.",
    ],
)
def test_no_meeting(text: str) -> None:
    assert not _meetings(text, DEC8)
