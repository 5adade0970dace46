"""Relations and meetings in fresh text (session 19c, rel): an organisation named again by the
head noun of its name ("the Fund" after the IMF, "the Alliance" after NATO); a named treaty
"which the three countries signed in PLACE on DATE"; a round of negotiations ", held in PLACE ...
with the participation of A, B and C"; "support for the sovereignty of Y"."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, facts_of, keys

DAY = dt.date(2024, 3, 8)
NATO, IMF, WORLD_BANK = "Q7184", "Q7804", "Q7164"
LITHUANIA, GHANA, KENYA = "Q37", "Q117", "Q114"
EGYPT, SUDAN, ETHIOPIA, UGANDA, TANZANIA = "Q79", "Q1049", "Q115", "Q1036", "Q924"
GERMANY, MOLDOVA = "Q183", "Q217"


def _members(text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    return {
        (
            next(iter(keys(f.get("member")))),
            next(iter(keys(f.get("organization")))),
            date_values(f, "startDate"),
        )
        for f in facts_of(facts(text, DAY), "Membership")
    }


# --- an organisation named again by its head noun --------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Germany commands the NATO brigade deployed in Lithuania, a member of the Alliance "
            "since 2004.",
            (LITHUANIA, NATO, ("2004",)),
        ),
        (
            "The IMF approved a new loan for Ghana on Friday. Ghana, which joined the Fund in "
            "1957, has sought aid 17 times.",
            (GHANA, IMF, ("1957",)),
        ),
        (
            "The World Bank lent Kenya $1 billion. Kenya joined the Bank in 1964.",
            (KENYA, WORLD_BANK, ("1964",)),
        ),
    ],
)
def test_organisation_named_by_its_head(text: str, want: tuple[str, str, tuple[str, ...]]) -> None:
    assert want in _members(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine wants to join NATO. Ukraine is not a member of the Alliance.",
        "The IMF approved a loan for Ghana. Kenya may join the Fund next year.",
        # (no organisation named before: "the Fund" is no one's)
        "Ghana, which joined the Fund in 1957, has sought aid 17 times.",
    ],
)
def test_no_membership_by_head(text: str) -> None:
    assert not _members(text)


# --- a treaty the states a group stands for signed ----------------------------------------------


def test_treaty_of_the_three_countries() -> None:
    text = (
        "Egypt, Sudan and Ethiopia have quarrelled for a decade. The Agreement on Basic Principles "
        "of the Nile, which the three countries signed in Addis Ababa on 5 May 2011, is disputed."
    )
    [treaty] = facts_of(facts(text, DAY), "TreatyRelation")
    assert keys(treaty.get("party")) == {EGYPT, SUDAN, ETHIOPIA}
    assert date_values(treaty, "date") == ("2011-05-05",)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt, Sudan and Ethiopia argued. The Agreement on Basic Principles, which the three "
        "countries refused to sign, is dead.",
        "Egypt, Sudan and Ethiopia argued. The Agreement on Basic Principles, which the three "
        "countries have not signed, is dead.",
        "Egypt, Sudan and Ethiopia argued. The Agreement on Basic Principles, which the three "
        "countries will sign in Cairo on 5 May, is ready.",
    ],
)
def test_no_treaty_of_the_three(text: str) -> None:
    assert not facts_of(facts(text, DAY), "TreatyRelation")


# --- a round of negotiations held with the participation of states ------------------------------


def test_round_held_with_participation() -> None:
    text = (
        "The latest round of those negotiations, held in Nairobi in May 2022 with the "
        "participation of Kenya, Uganda and Tanzania, ended without agreement."
    )
    [meeting] = facts_of(facts(text, DAY), "Meeting")
    assert keys(meeting.get("participant")) == {KENYA, UGANDA, TANZANIA}
    assert date_values(meeting, "cameoCode") == ("046",)
    assert date_values(meeting, "date") == ("2022-05",)


@pytest.mark.parametrize(
    "text",
    [
        "The next round of negotiations, to be held in Nairobi in May with the participation of "
        "Kenya, Uganda and Tanzania, may fail.",
        "The next round of negotiations will be held in Nairobi with the participation of "
        "Kenya, Uganda and Tanzania.",
    ],
)
def test_no_round_to_come(text: str) -> None:
    assert not facts_of(facts(text, DAY), "Meeting")


# --- support for a state's sovereignty -----------------------------------------------------------


def _supports(text: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    return {
        (frozenset(keys(f.get("actor"))), frozenset(keys(f.get("recipient"))))
        for f in facts_of(facts(text, DAY), "Event")
        if str(f.get("eventType")[0]) == "SUPPORT"
    }


def test_support_for_sovereignty_of() -> None:
    text = "Berlin - Chancellor Scholz reaffirmed Germany's support for the unity of Moldova."
    assert any(MOLDOVA in r for _, r in _supports(text))


@pytest.mark.parametrize(
    "text",
    [
        "Berlin - Chancellor Scholz did not reaffirm Germany's support for the independence of "
        "Moldova.",
        "Berlin - Chancellor Scholz expressed concern about Russian support for the independence "
        "of Transnistria.",
    ],
)
def test_no_support_for_sovereignty(text: str) -> None:
    assert not any(MOLDOVA in r for _, r in _supports(text))
