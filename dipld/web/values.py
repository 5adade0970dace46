"""Literals formatted for people: dates at their precision, amounts, shares and confidences.

>>> from dipld.web.terms import Lit
>>> show(Lit("2022-09-02", XSD + "date"))
'2 September 2022'
>>> show(Lit("2022-02", XSD + "gYearMonth"))
'February 2022'
>>> show(Lit("40100000000", XSD + "decimal"), predicate=DIPLD_NS + "amount")
'40.1 billion'
>>> show(Lit("0.49", XSD + "decimal"), predicate=DIPLD_NS + "share")
'49 %'
>>> show(Lit("12345", XSD + "integer"))
'12,345'
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from dipld.iri import DIPLD
from dipld.web.terms import XSD, Lit

DIPLD_NS = str(DIPLD)
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_PERCENT = frozenset({DIPLD_NS + "share", DIPLD_NS + "confidence"})
_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)
#: predicates whose integer values are offsets or codes, shown without separators
_RAW_NUMBERS = frozenset(
    {
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex",
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex",
    }
)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except (InvalidOperation, ValueError):
        return None


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_date(lit: Lit) -> str | None:
    """An xsd:date, gYearMonth, gYear or dateTime at its precision, or None if malformed."""
    kind = lit.datatype.removeprefix(XSD)
    text = lit.value.strip()
    try:
        if kind == "date":
            day = dt.date.fromisoformat(text[:10])
            return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
        if kind == "gYearMonth":
            year, month = text[:7].split("-")
            return f"{_MONTHS[int(month) - 1]} {int(year)}"
        if kind == "gYear":
            return str(int(text[:4]))
        if kind == "dateTime":
            stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            zone = " UTC" if stamp.utcoffset() == dt.timedelta(0) else ""
            when = f"{stamp.day} {_MONTHS[stamp.month - 1]} {stamp.year}"
            return f"{when}, {stamp:%H:%M}{zone}"
    except (ValueError, IndexError):
        return None
    return None


def format_amount(number: Decimal) -> str:
    """A money amount in words for large values: 40.1 billion, 950,000."""
    for scale, word in _SCALES:
        if abs(number) >= scale:
            return f"{_plain(round(number / scale, 2))} {word}"
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number:,.2f}"


def show(lit: Lit, *, predicate: str = "") -> str:
    """A literal as people read it (the exact lexical form stays available to the page)."""
    date = format_date(lit)
    if date is not None:
        return date
    kind = lit.datatype.removeprefix(XSD)
    if kind in {"decimal", "integer", "double", "float", "nonNegativeInteger", "long", "int"}:
        number = _decimal(lit.value)
        if number is None:
            return lit.value
        if predicate in _PERCENT:
            return f"{_plain(number * 100)} %"
        if predicate == DIPLD_NS + "amount":
            return format_amount(number)
        if predicate in _RAW_NUMBERS:
            return lit.value
        if number == number.to_integral_value() and abs(number) >= 10_000:
            return f"{int(number):,}"
        return _plain(number)
    if kind == "boolean":
        return "yes" if lit.value in {"true", "1"} else "no"
    return lit.value
