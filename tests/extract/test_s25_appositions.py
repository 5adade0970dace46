# ruff: noqa: E501  (a table of sentences)
"""What the subject is to a body, set between it and its verb (session 25).

Written for this session (none from a gold set): "Senegalese President Macky Sall, the
chairperson of the African Union, met Russian President Vladimir Putin in Sochi on Friday" gave
the membership the apposition tells and no meeting: an apposition that is no office the
mentions bind ("the chairperson of the §O1§", "the chairman of §O1§") stood between the
subject and "met". Session 24's aside reading (:func:`dipld.extract.patterns.aside_reading`)
now also drops such an apposition — "the|a|an", up to three words, "of|to|for" and a state,
organisation or group — and every rule reads the sentence again; what the apposition tells (the
membership) is still read from the sentence itself.

Hit rate at d13df34 (before): positives 2/4 (the two meetings missed); after 4/4 (negatives 2/2
both times)."""

from __future__ import annotations

import pytest

from tests.extract.test_s24_asides import _said

POSITIVES = [
    (
        "Senegalese President Macky Sall, the chairperson of the African Union, met Russian President Vladimir Putin in Sochi on Friday.",
        ("CONSULT", frozenset({"Q57438", "Q7747"}), frozenset()),
    ),
    (
        "Nigerian President Bola Tinubu, the chairman of ECOWAS, met Ghanaian President Nana Akufo-Addo in Abuja on Monday.",
        ("CONSULT", frozenset({"Bola Tinubu", "Q718601"}), frozenset()),
    ),
    # the apposition's own fact stays
    (
        "Senegalese President Macky Sall, the chairperson of the African Union, met Russian President Vladimir Putin in Sochi on Friday.",
        ("Membership", frozenset({"Q1041"}), frozenset({"Q7159"})),
    ),
    (
        "Egypt, the host of the climate summit, signed an agreement with Germany on Monday.",
        ("TreatyRelation", frozenset({"Q79", "Q183"}), frozenset()),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_the_subject_past_an_apposition(
    text: str, want: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    assert want in _said(text), _said(text)


NEGATIVES = [
    # the apposition's party acts in nothing
    ("Jordan, a close ally of the United States, condemned Iran for the attack.", "Q30"),
    ("Hungary, a close ally of Russia, blocked the sanctions.", "Q159"),
]


@pytest.mark.parametrize(("text", "absent"), NEGATIVES)
def test_the_apposition_party_is_no_actor(text: str, absent: str) -> None:
    assert not any(absent in first for kind, first, _ in _said(text) if kind != "Membership"), (
        _said(text)
    )
