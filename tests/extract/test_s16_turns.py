"""Speaker turns in transcripts (session 16, turns): a paragraph that opens with a speaker's
label ("President of Russia Vladimir Putin: ...", "Alexander Lukashenko: ...", "Prime Minister of
India Narendra Modi (retranslated): ...") and the paragraphs after it until the next label are
that speaker's. Inside a turn "I" is the speaker, "we" the state (or organisation) the speaker
holds office for, and in a conversation of two "you" the other speaker and "your country" that
speaker's state; these feed the existing rules (thanks, readiness, invitations, requests). The
label's title gives a Tenure. Questions, quotations, what a third party told the speaker,
hypotheticals, negations and articles that are no transcript give nothing new."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract, statements
from dipld.extract.text import sentences
from dipld.extract.turns import is_transcript, split_labels
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import labels

DAY = dt.date(2023, 11, 9)
KREMLIN = "http://en.kremlin.ru/events/president/news/90010"

PUTIN, TOKAYEV, LUKASHENKO = "Vladimir Putin", "Kassym-Jomart Tokayev", "Alexander Lukashenko"
MODI, MIRZIYOYEV = "Narendra Modi", "Shavkat Mirziyoyev"
RUSSIA, KAZAKHSTAN, BELARUS, INDIA, UZBEKISTAN = (
    "Russia",
    "Kazakhstan",
    "Belarus",
    "India",
    "Uzbekistan",
)

Event = tuple[str, str, frozenset[str], frozenset[str]]

TOKAYEV_TALKS = (
    "Vladimir Putin held talks in the Kremlin with President of Kazakhstan Kassym-Jomart "
    "Tokayev.\n\n"
    "President of Russia Vladimir Putin: Mr President, friends,\n\n"
    "I am glad to welcome you to Moscow.\n\n"
    "President of Kazakhstan Kassym-Jomart Tokayev (retranslated): Mr President,\n\n"
)


def _facts(body: str, url: str | None = KREMLIN, title: str | None = None) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=DAY, url=url, title=title)
    return extract(article, load_index())


def _events(body: str, url: str | None = KREMLIN, title: str | None = None) -> set[Event]:
    """(type, CAMEO code, actors, recipients) of the article's events."""
    return {
        (
            str(f.get("eventType")[0]),
            str(f.get("cameoCode")[0]),
            labels(f, "actor"),
            labels(f, "recipient"),
        )
        for f in _facts(body, url, title)
        if f.cls.value == "Event"
    }


def _has(found: set[Event], kind: str, code: str, actor: str, recipient: str | None) -> bool:
    return any(
        k == kind
        and c.startswith(code)
        and actor in actors
        and (recipient is None or recipient in recipients)
        for k, c, actors, recipients in found
    )


def _by(found: set[Event], actor: str) -> set[Event]:
    return {e for e in found if actor in e[2]}


# ---- the speaker's turn feeds the rules ------------------------------------------------------


@pytest.mark.parametrize(
    ("speech", "want"),
    [
        # "we" of the guest is the guest's state (not the publisher's)
        (
            "We are ready to expand our cooperation into agriculture.",
            ("AGREE", "03", KAZAKHSTAN, RUSSIA),
        ),
        (
            "We are prepared to increase grain supplies to the Russian regions.",
            ("AGREE", "03", KAZAKHSTAN, None),
        ),
        # "thank you for ...": the speaker thanks the one spoken to
        (
            "Thank you for the invitation and for your warm welcome.",
            ("SUPPORT", "051", TOKAYEV, PUTIN),
        ),
        ("Thank you very much for the hospitality.", ("SUPPORT", "051", TOKAYEV, PUTIN)),
        # "I" is the speaker
        (
            "I would like to thank Russia for its help in putting out the forest fires.",
            ("SUPPORT", "051", TOKAYEV, RUSSIA),
        ),
        (
            "I want to congratulate you on the successful organisation of the forum.",
            ("SUPPORT", "051", TOKAYEV, PUTIN),
        ),
        # invitations and requests in the first person's plain present
        ("I invite you to pay a state visit to Kazakhstan.", ("AGREE", "036", TOKAYEV, PUTIN)),
        (
            "I would like to invite you to visit Astana at a convenient time.",
            ("AGREE", "036", TOKAYEV, PUTIN),
        ),
        (
            "I ask Russia to support the lifting of the arms embargo.",
            ("REQUEST", "10", TOKAYEV, RUSSIA),
        ),
        # "we" in a later paragraph of the same turn
        (
            "Mr President, this is my first visit.\n\nWe highly appreciate Russia's assistance.",
            ("SUPPORT", "051", KAZAKHSTAN, RUSSIA),
        ),
    ],
)
def test_the_guests_turn(speech: str, want: tuple[str, str, str, str | None]) -> None:
    found = _events(TOKAYEV_TALKS + speech)
    assert _has(found, *want), found


def test_the_hosts_turn_speaks_to_the_guest() -> None:
    body = (
        "Vladimir Putin met with President of Uzbekistan Shavkat Mirziyoyev.\n\n"
        "President of Russia Vladimir Putin: Mr President, I want to thank you for the support "
        "your country gave our delegation. We are grateful to your country for its position.\n\n"
        "President of Uzbekistan Shavkat Mirziyoyev: Thank you, Mr President.\n"
    )
    found = _events(body)
    assert _has(found, "SUPPORT", "051", PUTIN, MIRZIYOYEV), found
    assert _has(found, "SUPPORT", "051", RUSSIA, UZBEKISTAN), found


def test_an_untitled_label_speaks_for_the_kbs_state() -> None:
    body = (
        "Vladimir Putin and Alexander Lukashenko met in Sochi.\n\n"
        "Vladimir Putin: Alexander Grigoryevich, good afternoon.\n\n"
        "Alexander Lukashenko: Thank you for the support in the difficult years. We are ready "
        "to assemble Russian buses in Minsk.\n"
    )
    found = _events(body, title="Meeting with Alexander Lukashenko")
    assert _has(found, "SUPPORT", "051", LUKASHENKO, PUTIN), found
    assert _has(found, "AGREE", "03", BELARUS, None), found
    assert not _by(found, RUSSIA), found


def test_the_first_speaker_speaks_to_the_headlines_guest() -> None:
    body = (
        "President of Russia Vladimir Putin: Mr Prime Minister, I invite you to the next "
        "summit in Kazan.\n\n"
        "Prime Minister of India Narendra Modi (retranslated): We are grateful to Russia for "
        "the supplies of fertilisers.\n"
    )
    found = _events(body, title="Meeting with Prime Minister of India Narendra Modi")
    assert _has(found, "AGREE", "036", PUTIN, MODI), found
    assert _has(found, "SUPPORT", "051", INDIA, RUSSIA), found


def test_an_organisations_head_speaks_for_the_organisation() -> None:
    body = (
        "Vladimir Putin met with UN Secretary-General Antonio Guterres in Kazan.\n\n"
        "President of Russia Vladimir Putin: Mr Secretary-General, welcome to Kazan.\n\n"
        "UN Secretary-General Antonio Guterres: We are ready to help with the export of "
        "Russian grain and fertilisers.\n"
    )
    found = _events(body)
    assert any("United Nations" in actors for _, _, actors, _ in found), found
    assert not _by(found, RUSSIA), found


# ---- the label's Tenure ---------------------------------------------------------------------


def _tenures(body: str) -> set[tuple[str, str, str]]:
    return {
        (
            next(iter(labels(f, "holder"))),
            str(f.get("role")[0]),
            next(iter(labels(f, "jurisdiction"))),
        )
        for f in _facts(body)
        if f.cls.value == "Tenure"
    }


def test_a_labels_title_gives_a_tenure() -> None:
    # (the label line alone reads as a heading, which states no fact)
    body = (
        "Vladimir Putin held talks with Kassym-Jomart Tokayev.\n\n"
        "President of Russia Vladimir Putin: Mr President, friends,\n\n"
        "I am glad to see you.\n\n"
        "Kassym-Jomart Tokayev: Thank you.\n"
    )
    found = _tenures(body)
    assert (PUTIN, "HeadOfState", RUSSIA) in found, found
    assert not any(holder == TOKAYEV for holder, _, _ in found), found


def test_a_labels_evidence_is_the_label() -> None:
    facts = _facts(TOKAYEV_TALKS + "We are ready to help.")
    tenure = next(f for f in facts if f.cls.value == "Tenure" and PUTIN in labels(f, "holder"))
    assert [e.text for e in tenure.evidence] == ["President of Russia Vladimir Putin:"]


# ---- near misses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "speech",
    [
        "If you were to invite us to the summit, we would come.",
        "We are not ready to invite you to the summit.",
        "I do not want to thank anyone today.",
        # what a third party told the speaker is not the speaker's own
        "As President Xi told me, we are ready to expand cooperation with Russia.",
        "Minister Wang said that we are ready to expand cooperation with Russia.",
        # a quotation inside the turn
        'The farmers wrote to me: "We are ready to expand cooperation with Russia."',
    ],
)
def test_no_act_of_the_speaker(speech: str) -> None:
    found = _events(TOKAYEV_TALKS + speech)
    assert not _by(found, TOKAYEV) and not _by(found, KAZAKHSTAN), found
    assert not _by(found, RUSSIA), found


def test_a_questions_turn_is_nobodys() -> None:
    body = (
        TOKAYEV_TALKS + "We are ready to expand cooperation in the nuclear industry.\n\n"
        "Question: We welcome the decision of Kazakhstan to join the talks. Will you invite "
        "Russia to the summit?\n"
    )
    found = _events(body)
    assert _has(found, "AGREE", "03", KAZAKHSTAN, None), found
    assert not any(kind == "SUPPORT" for kind, _, _, _ in found), found


def test_no_you_among_three_speakers() -> None:
    body = (
        "Vladimir Putin held talks with Kassym-Jomart Tokayev and Alexander Lukashenko.\n\n"
        "Vladimir Putin: Friends, welcome.\n\n"
        "Alexander Lukashenko: Thank you.\n\n"
        "Kassym-Jomart Tokayev: I invite you to visit Astana next year.\n"
    )
    found = _events(body)
    assert not _has(found, "AGREE", "036", TOKAYEV, PUTIN), found
    assert not _has(found, "AGREE", "036", TOKAYEV, LUKASHENKO), found


@pytest.mark.parametrize(
    "body",
    [
        # a colon in an ordinary sentence
        "The ministers discussed three issues: water, transit and energy.\n",
        # one label-like line: a news subheading, not a transcript
        "Sergey Lavrov: Russia is ready to talk\n\nThe minister spoke in Moscow.\n",
        # page furniture
        "Note: this story was updated.\n\nSource: the ministry.\n",
        "Key points: trade grew.\n\nMain points: energy.\n",
        "The meeting began at 10:30.\n\nIt ended at 12:15.\n",
    ],
)
def test_not_a_transcript(body: str) -> None:
    assert not is_transcript(body)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Vladimir Putin: Good afternoon. We are glad.\n\nQuestion: Will you go?\n",
            ["Vladimir Putin:", "Good afternoon.", "We are glad.", "Question: Will you go?"],
        ),
        (
            "Intro.\n\nPrime Minister of India Narendra Modi (retranslated): Thank you.\n\n"
            "Q: Yes?\n",
            [
                "Intro.",
                "Prime Minister of India Narendra Modi (retranslated):",
                "Thank you.",
                "Q: Yes?",
            ],
        ),
        # only at a paragraph's start
        (
            "Vladimir Putin: Hello. Then Tokayev: spoke.\n\nQ: Yes?\n",
            ["Vladimir Putin:", "Hello.", "Then Tokayev: spoke.", "Q: Yes?"],
        ),
    ],
)
def test_labels_are_read_apart(body: str, want: list[str]) -> None:
    assert is_transcript(body)
    found, _ = split_labels(sentences(body))
    assert [s.text for s in found] == want
    assert [s.index for s in found] == list(range(len(want)))
    assert all(body[s.begin : s.end] == s.text for s in found)


def test_outside_transcripts_we_is_still_the_publishers_state() -> None:
    found = _events("Vladimir Putin met Kassym-Jomart Tokayev. We are ready to help Kazakhstan.")
    assert _has(found, "AGREE", "03", RUSSIA, KAZAKHSTAN), found


@pytest.mark.parametrize(
    "clause", [" invite §P1§", " would like to invite §P1§", " want to invite all §S1§"]
)
def test_the_invitation_pattern_reads_the_first_persons_forms_past_its_precheck(
    clause: str,
) -> None:
    assert statements._INVITE.match(clause), clause
    assert not statements._INVITE_WORDS.isdisjoint(clause.split()), clause
