# ruff: noqa: E501  (a table of sentences)
"""Protest notes, demands, refusals and diplomatic sanctions in a ministry's own voice (session
29, notes).

A battery of 54 sentences written for this session before the extractor ran
(``/tmp/s29/notes-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set): a state's statement in the present tense ("Armenia
demands", "the Armenian side considers ... unacceptable", "Seoul reserves the right to respond"),
blame laid ("responsibility lies with"), notes asking for information, embassies suspended,
accreditation withdrawn, staff cut, ambassadors recalled from an embassy's city, summonses and
protests lodged; requested sanctions, a state's own future measures, negations and hypotheticals;
wire stories and ministry releases from the Caucasus, East and South-East Asia, South Asia, the
Middle East, Africa, Europe, Latin America and the Pacific. At 63d613e (main) it gave 3 wrong
facts of this family, 7 summonses or protests coded 114 where every older gold writer codes 111,
and 20 misses; after: 0 wrong facts, the codes aligned, and 10 misses (left, below). Fixed (each
with paraphrases below, positives and negatives):

Wrong facts:

1. The act another is asked to do was read as done by the one asked: "Zelenskyy also urged the
   European Union to impose sanctions on Chinese companies" gave a SANCTION 163 of the EU beside
   the REQUEST ("asked the European Union to impose sanctions on Belarus", "called on the G7 to
   impose ...", "pressed the EU to impose ..."; "appealed to Brussels to impose sanctions" even
   gave one of Ukraine). An act after "urged / asked / called on / appealed to / pressed X to" is
   no act (``events._ASKED_TO_ACT``); only the REQUEST is.
2. A state's own future measure against envoys was a promise to their state: "Estonia also
   announced it would cut the number of Russian diplomats it accredits" gave AGREE 030 to Russia
   (ANNOTATION.md §7: a plan is no fact, and no promise to anyone): ``statements._ENVOYS_CUT``
   and the ``_HOSTILE_DECISION`` alternatives for depriving envoys of their accreditation.
3. "Ukraine decided to deprive the ambassador of Iran of his accreditation and to reduce the
   number of diplomatic staff of the Iranian embassy" gave AGREE 032 to Iran: now SANCTION 161
   (below).

Codes:

4. A summons or a protest lodged, handed or sent ("The chargé d'affaires of Iran was summoned to
   the Ministry", "lodged a formal protest with the British embassy", "sent a note of protest
   to") was ACCUSE 114; every older gold writer codes it 111, as the extractor now does
   (``events.events``: inside the rules it stays 114, the mark of an act on a state's envoys). A
   state that "protested ... to" another, and complaints ("lodged a complaint with"), keep 114.

Misses of general structures:

5. Envoys deprived of their accreditation, a mission's staff cut: "stripped the Iranian
   ambassador of his accreditation", "revoked the accreditation of the French ambassador",
   "reduced the number of diplomatic staff at the Russian embassy", "decided to reduce the number
   of Russian diplomats" (SANCTION 161; not "would cut", "could strip", "did not reduce", nor
   "reduced the number of Russian troops").
6. An ambassador recalled from, or to, an embassy's city that is no capital: "Chile recalled its
   ambassador from Tel Aviv" (SANCTION 161 at Israel: the state the city lies in, when it is no
   capital and not the recaller's own).
7. Refusals told as a judgement in the present: "The Armenian side considers such statements by
   Baku unacceptable", "finds China's explanation unacceptable" (REJECT 120 of the party the
   object names; none for "considers the situation on the border unacceptable").
8. "reserves the right to respond to any provocation by Pyongyang" (THREATEN 130 at the one
   named; not "reserves the right to take part").
9. "expresses deep concern at China's military activity" (ACCUSE 111, as "about" was).
10. A demand for information ("demanded an explanation from the Netherlands", "asked Australia
    to explain", "asked Chile for information", "demands that India explain"): REQUEST 101, the
    code the lead saw gold writers give such notes (was 100; ``events._INFORMATION_ASKED``).
11. A state's own mission suspended: "The activities of the Embassy of Lithuania in Minsk have
    been suspended", "Lithuania suspended the activities of its embassy in Minsk", "The work of
    the Swedish embassy in Tehran has been suspended" (SANCTION 160 by the mission's state
    against the host; ``events._mission_suspended``; not negated, hedged or planned).
12. Blame laid by "responsibility for ... lies with X" ("said responsibility for the attack lies
    with Israel", "rests with", and opening a sentence whose speaker comes last: "Responsibility
    for this attack lies with Israel, which failed to respond to our appeals, the Jordanian
    foreign ministry said"): ACCUSE 111, as "bore responsibility for" was
    (``events._SAID_BLAME``, ``events._RESPONSIBILITY_LIES``; not "does not lie", "may lie").
13. A note that asks: "Peru had also sent a note to Chile asking for information about ..."
    (REQUEST 101 to the one the note is sent to; 100 when it demands something else; not a note
    that asks nothing).
14. A summons to "the foreign ministry in Dublin" (lower case, no mention of its own): the state
    whose capital it is summons ("Israel's ambassador was summoned to the foreign ministry in
    Dublin": Ireland's ACCUSE 111 of Israel; ``events._MINISTRY_IN_CAPITAL``; an envoy summoned
    home gives none).

Hit rates at 63d613e (before): positives 5/38 (facts found with their arguments and code),
negatives 22/31 (the nine wrong facts of 1 and 2); after: 38/38, 31/31.

Left (one sentence each): "Armenia demands an international investigation to establish the
facts" after a sentence telling Azerbaijan's fire (a demand whose recipient is the article's
other party); "Kenya must also explain why its police fired on Ugandan traders, the Ugandan
foreign ministry said" (a demand told by "must"); "Beijing would respond to the move, without giving
details" (a response vowed with the act only in the sentence before); "Tehran warned that it
would respond decisively to any aggression by Israel"; "Seoul reserves the right to respond to
Pyongyang's provocations" (a capital's possessive in the object); "Georgia has repeatedly
demanded that Russian troops be withdrawn" is REQUEST 100 (gold writers give withdrawals 106 or
1056); "The Serbian side considers the decision of the Kosovo authorities ... a provocation"."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 5, 10)

UKRAINE, EU, G7, LITHUANIA, BELARUS, IRAN, CHINA = (
    "Q212",
    "Q458",
    "Q1764511",
    "Q37",
    "Q184",
    "Q794",
    "Q148",
)
ESTONIA, MOLDOVA, LATVIA, RUSSIA, MALI, FRANCE = "Q191", "Q217", "Q211", "Q159", "Q912", "Q142"
CHILE, ISRAEL, TURKEY, BRAZIL, ARMENIA, AZERBAIJAN = "Q298", "Q801", "Q43", "Q155", "Q399", "Q227"
PHILIPPINES, SOUTH_KOREA, NORTH_KOREA, NEW_ZEALAND = "Q928", "Q884", "Q423", "Q664"
POLAND, ARGENTINA, UK, TAJIKISTAN, KYRGYZSTAN, JAPAN, ALGERIA = (
    "Q36",
    "Q414",
    "Q145",
    "Q863",
    "Q813",
    "Q17",
    "Q262",
)


def _has(text: str, kind: str, actors: set[str], recipients: set[str], code: str) -> bool:
    return (kind, actors, recipients, code) in typed_events(text, DAY)


# 1. the act asked for is no act
ASKED = [
    pytest.param(
        "Zelenskyy also urged the European Union to impose sanctions on Chinese companies supplying Russia.",
        EU,
        id="urged-eu",
    ),
    pytest.param(
        "Lithuania asked the European Union to impose sanctions on Belarusian companies.",
        EU,
        id="asked-eu",
    ),
    pytest.param("Ukraine called on the G7 to impose sanctions on Iran.", G7, id="called-on-g7"),
    pytest.param(
        "Lithuania pressed the European Union to impose sanctions on Belarus.", EU, id="pressed-eu"
    ),
    pytest.param(
        "Kyiv appealed to Brussels to impose sanctions on Iranian firms.", UKRAINE, id="appealed-to"
    ),
]


@pytest.mark.parametrize(("text", "asked"), ASKED)
def test_a_sanction_asked_for_is_none(text: str, asked: str) -> None:
    found = typed_events(text, DAY)
    assert [e for e in found if e[0] == "REQUEST"], found
    assert not [e for e in found if e[0] == "SANCTION"], found


def test_a_sanction_imposed_after_a_request_stays() -> None:
    found = typed_events(
        "The European Union imposed sanctions on Iranian companies on Monday.", DAY
    )
    assert ("SANCTION", {EU}, {IRAN}, "163") in found, found


# 2. a state's own future measure against envoys is no promise
OWN_PLANS = [
    "Estonia also announced it would cut the number of Russian diplomats it accredits in the future, without saying by how many.",
    "Moldova will reduce the number of Russian diplomats in Chisinau.",
    "Latvia said it would limit the number of Russian diplomats.",
    "Ukraine will deprive the Iranian ambassador of his accreditation.",
]


@pytest.mark.parametrize("text", OWN_PLANS)
def test_an_own_future_measure_is_no_promise(text: str) -> None:
    found = typed_events(text, DAY)
    assert not [e for e in found if e[0] in {"AGREE", "SANCTION"}], found


# 3 and 5: accreditation withdrawn, staff cut
CURTAILED = [
    pytest.param(
        "Ukraine decided to deprive the ambassador of Iran of his accreditation and to significantly reduce the number of diplomatic staff of the Iranian embassy in Kyiv.",
        UKRAINE,
        IRAN,
        id="deprive-decided",
    ),
    pytest.param(
        "Kyiv stripped the Iranian ambassador of his accreditation on Friday.",
        UKRAINE,
        IRAN,
        id="stripped",
    ),
    pytest.param(
        "Mali revoked the accreditation of the French ambassador.", MALI, FRANCE, id="revoked"
    ),
    pytest.param(
        "Moldova reduced the number of diplomatic staff at the Russian embassy in Chisinau.",
        MOLDOVA,
        RUSSIA,
        id="staff-at-embassy",
    ),
    pytest.param(
        "Moldova decided to reduce the number of Russian diplomats.",
        MOLDOVA,
        RUSSIA,
        id="diplomats-decided",
    ),
]


@pytest.mark.parametrize(("text", "actor", "target"), CURTAILED)
def test_envoys_curtailed(text: str, actor: str, target: str) -> None:
    found = typed_events(text, DAY)
    assert ("SANCTION", {actor}, {target}, "161") in found, found
    assert not [e for e in found if e[0] == "AGREE"], found


NOT_CURTAILED = [
    "Moldova did not reduce the number of Russian diplomats.",
    "Moldova has not decided to reduce the number of Russian diplomats.",
    "Moldova reduced the number of Russian troops in Transnistria, the diplomatic source said.",
    "Ukraine could strip the Iranian ambassador of his accreditation.",
    "Niger revoked the accreditation of the BBC correspondent.",
]


@pytest.mark.parametrize("text", NOT_CURTAILED)
def test_no_envoys_curtailed(text: str) -> None:
    found = typed_events(text, DAY)
    assert not [e for e in found if e[0] in {"SANCTION", "AGREE"}], found


# 4. summonses and protests lodged are 111; "protested to" and complaints 114
CODES = [
    pytest.param(
        "The chargé d'affaires of Iran was summoned to the Ministry of Foreign Affairs of Azerbaijan, where a strong protest was lodged.",
        AZERBAIJAN,
        IRAN,
        "111",
        id="summoned-passive",
    ),
    pytest.param(
        "Poland summoned the Belarusian ambassador on Wednesday over the border incident.",
        POLAND,
        BELARUS,
        "111",
        id="summoned",
    ),
    pytest.param(
        "Argentina's foreign ministry lodged a formal protest with the British embassy over the military exercises.",
        ARGENTINA,
        UK,
        "111",
        id="lodged-protest",
    ),
    pytest.param(
        "The Foreign Ministry of Tajikistan has sent a note of protest to Kyrgyzstan over the violation of the state border.",
        TAJIKISTAN,
        KYRGYZSTAN,
        "111",
        id="note-sent",
    ),
    pytest.param(
        "China protested to Japan over the release.",
        CHINA,
        JAPAN,
        "114",
        id="protested-to-keeps-114",
    ),
    pytest.param(
        "Japan lodged a complaint with China over the buoy.",
        JAPAN,
        CHINA,
        "114",
        id="complaint-keeps-114",
    ),
]


@pytest.mark.parametrize(("text", "actor", "target", "code"), CODES)
def test_summons_and_protest_codes(text: str, actor: str, target: str, code: str) -> None:
    assert _has(text, "ACCUSE", {actor}, {target}, code), typed_events(text, DAY)


# 6. recalled from an embassy's city
RECALLED = [
    pytest.param("Chile recalled its ambassador from Tel Aviv on Tuesday.", CHILE, id="chile"),
    pytest.param(
        "Turkey recalled its ambassador from Tel Aviv for consultations.", TURKEY, id="turkey"
    ),
    pytest.param("Brazil recalled its ambassador to Tel Aviv.", BRAZIL, id="to-city"),
]


@pytest.mark.parametrize(("text", "actor"), RECALLED)
def test_recalled_from_an_embassy_city(text: str, actor: str) -> None:
    assert _has(text, "SANCTION", {actor}, {ISRAEL}, "161"), typed_events(text, DAY)


def test_recalled_from_a_capital_unchanged() -> None:
    text = "Colombia has recalled its ambassador from Buenos Aires after Milei's remarks."
    assert _has(text, "SANCTION", {"Q739"}, {ARGENTINA}, "161"), typed_events(text, DAY)


# 7. "considers ... unacceptable"
UNACCEPTABLE = [
    pytest.param(
        "Baku again accused Yerevan of violating the ceasefire. The Armenian side considers such statements by Baku unacceptable.",
        ARMENIA,
        AZERBAIJAN,
        id="by-baku",
    ),
    pytest.param(
        "Armenia considers Azerbaijan's statements unacceptable.",
        ARMENIA,
        AZERBAIJAN,
        id="possessive",
    ),
    pytest.param(
        "The Philippines finds China's explanation unacceptable and demands that its coast guard stop harassing Filipino vessels.",
        PHILIPPINES,
        CHINA,
        id="finds",
    ),
]


@pytest.mark.parametrize(("text", "actor", "target"), UNACCEPTABLE)
def test_judged_unacceptable(text: str, actor: str, target: str) -> None:
    assert _has(text, "REJECT", {actor}, {target}, "120"), typed_events(text, DAY)


NOT_REJECTED = [
    "Armenia considers the situation on the border unacceptable.",
    "Armenia does not consider Baku's proposal unacceptable.",
    "Armenia considers Russia a strategic partner and finds the delays unacceptable.",
    "The United States reserves the right to take part in the talks with Iran.",
    "Pakistan reserves the right to respond to any such violation.",
]


@pytest.mark.parametrize("text", NOT_REJECTED)
def test_no_refusal_or_warning(text: str) -> None:
    found = typed_events(text, DAY)
    assert not [e for e in found if e[0] in {"REJECT", "THREATEN"}], found


# 8. and 9.
def test_reserves_the_right_to_respond() -> None:
    text = "Seoul reserves the right to respond to any further provocation by Pyongyang."
    assert _has(text, "THREATEN", {SOUTH_KOREA}, {NORTH_KOREA}, "130"), typed_events(text, DAY)


def test_concern_at() -> None:
    text = "New Zealand expresses deep concern at China's military activity near Taiwan."
    assert _has(text, "ACCUSE", {NEW_ZEALAND}, {CHINA}, "111"), typed_events(text, DAY)


def test_concern_at_a_situation_is_no_accusation() -> None:
    found = typed_events("New Zealand expressed deep concern at the situation in Sudan.", DAY)
    assert not [e for e in found if e[0] == "ACCUSE"], found


# 10. a demand for information is 101
INFORMATION = [
    pytest.param(
        "Nicaragua demanded an explanation from the Netherlands over the remarks of its ambassador.",
        "Q811",
        "Q29999",
        id="explanation-from",
    ),
    pytest.param(
        "Fiji has asked Australia to explain the presence of its navy vessel in Fijian waters.",
        "Q712",
        "Q408",
        id="asked-to-explain",
    ),
    pytest.param(
        "Peru asked Chile for information about the detention of three fishermen.",
        "Q419",
        CHILE,
        id="information",
    ),
    pytest.param(
        "Pakistan demands that India explain the measures it has taken.",
        "Q843",
        "Q668",
        id="demands-that-explain",
    ),
]


@pytest.mark.parametrize(("text", "actor", "target"), INFORMATION)
def test_a_demand_for_information(text: str, actor: str, target: str) -> None:
    assert _has(text, "REQUEST", {actor}, {target}, "101"), typed_events(text, DAY)


def test_a_demand_to_act_keeps_its_code() -> None:
    text = "Latvia urged Germany to expel Russian diplomats."
    assert _has(text, "REQUEST", {LATVIA}, {"Q183"}, "100"), typed_events(text, DAY)


# 11. a state's own mission suspended
MISSIONS = [
    pytest.param(
        "The activities of the Embassy of Lithuania in Minsk have been suspended, and its diplomats will be evacuated, the Lithuanian foreign ministry said.",
        LITHUANIA,
        BELARUS,
        id="passive-of-state",
    ),
    pytest.param(
        "Lithuania suspended the activities of its embassy in Minsk.",
        LITHUANIA,
        BELARUS,
        id="active",
    ),
    pytest.param(
        "The work of the Swedish embassy in Tehran has been suspended.",
        "Q34",
        IRAN,
        id="passive-demonym",
    ),
    pytest.param(
        "Azerbaijan suspended the operations of its embassy in Tehran on Friday.",
        AZERBAIJAN,
        IRAN,
        id="operations",
    ),
]


@pytest.mark.parametrize(("text", "actor", "host"), MISSIONS)
def test_own_mission_suspended(text: str, actor: str, host: str) -> None:
    assert _has(text, "SANCTION", {actor}, {host}, "160"), typed_events(text, DAY)


NO_MISSION_SUSPENDED = [
    "Lithuania has not suspended the activities of its embassy in Minsk.",
    "Lithuania could suspend the activities of its embassy in Minsk.",
    "The activities of the Embassy of Lithuania in Minsk will be suspended if the crisis worsens.",
    "The work of the Swedish embassy in Tehran was not suspended.",
]


@pytest.mark.parametrize("text", NO_MISSION_SUSPENDED)
def test_no_mission_suspended(text: str) -> None:
    found = typed_events(text, DAY)
    assert not [e for e in found if e[0] == "SANCTION"], found


# 12. blame laid: "responsibility for ... lies with X"
BLAME = [
    pytest.param(
        "The Jordanian foreign ministry said responsibility for the attack lies with Israel.",
        id="said",
    ),
    pytest.param(
        "Jordan said full responsibility for the attack rests with Israel.", id="rests-with"
    ),
    pytest.param(
        "Responsibility for this attack lies with Israel, which failed to respond to our appeals, the Jordanian foreign ministry said.",
        id="fronted",
    ),
]


@pytest.mark.parametrize("text", BLAME)
def test_responsibility_lies_with(text: str) -> None:
    assert _has(text, "ACCUSE", {"Q810"}, {ISRAEL}, "111"), typed_events(text, DAY)


NO_BLAME = [
    "The Jordanian foreign ministry said responsibility for the attack does not lie with Israel.",
    "The ministry said responsibility for the incident may lie with Israel.",
    "Jordan said responsibility for the talks lies with Jordan.",
]


@pytest.mark.parametrize("text", NO_BLAME)
def test_no_responsibility_laid(text: str) -> None:
    found = typed_events(text, DAY)
    assert not [e for e in found if e[0] == "ACCUSE"], found


# 13. a note that asks
NOTES = [
    pytest.param(
        "Peru had also sent a note to Chile asking for information about the detention of three Peruvian fishermen.",
        "Q419",
        CHILE,
        "101",
        id="information",
    ),
    pytest.param(
        "Peru sent a diplomatic note to Chile requesting information on the detention.",
        "Q419",
        CHILE,
        "101",
        id="diplomatic-note",
    ),
    pytest.param(
        "Ecuador sent a note to Colombia demanding the return of the seized vessel.",
        "Q736",
        "Q739",
        "100",
        id="demanding",
    ),
]


@pytest.mark.parametrize(("text", "actor", "target", "code"), NOTES)
def test_a_note_that_asks(text: str, actor: str, target: str, code: str) -> None:
    assert _has(text, "REQUEST", {actor}, {target}, code), typed_events(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Peru sent a note to Chile on Monday.",
        "Peru did not send a note to Chile asking for information.",
    ],
)
def test_a_note_that_asks_nothing(text: str) -> None:
    found = typed_events(text, DAY)
    assert not [e for e in found if e[0] == "REQUEST"], found


# 14. summoned to the ministry in a capital
SUMMONED_TO = [
    pytest.param(
        "Israel's ambassador was summoned to the foreign ministry in Dublin to receive a note of protest.",
        "Q27",
        ISRAEL,
        id="dublin",
    ),
    pytest.param(
        "The Russian ambassador was summoned to the ministry in Tallinn on Monday.",
        ESTONIA,
        RUSSIA,
        id="tallinn",
    ),
]


@pytest.mark.parametrize(("text", "actor", "target"), SUMMONED_TO)
def test_summoned_to_the_ministry_in_a_capital(text: str, actor: str, target: str) -> None:
    assert _has(text, "ACCUSE", {actor}, {target}, "111"), typed_events(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Israel's ambassador to Ireland was summoned to the foreign ministry in Jerusalem.",
        "The Irish ambassador was not summoned to the foreign ministry in Jerusalem.",
    ],
)
def test_summoned_home_or_not(text: str) -> None:
    found = typed_events(text, DAY)
    assert not [e for e in found if e[0] == "ACCUSE"], found
