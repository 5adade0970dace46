"""Acts in the styles of ministries' press conferences and Latin American releases (session 17,
acts3): two coordinated protests lodged ("stern representations and strong protests with"), a
rejection of another's words named with their maker ("rejected the statements by the British
government", "expressed its rejection of"), a condemnation written "repudiated" (not a debt or an
agreement repudiated), and reactions to "the statement" and "the visit" told before (at the
issuer of the statement, at the visitor, never the host). Near misses: a negation, one's own
visit, a visit to a city of no state known."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 8, 3)  # a Wednesday
CHINA, US, UK, ARGENTINA, MEXICO, G7 = "Q148", "Q30", "Q145", "Q414", "Q96", "Q1764511"
JAPAN, PELOSI, TURKEY = "Q17", "Q170581", "Q43"


def _events(text: str, event_type: str) -> list[tuple[set[str], set[str], str]]:
    """(actors, recipients, cameo) of the events of one type."""
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == event_type
    ]


# ---- protests lodged -------------------------------------------------------------------------


def test_two_protests_lodged_with_a_state() -> None:
    text = "China has lodged stern representations and strong protests with the United States."
    assert ({CHINA}, {US}, "111") in _events(text, "ACCUSE")


# ---- another's words rejected --------------------------------------------------------------


def test_statements_by_a_government_rejected() -> None:
    text = "Argentina rejected the statements by the British government about the islands."
    assert ({ARGENTINA}, {UK}, "120") in _events(text, "REJECT")


def test_rejection_of_statements_expressed() -> None:
    text = (
        "The Argentine Foreign Ministry expressed its rejection of the statements of the British "
        "government about the islands."
    )
    assert ({ARGENTINA}, {UK}, "120") in _events(text, "REJECT")


def test_rejection_negated_is_none() -> None:
    text = "Argentina did not reject the statements by the British government."
    assert _events(text, "REJECT") == []


# ---- "repudiated" -----------------------------------------------------------------------------


def test_exercises_repudiated() -> None:
    text = "Argentina repudiated the military exercises carried out by the United Kingdom."
    assert ({ARGENTINA}, {UK}, "111") in _events(text, "ACCUSE")


def test_debts_repudiated_are_no_accusation() -> None:
    text = "Argentina repudiated the debts of the United Kingdom's banks."
    assert _events(text, "ACCUSE") == []


# ---- the statement, the visit ------------------------------------------------------------------


def test_statement_issued_then_rejected() -> None:
    text = (
        "The G7 foreign ministers issued a statement on Taiwan yesterday. "
        "China deplores and rejects the statement."
    )
    assert any(r == {G7} for _, r, _ in _events(text, "REJECT"))


def test_joint_statement_rejected_at_both_issuers() -> None:
    text = (
        "The United States and Japan issued a joint statement on Taiwan yesterday. "
        "China rejects the statement."
    )
    assert ({CHINA}, {US, JAPAN}, "120") in _events(text, "REJECT")


def test_visit_condemned_at_the_visitor() -> None:
    text = (
        "US House Speaker Nancy Pelosi arrived in Taiwan last night. "
        "China firmly opposes and strongly condemns the visit."
    )
    assert any(a == {CHINA} and r == {PELOSI} for a, r, _ in _events(text, "ACCUSE"))


def test_visit_by_ones_own_is_no_reaction() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan arrived in Moscow yesterday. "
        "Turkey welcomed the visit."
    )
    assert all(TURKEY not in r for _, r, _ in _events(text, "SUPPORT"))


def test_no_visit_told_no_recipient() -> None:
    text = "China strongly condemns the visit."
    assert _events(text, "ACCUSE") == []
