# ruff: noqa: E501  (a table of sentences)
"""Paraphrase robustness (session 22, relations): structures of the relation family's misses
that recur across independently written gold sets (pooled misses of the 29 spent sets).

| structure | sets | misses | chosen? |
|---|---|---|---|
| a treaty named before the clause telling its past signing by its parties ("the X Treaty signed by A and B in 1951", "Protocols that A and B signed in 2009", "..., for which A, B and C signed an agreement", "the memorandum signed in Madrid last week by A, B and C"), read as a hedge of the main clause or not matched with a place or time before "by" | blind15, blind18, blind21, blind22, blind28 (blind16, blind24 with "the leaders of"/"the two countries" subjects) | 7 | yes |
| a border told as the pair's ("their 1,096-kilometer border", "the two countries' border", "the border the two countries share", "Their shared border has been closed") | blind2, blind21, blind22 (2) | 4 | yes |
| a relation (border) in a clause coordinated with a negated one ("A and B have no diplomatic relations, and the land border between the two countries has been closed") | blind4, blind27 | 2 | yes |
| a meeting told by a noun phrase in another act's sentence ("after a telephone conversation with X", "in a phone call with X, A asked", "a meeting in Amman last week between A and B", "talks between A and B mediated by C") | blind12, blind16, blind18, blind20, blind21, blind22, blind24, blind30, blind31 | ~14 | no: participants and conventions differ by writer (mediators, parties vs negotiators); too wide for this round |
| a summit's attendance list in a sentence of its own ("The summit was attended by ...", "Taking part were ...") | blind10, blind20, blind21, blind23, blind25, blind28, blind31 | 8 | no: the gold's participant sets (persons vs states, chair included or not, organisation as participant) disagree across sets: a convention mismatch, reported |
| earlier meetings recalled in the first person ("my previous visit to X", "We last met in July") | blind6, blind16, blind17, blind18 | 5 | no: the speaker is the participant; needs speaker reading (turns) |
| several treaty facts of one pair in one article, merged into one | blind, blind2, blind5, blind6, blind17 | 5 | no: the gold's "one per sentence" against merging by parties; reported as a convention question |
| membership of a pair told by "Both countries are (permanent) members of X" / "NATO Allies" apposition | blind2, blind6, blind11, blind14 | 8 | no: left for a membership round (organisation names the KB lacks) |
| permission under a treaty ("Under the agreement, A allows B to ...", "troops stationed in A under the treaty") | blind14, blind15, blind18, blind21, blind25, blind28 | 8 | no: each a different activity; long tail of activity labels |

A row passes when a fact of the class has exactly the parties in ``want`` (QIDs); a negative row
(``want`` empty) passes when no such fact names the parties in ``no``.

Hit rate at ce2d3f9 (main, before this change): treaties 2/12 positives, 7/7 negatives; borders
2/11 positives, 7/7 negatives. After (relations._signed_after_noun and _WHICH_BEFORE for the
signing told in its own clause; relations._pair_border and _border_after_hedge for the pair's
border): 12/12 and 7/7; 11/11 and 8/8 (the negative "exchanged fire along their border" added
after the rule dump showed it: an unqualified "their border" stays a setting, as _THEIR_BORDER
has it). Spent sets: mean F1 0.8564 -> 0.8579 (blind2, blind4, blind15, blind18, blind21,
blind22, blind27, blind28 gain; none lose F1 or links precision).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 3, 10)

TURKEY, ARMENIA, RUSSIA, CHINA, INDIA, USA, PHIL = (
    "Q43",
    "Q399",
    "Q159",
    "Q148",
    "Q668",
    "Q30",
    "Q928",
)
JAPAN, KOREA, FINLAND, SWEDEN, AZ, IRAN, KAZ, TKM = (
    "Q17",
    "Q884",
    "Q33",
    "Q34",
    "Q227",
    "Q794",
    "Q232",
    "Q874",
)
GEORGIA, ROMANIA, HUNGARY, KYRG, POLAND, BELARUS = "Q230", "Q218", "Q28", "Q813", "Q36", "Q184"
MEXICO, ISRAEL, LEBANON, ALGERIA, MOROCCO, NEPAL, PAK = (
    "Q96",
    "Q801",
    "Q822",
    "Q262",
    "Q1028",
    "Q837",
    "Q843",
)
VIETNAM, LAOS, CAMBODIA, THAI, EGYPT, SUDAN, ETHIOPIA = (
    "Q881",
    "Q819",
    "Q424",
    "Q869",
    "Q79",
    "Q1049",
    "Q115",
)

MET_TR_AM = "Turkish Foreign Minister Mevlüt Çavuşoğlu met Armenian Foreign Minister Ararat Mirzoyan in Antalya on Monday."
MET_RU_CN = "Vladimir Putin met Xi Jinping in Moscow on Tuesday."
MET_US_MX = (
    "President Joe Biden met President Andrés Manuel López Obrador at the White House on Tuesday."
)

TREATY_ROWS = [
    # the treaty, then its signing by its parties in a reduced clause ("signed by ...")
    (
        "He said an attack on its vessels would be covered by the Mutual Defense Treaty signed by the Philippines and the United States in 1951.",
        "",
        {PHIL, USA},
    ),
    (
        "Officials could invoke the Treaty of Friendship signed by Russia and China in 2001 if the crisis deepens.",
        "",
        {RUSSIA, CHINA},
    ),
    (
        "Both sides may yet review the water-sharing agreement signed by India and Pakistan in 1960.",
        "",
        {INDIA, PAK},
    ),
    (
        "The minister praised the trilateral memorandum signed in Madrid last week by Türkiye, Finland and Sweden.",
        "",
        {TURKEY, FINLAND, SWEDEN},
    ),
    (
        "Kazakhstan welcomed the energy agreement signed in Baku on Friday by Azerbaijan, Georgia and Romania.",
        "",
        {AZ, GEORGIA, ROMANIA},
    ),
    (
        "Cambodia notified the commission, as required under the 1995 Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin signed by Cambodia, Laos, Thailand and Vietnam.",
        "",
        {CAMBODIA, LAOS, THAI, VIETNAM},
    ),
    # a relative clause of the signing ("that/which A and B signed")
    (
        "Protocols that Türkiye and Armenia signed in Zurich in 2009 to establish relations were never ratified.",
        "",
        {TURKEY, ARMENIA},
    ),
    (
        "The accord which Russia and Kazakhstan signed in 2019 has not been applied, officials said.",
        "",
        {RUSSIA, KAZ},
    ),
    (
        "Nobody expects the memorandum that Japan and South Korea signed in Seoul last year to be revised.",
        "",
        {JAPAN, KOREA},
    ),
    (
        "Observers said the new corridor would complement the existing link, for which Azerbaijan, Georgia, Romania and Hungary signed an agreement in Bucharest in December 2022.",
        "",
        {AZ, GEORGIA, ROMANIA, HUNGARY},
    ),
    (
        "The plan might build on the earlier route, for which Kazakhstan and Turkmenistan signed a memorandum in 2021.",
        "",
        {KAZ, TKM},
    ),
    # officials sign for their states
    (
        "Analysts doubt the agreement signed by Sergey Lavrov and Wang Yi in March will be applied.",
        "",
        {RUSSIA, CHINA},
    ),
]
TREATY_NEGATIVE = [
    # a signing still to come, hypothetical or denied in its own clause: no treaty relation
    (
        "The agreement to be signed by Russia and China next month would cover energy.",
        {RUSSIA, CHINA},
    ),
    (
        "A treaty that Türkiye and Armenia might sign next year would open the border.",
        {TURKEY, ARMENIA},
    ),
    ("The protocol that Kazakhstan and Turkmenistan never signed was drafted in 2019.", {KAZ, TKM}),
    ("If India and Pakistan signed a new water agreement, trade would grow.", {INDIA, PAK}),
    (
        "A memorandum that Japan and South Korea would sign in Seoul was discussed on Friday.",
        {JAPAN, KOREA},
    ),
    (
        "Officials said the draft agreement to be signed by Vietnam and Laos could be ready in May.",
        {VIETNAM, LAOS},
    ),
    (
        "The new corridor would need an agreement, for which Azerbaijan and Georgia have not yet signed any document.",
        {AZ, GEORGIA},
    ),
]

BORDER_ROWS = [
    # the pair's border, told as theirs
    (
        MET_TR_AM,
        "Their shared border has been closed since 1993, when Ankara shut it during the war.",
        {TURKEY, ARMENIA},
    ),
    (
        MET_RU_CN,
        "Over the past 30 years, the two countries have settled the boundary issue and turned their 4,200-kilometre border into a bond of friendship.",
        {RUSSIA, CHINA},
    ),
    (
        MET_US_MX,
        "The leaders agreed to curb the flow of firearms across the nearly 2,000-mile border the two countries share.",
        {USA, MEXICO},
    ),
    (
        "Poland accused Belarus on Friday of pushing migrants toward the Kuznica crossing on the two countries' border.",
        "",
        {POLAND, BELARUS},
    ),
    (
        "Nepal and India agreed on Thursday to open two more crossings on their 1,750-kilometre border.",
        "",
        {NEPAL, INDIA},
    ),
    (
        MET_RU_CN,
        "Trade across the two countries' border rose by a third last year.",
        {RUSSIA, CHINA},
    ),
    ("Vietnam and Laos pledged to keep their common border peaceful.", "", {VIETNAM, LAOS}),
    # a border in a clause coordinated with a negated or hedged one
    (
        "Türkiye and Armenia do not have diplomatic relations, and the land border between the two countries has been closed since 1993.",
        "",
        {TURKEY, ARMENIA},
    ),
    (
        "Israel and Lebanon have no diplomatic relations, and a U.N. peacekeeping force patrols their land frontier.",
        "",
        {ISRAEL, LEBANON},
    ),
    (
        "Algeria and Morocco have not restored ties, and their land border has been shut since 1994.",
        "",
        {ALGERIA, MOROCCO},
    ),
    (
        "Armenia and Azerbaijan have never agreed on a peace treaty, and their common border remains unmarked.",
        "",
        {ARMENIA, AZ},
    ),
]
BORDER_NEGATIVE = [
    # no border of the pair told: a third state's, each its own, a denied one, a conditional
    ("", "Russia and China held drills near their borders with Mongolia.", {RUSSIA, CHINA}),
    # an unqualified "their border" is a setting (as _THEIR_BORDER has it)
    ("", "Armenia and Azerbaijan exchanged fire along their border overnight.", {ARMENIA, AZ}),
    ("", "Israel and Morocco have no common border, and their ties are recent.", {ISRAEL, MOROCCO}),
    ("", "If India and Japan shared a border, and trade grew, ties would deepen.", {INDIA, JAPAN}),
    ("", "Kazakhstan and Hungary do not share a border, and their trade is small.", {KAZ, HUNGARY}),
    (
        "",
        "Egypt and Ethiopia have no border, and their dispute is over the Nile.",
        {EGYPT, ETHIOPIA},
    ),
    (MET_RU_CN, "The two countries' leaders spoke about the border with Ukraine.", {RUSSIA, CHINA}),
    (
        MET_RU_CN,
        "Their leaders did not discuss a border, and their talks ended early.",
        {RUSSIA, CHINA},
    ),
]


def _classes(text: str, cls: str) -> list[set[str]]:
    return [keys(f.get("party")) for f in facts(text, DAY) if f.cls.value == cls]


@pytest.mark.parametrize(("text", "context", "want"), TREATY_ROWS)
def test_treaty_signed_in_its_own_clause(text: str, context: str, want: set[str]) -> None:
    found = _classes(f"{context} {text}".strip(), "TreatyRelation")
    if want:
        assert want in found, found


@pytest.mark.parametrize(("text", "no"), TREATY_NEGATIVE)
def test_no_treaty_of_a_hedged_signing(text: str, no: set[str]) -> None:
    found = _classes(text, "TreatyRelation")
    assert not any(no <= parties for parties in found), found


@pytest.mark.parametrize(("context", "text", "want"), BORDER_ROWS)
def test_pair_border(context: str, text: str, want: set[str]) -> None:
    found = _classes(f"{context} {text}".strip(), "SharedBorder")
    assert want in found, found


@pytest.mark.parametrize(("context", "text", "no"), BORDER_NEGATIVE)
def test_no_pair_border(context: str, text: str, no: set[str]) -> None:
    found = _classes(f"{context} {text}".strip(), "SharedBorder")
    assert not any(no <= parties for parties in found), found
