"""Concessions and permissions in humanitarian and consular news (session 36, release): the
ways a release of a state's people, an unfreezing of its money and a visa-free entry are told.

The sentences are written for this session in wire, agency and ministry styles (none from a
gold set). Conventions followed (ANNOTATION.md §4, §5 and the earlier sessions'):

- A release of a state's people by another is CONCEDE 0841 to the people's state, told by
  "handed over/back", "pardoned", "granted clemency to" as by "freed" (only another state's
  people: a state pardoning its own gives nothing); a count of people followed by a time word
  ("freed 215 Ukrainians late Wednesday"); each side of a swap told in one sentence is its own
  release.
- Told in the passive ("were released by Iran", "Americans freed by Iran") or by where the people
  were held ("Swedes detained in Iran were freed", "were granted clemency", "Americans who were
  imprisoned in Iran are coming home", "arrived home"): the holding state is the actor; a
  release the article told already is not told again.
- "Also freed were ..." adds to a release told a sentence or two before; "the ministry said the
  group included ..." to a passive release told just before, one recipient per state listed.
- A person the article named with their state's demonym ("Serbian businessman Marko Petrovic")
  and later released by a state ("Croatia released Petrovic") is a release to that state.
- Frozen money a state allowed to be moved or transferred is CONCEDE 085 to the money's state.
- Visa-free entry a host "allows" the citizens of listed states is one Permission
  (VisaFreeEntry) per state; "will allow" is told as the policy (as "will be able to stay
  without a visa", a spent set's gold); a resumed visa exemption is a Permission from the day it
  resumed, and CONCEDE 081 to the states listed.
- Negations, plans and possibilities give nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys, typed_events

DAY = dt.date(2024, 3, 15)

BELARUS, LITHUANIA, VENEZUELA, COLOMBIA, CUBA, CANADA = "Q184", "Q37", "Q717", "Q739", "Q241", "Q16"
AZERBAIJAN, ARMENIA, NORTH_KOREA, JAPAN, IRAN, SWEDEN = "Q227", "Q399", "Q423", "Q17", "Q794", "Q34"
NICARAGUA, ARGENTINA, CHILE, SUDAN, TURKEY, GERMANY = "Q811", "Q414", "Q298", "Q1049", "Q43", "Q183"
BRAZIL, MEXICO, CROATIA, SERBIA, SOUTH_KOREA = "Q155", "Q96", "Q224", "Q403", "Q884"
THAILAND, INDIA, KAZAKHSTAN, INDONESIA, PHILIPPINES = "Q869", "Q668", "Q232", "Q252", "Q928"
VIETNAM, CHINA, PAKISTAN, MYANMAR = "Q881", "Q148", "Q843", "Q836"

RELEASES = [
    # 1. a release told by another verb, and a count with a time word after it
    (
        "Belarus freed 12 Lithuanians early Tuesday, while Lithuania handed over nine Belarusian "
        "prisoners, officials in Vilnius said.",
        [
            ("CONCEDE", {BELARUS}, {LITHUANIA}, "0841"),
            ("CONCEDE", {LITHUANIA}, {BELARUS}, "0841"),
        ],
    ),
    (
        "Venezuela handed back 14 Colombian soldiers on Sunday.",
        [("CONCEDE", {VENEZUELA}, {COLOMBIA}, "0841")],
    ),
    (
        "In return, Havana granted clemency to three Canadians convicted of drug offences.",
        [("CONCEDE", {CUBA}, {CANADA}, "0841")],
    ),
    (
        "Azerbaijan pardoned 15 Armenian detainees on Friday.",
        [("CONCEDE", {AZERBAIJAN}, {ARMENIA}, "0841")],
    ),
    # 2. the passive, by the releasing state or by where the people were held
    (
        "Two Japanese citizens were released by North Korea on Monday.",
        [("CONCEDE", {NORTH_KOREA}, {JAPAN}, "0841")],
    ),
    (
        "Four Swedish tourists detained in Iran were freed on Wednesday.",
        [("CONCEDE", {IRAN}, {SWEDEN}, "0841")],
    ),
    (
        "Three Swedes held for months in Iran landed in Stockholm on Monday, freed under an "
        "amnesty.",
        [("CONCEDE", {IRAN}, {SWEDEN}, "0841")],
    ),
    (
        "Today, three Canadians who were imprisoned in China are finally coming home.",
        [("CONCEDE", {CHINA}, {CANADA}, "0841")],
    ),
    (
        "Four Indian nationals held in Pakistan were granted clemency on Monday.",
        [("CONCEDE", {PAKISTAN}, {INDIA}, "0841")],
    ),
    (
        "Twelve Thai fishermen who had been detained in Myanmar arrived home on Tuesday.",
        [("CONCEDE", {MYANMAR}, {THAILAND}, "0841")],
    ),
    # 3. more of those released, a sentence or two on
    (
        "Nicaragua released Brazilian priest Joao Silva on Thursday. He flew to Rome the same "
        "day, church officials said. Also freed were Argentine journalist Pablo Ruiz and Chilean "
        "activist Ana Soto.",
        [("CONCEDE", {NICARAGUA}, {ARGENTINA, CHILE}, "0841")],
    ),
    (
        "Egypt said that 20 foreign nationals had been released by Sudan and flown to Cairo. "
        "The ministry said the group included six Turkish citizens, four Germans and one "
        "national each of Brazil and Mexico.",
        [("CONCEDE", {SUDAN}, {TURKEY, GERMANY, BRAZIL, MEXICO}, "0841")],
    ),
    # 4. a person named before with their state's demonym
    (
        "Serbia freed Croatian cyclist Ivan Horvat on Monday in exchange for Serbian "
        "businessman Marko Petrovic. Croatia released Petrovic, who had been serving a ten-year "
        "sentence.",
        [("CONCEDE", {CROATIA}, {SERBIA}, "0841")],
    ),
    # 5. frozen money let go
    (
        "Seoul allowed $2 billion in frozen Iranian funds to be transferred to Oman.",
        [("CONCEDE", {SOUTH_KOREA}, {IRAN}, "085")],
    ),
    # 6. a visa exemption resumed
    (
        "Thailand resumed its 30-day visa exemption for ordinary passport holders from India and "
        "Kazakhstan on May 1, restoring a scheme suspended during the pandemic.",
        [("CONCEDE", {THAILAND}, {INDIA, KAZAKHSTAN}, "081")],
    ),
]


@pytest.mark.parametrize(("text", "wants"), RELEASES)
def test_release_told(text: str, wants: list[tuple[str, set[str], set[str], str]]) -> None:
    got = typed_events(text, DAY)
    for want in wants:
        assert want in got, got


NOT_RELEASES = [
    ("Iran will release five detained Swedes next week.", "CONCEDE"),
    ("Belarus did not hand over the nine Lithuanian prisoners.", "CONCEDE"),
    ("Lukashenko pardoned 18 Belarusian prisoners.", "CONCEDE"),
    ("Two Japanese citizens could be released by North Korea soon.", "CONCEDE"),
    ("Four Swedish tourists held in Iran were not freed.", "CONCEDE"),
    ("Three Swedes held in Iran will be freed next month.", "CONCEDE"),
    ("Two Britons held in Iran could soon be coming home.", "CONCEDE"),
    ("Two Britons held in Iran are not coming home.", "CONCEDE"),
    ("Croatia released Petrovic, who had been serving a ten-year sentence.", "CONCEDE"),
    ("Seoul refused to allow frozen Iranian funds to be transferred to Oman.", "CONCEDE"),
    ("Seoul will allow $2 billion in frozen Iranian funds to be moved to Oman.", "CONCEDE"),
    ("Thailand suspended its visa exemption for passport holders from India.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_RELEASES)
def test_release_not_told(text: str, kind: str) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == kind]
    assert not got, got


def _permissions(text: str) -> dict[str, tuple[str, ...]]:
    """grantee -> start date of each VisaFreeEntry Permission the text gives."""
    return {
        q: tuple(str(v) for v in f.get("startDate"))
        for f in facts(text, DAY)
        if f.cls.value == "Permission"
        for q in keys(f.get("grantee"))
    }


def test_visa_free_allowed_to_each_state_listed() -> None:
    text = (
        "Indonesia will allow citizens of the Philippines, Vietnam and Brazil to enter the "
        "country without a visa for up to 30 days."
    )
    assert set(_permissions(text)) == {PHILIPPINES, VIETNAM, BRAZIL}


def test_visa_free_allowed_grantor_named_again() -> None:
    text = "Türkiye now allows Mexican nationals to enter Türkiye without a visa."
    assert set(_permissions(text)) == {MEXICO}


def test_visa_exemption_resumed_starts_that_day() -> None:
    text = (
        "Thailand resumed its 30-day visa exemption for ordinary passport holders from India and "
        "Kazakhstan on May 1, restoring a scheme suspended during the pandemic."
    )
    got = _permissions(text)
    assert set(got) == {INDIA, KAZAKHSTAN}
    assert all(start and start[0].startswith("2024-05-01") for start in got.values()), got


def test_visa_restored_not_dated_by_its_suspension() -> None:
    text = "Japan restored visa-free entry for citizens of Brazil, which it had suspended in 2020."
    got = _permissions(text)
    assert set(got) == {BRAZIL}
    assert not got[BRAZIL], got


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia could allow citizens of the Philippines to enter without a visa.",
        "Indonesia will not allow citizens of Vietnam to enter without a visa.",
        "Thailand suspended its visa exemption for passport holders from India.",
        "Thailand has not resumed visa-free entry for citizens of India.",
    ],
)
def test_no_visa_permission(text: str) -> None:
    assert not _permissions(text)
