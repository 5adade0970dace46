"""Acts told inside noun phrases, relative clauses and passives (session 16): a signing told in a
relative clause ("the compact that the United States and Senegal signed in 2018", "the
memorandum Morocco and Nigeria signed in December 2016", "the protocol that Tanzania signed with
Rwanda") is a treaty relation of its signatories, dated by the clause (a background signing: no
SUPPORT 057); a passive with a by-agent ("Azerbaijan was criticised by France", "the draft was
vetoed by Russia") has the agent as its actor and the subject as its recipient, and an
agentless one names no actor; an act named with its agent after "by" ("the invasion of Ukraine
by Russia", "the drone attack by Russia on Odesa", "the release of the journalists by Burkina
Faso") is that agent's. Near misses give nothing: signings hoped for, to come, drafts or
negated; a passive negated or hedged; "by" before a deadline; an attack named as the setting of
another act."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import date_values, facts, keys

DAY = dt.date(2024, 6, 12)
USA, SENEGAL, MOROCCO, NIGERIA, CHILE, ARGENTINA = "Q30", "Q1041", "Q1028", "Q1033", "Q298", "Q414"
TANZANIA, RWANDA, AZERBAIJAN, FRANCE, RUSSIA, MALI = "Q924", "Q1037", "Q227", "Q142", "Q159", "Q912"
ALGERIA, SUDAN, CHAD, LEBANON, ISRAEL, BOLIVIA = "Q262", "Q1049", "Q657", "Q822", "Q801", "Q750"
PERU, LITHUANIA, CHINA, ESTONIA, UKRAINE, JORDAN = "Q419", "Q37", "Q148", "Q191", "Q212", "Q810"
GHANA, BURKINA, SYRIA = "Q117", "Q965", "Q858"


def _events(found: list[Fact]) -> set[tuple[str, str, frozenset[str], frozenset[str]]]:
    return {
        (
            str(f.get("eventType")[0]),
            str(f.get("cameoCode")[0]),
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
        )
        for f in found
        if f.cls.value == "Event"
    }


def _treaties(found: list[Fact]) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    return [
        (frozenset(keys(f.get("party"))), date_values(f, "date"))
        for f in found
        if f.cls.value == "TreatyRelation"
    ]


# ---- a signing told in a relative clause ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "date"),
    [
        (
            "The ministers reviewed the compact that the United States and Senegal signed in 2018.",
            {USA, SENEGAL},
            "2018",
        ),
        (
            "Officials praised the memorandum of understanding Morocco and Nigeria signed in "
            "December 2016, under which a gas pipeline is to be built.",
            {MOROCCO, NIGERIA},
            "2016-12",
        ),
        (
            "The protocol that Tanzania signed with Rwanda in 2021 covers the railway.",
            {TANZANIA, RWANDA},
            "2021",
        ),
        (
            "Chile and Argentina marked the anniversary of the treaty the two countries signed "
            "in 1984.",
            {CHILE, ARGENTINA},
            "1984",
        ),
        (
            "Both governments said the accord which Bolivia and Peru concluded in 2019 still "
            "stands.",
            {BOLIVIA, PERU},
            "2019",
        ),
    ],
)
def test_signing_in_a_relative_clause_is_a_dated_treaty_relation(
    text: str, parties: set[str], date: str
) -> None:
    found = facts(text, DAY)
    assert (frozenset(parties), (date,)) in _treaties(found), _treaties(found)
    # a background signing: no SUPPORT 057 (ANNOTATION.md §4, §5)
    assert not any(code == "057" for _, code, _, _ in _events(found))


@pytest.mark.parametrize(
    "text",
    [
        "Senegal discussed an agreement it hopes to sign with Morocco.",
        "The agreement that Tanzania and Rwanda will sign next month covers trade.",
        "The agreement to be signed by Tanzania and Rwanda next month will cover shipping.",
        "Peru said the draft treaty that Peru and Bolivia signed last week is not binding.",
        "The memorandum Chile and Argentina have not signed remains under review.",
        "The accord should be signed by the end of the year.",
    ],
)
def test_signing_not_done_gives_no_treaty(text: str) -> None:
    assert not _treaties(facts(text, DAY))


# ---- passives with a by-agent -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Azerbaijan was sharply criticised by France on Wednesday over the closure of the "
            "corridor.",
            ("ACCUSE", "111", frozenset({FRANCE}), frozenset({AZERBAIJAN})),
        ),
        (
            "Mali was urged by Algeria to return to the peace process.",
            ("REQUEST", "100", frozenset({ALGERIA}), frozenset({MALI})),
        ),
        (
            "Sudan was accused by Chad of arming rebels along the border.",
            ("ACCUSE", "112", frozenset({CHAD}), frozenset({SUDAN})),
        ),
        (
            "Lebanon was threatened by Israel with a wider offensive.",
            ("THREATEN", "130", frozenset({ISRAEL}), frozenset({LEBANON})),
        ),
        # adverbs and asides between the auxiliary and the participle
        (
            "Chad, in turn, was accused by Sudan of arming the rebels.",
            ("ACCUSE", "112", frozenset({SUDAN}), frozenset({CHAD})),
        ),
        (
            "Chad was in turn accused by Sudan of arming the rebels.",
            ("ACCUSE", "112", frozenset({SUDAN}), frozenset({CHAD})),
        ),
        (
            "Azerbaijan was, however, criticised by France.",
            ("ACCUSE", "111", frozenset({FRANCE}), frozenset({AZERBAIJAN})),
        ),
        (
            "Lithuania was criticised by Chinese officials on Monday.",
            ("ACCUSE", "111", frozenset({CHINA}), frozenset({LITHUANIA})),
        ),
        # a veto has no recipient (ANNOTATION.md §5)
        (
            "The draft resolution on Syria was vetoed by Russia on Tuesday.",
            ("REJECT", "129", frozenset({RUSSIA}), frozenset()),
        ),
        # the subject names an act told before: its makers
        (
            "Bolivia and Peru signed an energy agreement on Monday. The agreement was "
            "criticised by Chile.",
            ("ACCUSE", "111", frozenset({CHILE}), frozenset({BOLIVIA, PERU})),
        ),
    ],
)
def test_passive_agent_acts_on_its_subject(
    text: str, event: tuple[str, str, frozenset[str], frozenset[str]]
) -> None:
    found = _events(facts(text, DAY))
    assert event in found, found
    # never the other way round
    kind, code, actor, recipient = event
    assert (kind, code, recipient, actor) not in found or not recipient


def test_passive_veto_keeps_the_date_of_its_clause() -> None:
    found = facts("The draft resolution on Syria was vetoed by Russia on Tuesday.", DAY)
    (veto,) = [f for f in found if f.cls.value == "Event"]
    assert date_values(veto, "date") == ("2024-06-11",)


@pytest.mark.parametrize(
    "text",
    [
        # agentless: the subject suffers the act, no one is named for it
        "Azerbaijan was criticised for the closure of the corridor.",
        "Mali was urged to return to the peace process.",
        # negated, hedged
        "The resolution that was not vetoed by China passed on Tuesday.",
        "Mali could be condemned by Algeria if it leaves the process.",
        "Sudan was not accused by Chad of anything.",
        # "by" before a deadline
        "The sanctions should be reviewed by the end of the year.",
    ],
)
def test_passive_without_an_agent_names_no_actor(text: str) -> None:
    found = _events(facts(text, DAY))
    assert not {e for e in found if e[0] in {"ACCUSE", "REQUEST", "REJECT"}}, found


# ---- acts named with their agent after "by" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Estonia condemned the invasion of Ukraine by Russia.",
            ("ACCUSE", "111", frozenset({ESTONIA}), frozenset({RUSSIA})),
        ),
        (
            "Jordan condemned the air strike by Israel on Lebanon.",
            ("ACCUSE", "111", frozenset({JORDAN}), frozenset({ISRAEL})),
        ),
        (
            "The missile strike by Russia on Kyiv killed four people on Sunday.",
            ("ASSAULT", "195", frozenset({RUSSIA}), frozenset({UKRAINE})),
        ),
        (
            "Ghana welcomed the release of the detained journalists by Burkina Faso.",
            ("SUPPORT", "051", frozenset({GHANA}), frozenset({BURKINA})),
        ),
    ],
)
def test_act_named_with_its_agent(
    text: str, event: tuple[str, str, frozenset[str], frozenset[str]]
) -> None:
    assert event in _events(facts(text, DAY)), _events(facts(text, DAY))


def test_attack_by_agent_as_setting_is_no_attack() -> None:
    # "after the invasion ... by Russia": the cause of another act (ANNOTATION.md §5)
    found = _events(facts("Finland joined NATO after the invasion of Ukraine by Russia.", DAY))
    assert not {e for e in found if e[0] == "ASSAULT"}, found


def test_reaction_to_an_attack_is_not_the_reacting_party_s_attack() -> None:
    found = _events(facts("Jordan condemned the air strike by Israel on Lebanon.", DAY))
    assert not {e for e in found if e[0] == "ASSAULT"}, found


def test_welcome_of_a_draft_names_not_its_author() -> None:
    found = _events(facts("Ghana welcomed the resolution drafted by Senegal.", DAY))
    assert not {e for e in found if SENEGAL in e[3]}, found
