"""Session 31 (lead, second part): the present tense of releases, and a dateline closed by a
colon.

Found while spending blind44 (the sentences below are written afresh).

- **"The Chairperson of the Commission, H.E. X, congratulates Y ..."**: an organisation's or a
  ministry's release tells its acts in the present. The comma closing a title apposition before
  a present-tense verb ("congratulates", "welcomes", "commends", "pays", "urges" ...) closes it as
  the past-tense verbs did (``mentions._APPOSITION_COMMA``), so the person is the subject.
- **"pays tribute to X for ..."** is praise as "paid tribute to" was (SUPPORT 051).
- **"Addis Ababa, 5 September 2022: The Chairperson ..."**: a dateline whose day is closed by a
  colon is set aside before the subject, as one closed by a dash is (``patterns._DATELINE``).

Before (at 0ddaa5a) → after: present-tense appositions 0/3 → 3/3 (the past-tense one passed
before), colon datelines 0/2 → 2/2; "pays tribute" with a plain subject passed before too (another
rule reads it), the trigger now covers the present wherever _PRAISE_VERB is read."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 9, 5)
RUTO, KENYATTA, BIDEN, ETHIOPIA, ERITREA = "Q195725", "Q196070", "Q6279", "Q115", "Q986"


def _supports(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [
        (frozenset(keys(f.get("actor"))), frozenset(keys(f.get("recipient"))))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "SUPPORT"
    ]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, "
            "congratulates H.E. William Ruto on his election.",
            {RUTO},
        ),
        (
            "The Chairperson of the African Union Commission, Moussa Faki Mahamat, "
            "congratulated William Ruto on his election.",
            {RUTO},
        ),
        (
            "The Special Envoy of the Secretary-General, Moussa Faki Mahamat, welcomes the "
            "peace agreement between Ethiopia and Eritrea.",
            {ETHIOPIA, ERITREA},
        ),
        (
            "The Chairperson of the African Union Commission, Moussa Faki Mahamat, commends "
            "Kenyatta for his leadership.",
            {KENYATTA},
        ),
    ],
)
def test_a_titled_person_before_a_present_tense_verb_acts(text: str, recipients: set[str]) -> None:
    assert (frozenset({"Moussa Faki Mahamat"}), frozenset(recipients)) in _supports(text)


def test_pays_tribute_is_praise() -> None:
    text = "President Joe Biden pays tribute to President Uhuru Kenyatta for his leadership."
    assert (frozenset({BIDEN}), frozenset({KENYATTA})) in _supports(text)


@pytest.mark.parametrize(
    "dateline", ["Addis Ababa, 5 September 2022: ", "Nairobi, Monday, September 5, 2022: "]
)
def test_a_dateline_closed_by_a_colon_is_set_aside(dateline: str) -> None:
    text = f"{dateline}President Joe Biden congratulated William Ruto on his election."
    assert (frozenset({BIDEN}), frozenset({RUTO})) in _supports(text)
