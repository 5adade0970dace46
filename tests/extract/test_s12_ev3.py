"""Events in readouts and wire copy (session 12, ev3): aid announced as "$X in new U.S.
assistance", one AGREE per distinct commitment of a sentence, talks a third party hosted
between two others, attacks aimed at a city's state, sanctions on a state's people, government
bodies acting for their state, allegations a speaker "stressed", a subject's second verb."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts

FRIDAY = dt.date(2024, 5, 24)

US, UKRAINE, RUSSIA, INDIA, VIETNAM = "Q30", "Q212", "Q159", "Q668", "Q881"
SAUDI, OMAN, IRAN, JEDDAH, SYRIA = "Q851", "Q842", "Q794", "Q374365", "Q858"
UK, VENEZUELA, TURKEY, ISRAEL, PHILIPPINES = "Q145", "Q717", "Q43", "Q801", "Q928"
CHINA, TAIWAN, NORTH_KOREA, JAPAN, MBS = "Q148", "Q865", "Q423", "Q17", "Q6892571"


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _events(text: str, kind: str = "", date: dt.date = FRIDAY) -> list[Fact]:
    return [
        f
        for f in facts(text, date)
        if f.cls.value == "Event" and (not kind or str(f.get("eventType")[0]) == kind)
    ]


def _sides(found: list[Fact]) -> list[tuple[set[str], set[str]]]:
    return [(_keys(f, "actor"), _keys(f, "recipient")) for f in found]


def _meetings(text: str, date: dt.date = FRIDAY) -> list[Fact]:
    return [f for f in facts(text, date) if f.cls.value == "Meeting"]


# ---- aid ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "amount"),
    [
        (
            "Secretary of State Antony Blinken announced more than $1 billion in new U.S. "
            "assistance for Ukraine, including $665 million in security assistance and $206 "
            "million in humanitarian assistance.",
            US,
            UKRAINE,
            "1000000000",
        ),
        (
            "The Secretary announced $45 million in additional American humanitarian assistance "
            "for Ukraine.",
            US,
            UKRAINE,
            "45000000",
        ),
        (
            "India announced a grant of USD 1 million for humanitarian assistance to Vietnam.",
            INDIA,
            VIETNAM,
            "1000000",
        ),
        (
            "India announced a new aid package of $50 million for Vietnam on Friday.",
            INDIA,
            VIETNAM,
            "50000000",
        ),
    ],
)
def test_aid_announced_with_its_giver_named_before_the_noun(
    text: str, actor: str, recipient: str, amount: str
) -> None:
    found = _events(text, "AID")
    # (the parts a sum "includes" are facets of the one act)
    assert len(found) == 1, found
    assert _sides(found) == [({actor}, {recipient})]
    assert [str(v) for v in found[0].get("amount")] == [amount]


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary has not announced $1 billion in new U.S. assistance for Ukraine.",
        "India will announce a grant of USD 1 million for Vietnam.",
        "India announced a plan to seek a grant of USD 1 million from Japan.",
    ],
)
def test_no_aid_not_announced(text: str) -> None:
    assert _events(text, "AID") == []


# ---- distinct commitments ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Prime Minister Narendra Modi and Prime Minister Pham Minh Chinh agreed to "
            "strengthen defence cooperation, and decided to hold the next Defence Policy "
            "Dialogue in 2025.",
            ["030", "036"],
        ),
        (
            "India and Vietnam agreed to expand bilateral trade and decided to hold a maritime "
            "security dialogue.",
            ["031", "036"],
        ),
    ],
)
def test_each_commitment_of_a_sentence_is_its_own_agree(text: str, codes: list[str]) -> None:
    found = _events(text, "AGREE")
    assert sorted(str(f.get("cameoCode")[0]) for f in found) == codes
    assert all(_keys(f, "actor") for f in found)


def test_a_pledge_after_an_agreement_keeps_its_own_sum() -> None:
    found = _events(
        "Russia and Turkey agreed to continue close coordination on the Syrian settlement and "
        "pledged to increase trade turnover to $100 billion.",
        "AGREE",
    )
    amounts = sorted(tuple(str(v) for v in f.get("amount")) for f in found)
    assert amounts == [(), ("100000000000",)]
    assert all(_keys(f, "actor") == {RUSSIA, TURKEY} for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "India and Vietnam agreed to strengthen defence and security cooperation.",
        "India and Vietnam agreed to expand trade, investment and maritime cooperation.",
    ],
)
def test_one_commitment_stays_one_agree(text: str) -> None:
    assert len(_events(text, "AGREE")) == 1


def test_both_delegations_are_the_two_sides() -> None:
    found = _events(
        "The United States and Ukraine held talks in Jeddah on Tuesday. Both delegations named "
        "their negotiating teams and agreed to begin negotiations toward a lasting peace.",
        "AGREE",
    )
    assert _sides(found) == [({US, UKRAINE}, set())]


# ---- talks hosted between two parties -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "participants", "place"),
    [
        (
            "Saudi Arabia hosted talks in Jeddah today between delegations of the United States "
            "and Ukraine.",
            {SAUDI, US, UKRAINE},
            JEDDAH,
        ),
        (
            "Oman hosted indirect talks between Iran and the United States in Muscat on Saturday.",
            {OMAN, IRAN, US},
            "Q3826",
        ),
        (
            "Saudi Arabia and the United States hosted talks in Jeddah between representatives of "
            "Russia and Ukraine.",
            {SAUDI, US, RUSSIA, UKRAINE},
            JEDDAH,
        ),
    ],
)
def test_talks_hosted_between_two_parties_are_one_meeting(
    text: str, participants: set[str], place: str
) -> None:
    found = _meetings(text)
    assert len(found) == 1, found
    assert _keys(found[0], "participant") == participants
    assert _keys(found[0], "place") == {place}
    assert [str(c) for c in found[0].get("cameoCode")] == ["043"]


def test_hosted_talks_of_the_meeting_reported_restate_it() -> None:
    body = (
        "Saudi Arabia hosted talks in Jeddah today between delegations of the United States "
        "and Ukraine."
    )
    from dipld.extract import extract
    from dipld.model import Article
    from tests.extract.test_patterns import load_index

    article = Article(
        id="t",
        source="t.txt",
        body=body,
        date=FRIDAY,
        title="Joint Statement on United States-Ukraine Meeting in Jeddah",
    )
    found = [f for f in extract(article, load_index()) if f.cls.value == "Meeting"]
    assert len(found) == 1, found
    assert _keys(found[0], "participant") == {US, UKRAINE}


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia will host talks between the United States and Ukraine next week.",
        "Saudi Arabia offered to host talks between the United States and Ukraine.",
        "Saudi Arabia did not host talks between the United States and Ukraine.",
        "Saudi Arabia hosted a dinner for the delegations.",
    ],
)
def test_no_hosted_meeting_not_held(text: str) -> None:
    assert [m for m in _meetings(text) if SAUDI in _keys(m, "participant")] == []


# ---- attacks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "code"),
    [
        (
            "Russia launched one of its largest missile and drone attacks of the war on "
            "Ukraine's energy infrastructure on Friday.",
            RUSSIA,
            UKRAINE,
            "195",
        ),
        ("Russian troops shelled the city of Kharkiv overnight.", RUSSIA, UKRAINE, "194"),
        (
            "Israel carried out air strikes on targets near Aleppo in Syria, killing 38 people.",
            ISRAEL,
            SYRIA,
            "195",
        ),
        ("Ukraine struck an oil refinery in Russia's Samara region.", UKRAINE, RUSSIA, "195"),
        ("Russia mounted a drone attack on Kharkiv on Thursday.", RUSSIA, UKRAINE, "195"),
    ],
)
def test_an_attack_is_aimed_at_the_state_its_target_is_in(
    text: str, actor: str, recipient: str, code: str
) -> None:
    found = _events(text, "ASSAULT")
    assert _sides(found) == [({actor}, {recipient})]
    assert [str(c) for c in found[0].get("cameoCode")] == [code]


def test_no_target_state_past_another_party_named() -> None:
    # the Houthis are attacked in Yemen, not Yemen
    found = _events("U.S. and British forces struck Houthi targets in Yemen.", "ASSAULT")
    # (the group whose targets are struck is the recipient since session 32)
    assert all("Q805" not in _keys(f, "recipient") for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Russia could launch massive missile attacks on Ukraine's energy grid.",
        "Russian troops did not shell the city of Kharkiv.",
        "Ukraine struck an oil refinery in Russia's Samara region with drones, Russian officials "
        "said, in the latest of a string of attacks on Russian energy facilities.",
    ],
)
def test_no_attack_by_russia(text: str) -> None:
    assert [f for f in _events(text, "ASSAULT") if RUSSIA in _keys(f, "actor")] == []


def test_an_attack_a_party_reports_mid_sentence_is_its_accusation() -> None:
    text = (
        "Ukraine struck an oil refinery in Russia's Samara region with drones, Russian officials "
        "said, in the latest of a string of attacks on Russian energy facilities."
    )
    assert _sides(_events(text, "ACCUSE")) == [({RUSSIA}, {UKRAINE})]
    assert _events(text, "ASSAULT") == []


def test_an_attack_a_leader_stressed_the_other_side_did_is_an_accusation() -> None:
    text = (
        "President Vladimir Putin informed his counterpart about the situation and stressed "
        "that the Kyiv regime had shelled residential areas in Donetsk."
    )
    assert _events(text, "ASSAULT") == []
    assert _sides(_events(text, "ACCUSE")) == [({"Q7747"}, {UKRAINE})]


def test_an_own_attack_stressed_is_the_act() -> None:
    text = (
        "Russia's defence ministry stressed that its forces had struck military targets in Ukraine."
    )
    assert _sides(_events(text, "ASSAULT")) == [({RUSSIA}, {UKRAINE})]
    assert _events(text, "ACCUSE") == []


# ---- a subject's second verb -----------------------------------------------------------------


def test_a_warning_after_another_verb_of_the_subject() -> None:
    text = (
        "North Korea rejected the resolution and warned Washington of catastrophic consequences "
        "if the drills continued."
    )
    assert _sides(_events(text, "THREATEN")) == [({NORTH_KOREA}, {US})]


def test_no_warning_of_a_reported_subject() -> None:
    text = "South Korea said North Korea fired a missile and warned Japan."
    assert [f for f in _events(text, "THREATEN") if NORTH_KOREA in _keys(f, "actor")] == []


# ---- sanctions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Britain imposed sanctions on six heads of a Russian penal colony.", UK, RUSSIA),
        ("Moscow banned entry to 92 British nationals on Friday.", RUSSIA, UK),
        ("Russia barred 500 Americans from entering the country.", RUSSIA, US),
        ("The United States reimposed sanctions on Venezuela in April.", US, VENEZUELA),
        ("Japan tightened export controls on Russia on Friday.", JAPAN, RUSSIA),
        ("Turkey suspended all trade with Israel.", TURKEY, ISRAEL),
        ("China suspended military cooperation with the United States.", CHINA, US),
        (
            "The Department of the Treasury imposed sanctions on 22 individuals based in Iran.",
            US,
            IRAN,
        ),
    ],
)
def test_sanctions(text: str, actor: str, recipient: str) -> None:
    assert _sides(_events(text, "SANCTION")) == [({actor}, {recipient})]


@pytest.mark.parametrize(
    "text",
    [
        "The EU imposed sanctions on individuals involved in the deportation of Ukrainian "
        "children.",
        "Britain imposed sanctions on six members of a Mexican drug cartel.",
    ],
)
def test_no_sanction_on_the_state_an_object_only_mentions(text: str) -> None:
    found = _events(text, "SANCTION")
    assert all(_keys(f, "recipient") <= {RUSSIA} for f in found), found
    assert all(
        "Q96" not in _keys(f, "recipient") and UKRAINE not in _keys(f, "recipient") for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "The United States expanded sanctions relief for Venezuela.",
        "Turkey did not suspend trade with Israel.",
        "Russia threatened to ban entry to British nationals.",
        "Turkey could suspend all trade with Israel.",
    ],
)
def test_no_sanction(text: str) -> None:
    assert _events(text, "SANCTION") == []


# ---- protests --------------------------------------------------------------------------------


def test_a_government_protest_is_an_official_complaint() -> None:
    text = (
        "The Philippine Department of Foreign Affairs protested the aggressive actions of the "
        "China Coast Guard."
    )
    assert _sides(_events(text, "ACCUSE")) == [({PHILIPPINES}, {CHINA})]
    assert _events(text, "PROTEST") == []


def test_people_protesting_make_no_accusation() -> None:
    assert _events("Thousands of people in Manila protested against China.", "ACCUSE") == []


# ---- drills, visits, thanks ------------------------------------------------------------------


def test_days_of_drills_around_a_state() -> None:
    found = _events(
        "China launched two days of large-scale military drills around Taiwan on Thursday.",
        "MOBILIZE",
    )
    assert _sides(found) == [({CHINA}, {TAIWAN})]


def test_a_state_visit_in_capitals() -> None:
    found = _meetings(
        "Prime Minister of Vietnam Pham Minh Chinh paid a State Visit to India from 30 July to "
        "1 August 2024.",
        dt.date(2024, 8, 2),
    )
    assert len(found) == 1
    assert [str(c) for c in found[0].get("cameoCode")] == ["042"]


def test_thanks_to_a_crown_prince() -> None:
    found = _events(
        "The Ukrainian delegation thanked Crown Prince Mohammed bin Salman for hosting the talks.",
        "SUPPORT",
    )
    assert _sides(found) == [({UKRAINE}, {MBS})]


# ---- pre-checks ------------------------------------------------------------------------------

NEEDING = [
    "§P0§ announced §M1§ in new §S2§ assistance for §S3§",
    "§S0§ announced a grant of §M1§ for §S2§",
    "§S0§ announced a new aid package of §M1§ for §S2§",
    "§S0§ launched one of its largest missile and drone attacks on §S1§",
    "§S0§ carried out attacks on §S1§",
    "§S0§ mounted an assault on §S1§",
    "§S0§ expanded sanctions against §S1§",
    "§S0§ reimposed sanctions on §S1§",
    "§S0§ re-imposed tariffs on §S1§",
    "§S0§ banned entry to 92 §D1§ nationals",
    "§S0§ barred 500 §D1§ from entering the country",
    "§S0§ suspended all trade with §S1§",
    "§S0§ suspended military cooperation with §S1§",
    "§S0§ froze a trade agreement with §S1§",
    "§S0§ launched two days of large-scale military drills around §S1§",
]


@pytest.mark.parametrize("phrase", NEEDING)
def test_every_new_trigger_phrase_passes_its_precheck(phrase: str) -> None:
    from tests.extract.test_event_prechecks import (
        test_every_phrase_a_trigger_reads_passes_its_precheck as check,
    )

    check(phrase)
