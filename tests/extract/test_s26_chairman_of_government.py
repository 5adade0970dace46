# ruff: noqa: E501  (a table of sentences)
"""Russia's "Chairman of the Government" is its head of government (session 26).

Written for this session (none from a gold set): Russian and Central Asian readouts style the
Russian prime minister "Chairman of the Government of the Russian Federation"; the title was
not known (Spain's "President of the Government" was), so "Berdimuhamedov met Chairman of the
Government of the Russian Federation Mikhail Mishustin" gave neither Mishustin's Tenure nor the
meeting. It is now a head of government's title (``offices``), in both readings of a post.

Hit rate at 66b4313 (before): 0/3; after: 3/3 (a region's "Chairman of the Government of the
Republic of Tatarstan" stays no Tenure, before and after)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts

DAY = dt.date(2022, 6, 10)

TITLED = [
    "President Serdar Berdimuhamedov met Chairman of the Government of the Russian Federation Mikhail Mishustin.",
    "President Serdar Berdimuhamedov met the Chairman of the Government of the Russian Federation, Mikhail Mishustin, in Moscow.",
    "Mikhail Mishustin, Chairman of the Government of Russia, visited Minsk.",
]


@pytest.mark.parametrize("text", TITLED)
def test_the_chairman_of_the_government_heads_it(text: str) -> None:
    tenures = [
        (f.get("holder")[0].qid, str(f.get("role")[0].name), f.get("jurisdiction")[0].qid)
        for f in facts(text, DAY)
        if f.cls.value == "Tenure"
    ]
    assert ("Q4298520", "HeadOfGovernment", "Q159") in tenures, tenures


def test_a_regions_chairman_holds_no_national_office() -> None:
    said = facts("The Chairman of the Government of the Republic of Tatarstan spoke.", DAY)
    assert not [f for f in said if f.cls.value == "Tenure"]
