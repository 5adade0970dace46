"""Praise, thanks and welcomes of a named party (SUPPORT 051) and the acts they reveal
(session 15): the others thanked for something else in the same sentence, "recognized X for its
role" (praise, not recognition), an offer or willingness welcomed or thanked for (the party's
AGREE; a decision too until session 42, which found the gold codes a decision welcomed as the
welcome alone), a signing, adoption or ratification welcomed as done (the doers' SUPPORT 057 and
the praise of them), a delegation welcomed (a courtesy); and the near misses that must give
nothing (ANNOTATION.md §5)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 5, 14)
UK, USA, POLAND, GERMANY, FRANCE = "Q145", "Q30", "Q36", "Q183", "Q142"
LITHUANIA, GEORGIA, HUNGARY, ETHIOPIA, ERITREA = "Q37", "Q230", "Q28", "Q115", "Q986"
QATAR, NORWAY, KENYA, ROMANIA, BULGARIA = "Q846", "Q20", "Q114", "Q218", "Q219"
SWEDEN, JAPAN, UKRAINE, ARMENIA, AZERBAIJAN = "Q34", "Q17", "Q212", "Q399", "Q227"
KOSOVO, UNSC, ITALY, CANADA = "Q1246", "Q37470", "Q38", "Q16"

Row = tuple[frozenset[str], frozenset[str], str]


def _rows(found: list[Fact], kind: str) -> set[Row]:
    return {
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("cameoCode")[0]),
        )
        for f in found
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(kind)
    }


def _events(text: str, kind: str) -> set[Row]:
    return _rows(facts(text, DAY), kind)


def _released(body: str, url: str, kind: str) -> set[Row]:
    article = Article(id="t", source="t.txt", body=body, date=DAY, url=url, publisher="Gov")
    return _rows(extract(article, load_index()), kind)


def _f(*qids: str) -> frozenset[str]:
    return frozenset(qids)


# ---- several parties thanked, each for something of its own -----------------------------------


def test_grateful_to_one_for_a_thing_and_to_others_for_another() -> None:
    found = _released(
        "We are deeply grateful to Poland for its willingness to lead the mission, and to "
        "Germany and France for their pledges of troops.",
        "https://www.gov.uk/government/news/mission",
        "SUPPORT",
    )
    assert (_f(UK), _f(POLAND), "051") in found, found
    assert (_f(UK), _f(GERMANY, FRANCE), "051") in found, found


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "President Zelensky thanked Romania for hosting allied troops, and Bulgaria for its "
            "shipments of ammunition.",
            ROMANIA,
            BULGARIA,
        ),
        (
            "Foreign Minister Dmytro Kuleba praised Lithuania for its leadership and Italy for "
            "its steadfast support.",
            LITHUANIA,
            ITALY,
        ),
    ],
)
def test_thanked_one_and_another_for_their_own_things(text: str, first: str, second: str) -> None:
    found = {r for a, r, c in _events(text, "SUPPORT") if c == "051"}
    assert _f(first) in found and _f(second) in found, found


def test_thanked_with_a_list_to_a_country_is_one_thanks() -> None:
    # ("for its support to Ukraine and Moldova": no second party thanked)
    found = _events(
        "Prime Minister Justin Trudeau thanked Japan for its support to Ukraine.", "SUPPORT"
    )
    assert {r for _, r, _ in found} == {_f(JAPAN)}, found


# ---- recognised for a role: praise, not recognition ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Emmanuel Macron recognized Qatar for its role in the mediation.",
        "President Emmanuel Macron recognised the efforts of Qatar in the mediation.",
    ],
)
def test_recognized_for_a_role_is_praise(text: str) -> None:
    found = _events(text, "SUPPORT")
    assert (_f("Q3052772"), _f(QATAR), "051") in found, found
    assert not any(c == "054" for _, _, c in found), found


def test_we_recognize_a_party_for_its_leadership() -> None:
    found = _released(
        "We recognize Norway for its leadership in the peace process.",
        "https://www.state.gov/peace-process",
        "SUPPORT",
    )
    assert found == {(_f(USA), _f(NORWAY), "051")}, found


def test_recognizing_a_state_is_still_recognition() -> None:
    found = _events("President Emmanuel Macron recognized Kosovo.", "SUPPORT")
    assert found == {(_f("Q3052772"), _f(KOSOVO), "054")}, found


# ---- a decision, offer or willingness: the party's own AGREE ---------------------------------


@pytest.mark.parametrize(
    ("text", "party", "recipient"),
    [
        # (a decision welcomed is no longer one: session 42, see test_s42_agree.py)
        ("France welcomed Georgia's pledge to withdraw the draft law.", GEORGIA, None),
        ("France welcomed the offer by Georgia to withdraw the draft law.", GEORGIA, None),
        ("Germany welcomed Lithuania's readiness to train Ukrainian pilots.", LITHUANIA, UKRAINE),
        ("Germany welcomed the willingness of Lithuania to host the next summit.", LITHUANIA, None),
        ("Japan welcomed Sweden's offer to host the conference.", SWEDEN, None),
        (
            "Canada thanked Lithuania for its willingness to train Ukrainian pilots.",
            LITHUANIA,
            UKRAINE,
        ),
    ],
)
def test_an_intent_welcomed_is_the_partys_agree(
    text: str, party: str, recipient: str | None
) -> None:
    agreed = _events(text, "AGREE")
    assert any(a == _f(party) for a, _, _ in agreed), agreed
    if recipient is not None:
        assert any(r == _f(recipient) for a, r, _ in agreed if a == _f(party)), agreed
    praised = _events(text, "SUPPORT")
    assert any(r == _f(party) for _, r, c in praised if c == "051"), praised


def test_grateful_for_a_willingness_is_an_agree() -> None:
    found = _released(
        "We are grateful to Kenya for its willingness to lead the mission.",
        "https://www.state.gov/mission",
        "AGREE",
    )
    assert any(a == _f(KENYA) for a, _, _ in found), found


def test_a_date_in_what_was_decided_is_not_the_decisions() -> None:
    found = facts(
        "Australia welcomes the offer of Kenya to remain in the forum after its withdrawal "
        "in July 2023.",
        DAY,
    )
    agreed = [f for f in found if any(str(v).endswith("AGREE") for v in f.get("eventType"))]
    assert agreed and not any(f.get("date") for f in agreed), agreed


@pytest.mark.parametrize(
    "text",
    [
        # a commitment to a thing, not an act
        "France welcomed Japan's commitment to peace in the region.",
        "France welcomed Georgia's decision not to adopt the draft law.",
        "France would welcome Georgia's decision to withdraw the draft law.",
        "France did not welcome Georgia's decision to withdraw the draft law.",
    ],
)
def test_no_agree_from_these_welcomes(text: str) -> None:
    assert not _events(text, "AGREE"), text


# ---- a signing, adoption or ratification welcomed: the doers' 057 ------------------------------


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("France welcomed the adoption by the UN Security Council of Resolution 2728.", (UNSC,)),
        ("France welcomed the UN Security Council's adoption of Resolution 2728.", (UNSC,)),
        ("France welcomed the adoption of Resolution 2728 by the UN Security Council.", (UNSC,)),
        ("Germany welcomed Hungary's ratification of the protocol.", (HUNGARY,)),
        ("Germany welcomed the ratification of the protocol by Hungary.", (HUNGARY,)),
        (
            "Japan welcomes the signing of an agreement between Armenia and Azerbaijan.",
            (ARMENIA, AZERBAIJAN),
        ),
        (
            "Italy welcomed the signing of the peace agreement between Ethiopia and Eritrea on "
            "Sunday.",
            (ETHIOPIA, ERITREA),
        ),
    ],
)
def test_a_welcomed_outcome_is_the_doers_signing_and_their_praise(
    text: str, doers: tuple[str, ...]
) -> None:
    found = _events(text, "SUPPORT")
    assert (_f(*doers), _f(), "057") in found, found
    assert any(r == _f(*doers) and c == "051" for _, r, c in found), found


def test_the_signing_date_after_the_parties() -> None:
    found = facts(
        "Italy welcomed the signing of the peace agreement between Ethiopia and Eritrea on Sunday.",
        DAY,
    )
    signed = [f for f in found if f.cls.value == "Event" and "057" in f.get("cameoCode")]
    assert [str(v) for f in signed for v in f.get("date")] == ["2024-05-12"], signed


def test_the_council_of_a_resolution_is_the_council() -> None:
    found = facts("France welcomed the adoption by the UN Security Council of Resolution 2728.")
    assert not any(
        "Resolution" in (e.label or e.surface or "")
        for f in found
        for role in ("actor", "recipient")
        for e in f.get(role)
        if hasattr(e, "surface")
    ), found


@pytest.mark.parametrize(
    "text",
    [
        # called for, to come, a draft's author, background, an accession protocol (backing)
        "France called for the signing of an agreement between Armenia and Azerbaijan.",
        "France hopes to welcome the signing of an agreement between Armenia and Azerbaijan.",
        "France welcomed the adoption of the resolution drafted by Japan.",
        "Italy welcomed the signing of the peace agreement between Ethiopia and Eritrea in 2018.",
        "Germany welcomed Hungary's ratification of Sweden's accession protocol.",
    ],
)
def test_no_signing_from_these(text: str) -> None:
    assert not any(c == "057" for _, _, c in _events(text, "SUPPORT")), text


# ---- a delegation welcomed: a host's courtesy --------------------------------------------------


def test_a_delegation_welcomed_is_no_praise() -> None:
    found = _events("President Recep Tayyip Erdogan welcomed the Russian delegation.", "SUPPORT")
    assert not found, found


def test_thanks_to_no_named_party_or_denied_give_nothing() -> None:
    for text in (
        "President Zelensky thanked all partners for their support.",
        "President Zelensky did not thank Hungary for its position.",
        "President Zelensky may thank Hungary later.",
        "President Zelensky welcomed the guests at the palace.",
    ):
        assert not _events(text, "SUPPORT"), text


# ---- the word gates before the new patterns ----------------------------------------------------


@pytest.mark.parametrize(
    "masked",
    [
        "§S0§ welcomed the adoption by the §O1§ of Resolution 2728.",
        "§S0§ welcomed §S1§'s ratification of the protocol.",
        "§S0§ hailed the signature today by §S1§ of the accord.",
        "§S0§ welcomed the signing of a treaty between §S1§ and §S2§.",
        "§S0§ welcomed the conclusion of the agreement between §S1§ and §S2§.",
    ],
)
def test_every_welcomed_outcome_match_has_a_gate_word(masked: str) -> None:
    from dipld.extract.adoptions import DONE_OUTCOME, OUTCOME_WORDS

    m = DONE_OUTCOME.search(masked)
    assert m is not None, masked
    assert set(m.group(0).lower().split()) & OUTCOME_WORDS, m.group(0)


@pytest.mark.parametrize(
    "masked",
    [
        "§P0§ thanked §S1§ for its decision to send tanks",
        "§G0§ are deeply grateful to §S1§ for its willingness to lead the mission",
        "§P0§ expressed his gratitude to §S1§ for its offer to host the talks",
        "§P0§ commended §S1§ for its readiness to mediate",
        "§P0§ praised §S1§ for its commitment to train pilots",
    ],
)
def test_every_thanked_decision_match_has_a_gate_word(masked: str) -> None:
    from dipld.extract.decisions import THANKED_DECISION, THANKING_WORDS

    m = THANKED_DECISION.search(masked)
    assert m is not None, masked
    assert set(m.group(0).lower().split()) & THANKING_WORDS, m.group(0)
