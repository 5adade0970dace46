"""Trade figures and money as agency stories, readouts and customs releases write them.

Each case is a phrasing the rules missed or misread before: the fact a reader expects comes out,
and figures that are goals, forecasts or comparisons do not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import amounts, extract
from dipld.extract.amounts import find_money, find_percents
from dipld.kb.index import load_index
from dipld.model import Article, Fact
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
            "U.S. goods and services trade with India totaled an estimated $191.8 billion in 2022.",
            {"Q30", "Q668"},
            "191800000000",
        ),
        (
            "The United States' trade with Kenya totaled $1.5 billion in 2022.",
            {"Q30", "Q114"},
            "1500000000",
        ),
        (
            "Kazakhstan and China had a trade turnover of $31 billion in 2022.",
            {"Q232", "Q148"},
            "31000000000",
        ),
        ("Kazakhstan and China had $31 billion in trade in 2022.", {"Q232", "Q148"}, "31000000000"),
        (
            "Kazakhstan and China recorded trade of $31 billion in 2022.",
            {"Q232", "Q148"},
            "31000000000",
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
        ("China's share in Mongolia's imports was 36 percent.", "Q711", "Q148", "0.36", "Import"),
    ],
)
def test_trade_share_phrasings(
    text: str, reporter: str, partner: str, share: str, flow: str | None
) -> None:
    fact = find(facts(text), "TradeShare", reporter={reporter}, partner={partner})
    assert _values(fact, "share") == [share]
    assert _values(fact, "flow") == ([flow] if flow else [])


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        # the code after the figure (Vietnamese, Kazakh and Chinese agencies)
        ("1.7 billion USD", "1700000000", "USD"),
        ("3.5 mln USD", "3500000", "USD"),
        ("3.4 billion EUR", "3400000000", "EUR"),
        ("USD1.7 billion", "1700000000", "USD"),
        # a decimal comma before a scale
        ("USD 1,2 billion", "1200000000", "USD"),
        ("1,2 trillion rubles", "1200000000000", "RUB"),
        ("1.2 trln rubles", "1200000000000", "RUB"),
        ("RUB1.2trn", "1200000000000", "RUB"),
        # the currencies of the states whose agencies report trade in their own money
        ("5.2 billion Belarusian rubles", "5200000000", "BYN"),
        ("12 trillion tenge", "12000000000000", "KZT"),
        ("KZT 5 billion", "5000000000", "KZT"),
        ("1.5 trillion Turkish lira", "1500000000000", "TRY"),
        ("80 trillion won", "80000000000000", "KRW"),
        ("40 trillion dong", "40000000000000", "VND"),
        ("SAR 400 billion", "400000000000", "SAR"),
        ("20 billion hryvnias", "20000000000", "UAH"),
        ("500 billion Pakistani rupees", "500000000000", "PKR"),
        ("30 billion Egyptian pounds", "30000000000", "EGP"),
        ("Rs 1.5 lakh crore", "1500000000000", "INR"),
        ("₹500 crore", "5000000000", "INR"),
    ],
)
def test_money_notations(text: str, amount: str, currency: str) -> None:
    (money,) = find_money(f"It was {text} in 2022.", 0)
    assert (str(money.amount), money.currency) == (amount, currency)


@pytest.mark.parametrize(
    "text",
    [
        "The party won 5 million votes.",  # a verb, not the Korean won
        "Some 5 crore people live there.",  # an Indian scale without rupees
        "It cost $1,5 in 2022.",  # not one dollar
        "We try 5 times.",  # a word, not the Turkish lira's code
        "The ministerial meeting on 5 May.",
    ],
)
def test_no_money(text: str) -> None:
    assert find_money(text, 0) == []


def test_a_decimal_comma_before_a_percent_sign() -> None:
    (share,) = find_percents("a share of 49,5% in 2022", 0)  # (it was 5 %)
    assert str(share.share) == "0.495"


@pytest.mark.parametrize(
    "text",
    [
        phrase
        for phrases in amounts._QUALIFIED_WORDS.values()
        for phrase in (f"5 billion {p.title()}" for p in phrases.split("|"))
    ],
)
def test_every_currency_word_passes_the_money_prechecks(text: str) -> None:
    assert amounts._MONEY_WORD.search(text), f"the pattern no longer reads {text!r}"
    assert amounts._may_name_currency_word(text) and amounts._names_currency(text)


def test_a_total_in_each_clause() -> None:
    found = facts(
        "Trade between Vietnam and Thailand amounted to 21.7 billion USD last year, while trade "
        "between Vietnam and Cambodia was 10.6 billion USD."
    )
    thailand = find(found, "TradeFlow", party={"Q881", "Q869"}, flow="TotalTrade")
    cambodia = find(found, "TradeFlow", party={"Q881", "Q424"}, flow="TotalTrade")
    assert _values(thailand, "amount") == ["21700000000"]
    assert _values(cambodia, "amount") == ["10600000000"]


@pytest.mark.parametrize(
    "text",
    [
        # a state that heads a list is not the other side on its own
        "China-Japan-South Korea trade reached $780 billion in 2022.",
        "Russia's trade with China, India and Turkey reached $400 billion in 2022.",
        "Japan's trade with China and South Korea reached $400 billion in 2022.",
        "Russia exported $200 billion of goods to China and India in 2022.",
        "India imported $40 billion of oil from Russia and Iraq in 2022.",
        "Russia and Belarus are allies. The country recorded $16.4 billion in exports to Russia "
        "and Kazakhstan.",
        # figures given respectively are not each flow's
        "Germany's exports to China and imports from China reached $100 billion and $190 billion.",
        # "our" trade with no meeting of two states is no pair's
        "Russia and China are close partners. Our trade turnover reached a record $800 billion "
        "last year, the Russian economy minister said.",
    ],
)
def test_no_flow_between_two_of_a_list(text: str) -> None:
    assert not find(facts(text), "TradeFlow")


def test_a_directional_figure_after_a_part_of_a_year() -> None:
    found = facts(
        "Kazakhstan's exports to China in the first quarter of 2023 amounted to $3.8 billion."
    )
    flow = find(found, "TradeFlow", exporter={"Q232"}, importer={"Q148"})
    assert _values(flow, "amount") == ["3800000000"]


def test_our_trade_at_talks_is_the_two_states_trade() -> None:
    found = facts(
        'Vladimir Putin held talks with Xi Jinping in the Kremlin. "Our trade turnover '
        'increased by 30 percent last year and reached 185 billion dollars," the President noted.',
        date=dt.date(2023, 3, 21),
    )
    total = find(found, "TradeFlow", party={"Q159", "Q148"}, flow="TotalTrade")
    assert _values(total, "amount") == ["185000000000"]
    assert _values(total, "period") == ["2022"]


@pytest.mark.parametrize(
    ("text", "reporter", "partner", "share"),
    [
        (
            "According to Geostat, Azerbaijan was Georgia's fourth largest trading partner with a "
            "7.6% share.",
            "Q230",
            "Q227",
            "0.076",
        ),
        (
            "Armenia's foreign trade turnover grew by 68% in 2022, with Russia accounting for 35% "
            "of the total.",
            "Q399",
            "Q159",
            "0.35",
        ),
    ],
)
def test_shares_stated_with_the_partner(text: str, reporter: str, partner: str, share: str) -> None:
    fact = find(facts(text), "TradeShare", reporter={reporter}, partner={partner})
    assert _values(fact, "share") == [share]


def test_exports_from_one_state_to_another_after_the_figure() -> None:
    found = facts(
        "In 2019, the trade volume between Georgia and Azerbaijan was $1.1 billion. This "
        "included $0.2 billion in exports from Georgia to Azerbaijan and $0.9 billion in imports "
        "from Azerbaijan to Georgia."
    )
    flow = find(found, "TradeFlow", exporter={"Q230"}, importer={"Q227"})
    assert _values(flow, "amount") == ["200000000"]
    assert _values(flow, "period") == ["2019"]


@pytest.mark.parametrize(
    "text", ["In 1955 Dong became premier.", "In 2022 tenge weakened.", "Some 300 hryvnias."]
)
def test_a_bare_currency_word_after_a_plain_number_is_no_money(text: str) -> None:
    # (a year before a name or a word is common; the figures of trade have a scale)
    assert find_money(text, 0) == []


def _titled(title: str, body: str) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, title=title, date=dt.date(2024, 1, 12))
    return extract(article, load_index())


def test_a_headlines_rounded_figure_is_the_bodys_figure() -> None:
    found = _titled(
        "China-Russia trade hits record $240 billion in 2023",
        "Trade between China and Russia hit a record $240.1 billion in 2023, up 26.3% from a year "
        "earlier, Chinese customs data showed on Friday.",
    )
    totals = [f for f in found if f.cls.value == "TradeFlow"]
    assert len(totals) == 1
    assert _values(totals[0], "amount") == ["240100000000"]
    assert any(e.in_title for e in totals[0].evidence)
    # a different figure of the same pair is another fact
    found = _titled(
        "China-Russia trade hits record $240 billion in 2023",
        "Trade between China and Russia reached $190 billion in 2022.",
    )
    assert len([f for f in found if f.cls.value == "TradeFlow"]) == 2


def test_a_headlines_infinitive_is_a_forecast() -> None:
    found = _titled(
        "Lukashenko: Belarus-Russia trade to exceed $50bn",
        "The trade between Belarus and Russia is expected to exceed $50 billion this year, "
        "Lukashenko said.",
    )
    assert not find(found, "TradeFlow")


def test_a_share_of_a_states_export() -> None:
    share = find(facts("Russia accounts for almost 60% of Belarus' export."), "TradeShare")
    assert _values(share, "flow") == ["Export"]
    assert _values(share, "share") == ["0.6"]


@pytest.mark.parametrize(
    "text",
    [
        "Since 2013, trade between Russia and China has reached $1 trillion.",
        "Trade between Russia and China between 2020 and 2023 totaled $600 billion.",
        "Trade between Russia and China in 2021-2023 reached $600 billion.",
    ],
)
def test_a_figure_of_several_years_is_no_trade_flow(text: str) -> None:
    # (a sum of several years is no year's trade: it gave the first year, or the last)
    assert not find(facts(text), "TradeFlow")


def test_a_figure_reached_since_a_year_has_its_own_year() -> None:
    total = find(
        facts(
            "Trade between Russia and China has grown 2.5 times since 2016, reaching $240 billion "
            "in 2023."
        ),
        "TradeFlow",
    )
    assert _values(total, "period") == ["2023"]


def test_pct_is_percent() -> None:
    share = find(facts("China accounts for 18 pct of Germany's imports."), "TradeShare")
    assert _values(share, "share") == ["0.18"]


@pytest.mark.parametrize(
    "text",
    [
        "Belarus accounts for 49% of Russia's trade with the Eurasian Economic Union.",
        "Russia remains Kazakhstan's main trading partner, accounting for about 20 percent of its "
        "trade with the EAEU.",
        "France has a 2 percent share of Armenia's foreign trade with the EU.",
    ],
)
def test_a_share_of_a_states_trade_with_a_third_is_no_share_of_its_trade(text: str) -> None:
    assert not find(facts(text), "TradeShare")


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        (
            "Bilateral trade between Russia and India reached $65 billion in 2023 and could reach "
            "$100 billion by 2030.",
            "65000000000",
            "2023",
        ),
        (
            "Trade between Russia and India reached $65 billion in 2023, Putin said, adding that "
            "it would reach $100 billion by 2030.",
            "65000000000",
            "2023",
        ),
        # (the hedged clause's year is not the figure's)
        (
            "Trade between Russia and India reached $65 billion, and may exceed $80 billion in "
            "2024.",
            "65000000000",
            None,
        ),
    ],
)
def test_a_figure_before_a_hedged_forecast(text: str, amount: str, period: str | None) -> None:
    found = [f for f in facts(text) if f.cls.value == "TradeFlow"]
    assert len(found) == 1
    assert _values(found[0], "amount") == [amount]
    assert _values(found[0], "period") == ([period] if period else [])


@pytest.mark.parametrize(
    "text",
    [
        "If sanctions are lifted, trade between Iran and Russia could climb to $10 billion.",
        "Trade between Iran and Russia, which could climb to $10 billion, reached $5 billion.",
        "Trade between Russia and India did not reach $50 billion, and could reach $100 billion.",
    ],
)
def test_no_figure_in_or_after_a_hedge(text: str) -> None:
    assert not find(facts(text), "TradeFlow")


def test_a_daily_figure_is_no_years_trade() -> None:
    assert not find(
        facts("Trade between the EU and China is worth over €2 billion a day."), "TradeFlow"
    )
    assert find(
        facts("Trade between the EU and China is worth over €800 billion a year."), "TradeFlow"
    )


@pytest.mark.parametrize(
    "text",
    ["the Hong Kong SAR 25th anniversary", "in the Macao SAR 2023 budget", "in 2023 SAR policy"],
)
def test_a_code_that_is_an_acronym_before_a_plain_number_is_no_money(text: str) -> None:
    assert find_money(text, 0) == []


def test_sino_x_trade_is_chinas_trade_with_x() -> None:
    total = find(facts("Sino-Russian trade rose 26 percent to $240 billion in 2023."), "TradeFlow")
    assert total is not None and {str(e.qid) for e in total.entities("party")} == {"Q148", "Q159"}
    # a continent is no state
    assert not find(facts("Sino-African trade reached $282 billion in 2022."), "TradeFlow")


def test_an_export_turnover_to_a_state() -> None:
    found = facts("Vietnam's export turnover to the United States reached $109.4 billion in 2022.")
    flow = find(found, "TradeFlow", exporter={"Q881"}, importer={"Q30"})
    assert _values(flow, "amount") == ["109400000000"]


def test_a_partners_share_of_the_state_named_again() -> None:
    text = "China is Kazakhstan's largest trading partner, accounting for 20 percent of {}'s trade."
    share = find(facts(text.format("Kazakhstan")), "TradeShare", reporter={"Q232"})
    assert _values(share, "share") == ["0.2"]
    assert not find(facts(text.format("Russia")), "TradeShare")


@pytest.mark.parametrize(
    ("text", "amounts_"),
    [
        ("a $1.2-billion deal", ["1200000000"]),
        # a range is no one sum (it gave $5, or its upper bound)
        ("$5-6 billion", []),
        ("US$5–6 bn", []),
        ("$5 to $6 billion", []),
        ("5-6 billion dollars", []),
        ("rose from $3 billion in 2021 to $5 billion in 2022", ["3000000000", "5000000000"]),
    ],
)
def test_hyphens_and_ranges_in_money(text: str, amounts_: list[str]) -> None:
    assert [str(m.amount) for m in find_money(text, 0)] == amounts_


def test_a_range_of_percentages_is_no_share() -> None:
    assert find_percents("between 10-15% of trade", 0) == []
    assert find_percents("10 to 15 percent of trade", 0) == []


def test_a_flow_to_a_trade_bloc() -> None:
    found = facts("China's exports to ASEAN reached $567.3 billion in 2022.")
    flow = find(found, "TradeFlow", exporter={"Q148"}, importer={"Q7768"})
    assert _values(flow, "amount") == ["567300000000"]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and China recorded $5 billion in trade deals.",
        'Vladimir Putin held talks with Xi Jinping in the Kremlin. "Our trade surplus grew to $38 '
        'billion," Putin said.',
        "Russia and China are allies. Their trade imbalance reached $38 billion in 2022.",
        "The bilateral trade deficit between India and China reached $100 billion in 2022.",
        "Bilateral trade financing between Russia and India reached $5 billion.",
        "The trade gap between the United States and China narrowed to $280 billion.",
        "The bilateral trade target between Russia and India is $50 billion.",
    ],
)
def test_a_deficit_a_target_or_deals_are_no_trade_volume(text: str) -> None:
    assert not find(facts(text), "TradeFlow")


def test_the_figure_before_an_aside() -> None:
    found = facts(
        "Trade between India and China reached $135 billion, with India's trade deficit at $100 "
        "billion."
    )
    total = find(found, "TradeFlow", party={"Q668", "Q148"})
    assert _values(total, "amount") == ["135000000000"]
