"""Stated AGREE and SUPPORT events (round 9b): the CAMEO sub-code of a commitment, the verb
"supports", Chinese and Russian readiness phrasings, and "they" after one participant's sentence
in a readout."""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, find, keys


def _agree_codes(body: str) -> set[str]:
    return {
        str(f.get("cameoCode")[0])
        for f in facts(body)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "AGREE"
    }


@pytest.mark.parametrize(
    "body",
    [
        # a sum traded or invested is no aid: economic cooperation (031), not 033
        "South Korea will purchase $20 billion of U.S. liquefied natural gas over the next five "
        "years.",
        "Saudi Arabia intends to invest $15 billion in Pakistan's mining sector.",
    ],
)
def test_money_traded_or_invested_is_economic(body: str) -> None:
    assert _agree_codes(body) == {"031"}


@pytest.mark.parametrize(
    "body",
    [
        # a target for the two sides' trade is no aid either, nor a purchase or investment: a
        # joint aim (030, as every gold codes it; session 37, agree)
        "Kazakhstan and Uzbekistan agreed to increase trade turnover to $10 billion.",
        "President Xi Jinping and President Vladimir Putin pledged to boost bilateral trade to "
        "$200 billion by 2024.",
    ],
)
def test_trade_target_is_an_aim(body: str) -> None:
    assert _agree_codes(body) == {"030"}


def test_aid_money_stays_material_aid() -> None:
    body = "Japan will provide $4.5 billion in financial assistance to Ukraine."
    assert _agree_codes(body) == {"033"}


@pytest.mark.parametrize(
    "body",
    [
        # "economic" describing something else, or a field in a list of examples: general
        "Egypt and Jordan pledged to improve economic and social conditions in the region.",
        "Mexico and Guatemala committed to address the underlying economic and security drivers of "
        "migration.",
        "Japan and Australia committed to deepening cooperation to address global challenges, "
        "including the climate crisis, pandemic response, and economic recovery.",
    ],
)
def test_economic_in_passing_is_general_cooperation(body: str) -> None:
    assert _agree_codes(body) == {"030"}


def test_economic_cooperation_is_economic() -> None:
    # (a field of cooperation, not material cooperation: 030, as the gold sets code it; session 39)
    assert _agree_codes("Russia and Egypt agreed to expand economic cooperation.") == {"030"}
    assert _agree_codes("Russia and Egypt agreed to expand bilateral trade.") == {"031"}


@pytest.mark.parametrize(
    ("body", "actor", "recipient", "code"),
    [
        (
            "The United States strongly supports Ukraine's sovereignty and territorial integrity.",
            "Q30",
            "Q212",
            "052",
        ),
        (
            "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in "
            "Moscow on Tuesday. Xi said China firmly supports Russia in safeguarding its "
            "sovereignty.",
            "Q148",
            "Q159",
            "052",
        ),
        ("The Philippines supports ASEAN centrality.", "Q928", "Q7768", "051"),
        ("France backs Armenia's territorial integrity.", "Q142", "Q399", "052"),
    ],
)
def test_supports_a_party(body: str, actor: str, recipient: str, code: str) -> None:
    found = facts(body)
    fact = find(found, "Event", eventType="SUPPORT", actor={actor}, recipient={recipient})
    assert fact is not None, found
    assert str(fact.get("cameoCode")[0]) == code


@pytest.mark.parametrize(
    "body",
    [
        "Hungary does not support Ukraine's bid to join the European Union.",
        "Germany did not express support for Ukraine's NATO membership bid.",
        "Russia would support the initiative if China agreed.",
        # material backing is aid, not a statement
        "The United States supported Ukraine with $2 billion in weapons.",
    ],
)
def test_no_stated_support(body: str) -> None:
    found = facts(body)
    assert not [
        f for f in found if f.cls.value == "Event" and str(f.get("eventType")[0]) == "SUPPORT"
    ], found


@pytest.mark.parametrize(
    ("body", "actor", "recipient"),
    [
        (
            "The Chinese side stands ready to work with the Brazilian side to deepen the "
            "comprehensive strategic partnership.",
            "Q148",
            "Q155",
        ),
        (
            "China stands ready to work with Egypt to expand practical cooperation.",
            "Q148",
            "Q79",
        ),
        ("Russia remains open to dialogue with the United States.", "Q159", "Q30"),
    ],
)
def test_stands_ready(body: str, actor: str, recipient: str) -> None:
    found = facts(body)
    assert find(found, "Event", eventType="AGREE", actor={actor}, recipient={recipient}), found


def test_remains_committed() -> None:
    found = facts("The United States remains committed to supporting Ukraine.")
    assert find(found, "Event", eventType="AGREE", actor={"Q30"}, recipient={"Q212"}), found


def test_officials_of_states_capitalised() -> None:
    found = facts(
        "Foreign ministers of Russia and China signed a joint statement on the multipolar world "
        "on Thursday."
    )
    fact = find(found, "Event", eventType="SUPPORT", cameoCode="057")
    assert fact is not None, found
    assert keys(fact.get("actor")) == {"Q159", "Q148"}


def test_they_after_one_participants_sentence() -> None:
    found = facts(
        "Secretary Blinken met with Philippine Foreign Secretary Enrique Manalo in Manila on "
        "March 19. The Secretary reaffirmed that the United States stands with the Philippines. "
        "They committed to expand economic cooperation."
    )
    fact = find(found, "Event", eventType="AGREE", actor={"Q7821917", "Q28925129"})
    assert fact is not None, found
    assert str(fact.get("cameoCode")[0]) == "030"  # (a field of cooperation: session 39)


def test_they_after_a_group_is_the_group() -> None:
    found = facts(
        "The 24th EU-China summit took place in Beijing on 7 December 2023. The EU was "
        "represented by Charles Michel and Ursula von der Leyen. They met with President Xi "
        "Jinping. EU leaders raised concerns about the trade deficit. They urged China to use "
        "its influence on Russia."
    )
    assert find(found, "Event", eventType="REQUEST", actor={"Q458"}, recipient={"Q148"}), found


@pytest.mark.parametrize(
    ("body", "actor", "recipient"),
    [
        (
            "Chinese Foreign Minister Wang Yi met with his Russian counterpart Sergey Lavrov in "
            "Beijing on Monday. Wang said China appreciates Russia's support on issues "
            "concerning Taiwan.",
            "Q148",
            "Q159",
        ),
        (
            "India appreciated Japan's role in the development of the northeastern region.",
            "Q668",
            "Q17",
        ),
    ],
)
def test_appreciation_is_praise(body: str, actor: str, recipient: str) -> None:
    found = facts(body)
    fact = find(found, "Event", eventType="SUPPORT", actor={actor}, recipient={recipient})
    assert fact is not None, found


@pytest.mark.parametrize(
    ("body", "actor", "recipient"),
    [
        (
            "The U.S. Government, through USAID, intends to provide an additional $25 million "
            "to support Ukraine's energy sector.",
            "Q30",
            "Q212",
        ),
        (
            "The Japanese Government will provide $10 million in humanitarian aid to Sudan.",
            "Q17",
            "Q1049",
        ),
    ],
)
def test_a_government_promises_aid(body: str, actor: str, recipient: str) -> None:
    found = facts(body)
    fact = find(found, "Event", eventType="AGREE", actor={actor}, recipient={recipient})
    assert fact is not None, found
    assert str(fact.get("cameoCode")[0]) == "033"
    assert fact.status.value == "future"


def test_interest_in_cooperation_and_the_speaker_is_no_recipient() -> None:
    found = facts("Russia is interested in expanding trade with Egypt, Lavrov said.")
    fact = find(found, "Event", eventType="AGREE", actor={"Q159"}, recipient={"Q79"})
    assert fact is not None, found
    assert keys(fact.get("recipient")) == {"Q79"}
    assert str(fact.get("cameoCode")[0]) == "031"


@pytest.mark.parametrize(
    "body",
    [
        "Ukraine is not interested in a ceasefire with Russia.",
        "Iran would be interested in talks with the United States if sanctions were lifted.",
    ],
)
def test_no_interest_stated(body: str) -> None:
    found = facts(body)
    assert not [f for f in found if f.cls.value == "Event"], found


def test_consensus_on_cooperation_is_agreement() -> None:
    found = facts(
        "Prime Minister Modi met Crown Prince Mohammed bin Salman in New Delhi on September 11. "
        "The two sides reached consensus on expanding cooperation in energy security."
    )
    # (session 13: "the two sides" are the states, ANNOTATION.md §6, not the two leaders)
    fact = find(found, "Event", eventType="AGREE", actor={"Q668", "Q851"})
    assert fact is not None, found
    assert [str(d) for d in fact.get("date")] == ["2023-09-11"]


def test_consensus_that_is_a_shared_view() -> None:
    found = facts(
        "Prime Minister Modi met Crown Prince Mohammed bin Salman in New Delhi on September 11. "
        "The two sides reached consensus that the conflict must end."
    )
    assert not find(found, "Event", eventType="AGREE"), found


def test_donated_doses_are_material_aid() -> None:
    found = facts("The United States announced it will donate 1 million vaccine doses to Vietnam.")
    fact = find(found, "Event", eventType="AGREE", actor={"Q30"}, recipient={"Q881"})
    assert fact is not None, found
    assert str(fact.get("cameoCode")[0]) == "033"


def test_a_later_clauses_sum_is_not_the_agreements() -> None:
    found = facts(
        "The leaders of Kenya and Ghana agreed to expand cooperation on vaccine manufacturing, "
        "and the President announced that the United States would invest $25 million in a new "
        "vaccine facility."
    )
    fact = find(found, "Event", eventType="AGREE", actor={"Q114", "Q117"})
    assert fact is not None, found
    assert not fact.get("amount")
    assert str(fact.get("cameoCode")[0]) == "030"
