"""Single constructions (session 13, rel6): shared borders where three states' borders meet and
of "neighbouring X" after the one state named before it; normalisation a dialogue is "aimed at"
is no relation yet; treaties whose signing leaders witnessed, "the signing today of the
U.S.-Japan ... Agreement by ...", "Both countries are parties to ..."; pacts signed as documents;
meetings with a leader no office names ("opposition leader X"); sessions held by a bloc's
ministers."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import adoptions
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts

DAY = dt.date(2023, 9, 14)

US, JAPAN, INDIA, CHINA, KAZAKHSTAN = "Q30", "Q17", "Q668", "Q148", "Q232"
MALI, BURKINA, NIGER, POLAND, LITHUANIA = "Q912", "Q965", "Q1032", "Q36", "Q37"
BRAZIL, ARGENTINA, PARAGUAY, GERMANY, LATVIA = "Q155", "Q414", "Q733", "Q183", "Q211"
SUDAN, CHAD, FINLAND, RUSSIA, TURKEY, ARMENIA = "Q1049", "Q657", "Q33", "Q159", "Q43", "Q399"
BIDEN, SCHOLZ, BLINKEN, NATO = "Q6279", "Q61053", "Q7821917", "Q7184"


def _of(text: str, cls: str) -> list[Fact]:
    return [f for f in facts(text, DAY) if f.cls.value == cls]


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(_keys(f, "party")) for f in _of(text, "SharedBorder")}


def _signings(text: str) -> list[Fact]:
    return [f for f in _of(text, "Event") if "057" in {str(c) for c in f.get("cameoCode")}]


# ---- borders ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Militants roam the Liptako-Gourma region, where the borders of Mali, Burkina Faso "
            "and Niger meet.",
            (MALI, BURKINA, NIGER),
        ),
        (
            "The raid took place near the point where the frontiers of Brazil, Argentina and "
            "Paraguay converge.",
            (BRAZIL, ARGENTINA, PARAGUAY),
        ),
        ("Smugglers operate in the tri-border area of Brazil, Argentina and Paraguay.", None),
    ],
)
def test_borders_that_meet_are_shared_by_each_two(
    text: str, states: tuple[str, str, str] | None
) -> None:
    a, b, c = states or (BRAZIL, ARGENTINA, PARAGUAY)
    assert _pairs(text) == {frozenset({a, b}), frozenset({a, c}), frozenset({b, c})}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Germany sent more troops to neighbouring Poland on Tuesday.", {GERMANY, POLAND}),
        ("Sudan's war has driven 500,000 refugees into neighbouring Chad.", {SUDAN, CHAD}),
        (
            "Latvia closed two crossings on Monday, and its neighbour Lithuania did the same.",
            {LATVIA, LITHUANIA},
        ),
        (
            "Finland closed its crossings after its neighbour Russia sent migrants to the "
            "frontier.",
            {FINLAND, RUSSIA},
        ),
    ],
)
def test_a_neighbour_of_the_one_state_named_before_it(text: str, pair: set[str]) -> None:
    assert _pairs(text) == {frozenset(pair)}


@pytest.mark.parametrize(
    "text",
    [
        "Refugees fled to neighbouring countries.",
        "France and Germany sent aid to neighbouring Moldova.",  # (whose neighbour?)
        "The European Union sent aid to neighbouring Moldova.",
        "The United Nations warned that neighbouring Chad was overwhelmed.",
        "Talks were held in Geneva, where the delegations of Russia, the United States and "
        "Ukraine meet.",
        "The borders of the European Union and NATO meet in the Baltics.",
    ],
)
def test_no_border_without_one_state_and_its_neighbour(text: str) -> None:
    assert _pairs(text) == set()


def test_a_closed_land_border_is_still_shared() -> None:
    text = (
        "Foreign Minister Ararat Mirzoyan met Turkish Foreign Minister Mevlut Cavusoglu in "
        "Antalya on Friday. The land border between the two countries has been closed since 1993."
    )
    assert _pairs(text) == {frozenset({ARMENIA, TURKEY})}


# ---- relations still sought ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The envoys discussed a dialogue aimed at the full normalisation of relations between "
        "Türkiye and Armenia.",
        "Washington is brokering a deal aiming at the normalisation of relations between Israel "
        "and Saudi Arabia.",
        "Ankara and Yerevan appointed special envoys to lead the normalisation of relations "
        "between Türkiye and Armenia.",
        "Türkiye and Armenia do not have diplomatic relations.",
        "Türkiye and Armenia have never had diplomatic relations.",
    ],
)
def test_relations_aimed_at_or_denied_are_none(text: str) -> None:
    assert _of(text, "DiplomaticRelations") == []


def test_relations_normalised_are_still_relations() -> None:
    found = _of("Bahrain and Israel normalised relations in 2020.", "DiplomaticRelations")
    assert [_keys(f, "party") for f in found] == [{"Q398", "Q801"}]


# ---- treaties ---------------------------------------------------------------------------------

MODI_KISHIDA = (
    "Prime Minister Narendra Modi held talks with Prime Minister Fumio Kishida in New Delhi on "
    "Monday. "
)
XI_TOKAYEV = (
    "President Xi Jinping held talks with President Kassym-Jomart Tokayev in Astana on Tuesday. "
)


@pytest.mark.parametrize(
    ("text", "states", "day"),
    [
        (
            MODI_KISHIDA + "After the talks, the two Prime Ministers witnessed the signing of "
            "several cooperation documents, including a memorandum of understanding on "
            "semiconductors.",
            {INDIA, JAPAN},
            "2023-09-11",
        ),
        (
            XI_TOKAYEV + "The two presidents then witnessed the exchange of agreements on "
            "trade, transport and energy.",
            {CHINA, KAZAKHSTAN},
            "2023-09-12",
        ),
        (
            XI_TOKAYEV + "The presidents also oversaw the signing of a protocol on customs "
            "cooperation.",
            {CHINA, KAZAKHSTAN},
            "2023-09-12",
        ),
    ],
)
def test_treaties_witnessed_signed_bind_the_pair_from_the_talks(
    text: str, states: set[str], day: str
) -> None:
    treaties = _of(text, "TreatyRelation")
    assert [(_keys(f, "party"), [str(d) for d in f.get("date")]) for f in treaties] == [
        (states, [day])
    ]
    assert [_keys(f, "actor") for f in _signings(text)] == [states]


@pytest.mark.parametrize(
    "text",
    [
        XI_TOKAYEV + "The two heads of state then witnessed the signing of a joint declaration.",
        MODI_KISHIDA + "The leaders witnessed the exchange of contracts between Indian and "
        "Japanese companies.",
    ],
)
def test_witnessed_declarations_and_contracts_are_no_treaties(text: str) -> None:
    assert _of(text, "TreatyRelation") == []


@pytest.mark.parametrize(
    "text",
    [
        "We welcome the signing today of the U.S.-Japan Framework Agreement for Cooperation in "
        "Space by Secretary Blinken and Minister Hayashi.",
        "The U.S.-Japan Framework Agreement for Cooperation in Space was signed today by "
        "Secretary Blinken and Minister Hayashi.",
    ],
)
def test_a_pair_named_treaty_signed_today_by_two_signers(text: str) -> None:
    treaties = _of(text, "TreatyRelation")
    assert [(_keys(f, "party"), [str(d) for d in f.get("date")]) for f in treaties] == [
        ({US, JAPAN}, ["2023-09-14"])
    ]
    signings = _signings(text)
    assert len(signings) == 1
    assert BLINKEN in _keys(signings[0], "actor") and len(_keys(signings[0], "actor")) == 2
    assert [str(d) for d in signings[0].get("date")] == ["2023-09-14"]


@pytest.mark.parametrize(
    "text",
    [
        "The United States called for the signing of the U.S.-Japan Framework Agreement by "
        "Secretary Blinken and Minister Hayashi.",
        "Officials prepared the signing of the agreement by Secretary Blinken and Minister "
        "Hayashi.",
    ],
)
def test_a_signing_called_for_is_no_signing(text: str) -> None:
    assert _signings(text) == []


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            MODI_KISHIDA + "Both countries are parties to the Regional Comprehensive Economic "
            "Partnership agreement.",
            {INDIA, JAPAN},
        ),
        (
            MODI_KISHIDA + "The two countries are also signatories of the Paris Agreement.",
            {INDIA, JAPAN},
        ),
        (
            XI_TOKAYEV + "China and Kazakhstan are both parties to the Agreement on Long-Term "
            "Good-Neighbourliness.",
            {CHINA, KAZAKHSTAN},
        ),
    ],
)
def test_both_countries_parties_to_a_treaty(text: str, states: set[str]) -> None:
    assert [_keys(f, "party") for f in _of(text, "TreatyRelation")] == [states]


def test_both_countries_parties_to_a_dispute_is_no_treaty() -> None:
    text = MODI_KISHIDA + "Both countries are parties to the dispute."
    assert _of(text, "TreatyRelation") == []


# ---- pacts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "states", "day"),
    [
        (
            "Mali, Burkina Faso and Niger signed a mutual defence pact on Saturday, pledging to "
            "come to each other's aid.",
            {MALI, BURKINA, NIGER},
            "2023-09-09",
        ),
        (
            "Poland and Lithuania signed a security pact on Tuesday.",
            {POLAND, LITHUANIA},
            "2023-09-12",
        ),
    ],
)
def test_a_pact_signed_is_a_signing(text: str, states: set[str], day: str) -> None:
    signings = _signings(text)
    assert [(_keys(f, "actor"), [str(d) for d in f.get("date")]) for f in signings] == [
        (states, [day])
    ]
    assert [_keys(f, "party") for f in _of(text, "TreatyRelation")] == [states]


@pytest.mark.parametrize(
    "text",
    [
        "Mali, Burkina Faso and Niger are expected to sign a mutual defence pact next week.",
        "Mali, Burkina Faso and Niger did not sign the defence pact.",
    ],
)
def test_a_pact_not_signed_is_no_signing(text: str) -> None:
    assert _signings(text) == []


# ---- meetings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "host", "guest", "day"),
    [
        (
            "President Biden met Belarusian democratic leader Sviatlana Tsikhanouskaya at the "
            "White House on July 28.",
            BIDEN,
            "Sviatlana Tsikhanouskaya",
            "2023-07-28",
        ),
        (
            "President Biden met opposition leader Juan Guaido at the White House on July 28.",
            BIDEN,
            "Juan Guaido",
            "2023-07-28",
        ),
        (
            "Chancellor Olaf Scholz met Venezuelan opposition leader Maria Corina Machado in "
            "Berlin on Friday.",
            SCHOLZ,
            "Maria Corina Machado",
            "2023-09-08",
        ),
        (
            "Secretary Blinken held talks with Belarusian opposition leader Sviatlana "
            "Tsikhanouskaya in Vilnius on Monday.",
            BLINKEN,
            "Sviatlana Tsikhanouskaya",
            "2023-09-11",
        ),
    ],
)
def test_a_leader_no_office_names_is_met(text: str, host: str, guest: str, day: str) -> None:
    meetings = _of(text, "Meeting")
    assert [(_keys(f, "participant"), [str(d) for d in f.get("date")]) for f in meetings] == [
        ({host, guest}, [day])
    ]


def test_the_untitled_leader_met_at_a_building_stays_unlinked() -> None:
    text = "President Biden met opposition leader Juan Guaido at the White House on July 28."
    (meeting,) = _of(text, "Meeting")
    assert _keys(meeting, "place") == {"White House"}
    assert [v for v in meeting.get("participant") if isinstance(v, Entity) and not v.qid]


@pytest.mark.parametrize(
    "text",
    [
        "President Biden did not meet opposition leader Juan Guaido during the visit.",
        "President Biden will meet opposition leader Juan Guaido next week.",
        "President Biden met the opposition leader in Caracas.",
        "President Biden met opposition leaders from Venezuela on Friday.",
    ],
)
def test_no_meeting_with_an_untitled_leader_unnamed_or_not_met(text: str) -> None:
    assert _of(text, "Meeting") == []


def test_a_session_a_blocs_ministers_held() -> None:
    text = "NATO foreign ministers held an emergency session in Brussels on Tuesday."
    (meeting,) = _of(text, "Meeting")
    assert _keys(meeting, "participant") == {NATO}
    assert [str(d) for d in meeting.get("date")] == ["2023-09-12"]


def test_a_session_to_come_is_no_meeting() -> None:
    text = "NATO foreign ministers will hold an emergency session in Brussels next week."
    assert _of(text, "Meeting") == []


def test_a_nominal_signing_passes_the_passive_precheck() -> None:
    masked = "We welcome the signing today of the §S0§-§S1§ Framework Agreement by §P2§ and §P3§"
    assert adoptions._PASSIVE_SIGN.search(masked)
    assert "signing" in adoptions._PASSED_WORDS
