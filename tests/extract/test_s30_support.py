# ruff: noqa: E501  (a table of sentences)
"""Congratulations received, mediation offered as facilitation, bids backed and a person named
after a state's "s'" possessive (session 30, support).

A battery of 53 sentences written for this session before the extractor ran
(``/tmp/s30/support-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set), then 20 more (``b2.txt``) and about 40 probes:
congratulations on elections, re-elections and runoffs sent, phoned and received; endorsements
of candidacies and bids; backing of autonomy plans and of a bloc's efforts; recognition and
switched recognition; votes and abstentions; offers to mediate or facilitate; pledges of aid;
condolences, "noted", hopes, "looked forward to", one's own team or supporters congratulated,
praise of a situation, an outcome with nobody found; wire stories, readouts and ministry
releases from the Balkans, the Caucasus, Central Asia, East and West Africa, the Gulf, South and
East Asia and Latin America. At ce68199 (main) the battery and the 20 more gave 2 wrong facts of
this family (1 and 2 below) and the battery missed 15; after: 0 wrong facts of this family and
10 misses (left, below). The rule dump of 1,263 articles changed by one fact, added: "the
President of Russia received congratulations from President of Belarus Alexander Lukashenko,
President of Uzbekistan Shavkat Mirziyoyev and President of Kyrgyzstan Sadyr Japarov" (SUPPORT
051 of the three to Putin); the spent gold sets are unchanged. Fixed (each with
paraphrases below, positives and negatives):

Wrong facts:

1. An offer to facilitate the talks of two others coded as an invitation (036): "Saudi Arabia
   stands ready to facilitate dialogue between the Sudanese Armed Forces and the Rapid Support
   Forces", "Kenya offered to facilitate dialogue between Ethiopia and Eritrea". The offer to
   mediate is 039, as "offered to mediate between" already was; "ready to facilitate talks
   with Russia" (its own talks) stays 036 (``statements._CAMEO_AGREE``).
2. The state of a possessive in "s'" taken for the one praised: "Uruguay congratulated
   Honduras' new president Xiomara Castro" gave SUPPORT 051 to Honduras ("Honduras's new
   president" gave her): the person named right after is the one praised
   (``statements._PRAISED``; the possessive stays a mention of its own in ``mentions.py``,
   left as it is).

Misses of general structures:

3. Congratulations told from the side of the one congratulated: "Macron received
   congratulations from Scholz", "received a message of congratulations from", "received a
   congratulatory message (telegram) from", "received congratulatory messages from the leaders
   of Syria, Iraq and Venezuela", "received a congratulatory (telephone) call from" (the call
   is also the Meeting 041, which "congratulatory telephone call" did not give): SUPPORT 051 of
   each sender to the one who received it (``statements.received_congratulations``; negations
   and plans give nothing; "congratulations from his supporters", no actor, nothing).
4. "backed the bids of Ukraine and Moldova for candidate status", "the candidacy of X": the
   parties whose bid is backed (``statements._PRAISED``).

Left (misses, with an example each):

- "Congratulatory messages poured in from Russia, Hungary and Azerbaijan after Recep Tayyip
  Erdogan won Sunday's runoff": the one congratulated is the subject of a later clause.
- "EU leaders backed Ukraine's and Moldova's bids": a list of possessives gives the first only.
- "Russia recognised the independence of the Donetsk and Luhansk people's republics": the two
  republics are no mentions (KB).
- "The General Assembly adopted a resolution demanding that Russia withdraw its troops": no
  REQUEST of the body to Russia (organisations' decisions: the ``orgs`` helper's family).
- "Japan announced emergency grant aid of $8.5 million to Turkey": no AID.
- "Egypt offered to mediate between Israel and Hamas": Hamas is no actor mention here.
- "Javier Milei received congratulatory calls from Joe Biden and Lula": an unlinked name first in
  the sentence is no mention; "Lula" alone is none either (KB).
- "The President-elect, X, received a call from Joe Biden, who congratulated him": the relative
  clause's "him".
- "The Foreign Ministry of Azerbaijan congratulated Sadyr Japarov on the anniversary": no actor.
- Votes: "voted in favour of / against the resolution", "abstained": no event, as before (no
  test in tests/extract codes a vote; ANNOTATION.md is silent).
- "Iran supports Russia's position on Ukraine" is 051 where verbal defence of a third party
  might be 052: a convention.

Found in other families (left): "Hungary will not support any EU sanctions on Russian gas,
Foreign Minister Peter Szijjarto said" gives Szijjarto a Tenure with jurisdiction Russia and
office label "Russian gas, Foreign Minister" (``people``).

Hit rate of the tests below at ce68199 (main): positives 0/17, negatives 9/9; after: positives
17/17, negatives 9/9.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, typed_events

DAY = dt.date(2022, 4, 25)

MACRON, SCHOLZ, PUTIN = "Q3052772", "Q61053", "Q7747"
PASHINYAN, RAISI, ASSAD = "Q7035479", "Q5947347", "Q44329"
KISHIDA, LI_KEQIANG, KIM = "Q359480", "Q18111", "Q56226"
SAUDI, ETHIOPIA, ERITREA, KENYA, CHINA, RUSSIA = "Q851", "Q115", "Q986", "Q114", "Q148", "Q159"
URUGUAY, HONDURAS, CASTRO, REINA = "Q77", "Q783", "Q8044708", "Q111077006"
EU, UKRAINE, MOLDOVA = "Q458", "Q212", "Q217"
SYRIA, IRAQ, VENEZUELA = "Q858", "Q796", "Q717"


POSITIVES = [
    # 3. congratulations received
    pytest.param(
        "Emmanuel Macron received congratulations from Olaf Scholz on his re-election.",
        ("SUPPORT", {SCHOLZ}, {MACRON}, "051"),
        id="received-congratulations-from",
    ),
    pytest.param(
        "French President Emmanuel Macron received congratulations from German Chancellor Olaf Scholz on his re-election.",
        ("SUPPORT", {SCHOLZ}, {MACRON}, "051"),
        id="received-congratulations-titles",
    ),
    pytest.param(
        "Iran's President-elect Ebrahim Raisi received a message of congratulations from Syrian President Bashar al-Assad.",
        ("SUPPORT", {ASSAD}, {RAISI}, "051"),
        id="message-of-congratulations-from",
    ),
    pytest.param(
        "Emmanuel Macron received a congratulatory message from Olaf Scholz.",
        ("SUPPORT", {SCHOLZ}, {MACRON}, "051"),
        id="congratulatory-message-from",
    ),
    pytest.param(
        "Japan's new Prime Minister Fumio Kishida received a congratulatory message from Chinese Premier Li Keqiang.",
        ("SUPPORT", {LI_KEQIANG}, {KISHIDA}, "051"),
        id="congratulatory-message-new-pm",
    ),
    pytest.param(
        "The Kremlin said Putin had received a congratulatory telegram from Kim Jong Un on Russia Day.",
        ("SUPPORT", {KIM}, {PUTIN}, "051"),
        id="reported-telegram",
    ),
    pytest.param(
        "Ebrahim Raisi has received congratulatory messages from the leaders of Syria, Iraq and Venezuela.",
        ("SUPPORT", {SYRIA, IRAQ, VENEZUELA}, {RAISI}, "051"),
        id="messages-from-leaders-of-list",
    ),
    pytest.param(
        "Armenian Prime Minister Nikol Pashinyan received a congratulatory call from Russian President Vladimir Putin.",
        ("SUPPORT", {PUTIN}, {PASHINYAN}, "051"),
        id="congratulatory-call-support",
    ),
    pytest.param(
        "Armenian Prime Minister Nikol Pashinyan received a congratulatory telephone call from Russian President Vladimir Putin on his party's victory in the parliamentary elections.",
        ("SUPPORT", {PUTIN}, {PASHINYAN}, "051"),
        id="congratulatory-telephone-call-support",
    ),
    # 1. an offer to facilitate the talks of two others
    pytest.param(
        "Saudi Arabia stands ready to facilitate dialogue between Ethiopia and Eritrea.",
        ("AGREE", {SAUDI}, {ETHIOPIA, ERITREA}, "039"),
        id="ready-to-facilitate-dialogue-between",
    ),
    pytest.param(
        "Saudi Arabia is ready to facilitate talks between Ethiopia and Eritrea.",
        ("AGREE", {SAUDI}, {ETHIOPIA, ERITREA}, "039"),
        id="ready-to-facilitate-talks-between",
    ),
    pytest.param(
        "Kenya offered to facilitate dialogue between Ethiopia and Eritrea.",
        ("AGREE", {KENYA}, {ETHIOPIA, ERITREA}, "039"),
        id="offered-to-facilitate",
    ),
    # 2. the person after a state's "s'" possessive
    pytest.param(
        "Uruguay congratulated Honduras' new president Xiomara Castro on her inauguration.",
        ("SUPPORT", {URUGUAY}, {CASTRO}, "051"),
        id="s-apostrophe-new-president",
    ),
    pytest.param(
        "Uruguay congratulated Honduras' President Xiomara Castro on her inauguration.",
        ("SUPPORT", {URUGUAY}, {CASTRO}, "051"),
        id="s-apostrophe-president",
    ),
    pytest.param(
        "Uruguay thanked Honduras' Foreign Minister Eduardo Enrique Reina.",
        ("SUPPORT", {URUGUAY}, {REINA}, "051"),
        id="s-apostrophe-minister",
    ),
    # 4. bids backed
    pytest.param(
        "EU leaders backed the bids of Ukraine and Moldova for candidate status.",
        ("SUPPORT", {EU}, {UKRAINE, MOLDOVA}, "051"),
        id="bids-of",
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_support_found(text: str, want: tuple[str, set[str], set[str], str]) -> None:
    assert want in typed_events(text, DAY)


def test_congratulatory_telephone_call_is_a_call() -> None:
    found = facts(
        "Nikol Pashinyan received a congratulatory telephone call from Vladimir Putin on his party's victory.",
        DAY,
    )
    assert any(
        f.cls.value == "Meeting"
        and {getattr(e, "qid", None) for e in f.get("participant")} == {PASHINYAN, PUTIN}
        for f in found
    )


NEGATIVES = [
    # no congratulation: negated, planned, or from no actor
    pytest.param(
        "Emmanuel Macron did not receive congratulations from Vladimir Putin.", id="negated"
    ),
    pytest.param(
        "Emmanuel Macron is expected to receive congratulations from Olaf Scholz.", id="expected"
    ),
    pytest.param(
        "Kassym-Jomart Tokayev received congratulations from his supporters.", id="supporters"
    ),
    pytest.param(
        "Kenya received a message from Ethiopia on the border dispute.", id="plain-message"
    ),
    pytest.param(
        "Turkish President Recep Tayyip Erdogan received condolences from Emmanuel Macron after the earthquake.",
        id="condolences",
    ),
    pytest.param(
        "Emir Tamim bin Hamad Al Thani congratulated the Qatari national team on its performance.",
        id="own-team",
    ),
    pytest.param("The European Union welcomed the outcome of Sunday's talks.", id="outcome-nobody"),
    pytest.param(
        "President Emmanuel Macron praised the calm situation in the Sahel.", id="situation"
    ),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_support(text: str) -> None:
    assert [e for e in typed_events(text, DAY) if e[0] == "SUPPORT"] == []


def test_own_talks_facilitated_stay_036() -> None:
    events = typed_events("China is ready to facilitate talks with Russia.", DAY)
    assert ("AGREE", {CHINA}, {RUSSIA}, "036") in events
    assert not any(e[3] == "039" for e in events)
