"""People written otherwise than the KB writes them (session 14, names): another romanisation
of a KB officeholder's given name and surname ("Garibashvili" for "Gharibashvili",
"Zourabichvili" for "Zurabishvili", "Nazarbaev" for "Nazarbayev") and a name written short
("Abiy Ahmed" for "Abiy Ahmed Ali", "Bilawal Bhutto" for "Bilawal Bhutto Zardari") link when
the one KB person so named holds, on the article date, the office the title names (or any
office, untitled); never a namesake whose given name differs, one out of office, one whose
office the title contradicts, nor one of two KB people sharing the key."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract.spellings import spelling_key
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts

DAY = dt.date(2023, 5, 10)
EARLY = dt.date(2017, 5, 3)
GHARIBASHVILI, ZURABISHVILI, NAZARBAYEV, ABIY = "Q6066533", "Q272416", "Q57394", "Q50365049"
BHUTTO, ESPOT, BOGDANOVS = "Q244338", "Q21001195", {"Q106400345", "Q110223669"}
GEORGIA, KAZAKHSTAN, ETHIOPIA, PAKISTAN, ANDORRA = "Q230", "Q232", "Q115", "Q843", "Q228"


def _qid(value: object) -> str:
    assert isinstance(value, Entity)
    return value.qid or value.label


def _people(text: str, date: dt.date = DAY) -> set[str]:
    """Every person a fact of the text names (holders and participants)."""
    out: set[str] = set()
    for fact in facts(text, date):
        for role in ("holder", "participant", "actor", "recipient"):
            out |= {_qid(v) for v in fact.get(role)}
    return out


def _tenure(text: str, holder: str, date: dt.date = DAY) -> Fact:
    (tenure,) = [
        f
        for f in facts(text, date)
        if f.cls.value == "Tenure" and _qid(f.get("holder")[0]) == holder
    ]
    return tenure


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Garibashvili", "Gharibashvili"),
        ("Zourabichvili", "Zurabishvili"),
        ("Shoigu", "Shoygu"),
        ("Tokaev", "Tokayev"),
        ("Nazarbaev", "Nazarbayev"),
        ("Lukashenka", "Lukashenko"),
        ("Zelenskiy", "Zelenskyy"),
        ("Zelensky", "Zelenskyy"),
        ("Mirziyoev", "Mirziyoyev"),
        ("Erdogan", "Erdoğan"),
        ("Dzhaparov", "Japarov"),
        ("Kuleba", "Kuleba"),
        ("Lavroff", "Lavrov"),
        ("Aliev", "Aliyev"),
    ],
)
def test_romanisations_of_one_name_share_a_key(a: str, b: str) -> None:
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize(("a", "b"), [("Garibashvili", "Gabashvili"), ("Tokaev", "Tokarev")])
def test_other_names_keep_other_keys(a: str, b: str) -> None:
    assert spelling_key(a) != spelling_key(b)


@pytest.mark.parametrize(
    ("text", "holder", "state", "date"),
    [
        (
            "Prime Minister Irakli Garibashvili met Azerbaijani President Ilham Aliyev in Baku.",
            GHARIBASHVILI,
            GEORGIA,
            DAY,
        ),
        (
            "Georgian President Salome Zourabichvili received the Lithuanian foreign minister.",
            ZURABISHVILI,
            GEORGIA,
            DAY,
        ),
        (
            "Salome Zourabichvili, the President of Georgia, hosted the Polish delegation.",
            ZURABISHVILI,
            GEORGIA,
            DAY,
        ),
        (
            "President Nursultan Nazarbaev met Russian President Vladimir Putin in Astana.",
            NAZARBAYEV,
            KAZAKHSTAN,
            dt.date(2017, 5, 10),
        ),
        (
            "Kazakhstan's President Nursultan Nazarbaev has arrived in Beijing for talks.",
            NAZARBAYEV,
            KAZAKHSTAN,
            dt.date(2016, 9, 2),
        ),
        (
            "Ethiopian Prime Minister Abiy Ahmed received the Kenyan delegation in Addis Ababa.",
            ABIY,
            ETHIOPIA,
            DAY,
        ),
        (
            "Prime Minister Abiy Ahmed spoke with President William Ruto on the phone.",
            ABIY,
            ETHIOPIA,
            DAY,
        ),
        (
            "Pakistani Foreign Minister Bilawal Bhutto visited Moscow last week.",
            BHUTTO,
            PAKISTAN,
            DAY,
        ),
        (
            "The head of government of Andorra, Xavier Espot, met the French envoy.",
            ESPOT,
            ANDORRA,
            DAY,
        ),
    ],
)
def test_a_name_written_otherwise_links_to_the_officeholder(
    text: str, holder: str, state: str, date: dt.date
) -> None:
    tenure = _tenure(text, holder, date)
    assert _qid(tenure.get("jurisdiction")[0]) == state


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani President Ilham Aliyev and Prime Minister Irakli Garibashvili met in Baku.",
        "Prime Minister Irakli Garibashvili held talks with Armenian Prime Minister Nikol "
        "Pashinyan in Yerevan on Tuesday.",
    ],
)
def test_the_linked_person_takes_part_in_the_meeting(text: str) -> None:
    (meeting,) = [f for f in facts(text, DAY) if f.cls.value == "Meeting"]
    assert GHARIBASHVILI in {_qid(p) for p in meeting.get("participant")}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("President William Ruto met Abiy Ahmed in Nairobi on Monday.", ABIY),
        ("Ilham Aliyev received Irakli Garibashvili in Baku on Tuesday.", GHARIBASHVILI),
        ("Mirzoyan met Salome Zourabichvili in Tbilisi on Monday.", ZURABISHVILI),
    ],
)
def test_an_untitled_name_links_to_the_one_person_in_office(text: str, person: str) -> None:
    assert person in _people(text)


def test_an_untitled_name_out_of_office_stays_unlinked() -> None:
    assert GHARIBASHVILI not in _people("Ilham Aliyev received Irakli Garibashvili in Baku.", EARLY)


@pytest.mark.parametrize(
    ("text", "date", "person"),
    [
        # another given name
        ("Prime Minister Giorgi Garibashvili met the delegation in Tbilisi.", DAY, GHARIBASHVILI),
        ("Georgian President Nino Zourabichvili received the envoys.", DAY, ZURABISHVILI),
        # the KB's tenure does not cover the date
        ("Prime Minister Irakli Garibashvili met the delegation in Tbilisi.", EARLY, GHARIBASHVILI),
        ("President Nursultan Nazarbaev met the delegation in Astana.", DAY, NAZARBAYEV),
        ("Ethiopian Prime Minister Abiy Ahmed met the delegation.", dt.date(2016, 5, 3), ABIY),
        # a title the KB's tenure contradicts
        ("Foreign Minister Salome Zourabichvili met the delegation in Tbilisi.", DAY, ZURABISHVILI),
        ("Armenian President Salome Zourabichvili met the delegation.", DAY, ZURABISHVILI),
        ("Kenyan Prime Minister Abiy Ahmed met the delegation in Nairobi.", DAY, ABIY),
        ("Defence Minister Abiy Ahmed met the delegation in Addis Ababa.", DAY, ABIY),
        # not a leading run of the KB name
        ("Ethiopian Prime Minister Abiy Mohammed met the delegation.", DAY, ABIY),
    ],
)
def test_no_link_without_the_name_the_date_and_the_office(
    text: str, date: dt.date, person: str
) -> None:
    assert person not in _people(text, date)


def test_two_kb_people_sharing_a_key_abstain() -> None:
    """The KB has two Belarusian officials called Alexei Bogdanov, both in office in 2023."""
    found = _people("Lavrov met Aleksei Bogdanoff in Moscow on Tuesday.")
    assert not found & BOGDANOVS
