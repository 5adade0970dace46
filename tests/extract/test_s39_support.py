"""Thanks by other verbs, agreements welcomed with their signing told, aid sent to a city
(session 39, support).

The sentences are written for this round (none from a gold set). Conventions followed (all
earlier sessions' except where said):

- Thanks "conveyed", "extended", "voiced" or "recorded" to a party ("Kenya conveyed its
  gratitude to Japan", "extended its thanks to the Amir") is SUPPORT 051 of the thanker to
  that party, as "expressed its appreciation to" was (new here: the other verbs, and "thanks"
  as the noun). A message carried for someone else ("conveyed Japan's thanks to Egypt") and
  thanks denied give nothing.
- "welcomed the agreement signed in Doha on Friday by A and B", "the peace deal signed between
  A and B in Brussels": the signers are praised (SUPPORT 051 to both), as they were when the
  agreement was "reached" (new here: "signed" and "initialled", and a place or date between
  the participle and its signers). An agreement still to be signed, a welcome denied or one's
  own signing give no praise.
- Aid sent to a city or a strip, or to the people of one ("sent humanitarian aid to the people
  of Gaza", "delivered generators to Kharkiv"), goes to the state the KB puts the city in
  (ANNOTATION.md: the gold accepts the State of Palestine for the Gaza Strip); not to a hub the
  aid passed through ("for onward delivery to ..."), nor to the giver's own state, nor to one
  city of a list ("to civilians in Gaza and Sudan").
- Aid received, its giver told by a demonym or a name before the aid's noun ("Kiribati has
  received Chinese assistance for roads", "Kenya received EU funding"), is the giver's AID to
  the receiver, as "received aid from China" was (new here). Not people of the aid ("received
  Japanese aid workers"), not aid from another named after "from", not aid denied or to come.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)

KIRIBATI, NEPAL, EU, CHINA, US = "Q710", "Q837", "Q458", "Q148", "Q30"
JAPAN, KENYA, NORWAY, RWANDA, DRC, UGANDA = "Q17", "Q114", "Q20", "Q1037", "Q974", "Q1036"
SERBIA, KOSOVO, COLOMBIA, CANADA, INDIA, QATAR = "Q403", "Q1246", "Q739", "Q16", "Q668", "Q846"
TURKEY, PALESTINE, UKRAINE, JORDAN, FRANCE = "Q43", "Q219060", "Q212", "Q810", "Q142"

# (text, actors, recipients) of a SUPPORT 051
THANKS = [
    ("Kenya conveyed its gratitude to Japan for hosting the talks.", {KENYA}, {JAPAN}),
    ("Canada extended its thanks to Norway for its mediation.", {CANADA}, {NORWAY}),
    ("India voiced its deep appreciation to France for the support.", {INDIA}, {FRANCE}),
    ("Uganda recorded its appreciation to Kenya for the warm welcome.", {UGANDA}, {KENYA}),
    ("Qatar conveys its sincere gratitude to Turkey for its efforts.", {QATAR}, {TURKEY}),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), THANKS)
def test_thanks_by_other_verbs(text: str, actors: set[str], recipients: set[str]) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", actors, recipients, "051") in got, got


NO_THANKS = [
    "Kenya did not convey its gratitude to Japan.",
    "Kenya conveyed Japan's thanks to Egypt for hosting the talks.",
    "Kenya extended an invitation to Japan to attend the summit.",
    "Kenya conveyed its concern to Japan over the delays.",
]


@pytest.mark.parametrize("text", NO_THANKS)
def test_no_thanks(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT"]
    assert not got, got


WELCOMED_SIGNED = [
    (
        "Japan welcomed the agreement signed in Doha on Friday by Rwanda and the Democratic "
        "Republic of the Congo.",
        {JAPAN},
        {RWANDA, DRC},
    ),
    (
        "Japan welcomed the accord signed in Luanda last week between Rwanda and the "
        "Democratic Republic of the Congo.",
        {JAPAN},
        {RWANDA, DRC},
    ),
    (
        "Kenya welcomed the peace deal signed between Serbia and Kosovo in Brussels.",
        {KENYA},
        {SERBIA, KOSOVO},
    ),
    (
        "Norway welcomed the ceasefire deal signed in Havana on Friday by the Colombian "
        "government and the National Liberation Army.",
        {NORWAY},
        {COLOMBIA, "National Liberation Army"},
    ),
    (
        "Japan welcomed the agreement initialled in Kampala on Monday by Rwanda and Uganda.",
        {JAPAN},
        {RWANDA, UGANDA},
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), WELCOMED_SIGNED)
def test_welcomed_agreement_signed(text: str, actors: set[str], recipients: set[str]) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", actors, recipients, "051") in got, got


NOT_WELCOMED_SIGNED = [
    # still to be signed, welcome denied, hoped for
    "Japan welcomed the agreement to be signed in Doha next week by Rwanda and Uganda.",
    "Japan did not welcome the agreement signed in Doha on Friday by Rwanda and Uganda.",
    "Japan would welcome an agreement signed by Rwanda and Uganda.",
    # one's own signing: self-praise
    "Rwanda welcomed the agreement signed in Doha on Friday by Rwanda and Uganda.",
    # the signers still to act
    "Japan welcomed the agreement signed in Doha, which still awaits ratification by Rwanda "
    "and Uganda.",
]


@pytest.mark.parametrize("text", NOT_WELCOMED_SIGNED)
def test_not_welcomed_agreement_signed(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT" and g[2] and g[3] == "051"]
    assert not got, got


# (text, givers, receivers) of an AID
AID_TO_CITY = [
    (
        # (session 43: the people of Gaza as written, the gold's own recipient)
        "Turkey has sent more than 30,000 tons of humanitarian aid to the people of Gaza.",
        {TURKEY},
        {"people of Gaza"},
    ),
    ("Jordan airdropped food and medicine to the Gaza Strip.", {JORDAN}, {PALESTINE}),
    (
        "Qatar announced $5 million in humanitarian funding for the people of Gaza.",
        {QATAR},
        {"people of Gaza"},
    ),
    ("Japan delivered generators to Kharkiv last week.", {JAPAN}, {UKRAINE}),
]


@pytest.mark.parametrize(("text", "givers", "receivers"), AID_TO_CITY)
def test_aid_to_city(text: str, givers: set[str], receivers: set[str]) -> None:
    got = [(g[1], g[2]) for g in typed_events(text, DAY) if g[0] == "AID"]
    assert (givers, receivers) in got, got


NO_AID_TO_CITY = [
    # a hub passed through, the giver's own city, aid not sent, aid to come
    "Qatar flew food and medical aid to Al-Arish for onward delivery to Gaza.",
    "Japan sent relief supplies to Osaka after the earthquake.",
    "Japan did not send aid to Gaza.",
    "Japan will send aid to Gaza next week.",
    # one of a list of places (which of their states is not told apart here)
    "The UAE sent humanitarian assistance to civilians in Gaza and Sudan.",
]


@pytest.mark.parametrize("text", NO_AID_TO_CITY)
def test_no_aid_to_city(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "AID" and g[2]]
    assert not got, got


RECEIVED_FROM_DEMONYM = [
    ("Kiribati has since received Chinese assistance for roads.", {CHINA}, {KIRIBATI}),
    ("Nepal has received Indian grant assistance for the railway.", {INDIA}, {NEPAL}),
    ("Kenya received EU funding for the new port last year.", {EU}, {KENYA}),
    ("Jordan received substantial American military aid in 2023.", {US}, {JORDAN}),
]


@pytest.mark.parametrize(("text", "givers", "receivers"), RECEIVED_FROM_DEMONYM)
def test_aid_received_from_demonym(text: str, givers: set[str], receivers: set[str]) -> None:
    got = [(g[1], g[2]) for g in typed_events(text, DAY) if g[0] == "AID"]
    assert (givers, receivers) in got, got


NOT_RECEIVED_FROM_DEMONYM = [
    "Kenya received Chinese tourists last year.",
    "Kenya received Japanese aid workers on Monday.",
    "Kenya did not receive Chinese aid.",
    "Kenya will receive Japanese aid next year.",
]


@pytest.mark.parametrize("text", NOT_RECEIVED_FROM_DEMONYM)
def test_not_received_from_demonym(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "AID"]
    assert not got, got


def test_received_from_another_named_after() -> None:
    # the giver after "from" is the one that gave, not the demonym before the noun
    got = [
        (g[1], g[2])
        for g in typed_events("Kenya received Japanese aid from the United Nations.", DAY)
        if g[0] == "AID"
    ]
    assert ({"Q1065"}, {KENYA}) in got, got
    assert not any(JAPAN in g[0] for g in got), got
