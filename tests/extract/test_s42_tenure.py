# ruff: noqa: E501  (a table of sentences)
"""Offices of China's central organs, and the U.S. Joint Chiefs' chairman (session 42, tenure).

Sentences written for this session (none from a gold set), with invented officeholders the KB
lacks. Conventions followed (ANNOTATION.md §4, and the spent sets' coding of the same titles):

- a title of one of China's central party or state organs names China without naming it:
  "director of the (General) Office of the CPC Central Committee", "director of the Office of
  the Central Foreign Affairs Commission", "chairman of the NPC Standing Committee", "chairman
  of the CPPCC National Committee" are China's senior officials; "chief of the Joint Staff
  Department of the Central Military Commission" and its "vice chairman" are China's military
  commanders. In capitals before the name or in lower case apposed to it, and after a seat in
  the party's leading organ ("X, a member of the Political Bureau of the CPC Central Committee
  and director of ...").
- not a former office ("former director", "who was chairman ... until 2023"), nor a title with
  no name ("the director of the Office ... said"), nor another state's party organ.
- "chairman of the U.S. Joint Chiefs of Staff" apposed in lower case is the United States'
  military commander, as its capitalised form before the name is.
- "commander of the <demonym> Armed Forces / Army / Navy / Air Force" names the state's military
  commander, apposed in lower case to the name before it ("General X, commander of the Sudanese
  Armed Forces,") or capitalised before the name; not a former one ("then", "former"), not
  without a name, not a unit with no state's demonym ("commander of the Presidential Guard").

Hit rate at 307990fb (before): positives 0/15, negatives 12/12; after: all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.articles import build_article
from dipld.extract import extract
from dipld.kb.index import load_index
from tests.extract.test_patterns import keys

CHINA, US, SUDAN, NIGERIA, PERU, MYANMAR = "Q148", "Q30", "Q1049", "Q1033", "Q419", "Q836"
WIRE = "https://www.wire.example/world/story"


def _tenures(body: str, day: dt.date = dt.date(2024, 5, 14)) -> set[tuple[str, str, str]]:
    """(holder, role, jurisdiction) of each Tenure of a wire's article."""
    meta = {"title": "Story", "date": day.isoformat(), "url": WIRE}
    facts = extract(build_article(body, "t.txt", meta, b"", "t.txt"), load_index())
    return {
        (holder, str(f.get("role")[0]), place)
        for f in facts
        if f.cls.value == "Tenure"
        for holder in keys(f.get("holder"))
        for place in keys(f.get("jurisdiction"))
    }


POSITIVES = [
    (
        "Zhou Minghui, director of the Office of the Central Foreign Affairs Commission, attended the talks in Beijing.",
        ("Zhou Minghui", "SeniorOfficial", CHINA),
    ),
    (
        "Director of the General Office of the Central Committee of the Communist Party of China Zhou Minghui accompanied the president on the trip.",
        ("Zhou Minghui", "SeniorOfficial", CHINA),
    ),
    (
        "Zhou Minghui, a member of the Political Bureau of the CPC Central Committee and director of the Office of the Central Foreign Affairs Commission, met the visiting minister on Tuesday.",
        ("Zhou Minghui", "SeniorOfficial", CHINA),
    ),
    (
        "The president was accompanied by Zhou Minghui, director of the General Office of the CPC Central Committee, on the trip.",
        ("Zhou Minghui", "SeniorOfficial", CHINA),
    ),
    (
        "Chairman of the Standing Committee of the National People's Congress Li Wenhua met the parliamentary delegation.",
        ("Li Wenhua", "SeniorOfficial", CHINA),
    ),
    (
        "The forum was addressed by Li Wenhua, chairman of the CPPCC National Committee, on its opening day.",
        ("Li Wenhua", "SeniorOfficial", CHINA),
    ),
    (
        "Gao Xiaoming, chief of the Joint Staff Department of the Central Military Commission, held a video call with his counterpart.",
        ("Gao Xiaoming", "MilitaryCommander", CHINA),
    ),
    (
        "Gao Xiaoming, member of the Central Military Commission and chief of the Joint Staff Department of the commission, received the attaché.",
        ("Gao Xiaoming", "MilitaryCommander", CHINA),
    ),
    (
        "The visiting defence minister also met Gao Xiaoming, vice chairman of the Central Military Commission, in Beijing.",
        ("Gao Xiaoming", "MilitaryCommander", CHINA),
    ),
    (
        "The general spoke by telephone with Daniel R. Hartley, chairman of the U.S. Joint Chiefs of Staff, on Monday.",
        ("Daniel R. Hartley", "MilitaryCommander", US),
    ),
]


FORCES = [
    (
        "Clashes between troops loyal to General Osman Haroun, commander of the Sudanese Armed Forces, and a rival militia continued overnight.",
        ("Osman Haroun", "MilitaryCommander", SUDAN),
    ),
    (
        "The delegation was received by the Commander of the Nigerian Army, Lt. Gen. Musa Bello, in Abuja.",
        ("Musa Bello", "MilitaryCommander", NIGERIA),
    ),
    (
        "Commander of the Peruvian Navy Admiral Jorge Salcedo signed the agreement for his country.",
        ("Jorge Salcedo", "MilitaryCommander", PERU),
    ),
]
POSITIVES += FORCES
JUNTA = [
    (
        "Senior General Kyaw Zin Thant, Chairman of the State Administration Council, received the Thai envoy in Nay Pyi Taw.",
        ("Kyaw Zin Thant", "HeadOfGovernment", MYANMAR),
    ),
    (
        "The envoy was received by Chairman of the State Administration Council Senior General Kyaw Zin Thant.",
        ("Kyaw Zin Thant", "HeadOfGovernment", MYANMAR),
    ),
]
POSITIVES += JUNTA


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_organ_title(text: str, want: tuple[str, str, str]) -> None:
    assert want in _tenures(text)


NEGATIVES = [
    # a former office
    (
        "Former director of the General Office of the CPC Central Committee Zhou Minghui attended the ceremony.",
        "Zhou Minghui",
    ),
    (
        "Li Wenhua, who was chairman of the NPC Standing Committee until 2023, attended the ceremony.",
        "Li Wenhua",
    ),
    # no name: no Tenure
    (
        "The director of the Office of the Central Foreign Affairs Commission said China would respond.",
        None,
    ),
    # another state's party organ: not China's
    (
        "Tran Van Binh, director of the Office of the Communist Party of Vietnam Central Committee, attended the talks.",
        "Tran Van Binh",
    ),
    (
        "Tran Van Binh, chairman of the National Assembly Standing Committee, received the delegation.",
        "Tran Van Binh",
    ),
    # a plan, not an office held
    (
        "Zhou Minghui is expected to be named director of the Office of the Central Foreign Affairs Commission next year.",
        "Zhou Minghui",
    ),
]


FORCES_NEGATIVES = [
    (
        "The then commander of the Peruvian Air Force, General Jorge Salcedo, thanked the ambassador for the aircraft.",
        "Jorge Salcedo",
    ),
    (
        "General Musa Bello, former commander of the Nigerian Army, attended the funeral.",
        "Musa Bello",
    ),
    ("The commander of the Sudanese Armed Forces said the truce would hold.", None),
    ("General Musa Bello, commander of the Presidential Guard, attended the parade.", "Musa Bello"),
    (
        "Former chairman of the State Administration Council Kyaw Zin Thant attended the ceremony.",
        "Kyaw Zin Thant",
    ),
    ("The Chairman of the State Administration Council said the election would be delayed.", None),
]


@pytest.mark.parametrize(("text", "who"), FORCES_NEGATIVES)
def test_no_forces_commander(text: str, who: str | None) -> None:
    found = _tenures(text)
    if who is None:
        assert not found
    else:
        assert not any(h == who for h, _, _ in found)


@pytest.mark.parametrize(("text", "who"), NEGATIVES)
def test_no_organ_title(text: str, who: str | None) -> None:
    found = _tenures(text)
    if who is None:
        assert not found
    else:
        assert not any(h == who and place == CHINA for h, _, place in found)
