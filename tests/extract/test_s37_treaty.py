"""Signings, treaty relations, trade figures and permissions told in less common constructions
(session 37, treaty).

The sentences are written for this session (none from a gold set); each positive is read after
an opening sentence that tells the talks of the pair (``OPENING``). Conventions followed (all
earlier sessions' except where said):

- A signing by the two states' ministries ("Kazakh and Uzbek ministries signed ...", "the
  ministries of energy of the two countries signed ...") is SUPPORT 057 by the states, with their
  TreatyRelation; so are documents "exchanged" when their name is capitalised ("exchanged seven
  Memoranda of Understanding") and documents "were exchanged" in the leaders' presence.
- Documents signed "between the Kazakh Railways Agency and the Uzbekistan Railways Agency" are a
  treaty of the two states the organs belong to ("between the Vietnam Coast Guard and the
  Philippine Coast Guard").
- "The agreements were signed by X and Y" after the signing was told is the same signing (one
  event per act, ANNOTATION.md section 5): no second SUPPORT 057 by the signers or their states.
- A signing in a ", when" clause of an occasion someone "recalled" is background: its treaty
  relation only, no SUPPORT 057.
- The figure a trade goal starts from ("to raise two-way trade to $10 billion ..., from $4.5
  billion in 2023") is the TradeFlow of its year; the goal itself none. A figure followed by its
  speaker (", Tokayev said, adding that ...") or by a comparison (", well below the peak of ...")
  is the one before them.
- "A supplied about 70 percent of the wheat imported by B" is B's TradeShare with partner A (a
  commodity share, no flow).
- "Citizens of both countries may now stay in the other country ... without a visa" is visa-free
  entry both ways (not without the visa words, nor "could soon").
- "Kuwait's continued hosting of U.S. forces" is Kuwait's basing permission to the United States.

Hit rate before the change (main at f228ae41): 0 of the 20 positives; after: 20 of 20.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import facts, key, keys

DAY = dt.date(2024, 5, 17)  # a Friday
VIETNAM, INDONESIA = "Q881", "Q252"

KAZAKHSTAN, UZBEKISTAN, USA, KUWAIT, ARMENIA, GEORGIA = (
    "Q232",
    "Q265",
    "Q30",
    "Q817",
    "Q399",
    "Q230",
)
OPENING = (
    "President Kassym-Jomart Tokayev held talks in Astana on Friday with President Shavkat "
    "Mirziyoyev of Uzbekistan.\n\n"
)
OPENING_3 = (
    "President Vo Van Thuong held talks in Hanoi on Friday with President Joko Widodo of "
    "Indonesia.\n\n"
)
OPENING_2 = (
    "Prime Minister Nikol Pashinyan held talks in Yerevan on Friday with Prime Minister Irakli "
    "Kobakhidze of Georgia.\n\n"
)


def _is_signing(f: Fact) -> bool:
    return f.cls.value == "Event" and "057" in {str(c) for c in f.get("cameoCode")}


def of_sentence(body: str, sentence: str, date: dt.date = DAY) -> list[Fact]:
    """The facts whose evidence is ``sentence``."""
    return [f for f in facts(body + sentence, date) if f.evidence[0].text == sentence]


def signings(body: str, sentence: str) -> list[frozenset[str]]:
    return [frozenset(keys(f.get("actor"))) for f in of_sentence(body, sentence) if _is_signing(f)]


def treaties(body: str, sentence: str) -> list[frozenset[str]]:
    return [
        frozenset(keys(f.get("party")))
        for f in facts(body + sentence, DAY)
        if f.cls.value == "TreatyRelation" and any(e.text == sentence for e in f.evidence)
    ]


# ---- signings by the states' ministries, and documents exchanged -------------------------------

SIGNINGS: list[tuple[str, str, set[str]]] = [
    (
        OPENING,
        "In the presence of the two presidents, Kazakh and Uzbek ministries signed six memorandums "
        "of understanding on water and energy.",
        {KAZAKHSTAN, UZBEKISTAN},
    ),
    (
        OPENING,
        "The ministries of energy of the two countries also signed a memorandum on gas supplies.",
        {KAZAKHSTAN, UZBEKISTAN},
    ),
    (
        OPENING_2,
        "Armenian and Georgian ministries then signed four agreements on transport and customs.",
        {ARMENIA, GEORGIA},
    ),
    (
        OPENING_2,
        "In their presence, the two sides exchanged seven Memoranda of Understanding on trade, "
        "culture and tourism.",
        {ARMENIA, GEORGIA},
    ),
    (
        OPENING,
        "In the presence of the two leaders, five agreements were exchanged, on health, education "
        "and sport.",
        {KAZAKHSTAN, UZBEKISTAN},
    ),
    (
        OPENING_3,
        "After the talks, the two presidents witnessed the signing of a memorandum between the "
        "Vietnam Coast Guard and the Indonesian Coast Guard on maritime safety.",
        {VIETNAM, INDONESIA},
    ),
]


@pytest.mark.parametrize(("opening", "sentence", "actors"), SIGNINGS)
def test_signing_by_states(opening: str, sentence: str, actors: set[str]) -> None:
    assert actors in signings(opening, sentence), of_sentence(opening, sentence)
    assert actors in treaties(opening, sentence)


def test_signing_between_organs_is_a_treaty_of_their_states() -> None:
    sentence = (
        "The two leaders also witnessed the signing of a memorandum of understanding between "
        "the Indonesia Navy and the Vietnam Coast Guard on search and rescue."
    )
    assert {VIETNAM, INDONESIA} in treaties(OPENING_3, sentence)


def test_signers_told_after_the_signing_are_no_second_signing() -> None:
    body = (
        OPENING + "In the presence of the two leaders, four agreements were exchanged, on "
        "agriculture and culture.\n\n"
    )
    sentence = (
        "The agreements were signed by Foreign Minister Murat Nurtleu and Foreign Minister "
        "Bakhtiyor Saidov."
    )
    assert signings(body, sentence) == []
    assert signings(OPENING, body[len(OPENING) :].strip()) == [frozenset({KAZAKHSTAN, UZBEKISTAN})]


def test_a_recalled_signing_is_background() -> None:
    body = (
        "Vladimir Putin had a telephone conversation with President Ilham Aliyev of Azerbaijan.\n\n"
    )
    sentence = (
        "Putin recalled the talks they had held in Baku in August, when the sides signed a "
        "number of agreements on energy and transport."
    )
    assert signings(body, sentence) == []


SIGNING_NEGATIVES: list[tuple[str, str]] = [
    # no documents exchanged, a signing to come, companies' papers
    (OPENING, "In their presence, the two sides exchanged views on the situation in Afghanistan."),
    (OPENING, "The ministries of energy of the two countries will sign a memorandum next month."),
    (OPENING, "Kazakh and Uzbek companies signed six contracts worth 2 billion dollars."),
    (OPENING, "No agreements were exchanged in the presence of the two leaders."),
]


@pytest.mark.parametrize(("opening", "sentence"), SIGNING_NEGATIVES)
def test_no_signing(opening: str, sentence: str) -> None:
    assert signings(opening, sentence) == []


# ---- trade figures and shares --------------------------------------------------------------


def flows(body: str, sentence: str) -> list[tuple[frozenset[str], str, str]]:
    return [
        (
            frozenset(keys(f.get("party"))),
            str(f.one("amount")),
            ",".join(str(p) for p in f.get("period")),
        )
        for f in of_sentence(body, sentence)
        if f.cls.value == "TradeFlow"
    ]


PAIR = frozenset({KAZAKHSTAN, UZBEKISTAN})
FLOWS: list[tuple[str, tuple[frozenset[str], str, str]]] = [
    (
        "The two leaders agreed to raise two-way trade to 10 billion US dollars by 2030, from 4.5 "
        "billion dollars in 2023.",
        (PAIR, "4500000000", "2023"),
    ),
    (
        "The presidents pledged to boost bilateral trade to $8 billion in the next five years, "
        "from about $3.2 billion in 2022.",
        (PAIR, "3200000000", "2022"),
    ),
    (
        "Trade between Kazakhstan and Uzbekistan reached about $4.5 billion in 2023, Tokayev "
        "said, adding that Uzbek investments in Kazakhstan total around $2 billion.",
        (PAIR, "4500000000", "2023"),
    ),
    (
        "Trade between Kazakhstan and Uzbekistan totalled about 3.9 billion US dollars in 2022, "
        "well below the peak of more than 6 billion dollars reached in 2014.",
        (PAIR, "3900000000", "2022"),
    ),
]


@pytest.mark.parametrize(("sentence", "flow"), FLOWS)
def test_trade_flow(sentence: str, flow: tuple[frozenset[str], str, str]) -> None:
    assert flows(OPENING, sentence) == [flow]


def test_no_trade_goal_as_a_flow() -> None:
    """The goal alone is no figure."""
    assert (
        flows(OPENING, "The two leaders agreed to raise two-way trade to 10 billion dollars.") == []
    )


SHARES: list[tuple[str, str, str, str, str]] = [
    (
        "Kazakhstan supplied about 70 percent of the wheat imported by Uzbekistan last year.",
        UZBEKISTAN,
        KAZAKHSTAN,
        "0.7",
        "2023",
    ),
    (
        "Armenia supplied nearly 40 percent of the brandy imported by Georgia in 2022.",
        GEORGIA,
        ARMENIA,
        "0.4",
        "2022",
    ),
    (
        "Kazakhstan accounted for about a third of the flour bought by Uzbekistan in 2023.",
        UZBEKISTAN,
        KAZAKHSTAN,
        "0.33",
        "2023",
    ),
]


@pytest.mark.parametrize(("sentence", "reporter", "partner", "share", "period"), SHARES)
def test_trade_share(sentence: str, reporter: str, partner: str, share: str, period: str) -> None:
    found = [
        (keys(f.get("reporter")), keys(f.get("partner")), str(f.one("share")), str(f.one("period")))
        for f in of_sentence("", sentence)
        if f.cls.value == "TradeShare"
    ]
    assert ({reporter}, {partner}, share, period) in found, found


def test_no_share_of_goods_exported_by_a_third() -> None:
    found = of_sentence(
        "", "Kazakhstan supplied about 70 percent of the wheat that Uzbekistan sold to Russia."
    )
    assert not [f for f in found if f.cls.value == "TradeShare"]


# ---- permissions ---------------------------------------------------------------------------


def permissions(body: str, sentence: str) -> set[tuple[str, str, str]]:
    return {
        (key(f.one("grantor")), key(f.one("grantee")), str(f.one("activity")))
        for f in of_sentence(body, sentence)
        if f.cls.value == "Permission"
    }


VISA_FREE: list[tuple[str, str]] = [
    (
        OPENING,
        "Citizens of both countries may now stay in the other country for up to 30 days "
        "without a visa.",
    ),
    (OPENING_2, "The two countries' citizens can now visit each other's countries without a visa."),
    (OPENING, "Citizens of the two countries no longer need a visa to enter the other country."),
]


@pytest.mark.parametrize(("opening", "sentence"), VISA_FREE)
def test_visa_free_both_ways(opening: str, sentence: str) -> None:
    found = permissions(opening, sentence)
    pair = [KAZAKHSTAN, UZBEKISTAN] if opening is OPENING else [ARMENIA, GEORGIA]
    assert (pair[0], pair[1], "VisaFreeEntry") in found, found
    assert (pair[1], pair[0], "VisaFreeEntry") in found, found


VISA_NEGATIVES: list[str] = [
    "Citizens of the two countries may stay in the other country for up to 30 days.",
    "Citizens of both countries could soon visit each other's countries without a visa.",
    "Citizens of both countries may not enter the other country without a visa.",
]


@pytest.mark.parametrize("sentence", VISA_NEGATIVES)
def test_no_visa_free(sentence: str) -> None:
    assert permissions(OPENING, sentence) == set()


BASING: list[tuple[str, str, str]] = [
    (
        "The Secretary expressed appreciation to the Emir for Kuwait's continued hosting of U.S. "
        "forces at Camp Arifjan.",
        KUWAIT,
        USA,
    ),
    (
        "Blinken thanked the Emir for Kuwait's long-standing hosting of some 13,000 U.S. troops.",
        KUWAIT,
        USA,
    ),
]


@pytest.mark.parametrize(("sentence", "grantor", "grantee"), BASING)
def test_hosting_as_a_noun(sentence: str, grantor: str, grantee: str) -> None:
    assert (grantor, grantee, "MilitaryBasing") in permissions("", sentence)


def test_no_hosting_of_people_not_forces() -> None:
    assert permissions("", "The minister criticised Kuwait's hosting of U.S. businessmen.") == set()
