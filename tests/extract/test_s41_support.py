"""Recognition told as being among the first, summits and sessions closing with a document,
instruments of accession deposited in a state's name, and signings the leaders supervised
(session 41, support).

The sentences are written for this round (none from a gold set). Conventions followed (all
earlier sessions', counted again on the development gold and the spent sets):

- A state "the first country to recognise" another recognises it: SUPPORT 054, the state as
  actor, the one recognised as recipient, dated by the sentence (eight gold facts, all so). New
  here: "became one of the first countries to recognise ...", two or three words before
  "country" ("the first major Western country"), and "..., making Fiji the first Pacific island
  country to recognise Beijing" (the state named right before "the first"); "recognised
  Morocco's full sovereignty over ..." as "recognised Morocco's sovereignty" was.
- Not: a future or hoped-for first ("hopes to become the first country to recognise"), a
  negated one, "the first country to visit", a recognition of a breakaway region of a state
  named by its possessive (hostile to that state, as before).
- A summit or session of an organisation that closes "with the adoption of" a document: SUPPORT
  057 by the organisation, no recipient (five gold facts, all so). New here: an acronym in
  brackets after the organisation ("the summit of the Community of Latin American and Caribbean
  States (CELAC) closed ...") and a council's or session's meeting "of the" organisation ("The
  48th session of the Council of Foreign Ministers of the OIC concluded ...").
- Not: a close without an adoption, one to come.
- An instrument of accession or ratification deposited completes the act: SUPPORT 057 by the
  one who deposited it, no recipient (as "Armenia deposited its instrument of ratification"
  was; the gold has the minister who deposited it as actor, two of two). New here: the
  instrument named by the state's possessive ("deposited Sweden's instrument of accession").
- Not: one to be deposited, one not yet deposited.
- Two leaders who "supervised the signing" of documents after their talks: SUPPORT 057 by
  their two states, as "witnessed" or "oversaw the signing" was (the gold's one such sentence
  so). Not: a signing to be supervised, a construction supervised.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)

FIRST_RECOGNISED = [
    (
        "On 2 January 1992, Turkey became one of the first countries to recognize Armenia's "
        "independence.",
        "Q43",
        "Q399",
    ),
    (
        "The minister recalled that Sweden was the first major Western country to recognise "
        "the State of Palestine.",
        "Q34",
        "Q219060",
    ),
    (
        "Brazil and Angola established diplomatic relations in 1975, making Brazil the first "
        "South American country to recognise Angola.",
        "Q155",
        "Q916",
    ),
    (
        "Iceland became one of the first nations to recognise Estonia, in August 1991.",
        "Q189",
        "Q191",
    ),
    (
        "In the same proclamation, Washington recognised Morocco's full sovereignty over the "
        "territory.",
        "Q30",
        "Q1028",
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), FIRST_RECOGNISED)
def test_first_to_recognise(text: str, actor: str, recipient: str) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", {actor}, {recipient}, "054") in got, got


NOT_RECOGNISED = [
    "Turkey hopes to become the first country to recognise Armenia's independence.",
    "Sweden was not the first Western country to recognise the State of Palestine.",
    "Brazil was the first South American country to visit Angola after 1975.",
    "Brazil and Angola signed a trade deal, making Brazil the first country to invest there.",
    "Moscow then recognised Georgia's breakaway regions as independent states.",
]


@pytest.mark.parametrize("text", NOT_RECOGNISED)
def test_not_first_to_recognise(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT" and g[3] == "054"]
    assert not got, got


ADOPTED_AT_CLOSE = [
    (
        "The eighth summit of the Community of Latin American and Caribbean States (CELAC) "
        "closed on Sunday in Kingstown with the adoption of a final declaration.",
        "Community of Latin American and Caribbean States",
    ),
    (
        "The 50th Session of the Council of Foreign Ministers of the Organisation of Islamic "
        "Cooperation concluded in Yaounde today with the adoption of the Yaounde Declaration.",
        "Q47543",
    ),
    (
        "The annual session of the African Union (AU) ended on Sunday with the adoption of a "
        "declaration on debt relief.",
        "Q7159",
    ),
    (
        "The Council of Ministers of the Arab League concluded in Cairo with the adoption of a "
        "resolution on the water crisis.",
        "Q7172",
    ),
]


@pytest.mark.parametrize(("text", "body"), ADOPTED_AT_CLOSE)
def test_adopted_at_close(text: str, body: str) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", {body}, set(), "057") in got, got


NOT_ADOPTED_AT_CLOSE = [
    "The summit of the African Union (AU) ended on Sunday without the adoption of a declaration.",
    "The session of the African Union will end on Sunday with the adoption of a declaration.",
    "The Council of Ministers of the Arab League concluded in Cairo with a call for calm.",
    "The annual session of the African Union ended on Sunday in Addis Ababa.",
]


@pytest.mark.parametrize("text", NOT_ADOPTED_AT_CLOSE)
def test_not_adopted_at_close(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT" and g[3] == "057"]
    assert not got, got


DEPOSITED = [
    (
        "On Monday morning, Foreign Minister Pekka Haavisto deposited Finland's instrument of "
        "accession with the United States.",
        "Q317485",
    ),
    (
        "Ukraine deposited Ukraine's instrument of ratification of the Rome Statute with the "
        "UN Secretary-General on Monday.",
        "Q212",
    ),
]


@pytest.mark.parametrize(("text", "actor"), DEPOSITED)
def test_instrument_deposited(text: str, actor: str) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", {actor}, set(), "057") in got, got


NOT_DEPOSITED = [
    "Foreign Minister Pekka Haavisto will deposit Finland's instrument of accession next week.",
    "Ukraine has not yet deposited Ukraine's instrument of ratification of the Rome Statute.",
    "Foreign Minister Pekka Haavisto deposited Finland's wreath at the memorial.",
]


@pytest.mark.parametrize("text", NOT_DEPOSITED)
def test_instrument_not_deposited(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT" and g[3] == "057"]
    assert not got, got


SUPERVISED = [
    (
        "Italian Prime Minister Mario Draghi met Algerian President Abdelmadjid Tebboune in "
        "Algiers. At the end of the talks, the two leaders supervised the signing of a "
        "declaration of intent on energy cooperation.",
        {"Q38", "Q262"},
    ),
    (
        "Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana. "
        "The two presidents then supervised the signing of seven cooperation agreements.",
        {"Q232", "Q148"},
    ),
]


@pytest.mark.parametrize(("text", "states"), SUPERVISED)
def test_signing_supervised(text: str, states: set[str]) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", states, set(), "057") in got, got


NOT_SUPERVISED = [
    "Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana. The "
    "two presidents will supervise the signing of seven cooperation agreements tomorrow.",
    "Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana. The "
    "two presidents supervised the construction of a new gas pipeline.",
]


@pytest.mark.parametrize("text", NOT_SUPERVISED)
def test_signing_not_supervised(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT" and g[3] == "057"]
    assert not got, got
