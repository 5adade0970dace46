"""Trade figures, trade shares and permissions as wire copy, readouts and ministry releases
phrase them (session 12): forecasts and targets are no figures, part-year periods without a
year, imports "of Russian goods", shares of a partner "and accounts for", praise "for allowing",
warships' access and overflights "by" military aircraft."""

from __future__ import annotations

import datetime as dt
from re import _parser  # type: ignore[attr-defined]

import pytest

from dipld.extract import amounts, economy
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts, find
from tests.extract.test_s10_rel import _never

FEB_2024 = dt.date(2024, 2, 10)
JULY_2023 = dt.date(2023, 7, 14)
TALKS = "Russia and Uzbekistan held talks. "
RUSSIA, UZBEKISTAN, BELARUS, KAZAKHSTAN = "Q159", "Q265", "Q184", "Q232"


def _flows(body: str, date: dt.date = FEB_2024) -> list[Fact]:
    return [f for f in facts(body, date) if f.cls.value == "TradeFlow"]


def _one(found: list[Fact], role: str) -> str:
    values = [str(v) for f in found for v in f.get(role)]
    assert len(values) == 1, values
    return values[0]


# ---- goals, forecasts and targets ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders agreed to work toward increasing bilateral trade to $20 billion.",
        "The sides discussed ways of raising mutual trade to $20 billion.",
        "The sides seek to bring bilateral trade up to $20 billion.",
        "Bilateral trade of $20 billion by 2030 is the goal.",
        "The sides want $20 billion in bilateral trade by 2030.",
        "Bilateral trade is forecast at $12 billion this year.",
        "Bilateral trade is projected at $20 billion by 2030.",
        "Bilateral trade is targeted to grow to $20 billion by 2030.",
        "In 2030, bilateral trade will stand at $20 billion.",
        "Bilateral trade is expected to grow to $20 billion by 2030.",
        "Bilateral trade is expected to total $20 billion.",
        "Uzbekistan's exports to Russia are expected to rise to $5 billion in 2025.",
        "Bilateral trade is $20 billion in the plan for 2030.",
        "The two countries pledged to lift bilateral trade to $20 billion.",
    ],
)
def test_a_goal_or_forecast_is_no_trade_figure(sentence: str) -> None:
    assert not _flows(TALKS + sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "amount", "period"),
    [
        # the figure before the goal, and results phrased like goals
        (
            "Bilateral trade amounted to $9.8 billion in 2023, and the sides plan to double it by "
            "2030.",
            "9800000000",
            "2023",
        ),
        ("By 2015, bilateral trade had reached $9.8 billion.", "9800000000", "2015"),
        (
            "Bilateral trade grew 20%, bringing the total to $9.8 billion in 2023.",
            "9800000000",
            "2023",
        ),
        ("Bilateral trade is estimated at $9.8 billion in 2023.", "9800000000", "2023"),
        (
            "Bilateral trade reached $9.8 billion in 2023 and should grow to $12 billion in 2024.",
            "9800000000",
            "2023",
        ),
    ],
)
def test_a_result_stays_a_figure(sentence: str, amount: str, period: str) -> None:
    found = _flows(TALKS + sentence)
    assert _one(found, "amount") == amount
    assert _one(found, "period") == period


# ---- periods ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "date", "period"),
    [
        (
            "Brazil's exports to China grew by 24% to $60.2 billion in January-June.",
            JULY_2023,
            "2023",
        ),
        (
            "Trade between Russia and Uzbekistan grew by 12% to $9.1 billion in January-November.",
            FEB_2024,
            "2023",
        ),
        (
            "Trade between Russia and Uzbekistan rose to $5 billion in January through June.",
            JULY_2023,
            "2023",
        ),
    ],
)
def test_months_of_a_year_not_written_are_the_last_such_months(
    sentence: str, date: dt.date, period: str
) -> None:
    assert _one(_flows(sentence, date), "period") == period


def test_a_single_month_without_a_year_has_its_resolved_year() -> None:
    # (session 17: a month's figure is a part-year figure, whose period is the month's year, the
    # latest January by the article's date; ANNOTATION.md §3)
    found = _flows("Trade between Russia and Uzbekistan grew to $9.1 billion in January.")
    assert [str(v) for f in found for v in f.get("period")] == ["2024"]


# ---- amounts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        (
            "Trade between Russia and Belarus reached 3.6 trillion roubles, or about $45 billion, "
            "in 2023.",
            "3600000000000",
            "RUB",
        ),
        (
            "Trade between Russia and Belarus reached 3.6 trillion roubles or $45 billion in 2023.",
            "3600000000000",
            "RUB",
        ),
        ("Trade between Russia and Belarus reached ₽3.6 trillion in 2023.", "3600000000000", "RUB"),
        ("Trade between Turkey and Iraq reached ₺500 billion in 2023.", "500000000000", "TRY"),
        ("Trade between Japan and South Korea hit ₩95 trillion in 2023.", "95000000000000", "KRW"),
        ("Malaysia's trade with Singapore reached RM300 billion in 2023.", "300000000000", "MYR"),
        ("Malaysia's trade with Singapore reached RM 1.2bn in 2023.", "1200000000", "MYR"),
    ],
)
def test_a_figure_in_a_sign_or_given_again_in_another_currency(
    sentence: str, amount: str, currency: str
) -> None:
    found = _flows(sentence)
    assert _one(found, "amount") == amount
    (money,) = [v for f in found for v in f.get("currency") if isinstance(v, Entity)]
    assert (money.label, money.qid) == (currency, None)  # (unlinked: no sourced QID)
    assert _one(found, "period") == "2023"


@pytest.mark.parametrize(("sign", "code"), [("₽", "RUB"), ("₩", "KRW"), ("₺", "TRY")])
def test_a_currency_sign_passes_the_money_precheck(sign: str, code: str) -> None:
    text = f"It was {sign}3.6 trillion."
    assert amounts._names_currency(text)
    assert [(str(m.amount), m.currency) for m in amounts.find_money(text, 0)] == [
        ("3600000000000", code)
    ]


@pytest.mark.parametrize("text", ["the RM 300 class", "FORM 300 billion", "ARM 3 billion"])
def test_no_ringgit_without_a_scale_or_in_a_word(text: str) -> None:
    assert amounts.find_money(text, 0) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # two figures of one currency are no conversion; a "from" figure is the old one
        "Trade between Russia and Belarus reached $45 billion or $50 billion, by some estimates.",
        "Trade between Russia and Belarus rose from 3 trillion roubles, or $40 billion, to 3.6 "
        "trillion roubles in 2023.",
    ],
)
def test_two_figures_that_are_no_conversion_give_no_total(sentence: str) -> None:
    assert not _flows(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year, the two countries' trade amounted to $3 billion.",
        "The two countries' bilateral trade turnover reached $3 billion in 2023.",
    ],
)
def test_the_trade_of_the_two_countries_just_named(sentence: str) -> None:
    found = _flows("Kazakhstan and Kyrgyzstan held talks. " + sentence)
    assert find(found, "TradeFlow", party={KAZAKHSTAN, "Q813"}, flow="TotalTrade"), found
    assert _one(found, "period") == "2023"


# ---- directional flows -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "exporter", "importer"),
    [
        (
            "Imports of Russian goods into Kazakhstan amounted to $17 billion in 2023.",
            RUSSIA,
            KAZAKHSTAN,
        ),
        (
            "Kazakhstan's imports of Russian goods amounted to $17 billion in 2023.",
            RUSSIA,
            KAZAKHSTAN,
        ),
        ("Exports to Russia from Kazakhstan grew to $9 billion in 2023.", KAZAKHSTAN, RUSSIA),
        ("Indonesia recorded exports of $24.8 billion to Japan in 2023.", "Q252", "Q17"),
        ("Indonesia registered imports of $16 billion from Japan in 2023.", "Q17", "Q252"),
        (
            "Exports to Kazakhstan from Uzbekistan reached US$3 bn last year.",
            UZBEKISTAN,
            KAZAKHSTAN,
        ),
    ],
)
def test_a_flow_by_the_origin_of_its_goods_or_named_after_its_destination(
    sentence: str, exporter: str, importer: str
) -> None:
    found = _flows(sentence)
    assert find(found, "TradeFlow", exporter={exporter}, importer={importer}), found
    assert _one(found, "period") == "2023"


@pytest.mark.parametrize(
    "sentence",
    [
        # a list of importers, no partner, a forecast ("Kazakhstan's imports of Russian oil
        # amounted to $17 billion" is a flow: the gold codes a commodity's figure as one, see
        # test_s42_trade.py)
        "Indonesia recorded exports of $24.8 billion to Japan and China in 2023.",
        "Indonesia recorded exports of $24.8 billion in 2023.",
        "Imports of Russian goods into Kazakhstan and Kyrgyzstan amounted to $17 billion in 2023.",
        "Imports of Russian goods into Kazakhstan are expected to reach $20 billion in 2024.",
    ],
)
def test_imports_of_goods_that_are_no_flow_between_two_states(sentence: str) -> None:
    assert not _flows(sentence), sentence


# ---- shares ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "reporter", "partner", "share", "flow"),
    [
        (
            "Russia remains Belarus's main trading partner and accounts for 49% of Belarus's "
            "foreign trade.",
            BELARUS,
            RUSSIA,
            "0.49",
            None,
        ),
        (
            "Russia is Belarus's main trading partner and accounts for almost 50 percent of its "
            "foreign trade.",
            BELARUS,
            RUSSIA,
            "0.5",
            None,
        ),
        (
            "China is Kazakhstan's largest trading partner, with a share of 20%.",
            KAZAKHSTAN,
            "Q148",
            "0.2",
            None,
        ),
        (
            "China ranks first among Kazakhstan's trading partners with a share of 20%.",
            KAZAKHSTAN,
            "Q148",
            "0.2",
            None,
        ),
        (
            "Belarus's trade with Russia accounts for 49% of its total trade.",
            BELARUS,
            RUSSIA,
            "0.49",
            None,
        ),
        (
            "Germany is Poland's biggest trading partner, accounting for 27% of Polish exports.",
            "Q36",
            "Q183",
            "0.27",
            "Export",
        ),
        (
            "Russia's share in the foreign trade of Armenia was 35% in 2023.",
            "Q399",
            RUSSIA,
            "0.35",
            None,
        ),
    ],
)
def test_a_partners_share_of_a_states_trade(
    sentence: str, reporter: str, partner: str, share: str, flow: str | None
) -> None:
    found = [f for f in facts(sentence, FEB_2024) if f.cls.value == "TradeShare"]
    fact = find(found, "TradeShare", reporter={reporter}, partner={partner}, share=share)
    assert fact is not None, found
    assert [str(v) for v in fact.get("flow")] == ([flow] if flow else [])


@pytest.mark.parametrize(
    "sentence",
    [
        # a state's own trade, another state's trade, its growth, a rank without a share
        "Belarus's trade with Russia accounts for 49% of Russia's total trade.",
        "Russia is Belarus's main trading partner and accounts for 49% of Ukraine's foreign trade.",
        "Russia is Belarus's main trading partner and accounts for 49% of Belarus's trade growth.",
        "Russia accounts for 49% of Belarus's trade growth.",
        "China ranks first among Kazakhstan's trading partners.",
        "Russia is Belarus's main trading partner and accounts for 49% of its trade with the EU.",
    ],
)
def test_no_share_of_another_trade(sentence: str) -> None:
    assert not [f for f in facts(sentence, FEB_2024) if f.cls.value == "TradeShare"], sentence


# ---- permissions -----------------------------------------------------------------------------


def _permissions(body: str) -> list[Fact]:
    return [f for f in facts(body, FEB_2024) if f.cls.value == "Permission"]


@pytest.mark.parametrize(
    ("sentence", "grantor", "grantee", "activity"),
    [
        (
            "The Secretary thanked the Philippines for allowing U.S. forces to use its bases.",
            "Q928",
            "Q30",
            "MilitaryBasing",
        ),
        (
            "Kuleba thanked Moldova for allowing Ukrainian grain to transit its territory.",
            "Q217",
            "Q212",
            "Transit",
        ),
        (
            "President Biden thanked Poland for hosting more than 10,000 U.S. servicemembers.",
            "Q36",
            "Q30",
            "MilitaryBasing",
        ),
        (
            "Sudan granted Russian warships access to its ports under a 25-year agreement.",
            "Q1049",
            RUSSIA,
            "MilitaryBasing",
        ),
        (
            "Eritrea permitted overflights by Russian military aircraft in 2022.",
            "Q986",
            RUSSIA,
            "Overflight",
        ),
        (
            "Tajikistan's parliament approved the deployment of Russian troops in the country.",
            "Q863",
            RUSSIA,
            "MilitaryBasing",
        ),
        (
            "Tajikistan's government allowed Russian troops to use its territory.",
            "Q863",
            RUSSIA,
            "MilitaryBasing",
        ),
    ],
)
def test_a_permission_told_by_praise_an_organ_or_its_aircraft_and_warships(
    sentence: str, grantor: str, grantee: str, activity: str
) -> None:
    found = _permissions(sentence)
    assert find(found, "Permission", grantor={grantor}, grantee={grantee}, activity=activity), found


@pytest.mark.parametrize(
    "sentence",
    [
        # an allegation, merchant ships, civil flights, refusals, hypotheticals, the state itself
        "The EU criticized Belarus for allowing Russian troops to use its territory.",
        "Ukraine condemned Belarus for allowing Russia to use its territory to attack Kyiv.",
        "Sudan granted Russian ships access to its ports.",
        "Sudan granted Russian companies access to its ports.",
        "Saudi Arabia permitted overflights by Israeli airlines.",
        "Turkey refused to allow Russian warships to pass through the Bosphorus.",
        "Turkey denied Russian warships passage through the straits in 2022.",
        "Georgia would not allow Russian troops to transit its territory.",
        "Cyprus might allow U.S. warships to use its ports.",
        "Russia's parliament approved the deployment of Russian troops in Syria.",
    ],
)
def test_no_permission_from_these(sentence: str) -> None:
    assert not _permissions(sentence), sentence


# ---- pre-checks ------------------------------------------------------------------------------


def test_praise_for_a_permission_cannot_match_without_its_verbs() -> None:
    needed = dict(economy._PERMISSION_PATTERNS)[economy._FOR_ALLOWING]
    pattern = economy._FOR_ALLOWING.pattern.replace("authori[sz]ing", "authorising|authorizing")
    for word in needed:
        pattern = pattern.replace(word, "(?!)")
    assert _never(list(_parser.parse(pattern, economy._FOR_ALLOWING.flags))), pattern
