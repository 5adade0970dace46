"""Event constructions a held-out set showed missing (session 14): a summit report's bare
"Leaders" adopting a joint statement; an exchange of notes (SUPPORT 057 and a treaty relation);
a condemned sanction another party imposed (an accusation of every party that imposed it, no new
sanction); aid a party is thanked or praised for; honours bestowed (SUPPORT 051); orders for a
consul or a state's envoy to leave (SANCTION 161) in compound sentences; and the near misses
that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 10, 28)
RUSSIA, CHINA, USA, JAPAN, INDIA, CUBA, EU = "Q159", "Q148", "Q30", "Q17", "Q668", "Q241", "Q458"
UKRAINE, CROATIA, NORWAY, POLAND, CANADA, ISRAEL = "Q212", "Q224", "Q20", "Q36", "Q16", "Q801"
TURKEY, PHILIPPINES, IRAN, VENEZUELA, GERMANY, NORTH_KOREA = (
    "Q43",
    "Q928",
    "Q794",
    "Q717",
    "Q183",
    "Q423",
)
SRI_LANKA, EGYPT = "Q854", "Q79"
PUTIN, XI, TOKAYEV, MODI, LAVROV = "Q7747", "Q15031", "Q200881", "Q1058", "Q58217"
HAYASHI, MANALO = "Q1141271", "Q28925129"


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


def _treaties(text: str) -> list[tuple[set[str], str]]:
    return [
        (keys(f.get("party")), str(f.get("date")[0]) if f.get("date") else "")
        for f in facts(text, DAY)
        if f.cls.value == "TreatyRelation"
    ]


# ---- joint statements adopted by a summit's "Leaders" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The European Union and Japan held their annual summit in Tokyo on Thursday. "
            "Leaders adopted a joint statement on economic security and critical minerals.",
            {EU, JAPAN},
        ),
        (
            "Russia and China held a summit in Beijing on Thursday. "
            "Heads of State also signed the Beijing Declaration on a multipolar world.",
            {RUSSIA, CHINA},
        ),
    ],
)
def test_bare_leaders_of_a_summit_adopt_its_statement(text: str, actors: set[str]) -> None:
    assert (actors, set(), "057", "2023-10-26") in _events(text, "SUPPORT")
    assert _treaties(text) == []  # a joint statement is no treaty (ANNOTATION.md §4)


def test_leaders_of_no_known_summit_adopt_nothing() -> None:
    assert _events("Leaders adopted a joint statement on climate finance.", "SUPPORT") == []


# ---- exchanges of notes -----------------------------------------------------------------------


def test_ministers_exchanging_notes_at_a_summit_conclude_an_agreement() -> None:
    text = (
        "Prime Minister Fumio Kishida met President Ferdinand Marcos Jr. of the Philippines on "
        "Thursday. In the presence of the two leaders, Foreign Minister Yoshimasa Hayashi and "
        "Secretary Enrique Manalo exchanged notes on a yen loan for flood control in Manila."
    )
    assert ({HAYASHI, MANALO}, set(), "057", "2023-10-26") in _events(text, "SUPPORT")
    assert _treaties(text) == [({JAPAN, PHILIPPINES}, "2023-10-26")]


def test_states_exchanging_notes_conclude_an_agreement() -> None:
    text = "Japan and India exchanged notes on a loan for the high-speed railway on Monday."
    assert ({JAPAN, INDIA}, set(), "057", "2023-10-23") in _events(text, "SUPPORT")
    assert _treaties(text) == [({JAPAN, INDIA}, "2023-10-23")]


@pytest.mark.parametrize(
    "text",
    [
        "Japan and India exchanged views on the loan for the high-speed railway.",
        "Japan and India compared notes on the high-speed railway.",
        "Japan and India will exchange notes on the loan next month.",
    ],
)
def test_no_exchange_of_notes_no_agreement(text: str) -> None:
    assert _treaties(text) == []
    assert _events(text, "SUPPORT") == []


# ---- a sanction another party imposed, condemned ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipients"),
    [
        (
            "Lavrov condemned the sanctions imposed on Russia by the United States and the "
            "European Union.",
            LAVROV,
            {USA, EU},
        ),
        (
            "Iran denounced the sanctions imposed by the United States and Canada on its banks.",
            IRAN,
            {USA, CANADA},
        ),
        ("Venezuela criticised the embargo imposed on it by the United States.", VENEZUELA, {USA}),
    ],
)
def test_condemned_sanction_accuses_who_imposed_it(
    text: str, actor: str, recipients: set[str]
) -> None:
    assert [(a, r, c) for a, r, c, _ in _events(text, "ACCUSE")] == [({actor}, recipients, "111")]
    assert _events(text, "SANCTION") == []  # background, not news of a sanction


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions imposed by the United States on Iran were extended on Monday.",
        # (a date of its own: news of a sanction, besides the condemnation)
        "Tehran condemned the sanctions imposed by the United States on Iran on Monday.",
    ],
)
def test_sanction_imposed_by_a_party_is_still_one_when_told_as_news(text: str) -> None:
    assert [(a, r) for a, r, _, _ in _events(text, "SANCTION")] == [({USA}, {IRAN})]


def test_sanctions_called_to_be_lifted_are_none() -> None:
    text = "Russia called for the sanctions imposed by the European Union to be lifted."
    assert _events(text, "SANCTION") == []


# ---- aid a party is thanked or praised for ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "giver", "taker", "cameo", "when"),
    [
        (
            "Cuban President Miguel Diaz-Canel thanked Russia for the humanitarian aid, including "
            "wheat, that Cuba had received this year.",
            RUSSIA,
            CUBA,
            "073",
            "2023",
        ),
        (
            "We commend Croatia's support for Ukraine, including the delivery of military and "
            "humanitarian assistance.",
            CROATIA,
            UKRAINE,
            "070",
            "",
        ),
        (
            "Kuleba thanked Norway for its humanitarian assistance to Ukraine.",
            NORWAY,
            UKRAINE,
            "073",
            "",
        ),
        (
            "The minister praised Germany for the military assistance it sent to Ukraine in 2022.",
            GERMANY,
            UKRAINE,
            "072",
            "2022",
        ),
        (
            "Sri Lanka thanked India for the economic aid that Sri Lanka received last year.",
            INDIA,
            SRI_LANKA,
            "071",
            "2022",
        ),
        (
            "Kyiv praised Canada's help for Ukraine, such as the supply of weapons.",
            CANADA,
            UKRAINE,
            "072",
            "",
        ),
    ],
)
def test_aid_thanked_for(text: str, giver: str, taker: str, cameo: str, when: str) -> None:
    assert ({giver}, {taker}, cameo, when) in _events(text, "AID")


def test_aid_thanked_for_is_not_dated_by_the_disaster_it_answered() -> None:
    text = (
        "The Secretary thanked India for its humanitarian assistance to Türkiye following the "
        "February 6 earthquakes."
    )
    assert [(a, r, d) for a, r, _, d in _events(text, "AID")] == [({INDIA}, {TURKEY}, "")]


def test_aid_thanked_for_keeps_its_sum() -> None:
    text = "Kuleba thanked the United States for the $500 million in aid to Ukraine."
    (aid,) = [
        f
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith("AID")
    ]
    assert [str(v) for v in aid.get("amount")] == ["500000000"]


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov thanked Kazakhstan for hosting the meeting.",
        "Zelensky thanked Japan for its support.",
        "Kuleba thanked Norway for its support for Ukraine's sovereignty.",
        "Lula thanked China for the aid.",
        "Kuleba thanked Japan for hosting the aid conference to Ukraine.",
        "Cuba did not thank Russia for the humanitarian aid that Cuba received this year.",
    ],
)
def test_no_aid_thanked_for(text: str) -> None:
    assert _events(text, "AID") == []


# ---- honours ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "President Kassym-Jomart Tokayev awarded Xi Jinping the Order of the Golden Eagle, "
            "Kazakhstan's highest state honour.",
            TOKAYEV,
            XI,
        ),
        ("Vladimir Putin presented the Order of Friendship to Narendra Modi.", PUTIN, MODI),
        ("India conferred its highest civilian honour on Vladimir Putin.", INDIA, PUTIN),
        ("Egypt bestowed upon Narendra Modi the Order of the Nile.", EGYPT, MODI),
        (
            "In 2019, Russia conferred its highest state award, the Order of St Andrew, on "
            "Narendra Modi.",
            RUSSIA,
            MODI,
        ),
    ],
)
def test_honour_bestowed_is_praise(text: str, actor: str, recipient: str) -> None:
    assert [(a, r, c) for a, r, c, _ in _events(text, "SUPPORT")] == [({actor}, {recipient}, "051")]


@pytest.mark.parametrize(
    "text",
    [
        "The order was not awarded to Xi Jinping.",
        "Macron presented his plan to Olaf Scholz.",
        "Putin awarded the Order of Courage to soldiers.",
        "India awarded the contract to Russia.",
    ],
)
def test_no_honour_no_praise(text: str) -> None:
    assert _events(text, "SUPPORT") == []


# ---- orders to leave, in compound sentences ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey expelled Israel's ambassador in May 2018 after deadly violence on the Gaza "
            "border, and Israel ordered the Turkish consul general in Jerusalem to leave.",
            [({TURKEY}, {ISRAEL}), ({ISRAEL}, {TURKEY})],
        ),
        (
            "In March 2021, Poland expelled three Russian diplomats, and Russia ordered Poland's "
            "consul in Irkutsk to leave.",
            [({POLAND}, {RUSSIA}), ({RUSSIA}, {POLAND})],
        ),
        ("Iran ordered Norway's ambassador to leave within 48 hours.", [({IRAN}, {NORWAY})]),
    ],
)
def test_orders_to_leave_expel(text: str, expected: list[tuple[set[str], set[str]]]) -> None:
    found = [(a, r) for a, r, c, _ in _events(text, "SANCTION") if c == "161"]
    assert sorted(found, key=str) == sorted(expected, key=str)


def test_both_expulsions_keep_the_compound_sentence_date() -> None:
    text = (
        "Turkey expelled Israel's ambassador in May 2018 after deadly violence on the Gaza "
        "border, and Israel ordered the Turkish consul general in Jerusalem to leave."
    )
    assert {d for _, _, _, d in _events(text, "SANCTION")} == {"2018-05"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia has not ordered the Polish consul to leave.",
        "Israel ordered the troops to leave Gaza.",
        "The consul general was told to leave the meeting room.",
    ],
)
def test_no_order_to_leave_no_expulsion(text: str) -> None:
    assert _events(text, "SANCTION") == []


# ---- "They urged ..." after the parties of a summit ------------------------------------------


def test_they_of_a_summit_readout_request() -> None:
    text = (
        "The European Union and Japan condemned North Korea's missile launches. They urged the "
        "Democratic People's Republic of Korea to abandon its nuclear weapons."
    )
    assert ({EU, JAPAN}, {NORTH_KOREA}, "100") in [
        (a, r, c) for a, r, c, _ in _events(text, "REQUEST")
    ]


def test_restraint_urged_of_no_one_is_no_request() -> None:
    assert _events("China urged restraint.", "REQUEST") == []
