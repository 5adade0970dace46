# ruff: noqa: E501  (a table of sentences)
"""Whom "we" and "I" stand for in a quotation (session 24).

'"We condemn the Israeli strike on Damascus," the Egyptian foreign ministry said.' gave
nothing: the quotation's speaker was looked for among the people, states and organisations
named right after it, and "the Egyptian foreign ministry" was then still a demonym (it becomes
the ministry's state later). A demonym followed by a state's body (ministry, government,
office, embassy, officials, spokesman ...) now speaks for its state; the speaker may also
come before the quotation ('Egypt said: "We strongly condemn ..."'), and more verbs of saying
introduce it ("told reporters", "wrote", "stated", "noted", "warned", "insisted" ...). Written
for this session (none from a gold set).

Hit rate at bbe8c27 (before): positives 0/5, negatives 3/3; after: 5/5 and 3/3."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"We condemn the Israeli strike on Damascus," the Egyptian foreign ministry said.',
            ("ACCUSE", {"Q79"}, {"Q801"}),
        ),
        (
            'Egypt said: "We strongly condemn the Israeli strike on Damascus."',
            ("ACCUSE", {"Q79"}, {"Q801"}),
        ),
        (
            '"We call on Israel to stop the offensive," the Turkish foreign ministry said on Tuesday.',
            ("REQUEST", {"Q43"}, {"Q801"}),
        ),
        (
            '"We urge Russia to withdraw its troops from Moldova," Iohannis told reporters on Monday.',
            ("REQUEST", {"Q701484"}, {"Q159"}),
        ),
        (
            '"We strongly condemn the Israeli strike on Damascus," the Egyptian foreign ministry said in a statement on Tuesday.',
            ("ACCUSE", {"Q79"}, {"Q801"}),
        ),
    ],
)
def test_we_is_the_speaker(text: str, want: tuple[str, set[str], set[str]]) -> None:
    assert want in [(t, a, r) for t, a, r, _ in typed_events(text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        # "we" outside the quotation is not the speaker's
        'Egypt said: "The strike was a crime." We condemn Israel, the editorial added.',
        # a demonym that is no body of a state ("the Egyptian writer") speaks for no state
        '"We condemn the Israeli strike on Damascus," the Egyptian writer said.',
        # the speaker's quotation of someone else ("they"), not "we"
        '"They condemn the Israeli strike," the Egyptian foreign ministry said.',
    ],
)
def test_no_speaker_no_state(text: str) -> None:
    assert not [e for e in typed_events(text, DAY) if "Q79" in e[1]]
