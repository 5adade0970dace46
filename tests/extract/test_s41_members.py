"""Founders named after a passive founding or by their signing; UN bodies by size (session 41).

The states that founded an organisation are its members (ANNOTATION.md, Membership; the
founding's year, when told, is their start, :mod:`dipld.extract.memberships`):

- in a relative clause on the organisation: "the New Development Bank, which was set up in 2015
  by Brazil, Russia, ...";
- of an acronym the KB does not know, read as an organisation by its founding by named states:
  "BRICS was formed in 2009 by Brazil, Russia, India and China" (unlinked, as the gold has it).

Not a founding by something of a state's ("founded by Norway's state oil company"), not a
founding to come ("would be founded by ..."), not another passive ("was visited by ...").

The states that sign the instrument establishing an organisation are its founding members,
from the signing (its one date in the sentence), and parties to it (a founding charter is a
treaty; not "the Charter on Strategic Partnership", a declaration): "Kenya, Uganda and Tanzania
signed the treaty establishing the East African Community in 1999". Not a pair's own body set
up by a memorandum or an agreement ("... establishing the Omani-Saudi Coordination Council"),
not a signing to come or denied.

A membership and a treaty told in one coordinated predicate of the subject (named, or "both
countries" for the pair in focus): "are parties to the ... Agreement and members of the OAS" (a
Membership, where the sentence or clause ends after the organisation), "are members of APEC and
parties to the CPTPP" (a TreatyRelation; not "parties to the dispute").

"the 15-member Security Council", "the 193-nation General Assembly": the UN's organs, as they
are after a bare "the" (:mod:`dipld.extract.mentions`), so that "Russia holds a veto in the
15-member Security Council" is Russia's seat on it.

Hit rate at 6b98ec13 (before): 0/15 positives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 5, 14)
KENYA, UGANDA, TANZANIA, MALI, NIGER, CHAD = "Q114", "Q1036", "Q924", "Q912", "Q1032", "Q657"
OMAN, SAUDI, FRANCE, UNSC, EAC = "Q842", "Q851", "Q142", "Q37470", "Q337456"
BRAZIL, RUSSIA, INDIA, CHINA, SOUTH_AFRICA = "Q155", "Q159", "Q668", "Q148", "Q258"
ARGENTINA, PARAGUAY, URUGUAY, KAZAKHSTAN = "Q414", "Q733", "Q77", "Q232"
NDB, MERCOSUR, SCO = "Q8579145", "Q4264", "Q485207"


def _members(body: str) -> set[tuple[str, str, str]]:
    """(member, organisation, start) of each Membership the body gives."""
    return {
        (
            next(iter(keys(f.get("member")))),
            next(iter(keys(f.get("organization")))).upper(),
            str(f.get("startDate")[0]) if f.get("startDate") else "",
        )
        for f in facts(body, DAY)
        if f.cls.value == "Membership"
    }


POSITIVE = [
    pytest.param(
        "Rousseff now heads the New Development Bank, which was set up in 2015 by Brazil, "
        "Russia, India, China and South Africa.",
        {(s, NDB, "2015") for s in (BRAZIL, RUSSIA, INDIA, CHINA, SOUTH_AFRICA)},
        id="which-was-set-up-in-year-by",
    ),
    pytest.param(
        "The ministers met at the seat of Mercosur, which was created by Argentina, Brazil, "
        "Paraguay and Uruguay.",
        {(s, MERCOSUR, "") for s in (ARGENTINA, BRAZIL, PARAGUAY, URUGUAY)},
        id="which-was-created-by",
    ),
    pytest.param(
        "Officials spoke of the Shanghai Cooperation Organisation, which was jointly founded "
        "by China, Russia and Kazakhstan in 2001.",
        {(s, SCO, "2001") for s in (CHINA, RUSSIA, KAZAKHSTAN)},
        id="which-was-jointly-founded-by-then-year",
    ),
    pytest.param(
        "BRICS was set up in 2009 by Brazil, Russia, India and China.",
        {(s, "BRICS", "2009") for s in (BRAZIL, RUSSIA, INDIA, CHINA)},
        id="acronym-set-up-in-year-by",
    ),
    pytest.param(
        "IBSA, which was founded by India, Brazil and South Africa, will meet in Delhi.",
        {(s, "IBSA", "") for s in (INDIA, BRAZIL, SOUTH_AFRICA)},
        id="acronym-which-was-founded-by",
    ),
]


@pytest.mark.parametrize(("body", "expected"), POSITIVE)
def test_founders_are_members(body: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _members(body)


NEGATIVE = [
    pytest.param(
        "The New Development Bank, which was visited by Brazil's finance minister, lends "
        "to members.",
        id="visited-by",
    ),
    pytest.param(
        "ACFI, which was founded by Norway's state oil company, invests abroad.",
        id="founded-by-a-states-company",
    ),
    pytest.param(
        "The new bloc would be founded by Mali, Niger and Chad next year.",
        id="founding-to-come",
    ),
    pytest.param(
        "ACFI was praised in 2009 by Brazil, Russia and India.",
        id="acronym-other-passive",
    ),
]


@pytest.mark.parametrize("body", NEGATIVE)
def test_no_founders(body: str) -> None:
    assert not _members(body)


def _treaties(body: str) -> set[tuple[frozenset[str], str]]:
    """(parties, date) of each TreatyRelation the body gives."""
    return {
        (frozenset(keys(f.get("party"))), str(f.get("date")[0]) if f.get("date") else "")
        for f in facts(body, DAY)
        if f.cls.value == "TreatyRelation"
    }


SIGNED_FOUNDING = [
    pytest.param(
        "Kenya, Uganda and Tanzania signed the treaty establishing the East African Community "
        "in 1999.",
        {(s, EAC, "1999") for s in (KENYA, UGANDA, TANZANIA)},
        id="signed-treaty-establishing-year",
    ),
    pytest.param(
        "The leaders of Mali, Niger and Chad today signed a charter creating the Sahel Defence "
        "Alliance.",
        {(s, "SAHEL DEFENCE ALLIANCE", "2024-05-14") for s in (MALI, NIGER, CHAD)},
        id="leaders-signed-charter-creating-today",
    ),
    pytest.param(
        "The presidents of Kenya and Uganda on Monday signed an agreement setting up the East "
        "African Community.",
        {(s, EAC, "2024-05-13") for s in (KENYA, UGANDA)},
        id="presidents-signed-agreement-setting-up",
    ),
]


@pytest.mark.parametrize(("body", "expected"), SIGNED_FOUNDING)
def test_signers_of_founding_instrument_are_members(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= _members(body)


def test_founding_charter_is_a_treaty() -> None:
    body = (
        "The Heads of State of Mali, Niger and Chad today signed the Bamako Charter establishing "
        "the Sahel Defence Alliance."
    )
    assert (frozenset({MALI, NIGER, CHAD}), "2024-05-14") in _treaties(body)


NOT_SIGNED_FOUNDING = [
    pytest.param(
        "Oman and Saudi Arabia signed an agreement establishing the Omani-Saudi Coordination "
        "Council.",
        id="pair-council",
    ),
    pytest.param(
        "Mali and Niger will sign a treaty establishing the Sahel Defence Alliance.",
        id="to-come",
    ),
    pytest.param(
        "Mali and Niger have not signed the treaty establishing the Sahel Defence Alliance.",
        id="denied",
    ),
    pytest.param(
        "Mali and Niger signed a pact with France months before the Sahel Defence Alliance was "
        "set up.",
        id="another-treaty",
    ),
]


@pytest.mark.parametrize("body", NOT_SIGNED_FOUNDING)
def test_no_signed_founding(body: str) -> None:
    assert not _members(body)


def test_charter_of_partnership_is_no_treaty() -> None:
    assert not _treaties("France and Chad today signed the Charter on Strategic Partnership.")


SIZED_UN_BODY = [
    pytest.param(
        "The General Assembly voted on Thursday. France holds a veto in the 15-member Security "
        "Council.",
        id="veto-in-15-member",
    ),
    pytest.param(
        "France, which holds a veto in the 15-nation Security Council, abstained.",
        id="which-holds-veto-15-nation",
    ),
]


@pytest.mark.parametrize("body", SIZED_UN_BODY)
def test_sized_security_council(body: str) -> None:
    assert (FRANCE, UNSC, "") in {(m, o, "") for m, o, _ in _members(body)}


def test_other_sized_council_not_the_uns() -> None:
    body = (
        "The African Union's Peace and Security Council met. Chad holds a seat in the "
        "15-member Council."
    )
    assert (CHAD, UNSC) not in {(m, o) for m, o, _ in _members(body)}


# a membership and a treaty in one coordinated predicate (the subject's pair in focus)
CHILE, PERU, NORWAY, ICELAND = "Q298", "Q419", "Q20", "Q189"
COUNCIL_OF_EUROPE, NATO = "Q8908", "Q7184"


def test_parties_and_members_gives_membership() -> None:
    body = (
        "Argentina and Brazil held talks. Both countries are signatories of the Treaty of "
        "Asuncion and founding members of Mercosur."
    )
    assert {(ARGENTINA, MERCOSUR, ""), (BRAZIL, MERCOSUR, "")} <= _members(body)


def test_parties_and_members_named_pair() -> None:
    body = (
        "Norway and Iceland are parties to the European Economic Area Agreement and members of "
        "the Council of Europe."
    )
    found = _members(body)
    assert {(NORWAY, COUNCIL_OF_EUROPE, ""), (ICELAND, COUNCIL_OF_EUROPE, "")} <= found
    assert (frozenset({NORWAY, ICELAND}), "") in _treaties(body)


def test_members_and_parties_gives_treaty() -> None:
    body = (
        "Chile and Peru held talks. Both countries are members of APEC and parties to the "
        "Comprehensive and Progressive Agreement for Trans-Pacific Partnership."
    )
    assert frozenset({CHILE, PERU}) in {p for p, _ in _treaties(body)}


def test_members_and_parties_named_pair_gives_treaty() -> None:
    body = "Norway and Iceland are members of NATO and parties to the Svalbard Treaty."
    assert frozenset({NORWAY, ICELAND}) in {p for p, _ in _treaties(body)}


NOT_PARTIES_AND_MEMBERS = [
    pytest.param(
        "Norway and Iceland are parties to the fisheries agreement, and members of the Council "
        "of Europe have questioned it.",
        id="members-start-a-clause",
    ),
    pytest.param(
        "Norway and Iceland hope to become parties to the fisheries agreement and members of "
        "the Council of Europe.",
        id="hoped-for",
    ),
]


@pytest.mark.parametrize("body", NOT_PARTIES_AND_MEMBERS)
def test_no_parties_and_members(body: str) -> None:
    assert COUNCIL_OF_EUROPE not in {o for _, o, _ in _members(body)}


def test_members_and_parties_to_a_dispute_is_no_treaty() -> None:
    body = "Norway and Iceland are members of NATO and parties to the dispute over fishing quotas."
    assert not _treaties(body)
