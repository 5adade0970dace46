"""Criticism and accusations told in ways the rules did not read (session 36b, critic).

The sentences are written for this session in ministry and wire styles (none from a gold set).
Conventions followed (all earlier sessions' except where said):

- Western states accused as a group ("accused Western countries of ...", "Western members of
  the council"): the group, unlinked (ANNOTATION.md §2), is the one accused (ACCUSE 112); not
  "the West", and not a group whose states the sentence names ("Western countries, including
  France").
- A foreign ministry's own release that says, in its own voice, "Responsibility for this attack
  lies with X" blames X (ACCUSE 111 by the ministry's state); a wire story's own voice, a
  hedge, or a party of the ministry's own state gives nothing.
- An act named later by its noun alone ("the seizure", "the move") is the act a sentence told as
  an event (a seizure, an attack, a sanction), even when the rules read that act only as an
  event and not by a verb of their own; "the move", "the decision" with no act told just before
  is the deed the article opens with (its news), when it is not the judging party's own. Deeds
  dated long before the article are background.

Hit rate at main 02f673d5 (before): positives 2/14, negatives 11/11.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity
from tests.extract.test_patterns import typed_events

DAY = dt.date(2023, 9, 22)

RUSSIA, IRAN, CHINA, POLAND, GREECE, USA = "Q159", "Q794", "Q148", "Q36", "Q41", "Q30"
AZERBAIJAN, ARMENIA, LITHUANIA, JAPAN = "Q227", "Q399", "Q37", "Q17"
LAVROV, NEBENZIA = "Q58217", "Q1000053"

# (text, (type, actors, recipients)); actors of None are not checked
POSITIVES = [
    # 1. Western states accused as a group
    (
        "Foreign Minister Sergei Lavrov accused Western countries of trying to isolate Russia "
        "through illegal sanctions.",
        ("ACCUSE", {LAVROV}, {"Western countries"}),
    ),
    (
        "Iran has accused Western powers of meddling in its internal affairs.",
        ("ACCUSE", {IRAN}, {"Western powers"}),
    ),
    (
        "Russia's U.N. ambassador, Vassily Nebenzia, said the vote was a farce and accused "
        "Western members of the council of provoking a confrontation.",
        ("ACCUSE", {NEBENZIA}, {"Western members of the council"}),
    ),
    (
        "China on Tuesday accused Western governments of politicising the pandemic.",
        ("ACCUSE", {CHINA}, {"Western governments"}),
    ),
    # 3. an act told as an event, named by its noun
    (
        "Iran's navy seized a Greek-flagged tanker in the Strait of Hormuz on Tuesday. "
        "Athens called the seizure an act of piracy.",
        ("ACCUSE", {GREECE}, {IRAN}),
    ),
    # 3b. "the move" with no act just before: the deed the article opens with
    (
        "Russia halted natural gas supplies to Poland on Wednesday.\n\n"
        "Gazprom said Warsaw had not paid in rubles.\n\n"
        "Polish Prime Minister Mateusz Morawiecki accused Moscow of blackmail.\n\n"
        "Polish President Andrzej Duda called the move a gross violation of the contract.",
        ("ACCUSE", None, {RUSSIA}),
    ),
    (
        "China suspended imports of Japanese seafood on Thursday.\n\n"
        "The customs authority said the ban protected consumers.\n\n"
        "Japan's Prime Minister Fumio Kishida accused Beijing of spreading false claims.\n\n"
        "The United States called the decision unjustified and politically motivated.",
        ("ACCUSE", {USA}, {CHINA}),
    ),
]

# 4. an embargo told as an event, named later as "the sanctions"
SANCTIONS = [
    (
        "Leaders of the Economic Community of West African States met in Accra on Sunday.\n\n"
        "At the summit, West African leaders imposed a raft of economic sanctions on Guinea.\n\n"
        "The bloc also closed its members' borders with the country.\n\n"
        "Guinea's junta condemned the sanctions as illegal and illegitimate.",
        ("ACCUSE", {"Q1006"}, {"Q193272"}),
    ),
    (
        "The United States on Tuesday froze the assets of Nicaragua's central bank.\n\n"
        "Washington said the measure targeted corruption.\n\n"
        "Nicaraguan Foreign Minister Denis Moncada condemned the sanctions as illegal.",
        ("ACCUSE", None, {USA}),
    ),
]

# 5. a party's hostile course, or its ruin of ties, rebuked in a clause
COURSES = [
    (
        "Kremlin spokesman Dmitry Peskov said Tallinn was pursuing an unfriendly course "
        "towards Russia.",
        ("ACCUSE", None, {"Q191"}),
    ),
    (
        "Foreign Minister Sergei Lavrov said on Monday that Finland was pursuing an "
        "anti-Russian policy.",
        ("ACCUSE", {LAVROV}, {"Q33"}),
    ),
    (
        "Chinese Foreign Ministry spokesman Wang Wenbin said Lithuania had destroyed bilateral "
        "relations.",
        ("ACCUSE", None, {LITHUANIA}),
    ),
]

# a foreign ministry's own release: (text, publisher, (type, actors, recipients))
RELEASES = [
    (
        "An armed man attacked the Embassy of Azerbaijan in Tehran today.\n\n"
        "Responsibility for this attack lies with Iran, which ignored our repeated appeals.",
        "Ministry of Foreign Affairs of the Republic of Azerbaijan",
        ("ACCUSE", {AZERBAIJAN}, {IRAN}),
    ),
    (
        "Shells hit the village of Sotk this morning.\n\n"
        "Full responsibility for the shelling rests with Azerbaijan.",
        "Ministry of Foreign Affairs of the Republic of Armenia",
        ("ACCUSE", {ARMENIA}, {AZERBAIJAN}),
    ),
]


def _keys(values: tuple[object, ...]) -> set[str]:
    return {v.qid or v.label for v in values if isinstance(v, Entity)}  # type: ignore[misc]


def _release_events(text: str, publisher: str) -> list[tuple[str, set[str], set[str]]]:
    article = Article(id="t", source="t.txt", body=text, date=DAY, publisher=publisher)
    return [
        (str(f.get("eventType")[0]), _keys(f.get("actor")), _keys(f.get("recipient")))
        for f in extract(article, load_index())
        if f.cls.value == "Event"
    ]


def _found(want: tuple[str, set[str] | None, set[str]], got: list[tuple]) -> bool:
    kind, actors, recipients = want
    return any(g[0] == kind and actors in (None, g[1]) and g[2] == recipients for g in got)


@pytest.mark.parametrize(("text", "want"), POSITIVES + SANCTIONS + COURSES)
def test_criticism_told(text: str, want: tuple[str, set[str] | None, set[str]]) -> None:
    got = typed_events(text, DAY)
    assert _found(want, got), got


@pytest.mark.parametrize(("text", "publisher", "want"), RELEASES)
def test_release_lays_responsibility(
    text: str, publisher: str, want: tuple[str, set[str] | None, set[str]]
) -> None:
    got = _release_events(text, publisher)
    assert _found(want, got), got


FINLAND, ESTONIA = "Q33", "Q191"

# (text, the parties no accusation may name as accused)
NEGATIVES = [
    # a denial, a group whose states are named
    ("Russia did not accuse Western countries of anything.", {"Western countries"}),
    ("China accused Western countries, including France, of meddling.", {"Western countries"}),
    # the judging party's own deed the article opens with
    (
        "Russia halted natural gas supplies to Finland on Saturday.\n\n"
        "Gazprom said Helsinki had not paid in rubles.\n\n"
        "Finnish officials accused Moscow of blackmail.\n\n"
        "Kremlin spokesman Dmitry Peskov called the move unavoidable.",
        {FINLAND},
    ),
    (
        "Russia halted natural gas supplies to Finland on Saturday.\n\n"
        "Finnish officials accused Moscow of blackmail.\n\n"
        "The Kremlin called the move a response to unfriendly actions.",
        {FINLAND},
    ),
    # a course denied or one's own; ties that may be ruined
    ("Peskov said Tallinn was not pursuing an unfriendly course towards Russia.", {ESTONIA}),
    ("Lavrov said Russia was pursuing an aggressive policy in its own interest.", {RUSSIA}),
    ("Wang Wenbin said Lithuania could destroy bilateral relations.", {LITHUANIA}),
    # a judgement hedged
    (
        "Iran's navy seized a Greek-flagged tanker on Tuesday. "
        "Athens may call the seizure an act of piracy.",
        {IRAN},
    ),
]


@pytest.mark.parametrize(("text", "never"), NEGATIVES)
def test_criticism_not_told(text: str, never: set[str]) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == "ACCUSE" and e[2] & never]
    assert not got, got


RELEASE_NEGATIVES = [
    # a wire story's own voice, hedged, one's own side
    (
        "Responsibility for this attack lies with Iran, which ignored repeated appeals.",
        "Reuters",
    ),
    (
        "Responsibility for the attack may lie with Iran.",
        "Ministry of Foreign Affairs of the Republic of Azerbaijan",
    ),
    (
        "Responsibility for the security of the embassy lies with Azerbaijan.",
        "Ministry of Foreign Affairs of the Republic of Azerbaijan",
    ),
]


@pytest.mark.parametrize(("text", "publisher"), RELEASE_NEGATIVES)
def test_release_lays_no_responsibility(text: str, publisher: str) -> None:
    got = [e for e in _release_events(text, publisher) if e[0] == "ACCUSE"]
    assert not got, got
