# ruff: noqa: E501  (a table of sentences)
"""Trade figures, shares and permissions probed with fresh sentences (session 23, economy).

A battery of 172 sentences written for this session (wire stories, readouts, ministry releases;
Africa, Latin America, Asia, the Middle East, Europe, the Pacific), each with the facts
ANNOTATION.md asks for written down before the extractor was run, gave at 4fc71f0 (main) sixteen
wrong facts and twenty-two misses of this family:

Wrong facts (fixed):

1. "Rs" and a bare "rupees" were always India's: "Pakistan's trade with China stood at Rs 5
   trillion", "Sri Lanka's exports to India were worth Rs 250 billion", "Nepal imported goods
   worth Rs 1 trillion from India" gave INR. The rupee is now the first rupee state's the
   sentence names (a figure is told in its reporter's currency): PKR, LKR, NPR, MUR; India's
   otherwise, and always for "₹", "INR" and "Indian rupees". (Three wrong facts.) A bare
   "pounds" likewise (found in the second round): "Egypt's exports to Libya reached 20 billion
   pounds" gave GBP; now EGP, and SDG, LBP, SYP, SSP for Sudan, Lebanon, Syria, South Sudan;
   Britain's for "£", "pounds sterling" or a sentence whose first pound state is Britain (three
   more wrong facts).
2. A change told by a sum was read as the year's trade: "Trade between Ukraine and Poland fell
   by $2 billion in 2023", "Bilateral trade ... increased by $300 million last year", "China's
   exports to the United States dropped by $73 billion", "... was up $5 billion" gave the
   change as the figure (found by a second round of probes written after the first fixes;
   seven wrong facts, one of them "dropped by $73 billion to $500 billion"). A sum after a change verb ("fell by", "rose", "was up") is no figure now;
   the figure reached after it is ("grew by $50 billion to $240 billion", "rose $5 billion, to
   $55 billion": before, no figure at all).
3. A permission told as what is denied: "The Kremlin denied reports that Belarus had allowed
   Russian troops to use its territory" gave a Permission. "denied / rejected / dismissed
   (reports | claims | allegations ...) that" before it now drops it. (One wrong fact.)

Misses (fixed, structures that recur in trade and basing news):

4. A figure's share of its reporter's trade told after it, the Chinese customs' and Xinhua's
   form: "China's trade with ASEAN rose 5 percent to 6.41 trillion yuan, accounting for 15.4
   percent of China's total foreign trade", "Brazil's exports to China ..., or 30.7 percent of
   its total exports", "Trade between China and the EU ..., accounting for 13 percent of
   China's total foreign trade". The share is taken only when it is of the flow the figure is
   (exports of exports, trade of trade), never of GDP, growth or a commodity's imports; also
   set off by a bare comma ("Exports from Ukraine to the EU reached 24 billion euros, about 65
   percent of Ukraine's total exports").
5. "has given X access to bases" / "has given X overflight rights" (only "gave" and "granted"
   were read).
6. The dirham as the Emirati press writes it, "Dh185 billion", "Dhs 100 million" (and, found
   later, the East African shillings and the rupiah: "KSh 200 billion", "TSh 2 trillion", "USh 3
   trillion", "Rp 900 trillion"; read with a scale or a grouped figure only); "non-oil
   trade" and "trade in goods / services with" as a pair's trade.
7. (and) "re-exports" in an aside is no directed flow that ends the total's clause: "Trade
   between Armenia and Russia, including re-exports, reached $7.3 billion" gave nothing.
   Two years' figures in one clause, "reached $36 billion in 2023 and $40 billion in 2022":
   neither was given; now one TradeFlow per year.
8. A lease granted: "Syria granted Russia a 49-year lease on the Tartus naval base" (the
   leases read were "leases ... to", "leases ... from", "extended the lease", "under a lease");
   a lease of a port or a cosmodrome stays no military permission, as before.
9. A tariff in the singular, "The United States imposed a 25 percent tariff on Chinese goods"
   (SANCTION 163, as "imposed 25 percent tariffs" was): one alternative and one pre-check word
   in events.py, a shared module; "a tariff-free quota" stays none. TARIFFS: 1/4 → 4/4.
10. (precision, found last) A year after "before", "until" or "prior to" was a figure's period:
   "Russia's share of India's trade was 2 percent before 2022" gave period 2022 (four wrong
   periods in the four rows of BOUNDS); such a year is now a bound, as "since 2016" was.

Hit rate on the rows below: at 4fc71f0 (main) rupee and pound rows 9/16, positives 14/45 (the rows
that already held are kept as guards), negatives 24/32, bounds 0/4, the forecast row failing
(its 2023 figure was missed); after: all of them. On the whole battery (this family's facts): wrong facts
16 → 0 (one borderline left, below), misses 22 → 8.

Left (one example each): "the two sides" of a trade figure said by a leader after a meeting ("Trade
between the two sides reached $1.5 billion, said Kenyan President William Ruto after meeting
..."); an aid total's amount ("Japan's official development assistance to Bangladesh totaled
$2.5 billion"); a rupee or pound of an earlier sentence's state (only the sentence's states are
read); a figure in a relative clause of its reporter ("Singapore, whose trade
with Malaysia reached S$150 billion in 2023, ..."); a speaker's state as a party ("Xi said
trade with Kazakhstan had reached $41 billion"); a facility named by its use ("permission to use
the Sary-Shagan testing ground"); ships given a port ("Oman has allowed Indian Navy ships to use
the port of Duqm": the navy is not in the KB). Borderline, kept: "The agreement will allow US
forces to use Kenyan military facilities" gives a Permission (a signed agreement's effect, or a
future one). A fiscal year "2022-23" is its first year, the
project's convention (test_temporal.py), kept."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find

DAY = dt.date(2024, 3, 15)

PK, LK, NP, IN, CN, BR, CL, EU, ASEAN = (
    "Q843",
    "Q854",
    "Q837",
    "Q668",
    "Q148",
    "Q155",
    "Q298",
    "Q458",
    "Q7768",
)
AE, US, PH, AM, BY, TJ = "Q878", "Q30", "Q928", "Q399", "Q184", "Q863"


def _has(text: str, cls: str, **roles: set[str] | str) -> bool:
    return find(facts(text, DAY), cls, **roles) is not None


def _currency(text: str) -> set[str]:
    """The currencies of the text's trade figures and events (unlinked ones by their code)."""
    out: set[str] = set()
    for f in facts(text, DAY):
        for v in f.get("currency"):
            out.add(getattr(v, "qid", None) or getattr(v, "label", ""))
    return out


# --- 1. the rupee of the sentence's first rupee state --------------------------------------------
RUPEES = [
    pytest.param(
        "Pakistan's trade with China stood at Rs 5 trillion in fiscal year 2023.",
        {"PKR"},
        id="pk-rs",
    ),
    pytest.param(
        "Sri Lanka's exports to India were worth Rs 250 billion in 2023.",
        {"LKR"},
        id="lk-before-india",
    ),
    pytest.param(
        "Nepal imported goods worth Rs 1 trillion from India in 2023.", {"NPR"}, id="np-imports"
    ),
    pytest.param(
        "Pakistan's exports to Afghanistan were worth 200 billion rupees in 2023.",
        {"PKR"},
        id="pk-rupees-word",
    ),
    # India's stays India's
    pytest.param(
        "India's trade with Pakistan fell to Rs 2,000 crore last year.", {"INR"}, id="india-first"
    ),
    pytest.param("India gave Sri Lanka Rs 500 crore in aid last year.", {"INR"}, id="india-aid"),
    pytest.param(
        "India's exports to Nepal rose to ₹90,000 crore in 2023.", {"INR"}, id="rupee-sign"
    ),
    pytest.param(
        "Sri Lanka's trade with China reached 1.2 trillion Indian rupees in 2023.",
        {"INR"},
        id="indian-rupees",
    ),
    pytest.param(
        "Bilateral trade stood at Rs 1.2 lakh crore in 2023, the ministry said.",
        set(),
        id="no-state-no-pair",
    ),
    # the pound
    pytest.param(
        "Trade between Egypt and Sudan reached 30 billion pounds in 2023.", {"EGP"}, id="eg-pounds"
    ),
    pytest.param(
        "Egypt's exports to Libya reached 20 billion pounds in 2023.",
        {"EGP"},
        id="eg-exports-pounds",
    ),
    pytest.param(
        "Trade between Lebanon and Syria reached 500 billion pounds in 2023.",
        {"LBP"},
        id="lb-pounds",
    ),
    pytest.param(
        "Trade between Britain and Ireland reached 80 billion pounds in 2023.",
        {"GBP"},
        id="uk-pounds",
    ),
    pytest.param(
        "Egypt's trade with Britain reached £5 billion in 2023.", {"GBP"}, id="pound-sign"
    ),
    pytest.param(
        "Britain gave Egypt 10 million pounds in aid last year.", {"GBP"}, id="uk-aid-pounds"
    ),
    pytest.param(
        "Trade between Egypt and Sudan reached 30 billion pounds sterling in 2023.",
        {"GBP"},
        id="sterling",
    ),
]


@pytest.mark.parametrize(("text", "want"), RUPEES)
def test_rupee_of_the_reporter(text: str, want: set[str]) -> None:
    assert _currency(text) == want


# --- 2-6. positives -------------------------------------------------------------------------------
POSITIVES = [
    # 3. a share after the figure
    pytest.param(
        "China's trade with ASEAN rose 5 percent to 6.41 trillion yuan in 2023, accounting for 15.4 percent of China's total foreign trade.",
        "TradeShare",
        {"reporter": {CN}, "partner": {ASEAN}, "share": "0.154"},
        id="share-asean",
    ),
    pytest.param(
        "Brazil's exports to China rose 18 percent to $104 billion in 2023, accounting for 30.7 percent of its total exports.",
        "TradeShare",
        {"reporter": {BR}, "partner": {CN}, "share": "0.307", "flow": "Export"},
        id="share-exports",
    ),
    pytest.param(
        "Chile's exports to China reached $39 billion in 2023, or 39 percent of its total exports.",
        "TradeShare",
        {"reporter": {CL}, "partner": {CN}, "share": "0.39"},
        id="share-or",
    ),
    pytest.param(
        "Trade between China and the EU reached 5.5 trillion yuan in 2023, accounting for 13 percent of China's total foreign trade.",
        "TradeShare",
        {"reporter": {CN}, "partner": {EU}, "share": "0.13"},
        id="share-between",
    ),
    pytest.param(
        "Pakistan's imports from China rose to $16 billion, which accounted for 29 percent of Pakistan's total imports.",
        "TradeShare",
        {"reporter": {PK}, "partner": {CN}, "share": "0.29", "flow": "Import"},
        id="share-imports-which",
    ),
    pytest.param(
        "Brazil's exports to China rose 18 percent to $104 billion in 2023, accounting for 30.7 percent of its total exports.",
        "TradeFlow",
        {"exporter": {BR}, "importer": {CN}, "amount": "104000000000"},
        id="share-keeps-flow",
    ),
    # 4. "has given ... access"
    pytest.param(
        "The Philippines has given the United States access to four more military bases.",
        "Permission",
        {"grantor": {PH}, "grantee": {US}, "activity": "MilitaryBasing"},
        id="has-given-access",
    ),
    pytest.param(
        "Manila has given Washington access to four more military bases under the EDCA.",
        "Permission",
        {"grantor": {PH}, "grantee": {US}},
        id="has-given-metonym",
    ),
    pytest.param(
        "Armenia has given Iran overflight rights.",
        "Permission",
        {"grantor": {AM}, "grantee": {"Q794"}, "activity": "Overflight"},
        id="has-given-rights",
    ),
    pytest.param(
        "The Philippines gave the United States access to four more military bases.",
        "Permission",
        {"grantor": {PH}, "grantee": {US}},
        id="gave-still",
    ),
    pytest.param(
        "Belarus has allowed Russian troops to use its territory.",
        "Permission",
        {"grantor": {BY}, "grantee": {"Q159"}},
        id="allowed-still",
    ),
    # 5. the dirham, non-oil trade, trade in goods or services
    pytest.param(
        "Trade between the UAE and India reached Dh 185 billion in 2023.",
        "TradeFlow",
        {"party": {AE, IN}, "amount": "185000000000", "period": "2023"},
        id="dh-spaced",
    ),
    pytest.param(
        "Trade between the UAE and India reached Dh185bn in 2023.",
        "TradeFlow",
        {"party": {AE, IN}, "amount": "185000000000"},
        id="dh-bn",
    ),
    pytest.param(
        "The UAE and India recorded non-oil trade of Dh 185 billion in 2023.",
        "TradeFlow",
        {"party": {AE, IN}, "amount": "185000000000"},
        id="recorded-non-oil",
    ),
    pytest.param(
        "The UAE's non-oil trade with India reached $50 billion in 2023.",
        "TradeFlow",
        {"party": {AE, IN}, "amount": "50000000000"},
        id="non-oil-with",
    ),
    pytest.param(
        "The EU's trade in goods with the United States reached 851 billion euros in 2022.",
        "TradeFlow",
        {"party": {EU, US}, "amount": "851000000000", "period": "2022"},
        id="trade-in-goods",
    ),
    pytest.param(
        "The EU's trade in services with the United States reached 746 billion euros in 2022.",
        "TradeFlow",
        {"party": {EU, US}, "amount": "746000000000"},
        id="trade-in-services",
    ),
    # 6. two years' figures
    pytest.param(
        "Trade between Peru and China reached 36 billion dollars in 2023 and 40 billion dollars in 2022.",
        "TradeFlow",
        {"party": {"Q419", CN}, "amount": "36000000000", "period": "2023"},
        id="two-years-first",
    ),
    pytest.param(
        "Trade between Peru and China reached 36 billion dollars in 2023 and 40 billion dollars in 2022.",
        "TradeFlow",
        {"party": {"Q419", CN}, "amount": "40000000000", "period": "2022"},
        id="two-years-second",
    ),
    pytest.param(
        "Bilateral trade between Ghana and Nigeria was $1.2 billion in 2022 and $1.5 billion in 2023, the minister said.",
        "TradeFlow",
        {"party": {"Q117", "Q1033"}, "amount": "1500000000", "period": "2023"},
        id="two-years-was",
    ),
    pytest.param(
        "China's trade with Peru totaled $36 billion in 2023 and $40 billion in 2022.",
        "TradeFlow",
        {"party": {CN, "Q419"}, "amount": "40000000000", "period": "2022"},
        id="two-years-with",
    ),
    # 2. the figure reached after a change by a sum
    pytest.param(
        "Trade between Russia and China grew by $50 billion to $240 billion in 2023.",
        "TradeFlow",
        {"party": {"Q159", CN}, "amount": "240000000000", "period": "2023"},
        id="change-by-then-to",
    ),
    pytest.param(
        "Trade between Canada and Mexico rose $5 billion, to $55 billion, in 2023.",
        "TradeFlow",
        {"party": {"Q16", "Q96"}, "amount": "55000000000"},
        id="change-comma-to",
    ),
    pytest.param(
        "China's exports to the United States dropped by $73 billion to $500 billion in 2023.",
        "TradeFlow",
        {"exporter": {CN}, "importer": {US}, "amount": "500000000000"},
        id="exports-change-to",
    ),
    pytest.param(
        "Germany's imports from China fell 20 billion euros, to 157 billion euros, last year.",
        "TradeFlow",
        {"exporter": {CN}, "importer": {"Q183"}, "amount": "157000000000", "period": "2023"},
        id="imports-change-to",
    ),
    pytest.param(
        "Trade between Canada and Mexico rose to $55 billion in 2023.",
        "TradeFlow",
        {"party": {"Q16", "Q96"}, "amount": "55000000000"},
        id="rose-to-still",
    ),
    pytest.param(
        "Chinese exports to Russia rose 47 percent, to $111 billion, in 2023.",
        "TradeFlow",
        {"exporter": {CN}, "importer": {"Q159"}, "amount": "111000000000"},
        id="percent-comma-to",
    ),
    # 8. a lease granted
    pytest.param(
        "Syria granted Russia a 49-year lease on the Tartus naval base in 2017.",
        "Permission",
        {"grantor": {"Q858"}, "grantee": {"Q159"}, "activity": "MilitaryBasing"},
        id="lease-granted",
    ),
    pytest.param(
        "Syria has granted Russia a lease on the Hmeimim air base.",
        "Permission",
        {"grantor": {"Q858"}, "grantee": {"Q159"}},
        id="lease-has-granted",
    ),
    # 4. a share set off by a bare comma
    pytest.param(
        "Exports from Ukraine to the EU reached 24 billion euros in 2023, about 65 percent of Ukraine's total exports.",
        "TradeShare",
        {"reporter": {"Q212"}, "partner": {EU}, "share": "0.65", "flow": "Export"},
        id="share-bare-comma",
    ),
    pytest.param(
        "Brazil's exports to China rose to $104 billion, 30 percent of its total exports.",
        "TradeShare",
        {"reporter": {BR}, "partner": {CN}, "share": "0.3"},
        id="share-bare-its",
    ),
    pytest.param(
        "Trade between Kenya and Uganda reached KSh 200 billion in 2023.",
        "TradeFlow",
        {"party": {"Q114", "Q1036"}, "amount": "200000000000", "currency": {"KES"}},
        id="ksh",
    ),
    pytest.param(
        "Trade between Tanzania and Zambia rose to TSh 2 trillion last year.",
        "TradeFlow",
        {"party": {"Q924", "Q953"}, "amount": "2000000000000", "currency": {"TZS"}},
        id="tsh",
    ),
    pytest.param(
        "Indonesia's exports to China reached Rp 900 trillion in 2023.",
        "TradeFlow",
        {"exporter": {"Q252"}, "importer": {CN}, "amount": "900000000000000", "currency": {"IDR"}},
        id="rp",
    ),
    pytest.param(
        "Trade between Armenia and Russia, including re-exports, reached $7.3 billion in 2023.",
        "TradeFlow",
        {"party": {AM, "Q159"}, "amount": "7300000000", "period": "2023"},
        id="re-exports-aside",
    ),
    pytest.param(
        "Armenia's re-exports to Russia reached $3 billion in 2023.",
        "TradeFlow",
        {"exporter": {AM}, "importer": {"Q159"}, "amount": "3000000000"},
        id="re-exports-still-directed",
    ),
    # rows that held before (guards)
    pytest.param(
        "Trade between China and Brazil reached 181.5 billion U.S. dollars in 2023, up 6.1 percent year on year.",
        "TradeFlow",
        {"party": {CN, BR}, "amount": "181500000000", "period": "2023"},
        id="guard-total",
    ),
    pytest.param(
        "China accounts for 30 percent of Brazil's exports.",
        "TradeShare",
        {"reporter": {BR}, "partner": {CN}, "share": "0.3"},
        id="guard-share",
    ),
    pytest.param(
        "Trade between the United Kingdom and India was worth £42 billion in the four quarters to the end of Q3 2023.",
        "TradeFlow",
        {"party": {"Q145", IN}, "amount": "42000000000"},
        id="guard-gbp",
    ),
    pytest.param(
        "Bilateral trade between New Zealand and China exceeded NZ$38 billion in the year to June 2023.",
        "TradeFlow",
        {"party": {"Q664", CN}, "amount": "38000000000"},
        id="guard-nzd",
    ),
    pytest.param(
        "The EU's exports to China totaled €223 billion in 2023, while its imports reached €514 billion.",
        "TradeFlow",
        {"exporter": {CN}, "importer": {EU}, "amount": "514000000000"},
        id="guard-while",
    ),
    pytest.param(
        "Kazakhstan's trade turnover with Uzbekistan reached 4.4 bln USD in 2023.",
        "TradeFlow",
        {"party": {"Q232", "Q265"}, "amount": "4400000000"},
        id="guard-bln",
    ),
    pytest.param(
        "Papua New Guinea has granted Australia and the United States access to the Lombrum naval base.",
        "Permission",
        {"grantor": {"Q691"}, "grantee": {US}},
        id="guard-granted-two",
    ),
    pytest.param(
        "Japan allowed U.S. military aircraft to fly over its territory during the drill.",
        "Permission",
        {"grantor": {"Q17"}, "grantee": {US}, "activity": "Overflight"},
        id="guard-overflight",
    ),
    pytest.param(
        "The Pentagon said Poland has granted U.S. forces permission to use its airbases.",
        "Permission",
        {"grantor": {"Q36"}, "grantee": {US}},
        id="guard-pentagon",
    ),
]


@pytest.mark.parametrize(("text", "cls", "roles"), POSITIVES)
def test_positive(text: str, cls: str, roles: dict[str, set[str] | str]) -> None:
    assert _has(text, cls, **roles)


# --- negatives: none of these gives a fact of the class -------------------------------------------
NEGATIVES = [
    # 2. a change by a sum
    pytest.param(
        "Trade between Ukraine and Poland fell by $2 billion in 2023.", "TradeFlow", id="fell-by"
    ),
    pytest.param(
        "Bilateral trade between Kenya and Uganda increased by $300 million last year.",
        "TradeFlow",
        id="increased-by",
    ),
    pytest.param(
        "China's exports to the United States dropped by $73 billion in 2023.",
        "TradeFlow",
        id="exports-dropped-by",
    ),
    pytest.param(
        "Germany's imports from China fell by 20 billion euros last year.",
        "TradeFlow",
        id="imports-fell-by",
    ),
    pytest.param(
        "Russia's trade with India increased $10 billion in 2023.",
        "TradeFlow",
        id="increased-no-by",
    ),
    pytest.param(
        "Trade between Canada and Mexico was up $5 billion in 2023.", "TradeFlow", id="was-up"
    ),
    # 2. denials
    pytest.param(
        "The Kremlin denied reports that Belarus had allowed Russian troops to use its territory.",
        "Permission",
        id="denied-reports",
    ),
    pytest.param(
        "Officials denied claims that Tajikistan had granted China access to a military base.",
        "Permission",
        id="denied-claims",
    ),
    pytest.param(
        "Dushanbe rejected media reports that it had allowed China to build a base.",
        "Permission",
        id="rejected-reports",
    ),
    pytest.param(
        "Minsk denied that it had allowed Russian troops to use its territory.",
        "Permission",
        id="denied-that",
    ),
    # 3. shares that are not of the figure's flow
    pytest.param(
        "Brazil's exports to China rose 18 percent, accounting for most of its export growth.",
        "TradeShare",
        id="share-growth",
    ),
    pytest.param(
        "Brazil's exports to China reached $104 billion, accounting for 30 percent of its total trade.",
        "TradeShare",
        id="share-other-flow",
    ),
    pytest.param(
        "Brazil's exports to China reached $104 billion, accounting for 3 percent of its GDP.",
        "TradeShare",
        id="share-gdp",
    ),
    pytest.param(
        "Trade between China and the EU reached 5.5 trillion yuan, accounting for 13 percent of global trade.",
        "TradeShare",
        id="share-global",
    ),
    pytest.param(
        "India's imports of Russian oil rose to $46 billion, accounting for 35 percent of its crude imports.",
        "TradeShare",
        id="share-commodity",
    ),
    pytest.param(
        "Trade between Brazil and China could reach $200 billion, accounting for 40 percent of Brazil's trade.",
        "TradeShare",
        id="share-hypothetical",
    ),
    pytest.param("China is Brazil's largest trading partner.", "TradeShare", id="rank"),
    # 4. "given" not granted
    pytest.param(
        "Poland has not given the United States access to its bases.", "Permission", id="not-given"
    ),
    pytest.param(
        "Greece would have given the US access to the port if asked.",
        "Permission",
        id="would-have-given",
    ),
    # 5. no dirham in a name
    pytest.param("Sheikh Mohammed bin Rashid visited Dh3 district.", "TradeFlow", id="dh-no-scale"),
    pytest.param(
        "Trade between Kenya and Uganda grew after the Rp 5 summit.", "TradeFlow", id="rp-no-scale"
    ),
    pytest.param(
        "The UAE's non-oil trade with the world reached Dh 3.5 trillion in 2023.",
        "TradeFlow",
        id="non-oil-world",
    ),
    # 8. leases that are no military permission
    pytest.param(
        "Sri Lanka gave China a 99-year lease on Hambantota port.", "Permission", id="lease-port"
    ),
    pytest.param(
        "Syria did not grant Russia a lease on the Tartus naval base.", "Permission", id="lease-not"
    ),
    pytest.param(
        "Kazakhstan granted Russia a lease of the Baikonur cosmodrome.",
        "Permission",
        id="lease-cosmodrome",
    ),
    # 4. no share of another flow, nor a growth
    pytest.param(
        "Exports from Ukraine to the EU reached 24 billion euros in 2023, 65 percent more than in 2022.",
        "TradeShare",
        id="share-bare-growth",
    ),
    pytest.param(
        "Exports from Ukraine to the EU reached 24 billion euros, or 65 percent of its total trade.",
        "TradeShare",
        id="share-exports-of-trade",
    ),
    # targets, hedges
    pytest.param(
        "The two countries aim to raise bilateral trade to $100 billion by 2030.",
        "TradeFlow",
        id="target",
    ),
    pytest.param(
        "Trade between Kenya and Tanzania could reach $2 billion if non-tariff barriers are removed.",
        "TradeFlow",
        id="could",
    ),
    pytest.param(
        "Germany's trade surplus with the United States reached 63 billion euros in 2023.",
        "TradeFlow",
        id="surplus",
    ),
    pytest.param(
        "Australia exported 80 million tonnes of iron ore to China in 2023.",
        "TradeFlow",
        id="tonnes",
    ),
    pytest.param(
        "Serbia does not allow NATO troops to transit its territory.", "Permission", id="not-allow"
    ),
]


@pytest.mark.parametrize(("text", "cls"), NEGATIVES)
def test_negative(text: str, cls: str) -> None:
    assert not [f for f in facts(text, DAY) if f.cls.value == cls]


def test_forecast_beside_a_figure() -> None:
    """The 2023 figure stays; the 2025 one (after the article) is a forecast."""
    found = [
        str(f.get("period")[0])
        for f in facts(
            "Trade between Peru and China reached 36 billion dollars in 2023 and 40 billion dollars in 2025.",
            DAY,
        )
        if f.cls.value == "TradeFlow"
    ]
    assert found == ["2023"]


BOUNDS = [
    pytest.param(
        "Russia's share of India's trade was 2 percent before 2022.",
        "TradeShare",
        id="share-before",
    ),
    pytest.param(
        "China accounted for 15 percent of Brazil's exports until 2010.",
        "TradeShare",
        id="share-until",
    ),
    pytest.param(
        "Trade between Russia and India was below $10 billion before 2022.",
        "TradeFlow",
        id="flow-before",
    ),
    pytest.param(
        "Trade between Iran and Iraq reached $10 billion in the years before 2020.",
        "TradeFlow",
        id="flow-years-before",
    ),
]


@pytest.mark.parametrize(("text", "cls"), BOUNDS)
def test_a_bound_is_no_period(text: str, cls: str) -> None:
    """A year after "before", "until" or "prior to" bounds the figure: it is not its period."""
    assert not [f for f in facts(text, DAY) if f.cls.value == cls and f.get("period")]


def test_the_year_after_the_bound_figure_stays() -> None:
    found = facts(
        "Trade between Russia and India rose to $65 billion in 2023, from $10 billion before 2022.",
        DAY,
    )
    assert find(found, "TradeFlow", amount="65000000000", period="2023") is not None


TARIFFS = [
    pytest.param(
        "The United States imposed a 25 percent tariff on Chinese goods.",
        {"Q30"},
        {CN},
        id="a-tariff-rate",
    ),
    pytest.param(
        "The United States imposed a tariff on Chinese steel.", {"Q30"}, {CN}, id="a-tariff"
    ),
    pytest.param(
        "Canada imposed a 100 percent tariff on Chinese electric vehicles in October.",
        {"Q16"},
        {CN},
        id="a-tariff-canada",
    ),
    pytest.param(
        "Washington imposed 25 percent tariffs on Chinese steel.", {"Q30"}, {CN}, id="tariffs-still"
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), TARIFFS)
def test_a_tariff_imposed(text: str, actor: set[str], recipient: set[str]) -> None:
    """A tariff in the singular ("imposed a 25 percent tariff on Chinese goods") is imposed as
    tariffs are (SANCTION 163): only the plural was read (one shared line of events.py)."""
    assert find(
        facts(text, DAY),
        "Event",
        eventType="SANCTION",
        cameoCode="163",
        actor=actor,
        recipient=recipient,
    )


@pytest.mark.parametrize(
    "text",
    [
        "India imposed a tariff-free quota for Bangladeshi goods.",
        "The United States did not impose a tariff on Chinese steel.",
    ],
)
def test_no_tariff_imposed(text: str) -> None:
    assert not [
        f
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("cameoCode")[0]) == "163"
    ]
