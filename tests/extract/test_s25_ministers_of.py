"""The ministers of a sector of two states act for their states (session 25).

Written for this session (none from a gold set): "Talks between the defence ministers of India
and China were held in Moscow on Friday" gave no meeting, while the same with "foreign
ministers" gave the meeting of the two states (the rule of talks "between" knew only those):
"the defence (finance, trade, economy, energy, interior) ministers of A and B"
now stands for A and B, as "the governments of", "the leaders of" and "the delegations of" do
(``mentions._GOVERNMENTS_OF``). "The foreign ministers of" is left to the rules that read it
("hosted the foreign ministers of A, B and C").

Hit rate at d13df34 (before): 3/4 (the other forms were read by rules of their own); after
4/4."""

from __future__ import annotations

import pytest

from tests.extract.test_s24_asides import _said

CASES = [
    (
        "Talks between the defence ministers of India and China were held in Moscow on Friday.",
        ("CONSULT", frozenset({"Q668", "Q148"}), frozenset()),
    ),
    (
        "The defence ministers of India and China held talks in Moscow on Friday.",
        ("CONSULT", frozenset({"Q668", "Q148"}), frozenset()),
    ),
    (
        "The trade ministers of Kenya and Uganda met in Kampala on Tuesday.",
        ("CONSULT", frozenset({"Q114", "Q1036"}), frozenset()),
    ),
    (
        "The finance ministers of Japan and South Korea agreed to resume their currency swap.",
        ("AGREE", frozenset({"Q17", "Q884"}), frozenset()),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_the_ministers_of_two_states(
    text: str, want: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    assert want in _said(text), _said(text)


def test_the_foreign_ministers_hosted_stay_a_meeting() -> None:
    said = _said("Jordan hosted the foreign ministers of Syria, Saudi Arabia and Egypt in Amman.")
    assert any(kind == "CONSULT" and "Q810" in first for kind, first, _ in said), said
