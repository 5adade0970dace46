"""Phone calls told by a participle clause (session 41, lead).

"Speaking by phone with Scholz, Macron said ..." was in the fronted-meeting pattern since
session 15, but the meeting rules' word gate had neither "speaking" nor "talking", so the
branch never ran; the aside form ("Erdogan, speaking by phone with Putin, said ...") had no
pattern. Both now give the call (CONSULT 041) of the subject and the one spoken with. Not a
participle without the phone ("Speaking to reporters, ..."), nor a call to come.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, keys

SCHOLZ, MACRON, PUTIN, XI, ERDOGAN = "Q61053", "Q3052772", "Q7747", "Q15031", "Q39259"


def _calls(body: str) -> list[tuple[set[str], str]]:
    return [
        (keys(f.get("participant")), str(f.get("cameoCode")[0]))
        for f in facts(body)
        if f.cls.value == "Meeting"
    ]


@pytest.mark.parametrize(
    ("body", "who"),
    [
        pytest.param(
            "Speaking by phone with Scholz, Macron said relations were good.",
            {SCHOLZ, MACRON},
            id="fronted-by-phone",
        ),
        pytest.param(
            "Speaking on the telephone with Chinese President Xi Jinping, Putin said relations"
            " had never been better.",
            {PUTIN, XI},
            id="fronted-on-the-telephone",
        ),
        pytest.param(
            "Talking by phone to Putin, Erdogan offered to host new talks.",
            {PUTIN, ERDOGAN},
            id="fronted-talking-to",
        ),
        pytest.param(
            "Erdogan, speaking by phone with Putin on Tuesday, said Turkey was ready to help.",
            {PUTIN, ERDOGAN},
            id="aside-by-phone",
        ),
        pytest.param(
            "Macron, talking over the phone to Scholz, also stressed the need for unity.",
            {SCHOLZ, MACRON},
            id="aside-talking-over-the-phone",
        ),
    ],
)
def test_a_call_told_by_a_participle(body: str, who: set[str]) -> None:
    assert (who, "041") in _calls(body), _calls(body)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Speaking to reporters, Macron said relations with Germany were good.", id="press"
        ),
        pytest.param(
            "Macron, speaking at a news conference with Scholz, said Europe must unite.",
            id="news-conference",
        ),
        pytest.param(
            "Erdogan, who is expected to speak by phone with Putin on Friday, said peace was near.",
            id="call-to-come",
        ),
    ],
)
def test_no_call_without_one(body: str) -> None:
    assert not [c for c in _calls(body) if c[1] == "041"], _calls(body)
