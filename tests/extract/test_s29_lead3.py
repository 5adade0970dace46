"""Session 29: a speaker telling its own act, and a time between a verb and what it agrees to.

- **"Kenya said it had signed an agreement with Ethiopia"**, "Armenia said on Friday that it had
  agreed to exchange prisoners with Azerbaijan", "Putin said he had agreed with Erdogan to ...":
  a party reporting its own act is the act (ANNOTATION.md §6), but the signing and agreement rules
  read a subject next to its verb and found none behind "said it had". The sentence is now read
  again with the speaker as the subject of its own act
  (:func:`dipld.extract.patterns.said_own_act_reading`): only for "it" after one state or
  organisation, "he"/"she" after a person, "they" after two or more; only done acts ("said it
  would ..." is a plan, read as it was); another's act ("said Ethiopia had ...") is not the
  speaker's. Some rules read such sentences already ("Russia said it had expelled two Estonian
  diplomats": a SANCTION, unchanged).
- **"agreed on Friday to a ceasefire"**: the adverb reading (test_s29_lead.py) now also drops a
  time between a verb and "to".

Hit rates at 96b2c01 (before) → after: own acts 1/6 → 6/6 ("Putin said he had agreed with
Erdogan to ..." was read); negatives 6/6 → 6/6; time before
"to" 0/2 → 2/2."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 12, 8)
KENYA, ETHIOPIA, ARMENIA, AZERBAIJAN = "Q114", "Q115", "Q399", "Q227"
PUTIN, ERDOGAN = "Q7747", "Q39259"


def _told(text: str) -> set[tuple[str, str, frozenset[str], frozenset[str]]]:
    out = set()
    for f in facts(text, DAY):
        code = str(f.get("cameoCode")[0]) if f.get("cameoCode") else ""
        who = f.get("actor") or f.get("party")
        out.add(
            (
                f.cls.value,
                code,
                frozenset(keys(who)),
                frozenset(keys(f.get("recipient"))),
            )
        )
    return out


OWN_ACTS = [
    (
        "Kenya said it had signed an agreement with Ethiopia.",
        ("TreatyRelation", "", frozenset({KENYA, ETHIOPIA}), frozenset()),
    ),
    (
        "Kenya said on Tuesday that it had signed a security pact with Ethiopia.",
        ("Event", "057", frozenset({KENYA, ETHIOPIA}), frozenset()),
    ),
    (
        "Armenia said on Friday that it had agreed to exchange prisoners with Azerbaijan.",
        ("Event", "030", frozenset({ARMENIA}), frozenset({AZERBAIJAN})),
    ),
    (
        "Armenia said it agreed to exchange prisoners with Azerbaijan.",
        ("Event", "030", frozenset({ARMENIA}), frozenset({AZERBAIJAN})),
    ),
    (
        "Putin said he had agreed with Erdogan to extend the grain deal.",
        ("Event", "030", frozenset({PUTIN, ERDOGAN}), frozenset()),
    ),
    (
        "Armenia and Azerbaijan said they had agreed to exchange prisoners.",
        ("Event", "030", frozenset({ARMENIA, AZERBAIJAN}), frozenset()),
    ),
]


@pytest.mark.parametrize(("text", "fact"), OWN_ACTS)
def test_a_speaker_telling_its_own_act(
    text: str, fact: tuple[str, str, frozenset[str], frozenset[str]]
) -> None:
    assert fact in _told(text)


OWN_ACT_NEGATIVES = [
    "Kenya said it had not signed an agreement with Ethiopia.",
    "Kenya said it would never sign an agreement with Ethiopia.",
    "Kenya said Ethiopia had refused to sign an agreement.",
    "Kenya and Uganda said it had signed an agreement with Ethiopia.",
    "Kenya said it had received a letter from Ethiopia.",
    "Kenya said it might have signed an agreement with Ethiopia by mistake.",
]


@pytest.mark.parametrize("text", OWN_ACT_NEGATIVES)
def test_not_a_negated_planned_hedged_or_another_s_act(text: str) -> None:
    told = _told(text)
    assert not any(c == "TreatyRelation" or code == "057" for c, code, _, _ in told)


TIME_BEFORE_TO = [
    ("Armenia and Azerbaijan agreed on Friday to a ceasefire.", frozenset({ARMENIA, AZERBAIJAN})),
    (
        "Kyrgyzstan and Tajikistan agreed late on Thursday to a ceasefire.",
        frozenset({"Q813", "Q863"}),
    ),
]


@pytest.mark.parametrize(("text", "actors"), TIME_BEFORE_TO)
def test_a_time_between_a_verb_and_what_it_agrees_to(text: str, actors: frozenset[str]) -> None:
    assert any(code == "0871" and who == actors for _, code, who, _ in _told(text))
