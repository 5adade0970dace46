"""Trade flows in the forms wire stories and readouts write them (session 15, trade5).

A directional figure whose flow has an aside before its verb ("Peruvian exports to China, led by
copper, amounted to ..."), its figure in a relative clause ("..., which were worth $11 billion
in 2018, fell ..."), goods between its side and its noun ("Venezuelan crude oil exports to
..."), a possessive with the apostrophe alone ("The Maldives' imports from India"), or goods
after its figure ("imported $82 billion in goods from Ireland"); a total told again for another
time in a clause of its own ("..., and in the first seven months of 2023 it reached $2.3
billion": its own fact, of 2023, ANNOTATION.md §3); a share of a state's exports or imports told
by their destination or source; and the currencies of such figures that the amounts did not
know (Maldivian rufiyaa, Thai baht, Norwegian kroner, ...)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dipld.extract import amounts, extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact
from tests.extract.test_patterns import date_values, facts_of, labels

DAY = dt.date(2024, 3, 12)


def _facts(body: str, date: dt.date = DAY) -> list[Fact]:
    return extract(Article(id="t", source="t.txt", body=body, date=date), load_index())


def _flows(body: str, date: dt.date = DAY) -> list[tuple[str, str, str, str, str]]:
    """(exporter, importer, amount, currency, period) of each directional flow."""
    out = []
    for f in facts_of(_facts(body, date), "TradeFlow"):
        if f.get("flow"):
            continue
        currency = next(iter(f.get("currency")))
        assert isinstance(currency, Entity)
        out.append(
            (
                "".join(sorted(labels(f, "exporter"))),
                "".join(sorted(labels(f, "importer"))),
                str(next(iter(f.get("amount")))),
                currency.qid or currency.label or "",
                "".join(date_values(f, "period")),
            )
        )
    return sorted(out)


def _totals(body: str, date: dt.date = DAY) -> list[tuple[frozenset[str], str, str]]:
    """(parties, amount, period) of each total."""
    return sorted(
        (
            (
                labels(f, "party"),
                str(next(iter(f.get("amount")))),
                "".join(date_values(f, "period")),
            )
            for f in facts_of(_facts(body, date), "TradeFlow")
            if f.get("flow")
        ),
        key=lambda t: (t[2], t[1]),
    )


@pytest.mark.parametrize(
    ("body", "flow"),
    [
        # an aside between the flow and its verb
        (
            "Brazilian exports to Argentina, mainly cars and machinery, reached $16.5 billion in "
            "2022.",
            ("Brazil", "Argentina", "16500000000", "Q4917", "2022"),
        ),
        (
            "Japanese imports from Australia, dominated by coal and iron ore, totalled A$80 "
            "billion last year.",
            ("Australia", "Japan", "80000000000", "AUD", "2023"),
        ),
        (
            "Vietnam's exports to the United States, its largest market, amounted to $97 billion "
            "in 2023.",
            ("Vietnam", "United States", "97000000000", "Q4917", "2023"),
        ),
        (
            "U.S. imports from Angola, mostly crude oil, totaled $1.2 billion in 2023.",
            ("Angola", "United States", "1200000000", "Q4917", "2023"),
        ),
        (
            "Mexico's imports from China, mainly electronics, came to $115 billion last year, "
            "according to official data.",
            ("China", "Mexico", "115000000000", "Q4917", "2023"),
        ),
        # the figure in a relative clause
        (
            "Indian exports to the UAE, which were valued at $31 billion in 2022, are expected to "
            "grow.",
            ("India", "United Arab Emirates", "31000000000", "Q4917", "2022"),
        ),
        (
            "Exports from Turkey to Iraq, which totaled $13.8 billion last year, have held up.",
            ("Türkiye", "Iraq", "13800000000", "Q4917", "2023"),
        ),
        # goods between the side and the flow's noun
        (
            "Chinese solar panel exports to Brazil, which were worth about $3 billion in 2023, "
            "keep growing.",
            ("China", "Brazil", "3000000000", "Q4917", "2023"),
        ),
        # the apostrophe alone, and a currency the amounts did not know
        (
            "The Maldives' imports from India amounted to about 8.4 billion rufiyaa in 2023, "
            "according to the Maldives Customs Service.",
            ("India", "Maldives", "8400000000", "MVR", "2023"),
        ),
        (
            "Thai exports to Malaysia stood at 300 billion baht last year.",
            ("Thailand", "Malaysia", "300000000000", "THB", "2023"),
        ),
        (
            "Norway's imports from Sweden amounted to 120 billion Norwegian kroner in 2022.",
            ("Sweden", "Norway", "120000000000", "NOK", "2022"),
        ),
        # goods after the figure of a verb
        (
            "Canada imported $12 billion in goods from Mexico in 2021.",
            ("Mexico", "Canada", "12000000000", "Q4917", "2021"),
        ),
        (
            "South Korea exported $1.5 billion in steel to India in 2022.",
            ("South Korea", "India", "1500000000", "Q4917", "2022"),
        ),
    ],
)
def test_a_directional_figure(body: str, flow: tuple[str, str, str, str, str]) -> None:
    assert _flows(body) == [flow]


@pytest.mark.parametrize(
    ("body", "flow"),
    [
        # the change's time between the percentage and the figure
        (
            "China's exports to Russia grew 47 percent year on year to $111 billion in 2023.",
            ("China", "Russia", "111000000000", "Q4917", "2023"),
        ),
        (
            "China's exports to Russia grew 47 percent in 2023 to $111 billion.",
            ("China", "Russia", "111000000000", "Q4917", "2023"),
        ),
        # bought, purchased
        (
            "India bought $46 billion worth of Russian oil in 2023.",
            ("Russia", "India", "46000000000", "Q4917", "2023"),
        ),
        (
            "China purchased $20 billion of soybeans from Brazil last year.",
            ("Brazil", "China", "20000000000", "Q4917", "2023"),
        ),
    ],
)
def test_a_changed_or_bought_figure(body: str, flow: tuple[str, str, str, str, str]) -> None:
    assert _flows(body) == [flow]


def test_two_flows_in_one_sentence() -> None:
    assert _flows(
        "The leaders noted that the United States imported $82 billion in goods from Ireland in "
        "2022, while U.S. goods exports to Ireland were $15.5 billion.",
        dt.date(2023, 4, 12),
    ) == [
        ("Ireland", "United States", "82000000000", "Q4917", "2022"),
        ("United States", "Ireland", "15500000000", "Q4917", "2022"),
    ]


def test_a_demonym_with_goods_and_a_relative_clause_among_other_states() -> None:
    # (the exporter is the demonym's state, not one of the pair the sentence names last)
    assert _flows(
        "Venezuelan crude oil exports to the United States, which were worth about $11 billion "
        "in 2018, fell to almost nothing after sanctions, while China and India bought more.",
        dt.date(2020, 1, 15),
    ) == [("Venezuela", "United States", "11000000000", "Q4917", "2018")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bilateral trade between Uzbekistan and Turkey reached $3.3 billion last year, and in "
            "the first seven months of 2023 it reached 2.3 billion dollars.",
            [("3300000000", "2022"), ("2300000000", "2023")],
        ),
        (
            "Trade between Kenya and India was $3.9 billion in 2022; in 2021 it stood at $3.2 "
            "billion.",
            [("3200000000", "2021"), ("3900000000", "2022")],
        ),
        (
            "Trade between Kenya and India was $3.9 billion in 2022, but in 2021 it was only $3.2 "
            "billion.",
            [("3200000000", "2021"), ("3900000000", "2022")],
        ),
    ],
)
def test_a_total_told_again_for_another_year(body: str, expected: list[tuple[str, str]]) -> None:
    found = _totals(body, dt.date(2023, 9, 1))
    assert [(amount, period) for _, amount, period in found] == expected
    assert all(len(parties) == 2 for parties, _, _ in found)


@pytest.mark.parametrize(
    "body",
    [
        # a goal, a forecast, another figure than trade
        "Bilateral trade between Egypt and Italy reached $6 billion last year, and in 2024 it is "
        "expected to reach $8 billion.",
        "Trade between Egypt and Italy reached $6 billion last year, and the two countries aim to "
        "raise it to $10 billion by 2030.",
        "Trade between Egypt and Italy reached $6 billion last year, and it could reach $10 "
        "billion by 2025.",
        "Trade between Egypt and Italy reached $6 billion last year, and Italian investment in "
        "Egypt reached $3 billion.",
    ],
)
def test_no_second_total_for_a_goal_or_another_figure(body: str) -> None:
    assert [amount for _, amount, _ in _totals(body)] == ["6000000000"]


@pytest.mark.parametrize(
    "body",
    [
        "Brazil and Argentina aim to raise trade to $10 billion by 2030.",
        "Japan invested $2 billion in Indonesia last year.",
        "Italy and Egypt signed a deal worth $2 billion in 2023.",
        "Chinese investment in Peru, mostly in mining, reached $30 billion in 2023.",
        "Global copper exports, mostly to smelters, rose to $150 billion in 2023.",
        # hedged, negated, future
        "Peruvian exports to China, led by copper, could reach $30 billion next year.",
        "Peruvian exports to China, officials hope, will reach $30 billion in 2025.",
        "Peruvian exports to China did not reach $30 billion last year.",
        "China's exports to Russia could grow 20 percent in 2024 to $130 billion.",
        "India bought time to renegotiate the $5 billion deal with Russia in 2023.",
        # an aside that names other states: no one flow
        "U.S. imports from Angola, Nigeria and Ghana, mostly crude oil, totaled $5 billion in "
        "2023.",
    ],
)
def test_no_flow(body: str) -> None:
    assert facts_of(_facts(body), "TradeFlow") == []


@pytest.mark.parametrize(
    ("body", "reporter", "partner", "share", "flow"),
    [
        (
            "China was the destination of 40% of Chile's exports in 2022.",
            "Chile",
            "China",
            "0.4",
            "Export",
        ),
        (
            "Russia is the source of a third of Armenia's imports.",
            "Armenia",
            "Russia",
            "0.33",
            "Import",
        ),
        (
            "China is the main destination for nearly 30 percent of Australia's exports.",
            "Australia",
            "China",
            "0.3",
            "Export",
        ),
    ],
)
def test_a_share_by_destination_or_source(
    body: str, reporter: str, partner: str, share: str, flow: str
) -> None:
    (found,) = facts_of(_facts(body), "TradeShare")
    assert labels(found, "reporter") == {reporter}
    assert labels(found, "partner") == {partner}
    assert [str(v) for v in found.get("share")] == [share]
    assert [getattr(v, "name", str(v)) for v in found.get("flow")] == [flow]


@pytest.mark.parametrize(
    "body",
    [
        # a source of exports, a destination of imports: neither reads as a share
        "China was the source of 40% of Chile's exports in 2022.",
        "China was the destination of 40% of Chile's copper.",
    ],
)
def test_no_share(body: str) -> None:
    assert facts_of(_facts(body), "TradeShare") == []


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("about 8.4 billion rufiyaa", "8400000000", "MVR"),
        ("MVR 8.4 billion", "8400000000", "MVR"),
        ("300 billion baht", "300000000000", "THB"),
        ("₱5 billion", "5000000000", "PHP"),
        ("5 billion Philippine pesos", "5000000000", "PHP"),
        ("2.5 trillion Colombian pesos", "2500000000000", "COP"),
        ("PEN 1.2 billion", "1200000000", "PEN"),
        ("40 billion zlotys", "40000000000", "PLN"),
        ("3 billion Kyrgyz soms", "3000000000", "KGS"),
        ("5 million rand", "5000000", "ZAR"),
        ("₦900 billion", "900000000000", "NGN"),
    ],
)
def test_more_currencies(text: str, amount: str, currency: str) -> None:
    (found,) = amounts.find_money(text, 0)
    assert (found.amount, found.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    "text",
    [
        "a grand total of 5 million",  # ("rand" in a word)
        "the brand was worth 5 billion",
        "in 2023 Rand Paul said",  # (a currency word after a year: no figure)
        "5 pesos",  # (a peso of no stated country)
    ],
)
def test_no_money(text: str) -> None:
    assert amounts.find_money(text, 0) == []
