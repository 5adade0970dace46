"""Meetings and their people on unseen phrasings (session 14): a leader written by the first of
two family names after a title with the state ("President Chaves of Costa Rica" is the KB's
Rodrigo Chaves Robles); an organisation's title written alone ("The Chairperson of the African
Union") is the person named with that very title, never the head of another organ of it (its
Commission); a meeting told around a ceremony ("was preceded by a meeting of the four leaders,
which was also attended by ..."); meetings with an organisation's heads of government and people
the participants "were joined by"; talks between a state's armed forces and an armed movement
(CAMEO 046); and meeting places the KB lacks ("in Sochi": an unlinked place, not the visit's
state) or shares between cities ("Georgetown" on a visit to Guyana)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity, Fact, FactClass
from tests.extract.test_patterns import facts


def _of(found: list[Fact], cls: FactClass) -> list[Fact]:
    return [f for f in found if f.cls is cls]


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _values(fact: Fact, role: str) -> set[str]:
    return {str(v) for v in fact.get(role)}


def _with(found: list[Fact], *people: str) -> Fact:
    match = [f for f in _of(found, FactClass.MEETING) if set(people) <= _keys(f, "participant")]
    assert match, [_keys(f, "participant") for f in _of(found, FactClass.MEETING)]
    return match[0]


# --- the first of two family names ---------------------------------------------------------------

CHAVES, ABDO, LACALLE = "Q98017689", "Q48136013", "Q6800406"


@pytest.mark.parametrize(
    ("text", "day", "holder"),
    [
        (
            "President Biden met today with President Chaves of Costa Rica at the White House.",
            dt.date(2023, 8, 29),
            CHAVES,
        ),
        (
            "Prime Minister Pedro Sánchez received President of Costa Rica Chaves in Madrid.",
            dt.date(2023, 8, 29),
            CHAVES,
        ),
        (
            "Secretary Blinken met President Abdo of Paraguay in Asunción on Monday.",
            dt.date(2023, 6, 1),
            ABDO,
        ),
        (
            "Uruguayan President Lacalle held talks with Argentine President Alberto Fernández "
            "in Montevideo on Tuesday.",
            dt.date(2023, 6, 1),
            LACALLE,
        ),
    ],
)
def test_a_surname_after_a_title_with_its_state_is_the_first_family_name(
    text: str, day: dt.date, holder: str
) -> None:
    found = facts(text, day)
    assert holder in _keys(_of(found, FactClass.MEETING)[0], "participant")
    assert any(holder in _keys(f, "holder") for f in _of(found, FactClass.TENURE))


def test_the_leader_so_linked_is_known_by_that_name_later_in_the_article() -> None:
    text = (
        "President Biden met today with President Chaves of Costa Rica at the White House. "
        "Prime Minister Sánchez of Spain held talks with President Chaves in Madrid on August 20."
    )
    found = facts(text, dt.date(2023, 8, 29))
    assert CHAVES in _keys(_with(found, "Q6070218"), "participant")


@pytest.mark.parametrize(
    "text",
    [
        # the post's holder has another family name
        "President Biden met today with President Castillo of Ecuador at the White House.",
        # a state's holder whose first family name it is not
        "President Biden met today with President Chaves of Panama at the White House.",
        # a former holder
        "President Biden met today with former President Chaves of Costa Rica.",
    ],
)
def test_no_link_without_the_post_holders_first_family_name(text: str) -> None:
    found = facts(text, dt.date(2023, 8, 29))
    assert not any(CHAVES in _keys(f, "participant") for f in found)
    assert not any(f.get("holder") and CHAVES in _keys(f, "holder") for f in found)


# --- an organisation's title written alone ------------------------------------------------------

SALL = "Q57438"


def test_an_organisations_title_alone_is_the_person_named_with_it() -> None:
    text = (
        "Russian President Vladimir Putin met President of Senegal and Chairperson of the "
        "African Union Macky Sall in Sochi on Friday. The Chairperson of the African Union "
        "asked Russia to help unblock grain exports."
    )
    found = facts(text, dt.date(2022, 6, 3))
    (request,) = [f for f in _of(found, FactClass.EVENT) if "Q159" in _keys(f, "recipient")]
    assert _keys(request, "actor") == {SALL}


def test_the_head_of_an_organs_title_is_another_office() -> None:
    text = (
        "Chairperson of the African Union Commission Moussa Faki Mahamat met Russian President "
        "Vladimir Putin in Sochi on Friday. The Chairperson of the African Union asked Russia to "
        "help unblock grain exports."
    )
    found = facts(text, dt.date(2022, 6, 3))
    (request,) = [f for f in _of(found, FactClass.EVENT) if "Q159" in _keys(f, "recipient")]
    assert "Moussa Faki Mahamat" not in _keys(request, "actor")


def test_a_title_naming_no_organisation_is_still_its_holder() -> None:
    text = (
        "Chairperson of the African Union Commission Moussa Faki Mahamat met President William "
        "Ruto in Nairobi on Thursday. The Chairperson commended Kenya for its leadership."
    )
    found = facts(text, dt.date(2023, 3, 2))
    (praise,) = [f for f in _of(found, FactClass.EVENT) if "Q114" in _keys(f, "recipient")]
    assert _keys(praise, "actor") == {"Moussa Faki Mahamat"}


# --- a meeting told around a ceremony -----------------------------------------------------------

FOUR = {"Q701484", "Q15071069", "Q3874799", "Q9151911"}
SIGNED = (
    "President of Romania Klaus Iohannis, President of Moldova Maia Sandu, President of Ukraine "
    "Volodymyr Zelenskyy and President of Poland Andrzej Duda signed a joint declaration in "
    "Bucharest on Tuesday. "
)


def test_a_meeting_that_preceded_the_ceremony_with_those_who_also_attended() -> None:
    text = SIGNED + (
        "The signing ceremony took place at the Cotroceni Palace and was preceded by a meeting "
        "of the four leaders, which was also attended by President of the European Commission "
        "Ursula von der Leyen."
    )
    (meeting,) = _of(facts(text, dt.date(2023, 6, 6)), FactClass.MEETING)
    assert _keys(meeting, "participant") == FOUR | {"Ursula von der Leyen"}
    assert _keys(meeting, "place") == {"Cotroceni Palace"}
    assert _values(meeting, "date") == {"2023-06-06"}


def test_talks_that_followed_the_ceremony() -> None:
    text = (
        "Foreign Minister Ararat Mirzoyan and Foreign Minister Jeyhun Bayramov signed the "
        "protocol in Washington on Monday. The ceremony was followed by talks between the two "
        "ministers, which were also attended by Secretary of State Antony Blinken."
    )
    (meeting,) = _of(facts(text, dt.date(2023, 6, 6)), FactClass.MEETING)
    assert _keys(meeting, "participant") == {"Q31196321", "Q16366137", "Q7821917"}
    assert _values(meeting, "date") == {"2023-06-05"}


def test_a_meeting_that_will_precede_a_ceremony_is_none() -> None:
    text = SIGNED + "The next signing will be preceded by a meeting of the four leaders."
    assert not _of(facts(text, dt.date(2023, 6, 6)), FactClass.MEETING)


# --- an organisation's heads, and people who joined a meeting ------------------------------------

CARICOM, BLINKEN = "Q205995", "Q7821917"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Secretary Blinken traveled to Port of Spain, Trinidad and Tobago, where on July 5 he "
            "met with heads of government of the Caribbean Community (CARICOM) on the margins of "
            "the CARICOM summit.",
            CARICOM,
        ),
        (
            "Secretary Blinken met with heads of government of the Caribbean Community in Port "
            "of Spain on July 5.",
            CARICOM,
        ),
    ],
)
def test_a_meeting_with_an_organisations_heads_of_government(text: str, org: str) -> None:
    meeting = _with(facts(text, dt.date(2023, 7, 6)), BLINKEN, org)
    assert _keys(meeting, "place") == {"Q39178"}
    assert _values(meeting, "date") == {"2023-07-05"}


def test_heads_of_government_who_will_meet_are_no_meeting() -> None:
    text = "President Biden will meet heads of government of the Caribbean Community next month."
    assert not _of(facts(text, dt.date(2023, 7, 6)), FactClass.MEETING)


def test_those_the_participants_were_joined_by_take_part() -> None:
    text = (
        "National Security Advisor Jake Sullivan met with Saudi Crown Prince and Prime Minister "
        "Mohammed bin Salman in Riyadh on May 7. Mr. Sullivan and the Crown Prince were joined "
        "by National Security Advisor of the UAE Sheikh Tahnoun bin Zayed Al Nahyan and National "
        "Security Advisor of India Ajit Doval. They discussed regional connectivity."
    )
    (meeting,) = _of(facts(text, dt.date(2023, 5, 8)), FactClass.MEETING)
    assert _keys(meeting, "participant") == {
        "Q16730147",
        "Q6892571",
        "Tahnoun bin Zayed Al Nahyan",
        "Ajit Doval",
    }
    assert _keys(meeting, "place") == {"Q3692"}
    assert len(meeting.evidence) == 3


def test_a_minister_who_joined_later() -> None:
    text = (
        "Foreign Minister Sergey Lavrov met Foreign Minister Wang Yi in Beijing on Monday. Lavrov "
        "and Wang were later joined by Foreign Minister of Pakistan Bilawal Bhutto Zardari."
    )
    (meeting,) = _of(facts(text, dt.date(2023, 5, 8)), FactClass.MEETING)
    assert _keys(meeting, "participant") == {"Q58217", "Q701801", "Q244338"}


def test_those_who_will_join_a_meeting_do_not_take_part() -> None:
    text = (
        "President Emmanuel Macron held talks with Chancellor Olaf Scholz in Paris on Tuesday. "
        "Macron and Scholz will be joined by Prime Minister Giorgia Meloni on Friday."
    )
    (meeting,) = _of(facts(text, dt.date(2023, 5, 8)), FactClass.MEETING)
    assert _keys(meeting, "participant") == {"Q3052772", "Q61053"}


# --- talks between armed forces and a movement ---------------------------------------------------

SAF, RSF = "Sudanese Armed Forces", "Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Saudi Arabia and the United States welcome the talks between representatives of "
            "the Sudanese Armed Forces and the Rapid Support Forces that opened in Jeddah "
            "yesterday, facilitated by Saudi Arabia and the United States.",
            "2023-05-06",
        ),
        (
            "Negotiations between the Sudanese Armed Forces and the Rapid Support Forces began "
            "in Jeddah on Saturday.",
            "2023-05-06",
        ),
    ],
)
def test_talks_between_armed_forces_and_a_movement(text: str, day: str) -> None:
    (meeting,) = _of(facts(text, dt.date(2023, 5, 7)), FactClass.MEETING)
    assert _keys(meeting, "participant") == {SAF, RSF}
    assert not any(isinstance(v, Entity) and v.qid for v in meeting.get("participant"))
    assert _values(meeting, "cameoCode") == {"046"}
    assert _keys(meeting, "place") == {"Q374365"}
    assert _values(meeting, "date") == {day}


def test_talks_of_armed_forces_to_come_are_none() -> None:
    text = (
        "Talks between the Sudanese Armed Forces and the Rapid Support Forces will open in "
        "Jeddah next week."
    )
    assert not _of(facts(text, dt.date(2023, 5, 7)), FactClass.MEETING)


# --- places the KB lacks or shares ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkish President Recep Tayyip Erdogan arrived in Russia on Monday for a working visit. "
        "Vladimir Putin and Recep Tayyip Erdogan held talks in Sochi.",
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan held talks "
        "in Sochi on Monday.",
        "Vladimir Putin received Recep Tayyip Erdogan in Sochi yesterday.",
    ],
)
def test_a_town_the_kb_lacks_is_an_unlinked_place(text: str) -> None:
    meeting = _with(facts(text, dt.date(2023, 9, 4)), "Q7747", "Q39259")
    (place,) = meeting.get("place")
    assert isinstance(place, Entity)
    assert (place.label, place.qid) == ("Sochi", None)


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin met Recep Tayyip Erdogan in English on Monday.",
        "Vladimir Putin met Recep Tayyip Erdogan in March.",
    ],
)
def test_no_town_from_a_language_or_a_month(text: str) -> None:
    meeting = _with(facts(text, dt.date(2023, 9, 4)), "Q7747", "Q39259")
    assert not meeting.get("place")


@pytest.mark.parametrize(
    "text",
    [
        "Indian Prime Minister Narendra Modi met President of Guyana Irfaan Ali in Georgetown on "
        "Tuesday.",
        "During his visit to Guyana, Narendra Modi held talks with Irfaan Ali in Georgetown.",
    ],
)
def test_a_city_name_of_several_kb_cities_is_the_one_in_the_state_named(text: str) -> None:
    meeting = _with(facts(text, dt.date(2023, 8, 29)), "Q1058", "Q64840184")
    assert _keys(meeting, "place") == {"Q10717"}


@pytest.mark.parametrize(
    "text",
    [
        "Indian Prime Minister Narendra Modi met President of Guyana Irfaan Ali in Georgetown on "
        "Tuesday after arriving from Port of Spain.",
        "Indian Prime Minister Narendra Modi arrived in Georgetown from Port of Spain on Monday "
        "and held talks with President of Guyana Irfaan Ali.",
    ],
)
def test_a_city_named_as_the_origin_is_not_the_venue(text: str) -> None:
    meeting = _with(facts(text, dt.date(2023, 8, 29)), "Q1058", "Q64840184")
    assert _keys(meeting, "place") == {"Q10717"}


def test_a_visitor_who_then_arrived_and_held_talks() -> None:
    text = (
        "Secretary Blinken met Prime Minister Keith Rowley in Port of Spain on July 5. The "
        "Secretary then arrived in Georgetown on July 6 and held talks with President of Guyana "
        "Irfaan Ali."
    )
    meeting = _with(facts(text, dt.date(2023, 7, 7)), BLINKEN, "Q64840184")
    assert _keys(meeting, "place") == {"Q10717"}
    assert _values(meeting, "date") == {"2023-07-06"}
