"""Calls told by what one side raised with, or said to, the other in them (session 39b, the
meetings helper).

A call is told by what one side raised with the other or said to the other in it ("raised the
detentions with Wang Yi in a phone call", "expressed his condolences to Erdogan during a
telephone call", "stressed to Wang Yi in a phone call that ..."): a call (041) of the two, as
"told" or "congratulated" in a call already gave. Not what is said to a state ("expressed
support to Ukraine"), not a call to come or denied, nor one with its partner named after
"call with", and not without a call ("raised the issue with Erdogan on Tuesday").

"They last spoke by phone on April 20" tells an earlier call, as "they last met" tells an
earlier meeting (session 39): historical, and not the call reported.

Hit rate at 91df7672 (before): 0/5 calls, 0/16 pattern phrases (the pattern was new), 0/3
earlier calls; the controls passed before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import meetings
from dipld.extract.spans import _WORD
from dipld.model import Status
from tests.extract.test_patterns import facts, keys

BLINKEN, WANG_YI = "Q7821917", "Q701801"
SCHOLZ, ERDOGAN = "Q61053", "Q39259"
FRIDAY = dt.date(2023, 5, 12)


def _meetings(body: str) -> list[tuple[set[str], tuple[str, ...], tuple[str, ...], Status]]:
    """(participants, CAMEO codes, places) of each Meeting the body gives, with its status."""
    return [
        (
            keys(f.get("participant")),
            tuple(str(c) for c in f.get("cameoCode")),
            tuple(sorted(keys(f.get("place")))),
            f.status,
        )
        for f in facts(body, FRIDAY)
        if f.cls.value == "Meeting"
    ]


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Secretary Blinken raised the detentions with Foreign Minister Wang Yi during a phone "
            "call on Tuesday.",
            {BLINKEN, WANG_YI},
        ),
        (
            "Secretary Blinken stressed to Foreign Minister Wang Yi in a phone call on Tuesday "
            "that the channels must stay open.",
            {BLINKEN, WANG_YI},
        ),
        (
            "Chancellor Scholz expressed his condolences to President Erdogan in a telephone call "
            "on Tuesday.",
            {SCHOLZ, ERDOGAN},
        ),
        (
            "Chancellor Scholz conveyed the government's position to President Erdogan in a phone "
            "call on Tuesday.",
            {SCHOLZ, ERDOGAN},
        ),
        (
            "In a phone call on Tuesday, Chancellor Olaf Scholz raised the grain corridor with "
            "President Recep Tayyip Erdogan.",
            {SCHOLZ, ERDOGAN},
        ),
    ],
)
def test_a_call_told_by_what_was_raised_or_said(body: str, pair: set[str]) -> None:
    assert _meetings(body) == [(pair, ("041",), (), Status.ASSERTED)]


@pytest.mark.parametrize(
    "body",
    [
        # said to a state, not to a person in the call
        "Chancellor Scholz expressed support to Ukraine in a telephone call on Tuesday.",
        # a call to come, a call denied
        "Chancellor Scholz will raise the issue with President Erdogan in a phone call next week.",
        "Chancellor Scholz did not raise the issue with President Erdogan in a phone call on "
        "Tuesday.",
        # no call
        "Chancellor Scholz raised the issue with President Erdogan on Tuesday.",
        # no one of the call named
        "Chancellor Scholz raised the issue with reporters after a phone call on Tuesday.",
    ],
)
def test_no_call_from_what_was_said_elsewhere(body: str) -> None:
    assert not [m for m in _meetings(body) if m[3] is Status.ASSERTED and "041" in m[1]]


@pytest.mark.parametrize(
    "phrase",
    [
        f"§P0§ {verb} the issue with §P1§"
        for verb in (
            "raised stressed emphasised emphasized underlined underscored reiterated expressed "
            "conveyed extended voiced explained outlined complained"
        ).split()
    ]
    + ["§P0§ stressed to §P1§", "§P0§ raised §S2§’s concerns directly with §P1§"],
)
def test_the_call_words_guard_their_pattern(phrase: str) -> None:
    assert meetings._CALL_SAID_TO.search(phrase), phrase
    assert not meetings._K_CALL_SAID_TO.isdisjoint(_WORD.findall(phrase.lower())), phrase


@pytest.mark.parametrize(
    "body",
    [
        "Secretary Blinken spoke by phone with Foreign Minister Wang Yi on Friday. They last "
        "spoke by phone on April 20.",
        "Chancellor Scholz spoke with President Erdogan by telephone on Friday. The two leaders "
        "last spoke on March 3.",
        "President Putin and President Erdogan last spoke by phone on April 20.",
    ],
)
def test_a_call_told_as_the_last_is_an_earlier_one(body: str) -> None:
    dated = {m[3] for m in _meetings(body) if "041" in m[1]}
    assert Status.HISTORICAL in dated
    assert len([m for m in _meetings(body) if m[3] is Status.ASSERTED]) <= 1


@pytest.mark.parametrize(
    "body",
    [
        # the call reported, not the last one
        "President Putin and President Erdogan spoke by phone on Friday.",
        # "last" of something else
        "President Putin spoke by phone with President Erdogan on Friday, the last of three calls.",
    ],
)
def test_a_call_not_told_as_the_last_is_the_one_reported(body: str) -> None:
    assert [m[3] for m in _meetings(body) if "041" in m[1]] == [Status.ASSERTED]
