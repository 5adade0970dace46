"""Names are compared without the letters Unicode does not decompose ("ø", "ł", "æ", the
dotless "ı"), as English-language wires write them: "Jonas Gahr Store" is the KB's Jonas Gahr
Støre (session 21)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract.gazetteer import fold
from tests.extract.test_patterns import facts, keys

STORE, NORWAY = "Q467948", "Q20"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Store", "Støre"),
        ("Lokke", "Løkke"),
        ("Radoslaw", "Radosław"),
        ("Aero", "Ærø"),
        ("Dogan", "Doğan"),
        ("Sirri", "Sırrı"),
        ("Dukanovic", "Đukanović"),
    ],
)
def test_fold_drops_undecomposed_letters(written: str, name: str) -> None:
    assert fold(written) == fold(name)


def test_a_name_written_without_its_letter_is_linked() -> None:
    text = "Prime Minister Jonas Gahr Store met Swedish Prime Minister Ulf Kristersson in Oslo."
    found = facts(text, dt.date(2023, 4, 13))
    (meeting,) = [f for f in found if f.cls.value == "Meeting"]
    assert STORE in keys(meeting.get("participant"))
    tenures = [f for f in found if f.cls.value == "Tenure" and STORE in keys(f.get("holder"))]
    assert [keys(f.get("jurisdiction")) for f in tenures] == [{NORWAY}]
