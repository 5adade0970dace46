# ruff: noqa: E501  (a table of sentences)
"""Paraphrase robustness (session 22, SUPPORT): backing whose recipient owns what is backed.

The SUPPORT misses (139) and false positives (28) of the 29 pooled spent sets (dev gold, blind,
blind2 … blind31 without 19 and 29), grouped by structure, with the distinct sets each recurs in
(misses whose "SUPPORT" is only the name "Rapid Support Forces" of another type left out):

| structure | sets | misses | chosen? |
|---|---|---|---|
| backing whose recipient is the owner inside the object: "support for the resumption of X's accession process", "support for efforts to preserve X's sovereignty", "supported the accession of X and Y", "support for the mediation efforts led by X", "continue to support X's efforts", "welcomes and supports the initiative proposed by X", a quoted verb ("\\"firmly supports\\" X's claim") | 7 (blind5, 16, 23, 24, 26, 28, 30) | 8 | **chosen** (blind31's "would continue to support" is a promise, AGREE by ANNOTATION.md §5; blind3's "the Palestinian people" a demonym the KB lacks) |
| "witnessed the signing/exchange of documents", "in the presence of the leaders" (057 of the leaders' states; the rule exists, the misses are an anaphoric subject, "Memoranda" capitalised, an inverted passive) | 6 (blind, 13, 16, 25, 28, 31) | 6 | no: each a different gap of an existing rule |
| "welcomed the decision/agreement/announcement" whose maker is told in an earlier sentence (also 5 FPs without a recipient) | 6 (blind4, 6, 20, 21, 30, 31) | 7 | no: the anaphora rule exists (`_decision_maker`, `acts.agents_of`); what is missed is what the earlier sentence gives (a Membership, a vote), article by article |
| thanks to a host named by title or role only ("his host", "HM the King", "the Amir", "the Crown Prince", "State Councilor Wang", "the Kingdom") | 4 (blind25, 26, 28, 30) | 7 | no: coreference of a title (people.py), not a SUPPORT structure |
| signing 057 in other shapes (passive "signed in Pretoria by A, ..., and B", "signed in Tianjin the Communiqué", a strategic partnership or roadmap adopted, "the leaders and heads of delegations", "initialled", executive orders and laws signed, instruments of accession deposited) | 12 | 22 | no: a dozen shapes, one or two sets each; the passive "signed by A and by B" restates the headline's signing (gold: one 057, often with the states) |
| recognition 054 ("the first country to recognize X's independence", "recognised X's sovereignty over", "decided to recognize each other", "switched recognition to") | 4 (blind8, 21, 25, 30) | 7 | no: half background (1975, 1990, 1991 recognitions), the rest one shape each |
| thanks or congratulations to a pronoun or group ("I congratulate you", "thanked his colleagues", "the member states", "the Allies", "both countries", "He said he had thanked") | 7 | 10 | no: anaphora, one referent kind per set |
| the people of a state thanked or congratulated ("the people of Kazakhstan", "the Lao Party, State and people") | 3 (blind8, 26, 30) | 3 | no: two of three are first-person "I" (the speaker is the actor by convention, see below) |
| the rest: honours, "paid tribute to", "wished X success", "describing X's election as", a date inside the object | — | ~50 | long tail |

Conventions that recur across sets and that the code was not bent to: the actor of thanks or
praise a speaker gives in a state's name ("Kim said that the DPRK fully supports ..." — the
person in blind2, blind3, blind18, blind30; the state in others); a signing's actors as the
signing officials or their states (states in blind13 and blind28 for "the two leaders signed",
persons in blind23); one 051 with several recipients versus one per party thanked (blind, blind14).

Hit rate before the change (ce2d3f9): positives 2/31 (two of the four rows meant as controls:
"supports the territorial integrity of X" and the present "supports X's bid" were not read
either), negatives 15/15; after: positives 31/31, negatives 15/15.
A positive row passes when a SUPPORT Event (CAMEO 05x) has the recipient among its recipients
and the acting state (or one of its officials) among its actors; a negative row when no SUPPORT
Event has the recipient."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 11, 16)
DE, MD, AU, FJ, JP, UA, US, FR = "Q183", "Q217", "Q408", "Q712", "Q17", "Q212", "Q30", "Q142"
PL, CN, AFU, CA, EAC, TR, AZ, RU = "Q36", "Q148", "Q7159", "Q16", "Q337456", "Q43", "Q227", "Q159"
RS, LT, ID, TL, IT, AL, BY, PK = "Q403", "Q37", "Q252", "Q574", "Q38", "Q222", "Q184", "Q843"
IN, BR, QA, SY, JOKOWI, SANDU, MG = "Q668", "Q155", "Q846", "Q858", "Q3318231", "Q15071069", "Q711"
# officials of the acting states (2021-2023)
PEOPLE = {
    DE: {"Q564328", "Q61053"},  # Annalena Baerbock, Olaf Scholz
    AU: {"Q335697", "Q456759"},  # Anthony Albanese, Penny Wong
    JP: {"Q359480"},  # Fumio Kishida
    US: {"Q7821917"},  # Antony Blinken
    FR: {"Q3052772", "Q273396"},  # Emmanuel Macron, Catherine Colonna
    PL: {"Q9388252"},  # Zbigniew Rau
    CN: {"Q701801", "Q15031"},  # Wang Yi, Xi Jinping
    CA: {"Q15054353", "Q3099714"},  # Mélanie Joly, Justin Trudeau
    TR: {"Q249206", "Q39259"},  # Mevlüt Çavuşoğlu, Recep Tayyip Erdoğan
    RU: {"Q58217"},  # Sergey Lavrov
    LT: {"Q17118365"},  # Gabrielius Landsbergis
    IT: {"Q294460"},  # Mario Draghi
    IN: {"Q1058"},  # Narendra Modi
}


def _support(text: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "SUPPORT"
    ]


def _hit(actor: str, recipient: str, text: str) -> bool:
    acting = {actor} | PEOPLE.get(actor, set())
    return any(c.startswith("05") and recipient in r and a & acting for a, r, c in _support(text))


POSITIVES = [
    # a nominal act of the recipient's: "support for the resumption of X's ..."
    (
        DE,
        MD,
        "Foreign Minister Annalena Baerbock reaffirmed Germany's support for the resumption of Moldova's reform agenda.",
    ),
    (
        AU,
        FJ,
        "Penny Wong reiterated Australia's support for the strengthening of Fiji's democratic institutions.",
    ),
    (
        DE,
        AL,
        "Olaf Scholz reiterated Germany's support for the opening of Albania's EU accession talks.",
    ),
    (
        JP,
        UA,
        "In Tokyo on Tuesday, Prime Minister Fumio Kishida reaffirmed Japan's support for the reconstruction of Ukraine's energy grid.",
    ),
    # efforts to act on the recipient's behalf: "support for efforts to preserve X's ..."
    (JP, UA, "Japan expressed support for efforts to restore Ukraine's territorial integrity."),
    (
        US,
        MD,
        "Secretary Blinken voiced strong support for efforts to strengthen Moldova's economy, the State Department said.",
    ),
    (
        CN,
        PK,
        "Wang Yi expressed China's firm support for international efforts to rebuild Pakistan's flood-hit provinces.",
    ),
    # "supported the accession of X and Y", "backs the membership of X"
    (
        FR,
        MD,
        "President Emmanuel Macron said France supported the accession of Moldova and Ukraine to the European Union.",
    ),
    (
        FR,
        UA,
        "President Emmanuel Macron said France supported the accession of Moldova and Ukraine to the European Union.",
    ),
    (PL, UA, "Poland backs the membership of Ukraine in the North Atlantic alliance."),
    (AU, TL, "Penny Wong said Australia strongly supported the admission of Timor-Leste to ASEAN."),
    (
        TR,
        AZ,
        "Türkiye supported the candidacy of Azerbaijan to host the 2026 summit, Mevlüt Çavuşoğlu said.",
    ),
    (
        AU,
        FJ,
        "Australia has backed the candidature of Fiji for a seat on the Human Rights Council.",
    ),
    (
        PL,
        UA,
        "Zbigniew Rau voiced Poland's full support for the accession of Ukraine to the European Union.",
    ),
    # a noun owned through "of": "the legitimate claims of X", "the European aspirations of X"
    (RU, RS, "Sergey Lavrov reaffirmed Russia's support for the legitimate claims of Serbia."),
    (
        LT,
        UA,
        "On Monday in Vilnius, Gabrielius Landsbergis reiterated Lithuania's strong support for the legitimate aspirations of Ukraine.",
    ),
    (
        JP,
        ID,
        "Kishida expressed Japan's support for the chairmanship of Indonesia in ASEAN next year.",
    ),
    # "led by X", "proposed by X": the one whose work it is
    (CN, AFU, "Wang Yi expressed firm support for the mediation efforts led by the African Union."),
    (
        CA,
        EAC,
        "Canada expressed support for the regional peace process led by the East African Community.",
    ),
    (
        US,
        EAC,
        "Blinken expressed strong support for the regional mediation efforts led by the East African Community and by Angola.",
    ),
    (
        DE,
        JOKOWI,
        "Olaf Scholz welcomed and supported the peace initiative proposed by Indonesian President Joko Widodo.",
    ),
    (IN, BR, "India welcomed and endorsed the proposal put forward by Brazil."),
    # "continue to support X's ..."
    (DE, MD, "Germany continues to support Moldova's efforts to fight corruption."),
    (
        FR,
        MD,
        "France continues to support Moldova's reforms, Catherine Colonna said in Chisinau on Monday.",
    ),
    (US, UA, "The United States has continued to support Ukraine's efforts to defend itself."),
    # a quoted verb: '"firmly supports" X's claim'
    (
        CN,
        PK,
        'Wang Yi said China "firmly supports" Pakistan\'s efforts to safeguard its sovereignty.',
    ),
    (
        TR,
        AZ,
        'Mevlüt Çavuşoğlu said Türkiye "fully supports" Azerbaijan\'s position on the peace treaty.',
    ),
    # meant as controls (only the first and last were read before this round)
    (
        DE,
        UA,
        "The EU and Germany reaffirmed their support for the sovereignty and territorial integrity of Ukraine.",
    ),
    (
        TR,
        AZ,
        "Mevlüt Çavuşoğlu said Türkiye fully supports the territorial integrity of Azerbaijan.",
    ),
    (AU, FJ, "Australia supports Fiji's bid to host the Pacific Islands Forum."),
    (CA, MD, "Mélanie Joly expressed Canada's support for Moldova."),
]

NEGATIVES = [
    # an object against the party named in it
    (RU, "Germany expressed support for sanctions against Russia."),
    (RU, "Poland expressed support for the withdrawal of Russian troops from Ukraine."),
    (RU, "The United States expressed support for the isolation of Russia."),
    (RU, "Japan expressed support for the investigation of Russia's war crimes."),
    (BY, "Lithuania expressed support for the prosecution of Belarus's leaders."),
    (SY, "Türkiye expressed support for the punishment of Syria's government."),
    (
        RU,
        "Canada expressed its support for the suspension of Russia's membership in the Human Rights Council.",
    ),
    # negated, hypothetical, refused
    (UA, "France did not express support for the accession of Ukraine to NATO."),
    (AL, "Italy would support the accession of Albania if the reforms succeed."),
    (RU, "Canada refused to support the candidacy of Russia for the Human Rights Council."),
    (UA, "Hungary has never supported the membership of Ukraine in NATO."),
    (MD, "Catherine Colonna said France would continue to support Moldova's reforms."),
    # concern about another's support; opposition
    (UA, "Sergey Lavrov expressed concern about Western support for Ukraine's army."),
    (UA, "China opposed the accession of Ukraine to NATO."),
    # a look-alike: support for one's own efforts, talks between others
    (MG, "Mongolia asked for support for the efforts of Mongolia's herders."),
]


@pytest.mark.parametrize(("actor", "recipient", "text"), POSITIVES)
def test_backed_owner_is_recipient(actor: str, recipient: str, text: str) -> None:
    assert _hit(actor, recipient, text), _support(text)


@pytest.mark.parametrize(("recipient", "text"), NEGATIVES)
def test_no_support_of_party_not_backed(recipient: str, text: str) -> None:
    assert not any(recipient in r for _, r, _ in _support(text)), _support(text)
