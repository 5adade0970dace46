# ruff: noqa: E501  (a table of sentences)
"""Tenures whose state only the story gives (session 39, tenure).

Sentences written for this session (none from a gold set), in wire style, with invented
officeholders the KB lacks (2023–2024). Conventions followed (ANNOTATION.md §4):

- a wire's story filed from a state's capital whose lead opens with that state as its subject
  ("QUITO, March 4 (Reuters) - Ecuador on Monday expelled ...", "VILNIUS (AFP) - Lithuania's
  government said ...") is a story of that state told from it: a head of state or government
  or a foreign minister titled bare ("Foreign Minister X", "Prime Minister X") whom the KB lacks
  is that state's, on the same terms as a state's own press (`test_s37_tenure`): the sentence
  names no other state, he is met in no foreign capital and visits none, the state has such an
  office, and no one else the article titles holds it.
- not when the lead opens with another state, a person's demonym, a pair or no state ("KYIV
  (Reuters) - Britain pledged ...", "Ecuador and Peru signed ...", "The foreign ministers of
  ..."), nor for a person titled before as another state's, nor for a cabinet minister of
  another portfolio ("Finance Minister X": a story of one state names the other's ministers
  bare too).
- a person the article titled before as one state's official ("Colombian Foreign Minister X
  arrived ...") is no other state's when titled bare later ("Foreign Minister X said ..."),
  whatever the story's or the article's other states.
- an organisation's chair, secretary-general or director-general written in lower case, with
  the body's capitalised name after "of the" and a full name apposed after or before it ("the
  chairperson of the AU Commission, Moussa Faki Mahamat,", "Ahmed Aboul Gheit, the
  secretary-general of the Arab League,") heads that organisation, as "the head of the ..."
  does; not without a name ("the chairman of the commission said"), nor of a state's body
  ("the chairman of the Senate Foreign Relations Committee, X,", "X, chairman of the National
  Assembly Standing Committee,"): an international body's name (a commission, league, union,
  organisation, programme, forum, community, alliance ...) after "of the".
- "<body> chief <full name>" with an international body's full name ("European Commission chief
  Ursula von der Leyen", "International Monetary Fund chief X"), as "NATO chief X" reads: the
  body's head; not a state's commission or bank ("Electoral Commission chief X"), nor with no
  name after.

Hit rate at 5ca0596d (before): positives 0/11, negatives 12/13 (the person titled before as
Colombia's took Ecuador from the story); after: all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.articles import build_article
from dipld.extract import extract
from dipld.kb.index import load_index
from tests.extract.test_patterns import keys

D = dt.date
ECUADOR, LITHUANIA, PARAGUAY, GHANA, UKRAINE, COLOMBIA = (
    "Q736",
    "Q37",
    "Q733",
    "Q117",
    "Q212",
    "Q739",
)
WIRE = "https://www.wire.example/world/story"


def _tenures(body: str, day: dt.date) -> set[tuple[str, str, str]]:
    """(holder, role, jurisdiction) of each Tenure of a wire's article."""
    meta = {"title": "Story", "date": day.isoformat(), "url": WIRE}
    facts = extract(build_article(body, "t.txt", meta, b"", "t.txt"), load_index())
    return {
        (holder, str(f.get("role")[0]), place)
        for f in facts
        if f.cls.value == "Tenure"
        for holder in keys(f.get("holder"))
        for place in keys(f.get("jurisdiction"))
    }


POSITIVES = [
    (
        D(2024, 3, 4),
        "QUITO, March 4 (Reuters) - Ecuador on Monday expelled two Venezuelan diplomats over what it called interference.\n\nForeign Minister Gabriela Sommerfeldt said the decision was final and would not be reviewed.",
        ("Gabriela Sommerfeldt", "ForeignMinister", ECUADOR),
    ),
    (
        D(2024, 5, 7),
        "VILNIUS, May 7 (AFP) - Lithuania's government said on Tuesday it would shut two more crossings on its border with Belarus.\n\nPrime Minister Ingrida Kaleniene told reporters the measure would last until the autumn.",
        ("Ingrida Kaleniene", "HeadOfGovernment", LITHUANIA),
    ),
    (
        D(2023, 9, 12),
        "ASUNCION, Sept 12 (Reuters) - Paraguay recalled its ambassador to Venezuela on Tuesday.\n\nPresident Tomas Benitez Ortiz told a news conference that his government would not accept the insult.",
        ("Tomas Benitez Ortiz", "HeadOfState", PARAGUAY),
    ),
    (
        D(2024, 2, 20),
        "ACCRA, Feb 20 (Reuters) - Ghana has asked China to restructure its loans faster.\n\nThe request was sent last week, Foreign Minister Kwame Asante-Boadu said on Tuesday.",
        ("Kwame Asante-Boadu", "ForeignMinister", GHANA),
    ),
    (
        D(2024, 3, 4),
        "QUITO (AFP) - Ecuador declared a state of emergency in three provinces bordering Colombia and Peru on Monday.\n\nPresident Manuel Arroyo Vela said troops would patrol the ports.",
        ("Manuel Arroyo Vela", "HeadOfState", ECUADOR),
    ),
]


@pytest.mark.parametrize(("day", "text", "want"), POSITIVES)
def test_story_state_title(day: dt.date, text: str, want: tuple[str, str, str]) -> None:
    assert want in _tenures(text, day)


NEGATIVES = [
    # the lead opens with another state: the dateline is where the story was filed
    (
        D(2023, 11, 16),
        "KYIV, Nov 16 (Reuters) - Britain pledged new air defence systems to Ukraine on Thursday.\n\nPrime Minister Harold Wexley said the systems would arrive before winter.",
        "Harold Wexley",
        UKRAINE,
    ),
    # a pair opens the lead
    (
        D(2024, 3, 4),
        "QUITO, March 4 (Reuters) - Ecuador and Colombia agreed on Monday to reopen their border.\n\nForeign Minister Gabriela Sommerfeldt said the crossings would open next week.",
        "Gabriela Sommerfeldt",
        ECUADOR,
    ),
    # no state opens the lead
    (
        D(2024, 3, 4),
        "QUITO, March 4 (Reuters) - The foreign ministers of the Andean Community met on Monday.\n\nForeign Minister Gabriela Sommerfeldt said the talks were useful.",
        "Gabriela Sommerfeldt",
        ECUADOR,
    ),
    # the sentence names another state
    (
        D(2024, 3, 4),
        "QUITO, March 4 (Reuters) - Ecuador on Monday expelled two Venezuelan diplomats.\n\nForeign Minister Luis Pardo Rueda met Colombian officials in the afternoon.",
        "Luis Pardo Rueda",
        ECUADOR,
    ),
    # titled before as another state's
    (
        D(2024, 3, 4),
        "QUITO, March 4 (Reuters) - Ecuador on Monday hosted talks on the border.\n\nColombian Foreign Minister Luis Pardo Rueda arrived in the morning.\n\nForeign Minister Luis Pardo Rueda said the talks were useful.",
        "Luis Pardo Rueda",
        ECUADOR,
    ),
    # another portfolio's minister: not read from the story's state
    (
        D(2024, 3, 4),
        "QUITO, March 4 (Reuters) - Ecuador on Monday expelled two Venezuelan diplomats.\n\nFinance Minister Ramiro Onofre Quispe said the move would not affect trade.",
        "Ramiro Onofre Quispe",
        ECUADOR,
    ),
]


@pytest.mark.parametrize(("day", "text", "who", "place"), NEGATIVES)
def test_no_story_state_title(day: dt.date, text: str, who: str, place: str) -> None:
    assert not {t for t in _tenures(text, day) if t[0] == who and t[2] == place}


CEASEFIRE = "The ceasefire in the region held overnight, officials said."
EU, AU, ARAB_LEAGUE, IMF, WHO = "Q458", "Q7159", "Q7172", "Q7804", "Q7817"
EC = "Q8880"

ORG_HEADS = [
    (
        "The chairperson of the AU Commission, Amara Diallo Keita, said the truce must hold.",
        ("Amara Diallo Keita", "HeadOfOrganization", AU),
    ),
    (
        "Speaking in Cairo, the secretary-general of the Arab League, Hisham Fathi Radwan, urged both sides to talk.",
        ("Hisham Fathi Radwan", "HeadOfOrganization", ARAB_LEAGUE),
    ),
    (
        "Hisham Fathi Radwan, the secretary-general of the Arab League, urged both sides to talk.",
        ("Hisham Fathi Radwan", "HeadOfOrganization", ARAB_LEAGUE),
    ),
    (
        "The director-general of the World Health Organization, Ana Lucia Ferreira, warned of cholera.",
        ("Ana Lucia Ferreira", "HeadOfOrganization", WHO),
    ),
    (
        "European Commission chief Margit van der Berg said the bloc would send aid.",
        ("Margit van der Berg", "HeadOfOrganization", EC),
    ),
    (
        "International Monetary Fund chief Ilse Marten Koch arrived in Nairobi on Monday.",
        ("Ilse Marten Koch", "HeadOfOrganization", IMF),
    ),
]


@pytest.mark.parametrize(("text", "want"), ORG_HEADS)
def test_organisation_head(text: str, want: tuple[str, str, str]) -> None:
    assert want in _tenures(f"{CEASEFIRE}\n\n{text}", D(2024, 5, 7))


NO_ORG_HEADS = [
    # no name apposed
    ("The chairman of the commission said the truce must hold.", "HeadOfOrganization"),
    # a state's body
    (
        "The chairman of the Senate Foreign Relations Committee, Robert Hallam, said the deal was bad.",
        "HeadOfOrganization",
    ),
    ("Electoral Commission chief Jean Asamoah Mensah announced the results.", "HeadOfOrganization"),
    (
        "Tran Van Minh, chairman of the National Assembly Standing Committee, opened the session.",
        "HeadOfOrganization",
    ),
    (
        "The director-general of the Somali Agency for Refugees, Ahmed Ali Hassan, visited the camp.",
        "HeadOfOrganization",
    ),
    ("Central Bank chief Godfrey Emeka Obi resigned on Monday.", "HeadOfOrganization"),
    # no name after the chief
    ("The European Commission chief said the bloc would send aid.", "HeadOfOrganization"),
]


@pytest.mark.parametrize(("text", "role"), NO_ORG_HEADS)
def test_no_organisation_head(text: str, role: str) -> None:
    assert not {t for t in _tenures(f"{CEASEFIRE}\n\n{text}", D(2024, 5, 7)) if t[1] == role}
