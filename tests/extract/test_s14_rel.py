"""Relations on unseen phrasings (session 14, rel): joining the euro area or the Schengen area
(unlinked organisations, dated by the joining); a second joining dated from the first ("four
years after it became a member of NATO"); holding a presidency ("the G7 summit held under
Japan's presidency", "the chairmanship of ASEAN passed to Laos"), a person chairing a body's
organ of leaders (a HeadOfOrganization Tenure and the state's membership), and no membership
for a presidency still to come; a state becoming an organisation's partner, and pairs that
"had been" partners "for decades"; permissions in an agreement's purpose clause ("Terms of
Reference that allow the Japan Self-Defense Forces to conduct ... activities in the
Philippines"); and diplomatic relations dated by their establishment or an anniversary."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dipld.extract import economy, extract, memberships
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact
from tests.extract.test_patterns import date_values, facts_of

DAY = dt.date(2023, 5, 10)

CROATIA, BULGARIA, LITHUANIA, ROMANIA = "Q224", "Q219", "Q37", "Q218"
POLAND, ESTONIA = "Q36", "Q191"
JAPAN, INDIA, SOUTH_AFRICA, BRAZIL, LAOS, NIGERIA, SENEGAL = (
    "Q17",
    "Q668",
    "Q258",
    "Q155",
    "Q819",
    "Q1033",
    "Q1041",
)
COLOMBIA, MONGOLIA, KENYA, UK, RUSSIA, CUBA, CHINA, PAKISTAN = (
    "Q739",
    "Q711",
    "Q114",
    "Q145",
    "Q159",
    "Q241",
    "Q148",
    "Q843",
)
PHILIPPINES, US, AUSTRALIA, PNG, MAURITIUS, MEXICO, CANADA = (
    "Q928",
    "Q30",
    "Q408",
    "Q691",
    "Q1027",
    "Q96",
    "Q16",
)
ISRAEL, EGYPT = "Q801", "Q79"
EU, NATO, OSCE, G7, G20, ASEAN, ECOWAS, AU = (
    "Q458",
    "Q7184",
    "Q81299",
    "Q1764511",
    "Q19771",
    "Q7768",
    "Q193272",
    "Q7159",
)


def _facts(body: str, day: dt.date = DAY) -> list[Fact]:
    return extract(Article(id="t", source="t.txt", body=body, date=day), load_index())


def _key(value: object) -> str:
    assert isinstance(value, Entity)
    return value.qid or value.label


def _keys(fact: Fact, role: str) -> frozenset[str]:
    return frozenset(_key(v) for v in fact.get(role))


def _memberships(found: list[Fact]) -> set[tuple[str, str, tuple[str, ...]]]:
    return {
        (_key(f.get("member")[0]), _key(f.get("organization")[0]), date_values(f, "startDate"))
        for f in facts_of(found, "Membership")
    }


def _org_kinds(found: list[Fact]) -> set[tuple[str, bool]]:
    return {
        (_key(v), v.is_linked)
        for f in facts_of(found, "Membership")
        for v in f.get("organization")
        if isinstance(v, Entity)
    }


# --- the euro area and the Schengen area ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "day", "expected"),
    [
        (
            "The President congratulates Croatia on joining the euro area and the Schengen area "
            "today.",
            dt.date(2023, 1, 1),
            {
                (CROATIA, "euro area", ("2023-01-01",)),
                (CROATIA, "Schengen area", ("2023-01-01",)),
            },
        ),
        (
            "Bulgaria became the 21st member of the eurozone on January 1, 2026.",
            dt.date(2026, 1, 2),
            {(BULGARIA, "eurozone", ("2026-01-01",))},
        ),
        (
            "Lithuania joined the euro zone in 2015.",
            DAY,
            {(LITHUANIA, "euro zone", ("2015",))},
        ),
        (
            "Romania and Bulgaria joined the Schengen Area in March 2024.",
            dt.date(2024, 4, 2),
            {(ROMANIA, "Schengen Area", ("2024-03",)), (BULGARIA, "Schengen Area", ("2024-03",))},
        ),
        (
            "Ministers welcomed Croatia on joining the Schengen zone on January 1.",
            dt.date(2023, 1, 3),
            {(CROATIA, "Schengen zone", ("2023-01-01",))},
        ),
    ],
)
def test_joining_the_euro_or_schengen_area(
    body: str, day: dt.date, expected: set[tuple[str, str, tuple[str, ...]]]
) -> None:
    found = _facts(body, day)
    assert _memberships(found) == expected
    assert all(not linked for _, linked in _org_kinds(found))  # (the KB has no such entity)


@pytest.mark.parametrize(
    "body",
    [
        "Bulgaria hopes to join the euro area next year.",
        "Romania remains a candidate for the Schengen area.",
        "Serbia is not a member of the eurozone.",
        "Inflation in the euro area slowed in May, Germany said.",
        "Troops patrolled the border area near Poland, which is a member of the security area.",
    ],
)
def test_no_euro_or_schengen_membership(body: str) -> None:
    assert not facts_of(_facts(body), "Membership")


def test_congratulations_on_an_undated_joining_give_no_start() -> None:
    found = _facts("On Tuesday, Germany congratulated Finland on joining NATO.")
    assert _memberships(found) == {("Q33", NATO, ())}


# --- a joining dated from another -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Croatia joined the EU in July 2013, four years after it became a member of NATO.",
            {(CROATIA, EU, ("2013-07",)), (CROATIA, NATO, ("2009",))},
        ),
        (
            "Poland became a member of NATO in 1999, five years before joining the European Union.",
            {(POLAND, NATO, ("1999",)), (POLAND, EU, ("2004",))},
        ),
        (
            "Lithuania joined the eurozone in 2015, eleven years after joining NATO.",
            {(LITHUANIA, "eurozone", ("2015",)), (LITHUANIA, NATO, ("2004",))},
        ),
        (
            "Estonia joined the OSCE in 1991, a decade before it joined NATO.",
            {(ESTONIA, OSCE, ("1991",)), (ESTONIA, NATO, ("2001",))},
        ),
    ],
)
def test_joining_dated_from_another(
    body: str, expected: set[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert _memberships(_facts(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Serbia hopes to join the EU in 2030, five years after joining the WTO.",
        "Croatia did not join the EU in 2010, three years after it joined NATO.",
    ],
)
def test_no_joining_dated_from_another(body: str) -> None:
    assert not facts_of(_facts(body), "Membership")


# --- presidencies and chairs ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The G7 summit held in Hiroshima under Japan's presidency ended on Sunday.", (JAPAN, G7)),
        (
            "Leaders adopted a declaration at the G20 summit in New Delhi under India's "
            "presidency.",
            (INDIA, G20),
        ),
        ("The chairmanship of ASEAN passed to Laos in January.", (LAOS, ASEAN)),
        ("The G20 presidency was handed over to Brazil at the New Delhi summit.", (BRAZIL, G20)),
        ("South Africa assumed the presidency of the G20 on December 1.", (SOUTH_AFRICA, G20)),
    ],
)
def test_holding_a_presidency(body: str, expected: tuple[str, str]) -> None:
    assert {(m, o) for m, o, _ in _memberships(_facts(body))} == {expected}


@pytest.mark.parametrize(
    "body",
    [
        "The G20 summit will be held under South Africa's presidency next year.",
        "The G20 summit to be held in Rio under Brazil's presidency.",
        "The chairmanship of ASEAN will pass to the Philippines next year.",
        "The chairmanship of ASEAN did not pass to Myanmar.",
    ],
)
def test_no_presidency_to_come(body: str) -> None:
    assert not facts_of(_facts(body), "Membership")


@pytest.mark.parametrize(
    ("body", "holder", "state", "org"),
    [
        (
            "Nigerian President Bola Tinubu currently chairs the Authority of Heads of State and "
            "Government of the Economic Community of West African States (ECOWAS).",
            "Bola Tinubu",
            NIGERIA,
            ECOWAS,
        ),
        (
            "Senegal's President Macky Sall chairs the Assembly of the African Union.",
            "Q57438",
            SENEGAL,
            AU,
        ),
    ],
)
def test_a_person_chairing_a_bodys_organ(body: str, holder: str, state: str, org: str) -> None:
    found = _facts(body)
    heads = {
        (_key(f.get("holder")[0]), _key(f.get("jurisdiction")[0]))
        for f in facts_of(found, "Tenure")
        if str(f.get("role")[0]) == "HeadOfOrganization"
    }
    assert (holder, org) in heads
    assert {(m, o) for m, o, _ in _memberships(found)} == {(state, org)}


@pytest.mark.parametrize(
    "body",
    [
        "Nigerian President Bola Tinubu chaired the ECOWAS summit.",
        "Nigerian President Bola Tinubu does not chair the Authority of the Economic Community "
        "of West African States.",
    ],
)
def test_no_chair_of_a_bodys_organ(body: str) -> None:
    found = _facts(body)
    assert not facts_of(found, "Membership")
    assert all(_keys(f, "jurisdiction") != {ECOWAS} for f in facts_of(found, "Tenure"))


# --- partnerships ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "parties", "start"),
    [
        (
            "Colombia became NATO's first global partner in Latin America in 2018 but is not a "
            "member of the Alliance.",
            {NATO, COLOMBIA},
            ("2018",),
        ),
        ("Mongolia became a global partner of NATO in 2012.", {NATO, MONGOLIA}, ("2012",)),
        ("Mongolia is a partner of NATO.", {NATO, MONGOLIA}, ()),
        ("Kenya became Britain's strategic partner in 2020.", {UK, KENYA}, ("2020",)),
        (
            "Lavrov said Russia and Cuba had been strategic partners for decades.",
            {RUSSIA, CUBA},
            (),
        ),
        (
            "China and Pakistan have been all-weather partners for more than seven decades.",
            {CHINA, PAKISTAN},
            (),
        ),
    ],
)
def test_partners(body: str, parties: set[str], start: tuple[str, ...]) -> None:
    found = _facts(body)
    assert {
        (_keys(f, "party"), date_values(f, "startDate")) for f in facts_of(found, "Partnership")
    } == {(frozenset(parties), start)}
    assert not facts_of(found, "Membership")


@pytest.mark.parametrize(
    "body",
    [
        "Ukraine could become NATO's partner.",
        "Colombia is not NATO's partner.",
        "China is the EU's largest trading partner.",
        "Russia and Cuba had been partners in the fight against colonialism.",
    ],
)
def test_no_partners(body: str) -> None:
    assert not facts_of(_facts(body), "Partnership")


# --- treaties with a compound name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "The ministers praised the EU-Japan Economic Partnership Agreement, which entered "
            "into force in February 2019.",
            {EU, JAPAN},
        ),
        ("Trade grew under the US-Mexico-Canada Agreement.", {US, MEXICO, CANADA}),
        ("The Australia-UK Free Trade Agreement entered into force in May 2023.", {AUSTRALIA, UK}),
    ],
)
def test_treaty_named_by_its_parties(body: str, parties: set[str]) -> None:
    assert frozenset(parties) in {
        _keys(f, "party") for f in facts_of(_facts(body), "TreatyRelation")
    }


# --- permissions in an agreement's purpose ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "grantor", "grantee", "activity"),
    [
        (
            "The ministers witnessed the signing of the Terms of Reference that allow the Japan "
            "Self-Defense Forces to conduct humanitarian assistance and disaster relief "
            "activities in the Philippines.",
            PHILIPPINES,
            JAPAN,
            "MilitaryBasing",
        ),
        (
            "Manila and Washington reached an agreement allowing US troops to use four more bases "
            "in the Philippines.",
            PHILIPPINES,
            US,
            "MilitaryBasing",
        ),
        (
            "The arrangement allows Australian forces to conduct joint exercises in Papua New "
            "Guinea.",
            PNG,
            AUSTRALIA,
            "MilitaryExercise",
        ),
        (
            "The deal lets Indian forces carry out patrols in Mauritius.",
            MAURITIUS,
            INDIA,
            "MilitaryBasing",
        ),
    ],
)
def test_permission_in_an_agreements_purpose(
    body: str, grantor: str, grantee: str, activity: str
) -> None:
    found = facts_of(_facts(body), "Permission")
    assert {
        (_key(f.get("grantor")[0]), _key(f.get("grantee")[0]), str(f.get("activity")[0]))
        for f in found
    } == {(grantor, grantee, activity)}


@pytest.mark.parametrize(
    "body",
    [
        "The two sides discussed an agreement that would allow Japanese troops to conduct "
        "exercises in the Philippines.",
        "The agreement allows Ukraine to conduct operations in Russia.",
        "A draft arrangement allows Australian forces to conduct joint exercises in Fiji.",
    ],
)
def test_no_permission_in_an_agreements_purpose(body: str) -> None:
    assert not facts_of(_facts(body), "Permission")


# --- diplomatic relations -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "day", "parties", "start"),
    [
        (
            "Ties between India and Japan have grown since diplomatic relations were established "
            "in 1952.",
            DAY,
            {INDIA, JAPAN},
            "1952",
        ),
        (
            "Japan and Mongolia celebrate the 70th anniversary of diplomatic relations this year.",
            dt.date(2022, 5, 10),
            {JAPAN, MONGOLIA},
            "1952",
        ),
        (
            "Israel and Egypt mark the 43rd anniversary of diplomatic relations.",
            dt.date(2022, 3, 1),
            {ISRAEL, EGYPT},
            "1979",
        ),
    ],
)
def test_diplomatic_relations_start(body: str, day: dt.date, parties: set[str], start: str) -> None:
    found = facts_of(_facts(body, day), "DiplomaticRelations")
    assert {(_keys(f, "party"), date_values(f, "startDate")) for f in found} == {
        (frozenset(parties), (start,))
    }


# --- pre-checks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "the Terms of Reference that allow the §S0§ Self-Defense Forces to conduct relief "
        "activities in the §S1§",
        "The arrangement allows §S0§ forces to carry out patrols in §S1§",
    ],
)
def test_agreement_purpose_phrases_pass_their_prechecks(phrase: str) -> None:
    regex = economy._AGREEMENT_ALLOWS
    assert regex.search(phrase), phrase
    assert any(word in phrase for word in dict(economy._PERMISSION_PATTERNS)[regex]), phrase
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    assert not economy._PERMISSION_WORDS.isdisjoint(words), phrase


@pytest.mark.parametrize(
    ("regex", "phrase"),
    [
        (memberships._HOLDS_PRESIDENCY, "The §O0§ summit held in §C1§ under §S2§'s presidency"),
        (memberships._HOLDS_PRESIDENCY, "the §O0§ meeting under the §D1§ Chairmanship"),
        (memberships._PRESIDENCY_PASSED_TO, "The Chairmanship of §O0§ passed to §S1§"),
        (memberships._PRESIDENCY_PASSED_TO, "The §O0§ presidency was handed over to §S1§"),
        (memberships._PERSON_CHAIRS_ORGAN, "§P0§ presides over the Assembly of the §O1§."),
    ],
)
def test_presidency_phrases_pass_their_prechecks(regex: re.Pattern[str], phrase: str) -> None:
    assert regex.search(phrase), phrase
    assert "hair" in phrase or "resid" in phrase, phrase
    assert memberships._MEMBER_WORDS.intersection(re.findall(r"[a-z]+", phrase.lower())), phrase
