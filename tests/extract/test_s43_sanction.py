"""Sanctions and their lifting the rules missed (session 43, sanctions).

The sentences are written for this session (none from a gold set). Conventions followed:

- A measure named with the year it was imposed ("lift the export curbs imposed in 2019", "the
  ban on flights between A and B that the Kremlin imposed in July 2019", "the arms embargo on
  Turkey which they imposed in 2019") tells that earlier imposition: SANCTION 163 on its own
  date, status historical (the gold of blind23, blind33 and blind58). The imposer is the one the
  relative clause names, else the subject of the verb that lifts or keeps the measure; the target
  the state the measure is on, to or between, else the other party of the article's meeting.
  Export permits or licences "that were suspended in October 2020" tell the suspension, the
  same way (blind43). Not when no one is named as imposer ("sanctions imposed in 2019
  remain"), for an imposition of the article's own year or a relative date, nor for a hedged
  relative clause, nor for sanctions "that were suspended" (lifted, not imposed).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 15)  # a Friday

RUSSIA, MOLDOVA, CANADA, TURKEY, JAPAN, SOUTH_KOREA = (
    "Q159",
    "Q217",
    "Q16",
    "Q43",
    "Q17",
    "Q884",
)
CHINA, AUSTRALIA, EU, BELARUS, USA, IRAN = "Q148", "Q408", "Q458", "Q184", "Q30", "Q794"
AZERBAIJAN = "Q227"


def sanctions(body: str) -> set[tuple[frozenset[str], frozenset[str], str, str]]:
    """(actors, recipients, date, status) of every SANCTION 163 the body gives."""
    out = set()
    for f in facts(body, DAY):
        if f.cls.value != "Event" or str(f.get("cameoCode")[0]) != "163":
            continue
        when = f.get("date")
        out.add(
            (
                frozenset(keys(f.get("actor"))),
                frozenset(keys(f.get("recipient"))),
                str(when[0]) if when else "",
                f.status.value,
            )
        )
    return out


# (text, (actor, recipient, date))
POSITIVES = [
    # the imposer named in the relative clause
    (
        "A new decree lifted the ban on direct flights between Russia and Moldova that the "
        "Kremlin imposed in July 2019.",
        (RUSSIA, MOLDOVA, "2019-07"),
    ),
    (
        "Canada on Thursday eased the sanctions on Iran that the United States imposed in 2018.",
        (USA, IRAN, "2018"),
    ),
    # "which it imposed": the subject of the lifting verb
    (
        "Canada said it would lift the restrictions on arms exports to Turkey which it imposed "
        "in 2019.",
        (CANADA, TURKEY, "2019"),
    ),
    (
        "China will scrap the curbs on Australian coal that it had imposed in October 2020.",
        (CHINA, AUSTRALIA, "2020-10"),
    ),
    # a bare participle, its target after "imposed on"
    (
        "The European Union agreed on Monday to ease the sanctions imposed on Belarus in 2021.",
        (EU, BELARUS, "2021"),
    ),
    # no state in the clause: the other party of the article's meeting
    (
        "Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on "
        "Thursday. Japan said the same day it would lift export controls imposed in 2019 on "
        "three chemicals used to make chips.",
        (JAPAN, SOUTH_KOREA, "2019"),
    ),
    # export permits "that were suspended" in a year: the suspension (a sanction suspended is
    # one lifted)
    (
        "Today, Canada cancelled the arms export permits to Turkey that were suspended in October "
        "2020.",
        (CANADA, TURKEY, "2020-10"),
    ),
    (
        "On Monday, Canada revoked the export licences for drone parts to Azerbaijan that were "
        "suspended in 2021.",
        (CANADA, AZERBAIJAN, "2021"),
    ),
    (
        "President Yoon Suk Yeol held talks with Prime Minister Fumio Kishida in Tokyo on "
        "Thursday. Japan also agreed to end the curbs introduced in 2019 on exports of "
        "hydrogen fluoride.",
        (JAPAN, SOUTH_KOREA, "2019"),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_imposition_told_with_its_year(text: str, want: tuple[str, str, str]) -> None:
    actor, target, when = want
    got = sanctions(text)
    assert (frozenset({actor}), frozenset({target}), when, "historical") in got, got


NEGATIVES = [
    # no imposer named, no verb that lifts or keeps the measure
    "The sanctions imposed on Belarus in 2021 remain in place.",
    # the article's own year: news, not a background imposition
    "Canada said it would lift the restrictions on arms exports to Turkey which it imposed in "
    "January 2024.",
    # a relative date
    "Canada said it would lift the restrictions on arms exports to Turkey which it imposed "
    "last year.",
    # a hedged relative clause
    "Canada said it would lift any restrictions on Turkey that it might have imposed in 2019.",
    # sanctions "that were suspended": lifted, not imposed
    "Germany lifted the sanctions on Iran that were suspended in 2019.",
    "The European Union restored the sanctions on Belarus that were suspended in 2016.",
    # no state the measure is on, and no meeting in the article
    "The city council lifted the smoking ban introduced in 2019 in its parks.",
    # not a measure: a law introduced
    "Canada said it would repeal the law on Turkey that it introduced in 2019.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_imposition(text: str) -> None:
    got = {s for s in sanctions(text) if s[3] == "historical"}
    assert not got, got
