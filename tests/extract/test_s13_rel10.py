"""Single constructions (session 13, rel10): partnerships with a quoted name ("the U.S.-Pakistan
'Green Alliance' framework") or launched "by our Presidents" (the publisher's state and the one
it talks with, from that date); treaties "signed by X and Y in October 1953" (a reduced relative,
"the two countries" too); basing permission for a site a relative clause hangs on ("the naval
facility in Tartus, which Syria allowed Russia to use ...") and the treaty relation of the
agreement it is under; memberships of both states a chairmanship passes between ("took over the
ASEAN chairmanship from Cambodia"); aid "invested" in another state's response to a crisis
(not an investment in its economy); and the recipient of a pledge made under a programme fronted
with one state ("Under the ... Partnership with South Africa, ... pledged $8.5 billion")."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact

DAY = dt.date(2023, 5, 10)
STATE_GOV = "https://www.state.gov/readout"

US, KAZAKHSTAN, PAKISTAN, INDIA, FRANCE = "Q30", "Q232", "Q843", "Q668", "Q142"
SOUTH_KOREA, KENYA, TANZANIA, RUSSIA, BELARUS = "Q884", "Q114", "Q924", "Q159", "Q184"
SYRIA, TURKIYE, ARMENIA, INDONESIA, CAMBODIA, LAOS = "Q858", "Q43", "Q399", "Q252", "Q424", "Q819"
SOUTH_AFRICA, JAPAN, VIETNAM, GHANA = "Q258", "Q17", "Q881", "Q117"
ASEAN, EAEU = "Q7768", "Q4173083"


def _facts(body: str, source: str = "t.txt") -> list[Fact]:
    return extract(Article(id="t", source=source, body=body, date=DAY), load_index())


def _of(found: list[Fact], cls: str) -> list[Fact]:
    return [f for f in found if f.cls.value == cls]


def _keys(fact: Fact, role: str) -> frozenset[str]:
    return frozenset(v.qid or v.label for v in fact.get(role) if isinstance(v, Entity))


def _strings(fact: Fact, role: str) -> tuple[str, ...]:
    return tuple(str(v) for v in fact.get(role))


def _dated(found: list[Fact], cls: str, role: str) -> set[tuple[frozenset[str], tuple[str, ...]]]:
    return {(_keys(f, "party"), _strings(f, role)) for f in _of(found, cls)}


# --- partnerships ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        ("The Secretary reaffirmed the U.S.-Pakistan “Green Alliance” framework.", {US, PAKISTAN}),
        (
            "The ministers praised the India–France 'Horizon Partnership' on Tuesday.",
            {INDIA, FRANCE},
        ),
        (
            "The two Presidents signed a Joint Declaration that relaunches the strategic "
            "partnership between Brazil and Argentina.",
            {"Q155", "Q414"},
        ),
    ],
)
def test_named_partnerships(body: str, parties: set[str]) -> None:
    assert {frozenset(parties)} == {_keys(f, "party") for f in _of(_facts(body), "Partnership")}


def test_a_quoted_name_of_something_else_is_no_partnership() -> None:
    body = "The ministers discussed the U.S.-Pakistan “Green Climate Fund” framework."
    assert not _of(_facts(body), "Partnership")


@pytest.mark.parametrize(
    ("body", "parties", "start"),
    [
        (
            "Secretary Blinken met Kazakh Foreign Minister Tileuberdi in Washington. Under the "
            "Enhanced Strategic Partnership launched by our Presidents in 2018, our countries "
            "cooperate closely on regional security.",
            {US, KAZAKHSTAN},
            "2018",
        ),
        (
            "Deputy Secretary Sherman met Japanese Foreign Minister Hayashi in Tokyo. The Global "
            "Partnership, which was established by our leaders in April 2021, continues to "
            "stronger.",
            {US, JAPAN},
            "2021-04",
        ),
    ],
)
def test_partnership_launched_by_our_leaders(body: str, parties: set[str], start: str) -> None:
    found = _facts(body, STATE_GOV)
    assert (frozenset(parties), (start,)) in _dated(found, "Partnership", "startDate")


@pytest.mark.parametrize(
    ("body", "source"),
    [
        # no talks reported: whose presidents?
        (
            "Under the Enhanced Strategic Partnership launched by our Presidents in 2018, our "
            "countries cooperate closely on regional security.",
            STATE_GOV,
        ),
        # no publisher's state
        (
            "Secretary Blinken met Kazakh Foreign Minister Tileuberdi in Washington. Under the "
            "Enhanced Strategic Partnership launched by our Presidents in 2018, our countries "
            "cooperate closely on regional security.",
            "t.txt",
        ),
        # one office launched it, not the two states
        (
            "Secretary Blinken met Kazakh Foreign Minister Tileuberdi in Washington. The "
            "partnership launched by our Embassy in 2018 trains young engineers.",
            STATE_GOV,
        ),
    ],
)
def test_no_partnership_of_unclear_owners(body: str, source: str) -> None:
    assert not _of(_facts(body, source), "Partnership")


# --- treaties signed by ... ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "parties", "date", "source"),
    [
        (
            "The alliance was formalized by the Mutual Defense Treaty signed by the United "
            "States and the ROK in October 1953.",
            {US, SOUTH_KOREA},
            "1953-10",
            "t.txt",
        ),
        (
            "Secretary Blinken met Kazakh Foreign Minister Tileuberdi. They reviewed progress "
            "under the memorandum of understanding signed by the two countries in April 2022.",
            {US, KAZAKHSTAN},
            "2022-04",
            STATE_GOV,
        ),
        (
            "Trade is governed by the agreement on economic cooperation, signed by Kenya and "
            "Tanzania on 12 March 2019, which cut tariffs.",
            {KENYA, TANZANIA},
            "2019-03-12",
            "t.txt",
        ),
    ],
)
def test_treaty_signed_by(body: str, parties: set[str], date: str, source: str) -> None:
    found = _facts(body, source)
    assert (frozenset(parties), (date,)) in _dated(found, "TreatyRelation", "date")


def test_treaty_signed_by_leaders_without_a_date() -> None:
    found = _facts("The pact signed by Putin and Lukashenko in Minsk remains in force.")
    assert _dated(found, "TreatyRelation", "date") == {(frozenset({RUSSIA, BELARUS}), ())}


@pytest.mark.parametrize(
    "body",
    [
        "The ministers hope to see the agreement signed by Kenya and Tanzania in 2025.",
        "The ministers discussed a draft agreement signed by Kenya and Tanzania in 2019.",
        "The ministers said the agreement signed by Kenya and Tanzania in 2025 would cut tariffs.",
    ],
)
def test_no_treaty_signed_by_yet(body: str) -> None:
    assert not _of(_facts(body), "TreatyRelation")


# --- permission for a site in a relative clause ------------------------------------------------


def _permissions(found: list[Fact]) -> set[tuple[str, ...]]:
    return {
        (
            *sorted(_keys(f, "grantor")),
            *sorted(_keys(f, "grantee")),
            *_strings(f, "activity"),
            *sorted(_keys(f, "territory")),
        )
        for f in _of(found, "Permission")
    }


@pytest.mark.parametrize(
    ("body", "grantor", "grantee"),
    [
        (
            "Moscow keeps the Russian naval facility in Tartus, which Syria allowed Russia to use "
            "for 49 years under a 2017 agreement.",
            SYRIA,
            RUSSIA,
        ),
        (
            "Washington relies on the air base at Incirlik, which Turkey has permitted the United "
            "States to use since 1954.",
            TURKIYE,
            US,
        ),
    ],
)
def test_basing_permission_for_a_site_before_which(body: str, grantor: str, grantee: str) -> None:
    assert (grantor, grantee, "MilitaryBasing", grantor) in _permissions(_facts(body))


def test_no_basing_permission_for_a_civil_site() -> None:
    body = (
        "The delegation visited the museum in Tartus, which Syria allowed Russia to use for "
        "exhibitions."
    )
    assert not _of(_facts(body), "Permission")


@pytest.mark.parametrize(
    ("body", "parties", "date"),
    [
        (
            "Moscow keeps the Russian naval facility in Tartus, which Syria allowed Russia to use "
            "for 49 years under a 2017 agreement.",
            {SYRIA, RUSSIA},
            "2017",
        ),
        (
            "Armenia allowed Russia to keep troops in Gyumri under a 1995 treaty.",
            {ARMENIA, RUSSIA},
            "1995",
        ),
    ],
)
def test_treaty_a_permission_is_under(body: str, parties: set[str], date: str) -> None:
    assert _dated(_facts(body), "TreatyRelation", "date") == {(frozenset(parties), (date,))}


@pytest.mark.parametrize(
    "body",
    [
        "Armenia allowed Russia to keep troops in Gyumri under a 1995 treaty with Iran.",
        "Armenia wants Russia to keep troops in Gyumri under a 1995 treaty.",
    ],
)
def test_no_treaty_of_the_permission_pair(body: str) -> None:
    assert not _of(_facts(body), "TreatyRelation")


# --- a chairmanship taken over from another state ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "members", "org"),
    [
        (
            "Indonesia, which took over the ASEAN chairmanship from Cambodia on 1 January, hosted "
            "the meeting.",
            {INDONESIA, CAMBODIA},
            ASEAN,
        ),
        (
            "Belarus assumed the presidency of the EAEU from Armenia in January.",
            {BELARUS, ARMENIA},
            EAEU,
        ),
        (
            "Laos has taken over ASEAN's rotating chairmanship from Indonesia.",
            {LAOS, INDONESIA},
            ASEAN,
        ),
    ],
)
def test_chair_taken_over_from(body: str, members: set[str], org: str) -> None:
    found = {
        (*_keys(f, "member"), *_keys(f, "organization")) for f in _of(_facts(body), "Membership")
    }
    assert {(m, org) for m in members} <= found


@pytest.mark.parametrize(
    "body",
    [
        "Indonesia took over the ASEAN chairmanship from Cambodia's foreign minister.",
        "Indonesia took over the hosting of the summit from Cambodia.",
    ],
)
def test_no_membership_of_the_one_it_is_taken_from(body: str) -> None:
    members = {k for f in _of(_facts(body), "Membership") for k in _keys(f, "member")}
    assert CAMBODIA not in members


# --- aid invested in a response --------------------------------------------------------------


def _aid(found: list[Fact]) -> set[tuple[str, ...]]:
    return {
        (
            *sorted(_keys(f, "actor")),
            *sorted(_keys(f, "recipient")),
            *_strings(f, "cameoCode"),
            *_strings(f, "amount"),
            *_strings(f, "startDate"),
        )
        for f in _of(found, "Event")
        if _strings(f, "eventType") == ("AID",)
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Since 2004, the United States has invested more than $7 billion in South Africa's "
            "HIV/AIDS response through PEPFAR.",
            (US, SOUTH_AFRICA, "073", "7000000000", "2004"),
        ),
        (
            "Since 2010, Japan has invested over $300 million in Kenya's fight against malaria.",
            (JAPAN, KENYA, "073", "300000000", "2010"),
        ),
    ],
)
def test_aid_invested_in_a_response(body: str, expected: tuple[str, ...]) -> None:
    assert _aid(_facts(body)) == {expected}


@pytest.mark.parametrize(
    "body",
    [
        "Since 2010, Japan has invested over $300 million in Kenya's economy.",
        "Toyota has invested $2 billion in South Africa's response to the energy crisis.",
        "The United States has not invested $7 billion in South Africa's HIV/AIDS response.",
    ],
)
def test_no_aid_invested(body: str) -> None:
    assert not _aid(_facts(body))


# --- a pledge under a programme with one state ---------------------------------------------------


def _pledges(found: list[Fact]) -> set[tuple[frozenset[str], frozenset[str]]]:
    return {
        (_keys(f, "actor"), _keys(f, "recipient"))
        for f in _of(found, "Event")
        if _strings(f, "cameoCode") == ("033",)
    }


G5 = frozenset({US, "Q145", FRANCE, "Q183", "Q458"})


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Under the Just Energy Transition Partnership with South Africa announced at COP26, "
            "the United States, the United Kingdom, France, Germany and the European Union have "
            "pledged an initial $8.5 billion.",
            (G5, frozenset({SOUTH_AFRICA})),
        ),
        (
            "Under South Africa's Just Energy Transition Partnership, the United States, the "
            "United Kingdom, France, Germany and the European Union have pledged an initial $8.5 "
            "billion.",
            (G5, frozenset({SOUTH_AFRICA})),
        ),
        (
            "Under the Just Energy Transition Partnership with Vietnam, the G7 countries pledged "
            "$15.5 billion to support the transition.",
            (frozenset({"Q1764511"}), frozenset({VIETNAM})),
        ),
        # nothing ties the partnership to a state: no recipient
        (
            "Under the Just Energy Transition Partnership announced at COP26, the United States, "
            "the United Kingdom, France, Germany and the European Union have pledged an initial "
            "$8.5 billion.",
            (G5, frozenset()),
        ),
    ],
)
def test_pledge_under_a_programme(
    body: str, expected: tuple[frozenset[str], frozenset[str]]
) -> None:
    assert _pledges(_facts(body)) == {expected}


def test_aid_under_a_programme() -> None:
    body = (
        "Under the Millennium Challenge Compact with Ghana, the United States provided $498 "
        "million."
    )
    assert _aid(_facts(body)) == {(US, GHANA, "070", "498000000")}
