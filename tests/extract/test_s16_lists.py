"""Lists of parties read alike by every rule (session 16, lists): the masked sentence writes each
list one way ("§S0§, §S1§ and §S2§", :func:`dipld.extract.patterns.normalise_lists`), so a serial
(Oxford) comma, "as well as", "both X and Y" and a list set off by dashes or parentheses after
the noun it names ("coastal West African states – Benin, ... and Togo –", "three coastal states
(Benin, Ghana and Togo)", "Japan's partners – ... –") give every party, as actor, recipient,
participant, member or party. Near misses: a list whose last item only owns what follows ("the
World Bank's programme", "Togo's neighbours"), a state named after the list in a prepositional
phrase ("Benin and Ghana in Togo": a place), a clause after one item ("aid to Syria, and Iran
has sent ..."), cities after "met in" (venues, not parties)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract.patterns import normalise_lists
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 10)
US, BENIN, GHANA, GUINEA, TOGO = "Q30", "Q962", "Q117", "Q1006", "Q945"
IVORY, JAPAN, EU, NIGER, MALI, CHAD = "Q1008", "Q17", "Q458", "Q1032", "Q912", "Q657"
GERMANY, JORDAN, LEBANON, IRAQ, CANADA, SUDAN = "Q183", "Q810", "Q822", "Q796", "Q16", "Q1049"
ESTONIA, LATVIA, LITHUANIA, NATO = "Q191", "Q211", "Q37", "Q7184"
FRANCE, ITALY, SPAIN, AUSTRALIA, INDIA = "Q142", "Q38", "Q29", "Q408", "Q668"
POLAND, ROMANIA, BULGARIA, UKRAINE = "Q36", "Q218", "Q219", "Q212"
KAZAKHSTAN, KYRGYZSTAN, TAJIKISTAN = "Q232", "Q813", "Q863"
PUTIN, XI, TOKAYEV, MIRZIYOYEV, RAHMON = "Q7747", "Q15031", "Q200881", "Q57808", "Q57366"
NIGERIA, SENEGAL = "Q1033", "Q1041"


def _events(text: str, kind: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [
        (frozenset(keys(f.get("actor"))), frozenset(keys(f.get("recipient"))))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(kind)
    ]


def _of_class(text: str, cls: str, role: str) -> list[frozenset[str]]:
    return [frozenset(keys(f.get(role))) for f in facts(text, DAY) if f.cls.value == cls]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        (
            "The United States intends to provide $45 million to help Benin, Ghana, Guinea, "
            "and Togo prevent conflict.",
            "AGREE",
            {US},
            {BENIN, GHANA, GUINEA, TOGO},
        ),
        (
            "The European Union will provide €20 million to Niger, Mali, and Chad, the "
            "Commission said.",
            "AGREE",
            {EU},
            {NIGER, MALI, CHAD},
        ),
        (
            "Japan provided $5 million to coastal West African states – Benin, Côte d'Ivoire, "
            "Ghana, Guinea and Togo – to counter extremism.",
            "AID",
            {JAPAN},
            {BENIN, IVORY, GHANA, GUINEA, TOGO},
        ),
        (
            "Japan provided $5 million to three coastal states (Benin, Ghana and Togo) to "
            "counter extremism.",
            "AID",
            {JAPAN},
            {BENIN, GHANA, TOGO},
        ),
        (
            "Germany pledged €30 million to Jordan and Lebanon as well as Iraq to support "
            "refugees.",
            "AGREE",
            {GERMANY},
            {JORDAN, LEBANON, IRAQ},
        ),
        (
            "Canada provided humanitarian aid to both Sudan and Chad.",
            "AID",
            {CANADA},
            {SUDAN, CHAD},
        ),
        (
            "Ukraine thanked Poland, Lithuania and Latvia as well as Estonia for their support.",
            "SUPPORT",
            {UKRAINE},
            {POLAND, LITHUANIA, LATVIA, ESTONIA},
        ),
    ],
)
def test_list_of_recipients(text: str, kind: str, actor: set[str], recipient: set[str]) -> None:
    assert (frozenset(actor), frozenset(recipient)) in _events(text, kind)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The two leaders – Vladimir Putin and Xi Jinping – signed a joint statement on "
            "Tuesday.",
            {PUTIN, XI},
        ),
        (
            "Three NATO members – Poland, Romania and Bulgaria – signed a memorandum on air "
            "defence on Monday.",
            {POLAND, ROMANIA, BULGARIA},
        ),
        (
            "The United States and Japan, as well as Australia, signed a trilateral agreement "
            "on Wednesday.",
            {US, JAPAN, AUSTRALIA},
        ),
        (
            "The three Baltic states – Estonia, Latvia and Lithuania – signed a joint "
            "declaration on Tuesday.",
            {ESTONIA, LATVIA, LITHUANIA},
        ),
    ],
)
def test_list_of_signatories(text: str, actors: set[str]) -> None:
    assert (frozenset(actors), frozenset()) in _events(text, "SUPPORT")


def test_treaty_parties_after_as_well_as() -> None:
    text = "The United States and Japan, as well as Australia, signed a trilateral agreement."
    assert frozenset({US, JAPAN, AUSTRALIA}) in _of_class(text, "TreatyRelation", "party")


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Japan's partners – the United States, Australia and India – met in Tokyo on Tuesday.",
            {US, AUSTRALIA, INDIA},
        ),
        (
            "Kazakhstan's President Tokayev, Uzbekistan's President Mirziyoyev, and "
            "Tajikistan's President Rahmon met in Astana on Friday.",
            {TOKAYEV, MIRZIYOYEV, RAHMON},
        ),
    ],
)
def test_list_of_participants(text: str, participants: set[str]) -> None:
    assert frozenset(participants) in _of_class(text, "Meeting", "participant")


@pytest.mark.parametrize(
    ("text", "members", "orgs"),
    [
        (
            "Estonia, Latvia as well as Lithuania are members of NATO.",
            {ESTONIA, LATVIA, LITHUANIA},
            {NATO},
        ),
        (
            "France, Germany, and Italy, as well as Spain, are members of the European Union "
            "and NATO.",
            {FRANCE, GERMANY, ITALY, SPAIN},
            {EU, NATO},
        ),
    ],
)
def test_membership_one_fact_per_pair(text: str, members: set[str], orgs: set[str]) -> None:
    found = {
        (next(iter(keys(f.get("member")))), next(iter(keys(f.get("organization")))))
        for f in facts(text, DAY)
        if f.cls.value == "Membership"
    }
    assert found == {(m, o) for m in members for o in orgs}


def test_serial_comma_list_as_subject_of_drills() -> None:
    text = (
        "Kazakhstan, Kyrgyzstan, and Tajikistan, which are members of the CSTO, held joint drills."
    )
    assert (frozenset({KAZAKHSTAN, KYRGYZSTAN, TAJIKISTAN}), frozenset()) in _events(
        text, "COOPERATE"
    )


# near misses
@pytest.mark.parametrize(
    ("text", "kind", "recipient"),
    [
        # the last item only owns what the list goes on to
        (
            "The United States provided aid to Benin, Ghana and the World Bank's programme for "
            "Togo.",
            "AID",
            {BENIN, GHANA},
        ),
        (
            "Japan provided $5 million to Benin, Ghana, and Togo's neighbours.",
            "AID",
            {BENIN, GHANA},
        ),
        # a state after the list in a prepositional phrase is a place
        ("Japan provided $5 million to Benin and Ghana in Togo on Monday.", "AID", {BENIN, GHANA}),
        # "X and Y's armed forces": the forces of both
        (
            "The United States provided aid to Benin and Ghana's armed forces.",
            "AID",
            {BENIN, GHANA},
        ),
    ],
)
def test_list_ends_before_what_is_not_a_party(text: str, kind: str, recipient: set[str]) -> None:
    found = _events(text, kind)
    assert found
    assert all(r == frozenset(recipient) for _, r in found)


def test_clause_after_one_item_keeps_its_comma() -> None:
    found = _events("Russia sent aid to Syria, and Iran has sent weapons to Iraq.", "AID")
    assert (frozenset({"Q159"}), frozenset({"Q858"})) in found
    assert all("Q794" not in r for _, r in found)


def test_cities_of_a_meeting_are_no_participants() -> None:
    text = "The presidents of Kenya and Uganda met in Nairobi, Kampala, and Kigali during the week."
    assert _of_class(text, "Meeting", "participant") == [frozenset({"Q114", "Q1036"})]


def test_negated_list_gives_nothing() -> None:
    text = "Japan did not provide aid to Benin, Ghana, and Togo."
    assert _events(text, "AID") == []


def test_serial_comma_keeps_clause_dates() -> None:
    # the dropped serial comma is no clause break in the text either: each act keeps its date
    text = (
        "Nigeria, Ghana, and Senegal met on Monday, and Japan expelled two Russian diplomats "
        "on Tuesday."
    )
    dated = {f.cls.value: str(f.get("date")[0]) for f in facts(text, DAY) if f.get("date")}
    assert dated == {"Meeting": "2024-03-04", "Event": "2024-03-05"}


@pytest.mark.parametrize(
    ("masked", "want"),
    [
        (
            "§S0§ gave aid to §S1§, and §S2§ sent arms.",
            "§S0§ gave aid to §S1§, and §S2§ sent arms.",
        ),
        (
            "§S0§ met §P1§, §P2§ and §P3§, and §S4§ signed.",
            "§S0§ met §P1§, §P2§ and §P3§, and §S4§ signed.",
        ),
        ("the §S0§, §S1§, and the §S2§ met", "the §S0§, §S1§ and the §S2§ met"),
        ("Both §S0§ and §S1§ are members", "§S0§ and §S1§ are members"),
        (
            "§S0§ – which supplies gas – and §S1§ signed",
            "§S0§ – which supplies gas – and §S1§ signed",
        ),
        ("§S0§'s partners (§S1§, §S2§ and §S3§) met", "§S1§, §S2§ and §S3§ met"),
        (
            "aid to §S0§, §S1§ and the §O2§'s programme",
            "aid to §S0§, §S1§ and also the §O2§'s programme",
        ),
    ],
)
def test_normalise_lists(masked: str, want: str) -> None:
    assert normalise_lists(masked)[0] == want


# each substring test before a list pattern is implied by it: without the gate's text, no match
@pytest.mark.parametrize(
    ("pattern", "gate", "samples"),
    [
        ("_SERIAL_COMMA", "§, and", ["§S0§, §S1§, and §S2§", "the §S0§, §O1§, and\tthe §P2§"]),
        ("_BOTH", "oth ", ["both §S0§ and §S1§", "Both the §S0§ and §O1§"]),
        ("_AS_WELL_AS", " as well as", ["§S0§ as well as §S1§", "§S0§, as well as\nthe §O1§"]),
        ("_AS_WELL_AS_ASIDE", " as well as", ["§S0§, as well as §S1§, signed"]),
        ("_APPOSED_HINT", "(", ["states (§S0§, §S1§)"]),
        ("_APPOSED_HINT", "–", ["states – §S0§ and §S1§ –"]),
        ("_APPOSED_HINT", "—", ["states —the §S0§, §S1§—"]),
        ("_OWNER_LAST", "§'", ["§S0§ and §S1§'s neighbours"]),
        ("_OWNER_LAST", "§’", ["§S0§, the §O1§’s programme"]),
    ],
)
def test_list_gates(pattern: str, gate: str, samples: list[str]) -> None:
    from dipld.extract import patterns

    regex = getattr(patterns, pattern)
    for sample in samples:
        assert regex.search(sample), sample
        assert regex.search(sample.replace(gate, "#")) is None, sample


def test_apposed_list_needs_its_hint() -> None:
    from dipld.extract.patterns import _APPOSED_HINT, _APPOSED_LIST

    for sample in ["coastal states – §S0§, §S1§ and §S2§ –", "three states (§S0§ and §S1§)"]:
        m = _APPOSED_LIST.search(sample)
        assert m is not None
        assert _APPOSED_HINT.search(sample, m.start()) is not None
