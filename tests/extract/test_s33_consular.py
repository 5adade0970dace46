"""Humanitarian and consular acts: prisoners exchanged and freed, their mediators, relief sent,
visa-free entry granted, migration agreements signed, evacuations (session 33, consular).

The sentences are written for this session in wire, agency and ministry styles (none from a
gold set). Conventions followed (all earlier sessions' except where said):

- A prisoner exchange is CONCEDE 0841 with both sides as actors and no recipient (session 25's
  "exchanged prisoners"); told by its noun too ("carried out a prisoner exchange", "a prisoner
  swap between A and B took place": new here); a release of a state's people is CONCEDE 0841 to
  their state (session 30). Its mediator is CONSULT 045 to both sides ("brokered by", "with the
  mediation of"). Exchanges under discussion, expected or possible give nothing.
- Relief sent, delivered or allocated is AID 073 to the state it goes to; promised or future
  aid is AGREE 033 (ANNOTATION.md §5).
- Evacuations give no event: one's own citizens evacuated is no act on another state (sessions
  16, 31, 32: "help in evacuating its citizens" is no aid), and the states of "nationals of 12
  countries" are not named; the evacuated-from state is neither recipient nor target.
- Visa-free entry granted is a Permission (dipld:VisaFreeEntry, session 30) of the host to
  *each* state listed ("citizens of France, Germany and Italy": new here, only the first was
  read); "will grant" stays AGREE to each (future); a lifted visa requirement is CONCEDE 081;
  a suspended visa facilitation agreement a SANCTION of the suspender with the TreatyRelation.
- Migration partnerships and agreements signed as news: SUPPORT 057 by the signatories and a
  TreatyRelation (ANNOTATION.md §4, §5).

Hit rate at 5def48c4 (before): positives 21/25, negatives 12/12, visa checks 1/2.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys, typed_events

DAY = dt.date(2023, 9, 22)

RUSSIA, USA, UKRAINE, IRAN, UK, QATAR = "Q159", "Q30", "Q212", "Q794", "Q145", "Q846"
UAE, ARMENIA, AZERBAIJAN, SYRIA, TURKEY, KUWAIT = "Q878", "Q399", "Q227", "Q858", "Q43", "Q817"
CHINA, FRANCE, GERMANY, ITALY, SPAIN, JAPAN = "Q148", "Q142", "Q183", "Q38", "Q29", "Q17"
RWANDA, ALBANIA, EU, KAZAKHSTAN, SUDAN, VENEZUELA = "Q1037", "Q222", "Q458", "Q232", "Q1049", "Q717"
SAUDI, BELARUS, THAILAND, ALGERIA, IRAQ = "Q851", "Q184", "Q869", "Q262", "Q796"

POSITIVES = [
    # 1. exchanges told by their verb and by their noun
    (
        "Russia and the United States exchanged prisoners in Abu Dhabi on Thursday.",
        ("CONCEDE", {RUSSIA, USA}, set(), "0841"),
    ),
    (
        "Ukraine and Russia swapped 215 prisoners of war on Saturday, Kyiv said.",
        ("CONCEDE", {RUSSIA, UKRAINE}, set(), "0841"),
    ),
    (
        "Russia and Ukraine carried out a prisoner exchange on Friday, the first in two months.",
        ("CONCEDE", {RUSSIA, UKRAINE}, set(), "0841"),
    ),
    (
        "Russia and Ukraine held a prisoner swap on Friday.",
        ("CONCEDE", {RUSSIA, UKRAINE}, set(), "0841"),
    ),
    (
        "Russia and Ukraine conducted their largest prisoner exchange of the war on Saturday.",
        ("CONCEDE", {RUSSIA, UKRAINE}, set(), "0841"),
    ),
    (
        "A prisoner exchange between Armenia and Azerbaijan took place on Saturday.",
        ("CONCEDE", {ARMENIA, AZERBAIJAN}, set(), "0841"),
    ),
    # 2. releases of a state's people
    (
        "Iran released five detained Americans on Monday.",
        ("CONCEDE", {IRAN}, {USA}, "0841"),
    ),
    (
        "Iran freed British aid worker Nazanin Zaghari-Ratcliffe on Wednesday.",
        ("CONCEDE", {IRAN}, {UK}, "0841"),
    ),
    (
        "Venezuela freed 10 Americans, including six held for years, in exchange for Alex Saab.",
        ("CONCEDE", {VENEZUELA}, {USA}, "0841"),
    ),
    (
        "Iran released five Americans held in Tehran, while the United States freed five Iranians.",
        ("CONCEDE", {USA}, {IRAN}, "0841"),
    ),
    (
        "Türkiye handed over 20 Iraqi citizens to Iraq on Tuesday.",
        ("CONCEDE", {TURKEY}, {IRAQ}, "0841"),
    ),
    # 3. mediators
    (
        "Russia and Ukraine swapped 106 prisoners of war in a deal brokered by the United Arab "
        "Emirates.",
        ("CONSULT", {UAE}, {RUSSIA, UKRAINE}, "045"),
    ),
    (
        "Ukraine and Russia exchanged 230 prisoners of war thanks to mediation by the United "
        "Arab Emirates.",
        ("CONSULT", {UAE}, {RUSSIA, UKRAINE}, "045"),
    ),
    (
        "Qatar mediated the prisoner exchange between Iran and the United States.",
        ("CONSULT", {QATAR}, {IRAN, USA}, "045"),
    ),
    # 4. relief
    (
        "The United Arab Emirates sent 100 million dollars in relief to Syria and Türkiye after "
        "the earthquake.",
        ("AID", {UAE}, {SYRIA, TURKEY}, "073"),
    ),
    (
        "Kuwait delivered 30 tonnes of humanitarian aid to Syria on Tuesday.",
        ("AID", {KUWAIT}, {SYRIA}, "073"),
    ),
    (
        "Algeria sent a plane carrying 115 tonnes of relief supplies to Syria.",
        ("AID", {ALGERIA}, {SYRIA}, "073"),
    ),
    (
        "The United States announced 50 million dollars in humanitarian assistance for Sudan.",
        ("AID", {USA}, {SUDAN}, "073"),
    ),
    # 5. aid to come: AGREE
    (
        "Japan pledged 5 million dollars in humanitarian aid to Türkiye.",
        ("AGREE", {JAPAN}, {TURKEY}, "033"),
    ),
    (
        "Japan will provide 5 million dollars in emergency aid to Türkiye.",
        ("AGREE", {JAPAN}, {TURKEY}, "033"),
    ),
    # 6. visas
    (
        "Kazakhstan lifted visa requirements for citizens of Japan.",
        ("CONCEDE", {KAZAKHSTAN}, {JAPAN}, "081"),
    ),
    (
        "The European Union suspended its visa facilitation agreement with Russia on Friday.",
        ("SANCTION", {EU}, {RUSSIA}, "160"),
    ),
    (
        "China will grant visa-free entry to citizens of France, Germany, Italy and Spain from "
        "1 December.",
        ("AGREE", {CHINA}, {FRANCE, GERMANY, ITALY, SPAIN}, "033"),
    ),
    # 7. migration agreements
    (
        "Britain and Rwanda signed a migration partnership on Thursday.",
        ("SUPPORT", {UK, RWANDA}, set(), "057"),
    ),
    (
        "Italy and Albania signed a migration agreement on Monday.",
        ("SUPPORT", {ITALY, ALBANIA}, set(), "057"),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_consular_told(text: str, want: tuple[str, set[str], set[str], str]) -> None:
    got = typed_events(text, DAY)
    assert want in got, got


NEGATIVES = [
    # exchanges and releases not (yet) done
    ("The release of the prisoners is expected next week.", "CONCEDE"),
    ("A prisoner exchange between Russia and Ukraine is under discussion.", "CONCEDE"),
    ("Iran did not release the detained Americans.", "CONCEDE"),
    ("Russia and Ukraine could swap more prisoners soon.", "CONCEDE"),
    ("Russia and Ukraine discussed a possible prisoner exchange on Friday.", "CONCEDE"),
    # evacuations: no act on the state evacuated from, no aid
    ("Saudi Arabia evacuated 157 people, including nationals of 12 countries, from Sudan.", ""),
    ("The U.S. military evacuated embassy staff from Khartoum on Sunday.", ""),
    ("Jordan evacuated 343 of its citizens from Sudan on Monday, the foreign ministry said.", ""),
    ("India evacuated its nationals from Israel on Friday.", ""),
    # aid with no state acting
    ("Aid convoys entered Gaza through Rafah on Saturday.", ""),
    # aid to come is no AID
    ("Germany promised 50 million euros in humanitarian aid to Syria.", "AID"),
    ("There is no visa-free regime between Russia and Georgia yet.", ""),
]


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_consular_not_told(text: str, kind: str) -> None:
    got = [e for e in typed_events(text, DAY) if not kind or e[0] == kind]
    assert not got, got


def _grantees(text: str) -> set[str]:
    return {
        q
        for f in facts(text, DAY)
        if f.cls.value == "Permission" and keys(f.get("grantor")) == {CHINA}
        for q in keys(f.get("grantee"))
    }


def test_visa_free_each_state_listed() -> None:
    text = "China has granted visa-free entry to citizens of France, Germany, Italy and Spain."
    assert _grantees(text) == {FRANCE, GERMANY, ITALY, SPAIN}


def test_visa_free_to_come_is_no_permission() -> None:
    text = "China will grant visa-free entry to citizens of France and Germany."
    assert not _grantees(text)
