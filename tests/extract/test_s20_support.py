"""Thanks, praise and aid in fresh text (session 20, support): "the <demonym> Party, State and
people" thanked or congratulated stands for the state (SUPPORT 051, and the AID it is thanked
for); the host's greeting before the subject ("Welcoming his guest, ..."); an aside between the
subject and its thanks (", in a radio address,"); the speaker after a quote who thanks in a
relative clause; relief carried by military transport planes (AID 073, not 072); a state that
has taken in refugees (AID 075); with the guards: negation, a question, the future, a refusal,
thanks received, backing that is no aid."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events

DAY = dt.date(2023, 5, 12)
VIETNAM, LAOS, CHINA, CAMBODIA = "Q881", "Q819", "Q148", "Q424"
POLAND, MOLDOVA, AUSTRIA, JAPAN, CANADA = "Q36", "Q217", "Q40", "Q17", "Q16"
AUSTRALIA, NEW_ZEALAND = "Q408", "Q664"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return events(text, kind, DAY)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Cambodian Prime Minister Hun Manet thanked the Chinese Party, State and people for "
            "their friendship.",
            CHINA,
        ),
        (
            "Welcoming his guest, Vietnamese Prime Minister Pham Minh Chinh congratulated the Lao "
            "Party, State and people on their achievements.",
            LAOS,
        ),
        (
            "Greeting her visitors, the Vietnamese President warmly congratulated the Lao Party "
            "and State on the success of the congress.",
            LAOS,
        ),
    ],
)
def test_party_state_and_people_is_the_state(text: str, recipient: str) -> None:
    assert any(recipient in r and c == "051" for _, r, c in _events(text, "SUPPORT"))


def test_thanked_party_state_and_people_for_aid_given() -> None:
    text = (
        "Lao Prime Minister Sonexay Siphandone thanked the Vietnamese Party, State and people "
        "for the valuable support they had given Laos, including vaccines and medical equipment."
    )
    assert ({VIETNAM}, {LAOS}, "073") in _events(text, "AID")


def test_thanked_party_state_and_people_for_backing_is_no_aid() -> None:
    text = (
        "Lao Prime Minister Sonexay Siphandone thanked the Vietnamese Party, State and people "
        "for their support for the resolution."
    )
    assert not _events(text, "AID")


@pytest.mark.parametrize(
    "text",
    [
        "Australia and New Zealand sent planes to Tonga on Thursday. Tonga's Prime Minister "
        "Siaosi Sovaleni, in a radio address, thanked both countries for their swift help.",
        "Australia and New Zealand sent planes to Tonga on Thursday. Tonga's Prime Minister "
        "Siaosi Sovaleni, in a televised speech on Friday, thanked Australia and New Zealand.",
    ],
)
def test_thanks_after_an_aside(text: str) -> None:
    assert any(r == {AUSTRALIA, NEW_ZEALAND} and c == "051" for _, r, c in _events(text, "SUPPORT"))


def test_thanks_in_a_relative_clause_after_a_quote() -> None:
    text = '"A good day for both countries," said Kofod, who thanked Canada for its patience.'
    assert any(CANADA in r and c == "051" for _, r, c in _events(text, "SUPPORT"))


@pytest.mark.parametrize(
    "text",
    [
        '"This is a good day," said Kofod, who did not thank Canada.',
        '"This is a good day," said Kofod, who had been thanked by Canada.',
        "Tonga's Prime Minister Siaosi Sovaleni, in a radio address, did not thank Australia.",
        '"This is a good day," said Kofod, who noted that Canada had been patient.',
    ],
)
def test_thanks_guards(text: str) -> None:
    assert not [c for _, _, c in _events(text, "SUPPORT") if c == "051"]


@pytest.mark.parametrize(
    "text",
    [
        "Japan dispatched two military transport planes loaded with drinking water to Tonga.",
        "China said it had provided tents, while Japan dispatched two military transport "
        "planes loaded with drinking water.",
    ],
)
def test_relief_on_military_planes_is_humanitarian(text: str) -> None:
    assert any(a == {JAPAN} and c == "073" for a, _, c in _events(text, "AID"))


def test_weapons_on_military_planes_stay_military() -> None:
    text = "Japan sent two military transport planes loaded with ammunition and missiles to Taiwan."
    assert all(c != "073" for _, _, c in _events(text, "AID"))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Poland has taken in more than 1.5 million refugees from Ukraine.", POLAND),
        ("Moldova took in 100,000 Ukrainian refugees last year.", MOLDOVA),
        (
            "Austria has so far provided 17.5 million euros in humanitarian aid to Ukraine and "
            "has taken in more than 50,000 people who fled the fighting.",
            AUSTRIA,
        ),
    ],
)
def test_taken_in_refugees_is_aid_075(text: str, actor: str) -> None:
    assert any(a == {actor} and c == "075" for a, _, c in _events(text, "AID"))


@pytest.mark.parametrize(
    "text",
    [
        "Moldova has not taken in any refugees.",
        "Hungary refused to take in refugees from Syria.",
        "Slovakia will take in 10,000 refugees.",
        "Has Romania taken in more than 80,000 refugees?",
        "The city has taken in a stray cat.",
    ],
)
def test_taken_in_guards(text: str) -> None:
    assert not [c for _, _, c in _events(text, "AID") if c == "075"]


def test_thanked_for_aid_given_a_state_without_to() -> None:
    text = (
        "Prime Minister Hun Manet thanked the Chinese government for the humanitarian assistance "
        "it had provided Cambodia over the years."
    )
    assert ({CHINA}, {CAMBODIA}, "073") in _events(text, "AID")
