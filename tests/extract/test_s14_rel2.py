"""Relations on unseen phrasings (session 14, rel2): permissions stated with "permits",
"agreed to host additional US Marines" or "Poland's agreement to host the headquarters of the
U.S. Army V Corps", dated by a signing of the same week; treaties that officials of two states
sign as "documents", or that a relative clause names the signatories of ("the agreement that
Armenia and Azerbaijan signed in Moscow on ..."), and none for a declaration signed about an
agreement ("a joint declaration of intent on cooperation under the partnership agreement");
memberships in a relative clause's second verb
("which borders Belarus and is a NATO member"), in "together with its G7 partners" and in a
congratulation on a state "becoming a full member"; partnerships named by a charter ("the
U.S.-Georgia Charter on Strategic Partnership signed in 2009"); and a trade figure's "last
year" not taken over by the year of the next clause's figure."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dipld.extract import economy, extract, memberships, treaties
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import date_values, facts_of, labels

DAY = dt.date(2023, 5, 26)


def _facts(body: str, day: dt.date = DAY) -> list[Fact]:
    return extract(Article(id="t", source="t.txt", body=body, date=day), load_index())


def _permissions(found: list[Fact]) -> set[tuple[str, str, str, tuple[str, ...]]]:
    return {
        (
            min(labels(f, "grantor")),
            min(labels(f, "grantee")),
            str(f.get("activity")[0]),
            date_values(f, "date"),
        )
        for f in facts_of(found, "Permission")
    }


def _memberships(found: list[Fact]) -> set[tuple[str, str]]:
    return {
        (min(labels(f, "member")), min(labels(f, "organization")))
        for f in facts_of(found, "Membership")
    }


def _treaties(found: list[Fact]) -> set[tuple[frozenset[str], tuple[str, ...]]]:
    return {(labels(f, "party"), date_values(f, "date")) for f in facts_of(found, "TreatyRelation")}


# --- permissions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Under the documents signed on Thursday, Belarus permits Russia to store the nuclear "
            "weapons at the facility.",
            {("Belarus", "Russia", "NuclearWeaponsStationing", ("2023-05-25",))},
        ),
        (
            "Japan agreed to host additional US Marines on Okinawa.",
            {("Japan", "United States", "MilitaryBasing", ())},
        ),
        (
            "President Biden welcomed Poland's agreement to host the permanent forward "
            "headquarters of the U.S. Army V Corps in Poznań.",
            {("Poland", "United States", "MilitaryBasing", ())},
        ),
        (
            "The minister praised Lithuania's consent to host the command of a German brigade.",
            {("Lithuania", "Germany", "MilitaryBasing", ())},
        ),
    ],
)
def test_permissions_told_by_permits_and_hosting(
    body: str, expected: set[tuple[str, str, str, tuple[str, ...]]]
) -> None:
    assert _permissions(_facts(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Hungary could permit Ukraine to use its airspace.",
        "Kazakhstan refused to host Russian troops.",
        "Kazakhstan agreed to host the Russian delegation in Astana.",
        "Hungary's decision to host the Chinese president drew criticism.",
        "Romania's offer to host more US troops was discussed.",
    ],
)
def test_no_permission_from_hedges_refusals_or_guests(body: str) -> None:
    assert facts_of(_facts(body), "Permission") == []


def test_an_earlier_agreement_still_does_not_date_the_grant() -> None:
    found = _facts(
        "Under the agreement signed in 2014, the Philippines has granted the United States "
        "access to nine military bases."
    )
    assert all(date_values(f, "date") != ("2014",) for f in facts_of(found, "Permission"))


# --- treaties -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Defense Minister of Belarus Viktor Khrenin and Defense Minister of Russia Sergei "
            "Shoigu signed documents on Thursday on the procedure for keeping the weapons.",
            {(frozenset({"Belarus", "Russia"}), ("2023-05-25",))},
        ),
        (
            "Foreign Minister of Armenia Ararat Mirzoyan and Foreign Minister of Iran Hossein "
            "Amir-Abdollahian signed a package of documents on consular cooperation.",
            {(frozenset({"Armenia", "Iran"}), ())},
        ),
        (
            "Baku accused Yerevan of violating the ceasefire agreement which Armenia and "
            "Azerbaijan signed in Moscow on November 10, 2020.",
            {(frozenset({"Armenia", "Azerbaijan"}), ("2020-11-10",))},
        ),
        (
            "The Kremlin praised the treaty that Moscow and Minsk had concluded in 1999.",
            {(frozenset({"Russia", "Belarus"}), ("1999",))},
        ),
    ],
)
def test_treaties_signed_as_documents_or_named_by_their_signing(
    body: str, expected: set[tuple[frozenset[str], tuple[str, ...]]]
) -> None:
    assert _treaties(_facts(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Vladimir Putin signed documents on the annexation.",
        "Kazakhstan and Uzbekistan will sign documents on water sharing.",
        "Germany and Kazakhstan signed a joint declaration of intent on cooperation in the field "
        "of raw materials.",
        "The ministers discussed the peace agreement that Armenia and Azerbaijan hope to sign "
        "next year.",
        "Russia and China will sign an agreement on gas supplies next year.",
    ],
)
def test_no_treaty_from_one_signer_a_declaration_or_a_signing_to_come(body: str) -> None:
    assert facts_of(_facts(body), "TreatyRelation") == []


@pytest.mark.parametrize(
    "body",
    [
        "Germany and Kazakhstan signed a joint declaration of intent on cooperation under the "
        "partnership agreement.",
        "France and Mongolia signed a declaration of intent on cooperation in the framework of the "
        "Paris Agreement.",
        "Germany and Uzbekistan signed a joint declaration on a migration agreement.",
    ],
)
def test_a_declaration_about_an_agreement_is_no_treaty(body: str) -> None:
    assert facts_of(_facts(body), "TreatyRelation") == []


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "Germany and Kazakhstan signed a Joint Declaration of Intent on energy and a "
            "memorandum on hydrogen.",
            {"Germany", "Kazakhstan"},
        ),
        (
            "Armenia and France signed a joint statement and an agreement on defence.",
            {"Armenia", "France"},
        ),
    ],
)
def test_a_treaty_signed_with_a_declaration_stays(body: str, parties: set[str]) -> None:
    assert {labels(f, "party") for f in facts_of(_facts(body), "TreatyRelation")} == {
        frozenset(parties)
    }


# --- memberships --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Neighbouring Poland, which shares a border of about 400 kilometres with Belarus and "
            "is a NATO member, condemned the move.",
            {("Poland", "North Atlantic Treaty Organisation")},
        ),
        (
            "Lithuania, which borders Russia's Kaliningrad region and is a member of the European "
            "Union, protested.",
            {("Lithuania", "European Union")},
        ),
        (
            "Vladimir Putin congratulated Ebrahim Raisi on Iran becoming a full member of the "
            "Shanghai Cooperation Organisation.",
            {("Iran", "Shanghai Cooperation Organisation")},
        ),
        (
            "The White House said the United States, together with its G7 partners, would impose "
            "new sanctions.",
            {("United States", "G7")},
        ),
        ("Japan along with its G7 partners imposed sanctions.", {("Japan", "G7")}),
        (
            "Canada and its NATO allies sent aid.",
            {("Canada", "North Atlantic Treaty Organisation")},
        ),
    ],
)
def test_memberships_in_asides_and_company(body: str, expected: set[tuple[str, str]]) -> None:
    assert _memberships(_facts(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Finland, which shares a long border with Russia and is not a NATO member, stayed neutral.",
        "Georgia, which borders Russia and hopes to become a member of NATO, protested.",
        "Ukraine, together with its EU partners, condemned the vote.",
        "Turkey hopes to become a member of the SCO.",
        "Sweden is not a NATO member.",
    ],
)
def test_no_membership_from_negations_hopes_or_partners(body: str) -> None:
    assert facts_of(_facts(body), "Membership") == []


# --- partnerships and trade ---------------------------------------------------------------


def test_a_partnership_named_by_its_charter_starts_at_its_signing() -> None:
    found = facts_of(
        _facts(
            "Georgia remains a valued strategic partner under the U.S.-Georgia Charter on "
            "Strategic Partnership signed in 2009."
        ),
        "Partnership",
    )
    assert [(labels(f, "party"), date_values(f, "startDate")) for f in found] == [
        (frozenset({"United States", "Georgia"}), ("2009",))
    ]


def test_a_charter_only_discussed_as_possible_is_no_partnership() -> None:
    body = "Both sides discussed a possible Japan-Mongolia Declaration on Strategic Partnership."
    assert facts_of(_facts(body), "Partnership") == []


@pytest.mark.parametrize(
    ("body", "day", "period"),
    [
        (
            "Last year, trade between Russia and Iran rose by 38 percent to 3.3 billion US "
            "dollars, and in the first seven months of 2023 it reached 2.3 billion dollars.",
            dt.date(2023, 9, 10),
            "2022",
        ),
        (
            "Trade between Kazakhstan and Uzbekistan reached 4.1 billion dollars last year, and "
            "in January-February 2024 it amounted to 600 million dollars.",
            dt.date(2024, 3, 10),
            "2023",
        ),
    ],
)
def test_last_year_is_the_period_of_the_figure_it_goes_with(
    body: str, day: dt.date, period: str
) -> None:
    flows = facts_of(_facts(body, day), "TradeFlow")
    assert [date_values(f, "period") for f in flows][:1] == [(period,)]


# --- pre-checks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("regex", "phrase"),
    [
        (
            economy._DECISION_TO,
            "welcomed §S0§'s agreement to host the headquarters of the §S1§ Army",
        ),
        (economy._DECISION_TO, "praised §S0§'s consent to host a §D1§ brigade"),
        (economy._PERMITS, "§S0§ agreed to host additional §S1§ Marines"),
    ],
)
def test_hosting_phrases_pass_their_prechecks(regex: re.Pattern[str], phrase: str) -> None:
    assert regex.search(phrase), phrase
    assert any(word in phrase for word in dict(economy._PERMISSION_PATTERNS)[regex]), phrase
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    assert not economy._PERMISSION_WORDS.isdisjoint(words), phrase


@pytest.mark.parametrize(
    ("regex", "phrase", "hints"),
    [
        (
            memberships._WITH_ITS_FELLOW,
            "§S0§, together with its §O1§ partners,",
            memberships._MEMBER_WORDS,
        ),
        (
            memberships._WITH_ITS_FELLOW,
            "§S0§ and its fellow §O1§ members",
            memberships._MEMBER_WORDS,
        ),
        (
            memberships._WHICH_AND_MEMBER,
            "§S0§, which borders §S1§ and is a §O2§ member,",
            memberships._MEMBER_WORDS,
        ),
        (treaties._SIGNED, "§P0§ and §P1§ signed documents on trade", treaties._TREATY_HINTS),
        (
            treaties._SIGNED_THAT,
            "the accord that §S0§ and §S1§ signed in 2020",
            treaties._TREATY_HINTS,
        ),
    ],
)
def test_relation_phrases_pass_their_prechecks(
    regex: re.Pattern[str], phrase: str, hints: frozenset[str]
) -> None:
    assert regex.search(phrase), phrase
    assert hints.intersection(re.findall(r"[a-z]+", phrase.lower())), phrase
