"""Speaker turns in transcripts: who "I", "we" and "you" are in the paragraphs a speaker's
label opens.

A transcript (a Kremlin meeting, a press conference, an interview) opens each turn with a
paragraph that starts with its speaker's label: "President of Russia Vladimir Putin: Mr
President, friends, ...", "Prime Minister of India Narendra Modi (retranslated): ...",
"Question: ...". Every paragraph after it until the next label is that speaker's. Inside a turn
"I", "me" and "my" are the speaker, "we" and "us" the state (or organisation) the speaker holds
office for, and in a conversation of two "you" the other speaker and "your country" that
speaker's state. A question's turn is nobody's: its pronouns stand for no party.

Only an article with two label lines or more is read as a transcript (an ordinary sentence with
a colon, "Key points: ...", changes nothing), and the label is read apart from the speech after
it, so that its title gives a Tenure and its name is no subject of the speech.

>>> is_transcript("Vladimir Putin: Good afternoon.\\n\\nQuestion: Will you go?\\n")
True
>>> is_transcript("The talks covered three areas: trade, energy and security.\\n")
False
>>> body = "Intro.\\nVladimir Putin (retranslated): Hello. Yes."
>>> [s.text for s in split_labels(sentences(body))[0]]
['Intro.', 'Vladimir Putin (retranslated):', 'Hello.', 'Yes.']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from dipld.extract.spans import Analysis, Code, Mention
from dipld.extract.text import Sentence, sentences
from dipld.model import Entity, EntityKind

__all__ = [
    "Turn",
    "is_question",
    "is_transcript",
    "label_name_end",
    "pronouns",
    "release_office",
    "sentences",
    "speech",
    "split_labels",
]

# a name word: capitalised (any script's capital), or a particle of a name or title
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][\w.'’-]*"
_PARTICLE = (
    r"(?:of|the|for|and|on|de|da|del|der|di|van|von|bin|bint|binti|al|ibn|el|la|le|du|dos|das|"
    r"e|y|zu)"
)
# a speaker's label at the start of a paragraph: a title and a name, or a name, up to 14 words,
# an optional note in brackets ("(retranslated)", "(via interpreter)") and the colon, then
# a space or the line's end (not "10:30", not "http://")
_LABEL = re.compile(
    rf"(?P<name>{_CAP}(?:[ \t]+(?:{_CAP}|{_PARTICLE})){{0,13}}?)"
    r"(?:[ \t]+\((?P<note>[^()\n]{1,40})\))?:(?=[ \t]|$)"
)
# a question's or a journalist's label: a turn that is no party's ("Question (Xinhua):",
# "Q:", "Journalist:"); the White House writes "Q " without a colon
_QUESTION = re.compile(
    r"(?:(?:Question|Q|Journalist|Reporter|Correspondent|Interviewer|Moderator|Host|"
    r"Audience(?:[ \t]+member)?|Participant|Unidentified[ \t]+\w+)"
    r"(?:[ \t]+\([^()\n]{1,60}\))?:(?=[ \t]|$)|Q\.?[ \t](?=[A-Z]))"
)
# first words of lines that label no speaker ("Note: ...", "Source: ...", "Key points: ...")
_NOT_SPEAKERS = frozenset(
    """Note Notes Source Sources Update Updated Photo Photos Read Also Related Editor Editors
    Background Tags Topics Keywords Date Time Location Venue Subject Agenda Key Main Summary
    Reference References Attachment Attachments Image Video Watch Listen Contact Media Press Our
    Share Follow Link Links Article Title Published Posted Category Translation Transcript
    Excerpt Excerpts Full Text Warning Breaking Live Latest Exclusive Opinion Analysis Comment
    Editorial Correction Disclaimer Copyright Today Yesterday Tomorrow Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September
    October November December Answer Reply Statement Remarks Part Section Chapter Item Annex
    Article Clause Paragraph Step Phase Stage Goal Aim Objective Priority Question Q""".split()
)
_MAX_LABEL = 160  # a label's colon lies within this many characters of its paragraph's start


def _label(text: str) -> re.Match[str] | None:
    """The speaker's label a paragraph's first sentence opens with, if it has one."""
    colon = text.find(":", 0, _MAX_LABEL)
    if colon <= 0:
        return None
    m = _LABEL.match(text)
    if m is None or m.end() != colon + 1:
        return None
    words = m.group("name").split()
    if words[0].rstrip(".") in _NOT_SPEAKERS:
        return None
    return m


def label_name_end(label: str) -> int:
    """Where the speaker's name ends in a label :func:`split_labels` made."""
    m = _label(label)
    return m.end("name") if m is not None else len(label)


def is_question(text: str) -> bool:
    """Whether a paragraph opens with a question's or a journalist's label."""
    return _QUESTION.match(text) is not None


def _labelled(line: str) -> bool:
    stripped = line.lstrip()
    return bool(stripped) and (is_question(stripped) or _label(stripped) is not None)


def is_transcript(body: str) -> bool:
    """Whether the body has two paragraphs or more that open with a speaker's or a question's
    label (a line with no colon near its start is passed over with one substring test)."""
    if ":" not in body:
        return False
    found = 0
    for line in body.split("\n"):
        if ":" in line[:_MAX_LABEL] or line.startswith("Q "):
            found += _labelled(line)
            if found >= 2:
                return True
    return False


def split_labels(found: list[Sentence]) -> tuple[list[Sentence], set[int]]:
    """The sentences with each speaker's label read as a sentence of its own (renumbered), and
    the indexes of those label sentences; a question's label stays with its question."""
    out: list[Sentence] = []
    labels: set[int] = set()
    paragraph = None
    for s in found:
        opens = s.paragraph != paragraph
        paragraph = s.paragraph
        m = _label(s.text) if opens else None
        if m is None or is_question(s.text):
            out.append(Sentence(len(out), s.begin, s.end, s.text, s.paragraph))
            continue
        labels.add(len(out))
        out.append(Sentence(len(out), s.begin, s.begin + m.end(), m.group(0), s.paragraph))
        rest = s.text[m.end() :]
        skip = len(rest) - len(rest.lstrip())
        if rest.strip():
            begin = s.begin + m.end() + skip
            out.append(Sentence(len(out), begin, s.end, rest[skip:], s.paragraph))
    return out, labels


@dataclass(frozen=True, slots=True)
class Turn:
    """The speaker of the paragraphs being read, the state or organisation they speak for
    ("we"), and the one they speak to ("you") in a conversation of two; a question's turn has
    no speaker."""

    speaker: Entity | None = None
    body: Entity | None = None
    addressee: Entity | None = None
    addressee_body: Entity | None = None

    @property
    def speaker_key(self) -> str | None:
        return self.speaker.key if self.speaker is not None else None

    def claims(self, word: str) -> bool:
        """Whether the turn decides who ``word`` ("we" or "i", as the general pronoun rules
        read them) is, even when it is nobody: a question's pronouns are nobody's, and "we" of
        a speaker whose state is unknown is left to the article ("we" of a ministry's
        spokesperson is the publisher's state)."""
        return self.speaker is None or word == "i" or self.body is not None


# the first and second persons a turn gives: "I", "me", "my", "we", "us", "you", "your country"
# (the first letter before the check that no word character precedes it: see mentions._PRONOUN)
_PERSONS = re.compile(
    "(?P<p>"
    + "|".join(rf"{w[0]}(?<![\w§].){w[1:]}" for w in "I We we me My my us You you".split())
    + r"|(?P<your>[Yy](?<![\w§].)our\s+(?:country|nation|state|government))"
    # "to our herders", "our farmers", "our people": the speaker's state (not "our two
    # countries", "our peoples": both sides)
    + r"|(?P<our>[Oo](?<![\w§].)ur\s+(?:country|nation|state|government|people|citizens|farmers|"
    + r"herders|students|economy|armed\s+forces|military|soldiers))"
    + r")\b(?!\.\w)"
)
# a clause another party is told to have said ("as President Xi told me, ...", "Minister Wang
# said that ...", "according to ..."): its pronouns are not the speaker's own (not "I told him
# that we ...")
_THIRD_PARTY = re.compile(
    r"(?<!\bI )(?<![Ww]e )\b(?:told|tells|said|says|assured|informed|according\s+to)\b"
)
_QUOTES = re.compile('["“”]')


def _quoted(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` between pairs of quotation marks."""
    marks = [m.start() for m in _QUOTES.finditer(text)]
    return list(zip(marks[::2], marks[1::2], strict=False))


def pronouns(turn: Turn, text: str, base: int, free: Callable[[int, int], bool]) -> list[Mention]:
    """The mentions the turn gives the first and second persons of a sentence of it, where
    ``free`` says no other mention is; none inside a quotation or after a third party's saying
    ("as President Xi told me, ..."), and none in a question's turn."""
    if turn.speaker is None:
        return []
    quoted = _quoted(text) if '"' in text or "“" in text or "”" in text else []
    third = _THIRD_PARTY.search(text)
    out: list[Mention] = []
    for m in _PERSONS.finditer(text):
        at = m.start()
        if third is not None and third.start() < at:
            break
        if any(a < at < b for a, b in quoted) or not free(at, m.end()):
            continue
        word = m.group("p").lower()
        if m.group("our"):
            body = turn.body
            who = body if body is not None and body.kind is EntityKind.STATE else None
            code = Code.STATE
        elif m.group("your"):
            # (a state's: an organisation's head has no country)
            body = turn.addressee_body
            who = body if body is not None and body.kind is EntityKind.STATE else None
            code = Code.STATE
        elif word in {"i", "me", "my"}:
            who, code = turn.speaker, Code.PERSON
        elif word in {"we", "us"}:
            who, code = turn.body, Code.STATE
        else:
            who, code = turn.addressee, Code.PERSON
        if who is None:
            continue
        if code is Code.STATE and who.kind is EntityKind.ORGANIZATION:
            code = Code.ORG
        out.append(Mention(base + at, base + m.end(), m.group(0), code, (who,), confidence=0.75))
    return out


# the forms of address a speech opens with: "Mr President, friends, ...", "Colleagues, ...",
# "Your Excellency, ..." (masked: "Mr §P0§, ...")
_VOCATIVES = re.compile(
    r"(?:(?:(?:Mr|Mrs|Ms|Madam|Madame|Dear|My\s+dear)\.?\s+(?:[\w§-]+\s+){0,3}?[\w§-]+|"
    r"(?:Dear\s+)?(?:[Ff]riends|[Cc]olleagues|[Ll]adies\s+and\s+gentlemen|[Ee]xcellencies|"
    r"[Gg]entlemen|[Pp]articipants)|"
    r"Your\s+(?:Excellency|Excellencies|Majesty|Highness|Royal\s+Highness))\s*,\s*)+"
)
# "Thank you for the invitation": the speaker thanks the one spoken to ("you" masked)
_THANK_YOU = re.compile(r"[Tt]hank\s+(?P<you>§P\d+§)(?:\s+(?:very|so)\s+much)?(?=\s+(?:for|on)\b)")


# "It was a pleasure to meet X", "I was delighted to welcome X to Canberra" (masked: "§P0§ was
# delighted to ..."): the speaker's own act, told in the past (not "I am pleased to announce")
_PLEASED_TO = re.compile(
    r"(?:It\s+was\s+(?:a|an|my)\s+(?:(?:great|real|genuine|particular|special)\s+)?"
    r"(?:pleasure|honou?r|privilege|delight)|(?P<s>§[PS]\d+§)\s+was\s+"
    r"(?:(?:very|so|truly|deeply|most)\s+)?(?:pleased|delighted|honou?red|glad|happy|proud|"
    r"privileged))\s+to\s+(?P<v>meet|host|welcome|receive|visit|sign|join|speak)\b"
)
_PAST_OF = {"meet": "met", "speak": "spoke", "sign": "signed"}
# "My meeting with X today ...": the speaker's, as "X's meeting with ..." is X's
# (not "my visit to Fiji": meetings._MY_VISIT reads it so)
_MY_SLOT = re.compile(r"§[PS]\d+§(?=\s+(?:[a-z]+\s+)?(?:meeting|talks|call|conversation)\b)")


def speech(analysis: Analysis, turn: Turn) -> str:
    """The masked sentence of a speaker's turn without the forms of address it opens with (no
    subject: "Mr President, we are ready ..."), with the speaker as the subject of a "Thank you
    for ..." said to the one spoken to and of an act told as a pleasure ("It was a pleasure to
    meet X": "I met X"), and "my" before a meeting or visit read as a possessive ("My meeting
    with X": the speaker's)."""
    masked = analysis.masked
    if masked[:1] in "MDFCLEPYmfcle" and (m := _VOCATIVES.match(masked)) is not None:
        masked = masked[m.end() :]
    if turn.speaker is None:
        return masked
    code = Code.PERSON if turn.speaker.kind is EntityKind.PERSON else Code.STATE
    if "hank" in masked[:6]:
        thanks = _THANK_YOU.match(masked)
        you = analysis.slots.get(thanks.group("you")) if thanks is not None else None
        if thanks is not None and you is not None and you.text.lower() == "you":
            slot = f"§{code}{len(analysis.mentions)}§"
            analysis.slots[slot] = Mention(
                you.begin, you.begin, "", code, (turn.speaker,), confidence=0.75
            )
            masked = f"{slot} thank {thanks.group('you')}{masked[thanks.end() :]}"
    if " was " in masked and " to " in masked and (m := _PLEASED_TO.search(masked)) is not None:
        slot = m.group("s")
        if slot is None or analysis.slots[slot].entities == (turn.speaker,):
            if slot is None:
                at = analysis.sentence.begin
                slot = f"§{code}{len(analysis.mentions) + 1}§"
                analysis.slots[slot] = Mention(at, at, "", code, (turn.speaker,), confidence=0.75)
            verb = m.group("v")
            past = _PAST_OF.get(verb) or (f"{verb}d" if verb.endswith("e") else f"{verb}ed")
            masked = f"{masked[: m.start()]}{slot} {past}{masked[m.end() :]}"
    if "y" in analysis.sentence.text:
        for m in reversed(list(_MY_SLOT.finditer(masked))):
            mention = analysis.slots.get(m.group(0))
            if mention is not None and mention.text in {"my", "My"}:
                masked = f"{masked[: m.end()]}'s{masked[m.end() :]}"
    return masked


# A release its author writes in the first person ("Today I met Prime Minister X ...", "Prime
# Minister X and I agreed ...", "I thank the Government and people of Y ..."): the office whose
# holder is the author, by the publisher's name ("Prime Minister of Australia", "Prime Minister's
# Office, 10 Downing Street", "Minister for Foreign Affairs", "President of Ukraine", "Office of
# the President"), not a ministry's ("Ministry of Foreign Affairs"), a department's or an
# agency's
_PUBLISHER_OFFICE = re.compile(
    r"(?:The\s+)?(?:Office\s+of\s+the\s+)?(?:(?P<hog>Prime\s+Minister|Premier|Chancellor|"
    r"Taoiseach)|(?P<hos>President|Presidential\s+Executive)|(?P<fm>Foreign\s+Minister|"
    r"Foreign\s+Secretary|Minister\s+(?:for|of)\s+(?:Foreign|External)\s+Affairs))"
    r"(?:['’]s)?(?:\s+Office)?(?=\s*(?:$|[,(]|of\s))(?!.*\b(?:Ministry|Department)\b)",
    re.IGNORECASE,
)
# the same by the site: its first label after "www", "en" ("pm.gov.au", "pmindia.gov.in",
# "pm.gc.ca", "www.president.gov.ua", "en.kremlin.ru", "www.elysee.fr", "akorda.kz",
# "www.foreignminister.gov.au")
_HOST_OFFICE = {
    **dict.fromkeys(("pm", "pmo", "pmindia", "primeminister", "premier"), "HeadOfGovernment"),
    **dict.fromkeys(
        (
            "president",
            "presidency",
            "presidencia",
            "presidence",
            "presidenza",
            "prezident",
            "kremlin",
            "elysee",
            "akorda",
        ),
        "HeadOfState",
    ),
    "foreignminister": "ForeignMinister",
}
_HOST_PREFIXES = frozenset({"www", "en", "eng", "english"})
# a site of a whole government's ministers ("www.gov.uk/government/news/...",
# "www.beehive.govt.nz/release/..."): the office its publisher or headline names ("PM statement
# on ...", "Prime Minister's Office, 10 Downing Street", "Foreign Secretary ...")
_GOVERNMENT_SITES = re.compile(
    r"(?:www\.)?(?:gov\.uk/government/(?:news|speeches)|beehive\.govt\.nz)/"
)
_NAMED_OFFICE = re.compile(
    r"\b(?:(?P<hog>Prime\s+Minister|PM)|(?P<fm>Foreign\s+(?:Minister|Secretary)|"
    r"Minister\s+(?:for|of)\s+Foreign\s+Affairs))\b"
)


def _role(m: re.Match[str]) -> str:
    if m.group("hog"):
        return "HeadOfGovernment"
    return "ForeignMinister" if m.group("fm") else "HeadOfState"


def release_office(publisher: str | None, url: str | None, title: str | None) -> str | None:
    """The role ("HeadOfGovernment", "HeadOfState", "ForeignMinister") of the one office whose
    holder writes the article, by its publisher or site; None for a newspaper, an agency, a
    ministry or a department (their "I" is nobody's).

    >>> release_office("Prime Minister of Australia", None, None)
    'HeadOfGovernment'
    >>> release_office(None, "https://www.president.gov.ua/en/news/x", None)
    'HeadOfState'
    >>> release_office("GOV.UK", "https://www.gov.uk/government/news/pm-call", "PM call with X")
    'HeadOfGovernment'
    >>> release_office("Ministry of Foreign Affairs of Japan", "https://www.mofa.go.jp/x", None)
    >>> release_office("Reuters", "https://www.reuters.com/world/x", None)
    """
    if publisher and (m := _PUBLISHER_OFFICE.match(" ".join(publisher.split()))) is not None:
        return _role(m)
    if not url:
        return None
    parts = urlsplit(url)
    labels = [x for x in (parts.hostname or "").lower().split(".") if x]
    while len(labels) > 2 and labels[0] in _HOST_PREFIXES:
        labels = labels[1:]
    if len(labels) >= 2 and (role := _HOST_OFFICE.get(labels[0])) is not None:
        return role
    if _GOVERNMENT_SITES.match(f"{parts.hostname or ''}{parts.path}"):
        named = [m for text in (publisher, title) if text for m in _NAMED_OFFICE.finditer(text)]
        if named and len({_role(m) for m in named}) == 1:
            return _role(named[0])
    return None
