"""Sanctions, rejections and releases in fresh text (session 19e, reject): a treaty or pact
suspended with a state (SANCTION 160); gas pumping or exports stopped to a state (163); a
standing embargo named as a noun, by its adjective's state (163); "..., months after it broke off
relations with <capital>": the state the sentence opens with, and "it" is never a person; a
court's ruling rejected, past an interposed "and does not recognise" (REJECT 120); a vote to
lift the country's veto (CONCEDE 080); a count of a state's drivers or fishermen released
(CONCEDE 0841); with the guards: negation, hypothetical, question, a third party's act."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 5, 12)
ALBANIA, CANADA, EGYPT, GEORGIA, GREECE = "Q222", "Q16", "Q79", "Q230", "Q41"
HUNGARY, ICJ, ISRAEL, JORDAN, MOROCCO = "Q28", "Q7801", "Q801", "Q810", "Q1028"
RUSSIA, MOLDOVA, SERBIA, SUDAN, TUNISIA = "Q159", "Q217", "Q403", "Q1049", "Q948"
TURKEY, UKRAINE, USA, VENEZUELA, ARMENIA = "Q43", "Q212", "Q30", "Q717", "Q399"


def _events(text: str) -> list[tuple[str, set[str], set[str], str, tuple[str, ...]]]:
    return [
        (
            str(f.get("eventType")[0]),
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            tuple(str(d) for d in f.get("startDate")),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event"
    ]


def _has(text: str, kind: str, code: str, actor: str, recipient: str) -> bool:
    return any(
        t == kind and a == {actor} and recipient in r and c == code
        for t, a, r, c, _ in _events(text)
    )


@pytest.mark.parametrize(
    ("text", "kind", "code", "actor", "recipient"),
    [
        (
            "Morocco on Tuesday suspended a 30-year-old cooperation treaty with Tunisia.",
            "SANCTION",
            "160",
            MOROCCO,
            TUNISIA,
        ),
        (
            "Egypt suspended its friendship pact with Sudan on Monday.",
            "SANCTION",
            "160",
            EGYPT,
            SUDAN,
        ),
        ("Russia stopped pumping gas to Moldova last winter.", "SANCTION", "163", RUSSIA, MOLDOVA),
        (
            "Egypt's energy minister Tarek El Molla spoke on Monday. Egypt stopped exporting gas "
            "to Jordan in May, two months after it broke off diplomatic relations with Amman.",
            "SANCTION",
            "161",
            EGYPT,
            JORDAN,
        ),
        (
            "Serbia wholly rejects, and does not recognise, the ruling of the International "
            "Court of Justice.",
            "REJECT",
            "120",
            SERBIA,
            ICJ,
        ),
        (
            "The Greek parliament voted on Friday to lift the country's veto on Albania's "
            "accession talks.",
            "CONCEDE",
            "080",
            GREECE,
            ALBANIA,
        ),
        (
            "The Hungarian parliament voted on Monday to lift the country's veto on Ukraine's "
            "accession.",
            "CONCEDE",
            "080",
            HUNGARY,
            UKRAINE,
        ),
        (
            "Georgia has released four Turkish truck drivers it detained last month.",
            "CONCEDE",
            "0841",
            GEORGIA,
            TURKEY,
        ),
        (
            "Georgia released three Armenian fishermen on Tuesday.",
            "CONCEDE",
            "0841",
            GEORGIA,
            ARMENIA,
        ),
        (
            "The Canadian arms embargo against Israel has been in force since 2024.",
            "SANCTION",
            "163",
            CANADA,
            ISRAEL,
        ),
    ],
)
def test_act_found(text: str, kind: str, code: str, actor: str, recipient: str) -> None:
    assert _has(text, kind, code, actor, recipient), _events(text)


def test_standing_embargo_has_its_start() -> None:
    found = _events("The American trade embargo on Venezuela has been in place since 2019.")
    assert any(
        t == "SANCTION" and a == {USA} and VENEZUELA in r and "2019" in d for t, a, r, _, d in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        # negated, hypothetical, question, a threat
        "Egypt did not suspend its friendship treaty with Sudan.",
        "Russia could stop pumping gas to Moldova next winter.",
        "Russia did not stop pumping gas to Moldova.",
        "Will Russia stop pumping gas to Moldova?",
        "Serbia does not reject the ruling of the International Court of Justice.",
        "Would Serbia reject the ruling of the International Court of Justice?",
        "The Greek parliament did not vote to lift the country's veto on Albania's accession "
        "talks.",
        "The Greek parliament voted against a motion to lift the country's veto on Albania's "
        "accession talks.",
        "Will the Greek parliament vote to lift its veto on Albania's accession talks?",
        "Georgia has not released the four Turkish truck drivers.",
        "Georgia could release four Turkish truck drivers next week.",
        "Georgia hired four Turkish truck drivers last month.",
        "Is the American trade embargo on Venezuela still in place?",
        "The American trade embargo on Venezuela has not been in place since 2019.",
        # a signing, no suspension
        "Egypt signed a friendship treaty with Sudan.",
    ],
)
def test_near_misses_find_nothing(text: str) -> None:
    found = _events(text)
    assert not [e for e in found if e[0] in {"SANCTION", "REJECT", "CONCEDE"}], found


def test_it_is_never_the_minister() -> None:
    found = _events(
        "Mexican Energy Secretary Rocio Nahle spoke on Monday. She said gas flows were stable, "
        "two months after it broke off diplomatic relations with Quito."
    )
    assert not [e for e in found if e[0] == "SANCTION"], found


def test_a_speaker_of_the_embargo_is_not_its_owner() -> None:
    found = _events(
        "Venezuela said the American trade embargo on Venezuela has been in place since 2019."
    )
    assert not [e for e in found if e[0] == "SANCTION" and e[1] == {VENEZUELA}], found


def test_their_release_is_asked_of_the_detainer() -> None:
    found = _events(
        "Turkey detained three Greek fishermen last week. Athens had repeatedly demanded their "
        "release."
    )
    assert any(
        t == "REQUEST" and a == {GREECE} and TURKEY in r and c == "1053" for t, a, r, c, _ in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey detained three Greek fishermen last week. Athens has not demanded their release.",
        "Greece praised Turkey last week. Athens had repeatedly demanded their release.",
    ],
)
def test_their_release_near_misses(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "REQUEST"], _events(text)


def test_blocking_the_start_of_talks_is_a_veto_with_its_start() -> None:
    found = _events(
        "Greece had blocked the start of accession talks with Albania since March 2019."
    )
    assert any(
        t == "REJECT" and a == {GREECE} and ALBANIA in r and c == "129" and "2019-03" in d
        for t, a, r, c, d in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Greece has not blocked the start of accession talks with Albania.",
        "Could Greece block the start of accession talks with Albania?",
    ],
)
def test_blocking_near_misses(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "REJECT"], _events(text)


def test_the_court_is_the_court_named_before() -> None:
    found = _events(
        "Serbia filed a case at the International Court of Justice in March. Serbia rejects the "
        "findings of the Court in this matter."
    )
    assert any(t == "REJECT" and a == {SERBIA} and ICJ in r for t, a, r, _, _ in found), found


def test_a_third_partys_release_is_its_own() -> None:
    found = _events("Georgia said Armenia had released two Turkish truck drivers.")
    assert not [e for e in found if e[0] == "CONCEDE" and e[1] == {GEORGIA}], found
