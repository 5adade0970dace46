"""Structure facts of session 43: relations of each listed state with one other, a partnership
agreed, a treaty told the foundation of two states' relations, a signing in a clause of its own,
a place between the signers and the verb, and access granted for several purposes.

The sentences are written for this session (none from a gold set). Conventions followed (the
development and spent gold's, counted this session):

- "Palau, Nauru and Tuvalu maintain diplomatic relations with Taipei", "Three of them, A, B and
  C, are among the countries that maintain diplomatic relations with Taiwan": DiplomaticRelations
  of each listed state with the state after "with" (two listed were read already; three or more
  were taken for one group). Not negated, not only possible.
- "The United States and Vietnam have agreed to a comprehensive strategic partnership":
  Partnership of the pair, as "agreed to elevate the relationship to a Strategic Partnership"
  already was. Not "agreed to establish a strategic partnership" (a step to come, session 11's
  convention), not a topic partnership ("agreed to launch a clean energy partnership"), not a
  treaty ("a Comprehensive Economic Partnership Agreement"), not one with a third party.
- "The Lombok Treaty, signed in 2006, remains the foundation of security cooperation between
  Australia and Indonesia": TreatyRelation of the two, dated by the signing told (or the year of
  the name, "the 1951 Mutual Defense Treaty"). Not a new treaty that would become one, not one
  no longer the basis.
- "The EU said it would provide aid, and Kenya and Uganda signed three agreements": the signing
  of a clause with its own subject is done whatever the first clause's mood (not after "if", nor
  after a hope).
- "Morocco and Israel on Wednesday in Rabat signed a memorandum": a place between the signers and
  the verb, as a day already was.
- "The agreement will provide U.S. forces with access to agreed facilities for training,
  exercises, and disaster relief": access for several purposes is basing (the gold's two such
  sentences); access or use for exercises alone stays MilitaryExercise. "signed a Defense
  Cooperation Agreement on December 5, 2023, which gives U.S. forces access to ...": the
  agreement's clause after its signing's date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, events, facts, facts_of, keys

DAY = dt.date(2024, 6, 14)

PALAU, NAURU, TUVALU, MARSHALLS, TAIWAN = "Q695", "Q697", "Q672", "Q709", "Q865"
BELIZE, GUATEMALA, PARAGUAY, CHINA = "Q242", "Q774", "Q733", "Q148"
US, VIETNAM, EGYPT, INDIA, JAPAN = "Q30", "Q881", "Q79", "Q668", "Q17"
AUSTRALIA, INDONESIA, PHILIPPINES, RUSSIA = "Q408", "Q252", "Q928", "Q159"
KENYA, UGANDA, MOROCCO, ISRAEL, SWEDEN, PNG = "Q114", "Q1036", "Q1028", "Q801", "Q34", "Q691"


def _relations(body: str) -> set[frozenset[str]]:
    return {
        frozenset(keys(f.get("party"))) for f in facts_of(facts(body, DAY), "DiplomaticRelations")
    }


@pytest.mark.parametrize(
    ("body", "listed", "other"),
    [
        (
            "Palau, Nauru and Tuvalu maintain diplomatic relations with Taipei.",
            {PALAU, NAURU, TUVALU},
            TAIWAN,
        ),
        (
            "Palau, the Marshall Islands and Tuvalu are among the shrinking group of countries "
            "that still recognise Taipei and maintain diplomatic relations with it.",
            set(),
            TAIWAN,
        ),
        (
            "Belize, Guatemala and Paraguay are among the few countries that maintain "
            "diplomatic relations with Taiwan.",
            {BELIZE, GUATEMALA, PARAGUAY},
            TAIWAN,
        ),
        (
            "Three of them, Palau, Nauru and Tuvalu, maintain diplomatic relations with Taipei.",
            {PALAU, NAURU, TUVALU},
            TAIWAN,
        ),
        (
            "Two of them, Belize and Paraguay, have diplomatic relations with Taiwan.",
            {BELIZE, PARAGUAY},
            TAIWAN,
        ),
    ],
)
def test_each_listed_state_has_relations_with_the_other(
    body: str, listed: set[str], other: str
) -> None:
    found = _relations(body)
    assert {frozenset({state, other}) for state in listed} <= found, found
    assert not any(len(pair - {other}) > 1 for pair in found), found  # (no pair of the listed)


@pytest.mark.parametrize(
    "body",
    [
        "Belize, Guatemala and Paraguay do not maintain diplomatic relations with China.",
        "Belize, Guatemala and Paraguay could establish diplomatic relations with China.",
        "Belize, Guatemala and Paraguay broke off diplomatic relations with Taiwan.",
    ],
)
def test_listed_states_without_relations(body: str) -> None:
    assert _relations(body) == set(), body


def test_listed_states_establishing_relations_take_the_date() -> None:
    found = facts_of(
        facts(
            "Belize, Guatemala and Paraguay established diplomatic relations with China in 1990.",
            DAY,
        ),
        "DiplomaticRelations",
    )
    assert {frozenset(keys(f.get("party"))) for f in found} == {
        frozenset({BELIZE, CHINA}),
        frozenset({GUATEMALA, CHINA}),
        frozenset({PARAGUAY, CHINA}),
    }
    assert all(date_values(f, "startDate") == ("1990",) for f in found)


def _partnerships(body: str) -> set[frozenset[str]]:
    return {frozenset(keys(f.get("party"))) for f in facts_of(facts(body, DAY), "Partnership")}


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "The United States and Vietnam have agreed to a comprehensive strategic "
            "partnership, the highest rank in Hanoi's diplomatic ladder.",
            {US, VIETNAM},
        ),
        ("Egypt and India agreed on a strategic partnership in January.", {EGYPT, INDIA}),
        (
            "President Sisi and Prime Minister Modi agreed to an enhanced strategic partnership.",
            {EGYPT, INDIA},
        ),
    ],
)
def test_a_partnership_agreed(body: str, pair: set[str]) -> None:
    assert frozenset(pair) in _partnerships(body), body


@pytest.mark.parametrize(
    "body",
    [
        "Japan and India agreed to launch negotiations on a Comprehensive Economic Partnership "
        "Agreement.",
        "Japan and India agreed to launch a clean energy partnership covering electric vehicles.",
        "Egypt and India did not agree to a strategic partnership.",
        "Egypt and India agreed to a Strategic Partnership Agreement to be signed next year.",
        "Egypt and India have agreed to a strategic partnership with the Gulf states.",
        "Egypt and India may agree to a strategic partnership next year.",
        "Egypt and India agreed on establishing a strategic partnership.",
        "Egypt and India agreed on a strategic partnership in energy and mining.",
        "President Sisi and Prime Minister Modi decided to establish a strategic partnership.",
    ],
)
def test_no_partnership_agreed(body: str) -> None:
    assert frozenset({EGYPT, INDIA}) not in _partnerships(body), body
    assert frozenset({JAPAN, INDIA}) not in _partnerships(body), body


def _treaties(body: str) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    return [
        (frozenset(keys(f.get("party"))), date_values(f, "date"))
        for f in facts_of(facts(body, DAY), "TreatyRelation")
    ]


@pytest.mark.parametrize(
    ("body", "pair", "date"),
    [
        (
            "The new pact builds on the Lombok Treaty, signed in 2006, which remains the "
            "foundation of defence ties between Australia and Indonesia.",
            {AUSTRALIA, INDONESIA},
            ("2006",),
        ),
        (
            "The Lombok Treaty, signed in 2006, is the cornerstone of security cooperation "
            "between Australia and Indonesia.",
            {AUSTRALIA, INDONESIA},
            ("2006",),
        ),
        (
            "The 1951 Mutual Defense Treaty remains the bedrock of the alliance between the "
            "United States and the Philippines.",
            {US, PHILIPPINES},
            ("1951",),
        ),
        (
            "Officials noted that the Treaty of Friendship, Cooperation and Mutual Assistance "
            "is the legal basis of relations between Russia and Vietnam.",
            {RUSSIA, VIETNAM},
            (),
        ),
    ],
)
def test_a_treaty_told_the_foundation_of_relations(
    body: str, pair: set[str], date: tuple[str, ...]
) -> None:
    assert (frozenset(pair), date) in _treaties(body), _treaties(body)


@pytest.mark.parametrize(
    "body",
    [
        "The leaders said a new treaty would become the foundation of relations between "
        "Australia and Indonesia.",
        "The Lombok Treaty is no longer the foundation of security cooperation between "
        "Australia and Indonesia.",
        "Analysts asked whether a Lombok Treaty could be the foundation of cooperation between "
        "Australia and Indonesia.",
    ],
)
def test_no_treaty_as_foundation(body: str) -> None:
    assert _treaties(body) == [], body


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Washington would provide $2 million to train chip workers, and the United States "
            "and Vietnam signed a memorandum on semiconductor supply chains.",
            {US, VIETNAM},
        ),
        (
            "The EU said it would provide 10 million euros in aid, and Kenya and Uganda signed "
            "three agreements on trade.",
            {KENYA, UGANDA},
        ),
        (
            "Morocco and Israel on Wednesday in Rabat signed a memorandum of understanding on "
            "defence cooperation.",
            {MOROCCO, ISRAEL},
        ),
        (
            "Kenya and Uganda in Nairobi signed an agreement on cross-border trade.",
            {KENYA, UGANDA},
        ),
    ],
)
def test_a_signing_told_done(body: str, pair: set[str]) -> None:
    assert frozenset(pair) in {p for p, _ in _treaties(body)}, _treaties(body)


@pytest.mark.parametrize(
    "body",
    [
        "If talks succeed, and Kenya and Uganda signed agreements, trade would rise.",
        "The EU hoped that aid would flow, and Kenya and Uganda signed three agreements on trade.",
        "The EU would provide aid, and Kenya and Uganda would sign three agreements on trade.",
        "The EU would provide aid, and Kenya and Uganda did not sign any agreement.",
    ],
)
def test_no_signing_told(body: str) -> None:
    assert _treaties(body) == [], body


def _permissions(body: str) -> set[tuple[str, str, str]]:
    return {
        (
            next(iter(keys(f.get("grantor"))), ""),
            next(iter(keys(f.get("grantee"))), ""),
            "".join(str(v) for v in f.get("activity")),
        )
        for f in facts_of(facts(body, DAY), "Permission")
    }


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "The agreement will give U.S. forces access to agreed facilities in Papua New Guinea "
            "for training, exercises, and disaster relief.",
            (PNG, US, "MilitaryBasing"),
        ),
        (
            "The agreement provides U.S. forces with access to airfields in Sweden for "
            "refuelling, drills and maintenance.",
            (SWEDEN, US, "MilitaryBasing"),
        ),
        (
            "Under the pact, Papua New Guinea grants U.S. forces access to agreed facilities, "
            "including a naval base, for joint training and disaster response.",
            (PNG, US, "MilitaryBasing"),
        ),
        (
            "The agreement gives Japanese forces access to Australian facilities for joint "
            "exercises.",
            (AUSTRALIA, JAPAN, "MilitaryExercise"),
        ),
        (
            "The United States and Sweden signed a Defense Cooperation Agreement on December 5, "
            "2023, which gives U.S. forces access to 17 military facilities across Sweden.",
            (SWEDEN, US, "MilitaryBasing"),
        ),
        (
            "Sweden and the United States signed a defence agreement in 2023 that gives U.S. "
            "forces access to Swedish air bases.",
            (SWEDEN, US, "MilitaryBasing"),
        ),
    ],
)
def test_access_granted(body: str, want: tuple[str, str, str]) -> None:
    assert want in _permissions(body), _permissions(body)


def test_access_only_planned_is_no_permission() -> None:
    body = (
        "Sweden and the United States hope to sign a defence agreement in 2025 that would give "
        "U.S. forces access to Swedish air bases."
    )
    assert _permissions(body) == set(), _permissions(body)


def test_the_event_of_an_agreed_partnership_stays() -> None:
    body = "Egypt and India agreed on a strategic partnership in January."
    assert events(body, "AGREE", DAY), body
