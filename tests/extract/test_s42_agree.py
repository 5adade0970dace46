"""AGREE read from "will" and from welcomes (session 42): what is no commitment.

The sentences are written for this session (none from a gold set). Conventions followed (the
development and spent gold's, counted this session):

- A rotating office held or handed over is a scheduled step, no promise to anyone, also when the
  office is written with a capital ("India will hold the G20 Presidency", "will hand over the G20
  Presidency to Brazil", "would hold the rotating Presidency of the Security Council"); the gold
  codes none of the three such sentences it has. Handing over other things is still read.
- "will" with an adverb before "be" is a state of being, as "will be" already was: "Kashmir was,
  is and will always be a part of India" (the gold's two such sentences are REJECTs only), "Japan
  will also be represented at the summit by its foreign minister".
- A decision welcomed ("welcomed Israel's decision to ease ...", "welcomes the decision of
  Georgia to withdraw ...") is the welcome (SUPPORT 051) and, where other rules read it, the
  step's own act; not an AGREE of the decider: the gold codes none of its five such sentences as
  one. A commitment, pledge, offer or readiness welcomed still is the party's AGREE.
- "the two sides" / "both sides" after the sentence itself named two states (or leaders of two,
  by their states) are those two, as "the two countries" already were: "Malaysian Prime Minister
  Anwar Ibrahim visited China in March, when the two sides agreed to ..." (Malaysia and China, as
  the gold codes it), not the pair of the sentence before.
- Several parties promising relations with a third party, or lifting restrictions on it, promise
  it to that party ("Saudi Arabia, the UAE, Bahrain and Egypt agreed to restore full relations
  with Qatar": Qatar the recipient, as one actor's promise already had it and as the gold codes
  both such sentences); not a party only helping ("with China's help").
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

INDIA, JAPAN, GHANA, INDONESIA = "Q668", "Q17", "Q117", "Q252"
KENYA, HAITI, UGANDA, UKRAINE, NORWAY = "Q114", "Q790", "Q1036", "Q212", "Q20"
POLAND, ARMENIA, GERMANY, USA = "Q36", "Q399", "Q183", "Q30"
FRANCE, MALAYSIA, CHINA, VIETNAM = "Q142", "Q833", "Q148", "Q881"
BAHRAIN, UAE, QATAR, ISRAEL, EGYPT = "Q398", "Q878", "Q846", "Q801", "Q79"
JORDAN, SYRIA, FINLAND, SWEDEN, TURKEY = "Q810", "Q858", "Q33", "Q34", "Q43"


def _agree(text: str) -> list[tuple[set[str], set[str], str]]:
    return [(a, r, c) for k, a, r, c in typed_events(text) if k == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "India will hand over the G20 Presidency to Brazil at the closing session on Sunday.",
        "Japan will hold the G7 Presidency next year, the foreign ministry said.",
        "Indonesia will hand over the ASEAN Chairmanship to Laos at the closing ceremony.",
        "Ghana said it would hold the rotating Presidency of the Security Council in March.",
        'Wang Yi rejected the remarks, saying that Taiwan "was, is and will always be" a part '
        "of China.",
        'Sergei Lavrov dismissed the statement, saying that Crimea "is and will always be" '
        "Russian.",
        "Japan will also be represented at the summit by its foreign minister.",
    ],
)
def test_no_commitment_in_these_futures(text: str) -> None:
    assert _agree(text) == [], text


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Kenya will send 1,000 police officers to Haiti.", KENYA, HAITI),
        ("Kenya will hand over the suspects to Uganda, the police said.", KENYA, UGANDA),
        ("Japan will also provide 5 million dollars to Ukraine.", JAPAN, UKRAINE),
    ],
)
def test_commitments_told_by_will_still_read(text: str, actor: str, recipient: str) -> None:
    assert any(a == {actor} and r == {recipient} for a, r, _ in _agree(text)), _agree(text)


@pytest.mark.parametrize(
    ("text", "welcomer", "decider"),
    [
        ("Germany welcomed Poland's decision to host the summit.", GERMANY, POLAND),
        (
            "The United States welcomes the decision of Armenia to join the Rome Statute.",
            USA,
            ARMENIA,
        ),
        ("Norway welcomed Kenya's recent decision to lift the visa requirement.", NORWAY, KENYA),
    ],
)
def test_a_decision_welcomed_is_praise_not_an_agree(text: str, welcomer: str, decider: str) -> None:
    found = typed_events(text)
    assert not any(k == "AGREE" and a == {decider} for k, a, _, _ in found), found
    assert any(k == "SUPPORT" and r == {decider} for k, _, r, _ in found), found
    assert any(k == "SUPPORT" and a == {welcomer} for k, a, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Canada welcomed Japan's offer to host the summit.", JAPAN),
        ("Germany welcomed Norway's pledge to give 10 million dollars to Ukraine.", NORWAY),
        ("France welcomed the readiness of Ghana to send troops to the mission.", GHANA),
    ],
)
def test_a_promise_welcomed_is_still_the_partys_agree(text: str, party: str) -> None:
    assert any(a == {party} for a, _, _ in _agree(text)), _agree(text)


_BEFORE = "France and Germany announced a new climate fund in Paris on Monday. "


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Malaysian Prime Minister Anwar Ibrahim visited China in March, when the two sides "
            "agreed to build a community with a shared future.",
            {MALAYSIA, CHINA},
        ),
        (
            "Japan and Vietnam held talks in Hanoi in May, and the two sides agreed to expand "
            "cooperation in energy.",
            {JAPAN, VIETNAM},
        ),
        (
            "Kenyan President William Ruto visited Japan in February, and both sides pledged to "
            "deepen cooperation in energy.",
            {KENYA, JAPAN},
        ),
    ],
)
def test_the_sides_are_the_pair_their_own_sentence_named(text: str, pair: set[str]) -> None:
    found = _agree(_BEFORE + text)
    assert any(a == pair for a, _, _ in found), found
    assert not any(FRANCE in a for a, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Vietnam held talks in Hanoi in May, but the two sides did not agree to expand "
        "cooperation in energy.",
        "Japan and Vietnam held talks in Hanoi in May, and the two sides could agree to expand "
        "cooperation in energy if the talks go well.",
    ],
)
def test_no_agree_of_the_sides_when_negated_or_hypothetical(text: str) -> None:
    assert _agree(_BEFORE + text) == []


@pytest.mark.parametrize(
    ("text", "actors", "recipient"),
    [
        (
            "Bahrain, the UAE and Egypt agreed to restore full relations with Qatar, the Saudi "
            "foreign minister said.",
            {BAHRAIN, UAE, EGYPT},
            QATAR,
        ),
        ("Bahrain and the UAE agreed to normalise relations with Israel.", {BAHRAIN, UAE}, ISRAEL),
        ("Egypt and Jordan pledged to re-establish ties with Syria.", {EGYPT, JORDAN}, SYRIA),
        (
            "Finland and Sweden committed to lifting the restrictions on arms exports to Türkiye.",
            {FINLAND, SWEDEN},
            TURKEY,
        ),
    ],
)
def test_relations_promised_together_go_to_the_third_party(
    text: str, actors: set[str], recipient: str
) -> None:
    found = _agree(text)
    assert any(a == actors and r == {recipient} for a, r, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Bahrain and the UAE agreed to restore ties with China's help.",
        "Bahrain and the UAE did not agree to restore ties with Qatar.",
        "Bahrain and the UAE could restore ties with Qatar if Doha meets their demands.",
    ],
)
def test_no_third_party_recipient_here(text: str) -> None:
    found = _agree(text)
    assert not any(r for _, r, _ in found), found
