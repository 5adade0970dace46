"""State organs as the actors of aid, and the verbs of delivering help (session 16, organs):
a ministry, armed force or agency named by its state's demonym or name acts for that state
("the Indian Navy", "the Jordanian Armed Forces", "Kazakhstan's Ministry of Emergency
Situations", "the Chinese Ministry of Commerce", the US "Department of Homeland Security");
relief goods sent, delivered or airlifted ("humanitarian cargo", "50 trucks of food", tents,
medicine), airdrops, field hospitals operated, services given (transport, medical support),
scholarships, humanitarian parole, military help to another state's forces (072) and relief
received from an organ; with the near misses that give no AID (negated, hypothetical, planned
or promised aid, an allegation, goods sold or shipped without a word of relief, troops
airdropped, an organ's name that goes on)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import events, triggers
from dipld.extract.spans import _WORD
from tests.extract.test_patterns import date_values, facts, keys

DAY = dt.date(2024, 3, 10)
RUSSIA, JORDAN, EGYPT, SUDAN, INDIA = "Q159", "Q810", "Q79", "Q1049", "Q668"
MYANMAR, SRI_LANKA, CHINA, LAOS, KAZAKHSTAN = "Q836", "Q854", "Q148", "Q819", "Q232"
TURKEY, HUNGARY, PAKISTAN, AFGHANISTAN, QATAR = "Q43", "Q28", "Q843", "Q889", "Q846"
MALI, KUWAIT, LEBANON, POLAND, UKRAINE, US = "Q912", "Q817", "Q822", "Q36", "Q212", "Q30"
SYRIA, JAPAN, KENYA = "Q858", "Q17", "Q114"
BELARUS, IRAN = "Q184", "Q794"

Row = tuple[frozenset[str], frozenset[str], str]


def _f(*qids: str) -> frozenset[str]:
    return frozenset(qids)


def _events(text: str, kind: str = "AID") -> list[Row]:
    return [
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("cameoCode")[0]),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(kind)
    ]


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "cameo"),
    [
        # organs for their state
        (
            "The Russian Emergencies Ministry has sent more than 700 tonnes of humanitarian "
            "cargo to Syria.",
            RUSSIA,
            SYRIA,
            "073",
        ),
        (
            "Kazakhstan's Ministry of Emergency Situations sent humanitarian cargo to Turkey.",
            KAZAKHSTAN,
            TURKEY,
            "073",
        ),
        (
            "The Chinese Ministry of Commerce donated 1,000 tonnes of rice to Laos.",
            CHINA,
            LAOS,
            "070",
        ),
        (
            "The Indian Navy delivered 20 tonnes of relief supplies to Sri Lanka.",
            INDIA,
            SRI_LANKA,
            "073",
        ),
        (
            "The Indian Air Force airlifted 6 tonnes of medicine to Myanmar on Sunday.",
            INDIA,
            MYANMAR,
            "073",
        ),
        ("The Egyptian Armed Forces have sent 50 trucks of food to Sudan.", EGYPT, SUDAN, "073"),
        (
            "The Kuwaiti Air Force delivered 40 tonnes of relief goods to Lebanon last year.",
            KUWAIT,
            LEBANON,
            "073",
        ),
        ("USAID delivered vaccines to Kenya.", US, KENYA, "073"),
        # services, education, military help
        (
            "The Pakistan Army provided medical support to flood victims in Afghanistan.",
            PAKISTAN,
            AFGHANISTAN,
            "070",
        ),
        ("Hungary granted 50 scholarships to students from Laos.", HUNGARY, LAOS, "070"),
        (
            "Hungary increased the quota of scholarships for Laotian students.",
            HUNGARY,
            LAOS,
            "070",
        ),
        ("Russian instructors have helped the armed forces of Mali.", RUSSIA, MALI, "072"),
        ("Qatar has operated a field hospital in Sudan since October.", QATAR, SUDAN, "073"),
        # received from an organ: the organ's state gives
        (
            "Ukraine received 30 tonnes of humanitarian cargo from the Polish Armed Forces.",
            POLAND,
            UKRAINE,
            "073",
        ),
        ("Japan received relief supplies from the Indian Navy.", INDIA, JAPAN, "073"),
    ],
)
def test_aid_by_an_organ_or_a_delivery_verb(
    text: str, actor: str, recipient: str, cameo: str
) -> None:
    assert (_f(actor), _f(recipient), cameo) in _events(text)


def test_airdrops_to_a_place_no_state_is() -> None:
    # the Strip is no KB state: the aid keeps its giver, without a recipient
    text = "The Jordanian Armed Forces have carried out airdrops of food and medicine to the Strip."
    assert _events(text) == [(_f(JORDAN), _f(), "073")]


def test_forces_in_a_second_clause_are_its_subject() -> None:
    text = (
        "Kazakhstan's Ministry of Emergency Situations delivered 40 trucks of food to Turkey, and "
        "the Jordanian Armed Forces have carried out airdrops of food to cut-off villages."
    )
    assert sorted(_events(text)) == sorted(
        [(_f(KAZAKHSTAN), _f(TURKEY), "073"), (_f(JORDAN), _f(), "073")]
    )


def test_humanitarian_cargo_to_a_population() -> None:
    text = (
        "The Russian Emergencies Ministry has sent more than 700 tonnes of humanitarian cargo "
        "to the population of Gaza."
    )
    # (session 39: aid sent to the people of a city goes to the state the KB puts it in; session
    # 43: for Gaza the people as written, the gold's own recipient in seven of its eight such
    # sentences, the State of Palestine only accepted)
    [(actor, recipient, cameo)] = _events(text)
    assert (actor, cameo) == (_f(RUSSIA), "073")
    assert "Q219060" not in recipient and len(recipient) == 1


def test_parole_granted_by_a_us_department() -> None:
    text = "The Department of Homeland Security has granted them humanitarian parole."
    assert _events(text) == [(_f(US), _f(), "075")]


def test_since_last_month_starts_the_period() -> None:
    [fact] = [
        f
        for f in facts("The UAE has operated a field hospital in Sudan since last October.", DAY)
        if f.cls.value == "Event"
    ]
    assert date_values(fact, "startDate") == ("2023-10",)
    assert date_values(fact, "date") == ()


def test_last_year_is_the_year() -> None:
    [fact] = [
        f
        for f in facts(
            "The Kuwaiti Air Force delivered 40 tonnes of relief goods to Lebanon last year.", DAY
        )
        if f.cls.value == "Event"
    ]
    assert date_values(fact, "date") == ("2023",)


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian Armed Forces have not delivered humanitarian cargo to Sudan.",
        "The Indian Navy is expected to deliver relief supplies to Sri Lanka.",
        "If the Russian Emergencies Ministry sent humanitarian cargo to Syria, Israel would "
        "inspect it.",
        "The Jordanian Armed Forces would carry out airdrops of food to Gaza if Israel agreed.",
        "Qatar could set up a field hospital in Sudan.",
        "Hungary may grant scholarships to students from Laos.",
        "The Turkish Government sold 10,000 tonnes of flour to Iraq.",
        "China shipped 10,000 tonnes of fertiliser to Malawi last week.",
        "Russia has sent 30,000 tonnes of wheat to Somalia.",
        "Russia carried out airdrops of special forces near Hostomel.",
        "Russia carried out airdrops of paratroopers near Kyiv.",
        "The Russian Army Day was celebrated in Moscow.",
        "Qatar provided transportation to the evacuees.",
        "The Chinese Ministry of Commerce said exports to Russia rose sharply.",
    ],
)
def test_no_aid(text: str) -> None:
    assert _events(text) == []


def test_an_alleged_delivery_is_the_speakers_accusation() -> None:
    text = "Kyiv accused the Belarusian Armed Forces of sending ammunition to Russia."
    assert _events(text) == []
    assert (_f(UKRAINE), _f(BELARUS), "112") in _events(text, "ACCUSE")


def test_aid_received_is_not_the_receivers_act() -> None:
    rows = _events("Ukraine has received humanitarian cargo from Turkey.")
    assert rows == [(_f(TURKEY), _f(UKRAINE), "073")]


def test_promised_delivery_is_no_aid() -> None:
    rows = [
        str(f.get("eventType")[0])
        for f in facts("The Indian Navy will deliver relief supplies to Sri Lanka.", DAY)
        if f.cls.value == "Event"
    ]
    assert rows and all(r.endswith("AGREE") for r in rows)


def test_talks_of_a_states_forces_with_a_movement_keep_the_forces() -> None:
    # the Sudanese Armed Forces stay a party of their own in talks with an armed movement
    text = (
        "The talks between the Sudanese Armed Forces and the Rapid Support Forces opened in "
        "Jeddah on Saturday."
    )
    [meeting] = [f for f in facts(text, DAY) if f.cls.value == "Meeting"]
    assert {e.label for e in meeting.entities("participant")} == {
        "Sudanese Armed Forces",
        "Rapid Support Forces",
    }


# masked phrases each new trigger reads, one for each way it can match
NEEDING = [
    "the §O0§ has sent more than 700 tonnes of humanitarian cargo to §S1§",
    "§S0§ dispatched 50 trucks of food to §S1§",
    "§S0§ delivered medicines and tents to §S1§",
    "§S0§ shipped tonnes of relief aid to §S1§",
    "§S0§ airlifted blankets to §S1§",
    "§S0§ has operated two field hospitals in §S1§",
    "§S0§ provided medical support to §S1§",
    "§S0§ provided transportation to §S1§",
    "§S0§ granted 50 scholarships to §S1§",
    "§S0§ increased the quota of scholarships for §D1§ students",
    "the §O0§ has granted them humanitarian parole",
    "§S0§ instructors have helped the armed forces of §S1§",
    "§S1§ received 30 tonnes of humanitarian cargo from the §D0§ Armed Forces",
]


@pytest.mark.parametrize("phrase", NEEDING)
def test_every_phrase_a_new_trigger_reads_passes_its_precheck(phrase: str) -> None:
    words = frozenset(_WORD.findall(phrase.lower()))
    matching = [t for t in triggers.TRIGGERS if t.needs is not None and t.pattern.search(phrase)]
    assert matching, f"no trigger with a list of needed words reads {phrase!r}"
    runs = events._triggers_for(words, phrase)
    for trigger in matching:
        assert trigger in runs, f"{phrase!r}: the pre-check skips {trigger.pattern.pattern[:60]!r}"
