"""Sanctions and measures imposed, and the answers to them, probed with a battery of fresh
sentences (session 30, second round, sanctions).

A battery of 54 sentences written for this session before the extractor ran
(``/tmp/s30/sanctions-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set), then about 75 probes in three more sets: China's
unreliable entity list and import bans, Iran's counter-sanctions, Gulf and African measures, UN
embargoes lifted, Canada's export permits, asset freezes and frozen funds released, expulsions,
recalls, summonses, travel bans, secondary sanctions, retaliation "in response to", background
measures, threats, plans, calls and negations; wire, state-agency and ministry styles. Conventions
followed (those of the existing tests): a demonym before officials, firms, banks or oligarchs is
their state ("sanctioned Russian oligarchs": Russia, test_s24_eventsprec), a body or sector after
a state's possessive is the state; an expulsion or recall is SANCTION 161; a summons ACCUSE 111;
a lifting CONCEDE 081 as the existing "lifted ... sanctions" trigger codes it.

At ce68199 (main) the battery gave 1 wrong fact of this family and missed 6; the probes added 3
wrong facts and about 10 misses. After: battery 0 wrong facts and 2 misses; 3 of the probes'
wrong facts fixed (below), with 7 of their misses.

Fixed (each with paraphrases below, positives and negatives):

Wrong facts:

1. A measure denied without "that": "Ankara denied it had imposed any trade restrictions on
   Israel" gave SANCTION Turkey -> Israel; "denied that ..." and "denied expelling" were already
   read as denials. "denied it had", "denied Russia had" now are (``events._DENIED_THAT``), and an
   act after "but" or "and ...ed" stays one.

Misses:

2. A measure ended by a body's vote: "The U.N. Security Council on Thursday voted to lift the
   arms embargo on the Central African Republic" (CONCEDE 081 by the Council, as "lifted the
   arms embargo" already was); not "voted against lifting", "did not vote to lift".
3. A state's frozen money given back: "South Korea released $6 billion in frozen Iranian funds",
   "The United States unfroze Afghan central bank assets" (CONCEDE 085); a release to come is no
   act.
4. Export or arms permits withdrawn: "Canada cancelled export permits for sensitive goods to
   Russia", "suspended arms export permits to Turkey" (SANCTION 163); not negated.
5. Counter-sanctions: "Tehran imposed counter-sanctions on 61 Americans in retaliation for U.S.
   sanctions" (SANCTION 163 Iran -> United States, as "sanctions" was; and "said it would impose
   counter-sanctions" is no promise, as "said it would impose sanctions" was not).
6. A freeze of a party's money named before the noun: "The EU froze Russian central bank
   assets" (SANCTION 163, as "froze the assets of the Russian central bank" was); not "froze the
   plan to seize Russian assets".

Wrong facts found while probing (second set):

7. The state where those sanctioned are taken as the target when they are smugglers, gangs or a
   named group's people: "Britain imposed sanctions on people smugglers operating in Libya" gave
   SANCTION United Kingdom -> Libya, "designated five individuals linked to Hezbollah in
   Lebanon" -> Lebanon (``events._NOT_STATE_TARGETS``, as ``_NOT_A_STATE_NOUN`` already kept
   "a Mexican cartel leader" from Mexico); "six individuals and three entities based in Iran and
   China" and "five individuals in Lebanon" keep their states.

Left: "Washington granted Chevron a licence to resume limited oil operations in Venezuela" (a
licence to a firm, no state easing named); "China on Thursday indefinitely suspended all activities
under the China-Australia Strategic Economic Dialogue" (the other party is inside a format's name);
"Britain imposed sanctions on smugglers in Libya" still gives Libya (the general recipient reader
skips two words before a state: a shared rule, left); "Seoul lifted its ban on Japanese seafood
imports, officials denied" (a denial after the clause); "Canada sanctioned Haitian gang leaders"
(no recipient: "gang" is on the list of non-state nouns, by design). Reported acts by their
victim ("Lithuania said China had blocked imports of Lithuanian goods") stay the reported act, as
test_s12_ev4 has it.

Hit rate of the tests below at ce68199 (main, before this change): positives 3/13, negatives
10/16; after: 13/13 and 16/16.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2023, 6, 10)

CAR, SOMALIA, UNSC = "Q929", "Q1045", "Q37470"
IRAN, KOREA, US, AFGHANISTAN = "Q794", "Q884", "Q30", "Q889"
CANADA, RUSSIA, TURKEY, ISRAEL, EU, JAPAN = "Q16", "Q159", "Q43", "Q801", "Q458", "Q17"
LIBYA, LEBANON = "Q1016", "Q822"

POSITIVES = [
    # 2. a body's vote to lift
    (
        "The U.N. Security Council on Thursday voted to lift the arms embargo on the Central "
        "African Republic.",
        ("CONCEDE", {UNSC}, {CAR}),
    ),
    (
        "The Security Council voted unanimously on Friday to end the arms embargo on Somalia's "
        "government.",
        ("CONCEDE", {UNSC}, {SOMALIA}),
    ),
    # 3. frozen money released
    (
        "South Korea released $6 billion in frozen Iranian funds on Monday.",
        ("CONCEDE", {KOREA}, {IRAN}),
    ),
    ("South Korea released frozen Iranian funds on Monday.", ("CONCEDE", {KOREA}, {IRAN})),
    (
        "The United States unfroze Afghan central bank assets on Monday.",
        ("CONCEDE", {US}, {AFGHANISTAN}),
    ),
    # 4. permits withdrawn
    (
        "Canada cancelled export permits for sensitive goods to Russia on Monday.",
        ("SANCTION", {CANADA}, {RUSSIA}),
    ),
    ("Canada suspended arms export permits to Turkey on Monday.", ("SANCTION", {CANADA}, {TURKEY})),
    # 5. counter-sanctions
    (
        "Tehran imposed counter-sanctions on the United States on Monday.",
        ("SANCTION", {IRAN}, {US}),
    ),
    (
        "Tehran imposed counter-sanctions on 61 Americans in retaliation for U.S. sanctions.",
        ("SANCTION", {IRAN}, {US}),
    ),
    # 6. a freeze of a party's money named before the noun
    ("The EU froze Russian central bank assets on Monday.", ("SANCTION", {EU}, {RUSSIA})),
    # 7. (those of a state where they are keep it)
    (
        "The United States sanctioned six individuals and three entities based in Iran and China "
        "on Friday.",
        ("SANCTION", {US}, {IRAN, "Q148"}),
    ),
    (
        "The Treasury Department sanctioned five individuals in Lebanon.",
        ("SANCTION", {US}, {LEBANON}),
    ),
    # 1. (an act after a denial stays one)
    (
        "Turkey denied it had halted trade with Israel, but it expelled the Israeli ambassador "
        "on Friday.",
        ("SANCTION", {TURKEY}, {ISRAEL}),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_measure_told(text: str, want: tuple[str, set[str], set[str]]) -> None:
    got = [(t, a, r) for t, a, r, _ in typed_events(text, DAY)]
    assert want in got, got


NEGATIVES = [
    # 1. denials
    ("Ankara denied it had imposed any trade restrictions on Israel.", "SANCTION"),
    ("Moscow denied it had expelled Moldovan diplomats.", "SANCTION"),
    ("Beijing denied China had banned Lithuanian imports.", "SANCTION"),
    # 2. no vote to lift
    ("The Council voted against lifting the arms embargo on Libya.", "CONCEDE"),
    ("The Security Council did not vote to lift sanctions on North Korea.", "CONCEDE"),
    # 3. no release
    ("Seoul will release frozen Iranian funds next week.", "CONCEDE"),
    # 4. no cancellation
    ("Canada has not cancelled export permits to Turkey.", "SANCTION"),
    ("Ottawa could cancel more permits if Moscow escalates, officials said.", "SANCTION"),
    # 5. a promise of counter-sanctions is no AGREE
    ("Russia said it would impose counter-sanctions on Japan.", "AGREE"),
    # 6. no freeze
    ("The EU froze the plan to seize Russian assets.", "SANCTION"),
    ("The EU has not frozen Russian central bank assets.", "SANCTION"),
    ("The EU could freeze Russian assets.", "SANCTION"),
    # 7. smugglers or a group's people where they are
    ("Britain imposed sanctions on people smugglers operating in Libya on Friday.", "LIBYA"),
    (
        "The Treasury Department designated five individuals linked to Hezbollah in Lebanon.",
        "LEBANON",
    ),
    # (kept)
    ("China has not banned Japanese rice imports, the ministry said.", "SANCTION"),
    ("Washington is considering sanctions on Chinese firms that supply Russia.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_no_measure(text: str, kind: str) -> None:
    if kind in {"LIBYA", "LEBANON"}:  # a SANCTION, but not on the state where its targets are
        target = LIBYA if kind == "LIBYA" else LEBANON
        assert [e for e in typed_events(text, DAY) if target in e[2]] == []
        return
    assert [e for e in typed_events(text, DAY) if e[0] == kind] == []
