"""A time told after "since" or "until" is no clause of its own (session 43).

The sentences are written for this session (none from a gold set). "X condemned the launches
since the beginning of last year and urged Y to ..." has X as the subject of "urged": the
"since" opens a time, not a clause with a subject of its own, so the second verb keeps the
first's subject, as it did without the time. A "since" clause with its own subject still ends
the subject's reach.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

JAPAN, NORTH_KOREA, SOUTH_KOREA, USA, FRANCE, MALI = "Q17", "Q423", "Q884", "Q30", "Q142", "Q912"


@pytest.mark.parametrize(
    ("body", "actors", "recipient"),
    [
        (
            "Japan strongly condemned North Korea's missile launches since the beginning of "
            "last year and urged Pyongyang to abandon its nuclear programme.",
            {JAPAN},
            NORTH_KOREA,
        ),
        (
            "The leaders of Japan, South Korea and the United States condemned North Korea's "
            "missile tests since the start of this year and urged Pyongyang to return to talks.",
            {JAPAN, SOUTH_KOREA, USA},
            NORTH_KOREA,
        ),
        (
            "France criticised the delays until the end of the year and urged Mali to hold "
            "elections.",
            {FRANCE},
            MALI,
        ),
    ],
)
def test_a_time_after_since_keeps_the_subject(body: str, actors: set[str], recipient: str) -> None:
    events = typed_events(body)
    assert any(t == "REQUEST" and a == actors and recipient in r for t, a, r, _ in events), events


def test_a_since_clause_with_a_subject_still_ends_the_reach() -> None:
    body = (
        "Japan has condemned the arrests since the army seized power and urged Myanmar to "
        "release the prisoners."
    )
    assert not any(JAPAN in a and t == "REQUEST" for t, a, _, _ in typed_events(body))
