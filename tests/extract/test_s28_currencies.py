"""The other currencies of ISO 4217 (session 28).

Found in a spent blind set, written again here in other words: a Botswana government release gave
the trade between Botswana and Zambia as "BWP 1.9 billion", and no TradeFlow came out: the money
reader knew some sixty currencies (the codes and words of the states the corpus had met), and a
figure in another currency was no money at all. It now reads every ISO 4217 code of a currency in
use before or after a figure (in capitals, with a scale or a grouped figure, like the codes before
it), and the currency's words with their country's adjective ("Moroccan dirhams", "Fijian dollars",
"West African CFA francs") or alone where only one currency has the word ("pula", "cedis", "birr",
"kwanzas"); the codes that are English words in capitals (ALL, TOP, CUP, MOP, SOS) are left out. A
currency without a sourced QID is an unlinked entity named by its code
(``dipld/data/currencies.csv``), as before.

Hit rate at 5210fe4 (before): 0/12 figures read (none was money);
after: 12/12, and the 6 look-alikes still no money."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dipld.extract import amounts
from dipld.extract.amounts import find_money
from dipld.extract.currencies import CURRENCY_LABELS
from tests.extract.test_patterns import facts, facts_of, keys

MONEY = [
    ("BWP 1.9 billion", "BWP", "1900000000"),
    ("GHS 2,400,000", "GHS", "2400000"),
    ("3.5 billion Moroccan dirhams", "MAD", "3500000000"),
    ("1.2 billion Fijian dollars", "FJD", "1200000000"),
    ("150 billion West African CFA francs", "XOF", "150000000000"),
    ("30 billion birr", "ETB", "30000000000"),
    ("800 million cedis", "GHS", "800000000"),
    ("2.1 trillion kwanzas", "AOA", "2100000000000"),
    ("ETB 12 billion", "ETB", "12000000000"),
    ("4.6 billion Jordanian dinars", "JOD", "4600000000"),
    ("12 billion Lebanese pounds", "LBP", "12000000000"),
    ("900 million XAF", "XAF", "900000000"),
]

NOT_MONEY = [
    "All 27 member states agreed.",
    "ALL 27 member states agreed.",
    "He won the TOP 10 award in 2019.",
    "The city of Pula has 57,000 inhabitants.",
    "About 1.2 billion people live in Africa, and the population of Burkina Faso is 22 million.",
    "Sierra Leone had 8 million inhabitants in 2022.",
]


@pytest.mark.parametrize(("text", "code", "amount"), MONEY)
def test_a_figure_in_any_current_currency_is_money(text: str, code: str, amount: str) -> None:
    (money,) = find_money(f"Trade reached {text} last year.", 0)
    assert money.currency == code
    assert money.amount == Decimal(amount)


@pytest.mark.parametrize("text", NOT_MONEY)
def test_words_and_capitals_like_the_codes_are_no_money(text: str) -> None:
    assert find_money(text, 0) == []


def test_each_code_read_has_a_label() -> None:
    for code in amounts._UPPER_CODES:
        assert code in CURRENCY_LABELS, code


def test_a_trade_figure_in_pula_is_a_trade_flow() -> None:
    (flow,) = facts_of(
        facts("Trade between Botswana and Zambia amounted to BWP 1.9 billion in 2020."),
        "TradeFlow",
    )
    assert keys(flow.get("party")) == {"Q963", "Q953"}
    assert [str(v) for v in flow.get("amount")] == ["1900000000"]
    assert keys(flow.get("currency")) == {"BWP"}
