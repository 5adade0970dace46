"""Session 20's speed changes to the fact rules give the same answers as what they replace."""

from __future__ import annotations

import random
from types import SimpleNamespace
from typing import Any

import pytest

from dipld.extract import economy, events, partnerships, statements, triggers
from dipld.extract.facts import merge
from dipld.model import Entity, EntityKind, Evidence, Fact, FactClass, Status

# ---- economy.permissions: each needed word looked for once a sentence --------------------------


def _old_permission_patterns(masked: str) -> list[object]:
    return [
        regex
        for regex, needed in economy._PERMISSION_PATTERNS
        if any(word in masked for word in needed)
    ]


def _new_permission_patterns(masked: str) -> list[object]:
    present = {word for word in economy._PERMISSION_NEEDED if word in masked}
    return [
        regex for regex, needed in economy._PERMISSION_PATTERNS if not present.isdisjoint(needed)
    ]


PERMISSION_SAMPLES = [
    "§S0§ granted §S1§ permission to use the airbase under which the lease was extended.",
    "§S0§, a NATO member, has allowed §S1§ forces to transit its airspace.",
    "The Deployment of troops at the request of §S2§ was approved with the consent of §O0§.",
    "Under the agreement §S0§ will host the base; rights of passage given to §S1§ in home ports.",
    "Nothing here.",
    "",
]


def test_permission_words_are_every_pattern_words() -> None:
    assert set(economy._PERMISSION_NEEDED) == {
        word for _, needed in economy._PERMISSION_PATTERNS for word in needed
    }


def test_permission_patterns_tried_are_the_same() -> None:
    words = sorted(set(economy._PERMISSION_NEEDED))
    for masked in PERMISSION_SAMPLES:
        assert _new_permission_patterns(masked) == _old_permission_patterns(masked), masked
    rng = random.Random(20)
    pieces = [*words, " ", "§S0§", "x", "e", "s", "under", "which"]
    for _ in range(3000):
        masked = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert _new_permission_patterns(masked) == _old_permission_patterns(masked), masked


# ---- events._triggers_for: the triggers' needs read from one tuple ------------------------------


def _old_triggers_for(words: frozenset[str], masked: str) -> list[triggers.Trigger]:
    places = set(events._UNLISTED)
    for word in words & events._FIRST_WORDS:
        places.update(events._BY_FIRST_WORD[word])
    return [
        trigger
        for trigger in map(triggers.TRIGGERS.__getitem__, sorted(places))
        if trigger.needs is None
        or not trigger.needs.isdisjoint(words)
        or (trigger.needs_marks and any(mark in masked for mark in trigger.needs_marks))
    ]


def test_triggers_for_is_the_old_selection() -> None:
    rng = random.Random(20)
    first = sorted(events._FIRST_WORDS)
    needed = sorted({w for t in triggers.TRIGGERS if t.needs for w in t.needs})
    marks = [*sorted({m for t in triggers.TRIGGERS for m in t.needs_marks}), "§S0§", ""]
    for _ in range(3000):
        words = frozenset(
            rng.sample(first, rng.randint(0, 4)) + rng.sample(needed, rng.randint(0, 3))
        )
        masked = " ".join([*words, rng.choice(marks)])
        assert events._triggers_for(words, masked) == _old_triggers_for(words, masked)
    assert events._triggers_for(frozenset(), "") == _old_triggers_for(frozenset(), "")


# ---- partnerships.partnerships: a quoted organisation looked for only with "§O" ------------------


def test_quoted_org_marks_all_have_the_org_mark() -> None:
    # ("§O" not in the text: none of the marks can be)
    assert all("§O" in mark for mark in partnerships._QUOTED_ORG)


# ---- statements._clause: each rule called only with the words it tests first -------------------


def _no_words() -> Any:
    # (a sentence with none of the words: the rules must answer before reading anything else,
    # which this object does not have)
    return SimpleNamespace(words=frozenset())


@pytest.mark.parametrize(
    "rule",
    [
        statements._invitation,
        statements._accepted_invitation,
        statements._praise,
        statements._grateful,
        statements._signing,
        statements._witnessed,
    ],
)
def test_clause_rules_do_nothing_without_their_words(rule: Any) -> None:
    actor = Entity.unlinked("Someone", EntityKind.STATE)
    rest = " invited, accepted the invitation, welcomed, grateful, signed, witnessed §S1§ support"
    assert rule(_no_words(), None, rest, [actor]) is False


def test_support_rule_does_nothing_without_the_word() -> None:
    actor = Entity.unlinked("Someone", EntityKind.STATE)
    assert statements._support_for(_no_words(), None, " backed §S1§ fully", [actor]) is False


def test_hoisted_gates_are_the_rules_own() -> None:
    # the gates _clause tests before calling are the sets the rules themselves test
    names = ["_INVITE_WORDS", "_ACCEPTED_WORDS", "_PRAISE_WORDS", "_SIGN_WORDS", "_WITNESS_WORDS"]
    for name in names:
        assert isinstance(getattr(statements, name), frozenset), name


# ---- facts.merge: profiles worked out only for identities met twice ----------------------------


def _old_merge(facts: list[Fact]) -> list[Fact]:
    from dipld.extract import facts as module

    groups: dict[tuple[object, ...], list[tuple[list[Fact], dict[object, Fact]]]] = {}
    for fact in facts:
        key, profile = module._key(fact), module._profile(fact)
        clusters = groups.get(key)
        if clusters is None:
            groups[key] = [([fact], {profile: fact})]
            continue
        home = next(
            (
                c
                for c in clusters
                if profile in c[1] or all(module._compatible(fact, f) for f in c[1].values())
            ),
            None,
        )
        if home is None:
            clusters.append(([fact], {profile: fact}))
        else:
            home[0].append(fact)
            home[1].setdefault(profile, fact)
    out: list[Fact] = []
    for same in (c[0] for clusters in groups.values() for c in clusters):
        if len(same) == 1:
            out.append(same[0])
            continue
        args = dict(same[0].args)
        for fact in same[1:]:
            for role, values in fact.args:
                if role not in args or (role == "place" and module.finer_place(args[role], values)):
                    args[role] = values
        out.append(
            Fact.make(
                same[0].cls,
                args,
                evidence=tuple(dict.fromkeys(e for fact in same for e in fact.evidence)),
                confidence=max(fact.confidence for fact in same),
                status=same[0].status,
            )
        )
    return out


def test_merge_is_the_old_merge() -> None:
    rng = random.Random(20)
    states = [Entity.unlinked(n, EntityKind.STATE) for n in ("Aland", "Borduria", "Carpania")]
    cities = [Entity.unlinked(n, EntityKind.CITY) for n in ("Xville", "Ytown")]
    for _ in range(300):
        facts = []
        for i in range(rng.randint(0, 8)):
            cls = rng.choice([FactClass.MEETING, FactClass.TREATY_RELATION, FactClass.EVENT])
            args: dict[str, list[Any]] = {}
            if cls is FactClass.MEETING:
                args["participant"] = rng.sample(states, 2)
                args["cameoCode"] = [rng.choice(["040", "041"])]
                if rng.random() < 0.5:
                    args["place"] = [rng.choice(cities + states)]
            elif cls is FactClass.TREATY_RELATION:
                args["party"] = rng.sample(states, 2)
                if rng.random() < 0.5:
                    args["instrument"] = [rng.choice(["Pact A", "Pact B"])]
            else:
                args["actor"] = [rng.choice(states)]
                args["cameoCode"] = ["051"]
            begin = rng.choice([0, 10])
            text = "x" * 5
            evidence = (Evidence(begin, begin + 5, text, False),) if rng.random() < 0.9 else ()
            status = rng.choice([Status.ASSERTED, Status.HISTORICAL])
            facts.append(
                Fact.make(cls, args, evidence=evidence, confidence=0.5 + i / 100, status=status)
            )
        assert merge(facts) == _old_merge(facts)
