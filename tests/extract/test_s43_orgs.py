"""Names of organisations and state bodies the KB lacks (session 43, orgnames.py).

The sentences are written for this session (none from a gold set). Conventions followed (the
development and spent gold's): a body named by a list of its portfolios keeps the whole list in
its name ("Ministry of Economy, Trade and Industry", the one such label the spent gold gives), and
a state's ministry named after the state's possessive acts as that state; a multinational force
is an organisation of its own, named without its leader's "X-led".
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, memberships, typed_events
from tests.extract.test_s12_rel3 import mentions_of

JAPAN = "Q17"


def _names(text: str) -> list[str]:
    return [str(getattr(m, "text", "")) for m in mentions_of(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Agriculture, Forestry and Fisheries lifted its ban on beef "
            "imports from Brazil.",
            "Ministry of Agriculture, Forestry and Fisheries",
        ),
        (
            "Officials of the Ministry of Land, Infrastructure, Transport and Tourism visited "
            "the railway site.",
            "Ministry of Land, Infrastructure, Transport and Tourism",
        ),
        (
            "The Department of Trade, Industry and Competition published the figures.",
            "Department of Trade, Industry and Competition",
        ),
        (
            "The report was issued by the European Commission for Democracy through Law.",
            "European Commission for Democracy through Law",
        ),
    ],
)
def test_a_body_named_by_its_portfolios_keeps_them(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list of parties after a body is no list of its portfolios
        (
            "The Ministry of Defence, France and Germany condemned the strike.",
            "Ministry of Defence",
        ),
        # nor are days, nor other bodies
        (
            "The Ministry of Finance, Central Bank and Treasury issued a joint note.",
            "Ministry of Finance",
        ),
    ],
)
def test_a_list_of_other_things_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Japan's Ministry of Economy, Trade and Industry said on Friday it would lift its "
            "export controls on South Korea.",
            JAPAN,
        ),
        (
            "Japan's Ministry of Agriculture, Forestry and Fisheries announced that it would "
            "lift its ban on beef from Brazil.",
            JAPAN,
        ),
    ],
)
def test_a_states_ministry_with_its_portfolios_acts_as_the_state(text: str, actor: str) -> None:
    assert any(actor in a for _, a, _, _ in typed_events(text)), typed_events(text)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Britain and Sweden are both members of the UK-led Joint Expeditionary Force.",
            "Joint Expeditionary Force",
        ),
        (
            "Chad and Niger are members of the Multinational Joint Task Force.",
            "Multinational Joint Task Force",
        ),
    ],
)
def test_a_multinational_force_is_an_organisation(text: str, force: str) -> None:
    found = memberships(facts(text))
    assert any(org == force for _, org in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a known organisation's force stays the organisation's
        "Britain and Norway are members of the NATO Response Force.",
        # a state's own force is no multinational body
        "The Indian Air Force said it had shot down a drone.",
    ],
)
def test_no_force_of_its_own_here(text: str) -> None:
    assert not any("Force" in n for n in _names(text)), _names(text)
