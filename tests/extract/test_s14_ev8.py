"""Recall on unseen text (session 14, round 8): a joint commitment told as "agreed that X would
...", a condemned act named by its noun after a sentence that tells its agent ("North Korea
launched a satellite ... condemned the launch"), lists with a serial comma before the verb of an
event ("Germany, Poland, and Norway released ..."), releases counted in people; and the near
misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 8, 1)
RUSSIA, USA, GERMANY, POLAND, NORWAY = "Q159", "Q30", "Q183", "Q36", "Q20"
BELARUS, SLOVENIA, JAPAN, SKOREA, NKOREA = "Q184", "Q215", "Q17", "Q884", "Q423"
TURKEY, AZERBAIJAN, KAZAKHSTAN, UZBEKISTAN = "Q43", "Q227", "Q232", "Q265"
IRAN, ISRAEL, UK, FRANCE, UKRAINE = "Q794", "Q801", "Q145", "Q142", "Q212"

Row = tuple[frozenset[str], frozenset[str], str]


def _events(text: str, kind: str, day: dt.date = DAY) -> set[Row]:
    return {
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("cameoCode")[0]),
        )
        for f in facts(text, day)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(kind)
    }


def _f(*qids: str) -> frozenset[str]:
    return frozenset(qids)


# ---- "agreed that X would ...": a joint commitment ---------------------------------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Kazakhstan and Uzbekistan have agreed that their railways should build a joint "
            "terminal at the border.",
            _f(KAZAKHSTAN, UZBEKISTAN),
        ),
        (
            "Turkey and Azerbaijan agreed that a new border crossing will open next year.",
            _f(TURKEY, AZERBAIJAN),
        ),
        (
            "Germany and Poland agreed on Monday that their interior ministries would set up "
            "joint patrols.",
            _f(GERMANY, POLAND),
        ),
    ],
)
def test_agreed_that_would_is_a_commitment(text: str, actors: frozenset[str]) -> None:
    assert any(a == actors for a, _, _ in _events(text, "AGREE"))


@pytest.mark.parametrize(
    "text",
    [
        # a shared view, not a commitment (ANNOTATION.md)
        "Turkey and Azerbaijan agreed that energy cooperation is critical.",
        "Germany and Poland agreed that the talks would be difficult.",
        "Kazakhstan and Uzbekistan agreed that the dispute would not be solved soon.",
        "Turkey and Azerbaijan agreed that the war could have been avoided.",
        # a post changing hands, no commitment to the state taking it
        "The ASEAN leaders agreed that the Philippines will assume the chairmanship in 2026.",
        "Kazakhstan and Uzbekistan agreed that Turkey would host the next summit.",
    ],
)
def test_agreed_that_a_view_is_no_commitment(text: str) -> None:
    assert not _events(text, "AGREE")


# ---- "condemned the launch": the agent of the act told before -----------------------------


@pytest.mark.parametrize(
    ("text", "actors", "recipient"),
    [
        (
            "The statement came a day after North Korea launched what it called a military "
            "reconnaissance satellite. South Korea, the United States and Japan strongly "
            "condemned the launch as a violation of UN Security Council resolutions.",
            _f(SKOREA, USA, JAPAN),
            _f(NKOREA),
        ),
        (
            "North Korea test-fired a new solid-fuel missile on Thursday. Japan and South Korea "
            "condemned the test, calling it a grave threat.",
            _f(JAPAN, SKOREA),
            _f(NKOREA),
        ),
        (
            "Iran fired a volley of missiles on Saturday night. The United Kingdom and France "
            "condemned the launches.",
            _f(UK, FRANCE),
            _f(IRAN),
        ),
    ],
)
def test_condemned_act_told_before(
    text: str, actors: frozenset[str], recipient: frozenset[str]
) -> None:
    assert (actors, recipient, "111") in _events(text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        # the launch condemned is another's, named by "of"
        "Japan launched a new weather satellite on Thursday. China condemned the launch of a "
        "North Korean missile.",
        # a launch told as hedged is no agent's
        "Officials said North Korea may have launched a missile. Japan condemned the launch.",
    ],
)
def test_condemned_act_of_no_agent_told(text: str) -> None:
    assert not any(r & {JAPAN, NKOREA} for _, r, _ in _events(text, "ACCUSE"))


# ---- serial comma before an event's verb --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "actors"),
    [
        (
            "In return, the United States, Germany, Poland, Slovenia, and Norway released eight "
            "Russian nationals.",
            "CONCEDE",
            _f(USA, GERMANY, POLAND, SLOVENIA, NORWAY),
        ),
        (
            "Germany, Poland, and Norway condemned the attack on Kyiv by Russia.",
            "ACCUSE",
            _f(GERMANY, POLAND, NORWAY),
        ),
    ],
)
def test_serial_comma_keeps_the_whole_list(text: str, kind: str, actors: frozenset[str]) -> None:
    assert any(a == actors for a, _, _ in _events(text, kind))


def test_a_clause_after_comma_and_is_its_own() -> None:
    text = "Israel struck targets in Syria, and Iran condemned the strikes."
    assert all(a == _f(IRAN) for a, _, _ in _events(text, "ACCUSE"))


# ---- releases counted in people ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "In all, Russia and Belarus released sixteen people, including five German citizens.",
            _f(RUSSIA, BELARUS),
        ),
        ("Azerbaijan freed 32 persons on Monday.", _f(AZERBAIJAN)),
    ],
)
def test_release_of_people_counted(text: str, actors: frozenset[str]) -> None:
    assert any(a == actors for a, _, c in _events(text, "CONCEDE") if c == "0841")


@pytest.mark.parametrize(
    "text",
    [
        "Russia released a report on people displaced by the war.",
        "Ukraine released figures showing that sixteen people were killed.",
    ],
)
def test_no_release_of_people(text: str) -> None:
    assert not _events(text, "CONCEDE")
