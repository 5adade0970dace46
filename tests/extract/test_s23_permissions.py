"""Military permissions given to an alliance's forces, and to a state's aircraft (session 23).

"Hungary allowed NATO troops to transit through its territory", "Romania opened its airspace to
NATO aircraft": the grantee is the organisation whose forces the host lets in (the KB links
NATO), as it already was for "hosts NATO forces". An organisation is a grantee only when its
forces are named ("NATO troops", "NATO aircraft"), never for aid workers, inspectors or offices.
"Romania gave US aircraft access to its airspace": "aircraft" alone now names the forces of a
grant of access, as "military aircraft" did. Sentences written for this session, none from a
gold set.

Hit rate at ec4a7ed (before): positives 1/8 (the Jordan row), negatives 5/5; after: 8/8 and 5/5."""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, find


@pytest.mark.parametrize(
    ("text", "grantor", "grantee", "activity"),
    [
        (
            "Hungary allowed NATO troops to transit through its territory.",
            "Q28",
            "Q7184",
            "MilitaryTransit",
        ),
        ("Hungary allowed NATO forces to use its territory.", "Q28", "Q7184", "MilitaryBasing"),
        (
            "Poland has allowed NATO troops to be stationed on its soil.",
            "Q36",
            "Q7184",
            "MilitaryBasing",
        ),
        ("Romania opened its airspace to NATO aircraft.", "Q218", "Q7184", "Overflight"),
        ("Estonia has opened its bases to NATO forces.", "Q191", "Q7184", "MilitaryBasing"),
        ("Lithuania granted NATO aircraft access to its airspace.", "Q37", "Q7184", "Overflight"),
        ("Romania gave US aircraft access to its airspace.", "Q218", "Q30", "Overflight"),
        (
            "Jordan granted French aircraft access to its air bases.",
            "Q810",
            "Q142",
            "MilitaryBasing",
        ),
    ],
)
def test_permissions_to_forces_of_an_alliance_or_aircraft(
    text: str, grantor: str, grantee: str, activity: str
) -> None:
    found = facts(text)
    fact = find(found, "Permission", grantor={grantor}, grantee={grantee})
    assert fact is not None, found
    assert [str(v) for v in fact.get("activity")] == [activity]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary allowed the UN to open an office in Budapest.",
        "Kenya allowed the World Food Programme to deliver aid through its territory.",
        "Poland allowed EU inspectors to visit the border.",
        "Hungary will not allow NATO troops to transit through its territory.",
        "Hungary could allow NATO troops to transit through its territory if asked.",
    ],
)
def test_no_permission_to_an_organisation_without_its_forces(text: str) -> None:
    found = facts(text)
    assert not [f for f in found if f.cls.value == "Permission"], found
