"""Session 19b (meet): an organisation's head titled in lower case ("the head of the
International Energy Agency, Fatih Birol,"), apposed to a full name before or after."""

from __future__ import annotations

import pytest

from dipld.articles import parse_text
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Fact
from tests.extract.test_patterns import facts_of, keys

IEA = "Q826700"


def _facts(body: str, cls: str) -> list[Fact]:
    front = "title: Test\ndate: 2023-05-10\npublisher: Test Wire\n"
    return facts_of(extract(parse_text(f"{front}---\n{body}\n", "t.txt"), load_index()), cls)


@pytest.mark.parametrize(
    "body",
    [
        "The head of the International Energy Agency, Fatih Birol, arrived in Delhi on Monday.",
        "On Monday the head of the International Energy Agency, Fatih Birol, warned of shortages.",
        "Fatih Birol, head of the International Energy Agency (IEA), said demand would rise.",
        "Fatih Birol, the chief of the International Energy Agency, visited Tokyo.",
    ],
)
def test_lower_case_head_of_an_organisation(body: str) -> None:
    found = [f for f in _facts(body, "Tenure") if IEA in keys(f.get("jurisdiction"))]
    assert len(found) == 1
    assert {c.name for c in found[0].get("role")} == {"HeadOfOrganization"}


@pytest.mark.parametrize(
    "body",
    [
        "The head of the agency said demand would rise.",
        "Volodymyr Zelensky, the head of the Ukrainian state, spoke on Monday.",
        "The former head of the International Energy Agency, Nobuo Tanaka, spoke on Monday.",
        "Who will be the next head of the International Energy Agency?",
    ],
)
def test_lower_case_head_near_misses(body: str) -> None:
    found = _facts(body, "Tenure")
    assert not [f for f in found if {c.name for c in f.get("role")} == {"HeadOfOrganization"}]


def _roles(found: list[Fact]) -> set[tuple[str, str]]:
    return {(c.name, j) for f in found for c in f.get("role") for j in keys(f.get("jurisdiction"))}


def test_security_adviser_to_a_named_leader() -> None:
    body = "Ahmed Shide, national security adviser to Kenyan President William Ruto, flew home."
    assert ("NationalSecurityAdvisor", "Q114") in _roles(_facts(body, "Tenure"))


@pytest.mark.parametrize(
    "body",
    [
        "Uhuru Kenyatta, the AU High Representative for the Great Lakes, arrived in Goma.",
        "The African Union's High Representative for the Sahel, Mahamadou Issoufou, spoke.",
    ],
)
def test_organisations_high_representative_for_a_region(body: str) -> None:
    assert ("SpecialEnvoy", "Q7159") in _roles(_facts(body, "Tenure"))


def test_high_representative_for_a_state_is_no_states_envoy() -> None:
    body = "The High Representative for Bosnia and Herzegovina, Christian Schmidt, arrived."
    assert not [r for r in _roles(_facts(body, "Tenure")) if r[0] == "SpecialEnvoy"]


def test_eu_deputy_foreign_policy_chief_is_an_official() -> None:
    body = "The European Union's deputy foreign policy chief, Enrique Mora, flew to Vienna."
    assert _roles(_facts(body, "Tenure")) == {("SeniorOfficial", "Q458")}
    body = "Polish Deputy Foreign Minister Pawel Jablonski flew to Vienna."
    assert _roles(_facts(body, "Tenure")) == {("DeputyMinister", "Q36")}


def test_a_bodys_name_is_no_holder() -> None:
    body = (
        "President Cyril Ramaphosa of South Africa, Chairperson of the SADC Organ on Politics, "
        "Defence and Security Cooperation, opened the meeting."
    )
    holders = {k for f in _facts(body, "Tenure") for k in keys(f.get("holder"))}
    assert not [h for h in holders if h.startswith("person:organ")]
