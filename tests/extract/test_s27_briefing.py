# ruff: noqa: E501  (a table of sentences)
"""A briefing planned is no promise (session 27).

Found in a spent blind set, written again here in other words: "Foreign Minister X will brief the
ambassadors of the member states of the European Union and NATO in Tirana tomorrow" published an
AGREE 030 of the minister to the EU and NATO. Like a visit or a meeting announced ("will visit",
"will meet": ANNOTATION.md §7, future plans are no facts), a briefing or an update announced
("will brief", "will inform", "will update", "will notify", "will keep them informed") commits to
nothing: the "will" of ``statements._AGREE_VERBS`` no longer reads them. A promise beside one
("will inform the IAEA ... and will provide Bangladesh with a credit line") is still read, now
to Bangladesh (it was an AGREE to the IAEA, the one to be informed).

Hit rate at f324ffa (before): 1/5 left alone; after: 5/5 (the promises 2/3 before, 3/3 after)."""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

BRIEFINGS = [
    "Foreign Minister Olta Xhaçka will brief the ambassadors of the member states of the European Union and NATO in Tirana tomorrow.",
    "Blinken will brief NATO allies on the talks on Friday.",
    "Lavrov will inform his Turkish counterpart about the results of the negotiations.",
    "The Secretary will update G7 partners on the negotiations in Vienna.",
    "We are in close contact with our NATO Allies and will keep them fully informed.",
]

PROMISES = [
    ("Russia will supply India with crude oil at a discount.", {"Q159"}, {"Q668"}),
    (
        "India will inform the IAEA of its plans and will provide Bangladesh with a new credit line.",
        {"Q668"},
        {"Q902"},
    ),
    ("The United States will support Ukraine for as long as it takes.", {"Q30"}, {"Q212"}),
]


@pytest.mark.parametrize("text", BRIEFINGS)
def test_a_briefing_planned_is_no_promise(text: str) -> None:
    found = typed_events(text)
    assert not [e for e in found if e[0] == "AGREE"], found


@pytest.mark.parametrize(("text", "actors", "recipients"), PROMISES)
def test_a_promise_is_still_read(text: str, actors: set[str], recipients: set[str]) -> None:
    found = typed_events(text)
    assert any(e[0] == "AGREE" and e[1] == actors and e[2] == recipients for e in found), found
