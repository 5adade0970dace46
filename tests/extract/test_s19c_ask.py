"""Requests, accusations and rejections in fresh text (session 19c): "in a call with Y, asked
him to ...", "met Y ... and urged him to ..." (the other party of the talks); "asked X, its
largest lender, to ..." (an apposition after the one asked); a banned group named with its
acronym, accused; "said X's measures constitute a violation of ..."; "refused to recognise X's
declaration"; "registering its objection to X's ..."; with the guards: negations,
hypotheticals, questions, a person who is the actor."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events

DAY = dt.date(2023, 5, 12)
JAPAN, INDIA, PAKISTAN, SAUDI, TURKEY, SERBIA, KOSOVO = (
    "Q17",
    "Q668",
    "Q843",
    "Q851",
    "Q43",
    "Q403",
    "Q1246",
)
SUDAN, MEXICO, USA, CHINA, PHILIPPINES = "Q1049", "Q96", "Q30", "Q148", "Q928"
MODI = "Q1058"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return events(text, kind, DAY)


def _has(text: str, kind: str, recipient: set[str], actor: str | None = None) -> bool:
    return any(r == recipient and (actor is None or actor in a) for a, r, _ in _events(text, kind))


@pytest.mark.parametrize(
    ("text", "kind", "recipient", "actor"),
    [
        # "him": the other party of the call the clause told
        (
            "Japanese Prime Minister Fumio Kishida, in a telephone conversation with Indian "
            "Prime Minister Narendra Modi on Tuesday, asked him to support the resolution.",
            "REQUEST",
            {MODI},
            None,
        ),
        (
            "Foreign Minister Sergey Lavrov met Turkish Foreign Minister Mevlut Cavusoglu in "
            "Antalya on March 10 and urged him to stop the arms sales.",
            "REQUEST",
            {"Q249206"},
            None,
        ),
        # an apposition after the one asked
        (
            "In April, Pakistan asked Saudi Arabia, its closest Gulf ally, to defer oil payments.",
            "REQUEST",
            {SAUDI},
            PAKISTAN,
        ),
        # a banned group named with its acronym
        (
            "Turkey has repeatedly accused the banned Kurdistan Workers' Party (PKK) of staging "
            "attacks from Iraqi soil.",
            "ACCUSE",
            {"Kurdistan Workers' Party"},
            TURKEY,
        ),
        (
            "India condemned the outlawed Lashkar-e-Taiba (LeT) for the bombing.",
            "ACCUSE",
            {"Lashkar-e-Taiba"},
            INDIA,
        ),
        # another's measures called a violation
        (
            "Serbia said Kosovo's recent actions amount to a breach of the Brussels agreement.",
            "ACCUSE",
            {KOSOVO},
            SERBIA,
        ),
        # a refusal to recognise another's act; an objection registered
        (
            "Serbia has refused to recognise Kosovo's declaration of independence.",
            "REJECT",
            {KOSOVO},
            SERBIA,
        ),
        (
            "China refused to accept the ruling by the Philippines.",
            "REJECT",
            {PHILIPPINES},
            CHINA,
        ),
        (
            "Mexico voiced its strong objection to the plan of the United States.",
            "REJECT",
            {USA},
            MEXICO,
        ),
        (
            "Sudan's foreign minister sent a letter to the council registering Sudan's "
            "objection to Ethiopia's filling of the dam.",
            "REJECT",
            {"Q115"},
            None,
        ),
    ],
)
def test_found(text: str, kind: str, recipient: set[str], actor: str | None) -> None:
    assert _has(text, kind, recipient, actor), _events(text, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # negated, hypothetical, question
        ("Serbia has not refused to recognise Kosovo's declaration.", "REJECT"),
        ("Russia said Serbia would never refuse to recognise Kosovo's declaration.", "REJECT"),
        ("Will Serbia refuse to recognise Kosovo's declaration?", "REJECT"),
        ("If Serbia refuses to recognise Kosovo's declaration, the EU will act.", "REJECT"),
        ("Serbia said Kosovo's actions could amount to a breach of the agreement.", "ACCUSE"),
        ("Serbia did not say Kosovo's actions amount to a breach of the agreement.", "ACCUSE"),
        # "him" with no talks named before, or two persons met
        ("Prime Minister Fumio Kishida asked him to support the resolution.", "REQUEST"),
        (
            "Prime Minister Fumio Kishida met Narendra Modi and Anthony Albanese and asked him "
            "to support the resolution.",
            "REQUEST",
        ),
        # asked to comment on, not to act
        ("Reporters asked Pakistan, its closest ally, about the payments.", "REQUEST"),
    ],
)
def test_not_found(text: str, kind: str) -> None:
    assert not _events(text, kind), _events(text, kind)
