# ruff: noqa: E501  (a table of sentences)
"""Material events probed with a battery of fresh sentences (session 25, material).

A battery of 217 sentences written for this session before the extractor ran, in five batches
(``/tmp/s25/material-work/battery.txt``, kept out of the repository: wire stories, Kremlin,
State Department and ministry readouts; Africa, Latin America, Asia, the Middle East, Europe,
the Pacific; aid delivered, handed over, provided, lent; extraditions, deportations, releases,
swaps; withdrawals; sanctions lifted, borders reopened and closed, flights suspended, imports
banned, tariffs, downgrades, expulsions; seizures, arrests; strikes, shelling, blockades,
incursions; alerts, build-ups, drills, peacekeepers; passives, relative clauses, possessives,
nominal forms, second verbs, reported own acts, negations, hypotheticals, plans, denials,
allegations) with the facts ANNOTATION.md expects noted beside each. At d13df34 (main) it gave
7 wrong facts and 44 misses of this family (and 7 more about armed groups the KB lacks: the
Taliban, Hamas, the Houthis, Iranian-backed militias, a Saudi-led coalition, the Wagner Group,
RFI); after: 0 wrong facts, 22 misses.

Wrong facts, fixed (each with paraphrases below, positives and negatives; none from a gold set):

1. Arms a third party says one side sent another were asserted as the supplier's AID: "U.S.
   officials said Iran had supplied drones to Russia", "Seoul said North Korea had shipped
   artillery shells to Russia" gave AID 072 (session 24 left it). ANNOTATION.md §6: an
   allegation about the other side is the speaker's ACCUSE 112. Now so when the arms are named
   and the speaker is a state (or speaks for one) that is neither the supplier nor the
   receiver; a party's own report stays AID ("Kyiv said Germany had delivered tanks",
   "Zelensky said Germany had delivered missiles to Kyiv", "Germany said it had ..."), and
   so does non-military aid ("Seoul said North Korea had sent food to Russia"). With it, "U.S.
   officials said ..." speaks for the United States (the abbreviation is masked alone, so its
   officials were no speaker): "U.S. officials said Iran had attacked a tanker" is now the
   U.S.'s ACCUSE 112, not Iran's ASSAULT (as "American officials said ..." already was).
2. "The release of 40 Azerbaijani detainees by Armenia was welcomed by the EU" gave a Meeting
   (043) of Armenia and the EU: the agent of a nominal act read as a guest "welcomed by" a host.
3. "Following Israel's strikes on Lebanon on Monday, Hezbollah fired rockets" dated Hezbollah's
   fire Monday: a fronted "Following / After / Before X's strikes (attack, expulsion, seizure,
   decision ...)" tells another party's deed, whose dates are its own (as session 24's time
   clauses with a verb).
15. "Russia blocked Ukrainian grain exports" was a REJECT 120 (a veto; the bare "blocked" of the
   veto rule took any object) and "China's coast guard blocked a Philippine resupply mission"
   too: goods blocked are an embargo (SANCTION 163), ships or a passage a blockade (ASSAULT 191,
   as "blockaded" and "closed the Lachin corridor"); "blocked the EU's aid package" stays REJECT.
16. "Myanmar's junta bombed a village near the Thai border" was an attack on Thailand: a border
   named after "near" is two states' and names no target.
18. (found in probes) "Spain extradited a Russian hacker to the United States" had Russia as the
   partner: the state the person is handed to is.
20. "China sanctioned Lockheed Martin over arms sales to Taiwan" sanctioned Taiwan: a party named
   in the measure's reason ("over", "in response to", "because", "amid") is not its target.
   "The United States sanctioned more than 500 Russian individuals and entities in response to
   Russia's war against Ukraine" had found Russia only through that reason; those counted after
   "sanctioned" now name it.

Misses of general structures, fixed:

4. "Poland ordered 45 Russian diplomats to leave the country" (SANCTION 161): the envoys are
   masked with their state, which the "ordered ... diplomats to leave" rule did not read (not
   "ordered 45 Russian nationals to leave").
5. "Kenya's police arrested a Chinese national", "Iran's intelligence agency arrested ...": a
   state's police, security or intelligence services act for it, as its army and coast guard.
6. "Russia suspended flights to Georgia", "halted all direct flights to Iran" (SANCTION 163):
   a state's own links cut, the state the verb's subject (an airline's flights halted for
   safety stay none).
7. "Beijing retaliated by banning imports of Lithuanian goods" (SANCTION 163), as "responded
   by expelling" was.
8. "Poland sent 10,000 soldiers to its border with Belarus" (MOBILIZE 150): a count with
   commas and "soldiers" beside "troops".
9. "China provided Laos with 5,000 tonnes of rice", "delivered 25,000 tonnes of free wheat to
   Somalia" (AID): staples given, by a verb of giving or marked free (not "shipped 30,000 tonnes
   of wheat to Egypt", "delivered 50,000 tonnes of wheat to Sudan": mostly trade).
10. "Qatar and Saudi Arabia reopened their border" (CONCEDE 085, both actors), "Cuba and the
    United States swapped prisoners" (CONCEDE 0841, as "exchanged").
11. "Ethiopian troops withdrew from Eritrea", "withdrew from Ethiopia's Tigray region", "The
    United States withdrew from Afghanistan" (RETREAT 0874, the state left as recipient; not
    "withdrew from ECOWAS", "from the Iran nuclear deal").
12. "Israel said it had struck targets in Lebanon", "Iran's navy said that it had seized a
    British tanker": a party's own act told with "it" after its saying was lost for every
    trigger that needs its subject next to it (struck, seized, ...); "it" after the speaker's
    "said" is now that subject.
13. "Belarus moved troops and tanks to its border with Ukraine" (MOBILIZE 150).
14. "Japan lent Sri Lanka $350 million", "China loaned Pakistan another $2 billion" (AID; not
    "lent its support").
17. "Australia contributed 40 soldiers to the UN mission in South Sudan", "Kenya sent 1,000
    police officers to Haiti" (AID 074): forces lent to a mission in a state, police to a state;
    the state the mission serves is the recipient (also for "deployed peacekeepers to the UN
    mission in the Central African Republic", which had the UN).
19. "The United States suspended aid to Niger", "France halted development aid to Burkina Faso",
    "the World Bank paused new loans to Uganda", "Washington cut military aid to Egypt", "suspended
    funding to UNRWA" (SANCTION 162: aid stopped or reduced; none before), and "The UK cut its
    aid to Kenya" is no longer the UK's AID (an aid noun as what is cut, blocked or suspended);
    not "threatened to halt aid", "could suspend", "urged ... to cut", "resumed aid", "halted its
    support for Ukraine's EU bid" (support only as money).
21. "Russian missiles hit Kyiv", "Russian drones hit an oil refinery in Ukraine", "Russia hit
    Ukraine's energy grid" (ASSAULT 195, as "struck"; none before): not "hit back", "hit
    Australia with tariffs", "hit China's tech sector", "Sanctions hit Russia's economy" (a state
    must be the verb's subject), and a KB city right after "hit" is a city mention, as after
    "struck" (mentions.py, one word).
22. "Thailand and the United States launched the annual Cobra Gold exercise", "India and Japan
    held the annual Malabar naval exercise" (COOPERATE 062): a named exercise of two parties
    (not of one: "China launched the Strait Thunder exercise around Taiwan" is its MOBILIZE 150,
    now read for "exercise" as for "exercises").
23. "Venezuelan troops crossed into Guyana", "Azerbaijani troops crossed into Armenian territory"
    (ASSAULT 190: an incursion, ANNOTATION.md §5), the state or its forces the verb's subject (not
    "Afghan nationals crossed into Iran", masked with their state as its forces are; not a
    drone that "entered Romanian airspace", session 24's negative row).
11b. (found in probes) "Britain withdrew from the EU" was a RETREAT of troops: the KB's European
    Union is a state and an organisation; only a state that is no organisation is left so.

Found and left (one battery sentence each): "Turkey shot down a Syrian drone" (session 24
decided that shooting down another's drone is no ASSAULT: "Ukraine shot down a Russian drone
over Kyiv" is one of its negative rows); "Chinese coast guard ships fired water cannon at a
Philippine supply boat" (ASSAULT or COERCE: no convention to follow); nominal acts with their
owner ("Russia's withdrawal from Kherson", "China's seizure of a Philippine resupply boat on
Monday drew condemnation", "Iran's detention of a French national was criticised by Paris",
"Following Israel's strikes on Lebanon": "demanded Russia's withdrawal" shows why they need
more than a possessive); "Turkey delivered
50,000 tonnes of wheat to Sudan" (aid or trade, the words do not tell); "Washington
blacklisted 25 Chinese companies"; "Pakistan launched
retaliatory strikes inside Iran on Thursday, a day after Iran struck targets in Pakistan" (the
second attack); "Chinese ships blocked two Philippine vessels" (the vessels are masked with
their state and read as a veto of the Philippines); "The United States airdropped food into
Gaza" (no KB state); "Pakistan retaliated with a ban on Indian airlines"; "Saudi Arabia
deposited $3 billion in Pakistan's central bank"; "China wrote off $600 million in loans to
Zambia"; "Germany handed back 20 Benin Bronzes to Nigeria"; "South Korea fired warning shots at
North Korean soldiers" (no convention); "The United States supplied Ukraine with cluster
munitions" ("munitions" is no aid word of the verb rule); "The EU halted aid to Palestinians"
(no KB party); "Armenia froze its participation in the CSTO" (SANCTION or REJECT: writers
disagree, docs/extraction.md session 22); "The United States redeployed an aircraft carrier to
the eastern Mediterranean" (no state at which); armed groups the KB lacks.

The rule dump (1,263 articles) changed in two articles (a third kept as it was: "Today, the
United States sanctioned more than 500 Russian individuals ... in response to Russia's war"
keeps Russia as the target, now from those counted): "Following Russia's seizure of Crimea
in 2014, the United States has provided more than $2.5 billion in security assistance to
Ukraine" no longer dates the aid 2014 (the seizure's year); "Iranian police said they had
arrested 40 people" is Iran's COERCE 173 (12).

Rows below, article date 2024-03-15 (a Friday). Hit rate at d13df34 (main, before): positives
9/72 (the five rows of what the fixes must keep, "rice worth $5 million", read by its sum, two
rows of round two kept, and the sanction whose target came through its reason), negatives 54/62,
dates 1/3, reasons 0/2. After: 72/72, 62/62, 3/3, 2/2.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, typed_events

DAY = dt.date(2024, 3, 15)

POLAND, RUSSIA, GEORGIA, CHINA, LITHUANIA, JAPAN = "Q36", "Q159", "Q230", "Q148", "Q37", "Q17"
KENYA, QATAR, SAUDI, CUBA, US, ETHIOPIA, ERITREA = (
    "Q114",
    "Q846",
    "Q851",
    "Q241",
    "Q30",
    "Q115",
    "Q986",
)
LAOS, SOMALIA, BELARUS, IRAN, SKOREA, NKOREA = "Q819", "Q1045", "Q184", "Q794", "Q884", "Q423"
UKRAINE, GERMANY, AFGHANISTAN, MOLDOVA, ESTONIA = "Q212", "Q183", "Q889", "Q217", "Q191"
KYRGYZSTAN, TAJIKISTAN, AZERBAIJAN, UGANDA, FRANCE = "Q813", "Q863", "Q227", "Q1036", "Q142"
ISRAEL, LEBANON, UK, SRI_LANKA, PAKISTAN, PHILIPPINES = (
    "Q801",
    "Q822",
    "Q145",
    "Q854",
    "Q843",
    "Q928",
)
HUNGARY, EU, MYANMAR, AUSTRALIA, SOUTH_SUDAN, RWANDA = (
    "Q28",
    "Q458",
    "Q836",
    "Q408",
    "Q958",
    "Q1037",
)
CAR, HAITI, SPAIN, GAMBIA, GHANA = "Q929", "Q790", "Q29", "Q1005", "Q117"
NIGER, BURKINA, WORLD_BANK, EGYPT, TAIWAN = "Q1032", "Q965", "Q7164", "Q79", "Q865"


def _has(text: str, kind: str, actors: set[str], recipients: set[str], code: str) -> bool:
    return any(
        e[0] == kind and e[1] == actors and e[2] == recipients and e[3].startswith(code)
        for e in typed_events(text, DAY)
    )


POSITIVES = [
    # 1. arms a third party says were sent: the speaker's ACCUSE
    pytest.param(
        "U.S. officials said Iran had supplied drones to Russia.",
        "ACCUSE",
        {US},
        {IRAN},
        "112",
        id="us-officials-iran-drones",
    ),
    pytest.param(
        "Seoul said North Korea had shipped artillery shells to Russia on Tuesday.",
        "ACCUSE",
        {SKOREA},
        {NKOREA},
        "112",
        id="seoul-shells",
    ),
    pytest.param(
        "Washington said Pyongyang had delivered ballistic missiles to Moscow.",
        "ACCUSE",
        {US},
        {NKOREA},
        "112",
        id="capitals",
    ),
    pytest.param(
        "U.S. officials said Iran had attacked a tanker in the Gulf.",
        "ACCUSE",
        {US},
        {IRAN},
        "112",
        id="us-officials-attack",
    ),
    # 4. envoys ordered to leave
    pytest.param(
        "Poland ordered 45 Russian diplomats to leave the country on Thursday.",
        "SANCTION",
        {POLAND},
        {RUSSIA},
        "161",
        id="ordered-45-diplomats",
    ),
    pytest.param(
        "Estonia ordered two Russian diplomats to leave within a week.",
        "SANCTION",
        {ESTONIA},
        {RUSSIA},
        "161",
        id="ordered-two-diplomats",
    ),
    pytest.param(
        "Niger ordered French diplomats to leave the country.",
        "SANCTION",
        {"Q1032"},
        {FRANCE},
        "161",
        id="ordered-diplomats-uncounted",
    ),
    # 5. a state's police and services
    pytest.param(
        "Kenya's police arrested a Chinese national on Monday.",
        "COERCE",
        {KENYA},
        {CHINA},
        "173",
        id="kenyas-police",
    ),
    pytest.param(
        "Uganda's police detained two Kenyan citizens on Tuesday.",
        "COERCE",
        {UGANDA},
        {KENYA},
        "173",
        id="ugandas-police",
    ),
    pytest.param(
        "Iran's intelligence agency arrested two French citizens.",
        "COERCE",
        {IRAN},
        {FRANCE},
        "173",
        id="intelligence-agency",
    ),
    # 6. flights suspended
    pytest.param(
        "Russia suspended flights to Georgia in July 2019.",
        "SANCTION",
        {RUSSIA},
        {GEORGIA},
        "163",
        id="suspended-flights",
    ),
    pytest.param(
        "Azerbaijan halted all direct flights to Iran on Monday.",
        "SANCTION",
        {AZERBAIJAN},
        {IRAN},
        "163",
        id="halted-direct-flights",
    ),
    pytest.param(
        "Kuwait suspended passenger flights to and from Lebanon.",
        "SANCTION",
        {"Q817"},
        {"Q822"},
        "163",
        id="to-and-from",
    ),
    # 7. banning by a gerund after "by"
    pytest.param(
        "Beijing retaliated by banning imports of Lithuanian goods in December 2021.",
        "SANCTION",
        {CHINA},
        {LITHUANIA},
        "163",
        id="retaliated-by-banning",
    ),
    pytest.param(
        "China responded by suspending imports from Japan.",
        "SANCTION",
        {CHINA},
        {JAPAN},
        "163",
        id="responded-by-suspending",
    ),
    # 8. soldiers counted, sent to a border
    pytest.param(
        "Poland sent 10,000 soldiers to its border with Belarus on Tuesday.",
        "MOBILIZE",
        {POLAND},
        {BELARUS},
        "150",
        id="sent-10000-soldiers",
    ),
    pytest.param(
        "Lithuania deployed 2,000 soldiers to its border with Belarus.",
        "MOBILIZE",
        {LITHUANIA},
        {BELARUS},
        "150",
        id="deployed-2000-soldiers",
    ),
    # 9. staples given
    pytest.param(
        "China provided Laos with 5,000 tonnes of rice.",
        "AID",
        {CHINA},
        {LAOS},
        "07",
        id="provided-rice",
    ),
    pytest.param(
        "Russia delivered 25,000 tonnes of free wheat to Somalia.",
        "AID",
        {RUSSIA},
        {SOMALIA},
        "07",
        id="free-wheat",
    ),
    pytest.param(
        "Japan provided Kenya with rice worth $5 million in 2023.",
        "AID",
        {JAPAN},
        {KENYA},
        "07",
        id="rice-worth",
    ),
    # 10. a pair's border reopened, prisoners swapped
    pytest.param(
        "Qatar and Saudi Arabia reopened their border in January 2021.",
        "CONCEDE",
        {QATAR, SAUDI},
        set(),
        "085",
        id="reopened-their-border",
    ),
    pytest.param(
        "Kyrgyzstan and Tajikistan reopened their shared border on Monday.",
        "CONCEDE",
        {KYRGYZSTAN, TAJIKISTAN},
        set(),
        "085",
        id="shared-border",
    ),
    pytest.param(
        "Cuba and the United States swapped prisoners in 2014.",
        "CONCEDE",
        {CUBA, US},
        set(),
        "0841",
        id="swapped-prisoners",
    ),
    pytest.param(
        "Russia and Ukraine swapped 200 prisoners of war on Thursday.",
        "CONCEDE",
        {RUSSIA, UKRAINE},
        set(),
        "0841",
        id="swapped-pows",
    ),
    # 11. a state left
    pytest.param(
        "Ethiopian troops withdrew from Eritrea last month.",
        "RETREAT",
        {ETHIOPIA},
        {ERITREA},
        "0874",
        id="troops-withdrew-from-state",
    ),
    pytest.param(
        "Eritrean troops withdrew from Ethiopia's Tigray region in January.",
        "RETREAT",
        {ERITREA},
        {ETHIOPIA},
        "0874",
        id="withdrew-from-region",
    ),
    pytest.param(
        "Ethiopia's troops withdrew from Eritrea's border areas last month.",
        "RETREAT",
        {ETHIOPIA},
        {ERITREA},
        "0874",
        id="possessive-border-areas",
    ),
    pytest.param(
        "The United States withdrew from Afghanistan in August 2021.",
        "RETREAT",
        {US},
        {AFGHANISTAN},
        "0874",
        id="us-afghanistan",
    ),
    # (what the fixes must keep)
    pytest.param(
        "Kyiv said Germany had delivered Leopard tanks to Ukraine.",
        "AID",
        {GERMANY},
        {UKRAINE},
        "07",
        id="receiver-reports-aid",
    ),
    pytest.param(
        "Ukrainian President Volodymyr Zelensky said Germany had delivered more air defence missiles to Kyiv.",
        "AID",
        {GERMANY},
        {UKRAINE},
        "07",
        id="receivers-president-reports-aid",
    ),
    pytest.param(
        "Germany said it had delivered more Patriot missiles to Ukraine.",
        "AID",
        {GERMANY},
        {UKRAINE},
        "07",
        id="giver-reports-aid",
    ),
    pytest.param(
        "Seoul said North Korea had sent food to Russia.",
        "AID",
        {NKOREA},
        {RUSSIA},
        "07",
        id="food-not-arms",
    ),
    pytest.param(
        "France withdrew its troops from Niger in December 2023.",
        "RETREAT",
        {FRANCE},
        {"Q1032"},
        "0874",
        id="withdrew-its-troops",
    ),
    # round two
    # 12. a party reporting its own act with "it"
    pytest.param(
        "Israel said it had struck targets in Lebanon.",
        "ASSAULT",
        {ISRAEL},
        {LEBANON},
        "195",
        id="said-it-had-struck",
    ),
    pytest.param(
        "The Israeli military said it had struck targets in Lebanon on Monday.",
        "ASSAULT",
        {ISRAEL},
        {LEBANON},
        "195",
        id="military-said-it-had-struck",
    ),
    pytest.param(
        "Iran said it had seized a British tanker.",
        "COERCE",
        {IRAN},
        {UK},
        "171",
        id="said-it-had-seized",
    ),
    pytest.param(
        "Iran's navy said on Sunday that it had seized a British tanker.",
        "COERCE",
        {IRAN},
        {UK},
        "171",
        id="navy-said-that-it",
    ),
    # 13. troops moved
    pytest.param(
        "Belarus moved troops and tanks to its border with Ukraine on Wednesday.",
        "MOBILIZE",
        {BELARUS},
        {UKRAINE},
        "150",
        id="moved-troops-and-tanks",
    ),
    pytest.param(
        "Russia moved troops to the border with Ukraine.",
        "MOBILIZE",
        {RUSSIA},
        {UKRAINE},
        "150",
        id="moved-troops",
    ),
    # 14. a sum lent
    pytest.param(
        "Japan lent Sri Lanka $350 million for infrastructure projects.",
        "AID",
        {JAPAN},
        {SRI_LANKA},
        "07",
        id="lent",
    ),
    pytest.param(
        "China loaned Pakistan another $2 billion in 2023.",
        "AID",
        {CHINA},
        {PAKISTAN},
        "07",
        id="loaned",
    ),
    # 15. a blockade, an embargo (not a veto)
    pytest.param(
        "China's coast guard blocked a Philippine resupply mission on Saturday.",
        "ASSAULT",
        {CHINA},
        {PHILIPPINES},
        "191",
        id="blocked-resupply",
    ),
    pytest.param(
        "Azerbaijan blocked the Lachin corridor in December 2022.",
        "ASSAULT",
        {AZERBAIJAN},
        set(),
        "191",
        id="blocked-corridor",
    ),
    pytest.param(
        "Russia blocked Ukrainian grain exports through the Black Sea in July.",
        "SANCTION",
        {RUSSIA},
        {UKRAINE},
        "163",
        id="blocked-exports",
    ),
    pytest.param(
        "Hungary blocked the EU's aid package for Ukraine.",
        "REJECT",
        {HUNGARY},
        {EU},
        "120",
        id="blocked-package-kept",
    ),
    # 16. a border is no target
    pytest.param(
        "Myanmar's junta bombed a village near the Thai border on Thursday.",
        "ASSAULT",
        {MYANMAR},
        set(),
        "195",
        id="near-the-thai-border",
    ),
    pytest.param(
        "Israel struck targets in southern Lebanon near the Israeli border.",
        "ASSAULT",
        {ISRAEL},
        {LEBANON},
        "195",
        id="in-lebanon-near-border",
    ),
    # 17. forces lent to a mission, police to a state
    pytest.param(
        "Australia contributed 40 soldiers to the UN mission in South Sudan.",
        "AID",
        {AUSTRALIA},
        {SOUTH_SUDAN},
        "074",
        id="soldiers-to-mission",
    ),
    pytest.param(
        "Rwanda deployed peacekeepers to the UN mission in the Central African Republic.",
        "AID",
        {RWANDA},
        {CAR},
        "074",
        id="peacekeepers-to-mission",
    ),
    pytest.param(
        "Kenya sent 1,000 police officers to Haiti on Tuesday.",
        "AID",
        {KENYA},
        {HAITI},
        "074",
        id="police-to-haiti",
    ),
    # 18. the state an extradited person is handed to
    pytest.param(
        "Spain extradited a Russian hacker to the United States on Monday.",
        "COOPERATE",
        {SPAIN},
        {US},
        "063",
        id="extradited-to-us",
    ),
    pytest.param(
        "The Gambia extradited a former minister to Ghana.",
        "COOPERATE",
        {GAMBIA},
        {GHANA},
        "063",
        id="extradited-to-ghana",
    ),
    # round three
    # 19. aid stopped or cut
    pytest.param(
        "The United States suspended aid to Niger in August.",
        "SANCTION",
        {US},
        {NIGER},
        "162",
        id="suspended-aid",
    ),
    pytest.param(
        "The European Union suspended budget support to Niger after the coup.",
        "SANCTION",
        {EU},
        {NIGER},
        "162",
        id="suspended-budget-support",
    ),
    pytest.param(
        "France halted development aid to Burkina Faso in August.",
        "SANCTION",
        {FRANCE},
        {BURKINA},
        "162",
        id="halted-development-aid",
    ),
    pytest.param(
        "The World Bank paused new loans to Uganda over its anti-gay law.",
        "SANCTION",
        {WORLD_BANK},
        {UGANDA},
        "162",
        id="paused-loans",
    ),
    pytest.param(
        "Washington cut military aid to Egypt by $85 million.",
        "SANCTION",
        {US},
        {EGYPT},
        "162",
        id="cut-military-aid",
    ),
    pytest.param(
        "The UK cut its aid to Kenya from $100 million to $50 million.",
        "SANCTION",
        {UK},
        {KENYA},
        "162",
        id="cut-its-aid",
    ),
    pytest.param(
        "The United States suspended funding to UNRWA in January.",
        "SANCTION",
        {US},
        {"Q846656"},
        "162",
        id="suspended-funding-to-org",
    ),
    # 20. (the party of a sanction's reason is no target, below) those counted
    pytest.param(
        "The United States sanctioned more than 500 Russian individuals and entities.",
        "SANCTION",
        {US},
        {RUSSIA},
        "163",
        id="sanctioned-counted",
    ),
    pytest.param(
        "Today, the United States sanctioned more than 500 Russian individuals and entities in response to Russia's war against Ukraine.",
        "SANCTION",
        {US},
        {RUSSIA},
        "163",
        id="sanctioned-counted-in-response",
    ),
    # round four
    # 21. "hit" as "struck"
    pytest.param(
        "Russian missiles hit Kyiv on Tuesday.",
        "ASSAULT",
        {RUSSIA},
        {UKRAINE},
        "195",
        id="missiles-hit-kyiv",
    ),
    pytest.param(
        "A Russian missile hit Kharkiv on Tuesday.",
        "ASSAULT",
        {RUSSIA},
        {UKRAINE},
        "195",
        id="a-missile-hit-kharkiv",
    ),
    pytest.param(
        "Russian drones hit an oil refinery in Ukraine on Wednesday.",
        "ASSAULT",
        {RUSSIA},
        {UKRAINE},
        "195",
        id="drones-hit-refinery",
    ),
    pytest.param(
        "Russia hit Ukraine's energy grid overnight.",
        "ASSAULT",
        {RUSSIA},
        {UKRAINE},
        "195",
        id="hit-energy-grid",
    ),
    pytest.param(
        "Ukraine said Russian missiles had hit Kharkiv.",
        "ACCUSE",
        {UKRAINE},
        {RUSSIA},
        "112",
        id="said-missiles-had-hit",
    ),
    # 22. a named exercise of a pair
    pytest.param(
        "Thailand and the United States launched the annual Cobra Gold exercise on Tuesday.",
        "COOPERATE",
        {"Q869", US},
        set(),
        "062",
        id="cobra-gold",
    ),
    pytest.param(
        "India and Japan held the annual Malabar naval exercise in November.",
        "COOPERATE",
        {"Q668", JAPAN},
        set(),
        "062",
        id="malabar",
    ),
    pytest.param(
        "China launched the Strait Thunder exercise around Taiwan on Tuesday.",
        "MOBILIZE",
        {CHINA},
        {TAIWAN},
        "150",
        id="exercise-around-taiwan",
    ),
    # 23. an incursion by land
    pytest.param(
        "Venezuelan troops crossed into Guyana on Monday.",
        "ASSAULT",
        {"Q717"},
        {"Q734"},
        "190",
        id="crossed-into-guyana",
    ),
    pytest.param(
        "Azerbaijani troops crossed into Armenian territory in 2021.",
        "ASSAULT",
        {AZERBAIJAN},
        {"Q399"},
        "190",
        id="crossed-into-territory",
    ),
    pytest.param(
        "Ukrainian forces crossed into Russia's Kursk region in August.",
        "ASSAULT",
        {UKRAINE},
        {RUSSIA},
        "190",
        id="crossed-into-region",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "recipients", "code"), POSITIVES)
def test_material_act_is_read(
    text: str, kind: str, actors: set[str], recipients: set[str], code: str
) -> None:
    assert _has(text, kind, actors, recipients, code), typed_events(text, DAY)


NEGATIVES = [
    # 1. no AID asserted from a third party's allegation
    pytest.param(
        "U.S. officials said Iran had supplied drones to Russia.", "AID", id="alleged-supply"
    ),
    pytest.param(
        "Seoul said North Korea had shipped artillery shells to Russia on Tuesday.",
        "AID",
        id="alleged-shells",
    ),
    # 2. an agent of a nominal act is no guest
    pytest.param(
        "The release of 40 Azerbaijani detainees by Armenia was welcomed by the EU.",
        "Meeting",
        id="release-welcomed-by",
    ),
    pytest.param(
        "The withdrawal of troops by Russia was welcomed by Armenia.",
        "Meeting",
        id="withdrawal-welcomed-by",
    ),
    # 4. not envoys, not done
    pytest.param(
        "Latvia ordered 45 Russian nationals to leave the country.",
        "SANCTION",
        id="nationals-ordered",
    ),
    pytest.param("Poland could order Russian diplomats to leave.", "SANCTION", id="could-order"),
    pytest.param(
        "Poland has not ordered any Russian diplomats to leave.", "SANCTION", id="not-ordered"
    ),
    # 5.
    pytest.param(
        "Kenya's police have not arrested any Chinese nationals.",
        "COERCE",
        id="police-not-arrested",
    ),
    # 6. an airline, a hedge, a negation, a resumption
    pytest.param("Lufthansa suspended flights to Tel Aviv on Monday.", "SANCTION", id="airline"),
    pytest.param("Russia could suspend flights to Georgia.", "SANCTION", id="could-suspend"),
    pytest.param("Russia has not suspended flights to Georgia.", "SANCTION", id="not-suspended"),
    pytest.param("Russia resumed flights to Georgia in May 2023.", "SANCTION", id="resumed"),
    # 7. a ban asked to end, a ban criticised
    pytest.param(
        "Japan urged China to stop banning imports of Japanese seafood.",
        "SANCTION",
        id="urged-stop-banning",
    ),
    pytest.param(
        "Japan criticised China for banning imports of Japanese seafood.",
        "SANCTION",
        id="criticised-for-banning",
    ),
    # 8. troops sent at a state's request
    pytest.param(
        "Chad sent 1,000 soldiers to Mali at the request of the government.",
        "MOBILIZE",
        id="at-request",
    ),
    # 9. staples traded, or to be given
    pytest.param("Ukraine shipped 30,000 tonnes of wheat to Egypt.", "AID", id="wheat-shipped"),
    pytest.param("Russia delivered 50,000 tonnes of wheat to Sudan.", "AID", id="wheat-delivered"),
    pytest.param(
        "Russia will provide Zimbabwe with 25,000 tonnes of wheat.", "AID", id="wheat-future"
    ),
    # 10. not reopened, a crossing for aid, a plan
    pytest.param(
        "Venezuela and Colombia have not reopened their border.", "CONCEDE", id="not-reopened"
    ),
    pytest.param(
        "Egypt reopened the border crossing for aid trucks.", "CONCEDE", id="crossing-for-aid"
    ),
    pytest.param(
        "Venezuela and Colombia will reopen their border next week.", "CONCEDE", id="will-reopen"
    ),
    pytest.param(
        "Armenia and Azerbaijan have not swapped prisoners since 2021.", "CONCEDE", id="not-swapped"
    ),
    # 11. an organisation, a treaty, a negation
    pytest.param("Mali withdrew from ECOWAS in January.", "RETREAT", id="withdrew-from-org"),
    pytest.param(
        "Britain withdrew from the EU in January 2020.", "RETREAT", id="withdrew-from-the-eu"
    ),
    pytest.param(
        "The United States withdrew from the Iran nuclear deal in 2018.",
        "RETREAT",
        id="withdrew-from-deal",
    ),
    pytest.param("Russia has not withdrawn from Georgia.", "RETREAT", id="not-withdrawn"),
    pytest.param(
        "Armenia demanded that Azerbaijan withdraw from its territory.",
        "RETREAT",
        id="demanded-withdraw",
    ),
    # round two
    # 12. a denial, a negation, a plan
    pytest.param(
        "Russia said it had not struck any targets in Kyiv.", "ASSAULT", id="said-it-had-not"
    ),
    pytest.param(
        "Israel said it would strike targets in Lebanon if attacked.", "ASSAULT", id="said-it-would"
    ),
    pytest.param("Iran denied it had seized a British tanker.", "COERCE", id="denied-it-had"),
    # 13. staff moved
    pytest.param("The ministry moved its staff to Lviv.", "MOBILIZE", id="moved-staff"),
    # 14. support lent
    pytest.param("France lent its support to Morocco's plan.", "AID", id="lent-support"),
    # 15. no veto of ships or goods
    pytest.param(
        "China's coast guard blocked a Philippine resupply mission on Saturday.",
        "REJECT",
        id="no-veto-of-a-mission",
    ),
    pytest.param(
        "Russia blocked Ukrainian grain exports through the Black Sea in July.",
        "REJECT",
        id="no-veto-of-exports",
    ),
    pytest.param(
        "China's coast guard has not blocked any Philippine vessels.", "ASSAULT", id="not-blocked"
    ),
    # 17. troops to a state, police to be sent
    pytest.param("Russia sent troops to Ukraine.", "AID", id="troops-not-aid"),
    pytest.param("Kenya will send 1,000 police officers to Haiti.", "AID", id="police-future"),
    # round three
    # 19. aid not stopped, or stopped aid given
    pytest.param("Hungary threatened to halt aid to Ukraine.", "SANCTION", id="threatened-to-halt"),
    pytest.param("The US could suspend aid to Niger.", "SANCTION", id="could-suspend-aid"),
    pytest.param(
        "The United States has not suspended aid to Egypt.", "SANCTION", id="not-suspended-aid"
    ),
    pytest.param(
        "Congress urged the administration to cut aid to Egypt.", "SANCTION", id="urged-to-cut"
    ),
    pytest.param("The United States resumed aid to Niger.", "SANCTION", id="resumed-aid"),
    pytest.param(
        "The UK cut its aid to Kenya from $100 million to $50 million.",
        "AID",
        id="cut-aid-is-no-aid",
    ),
    pytest.param("Hungary blocked the EU's aid to Ukraine.", "AID", id="blocked-aid-is-no-aid"),
    pytest.param(
        "Hungary halted its support for Ukraine's EU bid.", "SANCTION", id="halted-support-for-bid"
    ),
    # round four
    # 21. "hit" that is no strike
    pytest.param("Sanctions hit Russia's economy hard.", "ASSAULT", id="sanctions-hit"),
    pytest.param(
        "China hit Australia with tariffs on wine in 2020.", "ASSAULT", id="hit-with-tariffs"
    ),
    pytest.param(
        "The US hit China's tech sector with new export controls.", "ASSAULT", id="hit-tech-sector"
    ),
    pytest.param("Russia hit back at Washington.", "ASSAULT", id="hit-back"),
    pytest.param("The storm hit the Philippines on Monday.", "ASSAULT", id="storm-hit"),
    pytest.param("Russian missiles did not hit Kyiv.", "ASSAULT", id="did-not-hit"),
    pytest.param("Japan hit a record trade deficit with China.", "ASSAULT", id="hit-a-record"),
    # 22. one party's named exercise, a plan, talks
    pytest.param(
        "China launched the Strait Thunder exercise around Taiwan on Tuesday.",
        "COOPERATE",
        id="one-partys-exercise",
    ),
    pytest.param(
        "The United States and South Korea will hold the Ulchi Freedom Shield exercise next month.",
        "COOPERATE",
        id="exercise-to-come",
    ),
    pytest.param(
        "Japan and the Philippines held the first round of talks.", "COOPERATE", id="round-of-talks"
    ),
    pytest.param("China and Russia held their own exercises.", "COOPERATE", id="own-exercises"),
    # 23. people, not forces; a negation
    pytest.param(
        "Afghan nationals crossed into Iran on Monday.", "ASSAULT", id="nationals-crossed"
    ),
    pytest.param("Ukrainian citizens crossed into Poland.", "ASSAULT", id="citizens-crossed"),
    pytest.param(
        "Thousands of refugees crossed into Poland from Ukraine.", "ASSAULT", id="refugees-crossed"
    ),
    pytest.param("Russian troops have not crossed into Moldova.", "ASSAULT", id="not-crossed"),
    # (negatives the battery had right, kept)
    pytest.param("Brazil has not sent any weapons to Ukraine, Lula said.", "AID", id="not-sent"),
    pytest.param(
        "Colombia could impose tariffs on U.S. goods, Petro said.", "SANCTION", id="could-impose"
    ),
]


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_no_such_act(text: str, kind: str) -> None:
    if kind == "Meeting":
        assert [f for f in facts(text, DAY) if f.cls.value == kind] == []
    else:
        assert [e for e in typed_events(text, DAY) if e[0] == kind] == []


DATES = [
    # 3. the date of another party's deed, told by its noun after a fronted "Following"
    pytest.param(
        "Following Israel's strikes on Lebanon on Monday, Hezbollah fired rockets.",
        "ASSAULT",
        (),
        id="following-strikes",
    ),
    pytest.param(
        "Following Moldova's expulsion of a Russian diplomat on Monday, Russia expelled two Moldovan diplomats on Thursday.",
        "SANCTION",
        ("2024-03-14",),
        id="following-expulsion",
    ),
    pytest.param(
        "After Russia's attack on Kharkiv on Monday, Ukraine expelled two Russian diplomats.",
        "SANCTION",
        (),
        id="after-attack",
    ),
]


@pytest.mark.parametrize(("text", "kind", "dates"), DATES)
def test_another_partys_deed_keeps_its_date(text: str, kind: str, dates: tuple[str, ...]) -> None:
    got = [
        tuple(str(v) for v in f.get("date"))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == kind
    ]
    assert got == [dates]


REASONS = [
    # 20. the party of a sanction's reason is not its target
    pytest.param(
        "China sanctioned Lockheed Martin over arms sales to Taiwan.", id="over-arms-sales"
    ),
    pytest.param(
        "Beijing sanctioned Raytheon in response to arms sales to Taiwan.", id="in-response-to"
    ),
]


@pytest.mark.parametrize("text", REASONS)
def test_a_sanctions_reason_is_not_its_target(text: str) -> None:
    assert not any(e[0] == "SANCTION" and TAIWAN in e[2] for e in typed_events(text, DAY))
    assert any(e[0] == "SANCTION" and e[1] == {CHINA} for e in typed_events(text, DAY))
