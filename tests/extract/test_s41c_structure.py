"""Diplomatic relations: a second predicate after "but"/"and" with an auxiliary or an irregular
past, and the start of relations "established between A and B in <date>"; a partnership called
"our" partnership by the pair named as its subject; the subject's border told in an aside "X,
with which it shares a long border" (session 41, round 3, structure facts).

The sentences are written for this round (none from a gold set). Conventions followed (all
earlier sessions'):

- "A established diplomatic relations with B in 1979 but has remained C's main arms supplier":
  DiplomaticRelations of A and B from 1979; the state of the second predicate (C) is no party
  and no longer stops the pair (new here: the clause ends before "but has", "and is", "but
  kept" ..., as it did before a regular past in "-ed").
- Relations not established, ended or only hoped for give none, whatever follows "but".
- "the 75th anniversary of diplomatic relations, which were established between A and B in
  April 1947": the start is the date told (April 1947), not the year the anniversary counts
  back to (new here: a "between A and B" after "established").
- "'Japan and the Philippines will further deepen our strategic partnership,' Kishida said":
  Partnership of the two states named as the subject of the verb on "our" partnership (new
  here; "our" was the publisher's pair only). Not "our partnership with C" (each one's with a
  third), not a single state's "our partnership with B", not a partnership never deepened.
- "Tajikistan has stepped up security along the frontier with Afghanistan, with which it shares
  a 1,300-km border": SharedBorder of the sentence's one subject state and the state the aside
  follows, as "Chad, with which Sudan shares a 1,400-km border" was (session 38); the aside
  tells the border whatever hedges the main clause ("has not said whether it will ..."). Not
  when another state stands between ("Kenya said Ethiopia had closed its embassy in Somalia,
  with which it shares ...": whose "it"?), nor a pair subject, nor a border only possible.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, facts_of, keys

DAY = dt.date(2023, 12, 8)

US, CHINA, DOMINICAN, PHILIPPINES, CANADA, CUBA = "Q30", "Q148", "Q786", "Q928", "Q16", "Q241"
USSR, INDIA, JAPAN, FRANCE, BRAZIL, ARGENTINA = (
    "Q15180",
    "Q668",
    "Q17",
    "Q142",
    "Q155",
    "Q414",
)


def _relations(body: str) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    return [
        (frozenset(keys(f.get("party"))), date_values(f, "startDate"))
        for f in facts_of(facts(body, DAY), "DiplomaticRelations")
    ]


@pytest.mark.parametrize(
    ("body", "pair", "start"),
    [
        (
            "The United States established diplomatic relations with China in 1979 but has "
            "remained the main arms supplier of Taiwan.",
            {US, CHINA},
            "1979",
        ),
        (
            "The Dominican Republic established diplomatic relations with China in 2018 but has "
            "kept trade links with Taiwan.",
            {DOMINICAN, CHINA},
            "2018",
        ),
        (
            "The Philippines established diplomatic relations with China in 1975 and has kept an "
            "economic office in Taiwan.",
            {PHILIPPINES, CHINA},
            "1975",
        ),
        (
            "The United States established diplomatic relations with China in 1979 but kept "
            "close unofficial ties with Taiwan.",
            {US, CHINA},
            "1979",
        ),
        (
            "Canada established diplomatic relations with Cuba in 1945 and is one of the few "
            "countries that never broke with Havana, unlike the United States.",
            {CANADA, CUBA},
            "1945",
        ),
    ],
)
def test_relations_before_a_second_predicate(body: str, pair: set[str], start: str) -> None:
    found = _relations(body)
    assert (frozenset(pair), (start,)) in found
    assert all(len(p) == 2 and p <= pair for p, _ in found)


@pytest.mark.parametrize(
    "body",
    [
        "Saudi Arabia has not established diplomatic relations with Israel and has said it will "
        "not do so without a Palestinian state.",
        "Bhutan never established diplomatic relations with China but has held border talks "
        "with India since 1984.",
        "Egypt broke off diplomatic relations with Qatar in 2017 but kept its trade office in "
        "Doha open, officials in Cairo said.",
        "Indonesia hopes to establish diplomatic relations with Israel but has set conditions "
        "linked to a Palestinian state.",
    ],
)
def test_no_relations_before_a_second_predicate(body: str) -> None:
    assert _relations(body) == []


@pytest.mark.parametrize(
    ("body", "pair", "start"),
    [
        (
            "This year the two countries celebrate the 75th anniversary of diplomatic "
            "relations, which were established between the Soviet Union and India in April "
            "1947.",
            {USSR, INDIA},
            "1947-04",
        ),
        (
            "The ministers marked the 51st anniversary of diplomatic relations, established "
            "between China and Japan in September 1972 after decades of hostility.",
            {CHINA, JAPAN},
            "1972-09",
        ),
    ],
)
def test_anniversary_of_relations_established_between(
    body: str, pair: set[str], start: str
) -> None:
    assert (frozenset(pair), (start,)) in _relations(body)


def test_anniversary_counts_back_without_a_founding_date() -> None:
    # (the year the anniversary counts back to, as before: 2023 - 75)
    found = _relations(
        "This year India and Japan celebrate the 75th anniversary of diplomatic relations."
    )
    assert (frozenset({INDIA, JAPAN}), ("1948",)) in found


def _partners(body: str) -> list[frozenset[str]]:
    return [frozenset(keys(f.get("party"))) for f in facts_of(facts(body, DAY), "Partnership")]


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            '"We confirmed that Japan and the Philippines will further deepen our strategic '
            'partnership," the prime minister told reporters.',
            {JAPAN, PHILIPPINES},
        ),
        (
            '"Brazil and Argentina will continue to strengthen our strategic alliance," Lula '
            "told a news conference in Buenos Aires.",
            {BRAZIL, ARGENTINA},
        ),
        (
            '"India and France agreed to deepen our strategic partnership," Modi wrote.',
            {INDIA, FRANCE},
        ),
    ],
)
def test_our_partnership_of_the_pair_named(body: str, pair: set[str]) -> None:
    assert frozenset(pair) in _partners(body)


@pytest.mark.parametrize(
    "body",
    [
        '"India will deepen our strategic partnership with France," Modi wrote.',
        '"Japan and the Philippines will deepen our partnership with the United States," the '
        "prime minister said.",
        '"Japan and the Philippines will never deepen our strategic partnership," a critic said.',
    ],
)
def test_no_our_partnership_of_a_pair(body: str) -> None:
    assert _partners(body) == []


SUDAN, ERITREA, TAJIKISTAN, AFGHANISTAN, CHAD = "Q1049", "Q986", "Q863", "Q889", "Q657"


def _borders(body: str) -> list[frozenset[str]]:
    return [frozenset(keys(f.get("party"))) for f in facts_of(facts(body, DAY), "SharedBorder")]


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Tajikistan has stepped up security along its frontier posts facing Afghanistan, "
            "with which it shares a 1,300-km border.",
            {TAJIKISTAN, AFGHANISTAN},
        ),
        (
            "Eritrea has not said whether it will join the regional mediation in Sudan, with "
            "which it shares a long border.",
            {ERITREA, SUDAN},
        ),
        (
            "Chad may close its embassy in Sudan, with which it shares a porous desert border, "
            "officials said.",
            {CHAD, SUDAN},
        ),
    ],
)
def test_subjects_border_in_an_aside(body: str, pair: set[str]) -> None:
    assert frozenset(pair) in _borders(body)


@pytest.mark.parametrize(
    "body",
    [
        "Kenya said Ethiopia had closed its embassy in Somalia, with which it shares a long "
        "border.",
        "Algeria will not reopen its consulate in Morocco, with which it may share a border.",
        "Chad and Niger praised Sudan, with which it shares a border, for the talks.",
    ],
)
def test_no_subjects_border_in_an_aside(body: str) -> None:
    found = _borders(body)
    assert not any(len(p) == 2 and SUDAN in p and CHAD in p for p in found)
    assert frozenset({"Q114", "Q1045"}) not in found
    assert frozenset({"Q262", "Q1028"}) not in found
    assert frozenset({"Q115", "Q1045"}) not in found
