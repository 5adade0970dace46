"""Praise on unseen text (session 14, round 5): thanks to "him" or "her" in a readout (the one
other participant of the meeting); welcomed normalisations of relations between two parties;
support for an organisation's titled envoy (the person, not the organisation); gratitude to
the parties listed ("grateful to our partners ..., including ..."); agreements welcomed as
reached by two named parties (their AGREE 030 and the welcome's 051, also in the present
tense); and the near misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 3, 19)
PUTIN, KHURELSUKH, MODI, SCHOLZ = "Q7747", "Q27058418", "Q1058", "Q61053"
MOROCCO, ISRAEL, SAUDI, IRAN, ARMENIA, AZERBAIJAN = "Q1028", "Q801", "Q851", "Q794", "Q399", "Q227"
QATAR, EGYPT, USA, OMAN, JAPAN = "Q846", "Q79", "Q30", "Q842", "Q17"
KURTI, VUCIC = "Q441633", "Q222031"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(kind)
    ]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Vladimir Putin had a telephone conversation with President of Mongolia Ukhnaagiin "
            "Khurelsukh. The President of Russia thanked him for the invitation.",
            PUTIN,
            KHURELSUKH,
        ),
        (
            "Vladimir Putin had a telephone conversation with President of Mongolia Ukhnaagiin "
            "Khurelsukh. Khurelsukh warmly congratulated him on the anniversary.",
            KHURELSUKH,
            PUTIN,
        ),
        (
            "Prime Minister Narendra Modi met Chancellor Olaf Scholz in New Delhi. Modi thanked "
            "him for his time.",
            MODI,
            SCHOLZ,
        ),
    ],
)
def test_thanks_to_the_other_participant(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "051") in _events(text, "SUPPORT")


def test_thanks_to_him_without_a_meeting() -> None:
    text = "Vladimir Putin thanked him for the invitation."
    assert not _events(text, "SUPPORT")


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Emmanuel Macron welcomed the normalization of relations between Morocco and Israel.",
            {MOROCCO, ISRAEL},
        ),
        (
            "The Chinese Foreign Minister hailed the restoration of diplomatic ties between Saudi "
            "Arabia and Iran.",
            {SAUDI, IRAN},
        ),
        (
            "Japan welcomes the rapprochement of relations between Armenia and Azerbaijan.",
            {ARMENIA, AZERBAIJAN},
        ),
    ],
)
def test_normalisation_between_two(text: str, recipients: set[str]) -> None:
    assert any(r == recipients and c == "051" for _, r, c in _events(text, "SUPPORT"))


def test_normalisation_of_a_situation() -> None:
    text = "Emmanuel Macron welcomed the normalization of the situation in Morocco."
    assert not any(r for _, r, _ in _events(text, "SUPPORT"))


@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken expressed strong support for UN Personal Envoy for Western Sahara Staffan "
        "de Mistura as he works to advance the process.",
        "Egypt reaffirmed its support for UN Special Envoy for Libya Abdoulaye Bathily.",
    ],
)
def test_support_for_an_organisations_envoy(text: str) -> None:
    found = _events(text, "SUPPORT")
    assert found and all("Q1065" not in r for _, r, _ in found)
    assert any(r for _, r, _ in found)


def test_support_for_the_organisation_itself() -> None:
    text = "Nasser Bourita reiterated support for the African Union in its mediation."
    assert ({"Q7159"}, "051") in [(r, c) for _, r, c in _events(text, "SUPPORT")]


@pytest.mark.parametrize(
    ("text", "actor", "recipients"),
    [
        (
            "Prime Minister Fumio Kishida said Japan was deeply grateful to Qatar and Egypt for "
            "their mediation.",
            JAPAN,
            {QATAR, EGYPT},
        ),
        (
            "The Government of Japan is grateful to all the countries that helped, especially "
            "the Governments of Qatar, Egypt and the United States.",
            JAPAN,
            {QATAR, EGYPT, USA},
        ),
        (
            "The United States is grateful to our partners who worked tirelessly to help us "
            "achieve this outcome, including the Governments of Oman and Qatar.",
            USA,
            {OMAN, QATAR},
        ),
    ],
)
def test_gratitude_to_those_listed(text: str, actor: str, recipients: set[str]) -> None:
    assert ({actor}, recipients, "051") in _events(text, "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "Japan was grateful for the weather during the summit.",
        "The United States is grateful to its partners for their help.",
    ],
)
def test_gratitude_to_no_one_named(text: str) -> None:
    assert not _events(text, "SUPPORT")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The United States welcomes the agreement reached last night in Ohrid, North "
            "Macedonia, by Prime Minister of Kosovo Albin Kurti and President of Serbia "
            "Aleksandar Vučić.",
            {KURTI, VUCIC},
        ),
        (
            "Germany welcomed the deal struck on Monday between Armenia and Azerbaijan.",
            {ARMENIA, AZERBAIJAN},
        ),
    ],
)
def test_agreement_reached_by_two(text: str, parties: set[str]) -> None:
    assert (parties, set(), "030") in _events(text, "AGREE")
    assert any(r == parties for _, r, _ in _events(text, "SUPPORT"))


def test_agreement_welcomed_without_parties() -> None:
    text = "France welcomed the agreement on grain exports."
    assert not _events(text, "AGREE")
    assert not any(r for _, r, _ in _events(text, "SUPPORT"))
