"""Memberships (session 15, mem8): a second clause with its own member after a list of
organisations ("... members of the G20, and Turkey is a founding member of the OECD"); "both
countries" after a meeting sentence that names topic states ("to discuss aid to Ukraine") or
after a sentence naming the headline's pair among others; organisations the KB lacks named
where only a body can stand ("which chairs APEC", "fellow Quad members", "The Quad brings
together ...", "the Americas Partnership for Economic Prosperity"); chairs passed on in a
relative clause (a capital standing for its state); members named by their people ("the other
two Quad members, India's S. Jaishankar and Australia's Penny Wong"); "their coordination as
NATO Allies"; "an ASEAN Member State since 1995"; a joining after an aside ("Croatia, a NATO
Ally since 2009, also joined the EU in 2013"); and the near misses that stay without one."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact
from tests.extract.test_patterns import date_values, facts_of, key, memberships

DAY = dt.date(2023, 9, 4)

RUSSIA, TURKEY, BRAZIL, SOUTH_AFRICA, INDIA, JAPAN, AUSTRALIA, US = (
    "Q159",
    "Q43",
    "Q155",
    "Q258",
    "Q668",
    "Q17",
    "Q408",
    "Q30",
)
HUNGARY, SLOVAKIA, ARGENTINA, URUGUAY, CHINA, UZBEKISTAN, PERU, CHILE = (
    "Q28",
    "Q214",
    "Q414",
    "Q77",
    "Q148",
    "Q265",
    "Q419",
    "Q298",
)
CROATIA, ALBANIA, VIETNAM, KENYA, POLAND, ESTONIA, UKRAINE = (
    "Q224",
    "Q222",
    "Q881",
    "Q114",
    "Q36",
    "Q191",
    "Q212",
)
EU, NATO, G20, OECD, ASEAN, MERCOSUR = "Q458", "Q7184", "Q19771", "Q41550", "Q7768", "Q4264"


def _facts(body: str, title: str | None = None, day: dt.date = DAY) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, title=title, date=day)
    return extract(article, load_index())


def _unlinked(facts: list[Fact]) -> set[str]:
    return {
        o.label
        for f in facts_of(facts, "Membership")
        for o in f.get("organization")
        if isinstance(o, Entity) and not o.qid
    }


# --- a second clause with its own member --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Russia is a member of the G20, and Turkey is a founding member of the OECD.",
            {(RUSSIA, G20), (TURKEY, OECD)},
        ),
        (
            "Brazil and South Africa are members of the G20, and Brazil is also a member of "
            "Mercosur.",
            {(BRAZIL, G20), (SOUTH_AFRICA, G20), (BRAZIL, MERCOSUR)},
        ),
        (
            "Hungary and Slovakia are members of NATO and the European Union, and belong to the "
            "Visegrad Group.",
            {
                (HUNGARY, NATO),
                (SLOVAKIA, NATO),
                (HUNGARY, EU),
                (SLOVAKIA, EU),
                (HUNGARY, "Visegrad Group"),
                (SLOVAKIA, "Visegrad Group"),
            },
        ),
    ],
)
def test_second_clause_member(body: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(_facts(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Russia is a member of the G20, and Ukraine is not a member of NATO.",
        "Russia is a member of the G20, and Ukraine would be a member of NATO if it could.",
    ],
)
def test_second_clause_not_member(body: str) -> None:
    assert (UKRAINE, NATO) not in memberships(_facts(body))


# --- "both countries" ---------------------------------------------------------------------


def test_both_countries_after_topic_states() -> None:
    body = (
        "Hungarian Prime Minister Viktor Orban met his Slovak counterpart in Budapest on Friday "
        "to discuss aid to Ukraine and relations with Germany. Both countries are members of "
        "NATO."
    )
    facts = _facts(body, title="Hungary, Slovakia leaders meet in Budapest", day=DAY)
    assert memberships(facts) == {(HUNGARY, NATO), (SLOVAKIA, NATO)}


def test_both_countries_the_headline_pair() -> None:
    body = (
        "Argentina accused Uruguay on Thursday of undermining regional trade rules by seeking "
        "a separate deal with China. Both countries are founding members of Mercosur."
    )
    facts = _facts(body, title="Argentina and Uruguay clash over tariffs")
    assert memberships(facts) == {(ARGENTINA, MERCOSUR), (URUGUAY, MERCOSUR)}


def test_both_countries_no_headline_pair() -> None:
    # (the headline names no pair: "both countries" stays unclear among three)
    body = (
        "Argentina accused Uruguay on Thursday of undermining regional trade rules by seeking "
        "a separate deal with China. Both countries are founding members of Mercosur."
    )
    assert not memberships(_facts(body, title="Trade row in South America"))


def test_both_countries_headline_pair_not_named_before() -> None:
    body = (
        "Argentina accused Uruguay on Thursday of undermining trade rules. Chile, Peru and "
        "Bolivia stayed silent. Both countries are founding members of Mercosur."
    )
    facts = _facts(body, title="Argentina and Uruguay clash over tariffs")
    assert not memberships(facts)


# --- organisations the KB lacks ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Peru, which chairs APEC this year, hosted trade ministers.", {(PERU, "APEC")}),
        (
            "The Quad brings together Australia, India, Japan and the United States.",
            {(AUSTRALIA, "Quad"), (INDIA, "Quad"), (JAPAN, "Quad"), (US, "Quad")},
        ),
        (
            "Blinken spoke with fellow Quad members Japan and Australia on Friday.",
            {(JAPAN, "Quad"), (AUSTRALIA, "Quad")},
        ),
        (
            "Peru and Chile are members of the Americas Partnership for Economic Prosperity.",
            {
                (PERU, "Americas Partnership for Economic Prosperity"),
                (CHILE, "Americas Partnership for Economic Prosperity"),
            },
        ),
    ],
)
def test_unlinked_organisations(body: str, expected: set[tuple[str, str]]) -> None:
    facts = _facts(body)
    assert memberships(facts) == expected
    assert _unlinked(facts) == {o for _, o in expected}


@pytest.mark.parametrize(
    "body",
    [
        "Blinken spoke with fellow Muslim members of Congress about Gaza.",
        "The other two European members, France and Italy, objected.",
        "The Forum brings together Kenya, Uganda and Tanzania.",
        "Argentina holds observer status in the Pacific Alliance.",
        "Algeria attended the BRICS meeting in Johannesburg.",
        "Qatar left OPEC in 2019.",
    ],
)
def test_no_unlinked_membership(body: str) -> None:
    assert not memberships(_facts(body))


# --- chairs ------------------------------------------------------------------------------


def test_chair_passes_in_a_relative_clause() -> None:
    body = (
        "The leaders discussed India's assumption of the SCO chairmanship, which passes to "
        "New Delhi from Uzbekistan."
    )
    assert {m for m, _ in memberships(_facts(body))} == {INDIA, UZBEKISTAN}


def test_chair_passes_from_to() -> None:
    body = "They reviewed the presidency of the G20, which passed from India to Brazil."
    assert memberships(_facts(body)) == {(INDIA, G20), (BRAZIL, G20)}


@pytest.mark.parametrize(
    "body",
    [
        "They reviewed the presidency of the G20, which will pass from India to Brazil.",
        "Brazil will assume the G20 presidency next year.",
    ],
)
def test_no_chair_to_come(body: str) -> None:
    assert not memberships(_facts(body))


def test_current_presidency() -> None:
    body = "Biden praised India's current presidency of the G20."
    assert memberships(_facts(body)) == {(INDIA, G20)}


# --- lists, allies, member states --------------------------------------------------------


def test_members_named_by_their_people() -> None:
    body = (
        "Blinken later met the other two Quad members, India's S. Jaishankar and Australia's "
        "Penny Wong."
    )
    assert memberships(_facts(body)) == {(INDIA, "Quad"), (AUSTRALIA, "Quad")}


def test_their_coordination_as_allies() -> None:
    body = (
        "Stoltenberg welcomed the foreign ministers of Poland and Estonia on Monday. The "
        "ministers praised their coordination as NATO Allies."
    )
    assert memberships(_facts(body)) == {(POLAND, NATO), (ESTONIA, NATO)}


def test_member_state_since() -> None:
    facts = _facts("Vietnam, an ASEAN Member State since 1995, hosted the meeting.")
    assert memberships(facts) == {(VIETNAM, ASEAN)}
    assert date_values(facts_of(facts, "Membership")[0], "startDate") == ("1995",)


def test_also_joined_after_an_aside() -> None:
    facts = _facts("Croatia, a NATO Ally since 2009, also joined the European Union in 2013.")
    assert memberships(facts) == {(CROATIA, NATO), (CROATIA, EU)}
    dates = {
        key(f.get("organization")[0]): date_values(f, "startDate")
        for f in facts_of(facts, "Membership")
    }
    assert dates == {NATO: ("2009",), EU: ("2013",)}
