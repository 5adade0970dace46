# ruff: noqa: E501  (a table of sentences)
"""Tenures of offices taken, told by the verb before the title (session 33, offices).

Sentences written for this session in wire, agency and readout styles (none from a gold set),
with officeholders of 2022–2023. Conventions followed:

- "X was sworn in as / was appointed / has been named / was re-elected (as) TITLE", "X took
  office as TITLE", "X became TITLE", "X succeeded Y as TITLE", "X was sworn in on Monday as
  TITLE": X holds the title from then on, a current office (ANNOTATION.md §4), linked when the
  KB's tenure covers the article date, else the name the KB lacks as an unlinked person (a name
  right before such a verb is a person as an apposition's name is). No startDate: §4 gives a
  Tenure none, and the extractor states none for any Tenure.
- none when the appointment is told in a year before the last ("took office as UN
  Secretary-General on 1 January 2007"), negated or not yet done ("is expected to be
  appointed", "would become", "was nominated", "foreign minister-designate"), or for offices
  left ("who stepped down as", "former").
- the predecessor of "succeeded Y as" gets nothing.

Hit rate at 5def48c4 (before): positives 4/16, negatives 10/10; after: all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

TURKEY, UK, BRAZIL, POLAND, ITALY, WHO = "Q43", "Q145", "Q155", "Q36", "Q38", "Q7817"
TAJANI, RUTTE, SISI, WANG_YI = "Q440710", "Q57792", "Q307871", "Q701801"


def _tenures(text: str, day: dt.date) -> set[tuple[str, str, str]]:
    """(holder, role, jurisdiction) of each Tenure the text gives."""
    out: set[tuple[str, str, str]] = set()
    for f in facts(text, day):
        if f.cls.value != "Tenure":
            continue
        for holder in keys(f.get("holder")):
            for place in keys(f.get("jurisdiction")):
                out.add((holder, str(f.get("role")[0]), place))
    return out


D = dt.date

POSITIVES = [
    (
        D(2023, 6, 5),
        "Hakan Fidan was sworn in as Turkey's foreign minister on Monday.",
        ("Hakan Fidan", "ForeignMinister", TURKEY),
    ),
    (
        D(2023, 6, 5),
        "ANKARA (Reuters) - Yasar Guler took office as Turkish Defence Minister on Saturday, replacing Hulusi Akar.",
        ("Yasar Guler", "Minister", TURKEY),
    ),
    (
        D(2022, 10, 26),
        "Rishi Sunak became Britain's prime minister on Tuesday, the third in seven weeks.",
        ("Rishi Sunak", "HeadOfGovernment", UK),
    ),
    (
        D(2023, 1, 3),
        "Mauro Vieira was sworn in as Brazil's foreign minister on Monday.",
        ("Mauro Vieira", "ForeignMinister", BRAZIL),
    ),
    (
        D(2023, 1, 3),
        "Mauro Vieira was sworn in on Monday as foreign minister of Brazil.",
        ("Mauro Vieira", "ForeignMinister", BRAZIL),
    ),
    (
        D(2023, 1, 3),
        "Luiz Inacio Lula da Silva succeeded Jair Bolsonaro as president of Brazil on Sunday.",
        ("Luiz Inacio Lula da Silva", "HeadOfState", BRAZIL),
    ),
    (
        D(2023, 12, 13),
        "WARSAW (AFP) - Radoslaw Sikorski has been named Poland's foreign minister, TVN reported.",
        ("Radoslaw Sikorski", "ForeignMinister", POLAND),
    ),
    (
        D(2023, 12, 13),
        "Donald Tusk was sworn in as Polish prime minister on Wednesday.",
        ("Donald Tusk", "HeadOfGovernment", POLAND),
    ),
    (
        D(2023, 1, 5),
        "Antonio Tajani took office as foreign minister of Italy in October.",
        (TAJANI, "ForeignMinister", ITALY),
    ),
    (
        D(2023, 1, 5),
        "Antonio Tajani became Italy's foreign minister in October.",
        (TAJANI, "ForeignMinister", ITALY),
    ),
    (
        D(2023, 1, 5),
        "Antonio Tajani was appointed foreign minister of Italy in October.",
        (TAJANI, "ForeignMinister", ITALY),
    ),
    (
        D(2023, 7, 20),
        "Tedros Adhanom Ghebreyesus was re-elected Director-General of the World Health Organization in May.",
        ("Tedros Adhanom Ghebreyesus", "HeadOfOrganization", WHO),
    ),
    (
        D(2023, 7, 20),
        "Mark Rutte was re-elected as prime minister for a fourth term.",
        (RUTTE, "HeadOfGovernment", "Q29999"),
    ),
    (
        D(2023, 12, 19),
        "Egyptian President Abdel Fattah al-Sisi was re-elected for a third term.",
        (SISI, "HeadOfState", "Q79"),
    ),
    (
        D(2023, 9, 2),
        "Newly appointed Foreign Minister Wang Yi met his Russian counterpart Sergey Lavrov.",
        (WANG_YI, "ForeignMinister", "Q148"),
    ),
    (
        D(2023, 6, 5),
        "Hakan Fidan officially took office as Turkey's foreign minister on Monday.",
        ("Hakan Fidan", "ForeignMinister", TURKEY),
    ),
]


@pytest.mark.parametrize(("day", "text", "want"), POSITIVES)
def test_office_taken(day: dt.date, text: str, want: tuple[str, str, str]) -> None:
    assert want in _tenures(text, day)


NEGATIVES = [
    (
        D(2023, 1, 2),
        "Ban Ki-moon took office as UN Secretary-General on 1 January 2007.",
        "Ban Ki-moon",
    ),
    (
        D(2023, 8, 10),
        "Tarek Megerisi is expected to be appointed foreign minister of Libya next week.",
        "Tarek Megerisi",
    ),
    (
        D(2023, 8, 10),
        "Kaja Kallas was nominated as the EU's foreign policy chief on Thursday.",
        "Kaja Kallas",
    ),
    (
        D(2023, 8, 10),
        "Hulusi Akar, who stepped down as defence minister in June, met Lloyd Austin.",
        "Hulusi Akar",
    ),
    (
        D(2023, 8, 10),
        "Former foreign minister Mevlut Cavusoglu met Sergey Lavrov in Moscow.",
        "Q249206",
    ),
    (
        D(2023, 8, 10),
        "Mevlut Cavusoglu, who resigned last month, met Sergey Lavrov in Moscow.",
        "Q249206",
    ),
    (
        D(2023, 8, 10),
        "Kenya's then Prime Minister Raila Odinga met Chinese officials in 2010.",
        "Raila Odinga",
    ),
    (
        D(2023, 5, 10),
        "If elected, Kemal Kilicdaroglu would become President of Turkey.",
        "Kemal Kilicdaroglu",
    ),
    (
        D(2023, 5, 10),
        "Kemal Kilicdaroglu was not elected president of Turkey.",
        "Kemal Kilicdaroglu",
    ),
    (
        D(2023, 1, 5),
        "Luiz Inacio Lula da Silva succeeded Jair Bolsonaro as president of Brazil on Sunday.",
        "Jair Bolsonaro",
    ),
]


@pytest.mark.parametrize(("day", "text", "holder"), NEGATIVES)
def test_office_not_taken(day: dt.date, text: str, holder: str) -> None:
    assert not [t for t in _tenures(text, day) if t[0] == holder]
