"""People and their offices (session 17, people2): a Latin American state's "Chancellor" is its
foreign minister ("Mexican Chancellor Marcelo Ebrard"), not a "German Chancellor"; offices the KB
maps to no role get their post ("Secretary of the Security Council Nikolai Patrushev", "Russian
Security Council Secretary ..."); a person who meets "a delegation of" a state is not of that
state; an ambassador a state (its official, its ministry) summons or expels is accredited to it;
a second title after "and" and a person of a state's title is of that state ("Turkish Trade
Minister Mehmet Mus and Finance Minister Nureddin Nebati"), not when the KB has the holder in
another state's office or the office is the same single-holder one; "them" after a verb for the
people the sentence before named. The near misses with each."""

from __future__ import annotations

import pytest

from dipld.articles import parse_text
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts_of

RUSSIA, USA, CHINA, MEXICO, COLOMBIA, GERMANY, TURKEY, INDIA = (
    "Q159",
    "Q30",
    "Q148",
    "Q96",
    "Q739",
    "Q183",
    "Q43",
    "Q668",
)
LITHUANIA, ARGENTINA, PERU, AUSTRIA = "Q37", "Q414", "Q419", "Q40"
EBRARD, LEYVA, CAFIERO, SCHOLZ = "Q1396586", "Q10395812", "Q68869954", "Q61053"
PATRUSHEV, MATVIYENKO, BURNS, LAVROV, BLINKEN = (
    "Q446865",
    "Q182654",
    "Q519825",
    "Q58217",
    "Q7821917",
)
SECURITY_COUNCIL_SECRETARY, FEDERATION_COUNCIL_CHAIR = "Q109551787", "Q4376672"
MEXICO_FM, COLOMBIA_FM = "Q7444306", "Q23653023"

Row = tuple[str | None, str | None, str | None, str | None]


def _facts(body: str, date: str = "2022-09-14", title: str = "Test") -> list[Fact]:
    front = f"title: {title}\ndate: {date}\npublisher: Test Wire\n"
    return extract(parse_text(f"{front}---\n{body}\n", "t.txt"), load_index())


def _key(value: object) -> str | None:
    if isinstance(value, Entity):
        return value.qid or value.label
    return None if value is None else str(value)


def _who(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _tenures(found: list[Fact]) -> dict[str, list[Row]]:
    """holder (QID or name) → [(role, jurisdiction, post, accreditedTo)]."""
    out: dict[str, list[Row]] = {}
    for f in facts_of(found, "Tenure"):
        holder = f.one("holder")
        assert isinstance(holder, Entity)
        out.setdefault(holder.qid or holder.label or "", []).append(
            (
                _key(f.one("role")),
                _key(f.one("jurisdiction")),
                _key(f.one("post")),
                _key(f.one("accreditedTo")),
            )
        )
    return out


# ---- "Chancellor" of Latin America ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "holder", "state", "post"),
    [
        (
            "Mexican Chancellor Marcelo Ebrard spoke by phone with his Chilean counterpart on "
            "Wednesday.",
            EBRARD,
            MEXICO,
            MEXICO_FM,
        ),
        (
            "Colombian Chancellor Alvaro Leyva arrived in Caracas on Tuesday.",
            LEYVA,
            COLOMBIA,
            COLOMBIA_FM,
        ),
        # no state in the text: the Latin American state the KB has him foreign minister of
        (
            "Chancellor Santiago Cafiero met European officials in Brussels.",
            CAFIERO,
            ARGENTINA,
            None,
        ),
        ("Peru's chancellor, Cesar Landa, visited Quito on Monday.", "Cesar Landa", PERU, None),
    ],
)
def test_latin_american_chancellor_is_the_foreign_minister(
    body: str, holder: str, state: str, post: str | None
) -> None:
    rows = _tenures(_facts(body))[holder]
    assert len(rows) == 1
    role, jurisdiction, got, _ = rows[0]
    assert (role, jurisdiction) == ("ForeignMinister", state)
    if post is not None:
        assert got == post


@pytest.mark.parametrize(
    ("body", "holder", "state"),
    [
        ("German Chancellor Olaf Scholz met Argentine officials in Berlin.", SCHOLZ, GERMANY),
        ("Chancellor Olaf Scholz met Chancellor Santiago Cafiero in Berlin.", SCHOLZ, GERMANY),
        ("Austrian Chancellor Karl Nehammer visited Mexico City.", "Q42860944", AUSTRIA),
    ],
)
def test_other_chancellors_stay_heads_of_government(body: str, holder: str, state: str) -> None:
    rows = _tenures(_facts(body))[holder]
    assert [(r[0], r[1]) for r in rows] == [("HeadOfGovernment", state)]


def test_vice_chancellor_of_latin_state_is_no_foreign_minister() -> None:
    rows = _tenures(_facts("Argentine Vice Chancellor Pablo Tettamanti visited Madrid."))
    assert all(r[0] != "ForeignMinister" for rs in rows.values() for r in rs)


# ---- offices the KB maps to no role --------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Secretary of the Security Council Nikolai Patrushev met his Kazakh counterpart in "
        "Moscow on Wednesday.",
        "Russian Security Council Secretary Nikolai Patrushev met Chinese diplomats on Wednesday.",
    ],
)
def test_security_council_secretary_gets_the_post(body: str) -> None:
    rows = _tenures(_facts(body, date="2022-06-08"))[PATRUSHEV]
    assert rows == [("SeniorOfficial", RUSSIA, SECURITY_COUNCIL_SECRETARY, None)]


def test_former_office_of_the_kb_gives_no_post() -> None:
    # Patrushev left the FSB in 2008: "FSB Director" in 2022 is no post of his
    rows = _tenures(
        _facts("Russian Federal Security Service Director Nikolai Patrushev spoke.", "2022-06-08")
    )
    assert all(r[2] != "Q4399975" for r in rows.get(PATRUSHEV, []))


def test_who_meets_a_delegation_is_not_of_its_state() -> None:
    found = _facts(
        "Chairman of the Federation Council Valentina Matviyenko held talks with a delegation "
        "of the Uzbek parliament in Moscow on Wednesday.",
        date="2022-06-08",
    )
    rows = _tenures(found)[MATVIYENKO]
    assert rows == [("SeniorOfficial", RUSSIA, FEDERATION_COUNCIL_CHAIR, None)]


def test_member_of_a_delegation_keeps_its_state() -> None:
    # "on the Russian side": the delegation named before the titles still gives their state
    found = _facts(
        "The delegation of Kazakhstan included Deputy Foreign Minister Roman Vassilenko.",
        date="2022-06-08",
    )
    rows = _tenures(found)["Roman Vassilenko"]
    assert rows[0][1] == "Q232"


# ---- ambassadors summoned or expelled ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "holder", "host"),
    [
        (
            "Chinese Vice Foreign Minister Xie Feng summoned U.S. Ambassador Nicholas Burns on "
            "Tuesday night to lodge a protest.",
            BURNS,
            CHINA,
        ),
        (
            "China on Wednesday summoned U.S. Ambassador Nicholas Burns over the visit.",
            BURNS,
            CHINA,
        ),
        (
            "The Lithuanian Foreign Ministry summoned Russian Ambassador Alexey Isakov on Monday.",
            "Alexey Isakov",
            LITHUANIA,
        ),
        # a capital for its state
        (
            "Moscow later summoned Polish Ambassador Krzysztof Krajewski.",
            "Krzysztof Krajewski",
            RUSSIA,
        ),
    ],
)
def test_summoned_ambassador_is_accredited_to_the_summoner(
    body: str, holder: str, host: str
) -> None:
    rows = _tenures(_facts(body, date="2022-08-03"))
    assert [r[3] for r in rows[holder]] == [host]


def test_later_mention_keeps_the_host() -> None:
    found = _facts(
        "China summoned U.S. Ambassador Nicholas Burns on Tuesday. U.S. Ambassador Nicholas "
        "Burns later met Chinese officials.",
        date="2022-08-03",
    )
    assert [r[3] for r in _tenures(found)[BURNS]] == [CHINA]


@pytest.mark.parametrize(
    "body",
    [
        # the summoner is the ambassador's own state: no host
        "The United States summoned U.S. Ambassador Nicholas Burns home for consultations.",
        # no summoning: no host from the sentence's subject
        "China welcomed U.S. Ambassador Nicholas Burns on Tuesday.",
    ],
)
def test_no_host_without_a_foreign_summoner(body: str) -> None:
    rows = _tenures(_facts(body, date="2022-08-03")).get(BURNS, [])
    assert all(r[3] is None for r in rows)


# ---- a second title of a list --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "holder", "state"),
    [
        (
            "Turkish Trade Minister Mehmet Mus and Finance Minister Nureddin Nebati traveled to "
            "Baku on Wednesday.",
            "Nureddin Nebati",
            TURKEY,
        ),
        (
            "Egyptian Foreign Minister Sameh Shoukry and Minister of Finance Mohamed Maait "
            "attended the meeting.",
            "Mohamed Maait",
            "Q79",
        ),
    ],
)
def test_second_title_of_a_list_is_of_the_first_ones_state(
    body: str, holder: str, state: str
) -> None:
    rows = _tenures(_facts(body, date="2022-06-08"))[holder]
    assert [(r[0], r[1]) for r in rows] == [("Minister", state)]


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # the KB has Blinken serve the United States
        (
            "Russian Foreign Minister Sergei Lavrov and Secretary Antony Blinken did not meet.",
            (BLINKEN, RUSSIA),
        ),
        # a second foreign minister is another state's
        (
            "Russian Foreign Minister Sergei Lavrov and Foreign Minister Ahmad Ali Karimi met in "
            "Bali.",
            ("Ahmad Ali Karimi", RUSSIA),
        ),
    ],
)
def test_no_listed_state_for_another_states_official(body: str, absent: tuple[str, str]) -> None:
    tenures = _tenures(_facts(body, date="2022-07-08"))
    holder, state = absent
    assert all(r[1] != state for r in tenures.get(holder, []))
    assert [r[1] for r in tenures[LAVROV]] == [RUSSIA]


# ---- "them" --------------------------------------------------------------------------------


def test_them_after_a_verb_is_the_people_named_before() -> None:
    found = _facts(
        "President Kassym-Jomart Tokayev received Uzbek Foreign Minister Vladimir Norov and "
        "Deputy Prime Minister Jamshid Khodjaev in Astana on Tuesday. The President thanked "
        "them for their contribution to bilateral cooperation.",
        date="2022-04-12",
    )
    thanks = [f for f in facts_of(found, "Event") if "Q200881" in _who(f, "actor")]
    assert any({"Q365665", "Jamshid Khodjaev"} <= _who(f, "recipient") for f in thanks)


@pytest.mark.parametrize(
    "body",
    [
        # "them" is the sanctions, after no verb of a person as object
        "Putin met Lukashenko in Sochi on Tuesday. They said sanctions would fail and vowed to "
        "overcome them.",
        # one person named before: "them" is no group of people
        "Tokayev received Norov in Astana on Tuesday. The President thanked them for the gifts.",
    ],
)
def test_them_without_a_group_of_people(body: str) -> None:
    found = _facts(body, date="2022-04-12")
    assert not [f for f in facts_of(found, "Event") if len(_who(f, "recipient")) >= 2]


# ---- a royal style before a title ----------------------------------------------------------


def test_royal_style_then_crown_prince_is_no_name() -> None:
    found = _facts(
        "His Royal Highness Crown Prince and Prime Minister Mohammed bin Salman received Sheikh "
        "Abdullah bin Zayed Al Nahyan on Tuesday.",
        date="2022-10-04",
    )
    people = {p for f in facts_of(found, "Meeting") for p in _who(f, "participant")}
    assert people == {"Q6892571", "Q58301"}
