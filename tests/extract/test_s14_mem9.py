"""Memberships on unseen phrasings (session 14, mem9): "the commission/council, of which X and Y
are members" after the body was named; a state's chairmanship of a body the KB does not link
("congratulated Russia on its chairmanship of BRICS"); council seats in an apposition with an
adverb ("Ecuador, currently a non-permanent member of ...") and in a dated term a state is
thanked for ("its 2022–2023 term on the UN Security Council", from 2022); and states "which
together form" an organisation, dated by its founding told after it. Near misses stay silent."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact

DAY = dt.date(2024, 3, 10)
UNSC = "United Nations Security Council"
AES = "Alliance of Sahel States"


def _facts(body: str) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=DAY, url=None, title=None)
    return extract(article, load_index())


def _labels(fact: Fact, role: str) -> frozenset[str]:
    return frozenset(v.label or v.surface or "" for v in fact.get(role) if isinstance(v, Entity))


def _memberships(found: list[Fact]) -> set[tuple[str, str, tuple[str, ...]]]:
    return {
        (
            min(_labels(f, "member")),
            min(_labels(f, "organization"), default=""),
            tuple(str(v) for v in f.get("startDate")),
        )
        for f in found
        if f.cls.value == "Membership"
    }


# --- 1. the body, of which X are members --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "members", "org"),
    [
        (
            "Officials met at the Mekong River Commission on Tuesday. The commission, of which "
            "Cambodia, Laos, Thailand and Vietnam are members, has asked for data.",
            {"Cambodia", "Laos", "Thailand", "Vietnam"},
            "Mekong River Commission",
        ),
        (
            "The Arctic Council met in Tromso on Monday. The council, of which Norway and "
            "Finland have been members, adopted a plan.",
            {"Norway", "Finland"},
            "Arctic Council",
        ),
    ],
)
def test_the_body_of_which_states_are_members(text: str, members: set[str], org: str) -> None:
    found = {(m, o) for m, o, _ in _memberships(_facts(text))}
    assert {(m, org) for m in members} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Officials met at the Mekong River Commission on Tuesday. The commission, of which "
        "Cambodia is a critic, has asked for data.",
        "Officials met at the Mekong River Commission on Tuesday. The commission, of which "
        "Thailand and Vietnam are not members, has asked for data.",
        "The commission, of which Cambodia and Laos are members, has asked for data.",
    ],
)
def test_the_body_of_which_near_misses(text: str) -> None:
    assert not _memberships(_facts(text))


# --- 3. chairmanship of a body the KB does not link -----------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Xi Jinping congratulated Russia on its chairmanship of BRICS this year.", "Russia"),
        ("Lula thanked South Africa for its chairmanship of BRICS in 2023.", "South Africa"),
        (
            "The minister congratulated his guest on Laos's chairmanship of the Association "
            "of Southeast Asian Nations this year.",
            "Laos",
        ),
    ],
)
def test_chairmanship_is_membership(text: str, member: str) -> None:
    assert member in {m for m, _, _ in _memberships(_facts(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Brazil hopes to chair BRICS next year.",
        "Xi Jinping congratulated Russia on its leadership in the Multinational Mission.",
    ],
)
def test_chairmanship_near_misses(text: str) -> None:
    assert not _memberships(_facts(text))


# --- 4. council seats -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member", "start"),
    [
        (
            "Ecuador, currently a non-permanent member of the UN Security Council, has called "
            "for a ceasefire.",
            "Ecuador",
            (),
        ),
        (
            "Japan, now a non-permanent member of the UN Security Council, voted for the text.",
            "Japan",
            (),
        ),
        (
            "The United States thanked Albania for its leadership during its 2022–2023 term on "
            "the UN Security Council.",
            "Albania",
            ("2022",),
        ),
        (
            "Blinken praised Ghana for its work during its 2022-2023 term on the UN Security "
            "Council.",
            "Ghana",
            ("2022",),
        ),
    ],
)
def test_council_seats(text: str, member: str, start: tuple[str, ...]) -> None:
    assert (member, UNSC, start) in _memberships(_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador, currently a non-member of the UN Security Council, has called for a ceasefire.",
        "Ecuador, which hopes to become a member of the UN Security Council, called for talks.",
    ],
)
def test_council_seat_near_misses(text: str) -> None:
    assert not _memberships(_facts(text))


# --- 5. states which together form an organisation ------------------------------------------


def test_states_which_together_form_an_organisation() -> None:
    found = _memberships(
        _facts(
            "Mali, Burkina Faso and Niger announced on Tuesday they would leave ECOWAS. The "
            "three countries, which together form the Alliance of Sahel States established in "
            "September 2023, accuse the bloc of sanctions."
        )
    )
    assert {(s, AES, ("2023-09",)) for s in ("Mali", "Burkina Faso", "Niger")} <= found


def test_russia_and_belarus_which_form_the_union_state() -> None:
    found = _memberships(
        _facts("Russia and Belarus, which together make up the Union State, held drills.")
    )
    assert {m for m, _, _ in found} >= {"Russia", "Belarus"}


@pytest.mark.parametrize(
    "text",
    [
        "Mali, Burkina Faso and Niger will form an alliance next year.",
        "Mali and Niger, which hope to form the Alliance of Sahel States, met on Tuesday.",
    ],
)
def test_forming_near_misses(text: str) -> None:
    assert not {o for _, o, _ in _memberships(_facts(text))} & {AES, "alliance"}
