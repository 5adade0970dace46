"""Session 30 (lead): names written longer than the KB's, a Pakistani style, land-forces
commanders, and an apposition saying what the subject is.

- **"President Félix Antoine Tshisekedi Tshilombo"** is the KB's "Félix Tshisekedi": among the
  holders of the office the title names on the article date, the one whose label's first word is
  the name's and whose other words come, in order, among the rest
  (``people._with_more_names``). Another holder's name, or the same first name with another
  family name, stays unlinked.
- **"Foreign Minister Makhdoom Shah Mahmood Qureshi"**: "Makhdoom" is a style, not a given name
  (the person is "Shah Mahmood Qureshi").
- **"Commander of Land Forces of Uganda Muhoozi Kainerugaba"**, "Uganda's Commander of Land
  Forces": a MilitaryCommander Tenure (ground, air, naval, armed and special operations forces
  alike).
- **"Honduras, one of the poorest countries in the Americas, exported ..."**: an apposition that
  says what the subject is and names no other party is set aside like the others
  (``patterns.aside_reading``); one before "and" is a list, not an aside.

Hit rates at 07aa230 (before) → after: long names 0/3 → 3/3, negatives 2/2 → 2/2; style 0/2 →
2/2; commanders 0/3 → 3/3; descriptive appositions 0/2 → 2/2 (four more such sentences of other
rules were read before and are unchanged).

- **A state news agency speaks for its state** (ANNOTATION.md §6): "Prime Minister Datuk Seri
  Anwar Ibrahim" in a Bernama story is Malaysia's, as "the President" in a Kremlin release is
  Russia's. ``dipld.extract.agencies`` lists state agencies under generic domains
  ("www.bernama.com", "tass.com") and by the names publisher lines give without a host
  ("Xinhua", "BelTA (Belarusian Telegraph Agency)"); wire services speak for none. Because an
  agency reports visitors too, "Accompanying him were Foreign Minister X, Trade Minister Y" is
  now the visitor's delegation: the state of the person the sentence before is about
  (``People._companion_of_lead``), never the publisher's by default. Left: when the visitor is
  not named ("The visitor arrived ... Accompanying him were Trade Minister Y"), the title's
  state is still guessed among the article's states, the publisher's included.
- **The scorer** ignores a courtesy style before an unlinked name ("Makhdoom", "Datuk Seri",
  "H.E. Mr."): gold writers differ on keeping it (blind39 kept "Makhdoom", blind41 did not)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract.patterns import aside_reading
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 8, 17)
TSHISEKEDI, DRC = "Q29032770", "Q974"


def _tenures(text: str, day: dt.date = DAY) -> list[tuple[frozenset[str], str, frozenset[str]]]:
    return [
        (
            frozenset(keys(f.get("holder"))),
            str(f.get("role")[0]),
            frozenset(keys(f.get("jurisdiction"))),
        )
        for f in facts(text, day)
        if f.cls.value == "Tenure"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "His Excellency Félix Antoine Tshisekedi Tshilombo, President of the Democratic Republic "
        "of Congo, assumed the chairmanship of SADC.",
        "President Félix Antoine Tshisekedi Tshilombo of the Democratic Republic of the Congo "
        "arrived in Luanda on Tuesday.",
        "The President of the Democratic Republic of the Congo, Félix Antoine Tshisekedi "
        "Tshilombo, met Angolan President João Lourenço in Luanda.",
    ],
)
def test_a_name_written_longer_than_the_holders_label_links(text: str) -> None:
    assert (frozenset({TSHISEKEDI}), "HeadOfState", frozenset({DRC})) in _tenures(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same first name, another family name: not the holder
        "DR Congo's President Félix Antoine Kabila Kabange met Angolan President João Lourenço.",
        # the holder's words out of order
        "DR Congo's President Tshisekedi Félix Antoine met Angolan President João Lourenço.",
    ],
)
def test_a_longer_name_that_is_not_the_holders_stays_unlinked(text: str) -> None:
    assert all(TSHISEKEDI not in holder for holder, _, _ in _tenures(text))


@pytest.mark.parametrize(
    "text",
    [
        "The session was chaired by Pakistan's Foreign Minister Makhdoom Shah Mahmood Qureshi.",
        "Pakistani Foreign Minister Makhdoom Shah Mahmood Qureshi met Chinese Foreign Minister "
        "Wang Yi in Islamabad.",
    ],
)
def test_makhdoom_is_a_style(text: str) -> None:
    assert (frozenset({"Shah Mahmood Qureshi"}), "ForeignMinister", frozenset({"Q843"})) in (
        _tenures(text, dt.date(2022, 3, 23))
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lt Gen Muhoozi Kainerugaba, Commander of Land Forces of the Uganda People's Defence "
        "Force, visited Kigali on Saturday.",
        "Lt Gen Muhoozi Kainerugaba, Commander of Land Forces of Uganda, visited Kigali.",
        "Uganda's Commander of Land Forces Muhoozi Kainerugaba visited Kigali on Saturday.",
    ],
)
def test_a_commander_of_land_forces(text: str) -> None:
    assert (frozenset({"Muhoozi Kainerugaba"}), "MilitaryCommander", frozenset({"Q1036"})) in (
        _tenures(text, dt.date(2022, 1, 28))
    )


def test_a_descriptive_apposition_is_set_aside() -> None:
    told = facts(
        "Honduras, one of the poorest countries in the Americas, exported goods worth about "
        "$74 million to Taiwan last year, according to central bank figures.",
        dt.date(2023, 3, 26),
    )
    flows = [f for f in told if f.cls.value == "TradeFlow"]
    assert [(keys(f.get("exporter")), keys(f.get("importer"))) for f in flows] == [
        ({"Q783"}, {"Q865"})
    ]


@pytest.mark.parametrize(
    ("masked", "reading"),
    [
        (
            "§S0§, one of the poorest countries in the Americas, exported goods to §S1§.",
            "§S0§ exported goods to §S1§.",
        ),
        ("§S0§, a landlocked nation of 12 million, signed it.", "§S0§ signed it."),
        ("§S0§, a neighbour, and §S1§ agreed to reopen the border.", None),
        # another party named in it: not what the subject is
        ("§S0§, a close partner since the war in §S1§ began, signed it.", None),
    ],
)
def test_the_aside_reading_of_a_description(masked: str, reading: str | None) -> None:
    assert aside_reading(masked) == reading


# ---- a state news agency speaks for its state -----------------------------------------------


def _published(body: str, url: str | None, publisher: str | None, day: dt.date) -> list:  # type: ignore[type-arg]
    from dipld.extract import extract
    from dipld.kb.index import load_index
    from dipld.model import Article

    article = Article(id="t", source="t.txt", body=body, date=day, publisher=publisher, url=url)
    return extract(article, load_index())


def _tenure_states(found: list, holder: str) -> set[str]:  # type: ignore[type-arg]
    return {
        k
        for f in found
        if f.cls.value == "Tenure" and holder in keys(f.get("holder"))
        for k in keys(f.get("jurisdiction"))
    }


ANWAR = (
    "Prime Minister Datuk Seri Anwar Ibrahim and his Thai counterpart General Prayut Chan-o-cha "
    "today agreed to step up cooperation."
)


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        ("https://www.bernama.com/en/news.php?id=1", "Bernama"),
        ("https://www.bernama.com/en/news.php?id=1", None),
        (None, "Bernama"),
    ],
)
def test_a_state_agency_speaks_for_its_state(url: str | None, publisher: str | None) -> None:
    found = _published(ANWAR, url, publisher, dt.date(2023, 2, 10))
    assert _tenure_states(found, "Anwar Ibrahim") == {"Q833"}


@pytest.mark.parametrize(
    ("url", "publisher"),
    [("https://www.reuters.com/world/x", "Reuters"), (None, "Associated Press")],
)
def test_a_wire_service_speaks_for_none(url: str | None, publisher: str | None) -> None:
    found = _published(ANWAR, url, publisher, dt.date(2023, 2, 10))
    assert _tenure_states(found, "Anwar Ibrahim") == set()


def test_a_visitors_companions_are_his_states_not_the_agencys() -> None:
    found = _published(
        "Albanese arrived in Jakarta on Sunday for his first visit as prime minister. "
        "Accompanying him were Foreign Minister Penny Wong, Trade Minister Don Farrell and a "
        "delegation of business leaders.",
        "https://en.antaranews.com/news/1",
        "ANTARA News",
        dt.date(2022, 6, 6),
    )
    assert _tenure_states(found, "Don Farrell") == {"Q408"}


def test_the_publishers_president_keeps_its_companions() -> None:
    found = _published(
        "President Cyril Ramaphosa attended the summit. He was accompanied by the Minister of "
        "Defence and Military Veterans, Ms Thandi Modise.",
        "https://www.dirco.gov.za/x",
        None,
        dt.date(2021, 6, 23),
    )
    assert _tenure_states(found, "Thandi Modise") == {"Q258"}


# ---- the scorer: a courtesy style is no part of a name ---------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Makhdoom Shah Mahmood Qureshi", "Shah Mahmood Qureshi"),
        ("Datuk Seri Anwar Ibrahim", "Anwar Ibrahim"),
        ("H.E. Mr. Enrique Manalo", "Enrique Manalo"),
    ],
)
def test_the_scorer_ignores_a_courtesy_style(a: str, b: str) -> None:
    from dipld.evaluate import _norm_text

    assert _norm_text(a) == _norm_text(b)


def test_the_scorer_keeps_a_style_that_is_all_there_is_but_a_name() -> None:
    from dipld.evaluate import _norm_text

    assert _norm_text("Dr Mahathir") != _norm_text("Mahathir")
