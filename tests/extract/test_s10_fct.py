"""The model's hand-written reprs are the dataclasses' own: rdf numbers an article's facts in the
order of the repr of their arguments, so a repr that drifted would renumber fact IRIs."""

from __future__ import annotations

import dataclasses

import pytest

from dipld.model import Concept, Entity, EntityKind, Precision, TimeValue


def generated_repr(value: object) -> str:
    """The repr ``@dataclass`` would give ``value``: that of a plain dataclass of the same name
    and fields."""
    fields = [f for f in dataclasses.fields(value) if f.repr]  # type: ignore[arg-type]
    twin = dataclasses.make_dataclass(type(value).__name__, [(f.name, f.type) for f in fields])
    return repr(twin(**{f.name: getattr(value, f.name) for f in fields}))  # type: ignore[no-any-return]


VALUES = [
    *(Entity.linked("Q184", "Belarus", kind) for kind in EntityKind),
    Entity.unlinked('Mr O\'Brien "the elder"', EntityKind.PERSON),
    Entity.unlinked("Łódź\n", EntityKind.CITY),
    *(TimeValue(2022, 2, 24, precision) for precision in Precision),
    TimeValue(2022),
    TimeValue.parse("2022-02"),
    Concept("ForeignMinister"),
    Concept("it's"),
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_a_model_value_has_the_dataclass_repr(value: object) -> None:
    assert repr(value) == generated_repr(value)


def test_the_repr_of_an_entity_in_full() -> None:
    entity = Entity.linked("Q184", "Belarus", EntityKind.STATE)
    assert repr(entity) == "Entity(kind=<EntityKind.STATE: 'state'>, label='Belarus', qid='Q184')"


def test_an_entity_key_is_kept_through_replace_and_left_out_of_equality() -> None:
    linked = Entity.linked("Q184", "Belarus", EntityKind.STATE)
    unlinked = Entity.unlinked("Mr Dini", EntityKind.PERSON)
    assert (linked.key, unlinked.key) == ("Q184", "person:mr dini")
    moved = dataclasses.replace(unlinked, label="Lamberto DINI")
    assert moved.key == "person:lamberto dini"
    assert moved == Entity.unlinked("Lamberto DINI", EntityKind.PERSON)
    assert hash(moved) == hash(Entity.unlinked("Lamberto DINI", EntityKind.PERSON))
    with pytest.raises(dataclasses.FrozenInstanceError):
        moved.key = "x"  # type: ignore[misc]
