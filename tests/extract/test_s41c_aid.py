"""Military training counted in the trainees, and food staples given free (session 41c, aid).

The sentences are written for this round (none from a gold set). Conventions followed (counted on
the development gold and the spent sets):

- A state that has trained another state's soldiers gives it military aid: AID 072, the trainer
  as actor, the state of the trainees as recipient ("Spain has ... trained more than 2,000
  Ukrainian soldiers", "It has also trained thousands of Ukrainian troops": both so coded, no
  such sentence coded otherwise). "trained Ukrainian soldiers" was read already; new here: a
  count between the verb and the trainees ("more than 30,000", "thousands of", "about 1,500").
- Not: a negated or expected training, one still to come (an AGREE, as before), trainees who
  are no forces ("thousands of Ukrainians", "civil servants"), a state's own soldiers.
- Food staples (wheat, grain, flour, rice) a state gave "free of charge", "as a gift" or "free
  wheat" (also named before a relative clause, "the grain that Russia sent ... free of charge", or
  in what a party is thanked for) are humanitarian aid: AID 073 (the gold codes both such
  sentences 073; the one of wheat, fertilisers and fuel "deliveries" told without "free" 070).
  Before, the staples' AID kept the verb's 070. Not: staples delivered without a word of a gift
  (trade, no AID), goods given free that are no food ("200 trucks", "fuel": 070 as before), a
  delivery promised (an AGREE).
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

BRITAIN, UKRAINE, ERITREA, SOMALIA, LITHUANIA = "Q145", "Q212", "Q986", "Q1045", "Q37"
CANADA, RUSSIA, MALI, CHINA, LAOS, NEPAL = "Q16", "Q159", "Q912", "Q148", "Q819", "Q837"


def _aid(text: str) -> list[tuple[set[str], set[str], str]]:
    return [(a, r, c) for k, a, r, c in typed_events(text) if k == "AID"]


COUNTED = [
    ("Britain has trained more than 30,000 Ukrainian soldiers since 2022.", BRITAIN, UKRAINE),
    ("Eritrea trained about 5,000 Somali soldiers between 2019 and 2022.", ERITREA, SOMALIA),
    (
        "Lithuania has trained thousands of Ukrainian troops under the EU assistance mission.",
        LITHUANIA,
        UKRAINE,
    ),
    ("Canada has also trained some 400 Ukrainian pilots, the minister said.", CANADA, UKRAINE),
    ("Russia trained hundreds of Malian officers last year.", RUSSIA, MALI),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), COUNTED)
def test_trained_a_count_of_forces(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "072") in _aid(text)


@pytest.mark.parametrize(
    "text",
    [
        "Britain has not trained 30,000 Ukrainian soldiers, the ministry said.",
        "Britain is expected to have trained 30,000 Ukrainian soldiers by May.",
        "Britain could train thousands of Ukrainian soldiers next year.",
        "Britain has trained more than 30,000 Ukrainians in first aid.",
        "Britain has trained more than 3,000 Ukrainian civil servants.",
        "Russia has trained 3,000 Russian soldiers at its new academy.",
    ],
)
def test_no_counted_training(text: str) -> None:
    assert not [f for f in _aid(text) if f[2] == "072"]


STAPLES_FREE = [
    ("Russia delivered 30,000 tonnes of wheat to Somalia free of charge in May.", RUSSIA, SOMALIA),
    ("Last year Russia shipped grain and fertilisers to Bamako free of charge.", RUSSIA, MALI),
    ("China provided Laos with 3,000 tonnes of rice as a gift on Tuesday.", CHINA, LAOS),
    ("Russia has sent 20,000 tonnes of free wheat to Mali this year.", RUSSIA, MALI),
    # the staples named before a relative clause, or in what a party is thanked for
    (
        "The minister praised the 40,000 tonnes of grain that Russia sent to Somalia free of "
        "charge.",
        RUSSIA,
        SOMALIA,
    ),
    (
        "Mali's leader thanked Russia for the shipments of flour to Mali free of charge.",
        RUSSIA,
        MALI,
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), STAPLES_FREE)
def test_staples_given_free_are_humanitarian(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "073") in _aid(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia delivered 2 million tonnes of wheat to Egypt last year.",
        "Russia will deliver 30,000 tonnes of wheat to Somalia free of charge next year.",
        "Russia has not delivered any wheat to Mali free of charge.",
    ],
)
def test_no_staples_given_free(text: str) -> None:
    assert not _aid(text)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Russia has delivered 200 trucks to Mali free of charge.", RUSSIA, MALI),
        ("China supplied diesel fuel to Nepal free of charge in April.", CHINA, NEPAL),
        (
            "Nepal's minister thanked China for the shipments of rice to Nepal last year.",
            CHINA,
            NEPAL,
        ),
        (
            "The minister praised the 300 buses that China sent to Laos free of charge.",
            CHINA,
            LAOS,
        ),
    ],
)
def test_other_goods_given_free_keep_their_code(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "070") in _aid(text)
