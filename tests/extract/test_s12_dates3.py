"""Dates and places of facts (session 12, round 3): days told from another ("Later that day",
"the next day", "the previous day"), "overnight", acts in a paragraph opened by a dated
occasion ("During the talks on Tuesday, ..."), places opening a sentence ("In Kyiv, ..."), towns
named after "the city of", where a document was signed or an attack struck, a building over the
state a guest is in, and treaties dated by the year they are named by."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact, TimeValue
from dipld.temporal import find_dates

THURSDAY = dt.date(2024, 3, 14)
MONDAY = dt.date(2024, 3, 11)
SATURDAY = dt.date(2024, 3, 9)

KYIV, KHERSON, ODESA, PORT_MORESBY, HANOI = "Q1899", "Q156732", "Q1874", "Q36526", "Q1858"
RUSSIA = "Q159"


def _facts(body: str, date: dt.date = THURSDAY, url: str | None = None) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=date, url=url)
    return extract(article, load_index())


def _of(found: list[Fact], cls: str, kind: str = "") -> list[Fact]:
    return [
        f
        for f in found
        if f.cls.value == cls and (not kind or kind in {str(v) for v in f.get("eventType")})
    ]


def _date(fact: Fact) -> str | None:
    dates = [v.lexical for v in fact.get("date") if isinstance(v, TimeValue)]
    return dates[0] if dates else None


def _place(fact: Fact) -> str | None:
    places = [v.qid or v.label for v in fact.get("place") if isinstance(v, Entity)]
    return places[0] if places else None


def _values(text: str, ref: dt.date = THURSDAY, anchor: dt.date | None = None) -> list[str]:
    return [d.value.lexical for d in find_dates(text, ref, anchor=anchor)]


# ---- days told from another day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Later that day, the ministers signed a memorandum.", ["2024-03-12"]),
        ("Earlier that same day, the envoy arrived.", ["2024-03-12"]),
        ("On the same day, Poland recalled its ambassador.", ["2024-03-12"]),
        ("The very same day, Berlin replied.", ["2024-03-12"]),
        ("The next day, he flew to Riga.", ["2024-03-13"]),
        ("On the following day the talks resumed.", ["2024-03-13"]),
        ("Seoul protested a day later.", ["2024-03-13"]),
        ("The strike had come the previous day.", ["2024-03-11"]),
        ("Ankara had summoned the envoy the day before.", ["2024-03-11"]),
        ("Two days later, the sides met again.", ["2024-03-14"]),
        ("three days earlier, a drone hit the port", ["2024-03-09"]),
        # a day this sentence names first counts before the one told before
        ("They met on Friday and the next day signed a deal.", ["2024-03-08", "2024-03-09"]),
        (
            "Warsaw demanded reparations on 3 March, and Berlin refused the same day.",
            [
                "2024-03-03",
                "2024-03-03",
            ],
        ),
    ],
)
def test_a_day_told_from_the_day_before_it(text: str, expected: list[str]) -> None:
    assert _values(text, anchor=dt.date(2024, 3, 12)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another event's day, or nothing to count from
        "The vote took place on the same day as the summit.",
        "Kyiv was attacked a day after the talks.",
        "The next day's session was cancelled.",
        "The two leaders spent the day in talks.",
        "Later that day, the ministers signed a memorandum.",  # (no day told before)
    ],
)
def test_no_day_without_one_to_count_from(text: str) -> None:
    assert _values(text) == []


def test_after_a_run_of_days_the_next_day_is_not_known() -> None:
    assert _values("They met on 7-8 March and the next day signed a deal.") == ["2024-03-07"]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # the night before the article's day: the month (or the year) both its days share
        ("Russia attacked Odesa with drones overnight.", THURSDAY, ["2024-03"]),
        ("Russia attacked Odesa with drones overnight, killing two.", THURSDAY, ["2024-03"]),
        ("Drones hit Kyiv overnight.", dt.date(2024, 4, 1), ["2024"]),
        ("Drones hit Kyiv overnight.", dt.date(2024, 1, 1), []),
        # the night before the day it was told, or the day it ended on
        (
            "Drones hit Kyiv overnight, officials said on Friday.",
            dt.date(2024, 4, 2),
            ["2024-03", "2024-03-29"],
        ),
        ("Drones hit Kyiv overnight into Sunday.", THURSDAY, ["2024-03"]),
        # a day written: that day, not the night's month
        ("Drones hit Kyiv overnight on Tuesday.", THURSDAY, ["2024-03-12"]),
        ("Drones hit Kyiv on Tuesday overnight.", THURSDAY, ["2024-03-12"]),
        # no time of an act
        ("He made an overnight stay in Minsk.", THURSDAY, []),
        ("The overnight attack killed two.", THURSDAY, []),
        ("Overnight talks in Doha ended without a deal.", THURSDAY, []),
        ("The delegation stayed overnight in Minsk.", THURSDAY, []),
    ],
)
def test_overnight(text: str, ref: dt.date, expected: list[str]) -> None:
    assert _values(text, ref) == expected


WIRE = (
    "RIGA, March 14 (Wire) - Foreign Minister Sergey Lavrov met Chinese Foreign Minister "
    "Wang Yi in Beijing on Monday.\n\n"
    "Later that day, Lavrov held talks with Premier Li Qiang.\n\n"
    "The following day, Russia expelled two Estonian diplomats.\n\n"
    "On the same day, Estonia summoned the Russian charge d'affaires.\n\n"
    "Estonia had expelled a Russian diplomat the previous day, its foreign ministry said.\n"
)


def test_a_story_told_day_by_day() -> None:
    found = _facts(WIRE)
    meetings = {_date(f) for f in _of(found, "Meeting")}
    assert meetings == {"2024-03-11"}  # (Lavrov with Wang, and with Li later that day)
    sanctions = sorted(_date(f) or "-" for f in _of(found, "Event", "SANCTION"))
    assert sanctions == ["2024-03-11", "2024-03-12"]  # (the previous day: of the summons')
    (summons,) = _of(found, "Event", "ACCUSE")
    assert _date(summons) == "2024-03-12"


def test_a_sentence_of_two_days_leaves_the_next_day_unknown() -> None:
    body = (
        "Lavrov met Wang Yi on Monday, and Wang met Antony Blinken on Tuesday.\n\n"
        "The next day, Russia expelled two Estonian diplomats.\n"
    )
    (sanction,) = _of(_facts(body), "Event", "SANCTION")
    assert _date(sanction) is None


def test_a_month_leaves_the_next_day_unknown() -> None:
    body = (
        "Lavrov met Wang Yi on Monday.\n\nIn February, Estonia closed a border crossing.\n\n"
        "The next day, Russia expelled two Estonian diplomats.\n"
    )
    (sanction,) = _of(_facts(body), "Event", "SANCTION")
    assert _date(sanction) is None


def test_a_headline_has_no_night() -> None:
    body = (
        "Zelenskiy hosted Mitsotakis in Odesa on Wednesday, and the two leaders visited the port.\n"
    )
    article = Article(
        id="t",
        source="t.txt",
        body=body,
        date=THURSDAY,
        title="Russia strikes Odesa overnight as Zelenskiy meets Greek PM",
    )
    meetings = _of(extract(article, load_index()), "Meeting")
    assert [_date(f) for f in meetings] == ["2024-03-13"]  # (one meeting: the headline's too)


# ---- acts at a dated occasion ----------------------------------------------------------------

VISIT = (
    "Foreign Minister Penny Wong visited Vietnam from 7 to 8 March for the annual foreign "
    "ministers' meeting.\n\n"
    "During the talks on Thursday, Senator Wong and Foreign Minister Bui Thanh Son welcomed "
    "the growth of two-way trade. The ministers also agreed to launch a maritime security "
    "dialogue. Australia pledged to fund a new scholarship programme.\n\n"
)


def test_acts_of_a_paragraph_take_its_occasions_date() -> None:
    found = _facts(VISIT, SATURDAY)
    agreed = _of(found, "Event", "AGREE")
    assert len(agreed) == 2
    assert {_date(f) for f in agreed} == {"2024-03-07"}


@pytest.mark.parametrize(
    "tail",
    [
        # another paragraph
        "\n\nThe ministers also agreed to launch a maritime security dialogue.",
        # background told in the perfect
        " Australia has pledged to fund a new scholarship programme.",
        # a party that was not there
        " Japan pledged to fund a new scholarship programme.",
    ],
)
def test_no_occasion_date_outside_it(tail: str) -> None:
    body = (
        "Foreign Minister Penny Wong visited Vietnam from 7 to 8 March.\n\n"
        "During the talks on Thursday, Senator Wong and Foreign Minister Bui Thanh Son "
        "welcomed the growth of two-way trade." + tail + "\n"
    )
    agreed = _of(_facts(body, SATURDAY), "Event", "AGREE")
    assert agreed
    assert {_date(f) for f in agreed} == {None}


def test_an_occasion_without_one_day_dates_nothing() -> None:
    body = (
        "Foreign Minister Penny Wong visited Vietnam from 7 to 8 March.\n\n"
        "During the talks in March, Senator Wong and Foreign Minister Bui Thanh Son welcomed "
        "the growth of two-way trade. The ministers also agreed to launch a maritime security "
        "dialogue.\n"
    )
    (agreed,) = _of(_facts(body, SATURDAY), "Event", "AGREE")
    assert _date(agreed) == "2024-03"  # (the month: still one value for the occasion)


# ---- places ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Kyiv, Antony Blinken held talks with Dmytro Kuleba.", KYIV),
        ("In Hanoi, Penny Wong met Bui Thanh Son on Monday.", HANOI),
        ("In Kyiv on Monday, Antony Blinken held talks with Dmytro Kuleba.", KYIV),
        ("At the Kremlin, Vladimir Putin held talks with Kassym-Jomart Tokayev.", "Kremlin"),
        ("Volodymyr Zelensky met Kyriakos Mitsotakis in the southern port city of Odesa.", ODESA),
        ("Sergey Lavrov met Hakan Fidan in the Black Sea resort of Zatoka.", "Zatoka"),
        ("Antony Blinken met Volodymyr Zelensky in the Ukrainian capital, Kyiv.", KYIV),
        # a building over the state the guest is in
        (
            "Vladimir Putin held talks in the Kremlin with President of Belarus Alexander "
            "Lukashenko, who is in Russia on a working visit.",
            "Kremlin",
        ),
        # the building the guest was welcomed to
        ("President Joe Biden welcomed President Yoon Suk Yeol to the White House.", "White House"),
    ],
)
def test_meeting_places(text: str, place: str) -> None:
    (meeting,) = _of(_facts(text, MONDAY), "Meeting")
    assert _place(meeting) == place


@pytest.mark.parametrize(
    "text",
    [
        "In Moscow's view, Antony Blinken held talks with Dmytro Kuleba.",
        "In Kyiv's view, Antony Blinken held talks with Dmytro Kuleba.",
        "Antony Blinken held talks with Dmytro Kuleba on the city of Kherson's future.",
    ],
)
def test_no_meeting_place(text: str) -> None:
    (meeting,) = _of(_facts(text, MONDAY), "Meeting")
    assert _place(meeting) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Australia and Papua New Guinea signed a security agreement in Port Moresby on Monday.",
            PORT_MORESBY,
        ),
        ("In Hanoi, Australia and Vietnam signed a memorandum on clean energy.", HANOI),
        ("During their visit to Kyiv, Japan and Ukraine signed a memorandum on demining.", KYIV),
        ("At the Kremlin, Russia and Laos signed a joint statement.", "Kremlin"),
    ],
)
def test_signing_places(text: str, place: str) -> None:
    signed = [f for f in _of(_facts(text, MONDAY), "Event", "SUPPORT") if _place(f)]
    assert [_place(f) for f in signed] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Ukraine signed a memorandum on demining, and Japan opened an office in Kyiv.",
        # what the document is about, not where it was signed
        "Japan and Ukraine signed an agreement on reconstruction projects in Kharkiv.",
        "Japan and Ukraine signed an agreement to open a consulate in Odesa.",
        "Japan and Ukraine signed a memorandum in support of Kyiv's recovery.",
    ],
)
def test_no_signing_place(text: str) -> None:
    signed = _of(_facts(text, MONDAY), "Event", "SUPPORT")
    assert signed and [_place(f) for f in signed] == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian forces shelled the southern city of Kherson on Tuesday.", KHERSON),
        ("Russia attacked the Ukrainian port city of Odesa with drones.", ODESA),
        ("Turkish warplanes struck targets near the town of Zakho.", "Zakho"),
        ("Russia attacked Ukraine with drones.", None),  # (a state attacked is no place)
    ],
)
def test_where_an_attack_struck(text: str, place: str | None) -> None:
    (attack,) = _of(_facts(text, MONDAY), "Event", "ASSAULT")
    assert _place(attack) == place


def test_a_town_of_the_kb_is_linked_not_a_new_place() -> None:
    (meeting,) = _of(_facts("Putin met Erdogan in the city of Kazan.", MONDAY), "Meeting")
    assert _place(meeting) == "Q900"


def test_a_town_name_keeps_retreats() -> None:
    text = "Russian troops withdrew from the village of Krynky on Monday."
    (retreat,) = _of(_facts(text, MONDAY), "Event", "RETREAT")
    assert _date(retreat) == "2024-03-11"


# ---- treaties named by their year ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("India and Bangladesh are parties to the 1996 Ganges Water Treaty.", "1996"),
        ("Under the 2010 agreement between Russia and Norway, the two divided the sea.", "2010"),
        ("Russia and Laos are bound by the 1994 Treaty of Friendship and Cooperation.", "1994"),
        # a year to come names no date
        ("The 2026 agreement between Kazakhstan and Uzbekistan will take effect soon.", None),
    ],
)
def test_a_treaty_named_by_its_year(text: str, year: str | None) -> None:
    (treaty,) = _of(_facts(text, dt.date(2025, 2, 13)), "TreatyRelation")
    assert _date(treaty) == year


def test_a_treaty_signed_on_a_named_year_is_no_signing_of_the_day() -> None:
    body = (
        "Hakan Fidan met Fuad Hussein in Baghdad on Tuesday.\n\n"
        "Iraq and Turkey signed the 2014 agreement on water management.\n"
    )
    found = _facts(body, dt.date(2025, 2, 13))
    assert not _of(found, "Event", "SUPPORT")  # (a background signing: ANNOTATION.md §5)
    (treaty,) = _of(found, "TreatyRelation")
    assert _date(treaty) == "2014"


@pytest.mark.parametrize(
    "text",
    ["The next day, they met", "on the same day", "a day later", "Two days later", "that day"],
)
def test_an_unread_day_passes_the_other_time_precheck(text: str) -> None:
    from dipld.extract import statements
    from dipld.extract.patterns import OTHER_TIME

    assert OTHER_TIME.search(text)
    assert statements._other_time(text)


# ---- pre-checks: each word test is implied by the pattern it guards ---------------------------


def test_a_day_told_from_another_has_a_space_and_day() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from dipld import temporal
    from tests.extract.test_s10_rel import _never, _without

    regex = temporal._NARRATIVE
    blanked = _without(regex, (" +day",))
    assert _never(list(_parser.parse(blanked, regex.flags))), blanked
    blanked = _without(temporal._OVERNIGHT, ("[Oo]vernight",))
    assert _never(list(_parser.parse(blanked, temporal._OVERNIGHT.flags))), blanked


def test_an_occasion_opens_with_its_words() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from dipld.extract import facts
    from tests.extract.test_s10_rel import _never, _without

    words = ("During", "At(?= )", "In the course of", "On the (?:sidelines|margins) of")
    blanked = _without(facts._OCCASION, words)
    assert _never(list(_parser.parse(blanked, facts._OCCASION.flags))), blanked
    for opening in (
        "During",
        "At ",
        "In the course of",
        "On the sidelines of",
        "On the margins of",
    ):
        assert opening.startswith(facts._OCCASION_WORDS)


def test_a_town_of_has_its_words() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from dipld.extract import mentions
    from tests.extract.test_s10_rel import _never, _without

    regex = mentions._TOWN_OF
    blanked = _without(regex, ("(?:city|town|village|port|resort) of +",))
    assert _never(list(_parser.parse(blanked, regex.flags))), blanked
    assert all(
        f"{w} of" in mentions._TOWN_WORDS for w in ("city", "town", "village", "port", "resort")
    )
