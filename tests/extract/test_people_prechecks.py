"""The pre-checks of people's rules (honorifics, meeting verbs) skip a sentence that lacks every
literal a match needs; these tests keep the literals in step with the patterns they guard."""

from __future__ import annotations

import pytest

from dipld.extract import people

# one phrase for each honorific of people._ONE_HONORIFIC
HONORIFICS = [
    "Mr Dini",
    "Mr. Dini",
    "Mrs Dini",
    "Ms Dini",
    "Dr. Kikeo",
    "Prof Kikeo",
    "H.E. Mao Havannall",
    "HE Mao Havannall",
    "Sir Keir Starmer",
    "Madam Sarah Dini",
    "Mme Dini",
    "Mister Dini",
    "General Dini",
    "Gen. Dini",
    "Admiral Dini",
    "Adm. Dini",
    "Colonel Dini",
    "Col. Dini",
    "Marshal Dini",
    "Lieutenant General Dini",
    "Lt. Gen. Dini",
    "Honourable Dini",
    "Honorable Dini",
    "Hon. Dini",
    "His Excellency Dini",
    "Her Excellency Dini",
    "His Royal Highness Dini",
    "Her Royal Highness Dini",
    "HRH Dini",
    "Prince Dini",
    "Princess Dini",
    "Sheikh Dini",
    "Sheikha Dini",
    "Senator Penny Wong",
    "Senator the Hon Penny Wong",
    "Senator the Rt Hon Penny Wong",
    "the Rt Hon David Lammy",
    "the Rt. Hon. David Lammy",
    "the Right Honourable David Lammy",
]


@pytest.mark.parametrize("phrase", HONORIFICS)
def test_every_honorific_name_passes_the_honorific_precheck(phrase: str) -> None:
    found = people._HONORIFIC_NAME.search(phrase)
    assert found, f"the pattern no longer reads {phrase!r}"
    assert people._HONORIFIC_HINT.search(found.group(0)), (
        f"{phrase!r} matches the pattern, but the pre-check skips it: add its start"
    )


MEETINGS = [
    "Meloni met Ursula von der Leyen",
    "Meloni meets Ursula von der Leyen",
    "a meeting with Ursula von der Leyen",
    "talks with Ursula von der Leyen",
    "Meloni spoke with Ursula von der Leyen",
    "Meloni spoke to Ursula von der Leyen",
    "Meloni talked with Ursula von der Leyen",
    "Meloni received Ursula von der Leyen",
    "Meloni hosted Ursula von der Leyen",
    "Meloni welcomed Ursula von der Leyen",
    "a call with Ursula von der Leyen",
    "a conversation with Ursula von der Leyen",
    *(
        f"Macron {verb} Ursula von der Leyen"
        for verb in (
            "praised thanked congratulated endorsed invited urged condemned criticised "
            "criticized accused"
        ).split()
    ),
]


@pytest.mark.parametrize("phrase", MEETINGS)
def test_every_meeting_verb_passes_the_meeting_precheck(phrase: str) -> None:
    found = people._MEETING_VERB_HINT.search(phrase)
    assert found, f"the pattern no longer reads {phrase!r}"
    assert any(verb in found.group(0) for verb in people._MEETING_VERB_WORDS), (
        f"{phrase!r} matches the pattern, but the pre-check skips it: add its verb"
    )
