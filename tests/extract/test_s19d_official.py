"""Acts told in official statements and agency reports (session 19d): "has decided to recall its
Ambassador to the Republic of X", "recalled its envoy N from <capital>", "asked the Ambassador
of X to the Kingdom to leave" (expulsion), "the Kingdom" as a subject, "decided to stop all X
imports", a state operator's suspended trains; two states asked; the release of nationals held
in X; concerns about reports "that X has ..."; a second object "and about X's ..."; "objected
to the applications" (the applicants); "cancelled its order ... from the X manufacturer";
"had no need to hold talks with"; "the North"; a state news agency for its state; a bare "the
Security Council" as the UN's; with the guards: negations, hypotheticals, questions."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events, facts, keys

DAY = dt.date(2023, 5, 12)
BAHRAIN, IRAQ, ESTONIA, RUSSIA, HUNGARY, AUSTRIA, SLOVAKIA = (
    "Q398",
    "Q796",
    "Q191",
    "Q159",
    "Q28",
    "Q40",
    "Q214",
)
JAPAN, CHINA, UGANDA, TURKEY, SWEDEN, FINLAND, CANADA = (
    "Q17",
    "Q148",
    "Q1036",
    "Q43",
    "Q34",
    "Q33",
    "Q16",
)
NORTH_KOREA, SOUTH_KOREA, IRAN, USA, UNSC, FRANCE = (
    "Q423",
    "Q884",
    "Q794",
    "Q30",
    "Q37470",
    "Q142",
)


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return events(text, kind, DAY)


def _has(text: str, kind: str, recipient: set[str], actor: str | None, code: str | None) -> bool:
    return any(
        r == recipient and (actor is None or actor in a) and (code is None or c == code)
        for a, r, c in _events(text, kind)
    )


@pytest.mark.parametrize(
    ("text", "kind", "recipient", "actor", "code"),
    [
        (
            "The Government of the Kingdom of Bahrain has decided to recall its Ambassador to "
            "the Republic of Iraq, the foreign ministry said.",
            "SANCTION",
            {IRAQ},
            BAHRAIN,
            "161",
        ),
        (
            "Estonia recalled its envoy Margus Laidre from Moscow in June.",
            "SANCTION",
            {RUSSIA},
            ESTONIA,
            "161",
        ),
        (
            "The Kingdom of Bahrain voiced dismay on Monday. The Kingdom has also asked the "
            "Ambassador of the Republic of Iraq to the Kingdom to depart within 72 hours.",
            "SANCTION",
            {IRAQ},
            BAHRAIN,
            "161",
        ),
        (
            "Bahrain said on Sunday that it has decided to stop all Iraqi imports into the "
            "country.",
            "SANCTION",
            {IRAQ},
            BAHRAIN,
            "163",
        ),
        (
            "Russia's state railway operator also halted passenger trains to Estonia in July.",
            "SANCTION",
            {ESTONIA},
            RUSSIA,
            "163",
        ),
        (
            "Hungary has asked Austria and Slovakia to hand over nine suspects.",
            "REQUEST",
            {AUSTRIA, SLOVAKIA},
            HUNGARY,
            None,
        ),
        (
            "Japan's foreign minister requested the immediate release of the Japanese citizens "
            "detained in China.",
            "REQUEST",
            {CHINA},
            None,
            "1053",
        ),
        (
            "Secretary Blinken raised concerns about recent reports, including one by a UN panel, "
            "that Uganda has armed the rebels.",
            "ACCUSE",
            {UGANDA},
            None,
            "111",
        ),
        (
            "Japan expressed deep concerns about the situation in the East China Sea and about "
            "China's naval build-up.",
            "ACCUSE",
            {CHINA},
            JAPAN,
            "111",
        ),
        (
            "Sweden and Finland applied to join NATO in May. Turkey objected to the bids.",
            "REJECT",
            {SWEDEN, FINLAND},
            TURKEY,
            "120",
        ),
        (
            "Canada scrapped its contract for six frigates from the French shipyard Naval Works.",
            "REJECT",
            {FRANCE},
            CANADA,
            "1211",
        ),
        (
            "North Korea fired a missile on Monday. Its leader was quoted as saying the North "
            "had no need to hold talks with Japan.",
            "REJECT",
            {JAPAN},
            NORTH_KOREA,
            "125",
        ),
        (
            "Iran said it sees no reason to resume nuclear talks with the United States.",
            "REJECT",
            {USA},
            IRAN,
            "125",
        ),
        (
            "North Korea test-fired a cruise missile, the official Korean Central News Agency "
            "(KCNA) said. KCNA accused Tokyo of staging provocations.",
            "ACCUSE",
            {JAPAN},
            NORTH_KOREA,
            None,
        ),
        (
            "North Korea fired a missile on Tuesday. Tokyo lodged a protest with the North "
            "through its embassy in Beijing.",
            "ACCUSE",
            {NORTH_KOREA},
            JAPAN,
            None,
        ),
        (
            "The Security Council has imposed four rounds of sanctions on Iran since 2006.",
            "SANCTION",
            {IRAN},
            UNSC,
            "163",
        ),
    ],
)
def test_official_acts(
    text: str, kind: str, recipient: set[str], actor: str | None, code: str | None
) -> None:
    assert _has(text, kind, recipient, actor, code), _events(text, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # negated, hypothetical, a question
        ("Bahrain has not decided to recall its ambassador to Iraq.", "SANCTION"),
        ("Bahrain has not asked the ambassador of Iraq to leave.", "SANCTION"),
        ("Bahrain may decide to stop all Iraqi imports.", "SANCTION"),
        ("Canada did not cancel its order for jets from the Swedish firm Saab.", "REJECT"),
        ("Canada may cancel its order for jets from the Swedish firm Saab.", "REJECT"),
        ("Hungary has not objected to Ukraine's bid to join the EU.", "REJECT"),
        ("Did Iran say it had no reason to hold talks with the United States?", "REJECT"),
        ("Blinken raised no concerns about reports that Uganda has armed the rebels.", "ACCUSE"),
        # an airline's flights halted (for safety): no state's sanction
        ("Lufthansa suspended flights to Israel on Monday.", "SANCTION"),
        # "recalled" as memory, without a capital
        ("Lavrov recalled his talks with Kissinger in the 1970s.", "SANCTION"),
    ],
)
def test_not_official_acts(text: str, kind: str) -> None:
    assert not _events(text, kind), _events(text, kind)


def test_titled_envoy_recalled_and_expelled() -> None:
    text = (
        "Manama - The Foreign Ministry said today that the Government of the Kingdom of "
        "Bahrain has decided to recall its Ambassador to the Republic of Iraq, Khalid Nasser, "
        "for consultations.\n\nThe Kingdom has also asked the Ambassador of the Republic of "
        "Iraq to the Kingdom to depart within three days.\n\nMoreover, the Government of the "
        "Kingdom has decided to halt all Iraqi imports into the Kingdom."
    )
    found = _events(text, "SANCTION")
    assert ({BAHRAIN}, {IRAQ}, "161") in found, found
    assert ({BAHRAIN}, {IRAQ}, "163") in found, found


def test_state_security_council_stays_unlinked() -> None:
    text = (
        "Russia's Security Council met on Friday. The Security Council imposed sanctions on "
        "Georgia."
    )
    actors = [keys(f.get("actor")) for f in facts(text, DAY) if f.cls.value == "Event"]
    assert all(UNSC not in a for a in actors), actors


def test_russian_security_council_not_the_un() -> None:
    text = "The Russian Security Council imposed sanctions on Georgia."
    actors = [keys(f.get("actor")) for f in facts(text, DAY) if f.cls.value == "Event"]
    assert all(UNSC not in a for a in actors), actors
