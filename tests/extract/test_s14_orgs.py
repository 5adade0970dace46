"""Organisations the KB lacks, on unseen phrasings (session 14, orgs): named groupings of states
by their head word after "the" ("the Bucharest Nine", "the Visegrad Four (V4)", "the Weimar
Triangle", "the Normandy Format"), unlinked, with an acronym defined after them; members listed
"along with", "together with", "like" or "and its neighbours" besides the subject, and none for
"unlike"; named movements ("the Tigray People's Liberation Front", "the Oromo Liberation Army",
"the M23 rebels") as unlinked organisations that sign agreements; the named head of a delegation
as a person (unlinked when the KB lacks them) who is met; and the near misses that give
nothing ("the Three Seas summit", "the Quad's meeting", "the Initiative", "the Big Four")."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract, mentions, people
from dipld.extract.mentions import MentionFinder
from dipld.extract.text import sentences
from dipld.kb.index import load_index
from dipld.model import Article, Entity, EntityKind, Fact
from tests.extract.test_patterns import facts_of

DAY = dt.date(2024, 5, 10)  # a Friday


def _facts(body: str) -> list[Fact]:
    return extract(Article(id="t", source="t.txt", body=body, date=DAY), load_index())


def _names(fact: Fact, role: str) -> frozenset[str]:
    """The labels of a role's entities, an unlinked one marked with "?"."""
    return frozenset(
        v.label if v.is_linked else "?" + v.label for v in fact.get(role) if isinstance(v, Entity)
    )


def _memberships(body: str) -> set[tuple[str, str]]:
    return {
        (min(_names(f, "member")), min(_names(f, "organization")))
        for f in facts_of(_facts(body), "Membership")
    }


_NINE = (
    "Poland",
    "Bulgaria",
    "Czechia",
    "Estonia",
    "Hungary",
    "Latvia",
    "Lithuania",
    "Romania",
    "Slovakia",
)


def test_members_along_with_the_subject() -> None:
    body = (
        "Poland, along with Bulgaria, Czechia, Estonia, Hungary, Latvia, Lithuania, Romania "
        "and Slovakia, is a member of the Bucharest Nine."
    )
    assert _memberships(body) == {(state, "?Bucharest Nine") for state in _NINE}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Estonia, like Latvia and Lithuania, is a member of the Three Seas Initiative.",
            {
                ("Estonia", "?Three Seas Initiative"),
                ("Latvia", "?Three Seas Initiative"),
                ("Lithuania", "?Three Seas Initiative"),
            },
        ),
        (
            "Latvia and its Baltic neighbours Estonia and Lithuania are founding members of the "
            "Three Seas Initiative.",
            {
                ("Estonia", "?Three Seas Initiative"),
                ("Latvia", "?Three Seas Initiative"),
                ("Lithuania", "?Three Seas Initiative"),
            },
        ),
        (
            "Spain, together with Portugal, has been a member of NATO since 1982.",
            {
                ("Portugal", "North Atlantic Treaty Organisation"),
                ("Spain", "North Atlantic Treaty Organisation"),
            },
        ),
        (
            "France, like Germany and Poland, belongs to the Weimar Triangle.",
            {
                ("France", "?Weimar Triangle"),
                ("Germany", "?Weimar Triangle"),
                ("Poland", "?Weimar Triangle"),
            },
        ),
        (
            "Hungary, like Slovakia, is a member of the Visegrad Group.",
            {("Hungary", "?Visegrad Group"), ("Slovakia", "?Visegrad Group")},
        ),
        (
            "Slovakia is a member of the Visegrad Four (V4).",
            {("Slovakia", "?Visegrad Four")},
        ),
        (
            "Czechia joined the Bucharest Nine (B9) in 2015.",
            {("Czechia", "?Bucharest Nine")},
        ),
    ],
)
def test_members_besides_the_subject_and_named_groupings(
    body: str, expected: set[tuple[str, str]]
) -> None:
    assert _memberships(body) == expected


def test_an_acronym_defined_after_a_grouping_names_it_later() -> None:
    body = (
        "Ukraine, Poland and Lithuania founded the Lublin Triangle (L3) in 2020. "
        "Lithuania is a member of the L3."
    )
    assert ("Lithuania", "?Lublin Triangle") in _memberships(body)
    assert not any(org == "?L3" for _, org in _memberships(body))


@pytest.mark.parametrize(
    "body",
    [
        # "unlike": the state in the aside is no member
        "Hungary, unlike Poland, is a member of the Organization of Turkic States.",
        # a summit, a meeting, a programme, a ministry: no membership
        "The Three Seas summit opened in Vilnius on Tuesday.",
        "The Quad's meeting was postponed.",
        "The Initiative aims to build roads across the region.",
        "The Ministry of Foreign Affairs of Poland welcomed the decision.",
        "The Big Four accounting firms were fined in Britain.",
        # a state "like" another, in no membership sentence
        "Estonia, like Latvia, borders Russia.",
    ],
)
def test_near_misses_give_no_unlinked_membership(body: str) -> None:
    assert {(m, o) for m, o in _memberships(body) if m == "Poland" or o.startswith("?")} == set()


@pytest.mark.parametrize(
    ("body", "parties", "date"),
    [
        (
            "The Cessation of Hostilities Agreement that the Government of Ethiopia and the "
            "Tigray People's Liberation Front signed in Pretoria on November 2, 2022 ended the "
            "war.",
            {"Ethiopia", "?Tigray People's Liberation Front"},
            "2022-11-02",
        ),
        (
            "The peace agreement which Ethiopia and the Oromo Liberation Army signed in Zanzibar "
            "on May 2, 2024 held.",
            {"Ethiopia", "?Oromo Liberation Army"},
            "2024-05-02",
        ),
    ],
)
def test_movements_sign_agreements(body: str, parties: set[str], date: str) -> None:
    found = [
        (_names(f, "party"), tuple(str(d) for d in f.get("date")))
        for f in facts_of(_facts(body), "TreatyRelation")
    ]
    assert found == [(parties, (date,))]


def _unlinked_orgs(text: str) -> set[str]:
    """The organisations the KB lacks among the mentions of one sentence, by name (the mention
    of "The M23 rebels seized Goma" is the men, "M23 rebels", and its organisation M23)."""
    analysis = MentionFinder(load_index(), DAY, None).analyse(sentences(text)[0])
    return {
        m.entity.label
        for m in analysis.slots.values()
        if m.entity is not None
        and not m.entity.is_linked
        and m.entity.kind is EntityKind.ORGANIZATION
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Qatar condemned the attack by the M23 rebels on Goma.", {"M23"}),
        ("The M23 rebels seized Goma on Monday.", {"M23"}),
        ("The Normandy Format talks resumed in Berlin.", {"Normandy Format"}),
        # a jet with a number, a ministry, words that open no grouping's name
        ("The F16 fighters flew over Kyiv.", set()),
        ("The Big Four accounting firms were fined.", set()),
        ("The Golden Triangle is a drug-producing region.", set()),
    ],
)
def test_unlinked_organisations_named(body: str, expected: set[str]) -> None:
    assert _unlinked_orgs(body) == expected


@pytest.mark.parametrize(
    ("body", "participants"),
    [
        (
            "Prime Minister Abiy Ahmed met a delegation of the Tigray People's Liberation Front "
            "led by Getachew Reda in Addis Ababa on Monday.",
            {"Abiy Ahmed Ali", "?Getachew Reda"},
        ),
        (
            "President Ruto met with a delegation from the Sudan People's Liberation Movement "
            "headed by Riek Machar in Nairobi.",
            {"William Ruto", "?Riek Machar"},
        ),
        (
            "The Hamas delegation, headed by Khalil al-Hayya, met Egyptian officials in Cairo.",
            {"?Khalil al-Hayya", "Egypt"},
        ),
    ],
)
def test_the_named_head_of_a_delegation_is_met(body: str, participants: set[str]) -> None:
    assert [_names(f, "participant") for f in facts_of(_facts(body), "Meeting")] == [participants]


def test_no_head_for_a_delegation_led_by_a_body() -> None:
    body = "Abiy Ahmed met a delegation led by African Union Commission officials in Addis Ababa."
    assert not any(
        isinstance(v, Entity) and v.kind is EntityKind.PERSON and not v.is_linked
        for f in facts_of(_facts(body), "Meeting")
        for v in f.get("participant")
    )


@pytest.mark.parametrize(
    "phrase",
    [
        *(f"the Baltic {head}" for head in mentions._GROUPING_HEADS.split("|")),
        "the Tigray People's Liberation Front",
        "the Oromo Liberation Army",
        "the Sudan People's Liberation Movement",
        "the Popular Resistance Brigades",
        "the Syrian Democratic Forces",
        "the Rapid Support Forces",
    ],
)
def test_every_grouping_passes_its_precheck(phrase: str) -> None:
    assert mentions._GROUPING.search(phrase), f"the pattern no longer reads {phrase!r}"
    assert mentions._has_any(phrase, mentions._GROUPING_KEYS), (
        f"{phrase!r} matches _GROUPING but has none of _GROUPING_KEYS"
    )


@pytest.mark.parametrize(
    "phrase",
    ["a delegation of the Front led by Ann Smith.", "The Delegation, headed by Ann Smith, met"],
)
def test_every_delegation_head_passes_its_precheck(phrase: str) -> None:
    assert people._DELEGATION_HEAD.search(phrase)
    assert "elegation" in phrase
