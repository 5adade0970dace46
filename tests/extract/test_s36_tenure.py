# ruff: noqa: E501  (a table of sentences)
"""Tenures told by appointments, elections and successions (session 36, tenure).

Sentences written for this session (none from a gold set), in wire, agency and organisation
styles, with officeholders of 2021–2023. Conventions followed (ANNOTATION.md §4):

- "X replaced Y as TITLE", "X was named to succeed Y as TITLE", "X, a former ..., returned as
  TITLE": X holds the title from then on; Y gets nothing.
- "The Senate confirmed X as TITLE", "the legislature voted to appoint X as TITLE", "member
  states re-elected X as TITLE", "elected X of the Republic of Chad as TITLE", "named X, its
  ambassador to Japan, as TITLE": the appointee holds the title; a title without a state is
  the appointer's (a state, its demonym or capital; an organisation for its own offices), or,
  for a linked person, the one the KB has them hold.
- a cabinet post taken without a state, in a sentence that names no state, demonym, other city
  or organisation, is the dateline capital's state's when the publisher is of that state (its
  URL's country-code domain): not a wire's story filed from a foreign capital.
- a commission's deputy chair and commissioners are the organisation's senior officials (the
  one organisation the article named, for "of the Commission"); "General Assembly" alone in a
  story of the UN is the UN General Assembly; Britain's Home Secretary is a minister, South
  Asia's a civil servant.
- none when negated, hedged, to come or nominated only; none for an office taken in a year
  before the last.
- "thanked the Heads of State and Government" (the AU Assembly's style) is none of the states
  named last.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.articles import build_article
from dipld.extract import extract
from dipld.kb.index import load_index
from tests.extract.test_patterns import events, keys
from tests.extract.test_s33_offices import _tenures

D = dt.date
CHINA, JAPAN, KENYA, CZECHIA, PORTUGAL, LEBANON, US = (
    "Q148",
    "Q17",
    "Q114",
    "Q213",
    "Q45",
    "Q822",
    "Q30",
)
WHO, ECOWAS, IAEA = "Q7817", "Q193272", "Q41984"
AUSTIN, BLINKEN = "Q941013", "Q7821917"

POSITIVES = [
    (
        D(2023, 9, 14),
        "Japan on Wednesday named Yoko Kamikawa as foreign minister in a cabinet reshuffle.",
        ("Yoko Kamikawa", "ForeignMinister", JAPAN),
    ),
    (
        D(2023, 3, 7),
        "Kenya's parliament on Tuesday voted to appoint Jane Wanjiru Mwangi as minister of health.",
        ("Jane Wanjiru Mwangi", "Minister", KENYA),
    ),
    (
        D(2023, 5, 25),
        "The World Health Organization's member states on Wednesday elected Hans Kluge as director-general.",
        ("Hans Kluge", "HeadOfOrganization", WHO),
    ),
    (
        D(2023, 2, 10),
        "The Authority re-elected Dr. Amina Diallo of the Republic of Senegal as Chairperson of the ECOWAS Commission.",
        ("Amina Diallo", "HeadOfOrganization", ECOWAS),
    ),
    (
        D(2023, 6, 27),
        "Petr Novak replaced Jan Svoboda as Czech defence minister on Monday.",
        ("Petr Novak", "Minister", CZECHIA),
    ),
    (
        D(2023, 6, 27),
        "Ana Ferreira, a former finance minister, returned as Portugal's foreign minister.",
        ("Ana Ferreira", "ForeignMinister", PORTUGAL),
    ),
    (
        D(2023, 6, 27),
        "Omar Haddad was named to succeed Karim Mansour as Lebanon's foreign minister.",
        ("Omar Haddad", "ForeignMinister", LEBANON),
    ),
    (
        D(2023, 6, 27),
        "Omar Haddad has been appointed to replace Karim Mansour as Lebanon's foreign minister.",
        ("Omar Haddad", "ForeignMinister", LEBANON),
    ),
    (
        D(2023, 6, 27),
        "China on Friday named Li Wei, its ambassador to Japan, as commerce minister.",
        ("Li Wei", "Minister", CHINA),
    ),
    (
        D(2021, 1, 23),
        "The Senate on Friday confirmed Lloyd Austin as secretary of defense.",
        (AUSTIN, "Minister", US),
    ),
    (
        D(2021, 1, 26),
        "The Senate confirmed Janet Yellen as treasury secretary on Monday and retired Gen. Lloyd Austin as the first Black defense secretary on Friday.",
        (AUSTIN, "Minister", US),
    ),
    (
        D(2023, 3, 7),
        "Kenya's parliament on Tuesday approved Jane Wanjiru Mwangi as minister of health and Peter Kamau Otieno as minister of energy.",
        ("Peter Kamau Otieno", "Minister", KENYA),
    ),
    (
        D(2021, 1, 27),
        "The Senate on Tuesday confirmed Antony Blinken as secretary of state by a vote of 78-22.",
        (BLINKEN, "ForeignMinister", US),
    ),
    (
        D(2022, 6, 25),
        "The General Conference on Friday elected Hiroshi Tanaka of Japan as Director-General of the International Atomic Energy Agency.",
        ("Hiroshi Tanaka", "HeadOfOrganization", IAEA),
    ),
    (
        D(2023, 8, 2),
        "Tomas Berg, the outgoing trade minister, succeeded Karl Lund as Swedish foreign minister.",
        ("Tomas Berg", "ForeignMinister", "Q34"),
    ),
]


@pytest.mark.parametrize(("day", "text", "want"), POSITIVES)
def test_office_taken(day: dt.date, text: str, want: tuple[str, str, str]) -> None:
    assert want in _tenures(text, day)


def _dated_tenures(
    body: str, day: dt.date, url: str = "https://www.agency.example/news/cabinet"
) -> set[tuple[str, str, str]]:
    """(holder, role, jurisdiction) of each Tenure an article with a dateline (and the URL of
    a publisher, whose country-code domain gives its state) gives."""
    meta = {"title": "Cabinet", "date": day.isoformat(), "url": url}
    article = build_article(body, "t.txt", meta, b"", "t.txt")
    return {
        (holder, str(f.get("role")[0]), place)
        for f in extract(article, load_index())
        if f.cls.value == "Tenure"
        for holder in keys(f.get("holder"))
        for place in keys(f.get("jurisdiction"))
    }


CTK, LUSA, KNA = (
    "https://www.ctk.cz/news/cabinet",
    "https://www.lusa.pt/news/cabinet",
    "https://www.kenyanews.go.ke/news/cabinet",
)
DATELINED = [
    (
        D(2023, 6, 5),
        CTK,
        "PRAGUE (CTK) - The president announced the new cabinet. In the new cabinet, Chief of "
        "General Staff Gen. Karel Rehka replaced Jana Cernochova as defence minister.",
        ("Karel Rehka", "Minister", CZECHIA),
    ),
    (
        D(2023, 6, 5),
        LUSA,
        "LISBON (Lusa) - The prime minister announced the new cabinet. Rui Moreira, a former "
        "deputy prime minister, returned as economy and finance minister.",
        ("Rui Moreira", "Minister", PORTUGAL),
    ),
    (
        D(2023, 6, 5),
        KNA,
        "NAIROBI (KNA) - The president announced the new cabinet. Peter Otieno was appointed "
        "health minister on Saturday.",
        ("Peter Otieno", "Minister", KENYA),
    ),
]


@pytest.mark.parametrize(("day", "url", "body", "want"), DATELINED)
def test_cabinet_post_of_the_dateline(
    day: dt.date, url: str, body: str, want: tuple[str, str, str]
) -> None:
    assert want in _dated_tenures(body, day, url)


DATELINED_NEGATIVES = [
    # to come
    (
        D(2023, 6, 5),
        CTK,
        "PRAGUE (CTK) - Officials spoke. Karel Rehka will replace Jana Cernochova as defence minister.",
        "Karel Rehka",
    ),
    # a wire's story from a capital (no publisher's state): the post may be another state's
    (
        D(2023, 11, 14),
        "https://www.wire.example/world/reshuffle",
        "KYIV (Wire) - The visit was announced. Jim Hollis replaced Sue Brennan as home secretary.",
        "Jim Hollis",
    ),
    # another state named in the sentence
    (
        D(2023, 6, 5),
        CTK,
        "PRAGUE (CTK) - Officials spoke. In Slovakia, Peter Novak replaced Jan Hruby as defence minister.",
        "Peter Novak",
    ),
]


@pytest.mark.parametrize(("day", "url", "body", "who"), DATELINED_NEGATIVES)
def test_no_dateline_post(day: dt.date, url: str, body: str, who: str) -> None:
    assert all(t[0] != who or t[2] == "Q214" for t in _dated_tenures(body, day, url))


def test_kb_persons_one_state() -> None:
    """A KB person who served one state only takes a cabinet post of it ("is now")."""
    text = (
        "James Cleverly moved to the interior ministry on Monday. Cleverly, who had been foreign "
        "secretary since September 2022, is now home secretary."
    )
    found = _tenures(text, D(2023, 11, 14))
    assert ("Q6131460", "Minister", "Q145") in found
    assert ("Q6131460", "ForeignMinister", "Q145") not in found


def test_home_secretary() -> None:
    """Britain's Home Secretary is a minister; India's a civil servant."""
    uk = "Home Secretary Priti Patel today announced new rules for asylum claims."
    assert ("Priti Patel", "Minister", "Q145") in _dated_tenures(
        uk, D(2022, 4, 14), "https://www.gov.uk/government/news/partnership"
    )
    india = "Indian Home Secretary Ajay Bhalla met officials in New Delhi."
    assert ("Ajay Bhalla", "SeniorOfficial", "Q668") in _tenures(india, D(2022, 4, 14))


NEGATIVES = [
    (
        D(2023, 8, 10),
        "The Senate did not confirm Mark Hollis as secretary of state.",
        "Mark Hollis",
    ),
    (
        D(2023, 8, 10),
        "Libya's parliament is expected to vote to appoint Tarek Salem as foreign minister next week.",
        "Tarek Salem",
    ),
    (D(2023, 8, 10), "China will name Li Wei as foreign minister next month.", "Li Wei"),
    (
        D(2023, 8, 10),
        "Petr Novak replaced Jan Svoboda as Czech defence minister in 2015.",
        "Petr Novak",
    ),
    (
        D(2023, 8, 10),
        "Omar Haddad was nominated to succeed Karim Mansour as Lebanon's foreign minister.",
        "Omar Haddad",
    ),
    (
        D(2023, 8, 10),
        "Omar Haddad is expected to be named to succeed Karim Mansour as Lebanon's foreign minister.",
        "Omar Haddad",
    ),
    (
        D(2023, 8, 10),
        "The president said Ana Ferreira would return as Portugal's foreign minister.",
        "Ana Ferreira",
    ),
    # a second name after a verb that appoints no one
    (
        D(2023, 3, 7),
        "Kenya's parliament on Tuesday rejected Jane Wanjiru Mwangi as minister of health and Peter Kamau Otieno as minister of energy.",
        "Peter Kamau Otieno",
    ),
    # the predecessor gets nothing
    (
        D(2023, 6, 27),
        "Petr Novak replaced Jan Svoboda as Czech defence minister on Monday.",
        "Jan Svoboda",
    ),
]


@pytest.mark.parametrize(("day", "text", "who"), NEGATIVES)
def test_no_office_taken(day: dt.date, text: str, who: str) -> None:
    assert all(t[0] != who for t in _tenures(text, day))


ORGANISATION_OFFICES = [
    # a commission's deputy head and commissioners: the organisation's senior officials
    (
        D(2022, 2, 7),
        "The ECOWAS summit ended in Accra. The Authority also elected Dr. Fatou Sow of the Republic of Senegal as Vice-Chairperson of the ECOWAS Commission.",
        ("Fatou Sow", "SeniorOfficial", ECOWAS),
    ),
    (
        D(2022, 2, 7),
        "The African Union summit ended in Addis Ababa. The Assembly also elected Dr. Grace Mutua of the Republic of Kenya as Deputy Chairperson of the Commission.",
        ("Grace Mutua", "SeniorOfficial", "Q7159"),
    ),
    (
        D(2022, 2, 7),
        "The African Union summit ended in Addis Ababa. Ambassador Kwame Mensah of the Republic of Ghana was elected Commissioner for Agriculture and Rural Development.",
        ("Kwame Mensah", "SeniorOfficial", "Q7159"),
    ),
    # the UN's General Assembly named alone, in a story of the UN
    (
        D(2023, 2, 23),
        "The United Nations marked the anniversary. General Assembly President Csaba Korosi said the vote was clear.",
        ("Q110812967", "HeadOfOrganization", "Q47423"),
    ),
    # lawmakers approving a head of government
    (
        D(2022, 1, 12),
        "Lawmakers in Kazakhstan on Tuesday approved Alikhan Smailov as Prime Minister.",
        ("Q56825894", "HeadOfGovernment", "Q232"),
    ),
]


@pytest.mark.parametrize(("day", "text", "want"), ORGANISATION_OFFICES)
def test_organisation_office_taken(day: dt.date, text: str, want: tuple[str, str, str]) -> None:
    assert want in _tenures(text, day)


def test_general_assembly_without_the_un_is_unplaced() -> None:
    text = "General Assembly President Csaba Korosi said the vote was clear."
    assert all(t[2] != "Q47423" for t in _tenures(text, D(2023, 2, 23)))


def test_heads_of_state_and_government_are_no_states_named_last() -> None:
    text = (
        "Albert Mwale of Zambia and Amani Saleh of Egypt were re-elected Commissioners. "
        "Moussa Faki Mahamat, Chairperson of the African Union Commission, thanked the Heads of "
        "State and Government for their confidence."
    )
    for _actors, recipients, _code in events(text, "SUPPORT", D(2021, 2, 6)):
        assert not recipients & {"Q953", "Q79"}
