# ruff: noqa: E501  (a table of sentences)
"""Agreements, promises and support probed with a battery of fresh sentences (session 25, verbal).

A battery of 263 sentences written for this session (kept out of the repository with the facts
ANNOTATION.md expects, written before the extractor ran: /tmp/s25/verbal-work/battery*.txt; none
from a gold set): readouts (Kremlin, State Department, White House), wire stories, ministry
releases and joint statements, Africa, Latin America, Asia, the Middle East, Europe and the
Pacific; commitments, readiness, offers, invitations, thanks, praise, recognition, signings and
ratifications, with lists, possessives, pronouns, reported speech, negations and hypotheticals.
At d13df34 it gave 3 wrong facts and 42 misses; after: 0 wrong facts, 21 misses. Probes written
while following each finding up gave 9 more wrong forms (rows below). Fixed (a structure that
recurs, never one sentence's wording):

Wrong facts:

1. A state, its ministry or a spokesman for it telling another side's act: "China's foreign
   ministry said the United States was ready to supply weapons to Taiwan", "China said ...",
   "Kazakhstan said Russia was ready to help" gave the other side's AGREE; a person's report was
   already read so (``_other_side``), a state's now is too (ANNOTATION.md §6).
2. "welcomed the decision of Serbia and Kosovo to ..." gave a second SUPPORT with Serbia alone
   (``_BACKED_DECISION`` read one party).
3. A ratification took the treaty's other party as a co-actor: "Armenia ratified the treaty
   with Azerbaijan" was SUPPORT 057 by both; a ratification or approval is its maker's alone
   ("signed ... with" still has both signers).
4. Retaliation or a defence of one's own vowed read as a promise: 'would take "counter-measures"'
   (quoted), "would take steps to protect the rights of Chinese firms", "will take measures to
   protect its sovereignty", "is ready to defend its water rights against Ethiopia" (AGREE to
   Ethiopia), "is ready to launch strikes on Kyiv", "ready to annex Essequibo from Guyana": no
   AGREE (not when two parties agree to safeguard their interests, nor "ready to launch a joint
   initiative"); nor is "ready to strengthen its nuclear deterrent against the United States".
5. "adopted a resolution demanding a ceasefire in Gaza": Gaza was the signing's place.
6. '"I thank Japan," Zelensky and Duda said.': "I" of two speakers was the first one.

Misses of general structures:

7. A state's body named by its possessive as the speaker or subject: "China's foreign ministry
   said China supported ...", "Japan's foreign ministry said it would provide ...", "Kenya's
   foreign ministry thanked ...", "China's Foreign Ministry spokesman said ...", "A spokesman for
   the Chinese Foreign Ministry said ...", "Armenia's parliament ratified ...", "The parliament
   of Georgia ratified ..." (not former governments, media or critics; nor "Israel's cabinet
   approved the agreement": that row gave blind27 a fact its writer did not code, a step at
   home of the pact the article reports, so "approved" after a possessive body is left as it
   was). It also turns a session-20 strict xfail into a passing row ("Egypt's foreign ministry
   said it welcomed Kenya's decision to join the initiative", test_s20_parafriendly.py).
8. A state's readiness told as "said it was ready / stood ready to" (was only "would").
9. "paid (a warm) tribute to X", and "the people of X" thanked or congratulated (X, as "the
   Polish people" already was).
10. "welcomed the agreement/deal between A and B": SUPPORT of A and B (not the welcomers' own).
11. "agreed that their defence ministers would meet / hold talks": AGREE 036, as "agreed to
   meet" (not "that Vietnam would host"; "agreed that the next meeting would be held" was
   none here, and is AGREE 036 since session 35, as three spent gold sets code it).
12. "switched (diplomatic) recognition from Taiwan to China": SUPPORT 054 to China.
13. "ratified the Rome Statute" (a statute is a document); "had accepted an invitation";
   "offered Pakistan a $2 billion loan" (not "offered Pakistan no new loans").
14. '"We welcome ...," the EU and the US said in a joint statement': "we" is both issuers
   (mentions.py: a second speaker after "and" right before the verb of saying).

Left (one sentence each): "The European Council decided to open accession negotiations with
Ukraine" (accession talk is kept out on purpose, statements._ACCESSION); "Argentina rejected an
offer from China to build a naval base" (an offer "from X": no REJECT, no acceptance read);
"William Ruto and Samia Suluhu Hassan agreed to ..." and "Macron and Meloni agreed ..." (names
the mentions do not take: "Hassan" left out, "Meloni" unknown); "Both sides agreed to ..." in a
joint statement whose title names no issuers ("Joint Statement on the Visit of President Lula
to China"); "Georgia ratified the free trade agreement with China on Thursday" dates the
TreatyRelation by the ratification, not the signing (relations.py); "We welcome ..., the EU and
the US said in a joint statement." without quotation marks; "China expressed its willingness to
join the investigation" (any "join" is read as accession).

The rule dump (1,263 articles) changed in 2 corpus and probe articles and in the synthetic
ones: 'Kremlin spokesman Dmitry Peskov said Russia would take "counter-measures" ...' is no
AGREE (item 4), "Egypt said it was ready to receive wounded Palestinians through the Rafah
crossing" is Egypt's AGREE (item 8), and "The parliament of X ratified an agreement permitting
..." in the synthetic articles is X's SUPPORT 057 (item 7, as "The Armenian parliament
ratified" already was).

Hit rate at d13df34 (before): positives 2/32, exact rows 3/10, negatives 29/38 (and "I" of two
speakers 0/1), places 2/3, rows kept 6/7; after: all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, typed_events

DAY = dt.date(2024, 3, 15)

US, CN, RU, JP, IN, PK = "Q30", "Q148", "Q159", "Q17", "Q668", "Q843"
EU = "Q458"

# (text, event type, actors one of which must act, recipients all of which must be received)
POSITIVES = [
    # 1. a state's body named by its possessive speaks for it
    pytest.param(
        "China's foreign ministry said China supported Pakistan's efforts to maintain stability.",
        "SUPPORT",
        {CN},
        {PK},
        id="possessive-ministry-said",
    ),
    pytest.param(
        "China's Foreign Ministry spokesman said China supported Pakistan's efforts to maintain stability.",
        "SUPPORT",
        {CN},
        {PK},
        id="possessive-ministry-spokesman-said",
    ),
    pytest.param(
        "Japan's foreign ministry said it would provide $10 million to Sudan.",
        "AGREE",
        {JP},
        {"Q1049"},
        id="possessive-ministry-said-it-would",
    ),
    pytest.param(
        "Japan's foreign ministry said Tokyo would provide $10 million to Sudan.",
        "AGREE",
        {JP},
        {"Q1049"},
        id="possessive-ministry-capital-would",
    ),
    pytest.param(
        "Indonesia's foreign ministry said Jakarta was ready to help mediate between Thailand and Cambodia.",
        "AGREE",
        {"Q252"},
        {"Q869", "Q424"},
        id="possessive-ministry-ready-to-mediate",
    ),
    pytest.param(
        "Russia's foreign ministry said on Monday that Moscow was ready to host talks between Armenia and Azerbaijan.",
        "AGREE",
        {RU},
        {"Q399", "Q227"},
        id="possessive-ministry-said-on-monday",
    ),
    pytest.param(
        "Kenya's government said it was ready to work with Ethiopia on the dam.",
        "AGREE",
        {"Q114"},
        {"Q115"},
        id="possessive-government-said-it",
    ),
    # a state's readiness told by "said it was ready to"
    pytest.param(
        "Kenya said it was ready to work with Ethiopia on the dam.",
        "AGREE",
        {"Q114"},
        {"Q115"},
        id="said-it-was-ready",
    ),
    pytest.param(
        "Qatar said on Tuesday that it was ready to mediate between Israel and Hamas.",
        "AGREE",
        {"Q846"},
        {"Q801"},
        id="said-on-tuesday-it-was-ready",
    ),
    pytest.param(
        "Turkey said it stood ready to host talks between Russia and Ukraine.",
        "AGREE",
        {"Q43"},
        {RU, "Q212"},
        id="said-it-stood-ready",
    ),
    pytest.param(
        "Brazil and Argentina said they were ready to expand trade with China.",
        "AGREE",
        {"Q155", "Q414"},
        set(),
        id="said-they-were-ready",
    ),
    # a state's body named by its possessive, stating itself
    pytest.param(
        "Kenya's foreign ministry thanked the United States for its support.",
        "SUPPORT",
        {"Q114"},
        {US},
        id="possessive-ministry-thanked",
    ),
    pytest.param(
        "Turkey's foreign ministry welcomed the agreement between Serbia and Kosovo.",
        "SUPPORT",
        {"Q43"},
        {"Q403", "Q1246"},
        id="possessive-ministry-welcomed-agreement-between",
    ),
    pytest.param(
        "Japan's government will provide $10 million to Sudan.",
        "AGREE",
        {JP},
        {"Q1049"},
        id="possessive-government-will",
    ),
    # an agreement between two parties welcomed: theirs
    pytest.param(
        "Japan welcomed the deal between Israel and Lebanon on Friday.",
        "SUPPORT",
        {JP},
        {"Q801", "Q822"},
        id="welcomed-deal-between",
    ),
    # an offer to a party of what it is given
    pytest.param(
        "China offered Pakistan a $2 billion loan rollover.",
        "AGREE",
        {CN},
        {PK},
        id="offered-party-a-loan",
    ),
    pytest.param(
        "India offered Nepal assistance after the earthquake.",
        "AGREE",
        {IN},
        {"Q837"},
        id="offered-party-assistance",
    ),
    # an acceptance reported in the past perfect
    pytest.param(
        "The Kremlin said Putin had accepted an invitation to visit Vietnam.",
        "AGREE",
        {"Q7747"},
        {"Q881"},
        id="had-accepted-invitation",
    ),
    # a spokesman "for" a state's ministry
    pytest.param(
        "A spokesman for the Chinese Foreign Ministry said Beijing welcomed the agreement between Saudi Arabia and Iran.",
        "SUPPORT",
        {CN},
        {"Q851", "Q794"},
        id="spokesman-for-ministry",
    ),
    pytest.param(
        "A spokesperson for Japan's foreign ministry said Tokyo would provide $10 million to Sudan.",
        "AGREE",
        {JP},
        {"Q1049"},
        id="spokesperson-for-possessive-ministry",
    ),
    # a state's parliament ratifying
    pytest.param(
        "Armenia's parliament ratified the Rome Statute on Thursday.",
        "SUPPORT",
        {"Q399"},
        set(),
        id="possessive-parliament-ratified",
    ),
    pytest.param(
        "The parliament of Georgia ratified the free trade agreement with China.",
        "SUPPORT",
        {"Q230"},
        set(),
        id="parliament-of-ratified",
    ),
    # 3. praise told by "paid tribute to", and a state's people thanked
    pytest.param(
        "Erdogan paid tribute to Qatar's mediation efforts.",
        "SUPPORT",
        {"Q39259"},
        {"Q846"},
        id="paid-tribute-owner",
    ),
    pytest.param(
        "Modi paid a warm tribute to Japan for its support.",
        "SUPPORT",
        {"Q1058"},
        {JP},
        id="paid-warm-tribute",
    ),
    pytest.param(
        "Zelensky thanked the people of Poland for their solidarity.",
        "SUPPORT",
        {"Q3874799"},
        {"Q36"},
        id="thanked-people-of",
    ),
    pytest.param(
        "Putin congratulated the people of Kazakhstan on Independence Day.",
        "SUPPORT",
        {"Q7747"},
        {"Q232"},
        id="congratulated-people-of",
    ),
    # 6. their own people to meet, agreed
    pytest.param(
        "Russia and Belarus agreed that their defence ministers would meet in Minsk next month.",
        "AGREE",
        {RU, "Q184"},
        set(),
        id="agreed-their-ministers-would-meet",
    ),
    pytest.param(
        "India and China agreed that their special representatives would meet soon.",
        "AGREE",
        {IN, CN},
        set(),
        id="agreed-their-representatives-meet-soon",
    ),
    pytest.param(
        "Prime Minister Fumio Kishida and President Yoon Suk Yeol agreed that their foreign ministers would hold talks in Seoul.",
        "AGREE",
        {"Q359480", "Q16090635"},
        set(),
        id="agreed-their-ministers-hold-talks",
    ),
    # 7. recognition switched to a state
    pytest.param(
        "Honduras switched diplomatic recognition from Taiwan to China in March 2023.",
        "SUPPORT",
        {"Q783"},
        {CN},
        id="switched-recognition",
    ),
    pytest.param(
        "Nauru switched recognition to China on Monday.",
        "SUPPORT",
        {"Q697"},
        {CN},
        id="switched-recognition-to",
    ),
    # 4. a ratified statute
    pytest.param(
        "Armenia ratified the Rome Statute on Thursday.",
        "SUPPORT",
        {"Q399"},
        set(),
        id="ratified-statute",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "recipients"), POSITIVES)
def test_verbal_act_found(text: str, kind: str, actors: set[str], recipients: set[str]) -> None:
    got = [(a, r) for t, a, r, _ in typed_events(text, DAY) if t == kind]
    assert any((a & actors) and recipients <= r for a, r in got), got


# (text, event type; the exact (actors, recipients) pairs its events of that type must be)
EXACT = [
    # 2. a decision of several parties welcomed: one event with all of them (was a second one
    # with the first party alone)
    pytest.param(
        "The EU welcomed the decision of Serbia and Kosovo to implement the agreement.",
        "SUPPORT",
        [({EU}, {"Q403", "Q1246"})],
        id="decision-of-two-one-event",
    ),
    pytest.param(
        "Japan welcomed the decision of India and Pakistan to resume talks.",
        "SUPPORT",
        [({JP}, {IN, PK})],
        id="decision-of-two-one-event-2",
    ),
    pytest.param(
        "Canada supported the measures adopted by ECOWAS and the African Union.",
        "SUPPORT",
        [({"Q16"}, {"Q193272", "Q7159"})],
        id="measures-of-two",
    ),
    pytest.param(
        "The EU welcomed the decision of Serbia to implement the agreement.",
        "SUPPORT",
        [({EU}, {"Q403"})],
        id="decision-of-one",
    ),
    # 8. "we" in a quotation two issuers said: both
    pytest.param(
        '"We welcome the decision of Serbia and Kosovo to implement the agreement," the EU and the US said in a joint statement.',
        "SUPPORT",
        [({EU, US}, {"Q403", "Q1246"})],
        id="quote-two-issuers",
    ),
    pytest.param(
        '"We welcome the decision of Serbia," the EU said.',
        "SUPPORT",
        [({EU}, {"Q403"})],
        id="quote-one-issuer",
    ),
    # 5. a ratification is the ratifier's alone (the partner signed, it does not ratify here)
    pytest.param(
        "Armenia ratified the treaty with Azerbaijan.",
        "SUPPORT",
        [({"Q399"}, set())],
        id="ratified-with-partner",
    ),
    pytest.param(
        "Georgia ratified the free trade agreement with China on Thursday.",
        "SUPPORT",
        [({"Q230"}, set())],
        id="ratified-fta-with-partner",
    ),
    pytest.param(
        "The Kenyan parliament approved the security agreement with Haiti.",
        "SUPPORT",
        [({"Q114"}, set())],
        id="approved-with-partner",
    ),
    pytest.param(
        "Georgia signed a free trade agreement with China on Thursday.",
        "SUPPORT",
        [({"Q230", CN}, set())],
        id="signed-with-partner-both",
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), EXACT)
def test_verbal_act_exactly(text: str, kind: str, want: list[tuple[set[str], set[str]]]) -> None:
    got = [(a, r) for t, a, r, _ in typed_events(text, DAY) if t == kind]
    assert sorted(map(repr, got)) == sorted(map(repr, want)), got


# (text, event type that must not be given; a recipient or actor it must not have, or None:
# none of that type at all)
NEGATIVES = [
    # 1. another side's act a state's ministry reports is no act of that side (ANNOTATION.md §6)
    pytest.param(
        "China's foreign ministry said the United States was ready to supply weapons to Taiwan.",
        "AGREE",
        None,
        id="ministry-reports-other-side",
    ),
    pytest.param(
        "China's foreign ministry said Washington had promised to stop arms sales to Taiwan.",
        "AGREE",
        None,
        id="ministry-reports-other-promise",
    ),
    pytest.param(
        "China said the United States was ready to supply weapons to Taiwan.",
        "AGREE",
        None,
        id="state-reports-other-side",
    ),
    pytest.param(
        "Kazakhstan said Russia was ready to help.",
        "AGREE",
        None,
        id="state-reports-other-ready",
    ),
    pytest.param(
        "Iran's foreign ministry said it would not attend the conference.",
        "AGREE",
        None,
        id="ministry-said-would-not",
    ),
    pytest.param(
        "India's foreign ministry said India would not invite Pakistan.",
        "AGREE",
        None,
        id="ministry-said-would-not-invite",
    ),
    pytest.param(
        "China's opposition media said China supported Pakistan.",
        "SUPPORT",
        None,
        id="media-not-a-body",
    ),
    pytest.param(
        "A spokesman for the Chinese Foreign Ministry said the United States was ready to supply weapons to Taiwan.",
        "AGREE",
        None,
        id="spokesman-for-reports-other-side",
    ),
    # (a cabinet's approval at home of a pact the article reports: kept as before)
    pytest.param(
        "In Jerusalem, Israel's cabinet approved the agreement.",
        "SUPPORT",
        None,
        id="possessive-cabinet-approved",
    ),
    # retaliation vowed is no promise of cooperation
    pytest.param(
        'Kremlin spokesman Dmitry Peskov said Russia would take "counter-measures" to ensure its security.',
        "AGREE",
        None,
        id="quoted-countermeasures",
    ),
    pytest.param(
        "China's foreign ministry said Beijing firmly opposed the measures and would take steps to protect the rights of Chinese firms.",
        "AGREE",
        None,
        id="steps-to-protect-own-firms",
    ),
    pytest.param(
        "China will take measures to protect its sovereignty.",
        "AGREE",
        None,
        id="measures-to-protect-sovereignty",
    ),
    pytest.param(
        "Kenya said it was not ready to work with Ethiopia.", "AGREE", None, id="said-not-ready"
    ),
    pytest.param(
        "Kenya said it was ready to respond to any attack by Somalia.",
        "AGREE",
        None,
        id="said-ready-to-respond",
    ),
    pytest.param(
        "Blinken said it was ready to help Ukraine.", "AGREE", None, id="person-said-it-ready"
    ),
    # one's own rights defended is no promise to the one they are defended against
    pytest.param(
        "Egypt said it was ready to defend its water rights against Ethiopia.",
        "AGREE",
        None,
        id="ready-to-defend-own-rights",
    ),
    pytest.param(
        "Egypt is ready to defend its water rights against Ethiopia.",
        "AGREE",
        None,
        id="is-ready-to-defend-own-rights",
    ),
    pytest.param(
        "China is ready to defend its sovereignty.", "AGREE", None, id="defend-own-sovereignty"
    ),
    pytest.param(
        "The leaders agreed that Vietnam would host the next summit.",
        "AGREE",
        None,
        id="agreed-host-next-summit",
    ),
    pytest.param(
        "Russia and Belarus agreed that their defence ministers would not meet.",
        "AGREE",
        None,
        id="agreed-would-not-meet",
    ),
    pytest.param(
        "Russia and Belarus agreed that their ministers were meeting too rarely.",
        "AGREE",
        None,
        id="agreed-a-view-on-meetings",
    ),
    pytest.param(
        "Honduras did not switch diplomatic recognition from Taiwan to China.",
        "SUPPORT",
        None,
        id="recognition-not-switched",
    ),
    pytest.param(
        "Paraguay could switch recognition from Taiwan to China.",
        "SUPPORT",
        None,
        id="recognition-could-switch",
    ),
    pytest.param(
        "Kenya's former government thanked the United States.",
        "SUPPORT",
        None,
        id="former-government-not-the-state",
    ),
    pytest.param("China's state media praised Pakistan.", "SUPPORT", None, id="state-media"),
    pytest.param(
        "India's foreign ministry did not welcome Canada's decision.",
        "SUPPORT",
        None,
        id="ministry-did-not-welcome",
    ),
    pytest.param(
        "Kenya and the United States welcomed the agreement between the United States and Kenya.",
        "SUPPORT",
        None,
        id="own-agreement-welcomed",
    ),
    pytest.param("China offered Pakistan no new loans.", "AGREE", None, id="offered-no-loans"),
    pytest.param("China could offer Pakistan a loan.", "AGREE", None, id="could-offer"),
    # force told as readiness is no promise to the one it is aimed at
    pytest.param(
        "Russia said it was ready to launch strikes on Kyiv.",
        "AGREE",
        None,
        id="ready-to-launch-strikes",
    ),
    pytest.param(
        "Russia is ready to carry out new strikes on Ukraine.",
        "AGREE",
        None,
        id="ready-to-carry-out-strikes",
    ),
    pytest.param(
        "Venezuela said it was ready to annex Essequibo from Guyana.",
        "AGREE",
        None,
        id="ready-to-annex",
    ),
    pytest.param(
        "North Korea's foreign ministry said it was ready to strengthen its nuclear deterrent against the United States.",
        "AGREE",
        None,
        id="ready-to-strengthen-deterrent",
    ),
    pytest.param(
        "North Korea is ready to strengthen its nuclear deterrent against the United States.",
        "AGREE",
        None,
        id="is-ready-to-strengthen-deterrent",
    ),
    # 3. tribute to no party
    pytest.param(
        "The Prime Minister paid tribute to the victims of the attack.",
        "SUPPORT",
        None,
        id="tribute-to-victims",
    ),
    pytest.param(
        "Scholz did not pay tribute to France.",
        "SUPPORT",
        None,
        id="tribute-negated",
    ),
    # 4. a statute amended or left is no signing
    pytest.param("The court's statute was amended.", "SUPPORT", None, id="statute-amended"),
]


@pytest.mark.parametrize(("text", "kind", "party"), NEGATIVES)
def test_no_verbal_act(text: str, kind: str, party: str | None) -> None:
    got = [(a, r) for t, a, r, _ in typed_events(text, DAY) if t == kind]
    if party is None:
        assert not got, got
    else:
        assert not any(party in a or party in r for a, r in got), got


def test_i_of_two_speakers_is_neither() -> None:
    """ "I" in a quotation two people said is no one of them."""
    assert not typed_events('"I thank Japan," Zelensky and Duda said.', DAY)


# 9. where a resolution was adopted, not where what it demands is
@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "The Security Council adopted a resolution demanding a ceasefire in Gaza.",
            None,
            id="ceasefire-in-gaza",
        ),
        pytest.param(
            "The Security Council adopted a resolution in New York on Friday.",
            "Q60",
            id="adopted-in-new-york",
        ),
        pytest.param(
            "Kenya and Haiti signed a security agreement in Nairobi.", "Q3870", id="signed-in"
        ),
    ],
)
def test_signing_place(text: str, place: str | None) -> None:
    signings = [
        f
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("cameoCode")[0]) == "057"
    ]
    assert len(signings) == 1, signings
    got = {getattr(v, "qid", None) for v in signings[0].get("place")}
    assert got == ({place} if place else set()), got


# kept as they were: a promise a state tells of its own, and one made in its name elsewhere
STILL = [
    pytest.param(
        "Egypt said it was ready to launch a joint initiative with Jordan.",
        "AGREE",
        {"Q79"},
        {"Q810"},
        id="ready-to-launch-initiative",
    ),
    pytest.param(
        "Japan is ready to seize the opportunity to deepen cooperation with India.",
        "AGREE",
        {JP},
        {IN},
        id="ready-to-seize-opportunity",
    ),
    pytest.param(
        "Russia and China agreed to safeguard their sovereignty against Western pressure.",
        "AGREE",
        {RU, CN},
        set(),
        id="joint-safeguard-still-agreed",
    ),
    pytest.param(
        "The United States will defend its allies in Asia.",
        "AGREE",
        {US},
        set(),
        id="defend-allies-still",
    ),
    pytest.param(
        "The EU will take steps to protect the rights of migrants in Libya.",
        "AGREE",
        {EU},
        set(),
        id="steps-for-others-still-a-plan",
    ),
    pytest.param(
        "Japan said it would take steps to expand trade with India.",
        "AGREE",
        {JP},
        {IN},
        id="steps-to-expand-trade",
    ),
    pytest.param(
        "The Chinese foreign ministry said China supported Pakistan's efforts to maintain stability.",
        "SUPPORT",
        {CN},
        {PK},
        id="demonym-ministry-still",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "recipients"), STILL)
def test_verbal_act_kept(text: str, kind: str, actors: set[str], recipients: set[str]) -> None:
    test_verbal_act_found(text, kind, actors, recipients)
