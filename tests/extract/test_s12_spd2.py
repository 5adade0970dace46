"""Session 12 speed pass (spd2): the cheaper checks say the same as the ones they replace.

The extraction's output does not change (the rule dump is byte-identical); these tests pin the
equivalences the rewrites rely on.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re

import pytest

from dipld.extract import facts, guests, mentions
from dipld.model import Entity, EntityKind
from dipld.temporal import _anchors, find_dates

WORDS = ("House", "Palace", "Kremlin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at the White House on Monday", True),
        ("in the Kremlin", True),
        ("a palace of culture", False),
        ("", False),
    ],
)
def test_has_any_is_any_over_the_words(text: str, expected: bool) -> None:
    assert mentions._has_any(text, WORDS) is expected
    assert mentions._has_any(text, frozenset(WORDS)) is expected
    assert any(w in text for w in WORDS) is expected


def test_topic_words_need_no_lower_casing() -> None:
    """_topics tests its words on the text itself: the pattern is case-sensitive and every
    match has one of the words in lower case."""
    assert not mentions._TOPIC_BEFORE.flags & re.IGNORECASE
    for phrase in [
        "discussed ",
        "discusses the situation in ",
        "raised ",
        "raise ",
        "touched upon ",
        "exchanged views on ",
        "exchange of opinions about ",
        "talked about ",
        "focused on the developments in ",
        "the situation in and around ",
        "the crisis in ",
        "the conflict on ",
        "the war in ",
        "the fighting around ",
        "hostilities in ",
        "discussed bilateral relations with ",
        "discussed the ties with ",
    ]:
        m = mentions._TOPIC_BEFORE.search(phrase)
        assert m is not None, phrase
        assert mentions._has_any(m.group(0), mentions._TOPIC_WORDS), phrase
    # the capitalised forms never match: nothing is lost by not lowering the text
    assert mentions._TOPIC_BEFORE.search("Discussed ") is None
    assert mentions._TOPIC_BEFORE.search("The War in ") is None


def _inline_words(function: object, constant: tuple[str, ...]) -> None:
    """The words a function tests inline (``"w" not in text and ...``) are its constant's."""
    source = inspect.getsource(function)  # type: ignore[arg-type]
    for word in constant:
        assert f'"{word}" not in text' in source, (word, function)


def test_guest_gates_inline_their_words() -> None:
    _inline_words(guests.Guests.note, guests._CUE_WORDS)
    _inline_words(guests.Guests.mentions, guests._GUEST_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "ABUJA, March 3 - Mr. Smith, who is visiting Nigeria, met the minister.",
        "The delegation arrived in Tashkent.",
        "Putin received the President at the Kremlin.",
        "Japan hosted the talks.",
        "The Visit of the Prime Minister.",
        "No cue here at all.",
    ],
)
def test_guest_note_gate_is_the_words_gate(text: str) -> None:
    inline = (
        "isit" not in text and "arriv" not in text and "receiv" not in text and "host" not in text
    )
    assert inline is (not any(w in text for w in guests._CUE_WORDS))


def test_boilerplate_match_is_search() -> None:
    """The boilerplate pattern is anchored at the start (no MULTILINE): match is search."""
    assert facts._BOILERPLATE.pattern.startswith("^(?:")
    assert not facts._BOILERPLATE.flags & re.MULTILINE
    for line in [
        "Also, read: the summit",
        "Read more: Kremlin",
        "— Jane Doe (@jdoe) May 1, 2023",
        "pic.twitter.com/abc",
        "###",
        "The ministers said: Also, read: nothing",
        "Office of the Spokesperson",
    ]:
        assert facts.is_boilerplate(line) is (facts._BOILERPLATE.search(line.strip()) is not None)


def test_all_states_and_people() -> None:
    state = Entity.unlinked("Atlantis", EntityKind.STATE)
    person = Entity.unlinked("Jane Doe", EntityKind.PERSON)
    assert mentions._all_states((state, state)) and not mentions._all_states((state, person))
    assert mentions._all_people((person,)) and not mentions._all_people((person, state))
    assert mentions._all_states(()) and mentions._all_people(())


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2023 the two met; the next day they signed.",
        "İstanbul, 14/04/2023: talks on Tuesday, November 21.",
        "Overnight into Sunday, drones hit Odesa, officials said on Sunday.",
        "A week ago the \u212aelvin summit opened.",
        "No dates here.",
    ],
)
def test_anchors_take_the_lowered_text(text: str) -> None:
    assert _anchors(text, text.lower()) == sorted(_anchors(text, text.lower()))
    found = find_dates(text, dt.date(2023, 11, 22), 0, dt.date(2023, 11, 20))
    assert all(0 <= d.begin < d.end <= len(text) for d in found)
