"""Precision of events and coreference (session 13, prec2): a gathering to be attended is no
promise; a guest welcomed to a place or for a visit is a hosting, no praise; a signing welcomed
by one of its own signers is self-praise; two states' companies are not the states (as
signers; their deal of stated worth is the states' COOPERATE since session 22); a meeting
recalled sets neither the subject nor the pair "the sides" mean; "the parties" of an agreement
are its signatories, never the host of the talks; and the near misses that keep their facts."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 8, 27)
RUSSIA, CHINA, USA, UKRAINE, INDIA, GERMANY = "Q159", "Q148", "Q30", "Q212", "Q668", "Q183"
FRANCE, BRAZIL, JAPAN, KAZAKHSTAN, UZBEKISTAN = "Q142", "Q155", "Q17", "Q232", "Q265"
ARMENIA, AZERBAIJAN, SERBIA, KOSOVO, EU = "Q399", "Q227", "Q403", "Q1246", "Q458"
BIDEN = "Q6279"


def _events(text: str, event_type: str = "") -> list[tuple[set[str], set[str], str]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Event"
        and (not event_type or str(f.get("eventType")[0]).endswith(event_type))
    ]


# ---- attending is no promise --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Lula will take part in the VII Summit of CELAC in Buenos Aires.",
        "The African Union will participate in the next G20 Leaders' Summit.",
        "Japan plans to take part in the ASEAN Regional Forum meeting in Vientiane.",
        "Prime Minister Modi will also participate in the opening ceremony of the Games.",
        "Qatar will join the talks in Cairo next week.",
    ],
)
def test_a_gathering_to_be_attended_is_no_promise(text: str) -> None:
    assert _events(text, "AGREE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany will take part in the reconstruction of Ukraine.", ({GERMANY}, {UKRAINE}, "030")),
        ("France and Germany will join forces for Ukraine.", ({FRANCE, GERMANY}, set(), "030")),
        ("India will join efforts with Brazil to reform the Council.", ({INDIA}, {BRAZIL}, "030")),
        ("Russia is ready to take part in talks with Ukraine.", ({RUSSIA}, {UKRAINE}, "036")),
    ],
)
def test_a_share_in_a_work_or_readiness_to_talk_is_still_a_promise(
    text: str, expected: tuple[set[str], set[str], str]
) -> None:
    assert _events(text, "AGREE") == [expected]


# ---- hosting is no praise -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Biden welcomed President Yoon Suk Yeol of the Republic of Korea (ROK) to "
        "Washington for a State Visit.",
        "President Biden welcomed President Yoon Suk Yeol and First Lady Kim Keon Hee of the "
        "Republic of Korea to the White House.",
        "Prime Minister Narendra Modi welcomed President Cyril Ramaphosa for an official visit.",
        "Xi Jinping welcomed Lula da Silva for talks in Beijing.",
    ],
)
def test_a_guest_welcomed_is_a_hosting_not_praise(text: str) -> None:
    assert _events(text, "SUPPORT") == []


def test_a_decision_welcomed_is_still_praise() -> None:
    text = "Joe Biden welcomed Japan's decision to double defence spending."
    assert _events(text, "SUPPORT") == [({BIDEN}, {JAPAN}, "051")]


# ---- welcoming one's own signing ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Biden and President William Ruto of Kenya met at the White House. The leaders "
        "welcomed the signing of a memorandum between the United States and Kenya.",
        "Prime Minister Modi held talks with Prime Minister Kishida. The two prime ministers "
        "welcomed the signing of an agreement between India and Japan on clean energy.",
        "President Biden welcomed the signing of the Minerals Agreement between the United States "
        "and Ukraine.",
    ],
)
def test_a_signing_welcomed_by_its_own_signers_is_no_praise(text: str) -> None:
    # (their signing itself is news: SUPPORT 057 by the two states, ANNOTATION.md §5)
    assert [e for e in _events(text, "SUPPORT") if e[2] != "057"] == []


def test_others_signing_welcomed_praises_the_signers() -> None:
    assert ({EU}, {SERBIA, KOSOVO}, "051") in _events(
        "The European Union welcomed the signing of the agreement by Serbia and Kosovo.", "SUPPORT"
    )
    assert sorted(
        _events(
            "The European Union welcomed the signing of the peace treaty between Armenia and "
            "Azerbaijan.",
            "SUPPORT",
        ),
        key=lambda e: e[2],
    ) == [({EU}, {ARMENIA, AZERBAIJAN}, "051"), ({ARMENIA, AZERBAIJAN}, set(), "057")]


# ---- companies are not their states ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Japanese businesses signed 20 memoranda of understanding at the forum.",
    ],
)
def test_two_states_companies_are_not_the_states(text: str) -> None:
    assert _events(text) == []


def test_two_states_companies_deal_of_stated_worth_is_the_states_cooperation_only() -> None:
    # (no signing of the states, SUPPORT 057; the deal itself is their COOPERATE 061, as
    # "companies of the two countries" was: session 22, gold blind2 and blind24)
    text = (
        "Kazakh and Uzbek companies concluded commercial contracts worth $1 billion at the "
        "business forum."
    )
    assert _events(text) == [({KAZAKHSTAN, UZBEKISTAN}, set(), "061")]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Kazakhstan and Uzbekistan signed an agreement on water.", {KAZAKHSTAN, UZBEKISTAN}),
        ("Russian and Chinese officials signed an agreement on energy.", {RUSSIA, CHINA}),
    ],
)
def test_states_and_their_officials_still_sign(text: str, actors: set[str]) -> None:
    assert (actors, set(), "057") in _events(text, "SUPPORT")


# ---- a meeting recalled does not set "the sides" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Vladimir Putin held a telephone conversation with Prime Minister of India Narendra "
            "Modi. Modi shared his impressions of his recent visit to Kyiv and his meeting with "
            "President Zelensky. The sides reaffirmed their intention to bring trade to $100 "
            "billion.",
            {RUSSIA, INDIA},
        ),
        (
            "Xi Jinping spoke by phone with Chancellor Olaf Scholz. Scholz recalled his trip to "
            "Washington and his talks there with President Biden. The two sides agreed to deepen "
            "cooperation on climate.",
            {CHINA, GERMANY},
        ),
    ],
)
def test_the_sides_after_a_recalled_meeting_are_those_who_talk(text: str, actors: set[str]) -> None:
    assert [e[0] for e in _events(text, "AGREE")] == [actors]


# ---- "the parties" of an agreement -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and the TPLF signed a peace agreement in Pretoria, hosted by South Africa. "
        "Under the Agreement, the parties commit to the orderly disarmament of TPLF combatants.",
        "The talks between the Ethiopian government and the TPLF were hosted by South Africa in "
        "Pretoria. Under the Agreement, the parties commit to the orderly disarmament of TPLF "
        "combatants.",
    ],
)
def test_the_parties_of_an_agreement_are_not_its_host(text: str) -> None:
    assert _events(text, "AGREE") == []


def test_the_parties_of_a_treaty_are_its_signatories() -> None:
    text = (
        "Armenia and Azerbaijan signed a peace treaty in Washington. Under the treaty, the parties "
        "commit to respect each other's borders."
    )
    assert _events(text, "AGREE") == [({ARMENIA, AZERBAIJAN}, set(), "030")]
