"""Trade figures and money as agency stories, readouts and customs releases write them.

Each case is a phrasing the rules missed or misread before: the fact a reader expects comes out,
and figures that are goals, forecasts or comparisons do not.
"""

from __future__ import annotations

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import facts, find


def _values(fact: Fact | None, role: str) -> list[str]:
    assert fact is not None
    return [str(v) for v in fact.get(role)]


@pytest.mark.parametrize(
    ("text", "exporter", "importer", "amount"),
    [
        (
            "Exports from Belarus to China amounted to $1.8 billion in 2022.",
            "Q184",
            "Q148",
            "1800000000",
        ),
        (
            "Imports from China to Kazakhstan rose to $16.8 billion in 2022.",
            "Q148",
            "Q232",
            "16800000000",
        ),
        (
            "Exports of Belarusian goods to Russia amounted to $23 billion in 2022.",
            "Q184",
            "Q159",
            "23000000000",
        ),
        (
            "In 2022, trade between Indonesia and Japan was $42 billion, with Indonesian exports "
            "to Japan at $24.8 billion and imports from Japan at $17.2 billion.",
            "Q17",
            "Q252",
            "17200000000",
        ),
    ],
)
def test_directional_flows_named_before_their_figure(
    text: str, exporter: str, importer: str, amount: str
) -> None:
    flow = find(facts(text), "TradeFlow", exporter={exporter}, importer={importer})
    assert _values(flow, "amount") == [amount]
    assert _values(flow, "period") == ["2022"]


@pytest.mark.parametrize(
    ("text", "parties", "amount"),
    [
        (
            "Azerbaijan's trade turnover with Georgia amounted to $1.2 billion in 2022.",
            {"Q227", "Q230"},
            "1200000000",
        ),
        (
            "Russia and Kazakhstan's trade turnover reached $26 billion in 2022.",
            {"Q159", "Q232"},
            "26000000000",
        ),
        (
            "Brazil and China traded $150 billion worth of goods in 2022.",
            {"Q155", "Q148"},
            "150000000000",
        ),
        (
            "Moscow and Minsk traded goods worth a record $45 billion in 2022.",
            {"Q159", "Q184"},
            "45000000000",
        ),
        (
            "Russia and Belarus are allies. Their trade turnover amounted to $45 billion in 2022.",
            {"Q159", "Q184"},
            "45000000000",
        ),
    ],
)
def test_total_trade_phrasings(text: str, parties: set[str], amount: str) -> None:
    total = find(facts(text), "TradeFlow", party=parties, flow="TotalTrade")
    assert _values(total, "amount") == [amount]
    assert _values(total, "period") == ["2022"]


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Russia and Iran is on track to exceed $5 billion this year.",
        "Russia-China trade is on course to surpass $200 billion this year.",
        "Trade between Russia and Turkey is poised to reach $100 billion.",
        "Trade between Russia and India is likely to hit $50 billion this year.",
    ],
)
def test_a_figure_trade_is_on_course_to_reach_is_no_figure(text: str) -> None:
    assert not find(facts(text), "TradeFlow")


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # the year after "than", "compared", "from $..." is the year compared with
        (
            "The volume of trade between Russia and Kazakhstan amounted to $26 billion, which is "
            "8 percent more than in 2021.",
            "26000000000",
            None,
        ),
        (
            "Trade between Russia and Belarus amounted to $45 billion, an increase of 12 percent "
            "over 2021.",
            "45000000000",
            None,
        ),
        # two figures: the one reached, not the one compared with
        (
            "Trade between Russia and Belarus rose from $35 billion in 2021 to $45 billion in "
            "2022.",
            "45000000000",
            "2022",
        ),
        (
            "Trade between Japan and China in 2012 was $330 billion, compared with $350 billion in "
            "2011.",
            "330000000000",
            "2012",
        ),
        (
            "Trade turnover between Russia and Belarus fell to $30 billion in 2020 from $35 "
            "billion in 2019.",
            "30000000000",
            "2020",
        ),
        (
            "Trade between Russia and Belarus reached $45 billion in 2022, compared with 2021 when "
            "it was $35 billion.",
            "45000000000",
            "2022",
        ),
    ],
)
def test_a_total_compared_with_an_earlier_year(text: str, amount: str, period: str | None) -> None:
    found = [f for f in facts(text) if f.cls.value == "TradeFlow"]
    assert len(found) == 1
    assert _values(found[0], "amount") == [amount]
    assert _values(found[0], "period") == ([period] if period else [])


def test_goods_bought_from_a_state_keep_their_year() -> None:
    # ("from Russia" names the exporter, not a year compared with)
    found = facts("Armenia imported $2.6 billion worth of goods from Russia in 2022.")
    flow = find(found, "TradeFlow", exporter={"Q159"}, importer={"Q399"})
    assert _values(flow, "period") == ["2022"]


@pytest.mark.parametrize(
    ("text", "reporter", "partner", "share", "flow"),
    [
        (
            "The share of Russia in Kyrgyzstan's foreign trade was 23.5 percent in 2022.",
            "Q813",
            "Q159",
            "0.235",
            None,
        ),
        (
            "Russia's share of Belarus' foreign trade turnover was 49.2 percent in 2022.",
            "Q184",
            "Q159",
            "0.492",
            None,
        ),
        (
            "Russia is the largest trade partner of Belarus, accounting for almost 50% of its "
            "foreign trade.",
            "Q184",
            "Q159",
            "0.5",
            None,
        ),
        (
            "The Russian Federation accounts for more than half of Belarus's foreign trade.",
            "Q184",
            "Q159",
            "0.5",
            None,
        ),
        (
            "About 60 percent of Kyrgyzstan's imports come from China.",
            "Q813",
            "Q148",
            "0.6",
            "Import",
        ),
    ],
)
def test_trade_share_phrasings(
    text: str, reporter: str, partner: str, share: str, flow: str | None
) -> None:
    fact = find(facts(text), "TradeShare", reporter={reporter}, partner={partner})
    assert _values(fact, "share") == [share]
    assert _values(fact, "flow") == ([flow] if flow else [])
