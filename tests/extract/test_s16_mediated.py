"""Meetings with a mediator, facilitator or host third party, and meetings recalled with their
date and place (session 16, ANNOTATION.md §4 Meeting: 043 hosting, 046 negotiation; past
meetings are annotated with their own date and place; one meeting per occasion; §6 multi-party
meetings: one Meeting with all participants): the mediator named with the talks ("under Turkish
mediation", "with the mediation of the European Union", "mediated by Qatar", "Qatar mediated
talks between ...", "talks hosted by X, who mediated between ...") takes part in them; talks that
ended without an agreement were held; talks "in July and August" are two occasions; a summit
recalled with its participants ("recalled the trilateral summit of A, B and C in Washington on
April 11") is a past meeting. Mediation offered or planned, a call for talks, talks called off
and a summit only as the setting of another act give none; a mediator named after the meeting
the article reports joins it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dipld.extract import meetings
from dipld.extract.spans import _WORD
from dipld.model import Fact, Status
from tests.extract.test_patterns import cameo, date_values, facts, facts_of, keys, labels


def _meetings(text: str, day: dt.date) -> list[Fact]:
    return facts_of(facts(text, day), "Meeting")


ETHIOPIA, SOMALIA, TURKEY, ANKARA = "Q115", "Q1045", "Q43", "Q3640"
ARMENIA, AZERBAIJAN, KAZAKHSTAN, EU = "Q399", "Q227", "Q232", "Q458"
RWANDA, DRC, QATAR, DOHA = "Q1037", "Q974", "Q846", "Q3861"
USA, SAUDI, JEDDAH = "Q30", "Q851", "Q374365"
ABIY, HASSAN, ERDOGAN = "Q50365049", "Q319153", "Q39259"
BIDEN, MARCOS, KISHIDA, WASHINGTON = "Q6279", "Q983324", "Q359480", "Q61"
OCT20 = dt.date(2024, 10, 20)


# --- a mediator named with the talks takes part -----------------------------------------------


def test_earlier_rounds_under_mediation_one_meeting_a_month() -> None:
    text = (
        "Ethiopia and Somalia held a third round of talks in Ankara on Thursday. "
        "Two earlier rounds of talks between the foreign ministers of Ethiopia and Somalia, held "
        "in Ankara in July and August under Turkish mediation, ended without an agreement."
    )
    found = _meetings(text, OCT20)
    past = sorted(
        (f for f in found if f.status is Status.HISTORICAL), key=lambda f: date_values(f, "date")
    )
    assert [date_values(f, "date") for f in past] == [("2024-07",), ("2024-08",)]
    for fact in past:
        assert keys(fact.get("participant")) == {ETHIOPIA, SOMALIA, TURKEY}
        assert keys(fact.get("place")) == {ANKARA}
        assert cameo(fact) == "046"
    assert len(found) == 3  # (and the third round, reported)


def test_talks_under_mediation_of_an_organisation() -> None:
    text = (
        "Armenia and Azerbaijan held talks in Brussels on Friday with the mediation of the "
        "European Union."
    )
    (meeting,) = _meetings(text, OCT20)
    assert keys(meeting.get("participant")) == {ARMENIA, AZERBAIJAN, EU}
    assert cameo(meeting) == "046"
    assert date_values(meeting, "date") == ("2024-10-18",)


def test_talks_hosted_by_a_third_state_are_hosted() -> None:
    text = (
        "The foreign ministers of Armenia and Azerbaijan met in Almaty on Friday in talks hosted "
        "by Kazakhstan."
    )
    (meeting,) = _meetings(text, OCT20)
    assert keys(meeting.get("participant")) == {ARMENIA, AZERBAIJAN, KAZAKHSTAN}
    assert cameo(meeting) == "043"


def test_a_state_that_facilitated_talks_between_two_others() -> None:
    text = (
        "In March, Qatar facilitated talks between Rwanda and the Democratic Republic of the "
        "Congo in Doha."
    )
    (meeting,) = _meetings(text, OCT20)
    assert keys(meeting.get("participant")) == {RWANDA, DRC, QATAR}
    assert keys(meeting.get("place")) == {DOHA}
    assert date_values(meeting, "date") == ("2024-03",)
    assert cameo(meeting) == "046"
    assert meeting.status is Status.HISTORICAL


def test_talks_between_armed_forces_facilitated_by_two_states() -> None:
    text = (
        "Fighting resumed in Khartoum on Monday. In May 2023, the United States and Saudi Arabia "
        "facilitated talks between the Sudanese Armed Forces and the Rapid Support Forces in "
        "Jeddah."
    )
    (meeting,) = _meetings(text, OCT20)
    assert keys(meeting.get("participant")) == {
        USA,
        SAUDI,
        "Sudanese Armed Forces",
        "Rapid Support Forces",
    }
    assert keys(meeting.get("place")) == {JEDDAH}
    assert date_values(meeting, "date") == ("2023-05",)
    assert cameo(meeting) == "046"


def test_talks_hosted_by_a_leader_who_mediated_between_the_two_leaders() -> None:
    text = (
        "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud signed a "
        "joint declaration on Wednesday. The agreement was reached after talks hosted by Turkish "
        "President Recep Tayyip Erdogan, who mediated between the two leaders."
    )
    (meeting,) = _meetings(text, OCT20)
    assert keys(meeting.get("participant")) == {ABIY, HASSAN, ERDOGAN}
    assert cameo(meeting) == "043"


def test_mediator_named_after_the_meeting_reported_joins_it() -> None:
    text = (
        "Ethiopia and Somalia held talks in Ankara on Thursday. The talks were mediated by "
        "Turkey. The two sides agreed to meet again in December."
    )
    (meeting,) = _meetings(text, OCT20)
    assert keys(meeting.get("participant")) == {ETHIOPIA, SOMALIA, TURKEY}
    assert len(meeting.evidence) == 2
    assert cameo(meeting) == "046"


def test_two_sides_of_mediated_talks_are_no_side_meeting() -> None:
    text = (
        "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud held "
        "talks in Ankara on Wednesday under Turkish mediation. The talks between the two leaders "
        "lasted three hours."
    )
    (meeting,) = _meetings(text, OCT20)
    assert keys(meeting.get("participant")) == {ABIY, HASSAN, TURKEY}


def test_mediator_in_another_clause_mediates_its_own_talks() -> None:
    text = (
        "Antony Blinken met Abiy Ahmed in Addis Ababa on Monday, weeks after Turkey mediated "
        "talks between Ethiopia and Somalia in Ankara."
    )
    found = _meetings(text, OCT20)
    own = next(f for f in found if "Q7821917" in keys(f.get("participant")))
    assert TURKEY not in keys(own.get("participant"))
    talks = next(f for f in found if ETHIOPIA in keys(f.get("participant")))
    assert keys(talks.get("participant")) == {ETHIOPIA, SOMALIA, TURKEY}


def test_a_host_of_the_sides_own_adds_no_party() -> None:
    text = (
        "Leaders of Brazil, Russia, India, China and South Africa met in Johannesburg on "
        "Wednesday for a summit hosted by South African President Cyril Ramaphosa."
    )
    (meeting,) = _meetings(text, OCT20)
    assert "Q258" in keys(meeting.get("participant"))  # (South Africa, not replaced)


# --- a summit recalled with its participants ---------------------------------------------------


def test_recalled_summit_of_three_leaders() -> None:
    text = (
        "Secretary of State Antony Blinken met Philippine Foreign Secretary Enrique Manalo in "
        "Manila on Tuesday. The Secretaries recalled the historic trilateral summit of President "
        "Biden, President Marcos and Japanese Prime Minister Fumio Kishida in Washington on "
        "April 11."
    )
    found = _meetings(text, OCT20)
    past = [f for f in found if f.status is Status.HISTORICAL]
    assert len(past) == 1 and len(found) == 2
    assert keys(past[0].get("participant")) == {BIDEN, MARCOS, KISHIDA}
    assert keys(past[0].get("place")) == {WASHINGTON}
    assert date_values(past[0], "date") == ("2024-04-11",)


def test_summit_only_as_the_setting_of_another_act_is_none() -> None:
    text = (
        "At the trilateral summit of President Biden, President Marcos and Japanese Prime "
        "Minister Fumio Kishida in Washington on April 11, the three leaders announced a new "
        "maritime initiative."
    )
    assert _meetings(text, OCT20) == []


# --- negatives -----------------------------------------------------------------------------------


def test_mediation_offered_or_planned_is_no_meeting() -> None:
    text = (
        "Turkey offered to mediate between Ethiopia and Somalia. "
        "Qatar offered to facilitate talks between Rwanda and the Democratic Republic of the "
        "Congo. Kazakhstan will host talks between Armenia and Azerbaijan next month."
    )
    assert _meetings(text, OCT20) == []


def test_a_call_for_talks_is_no_meeting() -> None:
    text = (
        "Qatar called for talks between Rwanda and the Democratic Republic of the Congo under the "
        "auspices of the African Union."
    )
    assert _meetings(text, OCT20) == []


def test_talks_called_off_are_no_meeting() -> None:
    text = (
        "Talks between Armenia and Azerbaijan mediated by the European Union in Brussels in May "
        "were cancelled."
    )
    assert _meetings(text, OCT20) == []


def test_a_deal_brokered_by_a_third_party_adds_it_to_no_talks() -> None:
    text = (
        "Ethiopia and Somalia held talks in Ankara on Thursday on the declaration brokered by "
        "Turkey in August."
    )
    (meeting,) = _meetings(text, OCT20)
    assert keys(meeting.get("participant")) == {ETHIOPIA, SOMALIA}


def test_talks_that_ended_without_agreement_in_a_negated_sentence_otherwise_none() -> None:
    text = "Ethiopia and Somalia did not hold talks in Ankara in July under Turkish mediation."
    assert _meetings(text, OCT20) == []


def test_talks_in_two_months_are_two_meetings() -> None:
    text = "Armenia and Azerbaijan met in Almaty in July and August."
    found = _meetings(text, OCT20)
    assert sorted(date_values(f, "date") for f in found) == [("2024-07",), ("2024-08",)]
    assert all(labels(f, "place") for f in found)


# --- the word gates before the patterns ----------------------------------------------------------


@pytest.mark.parametrize(
    ("regex", "gate", "phrase"),
    [
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "held talks under §D0§ mediation"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "under the joint facilitation of §S0§"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "under the auspices of the §O0§"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "through the good offices of §S0§"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "under §S0§'s mediation"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "talks in §C0§ were hosted by §S1§"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "talks, co-hosted by §S1§"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "negotiations convened by §S1§"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "a round of talks brokered by §S1§"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "with §S0§ acting as mediator"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "with §S0§ as facilitators"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "with §S0§ as host"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "with §S0§ and §S1§ as hosts"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "§S0§ facilitated talks"),
        (meetings._MEDIATOR, meetings._K_MEDIATOR, "§P0§, who mediated between"),
        (meetings._TALKS_BY, meetings._K_TALKS_BY, "talks hosted by §P0§"),
        (meetings._TALKS_BY, meetings._K_TALKS_BY, "negotiations in §C0§ co-hosted by §S1§"),
        (meetings._TALKS_BY, meetings._K_TALKS_BY, "the talks were mediated by §S0§"),
        (meetings._TALKS_BY, meetings._K_TALKS_BY, "talks brokered by §S0§"),
        (meetings._TALKS_BY, meetings._K_TALKS_BY, "talks facilitated by §S0§"),
        (meetings._RECALLED_SUMMIT, meetings._K_RECALLED_SUMMIT, "recalled the summit of §P0§"),
        (meetings._RECALLED_SUMMIT, meetings._K_RECALLED_SUMMIT, "recalling the meeting of §P0§"),
        (meetings._RECALLED_SUMMIT, meetings._K_RECALLED_SUMMIT, "commemorated the talks of §P0§"),
        (
            meetings._RECALLED_SUMMIT,
            meetings._K_RECALLED_SUMMIT,
            "commemorating the summit of §P0§",
        ),
        (meetings._RECALLED_SUMMIT, meetings._K_RECALLED_SUMMIT, "since the summit of §P0§"),
        (meetings._NO_OUTCOME, meetings._K_NO_OUTCOME, ", ended without an agreement"),
        (meetings._NO_OUTCOME, meetings._K_NO_OUTCOME, " but failed to produce a deal"),
        (meetings._NO_OUTCOME, meetings._K_NO_OUTCOME, " and did not manage to reach a deal"),
        (meetings._NO_OUTCOME, meetings._K_NO_OUTCOME, " yielded no breakthrough"),
    ],
)
def test_every_phrase_a_mediation_pattern_reads_passes_its_gate(
    regex: re.Pattern[str], gate: frozenset[str], phrase: str
) -> None:
    assert regex.search(phrase), f"the pattern no longer reads {phrase!r}"
    words = frozenset(_WORD.findall(phrase.lower()))
    assert not gate.isdisjoint(words), f"the gate skips {phrase!r}: add a word"
