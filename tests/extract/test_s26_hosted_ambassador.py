# ruff: noqa: E501  (a table of sentences)
"""An ambassador met by the host's people is accredited to the host (session 26).

Written for this session (none from a gold set): "Foreign Minister Ali Sabry met Chinese
Ambassador Qi Zhenhong in Colombo" gave the ambassador's Tenure no host and no diplomatic
relations, though ANNOTATION.md §4 infers relations from an accredited ambassador and the
meeting tells whose ambassador he is. An ambassador whose title names no host, met by the
people of one other state, is now accredited to that state, unless the meeting was in a third
state's capital (``facts._hosted_ambassadors``), and the two states have DiplomaticRelations.

Hit rate at c0386d7 (before): 0/3; after: 3/3; not inferred (a third state's capital, two other
states met, a host the title names) 3/3 before and after."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts

DAY = dt.date(2022, 8, 13)


def _host_and_relations(text: str) -> tuple[set[str], set[frozenset[str]]]:
    said = facts(text, DAY)
    hosts = {
        e.qid or ""
        for f in said
        if f.cls.value == "Tenure" and any(r.name == "Ambassador" for r in f.get("role"))
        for e in f.entities("accreditedTo")
    }
    relations = {
        frozenset(e.qid or "" for e in f.entities("party"))
        for f in said
        if f.cls.value == "DiplomaticRelations"
    }
    return hosts, relations


HOSTED = [
    (
        "Foreign Minister Ali Sabry met Chinese Ambassador Qi Zhenhong in Colombo on Friday.",
        "Q854",
        "Q148",
    ),
    (
        "Sri Lankan Foreign Minister Ali Sabry met the Chinese Ambassador, Qi Zhenhong, in Colombo.",
        "Q854",
        "Q148",
    ),
    (
        "Kenyan Foreign Minister Alfred Mutua met Chinese Ambassador Zhou Pingjian in Nairobi.",
        "Q114",
        "Q148",
    ),
]


@pytest.mark.parametrize(("text", "host", "home"), HOSTED)
def test_an_ambassador_met_by_the_hosts_people(text: str, host: str, home: str) -> None:
    hosts, relations = _host_and_relations(text)
    assert hosts == {host}, hosts
    assert frozenset({host, home}) in relations, relations


NOT_INFERRED = [
    "Kenyan Foreign Minister Alfred Mutua met Chinese Ambassador Zhou Pingjian in Beijing.",
    "Chinese Ambassador Zhou Pingjian met Indian and Kenyan officials.",
]


@pytest.mark.parametrize("text", NOT_INFERRED)
def test_no_host_guessed(text: str) -> None:
    assert _host_and_relations(text) == (set(), set())


def test_a_host_the_title_names_stays() -> None:
    hosts, relations = _host_and_relations(
        "U.S. Ambassador to Greece Geoffrey R. Pyatt met Greek Prime Minister Kyriakos Mitsotakis."
    )
    assert hosts == {"Q41"}
    assert relations == {frozenset({"Q41", "Q30"})}
