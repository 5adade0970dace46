"""Demands to "the junta" and to "the parties", and borders shut by the list (session 41b,
request and sanction families).

**Junta** (:mod:`dipld.extract.juntas`).

The gold of the spent sets codes "called on the junta to ...", "urged the military to ..." as a
REQUEST whose recipient is the state the junta rules (Myanmar, Guinea, Niger), as the primary
recipient or an accepted alternative to the unlinked "the junta" in all six such sentences read
(blind4, blind32, blind34, blind41 twice, blind42). The extractor gave that state only when the
article had named the junta as "X's junta" within the three sentences before; now:

- "the junta", "the military junta", "the military" (or "the military rulers", "regime",
  "government") right before "to" (or an aside "led by ...", then "to"), after a verb of
  asking: the one state whose junta the article named before, at any distance;
- nothing when the article named two states' juntas, none, or only after the demand; nothing
  for "the military of Kenya", "the military's", or "the military leaders of ...".

**Parties** (:mod:`dipld.extract.parties`). "The EU calls on both parties to refrain ...",
"He urged the parties to continue implementing the agreement": after the article told an
agreement two parties signed (a TreatyRelation's parties, or a signing's signers, SUPPORT 057),
the recipients are those two, a state or not (the gold of blind5, blind8, blind10, blind36,
blind39 and blind42 codes them so). Not "all parties"; not "both parties" after a document of
three; not when the one demanding is a party (read as before: the other party); the two sides of
a hostile act the article told first still come first.

**Borders** (trigger table). "closed all its land, sea and air borders with Haiti": "all" before
"its" (163, as "closed its border with" already was).

Hit rate at 5ae3d43d (before): 0/6 junta, 0/3 parties, 0/2 borders positives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 12)
MYANMAR, NIGER, GUINEA, MALI = "Q836", "Q1032", "Q1006", "Q912"
COLOMBIA, SERBIA, KOSOVO, ETHIOPIA, ERITREA = "Q739", "Q403", "Q1246", "Q115", "Q986"
EGYPT, SUDAN = "Q79", "Q1049"
DOMINICAN, HAITI, ALGERIA, MOROCCO = "Q786", "Q790", "Q262", "Q1028"


def _asked(body: str) -> set[str]:
    """The recipients of every REQUEST the body gives."""
    return {
        r
        for f in facts(body, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "REQUEST"
        for r in keys(f.get("recipient"))
    }


POSITIVE = [
    pytest.param(
        "Myanmar's junta released a British teacher on Thursday. She had been held for a year. "
        "Her family thanked the embassy. She flew to Bangkok in the evening. The British "
        "minister also called on the military to restore civilian rule.",
        MYANMAR,
        id="military-far-back",
    ),
    pytest.param(
        "The Guinean junta took power on September 5. It dissolved the cabinet. Guinea was "
        "suspended by the bloc. Leaders met in Accra on Thursday. ECOWAS also called on the "
        "junta, led by Colonel Mamady Doumbouya, to organise elections.",
        GUINEA,
        id="junta-led-by-aside",
    ),
    pytest.param(
        "Niger's junta closed the airspace in August. Flights were diverted to Chad. Airlines "
        "lost money. Traders complained. The African Union urged the military junta to reopen "
        "the borders.",
        NIGER,
        id="military-junta",
    ),
    pytest.param(
        "The Malian junta expelled the French envoy in January. Paris recalled its staff. "
        "Talks stalled. Relief groups left. Senegal urged the military rulers to allow aid "
        "convoys through.",
        MALI,
        id="military-rulers",
    ),
    pytest.param(
        "The bloc met in Jakarta in place of military-ruled Myanmar. The summit opened on "
        "Tuesday. Talks covered trade. Vietnam spoke first. Singapore urged the junta to free "
        "political prisoners.",
        MYANMAR,
        id="military-ruled",
    ),
    pytest.param(
        "ECOWAS froze the assets of the military junta that seized power in Guinea on Sunday. "
        "Flights were halted. Traders complained. Prices rose. Senegal called on the military "
        "to set an election date.",
        GUINEA,
        id="junta-that-seized-power-in",
    ),
]


@pytest.mark.parametrize(("body", "state"), POSITIVE)
def test_junta_asked(body: str, state: str) -> None:
    assert state in _asked(body)


NEGATIVE = [
    pytest.param(
        "Mali's junta and Niger's junta signed a pact. Troops were moved. Prices rose. Flights "
        "stopped. The African Union called on the military to respect the ceasefire.",
        {MALI, NIGER},
        id="two-juntas",
    ),
    pytest.param(
        "Floods hit the north of Niger. Roads were cut. The government asked for help. Aid "
        "arrived slowly. The United Nations called on the military to help evacuate villages.",
        {NIGER},
        id="no-junta-named",
    ),
    pytest.param(
        "Niger's junta closed the airspace. Flights were diverted. Airlines lost money. Traders "
        "complained. The African Union praised the military's role in the rescue.",
        {NIGER},
        id="not-a-request",
    ),
    pytest.param(
        "Niger's junta closed the airspace. Flights were diverted. Airlines lost money. Traders "
        "complained. The African Union urged the military leaders of Chad to open a corridor.",
        {NIGER},
        id="other-military-named",
    ),
]


@pytest.mark.parametrize(("body", "absent"), NEGATIVE)
def test_junta_not_asked(body: str, absent: set[str]) -> None:
    assert not (absent & _asked(body))


def _requests(body: str) -> list[set[str]]:
    """The recipients of each REQUEST the body gives."""
    return [
        keys(f.get("recipient"))
        for f in facts(body, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "REQUEST"
    ]


PARTIES = [
    pytest.param(
        "The Government of Colombia and the National Liberation Army signed a ceasefire "
        "agreement in Havana on Friday. Cuba hosted the talks. The United Nations called on the "
        "parties to respect the truce.",
        {COLOMBIA, "National Liberation Army"},
        id="state-and-rebels",
    ),
    pytest.param(
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in "
        "Brussels on Monday. The two leaders signed an agreement on licence plates. The EU urged "
        "both parties to implement it in full.",
        {SERBIA, KOSOVO},
        id="signers-who-met",
    ),
    pytest.param(
        "Ethiopia and Eritrea signed a peace agreement in Jeddah in September. The two leaders "
        "met again in Asmara on Sunday. The African Union called on both parties to demarcate "
        "the border.",
        {ETHIOPIA, ERITREA},
        id="treaty-then-meeting",
    ),
]


@pytest.mark.parametrize(("body", "parties"), PARTIES)
def test_parties_asked(body: str, parties: set[str]) -> None:
    assert parties in _requests(body)


NOT_PARTIES = [
    pytest.param(
        "The Government of Colombia and the National Liberation Army signed a ceasefire "
        "agreement in Havana on Friday. Cuba hosted the talks. The United Nations called on all "
        "parties to respect the truce.",
        {COLOMBIA, "National Liberation Army"},
        id="all-parties",
    ),
    pytest.param(
        "Egypt, Sudan and Ethiopia signed a declaration of principles in Khartoum. The African "
        "Union called on both parties to resume talks.",
        {EGYPT, SUDAN, ETHIOPIA},
        id="both-of-three",
    ),
    pytest.param(
        "The Government of Colombia and the National Liberation Army signed a ceasefire "
        "agreement in Havana on Friday. The United Nations praised the parties for their "
        "courage.",
        {COLOMBIA, "National Liberation Army"},
        id="praise-no-request",
    ),
]


@pytest.mark.parametrize(("body", "parties"), NOT_PARTIES)
def test_parties_not_asked(body: str, parties: set[str]) -> None:
    assert not any(recipients & parties for recipients in _requests(body))


def _closures(body: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    """(actors, recipients) of each SANCTION 163 the body gives."""
    return {
        (frozenset(keys(f.get("actor"))), frozenset(keys(f.get("recipient"))))
        for f in facts(body, DAY)
        if f.cls.value == "Event" and "163" in [str(c) for c in f.get("cameoCode")]
    }


BORDERS = [
    pytest.param(
        "The Dominican Republic closed all its land, sea and air borders with Haiti on Friday.",
        (DOMINICAN, HAITI),
        id="all-its-land-sea-air",
    ),
    pytest.param(
        "Algeria shut all its air and land borders with Morocco in 1994.",
        (ALGERIA, MOROCCO),
        id="all-its-air-and-land",
    ),
]


@pytest.mark.parametrize(("body", "pair"), BORDERS)
def test_borders_closed(body: str, pair: tuple[str, str]) -> None:
    assert (frozenset({pair[0]}), frozenset({pair[1]})) in _closures(body)


NOT_BORDERS = [
    pytest.param(
        "The Dominican Republic closed all the schools near its border with Haiti on Friday.",
        id="schools-near-border",
    ),
    pytest.param(
        "The Dominican Republic will not close all its land borders with Haiti, the president "
        "said.",
        id="will-not-close",
    ),
]


@pytest.mark.parametrize("body", NOT_BORDERS)
def test_borders_not_closed(body: str) -> None:
    assert not _closures(body)
