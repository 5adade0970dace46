"""States' measures and statements by their bodies (session 20): leaving a cooperation format
built around a state (SANCTION 160 against it, also "the format" named before); Switzerland's
Federal Council speaking for it; adopting an organisation's sanctions (SANCTION 163 by the
adopter); a state's airspace closed to another's flights (163); a border closure ordered by a
leader (160, MOBILIZE 154 for troops sent to reinforce it, the SharedBorder); a sentence's
opening "It" before the act's verb; "the Sultanate" praised. With the guards: negation,
hypotheticals, plans, a third party's act."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events, facts, keys

DAY = dt.date(2023, 3, 9)
CHINA, POLAND, HUNGARY, ROMANIA, RUSSIA = "Q148", "Q36", "Q28", "Q218", "Q159"
SWITZERLAND, BELARUS, FINLAND, ESTONIA = "Q39", "Q184", "Q33", "Q191"
KENYA, SOMALIA, OMAN, SAUDI = "Q114", "Q1045", "Q842", "Q851"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return events(text, kind, DAY)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Poland has decided to end its participation in the cooperation format of Central "
            "and Eastern European countries and China, the ministry said on Thursday.",
            POLAND,
            CHINA,
        ),
        (
            "Romania ended its participation in the forum of Baltic states and Russia.",
            ROMANIA,
            RUSSIA,
        ),
    ],
)
def test_ending_participation_in_a_format_is_sanction(
    text: str, actor: str, recipient: str
) -> None:
    assert ({actor}, {recipient}, "160") in _events(text, "SANCTION")


def test_leaving_the_format_named_before() -> None:
    text = (
        "Poland has decided to end its participation in the cooperation format of Central and "
        "Eastern European countries and China.\n\n"
        "Hungary announced the same day that it was also leaving the format.\n\n"
        "Romania withdrew from the format in May 2021."
    )
    found = _events(text, "SANCTION")
    for state in (POLAND, HUNGARY, ROMANIA):
        assert ({state}, {CHINA}, "160") in found


@pytest.mark.parametrize(
    "text",
    [
        "Hungary did not end its participation in the cooperation format of European countries "
        "and China.",
        "Hungary may decide to end its participation in the format of European countries and "
        "China.",
        "Poland ended its participation in the cooperation format of Central and Eastern "
        "European countries and China.\n\nSlovakia has not left the format.\n\n"
        "Bulgaria could leave the format later.",
        "Slovakia withdrew from the format in May 2021.",
    ],
)
def test_format_near_misses(text: str) -> None:
    found = _events(text, "SANCTION")
    assert all(a & {HUNGARY, "Q214", "Q219"} == set() for a, _, _ in found)


def test_federal_council_is_switzerland() -> None:
    text = (
        "The Federal Council decided on Monday to adopt the sanctions imposed by the European "
        "Union on Belarus in recent days. The Federal Council condemns the attack by Belarus on "
        "Lithuania. It calls on Belarus to withdraw its troops."
    )
    assert ({SWITZERLAND}, {BELARUS}, "163") in _events(text, "SANCTION")
    assert ({SWITZERLAND}, {BELARUS}, "111") in _events(text, "ACCUSE")
    assert any(a == {SWITZERLAND} and r == {BELARUS} for a, r, _ in _events(text, "REQUEST"))


def test_it_before_the_verb_is_the_subject() -> None:
    text = (
        "Norway condemned the attack by Belarus on Lithuania. It also called on Belarus to "
        "withdraw its troops."
    )
    assert any(a == {"Q20"} and r == {BELARUS} for a, r, _ in _events(text, "REQUEST"))


def test_it_is_no_subject_of_a_comment() -> None:
    text = (
        "Norway condemned the attack by Belarus on Lithuania. It is important that Belarus "
        "withdraws its troops."
    )
    assert _events(text, "REQUEST") == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "In addition, Finnish airspace is closed to all flights from Russia as of today.",
            FINLAND,
            RUSSIA,
        ),
        (
            "Estonia's airspace has been closed to all aircraft from Russia since Monday.",
            ESTONIA,
            RUSSIA,
        ),
    ],
)
def test_airspace_closed_is_sanction(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "163") in _events(text, "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Polish airspace is not closed to flights from Belarus.",
        "Lithuanian airspace could be closed to flights from Belarus.",
    ],
)
def test_airspace_near_misses(text: str) -> None:
    assert _events(text, "SANCTION") == []


def test_border_closure_ordered_by_a_leader() -> None:
    text = (
        "In neighbouring Kenya, President William Ruto ordered the immediate closure of the "
        "land border with Somalia and sent additional troops to reinforce it."
    )
    found = facts(text, DAY)
    assert any(
        f.cls.value == "SharedBorder" and keys(f.get("party")) == {KENYA, SOMALIA} for f in found
    )
    assert any(r == {SOMALIA} and c == "160" for _, r, c in _events(text, "SANCTION"))
    assert any(r == {SOMALIA} and c == "154" for _, r, c in _events(text, "MOBILIZE"))


@pytest.mark.parametrize(
    "text",
    [
        "The President did not order the closure of the border with Somalia.",
        "France and Germany criticised the closure of the border with Poland.",
    ],
)
def test_border_closure_near_misses(text: str) -> None:
    assert all(c != "160" for _, _, c in _events(text, "SANCTION"))
    assert not any(f.cls.value == "SharedBorder" for f in facts(text, DAY))


def test_the_sultanate_praised() -> None:
    text = (
        "Sultan Haitham bin Tarik of the Sultanate of Oman held talks with King Salman in Neom "
        "on Sunday. The Saudi side praised the Sultanate's efforts to support the peace process "
        "in Yemen."
    )
    assert ({SAUDI}, {OMAN}, "051") in _events(text, "SUPPORT")


def test_the_sultanate_of_two_is_no_one() -> None:
    text = (
        "Oman and Brunei sent delegations to Riyadh. The Saudi side praised the Sultanate's "
        "efforts to support the peace process in Yemen."
    )
    assert all(r != {OMAN} for _, r, _ in _events(text, "SUPPORT"))


def test_numeric_dateline_and_no_promise_to_the_union() -> None:
    text = (
        "Bern, 28.02.2022 - In view of Russia's war in Ukraine, the Federal Council decided at "
        "its extraordinary meeting today to adopt the sanctions imposed by the European Union on "
        "Russia."
    )
    assert ({SWITZERLAND}, {RUSSIA}, "163") in _events(text, "SANCTION")
    assert _events(text, "AGREE") == []
    text = "Norway decided today to adopt the sanctions imposed by the European Union on Russia."
    assert _events(text, "AGREE") == []
