"""Links and parties (session 19f, link): a monarch's title and regnal name is the KB's "<Name>
of <State>"; "European Integration" in a ministry's name is a portfolio, not the foreign
minister's jurisdiction; a bare "the Ministry of Foreign Affairs" acting in a foreign ministry's
own release is the publisher's state; "the two countries" are never the European Union."""

from __future__ import annotations

import datetime as dt

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article
from tests.extract.test_patterns import facts, facts_of, keys

DAY = dt.date(2024, 5, 10)


def _holders(found: list) -> set[str]:
    return {k for f in facts_of(found, "Tenure") for k in keys(f.get("holder"))}


def test_a_kings_regnal_name_is_the_kb_monarch_of_the_state_named() -> None:
    found = facts(
        "Saudi Arabia's King Salman received Egyptian President Abdel Fattah el-Sisi in Riyadh "
        "on Monday.",
        DAY,
    )
    assert "Q367825" in _holders(found)
    meetings = facts_of(found, "Meeting")
    assert meetings and "Q367825" in keys(meetings[0].get("participant"))


def test_a_monarch_without_his_number_is_the_one_holder_of_that_name() -> None:
    found = facts("Norway's King Harald met Indian Prime Minister Narendra Modi in Oslo.", DAY)
    assert "Q57287" in _holders(found)


def test_a_former_monarch_of_the_same_name_and_another_number_is_not_linked() -> None:
    found = facts("Jordan's King Abdullah I founded the emirate in 1921.", DAY)
    assert "Q57464" not in _holders(found)


def test_a_king_who_is_not_the_holder_on_the_date_is_not_linked() -> None:
    found = facts("Norway's King Olav met Indian Prime Minister Narendra Modi in Oslo.", DAY)
    assert "Q57287" not in _holders(found)
    assert all(k is None or not k.startswith("Q") or k == "Q1058" for k in _holders(found))


def test_european_integration_in_a_ministrys_name_is_a_portfolio() -> None:
    found = facts(
        "Talks were held in Chisinau with the Minister of Foreign Affairs and European "
        "Integration of the Republic of Moldova, Mihai Popsoi, on Monday.",
        DAY,
    )
    tenures = facts_of(found, "Tenure")
    assert tenures
    assert keys(tenures[0].get("jurisdiction")) == {"Q217"}


def _events(body: str, **meta: str) -> list:
    article = Article(id="t", source="t.txt", body=body, date=DAY, **meta)
    return facts_of(extract(article, load_index()), "Event")


MFA_ACT = (
    "The Ministry of Foreign Affairs today summoned the Ambassador of Ethiopia to Kenya and "
    "lodged a strong protest over the detention of Kenyan truck drivers."
)


def test_a_bare_ministry_in_its_own_release_is_the_publishers_state() -> None:
    events = _events(MFA_ACT, publisher="Ministry of Foreign Affairs of Kenya")
    assert events
    assert all("Ministry of Foreign Affairs" not in keys(e.get("actor")) for e in events)
    assert any(keys(e.get("actor")) == {"Q114"} for e in events)


def test_a_bare_ministry_on_a_ministrys_host_is_its_state() -> None:
    events = _events(
        "The Ministry of Foreign Affairs strongly condemned the missile attack by Russia on "
        "the city of Odesa.",
        url="https://www.mfa.gov.sg/news/1",
    )
    assert any(keys(e.get("actor")) == {"Q334"} for e in events)


def test_a_bare_ministry_in_a_news_agencys_report_stays_unresolved() -> None:
    events = _events(
        "The Ministry of Foreign Affairs strongly condemned the missile attack by Russia on "
        "the city of Odesa.",
        publisher="Reuters",
    )
    assert all(not keys(e.get("actor")) & {"Q334", "Q114"} for e in events)


def test_a_ministry_of_another_state_named_keeps_its_state() -> None:
    events = _events(
        "The Ministry of Foreign Affairs of Ukraine strongly condemned the missile attack by "
        "Russia on the city of Odesa.",
        publisher="Ministry of Foreign Affairs of Lithuania",
    )
    assert events and all(keys(e.get("actor")) == {"Q212"} for e in events)


def test_the_two_countries_are_never_a_state_and_the_eu() -> None:
    found = facts(
        "Ukraine signed a security agreement with the European Union, and the two countries "
        "share a commitment to a border of 1,000 km.",
        DAY,
    )
    for border in facts_of(found, "SharedBorder"):
        assert "Q458" not in keys(border.get("party"))


def test_the_two_countries_after_a_meeting_are_its_states() -> None:
    found = facts(
        "Hungarian President Tamas Sulyok met Ukrainian President Volodymyr Zelensky in Kyiv "
        "on Monday.\n\nUkraine and the European Union signed a security pact last month.\n\n"
        "The two countries share a border of 137 km along the Tisza River.",
        DAY,
    )
    borders = facts_of(found, "SharedBorder")
    assert borders and all("Q458" not in keys(b.get("party")) for b in borders)
