"""Hostile acts in crisis and conflict wires (session 37, conflict): strikes, launches, drills,
build-ups, warnings, ultimatums, accords set aside and forces cut, in the forms the rules missed.

The sentences are written for this session in wire, agency and ministry styles (none from a
gold set). Conventions followed (ANNOTATION.md §2, §5 and the earlier sessions'):

- Fire at what a state holds is ASSAULT 195 on that state, also when the things hit come first
  and the state after them ("at power stations and cities across Ukraine"); fire begun or kept
  up ("began firing rockets at ...") is fire told. Fire at merchant shipping names no state: an
  ASSAULT with no recipient. Sites "used by" an armed group make the group the recipient (an
  unlinked organisation, as the rules name armed groups). "launched a ground invasion of X" is
  ASSAULT 190 on X.
- Missiles fired into the waters near a state are MOBILIZE 150 at that state (a show of force);
  drills a command announces its forces "would hold" around a state are MOBILIZE 150 at it;
  forces authorised or a naval task force formed are MOBILIZE 154 with no recipient (not
  troops approved "to" another state: the deployment rules read those); a build-up named by its
  noun after a state's demonym ("a Serbian military deployment along the border with Kosovo")
  is MOBILIZE 154 by that state at the other.
- A warning that a state "would have to pay a heavy price" is a THREATEN to it; an ultimatum
  given to a party named between the verb and the ultimatum is THREATEN 139 to it ("the coup
  leaders" unlinked as written); "X said <his own state> would respond forcefully to any
  violation by Y" is X's THREATEN to Y (only in the speaker's own state's name); "have said that
  an intervention in Niger would be treated as a declaration of war" is read as "warned that any
  intervention ..." was.
- Part of an accord suspended is REJECT 120 at the other party ("with" it, or the other Korea
  of an inter-Korean one); a reduction of forces ordered is RETREAT 0873.
- Hedges, negations and another party's stance reported give nothing.

Hit rate of the positive sentences before the change: 0 of 39 (every one fails on the rules of
``f228ae41``); after: 39 of 39, and the 15 near-misses give nothing.

Left: "the junta warned that any military intervention would be met with ...", "no option had
been taken off the table" and "would not hesitate to direct further measures" name whom they
threaten only by the article's context; "Hussein al-Ezzi" after "a senior Houthi official," is
no person mention (a lower-case "al-" family name in an apposition), so the threat's actor is
the group, as "Houthi"; nominal attacks dated from another ("a day after the Hamas attack on"),
"were under attack by" with towns the KB lacks, "escalated its campaign with waves of
airstrikes across X", relative clauses ("which has threatened to respond to ...") and a
"since April last year, when ..." date read as a start.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)

RUSSIA, UKRAINE, ISRAEL, IRAN, SYRIA, ARMENIA = "Q159", "Q212", "Q801", "Q794", "Q858", "Q399"
AZERBAIJAN, US, UK, TURKEY, GREECE, CHINA = "Q227", "Q30", "Q145", "Q43", "Q41", "Q148"
TAIWAN, JAPAN, NORTH_KOREA, SOUTH_KOREA, LITHUANIA = "Q865", "Q17", "Q423", "Q884", "Q37"
SERBIA, KOSOVO, BELARUS, NIGER, MALI, BURKINA = "Q403", "Q1246", "Q184", "Q1032", "Q912", "Q965"
ECOWAS, NATO, EU, FINLAND, IRAQ, LEBANON = "Q193272", "Q7184", "Q458", "Q33", "Q796", "Q822"
CYPRUS = "Q229"

TOLD = [
    # 1. fire at what a state holds, the state after the things hit; fire begun
    (
        "Russia fired dozens of missiles at power stations and cities across Ukraine on Monday.",
        ("ASSAULT", {RUSSIA}, {UKRAINE}, "195"),
    ),
    (
        "Iran launched ballistic missiles at air bases and radar sites inside Israel late on "
        "Saturday.",
        ("ASSAULT", {IRAN}, {ISRAEL}, "195"),
    ),
    (
        "Israel fired dozens of rockets at weapons depots and air defence sites throughout Syria.",
        ("ASSAULT", {ISRAEL}, {SYRIA}, "195"),
    ),
    (
        "The armed group Hezbollah started firing rockets at northern Israel on October 9.",
        ("ASSAULT", {"Hezbollah"}, {ISRAEL}, "195"),
    ),
    (
        "Azerbaijan continued firing shells at Armenian villages near the frontier on Tuesday.",
        ("ASSAULT", {AZERBAIJAN}, {ARMENIA}, "195"),
    ),
    (
        "The Houthis have fired drones and missiles at merchant vessels in the Red Sea since "
        "December.",
        ("ASSAULT", {"Houthis"}, set(), "195"),
    ),
    (
        "Iran launched drones at container ships near the strait on Sunday.",
        ("ASSAULT", {IRAN}, set(), "195"),
    ),
    (
        "Britain bombed several sites used by Yemen's Houthi rebels early Saturday.",
        ("ASSAULT", {UK}, {"Houthi"}, "195"),
    ),
    (
        "Israel struck dozens of targets used by the armed group Hezbollah on Sunday.",
        ("ASSAULT", {ISRAEL}, {"Hezbollah"}, "195"),
    ),
    (
        "Israel launched a ground invasion of Lebanon on Oct. 1.",
        ("ASSAULT", {ISRAEL}, {LEBANON}, "190"),
    ),
    # 2. shows of force: into waters near a state, drills announced, forces added or formed
    (
        "In August 2022, China fired missiles into waters near Taiwan after the visit.",
        ("MOBILIZE", {CHINA}, {TAIWAN}, "150"),
    ),
    (
        "North Korea launched two ballistic missiles into the sea off the coast of Japan on "
        "Sunday.",
        ("MOBILIZE", {NORTH_KOREA}, {JAPAN}, "150"),
    ),
    (
        "China fired rockets into the waters around Taiwan.",
        ("MOBILIZE", {CHINA}, {TAIWAN}, "150"),
    ),
    (
        "China's Eastern Theater Command announced that its army, navy and rocket force would "
        'hold the three-day "Strait Thunder" exercise in the Taiwan Strait and to the east of '
        "Taiwan from Monday.",
        ("MOBILIZE", {CHINA}, {TAIWAN}, "150"),
    ),
    (
        "Russia announced on Monday that its Baltic Fleet would stage large-scale drills off the "
        "coast of Lithuania.",
        ("MOBILIZE", {RUSSIA}, {LITHUANIA}, "150"),
    ),
    (
        "NATO said on Thursday it had authorised additional forces for its mission in Kosovo.",
        ("MOBILIZE", {NATO}, set(), "154"),
    ),
    (
        "The Pentagon approved additional forces for the Middle East on Tuesday.",
        ("MOBILIZE", {US}, set(), "154"),
    ),
    (
        "Britain authorised extra troops for its bases in Cyprus last week.",
        ("MOBILIZE", {UK}, set(), "154"),
    ),
    (
        "The European Union launched a naval mission to protect shipping in the Red Sea.",
        ("MOBILIZE", {EU}, set(), "154"),
    ),
    (
        "Britain announced a multinational maritime task force to escort tankers in the Gulf.",
        ("MOBILIZE", {UK}, set(), "154"),
    ),
    (
        "Officials are watching a large Serbian military deployment along the border with Kosovo.",
        ("MOBILIZE", {SERBIA}, {KOSOVO}, "154"),
    ),
    (
        "Kyiv warned of Russia's military buildup near the border with Ukraine.",
        ("MOBILIZE", {RUSSIA}, {UKRAINE}, "154"),
    ),
    (
        "Vilnius is worried about the Belarusian troop build-up along the border with Lithuania.",
        ("MOBILIZE", {BELARUS}, {LITHUANIA}, "154"),
    ),
    # 3. threats: a price to pay, an ultimatum, a response in one's own state's name
    (
        "Iran warned that the United States would have to pay a heavy price for the strike.",
        ("THREATEN", {IRAN}, {US}, "130"),
    ),
    (
        "North Korea warned that South Korea will have to pay a dear price for its provocations.",
        ("THREATEN", {NORTH_KOREA}, {SOUTH_KOREA}, "130"),
    ),
    (
        "Russia has warned that Finland would have to pay a high price for joining NATO.",
        ("THREATEN", {RUSSIA}, {FINLAND}, "130"),
    ),
    (
        "At a summit on July 30, ECOWAS gave the coup leaders a one-week ultimatum to free the "
        "president.",
        ("THREATEN", {ECOWAS}, {"coup leaders"}, "139"),
    ),
    (
        "Azerbaijan handed Armenia a 24-hour ultimatum on Monday.",
        ("THREATEN", {AZERBAIJAN}, {ARMENIA}, "139"),
    ),
    (
        "The United States gave Iraq's government a 48-hour ultimatum.",
        ("THREATEN", {US}, {IRAQ}, "139"),
    ),
    (
        "Turkish President Recep Tayyip Erdogan said Turkey would respond firmly to any "
        "provocation by Greece.",
        ("THREATEN", {"Q39259"}, {GREECE}, "130"),
    ),
    (
        "Prime Minister Benjamin Netanyahu said Israel would respond forcefully to any violation "
        "by the armed group Hezbollah.",
        ("THREATEN", {"Benjamin Netanyahu"}, {"Hezbollah"}, "130"),
    ),
    (
        "ECOWAS has threatened military intervention in Niger. Mali and Burkina Faso have said "
        "that an intervention in Niger would be treated as a declaration of war against them.",
        ("THREATEN", {MALI, BURKINA}, {ECOWAS}, "130"),
    ),
    # 4. part of an accord suspended; forces cut
    (
        "South Korea on Wednesday suspended part of a 2018 inter-Korean military agreement.",
        ("REJECT", {SOUTH_KOREA}, {NORTH_KOREA}, "120"),
    ),
    (
        "North Korea suspended parts of the 2018 inter-Korean military accord on Thursday.",
        ("REJECT", {NORTH_KOREA}, {SOUTH_KOREA}, "120"),
    ),
    (
        "Greece suspended some provisions of its defence pact with Turkey on Monday.",
        ("REJECT", {GREECE}, {TURKEY}, "120"),
    ),
    (
        "Serbian President Aleksandar Vucic spoke to reporters. He said he had ordered a "
        "reduction of the forces deployed near the boundary.",
        ("RETREAT", {"Q222031"}, set(), "0873"),
    ),
    (
        "The Pentagon announced a drawdown of its troops in Iraq on Monday.",
        ("RETREAT", {US}, set(), "0873"),
    ),
    (
        "Armenia ordered a partial reduction in the number of troops on its border with "
        "Azerbaijan.",
        ("RETREAT", {ARMENIA}, set(), "0873"),
    ),
    (
        "Russia ordered a sharp cut in its forces near the Finnish border on Friday.",
        ("RETREAT", {RUSSIA}, set(), "0873"),
    ),
]


@pytest.mark.parametrize(("text", "want"), TOLD)
def test_conflict_act_told(text: str, want: tuple[str, set[str], set[str], str]) -> None:
    got = [(t, a, r) for t, a, r, _ in typed_events(text, DAY)]
    assert want[:3] in got, typed_events(text, DAY)


NOT_TOLD = [
    (
        "Russia could fire missiles at power stations and cities across Ukraine this winter.",
        "ASSAULT",
    ),
    ("Hezbollah stopped firing rockets at northern Israel on Wednesday.", "ASSAULT"),
    ("Iran has not fired missiles at commercial ships in the Gulf.", "ASSAULT"),
    ("Ethiopia could launch a ground invasion of Eritrea.", "ASSAULT"),
    ("North Korea would fire missiles into waters near Japan if provoked.", "MOBILIZE"),
    ("France set up a task force on artificial intelligence.", "MOBILIZE"),
    ("The military deployment along the border with Kosovo worried officials.", "MOBILIZE"),
    ("China announced that its navy would hold exercises next week if Lai visited.", "MOBILIZE"),
    ("Economists warned that Germany would have to pay a heavy price for its gas.", "THREATEN"),
    ("ECOWAS could give the coup leaders a one-week ultimatum.", "THREATEN"),
    (
        "Secretary of State Antony Blinken said Israel would respond to any attack by Iran.",
        "THREATEN",
    ),
    ("Seoul will not suspend part of the inter-Korean agreement.", "REJECT"),
    ("Seoul has not suspended part of the inter-Korean agreement.", "REJECT"),
    ("Russia could order a reduction of forces near the border.", "RETREAT"),
    # (said, not warned: only with the ones it is aimed at found)
    (
        "Mali and Burkina Faso have said that an intervention would be treated as an act of war.",
        "THREATEN",
    ),
]


@pytest.mark.parametrize(("text", "kind"), NOT_TOLD)
def test_conflict_act_not_told(text: str, kind: str) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == kind]
    assert not got, got


def test_troops_approved_for_an_ally_are_not_forces_added() -> None:
    got = typed_events("Germany approved the deployment of additional troops to Lithuania.", DAY)
    assert not [e for e in got if e[0] == "MOBILIZE" and e[3] == "154" and not e[2]], got


def test_a_surname_before_an_arabic_family_name_is_no_kb_person() -> None:
    """ "Hussein al-Ezzi" is not the KB's Fuad Hussein (a wrong link the new threat surfaced)."""
    text = (
        "A senior Houthi official, Hussein al-Ezzi, warned that the United States and Britain "
        "would have to pay a heavy price."
    )
    for _type, actors, _recipients, _code in typed_events(text, DAY):
        assert not any(a.startswith("Q") for a in actors), actors
