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


# A quotation the sentence opens with is also read as a sentence of its own
# (:func:`dipld.extract.patterns.quote_reading`): '"We thank Japan for its support," Shmyhal
# said.' gave nothing, since the praise rules look for their subject at the sentence's start,
# where the quotation mark stands. Promises are not taken from that reading (a first-person
# promise is read with its speaker already; '"We will see whether Russia is serious," Scholz
# said.' is none). The reading changed nothing in the rule dump; a session-20 paraphrase row ('"I thank the
# United States for its support," Zelensky said.') now passes. Reading '"The United States will
# continue to target Iran's procurement networks," said ...' showed that the promise rules read
# "will continue to target X" as a promise of cooperation (AGREE 031) even unquoted: a promise
# to target someone is now no promise to them (statements._AIMED_AT): two wrong facts of the
# rule dump went with it (the Treasury release and its probe).
# Hit rate at 2abdfe6: positives 0/3, negatives 1/2; after: 3/3 and 2/2.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"We thank Japan for its support," Ukrainian Prime Minister Denys Shmyhal said.',
            ("SUPPORT", {"Q66094865"}, {"Q17"}),
        ),
        ('"Ukraine thanks Japan for its support," Shmyhal said.', ("SUPPORT", {"Q212"}, {"Q17"})),
        (
            '"I congratulate Finland on joining NATO," President Biden said.',
            ("SUPPORT", {"Q6279"}, {"Q33"}),
        ),
    ],
)
def test_a_quotation_is_read_as_a_sentence(text: str, want: tuple[str, set[str], set[str]]) -> None:
    assert want in [(t, a, r) for t, a, r, _ in typed_events(text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "The United States will continue to target Iran's procurement networks.",
        '"If Russia attacks Moldova, we will respond," Iohannis said.',
    ],
)
def test_no_promise_to_a_target(text: str) -> None:
    assert not [e for e in typed_events(text, DAY) if e[0] == "AGREE"]
