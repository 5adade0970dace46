"""Commitments as releases and wire copy state them (session 15, agree5): a party's obligation
under a document just told ("Under the memorandum, India will ...", "Under the accord, Qatar is
to ...", "Germany undertakes to ...", "Egypt, for its part, undertakes to ...") is its AGREE to the
document's other parties, a joint one ("the three parties commit to ...") all parties' with no
recipient; "the two governments" are the states of those who met (ANNOTATION.md §6); a joint
instruction of two leaders to their governments is their AGREE; readiness "signalled" or
"declared" is AGREE; a Crown Prince is the subject of what he accepts or pledges; and the near
misses that must give nothing (drafts, plans, single orders at home, concern, negations)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import mentions
from dipld.model import Fact, Status
from tests.extract.test_patterns import date_values, facts, keys

DAY = dt.date(2024, 5, 10)
GERMANY, UKRAINE, QATAR, PAKISTAN, INDIA, IRAN = "Q183", "Q212", "Q846", "Q843", "Q668", "Q794"
KENYA, USA, TURKEY, FINLAND, SWEDEN, EGYPT = "Q114", "Q30", "Q43", "Q33", "Q34", "Q79"
ISRAEL, SPAIN, MOROCCO, FRANCE, JAPAN, HUNGARY = "Q801", "Q29", "Q1028", "Q142", "Q17", "Q28"
RUSSIA, SYRIA, ARMENIA, AZERBAIJAN, ALBANIA, ITALY = "Q159", "Q858", "Q399", "Q227", "Q222", "Q38"
CHINA, KAZAKHSTAN, GREECE = "Q148", "Q232", "Q41"
XI, TOKAYEV, PUTIN, LUKASHENKO, MBS, BIDEN = (
    "Q15031",
    "Q200881",
    "Q7747",
    "Q2866",
    "Q6892571",
    "Q6279",
)

Row = tuple[frozenset[str], frozenset[str], str]


def _agree(text: str) -> list[Fact]:
    return [
        f
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith("AGREE")
    ]


def _rows(text: str) -> set[Row]:
    return {
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("cameoCode")[0]),
        )
        for f in _agree(text)
    }


def _f(*qids: str) -> frozenset[str]:
    return frozenset(qids)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Germany and Ukraine signed a bilateral security agreement on Friday. Under the "
            "agreement, Germany undertakes to train Ukrainian officers over the next ten years.",
            (_f(GERMANY), _f(UKRAINE), "030"),
        ),
        (
            "Qatar and Pakistan signed a gas supply accord on Tuesday. Under the accord, Qatar is "
            "to supply liquefied natural gas to Pakistan for 15 years.",
            (_f(QATAR), _f(PAKISTAN), "031"),
        ),
        (
            "India and Iran signed a deal on the Chabahar port on Monday. Under the deal, India "
            "will build a new terminal at the port.",
            (_f(INDIA), _f(IRAN), "030"),
        ),
        (
            "Kenya and the United States signed a defence cooperation agreement on Monday. Under "
            "the terms of the agreement, Kenya agrees to host joint military exercises.",
            (_f(KENYA), _f(USA), "030"),
        ),
        (
            "Italy and Albania signed a migration protocol in Rome on Monday. Under the protocol, "
            "Albania is to run two reception centres for people rescued at sea.",
            (_f(ALBANIA), _f(ITALY), "030"),
        ),
        (
            "Greece and Egypt signed a memorandum on seasonal workers. Under the memorandum, Egypt "
            "commits to vetting the applicants.",
            (_f(EGYPT), _f(GREECE), "030"),
        ),
        (
            "India and Iran signed a memorandum on the Chabahar port on Monday. Under the "
            "memorandum, India will equip the terminal, while Iran undertakes to provide the land.",
            (_f(IRAN), _f(INDIA), "030"),
        ),
    ],
)
def test_an_obligation_under_a_document_told_is_an_agree_to_its_other_parties(
    text: str, row: Row
) -> None:
    assert row in _rows(text)


def test_an_obligation_a_document_lays_down_is_to_come() -> None:
    (found,) = _agree(
        "Kenya and Haiti signed an agreement on Friday. Under the agreement, Kenya is to deploy "
        "1,000 police officers to Haiti."
    )
    assert found.status is Status.FUTURE


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Egypt and Israel signed an agreement on border crossings on Sunday. Egypt, for its "
            "part, undertakes to keep the Rafah crossing open.",
            (_f(EGYPT), _f(ISRAEL), "030"),
        ),
        (
            "Morocco and Spain signed a joint declaration on migration on Thursday. Spain, for its "
            "part, committed to expanding legal routes for seasonal workers.",
            (_f(SPAIN), _f(MOROCCO), "030"),
        ),
    ],
)
def test_a_partys_share_for_its_part_is_an_agree_to_the_other_signatory(
    text: str, row: Row
) -> None:
    assert row in _rows(text)


def test_the_counted_parties_of_a_document_commit_jointly() -> None:
    text = (
        "Turkey, Finland and Sweden signed a trilateral memorandum in Madrid on Tuesday. Under "
        "the memorandum, the three parties commit to sharing intelligence on terrorist groups."
    )
    assert (_f(TURKEY, FINLAND, SWEDEN), _f(), "030") in _rows(text)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on "
            "Tuesday. The two governments committed to jointly develop a new battle tank.",
            _f(GERMANY, FRANCE),
        ),
        (
            "Japanese Prime Minister Fumio Kishida met US President Joe Biden in Washington on "
            "Wednesday. Both governments pledged to expand cooperation in space.",
            _f(JAPAN, USA),
        ),
    ],
)
def test_the_two_governments_are_the_states_of_those_who_met(
    text: str, actors: frozenset[str]
) -> None:
    assert (actors, _f(), "030") in _rows(text)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev "
            "in Astana on Friday. The two presidents instructed their governments to prepare a new "
            "agreement on visa-free travel.",
            _f(XI, TOKAYEV),
        ),
        (
            "Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in "
            "Minsk on Thursday. The two leaders tasked their respective foreign ministries to "
            "draft a treaty on security guarantees.",
            _f(PUTIN, LUKASHENKO),
        ),
    ],
)
def test_a_joint_instruction_of_two_leaders_is_their_agree(
    text: str, actors: frozenset[str]
) -> None:
    assert (actors, _f(), "030") in _rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Hungary signalled its willingness to host a peace summit between Russia and Ukraine.",
            (_f(HUNGARY), _f(RUSSIA, UKRAINE), "036"),
        ),
        (
            "Turkey declared its readiness to assist Syria in rebuilding its power grid.",
            (_f(TURKEY), _f(SYRIA), "030"),
        ),
    ],
)
def test_readiness_signalled_or_declared_is_agree(text: str, row: Row) -> None:
    assert row in _rows(text)


def test_a_crown_prince_is_the_subject_of_what_he_accepts() -> None:
    text = (
        "Saudi Crown Prince Mohammed bin Salman accepted an invitation from President Joe Biden "
        "to visit Washington."
    )
    assert (_f(MBS), _f(BIDEN), "036") in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        # a document in preparation: the commitment is not made yet
        "Armenia and Azerbaijan have been negotiating a peace treaty for months. Under the draft "
        "agreement, Armenia is to withdraw its claims.",
        "Armenia and Azerbaijan signed a border protocol on Monday. Under the proposed treaty, "
        "Azerbaijan will open a transit corridor.",
        "Under the agreement being negotiated, Armenia will recognise the border.",
        # a plan told, no document
        "Qatar is to supply liquefied natural gas to Pakistan for 15 years.",
        # an order at home
        "Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Minsk "
        "on Friday. Putin instructed the government to prepare a loan agreement.",
        # concern about another's intention, unwillingness, a negation
        "Japan voiced concern about the intention of North Korea to launch another satellite.",
        "Hungary signalled its unwillingness to send weapons to Ukraine.",
        # (a promise not made; "Rwanda undertakes not to deport ..." is a promise to refrain, an
        # AGREE: see test_s19d_pledge.py)
        "Rwanda and the United Kingdom signed a treaty in Kigali on Tuesday. Rwanda did not "
        "undertake to deport any relocated person.",
        # a shared view
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Tuesday. "
        "The two governments agreed that the European Union needs reform.",
        # a hypothetical
        "Germany would be ready to send troops to Ukraine if a ceasefire is reached.",
    ],
)
def test_no_commitment(text: str) -> None:
    assert not _agree(text)


def test_a_named_treaty_is_no_document_of_the_last_signatories() -> None:
    text = (
        "Germany and France signed a treaty in Aachen on Tuesday. Under the Paris Agreement, "
        "Germany will cut its emissions by 65 percent by 2030."
    )
    assert all(not keys(f.get("recipient")) for f in _agree(text))


def test_a_treaty_of_two_is_not_the_three_parties() -> None:
    text = (
        "Spain and Morocco signed a migration agreement on Monday. Under the agreement, the three "
        "parties commit to sharing data."
    )
    assert all(keys(f.get("actor")) != {SPAIN, MOROCCO} for f in _agree(text))


@pytest.mark.parametrize(
    "phrase",
    ["Under the memorandum, the three parties commit", "the four parties to the treaty agreed"],
)
def test_counted_parties_pass_the_group_precheck(phrase: str) -> None:
    assert mentions._GROUP.search(phrase)
    assert list(mentions._scan(mentions._GROUP, mentions._GROUP_KEYS, phrase, phrase.lower()))


def test_a_commitment_under_a_document_takes_the_signings_day() -> None:
    (found,) = [
        f
        for f in _agree(
            "India and Iran signed a memorandum on the Chabahar port on Monday. Under the "
            "memorandum, Iran undertakes to provide the land."
        )
    ]
    assert keys(found.get("recipient")) == {INDIA}
    assert date_values(found, "date") == ("2024-05-06",)


def test_a_party_agreeing_in_turn_is_the_subject() -> None:
    assert (_f(TURKEY), _f(SWEDEN), "032") in _rows(
        "Türkiye in turn agreed to support Sweden's bid."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Turkey, Finland and Sweden signed a memorandum in Madrid on Tuesday. Under the "
        "memorandum, Finland and Sweden agreed to lift their restrictions on arms exports.",
        "Turkey, Finland and Sweden signed a memorandum in Madrid on Tuesday. Finland and Sweden, "
        "for their part, agreed to lift their restrictions on arms exports.",
    ],
)
def test_some_parties_of_a_document_commit_to_the_others(text: str) -> None:
    assert (_f(FINLAND, SWEDEN), _f(TURKEY), "031") in _rows(text)


def test_support_for_an_invitation_to_join_is_diplomatic_backing() -> None:
    text = (
        "Turkey agreed to support the invitation of Finland and Sweden to become members of NATO."
    )
    assert (_f(TURKEY), _f(FINLAND, SWEDEN), "032") in _rows(text)


def test_a_party_that_is_to_be_paid_under_a_document_commits_to_nothing() -> None:
    assert not _agree(
        "Kenya and Haiti signed an agreement on Friday. Under the agreement, Kenya is to be paid "
        "for the deployment by a United Nations fund."
    )
