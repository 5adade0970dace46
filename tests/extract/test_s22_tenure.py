# ruff: noqa: E501
"""Tenures whose state is told by the delegation the official belongs to (session 22, Tenure).

The pooled Tenure misses of the 29 spent sets (107 misses, 27 false positives), grouped by
structure, with the distinct sets that show each:

| structure | sets | misses | chosen |
|---|---|---|---|
| a title without a state after "the <state> delegation included / side was represented by / delegation was led by" ("the Chinese delegation included Foreign Minister X") | 5 (blind9, 10, 14, 16, 31) | 7 (+3 FP in blind31: the venue's state) | yes |
| a compound title before one name ("Deputy Prime Minister and Foreign Minister X"): only the last title's Tenure | 6 (blind10, 16, 20, 25, 26, 27) | 7 | no: ran out of budget (next candidate) |
| an official titled without a state whom the KB lacks, no single state from the context ("Prime Minister Chris Hipkins", "Trade Minister Don Farrell") | 12 (blind, 8, 14, 15, 17, 20, 22, 23, 24, 27, 28, 31) | ~17 | no: each one a different context (a venue, a visit, a headline state); the lead's venue rule was wrong elsewhere |
| a military rank between the title and the name, or before the name ("Minister of Defence Major General X", "Senior General X", "Lt Gen X") | 4 (blind16, 22, 24, 27) | 6 (+2 FP: the rank in the holder) | no: budget |
| an ambassador by a pronoun or bare ("its Ambassador to Lebanon, X", "Our Ambassador to China", "Ambassador X") | 4 (blind22, 23, 25, 28) | 7 | no: budget |
| a state's "chief negotiator" apposed to a title ("Kosovo's chief negotiator, Deputy Prime Minister X") | 2 (blind20, 21) | 2 | no |
| a title after the name with an organ or agency ("X, commander of the Sudanese Armed Forces", "chairman of the State Committee for National Security of Kyrgyzstan, X") | 5 (blind13, 16, 20, 23, 25) | 9 | no: each a different organ |
| KB snapshot vs article person (gold string, KB QID or the reverse: Qin Gang, Tileuberdi, Kovachevski, Sovaleni) | 5 (blind, 7, 13, 24, gold) | 6 | convention/KB mismatch, reported |
| spokesperson Tenures (optional by ANNOTATION.md) as false positives | 3 (blind21, 28, 30) | 3 FP | convention: optional, not touched |

Chosen: the delegation. A title without a state of its own in the list that follows "the
<state> delegation included", "the <state> side was represented by", "a <state> delegation
led by", "the delegation of <state> was headed by" is that state's office; a clause boundary
(";", "while", another delegation) between the list's opening and the title ends it, so that
the other side's officials never take the state. Built in ``people.py`` (``_delegation_state``,
read where a title found no state of its own).

Own rows (written for this module, officeholders of 2023): positives before 12/16 (the four
with a second state named: the context inference found no single one), after 16/16; negatives
7/7 before and after, plus one strict xfail: "received the Kenyan delegation" still makes the
receiving minister Kenyan by the older single-state context inference (left).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import tenure_jurisdictions

DAY = dt.date(2023, 3, 29)

LAVROV, QIN, RODRIGUEZ, SALEH = "Q58217", "Q7216297", "Q58183", "Q58163"
OVERCHUK, MISHUSTIN, BOURITA, SHOUKRY = "Q83382151", "Q4298520", "Q26036628", "Q7409268"
RUSSIA, CHINA, CUBA, ERITREA, TURKMENISTAN = "Q159", "Q148", "Q241", "Q986", "Q874"
MOROCCO, EGYPT, BRAZIL, VIETNAM, KENYA = "Q1028", "Q79", "Q155", "Q881", "Q114"
MUTUA = "Q16212421"


def tenures(text: str) -> dict[str, set[str]]:
    """Each Tenure holder's jurisdictions."""
    return tenure_jurisdictions(text, DAY)


POSITIVE = [
    (
        "The Russian delegation included Foreign Minister Sergei Lavrov, and the Chinese "
        "delegation included Foreign Minister Qin Gang.",
        QIN,
        CHINA,
    ),
    (
        "The Cuban delegation included Foreign Minister Bruno Rodriguez Parrilla and Deputy "
        "Prime Minister Ricardo Cabrisas Ruiz.",
        "Ricardo Cabrisas Ruiz",
        CUBA,
    ),
    (
        "The Cuban delegation included Foreign Minister Bruno Rodriguez Parrilla and Deputy "
        "Prime Minister Ricardo Cabrisas Ruiz.",
        RODRIGUEZ,
        CUBA,
    ),
    (
        "On the Eritrean side, the delegation included Foreign Minister Osman Saleh and "
        "presidential adviser Yemane Gebreab.",
        SALEH,
        ERITREA,
    ),
    (
        "The Russian delegation was led by Prime Minister Mikhail Mishustin, and the Vietnamese "
        "delegation was led by Trade Minister Nguyen Hong Dien.",
        "Nguyen Hong Dien",
        VIETNAM,
    ),
    (
        "The Russian side was represented by Foreign Minister Sergei Lavrov, and the Turkmen "
        "side was represented by Deputy Foreign Minister Vepa Hajiyev.",
        "Vepa Hajiyev",
        TURKMENISTAN,
    ),
    (
        "Putin said the Chinese delegation, which included Foreign Minister Qin Gang, had "
        "worked hard.",
        QIN,
        CHINA,
    ),
    (
        "A Moroccan delegation headed by Trade Minister Ryad Mezzour arrived in Cairo to meet "
        "Egyptian officials.",
        "Ryad Mezzour",
        MOROCCO,
    ),
    (
        "The delegation of Egypt was led by Foreign Minister Sameh Shoukry.",
        SHOUKRY,
        EGYPT,
    ),
    (
        "The Brazilian delegation comprised Foreign Minister Mauro Vieira and Finance "
        "Minister Fernando Haddad.",
        "Mauro Vieira",
        BRAZIL,
    ),
    (
        "The Brazilian delegation comprised Foreign Minister Mauro Vieira and Finance "
        "Minister Fernando Haddad.",
        "Fernando Haddad",
        BRAZIL,
    ),
    (
        "Kenyan officials hosted the Vietnamese delegation, which included Trade Minister "
        "Nguyen Hong Dien.",
        "Nguyen Hong Dien",
        VIETNAM,
    ),
    (
        "The talks were held in Moscow; the Kenyan delegation was headed by Foreign Minister "
        "Alfred Mutua.",
        MUTUA,
        KENYA,
    ),
    (
        "The Russian delegation included Prime Minister Mikhail Mishustin and Deputy Prime "
        "Minister Alexei Overchuk, while the Cuban side was represented by Foreign Minister "
        "Bruno Rodriguez Parrilla.",
        RODRIGUEZ,
        CUBA,
    ),
    (
        "The Russian delegation included Prime Minister Mikhail Mishustin and Deputy Prime "
        "Minister Alexei Overchuk, while the Cuban side was represented by Foreign Minister "
        "Bruno Rodriguez Parrilla.",
        OVERCHUK,
        RUSSIA,
    ),
    (
        "Talks in Beijing were attended by the Egyptian delegation, led by Foreign Minister "
        "Sameh Shoukry.",
        SHOUKRY,
        EGYPT,
    ),
]


@pytest.mark.parametrize(("text", "holder", "state"), POSITIVE)
def test_a_delegations_member_is_of_its_state(text: str, holder: str, state: str) -> None:
    assert tenures(text).get(holder) == {state}


NEGATIVE = [
    # the other side's official after a clause boundary keeps no delegation's state
    (
        "The Russian delegation included Foreign Minister Sergei Lavrov and the Cuban "
        "delegation arrived late; Deputy Prime Minister Ricardo Cabrisas Ruiz spoke later.",
        "Ricardo Cabrisas Ruiz",
    ),
    (
        "The Chinese delegation included Foreign Minister Qin Gang, while Trade Minister "
        "Nguyen Hong Dien met Kenyan officials.",
        "Nguyen Hong Dien",
    ),
    # two candidate states and no delegation: no guess
    (
        "Kenyan and Egyptian officials met in Cairo, and Trade Minister Nguyen Hong Dien took "
        "part.",
        "Nguyen Hong Dien",
    ),
    # a delegation that is met, not one that includes (the context inference no longer takes
    # a state named after a name the KB lacks: session 27, test_s27_precision.py)
    (
        "Trade Minister Nguyen Hong Dien received the Kenyan delegation in Hanoi.",
        "Nguyen Hong Dien",
    ),
    # a delegation without a state
    (
        "The delegation included Trade Minister Nguyen Hong Dien.",
        "Nguyen Hong Dien",
    ),
    # a former office: no Tenure
    (
        "The Kenyan delegation included former Foreign Minister Alfred Mutua.",
        MUTUA,
    ),
    # a title naming its own state keeps it
    (
        "The Kenyan delegation included Egyptian Foreign Minister Sameh Shoukry as an observer.",
        "",
    ),
    # another state's official who led the talks, not the delegation
    (
        "The Cuban delegation met Russian officials, and Finance Minister Fernando Haddad "
        "joined later.",
        "Fernando Haddad",
    ),
]


@pytest.mark.parametrize(("text", "holder"), NEGATIVE)
def test_no_delegation_no_state(text: str, holder: str) -> None:
    found = tenures(text)
    if holder:
        assert not found.get(holder)
    else:
        assert found.get(SHOUKRY) == {EGYPT}
