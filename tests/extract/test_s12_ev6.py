"""Aid named by a noun, sanctions on a state's goods or people named by its adjective, attacks
that are only remembered, meetings not written as "met", and attacks told again by their noun
(session 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity, Fact, TimeValue
from tests.extract.test_patterns import facts

DAY = dt.date(2023, 11, 24)
US, UKRAINE, RUSSIA, CHINA, IRAN, BELARUS = "Q30", "Q212", "Q159", "Q148", "Q794", "Q184"
GERMANY, CANADA, INDIA, JAPAN, UK, POLAND = "Q183", "Q16", "Q668", "Q17", "Q145", "Q36"
BLINKEN, KULEBA = "Q7821917", "Q24025631"
PUTIN, ERDOGAN, XI, WANG_YI, LAVROV = "Q7747", "Q39259", "Q15031", "Q701801", "Q58217"


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _dates(fact: Fact) -> list[str]:
    return [v.lexical for v in fact.get("date") if isinstance(v, TimeValue)]


def _events(text: str, kind: str, date: dt.date = DAY) -> list[Fact]:
    return [
        f
        for f in facts(text, date)
        if f.cls.value == "Event" and [str(t) for t in f.get("eventType")] == [kind]
    ]


def _meetings(text: str, date: dt.date = DAY) -> list[Fact]:
    return [f for f in facts(text, date) if f.cls.value == "Meeting"]


# 1. aid named by a noun


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "amount", "code"),
    [
        # a package "of" aid, its kind after it
        (
            "Germany on Tuesday announced a 1.3 billion euro package of air defence aid for "
            "Ukraine.",
            GERMANY,
            UKRAINE,
            "1300000000",
            "072",
        ),
        (
            "Canada unveiled a $400 million package of military equipment for Ukraine.",
            CANADA,
            UKRAINE,
            "400000000",
            "072",
        ),
        (
            "Japan announced a $50 million package of emergency medical aid for Ukraine.",
            JAPAN,
            UKRAINE,
            "50000000",
            "073",
        ),
        # a relative clause without "that": the giver after the noun, the sum before it
        (
            "Kuleba welcomed the $300 million weapons package for Ukraine the United States "
            "approved in October.",
            US,
            UKRAINE,
            "300000000",
            "072",
        ),
        (
            "Austin noted the $2 billion package of military aid for Ukraine that Washington "
            "unveiled on Friday.",
            US,
            UKRAINE,
            "2000000000",
            "072",
        ),
    ],
)
def test_aid_named_by_a_package_or_a_relative_clause(
    text: str, actor: str, recipient: str, amount: str, code: str
) -> None:
    (aid,) = _events(text, "AID")
    assert _keys(aid, "actor") == {actor}
    assert _keys(aid, "recipient") == {recipient}
    assert [str(a) for a in aid.get("amount")] == [amount]
    assert [str(c) for c in aid.get("cameoCode")] == [code]


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "code"),
    [
        # the giver's possessive, the receiver after "to" (its people, its refugees)
        (
            "Wang Yi spoke of China's food aid to the people of Syria.",
            CHINA,
            "Q858",
            "073",
        ),
        (
            "President Duda expressed his appreciation for Germany's support to Ukrainian "
            "refugees.",
            GERMANY,
            UKRAINE,
            "073",
        ),
        (
            "Kuleba thanked Japan for its economic assistance to Ukraine.",
            JAPAN,
            UKRAINE,
            "071",
        ),
        # "to the people of" a state after a verb of giving
        (
            "China sent humanitarian aid to the people of Iran.",
            CHINA,
            IRAN,
            "073",
        ),
        # a capital standing for its government
        (
            "Moscow has already delivered Tor-M2 air defence systems to Minsk.",
            RUSSIA,
            BELARUS,
            "072",
        ),
    ],
)
def test_aid_of_a_giver_to_a_people_or_capital(
    text: str, actor: str, recipient: str, code: str
) -> None:
    aid = [f for f in _events(text, "AID") if _keys(f, "actor") == {actor}]
    assert len(aid) == 1, aid
    assert _keys(aid[0], "recipient") == {recipient}
    assert [str(c) for c in aid[0].get("cameoCode")] == [code]
    assert not aid[0].get("date")  # (a possessive names aid given, not the day of it)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed Japan's assistance to Ukraine.",
        "Japan's planned assistance to Ukraine was on the agenda.",
        "Kyiv asked for Germany's help to Ukrainian refugees.",
        "China's support for Russia worries Washington.",
        "Romania's support for Ukraine's sovereignty is unwavering.",
        "The $1 billion package the United States has not yet approved would include tanks.",
        "Norway said it would consider a new package of assistance for Moldova next year.",
    ],
)
def test_no_aid_from_talk_plans_or_political_support(text: str) -> None:
    assert _events(text, "AID") == []


def test_aid_given_by_a_verb_is_not_counted_twice_by_its_possessive() -> None:
    found = _events(
        "The Secretary announced $45 million in additional American humanitarian assistance "
        "for Ukraine.",
        "AID",
    )
    assert len(found) == 1 and [str(a) for a in found[0].get("amount")] == ["45000000"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia will send two more S-400 batteries to Belarus by the end of the year.",
        "Moscow will hand over Pantsir missile systems to Belarus in July.",
    ],
)
def test_weapons_to_be_transferred_are_a_promise_of_aid(text: str) -> None:
    (promise,) = _events(text, "AGREE", dt.date(2023, 6, 9))
    assert [str(c) for c in promise.get("cameoCode")] == ["033"]
    assert promise.status.value == "future"
    assert _keys(promise, "recipient") == {BELARUS}
    assert _events(text, "AID", dt.date(2023, 6, 9)) == []


# 2. sanctions on what a state's adjective names


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Ottawa raised duties on more than 60 Chinese steel products.", CANADA, CHINA),
        ("Canada imposed sanctions against dozens of Russian oil tankers.", CANADA, RUSSIA),
        ("Lithuania banned Chinese surveillance cameras.", "Q37", CHINA),
        ("Britain banned Russian diamonds and copper from its market.", UK, RUSSIA),
        ("India banned the import of Chinese apps.", INDIA, CHINA),
        ("The United States designated Iranian oil brokers on Thursday.", US, IRAN),
        ("Japan designated three Iranian officials.", JAPAN, IRAN),
    ],
)
def test_the_state_an_adjective_names_is_the_one_sanctioned(
    text: str, actor: str, target: str
) -> None:
    found = _events(text, "SANCTION")
    assert len(found) == 1, found
    assert _keys(found[0], "actor") == {actor}
    assert _keys(found[0], "recipient") == {target}


@pytest.mark.parametrize(
    "text",
    [
        "Canada has not banned Chinese electric vehicles.",
        "Moscow banned the Georgian Orthodox Church.",
        "The club banned Russian journalists from the stadium.",
        "The EU imposed sanctions on three Mexican cartel leaders.",
        "Germany banned public displays of the letter Z.",
        "The United States designated Hamas as a terrorist organization.",
    ],
)
def test_no_sanction_of_a_state_its_adjective_does_not_name(text: str) -> None:
    assert all(not f.get("recipient") for f in _events(text, "SANCTION"))


# 3. attacks remembered, or named as the setting of another act


@pytest.mark.parametrize(
    "text",
    [
        "Poland marked the second anniversary of Russia's invasion of Ukraine with new aid.",
        "The European Union adopted new sanctions timed to the first anniversary of Moscow's "
        "invasion of Ukraine.",
        "Britain announced export bans on Russia on the third anniversary of the invasion of "
        "Ukraine.",
        "Canada held a ceremony marking one year since Russia invaded Ukraine.",
        "Poland commemorated the victims of the Soviet invasion of Poland.",
        "The summit took place a year after Russia's full-scale invasion of Ukraine.",
        "Today marks two years since Russia launched its full-scale invasion of Ukraine.",
        "Japan imposed sanctions over Russia's invasion of Ukraine.",
        "On regional security, aside from the Russian invasion of Ukraine, the ministers "
        "discussed the Balkans.",
    ],
)
def test_a_remembered_attack_is_no_new_one_and_never_the_subjects(text: str) -> None:
    assert _events(text, "ASSAULT", dt.date(2024, 2, 24)) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Moscow launched its full-scale invasion of Ukraine on February 24, 2022.", RUSSIA),
        ("Russia's missile attacks on Kyiv killed 10 people.", RUSSIA),
        ("Relations have worsened since Russia invaded Ukraine in 2022.", RUSSIA),
        ("Russian air raids on Kharkiv killed 20 people on Tuesday.", RUSSIA),
    ],
)
def test_an_attack_named_by_its_owner_stays(text: str, actor: str) -> None:
    found = _events(text, "ASSAULT", dt.date(2024, 2, 24))
    assert len(found) == 1 and _keys(found[0], "actor") == {actor}


# 4. meetings not written as "met"


@pytest.mark.parametrize(
    ("text", "participants", "place"),
    [
        (
            "Blinken and Foreign Minister Ilia Darchiashvili convened the U.S.-Georgia Strategic "
            "Partnership Commission in Tbilisi today.",
            {BLINKEN, "Q111487495"},
            "Q994",
        ),
        (
            "Blinken and Kuleba co-chaired the U.S.-Ukraine Strategic Dialogue in Kyiv today.",
            {BLINKEN, KULEBA},
            "Q1899",
        ),
    ],
)
def test_a_commission_or_dialogue_convened_is_a_meeting(
    text: str, participants: set[str], place: str
) -> None:
    (meeting,) = _meetings(text)
    assert _keys(meeting, "participant") == participants
    assert _keys(meeting, "place") == {place}
    assert _dates(meeting) == [str(DAY)]


def test_a_commission_to_be_convened_is_no_meeting() -> None:
    assert _meetings("Blinken and Kuleba will convene the Strategic Partnership Commission.") == []


def test_earlier_talks_recalled_by_their_places_are_one_meeting_each() -> None:
    found = _meetings(
        "Vladimir Putin had a telephone conversation with President Recep Tayyip Erdogan. "
        "The presidents discussed the agreements reached during their talks in Tehran on "
        "July 19 and in Samarkand on September 16.",
        dt.date(2022, 11, 18),
    )
    past = {(next(iter(_keys(f, "place"))), *_dates(f)) for f in found if f.get("place")}
    assert past == {("Q3616", "2022-07-19"), ("Q5753", "2022-09-16")}
    assert all(_keys(f, "participant") == {PUTIN, ERDOGAN} for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov and Wang Yi will build on their talks in Beijing in a meeting next month.",
        "Lavrov and Wang Yi did not mention their talks in Beijing.",
        "Lavrov said their next talks in Beijing would be in May.",
    ],
)
def test_no_earlier_talks_from_plans_or_negations(text: str) -> None:
    assert [f for f in _meetings(text, dt.date(2023, 4, 18)) if f.get("place")] == []


def test_the_people_met_are_those_named_after_what_they_are() -> None:
    (meeting,) = _meetings(
        "Wang Yi met in Beijing on Monday with the foreign ministers of two Central Asian states, "
        "Kazakhstan's Murat Nurtleu and Uzbekistan's Bakhtiyor Saidov.",
        dt.date(2023, 9, 22),
    )
    assert _keys(meeting, "participant") == {WANG_YI, "Q66648657", "Q109656595"}
    assert _keys(meeting, "place") == {"Q956"}


def test_a_state_visit_and_its_talks_are_one_meeting() -> None:
    found = _meetings(
        "President of the People's Republic of China Xi Jinping is in Moscow on a state visit. "
        "Vladimir Putin and Xi Jinping held talks in the Kremlin, first in a restricted format "
        "and then with the two countries' delegations.",
        dt.date(2023, 3, 21),
    )
    assert len(found) == 1, found
    assert _keys(found[0], "participant") == {PUTIN, XI}
    assert [str(c) for c in found[0].get("cameoCode")] == ["042"]
    assert _keys(found[0], "place") == {"Q649"}
    assert len(found[0].evidence) == 2


def test_a_visit_and_a_call_on_another_leader_stay_apart() -> None:
    found = _meetings(
        "Lavrov is in Beijing on an official visit. Lavrov and Wang Yi held talks. "
        "Lavrov and Vice President Han Zheng met separately on Tuesday.",
        dt.date(2023, 3, 21),
    )
    assert any(_keys(f, "participant") == {LAVROV, WANG_YI} for f in found)
    assert not any({LAVROV, WANG_YI, "Q148"} <= _keys(f, "participant") for f in found)


# 5. an attack told again by its noun


def test_an_attack_told_again_by_its_noun_is_the_same_act() -> None:
    found = _events(
        "Russia fired more than 120 missiles and dozens of drones at cities across Ukraine on "
        "Friday. The strikes, which began before dawn, killed at least 30 civilians.",
        "ASSAULT",
        dt.date(2023, 12, 29),
    )
    assert len(found) == 1
    assert (_keys(found[0], "actor"), _keys(found[0], "recipient")) == ({RUSSIA}, {UKRAINE})
    assert len(found[0].evidence) == 2


def test_an_attack_told_without_its_target_takes_it_from_the_next_sentence() -> None:
    (attack,) = _events(
        "Russia launched 40 drones overnight. The attacks damaged power lines in Kyiv.",
        "ASSAULT",
        dt.date(2023, 12, 29),
    )
    assert (_keys(attack, "actor"), _keys(attack, "recipient")) == ({RUSSIA}, {UKRAINE})


@pytest.mark.parametrize(
    "text",
    [
        # no attack before
        "Russia said it had recalled its ambassador. The attacks damaged power lines in Kyiv.",
        # an attack not told by anyone named before
        "Officials met in Kyiv. The strikes killed 10 people in Kyiv.",
        # the attack before was denied
        "Russia did not launch drones overnight. The attacks damaged power lines in Kyiv.",
    ],
)
def test_no_attack_from_a_noun_without_one_told_before(text: str) -> None:
    assert _events(text, "ASSAULT", dt.date(2023, 12, 29)) == []


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Two years into Russia's full-scale invasion of Ukraine, the United States imposed "
            "new sanctions on Russia.",
            US,
            RUSSIA,
        ),
        (
            "Marking the anniversary of Russia's invasion of Ukraine, Canada sanctioned 20 "
            "Russian banks.",
            CANADA,
            RUSSIA,
        ),
    ],
)
def test_a_time_counted_from_an_attack_opens_the_sentence(
    text: str, actor: str, target: str
) -> None:
    (sanction,) = _events(text, "SANCTION", dt.date(2024, 2, 24))
    assert (_keys(sanction, "actor"), _keys(sanction, "recipient")) == ({actor}, {target})
    assert _events(text, "ASSAULT", dt.date(2024, 2, 24)) == []
