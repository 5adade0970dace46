"""Treaties, partnerships, borders and trade shares in fresh text (session 20, relations3): a
share written in words ("about one percent of X's exports"); a strategic partnership signed (a
document: SUPPORT 057 and a TreatyRelation), an agreement "finalised"; the place right after the
signing verb ("adopted in Vienna a roadmap"); a partnership named in quotes after "elevating the
relationship to"; the border a subject's state closed "with" a state, and "their land frontier"
of the pair that opens the sentence; with the guards: negation, hypotheticals, plural borders, a
third party's border, a declaration signed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events, facts, facts_of, keys

DAY = dt.date(2023, 5, 12)
CHINA, ESTONIA, GERMANY, POLAND = "Q148", "Q191", "Q183", "Q36"
INDIA, FRANCE, JAPAN, CHILE, PERU = "Q668", "Q142", "Q17", "Q298", "Q419"
IRAN, IRAQ, PAKISTAN, TURKEY = "Q794", "Q796", "Q843", "Q43"
ARMENIA, AZERBAIJAN, VIENNA = "Q399", "Q227", "Q1741"


def _parties(text: str, cls: str, role: str = "party") -> list[set[str]]:
    return [keys(f.get(role)) for f in facts_of(facts(text, DAY), cls)]


def _shares(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (
            next(iter(keys(f.get("reporter")))),
            next(iter(keys(f.get("partner")))),
            str(f.get("share")[0]),
            str(f.get("period")[0]) if f.get("period") else "",
        )
        for f in facts_of(facts(text, DAY), "TradeShare")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In 2021, China accounted for about one percent of Estonia's exports of goods.",
            (ESTONIA, CHINA, "0.01", "2021"),
        ),
        (
            "Germany accounts for roughly twenty-five per cent of Poland's trade.",
            (POLAND, GERMANY, "0.25", ""),
        ),
    ],
)
def test_a_share_in_words_is_a_trade_share(text: str, want: tuple[str, str, str, str]) -> None:
    assert want in _shares(text)


@pytest.mark.parametrize(
    "text",
    [
        "China did not account for one percent of Estonia's exports.",
        "China could account for one percent of Estonia's exports by 2030.",
    ],
)
def test_no_share_in_words_when_negated_or_hypothetical(text: str) -> None:
    assert _shares(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Narendra Modi and French President Emmanuel Macron on Tuesday signed a "
        "strategic partnership for cooperation in space and energy.",
        "India and France on Tuesday signed a strategic partnership on defence.",
    ],
)
def test_a_partnership_signed_is_a_document_and_a_treaty(text: str) -> None:
    assert {INDIA, FRANCE} in _parties(text, "TreatyRelation")
    assert any(code == "057" and len(a) == 2 for a, _, code in events(text, "SUPPORT", DAY))


@pytest.mark.parametrize(
    "text",
    [
        "India and France did not sign a strategic partnership on Tuesday.",
        "India and France will sign a strategic partnership next week.",
        "India and France signed a declaration on their strategic partnership on Tuesday.",
        "India and France signed the contract with the partnership in mind.",
    ],
)
def test_no_partnership_treaty_unsigned_or_a_declaration(text: str) -> None:
    assert {INDIA, FRANCE} not in _parties(text, "TreatyRelation")


def test_an_agreement_finalised_is_a_treaty() -> None:
    text = "Chile and Peru on Thursday finalised a U.S.-brokered agreement on fisheries."
    assert {CHILE, PERU} in _parties(text, "TreatyRelation")
    negated = "Chile and Peru have not finalised an agreement on fisheries."
    assert {CHILE, PERU} not in _parties(negated, "TreatyRelation")


def test_the_place_right_after_the_signing_verb() -> None:
    text = "Armenia and Azerbaijan on Wednesday adopted in Vienna a roadmap for normalisation."
    found = [f for f in facts_of(facts(text, DAY), "Event") if f.get("cameoCode")[0] == "057"]
    assert found and keys(found[0].get("place")) == {VIENNA}


def test_a_partnership_named_in_quotes_after_elevating() -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi signed a "
        "Joint Statement elevating the bilateral relationship to a 'Special Strategic and Global "
        "Partnership'."
    )
    assert {INDIA, JAPAN} in _parties(text, "Partnership")
    hedged = (
        "The two leaders discussed elevating the bilateral relationship to a 'Special Strategic "
        "Partnership'."
    )
    assert _parties(hedged, "Partnership") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Iranian president ordered the closure of the land border with Iraq.", {IRAN, IRAQ}),
        (
            "Iranian President Ebrahim Raisi on Sunday ordered the reopening of the border with "
            "Iraq.",
            {IRAN, IRAQ},
        ),
        (
            "India and Pakistan have fought three wars, and a U.N. force patrols their land "
            "frontier.",
            {INDIA, PAKISTAN},
        ),
        ("Chile and Peru sent engineers to demine their land boundary.", {CHILE, PERU}),
    ],
)
def test_a_border_closed_with_a_state_or_their_frontier(text: str, pair: set[str]) -> None:
    assert pair in _parties(text, "SharedBorder")


@pytest.mark.parametrize(
    "text",
    [
        "Iran did not close the border with Iraq.",
        "Iran could order the closure of the border with Iraq.",
        "Iran and Turkey reinforced their border with Iraq.",
        "Poland and Germany closed their borders to migrants.",
        "Iran said Turkey closed the border with Iraq.",
        "Iran and Iraq agreed to ease tensions along their border.",
    ],
)
def test_no_border_of_a_negation_a_third_party_or_each_own(text: str) -> None:
    found = _parties(text, "SharedBorder")
    assert {IRAN, IRAQ} not in found and {IRAN, TURKEY} not in found
    assert {POLAND, GERMANY} not in found and {TURKEY, IRAQ} not in found


def test_the_gates_are_implied_by_the_patterns() -> None:
    """Each word gate of the new patterns: with its word blanked out, no match is left."""
    from dipld.extract import amounts, relations, treaties

    assert amounts._PERCENT_WORD.search("about one percent, twenty-five per cent")
    assert not amounts._PERCENT_WORD.search("about one per___, twenty-five per ___")
    closed = "§S0§ ordered the closure of the land border with the §S1§."
    assert relations._CLOSED_BORDER_WITH.search(closed)
    assert not relations._CLOSED_BORDER_WITH.search(closed.replace("with", "wi_h"))
    their = "§S0§ and §S1§ patrol their land frontier."
    assert relations._THEIR_BORDER.search(their)
    assert not relations._THEIR_BORDER.search(their.replace("their", "the_r"))
    signed = "§S0§ and §S1§ signed a strategic partnership on defence."
    assert treaties._SIGNED.search(signed)
    assert treaties._hinted(frozenset(signed.lower().replace(".", "").split()))
    assert not treaties._SIGNED.search(signed.replace("partnership", "partner_hip"))
