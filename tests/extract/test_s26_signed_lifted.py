"""Documents signed after talks, and restrictions on a state's people lifted (session 26).

Written for this session (none from a gold set).

- "A package of 15 intergovernmental and interdepartmental documents was also signed" after two
  leaders' talks gave nothing (the package's words allowed two words before "documents"), and
  "Four MoUs were also signed" neither; "Several intergovernmental documents were also signed"
  gave the signing (SUPPORT 057) but no TreatyRelation. Documents of two governments
  ("intergovernmental", "interdepartmental" documents) and MoUs are now agreements
  (``statements.TREATY``); a package of bare "documents" stays a signing only, as session 13
  decided for "bilateral documents" (a declaration is a document too).
- "Russia lifted the ban on direct flights to Georgia", "Putin abolished visa requirements for
  Georgian citizens", "Kazakhstan scrapped the visa regime for citizens of the UAE" gave nothing:
  they are CONCEDE 081 now (``events.TRIGGERS``). Not "introduced visa requirements", not a
  refusal or a hope, not "eased visa rules for Chinese tourists" (a tourism policy).

Hit rate at 3994f50 (before): signings 1/4 (the 057 of "intergovernmental documents"; no
TreatyRelation in any), concessions 0/4; after: 4/4 and 4/4; negatives 5/5 before and after."""

from __future__ import annotations

import pytest

from tests.extract.test_s24_asides import _said

TALKS = "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni. "
PAIR = frozenset({"Q114", "Q1036"})

SIGNED = [
    "A package of 15 intergovernmental and interdepartmental documents was also signed.",
    "Four MoUs were also signed.",
    "Several intergovernmental documents were also signed.",
    "A number of interdepartmental documents were also signed.",
]


@pytest.mark.parametrize("text", SIGNED)
def test_documents_signed_after_talks_are_agreements(text: str) -> None:
    said = _said(TALKS + text)
    assert ("SUPPORT", PAIR, frozenset()) in said, said
    assert ("TreatyRelation", PAIR, frozenset()) in said, said


def test_a_package_of_documents_is_a_signing_only() -> None:
    said = _said(TALKS + "A package of documents was also signed.")
    assert ("SUPPORT", PAIR, frozenset()) in said, said
    assert not any(kind == "TreatyRelation" for kind, _, _ in said), said


LIFTED = [
    ("Russia lifted the ban on direct flights to Georgia.", "Q159", "Q230"),
    ("China lifted the visa requirement for Thai citizens.", "Q148", "Q869"),
    ("Putin on Wednesday abolished visa requirements for Georgian citizens.", "Q7747", "Q230"),
    (
        "Kazakhstan scrapped the visa regime for citizens of the United Arab Emirates.",
        "Q232",
        "Q878",
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), LIFTED)
def test_a_restriction_lifted_is_a_concession(text: str, actor: str, recipient: str) -> None:
    assert ("CONCEDE", frozenset({actor}), frozenset({recipient})) in _said(text), _said(text)


NOT_LIFTED = [
    "Russia refused to lift the ban on direct flights to Georgia.",
    "Georgia hopes Russia will abolish visa requirements for Georgian citizens.",
    "Russia introduced visa requirements for Georgian citizens in 2000.",
    "Russia did not lift the ban on flights to Georgia.",
    "Thailand eased visa rules for Chinese tourists.",
]


@pytest.mark.parametrize("text", NOT_LIFTED)
def test_no_concession_unmade(text: str) -> None:
    assert not any(kind == "CONCEDE" for kind, _, _ in _said(text)), _said(text)
