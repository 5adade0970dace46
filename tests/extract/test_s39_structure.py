"""Two treaties of one pair told apart (session 39, the structure family).

The merge joins the TreatyRelations of one pair unless they name other instruments or other
signing dates. Two more signs tell two instruments apart when neither is named
(:mod:`dipld.extract.instruments`):

- an agreement in force since a year before another one was signed ("The Chile-Korea Free
  Trade Agreement has been in force since 2004" beside a memorandum signed today);
- a signing told as a further one, in a sentence of its own ("The ministers also signed an
  agreement on ...", "signed a separate agreement with ...").

Conventions: one TreatyRelation per instrument (ANNOTATION.md §4); restatements of one signing
(the headline's, "The agreement was signed by ...", a later sentence without "also") stay one
fact; "also signed by" adds signatories to the same instrument; "also signed" in the body's
first signing is "also" beside the talks, not a further treaty.

Hit rate at 5ca0596d (before): 0/6 positives (each pair gave one merged fact); the controls
gave one fact before too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 12)
CHILE, SOUTH_KOREA, PERU, JAPAN = "Q298", "Q884", "Q419", "Q17"
GHANA, NIGERIA, KENYA, ETHIOPIA = "Q117", "Q1033", "Q114", "Q115"


def _treaties(body: str, pair: set[str]) -> int:
    """How many TreatyRelations of the pair the body gives."""
    return sum(
        1
        for f in facts(body, DAY)
        if f.cls.value == "TreatyRelation" and keys(f.get("party")) == pair
    )


TWO = [
    # 1. in force since a year before today's signing
    pytest.param(
        "Chile and South Korea signed a memorandum of understanding on critical minerals on "
        "Tuesday. The Chile-Korea Free Trade Agreement has been in force since 2004.",
        {CHILE, SOUTH_KOREA},
        id="in-force-since",
    ),
    pytest.param(
        "On Tuesday, Peru and Japan signed an agreement on disaster risk reduction in Lima. "
        "Trade has tripled under the Peru-Japan Economic Partnership Agreement, which entered "
        "into force in 2012.",
        {PERU, JAPAN},
        id="entered-into-force",
    ),
    # 2. a further signing told in its own sentence
    pytest.param(
        "Ghana and Nigeria signed a defence cooperation agreement in Accra on Tuesday. The two "
        "governments also signed an agreement on the joint management of cross-border energy "
        "projects.",
        {GHANA, NIGERIA},
        id="also-signed",
    ),
    pytest.param(
        "Kenya and Ethiopia on Tuesday signed a treaty on the demarcation of their border. The "
        "foreign ministers of Kenya and Ethiopia also concluded a memorandum on trade in "
        "livestock.",
        {KENYA, ETHIOPIA},
        id="also-concluded",
    ),
    pytest.param(
        "Peru and Japan signed a memorandum on mining on Tuesday. Separately, the trade "
        "minister of Peru signed a separate agreement with Japan on fisheries.",
        {PERU, JAPAN},
        id="separate-agreement",
    ),
    pytest.param(
        "Ghana and Nigeria signed a memorandum of understanding on power supply on Tuesday. "
        "A separate memorandum on visa exemption was signed between Ghana and Nigeria.",
        {GHANA, NIGERIA},
        id="another-was-signed",
    ),
]


@pytest.mark.parametrize(("body", "pair"), TWO)
def test_two_instruments(body: str, pair: set[str]) -> None:
    assert _treaties(body, pair) == 2


ONE = [
    # a restatement of today's signing, without "also"
    pytest.param(
        "Ghana and Nigeria signed a defence cooperation agreement in Accra on Tuesday. The "
        "agreement between Ghana and Nigeria was signed by the two defence ministers.",
        {GHANA, NIGERIA},
        id="restated",
    ),
    # further signatories of the same instrument
    pytest.param(
        "Kenya and Ethiopia signed a treaty on the demarcation of their border on Tuesday. The "
        "treaty between Kenya and Ethiopia was also signed by the two foreign ministers.",
        {KENYA, ETHIOPIA},
        id="also-signed-by",
    ),
    # in force from after the signing: the same agreement
    pytest.param(
        "Chile and South Korea signed a free trade agreement in 2003. The free trade agreement "
        "between Chile and South Korea has been in force since 2004.",
        {CHILE, SOUTH_KOREA},
        id="in-force-after-signing",
    ),
    # "also" in the body's first signing: also beside the talks, no further treaty
    pytest.param(
        "President Ruto of Kenya held talks with Prime Minister Abiy of Ethiopia in Nairobi on "
        "Tuesday. Kenya and Ethiopia also signed a treaty on their common border. The treaty "
        "between Kenya and Ethiopia was signed by the two foreign ministers.",
        {KENYA, ETHIOPIA},
        id="also-beside-talks",
    ),
    # "also" in the same sentence as the one signing
    pytest.param(
        "Peru and Japan on Tuesday also signed an agreement on fisheries.",
        {PERU, JAPAN},
        id="one-sentence",
    ),
]


@pytest.mark.parametrize(("body", "pair"), ONE)
def test_one_instrument(body: str, pair: set[str]) -> None:
    assert _treaties(body, pair) == 1


# ---- members told by their people acting as members ----------------------------------------
#
# "As fellow members of ASEAN, the two leaders discussed ...", "The leaders reaffirmed ... and
# their coordination as NATO Allies": the states of the people (two or more, each of a known
# state); "President X underscored his commitment to continue working together as NATO Allies"
# after his call with Y: the pair in focus (his state one of them). Not partners, not members to
# come, not "together with NATO allies", not hedged or denied.
# Hit rate at 5ca0596d (before): 0/5 positives; the controls gave nothing before too.

BRAZIL, ARGENTINA, MERCOSUR, NATO, G20 = "Q155", "Q414", "Q4264", "Q7184", "Q19771"
US, GREECE, TURKEY = "Q30", "Q41", "Q43"
LULA_MET = (
    "President Luiz Inácio Lula da Silva of Brazil met President Alberto Fernández of "
    "Argentina in Brasilia on Tuesday. "
)
KISHIDA_MET = "Prime Minister Kishida met President Yoon Suk Yeol of South Korea in Tokyo. "
CALL = "President Biden spoke with President Erdogan of Türkiye on Tuesday. "


def _members(body: str) -> set[tuple[str, str]]:
    return {
        (m, o)
        for f in facts(body, DAY)
        if f.cls.value == "Membership"
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            LULA_MET + "As fellow members of Mercosur, the two presidents discussed trade.",
            {(BRAZIL, MERCOSUR), (ARGENTINA, MERCOSUR)},
            id="as-fellow-members-the-two",
        ),
        pytest.param(
            KISHIDA_MET + "As fellow G20 members, the two leaders agreed to coordinate closely.",
            {(JAPAN, G20), (SOUTH_KOREA, G20)},
            id="as-fellow-org-members",
        ),
        pytest.param(
            KISHIDA_MET + "The two leaders reaffirmed their close cooperation as G20 members.",
            {(JAPAN, G20), (SOUTH_KOREA, G20)},
            id="their-cooperation-as",
        ),
        pytest.param(
            "Secretary Blinken met Foreign Minister Nikos Dendias of Greece in Washington. The "
            "two ministers praised the strong ties between the United States and Greece and "
            "their coordination as NATO Allies.",
            {(US, NATO), (GREECE, NATO)},
            id="their-coordination-after-a-list",
        ),
        pytest.param(
            CALL + "President Biden stressed his commitment to keep working together as NATO "
            "Allies on shared challenges.",
            {(US, NATO), (TURKEY, NATO)},
            id="working-together-as",
        ),
    ],
)
def test_members_told_by_their_people(body: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _members(body)


@pytest.mark.parametrize(
    ("body", "org"),
    [
        # partners, not members
        pytest.param(
            LULA_MET + "As partners of the European Union, the two presidents discussed trade.",
            "Q458",
            id="partners",
        ),
        # members to come
        pytest.param(
            KISHIDA_MET + "The two leaders discussed their future role as members of NATO.",
            NATO,
            id="future-role",
        ),
        # together with members: not as them
        pytest.param(
            CALL + "President Biden said he looked forward to working together with NATO Allies.",
            NATO,
            id="together-with",
        ),
        # hedged
        pytest.param(
            LULA_MET + "President Lula said they could one day work together as members of the "
            "OECD.",
            "Q41550",
            id="hedged",
        ),
    ],
)
def test_members_told_by_their_people_not(body: str, org: str) -> None:
    assert not {m for m, o in _members(body) if o == org} & {
        BRAZIL,
        ARGENTINA,
        JAPAN,
        SOUTH_KOREA,
        TURKEY,
    }
