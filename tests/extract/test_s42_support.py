"""Praise of an outcome whose makers are told in shapes the clause rules missed, and a witness
of a signing told in a with-phrase (session 42, support).

The sentences are written for this round (none from a gold set). Conventions followed (all
earlier sessions', counted again on the development gold and the spent sets):

- Praise of an agreement the sentence says two parties reached or signed: SUPPORT 051 by the one
  who praises, the two makers as recipients (as "welcomed the agreement between Serbia and
  Kosovo" was, session 25). New here: the makers followed by the praise's judgement ("... between
  the United Kingdom and the European Union as an important step"), "agreed between" as
  "reached between", and an instrument named with a city ("the Brussels Agreement reached by ...").
- Praise of an act whose maker is told before its object: "welcomed the release by Belarus of
  two activists", "the return by Baku of 17 servicemen", "the handover by Russia of ...": the
  maker is the recipient, as "the release of two activists by Belarus" was (session 30).
- Not: the praise negated or only hoped for, a named instrument with no makers told ("welcomed
  the Paris Agreement as an important step"), a return with no maker ("the return of Syria to
  the Arab League"), the author of a draft ("the resolution drafted by France").
- Thanks told with "to" and a second party after a repeated "to" ("expressed its gratitude to
  Saudi Arabia and to the United Arab Emirates for their help", "paid tribute to Egypt and to
  Qatar"): one SUPPORT 051 to both (the gold's one such sentence so: "to His Highness the Amir
  and to the State of Qatar"). Not: a second party with its own "for" after the first's ("to
  Kenya for its offer, and to Jamaica for its pledge": the gold has two acts there; left as it
  was), nor one's own people.
- "His guest" after a sentence that tells the guest "has come to Moscow to attend ..." or "had
  travelled to Beijing for ...": the guest (guests.py; "arrived in" and "is visiting" were cues
  already), so "congratulated his guest on ..." is SUPPORT 051 to that person. Not: "has come to
  power" (no place), a meeting with no arrival told.
- A signing with another party "at their side", "by his side" or "standing behind them": that
  party witnessed it and is no signer (as "with China looking on" was, session 37). The gold's
  one such sentence has the two signers only. Still: "signed a deal with Uganda" (a co-signer).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)

MAKERS_PRAISED = [
    (
        "Germany welcomed the framework agreement reached between Armenia and Azerbaijan as a "
        "decisive step towards peace.",
        "Q183",
        {"Q399", "Q227"},
    ),
    (
        "Norway hailed the Windsor Framework agreed between the United Kingdom and the European "
        "Union on Monday.",
        "Q20",
        {"Q145", "Q458"},
    ),
    (
        "Turkey welcomed the Brussels Agreement reached by Serbia and Kosovo on Saturday.",
        "Q43",
        {"Q403", "Q1246"},
    ),
    (
        "Canada praised the accord signed by Ethiopia and Eritrea as a historic achievement.",
        "Q16",
        {"Q115", "Q986"},
    ),
    (
        "Japan welcomed the release by Belarus of three opposition journalists.",
        "Q17",
        {"Q184"},
    ),
    (
        "The Kremlin welcomed the return by Azerbaijan of 12 Armenian soldiers to Yerevan.",
        "Q159",
        {"Q227"},
    ),
    (
        "Poland praised the handover by Ukraine of the remains of two pilots.",
        "Q36",
        {"Q212"},
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipients"), MAKERS_PRAISED)
def test_makers_praised(text: str, actor: str, recipients: set[str]) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", {actor}, recipients, "051") in got, got


NOT_MAKERS_PRAISED = [
    "Germany did not welcome the framework agreement reached between Armenia and Azerbaijan as "
    "a step towards peace.",
    "Japan would welcome the release by Belarus of three opposition journalists.",
    "Japan called for the release by Belarus of three opposition journalists.",
    "Germany welcomed the Paris Agreement as an important step.",
    "Germany welcomed the return of Syria to the Arab League.",
    "Germany welcomed the resolution drafted by France as an important step.",
]


@pytest.mark.parametrize("text", NOT_MAKERS_PRAISED)
def test_not_makers_praised(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT" and g[3] == "051"]
    assert not got, got


WITNESSED = [
    (
        "President William Ruto and President Yoweri Museveni signed the pipeline accord on "
        "Friday, with President Samia Suluhu Hassan at their side.",
        {"Q195725", "Q57274"},
    ),
    (
        "President William Ruto signed the memorandum on Friday with President Yoweri Museveni "
        "by his side.",
        {"Q195725"},
    ),
    (
        "Prime Minister Abiy Ahmed and President Isaias Afwerki signed the declaration in Jeddah, "
        "with King Salman standing behind them.",
        {"Q50365049", "Q57348"},
    ),
]


@pytest.mark.parametrize(("text", "signers"), WITNESSED)
def test_witness_no_signer(text: str, signers: set[str]) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT" and g[3] == "057"]
    assert got, got
    assert all(g[1] == signers for g in got), got


def test_co_signer_kept() -> None:
    got = typed_events("President William Ruto signed a security agreement with Uganda.", DAY)
    assert ("SUPPORT", {"Q195725", "Q1036"}, set(), "057") in got, got


AND_TO = [
    (
        "Egypt expressed its deep gratitude to Saudi Arabia and to the United Arab Emirates for "
        "their generous help.",
        "Q79",
        {"Q851", "Q878"},
    ),
    ("Jordan paid tribute to Egypt and to Qatar for their mediation.", "Q810", {"Q79", "Q846"}),
    ("Canada sent messages of congratulations to Chile and to Peru.", "Q16", {"Q298", "Q419"}),
]


@pytest.mark.parametrize(("text", "actor", "recipients"), AND_TO)
def test_thanks_and_to(text: str, actor: str, recipients: set[str]) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", {actor}, recipients, "051") in got, got


def test_thanks_and_to_each_for() -> None:
    got = typed_events(
        "Egypt expressed its gratitude to Saudi Arabia for its help, and to the United Arab "
        "Emirates for its loans.",
        DAY,
    )
    assert ("SUPPORT", {"Q79"}, {"Q851", "Q878"}, "051") not in got, got


def test_thanks_and_to_not_negated() -> None:
    got = typed_events(
        "Egypt did not express its gratitude to Saudi Arabia and to the United Arab Emirates.",
        DAY,
    )
    assert not [g for g in got if g[0] == "SUPPORT"], got


GUEST_CAME = [
    (
        "Vladimir Putin met President of Laos Thongloun Sisoulith, who has come to Moscow to "
        "attend the Victory Day celebrations. Putin congratulated his guest on Laos's "
        "chairmanship of ASEAN.",
        "Q7747",
        "Q58323",
    ),
    (
        "Xi Jinping held talks with President of Kazakhstan Kassym-Jomart Tokayev, who had "
        "travelled to Beijing for the Belt and Road Forum. Xi thanked his guest for Kazakhstan's "
        "support.",
        "Q15031",
        "Q200881",
    ),
]


@pytest.mark.parametrize(("text", "actor", "guest"), GUEST_CAME)
def test_guest_who_came(text: str, actor: str, guest: str) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", {actor}, {guest}, "051") in got, got


NO_GUEST_CAME = [
    "Vladimir Putin met President of Laos Thongloun Sisoulith, who has come to power after the "
    "election. Putin congratulated his guest on the result.",
    "Vladimir Putin met President of Laos Thongloun Sisoulith. Putin congratulated his guest on "
    "Laos's chairmanship of ASEAN.",
]


@pytest.mark.parametrize("text", NO_GUEST_CAME)
def test_no_guest_who_came(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT"]
    assert not got, got
