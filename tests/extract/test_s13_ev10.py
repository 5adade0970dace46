"""Events a held-out set showed missing (session 13): praise by "highly appreciated" and in a
call "to congratulate him"; no thanks to one's own state; support for a people
(SUPPORT to its state, not aid); reiterated and renewed invitations; a welcomed commitment of
named parties; a trade target that is no aid; pressure kept on a party that is no promise;
countermeasures vowed in response to a party's act; an incursion alleged by a speaker; and the
near misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 12, 18)
RUSSIA, CHINA, USA, JAPAN, INDIA, CUBA = "Q159", "Q148", "Q30", "Q17", "Q668", "Q241"
FINLAND, ARMENIA, AZERBAIJAN, UKRAINE = "Q33", "Q399", "Q227", "Q212"
PAKISTAN, SAUDI_ARABIA, EGYPT, QATAR, VENEZUELA = "Q843", "Q851", "Q79", "Q846", "Q717"
PUTIN, ERDOGAN, XI, TOKAYEV, MODI, LAVROV = (
    "Q7747",
    "Q39259",
    "Q15031",
    "Q200881",
    "Q1058",
    "Q58217",
)
MIRZOYAN, BAYRAMOV, BLINKEN, WANG_YI = "Q16366137", "Q31196321", "Q7821917", "Q701801"


def _events(text: str, event_type: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(event_type)
    ]


def _types(text: str) -> set[str]:
    return {
        str(f.get("eventType")[0]).rsplit("#", 1)[-1]
        for f in facts(text, DAY)
        if f.cls.value == "Event"
    }


# ---- praise and thanks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Pakistan highly appreciated the measures announced by the Government of Saudi Arabia.",
            PAKISTAN,
            SAUDI_ARABIA,
        ),
        (
            "Egypt greatly appreciates the steps taken by Qatar to secure the release of hostages.",
            EGYPT,
            QATAR,
        ),
        ("Erdogan spoke with Putin to congratulate him on his re-election.", ERDOGAN, PUTIN),
        ("Xi Jinping called Tokayev to thank him for the hospitality.", XI, TOKAYEV),
        (
            "President Putin spoke by phone with Prime Minister Modi to congratulate him on the "
            "landing on the Moon.",
            PUTIN,
            MODI,
        ),
    ],
)
def test_praise_and_thanks(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "051") in _events(text, "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan spoke with Putin to discuss the grain deal.",
        "Erdogan did not speak with Putin to congratulate him.",
        "Erdogan spoke with Putin, who had congratulated him on his re-election.",
    ],
)
def test_a_call_without_praise_gives_no_support(text: str) -> None:
    assert not [e for e in _events(text, "SUPPORT") if e[0] == {ERDOGAN}]


def test_no_one_thanks_their_own_state() -> None:
    text = (
        "Secretary Blinken met with Foreign Minister Ararat Mirzoyan of Armenia and Foreign "
        "Minister Jeyhun Bayramov of Azerbaijan. The ministers thanked the United States for "
        "facilitating the talks."
    )
    assert _events(text, "SUPPORT") == [({MIRZOYAN, BAYRAMOV}, {USA}, "051")]


def test_the_two_of_three_ministers_thank_no_one() -> None:
    text = (
        "Secretary Blinken met with Foreign Minister Ararat Mirzoyan of Armenia and Foreign "
        "Minister Jeyhun Bayramov of Azerbaijan. The two ministers thanked the United States for "
        "hosting the talks."
    )
    assert not [e for e in _events(text, "SUPPORT") if BLINKEN in e[0]]


def test_the_ministers_when_all_are_ministers() -> None:
    text = (
        "Foreign Minister Sergey Lavrov met Foreign Minister Wang Yi in Beijing. The ministers "
        "thanked Kazakhstan for hosting the summit."
    )
    assert _events(text, "SUPPORT") == [({LAVROV, WANG_YI}, {"Q232"}, "051")]


# ---- support for a people ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Russia reaffirmed its support for the Cuban people.", RUSSIA, CUBA),
        ("China firmly supports the just cause of the Cuban people.", CHINA, CUBA),
        ("Beijing has always supported the brotherly Cuban people.", CHINA, CUBA),
        (
            "The United States expressed support for the people of Venezuela.",
            USA,
            VENEZUELA,
        ),
    ],
)
def test_support_for_a_people(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "051") in _events(text, "SUPPORT")
    assert not _events(text, "AID")


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not express support for the Cuban people.",
        "Russia reaffirmed its support for Cuban refugees.",
        "Russia hopes to support the Cuban people.",
    ],
)
def test_no_support_for_a_people(text: str) -> None:
    assert not _events(text, "SUPPORT")


def test_aid_to_a_people_stays_aid() -> None:
    text = "India announced $10 million in humanitarian assistance to the people of Ukraine."
    assert [e for e in _events(text, "AID") if e[1] == {UKRAINE}]


# ---- invitations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Putin reiterated his invitation to Modi to attend the BRICS summit in Kazan.",
            PUTIN,
            MODI,
        ),
        ("Xi Jinping renewed the invitation to Tokayev to visit China.", XI, TOKAYEV),
        ("Erdogan extended an invitation to Putin to visit Turkey.", ERDOGAN, PUTIN),
    ],
)
def test_invitation_reiterated(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "036") in _events(text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Putin reiterated the invitation to visit Russia.",
        "Erdogan welcomed the invitation to Putin.",
        "Putin has not renewed his invitation to Modi.",
    ],
)
def test_no_invitation(text: str) -> None:
    assert not [e for e in _events(text, "AGREE") if e[2] == "036"]


# ---- commitments welcomed, partners -----------------------------------------------------------


def test_welcomed_commitment_is_the_parties_agree() -> None:
    text = (
        "Blinken welcomed the commitment of Armenia and Azerbaijan to continue direct talks on "
        "a peace treaty."
    )
    assert [e for e in _events(text, "AGREE") if e[0] == {ARMENIA, AZERBAIJAN}]
    assert ({BLINKEN}, {ARMENIA, AZERBAIJAN}, "051") in _events(text, "SUPPORT")


def test_welcomed_commitment_of_one_names_its_recipient() -> None:
    text = "Macron welcomed the readiness of Japan to provide $5 billion in aid to Ukraine."
    assert [e for e in _events(text, "AGREE") if e[0] == {JAPAN} and e[1] == {UKRAINE}]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken welcomed the efforts of Armenia and Azerbaijan.",
        "Blinken welcomed the commitment of Armenia and Azerbaijan to talks if conditions allow.",
    ],
)
def test_no_welcomed_commitment(text: str) -> None:
    assert not [e for e in _events(text, "AGREE") if e[0] == {ARMENIA, AZERBAIJAN}]


def test_an_organisation_both_belong_to_is_no_partner() -> None:
    text = (
        "Biden met Kristersson at the White House. Biden underscored his commitment to continue "
        "working together with Kristersson as NATO Allies."
    )
    assert not [e for e in _events(text, "AGREE") if "Q7184" in e[1]]


# ---- trade targets ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "reach $100 billion in bilateral trade by 2030",
        "achieve a target of $100 billion of mutual trade by 2030",
        "bring bilateral trade to $100 billion by 2030",
    ],
)
def test_a_trade_target_is_no_aid(goal: str) -> None:
    text = (
        f"Russia and India held talks in Moscow on Monday. The sides reaffirmed their intention "
        f"to {goal}."
    )
    found = _events(text, "AGREE")
    assert found
    assert all(code != "033" for _, _, code in found)


def test_aid_promised_stays_aid() -> None:
    assert ({JAPAN}, {UKRAINE}, "033") in _events(
        "Japan will provide $5 billion in aid to Ukraine.", "AGREE"
    )


# ---- pressure and countermeasures -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Britain vowed to keep up the pressure on Russia.",
        "The United States will maintain maximum pressure on Iran.",
        "Japan pledged to step up pressure on North Korea.",
    ],
)
def test_pressure_is_no_promise(text: str) -> None:
    assert not _events(text, "AGREE")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The Kremlin said it would take countermeasures in response to Finland's accession "
            "to NATO.",
            RUSSIA,
            FINLAND,
        ),
        (
            "Russia will take countermeasures in response to Finland's accession to NATO, "
            "Peskov said.",
            RUSSIA,
            FINLAND,
        ),
        ("China will take resolute countermeasures against the United States.", CHINA, USA),
    ],
)
def test_countermeasures_in_response_threaten(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "130") in _events(text, "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "Russia would take countermeasures if Finland joins NATO.",
        "Russia said it would not take countermeasures against Finland.",
        "China vowed to take countermeasures.",
    ],
)
def test_no_countermeasure_threat(text: str) -> None:
    assert not _events(text, "THREATEN")


# ---- allegations ------------------------------------------------------------------------------


def test_incursion_alleged_is_the_speakers_accusation() -> None:
    text = "Lavrov said that the Kyiv regime had carried out an incursion into the Kursk region."
    assert [e for e in _events(text, "ACCUSE") if e[0] == {LAVROV} and e[1] == {UKRAINE}]
    assert not _events(text, "ASSAULT")


def test_incursion_narrated_is_an_attack() -> None:
    text = "Ukrainian forces launched an incursion into Russia's Kursk region on August 6."
    assert ({UKRAINE}, {RUSSIA}, "190") in _events(text, "ASSAULT")


def test_an_unknown_speakers_allegation_is_no_act() -> None:
    text = (
        "Zakharova noted that the Kyiv regime had carried out an incursion into the Kursk region."
    )
    assert not _events(text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    ["Kremlin vows countermeasures over Finland's NATO entry", "Russia vowed countermeasures."],
)
def test_vowed_countermeasures_are_no_promise(text: str) -> None:
    assert not _events(text, "AGREE")


def test_vowed_countermeasures_against_a_party_threaten_it() -> None:
    assert ({CHINA}, {"Q37"}, "130") in _events(
        "China vowed countermeasures against Lithuania.", "THREATEN"
    )
