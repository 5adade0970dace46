"""Permissions and partnerships in their common wordings (session 16, permit).

Permission (ANNOTATION.md §4, a state lets another act on its soil): a foreign state's base in a
host named after its city ("Russia's 102nd military base in Gyumri, Armenia"), hosted under a
superlative ("hosts the largest U.S. military base in the region") or as warships in a named
port ("hosts American destroyers at Rota"), forces kept "with Minsk's consent" (the consenting
state's), and what an agreement lets the other's forces do told after "Under the agreement,
..." (the bases' state). Near misses give nothing: a base planned,
closed or held against the host's will, a base the guest "keeps" or "operates" with no consent
told (as test_s9b_pm), consent refused, a draft agreement, an agreement that buys or withdraws.

Partnership (§4, named between identifiable parties): the pair's possessive ("Mongolia and
Russia's comprehensive strategic partnership", "the two countries' strategic partnership"),
NATO's Partnership for Peace with the state that joined it (no NATO membership), "Japan is an
ally of the United States". Near misses give nothing: a planned partnership, one that ended, a
partnership's dialogue or agreement (an instrument, not the partnership), "the two countries'
partnership" with no kind named, a trading partner, negation."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, keys

DAY = dt.date(2024, 5, 10)
USA, RUSSIA, ARMENIA, TAJIKISTAN, CHINA, QATAR = "Q30", "Q159", "Q399", "Q863", "Q148", "Q846"
SPAIN, BELARUS, NORWAY, SWEDEN, MONGOLIA, INDONESIA = "Q29", "Q184", "Q20", "Q34", "Q711", "Q252"
AUSTRALIA, PAKISTAN, GEORGIA, NATO, JAPAN, ASEAN, IRAN = (
    "Q408",
    "Q843",
    "Q230",
    "Q7184",
    "Q17",
    "Q7768",
    "Q794",
)

Permit = tuple[frozenset[str], frozenset[str], str]


def _permissions(text: str) -> list[Permit]:
    return [
        (
            frozenset(keys(f.get("grantor"))),
            frozenset(keys(f.get("grantee"))),
            str(f.get("activity")[0]),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Permission"
    ]


def _partnerships(text: str) -> list[frozenset[str]]:
    return [
        frozenset(keys(f.get("party"))) for f in facts(text, DAY) if f.cls.value == "Partnership"
    ]


# ---- permissions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "grantor", "grantee", "activity"),
    [
        # the base's city before its state
        (
            "Pashinyan and Putin discussed the status of Russia's 102nd military base in Gyumri, "
            "Armenia.",
            ARMENIA,
            RUSSIA,
            "MilitaryBasing",
        ),
        # hosting under a superlative; warships kept in a named port
        (
            "Qatar hosts the largest U.S. military base in the Middle East.",
            QATAR,
            USA,
            "MilitaryBasing",
        ),
        ("Spain hosts American destroyers at Rota.", SPAIN, USA, "MilitaryBasing"),
        # with the host's consent
        (
            "Russia has stationed tactical nuclear weapons in Belarus with Minsk's consent.",
            BELARUS,
            RUSSIA,
            "NuclearWeaponsStationing",
        ),
        (
            "Russian troops are deployed in Tajikistan with the consent of Tajikistan.",
            TAJIKISTAN,
            RUSSIA,
            "MilitaryBasing",
        ),
        # what an agreement lets the other's forces do, told after it
        (
            "Under the agreement, U.S. troops can use two Norwegian air bases.",
            NORWAY,
            USA,
            "MilitaryBasing",
        ),
        (
            "Under the defence accord, U.S. forces will have access to 17 military facilities "
            "across Sweden.",
            SWEDEN,
            USA,
            "MilitaryBasing",
        ),
    ],
)
def test_permission(text: str, grantor: str, grantee: str, activity: str) -> None:
    assert (frozenset({grantor}), frozenset({grantee}), activity) in _permissions(text)


@pytest.mark.parametrize(
    "text",
    [
        "China plans to open a naval base in Cambodia.",
        "Russia's base in Gyumri, Armenia, was evacuated in the spring.",
        "Russia has closed its base in Cuba.",
        "Russia keeps a military base in Transnistria, Moldova, against the will of Chisinau.",
        "The United States has an embassy in Bahrain.",
        "Qatar hosted the largest summit in its history.",
        "Spain hosts American tourists at Rota.",
        "Russia deployed troops in Ukraine without Kyiv's consent.",
        "Under the draft agreement, U.S. forces can use four Norwegian airfields.",
        "Under the agreement, Norway will buy U.S. fighter jets.",
        "Under the agreement, Russia will withdraw its base from Gyumri, Armenia.",
        "If Russia kept a military base in Armenia, the talks would fail.",
        "Russia does not keep a military base in Armenia.",
    ],
)
def test_no_permission(text: str) -> None:
    assert _permissions(text) == []


# ---- partnerships ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The ministers praised Mongolia and Russia's comprehensive strategic partnership.",
            {MONGOLIA, RUSSIA},
        ),
        (
            "Indonesia and Australia's Comprehensive Strategic Partnership turns five this year.",
            {INDONESIA, AUSTRALIA},
        ),
        (
            "Officials hailed Pakistan and China's all-weather strategic cooperative partnership.",
            {PAKISTAN, CHINA},
        ),
        ("ASEAN and China's comprehensive strategic partnership turned three.", {ASEAN, CHINA}),
        ("Russia and Iran's military partnership has deepened.", {RUSSIA, IRAN}),
        ("Japan is an ally of the United States.", {JAPAN, USA}),
        ("Armenia takes part in the NATO Partnership for Peace.", {ARMENIA, NATO}),
    ],
)
def test_partnership(text: str, parties: set[str]) -> None:
    assert frozenset(parties) in _partnerships(text)


def test_the_two_countries_possessive() -> None:
    text = (
        "President Vladimir Putin met Mongolian President Ukhnaagiin Khurelsukh in Moscow on "
        "Friday. The two presidents praised the two countries' strategic partnership."
    )
    assert frozenset({RUSSIA, MONGOLIA}) in _partnerships(text)


def test_partnership_for_peace_is_no_nato_membership() -> None:
    found = facts("Georgia joined NATO's Partnership for Peace in 1994.", DAY)
    peace = [f for f in found if f.cls.value == "Partnership"]
    assert [frozenset(keys(f.get("party"))) for f in peace] == [frozenset({GEORGIA, NATO})]
    assert date_values(peace[0], "startDate") == ("1994",)
    assert not [
        f for f in found if f.cls.value == "Membership" and NATO in keys(f.get("organization"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Turkey's planned strategic partnership was discussed.",
        "Egypt and Turkey's strategic partnership agreement will be signed next year.",
        "If Egypt and Turkey's strategic partnership fails, the region suffers.",
        "Vietnam and Greece's strategic partnership dialogue resumed.",
        "The United States and Russia's partnership collapsed in 2014.",
        "Serbia hopes to join NATO's Partnership for Peace.",
        "Georgia joined the Partnership for Peace in 1994.",
        "Japan is not an ally of the United States.",
        "China is Kazakhstan's largest trading partner.",
    ],
)
def test_no_partnership(text: str) -> None:
    assert _partnerships(text) == []


def test_the_two_countries_partnership_needs_a_kind() -> None:
    text = (
        "President Vladimir Putin met Mongolian President Ukhnaagiin Khurelsukh in Moscow on "
        "Friday. They welcomed the two countries' partnership."
    )
    assert _partnerships(text) == []
