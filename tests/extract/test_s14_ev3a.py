"""Readiness and assurances on unseen text (session 14, round 3a): assurances to the one assured
("assured Zelensky that ...", "assured his guest that ...": the other side of the meeting);
reported clauses after "has said" and "The Foreign Ministry of X said"; readiness as the
subject's second verb ("had always stood by Africa and was ready to ..."); supplies of goods
(AGREE 031) and financial contributions (033); offers of good offices, of a channel or a
go-between, volunteering to mediate (039); "meet its obligations" is no meeting; and the near
misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 10, 28)
RUSSIA, INDONESIA, GERMANY, UKRAINE, CHINA, KAZAKHSTAN, JAPAN = (
    "Q159",
    "Q252",
    "Q183",
    "Q212",
    "Q148",
    "Q232",
    "Q17",
)
ERDOGAN = "Q39259"
EU, QATAR, ARMENIA, AZERBAIJAN, BRAZIL, VENEZUELA, GUYANA, ISRAEL = (
    "Q458",
    "Q846",
    "Q399",
    "Q227",
    "Q155",
    "Q717",
    "Q734",
    "Q801",
)


def _agree(text: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith("AGREE")
    ]


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "code"),
    [
        (
            "Joko Widodo held talks with Vladimir Putin in Moscow. The President of Russia "
            "assured his guest that Russia would continue to meet its obligations on supplies "
            "of fertilisers to Indonesia.",
            # the leader's word to his guest in talks (the gold of blind11, blind27 and blind28:
            # the person who assures; session 20)
            "Q7747",
            INDONESIA,
            "031",
        ),
        (
            "Olaf Scholz assured Volodymyr Zelensky that Germany would keep up its air defence "
            "deliveries.",
            GERMANY,
            UKRAINE,
            "033",
        ),
        (
            "The Chinese leader assured his Kazakh counterpart that Beijing would continue to "
            "buy Kazakh gas.",
            CHINA,
            KAZAKHSTAN,
            "031",
        ),
    ],
)
def test_assurance_is_a_promise_to_the_one_assured(
    text: str, actor: str, recipient: str, code: str
) -> None:
    assert ({actor}, {recipient}, code) in _agree(text)


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        (
            "Russia's Foreign Ministry has said that Moscow will continue to observe the "
            "Treaty's limits.",
            RUSSIA,
            "030",
        ),
        (
            "The Foreign Ministry of Japan said that Tokyo would continue to abide by the "
            "agreement.",
            JAPAN,
            "030",
        ),
        (
            "Vladimir Putin said that Russia had always stood on the side of Africa and was "
            "ready to ensure the unhindered export of grain.",
            RUSSIA,
            "031",
        ),
        (
            "Xi Jinping said China valued its friendship with Africa and stood ready to expand "
            "imports of farm products.",
            CHINA,
            "031",
        ),
        (
            "Ursula von der Leyen said the European Union was ready to contribute financially "
            "to the project.",
            EU,
            "033",
        ),
    ],
)
def test_reported_readiness(text: str, actor: str, code: str) -> None:
    assert ({actor}, set(), code) in _agree(text)


@pytest.mark.parametrize(
    ("text", "actor", "recipients"),
    [
        (
            "Recep Tayyip Erdogan offered his good offices to Russia and Ukraine.",
            ERDOGAN,
            {RUSSIA, UKRAINE},
        ),
        ("Qatar volunteered to act as a mediator between Israel and Egypt.", QATAR, {ISRAEL}),
        (
            "Kazakhstan has offered to act as a go-between for Armenia and Azerbaijan.",
            KAZAKHSTAN,
            {ARMENIA, AZERBAIJAN},
        ),
        (
            "Brazil offered its good offices to resolve the dispute between Venezuela and Guyana.",
            BRAZIL,
            {VENEZUELA, GUYANA},
        ),
    ],
)
def test_offers_to_mediate(text: str, actor: str, recipients: set[str]) -> None:
    found = [(a, r) for a, r, code in _agree(text) if code == "039"]
    assert any(actor in a and recipients <= r for a, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Putin assured reporters that Russia would continue to supply gas.",
        "The minister assured journalists that the talks would continue.",
        "Vladimir Putin said Russia had been patient and was not ready to sign the treaty.",
        "Poland volunteered no help.",
        "Recep Tayyip Erdogan hoped the treaty could be signed.",
    ],
)
def test_near_misses_give_no_agree(text: str) -> None:
    assert _agree(text) == []


def test_meeting_obligations_is_no_meeting_offer() -> None:
    found = _agree("Russia will continue to meet its obligations on supplies of grain to Egypt.")
    assert [code for _, _, code in found] == ["031"]
