"""Event quality on unseen news text (session 11): appeals to "both sides" by someone outside a
meeting, visits that are only the object of a reaction, closures and blockades (COERCE 191),
alerts and combat readiness (MOBILIZE 152), ambassadors recalled from a capital, refusals to let
a party act (REJECT), and visits dated between their place and their purpose."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dipld.extract import triggers
from dipld.model import Entity, Fact, TimeValue
from tests.extract.test_event_prechecks import CLOSURES_ALERTS_REFUSALS
from tests.extract.test_patterns import facts

FRIDAY = dt.date(2023, 6, 16)


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _events(text: str) -> list[tuple[str, str, set[str], set[str]]]:
    return [
        (
            str(f.get("eventType")[0]),
            str(f.get("cameoCode")[0]),
            _keys(f, "actor"),
            _keys(f, "recipient"),
        )
        for f in facts(text, FRIDAY)
        if f.cls.value == "Event"
    ]


def _meetings(text: str) -> list[tuple[set[str], list[str]]]:
    return [
        (_keys(f, "participant"), [v.lexical for v in f.get("date") if isinstance(v, TimeValue)])
        for f in facts(text, FRIDAY)
        if f.cls.value == "Meeting"
    ]


def _requests(text: str) -> list[tuple[set[str], set[str]]]:
    return [(a, r) for t, _, a, r in _events(text) if t == "REQUEST"]


RUSSIA, ARMENIA, AZERBAIJAN, CHINA, INDIA, UN = "Q159", "Q399", "Q227", "Q148", "Q668", "Q1065"
TAIWAN, US, JAPAN, UKRAINE, TURKEY, ISRAEL = "Q865", "Q30", "Q17", "Q212", "Q43", "Q801"
SERBIA, QATAR, SAUDI, POLAND, BELARUS = "Q403", "Q846", "Q851", "Q36", "Q184"
GUTERRES, ERDOGAN, PUTIN = "Q311440", "Q39259", "Q7747"


# ---- "both sides": the pair the phrase stands for, not two others who merely met -----------


@pytest.mark.parametrize(
    "text",
    [
        # two people met; a third, in no conflict the article reports, appeals to "both sides"
        "Brazil's President Luiz Inacio Lula da Silva met Pope Francis. The UN Secretary-General, "
        "António Guterres, called on both sides to show restraint.",
        "President Vladimir Putin met President Recep Tayyip Erdogan in Sochi on Monday. "
        "UN Secretary-General António Guterres urged the two sides to show restraint.",
        # two states met
        "The foreign ministers of Armenia and Azerbaijan met in Brussels on Monday. The European "
        "Union called on the two sides to sign a peace treaty.",
        "Chinese Foreign Minister Qin Gang held talks with Indian Foreign Minister Subrahmanyam "
        "Jaishankar in Goa. The United States urged both parties to keep talking.",
    ],
)
def test_an_appeal_to_both_sides_of_a_meeting_by_an_outsider_has_no_recipient(
    text: str,
) -> None:
    assert _requests(text) == []


@pytest.mark.parametrize(
    ("text", "actor", "recipients"),
    [
        # a conflict the article reports (a hostile act between two states)
        (
            "Azerbaijan accused Armenia of shelling its positions on Tuesday. Russia urged both "
            "sides to stop the bloodshed.",
            RUSSIA,
            {ARMENIA, AZERBAIJAN},
        ),
        # a pair named by a sentence of fighting, no meeting
        (
            "Fighting broke out between Armenia and Azerbaijan on Tuesday. Russia urged both "
            "sides to stop the bloodshed.",
            RUSSIA,
            {ARMENIA, AZERBAIJAN},
        ),
        # the two who met are in a conflict the article reports
        (
            "China accused India of provoking and attacking Chinese troops. Military officers of "
            "China and India met on Tuesday. The United Nations urged both sides to exercise "
            "maximum restraint.",
            UN,
            {CHINA, INDIA},
        ),
    ],
)
def test_an_appeal_to_both_sides_of_a_conflict_reaches_them(
    text: str, actor: str, recipients: set[str]
) -> None:
    assert ({actor}, recipients) in _requests(text)


def test_one_of_the_two_who_met_appealing_to_both_sides_reaches_the_other() -> None:
    text = (
        "President Vladimir Putin met President Recep Tayyip Erdogan in Sochi. Putin called on "
        "both sides to show restraint."
    )
    # (session 13: "the sides" are the states, ANNOTATION.md §6; the other side is Türkiye)
    assert _requests(text) == [({PUTIN}, {"Q43"})]


# ---- a visit that is the object of someone else's reaction is no meeting --------------------


@pytest.mark.parametrize(
    "text",
    [
        "China condemned the visit of the Taiwanese president to the United States.",
        "Beijing protested strongly over Nancy Pelosi's visit to Taiwan.",
        "The European Union welcomed the visit of the Chinese foreign minister to Ukraine.",
        "Russia criticised the recent visit of the Japanese prime minister to Ukraine.",
        "China summoned the Japanese ambassador over the visit of the Taiwanese president to "
        "Japan.",
        "Moscow condemned in the strongest terms the visit of the Polish president to Ukraine.",
    ],
)
def test_a_visit_only_reacted_to_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The visit of Prime Minister Narendra Modi to Russia is scheduled for July.",
        "The visit of Prime Minister Narendra Modi to Russia was postponed.",
        "The planned visit of Prime Minister Narendra Modi to Russia will take place in July.",
        "A visit of Prime Minister Narendra Modi to Russia is possible next year.",
    ],
)
def test_a_visit_to_come_opening_a_sentence_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        # the visit as the news
        (
            "The official visit of French President Emmanuel Macron to China took place on Monday.",
            {"Q3052772", CHINA},
        ),
        # what the visit was for is no reaction to it
        (
            "The main objective of the visit of Prime Minister Narendra Modi to Russia was to "
            "sign five agreements.",
            {"Q1058", RUSSIA},
        ),
        (
            "During the visit of Prime Minister Narendra Modi to Russia, the two sides signed "
            "five agreements.",
            {"Q1058", RUSSIA},
        ),
        # the host's own welcome of its guest's visit is the meeting
        (
            "Japanese Foreign Minister Yoshimasa Hayashi welcomed Secretary Enrique Manalo's "
            "visit to Japan.",
            {"Q28925129", JAPAN},
        ),
    ],
)
def test_a_visit_that_is_the_news_is_a_meeting(text: str, participants: set[str]) -> None:
    assert [p for p, _ in _meetings(text)] == [participants]


# ---- closures and blockades ---------------------------------------------------------------
# (session 22: a border, crossing or airspace shut against a state is a SANCTION 163, as gold
# sets of six writers code it, and only with that state; a blockade, or a corridor or strait
# shut, is CAMEO 191, which ANNOTATION.md §5 maps to ASSAULT)


@pytest.mark.parametrize(
    ("text", "kind", "code", "actor", "recipients"),
    [
        ("Azerbaijan closed the Lachin corridor.", "ASSAULT", "191", AZERBAIJAN, set()),
        (
            "Azerbaijani forces closed the Lachin corridor on Monday.",
            "ASSAULT",
            "191",
            AZERBAIJAN,
            set(),
        ),
        ("Poland closed its border with Belarus.", "SANCTION", "163", POLAND, {BELARUS}),
        (
            "Poland has closed the main border crossing with Belarus.",
            "SANCTION",
            "163",
            POLAND,
            {BELARUS},
        ),
        ("Ukraine closed its airspace to Russian aircraft.", "SANCTION", "163", UKRAINE, {RUSSIA}),
        ("Turkey shut the Bosphorus Strait to warships.", "ASSAULT", "191", TURKEY, set()),
        # (the place struck stands for its state, as with other attacks on Gaza)
        ("Israel imposed a blockade on Gaza.", "ASSAULT", "191", ISRAEL, {"Q219060"}),
        ("Saudi Arabia imposed a blockade on Qatar.", "ASSAULT", "191", SAUDI, {QATAR}),
    ],
)
def test_a_closure_or_blockade(
    text: str, kind: str, code: str, actor: str, recipients: set[str]
) -> None:
    assert (kind, code, {actor}, recipients) in _events(text)


def test_a_crossing_shut_against_no_state_is_no_sanction() -> None:
    assert not [e for e in _events("Israel sealed off the Rafah crossing.") if e[0] == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan threatened to close the Lachin corridor.",
        "Azerbaijan will close the Lachin corridor.",
        "Poland did not close its border with Belarus.",
        "Poland could close its border with Belarus.",
        "If Belarus sends more migrants, Poland closed border crossings would follow.",
        "Poland reopened the border with Belarus.",
        "Poland closed the deal with the United States on Monday.",
        "The summit closed the session on the border with a statement.",
        "Japan closed the gap with China.",
        "Poland closed schools near the border with Belarus.",
        "Poland closed the deal on the border with Belarus.",
    ],
)
def test_no_closure_that_did_not_happen(text: str) -> None:
    assert [e for e in _events(text) if e[1] == "191" or e[0] == "SANCTION"] == []


# ---- MOBILIZE 152: alerts and combat readiness -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Serbia put its army on the highest state of alert.", SERBIA),
        ("Serbia placed its troops on the highest level of combat alert on Friday.", SERBIA),
        ("Russia raised the combat readiness of its troops.", RUSSIA),
        ("Belarus increased the level of combat readiness of its forces.", BELARUS),
        ("China raised its alert level.", CHINA),
        ("Serbia put its army on full combat readiness.", SERBIA),
    ],
)
def test_an_alert_is_mobilize_152(text: str, actor: str) -> None:
    assert ("MOBILIZE", "152", {actor}, set()) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Serbia will put its army on the highest state of alert.",
        "Serbia threatened to put its army on the highest state of alert.",
        "Serbia did not raise the combat readiness of its troops.",
        "Serbia could raise the combat readiness of its troops.",
        "Serbia raised the readiness of its economy to reforms.",
        "Serbia raised the issue of readiness with the EU.",
    ],
)
def test_no_alert_that_did_not_happen(text: str) -> None:
    assert [e for e in _events(text) if e[0] == "MOBILIZE"] == []


# ---- SANCTION 161: an ambassador recalled from a capital -------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Armenia recalled its ambassador from Moscow.", ARMENIA, RUSSIA),
        ("Poland recalled its ambassador in Minsk for consultations.", POLAND, BELARUS),
        ("Israel recalled its ambassador from Ankara on Monday.", ISRAEL, TURKEY),
        ("Japan recalled its ambassador to China.", JAPAN, CHINA),
    ],
)
def test_an_ambassador_recalled_from_a_capital_is_a_sanction_on_its_state(
    text: str, actor: str, recipient: str
) -> None:
    assert ("SANCTION", "161", {actor}, {recipient}) in _events(text)


def test_an_ambassador_recalled_for_consultations_names_no_one() -> None:
    assert _events("Armenia recalled its ambassador for consultations.") == [
        ("SANCTION", "161", {ARMENIA}, set())
    ]


# ---- REJECT: a refusal to let a party act -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "actor", "recipient"),
    [
        (
            "Turkey refused to allow American troops to use its territory.",
            "1212",
            TURKEY,
            US,
        ),
        (
            "Turkey declined to let the United States use its airspace for the strikes.",
            "1212",
            TURKEY,
            US,
        ),
        ("Hungary refused to allow Ukraine to open accession talks.", "120", "Q28", UKRAINE),
    ],
)
def test_a_refusal_to_let_a_party_act_is_reject(
    text: str, code: str, actor: str, recipient: str
) -> None:
    assert ("REJECT", code, {actor}, {recipient}) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey refused to allow aid deliveries through its territory.",
        "Turkey has not refused to allow American troops to use its territory.",
        "Turkey would refuse to allow American troops to use its territory.",
        "Turkey will refuse to allow American troops to use its territory.",
        "Turkey allowed American troops to use its territory.",
    ],
)
def test_no_refusal_that_did_not_happen(text: str) -> None:
    assert [e for e in _events(text) if e[0] == "REJECT"] == []


# ---- visits dated between their place and their purpose --------------------------------------


@pytest.mark.parametrize(
    ("text", "participants", "date"),
    [
        (
            "Chinese Foreign Minister Wang Yi was in Bagan in March for talks with Foreign "
            "Minister Than Swe.",
            {"Q701801", "Than Swe"},
            "2023-03",
        ),
        (
            "Ukrainian Foreign Minister Dmytro Kuleba was in Washington last week for talks with "
            "Secretary of State Antony Blinken.",
            {"Q24025631", "Q7821917"},
            "2023-06",
        ),
        (
            "Indian Foreign Minister Subrahmanyam Jaishankar travelled to Beijing in early March "
            "for talks with Wang Yi.",
            {"Q16186720", "Q701801"},
            "2023-03",
        ),
        (
            "Russian Foreign Minister Sergey Lavrov visited Bagan on 3 May for talks with Foreign "
            "Minister Than Swe.",
            {"Q58217", "Than Swe"},
            "2023-05-03",
        ),
        (
            "Russian Foreign Minister Sergey Lavrov was in Bagan, Myanmar, in March 2023 for "
            "consultations with Foreign Minister Than Swe.",
            {"Q58217", "Than Swe"},
            "2023-03",
        ),
    ],
)
def test_a_visit_dated_before_its_purpose_meets_the_one_met(
    text: str, participants: set[str], date: str
) -> None:
    assert (participants, [date]) in _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        # a visit to come
        "Chinese Foreign Minister Wang Yi will be in Bagan in March for talks with Foreign "
        "Minister Than Swe.",
        # no one met named
        "Chinese Foreign Minister Wang Yi was in Bagan in March for a holiday.",
    ],
)
def test_no_dated_visit_without_the_one_met(text: str) -> None:
    assert _meetings(text) == []


# ---- the word lists before the new patterns ---------------------------------------------------

# the phrases each new trigger reads pass its pre-check in test_event_prechecks.py


@pytest.mark.parametrize(
    ("first", "needed"),
    [
        (
            "closed",
            (
                "corridor",
                "borders?",
                "border",
                "crossings?",
                "checkpoints?",
                "airspace",
                "straits?",
            ),
        ),
        ("refused", ("allow", "let", "permit", "authori[sz]e")),
        ("raised", ("alert", "readiness")),
    ],
)
def test_the_new_triggers_cannot_match_without_their_needed_words(
    first: str, needed: tuple[str, ...]
) -> None:
    for trigger in triggers.TRIGGERS:
        if trigger.needs is None or first not in (trigger.words or ()):
            continue
        if not {w.replace("?", "").replace("[sz]", "s") for w in needed} & trigger.needs:
            continue
        pattern = trigger.pattern.pattern
        for word in sorted(needed, key=len, reverse=True):
            pattern = pattern.replace(word, "(?!)")
        blank = re.compile(pattern, re.IGNORECASE)
        for phrase in CLOSURES_ALERTS_REFUSALS:
            assert blank.search(phrase) is None, (phrase, trigger.pattern.pattern[:60])
