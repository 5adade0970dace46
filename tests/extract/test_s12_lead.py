"""Retaliation announced is no promise of cooperation: "will take resolute countermeasures",
"vowed to take countermeasures against Japan" (session 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts

FRIDAY = dt.date(2024, 6, 21)


def _events(text: str) -> list[tuple[str, str, set[str], set[str]]]:
    def keys(fact: Fact, role: str) -> set[str]:
        return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}

    return [
        (str(f.get("eventType")[0]), f.get("cameoCode")[0], keys(f, "actor"), keys(f, "recipient"))
        for f in facts(text, FRIDAY)
        if f.cls.value == "Event"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "China will take resolute and forceful measures to safeguard its sovereignty.",
        "China will take resolute countermeasures against the United States.",
        "The Chinese side will take all necessary measures to defend its legitimate rights.",
        "China will take firm measures against Taiwan independence forces.",
        "Russia will respond with countermeasures if the EU adopts the package.",
        "The ministry said Moscow would take retaliatory measures against Finland.",
        "Iran pledged to adopt reciprocal measures against the United Kingdom.",
    ],
)
def test_retaliation_is_no_agree(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e[0] == "AGREE"], sentence


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Beijing vowed to take countermeasures against Japan.", "Q148", "Q17"),
        ("Iran pledged to adopt reciprocal measures against the United Kingdom.", "Q794", "Q145"),
        ("Russia vowed to take retaliatory steps against Finland.", "Q159", "Q33"),
    ],
)
def test_retaliation_vowed_against_a_party_is_a_threat(
    sentence: str, actor: str, recipient: str
) -> None:
    assert ("THREATEN", "130", {actor}, {recipient}) in _events(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # promises of cooperation stay promises
        "Russia and Belarus will take coordinated measures to protect the Union State.",
        "China will take measures to expand imports from Australia.",
        "China pledged to take steps to increase purchases of American goods.",
    ],
)
def test_measures_of_cooperation_stay_agreements(sentence: str) -> None:
    assert [e for e in _events(sentence) if e[0] == "AGREE"], sentence


def test_a_threat_needs_a_party_it_is_aimed_at() -> None:
    assert not _events("China vowed to take countermeasures.")


def test_a_meeting_of_an_earlier_year_lends_no_date_to_todays_commitments() -> None:
    from dipld.extract import extract
    from dipld.kb.index import load_index
    from dipld.model import Article

    article = Article(
        id="t",
        source="t.txt",
        title="Statement from President Joe Biden on the Anniversary of the Camp David Summit",
        body=(
            "One year ago, I welcomed President Yoon Suk Yeol of the Republic of Korea and Prime "
            "Minister Kishida Fumio of Japan to Camp David.\n"
            "The United States, Japan and the Republic of Korea will continue to work together "
            "to strengthen deterrence in the region.\n"
        ),
        date=dt.date(2024, 8, 18),
    )
    found = extract(article, load_index())
    meetings = [f for f in found if f.cls.value == "Meeting"]
    assert [[str(d) for d in m.get("date")] for m in meetings] == [["2023"]]
    agrees = [f for f in found if f.cls.value == "Event" and str(f.get("eventType")[0]) == "AGREE"]
    assert agrees
    assert all(not a.get("date") for a in agrees)
