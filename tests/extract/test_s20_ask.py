"""Background boundary agreements, conditional tightening of sanctions and a person asked to
act (session 20): "In 1985, A and B agreed on a sea boundary" (TreatyRelation dated 1985, no
AGREE); "X made clear that the sanctions on Y would be tightened as long as ..." (THREATEN 1312
by X against Y); "X asked President Y to make ... available" (REQUEST 100); with the guards:
negation, a current agreement, a question, a courtesy."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, events, facts, facts_of, keys

DAY = dt.date(2023, 5, 12)
NORWAY, SWEDEN, RUSSIA, IRAN = "Q20", "Q34", "Q159", "Q794"


def test_a_past_boundary_agreement_is_a_dated_treaty_relation_not_an_agree() -> None:
    found = facts("In 1985, Norway and Sweden agreed on a maritime boundary in the north.", DAY)
    treaties = facts_of(found, "TreatyRelation")
    assert any(
        keys(f.get("party")) == {NORWAY, SWEDEN} and date_values(f, "date") == ("1985",)
        for f in treaties
    )
    assert not events("In 1985, Norway and Sweden agreed on a maritime boundary.", "AGREE", DAY)


def test_a_current_agreement_on_a_border_stays_an_agree() -> None:
    found = events(
        "Norway and Sweden agreed on Friday to reopen the border crossing.", "AGREE", DAY
    )
    assert found


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister of Sweden made clear that the sanctions imposed by Norway on Russia "
        "would remain in place and be tightened as long as the fighting continued.",
        "Sweden warned that sanctions against Russia would be further tightened if the attacks "
        "went on.",
    ],
)
def test_sanctions_tightened_on_a_condition_are_a_threat(text: str) -> None:
    assert any(r == {RUSSIA} and c in {"1312", "130"} for _, r, c in events(text, "THREATEN", DAY))


@pytest.mark.parametrize(
    "text",
    [
        "Sweden said that sanctions against Russia would not be tightened if talks resumed.",
        "Would sanctions against Russia be tightened if the attacks went on?",
        "Sweden said that sanctions against Russia were tightened last year.",
    ],
)
def test_no_threat_without_a_conditional_tightening(text: str) -> None:
    assert not any(c == "1312" for _, _, c in events(text, "THREATEN", DAY))


def test_a_president_asked_to_make_weapons_available_is_a_request() -> None:
    text = (
        "During the talks, Olaf Scholz asked President Emmanuel Macron to make more tanks "
        "available."
    )
    assert any(c == "100" for _, _, c in events(text, "REQUEST", DAY))


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz asked President Emmanuel Macron to convey his greetings to the people.",
        "Olaf Scholz did not ask President Emmanuel Macron to make more tanks available.",
    ],
)
def test_no_request_for_a_courtesy_or_a_negation(text: str) -> None:
    assert not events(text, "REQUEST", DAY)
