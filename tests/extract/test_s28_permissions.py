# ruff: noqa: E501  (a table of sentences)
"""Forces an agreement lets deploy to a state, and police and defence personnel (session 28).

Found in a spent blind set, written again here in other words: "Australia and Vanuatu signed a
security pact on Tuesday. It allows Australian police and defence personnel to deploy to Vanuatu"
gave no Permission. Three things stood in the way: an agreement's grant was read only for forces
"in" or "on" a state ("to deploy in Vanuatu"), not "deployed to" it; its grantee only as "troops",
"forces", "soldiers" or "personnel" after the state, not police, officers or "police and defence
personnel" (whose first word the mention finder folds into the state's slot); and only after the
agreement's name, not "It allows ..." in the sentence after its signing.
``economy._AGREEMENT_ALLOWS`` now reads those grantees and "It" when the sentence before tells an
agreement signed (``economy._agreement_signed_before``: not one to be signed), and
``economy._PLACED_IN`` the state forces deploy to; a deployment with no grant ("Rwanda deployed
troops to Mozambique"), a sea ("to the Mediterranean") or a plan stays no Permission.

Hit rate at 5210fe4 (before): 0/7 grants read; after: 7/7, and the 6 look-alikes alone."""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, find

GRANTS = [
    (
        "The pact allows Australian police and defence personnel to deploy to Vanuatu when its government requests help.",
        "Q408",
        "Q686",
    ),
    (
        "The pact allows Australian defence and police personnel to deploy to Vanuatu.",
        "Q408",
        "Q686",
    ),
    ("The agreement allowed Rwandan troops to deploy to Mozambique.", "Q1037", "Q1029"),
    (
        "The security deal allows Australian police officers to be deployed to Solomon Islands.",
        "Q408",
        "Q685",
    ),
    ("The treaty allows French forces to deploy to Djibouti at short notice.", "Q142", "Q977"),
    (
        "Australia and Vanuatu signed a security pact on Tuesday. It allows Australian police and defence personnel to deploy to Vanuatu when its government requests help.",
        "Q408",
        "Q686",
    ),
    (
        "Greece and the United States signed a defence cooperation agreement on Friday. It gives U.S. forces access to three more Greek military bases.",
        "Q30",
        "Q41",
    ),
]

NONE = [
    "Rwanda deployed troops to Mozambique in 2021.",
    "The agreement allows Russian warships to deploy to the Mediterranean.",
    "A draft agreement would allow Australian police to deploy to Vanuatu.",
    "The pact does not allow Australian troops to deploy to Vanuatu.",
    "Australia and Vanuatu will sign a security pact next week. It allows Australian troops to deploy to Vanuatu.",
    "Vanuatu is a small island nation. It allows Australian troops to deploy to Vanuatu.",
]


@pytest.mark.parametrize(("text", "grantee", "grantor"), GRANTS)
def test_an_agreement_lets_forces_deploy_to_a_state(text: str, grantee: str, grantor: str) -> None:
    found = facts(text)
    assert find(found, "Permission", grantee={grantee}, grantor={grantor}) is not None, found


@pytest.mark.parametrize("text", NONE)
def test_no_permission_without_a_grant_in_force(text: str) -> None:
    assert [f for f in facts(text) if f.cls.value == "Permission"] == []
