"""Resolutions adopted by a United Nations organ, told in the shapes the clause rules missed
(session 40b, support).

The sentences are written for this round (none from a gold set). Conventions followed (all
earlier sessions' except where said):

- A body that adopts a resolution signs a formal document: SUPPORT 057, the body as actor, no
  recipient (ANNOTATION.md section 5), as "the Security Council adopted a resolution demanding
  ..." was. New here: the adoption told by a fronted participle ("Unanimously adopting
  resolution 2701, the Council ..."), a fronted instrument ("By resolution 2702, also adopted
  unanimously, the Council ..."), the body's adoption as a noun after a reaction ("welcomed the
  Council's adoption of ..."), a resolution named by its body with the day it was adopted, a
  relative clause of the body with its day, a passive vote whose organ the sentence before
  names, and the plain clause when no other rule read it.
- Not: a resolution that failed, was vetoed or is to come; one adopted in an earlier year
  (background); a passive vote with no United Nations organ in the sentence before; a call
  for an adoption.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)

UNSC, UNGA = "Q37470", "Q47423"

# (text, the body that adopted)
ADOPTED = [
    (
        "Unanimously adopting resolution 2701 (2024), the UN Security Council extended the "
        "mandate of the mission in Mali by a year.",
        UNSC,
    ),
    (
        "Adopting resolution 2688, the UN Security Council renewed the sanctions regime on "
        "South Sudan until May.",
        UNSC,
    ),
    (
        "By resolution 2702 (2024), also adopted unanimously, the UN Security Council renewed "
        "the panel of experts on Libya.",
        UNSC,
    ),
    (
        "In resolution 2690, adopted by a vote of 13 to none, the UN Security Council extended "
        "the arms embargo on the Central African Republic.",
        UNSC,
    ),
    (
        "Japan welcomed the UN Security Council's adoption on Tuesday of resolution 2705 on Haiti.",
        UNSC,
    ),
    (
        "Kenya hailed the UN General Assembly's unanimous adoption on Monday of a resolution on "
        "ocean pollution.",
        UNGA,
    ),
    (
        "The talks were held under UN Security Council resolution 2720 (2024), adopted on 12 "
        "March, which calls for a ceasefire.",
        UNSC,
    ),
    (
        "The envoy briefed the UN General Assembly, which on 6 March had adopted a resolution "
        "on Myanmar.",
        UNGA,
    ),
    (
        "The UN Security Council met in New York on Tuesday. The resolution, drafted by Malta "
        "and Japan, was adopted with 13 votes in favour.",
        UNSC,
    ),
    (
        "The UN General Assembly held an emergency session on Monday. The draft resolution was "
        "adopted by a recorded vote of 120 to 14.",
        UNGA,
    ),
    (
        "In January, the UN Security Council adopted a resolution on humanitarian assistance to "
        "Afghanistan.",
        UNSC,
    ),
]


@pytest.mark.parametrize(("text", "body"), ADOPTED)
def test_resolution_adopted(text: str, body: str) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", {body}, set(), "057") in got, got


NOT_ADOPTED = [
    "The UN Security Council failed to adopt a resolution on Gaza.",
    "The UN Security Council has not adopted a resolution on Myanmar since 2021.",
    "In 2015, the UN Security Council adopted a resolution on Iran's nuclear programme.",
    "Unanimously adopting resolution 2714, the UN Security Council will review the embargo "
    "next year.",
    "The mission operates under UN Security Council resolution 2231, adopted in July 2015.",
    "The UN Security Council met on Tuesday. The resolution, drafted by Malta and Japan, was "
    "vetoed by Russia.",
    "The UN Security Council met on Tuesday. The resolution will be adopted by a vote next week.",
    "Japan called for the UN Security Council's adoption of a resolution on Haiti.",
    "The resolution was adopted with 13 votes in favour.",
    "The ministers met in Geneva on Tuesday. The resolution, drafted by Malta and Japan, was "
    "adopted with 13 votes in favour.",
]


@pytest.mark.parametrize("text", NOT_ADOPTED)
def test_no_resolution_adopted(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT" and g[3] == "057"]
    assert not got, got


# A head of state's or minister's style of address before the subject ("His Excellency", "Her
# Excellency") is part of the person's mention, as a royal style was (session 40b): the
# subject's praise, thanks or congratulations are read as without it.
STYLED = [
    (
        "His Excellency President Abdel Fattah el-Sisi thanked Emir Tamim bin Hamad Al Thani "
        "for the warm welcome.",
        "Q307871",
        "Q1855372",
    ),
    (
        "His Excellency President Abdel Fattah el-Sisi praised Emir Tamim bin Hamad Al Thani "
        "for his leadership.",
        "Q307871",
        "Q1855372",
    ),
    (
        "His Excellency President Cyril Ramaphosa congratulated President William Ruto on his "
        "election.",
        "Q1148669",
        "Q195725",
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), STYLED)
def test_styled_subject(text: str, actor: str, recipient: str) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", {actor}, {recipient}, "051") in got, got


NOT_STYLED = [
    "His Excellency President Abdel Fattah el-Sisi did not thank Emir Tamim bin Hamad Al Thani.",
    "His Excellency President Cyril Ramaphosa will congratulate President William Ruto next week.",
    "His Excellency thanked the delegations for their work.",
    "Emir Tamim bin Hamad Al Thani received His Excellency President Abdel Fattah el-Sisi in Doha.",
]


@pytest.mark.parametrize("text", NOT_STYLED)
def test_styled_no_support(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT"]
    assert not got, got


# Readings the styled subjects brought to light (session 40b): a guest welcomed on a visit is
# received, not praised; a chair held "until the next meeting, to be hosted by X" is a term of
# office, no promise to the next host.
RECEIVED_OR_HELD = [
    "Emir Tamim bin Hamad Al Thani welcomed President Abdel Fattah el-Sisi and his "
    "accompanying delegation on his first visit to Qatar.",
    "Emir Tamim bin Hamad Al Thani welcomed President Abdel Fattah el-Sisi on his official "
    "visit to Doha.",
    "President Paul Kagame took over the chair from Prime Minister Boris Johnson, and will "
    "hold it until the next meeting, to be hosted by Samoa in 2024.",
    "President William Ruto will keep the chairmanship until the next summit, to be hosted by "
    "Ghana.",
]


@pytest.mark.parametrize("text", RECEIVED_OR_HELD)
def test_received_or_held(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] in {"SUPPORT", "AGREE"}]
    assert not got, got


def test_welcome_of_a_decision_still_praise() -> None:
    got = typed_events(
        "Emir Tamim bin Hamad Al Thani welcomed President Abdel Fattah el-Sisi's decision to "
        "release the prisoners.",
        DAY,
    )
    assert ("SUPPORT", {"Q1855372"}, {"Q307871"}, "051") in got, got
