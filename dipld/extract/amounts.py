"""Money and shares in text: "$40.1Billion", "US$3 bn", "10 million euros", "49 percent".

>>> [(m.amount, m.currency) for m in find_money("It was $40.1Billion, or 10 million euros.", 0)]
[(Decimal('40100000000'), 'USD'), (Decimal('10000000'), 'EUR')]
>>> [(m.share, m.approx) for m in find_percents("nearly 49 percent", 0)]
[(Decimal('0.49'), 'nearly')]
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from dipld.extract.gazetteer import fold
from dipld.extract.spans import Code, Mention
from dipld.extract.text import ASCII_UNDER_IGNORECASE

_SCALE = {
    "trillion": Decimal(10**12),
    "tn": Decimal(10**12),
    "billion": Decimal(10**9),
    "bn": Decimal(10**9),
    "bln": Decimal(10**9),
    "b": Decimal(10**9),
    "million": Decimal(10**6),
    "mn": Decimal(10**6),
    "mln": Decimal(10**6),
    "m": Decimal(10**6),
    "thousand": Decimal(1000),
    "k": Decimal(1000),
}
_CURRENCY_SIGNS = {
    "us$": "USD",
    "$": "USD",
    # the other dollars (and the real) by their prefixes: "A$50 million" is not USD
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "s$": "SGD",
    "hk$": "HKD",
    "nt$": "TWD",
    "mx$": "MXN",
    "r$": "BRL",
    "aud": "AUD",
    "cad": "CAD",
    "nzd": "NZD",
    "sgd": "SGD",
    "hkd": "HKD",
    "chf": "CHF",
    "inr": "INR",
    "jpy": "JPY",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "rub": "RUB",
    "cny": "CNY",
    "rmb": "CNY",
}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "hong kong dollars": "HKD",
    "taiwan dollars": "TWD",
    "euro": "EUR",
    "euros": "EUR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "pound": "GBP",
    "pounds": "GBP",
    "yen": "JPY",
    "rupee": "INR",
    "rupees": "INR",
}
_APPROX = (
    r"(?P<approx>nearly|almost|up\s+to|more\s+than|over|about|around|approximately|some|"
    r"at\s+least|roughly|close\s+to|in\s+excess\s+of)\s+"
)
# The first letters of the approximations: every match of the regexes below starts with one,
# or with a digit, or with a sign or code ($ € £ ¥, or u e g r c of US$ EUR GBP RUB CNY...). A
# lookahead for that first character rules most positions out in one step, where the regex
# would otherwise try each (case-insensitive) approximation there.
_APPROX_FIRST = "naumosrcih"
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE_RE = r"(?P<scale>trillion|billion|million|thousand|bn|bln|mn|mln|tn|[bmk])\b"
_MONEY_SIGN = re.compile(
    rf"(?=[{_APPROX_FIRST}$€£¥egj])(?:{_APPROX})?(?<![A-Za-z])"
    r"(?P<sign>(?:US|AU?|CA?|NZ|S|HK|NT|MX|R)\$|\$|€|£|¥|USD|EUR|GBP|RUB|CNY|RMB|AUD|CAD|NZD|SGD|HKD|"
    r"CHF|INR|JPY)"
    rf"\s?{_NUM}\s*(?:{_SCALE_RE})?",
    re.IGNORECASE,
)
_MONEY_WORD = re.compile(
    rf"(?=[{_APPROX_FIRST}\d])(?:{_APPROX})?{_NUM}\s*(?:{_SCALE_RE})?"
    rf"\s*(?P<word>(?:(?:US|U\.S\.|Australian|Canadian|New\s+Zealand|Singapore|Hong\s+Kong|"
    r"Taiwan)\s+)?dollars?|euros?|yuan|"
    rf"renminbi|rubles?|roubles?|pounds?(?! of)|yen|rupees?)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"(?=[{_APPROX_FIRST}\d])(?:{_APPROX})?{_NUM}\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE
)


_DIGIT = re.compile(r"\d")
_CURRENCY_HINT = re.compile(
    r"[$€£¥]|\b(?:USD|EUR|GBP|RUB|CNY|RMB|AUD|CAD|NZD|SGD|HKD|CHF|INR|JPY|[Dd]ollars?|[Ee]uros?|[Yy]uan|[Rr]enminbi|[Rr]ubles?|"
    r"[Rr]oubles?|[Pp]ounds?|[Yy]en|[Rr]upees?)\b"
)


# what _CURRENCY_HINT needs: a sign or code, or a currency word (here in lower case); a few
# substring tests rule most sentences out far faster than the regex
_SIGNS_AND_CODES = (
    "$",
    "€",
    "£",
    "¥",
    "USD",
    "EUR",
    "GBP",
    "RUB",
    "CNY",
    "RMB",
    "AUD",
    "CAD",
    "NZD",
    "SGD",
    "HKD",
    "CHF",
    "INR",
    "JPY",
)
_CURRENCY_STEMS = ("dollar", "euro", "yuan", "renminbi", "ruble", "rouble", "pound", "yen", "rupee")


def _names_currency(text: str) -> bool:
    """Whether ``_CURRENCY_HINT`` finds a currency in the text."""
    if not any(key in text for key in _SIGNS_AND_CODES):
        low = text.lower()
        if not any(stem in low for stem in _CURRENCY_STEMS):
            return False
    return _CURRENCY_HINT.search(text) is not None


def _may_name_currency_word(text: str) -> bool:
    """Whether ``_MONEY_WORD`` may match: each of its matches has a currency word (of any case),
    which a lower-case substring test finds, unless the text has a letter that IGNORECASE
    matches to an ASCII one ("ı" to "i"): then the regex has to tell."""
    if not text.isascii() and any(letter in text for letter in ASCII_UNDER_IGNORECASE):
        return True
    low = text.lower()
    return any(stem in low for stem in _CURRENCY_STEMS)


def find_money(text: str, offset: int) -> list[Mention]:
    out: list[Mention] = []
    if not _DIGIT.search(text) or not _names_currency(text):
        return out
    matches = list(_MONEY_SIGN.finditer(text))
    if _may_name_currency_word(text):
        matches += [
            w
            for w in _MONEY_WORD.finditer(text)
            if not any(w.start() < m.end() and m.start() < w.end() for m in matches)
        ]
    for m in matches:
        try:
            number = Decimal(m.group("num").replace(",", ""))
        except InvalidOperation:
            continue
        scale = (m.group("scale") or "").lower()
        sign = m.groupdict().get("sign")
        if scale in {"b", "m", "k"} and not sign:
            continue
        if scale:
            number = (number * _SCALE[scale]).normalize()
            number = number.quantize(Decimal(1)) if number == number.to_integral() else number
        if sign:
            currency = _CURRENCY_SIGNS[sign.lower()]
        else:
            currency = _CURRENCY_WORDS.get(" ".join(fold(m.group("word")).split()), "USD")
        approx = m.group("approx")
        out.append(
            Mention(
                offset + m.start(),
                offset + m.end(),
                m.group(0),
                Code.MONEY,
                amount=number,
                currency=currency,
                approx=" ".join(approx.lower().split()) if approx else None,
            )
        )
    return out


def find_percents(text: str, offset: int) -> list[Mention]:
    out: list[Mention] = []
    if ("%" not in text and "cent" not in text) or not _DIGIT.search(text):
        return out
    for m in _PERCENT.finditer(text):
        value = Decimal(m.group("num").replace(",", "")) / 100
        approx = m.group("approx")
        out.append(
            Mention(
                offset + m.start(),
                offset + m.end(),
                m.group(0),
                Code.PERCENT,
                share=value,
                approx=" ".join(approx.lower().split()) if approx else None,
            )
        )
    return out
