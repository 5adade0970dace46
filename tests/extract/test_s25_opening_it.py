# ruff: noqa: E501  (a table of sentences)
"""A relation told of "It", the one state the sentence before opened with (session 25).

Written for this session (none from a gold set): "Kazakhstan hosted the summit in Astana on
Monday. It is also a member of the CSTO." gave no Membership. The events' rules read a
sentence's opening "It" as the subject before (session 20), the rules of relations did not.
Every rule now reads such a sentence a second time with that state in the pronoun's place
(:func:`dipld.extract.patterns.opening_it_reading`: "It" then "is", "has", "shares",
"borders", "joined", "signed" ...; not "It is important that ...", "It was the first ..."),
when the sentence before opened with exactly one state (``facts._opening_it_reading``); of
what it gives, the relations (memberships, borders, diplomatic and treaty relations,
partnerships, permissions) are added unless the first reading gave them.

Hit rate at d13df34 (before): positives 0/5, negatives 4/4; after: 5/5 and 4/4."""

from __future__ import annotations

import pytest

from tests.extract.test_s24_asides import _said

POSITIVES = [
    (
        "Kazakhstan hosted the SCO summit in Astana on Monday. It is also a member of the CSTO.",
        ("Membership", frozenset({"Q232"}), frozenset({"Q318693"})),
    ),
    (
        "Finland joined NATO in April. It shares a 1,340-kilometre border with Russia.",
        ("SharedBorder", frozenset({"Q33", "Q159"}), frozenset()),
    ),
    (
        "Ghana condemned the coup in Niger on Friday. It is a founding member of ECOWAS.",
        ("Membership", frozenset({"Q117"}), frozenset({"Q193272"})),
    ),
    (
        "Vietnam hosted the talks in Hanoi. It established diplomatic relations with China in 1950.",
        ("DiplomaticRelations", frozenset({"Q881", "Q148"}), frozenset()),
    ),
    (
        "Kenya welcomed the decision on Tuesday. It also borders Somalia.",
        ("SharedBorder", frozenset({"Q114", "Q1045"}), frozenset()),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_a_relation_of_the_state_it_stands_for(
    text: str, want: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    assert want in _said(text), _said(text)


NEGATIVES = [
    # no relation told: "It is important that ..."
    ("Kazakhstan hosted the summit. It is important that the CSTO remains united.", "Membership"),
    # the sentence before opens with no state: "It" is the agreement
    (
        "The agreement was signed by Kenya on Monday. It is a member of the African Union.",
        "Membership",
    ),
    # two states before: whose "It" is stays open
    ("Japan and Australia signed a security pact. It is a member of the Quad.", "Membership"),
    # negated
    ("Serbia criticised the decision. It is not a member of NATO.", "Membership"),
]


@pytest.mark.parametrize(("text", "absent"), NEGATIVES)
def test_no_relation_for_another_it(text: str, absent: str) -> None:
    assert not any(kind == absent for kind, _, _ in _said(text)), _said(text)
