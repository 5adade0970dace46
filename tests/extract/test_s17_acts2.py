"""Acts other than meetings, second round (session 17): a statement rejected by its noun ("Kyiv
denied the accusation": at the one who made it), a decision named after the act was told in other
words, a veto of another's proposal, a welcome of a release by a state's government, a call for
an end to a party's military act, a response to another's "provocations", a second object of a
condemnation ("... and its attacks on ...": no attack of the day), and a trip to attend a
gathering (no promise)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 8, 26)  # a Friday
RUSSIA, UKRAINE, US, CHINA, IRAN, JAPAN = "Q159", "Q212", "Q30", "Q148", "Q794", "Q17"
KOSOVO, LITHUANIA, HUNGARY, EC, ISRAEL, FRANCE = "Q1246", "Q37", "Q28", "Q8880", "Q801", "Q142"
MYANMAR, AZERBAIJAN, ARMENIA, GERMANY, TURKEY, ALBANIA = (
    "Q836",
    "Q227",
    "Q399",
    "Q183",
    "Q43",
    "Q222",
)


def _events(text: str, event_type: str, day: dt.date = DAY) -> list[tuple[set[str], set[str], str]]:
    """(actors, recipients, cameo) of the events of one type."""
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, day)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == event_type
    ]


# ---- a statement rejected by its noun -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The United States accused Iran of supplying drones to Russia on Tuesday. Tehran "
            "denied the accusation, calling it baseless.",
            IRAN,
            US,
        ),
        (
            "China on Monday criticised the new American export controls. The State Department "
            "rejected the criticism.",
            US,
            CHINA,
        ),
        (
            "Russia accused Ukraine of shelling the plant. Kyiv refuted the allegations.",
            UKRAINE,
            RUSSIA,
        ),
        ("Beijing denied Washington's claims that it was arming Russia.", CHINA, US),
    ],
)
def test_statement_rejected_by_its_noun(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "120") in _events(text, "REJECT")


def test_a_protest_note_is_no_accusation_rejected() -> None:
    # the accusation rejected is Ukraine's, in the same sentence; not Belarus's protest before
    text = (
        "Belarus handed a note of protest to the charge d'affaires of Poland on Monday. Ukraine "
        "said that Russian troops had shelled the plant; Moscow rejected the accusation."
    )
    assert all(r != {"Q184"} for _, r, _ in _events(text, "REJECT"))


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has repeatedly denied the allegations.",  # whose, never told
        "Russia accused Ukraine of shelling the plant. Kyiv did not deny the accusation.",
        "Russia accused Ukraine of shelling the plant. Moscow later denied the accusation.",
    ],
)
def test_no_rejection_of_an_unknown_or_own_statement(text: str) -> None:
    assert not _events(text, "REJECT")


# ---- "the decision", told in other words --------------------------------------------------


def test_decision_named_after_a_ban() -> None:
    text = (
        "Lithuania on Saturday banned the transit of steel to Kaliningrad. The Kremlin said the "
        "step was illegal. On Monday, Moscow denounced the decision."
    )
    assert any(a == {RUSSIA} and r == {LITHUANIA} for a, r, _ in _events(text, "ACCUSE"))


# ---- a veto of another's proposal ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Hungary has vetoed a proposal by the European Commission to fund arms for Ukraine.",
            {EC},
        ),
        ("Hungary vetoed Ukraine's proposal on Tuesday.", {UKRAINE}),
        (
            "Russia on Friday vetoed the draft resolution put forward by the United States and "
            "Albania.",
            {US, ALBANIA},
        ),
        ("Russia vetoed a draft resolution on Ukraine on Friday.", set()),
    ],
)
def test_veto_of_a_proposal(text: str, recipient: set[str]) -> None:
    assert [r for _, r, c in _events(text, "REJECT") if c == "129"] == [recipient]


# ---- a release welcomed -------------------------------------------------------------------


def test_release_by_a_states_government() -> None:
    text = "Japan welcomed the release of a Japanese journalist by Myanmar's military government."
    assert ({JAPAN}, {MYANMAR}, "051") in _events(text, "SUPPORT")


# ---- a call for an end to a party's military act ------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("France called for an end to the Israeli bombardment of Gaza.", FRANCE, ISRAEL),
        ("Germany urged a halt to Russia's attacks on Ukrainian cities.", GERMANY, RUSSIA),
        (
            "Turkey called for an immediate end to the air strikes on Gaza by Israel.",
            TURKEY,
            ISRAEL,
        ),
    ],
)
def test_call_for_an_end_to_an_act(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "1056") in _events(text, "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "China called for an end to the war in Ukraine.",  # no one's act named
        "China called for an end to the violence.",
        "Russia said it would not call for an end to the Azerbaijani offensive.",
    ],
)
def test_no_call_without_a_party(text: str) -> None:
    assert not _events(text, "REQUEST")


# ---- another's act called a provocation ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Baku said its troops had responded to provocations by Armenia.", AZERBAIJAN, ARMENIA),
        (
            "Russia's defence ministry said its forces had repelled a Ukrainian provocation near "
            "the plant.",
            RUSSIA,
            UKRAINE,
        ),
    ],
)
def test_provocation_responded_to(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "112") in _events(text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan's army said it responded to provocations.",
        "Armenia said it had not responded to Azerbaijani provocations.",
    ],
)
def test_no_provocation_of_no_one(text: str) -> None:
    assert not _events(text, "ACCUSE")


# ---- a second object of a condemnation ----------------------------------------------------


def test_condemned_war_and_its_attacks() -> None:
    text = (
        "President Joe Biden hosted Japanese Prime Minister Fumio Kishida at the White House on "
        "Friday. The leaders condemned Russia's brutal war of aggression against Ukraine and its "
        "attacks on civilian infrastructure."
    )
    found = facts(text, dt.date(2022, 5, 20))
    types = {str(f.get("eventType")[0]) for f in found if f.cls.value == "Event"}
    assert "ASSAULT" not in types
    assert any(r == {RUSSIA} for _, r, _ in _events(text, "ACCUSE", dt.date(2022, 5, 20)))


def test_attacks_told_after_and_stay_an_assault() -> None:
    text = "Russia shelled Kharkiv and its forces launched attacks on Kyiv."
    assert any(a == {RUSSIA} for a, _, _ in _events(text, "ASSAULT"))


# ---- a trip to attend a gathering ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Xi will then travel to Samarkand to attend the 22nd meeting of the Council of Heads of "
        "State of the Shanghai Cooperation Organisation.",
        "Xi will then attend the meeting of the Council of Heads of State.",
    ],
)
def test_trip_to_attend_is_no_promise(text: str) -> None:
    assert not _events(text, "AGREE", dt.date(2022, 9, 12))
