"""Decisions and offers of a subject told in the perfect (session 35, round 2, agree: AGREE).

The sentences are written for this round in wire and readout styles (none from a gold set).
Conventions followed (all earlier sessions' except where said):

- A second act of the subject told in the perfect after a first one ("Turkey has not joined
  the sanctions and has offered to mediate between Moscow and Kyiv", "Kenya has sent troops and
  has pledged to ..."): the second act is the subject's own (a negation of the first act is no
  negation of the second).
- A joint decision of two parties told in the perfect ("Britain and Mauritius have decided to
  begin negotiations on ...", "the two sides have decided to expand cooperation in ..."): AGREE
  of the two (036 for talks to come, as "agreed to begin negotiations" is), as the simple past
  "decided to" already was. Only acts done together (begin, open, resume, launch, expand,
  strengthen, deepen, work, cooperate, ...): the perfect "has decided to" of one state also tells
  measures taken ("has decided to stop imports"), which other rules read.

Negatives: negations ("have not decided to", "has not offered to"), hypotheticals ("may decide
to"), a measure decided ("has decided to expel"), a shared view ("agreed that X is important").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_s35_agree import Row, agreements

DAY = dt.date(2023, 6, 16)  # a Friday

RUSSIA, TURKEY, UKRAINE, KENYA, CHINA, INDIA = "Q159", "Q43", "Q212", "Q114", "Q148", "Q668"
UK, MAURITIUS, JAPAN, BRAZIL, EGYPT, FRANCE = "Q145", "Q1027", "Q17", "Q155", "Q79", "Q142"
ARMENIA, AZERBAIJAN, QATAR = "Q399", "Q227", "Q846"

POSITIVES = [
    # 1. a second act in the perfect after a first (negated or not)
    (
        "Turkey has not joined Western sanctions on Russia and has offered to mediate between "
        "Moscow and Kyiv.",
        ("AGREE", {TURKEY}, {RUSSIA, UKRAINE}, "039"),
    ),
    (
        "Qatar, a close ally of Washington, has kept its embassy in Kabul open and has offered to "
        "mediate between Armenia and Azerbaijan.",
        ("AGREE", {QATAR}, {ARMENIA, AZERBAIJAN}, "039"),
    ),
    (
        "Brazil has refused to send arms to Ukraine and has offered to mediate between Russia and "
        "Ukraine.",
        ("AGREE", {BRAZIL}, {RUSSIA, UKRAINE}, "039"),
    ),
    # 2. a joint decision in the perfect
    (
        "The United Kingdom and Mauritius have decided to begin negotiations on the future of the "
        "islands.",
        ("AGREE", {UK, MAURITIUS}, set(), "036"),
    ),
    (
        "Foreign Minister Sergey Lavrov said on Friday that Russia and China have decided to "
        "expand cooperation in the energy sector.",
        ("AGREE", {RUSSIA, CHINA}, set(), "030"),
    ),
    (
        "Japan and India have also decided to launch a clean energy partnership.",
        ("AGREE", {JAPAN, INDIA}, set(), "030"),
    ),
    (
        "Egypt and France have now decided to resume talks on a new trade agreement.",
        ("AGREE", {EGYPT, FRANCE}, set(), "036"),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_agreement_told(text: str, want: Row) -> None:
    got = agreements(text)
    assert want in got, got


NEGATIVES = [
    "Turkey has not joined Western sanctions on Russia and has not offered to mediate.",
    "Japan and India have not decided to launch a clean energy partnership.",
    "Japan and India have yet to decide whether to launch a clean energy partnership.",
    "Japan and India may decide to launch a clean energy partnership next year.",
    "Kenya has decided to expel the ambassador of Uganda.",
    "Japan and India have agreed that cooperation on clean energy is important.",
    "Turkey has joined Western sanctions on Russia.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_agreement(text: str) -> None:
    assert agreements(text) == []


MALI, NIGER, ECOWAS = "Q912", "Q1032", "Q193272"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Algeria on Monday offered to mediate between the military authorities in Niamey and "
            "the Economic Community of West African States.",
            ("AGREE", {"Q262"}, {NIGER, ECOWAS}, "039"),
        ),
        (
            "Turkey has offered to mediate between the junta in Bamako and the Economic "
            "Community of West African States.",
            ("AGREE", {TURKEY}, {MALI, ECOWAS}, "039"),
        ),
    ],
)
def test_rulers_in_a_capital_are_its_state(text: str, want: Row) -> None:
    got = agreements(text)
    assert want in got, got


def test_rulers_in_another_city_are_no_state() -> None:
    got = agreements(
        "Algeria offered to mediate between the authorities in Agadez and the Economic "
        "Community of West African States."
    )
    assert ("AGREE", {"Q262"}, {ECOWAS}, "039") in got, got
