"""Tariffs imposed, lifted and in force, "Brussels" for the EU, and trade figures told in news
ways (session 32, tariffs). Sentences written for this session in the styles of wire stories,
agency stories and releases; none from a gold set.

Conventions: a tariff (duty, levy) on a state's goods ("duties on Australian barley") targets that
state: the goods' demonym gives the recipient. Lifting, scrapping or removing tariffs is CONCEDE 085
(CAMEO: ease economic sanctions, boycott or embargo), as "lifted the tariffs" was; a promise to do
so ("said it would scrap") is AGREE with status future, now with the goods' state as recipient: 030
since the pledges family's convention (session 32: tariff cuts agreed or promised are agreements,
031 is kept for investment and supply commitments). Imports of a state's goods allowed to resume are
CONCEDE 085 too (a trade measure ended). "X imposed the duties in May 2020", after a sentence that
named the goods taxed, is a SANCTION 163 on the goods' state, dated. "Brussels" acting is the EU
(Q458) in an article that names the EU or one of its institutions and not Belgium; else Belgium as
before. A trade total continued by "it" in the next sentence ("In January-April it grew by 40
percent to $2.5 billion") is the total of the pair the sentence before named; a market "taking" a
state's goods worth a sum is a directional flow. Duties a state's goods "still face" are a SANCTION
163 with status ongoing on that state (each state of a list "including Britain and Japan, which
still face the duties"), by the state the sentence says keeps them, else by the one state of the
article's latest tariff act; none when no such state was named. A state's trade with a region the KB
lacks ("Trade between China and Africa reached ...") has the region as an unlinked party. "exports
worth up to $20 billion a year were affected" gives no figure (no flow stated).

Hit rate at 7f77661d: 19/41 (every positive failed); after: 41/41.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find, keys

DAY = dt.date(2021, 9, 14)

CHINA, AUSTRALIA, US, CANADA, INDIA, JAPAN, UK = (
    "Q148",
    "Q408",
    "Q30",
    "Q16",
    "Q668",
    "Q17",
    "Q145",
)
EU, BELGIUM, RUSSIA, VIETNAM, MEXICO, BRAZIL, TURKEY = (
    "Q458",
    "Q31",
    "Q159",
    "Q881",
    "Q96",
    "Q155",
    "Q43",
)


def _events(text: str) -> list[tuple[str, str, set[str], set[str], str]]:
    """(type, code, actors, recipients, status) of each Event."""
    return [
        (
            str(f.get("eventType")[0]),
            str(f.get("cameoCode")[0]),
            keys(f.get("actor")),
            keys(f.get("recipient")),
            f.status.value,
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event"
    ]


# 1. tariffs on a state's goods lifted (CONCEDE 085) or promised to be (AGREE 030, future)
LIFTED = [
    (
        "China scrapped the anti-dumping duties it imposed on Australian barley on Friday.",
        ("CONCEDE", "085", {CHINA}, {AUSTRALIA}, "asserted"),
    ),
    (
        "Washington has abolished the tariffs it had slapped on Canadian aluminium.",
        ("CONCEDE", "085", {US}, {CANADA}, "asserted"),
    ),
    (
        "India dropped the retaliatory duties on American almonds and apples last week.",
        ("CONCEDE", "085", {INDIA}, {US}, "asserted"),
    ),
    (
        "Mexico scrapped its levies on U.S. pork after the deal.",
        ("CONCEDE", "085", {MEXICO}, {US}, "asserted"),
    ),
    (
        "China said on Tuesday it would scrap the anti-dumping duties it imposed on Australian "
        "barley.",
        ("AGREE", "030", {CHINA}, {AUSTRALIA}, "future"),
    ),
    (
        "The United States announced it would remove the tariffs on Indian steel from next month.",
        ("AGREE", "030", {US}, {INDIA}, "future"),
    ),
    (
        "Beijing will lift the duties on Australian wine, the commerce ministry said.",
        ("AGREE", "030", {CHINA}, {AUSTRALIA}, "future"),
    ),
]


@pytest.mark.parametrize(("text", "want"), LIFTED)
def test_tariffs_on_goods_lifted(text: str, want: tuple[str, str, set[str], set[str], str]) -> None:
    got = _events(text)
    assert want in got, got


# 2. imports of a state's goods allowed to resume
RESUMED = [
    (
        "China has already allowed imports of Australian coal and timber to resume.",
        (CHINA, AUSTRALIA),
    ),
    ("Russia allowed imports of Turkish tomatoes to resume in March.", (RUSSIA, TURKEY)),
    ("Japan let imports of Brazilian beef resume on Monday.", (JAPAN, BRAZIL)),
]


@pytest.mark.parametrize(("text", "pair"), RESUMED)
def test_imports_allowed_to_resume(text: str, pair: tuple[str, str]) -> None:
    got = _events(text)
    assert ("CONCEDE", "085", {pair[0]}, {pair[1]}, "asserted") in got, got


# 3. "the duties" imposed, told after the sentence that named the goods
def test_the_duties_imposed_are_on_the_goods_named_before() -> None:
    found = facts(
        "China said on Tuesday it would scrap the anti-dumping duties on Australian barley. "
        "Beijing imposed the duties in May 2020 after Canberra called for an inquiry into the "
        "pandemic.",
        DAY,
    )
    fact = find(found, "Event", eventType="SANCTION", actor={CHINA}, recipient={AUSTRALIA})
    assert fact is not None, [f for f in found if f.cls.value == "Event"]
    assert [str(v) for v in fact.get("date")] == ["2020-05"]


def test_the_tariffs_imposed_in_a_year_on_goods_named_before() -> None:
    found = facts(
        "India will remove the retaliatory tariffs on American apples and walnuts. New Delhi "
        "imposed the tariffs in June 2019.",
        DAY,
    )
    fact = find(found, "Event", eventType="SANCTION", actor={INDIA}, recipient={US})
    assert fact is not None
    assert [str(v) for v in fact.get("date")] == ["2019-06"]


# 4. "Brussels" for the EU in an EU story; Belgium in a Belgian one
def test_brussels_is_the_eu_in_an_eu_trade_story() -> None:
    found = facts(
        "The European Union and the United States agreed to suspend their dispute over steel. "
        "Brussels had imposed duties on 2.8 billion euros of American products, including "
        "bourbon and motorcycles.",
        DAY,
    )
    events = [(t, a, r) for t, _, a, r, _ in _events_of(found)]
    assert ("SANCTION", {EU}, {US}) in events, events
    assert not any(BELGIUM in a for _, a, _ in events)


def test_brussels_urging_is_the_eu_when_the_commission_is_named() -> None:
    found = facts(
        "The European Commission proposed new rules on Chinese electric cars. Brussels urged "
        "Beijing to open its markets.",
        DAY,
    )
    events = [(t, a, r) for t, _, a, r, _ in _events_of(found)]
    assert ("REQUEST", {EU}, {CHINA}) in events, events


def test_brussels_is_belgium_in_a_belgian_story() -> None:
    found = facts(
        "Belgium recalled its ambassador to Iran. Brussels urged Tehran to release the Belgian "
        "aid worker, an EU official said.",
        DAY,
    )
    events = [(t, a, r) for t, _, a, r, _ in _events_of(found)]
    assert ("REQUEST", {BELGIUM}, {"Q794"}) in events, events
    assert not any(EU in a for _, a, _ in events)


def test_brussels_the_place_stays_a_place() -> None:
    found = facts(
        "The European Union's foreign ministers met in Brussels on Monday. Canada imposed "
        "duties on Chinese steel.",
        DAY,
    )
    events = [(t, a, r) for t, _, a, r, _ in _events_of(found)]
    assert not any(BELGIUM in a or EU in a for t, a, _ in events if t == "SANCTION"), events


def _events_of(found: list) -> list[tuple[str, str, set[str], set[str], str]]:  # type: ignore[type-arg]
    return [
        (
            str(f.get("eventType")[0]),
            str(f.get("cameoCode")[0]),
            keys(f.get("actor")),
            keys(f.get("recipient")),
            f.status.value,
        )
        for f in found
        if f.cls.value == "Event"
    ]


# 5. trade figures
def _flows(text: str, date: dt.date = DAY) -> list[dict[str, set[str]]]:
    return [
        {role: keys(f.get(role)) or {str(v) for v in f.get(role)} for role, _ in f.args}
        for f in facts(text, date)
        if f.cls.value == "TradeFlow"
    ]


def test_it_continues_the_trade_of_the_sentence_before() -> None:
    flows = _flows(
        "Trade between Russia and Vietnam rose sharply last year. In January-April this year it "
        "grew by 40 percent to about 2.5 billion dollars."
    )
    assert any(
        {RUSSIA, VIETNAM} <= f.get("party", set()) and "2500000000" in f["amount"] for f in flows
    ), flows
    (flow,) = [f for f in flows if "2500000000" in f["amount"]]
    assert flow["period"] == {"2021"}


def test_it_continues_a_total_of_the_sentence_before() -> None:
    flows = _flows(
        "Bilateral trade between India and Japan stood at $20.6 billion in 2020. In the first "
        "half of this year it reached $11.2 billion."
    )
    assert any(
        {INDIA, JAPAN} <= f.get("party", set()) and "11200000000" in f["amount"] for f in flows
    ), flows


def test_a_market_taking_a_states_goods() -> None:
    flows = _flows(
        "The United States is the largest market for EU exports, taking European goods worth "
        "about 350 billion euros in 2020."
    )
    assert any(
        f.get("exporter") == {EU} and f.get("importer") == {US} and f["period"] == {"2020"}
        for f in flows
    ), flows


NO_FLOW = [
    # "it" with no trade the sentence before
    "Russia and Vietnam signed a deal on oil. In January-April this year it grew by 40 percent "
    "to about 2.5 billion dollars.",
    # exports affected: no directional flow stated
    "Australian exports worth up to 20 billion dollars a year were affected by the Chinese "
    "measures.",
    # a forecast
    "Trade between Russia and Vietnam rose sharply last year. Next year it could grow to 10 "
    "billion dollars.",
]


@pytest.mark.parametrize("text", NO_FLOW)
def test_no_flow(text: str) -> None:
    flows = [f for f in _flows(text) if "2500000000" in f["amount"] or "10000000000" in f["amount"]]
    flows += [f for f in _flows(text) if "20000000000" in f["amount"]]
    assert not flows, flows


# negatives: no CONCEDE or AGREE for tariffs kept, refused, hypothetical
NEGATIVES = [
    "China refused to scrap the anti-dumping duties on Australian barley.",
    "China did not scrap the duties on Australian barley.",
    "China could scrap the duties on Australian barley if Canberra drops its complaint.",
    "China has not allowed imports of Australian coal to resume.",
    "Traders hope China will allow imports of Australian coal to resume.",
    "Imports of Australian coal resumed after the floods.",
    "Beijing abolished the tariff-free quota for sugar.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_concession(text: str) -> None:
    got = [e for e in _events(text) if e[0] in ("CONCEDE", "AGREE") and AUSTRALIA in e[3]]
    got += [e for e in _events(text) if e[0] == "CONCEDE"]
    assert not got, got


def test_the_duties_imposed_with_no_goods_before_have_no_recipient_guessed() -> None:
    found = facts(
        "China and Japan held talks on Monday. Beijing imposed the duties in May 2020.", DAY
    )
    assert find(found, "Event", eventType="SANCTION", recipient={JAPAN}) is None


@pytest.mark.parametrize(
    ("text", "region", "amount"),
    [
        (
            "Trade between China and Africa reached 185 billion dollars in the first nine months "
            "of this year.",
            "Africa",
            "185000000000",
        ),
        (
            "Trade between Russia and Latin America rose by 12 percent to $18 billion in 2020, "
            "the ministry said.",
            "Latin America",
            "18000000000",
        ),
    ],
)
def test_trade_with_a_region_has_an_unlinked_party(text: str, region: str, amount: str) -> None:
    found = [f for f in facts(text, DAY) if f.cls.value == "TradeFlow"]
    assert any(
        str(f.get("amount")[0]) == amount
        and region in {getattr(p, "label", "") for p in f.get("party")}
        and not all(getattr(p, "qid", None) for p in f.get("party"))
        for f in found
    ), found


def test_trade_with_a_region_hoped_for_is_no_figure() -> None:
    found = facts(
        "Trade between China and Africa could reach 300 billion dollars within five years.", DAY
    )
    assert not [f for f in found if f.cls.value == "TradeFlow"]


def test_the_duties_with_goods_of_two_states_before_have_no_recipient_guessed() -> None:
    found = facts(
        "Canada will lift the duties on Chinese steel and the tariffs on Japanese cars. Ottawa "
        "imposed the duties in 2019.",
        DAY,
    )
    assert find(found, "Event", eventType="SANCTION", recipient={CHINA}) is None
    assert find(found, "Event", eventType="SANCTION", recipient={JAPAN}) is None


# 6. tariffs still in force on a state's goods (SANCTION 163, ongoing)
def _ongoing(text: str) -> list[tuple[set[str], set[str]]]:
    return [
        (a, r) for t, c, a, r, s in _events(text) if (t, c, s) == ("SANCTION", "163", "ongoing")
    ]


def test_goods_still_facing_duties_after_a_tariff_act() -> None:
    got = _ongoing(
        "China said on Tuesday it would scrap the anti-dumping duties on Australian barley. "
        "Australian wine, which still faces duties of up to 218 percent, is the next test."
    )
    assert ({CHINA}, {AUSTRALIA}) in got, got


def test_states_listed_still_facing_the_duties() -> None:
    got = _ongoing(
        "The United States kept its tariffs on steel from other allies, including Britain and "
        "Japan, which still face the duties."
    )
    assert ({US}, {UK}) in got and ({US}, {JAPAN}) in got, got


def test_states_still_facing_duties_after_a_lift() -> None:
    got = _ongoing(
        "Washington lifted its tariffs on Canadian aluminium on Friday. The deal leaves out steel "
        "from Mexico and Brazil, which still face the duties."
    )
    assert ({US}, {MEXICO}) in got and ({US}, {BRAZIL}) in got, got


@pytest.mark.parametrize(
    "text",
    [
        # no one named who imposed them
        "Australian wine still faces duties of up to 218 percent.",
        "China and Australia held talks on Monday. Australian wine still faces duties.",
        # no longer in force
        "China lifted its tariffs on Australian barley. Australian wine no longer faces duties.",
        # hypothetical
        "China lifted its tariffs on Australian barley. Australian wine could still face duties.",
    ],
)
def test_no_ongoing_duties(text: str) -> None:
    assert not _ongoing(text)
