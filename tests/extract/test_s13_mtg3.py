"""Talks with a visitor told in a relative clause (CAMEO 042) and the building they were held
in, recalled visits and meetings told as nouns, the day talks of several days began, dates of
an act a participle after a reaction's object tells, outgoing officeholders and special
envoys, and trade shares told as a change between two years (session 13)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity, Fact, Status
from tests.extract.test_patterns import facts

PUTIN, XI, KISHIDA, YOON, ABBAS = "Q7747", "Q15031", "Q359480", "Q16090635", "Q127998"
MODI, ZELENSKY, SCHOLZ, MACRON = "Q1058", "Q3874799", "Q61053", "Q3052772"
DAY = dt.date(2024, 8, 27)


def _of(cls: str, text: str, date: dt.date = DAY) -> list[Fact]:
    return [f for f in facts(text, date) if f.cls.value == cls]


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _values(fact: Fact, role: str) -> set[str]:
    return {str(v) for v in fact.get(role)}


@pytest.mark.parametrize(
    ("text", "people", "place"),
    [
        (
            "Vladimir Putin, who is on a state visit to China, held talks with Xi Jinping in "
            "Beijing.",
            {PUTIN, XI},
            "Q956",
        ),
        (
            "Prime Minister Fumio Kishida held a summit meeting with President Yoon Suk Yeol, "
            "who is visiting Japan, in Tokyo.",
            {KISHIDA, YOON},
            "Q1490",
        ),
        (
            "Xi Jinping held talks with President Mahmoud Abbas, who arrived in China on a "
            "state visit.",
            {XI, ABBAS},
            "Q148",
        ),
        (
            "Xi Jinping held talks with President Mahmoud Abbas, who is on a state visit to "
            "China, at the Great Hall of the People.",
            {XI, ABBAS},
            "Great Hall of the People",
        ),
    ],
)
def test_talks_with_a_visitor_told_in_a_relative_clause_are_the_visit(
    text: str, people: set[str], place: str
) -> None:
    (meeting,) = _of("Meeting", text)
    assert _keys(meeting, "participant") == people
    assert _values(meeting, "cameoCode") == {"042"}
    assert _keys(meeting, "place") == {place}


@pytest.mark.parametrize(
    "text",
    [
        # a visit of another time, not the talks'
        "Xi Jinping held talks with President Mahmoud Abbas, who visited China in 2019.",
        # no visit
        "Xi Jinping held talks with President Mahmoud Abbas, who is in charge of the talks.",
        "Prime Minister Fumio Kishida met President Yoon Suk Yeol in Tokyo.",
    ],
)
def test_talks_without_a_visit_now_are_not_one(text: str) -> None:
    for meeting in _of("Meeting", text):
        assert "042" not in _values(meeting, "cameoCode")


@pytest.mark.parametrize(
    ("text", "people", "place"),
    [
        (
            "Prime Minister Narendra Modi shared his impressions of his recent visit to Kyiv "
            "and his meeting with President Volodymyr Zelensky.",
            {MODI, ZELENSKY},
            "Q1899",
        ),
        (
            "Chancellor Olaf Scholz briefed the Bundestag on his trip to Beijing and his talks "
            "with Xi Jinping.",
            {SCHOLZ, XI},
            "Q956",
        ),
        (
            "President Emmanuel Macron recalled his visit to Moscow and his meeting with "
            "Vladimir Putin.",
            {MACRON, PUTIN},
            "Q649",
        ),
    ],
)
def test_a_recalled_visit_and_meeting_is_a_past_meeting(
    text: str, people: set[str], place: str
) -> None:
    (meeting,) = _of("Meeting", text)
    assert meeting.status is Status.HISTORICAL
    assert _keys(meeting, "participant") == people
    assert _keys(meeting, "place") == {place}
    assert not meeting.get("date")


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Narendra Modi will share his impressions of his upcoming visit to Kyiv "
        "and his meeting with President Volodymyr Zelensky.",
        "Prime Minister Narendra Modi shared his impressions of the visit to Kyiv by President "
        "Emmanuel Macron.",
        "Prime Minister Narendra Modi did not recall his visit to Kyiv and his meeting with "
        "President Volodymyr Zelensky.",
    ],
)
def test_no_past_meeting_from_a_visit_to_come_or_of_another(text: str) -> None:
    assert _of("Meeting", text) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The meeting concluded four days of negotiations between the delegations of "
            "Armenia and Azerbaijan, which began on May 1.",
            "2024-05-01",
            None,
        ),
        (
            "Talks between Russia and Ukraine, which started on Monday, continued in Istanbul.",
            "2024-08-26",
            None,
        ),
        (
            "Consultations between the foreign ministries of India and Vietnam that began on 19 "
            "August ended on Friday.",
            "2024-08-19",
            "2024-08-23",
        ),
    ],
)
def test_talks_that_began_on_a_day_start_then(text: str, start: str, end: str | None) -> None:
    (meeting,) = _of("Meeting", text)
    assert _values(meeting, "startDate") == {start}
    assert _values(meeting, "endDate") == ({end} if end else set())
    assert not meeting.get("date")


def test_talks_after_a_war_began_are_not_started_by_it() -> None:
    (meeting,) = _of("Meeting", "Talks between Russia and Ukraine were held in Istanbul on Monday.")
    assert not meeting.get("startDate")


@pytest.mark.parametrize(
    "text",
    [
        "Japan welcomed the steps announced by South Korea on March 6.",
        "The United States condemned the sanctions imposed by China on Monday.",
        "Germany welcomed the decision taken by the Government of Ukraine on 3 July.",
    ],
)
def test_a_date_of_the_act_a_participle_tells_does_not_date_the_reaction(text: str) -> None:
    reactions = [f for f in _of("Event", text) if _values(f, "eventType") & {"SUPPORT", "ACCUSE"}]
    assert reactions
    assert all(not f.get("date") for f in reactions)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On March 6, Japan welcomed the steps announced by South Korea.", "2024-03-06"),
        ("Japan on Friday welcomed the decision taken by South Korea.", "2024-08-23"),
        ("Japan welcomed South Korea's decision on March 6.", "2024-03-06"),
    ],
)
def test_the_reaction_keeps_its_own_date(text: str, date: str) -> None:
    (support,) = [f for f in _of("Event", text) if _values(f, "eventType") == {"SUPPORT"}]
    assert _values(support, "date") == {date}


def test_the_sanction_a_participle_tells_keeps_its_date() -> None:
    (sanction,) = [
        f
        for f in _of(
            "Event", "The United States condemned the sanctions imposed by China on Monday."
        )
        if _values(f, "eventType") == {"SANCTION"}
    ]
    assert _values(sanction, "date") == {"2024-08-26"}


@pytest.mark.parametrize(
    ("text", "holder", "role"),
    [
        (
            "Outgoing Prime Minister Sanna Marin met President Joe Biden.",
            "Q16986436",
            "HeadOfGovernment",
        ),
        (
            "The outgoing Foreign Minister Pekka Haavisto thanked Sweden.",
            "Q317485",
            "ForeignMinister",
        ),
    ],
)
def test_an_outgoing_officeholder_holds_the_office(text: str, holder: str, role: str) -> None:
    tenures = [
        t for t in _of("Tenure", text, dt.date(2023, 4, 5)) if _keys(t, "holder") == {holder}
    ]
    assert [_values(t, "role") for t in tenures] == [{role}]


@pytest.mark.parametrize(
    "text",
    [
        "Former Prime Minister Sanna Marin met President Joe Biden.",
        "Incoming Prime Minister Sanna Marin met President Joe Biden.",
    ],
)
def test_a_former_or_incoming_officeholder_does_not(text: str) -> None:
    tenures = _of("Tenure", text, dt.date(2023, 4, 5))
    assert all(_keys(t, "holder") != {"Q16986436"} for t in tenures)


@pytest.mark.parametrize(
    "text",
    [
        "Special Presidential Envoy for Compact Negotiations Joseph Yun signed on behalf of the "
        "United States.",
        "U.S. Special Envoy for Peace Negotiations Joseph Yun signed the agreement.",
        "Special Presidential Envoy for Compact Negotiations Joseph Yun signed a separate "
        "agreement on behalf of the United States.",
        "Special Envoy Joseph Yun signed the amended compact on behalf of the United States.",
    ],
)
def test_a_special_envoy_for_negotiations_is_a_special_envoy(text: str) -> None:
    (tenure,) = _of("Tenure", text)
    assert _keys(tenure, "holder") == {"Joseph Yun"}
    assert _values(tenure, "role") == {"SpecialEnvoy"}
    assert _keys(tenure, "jurisdiction") == {"Q30"}


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (
            "Russia's share of the EU's trade in goods fell from 5.8% in 2021 to 1.5% in the "
            "third quarter of 2023.",
            {("Q458", "Q159", "0.058", "2021"), ("Q458", "Q159", "0.015", "2023")},
        ),
        (
            "China's share of Kazakhstan's foreign trade rose from 15 percent in 2019 to 21 "
            "percent in 2023.",
            {("Q232", "Q148", "0.15", "2019"), ("Q232", "Q148", "0.21", "2023")},
        ),
        (
            "The share of Germany in Poland's trade grew from 25% to 28% last year.",
            {("Q36", "Q183", "0.25", ""), ("Q36", "Q183", "0.28", "")},
        ),
        (
            "China accounted for about 10 percent of Finland's foreign trade before the war.",
            {("Q33", "Q148", "0.1", "")},
        ),
    ],
)
def test_shares_told_as_a_change_are_one_a_year(
    text: str, shares: set[tuple[str, str, str, str]]
) -> None:
    found = {
        (
            next(iter(_keys(f, "reporter"))),
            next(iter(_keys(f, "partner"))),
            next(iter(_values(f, "share"))),
            next(iter(_values(f, "period")), ""),
        )
        for f in _of("TradeShare", text)
    }
    assert found == shares


@pytest.mark.parametrize(
    "text",
    [
        "The EU's imports from Russia fell from 5.8% in 2021 to 1.5% in 2023.",
        "Russia's share of the EU's trade in goods fell from 5.8% in 2021.",
        "Russia's share of the global oil market fell from 12% in 2021 to 10% in 2023.",
    ],
)
def test_no_share_change_without_both_shares_of_trade(text: str) -> None:
    assert _of("TradeShare", text) == []


def _article(body: str, date: dt.date) -> list[Fact]:
    return facts(body, date)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "President Joko Widodo held talks with President Vo Van Thuong in Hanoi on "
            "Thursday.\n\nThe two leaders announced the establishment of a comprehensive "
            "strategic partnership between Indonesia and Vietnam.",
            "2023-12-21",
        ),
        (
            "The presidents of Kazakhstan and Mongolia agreed on the formation of a strategic "
            "partnership between Kazakhstan and Mongolia on 12 October.",
            "2023-10-12",
        ),
    ],
)
def test_a_partnership_established_by_the_act_told_starts_then(body: str, start: str) -> None:
    (partnership,) = [
        f for f in _article(body, dt.date(2023, 12, 21)) if f.cls.value == "Partnership"
    ]
    assert _values(partnership, "startDate") == {start}


@pytest.mark.parametrize(
    "body",
    [
        # no act of establishing it
        "President Joko Widodo held talks with President Vo Van Thuong in Hanoi on Thursday."
        "\n\nThe two leaders praised the strategic partnership between Indonesia and Vietnam.",
        # undated, with no dated meeting
        "The two leaders announced the establishment of a strategic partnership between "
        "Indonesia and Vietnam.",
    ],
)
def test_no_start_for_a_partnership_not_established_on_a_known_day(body: str) -> None:
    for partnership in [
        f for f in _article(body, dt.date(2023, 12, 21)) if f.cls.value == "Partnership"
    ]:
        assert not partnership.get("startDate")


def test_relations_since_their_normalization_start_that_year() -> None:
    (relations,) = _of(
        "DiplomaticRelations",
        "Japan and South Korea have worked together since the normalization of diplomatic "
        "relations in 1965.",
    )
    assert _values(relations, "startDate") == {"1965"}


def test_no_jurisdiction_from_words_said_on_a_states_behalf() -> None:
    text = "Special Envoy Joseph Yun welcomed the agreement on behalf of the United States."
    assert all(not t.get("jurisdiction") for t in _of("Tenure", text))
