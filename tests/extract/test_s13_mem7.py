"""Memberships by founding ("set up a new bloc, the ...", a charter that establishes a body and
binds the states named), by remaining ("continue to be members"), of an organisation in another
("The African Union was admitted as a permanent member of the G20"), by holding or leading it
("whose country holds the G20 presidency", "President of the Comoros and Chairperson of the
African Union", "its leadership within ASEAN"), by a list of states and "the other G20
members", by "our fellow G7 members" in a joint statement, and by a term on the UN Security
Council (session 13); with near misses that name no membership."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact
from tests.extract.test_patterns import facts

DAY = dt.date(2024, 3, 14)
MALI, BURKINA, NIGER, GUINEA, GABON = "Q912", "Q965", "Q1032", "Q1006", "Q1000"
BRAZIL, RUSSIA, INDIA, CHINA, FRANCE, US = "Q155", "Q159", "Q668", "Q148", "Q142", "Q30"
KAZAKHSTAN, KYRGYZSTAN, UZBEKISTAN = "Q232", "Q813", "Q265"
OMAN, QATAR, KUWAIT = "Q842", "Q846", "Q817"
INDONESIA, COMOROS, CAMBODIA, LAOS, JAPAN = "Q252", "Q970", "Q424", "Q819", "Q17"
ECUADOR, MALTA, KENYA, UGANDA, GERMANY = "Q736", "Q233", "Q114", "Q1036", "Q183"
CANADA, ITALY, EU = "Q16", "Q38", "Q458"
ECOWAS, AU, G20, ASEAN, MERCOSUR = "Q193272", "Q7159", "Q19771", "Q7768", "Q4264"
UNSC, EAC, NATO, G7 = "Q37470", "Q337456", "Q7184", "Q1764511"
AES = "Alliance of Sahel States"


def _memberships(found: list[Fact]) -> dict[tuple[str, str], tuple[str, ...]]:
    """(member, organisation) → the start dates given."""
    return {
        (m.qid or m.label, o.qid or o.label): tuple(str(d) for d in f.get("startDate"))
        for f in found
        if f.cls.value == "Membership"
        for m in f.get("member")
        if isinstance(m, Entity)
        for o in f.get("organization")
        if isinstance(o, Entity)
    }


def _pairs(text: str, day: dt.date = DAY) -> set[tuple[str, str]]:
    return set(_memberships(facts(text, day)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # founding: the founders, named or counted
        (
            "Brazil, Russia and India set up a new bloc, the Southern Grain Union, in March.",
            {
                (BRAZIL, "Southern Grain Union"),
                (RUSSIA, "Southern Grain Union"),
                (INDIA, "Southern Grain Union"),
            },
        ),
        (
            "Kazakhstan, Kyrgyzstan and Uzbekistan have created a new alliance, the Central "
            "Steppe Union.",
            {
                (KAZAKHSTAN, "Central Steppe Union"),
                (KYRGYZSTAN, "Central Steppe Union"),
                (UZBEKISTAN, "Central Steppe Union"),
            },
        ),
        (
            "The Liptako-Gourma Charter establishes the Alliance of Sahel States (AES) and binds "
            "the three governments of Mali, Burkina Faso and Niger to assist one another.",
            {(MALI, AES), (BURKINA, AES), (NIGER, AES)},
        ),
        (
            "Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter on Saturday. The "
            "charter establishes the Alliance of Sahel States and binds the three governments "
            "to mutual defence.",
            {(MALI, AES), (BURKINA, AES), (NIGER, AES)},
        ),
        (
            "The pact sets up the Gulf Maritime Alliance and binds Oman, Qatar and Kuwait to "
            "joint patrols.",
            {
                (OMAN, "Gulf Maritime Alliance"),
                (QATAR, "Gulf Maritime Alliance"),
                (KUWAIT, "Gulf Maritime Alliance"),
            },
        ),
        # remaining members, counted
        (
            "Mali, Burkina Faso and Niger met in Niamey on Monday. All three countries continue "
            "to be members of ECOWAS, although the bloc has suspended them.",
            {(MALI, ECOWAS), (BURKINA, ECOWAS), (NIGER, ECOWAS)},
        ),
        (
            "Guinea, Mali and Gabon held talks in Conakry on Monday. The three countries remain "
            "members of the African Union.",
            {(GUINEA, AU), (MALI, AU), (GABON, AU)},
        ),
        # an organisation a member of another
        ("The African Union is a permanent member of the G20.", {(AU, G20)}),
        (
            "The AU, the second regional organisation to become a permanent member of the G20 "
            "after the European Union, welcomed the decision.",
            {(AU, G20), (EU, G20)},
        ),
        # holding or leading it
        (
            "Narendra Modi, whose country holds the G20 Presidency this year, opened the summit.",
            {(INDIA, G20)},
        ),
        (
            "Joko Widodo, whose government took over the rotating presidency of ASEAN, opened "
            "the meeting.",
            {(INDONESIA, ASEAN)},
        ),
        (
            "Biden congratulated Joko Widodo on Indonesia's assumption of the G20 Presidency.",
            {(INDONESIA, G20)},
        ),
        (
            "Lula welcomed Brazil's takeover of the rotating chairmanship of Mercosur.",
            {(BRAZIL, MERCOSUR)},
        ),
        (
            "Azali Assoumani, President of the Comoros and Chairperson of the African Union, "
            "spoke in Addis Ababa.",
            {(COMOROS, AU)},
        ),
        (
            "Hun Manet, Prime Minister of Cambodia and Chair of ASEAN, spoke on Tuesday.",
            {(CAMBODIA, ASEAN)},
        ),
        ("The minister thanked Laos for its leadership within ASEAN.", {(LAOS, ASEAN)}),
        ("Japan commended Indonesia's leadership of the G20.", {(INDONESIA, G20)}),
        # named states and "the other members"
        (
            "The United States, China, France and the other G20 members that had publicly "
            "supported the plan welcomed it.",
            {(US, G20), (CHINA, G20), (FRANCE, G20)},
        ),
        (
            "Kenya, Uganda and other East African Community members backed the plan.",
            {(KENYA, EAC), (UGANDA, EAC)},
        ),
        ("Germany, along with other NATO allies, sent equipment.", {(GERMANY, NATO)}),
        # a term on the Security Council
        (
            "Malta is serving its first term as an elected member of the UN Security Council.",
            {(MALTA, UNSC)},
        ),
        ("Japan is a non-permanent member of the UN Security Council.", {(JAPAN, UNSC)}),
    ],
)
def test_memberships(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day of an admission, a founding's date, a term's start
        (
            "The African Union was today admitted as a permanent member of the G20.",
            {(AU, G20): ("2024-03-14",)},
        ),
        (
            "Mali and Niger founded the Alliance of Sahel States in September 2023.",
            {(MALI, AES): ("2023-09",), (NIGER, AES): ("2023-09",)},
        ),
        (
            "Japan's two-year term as a non-permanent member of the UN Security Council, which "
            "began on January 1, ends next year.",
            {(JAPAN, UNSC): ("2024-01-01",)},
        ),
        (
            "Ecuador began its two-year term on the UN Security Council on January 1.",
            {(ECUADOR, UNSC): ("2024-01-01",)},
        ),
    ],
)
def test_dated_memberships(text: str, expected: dict[tuple[str, str], tuple[str, ...]]) -> None:
    found = _memberships(facts(text, DAY))
    assert {k: found.get(k) for k in expected} == expected


def test_fellow_members_in_a_joint_statement() -> None:
    """ "Our fellow G7 members" in a statement of two states: the issuers are members too."""
    article = Article(
        id="t",
        source="t.txt",
        title="Joint Statement of the United States and Japan",
        body="We will work closely with our fellow G7 members Canada and Italy to support peace.",
        date=DAY,
    )
    found = set(_memberships(extract(article, load_index())))
    assert {(US, G7), (JAPAN, G7), (CANADA, G7), (ITALY, G7)} <= found


@pytest.mark.parametrize(
    "text",
    [
        # candidature, accession talk, attending, aid to member states, a suspension alone
        "Ukraine hopes to become a member of the European Union.",
        "Georgia is a candidate for EU membership.",
        "Spain attended the G20 summit as a permanent guest.",
        "The World Bank pledged aid to ECOWAS member states.",
        "ECOWAS suspended Mali after the coup.",
        "The bloc suspended Niger on Friday.",
        "The African Union hopes to become a permanent member of the G20.",
        "The African Union applied to become a permanent member of the G20.",
        "The African Union is not a member of the G7.",
        # a mechanism established, a bilateral body
        "Serbia and Hungary established a Strategic Cooperation Council.",
        "The agreement establishes the Joint Economic Commission between India and Nepal.",
        # a chair to come, a summit hosted, the chair of an organ
        "Lula, whose country will hold the G20 presidency next year, spoke first.",
        "Narendra Modi, whose country hosted the G20 summit, spoke first.",
        "Moussa Faki Mahamat, Chairperson of the African Union Commission, spoke in Addis Ababa.",
        # a term sought, over, or to come
        "Japan's bid for a two-year term as a non-permanent member of the Security Council was "
        "backed by France.",
        "Mozambique's term on the UN Security Council ended in December.",
        "Japan's two-year term as a non-permanent member of the UN Security Council begins on "
        "January 1, 2025.",
        # others that are no members, leadership of no organisation's
        "Ukraine, Moldova and other EU candidate countries attended.",
        "Turkey and other non-EU countries objected.",
        "The United States and other partners welcomed the plan.",
        "The minister praised the leadership of ASEAN.",
        "Russia criticised China's leadership in the WTO reform talks.",
    ],
)
def test_no_membership(text: str) -> None:
    assert not _pairs(text)
