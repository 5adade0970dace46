"""What a demand asks for (session 39b, request): a bare REQUEST 100 the rules gave is coded by
what it asks (dipld/extract/demands.py).

The sentences are written for this session in wire, readout and ministry styles (none from a gold
set). Conventions followed (all earlier sessions' except where said):

- A demand for restraint or calm in a standoff ("urged China to exercise restraint", "called for
  restraint by Russia", "urged Beijing to reduce tensions", "called on the PRC to stop its
  provocative actions", "demanded that Russia cease its use of force") is a demand to
  de-escalate a military engagement (1056), as spent sets' writers code it; "called for
  restraint in X's military activity" was 100 (test_s13_ev9 now expects 1056). Not restraint
  toward protesters, in spending, nor "trade tensions" (100 still).
- A demand to lift or ease sanctions, an embargo, tariffs or a trade ban ("urged China to lift
  its ban on seafood imports", "called for the lifting of the embargo", "urged Washington to
  lower tariffs on Indian steel") is a demand to ease economic sanctions (1054); not "to impose
  sanctions", not "to lift the blockade".
- A demand to unfreeze assets ("urged the United States to unfreeze the reserves") is one to
  release property (1053), as "to release" was.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

JAPAN, CHINA, EU, SERBIA, KOSOVO, USA = "Q17", "Q148", "Q458", "Q403", "Q1246", "Q30"
RUSSIA, PHILIPPINES, GERMANY, AUSTRALIA, INDIA, CUBA = (
    "Q159",
    "Q928",
    "Q183",
    "Q408",
    "Q668",
    "Q241",
)
MEXICO, IRAN, UKRAINE, ISRAEL, FRANCE, TURKEY = "Q96", "Q794", "Q212", "Q801", "Q142", "Q43"


def _requests(text: str) -> list[tuple[set[str], set[str], str]]:
    return [(a, r, code) for kind, a, r, code in typed_events(text) if kind == "REQUEST"]


POSITIVES = [
    # 1. restraint, tensions, provocations, force: 1056
    (
        "Japan urged China on Tuesday to exercise restraint in the East China Sea.",
        JAPAN,
        CHINA,
        "1056",
    ),
    ("The European Union called on Serbia and Kosovo to show maximum restraint.", EU, None, "1056"),
    ("Germany urged utmost restraint from Russia along the border.", GERMANY, RUSSIA, "1056"),
    (
        "France urged Turkey to reduce tensions in the eastern Mediterranean.",
        FRANCE,
        TURKEY,
        "1056",
    ),
    (
        "The United States called on Russia to ease tensions along Ukraine's border.",
        USA,
        RUSSIA,
        "1056",
    ),
    (
        "The Philippines called on China to stop its provocative actions near Second Thomas Shoal.",
        PHILIPPINES,
        CHINA,
        "1056",
    ),
    ("Ukraine demanded that Russia cease its use of force at once.", UKRAINE, RUSSIA, "1056"),
    # 2. sanctions, embargoes, tariffs, trade bans eased: 1054
    ("Japan urged China to lift its ban on Japanese seafood imports.", JAPAN, CHINA, "1054"),
    (
        "Australia urged China to remove trade barriers on Australian barley.",
        AUSTRALIA,
        CHINA,
        "1054",
    ),
    ("India asked the United States to lower tariffs on Indian steel.", INDIA, USA, "1054"),
    ("Cuba called for the immediate lifting of the U.S. embargo.", CUBA, USA, "1054"),
    ("Mexico called on the United States to lift its embargo on Cuba.", MEXICO, USA, "1054"),
    (
        "Russia urged the European Union to ease sanctions on its fertiliser exports.",
        RUSSIA,
        EU,
        "1054",
    ),
    # 3. frozen assets: 1053
    ("Iran urged the United States to unfreeze its assets held abroad.", IRAN, USA, "1053"),
    ("Russia called on France to unfreeze the funds of its central bank.", RUSSIA, FRANCE, "1053"),
]


@pytest.mark.parametrize(("text", "actor", "recipient", "code"), POSITIVES)
def test_what_a_demand_asks(text: str, actor: str, recipient: str | None, code: str) -> None:
    got = _requests(text)
    assert any(
        actor in a and (recipient is None or recipient in r) and c == code for a, r, c in got
    ), got


NOT_CODED = [
    # restraint that is no military matter, trade tensions: the bare 100 stays
    ("Germany urged Iran to show restraint toward protesters.", "1056"),
    ("The IMF urged Egypt to show restraint in spending.", "1056"),
    ("China urged the United States to reduce trade tensions.", "1056"),
    ("Japan urged China to exercise restraint and release the detained businessman.", "1056"),
    # sanctions imposed, not eased; a blockade is no economic sanction
    ("Ukraine urged the European Union to impose sanctions on Iran.", "1054"),
    ("The United States urged Israel to lift the blockade of Gaza.", "1054"),
    ("Japan urged China to lift the travel warning for its citizens.", "1054"),
    # a later clause is not what was asked
    ("Australia urged China to resume talks, saying the sanctions should be lifted.", "1054"),
]


@pytest.mark.parametrize(("text", "code"), NOT_CODED)
def test_not_coded_so(text: str, code: str) -> None:
    assert all(c != code for _, _, c in _requests(text)), _requests(text)


NOTHING = [
    "Japan did not urge China to exercise restraint.",
    "Japan may urge China to lift its ban on seafood imports.",
    "If Russia fails to act, Germany will call on it to ease tensions.",
    "Iran has never asked the United States to unfreeze its assets.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_demand(text: str) -> None:
    assert not _requests(text)


def test_restraint_still_a_request_of_the_party_named() -> None:
    assert _requests("The EU calls for restraint by Israel.") == [({EU}, {ISRAEL}, "1056")]
