"""Event recall (session 13, ev13): companies' signings (SUPPORT 057 by the companies, no
treaty); a member reinstated (CONCEDE 081 and the membership) or suspended in the passive
(SANCTION 160 by the organisation in context); a decision welcomed (SUPPORT 051 to its maker);
criticism of a group "including X" (ACCUSE 111 to X); promises reported to someone ("told X
that"), announced pathways, two issuers' promises to the third, "Beginning in 2027," openings;
aid for relief in named states, given by the state of the official announcing it, and its
stated total; and the near misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 5, 8)
SYRIA, ARAB_LEAGUE, AFRICAN_UNION, MALI, NIGER = "Q858", "Q7172", "Q7159", "Q912", "Q1032"
GERMANY, FRANCE, UK, USA, AUSTRALIA, UKRAINE = "Q183", "Q142", "Q145", "Q30", "Q408", "Q212"
TURKEY, POLAND, JAPAN, PAKISTAN, ECOWAS = "Q43", "Q36", "Q17", "Q843", "Q193272"


def _events(found: list[Fact], event_type: str) -> list[Fact]:
    return [f for f in found if f.cls.value == "Event" and str(f.get("eventType")[0]) == event_type]


def _labels(values: tuple[object, ...]) -> set[str]:
    return {getattr(v, "qid", None) or getattr(v, "label", "") for v in values}


def _with_title(title: str, body: str, day: dt.date = DAY) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=day, title=title)
    return extract(article, load_index())


# ---- companies' signings --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        (
            "Russian President Vladimir Putin held talks with Iranian President Ebrahim Raisi in "
            "Moscow on Tuesday. In the presence of the two leaders, Gazprom and the National "
            "Iranian Oil Company signed a memorandum of understanding on cooperation in the oil "
            "and gas sector.",
            {"Gazprom", "National Iranian Oil Company"},
        ),
        (
            "Rosneft and the Indian Oil Corporation have signed two contracts on oil supplies.",
            {"Rosneft", "Indian Oil Corporation"},
        ),
        (
            "Woodside and PetroChina signed a supply agreement on Tuesday.",
            {"Woodside", "PetroChina"},
        ),
        (
            "The Export-Import Bank of Korea and Petrovietnam also signed a loan agreement.",
            {"Export-Import Bank of Korea", "Petrovietnam"},
        ),
    ],
)
def test_companies_sign_their_own_documents(text: str, firms: set[str]) -> None:
    found = facts(text, DAY)
    signed = [f for f in _events(found, "SUPPORT") if "057" in map(str, f.get("cameoCode"))]
    assert [_labels(f.get("actor")) for f in signed] == [firms]
    assert all(e.qid is None for e in signed[0].entities("actor"))
    assert [f for f in found if f.cls.value == "TreatyRelation"] == []


def test_a_company_signing_in_the_leaders_presence_is_dated_as_their_talks() -> None:
    found = facts(
        "Russian President Vladimir Putin held talks with Iranian President Ebrahim Raisi in "
        "Moscow on Tuesday. In the presence of the two leaders, Gazprom and the National Iranian "
        "Oil Company signed a memorandum of understanding.",
        DAY,
    )
    (signed,) = _events(found, "SUPPORT")
    assert str(signed.get("date")[0]) == "2023-05-02"


@pytest.mark.parametrize(
    "text",
    [
        "Gazprom and CNPC will sign a contract next year.",
        "Gazprom and CNPC did not sign a contract.",
        "Alexei Miller and Saparmurat Niyazov signed a contract.",
        "The Government of Vietnam and Petrovietnam signed a contract.",
        "Gazprom and CNPC signed off on the plan.",
    ],
)
def test_no_companies_signing(text: str) -> None:
    found = facts(text, DAY)
    assert [f for f in _events(found, "SUPPORT") if "057" in map(str, f.get("cameoCode"))] == []


# ---- reinstatement and suspension ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org", "member", "date"),
    [
        (
            "The Arab League voted Sunday to reinstate Syria's membership after a 12-year "
            "suspension.",
            ARAB_LEAGUE,
            SYRIA,
            "2023-05-07",
        ),
        ("The African Union readmitted Mali on Tuesday.", AFRICAN_UNION, MALI, "2023-05-02"),
        (
            "ECOWAS decided on Friday to reinstate Niger in its decision-making bodies.",
            ECOWAS,
            NIGER,
            "2023-05-05",
        ),
    ],
)
def test_a_member_reinstated(text: str, org: str, member: str, date: str) -> None:
    found = facts(text, DAY)
    (eased,) = _events(found, "CONCEDE")
    assert str(eased.get("cameoCode")[0]) == "081"
    assert keys(eased.get("actor")) == {org}
    assert keys(eased.get("recipient")) == {member}
    assert str(eased.get("date")[0]) == date
    memberships = [f for f in found if f.cls.value == "Membership"]
    assert [(keys(f.get("member")), keys(f.get("organization"))) for f in memberships] == [
        ({member}, {org})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The African Union could readmit Mali next year.",
        "The African Union did not reinstate Mali's membership.",
        "The African Union is expected to vote on whether to reinstate Mali.",
        "The government reinstated the ambassador's powers.",
    ],
)
def test_no_reinstatement(text: str) -> None:
    found = facts(text, DAY)
    assert _events(found, "CONCEDE") == []
    assert [f for f in found if f.cls.value == "Membership"] == []


@pytest.mark.parametrize(
    ("text", "org", "member", "date"),
    [
        (
            "The Arab League voted Sunday to reinstate Syria. Syria's membership was suspended in "
            "November 2011.",
            ARAB_LEAGUE,
            SYRIA,
            "2011-11",
        ),
        (
            "Mali was suspended from the African Union in June 2021 after a second coup.",
            AFRICAN_UNION,
            MALI,
            "2021-06",
        ),
    ],
)
def test_a_member_suspended(text: str, org: str, member: str, date: str) -> None:
    found = facts(text, DAY)
    (suspended,) = _events(found, "SANCTION")
    assert str(suspended.get("cameoCode")[0]) == "160"
    assert keys(suspended.get("actor")) == {org}
    assert keys(suspended.get("recipient")) == {member}
    assert str(suspended.get("date")[0]) == date


def test_a_suspension_since_a_date_starts_then() -> None:
    found = facts(
        "Sudan's membership of the African Union has been suspended since October 2021.",
        dt.date(2024, 2, 15),
    )
    (suspended,) = _events(found, "SANCTION")
    assert keys(suspended.get("actor")) == {AFRICAN_UNION}
    assert str(suspended.get("startDate")[0]) == "2021-10"
    assert not suspended.get("date")


@pytest.mark.parametrize(
    "text",
    [
        "Mali was suspended in 2021.",
        "Syria's membership was not suspended.",
        "Syria's membership was suspended in 2011. Gazprom and the Arab League met.",
        "Syria's membership could be suspended again.",
    ],
)
def test_no_suspension_without_its_organisation(text: str) -> None:
    assert _events(facts(text, DAY), "SANCTION") == []


# ---- reactions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The Arab League voted Sunday to reinstate Syria's membership. Syria's Foreign "
            "Ministry said in a statement that it welcomed the decision.",
            SYRIA,
            ARAB_LEAGUE,
        ),
        (
            "The African Union readmitted Mali on Tuesday. Japan welcomed the move.",
            JAPAN,
            AFRICAN_UNION,
        ),
    ],
)
def test_a_decision_welcomed_is_support_for_its_maker(
    text: str, actor: str, recipient: str
) -> None:
    welcomed = [
        f for f in _events(facts(text, DAY), "SUPPORT") if keys(f.get("recipient")) == {recipient}
    ]
    assert [keys(f.get("actor")) for f in welcomed] == [{actor}]


def test_a_background_decision_is_not_the_one_welcomed() -> None:
    found = facts(
        "The African Union suspended Niger in August 2023. Senegal and Ghana welcomed the "
        "decision.",
        dt.date(2024, 2, 24),
    )
    assert all(not f.get("recipient") for f in _events(found, "SUPPORT"))


def test_a_decision_told_long_before_has_no_maker() -> None:
    text = (
        "The African Union readmitted Mali on Tuesday. "
        + "Officials spoke at length about roads, schools and hospitals in the region. " * 8
        + "Japan welcomed the decision."
    )
    assert all(not f.get("recipient") for f in _events(facts(text, DAY), "SUPPORT"))


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "The President of Russia drew attention to the destructive line of Western states, "
            "including Germany, which are pumping the Kiev regime with weapons.",
            {GERMANY},
        ),
        (
            "Lavrov criticised Western countries, including France and Britain, for supplying "
            "weapons to Kiev.",
            {FRANCE, UK},
        ),
    ],
)
def test_criticism_of_a_group_including_named_states(text: str, recipients: set[str]) -> None:
    (accused,) = _events(facts(text, dt.date(2023, 1, 20)), "ACCUSE")
    assert keys(accused.get("recipient")) == recipients


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov drew attention to the situation of Western states, including Germany.",
        "Lavrov praised Western countries, including France, for their help.",
        "Lavrov criticised the sanctions, although Western countries, including Japan, eased some.",
    ],
)
def test_no_accusation_of_the_included(text: str) -> None:
    assert _events(facts(text, dt.date(2023, 1, 20)), "ACCUSE") == []


# ---- intentions and plans --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Prime Minister Rutte informed President Biden that the Netherlands intends to "
            "provide Patriot air defense system components to Ukraine.",
            "Q29999",
            UKRAINE,
        ),
        (
            "Chancellor Scholz told President Zelensky that Germany will deliver more air "
            "defence systems to Ukraine.",
            GERMANY,
            UKRAINE,
        ),
        (
            # the one told, when the promise names no one
            "German Chancellor Olaf Scholz told Zelenskiy by phone that Germany would deliver "
            "the first of four IRIS-T air defence systems within days.",
            GERMANY,
            UKRAINE,
        ),
    ],
)
def test_a_promise_told_to_someone(text: str, actor: str, recipient: str) -> None:
    (agreed,) = _events(facts(text, dt.date(2023, 1, 18)), "AGREE")
    assert keys(agreed.get("actor")) == {actor}
    assert keys(agreed.get("recipient")) == {recipient}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Rutte told President Biden that the Netherlands hopes for peace.",
        "Prime Minister Rutte told President Biden that Russia's war had failed.",
    ],
)
def test_no_promise_told(text: str) -> None:
    assert _events(facts(text, dt.date(2023, 1, 18)), "AGREE") == []


_AUKUS = "Joint Leaders Statement by Australia, the United Kingdom and the United States"


def test_a_joint_statement_of_three_issuers() -> None:
    found = _with_title(
        _AUKUS,
        "Today, we announce the pathway for Australia to acquire nuclear-powered submarines. "
        "Beginning in 2027, the United States and the United Kingdom plan to establish a "
        "rotational presence of submarines in Western Australia. We are committed to setting "
        "the highest nonproliferation standard.",
        dt.date(2023, 3, 13),
    )
    agreed = {
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("date")[0]) if f.get("date") else "",
        )
        for f in _events(found, "AGREE")
    }
    assert agreed == {
        (frozenset({AUSTRALIA, UK, USA}), frozenset(), "2023-03-13"),
        (frozenset({UK, USA}), frozenset({AUSTRALIA}), ""),
        (frozenset({AUSTRALIA, UK, USA}), frozenset(), ""),
    }


@pytest.mark.parametrize(
    "text",
    [
        "We discussed the pathway for Australia to acquire submarines.",
        "We welcome the plan for Australia to acquire submarines.",
        "We will not announce a plan for new bases.",
    ],
)
def test_no_pathway_announced(text: str) -> None:
    assert _events(_with_title(_AUKUS, text, dt.date(2023, 3, 13)), "AGREE") == []


# ---- aid ------------------------------------------------------------------------------------


def test_aid_for_relief_in_two_states_and_its_total() -> None:
    found = facts(
        "Secretary Blinken announced an additional $100 million in humanitarian assistance for "
        "earthquake relief in Türkiye and Syria, bringing total U.S. humanitarian assistance "
        "for the earthquake response to $185 million.",
        dt.date(2023, 2, 19),
    )
    aid = {
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("amount")[0]),
        )
        for f in _events(found, "AID")
    }
    assert aid == {
        (frozenset({USA}), frozenset({TURKEY, SYRIA}), "100000000"),
        (frozenset({USA}), frozenset({TURKEY, SYRIA}), "185000000"),
    }
    assert all(not f.get("date") for f in _events(found, "AID"))


def test_aid_announced_by_an_official_is_given_by_the_state() -> None:
    found = facts(
        "Japanese Foreign Minister Yoshimasa Hayashi announced $10 million in emergency aid for "
        "flood relief efforts in Pakistan.",
        dt.date(2022, 9, 1),
    )
    (aid,) = _events(found, "AID")
    assert keys(aid.get("actor")) == {JAPAN}
    assert keys(aid.get("recipient")) == {PAKISTAN}


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Blinken discussed earthquake relief in Türkiye and Syria.",
        "Secretary Blinken said total U.S. assistance could reach $185 million.",
    ],
)
def test_no_aid(text: str) -> None:
    assert _events(facts(text, dt.date(2023, 2, 19)), "AID") == []
