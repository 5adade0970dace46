"""The help a thanks or praise names is a fact of its own (session 16, thanksaid): besides the
thanks (SUPPORT 051), AID by the one whose help it was ("for Lithuania's support for Ukraine,
including the deployment of instructors": Lithuania's, to Ukraine; ANNOTATION.md §5, one event
per act), with its kind, sum and receiver, or the thanker's state when the clause names none;
help told by its verb ("for providing F-16 fighter jets to Ukraine", "for hosting Ukrainian
refugees") and "grateful for the assistance that Russia sends to our people". Near misses give
no AID: thanks for an invitation or hospitality, support with no stated content (backing),
help still to come, a good office ("assistance in the exchange of prisoners"), the thanker's
own aid, negated and hypothetical thanks."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 6, 14)
LITHUANIA, UKRAINE, IRELAND, CHINA, PAKISTAN = "Q37", "Q212", "Q27", "Q148", "Q843"
JORDAN, RUSSIA, SYRIA, GERMANY, POLAND = "Q810", "Q159", "Q858", "Q183", "Q36"
NETHERLANDS, TURKEY, SAUDI, JAPAN, VENEZUELA = "Q29999", "Q43", "Q851", "Q17", "Q717"
PHILIPPINES, US, AZERBAIJAN = "Q928", "Q30", "Q227"

Row = tuple[frozenset[str], frozenset[str], str]


def _aid(text: str) -> list[Row]:
    return [
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("cameoCode")[0]),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith("AID")
    ]


def _support(text: str) -> bool:
    return any(
        f.cls.value == "Event" and str(f.get("cameoCode")[0]) == "051" for f in facts(text, DAY)
    )


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "cameo"),
    [
        # the giver a possessive names after "for", the receiver after the noun, the kind from
        # what the support included
        (
            "Secretary of State Antony Blinken thanked Foreign Minister Gabrielius Landsbergis "
            "for Lithuania's steadfast support for Ukraine, including the deployment of "
            "Lithuanian military instructors to train Ukrainian soldiers.",
            LITHUANIA,
            UKRAINE,
            "072",
        ),
        (
            "President Zelensky thanked Chancellor Olaf Scholz for Germany's military support.",
            GERMANY,
            UKRAINE,
            "072",
        ),
        # the receiver in what the support included
        (
            "Prime Minister Fumio Kishida thanked Germany for its support, including the delivery "
            "of air defence systems to Ukraine.",
            GERMANY,
            UKRAINE,
            "072",
        ),
        # no receiver named: the thanker's state
        (
            "Prime Minister Shehbaz Sharif thanked President Xi Jinping for China's support in the "
            "reconstruction of areas affected by the floods.",
            CHINA,
            PAKISTAN,
            "070",
        ),
        (
            "Prime Minister Shehbaz Sharif expressed gratitude to Turkey for its assistance after "
            "the floods.",
            TURKEY,
            PAKISTAN,
            "070",
        ),
        (
            "President Zelensky thanked Japan for its humanitarian assistance.",
            JAPAN,
            UKRAINE,
            "073",
        ),
        (
            "President Marcos thanked the United States for its humanitarian support after the "
            "typhoon.",
            US,
            PHILIPPINES,
            "073",
        ),
        (
            "Foreign Minister Jeyhun Bayramov thanked Turkey for its assistance in demining the "
            "liberated territories.",
            TURKEY,
            AZERBAIJAN,
            "070",
        ),
        # "grateful for the assistance that Russia sends to our people"
        (
            "President Bashar al-Assad said Syria was grateful for the humanitarian assistance "
            "that Russia sends to our people.",
            RUSSIA,
            SYRIA,
            "073",
        ),
        # help told by its verb
        (
            "President Zelensky praised the Netherlands for providing F-16 fighter jets to "
            "Ukraine.",
            NETHERLANDS,
            UKRAINE,
            "072",
        ),
        (
            "President Zelensky thanked Poland for hosting millions of Ukrainian refugees.",
            POLAND,
            UKRAINE,
            "075",  # people sheltered (session 22, as the gold codes hosting)
        ),
        (
            "President Maduro thanked President Putin for supplying 65,000 tonnes of wheat and "
            "humanitarian medicines to Venezuela.",
            RUSSIA,
            VENEZUELA,
            "073",
        ),
    ],
)
def test_the_help_thanked_for_is_aid(text: str, actor: str, recipient: str, cameo: str) -> None:
    assert (frozenset({actor}), frozenset({recipient}), cameo) in _aid(text)
    assert "grateful" in text or _support(text)  # (the thanks stays)


def test_the_sum_of_the_help_thanked_for() -> None:
    found = [
        f
        for f in facts(
            "President Volodymyr Zelensky thanked Prime Minister Leo Varadkar for Ireland's "
            "support to Ukraine, including more than €120 million in non-lethal assistance.",
            DAY,
        )
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith("AID")
    ]
    assert len(found) == 1
    assert keys(found[0].get("actor")) == {IRELAND}
    assert keys(found[0].get("recipient")) == {UKRAINE}
    assert [str(v) for v in found[0].get("amount")] == ["120000000"]
    assert found[0].get("currency")


def test_a_contribution_with_its_sum_and_receiver() -> None:
    found = [
        f
        for f in facts(
            "Prime Minister Shehbaz Sharif commended Saudi Arabia for its generous contribution "
            "of $2 billion to Pakistan's central bank.",
            DAY,
        )
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith("AID")
    ]
    assert [(keys(f.get("actor")), keys(f.get("recipient"))) for f in found] == [
        ({SAUDI}, {PAKISTAN})
    ]
    assert [str(v) for v in found[0].get("amount")] == ["2000000000"]


def test_a_receiver_that_is_no_party_is_left_out() -> None:
    # ("to Palestinians in Gaza": no linked party; session 43: the people as written, the gold's
    # recipient for such aid)
    rows = _aid(
        "President Joe Biden thanked King Abdullah II for Jordan's role in delivering "
        "humanitarian assistance to Palestinians in Gaza."
    )
    assert len(rows) == 1 and rows[0][0] == frozenset({JORDAN}) and rows[0][2] == "073"
    assert len(rows[0][1]) == 1 and "Palestinians in Gaza" in next(iter(rows[0][1]))


def test_the_help_thanked_for_is_not_dated_by_the_thanks() -> None:
    found = facts(
        "On Tuesday, President Zelensky thanked Japan for its humanitarian assistance.", DAY
    )
    aid = [f for f in found if f.cls.value == "Event" and str(f.get("eventType")[0]) == "AID"]
    assert aid and not aid[0].get("date")


@pytest.mark.parametrize(
    "text",
    [
        "President Ramaphosa thanked President Xi for the invitation and the warm hospitality.",
        "President Zelensky thanked Japan for its support for the resolution.",
        "President Zelensky thanked Japan for its support.",
        "Foreign Minister Kuleba thanked Lithuania for its support in the fight against "
        "aggression.",
        "Secretary Blinken thanked Japan for its contributions to the Quad.",
        # still to come: a promise (AGREE), not aid
        "President Ruto thanked China for the assistance China will provide to Kenya.",
        "President Zelensky thanked Japan for the assistance that Japan plans to provide.",
        "President Zelensky thanked Japan for the assistance Japan has pledged.",
        "President Zelensky thanked Germany for the planned assistance.",
        # a good office, not aid
        "The President of Russia thanked his counterpart for the UAE's assistance in the "
        "exchange of prisoners of war.",
        "President Zelensky thanked Turkey for providing its good offices to Ukraine.",
        "President Zelensky thanked Qatar for hosting the talks.",
        # the thanker's own aid
        "Prime Minister Kishida thanked President Zelensky for his words of gratitude for "
        "Japan's humanitarian assistance.",
        # negated, hypothetical, hoped for
        "President Zelensky did not thank Japan for its humanitarian assistance.",
        "President Zelensky may thank Japan for its humanitarian assistance.",
        "President Zelensky hoped for Japan's continued assistance.",
        # refugees of no named state
        "President Zelensky thanked Poland for hosting refugees.",
    ],
)
def test_no_aid_from_these_thanks(text: str) -> None:
    assert _aid(text) == []


@pytest.mark.parametrize(
    "masked",
    [
        "§P0§ thanked §P1§ for §S2§'s support to §S3§, including §M4§ in assistance.",
        "§P0§ commends §S1§ for its generous contribution of §M2§ to §S3§.",
        "§P0§ expressed gratitude to §S1§ for its assistance after the floods.",
        "§P0§ said §S1§ was grateful for the humanitarian aid that §S2§ sends.",
        "§P0§ voiced appreciation for §S1§'s role in delivering aid to §S2§.",
        "§P0§ is thankful for the help §S1§ gave.",
        "§P0§ hailed §S1§ for its efforts in the relief of §S2§.",
        "§P0§ praised §S1§ for providing tanks to §S2§.",
        "§P0§ extended thanks to §S1§ for hosting §D2§ refugees.",
        "§P0§ lauds §S1§ for taking in refugees from §S2§.",
    ],
)
def test_every_thanked_help_match_has_a_gate_word(masked: str) -> None:
    # (the rule runs only on sentences with one of these words and " for ")
    from dipld.extract.assistance import THANKED_FOR, THANKED_FOR_DOING, THANKED_FOR_WORDS

    m = THANKED_FOR.search(masked) or THANKED_FOR_DOING.search(masked)
    assert m is not None, masked
    assert set(m.group(0).lower().split()) & THANKED_FOR_WORDS, m.group(0)
    assert " for " in m.group(0)
