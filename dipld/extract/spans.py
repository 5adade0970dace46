"""The values mention finding produces: typed mentions, offices, analysed sentences.

A sentence is "masked" for the fact rules: each mention is replaced by a placeholder such as
``§S0§`` (state 0) so that rules are patterns over mention types, not over names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Generic, TypeVar

from dipld.extract.patterns import HYPOTHETICAL, NEGATION
from dipld.extract.text import Sentence
from dipld.kb.index import KbEntity
from dipld.model import Entity
from dipld.temporal import DateMention

_T = TypeVar("_T")


class _once(Generic[_T]):
    """:func:`functools.cached_property` without the lock Python 3.11 takes on every first
    read (a sentence's :class:`Analysis` is read by one thread; ~1 % of extraction)."""

    __slots__ = ("func", "name")

    def __init__(self, func: Callable[[Analysis], _T]) -> None:
        self.func = func
        self.name = func.__name__

    def __get__(self, obj: Analysis, owner: object = None) -> _T:
        value = self.func(obj)
        obj.__dict__[self.name] = value  # later reads find it before this (non-data) descriptor
        return value


class Code(StrEnum):
    """Placeholder codes in masked sentences."""

    STATE = "S"
    ORG = "O"
    PERSON = "P"
    CITY = "C"
    PLACE = "L"
    DEMONYM = "D"
    MONEY = "M"
    PERCENT = "R"
    GROUP = "G"


@dataclass(frozen=True, slots=True)
class Office:
    """An office a titled person holds, as the text gives it."""

    role: str
    label: str
    jurisdiction: Entity | None = None
    accredited_to: Entity | None = None
    post: str | None = None
    current: bool = True
    named: bool = True  # False when the holder was inferred (coreference, KB post holder)


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention: absolute offsets, its placeholder code and what it refers to."""

    begin: int
    end: int
    text: str
    code: Code
    entities: tuple[Entity, ...] = ()
    offices: tuple[Office, ...] = ()
    amount: Decimal | None = None
    currency: str | None = None
    approx: str | None = None
    share: Decimal | None = None
    confidence: float = 0.9

    @property
    def entity(self) -> Entity | None:
        return self.entities[0] if self.entities else None

    @property
    def office(self) -> Office | None:
        return self.offices[0] if self.offices else None


@dataclass
class Analysis:
    """One sentence with its mentions, dates and masked form."""

    sentence: Sentence
    mentions: list[Mention]
    dates: list[DateMention]
    masked: str = ""
    slots: dict[str, Mention] = field(default_factory=dict)
    in_title: bool = False
    # the dates in the order an act of saying reads them, when ``dates`` moved those of when the
    # text was said last ("On Tuesday, China accused ... of ... on Sunday": Tuesday first)
    spoken_dates: list[DateMention] | None = None
    # where the sentence's text has a serial comma the masked text dropped ("Benin, Ghana, and
    # Togo": offsets in the sentence), so that clauses split alike in both
    list_commas: frozenset[int] = frozenset()

    def spoken_order(self, dates: list[DateMention]) -> list[DateMention]:
        """``dates`` (some of :attr:`dates`) in the order of :attr:`spoken_dates`."""
        if self.spoken_dates is None or len(dates) < 2:
            return dates
        return sorted(dates, key=self.spoken_dates.index)

    def mention(self, placeholder: str) -> Mention:
        return self.slots[placeholder]

    def clauses(self, separator: re.Pattern[str]) -> list[tuple[int, int, int, int]]:
        """The clauses ``separator`` splits the sentence into, each as its offsets in the masked
        text and in the sentence's text (masked start, masked end, text start, text end); the
        whole sentence as one clause when the masked text and the text do not split alike."""
        masked = list(separator.finditer(self.masked))
        text = list(separator.finditer(self.sentence.text))
        if self.list_commas:
            text = [m for m in text if m.start() not in self.list_commas]
        if not masked or len(masked) != len(text):
            return [(0, len(self.masked), 0, len(self.sentence.text))]
        return list(
            zip(
                [0, *(m.end() for m in masked)],
                [*(m.start() for m in masked), len(self.masked)],
                [0, *(m.end() for m in text)],
                [*(m.start() for m in text), len(self.sentence.text)],
                strict=True,
            )
        )

    @_once
    def words(self) -> frozenset[str]:
        """The lower-case words of the masked sentence, for cheap "could any rule fire" checks."""
        return frozenset(words_of(self.masked.lower()))

    @_once
    def negated(self) -> bool:
        if "n't" in self.masked or "n’t" in self.masked:
            return True
        if _NEGATION_WORDS.isdisjoint(self.words):
            return False
        # idioms that negate nothing: "like never before", "not only ... but also"
        plain = NOT_NEGATING.sub(" ", self.masked.lower())
        return not _NEGATION_WORDS.isdisjoint(words_of(plain))

    @_once
    def hypothetical(self) -> bool:
        words = _HYPOTHETICAL_WORDS & self.words
        if words == {"may"} and not _MAY.search(self.masked):
            return False  # the month: "on May 2"
        if words == {"possible"} and "possible" not in _POSSIBLE_IDIOM.sub(" ", self.masked):
            return False  # "in the strongest possible terms", "as soon as possible"
        return bool(words) or "would like" in self.masked


def hedged(text: str) -> bool:
    """Whether a clause is negated or hypothetical (the words of :class:`Analysis`'s tests)."""
    return bool(NEGATION.search(NOT_NEGATING.sub(" ", text))) or bool(HYPOTHETICAL.search(text))


_WORD = re.compile(r"[a-z]+")
# every byte but the letters a-z as a space
_TO_SPACES = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def words_of(text: str) -> list[str]:
    """The runs of letters a-z in ``text``, as ``_WORD.findall(text)`` gives them, in about half
    its time: each other character becomes a space (an ASCII one through the table,
    any other as "?" first) and the text is split there."""
    return text.encode("ascii", "replace").translate(_TO_SPACES).decode("ascii").split()


_MAY = re.compile(r"\bmay\b")  # the verb, not the month "May"
# idioms with "possible" that hedge nothing
_POSSIBLE_IDIOM = re.compile(
    r"\b(?:strongest|best|highest|widest|broadest|earliest|closest|fullest|greatest)\s+possible\b|"
    r"\bas\s+\w+\s+as\s+possible\b|\bwhere(?:ver)?\s+possible\b"
)
_NEGATION_WORDS = frozenset({"not", "never", "neither", "nor", "without"})
NOT_NEGATING = re.compile(
    r"\b(?:never\s+before|not\s+only|without\s+delay|without\s+(?:any\s+)?preconditions|"
    r"if\s+not|not\s+least|nor\s+least)\b"
)
_HYPOTHETICAL_WORDS = frozenset(
    {
        "could",
        "would",
        "might",
        "may",
        "if",
        "unless",
        "whether",
        "should",
        "possible",
        "possibly",
        "potential",
        "potentially",
        "consider",
        "considers",
        "considered",
        "considering",
    }
)


@dataclass
class Context:
    """What mention finding remembers across the sentences of one article."""

    people: list[tuple[Entity, Office | None]] = field(default_factory=list)
    last_states: tuple[Entity, ...] = ()
    headline_pair: tuple[Entity, ...] = ()  # the two states the headline named, if two
    last_people: tuple[Entity, ...] = ()
    previous_people: tuple[Entity, ...] = ()  # the people the previous sentence named
    subject: tuple[Entity, ...] = ()
    # the grammatical subject of the sentence before ("Kishida met Zelensky": Kishida), where
    # ``subject`` is the meeting's participants: whom a later "he" or "she" means
    lead: tuple[Entity, ...] = ()
    home: KbEntity | None = None
    issuers: tuple[Entity, ...] = ()
    states: dict[str, Entity] = field(default_factory=dict)  # every state named so far
    meeting: tuple[Entity, ...] = ()  # the participants of the meeting the article reports
    # the two states of the meeting reported last (by their people or themselves): the pair
    # "the two countries" means unless a sentence since named another pair
    focus: tuple[Entity, ...] = ()
    # the sets of two or more states the sentences read so far named together, in order: what
    # "both countries" of a membership may mean when the pair named last is no member
    named_sets: list[tuple[Entity, ...]] = field(default_factory=list)
    latest: tuple[Entity, ...] = ()  # the participants of the meeting reported last
    # the parties of the agreement told last: "the parties" of "Under the Agreement, the parties"
    signatories: tuple[Entity, ...] = ()
    # the organisations behind "the Council", "the Commission": the last one named so
    bodies: dict[str, Entity] = field(default_factory=dict)
    last_org: Entity | None = None  # the organisation named last ("the bloc")
    # the union of states (the EU: a state among the KB's kinds, with members) when it was named
    # after every organisation: what a later "the bloc" means (session 41)
    last_union: Entity | None = None
    # the one organisation whose summit a sentence told as attended by the people it named, with
    # their keys ("X and Y attended the SCO summit"): what "the leaders" after it mean (session 30)
    summit_attended: tuple[Entity, frozenset[str]] | None = None
    # every organisation the article has named, by key ("Syria's membership was suspended")
    orgs: dict[str, Entity] = field(default_factory=dict)
    crown_prince: Entity | None = None  # the person named with that style ("the Crown Prince")
    # the people named with the style "His Highness", by key (the style alone: the one of them)
    highness: dict[str, Entity] = field(default_factory=dict)
    regime: Entity | None = None  # the state of the regime named last ("the regime")
    # full names written otherwise than the KB writes them, by person key ("Ukhnaagiin Khurelsukh"
    # is the KB's "Khurelsukh Ukhnaa"), for the article's later mentions of them
    written: dict[str, str] = field(default_factory=dict)
    # the unlinked people the headline named, by key: the body's linked full name may be one
    headline_people: set[str] = field(default_factory=set)
    # the person named with an organisation's office, by the office's title as written ("the
    # Chairperson of the African Union"), for the title written again alone (None: two people)
    titled: dict[str, tuple[Entity, Office] | None] = field(default_factory=dict)
    # acronyms the article defines for organisations ("the Shanghai Cooperation Organisation
    # (SCO)"), and one pattern that finds them all
    acronyms: dict[str, Entity] = field(default_factory=dict)
    acronym_pattern: re.Pattern[str] | None = None
    # the armed groups the KB lacks the article told as such ("M23 rebels", "the militant group
    # Al-Shabaab"), by their names in lower case: the name alone names them in later sentences
    # ("urged the M23 to withdraw"), and one pattern that finds them all
    groups: dict[str, Entity] = field(default_factory=dict)
    group_pattern: re.Pattern[str] | None = None
    # the keys of a state's armed forces the article named beside an armed group ("the Sudanese
    # Armed Forces and the Rapid Support Forces"): a party of their own, never their state
    own_forces: set[str] = field(default_factory=set)
    # the state whose capital the dateline names, and those whose capitals the sentences read so
    # far named ("in Buenos Aires"): where an official titled without a state may be at home
    dateline: Entity | None = None
    capitals: dict[str, Entity] = field(default_factory=dict)
    # the dateline's state when the story's lead opens with it as its subject ("LIMA, Dec 20
    # (Reuters) - Peru on Tuesday declared ..."): a story of that state told from it, whose
    # leader or foreign minister titled bare is that state's (session 39)
    story: Entity | None = None
    # the United Nations when the dateline is "UNITED NATIONS": an ambassador the article names
    # without a host is accredited to it ("Russian ambassador Vassily Nebenzia"; session 31)
    un_dateline: Entity | None = None
    # the people whose office's state only the context gave ("Prime Minister Hun Manet received
    # the Japanese Ambassador" in Phnom Penh): their state is not marked as a foreign side's
    inferred: set[str] = field(default_factory=set)
    # the states each sentence read so far named (with its people's and capitals'), in order:
    # which one a regional epithet means ("the Caribbean nation"; session 28)
    states_told: list[tuple[Entity, ...]] = field(default_factory=list)

    def office_of(self, person: Entity) -> Office | None:
        for known, office in self.people:
            if known.key == person.key and office is not None:
                return office
        return None
