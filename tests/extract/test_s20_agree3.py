"""Commitments, requests and refusals at summits and in crises (session 20, agree3): a ceasefire
or a cessation of hostilities agreed or extended (AGREE 0356); a state and a body asked to send
troops (REQUEST 1034 to both); a refusal of that military help (REJECT 122); a promise assured
with no one named, or told to a guest; support for granting a party a status (AGREE 032); a
joint commission to resume (AGREE 036); "the parties" of a mediated meeting (not the host); with
the guards: negation, talks about a ceasefire, other help asked, a third party's refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events

DAY = dt.date(2024, 3, 8)
SUDAN, CHAD, KENYA, ETHIOPIA, ERITREA = "Q1049", "Q657", "Q114", "Q115", "Q986"
GHANA, NIGERIA, UN, USA, CANADA = "Q117", "Q1033", "Q1065", "Q30", "Q16"
FRANCE, MOLDOVA, LITHUANIA, GEORGIA = "Q142", "Q217", "Q37", "Q230"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return events(text, kind, DAY)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Ethiopia and Eritrea agreed to an immediate cessation of hostilities.",
            {ETHIOPIA, ERITREA},
        ),
        ("Sudan and Chad have agreed to a ceasefire along their border.", {SUDAN, CHAD}),
        ("Sudan said it would extend its truce with the rebel groups until June.", {SUDAN}),
    ],
)
def test_ceasefire_agreed_is_0356(text: str, actors: set[str]) -> None:
    assert any(a == actors and code == "0356" for a, _, code in _events(text, "AGREE"))


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Eritrea agreed to hold ceasefire talks in Nairobi.",
        "Ethiopia and Eritrea did not agree to a ceasefire.",
    ],
)
def test_ceasefire_talks_or_refused_is_no_0356(text: str) -> None:
    assert not any(code == "0356" for _, _, code in _events(text, "AGREE"))


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Ghana's transitional government has asked Nigeria and the United Nations to send "
            "troops to guard the port.",
            {NIGERIA, UN},
        ),
        ("Chad asked Canada to deploy peacekeepers in the east.", {CANADA}),
    ],
)
def test_asked_to_send_troops_is_1034(text: str, recipients: set[str]) -> None:
    found = _events(text, "REQUEST")
    assert any(r == recipients and code == "1034" for _, r, code in found), found


def test_asked_to_send_other_help_is_no_1034() -> None:
    found = _events("Ghana asked Nigeria to send food to the north.", "REQUEST")
    assert not any(code == "1034" for _, _, code in found)


def test_no_plans_to_send_troops_after_request_is_reject_122() -> None:
    text = (
        "Ghana has asked the United States to send troops to protect the capital. Washington "
        "said it had no plans to provide military assistance at this time."
    )
    assert ({USA}, {GHANA}, "122") in _events(text, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        # plans, not none
        "Ghana has asked the United States to send troops. The United States said it had plans "
        "to send troops.",
        # a third party's refusal: it was not asked
        "Ghana has asked Canada to send troops. The United States has no plans to send troops.",
        # no request for military help told
        "Ghana has asked the United States for food. The United States has no plans to send "
        "troops.",
    ],
)
def test_no_refusal_without_request_to_it(text: str) -> None:
    assert not any(code == "122" for _, _, code in _events(text, "REJECT"))


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "President Macron assured that France would support granting Moldova the status of "
            "a candidate.",
            MOLDOVA,
        ),
        ("Lithuania will back giving Georgia candidate status.", GEORGIA),
    ],
)
def test_support_granting_status_is_032(text: str, recipient: str) -> None:
    assert any(recipient in r and code == "032" for _, r, code in _events(text, "AGREE"))


@pytest.mark.parametrize(
    "text",
    [
        "President Macron assured that France would not support granting Moldova the status of "
        "a candidate.",
        "President Macron assured that the situation would improve.",
    ],
)
def test_assured_without_promise_is_no_agree(text: str) -> None:
    assert not any(code == "032" for _, _, code in _events(text, "AGREE"))


def test_informed_guest_of_ceasefire_extension() -> None:
    text = (
        "President Ruto received President Abiy Ahmed in Nairobi. Ruto informed his guest that "
        "Kenya would extend its ceasefire with the armed groups until June."
    )
    assert any(KENYA in a and code == "0356" for a, _, code in _events(text, "AGREE"))


def test_parties_of_mediated_talks_are_not_the_host() -> None:
    text = (
        "Kenya hosted talks between Ethiopia and Eritrea in Nairobi. Ethiopia and Eritrea agreed "
        "to an immediate ceasefire. The parties also agreed to resume, on 3 May in Nairobi, the "
        "work of the Ethiopia-Eritrea Joint Permanent Commission."
    )
    found = _events(text, "AGREE")
    assert ({ETHIOPIA, ERITREA}, set(), "036") in found, found
    assert not any(KENYA in a for a, _, _ in found)
