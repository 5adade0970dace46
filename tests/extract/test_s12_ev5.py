"""Statements (session 12, ev5): a one-sided promise in a readout reaches the other state; stances
reported in a clause of their own ("said that China stood ready to ..."); support for a state
qualified by adjectives; accession talk is no AGREE; a demonym in the object of a promise names
its recipient; deposits of instruments and witnessed exchanges of documents are signings (057);
a signing dated more than a month before the article is background (TreatyRelation only)."""

from __future__ import annotations

import datetime as dt
from re import _parser  # type: ignore[attr-defined]

import pytest

from dipld.extract import extract, statements
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact, TimeValue
from tests.extract.test_s10_rel import _never, _without

DAY = dt.date(2023, 9, 14)  # a Thursday

US, VIETNAM, RUSSIA, BELARUS, CHINA = "Q30", "Q881", "Q159", "Q184", "Q148"
KAZAKHSTAN, SERBIA, INDIA, NEPAL, JAPAN = "Q232", "Q403", "Q668", "Q837", "Q17"
PHILIPPINES, AUSTRALIA, INDONESIA, FRANCE, GEORGIA = "Q928", "Q408", "Q252", "Q142", "Q230"
FINLAND, ASEAN, MONGOLIA, KOREA, BRAZIL = "Q33", "Q7768", "Q711", "Q884", "Q155"

Event = tuple[str, str, frozenset[str], frozenset[str]]


def _keys(fact: Fact, role: str) -> frozenset[str]:
    return frozenset(v.qid or v.label for v in fact.get(role) if isinstance(v, Entity))


def _facts(body: str, date: dt.date = DAY, title: str | None = None) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, date=date, title=title)
    return extract(article, load_index())


def _events(body: str, date: dt.date = DAY, title: str | None = None) -> list[Event]:
    """(eventType, cameoCode, actors, recipients) of each event."""
    return [
        (
            str(f.get("eventType")[0]),
            str(f.get("cameoCode")[0]),
            _keys(f, "actor"),
            _keys(f, "recipient"),
        )
        for f in _facts(body, date, title)
        if f.cls.value == "Event"
    ]


def _of(body: str, kind: str, date: dt.date = DAY, title: str | None = None) -> list[Event]:
    return [e for e in _events(body, date, title) if e[0] == kind]


def _signings(body: str, date: dt.date = DAY) -> list[Fact]:
    return [
        f
        for f in _facts(body, date)
        if f.cls.value == "Event" and str(f.get("cameoCode")[0]) == "057"
    ]


def _dates(fact: Fact) -> list[str]:
    return [v.lexical for v in fact.get("date") if isinstance(v, TimeValue)]


# ---- 1. a one-sided promise in a readout: the other state is the recipient ----------------------

READOUT_US_VN = (
    "Secretary of State Antony Blinken met with Vietnamese Foreign Minister Bui Thanh Son in "
    "Washington today. "
)
READOUT_RU_KZ = "Vladimir Putin held talks with President of Kazakhstan Kassym-Jomart Tokayev. "


@pytest.mark.parametrize(
    ("body", "actor", "recipient"),
    [
        (
            READOUT_US_VN + "The United States committed to continue its support for removing "
            "unexploded ordnance in Quang Tri province.",
            US,
            VIETNAM,
        ),
        (
            READOUT_US_VN + "Vietnam pledged to step up the search for the remains of missing "
            "servicemen.",
            VIETNAM,
            US,
        ),
        (
            READOUT_RU_KZ + "Russia promised to finish the modernisation of the Ekibastuz power "
            "plant by 2026.",
            RUSSIA,
            KAZAKHSTAN,
        ),
        (
            READOUT_RU_KZ + "Kazakhstan has agreed to simplify customs checks at the border "
            "crossings.",
            KAZAKHSTAN,
            RUSSIA,
        ),
    ],
)
def test_a_one_sided_promise_in_a_readout_reaches_the_other_state(
    body: str, actor: str, recipient: str
) -> None:
    assert ("AGREE", "030", frozenset({actor}), frozenset({recipient})) in _of(body, "AGREE")


@pytest.mark.parametrize(
    "body",
    [
        # partners of its own named by a noun: not the state met
        READOUT_US_VN + "The United States committed to deepen cooperation with regional "
        "organisations on maritime safety.",
        # a state that did not take part
        READOUT_US_VN + "Japan pledged to fund the clearance of unexploded ordnance.",
    ],
)
def test_a_promise_with_partners_of_its_own_or_by_a_third_state_has_no_recipient_from_the_meeting(
    body: str,
) -> None:
    agree = _of(body, "AGREE")
    assert agree and all(not recipients for _, _, _, recipients in agree), agree


def test_a_promise_not_made_gives_nothing() -> None:
    body = READOUT_US_VN + "The United States did not commit to new funding for the project."
    assert _of(body, "AGREE") == []


# ---- 2. stances reported in a clause of their own -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "actor", "recipient", "code"),
    [
        (
            "The Chinese ambassador said that China stood ready to expand trade with Mongolia.",
            CHINA,
            MONGOLIA,
            "031",
        ),
        (
            "The Russian envoy stated that Russia was prepared to extend cooperation with Serbia "
            "in the energy sector.",
            RUSSIA,
            SERBIA,
            "030",
        ),
        (
            "Foreign Minister Sergey Lavrov reiterated that Russia remained open to dialogue with "
            "Finland.",
            RUSSIA,
            FINLAND,
            "036",
        ),
        (
            "President Tokayev affirmed that Kazakhstan stands ready to work with China on "
            "transit corridors.",
            KAZAKHSTAN,
            CHINA,
            "030",
        ),
        (
            "Prime Minister Albanese underscored that Australia remains committed to its "
            "partnership with Indonesia.",
            AUSTRALIA,
            INDONESIA,
            "030",
        ),
        (
            "Foreign Minister Luvsannamsrain Oyun-Erdene said Mongolia remained interested in "
            "expanding cooperation with Japan.",
            MONGOLIA,
            JAPAN,
            "030",
        ),
    ],
)
def test_a_stance_reported_in_a_clause_of_its_own_is_an_agree(
    body: str, actor: str, recipient: str, code: str
) -> None:
    assert ("AGREE", code, frozenset({actor}), frozenset({recipient})) in _of(body, "AGREE")


@pytest.mark.parametrize(
    "body",
    [
        "Foreign Minister Sergey Lavrov reiterated that the alliance with Belarus remained strong.",
        "Foreign Minister Sergey Lavrov reaffirmed that Russia was not ready to resume talks "
        "with Finland.",
        "The Chinese ambassador said that China would be ready to help Mongolia if asked.",
        "The Chinese ambassador said the weather in Ulaanbaatar was unusually warm.",
        "Foreign Minister Sergey Lavrov reiterated that Finland remained closed to dialogue.",
        # resolve to defend itself is no readiness to cooperate
        "President Ferdinand Marcos Jr. affirmed that the Philippines was determined to "
        "protect its sovereign rights.",
    ],
)
def test_no_stance_no_agree(body: str) -> None:
    assert _of(body, "AGREE") == []


# ---- 2c. support for a state qualified by adjectives --------------------------------------------


@pytest.mark.parametrize(
    ("body", "actor", "recipient"),
    [
        (
            "President Joe Biden reaffirmed America's support for a strong, independent and "
            "prosperous Vietnam.",
            "Q6279",
            VIETNAM,
        ),
        (
            "Japan expressed its support for a united, resilient and peaceful ASEAN.",
            JAPAN,
            ASEAN,
        ),
        (
            "The United States supports a sovereign and democratic Georgia.",
            US,
            GEORGIA,
        ),
        (
            "India reiterated its support for a stable, secure Nepal that is at peace.",
            INDIA,
            NEPAL,
        ),
    ],
)
def test_support_for_a_state_qualified_by_adjectives_is_support_of_it(
    body: str, actor: str, recipient: str
) -> None:
    assert ("SUPPORT", "051", frozenset({actor}), frozenset({recipient})) in _of(body, "SUPPORT")


@pytest.mark.parametrize(
    "body",
    [
        # what is supported is a settlement, not the state named in it
        "Japan expressed its support for a peaceful resolution of the conflict in Georgia.",
        # a partnership of two states
        "India reiterated its support for a strong India-Nepal partnership.",
        # a region, and a people named by a demonym
        "Australia reaffirmed its support for a free and open Indo-Pacific.",
        "Japan expressed concern about growing support for a nuclear-armed Iran.",
    ],
)
def test_support_for_something_else_is_no_support_of_a_state(body: str) -> None:
    assert _of(body, "SUPPORT") == []


# ---- 3. accession talk; a demonym in the object of a promise -------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "President Lukashenko reiterated Belarus's interest in becoming a full member of BRICS.",
        "Foreign Minister Ivica Dacic reaffirmed Serbia's commitment to joining the EU.",
        "Georgia remains committed to becoming a member of NATO.",
        "Mongolia is ready to join the Eurasian Economic Union as an observer state.",
        "Uzbekistan expressed its determination to complete its accession to the WTO.",
    ],
)
def test_accession_talk_is_no_agree(body: str) -> None:
    assert _of(body, "AGREE") == []


@pytest.mark.parametrize(
    ("body", "actor", "recipient"),
    [
        # a promise to support another's candidacy is a promise to it
        (
            "India pledged to support Nepal's bid for a non-permanent seat and membership of "
            "the Human Rights Council.",
            INDIA,
            NEPAL,
        ),
        ("Japan and the Philippines agreed to join forces against illegal fishing.", "", ""),
    ],
)
def test_a_promise_about_joining_that_is_no_accession_talk_stays(
    body: str, actor: str, recipient: str
) -> None:
    agree = _of(body, "AGREE")
    if actor:
        # (session 14: backing a party's bid is diplomatic cooperation, 032; it was 030 before)
        assert ("AGREE", "032", frozenset({actor}), frozenset({recipient})) in agree
    else:
        assert ("AGREE", "030", frozenset({JAPAN, PHILIPPINES}), frozenset()) in agree


@pytest.mark.parametrize(
    ("body", "recipient"),
    [
        ("Vladimir Putin said that Russia would refit the Kazakh transport aircraft.", KAZAKHSTAN),
        ("President Putin said Russia will train Belarusian helicopter crews.", BELARUS),
        ("The Kremlin said Russia was ready to discuss Ukrainian proposals.", "Q212"),
        (
            "Prime Minister Modi said that India would increase fuel supplies to the Nepali "
            "market.",
            NEPAL,
        ),
    ],
)
def test_a_promise_for_another_states_things_or_people_has_it_as_recipient(
    body: str, recipient: str
) -> None:
    agree = _of(body, "AGREE")
    assert agree and agree[0][3] == {recipient}, agree


@pytest.mark.parametrize(
    "body",
    [
        "President Joe Biden said the United States would reduce its dependence on Chinese "
        "minerals.",
        "Prime Minister Kishida said Japan would counter Chinese coercion in the region.",
        "President Joe Biden said the United States would protect American workers.",
        # ("Russia will respond to any Finnish deployment near the border": a warning, no AGREE
        # at all since session 18, tests/extract/test_s18_commit.py)
        "Vladimir Putin said that Russia would expand Russian-Belarusian industrial cooperation.",
    ],
)
def test_a_demonym_the_promise_is_not_for_gives_no_recipient(body: str) -> None:
    agree = _of(body, "AGREE")
    assert agree and all(not recipients for *_, recipients in agree), agree


# ---- 4. signings: deposits, witnessed exchanges, background dates -------------------------------


@pytest.mark.parametrize(
    ("body", "actor", "date"),
    [
        (
            "Georgia deposited its instrument of ratification of the Paris Agreement with the "
            "Secretary-General on Monday.",
            GEORGIA,
            "2023-09-11",
        ),
        # the depositary is no signatory
        (
            "Finland deposited its instrument of accession to the North Atlantic Treaty with the "
            "United States on Tuesday.",
            FINLAND,
            "2023-09-12",
        ),
        ("Mongolia lodged the instruments of ratification of the convention today.", MONGOLIA, ""),
    ],
)
def test_depositing_an_instrument_is_a_signing_by_the_depositor(
    body: str, actor: str, date: str
) -> None:
    found = _signings(body)
    assert [_keys(f, "actor") for f in found] == [{actor}]
    assert _dates(found[0]) == ([date] if date else ["2023-09-14"])


@pytest.mark.parametrize(
    "body",
    [
        "Georgia has not deposited its instrument of ratification of the Paris Agreement.",
        "Georgia will deposit its instrument of ratification of the Paris Agreement next month.",
        "Georgia plans to deposit its instrument of ratification soon.",
        "Georgia deposited 40 million dollars in the development fund.",
    ],
)
def test_no_deposit_no_signing(body: str) -> None:
    assert _signings(body) == []


KREMLIN_CN = "Vladimir Putin held talks with Chinese President Xi Jinping in Moscow on Tuesday. "


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "Presidents Xi Jinping and Kassym-Jomart Tokayev witnessed the signing of a dozen "
            "agreements between China and Kazakhstan.",
            {CHINA, KAZAKHSTAN},
        ),
        (
            "Prime Minister Narendra Modi and Prime Minister Pushpa Kamal Dahal witnessed the "
            "exchange of memoranda of understanding between India and Nepal.",
            {INDIA, NEPAL},
        ),
        # no "between": the states of those who met
        (
            KREMLIN_CN + "After the talks, the two leaders oversaw the signing of bilateral "
            "cooperation documents in trade and energy.",
            {RUSSIA, CHINA},
        ),
        (
            KREMLIN_CN + "Putin also witnessed the exchange of intergovernmental agreements.",
            {RUSSIA, CHINA},
        ),
    ],
)
def test_a_witnessed_exchange_of_documents_is_a_signing_by_the_states(
    body: str, parties: set[str]
) -> None:
    found = _signings(body)
    assert [_keys(f, "actor") for f in found] == [parties], found


@pytest.mark.parametrize(
    "body",
    [
        # company contracts, and documents of a company and a state body
        "Presidents Xi Jinping and Kassym-Jomart Tokayev witnessed the signing of commercial "
        "contracts between Chinese and Kazakh companies.",
        "Prime Minister Narendra Modi witnessed the signing of a memorandum between the Railway "
        "Board of India and a Nepalese company.",
        # a single witness with no meeting: whose documents is unknown
        "Prime Minister Narendra Modi witnessed the exchange of agreements.",
        # what someone else witnessed is no signing
        "The ceremony was witnessed by the ambassadors of India and Nepal.",
    ],
)
def test_no_state_documents_no_witnessed_signing(body: str) -> None:
    assert _signings(body) == []


MARCH = dt.date(2024, 3, 20)


@pytest.mark.parametrize(
    "body",
    [
        "Vietnam and Australia signed a defence cooperation agreement on October 2, 2023, which "
        "set up joint naval exercises.",
        "In December, Japan and the Philippines signed a memorandum on disaster relief.",
        "On 18 January 2024, Indonesia and France concluded an agreement on ammunition production.",
    ],
)
def test_a_signing_dated_more_than_a_month_before_the_article_is_background(body: str) -> None:
    assert _signings(body, MARCH) == []
    assert any(f.cls.value == "TreatyRelation" for f in _facts(body, MARCH))


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Vietnam and Australia signed a defence cooperation agreement on Monday.",
            "2024-03-18",
        ),
        ("Vietnam and Australia signed a protocol on pilot training last month.", "2024-02"),
        (
            "Indonesia and France signed an implementing arrangement on submarine maintenance on "
            "March 5.",
            "2024-03-05",
        ),
    ],
)
def test_a_recent_signing_is_news(body: str, date: str) -> None:
    found = _signings(body, MARCH)
    assert [_dates(f) for f in found] == [[date]], found


# ---- pre-checks ----------------------------------------------------------------------------------


def test_the_witnessed_pattern_cannot_match_without_its_verbs() -> None:
    words = ("witnessed", "oversaw", "supervised", "presided", "attended")
    assert set(statements._WITNESS_WORDS) == set(words)
    impossible = _without(statements._WITNESSED, words)
    assert _never(list(_parser.parse(impossible, statements._WITNESSED.flags))), impossible


def test_the_deposit_verbs_are_signing_words() -> None:
    assert {"deposited", "lodged", "submitted", "handed"} <= statements._SIGN_WORDS
    for verb in ("deposited", "lodged", "submitted", "handed over"):
        masked = f" {verb} its instrument of ratification of the treaty"
        assert statements._SIGN.match(masked), verb


def test_a_stance_after_a_reaffirming_verb_needs_a_saying_word() -> None:
    masked = " reiterated that §S1§ remained open to dialogue"
    assert statements._SAID_THAT.match(masked)
    assert "reiterated" in statements._SAYING_WORDS
