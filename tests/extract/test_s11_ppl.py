"""People the KB does not know, named after a style or title: military ranks ("Senior General"),
an heir's style ("Crown Prince"), family names spelled like function words ("To Lam"), and the
state of a host titled without one in a visit abroad."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts

MAY_2023 = dt.date(2023, 5, 20)


def _people(found: list[Fact], cls: str, role: str) -> list[set[str]]:
    return [
        {v.qid or v.label for v in f.get(role) if isinstance(v, Entity)}
        for f in found
        if f.cls.value == cls
    ]


def meetings(body: str) -> list[set[str]]:
    return _people(facts(body, MAY_2023), "Meeting", "participant")


def tenures(body: str) -> dict[str, set[str]]:
    """holder -> jurisdictions of the article's Tenures."""
    out: dict[str, set[str]] = {}
    for f in facts(body, MAY_2023):
        if f.cls.value != "Tenure":
            continue
        for holder in f.get("holder"):
            assert isinstance(holder, Entity)
            places = {v.qid or v.label for v in f.get("jurisdiction") if isinstance(v, Entity)}
            out.setdefault(holder.qid or holder.label, set()).update(places)
    return out


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Japanese Foreign Minister Yoshimasa Hayashi met Senior General Min Aung Hlaing in "
            "Naypyidaw on Friday.",
            "Min Aung Hlaing",
        ),
        (
            "Chinese Foreign Minister Qin Gang met Major General Kyaw Zaw Oo in Yangon.",
            "Kyaw Zaw Oo",
        ),
        (
            "Indian Prime Minister Narendra Modi held talks with Field Marshal Khalifa Haftar in "
            "Benghazi.",
            "Khalifa Haftar",
        ),
        (
            "Chinese Foreign Minister Qin Gang met Crown Prince Hussein bin Abdullah in Amman.",
            "Hussein bin Abdullah",
        ),
        ("General Secretary To Lam met President Joe Biden in Hanoi.", "To Lam"),
        (
            "President To Lam held talks with Chinese President Xi Jinping in Beijing.",
            "To Lam",
        ),
        (
            "Ambassador An Ho-young met the Foreign Minister of Belarus, Vladimir Makei.",
            "An Ho-young",
        ),
    ],
)
def test_a_styled_or_titled_name_the_kb_lacks_is_a_participant(body: str, name: str) -> None:
    assert any(name in people for people in meetings(body)), meetings(body)


def test_a_rank_is_no_office() -> None:
    # "Senior General" is a style: the person meets, but holds no office by it
    body = "Japanese Foreign Minister Yoshimasa Hayashi met Senior General Min Aung Hlaing."
    assert "Min Aung Hlaing" not in tenures(body)


@pytest.mark.parametrize(
    "body",
    [
        # a title-case line: "To" is the word, not a name
        "President To Attend Summit In Paris",
        "Prime Minister To Visit Japan Next Week",
        "The President To the surprise of many met Macron.",
        "The Minister Counsellor met the ambassador in Paris.",
        "Foreign Minister Meeting was held in Jakarta.",
    ],
)
def test_no_person_from_a_title_and_a_common_word(body: str) -> None:
    people = {p for ps in meetings(body) for p in ps} | set(tenures(body))
    assert not {"To Attend", "To Visit", "To", "Counsellor", "Meeting"} & people, people


def test_an_organisations_office_stays_its_own() -> None:
    body = "Secretary General of NATO Jens Stoltenberg met President Zelensky in Kyiv."
    found = tenures(body)
    assert all("of NATO" not in holder for holder in found)
    assert {"Q7184"} in found.values()


@pytest.mark.parametrize(
    ("body", "holder", "state"),
    [
        (
            "External Affairs Minister S. Jaishankar visited Bagan, Myanmar, for talks with "
            "Foreign Minister Than Swe.",
            "Than Swe",
            "Q836",
        ),
        (
            "Japanese Foreign Minister Yoshimasa Hayashi visited Myanmar and met Foreign Minister "
            "Than Swe.",
            "Than Swe",
            "Q836",
        ),
        (
            "Foreign Minister Wang Yi arrived in Naypyidaw for talks with Deputy Prime Minister "
            "Than Swe.",
            "Than Swe",
            "Q836",
        ),
        (
            "During his visit to Vietnam, Blinken met Deputy Prime Minister Tran Luu Quang.",
            "Tran Luu Quang",
            "Q881",
        ),
        (
            "Indian Foreign Minister S. Jaishankar visited Moscow and met Deputy Foreign Minister "
            "Andrei Rudenko.",
            "Andrei Rudenko",
            "Q159",
        ),
    ],
)
def test_a_host_titled_without_a_state_holds_the_visited_states_office(
    body: str, holder: str, state: str
) -> None:
    assert tenures(body).get(holder) == {state}


@pytest.mark.parametrize(
    ("body", "holder"),
    [
        # two states visited: whose minister is not said
        (
            "Russian Foreign Minister Sergey Lavrov visited Myanmar and Thailand for talks with "
            "Foreign Minister Than Swe.",
            "Than Swe",
        ),
        # no visit: a meeting in a city may be at a third country's venue
        ("Foreign Minister Than Swe met Thai Foreign Minister Don Pramudwinai.", "Than Swe"),
        (
            "Indian Prime Minister Narendra Modi met Prime Minister Tran Luu Quang in Tokyo.",
            "Tran Luu Quang",
        ),
        # an ambassador in the state visited is rarely its own
        ("Indian Ambassador Pradeep Kumar visited Myanmar and met Ambassador Ko Ko.", "Ko Ko"),
        # the visitor of the state named: who else's office it is, is not said
        (
            "Myanmar's Foreign Minister Than Swe visited Thailand and India and met Deputy "
            "Minister Kyaw Moe.",
            "Kyaw Moe",
        ),
    ],
)
def test_no_host_state_when_the_visit_does_not_say_it(body: str, holder: str) -> None:
    assert not tenures(body).get(holder)


def _events(body: str) -> list[set[str]]:
    return _people(facts(body, MAY_2023), "Event", "actor")


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (
            "Russian Ambassador Boris Gryzlov met Belarusian Foreign Minister Vladimir Makei in "
            "Minsk.\nThe ambassador thanked Belarus for its support.",
            "Q188296",
        ),
        (
            "Chinese Ambassador Xie Feng met Deputy Secretary of State Wendy Sherman.\nThe "
            "ambassador said relations were strong.\nThe ambassador accused the United States of "
            "interfering.",
            "Xie Feng",
        ),
    ],
)
def test_the_ambassador_is_the_one_named_before(body: str, actor: str) -> None:
    assert {actor} in _events(body)


@pytest.mark.parametrize(
    "body",
    [
        # nobody named: whose ambassador is not said
        "Poland summoned the ambassador.\nThe ambassador condemned Poland.",
        "The ambassador condemned Poland.",
    ],
)
def test_the_ambassador_nobody_named_is_nobody(body: str) -> None:
    assert not _events(body)
    assert not tenures(body)
