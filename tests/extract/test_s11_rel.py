"""Lists of organisations in membership facts (session 11): every organisation a list names
("members of the Quad, the G20 and APEC") is a member's organisation, the KB's linked and the
others unlinked with their surface form, never a guessed QID, and no item that is not an
organisation (a person, a state, a common noun, a region) becomes one."""

from __future__ import annotations

import datetime as dt
import random
import re
from re import _parser  # type: ignore[attr-defined]

import pytest

from dipld.extract import memberships as memberships_rules
from dipld.extract import mentions
from dipld.extract.spans import Code
from dipld.extract.text import Sentence
from dipld.kb.index import load_index
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts, find
from tests.extract.test_s10_rel import _never

G20 = "Q19771"
ASEAN = "Q7768"
NATO = "Q7184"
CSTO = "Q318693"
JAPAN, AUSTRALIA, INDIA, INDONESIA = "Q17", "Q408", "Q668", "Q252"


def memberships(found: list[Fact]) -> set[tuple[str, str]]:
    """(member, organisation) of each Membership: a QID, or "U:" and the label if unlinked."""
    out = set()
    for fact in found:
        if fact.cls.value != "Membership":
            continue
        for member in fact.get("member"):
            for org in fact.get("organization"):
                assert isinstance(member, Entity) and isinstance(org, Entity)
                out.add((member.qid or "U:" + member.label, org.qid or "U:" + org.label))
    return out


def test_a_list_with_organisations_the_kb_does_not_know() -> None:
    found = facts("Japan and Australia are members of the Quad, the G20 and APEC.")
    assert memberships(found) == {
        (state, org) for state in (JAPAN, AUSTRALIA) for org in ("U:Quad", G20, "U:APEC")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India is a member of the Quad and the G20.", {(INDIA, "U:Quad"), (INDIA, G20)}),
        ("India is a member of the G20 and the Quad.", {(INDIA, "U:Quad"), (INDIA, G20)}),
        # an apposition
        (
            "Indonesia, a member of the G20, APEC and ASEAN, hosted the forum on Monday.",
            {(INDONESIA, G20), (INDONESIA, "U:APEC"), (INDONESIA, ASEAN)},
        ),
        (
            "Japan and India, both members of the Quad and the G20, signed the declaration.",
            {(s, o) for s in (JAPAN, INDIA) for o in ("U:Quad", G20)},
        ),
        # "as members of", "As a member of"
        (
            "As members of the Quad and the G20, Japan and India share the same goals.",
            {(s, o) for s in (JAPAN, INDIA) for o in ("U:Quad", G20)},
        ),
        (
            "As a member of the G20 and APEC, Indonesia backs open trade.",
            {(INDONESIA, G20), (INDONESIA, "U:APEC")},
        ),
        # the pair of states named before
        (
            "Japan and India held talks in Tokyo on Monday. Both are members of the Quad and the "
            "G20.",
            {(s, o) for s in (JAPAN, INDIA) for o in ("U:Quad", G20)},
        ),
        (
            "Japan and India held talks in Tokyo on Monday. Both countries are members of the "
            "G20, the Quad and APEC.",
            {(s, o) for s in (JAPAN, INDIA) for o in ("U:Quad", G20, "U:APEC")},
        ),
        # "as well as", a serial comma, a name of several words
        (
            "Japan and Australia are members of the G20 as well as APEC and the Quad.",
            {(s, o) for s in (JAPAN, AUSTRALIA) for o in ("U:Quad", G20, "U:APEC")},
        ),
        (
            "Japan and Australia are members of the G20, APEC, and the Quadrilateral Security "
            "Dialogue.",
            {
                (s, o)
                for s in (JAPAN, AUSTRALIA)
                for o in (G20, "U:APEC", "U:Quadrilateral Security Dialogue")
            },
        ),
        # an unknown acronym first, in the middle, last
        (
            "Australia is a member of AUKUS, the G20 and ASEAN.",
            {(AUSTRALIA, "U:AUKUS"), (AUSTRALIA, G20), (AUSTRALIA, ASEAN)},
        ),
        (
            "Australia is a member of the G20, AUKUS and ASEAN.",
            {(AUSTRALIA, "U:AUKUS"), (AUSTRALIA, G20), (AUSTRALIA, ASEAN)},
        ),
        (
            "Australia is a member of the G20, ASEAN and AUKUS.",
            {(AUSTRALIA, "U:AUKUS"), (AUSTRALIA, G20), (AUSTRALIA, ASEAN)},
        ),
        # "belong to", a name opened by a city's, the seed's unknown union
        (
            "Japan and India belong to the Quad and the G20.",
            {(s, o) for s in (JAPAN, INDIA) for o in ("U:Quad", G20)},
        ),
        (
            "Poland and Romania are members of NATO and the Bucharest Nine.",
            {(s, o) for s in ("Q36", "Q218") for o in (NATO, "U:Bucharest Nine")},
        ),
        (
            "Belarus and Kazakhstan are members of the Eurasian Customs Union, the CSTO and the "
            "CIS.",
            {(s, o) for s in ("Q184", "Q232") for o in ("U:Eurasian Customs Union", CSTO, "Q7779")},
        ),
    ],
)
def test_every_organisation_of_a_list(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(facts(text)) == expected


def test_joining_a_list_of_organisations() -> None:
    found = facts("Japan joined the Quad and APEC in 2007.")
    assert memberships(found) == {(JAPAN, "U:Quad"), (JAPAN, "U:APEC")}
    assert find(found, "Membership", organization={"Quad"}, startDate="2007"), found


def test_unknown_organisations_are_never_linked() -> None:
    found = facts("Japan and Australia are members of the Quad, the G20 and APEC.")
    orgs = [o for f in found for o in f.get("organization") if isinstance(o, Entity)]
    assert {o.label for o in orgs if o.qid is None} == {"Quad", "APEC"}
    assert {o.qid for o in orgs if o.qid is not None} == {G20}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # common nouns, a region, an adjective before a noun
        ("Japan and Australia are members of the talks and the region.", set()),
        ("Japan is a member of the Western alliance.", set()),
        (
            "France and Germany are members of NATO and the region's largest economies.",
            {("Q142", NATO), ("Q183", NATO)},
        ),
        # a person, a state, a title after the list
        ("Japan is a member of the G20, Smith said.", {(JAPAN, G20)}),
        ("Japan is a member of the Quad, Prime Minister Fumio Kishida said.", {(JAPAN, "U:Quad")}),
        ("Japan is a member of the Quad, Australia said on Monday.", {(JAPAN, "U:Quad")}),
        ("Japan joined Smith in calling for calm.", set()),
        ("Japan joined President Biden in condemning the attack.", set()),
        # a head word alone, a name longer than can be told, people as members
        ("Japan is a member of the G20 and the Council.", {(JAPAN, G20)}),
        ("He is a member of the Communist Party of China.", set()),
        ("Members of the Bundestag met the Ukrainian ambassador in Berlin.", set()),
        ("Smith, a member of Parliament, criticised China.", set()),
        # not a member
        ("As a former member of NATO, France objected.", set()),
    ],
)
def test_no_organisation_from_what_is_not_one(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(facts(text)) == expected


def org_mentions(text: str) -> set[str]:
    """The organisations a sentence's mentions name, unlinked ones as "U:" and the label."""
    finder = mentions.MentionFinder(load_index(), dt.date(2024, 5, 1), None)
    analysis = finder.analyse(Sentence(0, 0, len(text), text, 0))
    return {
        e.qid or "U:" + e.label for m in analysis.mentions if m.code is Code.ORG for e in m.entities
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan is a member of the Quad, the G20 and APEC.", {"U:Quad", G20, "U:APEC"}),
        (
            "Japan is a member of the Quadrilateral Security Dialogue.",
            {"U:Quadrilateral Security Dialogue"},
        ),
        ("He joined the Army in 1985 and the Navy later.", set()),
        ("He is a member of the Communist Party of China.", set()),
        ("Japan is a member of the Western alliance.", set()),
        ("Japan is a member of the G20, Smith said.", {G20}),
        ("Japan and Australia are members of the talks and the region.", set()),
        ("Smith is a member of the Quad Leaders' Summit delegation.", set()),
        ("Japan is a member of the Quad's working group.", set()),
        ("Japan is a member of the G20 since January.", {G20}),
        ("Japan is a member of the Quad on Monday, Tokyo said.", {"U:Quad"}),
    ],
)
def test_the_organisations_a_list_names(text: str, expected: set[str]) -> None:
    assert org_mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He is a member of the Communist Party of China.",
        "Japan is a member of the Western alliance.",
        "Japan is a member of the G20, Smith said.",
        "Japan and Australia are members of the talks and the region.",
    ],
)
def test_no_unlinked_organisation_mention(text: str) -> None:
    """No fact of any class gets an organisation made of a list's non-organisation item."""
    for fact in facts(text):
        for _, values in fact.args:
            for value in values:
                assert not (
                    isinstance(value, Entity)
                    and value.qid is None
                    and value.kind.value == "organization"
                ), (value, fact)


@pytest.mark.parametrize(
    "text",
    [
        "As a member of the Quad, Japan condemned China's actions.",
        "As a member of the G20, Japan condemned China's actions.",
        "Japan, like other members of the Quad, condemned China's actions.",
        "Japan, like other members of the G20, condemned China's actions.",
        "As a member of the G20, APEC and ASEAN, Japan condemned China's actions.",
        "As members of the Quad and the G20, Japan and India condemned China's actions.",
    ],
)
def test_the_organisation_of_an_opening_or_aside_is_no_actor(text: str) -> None:
    found = facts(text)
    accuse = find(found, "Event", eventType="ACCUSE")
    assert accuse is not None, found
    actors = {a.qid or a.label for a in accuse.get("actor") if isinstance(a, Entity)}
    assert actors == ({JAPAN, INDIA} if "India" in text else {JAPAN}), found


def test_every_list_start_has_a_word_of_its_gate() -> None:
    """``_ORG_LIST`` runs only on sentences with one of ``_ORG_LIST_KEYS``: blanked where the
    pattern spells those words, it can match nothing; each way it matches has one of them."""
    pattern = mentions._ORG_LIST.pattern
    blanked = pattern
    for spelled in ("embers?", "elong", "oin", "cce(?:ded|ssion)"):
        assert spelled in blanked, spelled
        blanked = blanked.replace(spelled, "(?!)")
    assert _never(list(_parser.parse(blanked, mentions._ORG_LIST.flags))), blanked
    for phrase in (
        "members of ",
        "Member states of ",
        "belongs to ",
        "joined ",
        "rejoins ",
        "acceded to ",
        "accession to ",
    ):
        m = mentions._ORG_LIST.match(phrase)
        assert m is not None, phrase
        assert any(key in m.group(0) for key in mentions._ORG_LIST_KEYS), phrase


def test_as_members_runs_only_where_its_words_are() -> None:
    """``_AS_ORG_MEMBERS`` runs only on sentences with "member", "lly" or "llies"."""
    pattern = memberships_rules._AS_ORG_MEMBERS.pattern
    # ("[Aa]llies": "As NATO Allies, ..."; its gate looks for "llies" and "lly")
    for spelled in (
        r"member\s+states?",
        r"member\s+countr(?:y|ies)",
        "members?",
        "[Aa]llies",
        "[Aa]lly",
    ):
        assert spelled in pattern, spelled
        pattern = pattern.replace(spelled, "(?!)")
    assert _never(list(_parser.parse(pattern, memberships_rules._AS_ORG_MEMBERS.flags))), pattern


def test_as_members_starts_as_its_plain_form() -> None:
    """Its first letter apart (scanned for), the pattern matches as with a leading ``\\b``."""
    fast = memberships_rules._AS_ORG_MEMBERS
    plain = re.compile(r"\b[Aa]s" + fast.pattern.removeprefix(r"[Aa](?<!\w.)s"))
    assert plain.pattern != fast.pattern
    samples = [
        "As §O0§ members, §S1§ and §S2§ agree.",
        "Bias as a member of §O0§, §S1§ said",
        "has as members of the §O0§ and §O1§, the §S2§ ...",
        "-As a §O0§ ally, §S1§",
        "xAs members of §O0§, §S1§",
        "As an ally of §O0§, §S1§",
    ]
    rng = random.Random(11)
    pieces = ["As", "as", " ", "a ", "member", "members of ", "§O0§", "§S1§", ", ", "-", "x"]
    samples += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    for text in samples:
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
