"""Stances and commitments in reported statements (session 19): "said in a televised address
that ...", "said it backed / stood with ...", backing of a decision a body took, concerns raised
in a state's name or about a pact its makers signed, a condemnation of what a state's
government proposed, protest notes sent, "reserved the right to respond if ...", a state's own
ministry telling of its act (no allegation), and the refusal to apply another party's sanctions
(REJECT, and no promise in the same breath); with the guards: negations, a person's "it",
conditions, a third party's report."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 5, 12)  # a Friday
RUSSIA, CHINA, JAPAN, PHILIPPINES, GERMANY, UKRAINE = "Q159", "Q148", "Q17", "Q928", "Q183", "Q212"
ETHIOPIA, AU, EU, SERBIA, GUINEA, NKOREA = "Q115", "Q7159", "Q458", "Q403", "Q1006", "Q423"
ARMENIA, AZERBAIJAN, CZECHIA, POLAND, TURKEY, ECOWAS = (
    "Q399",
    "Q227",
    "Q213",
    "Q36",
    "Q43",
    "Q193272",
)
CHAD, NIGER = "Q657", "Q1032"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == kind
    ]


def _has(text: str, kind: str, actor: str, recipient: set[str]) -> bool:
    return any(actor in a and r == recipient for a, r in _events(text, kind))


EU_SANCTIONS = "The European Union imposed sanctions on Russia on Sunday. "
ECOWAS_SANCTIONS = "The Economic Community of West African States imposed sanctions on Niger. "


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        # where it was said, between the verb and its clause
        (
            "Abiy Ahmed said in a televised speech that Ethiopia remained open to dialogue with "
            "the African Union.",
            "AGREE",
            ETHIOPIA,
            {AU},
        ),
        # a state's "it": its own backing
        (
            "Japan said it stood with its close partner, the Philippines.",
            "SUPPORT",
            JAPAN,
            {PHILIPPINES},
        ),
        (
            "Germany said it backed the measures adopted by the African Union.",
            "SUPPORT",
            GERMANY,
            {AU},
        ),
        (
            "Germany supported the decisions taken by the African Union.",
            "SUPPORT",
            GERMANY,
            {AU},
        ),
        # concerns in a state's name, and about a pact two parties signed
        (
            "Japanese Foreign Minister Yoko Kamikawa raised Japan's concerns about Russian "
            "violations of Japanese airspace.",
            "ACCUSE",
            "",
            {RUSSIA},
        ),
        (
            "The Japanese delegation outlined its serious concerns about the defence pact that "
            "Russia and North Korea signed last month.",
            "ACCUSE",
            JAPAN,
            {RUSSIA, NKOREA},
        ),
        (
            "The African Union condemned the election calendar proposed by the military "
            "government of Guinea.",
            "ACCUSE",
            AU,
            {GUINEA},
        ),
        (
            "Armenia sent a note of protest to the Azerbaijani side over the shooting.",
            "ACCUSE",
            ARMENIA,
            {AZERBAIJAN},
        ),
        # a response held over a party, told by the state's own ministry
        (
            "The Russian Foreign Ministry said Moscow reserved the right to take further measures "
            "if Prague continued its hostile course.",
            "THREATEN",
            RUSSIA,
            {CZECHIA},
        ),
        (
            "China reserves the right to respond to the Philippines.",
            "THREATEN",
            CHINA,
            {PHILIPPINES},
        ),
        # another party's sanctions refused: at the ones who imposed them
        (
            EU_SANCTIONS + "Serbia said it would not apply the sanctions.",
            "REJECT",
            SERBIA,
            {EU},
        ),
        (
            ECOWAS_SANCTIONS + "Chad refused to enforce the sanctions.",
            "REJECT",
            CHAD,
            {ECOWAS},
        ),
    ],
)
def test_stances(text: str, kind: str, actor: str, recipient: set[str]) -> None:
    found = _events(text, kind)
    assert any((not actor or actor in a) and r == recipient for a, r in found), found


def test_a_state_body_reporting_its_threat_accuses_no_one() -> None:
    text = "The Chinese Foreign Ministry said Beijing would take countermeasures against Manila."
    assert not _events(text, "ACCUSE")
    assert _has(text, "THREATEN", CHINA, {PHILIPPINES})


def test_a_refusal_is_no_promise() -> None:
    text = (
        ECOWAS_SANCTIONS
        + "Chad said it would not apply the sanctions and would keep its border with Niger open."
    )
    assert not _events(text, "AGREE")
    assert _has(text, "REJECT", CHAD, {ECOWAS})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # negated
        ("Germany did not support the decisions taken by the African Union.", "SUPPORT"),
        ("Japan did not raise Japan's concerns about Russian violations.", "ACCUSE"),
        (
            "The Chinese Foreign Ministry said Beijing did not reserve the right to take "
            "countermeasures if Manila continued.",
            "THREATEN",
        ),
        # a person's "it" is not the speaker
        ("Olaf Scholz said it stood with Ukraine.", "SUPPORT"),
        # applying the sanctions: no refusal
        (EU_SANCTIONS + "Serbia said it would apply the sanctions.", "REJECT"),
        (EU_SANCTIONS + "Serbia did not say whether it would apply the sanctions.", "REJECT"),
        # a comment verb: no concern
        ("Japan outlined its plans for the summit with Russia.", "ACCUSE"),
        # no one's right reserved for a response
        ("China reserved the right to host the games.", "THREATEN"),
    ],
)
def test_near_misses(text: str, kind: str) -> None:
    assert not _events(text, kind)


def test_a_third_partys_report_of_a_threat_is_its_accusation() -> None:
    text = "Ukraine said Russia reserved the right to take further measures against Poland."
    assert not _events(text, "THREATEN")
