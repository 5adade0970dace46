"""Summits and calls on unseen phrasings (session 14): a summit the subject took part in with
the leaders named after it ("participated in the U.S.-Nordic Leaders' Summit in Helsinki with
..."), placed past the summit's name; a bilateral of two of its leaders as a meeting of its own;
"the leaders" after that bilateral as all of the summit ("the two leaders" stay the pair); a
nickname in quotes after a name ("Pushpa Kamal Dahal 'Prachanda'"); and a call told of in
reported speech ("he had also discussed the situation by telephone with ..."), past and undated."""

from __future__ import annotations

import datetime as dt

from dipld.model import Entity, Fact, FactClass, Status
from tests.extract.test_patterns import facts

BIDEN, NIINISTO, FREDERIKSEN, STORE = "Q6279", "Q29207", "Q5015", "Q467948"
MODI, ALBANESE, PUTIN, RAHMON = "Q1058", "Q335697", "Q7747", "Q57366"
HELSINKI_DAY = dt.date(2023, 7, 13)


def _of(found: list[Fact], cls: FactClass) -> list[Fact]:
    return [f for f in found if f.cls is cls]


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _meetings(found: list[Fact]) -> list[set[str]]:
    return [_keys(f, "participant") for f in _of(found, FactClass.MEETING)]


_SUMMIT = (
    "Today, President Biden participated in the U.S.-Nordic Leaders' Summit in Helsinki with "
    "President Niinistö of Finland, Prime Minister Frederiksen of Denmark and Prime Minister "
    "Støre of Norway. Before the summit, President Biden and President Niinistö held a bilateral "
    "meeting at the Presidential Palace. "
)


def test_summit_taken_part_in_is_one_meeting_of_all_named_in_its_city() -> None:
    found = facts(_SUMMIT, HELSINKI_DAY)
    summit = next(f for f in _of(found, FactClass.MEETING) if len(_keys(f, "participant")) == 4)
    assert _keys(summit, "participant") == {BIDEN, NIINISTO, FREDERIKSEN, STORE}
    assert {v.label for v in summit.get("place") if isinstance(v, Entity)} == {"Helsinki"}


def test_took_part_in_a_summit_other_verbs_and_subjects() -> None:
    found = facts(
        "Prime Minister Anthony Albanese took part in the Quad Leaders' Summit in Tokyo on "
        "Tuesday with Prime Minister Narendra Modi and President Joe Biden.",
        dt.date(2022, 5, 27),
    )
    assert {ALBANESE, MODI, BIDEN} in _meetings(found)


def test_bilateral_before_the_summit_is_a_meeting_of_its_own() -> None:
    found = facts(_SUMMIT, HELSINKI_DAY)
    assert {BIDEN, NIINISTO} in _meetings(found)
    assert len(_of(found, FactClass.MEETING)) == 2


def test_the_leaders_after_the_bilateral_are_all_of_the_summit() -> None:
    found = facts(_SUMMIT + "The leaders condemned Russia's war of aggression.", HELSINKI_DAY)
    accuse = next(
        f for f in found if f.cls is FactClass.EVENT and "111" in map(str, f.get("cameoCode"))
    )
    assert _keys(accuse, "actor") == {BIDEN, NIINISTO, FREDERIKSEN, STORE}


def test_the_two_leaders_after_the_bilateral_are_the_pair() -> None:
    found = facts(_SUMMIT + "The two leaders condemned Russia's war of aggression.", HELSINKI_DAY)
    accuse = next(
        f for f in found if f.cls is FactClass.EVENT and "111" in map(str, f.get("cameoCode"))
    )
    assert _keys(accuse, "actor") == {BIDEN, NIINISTO}


def test_summit_to_be_held_is_no_meeting() -> None:
    found = facts(
        "President Biden will participate in the U.S.-Nordic Leaders' Summit in Helsinki with "
        "President Niinistö of Finland and Prime Minister Støre of Norway.",
        HELSINKI_DAY,
    )
    assert not _of(found, FactClass.MEETING)


def test_nickname_in_quotes_after_a_name() -> None:
    for quoted in ("'Prachanda'", "“Prachanda”", '"Prachanda"', "‘Prachanda’"):
        found = facts(
            f"Prime Minister Pushpa Kamal Dahal {quoted} and Prime Minister of India Narendra "
            "Modi held delegation-level talks at Hyderabad House in New Delhi on Thursday.",
            dt.date(2023, 6, 2),
        )
        assert {"Pushpa Kamal Dahal", MODI} in _meetings(found), quoted
        meeting = _of(found, FactClass.MEETING)[0]
        assert {v.label for v in meeting.get("place") if isinstance(v, Entity)} == {
            "Hyderabad House"
        }


def test_nickname_of_a_known_person_with_another_verb() -> None:
    found = facts(
        'President Joe Biden "Scranton Joe" met Prime Minister Anthony Albanese in Canberra.',
        dt.date(2023, 5, 26),
    )
    assert {BIDEN, ALBANESE} in _meetings(found)


def test_quoted_slogan_is_no_nickname() -> None:
    found = facts(
        "Prime Minister Narendra Modi 'Make in India' and President Joe Biden held talks.",
        dt.date(2023, 6, 22),
    )
    assert not any("Make in India" in v for f in found for v in map(str, f.get("participant")))


def test_reported_call_by_telephone_is_a_past_undated_call() -> None:
    found = facts(
        "Russian President Vladimir Putin voiced concern about the Kyrgyz-Tajik border. He said "
        "he had also discussed the situation by telephone with President of Tajikistan Emomali "
        "Rahmon.",
        dt.date(2022, 9, 16),
    )
    call = next(f for f in _of(found, FactClass.MEETING) if RAHMON in _keys(f, "participant"))
    assert _keys(call, "participant") == {PUTIN, RAHMON}
    assert [str(c) for c in call.get("cameoCode")] == ["041"]
    assert call.status is Status.HISTORICAL
    assert not call.get("date")


def test_reported_call_over_the_phone_with_a_named_subject() -> None:
    found = facts(
        "Prime Minister Anthony Albanese had earlier discussed trade over the phone with Prime "
        "Minister Narendra Modi.",
        dt.date(2023, 3, 10),
    )
    assert {ALBANESE, MODI} in _meetings(found)


def test_discussed_without_a_call_is_no_call() -> None:
    found = facts(
        "He said he had also discussed the situation with his advisers by the phone bank.",
        dt.date(2022, 9, 16),
    )
    assert not _of(found, FactClass.MEETING)
