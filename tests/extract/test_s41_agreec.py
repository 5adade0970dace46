"""AGREE told as commitments (session 41): quoted commitments, planned missions, fronted phrases.

The sentences are written for this session in ministry, readout and wire styles (none from a
gold set). Conventions followed (all earlier sessions' except where said):

- A quote that opens with a state committing itself, its speaker after the quote ('"Ethiopia
  stands ready to cooperate with all," the Prime Minister wrote.', '"Estonia will continue to
  work with China," the minister said.') is the state's AGREE, as the same words without the
  quote marks are (dipld/extract/pledges.py): a readiness, or a will to work with, support or
  help a party named in the quote; not a stance naming no one ('"The United States will
  continue to fly wherever international law allows"'), not negated, not a threat.
- A mission only planned or sought ("intends to open an embassy in ...", "plans to open a
  consulate", "will seek to open", "will continue to work toward opening") is no AGREE to its
  host (ANNOTATION.md §7, future plans); "will open an embassy in ..." still is.
- Fronted phrases before the subject: "As a gesture of ...,", "As a sign of ...,", "As the two
  countries mark ...,", "Working with Congress,", "As NATO Allies," (capitalised) leave the
  subject's commitment to be read as without them.
- An openness or readiness for dialogue naming no one ("Russia remained open to dialogue", in
  a call's readout) has no recipient, not the caller; "dialogue with Kyiv" keeps Ukraine, and a
  readiness to cooperate still goes to the caller.
- A promise is not made to the promising state's own speaker ("Xi announced that China will
  provide ... to Africa, as he delivered a speech": not to Xi).
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

ETHIOPIA, ESTONIA, CHINA, KENYA, SOMALIA, JAPAN = "Q115", "Q191", "Q148", "Q114", "Q1045", "Q17"
UKRAINE, USA, GERMANY, NAMIBIA, QATAR, SUDAN = "Q212", "Q30", "Q183", "Q1030", "Q846", "Q1049"
NORWAY, YEMEN, VIETNAM, GREECE, ISRAEL, FIJI = "Q20", "Q805", "Q881", "Q41", "Q801", "Q712"
TURKEY, SWEDEN, RUSSIA, BELARUS, KAZAKHSTAN = "Q43", "Q34", "Q159", "Q184", "Q232"


def _agree(text: str) -> list[tuple[set[str], set[str]]]:
    return [(a, r) for k, a, r, _ in typed_events(text) if k == "AGREE"]


QUOTED = [
    (
        '"Kenya stands ready to cooperate with Somalia on border security," the Kenyan foreign '
        "minister told reporters in Nairobi.",
        KENYA,
        SOMALIA,
    ),
    (
        '"Estonia will continue to work towards constructive and pragmatic relations with '
        'China," the Estonian foreign minister said on Tuesday.',
        ESTONIA,
        CHINA,
    ),
    (
        '"Japan will always stand with Ukraine," the Japanese prime minister wrote on social '
        "media after the call.",
        JAPAN,
        UKRAINE,
    ),
    (
        '"Germany is fully prepared to help Namibia with the reconstruction of the affected '
        'regions," the German development minister said.',
        GERMANY,
        NAMIBIA,
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), QUOTED)
def test_quoted_state_commitment(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}) in _agree(text)


def test_quoted_readiness_with_no_one_named() -> None:
    text = (
        '"Ethiopia stands ready to cooperate with all for a fair global order," the Ethiopian '
        "prime minister wrote on social media."
    )
    assert any(a == {ETHIOPIA} for a, _ in _agree(text))


QUOTED_NOT = [
    # a stance naming no one
    '"The United States will continue to sail wherever international law allows," the '
    "American defence secretary told reporters.",
    # negated
    '"Turkey is not ready to approve Sweden\'s membership bid," the Turkish president said.',
    # a threat, no promise
    '"Russia will respond to any attack on Belarus," the Russian foreign minister said.',
    # no speaker after the quote: a heading-like line, not reported speech
    '"Japan will always stand with Ukraine" is the slogan of the campaign.',
]


@pytest.mark.parametrize("text", QUOTED_NOT)
def test_quoted_not_a_commitment(text: str) -> None:
    assert not any(a & {USA, TURKEY, RUSSIA, JAPAN} for a, _ in _agree(text)), _agree(text)


MISSIONS_PLANNED = [
    ("Israel intends to open an embassy in Fiji, subject to the approval of its cabinet.", ISRAEL),
    ("Vietnam plans to open a consulate general in Houston next year.", VIETNAM),
    ("Greece will also seek to open an embassy in Fiji, although no date has been set.", GREECE),
    (
        "Qatar will continue to work toward opening a resident embassy in Fiji, the ministry said.",
        QATAR,
    ),
]


@pytest.mark.parametrize(("text", "actor"), MISSIONS_PLANNED)
def test_mission_planned_is_no_commitment(text: str, actor: str) -> None:
    assert not any(actor in a for a, _ in _agree(text)), _agree(text)


def test_mission_promised_stays() -> None:
    assert ({ISRAEL}, {FIJI}) in _agree("Israel will open an embassy in Suva, Fiji, next year.")


def test_planned_aid_stays() -> None:
    text = "Norway intends to provide $20 million to Yemen over the next two years."
    assert ({NORWAY}, {YEMEN}) in _agree(text)


FRONTED = [
    (
        "As a gesture of reconciliation, Germany intends to support the reconstruction of "
        "Namibia with a programme worth 1.1 billion euros.",
        {GERMANY},
        {NAMIBIA},
    ),
    (
        "As a sign of solidarity, Qatar pledged to send 500 tonnes of food aid to Sudan.",
        {QATAR},
        {SUDAN},
    ),
    (
        "Working closely with the United Nations, Norway will provide $20 million to Yemen.",
        {NORWAY},
        {YEMEN},
    ),
    (
        "As the two nations mark 50 years of diplomatic ties, Japan and Vietnam pledged to "
        "deepen their cooperation.",
        {JAPAN, VIETNAM},
        set(),
    ),
    (
        "As NATO Allies, Greece and Germany committed to deepen their cooperation on energy "
        "security.",
        {GREECE, GERMANY},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), FRONTED)
def test_fronted_phrase_before_commitment(
    text: str, actors: set[str], recipients: set[str]
) -> None:
    assert (actors, recipients) in _agree(text)


FRONTED_NOT = [
    # a hedge still hedges after the fronted phrase
    "As a gesture of goodwill, Qatar could send food aid to Sudan if asked.",
    # negated
    "As a sign of protest, Qatar will not send its delegation to Sudan.",
]


@pytest.mark.parametrize("text", FRONTED_NOT)
def test_fronted_phrase_not_a_commitment(text: str) -> None:
    assert not any(QATAR in a for a, _ in _agree(text)), _agree(text)


CALL = "Vladimir Putin held a telephone conversation with Kassym-Jomart Tokayev on Tuesday.\n\n"
BARE_DIALOGUE = [
    CALL + "He stressed that Russia remained open to dialogue.",
    CALL + "Putin said Russia was ready for a constructive dialogue without preconditions.",
]


@pytest.mark.parametrize("text", BARE_DIALOGUE)
def test_open_to_dialogue_names_no_recipient(text: str) -> None:
    assert ({RUSSIA}, set()) in _agree(text), _agree(text)


def test_dialogue_with_a_party_keeps_it() -> None:
    text = CALL + "Putin said Russia remained open to continuing the dialogue with Kyiv."
    assert ({RUSSIA}, {UKRAINE}) in _agree(text)


def test_readiness_to_cooperate_keeps_the_caller() -> None:
    text = CALL + "Putin said Russia was ready to expand cooperation in energy."
    assert ({RUSSIA}, {KAZAKHSTAN}) in _agree(text)


OWN_SPEAKER = [
    (
        "BEIJING, May 4 (Example Wire) -- Chinese Premier Li Qiang on Thursday announced that "
        "China will provide 500,000 tonnes of food aid to the Sahel, as he addressed a forum.",
        CHINA,
    ),
    (
        "Japanese Prime Minister Fumio Kishida announced that Japan will provide 2 billion yen to "
        "the Pacific islands, as he spoke at a forum in Tokyo.",
        JAPAN,
    ),
]


@pytest.mark.parametrize(("text", "actor"), OWN_SPEAKER)
def test_promise_not_made_to_its_own_speaker(text: str, actor: str) -> None:
    found = [r for a, r in _agree(text) if actor in a]
    assert found, _agree(text)
    assert all(not (r & {"Li Qiang", "Q359480"}) for r in found), found
