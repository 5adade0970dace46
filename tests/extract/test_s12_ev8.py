"""Invitations told without "X invited Y": "At the invitation of X, Y paid a visit ...", "The
invitation was accepted." after the invitation, and "thanked X ... and invited him to visit ..."
(session 12)."""

from __future__ import annotations

import pytest

from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _invitations(text: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (_keys(f, "actor"), _keys(f, "recipient"), f.evidence[0].text)
        for f in facts(text)
        if f.cls.value == "Event" and "036" in f.get("cameoCode")
    ]


MODI, MACRON, PUTIN, XI, BIDEN = "Q1058", "Q3052772", "Q7747", "Q15031", "Q6279"


@pytest.mark.parametrize(
    ("text", "inviter", "guest"),
    [
        (
            "At the invitation of French President Emmanuel Macron, Prime Minister Narendra Modi "
            "paid an official visit to Paris on July 13.",
            MACRON,
            MODI,
        ),
        (
            "Upon the invitation of Vladimir Putin, U.S. President Joe Biden arrived in Moscow.",
            PUTIN,
            BIDEN,
        ),
        (
            "On Monday, at the invitation of Xi Jinping, Vladimir Putin made a state visit to "
            "China.",
            XI,
            PUTIN,
        ),
    ],
)
def test_at_the_invitation_of(text: str, inviter: str, guest: str) -> None:
    found = _invitations(text)
    assert ({inviter}, {guest}) in [(a, r) for a, r, _ in found]


@pytest.mark.parametrize(
    "text",
    [
        # negated, hypothetical: no invitation
        "At the invitation of Emmanuel Macron, Narendra Modi did not pay a visit to Paris.",
        "If Modi travels at the invitation of Emmanuel Macron, he would visit Paris.",
        # the invitation was another's topic, not the subject's visit
        "Narendra Modi spoke about the invitation of Emmanuel Macron to the summit.",
    ],
)
def test_at_the_invitation_of_not(text: str) -> None:
    assert not _invitations(text)


def test_invitation_accepted_after_the_invitation() -> None:
    text = (
        "Vladimir Putin invited Joe Biden to attend the summit in Kazan. "
        "The invitation was accepted with gratitude."
    )
    found = _invitations(text)
    assert ({BIDEN}, {PUTIN}, "The invitation was accepted with gratitude.") in found


@pytest.mark.parametrize(
    "text",
    [
        # no invitation in the sentence before
        "Vladimir Putin met Joe Biden in Kazan. The invitation was accepted.",
        # the invitation two sentences back
        "Vladimir Putin invited Joe Biden to Kazan. The two leaders discussed "
        "trade. The invitation was accepted.",
        # negated
        "Vladimir Putin invited Joe Biden to Kazan. The invitation was not accepted.",
    ],
)
def test_invitation_accepted_not(text: str) -> None:
    assert [r for r in _invitations(text) if r[2].startswith("The invitation")] == []


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        (
            "Narendra Modi thanked Emmanuel Macron for the warm welcome and invited him to visit "
            "New Delhi.",
            MODI,
            MACRON,
        ),
        (
            "President Biden congratulated Xi Jinping on the anniversary, and invited him to "
            "come to Washington next year.",
            BIDEN,
            XI,
        ),
        (
            "Xi Jinping praised the talks and invited Joe Biden to attend the forum in Beijing.",
            XI,
            BIDEN,
        ),
    ],
)
def test_and_invited_him(text: str, host: str, guest: str) -> None:
    assert ({host}, {guest}) in [(a, r) for a, r, _ in _invitations(text)]


@pytest.mark.parametrize(
    "text",
    [
        # "him" with two persons named: unresolved
        "Narendra Modi thanked Emmanuel Macron and Vladimir Putin for their support and invited "
        "him to visit New Delhi.",
        # not invited
        "Narendra Modi thanked Emmanuel Macron for the warm welcome and did not invite him to "
        "visit New Delhi.",
        "Narendra Modi thanked Emmanuel Macron for the warm welcome and would have invited him "
        "to visit New Delhi if the dates allowed.",
    ],
)
def test_and_invited_him_not(text: str) -> None:
    assert not _invitations(text)
