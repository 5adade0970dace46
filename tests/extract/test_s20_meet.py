"""Meetings told in an aside of another act, and the titles of their participants (session 20):
"X, who stopped in <city> for talks with Y, said ..." (042 of the two, there); "X, during a
visit to <capital>, signed ..." (042, the state visited); "X delivered a message from ... to
President Y" (042 of the two); "X, current chairperson of <body>, met Y"; "visited A and the
town of B, where he met Y" (the person met, not the state); a style-only apposition ("...,
Crown Prince, Deputy Prime Minister and Minister of Defence of ...") is the titles of the
person named before it, never a holder called "Crown Prince". With the guards: future,
negated, question, hypothetical, no person to meet."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, facts_of, labels

DAY = dt.date(2023, 5, 12)


def _meetings(text: str) -> list[tuple[frozenset[str], str, frozenset[str]]]:
    return [
        (labels(f, "participant"), str(f.get("cameoCode")[0]), labels(f, "place"))
        for f in facts_of(facts(text, DAY), "Meeting")
    ]


@pytest.mark.parametrize(
    ("text", "who", "place"),
    [
        (
            "Macron, who stopped in Lisbon on Tuesday for talks with Portuguese President "
            "Marcelo Rebelo de Sousa, told reporters that France wants more trade.",
            {"Emmanuel Macron", "Marcelo Rebelo de Sousa"},
            "Lisbon",
        ),
        (
            "Erdogan, who was in Baku on Monday for talks with President Ilham Aliyev, said "
            "Turkey would build a new pipeline.",
            {"Recep Tayyip Erdoğan", "Ilham Aliyev"},
            "Baku",
        ),
        (
            "Foreign Minister Annalena Baerbock, during a visit to Rabat, signed an energy "
            "accord with Morocco.",
            {"Annalena Baerbock", "Morocco"},
            "Rabat",
        ),
        (
            "President Emmanuel Macron, during a visit to Berlin on Monday, criticized the plan.",
            {"Emmanuel Macron", "Germany"},
            "Berlin",
        ),
    ],
)
def test_aside_visit_is_a_meeting(text: str, who: set[str], place: str) -> None:
    assert (frozenset(who), "042", frozenset({place})) in _meetings(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani delivered on Monday a "
            "message from the Emir to Egyptian President Abdel Fattah el-Sisi.",
            {"Sheikh Mohammed bin Abdulrahman Al Thani", "Abdel Fattah el-Sisi"},
        ),
        (
            "Omani Foreign Minister Badr Albusaidi handed a letter from the Sultan to Iranian "
            "President Ebrahim Raisi on Sunday.",
            # (the KB's name of Oman's foreign minister since session 28: patronymics aside)
            {"Badr bin Hamad bin Hamood Al Busaidi", "Ebrahim Raisi"},
        ),
    ],
)
def test_message_delivered_in_person(text: str, who: set[str]) -> None:
    assert (frozenset(who), "042", frozenset()) in _meetings(text)


def test_chair_of_a_body_apposed_to_the_subject() -> None:
    found = _meetings(
        "The President of the Republic, Macky Sall, current chairman of the African Union, "
        "met President Emmanuel Macron on Friday in Paris."
    )
    assert any(who == {"Macky Sall", "Emmanuel Macron"} for who, _, _ in found)


def test_where_he_met_past_an_unknown_town_is_the_person() -> None:
    found = _meetings(
        "On Sunday, Chancellor Olaf Scholz had visited Warsaw and the town of Oswiecim, where "
        "he met Polish President Andrzej Duda."
    )
    assert any(who == {"Olaf Scholz", "Andrzej Duda"} for who, _, _ in found)
    assert not any("Poland" in who for who, _, _ in found)


def test_style_apposition_titles_the_person_before() -> None:
    found = facts(
        "On 3 March 2021, at Al Salam Palace in Jeddah, President Emmanuel Macron held official "
        "talks with His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown "
        "Prince, Deputy Prime Minister and Minister of Defence of the Kingdom of Saudi Arabia.",
        dt.date(2021, 3, 3),
    )
    holders = {h for f in facts_of(found, "Tenure") for h in labels(f, "holder")}
    assert "Crown Prince" not in holders
    assert "Mohammad bin Salman" in holders


@pytest.mark.parametrize(
    "text",
    [
        "Macron, who will stop in Lisbon on Tuesday for talks with Portuguese President Marcelo "
        "Rebelo de Sousa, told reporters that France wants more trade.",
        "Erdogan, who hopes to be in Baku next week for talks with President Ilham Aliyev, said "
        "Turkey would build a new pipeline.",
        "Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani did not deliver a message to "
        "Egyptian President Abdel Fattah el-Sisi.",
        "Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani will deliver a message from "
        "the Emir to Egyptian President Abdel Fattah el-Sisi on Monday.",
        "Did Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani deliver a message to "
        "Egyptian President Abdel Fattah el-Sisi?",
        "If Omani Foreign Minister Badr Albusaidi delivered a letter to Iranian President "
        "Ebrahim Raisi, Tehran would respond.",
        "Egypt said Qatar delivered a letter to Egyptian President Abdel Fattah el-Sisi.",
        "Omani Foreign Minister Badr Albusaidi delivered a message to the nation on Sunday.",
    ],
)
def test_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Macky Sall, the current chairperson of the African Union, met President Emmanuel "
        "Macron on Friday in Paris.",
        "Azali Assoumani, current chairperson of the African Union, met Chinese President Xi "
        "Jinping on Friday in Beijing.",
    ],
)
def test_current_chair_of_a_body_is_a_tenure(text: str) -> None:
    found = facts_of(facts(text, DAY), "Tenure")
    assert any(
        labels(f, "jurisdiction") == {"African Union"}
        and str(f.get("role")[0]) == "HeadOfOrganization"
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Macky Sall, former chairperson of the African Union, met President Emmanuel Macron.",
        "The current chairperson of the African Union said the talks would resume.",
    ],
)
def test_no_chair_tenure(text: str) -> None:
    found = facts_of(facts(text, DAY), "Tenure")
    assert not any(labels(f, "jurisdiction") == {"African Union"} for f in found)
