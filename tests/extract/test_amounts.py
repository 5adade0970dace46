"""Money and shares as news writes them, normalised to whole units and fractions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dipld.extract.amounts import find_money, find_percents


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("$40.1Billion", Decimal("40100000000"), "USD"),
        ("$16.4 billion", Decimal("16400000000"), "USD"),
        ("US$3 bn", Decimal("3000000000"), "USD"),
        ("10 million euros", Decimal("10000000"), "EUR"),
        ("12 billion yuan", Decimal("12000000000"), "CNY"),
        ("€1,500,000", Decimal("1500000"), "EUR"),
        ("nearly $75 million", Decimal("75000000"), "USD"),
        # the other dollars are not U.S. dollars
        ("A$50 million", Decimal("50000000"), "AUD"),
        ("C$20 million", Decimal("20000000"), "CAD"),
        ("S$2 million", Decimal("2000000"), "SGD"),
        ("NZ$5 million", Decimal("5000000"), "NZD"),
        ("R$ 40 billion", Decimal("40000000000"), "BRL"),
        ("AUD 30 million", Decimal("30000000"), "AUD"),
        ("10 million Canadian dollars", Decimal("10000000"), "CAD"),
        ("5 billion New Zealand dollars", Decimal("5000000000"), "NZD"),
    ],
)
def test_money(text: str, amount: Decimal, currency: str) -> None:
    (money,) = find_money(f"It was {text} in total.", 0)
    assert (money.amount, money.currency) == (amount, currency)


def test_approximations_are_kept() -> None:
    (money,) = find_money("up to $102 million", 0)
    assert money.approx == "up to"


def test_plain_numbers_are_not_money() -> None:
    assert find_money("In 2021, 40 delegations met for 3 days.", 0) == []


@pytest.mark.parametrize(
    ("text", "share"), [("49 percent", "0.49"), ("2%", "0.02"), ("12.5 per cent", "0.125")]
)
def test_percent(text: str, share: str) -> None:
    (found,) = find_percents(f"a share of {text} of trade", 0)
    assert found.share == Decimal(share)


@pytest.mark.parametrize("text", ["It cost ſ$5 billion.", "A ſ$ 3 million loan.", "İ$4 million"])
def test_look_alike_letters_make_no_sign(text: str) -> None:
    # IGNORECASE matches "ſ" (long s) as "s" and "İ" as "i": no sign of the table is written
    # with them, so they are no money (and no KeyError)
    assert find_money(text, 0) == []
