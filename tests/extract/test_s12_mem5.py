"""Memberships stated of a pair ("As members of the SCO, the two sides ..."), by a plain copula
with what a member is called ("a founding and active member of", "among the founding members
of"), and by holding the chair of an organisation named generically ("the bloc") after the one
organisation named before (session 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity
from tests.extract.test_patterns import facts

DAY = dt.date(2025, 7, 10)
KAZAKHSTAN, KYRGYZSTAN, UZBEKISTAN, TAJIKISTAN = "Q232", "Q813", "Q265", "Q863"
CHINA, RUSSIA, INDIA, BRAZIL = "Q148", "Q159", "Q668", "Q155"
FRANCE, UK, VIETNAM, INDONESIA = "Q142", "Q145", "Q881", "Q252"
UNSC, SCO, CSTO, ASEAN, G20 = "Q37470", "Q485207", "Q318693", "Q7768", "Q19771"


def _memberships(text: str) -> set[tuple[str, str]]:
    return {
        (m.qid or m.label, o.qid or o.label)
        for f in facts(text, DAY)
        if f.cls.value == "Membership"
        for m in f.get("member")
        if isinstance(m, Entity)
        for o in f.get("organization")
        if isinstance(o, Entity)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair phrase for the two ministers who met: their states
        (
            "Sergey Lavrov held talks with Wang Yi in Moscow on Monday. As members of the "
            "Shanghai Cooperation Organisation, the two sides agreed to coordinate closely.",
            {(RUSSIA, SCO), (CHINA, SCO)},
        ),
        # a plain copula with what a member is called
        ("Vietnam, too, is a full member of ASEAN.", {(VIETNAM, ASEAN)}),
        ("Indonesia is among the founding members of ASEAN.", {(INDONESIA, ASEAN)}),
        (
            "India is a founding and active member of the Shanghai Cooperation Organisation.",
            {(INDIA, SCO)},
        ),
        # holding the chair of the one organisation named before
        (
            "The leaders discussed the Shanghai Cooperation Organisation summit. Uzbekistan "
            "currently holds the rotating chairmanship of the organisation.",
            {(UZBEKISTAN, SCO)},
        ),
        (
            "Tokayev spoke about the Collective Security Treaty Organization. Kyrgyzstan now "
            "holds the chairmanship of the bloc.",
            {(KYRGYZSTAN, CSTO)},
        ),
    ],
)
def test_memberships(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _memberships(text)


# (read before this session too: guards of the pair a pair phrase resolves to)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan and Kyrgyzstan held talks in Astana on Monday. Both countries are "
            "permanent members of the UN Security Council, the ministry added.",
            {(KAZAKHSTAN, UNSC), (KYRGYZSTAN, UNSC)},
        ),
        (
            "France and the United Kingdom held talks in Paris on Tuesday. The two countries "
            "are both permanent members of the United Nations Security Council.",
            {(FRANCE, UNSC), (UK, UNSC)},
        ),
    ],
)
def test_pair_memberships(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _memberships(text)


@pytest.mark.parametrize(
    "text",
    [
        # not members: observers, partners, candidates, aspirants
        "Sergey Lavrov held talks with Wang Yi in Moscow. As observers of the Shanghai "
        "Cooperation Organisation, the two sides agreed to coordinate closely.",
        "Sergey Lavrov held talks with Wang Yi in Moscow. As dialogue partners of ASEAN, the "
        "two sides agreed to coordinate closely.",
        "Indonesia is among the candidates for membership of the Shanghai Cooperation "
        "Organisation.",
        "Vietnam is among the observers and partners of the Shanghai Cooperation Organisation.",
        "India is a founding and aspiring member of the Shanghai Cooperation Organisation.",
        "Vietnam, too, is an observer of the Shanghai Cooperation Organisation.",
        "Vietnam, too, could become a full member of the Shanghai Cooperation Organisation.",
        "Kazakhstan and Kyrgyzstan held talks in Astana on Monday. Both countries are not "
        "members of the UN Security Council.",
        # the chair of a bloc when two organisations were named before: unclear which
        "The leaders discussed the Collective Security Treaty Organization and the Shanghai "
        "Cooperation Organisation. Uzbekistan currently holds the rotating chairmanship of the "
        "organisation.",
        "Uzbekistan currently holds observer status in the Shanghai Cooperation Organisation.",
    ],
)
def test_no_memberships(text: str) -> None:
    found = _memberships(text)
    assert not {(m, o) for m, o in found if o in {SCO, ASEAN, UNSC, CSTO}}, found
