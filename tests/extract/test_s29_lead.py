# ruff: noqa: E501  (tables of sentences)
"""Session 29, the lead's fixes from two spent blind sets, written again here in other words.

- **Adverbs between a subject and its verb** ("Japarov later spoke by telephone with Rahmon",
  "the two presidents on Monday held talks", "formally and unanimously approved") and **a time
  inside a verb's phrase** ("received a telephone call this afternoon from ...") kept every rule
  that reads a subject next to its verb, or a verb next to its party, from reading the sentence:
  the meeting, the call, the signing were lost. The sentence is now read again without them
  (:func:`dipld.extract.patterns.adverb_reading`, merged as the aside readings are); hedges and
  negations stay ("reportedly", "nearly", "did not").
- **"The Moscow-led CSTO", "the Russian-led CSTO"**: a capital's or a demonym's "-led" before an
  organisation hid the membership (only "Russia-led" was read).
- **"Both countries are members of the SCO, which Pakistan believes should ..."**: a hedge in a
  relative clause about the organisation after the statement hedged the whole sentence.
- **Organisations by the abbreviation the snapshot's memberships table gives them** ("SCO",
  "OIC", "AIIB", "AfDB" ...), which organizations.csv lacks: bare "the SCO" was an unlinked
  entity. Only acronyms of one organisation that name no other entity ("GUAM" stays Guam), and
  not "PIF" (also Saudi Arabia's Public Investment Fund).

- **The scorer** (``dipld eval``) now reads an unlinked name with an acronym in brackets, or
  without its accents, as the same name ("National Liberation Army (ELN)", "Luiz Inacio Lula da
  Silva"), and counts a spokesperson's Tenure the gold does not give apart, as ANNOTATION.md §4
  makes them optional (gold writers never give them). Measured on every gold set at 63d613e: 8 of
  43 sets score higher, none lower (blind39 0.548 → 0.580 the most).

Hit rates at 63d613e (before) → after: adverbs 3/7 → 7/7 (an adverb before "held talks",
"met" or a time before "with" was read already; "later spoke by telephone with", "a telephone
call this morning from", "formally and unanimously approved", "later signed" were not; negatives
5/5 → 5/5); "-led" 1/4 → 4/4; relative-clause hedge 0/2 → 2/2 (negatives 3/3 → 3/3);
abbreviations 0/5 → 5/5 (negatives 3/3 → 3/3). "Both countries" after sentences naming one of
the headline's two states is their pair before and after (2/2, kept as the shape of the article
the hedge was found in; no pair after a meeting of others or three other states: 2/2)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dipld.evaluate import Report, read_gold, score_article
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 3, 14)


def _meetings(text: str) -> list[set[str]]:
    return [keys(f.get("participant")) for f in facts(text, DAY) if f.cls.value == "Meeting"]


def _events(text: str, code: str) -> list[tuple[set[str], set[str]]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("cameoCode")[0]) == code
    ]


def _members(text: str, title: str | None = None) -> set[tuple[str, str]]:
    article = Article(id="t", source="t.txt", body=text, date=DAY, title=title)
    return {
        (next(iter(keys(f.get("member")))), next(iter(keys(f.get("organization")))))
        for f in extract(article, load_index())
        if f.cls.value == "Membership"
    }


ADVERB_MEETINGS = [
    (
        "Ghanaian President Nana Akufo-Addo later spoke by telephone with Senegalese President Macky Sall.",
        {"Q718601", "Q57438"},
    ),
    (
        "Foreign Minister Jeyhun Bayramov received a telephone call this morning from Turkish Foreign Minister Mevlüt Çavuşoğlu.",
        {"Q16366137", "Q249206"},
    ),
    (
        "Kenyan President William Ruto on Tuesday held talks with Ugandan President Yoweri Museveni.",
        {"Q195725", "Q57274"},
    ),
    (
        "Chancellor Olaf Scholz subsequently met French President Emmanuel Macron.",
        {"Q61053", "Q3052772"},
    ),
    (
        "Prime Minister Fumio Kishida spoke by phone on Tuesday with Australian Prime Minister Anthony Albanese.",
        {"Q359480", "Q335697"},
    ),
]


@pytest.mark.parametrize(("text", "people"), ADVERB_MEETINGS)
def test_a_meeting_with_an_adverb_before_its_verb_or_party_is_read(
    text: str, people: set[str]
) -> None:
    assert people in _meetings(text)


def test_adverbs_before_an_approval_and_a_signing_are_read() -> None:
    approved = "Brazil and Argentina formally and unanimously approved the treaty."
    assert ({"Q155", "Q414"}, set()) in _events(approved, "057")
    signed = "Brazil and Argentina later signed the treaty."
    assert {"Q155", "Q414"} in [
        keys(f.get("party")) for f in facts(signed, DAY) if f.cls.value == "TreatyRelation"
    ]


ADVERB_NEGATIVES = [
    "Ghanaian President Nana Akufo-Addo reportedly spoke by telephone with Senegalese President Macky Sall.",
    "Ghanaian President Nana Akufo-Addo also did not speak with Senegalese President Macky Sall.",
    "Ghanaian President Nana Akufo-Addo never spoke by telephone with Senegalese President Macky Sall.",
    "Ghanaian President Nana Akufo-Addo nearly met Senegalese President Macky Sall.",
    "Ghanaian President Nana Akufo-Addo will later speak by telephone with Senegalese President Macky Sall.",
]


@pytest.mark.parametrize("text", ADVERB_NEGATIVES)
def test_hedges_negations_and_plans_stay_what_they_are(text: str) -> None:
    assert {"Q718601", "Q57438"} not in _meetings(text)


LED = [
    (
        "Armenia and Kazakhstan are members of the Moscow-led Collective Security Treaty Organization.",
        {("Q399", "Q318693"), ("Q232", "Q318693")},
    ),
    ("Armenia is a member of the Russian-led CSTO.", {("Q399", "Q318693")}),
    (
        "Armenia and Kazakhstan belong to the Moscow-led Collective Security Treaty Organization.",
        {("Q399", "Q318693"), ("Q232", "Q318693")},
    ),
    ("Kyrgyzstan, a member of the Russia-led CSTO, asked for help.", {("Q813", "Q318693")}),
]


@pytest.mark.parametrize(("text", "members"), LED)
def test_a_leader_s_capital_or_demonym_before_the_organisation(
    text: str, members: set[tuple[str, str]]
) -> None:
    assert _members(text) >= members


def test_a_sponsor_is_no_member() -> None:
    assert not _members("Syria belongs to the Iran-backed axis of resistance.")


RELATIVE_HEDGE = [
    "Armenia and Kazakhstan are members of the Collective Security Treaty Organization, which Yerevan believes should have acted.",
    "Armenia and Kazakhstan are members of the Collective Security Treaty Organization, which could send troops.",
]


@pytest.mark.parametrize("text", RELATIVE_HEDGE)
def test_a_hedge_in_a_relative_clause_after_the_membership(text: str) -> None:
    assert _members(text) >= {("Q399", "Q318693"), ("Q232", "Q318693")}


RELATIVE_HEDGE_NEGATIVES = [
    "Armenia and Kazakhstan could become members of the Collective Security Treaty Organization, which would help.",
    "If Armenia and Kazakhstan are members of the Collective Security Treaty Organization, which could act, they may ask.",
    "Armenia and Kazakhstan would be members of the Collective Security Treaty Organization, which meets in May.",
]


@pytest.mark.parametrize("text", RELATIVE_HEDGE_NEGATIVES)
def test_a_hedged_membership_stays_hedged(text: str) -> None:
    assert not _members(text)


HEADLINE_PAIRS = [
    (
        "Ethiopia protests Eritrean border incursion",
        "Ethiopia lodged a formal protest on Monday. Addis Ababa reserves the right to respond. Both countries are members of the African Union, whose commission said it was concerned.",
        {("Q115", "Q7159"), ("Q986", "Q7159")},
    ),
    (
        "Peru demands answers from Chile over fishing dispute",
        "Peru said the seizure of its trawler was unacceptable. Lima expects a full explanation. Both countries are members of the Pacific Alliance.",
        {("Q419", "Q7122288"), ("Q298", "Q7122288")},
    ),
]


@pytest.mark.parametrize(("title", "body", "members"), HEADLINE_PAIRS)
def test_both_countries_are_the_headline_s_pair_when_none_is_named_since(
    title: str, body: str, members: set[tuple[str, str]]
) -> None:
    assert _members(body, title) >= members


HEADLINE_PAIR_NEGATIVES = [
    (
        "Ethiopia protests Eritrean border incursion",
        "Ethiopia lodged a formal protest. Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi. Both countries are members of the East African Community.",
    ),
    (
        "Ethiopia protests Eritrean border incursion",
        "Sudan, Egypt and Djibouti said they were worried. Both countries are members of the African Union.",
    ),
]


@pytest.mark.parametrize(("title", "body"), HEADLINE_PAIR_NEGATIVES)
def test_not_the_headline_s_pair_after_a_meeting_or_other_states(title: str, body: str) -> None:
    members = _members(body, title)
    assert ("Q115", "Q7159") not in members and ("Q986", "Q7159") not in members


ABBREVIATIONS = [
    ("India and Pakistan are members of the SCO.", "Q485207"),
    ("Jordan is a founding member of the OIC.", "Q47543"),
    ("Britain joined the AIIB in 2015.", "Q18109843"),
    ("Egypt is a member of the AfDB.", "Q340195"),
    ("Japan is a member of the IEA.", "Q826700"),
]


@pytest.mark.parametrize(("text", "org"), ABBREVIATIONS)
def test_an_organisation_by_the_abbreviation_the_memberships_table_gives(
    text: str, org: str
) -> None:
    assert org in {o for _, o in _members(text)}


def test_abbreviations_that_mean_something_else_are_not_added() -> None:
    kb = load_index()
    assert [e.qid for e in kb.lookup("GUAM")] == ["Q16635"]  # Guam, not the GUAM organisation
    assert "Q757276" not in {e.qid for e in kb.lookup("PIF")}  # also the Public Investment Fund
    assert not {o for _, o in _members("Fiji is a member of the PIF.")} & {"Q757276"}


def test_the_scorer_counts_a_spokesperson_s_tenure_apart_and_reads_bracketed_acronyms(
    tmp_path: Path,
) -> None:
    """ANNOTATION.md §4 makes spokespersons' Tenures optional: one the gold does not give is
    neither right nor wrong; "National Liberation Army (ELN)" in the gold is the extractor's
    "National Liberation Army"."""
    body = (
        "Foreign Ministry spokeswoman Maria Zakharova said Moscow would respond. "
        "Colombia accused the National Liberation Army (ELN) of attacking a base."
    )
    sentence = body.split(". ")[1]
    gold = {
        "file": "t.txt",
        "date": DAY.isoformat(),
        "facts": [
            {
                "id": "F01",
                "class": "Event",
                "eventType": "ACCUSE",
                "cameoCode": "112",
                "actor": [{"qid": "Q739"}],
                "recipient": [{"unlinked": "National Liberation Army (ELN)"}],
                "evidence": sentence,
            }
        ],
        "no_fact_notes": [],
    }
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (record,) = read_gold([path])
    article = Article(id="t", source="t.txt", body=body, date=DAY)
    found = extract(article, load_index())
    assert any(f.cls.value == "Tenure" and str(f.get("role")[0]) == "Spokesperson" for f in found)
    report = Report()
    score_article(report, record, article, found)
    assert report.classes["Event"].correct == 1
    assert report.classes["Tenure"].ignored >= 1
    assert not [f for _, f in report.false_positives if f.cls.value == "Tenure"]
