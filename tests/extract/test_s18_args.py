"""Arguments of acts the rules already find (session 18): the party a sum helps ("provided $1.5
million to help Ecuador use ...", "to support Ukraine's reconstruction"), the third party of a
joint sum pledge ("... and the European Union have pledged $8.5 billion to support South Africa's
transition"), the party those sanctioned enable ("sanctions on 23 individuals and 21 entities that
enable the Lukashenka regime's repression"), a state's promise under a document its officials
signed (to the other officials' states) and a joint commitment to a party itself ("their
commitment to the NATO Alliance")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 12, 18)  # a Monday
US, ECUADOR, UKRAINE, SOUTH_AFRICA, BELARUS, RUSSIA = "Q30", "Q736", "Q212", "Q258", "Q184", "Q159"
GERMANY, LITHUANIA, NATO, JAPAN, UK, FRANCE = "Q183", "Q37", "Q7184", "Q17", "Q145", "Q142"


def _events(text: str, event_type: str) -> list[tuple[set[str], set[str]]]:
    """(actors, recipients) of the events of one type."""
    return [
        (keys(f.get("actor")), keys(f.get("recipient")))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == event_type
    ]


# ---- the party a sum helps ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Since 2021, the United States has provided more than $1.5 million to help Ecuador "
            "use satellite data for early warning of floods.",
            US,
            ECUADOR,
        ),
        ("Japan has provided $10 million to support Ukraine's reconstruction.", JAPAN, UKRAINE),
    ],
)
def test_aid_to_help_a_party(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}) in _events(text, "AID")


def test_aid_to_help_against_a_party_names_no_recipient() -> None:
    found = _events("Germany has provided $100 million to help counter Russia's influence.", "AID")
    assert all(RUSSIA not in r for _, r in found)


def test_joint_sum_pledge_to_a_third_party() -> None:
    text = (
        "The United States, the United Kingdom, France, Germany and the European Union have "
        "pledged an initial $8.5 billion to support South Africa's transition."
    )
    assert any(r == {SOUTH_AFRICA} and {US, UK, FRANCE} <= a for a, r in _events(text, "AGREE"))


def test_joint_sum_pledge_against_a_party_names_no_recipient() -> None:
    text = "France and Germany pledged $50 million to counter Russian disinformation in Moldova."
    assert all(not r for _, r in _events(text, "AGREE"))


# ---- sanctions on those who enable a party ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Today, the United States is imposing sanctions on 23 individuals and 21 entities "
            "that enable the Lukashenka regime's continued repression of the Belarusian people.",
            BELARUS,
        ),
        (
            "Today, the United States is imposing sanctions on four companies involved in illicit "
            "gold dealings that fund the Wagner Group's operations in the Central African "
            "Republic and Mali.",
            "Wagner Group",
        ),
        ("The United Kingdom sanctioned three firms who supply Russia with drone parts.", RUSSIA),
    ],
)
def test_sanctions_on_enablers(text: str, recipient: str) -> None:
    assert any(r == {recipient} for _, r in _events(text, "SANCTION"))


def test_no_sanction_on_enablers_when_negated() -> None:
    text = "The United Kingdom did not sanction the firms that supply Russia."
    assert not _events(text, "SANCTION")


# ---- a promise under a document the officials signed --------------------------------------

_ROADMAP = (
    "Lithuania's Minister of National Defence Arvydas Anušauskas and German Federal Minister of "
    "Defence Boris Pistorius on Monday signed in Vilnius a roadmap on the stationing of a German "
    "brigade. "
)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            _ROADMAP + "Under the document, Germany commits to deploying a brigade of about "
            "4,800 troops.",
            GERMANY,
            LITHUANIA,
        ),
        (
            _ROADMAP + "Lithuania, for its part, undertakes to build the necessary infrastructure.",
            LITHUANIA,
            GERMANY,
        ),
        (
            "Lithuania and Germany signed a roadmap on Monday. Under the document, Germany "
            "commits to deploying a brigade.",
            GERMANY,
            LITHUANIA,
        ),
    ],
)
def test_promise_under_a_signed_document(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}) in _events(text, "AGREE")


def test_promise_under_a_draft_document_is_none() -> None:
    text = _ROADMAP + "Under the draft document, Germany would deploy a brigade."
    assert all(a != {GERMANY} for a, _ in _events(text, "AGREE"))


# ---- a joint commitment to a party itself -------------------------------------------------


def test_joint_commitment_to_an_alliance() -> None:
    text = "Germany and France reaffirmed their commitment to the NATO Alliance."
    assert ({GERMANY, FRANCE}, {NATO}) in _events(text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Germany and France reaffirmed their commitment to NATO's open-door policy.",
        "Germany and France did not reaffirm their commitment to NATO.",
        "Did Germany and France reaffirm their commitment to NATO?",
    ],
)
def test_joint_commitment_near_misses(text: str) -> None:
    assert all(NATO not in r for _, r in _events(text, "AGREE"))
