# ruff: noqa: E501  (a table of sentences)
"""Gatherings: who met whom at summits, hosted meetings and sideline talks (session 29, round 2).

A battery of 44 sentences written for this round before the extractor ran
(``/tmp/s29/b-gatherings-work/battery.txt``, kept out of the repository with the facts
ANNOTATION.md expects beside each; none from a gold set): wire stories and readouts from East and
West Africa, the Gulf and the Levant, South-East Asia, South America, Europe and the Pacific;
hosted meetings of unnamed ministers beside named ones, meetings singled out of a group,
summits chaired, summits as the actors of decisions, readmissions, sideline talks; plans,
postponements, cancellations, observers, negations. At 96b2c01 (main) the battery gave 1 wrong
fact of this family (and one wrong date of another, left) and missed 15; after: 0 wrong facts
and 5 misses (below). The rule dump (1,263 articles) is unchanged: these forms are new to it. Fixed (paraphrases below, positives and negatives):

Wrong facts:

1. "The EU and the AU held their summit in Brussels" (and "Japan and Vietnam held their talks in
   Hanoi") gave the meeting twice: once as the sentence's own, once as an earlier meeting
   recalled ("their talks in Sochi on August 5", ``events._past_talks``). "held their summit
   in" is the sentence's own meeting only (``events._HELD_THEIR``).

Misses of general structures:

2. Unnamed officials of states beside named people at a hosted meeting: "hosted a meeting in
   Amman of the foreign ministers of Egypt and Qatar, and US Secretary of State Blinken" gave
   the host and Blinken only; the states of the officials the list names by their title are
   participants too (ANNOTATION.md §6; ``events._unnamed_officials``), not the state of a person
   named. "a meeting in Cairo on Thursday of the foreign ministers of ..." (a time before "of")
   is read too.
3. "received the prime ministers of Belgium and the Netherlands", "hosted a meeting with the
   ambassadors of Germany, France and Italy", "held a trilateral meeting with the presidents of
   Lithuania and Latvia": prime ministers, presidents and ambassadors are officials named by
   their states (``events.COLLECTIVE``).
4. "hosted a meeting of South American leaders in Santiago on Tuesday, including Lula and
   Petro": those singled out of the group are the guests (``_HOSTED_MEETING``'s ``inc``).
5. "held bilateral meetings with several ASEAN leaders, including Marcos" (an organisation
   before "leaders": ``patterns._MET_INCLUDING``, shared).
6. "Kuwait's Emir chaired the GCC summit in Kuwait City on Tuesday", "presided over the
   extraordinary ECOWAS summit": the organisation's summit, its chair a participant, as
   "hosted the GCC summit" (``_HOSTED_MEETING``); not "chaired the AU" (a chair held), not a
   chair to come or denied.
7. "The ECOWAS summit in Abuja decided to lift sanctions on Niger", "The Mercosur summit
   suspended Venezuela": an organisation's summit as the actor of a decision is the
   organisation, read by every rule from the sentence with the summit's words dropped
   (``patterns.summit_reading``, called in ``facts``, shared), only before the verbs of its
   acts (never "was attended by", "ended").
8. "Fiji was readmitted to the Pacific Islands Forum in 2014", "Egypt was re-admitted to the
   African Union on Monday": a Membership dated by its clause, as "admitted"
   (``relations._ADMITTED``, ``_ADMISSION``); not "hopes to be readmitted", "has not been
   readmitted", "readmitted ... as an observer".

9. "Japan hosted the Pacific Islands Leaders Meeting in Tokyo on Thursday. It was co-chaired by
   Prime Minister Kishida and Cook Islands Prime Minister Brown." gave nothing; "Indonesia
   hosted the ASEAN summit in Jakarta. X and Y attended the summit." gave Indonesia with ASEAN:
   a summit a state hosted, then the people the next two sentences say co-chaired or attended
   it, is one meeting (043) of those people, where and when the hosting sentence says (as a
   person's hosting, ``events.hosted_summits``).

Left (misses): "Charles Michel met Moussa Faki on the sidelines" (two names the KB lacks,
untitled: no people read, names family); "The summit of the Organisation of Turkic States in
Astana was attended by ..." without the organisation; "Japan hosted the Pacific Islands Leaders
Meeting in Tokyo. Kishida and Forum Chair Brown co-chaired the meeting." ("Kishida and Forum"
read as one organisation's name: names family); "Modi hosted the G20 summit in New Delhi" dated only by another
sentence; "The Mercosur summit in Asuncion decided to suspend Venezuela" (nor is "Mercosur
decided to suspend Venezuela" read); "Mali, which was suspended from the African Union in 2021,
was readmitted in 2023" (no organisation in its clause); "Pakistan was readmitted to the Commonwealth in 2004" (the Commonwealth not linked
here); "Norway hosted talks in Oslo between the Colombian government and the ELN" without the
ELN; "decided to lift sanctions" is AGREE 030, as "ECOWAS decided to lift sanctions" always was.

Hit rate at 96b2c01 (main, before this change): positives 3/25, negatives 18/21 (the three
duplicated meetings). After: positives 25/25, negatives 21/21."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 15)  # a Friday

EGYPT, JORDAN, QATAR, SAUDI, TURKEY, IRAN = "Q79", "Q810", "Q846", "Q851", "Q43", "Q794"
UGANDA, TANZANIA, KENYA, US = "Q1036", "Q924", "Q114", "Q30"
BELGIUM, NETHERLANDS, GERMANY, FRANCE, ITALY = "Q31", "Q29999", "Q183", "Q142", "Q38"
LITHUANIA, LATVIA, KUWAIT = "Q37", "Q211", "Q817"
GCC, ECOWAS, MERCOSUR, AU, PIF = "Q217172", "Q193272", "Q4264", "Q7159", "Q757276"
NIGER, VENEZUELA, SUDAN, FIJI, GUINEA, MALI = "Q1032", "Q717", "Q1049", "Q712", "Q1006", "Q912"
EU, CHINA, JAPAN, VIETNAM = "Q458", "Q148", "Q17", "Q881"
SHOUKRY, BORRELL, SAFADI, BLINKEN = "Q7409268", "Q312901", "Q28336737", "Q7821917"
RUTO, MACRON, PHAM, DUDA, BORIC, PETRO = (
    "Q195725",
    "Q3052772",
    "Q10806940",
    "Q9151911",
    "Q16297876",
    "Q704022",
)
WIDODO, MARCOS, SALL, MUSEVENI, LAVROV = "Q3318231", "Q983324", "Q57438", "Q57274", "Q58217"


def _meetings(text: str) -> list[tuple[set[str], str | None]]:
    """(participants, date) of each Meeting the text gives."""
    return [
        (keys(f.get("participant")), (str(f.get("date")[0]) if f.get("date") else None))
        for f in facts(text, DAY)
        if f.cls.value == "Meeting"
    ]


# (text, participants, date)
MEETINGS = [
    # 2. unnamed officials' states beside named people
    (
        "Egyptian Foreign Minister Sameh Shoukry hosted a meeting in Cairo on Thursday of the foreign ministers of Jordan and Saudi Arabia and EU foreign policy chief Josep Borrell.",
        {SHOUKRY, JORDAN, SAUDI, BORRELL},
        "2024-03-14",
    ),
    (
        "Jordanian Foreign Minister Ayman Safadi hosted a meeting in Amman of the foreign ministers of Egypt and Qatar, and US Secretary of State Antony Blinken.",
        {SAFADI, EGYPT, QATAR, BLINKEN},
        None,
    ),
    (
        "Kenyan President William Ruto hosted the foreign ministers of Uganda and Tanzania and Russian Foreign Minister Sergei Lavrov in Nairobi on Monday.",
        {RUTO, UGANDA, TANZANIA, LAVROV},
        "2024-03-11",
    ),
    (
        "Qatar's Foreign Minister hosted a meeting in Doha of the foreign ministers of Turkey and Iran and Russian Foreign Minister Sergei Lavrov.",
        {QATAR, TURKEY, IRAN, LAVROV},
        None,
    ),
    # 3. prime ministers, presidents, ambassadors of states
    (
        "French President Emmanuel Macron received the prime ministers of Belgium and the Netherlands at the Elysee Palace on Monday.",
        {MACRON, BELGIUM, NETHERLANDS},
        "2024-03-11",
    ),
    (
        "Vietnam's Prime Minister Pham Minh Chinh hosted a meeting in Hanoi with the ambassadors of Germany, France and Italy on Wednesday.",
        {PHAM, GERMANY, FRANCE, ITALY},
        "2024-03-13",
    ),
    (
        "Polish President Andrzej Duda held a trilateral meeting with the presidents of Lithuania and Latvia in Vilnius on Thursday.",
        {DUDA, LITHUANIA, LATVIA},
        "2024-03-14",
    ),
    (
        "Kenyan President William Ruto received the presidents of Uganda and Tanzania at State House on Tuesday.",
        {RUTO, UGANDA, TANZANIA},
        "2024-03-12",
    ),
    # 4. singled out of a group
    (
        "Chile's President Gabriel Boric hosted a meeting of South American leaders in Santiago on Tuesday, including Brazilian President Lula and Colombian President Gustavo Petro.",
        {BORIC, "Lula", PETRO},
        "2024-03-12",
    ),
    (
        "Kenyan President William Ruto hosted a summit of East African leaders in Nairobi on Monday, among them Ugandan President Yoweri Museveni.",
        {RUTO, MUSEVENI},
        "2024-03-11",
    ),
    # 5. an organisation's leaders
    (
        "Indonesian President Joko Widodo held bilateral meetings with several ASEAN leaders, including Philippine President Ferdinand Marcos Jr., with whom he agreed to boost maritime cooperation.",
        {WIDODO, MARCOS},
        None,
    ),
    # 6. a summit chaired
    (
        "Kuwait's Emir chaired the GCC summit in Kuwait City on Tuesday.",
        {KUWAIT, GCC},
        "2024-03-12",
    ),
    ("The Emir of Qatar chaired the GCC summit in Doha on Tuesday.", {QATAR, GCC}, "2024-03-12"),
    (
        "Senegalese President Macky Sall presided over the extraordinary ECOWAS summit in Dakar on Saturday.",
        {SALL, ECOWAS},
        "2024-03-09",
    ),
]


@pytest.mark.parametrize(("text", "want", "date"), MEETINGS)
def test_meeting(text: str, want: set[str], date: str | None) -> None:
    got = _meetings(text)
    assert (want, date) in got, got


# 1. one meeting, not two
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The EU and the AU held their summit in Brussels.", {EU, AU}),
        (
            "The EU and China held their summit in Beijing on Thursday. Charles Michel met Chinese Premier Li Qiang on the sidelines.",
            {EU, CHINA},
        ),
        ("Japan and Vietnam held their talks in Hanoi on Monday.", {JAPAN, VIETNAM}),
    ],
)
def test_held_their_summit_once(text: str, want: set[str]) -> None:
    got = [p for p, _ in _meetings(text) if p == want]
    assert len(got) == 1, _meetings(text)


def test_recalled_talks_still_read() -> None:
    # an earlier meeting recalled by its place stays one of its own
    got = _meetings(
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met in Moscow on Monday. "
        "They reviewed the agreements reached during their talks in Sochi on February 5."
    )
    assert len(got) == 2, got


# 7. a summit as the actor of its organisation's decision: (text, type, actor, recipient)
SUMMIT_ACTS = [
    ("The ECOWAS summit in Abuja decided to lift sanctions on Niger.", "AGREE", ECOWAS, NIGER),
    ("The Mercosur summit suspended Venezuela.", "SANCTION", MERCOSUR, VENEZUELA),
    (
        "On Sunday, the extraordinary ECOWAS summit in Abuja imposed sanctions on Niger.",
        "SANCTION",
        ECOWAS,
        NIGER,
    ),
    (
        "The African Union summit in Addis Ababa on Sunday called on Sudan to agree a ceasefire.",
        "REQUEST",
        AU,
        SUDAN,
    ),
]


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), SUMMIT_ACTS)
def test_summit_acts(text: str, kind: str, actor: str, recipient: str) -> None:
    got = [
        (str(f.get("eventType")[0]), keys(f.get("actor")), keys(f.get("recipient")))
        for f in facts(text, DAY)
        if f.cls.value == "Event"
    ]
    assert (kind, {actor}, {recipient}) in got, got


# 8. readmissions: (text, member, organisation, start)
READMITTED = [
    ("Fiji was readmitted to the Pacific Islands Forum in 2014.", FIJI, PIF, "2014"),
    ("Egypt was readmitted to the African Union in 2014.", EGYPT, AU, "2014"),
    ("Guinea was readmitted to ECOWAS last year.", GUINEA, ECOWAS, "2023"),
    ("Egypt was re-admitted to the African Union on Monday.", EGYPT, AU, "2024-03-11"),
]


@pytest.mark.parametrize(("text", "member", "org", "start"), READMITTED)
def test_readmitted(text: str, member: str, org: str, start: str) -> None:
    got = [
        (keys(f.get("member")), keys(f.get("organization")), [str(d) for d in f.get("startDate")])
        for f in facts(text, DAY)
        if f.cls.value == "Membership"
    ]
    assert ({member}, {org}, [start]) in got, got


NO_MEETING = [
    "Saudi Arabia will host the Arab League summit next year.",
    "Kuwait's Emir will chair the GCC summit in Kuwait City next month.",
    "Kuwait's Emir did not chair the GCC summit in Kuwait City.",
    "Kenya chaired the AU in 2023.",
    "The ASEAN summit in Vientiane was postponed because of the floods.",
    "The Commonwealth summit scheduled for next month in Samoa has been cancelled.",
    "Ruto will host a meeting of African leaders in Nairobi next month, including Ugandan President Yoweri Museveni.",
    "German Chancellor Olaf Scholz will meet Polish Prime Minister Donald Tusk in Warsaw next week.",
]


@pytest.mark.parametrize("text", NO_MEETING)
def test_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_named_persons_states_not_added() -> None:
    # the states of the people named are no extra participants
    got = _meetings(
        "Ruto hosted the presidents of Uganda and Tanzania, Yoweri Museveni and Samia Suluhu Hassan, in Nairobi on Monday."
    )
    assert got and all(UGANDA not in p and TANZANIA not in p for p, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The ECOWAS summit did not lift sanctions on Niger.",
        "The ECOWAS summit could decide to lift sanctions on Niger.",
        "The AU summit in Addis Ababa was attended by Kenyan President William Ruto.",
    ],
)
def test_summit_no_act(text: str) -> None:
    assert [f for f in facts(text, DAY) if f.cls.value == "Event"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Mali hopes to be readmitted to the African Union next year.",
        "Niger has not been readmitted to ECOWAS.",
        "Guinea could be readmitted to ECOWAS in 2025.",
        "Syria was readmitted to the Arab League as an observer.",
    ],
)
def test_not_readmitted(text: str) -> None:
    assert [f for f in facts(text, DAY) if f.cls.value == "Membership"] == []


# 9. a summit a state hosted, then its co-chairs or those who attended
@pytest.mark.parametrize(
    ("text", "want", "date"),
    [
        (
            "Japan hosted the Pacific Islands Leaders Meeting in Tokyo on Thursday. It was co-chaired by Prime Minister Fumio Kishida and Cook Islands Prime Minister Mark Brown.",
            {"Q359480", "Mark Brown"},
            "2024-03-14",
        ),
        (
            "Indonesia hosted the ASEAN summit in Jakarta on Tuesday. Philippine President Ferdinand Marcos and Malaysian Prime Minister Anwar Ibrahim attended the summit.",
            {MARCOS, "Anwar Ibrahim"},
            "2024-03-12",
        ),
    ],
)
def test_state_hosted_summit(text: str, want: set[str], date: str) -> None:
    assert _meetings(text) == [(want, date)]


@pytest.mark.parametrize(
    "text",
    [
        "Japan hosted the Pacific Islands Leaders Meeting in Tokyo on Thursday. Prime Minister Fumio Kishida attended the meeting.",
        "Japan will host the Pacific Islands Leaders Meeting in Tokyo next year. It will be co-chaired by Prime Minister Fumio Kishida and Cook Islands Prime Minister Mark Brown.",
    ],
)
def test_state_hosted_summit_no_meeting(text: str) -> None:
    assert _meetings(text) == []
