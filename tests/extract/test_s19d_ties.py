"""Ties in fresh text (session 19d, ties): a state's first or founding officeholder named in
passing is no current Tenure; opening or chairing a gathering is no AGREE; a body the KB does not
know holding its own session is no Meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, facts_of, keys

DAY = dt.date(2022, 4, 5)


# --- first / founding officeholders ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The pilgrims laid wreaths at the tomb of India's first Prime Minister, Jawaharlal "
        "Nehru, in Delhi.",
        "Delegates toured the house of Kenya's founding President, Jomo Kenyatta, on Monday.",
        "The students read letters of Ghana's first President, Kwame Nkrumah, aloud.",
    ],
)
def test_first_or_founding_officeholder_is_no_tenure(text: str) -> None:
    assert not facts_of(facts(text, DAY), "Tenure")


def test_first_deputy_prime_minister_is_still_current() -> None:
    found = facts_of(
        facts("Kenya's First Deputy Prime Minister Musalia Mudavadi met the envoy.", DAY),
        "Tenure",
    )
    assert found


def test_plain_prime_minister_still_tenure() -> None:
    found = facts_of(
        facts("Indian Prime Minister Narendra Modi laid a wreath in Delhi on Monday.", DAY),
        "Tenure",
    )
    assert found


# --- opening a gathering ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto will open the three-day conference in Mombasa on Monday.",
        "Foreign Minister Ebrahim will formally inaugurate the two-day regional forum in Durban "
        "on Thursday.",
        "Prime Minister Albanese will chair the leaders' session in Sydney next week.",
    ],
)
def test_opening_a_gathering_is_no_agree(text: str) -> None:
    found = facts_of(facts(text, DAY), "Event")
    assert not [f for f in found if str(f.get("eventType")[0]).upper() == "AGREE"]


def test_a_promise_still_agree() -> None:
    found = facts_of(
        facts("Kenya will send 1,000 police officers to Haiti, President Ruto told Guterres.", DAY),
        "Event",
    )
    assert [f for f in found if str(f.get("eventType")[0]).upper() == "AGREE"]


# --- a body's own session -------------------------------------------------------------------------


def test_unknown_body_session_is_no_meeting() -> None:
    text = "The Security Council held an open meeting on the missile tests on Friday."
    assert not facts_of(facts(text, DAY), "Meeting")


def test_known_body_session_still_meeting() -> None:
    found = facts_of(facts("The Arab League held an emergency meeting on Sunday.", DAY), "Meeting")
    assert any("Q7172" in keys(f.get("participant")) for f in found)
