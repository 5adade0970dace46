# ruff: noqa: E501  (a table of sentences)
"""A promise after a meeting is its subject's alone (session 26).

Written for this session (none from a gold set): "Erdogan met Zelenskyy in Lviv and promised to
send drones" gave an AGREE of Erdogan *and* Zelenskyy: the rule for "Putin held talks with
Erdogan in Sochi and agreed to deepen energy cooperation" (the two who met agree) took every
later act for a joint one. Only "agreed" and "decided" join the one met now
(``statements._clause``); "promised", "pledged", "vowed", "committed" are the subject's, made to
the one met.

Hit rate at 715ad13 (before): one-sided promises 0/4; joint agreements 2/2; after: 4/4 and 2/2."""

from __future__ import annotations

import pytest

from tests.extract.test_s24_asides import _said

ONE_SIDED = [
    (
        "Erdogan met Zelenskyy in Lviv and promised to send drones.",
        ("AGREE", frozenset({"Q39259"}), frozenset({"Q3874799"})),
    ),
    (
        "Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelenskyy in Lviv and pledged to continue his mediation.",
        ("AGREE", frozenset({"Q39259"}), frozenset({"Q3874799"})),
    ),
    (
        "Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelenskyy in Lviv and pledged that Turkey would continue its mediation.",
        ("AGREE", frozenset({"Q39259"}), frozenset({"Q3874799"})),
    ),
    (
        "Modi held talks with Hasina in Delhi and vowed to expand rail links.",
        ("AGREE", frozenset({"Q1058"}), frozenset({"Q52183"})),
    ),
]


@pytest.mark.parametrize(("text", "want"), ONE_SIDED)
def test_a_promise_is_the_subjects(
    text: str, want: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    said = _said(text)
    assert want in said, said
    assert not any(kind == "AGREE" and len(who) == 2 for kind, who, _ in said), said


JOINT = [
    (
        "Putin held talks with Erdogan in Sochi and agreed to deepen energy cooperation.",
        ("AGREE", frozenset({"Q7747", "Q39259"}), frozenset()),
    ),
    (
        "Modi held talks with Hasina in Delhi and decided to expand rail links.",
        ("AGREE", frozenset({"Q1058", "Q52183"}), frozenset()),
    ),
]


@pytest.mark.parametrize(("text", "want"), JOINT)
def test_an_agreement_is_of_the_two_who_met(
    text: str, want: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    assert want in _said(text), _said(text)
