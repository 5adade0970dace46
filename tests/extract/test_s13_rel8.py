"""Single constructions (session 13, rel8): signings by "the sides" are the states' (ANNOTATION.md
§6), and their treaty is dated by the talks; treaties "signed in their presence" at the talks;
officials signing with other officials and an organisation's head (its organisation a party),
"an identical document" signed by others; a bare title coordinated with another person's title
and name ("The Secretary-General and Minister Shoigu") is two people; partnerships a relative
clause dates ("the AUKUS partnership we launched in September 2021"); part-year trade figures."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact

DAY = dt.date(2023, 9, 14)

AZERBAIJAN, KAZAKHSTAN, UZBEKISTAN, KYRGYZSTAN = "Q227", "Q232", "Q265", "Q813"
ARMENIA, IRAN, RUSSIA, UKRAINE, TURKIYE = "Q399", "Q794", "Q159", "Q212", "Q43"
UN, UN_SECRETARIAT, GUTERRES = "Q1065", "Q220563", "Q311440"
INDIA, VIETNAM, AUSTRALIA, UK, US = "Q668", "Q881", "Q408", "Q145", "Q30"
ALIYEV, TOKAYEV = "Q57371", "Q200881"


def _facts(body: str, day: dt.date = DAY, title: str | None = None) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=day, title=title)
    return extract(article, load_index())


def _of(found: list[Fact], cls: str) -> list[Fact]:
    return [f for f in found if f.cls.value == cls]


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _dates(fact: Fact, role: str = "date") -> tuple[str, ...]:
    return tuple(str(v) for v in fact.get(role))


def _signings(found: list[Fact]) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    return [
        (frozenset(_keys(f, "actor")), _dates(f))
        for f in _of(found, "Event")
        if "057" in {str(c) for c in f.get("cameoCode")}
    ]


def _treaties(found: list[Fact]) -> set[tuple[frozenset[str], tuple[str, ...]]]:
    return {(frozenset(_keys(f, "party")), _dates(f)) for f in _of(found, "TreatyRelation")}


BAKU_TALKS = (
    "President Ilham Aliyev of Azerbaijan held talks with President Kassym-Jomart Tokayev of "
    "Kazakhstan in Baku on Wednesday.\n\n"
)
TASHKENT_TALKS = (
    "Uzbek President Shavkat Mirziyoyev met Kyrgyz President Sadyr Japarov in Tashkent on "
    "Tuesday.\n\n"
)
PAIR_AZ_KZ = frozenset({AZERBAIJAN, KAZAKHSTAN})
PAIR_UZ_KG = frozenset({UZBEKISTAN, KYRGYZSTAN})


# ---- "the sides" signing: the states, the treaty dated by the talks ------------------------------


@pytest.mark.parametrize(
    ("body", "pair", "day"),
    [
        (
            BAKU_TALKS + "After the talks, the two sides also signed three Memoranda of "
            "Understanding in the fields of agriculture and archaeology.",
            PAIR_AZ_KZ,
            "2023-09-13",
        ),
        (
            TASHKENT_TALKS + "The sides signed an agreement on the joint management of water "
            "resources.",
            PAIR_UZ_KG,
            "2023-09-12",
        ),
        (
            TASHKENT_TALKS + "Both sides also concluded a protocol on border crossings.",
            PAIR_UZ_KG,
            "2023-09-12",
        ),
    ],
)
def test_the_sides_sign_as_states_on_the_day_of_the_talks(
    body: str, pair: frozenset[str], day: str
) -> None:
    found = _facts(body)
    assert _signings(found) == [(pair, (day,))]
    assert _treaties(found) == {(pair, (day,))}


def test_the_two_leaders_still_sign_as_persons() -> None:
    found = _facts(
        BAKU_TALKS + "The two leaders signed a declaration on allied interaction.",
    )
    assert _signings(found) == [(frozenset({ALIYEV, TOKAYEV}), ("2023-09-13",))]


@pytest.mark.parametrize(
    "text",
    [
        # another time than the talks': the treaty keeps no date of theirs
        "Previously, the two sides signed an agreement on trade.",
        # the perfect: background, undated
        "The two sides have signed more than 40 agreements.",
    ],
)
def test_a_signing_of_another_time_is_not_dated_by_the_talks(text: str) -> None:
    found = _facts(BAKU_TALKS + text)
    assert _treaties(found) == {(PAIR_AZ_KZ, ())}


# ---- "signed in their presence" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "pair", "day"),
    [
        (
            BAKU_TALKS + "The Treaty on the Establishment of the Supreme Interstate Council "
            "between the Republic of Azerbaijan and the Republic of Kazakhstan was also signed "
            "in their presence.",
            PAIR_AZ_KZ,
            "2023-09-13",
        ),
        (
            TASHKENT_TALKS + "An agreement on the demarcation of the state border between "
            "Uzbekistan and Kyrgyzstan was signed in the presence of the two presidents.",
            PAIR_UZ_KG,
            "2023-09-12",
        ),
        (
            TASHKENT_TALKS + "A memorandum on transit was signed in the leaders' presence.",
            PAIR_UZ_KG,
            "2023-09-12",
        ),
    ],
)
def test_a_treaty_signed_in_their_presence(body: str, pair: frozenset[str], day: str) -> None:
    found = _facts(body)
    assert _signings(found) == [(pair, (day,))]
    assert (pair, (day,)) in _treaties(found)


def test_a_treaty_signed_in_their_presence_keeps_its_name() -> None:
    found = _facts(
        BAKU_TALKS + "The Treaty on the Establishment of the Supreme Interstate Council "
        "between the Republic of Azerbaijan and the Republic of Kazakhstan was also signed in "
        "their presence."
    )
    names = {str(v) for f in _of(found, "TreatyRelation") for v in f.get("instrument")}
    assert names == {"Treaty on the Establishment of the Supreme Interstate Council"}


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed in the presence of journalists.",
        "An agreement on transit will be signed in their presence next month.",
        "No agreement was signed in their presence.",
    ],
)
def test_not_a_signing_in_their_presence(text: str) -> None:
    found = _facts(TASHKENT_TALKS + text)
    assert _signings(found) == []
    assert _treaties(found) == set()


# ---- officials signing with officials and an organisation's head ----------------------------

ISTANBUL = (
    "ISTANBUL, July 22 - A ceremony in Istanbul on Friday was attended by UN Secretary-General "
    "António Guterres.\n\n"
)


def test_officials_sign_with_an_official_and_the_secretary_general() -> None:
    found = _facts(
        ISTANBUL + "Ukraine's Minister of Infrastructure, Oleksandr Kubrakov, signed the "
        "Initiative with Türkiye's Minister of National Defence, Hulusi Akar, and the "
        "Secretary-General.\n\n"
        "Russia's Minister of Defence, Sergei Shoigu, signed an identical document with "
        "Minister Akar and the Secretary-General.",
        dt.date(2022, 7, 22),
    )
    signers = {actors for actors, _ in _signings(found)}
    assert frozenset({"Q66809451", "Hulusi Akar", GUTERRES}) in signers
    assert (
        frozenset({"Q32024", "Hulusi Akar", GUTERRES}) in signers
    )  # the KB's "Sergey Shoygu" (s13-mtg5)
    parties = {p for p, _ in _treaties(found)}
    assert parties == {frozenset({UKRAINE, TURKIYE, UN}), frozenset({RUSSIA, TURKIYE, UN})}


def test_the_secretary_general_and_a_minister_are_two_signers() -> None:
    found = _facts(
        ISTANBUL + "The Secretary-General and Minister Shoigu also signed a Memorandum of "
        "Understanding between the Russian Federation and the United Nations Secretariat.",
        dt.date(2022, 7, 22),
    )
    assert [a for a, _ in _signings(found)] == [frozenset({GUTERRES, "Q32024"})]
    assert {p for p, _ in _treaties(found)} == {frozenset({RUSSIA, UN_SECRETARIAT})}


def test_two_titles_of_one_person_stay_one() -> None:
    # (no other prime minister named: both offices are the one man's)
    found = _facts(
        "Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani met "
        "Secretary Blinken in Doha on Monday."
    )
    holders = [_keys(f, "holder") for f in _of(found, "Tenure")]
    assert sum(1 for h in holders if any("Mohammed" in k or k.startswith("Q") for k in h)) >= 1
    people = [_keys(f, "participant") for f in _of(found, "Meeting")]
    assert people and all(len(p) == 2 for p in people)


@pytest.mark.parametrize(
    "text",
    [
        # a witness, not a co-signer
        "Ukraine's Minister of Infrastructure, Oleksandr Kubrakov, signed the Initiative with "
        "the Secretary-General looking on.",
        # an initiative launched, not signed
        "Türkiye launched a new Initiative on food security with the Secretary-General.",
        # no earlier signing the identical document copies
        "Russia's Minister of Defence, Sergei Shoigu, signed an identical document with "
        "Minister Akar.",
    ],
)
def test_no_treaty_of_co_signers(text: str) -> None:
    found = _facts(ISTANBUL + text, dt.date(2022, 7, 22))
    assert not any(len(p) >= 3 or UN in p for p, _ in _treaties(found))


# ---- partnerships a relative clause dates ----------------------------------------------------

AUKUS = (
    "The text of the following statement was released by the leaders of Australia, the United "
    "Kingdom and the United States.\n\n"
)


@pytest.mark.parametrize(
    ("body", "parties", "start"),
    [
        (
            AUKUS + "Today we reaffirm our commitment to the AUKUS partnership we launched in "
            "September 2021.",
            {AUSTRALIA, UK, US},
            "2021-09",
        ),
        (
            AUKUS + "We are proud of the trilateral alliance that we formed in 2021.",
            {AUSTRALIA, UK, US},
            "2021",
        ),
        (
            "India and Vietnam deepened the strategic partnership the two countries "
            "established in 2016.",
            {INDIA, VIETNAM},
            "2016",
        ),
        (
            "Modi praised the comprehensive partnership which India and Vietnam forged in "
            "March 2018.",
            {INDIA, VIETNAM},
            "2018-03",
        ),
    ],
)
def test_a_partnership_started_by_its_parties(body: str, parties: set[str], start: str) -> None:
    found = _of(_facts(body), "Partnership")
    assert [(_keys(f, "party"), _dates(f, "startDate")) for f in found] == [(parties, (start,))]


@pytest.mark.parametrize(
    "body",
    [
        # a plan, not a partnership started
        AUKUS + "We will deepen the partnership we plan to launch in 2025.",
        # who launched it is not said
        "India and Vietnam discussed the partnership launched in 2016 by their ministries.",
    ],
)
def test_no_dated_partnership(body: str) -> None:
    found = _of(_facts(body), "Partnership")
    assert not any(f.get("startDate") for f in found)


# ---- part-year trade: the year as period -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Bilateral trade reached $250 million in the first half of 2022.", "2022"),
        (
            "Trade between the two countries rose to $1.2 billion in the first nine months of "
            "2021.",
            "2021",
        ),
    ],
)
def test_a_part_year_trade_figure_has_the_year(text: str, period: str) -> None:
    body = (
        "Prime Minister Narendra Modi held talks with Prime Minister Pham Minh Chinh of Vietnam "
        "in New Delhi on Monday.\n\n" + text
    )
    (flow,) = _of(_facts(body, dt.date(2022, 8, 1)), "TradeFlow")
    assert _keys(flow, "party") == {INDIA, VIETNAM}
    assert _dates(flow, "period") == (period,)
