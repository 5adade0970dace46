"""Tenures of a head of government styled "Chairman of the Cabinet of Ministers" (session 18):
Kyrgyzstan's and Turkmenistan's style, read like the "Chairman of the Council of Ministers"
(ANNOTATION.md §4, Tenure); not for a former holder."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 1, 26)
KYRGYZSTAN, JAPAROV = "Q813", "Q4060344"


def _tenures(text: str) -> list[tuple[set[str], str, set[str]]]:
    return [
        (keys(f.get("holder")), str(f.get("role")[0]), keys(f.get("jurisdiction")))
        for f in facts(text, DAY)
        if f.cls.value == "Tenure"
    ]


def test_chairman_of_the_cabinet_of_ministers() -> None:
    text = (
        "During the visit, Shavkat Mirziyoyev also met with Chairman of the Cabinet of Ministers "
        "of the Kyrgyz Republic Akylbek Japarov."
    )
    assert ({JAPAROV}, "HeadOfGovernment", {KYRGYZSTAN}) in _tenures(text)


def test_former_chairman_of_the_cabinet_of_ministers() -> None:
    text = (
        "Former Chairman of the Cabinet of Ministers of the Kyrgyz Republic Akylbek Japarov "
        "attended the ceremony."
    )
    assert not any(h == {JAPAROV} for h, _, _ in _tenures(text))


def test_the_cabinet_of_ministers_is_no_person() -> None:
    text = "The Cabinet of Ministers of the Kyrgyz Republic approved the agreement on Friday."
    assert _tenures(text) == []
