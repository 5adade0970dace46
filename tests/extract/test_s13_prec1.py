"""Tenures (session 13, prec1): a bare rank before a name ("Minister Wong", "Ambassador
Nicholas Burns") names no office, and a person the article titled before keeps that office
without a second Tenure; "then-" and "the then" make the whole title a former one; "foreign
minister at the time" is no current office. Real titles still give their Tenures: a portfolio or
post after the rank, a state's ambassador, "Secretary Blinken", "President Xi"."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact
from tests.extract.test_patterns import facts

DAY = dt.date(2023, 9, 12)
WANG_YI, WONG, BURNS, CAVUSOGLU, LAVROV = "Q701801", "Q456759", "Q519825", "Q249206", "Q58217"
BLINKEN, XI, SHOUKRY, MANALO = "Q7821917", "Q15031", "Q7409268", "Q28925129"


def _key(fact: Fact, role: str) -> str:
    (value,) = fact.get(role)
    assert isinstance(value, Entity)
    return value.qid or value.label


def _tenures(found: list[Fact]) -> list[tuple[str, str, str]]:
    return [
        (_key(f, "holder"), str(f.get("role")[0]), str(f.get("officeLabel")[0]))
        for f in found
        if f.cls.value == "Tenure"
    ]


def _article(body: str, publisher: str, url: str, date: dt.date) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=date, url=url, publisher=publisher)
    return extract(article, load_index())


# ---- a bare rank is no office ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Australia's Minister Wong met Wang Yi in Beijing on Monday.",
        "Minister Wong and Minister Wang agreed to resume the dialogue.",
        "Ambassador Nicholas Burns met Foreign Minister Wang Yi in Beijing.",
        "The talks were opened by Ambassador Nicholas Burns and closed by Minister Pandor.",
        "Acting Minister Hayashi briefed the Cabinet on the visit.",
    ],
)
def test_a_bare_rank_gives_no_tenure(text: str) -> None:
    held = _tenures(facts(text, DAY))
    assert all(role not in {"Minister", "Ambassador"} for _, role, _ in held), held


def test_a_rank_keeps_the_office_the_article_gave() -> None:
    text = (
        "Australian Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Beijing. "
        "Minister Wong and Minister Wang agreed to resume the annual dialogue."
    )
    held = _tenures(facts(text, DAY))
    assert sorted(held) == [
        (WONG, "ForeignMinister", "Australian Foreign Minister"),
        (WANG_YI, "ForeignMinister", "Chinese Foreign Minister"),
    ]


def test_a_release_calls_its_minister_by_rank() -> None:
    body = (
        "On July 8, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting "
        "with Secretary of Foreign Affairs Enrique Manalo in Manila.\n\n"
        "Minister Kamikawa stated that the two countries are strategic partners.\n\n"
        "The two ministers shared serious concerns about the situation in the South China Sea. "
        "Minister Kamikawa strongly opposed any unilateral attempts to change the status quo."
    )
    held = _tenures(
        _article(
            body,
            "Ministry of Foreign Affairs of Japan",
            "https://www.mofa.go.jp/s_sa/sea2/ph/page1e_000999.html",
            dt.date(2024, 7, 8),
        )
    )
    assert [r for h, r, _ in held if h == "Kamikawa Yoko"] == ["ForeignMinister"], held


@pytest.mark.parametrize(
    ("text", "holder", "role"),
    [
        ("Prime Minister Anthony Albanese met Xi Jinping.", "Q335697", "HeadOfGovernment"),
        ("Foreign Minister Penny Wong met Wang Yi in Beijing.", WONG, "ForeignMinister"),
        ("Secretary Blinken met Foreign Minister Wang Yi in Beijing.", BLINKEN, "ForeignMinister"),
        ("President Xi met President Biden in San Francisco.", XI, "HeadOfState"),
        ("Secretary Manalo welcomed the Japanese delegation.", MANALO, "ForeignMinister"),
        (
            "Robert Khachatryan, Minister of High-Tech Industry, held talks with Wang Yi.",
            "Q111745402",
            "Minister",
        ),
        ("Polish Ambassador Krzysztof Krajewski was summoned to the ministry.", "", "Ambassador"),
        ("Russia's ambassador, Andrei Kelin, was summoned.", "Q15845826", "Ambassador"),
        (
            "Zhang Xiao, China's Ambassador to Kazakhstan, met Foreign Minister Murat Nurtleu.",
            "Zhang Xiao",
            "Ambassador",
        ),
    ],
)
def test_real_titles_keep_their_tenures(text: str, holder: str, role: str) -> None:
    held = _tenures(facts(text, DAY))
    assert any((not holder or h == holder) and r == role for h, r, _ in held), held


# ---- former offices ------------------------------------------------------------------------------


def test_then_foreign_minister_in_a_ministry_release() -> None:
    body = (
        "Egyptian Foreign Minister Sameh Shoukry visited Ankara on April 13.\n\n"
        "The visit returned one paid by then-Foreign Minister Mevlut Cavusoglu to Cairo in March."
    )
    found = _article(
        body,
        "Republic of Türkiye Ministry of Foreign Affairs",
        "https://www.mfa.gov.tr/shoukry-visit.en.mfa",
        dt.date(2023, 4, 13),
    )
    held = _tenures(found)
    assert [h for h, _, _ in held] == [SHOUKRY], held


@pytest.mark.parametrize(
    "text",
    [
        "In March, then-Foreign Minister Mevlut Cavusoglu travelled to Cairo.",
        "The then Foreign Minister Mevlut Cavusoglu travelled to Cairo in March.",
        "Turkey sent then-Foreign Minister Mevlut Cavusoglu to Cairo in March.",
        "Mevlut Cavusoglu, Turkey's foreign minister at the time, travelled to Cairo.",
        "Sergei Lavrov, then foreign minister, signed the protocol in Minsk.",
    ],
)
def test_a_then_office_gives_no_tenure(text: str) -> None:
    assert _tenures(facts(text, DAY)) == []


def test_then_titles_whole() -> None:
    from dipld.extract.offices import find_titles

    found = [(t.text, t.role) for t in find_titles("then-Defence Minister Hulusi Akar")]
    assert found == [("then-Defence Minister", "Minister")]


def test_at_the_time_of_an_event_is_no_end() -> None:
    text = "Sergei Lavrov, Russia's foreign minister at the time of the talks, met Wang Yi."
    assert (LAVROV, "ForeignMinister", "Russia's foreign minister") in _tenures(facts(text, DAY))
