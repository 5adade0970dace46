"""The bloc after the EU named since the organisation named last (session 41, lead).

The KB counts the European Union among the states (it has member states), so an article's "last
organisation" skips it. "NATO ... The EU imposed sanctions ... The bloc also urged" then gave
NATO as the actor of the bloc's request: a wrong fact. "The bloc" of a sentence naming no
organisation now means the EU when the EU was named after every organisation; an organisation
named after the EU takes "the bloc" back.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import events

EU, NATO, ASEAN, BELARUS, MYANMAR = "Q458", "Q7184", "Q7768", "Q184", "Q836"


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        pytest.param(
            "NATO foreign ministers met in Brussels on Tuesday. The alliance condemned Russia's"
            " attacks on Ukraine. The European Union imposed new sanctions on Belarus on"
            " Wednesday. The bloc also urged Belarus to free political prisoners.",
            EU,
            id="eu-after-nato",
        ),
        pytest.param(
            "ASEAN leaders held a summit in Jakarta. The EU said it was ready to help. The bloc"
            " called on Myanmar to end the violence.",
            EU,
            id="eu-after-asean",
        ),
        pytest.param(
            "The EU imposed sanctions on Belarus last year. NATO foreign ministers met in"
            " Brussels on Tuesday. The bloc called on Belarus to free political prisoners.",
            NATO,
            id="org-after-eu",
        ),
    ],
)
def test_the_bloc_is_the_union_named_last(body: str, actor: str) -> None:
    requests = events(body, "REQUEST")
    assert requests, body
    assert all(actors == {actor} for actors, _, _ in requests), requests
