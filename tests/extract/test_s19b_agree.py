"""Agreements in fresh text (session 19b, agree): a grant a document lays down ("Under the pact,
A will allow B's troops to ...", "B will open its ports to A's navy in the same way") is a
Permission, not an AGREE; a treaty "between A and B" still to be signed, or the goal of efforts,
is no treaty relation; "The 2015 agreement ... was signed by A, B and C" told years later is a
treaty relation of that year, not news of a signing."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import facts, facts_of, keys

GREECE, FRANCE, EGYPT, SAUDI, US = "Q41", "Q142", "Q79", "Q851", "Q30"
INDIA, PAKISTAN, RUSSIA, UKRAINE = "Q668", "Q843", "Q159", "Q212"
DAY = dt.date(2024, 3, 8)


def _permissions(text: str) -> set[tuple[str, str, str]]:
    return {
        (
            next(iter(keys(f.get("grantor")))),
            next(iter(keys(f.get("grantee")))),
            str(f.get("activity")[0]) if f.get("activity") else "",
        )
        for f in facts_of(facts(text, DAY), "Permission")
    }


def _agrees(text: str) -> list[Fact]:
    return [
        f
        for f in facts_of(facts(text, DAY), "Event")
        if str(f.get("eventType")[0]).upper().endswith("AGREE")
    ]


def _treaties(text: str) -> list[Fact]:
    return facts_of(facts(text, DAY), "TreatyRelation")


# --- a grant a document lays down ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "grant"),
    [
        (
            "Under the pact, Greece will allow French soldiers to hold drills on its soil.",
            (GREECE, FRANCE, "MilitaryExercise"),
        ),
        (
            "Under the new deal, Egypt will permit Saudi warplanes to use its airspace.",
            (EGYPT, SAUDI, "Overflight"),
        ),
        (
            "Under the 2019 accord, Greece will also open its military bases to US forces.",
            (GREECE, US, "MilitaryBasing"),
        ),
        (
            "Under the defence agreement signed on Monday, France will open its naval ports to "
            "the Greek navy.",
            (FRANCE, GREECE, "MilitaryBasing"),
        ),
    ],
)
def test_grant_under_document_is_permission(text: str, grant: tuple[str, str, str]) -> None:
    assert grant in _permissions(text)
    assert not _agrees(text)


def test_grant_returned_in_the_same_way_takes_its_activity() -> None:
    text = (
        "Under the pact, Greece will allow French soldiers to hold drills on its soil, and France "
        "will open its bases to the Greek armed forces in the same way."
    )
    found = _permissions(text)
    assert (GREECE, FRANCE, "MilitaryExercise") in found
    assert (FRANCE, GREECE, "MilitaryExercise") in found
    assert not _agrees(text)


@pytest.mark.parametrize(
    "text",
    [
        # no document lays it down: a plan
        "Egypt will permit Saudi warplanes to use its airspace.",
        # a document not yet signed
        "Under the draft deal, Egypt will permit Saudi warplanes to use its airspace.",
        "Under the proposed pact, Greece will allow French soldiers to hold drills on its soil.",
        # negated
        "Under the pact, Greece will not allow French soldiers to hold drills on its soil.",
    ],
)
def test_no_permission_without_a_document_in_force(text: str) -> None:
    assert not _permissions(text)


def test_commitment_under_document_is_still_agree() -> None:
    # (not a grant of soil: a commitment the deal lays down)
    text = "Under the deal, Egypt will allow Oman to mediate between the two sides."
    assert not _permissions(text)
    assert _agrees(text)


# --- a treaty "between A and B" not (yet) in force ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Status of Forces Agreement between India and Pakistan will be signed at a later date.",
        "The Water Sharing Agreement between India and Pakistan is yet to be signed.",
        "China will keep working to achieve a lasting peace treaty between Russia and Ukraine.",
        "Turkey pledged to pursue a comprehensive peace treaty between Russia and Ukraine.",
    ],
)
def test_no_treaty_still_to_come(text: str) -> None:
    assert not _treaties(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Indus Waters Treaty between India and Pakistan was signed in 1960.",
        "Both sides pledged to respect the 1960 treaty between India and Pakistan.",
    ],
)
def test_treaty_in_force_kept(text: str) -> None:
    assert any(keys(f.get("party")) == {INDIA, PAKISTAN} for f in _treaties(text))


# --- a signing of an earlier year told later -----------------------------------------------------


def test_year_named_document_signed_by_is_treaty_relation() -> None:
    text = (
        "The 2018 accord, under which Russia and Ukraine swapped prisoners, was signed by Russia, "
        "Ukraine, France and Egypt."
    )
    found = facts(text, DAY)
    treaties = facts_of(found, "TreatyRelation")
    assert any(
        keys(f.get("party")) == {RUSSIA, UKRAINE, FRANCE, EGYPT}
        and [str(d) for d in f.get("date")] == ["2018"]
        for f in treaties
    )
    assert not [f for f in facts_of(found, "Event") if "057" in f.get("cameoCode")]


def test_document_of_this_year_signed_by_is_still_a_signing() -> None:
    text = "The accord was signed by Russia and Ukraine in Istanbul on Tuesday."
    found = facts(text, DAY)
    assert [f for f in facts_of(found, "Event") if "057" in f.get("cameoCode")]


# --- "X announced that it had severed relations with Y": the speaker's own act ------------------

HONDURAS, TAIWAN = "Q783", "Q865"


def _severed(text: str) -> list[Fact]:
    return [f for f in facts_of(facts(text, DAY), "Event") if "161" in f.get("cameoCode")]


@pytest.mark.parametrize(
    "text",
    [
        "Honduras announced that it had severed diplomatic relations with Taiwan.",
        "The Government of Honduras confirmed that it had cut its diplomatic ties with Taiwan.",
    ],
)
def test_announced_own_break_of_relations(text: str) -> None:
    found = _severed(text)
    assert any(
        keys(f.get("actor")) == {HONDURAS} and keys(f.get("recipient")) == {TAIWAN} for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Honduras announced that it would sever diplomatic relations with Taiwan.",
        "Honduras announced that it had not severed diplomatic relations with Taiwan.",
        "Honduras announced that it might sever diplomatic relations with Taiwan.",
    ],
)
def test_announced_future_or_negated_break_is_none(text: str) -> None:
    assert not [f for f in _severed(text) if f.status.value == "asserted"]
