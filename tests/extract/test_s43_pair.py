"""Pairs told by the sentence before (session 43, pair resolution; dipld/extract/pairs.py).

The sentences are written for this session (none from a gold set). Conventions followed (the
development and spent gold's: "the two countries" are the two states the context gives, their
relations, agreements and trade those two states'; "the two leaders" the two heads who met):

- "the two countries" after a sentence that named exactly two states, counting the states whose
  officials it named: "Chile's Interior Minister Carolina Toha called on Peru to ... Both
  countries established diplomatic relations in 1822" (Chile and Peru), "The agreement was
  signed by Iranian Foreign Minister X and Saudi Foreign Minister Y. The two countries ..."
  (Iran and Saudi Arabia), "Phuc invited Widodo to visit Vietnam. The two countries ..." after
  a sentence of another pair (Indonesia and Vietnam, who met). New here: only when the pair
  named last is unclear or none (three states, or a pair other than the meeting's).
- Not when that sentence named three states, a union of states (the EU's foreign policy chief),
  a pair other than that of the meeting the article reports, nor when the phrase's own sentence
  names a third state before it ("Chile said the two countries ...").
- "the two leaders" / "both leaders" after a sentence of the two foreign ministers: the two
  leaders who met, not the ministers (new here: when the meeting told last was a state visit,
  the ministers had been taken). "The two ministers" stay the ministers.
- "Under the agreement, the two countries will ...", "According to the agreement, ...": the two
  parties of the agreement told last, not a pair of others named since (those who welcomed it,
  its guarantors); "both sides" may be a state and an armed group, "the two countries" not. Not
  when the pair phrase does not follow such an opening clause.
- "X and Y noted that trade between their two countries reached ...": the two states its own
  sentence named before it (by their leaders too); none when it named three, or none.
- "the two governments concluded a $58 million deal for ...": COOPERATE 061 with its sum, and no
  signing (SUPPORT 057) beside it (the gold's reading of "concluded a deal worth", 2 of 2; the
  pair read above had made a 057 come out). A deal "signed" keeps its signing (the gold is split).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, facts_of, keys, typed_events

DAY = dt.date(2023, 12, 8)

IRAN, SAUDI, INDONESIA, VIETNAM, CHILE, PERU = "Q794", "Q851", "Q252", "Q881", "Q298", "Q419"
BRAZIL, PARAGUAY, SERBIA = "Q155", "Q733", "Q403"
YOON, KISHIDA, HAYASHI, CHO = "Q16090635", "Q359480", "Q16186720", "Cho Tae-yul"


def _relations(body: str) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    return [
        (frozenset(keys(f.get("party"))), date_values(f, "startDate"))
        for f in facts_of(facts(body, DAY), "DiplomaticRelations")
    ]


@pytest.mark.parametrize(
    ("body", "pair", "start"),
    [
        (
            "Brazil, Argentina and Uruguay signed a declaration on the River Plate on Monday. "
            "Brazilian Foreign Minister Mauro Vieira also urged Paraguay to join the talks. The "
            "two countries established diplomatic relations in 1844.",
            {BRAZIL, PARAGUAY},
            "1844",
        ),
        (
            "Iran, Saudi Arabia and China issued a joint statement in Beijing on Friday. The "
            "agreement was signed by Iranian Foreign Minister Hossein Amir-Abdollahian and Saudi "
            "Foreign Minister Prince Faisal bin Farhan. The two countries established diplomatic "
            "relations in 1929.",
            {IRAN, SAUDI},
            "1929",
        ),
        (
            "Peru declared a state of emergency along its borders with Chile, Bolivia and Ecuador "
            "on Wednesday. Chile's Interior Minister Carolina Toha called on Peru to agree on a "
            "humanitarian corridor. Both countries established diplomatic relations in 1822.",
            {CHILE, PERU},
            "1822",
        ),
        (
            "President Joko Widodo received Vietnamese President Nguyen Xuan Phuc in Bogor on "
            "Thursday. Indonesia will take over the ASEAN chairmanship from Cambodia in January. "
            "Phuc invited Widodo to visit Vietnam. The two countries established diplomatic "
            "relations in 1955.",
            {INDONESIA, VIETNAM},
            "1955",
        ),
    ],
)
def test_pair_of_the_sentence_before(body: str, pair: set[str], start: str) -> None:
    assert (frozenset(pair), (start,)) in _relations(body)


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # three states by their ministers
        (
            "Brazil, Argentina and Uruguay signed a declaration on the River Plate on Monday. "
            "Brazilian Foreign Minister Mauro Vieira met Paraguayan Foreign Minister Julio "
            "Arriola and Bolivian Foreign Minister Rogelio Mayta. The two countries established "
            "diplomatic relations in 1844.",
            PARAGUAY,
        ),
        # a third state names the phrase in its own sentence
        (
            "Brazil, Argentina and Uruguay signed a declaration on the River Plate on Monday. "
            "Brazilian Foreign Minister Mauro Vieira also urged Paraguay to join the talks. "
            "Chile said the two countries established diplomatic relations in 1844.",
            PARAGUAY,
        ),
        # a union's official, not a state's
        (
            "Brazil, Argentina and Uruguay signed a declaration on the River Plate on Monday. EU "
            "foreign policy chief Josep Borrell urged Paraguay to join the talks. The two "
            "countries established diplomatic relations in 1844.",
            PARAGUAY,
        ),
        # a pair other than the meeting's
        (
            "Vladimir Putin held talks with Kassym-Jomart Tokayev in Moscow on Friday. Germany, "
            "France and Italy did not comment. Hungarian Foreign Minister Peter Szijjarto called "
            "on Serbia to show restraint. The two countries established diplomatic relations in "
            "1992.",
            SERBIA,
        ),
    ],
)
def test_no_pair_of_the_sentence_before(body: str, absent: str) -> None:
    assert all(absent not in got for got, _ in _relations(body))


def _agree_actors(body: str) -> list[set[str]]:
    return [a for k, a, _r, _c in typed_events(body, DAY) if k in {"AGREE", "ACCUSE"}]


@pytest.mark.parametrize(
    ("body", "want", "not_want"),
    [
        (
            "President Ferdinand Marcos Jr. and South Korean President Yoon Suk Yeol held talks "
            "in Manila on Monday. The talks took place during President Yoon's state visit to the "
            "Philippines. Foreign Affairs Secretary Enrique Manalo and Foreign Minister Cho "
            "Tae-yul signed an agreement on maritime cooperation. The two leaders agreed to "
            "expand cooperation on nuclear energy.",
            YOON,
            CHO,
        ),
        (
            "Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida held talks in "
            "New Delhi on Monday, during Kishida's official visit to India. External Affairs "
            "Minister S. Jaishankar and Foreign Minister Yoshimasa Hayashi signed a memorandum "
            "on railways. Both leaders condemned the missile launches by North Korea.",
            KISHIDA,
            HAYASHI,
        ),
    ],
)
def test_two_leaders_not_the_ministers(body: str, want: str, not_want: str) -> None:
    actors = _agree_actors(body)
    assert any(want in a for a in actors)
    assert not any(not_want in a for a in actors)


def test_two_ministers_stay_the_ministers() -> None:
    body = (
        "President Ferdinand Marcos Jr. and South Korean President Yoon Suk Yeol held talks in "
        "Manila on Monday. The talks took place during President Yoon's state visit to the "
        "Philippines. Foreign Affairs Secretary Enrique Manalo and Foreign Minister Cho Tae-yul "
        "signed an agreement on maritime cooperation. The two ministers agreed to expand "
        "cooperation on nuclear energy."
    )
    actors = _agree_actors(body)
    assert any(CHO in a for a in actors)
    assert not any(YOON in a for a in actors)


ARMENIA, AZERBAIJAN, COLOMBIA, SUDAN, SSUDAN = "Q399", "Q227", "Q739", "Q1049", "Q958"
USA, RUSSIA, EGYPT, ETHIOPIA = "Q30", "Q159", "Q79", "Q115"


@pytest.mark.parametrize(
    ("body", "want", "not_want"),
    [
        (
            "Armenia and Azerbaijan signed a peace agreement in Washington on Friday. The United "
            "States and Russia both welcomed the deal. Under the agreement, the two countries "
            "will establish diplomatic relations.",
            {ARMENIA, AZERBAIJAN},
            {USA, RUSSIA},
        ),
        (
            "Sudan and South Sudan signed an oil agreement in Juba on Friday. Egypt and Ethiopia "
            "welcomed the deal. According to the agreement, the two countries agreed to reopen "
            "the pipeline.",
            {SUDAN, SSUDAN},
            {EGYPT, ETHIOPIA},
        ),
        (
            "Colombia and the National Liberation Army signed a ceasefire agreement in Havana on "
            "Friday. Cuba and Norway acted as guarantors, and Venezuela hosted earlier rounds. "
            "Under the agreement, both sides committed to suspend offensive operations.",
            {COLOMBIA},
            {"Q241", "Q20"},
        ),
    ],
)
def test_pair_of_the_agreement(body: str, want: set[str], not_want: set[str]) -> None:
    actors = [a for k, a, _r, _c in typed_events(body, DAY) if k == "AGREE"]
    assert any(want <= a for a in actors)
    assert not any(a & not_want for a in actors)


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # "countries" are never a state and the armed group it signed with
        (
            "Colombia and the National Liberation Army signed a ceasefire agreement in Havana on "
            "Friday. Cuba and Norway acted as guarantors, and Venezuela hosted earlier rounds. "
            "Under the agreement, the two countries committed to suspend offensive operations.",
            COLOMBIA,
        ),
        # not the document's pair when the sentence does not open with it
        (
            "Sudan and South Sudan signed an oil agreement in Juba on Friday. Egypt and Ethiopia "
            "welcomed the deal, and the two countries agreed to monitor the pipeline.",
            SUDAN,
        ),
    ],
)
def test_no_pair_of_the_agreement(body: str, absent: str) -> None:
    actors = [a for k, a, _r, _c in typed_events(body, DAY) if k == "AGREE"]
    assert not any(absent in a for a in actors)


KENYA, TANZANIA, INDIA, AUSTRALIA = "Q114", "Q924", "Q668", "Q408"


def _trade_pairs(body: str) -> list[frozenset[str]]:
    return [frozenset(keys(f.get("party"))) for f in facts_of(facts(body, DAY), "TradeFlow")]


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan noted that "
            "trade between their two countries reached 1.2 billion dollars in 2022.",
            {KENYA, TANZANIA},
        ),
        (
            "Prime Minister Narendra Modi and Prime Minister Anthony Albanese said trade between "
            "their two nations had doubled to 46 billion dollars in 2022.",
            {INDIA, AUSTRALIA},
        ),
    ],
)
def test_their_two_countries(body: str, pair: set[str]) -> None:
    assert frozenset(pair) in _trade_pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        # three states before it: whose two?
        "Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian "
        "President Samia Suluhu Hassan noted that trade between their two countries reached 1.2 "
        "billion dollars in 2022.",
        # none named in its own sentence
        "The presidents met in Nairobi on Friday. They noted that trade between their two "
        "countries reached 1.2 billion dollars in 2022.",
    ],
)
def test_their_two_countries_unclear(body: str) -> None:
    assert _trade_pairs(body) == []


BELARUS, ZIMBABWE = "Q184", "Q954"


@pytest.mark.parametrize(
    "body",
    [
        "Alexander Lukashenko held talks with Emmerson Mnangagwa in Harare on Tuesday. The "
        "President of Zimbabwe thanked Belarus for supplying agricultural machinery. In "
        "December, the two governments concluded a $58 million deal for the supply of Belarusian "
        "tractors to Zimbabwe.",
        "In December, Belarus and Zimbabwe concluded a $58 million deal for the supply of "
        "tractors.",
    ],
)
def test_deal_concluded_is_cooperation_not_signing(body: str) -> None:
    got = [(a, c) for k, a, _r, c in typed_events(body, DAY)]
    assert ({BELARUS, ZIMBABWE}, "061") in got
    assert not any(c == "057" for _a, c in got)


def test_deal_signed_keeps_its_signing() -> None:
    body = "In December, Belarus and Zimbabwe signed a $58 million deal for the supply of tractors."
    got = [(a, c) for k, a, _r, c in typed_events(body, DAY)]
    assert ({BELARUS, ZIMBABWE}, "057") in got
