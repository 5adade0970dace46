"""First-person thanks ("I want to thank ...", "Today we commend ..."), requests for a
person's help or backing, a promise announced in a second clause ("... and announced that X and
Y will ..."), and protest notes handed to an envoy in the passive (session 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact

DAY = dt.date(2023, 6, 14)
BIDEN, BLINKEN, KISHIDA, ERDOGAN = "Q6279", "Q7821917", "Q359480", "Q39259"
MACRON, SCHOLZ, ZELENSKYY = "Q3052772", "Q61053", "Q3874799"
US, JAPAN, PHILIPPINES, TURKEY, ROMANIA = "Q30", "Q17", "Q928", "Q43", "Q218"
MOLDOVA, POLAND, RUSSIA, BELARUS, GERMANY = "Q217", "Q36", "Q159", "Q184", "Q183"
IRAN, KENYA, ETHIOPIA, OMAN, NORWAY, CANADA = "Q794", "Q114", "Q115", "Q842", "Q20", "Q16"
CHINA, UK, INDIA, AUSTRALIA = "Q148", "Q145", "Q668", "Q408"

WH_STATEMENT = "Statement from President Joe Biden on the Prisoner Exchange"
STATE_STATEMENT = "Statement by Secretary of State Antony J. Blinken on the Evacuation"


def _facts(body: str, title: str | None = None, url: str | None = None) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, title=title, date=DAY, url=url)
    return extract(article, load_index())


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _events(
    body: str, title: str | None = None, url: str | None = None
) -> list[tuple[str, str, frozenset[str], frozenset[str]]]:
    return [
        (
            str(f.get("eventType")[0]),
            str(f.get("cameoCode")[0]),
            frozenset(_keys(f, "actor")),
            frozenset(_keys(f, "recipient")),
        )
        for f in _facts(body, title, url)
        if f.cls.value == "Event"
    ]


def _support(actor: str, recipients: set[str]) -> tuple[str, str, frozenset[str], frozenset[str]]:
    return ("SUPPORT", "051", frozenset({actor}), frozenset(recipients))


# ---- 1. first-person thanks and praise ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "title", "url", "want"),
    [
        (
            "I want to thank Canada and Norway for their steady help in this effort.",
            WH_STATEMENT,
            "https://www.whitehouse.gov/briefing-room/statements-releases/x/",
            _support(BIDEN, {CANADA, NORWAY}),
        ),
        (
            "I also wish to thank Prime Minister Fumio Kishida for his personal engagement.",
            WH_STATEMENT,
            "https://www.whitehouse.gov/briefing-room/statements-releases/x/",
            _support(BIDEN, {KISHIDA}),
        ),
        (
            "I would like to thank the Government of Oman for its quiet diplomacy.",
            STATE_STATEMENT,
            "https://www.state.gov/x/",
            _support(BLINKEN, {OMAN}),
        ),
        # "we" in a U.S. release is the United States
        (
            "We would also like to thank Ethiopia for facilitating overland travel.",
            STATE_STATEMENT,
            "https://www.state.gov/x/",
            _support(US, {ETHIOPIA}),
        ),
        (
            "We want to commend Kenya for its leadership in the region.",
            None,
            "https://www.state.gov/x/",
            _support(US, {KENYA}),
        ),
        # an introductory "Today" without its comma
        (
            "Today we congratulate the Philippines on its successful election.",
            None,
            "https://www.state.gov/x/",
            _support(US, {PHILIPPINES}),
        ),
        (
            "Today the United States commends Kenya for leading the mission.",
            None,
            None,
            _support(US, {KENYA}),
        ),
    ],
)
def test_first_person_thanks(
    body: str,
    title: str | None,
    url: str | None,
    want: tuple[str, str, frozenset[str], frozenset[str]],
) -> None:
    assert want in _events(body, title, url)


@pytest.mark.parametrize(
    "body",
    [
        # negated, conditional, or a wish about the future
        "I do not want to thank Iran for anything.",
        "I don't want to thank the regime prematurely.",
        "I would thank Iran if it released the remaining detainees.",
        "We will want to thank Kenya once the mission ends.",
        # "want to" of something else
        "I want to visit Kenya and Ethiopia next year.",
    ],
)
def test_first_person_thanks_near_misses(body: str) -> None:
    found = _events(body, WH_STATEMENT, "https://www.whitehouse.gov/briefing-room/x/")
    assert not [e for e in found if e[0] == "SUPPORT"], found


# ---- 2. requests for help --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a person asked to help (not only a state or body)
        (
            "President Emmanuel Macron asked Chancellor Olaf Scholz to help finance the new "
            "air-defence shield.",
            ("REQUEST", "103", frozenset({MACRON}), frozenset({SCHOLZ})),
        ),
        (
            "Zelenskyy asked President Recep Tayyip Erdogan on Sunday to support a prisoner "
            "exchange with Russia.",
            ("REQUEST", "102", frozenset({ZELENSKYY}), frozenset({ERDOGAN})),
        ),
        (
            "Volodymyr Zelenskyy asked Erdogan to assist in bringing back deported children.",
            ("REQUEST", "103", frozenset({ZELENSKYY}), frozenset({ERDOGAN})),
        ),
        # a state asked to help, and the assistance of a state requested: aid asked for (103)
        (
            "Moldova asked Romania to help restore power in the north.",
            ("REQUEST", "103", frozenset({MOLDOVA}), frozenset({ROMANIA})),
        ),
        (
            "Germany requested Poland's assistance in fighting the forest fires.",
            ("REQUEST", "103", frozenset({GERMANY}), frozenset({POLAND})),
        ),
        (
            "Kenya asks Ethiopia for urgent assistance with the evacuation of its citizens.",
            ("REQUEST", "103", frozenset({KENYA}), frozenset({ETHIOPIA})),
        ),
        # the passive: the agent asks, its subject is asked (was a near miss, the subject never
        # the asker; read since session 21's active reading of passives)
        (
            "Moldova was asked by Romania to help with the census.",
            ("REQUEST", "103", frozenset({ROMANIA}), frozenset({MOLDOVA})),
        ),
    ],
)
def test_requests_for_help(
    body: str, want: tuple[str, str, frozenset[str], frozenset[str]]
) -> None:
    assert want in _events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Fumio Kishida asked President Joe Biden to convey his greetings to the "
        "American people.",
        "Macron has not asked Chancellor Olaf Scholz to help finance the shield.",
        "Moldova did not request Romania's assistance.",
        "If Moldova asked Romania to help, Bucharest would agree.",
    ],
)
def test_requests_for_help_near_misses(body: str) -> None:
    found = _events(body)
    assert not [e for e in found if e[0] == "REQUEST" and e[3]], found


# ---- 3. a second act after "and" -------------------------------------------------------------

READOUT = "President Joe Biden met Prime Minister Fumio Kishida at the White House on Friday. "


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            READOUT + "The two leaders reviewed the alliance and announced that the United States "
            "and Japan will jointly develop a new interceptor missile.",
            {US, JAPAN},
        ),
        (
            READOUT + "They discussed the region, and jointly declared that Japan and the United "
            "States would open a new space research center.",
            {US, JAPAN},
        ),
        (
            READOUT + "The leaders condemned the launches and said that Japan, the Philippines "
            "and the United States will hold joint naval drills every year.",
            {JAPAN, PHILIPPINES, US},
        ),
    ],
)
def test_promise_announced_after_and(body: str, parties: set[str]) -> None:
    found = _events(body)
    assert any(e[0] == "AGREE" and e[2] == parties for e in found), found


@pytest.mark.parametrize(
    "body",
    [
        # a negated promise, a view, a trip
        READOUT + "The two leaders reviewed the alliance and announced that Japan will not "
        "send troops abroad.",
        READOUT + "The two leaders reviewed the alliance and said that the Indo-Pacific is "
        "at a turning point.",
        READOUT + "The two leaders reviewed the alliance and announced that Japan will host "
        "the next summit.",
        READOUT + "The two leaders reviewed the alliance and announced that Kishida will "
        "visit Washington in April.",
    ],
)
def test_promise_announced_after_and_near_misses(body: str) -> None:
    found = _events(body)
    assert not [e for e in found if e[0] == "AGREE"], found


@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        (
            "The Chinese ambassador was handed a formal protest by the Philippine Department "
            "of Foreign Affairs on Tuesday.",
            PHILIPPINES,
            CHINA,
        ),
        (
            "Belarus's charge d'affaires was handed a note of protest at the Polish Foreign "
            "Ministry on Monday.",
            POLAND,
            BELARUS,
        ),
        (
            "The Iranian ambassador was handed a protest note at the Foreign Ministry in Berlin.",
            GERMANY,
            IRAN,
        ),
        (
            "Two British diplomats have been handed a demarche by Russia over the sanctions.",
            RUSSIA,
            UK,
        ),
        # the envoy named before, then "he"
        (
            "Russian Ambassador to Japan Nikolai Nozdrev was called to the Japanese Foreign "
            "Ministry on Tuesday. He was handed a strong protest over the incursion.",
            JAPAN,
            RUSSIA,
        ),
    ],
)
def test_protest_handed_in_the_passive(body: str, actor: str, target: str) -> None:
    want = ("ACCUSE", "111", frozenset({actor}), frozenset({target}))
    assert want in _events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The German ambassador was not handed a note of protest, the ministry said.",
        "The Indian envoy was handed a copy of the agreement by Australia.",
        "The Australian ambassador was handed an invitation by India.",
    ],
)
def test_protest_handed_near_misses(body: str) -> None:
    found = _events(body)
    assert not [e for e in found if e[0] == "ACCUSE"], found


# ---- 4. the next round of talks (unchanged: an intent to meet is AGREE 036) ------------------


def test_next_round_convened_stays_an_intent_to_meet() -> None:
    found = _events("The European Union will convene the next round of talks in April.")
    assert ("AGREE", "036", frozenset({"Q458"}), frozenset()) in found
    meetings = [f for f in _facts("The European Union will convene the next round of talks.")]
    assert not [f for f in meetings if f.cls.value == "Meeting"]
