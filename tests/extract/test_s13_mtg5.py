"""Meetings told in other ways (session 13): a host of other states' ministers ("Jordan hosted
the foreign ministers of Syria, Saudi Arabia, Iraq and Egypt"), talks "held in Istanbul on 13
July between military delegations of ...", a summit those named took part in and one of them
hosted, a chief guest at a state's celebrations, the author's own earlier visit in a statement
("follows my visit to Fiji in February 2022"), a visit "for the first time since ..." and the
one met; coordinators as senior officials; "the three heads of state", "The summit
participants", "X also met Y", a ", when" clause's own act; and Russian names whose "й" is
romanised "y" or "i" ("Sergei Shoigu" is the KB's "Sergey Shoygu")."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact
from tests.extract.test_patterns import facts

DAY = dt.date(2023, 5, 3)
SHOYGU, LAVROV, PATRUSHEV, BELOUSOV = "Q32024", "Q58217", "Q446865", "Q4082839"
PUTIN, ERDOGAN, RAISI = "Q7747", "Q39259", "Q5947347"
SISI, MODI, ALBANESE, ASSAD = "Q307871", "Q1058", "Q335697", "Q44329"
SOGAVARE, BLINKEN = "Q536063", "Q7821917"
JORDAN, SYRIA, SAUDI, IRAQ, EGYPT = "Q810", "Q858", "Q851", "Q796", "Q79"
RUSSIA, TURKEY, UKRAINE, UN = "Q159", "Q43", "Q212", "Q1065"
INDIA, FIJI, AUSTRALIA, US = "Q668", "Q712", "Q408", "Q30"


def _of(cls: str, text: str, date: dt.date = DAY) -> list[Fact]:
    return [f for f in facts(text, date) if f.cls.value == cls]


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _values(fact: Fact, role: str) -> set[str]:
    return {str(v) for v in fact.get(role)}


def _people(text: str, date: dt.date = DAY) -> set[str]:
    return {
        v.qid or v.label
        for f in facts(text, date)
        for role in ("participant", "holder", "actor")
        for v in f.get(role)
        if isinstance(v, Entity)
    }


# --- a host of other states' ministers or leaders ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "place", "date"),
    [
        (
            "Jordan hosted the foreign ministers of Syria, Saudi Arabia, Iraq and Egypt in Amman "
            "on May 1.",
            {JORDAN, SYRIA, SAUDI, IRAQ, EGYPT},
            "Q3805",
            "2023-05-01",
        ),
        (
            "On Monday, Qatar welcomed the defence ministers of Turkey and Pakistan to Doha.",
            {"Q846", TURKEY, "Q843"},
            "Q3861",
            "2023-05-01",
        ),
        (
            "Kenya hosted leaders from Uganda, Rwanda and Tanzania in Nairobi on Tuesday.",
            {"Q114", "Q1036", "Q1037", "Q924"},
            "Q3870",
            "2023-05-02",
        ),
    ],
)
def test_a_host_of_other_states_ministers_meets_their_states(
    text: str, parties: set[str], place: str, date: str
) -> None:
    (meeting,) = _of("Meeting", text)
    assert _keys(meeting, "participant") == parties
    assert _values(meeting, "cameoCode") == {"043"}
    assert _keys(meeting, "place") == {place}
    assert _values(meeting, "date") == {date}


@pytest.mark.parametrize(
    "text",
    [
        "Jordan will host the foreign ministers of Syria and Egypt in Amman on May 10.",
        "Jordan welcomed the decision of the foreign ministers of Syria and Egypt.",
        "Jordan did not host the foreign ministers of Syria and Egypt in Amman.",
    ],
)
def test_no_meeting_from_a_hosting_to_come_refused_or_a_decision_welcomed(text: str) -> None:
    assert _of("Meeting", text) == []


# --- talks held somewhere, on a day, between delegations -------------------------------------


def test_negotiations_held_in_a_city_on_a_day_between_delegations_and_officials() -> None:
    text = (
        "The agreement follows negotiations held in Istanbul on 13 July between military "
        "delegations of Russia, Türkiye and Ukraine and United Nations officials."
    )
    (meeting,) = _of("Meeting", text, dt.date(2022, 7, 22))
    assert _keys(meeting, "participant") == {RUSSIA, TURKEY, UKRAINE, UN}
    assert _values(meeting, "cameoCode") == {"046"}
    assert _keys(meeting, "place") == {"Q406"}
    assert _values(meeting, "date") == {"2022-07-13"}


def test_talks_held_in_a_city_last_week_between_the_delegations_of_two_states() -> None:
    text = (
        "The deal follows talks held in Geneva last week between the delegations of Armenia "
        "and Azerbaijan."
    )
    (meeting,) = _of("Meeting", text, dt.date(2022, 7, 22))
    assert _keys(meeting, "participant") == {"Q399", "Q227"}
    assert _keys(meeting, "place") == {"Q71"}


@pytest.mark.parametrize(
    "text",
    [
        "Talks will be held in Geneva next week between the delegations of Armenia and Azerbaijan.",
        "Kenya supports negotiations held in Doha between the United States and the Taliban.",
        "No negotiations were held in Istanbul between Russia and Ukraine.",
    ],
)
def test_no_meeting_from_talks_to_come_supported_or_denied(text: str) -> None:
    assert _of("Meeting", text, dt.date(2022, 7, 22)) == []


# --- a summit those named took part in, hosted by one of them --------------------------------

TEHRAN = (
    "Russian President Vladimir Putin held talks with Iranian President Ebrahim Raisi in Tehran "
    "on Tuesday. Putin also met Turkish President Recep Tayyip Erdogan. "
)


def test_a_summit_the_three_heads_of_state_took_part_in_hosted_by_one_of_them() -> None:
    text = (
        TEHRAN + "The three heads of state then took part in a summit of the guarantor states of "
        "the Astana process, hosted by the Iranian President. The summit participants adopted a "
        "joint statement on Syria."
    )
    found = facts(text, dt.date(2022, 7, 20))
    (summit,) = [f for f in found if _values(f, "cameoCode") == {"043"}]
    assert _keys(summit, "participant") == {PUTIN, ERDOGAN, RAISI}
    (adopted,) = [f for f in found if _values(f, "cameoCode") == {"057"}]
    assert _keys(adopted, "actor") == {PUTIN, ERDOGAN, RAISI}
    # ("Putin also met Erdogan": a meeting of its own)
    assert [
        f for f in found if f.cls.value == "Meeting" and _keys(f, "participant") == {PUTIN, ERDOGAN}
    ]


def test_three_heads_of_state_are_nobody_when_the_article_names_four() -> None:
    text = (
        TEHRAN + "Kazakh President Kassym-Jomart Tokayev joined them later. The three heads of "
        "state then took part in a summit, hosted by the Iranian President."
    )
    found = facts(text, dt.date(2022, 7, 20))
    assert not [f for f in found if _values(f, "cameoCode") == {"043"}]


def test_a_summit_to_come_hosted_by_one_of_them_is_no_meeting() -> None:
    text = (
        TEHRAN
        + "The three heads of state will take part in a summit hosted by the Iranian President."
    )
    found = facts(text, dt.date(2022, 7, 20))
    assert not [f for f in found if _values(f, "cameoCode") == {"043"}]


# --- a chief guest ----------------------------------------------------------------------------

CAIRO = (
    "Indian Prime Minister Narendra Modi held talks with Egyptian President Abdel Fattah "
    "el-Sisi in Cairo on Sunday. "
)


def test_a_chief_guest_at_a_states_celebrations_visited_it_and_the_leaders_agreed() -> None:
    text = (
        CAIRO + "President Sisi was the Chief Guest at India's Republic Day celebrations in "
        "January 2023, when the two leaders decided to elevate the relationship to a strategic "
        "partnership."
    )
    found = facts(text, dt.date(2023, 6, 25))
    (visit,) = [f for f in found if _values(f, "date") == {"2023-01"} and f.cls.value == "Meeting"]
    assert _keys(visit, "participant") == {SISI, MODI}
    assert _values(visit, "cameoCode") == {"042"}
    assert _keys(visit, "place") == {INDIA}
    assert visit.status.value == "historical"
    (agreed,) = [f for f in found if _values(f, "cameoCode") == {"030"}]
    assert _keys(agreed, "actor") == {SISI, MODI}
    assert _values(agreed, "date") == {"2023-01"}
    # ("Chief Guest" is no title of a person named "Guest")
    assert "Guest" not in _people(text, dt.date(2023, 6, 25))


def test_a_guest_of_honour_on_a_day_of_the_article_visits_the_state() -> None:
    text = (
        "Prime Minister Anthony Albanese was the guest of honour at India's Independence Day "
        "parade on Tuesday."
    )
    (visit,) = _of("Meeting", text, dt.date(2023, 8, 17))
    assert _keys(visit, "participant") == {ALBANESE, INDIA}
    assert _values(visit, "date") == {"2023-08-15"}
    assert visit.status.value == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anthony Albanese will be the guest of honour at India's Independence "
        "Day parade next year.",
        "Prime Minister Anthony Albanese was invited as the guest of honour at India's "
        "Independence Day parade.",
    ],
)
def test_a_guest_of_honour_to_come_is_no_visit(text: str) -> None:
    assert _of("Meeting", text, dt.date(2023, 8, 17)) == []


# --- the author's own earlier visit -----------------------------------------------------------

STATEMENT = (
    "Statement by Secretary of State Antony J. Blinken on the Opening of U.S. Embassy in Honiara"
)


def _statement(body: str, title: str = STATEMENT) -> list[Fact]:
    article = Article(
        id="t",
        source="t.txt",
        body=body,
        title=title,
        date=dt.date(2023, 2, 2),
        url="https://www.state.gov/x",
        publisher="U.S. Department of State",
    )
    return extract(article, load_index())


@pytest.mark.parametrize(
    ("body", "visited", "place", "date"),
    [
        ("The opening follows my visit to Fiji in February 2022.", FIJI, FIJI, "2022-02"),
        ("My trip to Canberra last August deepened these ties.", AUSTRALIA, "Q3114", "2022-08"),
        ("Since my visit to Fiji last year, our partnership has grown.", FIJI, FIJI, "2022"),
    ],
)
def test_the_authors_earlier_visit_is_a_historical_meeting(
    body: str, visited: str, place: str, date: str
) -> None:
    (meeting,) = [f for f in _statement(body) if f.cls.value == "Meeting"]
    assert _keys(meeting, "participant") == {BLINKEN, visited}
    assert _keys(meeting, "place") == {place}
    assert _values(meeting, "date") == {date}
    assert _values(meeting, "cameoCode") == {"042"}
    assert meeting.status.value == "historical"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("The opening comes ahead of my visit to Fiji in March.", STATEMENT),
        ("The opening follows my visit to Fiji.", STATEMENT),  # (undated: maybe this week's)
        ("The opening follows my visit to Fiji in February 2022.", "Remarks by Secretary Blinken"),
        (
            '"The opening follows my visit to Fiji in February 2022," said Prime Minister '
            "Sogavare.",
            STATEMENT,
        ),
    ],
)
def test_no_authors_visit_to_come_undated_in_remarks_or_in_a_quotation(
    body: str, title: str
) -> None:
    assert [f for f in _statement(body, title) if f.cls.value == "Meeting"] == []


# --- a visit "for the first time since ..." and the one met ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi foreign minister visited Damascus in April for the first time since the war "
        "began and met with Assad.",
        "Chinese Foreign Minister Qin Gang visited Damascus in April for the first time in a "
        "decade, and met with President Assad.",
    ],
)
def test_a_visit_for_the_first_time_and_the_leader_met(text: str) -> None:
    (meeting,) = _of("Meeting", text, dt.date(2023, 5, 20))
    assert ASSAD in _keys(meeting, "participant")
    assert SYRIA not in _keys(meeting, "participant")
    assert _keys(meeting, "place") == {"Q3766"}
    assert _values(meeting, "date") == {"2023-04"}


# --- coordinators ------------------------------------------------------------------------------


def test_a_delegation_led_by_the_indo_pacific_coordinator() -> None:
    text = (
        "A U.S. delegation led by Indo-Pacific Coordinator Kurt Campbell met with Prime Minister "
        "Sogavare in Honiara on Tuesday."
    )
    found = facts(text)
    (meeting,) = [f for f in found if f.cls.value == "Meeting"]
    assert _keys(meeting, "participant") == {"Kurt Campbell", SOGAVARE}
    assert _keys(meeting, "place") == {"Q40921"}
    (tenure,) = [f for f in found if _keys(f, "holder") == {"Kurt Campbell"}]
    assert _values(tenure, "role") == {"SeniorOfficial"}
    assert _keys(tenure, "jurisdiction") == {US}


def test_the_indo_pacific_coordinator_is_a_us_office_without_a_state_named() -> None:
    text = "Indo-Pacific Coordinator Kurt Campbell met Prime Minister Manasseh Sogavare in Honiara."
    (tenure,) = [f for f in _of("Tenure", text) if _keys(f, "holder") == {"Kurt Campbell"}]
    assert _keys(tenure, "jurisdiction") == {US}


def test_a_coordinator_in_lower_case_is_no_title() -> None:
    text = "The program coordinator Ann Smith met Prime Minister Manasseh Sogavare in Honiara."
    assert not [f for f in _of("Tenure", text) if _keys(f, "holder") == {"Ann Smith"}]


# --- Russian "й" written "y" or "i" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Russian Defence Minister Sergei Shoigu met Chinese Defence Minister Li Shangfu in "
            "Moscow on Tuesday.",
            {SHOYGU},
        ),
        ("Sergei Shoigu met Li Shangfu in Moscow on Tuesday.", {SHOYGU}),
        ("Nikolay Patrushev met Sergei Lavrov in Moscow on Tuesday.", {PATRUSHEV, LAVROV}),
        ("Andrei Belousov met Sergey Lavrov in Moscow on Tuesday.", {BELOUSOV, LAVROV}),
    ],
)
def test_a_russian_name_links_whichever_way_its_y_is_romanised(text: str, people: set[str]) -> None:
    assert people <= _people(text, dt.date(2023, 4, 18))


@pytest.mark.parametrize(
    "text",
    [
        # another given name, the same surname: not the minister
        "Russian Deputy Prime Minister Nikolai Shoigu met Kazakh Foreign Minister Murat Nurtleu "
        "in Moscow on Tuesday.",
        "Sergei Shoikov met Li Shangfu in Moscow on Tuesday.",
        "Russian Defence Minister Sergei Shoigov met Li Shangfu in Moscow on Tuesday.",
    ],
)
def test_a_russian_name_that_differs_otherwise_is_not_the_kb_person(text: str) -> None:
    assert SHOYGU not in _people(text, dt.date(2023, 4, 18))
