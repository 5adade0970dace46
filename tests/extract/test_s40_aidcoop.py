"""Aid and cooperation: joint drills taken part in, extraditions and support totals told by
their nouns, equipment handed over in a relative clause, missions named in capitals,
development partners, one aid act read with and without its sum (session 40, aid and
cooperation).

The sentences are written for this round (none from a gold set). Conventions followed (all
earlier sessions' except where said):

- Forces of two states "taking part in" or who "took part in" / "participated in" a joint
  exercise, drills or patrols: COOPERATE 062 of both, as "held a joint exercise" was (new
  here: the verbs of taking part). Not a plan, an invitation or an interest ("will take part",
  "invited to take part", "interested in taking part"), nor a denial.
- An extradition told by its noun and done ("welcomed the extradition of 64 fugitives from
  Mexico to the United States", "The extradition of X from A to B was carried out"):
  COOPERATE 063 from the state handing over to the one receiving. Not one requested, expected
  or only allowed.
- "A's military support for B, which now totals more than £1.3 billion", "A's humanitarian
  assistance to B, which now totals ...": AID of A to B with its sum (072 military or
  security, 073 humanitarian, 071 financial). Bare "support" with a sum, and a kind of
  support with no sum, give no AID.
- "the patrol vessels that Japan handed over to the Philippines": AID (072 for military craft
  and arms, 070 else). Not goods delivered (a sale as often as a gift), nor a letter, nor a
  handover to come.
- Forces contributed to "the African Union Mission in Somalia": the mission's state is the
  recipient, as it was for "the UN mission in South Sudan" (new here: the name capitalised;
  the African Union was the recipient before, a wrong fact).
- "A is B's largest development partner": AID of A to B, as "B's largest donor" was. Not a
  trading partner.
- One aid act of a sentence read twice, once with its sum: one fact (the one with the sum).
- Aid sent "into" a state, or a part of it named by a compass point ("sent 50 trucks carrying
  aid into north-west Syria"): the state is the recipient (was none). Not troops sent into a
  state (an invasion is told so), nor aid to come.
- Rescuers, medical teams or relief told sent in the passive with the giver after "from" ("a
  search and rescue team from the UAE has been dispatched to Türkiye"): AID 073 of the giver
  to the state (070 for aid of no kind). Not troops, not help denied ("No rescue team from
  Japan has been sent") or to come.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, typed_events

DAY = dt.date(2024, 3, 15)

INDIA, FRANCE, GERMANY, LITHUANIA, JAPAN, AUSTRALIA = "Q668", "Q142", "Q183", "Q37", "Q17", "Q408"
MEXICO, US, SPAIN, COLOMBIA, UK, UKRAINE, SYRIA = (
    "Q96",
    "Q30",
    "Q29",
    "Q739",
    "Q145",
    "Q212",
    "Q858",
)
SRI_LANKA, PHILIPPINES, NEPAL, KENYA, SOMALIA = "Q854", "Q928", "Q837", "Q114", "Q1045"
UGANDA, CAMBODIA, PNG, FINLAND, AU = "Q1036", "Q424", "Q691", "Q33", "Q7159"
NORWAY, SUDAN, UN, EGYPT, UAE, TURKEY = "Q20", "Q1049", "Q1065", "Q79", "Q878", "Q43"
MYANMAR, CHINA = "Q836", "Q148"

# (text, actors) of a COOPERATE 062
DRILLS_TAKEN_PART = [
    (
        "Indian and French troops took part in a joint exercise in Rajasthan on Monday.",
        {INDIA, FRANCE},
    ),
    (
        "The minister visited German and Lithuanian soldiers taking part in a joint exercise "
        "near Vilnius.",
        {GERMANY, LITHUANIA},
    ),
    (
        "Indian and French sailors participated in joint patrols in the Indian Ocean last week.",
        {INDIA, FRANCE},
    ),
    ("Japan took part in joint naval drills with Australia on Monday.", {JAPAN, AUSTRALIA}),
]


@pytest.mark.parametrize(("text", "actors"), DRILLS_TAKEN_PART)
def test_drills_taken_part(text: str, actors: set[str]) -> None:
    got = typed_events(text, DAY)
    assert ("COOPERATE", actors, set(), "062") in got, got


NO_DRILLS = [
    "Indian and French troops will take part in a joint exercise next month.",
    "Indian and French troops did not take part in the joint exercise.",
    "Japan was invited to take part in joint drills with Australia.",
    "Japan is interested in taking part in joint drills with Australia.",
    "Japan refused to take part in joint exercises with Russia.",
]


@pytest.mark.parametrize("text", NO_DRILLS)
def test_no_drills(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "COOPERATE"]
    assert not got, got


# (text, actors, recipients) of a COOPERATE 063
EXTRADITIONS = [
    (
        "They welcomed the extradition of 64 fugitives from Mexico to the United States in 2021.",
        {MEXICO},
        {US},
    ),
    (
        "The extradition of two suspects from Spain to Colombia was carried out on Monday.",
        {SPAIN},
        {COLOMBIA},
    ),
    (
        "Colombia hailed the extradition of the former guerrilla commander from Spain to Colombia.",
        {SPAIN},
        {COLOMBIA},
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), EXTRADITIONS)
def test_extraditions_told(text: str, actors: set[str], recipients: set[str]) -> None:
    got = typed_events(text, DAY)
    assert ("COOPERATE", actors, recipients, "063") in got, got


NO_EXTRADITIONS = [
    "Colombia requested the extradition of the drug lord from Spain to Colombia.",
    "The extradition of the suspect from Spain to Colombia is expected next week.",
    "Colombia welcomed the decision to allow the extradition of the man from Spain to Colombia.",
    "Spain has not completed the extradition of the suspect from Spain to Colombia.",
    "Colombia called for the extradition of two suspects from Spain to Colombia.",
]


@pytest.mark.parametrize("text", NO_EXTRADITIONS)
def test_no_extraditions(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "COOPERATE"]
    assert not got, got


# (text, actors, recipients, code, amount) of an AID
SUPPORT_TOTALS = [
    (
        "Blinken praised Norway's humanitarian assistance to Sudan, which now totals more than "
        "$500 million.",
        {NORWAY},
        {SUDAN},
        "073",
        "500000000",
    ),
    (
        "The Prime Minister briefed the Chancellor on the United Kingdom's military support for "
        "Ukraine, which now totals more than £2.5 billion.",
        {UK},
        {UKRAINE},
        "072",
        "2500000000",
    ),
    (
        "He praised Germany's humanitarian support for Syria, which has reached 2 billion euros.",
        {GERMANY},
        {SYRIA},
        "073",
        "2000000000",
    ),
    (
        "He noted Japan's financial support to Sri Lanka, which now stands at $3 billion.",
        {JAPAN},
        {SRI_LANKA},
        "071",
        "3000000000",
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients", "code", "amount"), SUPPORT_TOTALS)
def test_support_totals(
    text: str, actors: set[str], recipients: set[str], code: str, amount: str
) -> None:
    got = typed_events(text, DAY)
    assert ("AID", actors, recipients, code) in got, got
    amounts = {str(a) for f in facts(text, DAY) for a in f.get("amount")}
    assert amount in {a.split(".")[0] for a in amounts}, amounts


NO_SUPPORT_TOTALS = [
    "He praised Japan's support for Sri Lanka, which now stands at $3 billion.",
    "He praised Japan's military support for Ukraine.",
    "Japan's military support for Ukraine will not total more than $3 billion.",
]


@pytest.mark.parametrize("text", NO_SUPPORT_TOTALS)
def test_no_support_totals(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "AID"]
    assert not got, got


# (text, actors, recipients, code) of an AID
HANDED_IN_RELATIVE = [
    (
        "The patrol vessels that Japan handed over to the Philippines in 2018 are in service.",
        {JAPAN},
        {PHILIPPINES},
        "072",
    ),
    (
        "The minister thanked his counterpart for the training aircraft which Japan handed over "
        "to the Philippine Navy.",
        {JAPAN},
        {PHILIPPINES},
        "072",
    ),
    (
        "The minister inspected the ambulances which India donated to Nepal last year.",
        {INDIA},
        {NEPAL},
        "070",
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients", "code"), HANDED_IN_RELATIVE)
def test_handed_in_relative(text: str, actors: set[str], recipients: set[str], code: str) -> None:
    got = typed_events(text, DAY)
    assert ("AID", actors, recipients, code) in got, got


NO_HANDED = [
    "The S-400 systems that Russia delivered to Turkey in 2019 remain unused.",
    "The letter that Japan handed over to China was not made public.",
    "The aircraft that Japan will hand over to the Philippines are being refitted.",
]


@pytest.mark.parametrize("text", NO_HANDED)
def test_no_handed(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "AID"]
    assert not got, got


MISSIONS = [
    ("Kenya contributes troops to the African Union Mission in Somalia.", {KENYA}, {SOMALIA}),
    (
        "Uganda has contributed troops to the African Union Transition Mission in Somalia.",
        {UGANDA},
        {SOMALIA},
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), MISSIONS)
def test_mission_named_in_capitals(text: str, actors: set[str], recipients: set[str]) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "AID"]
    assert ("AID", actors, recipients, "074") in got, got
    assert not [g for g in got if AU in g[2]], got


def test_no_mission_troops() -> None:
    got = [g for g in typed_events("Ghana did not send troops to the UN Mission in Mali.", DAY)]
    assert not [g for g in got if g[0] == "AID"], got


PARTNERS = [
    ("Australia is Papua New Guinea's largest development partner.", {AUSTRALIA}, {PNG}),
    ("Japan remains one of Cambodia's main development partners.", {JAPAN}, {CAMBODIA}),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), PARTNERS)
def test_development_partners(text: str, actors: set[str], recipients: set[str]) -> None:
    got = [g[:3] for g in typed_events(text, DAY)]
    assert ("AID", actors, recipients) in got, got


NO_PARTNERS = [
    "China is Vietnam's largest trading partner.",
    "Japan is not Cambodia's largest development partner.",
    "Australia is Papua New Guinea's largest security partner.",
]


@pytest.mark.parametrize("text", NO_PARTNERS)
def test_no_development_partners(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "AID"]
    assert not got, got


def test_one_aid_act_with_its_sum() -> None:
    text = (
        "The minister thanked his counterpart for Finland's security assistance to Ukraine, "
        "which now totals more than €1.5 billion."
    )
    aid = [
        f
        for f in facts(text, DAY)
        if f.cls.value == "Event" and "AID" in map(str, f.get("eventType"))
    ]
    assert len(aid) == 1, aid
    assert aid[0].get("amount"), aid


AID_INTO = [
    ("The United Nations has sent 50 trucks carrying aid into north-west Syria.", {UN}, {SYRIA}),
    ("Egypt has sent 200 trucks of humanitarian aid into Sudan since April.", {EGYPT}, {SUDAN}),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), AID_INTO)
def test_aid_into(text: str, actors: set[str], recipients: set[str]) -> None:
    got = [g[:3] for g in typed_events(text, DAY)]
    assert ("AID", actors, recipients) in got, got


NO_AID_INTO = [
    "Russia sent troops into Ukraine in February 2022.",
    "Turkey will send aid into Syria next week.",
]


@pytest.mark.parametrize("text", NO_AID_INTO)
def test_no_aid_into(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "AID"]
    assert not got, got


HELP_SENT_FROM = [
    (
        "Under the operation, an urban search and rescue team from the UAE has been dispatched "
        "to Türkiye.",
        {UAE},
        {TURKEY},
        "073",
    ),
    ("Relief supplies from India were flown to Myanmar on Sunday.", {INDIA}, {MYANMAR}, "073"),
    ("A medical team from China has been sent to Nepal.", {CHINA}, {NEPAL}, "073"),
]


@pytest.mark.parametrize(("text", "actors", "recipients", "code"), HELP_SENT_FROM)
def test_help_sent_from(text: str, actors: set[str], recipients: set[str], code: str) -> None:
    got = typed_events(text, DAY)
    assert ("AID", actors, recipients, code) in got, got


NO_HELP_SENT_FROM = [
    "Troops from Russia were deployed to Belarus.",
    "A rescue team from Japan will be sent to Turkey.",
    "No rescue team from Japan has been sent to Turkey.",
]


@pytest.mark.parametrize("text", NO_HELP_SENT_FROM)
def test_no_help_sent_from(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "AID"]
    assert not got, got
