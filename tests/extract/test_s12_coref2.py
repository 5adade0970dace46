"""Coreference of pairs (session 12): "the two countries" is the pair that met, not states named
only as what was discussed; an unclear antecedent gives nothing; an ambiguous demonym adds no
state to the pair; "the two delegations" and "the three leaders" are those who met."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dipld.extract import mentions
from dipld.model import Fact
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 11, 28)
RUSSIA, KAZAKHSTAN, CHINA, UZB = "Q159", "Q232", "Q148", "Q265"
IRAN, ARMENIA, AZERBAIJAN, UKRAINE = "Q794", "Q399", "Q227", "Q212"
FRANCE, INDIA, USA, TURKIYE, SAUDI = "Q142", "Q668", "Q30", "Q43", "Q851"
VIETNAM, SOUTH_KOREA, LAOS = "Q881", "Q884", "Q819"
PUTIN, ALIYEV, PASHINYAN, ERDOGAN, MBS = "Q7747", "Q57371", "Q7035479", "Q39259", "Q6892571"

PUTIN_TOKAYEV = (
    "Vladimir Putin held talks in the Kremlin with President of Kazakhstan Kassym-Jomart Tokayev.\n"
)
LAVROV_IRAN = (
    "Russian Foreign Minister Sergey Lavrov held talks with Iranian Foreign Minister Hossein "
    "Amir-Abdollahian in Tehran on Thursday.\n"
)
XI_MACRON = (
    "Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing "
    "on Thursday.\n"
)
BLINKEN_JAISHANKAR = (
    "Secretary of State Antony J. Blinken met today with Indian External Affairs Minister "
    "Dr. Subrahmanyam Jaishankar in Washington.\n"
)


def _of(found: list[Fact], cls: str, role: str = "party") -> list[set[str]]:
    return [keys(f.get(role)) for f in found if f.cls.value == cls]


def _events(found: list[Fact], code: str) -> list[set[str]]:
    return [
        keys(f.get("actor"))
        for f in found
        if f.cls.value == "Event" and [str(c) for c in f.get("cameoCode")] == [code]
    ]


# ---- states named as topics do not replace the pair that met -------------------------------


@pytest.mark.parametrize(
    "topic",
    [
        "The leaders also discussed relations with China and Uzbekistan.",
        "The presidents also discussed relations with China and Uzbekistan.",
        "Tokayev also discussed relations with China and Uzbekistan.",
        "They exchanged views on the situation in Afghanistan and Syria.",
        "The two leaders touched upon the situation in Afghanistan, Syria and in Libya.",
        "The sides also discussed Afghanistan and Syria.",
        "Putin briefed Tokayev on the developments in and around Ukraine and Moldova.",
    ],
)
def test_states_discussed_are_no_pair(topic: str) -> None:
    text = PUTIN_TOKAYEV + topic + "\nThe two countries signed an agreement on space."
    assert _of(facts(text, DAY), "TreatyRelation") == [{RUSSIA, KAZAKHSTAN}]


def test_both_countries_after_topics_are_the_pair_that_met() -> None:
    text = (
        PUTIN_TOKAYEV + "Tokayev also discussed relations with China and Uzbekistan.\n"
        "Both countries are members of the Eurasian Economic Union."
    )
    assert {frozenset(m) for m in _of(facts(text, DAY), "Membership", "member")} == {
        frozenset({RUSSIA}),
        frozenset({KAZAKHSTAN}),
    }


def test_topics_without_a_pair_before_stay_the_pair() -> None:
    # nothing else to refer to: the states just named are the pair (as before)
    text = (
        "The ministers exchanged views on the situation in Armenia and Azerbaijan.\n"
        "The two countries share a border."
    )
    assert _of(facts(text, DAY), "SharedBorder") == [{ARMENIA, AZERBAIJAN}]


def test_the_same_sentence_names_its_own_pair() -> None:
    text = (
        XI_MACRON + "Turkiye recognised Azerbaijan in 1991, and the two countries established "
        "diplomatic relations in 1992."
    )
    assert _of(facts(text, DAY), "DiplomaticRelations") == [{TURKIYE, AZERBAIJAN}]


def test_without_a_meeting_the_pair_just_named_is_meant() -> None:
    text = "Kazakhstan and Uzbekistan signed a treaty in 2001.\nThe two countries share a border."
    assert _of(facts(text, DAY), "SharedBorder") == [{KAZAKHSTAN, UZB}]


# ---- an unclear antecedent gives nothing ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        # a pair discussed (between, against, hyphened) competes with the pair that met
        (
            LAVROV_IRAN + "The ministers also discussed relations between Armenia and "
            "Azerbaijan.\nThe two countries share a border.",
            "SharedBorder",
        ),
        (
            LAVROV_IRAN + "The ministers also discussed Armenia-Azerbaijan relations.\n"
            "Both countries share a border.",
            "SharedBorder",
        ),
        (
            BLINKEN_JAISHANKAR + "Secretary Blinken also raised Russia's war against Ukraine.\n"
            "The two countries signed a memorandum on science and technology cooperation.",
            "TreatyRelation",
        ),
        # a paragraph on a third pair after the meeting
        (
            XI_MACRON + "Russia and Ukraine have held no direct talks since the spring of 2022.\n"
            "The two countries established diplomatic relations in 1964.",
            "DiplomaticRelations",
        ),
        (
            XI_MACRON + "Russia and Ukraine have held no direct talks since the spring of 2022.\n"
            "The countries established diplomatic relations in 1964.",
            "DiplomaticRelations",
        ),
        (
            XI_MACRON + "Russia and Ukraine have held no direct talks since the spring of 2022.\n"
            "Two-way trade reached $10 billion in 2021.",
            "TradeFlow",
        ),
    ],
)
def test_a_pair_named_since_the_meeting_is_unclear(text: str, cls: str) -> None:
    assert _of(facts(text, DAY), cls) == []


def test_a_sentence_about_those_who_met_makes_them_the_pair_again() -> None:
    text = (
        XI_MACRON + "Russia and Ukraine have held no direct talks since the spring of 2022.\n"
        "Both leaders also called for the protection of civilians.\n"
        "The two countries established diplomatic relations in 1964."
    )
    assert _of(facts(text, DAY), "DiplomaticRelations") == [{CHINA, FRANCE}]


def test_a_new_meeting_makes_its_states_the_pair() -> None:
    text = (
        XI_MACRON + "Separately, Turkish President Tayyip Erdogan spoke with Russian President "
        "Vladimir Putin by phone on Tuesday.\nThe two countries signed a memorandum on gas."
    )
    assert _of(facts(text, DAY), "TreatyRelation") == [{TURKIYE, RUSSIA}]


def test_the_pair_that_met_after_topic_states() -> None:
    text = (
        LAVROV_IRAN + "The sides discussed the situation in Syria, Afghanistan and the South "
        "Caucasus.\nAccording to Lavrov, the two countries will sign a new comprehensive treaty."
    )
    assert _events(facts(text, DAY), "030") == [{RUSSIA, IRAN}]


# ---- an ambiguous demonym adds no state to the pair -------------------------------------------


@pytest.mark.parametrize(
    ("first", "pair"),
    [
        (
            "Vietnam's exports to South Korea rose 12 percent last year to $24.3 billion, "
            "according to Korean customs data.",
            {VIETNAM, SOUTH_KOREA},
        ),
        (
            "Korean customs data showed that South Korea's imports from Vietnam rose to $24.3 "
            "billion last year.",
            {VIETNAM, SOUTH_KOREA},
        ),
        (
            "Angola's exports to DR Congo rose to $1.2 billion last year, according to Congolese "
            "customs data.",
            {"Q916", "Q974"},
        ),
    ],
)
def test_an_ambiguous_demonym_keeps_the_pair(first: str, pair: set[str]) -> None:
    text = first + "\nTwo-way trade totalled $87.7 billion in 2022."
    totals = [
        keys(f.get("party"))
        for f in facts(text, DAY)
        if f.cls.value == "TradeFlow" and f.get("party")
    ]
    assert totals == [pair]


def test_an_ambiguous_demonym_with_one_state_is_no_pair() -> None:
    text = (
        "Vietnam and South Korea signed a trade pact in 2015.\n"
        "Korean customs data showed a rise in exports to Vietnam.\n"
        "The two countries signed a memorandum on customs."
    )
    assert _of(facts(text, DAY), "TreatyRelation")[-1] == {VIETNAM, SOUTH_KOREA}


# ---- the delegations, the three leaders ------------------------------------------------------


def test_the_two_delegations_are_the_states_that_met() -> None:
    text = (
        "The delegations of Vietnam and Laos held talks in Hanoi on January 9.\n"
        "The two delegations signed an agreement on cooperation in education."
    )
    found = facts(text, DAY)
    assert _of(found, "TreatyRelation") == [{VIETNAM, LAOS}]
    assert _events(found, "057") == [{VIETNAM, LAOS}]


def test_both_delegations_are_the_states_of_the_people_who_met() -> None:
    text = (
        BLINKEN_JAISHANKAR + "Both delegations expressed interest in expanding contacts between "
        "their business communities."
    )
    assert _events(facts(text, DAY), "036") == [{USA, INDIA}]


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations signed an agreement on fisheries.",
        "Kazakhstan and Uzbekistan signed a treaty in 2001.\n"
        "The two delegations signed an agreement on water use.",
    ],
)
def test_the_two_delegations_without_a_meeting_are_nobody(text: str) -> None:
    found = facts(text, DAY)
    assert _events(found, "057") == []
    assert _of(found, "TreatyRelation") in ([], [{KAZAKHSTAN, UZB}])


def test_they_after_the_delegations_read_no_comment_as_an_act() -> None:
    # "They" are the two states, rightly; what they highlighted and commended is no act
    text = (
        "The United States and the UAE held an economic dialogue on June 8.\n"
        "The two delegations confirmed that the economic relationship remains close.\n"
        "They highlighted a number of achievements with respect to cooperation on economic "
        "development and women's economic empowerment.\n"
        "They also commended the historic signing of the Abraham Accords in September 2020."
    )
    found = facts(text, dt.date(2021, 6, 9))
    assert [f for f in found if f.cls.value == "Event"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The United States and the UAE highlighted a number of achievements with respect to "
        "cooperation on economic development.",
        "Japan and India noted the progress in cooperation on clean energy.",
        "The United States commended the historic signing of the Abraham Accords in September "
        "2020.",
    ],
)
def test_achievements_and_background_outcomes_are_no_acts(text: str) -> None:
    assert [f for f in facts(text, dt.date(2021, 6, 9)) if f.cls.value == "Event"] == []


def test_praise_of_a_recent_outcome_is_still_support() -> None:
    text = "The ministers of Japan and India welcomed the signing of the agreement in May."
    assert _events(facts(text, dt.date(2021, 6, 9)), "051") == [{"Q17", INDIA}]


def test_the_three_leaders_are_the_three_who_met() -> None:
    text = (
        "Vladimir Putin, President of Azerbaijan Ilham Aliyev and Prime Minister of Armenia Nikol "
        "Pashinyan held a trilateral meeting in Sochi.\n"
        "The three leaders discussed the implementation of the trilateral statements.\n"
        "Following the meeting, they adopted a joint statement."
    )
    assert _events(facts(text, DAY), "057") == [{PUTIN, ALIYEV, PASHINYAN}]


def test_the_three_leaders_after_two_met_are_nobody() -> None:
    text = PUTIN_TOKAYEV + "The three leaders signed a joint statement."
    assert _events(facts(text, DAY), "057") == []


def test_the_two_leaders_are_those_who_met_last() -> None:
    text = (
        "Turkish President Tayyip Erdogan hosted Saudi Crown Prince Mohammed bin Salman in "
        "Ankara on Wednesday.\n"
        "Separately, Erdogan spoke with Russian President Vladimir Putin by phone on Tuesday.\n"
        "The two leaders agreed to meet in Tehran next month."
    )
    found = facts(text, DAY)
    assert _events(found, "036") == [{ERDOGAN, PUTIN}]
    # the host's guest under an heir's style: a meeting
    assert {ERDOGAN, MBS} in _of(found, "Meeting", "participant")


# ---- "the minister" of two ministers -----------------------------------------------------


WANG_LAVROV = (
    "Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Bali on "
    "Thursday.\n"
)


def test_the_minister_of_two_is_unclear() -> None:
    text = (
        WANG_LAVROV + "The two ministers discussed the situation in Ukraine.\n"
        "The minister thanked Indonesia for hosting the meeting."
    )
    assert _events(facts(text, DAY), "051") == []


def test_the_minister_is_the_subject_of_the_sentence_before() -> None:
    text = (
        WANG_LAVROV + "Lavrov briefed Wang on the situation in Ukraine.\n"
        "The minister thanked Indonesia for hosting the meeting."
    )
    assert _events(facts(text, DAY), "051") == [{"Q58217"}]


# ---- pre-checks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("regex", "keys_", "phrase"),
    [
        (mentions._GROUP, mentions._GROUP_KEYS, "The two delegations agreed"),
        (mentions._PERSON_GROUP, mentions._PERSON_GROUP_KEYS, "The three leaders agreed"),
        (mentions._PERSON_GROUP, mentions._PERSON_GROUP_KEYS, "the four foreign ministers met"),
    ],
)
def test_new_group_phrases_pass_their_precheck(
    regex: re.Pattern[str], keys_: tuple[str, ...], phrase: str
) -> None:
    assert regex.search(phrase)
    assert list(mentions._scan(regex, keys_, phrase, phrase.lower()))


TOPIC_CUES = [
    "discussed ",
    "discussed the situation in ",
    "discussed bilateral relations with ",
    "raised the crisis in ",
    "touched upon the situation in and around ",
    "exchanged views on ",
    "an exchange of opinions regarding the conflict in ",
    "talked about ",
    "focused on the war in ",
    "the situation in the ",
    "developments around ",
    "hostilities in ",
]


@pytest.mark.parametrize("cue", TOPIC_CUES)
def test_every_topic_cue_has_a_gate_word(cue: str) -> None:
    assert mentions._TOPIC_BEFORE.search(cue), cue
    assert any(w in cue.lower() for w in mentions._TOPIC_WORDS), cue


def test_the_topic_cue_cannot_match_without_its_gate_words() -> None:
    pattern = mentions._TOPIC_BEFORE.pattern
    for word in mentions._TOPIC_WORDS:
        pattern = pattern.replace(word, "\x00")
    blanked = re.compile(pattern)
    for cue in TOPIC_CUES:
        assert not blanked.search(cue), cue
