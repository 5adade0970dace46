# ruff: noqa: E501  (a table of sentences)
"""Titles the extractor still missed: respective lists, a rank between title and name, offices
inside an elective clause, counterparts singled out, ministries told by their head, senior
officials by state (session 30, people).

A battery of 47 sentences written for this session before the extractor ran
(``/tmp/s30/people-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set): wire stories and readouts from Latin America, East
and Southern Africa, the Gulf, East and South-East Asia, Europe and the Pacific; respective
constructions, styles and second titles, future elections, ministries, envoys, former and
"-elect" offices, companies and parties. At ce68199 (main) the battery gave 2 wrong facts of
this family (left, below) and missed 30 facts of it (Tenures and the meetings they carry);
after: 2 wrong facts and 20 misses (left, below). Fixed (paraphrases below, positives and
negatives):

1. Respective lists: "the presidents of Chile, Gabriel Boric, and Colombia, Gustavo Petro" (each
   state with its officeholder after it, two or more; ``People._alternating``).
2. A rank of no role between an apposed title and the name: "the Foreign Minister of the
   People's Republic of China, State Councilor Wang Yi," (``people._RANK_BETWEEN``).
3. An office named inside an elective clause: "expected to elect Mauritania's President X as
   first vice-chair", "will elect Comoros President X as chair": "elect" after "to", "will",
   "would", "shall", "can" is the verb, not "President elect" (``offices.NOT_CURRENT``).
4. Counterparts singled out with "including": "held bilateral meetings with several
   counterparts, including X of Saudi Arabia and Y of Türkiye" (a Tenure each of the state after
   the name, and the meetings with each, as a list right after "counterparts" had them).
5. A foreign ministry told by its head: "Turkey's foreign ministry, headed by Hakan Fidan," (his
   ForeignMinister Tenure; the ministry stays the state's as the actor of what it does).
6. Senior officials by state: "a senior Israeli foreign ministry official, X,", "Senior U.S.
   official X" (SeniorOfficial of the state inside the title; none for a movement's official).

Hit rate at ce68199 (before): positives 0/12, negatives 7/7, the two kept forms (the meetings
with counterparts singled out, the ministry as the actor) 1/2; after: 12/12, 7/7, 2/2.

Left (one example each): "The ministry headed by Sergei Lavrov accused ..." (the ministry's
state named the sentence before); "Sharon Bar-li, a senior official of Israel's foreign
ministry," (the title after the name); "Wang Yi, director of the Office of the Central Foreign
Affairs Commission, met Jake Sullivan" (no Tenure, and the meeting is lost too); "Yuri Ushakov,
an aide to the Russian president"; "Foreign Minister Yoko Kamikawa thanked ..., including
Special Envoy Hiroshi Moriyama" (the envoy's state from the minister's); "Secretary-General
Patricia Scotland" of the Commonwealth (no KB organisation); "Ministers of Foreign Affairs of
Peru and Ecuador, A and B" (a capitalised plural title opening the sentence); "Minister
Marsudi held talks with several counterparts, including ..." (a rank alone names no office
whose counterparts they are). Wrong facts left: "Canada's Prime Minister Justin Trudeau and his
Mexican counterpart, Andres Manuel Lopez Obrador" (AMLO a HeadOfGovernment: the counterpart's
office copied, though Mexico's president is its head of state); "The Secretary of State of the
Holy See, Cardinal Pietro Parolin," (the holder's label keeps "Cardinal")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts

DAY = dt.date(2024, 2, 16)


def _tenures(text: str, day: dt.date = DAY) -> set[tuple[str, str, str]]:
    """(holder's QID or label, role, jurisdiction's QID or label) of each Tenure."""
    out: set[tuple[str, str, str]] = set()
    for f in facts(text, day):
        if f.cls.value != "Tenure":
            continue
        holder = f.get("holder")[0]
        where = f.get("jurisdiction")
        out.add(
            (
                getattr(holder, "qid", None) or getattr(holder, "label", ""),
                str(f.get("role")[0]),
                (getattr(where[0], "qid", None) or getattr(where[0], "label", "")) if where else "",
            )
        )
    return out


def _meetings(text: str, day: dt.date = DAY) -> list[set[str]]:
    out = []
    for f in facts(text, day):
        if f.cls.value == "Meeting":
            out.append(
                {getattr(v, "qid", None) or getattr(v, "label", "") for v in f.get("participant")}
            )
    return out


POSITIVES = [
    # 1. respective lists
    (
        "The presidents of Chile, Gabriel Boric, and Colombia, Gustavo Petro, attended the inauguration.",
        {("Q16297876", "HeadOfState", "Q298"), ("Q704022", "HeadOfState", "Q739")},
    ),
    (
        "The foreign ministers of Chile, Alberto van Klaveren, Colombia, Alvaro Leyva, and Peru, Javier Gonzalez-Olaechea, signed the declaration.",
        {
            ("Alberto van Klaveren", "ForeignMinister", "Q298"),
            ("Q10395812", "ForeignMinister", "Q739"),
            ("Javier Gonzalez-Olaechea", "ForeignMinister", "Q419"),
        },
    ),
    # 2. a rank between
    (
        "The Foreign Minister of the People's Republic of China, State Councilor Wang Yi, received the delegation.",
        {("Q701801", "ForeignMinister", "Q148")},
    ),
    # 3. elective clauses
    (
        "The leaders are expected to elect Mauritania's President Mohamed Ould Ghazouani as the bloc's next chair.",
        {("Q12241106", "HeadOfState", "Q1025")},
    ),
    (
        "The assembly will elect Comoros President Azali Assoumani as its chairperson on Saturday.",
        {("Q515602", "HeadOfState", "Q970")},
    ),
    # 4. counterparts singled out
    (
        "Foreign Minister Penny Wong held bilateral meetings with several counterparts, including Prince Faisal bin Farhan Al Saud of Saudi Arabia and Mevlut Cavusoglu of Turkiye.",
        {
            ("Q456759", "ForeignMinister", "Q408"),
            ("Q72099398", "ForeignMinister", "Q851"),
            ("Q249206", "ForeignMinister", "Q43"),
        },
    ),
    (
        "Indonesian Foreign Minister Retno Marsudi held talks with several counterparts, including Vivian Balakrishnan of Singapore and Enrique Manalo of the Philippines.",
        {
            ("Q18342668", "ForeignMinister", "Q252"),
            ("Q7937671", "ForeignMinister", "Q334"),
            ("Q28925129", "ForeignMinister", "Q928"),
        },
    ),
    # 5. a ministry told by its head
    (
        "The Ghanaian foreign ministry, headed by Shirley Ayorkor Botchwey, issued a statement on Friday.",
        {("Q26923626", "ForeignMinister", "Q117")},
    ),
    (
        "The Russian Foreign Ministry, headed by Sergei Lavrov, said the talks had been useful.",
        {("Q58217", "ForeignMinister", "Q159")},
    ),
    # 6. senior officials
    (
        "A senior Israeli foreign ministry official, Sharon Bar-li, said the visit had gone well.",
        {("Sharon Bar-li", "SeniorOfficial", "Q801")},
    ),
    (
        "Senior U.S. official Daniel Kritenbrink arrived in Hanoi on Monday.",
        {("Daniel Kritenbrink", "SeniorOfficial", "Q30")},
    ),
    (
        "A senior Russian official, Yuri Ushakov, told reporters the talks were useful.",
        {("Q4479563", "SeniorOfficial", "Q159")},
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_tenures_found(text: str, want: set[tuple[str, str, str]]) -> None:
    day = dt.date(2023, 5, 19) if "Cavusoglu" in text or "Leyva" in text else DAY
    assert want <= _tenures(text, day)


def test_counterparts_including_are_met() -> None:
    text = POSITIVES[5][0]
    met = _meetings(text, dt.date(2023, 5, 19))
    assert {"Q456759", "Q72099398"} in met and {"Q456759", "Q249206"} in met


def test_ministry_stays_the_actor() -> None:
    text = "The Russian Foreign Ministry, headed by Sergei Lavrov, accused Washington of escalating tensions."
    found = facts(text, DAY)
    accuse = [f for f in found if f.cls.value == "Event" and str(f.get("eventType")[0]) == "ACCUSE"]
    assert accuse and all(
        {getattr(v, "qid", None) for v in f.get("actor")} == {"Q159"} for f in accuse
    )


NEGATIVES = [
    # former offices and "-elect" stay without a Tenure
    (
        "The former presidents of Chile, Michelle Bachelet, and Colombia, Juan Manuel Santos, wrote a letter.",
        set(),
    ),
    ("Comoros President elect Azali Assoumani arrived in Addis Ababa.", set()),
    # a list of states without names apposed after each
    ("The presidents of Chile, Colombia and Peru attended the summit.", set()),
    # a movement's senior official: no state
    ("A senior Hamas official, Osama Hamdan, said the talks had failed.", set()),
    # counterparts named without their states
    ("Kamikawa met her counterparts, including Penny Wong and Nanaia Mahuta.", set()),
    # the body's own name in capitals is left to the rules of bodies
    ("The Ministry of Foreign Affairs, headed by a new minister, issued a statement.", set()),
    # a senior official without a name
    ("A senior Israeli official said the visit had gone well.", set()),
]


@pytest.mark.parametrize(("text", "want"), NEGATIVES)
def test_no_tenure(text: str, want: set[tuple[str, str, str]]) -> None:
    assert _tenures(text) == want
