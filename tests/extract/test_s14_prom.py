"""Promises told on someone's behalf (session 14): a state's (or its capital's) promise a
speaker reports, by a title ("The minister stated that Japan will ..."), a name with a particle
or after the sentence ("..., the minister added"); a party's own "said it would"; joint pledges to
help a third party; announced restorations of relations and ambassadors to a city's state;
invitations accepted by the inviter's possessive; offers to carry messages (039); and the near
misses that must give nothing: hopes, conditions, negations, onlookers' speculation, declined
invitations, an invitation that remains open."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 12, 20)
RUSSIA, CUBA, CHINA, PAKISTAN, JAPAN, PHILIPPINES = "Q159", "Q241", "Q148", "Q843", "Q17", "Q928"
INDIA, SRI_LANKA, SYRIA, UKRAINE, FRANCE, GERMANY = "Q668", "Q854", "Q858", "Q212", "Q142", "Q183"
POLAND, LITHUANIA, TURKEY, ISRAEL, BAHRAIN, QATAR = "Q36", "Q37", "Q43", "Q801", "Q398", "Q846"
SAUDI_ARABIA, BRAZIL, ARMENIA, AZERBAIJAN, KAZAKHSTAN = "Q851", "Q155", "Q399", "Q227", "Q232"
PUTIN, XI, ERDOGAN, TOKAYEV, BIDEN, BLINKEN = (
    "Q7747",
    "Q15031",
    "Q39259",
    "Q200881",
    "Q6279",
    "Q7821917",
)


def _agree(text: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith("AGREE")
    ]


# ---- a state's promise in reported speech --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The President said that Moscow would continue to help Havana overcome the blockade.",
            RUSSIA,
            CUBA,
        ),
        (
            "The minister stated that Japan will keep supporting the Philippines.",
            JAPAN,
            PHILIPPINES,
        ),
        (
            "A Foreign Ministry spokesperson said China would continue to back Pakistan.",
            CHINA,
            PAKISTAN,
        ),
        ("The spokesman said India will continue to help Sri Lanka.", INDIA, SRI_LANKA),
        ("Tokyo would keep backing Manila's efforts, the minister added.", JAPAN, PHILIPPINES),
        ("Moscow would continue to assist Damascus, the ambassador said.", RUSSIA, SYRIA),
        (
            "Lula da Silva said Brazil was ready to mediate between Russia and Ukraine.",
            BRAZIL,
            RUSSIA,
        ),
    ],
)
def test_reported_promise_of_a_state(text: str, actor: str, recipient: str) -> None:
    assert any({actor} == a and recipient in r for a, r, _ in _agree(text)), _agree(text)


def test_reported_promise_is_future() -> None:
    (fact,) = [f for f in facts("The President said that Moscow would help Havana.", DAY)]
    assert fact.status.value == "future"


@pytest.mark.parametrize(
    ("text", "actors", "recipient"),
    [
        (
            "France and Germany pledged to continue supporting Ukraine for as long as it takes.",
            {FRANCE, GERMANY},
            UKRAINE,
        ),
        ("Poland and Lithuania vowed to keep helping Kyiv.", {POLAND, LITHUANIA}, UKRAINE),
        ("Japan and the Philippines promised to stand by Ukraine.", {JAPAN, PHILIPPINES}, UKRAINE),
    ],
)
def test_joint_pledge_to_help_a_third_party(text: str, actors: set[str], recipient: str) -> None:
    assert (actors, {recipient}, "030") in _agree(text)


# ---- announced restorations ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Israel and Turkey announced on Wednesday that they would restore full diplomatic "
            "relations and return ambassadors.",
            {ISRAEL, TURKEY},
        ),
        ("Bahrain and Qatar said on Monday they would reopen their embassies.", {BAHRAIN, QATAR}),
        ("Saudi Arabia said it would reopen its embassy in Damascus.", {SAUDI_ARABIA}),
    ],
)
def test_announced_restoration(text: str, actors: set[str]) -> None:
    found = [f for f in facts(text, DAY) if f.cls.value == "Event"]
    assert [keys(f.get("actor")) for f in found] == [actors]
    assert found[0].status.value == "future"


def test_announced_restoration_is_dated_by_the_telling() -> None:
    text = "Israel and Turkey announced on Tuesday that they would exchange ambassadors next month."
    (fact,) = [f for f in facts(text, DAY) if f.cls.value == "Event"]
    assert [str(v) for v in fact.get("date")] == ["2023-12-19"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Erdogan said Ankara would appoint an ambassador to Tel Aviv soon.", ISRAEL),
        ("The minister said Riyadh will reopen its embassy in Damascus.", SYRIA),
    ],
)
def test_ambassador_to_a_city_is_to_its_state(text: str, recipient: str) -> None:
    assert [r for _, r, _ in _agree(text)] == [{recipient}]


# ---- accepted invitations and go-betweens ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Vladimir Putin accepted Miguel Díaz-Canel's invitation to visit Cuba.",
            PUTIN,
            "Q1932603",
        ),
        ("Xi Jinping has accepted an invitation from Putin to visit Russia.", XI, PUTIN),
        ("President Biden accepted Tokayev's kind invitation to visit Astana.", BIDEN, TOKAYEV),
        ("Erdogan accepts Russia's invitation to attend the forum.", ERDOGAN, RUSSIA),
    ],
)
def test_accepted_invitation(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "036") in _agree(text)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Erdogan said he was ready to pass on a message from the Russian side to President "
            "Zelensky.",
            ERDOGAN,
            RUSSIA,
        ),
        ("Tokayev offered to carry a message from Putin to Zelensky.", TOKAYEV, PUTIN),
        ("Qatar is prepared to convey messages from Ukraine to Russia.", QATAR, UKRAINE),
    ],
)
def test_go_between(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "039") in _agree(text)


def test_offer_to_mediate_between_two() -> None:
    text = "Erdogan offered to mediate between Armenia and Azerbaijan."
    assert ({ERDOGAN}, {ARMENIA, AZERBAIJAN}, "039") in _agree(text)


def test_offer_in_a_later_clause() -> None:
    text = (
        "Poland pledged to keep helping Ukraine, and Qatar offered to mediate between Russia and "
        "Ukraine."
    )
    assert ({QATAR}, {RUSSIA, UKRAINE}, "039") in _agree(text)


def test_own_message_is_no_mediation() -> None:
    assert all(code != "039" for *_, code in _agree("Blinken will deliver a message to Beijing."))


# ---- near misses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Blinken hoped Moscow would help end the war.",
        "Lavrov said Moscow would help Havana if asked.",
        "The minister said Tokyo will send aid to Manila unless the talks fail.",
        "Putin said Moscow would not help Kyiv.",
        "Erdogan said Ankara would not appoint an ambassador to Tel Aviv.",
        "Israel and Turkey announced that they would not restore full diplomatic relations.",
        "Analysts said Ankara might appoint an ambassador to Tel Aviv.",
        "Analysts said Ankara would appoint an ambassador to Tel Aviv.",
        "Russian analysts said Moscow would continue to help Havana.",
        "Western experts said that Beijing will continue to support Pakistan.",
        "Political analyst John Smith said Ankara would appoint an ambassador to Israel.",
        "Putin declined Tokayev's invitation to visit Kazakhstan.",
        "Putin has not accepted Tokayev's invitation to visit Kazakhstan.",
        "Putin turned down an invitation from Erdogan to visit Turkey.",
        "The invitation to visit Kazakhstan remains open, Tokayev said.",
        "China said it would consider imposing sanctions on Japan.",
        "Russia said on Monday it would expel two Polish diplomats.",
        "Erdogan said they would restore ties.",
        "Turkey said they would restore ties.",
    ],
)
def test_near_misses(text: str) -> None:
    assert _agree(text) == []


def test_agreement_with_a_condition_is_still_agreed() -> None:
    # (an agreement made whose execution waits on a condition: only a future promise with a
    # condition is a hypothetical)
    text = "Russia agreed to reopen the consulate in Aleppo if the truce holds."
    assert [a for a, _, _ in _agree(text)] == [{RUSSIA}]
