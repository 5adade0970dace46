"""An untitled office ("the Israeli Prime Minister") is linked to the KB's holder only while the
KB's snapshot of that tenure is fresh: an open end seen more than a quarter before the article
says nothing about who holds the office then (session 21). The KB's heads of state and
government are a snapshot of 2022-10-10: Yair Lapid was Israel's prime minister until 29
December 2022 and Nguyễn Xuân Phúc Vietnam's president until 17 January 2023, and the KB still
shows both in office."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.kb.index import KbTenure
from dipld.model import TimeValue
from tests.extract.test_patterns import facts, keys

LAPID, PHUC = "Q1396120", "Q10800073"
ISRAEL, VIETNAM = "Q801", "Q881"
TEXT = "The Israeli Prime Minister met the President of Vietnam in Jerusalem on Wednesday."


def _participants(date: dt.date) -> set[str]:
    (meeting,) = [f for f in facts(TEXT, date) if f.cls.value == "Meeting"]
    return keys(meeting.get("participant"))


def test_untitled_holders_linked_while_the_snapshot_is_fresh() -> None:
    # (Israel's office has two holders in 2022 by the KB's year-precise dates: no link there)
    assert _participants(dt.date(2022, 11, 16)) == {ISRAEL, PHUC}


def test_untitled_holders_not_linked_from_a_stale_snapshot() -> None:
    found = _participants(dt.date(2023, 3, 29))
    assert LAPID not in found and PHUC not in found
    assert found == {ISRAEL, VIETNAM}


def test_a_named_holder_is_still_linked_after_the_snapshot() -> None:
    found = [f for f in facts("Yair Lapid met Olaf Scholz in Berlin.", dt.date(2023, 3, 29))]
    (meeting,) = [f for f in found if f.cls.value == "Meeting"]
    assert LAPID in keys(meeting.get("participant"))


@pytest.mark.parametrize(
    ("day", "known"),
    [
        (dt.date(2022, 10, 10), True),
        (dt.date(2022, 12, 31), True),  # 82 days after the snapshot
        (dt.date(2023, 1, 8), True),  # 90 days
        (dt.date(2023, 1, 9), False),
        (dt.date(2023, 3, 29), False),
    ],
)
def test_known_on_a_quarter_after_the_snapshot(day: dt.date, known: bool) -> None:
    tenure = KbTenure(
        person=LAPID,
        post="Q208487",
        office_label="Prime Minister of Israel",
        jurisdiction=ISRAEL,
        role="HeadOfGovernment",
        start=TimeValue.parse("2022"),
        end=None,
        as_of=TimeValue.parse("2022-10-10"),
    )
    assert tenure.covers(day)
    assert tenure.known_on(day) is known
