"""Relations on unseen phrasings (session 14, rel8): memberships of "both Koreas" and "the two
Koreas" (North and South Korea, dated when they joined) and of a state holding a seat on a
body; treaties named by two hyphenated parties that are "in force since" a date (their start),
and a state's treaty "with" another party dated by the signing told right after it; basing
permissions for forces to "train and operate from" another state's facilities and for a lease
a state "is to" grant under a signed memorandum."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import date_values, facts_of, labels

DAY = dt.date(2024, 3, 10)
UN = "United Nations"


def _facts(body: str) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=DAY, url=None, title=None)
    return extract(article, load_index())


def _memberships(found: list[Fact]) -> set[tuple[str, str, tuple[str, ...]]]:
    return {
        (
            min(labels(f, "member")),
            min(labels(f, "organization"), default=""),
            date_values(f, "startDate"),
        )
        for f in facts_of(found, "Membership")
    }


def _treaties(found: list[Fact]) -> set[tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]]:
    return {
        (labels(f, "party"), date_values(f, "date"), date_values(f, "startDate"))
        for f in facts_of(found, "TreatyRelation")
    }


def _permissions(found: list[Fact]) -> set[tuple[str, str, str]]:
    return {
        (min(labels(f, "grantor")), min(labels(f, "grantee")), str(f.get("activity")[0]))
        for f in facts_of(found, "Permission")
    }


# --- 1. both Koreas -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org", "start"),
    [
        ("Both Koreas joined the United Nations simultaneously in 1991.", UN, ("1991",)),
        ("The two Koreas were admitted to the UN in September 1991.", UN, ("1991-09",)),
        ("The two Koreas became members of the United Nations in 1991.", UN, ("1991",)),
        ("Both Koreas are members of the United Nations.", UN, ()),
    ],
)
def test_both_koreas_are_members(text: str, org: str, start: tuple[str, ...]) -> None:
    assert _memberships(_facts(text)) == {
        ("North Korea", org, start),
        ("South Korea", org, start),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Both Koreas could join the WTO talks next year.",
        "The two Koreas joined UN efforts to fight hunger.",
        "The two Koreas are not members of NATO.",
        "The two Koreas held talks at Panmunjom in 2018.",
    ],
)
def test_koreas_without_membership(text: str) -> None:
    assert not facts_of(_facts(text), "Membership")


# --- 2. a seat held on a body ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "The resolution went to the UN Security Council, where China has a permanent seat.",
            "China",
        ),
        (
            "The draft was vetoed in the UN Security Council, where Russia holds a permanent seat.",
            "Russia",
        ),
        ("France has a permanent seat on the UN Security Council.", "France"),
    ],
)
def test_seat_held_is_membership(text: str, member: str) -> None:
    assert (member, "United Nations Security Council", ()) in _memberships(_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Brazil wants a permanent seat on the UN Security Council.",
        "The proposal went to the UN Security Council, where India seeks a permanent seat.",
        "Japan does not hold a permanent seat on the UN Security Council.",
    ],
)
def test_seat_sought_is_no_membership(text: str) -> None:
    assert not facts_of(_facts(text), "Membership")


# --- 3. treaties in force since, treaties with a signing clause ------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "start"),
    [
        (
            "Two-way trade reached $10.6 billion in 2023 under the United States–Panama Trade "
            "Promotion Agreement, in force since 2012.",
            {"United States", "Panama"},
            ("2012",),
        ),
        (
            "Exports grew under the EU-Japan Economic Partnership Agreement, which entered into "
            "force in February 2019.",
            {"European Union", "Japan"},
            ("2019-02",),
        ),
    ],
)
def test_named_pair_treaty_in_force_since(
    text: str, parties: set[str], start: tuple[str, ...]
) -> None:
    assert (frozenset(parties), (), start) in _treaties(_facts(text))


def test_named_pair_treaty_without_force_has_no_start() -> None:
    found = _treaties(_facts("Officials discussed the Peru-China Free Trade Agreement in 2024."))
    assert all(not start for _, _, start in found)


@pytest.mark.parametrize(
    ("text", "parties", "date"),
    [
        (
            "Serbia's free trade agreement with the Eurasian Economic Union, signed in Moscow in "
            "October 2019, entered into force in July of this year.",
            {"Serbia", "Eurasian Economic Union"},
            ("2019-10",),
        ),
        (
            "Georgia's free trade agreement with China, signed in Beijing on 13 May 2017, cut "
            "tariffs on wine.",
            {"Georgia", "China"},
            ("2017-05-13",),
        ),
        (
            "Vietnam's trade agreement with the European Union, which was signed in June 2019, "
            "took effect a year later.",
            {"Vietnam", "European Union"},
            ("2019-06",),
        ),
    ],
)
def test_possessive_treaty_signed(text: str, parties: set[str], date: tuple[str, ...]) -> None:
    assert (frozenset(parties), date, ()) in _treaties(_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Serbia's planned agreement with China, to be signed in Beijing in May, was delayed.",
        "Kenya's talks with the EU, signed off in June 2023, went well.",
    ],
)
def test_possessive_treaty_not_signed(text: str) -> None:
    assert not facts_of(_facts(text), "TreatyRelation")


# --- 4. basing permissions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The amended agreement allows U.S. forces to train and operate from Greek military "
            "facilities at Souda Bay, Larissa and Volos.",
            ("Greece", "United States", "MilitaryBasing"),
        ),
        (
            "The new accord permits French troops to train and deploy at Estonian military bases.",
            ("Estonia", "France", "MilitaryBasing"),
        ),
        (
            "Under the agreement, Djibouti is to lease land to China for a naval base.",
            ("Djibouti", "China", "MilitaryBasing"),
        ),
    ],
)
def test_basing_permissions(text: str, expected: tuple[str, str, str]) -> None:
    assert _permissions(_facts(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The agreement allows Japanese forces to train with Philippine troops.",
        "Djibouti is to decide whether to lease land to China.",
        "Under the memorandum, Somaliland is to lease 20 kilometres of its coastline to Ethiopia "
        "for 50 years for a naval base.",
    ],
)
def test_no_basing_permission(text: str) -> None:
    assert not facts_of(_facts(text), "Permission")
