"""Backing, welcoming and accusing told in less common constructions (session 36, backing).

The sentences are written for this session (none from a gold set). Conventions followed (all
earlier sessions' except where said):

- Praise or backing in the present perfect ("Japan has repeatedly thanked Kenya", "..., and
  France has since backed Kazakhstan") is SUPPORT 051 as the simple past is (the spent gold codes
  it so); a clause "since" opens takes no date of the clause before it. (A later clause of
  agreeing in the perfect, "..., and the bloc has agreed to send ...", was tried: the recipients
  of such clauses were not found, and spent sets lost precision.)
- Congratulations an envoy passes on ("X conveyed Y's congratulations to Z", "Z received X, who
  conveyed a congratulatory message from Y", "delivered a personal letter from Y congratulating
  him") are SUPPORT 051 of the sender Y to the one named, else to the envoy's host (the one who
  received the envoy in the sentence, or the other side of the meeting the readout reports).
- A candidacy put forward, nominated, backed or endorsed by states or organisations ("X's
  candidacy was put forward by Portugal", "X was nominated by Portugal for a second term", ",
  having been put forward by the Government of Portugal in February", "X, whose candidacy was
  endorsed by the African Union") is SUPPORT 051 of the sponsors to the candidate; a person who
  nominates (an appointment) and a nomination with no word of a candidacy give nothing.
- An accusation or condemnation told in a relative clause on the sentence's object ("under
  former president Donald Trump, who accused it of ...", "hosted by X, who condemned Israel for
  ...") is the ACCUSE (112, 111) of the one the clause is about; "it" is the last state or
  organisation named before the clause; the clause's own date dates it.
- A deed blamed on (or attributed to) a party that the subject raised or condemned ("Biden also
  raised ... a cyber espionage campaign blamed on Russia") is the subject's ACCUSE 111 to that
  party; not a deed the text says someone else blamed ("which Moscow blamed on Kyiv").
- "condemned what she called Russia's cynical move" accuses Russia (as praise of "what he called
  Turkey's ..." was read, session 35b).
- "Welcoming the decision, X congratulated Y" opens with a phrase before its subject, as
  "Welcoming his guest, ..." did.
- "welcomed the decision to lift the duties", "welcomed the "historic decision"": the decision's
  maker, told before, as "welcomed the decision" alone was (session 35b); none when no maker was
  told.
- An exchange of prisoners told as two releases in one sentence ("Azerbaijan freed 32 Armenian
  soldiers and Armenia released two Azerbaijani servicemen in return") is one act of both sides:
  "the exchange", "the handover", "the release" welcomed or praised next is SUPPORT 051 to both,
  or to the other side when one side welcomes it; a reaction to the release the article opens
  with may come up to 2,000 characters into the body (other reactions to an act by its noun:
  1,200, session 27).
- Appreciation of "the swift response of the UAE" praises the UAE, as "the support of" and "the
  help of" a party did (session 35).
- A quote that opens with a state or organisation praising, welcoming or condemning ('"Canada
  welcomed the ceasefire agreement signed by ...,"') is the speaker's report of its own side's act:
  read as the sentence without the quote mark (ANNOTATION.md §6).
- A wire dateline at the UN's seat ("UNITED NATIONS, Oct 2 (Reuters) - ", read as the
  organisation's name) is a dateline: the sentence's subject comes after it.

Negatives: negations, hypotheticals, condolences conveyed, nominations of an office, passives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 6, 16)  # a Friday

JAPAN, KENYA, FRANCE, KAZAKHSTAN, AUSTRALIA, VIETNAM = "Q17", "Q114", "Q142", "Q232", "Q408", "Q881"
RUSSIA, PORTUGAL, ITALY, AU, EAC, CHINA = "Q159", "Q45", "Q38", "Q7159", "Q337456", "Q148"
NORTH_KOREA, ISRAEL, UNESCO, UKRAINE = "Q423", "Q801", "Q7809", "Q212"
PUTIN, TOKAYEV, XI, MODI, KISHIDA, BIDEN = "Q7747", "Q200881", "Q15031", "Q1058", "Q359480", "Q6279"
SCHOLZ, GUTERRES, TRUMP, ERDOGAN, MACRON = "Q61053", "Q311440", "Q22686", "Q39259", "Q3052772"
UNGA, ASSAD, UAE, ARMENIA, AZERBAIJAN = "Q47423", "Q44329", "Q878", "Q399", "Q227"

Row = tuple[str, set[str], set[str], str, tuple[str, ...]]


def rows(body: str) -> list[Row]:
    """(type, actors, recipients, CAMEO code, dates) of every Event the body gives."""
    return [
        (
            str(f.get("eventType")[0]),
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            tuple(str(d) for d in f.get("date")),
        )
        for f in facts(body, DAY)
        if f.cls.value == "Event"
    ]


def _has(got: list[Row], kind: str, actors: set[str], recipients: set[str], code: str) -> bool:
    return any(g[:4] == (kind, actors, recipients, code) for g in got)


# (text, type, actors, recipients, CAMEO code, date or None for "none")
POSITIVES = [
    # 1. praise and backing in the perfect
    ("Japan has repeatedly thanked Kenya for its support.", "SUPPORT", {JAPAN}, {KENYA}, "051", ""),
    (
        "Australia has praised Vietnam's efforts to cut emissions.",
        "SUPPORT",
        {AUSTRALIA},
        {VIETNAM},
        "051",
        "",
    ),
    (
        "The talks collapsed in March 2021, and France has since backed Kazakhstan.",
        "SUPPORT",
        {FRANCE},
        {KAZAKHSTAN},
        "051",
        None,
    ),
    # 3. congratulations an envoy conveyed
    (
        "Sergey Lavrov conveyed Vladimir Putin's congratulations to Kassym-Jomart Tokayev.",
        "SUPPORT",
        {PUTIN},
        {TOKAYEV},
        "051",
        "",
    ),
    (
        "Fumio Kishida received Antony Blinken, who conveyed a congratulatory message from "
        "President Joe Biden.",
        "SUPPORT",
        {BIDEN},
        {KISHIDA},
        "051",
        "",
    ),
    (
        "Prime Minister Narendra Modi later met Chinese Foreign Minister Wang Yi, who delivered a "
        "personal letter from President Xi Jinping congratulating him on his re-election.",
        "SUPPORT",
        {XI},
        {MODI},
        "051",
        "",
    ),
    # 4. a candidacy put forward or backed
    (
        "Antonio Guterres's candidacy was put forward by Portugal in February.",
        "SUPPORT",
        {PORTUGAL},
        {GUTERRES},
        "051",
        "2023-02",
    ),
    (
        "Antonio Guterres was nominated by Portugal for a second term.",
        "SUPPORT",
        {PORTUGAL},
        {GUTERRES},
        "051",
        "",
    ),
    (
        "Antonio Guterres was the only candidate, having been put forward by the Government of "
        "Portugal in February.",
        "SUPPORT",
        {PORTUGAL},
        {GUTERRES},
        "051",
        "2023-02",
    ),
    (
        "The assembly re-elected Antonio Guterres, whose candidacy was endorsed by the African "
        "Union.",
        "SUPPORT",
        {AU},
        {GUTERRES},
        "051",
        "",
    ),
    (
        "The candidacy of Antonio Guterres was backed by France and Italy.",
        "SUPPORT",
        {FRANCE, ITALY},
        {GUTERRES},
        "051",
        "",
    ),
    # 5. an accusation in a relative clause on the object
    (
        "The United States left UNESCO under former president Donald Trump, who accused it of "
        "bias.",
        "ACCUSE",
        {TRUMP},
        {UNESCO},
        "112",
        "",
    ),
    (
        "The talks were hosted by Recep Tayyip Erdogan, who condemned Israel for the strikes.",
        "ACCUSE",
        {ERDOGAN},
        {ISRAEL},
        "111",
        "",
    ),
    (
        "The summit was chaired by Olaf Scholz, who accused Russia in March of lying.",
        "ACCUSE",
        {SCHOLZ},
        {RUSSIA},
        "112",
        "2023-03",
    ),
    # 6. a deed blamed on a party, raised or condemned
    (
        "Biden also raised the cyberattacks blamed on Russia, the White House said.",
        "ACCUSE",
        {BIDEN},
        {RUSSIA},
        "111",
        "",
    ),
    (
        "Japan condemned the missile launch, widely attributed to North Korea.",
        "ACCUSE",
        {JAPAN},
        {NORTH_KOREA},
        "111",
        "",
    ),
    # 7. what the speaker called another's act
    (
        "Olaf Scholz condemned what he called Russia's cynical move.",
        "ACCUSE",
        {SCHOLZ},
        {RUSSIA},
        "111",
        "",
    ),
    (
        "Emmanuel Macron criticised what he described as China's aggressive behaviour.",
        "ACCUSE",
        {MACRON},
        {CHINA},
        "111",
        "",
    ),
    # 8. a welcome of an outcome before the subject
    (
        "Welcoming the decision, Olaf Scholz congratulated Emmanuel Macron.",
        "SUPPORT",
        {SCHOLZ},
        {MACRON},
        "051",
        "",
    ),
    # 11. appreciation of a party's response
    (
        "President Recep Tayyip Erdogan thanked Olaf Scholz for his call, while President Bashar "
        "al-Assad expressed his appreciation for the swift response of the UAE.",
        "SUPPORT",
        {ASSAD},
        {UAE},
        "051",
        "",
    ),
    # 12. the decision welcomed with the speaker's word for it
    (
        "China said on Monday it would lift the duties on Australian wine. "
        'Australia welcomed the "historic decision" and said it would drop its complaint.',
        "SUPPORT",
        {AUSTRALIA},
        {CHINA},
        "051",
        "",
    ),
    # 13. a quote that opens with the speaker's state acting
    (
        '"Japan welcomed the truce agreed by Armenia and Azerbaijan, and we will keep '
        'supporting peace talks," the minister said.',
        "SUPPORT",
        {JAPAN},
        {ARMENIA, AZERBAIJAN},
        "051",
        "",
    ),
    # 10. the UN's seat as a wire dateline, read as the organisation's mention
    (
        "UNITED NATIONS, June 15 (Reuters) - The UN General Assembly on Thursday adopted a "
        "resolution demanding that Russia withdraw its troops from Ukraine.",
        "SUPPORT",
        {UNGA},
        set(),
        "057",
        "2023-06-15",
    ),
    # 9. the decision welcomed with its purpose
    (
        "China said on Monday it would lift the duties on Australian wine. "
        "Australia welcomed the decision to lift the duties.",
        "SUPPORT",
        {AUSTRALIA},
        {CHINA},
        "051",
        "",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "recipients", "code", "date"), POSITIVES)
def test_found(
    text: str, kind: str, actors: set[str], recipients: set[str], code: str, date: str | None
) -> None:
    got = rows(text)
    found = [g for g in got if g[:4] == (kind, actors, recipients, code)]
    assert found, got
    if date is None:
        assert all(not g[4] for g in found), found
    elif date:
        assert any(date in g[4] for g in found), found


# (text, type, actors, recipients, CAMEO code) that must not be found
NEGATIVES = [
    ("Japan has not thanked Kenya for its support.", "SUPPORT", {JAPAN}, {KENYA}, "051"),
    ("Japan would have thanked Kenya for its support.", "SUPPORT", {JAPAN}, {KENYA}, "051"),
    (
        "Sergey Lavrov did not convey Vladimir Putin's congratulations to Kassym-Jomart Tokayev.",
        "SUPPORT",
        {PUTIN},
        {TOKAYEV},
        "051",
    ),
    (
        "Sergey Lavrov conveyed Vladimir Putin's condolences to Kassym-Jomart Tokayev.",
        "SUPPORT",
        {PUTIN},
        {TOKAYEV},
        "051",
    ),
    (
        "Antonio Guterres's candidacy was not put forward by Portugal.",
        "SUPPORT",
        {PORTUGAL},
        {GUTERRES},
        "051",
    ),
    (
        "Antonio Guterres's candidacy could be backed by Portugal.",
        "SUPPORT",
        {PORTUGAL},
        {GUTERRES},
        "051",
    ),
    (
        "Antonio Guterres was nominated by Portugal as its ambassador to France.",
        "SUPPORT",
        {PORTUGAL},
        {GUTERRES},
        "051",
    ),
    (
        "The summit was chaired by Olaf Scholz, who did not accuse Russia of lying.",
        "ACCUSE",
        {SCHOLZ},
        {RUSSIA},
        "112",
    ),
    (
        "The summit was chaired by Olaf Scholz, who might accuse Russia of lying.",
        "ACCUSE",
        {SCHOLZ},
        {RUSSIA},
        "112",
    ),
    (
        "The summit was chaired by Olaf Scholz, who was accused by Russia of lying.",
        "ACCUSE",
        {SCHOLZ},
        {RUSSIA},
        "112",
    ),
    (
        "Olaf Scholz raised the attack which Moscow blamed on Ukraine.",
        "ACCUSE",
        {SCHOLZ},
        {UKRAINE},
        "111",
    ),
    ("Japan did not raise the hacking blamed on China.", "ACCUSE", {JAPAN}, {CHINA}, "111"),
    (
        '"Japan did not welcome the truce agreed by Armenia and Azerbaijan," the minister said.',
        "SUPPORT",
        {JAPAN},
        {ARMENIA, AZERBAIJAN},
        "051",
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "recipients", "code"), NEGATIVES)
def test_not_found(text: str, kind: str, actors: set[str], recipients: set[str], code: str) -> None:
    got = rows(text)
    assert not _has(got, kind, actors, recipients, code), got


# nothing praised with a recipient, nothing accused with a recipient
EMPTY = [
    "Japan has welcomed Prime Minister Narendra Modi to Tokyo.",
    "Olaf Scholz condemned what he called a cynical move.",
    "Australia welcomed the decision to lift the duties.",
    "Antonio Guterres was nominated by Joe Biden as ambassador.",
    "Australia welcomed the historic decision and said it would drop its complaint.",
]


@pytest.mark.parametrize("text", EMPTY)
def test_nothing_aimed(text: str) -> None:
    got = [g for g in rows(text) if g[0] in {"SUPPORT", "ACCUSE"} and g[2]]
    assert not got, got


_LEAD_SWAP = (
    "Russia freed two Ukrainian pilots on Monday and Ukraine released three Russian soldiers in "
    "return, officials said. "
)
_FILLER = (
    "Officials said the measure would take effect next month after a review of the rules. "
    "Trade between the two sides has grown in recent years, according to customs data. "
    "Analysts said the step had been widely expected by exporters and importers alike. "
)
TURKEY = "Q43"

# (text, actors, recipients) of a SUPPORT 051
SWAPS = [
    (
        _LEAD_SWAP + "Turkey welcomed the exchange and urged both sides to keep talking.",
        {TURKEY},
        {RUSSIA, UKRAINE},
    ),
    (_LEAD_SWAP + "Ukraine welcomed the handover and said it hoped for more.", {UKRAINE}, {RUSSIA}),
    (
        _LEAD_SWAP + _FILLER * 6 + "Japan praised the release as a goodwill gesture.",
        {JAPAN},
        {RUSSIA, UKRAINE},
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), SWAPS)
def test_swap_welcomed(text: str, actors: set[str], recipients: set[str]) -> None:
    got = rows(text)
    assert _has(got, "SUPPORT", actors, recipients, "051"), got


NOT_SWAPS = [
    # one side's release, welcomed by itself: its own act
    "Russia freed two Ukrainian pilots on Monday, officials said. Russia welcomed the release.",
    # releases that were only possible
    "Russia could free two Ukrainian pilots and Ukraine might release three Russian soldiers. "
    "Turkey welcomed the exchange.",
    # a reaction told too far from the lead
    _LEAD_SWAP + _FILLER * 9 + "Japan praised the release as a goodwill gesture.",
]


@pytest.mark.parametrize("text", NOT_SWAPS)
def test_swap_not_welcomed(text: str) -> None:
    got = [g for g in rows(text) if g[0] == "SUPPORT" and g[2]]
    assert not got, got
