"""Acts of multilateral bodies told in less common constructions (session 36b, multilat).

The sentences are written for this session (none from a gold set). Conventions followed (all
earlier sessions' except where said):

- "the General Assembly" named bare after "the" is the UN's (Q47423), as "the Security Council"
  is the UN's; not when the article named another assembly ("the OAS General Assembly"), and
  not a state's own ("Kentucky's General Assembly" keeps no "the" right before the name).
- An organisation that suspended two or more member states it names right after its verb
  ("ECOWAS suspended Mali and Burkina Faso after the coups") does one act on each (SANCTION 160
  per suspended state, ANNOTATION.md's one event per act); "suspended them" stays one act on
  the members named before.
- "The summit adopted the X Declaration" in a story of one organisation, whose leaders met, is
  the organisation's SUPPORT 057 (as after "The AU summit opened ..." since session 30); not
  when the meeting reported was two people's.
- A numbered consensus ("reached a five-point consensus on ...") is an AGREE 030, as "reached
  consensus" is.
- "X, Y and Z announced that their countries were leaving ECOWAS": "their countries" after
  "that" are the states its own sentence named before (two or more), as "they" are.
- "the Biden administration" is the state of the leader whose administration it is (the United
  States), not the leader (a false positive's cause in blind51).
- A draft blocked ("Russia blocked a draft resolution demanding ...") is a veto, REJECT 129 with
  no recipient, as "vetoed a draft" is; not a draft law, bill or budget a parliament blocks.

Negatives: negations, hypotheticals and threats, a draft law, another organisation's assembly.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 6, 16)  # a Friday

UNGA, RUSSIA, CHINA, UKRAINE, SYRIA, ISRAEL = "Q47423", "Q159", "Q148", "Q212", "Q858", "Q801"
ECOWAS, AU, MALI, BURKINA, NIGER, GUINEA, GABON = (
    "Q193272",
    "Q7159",
    "Q912",
    "Q965",
    "Q1032",
    "Q1006",
    "Q1000",
)
SCO, AU_ORG, ASEAN, MYANMAR, EU = "Q485207", "Q7159", "Q7768", "Q836", "Q458"

Row = tuple[str, set[str], set[str], str]


def rows(body: str) -> list[Row]:
    """(type, actors, recipients, CAMEO code) of every Event the body gives."""
    return [
        (
            str(f.get("eventType")[0]),
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
        )
        for f in facts(body, DAY)
        if f.cls.value == "Event"
    ]


def _has(
    got: list[Row], kind: str, actors: set[str], recipients: set[str] | None, code: str | None
) -> bool:
    return any(
        g[0] == kind
        and g[1] == actors
        and (recipients is None or g[2] == recipients)
        and (code is None or g[3] == code)
        for g in got
    )


# (text, type, actors, recipients or None for any, CAMEO code or None for any)
POSITIVES = [
    # 1. the General Assembly named bare
    (
        "On Thursday, the General Assembly adopted a resolution demanding that Russia withdraw "
        "its forces from Ukraine.",
        "SUPPORT",
        {UNGA},
        set(),
        "057",
    ),
    (
        "The General Assembly adopted a resolution on Ukraine. The Assembly also demanded that "
        "Russia release all prisoners of war.",
        "REQUEST",
        {UNGA},
        {RUSSIA},
        None,
    ),
    (
        "The General Assembly yesterday adopted a resolution condemning Israel.",
        "ACCUSE",
        {UNGA},
        {ISRAEL},
        None,
    ),
    # 2. several members suspended: one act on each
    (
        "ECOWAS suspended Guinea and Niger after the coups there.",
        "SANCTION",
        {ECOWAS},
        {GUINEA},
        "160",
    ),
    (
        "ECOWAS suspended Guinea and Niger after the coups there.",
        "SANCTION",
        {ECOWAS},
        {NIGER},
        "160",
    ),
    (
        "The African Union on Monday suspended Gabon, Mali and Burkina Faso from all its "
        "activities.",
        "SANCTION",
        {AU},
        {BURKINA},
        "160",
    ),
    # 3. the summit of the one organisation adopted a document
    (
        "Iran joined the Shanghai Cooperation Organization on Tuesday at a summit of its heads "
        "of state. The summit adopted the Astana Declaration.",
        "SUPPORT",
        {SCO},
        set(),
        "057",
    ),
    (
        "The leaders of the Association of Southeast Asian Nations met in Jakarta on Friday. "
        "The summit also adopted a declaration on the South China Sea.",
        "SUPPORT",
        {ASEAN},
        set(),
        "057",
    ),
    # 4. a numbered consensus
    (
        "ASEAN leaders on Saturday reached a five-point consensus on the crisis in Myanmar.",
        "AGREE",
        {ASEAN},
        None,
        "030",
    ),
    (
        "EU leaders reached a ten-point consensus on Ukraine.",
        "AGREE",
        {EU},
        None,
        "030",
    ),
    # 6. "their countries" in a reported clause: the states named before
    (
        "The juntas of Guinea and Niger announced on Monday that their countries were leaving "
        "ECOWAS.",
        "SANCTION",
        {GUINEA, NIGER},
        {ECOWAS},
        "160",
    ),
    (
        "Mali, Burkina Faso and Niger said that their countries had left the African Union.",
        "SANCTION",
        {MALI, BURKINA, NIGER},
        {AU},
        "160",
    ),
    # 5. a draft blocked is vetoed
    (
        "China blocked a draft resolution condemning the missile launch.",
        "REJECT",
        {CHINA},
        set(),
        "129",
    ),
    (
        "In March, Russia blocked a draft on humanitarian access to Syria.",
        "REJECT",
        {RUSSIA},
        set(),
        "129",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "recipients", "code"), POSITIVES)
def test_positive(
    text: str, kind: str, actors: set[str], recipients: set[str] | None, code: str | None
) -> None:
    got = rows(text)
    assert _has(got, kind, actors, recipients, code), got


def test_two_suspended_are_two_acts_not_one() -> None:
    got = rows("ECOWAS suspended Guinea and Niger after the coups there.")
    assert not any(len(g[2]) > 1 for g in got if g[3] == "160"), got


def test_suspended_them_stays_one_act() -> None:
    got = rows(
        "Mali, Niger and Guinea are ruled by juntas. ECOWAS has suspended them from its "
        "decision-making bodies."
    )
    assert _has(got, "SANCTION", {ECOWAS}, {MALI, NIGER, GUINEA}, "160"), got


def test_a_pair_summit_is_no_organisation() -> None:
    got = rows(
        "Xi Jinping and Joe Biden met in Woodside on Wednesday, on the margins of an APEC "
        "meeting. The summit adopted a joint statement."
    )
    assert not any(
        g[3] == "057" and any(a.startswith("Q") and a != "Q15031" for a in g[1]) and len(g[1]) == 1
        for g in got
    ), got


NEGATIVES = [
    "Russia did not block the draft resolution.",
    "Russia threatened to block the draft resolution on Ukraine.",
    "China would block any draft resolution condemning the launch.",
    "The Russian parliament blocked a draft law on foreign agents.",
    "ASEAN leaders did not reach a five-point consensus on Myanmar.",
    "ASEAN leaders may reach a five-point consensus on Myanmar next month.",
    "ECOWAS did not suspend Guinea and Niger.",
    "ECOWAS could suspend Guinea and Niger if the juntas refuse.",
    "Mali and Niger said that their countries would not leave ECOWAS.",
    "Guinea and Niger denied that their countries were leaving ECOWAS.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text: str) -> None:
    got = rows(text)
    assert not any(g[3] in {"129", "030", "160"} for g in got), got


def test_a_leaders_administration_is_the_state() -> None:
    got = rows(
        "Earlier on Friday, the Biden administration imposed sanctions on more than 1,000 "
        "Russian officials over the annexation."
    )
    assert any(g[0] == "SANCTION" and g[1] == {"Q30"} for g in got), got
    assert not any("Q6279" in g[1] for g in got), got


def test_another_assembly_keeps_its_own() -> None:
    found = facts(
        "The OAS General Assembly opened in Lima. The General Assembly adopted a resolution on "
        "Venezuela.",
        DAY,
    )
    assert not any(UNGA in keys(f.get("actor")) for f in found if f.cls.value == "Event")
