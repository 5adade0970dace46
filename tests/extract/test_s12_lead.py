"""Retaliation announced is no promise of cooperation: "will take resolute countermeasures",
"vowed to take countermeasures against Japan" (session 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts

FRIDAY = dt.date(2024, 6, 21)


def _events(text: str) -> list[tuple[str, str, set[str], set[str]]]:
    def keys(fact: Fact, role: str) -> set[str]:
        return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}

    return [
        (str(f.get("eventType")[0]), f.get("cameoCode")[0], keys(f, "actor"), keys(f, "recipient"))
        for f in facts(text, FRIDAY)
        if f.cls.value == "Event"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "China will take resolute and forceful measures to safeguard its sovereignty.",
        "China will take resolute countermeasures against the United States.",
        "The Chinese side will take all necessary measures to defend its legitimate rights.",
        "China will take firm measures against Taiwan independence forces.",
        "Russia will respond with countermeasures if the EU adopts the package.",
        "The ministry said Moscow would take retaliatory measures against Finland.",
        "Iran pledged to adopt reciprocal measures against the United Kingdom.",
    ],
)
def test_retaliation_is_no_agree(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e[0] == "AGREE"], sentence


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Beijing vowed to take countermeasures against Japan.", "Q148", "Q17"),
        ("Iran pledged to adopt reciprocal measures against the United Kingdom.", "Q794", "Q145"),
        ("Russia vowed to take retaliatory steps against Finland.", "Q159", "Q33"),
    ],
)
def test_retaliation_vowed_against_a_party_is_a_threat(
    sentence: str, actor: str, recipient: str
) -> None:
    assert ("THREATEN", "130", {actor}, {recipient}) in _events(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # promises of cooperation stay promises
        "Russia and Belarus will take coordinated measures to protect the Union State.",
        "China will take measures to expand imports from Australia.",
        "China pledged to take steps to increase purchases of American goods.",
    ],
)
def test_measures_of_cooperation_stay_agreements(sentence: str) -> None:
    assert [e for e in _events(sentence) if e[0] == "AGREE"], sentence


def test_a_threat_needs_a_party_it_is_aimed_at() -> None:
    assert not _events("China vowed to take countermeasures.")
