"""Conflict and crisis news: armed groups named after a state, threats read as promises, acts
only alleged, mutual accusations (session 28, conflict).

A battery of 15 short articles (77 sentences) written for this session before the extractor ran
(``/tmp/s28/conflict-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set), run as whole articles: ceasefires agreed, violated
and brokered, strikes and who says so, expulsions and summons, denials, prisoner exchanges,
mediation, armed groups (the Houthis, Hezbollah, the RSF, the ELN, M23, gunmen) from the
Caucasus, Central Asia, the Middle East, South Asia, Eastern Europe, Latin America and Africa;
then about 90 probes (``p1.txt`` ... ``p5.txt``) following each finding up. At 0da3fdc (main) the
battery and probes gave 16 wrong facts of this family (1 in the battery itself) and the battery
missed about 30 (2 of them mutual accusations); after: 0 wrong facts of the forms below, and 28
misses. Fixed (each with paraphrases below, positives and negatives):

Wrong facts:

1. A non-state armed group named after a state's possessive was the state: "Yemen's Houthis
   fired a missile at Israel", "Lebanon's Hezbollah fired rockets at northern Israel", "Nigeria's
   Boko Haram attacked a Cameroonian army post", "Somalia's al-Shabaab attacked a Kenyan base",
   "Iraq's Kataib Hezbollah attacked a US base", "Sudan's RSF shelled El Fasher" each gave an
   ASSAULT of the state (Yemen, Lebanon, Nigeria ...). Mention finding read the possessive and
   the name as one unknown name, which lost to the state's mention; the group's name is now read
   after the possessive (``mentions._GROUP_OWNER``), and a name after a state's possessive that
   attacks, shells, ambushes, storms, raids, seizes ... is an armed group
   (``mentions._OWNED_ATTACK``), unless it is the state's own forces or bodies ("Iran's
   Revolutionary Guards", "Pakistan's army", "Israel's IDF": ``mentions._STATE_ORGAN``), which
   still act for their state. A group firing "a missile" or "a drone" (not only "missiles") is
   read as one too. A movement so named ("Yemen's Houthi movement accused ...", "Lebanon's Amal
   movement condemned ...") is one too, and "the movement said it had fired ..." is the
   movement's own act, not its state's (``events.actor_before``: an unknown organisation after
   the possessive is the one "it" stands for).
2. A threat read as a promise: "Iran's supreme leader vowed that Israel would be punished",
   "Russia promised a response to Moldova", "promised an appropriate response", "Israel vowed that
   Hamas would pay a heavy price" each gave AGREE 030 to the one threatened
   (``statements._VOWED_HARM`` now reads a response with its article, and "that X would be
   punished / pay a heavy price / not go unanswered"); a response to a request or to needs,
   "would pay for the reconstruction", are still promises.
3. An act only alleged asserted: "Armenia allegedly shelled Azerbaijani positions", "Russia
   allegedly supplied weapons to ...", "North Korea allegedly sent troops to Russia", "Iran is
   said to have supplied drones to Russia" gave the ASSAULT, AID or MOBILIZE (ANNOTATION.md §7:
   allegations are no facts). ``events._ALLEGED_BEFORE`` drops an act whose verb is told
   "allegedly", "purportedly", "supposedly", or after "is alleged / said to have" (not
   "reportedly", which wire stories use of acts they report, and which earlier sessions read).

5. One side of an exchange of fire lost, and the place's state made the one fired at: "M23 rebels
   and the Congolese army exchanged fire near Goma" gave an ASSAULT of 'Congolese' on the DR
   Congo, "Houthi rebels and Saudi forces exchanged fire" one of Saudi Arabia alone. A group's
   men ("rebels", "militants", "fighters" ...) now stand for their group in the pair of a mutual
   act (``events._MUTUAL_PAIR``), as a state's forces did: both sides act, no recipient.

6. A backer or a speaker made the attacker: "Iran-backed militias attacked a US base", "Iran's
   proxies in Iraq attacked US forces", "Iran-backed Hezbollah fired rockets at Israel" gave an
   ASSAULT of Iran (``events._PROXY_SUBJECT_END``: a party's proxies, militias or allies, or
   those it backs or that are based there, are not the party; nor is the place "rebels in eastern
   Congo" are in); "Israel said Hezbollah had fired 30 rockets at the
   Galilee", "Sudan's army said the RSF had attacked a camp" gave an ASSAULT of the speaker,
   the last party named before the verb: an act told by a speaker of a subject the KB does not
   know has no actor (``events._UNKNOWN_TOLD_SUBJECT``); a named subject still acts ("Kenya said
   Somalia had expelled ..."), and "said it had struck" is the speaker's own act.

7. A backer or base made the one accused: "India blamed Pakistan-based militants for the attack",
   "The United States condemned the attack by Iran-backed militias", "Britain condemned
   Iran-backed Houthi attacks on shipping" gave an ACCUSE of Pakistan or Iran. A party the
   sentence names only before "-backed", "-based", "-supported" ... is no recipient
   (``events._backers_only``); named by itself too ("accused Iran of arming Iran-backed
   militias"), it still is.

Misses:

4. Mutual accusations: "Armenia and Azerbaijan accused each other of violating the ceasefire",
   "Kyrgyzstan and Tajikistan blamed one another for the clashes", "traded accusations over the
   clashes" gave nothing; now an ACCUSE 112 of each against the other (``events.mutual_blame``),
   none when negated or hedged, none for "thanked each other".

Hit rate at 0da3fdc (before): groups 0/11 read as themselves (the 4 state forces right 4/4),
threats 1/5 left alone (the 4 promises 4/4), allegations 0/5 left alone (the 3 plain acts 3/3),
mutual accusations 0/5 (negatives 3/3), exchanges of fire with both sides 1/5, backers and
speakers left alone 0/7 (named actors 6/6), backers not accused 0/3 (named 4/4); after: 11/11
(4/4), 5/5 (4/4), 5/5 (3/3), 5/5 (3/3), 5/5, 7/7 (6/6), 3/3 (4/4).

Left (found, not fixed):
- "Each side blamed the other for the shelling" (the two sides told in the sentence before) and
  "Israel and Hamas accused each other ..." (Hamas unknown to the KB and not told as a group
  there) give no ACCUSE.
- "Yemen's Houthi movement accused the United States of aggression" is still Yemen's ACCUSE
  (the group named with "movement" only).
- "Venezuela reportedly deployed troops ...", "Russia reportedly fired missiles at Kyiv": read as
  acts ("reportedly" is accepted by many rules; a convention to settle with the gold sets).
- "Putin apologised to Israeli Prime Minister Naftali Bennett in a phone call, Bennett's office
  said" gives no call (CONSULT 041) and no apology.
- "Colombia's government and the ELN rebel group agreed to extend their bilateral ceasefire"
  gives no ceasefire; "A four-day truce between Israel and Hamas took effect" neither.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 4, 22)

YEMEN, LEBANON, NIGERIA, SOMALIA, IRAQ, SUDAN = "Q805", "Q822", "Q1033", "Q1045", "Q796", "Q1049"
IRAN, PAKISTAN, ISRAEL, RUSSIA, MOLDOVA = "Q794", "Q843", "Q801", "Q159", "Q217"
ARMENIA, AZERBAIJAN, KYRGYZSTAN, TAJIKISTAN = "Q399", "Q227", "Q813", "Q863"


def _assaults(text: str) -> list[set[str]]:
    return [a for t, a, _, _ in typed_events(text, DAY) if t == "ASSAULT"]


GROUPS = [
    pytest.param(
        "Houthis",
        YEMEN,
        "Yemen's Houthis fired a missile at Israel on Sunday.",
        id="houthis-missile",
    ),
    pytest.param(
        "Houthi",
        YEMEN,
        "Yemen's Houthi rebels fired a drone at a US warship.",
        id="houthi-rebels-drone",
    ),
    pytest.param(
        "Hezbollah",
        LEBANON,
        "Lebanon's Hezbollah fired rockets at northern Israel on Sunday.",
        id="hezbollah-rockets",
    ),
    pytest.param(
        "Hezbollah",
        LEBANON,
        "Lebanon's Hezbollah launched drones at Israel.",
        id="hezbollah-drones",
    ),
    pytest.param(
        "Boko Haram",
        NIGERIA,
        "Nigeria's Boko Haram attacked a Cameroonian army post.",
        id="boko-haram",
    ),
    pytest.param("RSF", SUDAN, "Sudan's RSF shelled El Fasher on Monday.", id="rsf-shelled"),
    pytest.param(
        "Kataib Hezbollah",
        IRAQ,
        "Iraq's Kataib Hezbollah attacked a US base in Syria.",
        id="kataib",
    ),
    pytest.param(
        "al-Shabaab", SOMALIA, "Somalia's al-Shabaab attacked a Kenyan base.", id="shabaab"
    ),
    pytest.param(
        "Houthi",
        YEMEN,
        "Yemen's Houthi movement said it had fired missiles at Eilat.",
        id="movement-said-it",
    ),
]


@pytest.mark.parametrize(("group", "state", "text"), GROUPS)
def test_group_after_possessive_acts(group: str, state: str, text: str) -> None:
    actors = _assaults(text)
    assert actors, text
    assert all(state not in a for a in actors)
    assert any(group in a for a in actors)


STATE_FORCES = [
    pytest.param(IRAN, "Iran's Revolutionary Guards fired missiles at Israel.", id="irgc"),
    pytest.param(PAKISTAN, "Pakistan's army shelled Afghan border posts on Sunday.", id="army"),
]


@pytest.mark.parametrize(("state", "text"), STATE_FORCES)
def test_state_forces_after_possessive_stay_the_state(state: str, text: str) -> None:
    assert any(state in a for a in _assaults(text))


def _agree(text: str) -> list[tuple[set[str], set[str]]]:
    return [(a, r) for t, a, r, _ in typed_events(text, DAY) if t == "AGREE"]


THREATS = [
    "Iran's supreme leader vowed that Israel would be punished.",
    "Russia promised a response to Moldova.",
    "Russia promised an appropriate response to Moldova.",
    "Israel vowed that Hamas would pay a heavy price.",
    "Iran's president promised that the crime would not go unanswered.",
]


@pytest.mark.parametrize("text", THREATS)
def test_threat_is_no_promise(text: str) -> None:
    assert _agree(text) == []


PROMISES = [
    ("Russia promised Moldova that the aid would arrive next week.", MOLDOVA),
    ("Iran vowed that it would pay for the reconstruction of the school in Syria.", "Q858"),
    ("China promised a swift response to the request from Pakistan.", PAKISTAN),
    ("Japan promised a quick response to the needs of the Philippines.", "Q928"),
]


@pytest.mark.parametrize(("text", "recipient"), PROMISES)
def test_promise_still_read(text: str, recipient: str) -> None:
    assert any(recipient in r for _, r in _agree(text))


ALLEGED = [
    "Armenia allegedly shelled Azerbaijani positions.",
    "Russia allegedly supplied weapons to Syria.",
    "North Korea allegedly sent troops to Russia.",
    "Iran is said to have supplied drones to Russia.",
    "Venezuela purportedly deployed troops to the border with Guyana.",
]


@pytest.mark.parametrize("text", ALLEGED)
def test_alleged_act_is_none(text: str) -> None:
    assert [
        t for t, _, _, _ in typed_events(text, DAY) if t in {"ASSAULT", "AID", "MOBILIZE"}
    ] == []


PLAIN = [
    ("ASSAULT", "Armenia shelled Azerbaijani positions."),
    ("AID", "Russia supplied weapons to Syria."),
    ("SANCTION", "Moldova expelled a Russian diplomat who allegedly spied for Moscow."),
]


@pytest.mark.parametrize(("kind", "text"), PLAIN)
def test_plain_act_still_read(kind: str, text: str) -> None:
    assert any(t == kind for t, _, _, _ in typed_events(text, DAY))


MUTUAL = [
    (
        ARMENIA,
        AZERBAIJAN,
        "Armenia and Azerbaijan accused each other on Saturday of violating the ceasefire.",
    ),
    (KYRGYZSTAN, TAJIKISTAN, "Kyrgyzstan and Tajikistan blamed each other for the clashes."),
    (KYRGYZSTAN, TAJIKISTAN, "Kyrgyzstan and Tajikistan have traded accusations over the clashes."),
    (RUSSIA, "Q212", "Russia and Ukraine accused one another of shelling the plant."),
    ("Q115", "Q986", "Ethiopia and Eritrea exchanged accusations on Monday."),
]


@pytest.mark.parametrize(("a", "b", "text"), MUTUAL)
def test_mutual_accusation(a: str, b: str, text: str) -> None:
    found = [(x, y) for t, x, y, c in typed_events(text, DAY) if t == "ACCUSE" and c == "112"]
    assert ({a}, {b}) in found
    assert ({b}, {a}) in found


NOT_MUTUAL = [
    "India and China did not accuse each other of anything.",
    "India and China could blame each other for the failure.",
    "Armenia and Azerbaijan thanked each other.",
]


@pytest.mark.parametrize("text", NOT_MUTUAL)
def test_no_mutual_accusation(text: str) -> None:
    assert [t for t, _, _, _ in typed_events(text, DAY) if t == "ACCUSE"] == []


EXCHANGES = [
    ("M23", "Congolese", "M23 rebels and the Congolese army exchanged fire near Goma."),
    ("Houthi", "Q851", "Houthi rebels and Saudi forces exchanged fire on the border."),
    ("ELN", "Q739", "ELN fighters and Colombian troops clashed in Arauca."),
    ("Al-Shabaab", "Q114", "Al-Shabaab militants and Kenyan troops exchanged fire near Mandera."),
    ("Q399", "Q227", "Armenia and Azerbaijan exchanged fire on Sunday."),
]


@pytest.mark.parametrize(("a", "b", "text"), EXCHANGES)
def test_exchange_of_fire_has_both_sides(a: str, b: str, text: str) -> None:
    found = [(x, y) for t, x, y, _ in typed_events(text, DAY) if t == "ASSAULT"]
    assert ({a, b}, set()) in found


NOT_THE_ACTOR = [
    ("Q794", "Iran-backed militias attacked a US base in Syria on Sunday."),
    ("Q794", "Iran's proxies in Iraq attacked US forces more than 100 times."),
    ("Q794", "Iran-backed Hezbollah fired rockets at Israel."),
    ("Q1049", "Sudan's army said the RSF had attacked a camp near El Fasher."),
    ("Q801", "Israel said Hezbollah had fired 30 rockets at the Galilee."),
    ("Q843", "Pakistan-based militants attacked an Indian army camp."),
    ("Congo", "Rebels in eastern Congo, backed by Rwanda, seized the mining town of Rubaya."),
]


@pytest.mark.parametrize(("state", "text"), NOT_THE_ACTOR)
def test_backer_or_speaker_is_no_attacker(state: str, text: str) -> None:
    assert all(state not in a for a in _assaults(text))


SPEAKER_OWN_OR_NAMED = [
    ("ASSAULT", "Q159", "Russia said it had struck Ukrainian positions."),
    ("SANCTION", "Q1045", "Kenya said Somalia had expelled its ambassador."),
    ("SANCTION", "Q114", "The ministry said Kenya had expelled the Somali ambassador."),
    ("ACCUSE", "Q212", "Ukraine said Russian forces had shelled Kherson."),
    ("ASSAULT", "Q159", "Russian forces in Syria struck rebel positions in Idlib."),
    ("ASSAULT", "Q159", "Russia in 2022 attacked Ukraine."),
]


@pytest.mark.parametrize(("kind", "actor", "text"), SPEAKER_OWN_OR_NAMED)
def test_named_actor_still_read(kind: str, actor: str, text: str) -> None:
    assert any(t == kind and actor in a for t, a, _, _ in typed_events(text, DAY))


def _accused(text: str) -> list[set[str]]:
    return [r for t, _, r, _ in typed_events(text, DAY) if t == "ACCUSE"]


BACKER_NOT_ACCUSED = [
    ("Q843", "India blamed Pakistan-based militants for the attack in Pahalgam."),
    ("Q794", "The United States condemned the attack by Iran-backed militias on its base."),
    ("Q794", "Britain condemned Iran-backed Houthi attacks on shipping."),
]


@pytest.mark.parametrize(("state", "text"), BACKER_NOT_ACCUSED)
def test_backer_is_not_the_one_accused(state: str, text: str) -> None:
    assert all(state not in r for r in _accused(text))


BACKER_ACCUSED = [
    ("Q843", "India accused Pakistan of backing the militants."),
    ("Q794", "The US accused Iran of arming Iran-backed militias in Iraq."),
    ("Q159", "Ukraine condemned Russia for its support of Russian-backed separatists."),
    ("Q801", "Iran condemned the Israeli strike on Iran-backed militias in Syria."),
]


@pytest.mark.parametrize(("state", "text"), BACKER_ACCUSED)
def test_backer_named_as_itself_is_accused(state: str, text: str) -> None:
    assert any(state in r for r in _accused(text))


MOVEMENT_ACCUSES = [
    ("Houthi", YEMEN, "Yemen's Houthi movement accused the United States of aggression."),
    ("Amal", LEBANON, "Lebanon's Amal movement condemned the Israeli strikes."),
]


@pytest.mark.parametrize(("group", "state", "text"), MOVEMENT_ACCUSES)
def test_movement_after_possessive_accuses(group: str, state: str, text: str) -> None:
    actors = [a for t, a, _, _ in typed_events(text, DAY) if t == "ACCUSE"]
    assert actors
    assert all(state not in a for a in actors)
    assert any(group in a for a in actors)


STATE_ITSELF_ACCUSES = [
    (ARMENIA, "Armenia's government accused Azerbaijan of aggression."),
    (RUSSIA, "Russia's foreign ministry accused the United States of aggression."),
]


@pytest.mark.parametrize(("state", "text"), STATE_ITSELF_ACCUSES)
def test_state_body_after_possessive_still_the_state(state: str, text: str) -> None:
    assert any(state in a for t, a, _, _ in typed_events(text, DAY) if t == "ACCUSE")
