"""Events a held-out set showed wrong or missing (session 13, ev14): a seat or post taken up is no
promise; an attack named as the cause of another act is no attack told; measures aimed at a
named party are no promise to it; support for an initiative goes to the one who put it forward;
a ministry telling its own measures ("said late on Saturday that it had severed relations with
Taiwan and recognised ..."), dated by the telling; and the near misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 3, 26)  # a Sunday
RUSSIA, CHINA, USA, UKRAINE, TAIWAN, HONDURAS = "Q159", "Q148", "Q30", "Q212", "Q865", "Q783"
NICARAGUA, BELARUS, PAKISTAN, JAPAN, UK, INDIA = "Q811", "Q184", "Q843", "Q17", "Q145", "Q668"
GERMANY, ALGERIA, BRAZIL, EU = "Q183", "Q262", "Q155", "Q458"
XI = "Q15031"


def _events(text: str, event_type: str = "") -> list[tuple[set[str], set[str], str, str | None]]:
    return [
        (
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            str(f.get("date")[0]) if f.get("date") else None,
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event"
        and (not event_type or str(f.get("eventType")[0]).endswith(event_type))
    ]


# ---- a seat or post taken up is no promise ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Algeria will take up a non-permanent seat on the UN Security Council in January 2024.",
        "Brazil will take its seat on the Security Council next year.",
        "India will hold the rotating presidency of the G20 from December.",
        "Japan will serve as chair of the ASEAN Regional Forum next year.",
    ],
)
def test_a_seat_or_post_taken_up_is_no_promise(text: str) -> None:
    assert _events(text, "AGREE") == []


def test_a_promise_with_will_still_counts() -> None:
    assert _events("India will work with Brazil on the G20 agenda.", "AGREE") == [
        ({INDIA}, {BRAZIL}, "030", None)
    ]


# ---- measures aimed at a named party ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The United States will continue to use all available tools to counter the Wagner "
        "Group's destabilizing activities.",
        "Japan pledged to confront China's coercion in the East China Sea.",
        "The United Kingdom vowed to hold Russia accountable for its crimes.",
    ],
)
def test_a_measure_aimed_at_a_party_is_no_promise_to_it(text: str) -> None:
    assert _events(text, "AGREE") == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Germany pledged to help Ukraine counter the Russian drone attacks.", GERMANY, UKRAINE),
        (
            "The United States will continue to support Ukraine's defence against Russian "
            "aggression.",
            USA,
            UKRAINE,
        ),
    ],
)
def test_a_promise_to_help_against_a_party_still_counts(
    text: str, actor: str, recipient: str
) -> None:
    assert _events(text, "AGREE") == [({actor}, {recipient}, "030", None)]


# ---- an attack named as the cause of another act ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Finland and Sweden applied to join NATO on 18 May, following Russia's full-scale "
        "invasion of Ukraine.",
        "The EU imposed new sanctions on Belarus in response to Russia's attacks on Ukrainian "
        "cities.",
        "Germany reversed its energy policy in the wake of the Russian invasion of Ukraine.",
        "Japan joined the sanctions after Russia's invasion of Ukraine in February 2022.",
    ],
)
def test_an_attack_named_as_a_cause_is_no_attack_told(text: str) -> None:
    assert _events(text, "ASSAULT") == []


def test_an_attack_told_is_still_one() -> None:
    found = _events("Russia's invasion of Ukraine on 24 February 2022 killed thousands.", "ASSAULT")
    assert found == [({RUSSIA}, {UKRAINE}, "190", "2022-02-24")]


# ---- support for an initiative put forward by someone -------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Aleksandr Lukashenko said that Belarus fully supported the Global Security "
            "Initiative put forward by Xi Jinping.",
            XI,
        ),
        ("Pakistan supported the Global Development Initiative launched by China.", CHINA),
    ],
)
def test_support_for_an_initiative_goes_to_who_put_it_forward(text: str, recipient: str) -> None:
    found = _events(text, "SUPPORT")
    assert [(r, c) for _, r, c, _ in found] == [({recipient}, "051")]


def test_support_for_an_initiative_of_no_one_named_is_unchanged() -> None:
    found = _events("Belarus fully supported the Global Security Initiative.", "SUPPORT")
    assert [r for _, r, _, _ in found] == [{"Global Security Initiative"}]


# ---- a ministry telling its own measures --------------------------------------------------------


def test_a_ministry_telling_it_severed_and_recognised() -> None:
    text = (
        "Honduran President Xiomara Castro met the press on Friday. Honduras' foreign ministry "
        "said late on Saturday that it had severed diplomatic relations with Taiwan and "
        "recognised the People's Republic of China."
    )
    assert _events(text, "SANCTION") == [({HONDURAS}, {TAIWAN}, "161", "2023-03-25")]
    assert _events(text, "SUPPORT") == [({HONDURAS}, {CHINA}, "054", "2023-03-25")]


def test_a_state_telling_it_severed_ties() -> None:
    text = "Nicaragua said on Wednesday that it had severed diplomatic relations with Taiwan."
    assert _events(text, "SANCTION") == [({NICARAGUA}, {TAIWAN}, "161", "2023-03-22")]


@pytest.mark.parametrize(
    "text",
    [
        # another party's act, reported: an accusation at most, no recognition
        "Taiwan said on Saturday that Honduras had severed relations with it and recognised China.",
        # a promise, not an act
        "Honduras said on Saturday that it would sever relations with Taiwan and recognise China.",
    ],
)
def test_no_recognition_told_by_another_or_promised(text: str) -> None:
    assert _events(text, "SUPPORT") == []


def test_a_junta_telling_it_is_severing_ties() -> None:
    text = "Niger's military junta said Tuesday it was severing diplomatic relations with Ukraine."
    assert _events(text, "SANCTION") == [({"Q1032"}, {UKRAINE}, "161", "2023-03-21")]


# ---- relations ended ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Taiwan's Foreign Minister Joseph Wu told reporters on Sunday that Taipei was ending "
            "relations with Honduras.",
            TAIWAN,
            HONDURAS,
        ),
        ("Lithuania ended diplomatic relations with Belarus on Monday.", "Q37", BELARUS),
        ("Bahrain followed on Monday, cutting ties with Iran.", "Q398", "Q794"),
    ],
)
def test_relations_ended(text: str, actor: str, recipient: str) -> None:
    assert [(a, r, c) for a, r, c, _ in _events(text, "SANCTION")] == [
        ({actor}, {recipient}, "161")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The summit ended with a joint statement on relations with Honduras.",
        "The talks ended without an agreement on relations with Honduras.",
        "Honduras will not end relations with Taiwan, the minister said.",
    ],
)
def test_no_relations_ended(text: str) -> None:
    assert _events(text, "SANCTION") == []


# ---- an attack of another party pointed to ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Vladimir Putin pointed to the systematic shelling of the plant's territory by the "
            "Ukrainian military.",
            "Q7747",
            UKRAINE,
        ),
        ("Lavrov pointed to Ukraine's continued shelling of Donetsk.", "Q58217", UKRAINE),
    ],
)
def test_an_attack_pointed_to_is_an_accusation(text: str, actor: str, recipient: str) -> None:
    assert _events(text, "ACCUSE") == [({actor}, {recipient}, "111", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan pointed to the importance of the grain deal.",
        "Putin pointed to the attacks on Russian territory.",
        "Modi pointed to the growth of trade with Japan.",
    ],
)
def test_no_accusation_pointed_to(text: str) -> None:
    assert _events(text, "ACCUSE") == []


# ---- a warning that aggression would be met with consequences -----------------------------------


def test_aggression_would_be_met_with_consequences() -> None:
    text = (
        "Secretary Blinken spoke with Foreign Minister Kuleba of Ukraine today. The Secretary "
        "underscored that any further Russian military aggression against Ukraine would be met "
        "with swift, severe and united consequences."
    )
    assert _events(text, "THREATEN") == [({"Q7821917"}, {RUSSIA}, "130", "2023-03-26")]


def test_an_attack_on_a_state_would_be_met_with_a_response() -> None:
    text = (
        "The G7 ministers made clear that any Chinese attack on Taiwan would be met with a unified "
        "response."
    )
    assert [r for _, r, _, _ in _events(text, "THREATEN")] == [{CHINA}]


@pytest.mark.parametrize(
    "text",
    [
        # no one named: a threat at no one
        "Blinken stressed that any further escalation would be met with consequences.",
        # no attack
        "The Secretary underscored that any agreement on Ukraine would be met with approval in "
        "Kyiv.",
    ],
)
def test_no_threat_met_with(text: str) -> None:
    assert _events(text, "THREATEN") == []
