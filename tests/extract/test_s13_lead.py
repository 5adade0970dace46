"""An office's holder written otherwise than the KB writes the name (session 13): the other
order and a patronymic's genitive ("President of Mongolia Ukhnaagiin Khurelsukh" is the KB's
"Khurelsukh Ukhnaa"), linked only through the single-holder office the title names, held on the
article's date; the article's later mentions in the same form are that person too."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import facts, find, keys

DAY = dt.date(2022, 6, 14)


def _holders(found: list[Fact]) -> set[str]:
    return {k for f in found if f.cls.value == "Tenure" for k in keys(f.get("holder"))}


@pytest.mark.parametrize(
    ("sentence", "qid"),
    [
        (
            "Vladimir Putin held talks in Ulaanbaatar with President of Mongolia "
            "Ukhnaagiin Khurelsukh.",
            "Q27058418",
        ),
        (
            "Chinese President Xi Jinping spoke by phone with Mongolian President "
            "Khurelsukh Ukhnaagiin.",
            "Q27058418",
        ),
        (
            "Prime Minister of Mongolia Luvsannamsrain Oyun-Erdene met the Japanese "
            "Prime Minister Fumio Kishida in Tokyo.",
            "Q24248226",
        ),
        (
            "Minister of Foreign Affairs of Mongolia Batmunkhiin Battsetseg received the "
            "Ambassador of Kazakhstan.",
            "Q107670236",
        ),
    ],
)
def test_the_incumbent_written_otherwise_is_linked(sentence: str, qid: str) -> None:
    assert qid in _holders(facts(sentence, DAY)), sentence


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # another person of the office (a predecessor) and a namesake sharing one word
        ("President of Mongolia Tsakhiagiin Elbegdorj met President Xi Jinping.", DAY),
        ("President of Mongolia Khurelsukh Batbold met President Xi Jinping.", DAY),
        # not the office the KB shows him holding on that day
        (
            "President of Mongolia Ukhnaagiin Khurelsukh met President Xi Jinping.",
            dt.date(2019, 5, 2),
        ),
        # a minister of another portfolio: not a single-holder office
        ("Minister of Finance of Mongolia Batmunkhiin Battsetseg met Chinese officials.", DAY),
    ],
)
def test_no_link_without_the_office_and_every_word(sentence: str, day: dt.date) -> None:
    linked = {q for q in _holders(facts(sentence, day)) if q.startswith("Q")}
    assert not linked & {"Q27058418", "Q107670236"}, sentence


def test_later_mentions_in_the_written_form_are_the_same_person() -> None:
    text = (
        "Vladimir Putin held talks in Ulaanbaatar with President of Mongolia Ukhnaagiin "
        "Khurelsukh.\n\nUkhnaagiin Khurelsukh thanked Russia for its support in modernising the "
        "railway.\n\nVladimir Putin invited Khurelsukh to attend the summit in Kazan."
    )
    found = facts(text, dt.date(2024, 9, 3))
    assert find(found, "Event", actor={"Q27058418"}, recipient={"Q159"})
    assert find(found, "Event", actor={"Q7747"}, recipient={"Q27058418"})
    assert not [f for f in found for k in keys(f.get("actor")) if "Khurelsukh" in k]


def test_an_organisations_own_name_is_not_anothers_alias() -> None:
    """The sources give the OPEC Fund for International Development OPEC's full name as an
    abbreviation: the name still means OPEC (and "OPEC" too)."""
    for text in (
        "The UAE is also a member of the Organization of the Petroleum Exporting Countries.",
        "Saudi Arabia is a member of OPEC.",
    ):
        assert find(facts(text, DAY), "Membership", organization={"Q7795"}), text


def test_only_one_organisation_bearing_the_name_decides() -> None:
    from dipld.kb.index import KbEntity, _prefer_own_names
    from dipld.model import EntityKind

    def entity(qid: str, label: str, kind: EntityKind = EntityKind.ORGANIZATION) -> KbEntity:
        return KbEntity(qid=qid, kind=kind, label=label, kinds=frozenset({kind}))

    entities = {
        "Q1": entity("Q1", "Union"),
        "Q2": entity("Q2", "Union"),
        "Q3": entity("Q3", "Fund"),
        "Q4": entity("Q4", "Council of Europe"),
        "Q5": entity("Q5", "Georgia", EntityKind.STATE),
        "Q6": entity("Q6", "Georgia", EntityKind.ORGANIZATION),
    }
    surface = {
        "Union": {"Q1", "Q2", "Q3"},  # two bear it: still ambiguous
        "Council": {"Q3", "Q4"},  # none bears it: still ambiguous
        "Georgia": {"Q5", "Q6"},  # not organisations only: untouched
        "Fund": {"Q3", "Q4"},  # one bears it: that one
    }
    _prefer_own_names(surface, entities)
    assert surface == {
        "Union": {"Q1", "Q2", "Q3"},
        "Council": {"Q3", "Q4"},
        "Georgia": {"Q5", "Q6"},
        "Fund": {"Q3"},
    }


@pytest.mark.parametrize(
    "agency", ["Probe Agency", "Kazinform News Agency", "Trend News Agency", "Reuters"]
)
def test_the_agency_of_a_dateline_is_no_party(agency: str) -> None:
    text = f"MOSCOW, April 4 ({agency}) - The Kremlin said it would impose sanctions on Finland."
    found = facts(text, dt.date(2023, 4, 4))
    assert find(found, "Event", actor={"Q159"}, recipient={"Q33"}), agency
    assert not [f for f in found for k in keys(f.get("actor")) if "Agency" in k]


def test_an_agency_named_in_the_text_is_still_an_organisation() -> None:
    text = "Officials of the Nuclear Safety Agency met the Russian ambassador in Tokyo."
    found = facts(text, DAY)
    assert any("Nuclear Safety Agency" in k for f in found for k in keys(f.get("participant")))


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said Russia attacked Kyiv with drones overnight.",
        "Witnesses said Russia shelled Kharkiv on Tuesday.",
        "Residents said Russian forces shelled Kherson overnight.",
    ],
)
def test_a_report_opened_by_a_common_noun_is_the_act(sentence: str) -> None:
    """ "Officials said ...": no party is named as the speaker, so the act is reported, not an
    unknown person's allegation (which "Zakharova noted that ..." is)."""
    assert find(facts(sentence, DAY), "Event", eventType="ASSAULT"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Mikhail Myasnikovich will take over the post of EEC Board Chairman from Tigran Sargsyan.",
        "France will take over the rotating presidency of the EU Council from Sweden.",
        "India will assume the chairmanship of the SCO next year.",
        "Germany will chair the G7 in 2022.",
    ],
)
def test_a_post_or_chair_changing_hands_is_no_promise(sentence: str) -> None:
    assert not find(facts(sentence, DAY), "Event", eventType="AGREE"), sentence


def test_a_promise_of_the_same_form_still_is_one() -> None:
    found = facts("The United States will provide Ukraine with new air defence systems.", DAY)
    assert find(found, "Event", eventType="AGREE", actor={"Q30"}, recipient={"Q212"})


@pytest.mark.parametrize(
    ("sentence", "qid"),
    [
        ("President of the Kyrgyz Republic Sadyr Japarov received the delegation.", "Q25597826"),
        ("Turkmen President Serdar Berdimuhamedov met the Chinese envoy.", "Q51874548"),
    ],
)
def test_another_romanisation_of_the_incumbent_is_linked(sentence: str, qid: str) -> None:
    """The KB's "Sadyr Zhaparov" and "Serdar Berdimuhamedow": one Cyrillic letter, romanised
    two ways, through the office held on the date."""
    assert qid in _holders(facts(sentence, dt.date(2023, 1, 26))), sentence


def test_another_romanisation_needs_every_word() -> None:
    found = facts("President of the Kyrgyz Republic Sadyr Jumabekov met the envoy.", DAY)
    assert "Q25597826" not in _holders(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO foreign ministers held an emergency session in Brussels on Thursday.",
        "Leaders of the G7 met in Hiroshima on Friday.",
    ],
)
def test_a_bodys_own_meeting_conforms_to_the_shapes(sentence: str) -> None:
    """ANNOTATION.md §4: participants are the persons named, else states or organisations; a
    body whose members met is the one participant, and the shapes accept it."""
    from dipld.iri import Iris
    from dipld.kb.index import load_index
    from dipld.model import Article
    from dipld.pipeline import process
    from dipld.validate import RdfFormat, validate_bytes

    article = Article(id="t", source="t.txt", body=sentence, date=DAY)
    result = process(article, load_index(), Iris())
    assert b"#Meeting>" in result.ntriples
    report = validate_bytes(result.ntriples, RdfFormat.N_TRIPLES, "t.txt")
    assert report.conforms, report.violations[:3]


@pytest.mark.parametrize(
    ("sentence", "qid"),
    [
        (
            "Vladimir Putin and President of Cuba Miguel Díaz-Canel Bermúdez, who is in Russia "
            "on an official visit, held talks in the Kremlin.",
            "Q1932603",
        ),
        ("Nicolás Maduro Moros and Vladimir Putin held talks in Moscow.", "Q58132"),
        ("Luis Arce Catacora and Xi Jinping met in Beijing.", "Q16149892"),
    ],
)
def test_a_second_family_name_closes_the_persons_mention(sentence: str, qid: str) -> None:
    """The Spanish and Portuguese usage: the KB's "Miguel Díaz-Canel" is also written with his
    mother's family name; the meeting of the sentence is still read."""
    found = facts(sentence, dt.date(2022, 11, 22))
    meeting = find(found, "Meeting")
    assert meeting is not None and qid in keys(meeting.get("participant")), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Joe Biden Administration officials met Chinese diplomats in Geneva.",
        "Vladimir Putin and Joe Biden Tuesday, and met in Geneva.",
    ],
)
def test_no_second_family_name_from_other_words(sentence: str) -> None:
    from dipld.extract.mentions import MentionFinder
    from dipld.extract.text import sentences as split
    from dipld.kb.index import load_index

    finder = MentionFinder(load_index(), DAY, None)
    (sentence_,) = split(sentence)
    texts = [m.text for m in finder.analyse(sentence_).mentions]
    assert not any(t.endswith(("Administration", "Tuesday")) for t in texts), texts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Herzog will address a joint meeting of Congress tomorrow.",
        "Prime Minister Modi will deliver a keynote speech at the forum in Paris.",
    ],
)
def test_a_speech_to_come_is_no_promise(sentence: str) -> None:
    assert not find(facts(sentence, DAY), "Event", eventType="AGREE"), sentence


def test_addressing_a_concern_is_still_a_promise() -> None:
    found = facts(
        "Japan will address the concerns of the Philippines about maritime security.", DAY
    )
    assert find(found, "Event", eventType="AGREE", actor={"Q17"})
