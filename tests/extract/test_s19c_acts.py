"""Material acts in fresh text (session 19c, acts): aid "approved ... worth SUM for X", "reached a
preliminary agreement with", "held the Nth round of talks ... and agreed to", pull-backs begun or
completed ("began withdrawing from X", "completed disengagement from"), detainees released told
by a count ("released both men"), and an organ "of STATE" approving the presence of an
organisation's forces (Permission)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import facts, facts_of, keys

KENYA, SOMALIA, ETHIOPIA, EGYPT, IMF = "Q114", "Q1045", "Q115", "Q79", "Q7804"
RUSSIA, ARMENIA, IRAN, TAJIKISTAN, CSTO, PAKISTAN, SRI_LANKA = (
    "Q159",
    "Q399",
    "Q794",
    "Q863",
    "Q318693",
    "Q843",
    "Q854",
)
DAY = dt.date(2022, 8, 10)


def _events(text: str, kind: str) -> list[Fact]:
    return [
        f
        for f in facts_of(facts(text, DAY), "Event")
        if str(f.get("eventType")[0]).upper().endswith(kind)
    ]


def _pairs(text: str, kind: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    return {
        (frozenset(keys(f.get("actor"))), frozenset(keys(f.get("recipient"))))
        for f in _events(text, kind)
    }


# --- aid approved with its worth ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "President Ruto on Tuesday approved emergency assistance worth $30 million for "
            "Somalia, including medicine and tents.",
            KENYA,
            SOMALIA,
        ),
        (
            "The Prime Minister of Pakistan on Monday approved humanitarian aid worth Rs2 billion "
            "for Sri Lanka.",
            PAKISTAN,
            SRI_LANKA,
        ),
        ("Kenya approved military aid worth about $5 million for Somalia.", KENYA, SOMALIA),
    ],
)
def test_aid_approved_with_its_worth(text: str, actor: str, recipient: str) -> None:
    assert (frozenset({actor}), frozenset({recipient})) in _pairs(text, "AID")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has not approved aid worth $30 million for Somalia.",
        "Kenya may approve aid worth $30 million for Somalia.",
        "Will Kenya approve aid worth $30 million for Somalia?",
    ],
)
def test_aid_not_approved(text: str) -> None:
    assert not _events(text, "AID")


# --- agreements -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Egypt reached a preliminary agreement with the International Monetary Fund on Monday.",
        "Egypt reached a staff-level agreement with the IMF on Monday for a loan of $3 billion.",
    ],
)
def test_preliminary_agreement_reached(text: str) -> None:
    assert (frozenset({EGYPT}), frozenset({IMF})) in _pairs(text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Egypt has not reached a preliminary agreement with the IMF.",
        "Egypt hopes it reached a preliminary agreement with the IMF?",
    ],
)
def test_preliminary_agreement_not_reached(text: str) -> None:
    assert not _events(text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia held the fourth round of talks on Monday and agreed to expand trade.",
        "Kenya and Ethiopia held another round of border negotiations in Addis Ababa and agreed "
        "to meet again in May.",
    ],
)
def test_round_of_talks_and_agreed(text: str) -> None:
    assert any(a == frozenset({KENYA, ETHIOPIA}) for a, _ in _pairs(text, "AGREE"))


def test_round_of_talks_without_agreement() -> None:
    text = "Kenya and Ethiopia held the fourth round of talks on Monday and discussed trade."
    assert not _events(text, "AGREE")


# --- pull-backs begun or completed ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russian forces began withdrawing from Armenia on Friday.", RUSSIA),
        (
            "The peacekeeping forces of the CSTO began withdrawing from Tajikistan on Thursday.",
            CSTO,
        ),
        ("Russian troops completed their withdrawal from Armenia in March.", RUSSIA),
    ],
)
def test_withdrawal_begun_or_completed(text: str, actor: str) -> None:
    assert any(actor in a for a, _ in _pairs(text, "RETREAT"))


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces have not begun withdrawing from Armenia.",
        "Armenia demanded that Russian forces begin withdrawing from Armenia.",
        "Did Russian forces begin withdrawing from Armenia?",
    ],
)
def test_withdrawal_not_begun(text: str) -> None:
    assert not _events(text, "RETREAT")


# --- detainees released, told by a count ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iran released both men on Friday after two years in detention.",
        "Iran freed the two women yesterday.",
    ],
)
def test_release_of_both_men(text: str) -> None:
    assert any(IRAN in a for a, _ in _pairs(text, "CONCEDE"))


@pytest.mark.parametrize(
    "text",
    [
        "Iran has refused to release both men.",
        "Iran did not release both men.",
        "Both men released a statement on Friday.",
    ],
)
def test_no_release(text: str) -> None:
    assert not _events(text, "CONCEDE")


# --- an organ of the state approves an organisation's forces on its soil -------------------------


def _permissions(text: str) -> set[tuple[str, str]]:
    return {
        (next(iter(keys(f.get("grantor")))), next(iter(keys(f.get("grantee")))))
        for f in facts_of(facts(text, DAY), "Permission")
    }


@pytest.mark.parametrize(
    ("text", "grant"),
    [
        (
            "The Senate of Tajikistan on March 3 approved the presence of the CSTO forces on the "
            "country's territory.",
            (TAJIKISTAN, CSTO),
        ),
        (
            "Armenia's parliament on Monday approved the presence of Russian troops on its soil.",
            (ARMENIA, RUSSIA),
        ),
    ],
)
def test_presence_approved(text: str, grant: tuple[str, str]) -> None:
    assert grant in _permissions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tajikistan did not approve the presence of the CSTO forces.",
        "The Senate of Tajikistan may approve the presence of the CSTO forces next week.",
        "Tajikistan approved the deployment of the United Nations.",
    ],
)
def test_no_presence_approved(text: str) -> None:
    assert not _permissions(text)
