"""Invitations, conditional threats and mediation between a pair on unseen text (session 14,
round 4): an invitation to a summit confirmed in the passive by its side ("Widodo confirmed that
the President of Russia had been invited to the G20 summit", AGREE 036 by the state holding it);
invitations to the other participants of the meeting or signing told ("invited his counterparts
to ...", "the other leaders"); warnings that the speaker would act if another party did
something, and threats to act unless it does (THREATEN 130, 131, 138, 1312, at the party of
the condition); "the two leaders" a go-between serves, the pair the sentence before named; and
the near misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 5, 10)
RUSSIA, INDONESIA, KAZAKHSTAN, BRAZIL, UNITED_STATES, TAIWAN, MOLDOVA, POLAND = (
    "Q159",
    "Q252",
    "Q232",
    "Q155",
    "Q30",
    "Q865",
    "Q217",
    "Q36",
)
CHINA, IRAN, GEORGIA, ARMENIA, AZERBAIJAN = ("Q148", "Q794", "Q230", "Q399", "Q227")
PUTIN, XI, MODI, MACRON, ERDOGAN = (
    "Q7747",
    "Q15031",
    "Q1058",
    "Q3052772",
    "Q39259",
)
ALIYEV, GHARIBASHVILI, TOKAYEV, MIRZIYOYEV, PASHINYAN, LUKASHENKO = (
    "Q57371",
    "Q6066533",
    "Q200881",
    "Q57808",
    "Q7035479",
    "Q2866",
)


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(kind)
    ]


@pytest.mark.parametrize(
    ("text", "actor", "guests"),
    [
        (
            # (an untitled office in May 2023: the KB's 2022 snapshot cannot name its holder, so
            # the state stands for him, session 21)
            "Joko Widodo confirmed that the President of Russia had been invited to the G20 "
            "summit in Bali.",
            INDONESIA,
            {RUSSIA},
        ),
        (
            "Kazakhstan said Xi Jinping has been invited to the SCO summit in Astana.",
            KAZAKHSTAN,
            {XI},
        ),
        (
            "The Kremlin said on Monday that Narendra Modi and Xi Jinping had been invited "
            "to the BRICS summit in Kazan.",
            RUSSIA,
            {MODI, XI},
        ),
        (
            "Brazil announced that Emmanuel Macron was invited to attend the G20 summit.",
            BRAZIL,
            {MACRON},
        ),
        (
            # a third state telling of the summit: the state holding it invited the guest
            "Uzbekistan has confirmed that Recep Tayyip Erdogan has also been invited to the "
            "summit in Astana.",
            KAZAKHSTAN,
            {ERDOGAN},
        ),
        (
            # the speaker after the clause
            "Xi Jinping has been invited to the SCO summit in Astana, Kazakhstan's foreign "
            "ministry said.",
            KAZAKHSTAN,
            {XI},
        ),
        (
            "The President of Russia had been invited to the summit in Bali, Joko Widodo told "
            "reporters.",
            INDONESIA,
            {RUSSIA},
        ),
    ],
)
def test_invitation_confirmed_by_its_side(text: str, actor: str, guests: set[str]) -> None:
    assert ({actor}, guests, "036") in _events(text, "AGREE")


@pytest.mark.parametrize(
    ("text", "inviter", "guests"),
    [
        (
            "President of Azerbaijan Ilham Aliyev, President of Turkey Recep Tayyip Erdogan and "
            "Prime Minister of Georgia Irakli Garibashvili signed a joint declaration on energy "
            "cooperation in Baku on Wednesday. At the end of the ceremony, Ilham Aliyev invited "
            "his counterparts to hold the next meeting on the project in Baku.",
            ALIYEV,
            {ERDOGAN, GHARIBASHVILI},
        ),
        (
            "Recep Tayyip Erdogan met Ilham Aliyev and Kassym-Jomart Tokayev in Ankara on "
            "Wednesday. Erdogan invited the other leaders to attend the next summit in Istanbul.",
            ERDOGAN,
            {ALIYEV, TOKAYEV},
        ),
        (
            "Kassym-Jomart Tokayev hosted Shavkat Mirziyoyev and Ilham Aliyev in Astana on "
            "Saturday. Tokayev invited his colleagues to meet again in Astana next year.",
            TOKAYEV,
            {MIRZIYOYEV, ALIYEV},
        ),
        (
            "Shavkat Mirziyoyev held talks with Kassym-Jomart Tokayev and Recep Tayyip Erdogan "
            "in Samarkand. Mirziyoyev also invited all the participants to visit Tashkent.",
            MIRZIYOYEV,
            {TOKAYEV, ERDOGAN},
        ),
        (
            "Kassym-Jomart Tokayev met Shavkat Mirziyoyev and Ilham Aliyev in Astana. At a "
            "dinner, Tokayev invited fellow leaders to a summit in Turkestan next spring.",
            TOKAYEV,
            {MIRZIYOYEV, ALIYEV},
        ),
    ],
)
def test_invitation_to_the_other_participants(text: str, inviter: str, guests: set[str]) -> None:
    assert ({inviter}, guests, "036") in _events(text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Joko Widodo said Volodymyr Zelensky had not been invited to the summit.",
        "Turkey said Vladimir Putin may be invited to the summit in Istanbul.",
        "Xi Jinping had not been invited to the summit, Kazakhstan said.",
        "Ilham Aliyev met Recep Tayyip Erdogan in Baku. Aliyev also invited reporters to a "
        "briefing.",
        "Ilham Aliyev met Recep Tayyip Erdogan in Baku. Azerbaijan invited bids for the "
        "construction contract.",
        # no meeting or signing told: whom "his counterparts" are is unknown
        "Recep Tayyip Erdogan invited his counterparts to attend a summit in Istanbul.",
    ],
)
def test_no_invitation(text: str) -> None:
    assert not [e for e in _events(text, "AGREE") if e[2] == "036"]


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "code"),
    [
        (
            "Putin also warned that Russia would be ready to conduct nuclear weapons tests if "
            "the United States tested first.",
            PUTIN,
            UNITED_STATES,
            "130",
        ),
        (
            "China warned that Beijing would respond with force if Taipei declared independence.",
            CHINA,
            TAIWAN,
            "138",
        ),
        (
            "Iran has warned that it will close the Strait of Hormuz if the United States "
            "imposes new sanctions.",
            IRAN,
            UNITED_STATES,
            "130",
        ),
        (
            "Russia threatened to halt gas deliveries unless Moldova paid its debts.",
            RUSSIA,
            MOLDOVA,
            "131",
        ),
        (
            "Alexander Lukashenko cautioned that Belarus would impose sanctions on Polish goods "
            "if Poland closed the border.",
            LUKASHENKO,
            POLAND,
            "1312",
        ),
        (
            "The Kremlin warned on Tuesday that Russia would not hesitate to use force if "
            "Georgia attacked South Ossetia.",
            RUSSIA,
            GEORGIA,
            "138",
        ),
    ],
)
def test_conditional_threat(text: str, actor: str, recipient: str, code: str) -> None:
    assert ({actor}, {recipient}, code) in _events(text, "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "Putin warned that the situation could worsen.",
        "Putin warned that the situation could worsen if the United States tested first.",
        "Sergey Lavrov warned of consequences.",
        "Russia would help Serbia if asked.",
        "China said it might consider new measures if the United States imposed tariffs.",
        "Japan said it could respond if North Korea fired more missiles.",
        # the consequence another party's act, or negated
        "Putin warned that prices would rise if the United States imposed tariffs.",
        "Erdogan warned that Turkey would not withdraw its troops if Greece refused talks.",
        "Kazakhstan did not warn that it would cut supplies if Russia raised tariffs.",
    ],
)
def test_no_conditional_threat(text: str) -> None:
    assert not _events(text, "THREATEN")


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        (
            "Fighting broke out again on the border between Armenia and Azerbaijan on Tuesday. "
            "Kazakhstan volunteered to act as a go-between for the two neighbours.",
            KAZAKHSTAN,
            {ARMENIA, AZERBAIJAN},
        ),
        (
            "Ilham Aliyev and Nikol Pashinyan traded accusations on Friday. Kassym-Jomart "
            "Tokayev offered to serve as a go-between for the two leaders.",
            TOKAYEV,
            {ALIYEV, PASHINYAN},
        ),
        (
            "Nikol Pashinyan and Ilham Aliyev exchanged harsh words in Granada. Recep Tayyip "
            "Erdogan said he was ready to mediate between the two leaders.",
            ERDOGAN,
            {ALIYEV, PASHINYAN},
        ),
    ],
)
def test_mediation_offer_to_the_pair_named(text: str, mediator: str, parties: set[str]) -> None:
    assert ({mediator}, parties, "039") in _events(text, "AGREE")
