# ruff: noqa: E501  (a table of sentences)
"""Paraphrase robustness (session 21, objects): where the act's recipient sits in its object.
Aid and supply verbs with the recipient after a hyphenated adjective ("to drought-hit Kenya"),
as a first object ("has given Kenya $20 million in ..."), or as the subject of "received ...
from"; an act told in a relative clause on the actor ("China, which has sent rescue teams to
Pakistan, promised ..."); nominal acts ("ordered the expulsion of 45 Russian diplomats",
"announced the expulsion of", "ordered the closure of", "imposed a ban on"); acts reported in a
clause ("Poland said ... that it had expelled ..."); possessive and pronoun objects that stand
for the state named before ("expelled 45 of its diplomats", "threatened it with retaliation").
A row passes when an Event of the kind, with a CAMEO code of its family, has the recipient among
its recipients and the acting state (or one of its officials) among its actors. Negative rows
(negated, hypothetical, future, a like structure that states no act) must give no Event of the
kind by that actor.

Hit rate at 61c8ff3 (before this round's change): positives 12/38, negatives 16/16; after it
(an epithet before the state aid goes to, "has given" and "dispatched", relief goods received
"from", the subject's relative clause as the act's actor, envoys masked with their state after
a verb of expelling, "imposed a ban on", object pronouns resolved to the party named before):
positives 38/38, negatives 16/16."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2022, 11, 16)
JP, KE, CN, PK, TR, AZ, DE, UA = "Q17", "Q114", "Q148", "Q843", "Q43", "Q227", "Q183", "Q212"
AU, VU, EU, MD, US, PL, RU, LT = "Q408", "Q686", "Q458", "Q217", "Q30", "Q36", "Q159", "Q37"
RO, IR, KP, EE = "Q218", "Q794", "Q423", "Q191"
# officials of the acting states (2021-2023)
PEOPLE = {
    JP: {"Q1141271"},  # Yoshimasa Hayashi
    AU: {"Q335697"},  # Anthony Albanese
    DE: {"Q564328", "Q61053"},  # Annalena Baerbock, Olaf Scholz
    PL: {"Q9388252", "Q11771436"},  # Zbigniew Rau, Mateusz Morawiecki
    AZ: {"Q16366137"},  # Jeyhun Bayramov
    US: {"Q7821917"},  # Antony Blinken
    RU: {"Q58217"},  # Sergey Lavrov
    LT: {"Q17118365"},  # Gabrielius Landsbergis
    CN: {"Q701801"},  # Wang Yi
}


def _events(text: str) -> list[tuple[str, set[str], set[str], str]]:
    return typed_events(text, DAY)


def _hit(kind: str, actor: str, recipient: str, text: str) -> bool:
    acting = {actor} | PEOPLE.get(actor, set())
    family = {"AID": "07", "SANCTION": "16", "THREATEN": "13", "REQUEST": "10"}[kind]
    return any(
        t == kind and c.startswith(family) and recipient in r and a & acting
        for t, a, r, c in _events(text)
    )


POSITIVES = [
    # a hyphenated adjective before the recipient
    ("AID", JP, KE, "Japan delivered food aid to drought-hit Kenya on Tuesday."),
    ("AID", CN, PK, "China dispatched rescue teams to flood-hit Pakistan on Sunday."),
    ("AID", AZ, TR, "Azerbaijan sent 30 tonnes of humanitarian cargo to quake-hit Türkiye."),
    ("AID", DE, UA, "Germany has delivered two field hospitals to war-torn Ukraine."),
    (
        "AID",
        AU,
        VU,
        "Prime Minister Anthony Albanese said on Friday that Australia had sent medical supplies to cyclone-ravaged Vanuatu.",
    ),
    # two objects: the recipient first
    ("AID", JP, KE, "Japan has given Kenya $20 million in humanitarian assistance."),
    (
        "AID",
        EU,
        MD,
        "The European Union granted Moldova 150 million euros in emergency assistance on Thursday.",
    ),
    ("AID", US, PK, "The United States sent Pakistan $30 million in flood relief last week."),
    ("AID", RO, MD, "Romania has donated Moldova 5,000 tonnes of humanitarian aid."),
    # the receiver as subject
    ("AID", CN, PK, "Pakistan received tents and food from China after the floods."),
    ("AID", JP, KE, "Kenya received 10,000 tonnes of food aid from Japan on Monday."),
    ("AID", AZ, TR, "Türkiye has received rescue teams and medical supplies from Azerbaijan."),
    ("AID", RO, MD, "Moldova received humanitarian aid from Romania last week."),
    # the act in a relative clause on the actor
    ("AID", CN, PK, "China, which has sent rescue teams to Pakistan, promised further help."),
    (
        "AID",
        JP,
        KE,
        "Japan, which delivered food aid to Kenya last month, said it was ready to do more.",
    ),
    (
        "SANCTION",
        PL,
        RU,
        "Poland, which expelled 45 Russian diplomats on Wednesday, summoned the Russian ambassador.",
    ),
    # nominal acts
    ("SANCTION", PL, RU, "Warsaw on Wednesday ordered the expulsion of 45 Russian diplomats."),
    ("SANCTION", DE, RU, "Germany announced the expulsion of 40 Russian diplomats on Monday."),
    (
        "SANCTION",
        PL,
        RU,
        "Foreign Minister Zbigniew Rau announced the expulsion of 45 Russian diplomats.",
    ),
    ("SANCTION", LT, RU, "Lithuania ordered the closure of the Russian consulate in Klaipeda."),
    (
        "SANCTION",
        RU,
        PL,
        "Moscow on Tuesday ordered the closure of the Polish consulate in Irkutsk.",
    ),
    ("SANCTION", EU, RU, "The European Union imposed a ban on Russian oil imports."),
    ("SANCTION", PL, UA, "Poland imposed a ban on imports of Ukrainian grain on Saturday."),
    # acts reported in a clause
    ("SANCTION", PL, RU, "Poland said on Wednesday that it had expelled 45 Russian diplomats."),
    (
        "SANCTION",
        LT,
        RU,
        "Lithuania announced on Monday that it had expelled the Russian ambassador.",
    ),
    ("AID", AZ, TR, "Azerbaijan said it had delivered humanitarian aid to Türkiye."),
    (
        "AID",
        JP,
        KE,
        "Foreign Minister Yoshimasa Hayashi said Japan had provided food aid to Kenya.",
    ),
    ("SANCTION", EE, RU, "Estonia said on Friday it had expelled a Russian diplomat."),
    # possessive and pronoun objects standing for the state named before
    ("SANCTION", PL, RU, "Poland accused Russia of espionage and expelled 45 of its diplomats."),
    (
        "SANCTION",
        DE,
        IR,
        "Germany summoned Iran's ambassador on Monday and expelled two of its diplomats.",
    ),
    ("THREATEN", RU, MD, "Russia accused Moldova of hostility and threatened it with retaliation."),
    (
        "THREATEN",
        RU,
        MD,
        "Sergey Lavrov criticised Moldova on Thursday and threatened it with countermeasures.",
    ),
    (
        "SANCTION",
        US,
        KP,
        "The United States condemned North Korea and sanctioned three of its officials.",
    ),
    ("REQUEST", US, CN, "Antony Blinken criticised China and urged it to stop supplying Russia."),
    ("REQUEST", LT, CN, "Lithuania condemned China and called on it to lift the trade ban."),
    ("AID", JP, KE, "Japan praised Kenya's reforms and provided it with food aid."),
    # already read before this round (kept as anchors)
    ("AID", CN, PK, "China sent rescue teams to Pakistan after the floods."),
    ("SANCTION", PL, RU, "Poland expelled 45 Russian diplomats on Wednesday."),
]

NEGATIVES = [
    # "it" is the aid, not a party asked
    (
        "REQUEST",
        UA,
        "On Thursday, Washington announced $250 million in military aid to Ukraine, after Kyiv requested it on Monday.",
    ),
    ("AID", JP, "Japan may deliver food aid to drought-hit Kenya next month."),
    ("AID", CN, "If the floods worsen, China would send rescue teams to flood-hit Pakistan."),
    ("AID", CN, "Pakistan has not received any aid from China."),
    ("AID", JP, "Kenya received a delegation from Japan on Tuesday."),
    ("AID", JP, "Japan delivered a message of sympathy to drought-hit Kenya."),
    ("AID", CN, "China, which has never sent aid to Pakistan, promised help."),
    # a relative clause of an earlier year: background
    ("AID", CN, "China, which sent rescue teams to Pakistan in 2010, promised further help."),
    ("AID", JP, "Japan has given Kenya assurances of its support."),
    ("SANCTION", PL, "Poland did not order the expulsion of Russian diplomats."),
    ("SANCTION", PL, "Poland said it would expel 45 Russian diplomats."),
    ("SANCTION", PL, "Warsaw is considering the expulsion of Russian diplomats."),
    ("SANCTION", PL, "Poland criticised the expulsion of 45 Polish diplomats by Russia."),
    ("SANCTION", LT, "Lithuania called for the closure of the Russian consulate in Klaipeda."),
    ("SANCTION", PL, "Poland denied that it had expelled any Russian diplomats."),
    ("THREATEN", RU, "Russia accused Moldova of hostility and said it had not threatened anyone."),
]


@pytest.mark.parametrize(("kind", "actor", "recipient", "text"), POSITIVES)
def test_object_structure(kind: str, actor: str, recipient: str, text: str) -> None:
    assert _hit(kind, actor, recipient, text), _events(text)


@pytest.mark.parametrize(("kind", "actor", "text"), NEGATIVES)
def test_no_act(kind: str, actor: str, text: str) -> None:
    acting = {actor} | PEOPLE.get(actor, set())
    assert not [e for e in _events(text) if e[0] == kind and e[1] & acting], _events(text)
