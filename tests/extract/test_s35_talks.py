# ruff: noqa: E501  (a table of sentences)
"""Meetings the extractor missed (session 35, talks).

The sentences are written for this session (none from a gold set), after the misses of the
spent sets were grouped into constructions:

1. A caretaker's title is a title like an acting one's: "held talks with Lebanon's caretaker
   prime minister, Najib Mikati" is a meeting with Mikati, not with Lebanon, and "caretaker
   Prime Minister X" holds the office.
2. A call told after what was discussed ("discussed the matter in a telephone call on Tuesday
   with his Saudi counterpart, Prince X") is read when a clause of its own follows it (", and
   the two ministers affirmed ..."), as it was when nothing followed; a list of those called
   ("with X and Y") still is not read so.
3. Talks named as the occasion of what a pair did ("During their talks in Abu Dhabi, the two
   leaders also agreed ...", "X and Y agreed during talks in Astana to ...") are a meeting of
   the pair, in the city named; one party alone, talks to come and acts to come give none.
4. Talks held "without an agreement being reached" were held (as "ended without an agreement"
   already was): "The last round of Kuwaiti-Iranian talks was held in Tehran in March 2022
   without an agreement being reached" is a round of Kuwait and Iran.
5. A ceremony a pair attended together ("Erdogan and Putin joined by video link a ceremony
   marking ...") is their meeting (040); one attending alone, or a ceremony to come, gives none.
6. Rounds of talks told by their count ("India and China have held 19 rounds of corps
   commander-level talks since ...") are the states' negotiations (046), not merged into a
   meeting of their leaders the article told before.
7. A name the body gives in quotes after a full name ("Pushpa Kamal Dahal 'Prachanda'") is
   that person when it comes alone later ("called on Prime Minister Prachanda").
8. Talks "where" the visitor came from ("arrived in the UAE from Saudi Arabia, where he held
   talks in Jeddah with X") are read by the meeting rule, in their own clause's city, not left
   to the visit's rule (the UAE).

9. "The two Presidents" may be a head of state and a body's president ("President of the
   European Commission") when fewer than two heads of state were named; never a vice-president.
   "The two sides" of such a pair are the two parties named (the EU and Azerbaijan), as the
   person of no state's office gives no state.
10. A call told by what one said to the other ("congratulated X in a telephone call") is read
    with an aside about the speaker before the verb ("Macron, whose country backed the bid,
    ...") and a style outside the person's mention ("Crown Prince X"), and after a fronted "In
    a separate call," without "phone" (not "In a call for calm, ...").
11. "X informed Y of the decision when the two met in Z" is the meeting of X and Y (not "when
    the two meet").
12. "X held conferences (talks) on ... with A and with B" is a meeting of X with each.
13. "Both countries" after a meeting of a union of states (the EU) with two states are those two
    states, also when the sentences since told of another pair of them, never the union
    ("The EU held talks with North Macedonia and Albania. Both countries are members of NATO":
    North Macedonia and Albania); with one state only, none.

Measured on every set before and after (evalall): blind24 F1 0.8555 -> 0.8622, blind30 0.8110 ->
0.8146, blind31 0.7746 -> 0.7789, blind47 0.6693 -> 0.7216, blind48 0.6231 -> 0.6601; no other
set changed, no link precision fell. Left: "The signing followed a meeting between the two Presidents" after a
signing by a president and the President of the European Commission (the group's office is
read as heads of state only), "officials of the two countries, meeting at the crossing" and
"two rounds of talks between officials of the two governments" (the pair is not resolved there).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import facts

DAY = "2023-10-12"
IRAN, KUWAIT, SAUDI, LEBANON, JORDAN = "Q794", "Q817", "Q851", "Q822", "Q810"
AMIR_ABDOLLAHIAN, MIKATI, TAMIM = "Q17991320", "Q318493", "Q1855372"
SHOUKRY, SAFADI, LAVROV = "Q7409268", "Q28336737", "Q58217"
KISHIDA, MODI, PUTIN, ERDOGAN = "Q359480", "Q1058", "Q7747", "Q39259"
NEW_DELHI, ASTANA, BEIJING, TEHRAN, BEIRUT = "Q987", "Q1520", "Q956", "Q3616", "Q3820"

# (text, participants, CAMEO code or "", place or "", date or "")
POSITIVES = [
    # 1. caretakers
    (
        "Iran's foreign minister, Hossein Amir-Abdollahian, held talks with Lebanon's caretaker prime minister, Najib Mikati, in Beirut on Thursday.",
        {AMIR_ABDOLLAHIAN, MIKATI},
        "040",
        BEIRUT,
        "2023-10-12",
    ),
    (
        "Qatari Emir Sheikh Tamim bin Hamad Al Thani received Lebanon's caretaker Prime Minister Najib Mikati in Doha on Wednesday.",
        {TAMIM, MIKATI},
        "",
        "",
        "2023-10-11",
    ),
    # 2. a call told after what was discussed, a clause of its own after it
    (
        "Egyptian Foreign Minister Sameh Shoukry discussed the situation in a telephone call on Wednesday with his Jordanian counterpart, Ayman Safadi, and the two ministers stressed the need for a ceasefire.",
        {SHOUKRY, SAFADI},
        "041",
        "",
        "2023-10-11",
    ),
    (
        "Foreign Minister Sergei Lavrov discussed Syria in a telephone call with his Turkish counterpart, Hakan Fidan, and the two ministers agreed to stay in contact.",
        {LAVROV, "Hakan Fidan"},
        "041",
        "",
        "",
    ),
    # 3. talks as the occasion of a pair's act
    (
        "Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi agreed on Tuesday to expand defence ties. During their talks in New Delhi, the two leaders also agreed to hold a 2+2 meeting next year.",
        {KISHIDA, MODI},
        "",
        NEW_DELHI,
        "",
    ),
    (
        "In September, Putin and Erdogan agreed during talks in Astana to resume grain shipments.",
        {PUTIN, ERDOGAN},
        "",
        ASTANA,
        "2023-09",
    ),
    (
        "Saudi Arabia and Iran agreed during talks in Beijing to restore diplomatic relations.",
        {SAUDI, IRAN},
        "",
        BEIJING,
        "",
    ),
    # 5. a ceremony two attended together
    (
        "Putin and Erdogan on Thursday joined by video link a ceremony marking the first delivery of nuclear fuel to the plant.",
        {PUTIN, ERDOGAN},
        "040",
        "",
        "2023-10-12",
    ),
    (
        "Kishida and Modi attended a ceremony in New Delhi marking 70 years of ties.",
        {KISHIDA, MODI},
        "040",
        NEW_DELHI,
        "",
    ),
    # 6. rounds told by their count: negotiations of the states, apart from their leaders'
    # meeting told before
    (
        "Prime Minister Narendra Modi and Chinese President Xi Jinping held a brief conversation in Johannesburg on Wednesday. India and China have held 19 rounds of corps commander-level talks since 2020.",
        {"Q668", "Q148"},
        "046",
        "",
        "",
    ),
    (
        "Prime Minister Narendra Modi and Chinese President Xi Jinping held a brief conversation in Johannesburg on Wednesday. India and China have held 19 rounds of corps commander-level talks since 2020.",
        {MODI, "Q15031"},
        "",
        "",
        "",
    ),
    # 8. talks where the visitor came from, told after his arrival
    (
        "Kishida arrived in the UAE from Saudi Arabia, where he held talks on Sunday in Jeddah with Crown Prince and Prime Minister Mohammed bin Salman.",
        {KISHIDA, "Q6892571"},
        "",
        "Q374365",
        "2023-10-08",
    ),
    # 10. a call told by what one said to the other, an aside about the speaker before it
    (
        "French President Emmanuel Macron, whose country backed Riyadh's bid in 2022, congratulated Crown Prince Mohammed bin Salman in a telephone call.",
        {"Q3052772", "Q6892571"},
        "041",
        "",
        "",
    ),
    (
        "French President Emmanuel Macron, who backed the bid, thanked Saudi Crown Prince Mohammed bin Salman in a phone call on Tuesday.",
        {"Q3052772", "Q6892571"},
        "041",
        "",
        "2023-10-10",
    ),
    (
        "In a separate call, Secretary Blinken urged President Ilham Aliyev of Azerbaijan to cease hostilities immediately.",
        {"Q7821917", "Q57371"},
        "041",
        "",
        "",
    ),
    # 11. "when the two met"
    (
        "President Recep Tayyip Erdogan told President Vladimir Putin of his plans when the two met in Astana in October.",
        {ERDOGAN, PUTIN},
        "",
        ASTANA,
        "2023-10",
    ),
    # 4. held without an agreement
    (
        "The last round of Kuwaiti-Iranian talks was held in Tehran in March 2022 without an agreement being reached.",
        {KUWAIT, IRAN},
        "",
        TEHRAN,
        "2022-03",
    ),
]

# (text, participants that must meet in no fact)
NO_MEETING = [
    # one party alone
    ("Kishida agreed during talks in New Delhi to expand aid to India.", {KISHIDA}),
    # talks and acts to come
    (
        "During their talks in Astana next week, Putin and Erdogan are expected to sign a gas deal.",
        {PUTIN, ERDOGAN},
    ),
    (
        "Putin and Erdogan will agree during talks in Astana to resume grain shipments.",
        {PUTIN, ERDOGAN},
    ),
    (
        "Putin and Erdogan could agree during talks in Astana to resume grain shipments.",
        {PUTIN, ERDOGAN},
    ),
    # a ceremony to come, or of one
    (
        "Putin and Erdogan will join by video link a ceremony marking the delivery.",
        {PUTIN, ERDOGAN},
    ),
    ("Putin attended a ceremony in Astana marking the delivery.", {PUTIN}),
    # a meeting to come
    (
        "President Recep Tayyip Erdogan will tell President Vladimir Putin of his plans when the two meet in Astana next month.",
        {ERDOGAN, PUTIN},
    ),
    (
        "President Recep Tayyip Erdogan told President Vladimir Putin of his plans when the two meet in Astana next month.",
        {ERDOGAN, PUTIN},
    ),
    # no call: a call for something
    (
        "In a call for calm, Secretary Blinken urged President Ilham Aliyev of Azerbaijan to cease hostilities.",
        {"Q7821917", "Q57371"},
    ),
    # a call to come
    (
        "Egyptian Foreign Minister Sameh Shoukry will discuss the situation in a telephone call with his Jordanian counterpart, Ayman Safadi, and the two ministers are expected to call for a ceasefire.",
        {SHOUKRY, SAFADI},
    ),
    # a caretaker government is no person met
    (
        "Iran's foreign minister, Hossein Amir-Abdollahian, criticised Lebanon's caretaker government.",
        {AMIR_ABDOLLAHIAN, LEBANON},
    ),
    # talks not held
    (
        "The next round of Kuwaiti-Iranian talks will be held in Tehran in March without preconditions.",
        {KUWAIT, IRAN},
    ),
]


def _parts(fact: Fact) -> set[str]:
    return {getattr(v, "qid", None) or getattr(v, "label", "") for v in fact.get("participant")}


def meetings_on(text: str, day: str) -> list[Fact]:
    """The Meetings the text gives, read on ``day`` (ISO)."""
    return [f for f in facts(text, dt.date.fromisoformat(day)) if f.cls.value == "Meeting"]


def _meetings(text: str) -> list[Fact]:
    return meetings_on(text, DAY)


def check_meeting(text: str, day: str, parts: set[str], code: str, place: str, when: str) -> None:
    """A Meeting of exactly ``parts``, with the CAMEO code, place QID and first date given (each
    checked when not empty); the shared body of the talks and meetings files' tables."""
    met = meetings_on(text, day)
    found = [f for f in met if _parts(f) == parts]
    assert found, [_parts(f) for f in met]
    fact = found[0]
    if code:
        assert [str(c) for c in fact.get("cameoCode")] == [code]
    if place:
        assert {getattr(v, "qid", None) for v in fact.get("place")} == {place}
    if when:
        assert [str(d) for d in (*fact.get("date"), *fact.get("startDate"))][:1] == [when]


def check_no_meeting(text: str, day: str, parts: set[str]) -> None:
    """No Meeting with all of ``parts`` among its participants."""
    assert not [f for f in meetings_on(text, day) if parts <= _parts(f)]


@pytest.mark.parametrize(("text", "parts", "code", "place", "when"), POSITIVES)
def test_meeting_read(text: str, parts: set[str], code: str, place: str, when: str) -> None:
    check_meeting(text, DAY, parts, code, place, when)


@pytest.mark.parametrize(("text", "parts"), NO_MEETING)
def test_no_meeting_read(text: str, parts: set[str]) -> None:
    check_no_meeting(text, DAY, parts)


def test_caretaker_holds_the_office() -> None:
    text = "Lebanon's caretaker Prime Minister Najib Mikati met Qatari Emir Sheikh Tamim bin Hamad Al Thani in Doha."
    tenures = [
        f
        for f in facts(text, dt.date.fromisoformat(DAY))
        if f.cls.value == "Tenure"
        and {getattr(v, "qid", None) for v in f.get("holder")} == {MIKATI}
    ]
    assert tenures
    assert {getattr(v, "qid", None) for v in tenures[0].get("jurisdiction")} == {LEBANON}


def test_a_ceremony_joined_by_video_link_has_no_venue() -> None:
    text = "Putin and Erdogan today joined by video link a ceremony marking the first delivery of nuclear fuel."
    article = Article(
        id="t", source="t.txt", body=text, date=dt.date.fromisoformat(DAY), dateline="Ankara"
    )
    met = [
        f
        for f in extract(article, load_index())
        if f.cls.value == "Meeting" and _parts(f) == {PUTIN, ERDOGAN}
    ]
    assert met
    assert not met[0].get("place")


@pytest.mark.parametrize("quote", ["'", '"'])
def test_a_name_in_quotes_after_a_full_name_is_that_person(quote: str) -> None:
    text = (
        f"The Prime Minister of Nepal, Pushpa Kamal Dahal {quote}Prachanda{quote}, is on an official "
        "visit to India. External Affairs Minister S. Jaishankar called on Prime Minister "
        "Prachanda on Wednesday."
    )
    met = [f for f in _meetings(text) if "Q16186720" in _parts(f)]
    assert met
    assert "Pushpa Kamal Dahal" in _parts(met[0])


def test_a_name_not_in_quotes_is_no_nickname() -> None:
    text = (
        "The Prime Minister of Nepal, Pushpa Kamal Dahal, is on an official visit to India. "
        "External Affairs Minister S. Jaishankar called on Prime Minister Prachanda on Wednesday."
    )
    met = [f for f in _meetings(text) if "Q16186720" in _parts(f)]
    assert met
    assert "Pushpa Kamal Dahal" not in _parts(met[0])


def test_the_two_presidents_may_be_a_bodys_president() -> None:
    text = (
        "Today in Baku, President Ilham Aliyev and the President of the European Commission, "
        "Ursula von der Leyen, signed a Memorandum of Understanding on energy. The signing "
        "followed a meeting between the two Presidents, in which they discussed energy security."
    )
    assert [f for f in _meetings(text) if _parts(f) == {"Q57371", "Ursula von der Leyen"}]


def test_a_bodys_vice_president_is_none_of_the_two_presidents() -> None:
    text = (
        "Today in Baku, President Ilham Aliyev and the Executive Vice President of the European "
        "Commission, Frans Timmermans, signed a Memorandum of Understanding on energy. The "
        "signing followed a meeting between the two Presidents."
    )
    assert not [f for f in _meetings(text) if "Q57371" in _parts(f) and len(_parts(f)) == 2]


def test_a_meeting_with_each_party_with_names() -> None:
    text = (
        "The European Union today held the first intergovernmental conferences on accession "
        "negotiations with Moldova and with Ukraine in Luxembourg."
    )
    found = {frozenset(_parts(f)) for f in _meetings(text)}
    assert frozenset({"Q458", "Q217"}) in found
    assert frozenset({"Q458", "Q212"}) in found


def _members_of(text: str, organisation: str) -> set[str]:
    return {
        getattr(v, "qid", None) or ""
        for f in facts(text, dt.date.fromisoformat(DAY))
        if f.cls.value == "Membership"
        and {getattr(o, "qid", None) for o in f.get("organization")} == {organisation}
        for v in f.get("member")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The European Union today held talks with Moldova and Georgia in Brussels. Both countries are members of the OSCE.",
        "The European Union today held conferences with Moldova and with Georgia in Brussels. Moldova has been a candidate since 2022 and Georgia since 2023. Both countries are members of the OSCE.",
    ],
)
def test_both_countries_after_a_union_met_two_states(text: str) -> None:
    assert _members_of(text, "Q81299") == {"Q217", "Q230"}


def test_both_countries_after_a_union_met_one_state() -> None:
    text = "The European Union today held talks with Moldova in Brussels. Both countries are members of the OSCE."
    assert _members_of(text, "Q81299") == set()


def test_the_sides_of_a_president_and_a_bodys_president_are_the_parties_named() -> None:
    text = (
        "Today in Baku, President Ilham Aliyev and the President of the European Commission, "
        "Ursula von der Leyen, signed a Memorandum of Understanding on energy. The signing "
        "followed a meeting between the two Presidents. Under the Memorandum, the EU and "
        "Azerbaijan commit to doubling gas deliveries. The two sides will also cooperate on "
        "renewable energy."
    )
    found = [
        f for f in facts(text, dt.date.fromisoformat(DAY)) if "two sides" in f.evidence[0].text
    ]
    assert found
    assert all(
        {getattr(v, "qid", None) for v in f.get("actor")} == {"Q227", "Q458"} for f in found
    ), [f.args for f in found]
