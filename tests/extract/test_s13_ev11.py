"""Events a held-out set showed missing (session 13): threats to intervene or use force (138);
warnings that any intervention would be war (130, at whoever intervenes, else no one); a bloc
suspending "them" (the states named before); demands for the withdrawal of a state's troops
(REQUEST 106 on that state); withdrawals of troops from a state (RETREAT 0874 with the state
left, one per state with its own date); "August last year"; dates of a referenced document or
an assumption of office that are not the act's; and the near misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import TimeValue
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 8, 10)
ECOWAS, AU, NATO, UN = "Q193272", "Q7159", "Q7184", "Q1065"
NIGER, MALI, BURKINA, GUINEA, GABON, FRANCE = "Q1032", "Q912", "Q965", "Q1006", "Q1000", "Q142"
RUSSIA, UKRAINE, USA, IRAN, MOLDOVA, BELARUS = "Q159", "Q212", "Q30", "Q794", "Q217", "Q184"
IRAQ, AFGHANISTAN, JAPAN = "Q796", "Q889", "Q17"


def _events(text: str, event_type: str) -> list[tuple[set[str], set[str], str, str | None]]:
    out = []
    for f in facts(text, DAY):
        if f.cls.value != "Event" or not str(f.get("eventType")[0]).endswith(event_type):
            continue
        when = f.one("date")
        out.append(
            (
                keys(f.get("actor")),
                keys(f.get("recipient")),
                str(f.get("cameoCode")[0]),
                when.lexical if isinstance(when, TimeValue) else None,
            )
        )
    return out


def _sides(text: str, event_type: str) -> list[tuple[set[str], set[str], str]]:
    return [(a, r, c) for a, r, c, _ in _events(text, event_type)]


# ---- threats ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("ECOWAS has threatened to intervene militarily in Niger.", ECOWAS, NIGER),
        ("The United States threatened to use force against Iran.", USA, IRAN),
        ("Russia threatens to take military action against Moldova.", RUSSIA, MOLDOVA),
    ],
)
def test_threats_of_force(text: str, actor: str, recipient: str) -> None:
    assert _sides(text, "THREATEN") == [({actor}, {recipient}, "138")]


def test_a_warning_at_the_one_who_threatened_to_intervene() -> None:
    text = (
        "ECOWAS has threatened to intervene militarily in Niger. Mali and Burkina Faso have "
        "warned that any such intervention would be regarded as a declaration of war against "
        "them."
    )
    assert ({MALI, BURKINA}, {ECOWAS}, "130") in _sides(text, "THREATEN")


def test_a_warning_names_the_intervener() -> None:
    text = (
        "Belarus warned that any aggression by NATO against Russia will be considered an act of "
        "war."
    )
    assert _sides(text, "THREATEN") == [({BELARUS}, {NATO}, "130")]


@pytest.mark.parametrize(
    "text",
    [
        # (the state attacked is not the one warned)
        "Russia warned that any attack on Belarus would be regarded as an act of aggression.",
        # (no threat of intervention before "such")
        "ECOWAS met in Abuja. Mali and Burkina Faso have warned that any such intervention would "
        "be regarded as a declaration of war.",
    ],
)
def test_a_warning_at_no_one_named(text: str) -> None:
    assert [r for _, r, _ in _sides(text, "THREATEN")] == [set()]


@pytest.mark.parametrize(
    "text",
    [
        "ECOWAS did not threaten to intervene in Niger.",
        "Analysts said ECOWAS could threaten to intervene in Niger.",
        "Mali warned that the intervention would be a disaster.",
        "Mali did not warn that any intervention would be regarded as a declaration of war.",
    ],
)
def test_no_threat(text: str) -> None:
    assert _sides(text, "THREATEN") == []


# ---- suspensions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipients"),
    [
        (
            "The juntas in Mali and Burkina Faso seized power in coups. ECOWAS has suspended "
            "them from its decision-making bodies.",
            ECOWAS,
            {MALI, BURKINA},
        ),
        (
            "ECOWAS held a summit in Abuja. Mali and Guinea held coups. The bloc suspended them "
            "from its decision-making bodies.",
            ECOWAS,
            {MALI, GUINEA},
        ),
        ("The African Union suspended Gabon on Thursday.", AU, {GABON}),
    ],
)
def test_a_bloc_suspends_states(text: str, actor: str, recipients: set[str]) -> None:
    assert ({actor}, recipients, "160") in _sides(text, "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        # (not a bloc: "them" may be anything)
        "Mali and Guinea held elections. Russia has suspended them from its programme.",
        "Mali and Guinea held elections. ECOWAS has not suspended them from its bodies.",
        "Mali and Guinea held elections. Analysts said ECOWAS could suspend them from its bodies.",
        # (one state before: "them" is not it)
        "Mali held elections. ECOWAS has suspended them from its bodies.",
    ],
)
def test_no_suspension(text: str) -> None:
    assert _sides(text, "SANCTION") == []


# ---- demands for withdrawal -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Mali demanded the withdrawal of French forces.", MALI, FRANCE),
        (
            "Niger's junta demanded the withdrawal of some 1,500 French troops stationed in the "
            "country.",
            NIGER,
            FRANCE,
        ),
        (
            "Ukraine called for the immediate withdrawal of all Russian troops from its territory.",
            UKRAINE,
            RUSSIA,
        ),
        ("Burkina Faso demanded the departure of the remaining French soldiers.", BURKINA, FRANCE),
        ("Mali demanded that France withdraw its troops from Mali.", MALI, FRANCE),
        ("The UN urged Russia to withdraw its forces from Ukraine.", UN, RUSSIA),
        ("The UN urged Russia on Thursday to withdraw its troops.", UN, RUSSIA),
    ],
)
def test_demands_for_withdrawal(text: str, actor: str, recipient: str) -> None:
    assert _sides(text, "REQUEST") == [({actor}, {recipient}, "106")]


@pytest.mark.parametrize(
    "text",
    [
        "Mali did not demand the withdrawal of French troops.",
        "Mali welcomed the withdrawal of French troops.",
        "China called for the departure of talks.",
    ],
)
def test_no_demand_for_withdrawal(text: str) -> None:
    assert _sides(text, "REQUEST") == []


def test_a_demand_to_leave_talks_is_no_withdrawal_of_troops() -> None:
    assert _sides("Japan urged Russia to withdraw from the treaty talks.", "REQUEST") == [
        ({JAPAN}, {RUSSIA}, "100")
    ]


# ---- withdrawals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "France pulled its last soldiers out of Mali in August last year and out of Burkina "
            "Faso in February.",
            [
                ({FRANCE}, {MALI}, "0874", "2022-08"),
                ({FRANCE}, {BURKINA}, "0874", "2023-02"),
            ],
        ),
        (
            "The United States pulled its troops out of Iraq in 2011 and out of Afghanistan in "
            "2021.",
            [({USA}, {IRAQ}, "0874", "2011"), ({USA}, {AFGHANISTAN}, "0874", "2021")],
        ),
        ("France withdrew its troops from Mali in 2022.", [({FRANCE}, {MALI}, "0874", "2022")]),
        (
            "France completed the withdrawal of its forces from Burkina Faso in February.",
            [({FRANCE}, {BURKINA}, "0874", "2023-02")],
        ),
        (
            "France pulled its last soldiers out of Mali and Burkina Faso last year.",
            [({FRANCE}, {MALI, BURKINA}, "0874", "2022")],
        ),
        # (a town is no state left)
        (
            "Russian troops withdrew from the village of Krynky in June.",
            [({RUSSIA}, set(), "0874", "2023-06")],
        ),
    ],
)
def test_withdrawals(text: str, found: list[tuple[set[str], set[str], str, str]]) -> None:
    assert _events(text, "RETREAT") == found


@pytest.mark.parametrize(
    "text",
    [
        "France did not withdraw its troops from Niger.",
        "France withdrew from the agreement with Mali.",
        "Mali demanded that France withdraw its troops from Mali.",
    ],
)
def test_no_withdrawal(text: str) -> None:
    assert _events(text, "RETREAT") == []


# ---- dates ------------------------------------------------------------------------------------


def test_a_document_date_is_not_the_promise_date() -> None:
    text = (
        "Putin said Russia would do everything possible to help normalise the situation, in line "
        "with the trilateral statements of November 9, 2020."
    )
    assert _events(text, "AGREE") == [({RUSSIA}, set(), "030", None)]


def test_an_assumption_date_is_not_the_congratulation_date() -> None:
    text = (
        "Biden congratulated Widodo on Indonesia's assumption of the G20 Presidency on December 1."
    )
    assert [when for *_, when in _events(text, "SUPPORT")] == [None]


def test_a_congratulation_keeps_its_own_date() -> None:
    text = "Biden congratulated Widodo on December 1 on Indonesia's G20 Presidency."
    assert [when for *_, when in _events(text, "SUPPORT")] == ["2023-12-01"]
