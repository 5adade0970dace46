"""Meetings told in a subordinate structure (session 18, meet): an earlier meeting told in a
relative clause on the person met ("Pavel, whom he met at the NATO Summit in Vilnius in July":
the sentence's subject and the person, past, dated), and a hosted meeting of representatives
of a group the KB lacks named as "forces" ("hosted a meeting of representatives of Palestinian
political forces in Moscow"); and the near misses: a meeting to come, a negated one, an
undated "whom he has met many times", a relative clause on someone else's act."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, facts_of, keys, labels

DAY = dt.date(2023, 9, 15)
BIDEN, MACRON, ERDOGAN, PUTIN = "Q6279", "Q3052772", "Q39259", "Q7747"
RUSSIA, MOSCOW = "Q159", "Q649"


def _meetings(text: str) -> list:  # type: ignore[type-arg]
    return facts_of(facts(text, DAY), "Meeting")


@pytest.mark.parametrize(
    ("text", "people", "date"),
    [
        (
            "Biden sent his regards to President Emmanuel Macron, whom he met in Paris in June.",
            {BIDEN, MACRON},
            "2023-06",
        ),
        (
            "Erdogan praised Vladimir Putin, whom he had last met in Sochi on August 4.",
            {ERDOGAN, PUTIN},
            "2023-08-04",
        ),
        (
            "The letter was addressed to Vladimir Putin, whom Erdogan met in August.",
            {ERDOGAN, PUTIN},
            "2023-08",
        ),
    ],
)
def test_whom_he_met(text: str, people: set[str], date: str) -> None:
    found = _meetings(text)
    assert [keys(f.get("participant")) for f in found] == [people]
    assert date_values(found[0], "date") == (date,)


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan praised Vladimir Putin, whom he will meet in Sochi in October.",
        "Erdogan praised Vladimir Putin, whom he has met many times.",
        "Erdogan praised Vladimir Putin, whom he never met in August.",
        "Erdogan praised Vladimir Putin, whom he may have met in August.",
        "Erdogan praised Vladimir Putin, whom he met with Macron in August.",
    ],
)
def test_whom_he_met_near_misses(text: str) -> None:
    assert _meetings(text) == []


def test_hosted_a_meeting_of_political_forces() -> None:
    found = _meetings(
        "In February, Russia hosted a meeting of representatives of Palestinian political "
        "forces in Moscow."
    )
    assert len(found) == 1
    assert RUSSIA in keys(found[0].get("participant"))
    assert "Palestinian political forces" in labels(found[0], "participant")
    assert keys(found[0].get("place")) == {MOSCOW}
    assert date_values(found[0], "date") == ("2023-02",)


# ---- a participle clause of the subject's meeting or call ------------------------------------

PUTIN_XI, ERDOGAN_PUTIN, MACRON_SCHOLZ = {"Q7747", "Q15031"}, {ERDOGAN, PUTIN}, {MACRON, "Q61053"}


@pytest.mark.parametrize(
    ("text", "people", "code"),
    [
        (
            "Meeting with Chinese President Xi Jinping in Beijing on Monday, Putin said relations "
            "were at their best.",
            PUTIN_XI,
            "040",
        ),
        (
            "Speaking after talks with Putin in Moscow on Tuesday, Erdogan said trade had grown.",
            ERDOGAN_PUTIN,
            "040",
        ),
        (
            "Speaking to reporters after a meeting with Putin on Tuesday, Erdogan said trade had "
            "grown.",
            ERDOGAN_PUTIN,
            "040",
        ),
        (
            "Speaking by phone with Olaf Scholz on Tuesday, Emmanuel Macron said the talks were "
            "useful.",
            MACRON_SCHOLZ,
            "041",
        ),
    ],
)
def test_participle_meeting(text: str, people: set[str], code: str) -> None:
    found = _meetings(text)
    assert [keys(f.get("participant")) for f in found] == [people]
    assert tuple(str(c) for c in found[0].get("cameoCode")) == (code,)


@pytest.mark.parametrize(
    "text",
    [
        "Meeting with Xi in Beijing next week, Putin will sign a treaty.",
        "Meeting NATO's spending target, Germany raised its defence budget.",
        "Meeting Putin would be a mistake, Erdogan said.",
        "Speaking with reporters on Monday, Putin said trade had grown.",
    ],
)
def test_participle_meeting_near_misses(text: str) -> None:
    assert _meetings(text) == []


# ---- "during their talks": the meeting of the two an act was told at -------------------------


def test_told_during_their_talks() -> None:
    found = _meetings(
        "Putin told Modi during their talks in Moscow on Monday that trade had grown."
    )
    assert [keys(f.get("participant")) for f in found] == [{PUTIN, "Q1058"}]
    assert date_values(found[0], "date") == ("2023-09-11",)


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan thanked Putin at their meeting in Sochi next week.",
        "Erdogan is expected to thank Putin at their meeting in Sochi on Monday.",
        "Erdogan will thank Putin at their meeting in Sochi on Monday.",
        "Erdogan did not thank Putin at their meeting in Sochi on Monday.",
    ],
)
def test_their_talks_near_misses(text: str) -> None:
    assert _meetings(text) == []


# ---- an organisation's summit held, its name before the noun or in "whose" ----------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The CSTO summit was held in Minsk on November 23.",
            "Collective Security Treaty Organization",
        ),
        ("The 15th BRICS summit took place in Johannesburg in August.", "BRICS"),
        (
            "Kazakhstan is a member of the Organization of Turkic States, whose informal summit "
            "took place in Bishkek on November 6.",
            "Organization of Turkic States",
        ),
    ],
)
def test_organisations_summit_held(text: str, org: str) -> None:
    found = _meetings(text)
    assert len(found) == 1
    assert labels(found[0], "participant") == {org}


@pytest.mark.parametrize(
    "text",
    [
        "The CSTO summit will take place in Minsk in November.",
        "The CSTO summit was not held in Minsk in November.",
        "The CSTO summit, if it took place in Minsk, would be historic.",
        "The NATO summit is held every year.",
    ],
)
def test_organisations_summit_near_misses(text: str) -> None:
    assert _meetings(text) == []


def test_whose_summit_has_its_date() -> None:
    found = _meetings(
        "Estonia is also a member of the Three Seas Initiative, whose summit opened in Vilnius "
        "in April."
    )
    assert len(found) == 1
    assert date_values(found[0], "date") == ("2023-04",)
