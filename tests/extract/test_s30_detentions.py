# ruff: noqa: E501  (a table of sentences)
"""Arrests, sentences, deportations and releases of foreigners; visa-free travel (session 30,
detentions).

A battery of 48 sentences written for this session before the extractor ran
(``/tmp/s30/detentions-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set), on the kinds the lead saw missed on held-out text:
foreigners released by trade and name, "Also freed were ..." after a release, people handed back,
sentences handed down by a state's court, foreigners held "in" a state told in the passive,
deportations of a state's journalists and activists, visa-free travel one way and each way;
wire stories and ministry releases from the Caucasus, Central, East and South-East Asia, the
Middle East, Africa, Europe and Latin America, with negations, plans, calls for release and
hypotheticals; then about 50 probes (``p1.txt`` ... ``p5.txt``). At 07aa230 (main) the battery
gave 0 outright wrong facts of this family but 5 events without the recipient the sentence names
("Ethiopia expelled Kenyan activists": no Kenya) and missed 31 facts; after: 0 wrong, 0 partial
and 5 misses (left, below). Fixed (each with paraphrases below, positives and negatives):

1. **One foreigner released, named by trade** ("Iran released French teacher Cecile Kohler",
   "freed a Japanese documentary filmmaker"): only prisoners, journalists, citizens ... were
   read after "released". Now a demonym before a trade (``events._HELD_TRADE``) is one too.
2. **The state of the journalists and activists a state holds, sentences, deports or frees**
   ("Ethiopia expelled two Kenyan activists", "Russia deported a Moldovan journalist", "Belarus
   freed Lithuanian journalist X"): the recipient was dropped, as for sanctions on "a Russian
   journalist" (no state); for COERCE 173/174 and CONCEDE 0841 they are their state's people
   (``events._HELD_PEOPLE_NOUN``). Sanctions are unchanged. So is the state of those a passive's
   subject names beside its agent ("Dutch cyclist X was arrested by Russian police",
   ``events._held_subject``), and of "U.S. journalist X" freed.
3. **Sentences handed down** ("A Chinese court sentenced Australian writer Yang Hengjun to death",
   "A court in Tehran sentenced ...", "Tajikistan's Supreme Court sentenced two Kyrgyz border
   guards to ten years"): COERCE 173 by the court's state (its demonym, city or state; a state's
   body the KB lacks stands for it, ``events._court_actor``). Only with a term ("to death", "to
   ten years", "to life"), and only of a state's people named (the gate found "a week after a
   court in Bamako sentenced the soldiers ..." in blind34, which its writer leaves out).
4. **Foreigners held in a state, told in the passive without an agent** ("Two Australian citizens
   were detained in China in March", "US citizen X had been held in Iran since July 2018"):
   COERCE 173 by that state, the recipient their state, a date or a startDate ("since")
   (``events._held_in``). Not after a call for release, "remain detained", "reportedly", a
   state's own people, nor "held" before no time or cause ("talks were held in Moscow").
5. **"Also freed were A, B and C"** after "X released ...": one CONCEDE 0841 of the state the
   sentence before told released people, to the states of those listed (also a titled person's
   demonym: "British former ambassador Y"), dated as the release (``events._also_freed``).
6. **People handed back** ("Azerbaijan handed over two Armenian servicemen to Armenia"): CONCEDE
   0841 (``events._people_handed_over``); villages stay 0842, bodies nothing.
7. **Visa-free travel as a Permission** (ANNOTATION.md §4: a state lets another's people onto its
   soil): a new activity ``dipld:VisaFreeEntry`` (ontology, shapes; the scorer's activity reader
   maps "visa-free ...", "without a visa", "visa waiver" labels to it) and
   ``economy._visa_free``: "X citizens may visit Y without a visa", "Citizens of X do not need a
   visa to visit Y", "Kenyans visiting South Africa will be able to stay ... without a visa, in
   the same way as South Africans visiting Kenya" (both ways; only the first takes the start
   "From January", the coming one), "Y waived visa requirements for X tourists", "A and B agreed
   to waive visas for ...", "signed an agreement on visa exemption" (each way). Not: plans
   ("plans to introduce visa-free travel"), conditions, talks, negations, visas imposed, nor
   "abolished (lifted, scrapped) visa requirements for X citizens": a restriction ended is the
   CONCEDE 081 it was, as blind33's writer codes it (the gate found a Permission there).

Left (misses): "The opposition leader was arrested by security forces on May 30 in Kampala and
was sentenced in June ..." (no state but a city, a person with no nationality), "The journalist
was deported on a flight to Istanbul after his arrest in Baku" (deporter by a city of arrest),
"President Mohamed Bazoum, who has been held ... since July 26" (the coup's soldiers, unlinked),
"Iran released five American citizens ... in exchange for five Iranians held in the United States"
(the second release, by the United States); "Kazakhstan has waived visa requirements for citizens of 54 countries, including the
United States" is not (a list by count).

Hit rates at 07aa230 (before) → after, on the tests below: releases by trade 0/4 → 4/4; held
people's states 0/4 → 4/4, by a passive's subject 0/2 → 2/2 (own people 1/1 → 1/1), "U.S.
journalist X" or "U.S. basketball star X" freed 1/2 → 2/2 (negatives 2/2 → 2/2) (sanctions on journalists 2/2 → 2/2); sentences 0/6 → 6/6
(negatives 5/5 → 5/5); held in a state 0/5 → 5/5 (negatives 9/9 → 9/9); also freed 0/2 → 2/2
(negative 1/1); handed back 0/2 → 2/2 (negatives 3/3); visa-free 0/12 → 12/12 (negatives
12/12 → 12/12)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 7, 4)  # a Thursday

AUSTRALIA, CHINA, IRAN, FRANCE, JAPAN, US, UK = "Q408", "Q148", "Q794", "Q142", "Q17", "Q30", "Q145"
KENYA, SOUTH_AFRICA, ETHIOPIA, RUSSIA, MOLDOVA = "Q114", "Q258", "Q115", "Q159", "Q217"
ARMENIA, AZERBAIJAN, MYANMAR, LITHUANIA, BELARUS = "Q399", "Q227", "Q836", "Q37", "Q184"


def _events(text: str, cameo: str, date: dt.date = DAY) -> list[tuple[set[str], set[str], str]]:
    """(actors, recipients, date or startDate) of each Event with the CAMEO code."""
    return [
        (
            keys(f.get("actor")),
            keys(f.get("recipient")),
            "".join(str(v) for v in f.get("date") or f.get("startDate")),
        )
        for f in facts(text, date)
        if f.cls.value == "Event" and str(f.get("cameoCode")[0]) == cameo
    ]


def _permissions(text: str, date: dt.date = DAY) -> set[tuple[str, str, str, str]]:
    """(grantor, grantee, activity, date or startDate) of each Permission."""
    return {
        (
            "".join(keys(f.get("grantor"))),
            "".join(keys(f.get("grantee"))),
            "".join(str(v) for v in f.get("activity")),
            "".join(str(v) for v in f.get("date") or f.get("startDate")),
        )
        for f in facts(text, date)
        if f.cls.value == "Permission"
    }


# 1. one foreigner released, named by trade
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Iran on Thursday released French teacher Cecile Kohler after two years in detention.",
            ({IRAN}, {FRANCE}, "2024-07-04"),
        ),
        ("Iran released a French teacher on Monday.", ({IRAN}, {FRANCE}, "2024-07-01")),
        ("Myanmar freed Japanese documentary filmmaker Toru Kubota.", ({MYANMAR}, {JAPAN}, "")),
        (
            "China released Australian businessman Peter Lang in March.",
            ({CHINA}, {AUSTRALIA}, "2024-03"),
        ),
    ],
)
def test_released_by_trade(text: str, want: tuple[set[str], set[str], str]) -> None:
    assert _events(text, "0841") == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry released a report by French researchers.",
        "China released figures on Japanese tourists.",
        "Belarus refused to release the Lithuanian journalist.",
        "Russia could free the American teacher if a deal is reached.",
    ],
)
def test_released_by_trade_not(text: str) -> None:
    assert _events(text, "0841") == []


# 2. the state of the journalists and activists held, deported or freed
@pytest.mark.parametrize(
    ("text", "cameo", "want"),
    [
        (
            "Ethiopia expelled two Kenyan activists on Monday.",
            "174",
            ({ETHIOPIA}, {KENYA}, "2024-07-01"),
        ),
        (
            "Russia deported a Moldovan journalist on Monday.",
            "174",
            ({RUSSIA}, {MOLDOVA}, "2024-07-01"),
        ),
        (
            "Belarus freed Lithuanian journalist Andrius Mazeika as part of an amnesty.",
            "0841",
            ({BELARUS}, {LITHUANIA}, ""),
        ),
        (
            "Chinese police detained two Australian journalists in Beijing in March.",
            "173",
            ({CHINA}, {AUSTRALIA}, "2024-03"),
        ),
    ],
)
def test_held_journalists_state(
    text: str, cameo: str, want: tuple[set[str], set[str], str]
) -> None:
    assert want in _events(text, cameo)


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed sanctions on a Russian journalist.",
        "The EU imposed sanctions on a Belarusian activist.",
    ],
)
def test_sanctioned_journalists_not_their_state(text: str) -> None:
    found = [f for f in facts(text, DAY) if f.cls.value == "Event"]
    assert not any({RUSSIA, BELARUS} & keys(f.get("recipient")) for f in found), found


# 2b. the state of the people a passive's subject names, with its agent
@pytest.mark.parametrize(
    ("text", "cameo", "want"),
    [
        (
            "Dutch cyclist Jan de Vries was arrested by Russian police on June 2 in Moscow.",
            "173",
            [({RUSSIA}, {"Q29999"}, "2024-06-02")],
        ),
        (
            "Kenyan journalists were deported by Ethiopia on Monday.",
            "174",
            [({ETHIOPIA}, {KENYA}, "2024-07-01")],
        ),
        (
            "Russian opposition activists were arrested by Russian police.",
            "173",
            [({RUSSIA}, set(), "")],
        ),
    ],
)
def test_passive_subject_state(
    text: str, cameo: str, want: list[tuple[set[str], set[str], str]]
) -> None:
    assert _events(text, cameo) == want


# 2c. a state's people named by trade after the state ("U.S. journalist")
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia freed U.S. basketball star Brittney Griner in exchange for Russian arms dealer Viktor Bout.",
            [({RUSSIA}, {US}, "")],
        ),
        (
            "Russia freed U.S. journalist Evan Gershkovich on Thursday.",
            [({RUSSIA}, {US}, "2024-07-04")],
        ),
        ("China released a U.S. report on human rights.", []),
        ("The United States released a China policy review.", []),
    ],
)
def test_released_state_trade(text: str, want: list[tuple[set[str], set[str], str]]) -> None:
    assert _events(text, "0841") == want


# 3. sentences handed down
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A Chinese court sentenced Australian writer Yang Hengjun to death with a two-year reprieve.",
            ({CHINA}, {AUSTRALIA}, ""),
        ),
        (
            "An Iranian court sentenced Swedish citizen Ahmadreza Djalali to death.",
            ({IRAN}, {"Q34"}, ""),
        ),
        (
            "A court in Tehran sentenced a British national to another year in prison.",
            ({IRAN}, {UK}, ""),
        ),
        (
            "Tajikistan's Supreme Court sentenced two Kyrgyz border guards to ten years.",
            ({"Q863"}, {"Q813"}, ""),
        ),
        (
            "An Armenian court had sentenced the Azerbaijani soldier to life in prison.",
            ({ARMENIA}, {AZERBAIJAN}, ""),
        ),
        (
            "A Russian court on Friday sentenced U.S. journalist Evan Gershkovich to 16 years in a penal colony.",
            ({RUSSIA}, {US}, "2024-06-28"),
        ),
    ],
)
def test_sentenced(text: str, want: tuple[set[str], set[str], str]) -> None:
    assert _events(text, "173") == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The court sentenced him to death.",
        # no state's people named: the soldiers of an earlier sentence (a spent set leaves it)
        "Mali pardoned the soldiers on Friday, a week after a court in Bamako sentenced the soldiers to 20 years in prison.",
        "China could sentence the Canadian to death.",
        "A Chinese court sentenced the case to be reviewed.",
        "The International Court of Justice ruled against Russia.",
    ],
)
def test_sentenced_not(text: str) -> None:
    assert _events(text, "173") == []


# 4. foreigners held in a state, in the passive
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two Australian citizens were detained in China in March.",
            ({CHINA}, {AUSTRALIA}, "2024-03"),
        ),
        (
            "US citizen Michael White had been held in Iran since July 2018 on charges of insulting the supreme leader.",
            ({IRAN}, {US}, "2018-07"),
        ),
        (
            "Japanese businessman Hiroshi Tanaka has been detained in China since March on suspicion of spying.",
            ({CHINA}, {JAPAN}, "2024-03"),
        ),
        ("A French teacher was arrested in Tehran on Monday.", ({IRAN}, {FRANCE}, "2024-07-01")),
        (
            "Two Kenyan journalists were arrested in Ethiopia while covering the election.",
            ({ETHIOPIA}, {KENYA}, ""),
        ),
    ],
)
def test_held_in_a_state(text: str, want: tuple[set[str], set[str], str]) -> None:
    assert _events(text, "173") == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Australia called for the release of two Australian citizens who were detained in China.",
        "Two Canadians remain detained in China.",
        "Two Canadian citizens are still held in China.",
        "Talks were held in Moscow on Monday.",
        "The summit was held in Beijing.",
        "Two Chinese nationals were reportedly detained in Japan.",
        "Iranian activists were arrested in Iran.",
        "Two Australian citizens were not detained in China.",
        "If two Australian citizens were detained in China, Canberra would protest.",
    ],
)
def test_held_in_a_state_not(text: str) -> None:
    assert _events(text, "173") == []


# 5. "Also freed were ..."
ALSO_FREED = [
    (
        "Myanmar's military government released thousands of prisoners on Thursday. Also freed were "
        "Australian economist Sean Turnell, British former ambassador Vicky Bowman and American "
        "citizen Kyaw Htay Oo.",
        ({MYANMAR}, {AUSTRALIA, UK, US}, "2024-07-04"),
    ),
    (
        "On Tuesday, Belarus pardoned 30 prisoners. Among those released was Lithuanian journalist "
        "Andrius Mazeika.",
        ({BELARUS}, {LITHUANIA}, "2024-07-02"),
    ),
]


@pytest.mark.parametrize(("text", "want"), ALSO_FREED)
def test_also_freed(text: str, want: tuple[set[str], set[str], str]) -> None:
    assert _events(text, "0841") == [want]


def test_also_freed_not() -> None:
    assert (
        _events("Protesters released balloons. Also freed were two Polish citizens.", "0841") == []
    )


# 6. people handed back
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Azerbaijan handed over two Armenian servicemen to Armenia on Wednesday.",
            [({AZERBAIJAN}, {ARMENIA}, "2024-07-03")],
        ),
        (
            "Russia handed back 12 Ukrainian prisoners of war to Ukraine.",
            [({RUSSIA}, {"Q212"}, "")],
        ),
        ("Armenia handed over four villages to Azerbaijan.", []),
        ("Ukraine returned the bodies of 50 Russian soldiers to Russia.", []),
        ("Azerbaijan did not hand over the two Armenian servicemen to Armenia.", []),
    ],
)
def test_handed_over(text: str, want: list[tuple[set[str], set[str], str]]) -> None:
    assert _events(text, "0841") == want


# 7. visa-free travel
V = "VisaFreeEntry"
DEC = dt.date(2024, 12, 5)  # a Thursday
VISA_FREE = [
    (
        "From January, Kenyans visiting South Africa will be able to stay for up to 90 days without a visa, in the same way as South Africans visiting Kenya.",
        {(SOUTH_AFRICA, KENYA, V, "2025-01"), (KENYA, SOUTH_AFRICA, V, "")},
    ),
    (
        "From January, Indonesian citizens visiting Brazil will be able to stay for up to 90 days without a visa.",
        {("Q155", "Q252", V, "2025-01")},
    ),
    (
        "Uzbek citizens may visit Kazakhstan without a visa for up to 30 days.",
        {("Q232", "Q265", V, "")},
    ),
    (
        "China announced that citizens of Malaysia can enter the country visa-free for up to 30 days.",
        {(CHINA, "Q833", V, "")},
    ),
    ("Thailand has waived visa requirements for Indian tourists.", {("Q869", "Q668", V, "")}),
    (
        "Georgia and Uzbekistan agreed to waive visas for holders of diplomatic passports.",
        {("Q230", "Q265", V, ""), ("Q265", "Q230", V, "")},
    ),
    (
        "Since 2019, Russian citizens have been able to travel to Serbia without visas.",
        {("Q403", RUSSIA, V, "2019")},
    ),
    (
        "Vietnam and Chile signed an agreement on visa exemption for diplomatic and official passport holders.",
        {("Q881", "Q298", V, ""), ("Q298", "Q881", V, "")},
    ),
    ("Citizens of Ghana do not need a visa to visit Rwanda.", {("Q1037", "Q117", V, "")}),
    (
        "The UAE introduced visa-free entry for Mexican nationals on Monday.",
        {("Q878", "Q96", V, "2024-12-02")},
    ),
    (
        "Argentine nationals will no longer need a visa to enter Qatar from March 1.",
        {("Q846", "Q414", V, "2025-03-01")},
    ),
    (
        "Mexicans will be able to travel to Brazil without a visa, and vice versa.",
        {("Q155", "Q96", V, ""), ("Q96", "Q155", V, "")},
    ),
]


@pytest.mark.parametrize(("text", "want"), VISA_FREE)
def test_visa_free(text: str, want: set[tuple[str, str, str, str]]) -> None:
    assert _permissions(text, DEC) == want


@pytest.mark.parametrize(
    "text",
    [
        "Angola plans to introduce visa-free travel for Brazilian citizens next year.",
        "Japan reimposed visa requirements on Russian citizens.",
        "Nepal would consider visa-free entry for Bangladeshi citizens if Dhaka reciprocates.",
        "Kenyans may visit South Africa for up to 30 days.",
        "Russia and Belarus discussed visa-free travel.",
        "Indians will need a visa to visit Thailand from June.",
        "Georgian citizens visiting Russia will need visas.",
        "Chinese citizens could soon travel to Malaysia without visas.",
        "India criticised the decision by the UAE to end visa-free entry for Indian nationals.",
        "Uzbekistan and Tajikistan have agreed to introduce a visa-free regime.",
        # a restriction ended: CONCEDE 081 alone, as a spent set's writer codes it
        "Russia abolished visa requirements for Georgian citizens in 2019.",
        "Russia lifts visa requirement for Georgians and restores direct flights",
    ],
)
def test_visa_free_not(text: str) -> None:
    assert _permissions(text, DEC) == set()


def test_visa_free_activity_label_is_read_by_the_scorer() -> None:
    from dipld.extract.economy import activity_concept

    assert activity_concept("visa-free entry of X citizens for up to 30 days") == V
    assert activity_concept("entry without a visa") == V
    assert activity_concept("stationing of troops") == "MilitaryBasing"
