"""Event constructions for unseen text (session 14, round 2c): joint vows of support for a named
state (AGREE 030 to it, "support for Kyiv" naming Ukraine); a state said to be open to dialogue
or talks (AGREE 036); peace plans presented or put forward (AGREE 039, an offer to mediate);
purchases and deals of stated worth concluded between two states (COOPERATE 062 for arms, 061
otherwise); thanks for another party's decision or pledge to act (AGREE by that party to the
thanker's state); cumulative aid totals stated on their own (AID); reported signings dated by
their own day, not the telling's; and the near misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 10, 28)  # a Saturday
USA, POLAND, UKRAINE, GERMANY, FRANCE, RUSSIA, CHINA = (
    "Q30",
    "Q36",
    "Q212",
    "Q183",
    "Q142",
    "Q159",
    "Q148",
)
MEXICO, KAZAKHSTAN, UZBEKISTAN, JAPAN, SKOREA, EGYPT, CZECHIA = (
    "Q96",
    "Q232",
    "Q265",
    "Q17",
    "Q884",
    "Q79",
    "Q213",
)
ETHIOPIA, SUDAN, BRAZIL, INDONESIA, BELARUS = "Q115", "Q1049", "Q155", "Q252", "Q184"


def _events(text: str, event_type: str) -> list[tuple[set[str], set[str], str, str, str]]:
    return [
        (
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            str(f.get("date")[0]) if f.get("date") else "",
            str(f.get("amount")[0]) if f.get("amount") else "",
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(event_type)
    ]


# ---- vows of support for a named state (AGREE 030) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Germany and France vowed to keep up their support for Ukraine.", {GERMANY, FRANCE}),
        ("Poland and the United States pledged continued support for Kyiv.", {POLAND, USA}),
        (
            "Berlin and Paris have promised to maintain military, economic and humanitarian "
            "support for Kyiv.",
            {GERMANY, FRANCE},
        ),
    ],
)
def test_joint_vow_of_support_names_the_state(text: str, actors: set[str]) -> None:
    assert (actors, {UKRAINE}, "030", "", "") in _events(text, "AGREE")


def test_vow_at_a_meeting_with_mixed_support() -> None:
    text = (
        "President Biden met President Duda in Warsaw on Monday. The two Presidents denounced "
        "Russia's strikes and vowed to keep up military, economic and humanitarian support for "
        "Kyiv."
    )
    found = [(r, c) for _, r, c, _, _ in _events(text, "AGREE")]
    assert found == [({UKRAINE}, "030")]


def test_humanitarian_support_alone_stays_an_aid_intent() -> None:
    found = _events(
        "The United States pledged to continue humanitarian support for Sudan.", "AGREE"
    )
    assert found == [({USA}, {SUDAN}, "033", "", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Germany and France vowed revenge.",
        "Germany and France did not pledge support for Ukraine.",
        "Germany and France discussed their support for Ukraine.",
    ],
)
def test_no_vow_of_support(text: str) -> None:
    assert all(UKRAINE not in r for _, r, _, _, _ in _events(text, "AGREE"))


# ---- open to dialogue (AGREE 036) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The President of Russia said that Russia was open to a constructive dialogue with "
            "all those who wanted peace.",
            RUSSIA,
        ),
        ("China is open to talks with the United States.", CHINA),
        ("Belarus was always open to negotiations on the border.", BELARUS),
    ],
)
def test_open_to_dialogue(text: str, actor: str) -> None:
    assert [(a, c) for a, _, c, _, _ in _events(text, "AGREE")] == [({actor}, "036")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia was not open to dialogue.",
        "The border crossing is open to trucks again.",
        "The exhibition was open to visitors from Russia.",
    ],
)
def test_not_open_to_dialogue(text: str) -> None:
    assert _events(text, "AGREE") == []


# ---- peace plans presented (AGREE 039) --------------------------------------------------------


def test_peace_initiative_presented_to_the_host() -> None:
    text = (
        "President Putin received President Ramaphosa in St Petersburg on Saturday. Cyril "
        "Ramaphosa presented the ten elements of the African peace initiative."
    )
    found = [(c, d) for _, r, c, d, _ in _events(text, "AGREE") if r == {"Q7747"}]
    assert found == [("039", "2023-10-28")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Brazil put forward a peace plan.", BRAZIL),
        ("China has put forward a 12-point peace plan for Ukraine.", CHINA),
        ("Indonesia proposed a peace plan to Russia and Ukraine on Saturday.", INDONESIA),
    ],
)
def test_peace_plan_is_an_offer_to_mediate(text: str, actor: str) -> None:
    assert [(a, c) for a, _, c, _, _ in _events(text, "AGREE")] == [({actor}, "039")]


@pytest.mark.parametrize(
    "text",
    [
        "The leaders discussed the peace plan.",
        "Turkey presented a trade proposal.",
        "Brazil did not put forward a peace plan.",
    ],
)
def test_no_peace_offer(text: str) -> None:
    assert all(c != "039" for _, _, c, _, _ in _events(text, "AGREE"))


# ---- deals between states (COOPERATE 061, 062) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors", "cameo", "date", "amount"),
    [
        (
            "Poland signed a $4.75 billion agreement in April 2022 to buy 250 M1A2 Abrams tanks "
            "from the United States.",
            {POLAND, USA},
            "062",
            "2022-04",
            "4750000000",
        ),
        (
            "Egypt has signed a deal worth $2 billion to purchase 30 Rafale jets from France.",
            {EGYPT, FRANCE},
            "062",
            "",
            "2000000000",
        ),
        (
            "The Czech Republic signed a contract worth $3 billion with the United States for "
            "F-35 jets on Friday.",
            {CZECHIA, USA},
            "062",
            "2023-10-27",
            "3000000000",
        ),
    ],
)
def test_arms_deal_is_military_cooperation(
    text: str, actors: set[str], cameo: str, date: str, amount: str
) -> None:
    assert _events(text, "COOPERATE") == [(actors, set(), cameo, date, amount)]


def test_companies_of_the_two_countries() -> None:
    text = (
        "Kazakh and German ministers signed a joint declaration on Monday. Companies of the two "
        "countries signed agreements worth $5 billion."
    )
    assert _events(text, "COOPERATE") == [({KAZAKHSTAN, GERMANY}, set(), "061", "", "5000000000")]


@pytest.mark.parametrize(
    "text",
    [
        "Poland may sign a deal to buy tanks from South Korea.",
        "Poland held talks on buying tanks from the United States.",
        "Poland and South Korea are expected to sign a $5.8 billion deal for K2 tanks.",
        "A $2 billion deal for Egypt to buy jets from France is under negotiation.",
        "Poland did not sign the $4 billion deal to buy tanks from South Korea.",
    ],
)
def test_no_deal_concluded(text: str) -> None:
    assert _events(text, "COOPERATE") == []


# ---- thanks for a decision (AGREE) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "cameo"),
    [
        (
            "President Biden thanked President López Obrador for Mexico's decision to accept up "
            "to 30,000 migrants a month.",
            MEXICO,
            USA,
            "031",
        ),
        (
            "Prime Minister Kishida thanked President Yoon for South Korea's decision to resume "
            "exports of semiconductor materials.",
            SKOREA,
            JAPAN,
            "031",
        ),
        (
            "Poland thanked Germany for its commitment to deploy Patriot batteries on Polish "
            "territory.",
            GERMANY,
            POLAND,
            "033",
        ),
    ],
)
def test_thanks_for_a_decision_reveal_a_commitment(
    text: str, actor: str, recipient: str, cameo: str
) -> None:
    assert ({actor}, {recipient}, cameo, "", "") in _events(text, "AGREE")
    assert _events(text, "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "Biden thanked López Obrador for his help and hoped Mexico would accept the migrants.",
        "Biden hoped Mexico would accept up to 30,000 migrants a month.",
        "Poland thanked Germany for its support.",
    ],
)
def test_no_commitment_without_a_decision(text: str) -> None:
    assert _events(text, "AGREE") == []


# ---- cumulative aid totals (AID) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "cameo", "amount"),
    [
        (
            "This brings total U.S. humanitarian assistance to Ethiopia to nearly $780 million "
            "since the start of fiscal year 2023.",
            USA,
            ETHIOPIA,
            "073",
            "780000000",
        ),
        (
            "This brought total German military assistance for Ukraine to 5.4 billion euros "
            "since February 2022.",
            GERMANY,
            UKRAINE,
            "072",
            "5400000000",
        ),
    ],
)
def test_total_on_its_own(text: str, actor: str, recipient: str, cameo: str, amount: str) -> None:
    assert _events(text, "AID") == [({actor}, {recipient}, cameo, "", amount)]


def test_total_after_new_aid_names_its_receiver() -> None:
    text = (
        "The United States announced $45 million for Sudan, bringing total U.S. humanitarian "
        "assistance to Sudan to $1.1 billion."
    )
    assert sorted(a for _, _, _, _, a in _events(text, "AID")) == ["1100000000", "45000000"]


def test_total_of_no_aid() -> None:
    assert (
        _events("This brings the total number of refugees in Poland to 1.5 million.", "AID") == []
    )


# ---- reported signings dated by their own day --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "On Monday, the ministry said Kazakhstan and Uzbekistan signed a border demarcation "
            "treaty on Friday.",
            "2023-10-27",
        ),
        (
            "On Tuesday, Foreign Minister Sergey Lavrov said Russia and Belarus signed a security "
            "agreement on Sunday.",
            "2023-10-22",
        ),
        (
            "On Monday, the ministry said Kazakhstan and Uzbekistan signed a border demarcation "
            "treaty.",
            "2023-10-23",
        ),
    ],
)
def test_reported_signing_keeps_its_own_day(text: str, date: str) -> None:
    assert [(c, d) for _, _, c, d, _ in _events(text, "SUPPORT")] == [("057", date)]
