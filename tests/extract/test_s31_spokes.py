"""Spokespersons: what officials say at press briefings and in statements, probed with a battery
of fresh sentences (session 31, spokespersons).

A battery of 54 sentences written for this session before the extractor ran
(``/tmp/s31/spokes-work/battery.py``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set): 32 positives (urged, criticised, warned, condemned,
slammed, lashed out at, denounced ... as, called ... theft, demanded that, called on, vowed a
firm response, "amounted to collective punishment", "should stop"; named spokespersons of states,
of the UN and of armed groups, and unnamed ones of a state) and 22 negatives (did not rule out,
hopes, monitoring, questions, declined to comment, hypotheticals "would respond if", comments
without a recipient, denials, "did not condemn"), then a second set of 34 paraphrases and
lookalikes of the fixes. Wire, state-agency and ministry styles; article date Tuesday 2024-03-12.

At ebdb003 (main) the battery gave 11 misses, 2 wrong facts of this family (an extra actor, the
state beside its spokeswoman; and a THREATEN by Russia where the brief has Peskov, left: below)
and 2 acts without their briefing's day; the negatives gave no wrong fact. After: 4 misses (one
of them, item 28, only because the battery introduced "Mao Ning" in a form no rule reads as a
name), 1 wrong (left), every date; the negatives still none. The second set (34): 8 misses and 2
dates before; after 3 misses (speakers the sentence does not name or the KB lacks) and 1 wrong
fact, "Macron said France should end its dependence on Russian gas" (left, below).

Fixed (each with paraphrases below, positives and negatives):

1. An unnamed spokesperson of a state is its voice before a verb that needs its subject right
   before it: "The Kremlin spokesman warned Estonia ...", "North Korea's foreign ministry
   spokesperson warned South Korea of grave consequences" (THREATEN 130 by the state;
   ``events.ADJACENT``), and "Serbian presidential spokeswoman accused Kosovo ..." (a demonym
   before an unnamed spokesperson is the state, ``mentions._ACTOR_GROUP``; not when a name
   follows: "Serbian presidential spokeswoman Suzana Vasiljevic" is the person's act).
2. "Maria Zakharova, the Russian Foreign Ministry spokeswoman, denounced ..." gave Zakharova and
   Russia as actors: an apposition "the <body> spokeswoman" after a name is an aside
   (``events._APPOSITION``), as "the <lower-case> ..." was; a list ("Russia, the United States
   and China, along with Iran, ...") is not one.
3. The day of the briefing: "Speaking at a news conference on Monday, ...", "At his weekly
   press conference on Monday, ...", "At Monday's regular briefing, ...", "At Monday's summit,
   ..." date the reaction (``asks._OCCASION_BEFORE``, ``asks.briefing_day``); "condemned
   Monday's attack" still does not.
4. A warning of a response to any hostile act of a party: "had warned at his weekly press
   conference that Tehran would respond to any hostile move by Britain" (THREATEN 130 to the
   United Kingdom, ``events._WARNED_IF``); the consequence must be the speaker's own ("warned
   that Israel would respond to any attack by Hezbollah": none), and not negated.
5. Judgements: "called the American decision theft", "called the seizure of Russian assets by
   the European Union theft", "said the Israeli decision amounted to collective punishment" (a
   demonym's act, as "Israel's operation" was: ACCUSE 112, ``events._SAID_BLAME``),
   "called the Ukrainian strike on Belgorod terrorism" (ACCUSE 111 of the act's party;
   ``events._JUDGEMENT``, ``_JUDGED_ACT``: a strike, attack, plan, proposal or law only with its
   party right before it or after "by"); "called the decision historic", "called the attack on
   Ukraine's energy grid unacceptable" (the victim is no party judged) none.
6. "vowed a firm (resolute, robust, swift) response to Japan's new export curbs" (THREATEN 130,
   as "a harsh response" was); none without a party ("to the floods").
7. A demand told by "should" before a verb of stopping, ending or undoing ("told a regular news
   briefing that Washington should stop smearing China", "said Kyiv should immediately withdraw
   ..."), as "must" was (REQUEST 100, ``events._SAID_MUST``, ``_SHOULD_DEMAND``); "said at her
   weekly briefing on Monday that" for "must" too. Not "should not", "should have", "should be",
   "should prepare for", nor a condition ("... if it wanted better ties").
8. "Saudi Arabia said in a statement that it strongly condemned ..." gave nothing ("said in a
   statement that it" is the speaker's own act now, as "said that it" was;
   ``events._SAID_IT_END``, ``_REPORTED``).
9. A full name apposed to a lower-case spokesperson title is the person: "A Chinese foreign
   ministry spokesman, Lin Jian, urged Japan ..." gave China, "Karl Brenner, the Austrian foreign
   ministry spokesman, criticised Hungary" gave Austria; now the person acts (ANNOTATION.md §6:
   the reporting sentence's named person), as "Kremlin spokesman Dmitry Peskov" already did
   (``offices._APPOSED_NAME_AFTER``, ``_NAME_THEN_APPOSED``). Their spokesperson Tenures come
   with it (optional, ANNOTATION.md §4: the scorer counts them apart).

Conventions followed: the reporting sentence's named person is the actor, a state when only the
state's (unnamed) spokesperson is named (ANNOTATION.md §6); a threat the spokesperson reports of
the state ("Peskov said Moscow would take countermeasures against Finland") stays the state's, as
the codebase already gives it and as "said Washington would provide aid" is the United States'
AGREE: the brief's "Peskov" reading was not taken (it would change a convention many tests hold).
"said X should stop" is a demand on X as "said X must stop" is (test_s29b_bodies).

Left: "Hamas spokesman Hazem Qassem said the Israeli decision amounted to collective punishment" (a
speaker after an unknown capitalised word is not read by ``_SAID_BLAME``'s speaker rule:
"Palestinian presidential spokesman X said ..." alike); "Zabihullah Mujahid, the Taliban's chief
spokesman, demanded ..." and "Karl Brenner, Austria's foreign ministry spokesman, ..." (the title
is read now, but people.py binds an apposed name before it only to a title with a state's demonym:
left); "Saudi Foreign Ministry spokesman said ... the kingdom strongly condemns ..." (a lower-case
"the kingdom" for a state named only by its demonym); "Peskov said Helsinki had chosen
confrontation, and warned that Russia would take countermeasures" (no accusation read, so the vow
has no party); "Macron said France should end ..." gives Macron's REQUEST to France when nothing in
the article names his office (the KB's term of the test fixture ends before the article: "must" did
the same before).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys, typed_events

DAY = dt.date(2024, 3, 12)  # a Tuesday

UK, US, ISRAEL, RUSSIA, CHINA, JAPAN = "Q145", "Q30", "Q801", "Q159", "Q148", "Q17"
NORTH_KOREA, SOUTH_KOREA, ESTONIA, KOSOVO, SERBIA = "Q423", "Q884", "Q191", "Q1246", "Q403"
LATVIA, EU, UKRAINE, CANADA, SAUDI, FINLAND = "Q211", "Q458", "Q212", "Q16", "Q851", "Q33"
PHILIPPINES, IRAN, EGYPT = "Q928", "Q794", "Q79"
ZAKHAROVA = "Q20812953"

POSITIVES = [
    # 1. an unnamed spokesperson of a state
    (
        "The Kremlin spokesman warned Estonia that Russia would retaliate.",
        ("THREATEN", {RUSSIA}, {ESTONIA}),
    ),
    (
        "North Korea's foreign ministry spokesperson warned South Korea of grave consequences "
        "over the joint drills.",
        ("THREATEN", {NORTH_KOREA}, {SOUTH_KOREA}),
    ),
    (
        "The State Department spokeswoman warned Russia against further provocations.",
        ("THREATEN", {US}, {RUSSIA}),
    ),
    (
        "Serbian presidential spokeswoman accused Kosovo on Monday of provoking violence.",
        ("ACCUSE", {SERBIA}, {KOSOVO}),
    ),
    (
        "A Chinese foreign ministry spokesman urged Japan to stop the release.",
        ("REQUEST", {CHINA}, {JAPAN}),
    ),
    # 2. the apposition after a name
    (
        "Maria Zakharova, the Russian Foreign Ministry spokeswoman, denounced the Latvian "
        "language law as discriminatory.",
        ("ACCUSE", {ZAKHAROVA}, {LATVIA}),
    ),
    (
        "Maria Zakharova, the Russian Foreign Ministry's spokeswoman, criticised Latvia.",
        ("ACCUSE", {ZAKHAROVA}, {LATVIA}),
    ),
    # 9. a name apposed to a lower-case spokesperson title
    (
        "A Chinese foreign ministry spokesman, Lin Jian, urged Japan to stop the release.",
        ("REQUEST", {"Lin Jian"}, {JAPAN}),
    ),
    (
        "Karl Brenner, the Austrian foreign ministry spokesman, criticised Hungary on Monday.",
        ("ACCUSE", {"Karl Brenner"}, {"Q28"}),
    ),
    # 4. a response to any hostile act of a party
    (
        "Iranian Foreign Ministry spokesman Nasser Kanaani had warned at his weekly press "
        "conference that Tehran would respond to any hostile move by Britain.",
        ("THREATEN", {"Nasser Kanaani"}, {UK}),
    ),
    (
        "Iran had warned at a press conference that it would retaliate against any aggression "
        "from Israel.",
        ("THREATEN", {IRAN}, {ISRAEL}),
    ),
    # 5. judgements
    (
        "A Taliban spokesman, Zabihullah Mujahid, called the American decision to keep Afghan "
        "reserves frozen theft.",
        ("ACCUSE", {"Zabihullah Mujahid"}, {US}),
    ),
    (
        "Kremlin spokesman Dmitry Peskov on Tuesday called the seizure of Russian assets by the "
        "European Union theft.",
        ("ACCUSE", {"Dmitry Peskov"}, {EU}),
    ),
    (
        "Egypt said the Israeli decision amounted to collective punishment.",
        ("ACCUSE", {EGYPT}, {ISRAEL}),
    ),
    ("Russia called the Ukrainian strike on Belgorod terrorism.", ("ACCUSE", {RUSSIA}, {UKRAINE})),
    ("Britain called the proposal by Iran a provocation.", ("ACCUSE", {UK}, {IRAN})),
    # 6. a firm response vowed
    (
        "Chinese Foreign Ministry spokesperson Mao Ning vowed a firm response to Japan's new "
        "export curbs.",
        ("THREATEN", {"Mao Ning"}, {JAPAN}),
    ),
    (
        "China vowed a firm response to any Philippine provocation.",
        ("THREATEN", {CHINA}, {PHILIPPINES}),
    ),
    # 7. "should"
    (
        "Chinese Foreign Ministry spokesperson Mao Ning told a regular news briefing that "
        "Washington should stop smearing China.",
        ("REQUEST", {"Mao Ning"}, {US}),
    ),
    ("Washington said Beijing should stop its coercive actions.", ("REQUEST", {US}, {CHINA})),
    (
        "Foreign Ministry spokeswoman Maria Zakharova said at her weekly briefing on Monday that "
        "Finland should immediately reopen the crossings.",
        ("REQUEST", {ZAKHAROVA}, {FINLAND}),
    ),
    # 8. "said in a statement that it"
    (
        "Saudi Arabia said in a statement that it strongly condemned the raid by Israel.",
        ("ACCUSE", {SAUDI}, {ISRAEL}),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_spokesperson_act(text: str, want: tuple[str, set[str], set[str]]) -> None:
    got = [(t, a, r) for t, a, r, _ in typed_events(text, DAY)]
    assert want in got, got


DATED = [
    (
        "Speaking at a news conference on Monday, Indian external affairs ministry spokesperson "
        "Randhir Jaiswal criticised Canada for sheltering extremists.",
        "ACCUSE",
        "2024-03-11",
    ),
    (
        "At Monday's regular briefing, Chinese Foreign Ministry spokesperson Mao Ning urged the "
        "Philippines to stop provocations in the South China Sea.",
        "REQUEST",
        "2024-03-11",
    ),
    (
        "At his weekly press conference on Monday, spokesman Nasser Kanaani condemned Israel.",
        "ACCUSE",
        "2024-03-11",
    ),
    ("At Monday's summit, Japan criticised China.", "ACCUSE", "2024-03-11"),
    (
        "Saudi Arabia said in a statement on Monday that it condemned Israel.",
        "ACCUSE",
        "2024-03-11",
    ),
    # (the day of the thing condemned is not the condemnation's)
    (
        "Spokesperson Randhir Jaiswal condemned Monday's attack on pilgrims by Pakistan.",
        "ACCUSE",
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "date"), DATED)
def test_briefing_day(text: str, kind: str, date: str | None) -> None:
    got = [
        str(f.get("date")[0]) if f.get("date") else None
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == kind
    ]
    assert got == [date], got


NEGATIVES = [
    # the brief's negatives
    ("Kremlin spokesman Dmitry Peskov did not rule out further contacts with Washington.", None),
    (
        "Foreign Ministry spokesperson Mao Ning said China hoped the United States would stop "
        "interfering in its internal affairs.",
        None,
    ),
    (
        "A State Department spokesperson said the United "
        "States was monitoring the situation in Georgia.",
        None,
    ),
    (
        "Asked whether Beijing would retaliate against "
        "the Netherlands, the spokesman declined to comment.",
        None,
    ),
    (
        "Dmitry Peskov spoke to reporters. Peskov said "
        "Russia would respond if NATO troops were deployed.",
        None,
    ),
    (
        "Chinese foreign ministry spokesman Wang Wenbin said "
        "the situation in the Red Sea was worrying.",
        None,
    ),
    ("The spokeswoman condemned the violence and called for calm.", None),
    ("The spokesperson called on all parties to exercise restraint.", None),
    (
        "Maria Zakharova spoke in Moscow. Zakharova did not condemn Azerbaijan's offensive, saying "
        "only that Moscow was concerned.",
        None,
    ),
    # 1. no threat to the one warned
    ("The Kremlin spokesman warned that the situation could spiral out of control.", None),
    # 2. a list is no apposition
    ("Russia, the United States and China, along with Iran, condemned the attack.", "ASSAULT"),
    # 4. not the speaker's response, no party, negated
    ("Iran warned that Israel would respond to any attack by Hezbollah.", "THREATEN"),
    ("Iran warned that it would respond to any attack.", "THREATEN"),
    ("Iran said it would not respond to any hostile move by Britain.", "THREATEN"),
    # 5. no judgement of a party
    ("China called the decision historic.", "ACCUSE"),
    # (an attack or a plan judged names its party only before it or by "by")
    ("France called the attack on Ukraine's energy grid unacceptable.", "ACCUSE"),
    ("Russia called the plan for a ceasefire in Ukraine unacceptable.", "ACCUSE"),
    ("The spokesman said the decision was not interference.", "ACCUSE"),
    ("Egypt said the U.S. decision would amount to collective punishment.", "ACCUSE"),
    ("Egypt said the Israeli decision did not amount to collective punishment.", "ACCUSE"),
    # 6. no party, or negated
    ("China vowed a firm response to the floods in the south.", "THREATEN"),
    ("Beijing did not vow a firm response to the Dutch curbs.", "THREATEN"),
    # 7. no demand
    ("Macron said Europe should prepare for a long war.", "REQUEST"),
    ("China said the United States should not interfere.", "REQUEST"),
    ("China said the United States should stop interfering if it wanted better ties.", "REQUEST"),
    ("Germany said Russia should be held accountable.", "REQUEST"),
    ("The foreign ministry said Japan should reflect on its history.", "REQUEST"),
    ("China said Japan should have stopped the release earlier.", "REQUEST"),
    (
        "Asked whether Japan should stop the release, the spokesperson declined to comment.",
        "REQUEST",
    ),
    ("Analysts said Russia should stop the offensive before winter.", "REQUEST"),
    # 8. a denial told in a statement
    ("Qatar said in a statement that it had not received any request from Israel.", None),
]


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_no_spokesperson_act(text: str, kind: str | None) -> None:
    got = [e for e in typed_events(text, DAY) if kind is None or e[0] == kind]
    assert got == [], got


def test_a_named_spokesperson_speaks_not_the_state() -> None:
    """A demonym before a spokesperson's title with a name after it: the person acts."""
    got = [
        (keys(f.get("actor")), keys(f.get("recipient")))
        for f in facts(
            "Serbian presidential spokeswoman Suzana Vasiljevic accused Kosovo of provoking "
            "violence.",
            DAY,
        )
        if f.cls.value == "Event"
    ]
    assert got == [({"Suzana Vasiljevic"}, {KOSOVO})], got


def test_a_name_before_a_spokesperson_s_unclosed_title_is_no_spokesperson() -> None:
    """ "... talks with Xi Jinping, the spokesman said": the title opens the report, not an
    apposition of the name before it."""
    got = [
        f
        for f in facts(
            "Russian President Vladimir Putin held talks with Xi Jinping, the spokesman said.", DAY
        )
        if f.cls.value == "Tenure" and str(f.get("role")[0]) == "Spokesperson"
    ]
    assert got == [], got
