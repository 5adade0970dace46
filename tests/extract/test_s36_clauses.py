"""A hedge in a later clause does not hedge the clauses before it (session 36, the lead).

A sentence with a negation or a modal anywhere ("could", "would", "not") was read as hedged
as a whole by the rules that have no clause handling of their own (memberships, borders,
partnerships, permissions, relations): "Manila and Washington are bound by a 1951 treaty, and
officials said an attack would trigger it" gave no treaty. ``facts._first_clause`` reads the
clauses before the hedge (cut at ", and", ", but", ", while", ", although", "; ") as a sentence
of their own, with their dates only; facts the whole sentence gave already are not given twice.
A hedge in the first clause still hedges everything ("could sign ..., and ...").

The sentences are written for this session (none from a gold set). Hit rate at b1d3040c
(before): first clauses 1/7 (the one after a semicolon was read already), own dates 0/1,
negatives 5/5.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find

DAY = dt.date(2023, 9, 22)

KENYA, EAC, INDIA, JAPAN, NEPAL = "Q114", "Q337456", "Q668", "Q17", "Q837"
GHANA, USA, BRAZIL, ARGENTINA, VIETNAM, LAOS = "Q117", "Q30", "Q155", "Q414", "Q881", "Q819"
AUSTRALIA, ETHIOPIA, AU = "Q408", "Q115", "Q7159"

FIRST_CLAUSE = [
    (
        "Nepal and India share a border of about 1,800 kilometres, and officials said a new "
        "crossing could open next year.",
        "SharedBorder",
        {"party": {NEPAL, INDIA}},
    ),
    (
        "Vietnam and Laos share a long border, although officials said a new crossing would not "
        "open soon.",
        "SharedBorder",
        {"party": {VIETNAM, LAOS}},
    ),
    (
        "Kenya is a member of the East African Community, and its president said the bloc would "
        "expand.",
        "Membership",
        {"member": {KENYA}, "organization": {EAC}},
    ),
    (
        "India and Japan are strategic partners, but analysts say ties could deepen further.",
        "Partnership",
        {"party": {INDIA, JAPAN}},
    ),
    (
        "Ghana allowed US forces to use its airfields in 2022, and officials said more could "
        "follow.",
        "Permission",
        {"grantor": {GHANA}, "grantee": {USA}, "date": "2022"},
    ),
    (
        "Brazil and Argentina established diplomatic relations in 1825, and the two countries "
        "could sign a new pact.",
        "DiplomaticRelations",
        {"party": {BRAZIL, ARGENTINA}, "startDate": "1825"},
    ),
    (
        "Kenya and Ethiopia are members of the African Union; neither has ratified the new "
        "protocol.",
        "Membership",
        {"member": {ETHIOPIA}, "organization": {AU}},
    ),
]


@pytest.mark.parametrize(("text", "cls", "roles"), FIRST_CLAUSE)
def test_the_first_clause_is_not_hedged_by_a_later_one(
    text: str, cls: str, roles: dict[str, set[str] | str]
) -> None:
    found = facts(text, DAY)
    assert find(found, cls, **roles) is not None, found


def test_the_first_clause_keeps_only_its_own_dates() -> None:
    found = facts(
        "Ghana allowed US forces to use its airfields in 2022, and officials said more bases "
        "could follow in 2024.",
        DAY,
    )
    permission = find(found, "Permission", grantor={GHANA}, grantee={USA})
    assert permission is not None
    assert [str(v) for v in permission.get("date")] == ["2022"]


def test_a_fact_the_sentence_gave_is_not_given_twice() -> None:
    found = facts(
        "Japan and Australia signed a defence pact in Tokyo on Monday, and officials said joint "
        "drills could begin on Friday.",
        DAY,
    )
    treaties = [f for f in found if f.cls.value == "TreatyRelation"]
    assert len(treaties) == 1
    assert [str(v) for v in treaties[0].get("date")] == ["2023-09-18"]


HEDGED_FIRST = [
    "Japan and Vietnam could sign a defence pact next month, and officials said drills would "
    "follow.",
    "If talks succeed, Serbia and Kosovo will sign an agreement, and the EU would lift its "
    "measures.",
    "Morocco and Algeria have not restored diplomatic relations, and the border could stay closed.",
    "Analysts said Armenia might sign a treaty with Azerbaijan, while Iran could mediate.",
    "Kenya may soon join the Commonwealth of Nations, and officials said Uganda would follow.",
]


@pytest.mark.parametrize("text", HEDGED_FIRST)
def test_a_hedge_in_the_first_clause_still_hedges_the_sentence(text: str) -> None:
    found = facts(text, DAY)
    told = {"TreatyRelation", "DiplomaticRelations", "Membership", "SharedBorder"}
    assert not [f for f in found if f.cls.value in told], found
