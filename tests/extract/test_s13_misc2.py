"""Single constructions (session 13, misc2): permissions told as noun phrases ("the decision to
grant U.S. forces access to ...", "Poland's approval for German troops to be stationed ...", "an
agreement allowing Russian warships to use the port of ..."), company contracts (no treaty, no
signing event), treaties on the demarcation of a hyphenated pair's border, a pair's own border with
its length, trade told in a "with goods trade of" aside, aid given without a sum, and repression a
condemnation tells in a relative clause."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dipld.extract import economy, events, triggers
from dipld.extract.spans import _WORD
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts, find, keys

FRIDAY = dt.date(2024, 5, 24)

US, PHILIPPINES, POLAND, GERMANY, GREECE = "Q30", "Q928", "Q36", "Q183", "Q41"
RUSSIA, SYRIA, NORWAY, KAZAKHSTAN, UZBEKISTAN = "Q159", "Q858", "Q20", "Q232", "Q265"
KYRGYZSTAN, TAJIKISTAN, ARMENIA, AZERBAIJAN = "Q813", "Q863", "Q399", "Q227"
CHINA, INDIA, MEXICO, PAKISTAN, AFGHANISTAN = "Q148", "Q668", "Q96", "Q843", "Q889"
EU, TURKEY, BRAZIL, JAPAN, VIETNAM = "Q458", "Q43", "Q155", "Q17", "Q881"
UKRAINE, MOLDOVA, IRAN, BELARUS, EGYPT = "Q212", "Q217", "Q794", "Q184", "Q79"


def _of(text: str, cls: str) -> list[Fact]:
    return [f for f in facts(text, FRIDAY) if f.cls.value == cls]


def _events(text: str, kind: str) -> list[Fact]:
    return [f for f in _of(text, "Event") if str(f.get("eventType")[0]) == kind]


def _codes(found: list[Fact]) -> set[str]:
    return {str(f.get("cameoCode")[0]) for f in found}


def _actors(fact: Fact) -> set[str]:
    return {v.qid or v.label for v in fact.get("actor") if isinstance(v, Entity)}


# ---- permissions as noun phrases ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "grantor", "grantee", "territory"),
    [
        (
            "The decision to grant U.S. forces access to four additional sites in the "
            "Philippines was announced on Thursday.",
            PHILIPPINES,
            US,
            PHILIPPINES,
        ),
        (
            "Manila's decision to give American troops access to nine bases in the Philippines "
            "angered Beijing.",
            PHILIPPINES,
            US,
            PHILIPPINES,
        ),
        (
            "The Philippines' decision to grant U.S. forces access to four more bases was "
            "welcomed in Washington.",
            PHILIPPINES,
            US,
            None,
        ),
        (
            "Poland's approval for German troops to be stationed on its territory drew "
            "criticism from Moscow.",
            POLAND,
            GERMANY,
            POLAND,
        ),
        (
            "Greece's consent for U.S. warships to use the port of Alexandroupolis was "
            "welcomed by the Pentagon.",
            GREECE,
            US,
            None,
        ),
        (
            "Russia and Syria signed an agreement allowing Russian warships to use the port of "
            "Tartus.",
            SYRIA,
            RUSSIA,
            None,
        ),
    ],
)
def test_a_permission_told_as_a_noun_phrase(
    text: str, grantor: str, grantee: str, territory: str | None
) -> None:
    found = _of(text, "Permission")
    assert len(found) == 1, found
    permission = found[0]
    assert keys(permission.get("grantor")) == {grantor}
    assert keys(permission.get("grantee")) == {grantee}
    assert [str(a) for a in permission.get("activity")] == ["MilitaryBasing"]
    assert keys(permission.get("territory")) == ({territory} if territory else set())


@pytest.mark.parametrize(
    "text",
    [
        "Norway declined to grant U.S. forces access to its bases.",
        "The decision not to grant U.S. forces access to sites in the Philippines was criticised.",
        "The Philippines could decide to grant US forces access to more sites in the Philippines.",
        # (no forces, no basing)
        "The decision to grant Ukraine access to Western markets was welcomed.",
        "Poland's approval for German companies to invest in its territory drew criticism.",
        # (a request, not an approval)
        "Poland's request for German troops to be stationed on its territory was discussed.",
    ],
)
def test_no_permission_from_a_refusal_a_hypothesis_or_a_civil_act(text: str) -> None:
    assert _of(text, "Permission") == []


# ---- company contracts --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rosatom signed a contract with Egypt to build the El Dabaa nuclear plant.",
        "Woodside and PetroChina signed a supply agreement on Tuesday.",
        "Gazprom and CNPC signed a contract for gas supplies to China.",
    ],
)
def test_a_company_contract_is_no_treaty_and_no_state_signing(text: str) -> None:
    found = facts(text, FRIDAY)
    assert find(found, "TreatyRelation") is None
    # (session 13, ev13: the companies' own signing is their SUPPORT 057, as the development
    # gold codes it; no state signs)
    assert [
        f for f in found if "057" in _codes([f]) and any(e.qid for e in f.entities("actor"))
    ] == []


# ---- treaties on a border -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The presidents signed an agreement on the demarcation of the Kazakh-Uzbek state "
            "border.",
            {KAZAKHSTAN, UZBEKISTAN},
        ),
        (
            "Officials signed a protocol on the delimitation and demarcation of the "
            "Kyrgyz-Tajik state border on Friday.",
            {KYRGYZSTAN, TAJIKISTAN},
        ),
        (
            "The ministers signed a treaty on the delimitation of the border between Azerbaijan "
            "and Armenia.",
            {AZERBAIJAN, ARMENIA},
        ),
    ],
)
def test_a_treaty_on_the_border_of_a_pair(text: str, pair: set[str]) -> None:
    found = facts(text, FRIDAY)
    assert find(found, "TreatyRelation", party=pair) is not None
    assert find(found, "SharedBorder", party=pair) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The leaders discussed a draft agreement on the demarcation of the Kyrgyz-Tajik border.",
        "The presidents did not sign the agreement on the demarcation of the Kazakh-Uzbek border.",
        "Talks on the demarcation of the Kazakh-Uzbek border continued.",
    ],
)
def test_no_treaty_on_a_border_still_unsigned(text: str) -> None:
    assert _of(text, "TreatyRelation") == []


# ---- a pair's own border --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China and India have clashed along their 3,488-km border.", {CHINA, INDIA}),
        ("Kyrgyzstan and Tajikistan reopened their 970-kilometre border on Monday.", None),
        ("Russia and Norway patrol their 196-kilometer-long frontier.", {RUSSIA, NORWAY}),
        (
            "The United States and Mexico discussed security along their 1,954-mile border.",
            {US, MEXICO},
        ),
        ("Pakistan and Afghanistan closed their long border after clashes.", None),
    ],
)
def test_their_border_after_a_pair(text: str, pair: set[str] | None) -> None:
    found = _of(text, "SharedBorder")
    assert len(found) == 1
    if pair is not None:
        assert keys(found[0].get("party")) == pair


@pytest.mark.parametrize(
    "text",
    [
        "Poland and Lithuania reinforced their 400-km border with Belarus.",
        "The two leaders discussed their 3,000-km border.",
        "The mountains form a border of rock and ice.",
        "Kenya and Somalia signed a deal on their border trade.",
    ],
)
def test_no_border_of_a_pair_with_a_third_or_unnamed(text: str) -> None:
    assert _of(text, "SharedBorder") == []


# ---- trade in an aside ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "amount", "period"),
    [
        (
            "China is the European Union's biggest trading partner, with goods trade of "
            "$690 billion last year.",
            {CHINA, EU},
            "690000000000",
            "2023",
        ),
        (
            "The EU and China are deeply intertwined, with goods trade of 740 billion euros last "
            "year.",
            {CHINA, EU},
            "740000000000",
            "2023",
        ),
        (
            "Turkey and Russia have close economic ties, with trade turnover of $57 billion in "
            "2023.",
            {TURKEY, RUSSIA},
            "57000000000",
            "2023",
        ),
        (
            "Brazil and China held talks on Friday. Bilateral trade, which reached $157 billion "
            "in 2023, is expected to double.",
            {BRAZIL, CHINA},
            "157000000000",
            "2023",
        ),
    ],
)
def test_trade_told_in_an_aside(text: str, pair: set[str], amount: str, period: str) -> None:
    found = _of(text, "TradeFlow")
    assert len(found) == 1
    flow = found[0]
    assert keys(flow.get("party")) == pair
    assert [str(v) for v in flow.get("amount")] == [amount]
    assert [str(v) for v in flow.get("period")] == [period]


@pytest.mark.parametrize(
    "text",
    [
        "Japan and India are partners, with trade that could reach $50 billion by 2030.",
        "Japan and India are partners, with trade expected to reach $50 billion by 2030.",
        "Germany and France are key members, with trade of $300 billion with China in 2023.",
        "Germany and France backed sanctions on Russia, with trade of $5 billion at stake.",
        "Brazil and China held talks on Friday. Bilateral trade could reach $200 billion by 2030.",
    ],
)
def test_no_trade_figure_from_a_target_or_a_third_partys_trade(text: str) -> None:
    assert _of(text, "TradeFlow") == []


# ---- aid without a sum ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "code"),
    [
        ("Japan donated 1.5 million doses of vaccine to Vietnam.", JAPAN, VIETNAM, "073"),
        ("The EU delivered 200 generators to Ukraine.", EU, UKRAINE, "070"),
        ("Germany has sent 40 ambulances and medicines to Moldova.", GERMANY, MOLDOVA, "073"),
        ("Turkey sent tents and blankets to Syria after the earthquake.", TURKEY, SYRIA, "073"),
    ],
)
def test_aid_given_without_a_sum(text: str, actor: str, recipient: str, code: str) -> None:
    found = _events(text, "AID")
    assert len(found) == 1
    assert _actors(found[0]) == {actor}
    assert keys(found[0].get("recipient")) == {recipient}
    assert _codes(found) == {code}


@pytest.mark.parametrize(
    "text",
    [
        "Japan did not deliver the generators to Ukraine.",
        "China shipped 2.5 million tonnes of grain to Egypt.",
        "Germany may send ambulances to Moldova.",
    ],
)
def test_no_aid_given_from_a_negation_trade_or_hypothesis(text: str) -> None:
    assert _events(text, "AID") == []


# ---- repression told inside a condemnation ------------------------------------------------------


def test_coercion_told_in_a_condemnation_is_its_own_act() -> None:
    text = (
        "The United States condemned the Iranian authorities, who used tear gas against "
        "protesters and restricted internet access."
    )
    accused = _events(text, "ACCUSE")
    assert len(accused) == 1 and keys(accused[0].get("recipient")) == {IRAN}
    coerced = _events(text, "COERCE")
    assert _codes(coerced) == {"175", "1721"}
    assert all(_actors(f) == {IRAN} for f in coerced)


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        (
            "The EU condemned the Belarusian authorities, who fired water cannon at demonstrators.",
            BELARUS,
            "175",
        ),
        (
            "The EU criticised Belarus, which blocked internet access during the vote.",
            BELARUS,
            "1721",
        ),
        (
            "Georgian police used tear gas and water cannon against protesters in Tbilisi.",
            "Q230",
            "175",
        ),
    ],
)
def test_repression_of_a_state(text: str, actor: str, code: str) -> None:
    found = _events(text, "COERCE")
    assert len(found) == 1
    assert _actors(found[0]) == {actor} and _codes(found) == {code}


@pytest.mark.parametrize(
    "text",
    [
        "Police used tear gas against protesters.",
        "The EU condemned Belarus, which said police used tear gas against protesters.",
        "The EU praised Georgia, which has not restricted internet access.",
        "Lawmakers voted to restrict internet access for minors.",
        # (a background aside of the subject, no act told)
        "Russia, which annexed Crimea in 2014, held talks with China.",
    ],
)
def test_no_repression_from_a_report_a_negation_or_an_aside(text: str) -> None:
    assert _events(text, "COERCE") == []


def test_an_alleged_repression_is_the_speakers_accusation() -> None:
    text = "Ukraine said Russia used tear gas against protesters in Kherson."
    assert _events(text, "COERCE") == []
    assert _codes(_events(text, "ACCUSE")) == {"112"}
    assert find(facts(text, FRIDAY), "Event", actor={UKRAINE}, recipient={RUSSIA}) is not None


# ---- pre-checks -------------------------------------------------------------------------------

PERMISSIONS_PRECHECKED = [
    (economy._DECISION_TO, "The decision to grant §S0§ forces access to sites in §S1§"),
    (economy._DECISION_TO, "§S1§'s decision to give §S0§ access to its bases"),
    (economy._APPROVAL_FOR, "§S0§'s approval for §S1§ troops to be stationed"),
    (economy._APPROVAL_FOR, "§S0§’s consent for §S1§ to use its ports"),
    (economy._APPROVAL_FOR, "§S0§'s permission for §S1§ to use its airspace"),
    (economy._APPROVAL_FOR, "§S0§'s go-ahead for §S1§ to be stationed"),
    (economy._APPROVAL_FOR, "§S0§'s green light for §S1§ to be stationed"),
    (economy._APPROVAL_FOR, "§S0§'s authorization for §S1§ to use its bases"),
]


@pytest.mark.parametrize(("regex", "phrase"), PERMISSIONS_PRECHECKED)
def test_new_permission_phrases_pass_their_prechecks(regex: re.Pattern[str], phrase: str) -> None:
    assert regex.search(phrase), phrase
    needed = dict(economy._PERMISSION_PATTERNS)[regex]
    assert any(word in phrase for word in needed), phrase
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    assert not economy._PERMISSION_WORDS.isdisjoint(words), phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "§S0§ used tear gas against protesters",
        "§S0§ fired water cannon at demonstrators",
        "§S0§ deployed rubber bullets to disperse the crowds",
        "§S0§ restricted internet access",
        "§S0§ shut down the internet",
        "§S0§ cut off mobile internet",
        "§S0§ delivered 200 generators to §S1§",
        "§S0§ sent tents and blankets to §S1§",
        "§S0§ donated 1.5 million doses to §S1§",
    ],
)
def test_new_event_phrases_pass_their_prechecks(phrase: str) -> None:
    words = frozenset(_WORD.findall(phrase.lower()))
    matching = [t for t in triggers.TRIGGERS if t.needs is not None and t.pattern.search(phrase)]
    assert matching, phrase
    runs = events._triggers_for(words, phrase)
    assert all(trigger in runs for trigger in matching), phrase
