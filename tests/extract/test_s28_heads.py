# ruff: noqa: E501  (a table of sentences)
"""'The Heads of State of A, B and C signed ...' under a headline naming them (session 28).

Found in a spent blind set, written again here in other words: a presidency's communiqué headed
"Heads of State of Mali, Burkina Faso and Niger sign Liptako-Gourma Charter" opened "The Heads
of State of Burkina Faso, the Republic of Mali and the Republic of Niger today signed the
Liptako-Gourma Charter ...": the body's signing (dated today) was lost and only the headline's,
undated, was published. Mention finding read "The Heads of State" as the group of the states
named last (the headline's) and so swallowed the phrase; the states after it were then no
actors. A group of leaders, presidents or ministers followed by "of" and a name, when no people
named before make it up, is now left to the names that follow it ("The leaders of Russia and
China"); people named before still do ("Putin met Lukashenko ... the Presidents of Russia and
Belarus": their Tenures).

Hit rate at 5210fe4 (before): 0/3 body signings with their states and date under such a
headline; after: 3/3 (the group "the heads of state" alone after a summit, and "the Presidents
of Russia and Belarus" after their meeting, still read: 2/2 before and after)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article
from tests.extract.test_patterns import keys

DAY = dt.date(2023, 9, 16)

HEADED = [
    (
        "Heads of State of Mali, Burkina Faso and Niger sign Liptako-Gourma Charter",
        "COMMUNIQUÉ\n\nThe Heads of State of Burkina Faso, the Republic of Mali and the Republic of Niger today signed the Liptako-Gourma Charter establishing the Alliance of Sahel States.",
        {"Q965", "Q912", "Q1032"},
    ),
    (
        "Leaders of Russia and China sign joint statement",
        "The leaders of Russia and China today signed a joint statement on the new era.",
        {"Q159", "Q148"},
    ),
    (
        "Foreign ministers of Kenya and Uganda sign border pact",
        "The Foreign Ministers of Kenya and Uganda today signed a memorandum of understanding on the management of their common border.",
        {"Q114", "Q1036"},
    ),
]


def _events(title: str, body: str) -> list[tuple[set[str], str]]:
    article = Article(id="t", source="t.txt", body=body, date=DAY, title=title)
    return [
        (keys(f.get("actor")), ",".join(str(v) for v in f.get("date")))
        for f in extract(article, load_index())
        if f.cls.value == "Event" and str(f.get("cameoCode")[0]) == "057"
    ]


@pytest.mark.parametrize(("title", "body", "actors"), HEADED)
def test_the_signing_leaders_of_named_states_are_those_states(
    title: str, body: str, actors: set[str]
) -> None:
    assert (actors, "2023-09-16") in _events(title, body), _events(title, body)


def test_the_heads_of_state_alone_after_a_summit_are_its_states() -> None:
    body = (
        "The leaders of Kenya, Uganda and Tanzania met in Arusha on Friday. "
        "The heads of state signed an agreement on the East African railway."
    )
    assert any(a == {"Q114", "Q1036", "Q924"} for a, _ in _events("", body)), _events("", body)


def test_the_presidents_of_two_states_named_before_are_still_those_people() -> None:
    body = (
        "Vladimir Putin had a meeting with Alexander Lukashenko in Moscow. At the end of the "
        "talks, the Presidents of Russia and Belarus held a joint news conference."
    )
    article = Article(id="t", source="t.txt", body=body, date=DAY)
    holders = {
        h
        for f in extract(article, load_index())
        if f.cls.value == "Tenure"
        for h in keys(f.get("holder"))
    }
    assert {"Q7747", "Q2866"} <= holders
