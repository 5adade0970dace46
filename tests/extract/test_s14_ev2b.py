"""Event constructions for unseen text (session 14, round 2b): snap combat-readiness checks
(MOBILIZE 152); official protests lodged with a ministry or state after an object ("protested
the decision to the Russian Ministry of Foreign Affairs", ACCUSE 114 at the ministry's state);
vowed responses ("will not let ... go unanswered", THREATEN 130) and sanctions to come on a named
target (THREATEN 1312, dated by their telling); a decision to declare diplomats persona non grata
condemned by their state (SANCTION 161 by the decider); sanction regimes in force named as
background ("the circumvention of EU sanctions against Russia": no sanction); welcomes of a
state's parliament or government and praise of its security forces (SUPPORT 051); and the near
misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 10, 28)  # a Saturday
RUSSIA, CHINA, USA, JAPAN, BELARUS, GERMANY, IRAN = (
    "Q159",
    "Q148",
    "Q30",
    "Q17",
    "Q184",
    "Q183",
    "Q794",
)
POLAND, LITHUANIA, LATVIA, UK, GEORGIA, MEXICO, ARMENIA = (
    "Q36",
    "Q37",
    "Q211",
    "Q145",
    "Q230",
    "Q96",
    "Q399",
)
KAZAKHSTAN, PHILIPPINES, COLOMBIA, EU, G7, PUTIN = (
    "Q232",
    "Q928",
    "Q739",
    "Q458",
    "Q1764511",
    "Q7747",
)


def _events(text: str, event_type: str) -> list[tuple[set[str], set[str], str, str]]:
    return [
        (
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            str(f.get("date")[0]) if f.get("date") else "",
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(event_type)
    ]


# ---- snap combat-readiness checks (MOBILIZE 152) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "date"),
    [
        (
            "The Belarusian armed forces launched a snap inspection of the combat readiness of "
            "units on Wednesday.",
            BELARUS,
            "2023-10-25",
        ),
        ("Belarus began a sudden combat readiness check of its army.", BELARUS, ""),
        ("Minsk has started a surprise combat readiness inspection of its air force.", BELARUS, ""),
        (
            "The Chinese army began a sudden combat readiness check in the Eastern theatre "
            "command today.",
            CHINA,
            "2023-10-28",
        ),
        (
            "Russian President Vladimir Putin ordered a snap check of the combat readiness of the "
            "Pacific Fleet on Friday.",
            PUTIN,
            "2023-10-27",
        ),
    ],
)
def test_snap_readiness_check_is_an_alert(text: str, actor: str, date: str) -> None:
    assert ({actor}, set(), "152", date) in _events(text, "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "Belarus planned exercises next month with Russia.",
        "Belarus and Russia will hold a combat readiness check next month.",
        "The ministry said combat readiness remained high.",
        "Belarus did not launch a snap inspection of its units.",
    ],
)
def test_no_alert_planned_or_denied(text: str) -> None:
    assert _events(text, "MOBILIZE") == []


# ---- official protests lodged after an object (ACCUSE 114) -------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "U.S. Ambassador to Russia Lynne Tracy has protested the decision to the Russian "
            "Ministry of Foreign Affairs.",
            "Lynne Tracy",
            RUSSIA,
        ),
        (
            "Germany protested the arrest to the Iranian Foreign Ministry on Monday.",
            GERMANY,
            IRAN,
        ),
        ("Germany protested to the Iranian Foreign Ministry on Monday.", GERMANY, IRAN),
        ("Tokyo protested the incursion to Beijing on Tuesday.", JAPAN, CHINA),
        ("Japan lodged a formal protest with the Chinese embassy on Tuesday.", JAPAN, CHINA),
        (
            "The Polish Foreign Ministry handed a note of protest to the Russian ambassador.",
            POLAND,
            RUSSIA,
        ),
    ],
)
def test_protest_lodged_with_a_state(text: str, actor: str, recipient: str) -> None:
    found = _events(text, "ACCUSE")
    # (a protest lodged or a note handed is 111 since session 29, as the gold sets code it; a
    # state that "protested ... to" another keeps 114)
    code = "114" if " protested " in text else "111"
    assert any(a == {actor} and r == {recipient} and c == code for a, r, c, _ in found), found
    assert _events(text, "PROTEST") == []


def test_protest_by_two_states_to_a_capital() -> None:
    found = _events("Lithuania and Latvia protested the decision to Minsk.", "ACCUSE")
    assert found == [({LITHUANIA, LATVIA}, {BELARUS}, "114", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands protested the decision in Berlin.",
        "Opposition leaders called for protests in Warsaw.",
    ],
)
def test_street_protest_is_no_complaint(text: str) -> None:
    assert _events(text, "ACCUSE") == []


# ---- vowed responses and sanctions to come (THREATEN 130, 1312) ---------------------------------


def _release(body: str) -> list[tuple[set[str], set[str], str, str]]:
    article = Article(
        id="t",
        source="t.txt",
        body=body,
        date=DAY,
        publisher="U.S. Department of State",
        url="https://www.state.gov/statement",
    )
    return [
        (
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            str(f.get("date")[0]) if f.get("date") else "",
        )
        for f in extract(article, load_index())
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith("THREATEN")
    ]


def test_we_will_not_let_it_go_unanswered() -> None:
    body = (
        "We will not let the Russian government's unacceptable actions against our Embassy go "
        "unanswered."
    )
    assert _release(body) == [({USA}, {RUSSIA}, "130", "")]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "China will not allow the Philippines' provocations to go unpunished.",
            CHINA,
            PHILIPPINES,
        ),
        ("Moscow would never let Poland's hostile acts go unanswered.", RUSSIA, POLAND),
    ],
)
def test_response_vowed_to_a_party(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "130", "") in _events(text, "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "China let the Philippine statement go unanswered.",
        "Moscow said it would never let attacks on its diplomats go unanswered.",
        "The letter from Japan went unanswered.",
    ],
)
def test_no_vowed_response(text: str) -> None:
    assert _events(text, "THREATEN") == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        (
            "Secretary Blinken said the United States, together with its G7 partners, would "
            "announce new sanctions and export controls against Russia later this week.",
            USA,
            RUSSIA,
            "",
        ),
        (
            "Blinken said on Monday the United States would announce new sanctions against "
            "Russia later this week.",
            USA,
            RUSSIA,
            "2023-10-23",
        ),
        (
            "London would impose new sanctions on Belarus, the Foreign Office said on Monday.",
            UK,
            BELARUS,
            "2023-10-23",
        ),
        ("The EU will adopt a new package of sanctions against Russia.", EU, RUSSIA, ""),
    ],
)
def test_sanctions_to_come_are_a_threat(text: str, actor: str, recipient: str, date: str) -> None:
    assert _events(text, "THREATEN") == [({actor}, {recipient}, "1312", date)]
    assert _events(text, "AGREE") == []
    assert _events(text, "SANCTION") == []


@pytest.mark.parametrize(
    "text",
    [
        "Washington may impose sanctions if Moscow refuses.",
        "Washington would impose sanctions on Moscow if it refuses.",
        "The sanctions remain in place.",
        "The sanctions against Russia remain in place.",
    ],
)
def test_no_threat_of_sanctions(text: str) -> None:
    assert _events(text, "THREATEN") == []
    assert _events(text, "SANCTION") == []


def test_sanction_announced_by_its_maker_stays_a_sanction() -> None:
    found = _events("The United States said it would impose sanctions on Iran.", "SANCTION")
    assert [(a, r, c) for a, r, c, _ in found] == [({USA}, {IRAN}, "163")]


# ---- a decision to expel diplomats, condemned (SANCTION 161) -----------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        (
            "The United States strongly condemns the Russian government's decision today to "
            "declare two diplomats of U.S. Embassy Moscow persona non grata and to order them to "
            "leave.",
            RUSSIA,
            USA,
            "2023-10-28",
        ),
        (
            "Poland criticised Minsk's decision to declare a Polish consul persona non grata.",
            BELARUS,
            POLAND,
            "",
        ),
    ],
)
def test_condemned_decision_to_expel(text: str, actor: str, recipient: str, date: str) -> None:
    assert _events(text, "SANCTION") == [({actor}, {recipient}, "161", date)]
    assert [(a, r) for a, r, _, _ in _events(text, "ACCUSE")] == [({recipient}, {actor})]


def test_unowned_decision_to_expel_gives_nothing() -> None:
    text = "The decision to declare the diplomats persona non grata was regrettable."
    assert _events(text, "SANCTION") == []


# ---- sanction regimes in force, named as background: no sanction -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister welcomed Kazakhstan's efforts to prevent the circumvention of EU sanctions "
        "against Russia.",
        "Germany urged Armenia to help prevent the evasion of Western sanctions against Russia.",
        "Kyrgyz banks continue to comply with U.S. sanctions against Iran.",
    ],
)
def test_background_sanctions_regime(text: str) -> None:
    assert _events(text, "SANCTION") == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Japan announced sanctions against Russia on Friday.", JAPAN, RUSSIA),
        ("Canada imposed new sanctions against Iran.", "Q16", IRAN),
    ],
)
def test_sanctions_imposed_still_found(text: str, actor: str, recipient: str) -> None:
    assert [(a, r) for a, r, _, _ in _events(text, "SANCTION")] == [({actor}, {recipient})]


# ---- welcomes of a state's body, praise of its security forces (SUPPORT 051) -------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The United States welcomes the decision of the Parliament of Georgia to withdraw "
            "the draft law.",
            USA,
            GEORGIA,
        ),
        (
            "The European Union welcomed the decision by the Government of Armenia to release "
            "the detainees.",
            EU,
            ARMENIA,
        ),
        (
            "Secretary Blinken commended the Mexican security forces for the arrest of the cartel "
            "leader.",
            "Q7821917",
            MEXICO,
        ),
        ("Canada praised the Colombian security forces for the operation.", "Q16", COLOMBIA),
    ],
)
def test_praise_of_a_state_body(text: str, actor: str, recipient: str) -> None:
    found = _events(text, "SUPPORT")
    assert [(a, r, c) for a, r, c, _ in found] == [({actor}, {recipient}, "051")]


def test_criticism_of_security_forces_is_at_their_state() -> None:
    found = _events("Russia criticised the Ukrainian security forces for the raid.", "ACCUSE")
    assert [(a, r) for a, r, _, _ in found] == [({RUSSIA}, {"Q212"})]
