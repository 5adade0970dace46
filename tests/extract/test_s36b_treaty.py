"""Treaty relations told in less common constructions (session 36b, treaty).

The sentences are written for this session (none from a gold set). Conventions followed (all
earlier sessions' except where said):

- A treaty's short name in brackets before "between" ("a Defence Cooperation Agreement (DCA)
  between Sweden and the United States") keeps its parties; a signing whose day is told twice
  ("Today, 5 December, ...") is dated by that day.
- Relations told as governed by, rooted or anchored in a treaty are its TreatyRelation, also in
  reported speech ("He said that relations between the two countries were governed by ..."), of
  "the two countries", in the past, and as "X and Y share ... ties anchored in the Treaty of ...";
  dated by the year the treaty is told with ("signed in 2003", "of 1950"). Not a treaty to come,
  nor ties rooted in something other than a treaty, nor a negation.
- A dated treaty told as the ground of one state's act for another ("Under an exchange of notes
  signed in 1966, the UK made the territory available to the United States") is the two states'
  TreatyRelation, dated by the signing year; not when the clause names a third state, nor an
  agreement to be signed. So is a treaty the sentence's subject acts "under", signed with another
  ("Russia keeps a naval base in Tartus under an agreement signed with Syria in 2017"); only
  "under" (an agreement "signed with Egypt" that a state criticised may be a third's).
- A state's memorandum of obligations (the accession instrument of an organisation) is a treaty
  of the state and the organisation, not of the leaders who signed it; dated by the sentence's
  date, else (a signing told as news) the article's; none when negated or to come.
- A treaty signed "in <city> on <day> by" its parties (a day written before its month, or the
  weekday before the city) and one signed by a leader's government and the other side of a
  settlement ("by Maduro's government and the opposition Unitary Platform"): the parties.
- A signer told with its short name and what it is ("the National Liberation Army (ELN) guerrilla
  group signed an agreement") signs as itself.
- A relative clause after a party that tells a signing with a list of partners may run to 120
  characters ("Algeria, which last year signed a memorandum with Niger and Nigeria on the
  trans-Saharan gas pipeline, ...").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 6, 16)  # a Friday

SWEDEN, USA, JAPAN, PHILIPPINES, ALGERIA, ITALY = "Q34", "Q30", "Q17", "Q928", "Q262", "Q38"
INDIA, NEPAL, UK, RUSSIA, KAZAKHSTAN, CHINA = "Q668", "Q837", "Q145", "Q159", "Q232", "Q148"
IRAN, BELARUS, SCO, ETHIOPIA, KENYA, VENEZUELA = "Q794", "Q184", "Q485207", "Q115", "Q114", "Q717"
NIGER, NIGERIA, SYRIA = "Q1032", "Q1033", "Q858"

Row = tuple[frozenset[str], tuple[str, ...]]


def treaties(body: str, date: dt.date = DAY) -> list[Row]:
    """(parties, dates) of every TreatyRelation the body gives."""
    return [
        (frozenset(keys(f.get("party"))), tuple(str(d) for d in f.get("date")))
        for f in facts(body, date)
        if f.cls.value == "TreatyRelation"
    ]


POSITIVES: list[tuple[str, set[str], str | None]] = [
    # 1. a short name in brackets; a day told twice
    (
        "Defence Minister Pål Jonson and Secretary of State Antony Blinken signed a Defence "
        "Cooperation Agreement (DCA) between Sweden and the United States on Tuesday.",
        {SWEDEN, USA},
        "2023-06-13",
    ),
    (
        "Today, 16 June, Foreign Minister Yoshimasa Hayashi and Foreign Secretary Enrique Manalo "
        "signed a Reciprocal Access Agreement (RAA) between Japan and the Philippines in Manila.",
        {JAPAN, PHILIPPINES},
        "2023-06-16",
    ),
    # 2. relations governed by, rooted or anchored in a treaty
    (
        "President Tebboune said that relations between Algeria and Italy were governed by the "
        "Treaty of Friendship, Good-Neighbourliness and Cooperation signed in 2003.",
        {ALGERIA, ITALY},
        "2003",
    ),
    (
        "Italian Prime Minister Giorgia Meloni met Algerian President Abdelmadjid Tebboune in "
        "Algiers. Meloni noted that relations between the two countries are governed by a "
        "friendship treaty.",
        {ALGERIA, ITALY},
        None,
    ),
    (
        "India and Nepal share a long open border and ties anchored in the Treaty of Peace and "
        "Friendship of 1950.",
        {INDIA, NEPAL},
        "1950",
    ),
    (
        "Ties between Japan and the Philippines are rooted in the Treaty of Amity and Commerce "
        "of 1956.",
        {JAPAN, PHILIPPINES},
        "1956",
    ),
    # 3. a dated treaty as the ground of one state's act for another
    (
        "Under an exchange of notes signed in 1966, the UK made the island available to the "
        "United States for defence purposes, and the base has since grown.",
        {UK, USA},
        "1966",
    ),
    (
        "Under an agreement signed in 1994, Kazakhstan leased the cosmodrome to Russia.",
        {KAZAKHSTAN, RUSSIA},
        "1994",
    ),
    (
        "Russia keeps a naval base in Tartus under an agreement signed with Syria in 2017.",
        {RUSSIA, SYRIA},
        "2017",
    ),
    # 4. memorandums of obligations
    (
        "A memorandum of obligations of the Islamic Republic of Iran to obtain the status of a "
        "member state of the SCO was signed.",
        {IRAN, SCO},
        "2023-06-16",
    ),
    (
        "The Chinese and Russian leaders also signed a memorandum of obligations for Belarus, the "
        "last step before Minsk can become a full member of the Shanghai Cooperation "
        "Organisation.",
        {BELARUS, SCO},
        "2023-06-16",
    ),
    (
        "Foreign Minister Hossein Amir-Abdollahian, who signed Iran's memorandum of obligations "
        "with the SCO in Samarkand in September 2022, said the accession would help the economy.",
        {IRAN, SCO},
        "2022-09",
    ),
    # 5. signed "in <city> on <day> by", and by a government and the other side
    (
        "The agreement signed in Nairobi on 2 May by Ethiopia and Kenya ended the dispute.",
        {ETHIOPIA, KENYA},
        "2023-05-02",
    ),
    (
        "The accord signed on Tuesday in Bridgetown by Maduro's government and the opposition "
        "Unitary Platform provides for an election.",
        {VENEZUELA, "Unitary Platform"},
        "2023-06-13",
    ),
    # a signer told with its short name and what it is
    (
        "The Philippine government and the Moro Islamic Liberation Front (MILF) rebel group "
        "signed a peace agreement in Kuala Lumpur on Friday.",
        {PHILIPPINES, "Moro Islamic Liberation Front"},
        "2023-06-16",
    ),
    # 6. a relative clause of signing with a list of partners
    (
        "Algeria, which last year signed a memorandum with Niger and Nigeria on the trans-Saharan "
        "gas pipeline, has long advocated dialogue in the region.",
        {ALGERIA, NIGER, NIGERIA},
        "2022",
    ),
]


@pytest.mark.parametrize(("body", "parties", "date"), POSITIVES)
def test_treaty_found(body: str, parties: set[str], date: str | None) -> None:
    found = treaties(body)
    assert any(p == parties and (date is None or date in d) for p, d in found), found


NEGATIVES: list[str] = [
    # a treaty to come, a negation, ties rooted in no treaty
    "Relations between Japan and the Philippines will be governed by the new treaty.",
    "He said that relations between Algeria and Italy were not governed by the Treaty of "
    "Friendship.",
    "Ties between Japan and the Philippines are rooted in shared democratic values.",
    # the ground of an act to come, or of an act naming a third state, or negated
    "Under an agreement to be signed in 2025, Kazakhstan will lease the site to Russia.",
    "Under an agreement signed in 1994, Kazakhstan did not lease the site to Russia.",
    "Russia would keep a naval base in Tartus under an agreement signed with Syria in 2017.",
    "Russia keeps a base under an agreement to be signed with Syria in 2025.",
    # memorandums of obligations not signed
    "Iran has not signed its memorandum of obligations with the SCO.",
    "Kazakhstan will sign a memorandum of obligations for Iran with the SCO next year.",
    # a draft, or a signing to come
    "They rejected the draft agreement signed in Nairobi on 2 May by Ethiopia and Kenya.",
    "The agreement to be signed in Nairobi on 2 July by Ethiopia and Kenya will end the dispute.",
]


@pytest.mark.parametrize("body", NEGATIVES)
def test_no_treaty(body: str) -> None:
    assert treaties(body) == []


def test_obligations_not_the_signers() -> None:
    """The leaders who sign a memorandum of obligations for a state are no parties of it."""
    found = treaties(
        "The Chinese and Russian leaders also signed a memorandum of obligations for Belarus at "
        "the summit of the Shanghai Cooperation Organisation."
    )
    assert found and all(p == {BELARUS, SCO} for p, _ in found), found
