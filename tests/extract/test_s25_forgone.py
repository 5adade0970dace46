"""An act forgone is none (session 25).

Written for this session (none from a gold set): "Turkey ruled out joining the sanctions
against Russia", "Japan stopped short of imposing sanctions on China" and "Serbia avoided
imposing sanctions on Russia" each gave a SANCTION 163 of the subject: the verb that forgoes
the act stood before the act's trigger, where the checks for refusals ("refused to") and denied
intentions ("has no intention of") did not look. An act right after "ruled out", "stopped short
of", "avoided", "refrained from", "decided against", "balked at", "shied away from" (at most a
gerund and three words between, no "but" or "and") is now no act (``events._FORGONE``); the
subject's other acts in the sentence stay.

Hit rate at d13df34 (before): forgone acts read as none 2/5 ("refrained from condemning" and
"ruled out sending tanks" gave nothing already); acts beside a forgone one kept 4/4; after: 5/5
and 4/4."""

from __future__ import annotations

import pytest

from tests.extract.test_s24_asides import _said

FORGONE = [
    "Turkey ruled out joining the sanctions against Russia.",
    "Japan stopped short of imposing sanctions on China.",
    "Serbia avoided imposing sanctions on Russia.",
    "India refrained from condemning Russia.",
    "Germany ruled out sending tanks to Ukraine.",
]


@pytest.mark.parametrize("text", FORGONE)
def test_an_act_forgone_is_none(text: str) -> None:
    assert not any(kind not in {"Tenure"} for kind, _, _ in _said(text)), _said(text)


KEPT = [
    (
        "Poland avoided a vote but condemned Russia.",
        ("ACCUSE", frozenset({"Q36"}), frozenset({"Q159"})),
    ),
    (
        "Hungary avoided the summit and accused Ukraine of lying.",
        ("ACCUSE", frozenset({"Q28"}), frozenset({"Q212"})),
    ),
    (
        "Japan imposed sanctions on Russia after ruling out a ban on gas imports.",
        ("SANCTION", frozenset({"Q17"}), frozenset({"Q159"})),
    ),
    (
        "Turkey, which had ruled out sanctions, condemned Russia on Monday.",
        ("ACCUSE", frozenset({"Q43"}), frozenset({"Q159"})),
    ),
]


@pytest.mark.parametrize(("text", "want"), KEPT)
def test_the_acts_beside_a_forgone_one_stay(
    text: str, want: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    assert want in _said(text), _said(text)
