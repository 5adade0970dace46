"""Ties in fresh text (session 19d, ties): a state's first or founding officeholder named in
passing is no current Tenure; opening or chairing a gathering is no AGREE; a body the KB does not
know holding its own session is no Meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, facts_of, keys

DAY = dt.date(2022, 4, 5)


# --- first / founding officeholders ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The pilgrims laid wreaths at the tomb of India's first Prime Minister, Jawaharlal "
        "Nehru, in Delhi.",
        "Delegates toured the house of Kenya's founding President, Jomo Kenyatta, on Monday.",
        "The students read letters of Ghana's first President, Kwame Nkrumah, aloud.",
    ],
)
def test_first_or_founding_officeholder_is_no_tenure(text: str) -> None:
    assert not facts_of(facts(text, DAY), "Tenure")


def test_first_deputy_prime_minister_is_still_current() -> None:
    found = facts_of(
        facts("Kenya's First Deputy Prime Minister Musalia Mudavadi met the envoy.", DAY),
        "Tenure",
    )
    assert found


def test_plain_prime_minister_still_tenure() -> None:
    found = facts_of(
        facts("Indian Prime Minister Narendra Modi laid a wreath in Delhi on Monday.", DAY),
        "Tenure",
    )
    assert found


# --- opening a gathering -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto will open the three-day conference in Mombasa on Monday.",
        "Foreign Minister Ebrahim will formally inaugurate the two-day regional forum in Durban "
        "on Thursday.",
        "Prime Minister Albanese will chair the leaders' session in Sydney next week.",
    ],
)
def test_opening_a_gathering_is_no_agree(text: str) -> None:
    found = facts_of(facts(text, DAY), "Event")
    assert not [f for f in found if str(f.get("eventType")[0]).upper() == "AGREE"]


def test_a_promise_still_agree() -> None:
    found = facts_of(
        facts("Kenya will send 1,000 police officers to Haiti, President Ruto told Guterres.", DAY),
        "Event",
    )
    assert [f for f in found if str(f.get("eventType")[0]).upper() == "AGREE"]


# --- a body's own session -------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["The Executive Board", "The Joint Commission"])
def test_unknown_body_session_is_no_meeting(body: str) -> None:
    """A body named by its kind only, which the KB cannot tell, holds no Meeting. (A bare "the
    Security Council" is the UN's since test_s19d_official: a known body, like the Arab League
    below.)"""
    text = f"{body} held an open meeting on the missile tests on Friday."
    assert not facts_of(facts(text, DAY), "Meeting")


def test_known_body_session_still_meeting() -> None:
    found = facts_of(facts("The Arab League held an emergency meeting on Sunday.", DAY), "Meeting")
    assert any("Q7172" in keys(f.get("participant")) for f in found)


# --- both joined; asked to act as a permanent member --------------------------------------------


@pytest.mark.parametrize(
    ("text", "members", "org", "year"),
    [
        (
            "Chile and Peru both joined the World Trade Organization in 1995.",
            {"Q298", "Q419"},
            "Q7825",
            "1995",
        ),
        (
            "Slovakia and Slovenia both became members of NATO in 2004.",
            {"Q214", "Q215"},
            "Q7184",
            "2004",
        ),
    ],
)
def test_both_joined(text: str, members: set[str], org: str, year: str) -> None:
    found = facts_of(facts(text, DAY), "Membership")
    got = {
        (m, str(f.get("startDate")[0]) if f.get("startDate") else "")
        for f in found
        if org in keys(f.get("organization"))
        for m in keys(f.get("member"))
    }
    assert {(m, year) for m in members} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru both joined the protest in 1995.",
        "Chile and Peru both applied to join the OECD in 2020.",
        "Chile and Peru both want to join the OECD.",
    ],
)
def test_both_joined_negatives(text: str) -> None:
    assert not facts_of(facts(text, DAY), "Membership")


def test_urged_as_permanent_member() -> None:
    text = (
        "Japan urged Russia to play a responsible role in ending the crisis as a permanent "
        "member of the UN Security Council."
    )
    found = facts_of(facts(text, DAY), "Membership")
    assert any(
        "Q159" in keys(f.get("member")) and "Q37470" in keys(f.get("organization")) for f in found
    )


def test_urged_to_seek_a_permanent_seat_is_no_membership() -> None:
    text = "Brazil urged Germany to seek a seat as a permanent member of the UN Security Council."
    assert not facts_of(facts(text, DAY), "Membership")


# --- a trade subject with an aside ---------------------------------------------------------------


def test_bought_with_aside() -> None:
    text = (
        "Egypt, an ally of Washington that has kept ties with Moscow, bought Russian wheat worth "
        "about $1.2 billion in 2021."
    )
    found = facts_of(facts(text, DAY), "TradeFlow")
    assert any(
        keys(f.get("exporter")) == {"Q159"} and keys(f.get("importer")) == {"Q79"} for f in found
    )


def test_will_buy_with_aside_is_no_flow() -> None:
    text = (
        "Egypt, the largest wheat importer in the world, will buy Ukrainian wheat worth about "
        "$900 million next year."
    )
    assert not facts_of(facts(text, DAY), "TradeFlow")


# --- his counterparts, A of X and B of Y ---------------------------------------------------------


def test_counterparts_each_of_their_state() -> None:
    text = (
        "The memorandum was signed by Kenyan Foreign Minister Alfred Mutua and his counterparts, "
        "Naledi Pandor of South Africa and Vincent Biruta of Rwanda."
    )
    found = facts(text, DAY)
    tenures = {
        (next(iter(keys(f.get("jurisdiction")))), str(f.get("role")[0]))
        for f in facts_of(found, "Tenure")
    }
    assert {("Q258", "ForeignMinister"), ("Q1037", "ForeignMinister")} <= tenures
    treaty = facts_of(found, "TreatyRelation")
    assert any({"Q114", "Q258", "Q1037"} <= keys(f.get("party")) for f in treaty)


def test_counterparts_thanked_no_tenure() -> None:
    found = facts_of(facts("Wang Yi thanked his counterparts for their support.", DAY), "Tenure")
    assert not found


# --- a capital standing for its state ------------------------------------------------------------


def test_capital_with_which_relations_were_established() -> None:
    text = (
        "Tokyo recalled its ambassador to Seoul, a city with which Japan established diplomatic "
        "relations in 1965, on Friday."
    )
    found = facts_of(facts(text, DAY), "DiplomaticRelations")
    assert any(
        keys(f.get("party")) == {"Q17", "Q884"} and [str(d) for d in f.get("startDate")] == ["1965"]
        for f in found
    )


def test_capital_with_which_never_established() -> None:
    text = (
        "Tokyo recalled its ambassador to Seoul, a city with which Japan never established "
        "diplomatic relations."
    )
    assert not facts_of(facts(text, DAY), "DiplomaticRelations")


# --- a named treaty that opened relations ---------------------------------------------------------


def test_named_treaty_opened_relations_between() -> None:
    text = (
        "The Dayton Agreement, signed in Paris in December 1995, opened the way for peaceful "
        "relations between Serbia, Croatia and Bosnia and Herzegovina."
    )
    found = facts_of(facts(text, DAY), "TreatyRelation")
    assert any(
        keys(f.get("party")) == {"Q403", "Q224", "Q225"}
        and [str(d) for d in f.get("date")] == ["1995-12"]
        for f in found
    )


def test_named_treaty_would_open_the_way_is_no_relation() -> None:
    text = (
        "A peace treaty, if signed in Doha next month, would open the way for normal relations "
        "between Eritrea and Ethiopia."
    )
    assert not facts_of(facts(text, DAY), "TreatyRelation")


# --- a hosted summit bringing guests together ----------------------------------------------------


def test_hosted_summit_bringing_together() -> None:
    text = (
        "Kenya hosted a summit in Kisumu on 14-15 March 2022, bringing together the foreign "
        "ministers of Uganda, Tanzania and Rwanda."
    )
    found = facts_of(facts(text, DAY), "Meeting")
    assert any(
        keys(f.get("participant")) == {"Q114", "Q1036", "Q924", "Q1037"}
        and str(f.get("cameoCode")[0]) == "043"
        and [str(d) for d in f.get("startDate")] == ["2022-03-14"]
        for f in found
    )


def test_summit_to_host_bringing_together_is_no_meeting() -> None:
    text = (
        "Kenya will host a summit in Kisumu next month, bringing together the leaders of Uganda, "
        "Tanzania and Rwanda."
    )
    assert not facts_of(facts(text, DAY), "Meeting")
