"""Verbal conflict (session 40): threats vowed in a statement and refusals of a party's demand.

The sentences are written for this session in ministry, readout and wire styles (none from a
gold set). Conventions followed (all earlier sessions' except where said):

- A vow of response that names no party ("Pakistan reserves the right to respond to this
  illegal act.", "Egypt reserves its legitimate right, guaranteed under the Charter, to take all
  necessary measures", "Moscow would respond to the move.") is a THREATEN 130 of the vow's
  subject at the party every earlier accusation, protest or sanction of its side in the article
  was aimed at (dipld/extract/vows.py); none when that side accused two parties, none when
  hedged or negated, none with no such act told before.
- "condemned X and warned that it would not hesitate to use sanctions / take action": a
  THREATEN at the party condemned in the sentence (as "promised a response" was); not "would not
  hesitate to act to protect its citizens", nor without a party condemned.
- "reaffirmed that ..., and that any attack by Y would be met with a decisive response": the
  second reported clause is the threat at Y, as the first would be.
- "warned that it could cut off gas transit if the EU imposed new sanctions": a conditional
  threat as "would" was (the speaker's own hostile act, a party in the condition); not "warned
  that the situation could worsen if ...", not another party's act, not "could not".
- "rejected demands from X", "turned down a request by X": REJECT 120 at the one who asked.
- A crowd that rallied, demonstrated or held a protest at a state's embassy, consulate or visa
  office: PROTEST 141 by the crowd as written (unlinked; "Hundreds of" and "members of"
  dropped, a group named after its kind is its name) at that state
  (dipld/extract/protests.py); not a vigil, flowers or a bare gathering, not a rally in support
  of the mission's own state, not hedged.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

PAKISTAN, IRAN, INDIA, EGYPT, ETHIOPIA, RUSSIA = "Q843", "Q794", "Q668", "Q79", "Q115", "Q159"
JAPAN, CHINA, USA, NKOREA, SKOREA, TURKEY = "Q17", "Q148", "Q30", "Q423", "Q884", "Q43"
SWEDEN, UKRAINE, FRANCE, POLAND, LITHUANIA = "Q34", "Q212", "Q142", "Q36", "Q37"


def _of(text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    return [(a, r) for k, a, r, _ in typed_events(text) if k == kind]


CONTEXT_VOWS = [
    (
        "Pakistan strongly condemns the violation of its airspace by Iran on Tuesday.\n\n"
        "The act is a blatant breach of international law.\n\n"
        "Pakistan reserves the right to respond to this provocation.",
        PAKISTAN,
        IRAN,
    ),
    (
        "Egypt's Foreign Minister Sameh Shoukry condemned Ethiopia's unilateral measures on the "
        "Nile.\n\nThe minister said talks had stalled for two years.\n\n"
        "Egypt reserves its legitimate right, guaranteed under international law, to take all "
        "necessary measures to protect its water security, the ministry said.",
        EGYPT,
        ETHIOPIA,
    ),
    (
        "Poland expelled three Russian diplomats on Monday.\n\nRussia accused Poland of "
        "pursuing a hostile course.\n\nThe Russian foreign ministry said Russia would respond "
        "to the move.",
        RUSSIA,
        POLAND,
    ),
    (
        "India lodged a strong protest with China over the new map.\n\nThe map shows Indian "
        "territory as Chinese.\n\nIndia will not accept such claims, and reserves the right to "
        "take appropriate measures.",
        INDIA,
        CHINA,
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), CONTEXT_VOWS)
def test_context_vow(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}) in _of(text, "THREATEN")


CONTEXT_VOW_NEGATIVES = [
    # no accusation before the vow
    "Pakistan and Iran held talks in Islamabad.\n\nPakistan reserves the right to respond.",
    # two parties accused before: whom the vow answers is not told
    "Pakistan condemned the strike by Iran.\n\nPakistan also condemned India's remarks.\n\n"
    "Pakistan reserves the right to respond to this act.",
    # negated and hypothetical vows
    "Pakistan condemned the strike by Iran.\n\nPakistan does not reserve the right to respond.",
    "Russia accused Poland of a hostile course.\n\nRussia would not respond to the move.",
    "Russia accused Poland of a hostile course.\n\nIt was unclear if Russia would respond to the "
    "move.",
    # the side that accused is not the one that vows
    "Poland accused Russia of espionage.\n\nLithuania reserves the right to respond.",
    # a vow of help, not of response
    "Pakistan condemned the strike by Iran.\n\nPakistan will respond to the needs of the "
    "victims' families.",
]


@pytest.mark.parametrize("text", CONTEXT_VOW_NEGATIVES)
def test_no_context_vow(text: str) -> None:
    assert _of(text, "THREATEN") == []


NOT_HESITATE = [
    (
        "The United States condemned Ethiopia's expulsion of the UN officials and warned that "
        "it would not hesitate to use sanctions.",
        USA,
        ETHIOPIA,
    ),
    (
        "Japan condemned China's incursions and said it would not hesitate to take firm action.",
        JAPAN,
        CHINA,
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), NOT_HESITATE)
def test_not_hesitate(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}) in _of(text, "THREATEN")


NOT_HESITATE_NEGATIVES = [
    # no party condemned
    "Prime Minister Jonas Store said the government would not hesitate to take further steps.",
    # help, not a threat
    "France condemned the coup in Niger and said it would not hesitate to act to protect its "
    "citizens.",
    "Japan condemned China's incursions and said it would not hesitate to help its neighbours.",
]


@pytest.mark.parametrize("text", NOT_HESITATE_NEGATIVES)
def test_no_not_hesitate(text: str) -> None:
    assert _of(text, "THREATEN") == []


MET_WITH = [
    (
        "President Biden reaffirmed that the alliance with the ROK is ironclad, and that any "
        "nuclear attack by the DPRK will be met with a swift and decisive response.",
        "Q6279",
        NKOREA,
    ),
    (
        "Japan stressed that its alliance with the United States was strong, and that any "
        "attack by China on the Senkaku Islands would be met with a firm response.",
        JAPAN,
        CHINA,
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), MET_WITH)
def test_met_with_second_clause(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}) in _of(text, "THREATEN")


MET_WITH_NEGATIVES = [
    "Japan stressed that its alliance with the United States was strong, and that trade with "
    "China would be met with new rules.",
    "Japan stressed that its alliance with the United States was strong, and that any visit by "
    "China's premier would be met with a warm welcome.",
]


@pytest.mark.parametrize("text", MET_WITH_NEGATIVES)
def test_no_met_with(text: str) -> None:
    assert _of(text, "THREATEN") == []


DEMANDS_REJECTED = [
    ("India rejected calls from the United States to condemn Russia.", INDIA, USA),
    ("Turkey turned down a request from Sweden to extradite the journalists.", TURKEY, SWEDEN),
    ("Ukraine dismissed demands by Russia that it give up the four regions.", UKRAINE, RUSSIA),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), DEMANDS_REJECTED)
def test_demand_rejected(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}) in _of(text, "REJECT")


DEMANDS_REJECTED_NEGATIVES = [
    "India did not reject calls from the United States to condemn Russia.",
    "India may reject calls from the United States to condemn Russia.",
    "India received calls from the United States to condemn Russia.",
]


@pytest.mark.parametrize("text", DEMANDS_REJECTED_NEGATIVES)
def test_no_demand_rejected(text: str) -> None:
    assert _of(text, "REJECT") == []


EMBASSY_PROTESTS = [
    (
        "On Saturday, members of a students' union held a protest outside the Russian Embassy in "
        "Prague.",
        "a students' union",
        RUSSIA,
    ),
    (
        "Dozens of fishermen rallied in front of the Chinese Consulate in Cebu on Tuesday, "
        "demanding access to the shoal.",
        "fishermen",
        CHINA,
    ),
    (
        "Hundreds of demonstrators gathered outside the French Embassy in Niamey, chanting "
        "slogans against the former colonial power.",
        "demonstrators",
        FRANCE,
    ),
    (
        "Members of the veterans' group Sandigan staged a rally outside the U.S. Embassy in "
        "Manila.",
        "Sandigan",
        USA,
    ),
]


@pytest.mark.parametrize(("text", "crowd", "state"), EMBASSY_PROTESTS)
def test_embassy_protest(text: str, crowd: str, state: str) -> None:
    assert ({crowd}, {state}) in _of(text, "PROTEST")


EMBASSY_PROTEST_NEGATIVES = [
    "Hundreds of people rallied outside the Ukrainian Embassy in Tokyo in support of Ukraine.",
    "Dozens of people gathered outside the French Embassy to lay flowers for the victims.",
    "Dozens of people gathered outside the French Embassy on Friday.",
    "Police said dozens of people rallied outside the Russian Embassy.",
    "Students may rally outside the Russian Embassy on Friday.",
    "No protesters rallied outside the Chinese Embassy this year.",
    "Hundreds of people queued outside the German Embassy for visas.",
]


@pytest.mark.parametrize("text", EMBASSY_PROTEST_NEGATIVES)
def test_no_embassy_protest(text: str) -> None:
    assert _of(text, "PROTEST") == []


COULD_IF = [
    (
        "Iran warned that it could halt oil exports through the Strait of Hormuz if the United "
        "States imposed new sanctions.",
        IRAN,
        USA,
    ),
    (
        "On Monday, Lukashenko warned that Belarus could cut off gas transit to Europe if the EU "
        "adopted further sanctions.",
        "Q2866",
        "Q458",
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), COULD_IF)
def test_could_if(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}) in _of(text, "THREATEN")


COULD_IF_NEGATIVES = [
    "Japan warned that the situation could worsen if China continued its drills.",
    "Russia warned that Europe could face shortages if the EU imposed a price cap.",
    "Russia warned that it could not guarantee gas supplies if Ukraine blocked the transit.",
    "Analysts said Iran could halt oil exports if the United States imposed new sanctions.",
]


@pytest.mark.parametrize("text", COULD_IF_NEGATIVES)
def test_no_could_if(text: str) -> None:
    assert _of(text, "THREATEN") == []
