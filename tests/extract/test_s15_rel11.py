"""Memberships and treaty relations in real-sentence shapes (session 15): "both" in a later
clause after a pair that opens the sentence; a chair held by "its" state just named ("wished
Laos success in its chairmanship of ASEAN, which it took over from Indonesia"); a head's
"leadership as Chair of" a body; a body the KB lacks that a named state chairs ("BRICS, which
Brazil chairs"); a named treaty that a relative clause says stated parties signed, and a named
framework or agreement "reached between" stated parties (ANNOTATION.md §4)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import date_values, facts_of, keys

DAY = dt.date(2023, 6, 14)
SAMOA, TONGA, AUSTRALIA, LAOS, INDONESIA = "Q683", "Q678", "Q408", "Q819", "Q252"
TIMOR, KENYA, BRAZIL, MALAYSIA = "Q574", "Q114", "Q155", "Q833"
FRANCE, GERMANY, RUSSIA, US, EU = "Q142", "Q183", "Q159", "Q30", "Q458"
PIF, ASEAN, EAC = "Q757276", "Q7768", "Q337456"


def _facts(body: str, title: str = "Leaders hold talks") -> list[Fact]:
    article = Article(
        id="t",
        source="t.txt",
        body=body,
        title=title,
        date=DAY,
        url="https://www.reuters.com/world/1",
        publisher="Reuters",
    )
    return extract(article, load_index())


def _members(body: str, **kw: str) -> set[tuple[str, str]]:
    return {
        (m, o)
        for f in facts_of(_facts(body, **kw), "Membership")
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


def _treaties(body: str) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    return [
        (frozenset(keys(f.get("party"))), date_values(f, "date"))
        for f in facts_of(_facts(body), "TreatyRelation")
    ]


@pytest.mark.parametrize(
    ("text", "want", "unwanted"),
    [
        (
            "Samoa and Tonga have close ties with Australia, and both are members of the "
            "Pacific Islands Forum.",
            {(SAMOA, PIF), (TONGA, PIF)},
            {(AUSTRALIA, PIF)},
        ),
        (
            "The Chinese premier wished Laos success in its chairmanship of the Association of "
            "Southeast Asian Nations, which it took over from Indonesia in January.",
            {(LAOS, ASEAN), (INDONESIA, ASEAN)},
            set(),
        ),
        (
            "President William Ruto met the Secretary in Nairobi. The Secretary praised President "
            "Ruto's leadership as Chair of the East African Community.",
            {(KENYA, EAC)},
            set(),
        ),
    ],
)
def test_memberships(text: str, want: set[tuple[str, str]], unwanted: set[tuple[str, str]]) -> None:
    found = _members(text)
    assert want <= found
    assert not unwanted & found


def test_body_a_state_chairs_is_named_unlinked() -> None:
    found = facts_of(
        _facts("Malaysia has expressed interest in cooperation with BRICS, which Brazil chairs."),
        "Membership",
    )
    assert [(keys(f.get("member")), keys(f.get("organization"))) for f in found] == [
        ({BRAZIL}, {"BRICS"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        # candidacy, hope, bid: no membership
        "Samoa and Tonga have close ties with Australia, and both are candidates for the "
        "Pacific Islands Forum secretariat.",
        "Samoa and Tonga have close ties with Australia, and both hope to become members of the "
        "Commonwealth.",
        "The Chinese premier supported Timor-Leste in its bid for membership of the Association "
        "of Southeast Asian Nations.",
        "Malaysia has expressed interest in cooperation with BRICS.",
        "Malaysia has expressed interest in joining BRICS, which Brazil hopes to expand.",
    ],
)
def test_no_memberships(text: str) -> None:
    found = _members(text)
    assert not {m for m, _ in found} & {SAMOA, TONGA, TIMOR, MALAYSIA}


@pytest.mark.parametrize(
    ("text", "parties", "date"),
    [
        (
            "The presidents marked the anniversary of the Moscow Treaty, which the Russian and "
            "American governments signed on 24 May 2002.",
            {RUSSIA, US},
            ("2002-05-24",),
        ),
        (
            "The ministers welcomed the Paris Framework reached between France and Germany in May.",
            {FRANCE, GERMANY},
            ("2023-05",),
        ),
        (
            "The leaders recalled the Lisbon Agreement concluded between France and the European "
            "Union.",
            {FRANCE, EU},
            (),
        ),
    ],
)
def test_named_treaty_signed_by(text: str, parties: set[str], date: tuple[str, ...]) -> None:
    assert (frozenset(parties), date) in _treaties(text)


@pytest.mark.parametrize(
    "text",
    [
        # a declaration, a signing to come, a hypothetical, a negation, an unstated party
        "The presidents marked the anniversary of the Moscow Declaration, which the Russian and "
        "American governments signed on 24 May 2002.",
        "The presidents discussed the Moscow Treaty, which the Russian and American governments "
        "will sign next year.",
        "If the Paris Framework reached between France and Germany in May holds, trade will grow.",
        "The ministers said no Paris Framework was reached between France and Germany in May.",
        "The ministers welcomed the Paris Framework reached between France and its partners.",
    ],
)
def test_no_named_treaty(text: str) -> None:
    assert not [p for p, _ in _treaties(text) if {FRANCE, GERMANY, RUSSIA, US} & p]
