"""Single constructions (session 13, rel9): an organisation's members signing as it ("The 30 NATO
Allies signed the Accession Protocols for Finland and Sweden", the acceding states parties too),
not a state's allies; borders with a length between ("a land border of some 1,300 kilometres
with Russia"); diplomatic relations of each of several states with a third ("Guatemala and
Belize maintain relations with Taipei", and in an apposition "..., two of the countries that
maintain ..."); meetings of a bilateral council ("A session of the NATO-Russia Council took
place"), talks "held ... by" two officials (historical when the article's act follows them),
and earlier meetings with a third party ("since their meeting with Prime Minister Sunak in San
Diego in March")."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact

DAY = dt.date(2022, 7, 5)

NATO, EU = "Q7184", "Q458"
FINLAND, SWEDEN, RUSSIA, NORWAY, MONGOLIA, CHINA = "Q33", "Q34", "Q159", "Q20", "Q711", "Q148"
ESTONIA, LATVIA, UKRAINE, NORTH_MACEDONIA = "Q191", "Q211", "Q212", "Q221"
GUATEMALA, BELIZE, TAIWAN, PARAGUAY, HAITI = "Q774", "Q242", "Q865", "Q733", "Q790"
BRUSSELS, VILNIUS, GENEVA, SAN_DIEGO, KYIV = "Q239", "Q216", "Q71", "Q16552", "Q1899"
BIDEN, ALBANESE, MACRON, SCHOLZ, ZELENSKY = "Q6279", "Q335697", "Q3052772", "Q61053", "Q3874799"
LAVROV, CAVUSOGLU, SHERMAN = "Q58217", "Q249206", "Q4169153"


def _facts(body: str, day: dt.date = DAY) -> list[Fact]:
    return extract(Article(id="t", source="t.txt", body=body, date=day), load_index())


def _of(found: list[Fact], cls: str) -> list[Fact]:
    return [f for f in found if f.cls.value == cls]


def _keys(fact: Fact, role: str) -> frozenset[str]:
    return frozenset(v.qid or v.label for v in fact.get(role) if isinstance(v, Entity))


def _strings(fact: Fact, role: str) -> tuple[str, ...]:
    return tuple(str(v) for v in fact.get(role))


def _pairs(found: list[Fact], cls: str) -> set[frozenset[str]]:
    return {_keys(f, "party") for f in _of(found, cls)}


def _signings(found: list[Fact]) -> set[tuple[frozenset[str], tuple[str, ...]]]:
    return {
        (_keys(f, "actor"), _strings(f, "date"))
        for f in _of(found, "Event")
        if "057" in _strings(f, "cameoCode")
    }


def _meetings(found: list[Fact]) -> set[tuple[frozenset[str], tuple[str, ...], str, str]]:
    return {
        (
            _keys(f, "participant"),
            _strings(f, "date"),
            ",".join(sorted(_keys(f, "place"))),
            f.status.value,
        )
        for f in _of(found, "Meeting")
    }


# --- an organisation's members sign as it ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "parties", "date"),
    [
        (
            "The 30 NATO Allies signed the Accession Protocols for Finland and Sweden today at "
            "NATO Headquarters in Brussels.",
            {NATO, FINLAND, SWEDEN},
            "2022-07-05",
        ),
        (
            "NATO members signed the protocol on the accession of North Macedonia on Wednesday.",
            {NATO, NORTH_MACEDONIA},
            "2022-06-29",
        ),
        (
            "All 27 EU member states signed the accession treaty with Ukraine yesterday.",
            {EU, UKRAINE},
            "2022-07-04",
        ),
    ],
)
def test_members_of_an_organisation_sign_as_it(body: str, parties: set[str], date: str) -> None:
    found = _facts(body)
    assert {(frozenset(parties), (date,))} == {
        (_keys(f, "party"), _strings(f, "date")) for f in _of(found, "TreatyRelation")
    }


def test_the_allies_signing_is_the_organisations_act() -> None:
    found = _facts(
        "The 30 NATO Allies signed the Accession Protocols for Finland and Sweden today at NATO "
        "Headquarters in Brussels."
    )
    assert _signings(found) == {(frozenset({NATO}), ("2022-07-05",))}


@pytest.mark.parametrize(
    "body",
    [
        # a state's allies are not the state
        "The US allies signed a defence agreement today.",
        "China's partners signed a trade agreement with Russia today.",
        # not signed
        "The 30 NATO Allies could sign the Accession Protocols for Finland and Sweden next week.",
        "NATO allies have not yet signed the Accession Protocols for Finland and Sweden.",
    ],
)
def test_no_signing_by_allies_of_a_state_or_not_done(body: str) -> None:
    found = _facts(body)
    assert not _of(found, "TreatyRelation")
    assert not any({"Q30", CHINA} & actors for actors, _ in _signings(found))


def test_a_declaration_signed_by_the_allies_is_no_treaty() -> None:
    found = _facts("NATO allies signed a declaration on Finland and Sweden today.")
    assert not _of(found, "TreatyRelation")


# --- borders with a length between -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("Finland shares a land border of some 1,300 kilometres with Russia.", {FINLAND, RUSSIA}),
        ("Norway has a frontier, about 196 km long, with Russia.", {NORWAY, RUSSIA}),
        (
            "Mongolia shares a border stretching 4,630 kilometres (2,877 miles) with China.",
            {MONGOLIA, CHINA},
        ),
        ("Finland's border of about 1,340 km with Russia was closed.", {FINLAND, RUSSIA}),
        ("Estonia closed its frontier, some 300 km long, with Russia.", {ESTONIA, RUSSIA}),
    ],
)
def test_border_with_a_length(body: str, pair: set[str]) -> None:
    assert _pairs(_facts(body), "SharedBorder") == {frozenset(pair)}


@pytest.mark.parametrize(
    "body",
    [
        "Finland has no border of 1,300 km with Russia.",
        "Finland shares a border of trust with Russia.",
        "Finland could build a fence of some 200 kilometres along Russia's frontier.",
    ],
)
def test_no_border_with_a_length(body: str) -> None:
    assert not _of(_facts(body), "SharedBorder")


# --- relations of several states with a third -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        (
            "Guatemala and Belize maintain formal diplomatic relations with Taipei.",
            {frozenset({GUATEMALA, TAIWAN}), frozenset({BELIZE, TAIWAN})},
        ),
        (
            "Paraguay and Haiti have kept diplomatic ties with Taiwan for decades.",
            {frozenset({PARAGUAY, TAIWAN}), frozenset({HAITI, TAIWAN})},
        ),
        (
            "Tsai Ing-wen is due to leave for Guatemala and Belize, two of the countries that "
            "still maintain formal diplomatic relations with Taipei.",
            {frozenset({GUATEMALA, TAIWAN}), frozenset({BELIZE, TAIWAN})},
        ),
        (
            "The minister flew to Paraguay, one of only 13 states which maintain diplomatic ties "
            "with Taiwan, on Monday.",
            {frozenset({PARAGUAY, TAIWAN})},
        ),
    ],
)
def test_relations_of_each_with_a_third(body: str, pairs: set[frozenset[str]]) -> None:
    assert _pairs(_facts(body), "DiplomaticRelations") == pairs


@pytest.mark.parametrize(
    "body",
    [
        "Nicaragua and Honduras broke diplomatic relations with Taiwan.",
        "Eswatini and Haiti, two of the countries that broke diplomatic relations with Taiwan, "
        "were absent.",
        "Tsai visited Guatemala and Belize, two countries that want to establish diplomatic "
        "relations with Taiwan.",
    ],
)
def test_no_relations_of_each_with_a_third(body: str) -> None:
    assert not _of(_facts(body), "DiplomaticRelations")


def test_a_counted_apposition_is_read_for_borders() -> None:
    found = _facts("Estonia and Latvia, both countries that border Russia, expelled diplomats.")
    assert _pairs(found, "SharedBorder") == {
        frozenset({ESTONIA, RUSSIA}),
        frozenset({LATVIA, RUSSIA}),
    }


# --- meetings of a council, talks held by two, earlier meetings with a third ---------------


@pytest.mark.parametrize(
    ("body", "parties", "date", "place"),
    [
        (
            "A session of the NATO-Russia Council took place in Brussels on January 12.",
            {NATO, RUSSIA},
            "2022-01-12",
            BRUSSELS,
        ),
        (
            "The NATO-Ukraine Council met in Vilnius on Wednesday.",
            {NATO, UKRAINE},
            "2022-01-12",
            VILNIUS,
        ),
    ],
)
def test_a_council_of_two_meets(body: str, parties: set[str], date: str, place: str) -> None:
    found = _facts(body, dt.date(2022, 1, 13))
    assert _meetings(found) == {(frozenset(parties), (date,), place, "asserted")}


@pytest.mark.parametrize(
    "body",
    [
        "A session of the NATO-Russia Council will take place in Brussels on January 12.",
        "The NATO-Russia Council has not met since 2019.",
        "The NATO-Russia Council was created in 2002.",
    ],
)
def test_no_council_meeting(body: str) -> None:
    assert not _of(_facts(body, dt.date(2022, 1, 10)), "Meeting")


def test_talks_held_by_two_before_the_news_are_historical() -> None:
    found = _facts(
        "A session of the NATO-Russia Council took place in Brussels on January 12. The meeting "
        "follows the Strategic Stability Dialogue held in Geneva on January 10 by Deputy "
        "Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov.",
        dt.date(2022, 1, 13),
    )
    assert (
        frozenset({SHERMAN, "Sergei Ryabkov"}),
        ("2022-01-10",),
        GENEVA,
        "historical",
    ) in _meetings(found)
    dialogue = next(f for f in _of(found, "Meeting") if SHERMAN in _keys(f, "participant"))
    assert _strings(dialogue, "cameoCode") == ("046",)


def test_talks_held_by_two() -> None:
    found = _facts(
        "Talks were held in Doha on Monday by Foreign Minister Sergey Lavrov and Foreign "
        "Minister Mevlut Cavusoglu.",
        dt.date(2022, 1, 13),
    )
    assert {m[:2] for m in _meetings(found)} == {(frozenset({LAVROV, CAVUSOGLU}), ("2022-01-10",))}


def test_no_talks_to_be_held_by_two() -> None:
    found = _facts(
        "The next round of talks will be held in Vienna by Wendy Sherman and Sergei Ryabkov."
    )
    assert not _of(found, "Meeting")


@pytest.mark.parametrize(
    ("body", "day", "people", "date", "place"),
    [
        (
            "President Biden spoke with Prime Minister Albanese of Australia today. They also "
            "discussed progress under AUKUS since their meeting with Prime Minister Sunak in San "
            "Diego in March.",
            dt.date(2023, 6, 1),
            {BIDEN, ALBANESE, "Sunak"},
            "2023-03",
            SAN_DIEGO,
        ),
        (
            "President Macron met Chancellor Scholz in Paris today. The two leaders had last met "
            "with President Zelensky in Kyiv in June 2022.",
            dt.date(2023, 6, 1),
            {MACRON, SCHOLZ, ZELENSKY},
            "2022-06",
            KYIV,
        ),
    ],
)
def test_an_earlier_meeting_with_a_third(
    body: str, day: dt.date, people: set[str], date: str, place: str
) -> None:
    found = _facts(body, day)
    assert (frozenset(people), (date,), place, "historical") in _meetings(found)


def test_no_earlier_meeting_with_a_third_to_come() -> None:
    found = _facts(
        "Blinken spoke with Wang Yi today. They looked ahead to their meeting with Lavrov in "
        "Jakarta next month.",
        dt.date(2023, 6, 1),
    )
    assert all(LAVROV not in _keys(f, "participant") for f in _of(found, "Meeting"))


def test_no_earlier_meeting_looked_forward_to() -> None:
    found = _facts(
        "President Biden spoke with Prime Minister Albanese of Australia today. The leaders "
        "looked forward to their meeting in Hiroshima later this month.",
        dt.date(2023, 6, 1),
    )
    assert len(_of(found, "Meeting")) == 1
