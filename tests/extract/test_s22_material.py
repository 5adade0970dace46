"""Material acts that recur across independent writers (session 22).

The misses of REQUEST, AID, COOPERATE, CONCEDE and RETREAT over the 29 pooled spent gold sets
(the development gold, blind, blind2 … blind31 without blind19 and blind29; ~145 misses and 19
false positives), grouped by structure, with the distinct sets each group recurs in:

Structure — sets (misses) — chosen or not, and why:

1. People a state hosts, shelters, takes in or grants asylum ("Kenya has hosted hundreds of
   thousands of Somali refugees", "is hosting more than 1.1 million Rohingyas", "has taken in
   more than 50,000 people who fled the fighting", "appreciation for X's generosity in hosting
   ... migrants", "granted asylum to the family of ..."): AID 075 whose recipient is the group
   as written — blind15 blind18 blind24 blind25 blind26 blind28: 6 sets (6, +1 fp). CHOSEN:
   the gold writes the group unlinked without its count; the refugees' state is only an
   also-acceptable value in two sets.
2. A ceasefire agreed or reached ("had earlier agreed on a ceasefire", "agreed on a complete
   ceasefire", "a ceasefire had been reached through Moscow's mediation", "agreed to silence
   the guns"): RETREAT 0871 of the parties — blind12 blind20 blind21 blind31: 4 sets (4).
   CHOSEN: a ceasefire concluded is RETREAT 0871, not AGREE 0356 (the one contrary gold,
   blind27's "agreed to an immediate cessation of hostilities", is kept: only the nouns
   ceasefire and truce move). The actors written as persons with long titles or left to a
   passive are not taken up (one set each).
3. A deal or contract with its value between parties ("companies signed commercial
   agreements worth $1.2 billion", "concluded a $58 million deal", "signed a contract worth
   about $450 million with ...", "agreed to buy ... in a deal worth 56 billion euros"):
   COOPERATE 061 — gold blind blind2 blind11 blind13 blind20 blind23 blind24 blind25: 9 sets
   (12). NOT CHOSEN (time): the parties are written differently each time (two demonyms
   before "companies", companies the KB lacks, "the two governments", a buyer and a seller);
   the next round's first candidate.
4. Aid thanked for or commended ("thanked Australia for its assistance with the elections",
   "appreciation for Israel's assistance in clearing mines", "commend Croatia's support for
   Ukraine, including ...") — blind9 blind15 blind18 blind25 blind30 blind31: 6 sets (8, +4
   fp). NOT CHOSEN: the mechanism exists (session 16); each miss is another content ("support
   for", "the aircraft that Japan handed over") and its false positives are recipient
   conventions (a people "in Gaza"); it borders the SUPPORT family. Only its hosting form is
   taken up with 1.
5. A request told by its noun ("at the request of X", "X's request for assistance to Y",
   "rejected demands from X that Y ...", "Tehran's main demand on Washington") — blind4
   blind14 blind18 blind21 blind22 blind25 blind30: 7 sets (9). NOT CHOSEN: each needs another
   way to its recipient (the main clause's actor, the subject of "rejected", a "to" after the
   noun, a summit not named).
6. A call on a non-state armed party ("urged the Taliban", "the M23 rebels", "the SAF and the
   RSF", "gang leaders") — blind2 blind5 blind16 blind18 blind22 blind27 blind28: 7 sets (8,
   +2 fp). NOT CHOSEN: the parties are no mentions (the KB lacks them) and "Sudanese Armed
   Forces" → Sudan is a documented choice; a mention-stage change beyond this family.
7. A call on a group named by a plural noun ("member states", "SCO members", "the four
   governments", "those countries") — gold blind22 blind26 blind28 blind30 blind31: 6 sets
   (7). NOT CHOSEN: the writers disagree on its value (the organisation, its states, an
   unlinked "member states").
8. "pressed for", "called for", "asked for" with the recipient only implied by the talks —
   blind15 blind22 blind28 blind31: 4 sets (5). NOT CHOSEN: ANNOTATION.md §5 says no REQUEST
   without a named recipient (a convention mismatch, reported).
9. Aid as a total or sum whose recipient is a body or region ("to the Haitian National
   Police", "to the region", "to support the mission") — gold blind2 blind5 blind14: 4 sets
   (5, +4 fp). NOT CHOSEN: the fact is found; the recipient is a body the KB lacks or a
   region the writers resolve differently.
10. Aid announced or approved with its sum "for" a recipient in words the rules lack ("in
    Foreign Military Financing for", "in expanded programs for", "military support ... which
    now totals") — blind16 blind18 blind21 blind30 blind31: 5 sets (5). NOT CHOSEN: five
    phrasings, each once.
11. Prisoners released or pardoned, told by their return ("who were held in Venezuela are on
    their way home", "granted clemency to") — blind12 blind15 blind22: 3 sets (6, +3 fp). NOT
    CHOSEN: the recipient conventions differ (the detainees' state, the detainer, none, the
    prisoners themselves).
12. Borders reopened; sanctions, bans, vetoes or objections lifted — blind13 blind14 blind20
    blind23 blind24 blind25 blind27: 7 sets (9, +1 fp). NOT CHOSEN: another verb and voice
    each time (a passive relative, "voted to lift", "the border ... reopened").
13. Troops contributed to a mission in a state (AID 074) — blind18 blind22 blind24: 3 sets
    (4). NOT CHOSEN: borders MOBILIZE; needs a mission word each set writes another way.
14. Others (a railway built with assistance, scholarships, goods gifted, a resignation,
    soldiers pulled out): ~20, the long tail.

The chosen structures, in sentences written for this test (not from any gold set): people
hosted, sheltered or taken in are the recipient of the host's AID 075, as written without their
count; a ceasefire or truce agreed, reached or declared (not one to be observed, called for,
talked about, violated or denied) is RETREAT 0871 of its parties.

Hit rate of the 26 positive rows before the change (main at ce2d3f9): 0 of 26 (the 21
negative rows all passed); after: 25 of 26 (the one left, a truce with Hamas, needs an armed
group the KB lacks to be a mention: a strict xfail).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 9, 20)

TURKEY, BANGLADESH, JORDAN, GERMANY, POLAND, UGANDA = "Q43", "Q902", "Q810", "Q183", "Q36", "Q1036"
COLOMBIA, KENYA, LEBANON, MOLDOVA, MEXICO, PAKISTAN = "Q739", "Q114", "Q822", "Q217", "Q96", "Q843"
ARMENIA, AZERBAIJAN, KYRGYZSTAN, TAJIKISTAN, ETHIOPIA = "Q399", "Q227", "Q813", "Q863", "Q115"
INDIA, CHINA, ISRAEL, SUDAN, RUSSIA = "Q668", "Q148", "Q801", "Q1049", "Q159"
PASHINYAN, ALIYEV, JAPAROV, RAHMON = "Q7035479", "Q57371", "Q25597826", "Q57366"


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def _events(found: list[Fact], kind: str) -> list[Fact]:
    return [f for f in found if f.cls.value == "Event" and str(f.get("eventType")[0]) == kind]


def _recipient(fact: Fact) -> set[str]:
    return {v.qid or _norm(v.label) for v in fact.get("recipient") if isinstance(v, Entity)}


HOSTED = [
    ("Turkey is hosting about 3.6 million Syrian refugees.", TURKEY, "syrian refugees"),
    ("Bangladesh has hosted more than a million Rohingyas since 2017.", BANGLADESH, "rohingyas"),
    (
        "For decades, Jordan has hosted hundreds of thousands of Palestinian refugees in camps "
        "near Amman.",
        JORDAN,
        "palestinian refugees",
    ),
    (
        "Germany has sheltered more than one million people who fled the war.",
        GERMANY,
        "people who fled the war",
    ),
    (
        "Uganda took in more than 100,000 South Sudanese refugees last year.",
        UGANDA,
        "south sudanese refugees",
    ),
    (
        "Poland has so far taken in more than 1.5 million people fleeing the fighting, the "
        "government said on Monday.",
        POLAND,
        "people fleeing the fighting",
    ),
    (
        "Lebanon, a country of five million, hosts some 1.5 million Syrian refugees, most of "
        "whom live in informal settlements.",
        LEBANON,
        "syrian refugees",
    ),
    (
        "Moldova has welcomed more than 90,000 refugees from Ukraine since February.",
        MOLDOVA,
        "refugees from ukraine",
    ),
    (
        "Pakistan has been hosting nearly three million Afghan refugees and migrants for four "
        "decades.",
        PAKISTAN,
        "afghan refugees and migrants",
    ),
    (
        "Kenya currently hosts over 500,000 refugees and asylum seekers, mostly from Somalia and "
        "South Sudan.",
        KENYA,
        "refugees and asylum seekers",
    ),
    (
        "Colombia has taken in some 2.5 million Venezuelan migrants since 2015.",
        COLOMBIA,
        "venezuelan migrants",
    ),
    (
        "Mexico on Monday granted asylum to the family of the ousted president.",
        MEXICO,
        "family of the ousted president",
    ),
    (
        "Mexico granted asylum to the family of former Peruvian President Pedro Castillo on "
        "Tuesday.",
        MEXICO,
        "family of former peruvian president pedro castillo",
    ),
    (
        "President Gustavo Petro said Colombia was hosting more than two million Venezuelan "
        "migrants.",
        COLOMBIA,
        "venezuelan migrants",
    ),
    (
        "Secretary of State Antony Blinken thanked Colombia for hosting more than 2.4 million "
        "Venezuelan migrants.",
        COLOMBIA,
        "venezuelan migrants",
    ),
    (
        "The President expressed appreciation for Turkey's generosity in hosting nearly four "
        "million Syrian refugees.",
        TURKEY,
        "Q858",  # (thanks for refugees of a state: that state, as before; session 15)
    ),
    (
        "Jordan, which hosts more than 650,000 registered Syrian refugees, received 10,000 more "
        "in 2021.",
        JORDAN,
        "registered syrian refugees",
    ),
]


@pytest.mark.parametrize(("text", "host", "group"), HOSTED)
def test_people_hosted_are_the_recipient_of_the_hosts_aid(text: str, host: str, group: str) -> None:
    aid = [f for f in _events(facts(text, DAY), "AID") if "075" in f.get("cameoCode")]
    assert [(keys(f.get("actor")), _recipient(f)) for f in aid] == [({host}, {group})]


NOT_HOSTED = [
    "Turkey will host more refugees if the fighting spreads.",
    "Turkey hosted the talks between Russia and Ukraine in March.",
    "Bangladesh hosted Indian Prime Minister Narendra Modi in Dhaka.",
    "Poland refused to take in any migrants under the EU relocation scheme.",
    "Hungary has not taken in any refugees from the Middle East.",
    "Jordan hosted a summit on refugees in Amman on Monday.",
    "If the war spreads, Moldova could take in another 100,000 refugees.",
    "Germany hosted the G7 summit at Schloss Elmau.",
    # (thanks for sheltering refugees at large: a policy praised)
    "Secretary of State Antony Blinken commended Jordan for hosting refugees.",
    # (thanks for a people only counted: two of three gold writers code the thanks alone)
    "President Zelenskyy thanked Moldova for sheltering thousands of Ukrainians who fled.",
]


@pytest.mark.parametrize("text", NOT_HOSTED)
def test_hosting_that_is_no_shelter_given_is_no_aid(text: str) -> None:
    aid = [f for f in _events(facts(text, DAY), "AID") if "075" in f.get("cameoCode")]
    assert aid == []


CEASEFIRES = [
    (
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev agreed "
        "on a ceasefire on Tuesday.",
        {PASHINYAN, ALIYEV},
    ),
    (
        "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon agreed on a complete "
        "ceasefire during a telephone call on Friday.",
        {JAPAROV, RAHMON},
    ),
    ("Armenia and Azerbaijan reached a ceasefire on Wednesday.", {ARMENIA, AZERBAIJAN}),
    (
        "Kyrgyzstan and Tajikistan had earlier agreed on a ceasefire and on the withdrawal of "
        "heavy weapons from the border.",
        {KYRGYZSTAN, TAJIKISTAN},
    ),
    (
        "India and China agreed to a truce along the disputed border in 2020.",
        {INDIA, CHINA},
    ),
    (
        "Israel and Lebanon declared a truce on Sunday after three days of fighting.",
        {ISRAEL, LEBANON},
    ),
    (
        "After talks in Moscow, Armenia and Azerbaijan agreed upon a humanitarian ceasefire.",
        {ARMENIA, AZERBAIJAN},
    ),
    (
        "In October 2020, Armenia and Azerbaijan declared a humanitarian truce brokered by Russia.",
        {ARMENIA, AZERBAIJAN},
    ),
    pytest.param(
        "In May 2021, Israel and Hamas reached a ceasefire brokered by Egypt, ending 11 days of "
        "fighting.",
        {ISRAEL, "Hamas"},
        marks=pytest.mark.xfail(
            strict=True, reason="an armed group the KB lacks is no mention (not this change)"
        ),
    ),
]


@pytest.mark.parametrize(("text", "parties"), CEASEFIRES)
def test_a_ceasefire_agreed_or_reached_is_a_retreat(text: str, parties: set[str]) -> None:
    found = facts(text, DAY)
    retreats = [
        (keys(f.get("actor")), str(f.get("cameoCode")[0])) for f in _events(found, "RETREAT")
    ]
    assert retreats == [(parties, "0871")]
    assert [f for f in _events(found, "AGREE") if "0356" in f.get("cameoCode")] == []


NO_CEASEFIRE = [
    # (a body named in the title of those who agreed is no party)
    "The director of the Border Guard Service of Armenia, Arman Sargsyan, and the director of "
    "the Border Guard Service of Azerbaijan, Elchin Guliyev, agreed on a ceasefire.",
    "Armenia and Azerbaijan will observe a ceasefire.",
    "Armenia and Azerbaijan did not agree on a ceasefire.",
    "Russia called for a ceasefire between Armenia and Azerbaijan.",
    "Armenia and Azerbaijan held ceasefire talks in Moscow on Monday.",
    "Azerbaijan accused Armenia of violating the ceasefire.",
    "Armenia and Azerbaijan agreed to discuss a possible ceasefire next week.",
    "Armenia and Azerbaijan failed to reach a ceasefire.",
    "If Armenia and Azerbaijan agree on a ceasefire, the talks can resume.",
    "Ethiopia and Eritrea signed a ceasefire agreement in Algiers in June 2000.",
    "Russia brokered a ceasefire between Armenia and Azerbaijan.",
]


@pytest.mark.parametrize("text", NO_CEASEFIRE)
def test_a_ceasefire_not_concluded_is_no_retreat(text: str) -> None:
    assert _events(facts(text, DAY), "RETREAT") == []
