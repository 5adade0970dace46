"""Lead fixes of session 16."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import keys

DAY = dt.date(2024, 2, 12)
USA, BIDEN, ABDULLAH, RUTO = "Q30", "Q6279", "Q57464", "Q195725"


def _facts(text: str, day: dt.date = DAY, publisher: str = "The White House") -> list[Fact]:
    article = Article(id="t", source="t.txt", body=text, date=day, publisher=publisher)
    return extract(article, load_index())


def _meetings(found: list[Fact]) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(keys(f.get("participant"))), str(f.get("cameoCode")[0]))
        for f in found
        if f.cls.value == "Meeting"
    }


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "President Biden welcomed His Majesty King Abdullah II of Jordan to the White House "
            "today.",
            ABDULLAH,
        ),
        (
            "President Biden welcomed His Excellency President William Ruto of Kenya to the "
            "White House on Monday.",
            RUTO,
        ),
        (
            "President Biden hosted His Majesty King Abdullah II of Jordan and His Royal Highness "
            "Crown Prince Hussein at the White House today.",
            ABDULLAH,
        ),
    ],
)
def test_a_style_of_address_before_the_guest_of_a_hosting(text: str, guest: str) -> None:
    found = _meetings(_facts(text))
    assert any({BIDEN, guest} <= parts and code == "043" for parts, code in found), found


def test_a_welcomed_decision_of_a_styled_person_is_no_hosting() -> None:
    found = _facts("President Biden welcomed His Majesty's decision to pardon the journalists.")
    assert not _meetings(found)


KISHIDA = "Q359480"


def _titled(title: str, body: str) -> list[Fact]:
    article = Article(
        id="t", source="t.txt", title=title, body=body, date=DAY, publisher="The White House"
    )
    return extract(article, load_index())


def test_a_headline_meeting_of_some_of_the_body_meetings_people_is_that_meeting() -> None:
    found = _titled(
        "Readout of President Biden's Meeting with Prime Minister Kishida of Japan",
        "President Biden welcomed Prime Minister Kishida of Japan and Foreign Minister Yoko "
        "Kamikawa to the White House today.",
    )
    meetings = [f for f in found if f.cls.value == "Meeting"]
    assert len(meetings) == 1, meetings
    assert {BIDEN, KISHIDA} <= set(keys(meetings[0].get("participant")))
    assert any(e.in_title for e in meetings[0].evidence)


def test_a_headline_bilateral_is_not_a_summit_with_another_side() -> None:
    found = _titled(
        "Readout of President Biden's Meeting with Prime Minister Kishida of Japan",
        "President Biden, Prime Minister Kishida of Japan and President Yoon Suk Yeol of South "
        "Korea met at Camp David today.",
    )
    meetings = [f for f in found if f.cls.value == "Meeting"]
    assert len(meetings) == 2, meetings


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Secretary of the Interior Tommy Beaudreau held talks with Prime Minister Justin "
        "Trudeau in Ottawa.",
        "Tommy Beaudreau, Deputy Secretary of the Interior, held talks with Prime Minister Justin "
        "Trudeau in Ottawa.",
        "Tommy Beaudreau, Deputy Secretary of Homeland Security, met Prime Minister Justin "
        "Trudeau in Ottawa.",
    ],
)
def test_the_department_of_a_deputy_secretary_is_no_person(text: str) -> None:
    found = _facts(text, dt.date(2022, 5, 6), publisher="U.S. Department of State")
    labels = {
        e.label.lower()
        for f in found
        for role in ("participant", "holder")
        for e in f.entities(role)
    }
    assert "tommy beaudreau" in labels
    assert not labels & {"interior", "the interior", "homeland security"}, labels


AUSTRALIA, INDIA, JAPAN = "Q408", "Q668", "Q17"


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of Australia, India, Japan and the United States gathered in Tokyo on Tuesday.",
        "The foreign ministers of Australia, India, Japan and the United States gathered at the "
        "Iikura Guest House in Tokyo for the Quad Foreign Ministers' Meeting.",
    ],
)
def test_parties_that_gathered_somewhere_meet(text: str) -> None:
    found = _meetings(_facts(text, dt.date(2022, 6, 14)))
    assert any({AUSTRALIA, INDIA, JAPAN, USA} <= parts for parts, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Russia gathered troops on the border with Ukraine.",
        "India and Japan gathered evidence of the attacks.",
        "Protesters gathered in front of the Russian embassy in Vilnius on Tuesday.",
    ],
)
def test_gathering_things_is_no_meeting(text: str) -> None:
    assert not _meetings(_facts(text, dt.date(2022, 6, 14)))


PUTIN, TOKAYEV = "Q7747", "Q200881"


def test_the_first_speaker_of_a_transcript_speaks_to_the_guest_of_the_talks_reported() -> None:
    body = (
        "Vladimir Putin held talks in the Kremlin with President of Kazakhstan Kassym-Jomart "
        "Tokayev.\n\nVladimir Putin: Mr President, friends,\n\nThank you for accepting the "
        "invitation to visit Moscow.\n\nI would also like to invite you to Sochi in May to take "
        "part in the summit.\n\nPresident of Kazakhstan Kassym-Jomart Tokayev: Mr President,\n\n"
        "Thank you for the invitation.\n"
    )
    found = _facts(body, dt.date(2022, 11, 28), publisher="President of Russia")
    events = {
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("cameoCode")[0]),
        )
        for f in found
        if f.cls.value == "Event"
    }
    assert (frozenset({PUTIN}), frozenset({TOKAYEV}), "051") in events
    assert (frozenset({PUTIN}), frozenset({TOKAYEV}), "036") in events
    assert (frozenset({TOKAYEV}), frozenset({PUTIN}), "051") in events


BLINKEN, AUSTIN, MANALO, PHILIPPINES = "Q7821917", "Q941013", "Q28925129", "Q928"


def _participants(text: str, day: dt.date = dt.date(2023, 1, 30)) -> set[frozenset[str]]:
    found = _facts(text, day, publisher="U.S. Department of State")
    return {frozenset(keys(f.get("participant"))) for f in found if f.cls.value == "Meeting"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Antony J. Blinken met today in Manila with Enrique Manalo.", BLINKEN),
        ("Today Antony J. Blinken met in Manila with Enrique Manalo.", BLINKEN),
        ("Joseph R. Biden met today in Manila with Enrique Manalo.", BIDEN),
        (
            "Secretary of Defense Lloyd J. Austin III met today in Manila with Secretary of "
            "Foreign Affairs Enrique Manalo.",
            AUSTIN,
        ),
    ],
)
def test_a_full_name_with_an_initial_or_a_generational_number(text: str, who: str) -> None:
    assert any({who, MANALO} <= parts for parts in _participants(text)), _participants(text)


def test_a_monarchs_number_stays_part_of_the_name() -> None:
    found = _facts("President Biden welcomed King Abdullah II of Jordan to the White House.")
    assert any(ABDULLAH in parts for parts, _ in _meetings(found))


def test_a_philippine_department_secretary_is_a_minister() -> None:
    found = _facts(
        "Philippine Secretary of National Defense Gilberto Teodoro met Secretary of Defense "
        "Lloyd Austin at the Pentagon.",
        dt.date(2023, 7, 30),
        publisher="U.S. Department of State",
    )
    tenures = {
        (holder.label, jurisdiction, str(f.get("role")[0]))
        for f in found
        if f.cls.value == "Tenure"
        for holder in f.entities("holder")
        for jurisdiction in keys(f.get("jurisdiction"))
    }
    assert ("Gilberto Teodoro", PHILIPPINES, "Minister") in tenures, tenures


def test_a_presidential_republics_release_has_no_prime_minister_of_its_own() -> None:
    found = _facts(
        "King Charles III received Prime Minister Rishi Sunak at Buckingham Palace.",
        dt.date(2023, 1, 30),
        publisher="U.S. Department of State",
    )
    assert not any(f.cls.value == "Tenure" and USA in keys(f.get("jurisdiction")) for f in found), (
        found
    )


RUSSIA, UKRAINE = "Q159", "Q212"


def _event_rows(found: list[Fact]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {
        (
            str(f.get("eventType")[0]).rsplit("#", 1)[-1],
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
        )
        for f in found
        if f.cls.value == "Event"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Blinken condemned the drone attacks by Russia on Kyiv.",
        "Secretary Blinken raised concerns about continued missile strikes by Russia against "
        "Ukrainian cities.",
    ],
)
def test_who_condemns_attacks_by_another_attacks_no_one(text: str) -> None:
    rows = _event_rows(_facts(text, dt.date(2023, 2, 9), publisher="U.S. Department of State"))
    assert not any(kind == "ASSAULT" and BLINKEN in actors for kind, actors, _ in rows), rows


def test_attacks_by_a_state_are_its_own() -> None:
    rows = _event_rows(_facts("The drone attacks by Russia on Kyiv killed five people."))
    assert ("ASSAULT", frozenset({RUSSIA}), frozenset({UKRAINE})) in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "President Biden thanked President Ruto for Kenya's support in the evacuation of U.S. "
        "citizens from Sudan.",
        "Vladimir Putin thanked Prime Minister Imran Khan for the assistance Pakistan had "
        "provided in evacuating Russian citizens from Kabul airport.",
    ],
)
def test_help_in_evacuating_ones_citizens_is_no_aid(text: str) -> None:
    rows = _event_rows(_facts(text, dt.date(2022, 1, 10)))
    assert not any(kind == "AID" for kind, _, _ in rows), rows


KYRGYZSTAN, JAPAROV = "Q813", "Q25597826"


def test_our_people_in_a_speakers_turn_are_the_speakers_state() -> None:
    body = (
        "Vladimir Putin held talks in Bishkek with President of Kyrgyzstan Sadyr Japarov.\n\n"
        "Vladimir Putin: Mr President, friends,\n\nThank you for the invitation.\n\n"
        "President of Kyrgyzstan Sadyr Japarov: Mr President,\n\nWe highly appreciate Russia's "
        "support during the severe winter this year, when Russia delivered fodder and "
        "humanitarian aid to our herders.\n\nOur two countries are close partners.\n"
    )
    rows = _event_rows(_facts(body, dt.date(2023, 10, 12), publisher="President of Russia"))
    assert ("AID", frozenset({RUSSIA}), frozenset({KYRGYZSTAN})) in rows, rows


def test_support_in_debt_relief_talks_is_no_aid() -> None:
    rows = _event_rows(
        _facts(
            "President Ruto expressed appreciation to President Biden for the United States' "
            "support in debt relief talks with the International Monetary Fund.",
            dt.date(2024, 5, 23),
        )
    )
    assert not any(kind == "AID" for kind, _, _ in rows), rows


VIETNAM, VOLODIN = "Q881", "Q982461"


@pytest.mark.parametrize(
    ("text", "who", "state"),
    [
        (
            "Vladimir Putin met with Chairman of the National Assembly of Vietnam Vuong Dinh Hue.",
            "Vuong Dinh Hue",
            VIETNAM,
        ),
        ("Vladimir Putin met with Chairman of the State Duma Vyacheslav Volodin.", VOLODIN, RUSSIA),
    ],
)
def test_a_parliaments_chairman_is_a_person_of_the_talks(text: str, who: str, state: str) -> None:
    found = _facts(text, dt.date(2022, 11, 25), publisher="President of Russia")
    assert any(who in parts for parts, _ in _meetings(found)), found
    tenures = {
        (holder.qid or holder.label, jurisdiction)
        for f in found
        if f.cls.value == "Tenure"
        for holder in f.entities("holder")
        for jurisdiction in keys(f.get("jurisdiction"))
    }
    assert (who, state) in tenures, tenures


def test_a_chairman_of_another_council_keeps_its_office() -> None:
    found = _facts(
        "Lukashenko met with Chairman of the Council of Ministers of Cuba Manuel Marrero Cruz.",
        dt.date(2022, 11, 25),
    )
    roles = {str(f.get("role")[0]).rsplit("#", 1)[-1] for f in found if f.cls.value == "Tenure"}
    assert "HeadOfGovernment" in roles, roles


BURMA, IRAN = "Q836", "Q794"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The United States is expelling two Russian diplomats in response to Moscow's actions.",
            ("SANCTION", frozenset({USA}), frozenset({RUSSIA})),
        ),
        (
            "The Department of the Treasury's Office of Foreign Assets Control sanctioned three "
            "Burmese military officials today.",
            ("SANCTION", frozenset({USA}), frozenset({BURMA})),
        ),
        (
            "OFAC designated five Iranian companies today.",
            ("SANCTION", frozenset({USA}), frozenset({IRAN})),
        ),
    ],
)
def test_a_release_tells_its_own_state_s_measures(
    text: str, row: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    rows = _event_rows(_facts(text, dt.date(2022, 8, 2), publisher="U.S. Department of State"))
    assert row in rows, rows


def test_expelling_considered_is_no_expulsion() -> None:
    rows = _event_rows(_facts("Moscow is considering expelling two US diplomats."))
    assert not any(kind == "SANCTION" for kind, _, _ in rows), rows


ERDOGAN = "Q39259"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Erdogan congratulated Kassym-Jomart Tokayev on his re-election in a phone call.",
            TOKAYEV,
        ),
        (
            "In a phone call on Tuesday, Erdogan told Putin that Turkey was ready to host talks.",
            PUTIN,
        ),
        ("Erdogan told Putin in a telephone conversation that Turkey supports a ceasefire.", PUTIN),
        ("During a phone call, Erdogan and Putin discussed the grain deal.", PUTIN),
    ],
)
def test_what_one_tells_another_in_a_phone_call_is_a_call(text: str, other: str) -> None:
    found = _meetings(_facts(text, dt.date(2023, 6, 14), publisher="Anadolu Agency"))
    assert (frozenset({ERDOGAN, other}), "041") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan told reporters that Putin had not answered his phone call.",
        "Erdogan will tell Putin in a phone call next week that Turkey supports a ceasefire.",
    ],
)
def test_a_call_not_held_is_no_meeting(text: str) -> None:
    assert not _meetings(_facts(text, dt.date(2023, 6, 14), publisher="Anadolu Agency"))


TRUDEAU = "Q3099714"
_CALL = "President Joseph R. Biden, Jr. spoke today with Prime Minister Justin Trudeau of Canada.\n"


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders look forward to the President's visit to Ottawa later this month.",
        "The leaders looked forward to President Biden's visit to Ottawa.",
    ],
)
def test_a_visit_looked_forward_to_is_no_meeting(text: str) -> None:
    found = _meetings(_facts(_CALL + text, dt.date(2023, 3, 10)))
    assert found == {(frozenset({BIDEN, TRUDEAU}), "041")}, found


def test_a_visit_recalled_is_a_past_meeting() -> None:
    text = "The Prime Minister recalled President Biden's visit to Ottawa in 2021."
    found = _meetings(_facts(_CALL + text, dt.date(2023, 3, 10)))
    assert any(code == "042" for _, code in found), found


def test_a_headline_surname_in_another_romanisation_is_the_bodys_person() -> None:
    article = Article(
        id="t",
        source="t.txt",
        title="Secretary Blinken's Meeting with Kazakh Foreign Minister Tileuberdi",
        body="Secretary of State Antony J. Blinken met today with Kazakh Foreign Minister Mukhtar "
        "Tileuberdi in Washington.",
        date=dt.date(2022, 3, 1),
        publisher="U.S. Department of State",
    )
    found = extract(article, load_index())
    meetings = [f for f in found if f.cls.value == "Meeting"]
    tenures = [f for f in found if f.cls.value == "Tenure"]
    assert len(meetings) == 1, meetings
    assert all(h.is_linked for f in tenures for h in f.entities("holder")), tenures
