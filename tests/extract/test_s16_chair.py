"""Memberships from holding or leading an organisation or one of its bodies (session 16, chair;
ANNOTATION.md §4: "holding or leading it" counts). A state's presidency of a body made of an
organisation's member states is a membership of the organisation ("Spain's presidency of the
Council of the European Union", "the EU Council", "the Arab League Council": the EU, the Arab
League; never the Council of Europe); a joint body ("the NATO-Ukraine Council") is none. A chair
named by a possessive or told in a clause of its own stands in a hedged sentence ("Lula said
Brazil's G20 presidency would focus on ...", "..., since Russia chairs the association this
year", "the association" being BRICS named before); "of which" relatives name members of bodies
the KB lacks ("the Partners in the Blue Pacific, of which the two countries are founding
members") and "both" the pair opening the sentence; a council term's years give its start and
end. Bids, candidacies, hedged chairs, attending a summit and "the presidency of Spain" give
none; a chair to come still gives the membership it presupposes (session 15)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import date_values, facts_of, key, memberships

DAY = dt.date(2024, 3, 14)

SPAIN, HUNGARY, SWEDEN, FRANCE, CZECHIA, BELGIUM = "Q29", "Q28", "Q34", "Q142", "Q213", "Q31"
RUSSIA, CHINA, BRAZIL, KAZAKHSTAN, INDONESIA, ITALY = "Q159", "Q148", "Q155", "Q232", "Q252", "Q38"
FIJI, SAMOA, NORWAY, ICELAND, UKRAINE, BAHRAIN = "Q712", "Q683", "Q20", "Q189", "Q212", "Q398"
ARMENIA, KYRGYZSTAN, MOZAMBIQUE, MALTA, GUYANA, EGYPT = (
    "Q399",
    "Q813",
    "Q1029",
    "Q233",
    "Q734",
    "Q79",
)
EU, COUNCIL_OF_THE_EU, COUNCIL_OF_EUROPE, G20, CSTO, ASEAN = (
    "Q458",
    "Q8896",
    "Q8908",
    "Q19771",
    "Q318693",
    "Q7768",
)
ARAB_LEAGUE, EAEU, CIS, NORDIC_COUNCIL, ARCTIC_COUNCIL, UNSC, G7, NATO = (
    "Q7172",
    "Q4173083",
    "Q7779",
    "Q146165",
    "Q674182",
    "Q37470",
    "Q1764511",
    "Q7184",
)


def _facts(body: str, day: dt.date = DAY) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, title=None, date=day)
    return extract(article, load_index())


# --- 1. a body of the organisation's member states -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain's presidency of the Council of the European Union ends in December.",
            {(SPAIN, EU)},
        ),
        (
            "Hungary holds the rotating presidency of the Council of the EU until the end of the "
            "year.",
            {(HUNGARY, EU)},
        ),
        (
            "Under the Belgian presidency of the Council of the EU, ministers agreed on the new "
            "rules.",
            {(BELGIUM, EU)},
        ),
        (
            "Prime Minister Petr Fiala, whose government holds the presidency of the Council of "
            "the EU, spoke in Prague.",
            {(CZECHIA, EU)},
        ),
        (
            "Sweden took over the presidency of the EU Council from France.",
            {(SWEDEN, EU), (FRANCE, EU)},
        ),
        ("The Hungarian EU presidency begins in July.", {(HUNGARY, EU)}),
        ("Hungary's EU presidency begins in July.", {(HUNGARY, EU)}),
        (
            "Bahrain holds the presidency of the Arab League Council this session.",
            {(BAHRAIN, ARAB_LEAGUE)},
        ),
        ("Armenia chairs the EAEU Intergovernmental Council this year.", {(ARMENIA, EAEU)}),
        (
            "Kyrgyzstan holds the chairmanship of the CIS Council of Heads of State this year.",
            {(KYRGYZSTAN, CIS)},
        ),
        (
            "Kazakhstan holds the chairmanship of the SCO Council of Foreign Ministers.",
            {(KAZAKHSTAN, "Q485207")},
        ),
    ],
)
def test_a_chair_of_an_organisations_body_is_a_membership_of_the_organisation(
    text: str, expected: set[tuple[str, str]]
) -> None:
    found = _facts(text)
    assert memberships(found) == expected
    linked = {o.qid for f in facts_of(found, "Membership") for o in f.entities("organization")}
    assert COUNCIL_OF_EUROPE not in linked and COUNCIL_OF_THE_EU not in linked


def test_the_nordic_council_of_ministers_is_the_nordic_councils() -> None:
    found = memberships(_facts("Iceland holds the presidency of the Nordic Council of Ministers."))
    assert found == {(ICELAND, NORDIC_COUNCIL)}


def test_the_council_of_europe_stays_the_council_of_europe() -> None:
    found = memberships(_facts("Liechtenstein holds the presidency of the Council of Europe."))
    assert {o for _, o in found} == {COUNCIL_OF_EUROPE}


def test_a_security_council_presidency_stays_a_seat_on_the_council() -> None:
    found = memberships(_facts("Malta holds the presidency of the UN Security Council this month."))
    assert found == {(MALTA, UNSC)}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine chairs the NATO-Ukraine Council this year.",
        "Ukraine holds the chairmanship of the NATO-Ukraine Commission.",
    ],
)
def test_a_joint_body_with_a_partner_is_no_membership(text: str) -> None:
    assert not memberships(_facts(text))


# --- 2. chairs in hedged sentences, and "the association" --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin said the BRICS summit would be held in Kazan, since Russia chairs the "
            "association this year.",
            {(RUSSIA, "BRICS")},
        ),
        (
            "Putin said the leaders would meet in Kazan, as Russia chairs BRICS this year.",
            {(RUSSIA, "BRICS")},
        ),
        (
            "Xi said China would host the SCO summit, as Beijing chairs the organisation this "
            "year.",
            {(CHINA, "Q485207")},
        ),
        ("Lula said Brazil's G20 presidency would focus on hunger.", {(BRAZIL, G20)}),
        (
            "Tokayev said Kazakhstan's chairmanship of the CSTO would prioritise Afghanistan.",
            {(KAZAKHSTAN, CSTO)},
        ),
        ("Orban said Hungary's EU presidency would focus on competitiveness.", {(HUNGARY, EU)}),
    ],
)
def test_a_chair_the_hedge_is_not_about(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(_facts(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If Russia chairs the association next year, the BRICS summit could be held in Kazan.",
        "The BRICS summit would be held in Kazan, if Russia chairs BRICS.",
        "Serbia could hold the OSCE chairmanship in 2026, diplomats said.",
        "Armenia might chair the CSTO, officials said.",
        "Mongolia would chair the OSCE Permanent Council if elected.",
        "Serbia is seeking the chairmanship of the OSCE for 2026.",
        "Armenia applied for the chairmanship of the CSTO.",
        "Georgia's bid for the presidency of the Council of Europe failed.",
        "Mongolia is bidding for a seat on the UN Security Council.",
        "Ukraine is seeking a seat on the UN Security Council for 2027-2028.",
        "The presidency of Spain issued a statement on Monday.",
        "Egypt attended the BRICS summit hosted by Russia.",
    ],
)
def test_bids_hedges_and_attendance_are_no_membership(text: str) -> None:
    assert not memberships(_facts(text))


def test_attending_a_summit_the_chair_hosts_is_no_membership() -> None:
    found = memberships(_facts("Egypt attended the summit hosted by Indonesia, the ASEAN chair."))
    assert found == {(INDONESIA, ASEAN)}


def test_the_association_is_the_organisation_named_before() -> None:
    found = _facts(
        "Tokayev met the BRICS leaders in Kazan. Russia chairs the association this year."
    )
    assert memberships(found) == {(RUSSIA, "BRICS")}


def test_an_association_of_people_is_no_bloc() -> None:
    found = _facts(
        "The Kazakhstan Football Association said it would appeal. Russia said the association "
        "was wrong."
    )
    assert not memberships(found)


def test_a_chair_to_come_gives_the_membership_it_presupposes() -> None:
    """Session 15's decision (CHANGELOG: "A chair to come ... gives the Membership it
    presupposes"), with no promise."""
    found = _facts("Italy will hold the presidency of the G7 in 2027.")
    assert memberships(found) == {(ITALY, G7)}
    assert not [f for f in facts_of(found, "Event") if str(f.one("eventType")) == "AGREE"]


# --- 3. "of which" relatives ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiji and Samoa agreed to deepen coordination through the Partners in the Blue "
            "Pacific, of which the two countries are founding members.",
            {(FIJI, "Partners in the Blue Pacific"), (SAMOA, "Partners in the Blue Pacific")},
        ),
        (
            "Norway and Iceland discussed the Arctic Council, of which both are members.",
            {(NORWAY, ARCTIC_COUNCIL), (ICELAND, ARCTIC_COUNCIL)},
        ),
        (
            "Borrell said the Council of Europe, of which Ukraine is a member, would meet.",
            {(UKRAINE, COUNCIL_OF_EUROPE)},
        ),
    ],
)
def test_of_which_members(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(_facts(text)) == expected


def test_of_which_both_after_they_the_pair_that_met() -> None:
    found = _facts(
        "The Foreign Ministers of Fiji and Samoa met in Suva on 8 February 2024. They also "
        "discussed the Pacific Islands Forum, of which both are members."
    )
    forum = "Q757276"
    assert memberships(found) == {(FIJI, forum), (SAMOA, forum)}


@pytest.mark.parametrize(
    "text",
    [
        "Macron and Scholz discussed the Renew Europe group, of which both leaders are members.",
        "The ministers discussed the Arctic Council, of which both are members.",
        "Moldova hopes to join the association, of which Romania is a member.",
    ],
)
def test_of_which_near_misses(text: str) -> None:
    found = memberships(_facts(text))
    assert not {m for m, _ in found} - {"Q218"}  # (Romania may be the member it says)


# --- 4. a council term's years ---------------------------------------------------------------


def test_a_term_with_its_years_in_brackets() -> None:
    found = _facts(
        "Mozambique's two-year term as a non-permanent member of the UN Security Council "
        "(2023–2024) has been marked by its focus on climate."
    )
    (fact,) = facts_of(found, "Membership")
    assert key(fact.one("member")) == MOZAMBIQUE and key(fact.one("organization")) == UNSC
    assert date_values(fact, "startDate") == ("2023",)
    assert date_values(fact, "endDate") == ("2024",)


def test_a_term_written_with_its_years_ends_in_its_last_year() -> None:
    (fact,) = facts_of(
        _facts("Malta's 2023-2024 term on the UN Security Council was its second."), "Membership"
    )
    assert date_values(fact, "startDate") == ("2023",)
    assert date_values(fact, "endDate") == ("2024",)


def test_a_term_begun_in_a_month_keeps_that_month() -> None:
    found = _facts(
        "Guyana's term as a non-permanent member of the UN Security Council (2024–2025) began "
        "in January."
    )
    (fact,) = facts_of(found, "Membership")
    assert date_values(fact, "startDate") == ("2024-01",)
    assert date_values(fact, "endDate") == ("2025",)


def test_a_term_told_as_ended_stays_out() -> None:
    found = _facts(
        "Switzerland's two-year term as a non-permanent member of the Security Council "
        "(2023-2024) ended last week."
    )
    assert not memberships(found)
