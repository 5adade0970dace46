"""Precision of events told as background, concern or penalty (session 14): a passive signing
told months before the article ("was signed by Russia and Pakistan in Karachi in May") is a
treaty relation, no SUPPORT (057); aid verbs that are nouns or sit inside a concern ("concerned
about Iran's transfers of drones to Russia") are no AID of the speaker, and "remain concerned
about" is an accusation; penalties vowed ("impose costs on", "make X pay", "hold X
accountable") are threats, not promises; a demonym naming a people ("the Serbian community")
is no recipient; "both parties" a third state supports are the pair told last, not the call's
two sides; a sanction's further targets ("and on Iran's Ministry of Intelligence"); and their
near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import keys

DAY = dt.date(2023, 9, 14)
RUSSIA, PAKISTAN, IRAN, US, UKRAINE, CHINA = "Q159", "Q843", "Q794", "Q30", "Q212", "Q148"
INDIA = "Q668"
KOSOVO, SERBIA, ARMENIA, AZERBAIJAN, UK, JAPAN = "Q1246", "Q403", "Q399", "Q227", "Q145", "Q17"
AUSTRALIA, NORTH_KOREA, EU, BELARUS, CANADA, TURKEY = "Q408", "Q423", "Q458", "Q184", "Q16", "Q43"


def _facts(text: str, url: str = "https://example.org/probe") -> list[Fact]:
    article = Article(id="t", source="t.txt", body=text, date=DAY, url=url)
    return extract(article, load_index())


def _events(
    text: str, event_type: str, url: str = "https://example.org/probe"
) -> list[tuple[set[str], set[str], str, str]]:
    return [
        (
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            str(f.get("date")[0]) if f.get("date") else "",
        )
        for f in _facts(text, url)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == event_type
    ]


def _treaties(text: str) -> list[tuple[set[str], str]]:
    return [
        (keys(f.get("party")), str(f.get("date")[0]) if f.get("date") else "")
        for f in _facts(text)
        if f.cls.value == "TreatyRelation"
    ]


# ---- a passive signing told months later: a treaty relation only ---------------------------


@pytest.mark.parametrize(
    ("text", "parties", "date"),
    [
        (
            "A protocol amending the intergovernmental agreement on the pipeline was signed by "
            "Russia and Pakistan in Karachi in May.",
            {RUSSIA, PAKISTAN},
            "2023-05",
        ),
        (
            "The memorandum on border security was signed by Armenia and Azerbaijan in Moscow "
            "in June.",
            {ARMENIA, AZERBAIJAN},
            "2023-06",
        ),
        (
            "An agreement on visa-free travel was signed by China and Serbia on March 3.",
            {CHINA, SERBIA},
            "2023-03-03",
        ),
    ],
)
def test_background_passive_signing_is_a_treaty_only(
    text: str, parties: set[str], date: str
) -> None:
    assert (parties, date) in _treaties(text)
    assert _events(text, "SUPPORT") == []


@pytest.mark.parametrize(
    "text",
    [
        # news: signed days before the article, or on the day
        "The agreement on the pipeline was signed by Russia and Pakistan in Karachi on Tuesday.",
        "A memorandum on energy was signed by India and France in Paris on September 12.",
    ],
)
def test_news_passive_signing_is_still_a_signing(text: str) -> None:
    signings = _events(text, "SUPPORT")
    assert len(signings) == 1 and signings[0][2] == "057"


# ---- aid inside a concern: an accusation of its giver, no aid --------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "accused"),
    [
        (
            "The United States remains deeply concerned about Iran's continued expansion of its "
            "nuclear program and its transfers of drones to Russia for use against Ukraine.",
            US,
            IRAN,
        ),
        (
            "India remains concerned about China's supplies of weapons to Pakistan.",
            INDIA,
            CHINA,
        ),
        (
            "Ukraine remained gravely concerned about Iran's deliveries of missiles to Russia.",
            UKRAINE,
            IRAN,
        ),
    ],
)
def test_concern_about_transfers_accuses_the_giver(text: str, actor: str, accused: str) -> None:
    assert ({actor}, {accused}, "111", "") in _events(text, "ACCUSE")
    assert _events(text, "AID") == []


@pytest.mark.parametrize(
    "text",
    [
        "France is concerned that Iran transferred drones to Russia.",
        "Germany condemned Iran's supplies of ammunition to Russia.",
        "Canada is concerned about aid cuts to the region.",
    ],
)
def test_aid_alleged_or_worried_about_is_no_aid(text: str) -> None:
    assert _events(text, "AID") == []


@pytest.mark.parametrize(
    "text",
    [
        "Poland delivered more tanks to Ukraine and condemned Russia's attacks.",
        "Concerned about the winter, Germany sent generators to Ukraine.",
        "Canada is concerned about the winter and has sent generators to Ukraine.",
        "The United States transfers air defense systems to Ukraine every month.",
    ],
)
def test_aid_given_beside_a_concern_is_still_aid(text: str) -> None:
    assert [e[1] for e in _events(text, "AID")] == [{UKRAINE}]


# ---- penalties vowed: threats, not promises ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors", "target", "code"),
    [
        (
            "The United States will continue to impose costs on Iran for its provocative actions.",
            {US},
            IRAN,
            "1312",
        ),
        (
            "The United Kingdom vowed to make Russia pay for the attack on its diplomats.",
            {UK},
            RUSSIA,
            "130",
        ),
        (
            "Japan and Australia pledged to hold North Korea accountable for its missile launches.",
            {JAPAN, AUSTRALIA},
            NORTH_KOREA,
            "130",
        ),
        (
            "The European Union will impose further costs on Belarus for its role in the war.",
            {EU},
            BELARUS,
            "1312",
        ),
    ],
)
def test_vowed_penalty_is_a_threat(text: str, actors: set[str], target: str, code: str) -> None:
    assert _events(text, "THREATEN") == [(actors, {target}, code, "")]
    assert _events(text, "AGREE") == []


@pytest.mark.parametrize(
    "text",
    [
        "France imposed costs on Mali last year.",  # done, not vowed
        "Germany will impose tariffs on imports of steel from third countries.",  # no one named
        "The two ministers agreed to cut the costs of trade between their countries.",
    ],
)
def test_no_threat_without_a_vowed_penalty_on_a_named_party(text: str) -> None:
    assert _events(text, "THREATEN") == []


def test_vowed_support_is_still_a_promise() -> None:
    assert _events("Canada will continue to support Ukraine.", "AGREE") == [
        ({CANADA}, {UKRAINE}, "030", "")
    ]


# ---- a people named by its demonym is no state -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Kosovo has committed to ensure an appropriate level of self-management for the "
            "Serbian community in Kosovo.",
            KOSOVO,
        ),
        (
            "Georgia pledged to protect the rights of the Armenian minority in Javakheti.",
            "Q230",
        ),
        (
            "Turkey committed to improve services for the Syrian population in its border towns.",
            TURKEY,
        ),
    ],
)
def test_commitment_to_a_community_has_no_state_recipient(text: str, actor: str) -> None:
    assert _events(text, "AGREE") == [({actor}, set(), "030", "")]


def test_commitment_to_a_states_own_things_keeps_it() -> None:
    text = "Russia pledged to upgrade the Belarusian helicopters by the end of the year."
    assert [e[1] for e in _events(text, "AGREE")] == [{BELARUS}]


# ---- "both parties" a third state supports ----------------------------------------------------

_CALL = (
    "Secretary of State Antony J. Blinken spoke today with Pakistani Foreign Minister Shah "
    "Mahmood Qureshi. "
)


@pytest.mark.parametrize(
    "text",
    [
        _CALL + "The Secretary welcomed the agreement between Kosovo and Serbia reached in "
        "Brussels. The United States stands ready to support both parties as they implement "
        "their commitments.",
        _CALL + "Kosovo and Serbia agreed last month on a plan to normalize relations. The "
        "United States will assist the two parties as they carry out the plan.",
    ],
)
def test_both_parties_supported_by_a_third_state_are_the_pair_told(text: str) -> None:
    agree = [e for e in _events(text, "AGREE") if e[0] == {US}]
    assert agree and agree[0][1] == {KOSOVO, SERBIA}


def test_both_parties_of_a_meeting_are_still_its_sides() -> None:
    text = (
        "Foreign Minister Sergey Lavrov held talks with Foreign Minister Hakan Fidan in Moscow "
        "on Tuesday. Russia is ready to support both parties' efforts to expand trade."
    )
    assert all(KOSOVO not in e[1] for e in _events(text, "AGREE"))


# ---- a sanction's further targets -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "The Department of the Treasury is also imposing sanctions on former Iranian "
            "President Mahmoud Ahmadinejad and on Iran's Ministry of Intelligence.",
            # (the ministry as its state since session 26: test_s26_acts.py)
            {"Mahmoud Ahmadinejad", IRAN},
        ),
        (
            "Canada imposed sanctions on Belarus and on Russia's Wagner Group.",
            {BELARUS, "Russia's Wagner Group"},
        ),
        (
            "The United Kingdom announced sanctions against Iran and against China.",
            {IRAN, CHINA},
        ),
    ],
)
def test_sanction_on_several_targets(text: str, targets: set[str]) -> None:
    sanctions = _events(text, "SANCTION")
    assert [e[1] for e in sanctions] == [targets]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a later clause, and what is not a party
        ("Britain imposed sanctions on Russia, and on Monday it expelled two diplomats.", {RUSSIA}),
        (
            "Japan imposed sanctions on North Korea and on the import of goods from Syria.",
            {NORTH_KOREA},
        ),
    ],
)
def test_sanction_keeps_its_one_target(text: str, targets: set[str]) -> None:
    assert targets in [e[1] for e in _events(text, "SANCTION") if e[2] == "163"]
