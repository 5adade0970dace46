# ruff: noqa: E501  (a table of sentences)
""" "The Kingdom", "the Sultanate": the state the article names with that form (session 28).

Found in a spent blind set, written again here in other words: Oman's foreign ministry wrote of
"the Sultanate" throughout a release on the Sultan's visit to Iran, and "Trade between the Sultanate
and Iran reached about 1.3 billion US dollars in 2022" gave no TradeFlow. Gulf, Jordanian,
Moroccan and Bahraini releases (and wire stories after them: "the kingdom's oil exports") name
their state so; only the acts of "the Kingdom" as an actor were read before (``events.pronoun_entities``,
from a "Kingdom of X" the article writes). Mention finding now reads "the Kingdom", "the
Sultanate", "the Principality" and "the Grand Duchy" (any case but the last two) as the one state
named so far, by itself or as an office's state ("King Abdullah II"), whose official name in the
KB has that form ("Sultanate of Oman", "Hashemite Kingdom of Jordan"; Brunei, whose KB names do
not say it is a sultanate, is written down beside them); none when two fit or none,
nor "the Kingdom of X" itself, nor "the United Kingdom".

Read so, a Saudi statement's "The Kingdom is closely following developments and will take any
further measures it deems necessary" gave an AGREE 030 of Saudi Arabia (a spent set's false
positive; "Russia ... will take any further measures it deems necessary" gave it before): measures
"it deems necessary" or "considers appropriate" are a warning, no promise
(``statements._RETALIATION``); measures to help someone are still one.

Hit rate at 5210fe4 (before): 0/6 facts with the state; after: 6/6, and the 4 look-alikes alone;
the warnings 0/3 left alone before, 3/3 after (the promises 2/2 before and after)."""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, find, typed_events

READ = [
    (
        "Sultan Haitham bin Tarik arrived in Tehran on Sunday. Trade between the Sultanate and Iran reached about 1.3 billion US dollars in 2022.",
        "TradeFlow",
        {"party": {"Q842", "Q794"}},
    ),
    (
        "Saudi Crown Prince Mohammed bin Salman received the Chinese foreign minister in Riyadh. The Kingdom is a member of OPEC and the G20.",
        "Membership",
        {"member": {"Q851"}, "organization": {"Q7795"}},
    ),
    (
        "King Abdullah II met Secretary Blinken in Amman. The kingdom's exports to the United States reached $2 billion in 2022.",
        "TradeFlow",
        {"exporter": {"Q810"}, "importer": {"Q30"}},
    ),
    (
        "Sultan Haitham bin Tarik received President Raisi in Muscat. President Raisi thanked the Sultanate for its mediation.",
        "Event",
        {"actor": {"Q5947347"}, "recipient": {"Q842"}},
    ),
    (
        "Moroccan Foreign Minister Nasser Bourita met his Mauritanian counterpart in Rabat. The Kingdom is a member of the African Union.",
        "Membership",
        {"member": {"Q1028"}, "organization": {"Q7159"}},
    ),
    (
        "Prince Albert II of Monaco visited Paris on Monday. The Principality is a member of the United Nations.",
        "Membership",
        {"member": {"Q235"}, "organization": {"Q1065"}},
    ),
]

ALONE = [
    # two kingdoms named: no guess
    "Saudi Arabia and Jordan signed a deal on Tuesday. The Kingdom is a member of the Arab League.",
    "Moroccan Foreign Minister Nasser Bourita met his Spanish counterpart in Rabat. The Kingdom is a member of the African Union.",
    # the United Kingdom is no "Kingdom of X" in the KB
    "British Foreign Secretary James Cleverly visited Berlin. The kingdom is a member of NATO.",
    # no kingdom named at all
    "France and Germany signed a deal on Tuesday. The Kingdom is a member of the Arab League.",
]


@pytest.mark.parametrize(("text", "cls", "roles"), READ)
def test_the_form_of_a_state_named_before_is_that_state(
    text: str, cls: str, roles: dict[str, set[str]]
) -> None:
    assert find(facts(text), cls, **roles) is not None, [str(f) for f in facts(text)]


@pytest.mark.parametrize("text", ALONE)
def test_no_state_is_guessed_for_the_kingdom(text: str) -> None:
    assert not [f for f in facts(text) if f.cls.value == "Membership"]


WARNINGS = [
    "Russia is closely following developments and will take any further measures it deems necessary.",
    "The Kingdom of Bahrain will take all measures that it considers appropriate.",
    "Ankara said it would take whatever steps it sees fit.",
]

PROMISES = [
    ("India will take measures to boost exports to Russia.", {"Q668"}, {"Q159"}),
    ("Japan will take steps to support Ukraine.", {"Q17"}, {"Q212"}),
]


@pytest.mark.parametrize("text", WARNINGS)
def test_measures_one_deems_necessary_are_no_promise(text: str) -> None:
    assert [e for e in typed_events(text) if e[0] == "AGREE"] == []


@pytest.mark.parametrize(("text", "actors", "recipients"), PROMISES)
def test_measures_to_help_are_a_promise(text: str, actors: set[str], recipients: set[str]) -> None:
    assert any(
        e[0] == "AGREE" and e[1] == actors and e[2] == recipients for e in typed_events(text)
    ), typed_events(text)
