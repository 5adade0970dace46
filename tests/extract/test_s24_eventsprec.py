# ruff: noqa: E501  (a table of sentences)
"""Event precision probed with a battery of fresh sentences (session 24, eventsprec).

A battery of 346 sentences (and short articles) written for this session with the Events and
Meetings ANNOTATION.md expects noted before the extractor ran (wire stories, Kremlin, State
Department and ministry readouts, joint statements; Africa, Latin America, Asia, the Middle
East, Europe, the Pacific), most of them event-looking words that are no Event (background
sanctions and wars, analysts' opinions, hypotheticals, questions, negations, denials, plans,
quotations, "discussed sanctions") or an Event whose actor, recipient or date is easy to get
wrong (passives, time clauses, relative clauses, appositions, second verbs, compound pairs).
Kept out of the repository: ``/tmp/s24/eventsprec-battery.txt``.

At b7e82f7 (main) it gave 30 wrong facts and 59 misses; after: 7 wrong facts (below, left),
59 misses. Precision on the hypothetical, negated, future, question and "discussed" rows was
already right (none gave a fact); what was wrong were dates and arguments. Fixed (each with
paraphrases below, positives and negatives; none from a gold set):

1. An act its teller denies was asserted: "The Kremlin denied that Russia had attacked a
   civilian train in Kharkiv" gave ASSAULT Russia -> Ukraine ("denies that", "denied reports
   / claims that", "denied attacking"; an act after the denial's clause stays: "denied the
   report and accused Ukraine", "denied the allegation and expelled").
2. The date of a time clause telling another party's deed went to the main act: "Mexico
   recalled its ambassador from Ecuador after police raided its embassy on Friday" (the recall
   dated Friday), "Israel struck targets in Lebanon after Hezbollah fired rockets on Sunday",
   "Egypt thanked the UAE after Abu Dhabi pledged $35 billion on Sunday", "After Azerbaijan
   seized Nagorno-Karabakh in September, Armenia accused Russia"; and the deed of the clause
   took the main clause's date ("Russia expelled two Moldovan diplomats on Thursday after
   Moldova expelled a Russian envoy": Moldova's expulsion dated Thursday). A clause "after /
   before" with a subject and a past verb of its own keeps its dates to itself; not "after
   talks on Friday" nor "after they met on Friday" (the act's own occasion).
3. A measure told in a relative clause took the main clause's date: "The sanctions that the
   United States imposed on Venezuela's oil sector in 2019 were eased in October" gave the
   sanction October's date; now 2019.
4. An act told in a relative clause of the subject took the main clause's date: "Erdogan, who
   has criticised Israel's offensive, met Haniyeh on Saturday" (the criticism dated
   Saturday), "Poland, which expelled 45 Russian diplomats on Wednesday, summoned the Russian
   ambassador on Friday" (the expulsion dated Friday): such an act has its clause's dates.
5. A sentence-opening adjective read as an armed group's name: "Unidentified gunmen attacked
   a convoy" gave ASSAULT by "Unidentified", "Suspected militants attacked a village in Burkina
   Faso" one by "Suspected" on Burkina Faso (also "Unknown", "Masked", "Several", ...).
6. The object of a first verb taken as the actor of a second one when the subject is unnamed:
   "The Secretary condemned the Houthis' attacks ... and urged Iran to stop arming the group"
   gave REQUEST Houthis -> Iran, "The minister thanked Japan for its support and urged China
   to respect the ruling" REQUEST Japan -> China. No actor now (the article may name him).
7. The possessor in an apposition of the subject taken as a second actor: "Belarus, Russia's
   closest ally, condemned the new EU sanctions" gave ACCUSE Belarus + Russia -> EU.
8. Those the subject is compared with taken as co-actors: "Like the United States, Canada has
   sanctioned Russian oligarchs" gave SANCTION United States + Canada, "Unlike Hungary,
   Slovakia condemned ..." ACCUSE Hungary + Slovakia (read as a list).
9. The state invaded as the one a condemnation accuses (found while probing 8): "Slovakia
   condemned the invasion of Ukraine" gave ACCUSE Slovakia -> Ukraine, "Egypt condemned the
   blockade of Qatar" -> Qatar. No invader named, no Event (ANNOTATION.md §5: none for a bare
   situation); "the Russian invasion of Ukraine", "the invasion of Ukraine by Russia" accuse
   Russia as before.
10. A party of a relative clause after a welcomed decision taken as the decision's recipient:
   "Biden praised Japan's decision to double its defence spending, which China criticised" gave
   AGREE Japan -> China.

A miss of a general structure, found while probing a battery miss (cheap, fixed): one weapon of
a state that strikes acts for it, as its weapons did ("A Russian missile struck Kharkiv on
Tuesday": nothing; "Russian missiles struck Kharkiv" gave the attack), only before a verb of
striking (not "shot down a Russian drone", "a Russian drone entered Romanian airspace").

Left (wrong by ANNOTATION.md as this battery read it, but conventions the rules adopted on
purpose or too rare to build for): "Ghana and Nigeria condemned the coup in Niger" accuses
Niger (a documented choice: the coup's rulers); "Experts say Russia's attacks on Ukraine's
energy grid amount to war crimes" and "Russia's invasion of Ukraine, which began in February
2022, has displaced millions" give ASSAULT (a named attack told is one, session 13); "the
Red Sea, where Houthi rebels have attacked commercial ships" gives ASSAULT by the Houthis;
"Egypt urged Israel and Hamas" leaves Hamas out; "expelled two diplomats after they were
caught spying on Tuesday" dates the expulsion Tuesday; "Saudi Arabia and the UAE, along with
Egypt, condemned" gives two Events (one per partner, session 20).

Hit rate at b7e82f7 (before): negatives (no Event may come) 7/22 (denials 2/7, unnamed
attackers 2/5, second verbs 0/4, weapons 3/3, states invaded 0/3); rows of actors and dates
20/44 (time clauses 10/19, relative measures 1/3, relative acts 3/7, appositions 3/6,
comparisons 1/6, welcomed decisions 2/3; the rows the fixes must not change among them);
positives 13/16 (one weapon 0/3, invaders named 4/4). After: 22/22, 44/44, 16/16.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys, typed_events

DAY = dt.date(2024, 3, 15)  # a Friday

RUSSIA, UKRAINE, US, CHINA, IRAN = "Q159", "Q212", "Q30", "Q148", "Q794"
MEXICO, ECUADOR, ISRAEL, LEBANON = "Q96", "Q736", "Q801", "Q822"
POLAND, LITHUANIA, MOLDOVA, EGYPT, UAE = "Q36", "Q37", "Q217", "Q79", "Q878"
JAPAN, BELARUS, EU, INDIA, CANADA = "Q17", "Q184", "Q458", "Q668", "Q16"
PHILIPPINES, ESTONIA, ARMENIA, NETHERLANDS = "Q928", "Q191", "Q399", "Q29999"
VENEZUELA = "Q717"


def _dated(
    text: str, kind: str, actors: set[str], recipients: set[str] | None = None
) -> list[str | None]:
    """The dates of each Event of ``kind`` with these actors (and recipients) the text gives."""
    return [
        (str(f.get("date")[0]) if f.get("date") else None)
        for f in facts(text, DAY)
        if f.cls.value == "Event"
        and str(f.get("eventType")[0]) == kind
        and keys(f.get("actor")) == actors
        and (recipients is None or keys(f.get("recipient")) == recipients)
    ]


# ---- 1. an act its teller denies is no act --------------------------------------------------

DENIED = [
    pytest.param(
        "The Kremlin denied that Russia had attacked a civilian train in Kharkiv.",
        "ASSAULT",
        id="kremlin-denied-that",
    ),
    pytest.param(
        "Russia denied that its forces had fired on Ukrainian civilians in Kherson.",
        "ASSAULT",
        id="its-forces",
    ),
    pytest.param(
        "Moscow denies that Russian troops have shelled the Zaporizhzhia nuclear plant.",
        "ASSAULT",
        id="denies-present",
    ),
    pytest.param(
        "Beijing denied reports that China had supplied weapons to Russia.",
        "AID",
        id="denied-reports-that",
    ),
    pytest.param(
        "Rwanda has denied that its army attacked Congolese troops near Goma.",
        "ASSAULT",
        id="rwanda-army",
    ),
    pytest.param(
        "Minsk denied that Belarus had massed troops on the border with Ukraine.",
        "MOBILIZE",
        id="massed-denied",
    ),
    pytest.param(
        "Tehran denied claims that Iran had sent drones to Russia.", "AID", id="denied-claims-that"
    ),
]


@pytest.mark.parametrize(("text", "kind"), DENIED)
def test_an_act_denied_is_none(text: str, kind: str) -> None:
    assert [e for e in typed_events(text, DAY) if e[0] == kind] == []


KEPT_AFTER_DENIAL = [
    pytest.param(
        "The Kremlin denied the report and accused Ukraine of shelling the Zaporizhzhia nuclear plant.",
        "ACCUSE",
        {RUSSIA},
        {UKRAINE},
        id="denied-the-report-and-accused",
    ),
    pytest.param(
        "India denied the allegation on Wednesday and expelled a Canadian diplomat.",
        "SANCTION",
        {INDIA},
        {CANADA},
        id="denied-and-expelled",
    ),
    pytest.param(
        "Tehran denied the claims on Monday and summoned the British ambassador.",
        "ACCUSE",
        {IRAN},
        {"Q145"},
        id="denied-and-summoned",
    ),
    pytest.param(
        "Caracas denied the reports, but Guyana accused Venezuela of massing troops on the border.",
        "ACCUSE",
        {"Q734"},
        {VENEZUELA},
        id="denied-but-accused",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "recipients"), KEPT_AFTER_DENIAL)
def test_an_act_beside_a_denial_stays(
    text: str, kind: str, actors: set[str], recipients: set[str]
) -> None:
    assert any(
        e[0] == kind and e[1] == actors and e[2] == recipients for e in typed_events(text, DAY)
    )


# ---- 2. a time clause's date is its own deed's ------------------------------------------------

DATES = [
    # the main clause's act does not take the date of another party's deed told after "after"
    pytest.param(
        "Mexico recalled its ambassador from Ecuador after police raided its embassy in Quito on Friday.",
        "SANCTION",
        {MEXICO},
        {ECUADOR},
        None,
        id="recalled-after-raid",
    ),
    pytest.param(
        "Israel's military struck targets in Lebanon after Hezbollah fired rockets at northern Israel on Sunday.",
        "ASSAULT",
        {ISRAEL},
        {LEBANON},
        None,
        id="struck-after-rockets",
    ),
    pytest.param(
        "Japan condemned China after Chinese ships entered its waters on Monday.",
        "ACCUSE",
        {JAPAN},
        {CHINA},
        None,
        id="condemned-after-entered",
    ),
    pytest.param(
        "Lithuania expelled a Russian diplomat after Russia expelled a Lithuanian envoy on Tuesday.",
        "SANCTION",
        {LITHUANIA},
        {RUSSIA},
        None,
        id="expelled-after-expelled",
    ),
    pytest.param(
        "Egypt thanked the United Arab Emirates after Abu Dhabi pledged $35 billion in investment on Sunday.",
        "SUPPORT",
        {EGYPT},
        {UAE},
        None,
        id="thanked-after-pledged",
    ),
    pytest.param(
        "The Philippines protested after Chinese coast guard vessels fired water cannon at a Philippine supply boat on Saturday.",
        "ACCUSE",
        {PHILIPPINES},
        {CHINA},
        None,
        id="protested-after-fired",
    ),
    pytest.param(
        "After Azerbaijan seized Nagorno-Karabakh in September, Armenia accused Russia of failing to protect it.",
        "ACCUSE",
        {ARMENIA},
        {RUSSIA},
        None,
        id="fronted-after",
    ),
    # the deed of the time clause keeps its own date, and only it
    pytest.param(
        "Lithuania expelled a Russian diplomat after Russia expelled a Lithuanian envoy on Tuesday.",
        "SANCTION",
        {RUSSIA},
        {LITHUANIA},
        "2024-03-12",
        id="deed-in-clause-own-date",
    ),
    pytest.param(
        "Israel's military struck targets in Lebanon after Hezbollah fired rockets at northern Israel on Sunday.",
        "ASSAULT",
        None,
        {ISRAEL},
        "2024-03-10",
        id="rockets-own-date",
    ),
    pytest.param(
        "Russia expelled two Moldovan diplomats on Thursday after Moldova expelled a Russian envoy.",
        "SANCTION",
        {MOLDOVA},
        {RUSSIA},
        None,
        id="deed-in-clause-undated",
    ),
    pytest.param(
        "North Korea fired a ballistic missile on Thursday, days after the United States and South Korea began joint drills.",
        "COOPERATE",
        {US, "Q884"},
        set(),
        None,
        id="long-subject-in-clause",
    ),
    # the main clause's own date stays
    pytest.param(
        "The United States and South Korea began joint drills on Monday, days after North Korea fired a ballistic missile.",
        "COOPERATE",
        {US, "Q884"},
        set(),
        "2024-03-11",
        id="long-subject-main",
    ),
    pytest.param(
        "Russia expelled two Moldovan diplomats on Thursday after Moldova expelled a Russian envoy.",
        "SANCTION",
        {RUSSIA},
        {MOLDOVA},
        "2024-03-14",
        id="main-own-date",
    ),
    pytest.param(
        "Poland summoned Russia's ambassador on Wednesday after a Russian missile entered its airspace on Sunday.",
        "ACCUSE",
        {POLAND},
        {RUSSIA},
        "2024-03-13",
        id="summoned-wednesday",
    ),
    pytest.param(
        "Japan lodged a protest with China on Thursday after Chinese coast guard ships entered Japanese waters.",
        "ACCUSE",
        {JAPAN},
        {CHINA},
        "2024-03-14",
        id="lodged-thursday",
    ),
    pytest.param(
        "Russian forces struck Odesa on Wednesday, days after Ukraine hit an oil refinery in Russia.",
        "ASSAULT",
        {RUSSIA},
        {UKRAINE},
        "2024-03-13",
        id="struck-wednesday-days-after",
    ),
    pytest.param(
        "Estonia summoned the Russian charge d'affaires on Monday, before Moscow announced new restrictions on Tuesday.",
        "ACCUSE",
        {ESTONIA},
        {RUSSIA},
        "2024-03-11",
        id="before-clause",
    ),
    # a time clause of the act's own parties, or of their talks, dates the act
    pytest.param(
        "Erdogan and Mitsotakis signed a declaration after they met in Athens on Thursday.",
        "SUPPORT",
        {"Q39259", "Q552751"},
        set(),
        "2024-03-14",
        id="after-they-met",
    ),
    pytest.param(
        "Iran fired missiles at Israel on Saturday after Israel struck its consulate in Damascus.",
        "ASSAULT",
        {IRAN},
        {ISRAEL},
        "2024-03-09",
        id="fired-saturday",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "recipients", "date"), DATES)
def test_a_time_clause_dates_its_own_deed(
    text: str, kind: str, actors: set[str] | None, recipients: set[str], date: str | None
) -> None:
    found = [
        (str(f.get("date")[0]) if f.get("date") else None)
        for f in facts(text, DAY)
        if f.cls.value == "Event"
        and str(f.get("eventType")[0]) == kind
        and (actors is None or keys(f.get("actor")) == actors)
        and keys(f.get("recipient")) == recipients
    ]
    assert found == [date]


# ---- 3. a measure told in a relative clause keeps that clause's date --------------------------

RELATIVE = [
    pytest.param(
        "The sanctions that the United States imposed on Venezuela's oil sector in 2019 were eased in October.",
        {US},
        {VENEZUELA},
        "2019",
        id="eased-in-october",
    ),
    pytest.param(
        "The sanctions the European Union imposed on Belarus in 2021 were extended on Thursday.",
        {EU},
        {BELARUS},
        "2021",
        id="extended-on-thursday",
    ),
    pytest.param(
        "The tariffs that the United States imposed on Chinese steel in 2018 remain in force.",
        {US},
        {CHINA},
        "2018",
        id="remain-in-force",
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients", "date"), RELATIVE)
def test_a_measure_in_a_relative_clause_keeps_its_date(
    text: str, actors: set[str], recipients: set[str], date: str
) -> None:
    assert _dated(text, "SANCTION", actors, recipients) == [date]


# ---- 4. unnamed attackers are no group ---------------------------------------------------------

UNNAMED = [
    pytest.param(
        "Unidentified gunmen attacked a convoy of Nigerian soldiers in Borno state on Tuesday.",
        id="unidentified",
    ),
    pytest.param("Suspected militants attacked a village in Burkina Faso.", id="suspected"),
    pytest.param("Masked gunmen kidnapped two Chinese engineers in Pakistan.", id="masked"),
    pytest.param("Unknown fighters stormed a police station in northern Mali.", id="unknown"),
    pytest.param("Several militants attacked a checkpoint in Niger on Monday.", id="several"),
]


@pytest.mark.parametrize("text", UNNAMED)
def test_unnamed_attackers_act_for_no_one(text: str) -> None:
    assert typed_events(text, DAY) == []


NAMED_GROUPS = [
    pytest.param("Taliban gunmen detained two activists in Kabul.", "Taliban", id="taliban-gunmen"),
    pytest.param(
        "Al-Shabaab militants attacked a military base in Somalia on Monday.",
        "Al-Shabaab",
        id="al-shabaab",
    ),
]


@pytest.mark.parametrize(("text", "group"), NAMED_GROUPS)
def test_a_named_group_still_acts(text: str, group: str) -> None:
    assert any(group in e[1] for e in typed_events(text, DAY))


# ---- 5. a second verb of an unnamed subject is not its first verb's object's ------------------

SECOND_VERB = [
    pytest.param(
        "The Secretary condemned the Houthis' attacks on commercial shipping and urged Iran to stop arming the group.",
        id="secretary-houthis",
    ),
    pytest.param(
        "The chairman condemned Russia's strikes on Kyiv and called on China to use its influence.",
        id="chairman-russia",
    ),
    pytest.param(
        "The minister thanked Japan for its support and urged China to respect the ruling.",
        id="minister-japan",
    ),
    pytest.param(
        "The spokesman welcomed Qatar's mediation and urged Israel to allow more aid into Gaza.",
        id="spokesman-qatar",
    ),
]


@pytest.mark.parametrize("text", SECOND_VERB)
def test_the_object_of_a_first_verb_is_no_actor_of_the_second(text: str) -> None:
    assert [e for e in typed_events(text, DAY) if e[0] == "REQUEST"] == []


NAMED_SUBJECT = [
    pytest.param(
        "Blinken condemned the Houthis' attacks on commercial shipping and urged Iran to stop arming the group.",
        {"Q7821917"},
        {IRAN},
        id="blinken",
    ),
    pytest.param(
        "The Chinese Foreign Ministry condemned the Philippines' actions and urged Manila to stop provocations.",
        {CHINA},
        {PHILIPPINES},
        id="chinese-ministry",
    ),
    pytest.param(
        "Kenya's President William Ruto condemned the attack on the Somali army and urged the African Union to act.",
        {"Q195725"},
        {"Q7159"},
        id="ruto",
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), NAMED_SUBJECT)
def test_a_named_subject_still_asks(text: str, actors: set[str], recipients: set[str]) -> None:
    assert ("REQUEST", actors, recipients) in [(e[0], e[1], e[2]) for e in typed_events(text, DAY)]


# ---- 6. the possessor in an apposition of the subject is no actor -----------------------------

APPOSED = [
    pytest.param(
        "Belarus, Russia's closest ally, condemned the new EU sanctions.",
        {BELARUS},
        {EU},
        id="closest-ally",
    ),
    pytest.param(
        "Belarus, Russia's closest ally, accused Poland of provocations.",
        {BELARUS},
        {POLAND},
        id="accused",
    ),
    pytest.param(
        "Serbia, China's main partner in Europe, condemned the NATO bombing.",
        {"Q403"},
        {"Q7184"},
        id="partner-in-europe",
    ),
    # (unchanged forms)
    pytest.param(
        "Belarus, a close ally of Russia, condemned the new EU sanctions.",
        {BELARUS},
        {EU},
        id="ally-of",
    ),
    pytest.param(
        "Russia's ally Belarus condemned the new EU sanctions.",
        {BELARUS},
        {EU},
        id="possessive-title",
    ),
    pytest.param(
        "Russia and Belarus condemned the new EU sanctions.",
        {RUSSIA, BELARUS},
        {EU},
        id="compound-pair",
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), APPOSED)
def test_the_possessor_of_an_apposition_is_no_actor(
    text: str, actors: set[str], recipients: set[str]
) -> None:
    assert [(e[1], e[2]) for e in typed_events(text, DAY) if e[0] == "ACCUSE"] == [
        (actors, recipients)
    ]


# ---- 7. an act told in a relative clause of the subject has that clause's date ---------------

ASIDE_ACTS = [
    pytest.param(
        "Turkish President Recep Tayyip Erdogan, who has criticised Israel's offensive, met Hamas leader Ismail Haniyeh in Istanbul on Saturday.",
        "ACCUSE",
        {"Q39259"},
        {ISRAEL},
        None,
        id="criticised-undated",
    ),
    pytest.param(
        "Poland, which has condemned Russia's attacks, expelled a Russian diplomat on Saturday.",
        "ACCUSE",
        {POLAND},
        {RUSSIA},
        None,
        id="condemned-undated",
    ),
    pytest.param(
        "Poland, which expelled 45 Russian diplomats on Wednesday, summoned the Russian ambassador on Friday.",
        "SANCTION",
        {POLAND},
        {RUSSIA},
        "2024-03-13",
        id="expelled-wednesday",
    ),
    pytest.param(
        "Estonia, which accused Russia of jamming GPS signals in January, expelled a Russian diplomat on Saturday.",
        "ACCUSE",
        {ESTONIA},
        {RUSSIA},
        "2024-01",
        id="accused-in-january",
    ),
    # the main clause keeps its own date
    pytest.param(
        "Poland, which has condemned Russia's attacks, expelled a Russian diplomat on Saturday.",
        "SANCTION",
        {POLAND},
        {RUSSIA},
        "2024-03-09",
        id="main-saturday",
    ),
    pytest.param(
        "Poland, which expelled 45 Russian diplomats on Wednesday, summoned the Russian ambassador on Friday.",
        "ACCUSE",
        {POLAND},
        {RUSSIA},
        "2024-03-15",
        id="main-friday",
    ),
    pytest.param(
        "Estonia, which accused Russia of jamming GPS signals in January, expelled a Russian diplomat on Saturday.",
        "SANCTION",
        {ESTONIA},
        {RUSSIA},
        "2024-03-09",
        id="main-expelled-saturday",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "recipients", "date"), ASIDE_ACTS)
def test_an_act_in_a_relative_clause_has_its_dates(
    text: str, kind: str, actors: set[str], recipients: set[str], date: str | None
) -> None:
    assert _dated(text, kind, actors, recipients) == [date]


# ---- a miss: one weapon of a state that strikes acts for it, as its weapons do -------------

ONE_WEAPON = [
    pytest.param(
        "A Russian missile struck Kharkiv on Tuesday.",
        ("ASSAULT", {RUSSIA}, {UKRAINE}),
        id="a-russian-missile",
    ),
    pytest.param(
        "An Iranian drone struck a US base in Jordan.",
        ("ASSAULT", {IRAN}, {US}),
        id="an-iranian-drone",
    ),
    # the same allegation as for its plural
    pytest.param(
        "A Russian missile struck Kharkiv on Tuesday, Ukrainian officials said.",
        ("ACCUSE", {UKRAINE}, {RUSSIA}),
        id="officials-said",
    ),
]


@pytest.mark.parametrize(("text", "event"), ONE_WEAPON)
def test_one_weapon_acts_for_its_state(text: str, event: tuple[str, set[str], set[str]]) -> None:
    assert [(e[0], e[1], e[2]) for e in typed_events(text, DAY)] == [event]


NO_WEAPON_ACT = [
    pytest.param("Ukraine shot down a Russian drone over Kyiv.", id="shot-down"),
    pytest.param("A Russian drone entered Romanian airspace on Monday.", id="entered"),
    pytest.param("The Russian drone programme relies on Iranian designs.", id="programme"),
]


@pytest.mark.parametrize("text", NO_WEAPON_ACT)
def test_a_weapon_that_strikes_nothing_does_not_act(text: str) -> None:
    assert [e for e in typed_events(text, DAY) if e[0] == "ASSAULT"] == []


# ---- 8. those the subject is compared with do not act with it ---------------------------------

COMPARED = [
    pytest.param(
        "Like the United States, Canada has sanctioned Russian oligarchs.",
        ("SANCTION", {CANADA}, {RUSSIA}),
        id="like-the-us",
    ),
    pytest.param(
        "Unlike Hungary, Slovakia condemned Russia.",
        ("ACCUSE", {"Q214"}, {RUSSIA}),
        id="unlike-hungary",
    ),
    pytest.param(
        "Like France, Germany condemned Russia's attack on Kyiv.",
        ("ACCUSE", {"Q183"}, {RUSSIA}),
        id="like-france",
    ),
    pytest.param(
        "Just like Japan, South Korea protested to China.",
        ("ACCUSE", {"Q884"}, {CHINA}),
        id="just-like",
    ),
    pytest.param(
        "Like Britain and Canada, Australia imposed sanctions on Iran.",
        ("SANCTION", {"Q408"}, {IRAN}),
        id="like-two",
    ),
    # (a compound subject still acts together)
    pytest.param(
        "Britain and Canada imposed sanctions on Iran.",
        ("SANCTION", {"Q145", CANADA}, {IRAN}),
        id="compound",
    ),
]


@pytest.mark.parametrize(("text", "event"), COMPARED)
def test_those_compared_with_do_not_act(text: str, event: tuple[str, set[str], set[str]]) -> None:
    assert [(e[0], e[1], e[2]) for e in typed_events(text, DAY)] == [event]


# ---- 9. the state invaded is not the one a condemnation accuses -------------------------------

INVADED = [
    pytest.param("Slovakia condemned the invasion of Ukraine.", id="invasion-of"),
    pytest.param("China condemned the full-scale invasion of Ukraine.", id="full-scale"),
    pytest.param("Egypt condemned the blockade of Qatar.", id="blockade-of"),
]


@pytest.mark.parametrize("text", INVADED)
def test_the_state_invaded_is_not_accused(text: str) -> None:
    assert [e for e in typed_events(text, DAY) if e[0] == "ACCUSE"] == []


INVADER_NAMED = [
    pytest.param(
        "Slovakia condemned the Russian invasion of Ukraine.",
        {"Q214"},
        {RUSSIA},
        id="russian-invasion",
    ),
    pytest.param(
        "Slovakia condemned Russia's invasion of Ukraine.",
        {"Q214"},
        {RUSSIA},
        id="russias-invasion",
    ),
    pytest.param(
        "Slovakia condemned the invasion of Ukraine by Russia.", {"Q214"}, {RUSSIA}, id="by-russia"
    ),
    pytest.param(
        "Qatar condemned the Israeli bombardment of Gaza.",
        {"Q846"},
        {ISRAEL},
        id="israeli-bombardment",
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), INVADER_NAMED)
def test_the_invader_named_is_accused(text: str, actors: set[str], recipients: set[str]) -> None:
    assert [(e[0], e[1], e[2]) for e in typed_events(text, DAY)] == [("ACCUSE", actors, recipients)]


# ---- 10. a party in a relative clause after a welcomed pledge is not its recipient ------------
# (a pledge or commitment since session 42: a decision welcomed gives no AGREE)

WELCOMED = [
    pytest.param(
        "Biden praised Japan's pledge to double its defence spending, which China criticised.",
        {JAPAN},
        set(),
        id="which-china-criticised",
    ),
    # (a recipient inside the decision stays)
    pytest.param(
        "Australia welcomed the Philippines' commitment to expand cooperation with Japan.",
        {PHILIPPINES},
        {JAPAN},
        id="cooperation-with-japan",
    ),
    pytest.param(
        "Blinken welcomed Kenya's offer to lead the mission in Haiti, which the UN approved.",
        {"Q114"},
        {"Q790"},
        id="mission-in-haiti",
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), WELCOMED)
def test_the_recipient_of_a_welcomed_decision_is_in_it(
    text: str, actors: set[str], recipients: set[str]
) -> None:
    assert [(e[1], e[2]) for e in typed_events(text, DAY) if e[0] == "AGREE"] == [
        (actors, recipients)
    ]
