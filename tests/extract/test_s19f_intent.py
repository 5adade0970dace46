"""Precision of stated intentions, leaders' pairs and commercial deals (session 19f): a grievance
taken to a body or an inquiry of one's own is no commitment ("said it would lodge a complaint
with the African Union", "would investigate the attack"); "the two Heads of State" are the pair
who met, not one of them and a leader named in passing; a deal an unlinked fund or company signs
is no TreatyRelation and no SUPPORT 057."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events, facts, keys

DAY = dt.date(2023, 5, 12)
NIGERIA, NIGER, JAPAN, TURKEY = "Q1033", "Q1032", "Q17", "Q43"
QATAR, EGYPT = "Q846", "Q79"
MUSEVENI, RUTO = "Q57274", "Q195725"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return events(text, kind, DAY)


def _treaties(text: str) -> list[set[str]]:
    return [keys(f.get("party")) for f in facts(text, DAY) if f.cls.value == "TreatyRelation"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's foreign ministry summoned the Somali envoy and said it would lodge a complaint "
        "with the African Union.",
        "Chad's government expelled the Sudanese ambassador and said it would file a complaint "
        "with the United Nations Security Council.",
        "Foreign Minister Wang Yi said China would raise the matter with the World Trade "
        "Organization.",
        "Prime Minister Narendra Modi said his government would investigate the attack and "
        "urged restraint.",
        "Peru said it would bring the dispute to the attention of the Organization of American "
        "States.",
    ],
)
def test_grievance_or_inquiry_is_no_commitment(text: str) -> None:
    assert _events(text, "AGREE") == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Nigeria said it would provide $10 million to Niger.", NIGERIA, NIGER),
        ("Japan said it would send a hospital ship to Turkey.", JAPAN, TURKEY),
    ],
)
def test_real_commitments_stay(text: str, actor: str, recipient: str) -> None:
    assert any(a == {actor} and recipient in r for a, r, _ in _events(text, "AGREE"))


def test_two_heads_of_state_are_the_pair_who_met() -> None:
    text = (
        "President Yoweri Museveni received President William Ruto at State House Entebbe on "
        "Friday. Ruto thanked Uganda for its condolences after the death of President Mwai "
        "Kibaki. The two Heads of State agreed to instruct their ministers to remove the "
        "remaining trade barriers."
    )
    assert ({MUSEVENI, RUTO}, set(), "031") in _events(text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "The Public Investment Fund signed an agreement with the Brazilian sovereign fund in "
        "March to acquire stakes in ports.",
        "The Kuwait Investment Authority signed an agreement with the Argentine sovereign fund "
        "in May to invest in lithium mines.",
    ],
)
def test_commercial_deal_is_no_treaty(text: str) -> None:
    assert _treaties(text) == []
    assert not any(c == "057" for _, _, c in _events(text, "SUPPORT"))


def test_fund_deal_is_no_treaty() -> None:
    text = (
        "Abu Dhabi Investment Authority signed an agreement with India's National Investment and "
        "Infrastructure Fund."
    )
    assert _treaties(text) == []


def test_treaty_between_states_stays() -> None:
    assert {QATAR, EGYPT} in _treaties("Qatar signed an agreement with Egypt in August.")
