"""Support, commitments and arms supply in fresh text (session 20, friendly4): "expressed
solidarity with X" with no possessive (SUPPORT); "affirmed the state's keenness to strengthen
cooperation with X" (AGREE 030, like "commitment"); "said X wanted to expand cooperation with Y"
(AGREE 030); "X has remained Y's main supplier of weapons" (AID 072); with the near misses:
negation, a question, a hypothetical, another party's wish, a concern about another's keenness."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events

DAY = dt.date(2023, 7, 7)
RUSSIA, INDIA, ISRAEL, TAIWAN, ARMENIA = "Q159", "Q668", "Q801", "Q865", "Q399"
USA, BRAZIL, UAE, CHINA, IRAN = "Q30", "Q155", "Q878", "Q148", "Q794"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return events(text, kind, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian President Lula expressed solidarity with Russia after the floods.",
        "Indian Foreign Minister Subrahmanyam Jaishankar voiced strong solidarity with Armenia.",
    ],
)
def test_solidarity_with_no_possessive_is_support(text: str) -> None:
    found = _events(text, "SUPPORT")
    assert any(r & {RUSSIA, ARMENIA} for _, r, _ in found)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "UAE President Sheikh Mohamed bin Zayed affirmed the UAE's keenness to strengthen "
            "cooperation with India.",
            INDIA,
        ),
        (
            "Brazilian President Lula reiterated Brazil's eagerness to deepen trade with China.",
            CHINA,
        ),
    ],
)
def test_keenness_is_a_commitment(text: str, recipient: str) -> None:
    assert any(recipient in r for _, r, _ in _events(text, "AGREE"))


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Brazilian President Lula said Brazil wanted to expand cooperation with Russia in "
            "energy and defence.",
            BRAZIL,
            RUSSIA,
        ),
        (
            "Chinese President Xi Jinping said China wants to further strengthen trade with Iran.",
            CHINA,
            IRAN,
        ),
    ],
)
def test_wanting_to_expand_cooperation_is_agree(text: str, actor: str, recipient: str) -> None:
    assert any(actor in a and recipient in r for a, r, _ in _events(text, "AGREE"))


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The United States has remained Taiwan's main supplier of weapons.", USA, TAIWAN),
        ("Russia is India's largest arms supplier.", RUSSIA, INDIA),
    ],
)
def test_a_states_arms_supplier_is_aid(text: str, actor: str, recipient: str) -> None:
    found = _events(text, "AID")
    assert any(a == {actor} and recipient in r and c == "072" for a, r, c in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Brazilian President Lula said Brazil did not want to expand cooperation with Russia.",
            "AGREE",
        ),
        ("Brazilian President Lula said Russia wanted to expand trade with China.", "AGREE"),
        (
            "Brazilian President Lula expressed his concern about Russia's keenness to expand "
            "its military ties with Iran.",
            "AGREE",
        ),
        ("China is not Iran's main arms supplier.", "AID"),
        ("Is Russia India's largest arms supplier?", "AID"),
        ("Germany could become Israel's main weapons supplier.", "AID"),
        ("Russia is India's largest oil supplier.", "AID"),
    ],
)
def test_near_misses(text: str, kind: str) -> None:
    assert not _events(text, kind)
