"""Force and pressure (session 42b): what is no act, and who one person detained is.

The sentences are written for this session (none from a gold set). Conventions followed (the
development and spent gold's, counted this session):

- An attack named by its noun as the topic of talks ("the two leaders discussed Russia's
  invasion of Ukraine") is no news of the attack, as a condemned one already was not: the gold
  codes none of its such sentences (two "discussed", four "condemned").
- "seized power", "seized control of", "seized swathes of territory" are a coup or ground taken,
  no goods confiscated (COERCE 171): the gold codes none of its nine "seized power" sentences
  so, nor the one "seized swathes of territory". Goods and ships seized still are 171.
- One person of a nationality detained ("detained a Syrian woman", "arrested a Brazilian
  researcher") is the person, unlinked, as the recipient, not the demonym's state: the gold's
  three such sentences all code the person. A group ("arrested two Iranian truck drivers"), a
  diplomat, and "a Chinese national" (session 25's test) keep their state.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

RUSSIA, UKRAINE, TURKEY, NORWAY, IRAN = "Q159", "Q212", "Q43", "Q20", "Q794"
SYRIA, BRAZIL, GERMANY, FRANCE, PANAMA = "Q858", "Q155", "Q183", "Q142", "Q804"
ISRAEL, EGYPT, CHINA, JAPAN, AZERBAIJAN = "Q801", "Q79", "Q148", "Q17", "Q227"


def _kinds(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return [(a, r, c) for k, a, r, c in typed_events(text) if k == kind]


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents also discussed Russia's invasion of Ukraine and its effect on food "
        "prices.",
        "Scholz and Macron discussed Israel's air strikes on Gaza during a working dinner.",
        "The ministers debated Russia's unprovoked invasion of Ukraine at length.",
    ],
)
def test_attack_discussed_is_no_attack(text: str) -> None:
    assert _kinds(text, "ASSAULT") == [], text


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Russia launched a full-scale invasion of Ukraine on Thursday.", RUSSIA, UKRAINE),
        ("Israel carried out air strikes on Gaza on Monday.", ISRAEL, None),
    ],
)
def test_attack_told_still_read(text: str, actor: str, recipient: str | None) -> None:
    got = _kinds(text, "ASSAULT")
    assert any(actor in a and (recipient is None or recipient in r) for a, r, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Guinea's army seized power in a coup on Sunday, ousting President Alpha Conde.",
        "Mali's military seized control of the capital on Wednesday.",
        "Russian forces seized large swathes of territory in the south in March.",
        "The rebels have seized vast areas of the north since January.",
    ],
)
def test_no_goods_seized(text: str) -> None:
    assert [c for _, _, c in _kinds(text, "COERCE") if c == "171"] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Iran seized a Panama-flagged oil tanker in the Gulf of Oman on Thursday.",
        "France seized a cargo ship in the Channel on Saturday.",
    ],
)
def test_goods_seized_still_read(text: str) -> None:
    assert [c for _, _, c in _kinds(text, "COERCE") if c == "171"], text


@pytest.mark.parametrize(
    ("text", "actor", "label", "state"),
    [
        (
            "Turkish police detained a Syrian woman suspected of planting the bomb.",
            TURKEY,
            "syrian woman",
            SYRIA,
        ),
        (
            "In June, Norwegian police arrested a Brazilian student at the University of Bergen.",
            NORWAY,
            "brazilian student",
            BRAZIL,
        ),
        (
            "Iranian authorities arrested a French tourist in Tehran last week.",
            IRAN,
            "french tourist",
            FRANCE,
        ),
        (
            "Chinese authorities detained a Japanese businessman in Beijing in March.",
            CHINA,
            "japanese businessman",
            JAPAN,
        ),
    ],
)
def test_one_national_detained_is_the_person(text: str, actor: str, label: str, state: str) -> None:
    got = _kinds(text, "COERCE")
    assert any(actor in a and label in {x.lower() for x in r} for a, r, _ in got), got
    assert not any(state in r for _, r, _ in got), got


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Azerbaijan arrested two Iranian truck drivers near the border in September.", IRAN),
        ("Egypt detained three German citizens at Cairo airport on Sunday.", GERMANY),
    ],
)
def test_groups_and_diplomats_keep_their_state(text: str, state: str) -> None:
    got = _kinds(text, "COERCE")
    assert any(state in r for _, r, _ in got), got


def test_diplomat_expelled_keeps_the_state() -> None:
    got = [r for k, _, r, _ in typed_events("Russia expelled a German diplomat on Friday.")]
    assert any(GERMANY in r for r in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Turkish police did not detain a Syrian woman, the ministry said.",
        "Turkish police could detain a Syrian woman if the evidence holds.",
    ],
)
def test_no_detention_no_captive(text: str) -> None:
    assert _kinds(text, "COERCE") == [], text
