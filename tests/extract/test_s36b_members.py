# ruff: noqa: E501  (a table of sentences)
"""Memberships told implicitly (session 36, round 2, members).

Sentences written for this session in wire, agency and release styles (none from a gold set).
Fixed (each with paraphrases below, positives and negatives):

1. A joining told from the organisation's side: "... was founded in 2001 by China and Russia,
   and was later joined by India and Pakistan in 2017" (dated by what follows the list), "ASEAN
   has since been joined by Cambodia", "the African Union, which Morocco rejoined in January 2017"
   (``relations._JOINED_BY``, ``_WHICH_JOINED``); not "was joined by Norway in imposing
   sanctions" (another act), not "which Turkey wants to join", "which Norway has never joined".
2. A veto held in a body: "France wields a veto in the UN Security Council", "the Security
   Council, where Britain holds a veto" (``relations._HOLDS_VETO``); not one sought, denied or
   hypothetical.
3. A chair held at a meeting by a person: "X, who chaired the summit as the current EAC chair"
   (their state; ``relations._PERSON_CHAIRED_AS``), and a presidency received from someone:
   "Brazil received the G20 presidency from India", "... President X received the G20 presidency
   from Prime Minister Y" (both states; ``_CHAIR_TAKEN_FROM``, ``_PERSON_TOOK_CHAIR``); a
   summit's presidency taken over from a state, the organisation unnamed in the sentence: "Saudi
   Arabia assumed the presidency of the summit from Algeria" (the organisation named last, and
   only states the KB knows as its members: ``relations._SUMMIT_PRESIDENCY``).
4. Counted members listed after dashes: "The Security Council's five permanent members - A, B,
   ... -" and, after a sentence naming the body, "The council's five permanent members — A, B,
   ... —" (``relations._LISTED_AFTER_ORG``, ``_BODY_MEMBERS_LISTED``; only when the count fits the
   list).
5. Member states listed by their leaders after a colon: "The leaders of the other eight member
   states also attended: Presidents X of China, Y of Russia and Z of Uzbekistan" (of the
   organisation named last; only the states the KB knows as its members:
   ``relations._MEMBER_LEADERS_LISTED``); also "the 18 PIF members ..., including Prime
   Minister X of Fiji and ..."; not "non-member states".
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_s32_members import _members, _starts

DAY = dt.date(2024, 5, 16)

FIJI, SAMOA = "Q712", "Q683"
ARAB_LEAGUE, SAUDI, ALGERIA, EGYPT = "Q7172", "Q851", "Q262", "Q79"
SCO, ASEAN, AU, COE, UNSC, EAC, PIF, G20, EU, NATO = (
    "Q485207",
    "Q7768",
    "Q7159",
    "Q8908",
    "Q37470",
    "Q337456",
    "Q757276",
    "Q19771",
    "Q458",
    "Q7184",
)
CHINA, RUSSIA, INDIA, PAKISTAN, CAMBODIA, MOROCCO, UKRAINE = (
    "Q148",
    "Q159",
    "Q668",
    "Q843",
    "Q424",
    "Q1028",
    "Q212",
)
FRANCE, UK, US, BRAZIL, KENYA, AUSTRALIA, INDONESIA = (
    "Q142",
    "Q145",
    "Q30",
    "Q155",
    "Q114",
    "Q408",
    "Q252",
)
UZBEKISTAN, TURKEY, AZERBAIJAN, JAPAN, NORWAY, SWITZERLAND = (
    "Q265",
    "Q43",
    "Q227",
    "Q17",
    "Q20",
    "Q39",
)
P5 = {(UK, UNSC), (CHINA, UNSC), (FRANCE, UNSC), (RUSSIA, UNSC), (US, UNSC)}


POSITIVE = [
    # 1. joined by, which X joined
    pytest.param(
        "The Shanghai Cooperation Organisation was set up in 2001 by China and Russia, and was later joined by India and Pakistan in 2017.",
        {(CHINA, SCO), (RUSSIA, SCO), (INDIA, SCO), (PAKISTAN, SCO)},
        id="founded-then-joined-by",
    ),
    pytest.param(
        "ASEAN has since been joined by Cambodia.", {(CAMBODIA, ASEAN)}, id="has-since-been-joined"
    ),
    pytest.param(
        "The African Union, which Morocco rejoined in January 2017, met in Addis Ababa.",
        {(MOROCCO, AU)},
        id="which-rejoined",
    ),
    pytest.param(
        "Leaders praised the Council of Europe, which Ukraine joined in 1995.",
        {(UKRAINE, COE)},
        id="which-joined-end",
    ),
    # 2. vetoes
    pytest.param(
        "France wields a veto in the UN Security Council.", {(FRANCE, UNSC)}, id="wields-veto"
    ),
    pytest.param(
        "The UN Security Council, where Britain holds a veto, met on Monday.",
        {(UK, UNSC)},
        id="where-holds-veto",
    ),
    pytest.param(
        "Russia holds a veto in the 15-member UN Security Council.",
        {(RUSSIA, UNSC)},
        id="veto-in-counted-body",
    ),
    pytest.param(
        "China, which has veto power on the UN Security Council, abstained.",
        {(CHINA, UNSC)},
        id="which-has-veto-power",
    ),
    # 3. chairs held at a meeting, presidencies received
    pytest.param(
        "Kenyan President William Ruto, who chaired the summit as the current East African Community chair, welcomed Somalia.",
        {(KENYA, EAC)},
        id="who-chaired-as-chair",
    ),
    pytest.param(
        "Prime Minister Anthony Albanese chaired the meeting as chair of the Pacific Islands Forum.",
        {(AUSTRALIA, PIF)},
        id="chaired-as-chair-of",
    ),
    pytest.param(
        "Indonesian President Joko Widodo chaired the summit as the ASEAN Chair.",
        {(INDONESIA, ASEAN)},
        id="chaired-as-org-chair",
    ),
    pytest.param(
        "Brazil received the G20 presidency from India on Sunday.",
        {(BRAZIL, G20), (INDIA, G20)},
        id="state-received-from",
    ),
    pytest.param(
        "Brazilian President Luiz Inacio Lula da Silva received the G20 presidency from Prime Minister Narendra Modi.",
        {(BRAZIL, G20), (INDIA, G20)},
        id="person-received-from",
    ),
    pytest.param(
        "Arab League leaders gathered in Riyadh on Friday. At the opening, Saudi Arabia assumed the presidency of the summit from Algeria.",
        {(SAUDI, ARAB_LEAGUE), (ALGERIA, ARAB_LEAGUE)},
        id="summit-presidency-from",
    ),
    pytest.param(
        "Arab League leaders gathered in Riyadh on Friday. Egypt took over the presidency of the Arab summit.",
        {(EGYPT, ARAB_LEAGUE)},
        id="summit-presidency-adjective",
    ),
    # 4. counted members listed after dashes
    pytest.param(
        "The Security Council's five permanent members - Britain, China, France, Russia and the United States - met on Monday.",
        P5,
        id="org-possessive-counted-list",
    ),
    pytest.param(
        "The UN Security Council voted on Friday. The council's five permanent members — Britain, China, France, Russia and the United States — hold vetoes.",
        P5,
        id="body-head-word-counted-list",
    ),
    # 5. member states listed by their leaders
    pytest.param(
        "The talks were attended by leaders of the 18 Pacific Islands Forum members, including Prime Minister Sitiveni Rabuka of Fiji and Prime Minister Fiame Naomi Mata'afa of Samoa.",
        {(FIJI, PIF), (SAMOA, PIF)},
        id="members-including-leaders",
    ),
    pytest.param(
        "The SCO held a summit in Astana. The leaders of the other eight member states also attended: Presidents Xi Jinping of China, Vladimir Putin of Russia and Shavkat Mirziyoyev of Uzbekistan.",
        {(CHINA, SCO), (RUSSIA, SCO), (UZBEKISTAN, SCO)},
        id="leaders-of-member-states-colon",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_implicit_members(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _members(text)


def test_joined_by_dated() -> None:
    starts = _starts(
        "The Shanghai Cooperation Organisation was set up in 2001 by China and Russia, and was later joined by India and Pakistan in 2017."
    )
    assert starts[(INDIA, SCO)] == "2017"
    assert starts[(CHINA, SCO)] == "2001"


def test_which_joined_dated() -> None:
    starts = _starts(
        "The African Union, which Morocco rejoined in January 2017, met in Addis Ababa."
    )
    assert starts[(MOROCCO, AU)] == "2017-01"


NEGATIVE = [
    pytest.param(
        "NATO was joined by Japan in condemning the test.", {(JAPAN, NATO)}, id="joined-in-act"
    ),
    pytest.param(
        "The European Union was joined by Norway and Switzerland in imposing the sanctions.",
        {(NORWAY, EU), (SWITZERLAND, EU)},
        id="joined-in-sanctions",
    ),
    pytest.param(
        "The European Union, which Turkey wants to join, opened talks.",
        {(TURKEY, EU)},
        id="which-wants-to-join",
    ),
    pytest.param(
        "The European Union, which Norway has never joined, imposed tariffs.",
        {(NORWAY, EU)},
        id="which-never-joined",
    ),
    pytest.param(
        "Brazil has sought a veto in the UN Security Council for years.",
        {(BRAZIL, UNSC)},
        id="veto-sought",
    ),
    pytest.param(
        "India does not hold a veto in the UN Security Council.",
        {(INDIA, UNSC)},
        id="veto-negated",
    ),
    pytest.param(
        "Japan could one day hold a veto in the UN Security Council.",
        {(JAPAN, UNSC)},
        id="veto-hypothetical",
    ),
    pytest.param(
        "Brazilian President Luiz Inacio Lula da Silva hopes to receive the G20 presidency from Prime Minister Narendra Modi.",
        {(BRAZIL, G20)},
        id="presidency-hoped",
    ),
    pytest.param(
        "Arab League leaders gathered in Riyadh on Friday. Egypt took over the presidency of the summit from Brazil.",
        {(BRAZIL, ARAB_LEAGUE)},
        id="summit-presidency-giver-not-known-member",
    ),
    pytest.param(
        "Arab League leaders gathered in Riyadh on Friday. Egypt could take over the presidency of the summit from Algeria next year.",
        {(EGYPT, ARAB_LEAGUE), (ALGERIA, ARAB_LEAGUE)},
        id="summit-presidency-hypothetical",
    ),
    pytest.param(
        "The UN Security Council voted on Friday. The council's five permanent members — Britain, China and France — hold vetoes.",
        {(UK, UNSC), (CHINA, UNSC), (FRANCE, UNSC)},
        id="count-does-not-fit-list",
    ),
    pytest.param(
        "The SCO held a summit in Astana. The leaders of the non-member states also attended: Presidents Recep Tayyip Erdogan of Turkey and Ilham Aliyev of Azerbaijan.",
        {(TURKEY, SCO), (AZERBAIJAN, SCO)},
        id="non-member-states",
    ),
    pytest.param(
        "The talks were attended by leaders of the 18 Pacific Islands Forum members and guests, including Prime Minister Sitiveni Rabuka of Fiji and President Joko Widodo of Indonesia.",
        {(INDONESIA, PIF)},
        id="members-including-guest",
    ),
    pytest.param(
        "The SCO held a summit in Astana. The leaders of the member states and guests attended: Presidents Xi Jinping of China and Recep Tayyip Erdogan of Turkey.",
        {(TURKEY, SCO)},
        id="guest-not-a-known-member",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NEGATIVE)
def test_implicit_members_not(text: str, wrong: set[tuple[str, str]]) -> None:
    assert not (_members(text) & wrong)
