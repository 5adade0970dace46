"""A state's body named by its demonym speaks for the state in reported commitments too ("The
German Foreign Office said it would ..."), as it already did in its own acts ("The German
Foreign Office condemned ...") (session 21)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 6, 1)
GERMANY, POLAND, RUSSIA, SYRIA, JAPAN, INDIA = "Q183", "Q36", "Q159", "Q858", "Q17", "Q668"


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The German Foreign Office said it would continue to engage with Poland on energy.",
            GERMANY,
            POLAND,
        ),
        (
            "The Russian Defence Ministry said it would continue to supply weapons to Syria.",
            RUSSIA,
            SYRIA,
        ),
        (
            "The Japanese Ministry of Foreign Affairs said on Tuesday that it would continue to "
            "cooperate with India on maritime security.",
            JAPAN,
            INDIA,
        ),
    ],
)
def test_a_body_named_by_its_demonym_commits_its_state(
    text: str, actor: str, recipient: str
) -> None:
    events = [f for f in facts(text, DAY) if f.cls.value == "Event"]
    assert [(keys(f.get("actor")), keys(f.get("recipient"))) for f in events] == [
        ({actor}, {recipient})
    ]
