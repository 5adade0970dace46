"""Recall on unseen text (session 14, round 7): "the sides" of a meeting never take in a
historical state named in background; refusals of another's sanctions (REJECT 120 at those who
imposed them, no new sanction); sanctions designations of a named body and person; organs that
speak for their organisation (the North Atlantic Council), a condemned attack's culprit told
before, solidarity; thanks for deliveries of goods and help sent at a state's request (AID);
an organisation's acts on a member in a relative clause; backing an application (AGREE 032);
a guest confirming attendance; a named party's act judged in negative words, and an attack
attributed in reported speech (ACCUSE); and the near misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 7, 10)
RUSSIA, ISRAEL, USSR, USA, EU = "Q159", "Q801", "Q15180", "Q30", "Q458"
BOLIVIA, BRAZIL, CUBA, CHINA, EGYPT = "Q750", "Q155", "Q241", "Q148", "Q79"
IRAN, ALBANIA, NATO, POLAND, BELARUS = "Q794", "Q222", "Q7184", "Q36", "Q184"
MALI, ECOWAS, NIGER, AU = "Q912", "Q193272", "Q1032", "Q7159"
MOLDOVA, ROMANIA, UZBEKISTAN, TAJIKISTAN = "Q217", "Q218", "Q265", "Q863"
PUTIN, GOITA, RAMA, FINLAND = "Q7747", "Q98497406", "Q316901", "Q33"

Row = tuple[frozenset[str], frozenset[str], str, str]


def _events(text: str, kind: str, day: dt.date = DAY) -> list[Row]:
    return [
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("cameoCode")[0]),
            str(f.get("date")[0]) if f.get("date") else "",
        )
        for f in facts(text, day)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(kind)
    ]


def _pairs(text: str, kind: str) -> set[tuple[frozenset[str], frozenset[str], str]]:
    return {(a, r, c) for a, r, c, _ in _events(text, kind)}


def _f(*qids: str) -> frozenset[str]:
    return frozenset(qids)


# ---- "the sides" are who met, never a historical state ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin held talks with Prime Minister of Israel Naftali Bennett in Sochi. The "
        "President noted that the Soviet Union was among the first states to recognise Israel. "
        "The sides agreed to resume the work of the intergovernmental commission.",
        "Vladimir Putin met Prime Minister of Israel Naftali Bennett. Bennett recalled that the "
        "Soviet Union and Israel established relations in 1948. Both sides agreed to expand "
        "cooperation in agriculture.",
    ],
)
def test_the_sides_are_those_who_met(text: str) -> None:
    agreed = _events(text, "AGREE")
    assert any(a == _f(RUSSIA, ISRAEL) for a, _, _, _ in agreed)
    assert not any(USSR in a for a, _, _, _ in agreed)


def test_the_sides_without_a_meeting_are_no_historical_state() -> None:
    text = (
        "The Soviet Union and Israel established relations in 1948. The sides agreed to "
        "exchange ambassadors."
    )
    assert not any(USSR in a for a, _, _, _ in _events(text, "AGREE"))


# ---- refusals of another's sanctions ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipients"),
    [
        (
            "He said Bolivia rejected the unilateral sanctions imposed on Russia by the United "
            "States and the European Union and would not join them.",
            BOLIVIA,
            _f(USA, EU),
        ),
        ("Brazil rejects the sanctions imposed on Cuba by the United States.", BRAZIL, _f(USA)),
        ("Cuba has always opposed the blockade imposed by the United States.", CUBA, _f(USA)),
        (
            "Lula said Brazil opposes any sanctions imposed by the European Union on Russia.",
            BRAZIL,
            _f(EU),
        ),
    ],
)
def test_rejected_sanctions(text: str, actor: str, recipients: frozenset[str]) -> None:
    assert (_f(actor), recipients, "120") in _pairs(text, "REJECT")
    assert not _events(text, "SANCTION")  # the measure is background


def test_rejected_sanctions_with_a_date_stay_news() -> None:
    text = "Turkey rejected the sanctions imposed on Russia by the United States in March 2022."
    assert (_f(USA), _f(RUSSIA), "163") in _pairs(text, "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Mexico rejected the proposal.",
        "India opposed the sanctions against Iran.",
    ],
)
def test_rejections_without_an_imposer(text: str) -> None:
    assert not any(c == "120" and USA in r for _, r, c, _ in _events(text, "REJECT"))


def test_rejected_accusations_are_at_their_maker() -> None:
    # (session 26b) accusations refused are a REJECT of the one who made them, as "the claims
    # made by" and "the statements by" were; no sanction's imposer is read from them
    text = "Brazil rejected the accusations made by the United States."
    assert (_f(BRAZIL), _f(USA), "120") in _pairs(text, "REJECT")
    assert not _events(text, "SANCTION")


# ---- designations ----------------------------------------------------------------------------


def test_designation_of_a_ministry_and_its_minister() -> None:
    text = (
        "The United States is today designating Iran's Ministry of Intelligence and Security "
        "(MOIS) and its Minister of Intelligence, Esmail Khatib, for engaging in cyber-enabled "
        "activities against the United States."
    )
    found = _events(text, "SANCTION", dt.date(2022, 9, 9))
    assert found == [
        (
            _f(USA),
            # (the ministry the KB lacks stands for its state since session 26, as its
            # officials do: test_s26_acts.py)
            _f(IRAN, "Esmail Khatib"),
            "163",
            "2022-09-09",
        )
    ]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The United Kingdom has designated Belarus's Ministry of Defence for supporting "
            "Russia's invasion.",
            # (a state's body the KB lacks as its state since session 26: test_s26_acts.py)
            BELARUS,
        ),
        (
            "The Treasury Department designated Russia's Federal Security Service and its "
            "director, Alexander Bortnikov, for their role in the poisoning.",
            RUSSIA,
        ),
    ],
)
def test_designations(text: str, recipient: str) -> None:
    assert any(c == "163" and recipient in r for _, r, c, _ in _events(text, "SANCTION"))


@pytest.mark.parametrize(
    "text",
    [
        "Japan designated a new ambassador to Brazil.",
        "Putin designated Sergei Lavrov as his special envoy for the talks.",
        "The United States designated Hamas as a terrorist organisation in 1997.",
    ],
)
def test_designations_that_are_no_sanction(text: str) -> None:
    assert not _events(text, "SANCTION")


def test_ministry_with_a_possessive_owner_is_one_body() -> None:
    # (one body, never split; since session 26 the state stands for it: test_s26_acts.py)
    text = "The United States sanctioned Iran's Ministry of Intelligence and Security on Friday."
    assert [r for _, r, _, _ in _events(text, "SANCTION")] == [_f(IRAN)]


# ---- organs, culprits told before, solidarity ----------------------------------------------


def test_north_atlantic_council_condemns_the_attack_blamed_before() -> None:
    text = (
        "Albania cut diplomatic ties with Iran over the cyberattack in July, which it blamed on "
        "Iran. On Thursday, the North Atlantic Council also strongly condemned the cyberattack "
        "and expressed its solidarity with Albania."
    )
    assert (_f(NATO), _f(IRAN), "111") in _pairs(text, "ACCUSE")
    assert (_f(NATO), _f(ALBANIA), "050") in _pairs(text, "SUPPORT")
    assert not any(ALBANIA in r for a, r, _ in _pairs(text, "ACCUSE") if NATO in a)


def test_culprit_blamed_by_name() -> None:
    text = (
        "Poland blamed Belarus for the cyberattack on its railways. The European Union "
        "condemned the attack and expressed its solidarity with Poland."
    )
    assert (_f(EU), _f(BELARUS), "111") in _pairs(text, "ACCUSE")
    assert (_f(EU), _f(POLAND), "050") in _pairs(text, "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "The North Atlantic Council met in Brussels on Monday.",
        "The North Atlantic Council meeting ended on Friday.",
        "Estonia condemned the attack on its embassy.",
    ],
)
def test_organs_and_attacks_without_an_act_or_culprit(text: str) -> None:
    assert not _events(text, "ACCUSE")


# ---- aid revealed by other words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "giver", "taker"),
    [
        (
            "Vladimir Putin met with Interim President of Mali Assimi Goïta. Goïta thanked the "
            "President of Russia for the deliveries of wheat, fertilisers and fuel that Russia "
            "had made to Mali over the past year.",
            RUSSIA,
            MALI,
        ),
        (
            "Kazakhstan has thanked Uzbekistan for its shipments of grain to Tajikistan.",
            UZBEKISTAN,
            TAJIKISTAN,
        ),
    ],
)
def test_thanked_deliveries(text: str, giver: str, taker: str) -> None:
    assert (_f(giver), _f(taker), "070") in _pairs(text, "AID")


@pytest.mark.parametrize(
    ("text", "asker", "helper"),
    [
        (
            "At Albania's request, the United States sent experts from the CISA and the FBI to "
            "help the government.",
            ALBANIA,
            USA,
        ),
        (
            "At the request of Moldova, Romania dispatched a team of specialists to help the "
            "authorities.",
            MOLDOVA,
            ROMANIA,
        ),
    ],
)
def test_help_sent_at_a_request(text: str, asker: str, helper: str) -> None:
    assert (_f(helper), _f(asker), "070") in _pairs(text, "AID")
    assert (_f(asker), _f(helper), "100") in _pairs(text, "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "The minister thanked Brazil for the deliveries.",
        "Russia sent military experts to Syria.",
        "At the request of Moldova, the meeting was postponed.",
    ],
)
def test_no_aid(text: str) -> None:
    assert not _events(text, "AID")


# ---- an organisation's acts on a member in a relative clause --------------------------------


def test_acts_of_an_organisation_on_its_member() -> None:
    text = (
        "Mali remains a member of ECOWAS, which suspended it from its governing bodies after "
        "the military takeover of May 2021 and imposed sanctions in January 2022 that it lifted "
        "in July 2022."
    )
    found = set(_events(text, "SANCTION")) | set(_events(text, "CONCEDE"))
    assert found == {
        (_f(ECOWAS), _f(MALI), "160", "2021"),
        (_f(ECOWAS), _f(MALI), "163", "2022-01"),
        (_f(ECOWAS), _f(MALI), "085", "2022-07"),
    }


def test_suspension_in_a_relative_clause() -> None:
    text = "Niger is a member of the African Union, which suspended it after the coup in July 2023."
    assert (_f(AU), _f(NIGER), "160") in _pairs(text, "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Guinea is a member of ECOWAS, which held a summit in Abuja.",
        "Burkina Faso is a member of ECOWAS, which did not suspend it.",
    ],
)
def test_relative_clauses_without_acts(text: str) -> None:
    assert not _events(text, "SANCTION")


# ---- applications backed, attendance confirmed ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Bolivia applied to join BRICS last month. The Russian President said Moscow would "
            "support the application.",
            RUSSIA,
            BOLIVIA,
        ),
        (
            "Egypt has applied for membership of the Shanghai Cooperation Organisation. China "
            "said it would back the bid.",
            CHINA,
            EGYPT,
        ),
    ],
)
def test_backed_applications(text: str, actor: str, recipient: str) -> None:
    assert (_f(actor), _f(recipient), "032") in _pairs(text, "AGREE")


def test_attendance_confirmed_after_an_invitation() -> None:
    text = (
        "Putin invited Goïta to the Russia-Africa summit in St Petersburg. Assimi Goïta "
        "confirmed that he would attend."
    )
    assert (_f(GOITA), _f(PUTIN), "030") in _pairs(text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Assimi Goïta confirmed that he would attend the funeral.",
        "Putin invited Goïta to the summit. Goïta said he would not attend.",
        "Putin invited Goïta to the summit. Putin said Goïta would attend.",
    ],
)
def test_attendance_without_an_invitation_or_denied(text: str) -> None:
    assert not any(c == "030" for _, _, c, _ in _events(text, "AGREE"))


# ---- judgements and allegations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Tehran has denied any involvement and called Albania's decision an ill-considered "
            "and shortsighted action.",
            IRAN,
            ALBANIA,
        ),
        (
            "Russia called Finland's decision to join NATO a dangerous mistake.",
            RUSSIA,
            FINLAND,
        ),
        ("Beijing described the move by Washington as provocative.", CHINA, USA),
    ],
)
def test_acts_judged_in_negative_words(text: str, actor: str, recipient: str) -> None:
    assert (_f(actor), _f(recipient), "111") in _pairs(text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "China called Albania's decision historic.",
        "Russia called the decision a mistake.",
        "Japan called on China to release the journalists.",
    ],
)
def test_judgements_that_are_no_accusation(text: str) -> None:
    assert not _events(text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Edi Rama said that the investigation had found irrefutable evidence "
        "that the attack had been orchestrated and sponsored by the Islamic Republic of Iran.",
        "Prime Minister Edi Rama said the cyberattack was carried out by Iran.",
    ],
)
def test_attack_attributed_in_reported_speech(text: str) -> None:
    assert (_f(RAMA), _f(IRAN), "112") in _pairs(text, "ACCUSE")


def test_attack_attributed_to_no_party() -> None:
    text = "The report said the attack had been carried out by unknown hackers."
    assert not _events(text, "ACCUSE")
