"""Person coreference (session 15): a headline's short name ("Prime Minister Abiy") is the
body's linked person everywhere; role nouns ("his Indonesian colleague", "his counterpart",
"the Chinese minister", "the visiting minister") are the one person of the article who fits,
also as the object of an act ("invited his Chinese counterpart to visit Moscow"); an
Indonesian, Thai or Ethiopian official is called again by the given name; and the near misses
that must give no one."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact
from tests.extract.test_patterns import facts, facts_of, keys

ABIY, DEMEKE, RETNO, DON, PRAYUT = "Q50365049", "Q16728486", "Q18342668", "Q20558348", "Q2108126"
TOKAYEV, WIDODO, LAVROV, WANG_YI, PUTIN = "Q200881", "Q3318231", "Q58217", "Q701801", "Q7747"
ERDOGAN, ALIYEV, CAVUSOGLU, BAYRAMOV, BLINKEN = (
    "Q39259",
    "Q57371",
    "Q249206",
    "Q16366137",
    "Q7821917",
)
CHINA, INDONESIA, AZERBAIJAN = "Q148", "Q252", "Q227"


def _titled(title: str, body: str, day: dt.date) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, title=title, date=day)
    return extract(article, load_index())


def _people(found: list[Fact]) -> set[str]:
    """Every person of the facts, by QID or (unlinked) label."""
    return {
        v.qid or f"~{v.label}"
        for f in found
        for _, values in f.args
        for v in values
        if isinstance(v, Entity) and v.kind.value == "person"
    }


def _events(found: list[Fact], code: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    return {
        (frozenset(keys(f.get("actor"))), frozenset(keys(f.get("recipient"))))
        for f in facts_of(found, "Event")
        if str(f.get("cameoCode")[0]) == code
    }


# ---- a headline's short name is the body's linked person ---------------------------------


@pytest.mark.parametrize(
    ("title", "body", "day", "person", "other"),
    [
        (
            "Foreign Minister Demeke's Talks with Prime Minister Abiy",
            "Deputy Prime Minister and Foreign Minister Demeke Mekonnen briefed Ethiopian Prime "
            "Minister Abiy Ahmed in Addis Ababa on Monday. Prime Minister Abiy praised Turkey "
            "for its mediation.",
            dt.date(2022, 11, 7),
            ABIY,
            DEMEKE,
        ),
        (
            "Prime Minister Prayut holds talks with President Tokayev",
            "Thai Prime Minister Prayut Chan-o-cha held talks with Kazakh President Kassym-Jomart "
            "Tokayev in Astana on Tuesday. Prime Minister Prayut thanked Kazakhstan for the "
            "warm welcome.",
            dt.date(2022, 10, 11),
            PRAYUT,
            TOKAYEV,
        ),
        (
            "Minister Retno receives Foreign Minister Don",
            "Indonesian Foreign Minister Retno Marsudi received Thai Foreign Minister Don "
            "Pramudwinai in Jakarta on Friday. Minister Retno commended Thailand for its support "
            "of the ASEAN chairmanship.",
            dt.date(2022, 9, 2),
            RETNO,
            DON,
        ),
    ],
)
def test_a_headline_short_name_is_the_body_s_linked_person(
    title: str, body: str, day: dt.date, person: str, other: str
) -> None:
    found = _titled(title, body, day)
    assert _people(found) == {person, other}, "no unlinked duplicate of the headline's name"
    meetings = facts_of(found, "Meeting")
    assert len(meetings) == 1 and set(keys(meetings[0].get("participant"))) == {person, other}
    assert len([f for f in facts_of(found, "Tenure") if person in keys(f.get("holder"))]) == 1
    assert any(person in keys(f.get("actor")) for f in facts_of(found, "Event"))


def test_the_given_name_alone_is_the_official_named_before() -> None:
    found = facts(
        "Chinese Foreign Minister Wang Yi paid an official visit to Indonesia on Wednesday. "
        "Indonesian Foreign Minister Retno Marsudi received Wang Yi in Jakarta. "
        "Retno thanked China for its vaccine support.",
        dt.date(2022, 8, 3),
    )
    assert (frozenset({RETNO}), frozenset({CHINA})) in _events(found, "051")


def test_a_given_name_is_not_read_for_a_state_that_uses_family_names() -> None:
    found = facts(
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Bali on "
        "Thursday. Sergey thanked China for its support.",
        dt.date(2022, 7, 7),
    )
    assert not any(LAVROV in keys(f.get("actor")) for f in facts_of(found, "Event"))


# ---- role nouns: colleague, counterpart, the minister, the visiting minister --------------


@pytest.mark.parametrize(
    ("text", "code", "actor", "recipient"),
    [
        (
            "Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev in "
            "Ankara on Monday. Erdogan thanked his Azerbaijani colleague for the invitation to "
            "Baku.",
            "051",
            ERDOGAN,
            ALIYEV,
        ),
        (
            # the president, not the commander-in-chief the KB also lists: the article's one
            "Vladimir Putin held talks with President of Indonesia Joko Widodo in the Kremlin "
            "on Thursday. Putin praised his Indonesian colleague for the G20 presidency.",
            "051",
            PUTIN,
            WIDODO,
        ),
        (
            "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Bali "
            "on Thursday. Lavrov invited his Chinese counterpart to visit Moscow.",
            "036",
            LAVROV,
            WANG_YI,
        ),
        (
            # no demonym: the other minister who met, not Lavrov himself
            "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Bali "
            "on Thursday. Lavrov thanked his counterpart for the hospitality.",
            "051",
            LAVROV,
            WANG_YI,
        ),
        (
            # "the Chinese minister": the Chinese foreign minister of the article
            "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Bali "
            "on Thursday. Lavrov invited the Chinese minister to visit Moscow.",
            "036",
            LAVROV,
            WANG_YI,
        ),
        (
            "Turkish Foreign Minister Mevlut Cavusoglu paid an official visit to Azerbaijan on "
            "Tuesday. Azerbaijani Foreign Minister Jeyhun Bayramov received Cavusoglu in Baku. "
            "The visiting minister invited Bayramov to visit Ankara.",
            "036",
            CAVUSOGLU,
            BAYRAMOV,
        ),
        (
            # "for Azerbaijan's support": what he is thanked for, not a "Minister for Azerbaijan"
            "Turkish Foreign Minister Mevlut Cavusoglu paid an official visit to Azerbaijan on "
            "Tuesday. Azerbaijani Foreign Minister Jeyhun Bayramov received Cavusoglu in Baku. "
            "Bayramov thanked the visiting minister for Turkey's support.",
            "051",
            BAYRAMOV,
            CAVUSOGLU,
        ),
    ],
)
def test_a_role_noun_is_the_one_person_of_the_article_who_fits(
    text: str, code: str, actor: str, recipient: str
) -> None:
    found = facts(text, dt.date(2022, 7, 7))
    assert (frozenset({actor}), frozenset({recipient})) in _events(found, code)


def test_a_colleague_and_counterpart_after_a_possessive_are_one_reference() -> None:
    found = facts(
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Bali on "
        "Thursday. Lavrov and his Chinese counterpart signed a protocol on consultations.",
        dt.date(2022, 7, 7),
    )
    signings = [f for f in facts_of(found, "Event") if str(f.get("cameoCode")[0]) == "057"]
    assert signings and set(keys(signings[0].get("actor"))) == {LAVROV, WANG_YI}


@pytest.mark.parametrize(
    "text",
    [
        # no demonym: "my colleague", "his colleague" are of one's own side, or anyone
        "Secretary Blinken met Indonesian Foreign Minister Retno Marsudi in Jakarta on Thursday. "
        "The Secretary thanked his colleague for the hospitality.",
        "Secretary Blinken met Indonesian Foreign Minister Retno Marsudi in Jakarta on Thursday. "
        "Blinken thanked my colleague for the hospitality.",
    ],
)
def test_a_colleague_without_a_state_is_nobody(text: str) -> None:
    found = facts(text, dt.date(2023, 8, 3))
    assert not any(RETNO in keys(f.get("recipient")) for f in facts_of(found, "Event"))


def test_a_counterpart_of_two_others_is_nobody() -> None:
    # Lavrov met two foreign ministers: "his counterpart" is unclear
    found = facts(
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi and "
        "Azerbaijani Foreign Minister Jeyhun Bayramov in Bali on Thursday. Lavrov thanked his "
        "counterpart for the hospitality.",
        dt.date(2022, 7, 7),
    )
    assert not _events(found, "051") & {
        (frozenset({LAVROV}), frozenset({WANG_YI})),
        (frozenset({LAVROV}), frozenset({BAYRAMOV})),
    }


def test_a_colleague_named_before_anyone_is_the_state_at_most() -> None:
    found = facts(
        "Vladimir Putin thanked his Indonesian colleague for the invitation to the G20 summit. "
        "Putin met President of Indonesia Joko Widodo in the Kremlin on Thursday.",
        dt.date(2022, 6, 30),
    )
    assert (frozenset({PUTIN}), frozenset({WIDODO})) not in _events(found, "051")
