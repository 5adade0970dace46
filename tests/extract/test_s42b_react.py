"""Reactions to an act named only by its noun (session 42, round 2): who made the act.

The sentences are written for this session (none from a gold set). Conventions followed (the
development and spent gold's, counted this session):

- An agreement signed or agreed on that the article opens with, its news, is what a later "the
  agreement", "the deal", "the accord" reacted to is, also when the reaction comes more than a
  few paragraphs later (as assaults and ceasefires the article opens with already were): its
  parties are the recipients ("condemned the agreement", "welcomed the agreement"), none when
  the reacting party is one of them.
- "signed documents on ..." is a signing as "signed an agreement" is.
- "X has today decided to ..." opening the article is the decision a later "welcomed the
  decision" is about.
- A reacting party with a relative clause "of which X is a member", "whose members include X"
  set off by commas is the subject; X is no party of the reaction.
- Of one side's acts told twice (by its parties, then by their envoys), the recipients are the
  parties ("Colombia and the ELN signed an agreement ... Under the agreement, Petro and the ELN
  committed ...": Colombia and the ELN, as the gold codes it).
"""

from __future__ import annotations

import datetime as dt

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity

POLAND, RUSSIA, BELARUS, KENYA, SOMALIA = "Q36", "Q159", "Q184", "Q114", "Q1045"
SUDAN, SOUTH_SUDAN, FRANCE, GERMANY, CHAD = "Q1049", "Q958", "Q142", "Q183", "Q657"
ETHIOPIA, ERITREA, AU = "Q115", "Q986", "Q7159"

# paragraphs that tell no act, to put a reaction more than 1,200 characters after the news
_FILLER = (
    "\n\nThe two countries share a long land border and a history of close trade, with goods "
    "worth several billion dollars crossing it every year, most of them grain, fuel and "
    "machinery.\n\n"
    "Both governments face elections next year, and economists expect growth in the region to "
    "slow to about three percent as prices of food and energy remain high.\n\n"
    "The capital has a population of about four million people, and its airport handles more "
    "than ten million passengers a year, according to official statistics.\n\n"
    "Tourism accounts for about eight percent of the economy, and the number of visitors has "
    "recovered to its level before the pandemic, the statistics office said.\n\n"
    "The region's rivers feed farms that employ about half of the working population, and "
    "droughts in recent years have cut harvests by a fifth.\n\n"
    "The central bank kept its main interest rate unchanged at its last meeting in March, "
    "citing stable prices and a strong currency.\n\n"
    "Fishing fleets from the coast land most of their catch in the port, which was expanded "
    "with a new container terminal three years ago.\n\n"
    "Mobile phone use has spread quickly in rural districts, where most households now pay for "
    "goods and services with their phones, a survey found.\n\n"
)


def _keys(values: tuple[object, ...]) -> set[str]:
    return {v.qid or v.label for v in values if isinstance(v, Entity)}  # type: ignore[misc]


def _events(kind: str, text: str, title: str | None = None) -> list[tuple[set[str], set[str]]]:
    """(actors, recipients) of each Event of ``kind``, of the article with this headline."""
    article = Article(id="t", source="t.txt", body=text, date=dt.date(2024, 3, 1), title=title)
    return [
        (_keys(f.get("actor")), _keys(f.get("recipient")))
        for f in extract(article, load_index())
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == kind
    ]


def test_agreement_the_article_opens_with_condemned_far_later() -> None:
    text = (
        "Russia and Belarus signed an agreement on Thursday on the storage of nuclear weapons "
        "in Belarus." + _FILLER + "Poland condemned the agreement as a threat to the region."
    )
    title = "Russia and Belarus sign nuclear storage deal"
    assert ({POLAND}, {RUSSIA, BELARUS}) in _events("ACCUSE", text, title)


def test_agreement_not_the_headline_is_not_taken_up_far_later() -> None:
    # the headline tells other news: the agreement is not what the article is about
    text = (
        "Russia and Belarus signed an agreement on Thursday on the storage of nuclear weapons "
        "in Belarus." + _FILLER + "Poland condemned the agreement as a threat to the region."
    )
    title = "Poland holds local elections amid tension on the border"
    assert not [r for a, r in _events("ACCUSE", text, title) if a == {POLAND} and r]


def test_agreement_the_article_opens_with_welcomed_far_later() -> None:
    text = (
        "Sudan and South Sudan agreed on Tuesday to reopen their border crossings for trade."
        + _FILLER
        + "France welcomed the agreement as a step towards stability."
    )
    title = "Sudan, South Sudan agree to reopen border crossings"
    assert ({FRANCE}, {SUDAN, SOUTH_SUDAN}) in _events("SUPPORT", text, title)


def test_signed_documents_are_an_agreement() -> None:
    text = (
        "Russia and Belarus signed documents on Thursday on the storage of nuclear weapons in "
        "Belarus." + _FILLER + "Germany condemned the agreement as dangerous."
    )
    title = "Russia and Belarus sign documents on nuclear weapons"
    assert ({GERMANY}, {RUSSIA, BELARUS}) in _events("ACCUSE", text, title)


def test_decision_taken_today_welcomed_far_later() -> None:
    text = (
        "Somalia has today decided to restore diplomatic relations with Kenya." + _FILLER + "Chad "
        "welcomed the decision and said it hoped for calm in the region."
    )
    title = "Somalia restores diplomatic relations with Kenya"
    assert ({CHAD}, {SOMALIA}) in _events("SUPPORT", text, title)


def test_reacting_party_with_of_which_clause() -> None:
    text = (
        "Ethiopia and Eritrea signed an agreement on Monday to demarcate their border. The "
        "African Union, of which Ethiopia is a founding member, also welcomed the agreement."
    )
    assert ({AU}, {ETHIOPIA, ERITREA}) in _events("SUPPORT", text)


def test_reacting_party_with_whose_clause() -> None:
    text = (
        "Ethiopia and Eritrea signed an agreement on Monday to demarcate their border. The "
        "African Union, whose members include Kenya, welcomed the agreement."
    )
    assert ({AU}, {ETHIOPIA, ERITREA}) in _events("SUPPORT", text)


def test_own_agreement_far_later_is_no_praise() -> None:
    # the reacting party signed it: self-praise is no event
    text = (
        "Sudan and South Sudan agreed on Tuesday to reopen their border crossings for trade."
        + _FILLER
        + "Sudan welcomed the agreement as a step towards stability."
    )
    title = "Sudan, South Sudan agree to reopen border crossings"
    assert not [r for a, r in _events("SUPPORT", text, title) if a == {SUDAN}]


def test_hedged_agreement_far_before_is_no_act() -> None:
    text = (
        "Sudan and South Sudan could sign an agreement next month to reopen their border "
        "crossings." + _FILLER + "France welcomed the agreement as a step towards stability."
    )
    title = "Sudan, South Sudan could sign border deal"
    assert not [r for a, r in _events("SUPPORT", text, title) if a == {FRANCE} and r]


def test_agreement_told_late_in_the_article_is_no_lead() -> None:
    # an agreement told in passing, not the article's opening news, beyond the span
    text = (
        "Chad's president arrived in Paris on Monday for a two-day visit."
        + _FILLER
        + "Years ago, Sudan and South Sudan signed an agreement on oil transit."
        + _FILLER
        + "France welcomed the agreement."
    )
    title = "Sudan and South Sudan sign deal"
    assert not [r for a, r in _events("SUPPORT", text, title) if a == {FRANCE} and r]


def test_undecided_is_no_decision() -> None:
    text = (
        "Somalia has not yet decided whether to restore diplomatic relations with Kenya."
        + _FILLER
        + "Chad welcomed the decision."
    )
    title = "Somalia weighs restoring diplomatic relations with Kenya"
    assert not [r for a, r in _events("SUPPORT", text, title) if a == {CHAD} and r]


def test_parties_not_envoys_of_one_agreement() -> None:
    text = (
        "Russia and Belarus signed an agreement on Monday on joint air defence.\n\nUnder the "
        "agreement, Vladimir Putin and Alexander Lukashenko agreed to hold joint exercises every "
        "year.\n\nPoland condemned the agreement."
    )
    assert _events("ACCUSE", text) == [({POLAND}, {RUSSIA, BELARUS})]


def test_parties_not_envoys_of_one_agreement_welcomed() -> None:
    text = (
        "Russia and Belarus signed an agreement on Friday on visa-free travel.\n\nUnder the "
        "agreement, Vladimir Putin and Alexander Lukashenko agreed to open new border crossings."
        "\n\nChad welcomed the agreement."
    )
    assert ({CHAD}, {RUSSIA, BELARUS}) in _events("SUPPORT", text)
