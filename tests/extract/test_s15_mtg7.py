"""Meetings in real sentences with towns, titles and clauses the KB or the patterns lacked
(session 15): an earlier meeting in a town the KB lacks, in the state named after it ("last
met in Kananaskis, Canada": CAMEO 044 when neither side's), an earlier visit told with "last
visited" (historical, dated by its year), a hosting told in a relative clause ("Duda, who
received Blinken at the palace, thanked ..."), and a meeting with a person whose title the
office tables lack ("Chairman of the Cabinet of Ministers of Ukraine Denys Shmyhal")."""

from __future__ import annotations

import datetime as dt

from dipld.model import Fact, Status
from tests.extract.test_patterns import cameo, date_values, facts, facts_of, keys


def _meetings(text: str, day: dt.date) -> list[Fact]:
    return facts_of(facts(text, day), "Meeting")


def _with(found: list[Fact], *who: str) -> list[Fact]:
    return [f for f in found if set(who) <= keys(f.get("participant"))]


MACRON, MODI, SCHOLZ, TAMIM = "Q3052772", "Q1058", "Q61053", "Q1855372"
DUDA, BLINKEN, TOKAYEV, SHMYHAL = "Q9151911", "Q7821917", "Q200881", "Q66094865"
GERMANY, POLAND, AUSTRIA = "Q183", "Q36", "Q40"


# --- an earlier meeting in a town the KB lacks, in a named state -----------------------------


def test_last_met_in_an_unknown_town_of_a_third_state() -> None:
    text = (
        "French President Emmanuel Macron will host Indian Prime Minister Narendra Modi this "
        "week. The two leaders last met in Kananaskis, Canada, in June 2022."
    )
    (past,) = [
        f for f in _with(_meetings(text, dt.date(2023, 7, 10)), MACRON, MODI) if f.get("place")
    ]
    assert cameo(past) == "044"
    assert date_values(past, "date") == ("2022-06",)


def test_last_met_in_an_unknown_town_of_one_sides_state() -> None:
    text = (
        "French President Emmanuel Macron will host Indian Prime Minister Narendra Modi this "
        "week. They had previously met in Brdo, France, in May 2021."
    )
    (past,) = [
        f for f in _with(_meetings(text, dt.date(2023, 7, 10)), MACRON, MODI) if f.get("place")
    ]
    assert cameo(past) == "040"


def test_to_meet_in_an_unknown_town_is_no_meeting() -> None:
    text = "Emmanuel Macron and Narendra Modi will meet in Kananaskis, Canada, in June 2026."
    assert not _meetings(text, dt.date(2026, 3, 1))


# --- "last visited" ---------------------------------------------------------------------------


_EMIR = "Chancellor Olaf Scholz held talks with Emir of Qatar Tamim bin Hamad Al Thani in Berlin. "


def test_last_visited_is_an_earlier_visit() -> None:
    found = _meetings(_EMIR + "The Emir last visited Germany in 2019.", dt.date(2024, 4, 10))
    (visit,) = [f for f in _with(found, TAMIM, GERMANY)]
    assert cameo(visit) == "042"
    assert date_values(visit, "date") == ("2019",)
    assert visit.status is Status.HISTORICAL


def test_never_visited_and_will_visit_are_no_visits() -> None:
    text = _EMIR + "The Emir has never visited Poland. The Emir will visit Austria next year."
    found = _meetings(text, dt.date(2024, 4, 10))
    assert not _with(found, POLAND) and not _with(found, AUSTRIA)


# --- a hosting told in a relative clause ------------------------------------------------------


_WARSAW = "U.S. Secretary of State Antony Blinken visited Poland. "


def test_who_received_is_a_hosting() -> None:
    text = _WARSAW + (
        "Polish President Andrzej Duda, who received Blinken at the Belweder Palace, thanked "
        "the United States for its support."
    )
    (hosting,) = _with(_meetings(text, dt.date(2024, 4, 4)), DUDA, BLINKEN)
    assert cameo(hosting) == "043"


def test_who_will_receive_and_who_received_a_letter_are_none() -> None:
    text = _WARSAW + (
        "Polish President Andrzej Duda, who will receive Blinken on Friday, praised Washington. "
        "Polish President Andrzej Duda, who received a letter from Blinken, welcomed it."
    )
    assert not _with(_meetings(text, dt.date(2024, 4, 4)), DUDA)


# --- a title the office tables lack -----------------------------------------------------------


_KYIV = "Kassym-Jomart Tokayev held talks with President of Ukraine Volodymyr Zelensky in Kyiv. "


def test_met_with_a_long_title_before_the_person() -> None:
    text = _KYIV + (
        "During the visit, Kassym-Jomart Tokayev also met with Chairman of the Cabinet of "
        "Ministers of Ukraine Denys Shmyhal."
    )
    (meeting,) = _with(_meetings(text, dt.date(2021, 9, 10)), TOKAYEV, SHMYHAL)
    assert cameo(meeting) in {"040", "042"}


def test_will_meet_with_a_long_title_is_no_meeting() -> None:
    text = _KYIV + (
        "Tokayev will also meet with Chairman of the Cabinet of Ministers of Ukraine Denys "
        "Shmyhal tomorrow."
    )
    assert not _with(_meetings(text, dt.date(2021, 9, 10)), SHMYHAL)


# --- a meeting told after the act it was the setting of ---------------------------------------


RANIL, WANG_YI, LI_GUOYING = "Q983402", "Q701801", "Q8297956"


def test_act_during_a_meeting_with_a_titled_person() -> None:
    text = (
        "President Ranil Wickremesinghe formally requested debt relief in November, a week "
        "after the budget, during a meeting with Chinese Minister of Water Resources Li Guoying."
    )
    (meeting,) = _with(_meetings(text, dt.date(2024, 1, 10)), RANIL, LI_GUOYING)
    assert cameo(meeting) == "040"
    assert date_values(meeting, "date") == ("2023-11",)
    assert meeting.status is Status.HISTORICAL  # (told after the act, months before)


def test_act_in_a_phone_call_with() -> None:
    text = "Ranil Wickremesinghe raised debt relief in a phone call with Wang Yi on Monday."
    (call,) = _with(_meetings(text, dt.date(2024, 1, 10)), RANIL, WANG_YI)
    assert cameo(call) == "041"
    assert call.status is not Status.HISTORICAL  # (the days of the report)


def test_no_trailing_meeting_to_come_negated_or_of_another() -> None:
    text = (
        "Ranil Wickremesinghe is expected to raise the issue during a meeting with Wang Yi next "
        "week. Ranil Wickremesinghe will raise debt relief during a meeting with Li Guoying. "
        "Ranil Wickremesinghe did not raise debt relief during a meeting with Li Guoying. "
        "Ranil Wickremesinghe asked Wang Yi to help during a meeting with Li Guoying."
    )
    assert not _meetings(text, dt.date(2024, 1, 10))


# --- separate talks with "each of his guests" -------------------------------------------------


ERDOGAN, PUTIN, RAISI = "Q39259", "Q7747", "Q5947347"
_SUMMIT = (
    "Recep Tayyip Erdogan hosted a trilateral summit with President of Russia Vladimir Putin "
    "and President of Iran Ebrahim Raisi on Tuesday. "
)


def test_separate_talks_with_each_of_his_guests() -> None:
    text = _SUMMIT + "Before the summit, Erdogan held separate talks with each of his guests."
    found = _meetings(text, dt.date(2022, 7, 20))
    pairs = [f for f in found if len(f.get("participant")) == 2]
    assert {frozenset(keys(f.get("participant"))) for f in pairs} == {
        frozenset({ERDOGAN, PUTIN}),
        frozenset({ERDOGAN, RAISI}),
    }
    assert {cameo(f) for f in pairs} == {"043"}


def test_separate_talks_to_come_or_denied_are_none() -> None:
    for said in (
        "Erdogan will hold separate talks with each of his guests on Wednesday.",
        "Erdogan did not hold separate talks with each of his guests.",
    ):
        found = _meetings(_SUMMIT + said, dt.date(2022, 7, 20))
        assert not [f for f in found if len(f.get("participant")) == 2], said


# --- a session of two states' joint body, told as held ----------------------------------------


NEPAL, INDIA, KATHMANDU = "Q837", "Q668", "Q3037"


def test_session_of_a_joint_body_held_in_a_city() -> None:
    text = (
        "Nepal and India agreed to reopen two border crossings. The agreement was reached at "
        "the third meeting of the Nepal-India Joint Working Group, held in Kathmandu on Friday."
    )
    (session,) = _with(_meetings(text, dt.date(2024, 2, 3)), NEPAL, INDIA)
    assert keys(session.get("place")) == {KATHMANDU}
    assert date_values(session, "date") == ("2024-02-02",)


def test_session_of_a_joint_body_to_come_is_none() -> None:
    text = (
        "The next meeting of the Nepal-India Joint Working Group will be held in Kathmandu in "
        "May. The fourth session of the India-Nepal Joint Commission, to be held in Kathmandu, "
        "was postponed."
    )
    assert not _meetings(text, dt.date(2024, 2, 3))
