"""Typed, frozen values that flow between the pipeline stages (article → facts → RDF).

>>> when = TimeValue.parse("2022-02")
>>> when.lexical, when.precision.name
('2022-02', 'MONTH')
>>> by = Entity.linked("Q184", "Belarus", EntityKind.STATE)
>>> cis = Entity.linked("Q7779", "CIS", EntityKind.ORGANIZATION)
>>> f = Fact.make(FactClass.MEMBERSHIP, {"member": [by], "organization": [cis]},
...               evidence=[Evidence(0, 5, "Hello")], confidence=0.9)
>>> [e.qid for e in f.entities("member")]
['Q184']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import Enum, IntEnum, StrEnum
from operator import attrgetter
from typing import Any, TypeVar


class EntityKind(StrEnum):
    """What an entity is; drives type checks in linking and the rdf:type of unlinked entities."""

    STATE = "state"
    ORGANIZATION = "organization"
    PERSON = "person"
    CITY = "city"
    PLACE = "place"
    POST = "post"
    CURRENCY = "currency"
    OTHER = "other"


@dataclass(frozen=True, slots=True, repr=False)
class Entity:
    """A linked (``qid`` set) or unlinked (``qid`` None, ``label`` is the surface form) entity."""

    kind: EntityKind
    label: str
    qid: str | None = None
    # A stable identity key: the QID, or kind and lower-cased surface form (worked out once,
    # when the entity is made: the rules read keys far more often than they make entities).
    key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        key = self.qid or self.kind + ":" + self.label.casefold()  # kind is a str: its value
        object.__setattr__(self, "key", key)

    def __repr__(self) -> str:
        # (the dataclass's repr, written out: rdf numbers an article's facts in the order of the
        # repr of their arguments, and the generated one, with its guard against recursion and
        # the enum's repr, cost more than the rest of the ordering)
        return f"Entity(kind={_KIND_REPRS[self.kind]}, label={self.label!r}, qid={self.qid!r})"

    @classmethod
    def linked(cls, qid: str, label: str, kind: EntityKind) -> Entity:
        return cls(kind=kind, label=label, qid=qid)

    @classmethod
    def unlinked(cls, surface: str, kind: EntityKind) -> Entity:
        return cls(kind=kind, label=surface, qid=None)

    @property
    def is_linked(self) -> bool:
        return self.qid is not None


class Precision(IntEnum):
    """Time precision, with Wikidata's numbering (9 year, 10 month, 11 day; 8 decade)."""

    DECADE = 8
    YEAR = 9
    MONTH = 10
    DAY = 11


_C = TypeVar("_C", bound=type)


def pickled_by_constructor(cls: _C) -> _C:
    """Pickle a dataclass as a call of its constructor with its field values.

    A frozen dataclass with slots unpickles through ``__setstate__``, which walks its fields
    one ``setattr`` at a time: ~3x slower than calling the class. The KB index and the
    extractor's tables hold tens of thousands of such objects, unpickled at the start of every
    command that extracts (and of every load, before its workers can start).

    >>> import pickle
    >>> month = TimeValue(2022, 9, precision=Precision.MONTH)
    >>> pickle.loads(pickle.dumps(month)) == month
    True
    """
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment]
    return cls


_KIND_REPRS = {kind: repr(kind) for kind in EntityKind}
_PRECISION_REPRS = {precision: repr(precision) for precision in Precision}


@pickled_by_constructor
@dataclass(frozen=True, slots=True, order=True, repr=False)
class TimeValue:
    """A date at the precision the text gives: never an invented day or month."""

    year: int
    month: int | None = None
    day: int | None = None
    precision: Precision = Precision.YEAR

    def __post_init__(self) -> None:
        if self.precision >= Precision.MONTH and self.month is None:
            raise ValueError("month precision needs a month")
        if self.precision == Precision.DAY:
            dt.date(self.year, self.month or 1, self.day or 0)  # raises on an impossible date

    @classmethod
    def of_date(cls, value: dt.date) -> TimeValue:
        return cls(value.year, value.month, value.day, Precision.DAY)

    @classmethod
    def parse(cls, text: str) -> TimeValue:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        parts = text.strip().split("-")
        try:
            if len(parts) == 1 and len(parts[0]) == 4:
                return cls(int(parts[0]), precision=Precision.YEAR)
            if len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 2:
                month = int(parts[1])
                if not 1 <= month <= 12:
                    raise ValueError(text)
                return cls(int(parts[0]), month, precision=Precision.MONTH)
            if len(parts) == 3 and len(parts[0]) == 4:
                return cls.of_date(dt.date.fromisoformat(text.strip()))
        except ValueError:
            pass
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")

    @property
    def lexical(self) -> str:
        if self.precision == Precision.DAY:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == Precision.MONTH:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def as_date(self) -> dt.date | None:
        if self.precision == Precision.DAY and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None

    def __repr__(self) -> str:  # (the dataclass's, written out: see Entity.__repr__)
        return (
            f"TimeValue(year={self.year!r}, month={self.month!r}, day={self.day!r}, "
            f"precision={_PRECISION_REPRS[self.precision]})"
        )

    def __str__(self) -> str:
        return self.lexical


@dataclass(frozen=True, slots=True, repr=False)
class Concept:
    """A concept of the dipld ontology, by local name (``ForeignMinister``, ``CONSULT``)."""

    name: str

    def __repr__(self) -> str:  # (the dataclass's, written out: see Entity.__repr__)
        return f"Concept(name={self.name!r})"

    def __str__(self) -> str:
        return self.name


Value = Entity | TimeValue | Decimal | Concept | str


class FactClass(StrEnum):
    """The fact classes of the public contract (local names under ``dipld:``)."""

    MEMBERSHIP = "Membership"
    TENURE = "Tenure"
    EVENT = "Event"
    MEETING = "Meeting"
    SHARED_BORDER = "SharedBorder"
    DIPLOMATIC_RELATIONS = "DiplomaticRelations"
    TREATY_RELATION = "TreatyRelation"
    PARTNERSHIP = "Partnership"
    TRADE_FLOW = "TradeFlow"
    TRADE_SHARE = "TradeShare"
    PERMISSION = "Permission"


class Status(Enum):
    """PLOVER context of an event: asserted as narrated, or a promise about the future."""

    ASSERTED = "asserted"
    FUTURE = "future"
    HISTORICAL = "historical"
    ONGOING = "ongoing"


# The argument roles each class may carry (the gold format's keys and the RDF properties).
ROLES: Mapping[FactClass, tuple[str, ...]] = {
    FactClass.MEMBERSHIP: ("member", "organization", "startDate", "endDate", "date"),
    FactClass.TENURE: ("holder", "role", "jurisdiction", "post", "accreditedTo", "officeLabel"),
    FactClass.EVENT: (
        "eventType",
        "actor",
        "recipient",
        "date",
        "startDate",
        "endDate",
        "place",
        "cameoCode",
        "instrument",
        "amount",
        "currency",
        "topic",
    ),
    FactClass.MEETING: (
        "eventType",
        "participant",
        "date",
        "startDate",
        "endDate",
        "place",
        "cameoCode",
        "topic",
    ),
    FactClass.SHARED_BORDER: ("party",),
    FactClass.DIPLOMATIC_RELATIONS: ("party", "startDate", "date"),
    FactClass.TREATY_RELATION: ("party", "instrument", "date", "startDate"),
    FactClass.PARTNERSHIP: ("party", "instrument", "startDate"),
    FactClass.TRADE_FLOW: (
        "exporter",
        "importer",
        "party",
        "flow",
        "amount",
        "currency",
        "period",
    ),
    FactClass.TRADE_SHARE: ("reporter", "partner", "share", "flow", "period"),
    FactClass.PERMISSION: (
        "grantor",
        "grantee",
        "activity",
        "territory",
        "date",
        "startDate",
        "endDate",
    ),
}


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence of the article body (``text == body[begin:end]``), or of its headline when
    ``in_title`` (``text == title[begin:end]``)."""

    begin: int
    end: int
    text: str
    in_title: bool = False


@dataclass(frozen=True, slots=True)
class Fact:
    """One n-ary fact: its class, role → values, evidence spans and confidence."""

    cls: FactClass
    args: tuple[tuple[str, tuple[Value, ...]], ...]
    evidence: tuple[Evidence, ...]
    confidence: float
    status: Status = Status.ASSERTED

    @classmethod
    def make(
        cls,
        fact_class: FactClass,
        args: Mapping[str, Iterable[Value]],
        *,
        evidence: Iterable[Evidence],
        confidence: float,
        status: Status = Status.ASSERTED,
    ) -> Fact:
        allowed = ROLES[fact_class]
        packed: list[tuple[str, tuple[Value, ...]]] = []
        for role, values in args.items():
            if role not in allowed:
                raise ValueError(f"{fact_class}: unknown role {role!r}")
            vals = tuple(values)
            if len(vals) > 1:
                vals = tuple(dict.fromkeys(vals))  # dedupe, keep order
            if vals:
                packed.append((role, vals))
        if not 0.0 <= confidence <= 1.0:
            raise ValueError(f"confidence out of [0, 1]: {confidence}")
        return cls(fact_class, tuple(sorted(packed)), tuple(evidence), confidence, status)

    def with_args(self, args: Mapping[str, Iterable[Value]]) -> Fact:
        """The same fact (class, evidence, confidence, status) with other arguments."""
        return Fact.make(
            self.cls, args, evidence=self.evidence, confidence=self.confidence, status=self.status
        )

    def get(self, role: str) -> tuple[Value, ...]:
        for name, values in self.args:
            if name == role:
                return values
        return ()

    def one(self, role: str) -> Value | None:
        values = self.get(role)
        return values[0] if values else None

    def entities(self, role: str) -> tuple[Entity, ...]:
        return tuple(v for v in self.get(role) if isinstance(v, Entity))


@dataclass(frozen=True, slots=True)
class Article:
    """An article read from a file, a URL record or stdin; ``body`` is what offsets point into."""

    id: str
    source: str
    body: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    language: str = "en"
    dateline: str | None = None
    license: str | None = None
    content_hash: str = ""
