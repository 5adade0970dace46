"""Session 33 (lead): the heir's title standing alone in the wire style's lower case.

Found while re-reading blind45's misses (its sentences are not used here: each case below is
written afresh).

- **"Khan thanked the crown prince"**: after "Crown Prince Mohammed bin Salman" was named, "the
  crown prince" alone is that person in lower case too (AP and Reuters style), as "the Crown
  Prince" was (``mentions._THE_CROWN_PRINCE``); also before a monarch named next ("the crown
  prince and King Salman": two people). "the Crown Prince and Prime Minister" stays one person's
  two titles, and "the crown prince of Kuwait" another heir.
- **"X, Crown Prince of Abu Dhabi, today received Y"**: a title apposed to the host that names a
  place (or a second title naming the state's armed forces) keeps the comma that closes it when a
  day follows (``mentions._OPEN_TITLE``), and the host's apposition may name a place or state
  (``events._HOST``). Before, the agency formula gave no meeting, or the UAE for the prince.
- **Bodies the KB lacks, listed with their members**: "The Quad brings together the United
  States, Japan, India and Australia" names an unlinked organisation by the capitalised name before
  a listing verb followed by a state (``mentions._listing_bodies``; not a title, a generic word
  alone, or a route: "the Lobito Corridor"); "the Forum on China-Africa Cooperation (FOCAC)" is
  named by its initials counting a link word's and a hyphenated word's parts, the state inside it
  no mention (``mentions._named_by_initials``); a bare "with" list of members ends before a new
  clause (", and the two leaders said ...": ``relations._LIST_ENDING_CLAUSE``).
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


QUAD_MEMBERS = {"Q30", "Q17", "Q668", "Q408"}  # the United States, Japan, India, Australia
CHINA = "Q148"


def _members(text: str) -> set[tuple[str, str]]:
    return {
        (member, org)
        for f in facts(text, dt.date(2022, 3, 19))
        if f.cls.value == "Membership"
        for member in keys(f.get("member"))
        for org in keys(f.get("organization"))
    }


@pytest.mark.parametrize(
    ("text", "org", "members"),
    [
        (
            "The Quad brings together the United States, Japan, India and Australia.",
            "Quad",
            QUAD_MEMBERS,
        ),
        (
            "Founded in 2007, the Quad groups Japan, India, Australia and the United States.",
            "Quad",
            QUAD_MEMBERS,
        ),
        (
            "Japan and India are members of the Quad grouping with the United States and "
            "Australia, and the two leaders said they hoped to meet again soon.",
            "Quad",
            QUAD_MEMBERS,
        ),
        (
            "Wang Yi attended the opening of the Forum on China-Africa Cooperation (FOCAC) in "
            "Dakar. Set up in 2000, FOCAC brings together China, 53 African states and the "
            "African Union Commission.",
            "Forum on China-Africa Cooperation",
            {CHINA},
        ),
        (
            "Xi spoke at the Eighth Ministerial Conference of the Forum on China-Africa "
            "Cooperation (FOCAC) in Dakar. FOCAC groups China and 53 African states.",
            "Forum on China-Africa Cooperation",
            {CHINA},
        ),
    ],
)
def test_bodies_the_kb_lacks_with_their_members(text: str, org: str, members: set[str]) -> None:
    found = _members(text)
    assert {(m, org) for m in members} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The Lobito Corridor unites Angola, Zambia and the Democratic Republic of the Congo.",
        "The Summit brings together China, Russia and India.",
        "The Forum comprises Japan and India.",
    ],
)
def test_no_body_made_of_a_route_or_a_generic_word(text: str) -> None:
    assert not _members(text)


@pytest.mark.parametrize(
    "text",
    [
        "Under the agreement signed in 2014, U.S. forces may rotate through Philippine bases.",
        "Under an accord signed in 2019, French troops can use Emirati ports.",
    ],
)
def test_a_background_signing_is_no_agreement(text: str) -> None:
    """(Merging session 33's history family: "Under an agreement reached in April" is an AGREE,
    one signed in the background is not, ANNOTATION.md §5.)"""
    assert not any(
        f.cls.value == "Event" and str(f.get("eventType")[0]) == "AGREE"
        for f in facts(text, dt.date(2023, 2, 2))
    )
