"""The statements rule skips a clause's praise and second-act searches when the sentence lacks
every verb a match needs; these tests keep the verb lists in step with the patterns."""

from __future__ import annotations

import re

import pytest

from dipld.extract import adoptions, statements
from dipld.extract.spans import Analysis
from dipld.extract.text import Sentence


def _words(masked: str) -> frozenset[str]:
    return Analysis(Sentence(-1, 0, len(masked), masked, -1), [], [], masked).words


PRAISE = [
    (statements._PRAISE, " warmly congratulated §P1§ on his re-election"),
    (statements._PRAISE, " praise the efforts of §O1§"),
    (statements._PRAISE, " expressed deep appreciation to §S1§"),
    (statements._PRAISE, " sent a congratulatory message to §P1§"),
    (statements._PRAISE, " awarded §P1§ with the Order of Friendship"),
    (statements._PRAISE, " also thanks the §S1§ Government for its support"),
    (statements._PRAISE_OUTCOME, " welcomed the conclusion of the agreement"),
    (statements._PRAISE_OUTCOME, " strongly endorsed the ceasefire"),
    (statements._AND_PRAISE, " reaffirmed their support, and applauded §O1§"),
    (statements._AND_PRAISE, " met §P1§ and hailed the role of §S1§"),
]
LATER_ACTS = [
    ", and agreed to expand cooperation",
    " and also decided to meet again",
    " and promised to help",
    " and vowed",
    ", and pledged $1 billion",
    " and committed",  # at the end of a clause
]


@pytest.mark.parametrize(("regex", "clause"), PRAISE)
def test_every_praise_the_rule_reads_passes_its_precheck(
    regex: re.Pattern[str], clause: str
) -> None:
    assert regex.search(clause), f"the pattern no longer reads {clause!r}"
    assert not statements._PRAISE_WORDS.isdisjoint(_words(clause)), (
        f"{clause!r} matches the pattern, but the pre-check skips it"
    )


@pytest.mark.parametrize("clause", LATER_ACTS)
def test_every_second_act_the_rule_reads_passes_its_precheck(clause: str) -> None:
    assert statements._AND_COMMITTED.search(clause), f"the pattern no longer reads {clause!r}"
    assert not statements._LATER_ACT_WORDS.isdisjoint(_words(clause)), (
        f"{clause!r} matches the pattern, but the pre-check skips it"
    )


def test_the_verb_lists_are_the_patterns_first_words() -> None:
    assert {"praised", "welcome", "expressed", "sent", "awarded"} <= statements._PRAISE_WORDS
    later = ["agreed", "committed", "decided", "offered", "pledged", "promised", "vowed"]
    assert sorted(statements._LATER_ACT_WORDS) == later


@pytest.mark.parametrize(
    "masked",
    [
        "§S0§ and §S1§ held talks, and §S1§ will send aid",
        "§P0§ met §P1§; §S1§ reaffirmed its support",
        "§S0§ spoke, while §S1§ also welcomed the deal",
        "§S0§ and §G1§ further commits to",
    ],
)
def test_every_later_clause_the_rule_reads_passes_its_precheck(masked: str) -> None:
    assert any(
        statements._AGREE_OR_SUPPORT.match(masked, m.end())
        for m in re.finditer(statements.SIGNING_SUBJECT, masked)
    ), f"the pattern no longer reads {masked!r}"
    assert not statements._STATING_WORDS.isdisjoint(_words(masked))


@pytest.mark.parametrize(
    "masked",
    [
        "The law was signed by §P0§ on May 5",
        "The treaty was formally ratified by the §O0§",
        "The agreement, passed by §O0§, and approved by §O1§",
    ],
)
def test_every_passive_signing_the_rule_reads_passes_its_precheck(masked: str) -> None:
    assert adoptions._PASSIVE_SIGN.search(masked), f"the pattern no longer reads {masked!r}"
    assert not adoptions._PASSED_WORDS.isdisjoint(_words(masked))


@pytest.mark.parametrize(
    ("object_", "code"),
    [
        (" to mediate between them", "039"),
        (" to broker a truce", "039"),
        *[(f" to hold {w}", "036") for w in ["Invitations", "meetings", "a visit", "a dialogue"]],
        *[(f" to hold {w}", "036") for w in ["TALKS", "negotiations", "consultations"]],
        *[(f" to hold {w}", "036") for w in ["discussion", "a summit", "contacts"]],
        (" to revive a mechanism", "036"),
        # a mechanism founded is a framework, 030 (session 39)
        (" to set up a mechanism", "030"),
        (" to provide §M0§", "033"),
        *[(f" to provide {w}", "033") for w in ["assistance", "aid", "Funding", "a grant"]],
        *[(f" to send {w}", "033") for w in ["weapons", "tanks", "missiles", "ammunition"]],
        *[(f" to send {w}", "033") for w in ["fighter jets", "jets", "air defense"]],
        *[(f" to expand {w}", "031") for w in ["trade", "tariffs", "market access", "purchase"]],
        *[(f" to {w}", "031") for w in ["buy grain", "invest", "secure supply chains"]],
        # an economic relation is a field of cooperation, 030 (session 39)
        *[(f" to expand {w} ties", "030") for w in ["economic", "commercial"]],
        *[(f" to cut {w}", "031") for w in ["exports", "imports", "procurement"]],
        # duties cut: trade policy agreed, 030 (session 32, pledges: the terms of a deal)
        *[(f" to cut {w}", "030") for w in ["duty", "duties", "tariffs"]],
        (" to coordinate their foreign policy", "032"),
        (" to restore diplomatic ties", "032"),
        (" to work together", "030"),
    ],
)
def test_the_cameo_code_of_each_kind_of_commitment(object_: str, code: str) -> None:
    assert statements.agree_cameo(object_) == code


@pytest.mark.parametrize(
    "masked",
    [
        "§S0§ reaffirmed its support, and §P1§ expressed thanks; and the §S2§ will help",
        "§S0§ signed; §S1§, while §S2§ agreed, whereas §O3§ noted, where §S4§ met",
        "§S0§,  and  the §S1§ agreed, §S2§ and §S3§ signed",
        "talks in §C0§, where §P1§ and §P2§ signed the Agreement and §S3§ will",
    ],
)
def test_without_a_group_slot_the_punctuation_pattern_finds_every_later_clause(
    masked: str,
) -> None:
    def spans(regex: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in regex.finditer(masked)]

    assert spans(statements._NEXT_CLAUSE)
    assert spans(statements._NEXT_CLAUSE) == spans(statements._NEXT_CLAUSE_AFTER_PUNCTUATION)
