"""Patterns matched where a sentence's intro ends must not begin with "^" (session 18, anchor):
``pattern.match(text, pos)`` never lets "^" match at ``pos`` > 0, so a rule anchored that way was
dead for every sentence with an intro ("On Monday, ", "In addition, ", a dateline "AMMAN (Petra)
-- ", a bullet "- ", "That is why "). The two rules found by ``bench/anchor_audit.py``: those a
sentence says attended the body's session told just before, and a state's armed forces as the
giver of aid; each with its plain (no intro) case and its near misses."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import re
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

import dipld.extract as extract_pkg
from dipld.articles import parse_text
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Fact
from tests.extract.test_patterns import facts, facts_of, keys

PUTIN, TOKAYEV, PASHINYAN = "Q7747", "Q200881", "Q7035479"
JORDAN, EGYPT, SUDAN = "Q810", "Q79", "Q1049"
DAY = dt.date(2024, 3, 10)


def _article(body: str) -> list[Fact]:
    front = "title: Test\ndate: 2022-11-24\npublisher: Test Wire\n"
    return facts_of(extract(parse_text(f"{front}---\n{body}\n", "t.txt"), load_index()), "Meeting")


def _aid(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [
        (frozenset(keys(f.get("actor"))), frozenset(keys(f.get("recipient"))))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith("AID")
    ]


# --- "The session was attended by X, Y and Z" after an intro -------------------------------------

_SESSION = "A session of the Supreme Eurasian Economic Council was held in Minsk on Thursday.\n\n"


@pytest.mark.parametrize(
    "attended",
    [
        "In addition, the session was attended by Vladimir Putin, Kassym-Jomart Tokayev and "
        "Nikol Pashinyan.",
        "According to the Kremlin, the session was attended by Vladimir Putin, Kassym-Jomart "
        "Tokayev and Nikol Pashinyan.",
        "Meanwhile, the session was attended by Vladimir Putin and Kassym-Jomart Tokayev, while "
        "Nikol Pashinyan took part via video link.",
        # (the plain case, no intro)
        "The session was attended by Vladimir Putin, Kassym-Jomart Tokayev and Nikol Pashinyan.",
    ],
)
def test_attended_by_after_an_intro(attended: str) -> None:
    found = _article(_SESSION + attended)
    assert len(found) == 1
    assert keys(found[0].get("participant")) == {PUTIN, TOKAYEV, PASHINYAN}


@pytest.mark.parametrize(
    "attended",
    [
        # not a meeting told just before: the organisation's session stays as told
        "In addition, a reception was attended by Vladimir Putin and Kassym-Jomart Tokayev.",
        "In addition, the session was not attended by Vladimir Putin and Kassym-Jomart Tokayev.",
        "In addition, the session will be attended by Vladimir Putin and Kassym-Jomart Tokayev.",
    ],
)
def test_no_attendees_without_an_attended_session(attended: str) -> None:
    found = _article(_SESSION + attended)
    assert all(not ({PUTIN, TOKAYEV} <= keys(f.get("participant"))) for f in found)


# --- a state's armed forces giving aid, after an intro -------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "AMMAN, March 10 (Petra) -- The Jordanian Armed Forces have carried out airdrops of "
            "food and medicine to the Strip.",
            JORDAN,
            None,
        ),
        (
            "That is why the Jordanian Armed Forces have carried out airdrops of food and "
            "medicine to the Strip.",
            JORDAN,
            None,
        ),
        ("- The Egyptian Armed Forces have sent 50 trucks of food to Sudan.", EGYPT, SUDAN),
        # (the plain cases: no intro, and an intro ending in a comma)
        ("The Egyptian Armed Forces have sent 50 trucks of food to Sudan.", EGYPT, SUDAN),
        (
            "On Sunday, the Egyptian Armed Forces have sent 50 trucks of food to Sudan.",
            EGYPT,
            SUDAN,
        ),
    ],
)
def test_forces_giving_after_an_intro(text: str, actor: str, recipient: str | None) -> None:
    recipients = frozenset({recipient} if recipient else set())
    assert _aid(text) == [(frozenset({actor}), recipients)]


@pytest.mark.parametrize(
    "text",
    [
        "AMMAN, March 10 (Petra) -- The Jordanian Armed Forces have not carried out airdrops of "
        "food to the Strip.",
        "- The Egyptian Armed Forces would send 50 trucks of food to Sudan if Khartoum agreed.",
        "That is why the Jordanian Armed Forces could carry out airdrops of food to the Strip.",
    ],
)
def test_no_aid_by_forces_negated_or_hypothetical(text: str) -> None:
    assert not _aid(text)


# --- no pattern matched where the intro ends starts with "^" -------------------------------------


def _starts_anchored(rx: re.Pattern[str]) -> bool:
    """Whether the pattern's first item (or an alternative's) is "^" or "\\A"."""

    def first(seq: Any) -> bool:
        if not len(seq):
            return False
        op, av = seq[0]
        if str(op) == "AT":
            return str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING")
        if str(op) == "BRANCH":
            return any(first(alt) for alt in av[1])
        if str(op) == "SUBPATTERN":
            return first(av[-1])
        return False

    return first(sre_parse.parse(rx.pattern, rx.flags))


def test_no_anchored_pattern_matched_after_the_intro() -> None:
    found = []
    for path in sorted(Path(extract_pkg.__file__).parent.glob("*.py")):
        module = importlib.import_module(f"dipld.extract.{path.stem}")
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"match", "search", "fullmatch", "finditer", "findall"}
                and len(node.args) >= 2
                and "intro_end(" in ast.unparse(node.args[1])
                and isinstance(node.func.value, ast.Name)
            ):
                rx = getattr(module, node.func.value.id, None)
                if isinstance(rx, re.Pattern) and _starts_anchored(rx):
                    found.append(f"{path.name}:{node.lineno} {node.func.value.id}")
    assert not found
