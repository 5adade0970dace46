"""Meetings told in more ways (session 14): the place in the meeting verb's own clause, not in a
clause after it ("met today in Addis Ababa with Abiy to discuss the agreement ... signed in
Pretoria"); "also met X and, separately, a delegation ... led by Z" (two meetings, on the day of
the meeting reported); a summit its host "hosted in Berlin", "attended by" those listed; a
meeting with delegations whose heads the next sentence lists; "the participants" after such a
meeting (its host too); "the two ministers" who met; and an earlier meeting the subject
recalls as "his talks with X held in Moscow on March 20-22"."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity, Fact, Status
from tests.extract.test_patterns import facts

DAY = dt.date(2023, 3, 28)


def _meetings(text: str, date: dt.date = DAY) -> list[Fact]:
    return [f for f in facts(text, date) if f.cls.value == "Meeting"]


def _labels(fact: Fact, role: str) -> set[str]:
    return {v.label for v in fact.get(role) if isinstance(v, Entity)}


def _values(fact: Fact, role: str) -> set[str]:
    return {str(v) for v in fact.get(role)}


def _with(found: list[Fact], *people: str) -> Fact:
    match = [f for f in found if set(people) <= _labels(f, "participant")]
    assert match, [(_labels(f, "participant"), _labels(f, "place")) for f in found]
    return match[0]


# --- the place of the meeting verb's own clause --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "people", "place", "code"),
    [
        (
            "Secretary Blinken met today in Addis Ababa with Prime Minister Abiy to discuss the "
            "agreement that the government and the rebels signed in Pretoria on November 2.",
            ("Antony Blinken", "Abiy Ahmed Ali"),
            "Addis Ababa",
            "040",
        ),
        (
            "Foreign Minister Wang Yi held talks in Beijing with Foreign Minister Dmytro Kuleba "
            "on Monday to review the grain deal which was concluded in Istanbul.",
            ("Wang Yi", "Dmytro Kuleba"),
            "Beijing",
            "040",
        ),
        (
            "Prime Minister Kyriakos Mitsotakis hosted President Ilham Aliyev in Athens on "
            "Tuesday to discuss the gas pipeline that Azerbaijan built through Georgia.",
            ("Kyriakos Mitsotakis", "Ilham Aliyev"),
            "Athens",
            "043",
        ),
    ],
)
def test_the_place_is_the_meeting_verbs_not_a_later_clauses(
    text: str, people: tuple[str, ...], place: str, code: str
) -> None:
    meeting = _with(_meetings(text), *people)
    assert _labels(meeting, "place") == {place}
    assert _values(meeting, "cameoCode") == {code}


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jeyhun Bayramov met Foreign Minister Ararat Mirzoyan on Monday to review "
        "the agreements reached in Moscow.",
        "President Ilham Aliyev met with Prime Minister Nikol Pashinyan to discuss the statement "
        "that the leaders adopted in Prague in October.",
    ],
)
def test_a_place_only_in_another_clause_is_not_the_meetings(text: str) -> None:
    (meeting,) = _meetings(text)
    assert not meeting.get("place")
    assert _values(meeting, "cameoCode") == {"040"}


def test_an_agreement_signed_in_a_city_is_no_meeting() -> None:
    text = "The agreement the government and the rebels signed in Pretoria on November 2 holds."
    assert not _meetings(text)


# --- "also met X and, separately, ..." -----------------------------------------------------------


def test_also_met_and_separately_a_delegation_led_by_someone() -> None:
    text = (
        "Secretary Blinken met Foreign Minister Dmytro Kuleba in Kyiv today. The Secretary also "
        "met Prime Minister Denys Shmyhal and, separately, a delegation of the Crimean Tatar "
        "Mejlis led by Refat Chubarov."
    )
    found = _meetings(text)
    shmyhal = _with(found, "Antony Blinken", "Denys Shmyhal")
    chubarov = _with(found, "Antony Blinken", "Refat Chubarov")
    assert _labels(shmyhal, "participant") == {"Antony Blinken", "Denys Shmyhal"}
    assert _labels(chubarov, "participant") == {"Antony Blinken", "Refat Chubarov"}
    assert all(_values(f, "date") == {"2023-03-28"} for f in (shmyhal, chubarov))
    assert not any(v.qid for v in chubarov.get("participant") if v.label == "Refat Chubarov")


def test_also_met_and_separately_a_known_person() -> None:
    text = (
        "Foreign Minister Sergey Lavrov held talks with Foreign Minister Wang Yi in Beijing on "
        "Monday. Lavrov also met Vice President Han Zheng and, separately, President Xi Jinping."
    )
    found = _meetings(text, dt.date(2023, 3, 27))
    for other in ("Han Zheng", "Xi Jinping"):
        meeting = _with(found, "Sergey Lavrov", other)
        assert _labels(meeting, "participant") == {"Sergey Lavrov", other}
        assert _values(meeting, "date") == {"2023-03-27"}


def test_an_undated_also_met_of_someone_else_keeps_no_date() -> None:
    text = (
        "Secretary Blinken met Foreign Minister Dmytro Kuleba in Kyiv today. President Emmanuel "
        "Macron also met Prime Minister Denys Shmyhal."
    )
    meeting = _with(_meetings(text), "Emmanuel Macron", "Denys Shmyhal")
    assert not meeting.get("date")


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Blinken met with reporters in Kyiv on Monday.",
        "Prime Minister Kyriakos Mitsotakis hosted a press conference in Athens on Monday.",
        "A delegation of the Crimean Tatar Mejlis will visit Kyiv next week.",
        "Talks between Armenia and Azerbaijan are planned for June.",
    ],
)
def test_no_meeting_with_the_press_or_one_to_come(text: str) -> None:
    assert not _meetings(text)


# --- a summit its host held, attended by those listed --------------------------------------------


def test_a_summit_hosted_in_a_city_attended_by_leaders() -> None:
    text = (
        "On Friday, President Xi Jinping hosted in Xi'an the first China – Central Asia summit, "
        "attended by President of Kazakhstan Kassym-Jomart Tokayev, President of Uzbekistan "
        "Shavkat Mirziyoyev and President of Tajikistan Emomali Rahmon. The participants agreed "
        "to meet again in 2025."
    )
    found = facts(text, dt.date(2023, 5, 20))
    (meeting,) = [f for f in found if f.cls.value == "Meeting"]
    everyone = {"Xi Jinping", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Emomali Rahmon"}
    assert _labels(meeting, "participant") == everyone
    assert _values(meeting, "cameoCode") == {"043"}
    assert _values(meeting, "date") == {"2023-05-19"}
    holders = {v.label for f in found if f.cls.value == "Tenure" for v in f.get("holder")}
    assert everyone - {"Xi Jinping"} <= holders
    agreed = [f for f in found if f.cls.value == "Event" and "AGREE" in _values(f, "eventType")]
    assert agreed and _labels(agreed[0], "actor") == everyone


def test_the_heads_of_delegations_the_next_sentence_lists() -> None:
    text = (
        "Vladimir Putin met with the heads of delegations of African states in Saint Petersburg "
        "on Saturday. The delegation included President of South Africa Cyril Ramaphosa, "
        "President of Senegal Macky Sall and President of Zambia Hakainde Hichilema. The "
        "participants agreed to continue contacts."
    )
    found = facts(text, dt.date(2023, 6, 19))
    (meeting,) = [f for f in found if f.cls.value == "Meeting"]
    everyone = {"Vladimir Putin", "Matamela Cyril Ramaphosa", "Macky Sall", "Hakainde Hichilema"}
    assert _labels(meeting, "participant") == everyone
    assert _labels(meeting, "place") == {"Saint Petersburg"}
    assert _values(meeting, "date") == {"2023-06-17"}
    assert len(meeting.evidence) == 2
    agreed = [f for f in found if f.cls.value == "Event" and "AGREE" in _values(f, "eventType")]
    assert agreed and _labels(agreed[0], "actor") == everyone


@pytest.mark.parametrize(
    "text",
    [
        # (no meeting before the list)
        "Vladimir Putin spoke in Saint Petersburg on Saturday. The delegation included President "
        "of South Africa Cyril Ramaphosa and President of Senegal Macky Sall.",
        # (a meeting to come)
        "Vladimir Putin will meet with the heads of delegations of African states in Saint "
        "Petersburg. The delegation included President of South Africa Cyril Ramaphosa and "
        "President of Senegal Macky Sall.",
    ],
)
def test_no_meeting_with_a_delegation_list_alone(text: str) -> None:
    assert not _meetings(text, dt.date(2023, 6, 19))


# --- "the two ministers" ---------------------------------------------------------------------


def test_the_two_presidents_who_met_held_talks() -> None:
    text = (
        "President of Uzbekistan Shavkat Mirziyoyev arrived in Tajikistan on Friday, where he was "
        "welcomed by President of Tajikistan Emomali Rahmon. The two presidents held talks in "
        "Dushanbe, first in a narrow format and then with their delegations."
    )
    found = _meetings(text, dt.date(2023, 5, 20))
    meeting = _with(found, "Shavkat Mirziyoyev", "Emomali Rahmon")
    assert _labels(meeting, "participant") == {"Shavkat Mirziyoyev", "Emomali Rahmon"}
    assert any(_labels(f, "place") == {"Dushanbe"} for f in found)


# --- an earlier meeting recalled with its date -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "people", "place", "when"),
    [
        (
            "Putin informed his counterpart about the outcomes of his talks with President Xi "
            "Jinping held in Moscow on March 20-22.",
            {"Vladimir Putin", "Xi Jinping"},
            "Moscow",
            {"startDate": "2023-03-20", "endDate": "2023-03-22"},
        ),
        (
            "Chancellor Olaf Scholz briefed President Emmanuel Macron on the results of his "
            "meeting with President Joe Biden in Washington on March 3.",
            {"Olaf Scholz", "Joe Biden"},
            "Washington, D.C.",
            {"date": "2023-03-03"},
        ),
        (
            "Foreign Minister Sergey Lavrov told reporters about his negotiations with Foreign "
            "Minister Wang Yi, which were held in Beijing on March 10.",
            {"Sergey Lavrov", "Wang Yi"},
            "Beijing",
            {"date": "2023-03-10"},
        ),
    ],
)
def test_his_talks_with_someone_held_in_a_city_on_a_day(
    text: str, people: set[str], place: str, when: dict[str, str]
) -> None:
    found = [f for f in _meetings(text) if f.status is Status.HISTORICAL]
    (meeting,) = found
    assert _labels(meeting, "participant") == people
    assert _labels(meeting, "place") == {place}
    for role, value in when.items():
        assert _values(meeting, role) == {value}


@pytest.mark.parametrize(
    "text",
    [
        "Putin spoke about his upcoming talks with President Xi Jinping in Moscow on April 20.",
        "Putin informed his counterpart about his talks with President Xi Jinping to be held in "
        "Moscow on April 20.",
        "Putin will brief Lula on his talks with President Xi Jinping in Moscow on March 20.",
        # (a day after the article's)
        "Putin prepared for his talks with President Xi Jinping in Moscow on April 2.",
    ],
)
def test_no_earlier_meeting_for_talks_to_come(text: str) -> None:
    assert not [f for f in _meetings(text) if f.status is Status.HISTORICAL]


@pytest.mark.parametrize(
    "text",
    [
        "President of Uzbekistan Shavkat Mirziyoyev arrived in Tajikistan on Friday, where he was "
        "welcomed by President of Tajikistan Emomali Rahmon.",
        "Shavkat Mirziyoyev travelled to Dushanbe on Friday, where he was received by Emomali "
        "Rahmon.",
    ],
)
def test_a_visit_where_the_visitor_was_welcomed_is_one_meeting(text: str) -> None:
    (meeting,) = _meetings(text, dt.date(2023, 5, 20))
    assert _labels(meeting, "participant") == {"Shavkat Mirziyoyev", "Emomali Rahmon"}
