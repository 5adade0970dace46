"""The statements rule skips a clause's praise and second-act searches when the sentence lacks
every verb a match needs; these tests keep the verb lists in step with the patterns."""

from __future__ import annotations

import re

import pytest

from dipld.extract import statements
from dipld.extract.spans import Analysis
from dipld.extract.text import Sentence


def _words(masked: str) -> frozenset[str]:
    return Analysis(Sentence(-1, 0, len(masked), masked, -1), [], [], masked).words


PRAISE = [
    (statements._PRAISE, " warmly congratulated §P1§ on his re-election"),
    (statements._PRAISE, " praise the efforts of §O1§"),
    (statements._PRAISE, " expressed deep appreciation to §S1§"),
    (statements._PRAISE, " sent a congratulatory message to §P1§"),
    (statements._PRAISE, " awarded §P1§ with the Order of Friendship"),
    (statements._PRAISE, " also thanks the §S1§ Government for its support"),
    (statements._PRAISE_OUTCOME, " welcomed the conclusion of the agreement"),
    (statements._PRAISE_OUTCOME, " strongly endorsed the ceasefire"),
    (statements._AND_PRAISE, " reaffirmed their support, and applauded §O1§"),
    (statements._AND_PRAISE, " met §P1§ and hailed the role of §S1§"),
]
LATER_ACTS = [
    ", and agreed to expand cooperation",
    " and also decided to meet again",
    " and promised to help",
    " and vowed",
    ", and pledged $1 billion",
    " and committed",  # at the end of a clause
]


@pytest.mark.parametrize(("regex", "clause"), PRAISE)
def test_every_praise_the_rule_reads_passes_its_precheck(
    regex: re.Pattern[str], clause: str
) -> None:
    assert regex.search(clause), f"the pattern no longer reads {clause!r}"
    assert not statements._PRAISE_WORDS.isdisjoint(_words(clause)), (
        f"{clause!r} matches the pattern, but the pre-check skips it"
    )


@pytest.mark.parametrize("clause", LATER_ACTS)
def test_every_second_act_the_rule_reads_passes_its_precheck(clause: str) -> None:
    assert statements._AND_COMMITTED.search(clause), f"the pattern no longer reads {clause!r}"
    assert not statements._LATER_ACT_WORDS.isdisjoint(_words(clause)), (
        f"{clause!r} matches the pattern, but the pre-check skips it"
    )


def test_the_verb_lists_are_the_patterns_first_words() -> None:
    assert {"praised", "welcome", "expressed", "sent", "awarded"} <= statements._PRAISE_WORDS
    later = ["agreed", "committed", "decided", "pledged", "promised", "vowed"]
    assert sorted(statements._LATER_ACT_WORDS) == later
