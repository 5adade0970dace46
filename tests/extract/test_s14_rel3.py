"""Relations on unseen phrasings (session 14, rel3): partnerships "maintained" by a pair (since a
date, or for decades) and each "N years of" of a sentence counted for its own noun ("72 years of
our alliance and 77 years of diplomatic relations", the publisher's with its partner for "we");
memberships in an apposition ranking the member ("the largest member of ASEAN"), in "which chairs
the CSTO", in "Guyana's leadership, as a member of CARICOM", in "our NATO Allies" of a release,
in "ASEAN, under Indonesia's chairmanship" and in a congratulation on a completed accession
(dated); a treaty relation for an agreement a grant is made under; permissions for an airspace
opened to the flights to and from a state (Overflight), for migration processing offices (a new
activity) and from a "since" date (startDate); a state's border "along its southern border with"
after a longer verb phrase; and a total trade figure in the clause after a directional one."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import date_values, facts_of, labels

DAY = dt.date(2023, 3, 20)
US_SOURCE = "https://www.state.gov/x/"


def _facts(body: str, day: dt.date = DAY, url: str | None = None) -> list[Fact]:
    article = Article(id="t", source=url or "t.txt", body=body, date=day, url=url)
    return extract(article, load_index())


def _pairs(found: list[Fact], cls: str) -> set[tuple[frozenset[str], tuple[str, ...]]]:
    return {(labels(f, "party"), date_values(f, "startDate")) for f in facts_of(found, cls)}


def _memberships(found: list[Fact]) -> set[tuple[str, str, tuple[str, ...]]]:
    return {
        (min(labels(f, "member")), min(labels(f, "organization")), date_values(f, "startDate"))
        for f in facts_of(found, "Membership")
    }


def _permissions(found: list[Fact]) -> set[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (
            min(labels(f, "grantor")),
            min(labels(f, "grantee")),
            str(f.get("activity")[0]),
            date_values(f, "date"),
            date_values(f, "startDate"),
        )
        for f in facts_of(found, "Permission")
    }


# --- 1. partnerships maintained; each "N years of" with its own noun ------------------------


@pytest.mark.parametrize(
    ("text", "parties", "start"),
    [
        (
            "Azerbaijan and Hungary have maintained a strategic partnership since 2014.",
            {"Azerbaijan", "Hungary"},
            ("2014",),
        ),
        (
            "Kazakhstan and Uzbekistan have maintained a comprehensive strategic partnership "
            "since 2021, the ministers said.",
            {"Kazakhstan", "Uzbekistan"},
            ("2021",),
        ),
        (
            "The United States and Saudi Arabia have maintained a strategic partnership for "
            "nearly eight decades.",
            {"United States", "Saudi Arabia"},
            (),
        ),
        (
            "Serbia and China had enjoyed a comprehensive strategic partnership for years.",
            {"Serbia", "China"},
            (),
        ),
    ],
)
def test_partnership_maintained(text: str, parties: set[str], start: tuple[str, ...]) -> None:
    assert _pairs(_facts(text), "Partnership") == {(frozenset(parties), start)}


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan and Hungary hope to maintain a strategic partnership.",
        "Azerbaijan and Hungary have maintained a dialogue since 2014.",
        "Azerbaijan and Hungary could have maintained a strategic partnership.",
    ],
)
def test_no_partnership_hoped_for_or_of_no_partnership(text: str) -> None:
    assert not facts_of(_facts(text), "Partnership")


@pytest.mark.parametrize(
    ("text", "day", "alliance", "relations"),
    [
        (
            "The United States and the Philippines this year mark 72 years of their alliance "
            "and 77 years of diplomatic relations.",
            dt.date(2023, 7, 4),
            "1951",
            "1946",
        ),
        (
            "Japan and Australia are celebrating 15 years of their strategic partnership and "
            "70 years of diplomatic relations.",
            dt.date(2022, 4, 1),
            "2007",
            "1952",
        ),
    ],
)
def test_each_years_of_with_its_noun(
    text: str, day: dt.date, alliance: str, relations: str
) -> None:
    found = _facts(text, day)
    assert {s for _, s in _pairs(found, "Partnership")} == {(alliance,)}
    assert {s for _, s in _pairs(found, "DiplomaticRelations")} == {(relations,)}


def test_we_mark_years_of_our_alliance_in_a_readout() -> None:
    body = (
        "Secretary of State Antony J. Blinken met today with Philippine Secretary of Foreign "
        "Affairs Enrique Manalo in Washington.\n\n"
        "The Secretary noted that this year we mark 72 years of our alliance and 77 years of "
        "diplomatic relations."
    )
    found = _facts(body, dt.date(2023, 7, 4), US_SOURCE)
    both = frozenset({"United States", "Philippines"})
    assert _pairs(found, "Partnership") == {(both, ("1951",))}
    assert _pairs(found, "DiplomaticRelations") == {(both, ("1946",))}


def test_our_partnership_with_a_third_is_not_the_pair() -> None:
    body = (
        "Secretary of State Antony J. Blinken met today with Philippine Secretary of Foreign "
        "Affairs Enrique Manalo in Washington.\n\n"
        "The Secretary said we will strengthen our partnership with ASEAN."
    )
    assert not facts_of(_facts(body, dt.date(2023, 7, 4), US_SOURCE), "Partnership")


# --- 2. memberships in appositions and clauses ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "member", "org"),
    [
        (
            "Indonesia, the largest member of the Association of Southeast Asian Nations, is "
            "hosting the summit.",
            "Indonesia",
            "Association of Southeast Asian Nations",
        ),
        (
            "Nigeria, the most populous member of ECOWAS, sent troops.",
            "Nigeria",
            "Economic Community of West African States",
        ),
        (
            "Armenia, which chairs the Collective Security Treaty Organization this year, "
            "declined to attend.",
            "Armenia",
            "Collective Security Treaty Organization",
        ),
        (
            "Kazakhstan, which chaired the Shanghai Cooperation Organisation last year, hosted "
            "the talks.",
            "Kazakhstan",
            "Shanghai Cooperation Organisation",
        ),
        (
            "The minister praised Guyana's leadership, as a member of CARICOM, in the region.",
            "Guyana",
            "Caribbean Community",
        ),
        (
            "He welcomed Kenya's role, as a member of the African Union, in the talks.",
            "Kenya",
            "African Union",
        ),
        (
            "The United States supports the efforts of ASEAN, under Indonesia's chairmanship "
            "this year, to end the violence.",
            "Indonesia",
            "Association of Southeast Asian Nations",
        ),
        (
            "The work of the G20 under India's presidency was praised.",
            "India",
            "G20",
        ),
    ],
)
def test_membership_in_apposition_or_clause(text: str, member: str, org: str) -> None:
    assert {(m, o) for m, o, _ in _memberships(_facts(text))} >= {(member, org)}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine, the largest candidate for membership of the European Union, is at war.",
        "Indonesia, the former chair of ASEAN, is hosting the summit.",
        "Moldova is not a member of NATO.",
        "The minister praised Ukraine's leadership, as a future member of NATO, in the region.",
    ],
)
def test_no_membership_of_candidates_or_negated(text: str) -> None:
    assert not {(m, o) for m, o, _ in _memberships(_facts(text)) if m in {"Ukraine", "Moldova"}}


def test_our_nato_allies_in_a_us_release() -> None:
    found = _facts("We are in close contact with our NATO Allies on the matter.", url=US_SOURCE)
    assert {(m, o) for m, o, _ in _memberships(found)} == {
        ("United States", "North Atlantic Treaty Organisation")
    }


def test_our_partners_of_a_bloc_are_no_membership() -> None:
    found = _facts("We are in close contact with our EU partners on the matter.", url=US_SOURCE)
    assert not _memberships(found)


@pytest.mark.parametrize(
    ("text", "member", "org", "start"),
    [
        (
            "The Secretary congratulated President Rodrigo Chaves on Costa Rica's accession to "
            "the Organisation for Economic Co-operation and Development in 2021.",
            "Costa Rica",
            "Organisation for Economic Co-operation and Development",
            ("2021",),
        ),
        (
            "Lula met Uruguayan President Luis Lacalle Pou and congratulated him on Uruguay's "
            "accession to the Mercosur in 1991.",
            "Uruguay",
            "Mercosur",
            ("1991",),
        ),
        (
            "Stoltenberg congratulated Finland on its accession to NATO.",
            "Finland",
            "North Atlantic Treaty Organisation",
            (),
        ),
        (
            "Macron congratulated Croatia on its accession to the European Union in July 2013.",
            "Croatia",
            "European Union",
            ("2013-07",),
        ),
    ],
)
def test_congratulated_on_accession(
    text: str, member: str, org: str, start: tuple[str, ...]
) -> None:
    assert (member, org, start) in _memberships(_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "The minister congratulated Ukraine on the start of accession talks with the European "
        "Union.",
        "The minister congratulated Ukraine on its accession talks with the European Union.",
        "The minister welcomed Ukraine's accession to the European Union as a goal.",
        "Hungary supported Sweden's bid for accession to NATO.",
    ],
)
def test_no_membership_for_accession_talks_or_bids(text: str) -> None:
    assert not {(m, o) for m, o, _ in _memberships(_facts(text)) if m in {"Ukraine", "Sweden"}}


# --- 3. treaties referenced through an act under them ---------------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "instrument"),
    [
        (
            "Earlier this year, the Philippines granted U.S. forces access to four additional "
            "sites under the Enhanced Defense Cooperation Agreement.",
            {"Philippines", "United States"},
            "Enhanced Defense Cooperation Agreement",
        ),
        (
            "Oman has allowed British warships to use the port of Duqm under the Joint Basing "
            "Agreement.",
            {"Oman", "United Kingdom"},
            "Joint Basing Agreement",
        ),
    ],
)
def test_treaty_of_a_grant_under_it(text: str, parties: set[str], instrument: str) -> None:
    found = facts_of(_facts(text), "TreatyRelation")
    assert {(labels(f, "party"), str(f.get("instrument")[0])) for f in found} == {
        (frozenset(parties), instrument)
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Philippines could grant U.S. forces access to more sites under the Enhanced "
        "Defense Cooperation Agreement.",
        "The Philippines granted U.S. forces access to four additional sites under the deal.",
    ],
)
def test_no_treaty_for_a_hedged_grant_or_an_unnamed_deal(text: str) -> None:
    assert not [f for f in facts_of(_facts(text), "TreatyRelation") if f.get("instrument")]


# --- 4. permissions by decision or since a date ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Secretary welcomed Saudi Arabia's decision last July to open its airspace to "
            "all civilian carriers, including flights to and from Israel.",
            ("Saudi Arabia", "Israel", "Overflight", ("2022-07",), ()),
        ),
        (
            "Oman has opened its airspace to flights to and from Israel.",
            ("Oman", "Israel", "Overflight", (), ()),
        ),
        (
            "Since June, Costa Rica has allowed the United States to operate Safe Mobility "
            "Offices on its territory.",
            ("Costa Rica", "United States", "MigrationProcessing", (), ("2022-06",)),
        ),
        (
            "Guatemala has permitted the United States to run migrant processing centres in "
            "three cities.",
            ("Guatemala", "United States", "MigrationProcessing", (), ()),
        ),
        (
            "Since 2015, Djibouti has allowed China to keep a naval base on its territory.",
            ("Djibouti", "China", "MilitaryBasing", (), ("2015",)),
        ),
    ],
)
def test_permission_by_decision_or_since(
    text: str, expected: tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert _permissions(_facts(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia could open its airspace to flights to and from Israel.",
        "Russia reopened its airspace to Georgian airlines.",
        "Saudi Arabia opened its airspace to all civilian carriers.",
        "Costa Rica has not allowed the United States to operate offices on its territory.",
    ],
)
def test_no_permission_hedged_or_of_no_state(text: str) -> None:
    assert not _permissions(_facts(text))


# --- 5. borders and trade ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Costa Rica will strengthen the screening of migrants along its southern border "
            "with Panama.",
            {"Costa Rica", "Panama"},
        ),
        (
            "Poland has deployed thousands of additional soldiers along its eastern border with "
            "Belarus.",
            {"Poland", "Belarus"},
        ),
    ],
)
def test_border_along_its_border_with(text: str, pair: set[str]) -> None:
    assert {labels(f, "party") for f in facts_of(_facts(text), "SharedBorder")} == {frozenset(pair)}


@pytest.mark.parametrize(
    "text",
    [
        "Costa Rica has a border dispute with Nicaragua over the river.",
        "Costa Rica criticised the report of the agency on Panama and its border policy.",
    ],
)
def test_no_border_for_a_dispute_or_another_border(text: str) -> None:
    assert not facts_of(_facts(text), "SharedBorder")


def _totals(found: list[Fact]) -> set[tuple[frozenset[str], str, tuple[str, ...]]]:
    return {
        (labels(f, "party"), str(f.get("amount")[0]), date_values(f, "period"))
        for f in facts_of(found, "TradeFlow")
        if f.get("flow")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Belarus and Zimbabwe signed a road map.\n\nBelarus' exports to Zimbabwe amounted "
            "to $32.8 million in 2022, while mutual trade exceeded $40 million.",
            (frozenset({"Belarus", "Zimbabwe"}), "40000000", ("2022",)),
        ),
        (
            "Kazakhstan and Vietnam signed five agreements.\n\nKazakh exports to Vietnam reached "
            "$500 million last year, whereas bilateral trade stood at $1.1 billion.",
            (frozenset({"Kazakhstan", "Vietnam"}), "1100000000", ("2022",)),
        ),
    ],
)
def test_total_after_a_directional_clause(
    body: str, expected: tuple[frozenset[str], str, tuple[str, ...]]
) -> None:
    assert _totals(_facts(body)) == {expected}


def test_no_total_of_one_state_after_a_directional_clause() -> None:
    body = (
        "China's exports to the United States rose to $500 billion in 2022, while its total "
        "trade with the European Union was $800 billion."
    )
    assert not _totals(_facts(body))
