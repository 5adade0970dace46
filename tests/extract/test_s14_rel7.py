"""Relations on unseen phrasings (session 14, rel7): forces hosted as basing permissions (a
state's or an alliance's forces "hosted" since a date, a signed document on stationing one
state's forces in another, forces that "remain" in a state at its invitation, and patrols of a
state's waters a shiprider agreement permits, a new activity); relations and treaties in
background clauses (diplomatic relations in a second "that" clause, an intergovernmental
agreement something has been in effect under since a date, a memorandum "between" its parties
dated by the signing right after it, an agreement the pair's work goes on "under" named by its
year, "our" agreement of a release); memberships in an anniversary of "the Czech Republic's
membership" and in "our NATO Ally" (the issuer's, and the ally the release is about); and a total
trade figure after "one of X's main trading partners:"."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import date_values, facts_of, labels

DAY = dt.date(2023, 12, 18)
US_SOURCE = "https://www.state.gov/x/"


def _facts(
    body: str,
    day: dt.date = DAY,
    url: str | None = None,
    title: str | None = None,
) -> list[Fact]:
    article = Article(id="t", source=url or "t.txt", body=body, date=day, url=url, title=title)
    return extract(article, load_index())


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


def _relations(
    found: list[Fact], cls: str, role: str = "startDate"
) -> set[tuple[frozenset[str], tuple[str, ...]]]:
    return {(labels(f, "party"), date_values(f, role)) for f in facts_of(found, cls)}


def _memberships(found: list[Fact]) -> set[tuple[str, str, tuple[str, ...]]]:
    return {
        (min(labels(f, "member")), min(labels(f, "organization")), date_values(f, "startDate"))
        for f in facts_of(found, "Membership")
    }


NATO = "North Atlantic Treaty Organisation"

# --- 1. forces hosted, stationing signed, forces at the host's invitation, patrols ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lithuania has hosted NATO's multinational enhanced Forward Presence battlegroup, "
            "led by Germany, since 2017.",
            ("Lithuania", NATO, "MilitaryBasing", (), ("2017",)),
        ),
        (
            "Estonia has been hosting the NATO battlegroup since 2017.",
            ("Estonia", NATO, "MilitaryBasing", (), ("2017",)),
        ),
        (
            "Slovakia hosts Germany's Patriot air defence forces.",
            ("Slovakia", "Germany", "MilitaryBasing", (), ()),
        ),
        (
            "Latvia hosted Canada's multinational battle group in 2022.",
            ("Latvia", "Canada", "MilitaryBasing", ("2022",), ()),
        ),
    ],
)
def test_hosted_forces_are_a_basing_permission(
    text: str, expected: tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert _permissions(_facts(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania could host NATO's multinational battlegroup.",
        "Lithuania hosted a NATO summit in July.",
        "Lithuania hosted NATO's foreign ministers in Vilnius.",
        "Finland has hosted NATO's annual conference since 2019.",
    ],
)
def test_hosting_without_forces_is_no_permission(text: str) -> None:
    assert not facts_of(_facts(text), "Permission")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The defence ministers of Lithuania and Germany signed a roadmap on the permanent "
            "stationing of a German brigade in Lithuania.",
            ("Lithuania", "Germany", "MilitaryBasing", (), ()),
        ),
        (
            "Poland and the United States signed an agreement on the deployment of American "
            "troops in Poland in August 2020.",
            ("Poland", "United States", "MilitaryBasing", ("2020-08",), ()),
        ),
        (
            "Norway concluded a memorandum on the rotational presence of British marines in "
            "Norway.",
            ("Norway", "United Kingdom", "MilitaryBasing", (), ()),
        ),
    ],
)
def test_signed_document_on_stationing_is_a_basing_permission(
    text: str, expected: tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert _permissions(_facts(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania and Germany will sign a roadmap on the stationing of a German brigade in "
        "Lithuania.",
        "The ministers discussed a roadmap on the stationing of a German brigade in Lithuania.",
    ],
)
def test_stationing_not_signed_is_no_permission(text: str) -> None:
    assert not facts_of(_facts(text), "Permission")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. forces remain in Iraq at the invitation of the Government of Iraq.",
            ("Iraq", "United States", "MilitaryBasing", (), ()),
        ),
        (
            "Russian troops have been in Syria at the invitation of Syria since 2015.",
            ("Syria", "Russia", "MilitaryBasing", (), ("2015",)),
        ),
    ],
)
def test_forces_at_the_hosts_invitation(
    text: str, expected: tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert _permissions(_facts(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "U.S. diplomats remain in Iraq at the invitation of the Government of Iraq.",
        "U.S. forces remain in Iraq at the invitation of Kuwait.",
    ],
)
def test_no_forces_or_another_inviter_is_no_permission(text: str) -> None:
    assert not facts_of(_facts(text), "Permission")


def test_shiprider_patrols_are_a_permission_and_our_agreement_a_treaty() -> None:
    found = _facts(
        "Under our bilateral shiprider agreement, Tonga permits U.S. Coast Guard cutters and "
        "aircraft to patrol its exclusive economic zone.",
        url=US_SOURCE,
    )
    assert _permissions(found) == {("Tonga", "United States", "MaritimePatrol", (), ())}
    assert _relations(found, "TreatyRelation") == {(frozenset({"Tonga", "United States"}), ())}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiji has allowed U.S. Coast Guard vessels to patrol its waters.",
            ("Fiji", "United States", "MaritimePatrol", (), ()),
        ),
        (
            "Palau permits Japanese vessels to conduct patrols in its exclusive economic zone.",
            ("Palau", "Japan", "MaritimePatrol", (), ()),
        ),
    ],
)
def test_patrols_of_waters_are_maritime_patrol(
    text: str, expected: tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert _permissions(_facts(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Tonga could permit U.S. Coast Guard cutters to patrol its exclusive economic zone.",
        "Under our partnership, Tonga and the United States patrol the Pacific together.",
        "Under our agreement to work together, Tonga will train more officers.",
    ],
)
def test_no_patrol_permission_or_treaty_without_them(text: str) -> None:
    found = _facts(text, url=US_SOURCE)
    assert not facts_of(found, "Permission")
    assert not facts_of(found, "TreatyRelation")


# --- 2. relations and treaties in background clauses -----------------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "start"),
    [
        (
            "Putin recalled that the Soviet Union was among the first states to recognise "
            "Israel and that Russia and Israel had established diplomatic relations in 1948.",
            {"Russia", "Israel"},
            ("1948",),
        ),
        (
            "Tokayev noted that the talks had been useful and that Kazakhstan and India "
            "established diplomatic relations in 1992.",
            {"Kazakhstan", "India"},
            ("1992",),
        ),
    ],
)
def test_diplomatic_relations_in_a_second_that_clause(
    text: str, parties: set[str], start: tuple[str, ...]
) -> None:
    assert _relations(_facts(text), "DiplomaticRelations") == {(frozenset(parties), start)}


def test_relations_only_hoped_for_in_a_second_that_clause_are_none() -> None:
    text = (
        "He said that the visit was useful and that Armenia and Turkey hoped to establish "
        "diplomatic relations."
    )
    assert not facts_of(_facts(text), "DiplomaticRelations")


MEETING = "Russian President Vladimir Putin met Israeli President Isaac Herzog in Moscow today. "


@pytest.mark.parametrize(
    ("text", "parties", "start"),
    [
        (
            MEETING + "A visa-free regime for the citizens of the two countries has been in "
            "effect since 2008 under an intergovernmental agreement.",
            {"Russia", "Israel"},
            ("2008",),
        ),
        (
            "A visa-free regime between Serbia and Kazakhstan has been in force since 2015 "
            "under a bilateral agreement.",
            {"Serbia", "Kazakhstan"},
            ("2015",),
        ),
    ],
)
def test_agreement_in_force_since(text: str, parties: set[str], start: tuple[str, ...]) -> None:
    assert _relations(_facts(text), "TreatyRelation") == {(frozenset(parties), start)}


@pytest.mark.parametrize(
    "text",
    [
        MEETING + "A visa-free regime for the citizens of the two countries is being negotiated.",
        MEETING + "A visa-free regime could be in effect next year under an intergovernmental "
        "agreement.",
    ],
)
def test_agreement_not_in_force_is_no_treaty(text: str) -> None:
    assert not facts_of(_facts(text), "TreatyRelation")


@pytest.mark.parametrize(
    ("text", "parties", "date"),
    [
        (
            "Shipments continued despite the memorandum between Russia and the UN signed in "
            "July 2022.",
            {"Russia", "United Nations"},
            ("2022-07",),
        ),
        (
            "Yerevan cited the agreement between Armenia and the European Union signed on 24 "
            "November 2017.",
            {"Armenia", "European Union"},
            ("2017-11-24",),
        ),
    ],
)
def test_agreement_between_dated_by_the_signing_after_it(
    text: str, parties: set[str], date: tuple[str, ...]
) -> None:
    assert _relations(_facts(text), "TreatyRelation", "date") == {(frozenset(parties), date)}


BLINKEN = "Secretary Blinken met Iraqi Prime Minister Mohammed Shia al-Sudani in Washington today. "


def test_agreement_named_by_year_and_name_binds_the_pair_that_met() -> None:
    found = _facts(
        BLINKEN + "The two leaders discussed ways to advance the strategic partnership under "
        "the 2008 Strategic Framework Agreement.",
        url=US_SOURCE,
    )
    treaties = facts_of(found, "TreatyRelation")
    assert _relations(found, "TreatyRelation", "date") == {
        (frozenset({"United States", "Iraq"}), ("2008",))
    }
    assert [str(v) for v in treaties[0].get("instrument")] == ["Strategic Framework Agreement"]


def test_a_multilateral_agreement_named_by_year_binds_no_pair() -> None:
    found = _facts(
        BLINKEN + "The two leaders discussed climate cooperation under the 2015 Paris Agreement.",
        url=US_SOURCE,
    )
    assert not facts_of(found, "TreatyRelation")


# --- 3. memberships ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders marked the 25th anniversary of the Czech Republic's membership in the "
            "North Atlantic Treaty Organization.",
            ("Czechia", NATO, ("1999",)),
        ),
        (
            "Officials celebrated the 20th anniversary of the Slovak Republic's membership of "
            "the European Union.",
            ("Slovakia", "European Union", ("2004",)),
        ),
    ],
)
def test_anniversary_of_the_states_membership(
    text: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert _memberships(_facts(text, day=dt.date(2024, 3, 12))) == {expected}


def test_anniversary_of_a_summit_is_no_membership() -> None:
    text = "The leaders marked the 30th anniversary of the summit in Vilnius."
    assert not facts_of(_facts(text, day=dt.date(2024, 3, 12)), "Membership")


def test_our_nato_ally_is_the_release_subject_and_the_issuer() -> None:
    found = _facts(
        "The United States strongly condemns Iran's cyberattack against our NATO Ally.",
        url=US_SOURCE,
        title="Iran's Cyberattack Against Albania",
    )
    assert _memberships(found) == {("Albania", NATO, ()), ("United States", NATO, ())}


def test_our_nato_ally_named_after_it() -> None:
    found = _facts(
        "We condemn the attack on our NATO Ally, Montenegro, in the strongest terms.",
        url=US_SOURCE,
    )
    assert _memberships(found) == {("Montenegro", NATO, ()), ("United States", NATO, ())}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # (a title state the KB does not list as a member: only the issuer's membership)
        (
            "The United States condemns Iran's cyberattack against our NATO Ally.",
            "United States and Tonga",
        ),
        # (two title states: which is the ally is unclear)
        (
            "The United States condemns Russia's attack against our NATO Ally.",
            "Attacks on Poland and Romania",
        ),
    ],
)
def test_our_nato_ally_unclear_is_only_the_issuer(text: str, title: str) -> None:
    assert _memberships(_facts(text, url=US_SOURCE, title=title)) == {("United States", NATO, ())}


def test_our_partner_is_no_membership() -> None:
    found = _facts(
        "The United States condemns Iran's cyberattack against our partner.",
        url=US_SOURCE,
        title="Iran's Cyberattack Against Albania",
    )
    assert not facts_of(found, "Membership")


# --- 4. trade after "one of X's main trading partners:" -----------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "amount", "period"),
    [
        (
            "Germany is one of Lithuania's main trading partners: trade between the two "
            "countries reached 9.6 billion euros last year, and Germany accounted for about 8 "
            "percent of Lithuania's foreign trade.",
            {"Germany", "Lithuania"},
            "9600000000",
            ("2022",),
        ),
        (
            "China is one of Brazil's largest trading partners: trade between the two countries "
            "reached $150 billion in 2022.",
            {"China", "Brazil"},
            "150000000000",
            ("2022",),
        ),
    ],
)
def test_total_after_a_trading_partner_clause(
    text: str, parties: set[str], amount: str, period: tuple[str, ...]
) -> None:
    found = _facts(text)
    totals = [
        (labels(f, "party"), str(f.get("amount")[0]), date_values(f, "period"))
        for f in facts_of(found, "TradeFlow")
    ]
    assert totals == [(frozenset(parties), amount, period)]


def test_share_after_a_trading_partner_clause() -> None:
    found = _facts(
        "Germany is one of Lithuania's main trading partners: trade between the two countries "
        "reached 9.6 billion euros last year, and Germany accounted for about 8 percent of "
        "Lithuania's foreign trade."
    )
    shares = facts_of(found, "TradeShare")
    assert [
        (min(labels(f, "reporter")), min(labels(f, "partner")), str(f.get("share")[0]))
        for f in shares
    ] == [("Lithuania", "Germany", "0.08")]
