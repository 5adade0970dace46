"""Troops and arms sent abroad, basing told by presence, arms deals and military aid (session
32, deploy). Sentences written for this session in wire, agency and ministry styles; none from a
gold set.

Covered:

1. Forces sent to protect or help a state: AID 074 (CAMEO: military protection), dated, at the
   city they reached (its state from the KB is the recipient): air defence sent to a state;
   troops sent "to help secure", "to bolster", "as part of a regional force"; soldiers of a
   regional force who "landed in" or "arrived in" a city. The show-of-force reading (MOBILIZE
   150) of the same sending is dropped. Not: invasions, evacuations of one's own citizens,
   plans, negations, hypotheses, arrivals with no protective frame.
2. Troops promised to a force in a state: the promise (AGREE 033, the code's convention for
   promised material help) goes to that state.
3. Basing told by presence (Permission MilitaryBasing, grantor the host): a state that leads a
   battlegroup in another (startDate from "since"); units "stationed in" a state or a city of it;
   a base a state "maintains"/"has operated" in a state or city, with its start ("since 1977",
   ", opened in 2009"). Not: forces "against the will" of the host, plans, "would station",
   civilians, "No ... troops are stationed", forces there in a war or an invasion.
4. Documents signed on the terms of keeping one state's (nuclear) arms in another: Permission
   NuclearWeaponsStationing.
5. A signed pact letting each party's forces into the other's territory: two Permissions, one
   each way (MilitaryExercise for training, else MilitaryBasing).
6. Arms bought under a contract signed with a named seller, or one a leader witnessed: COOPERATE
   062, both states.
7. Arms handed over to another's forces (the reporting state is the giver) and crews trained at
   another state's centres: AID 072.

Hit rate at 7f77661d: positives 0/26, negatives 22/22 (the negatives guard what the new rules
could over-read); after: 26/26, 22/22.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find, keys, typed_events

DAY = dt.date(2023, 11, 15)  # a Wednesday

KENYA, DRC, GOMA, CHAD, MALI, MOZAMBIQUE, RWANDA = (
    "Q114",
    "Q974",
    "Q204381",
    "Q657",
    "Q912",
    "Q1029",
    "Q1037",
)
GERMANY, LITHUANIA, SPAIN, ROMANIA, UK, ESTONIA, NETHERLANDS, SLOVAKIA = (
    "Q183",
    "Q37",
    "Q29",
    "Q218",
    "Q145",
    "Q191",
    "Q29999",
    "Q214",
)
UGANDA, SOUTH_SUDAN, POLAND, US, CANADA, LATVIA, FRANCE, UAE, ABU_DHABI = (
    "Q1036",
    "Q958",
    "Q36",
    "Q30",
    "Q16",
    "Q211",
    "Q142",
    "Q878",
    "Q1519",
)
DJIBOUTI, JAPAN, IRAQ, ITALY, NIGER, RUSSIA, BELARUS, AUSTRALIA = (
    "Q977",
    "Q17",
    "Q796",
    "Q38",
    "Q1032",
    "Q159",
    "Q184",
    "Q408",
)
FINLAND, SWEDEN, INDONESIA, EGYPT, ARMENIA, UKRAINE, INDIA, GEORGIA = (
    "Q33",
    "Q34",
    "Q252",
    "Q79",
    "Q399",
    "Q212",
    "Q668",
    "Q230",
)

# (text, (type, actors, recipients, CAMEO code))
SENT = [
    (
        "The first Kenyan soldiers of a regional force landed on Saturday in Goma, the main city "
        "of eastern Democratic Republic of Congo.",
        ("AID", {KENYA}, {DRC}, "074"),
    ),
    (
        "Rwandan troops arrived in Mozambique in July as part of a joint regional force.",
        ("AID", {RWANDA}, {MOZAMBIQUE}, "074"),
    ),
    (
        "Germany has deployed Patriot air defence systems to Lithuania ahead of the NATO summit "
        "in Vilnius.",
        ("AID", {GERMANY}, {LITHUANIA}, "074"),
    ),
    (
        "Spain sent an air defence battery to Romania last month.",
        ("AID", {SPAIN}, {ROMANIA}, "074"),
    ),
    (
        "The Netherlands has sent two Patriot batteries to Slovakia to protect its airspace.",
        ("AID", {NETHERLANDS}, {SLOVAKIA}, "074"),
    ),
    (
        "Chad dispatched 1,000 soldiers to Mali to help fight Islamist militants.",
        ("AID", {CHAD}, {MALI}, "074"),
    ),
    (
        "Britain deployed 100 additional troops to Estonia to bolster NATO's eastern flank.",
        ("AID", {UK}, {ESTONIA}, "074"),
    ),
    (
        "Uganda and South Sudan have also pledged to contribute troops to the force in the "
        "Democratic Republic of Congo.",
        ("AGREE", {UGANDA, SOUTH_SUDAN}, {DRC}, "0334"),  # (troops: 0334 since session 33)
    ),
    (
        "Indonesia signed a contract with France for the purchase of 42 Rafale jets.",
        ("COOPERATE", {INDONESIA, FRANCE}, set(), "062"),
    ),
    (
        "Egypt has signed a deal with Russia for the supply of 24 Su-35 fighter aircraft.",
        ("COOPERATE", {EGYPT, RUSSIA}, set(), "062"),
    ),
    (
        "French President Emmanuel Macron witnessed the signing of an agreement under which the "
        "United Arab Emirates will acquire 80 Rafale fighter aircraft.",
        ("COOPERATE", {UAE, FRANCE}, set(), "062"),
    ),
    (
        "The Iskander missile systems have been handed over to the Belarusian army, the Russian "
        "defence ministry said.",
        ("AID", {RUSSIA}, {BELARUS}, "072"),
    ),
    (
        "Belarusian crews have been trained at Russian training centres.",
        ("AID", {RUSSIA}, {BELARUS}, "072"),
    ),
    (
        "Armenian officers were trained at Russian military academies.",
        ("AID", {RUSSIA}, {ARMENIA}, "072"),
    ),
]


@pytest.mark.parametrize(("text", "want"), SENT)
def test_sent_bought_or_given(text: str, want: tuple[str, set[str], set[str], str]) -> None:
    assert want in typed_events(text, DAY), typed_events(text, DAY)


def test_a_landing_is_dated_and_placed_at_its_city() -> None:
    found = facts(
        "The first Kenyan soldiers of a regional force landed on Saturday in Goma, the main "
        "city of eastern Democratic Republic of Congo.",
        DAY,
    )
    fact = find(found, "Event", actor={KENYA}, recipient={DRC})
    assert fact is not None, found
    assert [str(v) for v in fact.get("date")] == ["2023-11-11"]
    assert keys(fact.get("place")) == {GOMA}


def test_a_sending_to_help_is_no_show_of_force() -> None:
    got = typed_events(
        "Britain deployed 100 additional troops to Estonia to bolster NATO's eastern flank.", DAY
    )
    assert not [e for e in got if e[0] == "MOBILIZE"], got


# (text, grantor, grantee, activity, startDate or None)
PRESENT = [
    ("Germany has led NATO's battlegroup in Lithuania since 2017.", LITHUANIA, GERMANY, "2017"),
    ("Canada leads the NATO battle group in Latvia.", LATVIA, CANADA, None),
    (
        "A forward command element of the U.S. brigade has been stationed in Poland since last "
        "year.",
        POLAND,
        US,
        "2022",
    ),
    ("Italian troops are stationed in Niger.", NIGER, ITALY, None),
    ("French special forces have been stationed in Erbil for years.", IRAQ, FRANCE, None),
    (
        "France maintains a permanent military base in Abu Dhabi, opened in 2009.",
        UAE,
        FRANCE,
        "2009",
    ),
    ("Japan has operated a naval base in Djibouti since 2011.", DJIBOUTI, JAPAN, "2011"),
]


@pytest.mark.parametrize(("text", "grantor", "grantee", "start"), PRESENT)
def test_presence_is_basing(text: str, grantor: str, grantee: str, start: str | None) -> None:
    found = facts(text, DAY)
    fact = find(found, "Permission", grantor={grantor}, grantee={grantee})
    assert fact is not None, found
    assert [str(v) for v in fact.get("activity")] == ["MilitaryBasing"]
    assert [str(v) for v in fact.get("startDate")] == ([start] if start else [])


def test_nuclear_weapons_kept_by_signed_documents() -> None:
    found = facts(
        "Russia and Belarus signed documents on the procedure for keeping Russian nonstrategic "
        "nuclear weapons in Belarus.",
        DAY,
    )
    fact = find(found, "Permission", grantor={BELARUS}, grantee={RUSSIA})
    assert fact is not None, found
    assert [str(v) for v in fact.get("activity")] == ["NuclearWeaponsStationing"]


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        (
            "Japan and Australia signed a defence pact on Friday that will make it easier for "
            "their forces to deploy to each other's territory for joint training.",
            JAPAN,
            AUSTRALIA,
        ),
        (
            "Finland and Sweden signed an agreement that allows their forces to train in each "
            "other's territory.",
            FINLAND,
            SWEDEN,
        ),
    ],
)
def test_a_pact_for_each_others_territory_grants_both_ways(text: str, one: str, other: str) -> None:
    found = facts(text, DAY)
    for grantor, grantee in ((one, other), (other, one)):
        fact = find(found, "Permission", grantor={grantor}, grantee={grantee})
        assert fact is not None, found
        assert [str(v) for v in fact.get("activity")] == ["MilitaryExercise"]


NOT_AID = [
    "Russian troops were sent into Ukraine in February 2022 for the invasion.",
    "Germany plans to deploy 4,000 troops to Lithuania by 2027.",
    "Kenya did not send troops to Haiti.",
    "If asked, Kenya would send troops to Haiti to help the police.",
    "France sent 200 soldiers to Niger to evacuate its citizens.",
    "Russian soldiers arrived in Belarus in March.",
    "Belarus moved troops to its border with Ukraine.",
    "India signed a contract with Russia for the purchase of crude oil.",
    "Egypt may sign a contract with Russia for the purchase of fighter jets.",
    "Russian crews have been trained at Russian training centres.",
    "The tanks were handed over to the city museum, the Polish defence ministry said.",
]


@pytest.mark.parametrize("text", NOT_AID)
def test_no_military_help_or_arms_deal(text: str) -> None:
    got = typed_events(text, DAY)
    assert not [e for e in got if (e[0] == "AID" and e[3] in {"072", "074"}) or e[3] == "062"], got


NOT_PERMITTED = [
    "The United States would station troops in Poland if Russia attacked.",
    "Russian troops are stationed in Georgia against the will of Tbilisi.",
    "Poland wants U.S. troops to be stationed in Poland permanently.",
    "Chinese engineers have been stationed in Pakistan for years.",
    "France no longer has a military base in Mali.",
    "India is building a naval base in Mauritius.",
    "Russia and Belarus are drafting documents on the procedure for keeping Russian nuclear "
    "weapons in Belarus.",
    "Japan and Australia did not sign a pact that allows their forces to train in each other's "
    "territory.",
    "Canada has not led the NATO battle group in Latvia since 2017.",
    "Ukraine says Russian troops have been stationed in Belarus since February.",
]


@pytest.mark.parametrize("text", NOT_PERMITTED)
def test_no_permission(text: str) -> None:
    found = facts(text, DAY)
    assert not [f for f in found if f.cls.value == "Permission"], found


def test_no_presence_in_a_war() -> None:
    found = facts(
        "Russian troops have been stationed in Ukraine since the invasion in February 2022.", DAY
    )
    assert not [f for f in found if f.cls.value == "Permission"], found
