"""Long titles of heads of state (session 14, meet9): the Kremlin's "Chairman of the National
Council for the Safeguard of the Homeland of the Republic of Niger", "President of the
Transition of the Republic of Mali", "Chairman of the Transitional Sovereignty Council of the
Republic of the Sudan": the head of a junta's or a transitional council or committee of a
republic is its head of state, and the call or meeting with them is found. Not a parliament's
chairman ("Chairman of the National Council of the Republic of Slovenia"), nor an alliance's
committee's.

Group references to the officials named before: "the three officials", "the four defence
ministers" held a meeting after they were named as signatories: a meeting of those people,
dated like the ceremony it came before or after; not one they "will" hold, nor when the count
does not fit those named.

Past meetings in a passive agent phrase: "The initiative was first proposed by Turkish
President Erdogan at a meeting with Romanian President Iohannis in Ankara in October": the
historical meeting of the two there and then, and the proposal (AGREE 030) to the other; not a
proposal to be made at a meeting to come."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import find, keys

DAY = dt.date(2024, 3, 26)
NIGER, MALI, CHAD, SUDAN, GUINEA, GABON = "Q1032", "Q912", "Q657", "Q1049", "Q1006", "Q1000"
PUTIN = "Q7747"


def _facts(body: str, url: str = "https://kremlin.ru/events/president/news/1") -> list[Fact]:
    article = Article(
        id="t",
        source="t.txt",
        body=body,
        title="News",
        date=DAY,
        url=url,
        publisher="President of Russia" if "kremlin" in url else "News agency",
    )
    return extract(article, load_index())


def _heads(found: list[Fact]) -> set[str]:
    return {
        state
        for f in found
        if f.cls.value == "Tenure" and {str(v) for v in f.get("role")} == {"HeadOfState"}
        for state in keys(f.get("jurisdiction"))
    }


@pytest.mark.parametrize(
    ("text", "state", "holder"),
    [
        (
            "Vladimir Putin had a telephone conversation with Chairman of the National Council "
            "for the Safeguard of the Homeland of the Republic of Niger Abdourahamane Tiani.",
            NIGER,
            "Abdourahamane Tiani",
        ),
        (
            "Vladimir Putin held talks with President of the Transition of the Republic of Mali "
            "Assimi Goita.",
            MALI,
            None,
        ),
        (
            "Vladimir Putin spoke by telephone with Chairman of the Transitional Military Council "
            "of the Republic of Chad Mahamat Deby.",
            CHAD,
            None,
        ),
        (
            "Vladimir Putin met with Chairman of the Transitional Sovereignty Council of the "
            "Republic of the Sudan Abdel Fattah al-Burhan.",
            SUDAN,
            None,
        ),
        (
            "Vladimir Putin received President of the National Committee of Reconciliation and "
            "Development of the Republic of Guinea Mamady Doumbouya in the Kremlin.",
            GUINEA,
            "Mamady Doumbouya",
        ),
        (
            "Vladimir Putin will meet President of the Committee for the Transition and "
            "Restoration of Institutions of the Gabonese Republic Brice Oligui Nguema.",
            GABON,
            None,
        ),
    ],
)
def test_head_of_a_transitional_body(text: str, state: str, holder: str | None) -> None:
    found = _facts(text)
    assert state in _heads(found)
    if holder is not None:
        assert find(found, "Tenure", holder={holder}, jurisdiction={state})
        assert find(found, "Meeting", participant={PUTIN, holder})


@pytest.mark.parametrize(
    "text",
    [
        # a parliament's chairman, not a junta's
        "Vladimir Putin met with Chairman of the National Council of the Republic of Slovenia "
        "Marta Kos.",
        # an alliance's committee, no republic
        "Vladimir Putin met with Chairman of the Military Committee of NATO Rob Bauer.",
        # a committee of a state's parliament
        "Vladimir Putin met with Chairman of the Foreign Affairs Committee of the Republic of "
        "Niger Ali Mahaman.",
    ],
)
def test_not_a_transitional_head(text: str) -> None:
    assert not _heads(_facts(text))


NEWS = "https://www.dailysabah.com/politics/1"
SIGNED = (
    "Turkish Defense Minister Yasar Guler, Romanian Defense Minister Angel Tilvar and Bulgarian "
    "Defense Minister Todor Tagarev signed the memorandum on the Mine Countermeasures Naval Group "
    "in Istanbul on Thursday.\n\n"
)
THREE = {"Yasar Guler", "Angel Tilvar", "Todor Tagarev"}


@pytest.mark.parametrize(
    ("text", "people", "day"),
    [
        (
            SIGNED + "Before the ceremony, the three officials held a trilateral meeting at the "
            "Turkish Naval Forces headquarters.",
            THREE,
            "2024-03-21",
        ),
        (
            SIGNED + "After the signing ceremony, the three ministers held talks on Black Sea "
            "security.",
            THREE,
            "2024-03-21",
        ),
        (
            SIGNED + "Following the ceremony, the three officials met with the commanders of "
            "their navies.",
            THREE,
            "2024-03-21",
        ),
    ],
)
def test_the_officials_named_before_met(text: str, people: set[str], day: str) -> None:
    meeting = find(_facts(text, NEWS), "Meeting", participant=people)
    assert meeting is not None
    assert {str(v) for v in meeting.get("date")} == {day}


@pytest.mark.parametrize(
    "text",
    [
        SIGNED + "Before the ceremony, the three officials will meet at the Turkish Naval Forces "
        "headquarters.",
        # two people named: "the three officials" are not them
        "Turkish Defense Minister Yasar Guler and Romanian Defense Minister Angel Tilvar signed "
        "the memorandum in Istanbul on Thursday.\n\nBefore the ceremony, the three officials "
        "held a trilateral meeting.",
    ],
)
def test_not_the_officials_named_before(text: str) -> None:
    assert find(_facts(text, NEWS), "Meeting", participant={"Yasar Guler", "Angel Tilvar"}) is None


ERDOGAN, IOHANNIS, ANKARA = "Q39259", "Q701484", "Q3640"


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "The initiative was first proposed by Turkish President Recep Tayyip Erdogan at a "
            "meeting with Romanian President Klaus Iohannis in Ankara in October.",
            ANKARA,
            "2023-10",
        ),
        (
            "The idea had been suggested by Romanian President Klaus Iohannis during talks with "
            "Turkish President Recep Tayyip Erdogan in Ankara on 5 February.",
            ANKARA,
            "2024-02-05",
        ),
    ],
)
def test_proposed_at_a_past_meeting(text: str, place: str, day: str) -> None:
    found = _facts(text, NEWS)
    meeting = find(found, "Meeting", participant={ERDOGAN, IOHANNIS}, place={place})
    assert meeting is not None
    assert {str(v) for v in meeting.get("date")} == {day}
    assert meeting.status.value == "historical"
    proposal = find(found, "Event", eventType="AGREE", cameoCode="030")
    assert proposal is not None
    assert keys(proposal.get("actor")) | keys(proposal.get("recipient")) == {ERDOGAN, IOHANNIS}


@pytest.mark.parametrize(
    "text",
    [
        "The initiative will be proposed by Turkish President Recep Tayyip Erdogan at a meeting "
        "with Romanian President Klaus Iohannis in Ankara in May.",
        "The initiative was proposed by Turkish President Recep Tayyip Erdogan at a meeting to "
        "be held with Romanian President Klaus Iohannis in Ankara in May.",
    ],
)
def test_not_proposed_at_a_past_meeting(text: str) -> None:
    found = _facts(text, NEWS)
    assert find(found, "Meeting", participant={ERDOGAN, IOHANNIS}) is None
    assert find(found, "Event", eventType="AGREE", cameoCode="030") is None
