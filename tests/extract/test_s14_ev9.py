"""Recall on unseen text (session 14, round 9): a demand kept up ("continues to call on the
Maduro regime to release ...", "continued to urge China to ...") and support expressed for the
efforts or work of a state's authorities ("support for the efforts of Niger's transitional
authorities to ..."), an agreement with a party revoked or terminated (REJECT 127), an invitation
to join an organisation declined (REJECT 125); and the near misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 5, 10)
USA, VENEZUELA, JAPAN, CHINA, UK, NIGER = "Q30", "Q717", "Q17", "Q148", "Q145", "Q1032"
FRANCE, MALI, GERMANY, ARGENTINA = "Q142", "Q912", "Q183", "Q414"

Row = tuple[frozenset[str], frozenset[str], str]


def _events(text: str, kind: str) -> set[Row]:
    return {
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("cameoCode")[0]),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(kind)
    }


def _f(*qids: str) -> frozenset[str]:
    return frozenset(qids)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The United States continues to call on the Maduro regime to release all political "
            "prisoners.",
            (_f(USA), _f(VENEZUELA), "1053"),
        ),
        (
            "Japan continued to urge China to release the detained employees.",
            (_f(JAPAN), _f(CHINA), "1053"),
        ),
        (
            "Germany and France continue to call on Venezuela to release the detained "
            "opposition figures.",
            (_f(GERMANY, FRANCE), _f(VENEZUELA), "1053"),
        ),
    ],
)
def test_a_demand_kept_up(text: str, row: Row) -> None:
    assert row in _events(text, "REQUEST")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Britain expressed support for the efforts of Niger's transitional authorities to "
            "restore security.",
            (_f(UK), _f(NIGER), "051"),
        ),
        (
            "France reaffirmed its support for the work of the Malian government to hold "
            "elections.",
            (_f(FRANCE), _f(MALI), "051"),
        ),
        (
            "Japan reiterated its strong support for the efforts of Venezuela to hold free "
            "elections.",
            (_f(JAPAN), _f(VENEZUELA), "051"),
        ),
    ],
)
def test_support_for_a_states_efforts(text: str, row: Row) -> None:
    assert row in _events(text, "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "The regime's critics continue to call on the army to step aside.",
        "Japan continued to cooperate with China on trade.",
        "Britain expressed support for the efforts of the mediators.",
        "France expressed concern about the efforts of Mali's government to delay elections.",
    ],
)
def test_near_misses(text: str) -> None:
    assert not _events(text, "REQUEST")
    assert not _events(text, "SUPPORT")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Niger's authorities revoked the military agreement with the United States.",
            (_f(NIGER), _f(USA), "127"),
        ),
        ("Mali has terminated its defence accord with France.", (_f(MALI), _f(FRANCE), "127")),
        (
            "Venezuela tore up the energy deal with Japan in March.",
            (_f(VENEZUELA), _f(JAPAN), "127"),
        ),
    ],
)
def test_an_agreement_revoked(text: str, row: Row) -> None:
    assert row in _events(text, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "In December, Argentina formally declined the invitation to become a member of BRICS.",
        "Argentina has turned down an invitation to join BRICS.",
    ],
)
def test_an_invitation_to_join_declined(text: str) -> None:
    rows = _events(text, "REJECT")
    assert len(rows) == 1
    ((actors, recipients, code),) = rows
    assert (actors, code) == (_f(ARGENTINA), "125")
    assert len(recipients) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Japan declined to comment on the report.",
        "Indonesia declined the invitation to attend the summit.",
        "The court revoked the licence of the broadcaster.",
        "Niger revoked the agreement last year.",
    ],
)
def test_refusals_near_misses(text: str) -> None:
    assert not _events(text, "REJECT")
