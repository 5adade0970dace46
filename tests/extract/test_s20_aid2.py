"""Relief told by what arrives and by who gives it (session 20): a state's aircraft or ship
landing with relief goods (AID 073 by the state its demonym names), emergency water and food
given, and aid or a pledged sum told without its recipient in an article about one stricken
state (the recipient is that state); with the guards: no aircraft or ship, no relief goods,
negation, a future arrival, several stricken states, the stricken state's own relief."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article
from tests.extract.test_patterns import keys

DAY = dt.date(2023, 3, 9)
VANUATU, FIJI, NEPAL, INDIA, CHILE, PERU = "Q686", "Q712", "Q837", "Q668", "Q298", "Q419"
MEXICO, CANADA, FRANCE, HAITI, JAPAN = "Q96", "Q16", "Q142", "Q790", "Q17"


def _events(body: str, title: str | None = None, kind: str = "AID") -> list[tuple]:
    article = Article(id="t", source="t.txt", body=body, date=DAY, title=title)
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in extract(article, load_index())
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == kind
    ]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (
            "A Chilean air force C-130 landed at the airport in Lima carrying tents, blankets "
            "and generators.",
            CHILE,
        ),
        ("An Indian transport plane followed two hours later with relief supplies.", INDIA),
        (
            "A French navy ship docked at the port on Monday, loaded with drinking water and "
            "medicines.",
            FRANCE,
        ),
    ],
)
def test_arrival_of_a_states_carrier_is_aid(body: str, actor: str) -> None:
    assert any(a == {actor} and c == "073" for a, _, c in _events(body))


@pytest.mark.parametrize(
    "body",
    [
        # no aircraft or ship
        "The Indian minister arrived in Kathmandu with a delegation of relief officials.",
        # no relief goods
        "A Chilean air force C-130 landed at the airport carrying officials and journalists.",
        # negation
        "A Chilean air force C-130 did not land at the airport carrying tents and generators.",
        # future
        "A Chilean air force C-130 will land at the airport on Friday carrying tents.",
        # a question
        "Has a Chilean air force C-130 landed at the airport carrying tents?",
    ],
)
def test_no_arrival_aid(body: str) -> None:
    assert not any(CHILE in a or INDIA in a for a, _, _ in _events(body))


def test_emergency_water_and_food_given() -> None:
    body = "India said it had provided emergency rations and fuel to the villages on Sunday."
    assert any(a == {INDIA} for a, _, _ in _events(body))


STRICKEN = (
    "PORT VILA, Vanuatu — The first relief flights reached Vanuatu on Thursday after a "
    "cyclone flattened much of the capital. "
)


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("A Fijian air force plane landed on Thursday with humanitarian supplies.", FIJI),
        ("Japan sent a military cargo aircraft loaded with drinking water.", JAPAN),
        (
            "Foreign Minister Melanie Joly announced an additional 3 million Canadian dollars "
            "in humanitarian funding.",
            CANADA,
        ),
    ],
)
def test_aid_without_recipient_goes_to_the_stricken_state(body: str, actor: str) -> None:
    found = _events(STRICKEN + body, "Relief flights reach Vanuatu after cyclone")
    assert any(actor in a and r == {VANUATU} for a, r, _ in found)


def test_pledged_sum_goes_to_the_stricken_state() -> None:
    body = STRICKEN + (
        "Prime Minister Justin Trudeau said his government had pledged 750,000 Canadian "
        "dollars for the relief effort."
    )
    found = _events(body, "Relief flights reach Vanuatu after cyclone", kind="AGREE")
    assert any(r == {VANUATU} for _, r, _ in found)


def test_no_stricken_recipient_with_two_states() -> None:
    # the headline names two stricken states: no recipient is guessed
    body = "Japan sent a military cargo aircraft loaded with drinking water."
    found = _events(body, "Floods hit Nepal and India")
    assert found and all(not r for _, r, _ in found)


def test_no_stricken_recipient_without_relief_headline() -> None:
    body = "Japan sent a military cargo aircraft loaded with drinking water."
    found = _events(body, "Japan and Vanuatu hold talks on fisheries")
    assert found and all(not r for _, r, _ in found)


def test_stricken_state_own_relief_has_no_recipient() -> None:
    body = STRICKEN + "Vanuatu sent a military cargo aircraft loaded with drinking water."
    found = _events(body, "Relief flights reach Vanuatu after cyclone")
    assert all(VANUATU not in r for _, r, _ in found)


def test_no_stricken_recipient_without_a_headline() -> None:
    # another act's recipient is no reason for this one's without a headline about relief
    body = (
        "Peru delivered 30 trucks of food to Chile. Mexico sent a military cargo aircraft "
        "loaded with drinking water to the cut-off villages."
    )
    found = _events(body)
    assert any(a == {MEXICO} and not r for a, r, _ in found)


def test_aid_without_recipient_goes_where_the_articles_other_aid_goes() -> None:
    body = (
        "Peru delivered 30 trucks of food to Chile. Mexico sent a military cargo aircraft "
        "loaded with drinking water."
    )
    assert any(a == {MEXICO} and r == {CHILE} for a, r, _ in _events(body))
