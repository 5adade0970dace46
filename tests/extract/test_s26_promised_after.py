# ruff: noqa: E501  (a table of sentences)
"""A meeting is not hedged by the promise told after it (session 26).

Written for this session (none from a gold set): "Wang Yi met Bilawal Bhutto Zardari in
Islamabad and assured him that China would keep funding the corridor" gave no meeting: the
"would" of what was promised made the whole sentence hypothetical, and only a verb of saying
("said", "told" ...) cut the meeting's clause from its hedge. Verbs of promising and assuring
("assured him that", "promised", "pledged", "confirmed", "announced", "emphasised" ...) now
cut it too (``events._SAID_LATER``); a meeting that is itself hedged ("would meet", "may
meet", "did not meet", "If Blinken meets ...") stays none.

Hit rate at 66b4313 (before): meetings 1/7, hedged meetings none 4/4; after: 7/7 and 4/4."""

from __future__ import annotations

import pytest

from tests.extract.test_s24_asides import _said

MET = [
    "Chinese Foreign Minister Wang Yi met Pakistani Foreign Minister Bilawal Bhutto Zardari in Islamabad and assured him that China would keep funding the corridor.",
    "Indian Prime Minister Narendra Modi met Sri Lankan President Ranil Wickremesinghe in New Delhi and promised that India would help with the debt talks.",
    "Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelenskyy in Lviv and pledged that Turkey would continue its mediation.",
    "U.S. Secretary of State Antony Blinken met Armenian Prime Minister Nikol Pashinyan in Yerevan and reassured him that Washington would back the peace talks.",
    "French President Emmanuel Macron met Moldovan President Maia Sandu in Chisinau and confirmed that France would send more aid.",
    "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in Tokyo and announced that Japan would provide coastal radars.",
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa and said Kenya would support the peace process.",
]


@pytest.mark.parametrize("text", MET)
def test_a_meeting_before_a_promise_is_a_meeting(text: str) -> None:
    assert any(kind == "CONSULT" and len(who) == 2 for kind, who, _ in _said(text)), _said(text)


HEDGED = [
    "Chinese Foreign Minister Wang Yi would meet Pakistani Foreign Minister Bilawal Bhutto Zardari in Islamabad and assure him that China would keep funding the corridor.",
    "Indian Prime Minister Narendra Modi did not meet Sri Lankan President Ranil Wickremesinghe and promised that India would help later.",
    "Turkish President Recep Tayyip Erdogan may meet Ukrainian President Volodymyr Zelenskyy in Lviv and pledged that Turkey would continue its mediation.",
    "If Blinken meets Armenian Prime Minister Nikol Pashinyan, he will assure him that Washington would back the talks.",
]


@pytest.mark.parametrize("text", HEDGED)
def test_a_hedged_meeting_stays_none(text: str) -> None:
    assert not any(kind == "CONSULT" for kind, _, _ in _said(text)), _said(text)
