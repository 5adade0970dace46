"""A declaration or communiqué as the speaker of a demand (session 42, request family).

"The Islamabad Declaration called upon India to ...", "The declaration called on the Sudanese
Armed Forces and the Rapid Support Forces to ...": in a story of one organisation's summit or
session, the text it adopted speaks for the organisation, which is the REQUEST's actor (the gold
of blind41 codes it so in both such sentences; no spent gold codes another actor). The subject
resolver gave this only when the article had told the summit as a meeting of the organisation
(with its chair), or for "The summit ..."; now also for "The [City] Declaration", "The
declaration", "The final communiqué" when the article named one organisation by QID.

Not: a joint declaration (its issuers), a declaration in a story of two organisations, after a
meeting of two people (a pair's declaration), or a negated demand.

Hit rate at 307990fb (before): 0/4 positives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 12)
RUSSIA, ISRAEL = "Q159", "Q801"
OIC, ARAB_LEAGUE, AU, SCO = "Q47543", "Q7172", "Q7159", "Q485207"


def _requests(body: str) -> list[tuple[set[str], set[str]]]:
    """(actors, recipients) of every REQUEST the body gives."""
    return [
        (keys(f.get("actor")), keys(f.get("recipient")))
        for f in facts(body, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "REQUEST"
    ]


POSITIVE = [
    pytest.param(
        "The 50th session of the Council of Foreign Ministers of the Organisation of Islamic "
        "Cooperation concluded in Yaounde on Thursday with the adoption of the Yaounde "
        "Declaration. The Yaounde Declaration called upon Israel to lift the blockade of the "
        "Gaza Strip.",
        OIC,
        ISRAEL,
        id="city-declaration",
    ),
    pytest.param(
        "The Organisation of Islamic Cooperation closed its extraordinary session in Jeddah, "
        "adopting a resolution and a declaration. The declaration demanded that Israel end its "
        "military operations.",
        OIC,
        ISRAEL,
        id="bare-declaration",
    ),
    pytest.param(
        "The African Union concluded its mid-year coordination meeting in Accra on Sunday. The "
        "final communique called on Russia to allow grain exports through the Black Sea.",
        AU,
        RUSSIA,
        id="final-communique",
    ),
    pytest.param(
        "The Arab League wrapped up its summit in Manama on Thursday, adopting a closing "
        "document. The Manama Declaration also called on Israel to withdraw from the Gaza Strip.",
        ARAB_LEAGUE,
        ISRAEL,
        id="declaration-also",
    ),
]


@pytest.mark.parametrize(("body", "actor", "recipient"), POSITIVE)
def test_declaration_speaks_for_its_organisation(body: str, actor: str, recipient: str) -> None:
    assert any(actor in a and recipient in r for a, r in _requests(body))


NEGATIVE = [
    pytest.param(
        "Xi Jinping and Vladimir Putin held talks in Moscow on Tuesday and signed a declaration "
        "on a multipolar world. Both countries are members of the Shanghai Cooperation "
        "Organisation. The declaration called on the United States to stop expanding its "
        "alliances.",
        SCO,
        id="pair-declaration",
    ),
    pytest.param(
        "The African Union and the Economic Community of West African States wrapped up their "
        "consultations in Abuja on Sunday. The final communique called on Russia to allow grain "
        "exports through the Black Sea.",
        AU,
        id="two-organisations",
    ),
    pytest.param(
        "The Arab League wrapped up its summit in Manama on Thursday, adopting a closing "
        "document. The Manama Declaration did not call on Israel to withdraw from the Gaza "
        "Strip.",
        ARAB_LEAGUE,
        id="negated",
    ),
    pytest.param(
        "The Arab League wrapped up its summit in Manama on Thursday. The Manama Declaration "
        "would have called on Israel to withdraw had Egypt not objected.",
        ARAB_LEAGUE,
        id="hypothetical",
    ),
]


@pytest.mark.parametrize(("body", "actor"), NEGATIVE)
def test_declaration_not_read_as_organisation(body: str, actor: str) -> None:
    assert not any(actor in a for a, _ in _requests(body))


# ---- a release demanded of the holder the sentence names (releases.py) -----------------------

JAPAN, CHINA, CANADA, TURKEY, SWEDEN, ARMENIA = "Q17", "Q148", "Q16", "Q43", "Q34", "Q399"
AZERBAIJAN = "Q227"

HELD = [
    pytest.param(
        "Japan says China is holding five Japanese nationals on spying charges and has demanded "
        "their release.",
        JAPAN,
        CHINA,
        id="says-holding",
    ),
    pytest.param(
        "Canada said China was detaining two of its citizens without charge and demanded their "
        "immediate release.",
        CANADA,
        CHINA,
        id="said-detaining-immediate",
    ),
    pytest.param(
        "Turkey has accused Sweden of sheltering members of outlawed groups and repeatedly "
        "demanded their extradition.",
        TURKEY,
        SWEDEN,
        id="accused-sheltering-extradition",
    ),
    pytest.param(
        "Armenia said Azerbaijan still held some thirty Armenian soldiers captured in the "
        "fighting, and called for their swift release.",
        ARMENIA,
        AZERBAIJAN,
        id="held-then-called",
    ),
]


@pytest.mark.parametrize(("body", "actor", "recipient"), HELD)
def test_release_demanded_of_the_holder(body: str, actor: str, recipient: str) -> None:
    assert any(actor in a and recipient in r for a, r in _requests(body))


NOT_HELD = [
    pytest.param(
        "Japan says China is holding five Japanese nationals but has not demanded their release.",
        CHINA,
        id="negated",
    ),
    pytest.param(
        "Japan would say China is holding five nationals and demand their release only if the "
        "talks failed.",
        CHINA,
        id="hypothetical",
    ),
    pytest.param(
        "China says Japan is holding naval drills near its waters and has called for their halt.",
        JAPAN,
        id="not-a-release",
    ),
    pytest.param(
        "Relatives say the men are being held in China and have demanded their release.",
        CHINA,
        id="holder-not-the-subject",
    ),
]


@pytest.mark.parametrize(("body", "recipient"), NOT_HELD)
def test_release_not_demanded_of_the_holder(body: str, recipient: str) -> None:
    assert not any(recipient in r for _, r in _requests(body))


# ---- "He urged ..." after a negated quotation its speaker ends (facts.py, _quote_speaker) ----

USA, TURKEY_, XI, WANG, LAVROV = "Q30", "Q43", "Q15031", "Q701801", "Q58217"
MET_FIRST = "It was the first meeting between the two {} {}. "

SPEAKER = [
    pytest.param(
        "Xi Jinping met Joe Biden in Bali on Monday. "
        + MET_FIRST.format("leaders", "since 2021")
        + "The Taiwan question is a line that must not be crossed, Xi said. He urged the U.S. "
        "side to match its words with actions.",
        XI,
        USA,
        id="must-not-be-crossed",
    ),
    pytest.param(
        "Wang Yi met Antony Blinken in Beijing on Sunday. "
        + MET_FIRST.format("ministers", "this year")
        + "China will never accept foreign warships in its waters, Wang said. He urged the "
        "United States to stop sending warships to the region.",
        WANG,
        USA,
        id="never",
    ),
    pytest.param(
        "Sergei Lavrov met Hakan Fidan in Ankara. "
        + MET_FIRST.format("ministers", "this year")
        + "Russia does not accept the terms of the proposal, Lavrov told reporters. He called "
        "on Turkey to keep the straits closed to warships.",
        LAVROV,
        TURKEY_,
        id="told-reporters",
    ),
]


@pytest.mark.parametrize(("body", "actor", "recipient"), SPEAKER)
def test_he_is_the_negated_quotation_speaker(body: str, actor: str, recipient: str) -> None:
    assert any(actor in a and recipient in r for a, r in _requests(body))


NOT_SPEAKER = [
    pytest.param(
        "Xi Jinping met Joe Biden in Bali on Monday. "
        + MET_FIRST.format("leaders", "since 2021")
        + "The Taiwan question is a line that must not be crossed, Chinese officials said. He "
        "urged the U.S. side to match its words with actions.",
        id="speakers-not-a-person",
    ),
    pytest.param(
        "Xi Jinping met Joe Biden in Bali on Monday. "
        + MET_FIRST.format("leaders", "since 2021")
        + "The Taiwan question is a line that must not be crossed, Xi and Wang Yi said. He urged "
        "the U.S. side to match its words with actions.",
        id="two-speakers",
    ),
]


@pytest.mark.parametrize("body", NOT_SPEAKER)
def test_he_is_no_unsure_speaker(body: str) -> None:
    assert not any(XI in a or WANG in a for a, _ in _requests(body))
