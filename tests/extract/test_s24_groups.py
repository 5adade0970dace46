# ruff: noqa: E501  (a table of sentences)
"""The pair a group phrase stands for, when the sentence before names a third state (session 24).

"China and the United States exchanged sharp words over Taiwan on Friday. Both countries are
permanent members of the UN Security Council." gave no Membership: the sentence before names
three states, so "both countries" falls back on that sentence's subject, and the subject was
read as China alone, because the slots of "China and the United States" are joined by "and
the", which the subject pattern did not allow. The subject now takes "and the" and ", the"
between its parties, and a short opening with no party before it ("According to the ministry,",
"Earlier this month,") as it took "On Monday,". Found with new sentences written for this
session (20 + 15 + 10 two-sentence items, none from a gold set); the rule dump of 1,263 articles
did not change. Also: "Chile and Argentina, which share one of the world's longest borders"
gave no SharedBorder (an apostrophe in the words before "borders").

The same cut made "Egypt, Jordan and the United States condemned ... Both countries are members
of the UN" give Egypt and Jordan as the pair: two wrong Memberships, now none.

"The country" after a sentence that named one state found no state (it looked among the states
of the last sentence that named two or more); it is now that one state, never a union of states.

Hit rate at b7e82f7 (before): positives 0/10, negatives 5/6; after: 10/10 and 6/6."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts

DAY = dt.date(2024, 3, 15)


def _members(text: str) -> set[tuple[str, str]]:
    return {
        (
            str(f.get("member")[0].qid),
            str(f.get("organization")[0].qid or f.get("organization")[0].label),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Membership"
    }


def _borders(text: str) -> set[frozenset[str]]:
    return {
        frozenset(str(e.qid) for e in f.get("party"))
        for f in facts(text, DAY)
        if f.cls.value == "SharedBorder"
    }


POSITIVES = [
    (
        "China and the United States exchanged sharp words over Taiwan on Friday. Both countries are permanent members of the UN Security Council.",
        {("Q148", "Q37470"), ("Q30", "Q37470")},
    ),
    (
        "Kenya and the Democratic Republic of Congo have long argued over a pipeline through Uganda. Both states are members of the East African Community.",
        {("Q114", "Q337456"), ("Q974", "Q337456")},
    ),
    (
        "Mali and the Central African Republic, both of which host Russian military instructors, held security talks in Bamako on Friday. The two countries are members of the UN.",
        {("Q912", "Q1065"), ("Q929", "Q1065")},
    ),
    (
        "Norway and the United Kingdom criticised Russia for the drone flights. Both countries are founding members of NATO.",
        {("Q20", "Q7184"), ("Q145", "Q7184")},
    ),
    (
        "According to the ministry, Laos and Cambodia agreed to expand rail links to Thailand. Both countries are members of ASEAN.",
        {("Q819", "Q7768"), ("Q424", "Q7768")},
    ),
    (
        "Earlier this month, Greece and the Republic of Cyprus protested to Turkey over drilling. The two countries are members of the European Union.",
        {("Q41", "Q458"), ("Q229", "Q458")},
    ),
    (
        "The Philippines and Vietnam are in dispute with China over the South China Sea. Both countries are members of ASEAN.",
        {("Q928", "Q7768"), ("Q881", "Q7768")},
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_the_pair_is_the_sentence_before_s_subject(text: str, want: set[tuple[str, str]]) -> None:
    assert want <= _members(text)


def test_share_one_of_the_world_s_longest_borders() -> None:
    text = "Chile and Argentina, which share one of the world's longest borders, signed an energy agreement on Friday."
    assert frozenset({"Q298", "Q414"}) in _borders(text)


NEGATIVES = [
    # no pair at all: three states named, the subject one
    "China criticised the United States over Taiwan on Friday. Both countries are permanent members of the UN Security Council.",
    # the subject is one state and an organisation: never "both countries"
    "Kenya and the African Union urged Ethiopia and Somalia to talk. Both countries are members of IGAD.",
    # a subject of three states is no pair
    "Egypt, Jordan and the United States condemned the attack on Friday. Both countries are members of the UN.",
    "Russia and the United States disagree over Ukraine. The two countries have the largest nuclear arsenals.",
]


@pytest.mark.parametrize("text", NEGATIVES[:3])
def test_no_pair_no_membership(text: str) -> None:
    found = _members(text)
    assert not any(m in {"Q148", "Q30", "Q114", "Q79", "Q810"} for m, _ in found), found


def test_no_fact_from_a_pair_that_states_nothing() -> None:
    assert not [f for f in facts(NEGATIVES[3], DAY) if f.cls.value != "Event"]


# "The country" after a sentence that named one state: that state (it was looked for among the
# states of the last sentence that named two or more, so it found none)
COUNTRY = [
    (
        "Kazakhstan hosted the summit in Astana on Thursday. The country is a member of the Shanghai Cooperation Organisation.",
        ("Membership", "Q232"),
    ),
    (
        "Finland held parliamentary elections on Sunday. The country shares a 1,340-kilometre border with Russia.",
        ("SharedBorder", "Q33"),
    ),
]


@pytest.mark.parametrize(("text", "want"), COUNTRY)
def test_the_country_is_the_one_state_before(text: str, want: tuple[str, str]) -> None:
    cls, qid = want
    found = [f for f in facts(text, DAY) if f.cls.value == cls]
    assert any(qid in {getattr(e, "qid", None) for _, vals in f.args for e in vals} for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # a union of states is no "country"; two states are no one
        "The European Union imposed new sanctions on Monday. The country is a member of the G7.",
        "Germany and France met on Monday. The country is a member of the G7.",
    ],
)
def test_the_country_needs_one_state(text: str) -> None:
    assert not [f for f in facts(text, DAY) if f.cls.value == "Membership"]
