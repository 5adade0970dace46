"""Whom a commitment is made to (session 43, AGREE): groups of states, programmes, funds, venues.

The sentences are written for this session (none from a gold set). Conventions followed (the
development and spent gold's, counted this session):

- A group of states no table names, named in the promise's own clause, is its recipient, kept
  as written and unlinked ("to Indo-Pacific countries", "with all Mediterranean states",
  "relations with the Gulf states", "for Pacific island countries"): the gold codes every such
  group it has as the recipient (nine sentences, 030 and 033 alike), also where the promise was
  made at a meeting (not to the leaders met).
- A named programme, initiative or plan the money goes to is no party ("to the Pacific Policing
  Initiative": the gold gives the body behind it, which the sentence does not name; no
  recipient is better than the programme). A fund stays ("to the Amazon Fund", as the gold has
  it), but not the actor's own fund a sum is drawn from ("from its Development Fund to Kenya":
  Kenya).
- A body after "at" is where the act is done ("raise the issue at the Council", "withdraw its
  complaint at the WTO"): the gold codes no recipient for it.
- "announced the same day that it would ...", "said later that day that ...": a time between the
  verb of saying and the promise, as "said on Friday that" already was.
- "X said his country would ..." and "X said [state] would ...": the gold is split between the
  speaker and the state (4 to 2 for "his country/government", about even for a named state,
  with the other as an accepted alternative), so nothing was changed there.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

JAPAN, KOREA, EGYPT, NZ, CANADA, INDIA = "Q17", "Q884", "Q79", "Q664", "Q16", "Q668"
AUSTRALIA, GERMANY, FRANCE, CHINA, KENYA = "Q408", "Q183", "Q142", "Q148", "Q114"
BRAZIL, VIETNAM, LAOS, TURKEY, NORWAY = "Q155", "Q881", "Q819", "Q43", "Q20"


def _agree(text: str) -> list[tuple[set[str], set[str], str]]:
    return [(a, r, c) for k, a, r, c in typed_events(text) if k == "AGREE"]


@pytest.mark.parametrize(
    ("text", "actor", "group"),
    [
        (
            "Japan said it would provide medical equipment worth $12 million to Southeast Asian "
            "countries.",
            JAPAN,
            "Southeast Asian countries",
        ),
        (
            "South Korea will send vaccines worth $5 million to Andean countries.",
            KOREA,
            "Andean countries",
        ),
        (
            "Egypt said it was ready to cooperate with all Arab states in fighting terrorism.",
            EGYPT,
            "Arab states",
        ),
        (
            "New Zealand affirmed its commitment to deepening ties with Pacific island nations.",
            NZ,
            "Pacific island nations",
        ),
        (
            "Canada announced it would fund a climate resilience programme for Caribbean island "
            "states, worth C$20 million.",
            CANADA,
            "Caribbean island states",
        ),
        (
            "Modi met Albanese and Kishida in Tokyo on Friday. India said it would provide "
            "vaccines worth $7 million to Indo-Pacific countries.",
            INDIA,
            "Indo-Pacific countries",
        ),
    ],
)
def test_a_group_of_states_is_the_recipient(text: str, actor: str, group: str) -> None:
    assert ({actor}, {group}, _agree(text)[0][2]) in _agree(text), _agree(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan said it would not provide medical equipment worth $12 million to Southeast "
        "Asian countries.",
        "Egypt said it might cooperate with Arab states if the talks succeed.",
        "Japan seeks closer ties with African nations.",
    ],
)
def test_no_promise_to_a_group(text: str) -> None:
    assert not any(r for _, r, _ in _agree(text)), _agree(text)


@pytest.mark.parametrize(
    "text",
    [
        "India will cooperate closely with other countries.",
        "India said it would cooperate closely with Member States of the union.",
        "Ghana said it would cooperate with third countries on migration.",
    ],
)
def test_no_group_named(text: str) -> None:
    assert all(not r for _, r, _ in _agree(text)), _agree(text)


@pytest.mark.parametrize(
    ("text", "actor", "recipients"),
    [
        (
            "Germany said it would contribute 50 million euros to the Sahel Resilience Initiative.",
            GERMANY,
            set(),
        ),
        ("France will give 20 million euros to the Great Green Wall Initiative.", FRANCE, set()),
        (
            "China will extend $2 billion in loans from its South-South Cooperation Fund to Kenya.",
            CHINA,
            {KENYA},
        ),
        (
            "Brazil said it would withdraw its complaint at the World Trade Organization.",
            BRAZIL,
            set(),
        ),
        ("Norway will contribute $5 million to the Amazon Fund.", NORWAY, {"Amazon Fund"}),
    ],
)
def test_programmes_own_funds_and_venues_are_no_recipients(
    text: str, actor: str, recipients: set[str]
) -> None:
    got = _agree(text)
    assert [(a, r) for a, r, _ in got] == [({actor}, recipients)], got


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Vietnam said later that day that it would send rescue teams to Laos.", VIETNAM, LAOS),
        ("Japan announced the same day that it would send rescue teams to Turkey.", JAPAN, TURKEY),
        (
            "Japan's trade ministry announced the same day that it would send experts to Turkey.",
            JAPAN,
            TURKEY,
        ),
    ],
)
def test_a_time_before_the_promise(text: str, actor: str, recipient: str) -> None:
    assert [(a, r) for a, r, _ in _agree(text)] == [({actor}, {recipient})], _agree(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan announced the same day that it would not lift the curbs on South Korea.",
        "Vietnam said later that day that it could send rescue teams to Laos if asked.",
    ],
)
def test_no_promise_after_a_time(text: str) -> None:
    assert _agree(text) == [], _agree(text)


@pytest.mark.parametrize(
    "text",
    [
        "President Petrov met Chancellor Weber in Sofia on Friday. Bulgaria plans to end its "
        "imports of Russian gas by 2026.",
        "President Petrov met Chancellor Weber in Sofia on Friday. Bulgaria intends to submit a "
        "formal request to buy new fighter jets later this year.",
        "The two governments intend to sign a memorandum on rare earths later this year.",
        "Chile and Peru plan to sign a new fisheries agreement in March.",
    ],
)
def test_a_plan_for_no_one_is_no_promise(text: str) -> None:
    assert _agree(text) == [], _agree(text)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Norway intends to provide $8 million to help Kenya expand its grid.", NORWAY, KENYA),
        ("Brazil plans to buy 30,000 tonnes of rice from Vietnam.", BRAZIL, VIETNAM),
    ],
)
def test_a_plan_for_someone_stays(text: str, actor: str, recipient: str) -> None:
    assert [(a, r) for a, r, _ in _agree(text)] == [({actor}, {recipient})], _agree(text)


def test_a_plan_to_go_on_stays() -> None:
    text = (
        "Putin met Khurelsukh in Ulaanbaatar on Tuesday. Russia plans to keep fuel deliveries "
        "at last year's level."
    )
    assert [a for a, _, _ in _agree(text)] == [{"Q159"}], _agree(text)
