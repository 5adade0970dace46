"""Session 19 (meet): names and titles that fresh news writes plainly but the extractor missed
or misread: a given name's initial without its period ("S Jaishankar" for the KB's
"S. Jaishankar"), a headline's title-case verbs and documents after a name ("Foreign Minister
Sikorski Signs Memorandum ..." is not a person "Sikorski Signs Memorandum"), and a state's
National Security Council before a title (its senior director serves the state, not the council
as an organisation)."""

from __future__ import annotations

import pytest

from dipld.articles import parse_text
from dipld.extract import extract
from dipld.kb.index import load_index, name_variants
from dipld.model import Fact
from tests.extract.test_patterns import facts_of, keys

JAISHANKAR, HASINA, LAVROV, DENDIAS, PALESTINE = (
    "Q16186720",
    "Q52183",
    "Q58217",
    "Q247424",
    "Q219060",
)
US = "Q30"


def _facts(body: str, cls: str, *, title: str = "Test", publisher: str = "Test Wire") -> list[Fact]:
    front = f"title: {title}\ndate: 2023-05-10\npublisher: {publisher}\n"
    return facts_of(extract(parse_text(f"{front}---\n{body}\n", "t.txt"), load_index()), cls)


def _holders(found: list[Fact]) -> set[str]:
    return {k for f in found for k in keys(f.get("holder"))}


# --- an initial without its period --------------------------------------------------------------


def test_initial_variants() -> None:
    assert "S Jaishankar" in name_variants("S. Jaishankar")
    assert "George W Bush" in name_variants("George W. Bush")
    # "A." and "I." would read as words at a sentence's start
    assert name_variants("A. Smith") == ()
    assert name_variants("Vladimir Putin") == ()


@pytest.mark.parametrize(
    "body",
    [
        "S Jaishankar met Sergey Lavrov in Moscow on Tuesday.",
        "Foreign Minister Sergey Lavrov held talks with S Jaishankar on Tuesday.",
        "On Tuesday, Indian Foreign Minister S Jaishankar and Sergey Lavrov held talks in Moscow.",
    ],
)
def test_initial_without_period_links(body: str) -> None:
    found = _facts(body, "Meeting")
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {JAISHANKAR, LAVROV}


def test_initial_without_period_tenure() -> None:
    found = _facts(
        "External Affairs Minister S Jaishankar called on Sheikh Hasina in Dhaka.", "Tenure"
    )
    assert JAISHANKAR in _holders(found)


@pytest.mark.parametrize(
    "body",
    [
        # not a meeting: negated, planned, a question
        "S Jaishankar did not meet Sergey Lavrov in Moscow on Tuesday.",
        "S Jaishankar will meet Sergey Lavrov in Moscow next week.",
        "Will S Jaishankar meet Sergey Lavrov in Moscow?",
    ],
)
def test_initial_without_period_no_meeting(body: str) -> None:
    assert _facts(body, "Meeting") == []


# --- a headline's verbs and documents end a name --------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Secretary Blinken and Greek Foreign Minister Dendias Sign Protocol Amending the Agreement",
        "Greek Foreign Minister Dendias Signs Memorandum on Maritime Cooperation",
        "Greek Foreign Minister Dendias Discusses Energy With Cypriot Counterpart",
        "Greek Foreign Minister Dendias Attends Ceremony in Alexandroupolis",
    ],
)
def test_headline_words_after_a_name(title: str) -> None:
    found = _facts("The ministers spoke to the press afterwards.", "Tenure", title=title)
    holders = {str(h) for f in found for h in f.get("holder")}
    assert not any("Sign" in h or "Discuss" in h or "Attend" in h for h in holders), holders
    assert DENDIAS in _holders(found)


# --- a state's National Security Council ----------------------------------------------------------


def test_security_council_director_serves_the_state() -> None:
    found = _facts(
        "Today, National Security Council Senior Director for Europe Amanda Sloat and Assistant "
        "Secretary of State for European and Eurasian Affairs James O'Brien met officials in "
        "Athens.",
        "Tenure",
        publisher="U.S. Department of State",
    )
    jurisdictions = {
        str(j) for f in found if "Sloat" in str(f.get("holder")) for j in f.get("jurisdiction")
    }
    assert jurisdictions and all("National Security Council" not in j for j in jurisdictions)
    assert {
        k for f in found if "Sloat" in str(f.get("holder")) for k in keys(f.get("jurisdiction"))
    } == {US}


def test_security_council_never_a_jurisdiction() -> None:
    found = _facts(
        "National Security Council Senior Director for Asia Mira Rapp-Hooper met officials in "
        "Seoul.",
        "Tenure",
    )
    assert all("Security Council" not in str(f.get("jurisdiction")) for f in found)


# --- "Prime Minister of X and Ruler of Y Z": the ruler's style between a title and its holder ---

MBR, UAE = "Q57655", "Q878"


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister of the UAE and Ruler of Dubai Sheikh Mohammed bin Rashid Al Maktoum "
        "received Abdel Fattah el-Sisi.",
        "Vice President and Prime Minister of the UAE and Ruler of Dubai Mohammed bin Rashid Al "
        "Maktoum met Abdel Fattah el-Sisi in Cairo.",
    ],
)
def test_title_then_ruler_then_holder(body: str) -> None:
    found = [f for f in _facts(body, "Tenure") if MBR in keys(f.get("holder"))]
    assert any(
        keys(f.get("jurisdiction")) == {UAE} and "HeadOfGovernment" in map(str, f.get("role"))
        for f in found
    )


def test_ruler_without_a_place_is_no_gap() -> None:
    # no city or state after "Ruler of": the title does not reach past it
    found = _facts(
        "Prime Minister of the UAE and Ruler of the Faithful Sheikh Mohammed bin Rashid Al "
        "Maktoum spoke.",
        "Tenure",
    )
    assert all(MBR not in keys(f.get("holder")) or "Faithful" not in str(f) for f in found)
