"""A state's organ told by the capital it sits in (session 43).

The sentences are written for this session (none from a gold set). "The foreign ministry in
Manila said it had lodged a protest with the Chinese embassy" is the Philippines' act, as "the
Philippine foreign ministry" already was: a national capital after "the government in", "the
foreign ministry in", "the leadership in", "the regime in", "the administration in" (or
"Authorities in" / "Officials in" opening a sentence) stands for its state. Not an organ its
demonym gives to another state ("the Chinese embassy in Manila", "Ukrainian officials in
Moscow"), nor a capital that is only a place ("met officials in Moscow").
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

PHILIPPINES, CHINA, JAPAN, AFGHANISTAN, PAKISTAN = "Q928", "Q148", "Q17", "Q889", "Q843"
IRAN, USA, RUSSIA, UKRAINE = "Q794", "Q30", "Q159", "Q212"


@pytest.mark.parametrize(
    ("body", "kind", "actor", "recipient"),
    [
        (
            "The foreign ministry in Manila said it had lodged a protest with the Chinese "
            "embassy over the incident.",
            "ACCUSE",
            PHILIPPINES,
            CHINA,
        ),
        (
            "The government in Kabul condemned Pakistan's air strikes.",
            "ACCUSE",
            AFGHANISTAN,
            PAKISTAN,
        ),
        ("The government in Tehran rejected the US proposal.", "REJECT", IRAN, USA),
        ("Authorities in Beijing accused Japan of provocation.", "ACCUSE", CHINA, JAPAN),
    ],
)
def test_an_organ_in_a_capital_is_its_state(
    body: str, kind: str, actor: str, recipient: str
) -> None:
    events = typed_events(body)
    assert any(t == kind and a == {actor} and recipient in r for t, a, r, _ in events), events


@pytest.mark.parametrize(
    "body",
    [
        # the embassy of the state its demonym names, in another state's capital
        "The Chinese embassy in Manila condemned the Philippine decision.",
        # officials of the state their demonym names
        "Ukrainian officials in Moscow accused Russia of stalling.",
        # a capital that is only a place
        "The president met officials in Moscow and accused Ukraine of stalling.",
    ],
)
def test_no_state_from_a_capital_that_is_a_place(body: str) -> None:
    for _, actors, _, _ in typed_events(body):
        assert PHILIPPINES not in actors and RUSSIA not in actors, typed_events(body)
