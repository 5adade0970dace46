"""Relations and trade on unseen phrasings (session 14, rel9): a named partnership "between" two
states that an existing partnership "will" do something with; a treaty a state "signed with"
another, dated by the signing after it, and what a treaty "under which" a state is to operate
centres on another's soil permits; a state that signs and so "joins" the signatories named;
a trading partner's share "with bilateral trade of $N, or P percent of X's total trade"; and a
second total "while trade with X was $N" of the first clause's subject."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import date_values, facts_of, labels

DAY = dt.date(2024, 3, 12)


def _facts(body: str) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=DAY, url=None, title=None)
    return extract(article, load_index())


def _treaties(found: list[Fact]) -> set[tuple[frozenset[str], tuple[str, ...]]]:
    return {(labels(f, "party"), date_values(f, "date")) for f in facts_of(found, "TreatyRelation")}


# --- 1. a named partnership between two states ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The Major Defense Partnership between the United States and India will enable "
            "closer cooperation on jet engines.",
            {"United States", "India"},
        ),
        (
            "The Strategic Partnership between Japan and Australia will help both navies train "
            "together.",
            {"Japan", "Australia"},
        ),
        (
            "The Comprehensive Strategic Partnership between Vietnam and Australia has brought "
            "new investment.",
            {"Vietnam", "Australia"},
        ),
    ],
)
def test_named_partnership_between(text: str, parties: set[str]) -> None:
    assert {labels(f, "party") for f in facts_of(_facts(text), "Partnership")} == {
        frozenset(parties)
    }


@pytest.mark.parametrize(
    "text",
    [
        "A partnership could be launched between Chile and Peru next year.",
        "A partnership between Chile and Peru will be launched next year.",
        "The partnership between Chile and Peru will be formally signed in May.",
        "The new alliance between Chile and Peru will soon be announced.",
    ],
)
def test_planned_partnership_between(text: str) -> None:
    assert not facts_of(_facts(text), "Partnership")


# --- 2. a treaty a state signed with another; what one "under which" permits ---------------


@pytest.mark.parametrize(
    ("text", "parties", "date"),
    [
        (
            "Meloni defended the protocol Albania signed with Italy in November 2023, under which "
            "Italy is to operate two reception centers for migrants in Albania.",
            {"Albania", "Italy"},
            ("2023-11",),
        ),
        (
            "Critics attacked the agreement Greece concluded with Egypt in August 2020.",
            {"Greece", "Egypt"},
            ("2020-08",),
        ),
        (
            "The treaty that Poland had signed with Germany in 1990 settled the border.",
            {"Poland", "Germany"},
            ("1990",),
        ),
    ],
)
def test_treaty_signed_with(text: str, parties: set[str], date: tuple[str, ...]) -> None:
    assert (frozenset(parties), date) in _treaties(_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "The memorandum Kenya will sign with Japan in May covers roads.",
        "The accord Serbia did not sign with Kosovo in 2023 remains a draft.",
        "They asked under which conditions Serbia would sign the accord with Kosovo.",
    ],
)
def test_treaty_not_signed_with(text: str) -> None:
    assert not facts_of(_facts(text), "TreatyRelation")


@pytest.mark.parametrize(
    ("text", "grantor", "grantee"),
    [
        (
            "Meloni defended the protocol Albania signed with Italy in November 2023, under which "
            "Italy is to operate two reception centers for migrants in Albania.",
            "Albania",
            "Italy",
        ),
        (
            "The 2023 agreement, under which Italy runs two migrant processing centres in "
            "Albania, was challenged in court.",
            "Albania",
            "Italy",
        ),
    ],
)
def test_under_which_permission(text: str, grantor: str, grantee: str) -> None:
    found = {
        (min(labels(f, "grantor")), min(labels(f, "grantee")), str(f.get("activity")[0]))
        for f in facts_of(_facts(text), "Permission")
    }
    assert found == {(grantor, grantee, "MigrationProcessing")}


@pytest.mark.parametrize(
    "text",
    [
        "They asked under which conditions Italy would operate centers for migrants in Albania.",
        "The agreement, under which Britain would build camps for refugees in Rwanda, was struck "
        "down.",
    ],
)
def test_under_which_no_permission(text: str) -> None:
    assert not facts_of(_facts(text), "Permission")


# --- 3. joining the signatories by signing -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "By signing, Ecuador joins the United States and 25 other nations in committing to "
            "the responsible use of outer space.",
            {frozenset({"Ecuador", "United States"})},
        ),
        (
            "Rwanda signed the Artemis Accords on 5 March, joining the United States and 40 other "
            "countries.",
            {frozenset({"Rwanda", "United States"})},
        ),
        (
            "Upon signing the accords, Peru joined Japan and Brazil as signatories.",
            {frozenset({"Peru", "Japan"}), frozenset({"Peru", "Brazil"})},
        ),
    ],
)
def test_joins_signers(text: str, pairs: set[frozenset[str]]) -> None:
    assert {parties for parties, _ in _treaties(_facts(text))} == pairs


def test_joins_signers_dated_by_the_signing() -> None:
    found = _facts(
        "Ecuador signed the Artemis Accords on Friday at the State Department.\n\n"
        "By signing, Ecuador joins the United States and 38 other nations in committing to the "
        "responsible use of outer space."
    )
    assert (frozenset({"Ecuador", "United States"}), ("2024-03-08",)) in _treaties(found)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil joins calls for a ceasefire in Gaza.",
        "Brazil joins the United States and 25 other nations in calling for a ceasefire.",
        "By signing the joint statement, Peru joins France and 30 other nations in calling for "
        "restraint.",
        "Brazil may sign the accords soon, joining the United States and 25 other nations.",
    ],
)
def test_joins_without_treaty(text: str) -> None:
    assert not facts_of(_facts(text), "TreatyRelation")


# --- 4. trade: a partner's share after its total; a second total after "while" -------------


def _shares(found: list[Fact]) -> set[tuple[str, str, str]]:
    return {
        (min(labels(f, "reporter")), min(labels(f, "partner")), str(f.get("share")[0]))
        for f in facts_of(found, "TradeShare")
    }


def _totals(found: list[Fact]) -> set[tuple[frozenset[str], str, tuple[str, ...]]]:
    return {
        (labels(f, "party"), str(f.get("amount")[0]), date_values(f, "period"))
        for f in facts_of(found, "TradeFlow")
    }


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "China is Cambodia's largest trading partner, with bilateral trade of 15 billion "
            "dollars last year, or about 30 percent of Cambodia's total trade.",
            ("Cambodia", "China", "0.3"),
        ),
        (
            "Germany remains Poland's biggest trading partner, with trade worth 160 billion euros "
            "in 2023, accounting for 28 percent of its total trade.",
            ("Poland", "Germany", "0.28"),
        ),
    ],
)
def test_partner_trade_share(text: str, share: tuple[str, str, str]) -> None:
    assert _shares(_facts(text)) == {share}


@pytest.mark.parametrize(
    "text",
    [
        "China is Cambodia's largest trading partner, with bilateral trade of 15 billion dollars "
        "last year, or about 30 percent more than in 2022.",
        "Russia was Armenia's main trading partner, with trade of 7 billion dollars, or 35 percent "
        "of Georgia's total trade.",
    ],
)
def test_partner_trade_no_share(text: str) -> None:
    assert not facts_of(_facts(text), "TradeShare")


@pytest.mark.parametrize(
    ("text", "totals"),
    [
        (
            "Türkiye's trade with Romania reached 10.1 billion dollars last year, while trade "
            "with Bulgaria was 8.3 billion dollars.",
            {
                (frozenset({"Türkiye", "Romania"}), "10100000000", ("2023",)),
                (frozenset({"Türkiye", "Bulgaria"}), "8300000000", ("2023",)),
            },
        ),
        (
            "Germany's trade with Poland totalled 160 billion euros in 2023, whereas trade with "
            "Hungary stood at 70 billion euros.",
            {
                (frozenset({"Germany", "Poland"}), "160000000000", ("2023",)),
                (frozenset({"Germany", "Hungary"}), "70000000000", ("2023",)),
            },
        ),
    ],
)
def test_second_total_after_while(
    text: str, totals: set[tuple[frozenset[str], str, tuple[str, ...]]]
) -> None:
    assert _totals(_facts(text)) == totals


@pytest.mark.parametrize(
    "text",
    [
        "Türkiye's trade with Romania reached 10.1 billion dollars last year, while trade with "
        "Bulgaria is expected to reach 9 billion dollars.",
        "Trade between Kenya and India is expected to reach 5 billion dollars next year.",
    ],
)
def test_no_second_total_when_forecast(text: str) -> None:
    assert all("Bulgaria" not in p and "Kenya" not in p for p, _, _ in _totals(_facts(text)))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The court on Monday cleared the protocol Albania signed with Italy in November 2023, "
            "under which Italy is to operate two reception centers for migrants in Albania.",
            ("2023-11",),
        ),
        (
            "On Monday the court cleared the accord, under which Italy runs two migrant "
            "processing centres in Albania.",
            (),
        ),
    ],
)
def test_under_which_dated_by_the_signing(text: str, date: tuple[str, ...]) -> None:
    assert [date_values(f, "date") for f in facts_of(_facts(text), "Permission")] == [date]
