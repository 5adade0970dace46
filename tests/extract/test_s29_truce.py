# ruff: noqa: E501  (a table of sentences)
"""Ceasefires, truces and armed clashes between states and armed groups (session 29, truce).

A battery of 52 sentences written for this session before the extractor ran
(``/tmp/s29/truce-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set): ceasefires agreed, declared and announced by states
and armed groups, forces that agree to disarm, operations halted, commitments inside a truce,
exchanges of fire told by verb and by noun, accusations of who fired first, offers to mediate,
aircraft shot down; background wars, hypotheticals, calls for a ceasefire, truces that collapsed
or expired; wire stories, readouts and ministry releases from Central Asia, the Caucasus, the
Horn of Africa, the Great Lakes, South and South-East Asia, the Middle East and Latin America;
then about 80 probes (``p1.txt`` ... ``p7.txt``) following each finding up. At 63d613e (main)
the battery gave 4 wrong facts of this family and missed 35; after: 1 wrong fact (left, below)
and 22 misses. Fixed (each with paraphrases below, positives and negatives):

Wrong facts:

1. A background of wars read as an attack: "Armenia and Azerbaijan, which have no diplomatic
   relations, fought two wars over the region since the collapse of the Soviet Union", "India
   and Pakistan have fought three wars over Kashmir since 1947" gave ASSAULT 190 of both (the
   second with a startDate of 1947). Wars counted or in the plural are a background
   (ANNOTATION.md §5), no act told; "fought a war against Azerbaijan in 2020" is still one.
2. A force agreeing to disarm was a generic promise: "The Tigray People's Liberation Front agreed
   to disarm its fighters within 30 days" gave AGREE 030; agreeing (or accepting) to disarm,
   disband, demobilise, lay down or surrender its weapons is the force's RETREAT 0873
   (``statements._DISARM``); "will disarm", "refused to disarm", "agreed to disarm the
   militias" (another's) are not.

Misses of general structures:

3. "agreed a ceasefire" without a preposition ("Kyrgyzstan and Tajikistan agreed a ceasefire on
   Friday"): RETREAT 0871 of both, as "agreed on/to a ceasefire" was.
4. A ceasefire announced ("The M23 rebels announced a unilateral ceasefire", "Petro announced a
   ceasefire on New Year's Eve with the ELN guerrilla group", "Israel declared a 48-hour truce
   with ..."): RETREAT 0871 of the one announcing it, the one it is "with" its recipient
   (``events._CEASEFIRE_WITH``), and one announced or declared "between" two others is theirs
   ("Qatar announced a four-day truce between Israel and Lebanon": Israel's and Lebanon's, not
   Qatar's; "Egypt declared a ceasefire between the two sides", which gave Egypt's RETREAT
   before, now gives none; ``events._CEASEFIRE_BETWEEN``), and one an organisation of states
   announces ("The United Nations announced a humanitarian truce in Yemen") is none of its own; an armed group the KB lacks but the article told as one (or a
   "... Front", "... Forces" movement) can now hold a truce (``events._armed_side``; unlinked
   bodies named in titles still cannot), and "guerrilla group", "guerrillas" tell a group
   (``mentions._GROUP_KIND``, ``_MILITANTS``: shared, two words). Not "a ceasefire proposal",
   "would announce a ceasefire if ...".
5. Operations halted ("Azerbaijan said it had halted its counter-terrorist operation",
   "Russia's defence ministry said its forces had halted their offensive", "announced its
   decision to halt military operations in Yemen from 30 March"): RETREAT 0871, the one it was
   "against" its recipient; not "urged Russia to halt its military operations", "has not
   halted", "would halt ... if", nor a military operation of no offensive kind halted ("halted
   its military operations in Niger after the coup").
6. Commitments to halt fighting ("accepted to halt all offensive military operations",
   "committed to suspend offensive operations against each other", "agreed to stop attacks on
   energy infrastructure"): AGREE 0356 (de-escalation), not a hostile decision nor 030;
   "accepted to" is read as "consented to" was.
7. Exchanges of fire told by their noun ("There were exchanges of fire between Kyrgyz and Tajik
   border guards on Thursday", "An exchange of gunfire between Pakistani and Afghan forces
   killed ..."): ASSAULT 190 of both sides, as "exchanged fire" (``events.fire_between``; both
   sides as actors and no recipient, the convention of session 28); not "to avoid exchanges of
   fire", "no exchanges of fire", "possible exchanges".
8. Who fired first ("Armenia's defence ministry said Azerbaijani forces had opened fire first",
   "India said Chinese troops had fired first"): ACCUSE 112 of the speaker against the other
   side (``events._SAID_FIRED_FIRST``); not "said its guards had not fired first", "may have
   fired first", nor a side about its own troops.
9. Aircraft shot down ("Turkey shot down a Russian warplane in November 2015", "Iran shot down
   a Ukrainian passenger jet in January 2020"): ASSAULT 195, the aircraft's state the
   recipient; not drones intercepted, nor "would shoot down".
10. Mediation offered by its noun ("Turkey offered its mediation between Armenia and
    Azerbaijan", "Qatar has offered mediation to Ethiopia and Eritrea"): AGREE 039 to the two
    sides, as "offered to mediate" was; a state's mediation offered in a participle or after
    its leader ("Erdogan spoke with Aliyev, offering Turkey's mediation between Armenia and
    Azerbaijan") is that state's (``events.mediation_offered``).
11. The day a truce or a halt takes effect from ("announced its decision to halt military
    operations in Yemen from 30 March", "agreed a ceasefire with effect from midnight on Monday",
    "starting on Tuesday") is its startDate, not its date (``events.starts_from``; RETREAT 0871
    and AGREE 0356 only).

Hit rate at 63d613e (before): positives below 3/37 (the three already read: "ready to mediate
between", "fought a war against", "said Ukraine attacked first"); negatives 26/30 (the three
background wars gave an ASSAULT, "Egypt declared a ceasefire between the two sides" Egypt's
RETREAT); start days 0/4 (and the day of an act kept 0/1: "agreed a ceasefire" was not read).
After: 37/37, 30/30, 4/4 and 1/1. The rule dump (1,263 articles) is
unchanged: none of its articles has these forms.

Left (found, not fixed):
- "Ethiopia and Eritrea fought a border war between 1998 and 2000" still gives ASSAULT 190 (one
  war, dated by a range: background by ANNOTATION.md §5, but "fought a war against Azerbaijan
  in 2020" is read as one by the seed's own tests).
- "Kyrgyzstan's presidential administration said Tajik troops had opened fire first" gives no
  ACCUSE: a presidency or presidential administration is no speaker for its state (mention
  finding; shared). The same sentence with "attacked a village" gives Tajikistan's ASSAULT
  (an allegation read as the act, an older convention).
- "The government and the Houthi movement accepted to halt ...", "The junta agreed to extend the
  ceasefire with ethnic armed groups", "The Nagorno-Karabakh separatist forces agreed to disarm
  and disband": the unnamed government, junta or forces are no actor.
- "The Colombian government and the FARC signed an agreement in Havana for a bilateral
  ceasefire" gives no signing (the FARC unknown and not told as a group); "Israel announced a
  48-hour ceasefire with Islamic Jihad" no recipient (nor "with the RSF" without its full name).
- "committed to suspend offensive operations ... from October 10" gives no day at all;
  "agreed on Friday to a ceasefire" no RETREAT (a time phrase between the verb and its object:
  the lead's reading without time phrases is meant for those); "starting Saturday" in a
  Friday's story resolves to the Saturday before (a weekday after "from"/"starting" is read as
  past, as every weekday is).
- "Petro announced a ceasefire on New Year's Eve": the holiday is no date.
- "Washington announced a ceasefire in Gaza" gives a RETREAT of the United States (a state that
  announces a truce it brokered, told without "between", reads as its own).
- "Iran offered its mediation between Saudi Arabia and Yemen's Houthis" has Yemen, not the
  Houthis, as a recipient (a group after a state's possessive is read as such only when it
  attacks or is a "movement": session 28).
- "'We are ready to help if the parties ask us to,' the Turkish Foreign Ministry spokesman said"
  gives no offer (a conditional readiness in a quote, its speaker a spokesman).
- "The Azerbaijani offensive began on Tuesday with artillery and drone strikes on positions
  around Stepanakert", "Azerbaijan had restricted traffic on the Lachin corridor" give nothing.
- "India said Chinese troops had fired first" gives the ACCUSE; the exchange of fire itself, told
  with recipients both (the lead's description of a held-out set), is kept with actors only.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find, typed_events

DAY = dt.date(2023, 9, 20)  # a Wednesday

KG, TJ, ET, ER = "Q813", "Q863", "Q115", "Q986"
AM, AZ, IN, PK, CN = "Q399", "Q227", "Q668", "Q843", "Q148"
TH, KH, CO, IL, RU, UA = "Q869", "Q424", "Q739", "Q801", "Q159", "Q212"
YE, SA, TR, IR, QA, AF, US = "Q805", "Q851", "Q43", "Q794", "Q846", "Q889", "Q30"


def _has(text: str, kind: str, code: str, actors: set[str], recipients: set[str] | None) -> bool:
    return any(
        t == kind and c == code and actors <= a and (recipients is None or recipients == r)
        for t, a, r, c in typed_events(text, DAY)
    )


POSITIVES = [
    # 3. "agreed a ceasefire"
    (
        "Kyrgyzstan and Tajikistan agreed a ceasefire on Friday after clashes along their disputed border.",
        "RETREAT",
        "0871",
        {KG, TJ},
        None,
    ),
    (
        "Ethiopia and Eritrea agreed a ceasefire on Wednesday after two days of fighting near Badme.",
        "RETREAT",
        "0871",
        {ET, ER},
        None,
    ),
    ("Thailand and Cambodia agreed a humanitarian truce.", "RETREAT", "0871", {TH, KH}, None),
    # 4. a ceasefire announced
    (
        "Colombia announced a bilateral ceasefire with the ELN guerrilla group on Sunday.",
        "RETREAT",
        "0871",
        {CO},
        {"ELN"},
    ),
    (
        "Colombian President Gustavo Petro announced a ceasefire on New Year's Eve with the ELN guerrilla group, which said it had never agreed to it.",
        "RETREAT",
        "0871",
        set(),
        {"ELN"},
    ),
    (
        "The M23 rebels announced a unilateral ceasefire on Tuesday.",
        "RETREAT",
        "0871",
        {"M23"},
        None,
    ),
    ("Israel announced a 48-hour ceasefire on Sunday.", "RETREAT", "0871", {IL}, None),
    (
        "Russia announced a unilateral ceasefire in Ukraine for Orthodox Christmas.",
        "RETREAT",
        "0871",
        {RU},
        None,
    ),
    (
        "Qatar announced a four-day truce between Israel and Lebanon.",
        "RETREAT",
        "0871",
        {IL, "Q822"},
        set(),
    ),
    (
        "Russia declared a ceasefire between Armenian and Azerbaijani forces on Tuesday.",
        "RETREAT",
        "0871",
        {AM, AZ},
        set(),
    ),
    # 2. disarming
    (
        "The Tigray People's Liberation Front agreed to disarm its fighters within 30 days.",
        "RETREAT",
        "0873",
        {"Tigray People's Liberation Front"},
        None,
    ),
    ("The M23 rebels have agreed to lay down their weapons.", "RETREAT", "0873", {"M23"}, None),
    ("The M23 rebels agreed to disarm and disband.", "RETREAT", "0873", {"M23"}, None),
    # 5. operations halted
    (
        "Azerbaijan said it had halted its counter-terrorist operation after the separatists surrendered their weapons.",
        "RETREAT",
        "0871",
        {AZ},
        None,
    ),
    (
        "Russia's defence ministry said its forces had halted their offensive near Kharkiv.",
        "RETREAT",
        "0871",
        {RU},
        None,
    ),
    (
        "Saudi Arabia announced its decision to halt military operations in Yemen from 30 March.",
        "RETREAT",
        "0871",
        {SA},
        None,
    ),
    (
        "Turkey suspended its cross-border offensive against Syria.",
        "RETREAT",
        "0871",
        {TR},
        {"Q858"},
    ),
    # 6. commitments to halt fighting
    (
        "Yemen and Saudi Arabia accepted to halt all offensive military operations.",
        "AGREE",
        "0356",
        {YE, SA},
        None,
    ),
    (
        "Armenia and Azerbaijan committed to suspend offensive operations against each other from October 10.",
        "AGREE",
        "0356",
        {AM, AZ},
        None,
    ),
    (
        "Russia and Ukraine agreed to stop attacks on energy infrastructure.",
        "AGREE",
        "0356",
        {RU, UA},
        None,
    ),
    (
        "Armenia and Azerbaijan agreed to suspend offensive operations.",
        "AGREE",
        "0356",
        {AM, AZ},
        None,
    ),
    # 7. exchanges of fire told by their noun
    (
        "There were exchanges of fire between Kyrgyz and Tajik border guards on Thursday.",
        "ASSAULT",
        "190",
        {KG, TJ},
        set(),
    ),
    (
        "An exchange of gunfire between Pakistani and Afghan forces killed three soldiers on Sunday.",
        "ASSAULT",
        "190",
        {PK, AF},
        set(),
    ),
    (
        "Officials reported an exchange of fire between India and Pakistan along the Line of Control.",
        "ASSAULT",
        "190",
        {IN, PK},
        set(),
    ),
    # 8. who fired first
    (
        "Armenia's defence ministry said Azerbaijani forces had opened fire first at around midnight.",
        "ACCUSE",
        "112",
        {AM},
        {AZ},
    ),
    (
        "Azerbaijan's defence ministry said Armenian units had fired first on its positions in Kalbajar.",
        "ACCUSE",
        "112",
        {AZ},
        {AM},
    ),
    (
        "India said Chinese troops had fired first, while Beijing accused Indian soldiers of crossing the line.",
        "ACCUSE",
        "112",
        {IN},
        {CN},
    ),
    ("Tajikistan said Kyrgyzstan had opened fire first.", "ACCUSE", "112", {TJ}, {KG}),
    ("Russia said Ukraine attacked first.", "ACCUSE", "112", {RU}, {UA}),
    # 9. aircraft shot down
    ("Turkey shot down a Russian warplane in November 2015.", "ASSAULT", "195", {TR}, {RU}),
    ("Iran shot down a Ukrainian passenger jet in January 2020.", "ASSAULT", "195", {IR}, {UA}),
    # 10. mediation offered by its noun
    (
        "Turkey offered its mediation between Armenia and Azerbaijan.",
        "AGREE",
        "039",
        {TR},
        {AM, AZ},
    ),
    ("Qatar has offered mediation to Ethiopia and Eritrea.", "AGREE", "039", {QA}, {ET, ER}),
    (
        "Erdogan spoke with Aliyev, offering Turkey's mediation between Armenia and Azerbaijan.",
        "AGREE",
        "039",
        {TR},
        {AM, AZ},
    ),
    (
        "Aliyev thanked Erdogan for offering Turkey's good offices between Armenia and Azerbaijan.",
        "AGREE",
        "039",
        {TR},
        {AM, AZ},
    ),
    # read before too (kept)
    (
        "Qatar said it was ready to mediate between Ethiopia and Eritrea.",
        "AGREE",
        "039",
        {QA},
        {ET, ER},
    ),
    ("Armenia fought a war against Azerbaijan in 2020.", "ASSAULT", "190", {AM}, {AZ}),
]


@pytest.mark.parametrize(("text", "kind", "code", "actors", "recipients"), POSITIVES)
def test_truce_acts_read(
    text: str, kind: str, code: str, actors: set[str], recipients: set[str] | None
) -> None:
    assert _has(text, kind, code, actors, recipients), typed_events(text, DAY)


NEGATIVES = [
    # 1. background wars
    (
        "Armenia and Azerbaijan, which have no diplomatic relations, fought two wars over the region since the collapse of the Soviet Union.",
        "ASSAULT",
        "",
    ),
    ("India and Pakistan have fought three wars over Kashmir since 1947.", "ASSAULT", ""),
    ("Armenia and Azerbaijan have fought wars over Karabakh.", "ASSAULT", ""),
    # ceasefires not concluded
    ("Moscow and Kyiv did not agree a ceasefire.", "RETREAT", ""),
    ("Moscow and Kyiv never agreed a ceasefire.", "RETREAT", ""),
    ("Russia announced a ceasefire proposal on Tuesday.", "RETREAT", ""),
    ("Russia said it would announce a ceasefire if Ukraine withdrew.", "RETREAT", ""),
    ("The ceasefire between Armenia and Azerbaijan collapsed on Tuesday.", "RETREAT", ""),
    ("The United States urged Armenia and Azerbaijan to agree a ceasefire.", "RETREAT", ""),
    ("China called for an immediate ceasefire between Israel and Hamas.", "RETREAT", ""),
    # a ceasefire announced between others is not the announcer's
    ("Qatar announced a four-day truce between Israel and Hamas.", "RETREAT", ""),
    ("Egypt declared a ceasefire between the two sides.", "RETREAT", ""),
    ("The United Nations announced a humanitarian truce in Yemen on Saturday.", "RETREAT", ""),
    ("The African Union announced a ceasefire in Sudan.", "RETREAT", ""),
    # disarming not done or another's
    ("The M23 rebels will disarm under the deal.", "RETREAT", "0873"),
    ("The M23 rebels refused to disarm.", "RETREAT", "0873"),
    ("The M23 rebels said they would disarm if Rwanda withdrew.", "RETREAT", "0873"),
    # operations not halted
    ("The UN urged Russia to halt its military operations in Ukraine.", "RETREAT", ""),
    ("China called on Israel to stop its military operations in Gaza.", "RETREAT", ""),
    ("Israel has not halted its military operations in Gaza.", "RETREAT", ""),
    (
        "Israel said it would halt its military operations if the hostages were released.",
        "RETREAT",
        "",
    ),
    ("The United States halted its military operations in Niger after the coup.", "RETREAT", ""),
    # exchanges of fire not told
    (
        "The two sides agreed to avoid exchanges of fire between Kyrgyz and Tajik border guards.",
        "ASSAULT",
        "",
    ),
    ("There were no exchanges of fire between Kyrgyz and Tajik troops on Friday.", "ASSAULT", ""),
    (
        "The OSCE monitors recorded an exchange of fire between Ukrainian and Russian-backed forces.",
        "ASSAULT",
        "",
    ),
    # who fired first, not said of the other side
    ("Tajikistan's border service said its guards had not fired first.", "ACCUSE", ""),
    ("Tajikistan said Kyrgyz troops may have fired first.", "ACCUSE", ""),
    # mediation not offered
    (
        "Erdogan spoke with Aliyev but did not offer Turkey's mediation between Armenia and Azerbaijan.",
        "AGREE",
        "039",
    ),
    ("Armenia rejected Turkey's mediation between Armenia and Azerbaijan.", "AGREE", "039"),
    # aircraft not downed
    ("Russia shot down 20 Ukrainian drones overnight.", "ASSAULT", ""),
]


@pytest.mark.parametrize(("text", "kind", "code"), NEGATIVES)
def test_truce_look_alikes_left(text: str, kind: str, code: str) -> None:
    found = typed_events(text, DAY)
    assert not [e for e in found if e[0] == kind and (not code or e[3] == code)], found


# 11. the day a truce or a halt takes effect from is its startDate, not the day of the act
STARTS = [
    (
        "Saudi Arabia announced its decision to halt military operations in Yemen from 30 March.",
        "0871",
        {SA},
        "2023-03-30",
    ),
    (
        "Thailand and Cambodia agreed a ceasefire with effect from midnight on Monday.",
        "0871",
        {TH, KH},
        "2023-09-18",
    ),
    (
        "The M23 rebels announced a unilateral ceasefire starting on Tuesday.",
        "0871",
        {"M23"},
        "2023-09-19",
    ),
    (
        "Israel and Lebanon agreed to a ceasefire from 4 a.m. on Wednesday.",
        "0871",
        {IL, "Q822"},
        "2023-09-20",
    ),
]


@pytest.mark.parametrize(("text", "code", "actors", "start"), STARTS)
def test_truce_start_day(text: str, code: str, actors: set[str], start: str) -> None:
    found = facts(text, DAY)
    fact = find(found, "Event", cameoCode=code, actor=actors)
    assert fact is not None, found
    assert [str(v) for v in fact.get("startDate")] == [start]
    assert not fact.get("date")


def test_truce_day_of_the_act_kept() -> None:
    found = facts("Thailand and Cambodia agreed a ceasefire on Monday.", DAY)
    fact = find(found, "Event", cameoCode="0871", actor={TH, KH})
    assert fact is not None
    assert [str(v) for v in fact.get("date")] == ["2023-09-18"]
    assert not fact.get("startDate")
