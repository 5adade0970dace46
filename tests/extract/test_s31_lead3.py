"""Session 31 (lead, third part): an agency's bare "Foreign Ministry", the EU's institutions by
the Union's abbreviation, and ambassadors in stories filed at the UN.

Found while spending blind43 and blind44 (the sentences below are written afresh).

- **"the Foreign Ministry summoned ..."** in a state news agency's story (IRNA, Xinhua, TASS ...):
  the agency's state, as a ministry's own release's bare "the Ministry" is — while the article has
  named no state's ministry (``facts.Doc.agency_home``). A wire story's bare "Foreign Ministry"
  stays an unlinked body.
- **"The EU Council imposed ..."**, "the EU Commission", "the EU Parliament": the Union (either
  council acts for it), the European Commission, the European Parliament
  (``mentions._ORGAN_PARENTS``) instead of unlinked bodies.
- **"UNITED NATIONS, Feb 23 (AFP) - ... Russian ambassador X"**: a state's ambassador named
  without a host in a story filed at the UN is accredited to the UN (``Context.un_dateline``);
  one named with a host ("the U.S. ambassador to Russia") keeps it.

Before (at 72132d0) → after: agency ministry 0/2 → 2/2 (wire story unchanged), EU institutions
0/3 → 3/3, UN dateline 0/1 → 1/1 (a named host unchanged)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.articles import parse_text
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import keys

DAY = dt.date(2022, 10, 26)
IRAN, UK, CHINA, JAPAN, EU, UN, RUSSIA, US = (
    "Q794",
    "Q145",
    "Q148",
    "Q17",
    "Q458",
    "Q1065",
    "Q159",
    "Q30",
)


def _facts(body: str, url: str, publisher: str | None = None) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=DAY, url=url, publisher=publisher)
    return extract(article, load_index())


def _events(found: list[Fact]) -> list[tuple[str, set[str], set[str]]]:
    return [
        (str(f.get("eventType")[0]), keys(f.get("actor")), keys(f.get("recipient")))
        for f in found
        if f.cls.value == "Event"
    ]


@pytest.mark.parametrize(
    ("body", "url", "publisher", "state", "other"),
    [
        (
            "Last week, the Foreign Ministry summoned the British ambassador in Tehran to protest.",
            "https://en.irna.ir/news/x",
            "IRNA",
            IRAN,
            UK,
        ),
        (
            "The Foreign Ministry on Monday summoned the Japanese ambassador to lodge a protest.",
            "https://english.news.cn/x",
            "Xinhua",
            CHINA,
            JAPAN,
        ),
    ],
)
def test_an_agencys_bare_foreign_ministry_is_its_state(
    body: str, url: str, publisher: str, state: str, other: str
) -> None:
    assert ("ACCUSE", {state}, {other}) in _events(_facts(body, url, publisher))


def test_a_wire_storys_bare_foreign_ministry_is_no_state() -> None:
    body = "The Foreign Ministry on Monday summoned the Japanese ambassador to lodge a protest."
    found = _events(_facts(body, "https://www.reuters.com/x", "Reuters"))
    assert all(CHINA not in actors for _t, actors, _r in found)


@pytest.mark.parametrize(
    ("name", "qid"),
    [("EU Council", EU), ("EU Commission", "Q8880"), ("EU Parliament", "Q8889")],
)
def test_an_eu_institution_by_the_unions_abbreviation(name: str, qid: str) -> None:
    body = f"The {name} on Monday condemned Iran for the crackdown on protesters."
    assert ("ACCUSE", {qid}, {IRAN}) in _events(_facts(body, "https://www.reuters.com/x"))


def test_an_ambassador_in_a_story_filed_at_the_un_is_accredited_to_it() -> None:
    body = (
        "UNITED NATIONS, Oct 26 (AFP) - The General Assembly met on Wednesday.\n\n"
        "Russian ambassador Vassily Nebenzia accused the West of escalating the war.\n\n"
        "The U.S. ambassador to Russia, Lynne Tracy, was in Moscow."
    )
    text = f"title: t\ndate: 2022-10-26\nurl: https://www.afp.com/x\n---\n{body}\n"
    found = extract(parse_text(text, "t.txt"), load_index())
    hosts = {
        frozenset(keys(f.get("jurisdiction"))): keys(f.get("accreditedTo"))
        for f in found
        if f.cls.value == "Tenure"
    }
    assert hosts[frozenset({RUSSIA})] == {UN}
    assert hosts[frozenset({US})] == {RUSSIA}


@pytest.mark.parametrize("verb", ["welcomed", "welcomes"])
def test_a_welcomed_signing_between_parties_ends_with_an_abbreviation(verb: str) -> None:
    """ "... between the Government of X and the Y Front (YF).": the parties the welcome is for,
    the abbreviation after the second one (``statements._SIGNED_BY``); before, a SUPPORT with no
    recipient."""
    body = (
        "The Chairperson of the African Union Commission, Moussa Faki Mahamat, "
        f"{verb} the signing in Juba of the peace agreement between the Government of the "
        "Republic of South Sudan and the National Salvation Front (NAS)."
    )
    supports = [
        (actors, recipients)
        for kind, actors, recipients in _events(_facts(body, "https://au.int/x"))
        if kind == "SUPPORT" and "Moussa Faki Mahamat" in actors
    ]
    assert supports == [({"Moussa Faki Mahamat"}, {"Q958", "National Salvation Front"})]
