"""Defence and security facts: blame laid on armed groups, refusals to negotiate, bases opened
and forces stationed, arms handed over and troops trained, flag meetings and commanders' talks,
probed with fresh sentences (session 33, security).

The sentences are written for this session in wire, agency and ministry styles (none from a
gold set). Conventions followed:

- An attack blamed on an armed group the KB lacks ("blamed the Kurdistan Workers' Party (PKK)
  for the bombing", "held the TTP responsible for the suicide bombing", "accused al-Shabaab of
  carrying out the attack"): the group is an unlinked organisation named by what it is blamed
  for, and the blame is the speaker's ACCUSE, coded as the verb is everywhere else ("blamed":
  111, as "blamed Iran for the cyberattack" has been since session 23; "accused ... of": 112).
  Not a blame denied, nor one laid on no group ("blamed the weather for the delay").
- A refusal to negotiate or to hold talks with a named party ("Kinshasa has refused to
  negotiate with the M23 rebels until they withdraw"): REJECT 125 (CAMEO: reject proposal to
  meet, discuss, or negotiate) by the one refusing, the party as recipient. Not an agreement
  to negotiate.
- A base a state opened in another ("China opened its first overseas military base in Djibouti
  in 2017", a city's state too): Permission MilitaryBasing, grantor the host, startDate the
  opening's year. Forces a state stations in another, in the active voice ("Germany has
  stationed troops in Lithuania since 2017", "Washington stations about 28,500 troops in South
  Korea") and a military presence kept there ("has maintained a military presence in Djibouti
  since 1977"): the same Permission, dated by "since". Not plans, hypotheses, negations, closed
  bases, embassies.
- Arms given to another state's forces by a verb of handing over or delivering (fighter jets,
  missile systems): AID 072 (military aid); a state's soldiers or pilots trained in another
  state: AID 072 by the state that trains, to the trainees' state. Not training offered and
  refused, nor arms to be handed over (a promise).
- A flag meeting of two states' commanders, both named by demonym ("Indian and Chinese
  commanders held a flag meeting on Monday.): a Meeting (040) of the two states, dated.
  Not a flag meeting to come.
- "The defence chiefs of A and B agreed to resume joint patrols": AGREE 030 of the two states
  (session 25: "the defence ministers of A and B" stand for A and B).
- A treaty named with its year and its acronym in a relative clause of permission ("the 2014
  Enhanced Defense Cooperation Agreement (EDCA), which allows U.S. forces to rotate through"):
  TreatyRelation dated by its year between the host and the state whose forces it lets in.

- An attack blamed on a group in the other order ("blamed the bombing in Istanbul on the PKK",
  the group ending the clause, not "the attack on Sderot"): the same ACCUSE. Arms received
  "from" a state (fighter jets, systems named by model): AID 072 by the giver, as "received
  tanks from" was. Talks refused with an adjective ("military talks"): REJECT 125.

Hit rate at cae5a3d1 (before any change): positives 1/21 of the first round (the two
ministers' AGREE told by their names; the handover was coded 070), negatives 15/15; the second
round (the other order of blame, arms received, "military talks") 0/5 at 69595e56; after: all
45 (with the negative on a person's surname, added after blind34 showed "accused Ortega of
staging a pantomime election" making Ortega an armed group).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find, typed_events

DAY = dt.date(2023, 6, 14)  # a Wednesday

TURKEY, ISRAEL, NIGERIA, PAKISTAN, SOMALIA, DRC = "Q43", "Q801", "Q1033", "Q843", "Q1045", "Q974"
UKRAINE, RUSSIA, CHINA, DJIBOUTI, GERMANY, LITHUANIA = "Q212", "Q159", "Q148", "Q977", "Q183", "Q37"
US, SOUTH_KOREA, FRANCE, IRAN, BELARUS, DENMARK, UK = (
    "Q30",
    "Q884",
    "Q142",
    "Q794",
    "Q184",
    "Q756617",
    "Q145",
)
INDIA, MALAYSIA, INDONESIA, PHILIPPINES = "Q668", "Q833", "Q252", "Q928"

# (text, (type, actors, recipients, CAMEO code))
TOLD = [
    # 1. an attack blamed on an armed group the KB lacks
    (
        "Turkey blamed the Kurdistan Workers' Party (PKK) for the bombing in Istanbul.",
        ("ACCUSE", {TURKEY}, {"Kurdistan Workers' Party"}, "111"),
    ),
    (
        "Israel blamed Hamas for the rocket attack on Sderot.",
        ("ACCUSE", {ISRAEL}, {"Hamas"}, "111"),
    ),
    (
        "Nigeria's army blamed Boko Haram for the attack on the village.",
        ("ACCUSE", {NIGERIA}, {"Boko Haram"}, "111"),
    ),
    (
        "Pakistani officials held the TTP responsible for the suicide bombing in Peshawar.",
        ("ACCUSE", {PAKISTAN}, {"TTP"}, "112"),
    ),
    (
        "Somalia accused al-Shabaab of carrying out the attack.",
        ("ACCUSE", {SOMALIA}, {"al-Shabaab"}, "112"),
    ),
    (
        "Turkey blamed the bombing in Istanbul on the PKK.",
        ("ACCUSE", {TURKEY}, {"PKK"}, "111"),
    ),
    (
        "Israel blamed the attack on Sderot on Hamas.",
        ("ACCUSE", {ISRAEL}, {"Hamas"}, "111"),
    ),
    # 2. refusals to negotiate with a named party
    (
        "Kinshasa has refused to negotiate with the M23 rebels until they withdraw.",
        ("REJECT", {DRC}, {"M23"}, "125"),
    ),
    (
        "Kyiv refuses to negotiate with Moscow while Russian troops remain on Ukrainian soil.",
        ("REJECT", {UKRAINE}, {RUSSIA}, "125"),
    ),
    (
        "Turkey has refused to hold talks with the PKK militant group.",
        ("REJECT", {TURKEY}, {"PKK"}, "125"),
    ),
    (
        "Beijing refused to hold military talks with Washington.",
        ("REJECT", {CHINA}, {US}, "125"),
    ),
    # 3. arms handed over or delivered, troops trained abroad
    (
        "Belarus has received the first Iskander-M systems from Russia.",
        ("AID", {RUSSIA}, {BELARUS}, "072"),
    ),
    (
        "Iran received Su-35 fighter jets from Russia in March.",
        ("AID", {RUSSIA}, {IRAN}, "072"),
    ),
    (
        "Russia has delivered the first batch of Su-35 fighter jets to Iran.",
        ("AID", {RUSSIA}, {IRAN}, "072"),
    ),
    (
        "Russia has handed over two Iskander-M systems to Belarus.",
        ("AID", {RUSSIA}, {BELARUS}, "072"),
    ),
    (
        "Ukrainian pilots are being trained in Denmark on F-16 jets.",
        ("AID", {DENMARK}, {UKRAINE}, "072"),
    ),
    (
        "Ukrainian soldiers have been trained in Britain since 2022.",
        ("AID", {UK}, {UKRAINE}, "072"),
    ),
    # 4. the defence chiefs of two states agreeing
    (
        "The defence chiefs of Malaysia and Indonesia agreed to resume joint maritime patrols.",
        ("AGREE", {MALAYSIA, INDONESIA}, set(), "030"),
    ),
    (
        "Malaysian Defence Minister Mohamad Hasan and his Indonesian counterpart Prabowo "
        "Subianto agreed to resume joint maritime patrols.",
        ("AGREE", {"Mohamad Hasan", "Prabowo Subianto"}, set(), "030"),
    ),
]


@pytest.mark.parametrize(("text", "want"), TOLD)
def test_security_event_told(text: str, want: tuple[str, set[str], set[str], str]) -> None:
    got = typed_events(text, DAY)
    assert want in got, got


# (text, grantor, grantee, startDate or None)
BASED = [
    ("China opened its first overseas military base in Djibouti in 2017.", DJIBOUTI, CHINA, "2017"),
    ("Turkey opened a military training base in Mogadishu in 2017.", SOMALIA, TURKEY, "2017"),
    ("Germany has stationed troops in Lithuania since 2017.", LITHUANIA, GERMANY, "2017"),
    ("Washington stations about 28,500 troops in South Korea.", SOUTH_KOREA, US, None),
    ("France has maintained a military presence in Djibouti since 1977.", DJIBOUTI, FRANCE, "1977"),
]


@pytest.mark.parametrize(("text", "grantor", "grantee", "start"), BASED)
def test_basing_told(text: str, grantor: str, grantee: str, start: str | None) -> None:
    found = facts(text, DAY)
    fact = find(found, "Permission", grantor={grantor}, grantee={grantee})
    assert fact is not None, found
    assert [str(v) for v in fact.get("activity")] == ["MilitaryBasing"]
    assert [str(v) for v in fact.get("startDate")] == ([start] if start else [])


def test_treaty_named_with_its_acronym_in_a_permission() -> None:
    found = facts(
        "The Philippines has granted U.S. troops access to four more military bases on top of "
        "five sites already covered by the 2014 Enhanced Defense Cooperation Agreement (EDCA), "
        "which allows U.S. forces to rotate through Philippine bases.",
        DAY,
    )
    treaty = find(found, "TreatyRelation", party={PHILIPPINES, US})
    assert treaty is not None, found
    assert [str(v) for v in treaty.get("date")] == ["2014"]
    assert find(found, "Permission", grantor={PHILIPPINES}, grantee={US}) is not None, found


def test_flag_meeting_of_two_states_commanders() -> None:
    found = facts("Indian and Chinese commanders held a flag meeting on Monday.", DAY)
    meeting = find(found, "Meeting", participant={INDIA, CHINA})
    assert meeting is not None, found
    assert [str(v) for v in meeting.get("date")] == ["2023-06-12"]


NOT_TOLD = [
    ("Turkey did not blame the PKK for the attack.", "ACCUSE"),
    ("Turkey blamed the weather for the delay.", "ACCUSE"),
    ("The president accused Petrovski of staging a sham election.", "ACCUSE"),
    ("Officials blamed the blast on Monday on a gas leak.", "ACCUSE"),
    ("Airbus received 20 aircraft orders from China.", "AID"),
    ("China sent warships and fighter jets near Taiwan.", "AID"),
    ("Kinshasa agreed to negotiate with the M23 rebels.", "REJECT"),
    ("Ukraine offered to train Moldovan soldiers, but Chisinau refused.", "AID"),
    ("Russia will hand over Iskander-M systems to Belarus next year.", "AID"),
    ("Ukrainian pilots could be trained in Denmark next year.", "AID"),
    ("Russian crews have been trained in Russia.", "AID"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_TOLD)
def test_security_event_not_told(text: str, kind: str) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == kind]
    assert not got, got


NOT_BASED = [
    "China plans to open a military base in Cambodia.",
    "Russia closed its military base in Vietnam in 2002.",
    "Germany could station troops in Lithuania permanently.",
    "The United States has not stationed troops in Taiwan.",
    "Turkey opened an embassy in Djibouti in 2017.",
    "Russia has stationed troops in Ukraine since the invasion in 2022.",
]


@pytest.mark.parametrize("text", NOT_BASED)
def test_no_basing(text: str) -> None:
    found = facts(text, DAY)
    assert not [f for f in found if f.cls.value == "Permission"], found


def test_no_treaty_under_negotiation() -> None:
    found = facts(
        "Russia and Belarus are negotiating a treaty on the stationing of Russian troops.", DAY
    )
    assert not [f for f in found if f.cls.value in {"TreatyRelation", "Permission"}], found


def test_no_flag_meeting_to_come() -> None:
    found = facts("Indian and Chinese commanders will hold a flag meeting next week.", DAY)
    assert not [f for f in found if f.cls.value == "Meeting"], found
