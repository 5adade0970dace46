"""Memberships, partnerships and treaties in fresh phrasings (session 20, agree): "X and Y are
close allies in NATO" (Membership of each); "X, a member of the A and of the B" (both
organisations); "X, bound to Y by a strategic partnership since 2016" (Partnership, dated);
"memoranda were signed between X and Y" (TreatyRelation); with the guards: allies in a region,
an ally of a third state, a partnership or signing to come, a negation."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, facts_of, keys, memberships

DAY = dt.date(2024, 5, 10)
FINLAND, NORWAY, SWEDEN, NATO, ARCTIC = "Q33", "Q20", "Q34", "Q7184", "Q674182"
GHANA, AU, ECOWAS, SENEGAL = "Q117", "Q7159", "Q193272", "Q1041"
KAZAKHSTAN, CHINA, VIETNAM, LAOS, EGYPT, GREECE = "Q232", "Q148", "Q881", "Q819", "Q79", "Q41"


def _parties(text: str, cls: str) -> list[set[str]]:
    return [keys(f.get("party")) for f in facts_of(facts(text, DAY), cls)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finland and Norway are close allies in NATO and both are members of the Arctic "
            "Council.",
            {(FINLAND, NATO), (NORWAY, NATO)},
        ),
        ("Sweden and Norway have been allies within NATO since last year.", {(SWEDEN, NATO)}),
        (
            "Ghana, a member of the African Union and of the Economic Community of West African "
            "States, hosted the talks.",
            {(GHANA, AU), (GHANA, ECOWAS)},
        ),
        (
            "Senegal, a founding member of the African Union and of ECOWAS, sent a delegation.",
            {(SENEGAL, AU), (SENEGAL, ECOWAS)},
        ),
    ],
)
def test_allies_in_and_second_organisation_are_memberships(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= memberships(facts(text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        "Finland and Norway are close allies in Europe.",
        "Finland and Norway are not allies in NATO.",
        "Finland and Norway could become allies in NATO.",
    ],
)
def test_no_membership_without_an_organisation_or_asserted(text: str) -> None:
    assert (FINLAND, NATO) not in memberships(facts(text, DAY))


def test_bound_by_a_partnership_since() -> None:
    found = facts_of(
        facts(
            "Kazakhstan, bound to China by a comprehensive strategic partnership since 2019, "
            "welcomed the delegation.",
            DAY,
        ),
        "Partnership",
    )
    assert [keys(f.get("party")) for f in found] == [{KAZAKHSTAN, CHINA}]
    assert date_values(found[0], "startDate") == ("2019",)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt has long been bound to Greece by an alliance of friendship.",
        "Egypt is bound to Greece by a strategic partnership.",
    ],
)
def test_bound_by_other_phrasings(text: str) -> None:
    assert {EGYPT, GREECE} in _parties(text, "Partnership")


@pytest.mark.parametrize(
    "text",
    [
        "Egypt is bound to Greece by a treaty of friendship.",
        "Egypt will be bound to Greece by a strategic partnership next year.",
    ],
)
def test_no_partnership_from_a_treaty_or_one_to_come(text: str) -> None:
    assert {EGYPT, GREECE} not in _parties(text, "Partnership")


@pytest.mark.parametrize(
    "text",
    [
        "Several memoranda were signed between Vietnam and Laos.",
        "After the talks, an agreement on road transport was signed between Vietnam and Laos.",
        "Three protocols have been signed between the Lao and Vietnamese governments.",
    ],
)
def test_signed_between_is_a_treaty_relation(text: str) -> None:
    assert {VIETNAM, LAOS} in _parties(text, "TreatyRelation")


@pytest.mark.parametrize(
    "text",
    [
        "Several memoranda will be signed between Vietnam and Laos.",
        "No memoranda were signed between Vietnam and Laos.",
        "Memoranda could be signed between Vietnam and Laos if talks succeed.",
    ],
)
def test_no_treaty_relation_for_a_signing_to_come_or_denied(text: str) -> None:
    assert {VIETNAM, LAOS} not in _parties(text, "TreatyRelation")
