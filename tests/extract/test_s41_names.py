"""Arabic names written otherwise than the KB writes them (session 41, lead).

The KB writes "Abdulhamid Dbeibeh"; news writes "Abdul Hamid Dbeibah" as often. A compound
given name in one word or two, and a family name's "-eh" written "-ah", are now variants of a
person's name (:func:`dipld.kb.index.name_variants`), so the person links.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, keys

DBEIBEH = "Q105319569"


@pytest.mark.parametrize(
    "name",
    ["Abdul Hamid Dbeibah", "Abdulhamid Dbeibah", "Abdul Hamid Dbeibeh", "Abdulhamid Dbeibeh"],
)
def test_compound_given_name_and_ending(name: str) -> None:
    found = facts(f"Turkish ministers met Prime Minister {name} in Tripoli on Monday.")
    met = [keys(f.get("participant")) for f in found if f.cls.value == "Meeting"]
    assert any(DBEIBEH in who for who in met), met


def test_no_variant_of_another_name() -> None:
    found = facts("Turkish ministers met Prime Minister Abdul Hamid Dbeibou in Tripoli on Monday.")
    assert all(DBEIBEH not in keys(f.get("participant")) for f in found)
