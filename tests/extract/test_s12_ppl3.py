"""Offices and their states: a leader an official is asked to pass a message on to (or brings
one from) is of that official's state; plural titles with a state after each name; a ruling
party's general secretary; India's and Pakistan's Foreign Secretary (a civil servant); and a
government's release gives its own state only to offices it has and to people who serve it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dipld.extract import extract, people
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact

DAY = dt.date(2024, 5, 6)

Row = tuple[str, str, str]


def _facts(body: str, date: dt.date = DAY, url: str | None = None) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=date, url=url)
    return extract(article, load_index())


def tenures(body: str, date: dt.date = DAY, url: str | None = None) -> set[Row]:
    """(holder, role, jurisdiction) of the article's Tenures, by QID or label."""
    out: set[Row] = set()
    for f in _facts(body, date, url):
        if f.cls.value != "Tenure":
            continue
        for holder in f.get("holder"):
            for place in f.get("jurisdiction"):
                assert isinstance(holder, Entity) and isinstance(place, Entity)
                role = str(f.get("role")[0])
                out.add((holder.qid or holder.label, role, place.qid or place.label))
    return out


def holders(body: str, date: dt.date = DAY, url: str | None = None) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for holder, _, place in tenures(body, date, url):
        out.setdefault(holder, set()).add(place)
    return out


KREMLIN = "http://en.kremlin.ru/events/president/news/1"
STATE_DEPT = "https://www.state.gov/readout/1"
WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/1"

GUEST = "Nigerian Foreign Minister Yusuf Tuggar met Vladimir Putin in the Kremlin. "


# ---- a message passed on to, or brought from, the guest's leaders -----------------------


@pytest.mark.parametrize(
    ("body", "url", "name"),
    [
        (
            GUEST + "He asked Mr Tuggar to convey his greetings to President Bola Tinubu.",
            KREMLIN,
            "Bola Tinubu",
        ),
        (
            GUEST + "Putin asked Mr Tuggar to extend his invitation to Vice President Kashim "
            "Shettima and President Bola Tinubu to visit Russia.",
            None,
            "Bola Tinubu",
        ),
        (
            GUEST + "Putin asked Mr Tuggar to extend his invitation to Vice President Kashim "
            "Shettima and President Bola Tinubu to visit Russia.",
            None,
            "Kashim Shettima",
        ),
        (
            GUEST + "Vladimir Putin requested Mr Tuggar to pass on his regards to Prime Minister "
            "Ahmed Musa.",
            KREMLIN,
            "Ahmed Musa",
        ),
        (
            GUEST + "Mr Tuggar conveyed an invitation from President Bola Tinubu.",
            None,
            "Bola Tinubu",
        ),
        (
            GUEST + "Mr Tuggar also delivered a personal message from President Bola Tinubu.",
            KREMLIN,
            "Bola Tinubu",
        ),
    ],
)
def test_a_leader_a_guest_passes_a_message_on_to_is_of_the_guests_state(
    body: str, url: str | None, name: str
) -> None:
    assert holders(body, url=url).get(name) == {"Q1033"}, tenures(body, url=url)


@pytest.mark.parametrize(
    ("body", "url"),
    [
        # the asker's own official, sent abroad with a message
        (
            "President Joe Biden asked National Security Advisor Jake Sullivan to convey a "
            "message to President Bola Tinubu.",
            None,
        ),
        (
            "Russian President Vladimir Putin asked Foreign Minister Sergey Lavrov to convey his "
            "greetings to President Bola Tinubu.",
            None,
        ),
        # a pronoun asker in a release of the guest's own government
        (
            "Foreign Minister Sergey Lavrov met Vladimir Putin. He asked Mr Lavrov to convey "
            "his greetings to President Bola Tinubu.",
            KREMLIN,
        ),
        # a pronoun asker and no publisher: whose official it is, is unknown
        (GUEST + "He asked Mr Tuggar to convey his greetings to President Bola Tinubu.", None),
        # a leader passing on another's message mediates
        (
            "Turkish President Recep Tayyip Erdogan conveyed a message from President Bola "
            "Tinubu to Vladimir Putin.",
            None,
        ),
        # no message: asked whether ...
        (GUEST + "Putin asked Mr Tuggar whether he would come with President Bola Tinubu.", None),
        # the message goes to the title's state, not from it
        (GUEST + "Mr Tuggar conveyed his greetings to President Bola Tinubu.", None),
    ],
)
def test_no_state_from_a_message_that_is_not_the_guests(body: str, url: str | None) -> None:
    assert "Bola Tinubu" not in holders(body, url=url), tenures(body, url=url)


def test_the_kremlin_dini_readout_gives_italys_prime_minister_and_president() -> None:
    body = (
        "The Italian foreign minister Lamberto Dini invited Mr Putin to visit Italy. In turn, he "
        "asked Mr Dini to extend his invitation to Prime Minister Massimo d’Alema and President "
        "Carlo Azeglio Ciampi to visit Russia during the year."
    )
    found = tenures(body, dt.date(2000, 1, 20), KREMLIN)
    assert ("Massimo d’Alema", "HeadOfGovernment", "Q38") in found, found
    assert ("Carlo Azeglio Ciampi", "HeadOfState", "Q38") in found, found


# ---- "Prime Ministers X of A and Y of B" -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "President Biden also met with Prime Ministers Rishi Sunak of the United Kingdom and "
            "Giorgia Meloni of Italy.",
            {
                ("Rishi Sunak", "HeadOfGovernment", "Q145"),
                ("Giorgia Meloni", "HeadOfGovernment", "Q38"),
            },
        ),
        (
            "The Secretary met Foreign Ministers Ahmed Kamal of Egypt, Tomas Berger of Sweden "
            "and Mario Rossi of Italy.",
            {
                ("Ahmed Kamal", "ForeignMinister", "Q79"),
                ("Tomas Berger", "ForeignMinister", "Q34"),
                ("Mario Rossi", "ForeignMinister", "Q38"),
            },
        ),
    ],
)
def test_a_plural_title_with_a_state_after_each_name(body: str, want: set[Row]) -> None:
    assert want <= tenures(body), tenures(body)


def test_a_plural_title_with_a_state_after_only_one_name_gives_it_no_other() -> None:
    found = holders("Biden met Prime Ministers Tomas Berger and Mario Rossi of Italy.")
    assert "Q38" not in found.get("Tomas Berger", set()), found


def test_former_plural_titles_give_no_tenure() -> None:
    body = "He met former Prime Ministers Tomas Berger of Sweden and Mario Rossi of Italy."
    assert not tenures(body)


# ---- a ruling party's general secretary ---------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "General Secretary of the Communist Party of Vietnam",
        "General Secretary of the Communist Party of Vietnam Central Committee",
        "General Secretary of the Central Committee of the Communist Party of Vietnam",
    ],
)
def test_a_ruling_partys_general_secretary_holds_office_for_its_state(title: str) -> None:
    body = f"Russian President Vladimir Putin held talks with {title} To Lam in Hanoi."
    assert ("To Lam", "HeadOfOrganization", "Q881") in tenures(body), tenures(body)


def test_a_party_with_an_apostrophe_in_its_name() -> None:
    body = "Lavrov met General Secretary of the Lao People's Revolutionary Party Bounthong Chit."
    assert ("Bounthong Chit", "HeadOfOrganization", "Q819") in tenures(body), tenures(body)


def test_a_former_general_secretary_holds_no_office() -> None:
    body = "Putin met former General Secretary of the Communist Party of Vietnam Tran Van Long."
    assert not tenures(body)


# ---- Foreign Secretary: a civil servant in South Asia, the minister in Britain -----------


@pytest.mark.parametrize(
    ("body", "holder", "state"),
    [
        (
            "Deputy Secretary of State Wendy Sherman met with Indian Foreign Secretary Vinay "
            "Mohan Kwatra today in Washington.",
            "Vinay Mohan Kwatra",
            "Q668",
        ),
        (
            "The minister met Pakistani Foreign Secretary Sohail Mahmood in Islamabad.",
            "Sohail Mahmood",
            "Q843",
        ),
        (
            "Foreign Secretary of Bangladesh Masud Bin Momen visited Delhi.",
            "Masud Bin Momen",
            "Q902",
        ),
    ],
)
def test_a_south_asian_foreign_secretary_is_no_foreign_minister(
    body: str, holder: str, state: str
) -> None:
    found = tenures(body, dt.date(2022, 11, 2))
    assert (holder, "SeniorOfficial", state) in found, found
    assert (holder, "ForeignMinister", state) not in found, found


def test_the_british_foreign_secretary_is_the_foreign_minister() -> None:
    body = "Secretary Blinken later spoke with British Foreign Secretary James Cleverly."
    found = tenures(body, dt.date(2023, 3, 2))
    assert ("Q6131460", "ForeignMinister", "Q145") in found, found


def test_no_post_for_a_south_asian_foreign_secretary() -> None:
    for f in _facts("Jaishankar met Indian Foreign Secretary Vinay Kwatra.", DAY):
        if f.cls.value == "Tenure" and "Kwatra" in str(f.get("holder")):
            assert not f.get("post")


# ---- coordinated titles standing for two people ---------------------------------------


def test_two_bare_titles_joined_are_two_people() -> None:
    body = (
        "Deputy Secretary of State Wendy Sherman met with Indian Foreign Secretary Vinay Mohan "
        "Kwatra today. The Deputy Secretary and Foreign Secretary discussed the partnership."
    )
    found = holders(body, dt.date(2022, 11, 2), STATE_DEPT)
    assert found.get("Vinay Mohan Kwatra") == {"Q668"}, found


def test_coordinated_titles_before_one_name_are_still_one_person() -> None:
    body = "Acting President and Prime Minister Vladimir Putin met Lamberto Dini."
    found = tenures(body, dt.date(2000, 1, 20))
    assert {role for who, role, _ in found if who == "Q7747"} >= {"HeadOfState", "HeadOfGovernment"}


# ---- a government's release: its own state only for offices it has -----------------------


@pytest.mark.parametrize(
    "title", ["Deputy Foreign Minister", "Vice Foreign Minister", "Minister of Trade"]
)
def test_a_us_release_gives_no_minister_to_the_united_states(title: str) -> None:
    body = (
        "Secretary of State Antony J. Blinken met with Chinese Foreign Minister Qin Gang. The "
        f"meeting was also attended by Assistant Secretary Daniel Kritenbrink and {title} Ma "
        "Zhaoxu."
    )
    found = holders(body, dt.date(2023, 2, 18), STATE_DEPT)
    assert "Q30" not in found.get("Ma Zhaoxu", set()), found
    assert found.get("Daniel Kritenbrink") == {"Q30"}, found


def test_a_us_release_still_gives_its_deputy_secretary_to_the_united_states() -> None:
    body = "Deputy Secretary Kurt Campbell met the Japanese ambassador."
    assert holders(body, dt.date(2024, 3, 1), STATE_DEPT).get("Kurt Campbell") == {"Q30"}


def test_a_kremlin_release_still_gives_its_deputy_foreign_minister_to_russia() -> None:
    body = "Deputy Foreign Minister Andrei Rudenko took part in the talks."
    assert holders(body, url=KREMLIN).get("Andrei Rudenko") == {"Q159"}


def test_a_kb_person_serving_another_state_is_not_the_publishers_minister() -> None:
    # Mattarella (the KB knows him as Italy's president) was Italy's defence minister in 2000
    body = "Putin asked Lamberto Dini to pass on his regards to Defence Minister Sergio Mattarella."
    found = holders(body, dt.date(2000, 2, 11), KREMLIN)
    assert found.get("Q3956186") == {"Q38"}, found


def test_a_kb_person_serving_the_publishers_state_keeps_it() -> None:
    body = "Vladimir Putin met with Economic Development Minister Maxim Reshetnikov."
    found = holders(body, dt.date(2021, 6, 1), KREMLIN)
    assert all(places == {"Q159"} for places in found.values()), found


# ---- the pre-check of the message rule --------------------------------------------------

CONVEYS = [
    "asked Mr Dini to convey",
    "asked Mr Dini to pass on",
    "asked Mr Dini to extend",
    "asked Mr Dini to transmit",
    "asked Mr Dini to relay",
    "asked Mr Dini to deliver",
    "requested Mr Dini to convey",
    "Mr Dini conveyed ",
    "Mr Dini brought ",
    "Mr Dini delivered ",
    "Mr Dini handed over ",
    "Mr Dini passed on ",
]


@pytest.mark.parametrize("phrase", CONVEYS)
def test_every_message_phrase_passes_the_precheck(phrase: str) -> None:
    found = people._CONVEY.search(phrase)
    assert found, f"the pattern no longer reads {phrase!r}"
    assert any(word in found.group(0) for word in people._CONVEY_WORDS), phrase


def test_the_message_pattern_needs_a_precheck_word() -> None:
    blanked = people._CONVEY.pattern
    for word in ("asked", "requested", "conveyed", "brought", "delivered", "handed", "passed"):
        blanked = blanked.replace(word, "#" * len(word))
    for phrase in CONVEYS:
        assert not re.search(blanked, phrase), phrase


def _participants(body: str, date: dt.date, url: str) -> list[set[str]]:
    return [
        {v.qid or v.label for v in f.get("participant") if isinstance(v, Entity)}
        for f in _facts(body, date, url)
        if f.cls.value == "Meeting"
    ]


def test_the_secretary_and_foreign_minister_are_the_two_who_met() -> None:
    body = (
        "Secretary of State Antony J. Blinken met today with Egyptian Foreign Minister Sameh "
        "Shoukry in Washington. The Secretary and Foreign Minister also discussed global "
        "developments."
    )
    found = _facts(body, dt.date(2022, 4, 13), STATE_DEPT)
    meetings = [f for f in found if f.cls.value == "Meeting"]
    assert len(meetings) == 1, meetings
    texts = {e.text for e in meetings[0].evidence}
    assert any(t.startswith("The Secretary and Foreign Minister") for t in texts), texts


def test_the_president_is_still_the_publishers_own() -> None:
    body = (
        "President Biden met President Macron of France. The President thanked President Macron "
        "for his leadership."
    )
    found = _facts(body, dt.date(2023, 6, 1), WHITE_HOUSE)
    support = [f for f in found if f.cls.value == "Event" and f.get("actor")]
    actors = {v.qid for f in support for v in f.get("actor") if isinstance(v, Entity)}
    assert "Q6279" in actors and "Q3052772" not in actors, support
