"""Reactions to an act told before, and stances in reported speech (session 19b): a welcome of
"the talks", "the start of the dialogue", "the agreement" (its parties, also an unlinked movement
named with its acronym), "congratulated the two sides", "thanked his colleagues", help offered
to "the process"; threats with an if-clause ("warned of grave consequences if X ...",
"threatened military action against X if ..."); "fully committed to implementing"; with the
guards: negations, hypotheticals, questions, one's own act."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events

DAY = dt.date(2023, 5, 12)
CHINA, VIETNAM, CAMBODIA, EGYPT, KENYA, SOMALIA = "Q148", "Q881", "Q424", "Q79", "Q114", "Q1045"
PHILIPPINES, TURKEY, GREECE, GERMANY, AU, SUDAN = "Q928", "Q43", "Q41", "Q183", "Q7159", "Q1049"
PUTIN, TOKAYEV, MIRZIYOYEV, ARAB_LEAGUE, RUTO = "Q7747", "Q57808", "Q200881", "Q7172", "Q195725"

TALKS = "Vietnamese and Cambodian diplomats held their first round of border talks in Beijing. "
DEAL = "Kenya and Somalia signed a maritime border deal in Nairobi on Friday. "


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return events(text, kind, DAY)


def _has(text: str, kind: str, actor: str, recipient: set[str], cameo: str | None = None) -> bool:
    return any(
        actor in a and r == recipient and (cameo is None or c == cameo)
        for a, r, c in _events(text, kind)
    )


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient", "cameo"),
    [
        # a welcome of a meeting told before: its participants
        (
            TALKS + "China welcomed the start of the talks.",
            "SUPPORT",
            CHINA,
            {VIETNAM, CAMBODIA},
            "051",
        ),
        (
            "President Putin held talks with President Tokayev and President Mirziyoyev in "
            "Moscow on Monday. Germany also welcomed the meeting, calling it useful.",
            "SUPPORT",
            GERMANY,
            {PUTIN, TOKAYEV, MIRZIYOYEV},
            "051",
        ),
        # an agreement signed by a state's government and a movement named with its acronym
        (
            "The Sudanese government and the Sudan Liberation Movement (SLM) on Monday signed an "
            "agreement for a ceasefire. The Arab League welcomed the agreement.",
            "SUPPORT",
            ARAB_LEAGUE,
            {SUDAN, "Sudan Liberation Movement"},
            "051",
        ),
        # "his colleagues": the others of the meeting
        (
            "On Monday, President Putin held talks in Sochi with President Tokayev and President "
            "Mirziyoyev. Putin also thanked his colleagues for the frank nature of the discussion.",
            "SUPPORT",
            PUTIN,
            {TOKAYEV, MIRZIYOYEV},
            "051",
        ),
        # help offered to the process: its parties
        (
            TALKS + "A spokesman said Beijing was ready to assist the process.",
            "AGREE",
            CHINA,
            {VIETNAM, CAMBODIA},
            None,
        ),
        # threats with a condition
        (
            'Beijing has repeatedly warned of "grave consequences" if Manila allows American '
            "missiles on its soil.",
            "THREATEN",
            CHINA,
            {PHILIPPINES},
            "130",
        ),
        (
            "Turkey, which is not a member of the group, has threatened military action against "
            "Greece if the talks collapse.",
            "THREATEN",
            TURKEY,
            {GREECE},
            "138",
        ),
        # a commitment with an adverb
        (
            "Kenyan President William Ruto said his government was fully committed to "
            "implementing the peace deal with Somalia.",
            "AGREE",
            RUTO,
            {SOMALIA},
            "030",
        ),
    ],
)
def test_reactions(
    text: str, kind: str, actor: str, recipient: set[str], cameo: str | None
) -> None:
    assert _has(text, kind, actor, recipient, cameo), _events(text, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # negated, questioned, hypothetical
        (TALKS + "China did not welcome the talks.", "SUPPORT"),
        ("Beijing did not warn of grave consequences if Manila hosts the missiles.", "THREATEN"),
        ("Analysts warned of grave consequences if Manila hosts the missiles.", "THREATEN"),
        (
            "Turkey has never threatened military action against Greece if the talks collapse.",
            "THREATEN",
        ),
        (
            "If Turkey threatened military action against Greece if the talks collapse, it would "
            "be a mistake.",
            "THREATEN",
        ),
        ("Would Beijing warn of grave consequences if Manila hosts the missiles?", "THREATEN"),
        (
            "Kenyan President William Ruto said his government was not fully committed to "
            "implementing the peace deal with Somalia.",
            "AGREE",
        ),
    ],
)
def test_not_reactions(text: str, kind: str) -> None:
    assert not _events(text, kind), _events(text, kind)


INDIA, BANGLADESH = "Q668", "Q902"
TARIFFS = "India imposed tariffs on Bangladeshi jute. "


def test_complaint_filed_in_response() -> None:
    # a case brought against the one whose act against the speaker was told before
    text = TARIFFS + "Dhaka responded by filing a complaint with the World Trade Organization."
    assert (({BANGLADESH}, {INDIA}, "115")) in _events(text, "ACCUSE")


@pytest.mark.parametrize(
    "second",
    [
        "Dhaka could respond by filing a complaint with the World Trade Organization.",
        "Dhaka has not responded by filing a complaint with the World Trade Organization.",
    ],
)
def test_complaint_not_filed(second: str) -> None:
    assert not _events(TARIFFS + second, "ACCUSE")


def test_complaint_of_another_act() -> None:
    # the act responded to was not against the speaker
    text = (
        "India imposed tariffs on Chinese steel. Dhaka responded by filing a complaint with the "
        "World Trade Organization."
    )
    assert not _events(text, "ACCUSE")


def test_controls_on_exports_then_complaint() -> None:
    # controls tightened on exports to a state are a sanction (163); the complaint answers it
    text = (
        "In July 2019, Japan tightened controls on exports to Vietnam of three chemicals used "
        "in chips. Hanoi responded by filing a complaint with the World Trade Organization."
    )
    assert ({"Q17"}, {VIETNAM}, "163") in _events(text, "SANCTION")
    assert ({VIETNAM}, {"Q17"}, "115") in _events(text, "ACCUSE")
    assert not _events("Japan did not tighten controls on exports to Vietnam.", "SANCTION")


CHAD_DECIDED = "Chad decided on Monday to expel the French ambassador. "


def test_decision_with_quoted_qualifier_rejected() -> None:
    # "the 'completely unjustified' decision": the decision's maker, told before
    text = CHAD_DECIDED + 'France rejected the "completely unjustified" decision.'
    assert ({"Q142"}, {"Q657"}, "120") in _events(text, "REJECT")
    assert not _events(CHAD_DECIDED + 'France did not reject the "hasty" decision.', "REJECT")


def test_own_talks_not_welcomed() -> None:
    # praise of one's own meeting is no event (ANNOTATION.md §5)
    text = TALKS + "Vietnam welcomed the start of the talks."
    assert not any(VIETNAM in a for a, _, _ in _events(text, "SUPPORT"))


def test_colleagues_of_a_bilateral_meeting() -> None:
    # "his colleagues" are two or more others: not the one partner of a bilateral meeting
    text = (
        "President Putin held talks with President Tokayev in Moscow on Monday. Putin thanked "
        "his colleagues for the frank discussion."
    )
    assert not any(r for _, r, _ in _events(text, "SUPPORT"))


def test_a_decision_is_not_the_meeting_told_just_before() -> None:
    """ "the decision" welcomed after a sentence about a meeting is no reaction to that meeting:
    a meeting is no decision (the generic nouns take decisions and acts, not talks)."""
    text = (
        "The African Union adopted new measures against the junta on Monday. "
        "Turkish President Erdogan met Greek Prime Minister Mitsotakis in Ankara earlier this "
        "month. Germany welcomed the decision."
    )
    erdogan, mitsotakis = "Q39259", "Q552751"
    assert not any(
        r & {TURKEY, GREECE, erdogan, mitsotakis} for _, r, _ in _events(text, "SUPPORT")
    )
