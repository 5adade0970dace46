"""A wire service's tag before a headline (session 25).

Written for this session (none from a gold set): Reuters-style headlines open with a tag and a
hyphen or colon ("UPDATE 2-Turkey, Egypt agree to restore ambassadors", "EXCLUSIVE-...",
"Exclusive: ...", "REFILE-..."), and the tag glued to the first name hid the headline's
subject: the headline gave nothing. The tag is now dropped from the masked headline
(``mentions._WIRE_TAG``), so a tagged headline reads as the same headline untagged; a word of
the headline itself in capitals ("NATO-Russia council meets") is no tag.

Hit rate at d13df34 (before): tags under which three headlines read as untagged 0/6; after
6/6 (and no tag found in three headlines that open with capitals of their own)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.evaluate import describe_fact
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article

DAY = dt.date(2023, 3, 15)


def _headline_facts(title: str) -> set[str]:
    article = Article(id="t", source="t.txt", title=title, body="No details were given.", date=DAY)
    return {describe_fact(f) for f in extract(article, load_index())}


UNTAGGED = [
    "Turkey, Egypt agree to restore ambassadors",
    "Kenya, Tanzania sign deal on border trade",
    "Poland summons Russian ambassador",
]
TAGS = ["UPDATE 2-", "EXCLUSIVE-", "Exclusive: ", "REFILE-", "BREAKING: ", "CORRECTED-"]


@pytest.mark.parametrize("tag", TAGS)
def test_a_tagged_headline_reads_as_untagged(tag: str) -> None:
    for title in UNTAGGED:
        plain = _headline_facts(title)
        assert plain, title
        assert _headline_facts(tag + title) == plain, tag + title


@pytest.mark.parametrize(
    "title",
    [
        # capitals that belong to the headline: no tag to drop
        "NATO-Russia Council meets in Brussels",
        "US-China talks: Blinken meets Wang Yi in Beijing",
        "ASEAN: Indonesia hosts summit in Jakarta",
    ],
)
def test_capitals_of_the_headline_are_no_tag(title: str) -> None:
    from dipld.extract.mentions import _WIRE_TAG

    assert _WIRE_TAG.match(title) is None
