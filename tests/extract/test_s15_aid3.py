"""AID events on unseen wording (session 15, aid3): goods given away ("gifted two helicopters
to Chad", "handed over 20 ambulances to ...", "delivered wheat ... free of charge"), aid flown
or dropped from the air, military training of another state's forces (072), peacekeepers sent
(074), aid announced without its sum, aid a relative clause says a state sent ("the aid that
Japan sent to Türkiye"), and a cumulative total whose "since" comes before the sum; with the
near misses that give no AID (people or territory handed over, a flight to talks, trade,
future, negated and hypothetical aid, a state's own troops)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 10)
RUSSIA, UAE, CHAD, TURKEY, SOMALIA = "Q159", "Q878", "Q657", "Q43", "Q1045"
CAR, CHINA, ZIMBABWE, SYRIA, SUDAN = "Q929", "Q148", "Q954", "Q858", "Q1049"
MALI, FRANCE, UKRAINE, GERMANY, RWANDA = "Q912", "Q142", "Q212", "Q183", "Q1037"
JAPAN, QATAR, LEBANON, EU, INDIA = "Q17", "Q846", "Q822", "Q458", "Q668"
SRI_LANKA, CANADA, HAITI, US, JORDAN = "Q854", "Q16", "Q790", "Q30", "Q810"
AZERBAIJAN, ARMENIA = "Q227", "Q399"

Row = tuple[frozenset[str], frozenset[str], str]


def _aid(text: str) -> list[Row]:
    return [
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("cameoCode")[0]),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith("AID")
    ]


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "cameo"),
    [
        ("The United Arab Emirates gifted two helicopters to Chad.", UAE, CHAD, "070"),
        ("Turkey handed over 20 ambulances to Somalia on Monday.", TURKEY, SOMALIA, "073"),
        (
            "The Chinese government handed over a batch of agricultural machinery to Zimbabwe.",
            CHINA,
            ZIMBABWE,
            "070",
        ),
        (
            "Russia delivered 25,000 tonnes of wheat to the Central African Republic free of "
            "charge.",
            RUSSIA,
            CAR,
            "073",  # (food staples given free are humanitarian aid; session 41c)
        ),
        ("The Russian Emergencies Ministry flew 30 tonnes of aid to Syria.", RUSSIA, SYRIA, "070"),
        ("The UAE airlifted 40 tonnes of medical supplies to Sudan.", UAE, SUDAN, "073"),
        ("Jordan carried out humanitarian airdrops over Sudan on Sunday.", JORDAN, SUDAN, "073"),
        (
            "Russian military instructors are training the armed forces of Mali.",
            RUSSIA,
            MALI,
            "072",
        ),
        ("Germany trained Ukrainian soldiers last year.", GERMANY, UKRAINE, "072"),
        ("India trains Sri Lankan naval officers at its academies.", INDIA, SRI_LANKA, "072"),
        ("France provided training to the Ukrainian army.", FRANCE, UKRAINE, "072"),
        ("Rwanda deployed peacekeepers to the Central African Republic.", RWANDA, CAR, "074"),
        ("Germany approved new military aid to Ukraine on Friday.", GERMANY, UKRAINE, "072"),
        (
            "The European Union unveiled a fresh package of humanitarian assistance for Sudan.",
            EU,
            SUDAN,
            "073",
        ),
        (
            "Erdogan praised the humanitarian aid which Azerbaijan provided to Turkey after the "
            "earthquake.",
            AZERBAIJAN,
            TURKEY,
            "073",
        ),
        ("The aid that Qatar sent to Lebanon arrived in Beirut on Monday.", QATAR, LEBANON, "070"),
    ],
)
def test_aid_given(text: str, actor: str, recipient: str, cameo: str) -> None:
    assert (frozenset({actor}), frozenset({recipient}), cameo) in _aid(text)


def test_total_since_before_the_sum() -> None:
    text = (
        "Canada announced a new package of $20 million for Haiti, bringing total Canadian "
        "assistance to Haiti since 2021 to more than $150 million."
    )
    found = {
        (str(f.get("amount")[0]), tuple(str(v) for v in f.get("startDate")))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith("AID")
    }
    # the total has the start, the new package none
    assert found == {("150000000", ("2021",)), ("20000000", ())}


def test_total_in_a_sentence_of_its_own() -> None:
    text = (
        "The package brings total U.S. assistance to Ukraine since 2022 to more than $1.5 billion."
    )
    [fact] = [f for f in facts(text, DAY) if f.cls.value == "Event"]
    assert keys(fact.get("actor")) == {US} and keys(fact.get("recipient")) == {UKRAINE}
    assert str(fact.get("amount")[0]) == "1500000000"
    assert [str(v) for v in fact.get("startDate")] == ["2022"]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil did not gift any helicopters to Bolivia.",
        "Kenya handed over the chairmanship of the bloc to Uganda.",
        "Uzbekistan handed over 3 suspects to Tajikistan.",
        "Armenia handed over four villages to Azerbaijan in May.",
        "Lavrov flew to Ankara to discuss aid to Syria.",
        "Russia is training its own troops near the border.",
        "Germany would approve new military aid to Ukraine if parliament agreed.",
        "Poland could have trained Ukrainian pilots.",
        "The aid that Qatar promised to Lebanon never arrived.",
        "Saudi Arabia shipped 2 million barrels of oil to China under a trade deal.",
        "China shipped 10,000 tonnes of fertiliser to Malawi last week.",
        "Egypt asked Russia to ship wheat free of charge.",
    ],
)
def test_no_aid(text: str) -> None:
    assert _aid(text) == []


def test_future_gift_is_a_promise() -> None:
    rows = [
        str(f.get("eventType")[0])
        for f in facts("Japan will donate two patrol boats to the Philippines.", DAY)
        if f.cls.value == "Event"
    ]
    assert rows and all(r.endswith("AGREE") for r in rows)
