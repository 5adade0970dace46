"""Meetings in the wordings of wire stories and readouts (session 17, meet): a meeting verb after
an auxiliary and an adverb ("had earlier held a bilateral meeting with", "has spoken by phone
with", "has today received"), a courtesy call received ("received a courtesy call from"), the
next meeting of the day told in its own sentence ("Afterwards, Minister X met Y"), an earlier
meeting told by its noun ("The previous meeting between the two presidents took place in St
Petersburg on June 25": its own, past, not the day's), and a reception "during the visit" after
talks in person (the day of those talks); and the near misses: "had spoken of the need for
talks", "Later this week, X will meet Y", a meeting to come told by its noun."""

from __future__ import annotations

import datetime as dt

from dipld.articles import parse_text
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Fact, Status
from tests.extract.test_patterns import cameo, date_values, facts, facts_of, keys, labels

WANG, LAVROV, ERDOGAN, PUTIN, ALIYEV = "Q701801", "Q58217", "Q39259", "Q7747", "Q57371"
GARIBASHVILI, KISHIDA, WONG, HAYASHI = "Q6066533", "Q359480", "Q456759", "Q1141271"
LUKASHENKO, ASADOV, TILEUBERDI, MIRZIYOYEV = "Q2866", "Q12850075", "Q70254110", "Q57808"
JAISHANKAR, AZERBAIJAN, ST_PETERSBURG = "Q16186720", "Q227", "Q656"
SISI, MBS, CAIRO, WIDODO, ZELENSKYY = "Q307871", "Q6892571", "Q85", "Q3318231", "Q3874799"
KYIV, PASHINYAN = "Q1899", "Q7035479"
JUL9 = dt.date(2022, 7, 9)


def _meetings(text: str, day: dt.date = JUL9) -> list[Fact]:
    return facts_of(facts(text, day), "Meeting")


def _article(body: str, date: str, title: str = "Test") -> list[Fact]:
    front = f"title: {title}\ndate: {date}\npublisher: Test Wire\n"
    return facts_of(extract(parse_text(f"{front}---\n{body}\n", "t.txt"), load_index()), "Meeting")


# --- a meeting verb after an auxiliary and an adverb ----------------------------------------------


def test_had_earlier_held_a_bilateral_meeting() -> None:
    found = _meetings(
        "Chinese Foreign Minister Wang Yi had earlier held a bilateral meeting with Russian "
        "Foreign Minister Sergei Lavrov on Thursday."
    )
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {WANG, LAVROV}
    assert date_values(found[0], "date") == ("2022-07-07",)


def test_has_spoken_by_phone_is_a_call() -> None:
    found = _meetings("President Erdogan has spoken by phone with President Vladimir Putin.")
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {ERDOGAN, PUTIN}
    assert cameo(found[0]) == "041"


def test_had_spoken_of_the_need_for_talks_is_no_meeting() -> None:
    assert not _meetings("Lavrov had spoken of the need for talks with Kyiv.")
    assert not _meetings("Foreign Minister Sergei Lavrov had spoken about talks with Jaishankar.")


def test_has_today_received_a_visitor() -> None:
    found = _meetings(
        "President of the Republic of Azerbaijan Ilham Aliyev has today received Prime Minister "
        "of Georgia Irakli Garibashvili, who is on an official visit to Azerbaijan.",
        dt.date(2022, 11, 3),
    )
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {ALIYEV, GARIBASHVILI}
    assert cameo(found[0]) == "043"
    assert date_values(found[0], "date") == ("2022-11-03",)
    assert keys(found[0].get("place")) == {AZERBAIJAN}


def test_has_received_a_letter_is_no_meeting() -> None:
    assert not _meetings(
        "President Ilham Aliyev has received a letter from Prime Minister Irakli Garibashvili.",
        dt.date(2022, 11, 3),
    )


# --- a courtesy call received ---------------------------------------------------------------------


def test_received_a_courtesy_call_from() -> None:
    found = _meetings(
        "On September 2, Mr. Kishida Fumio, Prime Minister of Japan, received a courtesy call "
        "from Ms. Penny Wong, Minister for Foreign Affairs of Australia.",
        dt.date(2022, 9, 2),
    )
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {KISHIDA, WONG}
    assert cameo(found[0]) == "043"
    assert date_values(found[0], "date") == ("2022-09-02",)


def test_received_a_phone_call_from_is_still_a_call() -> None:
    found = _meetings(
        "Prime Minister Kishida Fumio received a phone call from Foreign Minister Penny Wong.",
        dt.date(2022, 9, 2),
    )
    assert [cameo(f) for f in found] == ["041"]


# --- the next meeting of the day in its own sentence ----------------------------------------------


def test_afterwards_a_minister_met_the_visitor_the_same_day() -> None:
    found = _meetings(
        "On September 2, Prime Minister Kishida Fumio received a courtesy call from Foreign "
        "Minister Penny Wong. Afterwards, Minister Hayashi Yoshimasa held a Japan-Australia "
        "Foreign Ministers' Meeting with Foreign Minister Wong.",
        dt.date(2022, 9, 3),
    )
    later = next(f for f in found if keys(f.get("participant")) == {HAYASHI, WONG})
    assert date_values(later, "date") == ("2022-09-02",)


def test_later_the_visitor_met_the_prime_minister_the_same_day() -> None:
    found = _meetings(
        "President Ilham Aliyev today received Prime Minister of Georgia Irakli Garibashvili. "
        "Later, Prime Minister Irakli Garibashvili met with Prime Minister of Azerbaijan Ali "
        "Asadov.",
        dt.date(2022, 11, 3),
    )
    later = next(f for f in found if keys(f.get("participant")) == {GARIBASHVILI, ASADOV})
    assert date_values(later, "date") == ("2022-11-03",)


def test_later_others_who_met_are_not_dated_by_the_days_meeting() -> None:
    found = _meetings(
        "President Ilham Aliyev today received Prime Minister of Georgia Irakli Garibashvili. "
        "Later, Foreign Minister Sergei Lavrov met with Indian External Affairs Minister "
        "Subrahmanyam Jaishankar.",
        dt.date(2022, 11, 3),
    )
    other = next(f for f in found if keys(f.get("participant")) == {LAVROV, JAISHANKAR})
    assert date_values(other, "date") == ()


def test_later_this_week_is_a_meeting_to_come() -> None:
    found = _meetings(
        "President Ilham Aliyev today received Prime Minister of Georgia Irakli Garibashvili. "
        "Later this week, Prime Minister Irakli Garibashvili will meet Prime Minister Ali Asadov.",
        dt.date(2022, 11, 3),
    )
    assert len(found) == 1


# --- an earlier meeting told by its noun ----------------------------------------------------------

_SOCHI = "Vladimir Putin and President of Belarus Alexander Lukashenko held talks in Sochi."


def test_the_previous_meeting_between_the_two_presidents_is_its_own() -> None:
    found = _article(
        f"{_SOCHI}\n\nThe previous meeting between the two presidents took place in St "
        "Petersburg on June 25.",
        "2022-09-15",
    )
    assert len(found) == 2
    old = next(f for f in found if date_values(f, "date") == ("2022-06-25",))
    assert keys(old.get("participant")) == {PUTIN, LUKASHENKO}
    assert keys(old.get("place")) == {ST_PETERSBURG}
    assert old.status is Status.HISTORICAL
    today = next(f for f in found if f is not old)
    assert date_values(today, "date") == ()
    assert labels(today, "place") == {"Sochi"}


def test_their_last_talks_were_held_in_a_city() -> None:
    found = _article(
        f"{_SOCHI}\n\nThe last talks between Putin and Lukashenko were held in Minsk in May.",
        "2022-09-15",
    )
    old = next(f for f in found if date_values(f, "date") == ("2022-05",))
    assert keys(old.get("participant")) == {PUTIN, LUKASHENKO}
    assert old.status is Status.HISTORICAL


def test_the_next_meeting_is_no_meeting() -> None:
    found = _article(
        f"{_SOCHI}\n\nThe next meeting between the two presidents will take place in Minsk.",
        "2022-09-15",
    )
    assert len(found) == 1
    assert labels(found[0], "place") == {"Sochi"}


# --- a reception during the visit, after talks in person ------------------------------------------


def test_received_during_the_visit_on_the_day_of_the_talks() -> None:
    found = _article(
        "Minister of Foreign Affairs of Kazakhstan Mukhtar Tileuberdi is on an official visit "
        "to Uzbekistan.\n\nOn April 20, Mukhtar Tileuberdi held talks with Minister of Foreign "
        "Affairs of Uzbekistan Vladimir Norov.\n\nDuring the visit, the Kazakh Foreign Minister "
        "was received by President of Uzbekistan Shavkat Mirziyoyev.",
        "2022-04-21",
        "Foreign Ministers of Kazakhstan and Uzbekistan hold talks in Tashkent",
    )
    received = next(f for f in found if keys(f.get("participant")) == {MIRZIYOYEV, TILEUBERDI})
    assert date_values(received, "date") == ("2022-04-20",)


# --- a future in a relative clause after a meeting told as past -----------------------------------


def test_welcomed_at_the_start_of_a_tour_that_will_take_him_on() -> None:
    found = _meetings(
        "Egyptian President Abdel Fattah El-Sisi welcomed Saudi Crown Prince Mohammed bin Salman "
        "to Cairo on Monday at the start of a regional tour that will also take him to Jordan.",
        dt.date(2022, 6, 20),
    )
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {SISI, MBS}
    assert keys(found[0].get("place")) == {CAIRO}
    assert date_values(found[0], "date") == ("2022-06-20",)


def test_a_meeting_to_come_with_a_relative_clause_is_still_to_come() -> None:
    assert not _meetings(
        "Egyptian President Abdel Fattah El-Sisi will welcome Saudi Crown Prince Mohammed bin "
        "Salman to Cairo, which will host talks.",
        dt.date(2022, 6, 20),
    )
    assert not _meetings(
        "Talks between Egypt and Saudi Arabia, which will be held in Cairo, are expected to "
        "focus on trade.",
        dt.date(2022, 6, 20),
    )


# --- "a day after meeting X in Kyiv" --------------------------------------------------------------


def test_a_day_after_meeting_someone_in_a_city() -> None:
    found = _meetings(
        "President Joko Widodo met with Russian President Vladimir Putin in Moscow on Thursday, "
        "a day after meeting Ukrainian President Volodymyr Zelenskyy in Kyiv.",
        dt.date(2022, 6, 30),
    )
    assert len(found) == 2
    kyiv = next(f for f in found if keys(f.get("participant")) == {WIDODO, ZELENSKYY})
    assert date_values(kyiv, "date") == ("2022-06-29",)
    assert keys(kyiv.get("place")) == {KYIV}


def test_a_day_after_speaking_with_someone_is_a_call() -> None:
    found = _meetings(
        "Turkish President Recep Tayyip Erdogan spoke with Putin on Sunday, a day after speaking "
        "with Ukrainian President Volodymyr Zelenskyy.",
        dt.date(2022, 10, 30),
    )
    call = next(f for f in found if keys(f.get("participant")) == {ERDOGAN, ZELENSKYY})
    assert date_values(call, "date") == ("2022-10-29",)
    assert cameo(call) == "041"


def test_a_day_after_an_undated_meeting_gives_no_date() -> None:
    found = _meetings(
        "President Joko Widodo met with Russian President Vladimir Putin in Moscow, a day after "
        "meeting Ukrainian President Volodymyr Zelenskyy in Kyiv.",
        dt.date(2022, 6, 30),
    )
    assert all(keys(f.get("participant")) != {WIDODO, ZELENSKYY} for f in found)


# --- "spoke to X by phone" ------------------------------------------------------------------------


def test_spoke_to_a_person_by_phone() -> None:
    for text in (
        "Turkish President Recep Tayyip Erdogan spoke to Russian President Vladimir Putin by "
        "phone on Sunday.",
        "Turkish President Recep Tayyip Erdogan spoke by phone to his Russian counterpart "
        "Vladimir Putin on Sunday.",
    ):
        found = _meetings(text, dt.date(2022, 10, 30))
        assert len(found) == 1, text
        assert keys(found[0].get("participant")) == {ERDOGAN, PUTIN}
        assert cameo(found[0]) == "041"
        assert date_values(found[0], "date") == ("2022-10-30",)


def test_spoke_to_an_audience_is_no_meeting() -> None:
    assert not _meetings("President Volodymyr Zelenskyy spoke to the European Parliament.")
    assert not _meetings("Turkish President Recep Tayyip Erdogan spoke to reporters on Sunday.")
    assert not _meetings(
        "Turkish President Recep Tayyip Erdogan spoke to Russian President Vladimir Putin's "
        "spokesman."
    )


# --- a headline's states over the body's leaders and their host -----------------------------------


def test_headline_states_are_the_body_leaders_meeting_with_its_host() -> None:
    found = _article(
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in "
        "Brussels on Sunday for talks hosted by European Council President Charles Michel.",
        "2022-05-23",
        "Armenian, Azerbaijani leaders meet in Brussels",
    )
    assert len(found) == 1
    assert {PASHINYAN, ALIYEV} <= keys(found[0].get("participant"))
    assert any(e.in_title for e in found[0].evidence)


def test_headline_states_stay_apart_from_a_meeting_of_others() -> None:
    found = _article(
        "Armenian Prime Minister Nikol Pashinyan met Russian President Vladimir Putin and "
        "European Council President Charles Michel in Sochi on Sunday.",
        "2022-05-23",
        "Armenian, Azerbaijani leaders meet in Brussels",
    )
    assert len(found) == 2
