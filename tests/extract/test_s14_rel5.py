"""Relations on unseen phrasings (session 14, rel5): organisations' personal envoys and special
representatives (SpecialEnvoy of the organisation, not of the territory after "for"); access to
and use of facilities as basing even where a training area is named; borders with "only" the
neighbours named; memberships stated before a clause of observer status, in "X, which Armenia
chairs" and "chaired by", for "all five Nordic countries" (the group's states the article names),
and in "Finland's first months as a member"; treaties in force since a date (startDate),
bilateral agreements that allow one state's forces on another's soil, and a package of documents
signed at talks; transit of goods or power through the grantor's network; and trade figures of
"the last fiscal year"."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import date_values, facts_of, labels

DAY = dt.date(2023, 9, 10)


def _facts(body: str, day: dt.date = DAY) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=day)
    return extract(article, load_index())


def _pairs(found: list[Fact], cls: str) -> set[frozenset[str]]:
    return {labels(f, "party") for f in facts_of(found, cls)}


def _memberships(found: list[Fact]) -> set[tuple[str, str]]:
    return {
        (min(labels(f, "member")), min(labels(f, "organization")))
        for f in facts_of(found, "Membership")
    }


def _tenures(found: list[Fact]) -> set[tuple[str, str, str]]:
    return {
        (min(labels(f, "holder")), str(f.get("role")[0]), min(labels(f, "jurisdiction")))
        for f in facts_of(found, "Tenure")
    }


NATO = "North Atlantic Treaty Organisation"
CSTO = "Collective Security Treaty Organization"
OSCE = "Organization for Security and Co-operation in Europe"


# --- 1. organisations' envoys ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "organisation"),
    [
        (
            "UN Personal Envoy for Western Sahara Staffan de Mistura travelled to Rabat.",
            "Staffan de Mistura",
            "United Nations",
        ),
        (
            "The UN Personal Envoy for Cyprus Maria Angela Holguin met both leaders on Monday.",
            "Maria Angela Holguin",
            "United Nations",
        ),
        (
            "EU Special Representative for the Belgrade-Pristina Dialogue Miroslav Lajčák held "
            "talks in Belgrade.",
            "Miroslav Lajčák",
            "European Union",
        ),
        (
            "UN Special Envoy for Syria Geir Pedersen briefed the Security Council.",
            "Geir Pedersen",
            "United Nations",
        ),
    ],
)
def test_envoy_of_an_organisation(text: str, holder: str, organisation: str) -> None:
    assert (holder, "SpecialEnvoy", organisation) in _tenures(_facts(text))


def test_no_envoy_tenure_for_the_territory_of_the_brief() -> None:
    found = _facts("UN Personal Envoy for Western Sahara Staffan de Mistura travelled to Rabat.")
    assert all("Western Sahara" not in labels(f, "jurisdiction") for f in facts_of(found, "Tenure"))


# --- 2. access to and use of facilities ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "grantor"),
    [
        (
            "The Agreement allows U.S. forces to access and use 15 agreed facilities and areas in "
            "Finland, among them the Rovajärvi training area.",
            "Finland",
        ),
        (
            "The deal permits American troops to use four training areas and airfields in Sweden.",
            "Sweden",
        ),
    ],
)
def test_access_to_facilities_is_basing(text: str, grantor: str) -> None:
    permissions = facts_of(_facts(text), "Permission")
    assert [str(f.get("activity")[0]) for f in permissions] == ["MilitaryBasing"]
    assert labels(permissions[0], "grantor") == {grantor}


def test_use_of_ranges_for_drills_stays_an_exercise() -> None:
    found = _facts(
        "The agreement allows U.S. forces to use training areas in Finland for joint drills."
    )
    assert [str(f.get("activity")[0]) for f in facts_of(found, "Permission")] == [
        "MilitaryExercise"
    ]


# --- 3. borders ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            'Mongolia, which borders only Russia and China, pursues a "third neighbour" policy.',
            {frozenset({"Mongolia", "Russia"}), frozenset({"Mongolia", "China"})},
        ),
        ("Laos borders just Thailand on that stretch.", {frozenset({"Laos", "Thailand"})}),
        (
            "Nepal and India share an open border of more than 1,750 kilometres.",
            {frozenset({"Nepal", "India"})},
        ),
    ],
)
def test_border_with_only_the_neighbours_named(text: str, pairs: set[frozenset[str]]) -> None:
    assert _pairs(_facts(text), "SharedBorder") == pairs


def test_no_border_that_could_be_shared() -> None:
    assert not facts_of(_facts("Mongolia and Kazakhstan could share a border."), "SharedBorder")


# --- 4. memberships -----------------------------------------------------------------------------


def test_membership_before_a_clause_of_observer_status() -> None:
    found = _facts(
        "Mongolia has been a participating State of the Organization for Security and "
        "Co-operation in Europe since 2012 and holds observer status in the Shanghai Cooperation "
        "Organisation."
    )
    memberships = facts_of(found, "Membership")
    assert _memberships(found) == {("Mongolia", OSCE)}
    assert date_values(memberships[0], "startDate") == ("2012",)


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia holds observer status in the Shanghai Cooperation Organisation.",
        "Mongolia hopes to join the Shanghai Cooperation Organisation.",
        "Belarus has been an observer of the OSCE since 2012 and hopes to join the CSTO.",
    ],
)
def test_no_membership_for_observers_or_hopes(text: str) -> None:
    assert not facts_of(_facts(text), "Membership")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both Kyrgyzstan and Tajikistan are members of the CSTO, which Armenia chairs this "
            "year.",
            {("Kyrgyzstan", CSTO), ("Tajikistan", CSTO), ("Armenia", CSTO)},
        ),
        (
            "Delegates met at the OSCE, currently chaired by Malta, in Vienna.",
            {("Malta", OSCE)},
        ),
    ],
)
def test_organisation_a_state_chairs(text: str, expected: set[tuple[str, str]]) -> None:
    assert _memberships(_facts(text)) == expected


def test_no_chair_to_come() -> None:
    found = _facts("Delegates criticised the CSTO, which Kazakhstan will chair next year.")
    assert not facts_of(found, "Membership")


def test_all_five_nordic_countries_are_members() -> None:
    found = _facts(
        "Denmark, Finland, Iceland, Norway and Sweden met in Oslo. Denmark, Iceland, and Norway "
        "are founding members of NATO, and all five Nordic countries are members of the Arctic "
        "Council."
    )
    council = {m for m, o in _memberships(found) if o == "Arctic Council"}
    assert council == {"Denmark", "Finland", "Iceland", "Norway", "Sweden"}
    assert {m for m, o in _memberships(found) if o == NATO} == {"Denmark", "Iceland", "Norway"}


def test_the_three_baltic_states_are_members() -> None:
    found = _facts(
        "Estonia, Latvia and Lithuania hosted the drills. The three Baltic states are all members "
        "of the European Union."
    )
    assert {m for m, o in _memberships(found) if o == "European Union"} == {
        "Estonia",
        "Latvia",
        "Lithuania",
    }


def test_no_group_members_when_the_article_names_fewer() -> None:
    found = _facts(
        "Norway and Sweden met in Oslo. All five Nordic countries are members of the Arctic "
        "Council."
    )
    assert not facts_of(found, "Membership")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finland's first months as a member of NATO were a success.", {("Finland", NATO)}),
        ("Sweden's first 100 days as a NATO member passed quietly.", {("Sweden", NATO)}),
    ],
)
def test_time_as_a_member(text: str, expected: set[tuple[str, str]]) -> None:
    assert _memberships(_facts(text)) == expected


def test_no_membership_for_future_years_as_a_member() -> None:
    assert not facts_of(
        _facts("Ukraine's future years as a member of NATO are uncertain."), "Membership"
    )


# --- 5. treaties ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "start"),
    [
        (
            "A free trade agreement between the United States and Morocco has been in force "
            "since 2006.",
            {"United States", "Morocco"},
            ("2006",),
        ),
        (
            "The Comprehensive Economic Partnership Agreement between India and the United Arab "
            "Emirates entered into force on May 1, 2022.",
            {"India", "United Arab Emirates"},
            ("2022-05-01",),
        ),
    ],
)
def test_treaty_in_force_since(text: str, parties: set[str], start: tuple[str, ...]) -> None:
    treaties = facts_of(_facts(text), "TreatyRelation")
    assert [(labels(f, "party"), date_values(f, "startDate")) for f in treaties] == [
        (frozenset(parties), start)
    ]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Russia's air base at Kant operates under an intergovernmental agreement that allows "
            "Russian forces to be stationed in Kyrgyzstan until 2032.",
            {"Russia", "Kyrgyzstan"},
        ),
        (
            "The troops are there under a bilateral defence agreement which lets U.S. forces use "
            "three bases in Poland.",
            {"United States", "Poland"},
        ),
    ],
)
def test_bilateral_agreement_allowing_forces(text: str, parties: set[str]) -> None:
    found = _facts(text)
    assert _pairs(found, "TreatyRelation") == {frozenset(parties)}
    assert facts_of(found, "Permission")


def test_no_treaty_for_an_agreement_being_negotiated() -> None:
    found = _facts(
        "The two governments are negotiating a bilateral agreement that would allow Indian "
        "troops to be deployed in Tajikistan."
    )
    assert not facts_of(found, "TreatyRelation")


def test_similar_agreement_signed_but_not_one_negotiated() -> None:
    signed = _facts("Sweden signed a similar agreement with the United States on December 5.")
    assert [date_values(f, "date") for f in facts_of(signed, "TreatyRelation")] == [("2023-12-05",)]
    negotiated = _facts("A similar agreement with Denmark is being negotiated.")
    assert not facts_of(negotiated, "TreatyRelation")


@pytest.mark.parametrize(
    "signing",
    [
        "In the presence of the two leaders, a package of documents was signed, including an "
        "intergovernmental agreement on power trade.",
        "A set of agreements was also signed, among them a memorandum on hydropower.",
    ],
)
def test_documents_signed_at_talks(signing: str) -> None:
    found = _facts(
        "Indian Prime Minister Narendra Modi and Nepali Prime Minister Pushpa Kamal Dahal held "
        f"talks in New Delhi on September 9. {signing}"
    )
    events = [f for f in facts_of(found, "Event") if f.get("cameoCode") == ("057",)]
    assert [labels(f, "actor") for f in events] == [frozenset({"India", "Nepal"})]
    treaties = facts_of(found, "TreatyRelation")
    assert [(labels(f, "party"), date_values(f, "date")) for f in treaties] == [
        (frozenset({"India", "Nepal"}), ("2023-09-09",))
    ]


def test_no_state_signing_of_a_councils_package() -> None:
    found = _facts(
        "Vladimir Putin, Alexander Lukashenko and Kassym-Jomart Tokayev held a meeting of the "
        "Supreme Eurasian Economic Council on Friday. A package of documents was signed following "
        "the meeting."
    )
    assert not [f for f in facts_of(found, "Event") if f.get("cameoCode") == ("057",)]
    assert not facts_of(found, "TreatyRelation")


# --- 6. transit through the grantor's network ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "grantor", "grantee"),
    [
        (
            "The Indian side also gave its consent for Nepal to export 40 megawatts of "
            "electricity to Bangladesh through India's transmission network.",
            "India",
            "Nepal",
        ),
        (
            "Kazakhstan gave its consent for Kyrgyzstan to ship grain to Russia across its "
            "territory.",
            "Kazakhstan",
            "Kyrgyzstan",
        ),
    ],
)
def test_consent_to_carry_through(text: str, grantor: str, grantee: str) -> None:
    permissions = facts_of(_facts(text), "Permission")
    assert [
        (min(labels(f, "grantor")), min(labels(f, "grantee")), str(f.get("activity")[0]))
        for f in permissions
    ] == [(grantor, grantee, "Transit")]


@pytest.mark.parametrize(
    "text",
    [
        "The Indian side did not give its consent for Nepal to export electricity through "
        "India's network.",
        "Consent was not given for Nepal to export electricity through India's network.",
        "Nepal exports electricity to Bangladesh through India's transmission network.",
    ],
)
def test_no_transit_permission_refused_or_unstated(text: str) -> None:
    assert not facts_of(_facts(text), "Permission")


# --- 7. trade of the last fiscal year -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trade between India and Nepal exceeded $8.5 billion in the last fiscal year.",
        "Trade between Japan and Vietnam reached $47 billion in the previous financial year.",
    ],
)
def test_trade_of_the_last_fiscal_year(text: str) -> None:
    flows = facts_of(_facts(text, dt.date(2023, 6, 1)), "TradeFlow")
    assert [date_values(f, "period") for f in flows] == [("2022",)]
