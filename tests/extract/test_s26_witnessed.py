# ruff: noqa: E501  (a table of sentences)
"""A statement adopted, then agreements witnessed (session 26).

Written for this session (none from a gold set): "Following the talks, the two heads of state
adopted a Joint Statement and witnessed the signing of a package of intergovernmental
agreements" gave the leaders' SUPPORT 057 for the statement and nothing for the agreements: one
signing was read per sentence, the adopted statement's first. When what the subject adopted
itself is only a statement or declaration, the agreements it witnessed are now read first
(``statements._ADOPTED_THEN_WITNESSED``): the two states' signing (057) and their
TreatyRelation. A statement adopted alone stays the leaders' 057, as before.

Hit rate at 9c09fbd (before): 0/2; after: 2/2 (the statement alone 1/1 before and after)."""

from __future__ import annotations

import pytest

from tests.extract.test_s24_asides import _said

TALKS = "Kazakh President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping in Astana. "
PAIR = frozenset({"Q148", "Q232"})

WITNESSED = [
    "Following the talks, the two heads of state adopted a Joint Statement and witnessed the signing of a package of intergovernmental agreements covering trade and customs.",
    "The two presidents adopted a joint declaration and witnessed the exchange of memoranda.",
]


@pytest.mark.parametrize("text", WITNESSED)
def test_the_agreements_witnessed_after_a_statement(text: str) -> None:
    said = _said(TALKS + text)
    assert ("SUPPORT", PAIR, frozenset()) in said, said
    assert ("TreatyRelation", PAIR, frozenset()) in said, said


def test_a_statement_alone_is_the_leaders_signing() -> None:
    said = _said(TALKS + "The two presidents adopted a joint declaration.")
    assert ("SUPPORT", frozenset({"Q200881", "Q15031"}), frozenset()) in said, said
    assert not any(kind == "TreatyRelation" for kind, _, _ in said), said
