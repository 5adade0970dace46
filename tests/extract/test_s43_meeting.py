"""Meetings: a meeting told with a later clause in the future, a pair's act "after talks at" a
place, talks "with him" after the host the clause before named, and a possessor's "his meeting
with X in C on <day>" (session 43, the meetings helper).

The sentences are written for this round (none from a gold set). Conventions followed (the
spent golds' majority):

- "X held a bilateral meeting with Y, after which the two leaders signed a deal, under which
  Malaysia will cut tariffs": the meeting (the future is the relative clause's), as "met Y, who
  will travel on to Tokyo" already was.
- "X and Y announced the upgrade on Sunday after talks at the Presidential Palace in Hanoi",
  "... following talks at the Kremlin", "... at the end of talks in Moscow": the pair's talks
  (040), dated by the act's day when the talks are not told as long ("after four days of
  talks" keeps no date of the act), also with an aside after the pair.
- "X attended a welcome ceremony hosted by Y and held talks with him at the palace", "X was
  received by Y and held talks with her": X's meeting with the host Y (043).
- "X's visit follows his meeting with Y in Canberra on 20 August": X's meeting with Y there and
  then, historical when before the article's week.
- "X, who arrived on Tuesday, held talks with Y that evening": the talks of the arrival's day
  (not when the talks have a day of their own).
- "Yoon and Kishida held a separate bilateral meeting and discussed ..." after their summit
  with Biden: the side meeting stays (the reading "Yoon and Kishida discussed ..." is not the
  summit restated); "Yoon and Kishida discussed trade." alone still restates the summit.

Not a meeting to come ("will sign ... following talks", "will hold talks with him"), denied,
nor talks "with" a third party.

Hit rate at e4117ae7 (before): 0/14 positives; the negatives passed before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

FRIDAY = dt.date(2023, 5, 12)
XI, PUTIN = "Q15031", "Q7747"
MODI, SISI, KISHIDA, BIDEN = "Q1058", "Q307871", "Q359480", "Q6279"
ERDOGAN, SCHOLZ = "Q39259", "Q61053"


def _meetings(
    body: str, date: dt.date = FRIDAY
) -> list[tuple[set[str], str, tuple[str, ...], str]]:
    """(participants, CAMEO code, dates, status) of each Meeting the body gives."""
    return [
        (
            keys(f.get("participant")),
            str(f.get("cameoCode")[0]),
            tuple(str(d) for d in f.get("date")),
            f.status.value,
        )
        for f in facts(body, date)
        if f.cls.value == "Meeting"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow "
        "on Tuesday, after which the two sides signed a plan under which Russia will supply more "
        "gas to China.",
        "Chinese President Xi Jinping met Russian President Vladimir Putin at the Kremlin on "
        "Tuesday, after which the two leaders adopted a statement, under which their ministers "
        "will draft a new treaty.",
    ],
)
def test_a_later_relative_clause_in_the_future(body: str) -> None:
    assert [(w, d) for w, _, d, _ in _meetings(body)] == [({XI, PUTIN}, ("2023-05-09",))]


@pytest.mark.parametrize(
    "body",
    [
        "Chinese President Xi Jinping will hold talks with Russian President Vladimir Putin in "
        "Moscow on Tuesday, after which the two sides will sign a plan.",
        "Chinese President Xi Jinping is expected to meet Russian President Vladimir Putin, "
        "after which Russia will supply more gas.",
    ],
)
def test_no_meeting_to_come_with_a_relative_clause(body: str) -> None:
    assert _meetings(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint "
        "statement on Tuesday following talks at the Kremlin.",
        "Chinese President Xi Jinping and Russian President Vladimir Putin announced the new "
        "partnership on Tuesday after talks at the Grand Kremlin Palace in Moscow.",
        "Chinese President Xi Jinping and Russian President Vladimir Putin adopted a declaration "
        "at the end of talks in Moscow on Tuesday.",
        "Chinese President Xi Jinping and Russian President Vladimir Putin, his closest partner, "
        "signed a joint statement on Tuesday following talks at the Kremlin.",
    ],
)
def test_a_pair_act_after_talks(body: str) -> None:
    assert [(w, c, d) for w, c, d, _ in _meetings(body)] == [({XI, PUTIN}, "040", ("2023-05-09",))]


@pytest.mark.parametrize(
    "body",
    [
        # to come
        "Chinese President Xi Jinping and Russian President Vladimir Putin will sign a joint "
        "statement on Tuesday following talks at the Kremlin.",
        # talks with a third party
        "Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint "
        "statement on Tuesday after talks in Moscow with Kazakh President Kassym-Jomart Tokayev.",
        # one subject
        "Chinese President Xi Jinping signed the statement on Tuesday following talks at the "
        "Kremlin.",
    ],
)
def test_no_pair_act_after_talks(body: str) -> None:
    assert {XI, PUTIN} not in [w for w, _, _, _ in _meetings(body)]


@pytest.mark.parametrize(
    ("body", "who"),
    [
        (
            "Indian Prime Minister Narendra Modi attended a state banquet hosted by Egyptian "
            "President Abdel Fattah al-Sisi on Sunday and held talks with him at the Ittihadiya "
            "Palace.",
            {MODI, SISI},
        ),
        (
            "Turkish President Recep Tayyip Erdogan joined a dinner given by German Chancellor "
            "Olaf Scholz in Berlin on Sunday and held a bilateral meeting with him.",
            {ERDOGAN, SCHOLZ},
        ),
    ],
)
def test_talks_with_the_host(body: str, who: set[str]) -> None:
    assert (who, "043", ("2023-05-07",), "asserted") in _meetings(body)


@pytest.mark.parametrize(
    "body",
    [
        "Indian Prime Minister Narendra Modi attended a state banquet hosted by Egyptian "
        "President Abdel Fattah al-Sisi on Sunday and will hold talks with him on Monday.",
        "Indian Prime Minister Narendra Modi attended a state banquet hosted by Egyptian "
        "President Abdel Fattah al-Sisi on Sunday but did not hold talks with him.",
        "Indian Prime Minister Narendra Modi attended a state banquet hosted by Egyptian "
        "President Abdel Fattah al-Sisi on Sunday and thanked him for the invitation.",
    ],
)
def test_no_talks_with_the_host(body: str) -> None:
    assert _meetings(body) == []


@pytest.mark.parametrize(
    ("body", "who", "day"),
    [
        (
            "Japanese Prime Minister Fumio Kishida arrived in Canberra on Friday. Kishida's trip "
            "comes after his talks with U.S. President Joe Biden in Washington on January 13.",
            {KISHIDA, BIDEN},
            "2023-01-13",
        ),
        (
            "Indian Prime Minister Narendra Modi arrived in Ankara on Friday. Modi's visit follows "
            "his meeting with Turkish President Recep Tayyip Erdogan in New Delhi on 9 March.",
            {MODI, ERDOGAN},
            "2023-03-09",
        ),
    ],
)
def test_a_possessor_meeting(body: str, who: set[str], day: str) -> None:
    assert (who, "040", (day,), "historical") in _meetings(body)


@pytest.mark.parametrize(
    "body",
    [
        "Japanese Prime Minister Fumio Kishida arrived in Canberra on Friday. Kishida's trip "
        "comes before his talks with U.S. President Joe Biden in Washington on June 13.",
        "Japanese Prime Minister Fumio Kishida arrived in Canberra on Friday. Kishida's trip "
        "will follow his talks with U.S. President Joe Biden in Washington on June 13.",
    ],
)
def test_no_possessor_meeting_to_come(body: str) -> None:
    assert all(BIDEN not in w for w, _, _, _ in _meetings(body))


@pytest.mark.parametrize(
    ("body", "who"),
    [
        (
            "Kazakh President Kassym-Jomart Tokayev, who arrived on Tuesday, held talks with "
            "Chinese President Xi Jinping that evening on trade and transit.",
            {"Q200881", XI},
        ),
        (
            "Indian Prime Minister Narendra Modi, who landed on Tuesday, met Egyptian President "
            "Abdel Fattah al-Sisi in the evening.",
            {MODI, SISI},
        ),
    ],
)
def test_talks_dated_by_an_arrival_aside(body: str, who: set[str]) -> None:
    # (the day of the arrival the aside tells, as "who arrived in Cairo on Tuesday" was)
    assert [(w, d) for w, _, d, _ in _meetings(body)] == [(who, ("2023-05-09",))]


def test_talks_dated_by_their_own_day_not_the_arrival() -> None:
    body = (
        "Kazakh President Kassym-Jomart Tokayev, who arrived on Monday, held talks with Chinese "
        "President Xi Jinping on Wednesday."
    )
    assert [(w, d) for w, _, d, _ in _meetings(body)] == [({"Q200881", XI}, ("2023-05-10",))]


SUMMIT = (
    "South Korean President Yoon Suk Yeol, U.S. President Joe Biden and Japanese Prime Minister "
    "Fumio Kishida met at Camp David on Friday. "
)


@pytest.mark.parametrize(
    "second",
    [
        "Yoon and Kishida held a separate bilateral meeting at the retreat and discussed trade.",
        "Yoon and Kishida held a bilateral meeting and discussed North Korea.",
    ],
)
def test_a_side_meeting_then_discussed(second: str) -> None:
    # (the reading "Yoon and Kishida discussed ..." is the side meeting's, not the summit's)
    who = [w for w, _, _, _ in _meetings(SUMMIT + second)]
    assert who == [{"Q16090635", BIDEN, KISHIDA}, {"Q16090635", KISHIDA}]


def test_the_summit_restated_by_two_of_its_leaders() -> None:
    who = [w for w, _, _, _ in _meetings(SUMMIT + "Yoon and Kishida discussed trade.")]
    assert who == [{"Q16090635", BIDEN, KISHIDA}]
