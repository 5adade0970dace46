"""The cheap pre-checks of mention finding skip a regex pass when the sentence lacks every word a
match needs; these tests keep the word lists in step with the patterns they guard."""

from __future__ import annotations

import re

import pytest

from dipld.extract import mentions

GROUPS = [
    "Both sides agreed",
    "both countries agreed",
    "the two countries agreed",
    "The two nations agreed",
    "The sides agreed",
    "The Parties agreed",
    "the delegations agreed",
    "Our two countries agreed",
    "our governments agreed",
    "Delegation members agreed",
    "Each side agreed",
    "The countries agreed",
]
PEOPLE = [
    "Both leaders agreed",
    "The two presidents agreed",
    "The two vice foreign ministers agreed",
    "the two deputy ministers agreed",
    "The leaders agreed",
    "The heads of state agreed",
    "The participants agreed",
    "The presidents agreed",
    "The prime ministers agreed",
    "The foreign ministers agreed",
]


@pytest.mark.parametrize(
    ("regex", "keys", "phrase"),
    [(mentions._GROUP, mentions._GROUP_KEYS, p) for p in GROUPS]
    + [(mentions._PERSON_GROUP, mentions._PERSON_GROUP_KEYS, p) for p in PEOPLE],
)
def test_every_phrase_a_group_pattern_reads_passes_its_precheck(
    regex: re.Pattern[str], keys: tuple[str, ...], phrase: str
) -> None:
    assert regex.search(phrase), f"the pattern no longer reads {phrase!r}"
    assert list(mentions._scan(regex, keys, phrase, phrase.lower())), (
        f"{phrase!r} matches the pattern, but the pre-check skips it: add a key word"
    )
