"""Economic pledges, lenders' programmes and non-state groups as recipients (session 32, pledges).

Sentences written for this session in wire, agency and release styles (none from a gold set).

Fixed, each with paraphrases below, positives and negatives:

1. A lender's programme approved for a state: "The Executive Board of the IMF approved a
   36-month arrangement under the Extended Fund Facility for Kenya in an amount of ...", "the
   IMF's executive board approved a 46-month, $3 billion programme for Ghana": AID 071 lender →
   state, dated (``events`` trigger after "announced $45 million in funding"). A sum must be in
   the sentence.
2. "The Board's decision enables an immediate disbursement of $N" after such an approval: AID
   071 by the same lender to the programme's state, on the approval's day
   (``events.lender_disbursements``); with no programme told before: nothing.
3. Money, doses or investment pledged to a group the KB has no entity for ("African countries",
   "Pacific island nations", "Africa", "African financial institutions", "developing
   countries"): an unlinked recipient as written (``statements._group_recipient``), never a
   state of the region nor the announcer.
4. "has decided to invest $N in Y": AGREE 031, as "decided to" is.
5. "N yen of public and private investment into Y": investment (031), not aid (033).

Left: "Y is in talks with the IMF to revive ..." (Meeting 046), "reached a staff-level
agreement" (030, it stays 033 with the programme's sum), the authorities' commitments in a
programme story, and trade-deal terms (031 → 030) and deals concluded (SUPPORT 057 → AGREE 030):
not changed in this session.

Hit rate at 7f77661d: positives 1/15, negatives 8/8; after: 15/15, 8/8.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Entity
from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 5, 16)  # a Thursday

IMF, WORLD_BANK = "Q7804", "Q7164"
KENYA, GHANA, JORDAN, ZAMBIA, EGYPT = "Q114", "Q117", "Q810", "Q953", "Q79"
JAPAN, INDIA, CHINA, PAKISTAN, SAUDI, KOREA = "Q17", "Q668", "Q148", "Q843", "Q851", "Q884"
VIETNAM, UAE, QATAR, FRANCE = "Q881", "Q878", "Q846", "Q142"


def found(body: str) -> list[tuple[str, set[str], set[str], str, str, str]]:
    """(type, actors, recipients, CAMEO code, date, amount) of every Event."""
    return [
        (
            str(f.get("eventType")[0]),
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            str(f.get("date")[0]) if f.get("date") else "",
            str(f.get("amount")[0]) if f.get("amount") else "",
        )
        for f in facts(body, DAY)
        if f.cls.value == "Event"
    ]


POSITIVES = [
    # 1. programmes approved
    (
        "The Executive Board of the International Monetary Fund (IMF) today approved a 36-month "
        "arrangement under the Extended Fund Facility for Kenya in an amount of about $2.3 "
        "billion.",
        ("AID", {IMF}, {KENYA}, "071", "2024-05-16", "2300000000"),
    ),
    (
        "The IMF's executive board on Monday approved a 46-month, $3 billion programme for Ghana.",
        ("AID", {IMF}, {GHANA}, "071", "2024-05-13", "3000000000"),
    ),
    (
        "The World Bank's board approved a $500 million financing package for Zambia on Tuesday.",
        ("AID", {WORLD_BANK}, {ZAMBIA}, "071", "2024-05-14", "500000000"),
    ),
    # 3. groups as recipients
    (
        "Saudi Arabia is ready to channel $5 billion to African countries, Crown Prince Mohammed "
        "bin Salman said.",
        ("AGREE", {SAUDI}, {"African countries"}, "033", "", "5000000000"),
    ),
    (
        "Japan will provide $500 million to Pacific island nations, Prime Minister Fumio Kishida "
        "said on Tuesday.",
        ("AGREE", {JAPAN}, {"Pacific island nations"}, "033", "", "500000000"),
    ),
    (
        "Beijing will encourage its businesses to invest no less than $10 billion in Africa over "
        "the next three years.",
        ("AGREE", {CHINA}, {"Africa"}, "031", "", "10000000000"),
    ),
    (
        "South Korea pledged $2 billion in credit lines to African financial institutions.",
        ("AGREE", {KOREA}, {"African financial institutions"}, "033", "", "2000000000"),
    ),
    (
        "The United Arab Emirates will provide 2 million doses of vaccine to developing "
        "countries, the foreign ministry said.",
        ("AGREE", {UAE}, {"developing countries"}, "033", "", ""),
    ),
    # 4. "has decided to invest"
    (
        "China has decided to invest $20 billion in Pakistan's energy sector, the ministry said.",
        ("AGREE", {CHINA}, {PAKISTAN}, "031", "", "20000000000"),
    ),
    (
        "Qatar has decided to invest 5 billion euros in France over the coming years.",
        ("AGREE", {QATAR}, {FRANCE}, "031", "", "5000000000"),
    ),
    # 5. public and private investment
    (
        "Japan aims to bring 5 trillion yen of public and private investment into India over the "
        "next five years, Prime Minister Fumio Kishida said.",
        ("AGREE", {JAPAN}, {INDIA}, "031", "", "5000000000000"),
    ),
    (
        "South Korea plans to mobilise $4 billion of public and private investment in Vietnam.",
        ("AGREE", {KOREA}, {VIETNAM}, "031", "", "4000000000"),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_pledges_and_programmes(
    text: str, want: tuple[str, set[str], set[str], str, str, str]
) -> None:
    assert want in found(text)


def test_a_disbursement_goes_to_the_programme_told_before() -> None:
    body = (
        "The Executive Board of the International Monetary Fund today approved a 37-month "
        "arrangement under the Extended Fund Facility for Jordan in an amount of about $1.2 "
        "billion. The Board's decision enables an immediate disbursement of about $190 million."
    )
    got = found(body)
    assert ("AID", {IMF}, {JORDAN}, "071", "2024-05-16", "1200000000") in got
    assert ("AID", {IMF}, {JORDAN}, "071", "2024-05-16", "190000000") in got


def test_a_disbursement_with_no_programme_before_is_no_fact() -> None:
    body = "The Board's decision enables an immediate disbursement of about $190 million."
    assert not [f for f in found(body) if f[0] == "AID"]


def test_the_announcer_is_not_the_recipient() -> None:
    body = (
        "Japan will provide $500 million to Pacific island nations, Prime Minister Fumio Kishida "
        "said."
    )
    for fact in facts(body, DAY):
        if fact.cls.value == "Event":
            recipients = [r for r in fact.get("recipient") if isinstance(r, Entity)]
            assert [r.label for r in recipients] == ["Pacific island nations"]
            assert all(r.qid is None for r in recipients)


NEGATIVES = [
    # no sum: no lending
    "The government approved a new programme for Ukraine at the summit.",
    # negated, hypothetical
    "The IMF's executive board did not approve a $3 billion programme for Egypt on Monday.",
    "Japan would provide $500 million to Pacific island nations if the talks succeed.",
    # a group named only as a place of talk, no pledge
    "The minister said Africa needs $20 billion of investment, the ministry said.",
    "Analysts said developing countries face $1 trillion of debt.",
    # a programme of a state's own
    "Egypt's parliament approved the budget programme for 2025 worth $80 billion.",
    # a disbursement with no lender's decision
    "Kenya's decision enables an immediate disbursement of $50 million.",
    "The Board's decision delays the disbursement of $1 billion to Ghana.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_pledge_or_programme(text: str) -> None:
    got = found(text)
    assert not [f for f in got if f[0] in {"AID", "AGREE"}], got
