"""Material conflict (session 40, force): ASSAULT, COERCE and MOBILIZE told in ways the rules
missed, and a few they told wrongly.

The sentences are written for this session in wire, readout and ministry styles (none from a gold
set). Conventions followed (all earlier sessions' except where said):

- A named person arrested or detained in a place, told in the passive with no state as agent
  ("John Keller was arrested in Moscow in May", "Keller, a teacher, was detained at a Minsk
  airport"), is COERCE 173 of the place's state, the person the recipient (a surname as written,
  once the article named the person in full) (dipld/extract/force.py).
- Goods seized named by their amount before a demonym ("a cargo of Iranian oil") are the
  demonym's state's: the recipient of COERCE 171.
- Expelling officials of an embassy ("15 officials of the Russian embassy") is expelling
  diplomats: SANCTION 161 to the embassy's state; expelling an international body's people
  ("seven UN officials", "two IAEA inspectors") is SANCTION 166 to the body (the spent golds code
  both so; COERCE 174 before).
- "Occupied" in a capitalised name ("Indian Illegally Occupied Jammu and Kashmir", "the Occupied
  Palestinian Territories") tells no occupation (COERCE 192 before).
- A clash told as what another act came after ("after a fierce clash between Indian and Chinese
  troops") took place: ASSAULT 190, both sides actors, no recipient.
- "pounded" or "bombarded" positions, targets or a named place: ASSAULT 194.
- A state's "law enforcement agencies" (officers, authorities) after its demonym are the state,
  as its police are.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

RUSSIA, BELARUS, IRAN, USA, MYANMAR, NORWAY = "Q159", "Q184", "Q794", "Q30", "Q836", "Q20"
POLAND, ETHIOPIA, UN, IAEA, INDIA, CHINA = "Q36", "Q115", "Q1065", "Q41984", "Q668", "Q148"
KYRGYZSTAN, TAJIKISTAN, ARMENIA, AZERBAIJAN = "Q813", "Q863", "Q399", "Q227"
SUDAN, ISRAEL, FRANCE = "Q1049", "Q801", "Q142"


def _of(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return [(a, r, code) for k, a, r, code in typed_events(text) if k == kind]


HELD_NAMED = [
    (
        "John Keller was arrested in Moscow in May 2021 on charges he denies.",
        RUSSIA,
        "John Keller",
    ),
    (
        "The talks came weeks after Anna Brandt, a correspondent for a German weekly, was "
        "detained in Minsk on Tuesday.",
        BELARUS,
        "Anna Brandt",
    ),
    (
        "The swap covers Peter Lang, a retired engineer who has been held in Iran since 2019.",
        IRAN,
        "Peter Lang",
    ),
    (
        "Canadian filmmaker Sam Ortiz covered the protests. Ortiz was arrested by police on "
        "July 4 near a rally in Yangon and later sentenced.",
        MYANMAR,
        "Ortiz",
    ),
    (
        "Laura Hines played basketball in Europe for years. Hines was detained at a Moscow "
        "airport in February.",
        RUSSIA,
        "Hines",
    ),
]


@pytest.mark.parametrize(("text", "actor", "person"), HELD_NAMED)
def test_named_person_held_in_a_place(text: str, actor: str, person: str) -> None:
    assert ({actor}, {person}, "173") in _of(text, "COERCE")


HELD_NOT = [
    "John Keller was reportedly detained in Moscow in May.",
    "Rights groups called for the release of John Keller, who was detained in Minsk in May.",
    "Sergei Lavrov was held in Moscow talks with Wang Yi.",
    "Three Americans were detained in Tehran last year.",
    "John Keller was not arrested in Moscow, his lawyer said.",
    "Keller was arrested in Moscow in May.",  # (a surname never named in full: no one known)
    "Human Rights Watch was founded in New York in 1978.",
]


@pytest.mark.parametrize("text", HELD_NOT)
def test_no_named_detention(text: str) -> None:
    assert not [e for e in _of(text, "COERCE") if e[2] == "173" and e[1]]


SEIZED_GOODS = [
    ("The United States confiscated a cargo of Iranian oil aboard a tanker last month.", USA, IRAN),
    ("France seized two shipments of Russian fuel in the port of Marseille.", FRANCE, RUSSIA),
    ("Washington seized 2 million barrels of Iranian crude oil last year.", USA, IRAN),
]


@pytest.mark.parametrize(("text", "actor", "owner"), SEIZED_GOODS)
def test_goods_seized_are_their_states(text: str, actor: str, owner: str) -> None:
    assert ({actor}, {owner}, "171") in _of(text, "COERCE")


def test_goods_not_seized() -> None:
    assert not _of("The United States did not seize a cargo of Iranian oil.", "COERCE")
    # (people are no goods)
    assert not [e for e in _of("Police seized a group of Iranian nationals.", "COERCE") if e[1]]


EXPELLED_OFFICIALS = [
    (
        "Norway on Thursday expelled 15 officials of the Russian embassy in Oslo.",
        NORWAY,
        RUSSIA,
        "161",
    ),
    ("Poland expelled 45 employees of the Russian embassy in Warsaw.", POLAND, RUSSIA, "161"),
    ("Ethiopia expelled seven senior UN officials on Thursday.", ETHIOPIA, UN, "166"),
    ("Iran expelled two IAEA inspectors last month.", IRAN, IAEA, "166"),
]


@pytest.mark.parametrize(("text", "actor", "recipient", "code"), EXPELLED_OFFICIALS)
def test_expelled_officials_are_a_sanction(
    text: str, actor: str, recipient: str, code: str
) -> None:
    assert ({actor}, {recipient}, code) in _of(text, "SANCTION")
    assert not [e for e in _of(text, "COERCE") if e[2] == "174"]


def test_expelled_people_stay_coerced() -> None:
    assert [
        e for e in _of("Hungary deported 12 Syrian migrants on Monday.", "COERCE") if e[2] == "174"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The OIC condemned the situation in Indian Illegally Occupied Jammu and Kashmir.",
        "The agency delivered aid to the Occupied Palestinian Territories, Norway said.",
    ],
)
def test_occupied_in_a_name_is_no_occupation(text: str) -> None:
    assert not [e for e in _of(text, "COERCE") if e[2] == "192"]


def test_occupation_told_still() -> None:
    assert [e for e in _of("Russia occupied Crimea in 2014.", "COERCE") if e[2] == "192"]
    assert [e for e in _of("Russia annexed Crimea in 2014.", "COERCE") if e[2] == "192"]


CLASH_AFTER = [
    (
        "Ties nosedived after a fierce clash between Indian and Chinese troops in the Himalayas.",
        {INDIA, CHINA},
    ),
    (
        "Tensions rose following deadly clashes between Kyrgyz and Tajik border guards last year.",
        {KYRGYZSTAN, TAJIKISTAN},
    ),
    (
        "The ministers met after the exchange of fire between Armenian and Azerbaijani forces.",
        {ARMENIA, AZERBAIJAN},
    ),
]


@pytest.mark.parametrize(("text", "sides"), CLASH_AFTER)
def test_clash_told_as_what_came_before(text: str, sides: set[str]) -> None:
    assert (sides, set(), "190") in _of(text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Both sides pledged to avoid a clash between Indian and Chinese troops.",
        "Analysts warned of the risk of clashes between Serbia and Kosovo after the vote.",
        "Talks resumed after a clash between India and China was narrowly averted.",
    ],
)
def test_clash_not_told(text: str) -> None:
    assert not _of(text, "ASSAULT")


POUNDED = [
    (
        "Sudan's army pounded Ethiopian positions with artillery on Tuesday.",
        {SUDAN},
        {ETHIOPIA},
    ),
    ("Israel pounded Hamas targets in Gaza on Sunday.", {ISRAEL}, {"Hamas"}),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), POUNDED)
def test_pounded_positions(text: str, actors: set[str], recipients: set[str]) -> None:
    assert (actors, recipients, "194") in _of(text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Typhoon Hagibis pounded Japan on Saturday.",
        "Activists bombarded Brussels with complaints about the rules.",
        "Russia did not bombard Kharkiv, the ministry said.",
    ],
)
def test_not_pounded(text: str) -> None:
    assert not _of(text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Mark Dale was arrested in Thailand in 2008 in a U.S. sting operation.",
        "Mark Dale was detained in Dubai last year at the request of the United States.",
    ],
)
def test_arrest_for_another_state_is_not_read(text: str) -> None:
    assert not [e for e in _of(text, "COERCE") if e[2] == "173" and e[1]]


LAW_ENFORCEMENT = [
    ("Kazakh law enforcement agencies have detained nearly 8,000 people since Monday.", "Q232"),
    ("Belarusian law enforcement officers arrested dozens of demonstrators in Grodno.", BELARUS),
]


@pytest.mark.parametrize(("text", "actor"), LAW_ENFORCEMENT)
def test_law_enforcement_is_the_state(text: str, actor: str) -> None:
    assert [e for e in _of(text, "COERCE") if e[0] == {actor} and e[2] == "173"]


def test_law_enforcement_not_detaining() -> None:
    assert not _of("Kazakh law enforcement agencies did not detain anyone.", "COERCE")
