"""Single constructions (session 13, rel5): documents signed in the passive after talks ("A number
of intergovernmental documents were also signed, including ..."), a named treaty "between" two
stated parties referred to in a hedged clause, a signing opened by "Today in <city>,", "All three
countries" and "the four states" as the states named or met, a "NATO Ally" with a capital, and
the military access an agreement grants to a state's land, waters and airspace."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import mentions
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts

DAY = dt.date(2023, 9, 14)

US, RUSSIA, UZBEKISTAN, FRANCE, INDIA = "Q30", "Q159", "Q265", "Q142", "Q668"
JAPAN, SOUTH_KOREA, UAE, MARSHALLS, PALAU = "Q17", "Q884", "Q878", "Q709", "Q695"
HUNGARY, SLOVAKIA, AUSTRIA, ESTONIA, LATVIA = "Q28", "Q214", "Q40", "Q191", "Q211"
LITHUANIA, TURKEY, GREECE, ARMENIA = "Q37", "Q43", "Q41", "Q399"
OSCE, NATO, HONOLULU = "Q81299", "Q7184", "Q18094"


def _of(text: str, cls: str) -> list[Fact]:
    return [f for f in facts(text, DAY) if f.cls.value == cls]


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _signings(text: str) -> list[Fact]:
    return [f for f in _of(text, "Event") if "057" in {str(c) for c in f.get("cameoCode")}]


MEETING = {
    "putin": "President Vladimir Putin held talks with President Shavkat Mirziyoyev of "
    "Uzbekistan in the Kremlin on Tuesday.",
    "macron": "President Emmanuel Macron met Prime Minister Narendra Modi in Paris on Friday.",
}

# ---- documents signed in the passive after talks ------------------------------------------


@pytest.mark.parametrize(
    ("meeting", "sentence", "states", "day", "treaty"),
    [
        (
            "putin",
            "A number of intergovernmental documents were also signed, including an agreement "
            "on cooperation in nuclear energy.",
            {RUSSIA, UZBEKISTAN},
            "2023-09-12",
            True,
        ),
        (
            "macron",
            "Several bilateral documents were then signed in the presence of the two leaders.",
            {FRANCE, INDIA},
            "2023-09-08",
            False,
        ),
        (
            "macron",
            "Agreements on defence and space have also been signed.",
            {FRANCE, INDIA},
            "2023-09-08",
            True,
        ),
        (
            "putin",
            "Memoranda on education and tourism were subsequently signed.",
            {RUSSIA, UZBEKISTAN},
            "2023-09-12",
            True,
        ),
    ],
)
def test_documents_signed_after_talks(
    meeting: str, sentence: str, states: set[str], day: str, treaty: bool
) -> None:
    text = f"{MEETING[meeting]}\n{sentence}"
    signed = [f for f in _signings(text) if f.evidence[0].text == sentence]
    assert len(signed) == 1
    assert _keys(signed[0], "actor") == states
    assert {str(d) for d in signed[0].get("date")} == {day}
    treaties = [f for f in _of(text, "TreatyRelation") if f.evidence[0].text == sentence]
    assert bool(treaties) is treaty
    if treaty:
        assert _keys(treaties[0], "party") == states


@pytest.mark.parametrize(
    "text",
    [
        MEETING["macron"] + "\nAgreements on defence and space will also be signed next month.",
        MEETING["macron"] + "\nDocuments on space cooperation are being prepared for signing.",
        MEETING["macron"] + "\nNo documents were signed.",
        MEETING["putin"] + "\nNone of the agreements have been signed.",
        # a signing of its own date, not the talks' outcome
        MEETING["putin"] + "\nIn 2019, agreements were also signed on trade.",
        # no meeting in context
        "The weather in Moscow was warm on Monday.\nSeveral bilateral agreements were also signed.",
    ],
)
def test_no_documents_signed(text: str) -> None:
    last = text.splitlines()[-1]
    assert not [f for f in _signings(text) if f.evidence[0].text == last]
    assert not [f for f in _of(text, "TreatyRelation") if f.evidence[0].text == last]


# ---- a named treaty between stated parties, referred to in a hedged clause -----------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The two ministers confirmed that the General Security of Military Information "
            "Agreement between Japan and the ROK would be fully normalized.",
            {JAPAN, SOUTH_KOREA},
        ),
        (
            "Officials said the Comprehensive Economic Partnership Agreement between India and "
            "the United Arab Emirates could be expanded to services.",
            {INDIA, UAE},
        ),
        (
            "The Treaty on Friendship between Russia and Uzbekistan may be reviewed if sanctions "
            "continue.",
            {RUSSIA, UZBEKISTAN},
        ),
    ],
)
def test_named_treaty_referred_to(text: str, parties: set[str]) -> None:
    assert [_keys(f, "party") for f in _of(text, "TreatyRelation")] == [parties]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said a new agreement between India and the United Arab Emirates could be "
        "signed next year.",
        "The draft Treaty between Russia and Belarus on migration would be discussed next week.",
        "If the Free Trade Agreement between China and Australia were suspended, exports would "
        "fall.",
        "The Border Cooperation Agreement between Kazakhstan and Uzbekistan has never entered "
        "into force.",
        "The two sides could sign the Treaty between Japan and India next year.",
    ],
)
def test_no_treaty_in_preparation(text: str) -> None:
    assert not _of(text, "TreatyRelation")


# ---- a signing opened by "Today in <city>," -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Today in Honolulu, the United States and the Republic of the Marshall Islands "
            "signed agreements that will renew the economic provisions of their Compact.",
            {US, MARSHALLS},
        ),
        (
            "Yesterday in Honolulu, the United States and Palau signed a memorandum on "
            "fisheries enforcement.",
            {US, PALAU},
        ),
    ],
)
def test_signing_today_in_city(text: str, states: set[str]) -> None:
    signed = _signings(text)
    assert len(signed) == 1
    assert _keys(signed[0], "actor") == states
    assert _keys(signed[0], "place") == {HONOLULU}
    assert signed[0].get("date")


def test_today_in_city_promise_is_no_signing() -> None:
    text = "Today in Honolulu, the United States and Palau agreed to sign a memorandum next year."
    assert not _signings(text)


# ---- "All three countries" as the states named or met ----------------------------------------


@pytest.mark.parametrize(
    ("text", "members", "org"),
    [
        (
            "Hungary, Slovakia and Austria held talks in Vienna on Tuesday.\n"
            "All three countries are participating States of the OSCE.",
            {HUNGARY, SLOVAKIA, AUSTRIA},
            OSCE,
        ),
        (
            "The foreign ministers of Estonia, Latvia and Lithuania met in Riga on Monday.\n"
            "The three countries are members of NATO.",
            {ESTONIA, LATVIA, LITHUANIA},
            NATO,
        ),
    ],
)
def test_counted_countries_are_members(text: str, members: set[str], org: str) -> None:
    found = _of(text, "Membership")
    assert {m for f in found if _keys(f, "organization") == {org} for m in _keys(f, "member")} == (
        members
    )


def test_counted_countries_need_that_many() -> None:
    text = "Germany and France met in Berlin on Monday.\nThe three countries are members of NATO."
    assert not _of(text, "Membership")


@pytest.mark.parametrize(
    "phrase", ["All three countries agreed", "the four states agreed", "The five nations agreed"]
)
def test_counted_group_precheck(phrase: str) -> None:
    assert mentions._GROUP.search(phrase)
    assert any(k in phrase.lower() for k in mentions._GROUP_KEYS)


# ---- a NATO Ally -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member", "since"),
    [
        ("Turkey has been a NATO Ally since 1952.", TURKEY, "1952"),
        ("Greece, a NATO Ally since 1952, hosted the talks.", GREECE, "1952"),
        ("Estonia is a NATO Ally.", ESTONIA, None),
    ],
)
def test_nato_ally(text: str, member: str, since: str | None) -> None:
    found = [f for f in _of(text, "Membership") if _keys(f, "organization") == {NATO}]
    assert [_keys(f, "member") for f in found] == [{member}]
    assert [str(d) for d in found[0].get("startDate")] == ([since] if since else [])


@pytest.mark.parametrize(
    "text", ["Ukraine is not a NATO Ally.", "Sweden hopes to become a NATO Ally next year."]
)
def test_no_nato_ally(text: str) -> None:
    assert not _of(text, "Membership")


# ---- the military access an agreement grants ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "grantor", "grantee"),
    [
        (
            "The Compact also grants the United States exclusive military access to the "
            "Marshall Islands' land, waters and airspace.",
            MARSHALLS,
            US,
        ),
        ("The treaty gives Russia military access to Armenia's territory.", ARMENIA, RUSSIA),
        (
            "The agreement grants the United States unimpeded military access to Palau's land "
            "and waters.",
            PALAU,
            US,
        ),
    ],
)
def test_agreement_grants_military_access(text: str, grantor: str, grantee: str) -> None:
    found = _of(text, "Permission")
    assert len(found) == 1
    assert _keys(found[0], "grantor") == {grantor}
    assert _keys(found[0], "territory") == {grantor}
    assert _keys(found[0], "grantee") == {grantee}
    assert [str(a) for a in found[0].get("activity")] == ["MilitaryBasing"]


@pytest.mark.parametrize(
    "text",
    [
        "A draft agreement would give the United States military access to Palau's airspace.",
        "The Compact does not grant the United States military access to Micronesia's airspace.",
        "The agreement gives Russian forces access to the base in Gyumri.",
    ],
)
def test_no_military_access(text: str) -> None:
    assert not _of(text, "Permission")
