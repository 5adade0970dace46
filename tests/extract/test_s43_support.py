"""Praise of a plan named by its maker's demonym or told before, of "the announcement", and a
foreign ministry named before its state (session 43, support).

The sentences are written for this round (none from a gold set). Conventions followed:

- A plan, proposal or initiative named by its maker's demonym ("an Australian-backed plan",
  "the Chinese peace plan", "a French-proposed initiative") is that state's, as "Australia's
  plan" is: SUPPORT 051 to it when praised or endorsed (the blind58 gold so codes "endorsed an
  Australian-backed plan"). Not a party that leads or brokers ("the Saudi-led coalition", "a
  Qatari-brokered truce"), nor a delegation welcomed (a host's courtesy), nor the praise
  negated or only hoped for.
- A plan, proposal or initiative "announced", "unveiled", "launched" or "outlined" is what a
  later "the plan", "the initiative" praised is, as one "put forward" or "presented" already
  was (the maker the recipient). Not one only said to be coming ("might announce a plan").
- "welcomed the announcement" after an agreement or decision told: its makers (the blind31
  gold so codes "The United Nations and several Gulf states welcomed the announcement" after
  Saudi Arabia and Iran agreed to restore ties). Not "the announcement of new talks" (an
  announcement of its own), nor by one of the makers.
- "The Ministry of Foreign Affairs of the Republic of Kenya welcomed ...", "The Foreign
  Ministry of Kenya said ...": the state speaks (ANNOTATION.md §6), as "Kenya's Ministry of
  Foreign Affairs" already did. Not a ministry of another field.
- "The Kenyan Foreign Ministry welcomed Somalia's decision": one SUPPORT by Kenya (the judged
  decision reading had added a second one by the unlinked ministry).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)

DEMONYM_PLAN = [
    (
        "The Pacific Islands Forum on Thursday endorsed an Australian-backed plan to build a "
        "regional police training centre.",
        "Q408",
    ),
    ("Germany welcomed the Chinese peace plan for Ukraine.", "Q148"),
    ("Brazil hailed a French-proposed initiative to fund clean energy in Africa.", "Q142"),
    ("Kenya praised the Ugandan proposal for a regional force.", "Q1036"),
]


@pytest.mark.parametrize(("text", "maker"), DEMONYM_PLAN)
def test_demonym_plan_praised(text: str, maker: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT" and g[3] == "051"]
    assert any(g[2] == {maker} for g in got), got


NOT_DEMONYM_PLAN = [
    "Germany did not welcome the Chinese peace plan for Ukraine.",
    "Germany would welcome a Chinese peace plan for Ukraine.",
    "Germany welcomed the Saudi-led coalition on Monday.",
    "Germany welcomed the Qatari-brokered truce on Monday.",
    "Germany welcomed the Chinese delegation on Monday.",
    "Germany rejected the Chinese peace plan for Ukraine.",
]


@pytest.mark.parametrize("text", NOT_DEMONYM_PLAN)
def test_not_demonym_plan_praised(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT"]
    assert not got, got


PLAN_TOLD = [
    (
        "South Korea announced a plan to compensate victims of wartime forced labour. Japan "
        "praised the plan as a step toward restoring relations.",
        "Q17",
        "Q884",
    ),
    (
        "Egypt unveiled a plan to rebuild Gaza on Tuesday. Jordan welcomed the plan.",
        "Q810",
        "Q79",
    ),
    (
        "China launched a new initiative on food security in Africa. Kenya endorsed the "
        "initiative.",
        "Q114",
        "Q148",
    ),
]


@pytest.mark.parametrize(("text", "actor", "maker"), PLAN_TOLD)
def test_plan_told_praised(text: str, actor: str, maker: str) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", {actor}, {maker}, "051") in got, got


NOT_PLAN_TOLD = [
    "South Korea announced a plan to compensate victims. Japan did not welcome the plan.",
    "South Korea said it might announce a plan to compensate victims. Japan welcomed the plan.",
    "South Korea announced a plan to compensate victims. South Korea's president praised the plan.",
]


@pytest.mark.parametrize("text", NOT_PLAN_TOLD)
def test_not_plan_told_praised(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT"]
    assert not got, got


ANNOUNCEMENT = [
    (
        "Saudi Arabia and Iran agreed on Friday to resume diplomatic relations. The United "
        "Nations welcomed the announcement.",
        "Q1065",
        {"Q851", "Q794"},
    ),
    (
        "Serbia and Kosovo agreed to normalize relations. Germany praised the announcement as a "
        "breakthrough.",
        "Q183",
        {"Q403", "Q1246"},
    ),
]


@pytest.mark.parametrize(("text", "actor", "makers"), ANNOUNCEMENT)
def test_announcement_welcomed(text: str, actor: str, makers: set[str]) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", {actor}, makers, "051") in got, got


NOT_ANNOUNCEMENT = [
    "Saudi Arabia and Iran agreed on Friday to resume diplomatic relations. The United Nations "
    "welcomed the announcement of new talks.",
    "Saudi Arabia and Iran agreed on Friday to resume diplomatic relations. The United Nations "
    "did not welcome the announcement.",
    "Saudi Arabia and Iran agreed on Friday to resume diplomatic relations. Iran welcomed the "
    "announcement.",
]


@pytest.mark.parametrize("text", NOT_ANNOUNCEMENT)
def test_not_announcement_welcomed(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT"]
    assert not got, got


MINISTRY_OF = [
    (
        "Somalia decided to restore diplomatic relations with Kenya. The Ministry of Foreign "
        "Affairs of the Republic of Kenya welcomed the decision in a statement.",
        "Q114",
        "Q1045",
    ),
    (
        "Somalia decided to restore diplomatic relations with Kenya. The Foreign Ministry of "
        "Kenya welcomed the decision.",
        "Q114",
        "Q1045",
    ),
    (
        "The Ministry of Foreign Affairs and International Cooperation of Rwanda thanked Qatar "
        "for its mediation.",
        "Q1037",
        "Q846",
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), MINISTRY_OF)
def test_ministry_of_state(text: str, actor: str, recipient: str) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", {actor}, {recipient}, "051") in got, got


NOT_MINISTRY_OF = [
    "Somalia decided to restore trade with Kenya. The Ministry of Health of Kenya welcomed the "
    "decision.",
    "The Ministry of Foreign Affairs of Kenya did not welcome Somalia's decision.",
]


@pytest.mark.parametrize("text", NOT_MINISTRY_OF)
def test_not_ministry_of_state(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT"]
    assert not got, got


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan Ministry of Foreign Affairs welcomed Somalia's decision.",
        "The Chinese Foreign Ministry welcomed Russia's decision as historic.",
    ],
)
def test_demonym_ministry_one_praise(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT"]
    assert len(got) == 1 and got[0][1] in ({"Q114"}, {"Q148"}), got


PROPOSED_BY = [
    (
        "Belarus fully supported the Global Security Initiative put forward by Xi Jinping.",
        "Q184",
        {"Q15031"},
    ),
    ("Zambia welcomes the Global Development Initiative proposed by China.", "Q953", {"Q148"}),
    (
        "Kenya praised the Lobito Corridor Initiative launched by the United States and the "
        "European Union.",
        "Q114",
        {"Q30", "Q458"},
    ),
]


@pytest.mark.parametrize(("text", "actor", "proposers"), PROPOSED_BY)
def test_initiative_proposed_by(text: str, actor: str, proposers: set[str]) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT"]
    assert got == [("SUPPORT", {actor}, proposers, "051")], got


NOT_PROPOSED_BY = [
    "Zambia did not welcome the Global Development Initiative proposed by China.",
    "China welcomed the Global Development Initiative proposed by Xi Jinping.",
]


@pytest.mark.parametrize("text", NOT_PROPOSED_BY)
def test_not_initiative_proposed_by(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT"]
    assert not got, got
