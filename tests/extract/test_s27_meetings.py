# ruff: noqa: E501  (a table of sentences)
"""Meetings told indirectly, and the dates of a readout's meeting (session 27, meetings).

A battery of 49 sentences written for this session before the extractor ran
(``/tmp/s27/meetings-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects; none from a gold set): wire stories, Kremlin, ministry and State House readouts from
East and West Africa, the Gulf, Central and South Asia, Europe, Latin America and the Pacific;
meetings told by what was signed or decided at them, by an arrival, by the one who "told" the
other something there, by a demonym for one met before, by the person before his fellow
officials; dates in a relative clause, in a wire story's lead, in a state visit's span; past
meetings, plans, negations, hypotheticals. At ce9f3ec (main) it gave 4 wrong facts of this family
and missed 26 (9 of them dates); after: 0 wrong facts, 8 misses (4 of them persons the KB lacks:
Lula twice, Luxon, the untitled Tinubu). Three more batteries written after the fixes (60
sentences: ``battery2.txt`` ... ``battery4.txt``, negatives of each new rule above all) found
one more wrong fact, fixed ("The Chinese diplomat later met President Biden's envoy John Kerry"
gave a meeting with Biden), and the rows below.

Wrong facts, fixed (paraphrases below, positives and negatives):

1. "Sergei Lavrov and other Russian officials met Bashar al-Assad" gave a meeting of Russia with
   Assad: the demonym and its officials are one slot the meeting verb's subject starts at. The
   person named before "and other (fellow) <demonym> officials (ministers, diplomats ...)" is the
   side (``events._fellows_led``).
2. "Petro traveled to Madrid and on Wednesday met Prime Minister Pedro Sanchez" gave a meeting
   of Petro with Spain: the day between "and" and "met" hid the one met from the visit's rule
   (``events._VISIT_HOST``); the talks are of that day, not of the trip's ("traveled to Madrid
   on Tuesday and on Wednesday met ...", ``events._AND_ON_DAY``).
3. "Albanese met Xi on Monday. They last met in Bali." merged an earlier meeting into the one
   reported; "last met" / "previously met" X is now an earlier meeting of its own, historical
   (``events._LAST_MET``), and "X last met Y in September" (no "with") is read at all.

Misses, fixed:

4. Dates: "X, who arrived in Bishkek on a state visit today, held talks with Y" left the talks
   undated (a relative clause's date was never the meeting's); an arrival's day now dates the
   talks when the main clause gives none (``events._ARRIVED_ASIDE``), and an arrival with no
   date of talks of its own makes them a visit (042; "who arrived in China on Saturday, met Wang
   Yi on Sunday" stays 040, as session 20 has it). A wire story's undated "X held talks with Y at
   the State House" after its lead "Kenya and Tanzania agreed Wednesday to ..." takes the lead
   act's day when its two states are the act's only actors, within a week of the article
   (``events._lead_day``); the signings "during the talks" inherit it. Not "has held talks
   several times", not a meeting with a date of its own.
5. "The memorandum was signed by X and his Libyan counterpart Y during a visit to Tripoli", "X
   and Y signed the deal during an official visit to Tripoli": the signers' visit (042, the
   city; ``events._SIGNED_ON_VISIT``); not "will be signed".
6. "The decision was taken at a meeting of delegations from the two countries in Djibouti": the
   two states' meeting (``events._DECIDED_AT_MEETING``).
7. "Kagame said he told Tshisekedi during talks in June that ...": the talks (dated June), as
   "told Y during their talks" already was (``events._THEIR_MEETING``, ``_HE_TOLD``).
8. "The Iranian official later met Iraqi President Rashid": the Iranian of the meeting reported
   (``events._DEMONYM_OFFICIAL_MET``); "The Chinese leader later met Mishustin" (a later "met"
   with no "with" was not read).
9. "X and Y signed the memorandum during a visit to Tehran on Monday" left the signing (SUPPORT
   057) undated: the day after a visit was taken for the visit's alone; an act done "during" a
   visit on a day is of that day, as one done "during their meeting" (``asks._OCCASION_BEFORE``).
10. "President Tokayev, on a state visit to Turkey on 21-23 December, held talks with President
    Erdogan on 22 December": no meeting (the aside's comma was taken for a stray one); now the
    visit's talks on the day the sentence gives (``events._ASIDE``, ``_BARE_COMMA``).
11. "King Charles III attended the summit in Nairobi at the invitation of President Ruto": a
    visit to the one who invited (042; ``events._attended_invited``); not "declined to attend",
    "will attend".
12. "President Tokayev paid a state visit to Ankara on 21-23 December. The bilateral meeting of
    the two presidents was held on 22 December" kept the visit's run of days: a day within it,
    told of the meeting reported, is its date now (``events._HELD_ON``, ``_restate``).
13. "Viktor Orban, who visited Kyiv on Tuesday, met Putin in Moscow on Friday": the visit told in
    passing (042, its own day; of an earlier year, historical; ``events._WHO_VISITED``); not "who
    has visited Kyiv several times", "who visited Kyiv as a student".

Hit rate at ce9f3ec (before): positives 2/35, negatives 15/18 (no meeting of a wrong pair 10/12,
own dates kept 5/5, "last met" apart 0/1), acts during a dated visit 1/2 (and 1/1 not dated
by what was thanked for), the day of talks within a visit 0/2 (and 1/1 outside it kept);
after: 35/35, 18/18, 2/2 and 1/1, 2/2 and 1/1.

Left (each one sentence): "President Kenyatta hosted the leader of the Somaliland
administration, Muse Bihi Abdi, in Nairobi" (read, then dropped: a spent set's links precision
fell with it); "The move follows consultations in Mogadishu and Nairobi by Qatar's Special
Envoy" (read as one meeting of Qatar with Somalia and Kenya, then dropped: a spent set's precision
fell with it, so the shape annotators give it is not known); "Prince Albert II of Monaco
attended the ceremony in Nairobi at the invitation of the Government of Kenya" (the prince is
no person the mentions know); "The accord was signed by William Ruto and Salva Kiir during a
state visit to Juba" (an untitled "Salva Kiir" is no person the mentions know)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.model import Fact
from tests.extract.test_patterns import facts

# (article date, text, participants (QIDs or labels), CAMEO code, date or None)
POSITIVES = [
    # 1. the person before his fellow officials
    (
        "2024-03-05",
        "Sergei Lavrov and other Russian officials met Bashar al-Assad in Damascus.",
        {"Q58217", "Q44329"},
        "040",
        None,
    ),
    (
        "2024-03-05",
        "Sergei Lavrov and other Russian officials also held talks with President Assad in Damascus.",
        {"Q58217", "Q44329"},
        "040",
        None,
    ),
    (
        "2024-03-05",
        "Antony Blinken and other American diplomats met Mohammed bin Salman in Riyadh.",
        {"Q7821917", "Q6892571"},
        "040",
        None,
    ),
    # 2. the one met after a dated "and"
    (
        "2023-05-03",
        "Gustavo Petro traveled to Madrid and on Wednesday met Prime Minister Pedro Sánchez.",
        {"Q704022", "Q6070218"},
        "042",
        "2023-05-03",
    ),
    (
        "2023-05-03",
        "Gustavo Petro traveled to Madrid on Tuesday and on Wednesday met Pedro Sánchez.",
        {"Q704022", "Q6070218"},
        "042",
        "2023-05-03",
    ),
    # 3. "last met" without "with"
    (
        "2022-11-20",
        "Albanese last met President Xi on the sidelines of the G20 summit in Bali in September.",
        {"Q335697", "Q15031"},
        "040",
        "2022-09",
    ),
    (
        "2023-12-01",
        "Prime Minister Modi last met President Biden on the sidelines of the G7 summit in Hiroshima in May.",
        {"Q1058", "Q6279"},
        "044",
        "2023-05",
    ),
    # 4. an arrival's day; a wire story's lead
    (
        "2024-01-26",
        "President Shavkat Mirziyoyev, who arrived in Bishkek on a state visit today, held talks with President Sadyr Japarov.",
        {"Q57808", "Q25597826"},
        "042",
        "2024-01-26",
    ),
    (
        "2023-03-04",
        "Fuad Hussein, who arrived in Tehran on Saturday at the head of a delegation, held talks with Hossein Amir-Abdollahian.",
        {"Q56704276", "Q17991320"},
        "042",
        "2023-03-04",
    ),
    (
        "2024-07-02",
        "Hungarian Prime Minister Viktor Orbán, who arrived in Kyiv on Tuesday, held talks with President Zelensky.",
        {"Q57641", "Q3874799"},
        "042",
        "2024-07-02",
    ),
    (
        "2024-04-10",
        "Antony Blinken, who arrived in Manila on Monday for a two-day visit, held talks with Ferdinand Marcos.",
        {"Q7821917", "Ferdinand Marcos"},
        "042",
        "2024-04-08",
    ),
    (
        "2024-07-02",
        "Hungarian Prime Minister Viktor Orbán, who arrived in Kyiv on Monday, held talks with President Zelensky on Tuesday.",
        {"Q57641", "Q3874799"},
        "040",
        "2024-07-02",
    ),
    (
        "2024-05-03",
        "NAIROBI, May 3 — Kenya and Tanzania agreed Wednesday to end a dispute over trucks. President Ruto held talks with President Samia Suluhu Hassan at the State House.",
        {"Q195725", "Q16193885"},
        "040",
        "2024-05-01",
    ),
    (
        "2024-05-03",
        "ABUJA, May 3 (Reuters) — Nigeria and Ghana agreed on Thursday to ease border controls. President Akufo-Addo held talks with President Bola Tinubu at the Presidential Villa.",
        {"Q718601", "Bola Tinubu"},
        "040",
        "2024-05-02",
    ),
    # 5. signed during a visit
    (
        "2024-02-14",
        "The memorandum was signed by Indian External Affairs Minister S. Jaishankar and his Iranian counterpart Hossein Amir-Abdollahian during a visit to Tehran.",
        {"Q16186720", "Q17991320"},
        "042",
        None,
    ),
    (
        "2023-05-10",
        "The agreement was signed by Kenyan Foreign Minister Alfred Mutua and his Ugandan counterpart during a visit to Kampala on Monday.",
        {"Q16212421", "Q1036"},
        "042",
        "2023-05-08",
    ),
    (
        "2024-02-14",
        "S. Jaishankar and Hossein Amir-Abdollahian signed the memorandum during an official visit to Tehran.",
        {"Q16186720", "Q17991320"},
        "042",
        None,
    ),
    (
        "2024-02-14",
        "The memorandum was signed by S. Jaishankar and Hossein Amir-Abdollahian during a visit to Tehran in 2019.",
        {"Q16186720", "Q17991320"},
        "042",
        "2019",
    ),
    (
        "2022-10-08",
        "The deal was signed in Tripoli by Mevlut Cavusoglu and Najla Mangoush during a visit by a Turkish delegation.",
        {"Q249206", "Q105977287"},
        "042",
        None,
    ),
    # 6. decided at a meeting of delegations
    (
        "2023-04-02",
        "Ethiopia and Eritrea agreed to reopen the border. The decision was taken at a meeting of delegations from the two countries in Djibouti.",
        {"Q115", "Q986"},
        "044",
        None,
    ),
    (
        "2024-01-11",
        "Sudan and South Sudan agreed to reopen the crossings. The decision was taken at a meeting of delegations from the two countries at the African Union headquarters in Addis Ababa on Tuesday.",
        {"Q1049", "Q958"},
        "044",
        "2024-01-09",
    ),
    (
        "2024-01-11",
        "The deal was reached at a meeting of senior officials from Ghana and Togo in Lome.",
        {"Q117", "Q945"},
        "040",
        None,
    ),
    # 7. told during talks
    (
        "2021-09-15",
        "Kagame said he told Tshisekedi during talks in June that the rebels were not backed by Kigali.",
        {"Q1231345", "Q29032770"},
        "040",
        "2021-06",
    ),
    (
        "2023-11-20",
        "Erdogan told Putin during talks in Sochi in September that the grain deal must be revived.",
        {"Q39259", "Q7747"},
        "040",
        "2023-09",
    ),
    # 8. a demonym for one met before
    (
        "2023-07-15",
        "Hossein Amir-Abdollahian met Iraqi Foreign Minister Fuad Hussein on Thursday. The Iranian official later met Iraqi President Abdul Latif Rashid at the palace.",
        {"Q17991320", "Abdul Latif Rashid"},
        "040",
        None,
    ),
    (
        "2023-07-15",
        "Chinese Foreign Minister Wang Yi held talks with Blinken in Beijing. The Chinese diplomat later met President Biden's envoy John Kerry.",
        {"Q701801", "Q22316"},
        "040",
        None,
    ),
    (
        "2024-04-10",
        "Xi met Putin in Moscow. The Chinese leader later met Russian Prime Minister Mikhail Mishustin.",
        {"Q15031", "Q4298520"},
        "040",
        None,
    ),
    # 11. attended at the invitation of
    (
        "2023-09-02",
        "King Charles III attended the summit in Nairobi at the invitation of President Ruto.",
        {"Q43274", "Q195725"},
        "042",
        None,
    ),
    (
        "2023-09-02",
        "Emmanuel Macron attended the ceremony in Dakar at the invitation of President Macky Sall on Saturday.",
        {"Q3052772", "Q57438"},
        "042",
        "2023-09-02",
    ),
    # 13. "who visited X" told in passing
    (
        "2024-07-05",
        "Viktor Orbán, who visited Kyiv on Tuesday, met Putin in Moscow on Friday.",
        {"Q57641", "Q212"},
        "042",
        "2024-07-02",
    ),
    (
        "2024-07-05",
        "Viktor Orbán, who visited Kyiv in 2019, said the war must end.",
        {"Q57641", "Q212"},
        "042",
        "2019",
    ),
    (
        "2024-05-10",
        "Xi Jinping, who visited the United States in November, said relations were stabilising.",
        {"Q15031", "Q30"},
        "042",
        "2023-11",
    ),
    # 10. an aside "on a state visit to"
    (
        "2023-12-22",
        "President Tokayev, on a state visit to Turkey on 21–23 December, held talks with President Erdogan on 22 December.",
        {"Q200881", "Q39259"},
        "042",
        "2023-12-22",
    ),
    (
        "2023-12-22",
        "President Tokayev, on a state visit to Turkey, met President Erdogan in Ankara on Thursday.",
        {"Q200881", "Q39259"},
        "042",
        "2023-12-21",
    ),
    (
        "2024-02-20",
        "Putin held talks with Abiy Ahmed in Moscow on Saturday. During the talks, the two leaders witnessed the signing of several agreements.",
        {"Q7747", "Q50365049"},
        "040",
        "2024-02-17",
    ),
]

# (article date, text, participants): no meeting of exactly these
NO_MEETING = [
    (
        "2024-03-05",
        "Sergei Lavrov and other Russian officials met Bashar al-Assad in Damascus.",
        {"Q159", "Q44329"},
    ),
    (
        "2023-05-03",
        "Gustavo Petro traveled to Madrid and on Wednesday met Prime Minister Pedro Sánchez.",
        {"Q704022", "Q29"},
    ),
    (
        "2024-07-02",
        "Viktor Orbán, who arrived in Kyiv on Monday, will hold talks with President Zelensky.",
        {"Q57641", "Q3874799"},
    ),
    (
        "2024-02-14",
        "The memorandum will be signed by S. Jaishankar and Hossein Amir-Abdollahian during a visit to Tehran.",
        {"Q16186720", "Q17991320"},
    ),
    (
        "2024-01-11",
        "The decision will be taken at a meeting of delegations from Ghana and Togo in Lome.",
        {"Q117", "Q945"},
    ),
    (
        "2023-11-20",
        "Erdogan told Putin during talks with Zelensky that the grain deal must be revived.",
        {"Q39259", "Q7747"},
    ),
    (
        "2023-07-15",
        "Chinese Foreign Minister Wang Yi held talks with Blinken in Beijing. The Chinese diplomat later met President Biden's envoy John Kerry.",
        {"Q701801", "Q6279"},
    ),
    (
        "2023-07-15",
        "Chinese Foreign Minister Wang Yi held talks with Blinken in Beijing. The Russian diplomat later met Li Qiang.",
        {"Q701801", "Li Qiang"},
    ),
    (
        "2023-09-02",
        "Emmanuel Macron declined to attend the ceremony in Dakar at the invitation of President Macky Sall.",
        {"Q3052772", "Q57438"},
    ),
    (
        "2023-09-02",
        "Emmanuel Macron will attend the ceremony in Dakar at the invitation of President Macky Sall.",
        {"Q3052772", "Q57438"},
    ),
    (
        "2024-07-05",
        "Viktor Orbán, who has visited Kyiv several times, said the war must end.",
        {"Q57641", "Q212"},
    ),
    (
        "2024-07-05",
        "Viktor Orbán, who visited Kyiv as a student, said the war must end.",
        {"Q57641", "Q212"},
    ),
]

# (article date, text, participants, date or None): the meeting of these has this date, or none
DATED_ONLY = [
    (
        "2024-05-03",
        "Kenya and Tanzania agreed Wednesday to end a dispute over trucks. President Ruto has held talks with President Samia Suluhu Hassan several times.",
        {"Q195725", "Q16193885"},
        None,
    ),
    (
        "2024-05-03",
        "Kenya and Tanzania signed a deal on Wednesday. President Ruto held talks with President Samia Suluhu Hassan in Dodoma in 2022.",
        {"Q195725", "Q16193885"},
        "2022",
    ),
    (
        "2024-07-02",
        "Viktor Orbán, who took office on Monday, held talks with President Zelensky.",
        {"Q57641", "Q3874799"},
        None,
    ),
    (
        "2024-07-02",
        "Viktor Orbán, who arrived in Kyiv in 2019 for the first time, held talks with President Zelensky.",
        {"Q57641", "Q3874799"},
        None,
    ),
    (
        "2024-06-18",
        "Blinken, who arrived in China on Saturday, met Chinese Foreign Minister Wang Yi on Sunday.",
        {"Q7821917", "Q701801"},
        "2024-06-16",
    ),
]


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _parts(fact: Fact) -> set[str]:
    return {getattr(v, "qid", None) or getattr(v, "label", "") for v in fact.get("participant")}


def _meetings(day: str, text: str) -> list[Fact]:
    return [f for f in facts(text, _day(day)) if f.cls.value == "Meeting"]


@pytest.mark.parametrize(("day", "text", "parts", "code", "when"), POSITIVES)
def test_meeting_told_indirectly(
    day: str, text: str, parts: set[str], code: str, when: str | None
) -> None:
    found = [
        (str(f.get("cameoCode")[0]), [str(v) for v in f.get("date")])
        for f in _meetings(day, text)
        if _parts(f) == parts
    ]
    assert (code, [when] if when else []) in found, found


@pytest.mark.parametrize(("day", "text", "parts"), NO_MEETING)
def test_no_meeting_of(day: str, text: str, parts: set[str]) -> None:
    assert not [f for f in _meetings(day, text) if _parts(f) == parts]


@pytest.mark.parametrize(("day", "text", "parts", "when"), DATED_ONLY)
def test_meeting_keeps_its_own_date(day: str, text: str, parts: set[str], when: str | None) -> None:
    dates = [[str(v) for v in f.get("date")] for f in _meetings(day, text) if _parts(f) == parts]
    assert dates and all(d == ([when] if when else []) for d in dates), dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "President Tokayev paid a state visit to Ankara on 21–23 December. The bilateral meeting of the two presidents was held on 22 December.",
            {"date": ["2023-12-22"]},
        ),
        (
            "President Tokayev paid a state visit to Turkey on 21–23 December. The talks took place on 22 December in Ankara.",
            {"date": ["2023-12-22"]},
        ),
        # (a day outside the visit's: not its talks)
        (
            "President Tokayev paid a state visit to Ankara on 21–23 December. The talks took place on 28 December.",
            {"startDate": ["2023-12-21"], "endDate": ["2023-12-23"]},
        ),
    ],
)
def test_day_of_the_talks_within_a_visit(text: str, dates: dict[str, list[str]]) -> None:
    found = _meetings("2023-12-22", text)
    assert len(found) == 1
    told = {
        r: [str(v) for v in found[0].get(r)]
        for r in ("date", "startDate", "endDate")
        if found[0].get(r)
    }
    assert told == dates


def test_last_met_is_an_earlier_meeting() -> None:
    found = _meetings(
        "2022-11-20", "Albanese met Xi Jinping on Monday. Albanese last met Xi Jinping in Bali."
    )
    assert len(found) == 2
    assert [str(v) for v in found[0].get("date")] == ["2022-11-14"]
    assert not found[1].get("date") and found[1].status.value == "historical"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "S. Jaishankar and Hossein Amir-Abdollahian signed the memorandum during a visit to Tehran on Monday.",
            ["2024-02-12"],
        ),
        (
            "S. Jaishankar and Hossein Amir-Abdollahian signed the memorandum on Monday during a visit to Tehran.",
            ["2024-02-12"],
        ),
        # (the date of what was thanked for, not of the thanks)
        ("Jaishankar thanked Iran for hosting the talks in Tehran on Monday.", []),
    ],
)
def test_act_during_a_visit_takes_its_day(text: str, when: list[str]) -> None:
    found = [f for f in facts(text, _day("2024-02-14")) if f.cls.value == "Event"]
    assert found and all([str(v) for v in f.get("date")] == when for f in found), found
