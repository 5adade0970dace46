"""Events in reported speech and announced decisions (session 13): a clause whose speaker comes
after it (", Putin said.") or is a name the KB lacks ("Kim Yo Jong said that ..."); praise by
"highly values"; sanctions and halted talks a party announces it will take ("said it would
impose sanctions on ..."); calls for restraint by a named party; and the near misses that must
give nothing (negations, conditions, questions, another party's act, the passive)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Fact, Status
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 8, 5)
RUSSIA, CHINA, USA, JAPAN, GERMANY = "Q159", "Q148", "Q30", "Q17", "Q183"
NORTH_KOREA, BELARUS, LITHUANIA, TURKIYE, EU = "Q423", "Q184", "Q37", "Q43", "Q458"
WANG_YI = "Q701801"


def _events(text: str, event_type: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(event_type)
    ]


def _all_events(text: str) -> list[Fact]:
    return [f for f in facts(text, DAY) if f.cls.value in {"Event", "Meeting"}]


# ---- reported speech -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Russia highly values the position of our Chinese friends on Ukraine, Putin said.",
            RUSSIA,
            CHINA,
        ),
        ("Lavrov said that Russia highly values China's position on Ukraine.", RUSSIA, CHINA),
        ("Germany greatly valued the contribution of Japan, a spokesman said.", GERMANY, JAPAN),
        (
            "Kim Yo Jong said that the DPRK fully supports Russia's special military operation.",
            NORTH_KOREA,
            RUSSIA,
        ),
        ("Spokesperson Mao Ning said that China firmly supports Belarus.", CHINA, BELARUS),
    ],
)
def test_support_in_reported_speech(text: str, actor: str, recipient: str) -> None:
    assert (({actor}, {recipient}, "051")) in _events(text, "SUPPORT")


def test_speaker_after_the_clause_is_no_recipient() -> None:
    found = _events("China welcomes the efforts of Turkey, Wang Yi said.", "SUPPORT")
    assert found == [({CHINA}, {TURKIYE}, "051")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia does not value the position of Japan, Lavrov said.",
        "Russia values its relations with China, Putin said.",
        "Does Japan condemn North Korea, Kishida asked.",
        "Will Germany support Lithuania, reporters asked.",
        "Critics said that China supports Russia.",
    ],
)
def test_no_event_from_near_misses(text: str) -> None:
    assert not [f for f in _all_events(text) if f.cls.value == "Event"]


# ---- announced sanctions and halted talks ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "code"),
    [
        ("China said it would impose sanctions on Japan.", CHINA, JAPAN, "163"),
        (
            "The European Union announced that it will impose sanctions on Belarus.",
            EU,
            BELARUS,
            "163",
        ),
        (
            "Russia said on Tuesday that it was suspending trade with Lithuania.",
            RUSSIA,
            LITHUANIA,
            "160",
        ),
        (
            "China announced it will suspend cooperation with the United States on climate.",
            CHINA,
            USA,
            "160",
        ),
        ("Beijing announced it was cancelling military talks with Washington.", CHINA, USA, "164"),
        # the passive: its agent sanctions, its subject is the target (was a near miss, the
        # subject never the actor; read since session 21's active reading of passives)
        ("China was sanctioned by the United States.", USA, CHINA, "163"),
        (
            "China said on Friday it would halt defence talks with the United States.",
            CHINA,
            USA,
            "164",
        ),
    ],
)
def test_announced_sanction(text: str, actor: str, recipient: str, code: str) -> None:
    assert _events(text, "SANCTION") == [({actor}, {recipient}, code)]
    assert not _events(text, "AGREE")  # a sanction is no promise to its target


def test_announced_future_sanction_is_marked_future() -> None:
    (fact,) = [
        f
        for f in facts("China said it would impose sanctions on Japan.", DAY)
        if f.cls.value == "Event"
    ]
    assert fact.status is Status.FUTURE


@pytest.mark.parametrize(
    "text",
    [
        "China said it would impose sanctions on Japan if Tokyo sent troops.",
        "China said it would not impose sanctions on Japan.",
        "China said it would consider imposing sanctions on Japan.",
        "China could impose sanctions on Japan.",
        "Ukraine said Russia would impose sanctions on Lithuania.",
        # (the target's report, its subject a pronoun: no recipient read, no act)
        "China said it was sanctioned by the United States.",
        "China called on Japan to halt talks with the United States.",
        "Did China say it would impose sanctions on Japan?",
        "China will suspend cooperation with the United States.",
    ],
)
def test_no_sanction_from_near_misses(text: str) -> None:
    assert not _events(text, "SANCTION")
    assert not _events(text, "AGREE")


# ---- calls for restraint ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Japan called for restraint in China's military activity.", JAPAN, CHINA),
        ("Germany urged maximum restraint on the part of Russia.", GERMANY, RUSSIA),
        ("The United States appealed for restraint by Turkey.", USA, TURKIYE),
        ("The EU calls for utmost restraint from Russia.", EU, RUSSIA),
    ],
)
def test_call_for_restraint_is_a_request(text: str, actor: str, recipient: str) -> None:
    # (1056, a demand to de-escalate, since session 39b: spent sets code it so)
    assert _events(text, "REQUEST") == [({actor}, {recipient}, "1056")]


@pytest.mark.parametrize(
    "text",
    [
        "Japan called for restraint in the region.",
        "Japan called for restraint in Ukraine.",
        "Japan did not call for restraint by China.",
        "Japan called for restraint.",
    ],
)
def test_restraint_without_a_party_gives_nothing(text: str) -> None:
    assert not _events(text, "REQUEST")


# ---- pronouns after a named actor (coreference the module already does) --------------------


def test_pronoun_after_a_named_person() -> None:
    text = (
        "German Foreign Minister Annalena Baerbock visited Kyiv on Monday.\n"
        "She also called for restraint by Russia."
    )
    assert _events(text, "REQUEST") == [({"Q564328"}, {RUSSIA}, "1056")]


def test_he_after_two_people_who_met_is_the_subject_of_the_sentence_before() -> None:
    # (session 21: was nobody; the subject of "X met Y" is whom a later "he" means)
    text = (
        "Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Bali.\n"
        "He also called for restraint by Japan."
    )
    assert _events(text, "REQUEST") == [({"Q701801"}, {"Q17"}, "1056")]


def test_he_after_two_people_who_met_as_one_subject_is_nobody() -> None:
    text = (
        "Chinese Foreign Minister Wang Yi and US Secretary of State Antony Blinken met in Bali.\n"
        "He also called for restraint by Japan."
    )
    assert not _events(text, "REQUEST")


def test_restraint_speaker_after_is_no_recipient() -> None:
    text = "Germany urged restraint by Russia, Chancellor Olaf Scholz told reporters in Berlin."
    assert _events(text, "REQUEST") == [({GERMANY}, {RUSSIA}, "1056")]


def test_announced_sanction_on_no_one_named_gives_nothing() -> None:
    assert not _events("The United States said it would impose new sanctions.", "SANCTION")
