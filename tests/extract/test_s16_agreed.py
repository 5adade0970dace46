"""AGREE events reported or referenced rather than told as the sentence's main act (session 16,
agreed; ANNOTATION.md §5): an agreement, readiness or promise a spokesman "told reporters" of
("... told reporters that the two presidents had agreed to ...", "According to Peskov, ..."),
one told after an occasion's participle ("Addressing the summit, the Head of State said that
Kazakhstan was ready ..."), or of states' bodies ("the energy ministries of the three
countries", "the Armenian and Azerbaijani government commissions on delimitation"); an
agreement a noun phrase names with its parties ("the arrangement that Manila and Beijing
reached on July 21", "the deal struck by Egypt and Qatar last week", "the ceasefire agreement
between Armenia and Azerbaijan reached in January"), dated by its own clause and historical
when older than the report's week, besides the welcome or criticism of it; and what such an
agreement binds a party to (", under which Türkiye will ..."). A welcome of an agreement or a
ceasefire does not take the date inside its object. Near misses give nothing: agreements not
reached, hoped for, denied, hypothetical ("any agreement ... would"), a shared view, a draft,
and the mediators of a truce."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dipld.extract import agreements
from dipld.model import Fact, Status
from tests.extract.test_patterns import date_values, facts, keys

DAY = dt.date(2024, 7, 26)
PHILIPPINES, CHINA, USA, ARMENIA, AZERBAIJAN, EGYPT = "Q928", "Q148", "Q30", "Q399", "Q227", "Q79"
QATAR, TURKEY, SWEDEN, KAZAKHSTAN, UZBEKISTAN, KYRGYZSTAN = (
    "Q846",
    "Q43",
    "Q34",
    "Q232",
    "Q265",
    "Q813",
)
CAMBODIA, THAILAND, TAJIKISTAN, VIETNAM, RUSSIA, EU = "Q424", "Q869", "Q863", "Q881", "Q159", "Q458"
PUTIN, ERDOGAN = "Q7747", "Q39259"

Row = tuple[str, frozenset[str], frozenset[str]]


def _events(text: str, event_type: str = "AGREE") -> list[Fact]:
    return [
        f
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(event_type)
    ]


def _rows(text: str, event_type: str = "AGREE") -> set[Row]:
    return {
        (
            str(f.get("cameoCode")[0]),
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
        )
        for f in _events(text, event_type)
    }


def _actors(text: str, event_type: str = "AGREE") -> set[frozenset[str]]:
    return {frozenset(keys(f.get("actor"))) for f in _events(text, event_type)}


def _f(*qids: str) -> frozenset[str]:
    return frozenset(qids)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi on Monday. Kremlin "
            "spokesman Dmitry Peskov told reporters that the two presidents had agreed to resume "
            "the grain talks.",
            _f(PUTIN, ERDOGAN),
        ),
        (
            "Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi on Monday. According to "
            "Kremlin spokesman Dmitry Peskov, the two presidents agreed to expand gas deliveries.",
            _f(PUTIN, ERDOGAN),
        ),
        (
            "Foreign Minister Ararat Mirzoyan told journalists in Yerevan on Thursday that Armenia "
            "was ready to sign the peace treaty.",
            _f(ARMENIA),
        ),
        (
            "Kazakhstan, Uzbekistan and Kyrgyzstan held talks in Tashkent on Tuesday. Energy "
            "Minister Almasadam Satkaliyev told reporters that the energy ministries of the three "
            "countries would set up a joint working group on water.",
            _f(KAZAKHSTAN, UZBEKISTAN, KYRGYZSTAN),
        ),
        (
            "President Kassym-Jomart Tokayev addressed the summit in Astana on Thursday. "
            "Addressing the summit, the Head of State said that Kazakhstan was ready to become a "
            "reliable supplier of grain to the region.",
            _f(KAZAKHSTAN),
        ),
        (
            "Speaking to reporters in Bishkek, President Sadyr Japarov said that Kyrgyzstan was "
            "ready to host the next round of talks.",
            _f(KYRGYZSTAN),
        ),
        (
            "Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi on Monday. Kremlin "
            "spokesman Dmitry Peskov told journalists after the talks that the two presidents had "
            "agreed to resume the grain talks.",
            _f(PUTIN, ERDOGAN),
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev said on Wednesday that Kazakhstan and "
            "Uzbekistan had agreed to build a joint hydropower plant.",
            _f(KAZAKHSTAN, UZBEKISTAN),
        ),
    ],
)
def test_an_agreement_or_readiness_reported_by_a_third_party(
    text: str, actors: frozenset[str]
) -> None:
    assert actors in _actors(text)


def test_a_reported_agreement_of_those_who_met_takes_the_meetings_day() -> None:
    (found,) = _events(
        "Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi on Monday. Kremlin "
        "spokesman Dmitry Peskov told reporters that the two presidents had agreed to resume the "
        "grain talks."
    )
    assert date_values(found, "date") == ("2024-07-22",)


def test_a_joint_body_of_the_ministries_promises_for_the_future() -> None:
    (found,) = _events(
        "Kazakhstan, Uzbekistan and Kyrgyzstan held talks in Tashkent on Tuesday. Energy Minister "
        "Almasadam Satkaliyev told reporters that the energy ministries of the three countries "
        "would set up a joint working group on water."
    )
    assert found.status is Status.FUTURE


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The Armenian and Azerbaijani government commissions on delimitation agreed on the "
            "first section of the border.",
            _f(ARMENIA, AZERBAIJAN),
        ),
        (
            "The border commissions of Kyrgyzstan and Tajikistan agreed on the last disputed "
            "section.",
            _f(KYRGYZSTAN, TAJIKISTAN),
        ),
        (
            "The Armenian and Azerbaijani delegations agreed to meet again in Almaty.",
            _f(ARMENIA, AZERBAIJAN),
        ),
    ],
)
def test_bodies_of_states_agreeing_are_the_states(text: str, actors: frozenset[str]) -> None:
    assert actors in _actors(text)


@pytest.mark.parametrize(
    ("text", "actors", "day"),
    [
        (
            "The United States welcomed the provisional arrangement that Manila and Beijing "
            "reached on July 21.",
            _f(PHILIPPINES, CHINA),
            "2024-07-21",
        ),
        (
            "The European Union welcomed the agreement Armenia and Azerbaijan reached in April on "
            "border delimitation.",
            _f(ARMENIA, AZERBAIJAN),
            "2024-04",
        ),
        (
            "Russia criticised the deal that Armenia and the United States struck on Tuesday.",
            _f(ARMENIA, USA),
            "2024-07-23",
        ),
        (
            "The talks built on the understanding Cambodia and Thailand reached in Kuala Lumpur on "
            "July 12.",
            _f(CAMBODIA, THAILAND),
            "2024-07-12",
        ),
        (
            "The deal Egypt struck with Qatar in June covers gas deliveries.",
            _f(EGYPT, QATAR),
            "2024-06",
        ),
        (
            "The ceasefire agreement between Armenia and Azerbaijan reached in January collapsed "
            "in March.",
            _f(ARMENIA, AZERBAIJAN),
            "2024-01",
        ),
        (
            "Germany welcomed the deal struck on Wednesday between Armenia and Azerbaijan.",
            _f(ARMENIA, AZERBAIJAN),
            "2024-07-24",
        ),
    ],
)
def test_an_agreement_a_noun_phrase_names_is_its_parties_agree(
    text: str, actors: frozenset[str], day: str
) -> None:
    found = [f for f in _events(text) if frozenset(keys(f.get("actor"))) == actors]
    assert len(found) == 1
    assert date_values(found[0], "date") == (day,)
    assert not found[0].get("recipient")


def test_an_older_agreement_referenced_is_historical() -> None:
    (found,) = _events(
        "The European Union welcomed the agreement Armenia and Azerbaijan reached in April on "
        "border delimitation."
    )
    assert found.status is Status.HISTORICAL


@pytest.mark.parametrize(
    ("text", "actor", "praised"),
    [
        (
            "The United States welcomed the provisional arrangement that Manila and Beijing "
            "reached on July 21.",
            USA,
            _f(PHILIPPINES, CHINA),
        ),
        (
            "The European Union welcomed the agreement Armenia and Azerbaijan reached in April on "
            "border delimitation.",
            EU,
            _f(ARMENIA, AZERBAIJAN),
        ),
    ],
)
def test_the_welcome_praises_the_parties_without_their_date(
    text: str, actor: str, praised: frozenset[str]
) -> None:
    (welcome,) = _events(text, "SUPPORT")
    assert keys(welcome.get("actor")) == {actor}
    assert frozenset(keys(welcome.get("recipient"))) == praised
    assert not welcome.get("date")


@pytest.mark.parametrize(
    "text",
    [
        "The United States welcomed the ceasefire announced by Israel on Sunday.",
        "Japan welcomed the agreement reached in Geneva on July 20.",
        "France welcomed the deal struck by Egypt and Qatar on Monday.",
        "NATO welcomed the agreement reached in Vilnius on July 10, under which Türkiye will "
        "transmit Sweden's accession protocol to its parliament.",
    ],
)
def test_a_welcome_does_not_take_the_date_inside_its_object(text: str) -> None:
    # (session 30: "Japan welcomed the agreement reached in Geneva", with no one named for it,
    # is no SUPPORT at all)
    for welcome in _events(text, "SUPPORT"):
        assert not welcome.get("date")


@pytest.mark.parametrize(
    ("text", "row", "day"),
    [
        (
            "NATO welcomed the agreement reached in Vilnius on July 10, under which Türkiye will "
            "transmit Sweden's accession protocol to its parliament.",
            ("030", _f(TURKEY), _f(SWEDEN)),
            "2024-07-10",
        ),
        (
            "Sweden and Türkiye signed a memorandum in Madrid in June, under which Sweden would "
            "amend its anti-terror laws.",
            ("030", _f(SWEDEN), _f(TURKEY)),
            "2024-06",
        ),
    ],
)
def test_what_a_named_agreement_binds_a_party_to(text: str, row: Row, day: str) -> None:
    found = [
        f
        for f in _events(text)
        if (
            str(f.get("cameoCode")[0]),
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
        )
        == row
    ]
    assert len(found) == 1
    assert date_values(found[0], "date") == (day,)
    assert found[0].status is Status.FUTURE


@pytest.mark.parametrize(
    "text",
    [
        "Japan and China failed to agree on the seafood ban.",
        "No agreement was reached between Serbia and Kosovo.",
        "Serbia and Kosovo hope to reach an agreement.",
        "The talks between Ethiopia and Egypt ended without an agreement.",
        "India and Bangladesh are to sign an agreement next month.",
        "Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi on Monday. Kremlin "
        "spokesman Dmitry Peskov told reporters that the two presidents agreed that cooperation "
        "on energy is critical.",
        "Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi on Monday. Kremlin "
        "spokesman Dmitry Peskov told reporters that the two presidents had not agreed to resume "
        "the grain talks.",
        "The truce brokered by Qatar and Egypt on Sunday held through the night.",
        "Officials denied reports of a deal struck by Serbia and Kosovo.",
        "Diplomats said any agreement reached by Ethiopia and Egypt would need parliamentary "
        "approval.",
        "Japan hopes the agreement that India and Pakistan may reach will hold.",
        "The deal Egypt struck covers gas deliveries.",
        "Secretary of State Antony Blinken said on Monday the United States would announce a "
        "major new package of sanctions against Russia later this week.",
    ],
)
def test_no_agreement_made(text: str) -> None:
    assert not _events(text)


def test_a_draft_binds_no_one() -> None:
    text = (
        "Kenya and Haiti concluded a draft accord on Monday, under which Kenya would deploy "
        "police officers."
    )
    assert not _events(text)


@pytest.mark.parametrize(
    ("regex", "sample"),
    [
        (agreements._PARTIES_MADE, "welcomed the arrangement that §S0§ and §S1§ reached on"),
        (agreements._PARTIES_MADE, "the deal §S0§ struck with §S1§ in June"),
        (agreements._MADE_BY, "welcomed the deal struck by §S0§ and §S1§"),
        (agreements._BETWEEN_MADE, "the ceasefire between §S0§ and §S1§ reached in"),
    ],
)
def test_the_word_gates_of_referenced_agreements(regex: re.Pattern[str], sample: str) -> None:
    assert regex.search(sample) is not None
    for gate in (agreements._NOUN_WORDS, agreements._MADE_WORDS):
        blanked = " ".join("zzz" if w.lower() in gate else w for w in sample.split())
        assert regex.search(blanked) is None, blanked


def test_the_word_gate_of_what_an_agreement_binds() -> None:
    sample = "the accord, under which §S0§ will, and the deal, whereby §S1§ will"
    assert len(agreements._UNDER_WHICH.findall(sample)) == 2
    blanked = sample.replace("under", "zzz").replace("whereby", "zzz")
    assert not agreements._UNDER_WHICH.findall(blanked)
