"""Meetings told in passing and meetings of organisations (session 15): earlier talks recalled
in towns the KB lacks ("during their talks in Sochi on August 5 and in Astana on October 13"),
visits told in clauses joined by "while", a hosting in a second clause of the sentence's subject
("visited Riyadh in December and hosted X in Beijing in February"), an organisation's own
sessions ("The Arab League held an emergency meeting", "The Permanent Council of the OSCE held a
special session"), a meeting at an organisation's headquarters, hosting the foreign ministers of
several states, a meeting one side convened with the others (CAMEO 043), and talks between two
parties that began on a day (negotiations, CAMEO 046, with their start and place)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dipld.extract import meetings
from dipld.model import Fact
from tests.extract.test_patterns import cameo, date_values, facts, facts_of, keys, one_with


def _meetings(text: str, day: dt.date) -> list[Fact]:
    return facts_of(facts(text, day), "Meeting")


ERDOGAN, PUTIN, XI, RAISI = "Q39259", "Q7747", "Q15031", "Q5947347"


# --- earlier talks in a town the KB lacks ---------------------------------------------------------


def test_their_talks_in_an_unknown_town_and_a_city() -> None:
    text = (
        "President Erdogan and President Putin spoke by telephone on Sunday. "
        "Erdogan and Putin reviewed the understandings reached during their talks in Sochi on "
        "August 5 and in Astana on October 13."
    )
    found = _meetings(text, dt.date(2022, 11, 20))
    past = [f for f in found if f.get("place")]
    assert {date_values(f, "date") for f in past} == {("2022-08-05",), ("2022-10-13",)}
    assert all(keys(f.get("participant")) == {ERDOGAN, PUTIN} for f in past)
    sochi = next(f for f in past if date_values(f, "date") == ("2022-08-05",))
    assert keys(sochi.get("place")) == {"Sochi"}


def test_talks_looked_forward_to_in_an_unknown_town_are_none() -> None:
    text = (
        "President Erdogan and President Putin spoke by telephone on Sunday. "
        "Erdogan and Putin looked forward to their talks in Sochi on December 5."
    )
    found = _meetings(text, dt.date(2022, 11, 20))
    assert not [f for f in found if f.get("place")]


# --- visits in clauses of their own ---------------------------------------------------------------


def test_visits_joined_by_while_have_their_own_dates() -> None:
    text = (
        "Emmanuel Macron visited Beijing in April, while Olaf Scholz travelled to China in "
        "November."
    )
    found = _meetings(text, dt.date(2023, 6, 20))
    assert date_values(one_with(found, "Q61053"), "date") == ("2022-11",)
    assert date_values(one_with(found, "Q3052772"), "date") == ("2023-04",)


def test_a_hosting_in_the_second_clause() -> None:
    text = (
        "Xi Jinping visited Riyadh in December and hosted Iranian President Ebrahim Raisi in "
        "Beijing in February."
    )
    found = _meetings(text, dt.date(2023, 6, 20))
    hosting = one_with(found, XI, RAISI)
    assert cameo(hosting) == "043"
    assert date_values(hosting, "date") == ("2023-02",)
    assert keys(hosting.get("place")) == {"Q956"}
    visit = one_with(found, XI, "Q851")
    assert date_values(visit, "date") == ("2022-12",)


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping visited Riyadh in December and will host President Ebrahim Raisi in Beijing.",
        "Xi Jinping did not visit Riyadh in December and hosted nobody.",
        "Xi Jinping met Vladimir Putin in Moscow and Lula hosted President Ebrahim Raisi.",
    ],
)
def test_no_hosting_to_come_or_by_another(text: str) -> None:
    found = _meetings(text, dt.date(2023, 6, 20))
    assert not [f for f in found if {XI, RAISI} <= keys(f.get("participant"))]


# --- organisations' own meetings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        ("The Arab League held an emergency meeting in Cairo on Sunday.", "Q7172", "Q85"),
        (
            "The Permanent Council of the OSCE held a special session in Vienna on Monday.",
            "Q81299",
            "Q1741",
        ),
        ("The NATO Council met in Brussels on Friday.", "Q7184", "Q239"),
    ],
)
def test_an_organisation_meets(text: str, org: str, place: str) -> None:
    (meeting,) = _meetings(text, dt.date(2023, 5, 9))
    assert keys(meeting.get("participant")) == {org}
    assert keys(meeting.get("place")) == {place}
    assert cameo(meeting) == "040"


@pytest.mark.parametrize(
    "text",
    [
        "The Arab League will hold an emergency meeting in Cairo next week.",
        "The Permanent Council of the OSCE did not hold a session in Vienna on Monday.",
        "If the OSCE Permanent Council held a special session, Russia would boycott it.",
        "The Arab League held a vote on Syria's return in Cairo on Sunday.",
    ],
)
def test_no_meeting_of_an_organisation(text: str) -> None:
    assert not _meetings(text, dt.date(2023, 5, 9))


def test_a_meeting_at_the_leagues_headquarters() -> None:
    text = (
        "The Arab League voted on Sunday to readmit Syria. The vote came at a closed-door "
        "meeting of Arab foreign ministers at the league's headquarters in Cairo."
    )
    (meeting,) = _meetings(text, dt.date(2023, 5, 8))
    assert keys(meeting.get("participant")) == {"Q7172"}
    assert keys(meeting.get("place")) == {"Q85"}


def test_a_meeting_at_another_headquarters_is_not_the_leagues() -> None:
    text = (
        "The European Union imposed new sanctions on Monday. Arab foreign ministers met at the "
        "league's headquarters in Cairo."
    )
    assert not _meetings(text, dt.date(2023, 5, 8))


# --- hosting the ministers of several states ------------------------------------------------------


def test_hosted_a_meeting_of_the_foreign_ministers_of() -> None:
    text = (
        "Egypt hosted a meeting of the foreign ministers of Jordan, Iraq and Syria in Cairo on "
        "May 2."
    )
    (meeting,) = _meetings(text, dt.date(2023, 5, 8))
    assert keys(meeting.get("participant")) == {"Q79", "Q810", "Q796", "Q858"}
    assert cameo(meeting) == "043"
    assert date_values(meeting, "date") == ("2023-05-02",)


def test_hosted_the_foreign_ministers_after_other_states() -> None:
    text = (
        "Leaders of Malaysia, Singapore and Thailand met in Jakarta on Monday. "
        "Jordan hosted the foreign ministers of Iraq, Egypt and Saudi Arabia in Amman on January 2."
    )
    found = _meetings(text, dt.date(2022, 1, 6))
    hosting = one_with(found, "Q810")
    assert keys(hosting.get("participant")) == {"Q810", "Q796", "Q79", "Q851"}
    assert cameo(hosting) == "043"
    assert keys(hosting.get("place")) == {"Q3805"}


def test_hosting_the_ministers_to_come_is_none() -> None:
    text = "Jordan will host the foreign ministers of Iraq, Egypt and Saudi Arabia in Amman."
    assert not _meetings(text, dt.date(2022, 1, 6))


def test_a_meeting_convened_with_the_others_is_hosted() -> None:
    text = (
        "Indonesian President Joko Widodo convened an emergency meeting in Jakarta with the "
        "leaders of Malaysia, Singapore and Thailand on Monday."
    )
    (meeting,) = _meetings(text, dt.date(2022, 1, 6))
    assert cameo(meeting) == "043"
    assert {"Q833", "Q334", "Q869"} <= keys(meeting.get("participant"))


def test_a_meeting_convened_to_come_is_none() -> None:
    text = "Modi will convene a meeting in New Delhi with the leaders of Nepal and Bhutan."
    assert not _meetings(text, dt.date(2022, 1, 6))


# --- negotiations that began on a day -------------------------------------------------------------


def test_talks_between_two_parties_that_began_in_a_city_on_a_day() -> None:
    text = (
        "The talks between the Sudanese army and the Rapid Support Forces, which began in "
        "Jeddah on May 6, have stalled."
    )
    (meeting,) = _meetings(text, dt.date(2023, 5, 20))
    assert cameo(meeting) == "046"
    assert date_values(meeting, "startDate") == ("2023-05-06",)
    assert keys(meeting.get("place")) == {"Q374365"}


def test_peace_talks_are_negotiations() -> None:
    text = "Peace talks between Ethiopia and Eritrea began in Addis Ababa on Monday."
    (meeting,) = _meetings(text, dt.date(2023, 5, 20))
    assert cameo(meeting) == "046"
    assert keys(meeting.get("participant")) == {"Q115", "Q986"}


def test_talks_that_will_begin_are_none() -> None:
    text = (
        "Talks between Armenia and Azerbaijan, which will begin in Washington on July 4, are "
        "expected to last a week."
    )
    assert not _meetings(text, dt.date(2023, 6, 20))


def test_the_leaders_of_states_named_are_not_those_who_met_before() -> None:
    text = (
        "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan on Sunday. "
        "Indonesian President Joko Widodo convened an emergency meeting in Jakarta with the "
        "leaders of Singapore, Malaysia and Thailand on Wednesday."
    )
    found = _meetings(text, dt.date(2022, 11, 20))
    convened = one_with(found, "Q3318231")
    assert keys(convened.get("participant")) == {"Q3318231", "Q334", "Q833", "Q869"}


# --- the pre-checks of the new patterns -----------------------------------------------------------


@pytest.mark.parametrize(
    ("regex", "keys", "phrase"),
    [
        (meetings._AND_HOSTED, meetings._K_AND_HOSTED, "§P0§ visited §C1§ and hosted §P2§"),
        (meetings._AND_HOSTED, meetings._K_AND_HOSTED, "§P0§ flew home and then received §P2§"),
        (meetings._BODY_MET, meetings._K_BLOC_MET, "The §O0§ held an emergency session"),
        (meetings._BODY_MET, meetings._K_BLOC_MET, "The §O0§ Council met"),
        (meetings._BODY_MET, meetings._K_BLOC_MET, "The §O0§ convened"),
        (
            meetings._BODY_MET,
            meetings._K_BLOC_MET,
            "The Permanent Council of the §O0§ opened a session",
        ),
        (meetings._AT_HEADQUARTERS, frozenset({"headquarters"}), "met at the §O0§ headquarters"),
        (
            meetings._AT_HEADQUARTERS,
            frozenset({"headquarters"}),
            "a meeting at the league's headquarters",
        ),
    ],
)
def test_every_phrase_a_new_pattern_reads_passes_its_precheck(
    regex: re.Pattern[str], keys: frozenset[str], phrase: str
) -> None:
    assert regex.search(phrase), f"the pattern no longer reads {phrase!r}"
    words = frozenset(re.findall(r"[a-z]+", phrase.lower()))
    assert not keys.isdisjoint(words), f"the pre-check skips {phrase!r}"
    assert not meetings._MEETING_WORDS.isdisjoint(words), f"the meeting gate skips {phrase!r}"
    if regex is meetings._AND_HOSTED:
        assert "and" in words
