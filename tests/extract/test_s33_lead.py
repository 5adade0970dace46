"""Session 33 (lead): the heir's title standing alone in the wire style's lower case.

Found while re-reading blind45's misses (its sentences are not used here: each case below is
written afresh).

- **"Khan thanked the crown prince"**: after "Crown Prince Mohammed bin Salman" was named, "the
  crown prince" alone is that person in lower case too (AP and Reuters style), as "the Crown
  Prince" was (``mentions._THE_CROWN_PRINCE``); also before a monarch named next ("the crown
  prince and King Salman": two people). "the Crown Prince and Prime Minister" stays one person's
  two titles, and "the crown prince of Kuwait" another heir.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

MBS, SALMAN, KHAN, SISI = "Q6892571", "Q367825", "Q155164", "Q294392"

DAY = dt.date(2021, 10, 26)
OPENING = "Prime Minister Imran Khan held talks with Crown Prince Mohammed bin Salman in Riyadh. "


def _supports(text: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    return {
        (frozenset(keys(f.get("actor"))), frozenset(keys(f.get("recipient"))))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "SUPPORT"
    }


@pytest.mark.parametrize(
    ("text", "actor", "recipients"),
    [
        ("Khan thanked the crown prince for his help.", KHAN, {MBS}),
        ("Khan thanked the crown prince and King Salman for their support.", KHAN, {MBS, SALMAN}),
        ("Khan thanked King Salman and the crown prince for their support.", KHAN, {SALMAN, MBS}),
        ("Khan thanked the Crown Prince and King Salman for the support.", KHAN, {MBS, SALMAN}),
        ("Khan praised the crown prince for his vision.", KHAN, {MBS}),
    ],
)
def test_the_crown_prince_in_lower_case(text: str, actor: str, recipients: set[str]) -> None:
    assert (frozenset({actor}), frozenset(recipients)) in _supports(OPENING + text)


@pytest.mark.parametrize(
    "text",
    [
        # another heir: the one named before is not meant
        "Khan thanked the crown prince of Kuwait for his help.",
        # no crown prince named before: the title alone links to nobody
        "Khan thanked the crown prince for his help.",
    ],
)
def test_no_heir_taken_for_another(text: str) -> None:
    opening = OPENING if "Kuwait" in text else "Prime Minister Imran Khan held talks in Riyadh. "
    assert not any(MBS in recipients for _, recipients in _supports(opening + text))


MBZ, MACRON, TAMIM, ERDOGAN = "Q1951896", "Q3052772", "Q1855372", "Q39259"


def _meetings(text: str, day: dt.date) -> set[frozenset[str]]:
    return {
        frozenset(keys(f.get("participant"))) for f in facts(text, day) if f.cls.value == "Meeting"
    }


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the agency formula: a title naming a place, then "today" before the verb
        (
            "His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, today "
            "received French President Emmanuel Macron.",
            {MBZ, MACRON},
        ),
        # two titles, the second naming the state's armed forces
        (
            "His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and "
            "Deputy Supreme Commander of the UAE Armed Forces, today received French President "
            "Emmanuel Macron at the Qasr Al Watan palace.",
            {MBZ, MACRON},
        ),
        (
            "Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, on Sunday received "
            "President Emmanuel Macron of France.",
            {MBZ, MACRON},
        ),
        (
            "Sheikh Tamim bin Hamad Al Thani, Emir of the State of Qatar, today received Turkish "
            "President Recep Tayyip Erdogan in Doha.",
            {TAMIM, ERDOGAN},
        ),
    ],
)
def test_host_with_a_title_naming_a_place(text: str, people: set[str]) -> None:
    assert frozenset(people) in _meetings(text, dt.date(2021, 12, 3))
