"""Shared borders and memberships in their common wordings (session 16, relbits).

Borders: a possessive's plural borders with a list ("Georgia's borders with Russia and
Armenia", "Uganda reopened its borders with Kenya, Tanzania and Rwanda": one border with each;
a last item that is a possessive or the subject of its own clause is none), "the frontier (or
boundary) between X and Y", "their disputed border" (a disputed border is still a border),
"X's neighbour Y" and "X's neighbours Y and Z" (as "its neighbour Y" already was), "fled across
the border from Myanmar into Bangladesh". Not: a ceasefire line ("the line of contact"), a
crossing only hedged, economic borders with an organisation, cross-border trade, a continent.

Memberships told of the parties of the sentence: "The leaders, whose countries are both members
of the Arctic Council" (the states of the leaders who met), "President X, whose country is a
member of NATO", "Japan and Australia, as fellow members of the G20", "The two sides, as fellow
members of the European Union", "The two NATO allies" and "Both G7 countries" after a meeting
(the states that met, or the pair named last when clear), "Greece and Turkey, the two NATO
allies". Not: candidates, observers, former or future members, partners, guests, a pair that is
unclear or a state the sentence names before the phrase."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dipld.extract import extract, memberships, relations
from dipld.extract.spans import words_of
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact
from tests.extract.test_patterns import facts_of, labels

DAY = dt.date(2024, 3, 14)


def _facts(body: str, day: dt.date = DAY) -> list[Fact]:
    return extract(Article(id="t", source="t.txt", body=body, date=day), load_index())


def _borders(body: str) -> set[frozenset[str]]:
    return {labels(f, "party") for f in facts_of(_facts(body), "SharedBorder")}


def _label(value: object) -> str:
    assert isinstance(value, Entity)
    return value.label or value.surface or ""


def _memberships(body: str, day: dt.date = DAY) -> set[tuple[str, str]]:
    return {
        (_label(m), _label(o))
        for f in facts_of(_facts(body, day), "Membership")
        for m in f.get("member")
        for o in f.get("organization")
    }


def _pairs(*pairs: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs}


NATO = "North Atlantic Treaty Organisation"
EU = "European Union"


# ---- borders ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia's borders with Russia and Armenia were reinforced over the winter.",
            _pairs(("Georgia", "Russia"), ("Georgia", "Armenia")),
        ),
        (
            "Russian border guards still patrol Armenia's borders with Turkey and Iran, the "
            "ministry said.",
            _pairs(("Armenia", "Türkiye"), ("Armenia", "Iran")),
        ),
        (
            "Uganda reopened its borders with Kenya, Tanzania and Rwanda on Monday.",
            _pairs(("Uganda", "Kenya"), ("Uganda", "Tanzania"), ("Uganda", "Rwanda")),
        ),
        (
            "Moldova's borders with Romania and Ukraine remain open, the minister said.",
            _pairs(("Moldova", "Romania"), ("Moldova", "Ukraine")),
        ),
        # a last item that is a possessive starts a border of its own
        (
            "Finland's border with Russia and Estonia's border with Latvia were discussed.",
            _pairs(("Finland", "Russia"), ("Estonia", "Latvia")),
        ),
        # a last item that is the subject of a clause of its own is none
        (
            "Tensions rose along Lithuania's border with Belarus and Poland sent troops.",
            _pairs(("Lithuania", "Belarus")),
        ),
        (
            "A new crossing opened on the frontier between Georgia and Turkey.",
            _pairs(("Georgia", "Türkiye")),
        ),
        (
            "Surveyors marked the boundary between Uzbekistan and Kyrgyzstan last year.",
            _pairs(("Uzbekistan", "Kyrgyzstan")),
        ),
        (
            "Peru and Ecuador fought a brief war in 1995 over their disputed border.",
            _pairs(("Peru", "Ecuador")),
        ),
        (
            "Kazakhstan's neighbour Kyrgyzstan sent rescue teams after the floods.",
            _pairs(("Kazakhstan", "Kyrgyzstan")),
        ),
        (
            "Kenya's neighbours Uganda and Tanzania sent election observers.",
            _pairs(("Kenya", "Uganda"), ("Kenya", "Tanzania")),
        ),
        (
            "Thousands of Rohingya fled across the border from Myanmar into Bangladesh.",
            _pairs(("Myanmar", "Bangladesh")),
        ),
        (
            "More than 600,000 people have crossed the border from Sudan into Chad since April.",
            _pairs(("Sudan", "Chad")),
        ),
    ],
)
def test_borders_in_common_wordings(text: str, expected: set[frozenset[str]]) -> None:
    assert _borders(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summit took place in Mongolia, which borders Russia and China.",
            _pairs(("Mongolia", "Russia"), ("Mongolia", "China")),
        ),
        ("Troops were sent to the Poland-Belarus border last week.", _pairs(("Poland", "Belarus"))),
        (
            "Fighting was reported along the border between Ethiopia and Eritrea.",
            _pairs(("Ethiopia", "Eritrea")),
        ),
        ("Laos borders Vietnam.", _pairs(("Laos", "Vietnam"))),
        (
            "Neighbouring Chile and Argentina share a 5,300-kilometre border.",
            _pairs(("Chile", "Argentina")),
        ),
        (
            "Norway and Russia share a maritime border in the Barents Sea.",
            _pairs(("Norway", "Russia")),
        ),
        (
            "Poland's border with Russia's Kaliningrad exclave was fortified.",
            _pairs(("Poland", "Russia")),
        ),
    ],
)
def test_borders_that_already_came_out_still_do(text: str, expected: set[frozenset[str]]) -> None:
    assert _borders(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a ceasefire line is no boundary between states
        "Shelling continued along the line of contact between Armenia and Azerbaijan.",
        "Refugees might cross the border from Sudan into Chad if fighting resumes.",
        "Britain's economic borders with the EU were debated in parliament.",
        "Kazakhstan expanded cross-border trade with China.",
        "Turkey's border with Europe is a matter of long debate.",
        "Portugal promoted borderless travel across Europe.",
        "The boundary between diplomacy and trade is thin, the minister said.",
        "The EU's neighbour Moldova received the first tranche.",
        "Armenia and Azerbaijan do not share a border with Russia.",
        "The migrants did not cross the border from Bolivia into Chile.",
    ],
)
def test_no_border(text: str) -> None:
    assert _borders(text) == set()


# ---- memberships --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finnish President Sauli Niinisto met Norwegian Prime Minister Jonas Gahr Store in "
            "Oslo on Monday. The leaders, whose countries are both members of the Arctic "
            "Council, discussed climate research.",
            {("Finland", "Arctic Council"), ("Norway", "Arctic Council")},
        ),
        (
            "President Emmanuel Macron and Chancellor Olaf Scholz, whose countries are founding "
            "members of the European Union, met in Paris.",
            {("France", EU), ("Germany", EU)},
        ),
        (
            "President Gitanas Nauseda, whose country is a member of NATO, spoke first.",
            {("Lithuania", NATO)},
        ),
        (
            "Japan and Australia, as fellow members of the G20, agreed to coordinate on debt "
            "relief.",
            {("Japan", "G20"), ("Australia", "G20")},
        ),
        (
            "Chancellor Olaf Scholz received President Emmanuel Macron in Berlin. The two sides, "
            "as fellow members of the European Union, agreed on a common position.",
            {("Germany", EU), ("France", EU)},
        ),
        (
            "Polish Foreign Minister Radoslaw Sikorski met Czech Foreign Minister Jan Lipavsky "
            "in Warsaw. The two NATO allies agreed to deepen defence cooperation.",
            {("Poland", NATO), ("Czechia", NATO)},
        ),
        (
            "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin. Both G7 countries "
            "pledged further support.",
            {("Germany", "G7"), ("France", "G7")},
        ),
        (
            "Greek Prime Minister Kyriakos Mitsotakis met President Recep Tayyip Erdogan in "
            "Ankara. They discussed Cyprus and Libya. The two NATO allies agreed to keep "
            "channels open.",
            {("Greece", NATO), ("Türkiye", NATO)},
        ),
        (
            "Greece and Turkey, the two NATO allies, held talks in Athens.",
            {("Greece", NATO), ("Türkiye", NATO)},
        ),
    ],
)
def test_memberships_of_the_sentences_parties(text: str, expected: set[tuple[str, str]]) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway and Finland, both members of the Arctic Council, signed an agreement.",
            {("Norway", "Arctic Council"), ("Finland", "Arctic Council")},
        ),
        (
            "Estonia, Latvia and Lithuania, all members of the OSCE, issued a joint statement.",
            {
                ("Estonia", "Organization for Security and Co-operation in Europe"),
                ("Latvia", "Organization for Security and Co-operation in Europe"),
                ("Lithuania", "Organization for Security and Co-operation in Europe"),
            },
        ),
        ("Germany thanked fellow EU member Poland for its support.", {("Poland", EU)}),
    ],
)
def test_memberships_that_already_came_out_still_do(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _memberships(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin. The leaders, whose "
        "countries are candidates for membership of the OECD, talked.",
        "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin. The leaders, whose "
        "countries are not members of the Commonwealth, talked.",
        "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin. The leaders, whose "
        "countries were once members of the Western European Union, talked.",
        # no meeting: "the two leaders" are nobody
        "The two leaders, whose countries are members of the Shanghai Cooperation "
        "Organisation, agreed to expand trade.",
        "Armenia, which has observer status in the Eurasian Economic Union, attended.",
        "Mexico and Canada, both partners of the EU, signed the deal.",
        "Moldova and Ukraine, as future members of the European Union, welcomed the decision.",
        "Indonesia attended the summit as a guest of the G7.",
        # a pair that is unclear (the meeting's is another) or a state named before the phrase
        "President Xi Jinping met President Emmanuel Macron in Beijing. Russia and Ukraine have "
        "held no talks since 2022. The two NATO allies were not mentioned.",
        "Polish Foreign Minister Radoslaw Sikorski met Czech Foreign Minister Jan Lipavsky in "
        "Warsaw. Hungary blocked the plan, and the two NATO allies protested.",
    ],
)
def test_no_membership(text: str) -> None:
    assert _memberships(text) == set()


# ---- the word gates before the new patterns -----------------------------------------------------

# (pattern, the gate's words, how many of them it needs: "any" or "all", phrases it reads)
GATED = [
    (
        relations._POSSESSIVE_NEIGHBOUR,
        ("neighbo",),
        "all",
        ["§S0§'s neighbour §S1§", "§S0§’s close neighbor, §S1§", "§S0§'s neighbours §S1§ and §S2§"],
    ),
    (
        relations._CROSSED_FROM_INTO,
        ("cross", "from"),
        "all",
        [
            "fled across the border from §S0§ into §S1§",
            "crossed the frontier from the §S0§ to §S1§",
            "crossing the border from §S0§ into §S1§",
        ],
    ),
    (
        memberships._PAIR_OF_MEMBERS,
        ("two §", "oth §"),
        "any",
        ["The two §O0§ allies", "Both §O0§ countries", "the two §S0§ member states"],
    ),
    (
        memberships._WHOSE_COUNTRIES,
        ("whose",),
        "all",
        [
            "§P0§, whose countries are both members of the §O1§",
            "§P0§ and §P1§, whose countries are §O2§ allies",
            "§G0§, whose states are participating States of the §O1§",
        ],
    ),
]


@pytest.mark.parametrize(
    ("regex", "gate", "needs", "phrase"),
    [(r, g, n, p) for r, g, n, phrases in GATED for p in phrases],
)
def test_every_phrase_a_new_pattern_reads_passes_its_gate(
    regex: re.Pattern[str], gate: tuple[str, ...], needs: str, phrase: str
) -> None:
    assert regex.search(phrase), f"the pattern no longer reads {phrase!r}"
    present = [word in phrase for word in gate]
    assert all(present) if needs == "all" else any(present), phrase
    for word in gate:
        # blanking one gate word (all of them, for an "any" gate) leaves nothing to match
        blanked = phrase.replace(word, "#" * len(word))
        if needs == "any":
            for other in gate:
                blanked = blanked.replace(other, "#" * len(other))
        assert not regex.search(blanked), blanked


@pytest.mark.parametrize(
    "phrase",
    [
        "Kenya's neighbours Uganda and Tanzania sent observers.",
        "Kenya's neighbors Uganda and Tanzania sent observers.",
        "Kazakhstan's neighbor Kyrgyzstan sent teams.",
        "They crossed the frontier from Sudan into Chad.",
    ],
)
def test_the_border_gate_lets_the_new_border_wordings_through(phrase: str) -> None:
    assert not relations._BORDER_WORDS.isdisjoint(words_of(phrase.lower())), phrase
